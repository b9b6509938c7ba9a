"""Machine instructions the report extractor spends on one pass over the bundled and corpus reports,
counted by valgrind's callgrind: a measure that does not move with the load of a shared machine (its
seconds swing by a third between runs minutes apart here), to compare two versions of the code.

    python bench/extract_instructions.py             # needs valgrind (Debian: apt install valgrind)
    PYTHONPATH=/path/to/other/checkout python bench/extract_instructions.py

The count is (a run of 3 passes − a run of 1 pass) / 2: start-up and reading the reference data cancel
out. About 50× slower than the passes themselves: 2–3 minutes.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import reports  # noqa: E402  (the same reports as the timed benchmark)


def passes(n: int) -> None:
    from tdkt.loaders.report import ReportLoader

    files = reports()
    loader = ReportLoader()
    loader.read_for_store(files[0])  # (reference data and indexes: in both runs, so they cancel out)
    for _ in range(n):
        for f in files:
            loader.read_for_store(f)


def counted(n: int, work: Path) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work / f'cg.{n}'}",
                          sys.executable, __file__, "--passes", str(n)], capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # (the child valgrind runs)
    args = ap.parse_args(argv)
    if args.passes is not None:
        passes(args.passes)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    files = reports()
    size = sum(f.stat().st_size for f in files)
    import tdkt

    print(f"# {' '.join([Path(sys.executable).name, *sys.argv])}  (tdkt from {Path(tdkt.__file__).parent})")
    with tempfile.TemporaryDirectory() as tmp:
        one, three = counted(1, Path(tmp)), counted(3, Path(tmp))
    per_pass = (three - one) / 2
    print(f"{per_pass / 1e9:.3f} G instructions per pass over {len(files)} reports ({size / 1e6:.3f} MB): "
          f"{per_pass / size:,.0f} per byte of report text")


if __name__ == "__main__":
    main()
