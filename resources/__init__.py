"""Data files bundled with the planner: the reference calendar, bodies and venues (CSV)."""
