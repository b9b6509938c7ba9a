"""Network exports of a projection (:mod:`tdkt.graph.network`): GraphML, GEXF, node-link JSON, CSV.

- GraphML (http://graphml.graphdrawing.org/) and GEXF 1.2 (https://gexf.net/) for Gephi, Cytoscape,
  yEd; node-link JSON (networkx ``node_link_data``) for D3 and notebooks; CSV as ``nodes.csv`` and
  ``edges.csv`` for spreadsheets (cells starting with = + - @ are quoted against formula injection).
- Deterministic: nodes and edges are written in sorted order, and GEXF's "last modified" date is
  left out, so two exports of the same graph are byte-identical.
- What is lost: the RDF graph's provenance (named graphs, evidence sentences) and every literal
  that is not a node attribute of the mapping; export RDF (``ttl``, ``trig`` …) to keep everything.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import networkx as nx

from tdkt.errors import InputError
from tdkt.graph.choices import NETWORK_FORMATS



def generate_graphml(g: nx.MultiDiGraph) -> bytes:
    return ("\n".join(nx.generate_graphml(g, prettyprint=True)) + "\n").encode("utf-8")


def generate_gexf(g: nx.MultiDiGraph) -> bytes:
    text = "\n".join(nx.generate_gexf(g, prettyprint=True)) + "\n"
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1).encode("utf-8")


def generate_nodelink(g: nx.MultiDiGraph) -> bytes:
    data = nx.node_link_data(g, edges="edges")
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _neutralise(value) -> str:
    cell = "" if value is None else str(value)
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def generate_csv(g: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """(nodes.csv, edges.csv)."""
    node_cols = sorted({k for _, d in g.nodes(data=True) for k in d} - {"label", "class", "iri"})
    edge_cols = sorted({k for _, _, d in g.edges(data=True) for k in d} - {"relation"})
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\r\n")
    w.writerow(["id", "label", "class", *node_cols])
    for n, d in g.nodes(data=True):
        w.writerow([_neutralise(x) for x in (n, d.get("label"), d.get("class"), *(d.get(c) for c in node_cols))])
    w = csv.writer(edges, lineterminator="\r\n")
    w.writerow(["source", "target", "relation", *edge_cols])
    for u, v, d in g.edges(data=True):
        w.writerow([_neutralise(x) for x in (u, v, d.get("relation"), *(d.get(c) for c in edge_cols))])
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")


def _write(data: bytes, path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_network(g: nx.MultiDiGraph, fmt: str, out: str | Path) -> None:
    """Write ``g`` in ``fmt`` to a path or "-" (stdout); CSV goes to a folder (nodes.csv, edges.csv)."""
    if fmt == "csv":
        if out == "-":
            raise InputError("csv export writes nodes.csv and edges.csv: give a folder with -o")
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        nodes, edges = generate_csv(g)
        _write(nodes, folder / "nodes.csv")
        _write(edges, folder / "edges.csv")
        return
    generators = {"graphml": generate_graphml, "gexf": generate_gexf, "nodelink": generate_nodelink}
    if fmt not in generators:
        raise InputError(f"unknown network format {fmt!r}; known: {', '.join(NETWORK_FORMATS)}")
    data = generators[fmt](g)
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        _write(data, Path(out))
