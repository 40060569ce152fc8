"""The platform's text metrics for the screen layouts (``screen.scene.Metrics``), at the user's
font size: the layouts measure thousands of labels per view, so widths are cached per font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QWidget

from scheduler_app.screen.scene import FontRole

# A layout asks for the same few thousand codes over and over (every zoom step); past this many
# distinct strings per font the cache starts again rather than growing without end.
_CACHE_LIMIT = 50_000


def role_fonts(base: QFont) -> dict[FontRole, QFont]:
    """The font of each role for a widget whose font is ``base``.

    SMALL is the desktop's smallest readable font, but never smaller than that and never larger
    than ``base``; HEADER is a little larger than ``base``, bold."""
    small = QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont)
    small.setFamily(base.family())
    if _size(small) > _size(base):
        small = QFont(base)
    bold = QFont(base)
    bold.setBold(True)
    header = QFont(bold)
    if base.pointSizeF() > 0:
        header.setPointSizeF(base.pointSizeF() * 1.2)
    else:
        header.setPixelSize(round(base.pixelSize() * 1.2))
    return {FontRole.NORMAL: QFont(base), FontRole.SMALL: small, FontRole.BOLD: bold,
            FontRole.HEADER: header}  # fmt: skip


def _size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


class QtMetrics:
    """Text widths and line heights in pixels, per :class:`FontRole`, for one widget's font.

    Built from a widget (its font) or a font; the painter draws with :meth:`font` so what is
    drawn is what was measured."""

    def __init__(self, source: QWidget | QFont) -> None:
        base = source.font() if isinstance(source, QWidget) else QFont(source)
        self._fonts = role_fonts(base)
        self._metrics = {role: QFontMetricsF(font) for role, font in self._fonts.items()}
        self._heights = {role: m.height() for role, m in self._metrics.items()}
        self._widths: dict[FontRole, dict[str, float]] = {role: {} for role in self._fonts}

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        cache = self._widths[role]
        w = cache.get(text)
        if w is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            w = cache[text] = self._metrics[role].horizontalAdvance(text)
        return w

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return self._heights[role]

    def ascent(self, role: FontRole = FontRole.NORMAL) -> float:
        return self._metrics[role].ascent()

    def font(self, role: FontRole = FontRole.NORMAL) -> QFont:
        """The font text of ``role`` is drawn in (the one it was measured in)."""
        return self._fonts[role]
