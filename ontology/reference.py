"""The reference data in ``ontology/*.ttl``, read once, as the dictionaries the loaders match with.

The Turtle files are the one source of truth: there is no second list of award types or
organizations in Python.

>>> orgs = known_names("org")
>>> orgs[matching_key("Hội LHPN Việt Nam")].label
'Hội Liên hiệp Phụ nữ Việt Nam'
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from tdkt.loaders.normalize import matching_key
from tdkt.ontology.namespace import TDKT

#: name of each reference file → the named graph it is stored in
REFERENCE_FILES = {
    "tdkt.ttl": "https://w3id.org/tdkt/graph/ontology",
    "awards.ttl": "https://w3id.org/tdkt/graph/awards",
    "organizations.ttl": "https://w3id.org/tdkt/graph/organizations",
}
SHAPES_FILE = "shapes.ttl"
_SCHEMA_COUNTRY = rdflib.URIRef("https://schema.org/Country")


def read_bytes(name: str) -> bytes:
    return resources.files("tdkt.ontology").joinpath(name).read_bytes()


def file_sha256(name: str) -> str:
    return hashlib.sha256(read_bytes(name)).hexdigest()


@lru_cache(maxsize=None)
def graph(name: str) -> rdflib.Graph:
    """One reference file parsed (cached; do not modify the result)."""
    g = rdflib.Graph()
    g.parse(data=read_bytes(name).decode("utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def reference_graph() -> rdflib.Graph:
    """The ontology, award scheme and known organizations as one graph."""
    g = rdflib.Graph()
    for name in REFERENCE_FILES:
        g += graph(name)
    return g


@dataclass(frozen=True)
class Known:
    """An entity of the reference data and the facts the extractor needs of it."""

    iri: str
    label: str
    kind: str  # "org", "cluster", "province", "post", "award", "country"
    names: tuple[str, ...] = ()  # every spelling: label, altLabels, abbreviations
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def _names(g: rdflib.Graph, s) -> list[str]:
    out = []
    for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, TDKT.abbreviation):
        for o in g.objects(s, p):
            if isinstance(o, rdflib.Literal) and o.language in (None, "vi"):
                out.append(str(o))
    return out


@lru_cache(maxsize=None)
def entities(kind: str) -> tuple[Known, ...]:
    """Every known entity of a kind: "org" (incl. clusters and provinces), "post", "award" or "country"."""
    out = []
    if kind == "award":
        g = graph("awards.ttl")
        for s in sorted(g.subjects(RDF.type, TDKT.AwardType)):
            label = str(next(o for o in g.objects(s, SKOS.prefLabel) if o.language == "vi"))
            broader = g.value(s, SKOS.broader)
            extra = {
                "recipientKind": str(g.value(s, TDKT.recipientKind) or "any"),
                "authority": str(g.value(s, TDKT.conferringAuthority) or "") or None,
                "broader": str(broader) if broader else None,
            }
            out.append(Known(str(s), label, "award", tuple(_names(g, s)), extra))
        by_iri = {k.iri: k for k in out}
        for k in out:  # an order named without its class decides as its kind does: "Huân chương Lao động" (the President)
            up = by_iri.get(k.extra["broader"])
            while k.extra["authority"] is None and up is not None:
                k.extra["authority"] = up.extra["authority"]
                up = by_iri.get(up.extra["broader"])
    elif kind == "org":
        g = graph("organizations.ttl")
        for cls, sub in ((TDKT.EmulationCluster, "cluster"), (TDKT.Province, "province"), (TDKT.Organization, "org")):
            for s in sorted(g.subjects(RDF.type, cls)):
                if sub == "org" and ((s, RDF.type, TDKT.Province) in g):
                    continue
                parent = g.value(s, TDKT.subOrganizationOf)
                extra = {"parent": str(parent) if parent else None, "class": str(cls)}
                out.append(Known(str(s), str(g.value(s, RDFS.label)), sub, tuple(_names(g, s)), extra))
    elif kind == "post":
        g = graph("organizations.ttl")
        for s in sorted(g.subjects(RDF.type, TDKT.Post)):
            extra = {"title": str(g.value(s, TDKT.title)), "org": str(g.value(s, TDKT.postIn))}
            out.append(Known(str(s), str(g.value(s, RDFS.label)), "post", tuple(_names(g, s)), extra))
    elif kind == "country":
        g = graph("organizations.ttl")
        for s in sorted(g.subjects(RDF.type, _SCHEMA_COUNTRY)):
            label = str(next(o for o in g.objects(s, RDFS.label) if o.language == "vi"))
            out.append(Known(str(s), label, "country", tuple(_names(g, s))))
    else:
        raise ValueError(f"unknown kind {kind!r}: org, post, award or country")
    return tuple(out)


@lru_cache(maxsize=None)
def known_names(kind: str) -> dict[str, Known]:
    """Matching key of every spelling → the known entity it names."""
    out: dict[str, Known] = {}
    for entity in entities(kind):
        for name in entity.names:
            out.setdefault(matching_key(name), entity)
    return out


@lru_cache(maxsize=None)
def authority(award: Known) -> Known | None:
    """Who decides an award of the scheme: an office (a "post"), or for a mass organization's own awards its body
    (an "org"); None when the scheme does not say.

    >>> authority(by_iri("award")["https://w3id.org/tdkt/award/giai-thuong-ly-tu-trong"]).kind
    'org'
    """
    iri = award.extra.get("authority")
    return (by_iri("post").get(iri) or by_iri("org").get(iri)) if iri else None


@lru_cache(maxsize=None)
def by_iri(kind: str) -> dict[str, Known]:
    """The entities of a kind by IRI (one dict for the process, as :func:`entities` is one tuple: read it, never change it)."""
    return {e.iri: e for e in entities(kind)}
