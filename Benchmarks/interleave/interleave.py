#!/usr/bin/env python3
"""Interleaved whole-process timing: runs each command once per round, in turn, for N rounds.

    python3 Benchmarks/interleave/interleave.py N "anchor command" "command" ...

The first command is the anchor. Because the commands alternate, a host that speeds up or slows
down during the run (this 2-core VM drifts by up to 1.7x within a session) affects every command
alike, which back-to-back hyperfine runs cannot promise. Prints min, p25, median and p75 in ms
and each command's median and minimum against the anchor's. Output goes to /dev/null; a command
that exits non-zero is reported and stops the run (use `|| true` for `check` with findings).
"""
import statistics
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rounds = int(sys.argv[1])
    commands = sys.argv[2:]
    times = [[] for _ in commands]
    for command in commands:  # warm-up: page cache, dynamic loader
        subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(rounds):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            result = subprocess.run(
                command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[index].append(time.perf_counter() - start)
            if result.returncode != 0:
                print(f"exit {result.returncode}: {command}", file=sys.stderr)
                return 1
    anchor = sorted(times[0])
    anchor_median = statistics.median(anchor)
    print(f"{rounds} rounds; ms; ratios against the first command")
    for command, samples in zip(commands, times):
        ordered = sorted(samples)
        quartiles = statistics.quantiles(ordered, n=4)
        median = statistics.median(ordered)
        print(
            f"min {ordered[0] * 1000:7.1f}  p25 {quartiles[0] * 1000:7.1f}"
            f"  median {median * 1000:7.1f}  p75 {quartiles[2] * 1000:7.1f}"
            f"  median/anchor {median / anchor_median:5.3f}  min/anchor {ordered[0] / anchor[0]:5.3f}"
            f"  {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
