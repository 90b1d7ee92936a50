# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.periodLabel = QLabel(DashboardPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterBar.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(DashboardPage)
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterBar.addWidget(self.periodCombo)

        self.yearCombo = QComboBox(DashboardPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(8)

        self.filterBar.addWidget(self.yearCombo)

        self.fromLabel = QLabel(DashboardPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterBar.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(DashboardPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterBar.addWidget(self.fromDate)

        self.toLabel = QLabel(DashboardPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterBar.addWidget(self.toLabel)

        self.toDate = QDateEdit(DashboardPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterBar.addWidget(self.toDate)

        self.unitsButton = QToolButton(DashboardPage)
        self.unitsButton.setObjectName(u"unitsButton")
        self.unitsButton.setPopupMode(QToolButton.InstantPopup)

        self.filterBar.addWidget(self.unitsButton)

        self.programsButton = QToolButton(DashboardPage)
        self.programsButton.setObjectName(u"programsButton")
        self.programsButton.setPopupMode(QToolButton.InstantPopup)

        self.filterBar.addWidget(self.programsButton)

        self.currencyLabel = QLabel(DashboardPage)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.filterBar.addWidget(self.currencyLabel)

        self.currencyCombo = QComboBox(DashboardPage)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)
        self.currencyCombo.setMinimumContentsLength(4)

        self.filterBar.addWidget(self.currencyCombo)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterBar)

        self.statusLabel = QLabel(DashboardPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.tilesHost = QWidget(self.scrollContents)
        self.tilesHost.setObjectName(u"tilesHost")
        self.tilesLayout = QGridLayout(self.tilesHost)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setContentsMargins(0, 0, 0, 0)

        self.contentsLayout.addWidget(self.tilesHost)

        self.chartsHost = QWidget(self.scrollContents)
        self.chartsHost.setObjectName(u"chartsHost")
        self.chartsLayout = QGridLayout(self.chartsHost)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)

        self.contentsLayout.addWidget(self.chartsHost)

        self.metricRow = QHBoxLayout()
        self.metricRow.setObjectName(u"metricRow")
        self.metricLabel = QLabel(self.scrollContents)
        self.metricLabel.setObjectName(u"metricLabel")

        self.metricRow.addWidget(self.metricLabel)

        self.metricCombo = QComboBox(self.scrollContents)
        self.metricCombo.setObjectName(u"metricCombo")
        self.metricCombo.setMinimumContentsLength(20)

        self.metricRow.addWidget(self.metricCombo)

        self.topLabel = QLabel(self.scrollContents)
        self.topLabel.setObjectName(u"topLabel")

        self.metricRow.addWidget(self.topLabel)

        self.topSpin = QSpinBox(self.scrollContents)
        self.topSpin.setObjectName(u"topSpin")
        self.topSpin.setMinimum(1)
        self.topSpin.setMaximum(50)
        self.topSpin.setValue(10)

        self.metricRow.addWidget(self.topSpin)

        self.metricSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metricRow.addItem(self.metricSpacer)


        self.contentsLayout.addLayout(self.metricRow)

        self.metricChartHost = QWidget(self.scrollContents)
        self.metricChartHost.setObjectName(u"metricChartHost")
        self.metricChartLayout = QVBoxLayout(self.metricChartHost)
        self.metricChartLayout.setObjectName(u"metricChartLayout")
        self.metricChartLayout.setContentsMargins(0, 0, 0, 0)

        self.contentsLayout.addWidget(self.metricChartHost)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.metricLabel.setBuddy(self.metricCombo)
        self.topLabel.setBuddy(self.topSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.unitsButton)
        QWidget.setTabOrder(self.unitsButton, self.programsButton)
        QWidget.setTabOrder(self.programsButton, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.scrollArea)
        QWidget.setTabOrder(self.scrollArea, self.metricCombo)
        QWidget.setTabOrder(self.metricCombo, self.topSpin)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.periodLabel.setText(QCoreApplication.translate("DashboardPage", u"&Period:", None))
        self.periodCombo.setItemText(0, QCoreApplication.translate("DashboardPage", u"Fiscal year", None))
        self.periodCombo.setItemText(1, QCoreApplication.translate("DashboardPage", u"Calendar year", None))
        self.periodCombo.setItemText(2, QCoreApplication.translate("DashboardPage", u"Custom range", None))
        self.periodCombo.setItemText(3, QCoreApplication.translate("DashboardPage", u"All data", None))

#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("DashboardPage", u"Fiscal year, calendar year, a custom range or all data", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("DashboardPage", u"The year to show (fiscal years are named by the year they end in)", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("DashboardPage", u"&From", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("DashboardPage", u"First day of the custom range", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("DashboardPage", u"&to", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("DashboardPage", u"Last day of the custom range", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitsButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Only the checked business units (and the units under them)", None))
#endif // QT_CONFIG(tooltip)
        self.unitsButton.setText(QCoreApplication.translate("DashboardPage", u"Business units: all", None))
#if QT_CONFIG(tooltip)
        self.programsButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Only the checked programs", None))
#endif // QT_CONFIG(tooltip)
        self.programsButton.setText(QCoreApplication.translate("DashboardPage", u"Programs: all", None))
        self.currencyLabel.setText(QCoreApplication.translate("DashboardPage", u"&Currency:", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("DashboardPage", u"Reporting currency; amounts are converted with the rates table", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.metricLabel.setText(QCoreApplication.translate("DashboardPage", u"&Metric by business unit:", None))
#if QT_CONFIG(tooltip)
        self.metricCombo.setToolTip(QCoreApplication.translate("DashboardPage", u"Show any metric per business unit", None))
#endif // QT_CONFIG(tooltip)
        self.topLabel.setText(QCoreApplication.translate("DashboardPage", u"&Units named in charts:", None))
#if QT_CONFIG(tooltip)
        self.topSpin.setToolTip(QCoreApplication.translate("DashboardPage", u"Charts by business unit show this many units by name and sum the rest as \"Other\"", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

