# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_page.ui'
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

class Ui_ConflictsPage(object):
    def setupUi(self, ConflictsPage):
        if not ConflictsPage.objectName():
            ConflictsPage.setObjectName(u"ConflictsPage")
        ConflictsPage.resize(900, 520)
        self.pageLayout = QVBoxLayout(ConflictsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.infoLabel = QLabel(ConflictsPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.actionRow.addWidget(self.infoLabel)

        self.keepMineButton = QPushButton(ConflictsPage)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.actionRow.addWidget(self.keepMineButton)

        self.keepTheirsButton = QPushButton(ConflictsPage)
        self.keepTheirsButton.setObjectName(u"keepTheirsButton")

        self.actionRow.addWidget(self.keepTheirsButton)

        self.actionRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.actionRow)

        self.emptyLabel = QLabel(ConflictsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: palette(mid); font-size: 14px; padding: 24px;")

        self.pageLayout.addWidget(self.emptyLabel)

        self.conflictTable = QTableWidget(ConflictsPage)
        if (self.conflictTable.columnCount() < 6):
            self.conflictTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictTable.setAlternatingRowColors(True)
        self.conflictTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.setWordWrap(True)
        self.conflictTable.setColumnCount(6)

        self.pageLayout.addWidget(self.conflictTable)

        self.detailLabel = QLabel(ConflictsPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setText(u"")

        self.pageLayout.addWidget(self.detailLabel)


        self.retranslateUi(ConflictsPage)

        QMetaObject.connectSlotsByName(ConflictsPage)
    # setupUi

    def retranslateUi(self, ConflictsPage):
        self.infoLabel.setText(QCoreApplication.translate("ConflictsPage", u"Rows that two machines changed at once. The version shown everywhere was chosen by time (then by machine); the other is kept here. Keep either: your choice syncs like any change.", None))
#if QT_CONFIG(tooltip)
        self.keepMineButton.setToolTip(QCoreApplication.translate("ConflictsPage", u"Keep this machine's version of the selected row", None))
#endif // QT_CONFIG(tooltip)
        self.keepMineButton.setText(QCoreApplication.translate("ConflictsPage", u"Keep &mine", None))
#if QT_CONFIG(tooltip)
        self.keepTheirsButton.setToolTip(QCoreApplication.translate("ConflictsPage", u"Keep the other machine's version of the selected row", None))
#endif // QT_CONFIG(tooltip)
        self.keepTheirsButton.setText(QCoreApplication.translate("ConflictsPage", u"Keep &theirs", None))
        self.emptyLabel.setText(QCoreApplication.translate("ConflictsPage", u"No conflicts. When two machines change the same row, both versions appear here.", None))
        ___qtablewidgetitem = self.conflictTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsPage", u"Found", None))
        ___qtablewidgetitem1 = self.conflictTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsPage", u"What", None))
        ___qtablewidgetitem2 = self.conflictTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictsPage", u"Kind", None))
        ___qtablewidgetitem3 = self.conflictTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictsPage", u"Shown now", None))
        ___qtablewidgetitem4 = self.conflictTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConflictsPage", u"Other version", None))
        ___qtablewidgetitem5 = self.conflictTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ConflictsPage", u"Status", None))
        pass
    # retranslateUi

