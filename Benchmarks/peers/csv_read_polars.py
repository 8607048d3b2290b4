#!/usr/bin/env python3
"""Read activities.csv fully into typed columns with polars (multi-threaded reader).

    python3 csv_read_polars.py PATH/activities.csv
prints: rows=<n> biaya_sum=<int> dated=<n>   (the line berdaya's activities-totals prints)
Text columns stay text; tanggal becomes a date, biaya a 64-bit integer.
"""
import sys

import polars as pl


def main():
    df = pl.read_csv(
        sys.argv[1], schema_overrides={"biaya": pl.Int64, "tanggal": pl.Date}, infer_schema_length=0
    )
    print("rows=%d biaya_sum=%d dated=%d" % (df.height, df["biaya"].sum(), df["tanggal"].count()))


if __name__ == "__main__":
    main()
