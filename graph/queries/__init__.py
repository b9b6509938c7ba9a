"""Canned SPARQL queries (``*.rq`` beside this file), run by name with values as bindings.

Every binding ``x`` also binds ``xKey``, the accent-free search key of its value, so a query can
match names however they are typed: ``run(store, "awards-of", {"name": "hoi nong dan viet nam"})``.
"""
from __future__ import annotations

from importlib import resources

from tdkt.errors import InputError
from tdkt.loaders.normalize import search_key


def names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__name__).iterdir() if p.name.endswith(".rq"))


def text(name: str) -> str:
    if name not in names():
        raise InputError(f"unknown query {name!r}; known: {', '.join(names())}")
    return resources.files(__name__).joinpath(f"{name}.rq").read_text(encoding="utf-8")


def description(name: str) -> str:
    lines = [l[1:].strip() for l in text(name).splitlines() if l.startswith("#")]
    return lines[0] if lines else ""


def with_keys(bindings: dict[str, str]) -> dict[str, str]:
    out = dict(bindings)
    for k, v in bindings.items():
        out.setdefault(f"{k}Key", search_key(str(v)))
    return out
