"""The facts of one report as RDF: the report's own named graph, self-describing (CONTRACT.md).

Every entity the report mentions is typed, labelled (canonical ``rdfs:label``; each other
spelling as written in ``skos:altLabel``), given a ``tdkt:searchKey`` and ``dcterms:source`` the
report; conferrals, posts, memberships, campaigns and events carry ``tdkt:evidence``.
"""
from __future__ import annotations

import re

import rdflib
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from tdkt import __version__
from tdkt.loaders.normalize import ID, entity_iri, search_key
from tdkt.loaders.report import lexicon as lx
from tdkt.loaders.report.facts import Award, Document, Event, Facts, Group, Org, Person, Post
from tdkt.loaders.report.reading import Report
from tdkt.ontology import namespace as tdkt_ns

GRAPH_BASE = "https://w3id.org/tdkt/graph/"


class _Terms:
    """A namespace's terms as plain attributes, looked up once (rdflib's ``DefinedNamespace``
    checks every access: it was a tenth of the time of writing a large list)."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


DCTERMS, PROV, RDF, RDFS, SKOS, XSD = (_Terms(n) for n in (ns.DCTERMS, ns.PROV, ns.RDF, ns.RDFS, ns.SKOS, ns.XSD))
TDKT = _Terms(tdkt_ns.TDKT)


def report_iri(sha256: str) -> URIRef:
    return URIRef(f"{ID}report/{sha256[:16]}")


def graph_iri(sha256: str) -> URIRef:
    return URIRef(f"{GRAPH_BASE}report/{sha256[:16]}")


def person_iri(p: Person) -> str:
    """A person's IRI: the name, and the province their posts place them in when that is one
    province. "Nguyễn Văn Hùng" of a body of Nghệ An and of one of Hà Tĩnh are two persons; with
    posts in one province, or none placed in a province, one name is one person. So a person
    who moved province splits, and namesakes of one province (or named without a post) merge;
    ``tdkt entities duplicates`` lists same-name persons for a curator to merge."""
    provinces = {k.iri: k.label for post in p.posts if post.org is not None
                 if (k := lx.province_in(post.org.label)) is not None}
    return entity_iri("person", p.name, *provinces.values()) if len(provinces) == 1 else entity_iri("person", p.name)


def vi(text: str) -> Literal:
    return Literal(text, lang="vi")


class _Writer:
    def __init__(self, report: Report, facts: Facts):
        self.r, self.f = report, facts
        self.g = _Triples(graph_iri(report.sha256))
        self.report = report_iri(report.sha256)
        self.date = report.published.date().isoformat() if report.published else None
        self.done: dict[int, URIRef] = {}  # id of an org, person, post, document or event → its IRI, written

    def entity(self, iri: URIRef, cls, label: str, alts=()) -> URIRef:
        g = self.g
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, vi(label)))
        g.add((iri, TDKT.searchKey, Literal(search_key(label))))
        for alt in alts:
            if alt != label:
                g.add((iri, SKOS.altLabel, vi(alt)))
        g.add((iri, DCTERMS.source, self.report))
        return iri

    def org(self, org: Org) -> URIRef:
        if id(org) in self.done:
            return self.done[id(org)]
        iri = URIRef(org.iri or entity_iri("org", org.label, org.context or ""))
        if org.mentioned:  # else reference data states it; the report does not name it
            cls = TDKT.EmulationCluster if org.cls == "cluster" else TDKT.Organization
            self.entity(iri, cls, org.label, sorted(org.spellings))
        self.done[id(org)] = iri
        return iri

    def person(self, p: Person) -> URIRef:
        if id(p) not in self.done:
            self.done[id(p)] = self.entity(URIRef(person_iri(p)), TDKT.Person, p.name)
        return self.done[id(p)]

    def post(self, post: Post, evidence: str | None = None) -> URIRef:
        iri = self.done.get(id(post))
        if iri is None:
            org_iri = self.org(post.org) if post.org else None
            label = post.label or (f"{post.title} {post.org.label}" if post.org else post.title)
            iri = self.done[id(post)] = URIRef(post.known_iri or entity_iri("post", label))
            self.entity(iri, TDKT.Post, label)
            self.g.add((iri, TDKT.title, vi(post.title)))
            if org_iri is not None:
                self.g.add((iri, TDKT.postIn, org_iri))
        if evidence:
            self.g.add((iri, TDKT.evidence, vi(evidence)))
        return iri

    def agent(self, x) -> URIRef | None:
        if x is None:
            return None
        if isinstance(x, Org):
            return self.org(x)
        if isinstance(x, Post):
            return self.post(x)
        if isinstance(x, Person):
            return self.person(x)
        return None

    def group(self, grp: Group) -> URIRef:
        iri = URIRef(entity_iri("group", grp.label, self.r.sha256[:16]))
        self.entity(iri, TDKT.RecipientGroup, grp.label)
        if grp.count is not None:
            self.g.add((iri, TDKT.memberCount, Literal(grp.count)))
        self.g.add((iri, TDKT.recipientKind, Literal(grp.kind)))
        return iri

    def event(self, ev: Event) -> URIRef:
        if id(ev) in self.done:
            return self.done[id(ev)]
        iri = self.done[id(ev)] = URIRef(entity_iri("event", ev.name, ev.date or (str(self.r.year) if self.r.year else self.r.sha256[:16])))
        self.entity(iri, TDKT.Event, ev.name)
        g = self.g
        if ev.date:
            g.add((iri, TDKT.date, Literal(ev.date, datatype=XSD.date)))
        if ev.place:
            g.add((iri, TDKT.place, vi(ev.place)))
        if ev.organizer:
            g.add((iri, TDKT.organizer, self.agent(ev.organizer)))
        for o in ev.participants:
            g.add((iri, TDKT.participant, self.org(o)))
        for p in ev.attendees:
            g.add((iri, TDKT.attendee, self.person(p)))
        if ev.evidence:
            g.add((iri, TDKT.evidence, vi(ev.evidence)))
        return iri

    def document(self, doc: Document) -> URIRef:
        if id(doc) in self.done:
            return self.done[id(doc)]
        year = (doc.date or "")[:4] or _year_in(doc.number) or (str(self.r.year) if self.r.year else "")
        iri = self.done[id(doc)] = URIRef(entity_iri("doc", f"{doc.kind} {doc.number}" if doc.number else doc.label, year))
        self.entity(iri, TDKT.Document, doc.label)
        g = self.g
        g.add((iri, TDKT.documentKind, vi(doc.kind)))
        if doc.number:
            g.add((iri, TDKT.documentNumber, Literal(doc.number)))
        if doc.date:
            g.add((iri, TDKT.date, Literal(doc.date, datatype=XSD.date)))
        if doc.issuer is not None:
            g.add((iri, TDKT.issuedBy, self.agent(doc.issuer)))
        if doc.title:
            g.add((iri, DCTERMS.title, vi(doc.title)))
        g.add((self.report, TDKT.cites, iri))
        return iri

    def award(self, a: Award) -> URIRef:
        g = self.g
        if isinstance(a.recipient, Group):
            rec = self.group(a.recipient)
        else:
            rec = self.agent(a.recipient)
        period_key = a.period or (a.date or "")[:4] or self.r.sha256[:16]
        iri = URIRef(entity_iri("conferral", f"{a.award_label} {_label_of(a.recipient)}", a.award_iri, str(rec), period_key))
        g.add((iri, RDF.type, TDKT.AwardConferral))
        g.add((iri, RDFS.label, vi(f"{a.award_label} – {_label_of(a.recipient)}")))
        g.add((iri, DCTERMS.source, self.report))
        g.add((iri, TDKT.awardType, URIRef(a.award_iri)))
        g.add((iri, TDKT.awardName, vi(a.name)))
        g.add((iri, TDKT.recipient, rec))
        if a.conferred_by is not None:
            g.add((iri, TDKT.conferredBy, self.agent(a.conferred_by)))
        if a.presented_by is not None:
            g.add((iri, TDKT.presentedBy, self.person(a.presented_by)))
        if a.period:
            g.add((iri, TDKT.forPeriod, Literal(a.period)))
            if re.fullmatch(r"\d{4}", a.period):
                g.add((iri, TDKT.forYear, Literal(a.period, datatype=XSD.gYear)))
        if a.date:
            g.add((iri, TDKT.date, Literal(a.date, datatype=XSD.date)))
        if a.event is not None:
            g.add((iri, TDKT.atEvent, self.event(a.event)))
        if a.decision is not None:
            g.add((iri, TDKT.decision, self.document(a.decision)))
        if a.rationale:
            g.add((iri, TDKT.rationale, vi(a.rationale)))
        g.add((iri, TDKT.evidence, vi(a.evidence)))
        if a.row is not None:
            g.add((iri, TDKT.sourceSheet, Literal(a.row[0])))
            g.add((iri, TDKT.sourceRow, Literal(a.row[1])))
        return iri

    def write(self) -> _Triples:
        g, r = self.g, self.r
        g.add((self.report, RDF.type, TDKT.Report))
        g.add((self.report, DCTERMS.title, vi(r.title)))
        g.add((self.report, TDKT.sha256, Literal(r.sha256)))
        g.add((self.report, DCTERMS.source, Literal(r.path.replace("\\", "/").rsplit("/", 1)[-1])))
        if r.published:
            g.add((self.report, DCTERMS.issued, Literal(r.published.isoformat(), datatype=XSD.dateTime)))
        if r.category:
            g.add((self.report, TDKT.category, vi(r.category)))
        if r.author:
            g.add((self.report, DCTERMS.creator, Literal(r.author)))
        g.add((g.identifier, RDF.type, PROV.Entity))
        g.add((g.identifier, PROV.wasDerivedFrom, self.report))
        g.add((g.identifier, TDKT.toolVersion, Literal(__version__)))
        for org in self.f.orgs.values():
            self.org(org)
        for p in self.f.persons.values():
            piri = self.person(p)
            for k, post in enumerate(p.posts):
                post_iri = self.post(post, p.evidence.get(k))
                g.add((piri, TDKT.holds, post_iri))
                if self.date:
                    g.add((post_iri, TDKT.asOf, Literal(self.date, datatype=XSD.date)))
        for ev in self.f.events:
            self.event(ev)
        for doc in self.f.documents:
            self.document(doc)
        for c in self.f.campaigns:
            iri = self.entity(URIRef(entity_iri("campaign", c.name)), TDKT.Campaign, c.name)
            g.add((iri, TDKT.campaignKind, Literal(c.kind)))
            if c.launched_by is not None:
                g.add((iri, TDKT.launchedBy, self.agent(c.launched_by)))
            for o in c.adopted_by:
                g.add((iri, TDKT.adoptedBy, self.org(o)))
            if c.period:
                g.add((iri, TDKT.period, Literal(c.period)))
                years = re.findall(r"\d{4}", c.period)
                g.add((iri, TDKT.startYear, Literal(years[0], datatype=XSD.gYear)))
                g.add((iri, TDKT.endYear, Literal(years[-1], datatype=XSD.gYear)))
            g.add((iri, TDKT.evidence, vi(c.evidence)))
        for m in self.f.memberships:
            cluster, member = self.org(m.cluster), self.org(m.member)
            year = self.date[:4] if self.date else ""
            iri = URIRef(entity_iri("membership", str(cluster), str(member), year))
            g.add((iri, RDF.type, TDKT.Membership))
            g.add((iri, DCTERMS.source, self.report))
            g.add((cluster, TDKT.hasMembership, iri))
            g.add((iri, TDKT.member, member))
            g.add((iri, TDKT.role, Literal(m.role)))
            g.add((member, TDKT.memberOf, cluster))
            if m.role == "khối trưởng":
                g.add((cluster, TDKT.clusterLeader, member))
            elif m.role == "khối phó":
                g.add((cluster, TDKT.clusterDeputy, member))
            if year:
                g.add((iri, TDKT.year, Literal(year, datatype=XSD.gYear)))
            g.add((iri, TDKT.evidence, vi(m.evidence)))
        for a in self.f.awards:
            self.award(a)
        return g


def _year_in(number: str | None) -> str | None:
    m = re.search(r"/((?:19|20)\d{2})/", number or "")
    return m.group(1) if m else None


def _label_of(x) -> str:
    return x.name if isinstance(x, Person) else x.label


class _Triples(set):
    """The triples of one named graph (a set: building an rdflib Graph triple by triple is slow)."""

    def __init__(self, identifier: URIRef, triples=()):
        super().__init__(triples)
        self.identifier = identifier

    def __reduce__(self):  # a set subclass pickles as cls(list): keep both (loads with several processes)
        return (_Triples, (self.identifier, list(self)))


def to_triples(report: Report, facts: Facts) -> set[tuple]:
    """The triples of the report's named graph (rdflib terms)."""
    return _Writer(report, facts).write()


def to_graph(report: Report, facts: Facts) -> rdflib.Graph:
    """The report's named graph as an rdflib ``Graph``."""
    triples = to_triples(report, facts)
    g = rdflib.Graph(identifier=triples.identifier)
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def summary(report: Report, facts: Facts) -> dict:
    """The facts in the shape of the gold files (``--format json``)."""
    def name(x):
        if x is None:
            return None
        if isinstance(x, Post):
            return x.label or (f"{x.title} {x.org.label}" if x.org else x.title)
        return _label_of(x)

    return {
        "source_url": report.path.replace("\\", "/").rsplit("/", 1)[-1],
        "title": report.title,
        "organizations": [{"name": o.label, "aliases": sorted(s for s in o.spellings if s != o.label)} for o in facts.orgs.values()],
        "persons": [{"name": p.name, "posts": [{"title": x.title, "organization": x.org.label if x.org else None} for x in p.posts]}
                    for p in facts.persons.values()],
        "awards": [{"award_type": a.award_label, "award_name": a.name, "recipient": name(a.recipient),
                    "recipient_kind": "person" if isinstance(a.recipient, Person) else "group" if isinstance(a.recipient, Group) else "organization",
                    "conferred_by": name(a.conferred_by), "presented_by": name(a.presented_by), "for_period": a.period,
                    "event": a.event.name if a.event else None, "date": a.date} for a in facts.awards],
        "campaigns": [{"name": c.name, "kind": c.kind, "launched_by": name(c.launched_by), "period": c.period} for c in facts.campaigns],
        "events": [{"name": e.name, "date": e.date, "place": e.place, "organizer": name(e.organizer)} for e in facts.events],
        "documents": [{"kind": d.kind, "number": d.number, "date": d.date, "issuer": name(d.issuer), "title": d.title or d.name}
                      for d in facts.documents],
    }
