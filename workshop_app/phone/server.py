"""The voting server phones talk to (standard library `http.server`).

Endpoints, and nothing else (no files from disk, no listing):

    GET  /             the voting page (phone/page.html, self-contained)
    GET  /api/round    the round as this phone sees it (after joining)
    GET  /api/results  the results, only while the moderator shows them on
                       the shared screen (after joining)
    POST /api/join     {"code": "..."}: the join code; sets the phone's cookie
    POST /api/ballot   the phone's ballot (phone/form.py); replaces its last

A phone the moderator blocked (`block`, by its device digest) is refused
every request but the page itself; a new join code (`new_code`) keeps
phones that joined and turns away anyone who has only the old one.

Every request thread hands its work to the `Desk` (the one writer) and waits
for the answer; a ballot is committed before the phone hears "accepted".
"""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from workshop_app.phone.desk import Desk
from workshop_app.phone.form import MAX_BODY, FormError, read_ballot, read_join
from workshop_app.phone.round_view import revealed_results, round_view
from workshop_app.phone.tokens import (
    WrongCodeLimit,
    code_matches,
    device_of,
    new_join_code,
    new_token,
    well_formed_token,
)
from workshop_app.phone.words import Words, all_words, language_of
from workshop_app.services import Changes, RefusalReason, Refused, WorkshopService

COOKIE = "razem_phone"
WAIT = 10.0
"""Seconds a request waits for the writer before answering "busy"."""
BODY_WAIT = 5.0
"""Seconds a phone has to send the body it announced (16 KiB at most)."""
_CLOSED = frozenset({RefusalReason.ROUND_CLOSED, RefusalReason.ROUND_NOT_OPEN,
                     RefusalReason.READ_ONLY, RefusalReason.ALREADY_VOTED})
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")


class BadAddress(ValueError):
    """The address to bind to is not one of this computer's own addresses
    written as numbers, or is "every interface" (0.0.0.0, ::)."""


def checked_address(bind: str) -> str:
    try:
        address = ipaddress.ip_address(bind)
    except ValueError as error:
        raise BadAddress(bind) from error
    if address.is_unspecified or address.is_multicast:
        raise BadAddress(bind)
    return str(address)


class PhoneBlocked(Exception):
    """The moderator blocked the phone while its ballot waited for the writer."""


class _Truncated(Exception):
    """The phone sent less than the Content-Length it announced."""


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    phone: PhoneServer


class _HttpServer6(_HttpServer):
    address_family = socket.AF_INET6


class PhoneServer:
    """Serves one round's voting to phones on one address.

    `after` runs on the writer's thread after each accepted ballot (the
    program publishes the change to its views there); `revealed`, asked on
    that thread too, says whether the round's results are on the shared
    screen now (never, without it)."""

    def __init__(self, *, service: WorkshopService, round_id: str, desk: Desk, bind: str,
                 port: int = 0, code: str | None = None,
                 after: Callable[[Changes], None] | None = None,
                 revealed: Callable[[], bool] | None = None,
                 blocked: set[str] | None = None) -> None:
        self.service, self.round_id, self.desk, self.after = service, round_id, desk, after
        self.revealed = revealed
        self.code = code or new_join_code()
        self.words = all_words()
        self.limit = WrongCodeLimit()
        self._lock = threading.Lock()
        self._joined: set[str] = set()
        # Device digests the moderator blocked; the program passes its own
        # set so that a block outlives stopping and starting the server.
        self._blocked = blocked if blocked is not None else set()
        host = checked_address(bind)
        kind = _HttpServer6 if ":" in host else _HttpServer
        self._http = kind((host, port), _Handler)
        self._http.phone = self
        self.host, self.port = host, int(self._http.server_address[1])
        self._page = resources.files("workshop_app").joinpath("resources", "phone", "page.html").read_text("utf-8")
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def join_url(self) -> str:
        """The address with the join code, for the QR code."""
        return f"{self.url}?code={self.code}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.05,),
                                        name="razem-phone", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop answering and free the port (idempotent)."""
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join()
            self._thread = None
        self._http.server_close()

    # -- called from request threads -----------------------------------------

    def host_ok(self, host: str | None) -> bool:
        return host == urlsplit(self.url).netloc

    def page(self, words: Words) -> bytes:
        data = {"language": words.language, "words": {
            language: {**w.page, **{f"error_{k}": v for k, v in w.errors.items()},
                       **{f"sector_{k.value}": v for k, v in w.sectors.items()}}
            for language, w in self.words.items()}}
        text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        return self._page.replace("/*DATA*/null", text).encode("utf-8")

    def joined(self, token: str | None) -> bool:
        with self._lock:
            return token is not None and token in self._joined

    def join(self, client: str, typed: str, token: str | None) -> str | None:
        """The phone's token if `typed` is the join code (its own token kept
        when it has one), None if not; `WrongCodeLimit` applies per client."""
        with self._lock:
            if not code_matches(typed, self.code):
                self.limit.wrong(client)
                return None
            token = token if token is not None and well_formed_token(token) else new_token()
            self._joined.add(token)
            return token

    def blocked(self, client: str) -> bool:
        with self._lock:
            return self.limit.blocked(client)

    def block(self, device: str) -> None:
        """Refuse the phone whose token has this digest from now on."""
        with self._lock:
            self._blocked.add(device)

    def device_blocked(self, token: str | None) -> bool:
        if token is None:
            return False
        device = device_of(token)
        with self._lock:
            return device in self._blocked

    def new_code(self) -> str:
        """A fresh join code; the old one no longer lets anyone join."""
        with self._lock:
            code = new_join_code()
            while code == self.code:
                code = new_join_code()
            self.code = code
            return code

    def view(self, token: str | None = None) -> dict[str, Any]:
        device = device_of(token) if token is not None else None
        return self.desk.submit(
            lambda: round_view(self.service, self.round_id, device)).result(WAIT)

    def results(self) -> list[dict[str, Any]] | None:
        """The revealed results, or None while they are not shown."""
        def job() -> list[dict[str, Any]] | None:
            if self.revealed is None or not self.revealed():
                return None
            return revealed_results(self.service, self.round_id)

        return self.desk.submit(job).result(WAIT)

    def cast(self, token: str, body: bytes) -> Changes:
        ballot = read_ballot(body)

        def job() -> Changes:
            if self.device_blocked(token):
                raise PhoneBlocked
            changes = self.service.cast_phone_ballot(
                round_id=self.round_id, device=device_of(token), **ballot.arguments())
            if self.after is not None:
                self.after(changes)
            return changes

        future = self.desk.submit(job)
        try:
            return future.result(WAIT)
        except FutureTimeout:
            future.cancel()
            raise


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer
    timeout = 15
    protocol_version = "HTTP/1.1"

    # -- routing -------------------------------------------------------------

    def do_GET(self) -> None:
        self._route({"/": self._page, "/api/round": self._round, "/api/results": self._results})

    def do_POST(self) -> None:
        self._route({"/api/join": self._join, "/api/ballot": self._ballot})

    def do_HEAD(self) -> None:
        self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "not_allowed")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = do_HEAD  # noqa: N815

    def parse_request(self) -> bool:
        self._body_read = False  # each request on a kept-alive connection anew
        return super().parse_request()

    def _route(self, routes: dict[str, Callable[[], None]]) -> None:
        phone = self.server.phone
        if not phone.host_ok(self.headers.get("Host")):
            self._refuse(HTTPStatus.MISDIRECTED_REQUEST, "wrong_host")
            return
        path = self.path.split("?", 1)[0]
        handler = routes.get(path)
        if handler is None:
            self._refuse(HTTPStatus.NOT_FOUND, "not_found")
            return
        if path != "/" and phone.device_blocked(self._token()):
            self._refuse(HTTPStatus.FORBIDDEN, "blocked")
            return
        try:
            handler()
        except FormError as error:
            status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE if error.key == "too_large" \
                else HTTPStatus.BAD_REQUEST
            self._refuse(status, error.key)
        except Refused as error:
            status = HTTPStatus.CONFLICT if error.reason in _CLOSED \
                else HTTPStatus.UNPROCESSABLE_ENTITY
            reason = error.reason
            self._answer(status, self._said(lambda words: words.refusal(reason)))
        except PhoneBlocked:
            self._refuse(HTTPStatus.FORBIDDEN, "blocked")
        except _Truncated:
            # Checked before the writer's timeout: both are TimeoutError.
            self.close_connection = True
            self._refuse(HTTPStatus.BAD_REQUEST, "malformed")
        except (FutureTimeout, CancelledError):
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "busy")
        except Exception:
            # A bug, or the disk refused: the phone hears it plainly, the
            # server's log gets the traceback (socketserver prints it).
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "failed")
            raise

    @property
    def words(self) -> Words:
        """The phone's words: its Accept-Language (Polish before headers are read)."""
        headers = getattr(self, "headers", None)
        language = language_of(headers.get("Accept-Language") if headers is not None else None)
        return self.server.phone.words[language]

    # -- endpoints -----------------------------------------------------------

    def _page(self) -> None:
        self._send(HTTPStatus.OK, self.server.phone.page(self.words), "text/html; charset=utf-8",
                   {"Content-Security-Policy": _PAGE_POLICY})

    def _round(self) -> None:
        if not self.server.phone.joined(self._token()):
            self._refuse(HTTPStatus.UNAUTHORIZED, "join_first")
            return
        self._answer(HTTPStatus.OK, {"ok": True, **self.server.phone.view(self._token())})

    def _results(self) -> None:
        if not self.server.phone.joined(self._token()):
            self._refuse(HTTPStatus.UNAUTHORIZED, "join_first")
            return
        found = self.server.phone.results()
        if found is None:
            self._refuse(HTTPStatus.CONFLICT, "not_revealed")
            return
        self._answer(HTTPStatus.OK, {"ok": True, "results": found})

    def _join(self) -> None:
        phone, client = self.server.phone, self.client_address[0]
        if phone.blocked(client):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too_many_codes", {"Retry-After": "60"})
            return
        token = phone.join(client, read_join(self._body()), self._token())
        if token is None:
            self._refuse(HTTPStatus.FORBIDDEN, "wrong_code")
            return
        cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=86400"
        self._answer(HTTPStatus.OK, {"ok": True, **phone.view(token)}, {"Set-Cookie": cookie})

    def _ballot(self) -> None:
        token = self._token()
        if token is None or not self.server.phone.joined(token):
            self._refuse(HTTPStatus.UNAUTHORIZED, "join_first")
            return
        self.server.phone.cast(token, self._body())
        self._answer(HTTPStatus.OK, {"ok": True, "message": self.words.page["accepted"]})

    # -- reading and answering -----------------------------------------------

    def _body(self) -> bytes:
        """The request's body, read once; a body that cannot be read whole
        closes the connection (what is left of it is no next request)."""
        self._body_read = True
        if self.headers.get("Transfer-Encoding") is not None:
            self.close_connection = True
            raise FormError("malformed")
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            self.close_connection = True
            raise FormError("malformed")
        if int(length) > MAX_BODY:
            self.close_connection = True
            raise FormError("too_large")
        self.connection.settimeout(BODY_WAIT)
        try:
            body = self.rfile.read(int(length))
        except OSError as error:  # a timeout too: the phone stopped sending
            raise _Truncated from error
        finally:
            self.connection.settimeout(self.timeout)
        if len(body) < int(length):
            raise _Truncated
        return body

    def _discard_body(self) -> None:
        """Before any answer: a body the endpoint did not read is read and
        dropped (or, unreadable, the connection closes), so that it is never
        taken for the next request on a kept-alive connection."""
        if getattr(self, "_body_read", True) or self.close_connection:
            return
        announced = self.headers.get("Content-Length")
        if announced is None and self.headers.get("Transfer-Encoding") is None:
            self._body_read = True  # no body
            return
        try:
            self._body()
        except (FormError, _Truncated):
            self.close_connection = True

    def _token(self) -> str | None:
        try:
            cookie = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return None
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel is not None and well_formed_token(morsel.value) else None

    def _refuse(self, status: HTTPStatus, key: str, headers: dict[str, str] | None = None) -> None:
        self._answer(status, self._said(lambda words: words.errors[key]), headers)

    def _said(self, text: Callable[[Words], str]) -> dict[str, Any]:
        """A refusal: its message in the phone's language, and in every
        language the page speaks (the page switches without asking again)."""
        return {"ok": False, "message": text(self.words),
                "messages": {language: text(words)
                             for language, words in self.server.phone.words.items()}}

    def _answer(self, status: HTTPStatus, data: dict[str, Any],
                headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", headers or {})

    def _send(self, status: HTTPStatus, body: bytes, content_type: str,
              headers: dict[str, str]) -> None:
        self._discard_body()
        self.send_response(status)
        for name, value in {**_HEADERS, **headers, "Content-Type": content_type,
                            "Content-Length": str(len(body)),
                            "Content-Language": self.words.language}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests (bad request line, header too long) get our
        short answer, never the standard library's page."""
        self.close_connection = True
        key = "malformed" if code < HTTPStatus.INTERNAL_SERVER_ERROR else "not_allowed"
        self._refuse(HTTPStatus(code), key)

    def version_string(self) -> str:
        return "Razem"

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged (addresses and codes stay private)."""
