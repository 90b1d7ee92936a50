# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history.ui'
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
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportHistoryPage(object):
    def setupUi(self, ImportHistoryPage):
        if not ImportHistoryPage.objectName():
            ImportHistoryPage.setObjectName(u"ImportHistoryPage")
        ImportHistoryPage.resize(900, 520)
        self.pageLayout = QVBoxLayout(ImportHistoryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.infoLabel = QLabel(ImportHistoryPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.actionRow.addWidget(self.infoLabel)

        self.importButton = QPushButton(ImportHistoryPage)
        self.importButton.setObjectName(u"importButton")

        self.actionRow.addWidget(self.importButton)

        self.undoButton = QPushButton(ImportHistoryPage)
        self.undoButton.setObjectName(u"undoButton")

        self.actionRow.addWidget(self.undoButton)

        self.actionRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.actionRow)

        self.emptyLabel = QLabel(ImportHistoryPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: palette(mid); font-size: 14px; padding: 24px;")

        self.pageLayout.addWidget(self.emptyLabel)

        self.batchTable = QTableWidget(ImportHistoryPage)
        if (self.batchTable.columnCount() < 12):
            self.batchTable.setColumnCount(12)
        __qtablewidgetitem = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(10, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.batchTable.setHorizontalHeaderItem(11, __qtablewidgetitem11)
        self.batchTable.setObjectName(u"batchTable")
        self.batchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchTable.setAlternatingRowColors(True)
        self.batchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchTable.setSortingEnabled(False)
        self.batchTable.setColumnCount(12)

        self.pageLayout.addWidget(self.batchTable)

        self.detailLabel = QLabel(ImportHistoryPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.detailLabel)

        QWidget.setTabOrder(self.batchTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.undoButton)

        self.retranslateUi(ImportHistoryPage)

        QMetaObject.connectSlotsByName(ImportHistoryPage)
    # setupUi

    def retranslateUi(self, ImportHistoryPage):
        self.infoLabel.setText(QCoreApplication.translate("ImportHistoryPage", u"Every import, newest first. Undoing an import removes all of its entries in one step (Ctrl+Z brings them back).", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ImportHistoryPage", u"Import a spreadsheet (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportHistoryPage", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ImportHistoryPage", u"Remove every entry of the selected import", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryPage", u"&Undo import\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("ImportHistoryPage", u"No imports yet. Use File \u2192 Import\u2026 (Ctrl+I), or drop a spreadsheet on the window.", None))
        ___qtablewidgetitem = self.batchTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportHistoryPage", u"Imported", None))
        ___qtablewidgetitem1 = self.batchTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportHistoryPage", u"File", None))
        ___qtablewidgetitem2 = self.batchTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportHistoryPage", u"Sheet", None))
        ___qtablewidgetitem3 = self.batchTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportHistoryPage", u"New", None))
        ___qtablewidgetitem4 = self.batchTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportHistoryPage", u"Duplicates", None))
        ___qtablewidgetitem5 = self.batchTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportHistoryPage", u"Invalid", None))
        ___qtablewidgetitem6 = self.batchTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportHistoryPage", u"Skipped", None))
        ___qtablewidgetitem7 = self.batchTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportHistoryPage", u"Conflicts", None))
        ___qtablewidgetitem8 = self.batchTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportHistoryPage", u"Corrections", None))
        ___qtablewidgetitem9 = self.batchTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportHistoryPage", u"Entries now", None))
        ___qtablewidgetitem10 = self.batchTable.horizontalHeaderItem(10)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ImportHistoryPage", u"Status", None))
        ___qtablewidgetitem11 = self.batchTable.horizontalHeaderItem(11)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ImportHistoryPage", u"By", None))
        self.detailLabel.setText("")
        pass
    # retranslateUi

