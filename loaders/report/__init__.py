"""The report loader: Vietnamese commendation reports (plain text, HTML) → facts with provenance."""
from __future__ import annotations

from pathlib import Path

from tdkt.loaders.report.extract import extract
from tdkt.loaders.report.reading import read_report
from tdkt.loaders.report.to_rdf import graph_iri, summary, to_ntriples, to_triples
from tdkt.loaders.source import Source


class ReportLoader:
    """``tdkt load report.txt``: one named graph per report."""

    name = "report"
    suffixes = (".txt", ".html", ".htm", ".text")

    def read(self, path: str | Path, data: bytes | None = None) -> Source:
        report = read_report(path, data)
        facts = extract(report)
        triples = to_triples(report, facts)
        return Source(str(path), report.sha256, str(graph_iri(report.sha256)), triples=triples,
                      summary=summary(report, facts), counts=_counts(facts), warnings=report.warnings)

    def read_for_store(self, path: str | Path) -> Source:
        """As :meth:`read`, the triples as N-Triples (what a load stores), with no summary."""
        report = read_report(path)
        facts = extract(report)
        return Source(str(path), report.sha256, str(graph_iri(report.sha256)), ntriples=to_ntriples(report, facts),
                      counts=_counts(facts), warnings=report.warnings)


def _counts(facts) -> dict[str, int]:
    return {"organizations": len(facts.orgs), "persons": len(facts.persons), "awards": len(facts.awards),
            "campaigns": len(facts.campaigns), "events": len(facts.events), "documents": len(facts.documents)}
