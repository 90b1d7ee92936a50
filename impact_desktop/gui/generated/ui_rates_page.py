# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rates_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RatesPage(object):
    def setupUi(self, RatesPage):
        if not RatesPage.objectName():
            RatesPage.setObjectName(u"RatesPage")
        RatesPage.resize(900, 560)
        self.pageLayout = QVBoxLayout(RatesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(RatesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(RatesPage)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RatesPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(RatesPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.checkButton = QPushButton(RatesPage)
        self.checkButton.setObjectName(u"checkButton")

        self.actionsLayout.addWidget(self.checkButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(RatesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.stack = QStackedWidget(RatesPage)
        self.stack.setObjectName(u"stack")
        self.table = QTableWidget()
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.stack.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.stack.addWidget(self.emptyLabel)

        self.pageLayout.addWidget(self.stack)

        self.checkCaption = QLabel(RatesPage)
        self.checkCaption.setObjectName(u"checkCaption")

        self.pageLayout.addWidget(self.checkCaption)

        self.missingList = QListWidget(RatesPage)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setMaximumSize(QSize(16777215, 130))

        self.pageLayout.addWidget(self.missingList)

        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.missingList)

        self.retranslateUi(RatesPage)

        QMetaObject.connectSlotsByName(RatesPage)
    # setupUi

    def retranslateUi(self, RatesPage):
        RatesPage.setWindowTitle(QCoreApplication.translate("RatesPage", u"Currency rates", None))
        self.introLabel.setText("")
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("RatesPage", u"Add a new row (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("RatesPage", u"Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RatesPage", u"Edit the selected row (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RatesPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("RatesPage", u"Delete the selected rows (Del); Undo brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RatesPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("RatesPage", u"List every currency and month the current data needs a rate for and does not have", None))
#endif // QT_CONFIG(tooltip)
        self.checkButton.setText(QCoreApplication.translate("RatesPage", u"Check missing rates", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RatesPage", u"From", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RatesPage", u"To", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RatesPage", u"Period", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RatesPage", u"Rate", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("RatesPage", u"Every rate: 1 unit of From is worth Rate units of To over the period", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("RatesPage", u"No currency rates yet.\n"
"\n"
"Click \u201cAdd\u2026\u201d to enter one, for example 1 CNY = 0.1449 USD for FY2018. Totals need a rate for every currency other than the reporting currency.", None))
        self.checkCaption.setText(QCoreApplication.translate("RatesPage", u"Rates the current data still needs:", None))
#if QT_CONFIG(tooltip)
        self.missingList.setToolTip(QCoreApplication.translate("RatesPage", u"Each missing rate, by currency pair and month; add a rate covering it", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

