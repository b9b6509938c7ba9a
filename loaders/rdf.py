"""The RDF loader: Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML files.

Triples of a file's default graph go into the file's own named graph; graphs a quad format names
(TriG, N-Quads — e.g. a ``tdkt export``) keep their names, so an export loads back as it was.
Files are not parsed here: the store streams them in (a triple format with Oxigraph's bulk
loader; a quad format a graph at a time, after a first pass has checked its syntax), so a syntax
error surfaces at load time, with its line, and nothing is kept.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from tdkt.errors import LoaderError
from tdkt.loaders.source import Source, read_input

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}
GRAPH_BASE = "https://w3id.org/tdkt/graph/file/"
TRIPLE_FORMATS = {ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML}
QUAD_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}


class RdfLoader:
    name = "rdf"
    suffixes = tuple(FORMATS)

    def read(self, path: str | Path, data: bytes | None = None) -> Source:
        path = str(path)
        fmt = FORMATS.get(Path(path).suffix.lower())
        if fmt is None:
            raise LoaderError(path, None, f"unknown RDF file type (known: {', '.join(sorted(FORMATS))})")
        if data is None and fmt in TRIPLE_FORMATS | QUAD_FORMATS:
            sha = _file_sha256(path)
            return Source(path, sha, GRAPH_BASE + sha[:16], rdf_file=path, rdf_format=fmt)
        if data is None:
            data = read_input(path)
        sha = hashlib.sha256(data).hexdigest()
        graph = GRAPH_BASE + sha[:16]
        target = ox.NamedNode(graph)
        try:
            quads = [q if isinstance(q.graph_name, ox.NamedNode) else ox.Quad(q.subject, q.predicate, q.object, target)
                     for q in ox.parse(data, format=fmt)]
        except (SyntaxError, ValueError) as e:
            raise syntax_error(path, fmt, e) from None
        return Source(path, sha, graph, quads=quads, counts={"triples": len(quads)})


def _graph_of(q: ox.Quad) -> str | None:
    """The graph a quad names (None: the file's default graph, or a graph named by a blank node)."""
    return q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None


def scan_quads(path: str, fmt: ox.RdfFormat) -> tuple[int, bool]:
    """(quads, whether each graph's quads come in one run) of a file of a quad format, read once
    without keeping them; a syntax error raises our :class:`LoaderError` (so nothing is stored)."""
    count, runs, seen = 0, 0, set()
    try:
        for graph, run in graph_runs(path, fmt):
            count += sum(1 for _ in run)
            runs += 1
            seen.add(graph)
    except (SyntaxError, ValueError) as e:
        raise syntax_error(path, fmt, e) from None
    except OSError as e:
        raise LoaderError(path, None, f"cannot read: {e.strerror or e}") from None
    return count, runs == len(seen)


def graph_runs(path: str, fmt: ox.RdfFormat) -> Iterator[tuple[str | None, Iterator[ox.Quad]]]:
    """The quads of a file of a quad format as (graph, its quads), a graph at a time, as they are
    parsed (each group must be consumed before the next is asked for). For a file that
    :func:`scan_quads` found in one run per graph: memory then holds one graph, not the file."""
    return groupby(ox.parse(path=path, format=fmt), key=_graph_of)


def syntax_error(path: str, fmt: ox.RdfFormat, error: Exception) -> LoaderError:
    """Our one-line error for a parser's complaint about ``path``."""
    line = getattr(error, "lineno", None)
    msg = str(error).splitlines()[0] if str(error) else "syntax error"
    return LoaderError(path, line, f"invalid {fmt.name}: {msg}")


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError as e:
        raise LoaderError(path, None, f"cannot read: {e.strerror or e}") from None
    return digest.hexdigest()
