#!/usr/bin/env bash
# Run benchmark: `capplan run` on a synthetic country of 7,000 kecamatan and 250,000 workers
# (`capplan sample --seed 2025`), wall time median/min/max and peak memory over BENCH_RUNS runs
# (default 5), and how long each stage and output file took (capplan's own `--timings` table, the
# median over the runs): summary.json, capplan.xlsx and the rest. Run with `make bench`.
# Results go to Data/bench/run-results.txt and, as JSON, Data/bench/run-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.build/release/capplan
OUT=Data/bench
RUNS=${BENCH_RUNS:-5}
KECAMATAN=${BENCH_KECAMATAN:-7000}
WORKERS=${BENCH_WORKERS:-250000}
dir="$OUT/run-${KECAMATAN}x${WORKERS}"
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package time) for peak-memory figures" >&2
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if [ ! -f "$dir/README.md" ] || [ ! -f "$dir/roster.csv" ]; then
    "$BIN" sample --out "$dir" --kecamatan "$KECAMATAN" --workers "$WORKERS" --seed 2025 --force
fi

rm -f "$OUT/run-stages.txt" "$OUT/run-walls.txt"
for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$OUT/time.txt" -f "%e %M" "$BIN" run --config "$dir/plan.toml" --out "$OUT/run-out" \
        --quiet --timings >/dev/null 2>"$OUT/run-stderr.txt"
    cat "$OUT/time.txt" >>"$OUT/run-walls.txt"
    # capplan's --timings table: "  ingest roster                        0.417"; an output file is a part
    # of "render and publish", indented by four ("    summary.json   0.190") and listed as "write summary.json".
    awk '/^timings/ {on = 1; next} on && NF >= 2 {
            seconds = $NF; name = substr($0, 1, 36); part = (name ~ /^    /)
            gsub(/^ +| +$/, "", name); if (part) name = "write " name
            print name "\t" seconds }' "$OUT/run-stderr.txt" >>"$OUT/run-stages.txt"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
    echo "capplan run, $KECAMATAN kecamatan x $WORKERS workers, $RUNS runs ($(nproc) cores, $(uname -m))"
    walls=$(cut -d' ' -f1 "$OUT/run-walls.txt")
    printf 'wall s: median %s  min %s  max %s\n' "$(echo "$walls" | median)" \
        "$(echo "$walls" | sort -n | head -1)" "$(echo "$walls" | sort -n | tail -1)"
    printf 'peak RSS MiB: %s\n' "$(cut -d' ' -f2 "$OUT/run-walls.txt" | sort -n | tail -1 | awk '{printf "%.1f", $1 / 1024}')"
    echo "stage medians (s):"
    cut -f1 "$OUT/run-stages.txt" | awk '!seen[$0]++' | while read -r stage; do
        printf '  %-28s %s\n' "$stage" "$(awk -F'\t' -v s="$stage" '$1 == s {print $2}' "$OUT/run-stages.txt" | median)"
    done
} | tee "$OUT/run-results.txt"

python3 - "$OUT" <<'PY'
import json, statistics, sys
out = sys.argv[1]
walls = [line.split() for line in open(out + "/run-walls.txt")]
stages = {}
for line in open(out + "/run-stages.txt"):
    name, seconds = line.rstrip("\n").split("\t")
    stages.setdefault(name, []).append(float(seconds))
json.dump({
    "wall_seconds": {"median": statistics.median(float(w[0]) for w in walls),
                     "min": min(float(w[0]) for w in walls), "max": max(float(w[0]) for w in walls)},
    "peak_rss_mib": max(int(w[1]) for w in walls) / 1024,
    "stage_median_seconds": {k: statistics.median(v) for k, v in stages.items()},
}, open(out + "/run-results.json", "w"), indent=2, sort_keys=True)
PY
