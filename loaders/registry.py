"""Loaders by name and by file type; third parties add theirs through the entry-point group
``tdkt.loaders`` (an object with ``name``, ``suffixes`` and ``read(path, data=None) -> Source``).

>>> loader_for("reports/a.txt").name
'report'
"""
from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path

from tdkt.errors import InputError
from tdkt.loaders.rdf import RdfLoader
from tdkt.loaders.report import ReportLoader


@lru_cache(maxsize=1)
def loaders() -> dict[str, object]:
    found = {"report": ReportLoader(), "rdf": RdfLoader()}
    for ep in entry_points(group="tdkt.loaders"):
        loader = ep.load()
        loader = loader() if isinstance(loader, type) else loader
        found.setdefault(loader.name, loader)
    return found


def get(name: str):
    try:
        return loaders()[name]
    except KeyError:
        raise InputError(f"unknown loader {name!r}; known: {', '.join(sorted(loaders()))}") from None


def loader_for(path: str | Path):
    """The loader of a file, by its suffix; None when no loader reads it."""
    suffix = Path(path).suffix.lower()
    for loader in loaders().values():
        if suffix in loader.suffixes:
            return loader
    return None
