# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(SetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organisationLabel = QLabel(SetupDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(SetupDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.currencyLabel = QLabel(SetupDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyCombo = QComboBox(SetupDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.fiscalLabel = QLabel(SetupDialog)
        self.fiscalLabel.setObjectName(u"fiscalLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fiscalLabel)

        self.fiscalCombo = QComboBox(SetupDialog)
        self.fiscalCombo.setObjectName(u"fiscalCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fiscalCombo)

        self.catalogLabel = QLabel(SetupDialog)
        self.catalogLabel.setObjectName(u"catalogLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.catalogLabel)

        self.catalogEdit = QPlainTextEdit(SetupDialog)
        self.catalogEdit.setObjectName(u"catalogEdit")
        self.catalogEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.catalogEdit)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.readSheetButton = QPushButton(SetupDialog)
        self.readSheetButton.setObjectName(u"readSheetButton")

        self.sheetRow.addWidget(self.readSheetButton)

        self.templateButton = QPushButton(SetupDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.sheetRow.addWidget(self.templateButton)

        self.sheetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sheetRow)


        self.dialogLayout.addLayout(self.form)

        self.sheetLabel = QLabel(SetupDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")
        self.sheetLabel.setWordWrap(True)
        self.sheetLabel.setText(u"")

        self.dialogLayout.addWidget(self.sheetLabel)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.fiscalLabel.setBuddy(self.fiscalCombo)
        self.catalogLabel.setBuddy(self.catalogEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.fiscalCombo)
        QWidget.setTabOrder(self.fiscalCombo, self.catalogEdit)
        QWidget.setTabOrder(self.catalogEdit, self.readSheetButton)
        QWidget.setTabOrder(self.readSheetButton, self.templateButton)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up Impact Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"A few details, and the business units and programs your figures belong to. Everything can be changed later (Settings, Business units & programs).", None))
        self.organisationLabel.setText(QCoreApplication.translate("SetupDialog", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Alibaba Group", None))
#if QT_CONFIG(tooltip)
        self.organisationEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"Shown on the dashboard and the report's title page", None))
#endif // QT_CONFIG(tooltip)
        self.currencyLabel.setText(QCoreApplication.translate("SetupDialog", u"Reporting &currency:", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("SetupDialog", u"Totals are converted to this currency (amounts keep the currency they were given in)", None))
#endif // QT_CONFIG(tooltip)
        self.fiscalLabel.setText(QCoreApplication.translate("SetupDialog", u"&Fiscal year starts in:", None))
#if QT_CONFIG(tooltip)
        self.fiscalCombo.setToolTip(QCoreApplication.translate("SetupDialog", u"The first month of your fiscal year (April for the group's FY2018: April 2017 \u2013 March 2018)", None))
#endif // QT_CONFIG(tooltip)
        self.catalogLabel.setText(QCoreApplication.translate("SetupDialog", u"&Units and programs:", None))
#if QT_CONFIG(tooltip)
        self.catalogEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"One per line: Business unit / Program. A line without \u201c/\u201d is a unit on its own; \u201cAnt Financial = \u8682\u8681\u91d1\u670d\u201d gives a name in the other language.", None))
#endif // QT_CONFIG(tooltip)
        self.catalogEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"Ant Financial = \u8682\u8681\u91d1\u670d / Ant Forest = \u8682\u8681\u68ee\u6797\n"
"Cainiao / Green logistics recycling", None))
        self.readSheetButton.setText(QCoreApplication.translate("SetupDialog", u"&Read them from a spreadsheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.readSheetButton.setToolTip(QCoreApplication.translate("SetupDialog", u"A sheet with Business unit, Other name of the unit, Program, Other name of the program, Parent unit, Cause area and Geography columns", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("SetupDialog", u"Save a &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("SetupDialog", u"An Excel file with those columns and two example rows", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

