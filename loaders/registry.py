"""Loaders by name and by file type; third parties add theirs through the entry-point group
``tdkt.loaders`` (an object with ``name``, ``suffixes`` and ``read(path, data=None) -> Source``;
optionally ``read_for_store(path) -> Source``, what a load calls instead: N-Triples, or a
temporary file for inputs too large to hold, see :class:`~tdkt.loaders.source.Source`).

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
from tdkt.loaders.table import TableLoader


@lru_cache(maxsize=1)
def loaders() -> dict[str, object]:
    found = {"report": ReportLoader(), "rdf": RdfLoader(), "table": TableLoader()}
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


def loader_for(path: str | Path, options: dict | None = None):
    """The loader of a file, by its suffix; None when no loader reads it. ``options`` maps a loader's
    name to keyword arguments for it (``{"table": {"strict": True}}``)."""
    suffix = Path(path).suffix.lower()
    for name, loader in loaders().items():
        if suffix in loader.suffixes:
            if options and options.get(name):
                return type(loader)(**options[name])
            return loader
    return None
