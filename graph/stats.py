"""Counts per class and per source graph."""
from __future__ import annotations

from tdkt.graph.store import Store

_PER_CLASS = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { tdkt:Organization tdkt:EmulationCluster tdkt:Person tdkt:Post tdkt:Membership tdkt:Campaign
                  tdkt:AwardType tdkt:AwardConferral tdkt:RecipientGroup tdkt:Event tdkt:Document tdkt:Report }
  ?x a ?class .
} GROUP BY ?class ORDER BY ?class"""
_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def stats(store: Store) -> dict:
    """``{"classes": {local name: count}, "graphs": {graph IRI: triples}, "triples": total}``."""
    classes = {str(c).rsplit("#", 1)[-1]: int(n) for c, n in store.query(_PER_CLASS).rows}
    held = set(store.graphs())  # not staging graphs, nor a shared server's other graphs
    graphs = {str(g): int(n) for g, n in store.query(_PER_GRAPH).rows if str(g) in held}
    return {"classes": classes, "graphs": graphs, "triples": sum(graphs.values())}
