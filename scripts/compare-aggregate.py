#!/usr/bin/env python3
"""Check `steadfast events aggregate` against DuckDB group by group.

usage: compare-aggregate.py GDELT_FILE STEADFAST_TSV [BENCH_DIR]
BENCH_DIR holds cols.py (the GDELT column names and DuckDB types; default ../shared/bench).
Empty codes are DuckDB NULLs and empty strings in the TSV. Prints the number of groups and the
differences (none when the two agree); exits 1 on any difference.
"""
import sys, os
import duckdb

path, ours = sys.argv[1], sys.argv[2]
bench = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench")
sys.path.insert(0, bench)
from cols import DUCK_COLUMNS

con = duckdb.connect()
src = "read_csv('%s', delim='\t', header=false, quote='', escape='', columns=%s)" % (path, DUCK_COLUMNS)
duck = {}
for a1, a2, month, root, n, g in con.execute(
        "SELECT Actor1CountryCode, Actor2CountryCode, MonthYear, EventRootCode, count(*), sum(GoldsteinScale) "
        "FROM %s GROUP BY ALL" % src).fetchall():
    duck[(a1 or "", a2 or "", "" if month is None else str(month), root or "")] = (n, g or 0.0)

mine = {}
with open(ours) as f:
    next(f)
    for line in f:
        a1, a2, month, root, n, g = line.rstrip("\n").split("\t")
        mine[(a1, a2, month, root)] = (int(n), float(g))

problems = 0
for key in duck.keys() | mine.keys():
    d, m = duck.get(key), mine.get(key)
    if d is None or m is None or d[0] != m[0] or abs(d[1] - m[1]) > 1e-6:
        problems += 1
        if problems <= 20:
            print("differs", key, "duckdb", d, "steadfast", m)
print("groups: duckdb %d, steadfast %d; rows: duckdb %d, steadfast %d; goldstein: duckdb %.1f, steadfast %.1f" % (
    len(duck), len(mine), sum(v[0] for v in duck.values()), sum(v[0] for v in mine.values()),
    sum(v[1] for v in duck.values()), sum(v[1] for v in mine.values())))
print("differences:", problems)
sys.exit(1 if problems else 0)
