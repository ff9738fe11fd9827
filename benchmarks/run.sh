#!/usr/bin/env bash
# evalkit's JMH benchmarks. See benchmarks/README.md.
#
#   benchmarks/run.sh quick
#       Every benchmark once, briefly, at one size (1,023: it reaches the vector tails), on the
#       default java. Exits non-zero if any benchmark fails. CI runs this; a few minutes.
#
#   benchmarks/run.sh full [JAVA_HOME ...]
#       The whole suite on each JDK given (default: the JDK of `java` on the PATH, then Temurin 25
#       at /usr/lib/jvm/temurin-25-jdk-amd64), plus an allocation pass with -prof gc. Writes JMH
#       JSON to benchmarks/results/ and regenerates benchmarks/RESULTS.md.
#
# Environment:
#   BENCH_INCLUDE  JMH include regex (default: everything). With a subset, RESULTS.md is marked
#                  as a trial run.
#   BENCH_OPTS     JMH options of the full run's kernel pass (default below).
#   REPORT_OPTS    JMH options of the full run's pass over everything else: the metrics,
#                  reports and imputers, which need a longer warm-up (default below).
#   GC_OPTS        JMH options of the allocation pass.
#   JMH_IGNORE_LOCK  set to run even while another JMH run holds /tmp/jmh.lock (trials only:
#                  two runs at once disturb each other's numbers).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/results"

# The full run has two passes, because the two kinds of benchmark reach steady state at very
# different speeds.
# Kernels (package kernels): one fork, two one-second warm-up iterations and three 300 ms
# measurement iterations (a median and a 99.9% interval need at least three). Small sizes compile
# within milliseconds, but a Vector API kernel called on 1M-10M elements runs interpreted or
# C1-compiled, allocating every vector, at 200+ ms per call until C2 has compiled it: measured,
# its first second of calls was ~400x slower than the steady state. -Xbatch: on a loaded machine the
# background C2 queue lags behind such a short warm-up, and the Vector API runs orders of magnitude
# slower (allocating its vectors) until C2 has compiled it; synchronous compilation makes the
# warm-up finish compiling. It changes when code is compiled, not the compiled code. (-jvmArgs
# leaves the twins' @Fork(jvmArgsAppend) in place.)
default_full_opts="-f 1 -wi 2 -w 1s -i 3 -r 300ms -jvmArgs -Xbatch"
# Everything else (metrics, reports, imputers) runs far more code, which tiered compilation takes
# seconds to settle: the 10-class classification report at 1,000 rows ran at 775 µs, then 218, 30,
# 76, 11, 9 µs in six one-second warm-up iterations, and at 8.4 µs after them. Four one-second
# iterations in the background compiler's own time are most of that way; -Xbatch made it slower.
default_report_opts="-f 1 -wi 4 -w 1s -i 3 -r 500ms"
# Allocation per call barely depends on the timing once C2 has compiled the code (before, the
# Vector API allocates its vectors), so the gc pass is short and at one size.
default_gc_opts="-f 1 -wi 2 -w 1s -i 1 -r 500ms -p size=1000 -jvmArgs -Xbatch"
# Benchmarks over primitive arrays: evalkit's variants and the kernel benchmarks.
gc_include=('\.evalkit[A-Za-z]*$' 'io\.github\.evalkit\.benchmarks\.kernels\.')

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

ensure_jar() {
  if [ ! -f "$jar" ]; then
    echo "== building $jar"
    (cd "$root" && ./mvnw -q -Pfast package -DskipTests -pl benchmarks -am)
  fi
}

include_args() {
  if [ -n "${BENCH_INCLUDE:-}" ]; then
    printf '%s\n' "$BENCH_INCLUDE"
  fi
}

quick() {
  ensure_jar
  mkdir -p "$here/target"
  local out="$here/target/quick.json"
  local -a include=()
  mapfile -t include < <(include_args)
  echo "== quick benchmark run: every benchmark once, briefly, size 1023 (JDK: $(java -version 2>&1 | head -1))"
  # -foe: the first failing benchmark stops the run with a non-zero exit. A smoke run measures
  # nothing, so another JMH run on the machine (JMH's /tmp lock) need not stop it.
  java -Djmh.ignoreLock=true -jar "$jar" "${include[@]}" -foe true -f 1 -wi 0 -i 1 -r 100ms -p size=1023 \
    -rf json -rff "$out"
  # A benchmark that produced no result is a failure too (e.g. excluded by a bad parameter).
  local listed ran
  listed=$(java -jar "$jar" "${include[@]}" -l | grep -c '^io\.github\.evalkit\.' || true)
  ran=$(grep -o '"benchmark" : "[^"]*"' "$out" | sort -u | wc -l)
  if [ "$ran" -lt "$listed" ]; then
    echo "quick run: only $ran of $listed benchmarks produced a result" >&2
    exit 1
  fi
  echo "== quick run passed: $ran benchmarks"
}

jdk_label() {
  # "17", "25", ... from the JDK's own release file.
  local home="$1"
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
}

full() {
  ensure_jar
  local -a homes=("$@")
  if [ ${#homes[@]} -eq 0 ]; then
    local default_home
    default_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    homes=("$default_home" /usr/lib/jvm/temurin-25-jdk-amd64)
  fi
  local -a include=()
  mapfile -t include < <(include_args)
  local -a gc_patterns=("${gc_include[@]}")
  if [ ${#include[@]} -gt 0 ]; then
    gc_patterns=("${include[@]}")
  fi
  # Only this run's files feed RESULTS.md; they replace benchmarks/results/ once the run succeeded.
  local run_dir="$here/target/results-run"
  rm -rf "$run_dir"
  mkdir -p "$run_dir"
  local -a lock=()
  if [ -n "${JMH_IGNORE_LOCK:-}" ]; then
    lock=(-Djmh.ignoreLock=true)
  fi
  # Each pass excludes the other's benchmarks.
  local kernels='\.kernels\.' others='^(?!.*\.kernels\.)'
  local home label java
  for home in "${homes[@]}"; do
    java="$home/bin/java"
    label="jdk$(jdk_label "$home")"
    echo "== $label ($home): full run"
    {
      echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
      echo "java.home=$home"
      echo "java.version=$("$java" -version 2>&1 | head -1)"
      echo "options=kernels: ${BENCH_OPTS:-$default_full_opts}; others: ${REPORT_OPTS:-$default_report_opts}"
      echo "gc.options=${GC_OPTS:-$default_gc_opts}"
      echo "provider.scalar=$("$java" -Devalkit.vectorization=scalar -cp "$jar" \
        io.github.evalkit.benchmarks.report.ProviderName)"
      echo "provider.vector=$("$java" --add-modules=jdk.incubator.vector -cp "$jar" \
        io.github.evalkit.benchmarks.report.ProviderName 2>/dev/null)"
      echo "provider.default=$("$java" -cp "$jar" \
        io.github.evalkit.benchmarks.report.ProviderName 2>/dev/null)"
    } > "$run_dir/env-$label.properties"
    # shellcheck disable=SC2086 # the options are meant to split into words
    "$java" "${lock[@]}" -jar "$jar" "${include[@]:-.}" -e "$others" -foe true \
      ${BENCH_OPTS:-$default_full_opts} -rf json -rff "$run_dir/jmh-$label-kernels.json"
    # shellcheck disable=SC2086
    "$java" "${lock[@]}" -jar "$jar" "${include[@]:-.}" -e "$kernels" -foe true \
      ${REPORT_OPTS:-$default_report_opts} -rf json -rff "$run_dir/jmh-$label-others.json"
    echo "== $label: allocation pass (-prof gc)"
    # shellcheck disable=SC2086
    "$java" "${lock[@]}" -jar "$jar" "${gc_patterns[@]}" -foe true -prof gc \
      ${GC_OPTS:-$default_gc_opts} -rf json -rff "$run_dir/gc-$label.json"
  done
  # The command line end to end, when a Python with pandas and scikit-learn is at hand (the
  # script says how to get one otherwise); its table goes into RESULTS.md as is.
  if [ ${#include[@]} -eq 0 ]; then
    echo "== command line end to end (benchmarks/cli-end-to-end.sh)"
    if ! bash "$here/cli-end-to-end.sh" > "$run_dir/cli-end-to-end.md"; then
      echo "   skipped: see the message above" >&2
      rm -f "$run_dir/cli-end-to-end.md"
    fi
  fi
  local -a trial=()
  if [ ${#include[@]} -gt 0 ]; then
    trial=(--trial)
  fi
  rm -rf "$results"
  mv "$run_dir" "$results"
  java -cp "$jar" io.github.evalkit.benchmarks.report.ResultsReport \
    "$results" "$here/RESULTS.md" "${trial[@]}"
  echo "== wrote $here/RESULTS.md"
}

case "${1:-}" in
  quick) quick ;;
  full) shift; full "$@" ;;
  *) usage ;;
esac
