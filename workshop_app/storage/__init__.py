"""The only code that touches SQLite. Everything else sees dataclasses."""

from workshop_app.storage.errors import (
    FileProblem,
    ReadOnlyWorkshop,
    StorageEnvironmentError,
    WorkshopFileError,
)
from workshop_app.storage.fileformat import APPLICATION_ID, FILE_SUFFIX, SCHEMA_VERSION
from workshop_app.storage.lock import LockHolder
from workshop_app.storage.store import WorkshopStore, sqlite_version

__all__ = [
    "APPLICATION_ID",
    "FILE_SUFFIX",
    "SCHEMA_VERSION",
    "FileProblem",
    "LockHolder",
    "ReadOnlyWorkshop",
    "StorageEnvironmentError",
    "WorkshopFileError",
    "WorkshopStore",
    "sqlite_version",
]
