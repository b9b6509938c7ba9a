"""The tdkt vocabulary as an rdflib ``DefinedNamespace``, mirroring ``ontology/tdkt.ttl``.

A test (tests/test_ontology.py) checks that this class and the Turtle file hold the same terms;
``_fail = True`` turns a misspelt term into an error instead of a silent new IRI.

>>> from tdkt.ontology.namespace import TDKT
>>> TDKT.AwardConferral
rdflib.term.URIRef('https://w3id.org/tdkt/ontology#AwardConferral')
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

TDKTA = Namespace("https://w3id.org/tdkt/award/")
TDKTR = Namespace("https://w3id.org/tdkt/id/")


class TDKT(DefinedNamespace):
    """https://w3id.org/tdkt/ontology#"""

    _fail = True
    _NS = Namespace("https://w3id.org/tdkt/ontology#")

    # classes
    AwardConferral: URIRef
    AwardType: URIRef
    Campaign: URIRef
    Document: URIRef
    EmulationCluster: URIRef
    Event: URIRef
    Membership: URIRef
    Organization: URIRef
    Person: URIRef
    Post: URIRef
    Province: URIRef
    RecipientGroup: URIRef
    Report: URIRef

    # properties
    abbreviation: URIRef
    adoptedBy: URIRef
    asOf: URIRef
    atEvent: URIRef
    attendee: URIRef
    awardName: URIRef
    awardType: URIRef
    campaignKind: URIRef
    category: URIRef
    cites: URIRef
    clusterDeputy: URIRef
    clusterLeader: URIRef
    conferredBy: URIRef
    conferringAuthority: URIRef
    coordinatesWith: URIRef
    date: URIRef
    decision: URIRef
    distinctFrom: URIRef
    documentKind: URIRef
    documentNumber: URIRef
    endYear: URIRef
    evidence: URIRef
    forPeriod: URIRef
    forYear: URIRef
    hasMembership: URIRef
    holds: URIRef
    issuedBy: URIRef
    launchedBy: URIRef
    legalBasis: URIRef
    member: URIRef
    memberCount: URIRef
    memberOf: URIRef
    organizer: URIRef
    participant: URIRef
    period: URIRef
    place: URIRef
    postIn: URIRef
    presentedBy: URIRef
    rationale: URIRef
    recipient: URIRef
    recipientKind: URIRef
    role: URIRef
    searchKey: URIRef
    sha256: URIRef
    sourcePath: URIRef
    sourceRow: URIRef
    sourceSheet: URIRef
    startYear: URIRef
    subOrganizationOf: URIRef
    succeededBy: URIRef
    title: URIRef
    toolVersion: URIRef
    year: URIRef
