"""Any SPARQL 1.1 server as the store: Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso.

Queries and updates go over the SPARQL 1.1 Protocol; each source graph is written with one
``PUT`` of the SPARQL 1.1 Graph Store HTTP Protocol (N-Triples), so the server replaces it in one
step. A graph larger than ``chunk`` triples is written to a staging graph in parts and moved over
the old one by one SPARQL Update, so no reader ever sees half of it. Credentials come from the
environment only (:func:`auth_header`). Results are parsed by pyoxigraph, not by hand.

>>> ep = Endpoint.from_url("http://127.0.0.1:7878/query")
>>> ep.update_url, ep.gsp_url
('http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
"""
from __future__ import annotations

import base64
import os
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from tdkt.errors import InputError, QueryError, StoreError
from tdkt.graph.httpclient import Answer, Client, HttpError, Unreachable
from tdkt.graph.store import META_GRAPH, PREFIXES, STAGING, QueryResult, Store, result_from_ox, with_values
from tdkt.graph.terms import to_ox
from tdkt.loaders.report.to_rdf import GRAPH_BASE

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
_HELD = ox.NamedNode("urn:tdkt:held")  # meta-graph mark on a graph of tdkt's outside GRAPH_BASE


def _in_held_graphs(pattern: str) -> str:
    """A WHERE group matching ``pattern`` in tdkt's graphs only (bound to ?g), never in a shared
    server's other graphs (Virtuoso's system graphs, whose blank nodes pyoxigraph rejects)."""
    return (f'{{ {{ GRAPH ?g {{ {pattern} }} FILTER (STRSTARTS(STR(?g), "{GRAPH_BASE}") || STRSTARTS(STR(?g), "{STAGING}")) }}'
            f" UNION {{ GRAPH <{META_GRAPH}> {{ ?g {_HELD} true }} GRAPH ?g {{ {pattern} }} }} }}")


_HELD_QUADS = _in_held_graphs("?s ?p ?o")
_VALUES_BUGS = ("SPART_VARR_FIXED", "Error SQ200: No column")  # Virtuoso 7.2 on VALUES
_PROBE = ox.Triple(ox.NamedNode("urn:tdkt:store"), ox.NamedNode("urn:tdkt:probe"), ox.Literal("tdkt"))


EndpointUnreachable = Unreachable  # the server could not be reached after retries: stop writing


@dataclass(frozen=True)
class Endpoint:
    """Where a server answers queries, updates and Graph Store Protocol requests."""

    query_url: str
    update_url: str
    gsp_url: str | None  # None: write with SPARQL Update instead

    @classmethod
    def from_url(cls, url: str, update_url: str | None = None, gsp_url: str | None = None) -> "Endpoint":
        """The three URLs from the query URL, by the layout of common servers (each can be given):

        - ``…/query`` (Oxigraph server): ``…/update`` and ``…/store``;
        - ``…/repositories/R`` (GraphDB, RDF4J): ``…/statements`` and ``…/rdf-graphs/service``;
        - ``http://host/sparql`` (Virtuoso): the same URL and ``http://host/sparql-graph-crud``;
        - anything else (a Fuseki dataset such as ``http://host:3030/ds``): the same URL for all three.
        """
        for u in (url, update_url, gsp_url):
            if u and (urllib.parse.urlsplit(u).username or urllib.parse.urlsplit(u).password):
                raise InputError("endpoint URLs must not carry credentials: set $TDKT_ENDPOINT_USER and "
                                 "$TDKT_ENDPOINT_PASSWORD, or $TDKT_ENDPOINT_TOKEN")
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"endpoint {url!r} is not an http(s) URL")
        path = parts.path.rstrip("/")
        base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if path.endswith("/query"):
            stem = base + path[: -len("/query")]
            derived = (stem + "/update", stem + "/store")
        elif "/repositories/" in path:
            derived = (base + path + "/statements", base + path + "/rdf-graphs/service")
        elif path == "/sparql":
            derived = (url, base + "/sparql-graph-crud")
        else:
            derived = (url, url)
        return cls(url, update_url or derived[0], derived[1] if gsp_url is None else (gsp_url or None))


def auth_header() -> str | None:
    """``Authorization`` from ``$TDKT_ENDPOINT_TOKEN`` (bearer) or ``$TDKT_ENDPOINT_USER`` and
    ``$TDKT_ENDPOINT_PASSWORD`` (basic); None when neither is set."""
    token = os.environ.get("TDKT_ENDPOINT_TOKEN")
    if token:
        return f"Bearer {token}"
    user = os.environ.get("TDKT_ENDPOINT_USER")
    if user:
        pair = f"{user}:{os.environ.get('TDKT_ENDPOINT_PASSWORD', '')}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


def _with_params(url: str, params: list[tuple[str, str]]) -> str:
    if not params:
        return url
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params)


class RemoteStore(Store):
    """A tdkt store held by a SPARQL 1.1 server; see the module docstring.

    The default graph of a query must be the union of the named graphs. Servers differ: Virtuoso
    and a Fuseki dataset with ``tdb2:unionDefaultGraph`` do so; the Oxigraph server does when
    asked per request; anything else gets every named graph as a ``default-graph-uri``. Which one
    applies is found out once, by a probe.
    """

    def __init__(self, endpoint: Endpoint, *, retries: int = 4, backoff: float = 0.5,
                 timeout: float = 600, chunk: int = 200_000, concurrency: int = 2):
        self.endpoint = endpoint
        self.concurrency = concurrency  # graphs written at once (2 PUTs in flight: 2x faster here)
        self.location = endpoint.query_url
        self.chunk = chunk
        auth = auth_header()
        self.http = Client(retries=retries, backoff=backoff, timeout=timeout,
                           headers={"Authorization": auth} if auth else None)
        self._filters_for_values = False  # bind with FILTERs: the server fails on VALUES (Virtuoso 7.2)
        self._union: str | None = None  # how the server makes the union default graph (found on first use)

    # ---- HTTP
    def _request(self, method: str, url: str, body: bytes | None, content_type: str | None, *,
                 what: str, accept: str | None = None, stream: bool = False) -> Answer:
        headers = {k: v for k, v in (("Content-Type", content_type), ("Accept", accept)) if v}
        try:
            return self.http.request(method, url, body, headers, what=what, stream=stream)
        except HttpError as e:
            if e.status == 400 and what.startswith(("query", "update")):
                raise QueryError(f"{e.url}: bad SPARQL {what.split()[0]}: {e.detail}") from None
            raise

    # ---- reading
    def _post_query(self, sparql: str, union: bool = False, what: str = "query", stream: bool = False) -> Answer:
        """POST a query (form-encoded); ``union``: with the default graph as the union of the graphs."""
        url, form = self.endpoint.query_url, [("query", _PROLOGUE + sparql)]
        if union:
            if self._union is None:
                self._union = self._find_union()
            if self._union == "oxigraph":
                url = _with_params(url, [("union-default-graph", "true")])
            elif self._union == "listed":
                form += [("default-graph-uri", g) for g in self.graphs()]
        return self._request("POST", url, urllib.parse.urlencode(form).encode("utf-8"),
                             "application/x-www-form-urlencoded", what=what, accept=_ACCEPT, stream=stream)

    def _parse(self, response) -> QueryResult:
        kind = response.content_type
        try:
            if kind in _RESULTS:
                return result_from_ox(ox.parse_query_results(response, format=_RESULTS[kind]))
            if kind in _GRAPHS:
                return result_from_ox(ox.parse(response, format=_GRAPHS[kind]))
        except (SyntaxError, ValueError, OSError) as e:
            raise StoreError(f"{self.name}: unreadable answer ({kind}): {e}") from None
        finally:
            response.close()
        raise StoreError(f"{self.name}: answer of an unexpected type {kind or '(none)'}")

    def _raw(self, sparql: str) -> QueryResult:
        """A query that names its graphs (GRAPH …), so the default graph does not matter."""
        return self._parse(self._post_query(sparql))

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
        if not bindings:
            return self._parse(self._post_query(sparql, union=True))
        if not self._filters_for_values:
            try:
                return self._parse(self._post_query(with_values(sparql, bindings), union=True))
            except (QueryError, StoreError) as e:
                if not any(sign in str(e) for sign in _VALUES_BUGS):
                    raise
                self._filters_for_values = True
        return self._parse(self._post_query(with_values(sparql, bindings, as_filters=True), union=True))

    def _find_union(self) -> str:
        """How this server makes the union default graph: "native", "oxigraph" or "listed"."""
        meta = ox.NamedNode(META_GRAPH)
        found = self._raw(f"SELECT ?s ?p ?o WHERE {{ GRAPH {meta} {{ ?s ?p ?o }} }} LIMIT 1").rows
        if found:
            probe = " ".join(str(to_ox(t)) for t in found[0])
        else:
            self.update(f"INSERT DATA {{ GRAPH {meta} {{ {_PROBE} . }} }}")
            probe = str(_PROBE)
        ask = f"ASK {{ {probe} }}"
        if self._raw(ask).boolean:
            return "native"
        self._union = "oxigraph"
        try:
            if self._parse(self._post_query(ask, union=True)).boolean:
                return "oxigraph"
        except StoreError:
            pass
        return "listed"

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[ox.Quad]:
        terms = (subject, predicate, object, graph)
        names = ("s", "p", "o", "g")
        free = [n for n, t in zip(names, terms) if t is None]
        s, p, o, g = (str(t) if t is not None else "?" + n for n, t in zip(names, terms))
        where = f"WHERE {_in_held_graphs(f'{s} {p} {o}')}" if graph is None else f"WHERE {{ GRAPH {g} {{ {s} {p} {o} }} }}"
        if not free:
            if self._raw(f"ASK {where}").boolean:
                yield ox.Quad(*terms)
            return
        response = self._post_query(f"SELECT {' '.join('?' + n for n in free)} {where}", stream=True)
        for row in self._solutions(response):
            yield ox.Quad(*[t if t is not None else row[n] for n, t in zip(names, terms)])

    def _solutions(self, response) -> Iterator:
        """Solutions of a SELECT answer as they arrive (JSON streamed; other formats read whole)."""
        if response.content_type != "application/sparql-results+json":
            result = self._parse(response)
            yield from ({n: to_ox(v) for n, v in zip(result.variables, row) if v is not None} for row in result.rows)
            return
        try:
            yield from ox.parse_query_results(response, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError, OSError) as e:
            raise StoreError(f"{self.name}: unreadable answer: {e}") from None
        finally:
            response.close()

    def named_graphs(self) -> list[str]:
        """tdkt's graphs on the server: those under its graph IRI base or staging prefix, and
        others it wrote (an RDF file's own graphs), which it registers in the meta graph. A
        server's own graphs (Virtuoso's system graphs) and other applications' are left out."""
        return [str(g) for (g,) in self._raw(f"SELECT DISTINCT ?g WHERE {_HELD_QUADS}").rows]

    def __iter__(self) -> Iterator[ox.Quad]:
        """Every quad of tdkt's graphs (a server's own graphs are not read)."""
        response = self._post_query(f"SELECT ?s ?p ?o ?g WHERE {_HELD_QUADS}", stream=True)
        for row in self._solutions(response):
            if not row["g"].value.startswith(STAGING):
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def has_graph(self, name: str) -> bool:
        return bool(self._raw(f"ASK {{ GRAPH {ox.NamedNode(name)} {{ ?s ?p ?o }} }}").boolean)

    def count_graph(self, name: str) -> int:
        res = self._raw(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(name)} {{ ?s ?p ?o }} }}")
        return int(res.rows[0][0])

    def __len__(self) -> int:
        return int(self._raw(f"SELECT (COUNT(*) AS ?n) WHERE {_HELD_QUADS}").rows[0][0])

    # ---- writing
    def update(self, sparql: str, what: str = "update") -> None:
        self._request("POST", self.endpoint.update_url, (_PROLOGUE + sparql).encode("utf-8"),
                      "application/sparql-update", what=what).close()

    def replace_graph(self, name: str, quads: Iterable[ox.Quad] | None = None, *,
                      rdf_file: tuple[str, ox.RdfFormat] | None = None, ntriples: bytes | None = None,
                      parts: Iterable[bytes] | None = None, also_drop: Iterable[str] = ()) -> None:
        """Replace graph ``name`` on the server: one ``PUT`` when it fits in one chunk, otherwise
        parts into a staging graph and one ``MOVE``. Nothing is sent before the first two chunks
        are read, so a syntax error in a small file sends nothing; a failed large one leaves only a
        staging graph, dropped at once or on the next open."""
        chunks = self._chunks(quads, rdf_file, ntriples, parts)
        first, second = next(chunks, b""), next(chunks, None)
        if second is None:
            self._write(name, first, replace=True)
        else:
            staging = self.staging_name()
            try:
                self._write(staging, first, replace=True, what=f"graph <{name}>")
                self._write(staging, second, replace=False, what=f"graph <{name}>")
                for part in chunks:
                    self._write(staging, part, replace=False, what=f"graph <{name}>")
                self.update(f"MOVE SILENT GRAPH {ox.NamedNode(staging)} TO GRAPH {ox.NamedNode(name)}",
                            what=f"update of graph <{name}>")
            except BaseException:
                self._drop_quietly(staging)
                raise
        if not name.startswith(GRAPH_BASE):
            self.update(f"INSERT DATA {{ GRAPH {ox.NamedNode(META_GRAPH)} {{ {ox.NamedNode(name)} {_HELD} true }} }}")
        for g in also_drop:
            if g != name:
                self.drop_graph(g)

    def _chunks(self, quads, rdf_file, ntriples: bytes | None = None, parts: Iterable[bytes] | None = None) -> Iterator[bytes]:
        if ntriples is not None and quads is None and rdf_file is None and parts is None \
                and ntriples.count(b"\n") <= self.chunk:
            yield ntriples  # sent as it came from the loader (one triple per line)
            return

        def triples():
            if rdf_file is not None:
                yield from ox.parse(path=rdf_file[0], format=rdf_file[1])
            if ntriples is not None:
                yield from ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
            for part in parts or ():
                yield from ox.parse(part, format=ox.RdfFormat.N_TRIPLES)
            for q in quads or ():
                yield ox.Triple(q.subject, q.predicate, q.object)
        it = triples()
        while batch := list(islice(it, self.chunk)):
            yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)

    def _write(self, graph: str, ntriples: bytes, *, replace: bool, what: str | None = None) -> None:
        what = what or f"graph <{graph}>"
        if self.endpoint.gsp_url is None:
            drop = f"DROP SILENT GRAPH {ox.NamedNode(graph)} ;\n" if replace else ""
            self.update(f"{drop}INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{\n{ntriples.decode('utf-8')}\n}} }}", what=what)
            return
        url = _with_params(self.endpoint.gsp_url, [("graph", graph)])
        self._request("PUT" if replace else "POST", url, ntriples, "application/n-triples", what=what).close()

    def _drop_quietly(self, graph: str) -> None:
        try:
            self.drop_graph(graph)
        except Exception:  # noqa: BLE001 - cleanup must not mask the error; the next open retries it
            pass

    def drop_graph(self, name: str) -> None:
        node = ox.NamedNode(name)
        self.update(f"DROP SILENT GRAPH {node} ;\nDELETE DATA {{ GRAPH {ox.NamedNode(META_GRAPH)} {{ {node} {_HELD} true }} }}",
                    what=f"drop of graph <{name}>")

    def optimize(self) -> tuple[int, int]:
        raise StoreError(f"{self.name}: a SPARQL server compacts its own storage, tdkt cannot "
                         "(an Oxigraph server: stop it, then `oxigraph optimize --location DIR`)")

    def close(self) -> None:
        self.http.close()

    def clean_staging(self) -> None:
        """Drop staging graphs that an interrupted load left on the server."""
        res = self._raw(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{STAGING}")) }}')
        for (g,) in res.rows:
            self.drop_graph(str(g))
