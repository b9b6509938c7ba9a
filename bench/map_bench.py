"""Benchmark of maps: writing a map of about 5,000 nodes, and the time until it is usable in
Debian's chromium (vis-network reports it stable) — tdkt's map against pyvis's defaults (physics
on, the library inline) for the same graph, in the same run.

    python bench/map_bench.py --nodes 5000
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def sample_graph(nodes: int, work: Path):
    """A connected piece of the projection of a generated graph, breadth-first from its best-connected node."""
    import networkx as nx

    from tdkt.graph.load import load_paths
    from tdkt.graph.network import project
    from tdkt.graph.store import open_store

    data = work / "graph.nt"
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--triples", str(nodes * 25), "-o", str(data)], check=True,
                   stdout=subprocess.DEVNULL)
    store = open_store(memory=True)
    load_paths(store, [data], jobs=1)
    g = project(store)
    start = max(g.nodes, key=g.degree)
    keep = [start] + [v for _, v in nx.bfs_edges(g.to_undirected(as_view=True), start)][: nodes - 1]
    return store, g.subgraph(keep).copy()


def time_to_stable(browser, path: Path, condition: str, limit: float) -> float | None:
    page = browser.new_context(bypass_csp=True).new_page()
    t = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")  # pyvis's page also asks a CDN, which never answers offline
    try:
        page.wait_for_function(condition, timeout=limit * 1000)
    except Exception:  # noqa: BLE001 - a timeout is a result here
        return None
    finally:
        seconds = time.perf_counter() - t
        page.context.close()
    return seconds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--limit", type=float, default=600, help="seconds to wait for a map to settle")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright
    from pyvis.network import Network

    from tdkt.graph import maps

    work = Path(tempfile.mkdtemp(prefix="tdkt-map-bench-"))
    try:
        store, g = sample_graph(args.nodes, work)
        print(f"# {' '.join([Path(sys.executable).name, *sys.argv])}")
        print(f"# {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        t = time.perf_counter()
        ours = maps.write_map(g, work / "tdkt.html", info=maps.details(store, g.nodes))
        print(f"write     tdkt map {time.perf_counter() - t:.2f} s ({ours.stat().st_size / 2**20:.1f} MiB)")

        t = time.perf_counter()
        net = Network(height="750px", width="100%", directed=True, cdn_resources="in_line")
        net.add_nodes([str(n) for n in g.nodes], label=[str(d.get("label", n)) for n, d in g.nodes(data=True)])
        for u, v in g.edges():
            net.add_edge(str(u), str(v))
        net.write_html(str(work / "pyvis.html"))
        print(f"write     pyvis defaults (physics on, in_line) {time.perf_counter() - t:.2f} s")

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=ARGS)
            ours_s = time_to_stable(browser, ours, "() => window.tdktMap && window.tdktMap.stabilized", args.limit)
            print(f"browser   tdkt map usable (layout settled, physics off) after {ours_s:.1f} s", flush=True)
            # pyvis's template: wait for its network's 'stabilized' event (or the end of its loading bar)
            theirs_path = work / "pyvis.html"
            page_js = theirs_path.read_text(encoding="utf-8").replace(
                "return network;", "network.once('stabilized', function(){ window.__stable = true; }); return network;")
            theirs_path.write_text(page_js, encoding="utf-8")
            theirs_s = time_to_stable(browser, theirs_path, "() => window.__stable === true", args.limit)
            browser.close()
        fmt = lambda s: f">{args.limit:.0f} s (gave up)" if s is None else f"{s:.1f} s"  # noqa: E731
        print(f"browser   pyvis defaults stable after {fmt(theirs_s)}")
        if ours_s and theirs_s:
            print(f"browser   tdkt takes {ours_s / theirs_s:.3f} of pyvis's time")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
