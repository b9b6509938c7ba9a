import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(cfg["tool"]["setuptools"]["packages"])
    found = {"tdkt"}
    for init in ROOT.rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        if rel.parts and rel.parts[0] in ("tests", "build", ".venv", "bench") or any(p.startswith(".") or p.endswith(".egg-info") for p in rel.parts):
            continue
        if rel.parts:
            found.add("tdkt." + ".".join(rel.parts))
    assert found == listed
