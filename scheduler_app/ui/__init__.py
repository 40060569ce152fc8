"""The desktop face of the planner: the only package that imports PySide6."""
