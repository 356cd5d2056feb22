"""Reading single values: folded words, sectors, timestamps, one-line fields.

Matching works on *folded* words: lower case, diacritics removed (ł → l), any
punctuation a separator. A phrase matches when its words occur one after
another in the value, each value word starting with the phrase word, so the
stem "mieszkan" matches "Mieszkańcy" and "mieszkanka" (Polish inflection).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta, timezone

from workshop_app.models import MAX_TITLE_CHARS, Sector, clean_text

Phrase = tuple[str, ...]

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Letters NFKD does not take apart.
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "đ": "d", "ø": "o"})


def fold_words(value: str) -> Phrase:
    """`value` as lower-case ASCII words: "Twój pomysł…" → ("twoj", "pomysl")."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_FOLD_EXTRA))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return tuple(word for word in _NON_WORD.split(plain) if word)


def phrases(*texts: str) -> tuple[Phrase, ...]:
    """Phrases written as plain strings, folded once at import time."""
    return tuple(fold_words(text) for text in texts)


def find_phrase(words: Phrase, phrase: Phrase) -> int | None:
    """Index in `words` where `phrase` starts (each word a prefix match), or None."""
    span = len(phrase)
    for start in range(len(words) - span + 1):
        if all(words[start + k].startswith(phrase[k]) for k in range(span)):
            return start
    return None


def one_line(value: str, *, limit: int = MAX_TITLE_CHARS) -> str | None:
    """A short field (author, cluster, organisation) cleaned to one line.

    Line breaks and runs of spaces become one space. Returns None when the
    result is longer than `limit`, which the service would refuse.
    """
    if not value:
        return ""
    text = " ".join(clean_text(value).split())
    return text if len(text) <= limit else None


# -- sectors --------------------------------------------------------------------

_SECTOR_PHRASES: dict[Sector, tuple[Phrase, ...]] = {
    Sector.LOCAL_GOVERNMENT: phrases(
        "samorzad", "jst", "gmin", "urzad", "powiat", "wojewodztw", "starostw",
        "administracj", "sektor publiczny", "local government", "government",
        "municipal", "council", "public sector", "public administration"),
    Sector.ACADEMIA: phrases(
        "nauk", "uczeln", "uniwersytet", "politechnik", "akademi", "szkola wyzsza",
        "instytut badaw", "badaw", "academ", "universit", "science", "research",
        "higher education"),
    Sector.BUSINESS: phrases(
        "biznes", "przedsiebior", "firm", "pracodawc", "sektor prywatny", "startup",
        "business", "company", "companies", "enterprise", "private sector", "industry"),
    Sector.NGO: phrases(
        "ngo", "organizacja pozarzadowa", "organizacje pozarzadowe", "pozarzadow",
        "organizacja spoleczna", "fundacj", "stowarzysz", "trzeci sektor",
        "non governmental", "nongovernmental", "non profit", "nonprofit",
        "civil society", "charity"),
    Sector.RESIDENTS: phrases(
        "mieszkan", "obywatel", "resident", "citizen", "inhabitant"),
}
# "Inny" only as a whole word: the stem "inn" would also match "innowacje".
_OTHER_WORDS = frozenset({"inny", "inne", "inna", "innych", "inni", "other", "others"})
_NO_VALUE_WORDS = frozenset({("brak",), ("none",), ("n", "a"), ("nie", "dotyczy")})


# A column holds a handful of distinct values thousands of times.
@functools.lru_cache(maxsize=1024)
def parse_sector(value: str) -> tuple[Sector | None, bool]:
    """The sector a cell names, and whether the cell was understood.

    Empty (or "-", "brak", "n/a") → (None, True). A value naming exactly one
    sector → (that sector, True). Anything else, including values that name
    two sectors ("nauka i biznes"), → (Sector.OTHER, False): the caller
    counts those in its warnings.
    """
    words = fold_words(value.replace("_", " "))
    if not words or words in _NO_VALUE_WORDS:
        return None, True
    if len(words) == 1 and words[0] in _OTHER_WORDS:
        return Sector.OTHER, True
    found = {sector for sector, options in _SECTOR_PHRASES.items()
             if any(find_phrase(words, p) is not None for p in options)}
    if len(found) == 1:
        return found.pop(), True
    return Sector.OTHER, False


def looks_like_sector(value: str) -> bool:
    """True when `value` is a short phrase naming exactly one sector.

    Short, so that an idea mentioning "firmy" is not taken for a sector.
    """
    if len(fold_words(value)) > 5:
        return False
    sector, understood = parse_sector(value)
    return sector is not None and understood


# -- timestamps -------------------------------------------------------------------

_DATE_TIME = re.compile(
    r"""^(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})
        (?:[\sT,]+(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?
        \s*(?P<ampm>[ap]\.?\s?m\.?)?)?
        \s*(?P<tz>Z|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?|GMT|UTC|CET|CEST)?$""",
    re.VERBOSE | re.IGNORECASE)
_ZONE_HOURS = {"GMT": 0, "UTC": 0, "Z": 0, "CET": 1, "CEST": 2}


def slash_dates_day_first(values: Iterable[str]) -> bool:
    """Whether a column's d/m/y dates put the day first.

    Only slashes are ambiguous (US m/d/y against UK d/m/y); dots and dashes
    are always day first in Polish. One value whose first number is over 12
    settles it; without one, month first (Google's and Microsoft's US format).
    """
    for value in values:
        match = _DATE_TIME.match(value.strip())
        if match and match["sep"] == "/" and len(match["a"]) <= 2 and int(match["a"]) > 12:
            return True
    return False


def parse_timestamp(value: str, *, day_first_slashes: bool = False) -> str | None:
    """`value` as an ISO-8601 UTC stamp like `now_iso()`, or None if not a date.

    Times without a zone are taken as this computer's local time (form tools
    write the organiser's local time, and the workshop runs in the same place).
    """
    text = value.strip()
    if not text:
        return None
    moment = _from_iso(text) or _from_numbers(text, day_first_slashes)
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def looks_like_timestamp(value: str) -> bool:
    return parse_timestamp(value) is not None or parse_timestamp(
        value, day_first_slashes=True) is not None


def _from_iso(text: str) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_numbers(text: str, day_first_slashes: bool) -> datetime | None:
    match = _DATE_TIME.match(text)
    if match is None:
        return None
    year, month, day = _date_parts(match, day_first_slashes)
    hour, minute = int(match["h"] or 0), int(match["m"] or 0)
    second = int(match["s"] or 0)
    micro = int((match["f"] or "0").ljust(6, "0"))
    ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm:
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=_zone(match["tz"]))
    except ValueError:
        return None


def _date_parts(match: re.Match[str], day_first_slashes: bool) -> tuple[int, int, int]:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:
        return int(a), int(b), int(c)
    year = int(c) + (2000 if len(c) <= 2 else 0)
    if match["sep"] == "/" and not day_first_slashes:
        return year, int(a), int(b)
    return year, int(b), int(a)


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    name = text.strip().upper()
    if name in _ZONE_HOURS:
        return timezone(timedelta(hours=_ZONE_HOURS[name]))
    offset = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", name)
    if offset is None:
        return None
    sign = -1 if offset[1] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0)))


# -- columns of values -------------------------------------------------------------


def share_matching(values: Sequence[str], test: Callable[[str], bool]) -> float:
    """Fraction of the non-empty `values` for which `test(value)` is true."""
    present = [v for v in values if v.strip()]
    if not present:
        return 0.0
    return sum(1 for v in present if test(v)) / len(present)
