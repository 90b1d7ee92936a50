# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_entry.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QToolButton, QVBoxLayout, QWidget)

class Ui_QuickEntryPanel(object):
    def setupUi(self, QuickEntryPanel):
        if not QuickEntryPanel.objectName():
            QuickEntryPanel.setObjectName(u"QuickEntryPanel")
        QuickEntryPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.quickLayout = QVBoxLayout(QuickEntryPanel)
        self.quickLayout.setSpacing(4)
        self.quickLayout.setObjectName(u"quickLayout")
        self.quickLayout.setContentsMargins(8, 6, 8, 6)
        self.fieldsRow = QHBoxLayout()
        self.fieldsRow.setObjectName(u"fieldsRow")
        self.titleLabel = QLabel(QuickEntryPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsRow.addWidget(self.titleLabel)

        self.programCombo = QComboBox(QuickEntryPanel)
        self.programCombo.setObjectName(u"programCombo")
        self.programCombo.setEditable(True)
        self.programCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.programCombo.setMinimumSize(QSize(170, 0))

        self.fieldsRow.addWidget(self.programCombo)

        self.newProgramButton = QToolButton(QuickEntryPanel)
        self.newProgramButton.setObjectName(u"newProgramButton")

        self.fieldsRow.addWidget(self.newProgramButton)

        self.metricCombo = QComboBox(QuickEntryPanel)
        self.metricCombo.setObjectName(u"metricCombo")
        self.metricCombo.setMinimumSize(QSize(110, 0))

        self.fieldsRow.addWidget(self.metricCombo)

        self.periodEdit = QLineEdit(QuickEntryPanel)
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEdit.setMaximumSize(QSize(120, 16777215))

        self.fieldsRow.addWidget(self.periodEdit)

        self.valueEdit = QLineEdit(QuickEntryPanel)
        self.valueEdit.setObjectName(u"valueEdit")
        self.valueEdit.setMaximumSize(QSize(140, 16777215))
        self.valueEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsRow.addWidget(self.valueEdit)

        self.unitLabel = QLabel(QuickEntryPanel)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsRow.addWidget(self.unitLabel)

        self.currencyCombo = QComboBox(QuickEntryPanel)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.fieldsRow.addWidget(self.currencyCombo)

        self.noteEdit = QLineEdit(QuickEntryPanel)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fieldsRow.addWidget(self.noteEdit)

        self.addButton = QPushButton(QuickEntryPanel)
        self.addButton.setObjectName(u"addButton")

        self.fieldsRow.addWidget(self.addButton)


        self.quickLayout.addLayout(self.fieldsRow)

        self.messageLabel = QLabel(QuickEntryPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.quickLayout.addWidget(self.messageLabel)

        QWidget.setTabOrder(self.programCombo, self.newProgramButton)
        QWidget.setTabOrder(self.newProgramButton, self.metricCombo)
        QWidget.setTabOrder(self.metricCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.addButton)

        self.retranslateUi(QuickEntryPanel)

        QMetaObject.connectSlotsByName(QuickEntryPanel)
    # setupUi

    def retranslateUi(self, QuickEntryPanel):
#if QT_CONFIG(tooltip)
        QuickEntryPanel.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Quick entry: program, metric and period stay after each save, so you can type value after value", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("QuickEntryPanel", u"<b>Quick entry</b>", None))
#if QT_CONFIG(tooltip)
        self.programCombo.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Program (type to search)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.programCombo.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Program", None))
#endif // QT_CONFIG(accessibility)
        self.newProgramButton.setText(QCoreApplication.translate("QuickEntryPanel", u"New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newProgramButton.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Create a program (and its business unit) without leaving the quick entry", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newProgramButton.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"New program", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.metricCombo.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Metric", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.metricCombo.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Metric", None))
#endif // QT_CONFIG(accessibility)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryPanel", u"Period", None))
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"2018-03-01, 2018-03, 2018-Q1, FY2018, 2018\u5e743\u6708", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodEdit.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryPanel", u"Value", None))
#if QT_CONFIG(tooltip)
        self.valueEdit.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"e.g. 12,500 or 1.5\u4e07 or \u00a53,000; Enter saves", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Currency", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryPanel", u"Note (optional)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("QuickEntryPanel", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("QuickEntryPanel", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("QuickEntryPanel", u"Save this entry (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

