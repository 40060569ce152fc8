"""ITU Meeting Planner: plan ITU meetings against the rules the ITU has written for itself."""

__version__ = "0.1.0"
APP_NAME = "ITU Meeting Planner"
