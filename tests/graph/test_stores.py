"""The same behaviour on every store: embedded, in-memory, and real SPARQL servers (the Oxigraph
server from PyPI and Debian's Virtuoso, each started on a free loopback port)."""
import json
import time
import urllib.parse

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from conftest import SEED, STORE_KINDS, wipe
from tdkt.cli import main
from tdkt.errors import InputError, QueryError, StoreError
from tdkt.graph import queries
from tdkt.graph.load import load_paths
from tdkt.graph.network import project
from tdkt.graph.remote import Endpoint, EndpointUnreachable, RemoteStore
from tdkt.graph.stats import stats
from tdkt.graph.store import open_store

REMOTE = ["oxigraph", "virtuoso"]
BINDINGS = queries.with_keys({"name": "Hội Nông dân Việt Nam"})


def _inputs(example_path):
    return [example_path, example_path.parent / "danh-sach-khen-thuong-vi-du-2024.csv"] + \
        ([SEED] if SEED.exists() else [])


def _rows(store, name):
    return sorted(tuple(str(t) for t in row) for row in store.query(queries.text(name), BINDINGS).rows)


@pytest.fixture(scope="module")
def reference(request):
    """The embedded store's answers, which every other store must give."""
    from conftest import EXAMPLE
    store = open_store(memory=True)
    load_paths(store, _inputs(EXAMPLE), jobs=1)
    return store


@pytest.mark.parametrize("store_spec", STORE_KINDS, indirect=True)
def test_every_canned_query_answers_as_on_the_embedded_store(any_store, reference, example_path):
    result = load_paths(any_store, _inputs(example_path), jobs=1)
    assert len(result.loaded) == len(_inputs(example_path)) and not result.skipped
    for name in queries.names():
        assert _rows(any_store, name) == _rows(reference, name), name
    assert any(_rows(any_store, n) for n in queries.names())
    assert any_store.graphs() == reference.graphs()
    assert len(any_store) == len(reference)
    assert stats(any_store) == stats(reference)
    a, b = project(any_store), project(reference)
    assert (a.number_of_nodes(), a.number_of_edges()) == (b.number_of_nodes(), b.number_of_edges())
    assert sorted(a.nodes(data="label")) == sorted(b.nodes(data="label"))


@pytest.mark.parametrize("store_spec", REMOTE, indirect=True)
def test_every_canned_query_runs_on_a_server_over_one_report(any_store):
    """Servers differ in what a query may do with a value: Virtuoso could not CONCAT a long
    language-tagged label it keeps out of line, and the seed alone is enough to show it."""
    if not SEED.exists():
        pytest.skip("the seed report is read from ../shared/seed/ (absent in a user's clone)")
    load_paths(any_store, [SEED], jobs=1)
    embedded = open_store(memory=True)
    load_paths(embedded, [SEED], jobs=1)
    for name in queries.names():
        assert _rows(any_store, name) == _rows(embedded, name), name
    assert _rows(any_store, "officials")


@pytest.mark.parametrize("store_spec", STORE_KINDS, indirect=True)
def test_loading_twice_changes_nothing_and_a_changed_source_replaces_its_graph(any_store, tmp_path):
    f = tmp_path / "a.nt"
    f.write_text("".join(f'<urn:s{i}> <urn:p> "{i}" .\n' for i in range(30)), encoding="utf-8")
    assert load_paths(any_store, [f], jobs=1).loaded
    n = len(any_store)
    assert load_paths(any_store, [f], jobs=1).unchanged and len(any_store) == n
    f.write_text('<urn:s> <urn:p> "new" .\n', encoding="utf-8")
    assert load_paths(any_store, [f], jobs=1).loaded
    assert any_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?o }").rows[0][0].toPython() == 1
    assert len(any_store) == n - 29
    assert not any(g.startswith("urn:tdkt:staging:") for g in any_store.named_graphs())


@pytest.mark.parametrize("store_spec", STORE_KINDS, indirect=True)
def test_an_rdf_file_with_graphs_of_its_own_and_bindings_that_look_like_sparql(any_store, tmp_path):
    f = tmp_path / "g.trig"
    f.write_text('<urn:own> { <urn:a> <urn:p> "a\\" } ; DROP ALL ; #"@vi . }\n', encoding="utf-8")
    assert load_paths(any_store, [f], jobs=1).loaded
    assert "urn:own" in any_store.graphs()
    rows = any_store.query("SELECT ?s WHERE { ?s <urn:p> ?o }", {"o": rdflib.Literal('a" } ; DROP ALL ; #', lang="vi")}).rows
    assert [str(r[0]) for r in rows] == ["urn:a"]


@pytest.mark.parametrize("store_spec", STORE_KINDS, indirect=True)
def test_a_quad_file_is_stored_graph_by_graph_and_a_broken_one_not_at_all(any_store, tmp_path):
    def count(graph):
        return any_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": rdflib.URIRef(graph)}).rows[0][0].toPython()

    in_runs = tmp_path / "runs.nq"  # each graph's quads together, as a tdkt export writes them
    in_runs.write_text("".join(f'<urn:s{i}> <urn:p> "{i}" <urn:g{i // 4}> .\n' for i in range(12))
                       + '<urn:d> <urn:p> "in the file\'s own graph" .\n', encoding="utf-8")
    mixed = tmp_path / "mixed.nq"  # one graph in two runs: the second run must not replace the first
    mixed.write_text('<urn:a> <urn:p> "1" <urn:m> .\n<urn:b> <urn:p> "2" <urn:n> .\n<urn:c> <urn:p> "3" <urn:m> .\n',
                     encoding="utf-8")
    result = load_paths(any_store, [in_runs, mixed], jobs=1)
    assert len(result.loaded) == 2 and result.counts["triples"] == 16
    assert [count(f"urn:g{k}") for k in range(3)] == [4, 4, 4] and (count("urn:m"), count("urn:n")) == (2, 1)
    own = [g for g in any_store.graphs() if "/graph/file/" in g]
    assert sorted(count(g) for g in own) == [4, 5]  # provenance (4), and the default graph's triple
    assert load_paths(any_store, [in_runs, mixed], jobs=1).unchanged
    before = len(any_store)
    broken = tmp_path / "broken.nq"  # good graphs first, then a bad line: none of it is stored
    broken.write_text("".join(f'<urn:t{i}> <urn:p> "{i}" <urn:h{i}> .\n' for i in range(5)) + "<urn:x> <urn:p> oops .\n",
                      encoding="utf-8")
    result = load_paths(any_store, [broken], jobs=1)
    assert not result.loaded and len(result.skipped) == 1
    path, reason = result.skipped[0]
    assert "broken.nq:6" in reason and "\n" not in reason
    assert len(any_store) == before and not any(g.startswith("urn:h") for g in any_store.graphs())


@pytest.mark.parametrize("store_spec", ["embedded", *REMOTE], indirect=True)
def test_cli_commands_behave_the_same(store_spec, example_path, tmp_path):
    kind, _, options = store_spec

    def run(*args):
        return CliRunner().invoke(main, [*options, *args])

    r = run("load", str(example_path))
    assert r.exit_code == 0, r.output
    assert "unchanged 1" in run("load", str(example_path)).stderr
    q = run("query", "awards-of", "--bind", "name=hoi cuu chien binh viet nam", "--format", "json")
    assert [b["recipientLabel"]["value"] for b in json.loads(q.stdout)["results"]["bindings"]] == ["Hội Cựu chiến binh Việt Nam"]
    assert json.loads(run("stats", "--format", "json").stdout)["classes"]["AwardConferral"] == 3
    assert run("validate").exit_code == 0
    e = run("entities", "--search", "hoi nong dan", "--format", "json")
    assert "Hội Nông dân Việt Nam" in e.stdout
    exported = run("export", "--format", "nquads", "-o", "-").stdout
    lines = [ln for ln in exported.splitlines() if "generatedAtTime" not in ln]
    assert len(lines) > 2000 and not any("openlinksw" in ln for ln in lines)
    g = run("export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    assert g.exit_code == 0, g.output
    m = run("map", "-o", str(tmp_path / "m.html"))
    assert m.exit_code == 0 and "Hội Cựu chiến binh Việt Nam" in (tmp_path / "m.html").read_text(encoding="utf-8")
    # the same export, whatever the store
    baseline = CliRunner().invoke(main, ["--store", str(tmp_path / "base"), "load", str(example_path)])
    assert baseline.exit_code == 0
    base = CliRunner().invoke(main, ["--store", str(tmp_path / "base"), "export", "--format", "nquads", "-o", "-"]).stdout
    assert lines == [ln for ln in base.splitlines() if "generatedAtTime" not in ln]


@pytest.mark.parametrize("store_spec", REMOTE, indirect=True)
def test_merge_and_split_on_a_server(store_spec, example_path, tmp_path):
    _, _, options = store_spec
    run = lambda *a: CliRunner().invoke(main, [*options, *a])  # noqa: E731
    assert run("load", str(example_path)).exit_code == 0
    r = run("entities", "merge", "Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam")
    assert r.exit_code == 0, r.output
    listed = run("entities", "--search", "hoi cuu chien binh", "--format", "json").stdout
    assert "Hội Nông dân Việt Nam" in listed
    r = run("entities", "split", "Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam")
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("store_spec", REMOTE, indirect=True)
def test_a_graph_larger_than_a_chunk_is_written_whole(store_spec):
    _, kwargs, _ = store_spec
    store = RemoteStore(Endpoint.from_url(kwargs["endpoint"]), chunk=100)
    g = "https://w3id.org/tdkt/graph/file/big"
    quads = [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)), ox.NamedNode(g)) for i in range(1050)]
    store.replace_graph(g, quads)
    assert store.count_graph(g) == 1050
    store.replace_graph(g, quads[:250])
    assert store.count_graph(g) == 250
    assert not any(n.startswith("urn:tdkt:staging:") for n in store.named_graphs())


# ---- faults: a proxy in front of the Oxigraph server misbehaves on purpose

@pytest.fixture
def proxy(oxigraph_server):
    from servers import FaultyProxy
    wipe(oxigraph_server.endpoint)
    p = FaultyProxy(oxigraph_server.endpoint)
    yield p
    p.close()


def _sources(tmp_path, n=4):
    files = []
    for k in range(n):
        f = tmp_path / f"s{k}.nt"
        f.write_text("".join(f'<urn:s{k}-{i}> <urn:p> "{i}" .\n' for i in range(20)), encoding="utf-8")
        files.append(f)
    return files


def test_transient_errors_are_retried(proxy, tmp_path):
    proxy.rules = [["PUT", "graph=", 2, 503], ["POST", "/query", 1, "drop"], ["PUT", "graph=", 1, "drop"]]
    store = open_store(endpoint=Endpoint.from_url(proxy.endpoint))
    store.http.backoff = 0.01
    result = load_paths(store, _sources(tmp_path), jobs=1)
    assert len(result.loaded) == 4 and not result.skipped
    assert all(rule[2] == 0 for rule in proxy.rules)


def test_a_refused_graph_is_reported_and_the_others_load(proxy, tmp_path):
    files = _sources(tmp_path)
    store = open_store(endpoint=Endpoint.from_url(proxy.endpoint))
    store.http.retries, store.http.backoff = 1, 0.01
    from tdkt.graph.load import read_source
    bad = read_source(str(files[1])).graph
    proxy.rules = [["PUT", bad, 5, 500]]
    result = load_paths(store, files, jobs=1)
    assert len(result.loaded) == 3
    (path, reason), = result.skipped
    assert path == str(files[1]) and f"<{bad}>" in reason and "HTTP 500" in reason and f"127.0.0.1:{proxy.port}" in reason
    assert bad not in store.graphs()


def test_a_server_killed_mid_load_leaves_whole_graphs_and_names_the_failed_one(tmp_path):
    from servers import OxigraphServer
    files = _sources(tmp_path, 6)
    server = OxigraphServer(tmp_path / "server").start()
    again = OxigraphServer(tmp_path / "server", port=server.port)
    try:
        store = open_store(endpoint=server.endpoint)
        store.http.retries, store.http.backoff = 2, 0.05
        calls = []

        def progress(path):
            calls.append(path)
            if len(calls) == 4:  # once the first three are on the server (they are written in the background)
                probe = RemoteStore(Endpoint.from_url(server.endpoint))
                for _ in range(200):
                    if sum("/graph/file/" in g for g in probe.graphs()) == 3:
                        break
                    time.sleep(0.05)
                server.kill()
        with pytest.raises(EndpointUnreachable) as e:
            load_paths(store, files, jobs=1, progress=progress)
        message = str(e.value)
        assert "\n" not in message and server.endpoint.rsplit("/", 1)[0] in message
        assert "graph <https://w3id.org/tdkt/graph/file/" in message
        assert "3 source(s) stored before, each whole" in message
        again.start()
        store = open_store(endpoint=server.endpoint)
        held = [g for g in store.graphs() if "/graph/file/" in g]
        assert len(held) == 3 and all(store.count_graph(g) == 24 for g in held)  # 20 triples + 4 of provenance
    finally:
        server.stop()
        again.stop()


def test_unreachable_endpoint_is_one_line_and_exit_3(tmp_path):
    from servers import free_port
    url = f"http://127.0.0.1:{free_port()}/query"
    r = CliRunner(env={"TDKT_ENDPOINT_PASSWORD": "s3cret-pw", "TDKT_ENDPOINT_USER": "me"}).invoke(
        main, ["--endpoint", url, "stats"])
    assert r.exit_code == 3
    assert len(r.stderr.strip().splitlines()) == 1 and "127.0.0.1" in r.stderr and "cannot reach" in r.stderr
    assert "s3cret-pw" not in r.output + r.stderr


def test_credentials_come_from_the_environment_only(proxy, monkeypatch):
    with pytest.raises(Exception, match="must not carry credentials"):
        Endpoint.from_url("http://me:pw@127.0.0.1:1/query")
    monkeypatch.setenv("TDKT_ENDPOINT_TOKEN", "tok-123")
    open_store(endpoint=proxy.endpoint).query("ASK { ?s ?p ?o }")
    assert proxy.seen and all(h.get("Authorization") == "Bearer tok-123" for _, _, h in proxy.seen)
    monkeypatch.delenv("TDKT_ENDPOINT_TOKEN")
    monkeypatch.setenv("TDKT_ENDPOINT_USER", "me")
    monkeypatch.setenv("TDKT_ENDPOINT_PASSWORD", "pw")
    proxy.seen.clear()
    open_store(endpoint=proxy.endpoint).query("ASK { ?s ?p ?o }")
    assert proxy.seen[-1][2]["Authorization"] == "Basic bWU6cHc="


@pytest.mark.parametrize("store_spec", REMOTE, indirect=True)
def test_a_bad_query_on_a_server_is_one_line_and_exit_2(store_spec):
    _, kwargs, options = store_spec
    with pytest.raises(QueryError, match="bad SPARQL query"):
        open_store(**kwargs).query("SELEC ?x WHERE { ?x ?p ?o }")
    r = CliRunner().invoke(main, [*options, "query", "SELECT ?x WHERE { ?x ?p }"])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "bad SPARQL query" in r.stderr


def test_optimize_on_a_server_says_the_server_compacts_its_own(oxigraph_server):
    r = CliRunner().invoke(main, ["--endpoint", oxigraph_server.endpoint, "optimize"])
    assert r.exit_code == 3 and len(r.stderr.strip().splitlines()) == 1
    assert oxigraph_server.endpoint in r.stderr and "oxigraph optimize" in r.stderr


@pytest.mark.parametrize("url,update,gsp", [
    ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/ds", "http://h:3030/ds", "http://h:3030/ds"),
    ("http://h:7200/repositories/tdkt", "http://h:7200/repositories/tdkt/statements", "http://h:7200/repositories/tdkt/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
])
def test_update_and_graph_store_urls_follow_each_server_layout(url, update, gsp):
    ep = Endpoint.from_url(url)
    assert (ep.update_url, ep.gsp_url) == (update, gsp)
    assert Endpoint.from_url(url, gsp_url="").gsp_url is None

    with pytest.raises(InputError, match="not an http"):
        Endpoint.from_url("ftp://h/sparql")


def test_a_load_with_several_processes_stores_what_one_process_stores(tmp_path, example_path, monkeypatch):
    """Sources cross a process boundary (pickled) when a folder is read by every core: reports,
    a list read in chunks (a temporary file), and an RDF file (streamed from where it is)."""
    import shutil

    from tdkt.loaders import table
    monkeypatch.setattr(table, "CHUNK_ROWS", 3)  # workers are forked: they see it too
    folder = tmp_path / "reports"
    folder.mkdir()
    text = example_path.read_text(encoding="utf-8")
    for k in range(10):  # 8 or more files: the process pool is used
        (folder / f"r{k}.txt").write_text(text.replace("năm 2024", f"năm 2024 (bản {k})", 1), encoding="utf-8")
    shutil.copy(example_path.parent / "danh-sach-khen-thuong-vi-du-2024.csv", folder)
    (folder / "extra.ttl").write_text('<urn:x:a> <urn:x:b> "Hội Nông dân" .\n', encoding="utf-8")
    one, many = open_store(memory=True), open_store(memory=True)
    res_one = load_paths(one, [folder], jobs=1)
    res_many = load_paths(many, [folder], jobs=2)
    assert not res_many.skipped and len(res_many.loaded) == len(res_one.loaded) == 12
    assert many.query('ASK { <urn:x:a> <urn:x:b> "Hội Nông dân" }').boolean
    assert len(many) == len(one) > 2339 + 10 * 150
    assert stats(many) == stats(one)
    # what is stored is what was extracted (loads move triples between processes as N-Triples)
    from tdkt.graph.load import extract_paths
    (src,), _ = extract_paths([folder / "r3.txt"], jobs=1)
    stored = set(many.graph_triples(src.graph))
    assert set(src.triples) <= stored
    assert {str(p) for _, p, _ in stored - set(src.triples)} == {  # and the load's provenance
        "http://www.w3.org/ns/prov#generatedAtTime", "https://w3id.org/tdkt/ontology#sourcePath", "https://w3id.org/tdkt/ontology#sha256"}


def test_a_chunked_write_that_fails_part_way_keeps_the_old_graph(proxy):
    store = RemoteStore(Endpoint.from_url(proxy.endpoint), chunk=100, retries=1, backoff=0.01)
    g = "https://w3id.org/tdkt/graph/file/chunked"
    old = [ox.Quad(ox.NamedNode(f"urn:old{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)), ox.NamedNode(g)) for i in range(50)]
    new = [ox.Quad(ox.NamedNode(f"urn:new{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)), ox.NamedNode(g)) for i in range(450)]
    store.replace_graph(g, old)
    proxy.rules = [["POST", "urn:tdkt:staging:", 9, 500]]  # the parts after the first are refused
    with pytest.raises(StoreError, match="HTTP 500"):
        store.replace_graph(g, new)
    assert store.count_graph(g) == 50 and store.has_graph(g)
    assert not any(n.startswith("urn:tdkt:staging:") for n in store.named_graphs())


def test_a_kept_alive_connection_the_server_closed_is_replaced_without_a_retry(tmp_path):
    from servers import OxigraphServer
    from tdkt.graph.httpclient import Client
    server = OxigraphServer(tmp_path / "server").start()
    again = OxigraphServer(tmp_path / "server", port=server.port)
    try:
        client = Client(retries=0)  # no retry allowed: only a fresh connection can save the request
        ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        assert client.request("POST", server.endpoint, ask, form, what="query").status == 200
        assert client._idle  # the connection is kept for the next request
        server.stop()
        again.start()  # the kept connection is dead now
        assert client.request("POST", server.endpoint, ask, form, what="query").status == 200
    finally:
        server.stop()
        again.stop()
