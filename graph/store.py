"""The graph store: an embedded on-disk Oxigraph store (default), an in-memory one, or any SPARQL
1.1 server (:mod:`tdkt.graph.remote`); every command works the same on the three.

Each source (a report, a list, an RDF file) is one named graph, replaced whole and atomically
when the source is loaded again (see :meth:`Store.replace_graph`); a load killed part way is
undone when the store is next opened. Queries see the union of all graphs as their default graph.

>>> store = open_store(memory=True)
>>> store.query("ASK { ?award a tdkt:AwardType }").boolean
True
"""
from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from tdkt.errors import QueryError, StoreError
from tdkt.graph.terms import from_ox, to_ox
from tdkt.ontology import reference

DEFAULT_STORE = "tdkt-store"
STAGING = "urn:tdkt:staging:"
META_GRAPH = "https://w3id.org/tdkt/graph/meta"
PREFIXES = {
    "tdkt": "https://w3id.org/tdkt/ontology#",
    "tdkta": "https://w3id.org/tdkt/award/",
    "tdktr": "https://w3id.org/tdkt/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}
_SHA = ox.NamedNode(PREFIXES["tdkt"] + "sha256")
_PENDING = "urn:tdkt:loadPending"  # meta-graph mark on a graph being written in place
_RETIRED = "urn:tdkt:retired"  # meta-graph mark on a replaced graph whose triples are being deleted
BULK_PART_BYTES = 32 << 20  # N-Triples per run of the bulk loader when a source comes in parts (measured:
# 16-64 MiB load a 100,000-row list in the same time, 128-256 MiB slower; peak memory grows with it)


@dataclass
class QueryResult:
    """What a query returned: ``kind`` is "select", "ask" or "graph"."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # rdflib terms (None where unbound)
    boolean: bool | None = None
    triples: list[tuple] = field(default_factory=list)
    note: str = ""  # what a reader should know about the numbers (e.g. they are sampled)


def _sparql_term(term) -> str:
    """A term in SPARQL/N-Triples syntax, escaped by pyoxigraph (never by hand)."""
    return str(to_ox(term) if isinstance(term, rdflib.term.Node) else term)


def result_from_ox(res) -> QueryResult:
    """A pyoxigraph query result (solutions, boolean or triples) as a :class:`QueryResult`."""
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    memo: dict = {}  # each distinct term converted once: labels and titles repeat across rows (6-9x faster)

    def convert(term):
        if term is None:
            return None
        out = memo.get(term)
        if out is None:
            out = memo[term] = from_ox(term)
        return out

    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows = [tuple(convert(sol[n]) for n in names) for sol in res]
        return QueryResult("select", names, rows)
    return QueryResult("graph", triples=[(convert(t.subject), convert(t.predicate), convert(t.object)) for t in res])


class Store:
    """What every tdkt store offers: SPARQL over the union of its graphs, quads by pattern, and the
    whole-graph replace that loads are made of. Open one with :func:`open_store`."""

    location: str | None = None
    concurrency: int = 1  # graphs a load may write at the same time
    bulk_writes: bool = False  # whether add_graphs of many graphs beats replace_graph of each

    @property
    def name(self) -> str:
        """How messages name the store."""
        return self.location or "memory store"

    # ---- reading
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs; ``bindings`` fill variables."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction)."""
        raise NotImplementedError

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[ox.Quad]:
        """The quads matching a pattern of pyoxigraph terms (None matches anything)."""
        raise NotImplementedError

    def named_graphs(self) -> list[str]:
        """Every named graph, staging graphs included."""
        raise NotImplementedError

    def graphs(self) -> list[str]:
        """The named graphs, sorted."""
        return sorted(g for g in self.named_graphs() if not g.startswith(STAGING))

    def __iter__(self) -> Iterator[ox.Quad]:
        """Every quad of every graph but staging ones."""
        for q in self.quads():
            if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(STAGING)):
                yield q

    def graph_triples(self, name: str) -> rdflib.Graph:
        g = rdflib.Graph(identifier=rdflib.URIRef(name))
        for q in self.quads(graph=ox.NamedNode(name)):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g

    def dataset(self) -> rdflib.Dataset:
        """Every named graph as an in-memory rdflib ``Dataset`` (for exports and validation)."""
        ds = rdflib.Dataset()
        for q in self:
            graph = ds.graph(rdflib.URIRef(q.graph_name.value)) if isinstance(q.graph_name, ox.NamedNode) else ds.default_context
            graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return ds

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(res.rows[0][0])

    def has_graph(self, name: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(name)} {{ ?s ?p ?o }} }}").boolean)

    def count_graph(self, name: str) -> int:
        res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(name)} {{ ?s ?p ?o }} }}")
        return int(res.rows[0][0])

    # ---- writing
    def replace_graph(self, name: str, quads: Iterable[ox.Quad] | None = None, *,
                      rdf_file: tuple[str, ox.RdfFormat] | None = None, ntriples: bytes | None = None,
                      parts: Iterable[bytes] | None = None, also_drop: Iterable[str] = ()) -> None:
        """Atomically replace graph ``name`` with ``quads`` (their graph is ignored), the triples
        of an RDF file, N-Triples bytes, or N-Triples ``parts`` made as they are iterated (an
        error raised while making them stores nothing); the ``also_drop`` graphs are dropped
        after it."""
        raise NotImplementedError

    def add_graphs(self, graphs: list[tuple[str, bytes]]) -> None:
        """Store several new graphs, each given as N-Triples, each whole or absent (a graph that
        exists already is replaced)."""
        for name, ntriples in graphs:
            self.replace_graph(name, ntriples=ntriples)

    def drop_graph(self, name: str) -> None:
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(name)}")

    def staging_name(self) -> str:
        return f"{STAGING}{uuid.uuid4().hex}"

    def clean_staging(self) -> None:
        """Undo what loads killed part way left behind."""

    def ensure_reference(self) -> None:
        """Load the ontology, award scheme and known organizations into their own graphs, again
        only when a file changed (its sha256 is kept in the meta graph)."""
        meta = ox.NamedNode(META_GRAPH)
        for name, graph_name in reference.REFERENCE_FILES.items():
            sha = reference.file_sha256(name)
            node = ox.NamedNode(graph_name)
            stored = [q.object.value for q in self.quads(node, _SHA, None, meta)]
            if stored == [sha]:
                continue
            quads = [ox.Quad(q.subject, q.predicate, q.object, node)
                     for q in ox.parse(reference.read_bytes(name), format=ox.RdfFormat.TURTLE)]
            self.replace_graph(graph_name, quads)
            self.update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{graph_name}> tdkt:sha256 ?old }} }} ;"
                        f" INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{graph_name}> tdkt:sha256 {_sparql_term(ox.Literal(sha))} }} }}")

    def flush(self) -> None:
        """Make what was written durable."""

    def optimize(self) -> tuple[int, int]:
        """Compact the store's files after large loads (smaller on disk, faster to read); the
        facts stay as they are. Returns the bytes on disk before and after (0 in memory)."""
        raise NotImplementedError

    def close(self) -> None:
        self.flush()


class EmbeddedStore(Store):
    """Oxigraph in this process: on disk at ``location``, or in memory when it is None."""

    bulk_writes = True

    def __init__(self, inner: ox.Store, location: str | None):
        self.inner = inner
        self.location = location

    # ---- reading
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
        if bindings:
            sparql = with_values(sparql, bindings)
        try:
            res = self.inner.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QueryError(f"bad SPARQL query: {e}") from None
        except RuntimeError as e:
            raise QueryError(f"SPARQL query failed: {e}") from None
        except OSError as e:
            raise StoreError(f"{self.name}: {e}") from None
        return result_from_ox(res)

    def update(self, sparql: str) -> None:
        try:
            self.inner.update(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"bad SPARQL update: {e}") from None
        except OSError as e:
            raise StoreError(f"{self.name}: {e}") from None

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[ox.Quad]:
        return self.inner.quads_for_pattern(subject, predicate, object, graph)

    def named_graphs(self) -> list[str]:
        return [g.value for g in self.inner.named_graphs()]

    def __len__(self) -> int:
        return len(self.inner)

    def has_graph(self, name: str) -> bool:
        node = ox.NamedNode(name)
        return self.inner.contains_named_graph(node) or \
            any(True for _ in self.inner.quads_for_pattern(None, None, None, node))

    # ---- writing
    def replace_graph(self, name: str, quads: Iterable[ox.Quad] | None = None, *,
                      rdf_file: tuple[str, ox.RdfFormat] | None = None, ntriples: bytes | None = None,
                      parts: Iterable[bytes] | None = None, also_drop: Iterable[str] = ()) -> None:
        """Atomically replace graph ``name`` with ``quads`` (their graph is ignored), the triples
        of an RDF file, N-Triples bytes and/or N-Triples ``parts`` made as they are iterated (see
        :meth:`_bulk_load_parts`); the ``also_drop`` graphs go in the same step.

        A new graph of quads or N-Triples is written in one transaction. Other new graphs are
        written in place under a *pending* mark in the meta graph (Oxigraph's bulk loader is not
        transactional); a graph that exists is written to a staging graph and moved over it.
        Either way one SPARQL Update (one transaction) then switches: it clears the mark and marks
        the old graphs *retired*, whose triples are then deleted in small steps (a single deletion
        of a million triples takes minutes and over a GiB). A load that dies part way is undone,
        and a purge finished, on the next open.
        """
        fresh = not self.has_graph(name)
        retired = [g for g in also_drop if g != name and self.has_graph(g)]
        if fresh and rdf_file is None and parts is None and not retired and (quads is None or ntriples is None):
            try:  # one transaction: whole or absent, no mark needed
                if ntriples is not None:
                    self.inner.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
                else:
                    self.inner.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(name)) for q in quads or ())
            except OSError as e:
                raise StoreError(f"{self.name}: {e}") from None
            return
        target = name if fresh else self.staging_name()
        node = ox.NamedNode(target)
        if fresh:
            self._set_pending(target)
        try:
            if rdf_file is not None:
                self.inner.bulk_load(path=rdf_file[0], format=rdf_file[1], to_graph=node)
            if parts is not None:
                self._bulk_load_parts(parts, node)
            if ntriples is not None:
                self.inner.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=node)
            if quads is not None:
                self.inner.extend(ox.Quad(q.subject, q.predicate, q.object, node) for q in quads)
        except BaseException as e:
            self._undo(target)
            if isinstance(e, OSError):
                raise StoreError(f"{self.name}: {e}") from None
            raise
        ops = [self._mark_update(g, _RETIRED, "INSERT") for g in retired]
        if fresh:
            ops.append(self._mark_update(target, _PENDING, "DELETE"))
        else:
            ops.append(f"MOVE SILENT GRAPH <{target}> TO GRAPH <{name}>")
        self.update(" ;\n".join(ops))
        for g in retired:
            self._purge(g)

    def _bulk_load_parts(self, parts: Iterable[bytes], node: ox.NamedNode) -> None:
        """Bulk-load N-Triples parts into graph ``node``, a run of Oxigraph's loader per
        :data:`BULK_PART_BYTES`, in a second thread while this one makes the next parts (the
        loader runs without Python's lock: making a list's triples and storing them overlap).
        At most two runs' text is held: memory does not grow with the number of parts."""
        with ThreadPoolExecutor(1) as loader:
            running = None
            for run in _runs(parts, BULK_PART_BYTES):
                if running is not None:
                    running.result()
                running = loader.submit(self.inner.bulk_load, run, format=ox.RdfFormat.N_TRIPLES, to_graph=node)
            if running is not None:
                running.result()

    def add_graphs(self, graphs: list[tuple[str, bytes]]) -> None:
        """Write new graphs with one run of Oxigraph's bulk loader (half the work of a transaction
        per graph, measured), under *pending* marks set and cleared in one update each: a load
        killed part way is undone on the next open. A graph that exists is replaced on its own."""
        new, existing = [], []
        for name, data in graphs:
            (existing if self.has_graph(name) else new).append((name, data))
        for name, data in existing:
            self.replace_graph(name, ntriples=data)
        if not new:
            return
        self.update(self._marks_update([name for name, _ in new], _PENDING, "INSERT"))
        try:
            self.inner.bulk_load(b"".join(_as_nquads(name, data) for name, data in new), format=ox.RdfFormat.N_QUADS)
        except BaseException as e:
            for name, _ in new:
                self._undo(name)
            if isinstance(e, OSError):
                raise StoreError(f"{self.name}: {e}") from None
            raise
        self.update(self._marks_update([name for name, _ in new], _PENDING, "DELETE"))

    @staticmethod
    def _mark_update(graph: str, mark: str, verb: str) -> str:
        return f"{verb} DATA {{ GRAPH <{META_GRAPH}> {{ <{graph}> <{mark}> true }} }}"

    @staticmethod
    def _marks_update(graphs: list[str], mark: str, verb: str) -> str:
        marks = " ".join(f"<{g}> <{mark}> true ." for g in graphs)
        return f"{verb} DATA {{ GRAPH <{META_GRAPH}> {{ {marks} }} }}"

    def _set_pending(self, graph: str) -> None:
        self.update(self._mark_update(graph, _PENDING, "INSERT"))

    def _purge(self, graph: str, mark: str = _RETIRED, batch: int = 10_000) -> None:
        """Delete a graph's triples a batch at a time, then its mark."""
        node = ox.NamedNode(graph)
        while True:
            quads = [q for _, q in zip(range(batch), self.inner.quads_for_pattern(None, None, None, node))]
            if not quads:
                break
            for q in quads:
                self.inner.remove(q)
        self.inner.remove_graph(node)
        self.update(self._mark_update(graph, mark, "DELETE"))

    def _undo(self, graph: str) -> None:
        """Remove a graph whose load failed, then its pending mark."""
        try:
            self._purge(graph, _PENDING)
        except Exception:  # noqa: BLE001 - cleanup of a failed load must not mask its error
            pass

    def clean_staging(self) -> None:
        """Undo loads that were killed part way (staging graphs, graphs still marked pending) and
        finish purges of retired graphs."""
        for g in list(self.inner.named_graphs()):
            if g.value.startswith(STAGING):
                self._purge(g.value, "urn:tdkt:none")
        meta = ox.NamedNode(META_GRAPH)
        for q in list(self.inner.quads_for_pattern(None, ox.NamedNode(_PENDING), None, meta)):
            self._undo(q.subject.value)
        for q in list(self.inner.quads_for_pattern(None, ox.NamedNode(_RETIRED), None, meta)):
            self._purge(q.subject.value)

    def flush(self) -> None:
        if self.location:
            self.inner.flush()

    def optimize(self) -> tuple[int, int]:
        if not self.location:  # an in-memory store has no files to compact
            return 0, 0
        self.flush()
        before = disk_size(self.location)
        try:
            self.inner.optimize()
        except OSError as e:
            raise StoreError(f"{self.name}: {e}") from None
        return before, disk_size(self.location)

    def close(self) -> None:
        self.flush()
        del self.inner


def _runs(parts: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Parts joined into runs of at least ``size`` bytes (the last may be shorter)."""
    run: list[bytes] = []
    held = 0
    for part in parts:
        run.append(part)
        held += len(part)
        if held >= size:
            yield b"".join(run)
            run, held = [], 0
    if run:
        yield b"".join(run)


def _as_nquads(graph: str, ntriples: bytes) -> bytes:
    """N-Triples as N-Quads of ``graph``. A line of N-Triples is one triple ending in " ." (a
    literal's line breaks are escaped), as pyoxigraph writes it; anything else is re-parsed."""
    if ntriples.count(b"\n") == ntriples.count(b" .\n") and ntriples.endswith(b"\n"):
        return ntriples.replace(b" .\n", b" " + str(ox.NamedNode(graph)).encode() + b" .\n")
    node = ox.NamedNode(graph)
    return ox.serialize((ox.Quad(t.subject, t.predicate, t.object, node)
                         for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)), format=ox.RdfFormat.N_QUADS)


def with_values(sparql: str, bindings: Mapping[str, object], *, as_filters: bool = False) -> str:
    """The query with a ``VALUES`` block binding each variable, first in its WHERE group. Values
    are written by pyoxigraph's term serialiser (escaped), never pasted as text. ``as_filters``:
    ``FILTER (?v = value)`` instead, for each variable the query uses (Virtuoso 7.2
    fails on VALUES beside OPTIONAL); the same answers where the variables are bound by the
    query's required patterns, as in the canned queries.

    >>> with_values("SELECT ?x WHERE { ?x ?p ?name }", {"name": "Hội"})
    'SELECT ?x WHERE { VALUES (?name) { ("Hội") } ?x ?p ?name }'
    """
    names = [k for k in bindings if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k)]
    if len(names) != len(bindings):
        raise QueryError(f"bad binding name in {sorted(bindings)}")
    terms = {k: _sparql_term(_as_term(bindings[k])) for k in names}
    at = _where_group(sparql)
    if as_filters:
        used = {m.group()[1:] for m in _LEXEME.finditer(sparql) if m.group()[:1] in "?$"}
        block = " ".join(f"FILTER (?{k} = {terms[k]})" for k in names if k in used)
    else:
        block = f"VALUES ({' '.join('?' + k for k in names)}) {{ ({' '.join(terms.values())}) }}"
    if at is None:
        return f"{sparql}\n{block}"
    return f"{sparql[:at + 1]} {block}{sparql[at + 1:]}"


# comments, long and short strings, IRIs, words, braces, anything else
_LEXEME = re.compile(r"#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
                     r"|<[^<>\"{}|^`\\\s]*>|[?$][A-Za-z0-9_]+|[A-Za-z_]+|[{}]|\S", re.S)


def _where_group(sparql: str) -> int | None:
    """Index of the ``{`` that opens the query's WHERE group (comments, strings and IRIs skipped);
    None for a CONSTRUCT without WHERE, which keeps a trailing VALUES."""
    construct = seen_where = False
    for m in _LEXEME.finditer(sparql):
        tok = m.group().upper()
        if tok == "CONSTRUCT":
            construct = True
        elif tok == "WHERE":
            seen_where = True
        elif tok == "{":
            return m.start() if seen_where or not construct else None
    return None


def _as_term(value):
    if isinstance(value, rdflib.term.Node):
        return value
    return rdflib.Literal(str(value))


def disk_size(folder: str | os.PathLike) -> int:
    """Bytes of the files under ``folder`` (0 when it does not exist)."""
    path = Path(folder)
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def store_location(path: str | os.PathLike | None = None) -> str:
    return str(path or os.environ.get("TDKT_STORE") or DEFAULT_STORE)


def open_store(path: str | os.PathLike | None = None, *, memory: bool = False,
               wait: float | None = None, reference_data: bool = True, endpoint=None) -> Store:
    """Open the embedded store at ``path`` (default ``$TDKT_STORE`` or ``./tdkt-store``), an
    in-memory one, or a SPARQL server (``endpoint``: a URL or a :class:`tdkt.graph.remote.Endpoint`).
    A store locked by another process is waited for up to ``wait`` seconds (default
    ``$TDKT_LOCK_WAIT`` or 10), then :class:`StoreError` (exit code 3)."""
    if endpoint is not None:
        from tdkt.graph.remote import Endpoint, RemoteStore

        store = RemoteStore(endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint))
        store.clean_staging()
    elif memory:
        store = EmbeddedStore(ox.Store(), None)
    else:
        location = store_location(path)
        wait = float(os.environ.get("TDKT_LOCK_WAIT", 10)) if wait is None else wait
        deadline = time.monotonic() + wait
        while True:
            try:
                Path(location).mkdir(parents=True, exist_ok=True)
                store = EmbeddedStore(ox.Store(location), location)
                break
            except OSError as e:
                locked = "lock" in str(e).lower()
                if locked and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                why = "is in use by another process (locked)" if locked else f"cannot be opened: {e}"
                raise StoreError(f"store {location} {why}") from None
        store.clean_staging()
    if reference_data:
        store.ensure_reference()
    return store
