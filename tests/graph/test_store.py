import pyoxigraph as ox

from tdkt.graph import queries
from tdkt.graph.load import load_paths
from tdkt.graph.store import open_store, with_values


def test_replace_graph_is_whole_and_staging_is_cleaned(tmp_path):
    s = open_store(tmp_path / "s")
    g = "urn:g"
    s.replace_graph(g, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal(str(i)), ox.NamedNode(g)) for i in range(5)])
    s.replace_graph(g, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode(g))])
    assert len(s.graph_triples(g)) == 1
    s.inner.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("left"), ox.NamedNode("urn:tdkt:staging:dead")))
    s.close()
    s = open_store(tmp_path / "s")
    assert not any(n.value.startswith("urn:tdkt:staging:") for n in s.inner.named_graphs())
    assert len(s.graph_triples(g)) == 1


def test_reference_data_is_loaded_once(tmp_path):
    s = open_store(tmp_path / "s")
    n = len(s)
    s.close()
    s = open_store(tmp_path / "s")
    assert len(s) == n


def test_bindings_are_escaped_not_pasted():
    q = with_values("SELECT ?x WHERE { ?x ?p ?name }", {"name": 'a" } ; DROP ALL ; #'})
    s = open_store(memory=True)
    assert s.query(q).rows == []
    assert len(s) > 1000


def test_every_canned_query_parses_and_runs(memory_store, example_path):
    load_paths(memory_store, [example_path], jobs=1)
    for name in queries.names():
        res = memory_store.query(queries.text(name), queries.with_keys({"name": "Hội Nông dân Việt Nam"}))
        assert res.kind == "select", name
    rows = memory_store.query(queries.text("officials")).rows
    assert any(str(r[0]) == "Phạm Minh Khoa" and str(r[1]) == "Chủ tịch" for r in rows)
