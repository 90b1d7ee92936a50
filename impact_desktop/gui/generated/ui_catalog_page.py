# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CatalogPage(object):
    def setupUi(self, CatalogPage):
        if not CatalogPage.objectName():
            CatalogPage.setObjectName(u"CatalogPage")
        CatalogPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(CatalogPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addUnitButton = QPushButton(CatalogPage)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.actionsLayout.addWidget(self.addUnitButton)

        self.addProgramButton = QPushButton(CatalogPage)
        self.addProgramButton.setObjectName(u"addProgramButton")

        self.actionsLayout.addWidget(self.addProgramButton)

        self.addChannelButton = QPushButton(CatalogPage)
        self.addChannelButton.setObjectName(u"addChannelButton")

        self.actionsLayout.addWidget(self.addChannelButton)

        self.renameButton = QPushButton(CatalogPage)
        self.renameButton.setObjectName(u"renameButton")

        self.actionsLayout.addWidget(self.renameButton)

        self.editButton = QPushButton(CatalogPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(CatalogPage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionsLayout.addWidget(self.archiveButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.showArchivedCheck = QCheckBox(CatalogPage)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.actionsLayout.addWidget(self.showArchivedCheck)


        self.pageLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CatalogPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(CatalogPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treeStack = QStackedWidget(self.splitter)
        self.treeStack.setObjectName(u"treeStack")
        self.tree = QTreeWidget()
        self.tree.setObjectName(u"tree")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.treeStack.addWidget(self.tree)
        self.treeEmptyLabel = QLabel()
        self.treeEmptyLabel.setObjectName(u"treeEmptyLabel")
        self.treeEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.treeEmptyLabel.setWordWrap(True)
        self.treeStack.addWidget(self.treeEmptyLabel)
        self.splitter.addWidget(self.treeStack)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.detailEmptyLabel = QLabel()
        self.detailEmptyLabel.setObjectName(u"detailEmptyLabel")
        self.detailEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detailEmptyLabel.setWordWrap(True)
        self.detailStack.addWidget(self.detailEmptyLabel)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.titleLabel = QLabel(self.detailPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.titleLabel)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.kindCaption = QLabel(self.detailPage)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.detailPage)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setText(u"\u2014")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.unitCaption = QLabel(self.detailPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.detailPage)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"\u2014")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.statusCaption = QLabel(self.detailPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.detailPage)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"\u2014")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.datesCaption = QLabel(self.detailPage)
        self.datesCaption.setObjectName(u"datesCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.datesCaption)

        self.datesValue = QLabel(self.detailPage)
        self.datesValue.setObjectName(u"datesValue")
        self.datesValue.setText(u"\u2014")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.datesValue)

        self.causeCaption = QLabel(self.detailPage)
        self.causeCaption.setObjectName(u"causeCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.causeCaption)

        self.causeValue = QLabel(self.detailPage)
        self.causeValue.setObjectName(u"causeValue")
        self.causeValue.setText(u"\u2014")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.causeValue)

        self.geographyCaption = QLabel(self.detailPage)
        self.geographyCaption.setObjectName(u"geographyCaption")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.geographyCaption)

        self.geographyValue = QLabel(self.detailPage)
        self.geographyValue.setObjectName(u"geographyValue")
        self.geographyValue.setText(u"\u2014")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.geographyValue)

        self.descriptionCaption = QLabel(self.detailPage)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionValue = QLabel(self.detailPage)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setText(u"\u2014")
        self.descriptionValue.setWordWrap(True)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionValue)

        self.namesCaption = QLabel(self.detailPage)
        self.namesCaption.setObjectName(u"namesCaption")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.namesCaption)

        self.namesValue = QLabel(self.detailPage)
        self.namesValue.setObjectName(u"namesValue")
        self.namesValue.setText(u"\u2014")
        self.namesValue.setWordWrap(True)
        self.namesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.namesValue)


        self.detailLayout.addLayout(self.detailForm)

        self.figuresCaption = QLabel(self.detailPage)
        self.figuresCaption.setObjectName(u"figuresCaption")
        self.figuresCaption.setText(u"\u2014")

        self.detailLayout.addWidget(self.figuresCaption)

        self.figuresTable = QTableWidget(self.detailPage)
        if (self.figuresTable.columnCount() < 3):
            self.figuresTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresTable.setAlternatingRowColors(True)
        self.figuresTable.horizontalHeader().setStretchLastSection(True)
        self.figuresTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.figuresTable)

        self.figuresNote = QLabel(self.detailPage)
        self.figuresNote.setObjectName(u"figuresNote")
        self.figuresNote.setText(u"")
        self.figuresNote.setWordWrap(True)

        self.detailLayout.addWidget(self.figuresNote)

        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.tree, self.addUnitButton)
        QWidget.setTabOrder(self.addUnitButton, self.addProgramButton)
        QWidget.setTabOrder(self.addProgramButton, self.addChannelButton)
        QWidget.setTabOrder(self.addChannelButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.showArchivedCheck)
        QWidget.setTabOrder(self.showArchivedCheck, self.figuresTable)

        self.retranslateUi(CatalogPage)

        QMetaObject.connectSlotsByName(CatalogPage)
    # setupUi

    def retranslateUi(self, CatalogPage):
        CatalogPage.setWindowTitle(QCoreApplication.translate("CatalogPage", u"Business units & programs", None))
#if QT_CONFIG(tooltip)
        self.addUnitButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Add a business unit, nested under the selected one if any (Ctrl+Shift+B)", None))
#endif // QT_CONFIG(tooltip)
        self.addUnitButton.setText(QCoreApplication.translate("CatalogPage", u"Add business unit\u2026", None))
#if QT_CONFIG(tooltip)
        self.addProgramButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Add a program to the selected business unit (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
        self.addProgramButton.setText(QCoreApplication.translate("CatalogPage", u"Add program\u2026", None))
#if QT_CONFIG(tooltip)
        self.addChannelButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Add a channel: a platform or route through which money and time come in", None))
#endif // QT_CONFIG(tooltip)
        self.addChannelButton.setText(QCoreApplication.translate("CatalogPage", u"Add channel\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Rename the selected item in place (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("CatalogPage", u"Rename", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Edit every detail of the selected item (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CatalogPage", u"Edit details\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Archive the selected item: it stays in reports of past periods but leaves pickers", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("CatalogPage", u"Archive", None))
#if QT_CONFIG(tooltip)
        self.showArchivedCheck.setToolTip(QCoreApplication.translate("CatalogPage", u"Also list archived business units and programs (shown greyed)", None))
#endif // QT_CONFIG(tooltip)
        self.showArchivedCheck.setText(QCoreApplication.translate("CatalogPage", u"Show archived", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CatalogPage", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CatalogPage", u"Name", None))
#if QT_CONFIG(tooltip)
        self.tree.setToolTip(QCoreApplication.translate("CatalogPage", u"Business units with their nested units and programs, then the channels. F2 renames, Enter edits details.", None))
#endif // QT_CONFIG(tooltip)
        self.treeEmptyLabel.setText(QCoreApplication.translate("CatalogPage", u"No business units yet.\n"
"\n"
"Click \u201cAdd business unit\u2026\u201d to create the first one (for example your group), then add programs to it.", None))
        self.detailEmptyLabel.setText(QCoreApplication.translate("CatalogPage", u"Select a business unit, program or channel to see its details and figures to date.", None))
        self.kindCaption.setText(QCoreApplication.translate("CatalogPage", u"Kind:", None))
        self.unitCaption.setText(QCoreApplication.translate("CatalogPage", u"Business unit:", None))
        self.statusCaption.setText(QCoreApplication.translate("CatalogPage", u"Status:", None))
        self.datesCaption.setText(QCoreApplication.translate("CatalogPage", u"Dates:", None))
        self.causeCaption.setText(QCoreApplication.translate("CatalogPage", u"Cause area:", None))
        self.geographyCaption.setText(QCoreApplication.translate("CatalogPage", u"Geography:", None))
        self.descriptionCaption.setText(QCoreApplication.translate("CatalogPage", u"Description:", None))
        self.namesCaption.setText(QCoreApplication.translate("CatalogPage", u"Other names:", None))
        ___qtablewidgetitem = self.figuresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CatalogPage", u"Metric", None))
        ___qtablewidgetitem1 = self.figuresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CatalogPage", u"To date", None))
        ___qtablewidgetitem2 = self.figuresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CatalogPage", u"How it adds up", None))
#if QT_CONFIG(tooltip)
        self.figuresTable.setToolTip(QCoreApplication.translate("CatalogPage", u"Totals of every entry recorded so far, each metric added up by its own rule", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

