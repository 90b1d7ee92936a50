# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.databaseGroup = QGroupBox(SettingsDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organisationLabel = QLabel(self.databaseGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.databaseGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.currencyLabel = QLabel(self.databaseGroup)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyCombo = QComboBox(self.databaseGroup)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.fiscalLabel = QLabel(self.databaseGroup)
        self.fiscalLabel.setObjectName(u"fiscalLabel")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fiscalLabel)

        self.fiscalCombo = QComboBox(self.databaseGroup)
        self.fiscalCombo.setObjectName(u"fiscalCombo")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fiscalCombo)

        self.fiscalHint = QLabel(self.databaseGroup)
        self.fiscalHint.setObjectName(u"fiscalHint")
        self.fiscalHint.setText(u"")

        self.databaseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fiscalHint)

        self.hourCostLabel = QLabel(self.databaseGroup)
        self.hourCostLabel.setObjectName(u"hourCostLabel")

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hourCostLabel)

        self.hourCostEdit = QLineEdit(self.databaseGroup)
        self.hourCostEdit.setObjectName(u"hourCostEdit")

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hourCostEdit)


        self.dialogLayout.addWidget(self.databaseGroup)

        self.computerGroup = QGroupBox(SettingsDialog)
        self.computerGroup.setObjectName(u"computerGroup")
        self.computerForm = QFormLayout(self.computerGroup)
        self.computerForm.setObjectName(u"computerForm")
        self.computerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.deviceLabel = QLabel(self.computerGroup)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceEdit = QLineEdit(self.computerGroup)
        self.deviceEdit.setObjectName(u"deviceEdit")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceEdit)

        self.defaultDbLabel = QLabel(self.computerGroup)
        self.defaultDbLabel.setObjectName(u"defaultDbLabel")

        self.computerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.defaultDbLabel)

        self.defaultDbLayout = QHBoxLayout()
        self.defaultDbLayout.setObjectName(u"defaultDbLayout")
        self.defaultDbEdit = QLineEdit(self.computerGroup)
        self.defaultDbEdit.setObjectName(u"defaultDbEdit")

        self.defaultDbLayout.addWidget(self.defaultDbEdit)

        self.browseButton = QPushButton(self.computerGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.defaultDbLayout.addWidget(self.browseButton)


        self.computerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.defaultDbLayout)


        self.dialogLayout.addWidget(self.computerGroup)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.fiscalLabel.setBuddy(self.fiscalCombo)
        self.hourCostLabel.setBuddy(self.hourCostEdit)
        self.deviceLabel.setBuddy(self.deviceEdit)
        self.defaultDbLabel.setBuddy(self.defaultDbEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.fiscalCombo)
        QWidget.setTabOrder(self.fiscalCombo, self.hourCostEdit)
        QWidget.setTabOrder(self.hourCostEdit, self.deviceEdit)
        QWidget.setTabOrder(self.deviceEdit, self.defaultDbEdit)
        QWidget.setTabOrder(self.defaultDbEdit, self.browseButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This database (the same for everyone who uses the file)", None))
        self.organisationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Organisation:", None))
#if QT_CONFIG(tooltip)
        self.organisationEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The organisation's name, printed on reports", None))
#endif // QT_CONFIG(tooltip)
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Alibaba Group", None))
        self.currencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Reporting currency:", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Totals, charts and reports convert every amount into this currency (three letters, e.g. CNY)", None))
#endif // QT_CONFIG(tooltip)
        self.fiscalLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Fiscal year starts in:", None))
#if QT_CONFIG(tooltip)
        self.fiscalCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The first month of the fiscal year; a fiscal year is named after the calendar year it ends in", None))
#endif // QT_CONFIG(tooltip)
        self.hourCostLabel.setText(QCoreApplication.translate("SettingsDialog", u"Cost of a volunteer &hour:", None))
#if QT_CONFIG(tooltip)
        self.hourCostEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"What one hour of employee volunteering costs the company, in the reporting currency; B4SI values time with it. Leave empty to report hours only.", None))
#endif // QT_CONFIG(tooltip)
        self.hourCostEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"not set: time reported in hours only", None))
        self.computerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This computer", None))
        self.deviceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Device name:", None))
#if QT_CONFIG(tooltip)
        self.deviceEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"How this computer is named when databases from several machines are merged", None))
#endif // QT_CONFIG(tooltip)
        self.deviceEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Hangzhou office laptop", None))
        self.defaultDbLabel.setText(QCoreApplication.translate("SettingsDialog", u"De&fault database:", None))
#if QT_CONFIG(tooltip)
        self.defaultDbEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The database opened when Impact Desktop starts without one; leave empty for the standard location", None))
#endif // QT_CONFIG(tooltip)
        self.defaultDbEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"standard location", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Choose the database file", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
    # retranslateUi

