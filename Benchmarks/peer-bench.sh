#!/usr/bin/env bash
# capplan beside its peers, side by side in one run, on the same seeded files (`make bench`).
#
# Datasets from `capplan sample --seed 2025` (BENCH_SETS, default "700x25000 7000x250000 7000x1000000":
# kecamatan x workers). On each, BENCH_RUNS runs (default 5) of:
#   capplan validate, capplan run (release build; run also writes every output, the workbook included),
#   the plain C libcsv field counter (Benchmarks/csvcount.c),
#   DuckDB read_csv with count(*) and with a full typed read into a table (both cores),
#   pandas read_csv (C engine),
# the peers from Benchmarks/requirements.txt in Benchmarks/.venv (pinned, rebuilt when the file changes).
# Prints wall median/min/max, MB/s (input bytes / median), peak RSS and each tool's time relative to
# capplan validate; writes Data/bench/peers/results.tsv and results.json.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.build/release/capplan
OUT=Data/bench/peers
RUNS=${BENCH_RUNS:-5}
SETS=${BENCH_SETS:-"700x25000 7000x250000 7000x1000000"}
VENV=Benchmarks/.venv
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package time) for peak-memory figures" >&2
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
stamp=$VENV/.requirements-stamp
if [ ! -f "$stamp" ] || [ Benchmarks/requirements.txt -nt "$stamp" ]; then
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r Benchmarks/requirements.txt
    touch "$stamp"
fi
cc -O2 -o "$OUT/csvcount" Benchmarks/csvcount.c -lcsv

count_all() { for f in "$@"; do "$OUT/csvcount" "$f" >/dev/null; done; }
export -f count_all
export OUT

# RUNS wall times and peak RSS of a command: "median min max peak_kib".
measure() {
    local walls=() peak=0 line
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$OUT/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
        line=$(tail -1 "$OUT/time.txt")
        walls+=("${line%% *}")
        [ "${line##* }" -gt "$peak" ] && peak=${line##* }
    done
    printf '%s\n' "${walls[@]}" | sort -n | awk -v p="$peak" '{a[NR]=$1} END {print a[int((NR+1)/2)], a[1], a[NR], p}'
}

printf 'set\ttool\tmedian_s\tmin_s\tmax_s\tmb_per_s\tpeak_mib\tvs_validate\n' >"$OUT/results.tsv"
printf '%-20s %-22s %9s %9s %9s %9s %10s %12s\n' set tool "median s" "min s" "max s" "MB/s" "peak MiB" "× validate"
for set in $SETS; do
    kecamatan=${set%x*}
    workers=${set#*x}
    dir=Data/bench/sets/$set
    if [ ! -f "$dir/README.md" ]; then
        "$BIN" sample --out "$dir" --kecamatan "$kecamatan" --workers "$workers" --seed 2025 --force --quiet
    fi
    files=("$dir/regions.csv" "$dir/population.csv" "$dir/roster.csv")
    bytes=$(cat "${files[@]}" | wc -c)
    validate=""
    while IFS='|' read -r tool command; do
        read -r median min max peak < <(eval "measure $command")
        [ -z "$validate" ] && validate=$median
        mbs=$(awk -v b="$bytes" -v t="$median" 'BEGIN {printf "%.0f", (t > 0 ? b / 1e6 / t : 0)}')
        mib=$(awk -v k="$peak" 'BEGIN {printf "%.1f", k / 1024}')
        ratio=$(awk -v t="$median" -v v="$validate" 'BEGIN {printf "%.2f", (v > 0 ? t / v : 0)}')
        printf '%-20s %-22s %9s %9s %9s %9s %10s %12s\n' "$set" "$tool" "$median" "$min" "$max" "$mbs" "$mib" "$ratio"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$tool" "$median" "$min" "$max" "$mbs" "$mib" "$ratio" \
            >>"$OUT/results.tsv"
    done <<TOOLS
capplan validate|"$BIN" validate --config "$dir/plan.toml" --quiet --as-of 2026
capplan run|"$BIN" run --config "$dir/plan.toml" --out "$OUT/run-out" --quiet --as-of 2026
C libcsv count|bash -c 'count_all "\$@"' _ ${files[*]}
DuckDB count(*)|"$VENV/bin/python" Benchmarks/peers.py duckdb-count ${files[*]}
DuckDB typed read|"$VENV/bin/python" Benchmarks/peers.py duckdb-read ${files[*]}
pandas read_csv|"$VENV/bin/python" Benchmarks/peers.py pandas-read ${files[*]}
TOOLS
    echo "  ($set: $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB of input)"
done
python3 - "$OUT" <<'PY'
import csv, json, sys
out = sys.argv[1]
rows = list(csv.DictReader(open(out + "/results.tsv"), delimiter="\t"))
json.dump(rows, open(out + "/results.json", "w"), indent=2)
PY
echo "results: $OUT/results.tsv and $OUT/results.json"
