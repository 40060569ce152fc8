"""What a rule is, what it finds, and the policy that tunes it.

Every rule has a stable id (a contract: ``scheduler-app check --rule``, waivers and scripts use it),
a one-line title, the exact citation of the ITU text it enforces, the quote it rests on, a default
severity and default parameters, and the rationale shown to the planner. Title and rationale are
written as ``QT_TRANSLATE_NOOP`` literals in the ``@rule`` call, so lupdate finds them for the
findings catalogues (a docstring it cannot extract); the rule function itself has no docstring.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from scheduler_app.domain import Meeting, sources
from scheduler_app.i18n import isolate
from scheduler_app.rules.params import Param, declare

if TYPE_CHECKING:
    from scheduler_app.rules.calendar import Calendar


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One breach of one rule, naming the meetings to blame (by id and by code) and the clause."""

    rule_id: str
    severity: Severity
    message: str
    meeting_ids: tuple[str, ...]
    meeting_codes: tuple[str, ...]
    citation: str
    waived: bool = False
    waiver_reason: str = ""
    # What a finding that names no meeting is about ("2030" for "no Council session in 2030").
    subject: str = ""
    # Structured facts beside the message, for ``check --format json`` and scripts: the dates
    # involved, the limit or window the rule wanted, the observance or meeting that caused it.
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[str, tuple[str, ...], str]:
        """What a waiver is attached to: the rule and the set of meetings, or, for a finding that
        names no meeting, the rule and its subject (the year)."""
        ids = tuple(sorted(self.meeting_ids))
        return (self.rule_id, ids, "" if ids else self.subject)

    def as_waived(self, reason: str) -> Finding:
        return replace(self, waived=True, waiver_reason=reason)


def describe(m: Meeting) -> str:
    """``WTDC-30 (4-15 Nov 2030)``: how findings name a meeting (its dates in the planner's
    language). Inside a right-to-left sentence the code and the dates are isolated apart: one
    isolate round both would take the code's direction and turn an Arabic date backwards."""
    return f"{isolate(m.label)} ({isolate(m.span)})"


class Policy:
    """The user's settings for every rule: severity, on/off, parameters; defaults from the
    catalogue.

    Stored in the planning database (table ``policy``); an unset value falls back to the rule's
    default, so a new parameter added by a later version needs no migration of old databases.
    """

    def __init__(
        self,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        as_of: dt.date | None = None,
    ) -> None:
        self._overrides: dict[str, dict[str, Any]] = {
            rule: dict(values) for rule, values in (overrides or {}).items()
        }
        self.as_of = as_of

    def param(self, rule: RuleSpec, name: str) -> Any:
        values = self._overrides.get(rule.id, {})
        return values[name] if name in values else rule.params[name]

    def severity(self, rule: RuleSpec) -> Severity:
        value = self._overrides.get(rule.id, {}).get("severity")
        return Severity(value) if value else rule.severity

    def enabled(self, rule: RuleSpec) -> bool:
        return bool(self._overrides.get(rule.id, {}).get("enabled", True))

    def overrides(self) -> dict[str, dict[str, Any]]:
        return {rule: dict(values) for rule, values in self._overrides.items()}

    def with_value(self, rule_id: str, name: str, value: Any) -> Policy:
        changed = self.overrides()
        changed.setdefault(rule_id, {})[name] = value
        return Policy(changed, as_of=self.as_of)


CheckFn = Callable[["Calendar", Policy, "RuleSpec"], Iterator[Finding]]
AroundFn = Callable[["Calendar", Policy, "RuleSpec", Sequence[Meeting]], Iterator[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    """A registered rule.

    ``reads`` names the meeting kinds whose change can alter the rule's findings (None: any kind);
    the incremental checker re-runs the rule only when such a meeting changes. A rule with
    ``around`` is *local*: its findings involving a meeting depend only on that meeting and those
    overlapping it, so after an edit only the findings around the changed meetings are recomputed.
    A rule that is not local may have ``about``: given meetings of the kinds ``about_kinds``,
    exactly the findings of a full check that name any of them, found without judging the rest
    of the calendar (an edit may still change other findings of the rule, so the checker never
    uses it; the suggester counts them in a lower bound of what a candidate date causes).
    """

    id: str
    title: str
    citation: str
    severity: Severity
    quote: str
    source: str
    check_fn: CheckFn
    params: Mapping[str, Any] = field(default_factory=dict)
    reads: frozenset[str] | None = None
    around: AroundFn | None = None
    about: AroundFn | None = None
    about_kinds: frozenset[str] = frozenset()
    rationale: str = ""
    # The parameters as declared (``params`` holds their defaults, by name).
    parameters: tuple[Param, ...] = ()
    # Keys of the source registry: the excerpts the rule rests on (the first is quoted), then
    # those it mentions as context.
    cites: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    order: int = 0

    def parameter(self, name: str) -> Param | None:
        return next((p for p in self.parameters if p.name == name), None)

    def finding(
        self,
        policy: Policy,
        message: str,
        meetings: Iterable[Meeting],
        *,
        subject: str = "",
        details: Mapping[str, Any] | None = None,
    ) -> Finding:
        ms = list(meetings)
        return Finding(
            rule_id=self.id,
            severity=policy.severity(self),
            message=message,
            meeting_ids=tuple(m.id for m in ms),
            meeting_codes=tuple(m.label for m in ms),
            citation=self.citation,
            subject=subject,
            details=dict(details or {}),
        )

    def check(self, calendar: Calendar, policy: Policy | None = None) -> list[Finding]:
        """Run this rule alone (as tests do)."""
        return list(self.check_fn(calendar, policy or Policy(), self))


REGISTRY: dict[str, RuleSpec] = {}


def rule(
    *,
    id: str,
    title: str,
    rationale: str,
    severity: Severity,
    quote: str,
    cites: Sequence[str] = (),
    context: Sequence[str] = (),
    note: str = "",
    citation: str = "",
    source: str = "",
    params: Iterable[Param] | Mapping[str, Any] | None = None,
    reads: Iterable[str] | None = None,
    order: int | None = None,
) -> Callable[[CheckFn], RuleSpec]:
    """Register a rule function under its stable id, with its title and rationale (both
    ``QT_TRANSLATE_NOOP`` literals, in the contexts "Rules" and "Rationales").

    ``cites`` are keys of the source registry (``resources/sources.json``): the excerpts the
    rule rests on, the first holding ``quote``; ``context`` are excerpts mentioned beside them;
    ``note`` is added to the citation in parentheses. The citation and the source (with the
    documents' addresses) are built from them; ``citation`` and ``source`` are for a rule that
    rests on no ITU text (HOLIDAY-VENUE). ``params`` declares the parameters (:class:`Param`;
    a mapping of defaults is read as the declarations its values imply). ``order`` places the
    rule in the catalogue (the README table's order); without it, after every rule registered
    so far.
    """

    def register(fn: CheckFn) -> RuleSpec:
        if id in REGISTRY:
            raise ValueError(f"rule {id} registered twice")
        if fn.__doc__:  # one way in: a docstring would be a second, untranslated rationale
            raise ValueError(f"rule {id}: write the rationale as rationale=, not a docstring")
        position = (
            order if order is not None else max((s.order for s in REGISTRY.values()), default=0) + 1
        )
        clash = [s.id for s in REGISTRY.values() if s.order == position]
        if clash:
            raise ValueError(f"rule {id}: order {position} is taken by {clash[0]}")
        declared = declare(params)
        keys = tuple(cites)
        spec = RuleSpec(
            id=id,
            title=title,
            citation=citation or sources.reference(*keys, note=note),
            severity=severity,
            quote=quote,
            source=source or sources.reference(*keys, *context),
            check_fn=fn,
            params={p.name: p.default for p in declared},
            reads=frozenset(reads) if reads is not None else None,
            rationale=" ".join(rationale.split()),
            parameters=declared,
            cites=keys,
            context=tuple(context),
            order=position,
        )
        REGISTRY[id] = spec
        return spec

    return register


def ordered() -> list[RuleSpec]:
    """Every registered rule in catalogue order."""
    return sorted(REGISTRY.values(), key=lambda s: s.order)


def local(spec: RuleSpec) -> Callable[[AroundFn], AroundFn]:
    """Attach the local (around-the-change) form of a rule to its spec."""

    def attach(fn: AroundFn) -> AroundFn:
        object.__setattr__(spec, "around", fn)
        return fn

    return attach


def naming(spec: RuleSpec, kinds: Iterable[str]) -> Callable[[AroundFn], AroundFn]:
    """Attach to a rule that is not local the form that gives only the findings naming some
    meetings of ``kinds`` (``RuleSpec.about``)."""

    def attach(fn: AroundFn) -> AroundFn:
        object.__setattr__(spec, "about", fn)
        object.__setattr__(spec, "about_kinds", frozenset(kinds))
        return fn

    return attach
