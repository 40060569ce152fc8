"""The colours of the screen calendars, taken from the user's palette: a light desktop gets the
legend's pale tints (:mod:`scheduler_app.domain.legend`), a dark one dim tints of the same hues,
and in both the text and the muted text stay readable over every background tone (WCAG 2.x
contrast: 4.5:1 for text, 3:1 for muted text and for lines such as today's mark).

The canvas asks for a colour per shape, so answers are cached per palette (``QPalette.cacheKey``)
and the returned ``QColor`` objects are shared: copy one (``QColor(c)``) before changing it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

from scheduler_app.domain.legend import DECIDED_HEX, HOLIDAY_HEX, OBSERVANCE_HEX, WEEKEND_HEX
from scheduler_app.printing.charts import TODAY_HEX
from scheduler_app.screen.scene import Tone

Role = QPalette.ColorRole

TEXT_CONTRAST = 4.5  # WCAG 2.x 1.4.3, normal text
MUTED_CONTRAST = 3.0  # WCAG 2.x 1.4.3 large text and 1.4.11 non-text marks
LEVELS = 32  # density shades: a level is rounded to 1/32, so the cache stays small

_TINT_HEX: dict[Tone, str] = {
    Tone.WEEKEND: WEEKEND_HEX,
    Tone.OBSERVANCE: OBSERVANCE_HEX,
    Tone.HOLIDAY: HOLIDAY_HEX,
    Tone.DECIDED: DECIDED_HEX,
}
# How much of a hue a dark palette's tint takes: enough to tell the bands apart, little enough
# that light text stays readable over them (the readability guard has the last word)
_DARK_TINT_SHARE: dict[Tone, float] = {
    Tone.WEEKEND: 0.0,
    Tone.OBSERVANCE: 0.22,
    Tone.HOLIDAY: 0.28,
    Tone.DECIDED: 0.26,
}
_CACHE_LIMIT = 4096  # palettes come and go (a theme change, a test); drop all past this

_tones: dict[tuple[int, Tone, int], QColor] = {}
_bars: dict[tuple[int, str], tuple[QColor, QColor, QColor]] = {}


def luminance(c: QColor) -> float:
    """Relative luminance of an sRGB colour (WCAG 2.x definition), 0 for black, 1 for white."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.x contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` (0-1) of the way to ``b``, channel by channel in sRGB."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    """Whether the palette writes light text on a dark sheet (a dark desktop theme)."""
    return luminance(palette.color(Role.Base)) < luminance(palette.color(Role.Text))


def text_on_color(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill``; either way at least 4.58:1."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast(black, fill) >= contrast(white, fill) else white


def tone_color(tone: Tone, palette: QPalette, level: float = 0.0) -> QColor:
    """The colour of a scene ``tone`` under ``palette``; ``level`` (0-1) shades a DENSITY bin
    by how full it is and is ignored for the other tones. Shared: do not modify the result."""
    q = round(min(max(level, 0.0), 1.0) * LEVELS) if tone is Tone.DENSITY else 0
    key = (palette.cacheKey(), tone, q)
    found = _tones.get(key)
    if found is None:
        if len(_tones) >= _CACHE_LIMIT:
            _tones.clear()
        found = _tones[key] = _compute(tone, palette, q / LEVELS)
    return found


def bar_colors(fill_hex: str, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """A bar of kind colour ``fill_hex`` ("#rrggbb", ``legend.KIND_HEX``) under ``palette``:
    (fill, text written inside it, outline). A dark palette gets the fill a little darker and
    less saturated so it does not glare; the outline stands out from the BASE tone in both.
    Shared: do not modify the results."""
    key = (palette.cacheKey(), fill_hex)
    found = _bars.get(key)
    if found is None:
        if len(_bars) >= _CACHE_LIMIT:
            _bars.clear()
        found = _bars[key] = _bar(QColor(fill_hex), palette)
    return found


def _bar(fill: QColor, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    base = tone_color(Tone.BASE, palette)
    if is_dark(palette):
        hue = max(fill.hsvHueF(), 0.0)  # -1 for greys
        fill = QColor.fromHsvF(hue, fill.hsvSaturationF() * 0.85, fill.valueF() * 0.8)
    # the outline is the fill moved towards the palette's text (darker on light, lighter on
    # dark) until it stands 3:1 from the sheet, so pale bars keep an edge on white
    outline = _towards(
        fill, palette.color(Role.Text), 0.35, lambda c: contrast(c, base) >= MUTED_CONTRAST
    )
    return fill, text_on_color(fill), outline


def _compute(tone: Tone, palette: QPalette, level: float) -> QColor:
    base = palette.color(Role.Base)
    text = palette.color(Role.Text)
    dark = is_dark(palette)
    if tone is Tone.BASE:
        return QColor(base)
    if tone is Tone.TEXT:
        return QColor(text)
    if tone is Tone.HIGHLIGHT:
        return QColor(palette.color(Role.Highlight))
    if tone is Tone.ALTERNATE:
        return _readable_behind(mix(base, text, 0.08 if dark else 0.04), palette)
    if tone is Tone.GRID:
        return mix(base, text, 0.22 if dark else 0.17)
    if tone is Tone.MUTED:
        return _muted(palette)
    if tone is Tone.TODAY:
        return _today(palette)
    if tone is Tone.DENSITY:
        return _density(palette, level)
    return _readable_behind(_tint(tone, palette, dark), palette)


def _towards(start: QColor, end: QColor, share: float, good: Callable[[QColor], bool]) -> QColor:
    """The first colour on the way from ``start`` to ``end``, beginning ``share`` of the way
    along, that is ``good``; ``end`` if none is."""
    steps = 20
    for i in range(steps):
        c = mix(start, end, share + (1.0 - share) * i / steps)
        if good(c):
            return c
    return QColor(end)


def _density(palette: QPalette, level: float) -> QColor:
    """A density bin: the sheet shaded towards the highlight, an empty bin barely, a full one
    as far as the text still reads over it, so every level stays a different shade."""
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    accent = palette.color(Role.Highlight)
    if contrast(accent, base) < 1.5:  # a highlight of the sheet's own colour: shade with text
        accent = text
    muted = _muted(palette)
    lowest, ceiling = 0.08, 0.88
    while ceiling > lowest:
        c = mix(base, accent, ceiling)
        if contrast(text, c) >= TEXT_CONTRAST and contrast(muted, c) >= MUTED_CONTRAST:
            break
        ceiling -= 0.02
    return mix(base, accent, lowest + (max(ceiling, lowest) - lowest) * level)


def _tint(tone: Tone, palette: QPalette, dark: bool) -> QColor:
    """A background band (weekend, observance, holiday, decided period) before the guard."""
    legend = QColor(_TINT_HEX[tone])
    if not dark:
        return legend
    base = palette.color(Role.Base)
    share = _DARK_TINT_SHARE[tone]
    if share == 0.0:  # grey in the legend: a step lighter than the sheet
        return mix(base, palette.color(Role.Text), 0.07)
    return mix(base, QColor.fromHslF(max(legend.hslHueF(), 0.0), 0.65, 0.5), share)


def _muted(palette: QPalette) -> QColor:
    """Text between the sheet and the text colour, at least 3:1 from the sheet."""
    base = palette.color(Role.Base)
    return _towards(
        base, palette.color(Role.Text), 0.6, lambda c: contrast(c, base) >= MUTED_CONTRAST
    )


def _today(palette: QPalette) -> QColor:
    """Today's red, as the printed charts mark it, made to read as text (4.5:1) on the sheet:
    lightened in HSL on a dark sheet (a mix with white would turn pink sooner), darkened on a
    light one."""
    base = palette.color(Role.Base)
    red = QColor(TODAY_HEX)
    if not is_dark(palette):
        return _towards(red, QColor(0, 0, 0), 0.0, lambda c: contrast(c, base) >= TEXT_CONTRAST)
    h, s, lightness = max(red.hslHueF(), 0.0), red.hslSaturationF(), red.lightnessF()
    steps = 20
    for i in range(steps + 1):
        c = QColor.fromHslF(h, s, lightness + (1.0 - lightness) * i / steps)
        if contrast(c, base) >= TEXT_CONTRAST:
            return c
    return QColor(palette.color(Role.Text))


def _readable_behind(bg: QColor, palette: QPalette) -> QColor:
    """``bg`` moved towards the sheet until the text (4.5:1) and the muted text (3:1) both
    read over it; a palette whose own text does not read on its sheet gets the sheet."""
    text, muted = palette.color(Role.Text), _muted(palette)
    return _towards(
        bg,
        palette.color(Role.Base),
        0.0,
        lambda c: contrast(text, c) >= TEXT_CONTRAST and contrast(muted, c) >= MUTED_CONTRAST,
    )
