"""The screen calendars' colours read well on a light and on a dark desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from scheduler_app.domain.legend import DECIDED_HEX, HOLIDAY_HEX, KIND_HEX, OBSERVANCE_HEX
from scheduler_app.screen.scene import Tone
from scheduler_app.ui.calendar_palette import (
    bar_colors,
    contrast,
    is_dark,
    luminance,
    tone_color,
)

Role = QPalette.ColorRole
BACKGROUNDS = (
    Tone.BASE,
    Tone.ALTERNATE,
    Tone.WEEKEND,
    Tone.OBSERVANCE,
    Tone.HOLIDAY,
    Tone.DECIDED,
)
LEVELS = (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0)


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark desktop as KDE's Breeze Dark or a common Fusion dark theme sets it."""
    p = QPalette(QColor("#353535"))
    for role, hex_ in (
        (Role.Window, "#31363b"),
        (Role.Base, "#232629"),
        (Role.AlternateBase, "#31363b"),
        (Role.Text, "#eff0f1"),
        (Role.WindowText, "#eff0f1"),
        (Role.Highlight, "#3daee9"),
        (Role.HighlightedText, "#eff0f1"),
    ):
        p.setColor(role, QColor(hex_))
    return p


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    return light_palette() if request.param == "light" else dark_palette()


def test_contrast_follows_the_wcag_formula(qapp: QApplication) -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes 4.5:1
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_the_two_palettes_are_told_apart(qapp: QApplication) -> None:
    assert not is_dark(light_palette())
    assert is_dark(dark_palette())


def test_text_reads_over_every_background_tone(palette: QPalette) -> None:
    text, muted = tone_color(Tone.TEXT, palette), tone_color(Tone.MUTED, palette)
    for tone in BACKGROUNDS:
        bg = tone_color(tone, palette)
        assert contrast(text, bg) >= 4.5, tone
        assert contrast(muted, bg) >= 3.0, tone
    for level in LEVELS:
        bin_ = tone_color(Tone.DENSITY, palette, level)
        assert contrast(text, bin_) >= 4.5, level
        assert contrast(muted, bin_) >= 3.0, level


def test_bands_and_lines_are_visible_on_the_sheet(palette: QPalette) -> None:
    base = tone_color(Tone.BASE, palette)
    for tone in (Tone.GRID, Tone.OBSERVANCE, Tone.HOLIDAY, Tone.DECIDED):
        assert tone_color(tone, palette).rgb() != base.rgb(), tone
    assert contrast(tone_color(Tone.GRID, palette), base) >= 1.3
    # today's mark is red and reads as text on the sheet
    today = tone_color(Tone.TODAY, palette)
    assert contrast(today, base) >= 4.5
    assert today.hslHue() <= 15 or today.hslHue() >= 345
    assert today.hslSaturation() > 150


def test_density_shades_grow_with_the_level(palette: QPalette) -> None:
    base = tone_color(Tone.BASE, palette)
    shades = [contrast(tone_color(Tone.DENSITY, palette, lv), base) for lv in LEVELS]
    assert shades == sorted(shades) and len(set(shades)) == len(shades)
    assert shades[-1] >= 1.4  # a full bin stands out from an empty sheet


def test_a_light_palette_uses_the_legend_tints(qapp: QApplication) -> None:
    p = light_palette()
    assert tone_color(Tone.OBSERVANCE, p).name() == OBSERVANCE_HEX
    assert tone_color(Tone.HOLIDAY, p).name() == HOLIDAY_HEX
    assert tone_color(Tone.DECIDED, p).name() == DECIDED_HEX
    assert tone_color(Tone.BASE, p).rgb() == p.color(Role.Base).rgb()
    assert tone_color(Tone.HIGHLIGHT, p).rgb() == p.color(Role.Highlight).rgb()


def test_a_dark_palette_gets_dark_tones_of_the_same_hues(qapp: QApplication) -> None:
    light, dark = light_palette(), dark_palette()
    for tone in (*BACKGROUNDS, Tone.GRID, Tone.DENSITY):
        assert luminance(tone_color(tone, dark)) < luminance(tone_color(tone, light)), tone
        assert luminance(tone_color(tone, dark)) < 0.1, tone
    for tone, hex_ in (
        (Tone.OBSERVANCE, OBSERVANCE_HEX),
        (Tone.HOLIDAY, HOLIDAY_HEX),
        (Tone.DECIDED, DECIDED_HEX),
    ):
        hue = tone_color(tone, dark).hslHue()
        assert abs(hue - QColor(hex_).hslHue()) <= 20, tone


def test_bar_text_reads_on_every_kind_colour(palette: QPalette) -> None:
    base = tone_color(Tone.BASE, palette)
    for kind, hex_ in KIND_HEX.items():
        fill, text, outline = bar_colors(hex_, palette)
        assert contrast(text, fill) >= 4.5, kind
        assert contrast(outline, base) >= 1.5, kind


def test_a_dark_palette_tones_bars_down_but_keeps_their_hue(qapp: QApplication) -> None:
    dark = dark_palette()
    for kind, hex_ in KIND_HEX.items():
        legend = QColor(hex_)
        fill, _, _ = bar_colors(hex_, dark)
        assert luminance(fill) < luminance(legend), kind
        if legend.hsvSaturation() > 40:
            assert abs(fill.hsvHue() - legend.hsvHue()) <= 3, kind
    light_fill, _, _ = bar_colors(KIND_HEX[next(iter(KIND_HEX))], light_palette())
    assert light_fill.name() == next(iter(KIND_HEX.values()))


def test_a_changed_palette_is_not_answered_from_the_cache(qapp: QApplication) -> None:
    p = light_palette()
    assert tone_color(Tone.BASE, p).name() == "#ffffff"
    p.setColor(Role.Base, QColor("#fdf6e3"))
    assert tone_color(Tone.BASE, p).name() == "#fdf6e3"
    assert bar_colors("#1565c0", p)[2].rgb() != bar_colors("#1565c0", dark_palette())[2].rgb()
