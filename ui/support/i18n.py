"""UI language: Norwegian bokmål by default, Nynorsk or English on request.

Source strings are English; ``resources/i18n/feltkart_nb.ts`` and ``feltkart_nn.ts`` hold the bokmål and
Nynorsk translations, compiled to ``.qm`` by ``scripts/translations.py``. The chosen language is a per-user
preference (QSettings), overridden by ``--lang``.

Qt's own words (the file dialogs, the standard buttons, a text field's menu) come from Qt's ``qtbase_nn`` for
Nynorsk (with ``feltkart_qt_nn`` for what it lacks in this Qt) and, as Qt ships no bokmål, from Feltkart's own
``feltkart_qt_nb``. A Nynorsk string not yet translated shows in bokmål rather than in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.base.resources import resource_path
from ui.support.settings import Key

log = logging.getLogger(__name__)

LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
DEFAULT_LANGUAGE = "nb"
SETTINGS_KEY = Key.LANGUAGE.value
LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}  # numbers and dates: 1 255 and 27.11.2026 in Norwegian
# Feltkart's catalogues for each language, in the order they are installed: the last one installed is asked first.
CATALOGUES = {"nb": ["feltkart_qt_nb", "feltkart_nb"], "nn": ["feltkart_qt_nn", "feltkart_nb", "feltkart_nn"], "en": []}
QT_CATALOGUES = {"nn": "qtbase_nn"}  # Qt's own, from its translations folder, installed first

_current = DEFAULT_LANGUAGE
_translators: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    return _current


def locale() -> QLocale:
    """Numbers and dates in the UI language (1 255 and 27.11.2026 in bokmål and Nynorsk)."""
    return QLocale(LOCALES[_current])


def _qt_translator(app: QCoreApplication, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(name, folder):
        return translator
    import PySide6  # the bundle keeps Qt's files beside PySide6's own, wherever Qt's prefix points

    beside = str(Path(PySide6.__file__).parent / "Qt" / "translations")
    if translator.load(name, beside):
        return translator
    log.warning("Qt's translation %s is not in %s: Qt's own dialogs stay in English", name, folder)
    return None


def _own_translator(app: QCoreApplication, name: str) -> QTranslator:
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", f"{name}.qm"))):
        raise RuntimeError(f"translation file {name}.qm is missing; run scripts/translations.py")
    return translator


def install(app: QCoreApplication, lang: str) -> str:
    """Load the translations for ``lang`` into ``app``. Returns the language actually in use."""
    global _current
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    qt = _qt_translator(app, QT_CATALOGUES[lang]) if lang in QT_CATALOGUES else None
    for translator in ([qt] if qt else []) + [_own_translator(app, name) for name in CATALOGUES[lang]]:
        app.installTranslator(translator)
        _translators.append(translator)
    _current = lang
    QLocale.setDefault(locale())
    return lang
