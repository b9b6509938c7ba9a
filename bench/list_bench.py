"""Award-list benchmark: a generated list of N rows (CSV, the columns an emulation office keeps)
loaded by ``tdkt load`` into a fresh embedded store, against plain pyoxigraph bulk-loading the
triples that load produced into the same kind of store; peak memory at several sizes, to see
how it grows with the number of rows. Each measurement runs in a process of its own; with
``--rounds N`` the two are timed alternately N times (this machine's speed drifts by tens of
percent within minutes), and the table gives the best of each and every round's ratio.

    python bench/list_bench.py --rows 25000,50000,100000 --rounds 3
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import GIVEN, HEADS, MIDDLES, PLACES, SURNAMES, TITLES  # noqa: E402 - the shared pools

HEADER = "STT;Họ và tên;Tên tập thể;Chức vụ;Đơn vị;Hình thức khen thưởng;Số quyết định;Ngày ký;Năm;Thành tích"
PERSON_AWARDS = ["Giấy khen", "Bằng khen của Thủ tướng Chính phủ", "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cơ sở",
                 "Lao động tiên tiến", "Huân chương Lao động hạng Ba", "Chiến sĩ thi đua toàn quốc"]
GROUP_AWARDS = ["Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Tập thể lao động xuất sắc",
                "Huân chương Lao động hạng Nhì", "Giấy khen"]
DEEDS = ["Hoàn thành xuất sắc nhiệm vụ năm {y}", "Có thành tích xuất sắc trong phong trào thi đua năm {y}",
         "Dẫn đầu phong trào thi đua", ""]


def write_list(rows: int, path: Path, seed: int = 7) -> Path:
    """A list of ``rows`` recipients (four in five persons), as offices keep them: a title line, the
    header, one row per recipient; decisions and units recur, persons mostly do not."""
    if path.exists():
        return path
    rng = random.Random(seed)
    units = [f"{h} tỉnh {p}" for h in HEADS for p in PLACES]
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"DANH SÁCH KHEN THƯỞNG ({rows} dòng, số liệu hư cấu)\n{HEADER}\n")
        for n in range(1, rows + 1):
            year = 2015 + rng.randrange(10)
            decision = f"{rng.randrange(1, 600)}/QĐ-{rng.choice(['UBND', 'TTg', 'STP', 'SYT'])}"
            date = f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{year + 1}"
            deed = rng.choice(DEEDS).format(y=year)
            if rng.random() < 0.8:
                name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
                cells = [name, "", rng.choice(TITLES), rng.choice(units), rng.choice(PERSON_AWARDS)]
            else:
                cells = ["", rng.choice(units), "", "", rng.choice(GROUP_AWARDS)]
            f.write(";".join([str(n), *cells, decision, date, str(year), deed]) + "\n")
    return path


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(what: str, path: str, work: str, run_mib: int | None = None) -> dict:
    import pyoxigraph as ox
    t = time.perf_counter()
    if what == "tdkt":
        from tdkt.graph import store as store_module
        from tdkt.graph.load import load_paths
        from tdkt.graph.store import open_store
        if run_mib:
            store_module.BULK_PART_BYTES = run_mib << 20
        store = open_store(Path(work) / "store")
        result = load_paths(store, [path], jobs=1)
        assert result.loaded, result.skipped
        seconds = time.perf_counter() - t
        graph = next(g for g in store.graphs() if "/graph/report/" in g)
        with open(Path(work) / "triples.nt", "wb") as f:  # what the baseline loads: this load's triples
            ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(graph=ox.NamedNode(graph))),
                         f, format=ox.RdfFormat.N_TRIPLES)
        rows = store.query(f"SELECT (COUNT(DISTINCT ?row) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?c tdkt:sourceRow ?row }} }}")
        out = {"seconds": seconds, "triples": store.count_graph(graph), "rows": int(rows.rows[0][0]), "graph": graph}
        store.close()
    else:  # plain pyoxigraph: bulk-load those triples into a fresh on-disk store, one named graph
        store = ox.Store(str(Path(work) / "plain"))
        store.bulk_load(path=str(Path(work) / "triples.nt"), format=ox.RdfFormat.N_TRIPLES,
                        to_graph=ox.NamedNode(what))
        store.flush()
        out = {"seconds": time.perf_counter() - t, "triples": len(store)}
    out["rss"] = _peak_rss_mib()
    return out


def run(what: str, path: Path, work: Path, run_mib: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--one", what, "--list", str(path), "--work", str(work)]
    cmd += ["--run-mib", str(run_mib)] if run_mib else []
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="25000,50000,100000", help="list sizes, comma-separated")
    ap.add_argument("--rounds", type=int, default=1, help="times each is measured, alternately")
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "tdkt-lists"))
    ap.add_argument("--run-mib", type=int, help="N-Triples per run of the bulk loader, in MiB "
                                                "(default: tdkt's BULK_PART_BYTES)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--list", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(child(args.one, args.list, args.work, args.run_mib)))
        return
    print(f"# python bench/list_bench.py {' '.join(sys.argv[1:])}".rstrip())
    print(f"# {os.cpu_count()} cores; python {sys.version.split()[0]}; each measurement in a process of its own")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    print("rows | list MB | triples | tdkt load s (best) | plain bulk_load s (best) | ratio (target ≤ 2×) | "
          "each round: tdkt s / plain s (ratio) | tdkt peak RSS MiB (max) | bulk_load peak RSS MiB (max)")
    for rows in map(int, args.rows.split(",")):
        path = write_list(rows, workdir / f"list-{rows}.csv")
        ours_all, plain_all = [], []
        for _ in range(args.rounds):
            work = workdir / "cell"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            ours = run("tdkt", path, work, args.run_mib)
            assert ours["rows"] == rows, f"{ours['rows']} of {rows} rows stored"
            plain = run(ours["graph"], path, work)
            assert plain["triples"] == ours["triples"], (plain, ours)
            ours_all.append(ours)
            plain_all.append(plain)
            shutil.rmtree(work, ignore_errors=True)
        best_ours = min(o["seconds"] for o in ours_all)
        best_plain = min(p["seconds"] for p in plain_all)
        rounds = ", ".join(f"{o['seconds']:.1f}/{p['seconds']:.1f} ({o['seconds'] / p['seconds']:.2f}×)"
                           for o, p in zip(ours_all, plain_all))
        print(f"{rows} | {path.stat().st_size / 1e6:.1f} | {ours_all[0]['triples']} | {best_ours:.1f} | {best_plain:.1f} | "
              f"{best_ours / best_plain:.2f}× | {rounds} | {max(o['rss'] for o in ours_all):.0f} | "
              f"{max(p['rss'] for p in plain_all):.0f}", flush=True)


if __name__ == "__main__":
    main()
