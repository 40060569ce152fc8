"""The rule catalogue: every ITU scheduling rule, with its citation (SOURCES.md section 2).

Importing this package registers every rule; :func:`check` runs them.
"""

from scheduler_app.rules import constitution, council, religious, res77, venues, wtdc  # noqa: F401
from scheduler_app.rules.calendar import Calendar, CheckContext
from scheduler_app.rules.engine import (
    CATALOGUE_ORDER,
    Checker,
    UnknownRule,
    Waiver,
    catalogue,
    check,
    counts,
    fingerprint,
)
from scheduler_app.rules.model import REGISTRY, Finding, Policy, RuleSpec, Severity

assert set(REGISTRY) == set(CATALOGUE_ORDER), set(REGISTRY) ^ set(CATALOGUE_ORDER)

__all__ = [
    "CATALOGUE_ORDER",
    "REGISTRY",
    "Calendar",
    "CheckContext",
    "Checker",
    "Finding",
    "Policy",
    "RuleSpec",
    "Severity",
    "UnknownRule",
    "Waiver",
    "catalogue",
    "check",
    "counts",
    "fingerprint",
]
