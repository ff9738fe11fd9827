#!/usr/bin/env python3
"""Writes the two-column CSV files timed by cli-end-to-end.sh (deterministic: fixed seed).

    benchmarks/cli-data.py DIR [ROWS]      (ROWS defaults to 2,000,000)

DIR/regress.csv   actual,predicted: actual a price-like decimal with two places (0.00 to
                  1000.00), predicted actual plus Gaussian noise written as Python's shortest
                  round-trip repr (up to 17 significant digits, as numpy/pandas write floats).
DIR/classify.csv  actual,predicted: integer labels 0-4, predicted equal to actual 80% of the time.
"""
import os
import random
import sys


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 2_000_000
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(20261125)
    with open(os.path.join(out_dir, "regress.csv"), "w", newline="") as f:
        f.write("actual,predicted\n")
        lines = []
        for _ in range(rows):
            actual = rng.randrange(100_000) / 100
            lines.append(f"{actual:.2f},{actual + rng.gauss(0, 25)!r}\n")
            if len(lines) == 10_000:
                f.writelines(lines)
                lines.clear()
        f.writelines(lines)
    with open(os.path.join(out_dir, "classify.csv"), "w", newline="") as f:
        f.write("actual,predicted\n")
        lines = []
        for _ in range(rows):
            actual = rng.randrange(5)
            predicted = actual if rng.random() < 0.8 else rng.randrange(5)
            lines.append(f"{actual},{predicted}\n")
            if len(lines) == 10_000:
                f.writelines(lines)
                lines.clear()
        f.writelines(lines)


if __name__ == "__main__":
    main()
