"""The planner's six languages without Qt: the language chosen, its messages and its locale.

The window (``ui/i18n.py``) installs Qt's translators for its widgets; everything drawn or
written without Qt (rule findings, printed pages, the screen layouts, the command line's text)
asks this package. Both read the same ``.ts`` catalogues, so one translation serves both.
"""

from scheduler_app.i18n.catalogue import QT_TRANSLATE_NOOP, translate, translations_dir
from scheduler_app.i18n.formats import (
    babel_locale,
    day,
    day_range,
    first_weekday,
    isolate,
    month_name,
    month_year,
    number,
    quarter,
    territory_name,
    weekday_name,
)
from scheduler_app.i18n.languages import (
    LANGUAGES,
    LOCALES,
    NATIVE_NAMES,
    RIGHT_TO_LEFT,
    is_right_to_left,
    language,
    set_language,
    system_language,
    using_language,
)

__all__ = [
    "LANGUAGES",
    "LOCALES",
    "NATIVE_NAMES",
    "QT_TRANSLATE_NOOP",
    "RIGHT_TO_LEFT",
    "babel_locale",
    "day",
    "day_range",
    "first_weekday",
    "is_right_to_left",
    "isolate",
    "language",
    "month_name",
    "month_year",
    "number",
    "quarter",
    "set_language",
    "system_language",
    "territory_name",
    "translate",
    "translations_dir",
    "using_language",
    "weekday_name",
]
