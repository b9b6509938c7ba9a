"""Entities across sources: search, duplicates, merges that survive re-loads, splits."""
import json
import unicodedata

from click.testing import CliRunner

from tdkt.cli import main
from tdkt.graph.entities import CURATION_GRAPH, duplicates, find, merge, split
from tdkt.graph.load import load_paths
from tdkt.graph.store import open_store

RIGHT, TYPO = "Hội Nông dân tỉnh Nghệ An", "Hội Nông dân tỉnh Nghê An"


def lists(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(f"Tên tập thể;Hình thức khen thưởng;Năm\n{RIGHT};Giấy khen;2023\n", encoding="utf-8")
    b.write_text(f"Tên tập thể;Hình thức khen thưởng;Năm\n{TYPO};Bằng khen của Thủ tướng Chính phủ;2024\n", encoding="utf-8")
    return a, b


def orgs_named(store, text):
    return sorted(str(r[1]) for r in find(store, text, "Organization").rows)


def test_search_ignores_accents_case_and_unicode_form(memory_store, example_path):
    load_paths(memory_store, [example_path], jobs=1)
    for text in ("hoi lien hiep phu nu", "HỘI LIÊN HIỆP PHỤ NỮ", unicodedata.normalize("NFD", "Hội Liên hiệp Phụ nữ")):
        rows = find(memory_store, text).rows
        assert str(rows[0][1]) == "Hội Liên hiệp Phụ nữ Việt Nam" and int(rows[0][4]) >= 1, text
    assert any(str(r[1]) == "Hội Liên hiệp Phụ nữ Việt Nam" for r in find(memory_store, "HLHPN").rows)  # an abbreviation


def test_duplicates_merge_survives_reload_and_split_undoes_it(tmp_path):
    a, b = lists(tmp_path)
    store = open_store(tmp_path / "s")
    load_paths(store, [a, b], jobs=1)
    pairs = {(str(r[1]), str(r[2])) for r in duplicates(store, "Organization").rows}
    assert (RIGHT, TYPO) in pairs or (TYPO, RIGHT) in pairs
    assert orgs_named(store, "hoi nong dan tinh nghe an") == sorted([RIGHT, TYPO])

    assert merge(store, RIGHT, TYPO) > 0
    assert orgs_named(store, "hoi nong dan tinh nghe an") == [RIGHT]
    rows = find(store, RIGHT, "Organization").rows
    assert TYPO in str(rows[0][3]) and int(rows[0][4]) == 2  # the typo is an alias; both lists are its sources
    assert store.query(f"ASK {{ GRAPH <{CURATION_GRAPH}> {{ ?x owl:sameAs ?y }} }}").boolean

    b.write_text(b.read_text(encoding="utf-8") + f"{TYPO};Giấy khen;2024\n", encoding="utf-8")  # the list changes
    load_paths(store, [b], jobs=1)
    assert orgs_named(store, "hoi nong dan tinh nghe an") == [RIGHT]  # the decision is applied to the new load
    (dropped, kept), = [tuple(map(str, r)) for r in store.query(
        f"SELECT ?x ?y WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?x owl:sameAs ?y }} }}").rows]
    rdf = tmp_path / "c.ttl"  # an RDF file naming the merged-away body: rewritten on load too
    rdf.write_text(f"<{dropped}> <https://w3id.org/tdkt/ontology#memberOf> <urn:cluster> .\n", encoding="utf-8")
    assert load_paths(store, [rdf], jobs=1).loaded
    assert not store.query(f"ASK {{ GRAPH ?g {{ <{dropped}> ?p ?o }} FILTER(?g != <{CURATION_GRAPH}>) }}").boolean
    assert [str(r[0]) for r in store.query("SELECT ?x WHERE { ?x tdkt:memberOf <urn:cluster> }").rows] == [kept]
    store.close()
    store = open_store(tmp_path / "s")
    assert orgs_named(store, "hoi nong dan tinh nghe an") == [RIGHT]  # and kept on disk

    paths = split(store, RIGHT, TYPO, reload=lambda ps: load_paths(store, ps, jobs=1))
    assert sorted(paths) == sorted([str(a.resolve()), str(b.resolve()), str(rdf.resolve())])
    assert [str(r[0]) for r in store.query("SELECT ?x WHERE { ?x tdkt:memberOf <urn:cluster> }").rows] == [dropped]
    assert sorted(orgs_named(store, "hoi nong dan tinh nghe an")) == sorted([RIGHT, TYPO])
    assert not any({str(r[1]), str(r[2])} == {RIGHT, TYPO} for r in duplicates(store, "Organization").rows)  # declared different


def test_cli_entities_commands(tmp_path):
    a, b = lists(tmp_path)
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "-q", "load", str(a), str(b)]).exit_code == 0
    res = runner.invoke(main, ["--store", store, "entities", "--search", "hoi nong dan tinh nghe an", "--class", "Organization", "--format", "json"])
    assert res.exit_code == 0 and len(json.loads(res.output)["results"]["bindings"]) == 2
    res = runner.invoke(main, ["--store", store, "entities", "duplicates"])
    assert res.exit_code == 0 and TYPO in res.output
    res = runner.invoke(main, ["--store", store, "entities", "merge", "Hội Nông dân", TYPO])
    assert res.exit_code == 2 and "names" in res.output  # ambiguous: nothing merged
    res = runner.invoke(main, ["--store", store, "entities", "merge", RIGHT, TYPO])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["--store", store, "export", "--format", "nquads", "-o", "-"])
    assert CURATION_GRAPH in res.output and "owl#sameAs" in res.output
    res = runner.invoke(main, ["--store", store, "entities", "split", RIGHT, TYPO])
    assert res.exit_code == 0 and "2 source(s) re-loaded" in res.output


def test_seed_corpus_and_example_list_give_one_node_per_organization_name(example_path):
    from collections import defaultdict
    from pathlib import Path

    from tdkt.loaders.normalize import matching_key
    shared = Path(__file__).resolve().parents[3] / "shared"
    if not (shared / "corpus").exists():
        import pytest
        pytest.skip("../shared is absent (the real reports are not part of a user's clone)")
    store = open_store(memory=True)
    result = load_paths(store, [shared / "seed", shared / "corpus" / "magizbox-vn-news" / "articles", example_path.parent], jobs=1)
    assert len(result.loaded) == 43 and not result.skipped
    nodes = defaultdict(set)
    for org, label in store.query("SELECT DISTINCT ?o ?l WHERE { ?o a tdkt:Organization ; rdfs:label ?l }").rows:
        nodes[matching_key(str(label))].add(str(org))
    shared_names = {k: v for k, v in nodes.items() if len(v) > 1}
    assert not shared_names, shared_names
    # bodies that share only an abbreviation across reports are proposed, not merged ("Tổng công ty PVC")
    pairs = {frozenset((str(r[1]), str(r[2]))) for r in duplicates(store, "Organization").rows if float(r[0]) == 100.0}
    assert frozenset(("Tổng công ty PVC", "Tổng Công ty Xây lắp Dầu khí Việt Nam")) in pairs


def test_namesakes_of_two_provinces_stay_apart_and_are_proposed_as_duplicates(tmp_path):
    """One name with posts in one province is one person; in two provinces, two (for a curator to decide)."""
    reports = {
        "a.txt": "Ông Nguyễn Văn Hùng, Giám đốc Sở Tư pháp tỉnh Nghệ An, được tặng Bằng khen của Thủ tướng Chính phủ.",
        "b.txt": "Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh Hà Tĩnh, được tặng Huân chương Lao động hạng Ba.",
        "c.txt": "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An, trao Cờ thi đua cho Sở Tài chính tỉnh Nghệ An.",
    }
    for name, text in reports.items():
        (tmp_path / name).write_text("Lễ khen thưởng năm 2024\n\n" + text + "\n", encoding="utf-8")
    store = open_store(memory=True)
    assert len(load_paths(store, [tmp_path], jobs=1).loaded) == 3
    rows = store.query("SELECT DISTINCT ?p ?title WHERE { ?p a tdkt:Person ; rdfs:label 'Nguyễn Văn Hùng'@vi ; "
                       "tdkt:holds/tdkt:title ?title }").rows
    by_person: dict[str, set[str]] = {}
    for person, title in rows:
        by_person.setdefault(str(person), set()).add(str(title))
    assert sorted(map(sorted, by_person.values())) == [["Chủ tịch"], ["Giám đốc", "Phó Chủ tịch"]]
    pairs = {frozenset((str(r[3]), str(r[4]))) for r in duplicates(store, "Person").rows}
    assert frozenset(by_person) in pairs
