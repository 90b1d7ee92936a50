# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entries_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QToolBar, QToolButton,
    QVBoxLayout, QWidget)

class Ui_EntriesPage(object):
    def setupUi(self, EntriesPage):
        if not EntriesPage.objectName():
            EntriesPage.setObjectName(u"EntriesPage")
        self.pageLayout = QVBoxLayout(EntriesPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.unitFilter = QComboBox(EntriesPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setMinimumSize(QSize(130, 0))

        self.filterRow.addWidget(self.unitFilter)

        self.programFilter = QComboBox(EntriesPage)
        self.programFilter.setObjectName(u"programFilter")
        self.programFilter.setMinimumSize(QSize(120, 0))

        self.filterRow.addWidget(self.programFilter)

        self.metricFilter = QComboBox(EntriesPage)
        self.metricFilter.setObjectName(u"metricFilter")
        self.metricFilter.setMinimumSize(QSize(100, 0))

        self.filterRow.addWidget(self.metricFilter)

        self.fromLabel = QLabel(EntriesPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = QLineEdit(EntriesPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setMinimumSize(QSize(84, 0))
        self.fromEdit.setMaximumSize(QSize(110, 16777215))
        self.fromEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(EntriesPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = QLineEdit(EntriesPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setMinimumSize(QSize(84, 0))
        self.toEdit.setMaximumSize(QSize(110, 16777215))
        self.toEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.toEdit)

        self.searchEdit = QLineEdit(EntriesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(110, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.clearFiltersButton = QToolButton(EntriesPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)


        self.pageLayout.addLayout(self.filterRow)

        self.quickEntryHost = QWidget(EntriesPage)
        self.quickEntryHost.setObjectName(u"quickEntryHost")
        self.quickEntryLayout = QVBoxLayout(self.quickEntryHost)
        self.quickEntryLayout.setObjectName(u"quickEntryLayout")
        self.quickEntryLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.quickEntryHost)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.pageToolBar = QToolBar(EntriesPage)
        self.pageToolBar.setObjectName(u"pageToolBar")
        self.pageToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionRow.addWidget(self.pageToolBar)

        self.actionSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.filterErrorLabel = QLabel(EntriesPage)
        self.filterErrorLabel.setObjectName(u"filterErrorLabel")
        self.filterErrorLabel.setStyleSheet(u"color: #c62828;")

        self.actionRow.addWidget(self.filterErrorLabel)

        self.countLabel = QLabel(EntriesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.actionRow)

        self.entriesTable = QTableView(EntriesPage)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entriesTable.setSortingEnabled(True)
        self.entriesTable.setWordWrap(False)
        self.entriesTable.horizontalHeader().setHighlightSections(False)
        self.entriesTable.horizontalHeader().setStretchLastSection(True)
        self.entriesTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.entriesTable)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitFilter, self.programFilter)
        QWidget.setTabOrder(self.programFilter, self.metricFilter)
        QWidget.setTabOrder(self.metricFilter, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.entriesTable)

        self.retranslateUi(EntriesPage)

        QMetaObject.connectSlotsByName(EntriesPage)
    # setupUi

    def retranslateUi(self, EntriesPage):
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("EntriesPage", u"Only this business unit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.unitFilter.setAccessibleName(QCoreApplication.translate("EntriesPage", u"Business unit filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.programFilter.setToolTip(QCoreApplication.translate("EntriesPage", u"Only this program", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.programFilter.setAccessibleName(QCoreApplication.translate("EntriesPage", u"Program filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.metricFilter.setToolTip(QCoreApplication.translate("EntriesPage", u"Only this metric", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.metricFilter.setAccessibleName(QCoreApplication.translate("EntriesPage", u"Metric filter", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("EntriesPage", u"&From", None))
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("EntriesPage", u"any", None))
#if QT_CONFIG(tooltip)
        self.fromEdit.setToolTip(QCoreApplication.translate("EntriesPage", u"Entries whose period ends on or after this (a day, month, quarter or FY)", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("EntriesPage", u"&to", None))
        self.toEdit.setPlaceholderText(QCoreApplication.translate("EntriesPage", u"any", None))
#if QT_CONFIG(tooltip)
        self.toEdit.setToolTip(QCoreApplication.translate("EntriesPage", u"Entries whose period ends on or before the end of this", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EntriesPage", u"Search notes and names\u2026", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("EntriesPage", u"Free-text search in notes, programs, business units, metrics and channels (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("EntriesPage", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("EntriesPage", u"Show all entries again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("EntriesPage", u"Entries", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

