"""The least a sorted listing's latency can grow with the data: the rows of the canned `officials`
query of two stores, each written into a store of its own that holds nothing else, then read back
sorted and unsorted, beside the canned query on the full stores.

`officials` returns a row for every post a report states, so its rows grow with the data. What the
store holding only the finished rows takes is a floor no rewrite of the query and no summary kept at
load time can go under; the canned query's growth above that floor is what the full store costs.
Run on the stores of bench/query_pair.py:

    python bench/listing_floor.py /tmp/s10k /tmp/s100k
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/query_pair.py

from query_pair import pair, report  # noqa: E402

ROWS = "urn:tdkt:bench:officials"
COLUMNS = ("personLabel", "title", "organizationLabel", "latest")
LISTING = f"""PREFIX b: <urn:tdkt:bench:>
SELECT ?personLabel ?title ?organizationLabel ?latest WHERE {{ GRAPH <{ROWS}> {{
  ?row b:title ?title
  OPTIONAL {{ ?row b:personLabel ?personLabel }} OPTIONAL {{ ?row b:organizationLabel ?organizationLabel }}
  OPTIONAL {{ ?row b:latest ?latest }} }} }}"""
# the canned query's order
SORTED = LISTING + """
ORDER BY (CONCAT(STR(COALESCE(?personLabel, "")), "\\u0001", STR(?title), "\\u0001", STR(COALESCE(?organizationLabel, ""))))"""


def rows_alone(store, folder: str):
    """A store in ``folder`` holding only the canned `officials` rows of ``store``, a node per row."""
    from tdkt.graph import queries
    from tdkt.graph.store import EmbeddedStore

    graph = ox.NamedNode(ROWS)
    quads = []
    for i, solution in enumerate(store.inner.query(queries.text("officials"), use_default_graph_as_union=True)):
        row = ox.NamedNode(f"{ROWS}:{i}")
        quads += [ox.Quad(row, ox.NamedNode(f"urn:tdkt:bench:{c}"), solution[c], graph)
                  for c in COLUMNS if solution[c] is not None]
    alone = ox.Store(folder)
    alone.bulk_extend(quads)
    alone.flush()
    return EmbeddedStore(alone, folder)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("small", help="the smaller store's folder")
    ap.add_argument("large", help="the larger store's folder")
    args = ap.parse_args(argv)
    from tdkt.graph import queries
    from tdkt.graph.store import open_store

    small, large = open_store(args.small), open_store(args.large)
    print(f"# python bench/listing_floor.py {' '.join(sys.argv[1:] if argv is None else argv)}")
    print(f"# {len(small):,} and {len(large):,} triples ({len(large) / len(small):.1f}×)")
    report("officials", *pair(small, large, queries.text("officials")))
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        small_rows, large_rows = rows_alone(small, a), rows_alone(large, b)
        report("rows alone, sorted", *pair(small_rows, large_rows, SORTED))
        report("rows alone, unsorted", *pair(small_rows, large_rows, LISTING))
        small_rows.close(), large_rows.close()
    small.close()
    large.close()


if __name__ == "__main__":
    main()
