"""Loading inputs into a store: files and folders, each source one named graph, atomically.

>>> from tdkt.graph.store import open_store
>>> result = load_paths(open_store(memory=True), ["examples/"])  # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from collections import deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from tdkt import __version__
from tdkt.errors import InputError, LoaderError, StoreError, TdktError
from tdkt.graph.entities import apply_merges, merges
from tdkt.graph.remote import EndpointUnreachable
from tdkt.graph.store import Store
from tdkt.graph.terms import from_ox, quads_in, to_ntriples
from tdkt.loaders import registry
from tdkt.loaders.rdf import QUAD_FORMATS, graph_runs, scan_quads, syntax_error
from tdkt.loaders.source import Source
from tdkt.loaders.table import SUFFIXES as TABLE_SUFFIXES

PROV = "http://www.w3.org/ns/prov#"
TDKT = "https://w3id.org/tdkt/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
# new sources written to the embedded store at once (measured: batches of 100 halve the store's work
# against one source at a time). 2,000 sources / 128 MiB loaded 10,000 synthetic reports in 61-65 s
# against 71-75 s, but at 687 MiB peak RSS against 250, and a long load stores nothing for longer
BATCH_SOURCES = 200
BATCH_BYTES = 16 << 20


@dataclass
class LoadResult:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.loaded or self.unchanged)


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and not f.name.endswith(".gold.json") and registry.loader_for(f) is not None:
                    yield f
        else:
            yield p


def read_source(path: str, options: dict | None = None, for_store: bool = False) -> Source:
    """Read one file with the loader its type calls for (``options``: per loader name, its settings;
    ``for_store``: the loader's ``read_for_store`` where it has one, which may stream to a file)."""
    loader = registry.loader_for(path, options)
    if not Path(path).exists():
        raise LoaderError(path, None, "no such file")
    if loader is None:
        raise LoaderError(path, None, f"no loader for this file type ({Path(path).suffix or 'no suffix'})")
    if for_store and hasattr(loader, "read_for_store"):
        return loader.read_for_store(path)
    return loader.read(path)


def _read_safely(path: str, options: dict | None = None, for_store: bool = False,
                 whole: bool = True) -> tuple[Source | None, str | None]:
    """``whole``: a source made in parts as it is stored (a large list) is read to the end here
    (into a temporary file), as one sent between processes or checked by ``--strict`` must be."""
    try:
        src = read_source(path, options, for_store)
        if src.parts is not None:
            src.parts = _parts_reported(path, src.parts)
        if whole:
            src.spill()
        if for_store and src.triples is not None:  # as N-Triples: half the cost of pickling terms, and
            src.ntriples = to_ntriples(src.triples)  # the store parses them in Rust
            src.triples = None
        return src, None
    except TdktError as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop a folder
        return None, f"{path}: {_cannot_read(e)}"


def _cannot_read(error: Exception) -> str:
    return f"cannot be read ({type(error).__name__}: {error})"


def _parts_reported(path: str, parts: Iterator[bytes]) -> Iterator[bytes]:
    """``parts`` whose errors are the loader's, as :func:`_read_safely` makes them: a file that
    breaks while it is stored (a sheet corrupt past its first rows) is skipped, not the load."""
    try:
        yield from parts
    except TdktError:
        raise
    except Exception as e:  # noqa: BLE001 - one bad file must not stop a folder
        raise LoaderError(path, None, _cannot_read(e)) from None


def read_sources(paths: Iterable[str | os.PathLike], jobs: int | None = None, options: dict | None = None,
                 for_store: bool = False, whole: bool = True) -> Iterator[tuple[str, Source | None, str | None]]:
    """(path, source, error) for every input, using ``jobs`` processes (default: every core);
    ``for_store``: report triples as N-Triples (``Source.ntriples``), as a load wants them;
    ``whole=False``: a source read in this process may come in parts (``Source.parts``), each made
    as the store takes it, its errors raised then."""
    files = [str(f) for f in iter_files(paths)]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= 8:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            n = len(files)
            for path, (src, err) in zip(files, pool.map(_read_safely, files, [options] * n, [for_store] * n, chunksize=4)):
                yield path, src, err
    else:
        for path in files:
            src, err = _read_safely(path, options, for_store, whole)
            yield path, src, err


def stored_sources(store: Store) -> dict[str, dict[str, str | None]]:
    """Every stored source, read in one query: its absolute path → {graph IRI: tool version}."""
    res = store.query("SELECT ?g ?path ?version WHERE { GRAPH ?g { ?g tdkt:sourcePath ?path "
                      "OPTIONAL { ?g tdkt:toolVersion ?version } } }")
    out: dict[str, dict[str, str | None]] = {}
    for g, path, version in res.rows:
        out.setdefault(str(path), {})[str(g)] = None if version is None else str(version)
    return out


def source_quads(src: Source) -> Iterator[ox.Quad]:
    """Every quad of a source (an RDF file of triples is parsed here, as it was not on reading)."""
    if src.triples is not None:
        yield from quads_in(src.graph, src.triples)
    elif src.ntriples is not None:
        target = ox.NamedNode(src.graph)
        for t in ox.parse(src.ntriples, format=ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(t.subject, t.predicate, t.object, target)
    elif src.parts is not None:
        target = ox.NamedNode(src.graph)
        for part in src.parts:
            for t in ox.parse(part, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, target)
    elif src.rdf_file is not None:
        target = ox.NamedNode(src.graph)
        own = src.rdf_format in QUAD_FORMATS  # graphs a quad file names keep their names
        try:
            for q in ox.parse(path=src.rdf_file, format=src.rdf_format):
                yield q if own and isinstance(q.graph_name, ox.NamedNode) else ox.Quad(q.subject, q.predicate, q.object, target)
        except (SyntaxError, ValueError) as e:
            raise syntax_error(src.rdf_file, src.rdf_format, e) from None
    else:
        yield from src.quads or []


def sources_dataset(sources: Iterable[Source]) -> rdflib.Dataset:
    """What ``tdkt extract`` shows: the sources' graphs (without provenance of the load itself)."""
    ds = rdflib.Dataset()
    for src in sources:
        ds.graph(rdflib.URIRef(src.graph))
        for q in source_quads(src):
            ds.graph(rdflib.URIRef(q.graph_name.value)).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def _provenance(src: Source, abspath: str, now: str | None) -> list[ox.Quad]:
    """What the source's graph says about itself: when it was stored, from where, by which version."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    graph = ox.NamedNode(src.graph)
    return [
        ox.Quad(graph, ox.NamedNode(PROV + "generatedAtTime"), ox.Literal(now, datatype=ox.NamedNode(XSD + "dateTime")), graph),
        ox.Quad(graph, ox.NamedNode(TDKT + "sourcePath"), ox.Literal(abspath), graph),
        ox.Quad(graph, ox.NamedNode(TDKT + "toolVersion"), ox.Literal(__version__), graph),
        ox.Quad(graph, ox.NamedNode(TDKT + "sha256"), ox.Literal(src.sha256), graph)]


def _with_provenance(src: Source, provenance: list[ox.Quad]) -> bytes:
    return src.ntriples + ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in provenance],
                                       format=ox.RdfFormat.N_TRIPLES)


def store_source(store: Store, src: Source, now: str | None = None, merged: dict[str, str] | None = None,
                 stored: dict[str, dict[str, str | None]] | None = None,
                 batch: list[tuple[str, bytes]] | None = None) -> bool:
    """Put one source in the store, replacing its earlier version; False when it was unchanged.
    ``merged``: the curation's merges; ``stored``: :func:`stored_sources` (both read from the
    store when not given); ``batch``: a source never stored before is appended to it as
    (graph, N-Triples) when it can be, for the caller to write with :meth:`Store.add_graphs`."""
    abspath = str(Path(src.path).resolve())
    existing = (stored_sources(store) if stored is None else stored).get(abspath, {})
    if existing.get(src.graph) == __version__:
        return False
    provenance = _provenance(src, abspath, now)
    merged = merges(store) if merged is None else merged
    if src.ntriples is not None and not merged:  # straight to the store: no terms made in Python
        if batch is not None and not existing:
            batch.append((src.graph, _with_provenance(src, provenance)))
        else:
            store.replace_graph(src.graph, ntriples=_with_provenance(src, provenance), also_drop=list(existing))
        return True
    if src.rdf_file is not None and src.rdf_format in QUAD_FORMATS:
        count, in_runs = scan_quads(src.rdf_file, src.rdf_format)  # a syntax error: nothing is written
        src.counts["triples"] = count
        if in_runs and not merged:  # (a tdkt export is sorted by graph)
            _store_graph_runs(store, src, provenance, list(existing))
            return True
        src.quads, src.rdf_file, src.rdf_format = list(source_quads(src)), None, None  # a graph in several runs
    user_file = src.rdf_file is not None and not src.temporary  # an RDF file: its triples are counted once stored
    rdf_file = (src.rdf_file, src.rdf_format) if src.rdf_file is not None and not merged else None
    parts = src.parts if not merged else None
    quads = ([] if rdf_file or parts else apply_merges(list(source_quads(src)), merged)) + provenance
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name.value, []).append(q)
    # RDF files may name graphs of their own: each is replaced too
    own = sorted(by_graph.keys() - {src.graph})
    if store.concurrency > 1 and len(own) > 1:
        with ThreadPoolExecutor(store.concurrency) as pool:
            list(pool.map(lambda name: store.replace_graph(name, by_graph[name]), own))
    else:
        for name in own:
            store.replace_graph(name, by_graph[name])
    try:
        store.replace_graph(src.graph, by_graph.get(src.graph, []), rdf_file=rdf_file, parts=parts,
                            also_drop=list(existing))
    except (SyntaxError, ValueError) as e:
        if src.rdf_format is None:
            raise
        raise syntax_error(src.path, src.rdf_format, e) from None
    if user_file:
        src.counts["triples"] = store.count_graph(src.graph) - len(provenance)
    return True


def _store_graph_runs(store: Store, src: Source, provenance: list[ox.Quad], existing: list[str]) -> None:
    """Store a quad file whose graphs each come in one run, a graph at a time as it is parsed:
    memory holds a batch of graphs (a few graphs at once on a server), not the file. The graphs
    the file names are written first, each whole (a batch of new ones with one run of the bulk
    loader, as reports are); the file's own graph (its default graph) with its provenance last,
    so a load stopped part way is taken up again next time."""
    default: list[ox.Quad] = []
    pool = ThreadPoolExecutor(store.concurrency) if store.concurrency > 1 else None
    pending: deque = deque()
    batch: list[tuple[str, bytes]] = []
    size = 0
    try:
        for graph, quads in graph_runs(src.rdf_file, src.rdf_format):
            if graph is None or graph == src.graph:
                default.extend(quads)
            elif pool is not None:
                pending.append(pool.submit(store.replace_graph, graph, list(quads)))
                while len(pending) > 2 * store.concurrency:
                    pending.popleft().result()
            else:
                batch.append((graph, ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                                  format=ox.RdfFormat.N_TRIPLES)))
                size += len(batch[-1][1])
                if len(batch) >= BATCH_SOURCES or size >= BATCH_BYTES:
                    store.add_graphs(batch)
                    batch, size = [], 0
        if batch:
            store.add_graphs(batch)
        while pending:
            pending.popleft().result()
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)
    store.replace_graph(src.graph, default + provenance, also_drop=existing)


def load_paths(store: Store, paths: Iterable[str | os.PathLike], *, jobs: int | None = None,
               progress: Callable[[str], None] | None = None, options: dict | None = None,
               strict: bool = False) -> LoadResult:
    """Extract every input and store it; bad inputs are skipped with their reason. ``strict``: any
    problem (an unreadable file, a bad row of a list) stops the load before anything is stored."""
    result = LoadResult()
    read = read_sources(paths, jobs, options, for_store=True, whole=strict)  # strict: problems known before storing
    if strict:
        read = list(read)
        problems = [err for _, src, err in read if src is None] + [w for _, src, _ in read if src for w in src.warnings
                                                                    if src.path.lower().endswith(TABLE_SUFFIXES)]
        if problems:
            for _, src, _ in read:
                if src is not None:
                    src.discard()
            raise InputError(f"--strict: nothing loaded; {len(problems)} problem(s), first: {problems[0]}")
    merged = merges(store)  # the curation's decisions, and what is stored, read once per load
    stored = stored_sources(store)

    # new sources go to a store that writes in bulk (the embedded one) a batch at a time
    batch: list[tuple[str, bytes]] | None = [] if store.bulk_writes else None
    batched: list[tuple[str, Source]] = []  # the batch's sources, recorded once it is written
    in_batch: set[str] = set()  # their graphs
    batch_bytes = 0

    def store_one(src: Source) -> tuple[bool | None, str | None]:
        try:
            return store_source(store, src, merged=merged, stored=stored, batch=batch), None
        except EndpointUnreachable:
            raise
        except (LoaderError, StoreError) as e:  # this source is reported, the others still load
            return None, str(e)

    def record(path: str, src: Source, outcome: tuple[bool | None, str | None]) -> None:
        src.discard()
        result.warnings.extend(src.warnings)  # a source stored in parts knows them once stored
        changed, error = outcome
        if error is not None:
            result.skipped.append((path, error))
            return
        (result.loaded if changed else result.unchanged).append(path)
        for k, v in src.counts.items():
            result.counts[k] = result.counts.get(k, 0) + v

    def write_batch() -> None:
        nonlocal batch_bytes
        if not batched:
            return
        try:
            store.add_graphs(batch)
            outcome: tuple[bool | None, str | None] = (True, None)
        except StoreError as e:  # nothing of the batch was stored
            outcome = (None, str(e))
        for path, src in batched:
            record(path, src, outcome)
        batch.clear()
        batched.clear()
        in_batch.clear()
        batch_bytes = 0

    def finish(path: str, src: Source, future) -> None:
        nonlocal batch_bytes
        if src.graph in in_batch:
            write_batch()  # the same content twice: the second replaces the first
        try:
            outcome = future.result() if future is not None else store_one(src)
        except EndpointUnreachable as e:  # nothing more can be written: say how far the load got
            src.discard()
            where = "" if f"<{src.graph}>" in str(e) else f" (storing graph <{src.graph}> of {path})"
            raise EndpointUnreachable(f"{e}{where}; {len(result.loaded)} source(s) stored before, each whole") from None
        if batch is not None and len(batch) > len(batched):
            batched.append((path, src))
            in_batch.add(src.graph)
            batch_bytes += len(batch[-1][1])
            if len(batch) >= BATCH_SOURCES or batch_bytes >= BATCH_BYTES:
                write_batch()
            return
        record(path, src, outcome)

    # a server takes several graphs at once (measured: two PUTs in flight load 2x faster than one)
    pool = ThreadPoolExecutor(store.concurrency) if store.concurrency > 1 else None
    pending: deque = deque()
    try:
        for path, src, err in read:
            if progress:
                progress(path)
            if src is None:
                result.skipped.append((path, err or "unreadable"))
                continue
            pending.append((path, src, pool.submit(store_one, src) if pool else None))
            while pending and (pool is None or len(pending) > 2 * store.concurrency):
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
        write_batch()
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)
        for _, src, _ in pending:  # a load that stopped part way
            src.discard()
    store.flush()
    return result


def extract_paths(paths: Iterable[str | os.PathLike], jobs: int | None = None,
                  options: dict | None = None) -> tuple[list[Source], list[tuple[str, str]]]:
    """Read inputs without storing them: (sources, skipped)."""
    sources, skipped = [], []
    for path, src, err in read_sources(paths, jobs, options):
        if src is None:
            skipped.append((path, err or "unreadable"))
        else:
            sources.append(src)
    if not sources and not skipped:
        raise InputError("no input files found")
    return sources, skipped
