"""Entities across sources: listing and search, likely duplicates, and curation by hand.

A merge or a split is a decision recorded as RDF in the curation graph (:data:`CURATION_GRAPH`):
``<dropped> owl:sameAs <kept>`` or ``<a> owl:differentFrom <b>``, each with the time it was made. A
merge rewrites the dropped IRI to the kept one in every source graph (its labels become the kept
one's ``skos:altLabel``), and later loads apply it too, so the fix survives re-loads; a split
removes the merge and re-loads the sources that named either, from their files. ``tdkt export``
includes the curation graph like any other.

>>> from tdkt.graph.store import open_store
>>> [str(r[1]) for r in find(open_store(memory=True), "hoi nong dan viet nam").rows][:1]
['Hội Nông dân Việt Nam']
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import rdflib

from tdkt.errors import InputError
from tdkt.graph.store import QueryResult, Store
from tdkt.loaders.normalize import matching_key, search_key

CURATION_GRAPH = "https://w3id.org/tdkt/graph/curation"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
DIFFERENT_FROM = "http://www.w3.org/2002/07/owl#differentFrom"
CLASSES = ("Organization", "EmulationCluster", "Person", "Event", "Campaign", "Document", "AwardType", "RecipientGroup")
_PROTECTED = ("https://w3id.org/tdkt/graph/meta", CURATION_GRAPH)

_LIST = """
SELECT ?iri (MIN(?label) AS ?name) (SAMPLE(?cls) AS ?class) (SAMPLE(?aliasList) AS ?aliases) (COUNT(DISTINCT ?src) AS ?sources)
WHERE {
  %s
  # read per graph: servers join the union of all graphs as a bag, and an entity's type, label
  # and source are stated by every report that names it (n reports: n^3 rows instead of n)
  GRAPH ?g {
    ?iri a ?type ; rdfs:label ?label .
    FILTER (?type IN (%s))
    OPTIONAL { ?iri dcterms:source ?src }
  }
  BIND (STRAFTER(STR(?type), "#") AS ?cls)
  # plain text: servers differ on whether GROUP_CONCAT keeps a language tag
  OPTIONAL { { SELECT ?iri (GROUP_CONCAT(DISTINCT ?alt; separator=" | ") AS ?aliasList)
               WHERE { ?iri skos:altLabel ?altLabel BIND (STR(?altLabel) AS ?alt) } GROUP BY ?iri } }
}
GROUP BY ?iri
ORDER BY DESC(?sources) ?name ?iri
"""


def _classes(cls: str | None) -> list[str]:
    if cls is None:
        return list(CLASSES)
    if cls not in CLASSES:
        raise InputError(f"unknown class {cls!r}; known: {', '.join(CLASSES)}")
    return [cls]


def find(store: Store, search: str | None = None, cls: str | None = None, limit: int | None = None) -> QueryResult:
    """Entities with their aliases and number of sources; ``search`` ignores accents, case and Unicode
    form and matches any name of the entity ("hoi nong dan" finds "Hội Nông dân Việt Nam")."""
    types = ", ".join(f"tdkt:{c}" for c in _classes(cls))
    # the searched text goes in as a literal written by pyoxigraph's serialiser (escaped, never pasted)
    where = (f"{{ SELECT DISTINCT ?iri WHERE {{ VALUES ?q {{ {ox.Literal(search_key(search))} }} "
             f"?iri tdkt:searchKey ?key . FILTER (CONTAINS(?key, ?q)) }} }}") if search else ""
    res = store.query(_LIST % (where, types))
    if search:  # altLabels have no search key of their own: match them here too
        extra = _alias_hits(store, search, types)
        seen = {str(r[0]) for r in res.rows}
        res.rows += [r for r in extra.rows if str(r[0]) not in seen]
        res.rows.sort(key=lambda r: (-int(r[4]), str(r[1]), str(r[0])))
    if limit is not None:
        res.rows = res.rows[:limit]
    res.variables = ["iri", "name", "class", "aliases", "sources"]
    return res


def _alias_hits(store: Store, search: str, types: str) -> QueryResult:
    key = search_key(search)
    hits = set()
    for predicate in ("http://www.w3.org/2004/02/skos/core#altLabel", "https://w3id.org/tdkt/ontology#abbreviation"):
        for q in store.quads(None, ox.NamedNode(predicate), None, None):
            if isinstance(q.object, ox.Literal) and key in search_key(q.object.value):
                hits.add(q.subject.value)
    if not hits:
        return QueryResult("select", [], [])
    values = " ".join(str(ox.NamedNode(h)) for h in sorted(hits))  # serialised by pyoxigraph, not pasted
    return store.query(_LIST % (f"VALUES ?iri {{ {values} }}", types))


def resolve(store: Store, name: str) -> str:
    """The IRI an argument names: an IRI as is, else the one entity whose name (accents optional) it is."""
    if name.startswith(("http://", "https://", "urn:")):
        return name
    rows = find(store, name).rows
    same = [r for r in rows if matching_key(str(r[1])) == matching_key(name)]  # the very name (accents count)
    folded = [r for r in rows if search_key(str(r[1])) == search_key(name)]  # the name typed without accents
    pick = same or folded or rows
    if len(pick) != 1:
        shown = "; ".join(f"{r[1]} <{r[0]}>" for r in pick[:5])
        raise InputError(f"{name!r} names {len(pick)} entities{': ' + shown if shown else ''}; give the IRI")
    return str(pick[0][0])


def duplicates(store: Store, cls: str = "Organization", threshold: float = 90.0, limit: int = 100) -> QueryResult:
    """Likely duplicates of one class: pairs whose names (accents folded) score at least ``threshold``
    with rapidfuzz's token-sort ratio, or that share a name (an abbreviation: score 100), one of them
    named by a source; pairs already merged or declared different are left out."""
    from rapidfuzz import fuzz, process

    res = find(store, cls=cls)
    names = {}
    for iri, name, _, aliases, _ in res.rows:
        names[str(iri)] = {search_key(str(name))} | {search_key(a) for a in str(aliases or "").split(" | ") if a}
    decided = _decided_pairs(store)
    mentioned = {str(r[0]) for r in res.rows if int(r[4])}  # two known bodies of the reference data are not duplicates
    iris = sorted(names)
    keys = [max(names[i], key=len) for i in iris]
    matrix = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, workers=-1)
    label = {str(r[0]): str(r[1]) for r in res.rows}
    rows = []
    for a in range(len(iris)):
        for b in range(a + 1, len(iris)):
            score = float(matrix[a][b])
            if names[iris[a]] & names[iris[b]]:
                score = 100.0  # one name (an abbreviation, a variant) both are known by: "PVC"
            if score >= threshold and frozenset((iris[a], iris[b])) not in decided \
                    and (iris[a] in mentioned or iris[b] in mentioned):
                rows.append((round(score, 1), iris[a], iris[b]))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    out = [(rdflib.Literal(s), rdflib.Literal(label[a]), rdflib.Literal(label[b]), rdflib.URIRef(a), rdflib.URIRef(b))
           for s, a, b in rows[:limit]]
    return QueryResult("select", ["score", "name", "other", "iri", "otherIri"], out)


def _decided_pairs(store: Store) -> set[frozenset]:
    g = ox.NamedNode(CURATION_GRAPH)
    out = set()
    for p in (SAME_AS, DIFFERENT_FROM):
        for q in store.quads(None, ox.NamedNode(p), None, g):
            out.add(frozenset((q.subject.value, q.object.value)))
    return out


def merges(store: Store) -> dict[str, str]:
    """Dropped IRI → kept IRI, as recorded (chains followed)."""
    g = ox.NamedNode(CURATION_GRAPH)
    pairs = {q.subject.value: q.object.value for q in store.quads(None, ox.NamedNode(SAME_AS), None, g)}
    out = {}
    for drop in pairs:
        keep, seen = pairs[drop], {drop}
        while keep in pairs and keep not in seen:
            seen.add(keep)
            keep = pairs[keep]
        out[drop] = keep
    return out


def apply_merges(quads: list[ox.Quad], mapping: dict[str, str]) -> list[ox.Quad]:
    """Quads with dropped IRIs replaced by kept ones (a dropped entity's labels become altLabels)."""
    if not mapping:
        return quads
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    out = []
    for q in quads:
        s, p, o = q.subject, q.predicate, q.object
        if isinstance(s, ox.NamedNode) and s.value in mapping:
            s = ox.NamedNode(mapping[s.value])
            p = alt if p == label else p
        if isinstance(o, ox.NamedNode) and o.value in mapping:
            o = ox.NamedNode(mapping[o.value])
        out.append(ox.Quad(s, p, o, q.graph_name))
    return out


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def merge(store: Store, keep: str, drop: str) -> int:
    """Record that ``drop`` is ``keep`` and rewrite it in every source graph; returns the triples rewritten."""
    keep, drop = resolve(store, keep), resolve(store, drop)
    if keep == drop:
        raise InputError("merge needs two different entities")
    if merges(store).get(keep) == drop:
        raise InputError(f"<{keep}> was merged into <{drop}>: split them first")
    moved = [q for q in store.quads(ox.NamedNode(drop), None, None, None)] + \
            [q for q in store.quads(None, None, ox.NamedNode(drop), None)]
    moved = [q for q in moved if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in _PROTECTED]
    rewritten = apply_merges(moved, {drop: keep})
    dropped_labels = {q.object for q in moved if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"
                      and q.subject.value == drop}
    decision = [ox.Quad(ox.NamedNode(drop), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), label,
                        ox.NamedNode(CURATION_GRAPH)) for label in sorted(dropped_labels, key=str)]  # to name it in a split
    decision += [ox.Quad(ox.NamedNode(drop), ox.NamedNode(SAME_AS), ox.NamedNode(keep), ox.NamedNode(CURATION_GRAPH)),
                ox.Quad(ox.NamedNode(drop), ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime"),
                        ox.Literal(_now(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")),
                        ox.NamedNode(CURATION_GRAPH))]
    # one update: the decision and the rewrite land together or not at all
    deletes = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in moved)
    inserts = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in rewritten + decision)
    store.update((f"DELETE DATA {{ {deletes} }} ;\n" if deletes else "") + f"INSERT DATA {{ {inserts} }}")
    _ensure_labels(store, keep)
    return len(moved)


def _ensure_labels(store: Store, keep: str) -> None:
    """A graph that named only the dropped entity now names the kept one: give it the kept one's label."""
    store.update(f"""INSERT {{ GRAPH ?g {{ <{keep}> rdfs:label ?label }} }} WHERE {{
        {{ SELECT (MIN(?l) AS ?label) WHERE {{ GRAPH ?named {{ <{keep}> rdfs:label|skos:prefLabel ?l }} }} }}
        GRAPH ?g {{ <{keep}> a ?type }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ <{keep}> rdfs:label ?any }} }}
        FILTER (?g NOT IN (<{CURATION_GRAPH}>)) }}""")


def _merged_away(store: Store, name: str) -> str | None:
    """The IRI of an entity merged into another, by the name it had (kept in the curation graph)."""
    g = ox.NamedNode(CURATION_GRAPH)
    dropped = {q.subject.value for q in store.quads(None, ox.NamedNode(SAME_AS), None, g)}
    if name in dropped:
        return name
    for q in store.quads(None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None, g):
        if q.subject.value in dropped and matching_key(q.object.value) == matching_key(name):
            return q.subject.value
    return None


def split(store: Store, a: str, b: str, reload=None) -> list[str]:
    """Record that ``a`` and ``b`` are different, remove a merge of them, and re-load (with
    ``reload(paths)``) the sources that named either, so the rewrite is undone. Returns those paths."""
    a, b = _merged_away(store, a) or resolve(store, a), _merged_away(store, b) or resolve(store, b)
    if a == b:
        raise InputError("split needs two different entities")
    g = f"<{CURATION_GRAPH}>"
    a_node, b_node = ox.NamedNode(a), ox.NamedNode(b)  # serialised by pyoxigraph
    store.update(f"DELETE WHERE {{ GRAPH {g} {{ {a_node} <{SAME_AS}> {b_node} }} }} ; DELETE WHERE {{ GRAPH {g} {{ {b_node} <{SAME_AS}> {a_node} }} }} ;"
                 f" INSERT DATA {{ GRAPH {g} {{ {a_node} <{DIFFERENT_FROM}> {b_node} }} }}")
    res = store.query(f"""SELECT DISTINCT ?path WHERE {{ GRAPH ?g {{ ?g tdkt:sourcePath ?path
                          {{ {a_node} ?p ?o }} UNION {{ {b_node} ?p ?o }} UNION {{ ?s ?p {a_node} }} UNION {{ ?s ?p {b_node} }} }} }}""")
    paths = sorted(str(r[0]) for r in res.rows if Path(str(r[0])).exists())
    if reload is not None and paths:
        for path in paths:  # forget the stored version so the file is read again
            for (graph,) in store.query("SELECT ?g WHERE { GRAPH ?g { ?g tdkt:sourcePath ?p } }", {"p": rdflib.Literal(path)}).rows:
                store.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> tdkt:toolVersion ?x }} }}")
        reload(paths)
    return paths
