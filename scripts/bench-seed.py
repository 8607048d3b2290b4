#!/usr/bin/env python3
"""Seeds scripts/bench's result cache from the committed BENCHMARKS.md.

The cache ($BENCH_DATA/results) lives in /tmp and is gone on a fresh machine; BENCHMARKS.md is
assembled from every cached row, so a partial run (SIZES="M L") would otherwise drop the rows it did
not measure. Each row and note (and the micro-benchmark section) of BENCHMARKS.md is written back as the cache file it came from,
keeping its measurement time, load and commit; a row already cached is left alone. The peak RSS comes
back as the MB shown (the table shows no finer): the table shows it unchanged, but an RSS ratio
computed from two such rows may move in its last digit.

Usage: scripts/bench-seed.py BENCHMARKS.md RESULTS_DIR
"""
import os
import re
import sys

KINDS = {
    "The coverage job, end to end": "job",
    "CSV import alone": "import",
    "Reading activities.csv into typed columns": "read",
    "XLSX read: registry.xlsx into typed records": "xlsx",
}


def program(kind, label):
    """The cache key's program part for a row label (see record calls in scripts/bench)."""
    if label.startswith("berdaya validate --registry"):
        return "registry-validate"
    if label.startswith("registry.csv into typed records"):
        return "registry-read"
    if label.startswith("berdaya (full report, inputs hashed every run)"):
        return "berdaya-hashing"
    if label.startswith("berdaya"):
        return "berdaya"
    match = re.fullmatch(r"(?:csv|xlsx)_read_(\w+)\.py", label)
    return match.group(1) if match else label


def note_key(kind, text):
    """The cache key of a note line (see note calls in scripts/bench)."""
    words = text.split()
    subject = words[0].rstrip(":")
    if kind == "job":
        return f"{subject}.job"
    if kind == "import":
        return f"{subject}.import.registry"
    return f"{subject}.{kind}.{words[1].rstrip(':')}"


def main():
    source, results = sys.argv[1], sys.argv[2]
    os.makedirs(results, exist_ok=True)
    kind = None
    written = 0
    for line in open(source, encoding="utf-8"):
        if line.startswith("## "):
            kind = KINDS.get(line[3:].strip())
            continue
        if kind is None:
            continue
        if line.startswith("| ") and not line.startswith("| set "):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            when, commit = (part.strip() for part in cells[12].split(","))
            key = f"{cells[0]}.{kind}.{program(kind, cells[3])}"
            if cells[4].startswith("failed: "):
                status, wall = re.fullmatch(r"failed: (\S+) after (\S+) s", cells[4]).groups()
                cpu, load = "0", cells[11]
            else:
                status, wall, cpu, load = "ok", cells[4], cells[5], cells[11]
            rss_kb = int(cells[6]) * 1024 + 512
            row = [kind, cells[0], cells[2], cells[3], wall, str(rss_kb), cpu, load, "0", when, commit, status]
            path = os.path.join(results, key + ".tsv")
        elif line.startswith("- ") and kind is not None:
            text = line[2:].rstrip("\n")
            path = os.path.join(results, note_key(kind, text) + ".note")
            row = None
        else:
            continue
        if os.path.exists(path):
            continue
        with open(path, "w", encoding="utf-8") as out:
            out.write("\t".join(row) + "\n" if row else text + "\n")
        written += 1
    # The micro-benchmark section, which scripts/microbench caches whole.
    text = open(source, encoding="utf-8").read()
    start = text.find("\n## Micro-benchmarks of the hot paths")
    path = os.path.join(results, "microbench.md")
    if start >= 0 and not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as out:
            out.write(text[start:])
        written += 1
    print(f"bench-seed: {written} cached rows and notes taken from {source}", file=sys.stderr)


if __name__ == "__main__":
    main()
