#!/usr/bin/env bash
# Renders brief.html in headless Chromium and fails on a blank or broken page.
#
#   scripts/check-brief-html.sh FILE.html OUT.png
#
# 1. Installs Chromium from Debian (package `chromium`) when it is missing; needs root or sudo.
# 2. Screenshots the page at A4 proportions (794 CSS px wide, the width of A4 at 96 dpi, times 1.5
#    → a 1191 px wide PNG) and prints it to OUT.pdf (A4, from the page's own @page rule).
# 3. Checks the PNG with Python's standard library (zlib + struct, no PIL): it must decode, be
#    non-blank (enough non-white pixels), have content spread down the page, and hold at least
#    four solid colours besides white and grey (the charts' fills: a page without its SVG charts
#    has only text greys). The PDF must start with %PDF- and have at least one page.
#
# 4. Reads the PDF's pages back (pdftotext, from Debian's poppler-utils, installed when missing) and
#    fails on an empty page, a page without "page N of M" (halaman N dari M) in its footer, a first
#    page without the run's date when the brief names one, or a page whose last line is a heading
#    (a heading alone at a page foot). Each page is rendered to OUT-page-N.png (pdftoppm) to look at.
#
# HEIGHT (CSS px, default 7000) is the screenshot's window height: the page is cut there.
# Exit 0 when the page looks right, 1 when it does not, 2 on wrong usage.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 FILE.html OUT.png" >&2
    exit 2
fi
html=$1
png=$2
pdf=${png%.png}.pdf
height=${HEIGHT:-7000}

fail() {
    echo "check-brief-html: FAIL: $*" >&2
    exit 1
}

[ -f "$html" ] || fail "$html does not exist — run 'make run' (or capplan run) first"
mkdir -p "$(dirname "$png")"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "check-brief-html: Chromium is missing: installing Debian's chromium package" >&2
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null; then
        fail "chromium not found and not root — run: apt-get install -y chromium"
    fi
    start=$SECONDS
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    echo "check-brief-html: chromium installed in $((SECONDS - start)) s" >&2
    browser=$(command -v chromium) || fail "chromium installed but not on PATH"
fi

url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
rm -f "$png" "$pdf"
# A private profile, so a concurrent Chromium never shares (or locks) ours.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile"
    --disable-extensions --disable-background-networking --run-all-compositor-stages-before-draw)
start=$SECONDS
"$browser" "${flags[@]}" --window-size="794,$height" --force-device-scale-factor=1.5 \
    --screenshot="$png" "$url" >/dev/null 2>"$profile/screenshot.log" ||
    fail "chromium could not screenshot $url: $(tail -3 "$profile/screenshot.log")"
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "$url" \
    >/dev/null 2>"$profile/pdf.log" ||
    fail "chromium could not print $url to PDF: $(tail -3 "$profile/pdf.log")"
echo "check-brief-html: rendered in $((SECONDS - start)) s: $png, $pdf" >&2

python3 - "$png" "$pdf" <<'PYTHON'
"""Decodes the screenshot and the PDF just enough to tell a drawn page from a blank or broken one."""
import re
import struct
import sys
import zlib

png_path, pdf_path = sys.argv[1], sys.argv[2]


def fail(message):
    print(f"check-brief-html: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def read_png(path):
    """Width, height and rows of (r, g, b) bytes of an 8-bit RGB or RGBA PNG."""
    try:
        data = open(path, "rb").read()
    except OSError as error:
        fail(f"no screenshot: {error}")
    if len(data) < 10_000:
        fail(f"{path} is only {len(data)} bytes: the page is empty or did not load")
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    position, idat, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        fail(f"unexpected PNG format (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if channels == 3 else bytes(v for j, v in enumerate(line) if j % 4 != 3))
        previous = line
    return width, height, rows


width, height, rows = read_png(png_path)
inked = [sum(1 for x in range(0, width * 3, 3) if row[x] < 235 or row[x + 1] < 235 or row[x + 2] < 235)
         for row in rows]
total = sum(inked)
share = total / (width * height)
if share < 0.01:
    fail(f"the page is blank: {share:.2%} of the pixels are not white")
content = [y for y, count in enumerate(inked) if count]
top, bottom = content[0], content[-1]
# Content spread down the page: each of ten bands between the first and last drawn row has ink.
bands = 10
empty = [b + 1 for b in range(bands)
         if not any(inked[top + (bottom - top) * b // bands : top + (bottom - top) * (b + 1) // bands])]
if empty:
    fail(f"bands {empty} of {bands} down the page are empty: part of the page did not render")
# Solid colours: ones that fill at least 400 pixels and are not a grey (text and rules are greys).
counts = {}
for row in rows[top : bottom + 1 : 2]:
    for x in range(0, width * 3, 6):
        pixel = row[x : x + 3]
        counts[pixel] = counts.get(pixel, 0) + 1
colours = sorted((count, pixel.hex()) for pixel, count in counts.items()
                 if count >= 100 and max(pixel) - min(pixel) > 40)
if len(colours) < 4:
    fail(f"only {len(colours)} chart colours on the page ({', '.join(p for _, p in colours) or 'none'}): "
         "the SVG charts did not draw")
if bottom >= height - 2:
    print("check-brief-html: note: the page runs past the bottom of the screenshot; raise HEIGHT (CSS px) to see "
          "all of it", file=sys.stderr)
print(f"check-brief-html: PNG {width}×{height}, {share:.1%} drawn, content rows {top}–{bottom}, "
      f"{len(colours)} chart colours", file=sys.stderr)

try:
    pdf = open(pdf_path, "rb").read()
except OSError as error:
    fail(f"no PDF: {error}")
if not pdf.startswith(b"%PDF-") or len(pdf) < 2_000:
    fail(f"{pdf_path} is not a PDF or is empty ({len(pdf)} bytes)")
pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
if pages < 1:
    fail(f"{pdf_path} has no page")
print(f"check-brief-html: PDF {len(pdf)} bytes, {pages} A4 pages", file=sys.stderr)
print("check-brief-html: OK", file=sys.stderr)
PYTHON

if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    echo "check-brief-html: poppler-utils is missing: installing it (Debian)" >&2
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null
fi
rm -f "${png%.png}"-page-*.png
pdftoppm -r 60 -png "$pdf" "${png%.png}-page"
pdftotext -layout "$pdf" "$profile/pages.txt"
python3 - "$html" "$profile/pages.txt" <<'PYTHON'
"""The printed pages: none empty, each numbered, the first dated, none ending on a heading."""
import html
import re
import sys

page_html = open(sys.argv[1], encoding="utf-8").read()
pages = open(sys.argv[2], encoding="utf-8").read().split("\f")
if pages and not pages[-1].strip():
    pages = pages[:-1]


def fail(message):
    print(f"check-brief-html: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def words(text):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


headings = {words(h) for h in re.findall(r"<h[23]>(.*?)</h[23]>", page_html)}
date = re.search(r"(Tanggal analisis|Run on):? ([^.<]+)\.", page_html)
total = len(pages)
for number, text in enumerate(pages, start=1):
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    footer = re.compile(rf"(halaman|page) {number} (dari|of) {total}$")
    if not lines or not footer.search(lines[-1]):
        fail(f"page {number} of {total} has no footer 'page {number} of {total}' (last line: {lines[-1:]})")
    body = [line for line in lines[:-1] if not line.startswith(("SKENARIO", "SCENARIO"))]
    if not body:
        fail(f"page {number} of {total} is empty")
    if body[-1] in headings:
        fail(f"page {number} ends with the heading '{body[-1]}' alone at its foot")
    if number == 1 and date and date.group(2).strip() not in " ".join(lines):
        fail(f"the first page does not show the run's date '{date.group(2).strip()}'")
print(f"check-brief-html: {total} printed pages, each numbered, none empty, no heading at a page foot"
      + (f", dated {date.group(2).strip()}" if date else ""), file=sys.stderr)
PYTHON
