"""Canned queries on a small and a large store, run alternately: how each query's latency grows with
the data, measured so that neither a cold cache nor a drift of the machine's speed decides it.

Each query runs once untimed on both stores (the first run reads the store's pages from disk), then
in two rounds of three timed runs on the small store and one on the large one; the medians are
compared. The stores are made beforehand, for instance:

    python bench/reports.py --reports 1000 -o /tmp/r1k && tdkt --store /tmp/s1k -q load /tmp/r1k
    python bench/reports.py --reports 100000 -o /tmp/r100k && tdkt --store /tmp/s100k -q load /tmp/r100k
    python bench/query_pair.py /tmp/s1k /tmp/s100k
    python bench/query_pair.py /tmp/s1k /tmp/s100k --memory   # the same data in memory stores
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/scale_bench.py

from scale_bench import SELECTIVE  # noqa: E402  (the body and the person the selective queries ask about)


def _timed(store, text: str, bindings) -> tuple[float, int]:
    t = time.perf_counter()
    rows = len(store.query(text, bindings).rows)
    return time.perf_counter() - t, rows


def pair(small, large, text: str, bindings=None) -> tuple[float, float, int]:
    """Median seconds of ``text`` on each store (run once untimed on both, then two rounds of three
    runs on the small store and one on the large), and the large store's rows."""
    _timed(small, text, bindings), _timed(large, text, bindings)
    small_runs, large_runs, rows = [], [], 0
    for _ in range(2):
        small_runs += [_timed(small, text, bindings)[0] for _ in range(3)]
        seconds, rows = _timed(large, text, bindings)
        large_runs.append(seconds)
    return statistics.median(small_runs), statistics.median(large_runs), rows


def report(name: str, a: float, b: float, rows: int) -> None:
    print(f"{name:22s} {1000 * a:9.1f} ms  {1000 * b:10.1f} ms  {b / a:6.1f}×  ({rows:,} rows on the large store)",
          flush=True)


def in_memory(folder: str):
    """An in-memory store holding every quad of the store in ``folder``."""
    import pyoxigraph as ox
    from tdkt.graph.store import EmbeddedStore

    store = ox.Store()
    store.bulk_extend(ox.Store.read_only(folder).quads_for_pattern(None, None, None, None))
    return EmbeddedStore(store, None)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("small", help="the smaller store's folder")
    ap.add_argument("large", help="the larger store's folder")
    ap.add_argument("--queries", help="comma-separated canned queries to time (default: all)")
    ap.add_argument("--memory", action="store_true", help="copy each store into memory first, to time the queries "
                    "without the disk store's reads (about 9 GiB of RAM for 100,000 reports)")
    args = ap.parse_args(argv)
    from tdkt.graph import queries
    from tdkt.graph.store import open_store

    small, large = (in_memory(p) if args.memory else open_store(p) for p in (args.small, args.large))
    ratio = len(large) / len(small)
    print(f"# python bench/query_pair.py {' '.join(sys.argv[1:] if argv is None else argv)}")
    print(f"# {len(small):,} and {len(large):,} triples ({ratio:.1f}×)")
    for name in args.queries.split(",") if args.queries else queries.names():
        text = queries.text(name)
        bindings = queries.with_keys({"name": SELECTIVE[name]}) if name in SELECTIVE else None
        report(name, *pair(small, large, text, bindings))
    small.close()
    large.close()


if __name__ == "__main__":
    main()
