#!/usr/bin/env python3
"""Build Data/raw/population.csv (BPS series) and Data/raw/population_dukcapil_2024.csv.

Usage, from the repository root:

    python3 Data/build/population.py [BUNDLE_DIR] [--check]

BUNDLE_DIR holds the Kaltara source files (default: Data/build/sources, the
copies kept in the repository; Data/build/sources/README.md gives their
provenance). With --check nothing is written; the exit code is 1 if either
file differs from what this script would write.

Inputs: BUNDLE_DIR/kaltara_penduduk.csv and kaltara_kabupaten.csv (the
figures, each looked up by level, code, year and `jenis` and checked against
the value expected here, so a changed source stops the build),
BUNDLE_DIR/kaltara_kecamatan.csv (a check of the desa/kelurahan counts), and
Data/reference/kecamatan.csv (the 55 kecamatan with desa/kelurahan counts).

Method (Data/README.md explains it): each kabupaten total is split into
kecamatan figures in two steps, both with largest-remainder rounding (ties
to the lower code), so every kabupaten sums exactly to its total:
  1. blocks: kecamatan or groups with a known share of the kabupaten get
     total x share; the rest of the total goes to the remaining kecamatan;
  2. inside a block the figure is split by weights (desa+kelurahan count,
     or Malinau's Dukcapil 2020 kecamatan figures).
Each row's `jenis`: `turunan` when the kabupaten total is derived; else
`alokasi` when the row's share is by desa+kelurahan count; else the kind of
the total (`sensus`, `proyeksi`, `registrasi`).
Deterministic, standard library only.
"""

import csv
import io
import sys
from fractions import Fraction
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "Data/build/sources"
HEADER = ["kode_kecamatan", "kecamatan", "kabupaten", "tahun", "penduduk", "sumber", "jenis"]

# The kind of a kabupaten total (capplan's `jenis`, docs/INPUTS.md "Population").
SENSUS, PROYEKSI, REGISTRASI, TURUNAN, ALOKASI = "sensus", "proyeksi", "registrasi", "turunan", "alokasi"


def fail(msg):
    sys.exit(f"population.py: {msg}")


def round_half_away(q):
    """Round a non-negative Fraction half away from zero."""
    return int(q + Fraction(1, 2))


def largest_remainder(total, quotas):
    """Integers summing to `total`, near the Fraction quotas (which sum to total).

    quotas: list of (key, Fraction). Leftover units go to the largest
    fractional parts; ties to the earlier key in the list.
    """
    if sum(q for _, q in quotas) != total:
        fail(f"quotas do not sum to {total}")
    out = {k: int(q) for k, q in quotas}  # floor: quotas are >= 0
    left = total - sum(out.values())
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i][1] - int(quotas[i][1])), i))
    for i in order[:left]:
        out[quotas[i][0]] += 1
    return out


# --- inputs -------------------------------------------------------------------------

def load_figures(bundle):
    """kaltara_penduduk.csv indexed by (level, kode_kemendagri, tahun, jenis)."""
    rows = {}
    with open(bundle / "kaltara_penduduk.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["level"], r["kode_kemendagri"] or r["nama"], r["tahun"], r["jenis"])
            if key in rows:
                fail(f"duplicate figure {key} in kaltara_penduduk.csv")
            rows[key] = r
    return rows


def figure(figs, level, kode, tahun, jenis, expect):
    r = figs.get((level, kode, str(tahun), jenis))
    if r is None:
        fail(f"figure {level} {kode} {tahun} {jenis} not in kaltara_penduduk.csv")
    value = int(r["penduduk"])
    if value != expect:
        fail(f"figure {level} {kode} {tahun} {jenis} is {value}, expected {expect}: review the rules")
    return value


def load_dukcapil_2024(bundle):
    """Kabupaten totals, Dukcapil Semester II (Dec) 2024, from kaltara_kabupaten.csv."""
    with open(bundle / "kaltara_kabupaten.csv", newline="", encoding="utf-8") as f:
        return {r["kode"]: int(r["penduduk_total_dukcapil_des2024"]) for r in csv.DictReader(f)}


def load_regions():
    """Data/reference/kecamatan.csv, checked: 55 kecamatan, codes unique."""
    with open(REPO / "Data/reference/kecamatan.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes = [r["kode"] for r in rows]
    if len(rows) != 55 or len(set(codes)) != 55:
        fail("Data/reference/kecamatan.csv must list 55 distinct kecamatan")
    for r in rows:
        r["dk"] = int(r["desa"]) + int(r["kelurahan"])
    return sorted(rows, key=lambda r: r["kode"])


def check_regions_against_bundle(regions, bundle):
    with open(bundle / "kaltara_kecamatan.csv", newline="", encoding="utf-8") as f:
        b = {r["kode"]: int(r["jumlah_desa_kelurahan"]) for r in csv.DictReader(f)}
    for r in regions:
        if b.get(r["kode"]) != r["dk"]:
            fail(f"{r['kode']}: desa+kelurahan differs between reference/kecamatan.csv and the bundle")


# --- rules --------------------------------------------------------------------------

def rules(figs):
    """Per kabupaten: its blocks (shares), weights, and the BPS totals per year.

    Every number below is read from the bundle (figure() checks it) or is
    arithmetic on such numbers, as the comments and `sumber` strings say.
    """
    g = lambda *a: figure(figs, *a)
    prov_2020 = g("provinsi", "65", 2020, "sensus_SP2020", 701814)
    prov_2023 = g("provinsi", "65", 2023, "estimasi_bps_mid_year", 746201)
    prov_growth = Fraction(prov_2023, prov_2020)

    # Bulungan: Tanjung Selor and Bunyu have BPS kecamatan figures; they fix
    # those two kecamatan's shares, from the published year nearest each row.
    bul_2020 = g("kabupaten", "65.01", 2020, "sensus_SP2020", 151269)
    bul_2021 = g("kabupaten", "65.01", 2021, "estimasi_bps", 153558)
    bul_2024 = g("kabupaten", "65.01", 2024, "proyeksi_bps_sp2020", 160241)
    bul_2016 = g("kabupaten", "65.01", 2016, "estimasi_bps", 150655)
    ts_2021 = g("kecamatan", "65.01.05", 2021, "bps_kda", 56569)
    ts_2023 = g("kecamatan", "65.01.05", 2023, "estimasi_bps_mid_year", 63588)
    bunyu_2016 = g("kecamatan", "65.01.10", 2016, "estimasi_bps", 13672)
    # No BPS Bulungan figure for 2023 in the bundle: linear between SP2020 and the 2024 projection.
    bul_2023 = bul_2020 + Fraction(3, 4) * (bul_2024 - bul_2020)
    assert bul_2023.denominator == 1
    bul_2023 = int(bul_2023)
    # Shares: (codes, share, sumber text, split inside the block by desa+kelurahan count).
    ts_share_early = ("65.01.05", Fraction(ts_2021, bul_2021),
                      f"x Tanjung Selor share {ts_2021}/{bul_2021} (BPS 2021)", False)
    ts_share_late = ("65.01.05", Fraction(ts_2023, bul_2023),
                     f"x Tanjung Selor share {ts_2023}/{bul_2023} (BPS est. 2023 / kab. 2023 interpolated)", False)
    bunyu_share = ("65.01.10", Fraction(bunyu_2016, bul_2016),
                   f"x Bunyu share {bunyu_2016}/{bul_2016} (BPS est. 2016)", False)
    bul_rest = "minus Tanjung Selor and Bunyu; allocated by desa+kelurahan count"

    # Malinau: SP2020 total derived in the bundle (province minus the other four);
    # kecamatan shares from the Dukcapil 2020 breakdown (used only as shares).
    mal_2020 = g("kabupaten", "65.02", 2020, "sensus_SP2020_derived", 83085)
    mal_dk = {k: int(r["penduduk"]) for (lvl, k, t, j), r in figs.items()
              if lvl == "kecamatan" and k.startswith("65.02.") and t == "2020" and j == "dukcapil_2020"}
    mal_dk_total = g("kabupaten", "65.02", 2020, "dukcapil_2020", 81059)
    if len(mal_dk) != 15 or sum(mal_dk.values()) != mal_dk_total:
        fail("Malinau Dukcapil 2020 kecamatan figures: need 15 rows summing to 81059")
    mal_2023 = round_half_away(mal_2020 * prov_growth)
    mal_rule = f"allocated by Dukcapil 2020 kecamatan shares (of {mal_dk_total})"

    # Nunukan: SP2020 total; Pulau Sebatik (5 kecamatan) SP2020 figure; the Nunukan
    # kecamatan figure 63391 (year and system not stated) fixes its share.
    nun_2020 = g("kabupaten", "65.03", 2020, "sensus_SP2020", 199090)
    sebatik_2020 = g("pulau", "65.03.01+08+10+11+12", 2020, "sensus_SP2020", 47571)
    nunukan_kec = g("kecamatan", "65.03.02", "", "unknown", 63391)
    nun_2023 = round_half_away(nun_2020 * prov_growth)
    sebatik = ["65.03.01", "65.03.08", "65.03.10", "65.03.11", "65.03.12"]
    nun_shares = [
        (tuple(sebatik), Fraction(sebatik_2020, nun_2020),
         f"x Pulau Sebatik share {sebatik_2020}/{nun_2020} (BPS SP2020); allocated by desa count", True),
        ("65.03.02", Fraction(nunukan_kec, nun_2020),
         f"x Nunukan kec. share {nunukan_kec}/{nun_2020} (kec. figure: id.wikipedia; year and system unstated)",
         False),
    ]
    nun_rest = "minus Pulau Sebatik and Nunukan kec.; allocated by desa+kelurahan count"

    tt_2020 = g("kabupaten", "65.04", 2020, "sensus_SP2020", 25584)
    tt_2022 = g("kabupaten", "65.04", 2022, "estimasi_bps_mid_year", 27571)
    trk_2020 = g("kabupaten", "65.71", 2020, "sensus_SP2020", 242786)
    trk_2023 = g("kabupaten", "65.71", 2023, "estimasi_bps_mid_year", 249960)

    growth_txt = f"x province BPS 2023/2020 {prov_2023}/{prov_2020}"
    dk = "allocated by desa+kelurahan count"
    bps = {
        # kabupaten: [(year, total, label of total, shares, rest rule, kind of total)]
        "65.01": [(2020, bul_2020, f"BPS SP2020 Kab. Bulungan {bul_2020}", [ts_share_early, bunyu_share], bul_rest,
                   SENSUS),
                  (2024, bul_2024, f"BPS projection 2024 Kab. Bulungan {bul_2024}", [ts_share_late, bunyu_share], bul_rest,
                   PROYEKSI)],
        "65.02": [(2020, mal_2020, f"BPS SP2020 Kab. Malinau {mal_2020} (derived: province minus 4 kab.)", [], mal_rule,
                   TURUNAN),
                  (2023, mal_2023, f"BPS Kab. Malinau 2023 {mal_2023} (derived: SP2020 {mal_2020} {growth_txt})", [], mal_rule,
                   TURUNAN)],
        "65.03": [(2020, nun_2020, f"BPS SP2020 Kab. Nunukan {nun_2020}", nun_shares, nun_rest, SENSUS),
                  (2023, nun_2023, f"BPS Kab. Nunukan 2023 {nun_2023} (derived: SP2020 {nun_2020} {growth_txt})", nun_shares, nun_rest,
                   TURUNAN)],
        "65.04": [(2020, tt_2020, f"BPS SP2020 Kab. Tana Tidung {tt_2020}", [], dk, SENSUS),
                  (2022, tt_2022, f"BPS est. mid-2022 Kab. Tana Tidung {tt_2022}", [], dk, PROYEKSI)],
        "65.71": [(2020, trk_2020, f"BPS SP2020 Kota Tarakan {trk_2020}", [], dk, SENSUS),
                  (2023, trk_2023, f"BPS est. mid-2023 Kota Tarakan {trk_2023}", [], dk, PROYEKSI)],
    }
    weights = {"65.02": mal_dk}  # else desa+kelurahan count
    return bps, weights


def dukcapil_rules(bps, duk):
    """Dukcapil Dec 2024 totals, split with the shares of each kabupaten's latest BPS row."""
    names = {"65.01": "Kab. Bulungan", "65.02": "Kab. Malinau", "65.03": "Kab. Nunukan",
             "65.04": "Kab. Tana Tidung", "65.71": "Kota Tarakan"}
    out = {}
    for kab, years in bps.items():
        _, _, _, shares, rest, _ = years[-1]
        out[kab] = [(2024, duk[kab], f"Dukcapil Dec 2024 {names[kab]} {duk[kab]}", shares, rest, REGISTRASI)]
    if sum(duk[k] for k in out) != duk["65"]:
        fail("Dukcapil kabupaten totals do not sum to the province total")
    return out


# --- allocation ---------------------------------------------------------------------

def row_kind(total_kind, by_desa):
    """A row's `jenis`: a derived total makes it `turunan`; else a share by desa+kelurahan count
    makes it `alokasi`; else it is of its total's kind."""
    if total_kind == TURUNAN:
        return TURUNAN
    return ALOKASI if by_desa else total_kind


def allocate(regions, table, weights):
    rows = []
    for kab, years in table.items():
        members = [r for r in regions if r["kode"].startswith(kab + ".")]
        w = weights.get(kab) or {r["kode"]: r["dk"] for r in members}
        rest_by_desa = kab not in weights
        for year, total, label, shares, rest, kind in years:
            blocks = []  # (key, quota, codes, sumber, jenis)
            taken = set()
            for codes, share, text, by_desa in shares:
                codes = codes if isinstance(codes, tuple) else (codes,)
                blocks.append((codes, total * share, codes, f"{label} {text}", row_kind(kind, by_desa)))
                taken.update(codes)
            rest_codes = tuple(r["kode"] for r in members if r["kode"] not in taken)
            blocks.append((rest_codes, total - sum(b[1] for b in blocks), rest_codes, f"{label} {rest}",
                           row_kind(kind, rest_by_desa)))
            block_int = largest_remainder(total, [(b[0], b[1]) for b in blocks])
            for key, _, codes, sumber, jenis in blocks:
                bt = block_int[key]
                wsum = sum(w[c] for c in codes)
                per = largest_remainder(bt, [(c, Fraction(bt * w[c], wsum)) for c in codes])
                for c in codes:
                    rows.append((c, year, per[c], sumber, jenis))
            got = sum(p for c, y, p, *_ in rows if y == year and c.startswith(kab + "."))
            if got != total:
                fail(f"{kab} {year}: kecamatan sum {got} != {total}")
    return rows


def render(regions, rows):
    by_code = {r["kode"]: r for r in regions}
    if {c for c, *_ in rows} != set(by_code):
        fail("not every kecamatan of reference/kecamatan.csv has rows")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for c, year, pop, sumber, jenis in sorted(rows, key=lambda x: (x[0], x[1])):
        r = by_code[c]
        w.writerow([c, r["kecamatan"], r["kabupaten"], year, pop, sumber, jenis])
    return buf.getvalue().encode("utf-8")


def main(argv):
    args = [a for a in argv if a != "--check"]
    check = "--check" in argv
    bundle = Path(args[0]) if args else SOURCES
    regions = load_regions()
    check_regions_against_bundle(regions, bundle)
    figs = load_figures(bundle)
    bps, weights = rules(figs)
    outputs = {
        "Data/raw/population.csv": render(regions, allocate(regions, bps, weights)),
        "Data/raw/population_dukcapil_2024.csv":
            render(regions, allocate(regions, dukcapil_rules(bps, load_dukcapil_2024(bundle)), weights)),
    }
    status = 0
    for rel, data in outputs.items():
        path = REPO / rel
        if check:
            if not path.exists() or path.read_bytes() != data:
                print(f"{rel}: differs from the build", file=sys.stderr)
                status = 1
        else:
            path.write_bytes(data)
            rows = data.count(b"\n") - 1
            print(f"wrote {rel} ({rows} rows)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
