"""ITU Meeting Planner: plan ITU conferences, Council sessions and study groups against ITU's own rules."""

__version__ = "0.1.0"
APP_NAME = "ITU Meeting Planner"
