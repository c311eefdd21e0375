#!/usr/bin/env python3
"""Seeded synthetic inputs for benchmarks: a regions list, population and a roster of N workers.

No real people: names are random syllables, IDs are BENCH-nnnnnnn, the NIK column holds random
digits (to exercise the parser's refusal to read it). Usage: generate.py OUT_DIR ROWS [SEED]
"""
import os
import random
import sys


def main() -> None:
    out, rows = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2025)
    os.makedirs(out, exist_ok=True)
    # About 7,300 kecamatan: 38 provinces, 14 kabupaten each, 14 kecamatan each.
    codes = [f"{p:02d}.{k:02d}.{d:02d}" for p in range(11, 49) for k in range(1, 15) for d in range(1, 15)]
    with open(os.path.join(out, "regions.csv"), "w") as f:
        f.write("kode,kecamatan,kabupaten,desa,kelurahan\n")
        for c in codes:
            f.write(f"{c},Kecamatan {c},Kabupaten {c[:5]},{rnd.randint(3, 25)},{rnd.randint(0, 5)}\n")
    with open(os.path.join(out, "population.csv"), "w") as f:
        f.write("kode_kecamatan,kecamatan,tahun,penduduk,sumber\n")
        for c in codes:
            base = rnd.randint(2_000, 120_000)
            f.write(f'{c},Kecamatan {c},2020,"{base:,}",synthetic\n')
            f.write(f'{c},Kecamatan {c},2024,"{int(base * rnd.uniform(1.0, 1.12)):,}",synthetic\n')
    syllables = ["ba", "di", "ka", "lo", "ma", "ni", "ra", "su", "ta", "wi", "ya", "ge"]
    statuses = ["aktif"] * 9 + ["nonaktif"]
    years = [""] * 3 + [str(y) for y in range(2015, 2026)]
    with open(os.path.join(out, "roster.csv"), "w") as f:
        f.write("id,nama,nik,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial,komunikasi,penanganan_kasus\n")
        for i in range(rows):
            name = "".join(rnd.choice(syllables) for _ in range(3)).title() + " " + "".join(
                rnd.choice(syllables) for _ in range(3)).title()
            role = "TKSK" if rnd.random() < 0.1 else "PSM"
            nik = "".join(rnd.choice("0123456789") for _ in range(16))
            f.write(f"BENCH-{i:07d},{name},{nik},{role},{rnd.choice(codes)},{rnd.choice(statuses)},"
                    f"{rnd.choice(years)},{rnd.choice(years)},{rnd.choice(years)},{rnd.choice(years)}\n")
    with open(os.path.join(out, "plan.toml"), "w") as f:
        f.write('regions = "regions.csv"\npopulation = ["population.csv"]\nroster = "roster.csv"\n'
                "base_year = 2025\nhorizon = 2030\n")


if __name__ == "__main__":
    main()
