"""Widgets, Qt item models and windows. Reads through and writes via the service."""
