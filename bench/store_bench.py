"""Benchmark of the embedded store against plain pyoxigraph and rdflib's in-memory store.

Measures, on one generated graph (bench/generate.py):
  1. ``tdkt load`` of the file into a fresh on-disk store (atomic, with provenance) against a plain
     pyoxigraph ``bulk_load`` of the same file into a fresh on-disk store, each in its own process,
     with peak memory (max RSS);
  2. each canned query through tdkt (``Store.query``, rows converted to rdflib terms) against the
     same query text on the plain pyoxigraph store, and on rdflib's in-memory ``Dataset``
     (with a time limit per query, since rdflib can take minutes);
  3. reopening the persisted store and answering a first query, against the load time;
  4. replacing the loaded source by a changed version of the file.

    python bench/store_bench.py --triples 1000000
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUSAGE = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); " \
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def timed_process(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one command run in a child process."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", RUSAGE, *cmd], check=True, capture_output=True, text=True)
    return time.perf_counter() - t, int(out.stdout.split()[-1]) / 1024


def best_of(fn, n: int = 3) -> tuple[float, float, object]:
    """(first run, best run) in seconds, and the first result."""
    times, result = [], None
    for i in range(n):
        t = time.perf_counter()
        r = fn()
        times.append(time.perf_counter() - t)
        result = r if i == 0 else result
    return times[0], min(times), result


def rdflib_worker(path: str, queries: dict[str, str], limit: float, out: mp.Queue) -> None:
    import signal

    import rdflib

    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.graph(rdflib.URIRef("urn:bench")).parse(path, format="nt")
    out.put(("parse", time.perf_counter() - t))

    def stop(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    for name, text in queries.items():
        signal.setitimer(signal.ITIMER_REAL, limit)
        t = time.perf_counter()
        try:
            n = len(list(ds.query(text)))
            out.put((name, time.perf_counter() - t, n))
        except TimeoutError:
            out.put((name, None, None))
        except Exception as e:  # noqa: BLE001 - rdflib fails some valid queries (unbound GROUP_CONCAT): say so
            out.put((name, "error", f"{type(e).__name__}: {e}"))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    out.put(("done", 0))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--workdir", default=None, help="where the file and stores go (default: a temp dir)")
    ap.add_argument("--rdflib-limit", type=float, default=120.0, help="seconds per rdflib query")
    ap.add_argument("--skip-rdflib", action="store_true")
    args = ap.parse_args(argv)

    import pyoxigraph as ox

    from tdkt.graph import queries
    from tdkt.graph.store import PREFIXES, open_store, with_values

    sys.path.insert(0, str(HERE))
    from generate import ensure

    work, data = ensure(args.triples, args.workdir, "tdkt-bench-")
    print(f"# file {data} ({data.stat().st_size / 2**20:.0f} MiB), pyoxigraph {ox.__version__}, {os.cpu_count()} cores")
    report: dict[str, object] = {}
    source = work / "source.nt"  # a copy, changed in step 4
    shutil.copyfile(data, source)

    # 1. load
    plain_dir, tdkt_dir = work / "plain-store", work / "tdkt-store"
    for d in (plain_dir, tdkt_dir):
        shutil.rmtree(d, ignore_errors=True)
    # the plain store gets the same reference data (award scheme, organizations) so queries agree
    bulk = ("import pyoxigraph as ox, sys; from tdkt.ontology import reference as r; s = ox.Store(sys.argv[1]); "
            "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode('urn:bench')); "
            "[s.bulk_load(r.read_bytes(n), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(g)) for n, g in r.REFERENCE_FILES.items()]; "
            "s.flush()")
    plain_s, plain_rss = timed_process([sys.executable, "-c", bulk, str(plain_dir), str(source)])
    tdkt_exe = str(Path(sys.executable).with_name("tdkt"))
    tdkt_s, tdkt_rss = timed_process([tdkt_exe, "--store", str(tdkt_dir), "-q", "load", str(source)])
    print(f"load      plain bulk_load {plain_s:7.2f} s  {plain_rss:6.0f} MiB | tdkt load {tdkt_s:7.2f} s  {tdkt_rss:6.0f} MiB"
          f" | ratio {tdkt_s / plain_s:.2f}x")
    report["load"] = {"plain_s": plain_s, "tdkt_s": tdkt_s, "plain_rss_mib": plain_rss, "tdkt_rss_mib": tdkt_rss}

    # 3. reopen + a first (selective) query; the aggregate queries below cost what they cost warm too
    t = time.perf_counter()
    store = open_store(tdkt_dir)
    open_s = time.perf_counter() - t
    name = store.query("SELECT ?l WHERE { ?o a tdkt:Organization ; rdfs:label ?l } LIMIT 1").rows[0][0]
    bindings = queries.with_keys({"name": str(name)})
    store.query(queries.text("awards-of"), bindings)
    reopen_s = time.perf_counter() - t
    print(f"reopen    open {open_s:.3f} s, + first query (awards-of) {reopen_s:.3f} s = {100 * reopen_s / tdkt_s:.1f}% of the load")
    report["reopen_s"] = reopen_s

    # 2. queries
    texts = {q: (with_values(queries.text(q), bindings) if q == "awards-of" else queries.text(q)) for q in queries.names()}
    plain = ox.Store.read_only(str(plain_dir))
    results = {}
    for q, text in texts.items():
        first, best, res = best_of(lambda: store.query(text))
        pfirst, pbest, pres = best_of(lambda: list(plain.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)))
        results[q] = {"tdkt_s": best, "tdkt_first_s": first, "plain_s": pbest, "rows": len(res.rows)}
        assert len(res.rows) == len(pres), (q, len(res.rows), len(pres))
    if not args.skip_rdflib:
        out: mp.Queue = mp.Queue()
        proc = mp.Process(target=rdflib_worker, args=(str(source), texts, args.rdflib_limit, out))
        proc.start()
        while True:
            msg = out.get()
            if msg[0] == "done":
                break
            if msg[0] == "parse":
                print(f"rdflib    parse into memory {msg[1]:.1f} s")
                continue
            results[msg[0]]["rdflib_s"] = msg[1]
        proc.join()
    for q, r in results.items():
        rd = r.get("rdflib_s")
        if rd == "error":
            rd_text, speedup, rd = "fails (rdflib error)", "", None
        else:
            rd_text = "skipped" if args.skip_rdflib else (f">{args.rdflib_limit:.0f} s" if rd is None else f"{rd:8.3f} s")
            speedup = "" if rd is None else f" ({rd / max(r['tdkt_s'], 1e-6):.0f}x faster)"
        print(f"query     {q:22s} rows {r['rows']:6d} | tdkt {r['tdkt_s']:7.3f} s (first {r['tdkt_first_s']:.3f})"
              f" | plain {r['plain_s']:7.3f} s ({r['tdkt_s'] / r['plain_s']:.2f}x) | rdflib {rd_text}{speedup}")
    report["queries"] = results
    store.close()
    plain = None  # release the read-only handle

    # 4. replace the source with a changed file (same path, other content)
    with open(source, "a", encoding="utf-8") as f:
        f.write('<urn:bench:changed> <http://www.w3.org/2000/01/rdf-schema#label> "thay đổi"@vi .\n')
    replace_s, replace_rss = timed_process([tdkt_exe, "--store", str(tdkt_dir), "-q", "load", str(source)])
    print(f"replace   tdkt load of the changed file {replace_s:.2f} s  {replace_rss:.0f} MiB (the old graph is purged in batches)")
    report["replace"] = {"tdkt_s": replace_s, "rss_mib": replace_rss}
    print(json.dumps(report))
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
