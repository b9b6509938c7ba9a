import json

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from tdkt.cli import main
from tdkt.errors import InputError
from tdkt.graph import analysis, netexport
from tdkt.graph.choices import ANALYSES, NETWORK_FORMATS
from tdkt.graph.load import load_paths
from tdkt.graph.network import Filters, find_node, project

HLHPN = "Hội Liên hiệp Phụ nữ Việt Nam"


@pytest.fixture
def loaded(memory_store, example_path):
    load_paths(memory_store, [example_path], jobs=1)
    return memory_store


def test_projection_maps_entities_relations_and_conferrals(loaded):
    g = project(loaded)
    org = find_node(g, "hoi lien hiep phu nu viet nam")  # accents optional
    assert g.nodes[org]["label"] == HLHPN and g.nodes[org]["class"] == "Organization"
    assert g.nodes[org]["iri"] == org and g.nodes[org]["awards"] == 1 and g.nodes[org]["sources"] == 1
    conferral = next(u for u, v, d in g.in_edges(org, data=True) if d["relation"] == "recipient")
    out = {d["relation"]: g.nodes[v]["label"] for _, v, d in g.out_edges(conferral, data=True)}
    assert out["awardType"] == "Cờ thi đua của Chính phủ"
    assert out["conferredBy"] == "Chính phủ"  # the Prime Minister's post, as its body
    person = find_node(g, "Đỗ Thị Lan")
    assert [(g.nodes[v]["label"], d["title"]) for _, v, d in g.out_edges(person, data=True) if d["relation"] == "holds"] \
        == [(HLHPN, "Phó Chủ tịch")]
    for _, d in g.nodes(data=True):  # GraphML / GEXF hold only these
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values())


def test_conferrals_as_edges_carry_year_conferrer_and_presenter(loaded):
    g = project(loaded, conferrals="edge")
    assert not any(d["class"] == "AwardConferral" for _, d in g.nodes(data=True))
    awarded = sorted((g.nodes[u]["label"], g.nodes[v]["label"], d["year"], d["conferrer"], d["presenter"])
                     for u, v, d in g.edges(data=True) if d["relation"] == "awarded")
    assert awarded == [
        ("Hội Cựu chiến binh Việt Nam", "Bằng khen của Thủ tướng Chính phủ", 2024, "Thủ tướng Chính phủ", "Phạm Minh Khoa"),
        (HLHPN, "Cờ thi đua của Chính phủ", 2024, "Thủ tướng Chính phủ", ""),
        ("Tổng Liên đoàn Lao động Việt Nam", "Bằng khen của Thủ tướng Chính phủ", 2024, "Thủ tướng Chính phủ", "Phạm Minh Khoa")]


def test_filters_years_award_class_and_focus(loaded):
    assert not [d for _, _, d in project(loaded, "edge", filters=Filters(years=(2010, 2011))).edges(data=True)
                if d["relation"] == "awarded"]
    flags = project(loaded, "edge", filters=Filters(award="co thi dua"))
    assert {flags.nodes[u]["label"] for u, v, d in flags.edges(data=True) if d["relation"] == "awarded"} == {HLHPN}
    people = project(loaded, filters=Filters(classes=("Person",)))
    assert {d["class"] for _, d in people.nodes(data=True)} == {"Person"}
    ego = project(loaded, filters=Filters(focus="Đỗ Thị Lan", depth=1))
    assert {d["label"] for _, d in ego.nodes(data=True)} >= {"Đỗ Thị Lan", HLHPN}
    with pytest.raises(InputError, match="no entity"):
        project(loaded, filters=Filters(focus="Không Có Ai"))


def test_person_org_and_co_participation_projections(loaded):
    po = project(loaded, projection="person-org")
    assert {d["relation"] for _, _, d in po.edges(data=True)} == {"holds"}
    co = project(loaded, projection="co-participation")
    assert all(d["relation"] == "coParticipant" and d["weight"] >= 1 for _, _, d in co.edges(data=True))
    assert all(d["class"] == "Organization" for _, d in co.nodes(data=True))


def test_graphml_and_gexf_round_trip_with_vietnamese_attributes(loaded, tmp_path):
    g = project(loaded)
    netexport.write_network(g, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    for n, d in g.nodes(data=True):
        assert back.nodes[n] == d
    assert sorted((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == \
        sorted((u, v, d["relation"]) for u, v, d in g.edges(data=True))
    netexport.write_network(g, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    assert {d["label"] for _, d in back.nodes(data=True)} == {d["label"] for _, d in g.nodes(data=True)}
    assert {(d["class"], d["awards"]) for _, d in back.nodes(data=True)} == {(d["class"], d["awards"]) for _, d in g.nodes(data=True)}


def test_network_exports_are_byte_identical_and_csv_is_safe(loaded, tmp_path):
    g = project(loaded)
    for fmt in ("graphml", "gexf", "nodelink"):
        first = {"graphml": netexport.generate_graphml, "gexf": netexport.generate_gexf, "nodelink": netexport.generate_nodelink}[fmt]
        assert first(g) == first(project(loaded)), fmt
    assert b"lastmodifieddate" not in netexport.generate_gexf(g)
    data = json.loads(netexport.generate_nodelink(g))
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    g.add_node("urn:x", label="=HYPERLINK(\"http://evil\")", **{"class": "Organization"})
    netexport.write_network(g, "csv", tmp_path / "csv")
    nodes = (tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in nodes and HLHPN in nodes
    assert (tmp_path / "csv" / "edges.csv").read_text(encoding="utf-8").startswith("source,target,relation")
    with pytest.raises(InputError, match="folder"):
        netexport.write_network(g, "csv", "-")


def test_analyses_on_the_example(loaded):
    g = project(loaded)
    top = analysis.centrality(g, top=5, betweenness=True)
    assert top.variables == ["label", "class", "degree", "pagerank", "betweenness"] and len(top.rows) == 5
    ranks = [float(r[3]) for r in top.rows]
    assert ranks == sorted(ranks, reverse=True)
    assert analysis.communities(g).rows and analysis.components(g).rows
    most = analysis.award_table(loaded, "most-awarded")
    assert {str(r[0]) for r in most.rows} == {"Hội Cựu chiến binh Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", HLHPN}
    presenters = analysis.award_table(loaded, "presenters")
    assert str(presenters.rows[0][0]) == "Phạm Minh Khoa" and int(presenters.rows[0][1]) == 2
    timeline = analysis.award_table(loaded, "timeline", focus="hoi cuu chien binh viet nam")
    assert [str(r[1]) for r in timeline.rows] == ["Bằng khen của Thủ tướng Chính phủ"]
    with pytest.raises(InputError, match="--focus"):
        analysis.award_table(loaded, "timeline")


def test_cli_analyze_and_network_export(tmp_path, example_path):
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "-q", "load", str(example_path)]).exit_code == 0
    for what in ANALYSES:
        args = ["--store", store, "analyze", what, "--format", "json"] + (["--focus", HLHPN] if what == "timeline" else [])
        res = runner.invoke(main, args)
        assert res.exit_code == 0, (what, res.output)
        assert json.loads(res.output)["results"]["bindings"], what
    for fmt in NETWORK_FORMATS:
        out = tmp_path / f"net-{fmt}"
        res = runner.invoke(main, ["--store", store, "export", "--format", fmt, "-o", str(out), "--conferrals", "edge"])
        assert res.exit_code == 0, (fmt, res.output)
    res = runner.invoke(main, ["--store", store, "export", "--format", "graphml", "-o", "-", "--years", "20x"])
    assert res.exit_code == 2 and "--years" in res.output
    res = runner.invoke(main, ["--store", store, "analyze", "centrality", "--focus", "Không Có Ai"])
    assert res.exit_code == 2 and "no entity" in res.output


def test_rdf_exports_parse_back_isomorphic(loaded, tmp_path):
    from rdflib.compare import isomorphic

    from tdkt.graph.export import generate
    nq = rdflib.Dataset()
    nq.parse(data=generate(loaded, "nquads").decode(), format="nquads")
    for fmt, parser in (("trig", "trig"), ("jsonld", "json-ld")):
        other = rdflib.Dataset()
        other.parse(data=generate(loaded, fmt).decode(), format=parser)
        for g in nq.graphs():
            if len(g):
                assert isomorphic(g, other.graph(g.identifier)), (fmt, g.identifier)


def test_cli_since_until_and_award_type_filter_like_years_and_award(tmp_path, example_path):
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "-q", "load", str(example_path)]).exit_code == 0
    def awarded(*args):
        res = runner.invoke(main, ["--store", store, "export", "--format", "nodelink", "-o", "-", "--conferrals", "edge", *args])
        assert res.exit_code == 0, res.output
        return sum(1 for e in json.loads(res.output)["edges"] if e["relation"] == "awarded")
    assert awarded() == 3
    assert awarded("--since", "2025") == 0 and awarded("--until", "2024") == 3 and awarded("--years", "2020-2030", "--since", "2025") == 0
    assert awarded("--award-type", "co thi dua") == awarded("--award", "co thi dua") == 1
