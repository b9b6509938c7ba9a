"""Network metrics of a projection and award statistics, as result tables (``tdkt analyze``).

Defaults stay fast on large graphs: degree, PageRank (scipy) and Louvain communities run on the
whole projection; betweenness is opt-in and, past :data:`EXACT_BETWEENNESS_LIMIT` nodes, estimated
from a sample of ``k`` source nodes (the result says so).

>>> from tdkt.graph.store import open_store
>>> from tdkt.graph.network import project
>>> res = centrality(project(open_store(memory=True)), top=3)
>>> res.variables[:4]
['label', 'class', 'degree', 'pagerank']
"""
from __future__ import annotations

import networkx as nx
import rdflib

from tdkt.errors import InputError
from tdkt.graph.choices import ANALYSES
from tdkt.graph import queries
from tdkt.graph.store import QueryResult, Store

EXACT_BETWEENNESS_LIMIT = 5_000


def _lit(value) -> rdflib.Literal:
    if isinstance(value, float):
        return rdflib.Literal(round(value, 6))
    return rdflib.Literal(value)


def centrality(g: nx.MultiDiGraph, top: int = 20, betweenness_sample: int | None = None,
               betweenness: bool = False) -> QueryResult:
    """Degree, PageRank and (``betweenness``) betweenness of the top nodes by PageRank."""
    if not len(g):
        return QueryResult("select", ["label", "class", "degree", "pagerank"], [])
    rank = nx.pagerank(g)  # scipy, a dependency
    columns = ["label", "class", "degree", "pagerank"]
    between = {}
    note = ""
    if betweenness or betweenness_sample:
        simple = nx.Graph(g.to_undirected(as_view=True))
        k = betweenness_sample if betweenness_sample else (None if len(simple) <= EXACT_BETWEENNESS_LIMIT else 200)
        k = None if k is not None and k >= len(simple) else k
        between = nx.betweenness_centrality(simple, k=k, seed=0)
        columns.append("betweenness" if k is None else f"betweenness_sampled_k{k}")
        note = "" if k is None else f"betweenness estimated from {k} sampled sources"
    order = sorted(g.nodes, key=lambda n: (-rank[n], g.nodes[n].get("label", n), n))[:top]
    rows = []
    for n in order:
        d = g.nodes[n]
        row = [d.get("label", n), d.get("class", ""), g.degree(n), rank[n]]
        if between:
            row.append(between.get(n, 0.0))
        rows.append(tuple(_lit(x) for x in row))
    return QueryResult("select", columns, rows, note=note)


def communities(g: nx.MultiDiGraph, top: int = 20) -> QueryResult:
    """Louvain communities (networkx, fixed seed) of the undirected projection, largest first."""
    simple = nx.Graph(g.to_undirected(as_view=True))
    found = nx.community.louvain_communities(simple, seed=0) if len(simple) else []
    ranked = sorted(found, key=lambda c: (-len(c), min(c)))[:top]
    rows = []
    for i, members in enumerate(ranked, 1):
        hubs = sorted(members, key=lambda n: (-g.degree(n), g.nodes[n].get("label", n)))[:5]
        rows.append((_lit(i), _lit(len(members)), _lit("; ".join(g.nodes[n].get("label", n) for n in hubs))))
    return QueryResult("select", ["community", "size", "best_connected"], rows)


def components(g: nx.MultiDiGraph, top: int = 20) -> QueryResult:
    """Weakly connected components, largest first, with their best-connected members."""
    comps = sorted(nx.weakly_connected_components(g), key=lambda c: (-len(c), min(c)))[:top] if len(g) else []
    rows = []
    for i, members in enumerate(comps, 1):
        hubs = sorted(members, key=lambda n: (-g.degree(n), g.nodes[n].get("label", n)))[:5]
        rows.append((_lit(i), _lit(len(members)), _lit("; ".join(g.nodes[n].get("label", n) for n in hubs))))
    return QueryResult("select", ["component", "size", "best_connected"], rows)


def award_table(store: Store, name: str, top: int | None = None, focus: str | None = None) -> QueryResult:
    """The award statistics that are SPARQL (canned queries): most-awarded, presenters, timeline."""
    if name == "timeline":
        if not focus:
            raise InputError("timeline needs --focus NAME (an organization or person)")
        res = store.query(queries.text("awards-of"), queries.with_keys({"name": focus}))
        res.rows.sort(key=lambda r: tuple(str(x or "") for x in (r[4], r[3], r[1])))  # date, period, award
    else:
        res = store.query(queries.text(name))
    if top is not None:
        res.rows = res.rows[:top]
    return res


def analyze(store: Store, what: str, g: nx.MultiDiGraph | None = None, top: int = 20, focus: str | None = None,
            betweenness: bool = False, sample: int | None = None) -> QueryResult:
    """One analysis by name (see :data:`ANALYSES`)."""
    if what not in ANALYSES:
        raise InputError(f"unknown analysis {what!r}; known: {', '.join(ANALYSES)}")
    if what in ("most-awarded", "presenters", "timeline"):
        return award_table(store, what, top, focus)
    if g is None:
        from tdkt.graph.network import project
        g = project(store)
    if what == "centrality":
        return centrality(g, top, sample, betweenness)
    if what == "communities":
        return communities(g, top)
    return components(g, top)
