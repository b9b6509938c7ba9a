"""What a loader returns for one input: the triples of one named graph and where they came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tdkt.errors import LoaderError

from collections.abc import Collection


@dataclass
class Source:
    """One input read by a loader: its named graph's IRI and content."""

    path: str
    sha256: str
    graph: str  # named graph IRI
    triples: Collection[tuple] | None = None  # the graph's triples (rdflib terms), or …
    quads: list | None = None  # … pyoxigraph quads (RDF files, which may name graphs of their own)
    ntriples: bytes | None = None  # … or the triples as N-Triples (how a load moves them between processes)
    rdf_file: str | None = None  # … or an RDF file of triples, streamed into the store unparsed
    rdf_format: object | None = None  # its pyoxigraph RdfFormat
    temporary: bool = False  # rdf_file was written by the loader: removed once stored (see ``discard``)
    summary: dict | None = None  # gold-shaped facts (reports)
    counts: dict[str, int] = field(default_factory=dict)  # entities per class
    warnings: list[str] = field(default_factory=list)

    def discard(self) -> None:
        """Remove what the loader wrote for this source (a temporary file), once it is stored."""
        if self.temporary and self.rdf_file:
            Path(self.rdf_file).unlink(missing_ok=True)


def read_input(path: str | Path) -> bytes:
    """A source file's bytes, or a :class:`LoaderError` naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise LoaderError(str(path), None, f"cannot read: {e.strerror or e}") from None
