"""The RDF loader: Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML files.

Triples of a file's default graph go into the file's own named graph; graphs a quad format names
(TriG, N-Quads — e.g. a ``tdkt export``) keep their names, so an export loads back as it was.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox

from tdkt.errors import LoaderError
from tdkt.loaders.source import Source

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}
GRAPH_BASE = "https://w3id.org/tdkt/graph/file/"


class RdfLoader:
    name = "rdf"
    suffixes = tuple(FORMATS)

    def read(self, path: str | Path, data: bytes | None = None) -> Source:
        path = str(path)
        fmt = FORMATS.get(Path(path).suffix.lower())
        if fmt is None:
            raise LoaderError(path, None, f"unknown RDF file type (known: {', '.join(sorted(FORMATS))})")
        if data is None:
            try:
                data = Path(path).read_bytes()
            except OSError as e:
                raise LoaderError(path, None, f"cannot read: {e.strerror or e}") from None
        sha = hashlib.sha256(data).hexdigest()
        graph = GRAPH_BASE + sha[:16]
        target = ox.NamedNode(graph)
        try:
            quads = [q if isinstance(q.graph_name, ox.NamedNode) else ox.Quad(q.subject, q.predicate, q.object, target)
                     for q in ox.parse(data, format=fmt)]
        except SyntaxError as e:
            line = getattr(e, "lineno", None)
            msg = str(e).splitlines()[0] if str(e) else "syntax error"
            raise LoaderError(path, line, f"invalid {fmt.name}: {msg}") from None
        except ValueError as e:
            raise LoaderError(path, None, f"invalid {fmt.name}: {e}") from None
        return Source(path, sha, graph, quads=quads, counts={"triples": len(quads)})
