#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/<target>/ (see README.md, "Seeds").

Run from anywhere: python3 tests/fuzz/make_seeds.py [SHARED_DATA_DIR]
The shared data defaults to ../shared/data beside the repository, as the tests expect it.
The output is deterministic, so re-running it changes nothing unless this script changes.
"""
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
CORPUS = os.path.join(HERE, "corpus")


def write(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data)


def head(path, limit=2048):
    """The first whole lines of a file, at most `limit` bytes."""
    with open(path, "rb") as f:
        data = f.read(limit)
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


# Real data: the first 2 KB of each shared data set (sources in SHARED/*/SOURCE.md) and the
# test data of the repository.
REAL = {
    "cdnow_summary.csv": "cdnow/cdnow_customers_summary.csv",
    "cdnow_summary_transactions.csv": "cdnow/cdnow_customers_summary_with_transactions.csv",
    "cdnow_sample.txt": "cdnow/CDNOW_sample.txt",
    "online_retail.csv": "online_retail/online_retail_sample.csv",
    "online_retail_rowindexed.csv": "online_retail/online_retail_sample_rowindexed.csv",
    "wholesale.csv": "wholesale/Wholesale customers data.csv",
}
real = {name: head(os.path.join(SHARED, path)) for name, path in REAL.items()}
real["semicolon_bom.csv"] = head(os.path.join(REPO, "tests", "data", "semicolon_bom.csv"))

# Hand-written edge cases of the CSV format and of type inference.
EDGE = {
    "empty.csv": "",
    "header_only.csv": "id,a,b\n",
    "one_column.csv": "x\n1\n2\n3\n",
    "quotes.csv": 'id,name,note\n1,"Smith, J","said ""hi"""\n2,"multi\nline",x\n3,"",""\n',
    "unterminated_quote.csv": 'id,name\n1,"open\n2,b\n',
    "bom_crlf.csv": "\ufeffid;spend;city\r\n1;1,5;Berlin\r\n2;2,25;Paris\r\n",
    "crlf.csv": "id,a\r\n1,2\r\n3,4\r\n",
    "cr_only.csv": "id,a\r1,2\r3,4\r",
    "tabs.tsv": "id\tvalue\tflag\n1\t3.5\tyes\n2\t\tno\n3\t-1e3\tyes\n",
    "ragged.csv": "id,a,b\n1,2\n3,4,5,6\n7,8,9\n",
    "blank_lines.csv": "id,a\n\n1,2\n\n\n3,4\n",
    "missing_markers.csv": "id,a,b\n1,NA,null\n2,N/A,NaN\n3,,nan\n4,5,NULL\n",
    "types.csv": ("id,int,real,bool,date,datetime,cat,text\n"
                  "1,1,1.5,true,2023-01-31,2023-01-31T10:00:00,red,alpha\n"
                  "2,-2,2e10,false,2023-02-28,2023-02-28 23:59:59,blue,beta\n"
                  "3,99999999999999999999,0.1,yes,1999-12-31,1999-12-31T00:00:00Z,red,gamma\n"
                  "4,0x1F,inf,no,31/12/2020,2020-02-30,green,delta\n"),
    "duplicate_header.csv": "a,b,a\n1,2,3\n",
    "unnamed_columns.csv": ",x,\n1,2,3\n4,5,6\n",
    "duplicate_ids.csv": "customer_id,spend\nA,1\nB,2\nA,3\n",
    "numbers_with_text.csv": "id,spend\n1,10\n2,11\n3,twelve\n4,13\n",
    "utf8.csv": "id,ville,montant\n1,Zürich,1 234,5\n2,Łódź,€12\n3,東京,7\n",
    "invalid_utf8.csv": b"id,name\n1,\xff\xfe\n2,\xc3\x28\n",
    "nul_bytes.csv": b"id,a\n1,\x00\n2,3\n",
    "wide.csv": ",".join(f"c{i}" for i in range(60)) + "\n" + ",".join(str(i) for i in range(60)) + "\n",
}

for name, data in list(real.items()) + list(EDGE.items()):
    write("csv", name, data)

# Pipeline: the first byte picks k and the preparation (pipeline_entry.h), the rest is CSV.
PIPELINE = {
    "wholesale.csv": (0x00, real["wholesale.csv"]),
    "wholesale_robust_log1p.csv": (0x85, real["wholesale.csv"]),
    "cdnow_summary_minmax_drop.csv": (0x3A, real["cdnow_summary.csv"]),
    "online_retail_winsorize.csv": (0xC6, real["online_retail.csv"]),
    "semicolon_bom_mode.csv": (0x21, real["semicolon_bom.csv"]),
    "types_mean.csv": (0x12, EDGE["types.csv"].encode()),
    "constant_and_missing.csv": (0x01, b"id,a,b,c\n1,5,1,x\n2,5,,y\n3,5,3,\n4,5,4,x\n5,5,,y\n6,5,7,x\n"),
    "few_distinct_rows.csv": (0x02, b"id,a,b\n1,1,1\n2,1,1\n3,1,1\n4,2,2\n5,2,2\n"),
    "negative_log1p.csv": (0x80, b"id,a,b\n1,-5,1\n2,3,2\n3,4,9\n4,0,1\n"),
}
for name, (byte, data) in PIPELINE.items():
    write("pipeline", name, bytes([byte]) + data)

# The CSV target with fixed options: the first byte picks them (csv_entry.h).
for name, byte in {"wholesale_comma_id.csv": 0x05, "cdnow_maxrows_forced.csv": 0x29,
                   "semicolon_bom_semicolon_nomarkers.csv": 0x82}.items():
    source = {"wholesale_comma_id.csv": real["wholesale.csv"], "cdnow_maxrows_forced.csv": real["cdnow_summary.csv"],
              "semicolon_bom_semicolon_nomarkers.csv": real["semicolon_bom.csv"]}[name]
    write("csv", "opt_" + name, bytes([byte]) + source)

# Feature specs: the example of docs/feature-spec.md and variants of each key.
SPECS = {
    "docs_example.json": """{
  "scaling": "robust",
  "imputation": "mean",
  "max_one_hot_levels": 5,
  "winsorize": [0.05, 0.95],
  "groups": [
    { "name": "engagement", "weight": 1.0,
      "columns": ["sessions", "page_views", { "column": "minutes_on_site", "transform": "winsorize" }] },
    { "name": "purchasing", "weight": 2,
      "columns": [{ "column": "revenue", "transform": "log1p", "weight": 0.5 }, "orders"] },
    { "name": "profile", "enabled": false, "columns": ["region"] }
  ]
}
""",
    "minimal.json": '{"groups": []}',
    "one_group.json": '{"groups": [{"name": "g", "columns": ["a"]}]}',
    "option_spellings.json": '{"scaling": "Z-Score", "imputation": "DROP", "groups": [{"name": "x", "columns": [{"column": "c", "transform": "Log1P"}]}]}',
    "weights.json": '{"groups": [{"name": "w", "weight": 0.1, "columns": [{"column": "a", "weight": 0.3333333333333333}, {"column": "b", "weight": 1e-300}, {"column": "c", "weight": 1.7976931348623157e308}]}]}',
    "unicode_names.json": '{"groups": [{"name": "Gr\\u00fc\\u00dfe", "columns": ["\\ud83d\\ude00", "caf\u00e9", "tab\\tquote\\"slash\\\\"]}]}',
    "minmax_winsorize.json": '{"scaling": "minmax", "winsorize": [0, 1], "max_one_hot_levels": 10000, "groups": [{"name": "a", "enabled": true, "columns": []}]}',
    "unknown_key.json": '{"groups": [{"name": "g", "wieght": 2, "columns": ["a"]}]}',
    "duplicate_column.json": '{"groups": [{"name": "g", "columns": ["a"]}, {"name": "h", "columns": ["a"]}]}',
    "bad_values.json": '{"scaling": "sqrt", "max_one_hot_levels": 0, "winsorize": [0.9, 0.1], "groups": [{"name": "", "weight": -1, "columns": [1]}]}',
    "syntax_error.json": '{"groups": [{"name": "g", "columns": ["a",]}',
    "not_object.json": '[1, 2, 3]',
}
for name, text in SPECS.items():
    write("feature_spec", name, text)


# SQLite databases: small (512-byte pages), so the fuzzer's mutations reach their structure.
def database(statements):
    path = os.path.join(CORPUS, "tmp.sqlite")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 512")
    db.execute("PRAGMA journal_mode = DELETE")
    for s in statements:
        db.execute(s)
    db.commit()
    db.execute("VACUUM")
    db.close()
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


DATABASES = {
    "one_table.sqlite": [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, spend REAL, city TEXT, joined TEXT, vip INTEGER)",
        "INSERT INTO customers VALUES (1, 10.5, 'Berlin', '2023-01-02', 1), (2, NULL, 'Paris', '2023-02-03', 0),"
        " (3, 7.25, NULL, '2022-12-31', 1), (4, 3, 'Berlin', NULL, 0)",
    ],
    "two_tables_and_view.sqlite": [
        "CREATE TABLE a (x INTEGER, y TEXT)",
        "CREATE TABLE \"b c\" (\"odd name\" REAL, blobby BLOB)",
        "INSERT INTO a VALUES (1, 'one'), (2, 'two'), (3, NULL)",
        "INSERT INTO \"b c\" VALUES (1.5, x'00ff10'), (NULL, NULL), (2.5, x'')",
        "CREATE VIEW v AS SELECT x, y, x * 2 AS doubled FROM a",
    ],
    "mixed_types.sqlite": [
        "CREATE TABLE t (anything, n NUMERIC, s TEXT)",
        "INSERT INTO t VALUES (1, '2', 'a'), ('text', 3.5, 'b'), (x'01', NULL, 'c'), (9223372036854775807, -1e308, '')",
    ],
    "recursive_view.sqlite": [
        "CREATE VIEW counting AS WITH RECURSIVE c(n, sq) AS (SELECT 1, 1 UNION ALL SELECT n + 1, (n + 1) * (n + 1)"
        " FROM c LIMIT 50) SELECT n, sq, 'level' || (n % 3) AS level FROM c",
    ],
    "empty_schema.sqlite": [],
    "empty_table.sqlite": ["CREATE TABLE none_yet (a INTEGER, b TEXT)"],
}
for name, statements in DATABASES.items():
    write("sqlite", name, database(statements))

# Scoring requests (segscope serve): the first byte chooses the run (0 k-means, 1 Gaussian
# mixture, 2 DBSCAN; +4 with the id column), the rest is the body.
REQUESTS = {
    "one_customer.json": (0, '{"customers": [{"visits": 3, "spend": 12.5, "member": "yes", "joined": "2024-02-01", "region": "01"}]}'),
    "array_with_ids.json": (4, '[{"customer_id": "n1", "visits": 40, "spend": 300}, {"customer_id": 17, "visits": "2", "spend": "11.5"}]'),
    "every_kind.json": (5, '[{"customer_id": null, "visits": 1.5, "spend": null, "member": true, "joined": 20240201, "region": 3},'
                           ' {"member": 0, "joined": "2024-02-01T10:00:00", "region": "unseen"}, {"member": "no", "region": 1}]'),
    "noise_and_far.json": (2, '[{"visits": 1e6, "spend": -5}, {"visits": 16, "spend": 90}]'),
    "wrong_kinds.json": (1, '[{"visits": "many"}, {"member": "perhaps"}, {"joined": "2024-13-45"}, [1], 7]'),
    "too_large.json": (0, '[{"visits": 1e308, "spend": 1e308}]'),
    "key_twice.json": (0, '{"customers": [{"visits": 3, "visits": 900}]}'),
    "number_beyond_double.json": (0, '[{"visits": 1e400}]'),
    "no_model_column.json": (4, '[{"customer_id": "x", "shoe_size": 42}]'),
    "empty.json": (0, '[]'),
}
for name, (byte, text) in REQUESTS.items():
    write("score_request", name, bytes([byte]) + text.encode())

# Transaction logs and summaries: four bytes choose the columns and options (transactions_entry.h),
# the rest is CSV. Bytes: customer | date << 4, amount or price | quantity << 4,
# channel | category << 4, options (unit, holdout 4, day first 8, drop duplicates 16, price 32,
# channel 64, category 128).
LOG_EDGES = ("customer,date,amount,qty,channel,category\n"
             "a,2024-01-01,10,1,web,x\n"
             "a,2024-01-01,10,1,web,x\n"           # a duplicate line
             "a,2024-02-03,-4,1,store,y\n"         # a return
             "b,2024-01-15,5.5,two,app,x\n"        # a bad quantity
             ",2024-01-20,3,1,web,x\n"             # no customer
             "c,2024-13-01,7,1,web,y\n"            # not a date
             "c,2024-03-01,,1,web,y\n"             # no amount
             "d,2030-01-01,9,1,web,z\n"            # after the others: the holdout
             "b,2024-03-10,0,1,store,z\n")         # a purchase worth nothing
TRANSACTIONS = {
    "cdnow_sample_weeks.txt": (0x20, 0x34, 0x00, 0x01, real["cdnow_sample.txt"]),
    "cdnow_sample_days_holdout.txt": (0x20, 0x04, 0x00, 0x04, real["cdnow_sample.txt"]),
    "online_retail_price_country_stock.csv": (0x46, 0x35, 0x17, 0xE2, real["online_retail.csv"]),
    "cdnow_summary_with_monetary.csv": (0x00, 0x00, 0x00, 0x05, real["cdnow_summary_transactions.csv"]),
    "edges_weeks_channel_category.csv": (0x10, 0x32, 0x54, 0xC1, LOG_EDGES.encode()),
    "edges_months_dropped_holdout.csv": (0x10, 0x02, 0x00, 0x16, LOG_EDGES.encode()),
    "slash_dates_day_first.csv": (0x10, 0x02, 0x00, 0x08, b"id,when,paid\n1,03/04/2024,5\n1,25/04/2024,6\n2,01/05/2024,7\n"),
    "compact_dates_one_customer.csv": (0x10, 0x02, 0x00, 0x00, b"id,day,spend\n7,20240101,1\n7,20240105,2\n7,20240109,3\n"),
    "summary_violations.csv": (0x00, 0x00, 0x00, 0x04, b"id,x,t_x,T,m\n1,1.5,2,3,4\n2,0,1,3,0\n3,2,5,3,1\n4,1,1,0,1\n5,1,1,2,-3\n"),
}
for name, (b0, b1, b2, b3, data) in TRANSACTIONS.items():
    write("transactions", name, bytes([b0, b1, b2, b3]) + data)

# Loader: both formats, the loader decides by the header.
write("loader", "wholesale.csv", real["wholesale.csv"])
write("loader", "semicolon_bom.csv", real["semicolon_bom.csv"])
write("loader", "quotes.csv", EDGE["quotes.csv"])
write("loader", "one_table.sqlite", database(DATABASES["one_table.sqlite"]))
write("loader", "two_tables_and_view.sqlite", database(DATABASES["two_tables_and_view.sqlite"]))
write("loader", "header_only_sqlite", b"SQLite format 3\x00")
