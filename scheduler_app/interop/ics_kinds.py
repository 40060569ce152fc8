"""Which kind of meeting an event is, and its ITU code, from its categories and title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scheduler_app.domain import MeetingKind
from scheduler_app.domain.kinds import KIND_LABELS

LABEL_KINDS = {label.casefold(): kind for kind, label in KIND_LABELS.items()}
SLUG_KINDS = {kind.value: kind for kind in MeetingKind}


_CODE = re.compile(
    r"\b(PP|WTDC|WTSA|WRC|RA|WCIT|CPM\d{2}|RPM|EG-ITRs|C)-?(\d{2})(?:-(\d+|[A-Z]+))?\b"
)
_COUNCIL = re.compile(r"\bCouncil\s+(\d{4})\b", re.IGNORECASE)
_RG = re.compile(r"\bSG(\d+)\s+RG\s+Q(\d+)/(\d+)\b", re.IGNORECASE)
_ACRONYM_KINDS = {
    "PP": MeetingKind.PP,
    "WTDC": MeetingKind.WTDC,
    "WTSA": MeetingKind.WTSA,
    "WRC": MeetingKind.WRC,
    "RA": MeetingKind.RA,
    "WCIT": MeetingKind.WCIT,
    "RPM": MeetingKind.RPM,
    "EG-ITRS": MeetingKind.CWG,
    "C": MeetingKind.COUNCIL,
}
_WORD_KINDS = [
    (re.compile(r"\bTDAG|TSAG|RAG\b"), MeetingKind.ADVISORY_GROUP),
    (re.compile(r"\bstudy group\b|\bSG\d+\b", re.IGNORECASE), MeetingKind.STUDY_GROUP),
    (re.compile(r"\bworking party\b|\bWP\d", re.IGNORECASE), MeetingKind.WORKING_PARTY),
    (re.compile(r"\brapporteur\b|\bRG\b", re.IGNORECASE), MeetingKind.RAPPORTEUR_GROUP),
    (re.compile(r"\bCWG\b|council working group", re.IGNORECASE), MeetingKind.CWG),
    (re.compile(r"\bforum\b|\bsymposium\b|\bGSR\b", re.IGNORECASE), MeetingKind.FORUM),
    (re.compile(r"\bworkshop\b", re.IGNORECASE), MeetingKind.WORKSHOP),
]


# Any of the word patterns, so that a title matching none (the common case) costs one search
# instead of seven; the patterns are still tried in order to decide which one it is.
_ANY_WORD = re.compile(
    "|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
        for p, _kind in _WORD_KINDS
    )
)


def _word_kind(summary: str) -> MeetingKind | None:
    if not _ANY_WORD.search(summary):
        return None
    return next((kind for pattern, kind in _WORD_KINDS if pattern.search(summary)), None)


_RELATED = re.compile(
    r"\b(briefing|preparatory|prep|workshop|webinar|information|info|side event|reception|"
    r"orientation|training|seminar|rehearsal|consultation|dinner|registration|"
    r"deadline|session on|event on|symposium|forum)\b",
    re.IGNORECASE,
)


def guess_kind_and_code(summary: str, categories: Sequence[str]) -> tuple[MeetingKind, str]:
    """Kind and code from CATEGORIES, else from the ITU acronym in the summary, else ``other``.

    >>> guess_kind_and_code("WTDC-25 opening", [])
    (<MeetingKind.WTDC: 'wtdc'>, 'WTDC-25')
    >>> guess_kind_and_code("ITU Council 2027", [])
    (<MeetingKind.COUNCIL: 'council'>, 'C27')
    >>> guess_kind_and_code("SG1 RG Q3/1", [])
    (<MeetingKind.RAPPORTEUR_GROUP: 'rapporteur-group'>, '')
    >>> guess_kind_and_code("WRC-27 briefing for delegates", [])
    (<MeetingKind.OTHER: 'other'>, '')
    """
    kind: MeetingKind | None = None
    for category in categories:
        key = category.strip().casefold()
        kind = SLUG_KINDS.get(key) or LABEL_KINDS.get(key)
        if kind:
            break
    title_kind, code = _from_title(summary)
    return kind or title_kind or MeetingKind.OTHER, code


# Titles by shape (every ASCII digit written 0) when they carry no code: the patterns only ever
# ask whether a character is a digit, so "Team meeting 12" and "Team meeting 47" are read the
# same way, and a calendar of 20,000 such titles costs a dictionary look-up a title. Bounded in
# number and length, so a hostile file cannot fill memory with titles.
_DIGITS = str.maketrans("123456789", "000000000")
_SHAPES: dict[str, MeetingKind | None] = {}


def _from_title(summary: str) -> tuple[MeetingKind | None, str]:
    """Kind (None: nothing in the title says) and code from the title alone."""
    shape = summary.translate(_DIGITS)
    if shape in _SHAPES:
        return _SHAPES[shape], ""
    kind, code = _read_title(summary)
    if not code and len(shape) <= 200 and len(_SHAPES) < 4096:
        _SHAPES[shape] = kind
    return kind, code


def _read_title(summary: str) -> tuple[MeetingKind | None, str]:
    kind: MeetingKind | None = None
    code = ""
    if _RG.search(summary):
        kind = MeetingKind.RAPPORTEUR_GROUP
    related = _RELATED.search(summary)
    if related:  # "WRC-27 briefing" is not WRC-27: no code, and the acronym decides no kind
        return kind or _word_kind(summary), ""
    if m := _CODE.search(summary):
        acronym = m.group(1).upper()
        code = m.group(0) if acronym != "C" else f"C{m.group(2)}"
        kind = (
            kind
            or _ACRONYM_KINDS.get(acronym)
            or (MeetingKind.CPM if acronym.startswith("CPM") else None)
        )
    elif m := _COUNCIL.search(summary):
        code = f"C{m.group(1)[2:]}"
        kind = kind or MeetingKind.COUNCIL
    return kind or _word_kind(summary), code
