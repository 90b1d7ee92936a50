# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'channel_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChannelDialog(object):
    def setupUi(self, ChannelDialog):
        if not ChannelDialog.objectName():
            ChannelDialog.setObjectName(u"ChannelDialog")
        ChannelDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(ChannelDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ChannelDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ChannelDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasesLabel = QLabel(ChannelDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QLineEdit(ChannelDialog)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.descriptionLabel = QLabel(ChannelDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ChannelDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(ChannelDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ChannelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.descriptionEdit)

        self.retranslateUi(ChannelDialog)

        QMetaObject.connectSlotsByName(ChannelDialog)
    # setupUi

    def retranslateUi(self, ChannelDialog):
        ChannelDialog.setWindowTitle(QCoreApplication.translate("ChannelDialog", u"Channel", None))
        self.nameLabel.setText(QCoreApplication.translate("ChannelDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("ChannelDialog", u"The name used in reports, e.g. Alipay Philanthropy", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ChannelDialog", u"e.g. Alipay Philanthropy", None))
        self.aliasesLabel.setText(QCoreApplication.translate("ChannelDialog", u"Other na&mes:", None))
#if QT_CONFIG(tooltip)
        self.aliasesEdit.setToolTip(QCoreApplication.translate("ChannelDialog", u"Other names of this channel, separated by semicolons: its name in the other language, abbreviations, former names. Imports recognise every one of them; the interface shows the one in its language.", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("ChannelDialog", u"e.g. \u652f\u4ed8\u5b9d\u516c\u76ca", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ChannelDialog", u"&Description:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("ChannelDialog", u"Optional notes: what comes in through this channel", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

