"""Benchmark of the NetworkX projection, network exports and metrics on a generated graph.

Measures, in one process on one store: iterating every quad out of the store (the floor any
projection pays) against building the projection; writing GraphML through tdkt against
networkx's own ``write_graphml`` of the same graph; PageRank, Louvain communities and sampled
betweenness; peak memory.

    python bench/network_bench.py --triples 1000000 --rounds 3
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(label: str, fn):
    t = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t
    print(f"{label:44s} {seconds:8.2f} s", flush=True)
    return result, seconds


def read_projection_quads(store) -> int:
    """The floor of any projection: every quad of the predicates it reads, with their values."""
    import pyoxigraph as ox

    from tdkt.graph import network as n

    predicates = [n.RDF_TYPE, *n.LABELS, n.SOURCE] + [ox.NamedNode(n.TDKT + p) for p in (
        *n.RELATIONS, *n.CONFERRAL_RELATIONS, "forYear", "date", "title", "postIn", "holds", "member", "role", "year",
        "hasMembership", "memberOf")]
    count = 0
    for p in predicates:
        for q in store.inner.quads_for_pattern(None, p, None, None):
            q.subject.value, q.object.value
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--workdir", default=None, help="where the file and store go (default: a temp dir)")
    ap.add_argument("--betweenness-k", type=int, default=20, help="sampled sources for betweenness")
    ap.add_argument("--rounds", type=int, default=3, help="alternated timings of reading and projecting")
    args = ap.parse_args(argv)

    import networkx as nx

    from tdkt.graph import analysis, netexport
    from tdkt.graph.load import load_paths
    from tdkt.graph.network import project
    from tdkt.graph.store import open_store

    sys.path.insert(0, str(HERE))
    from generate import ensure

    work, data = ensure(args.triples, args.workdir, "tdkt-net-bench-")
    print(f"# networkx {nx.__version__}, {os.cpu_count()} cores, file {data.name}")
    store_dir = work / "net-store"
    shutil.rmtree(store_dir, ignore_errors=True)
    store = open_store(store_dir)
    timed("load (tdkt, for the rest)", lambda: load_paths(store, [data], jobs=1))

    timed("iterate every quad out of the store", lambda: sum(1 for _ in store.inner))
    reads, projections = [], []
    for _ in range(args.rounds):  # alternated, so a slow minute of the machine hits both sides
        reads.append(timed("read the quads the projection reads", lambda: read_projection_quads(store))[1])
        g, seconds = timed("project (conferrals as nodes)", lambda: project(store))
        projections.append(seconds)
    ratios = ", ".join(f"{p / r:.2f}" for p, r in zip(projections, reads))
    print(f"{'':44s} {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; best {min(projections) / min(reads):.2f}x "
          f"reading (best against best of {args.rounds}; per round {ratios})")
    timed("project (conferrals as edges)", lambda: project(store, conferrals="edge"))

    out = work / "g.graphml"
    _, ours = timed("GraphML through tdkt", lambda: netexport.write_network(g, "graphml", out))
    _, theirs = timed("GraphML by networkx.write_graphml", lambda: nx.write_graphml(g, work / "nx.graphml"))
    print(f"{'':44s} {ours / theirs:.2f}x networkx")
    timed("GEXF through tdkt", lambda: netexport.write_network(g, "gexf", work / "g.gexf"))

    timed("PageRank", lambda: nx.pagerank(g))
    timed("Louvain communities", lambda: analysis.communities(g))
    timed(f"betweenness, k={args.betweenness_k} sampled sources",
          lambda: analysis.centrality(g, top=10, betweenness_sample=args.betweenness_k))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (max RSS)':44s} {peak:8.0f} MiB")
    store.close()
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
