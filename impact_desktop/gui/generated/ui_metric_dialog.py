# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'metric_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MetricDialog(object):
    def setupUi(self, MetricDialog):
        if not MetricDialog.objectName():
            MetricDialog.setObjectName(u"MetricDialog")
        MetricDialog.resize(540, 300)
        self.dialogLayout = QVBoxLayout(MetricDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameEditLabel = QLabel(MetricDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(MetricDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasesLabel = QLabel(MetricDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QLineEdit(MetricDialog)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.unitEditLabel = QLabel(MetricDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(MetricDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.kindComboLabel = QLabel(MetricDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(MetricDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.aggregationComboLabel = QLabel(MetricDialog)
        self.aggregationComboLabel.setObjectName(u"aggregationComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aggregationComboLabel)

        self.aggregationCombo = QComboBox(MetricDialog)
        self.aggregationCombo.setObjectName(u"aggregationCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.aggregationCombo)

        self.aggregationHint = QLabel(MetricDialog)
        self.aggregationHint.setObjectName(u"aggregationHint")
        self.aggregationHint.setText(u"")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aggregationHint)

        self.integerCheckLabel = QLabel(MetricDialog)
        self.integerCheckLabel.setObjectName(u"integerCheckLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.integerCheckLabel)

        self.integerCheck = QCheckBox(MetricDialog)
        self.integerCheck.setObjectName(u"integerCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.integerCheck)

        self.inputComboLabel = QLabel(MetricDialog)
        self.inputComboLabel.setObjectName(u"inputComboLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.inputComboLabel)

        self.inputCombo = QComboBox(MetricDialog)
        self.inputCombo.setObjectName(u"inputCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.inputCombo)

        self.motivationComboLabel = QLabel(MetricDialog)
        self.motivationComboLabel.setObjectName(u"motivationComboLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.motivationComboLabel)

        self.motivationCombo = QComboBox(MetricDialog)
        self.motivationCombo.setObjectName(u"motivationCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.motivationCombo)

        self.fundingComboLabel = QLabel(MetricDialog)
        self.fundingComboLabel.setObjectName(u"fundingComboLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.fundingComboLabel)

        self.fundingCombo = QComboBox(MetricDialog)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.fundingCombo)

        self.descriptionEditLabel = QLabel(MetricDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QLineEdit(MetricDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(MetricDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MetricDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.aggregationComboLabel.setBuddy(self.aggregationCombo)
        self.integerCheckLabel.setBuddy(self.integerCheck)
        self.inputComboLabel.setBuddy(self.inputCombo)
        self.motivationComboLabel.setBuddy(self.motivationCombo)
        self.fundingComboLabel.setBuddy(self.fundingCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.aggregationCombo)
        QWidget.setTabOrder(self.aggregationCombo, self.integerCheck)
        QWidget.setTabOrder(self.integerCheck, self.inputCombo)
        QWidget.setTabOrder(self.inputCombo, self.motivationCombo)
        QWidget.setTabOrder(self.motivationCombo, self.fundingCombo)
        QWidget.setTabOrder(self.fundingCombo, self.descriptionEdit)

        self.retranslateUi(MetricDialog)

        QMetaObject.connectSlotsByName(MetricDialog)
    # setupUi

    def retranslateUi(self, MetricDialog):
        MetricDialog.setWindowTitle(QCoreApplication.translate("MetricDialog", u"Metric", None))
        self.nameEditLabel.setText(QCoreApplication.translate("MetricDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("MetricDialog", u"How the metric is called in forms and reports", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"e.g. Recycling facilities", None))
        self.aliasesLabel.setText(QCoreApplication.translate("MetricDialog", u"Other na&mes:", None))
#if QT_CONFIG(tooltip)
        self.aliasesEdit.setToolTip(QCoreApplication.translate("MetricDialog", u"Other names of this metric, separated by semicolons: imports recognise them as column headers and metric names.", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"e.g. \u56de\u6536\u8bbe\u65bd; Recycling stations", None))
        self.unitEditLabel.setText(QCoreApplication.translate("MetricDialog", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitEdit.setToolTip(QCoreApplication.translate("MetricDialog", u"What one counts: facilities, hours, people, trees\u2026 (money metrics use the entry's currency)", None))
#endif // QT_CONFIG(tooltip)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"e.g. facilities", None))
        self.kindComboLabel.setText(QCoreApplication.translate("MetricDialog", u"&Kind of value:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("MetricDialog", u"Money keeps the currency each amount was given in; a quantity is a plain number", None))
#endif // QT_CONFIG(tooltip)
        self.aggregationComboLabel.setText(QCoreApplication.translate("MetricDialog", u"&Adds up as:", None))
#if QT_CONFIG(tooltip)
        self.aggregationCombo.setToolTip(QCoreApplication.translate("MetricDialog", u"How totals over time and across units are formed", None))
#endif // QT_CONFIG(tooltip)
        self.integerCheckLabel.setText("")
#if QT_CONFIG(tooltip)
        self.integerCheck.setToolTip(QCoreApplication.translate("MetricDialog", u"Refuse fractions such as 2.5 trees", None))
#endif // QT_CONFIG(tooltip)
        self.integerCheck.setText(QCoreApplication.translate("MetricDialog", u"Whole numbers only", None))
        self.inputComboLabel.setText(QCoreApplication.translate("MetricDialog", u"&B4SI input:", None))
#if QT_CONFIG(tooltip)
        self.inputCombo.setToolTip(QCoreApplication.translate("MetricDialog", u"Default B4SI input type for new entries of this metric (how the company contributes)", None))
#endif // QT_CONFIG(tooltip)
        self.motivationComboLabel.setText(QCoreApplication.translate("MetricDialog", u"M&otivation:", None))
#if QT_CONFIG(tooltip)
        self.motivationCombo.setToolTip(QCoreApplication.translate("MetricDialog", u"Default B4SI motivation for new entries (why)", None))
#endif // QT_CONFIG(tooltip)
        self.fundingComboLabel.setText(QCoreApplication.translate("MetricDialog", u"&Funding source:", None))
#if QT_CONFIG(tooltip)
        self.fundingCombo.setToolTip(QCoreApplication.translate("MetricDialog", u"Default funding source: the company's own money, or leverage raised from others", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEditLabel.setText(QCoreApplication.translate("MetricDialog", u"&Description:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("MetricDialog", u"Optional: what exactly is counted", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"optional", None))
    # retranslateUi

