# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 600)
        self.mainLayout = QVBoxLayout(ImportWizard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(ImportWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-size: 15px; font-weight: 600;")

        self.mainLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)


        self.filePageLayout.addLayout(self.fileForm)

        self.fileHintLabel = QLabel(self.filePage)
        self.fileHintLabel.setObjectName(u"fileHintLabel")
        self.fileHintLabel.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileHintLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingInfoLabel = QLabel(self.mappingPage)
        self.mappingInfoLabel.setObjectName(u"mappingInfoLabel")
        self.mappingInfoLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingInfoLabel)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setColumnCount(3)

        self.mappingLayout.addWidget(self.mappingTable)

        self.presetRow = QHBoxLayout()
        self.presetRow.setObjectName(u"presetRow")
        self.presetLabel = QLabel(self.mappingPage)
        self.presetLabel.setObjectName(u"presetLabel")

        self.presetRow.addWidget(self.presetLabel)

        self.presetCombo = QComboBox(self.mappingPage)
        self.presetCombo.setObjectName(u"presetCombo")
        self.presetCombo.setMinimumSize(QSize(180, 0))

        self.presetRow.addWidget(self.presetCombo)

        self.applyPresetButton = QPushButton(self.mappingPage)
        self.applyPresetButton.setObjectName(u"applyPresetButton")

        self.presetRow.addWidget(self.applyPresetButton)

        self.presetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.presetRow.addItem(self.presetSpacer)

        self.presetNameEdit = QLineEdit(self.mappingPage)
        self.presetNameEdit.setObjectName(u"presetNameEdit")

        self.presetRow.addWidget(self.presetNameEdit)

        self.savePresetButton = QPushButton(self.mappingPage)
        self.savePresetButton.setObjectName(u"savePresetButton")

        self.presetRow.addWidget(self.savePresetButton)


        self.mappingLayout.addLayout(self.presetRow)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.countsLabel = QLabel(self.previewPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setStyleSheet(u"font-size: 14px;")
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.previewLayout.addWidget(self.countsLabel)

        self.newNamesLabel = QLabel(self.previewPage)
        self.newNamesLabel.setObjectName(u"newNamesLabel")
        self.newNamesLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.newNamesLabel)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.invalidTab = QWidget()
        self.invalidTab.setObjectName(u"invalidTab")
        self.invalidLayout = QVBoxLayout(self.invalidTab)
        self.invalidLayout.setObjectName(u"invalidLayout")
        self.invalidTable = QTableWidget(self.invalidTab)
        if (self.invalidTable.columnCount() < 5):
            self.invalidTable.setColumnCount(5)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.invalidTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.invalidTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.invalidTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.invalidTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.invalidTable.setHorizontalHeaderItem(4, __qtablewidgetitem7)
        self.invalidTable.setObjectName(u"invalidTable")
        self.invalidTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invalidTable.setAlternatingRowColors(True)
        self.invalidTable.setColumnCount(5)

        self.invalidLayout.addWidget(self.invalidTable)

        self.previewTabs.addTab(self.invalidTab, "")
        self.duplicateTab = QWidget()
        self.duplicateTab.setObjectName(u"duplicateTab")
        self.duplicateLayout = QVBoxLayout(self.duplicateTab)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateTable = QTableWidget(self.duplicateTab)
        if (self.duplicateTable.columnCount() < 4):
            self.duplicateTable.setColumnCount(4)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.duplicateTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.duplicateTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.duplicateTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.duplicateTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        self.duplicateTable.setObjectName(u"duplicateTable")
        self.duplicateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicateTable.setAlternatingRowColors(True)
        self.duplicateTable.setColumnCount(4)

        self.duplicateLayout.addWidget(self.duplicateTable)

        self.previewTabs.addTab(self.duplicateTab, "")
        self.conflictTab = QWidget()
        self.conflictTab.setObjectName(u"conflictTab")
        self.conflictLayout = QVBoxLayout(self.conflictTab)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictTable = QTableWidget(self.conflictTab)
        if (self.conflictTable.columnCount() < 7):
            self.conflictTable.setColumnCount(7)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(5, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.conflictTable.setHorizontalHeaderItem(6, __qtablewidgetitem18)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictTable.setAlternatingRowColors(True)
        self.conflictTable.setColumnCount(7)

        self.conflictLayout.addWidget(self.conflictTable)

        self.previewTabs.addTab(self.conflictTab, "")
        self.correctionTab = QWidget()
        self.correctionTab.setObjectName(u"correctionTab")
        self.correctionLayout = QVBoxLayout(self.correctionTab)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionTable = QTableWidget(self.correctionTab)
        if (self.correctionTable.columnCount() < 6):
            self.correctionTable.setColumnCount(6)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(0, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(1, __qtablewidgetitem20)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(2, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(3, __qtablewidgetitem22)
        __qtablewidgetitem23 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(4, __qtablewidgetitem23)
        __qtablewidgetitem24 = QTableWidgetItem()
        self.correctionTable.setHorizontalHeaderItem(5, __qtablewidgetitem24)
        self.correctionTable.setObjectName(u"correctionTable")
        self.correctionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.correctionTable.setAlternatingRowColors(True)
        self.correctionTable.setColumnCount(6)

        self.correctionLayout.addWidget(self.correctionTable)

        self.previewTabs.addTab(self.correctionTab, "")
        self.storedTab = QWidget()
        self.storedTab.setObjectName(u"storedTab")
        self.storedLayout = QVBoxLayout(self.storedTab)
        self.storedLayout.setObjectName(u"storedLayout")
        self.storedFilterRow = QHBoxLayout()
        self.storedFilterRow.setObjectName(u"storedFilterRow")
        self.statusFilterLabel = QLabel(self.storedTab)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.storedFilterRow.addWidget(self.statusFilterLabel)

        self.statusFilterCombo = QComboBox(self.storedTab)
        self.statusFilterCombo.setObjectName(u"statusFilterCombo")

        self.storedFilterRow.addWidget(self.statusFilterCombo)

        self.storedCountLabel = QLabel(self.storedTab)
        self.storedCountLabel.setObjectName(u"storedCountLabel")

        self.storedFilterRow.addWidget(self.storedCountLabel)

        self.storedFilterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.storedFilterRow.addItem(self.storedFilterSpacer)


        self.storedLayout.addLayout(self.storedFilterRow)

        self.storedView = QTableView(self.storedTab)
        self.storedView.setObjectName(u"storedView")
        self.storedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.storedView.setAlternatingRowColors(True)
        self.storedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.storedView.setSortingEnabled(True)
        self.storedView.setWordWrap(False)

        self.storedLayout.addWidget(self.storedView)

        self.previewTabs.addTab(self.storedTab, "")
        self.namesTab = QWidget()
        self.namesTab.setObjectName(u"namesTab")
        self.namesLayout = QVBoxLayout(self.namesTab)
        self.namesLayout.setObjectName(u"namesLayout")
        self.namesHintLabel = QLabel(self.namesTab)
        self.namesHintLabel.setObjectName(u"namesHintLabel")
        self.namesHintLabel.setWordWrap(True)

        self.namesLayout.addWidget(self.namesHintLabel)

        self.namesTable = QTableWidget(self.namesTab)
        if (self.namesTable.columnCount() < 3):
            self.namesTable.setColumnCount(3)
        __qtablewidgetitem25 = QTableWidgetItem()
        self.namesTable.setHorizontalHeaderItem(0, __qtablewidgetitem25)
        __qtablewidgetitem26 = QTableWidgetItem()
        self.namesTable.setHorizontalHeaderItem(1, __qtablewidgetitem26)
        __qtablewidgetitem27 = QTableWidgetItem()
        self.namesTable.setHorizontalHeaderItem(2, __qtablewidgetitem27)
        self.namesTable.setObjectName(u"namesTable")
        self.namesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.namesTable.setAlternatingRowColors(True)
        self.namesTable.setColumnCount(3)

        self.namesLayout.addWidget(self.namesTable)

        self.previewTabs.addTab(self.namesTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.correctionsRow = QHBoxLayout()
        self.correctionsRow.setObjectName(u"correctionsRow")
        self.correctionsLabel = QLabel(self.previewPage)
        self.correctionsLabel.setObjectName(u"correctionsLabel")

        self.correctionsRow.addWidget(self.correctionsLabel)

        self.correctionsCombo = QComboBox(self.previewPage)
        self.correctionsCombo.addItem("")
        self.correctionsCombo.addItem("")
        self.correctionsCombo.addItem("")
        self.correctionsCombo.setObjectName(u"correctionsCombo")
        self.correctionsCombo.setMinimumSize(QSize(260, 0))

        self.correctionsRow.addWidget(self.correctionsCombo)

        self.correctionsHintLabel = QLabel(self.previewPage)
        self.correctionsHintLabel.setObjectName(u"correctionsHintLabel")
        self.correctionsHintLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.correctionsHintLabel.sizePolicy().hasHeightForWidth())
        self.correctionsHintLabel.setSizePolicy(sizePolicy)

        self.correctionsRow.addWidget(self.correctionsHintLabel)


        self.previewLayout.addLayout(self.correctionsRow)

        self.skipInvalidCheck = QCheckBox(self.previewPage)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.previewLayout.addWidget(self.skipInvalidCheck)

        self.pages.addWidget(self.previewPage)
        self.runPage = QWidget()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.resultLabel = QLabel(self.runPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)

        self.runLayout.addWidget(self.resultLabel)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runSpacer)

        self.pages.addWidget(self.runPage)

        self.mainLayout.addWidget(self.pages)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressLabel = QLabel(ImportWizard)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressRow.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(ImportWizard)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.progressRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportWizard)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.presetLabel.setBuddy(self.presetCombo)
        self.statusFilterLabel.setBuddy(self.statusFilterCombo)
        self.correctionsLabel.setBuddy(self.correctionsCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.presetCombo)
        QWidget.setTabOrder(self.presetCombo, self.applyPresetButton)
        QWidget.setTabOrder(self.applyPresetButton, self.presetNameEdit)
        QWidget.setTabOrder(self.presetNameEdit, self.savePresetButton)
        QWidget.setTabOrder(self.savePresetButton, self.previewTabs)
        QWidget.setTabOrder(self.previewTabs, self.invalidTable)
        QWidget.setTabOrder(self.invalidTable, self.duplicateTable)
        QWidget.setTabOrder(self.duplicateTable, self.conflictTable)
        QWidget.setTabOrder(self.conflictTable, self.correctionTable)
        QWidget.setTabOrder(self.correctionTable, self.correctionsCombo)
        QWidget.setTabOrder(self.correctionsCombo, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(ImportWizard)

        self.correctionsCombo.setCurrentIndex(-1)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import spreadsheet", None))
        self.stepLabel.setText(QCoreApplication.translate("ImportWizard", u"1. Choose a file", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Path of an .xlsx, .xlsm or .csv file", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Choose the spreadsheet to import", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
#if QT_CONFIG(tooltip)
        self.sheetCombo.setToolTip(QCoreApplication.translate("ImportWizard", u"Automatic: the first sheet with a recognisable header row", None))
#endif // QT_CONFIG(tooltip)
        self.fileHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Excel workbooks (.xlsx, .xlsm) and CSV files (UTF-8 or GBK) in English or Chinese. Titles, notes and blank rows above the header are skipped, and so are Total / \u5408\u8ba1 rows. Nothing is written before you confirm the preview.", None))
        self.mappingInfoLabel.setText("")
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"Example", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Import as", None))
        self.presetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Preset:", None))
#if QT_CONFIG(tooltip)
        self.presetCombo.setToolTip(QCoreApplication.translate("ImportWizard", u"Saved column mappings", None))
#endif // QT_CONFIG(tooltip)
        self.applyPresetButton.setText(QCoreApplication.translate("ImportWizard", u"&Apply", None))
#if QT_CONFIG(tooltip)
        self.applyPresetButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Use the chosen preset's mapping", None))
#endif // QT_CONFIG(tooltip)
        self.presetNameEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Name for this mapping", None))
        self.savePresetButton.setText(QCoreApplication.translate("ImportWizard", u"Sa&ve preset", None))
#if QT_CONFIG(tooltip)
        self.savePresetButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Save this mapping; it is applied automatically when the same columns come again", None))
#endif // QT_CONFIG(tooltip)
        self.countsLabel.setText("")
        self.newNamesLabel.setText("")
        ___qtablewidgetitem3 = self.invalidTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem4 = self.invalidTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem5 = self.invalidTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem6 = self.invalidTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportWizard", u"Value", None))
        ___qtablewidgetitem7 = self.invalidTable.horizontalHeaderItem(4)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportWizard", u"Reason", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.invalidTab), QCoreApplication.translate("ImportWizard", u"Invalid rows", None))
        ___qtablewidgetitem8 = self.duplicateTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem9 = self.duplicateTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem10 = self.duplicateTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ImportWizard", u"Metric", None))
        ___qtablewidgetitem11 = self.duplicateTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ImportWizard", u"Why it was recognised", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.duplicateTab), QCoreApplication.translate("ImportWizard", u"Already in the store", None))
        ___qtablewidgetitem12 = self.conflictTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem13 = self.conflictTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem14 = self.conflictTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ImportWizard", u"Figure", None))
        ___qtablewidgetitem15 = self.conflictTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ImportWizard", u"In the store", None))
        ___qtablewidgetitem16 = self.conflictTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ImportWizard", u"In the file", None))
        ___qtablewidgetitem17 = self.conflictTable.horizontalHeaderItem(5)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("ImportWizard", u"Kept", None))
        ___qtablewidgetitem18 = self.conflictTable.horizontalHeaderItem(6)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("ImportWizard", u"Why", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.conflictTab), QCoreApplication.translate("ImportWizard", u"Conflicts", None))
#if QT_CONFIG(tooltip)
        self.previewTabs.setTabToolTip(self.previewTabs.indexOf(self.conflictTab), QCoreApplication.translate("ImportWizard", u"Rows carrying the id of an entry stored here with other content: the version changed last is kept, the other is recorded with the import", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem19 = self.correctionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem20 = self.correctionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("ImportWizard", u"Rows", None))
        ___qtablewidgetitem21 = self.correctionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("ImportWizard", u"Figure", None))
        ___qtablewidgetitem22 = self.correctionTable.horizontalHeaderItem(3)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("ImportWizard", u"In the store", None))
        ___qtablewidgetitem23 = self.correctionTable.horizontalHeaderItem(4)
        ___qtablewidgetitem23.setText(QCoreApplication.translate("ImportWizard", u"In the file", None))
        ___qtablewidgetitem24 = self.correctionTable.horizontalHeaderItem(5)
        ___qtablewidgetitem24.setText(QCoreApplication.translate("ImportWizard", u"Stored figures came from", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.correctionTab), QCoreApplication.translate("ImportWizard", u"Corrections", None))
#if QT_CONFIG(tooltip)
        self.previewTabs.setTabToolTip(self.previewTabs.indexOf(self.correctionTab), QCoreApplication.translate("ImportWizard", u"Figures the file sends again with another value (same program, metric, period, channel and currency as imported ones)", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("ImportWizard", u"S&how:", None))
        self.storedCountLabel.setText("")
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.storedTab), QCoreApplication.translate("ImportWizard", u"What will be stored", None))
#if QT_CONFIG(tooltip)
        self.previewTabs.setTabToolTip(self.previewTabs.indexOf(self.storedTab), QCoreApplication.translate("ImportWizard", u"Every figure as written in the file and as it will be stored (unit and magnitude applied)", None))
#endif // QT_CONFIG(tooltip)
        self.namesHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Names the store does not know are created, unless you choose \u201cSame as \u2026\u201d: the file's name is then kept as another name of that one (undoing the import removes it), and the preview is checked again.", None))
        ___qtablewidgetitem25 = self.namesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem25.setText(QCoreApplication.translate("ImportWizard", u"Kind", None))
        ___qtablewidgetitem26 = self.namesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem26.setText(QCoreApplication.translate("ImportWizard", u"Name in the file", None))
        ___qtablewidgetitem27 = self.namesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem27.setText(QCoreApplication.translate("ImportWizard", u"On import", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.namesTab), QCoreApplication.translate("ImportWizard", u"New names", None))
#if QT_CONFIG(tooltip)
        self.previewTabs.setTabToolTip(self.previewTabs.indexOf(self.namesTab), QCoreApplication.translate("ImportWizard", u"Business units, programs and channels the file names that this store does not know: create them, or say which existing one they are", None))
#endif // QT_CONFIG(tooltip)
        self.correctionsLabel.setText(QCoreApplication.translate("ImportWizard", u"C&orrections:", None))
        self.correctionsCombo.setItemText(0, QCoreApplication.translate("ImportWizard", u"Replace the stored figures", None))
        self.correctionsCombo.setItemText(1, QCoreApplication.translate("ImportWizard", u"Add as new figures", None))
        self.correctionsCombo.setItemText(2, QCoreApplication.translate("ImportWizard", u"Leave these rows out", None))

#if QT_CONFIG(tooltip)
        self.correctionsCombo.setToolTip(QCoreApplication.translate("ImportWizard", u"The file sends figures that are already stored with another value: say what to do with them", None))
#endif // QT_CONFIG(tooltip)
        self.correctionsCombo.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Choose what to do with the corrections\u2026", None))
        self.correctionsHintLabel.setText("")
#if QT_CONFIG(tooltip)
        self.skipInvalidCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"The rejected rows are written, with their reasons, to an error workbook next to the file", None))
#endif // QT_CONFIG(tooltip)
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportWizard", u"Import &valid rows only (rejected rows go to an error workbook next to the file)", None))
        self.resultLabel.setText("")
        self.progressLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportWizard", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"&Close", None))
    # retranslateUi

