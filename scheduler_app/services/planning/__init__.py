"""Placing a template's meetings with a constraint solver (``scheduler-app plan``).

:func:`read_template` reads the template, :func:`plan` places its rows with OR-Tools CP-SAT and
checks the result with the rules engine; :class:`PlanResult` holds the dated meetings, the
findings left and, for a template that cannot be satisfied, the constraints that conflict.
"""

from scheduler_app.services.planning.explain import Conflict
from scheduler_app.services.planning.solve import PlanResult, plan
from scheduler_app.services.planning.template import Template, ToPlace, parse_within, read_template

__all__ = ["Conflict", "PlanResult", "Template", "ToPlace", "parse_within", "plan", "read_template"]
