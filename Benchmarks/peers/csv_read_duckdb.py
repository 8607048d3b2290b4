#!/usr/bin/env python3
"""Read activities.csv fully into a typed table with DuckDB (multi-threaded reader).

    python3 csv_read_duckdb.py PATH/activities.csv
prints: rows=<n> biaya_sum=<int> dated=<n>   (the line berdaya's activities-totals prints)
"""
import sys

import duckdb


def main():
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE a AS SELECT * FROM read_csv(?, header = true, all_varchar = true)", [sys.argv[1]]
    )
    rows, cost, dated = con.execute(
        "SELECT count(*), sum(CAST(NULLIF(biaya, '') AS BIGINT)), count(CAST(NULLIF(tanggal, '') AS DATE)) FROM a"
    ).fetchone()
    print("rows=%d biaya_sum=%d dated=%d" % (rows, cost or 0, dated))


if __name__ == "__main__":
    main()
