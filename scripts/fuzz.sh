#!/usr/bin/env bash
# make fuzz: runs each fuzz target (docs/TESTING.md "Fuzzing") under libFuzzer for SECONDS seconds.
# usage: scripts/fuzz.sh BINARY TARGETS SECONDS
# Working corpora grow in .fuzz/corpus/TARGET (the committed seeds in Tests/CapplanFuzzingTests/Corpus
# are read, never written); an input that breaks a property, crashes or hangs (10 s) is saved in
# .fuzz/findings/TARGET/ and fails the run. Each run's executions and seconds are appended to
# .fuzz/log.tsv, so the total time each target has run here can be summed.
set -euo pipefail
binary=$1
targets=$2
seconds=$3
all="csv inputs plan pipeline"
[ "$targets" = all ] && targets=$all
status=0
for target in $targets; do
    case " $all " in *" $target "*) ;; *) echo "fuzz: unknown target $target (one of: $all)" >&2; exit 64 ;; esac
    corpus=.fuzz/corpus/$target
    findings=.fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    log=$(mktemp)
    echo "== fuzz $target for $seconds s"
    set +e
    # No leak checks here (TOMLKit leaks each plan it parses, thousands of times a run): make sanitize's job.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 CAPPLAN_FUZZ_TARGET=$target "$binary" "$corpus" "Tests/CapplanFuzzingTests/Corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$log" 2>&1
    code=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)

    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$seconds" "${runs:-0}" "$code" >>.fuzz/log.tsv
    grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
    if [ "$code" -ne 0 ]; then
        echo "fuzz: $target found an input that breaks its property (exit $code): see $findings/" >&2
        grep -E 'ERROR|Fatal error|property broken|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
        cp "$log" "$findings/log-$(date -u +%Y%m%dT%H%M%SZ).txt"
        status=1
    fi
    rm -f "$log"
done
exit $status
