# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.scopeLabel = QLabel(OverviewPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.headerRow.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(OverviewPage)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setMinimumSize(QSize(220, 0))

        self.headerRow.addWidget(self.scopeCombo)


        self.pageLayout.addLayout(self.headerRow)

        self.stack = QStackedWidget(OverviewPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeft = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeft)

        self.newEntryButton = QPushButton(self.emptyPage)
        self.newEntryButton.setObjectName(u"newEntryButton")

        self.emptyButtons.addWidget(self.newEntryButton)

        self.loadDemoButton = QPushButton(self.emptyPage)
        self.loadDemoButton.setObjectName(u"loadDemoButton")

        self.emptyButtons.addWidget(self.loadDemoButton)

        self.emptyRight = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRight)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottom = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.contentScroll = QScrollArea(self.contentPage)
        self.contentScroll.setObjectName(u"contentScroll")
        self.contentScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contentScroll.setWidgetResizable(True)
        self.contentInner = QWidget()
        self.contentInner.setObjectName(u"contentInner")
        self.innerLayout = QVBoxLayout(self.contentInner)
        self.innerLayout.setObjectName(u"innerLayout")
        self.innerLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeInfoLabel = QLabel(self.contentInner)
        self.scopeInfoLabel.setObjectName(u"scopeInfoLabel")
        self.scopeInfoLabel.setWordWrap(True)

        self.innerLayout.addWidget(self.scopeInfoLabel)

        self.problemLabel = QLabel(self.contentInner)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #c62828;")

        self.innerLayout.addWidget(self.problemLabel)

        self.totalsTitle = QLabel(self.contentInner)
        self.totalsTitle.setObjectName(u"totalsTitle")

        self.innerLayout.addWidget(self.totalsTitle)

        self.totalsTable = QTableWidget(self.contentInner)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totalsTable.setAlternatingRowColors(True)
        self.totalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totalsTable.horizontalHeader().setStretchLastSection(True)
        self.totalsTable.verticalHeader().setVisible(False)

        self.innerLayout.addWidget(self.totalsTable)

        self.unitsTitle = QLabel(self.contentInner)
        self.unitsTitle.setObjectName(u"unitsTitle")

        self.innerLayout.addWidget(self.unitsTitle)

        self.unitsTable = QTableWidget(self.contentInner)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsTable.setAlternatingRowColors(True)
        self.unitsTable.horizontalHeader().setStretchLastSection(False)

        self.innerLayout.addWidget(self.unitsTable)

        self.notesLabel = QLabel(self.contentInner)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setStyleSheet(u"color: #5f6368;")

        self.innerLayout.addWidget(self.notesLabel)

        self.contentBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.innerLayout.addItem(self.contentBottom)

        self.contentScroll.setWidget(self.contentInner)

        self.contentLayout.addWidget(self.contentScroll)

        self.stack.addWidget(self.contentPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"<h2>Overview</h2>", None))
        self.scopeLabel.setText(QCoreApplication.translate("OverviewPage", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("OverviewPage", u"Which fiscal year the totals cover", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("OverviewPage", u"<h3>No figures yet</h3><p>Impact Desktop totals what your business units do for society.<br>To get started:</p><ol><li>add a business unit and a program under <b>Business units &amp; programs</b>,</li><li>type figures on the <b>Entries</b> page (Ctrl+N), or import a spreadsheet from the <b>Data</b> menu,</li><li>or explore with the sample report's figures: <b>Help \u2192 Load demo data</b>.</li></ol>", None))
        self.newEntryButton.setText(QCoreApplication.translate("OverviewPage", u"New entry\u2026", None))
        self.loadDemoButton.setText(QCoreApplication.translate("OverviewPage", u"Load demo data", None))
        self.totalsTitle.setText(QCoreApplication.translate("OverviewPage", u"<b>Totals</b>", None))
        self.unitsTitle.setText(QCoreApplication.translate("OverviewPage", u"<b>By business unit</b>", None))
        pass
    # retranslateUi

