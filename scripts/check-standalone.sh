#!/usr/bin/env bash
# Checks that the repository stands alone: no tracked file may point to a contract or data outside it.
#
#   scripts/check-standalone.sh
#
# Scans every file git tracks (git ls-files; text files only, this script excepted) for
#   - the word SPEC in capitals (`SPEC §3`, `SPEC.md`, `the SPEC example`, `SPEC's`), and `spec.md` in any case:
#     the contract lives in docs/ (INPUTS.md, METHOD.md, OUTPUTS.md, CLI.md); cite those instead;
#   - `../shared`: a folder beside the repository, which a clone does not have.
# Identifiers such as `ColumnSpec` or `spec` do not match: only SPEC as a whole word does.
#
# Prints every hit as FILE:LINE: text and exits 1 when there is any, 0 when there is none, 2 when it
# cannot run (not inside a git work tree).
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null) || {
    echo "check-standalone: not inside a git work tree" >&2
    exit 2
}
cd "$root"

self=scripts/check-standalone.sh
pathspec=(-- . ":(exclude)$self")

# git grep exits 1 when nothing matches; only a status above 1 is an error.
search() {
    local status=0
    git grep -n -I "$@" "${pathspec[@]}" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "check-standalone: git grep failed ($status)" >&2
        exit 2
    fi
}

hits=$(
    {
        search -w -e SPEC
        search -i -w -E -e 'spec\.md'
        search -F -e '../shared'
    } | sort -t: -k1,1 -k2,2n -u
)

if [ -n "$hits" ]; then
    echo "$hits"
    count=$(printf '%s\n' "$hits" | wc -l)
    files=$(printf '%s\n' "$hits" | cut -d: -f1 | sort -u | wc -l)
    echo "check-standalone: FAIL: $count references to SPEC or ../shared in $files tracked files" \
        "— cite docs/INPUTS.md, docs/METHOD.md, docs/OUTPUTS.md or docs/CLI.md, and keep data inside the repository" >&2
    exit 1
fi
echo "check-standalone: OK: no tracked file refers to SPEC or ../shared"
