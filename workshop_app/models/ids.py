"""Identifiers and timestamps for stored rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random UUID (text), unique across workshop files."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time, ISO-8601 with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
