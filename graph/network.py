"""The RDF graph as a NetworkX graph, for analysis and for Gephi / Cytoscape / spreadsheets.

The mapping (one way, documented so users can rely on it):

- **Nodes** are entities, their id the IRI: organizations, emulation clusters, persons, events,
  campaigns, award types, documents, recipient groups and (``conferrals="node"``) award
  conferrals. Attributes: ``label`` (the canonical label; Vietnamese as written, NFC), ``class``
  (the tdkt class name), ``iri``, ``sources`` (how many reports state it) and ``awards`` (conferrals
  received). Values are strings, numbers or booleans only, so GraphML and GEXF can hold them.
- **Edges** carry ``relation`` (the tdkt property's local name): ``subOrganizationOf``,
  ``succeededBy``, ``memberOf`` (with ``role`` and ``year`` when a membership states them),
  ``launchedBy``, ``adoptedBy``, ``organizer``, ``participant``, ``attendee``, ``issuedBy``, and
  ``holds`` person → organization (a post, collapsed, with ``title``).
- **Conferrals**: ``conferrals="node"`` keeps each as a node (with ``year`` and ``award``, its award
  type's label) with edges ``recipient``, ``awardType``, ``conferredBy``, ``presentedBy``,
  ``atEvent``, ``decision``; ``conferrals="edge"``
  collapses each into one recipient → award type edge ``awarded`` with ``year``, ``conferrer``,
  ``presenter`` and ``conferral`` (its IRI). A conferrer that is a post (an office) points to the
  post's organization, the post's label kept as ``post``.

>>> from tdkt.graph.store import open_store
>>> g = project(open_store(memory=True))  # the reference data alone: award types, known bodies
>>> g.nodes["https://w3id.org/tdkt/award/giay-khen"]["label"]
'Giấy khen'
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import itemgetter

import networkx as nx
import pyoxigraph as ox

from tdkt.errors import InputError
from tdkt.graph.choices import PROJECTIONS
from tdkt.graph.store import Store
from tdkt.loaders.normalize import search_key

TDKT = "https://w3id.org/tdkt/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABELS = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"))
SOURCE = ox.NamedNode("http://purl.org/dc/terms/source")

ENTITY_CLASSES = ("Organization", "EmulationCluster", "Person", "Event", "Campaign", "AwardType", "Document",
                  "RecipientGroup")
RELATIONS = ("subOrganizationOf", "succeededBy", "coordinatesWith", "launchedBy", "adoptedBy", "organizer",
             "participant", "attendee", "issuedBy")
CONFERRAL_RELATIONS = ("recipient", "awardType", "conferredBy", "presentedBy", "atEvent", "decision")


@dataclass(frozen=True)
class Filters:
    """What to keep: node classes, conferral years (inclusive), an award type (by name), the
    ego network of ``depth`` steps around the entity named ``focus``, and (``mentioned``) only
    entities some source states with their direct neighbours, not every known body and award type."""

    classes: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    award: str | None = None
    focus: str | None = None
    depth: int = 1
    mentioned: bool = False  # only what some source states, and its direct neighbours (not all reference data)


def _objects(store: Store, predicate: str) -> list[tuple[str, str]]:
    """(subject, object) values of a tdkt property over the union of all graphs, deduplicated, in
    the store's order."""
    return list(dict.fromkeys([(q.subject.value, q.object.value)
                               for q in store.quads(None, ox.NamedNode(TDKT + predicate), None, None)]))


def project(store: Store, conferrals: str = "node", projection: str = "full", filters: Filters | None = None) -> nx.MultiDiGraph:
    """The store as a NetworkX ``MultiDiGraph`` (see the module's docstring for the mapping)."""
    if conferrals not in ("node", "edge"):
        raise InputError(f"conferrals must be 'node' or 'edge', not {conferrals!r}")
    if projection not in PROJECTIONS:
        raise InputError(f"unknown projection {projection!r}; known: {', '.join(PROJECTIONS)}")
    filters = filters or Filters()
    classes: dict[str, str] = {}
    for name in ENTITY_CLASSES + ("AwardConferral",):
        for q in store.quads(None, RDF_TYPE, ox.NamedNode(TDKT + name), None):
            if isinstance(q.subject, ox.NamedNode):
                classes.setdefault(q.subject.value, name)
    # posts, collapsed: post → (title, organization)
    post_title = dict(_objects(store, "title"))
    post_org = dict(_objects(store, "postIn"))
    labels: dict[str, str] = {}  # entities and posts: the least label (deterministic)
    for predicate in LABELS:
        for q in store.quads(None, predicate, None, None):
            s, o = q.subject.value, q.object
            if (s in classes or s in post_title) and isinstance(o, ox.Literal) and o.language in ("vi", None):
                old = labels.get(s)
                if old is None or o.value < old:
                    labels[s] = o.value
    post_label = {p: labels[p] for p in post_title if p in labels}
    # how many distinct sources state each node (a source stated in several graphs counts once)
    sources = Counter(map(itemgetter(0), dict.fromkeys([(q.subject.value, q.object.value)
                                                        for q in store.quads(None, SOURCE, None, None)])))

    conferral: dict[str, dict[str, list[str]]] = {}  # conferral IRI → relation → [object IRIs]
    for rel in CONFERRAL_RELATIONS + ("forYear", "date"):
        for s, o in _objects(store, rel):
            if classes.get(s) == "AwardConferral":
                rels = conferral.get(s)
                if rels is None:
                    rels = conferral[s] = {}
                rels.setdefault(rel, []).append(o)

    def year_of(c: str) -> int | None:
        for v in conferral[c].get("forYear", []) + conferral[c].get("date", []):
            if re.match(r"\d{4}", v):
                return int(v[:4])
        return None

    def wanted(c: str) -> bool:
        if filters.years:
            y = year_of(c)
            if y is None or not (filters.years[0] <= y <= filters.years[1]):
                return False
        if filters.award:
            key = search_key(filters.award)
            types = conferral[c].get("awardType", [])
            if not any(key in search_key(labels.get(t, "")) or t.endswith("/" + filters.award) for t in types):
                return False
        return True

    kept = sorted(c for c in conferral if wanted(c))
    kept_set = set(kept)
    awards_received = Counter(r for c in kept for r in conferral[c].get("recipient", []))

    edges: list[tuple[str, str, str, dict]] = []  # (u, v, key, attributes)

    def agent(iri: str) -> tuple[str | None, dict]:
        """An agent as a node: an organization as is, a post as its organization."""
        if iri in post_title:
            org = post_org.get(iri)
            return (org if org in classes else None), {"post": post_label.get(iri, post_title[iri])}
        return (iri if iri in classes else None), {}

    for rel in RELATIONS:
        for u, v in _objects(store, rel):
            extra = {}
            if rel in ("launchedBy", "organizer", "issuedBy"):
                v, extra = agent(v)
            if u in classes and v in classes:
                edges.append((u, v, rel, extra))
    for person, post in _objects(store, "holds"):
        org = post_org.get(post)
        if person in classes and org in classes:
            title = post_title.get(post, "")
            edges.append((person, org, f"holds {title}", {"relation": "holds", "title": title}))
    memberships = defaultdict(dict)
    for rel in ("member", "role", "year"):
        for s, o in _objects(store, rel):
            memberships[s][rel] = o
    for cluster, m in _objects(store, "hasMembership"):
        info = memberships.get(m, {})
        org = info.get("member")
        if org in classes and cluster in classes:
            attrs = {k: info[k] for k in ("role", "year") if k in info}
            edges.append((org, cluster, f"memberOf {m}", {"relation": "memberOf", **attrs}))
    with_role = {(e[0], e[1]) for e in edges if e[3].get("relation") == "memberOf"}
    for org, cluster in _objects(store, "memberOf"):  # the shortcut, where no membership states a role
        if org in classes and cluster in classes and (org, cluster) not in with_role:
            edges.append((org, cluster, "memberOf", {}))

    for c in kept:
        rels = conferral[c]
        if conferrals == "node":
            for rel in CONFERRAL_RELATIONS:
                for target in rels.get(rel, []):
                    v, extra = agent(target) if rel == "conferredBy" else (target if target in classes else None, {})
                    if v is not None:
                        edges.append((c, v, rel, extra))
        else:
            year = year_of(c)
            conferrer = ", ".join(sorted(post_label.get(x) or labels.get(x, x) for x in rels.get("conferredBy", [])))
            presenter = ", ".join(sorted(labels.get(x, x) for x in rels.get("presentedBy", [])))
            for r in rels.get("recipient", []):
                for t in rels.get("awardType", []):
                    if r in classes and t in classes:
                        attrs = {"relation": "awarded", "conferral": c, "conferrer": conferrer, "presenter": presenter}
                        if year is not None:
                            attrs["year"] = year
                        edges.append((r, t, c, attrs))

    g = nx.MultiDiGraph()
    node_ids = {n for n, cls in classes.items() if cls != "AwardConferral" or (conferrals == "node" and n in kept_set)}
    g.add_nodes_from((n, {"label": labels.get(n, n.rsplit("/", 1)[-1]), "class": classes[n], "iri": n,
                          "sources": sources.get(n, 0), "awards": awards_received.get(n, 0),
                          **(_conferral_attrs(conferral[n], year_of(n), labels) if n in kept_set else {})})
                     for n in sorted(node_ids))
    edges.sort(key=itemgetter(0, 1, 2))
    add_edge = g.add_edge  # one call per edge: add_edges_from builds two views per edge, a third of the time
    for u, v, key, attrs in edges:
        if u in node_ids and v in node_ids:
            add_edge(u, v, key, **{"relation": key.split(" ", 1)[0], **_clean(attrs)})
    if projection == "co-participation":
        g = _co_participation(g)
    elif projection == "person-org":
        g = _person_org(g)
    return _filtered(g, filters)


def _conferral_attrs(rels: dict, year: int | None, labels: dict) -> dict:
    """A conferral node's own attributes: its year and award type (what maps filter on)."""
    out = {"award": ", ".join(sorted(labels.get(t, t) for t in rels.get("awardType", [])))}
    if year is not None:
        out["year"] = year
    return out


def _clean(attrs: dict) -> dict:
    if not attrs:
        return attrs
    return {k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool))}


def _co_participation(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Organizations linked when they took part in one event or belong to one cluster; ``weight``
    counts the shared events and clusters."""
    groups = defaultdict(set)  # event or cluster → organizations
    for u, v, d in g.edges(data=True):
        if d["relation"] in ("participant", "organizer") and g.nodes[u]["class"] == "Event" and g.nodes[v]["class"] == "Organization":
            groups[u].add(v)
        if d["relation"] == "memberOf" and g.nodes[v]["class"] == "EmulationCluster":
            groups[v].add(u)
    out = nx.MultiDiGraph()
    weights = Counter()
    for members in groups.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                weights[(a, b)] += 1
    for n in sorted({x for pair in weights for x in pair}):
        out.add_node(n, **g.nodes[n])
    for (a, b), w in sorted(weights.items()):
        out.add_edge(a, b, key="coParticipant", relation="coParticipant", weight=w)
    return out


def _person_org(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Persons and the organizations they hold posts in."""
    out = nx.MultiDiGraph()
    edges = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d["relation"] == "holds"]
    for n in sorted({x for u, v, _, _ in edges for x in (u, v)}):
        out.add_node(n, **g.nodes[n])
    for u, v, k, d in edges:
        out.add_edge(u, v, key=k, **d)
    return out


def find_node(g: nx.Graph, name: str) -> str:
    """The node whose label (or IRI) is ``name``, typed with or without accents; else the one label
    that contains it. Raises :class:`InputError` when none or several match."""
    key = search_key(name)
    exact = sorted(n for n, d in g.nodes(data=True) if search_key(d.get("label", "")) == key or n == name)
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(n for n, d in g.nodes(data=True) if key and key in search_key(d.get("label", "")))
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise InputError(f"no entity named {name!r}")
    names = ", ".join(sorted({g.nodes[n]['label'] for n in partial})[:8])
    raise InputError(f"{name!r} names {len(partial)} entities ({names}…); be more precise")


def _filtered(g: nx.MultiDiGraph, f: Filters) -> nx.MultiDiGraph:
    if f.mentioned:
        stated = {n for n, d in g.nodes(data=True) if d.get("sources")}
        keep = set(stated)
        for n in stated:
            keep.update(g.successors(n))
            keep.update(g.predecessors(n))
        g = g.subgraph(sorted(keep)).copy()
    if f.classes:
        unknown = set(f.classes) - set(ENTITY_CLASSES + ("AwardConferral",))
        if unknown:
            raise InputError(f"unknown class {sorted(unknown)}; known: {', '.join(ENTITY_CLASSES)}, AwardConferral")
        g = g.subgraph(sorted(n for n, d in g.nodes(data=True) if d["class"] in f.classes)).copy()
    if f.focus:
        center = find_node(g, f.focus)
        g = nx.ego_graph(g, center, radius=f.depth, undirected=True).copy()
    if f.years or f.award:  # bodies and people left without a conferral in range are not what was asked for
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if g.degree(n) == 0])
    return _sorted_copy(g) if (f.classes or f.focus or f.mentioned) else g


def _sorted_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with nodes and edges inserted in sorted order (deterministic exports)."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(g.nodes(data=True)))
    out.add_edges_from(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))))
    return out
