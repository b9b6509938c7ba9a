"""Benchmark of report extraction: MB of report text per second on one core, and `tdkt load` of a
folder with one process against every core.

Reports: the bundled example and, when ../shared/corpus is beside the checkout, its 40 real articles
(read in place, never copied into the project); each is written ``--copies`` times (a copy number
appended, so every file is a source of its own) into a temporary folder.

    python bench/extract_bench.py --copies 25
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "magizbox-vn-news" / "articles"
SEED = ROOT.parent / "shared" / "seed" / "khoi-ctxh-so-ket-2017-07-28.txt"  # the yardstick: 100 of these a second


def reports() -> list[Path]:
    found = sorted((ROOT / "examples").glob("*.txt"))
    if CORPUS.exists():
        found += sorted(CORPUS.glob("*.txt"))
    return found


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=25, help="copies of each report in the load folder")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the reports for the one-core figure")
    args = ap.parse_args(argv)

    from tdkt.loaders.report import ReportLoader

    files = reports()
    data = {f: f.read_bytes() for f in files}
    size = sum(len(b) for b in data.values())
    print(f"# {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"# {len(files)} reports, {size / 1e6:.3f} MB of text, {os.cpu_count()} cores")

    loader = ReportLoader()
    for f, b in data.items():  # warm up: reference data and indexes are read once per process
        loader.read(f, b)
    for what, read in (("extract", lambda f, b: loader.read(f, b)),  # rdflib triples and the summary
                       ("for load", lambda f, b: loader.read_for_store(f))):  # N-Triples text, what a load stores
        rounds = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            for f, b in data.items():
                read(f, b)  # decode, split, extract, write the report's triples
            rounds.append(time.perf_counter() - t)
        best, median = min(rounds), sorted(rounds)[len(rounds) // 2]
        per_report_ms = 1000 * best / len(files)
        print(f"{what:9s} one core: {size / 1e6 / best:.2f} MB/s best of {args.rounds} passes (median "
              f"{size / 1e6 / median:.2f}), {per_report_ms:.1f} ms per report ({1000 / per_report_ms:.0f} reports/s)")

    if SEED.exists():  # CPU time, which this machine's neighbours disturb less than the wall clock
        loader.read(SEED)
        rounds = []
        for _ in range(args.rounds):
            t = time.process_time()
            for _ in range(10):
                loader.read_for_store(SEED)
            rounds.append((time.process_time() - t) / 10)
        best, median = min(rounds), sorted(rounds)[len(rounds) // 2]
        print(f"seed      one core: {1000 * best:.1f} ms of CPU best of {args.rounds} ({1 / best:.0f} reports/s, "
              f"{SEED.stat().st_size / 1e6 / best:.2f} MB/s); median {1000 * median:.1f} ms")

    work = Path(tempfile.mkdtemp(prefix="tdkt-extract-bench-"))
    try:
        folder = work / "reports"
        folder.mkdir()
        for f, b in data.items():
            for i in range(args.copies):
                (folder / f"{f.stem}-{i}.txt").write_bytes(b + f"\n\nBản {i}\n".encode())
        n = len(files) * args.copies
        tdkt = str(Path(sys.executable).with_name("tdkt"))
        times = {}
        for jobs in sorted({1, os.cpu_count() or 1}):
            store = work / f"store-{jobs}"
            t = time.perf_counter()
            subprocess.run([tdkt, "--store", str(store), "-q", "load", "--jobs", str(jobs), str(folder)], check=True,
                           stdout=subprocess.DEVNULL)
            times[jobs] = time.perf_counter() - t
            print(f"load      {n} reports, --jobs {jobs}: {times[jobs]:.1f} s ({n / times[jobs]:.0f} reports/s)")
        if len(times) > 1:
            print(f"load      speed-up with {max(times)} processes: {times[1] / times[max(times)]:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
