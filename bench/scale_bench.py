"""Scale benchmark: synthetic reports (bench/reports.py) extracted and loaded into each store —
embedded, in-memory and the Oxigraph server — with canned-query latencies, at several sizes.

Each (size, store) runs in a process of its own, so its peak RSS is its own. Prints one table and
the command that made it; the targets of issue #7 are checked at the end.

    bench/run                                  # 1,000 and 10,000 reports
    bench/run --sizes 1000,10000,100000        # the full run (2.5 hours or more on 2 cores)
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tdkt.graph.store import disk_size

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]  # bench/reports.py, tests/servers.py

STORES = ("embedded", "memory", "oxigraph")
# one body and one person that a single report names, whatever the size: latency should not grow
SELECTIVE = {"awards-of": "Hợp tác xã Nông nghiệp số 7 tỉnh Cần Thơ", "posts-of": "Tôn Thất Quang Khải"}
RUNS = 5  # timed runs of each query after an untimed one, fewer once a query has taken BUDGET seconds
BUDGET = 30.0
PART_BYTES = 512 * 2**20  # the largest N-Quads POST of the curl baseline (see nquads_baseline)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _server_peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def extract_only(folder: Path, jobs: int) -> dict:
    from tdkt.graph.load import read_sources
    t = time.perf_counter()
    reports = triples = 0
    for _, src, _ in read_sources([folder], jobs):
        if src is not None:
            reports += 1
            triples += len(src.triples or ())
    return {"seconds": time.perf_counter() - t, "reports": reports, "triples": triples, "rss": _peak_rss_mib()}


def query_latencies(store) -> dict:
    from tdkt.graph import queries
    out = {}
    for name in queries.names():
        text = queries.text(name)
        bindings = queries.with_keys({"name": SELECTIVE[name]}) if name in SELECTIVE else None
        store.query(text, bindings)  # a first run, not timed: it reads the store's pages from disk (at 100,000
        times, rows = [], 0           # reports a first cluster-members took 55.7 s, the next 12.6 s)
        while len(times) < RUNS and sum(times) < BUDGET:
            t = time.perf_counter()
            rows = len(store.query(text, bindings).rows)
            times.append(time.perf_counter() - t)
        out[name] = {"ms": 1000 * statistics.median(times), "rows": rows, "runs": len(times)}
    return out


def load_into(kind: str, folder: Path, work: Path, jobs: int) -> dict:
    from tdkt.graph import load
    from tdkt.graph.store import open_store

    server = None
    if kind == "oxigraph":
        from servers import OxigraphServer
        server = OxigraphServer(work / "server").start()
        store = open_store(endpoint=server.endpoint)
    elif kind == "memory":
        store = open_store(memory=True)
    else:
        store = open_store(work / "store")
    storing = [0.0]
    original = load.store_source

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            storing[0] += time.perf_counter() - t
    load.store_source = timed
    t = time.perf_counter()
    result = load.load_paths(store, [folder], jobs=jobs)
    seconds = time.perf_counter() - t
    out = {"seconds": seconds, "storing": storing[0], "reports": len(result.loaded), "skipped": len(result.skipped),
           "triples": len(store), "queries": query_latencies(store)}
    if kind == "oxigraph":
        print("PARTIAL " + json.dumps(out), flush=True)  # the load's numbers, kept if the baseline below fails
        try:
            out["server_rss"] = _server_peak_mib(server.process.pid)
            out.update(curl_baseline(store, work, server))
            out["disk"] = disk_size(work / "server" / "data")
        finally:
            server.stop()  # (a server left running by a failed baseline would slow every later cell)
    else:
        store.close()
        out["disk"] = disk_size(work / "store")
    out["rss"] = _peak_rss_mib()
    return out


def curl_baseline(store, work: Path, server) -> dict:
    """Dump the store as one N-Quads file, then time :func:`nquads_baseline` on it."""
    dump = work / "all.nq"
    with open(dump, "w", encoding="utf-8") as f:
        for q in store:
            f.write(f"{q} .\n")
    return nquads_baseline(dump, work)


def _count_quads(endpoint: str) -> int:
    """The quads in the named graphs of a SPARQL endpoint, asked over plain HTTP (opening it as a tdkt store
    would add the reference data first)."""
    import urllib.parse
    import urllib.request
    body = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}).encode()
    request = urllib.request.Request(endpoint, body, {"Accept": "application/sparql-results+json",
                                                      "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=600) as answer:
        return int(json.load(answer)["results"]["bindings"][0]["n"]["value"])


def split_lines(path: Path, folder: Path, part_bytes: int) -> list[Path]:
    """``path`` cut at line ends into files of about ``part_bytes`` each (the file itself when it is smaller)."""
    if path.stat().st_size <= part_bytes:
        return [path]
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[Path] = []
    with open(path, "rb") as src:
        while True:
            chunk = src.read(part_bytes)
            if not chunk:
                break
            chunk += src.readline()  # to the end of the line
            parts.append(folder / f"part-{len(parts):04d}.nq")
            parts[-1].write_bytes(chunk)
    return parts


def nquads_baseline(dump: Path, work: Path) -> dict:
    """POST an N-Quads file to a fresh Oxigraph server with curl, and load it into another one with
    `tdkt load`. The Oxigraph server holds a whole POST in memory (4.7 GB of N-Quads took it past 21 GiB
    and the kernel killed it), so curl posts parts of at most PART_BYTES, one after another."""
    from servers import OxigraphServer
    from tdkt.graph.load import load_paths
    from tdkt.graph.store import open_store
    parts = split_lines(dump, work / "parts", PART_BYTES)
    out = {"nquads_mb": dump.stat().st_size / 1e6, "curl_posts": len(parts)}
    for what in ("curl_seconds", "tdkt_nquads_seconds"):
        fresh = OxigraphServer(work / what).start()
        try:
            t = time.perf_counter()
            if what == "curl_seconds":  # --upload-file streams the file; --data-binary @file held it all in memory
                for part in parts:
                    subprocess.run(["curl", "-sf", "-X", "POST", "-H", "Content-Type: application/n-quads", "--upload-file",
                                    str(part), fresh.endpoint.replace("/query", "/store")], check=True)
            else:  # the same file through tdkt: one PUT per graph
                assert load_paths(open_store(endpoint=fresh.endpoint), [dump], jobs=1).loaded
            out[what] = time.perf_counter() - t
            out[what.replace("seconds", "server_rss")] = _server_peak_mib(fresh.process.pid)
            out[what.replace("seconds", "quads")] = _count_quads(fresh.endpoint)  # both must hold every quad of the file
        finally:
            fresh.stop()
    shutil.rmtree(work / "parts", ignore_errors=True)
    return out


def child(args) -> None:
    work = Path(args.work)
    if args.one == "extract":
        result = extract_only(Path(args.folder), args.jobs)
    else:
        result = load_into(args.one, Path(args.folder), work, args.jobs)
    print("RESULT " + json.dumps(result))


def run_child(what: str, folder: Path, work: Path, jobs: int) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cmd = [sys.executable, __file__, "--one", what, "--folder", str(folder), "--work", str(work), "--jobs", str(jobs)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        partial = [ln for ln in done.stdout.splitlines() if ln.startswith("PARTIAL ")]
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}" + (f"\nbefore it failed: {partial[-1]}" if partial else ""))
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    shutil.rmtree(work, ignore_errors=True)
    return json.loads(line[len("RESULT "):])


def _latency(q: dict) -> str:
    """A median latency, with the number of runs when the time budget cut them short."""
    runs = q.get("runs", RUNS)
    return f"{q['ms']:.1f}" + (f" ({runs} run{'s' if runs > 1 else ''})" if runs < RUNS else "")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="numbers of reports, comma-separated")
    ap.add_argument("--stores", default=",".join(STORES))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: every core)")
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "tdkt-scale"),
                    help="where generated reports are kept between runs")
    ap.add_argument("--nquads", help="only the baseline of the Oxigraph server's cell on this N-Quads file: curl POSTs "
                                     "against `tdkt load`")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        return child(args)
    if args.nquads:
        print(f"# bench/run {' '.join(sys.argv[1:])}".rstrip())
        work = Path(args.workdir) / "nquads"
        shutil.rmtree(work, ignore_errors=True)
        r = nquads_baseline(Path(args.nquads), work)
        shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(r))
        print(f"`tdkt load` of {r['nquads_mb']:.0f} MB of N-Quads {r['tdkt_nquads_seconds']:.1f} s vs {r['curl_posts']} curl "
              f"POST(s) of the same quads {r['curl_seconds']:.1f} s -> {r['tdkt_nquads_seconds'] / r['curl_seconds']:.2f}× "
              f"(target ≤ 1.5×)")
        return None

    from reports import write_reports
    print(f"# bench/run {' '.join(sys.argv[1:])}".rstrip())
    print(f"# {os.cpu_count()} cores, {args.jobs} jobs; python {sys.version.split()[0]}; each cell in a process of its own")
    work = Path(args.workdir)
    stores = args.stores.split(",")
    rows, results, extract_s = [], {}, {}
    for size in map(int, args.sizes.split(",")):
        folder = write_reports(size, work / f"reports-{size}")
        mb = disk_size(folder) / 1e6
        ex = run_child("extract", folder, work / "cell", args.jobs)
        extract_s[size] = ex["seconds"]
        print(f"# {size} reports, extract only: {json.dumps(ex)}", flush=True)
        rows.append((size, "(extract only)", ex["reports"] / ex["seconds"], None, None, ex["triples"], None, ex["rss"], {}))
        for kind in stores:
            r = run_child(kind, folder, work / "cell", args.jobs)
            results[(size, kind)] = r
            print(f"# {size} reports, {kind}: {json.dumps(r, ensure_ascii=False)}", flush=True)  # kept if a later cell dies
            rss = r["rss"] if kind != "oxigraph" else f"{r['rss']:.0f}+{r['server_rss']:.0f}"
            rows.append((size, kind, None, r["reports"] / r["seconds"], r["seconds"] / ex["seconds"], r["triples"],
                         r["disk"] / 1e6 if kind != "memory" else None, rss, r["queries"]))
        print(f"# {size} reports: {mb:.1f} MB of text", flush=True)
    names = sorted(next(iter(results.values()))["queries"])
    head = ["reports", "store", "extract rep/s", "load rep/s", "load/extract", "triples", "disk MB", "peak RSS MiB"]
    print(" | ".join(head + [f"{n} ms" for n in names]))
    for size, kind, ex_rate, load_rate, ratio, triples, disk, rss, q in rows:
        cells = [str(size), kind, f"{ex_rate:.0f}" if ex_rate else "", f"{load_rate:.0f}" if load_rate else "",
                 f"{ratio:.2f}×" if ratio else "", str(triples), f"{disk:.0f}" if disk is not None else "",
                 rss if isinstance(rss, str) else f"{rss:.0f}"]
        print(" | ".join(cells + [_latency(q[n]) if n in q else "" for n in names]))
    sizes = sorted({s for s, _ in results})
    print("# targets")
    for (size, kind), r in sorted(results.items()):
        if kind == "embedded":
            print(f"{size} reports, embedded: load {r['seconds']:.1f} s = {r['seconds'] / extract_s[size]:.2f}× extraction alone "
                  f"{extract_s[size]:.1f} s (target ≤ 2×)")
        if kind == "oxigraph":
            print(f"{size} reports, Oxigraph server: `tdkt load` of the store's {r['nquads_mb']:.0f} MB of N-Quads "
                  f"{r['tdkt_nquads_seconds']:.1f} s vs {r['curl_posts']} curl POST(s) of the same quads {r['curl_seconds']:.1f} s -> "
                  f"{r['tdkt_nquads_seconds'] / r['curl_seconds']:.2f}× (target ≤ 1.5×); storing during the load of the "
                  f"reports {r['storing']:.1f} s, beside extraction on every core")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for kind in stores:
            if (small, kind) in results and (large, kind) in results:
                a, b = results[(small, kind)]["queries"], results[(large, kind)]["queries"]
                growth = large / small
                parts = [f"{n} {b[n]['ms'] / max(a[n]['ms'], 1e-3):.1f}×" + (" (selective, target ≤ 3×)" if n in SELECTIVE else "")
                         for n in names]
                print(f"{kind}: latency at {large} / at {small} reports (data {growth:.0f}×): " + ", ".join(parts))


if __name__ == "__main__":
    main()
