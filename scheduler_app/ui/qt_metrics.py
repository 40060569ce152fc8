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

    SMALL is the desktop's smallest readable font (in ``base``'s family) and nothing is smaller:
    a ``base`` below it is raised to it. BOLD is ``base`` in bold, HEADER a fifth larger."""
    small = QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont)
    small.setFamily(base.family())
    normal = QFont(base)
    if _size(normal) < _size(small):
        _set_size(normal, _size(small))
    bold = QFont(normal)
    bold.setBold(True)
    header = QFont(bold)
    _set_size(header, _size(normal) * 1.2)
    return {FontRole.NORMAL: normal, FontRole.SMALL: small, FontRole.BOLD: bold,
            FontRole.HEADER: header}  # fmt: skip


def _set_size(font: QFont, points: float) -> None:
    font.setPointSizeF(points)


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
