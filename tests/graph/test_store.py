from pathlib import Path

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


def test_load_killed_part_way_is_undone_on_open(tmp_path):
    s = open_store(tmp_path / "s")
    s._set_pending("urn:half")  # what a killed bulk load leaves: a pending mark and some triples
    s.inner.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("half"), ox.NamedNode("urn:half")))
    s.close()
    s = open_store(tmp_path / "s")
    assert not s.has_graph("urn:half")
    assert not s.query("ASK { GRAPH ?g { ?x <urn:tdkt:loadPending> ?y } }").boolean


def test_broken_ntriples_file_keeps_the_store_as_it_was(tmp_path):
    good = tmp_path / "good.nt"
    good.write_text("".join(f'<urn:s{i}> <urn:p> "{i}" .\n' for i in range(100)), encoding="utf-8")
    bad = tmp_path / "bad.nt"
    bad.write_text("".join(f'<urn:t{i}> <urn:p> "{i}" .\n' for i in range(5000)) + "<urn:x> <urn:p> oops .\n", encoding="utf-8")
    s = open_store(tmp_path / "s")
    assert load_paths(s, [good], jobs=1).loaded
    before = len(s)
    result = load_paths(s, [bad], jobs=1)
    assert not result.loaded
    (path, reason), = result.skipped
    assert "bad.nt:5001:" in reason
    assert len(s) == before
    assert not s.query("ASK { GRAPH ?g { ?x <urn:tdkt:loadPending> ?y } }").boolean


def test_replaced_source_is_purged_and_an_unfinished_purge_ends_on_open(tmp_path):
    f = tmp_path / "a.nt"
    f.write_text("".join(f'<urn:s{i}> <urn:p> "{i}" .\n' for i in range(50)), encoding="utf-8")
    s = open_store(tmp_path / "s")
    load_paths(s, [f], jobs=1)
    f.write_text('<urn:s> <urn:p> "new" .\n', encoding="utf-8")
    load_paths(s, [f], jobs=1)
    assert s.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:p> ?o } }").rows[0][0].toPython() == 1
    # a purge killed part way: the mark is there, some triples too
    s.inner.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("old"), ox.NamedNode("urn:old")))
    s.update(s._mark_update("urn:old", "urn:tdkt:retired", "INSERT"))
    s.close()
    s = open_store(tmp_path / "s")
    assert not s.has_graph("urn:old")
    assert not s.query("ASK { GRAPH ?g { ?x <urn:tdkt:retired> ?y } }").boolean


def test_new_graphs_are_added_in_bulk_each_whole_or_absent(tmp_path):
    s = open_store(tmp_path / "s")
    line = '<urn:a> <urn:p> "{}" .\n'
    s.add_graphs([("urn:old", line.format("old").encode())])
    s.add_graphs([("urn:g1", line.format(1).encode()), ("urn:old", line.format("new").encode()),
                  ("urn:g2", (line.format(2) + line.format('a \\" .\\n b')).encode())])
    assert {str(o) for _, _, o in s.graph_triples("urn:old")} == {"new"}  # an existing graph is replaced
    assert {str(o) for _, _, o in s.graph_triples("urn:g2")} == {"2", 'a " .\n b'}
    assert len(s.graph_triples("urn:g1")) == 1
    before = len(s)
    try:
        s.add_graphs([("urn:g3", line.format(3).encode()), ("urn:g4", b"<urn:a> <urn:p> oops .\n")])
    except SyntaxError:
        pass
    else:
        raise AssertionError("a broken batch must fail")
    assert len(s) == before and not s.has_graph("urn:g3")
    assert not s.query("ASK { GRAPH ?g { ?x <urn:tdkt:loadPending> ?y } }").boolean


def test_the_same_report_twice_in_one_folder_is_one_graph_from_the_later_file(tmp_path, example_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(example_path.read_bytes())
    s = open_store(memory=True)
    result = load_paths(s, [folder], jobs=1)
    assert sorted(Path(p).name for p in result.loaded) == ["a.txt", "b.txt"]
    paths = s.query("SELECT ?p WHERE { GRAPH ?g { ?g tdkt:sourcePath ?p } }").rows
    assert [Path(str(p)).name for p, in paths] == ["b.txt"]
