#!/usr/bin/env bash
# Ingest benchmark: `capplan validate` against a plain C libcsv field counter on the same files,
# at 100 thousand and 1 million roster rows, with peak memory (max RSS). Run with `make bench`.
# Writes synthetic inputs from `capplan sample` (7,300 kecamatan, seed 2025) to Data/bench/
# (git-ignored) and prints a table; results also go to Data/bench/results.txt.
# BENCH_RUNS=N sets the runs per measurement (median; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.build/release/capplan
OUT=Data/bench
RUNS=${BENCH_RUNS:-3}
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package time) for peak-memory figures" >&2
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
cc -O2 -o "$OUT/csvcount" Benchmarks/csvcount.c -lcsv

# median of RUNS wall times (seconds) of a command; peak RSS (KiB) of the last run into $OUT/peak_kib
measure() {
    local times=() t
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$OUT/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
        t=$(tail -1 "$OUT/time.txt")
        times+=("${t%% *}")
        echo "${t##* }" >"$OUT/peak_kib"
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

count_all() { for f in "$@"; do "$OUT/csvcount" "$f"; done; }
export -f count_all
export OUT

printf '%-9s %10s %12s %10s %12s %10s %14s\n' rows MB "C s" "C MB/s" "capplan s" "MB/s" "peak RSS MiB" | tee "$OUT/results.txt"
for rows in 100000 1000000; do
    dir="$OUT/$rows"
    # README.md marks a set written by `capplan sample` (an older set is regenerated).
    if [ ! -f "$dir/README.md" ] || [ ! -f "$dir/roster.csv" ] \
        || [ "$(($(wc -l <"$dir/roster.csv") - 1))" -ne "$rows" ]; then
        "$BIN" sample --out "$dir" --kecamatan 7300 --workers "$rows" --seed 2025 --force
    fi
    files=("$dir/regions.csv" "$dir/population.csv" "$dir/roster.csv")
    bytes=$(cat "${files[@]}" | wc -c)
    mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
    c_s=$(measure bash -c 'count_all "$@"' _ "${files[@]}")
    s=$(measure "$BIN" validate --config "$dir/plan.toml" --quiet --as-of 2026)
    peak=$(cat "$OUT/peak_kib")
    printf '%-9s %10s %12s %10s %12s %10s %14s\n' "$rows" "$mb" "$c_s" \
        "$(awk -v b="$bytes" -v t="$c_s" 'BEGIN {printf "%.0f", b / 1e6 / t}')" "$s" \
        "$(awk -v b="$bytes" -v t="$s" 'BEGIN {printf "%.0f", b / 1e6 / t}')" \
        "$(awk -v k="$peak" 'BEGIN {printf "%.1f", k / 1024}')" | tee -a "$OUT/results.txt"
    echo "$peak" >"$dir/peak_kib"
done
p1=$(cat "$OUT/100000/peak_kib")
p2=$(cat "$OUT/1000000/peak_kib")
awk -v a="$p1" -v b="$p2" 'BEGIN {printf "memory growth: %.0f bytes per worker between 100k and 1M rows\n", (b - a) * 1024 / 900000}' \
    | tee -a "$OUT/results.txt"
