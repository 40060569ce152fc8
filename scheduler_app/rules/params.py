"""Rule parameters, declared with their types on each rule and validated from that declaration.

A rule lists its parameters as :class:`Param` values; the policy a planner sets is checked
against them (``scheduler-app policy``, the database's stored settings), so a parameter's kind,
range and allowed values are written once, beside the rule that reads it::

    >>> gap = Param("min_gap_days", 56, int, maximum=90, doc="days from a close to an opening")
    >>> gap.validate(60, "R77-GAP")
    60
    >>> gap.validate(-1, "R77-GAP")
    Traceback (most recent call last):
    ...
    scheduler_app.rules.params.ParamError: R77-GAP min_gap_days: a whole number from 0 to 90, not -1
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from scheduler_app.domain import MeetingKind
from scheduler_app.i18n import translate

KIND_SLUGS: frozenset[str] = frozenset(k.value for k in MeetingKind)
"""The meeting kinds a ``kinds``-like parameter may list."""

YEAR_RANGE: type = tuple  # the ``type`` of a [first year, last year] parameter
MIN_YEAR, MAX_YEAR = 1865, 2199


class ParamError(ValueError):
    """A value that its parameter's declaration refuses; the message names rule and parameter."""


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of one rule.

    ``type`` is ``int``, ``float``, ``bool``, ``str``, ``list`` (a list of texts, limited to
    ``choices`` when given), ``dict`` (a mapping of texts to mappings of texts, as
    HOLIDAY-VENUE's subdivisions), ``dt.date`` (an ISO date) or :data:`YEAR_RANGE` (a [first,
    last] pair of years). ``optional`` lets the value be null (for "not set": today, all years).
    Numbers are kept within ``minimum``-``maximum``.
    """

    name: str
    default: Any
    type: type
    doc: str = ""
    minimum: float | None = 0
    maximum: float | None = None
    choices: Collection[str] | None = None
    optional: bool = False

    def validate(self, value: Any, rule_id: str = "") -> Any:
        """``value`` as it is stored, or :class:`ParamError` saying what is wanted."""
        where = f"{rule_id} {self.name}".strip()
        if value is None:
            if self.optional:
                return None
            raise ParamError(
                translate("Parameters", "{where}: a value is needed").format(where=where)
            )
        check = _CHECKS[self.type]
        return check(self, value, where)

    def describe(self) -> str:
        """What the parameter takes, in words: ``a whole number from 0 to 3650``."""
        return _WORDS[self.type](self)


def _refused(where: str, wanted: str, value: Any) -> str:
    """``R77-GAP min_gap_days: a whole number from 0 to 90, not -1``."""
    text = translate("Parameters", "{where}: {wanted}, not {value}")
    return text.format(where=where, wanted=wanted, value=repr(value))


def _int(p: Param, value: Any, where: str) -> int:
    lo, hi = p.minimum if p.minimum is not None else 0, p.maximum if p.maximum is not None else 3650
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise ParamError(_refused(where, p.describe(), value))
    return value


def _float(p: Param, value: Any, where: str) -> float:
    lo, hi = p.minimum if p.minimum is not None else 0, p.maximum if p.maximum is not None else 10
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not lo <= value <= hi:
        raise ParamError(_refused(where, p.describe(), value))
    return float(value)


def _bool(p: Param, value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ParamError(translate("Parameters", "{where}: true or false").format(where=where))
    return value


def _str(p: Param, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParamError(translate("Parameters", "{where}: a non-empty text").format(where=where))
    if p.choices is not None and value not in p.choices:
        choices = translate("Parameters", "one of {choices}").format(
            choices=", ".join(sorted(p.choices))
        )
        raise ParamError(_refused(where, choices, value))
    return value


def _list(p: Param, value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        example = json.dumps(list(p.default or [])[:2])
        text = translate("Parameters", "{where}: a list of texts, e.g. {example}")
        raise ParamError(text.format(where=where, example=example))
    unknown = sorted(set(value) - set(p.choices)) if p.choices is not None else []
    if unknown:
        text = translate("Parameters", "{where}: unknown {names} (known: {known})")
        known = ", ".join(sorted(p.choices or []))
        raise ParamError(text.format(where=where, names=", ".join(unknown), known=known))
    return list(value)


def _dict(p: Param, value: Any, where: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str)
        and isinstance(v, dict)
        and all(isinstance(a, str) and isinstance(b, str) for a, b in v.items())
        for k, v in value.items()
    ):
        text = translate("Parameters", "{where}: a mapping like {example}")
        raise ParamError(text.format(where=where, example=json.dumps(p.default)))
    return value


def _date(p: Param, value: Any, where: str) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        text = translate("Parameters", "{where}: {value} is not a date (YYYY-MM-DD)")
        raise ParamError(text.format(where=where, value=repr(value))) from None


def _years(p: Param, value: Any, where: str) -> list[int]:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(y, int) and not isinstance(y, bool) for y in value)
        or not MIN_YEAR <= value[0] <= value[1] <= MAX_YEAR
    ):
        text = translate("Parameters", "{where}: give [first year, last year], e.g. [2022, 2030]")
        raise ParamError(text.format(where=where))
    return list(value)


_CHECKS: dict[type, Callable[[Param, Any, str], Any]] = {
    int: _int,
    float: _float,
    bool: _bool,
    str: _str,
    list: _list,
    dict: _dict,
    dt.date: _date,
    YEAR_RANGE: _years,
}


def _range(p: Param, whole: bool) -> dict[str, str]:
    lo = p.minimum if p.minimum is not None else 0
    hi = p.maximum if p.maximum is not None else (3650 if whole else 10)
    if whole:
        return {"low": str(int(lo)), "high": str(int(hi))}
    return {"low": f"{lo:g}", "high": f"{hi:g}"}


def _or_null(p: Param, text: str) -> str:
    return translate("Parameters", "{kind} or null").format(kind=text) if p.optional else text


# What each type of parameter takes, in the planner's language (the words of describe()).
_WORDS: dict[type, Callable[[Param], str]] = {
    int: lambda p: translate("Parameters", "a whole number from {low} to {high}").format(
        **_range(p, True)
    ),
    float: lambda p: translate("Parameters", "a number from {low} to {high}").format(
        **_range(p, False)
    ),
    bool: lambda p: translate("Parameters", "true or false"),
    str: lambda p: (
        translate("Parameters", "a text ({choices})").format(choices=", ".join(sorted(p.choices)))
        if p.choices
        else translate("Parameters", "a text")
    ),
    list: lambda p: (
        translate("Parameters", "a list of texts from a fixed set")
        if p.choices
        else translate("Parameters", "a list of texts")
    ),
    dict: lambda p: translate("Parameters", "a mapping of countries to cities and regions"),
    dt.date: lambda p: _or_null(p, translate("Parameters", "a date (YYYY-MM-DD)")),
    YEAR_RANGE: lambda p: _or_null(p, translate("Parameters", "[first year, last year]")),
}


def kinds(name: str, default: Iterable[str], doc: str = "") -> Param:
    """A list of meeting kinds (``study-group``, ``pp`` ...)."""
    return Param(name, list(default), list, doc=doc, choices=KIND_SLUGS)


def infer(name: str, default: Any) -> Param:
    """The declaration a bare default implies, for a rule that gives ``params`` as a mapping:
    its kind from the default's type (a ``*kinds`` list holds meeting kinds)."""
    if isinstance(default, bool):
        return Param(name, default, bool)
    if isinstance(default, int):
        return Param(name, default, int)
    if isinstance(default, float):
        return Param(name, default, float)
    if isinstance(default, str):
        return Param(name, default, str)
    if isinstance(default, list):
        if name == "kinds" or name.endswith("_kinds"):
            return kinds(name, default)
        return Param(name, default, list)
    if isinstance(default, dict):
        return Param(name, default, dict)
    raise TypeError(f"parameter {name}: declare it with Param ({default!r} says too little)")


def declare(params: Iterable[Param] | Mapping[str, Any] | None) -> tuple[Param, ...]:
    """A rule's parameters as declarations, each default checked against its own declaration."""
    if params is None:
        return ()
    declared = (
        tuple(infer(n, d) for n, d in params.items())
        if isinstance(params, Mapping)
        else tuple(params)
    )
    names = [p.name for p in declared]
    if len(set(names)) != len(names) or {"severity", "enabled"} & set(names):
        raise ValueError(f"parameter names must be unique and not severity/enabled: {names}")
    for p in declared:
        p.validate(p.default)  # a declaration that refuses its own default is a bug
    return declared
