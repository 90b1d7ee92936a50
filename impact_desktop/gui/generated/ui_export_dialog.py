# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ExportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ExportDialog)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.layoutLabel = QLabel(ExportDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutRow = QHBoxLayout()
        self.layoutRow.setObjectName(u"layoutRow")
        self.longRadio = QRadioButton(ExportDialog)
        self.longRadio.setObjectName(u"longRadio")
        self.longRadio.setChecked(True)

        self.layoutRow.addWidget(self.longRadio)

        self.perMetricRadio = QRadioButton(ExportDialog)
        self.perMetricRadio.setObjectName(u"perMetricRadio")

        self.layoutRow.addWidget(self.perMetricRadio)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.layoutRow)

        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ExportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.unitLabel = QLabel(ExportDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(ExportDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.metricLabel = QLabel(ExportDialog)
        self.metricLabel.setObjectName(u"metricLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.metricLabel)

        self.metricCombo = QComboBox(ExportDialog)
        self.metricCombo.setObjectName(u"metricCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.metricCombo)

        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.mainLayout.addLayout(self.form)

        self.countLabel = QLabel(ExportDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.metricLabel.setBuddy(self.metricCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.longRadio)
        QWidget.setTabOrder(self.longRadio, self.perMetricRadio)
        QWidget.setTabOrder(self.perMetricRadio, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.metricCombo)
        QWidget.setTabOrder(self.metricCombo, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export entries", None))
        self.kindLabel.setText(QCoreApplication.translate("ExportDialog", u"&Export:", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("ExportDialog", u"Entries as an Excel workbook (.xlsx)", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("ExportDialog", u"Entries as CSV (.csv)", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("ExportDialog", u"Empty import template (.xlsx)", None))

        self.layoutLabel.setText(QCoreApplication.translate("ExportDialog", u"Sheets:", None))
        self.longRadio.setText(QCoreApplication.translate("ExportDialog", u"One &long sheet", None))
        self.perMetricRadio.setText(QCoreApplication.translate("ExportDialog", u"One sheet per &metric", None))
#if QT_CONFIG(tooltip)
        self.perMetricRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"One sheet per metric, each with the same columns (Excel workbooks only).", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"&Period:", None))
        self.unitLabel.setText(QCoreApplication.translate("ExportDialog", u"&Business unit:", None))
        self.metricLabel.setText(QCoreApplication.translate("ExportDialog", u"&Metric:", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Where to save", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.countLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
    # retranslateUi

