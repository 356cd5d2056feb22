"""Run a module as `python -m` would and report the process's peak memory.

`python -m bench.peak OUT MODULE ARGS...` runs MODULE with ARGS, then writes
the peak resident memory of this process (VmHWM, in MB) to OUT. A parent's
`wait4` cannot give this figure: the child's high-water mark includes the
copy of the parent it was forked from, before the exec.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def _peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    out, module, *args = sys.argv[1:]
    sys.argv = [module, *args]
    code: int | str | None = 0
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code
    Path(out).write_text(f"{_peak_mb():.1f}\n", encoding="ascii")
    return code if isinstance(code, int) else 1


if __name__ == "__main__":
    sys.exit(main())
