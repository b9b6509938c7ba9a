"""The facts one report states, before they become RDF (see ``to_rdf.py``)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Org:
    key: str  # identity: canonical matching key (+ context)
    label: str  # canonical name (reference label, or the fullest spelling seen)
    cls: str = "org"  # "org" or "cluster"
    iri: str | None = None  # known IRI from reference data
    spellings: set[str] = field(default_factory=set)
    abbreviation: str | None = None
    context: str | None = None  # province or parent that disambiguates the name
    mentioned: bool = True  # False: only implied (the body of an office the law names), not stated


@dataclass
class Post:
    title: str
    org: Org | None
    known_iri: str | None = None
    label: str | None = None


@dataclass
class Person:
    name: str
    posts: list[Post] = field(default_factory=list)
    evidence: dict[int, str] = field(default_factory=dict)  # post index → sentence


@dataclass
class Group:
    label: str
    count: int | None  # None: "nhiều tập thể và cá nhân"
    kind: str  # "individual", "collective", "household", "any"


@dataclass
class Document:
    kind: str
    number: str | None = None
    date: str | None = None
    issuer: "Org | Post | Event | None" = None  # (an event: the congress that adopted it)
    title: str | None = None
    name: str | None = None  # how the report names it when it has no number

    @property
    def label(self) -> str:
        if self.number:
            return f"{self.kind} {self.number}"
        return self.name or self.kind


@dataclass
class Event:
    name: str
    date: str | None = None
    place: str | None = None
    organizer: Org | None = None
    participants: list[Org] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)
    evidence: str = ""


@dataclass
class Award:
    award_iri: str
    award_label: str
    name: str  # as written
    recipient: Org | Person | Group
    conferred_by: Org | Post | None = None
    presented_by: Person | None = None
    period: str | None = None
    event: Event | None = None
    date: str | None = None
    decision: Document | None = None
    rationale: str | None = None
    evidence: str = ""
    row: tuple[str, int] | None = None  # (sheet, row) of the list it came from


@dataclass
class Campaign:
    name: str
    kind: str
    launched_by: Org | Post | None = None
    adopted_by: list[Org] = field(default_factory=list)
    period: str | None = None
    evidence: str = ""


@dataclass
class Membership:
    cluster: Org
    member: Org
    role: str
    evidence: str = ""
    year: str | None = None  # the year of the role ("Khối trưởng năm 2025"), else the report's


@dataclass
class Facts:
    orgs: dict[str, Org] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    awards: list[Award] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
