"""Join codes, phone tokens and the limit on wrong join codes (pure, no Qt)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
"""Letters and digits that cannot be mistaken for one another when read off
a projector (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B)."""
CODE_LENGTH = 5
TOKEN_BYTES = 32
TOKEN_LENGTH = 43
"""A token is 32 random bytes, URL-safe base64 without padding: 43 characters."""
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def new_join_code() -> str:
    """A short code for the room to type: 5 characters of `CODE_ALPHABET`."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(typed: str) -> str:
    """A code as typed on a phone: case, spaces and dashes do not matter."""
    return "".join(c for c in typed.upper() if c not in " -")


def code_matches(typed: str, code: str) -> bool:
    return hmac.compare_digest(normal_code(typed).encode(), code.encode())


def new_token() -> str:
    """A phone's secret (its cookie): unguessable, 256 bits."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def well_formed_token(token: str) -> bool:
    return len(token) == TOKEN_LENGTH and set(token) <= _TOKEN_CHARS


def device_of(token: str) -> str:
    """What the workshop file keeps of a phone: a digest of its token."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def device_label(device: str) -> str:
    """A short name for a phone the moderator can read and say aloud, the
    same every time (from the digest the file keeps, never the token):
    6 hex digits, e.g. "3F7-A2C" (two alike among 100 phones: about 1 in 3,000)."""
    head = device[:6].upper()
    return f"{head[:3]}-{head[3:]}"


def wifi_payload(ssid: str, password: str) -> str:
    """The standard Wi-Fi QR payload (as phones' cameras read it): WPA with
    a password, an open network without one; backslash, semicolon, comma,
    colon and double quote escaped with a backslash."""
    def escaped(text: str) -> str:
        return "".join("\\" + c if c in '\\;,:"' else c for c in text)

    if not password:
        return f"WIFI:T:nopass;S:{escaped(ssid)};;"
    return f"WIFI:T:WPA;S:{escaped(ssid)};P:{escaped(password)};;"


@dataclass
class WrongCodeLimit:
    """At most `attempts` wrong join codes per client address in `window`
    seconds; after that the address is refused until the window passes."""

    attempts: int = 5
    window: float = 60.0
    clock: Callable[[], float] = time.monotonic
    _wrong: dict[str, list[float]] = field(default_factory=dict)

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= self.attempts

    def wrong(self, address: str) -> None:
        self._wrong[address] = [*self._recent(address), self.clock()]

    def _recent(self, address: str) -> list[float]:
        since = self.clock() - self.window
        recent = [t for t in self._wrong.get(address, ()) if t > since]
        if recent:
            self._wrong[address] = recent
        else:
            self._wrong.pop(address, None)
        return recent
