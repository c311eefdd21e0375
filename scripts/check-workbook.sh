#!/usr/bin/env bash
# Opens capplan.xlsx as a planner's tools do and compares it with the run's CSV files.
#
#   scripts/check-workbook.sh RUN_FOLDER FIGURES_FOLDER PYTHON
#
# 1. Installs LibreOffice Calc without a GUI (Debian package libreoffice-calc-nogui) and
#    poppler-utils (pdftoppm) when they are missing; needs root or sudo.
# 2. openpyxl (PYTHON, the notebooks' environment, which pins it) reads every sheet: the sheet names
#    are those capplan writes, and every numeric column of the Prioritas sheet (every column whose
#    priorities.csv cells are all numbers, and the workbook-only components) holds numbers, not text.
# 3. LibreOffice headless converts the Prioritas sheet to CSV (raw values, not as shown) and every
#    figure is compared with priorities.csv: the same text, or the same number.
# 4. LibreOffice prints the workbook to FIGURES_FOLDER/capplan-workbook.pdf (A4, the sheets' own print
#    setup) and pdftoppm renders its first pages to PNG there, to look at.
# Exit 0 when the workbook agrees, 1 when it does not, 2 on wrong usage.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 RUN_FOLDER FIGURES_FOLDER PYTHON" >&2
    exit 2
fi
run=$1
figures=$2
python=$3
workbook=$run/capplan.xlsx

fail() {
    echo "check-workbook: FAIL: $*" >&2
    exit 1
}

[ -f "$workbook" ] || fail "$workbook does not exist — run 'make run' (or capplan run) first"
mkdir -p "$figures"

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-workbook: installing ${missing[*]} (Debian)" >&2
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null; then
        fail "${missing[*]} missing and not root — run: apt-get install -y ${missing[*]}"
    fi
    start=$SECONDS
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    echo "check-workbook: installed in $((SECONDS - start)) s" >&2
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A private LibreOffice profile, so a desktop session or a concurrent conversion never interferes.
office=(soffice --headless "-env:UserInstallation=file://$scratch/profile")

"$python" - "$workbook" "$run/priorities.csv" <<'PY' || fail "openpyxl found a problem (above)"
import csv
import sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
names = book.sheetnames
print("check-workbook: openpyxl reads %d sheets: %s" % (len(names), ", ".join(names)))
sheet = book[names[1]]
rows = list(sheet.iter_rows(values_only=True))
header = rows[0]
# The sheet's first columns are priorities.csv's, in its order: a column whose CSV cells are not all
# numbers is text (codes, names, the data note), so new text columns need no change here.
table = list(csv.reader(open(sys.argv[2], encoding="utf-8")))


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


text_columns = {i for i in range(len(table[0])) if not all(is_number(row[i]) for row in table[1:])}
for index, label in enumerate(header):
    if index in text_columns:
        continue
    for row in rows[1:]:
        if not isinstance(row[index], (int, float)):
            sys.exit("column %r holds %r, not a number" % (label, row[index]))
print("check-workbook: %s: %d rows, every figure a number" % (names[1], len(rows) - 1))
PY

# Token 12 picks the sheet (2: Prioritas); token 9 false writes raw values rather than as shown
# (LibreOffice still writes a percent-formatted value as 100 × value with a % sign).
"${office[@]}" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,2' \
    --outdir "$scratch" "$workbook" >/dev/null 2>"$scratch/convert.log" ||
    fail "LibreOffice could not convert $workbook: $(tail -3 "$scratch/convert.log")"
csv=$(ls "$scratch"/*.csv | head -1)
[ -s "$csv" ] || fail "LibreOffice wrote no CSV for the Prioritas sheet"

python3 - "$csv" "$run/priorities.csv" <<'PY' || fail "the Prioritas sheet differs from priorities.csv (above)"
import csv, sys

sheet = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
table = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
if len(sheet) != len(table):
    sys.exit("%d rows in the sheet, %d in priorities.csv" % (len(sheet), len(table)))
compared = 0
for line, (ours, theirs) in enumerate(zip(sheet[1:], table[1:]), start=2):
    for column, expected in enumerate(theirs):
        got = ours[column]
        try:
            # A cell with a percent format comes out as its value times 100 with a % sign.
            value = float(got[:-1]) / 100 if got.endswith("%") else float(got)
            same = abs(value - float(expected)) <= 1e-9 * max(1.0, abs(float(expected)))
        except ValueError:
            same = got == expected
        if not same:
            sys.exit("priorities.csv line %d column %d: %r in the CSV, %r in the sheet" % (line, column + 1, expected, got))
        compared += 1
print("check-workbook: LibreOffice's Prioritas sheet equals priorities.csv, %d figures compared" % compared)
PY

"${office[@]}" --convert-to pdf --outdir "$scratch" "$workbook" >/dev/null 2>"$scratch/pdf.log" ||
    fail "LibreOffice could not print $workbook: $(tail -3 "$scratch/pdf.log")"
cp "$scratch/capplan.pdf" "$figures/capplan-workbook.pdf"
rm -f "$figures"/capplan-workbook-*.png
pdftoppm -r 80 -png -f 1 -l 3 "$figures/capplan-workbook.pdf" "$figures/capplan-workbook"
pages=$(ls "$figures"/capplan-workbook-*.png | wc -l)
[ "$pages" -ge 2 ] || fail "the printed workbook has $pages page images"
echo "check-workbook: OK: $figures/capplan-workbook.pdf and $pages page images"
