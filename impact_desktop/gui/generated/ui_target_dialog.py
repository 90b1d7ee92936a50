# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TargetDialog(object):
    def setupUi(self, TargetDialog):
        if not TargetDialog.objectName():
            TargetDialog.setObjectName(u"TargetDialog")
        TargetDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(TargetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.metricComboLabel = QLabel(TargetDialog)
        self.metricComboLabel.setObjectName(u"metricComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.metricComboLabel)

        self.metricCombo = QComboBox(TargetDialog)
        self.metricCombo.setObjectName(u"metricCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.metricCombo)

        self.scopeComboLabel = QLabel(TargetDialog)
        self.scopeComboLabel.setObjectName(u"scopeComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeComboLabel)

        self.scopeCombo = QComboBox(TargetDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.periodEditLabel = QLabel(TargetDialog)
        self.periodEditLabel.setObjectName(u"periodEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodEditLabel)

        self.periodEdit = QLineEdit(TargetDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.periodHint = QLabel(TargetDialog)
        self.periodHint.setObjectName(u"periodHint")
        self.periodHint.setText(u"")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodHint)

        self.valueEditLabel = QLabel(TargetDialog)
        self.valueEditLabel.setObjectName(u"valueEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valueEditLabel)

        self.valueEdit = QLineEdit(TargetDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.currencyComboLabel = QLabel(TargetDialog)
        self.currencyComboLabel.setObjectName(u"currencyComboLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currencyComboLabel)

        self.currencyCombo = QComboBox(TargetDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.noteEditLabel = QLabel(TargetDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(TargetDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(TargetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TargetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.metricComboLabel.setBuddy(self.metricCombo)
        self.scopeComboLabel.setBuddy(self.scopeCombo)
        self.periodEditLabel.setBuddy(self.periodEdit)
        self.valueEditLabel.setBuddy(self.valueEdit)
        self.currencyComboLabel.setBuddy(self.currencyCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.metricCombo, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.noteEdit)

        self.retranslateUi(TargetDialog)

        QMetaObject.connectSlotsByName(TargetDialog)
    # setupUi

    def retranslateUi(self, TargetDialog):
        TargetDialog.setWindowTitle(QCoreApplication.translate("TargetDialog", u"Target", None))
        self.metricComboLabel.setText(QCoreApplication.translate("TargetDialog", u"&Metric:", None))
#if QT_CONFIG(tooltip)
        self.metricCombo.setToolTip(QCoreApplication.translate("TargetDialog", u"What the target counts", None))
#endif // QT_CONFIG(tooltip)
        self.scopeComboLabel.setText(QCoreApplication.translate("TargetDialog", u"&For:", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("TargetDialog", u"The whole group, one business unit (with its nested units) or one program", None))
#endif // QT_CONFIG(tooltip)
        self.periodEditLabel.setText(QCoreApplication.translate("TargetDialog", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("TargetDialog", u"The period the target covers: FY2018, 2018, 2018-Q1, 2018-03 or a range like 2018-01..2018-06", None))
#endif // QT_CONFIG(tooltip)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"e.g. FY2018, 2018-Q1, 2018-03", None))
        self.valueEditLabel.setText(QCoreApplication.translate("TargetDialog", u"&Target:", None))
#if QT_CONFIG(tooltip)
        self.valueEdit.setToolTip(QCoreApplication.translate("TargetDialog", u"The value aimed for; 12,500, 1.5\u4e07, 12.7\u4ebf and \u00a53,000 are understood", None))
#endif // QT_CONFIG(tooltip)
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"e.g. 1,000,000 or 12.7\u4ebf", None))
        self.currencyComboLabel.setText(QCoreApplication.translate("TargetDialog", u"&Currency:", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("TargetDialog", u"Currency of a money target (three letters, e.g. CNY)", None))
#endif // QT_CONFIG(tooltip)
        self.noteEditLabel.setText(QCoreApplication.translate("TargetDialog", u"&Note:", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("TargetDialog", u"Optional: where the target comes from", None))
#endif // QT_CONFIG(tooltip)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"optional", None))
    # retranslateUi

