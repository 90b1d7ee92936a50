# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        ProgramDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ProgramDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ProgramDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProgramDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasesLabel = QLabel(ProgramDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QLineEdit(ProgramDialog)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.unitLabel = QLabel(ProgramDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unitCombo = QComboBox(ProgramDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.unitRow.addWidget(self.unitCombo)

        self.newUnitButton = QToolButton(ProgramDialog)
        self.newUnitButton.setObjectName(u"newUnitButton")

        self.unitRow.addWidget(self.newUnitButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.unitRow)

        self.causeLabel = QLabel(ProgramDialog)
        self.causeLabel.setObjectName(u"causeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeCombo = QComboBox(ProgramDialog)
        self.causeCombo.setObjectName(u"causeCombo")
        self.causeCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.causeCombo)

        self.geographyLabel = QLabel(ProgramDialog)
        self.geographyLabel.setObjectName(u"geographyLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.geographyLabel)

        self.geographyEdit = QLineEdit(ProgramDialog)
        self.geographyEdit.setObjectName(u"geographyEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.geographyEdit)

        self.startLabel = QLabel(ProgramDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(ProgramDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(ProgramDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(ProgramDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.statusLabel = QLabel(ProgramDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ProgramDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.descriptionLabel = QLabel(ProgramDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProgramDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(ProgramDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.causeLabel.setBuddy(self.causeCombo)
        self.geographyLabel.setBuddy(self.geographyEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.newUnitButton)
        QWidget.setTabOrder(self.newUnitButton, self.causeCombo)
        QWidget.setTabOrder(self.causeCombo, self.geographyEdit)
        QWidget.setTabOrder(self.geographyEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.descriptionEdit)

        self.retranslateUi(ProgramDialog)

        QMetaObject.connectSlotsByName(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"Program", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"The program's name, unique within its business unit", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"e.g. Ant Forest", None))
        self.aliasesLabel.setText(QCoreApplication.translate("ProgramDialog", u"Other na&mes:", None))
#if QT_CONFIG(tooltip)
        self.aliasesEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"Other names of this program, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them.", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"e.g. \u8682\u8681\u68ee\u6797", None))
        self.unitLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Business unit:", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("ProgramDialog", u"The business unit that runs this program", None))
#endif // QT_CONFIG(tooltip)
        self.newUnitButton.setText(QCoreApplication.translate("ProgramDialog", u"Ne&w\u2026", None))
#if QT_CONFIG(tooltip)
        self.newUnitButton.setToolTip(QCoreApplication.translate("ProgramDialog", u"Create a business unit without leaving this dialog", None))
#endif // QT_CONFIG(tooltip)
        self.causeLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Cause area:", None))
#if QT_CONFIG(tooltip)
        self.causeCombo.setToolTip(QCoreApplication.translate("ProgramDialog", u"What the program is for (B4SI \u201cwhat\u201d); pick one or type your own", None))
#endif // QT_CONFIG(tooltip)
        self.geographyLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Geography:", None))
#if QT_CONFIG(tooltip)
        self.geographyEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"Where the program runs (B4SI \u201cwhere\u201d)", None))
#endif // QT_CONFIG(tooltip)
        self.geographyEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"e.g. 364 cities in China", None))
        self.startLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Starts:", None))
#if QT_CONFIG(tooltip)
        self.startEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"First day of the program, e.g. 2017-04-01 or 1 April 2017 (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"YYYY-MM-DD (optional)", None))
        self.endLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Ends:", None))
#if QT_CONFIG(tooltip)
        self.endEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"Last day of the program (optional; leave empty while it runs)", None))
#endif // QT_CONFIG(tooltip)
        self.endEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"YYYY-MM-DD (optional)", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgramDialog", u"S&tatus:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ProgramDialog", u"Planned, active or completed", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Description:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("ProgramDialog", u"Optional notes about this program", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

