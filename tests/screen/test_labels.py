"""The shared label rules: short forms a planner recognises, and labels that never overlap."""

from __future__ import annotations

import itertools

import pytest

from scheduler_app.domain import Sector
from scheduler_app.screen.labels import (
    BESIDE_GAP,
    LABEL_PAD,
    LabelPlacer,
    fit_label,
    label_candidates,
)
from scheduler_app.screen.scene import FontRole, Rect
from tests.helpers import meeting


class FakeMetrics:
    """7 px a character, 14 px a line; BOLD and HEADER a little wider."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return len(text) * (8.0 if role in (FontRole.BOLD, FontRole.HEADER) else 7.0)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


METRICS = FakeMetrics()


@pytest.mark.parametrize(
    ("code", "body", "expected"),
    [
        (
            "ITU-T-RG-Q7/17-2029-702",
            "ITU-T RG-Q7/17",
            ("ITU-T-RG-Q7/17-2029-702", "RG-Q7/17-2029-702", "RG-Q7/17-702", "RG-Q7/17", "Q7/17"),
        ),
        (
            "ITU-D-SG1-2040-425",
            "ITU-D SG1",
            ("ITU-D-SG1-2040-425", "SG1-2040-425", "SG1-425", "SG1"),
        ),
        (
            "ITU-R-WP4/7-2041-126",
            "ITU-R WP4/7",
            ("ITU-R-WP4/7-2041-126", "WP4/7-2041-126", "WP4/7-126", "WP4/7"),
        ),
        # a demo code whose body is not recorded: the code alone says what it is
        (
            "ITU-T-RG-Q7/17-2029-702",
            "",
            ("ITU-T-RG-Q7/17-2029-702", "RG-Q7/17-2029-702", "RG-Q7/17-702", "RG-Q7/17"),
        ),
        ("PP-26", "PP", ("PP-26", "PP")),
        ("C27", "Council", ("C27",)),
        ("C26-LAST", "Council", ("C26-LAST",)),
        ("WTDC-29", "WTDC", ("WTDC-29", "WTDC")),
        ("CWG-2027-01", "", ("CWG-2027-01", "CWG-01", "CWG")),
        ("TDAG-2027", "TDAG", ("TDAG-2027", "TDAG")),
        ("RPM-AFR-25", "RPM-AFR", ("RPM-AFR-25", "RPM-AFR")),
        ("EG-ITRs-5", "EG-ITRs", ("EG-ITRs-5", "EG-ITRs")),
        ("CPM27-1", "CPM", ("CPM27-1", "CPM")),
        ("WORKSHOP-2031-55", "", ("WORKSHOP-2031-55", "WORKSHOP-55", "WORKSHOP")),
        ("EXT-MWC-2031", "", ("EXT-MWC-2031", "EXT-MWC")),
        ("IRIS-WRC27-1", "", ("IRIS-WRC27-1",)),
    ],
)
def test_candidates_shorten_real_codes_as_a_planner_would(code, body, expected):
    assert label_candidates(meeting(code, body=body)) == expected


def test_no_candidate_is_a_bare_sector_prefix():
    for code in ("ITU-D-2040-1", "ITU-T-SG2-2029-5", "ITU-D-", "ITU-R"):
        forms = label_candidates(meeting(code, sector=Sector.D))
        assert forms[0] == code  # a code is always itself first, whatever it is
        assert not {"ITU", "ITU-D", "ITU-T", "ITU-R", ""} & set(forms[1:]), forms


def test_a_meeting_without_a_code_is_named_by_its_title():
    assert label_candidates(meeting("", title="Budget retreat")) == ("Budget retreat",)


def test_fit_label_takes_the_longest_form_that_fits_with_its_padding():
    m = meeting("ITU-D-SG1-2040-425", body="ITU-D SG1")
    assert fit_label(m, 18 * 7 + LABEL_PAD, METRICS) == "ITU-D-SG1-2040-425"
    assert fit_label(m, 18 * 7 + LABEL_PAD - 0.5, METRICS) == "SG1-2040-425"
    assert fit_label(m, 7 * 7 + LABEL_PAD, METRICS) == "SG1-425"
    assert fit_label(m, 3 * 7 + LABEL_PAD, METRICS) == "SG1"
    assert fit_label(m, 3 * 7 + LABEL_PAD - 1, METRICS) == ""
    assert fit_label(m, 0, METRICS) == ""


def test_fit_label_measures_in_the_role_asked():
    m = meeting("PP-26", body="PP")
    assert fit_label(m, 5 * 7 + LABEL_PAD, METRICS, FontRole.SMALL) == "PP-26"
    assert fit_label(m, 5 * 7 + LABEL_PAD, METRICS, FontRole.BOLD) == "PP"


def test_a_label_goes_inside_a_bar_wide_enough():
    placer = LabelPlacer()
    m = meeting("PP-26", body="PP")
    text, rect, inside = placer.place("conf", Rect(100, 10, 60, 16), m, METRICS)
    assert (text, inside) == ("PP-26", True)
    assert rect == Rect(100 + LABEL_PAD / 2, 11, 60 - LABEL_PAD, 14)


def test_a_label_too_long_for_its_bar_goes_beside_it_up_to_the_limit():
    placer = LabelPlacer()
    m = meeting("ITU-D-SG1-2040-425", body="ITU-D SG1")
    text, rect, inside = placer.place("d", Rect(100, 0, 10, 16), m, METRICS, limit_right=200)
    assert not inside
    assert text == "SG1-2040-425"  # 12 characters: 84 + 4 px from 112
    assert rect.x == 110 + BESIDE_GAP and rect.right <= 200


def test_a_bar_with_no_room_beside_it_keeps_its_tooltip_only():
    placer = LabelPlacer()
    m = meeting("ITU-D-SG1-2040-425", body="ITU-D SG1")
    assert placer.place("d", Rect(100, 0, 10, 16), m, METRICS, limit_right=115) is None


def test_a_label_beside_stops_before_a_bar_already_placed_in_its_row():
    placer = LabelPlacer()
    right = meeting("PP-26", body="PP")
    left = meeting("ITU-D-SG1-2040-425", body="ITU-D SG1")
    placer.place("d", Rect(150, 0, 60, 16), right, METRICS)
    text, rect, _inside = placer.place("d", Rect(100, 0, 10, 16), left, METRICS)
    assert text == "SG1" and rect.right <= 150


def test_a_bar_too_short_for_the_text_takes_its_label_beside_it():
    placer = LabelPlacer()
    got = placer.place("r", Rect(0, 0, 200, 10), meeting("PP-26", body="PP"), METRICS)
    assert got is not None and got[2] is False


def test_rows_are_independent():
    placer = LabelPlacer()
    m = meeting("PP-26", body="PP")
    placer.reserve("a", 0, 1000)
    assert placer.place("b", Rect(10, 0, 60, 16), m, METRICS) is not None
    assert placer.place("a", Rect(10, 0, 60, 16), m, METRICS) is None


def test_reserved_intervals_merge_and_stay_disjoint():
    placer = LabelPlacer()
    for x0, x1 in ((10, 20), (30, 40), (15, 35), (50, 60)):
        placer.reserve(0, x0, x1)
    assert placer.free_until(0, 5) == 10
    assert placer.free_until(0, 25) == 25  # taken
    assert placer.free_until(0, 40) == 50  # touching the end of one is free
    assert placer.free_until(0, 60) == float("inf")


def test_a_crowded_row_never_gets_two_overlapping_labels():
    placer = LabelPlacer()
    labels = []
    codes = [f"ITU-T-RG-Q{i % 11 + 1}/17-2029-{i}" for i in range(200)]
    bars = [Rect(i * 9.0, 0, 4.0 + (i * 7) % 30, 16) for i in range(200)]
    for i, (code, bar) in enumerate(zip(codes, bars, strict=True)):
        nxt = bars[i + 1].x if i + 1 < len(bars) else float("inf")
        got = placer.place(
            0, bar, meeting(code, body=f"ITU-T {code[6:14]}"), METRICS, limit_right=nxt
        )
        if got:
            labels.append((got[1], bar))
    assert labels
    for (a, _), (b, _) in itertools.combinations(labels, 2):
        assert not a.intersects(b)
    for label, own in labels:
        for other in bars:
            if other is not own and other.x < label.right and label.x < other.right:
                raise AssertionError(f"label {label} covers bar {other}")
