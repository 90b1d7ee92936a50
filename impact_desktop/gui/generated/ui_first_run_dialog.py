# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QCommandLinkButton,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(580, 380)
        FirstRunDialog.setMinimumSize(QSize(480, 340))
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 20, 20, 16)
        self.headingLabel = QLabel(FirstRunDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.demoButton = QCommandLinkButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.mainLayout.addWidget(self.demoButton)

        self.importButton = QCommandLinkButton(FirstRunDialog)
        self.importButton.setObjectName(u"importButton")

        self.mainLayout.addWidget(self.importButton)

        self.emptyButton = QCommandLinkButton(FirstRunDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.mainLayout.addWidget(self.emptyButton)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.dontShowCheckBox = QCheckBox(FirstRunDialog)
        self.dontShowCheckBox.setObjectName(u"dontShowCheckBox")

        self.bottomLayout.addWidget(self.dontShowCheckBox)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.demoButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.emptyButton)
        QWidget.setTabOrder(self.emptyButton, self.dontShowCheckBox)
        QWidget.setTabOrder(self.dontShowCheckBox, self.buttonBox)

        self.retranslateUi(FirstRunDialog)
        self.buttonBox.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to Impact Desktop", None))
        self.headingLabel.setText(QCoreApplication.translate("FirstRunDialog", u"<h2>Welcome to Impact Desktop</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"This database has no figures yet. How would you like to start? You can do the other two later from the menus.", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Fill this database with the sample FY2018 figures (donations, volunteer hours, trees planted\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Load demo data", None))
        self.demoButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Explore the app with the figures of a sample philanthropy report (FY2018). You can delete them later.", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Choose an Excel or CSV file with your figures", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Import a spreadsheet", None))
        self.importButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Bring in figures your teams already collect in Excel or CSV files; you see a preview before anything is saved.", None))
#if QT_CONFIG(tooltip)
        self.emptyButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Set up your organisation, its business units and programs, then enter figures", None))
#endif // QT_CONFIG(tooltip)
        self.emptyButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Start empty", None))
        self.emptyButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Name your organisation, its business units and programs (or read them from a spreadsheet), then enter figures by hand.", None))
#if QT_CONFIG(tooltip)
        self.dontShowCheckBox.setToolTip(QCoreApplication.translate("FirstRunDialog", u"When unchecked, this window comes back at the next start while the database is empty", None))
#endif // QT_CONFIG(tooltip)
        self.dontShowCheckBox.setText(QCoreApplication.translate("FirstRunDialog", u"&Do not show this again", None))
    # retranslateUi

