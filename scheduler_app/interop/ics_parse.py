"""Reading iCalendar text into components (RFC 5545 section 3.1 content lines, 3.4 and 3.6).

Two readers, one result. :class:`_LineReader` takes any text a logical line at a time and is the
authority: strict inside the components the caller imports, tolerant (with a warning naming the
line) elsewhere, every fault with the physical line it starts on. Most of a large file is VEVENT
blocks, and nearly all of them are plain, so :func:`parse` first finds whole ``BEGIN:VEVENT`` ...
``END:VEVENT`` blocks (``str.find``) and reads a plain one at once: split into lines, each line
partitioned at its first colon, the heads looked up in a table of heads already read, the
properties built, all with C-level string and ``map`` calls over the whole block instead of a
Python loop over its lines. A block that is not plain in any way (a nested VALARM, a blank or
broken line, a lone CR or mixed line breaks, a fold inside a name) goes to the line reader, so it
reads exactly as it always did; tests compare both readers' trees, warnings and errors on every
fixture, corpus file, fuzz mutant and generated file (``tests/fuzz/agree.py``).

Measured on 20,000 plain events (6.3 MB, 2-core machine): the line reader 0.35-0.45 s, the block
reader about two thirds of that; what is left is mostly building the half a million objects.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat

from scheduler_app.i18n import translate
from scheduler_app.interop.ics_text import FOLD, LINE_BREAK, Component, IcsSyntaxError, Prop

_LOGICAL = re.compile(r"(?:\r\n|\n|\r(?!\n))(?![ \t])")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_SIMPLE = re.compile(r"([A-Za-z0-9-]+):")
_NO_PARAMS: dict[str, str] = {}
# for each line break: a fold with a space, with a tab, and a blank line
_FOLDS = {sep: (sep + " ", sep + "\t", sep + sep) for sep in ("\n", "\r\n")}
_FOLDED = (" ", "\t")  # what starts a line that continues the one before
_PLAIN_PARAMS = re.compile(r"[A-Za-z0-9-]+(?:;[^;=:\"]*=[^;:\"]*)+")
# Property names as written, upper-cased: a look-up is cheaper than str.upper() on each of half
# a million lines. Bounded, so a hostile file with a million names cannot grow it.
_UPPER: dict[str, str] = {}

KEPT = frozenset({"VEVENT", "VTIMEZONE"})


def unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the physical line number each starts on (CRLF, LF or CR endings)."""
    number = 1
    for chunk in _LOGICAL.split(text):
        if "\n" in chunk or "\r" in chunk:
            yield number, FOLD.sub("", chunk)
            number += len(LINE_BREAK.findall(chunk)) + 1
        else:
            yield number, chunk
            number += 1


def split_line(number: int, line: str) -> Prop:
    """Split ``NAME;P=V;Q="x:y":VALUE`` into its parts (quoted parameter values may hold ``:``)."""
    if simple := _SIMPLE.match(line):  # most lines have no parameters
        return Prop(simple.group(1).upper(), {}, line[simple.end() :], number)
    m = _NAME.match(line)
    if m is None:
        raise IcsSyntaxError(
            number, translate("Messages", "not a content line: {line}").format(line=repr(line[:40]))
        )
    name = m.group(0).upper()
    i = m.end()
    params: dict[str, str] = {}
    while i < len(line) and line[i] == ";":
        j = line.find("=", i)
        if j < 0:
            raise IcsSyntaxError(
                number,
                translate("Messages", "parameter without a value in {name}").format(name=name),
            )
        key = line[i + 1 : j].upper()
        i = j + 1
        values = []
        while True:
            if i < len(line) and line[i] == '"':
                k = line.find('"', i + 1)
                if k < 0:
                    raise IcsSyntaxError(
                        number,
                        translate("Messages", "unclosed quote in a parameter of {name}").format(
                            name=name
                        ),
                    )
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
        raise IcsSyntaxError(
            number,
            translate("Messages", "not a content line (NAME:VALUE): {line}").format(
                line=repr(line[:40])
            ),
        )
    return Prop(name, params, line[i + 1 :], number)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Reading a 20,000-event file makes half a million of them, which otherwise trigger hundreds of
    collections that find nothing: about a third of the reading time.

    What is still alive at the end (the meetings read) is counted as old: the first collection
    after the pause would otherwise scan every object made during it as young, only to find
    them alive (0.03-0.06 s after a 20,000-event import). ``freeze`` moves every tracked object
    to the permanent generation and ``unfreeze`` back into the oldest, without scanning them;
    garbage among them waits for the next full collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def parse(
    text: str,
    warnings: list[tuple[int, str]] | None = None,
    kept: frozenset[str] = KEPT,
    *,
    blocks: bool = True,
    quick: Callable[[str, int], Component | None] | None = None,
) -> list[Component]:
    r"""The top-level components of a text (normally one VCALENDAR).

    Without ``warnings`` every fault is an :class:`IcsSyntaxError`. With a list, the parse is
    strict only inside the components the caller imports (``kept``: VEVENT and VTIMEZONE, and
    anything nested in them); a broken line elsewhere (inside a VTODO, VJOURNAL, VFREEBUSY or an
    unknown component, directly in the VCALENDAR, or after END:VCALENDAR) is skipped and reported
    as ``(line, what was skipped)``. A file that ends inside a component is refused either way:
    it was cut short. ``blocks=False`` reads every line with the line reader (for the tests that
    compare the two). ``quick`` may take a whole VEVENT block of a CRLF text that stands directly
    in a VCALENDAR (given its text and first line) and stand in for the component the readers
    would make of it, or decline it with None (:mod:`ics_own_block`).

    >>> warnings = []
    >>> [c.name for c in parse("BEGIN:VCALENDAR\nEND:VCALENDAR\nstray\n", warnings)]
    ['VCALENDAR']
    >>> warnings
    [(3, "a line outside BEGIN:VCALENDAR ... END:VCALENDAR: 'stray'")]
    """
    with paused_gc():
        reader = _LineReader(warnings, kept)
        if not blocks:
            reader.lines(text, 1)
            return reader.finish()
        number, done = 1, 0  # the physical line text[done:] starts on
        sep = _only_line_break(text)
        for start, end in _event_blocks(text):
            if start > done:
                gap = text[done:start]
                reader.lines(gap, number)
                number += _breaks(gap)
            block = text[start:end]
            if quick is not None and sep == "\r\n" and reader.in_calendar():
                held = quick(block, number)
                if held is not None:
                    reader.top.children.append(held)  # type: ignore[union-attr]
                    number += block.count("\n")
                    done = end
                    continue
            breaks = reader.plain_event(block, number, sep)
            if not breaks:
                reader.lines(block, number)
                breaks = _breaks(block)
            number += breaks
            done = end
        if done < len(text) or not done:
            reader.lines(text[done:], number)
        return reader.finish()


def read_block(block: str, number: int) -> Component:
    """A VEVENT block without faults, starting on line ``number``, read alone: the component
    :func:`parse` makes of it inside a calendar (for a block a ``quick`` reader held)."""
    reader = _LineReader(None, KEPT)
    if not reader.plain_event(block, number):
        reader.lines(block, number)
    [component] = reader.finish()
    return component


def _only_line_break(text: str) -> str | None:
    """CRLF or LF if every line break of ``text`` is that one, else None (three counts over the
    whole text rather than three a VEVENT block)."""
    cr = text.count("\r")
    if not cr:
        return "\n"
    return "\r\n" if cr == text.count("\r\n") == text.count("\n") else None


def _breaks(text: str) -> int:
    """Line breaks in ``text``: CRLF, LF or a lone CR each count once, as LINE_BREAK finds them."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


# --- the block reader ----------------------------------------------------------------------------


def _event_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Where ``BEGIN:VEVENT`` ... ``END:VEVENT`` stretches start and end, both at logical line
    boundaries; what is between them is for :meth:`_LineReader.plain_event` to judge."""
    find = text.find
    start = find("BEGIN:VEVENT")
    while start >= 0:
        if start and text[start - 1] != "\n":  # not at the start of a line
            start = find("BEGIN:VEVENT", start + 1)
            continue
        last = find("\nEND:VEVENT", start)
        if last < 0:
            return
        end = _next_line(text, last + 1)
        yield start, end
        start = find("BEGIN:VEVENT", end)


def _next_line(text: str, at: int) -> int:
    """Where the logical line after the one holding ``text[at]`` starts (or the text ends)."""
    while (newline := text.find("\n", at)) >= 0:
        if text[newline + 1 : newline + 2] not in (" ", "\t"):  # a fold continues the line
            return newline + 1
        at = newline + 1
    return len(text)


def _line_numbers(physical: list[str], first: int) -> list[int]:
    """The physical line each logical line of a block starts on, given the block's physical
    lines, the first of them numbered ``first``: every physical line but those that continue
    the line before (a space or a tab after the line break, section 3.1)."""
    return [n for n, line in enumerate(physical, first) if line[:1] not in _FOLDED]


# How the heads of property lines (the text before the first colon) are read: upper-cased name
# and parameters. A file repeats a few dozen heads ("DTSTART;VALUE=DATE") thousands of times.
# Bounded, so a hostile file with a million heads cannot grow it; the parameter dicts are shared
# between the lines with one head, so nobody may change a Prop's params.
_HEADS: dict[str, tuple[str, dict[str, str]]] = {}


def _head(head: str) -> tuple[str, dict[str, str]] | None:
    """Name and parameters of a head as :meth:`_LineReader.lines` reads them, or None for a head
    with a quote (where the line's first colon may be inside a parameter value)."""
    if ";" not in head:
        found = head.upper(), _NO_PARAMS
    elif '"' not in head and _PLAIN_PARAMS.fullmatch(head):
        name, *params = head.split(";")
        found = name.upper(), {k.upper(): v for k, _, v in (p.partition("=") for p in params)}
    else:
        return None
    if len(_HEADS) < 4096:
        _HEADS[head] = found
    return found


# --- the line reader -----------------------------------------------------------------------------


class _LineReader:
    """Components from logical lines, fed in pieces that start and end at line boundaries."""

    def __init__(self, warnings: list[tuple[int, str]] | None, kept: frozenset[str]) -> None:
        self.warnings = warnings
        self.kept = kept
        self.roots: list[Component] = []
        self.stack: list[Component] = []
        self.top: Component | None = None
        self.strict = 0  # how many of the open components are kept (parsed strictly)
        # every logical line read (a folded line keeps its folds), and each plain block whole:
        # what Component.text_lines slices
        self.source: list[str] = []

    def in_calendar(self) -> bool:
        """Whether the next line stands directly in a top-level VCALENDAR."""
        return len(self.stack) == 1 and self.stack[0].name == "VCALENDAR"

    def finish(self) -> list[Component]:
        if self.stack:
            raise IcsSyntaxError(
                self.stack[-1].line,
                translate("Messages", "BEGIN:{component} is never closed").format(
                    component=self.stack[-1].name
                ),
            )
        return self.roots

    def plain_event(self, block: str, number: int, sep: str | None = None) -> int:
        """Read a VEVENT block starting on line ``number`` if it is plain: every line a property
        line the line reader would read without a fault, nothing nested, one kind of line break
        (``sep``, if the whole text has only that one). The number of line breaks read, or 0,
        having read nothing, if it is not plain.

        The same decisions as :meth:`lines`, taken over the whole block with string methods
        (split, partition, containment) instead of line by line.
        """
        if sep is None:  # the text mixes line breaks: see which this block has
            crlf, cr = block.count("\r\n"), block.count("\r")
            if not cr:
                sep = "\n"
            elif cr == crlf == block.count("\n"):
                sep = "\r\n"
            else:
                return 0  # lone CRs, or mixed line breaks
        space, tab, blank = _FOLDS[sep]
        if space in block or tab in block:  # folded lines: unfold, count their lines
            if blank in block:
                lines = FOLD.sub("", block).split(sep)
            else:  # without blank lines, removing the folds one kind after the other is FOLD's work
                lines = block.replace(space, "").replace(tab, "").split(sep)
            physical = block.split(sep)
            numbers: list[int] | range = _line_numbers(physical, number)
            breaks = len(physical) - 1
        else:
            lines = block.split(sep)
            numbers = range(number, number + len(lines))
            breaks = len(lines) - 1
        if len(lines) < 4 or lines[0] != "BEGIN:VEVENT" or lines[-2] != "END:VEVENT" or lines[-1]:
            return 0
        heads, colons, written = zip(*map(str.partition, lines[1:-2], repeat(":")), strict=True)
        values: Sequence[str] = written
        if "" in colons or "" in heads:
            return 0  # a blank line, or one that is not NAME:VALUE
        read = list(map(_HEADS.get, heads))
        if None in read:  # heads not seen before, or with quoted parameters
            values = list(written)
            for i, head in enumerate(heads):
                if read[i] is not None:
                    continue
                if (found := _head(head)) is None:
                    try:
                        name, quoted, values[i], _ = split_line(0, f"{head}:{values[i]}")
                    except IcsSyntaxError:
                        return 0  # an error or a warning: the line reader says which
                    found = name, quoted
                read[i] = found
        names, params = zip(*read, strict=True)
        props: list[Prop] = list(
            map(tuple.__new__, repeat(Prop), zip(names, params, values, numbers[1:], strict=False))
        )
        by_name = dict(zip(reversed(names), reversed(props), strict=True))  # the first of each
        if "BEGIN" in by_name or "END" in by_name:
            return 0  # a nested component or a stray END: the line reader's business
        index = len(self.source)
        self.source.append(block)
        comp = Component("VEVENT", number, props, [], self.source, index, index, by_name)
        (self.top.children if self.top is not None else self.roots).append(comp)
        return breaks

    def lines(self, text: str, first: int) -> None:
        """Read ``text``, whose first line is physical line ``first``."""
        warnings, kept = self.warnings, self.kept
        roots, stack, top, strict = self.roots, self.stack, self.top, self.strict
        base = len(self.source)
        chunks = _LOGICAL.split(text)  # the logical lines, folds still in them
        self.source.extend(chunks)
        source = self.source
        tolerant = warnings is not None
        new_prop = tuple.__new__

        def skip(number: int, problem: str) -> None:
            if not tolerant or strict:
                raise IcsSyntaxError(number, problem)
            assert warnings is not None
            warnings.append((number, problem))

        following = first  # the physical line the next logical line starts on
        for index, chunk in enumerate(chunks, base):
            number = following
            if "\n" in chunk or "\r" in chunk:  # a folded line (rare): unfold it, count its lines
                following += len(LINE_BREAK.findall(chunk)) + 1
                line = FOLD.sub("", chunk)
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
                        skip(
                            number,
                            translate(
                                "Messages",
                                "a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}",
                            ).format(line=repr(line[:40])),
                        )
                    else:
                        skip(
                            number,
                            translate("Messages", "{problem} inside {component}").format(
                                problem=exc.problem, component=top.name
                            ),
                        )
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
                skip(
                    number,
                    translate(
                        "Messages", "a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}"
                    ).format(line=repr(line[:40])),
                )
            else:
                ended = value.strip().upper()
                if top.name != ended:
                    if not tolerant or strict or ended not in [c.name for c in stack]:
                        skip(
                            number,
                            translate("Messages", "END:{ended} closes BEGIN:{component}").format(
                                ended=ended, component=top.name
                            ),
                        )
                        continue
                    while stack[-1].name != ended:  # components left open inside skipped ones
                        unclosed = stack.pop()
                        unclosed.last_index = index - 1
                        skip(
                            unclosed.line,
                            translate("Messages", "BEGIN:{component} is never closed").format(
                                component=unclosed.name
                            ),
                        )
                closed = stack.pop()
                closed.last_index = index
                top = stack[-1] if stack else None
                if closed.name in kept:
                    strict -= 1
        self.top, self.strict = top, strict
