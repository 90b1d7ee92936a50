# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rate_dialog.ui'
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

class Ui_RateDialog(object):
    def setupUi(self, RateDialog):
        if not RateDialog.objectName():
            RateDialog.setObjectName(u"RateDialog")
        RateDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(RateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fromComboLabel = QLabel(RateDialog)
        self.fromComboLabel.setObjectName(u"fromComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromComboLabel)

        self.fromCombo = QComboBox(RateDialog)
        self.fromCombo.setObjectName(u"fromCombo")
        self.fromCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromCombo)

        self.toComboLabel = QLabel(RateDialog)
        self.toComboLabel.setObjectName(u"toComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toComboLabel)

        self.toCombo = QComboBox(RateDialog)
        self.toCombo.setObjectName(u"toCombo")
        self.toCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toCombo)

        self.periodEditLabel = QLabel(RateDialog)
        self.periodEditLabel.setObjectName(u"periodEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodEditLabel)

        self.periodEdit = QLineEdit(RateDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.periodHint = QLabel(RateDialog)
        self.periodHint.setObjectName(u"periodHint")
        self.periodHint.setText(u"")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodHint)

        self.rateEditLabel = QLabel(RateDialog)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(RateDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.rateHint = QLabel(RateDialog)
        self.rateHint.setObjectName(u"rateHint")
        self.rateHint.setText(u"")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rateHint)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(RateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromComboLabel.setBuddy(self.fromCombo)
        self.toComboLabel.setBuddy(self.toCombo)
        self.periodEditLabel.setBuddy(self.periodEdit)
        self.rateEditLabel.setBuddy(self.rateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromCombo, self.toCombo)
        QWidget.setTabOrder(self.toCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.rateEdit)

        self.retranslateUi(RateDialog)

        QMetaObject.connectSlotsByName(RateDialog)
    # setupUi

    def retranslateUi(self, RateDialog):
        RateDialog.setWindowTitle(QCoreApplication.translate("RateDialog", u"Currency rate", None))
        self.fromComboLabel.setText(QCoreApplication.translate("RateDialog", u"&From:", None))
#if QT_CONFIG(tooltip)
        self.fromCombo.setToolTip(QCoreApplication.translate("RateDialog", u"The currency converted from (three letters, e.g. CNY)", None))
#endif // QT_CONFIG(tooltip)
        self.toComboLabel.setText(QCoreApplication.translate("RateDialog", u"&To:", None))
#if QT_CONFIG(tooltip)
        self.toCombo.setToolTip(QCoreApplication.translate("RateDialog", u"The currency converted to (three letters, e.g. USD)", None))
#endif // QT_CONFIG(tooltip)
        self.periodEditLabel.setText(QCoreApplication.translate("RateDialog", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("RateDialog", u"When the rate applies: FY2018, 2018, 2018-Q1 or 2018-03; a monthly rate overrides a yearly one", None))
#endif // QT_CONFIG(tooltip)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("RateDialog", u"e.g. FY2018 or 2018-03", None))
        self.rateEditLabel.setText(QCoreApplication.translate("RateDialog", u"&Rate:", None))
#if QT_CONFIG(tooltip)
        self.rateEdit.setToolTip(QCoreApplication.translate("RateDialog", u"How many units of To one unit of From is worth, exactly as published", None))
#endif // QT_CONFIG(tooltip)
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("RateDialog", u"e.g. 0.1449", None))
    # retranslateUi

