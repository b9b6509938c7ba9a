"""RDF exports of the store: Turtle, TriG, N-Quads, JSON-LD. Deterministic: two exports of the
same store are byte-identical (N-Quads lines sorted; Turtle/TriG/JSON-LD from rdflib's sorted
serialisers over a dataset built in sorted order).

Turtle and JSON-LD (without graphs) lose the named graphs (the union is written); TriG,
N-Quads and JSON-LD keep them.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

import rdflib

from tdkt.errors import InputError
from tdkt.graph.choices import RDF_FORMATS
from tdkt.graph.store import PREFIXES, Store
from tdkt.graph.terms import quads_in

JSONLD_CONTEXT = {**PREFIXES, "@language": "vi"}


def generate_nquads(store: Store) -> bytes:
    """Every quad of the store as sorted N-Quads."""
    lines = sorted({str(q) + " .\n" for q in store})
    return "".join(lines).encode("utf-8")


def _dataset(nquads: bytes) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    ds.parse(data=nquads.decode("utf-8"), format="nquads")
    return ds


def serialize_graph(graph: rdflib.Graph | rdflib.Dataset, fmt: str) -> bytes:
    """rdflib graph or dataset → bytes in one of :data:`RDF_FORMATS`."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    if fmt == "nquads":
        if isinstance(graph, rdflib.Dataset):
            text = graph.serialize(format="nquads")
        else:
            text = "".join(f"{q} .\n" for q in quads_in(str(graph.identifier), graph))
        return "".join(sorted(set(text.splitlines(keepends=True)))).encode("utf-8")
    if fmt == "ttl":
        if isinstance(graph, rdflib.Dataset):
            union = rdflib.Graph()
            for prefix, ns in PREFIXES.items():
                union.bind(prefix, ns, override=True)
            for s, p, o, _ in graph.quads((None, None, None, None)):
                union.add((s, p, o))
            graph = union
        return graph.serialize(format="turtle", encoding="utf-8")
    if fmt == "trig":
        return graph.serialize(format="trig", encoding="utf-8")
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=JSONLD_CONTEXT, sort_keys=True, indent=1, encoding="utf-8")
    raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(RDF_FORMATS)}")


def generate(store: Store, fmt: str) -> bytes:
    nquads = generate_nquads(store)
    if fmt == "nquads":
        return nquads
    return serialize_graph(_dataset(nquads), fmt)


def write(store: Store, fmt: str, out: str | Path | BinaryIO) -> None:
    """Write the store in ``fmt`` to a path, an open binary file, or "-" (stdout)."""
    data = generate(store, fmt)
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    elif isinstance(out, (str, Path)):
        tmp = Path(f"{out}.part")
        tmp.write_bytes(data)
        tmp.replace(out)
    else:
        out.write(data)
