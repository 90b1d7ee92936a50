"""Icons, theme and interface language on a real QApplication (state restored after each test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QStyle, QToolButton

from impact_desktop.gui.shell import i18n, theme
from impact_desktop.gui.shell.icons import app_icon, icon
from impact_desktop.gui.shell.startup import prepare_application
from impact_desktop.resources import action_icon_names


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_state(qapp):
    """Put back the style, palette, translators and default locale a test changes."""
    style, palette, locale = qapp.style().name(), qapp.palette(), QLocale()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QLocale.setDefault(locale)


def painted(image, predicate) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height()) if predicate(image.pixelColor(x, y)))


def test_every_action_icon_renders_sharp_at_high_dpi(qapp):
    for name in action_icon_names():
        pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
        assert pixmap.size() == QSize(48, 48), name
        assert pixmap.devicePixelRatio() == 2.0
        assert painted(pixmap.toImage(), lambda c: c.alpha() > 128) > 30, f"{name} renders empty"


def test_unknown_icon_is_a_programming_error(qapp):
    with pytest.raises(KeyError, match="no action icon named 'nope'"):
        icon("nope")


def test_icons_follow_the_palette_and_the_disabled_mode(app_state):
    save = icon("save")
    app_state.setPalette(theme.dark_palette())
    light_strokes = painted(save.pixmap(32).toImage(), lambda c: c.alpha() > 200 and c.lightness() > 180)
    disabled = save.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    app_state.setPalette(app_state.style().standardPalette())
    dark_strokes = painted(save.pixmap(32).toImage(), lambda c: c.alpha() > 200 and c.lightness() < 90)
    assert light_strokes > 50 and dark_strokes > 50
    muted = theme.dark_palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert painted(disabled, lambda c: c.alpha() > 200 and abs(c.red() - muted.red()) < 8) > 50
    red = icon("save", QColor("#ff0000")).pixmap(32).toImage()
    assert painted(red, lambda c: c.alpha() > 200 and c.red() > 200 and c.green() < 60) > 50


def test_app_icon_has_every_size(qapp):
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_dark_theme_uses_fusion_and_a_dark_palette_then_light_restores(app_state, settings):
    follower = theme.ThemeFollower(app_state, settings)
    assert follower.set_choice("dark") is True
    assert isinstance(app_state.style(), theme.DarkFusionStyle)
    assert app_state.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    assert app_state.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert settings.value(theme.THEME_KEY) == "dark"
    assert follower.set_choice("light") is False
    assert app_state.palette().color(QPalette.ColorRole.Window).lightness() > 180
    with pytest.raises(ValueError):
        follower.set_choice("purple")


def test_dark_palette_text_is_readable(qapp):
    palette = theme.dark_palette()
    for text, back in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                       (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                       (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert palette.color(text).lightness() - palette.color(back).lightness() > 90


def test_locale_choice(qapp):
    chinese = i18n.locale_for("zh_CN")
    assert i18n.interface_language(chinese) == "zh_CN"
    assert i18n.interface_language(i18n.locale_for("en", QLocale("zh_CN"))) == "en"
    assert i18n.locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert i18n.interface_language(i18n.locale_for("system", QLocale("zh_CN"))) == "zh_CN"
    assert i18n.interface_language(i18n.locale_for("system", QLocale("zh_TW"))) == "en"
    assert i18n.interface_language(i18n.locale_for("system", QLocale("de_DE"))) == "en"


def test_language_setting_round_trip(settings):
    assert i18n.chosen_language(settings) == "system"
    i18n.set_chosen_language(settings, "zh_CN")
    assert i18n.chosen_language(settings) == "zh_CN"
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.chosen_language(settings) == "system"
    with pytest.raises(ValueError):
        i18n.set_chosen_language(settings, "fr")


def test_chinese_translators_translate_ours_and_qts_strings(app_state):
    translators = i18n.install_translators(app_state, "zh_CN")
    try:
        assert len(translators) == 2, "our catalogue and Qt's qtbase_zh_CN"
        assert QCoreApplication.translate("FirstRunDialog", "&Start empty") == "从空白开始(&S)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QLocale().toString(1234567.5, "f", 1) == "1,234,567.5"
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        for translator in translators:
            app_state.removeTranslator(translator)
    assert QCoreApplication.translate("FirstRunDialog", "&Start empty") == "&Start empty"


def test_english_needs_no_translator(app_state):
    assert i18n.install_translators(app_state, "en", QLocale("zh_CN")) == []
    assert QLocale().language() == QLocale.Language.English


def test_prepare_application_sets_identity_icon_theme_and_language(app_state, settings):
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    settings.setValue(theme.THEME_KEY, "dark")
    prepared = prepare_application(app_state, settings)
    assert app_state.applicationName() == "Impact Desktop"
    assert app_state.desktopFileName() == "impact-desktop"
    assert not app_state.windowIcon().isNull()
    assert prepared.dark and prepared.interface_language == "en" and prepared.translators == []
    button = QToolButton()
    button.setIcon(icon("save"))
    assert not button.icon().isNull()
