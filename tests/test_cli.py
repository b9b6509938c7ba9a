import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from tdkt.cli import main


@pytest.fixture
def run(tmp_path):
    store = str(tmp_path / "store")

    def _run(*args, input=None):
        return CliRunner().invoke(main, ["--store", store, *args], input=input)
    return _run


def test_version():
    r = CliRunner().invoke(main, ["--version"])
    assert r.exit_code == 0 and "tdkt" in r.output


def test_extract_prints_only_the_report_graph(example_path):
    r = CliRunner().invoke(main, ["extract", str(example_path), "--format", "nquads"])
    assert r.exit_code == 0, r.output
    ds = rdflib.Dataset()
    ds.parse(data=r.stdout, format="nquads")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert len(graphs) == 1 and next(iter(graphs)).startswith("https://w3id.org/tdkt/graph/report/")
    again = CliRunner().invoke(main, ["extract", str(example_path), "--format", "nquads"])
    assert again.stdout == r.stdout  # deterministic


def test_load_twice_changes_nothing_and_query_export(run, example_path, tmp_path):
    assert run("load", str(example_path)).exit_code == 0
    first = run("export", "--format", "nquads", "-o", "-").stdout
    r = run("load", str(example_path))
    assert r.exit_code == 0 and "unchanged 1" in r.stderr
    assert run("export", "--format", "nquads", "-o", "-").stdout == first
    q = run("query", "awards-of", "--bind", "name=hoi cuu chien binh viet nam", "--format", "json")
    rows = json.loads(q.stdout)["results"]["bindings"]
    assert [b["recipientLabel"]["value"] for b in rows] == ["Hội Cựu chiến binh Việt Nam"]
    out = tmp_path / "g.trig"
    assert run("export", "--format", "trig", "-o", str(out)).exit_code == 0
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    assert len(ds) > 0 or sum(len(g) for g in ds.graphs()) > 1000
    s = run("stats", "--format", "json")
    assert json.loads(s.stdout)["classes"]["AwardConferral"] == 3


def test_validate_conforms_then_finds_a_law_violation(run, example_path, tmp_path):
    assert run("load", str(example_path)).exit_code == 0
    assert run("validate").exit_code == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix tdkt: <https://w3id.org/tdkt/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:c> a tdkt:AwardConferral ; tdkt:awardType <https://w3id.org/tdkt/award/co-thi-dua-cua-chinh-phu> ;
  tdkt:recipient <urn:p> ; <http://purl.org/dc/terms/source> <urn:r> ; tdkt:evidence "câu chứng"@vi .
<urn:p> a tdkt:Person ; rdfs:label "Nguyễn Văn A"@vi .""", encoding="utf-8")
    assert run("load", str(bad)).exit_code == 0
    r = run("validate")
    assert r.exit_code == 1 and "collective-only" in r.output and "câu chứng" in r.output


def test_bad_inputs_exit_2_with_one_line(run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <a> . x:a x:b", encoding="utf-8")
    r = run("load", str(bad))
    assert r.exit_code == 2 and "bad.ttl:1" in r.stderr
    r = run("query", "SELEC ?x")
    assert r.exit_code == 2 and "bad SPARQL" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run("query", "no-such-query")
    assert r.exit_code == 2 and "awards-of" in r.stderr
    r = run("query", "DROP ALL")
    assert r.exit_code == 2 and "--update" in r.stderr
    r = run("query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert r.exit_code == 2 and "--allow-service" in r.stderr


def test_failed_load_leaves_store_as_it_was(run, example_path, tmp_path):
    assert run("load", str(example_path)).exit_code == 0
    before = run("export", "--format", "nquads", "-o", "-").stdout
    bad = tmp_path / "x.nq"
    bad.write_text('<urn:a> <urn:b> "c" <urn:g> .\n<urn:a> <urn:b> oops .\n', encoding="utf-8")
    assert run("load", str(bad)).exit_code == 2
    assert run("export", "--format", "nquads", "-o", "-").stdout == before


def test_optimize_compacts_the_store_and_keeps_every_fact(run, example_path, tmp_path, monkeypatch):
    r = run("load", str(example_path))
    assert r.exit_code == 0 and "tdkt optimize" not in r.stderr  # (a small load: no hint)
    before = run("export", "--format", "nquads", "-o", "-").stdout
    r = run("optimize")
    assert r.exit_code == 0, r.output
    sizes = [float(n.replace(",", "")) for n in re.findall(r"([\d,.]+) MiB", r.stderr)]
    assert len(sizes) == 2 and 0 < sizes[1] <= sizes[0], r.stderr
    assert run("export", "--format", "nquads", "-o", "-").stdout == before
    assert "unchanged 1" in run("load", str(example_path)).stderr
    m = CliRunner().invoke(main, ["--memory", "optimize"])
    assert m.exit_code == 0 and "no files to compact" in m.stderr
    monkeypatch.setattr("tdkt.cli.LARGE_LOAD", 1)
    assert "hint: `tdkt optimize`" in run("load", str(example_path.parent / "danh-sach-khen-thuong-vi-du-2024.csv")).stderr


def test_locked_store_exits_3(tmp_path, monkeypatch):
    from tdkt.graph.store import open_store
    store = str(tmp_path / "s")
    held = open_store(store)
    monkeypatch.setenv("TDKT_LOCK_WAIT", "0.3")
    r = CliRunner().invoke(main, ["--store", store, "stats"])
    assert r.exit_code == 3 and "locked" in r.stderr
    held.close()


def test_every_command_is_documented_in_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"tdkt {name}" in readme or f"`{name}`" in readme, name


def test_cli_reference_in_docs_is_generated_from_help():
    import importlib.util
    path = Path(__file__).resolve().parent.parent / "docs" / "generate_cli_reference.py"
    spec = importlib.util.spec_from_file_location("generate_cli_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.reference(), "run: python docs/generate_cli_reference.py"
    for name in main.commands:
        assert f"## tdkt {name}" in module.OUT.read_text(encoding="utf-8")
