"""Rule parameters in the planner's words: the label and the help the policy editor shows.

A parameter's key (``min_gap_days``) is a contract of the policy's JSON, ``scheduler-app policy
--set`` and the stored settings, and never changes; the planner reads its label (in English the
key with spaces, "min gap days") and its help (the declared ``doc`` and what it takes). Keys that
name the same thing in several rules share one label. A test keeps :data:`LABELS` in step with
the catalogue.
"""

from __future__ import annotations

from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules.params import Param

LABELS = {
    "advisory_kinds": QT_TRANSLATE_NOOP("Parameters", "advisory kinds"),
    "as_of": QT_TRANSLATE_NOOP("Parameters", "as of"),
    "bodies": QT_TRANSLATE_NOOP("Parameters", "bodies"),
    "body": QT_TRANSLATE_NOOP("Parameters", "body"),
    "conference_kinds": QT_TRANSLATE_NOOP("Parameters", "conference kinds"),
    "core_kinds": QT_TRANSLATE_NOOP("Parameters", "core kinds"),
    "external_kinds": QT_TRANSLATE_NOOP("Parameters", "external kinds"),
    "high_kinds": QT_TRANSLATE_NOOP("Parameters", "high kinds"),
    "horizon": QT_TRANSLATE_NOOP("Parameters", "horizon"),
    "hq_cities": QT_TRANSLATE_NOOP("Parameters", "hq cities"),
    "hq_venues": QT_TRANSLATE_NOOP("Parameters", "hq venues"),
    "include_eve": QT_TRANSLATE_NOOP("Parameters", "include eve"),
    "include_expert_groups": QT_TRANSLATE_NOOP("Parameters", "include expert groups"),
    "include_ra": QT_TRANSLATE_NOOP("Parameters", "include ra"),
    "include_rapporteur_groups": QT_TRANSLATE_NOOP("Parameters", "include rapporteur groups"),
    "interval_years": QT_TRANSLATE_NOOP("Parameters", "interval years"),
    "islamic_uncertainty_days": QT_TRANSLATE_NOOP("Parameters", "islamic uncertainty days"),
    "itu_d_kinds": QT_TRANSLATE_NOOP("Parameters", "itu d kinds"),
    "kinds": QT_TRANSLATE_NOOP("Parameters", "kinds"),
    "low_kinds": QT_TRANSLATE_NOOP("Parameters", "low kinds"),
    "major_min_participants": QT_TRANSLATE_NOOP("Parameters", "major min participants"),
    "margin": QT_TRANSLATE_NOOP("Parameters", "margin"),
    "match_by": QT_TRANSLATE_NOOP("Parameters", "match by"),
    "max_days": QT_TRANSLATE_NOOP("Parameters", "max days"),
    "max_gap_days": QT_TRANSLATE_NOOP("Parameters", "max gap days"),
    "max_months": QT_TRANSLATE_NOOP("Parameters", "max months"),
    "max_years": QT_TRANSLATE_NOOP("Parameters", "max years"),
    "min_days": QT_TRANSLATE_NOOP("Parameters", "min days"),
    "min_gap_days": QT_TRANSLATE_NOOP("Parameters", "min gap days"),
    "min_months": QT_TRANSLATE_NOOP("Parameters", "min months"),
    "min_per_year": QT_TRANSLATE_NOOP("Parameters", "min per year"),
    "min_years": QT_TRANSLATE_NOOP("Parameters", "min years"),
    "observances": QT_TRANSLATE_NOOP("Parameters", "observances"),
    "only_major": QT_TRANSLATE_NOOP("Parameters", "only major"),
    "pair_counts_as_one": QT_TRANSLATE_NOOP("Parameters", "pair counts as one"),
    "prefer_second_half": QT_TRANSLATE_NOOP("Parameters", "prefer second half"),
    "regions": QT_TRANSLATE_NOOP("Parameters", "regions"),
    "seat_city": QT_TRANSLATE_NOOP("Parameters", "seat city"),
    "sitting_days_only": QT_TRANSLATE_NOOP("Parameters", "sitting days only"),
    "subdivisions": QT_TRANSLATE_NOOP("Parameters", "subdivisions"),
    "tdag_body": QT_TRANSLATE_NOOP("Parameters", "tdag body"),
    "tolerance_days": QT_TRANSLATE_NOOP("Parameters", "tolerance days"),
    "use_nominal_year": QT_TRANSLATE_NOOP("Parameters", "use nominal year"),
    "use_times": QT_TRANSLATE_NOOP("Parameters", "use times"),
    "years": QT_TRANSLATE_NOOP("Parameters", "years"),
}


def param_label(p: Param) -> str:
    """``min gap days`` in the planner's language (the key itself is never translated)."""
    return translate("Parameters", LABELS.get(p.name, p.name.replace("_", " ")))


def field_label(p: Param) -> str:
    """The label beside the parameter's field: ``min gap days:``."""
    return translate("Parameters", "{label}:").format(label=param_label(p))


def param_doc(p: Param) -> str:
    """What the parameter sets, as declared on its rule, in the planner's language."""
    return translate("Parameters", p.doc) if p.doc else ""


def param_help(p: Param) -> str:
    """``days from one close to the next opening (a whole number from 0 to 3650)``."""
    doc = param_doc(p)
    if not doc:
        return p.describe()
    return translate("Parameters", "{doc} ({kind})").format(doc=doc, kind=p.describe())
