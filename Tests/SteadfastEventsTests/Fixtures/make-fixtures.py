#!/usr/bin/env python3
"""Writes the event-file fixtures: small GDELT and ICEWS slices composed for the tests (not data).

Run from this folder: python3 make-fixtures.py (needs only the standard library; the zip is
written with zipfile so that the committed archive can be regenerated).
"""
import zipfile

A = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
     "Type1Code", "Type2Code", "Type3Code"]
GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
NAMES_57 = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + ["Actor1" + a for a in A]
            + ["Actor2" + a for a in A] + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
            + [p + g for p in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_") for g in GEO] + ["DATEADDED"])
NAMES_58 = NAMES_57 + ["SOURCEURL"]

def gdelt_row(fields, event_id, day, a1, a1c, a2, a2c, code, goldstein, ns=1, na=1, url=None):
    row = [""] * fields
    row[0], row[1], row[2], row[3], row[4] = str(event_id), day, day[:6], day[:4], day[:4] + ".5000"
    row[5], row[6], row[7] = a1, a1 and (a1c or "X") + " GOV", a1c
    row[15], row[16], row[17] = a2, a2 and (a2c or "X") + " GOV", a2c
    row[25], row[26], row[27], row[28], row[29] = "1", code, code[:3], code[:2], "1"
    row[30], row[31], row[32], row[33], row[34] = goldstein, str(ns * 2), str(ns), str(na), "-1.5"
    row[fields - 2] = day
    if url is not None and fields != 57:
        row[fields - 1] = url
    if fields == 57:
        row[56] = day
    return row

ROWS = [
    # id, day, actor1, country1, actor2, country2, code, goldstein, sources, articles, url
    (101, "20200927", "RUSGOV", "RUS", "ARMGOV", "ARM", "051", "3.4", 2, 3, "http://example.org/a"),
    (102, "20200927", "RUSGOV", "RUS", "ARMGOV", "ARM", "051", "3.4", 1, 1, "http://example.org/b"),
    (103, "20200928", "RUSGOV", "RUS", "AZEGOV", "AZE", "111", "-2.0", 1, 2, "http://example.org/c"),
    (104, "20201010", "RUS", "RUS", "ARM", "ARM", "0871", "9.0", 3, 4, "http://example.org/d"),
    (105, "20201011", "", "", "ARMMIL", "ARM", "190", "-10.0", 1, 1, "http://example.org/e"),
]

def write_gdelt(name, fields, header=False, crlf=False, extra=()):
    end = "\r\n" if crlf else "\n"
    with open(name, "w", newline="") as f:
        if header:
            f.write("\t".join(NAMES_57 if fields == 57 else NAMES_58) + end)
        for r in ROWS:
            f.write("\t".join(gdelt_row(fields, *r)) + end)
        for line in extra:
            f.write(line + end)

write_gdelt("gdelt1-58.tsv", 58)
write_gdelt("gdelt1-57-header.tsv", 57, header=True)
write_gdelt("gdelt2-61-crlf.tsv", 61, crlf=True)
# malformed rows on lines 6, 7, 8 and 9 (after five good ones): too few fields, a bad date,
# a bad Goldstein score, a non-CAMEO code
good = gdelt_row(58, 106, "20201012", "RUS", "RUS", "ARM", "ARM", "042", "1.9")
short = "\t".join(good[:20])
bad_date = good.copy(); bad_date[1] = "2020-13-45"
bad_score = good.copy(); bad_score[30] = "high"
bad_code = good.copy(); bad_code[26] = "0X1"
write_gdelt("gdelt1-malformed.tsv", 58, extra=[short, "\t".join(bad_date), "\t".join(bad_score), "\t".join(bad_code)])
# duplicates: 101 again (same id), 201 re-issues 102 (same content, new id), 202 same as 105 but
# 105 has a URL and 202 does not (not matched by content)
dups = [gdelt_row(58, *ROWS[0]), gdelt_row(58, 201, *ROWS[1][1:]),
        gdelt_row(58, 202, *ROWS[4][1:10], url="")]
with open("gdelt1-duplicates.tsv", "w") as f:
    for r in ROWS:
        f.write("\t".join(gdelt_row(58, *r)) + "\n")
    for r in dups:
        f.write("\t".join(r) + "\n")
with zipfile.ZipFile("gdelt1-58.export.CSV.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.write("gdelt1-58.tsv", "20201010.export.CSV")
# R-style CSV rendering: quoted, NA for missing, a leading row name the header does not name
with open("gdelt1-58-rcsv.csv", "w") as f:
    f.write(",".join('"%s"' % n for n in NAMES_58) + "\n")
    for r in ROWS:
        row = ["%d" % (r[0] - 100)] + gdelt_row(58, *r)
        f.write(",".join(("NA" if v == "" else v if v.replace(".", "").replace("-", "").isdigit() else '"%s"' % v) for v in row) + "\n")

ICEWS_HEADER = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]
ICEWS = [
    ("9001", "2020-09-27", "Government (Russia)", "Russia", "Make statement", "010", "0", "Armenia", "Armenia", "77", "1"),
    ("9002", "2020-09-28", "Vladimir Putin", "Russia", "Criticize or denounce", "111", "-2", "Ilham Aliyev", "Azerbaijan", "78", "2"),
    ("9003", "2020-09-28", "Vladimir Putin", "Russia", "Criticize or denounce", "111", "-2", "Ilham Aliyev", "Azerbaijan", "78", "2"),
    ("9004", "2020-10-02", "Foreign Affairs (Ruritania)", "Ruritania", "Consult", "040", "1", "Armenia", "Armenia", "79", "1"),
]
with open("icews.tab", "w") as f:
    f.write("\t".join(ICEWS_HEADER) + "\n")
    for (eid, day, src, srcc, text, code, inten, tgt, tgtc, story, sent) in ICEWS:
        f.write("\t".join([eid, day, src, "Government", srcc, text, code, inten, tgt, "Government", tgtc, story,
                           sent, "Wire", "Moscow", "NA", "Moskva", "Russia", "55.75", "37.61"]) + "\n")
    f.write("9005\tnot a date\tX\tY\tRussia\tConsult\t040\t1\tZ\tW\tArmenia\t80\t1\tWire\tA\tB\tC\tD\t1\t2\n")
