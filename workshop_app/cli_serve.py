"""`workshop-app serve FILE ROUND_ID [--bind ADDR] [--port N]`: voting from
phones without the window (a second laptop at the door, tests).

The main thread owns the workshop and is the one writer (`QueueDesk`); the
HTTP server answers phones in its own threads. Ctrl+C or SIGTERM stops it
cleanly: the server stops answering, the file is closed, the lock freed.
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.cli_vote import find_round, print_lines
from workshop_app.models import RoundStatus
from workshop_app.phone.desk import QueueDesk
from workshop_app.phone.server import BadAddress, PhoneServer
from workshop_app.services import RefusalReason, Refused, WorkshopService
from workshop_app.storage import WorkshopStore

translate = QCoreApplication.translate

LOOPBACK = "127.0.0.1"


def add_command(sub: Any, add_common: Callable[[argparse.ArgumentParser], None],
                handler: Callable[[argparse.Namespace], int]) -> None:
    serve = sub.add_parser("serve", help=translate(
        "cli", "let phones vote in an open round over the local network (until Ctrl+C)"))
    serve.add_argument("file", metavar=translate("cli", "FILE"),
                       help=translate("cli", "the workshop file (.razem)"))
    serve.add_argument("round_id", metavar=translate("cli", "ROUND_ID"),
                       help=translate("cli", "the round's id, or its beginning"))
    serve.add_argument("--bind", default=LOOPBACK, metavar=translate("cli", "ADDR"),
                       help=translate("cli", "this computer's address on the room's network, "
                                             "e.g. 192.168.1.10 (default: 127.0.0.1, this "
                                             "computer only)"))
    serve.add_argument("--port", type=int, default=0, metavar="N",
                       help=translate("cli", "the port (default: any free one)"))
    serve.set_defaults(handler=handler)
    add_common(serve)


def serve(path: Path, wanted: str, *, bind: str, port: int, stop: threading.Event,
          started: Callable[[PhoneServer], None]) -> int:
    """Serve the round until `stop` is set; how many phones voted in it."""
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        voting_round = find_round(service, wanted)
        if voting_round.status is not RoundStatus.OPEN:
            raise Refused(RefusalReason.ROUND_CLOSED if voting_round.status is RoundStatus.CLOSED
                          else RefusalReason.ROUND_NOT_OPEN)
        desk = QueueDesk()
        server = PhoneServer(service=service, round_id=voting_round.id, desk=desk, bind=bind,
                             port=port)
        try:
            server.start()
            started(server)
            desk.serve_until(stop)
        finally:
            server.stop()
        return service.phone_ballots(voting_round.id)


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl+C and SIGTERM set `stop` (the main thread ends its loop)."""
    previous = {number: signal.signal(number, lambda *_: stop.set())
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def run(args: argparse.Namespace) -> int:
    """The command; errors are the caller's to word."""
    stop = threading.Event()

    def started(server: PhoneServer) -> None:
        print_lines([translate("cli", "Voting from phones: {url}").format(url=server.url),
                     translate("cli", "Join code: {code}").format(code=server.code),
                     translate("cli", "Stop with Ctrl+C.")])
        import sys

        sys.stdout.flush()

    with _stopped_by_signals(stop):
        voted = serve(Path(args.file), args.round_id, bind=args.bind, port=args.port,
                      stop=stop, started=started)
    print_lines([translate("cli", "Voting from phones stopped; phones with a ballot: {n}.")
                 .format(n=voted)])
    return 0


def bad_address(error: BadAddress) -> str:
    return translate("cli", "{address} is not an address of this computer written in numbers "
                            "(such as 192.168.1.10). Razem never listens on every network at "
                            "once (0.0.0.0).").format(address=error.args[0])


def not_listening(bind: str, port: int, error: OSError) -> str:
    return translate("cli", "Razem could not listen on {address}, port {port}: {detail}").format(
        address=bind, port=port or translate("cli", "any"), detail=error.strerror or error)
