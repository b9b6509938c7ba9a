"""SHACL validation (pySHACL) of the union of all graphs with the reference data, against
``ontology/shapes.ttl``: returns ``(conforms, report graph, report text)`` like pySHACL."""
from __future__ import annotations

import rdflib

from tdkt.errors import ValidationError
from tdkt.graph.store import Store
from tdkt.ontology import reference


def shapes_graph() -> rdflib.Graph:
    return reference.graph(reference.SHAPES_FILE)


def validate_graph(data: rdflib.Graph) -> tuple[bool, rdflib.Graph, str]:
    try:
        import pyshacl
    except ImportError as e:  # pragma: no cover - a dependency
        raise ValidationError(f"validation needs pyshacl: {e}") from None
    try:
        conforms, report, text = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=None,
                                                  inference="none", advanced=True, allow_warnings=True)
    except Exception as e:  # noqa: BLE001 - pySHACL raises many types
        raise ValidationError(f"validation could not run: {e}") from None
    return bool(conforms), report, text


def validate_store(store: Store) -> tuple[bool, rdflib.Graph, str]:
    """Validate the union of every graph of the store (reference data included)."""
    union = rdflib.Graph()
    for q in store:
        from tdkt.graph.terms import from_ox
        union.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return validate_graph(union)
