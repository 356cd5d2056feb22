"""Runner: `python -m bench [NAME ...] [--platform xcb]` from the repository root.

Runs the chosen benchmarks (all by default), prints one table with each
figure next to its same-run baseline, target and verdict, and writes
bench/out/results.json. Exit code 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from collections.abc import Sequence
from typing import Any

from bench.common import (
    OUT_DIR,
    REPO_DIR,
    BenchError,
    BenchResult,
    Options,
    machine_facts,
    table_lines,
)

BENCHMARKS = ("add_idea", "load_5000", "import_5000", "startup", "kill_200", "window_kill_200",
              "gather_enter", "canvas_2000",
              "suggest_quality", "suggest_speed", "vote_speed", "schedule_40", "pdf_summary",
              "phone_vote", "merge_speed")
RESULTS = OUT_DIR / "results.json"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list:
        print("\n".join(BENCHMARKS))
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}",
              file=sys.stderr)
        return 2
    # The kill benchmark imports tests/helpers from the repository.
    if str(REPO_DIR) not in sys.path:
        sys.path.insert(0, str(REPO_DIR))
    options = Options(platform=args.platform)
    facts = machine_facts()
    results = [_run_one(name, options) for name in (args.names or BENCHMARKS)]
    _print_report(results, facts)
    _write_json(results, facts)
    return 0 if all(r.verdict == "PASS" for r in results) else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})")
    parser.add_argument("--platform", metavar="QPA",
                        help="Qt platform for startup (default: $QT_QPA_PLATFORM or offscreen; "
                             "'xcb' needs DISPLAY, e.g. under xvfb-run -a)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser


def _run_one(name: str, options: Options) -> BenchResult:
    print(f"running {name} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        result: BenchResult = importlib.import_module(f"bench.{name}").run(options)
    except BenchError as exc:
        result = BenchResult(name, error=str(exc))
    except Exception as exc:  # a bug in a benchmark or in Razem: show it, keep going
        traceback.print_exc()
        result = BenchResult(name, error=f"{type(exc).__name__}: {exc}")
    result.seconds = time.perf_counter() - start
    print(f"  {name}: {result.verdict} in {result.seconds:.1f} s", file=sys.stderr, flush=True)
    return result


def _print_report(results: Sequence[BenchResult], facts: dict[str, Any]) -> None:
    print(f"\nPython {facts['python']}, SQLite {facts['sqlite']}, {facts['cpus']} CPUs, "
          f"{facts['platform']}; scratch files on {facts['scratch_filesystem']}\n")
    print("\n".join(table_lines(results)))
    print()
    for result in results:
        for note in result.notes:
            print(f"{result.name}: {note}")
        if result.error:
            print(f"{result.name}: ERROR: {result.error}")
    verdicts = ", ".join(f"{r.name} {r.verdict}" for r in results)
    print(f"\n{verdicts}\nresults written to {RESULTS.relative_to(REPO_DIR)}")


def _write_json(results: Sequence[BenchResult], facts: dict[str, Any]) -> None:
    """Merge into results.json: a run of one benchmark keeps the others' last results."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    benchmarks = data.get("benchmarks", {}) if isinstance(data, dict) else {}
    for result in results:
        benchmarks[result.name] = {**result.to_json(), "machine": facts}
    data = {"benchmarks": {n: benchmarks[n] for n in BENCHMARKS if n in benchmarks}}
    temp = RESULTS.with_suffix(".json.tmp")
    temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    temp.replace(RESULTS)


if __name__ == "__main__":
    sys.exit(main())
