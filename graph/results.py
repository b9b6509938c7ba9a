"""Query results as a text table, CSV, TSV or the SPARQL 1.1 JSON results format."""
from __future__ import annotations

import csv
import io
import json

import rdflib

from tdkt.errors import InputError
from tdkt.graph.store import QueryResult

FORMATS = ("table", "csv", "tsv", "json")


def _plain(term) -> str:
    return "" if term is None else str(term)


def _json_term(term) -> dict:
    if isinstance(term, rdflib.URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, rdflib.BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.Literal) and not term.language and not term.datatype:
        return '"' + str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    return term.n3().replace("\n", "\\n").replace("\t", "\\t")


def format_result(res: QueryResult, fmt: str = "table") -> str:
    """Render a SELECT/ASK result; a CONSTRUCT/DESCRIBE result is rendered as N-Triples."""
    if fmt not in FORMATS:
        raise InputError(f"unknown result format {fmt!r}; known: {', '.join(FORMATS)}")
    if res.kind == "graph":
        g = rdflib.Graph()
        for t in res.triples:
            g.add(t)
        return g.serialize(format="nt")
    if res.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": res.boolean}) + "\n"
        return ("true" if res.boolean else "false") + "\n"
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(res.variables, row) if t is not None} for row in res.rows]
        return json.dumps({"head": {"vars": res.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(res.variables)
        for row in res.rows:
            w.writerow([_neutralise(_plain(t)) for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in res.variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in res.rows]
        return "\n".join(lines) + "\n"
    cells = [[_plain(t).replace("\n", " ") for t in row] for row in res.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(res.variables)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(res.variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _neutralise(cell: str) -> str:
    """Spreadsheet formula injection: a cell starting with = + - @ is prefixed with a quote."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell
