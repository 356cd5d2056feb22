"""Exports of a workshop: JSON now; PDF, CSV and iCalendar in later issues."""
