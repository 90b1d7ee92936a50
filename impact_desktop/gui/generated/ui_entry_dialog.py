# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(580, 380)
        EntryDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(EntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programComboLabel = QLabel(EntryDialog)
        self.programComboLabel.setObjectName(u"programComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programComboLabel)

        self.programComboBox = QVBoxLayout()
        self.programComboBox.setSpacing(2)
        self.programComboBox.setObjectName(u"programComboBox")
        self.programRow = QHBoxLayout()
        self.programRow.setObjectName(u"programRow")
        self.programCombo = QComboBox(EntryDialog)
        self.programCombo.setObjectName(u"programCombo")
        self.programCombo.setEditable(True)
        self.programCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.programRow.addWidget(self.programCombo)

        self.newProgramButton = QToolButton(EntryDialog)
        self.newProgramButton.setObjectName(u"newProgramButton")

        self.programRow.addWidget(self.newProgramButton)


        self.programComboBox.addLayout(self.programRow)

        self.programError = QLabel(EntryDialog)
        self.programError.setObjectName(u"programError")
        self.programError.setVisible(False)
        self.programError.setWordWrap(True)
        self.programError.setStyleSheet(u"color: #c62828;")

        self.programComboBox.addWidget(self.programError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.programComboBox)

        self.metricComboLabel = QLabel(EntryDialog)
        self.metricComboLabel.setObjectName(u"metricComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.metricComboLabel)

        self.metricComboBox = QVBoxLayout()
        self.metricComboBox.setSpacing(2)
        self.metricComboBox.setObjectName(u"metricComboBox")
        self.metricCombo = QComboBox(EntryDialog)
        self.metricCombo.setObjectName(u"metricCombo")

        self.metricComboBox.addWidget(self.metricCombo)

        self.metricError = QLabel(EntryDialog)
        self.metricError.setObjectName(u"metricError")
        self.metricError.setVisible(False)
        self.metricError.setWordWrap(True)
        self.metricError.setStyleSheet(u"color: #c62828;")

        self.metricComboBox.addWidget(self.metricError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.metricComboBox)

        self.valueEditLabel = QLabel(EntryDialog)
        self.valueEditLabel.setObjectName(u"valueEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueEditLabel)

        self.valueEditBox = QVBoxLayout()
        self.valueEditBox.setSpacing(2)
        self.valueEditBox.setObjectName(u"valueEditBox")
        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueEdit = QLineEdit(EntryDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueRow.addWidget(self.valueEdit)

        self.unitLabel = QLabel(EntryDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setMinimumSize(QSize(60, 0))

        self.valueRow.addWidget(self.unitLabel)

        self.currencyCombo = QComboBox(EntryDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.valueRow.addWidget(self.currencyCombo)


        self.valueEditBox.addLayout(self.valueRow)

        self.valueHint = QLabel(EntryDialog)
        self.valueHint.setObjectName(u"valueHint")
        self.valueHint.setStyleSheet(u"color: #5f6368;")

        self.valueEditBox.addWidget(self.valueHint)

        self.valueError = QLabel(EntryDialog)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setVisible(False)
        self.valueError.setWordWrap(True)
        self.valueError.setStyleSheet(u"color: #c62828;")

        self.valueEditBox.addWidget(self.valueError)

        self.currencyError = QLabel(EntryDialog)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setVisible(False)
        self.currencyError.setWordWrap(True)
        self.currencyError.setStyleSheet(u"color: #c62828;")

        self.valueEditBox.addWidget(self.currencyError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.valueEditBox)

        self.periodEditLabel = QLabel(EntryDialog)
        self.periodEditLabel.setObjectName(u"periodEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodEditLabel)

        self.periodEditBox = QVBoxLayout()
        self.periodEditBox.setSpacing(2)
        self.periodEditBox.setObjectName(u"periodEditBox")
        self.periodEdit = QLineEdit(EntryDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.periodEditBox.addWidget(self.periodEdit)

        self.periodHint = QLabel(EntryDialog)
        self.periodHint.setObjectName(u"periodHint")
        self.periodHint.setStyleSheet(u"color: #5f6368;")

        self.periodEditBox.addWidget(self.periodHint)

        self.periodError = QLabel(EntryDialog)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setVisible(False)
        self.periodError.setWordWrap(True)
        self.periodError.setStyleSheet(u"color: #c62828;")

        self.periodEditBox.addWidget(self.periodError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.periodEditBox)

        self.channelComboLabel = QLabel(EntryDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelComboBox = QVBoxLayout()
        self.channelComboBox.setSpacing(2)
        self.channelComboBox.setObjectName(u"channelComboBox")
        self.channelCombo = QComboBox(EntryDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.channelComboBox.addWidget(self.channelCombo)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.channelComboBox)

        self.inputTypeComboLabel = QLabel(EntryDialog)
        self.inputTypeComboLabel.setObjectName(u"inputTypeComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.inputTypeComboLabel)

        self.inputTypeComboBox = QVBoxLayout()
        self.inputTypeComboBox.setSpacing(2)
        self.inputTypeComboBox.setObjectName(u"inputTypeComboBox")
        self.inputTypeCombo = QComboBox(EntryDialog)
        self.inputTypeCombo.setObjectName(u"inputTypeCombo")

        self.inputTypeComboBox.addWidget(self.inputTypeCombo)

        self.inputTypeError = QLabel(EntryDialog)
        self.inputTypeError.setObjectName(u"inputTypeError")
        self.inputTypeError.setVisible(False)
        self.inputTypeError.setWordWrap(True)
        self.inputTypeError.setStyleSheet(u"color: #c62828;")

        self.inputTypeComboBox.addWidget(self.inputTypeError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.inputTypeComboBox)

        self.motivationComboLabel = QLabel(EntryDialog)
        self.motivationComboLabel.setObjectName(u"motivationComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.motivationComboLabel)

        self.motivationComboBox = QVBoxLayout()
        self.motivationComboBox.setSpacing(2)
        self.motivationComboBox.setObjectName(u"motivationComboBox")
        self.motivationCombo = QComboBox(EntryDialog)
        self.motivationCombo.setObjectName(u"motivationCombo")

        self.motivationComboBox.addWidget(self.motivationCombo)

        self.motivationError = QLabel(EntryDialog)
        self.motivationError.setObjectName(u"motivationError")
        self.motivationError.setVisible(False)
        self.motivationError.setWordWrap(True)
        self.motivationError.setStyleSheet(u"color: #c62828;")

        self.motivationComboBox.addWidget(self.motivationError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.motivationComboBox)

        self.fundingComboLabel = QLabel(EntryDialog)
        self.fundingComboLabel.setObjectName(u"fundingComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fundingComboLabel)

        self.fundingComboBox = QVBoxLayout()
        self.fundingComboBox.setSpacing(2)
        self.fundingComboBox.setObjectName(u"fundingComboBox")
        self.fundingCombo = QComboBox(EntryDialog)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.fundingComboBox.addWidget(self.fundingCombo)

        self.fundingError = QLabel(EntryDialog)
        self.fundingError.setObjectName(u"fundingError")
        self.fundingError.setVisible(False)
        self.fundingError.setWordWrap(True)
        self.fundingError.setStyleSheet(u"color: #c62828;")

        self.fundingComboBox.addWidget(self.fundingError)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.fundingComboBox)

        self.noteEditLabel = QLabel(EntryDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEditBox = QVBoxLayout()
        self.noteEditBox.setSpacing(2)
        self.noteEditBox.setObjectName(u"noteEditBox")
        self.noteEdit = QLineEdit(EntryDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteEditBox.addWidget(self.noteEdit)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.noteEditBox)


        self.dialogLayout.addLayout(self.formLayout)

        self.provenanceLabel = QLabel(EntryDialog)
        self.provenanceLabel.setObjectName(u"provenanceLabel")
        self.provenanceLabel.setWordWrap(True)
        self.provenanceLabel.setStyleSheet(u"color: #5f6368;")

        self.dialogLayout.addWidget(self.provenanceLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.programComboLabel.setBuddy(self.programCombo)
        self.metricComboLabel.setBuddy(self.metricCombo)
        self.valueEditLabel.setBuddy(self.valueEdit)
        self.periodEditLabel.setBuddy(self.periodEdit)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.inputTypeComboLabel.setBuddy(self.inputTypeCombo)
        self.motivationComboLabel.setBuddy(self.motivationCombo)
        self.fundingComboLabel.setBuddy(self.fundingCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programCombo, self.newProgramButton)
        QWidget.setTabOrder(self.newProgramButton, self.metricCombo)
        QWidget.setTabOrder(self.metricCombo, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.inputTypeCombo)
        QWidget.setTabOrder(self.inputTypeCombo, self.motivationCombo)
        QWidget.setTabOrder(self.motivationCombo, self.fundingCombo)
        QWidget.setTabOrder(self.fundingCombo, self.noteEdit)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Entry", None))
        self.programComboLabel.setText(QCoreApplication.translate("EntryDialog", u"&Program:", None))
#if QT_CONFIG(tooltip)
        self.programCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"Type part of a business unit or program name to find it", None))
#endif // QT_CONFIG(tooltip)
        self.newProgramButton.setText(QCoreApplication.translate("EntryDialog", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newProgramButton.setToolTip(QCoreApplication.translate("EntryDialog", u"Create a program (and its business unit) without leaving this form", None))
#endif // QT_CONFIG(tooltip)
        self.metricComboLabel.setText(QCoreApplication.translate("EntryDialog", u"&Metric:", None))
#if QT_CONFIG(tooltip)
        self.metricCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"What is measured; it decides the unit and the B4SI defaults", None))
#endif // QT_CONFIG(tooltip)
        self.valueEditLabel.setText(QCoreApplication.translate("EntryDialog", u"&Value:", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"e.g. 12,500 or 1.5\u4e07 or \u00a53,000", None))
#if QT_CONFIG(tooltip)
        self.valueEdit.setToolTip(QCoreApplication.translate("EntryDialog", u"Thousands separators, \u4e07 / \u4ebf and currency signs are understood", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"Currency the amount was given in", None))
#endif // QT_CONFIG(tooltip)
        self.periodEditLabel.setText(QCoreApplication.translate("EntryDialog", u"P&eriod:", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"2018-03-01, 2018-03, 2018-Q1, FY2018, 2018\u5e743\u6708", None))
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("EntryDialog", u"A day, month, quarter, calendar year or fiscal year", None))
#endif // QT_CONFIG(tooltip)
        self.channelComboLabel.setText(QCoreApplication.translate("EntryDialog", u"C&hannel:", None))
#if QT_CONFIG(tooltip)
        self.channelCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"Platform or channel the figure came through (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.inputTypeComboLabel.setText(QCoreApplication.translate("EntryDialog", u"&Input type:", None))
#if QT_CONFIG(tooltip)
        self.inputTypeCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"B4SI input: how the company contributes (defaulted from the metric)", None))
#endif // QT_CONFIG(tooltip)
        self.motivationComboLabel.setText(QCoreApplication.translate("EntryDialog", u"Mo&tivation:", None))
#if QT_CONFIG(tooltip)
        self.motivationCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"B4SI motivation: why (defaulted from the metric)", None))
#endif // QT_CONFIG(tooltip)
        self.fundingComboLabel.setText(QCoreApplication.translate("EntryDialog", u"&Funding source:", None))
#if QT_CONFIG(tooltip)
        self.fundingCombo.setToolTip(QCoreApplication.translate("EntryDialog", u"Company's own money, or leverage raised from others (defaulted from the metric)", None))
#endif // QT_CONFIG(tooltip)
        self.noteEditLabel.setText(QCoreApplication.translate("EntryDialog", u"N&ote:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"Optional comment", None))
    # retranslateUi

