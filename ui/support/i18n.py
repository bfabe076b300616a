"""UI language: Norwegian bokmål by default, English on request.

Source strings are English; ``resources/i18n/feltkart_nb.ts`` holds the bokmål translation, compiled to
``.qm`` by ``scripts/translations.py``. The chosen language is a per-user preference (QSettings),
overridden by ``--lang``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from core.base.resources import resource_path
from ui.support.settings import Key

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"
SETTINGS_KEY = Key.LANGUAGE.value

_current = DEFAULT_LANGUAGE
_translator: QTranslator | None = None


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    return _current


def locale() -> QLocale:
    """Numbers and dates in the UI language (1 255 and 27.11.2026 in bokmål)."""
    if _current == "nb":
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install(app: QCoreApplication, lang: str) -> str:
    """Load the translation for ``lang`` into ``app``. Returns the language actually in use."""
    global _current, _translator
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if lang != "en":
        translator = QTranslator(app)
        if not translator.load(str(resource_path("i18n", f"feltkart_{lang}.qm"))):
            raise RuntimeError(f"translation file for {lang!r} is missing; run scripts/translations.py")
        app.installTranslator(translator)
        _translator = translator
    _current = lang
    QLocale.setDefault(locale())
    return lang
