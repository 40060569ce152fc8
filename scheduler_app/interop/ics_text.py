"""iCalendar content lines, written and read directly (RFC 5545 section 3.1).

Why not icalendar's component tree for everything: on a 20,000-event file icalendar 7.3 takes
about 13 s to parse and 6.5 s to write (project field notes), against the planner's targets of 3 s
and 1 s. The planner writes its own export profile as content lines here and tokenizes files
itself (:mod:`ics_parse` builds the :class:`Component` tree defined here); icalendar stays the
authority for what needs it (time zone definitions, recurring series) and the tests prove that
icalendar, the strict ``ical`` package and Thunderbird's ical.js read the output as meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

CRLF = "\r\n"
_SPECIAL = re.compile(r"[\\;,\r\n]")


# --- writing -------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 section 3.3.11: backslash, semicolon, comma and newline.

    >>> escape_text('a,b;c\\\\d\\ne')
    'a\\\\,b\\\\;c\\\\\\\\d\\\\ne'
    """
    if not _SPECIAL.search(value):
        return value
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def quote_param(value: str) -> str:
    """A parameter value, quoted when it holds ``:``, ``;`` or ``,`` (section 3.2)."""
    cleaned = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{cleaned}"' if any(c in cleaned for c in ":;,") else cleaned


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (section 3.1).

    >>> fold("X:" + "é" * 40).count("\\r\\n ")
    1
    """
    if len(line) <= 75 and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # never cut inside a multi-byte character
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with one space
    return "\r\n ".join(parts)


def content_line(name: str, value: str, params: Iterable[tuple[str, str]] = ()) -> str:
    """``NAME;PARAM=value:VALUE``, folded; ``value`` must already be escaped if it is TEXT."""
    if not params:
        return fold(f"{name}:{value}")
    head = name + "".join(f";{k}={quote_param(v)}" for k, v in params)
    return fold(f"{head}:{value}")


# --- reading -------------------------------------------------------------------------------------


class IcsSyntaxError(ValueError):
    """A file that is not iCalendar, with the line at fault."""

    def __init__(self, line: int, problem: str, field: str = "") -> None:
        self.line = line
        self.problem = problem
        self.field = field
        super().__init__(f"line {line}: {problem}")


class Prop(NamedTuple):
    """One content line: name (upper case), parameters (names upper case), raw value, line.

    A named tuple rather than a dataclass: :func:`ics_parse.parse` makes half a million of them
    for a 20,000-event file and builds them with ``tuple.__new__``, without a Python-level
    __init__.
    """

    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass(slots=True)
class Component:
    """A BEGIN/END block with its properties and sub-components, and where it starts."""

    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    # every logical line of the file, as written (a folded line keeps its folds)
    source: list[str] = field(default_factory=list, repr=False)
    first_index: int = 0
    last_index: int = 0
    by_name: dict[str, Prop] = field(default_factory=dict, repr=False)  # first of each name

    @property
    def text_lines(self) -> list[str]:
        """This component's own unfolded lines, BEGIN to END (to hand it to icalendar).

        An entry of ``source`` is one logical line, or a whole VEVENT block the block reader
        took at once (:mod:`ics_parse`): unfolded, what is left of its line breaks separates lines.
        """
        lines: list[str] = []
        for x in self.source[self.first_index : self.last_index + 1]:
            if "\n" in x or "\r" in x:
                lines.extend(y for y in LINE_BREAK.split(FOLD.sub("", x)) if y and not y.isspace())
            elif x and not x.isspace():
                lines.append(x)
        return lines

    def first(self, name: str) -> Prop | None:
        return self.by_name.get(name)

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def value(self, name: str, default: str = "") -> str:
        p = self.first(name)
        return p.value if p is not None else default


# A fold (a line break and one space or tab, section 3.1) and a line break (CRLF, LF or a lone CR)
FOLD = re.compile(r"(?:\r\n|\n|\r(?!\n))[ \t]")
LINE_BREAK = re.compile(r"\r\n|\n|\r")


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def _unescaped(match: re.Match[str]) -> str:
    c = match.group(1)
    return "\n" if c in "nN" else c


def unescape_text(value: str) -> str:
    r"""Undo :func:`escape_text` (``\n`` or ``\N`` is a newline; any other escaped character
    stands for itself).

    >>> unescape_text(r"Room B\, Geneva\nline\\n")
    'Room B, Geneva\nline\\n'
    """
    if "\\" not in value:
        return value
    if "\\\\" not in value:
        # Without an escaped backslash every backslash starts a pair of its own, so the usual
        # pairs can be replaced one kind at a time, in C (a Python call a match was the cost).
        plain = (
            value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
        )
        if "\\" not in plain:
            return plain
    return _ESCAPED.sub(_unescaped, value)


def split_list(value: str) -> list[str]:
    """A TEXT list (CATEGORIES) split on unescaped commas, each unescaped."""
    if "\\" not in value:  # nothing escaped: every comma separates
        return [item for item in value.split(",") if item]
    items, current, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if c == ",":
            items.append(unescape_text("".join(current)))
            current = []
        else:
            current.append(c)
        i += 1
    items.append(unescape_text("".join(current)))
    return [item for item in items if item]
