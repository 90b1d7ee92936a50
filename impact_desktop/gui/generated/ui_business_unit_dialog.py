# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'business_unit_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BusinessUnitDialog(object):
    def setupUi(self, BusinessUnitDialog):
        if not BusinessUnitDialog.objectName():
            BusinessUnitDialog.setObjectName(u"BusinessUnitDialog")
        BusinessUnitDialog.resize(460, 260)
        self.dialogLayout = QVBoxLayout(BusinessUnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(BusinessUnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BusinessUnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasesLabel = QLabel(BusinessUnitDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QLineEdit(BusinessUnitDialog)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.parentLabel = QLabel(BusinessUnitDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(BusinessUnitDialog)
        self.parentCombo.setObjectName(u"parentCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.descriptionLabel = QLabel(BusinessUnitDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(BusinessUnitDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(BusinessUnitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(BusinessUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.parentLabel.setBuddy(self.parentCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.descriptionEdit)

        self.retranslateUi(BusinessUnitDialog)

        QMetaObject.connectSlotsByName(BusinessUnitDialog)
    # setupUi

    def retranslateUi(self, BusinessUnitDialog):
        BusinessUnitDialog.setWindowTitle(QCoreApplication.translate("BusinessUnitDialog", u"Business unit", None))
        self.nameLabel.setText(QCoreApplication.translate("BusinessUnitDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("BusinessUnitDialog", u"The name used in reports, e.g. Ant Financial", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BusinessUnitDialog", u"e.g. Ant Financial", None))
        self.aliasesLabel.setText(QCoreApplication.translate("BusinessUnitDialog", u"Other na&mes:", None))
#if QT_CONFIG(tooltip)
        self.aliasesEdit.setToolTip(QCoreApplication.translate("BusinessUnitDialog", u"Other names of this unit, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them; the interface shows the one in its language.", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("BusinessUnitDialog", u"e.g. \u8682\u8681\u91d1\u670d; Ant Fin", None))
        self.parentLabel.setText(QCoreApplication.translate("BusinessUnitDialog", u"&Part of:", None))
#if QT_CONFIG(tooltip)
        self.parentCombo.setToolTip(QCoreApplication.translate("BusinessUnitDialog", u"The unit this one belongs to; its figures count in that unit's totals too", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("BusinessUnitDialog", u"&Description:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("BusinessUnitDialog", u"Optional notes about this unit", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

