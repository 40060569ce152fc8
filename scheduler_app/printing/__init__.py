"""Printed timetables: page layouts computed in plain Python, drawn by one Qt painter function."""
