"""iCalendar content lines, written and read directly (RFC 5545 section 3.1).

Why not icalendar's component tree for everything: on a 20,000-event file icalendar 7.3 takes
about 13 s to parse and 6.5 s to write (project field notes), against the planner's targets of 3 s
and 1 s. The planner writes its own export profile as content lines here and tokenizes files
itself; icalendar stays the authority for what needs it (time zone definitions, recurring series)
and the tests prove that icalendar, the strict ``ical`` package and Thunderbird's ical.js read the
output as meant.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterable, Iterator
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

    A named tuple rather than a dataclass: :func:`parse` makes half a million of them for a
    20,000-event file and builds them with ``tuple.__new__``, without a Python-level __init__.
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
        """This component's own unfolded lines, BEGIN to END (to hand it to icalendar)."""
        return [
            _FOLDED.sub("", x) if "\n" in x or "\r" in x else x
            for x in self.source[self.first_index : self.last_index + 1]
            if x and not x.isspace()
        ]

    def first(self, name: str) -> Prop | None:
        return self.by_name.get(name)

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def value(self, name: str, default: str = "") -> str:
        p = self.first(name)
        return p.value if p is not None else default


_LOGICAL = re.compile(r"(?:\r\n|\n|\r(?!\n))(?![ \t])")
_FOLDED = re.compile(r"(?:\r\n|\n|\r(?!\n))[ \t]")
_BREAK = re.compile(r"\r\n|\n|\r")


def unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the physical line number each starts on (CRLF, LF or CR endings).

    Splits with regular expressions rather than line by line: a 20,000-event file has half a
    million lines and this is on the path of every import.
    """
    number = 1
    for chunk in _LOGICAL.split(text):
        if "\n" in chunk or "\r" in chunk:
            yield number, _FOLDED.sub("", chunk)
            number += len(_BREAK.findall(chunk)) + 1
        else:
            yield number, chunk
            number += 1


_NAME = re.compile(r"[A-Za-z0-9-]+")
_SIMPLE = re.compile(r"([A-Za-z0-9-]+):")


def split_line(number: int, line: str) -> Prop:
    """Split ``NAME;P=V;Q="x:y":VALUE`` into its parts (quoted parameter values may hold ``:``)."""
    if simple := _SIMPLE.match(line):  # most lines have no parameters
        return Prop(simple.group(1).upper(), {}, line[simple.end() :], number)
    m = _NAME.match(line)
    if m is None:
        raise IcsSyntaxError(number, f"not a content line: {line[:40]!r}")
    name = m.group(0).upper()
    i = m.end()
    params: dict[str, str] = {}
    while i < len(line) and line[i] == ";":
        j = line.find("=", i)
        if j < 0:
            raise IcsSyntaxError(number, f"parameter without a value in {name}")
        key = line[i + 1 : j].upper()
        i = j + 1
        values = []
        while True:
            if i < len(line) and line[i] == '"':
                k = line.find('"', i + 1)
                if k < 0:
                    raise IcsSyntaxError(number, f"unclosed quote in a parameter of {name}")
                values.append(line[i + 1 : k])
                i = k + 1
            else:
                k = i
                while k < len(line) and line[k] not in ";:,":
                    k += 1
                values.append(line[i:k])
                i = k
            if i < len(line) and line[i] == ",":
                i += 1
                continue
            break
        params[key] = ",".join(values)
    if i >= len(line) or line[i] != ":":
        raise IcsSyntaxError(number, f"not a content line (NAME:VALUE): {line[:40]!r}")
    return Prop(name, params, line[i + 1 :], number)


_NO_PARAMS: dict[str, str] = {}
_PLAIN_PARAMS = re.compile(r"[A-Za-z0-9-]+(?:;[^;=:\"]*=[^;:\"]*)+")
# Property names as written, upper-cased: a look-up is cheaper than str.upper() on each of half
# a million lines. Bounded, so a hostile file with a million names cannot grow it.
_UPPER: dict[str, str] = {}


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Reading a 20,000-event file makes half a million of them, which otherwise trigger hundreds of
    collections that find nothing: about a third of the reading time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


KEPT = frozenset({"VEVENT", "VTIMEZONE"})


def parse(
    text: str, warnings: list[tuple[int, str]] | None = None, kept: frozenset[str] = KEPT
) -> list[Component]:
    r"""The top-level components of a text (normally one VCALENDAR).

    Without ``warnings`` every fault is an :class:`IcsSyntaxError`. With a list, the parse is
    strict only inside the components the caller imports (``kept``: VEVENT and VTIMEZONE, and
    anything nested in them); a broken line elsewhere (inside a VTODO, VJOURNAL, VFREEBUSY or an
    unknown component, directly in the VCALENDAR, or after END:VCALENDAR) is skipped and reported
    as ``(line, what was skipped)``. A file that ends inside a component is refused either way:
    it was cut short.

    >>> warnings = []
    >>> [c.name for c in parse("BEGIN:VCALENDAR\nEND:VCALENDAR\nstray\n", warnings)]
    ['VCALENDAR']
    >>> warnings
    [(3, "a line outside BEGIN:VCALENDAR ... END:VCALENDAR: 'stray'")]
    """
    with paused_gc():
        return _parse(text, warnings, kept)


def _parse(
    text: str, warnings: list[tuple[int, str]] | None, kept: frozenset[str]
) -> list[Component]:
    roots: list[Component] = []
    stack: list[Component] = []
    source = _LOGICAL.split(text)  # the logical lines, folds still in them
    strict = 0  # how many of the open components are kept (parsed strictly)
    tolerant = warnings is not None
    top: Component | None = None
    new_prop = tuple.__new__

    def skip(number: int, problem: str) -> None:
        if not tolerant or strict:
            raise IcsSyntaxError(number, problem)
        assert warnings is not None
        warnings.append((number, problem))

    following = 1  # the physical line the next logical line starts on
    for index, chunk in enumerate(source):
        number = following
        if "\n" in chunk or "\r" in chunk:  # a folded line (rare): unfold it, count its lines
            following += len(_BREAK.findall(chunk)) + 1
            line = _FOLDED.sub("", chunk)
        else:
            following += 1
            line = chunk
        if not line or (line[0] <= " " and line.isspace()):
            continue
        colon = line.find(":")
        if colon > 0 and line.find(";", 0, colon) < 0:  # the common case: no parameters
            name = line[:colon]
            upper = _UPPER.get(name)
            if upper is None:
                upper = name.upper()
                if len(_UPPER) < 4096:
                    _UPPER[name] = upper
            name = upper
            params, value = _NO_PARAMS, line[colon + 1 :]
        elif colon > 0 and '"' not in line[:colon] and _PLAIN_PARAMS.fullmatch(line, 0, colon):
            # ``DTSTART;VALUE=DATE:...``: parameters without quotes split as split_line would
            head = line[:colon].split(";")
            name = head[0].upper()
            params = {k.upper(): v for k, _, v in (p.partition("=") for p in head[1:])}
            value = line[colon + 1 :]
        else:
            try:
                name, params, value, _ = split_line(number, line)
            except IcsSyntaxError as exc:
                if top is None:
                    skip(number, f"a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line[:40]!r}")
                else:
                    skip(number, f"{exc.problem} inside {top.name}")
                continue
        if top is not None and name != "BEGIN" and name != "END":
            prop = new_prop(Prop, (name, params, value, number))
            top.props.append(prop)
            top.by_name.setdefault(name, prop)
        elif name == "BEGIN":
            comp = Component(value.strip().upper(), number, source=source)
            comp.first_index = index
            if top is not None:
                top.children.append(comp)
            else:
                roots.append(comp)
            stack.append(comp)
            top = comp
            if comp.name in kept:
                strict += 1
        elif top is None:
            skip(number, f"a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line[:40]!r}")
        else:
            ended = value.strip().upper()
            if top.name != ended:
                if not tolerant or strict or ended not in [c.name for c in stack]:
                    skip(number, f"END:{ended} closes BEGIN:{top.name}")
                    continue
                while stack[-1].name != ended:  # components left open inside skipped ones
                    unclosed = stack.pop()
                    unclosed.last_index = index - 1
                    skip(unclosed.line, f"BEGIN:{unclosed.name} is never closed")
            closed = stack.pop()
            closed.last_index = index
            top = stack[-1] if stack else None
            if closed.name in kept:
                strict -= 1
    if stack:
        raise IcsSyntaxError(stack[-1].line, f"BEGIN:{stack[-1].name} is never closed")
    return roots


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
    return _ESCAPED.sub(_unescaped, value)


def split_list(value: str) -> list[str]:
    """A TEXT list (CATEGORIES) split on unescaped commas, each unescaped."""
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
