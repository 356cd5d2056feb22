"""Rows to dataclasses and back, driven by the dataclasses' type hints."""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

Decoder = Callable[[Any], Any]


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return hint, False


def _decoder_for(hint: Any) -> Decoder:
    base, _optional = _unwrap_optional(hint)
    origin = typing.get_origin(base)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return lambda v: None if v is None else base(v)
    if base is bool:
        return lambda v: bool(v)
    if origin is tuple:
        return lambda v: tuple(json.loads(v)) if v is not None else ()
    if origin is dict:
        return lambda v: json.loads(v) if v is not None else {}
    return _same


def _same(value: Any) -> Any:
    """The decoder of a value stored as it is (text, numbers)."""
    return value


@cache
def _decoders(cls: Any) -> dict[str, Decoder]:
    hints = typing.get_type_hints(cls)
    return {f.name: _decoder_for(hints[f.name]) for f in dataclasses.fields(cls)}


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """Build a `cls` instance from a database row (extra columns ignored)."""
    the_class: Any = cls  # classes are hashable; typing's type[T] does not say so
    decoders = _decoders(the_class)
    return cls(**{name: dec(row[name]) for name, dec in decoders.items() if name in row})


def from_rows(cls: type[T], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[T]:
    """`from_row` for many rows of one query (column `names`), with the
    column-to-field plan worked out once: reading 5,000 ideas is a hot path."""
    the_class: Any = cls
    decoders = _decoders(the_class)
    plan = [(name, position, decoders[name]) for position, name in enumerate(names)
            if name in decoders]
    plain = [(name, position) for name, position, dec in plan if dec is _same]
    decoded = [(name, position, dec) for name, position, dec in plan if dec is not _same]
    out = []
    for row in rows:
        values = {name: row[position] for name, position in plain}
        for name, position, dec in decoded:
            values[name] = dec(row[position])
        out.append(cls(**values))
    return out


def encode(value: Any) -> Any:
    """One Python value as SQLite stores it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (tuple, list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return value


def to_row(entity: Any) -> dict[str, Any]:
    """A dataclass instance as a database row."""
    return {f.name: encode(getattr(entity, f.name)) for f in dataclasses.fields(entity)}
