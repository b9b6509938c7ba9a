"""The facts of one report as RDF: the report's own named graph, self-describing (CONTRACT.md).

Every entity the report mentions is typed, labelled (canonical ``rdfs:label``; each other
spelling as written in ``skos:altLabel``), given a ``tdkt:searchKey`` and ``dcterms:source`` the
report; conferrals, posts, memberships, campaigns and events carry ``tdkt:evidence``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Union

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
XSD = "http://www.w3.org/2001/XMLSchema#"
Term = Union[URIRef, Literal, str]  # rdflib terms, or N-Triples text


class _Terms:
    """A namespace's terms as attributes, each made once by ``make`` (rdflib's ``DefinedNamespace``
    checks every access: it was a tenth of the time of writing a large list)."""

    def __init__(self, namespace, make):
        self._namespace, self._make = namespace, make

    def __getattr__(self, name: str):
        term = self._make(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term


class RdflibTerms:
    """Terms as rdflib makes them: what ``tdkt extract`` shows and library users get."""

    def __init__(self):
        self.TDKT, self.RDF, self.RDFS, self.SKOS, self.DCTERMS, self.PROV = (
            _Terms(n, URIRef) for n in (tdkt_ns.TDKT, ns.RDF, ns.RDFS, ns.SKOS, ns.DCTERMS, ns.PROV))

    iri = made = known = staticmethod(URIRef)
    value = staticmethod(str)  # the IRI of a term made by ``iri``

    @staticmethod
    @lru_cache(maxsize=8192)
    def vi(text: str) -> Literal:
        return Literal(text, lang="vi")

    @staticmethod
    def lit(value, datatype: str | None = None) -> Literal:
        return Literal(value, datatype=URIRef(datatype) if datatype else None)


_OWN_NAME = re.compile(r"[“\"](.+?)[”\"]")
_YEAR = re.compile(r"\d{4}")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class NTriplesTerms:
    """Terms as N-Triples text, what a load stores: no rdflib objects are made (writing a large
    list's triples takes under a third of the time). A test (``tests/loaders/test_report.py``)
    checks that both makers give the same triples on every bundled and shared input."""

    def __init__(self):
        self.TDKT, self.RDF, self.RDFS, self.SKOS, self.DCTERMS, self.PROV = (
            _Terms(n, self.iri) for n in (tdkt_ns.TDKT, ns.RDF, ns.RDFS, ns.SKOS, ns.DCTERMS, ns.PROV))

    @staticmethod
    def iri(value: str) -> str:
        if _NOT_IN_IRI.search(value):
            raise ValueError(f"not an IRI: {value!r}")
        return f"<{value}>"

    @staticmethod
    def made(value: str) -> str:
        """An IRI :func:`entity_iri` made (ASCII words and a digest: nothing to check)."""
        return f"<{value}>"

    @staticmethod
    @lru_cache(maxsize=1024)
    def known(value: str) -> str:
        """An IRI of the reference data or the award scheme, checked once."""
        return NTriplesTerms.iri(value)

    @staticmethod
    def value(term: str) -> str:
        return term[1:-1]

    @staticmethod
    @lru_cache(maxsize=8192)
    def vi(text: str) -> str:
        return f'"{_escape(text)}"@vi'

    @staticmethod
    @lru_cache(maxsize=8192, typed=True)  # periods, dates, sheets recur on every row of a list (typed: 1 is not True)
    def lit(value, datatype: str | None = None) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return f'"{value}"^^<{XSD}integer>'
        return f'"{_escape(value)}"' + (f"^^<{datatype}>" if datatype else "")


def _escape(text: str) -> str:
    """A string as the inside of an N-Triples literal."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


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


class _Writer:
    """The mapping of facts to triples, once, over either kind of terms."""

    def __init__(self, report: Report, facts: Facts, terms: RdflibTerms | NTriplesTerms, described: set | None = None):
        self.r, self.f, self.t = report, facts, terms
        # (IRI, what was said of it) of the bodies, posts and documents described in this graph: a
        # list's later chunks do not describe them again
        self.described = set() if described is None else described
        self.graph = terms.iri(str(graph_iri(report.sha256)))
        self.g = _Triples(graph_iri(report.sha256))
        self.report = terms.iri(str(report_iri(report.sha256)))
        self.date = report.published.date().isoformat() if report.published else None
        self.done: dict[int, Term] = {}  # id of an org, person, post, document or event → its IRI, written

    def entity(self, iri: Term, cls, label: str, alts=()) -> Term:
        g = self.g
        g.add((iri, self.t.RDF.type, cls))
        g.add((iri, self.t.RDFS.label, self.t.vi(label)))
        g.add((iri, self.t.TDKT.searchKey, self.t.lit(search_key(label))))
        for alt in alts:
            if alt != label:
                g.add((iri, self.t.SKOS.altLabel, self.t.vi(alt)))
        g.add((iri, self.t.DCTERMS.source, self.report))
        return iri

    def org(self, org: Org) -> Term:
        if id(org) in self.done:
            return self.done[id(org)]
        iri = self.t.known(org.iri) if org.iri else self.t.made(entity_iri("org", org.label, org.context or ""))
        if org.mentioned and (iri, org.label, org.cls, len(org.spellings)) not in self.described:  # (spellings only grow)
            self.described.add((iri, org.label, org.cls, len(org.spellings)))  # not mentioned: reference data states it
            cls = self.t.TDKT.EmulationCluster if org.cls == "cluster" else self.t.TDKT.Organization
            self.entity(iri, cls, org.label, sorted(org.spellings))
        self.done[id(org)] = iri
        return iri

    def person(self, p: Person) -> Term:
        if id(p) not in self.done:
            self.done[id(p)] = self.entity(self.t.made(person_iri(p)), self.t.TDKT.Person, p.name)
        return self.done[id(p)]

    def post(self, post: Post, evidence: str | None = None) -> Term:
        iri = self.done.get(id(post))
        if iri is None:
            org_iri = self.org(post.org) if post.org else None
            label = post.label or (f"{post.title} {post.org.label}" if post.org else post.title)
            name = post.label or ((post.title, post.org.label) if post.org else post.title)  # = label, in parts
            iri = self.done[id(post)] = self.t.known(post.known_iri) if post.known_iri else self.t.made(entity_iri("post", name))
            if (iri, label, post.title, org_iri) not in self.described:
                self.described.add((iri, label, post.title, org_iri))
                self.entity(iri, self.t.TDKT.Post, label)
                self.g.add((iri, self.t.TDKT.title, self.t.vi(post.title)))
                if org_iri is not None:
                    self.g.add((iri, self.t.TDKT.postIn, org_iri))
        if evidence:
            self.g.add((iri, self.t.TDKT.evidence, self.t.vi(evidence)))
        return iri

    def agent(self, x) -> Term | None:
        if x is None:
            return None
        if isinstance(x, Org):
            return self.org(x)
        if isinstance(x, Post):
            return self.post(x)
        if isinstance(x, Person):
            return self.person(x)
        if isinstance(x, Event):  # a congress that adopted a document ("Nghị quyết Đại hội XII")
            return self.event(x)
        return None

    def group(self, grp: Group) -> Term:
        iri = self.t.made(entity_iri("group", grp.label, self.r.sha256[:16]))
        self.entity(iri, self.t.TDKT.RecipientGroup, grp.label)
        if grp.count is not None:
            self.g.add((iri, self.t.TDKT.memberCount, self.t.lit(grp.count)))
        self.g.add((iri, self.t.TDKT.recipientKind, self.t.lit(grp.kind)))
        return iri

    def event(self, ev: Event) -> Term:
        if id(ev) in self.done:
            return self.done[id(ev)]
        iri = self.done[id(ev)] = self.t.made(entity_iri("event", ev.name, ev.date or (str(self.r.year) if self.r.year else self.r.sha256[:16])))
        self.entity(iri, self.t.TDKT.Event, ev.name)
        g = self.g
        if ev.date:
            g.add((iri, self.t.TDKT.date, self.t.lit(ev.date, XSD + "date")))
        if ev.place:
            g.add((iri, self.t.TDKT.place, self.t.vi(ev.place)))
        if ev.organizer:
            g.add((iri, self.t.TDKT.organizer, self.agent(ev.organizer)))
        for o in ev.participants:
            g.add((iri, self.t.TDKT.participant, self.org(o)))
        for p in ev.attendees:
            g.add((iri, self.t.TDKT.attendee, self.person(p)))
        if ev.evidence:
            g.add((iri, self.t.TDKT.evidence, self.t.vi(ev.evidence)))
        return iri

    def document(self, doc: Document) -> Term:
        if id(doc) in self.done:
            return self.done[id(doc)]
        year = (doc.date or "")[:4] or _year_in(doc.number) or (str(self.r.year) if self.r.year else "")
        iri = self.done[id(doc)] = self.t.made(entity_iri("doc", f"{doc.kind} {doc.number}" if doc.number else doc.label, year))
        issuer = self.agent(doc.issuer)
        said = (iri, doc.label, doc.kind, doc.number, doc.date, issuer, doc.title)
        if said in self.described:
            return iri
        self.described.add(said)
        # (with its title, as reports cite it: "Nghị quyết Trung ương 4 khóa XII về “Tăng cường …”")
        self.entity(iri, self.t.TDKT.Document, doc.label, (f"{doc.label} về “{doc.title}”",) if doc.title else ())
        g = self.g
        g.add((iri, self.t.TDKT.documentKind, self.t.vi(doc.kind)))
        if doc.number:
            g.add((iri, self.t.TDKT.documentNumber, self.t.lit(doc.number)))
        if doc.date:
            g.add((iri, self.t.TDKT.date, self.t.lit(doc.date, XSD + "date")))
        if issuer is not None:
            g.add((iri, self.t.TDKT.issuedBy, issuer))
        if doc.title:
            g.add((iri, self.t.DCTERMS.title, self.t.vi(doc.title)))
        g.add((self.report, self.t.TDKT.cites, iri))
        return iri

    def _award_key(self, a: Award) -> tuple:
        """What a conferral's IRI is made of: the award, the recipient, the period (else the report) and the
        award's own name when it has one."""
        own = _OWN_NAME.search(a.name)  # two medals of one kind, each with its name ("Kỷ niệm chương “Vì …”"): two conferrals
        return (a.award_label, _label_of(a.recipient), a.award_iri, a.period or (a.date or "")[:4] or self.r.sha256[:16],
                *((own.group(1),) if own else ()))

    def award(self, a: Award, giver: str | None = None) -> Term:
        """A conferral's triples (``giver``: the giver's name, in its IRI when the report has another of that
        award to that recipient from someone else)."""
        add, t, TDKT = self.g.add, self.t, self.t.TDKT  # (a list writes this 100,000 times)
        rec = self.group(a.recipient) if isinstance(a.recipient, Group) else self.agent(a.recipient)
        label, recipient_label, award_iri, period_key, *own = self._award_key(a)
        iri = t.made(entity_iri("conferral", (label, recipient_label), award_iri, t.value(rec), period_key, *own,
                                *((giver,) if giver else ())))
        add((iri, t.RDF.type, TDKT.AwardConferral))
        add((iri, t.RDFS.label, t.vi(f"{a.award_label} – {recipient_label}")))
        add((iri, t.DCTERMS.source, self.report))
        add((iri, TDKT.awardType, t.known(a.award_iri)))
        add((iri, TDKT.awardName, t.vi(a.name)))
        add((iri, TDKT.recipient, rec))
        if a.conferred_by is not None:
            add((iri, TDKT.conferredBy, self.agent(a.conferred_by)))
        if a.presented_by is not None:
            add((iri, TDKT.presentedBy, self.person(a.presented_by)))
        if a.period:
            add((iri, TDKT.forPeriod, t.lit(a.period)))
            if _YEAR.fullmatch(a.period):
                add((iri, TDKT.forYear, t.lit(a.period, XSD + "gYear")))
        if a.date:
            add((iri, TDKT.date, t.lit(a.date, XSD + "date")))
        if a.event is not None:
            add((iri, TDKT.atEvent, self.event(a.event)))
        if a.decision is not None:
            add((iri, TDKT.decision, self.document(a.decision)))
        if a.rationale:
            add((iri, TDKT.rationale, t.vi(a.rationale)))
        add((iri, TDKT.evidence, t.vi(a.evidence)))
        if a.row is not None:
            add((iri, TDKT.sourceSheet, t.lit(a.row[0])))
            add((iri, TDKT.sourceRow, t.lit(a.row[1])))
        return iri

    def write(self) -> _Triples:
        g, r = self.g, self.r
        g.add((self.report, self.t.RDF.type, self.t.TDKT.Report))
        g.add((self.report, self.t.DCTERMS.title, self.t.vi(r.title)))
        g.add((self.report, self.t.TDKT.sha256, self.t.lit(r.sha256)))
        g.add((self.report, self.t.DCTERMS.source, self.t.lit(r.path.replace("\\", "/").rsplit("/", 1)[-1])))
        if r.published:
            g.add((self.report, self.t.DCTERMS.issued, self.t.lit(r.published.isoformat(), XSD + "dateTime")))
        if r.category:
            g.add((self.report, self.t.TDKT.category, self.t.vi(r.category)))
        if r.author:
            g.add((self.report, self.t.DCTERMS.creator, self.t.lit(r.author)))
        g.add((self.graph, self.t.RDF.type, self.t.PROV.Entity))
        g.add((self.graph, self.t.PROV.wasDerivedFrom, self.report))
        g.add((self.graph, self.t.TDKT.toolVersion, self.t.lit(__version__)))
        for org in self.f.orgs.values():
            self.org(org)
        for p in self.f.persons.values():
            piri = self.person(p)
            for k, post in enumerate(p.posts):
                post_iri = self.post(post, p.evidence.get(k))
                g.add((piri, self.t.TDKT.holds, post_iri))
                if self.date:
                    g.add((post_iri, self.t.TDKT.asOf, self.t.lit(self.date, XSD + "date")))
        for ev in self.f.events:
            self.event(ev)
        for doc in self.f.documents:
            self.document(doc)
        for c in self.f.campaigns:
            iri = self.entity(self.t.made(entity_iri("campaign", c.name)), self.t.TDKT.Campaign, c.name)
            g.add((iri, self.t.TDKT.campaignKind, self.t.lit(c.kind)))
            if c.launched_by is not None:
                g.add((iri, self.t.TDKT.launchedBy, self.agent(c.launched_by)))
            for o in c.adopted_by:
                g.add((iri, self.t.TDKT.adoptedBy, self.org(o)))
            if c.period:
                g.add((iri, self.t.TDKT.period, self.t.lit(c.period)))
                years = re.findall(r"\d{4}", c.period)
                g.add((iri, self.t.TDKT.startYear, self.t.lit(years[0], XSD + "gYear")))
                g.add((iri, self.t.TDKT.endYear, self.t.lit(years[-1], XSD + "gYear")))
            g.add((iri, self.t.TDKT.evidence, self.t.vi(c.evidence)))
        for m in self.f.memberships:
            cluster, member = self.org(m.cluster), self.org(m.member)
            year = m.year or (self.date[:4] if self.date else "")
            iri = self.t.made(entity_iri("membership", self.t.value(cluster), self.t.value(member), year))
            g.add((iri, self.t.RDF.type, self.t.TDKT.Membership))
            g.add((iri, self.t.DCTERMS.source, self.report))
            g.add((cluster, self.t.TDKT.hasMembership, iri))
            g.add((iri, self.t.TDKT.member, member))
            g.add((iri, self.t.TDKT.role, self.t.lit(m.role)))
            g.add((member, self.t.TDKT.memberOf, cluster))
            if m.role == "khối trưởng":
                g.add((cluster, self.t.TDKT.clusterLeader, member))
            elif m.role == "khối phó":
                g.add((cluster, self.t.TDKT.clusterDeputy, member))
            if year:
                g.add((iri, self.t.TDKT.year, self.t.lit(year, XSD + "gYear")))
            g.add((iri, self.t.TDKT.evidence, self.t.vi(m.evidence)))
        keys = [self._award_key(a) for a in self.f.awards]
        for a, key in zip(self.f.awards, keys):  # (one award to one recipient from two givers: two, each by its giver)
            self.award(a, _giver_label(a.conferred_by) if keys.count(key) > 1 else None)
        return g


def _year_in(number: str | None) -> str | None:
    m = re.search(r"/((?:19|20)\d{2})/", number or "")
    return m.group(1) if m else None


def _giver_label(giver) -> str:
    """A giver's name: a body's label, or an office's title and body."""
    if giver is None:
        return ""
    return giver.label or f"{giver.title} {giver.org.label if giver.org else ''}".strip()


def _label_of(x) -> str:
    return x.name if isinstance(x, (Person, Event)) else x.label


class _Triples(set):
    """The triples of one named graph (a set: building an rdflib Graph triple by triple is slow)."""

    def __init__(self, identifier: URIRef, triples=()):
        super().__init__(triples)
        self.identifier = identifier

    def __reduce__(self):  # a set subclass pickles as cls(list): keep both (loads with several processes)
        return (_Triples, (self.identifier, list(self)))


def to_triples(report: Report, facts: Facts) -> set[tuple]:
    """The triples of the report's named graph (rdflib terms)."""
    return _Writer(report, facts, _RDFLIB).write()


def to_ntriples(report: Report, facts: Facts, described: set | None = None) -> bytes:
    """The triples of the report's named graph as N-Triples (what a load stores). ``described``:
    kept from one chunk of a list to the next, so that bodies, posts and decisions are described
    in the first chunk that names them, not again in each (as ``set()`` to begin with)."""
    return "".join([f"{s} {p} {o} .\n" for s, p, o in _Writer(report, facts, _NTRIPLES, described).write()]).encode()


_RDFLIB, _NTRIPLES = RdflibTerms(), NTriplesTerms()


def to_graph(report: Report, facts: Facts) -> rdflib.Graph:
    """The report's named graph as an rdflib ``Graph``."""
    triples = to_triples(report, facts)
    g = rdflib.Graph(identifier=triples.identifier)
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def _aliases(org: Org) -> list[str]:
    """A body's other spellings in the report, once each however capitalised ("ban Thi đua – Khen thưởng tỉnh X" of
    "Trưởng ban Thi đua – Khen thưởng tỉnh X" is its name again)."""
    seen = {org.label.casefold()}
    out = []
    for spelling in sorted(org.spellings):
        if spelling.casefold() not in seen:
            seen.add(spelling.casefold())
            out.append(spelling)
    return out


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
        "organizations": [{"name": o.label, "aliases": _aliases(o)} for o in facts.orgs.values()],
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
