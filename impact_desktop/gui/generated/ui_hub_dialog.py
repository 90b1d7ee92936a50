# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hub_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_HubDialog(object):
    def setupUi(self, HubDialog):
        if not HubDialog.objectName():
            HubDialog.setObjectName(u"HubDialog")
        HubDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(HubDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(HubDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hostEditLabel = QLabel(HubDialog)
        self.hostEditLabel.setObjectName(u"hostEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostEditLabel)

        self.hostRow = QHBoxLayout()
        self.hostRow.setObjectName(u"hostRow")
        self.hostEdit = QLineEdit(HubDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostRow.addWidget(self.hostEdit)

        self.portSpinLabel = QLabel(HubDialog)
        self.portSpinLabel.setObjectName(u"portSpinLabel")

        self.hostRow.addWidget(self.portSpinLabel)

        self.portSpin = QSpinBox(HubDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.hostRow.addWidget(self.portSpin)

        self.hostRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostRow)

        self.databaseEditLabel = QLabel(HubDialog)
        self.databaseEditLabel.setObjectName(u"databaseEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseEditLabel)

        self.databaseEdit = QLineEdit(HubDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userEditLabel = QLabel(HubDialog)
        self.userEditLabel.setObjectName(u"userEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userEditLabel)

        self.userEdit = QLineEdit(HubDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordEditLabel = QLabel(HubDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(HubDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.keyringCheck = QCheckBox(HubDialog)
        self.keyringCheck.setObjectName(u"keyringCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keyringCheck)

        self.tlsComboLabel = QLabel(HubDialog)
        self.tlsComboLabel.setObjectName(u"tlsComboLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tlsComboLabel)

        self.tlsCombo = QComboBox(HubDialog)
        self.tlsCombo.setObjectName(u"tlsCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tlsCombo)

        self.caEditLabel = QLabel(HubDialog)
        self.caEditLabel.setObjectName(u"caEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caEditLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caEdit = QLineEdit(HubDialog)
        self.caEdit.setObjectName(u"caEdit")

        self.caRow.addWidget(self.caEdit)

        self.caButton = QPushButton(HubDialog)
        self.caButton.setObjectName(u"caButton")

        self.caRow.addWidget(self.caButton)

        self.caRow.setStretch(0, 1)

        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.caRow)

        self.autoSpinLabel = QLabel(HubDialog)
        self.autoSpinLabel.setObjectName(u"autoSpinLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.autoSpinLabel)

        self.autoRow = QHBoxLayout()
        self.autoRow.setObjectName(u"autoRow")
        self.autoCheck = QCheckBox(HubDialog)
        self.autoCheck.setObjectName(u"autoCheck")

        self.autoRow.addWidget(self.autoCheck)

        self.autoSpin = QSpinBox(HubDialog)
        self.autoSpin.setObjectName(u"autoSpin")
        self.autoSpin.setMinimum(1)
        self.autoSpin.setMaximum(240)
        self.autoSpin.setValue(5)

        self.autoRow.addWidget(self.autoSpin)

        self.autoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.autoRow.addItem(self.autoSpacer)

        self.autoRow.setStretch(2, 1)

        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.autoRow)


        self.dialogLayout.addLayout(self.form)

        self.statusBox = QGroupBox(HubDialog)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QVBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(self.statusBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setText(u"")

        self.statusLayout.addWidget(self.statusLabel)


        self.dialogLayout.addWidget(self.statusBox)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.testButton = QPushButton(HubDialog)
        self.testButton.setObjectName(u"testButton")

        self.buttonRow.addWidget(self.testButton)

        self.connectButton = QPushButton(HubDialog)
        self.connectButton.setObjectName(u"connectButton")

        self.buttonRow.addWidget(self.connectButton)

        self.disconnectButton = QPushButton(HubDialog)
        self.disconnectButton.setObjectName(u"disconnectButton")

        self.buttonRow.addWidget(self.disconnectButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(HubDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)

        self.buttonRow.setStretch(3, 1)

        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.hostEditLabel.setBuddy(self.hostEdit)
        self.portSpinLabel.setBuddy(self.portSpin)
        self.databaseEditLabel.setBuddy(self.databaseEdit)
        self.userEditLabel.setBuddy(self.userEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.tlsComboLabel.setBuddy(self.tlsCombo)
        self.caEditLabel.setBuddy(self.caEdit)
        self.autoSpinLabel.setBuddy(self.autoCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.keyringCheck)
        QWidget.setTabOrder(self.keyringCheck, self.tlsCombo)
        QWidget.setTabOrder(self.tlsCombo, self.caEdit)
        QWidget.setTabOrder(self.caEdit, self.caButton)
        QWidget.setTabOrder(self.caButton, self.autoCheck)
        QWidget.setTabOrder(self.autoCheck, self.autoSpin)
        QWidget.setTabOrder(self.autoSpin, self.testButton)
        QWidget.setTabOrder(self.testButton, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.disconnectButton)

        self.retranslateUi(HubDialog)

        QMetaObject.connectSlotsByName(HubDialog)
    # setupUi

    def retranslateUi(self, HubDialog):
        HubDialog.setWindowTitle(QCoreApplication.translate("HubDialog", u"Team hub", None))
        self.introLabel.setText(QCoreApplication.translate("HubDialog", u"A team hub is a PostgreSQL database your IT department runs. This laptop keeps its own copy of everything, works offline, and sends and receives changes whenever it can reach the hub.", None))
        self.hostEditLabel.setText(QCoreApplication.translate("HubDialog", u"&Server:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("HubDialog", u"e.g. hub.example.org", None))
        self.portSpinLabel.setText(QCoreApplication.translate("HubDialog", u"P&ort:", None))
        self.databaseEditLabel.setText(QCoreApplication.translate("HubDialog", u"&Database:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("HubDialog", u"e.g. impact", None))
        self.userEditLabel.setText(QCoreApplication.translate("HubDialog", u"&User:", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("HubDialog", u"&Password:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("HubDialog", u"leave empty to use ~/.pgpass or PGPASSWORD", None))
        self.keyringCheck.setText(QCoreApplication.translate("HubDialog", u"Remember the password in the system &keyring", None))
        self.tlsComboLabel.setText(QCoreApplication.translate("HubDialog", u"&Encryption:", None))
        self.caEditLabel.setText(QCoreApplication.translate("HubDialog", u"&CA certificate:", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("HubDialog", u"the hub's CA file (.crt), for verify-full", None))
        self.caButton.setText(QCoreApplication.translate("HubDialog", u"&Browse\u2026", None))
        self.autoSpinLabel.setText(QCoreApplication.translate("HubDialog", u"&Automatic sync:", None))
        self.autoCheck.setText(QCoreApplication.translate("HubDialog", u"every", None))
        self.autoSpin.setSuffix(QCoreApplication.translate("HubDialog", u" min", None))
        self.statusBox.setTitle(QCoreApplication.translate("HubDialog", u"Status", None))
        self.testButton.setText(QCoreApplication.translate("HubDialog", u"&Test connection", None))
        self.connectButton.setText(QCoreApplication.translate("HubDialog", u"&Connect and sync", None))
        self.disconnectButton.setText(QCoreApplication.translate("HubDialog", u"&Disconnect", None))
    # retranslateUi

