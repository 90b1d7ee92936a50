# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 820)
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestoreBackup = QAction(MainWindow)
        self.actionRestoreBackup.setObjectName(u"actionRestoreBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionLoadDemo = QAction(MainWindow)
        self.actionLoadDemo.setObjectName(u"actionLoadDemo")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(200, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.centralwidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuData = QMenu(self.menubar)
        self.menuData.setObjectName(u"menuData")
        self.menuReport = QMenu(self.menubar)
        self.menuReport.setObjectName(u"menuReport")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuData.menuAction())
        self.menubar.addAction(self.menuReport.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestoreBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionLoadDemo)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionOpenDatabase)
        self.mainToolBar.addAction(self.actionBackup)
        self.mainToolBar.addSeparator()

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Impact Desktop", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&New database\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Create a new, empty database file and switch to it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionOpenDatabase.setIconText(QCoreApplication.translate("MainWindow", u"Open", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Open another Impact Desktop database (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"Save a &backup copy\u2026", None))
        self.actionBackup.setIconText(QCoreApplication.translate("MainWindow", u"Backup", None))
#if QT_CONFIG(tooltip)
        self.actionBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Write a consistent copy of the open database to another file (safe while working)", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestoreBackup.setText(QCoreApplication.translate("MainWindow", u"&Restore from backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionRestoreBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Replace this database's contents with a backup copy; the current contents are kept beside the file", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionLoadDemo.setText(QCoreApplication.translate("MainWindow", u"Load &demo data", None))
#if QT_CONFIG(tooltip)
        self.actionLoadDemo.setToolTip(QCoreApplication.translate("MainWindow", u"Add the FY2018 figures of the sample philanthropy report to this database", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Impact Desktop", None))
#if QT_CONFIG(tooltip)
        self.navList.setToolTip(QCoreApplication.translate("MainWindow", u"Pages (Ctrl+1 \u2026 Ctrl+9)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuData.setTitle(QCoreApplication.translate("MainWindow", u"&Data", None))
        self.menuReport.setTitle(QCoreApplication.translate("MainWindow", u"&Report", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

