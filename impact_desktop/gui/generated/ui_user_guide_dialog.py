# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_guide_dialog.ui'
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
    QHBoxLayout, QLineEdit, QPushButton, QSizePolicy,
    QTextBrowser, QToolButton, QVBoxLayout, QWidget)

class Ui_UserGuideDialog(object):
    def setupUi(self, UserGuideDialog):
        if not UserGuideDialog.objectName():
            UserGuideDialog.setObjectName(u"UserGuideDialog")
        UserGuideDialog.resize(820, 680)
        UserGuideDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(UserGuideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.backButton = QToolButton(UserGuideDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navigationLayout.addWidget(self.backButton)

        self.homeButton = QToolButton(UserGuideDialog)
        self.homeButton.setObjectName(u"homeButton")
        self.homeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.navigationLayout.addWidget(self.homeButton)

        self.findEdit = QLineEdit(UserGuideDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.navigationLayout.addWidget(self.findEdit)


        self.mainLayout.addLayout(self.navigationLayout)

        self.browser = QTextBrowser(UserGuideDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.mainLayout.addWidget(self.browser)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.systemBrowserButton = QPushButton(UserGuideDialog)
        self.systemBrowserButton.setObjectName(u"systemBrowserButton")
        self.systemBrowserButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.systemBrowserButton)

        self.buttonBox = QDialogButtonBox(UserGuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.findEdit, self.browser)
        QWidget.setTabOrder(self.browser, self.backButton)
        QWidget.setTabOrder(self.backButton, self.homeButton)
        QWidget.setTabOrder(self.homeButton, self.systemBrowserButton)
        QWidget.setTabOrder(self.systemBrowserButton, self.buttonBox)

        self.retranslateUi(UserGuideDialog)
        self.buttonBox.rejected.connect(UserGuideDialog.reject)

        QMetaObject.connectSlotsByName(UserGuideDialog)
    # setupUi

    def retranslateUi(self, UserGuideDialog):
        UserGuideDialog.setWindowTitle(QCoreApplication.translate("UserGuideDialog", u"User guide", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("UserGuideDialog", u"Back (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("UserGuideDialog", u"&Back", None))
#if QT_CONFIG(tooltip)
        self.homeButton.setToolTip(QCoreApplication.translate("UserGuideDialog", u"Go to the table of contents", None))
#endif // QT_CONFIG(tooltip)
        self.homeButton.setText(QCoreApplication.translate("UserGuideDialog", u"&Contents", None))
#if QT_CONFIG(tooltip)
        self.findEdit.setToolTip(QCoreApplication.translate("UserGuideDialog", u"Find text in the guide (Ctrl+F; Enter finds the next match)", None))
#endif // QT_CONFIG(tooltip)
        self.findEdit.setPlaceholderText(QCoreApplication.translate("UserGuideDialog", u"Find in the guide\u2026", None))
#if QT_CONFIG(tooltip)
        self.systemBrowserButton.setToolTip(QCoreApplication.translate("UserGuideDialog", u"Open the guide in your web browser, to print it or keep it open beside the app", None))
#endif // QT_CONFIG(tooltip)
        self.systemBrowserButton.setText(QCoreApplication.translate("UserGuideDialog", u"Open in &web browser", None))
    # retranslateUi

