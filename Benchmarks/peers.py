"""One peer's read of the benchmark's CSV files, timed from outside by /usr/bin/time.

    python peers.py duckdb-count FILE...   DuckDB read_csv, count(*) (both cores)
    python peers.py duckdb-read FILE...    DuckDB read_csv into a table with typed columns
    python peers.py pandas-read FILE...    pandas read_csv (C engine) of every file

Prints the rows read per file; nothing else, so the wall time is the peer's.
"""
import sys


def duckdb_count(paths):
    import duckdb
    con = duckdb.connect()
    for path in paths:
        (rows,) = con.execute("SELECT count(*) FROM read_csv(?, header = true)", [path]).fetchone()
        print(f"{path}\t{rows}")


# Codes such as 11.13.01 look like dates to a type sniffer: they are text, as capplan reads them.
TEXT_COLUMNS = {"kode", "kode_kecamatan", "kode_bps", "id"}


def text_columns(path):
    with open(path, encoding="utf-8") as file:
        header = file.readline().strip().split(",")
    return {name: "VARCHAR" for name in header if name in TEXT_COLUMNS}


def duckdb_read(paths):
    import duckdb
    con = duckdb.connect()
    for index, path in enumerate(paths):
        types = text_columns(path)
        con.execute(f"CREATE TABLE t{index} AS SELECT * FROM read_csv(?, header = true, types = ?)", [path, types])
        (rows,) = con.execute(f"SELECT count(*) FROM t{index}").fetchone()
        print(f"{path}\t{rows}")


def pandas_read(paths):
    import pandas
    for path in paths:
        frame = pandas.read_csv(path, dtype={name: str for name in text_columns(path)}, low_memory=False)
        print(f"{path}\t{len(frame)}")


if __name__ == "__main__":
    peers = {"duckdb-count": duckdb_count, "duckdb-read": duckdb_read, "pandas-read": pandas_read}
    if len(sys.argv) < 3 or sys.argv[1] not in peers:
        sys.exit(__doc__)
    peers[sys.argv[1]](sys.argv[2:])
