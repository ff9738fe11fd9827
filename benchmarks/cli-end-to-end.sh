#!/usr/bin/env bash
# End-to-end timing of the command line against pandas + scikit-learn. See benchmarks/README.md.
#
#   benchmarks/cli-end-to-end.sh [ROWS]
#
# Generates (once, seeded: benchmarks/cli-data.py) a ROWS-row (default 2,000,000) two-column
# regression CSV and a classification CSV, then times, interleaved, RUNS times each (default 5):
#   - java -jar cli/target/evalkit.jar regress|classify FILE --actual actual --predicted predicted
#     --format json  (a fresh JVM each time: start-up included)
#   - pandas.read_csv + the same scikit-learn metrics inside one already-running Python (imports
#     done before timing: Python's start-up left out)
# and prints a Markdown table of medians (wall and CPU = user + sys, all threads), plus the mse
# of both as a cross-check.
#
# Environment:
#   RUNS          runs per row (default 5)
#   DATA_DIR      where the CSVs go (default ${TMPDIR:-/tmp}/evalkit-cli-data)
#   JAR           the jar (default cli/target/evalkit.jar; built if missing)
#   BASELINE_JAR  another evalkit.jar to time in the same interleaved runs (e.g. an older build)
#   JAVA          the java command (default java)
#   PYTHON        a python3 with pandas and scikit-learn (default: /usr/bin/python3 if it has
#                 them, else python3; Debian: apt-get install python3-pandas python3-sklearn)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
rows="${1:-2000000}"
data="${DATA_DIR:-${TMPDIR:-/tmp}/evalkit-cli-data}"
jar="${JAR:-$root/cli/target/evalkit.jar}"

python="${PYTHON:-}"
if [ -z "$python" ]; then
  python=python3
  if /usr/bin/python3 -c 'import pandas, sklearn' 2>/dev/null; then
    python=/usr/bin/python3
  fi
fi
if ! "$python" -c 'import pandas, sklearn' 2>/dev/null; then
  echo "$python lacks pandas or scikit-learn (Debian: apt-get install python3-pandas python3-sklearn)" >&2
  exit 2
fi

if [ ! -f "$jar" ]; then
  echo "== building $jar" >&2
  (cd "$root" && ./mvnw -q -Pfast package -DskipTests -pl cli -am)
fi

if [ "$(cat "$data/rows" 2>/dev/null || true)" != "$rows" ]; then
  echo "== generating $rows rows in $data" >&2
  "$python" "$here/cli-data.py" "$data" "$rows"
  echo "$rows" > "$data/rows"
fi

exec "$python" - "$data" "${RUNS:-5}" "${JAVA:-java}" "$jar" ${BASELINE_JAR:+"$BASELINE_JAR"} <<'PY'
import json, os, resource, statistics, subprocess, sys, time

import pandas as pd
from sklearn import metrics

data, runs, java, jars = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]


def regress(path):
    df = pd.read_csv(path)
    y, p = df["actual"].to_numpy(), df["predicted"].to_numpy()
    mse = metrics.mean_squared_error(y, p)
    metrics.mean_absolute_error(y, p)
    metrics.r2_score(y, p)
    metrics.explained_variance_score(y, p)
    metrics.max_error(y, p)
    metrics.median_absolute_error(y, p)
    metrics.mean_absolute_percentage_error(y, p)
    return mse


def classify(path):
    df = pd.read_csv(path)
    y, p = df["actual"].to_numpy(), df["predicted"].to_numpy()
    metrics.confusion_matrix(y, p)
    metrics.precision_recall_fscore_support(y, p, zero_division=0)
    metrics.precision_recall_fscore_support(y, p, average="macro", zero_division=0)
    metrics.precision_recall_fscore_support(y, p, average="weighted", zero_division=0)
    metrics.accuracy_score(y, p)
    metrics.balanced_accuracy_score(y, p)
    metrics.matthews_corrcoef(y, p)
    metrics.cohen_kappa_score(y, p)
    return None


def in_process(fn, path):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(path)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def jar_run(jar, command, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    out = subprocess.run(
        [java, "-jar", jar, command, path, "--actual", "actual", "--predicted", "predicted",
         "--format", "json"], check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(out).get("mse")


rows = []
for command, fn in (("regress", regress), ("classify", classify)):
    path = os.path.join(data, command + ".csv")
    samples = {("jar", j): [] for j in jars}
    samples[("python", None)] = []
    checks = {}
    for _ in range(runs):  # interleaved, so that load changes hit every row alike
        for j in jars:
            w, c, r = jar_run(j, command, path)
            samples[("jar", j)].append((w, c))
            checks.setdefault(j, r)
        w, c, r = in_process(fn, path)
        samples[("python", None)].append((w, c))
        checks.setdefault("python", r)
    for (kind, j), s in samples.items():
        shown = j and (j if os.path.relpath(j).startswith("..") else os.path.relpath(j))
        label = (f"`java -jar {shown} {command}` (JVM start included)" if kind == "jar"
                 else f"pandas `read_csv` + scikit-learn, {command} metrics, in a running Python")
        rows.append((label, statistics.median(w for w, _ in s), statistics.median(c for _, c in s),
                     " ".join(f"{w:.2f}" for w, _ in s)))
    if command == "regress":
        print(f"mse cross-check: " + ", ".join(f"{k}: {v!r}" for k, v in checks.items()),
              file=sys.stderr)

size = os.path.getsize(os.path.join(data, "regress.csv")) / 1e6
print(f"\n{open(os.path.join(data, 'rows')).read().strip()} rows; regress.csv {size:.1f} MB; "
      f"pandas {pd.__version__}, scikit-learn {__import__('sklearn').__version__}; "
      f"load average {os.getloadavg()[0]:.1f}; {os.cpu_count()} cores\n")
print("| run | median wall | median CPU | wall of each run (s) |")
print("|---|--:|--:|---|")
for label, w, c, each in rows:
    print(f"| {label} | {w:.2f} s | {c:.2f} s | {each} |")
PY
