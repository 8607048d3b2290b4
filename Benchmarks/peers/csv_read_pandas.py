#!/usr/bin/env python3
"""Read activities.csv fully into typed columns with pandas (pyarrow engine, multi-threaded).

    python3 csv_read_pandas.py PATH/activities.csv
prints: rows=<n> biaya_sum=<int> dated=<n>   (the line berdaya's activities-totals prints)
"""
import sys

import pandas as pd


def main():
    df = pd.read_csv(sys.argv[1], engine="pyarrow", dtype=str, keep_default_na=False)
    cost = pd.to_numeric(df["biaya"].replace("", None)).astype("Int64")
    dates = pd.to_datetime(df["tanggal"].replace("", None), format="%Y-%m-%d")
    print("rows=%d biaya_sum=%d dated=%d" % (len(df), cost.sum(), dates.notna().sum()))


if __name__ == "__main__":
    main()
