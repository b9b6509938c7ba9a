"""What a loader returns for one input: the triples of one named graph and where they came from."""
from __future__ import annotations

import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from tdkt.errors import LoaderError


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
    parts: Iterator[bytes] | None = None  # … or N-Triples made a part at a time as it is iterated (a large
    # list, stored as it is read); ``counts`` and ``warnings`` are complete once it is exhausted
    temporary: bool = False  # rdf_file was written by the loader: removed once stored (see ``discard``)
    summary: dict | None = None  # gold-shaped facts (reports)
    counts: dict[str, int] = field(default_factory=dict)  # entities per class
    warnings: list[str] = field(default_factory=list)

    def discard(self) -> None:
        """Remove what the loader wrote for this source (a temporary file), once it is stored."""
        if self.parts is not None:
            close = getattr(self.parts, "close", None)
            if close is not None:
                close()
            self.parts = None
        if self.temporary and self.rdf_file:
            Path(self.rdf_file).unlink(missing_ok=True)

    def spill(self) -> None:
        """Read ``parts`` to the end, for a source that must be read whole before it is stored
        (sent between processes, or checked by ``--strict``): one part stays in memory
        (``ntriples``), more go to a temporary N-Triples file (``rdf_file``). The loader's errors
        are raised here."""
        if self.parts is None:
            return
        parts, self.parts = iter(self.parts), None
        first, second = next(parts, b""), next(parts, None)
        if second is None:
            self.ntriples = first
            return
        with tempfile.NamedTemporaryFile(prefix="tdkt-list-", suffix=".nt", delete=False) as f:
            self.rdf_file, self.rdf_format, self.temporary = f.name, ox.RdfFormat.N_TRIPLES, True
            try:
                f.write(first)
                f.write(second)
                for part in parts:
                    f.write(part)
            except BaseException:
                f.close()
                self.discard()
                raise

    def __getstate__(self) -> dict:  # a pyoxigraph RdfFormat does not pickle; its media type does
        if self.parts is not None:
            raise TypeError("a source in parts is read whole (spill) before it crosses processes")
        state = dict(self.__dict__)
        if state["rdf_format"] is not None:
            state["rdf_format"] = state["rdf_format"].media_type
        return state

    def __setstate__(self, state: dict) -> None:
        if state.get("rdf_format") is not None:
            state["rdf_format"] = ox.RdfFormat.from_media_type(state["rdf_format"])
        self.__dict__.update(state)


def read_input(path: str | Path) -> bytes:
    """A source file's bytes, or a :class:`LoaderError` naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise LoaderError(str(path), None, f"cannot read: {e.strerror or e}") from None
