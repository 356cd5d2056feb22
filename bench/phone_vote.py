"""phone_vote: 100 phones vote at once over loopback.

**Razem**: the program as the room uses it: the main window (Prioritise
console following the ballots) and the shared screen (the join card with its
live count), offscreen; voting from phones started on 127.0.0.1. A second
process plays 100 phones, each in its own thread: join with the code, read
the round, then, all together (a barrier), send a dots ballot. Timed per
phone from sending the ballot to reading "accepted" (the ballot is committed
by then: WAL, synchronous=FULL, its undo step, the views told). Meanwhile a
5 ms QTimer on the GUI thread records the longest gap between its ticks: how
long the GUI thread was busy at once.

**Baseline**: a bare `http.server.ThreadingHTTPServer` in the same process
answering the same three requests, writing each ballot with raw `sqlite3`
(one connection behind a lock, same pragmas), the same 100 phones; the
same timer on an idle event loop.
"""

from __future__ import annotations

import http.client
import itertools
import json
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.common import REPO_DIR, BenchError, BenchResult, Options, Row, percentile, scratch_dir, verdict

NAME = "phone_vote"
PHONES = 100
TARGET_P95_MS, TARGET_WALL_S, TARGET_STALL_MS = 200.0, 10.0, 50.0
TICK_MS = 5
SPREAD_S = 9.0


def run(options: Options) -> BenchResult:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        ours, theirs = _razem(app, folder / "a", SPREAD_S), _baseline(app, folder / "b", SPREAD_S)
        burst, base_burst = _razem(app, folder / "c", 0.0), _baseline(app, folder / "d", 0.0)
    p95 = percentile(ours["times"], 95)
    result.rows = [
        Row(NAME, f"phones accepted of {PHONES}", ours["accepted"], theirs["accepted"],
            f"={PHONES}", verdict(ours["accepted"] == PHONES)),
        Row(NAME, "accepted ballots in the file", ours["in_file"], theirs["in_file"],
            f"={PHONES}", verdict(ours["in_file"] == ours["accepted"])),
        Row(NAME, "ballot → accepted p50 ms", percentile(ours["times"], 50),
            percentile(theirs["times"], 50)),
        Row(NAME, "ballot → accepted p95 ms", p95, percentile(theirs["times"], 95),
            f"≤{TARGET_P95_MS:g} ms", verdict(p95 <= TARGET_P95_MS)),
        Row(NAME, f"{PHONES} phones join and vote, s", ours["wall"], theirs["wall"],
            f"≤{TARGET_WALL_S:g} s", verdict(ours["wall"] <= TARGET_WALL_S)),
        Row(NAME, "longest GUI-thread stall ms", ours["stall"], theirs["stall"],
            f"≤{TARGET_STALL_MS:g} ms", verdict(ours["stall"] <= TARGET_STALL_MS)),
        Row(NAME, "all at once: ballot → accepted p95 ms", percentile(burst["times"], 95),
            percentile(base_burst["times"], 95)),
        Row(NAME, "all at once: longest GUI-thread stall ms", burst["stall"],
            base_burst["stall"]),
        Row(NAME, "all at once: accepted / in the file", burst["accepted"] * 1000
            + burst["in_file"], base_burst["accepted"] * 1000 + base_burst["in_file"],
            "100100", verdict(burst["accepted"] == burst["in_file"] == PHONES)),
    ]
    result.notes.append(f"{PHONES} phones in a second process (one thread each) join and "
                        f"send their ballots at moments spread evenly over {SPREAD_S:g} s; 'all "
                        "at once': 100 phones join, then send together; stall = longest gap between "
                        f"ticks of a {TICK_MS} ms QTimer, less its interval")
    return result


def _razem(app: Any, folder: Path, spread: float) -> dict[str, Any]:
    from workshop_app.models import PhaseKind
    from workshop_app.services import WorkshopService
    from workshop_app.services.demo import write_demo
    from workshop_app.storage import WorkshopStore
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import WorkshopSession

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "phones.razem"
    write_demo(path)
    store = WorkshopStore.open(path)
    service = WorkshopService(store)
    made = service.add_round(title="Z telefonów", dots_per_voter=3, max_per_option=2).created
    assert made is not None
    service.open_round(round_id=made)
    session = WorkshopSession(service, path)
    window = MainWindow(session, [])
    window.resize(1280, 800)
    window.show()
    window.show_phase(PhaseKind.PRIORITISE)
    window.toggle_presenter()
    assert window.presenter is not None
    window.presenter.resize(1920, 1080)
    try:
        server = session.phones.start(made, "127.0.0.1")
        measured = _phones_against(app, server.host, server.port, server.code, spread)
        session.phones.stop()
        measured["in_file"] = service.phone_ballots(made)
    finally:
        session.shutdown()
        window.close()
        if window.presenter is not None:
            window.presenter.close()
        store.close()
    return measured


def _baseline(app: Any, folder: Path, spread: float) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "baseline.sqlite", isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ballots (id TEXT PRIMARY KEY, round_id TEXT, votes TEXT, "
                 "shown TEXT, sector TEXT, kind TEXT, device TEXT, created_at TEXT)")
    lock = threading.Lock()

    class Bare(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._json({"ok": True, "options": [{"id": f"o{n}", "title": f"Opcja {n}"}
                                                for n in range(8)]})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/api/ballot":
                ballot = json.loads(body)
                with lock:
                    conn.execute("BEGIN")
                    conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 (str(uuid.uuid4()), "r", json.dumps(ballot["votes"]),
                                  json.dumps(ballot["shown"]), None, "phone",
                                  self.headers.get("Cookie", ""), time.time()))
                    conn.execute("COMMIT")
                self._json({"ok": True, "message": "Accepted"})
            else:
                self._json({"ok": True, "options": [{"id": f"o{n}", "title": f"Opcja {n}"}
                                                    for n in range(8)]},
                           cookie=f"razem_phone={uuid.uuid4().hex}")

        def _json(self, data: dict[str, Any], cookie: str = "") -> None:
            raw = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            if cookie:
                self.send_header("Set-Cookie", cookie)
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # as Razem's: 100 phones connect at once

    server = Server(("127.0.0.1", 0), Bare)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        measured = _phones_against(app, "127.0.0.1", server.server_address[1], "x", spread)
    finally:
        server.shutdown()
        server.server_close()
    measured["in_file"] = conn.execute("SELECT count(*) FROM ballots").fetchone()[0]
    conn.close()
    return measured


def _phones_against(app: Any, host: str, port: int, code: str, spread: float) -> dict[str, Any]:
    """Run the phones' process against a server while the event loop turns;
    their timings and the longest stall of the GUI thread."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    child = subprocess.Popen([sys.executable, "-m", "bench.phone_vote", host, str(port), code,
                              str(PHONES), str(spread)], cwd=REPO_DIR, stdout=subprocess.PIPE,
                             text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout or ()), daemon=True)
    reader.start()
    try:
        while child.poll() is None:
            # Timed from the phones' first request on, not while their
            # process starts (its imports take the CPU from everyone).
            if lines and not timer.isActive():
                timer.start()
            app.processEvents()
            time.sleep(0.0005)
    finally:
        timer.stop()
    reader.join(timeout=30)
    out = lines[-1] if lines else ""
    if child.returncode != 0:
        raise BenchError(f"the phones' process failed: {out[-500:]}")
    found = json.loads(out)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    found["stall"] = max(0.0, (max(gaps, default=0.0) * 1000) - TICK_MS)
    return found


# -- the phones' process ---------------------------------------------------------------


def _request(host: str, port: int, method: str, path: str, body: dict[str, Any] | None,
             cookie: str) -> tuple[int, dict[str, Any], str]:
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if cookie:
            headers["Cookie"] = cookie
        connection.request(method, path, body=None if body is None else json.dumps(body),
                           headers=headers)
        response = connection.getresponse()
        data = json.loads(response.read())
        return response.status, data, (response.getheader("Set-Cookie") or "").split(";")[0]
    finally:
        connection.close()


def phones(host: str, port: int, code: str, count: int, spread: float) -> dict[str, Any]:
    """`count` phones join and send their ballots at moments spread evenly
    over `spread` seconds, or (0) all join, then all send at once."""
    barrier = threading.Barrier(count)
    times: list[float] = []
    accepted = [0]
    lock = threading.Lock()

    def phone(number: int) -> None:
        if spread:  # each phone joins at its own moment, then votes
            barrier.wait()
            time.sleep(spread * number / count)
        _status, view, cookie = _request(host, port, "POST", "/api/join", {"code": code}, "")
        shown = [o["id"] for o in view["options"]]
        if not spread:  # all joined first, then all send together
            barrier.wait()
        start = time.perf_counter()
        status, answer, _ = _request(host, port, "POST", "/api/ballot",
                                     {"votes": {shown[0]: 1}, "shown": shown}, cookie)
        took = (time.perf_counter() - start) * 1000
        with lock:
            times.append(took)
            accepted[0] += status == 200 and bool(answer.get("ok"))

    start = time.perf_counter()
    threads = [threading.Thread(target=phone, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"times": times, "accepted": accepted[0], "wall": time.perf_counter() - start}


if __name__ == "__main__":
    print("ready", flush=True)
    print(json.dumps(phones(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]),
                            float(sys.argv[5]))))
