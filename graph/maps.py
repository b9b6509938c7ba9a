"""Interactive relationship maps: one self-contained HTML file (vis-network, as pyvis ships it).

The file holds the vis-network script inline and makes no http(s) request, so it opens from a
file on an air-gapped machine, in a browser or a notebook. Pyvis's own HTML templates are not
used: in pyvis 0.3.2 every ``cdn_resources`` mode still references a CDN, and its popup template
puts labels into the page as HTML. Here all text from reports travels as JSON data, is escaped for
the ``<script>`` it sits in, and reaches the page only as text (``textContent``, vis-network's
plain-text tooltips).

- Colour and shape per class, with a legend whose boxes show or hide a class; node size by degree
  or by awards received; relation labels on edges (on hover when there are many).
- A tooltip per node: label, class, aliases, awards received, the report titles it comes from and
  the evidence sentence of a fact.
- A search box that focuses a node; year range and award type filters for conferrals; a click
  highlights a node's neighbourhood.
- Above :data:`LAYOUT_THRESHOLD` nodes the layout is computed here (networkx, spectral, per connected
  part) and the browser only settles it for a moment before physics goes off, so the map is usable at
  once; above :data:`HARD_LIMIT` nodes no map is written (narrow it first).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("urn:a", label="<b>A</b>", **{"class": "Organization"})
>>> "<b>A</b>" in map_html(g)
False
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from tdkt.errors import InputError

LAYOUT_THRESHOLD = 1_000
HARD_LIMIT = 20_000
EDGE_LABEL_LIMIT = 400

STYLE = {  # class → (colour, vis-network shape)
    "Organization": ("#1f77b4", "dot"), "EmulationCluster": ("#17becf", "hexagon"), "Person": ("#ff7f0e", "dot"),
    "Event": ("#2ca02c", "diamond"), "Campaign": ("#9467bd", "star"), "AwardType": ("#d62728", "triangle"),
    "AwardConferral": ("#e377c2", "square"), "Document": ("#8c564b", "box"), "RecipientGroup": ("#bcbd22", "ellipse"),
}
OTHER = ("#7f7f7f", "dot")


def _vis_network_js() -> str:
    """vis-network as the pyvis package ships it (no download, no CDN)."""
    import pyvis

    base = resources.files(pyvis) / "templates" / "lib"
    versions = sorted((p for p in base.iterdir() if p.name.startswith("vis-")), key=lambda p: p.name)
    return (versions[-1] / "vis-network.min.js").read_text(encoding="utf-8")


def details(store, nodes) -> dict[str, dict]:
    """Aliases, source report titles and an evidence sentence of each node, for the tooltips."""
    wanted = set(nodes)
    out: dict[str, dict] = defaultdict(lambda: {"aliases": set(), "reports": set()})

    def each(predicate: str):
        for q in store.quads(None, ox.NamedNode(predicate), None, None):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value in wanted:
                yield q.subject.value, q.object

    for s, o in each("http://www.w3.org/2004/02/skos/core#altLabel"):
        if isinstance(o, ox.Literal) and o.language in ("vi", None):
            out[s]["aliases"].add(o.value)
    titles = {}
    for q in store.quads(None, ox.NamedNode("http://purl.org/dc/terms/title"), None, None):
        titles.setdefault(q.subject.value, q.object.value)
    for s, o in each("http://purl.org/dc/terms/source"):
        if isinstance(o, ox.NamedNode) and o.value in titles:
            out[s]["reports"].add(titles[o.value])
    for s, o in each("https://w3id.org/tdkt/ontology#evidence"):
        current = out[s].get("evidence")
        if current is None or o.value < current:
            out[s]["evidence"] = o.value
    return out


def _tooltip(n: str, d: dict, extra: dict) -> str:
    lines = [d.get("label", n), f"class: {d.get('class', '')}"]
    aliases = sorted(extra.get("aliases", set()) - {d.get("label")})
    if aliases:
        lines.append("also: " + "; ".join(aliases[:8]) + (" …" if len(aliases) > 8 else ""))
    if d.get("awards"):
        lines.append(f"awards received: {d['awards']}")
    if d.get("year"):
        lines.append(f"year: {d['year']}")
    for title in sorted(extra.get("reports", ()))[:3]:
        lines.append(f"report: {title}")
    if extra.get("evidence"):
        lines.append(f"“{extra['evidence'][:300]}”")
    return "\n".join(lines)


def map_data(g: nx.MultiDiGraph, size_by: str = "degree", info: dict | None = None) -> dict:
    """The nodes, edges and options the page draws (plain data; no HTML)."""
    if size_by not in ("degree", "awards"):
        raise InputError(f"--size must be 'degree' or 'awards', not {size_by!r}")
    if len(g) > HARD_LIMIT:
        raise InputError(f"{len(g)} nodes are too many for a usable map (limit {HARD_LIMIT}); narrow it with "
                         "--focus NAME --depth N, --class, --years or --award")
    info = info or {}
    positions = _layout(g) if len(g) > LAYOUT_THRESHOLD else {}
    nodes = []
    for n, d in g.nodes(data=True):
        colour, shape = STYLE.get(d.get("class"), OTHER)
        weight = g.degree(n) if size_by == "degree" else d.get("awards", 0)
        node = {"id": n, "label": str(d.get("label", n)), "title": _tooltip(n, d, info.get(n, {})), "group": d.get("class", ""),
                "color": colour, "shape": shape, "value": 1 + weight}
        for k in ("year", "award"):
            if k in d:
                node[k] = d[k]
        if n in positions:
            node["x"], node["y"] = (round(float(v), 1) for v in positions[n])
        nodes.append(node)
    labelled = g.number_of_edges() <= EDGE_LABEL_LIMIT
    edges = [{"from": u, "to": v, "title": str(d.get("relation", "")), **({"label": str(d.get("relation", ""))} if labelled else {})}
             for u, v, d in g.edges(data=True)]
    classes = sorted({node["group"] for node in nodes})
    return {"nodes": nodes, "edges": edges, "physics": "settle" if positions else "full",
            "legend": [{"class": c, "color": STYLE.get(c, OTHER)[0]} for c in classes]}


def _layout(g: nx.MultiDiGraph) -> dict:
    """Positions for a large map, computed here in a second or two: each connected part laid out by
    its spectrum (networkx, sparse), the parts packed in rows, largest first. The browser then only
    settles it briefly instead of simulating from scratch (a force layout of 5,000 nodes in networkx
    takes a minute; in the browser, minutes)."""
    und = nx.Graph(g.to_undirected(as_view=True))
    parts = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(map(str, c))))
    width = 120 * len(und) ** 0.5
    pos: dict = {}
    x = y = row = 0.0
    for part in parts:
        radius = 25 * len(part) ** 0.5
        if x and x + 2 * radius > width:
            x, y, row = 0.0, y + row, 0.0
        sub = und.subgraph(part)
        local = nx.spectral_layout(sub) if len(part) > 2 else nx.circular_layout(sub)
        for n, (px, py) in local.items():
            pos[n] = (x + radius + px * radius, y + radius + py * radius)
        x += 2 * radius + 30
        row = max(row, 2 * radius + 30)
    return pos


def _script_json(data) -> str:
    """JSON that cannot end the ``<script>`` element it is written into."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def map_html(g: nx.MultiDiGraph, title: str = "tdkt map", size_by: str = "degree", info: dict | None = None) -> str:
    """The whole page."""
    data = map_data(g, size_by, info)
    page = resources.files("tdkt.graph").joinpath("map_template.html").read_text(encoding="utf-8")
    return (page.replace("<!--TITLE-->", html.escape(title))
                .replace("/*MAP_DATA*/", _script_json(data))
                .replace("/*VIS_NETWORK*/", _vis_network_js().replace("</script", "<\\/script")))


def write_map(g: nx.MultiDiGraph, out: str | Path, **kwargs) -> Path:
    """Write the map to ``out`` (an .html file), atomically."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(map_html(g, **kwargs), encoding="utf-8")
    tmp.replace(out)
    return out


def notebook_html(g: nx.MultiDiGraph, height: int = 650, **kwargs) -> str:
    """The map as an ``<iframe>`` whose document is the whole page (escaped into ``srcdoc``), so a
    notebook shows it inline with its own scripts kept apart from the notebook's."""
    return (f'<iframe srcdoc="{html.escape(map_html(g, **kwargs), quote=True)}" '
            f'style="width:100%;height:{int(height)}px;border:0" sandbox="allow-scripts"></iframe>')


def show(g: nx.MultiDiGraph, height: int = 650, **kwargs):
    """The map inline in a notebook (Jupyter, VS Code): ``show(project(store))``."""
    from IPython.display import HTML

    return HTML(notebook_html(g, height, **kwargs))


def graph_of_triples(triples) -> nx.MultiDiGraph:
    """A map of a CONSTRUCT result: IRIs as nodes (labelled by their rdfs:label when the result has
    one), IRI-valued triples as edges named by the predicate."""
    label_p = "http://www.w3.org/2000/01/rdf-schema#label"
    g = nx.MultiDiGraph()
    labels = {str(s): str(o) for s, p, o in triples if str(p) == label_p}
    for s, p, o in sorted(triples, key=lambda t: tuple(map(str, t))):
        if hasattr(o, "language") or str(p) == label_p:
            continue
        for n in (str(s), str(o)):
            if n not in g:
                g.add_node(n, label=labels.get(n, n.rsplit("/", 1)[-1].rsplit("#", 1)[-1]), **{"class": ""})
        g.add_edge(str(s), str(o), key=str(p), relation=str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    return g
