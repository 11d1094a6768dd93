"""How long `make test` takes here against another checkout of the project (issue 8: the
whole suite on SQLite in at most half of the baseline's wall time, on the same machine, in
one sitting). Run by hand:

    git worktree add ../wt-baseline 5576dae && ln -s "$PWD/.venv" ../wt-baseline/.venv
    .venv/bin/python bench/suite_time.py ../wt-baseline --rounds 2

Each round runs `make test` (warm: each checkout's kept test database is made by a first,
unmeasured run) in the baseline and then here, and prints the wall time, the CPU time of
every process the run started (user + sys, the steadier number when the machine is shared)
and the load average before each run. Run it on a quiet machine: with other work running,
the wall times say more about the neighbours than about the suite."""

import argparse
import os
import re
import resource
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
# The installed virtual environment is used as it is (`-o` marks the targets up to date).
MAKE = ["make", "-o", "install", "-o", ".venv/.installed", "test"]


def run_suite(checkout):
    """(wall seconds, CPU seconds of the run's processes, the summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 (make, with fixed arguments)
        MAKE, cwd=checkout, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summaries = re.findall(r"^=* ?(\d+ (?:passed|failed).*?) in [\d.]+s", result.stdout, re.M)
    summary = summaries[-1] if summaries else f"exit status {result.returncode}"
    return wall, cpu, summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="the baseline's checkout (with .venv)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-warm-up", action="store_true", help="the databases are kept")
    args = parser.parse_args()
    checkouts = {"baseline": args.baseline.resolve(), "this": HERE}
    if not args.no_warm_up:
        for checkout in checkouts.values():
            run_suite(checkout)
    results = {name: [] for name in checkouts}
    for round_number in range(1, args.rounds + 1):
        for name, checkout in checkouts.items():
            load = " ".join(f"{value:.2f}" for value in os.getloadavg())
            wall, cpu, summary = run_suite(checkout)
            results[name].append(wall)
            print(
                f"round {round_number} {name:<8} {wall:6.1f} s wall {cpu:6.1f} s CPU  "
                f"load {load}  {summary}",
                flush=True,
            )
    best = {name: min(walls) for name, walls in results.items()}
    print(
        f"fastest: baseline {best['baseline']:.1f} s, this {best['this']:.1f} s "
        f"({best['this'] / best['baseline']:.0%} of the baseline)"
    )


if __name__ == "__main__":
    main()
