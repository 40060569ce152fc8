"""The rule catalogue: every ITU scheduling rule, with its citation (SOURCES.md section 2).

Importing this package registers every rule (each module's ``@rule`` decorators, placed in the
catalogue by their ``order``); :func:`check` runs them.
"""

from scheduler_app.rules import (  # noqa: F401
    constitution,
    constitution_ra_wrc,
    council,
    religious,
    res77,
    res77_clashes,
    venues,
    wtdc,
    wtdc_advisory,
    wtdc_groups,
    wtdc_res31,
)
from scheduler_app.rules.calendar import Calendar, CheckContext
from scheduler_app.rules.engine import (
    Checker,
    UnknownRule,
    Waiver,
    catalogue,
    check,
    counts,
    fingerprint,
)
from scheduler_app.rules.model import REGISTRY, Finding, Policy, RuleSpec, Severity
from scheduler_app.rules.params import Param

# The ids in catalogue order, as registered (there is no second list to keep in step).
CATALOGUE_ORDER = tuple(spec.id for spec in catalogue())

__all__ = [
    "CATALOGUE_ORDER",
    "REGISTRY",
    "Calendar",
    "CheckContext",
    "Checker",
    "Finding",
    "Param",
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
