"""Maps: the HTML file on its own (Python only) and in a real headless browser (Debian's chromium)."""
import os
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from tdkt.cli import main
from tdkt.errors import InputError
from tdkt.graph import maps
from tdkt.graph.load import load_paths
from tdkt.graph.network import Filters, project

CHROMIUM = os.environ.get("TDKT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("TDKT_TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "build" / "test-artifacts"))
EVIL = '<img src=x onerror="window.__pwned=1">'
RESOURCE = re.compile(r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)(?:https?:)?//""", re.I)


def example_graph(store, example_path, evil=False):
    load_paths(store, [example_path], jobs=1)
    g = project(store, filters=Filters(mentioned=True))
    if evil:
        g.add_node("urn:evil", label=EVIL, **{"class": "Organization", "sources": 1, "awards": 0})
        g.add_edge("urn:evil", next(iter(g.nodes)), key="x", relation="</script><script>window.__pwned=2</script>")
    return g


def test_map_is_self_contained_and_escapes_report_text(memory_store, example_path):
    g = example_graph(memory_store, example_path, evil=True)
    page = maps.map_html(g, title="<b>t</b>", info=maps.details(memory_store, g.nodes))
    assert not RESOURCE.search(page), RESOURCE.search(page).group(0)
    assert "<img src=x" not in page and "</script><script>window.__pwned" not in page and "<b>t</b>" not in page
    assert "vis.Network" in page and "Content-Security-Policy" in page
    data = maps.map_data(g)
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    assert any(n["label"] == EVIL for n in data["nodes"])  # kept as text, shown as text


def test_tooltips_carry_aliases_reports_and_evidence(memory_store, example_path):
    g = example_graph(memory_store, example_path)
    info = maps.details(memory_store, g.nodes)
    data = maps.map_data(g, info=info)
    conferral = next(n for n in data["nodes"] if n["group"] == "AwardConferral" and "Cờ thi đua" in n["label"])
    assert "report: " in conferral["title"] and "“" in conferral["title"] and conferral["year"] == 2024
    assert conferral["award"] == "Cờ thi đua của Chính phủ"


def test_large_maps_get_a_layout_and_huge_ones_are_refused():
    g = nx.MultiDiGraph()
    g.add_nodes_from((f"urn:n{i}", {"label": f"n{i}", "class": "Organization"}) for i in range(maps.LAYOUT_THRESHOLD + 1))
    g.add_edges_from((f"urn:n{i}", f"urn:n{i + 1}", {"relation": "x"}) for i in range(maps.LAYOUT_THRESHOLD))
    data = maps.map_data(g)
    assert data["physics"] == "settle" and all("x" in n and "y" in n for n in data["nodes"])
    assert "label" not in data["edges"][0]  # too many edges for labels: relation on hover
    big = nx.MultiDiGraph()
    big.add_nodes_from(range(maps.HARD_LIMIT + 1))
    with pytest.raises(InputError, match="narrow it"):
        maps.map_data(big)


def test_cli_map_and_construct_query(tmp_path, example_path):
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "-q", "load", str(example_path)]).exit_code == 0
    out = tmp_path / "m.html"
    res = runner.invoke(main, ["--store", store, "map", "-o", str(out), "--size", "awards"])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX tdkt: <https://w3id.org/tdkt/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                  "CONSTRUCT { ?p tdkt:holds ?post . ?p rdfs:label ?l } WHERE { ?p tdkt:holds ?post ; rdfs:label ?l }", encoding="utf-8")
    res = runner.invoke(main, ["--store", store, "map", "-o", str(tmp_path / "q.html"), "--query", str(rq)])
    assert res.exit_code == 0 and "Đỗ Thị Lan" in (tmp_path / "q.html").read_text(encoding="utf-8")
    rq.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    res = runner.invoke(main, ["--store", store, "map", "-o", str(tmp_path / "x.html"), "--query", str(rq)])
    assert res.exit_code == 2 and "CONSTRUCT" in res.output


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no browser at {CHROMIUM} (Debian: apt-get install chromium; .ci/run installs it)")
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def open_map(browser, path: Path):
    """Open a map from file://, recording every request and every console or page error."""
    context = browser.new_context(bypass_csp=True)  # lets the test evaluate JS; the page's own policy stays in the file
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("() => window.tdktMap && window.tdktMap.stabilized", timeout=120_000)
    return page, requests, errors


def test_map_in_chromium_draws_everything_offline_and_searches(browser, memory_store, example_path, tmp_path):
    g = example_graph(memory_store, example_path, evil=True)
    path = maps.write_map(g, tmp_path / "map.html", info=maps.details(memory_store, g.nodes))
    page, requests, errors = open_map(browser, path)
    assert [r for r in requests if not r.startswith("file:")] == []
    assert errors == []
    drawn = page.evaluate("() => [Object.keys(window.tdktMap.network.body.nodes).length, window.tdktMap.edges.length]")
    assert drawn[0] >= g.number_of_nodes() and drawn[1] == g.number_of_edges()
    assert page.evaluate("() => window.tdktMap.view.length") == g.number_of_nodes()
    picked = page.evaluate("() => window.tdktMap.focus('hoi lien hiep phu nu viet nam')")  # typed without accents
    assert g.nodes[picked]["label"] == "Hội Liên hiệp Phụ nữ Việt Nam"
    assert page.evaluate("() => window.tdktMap.network.getSelectedNodes()") == [picked]
    assert page.evaluate("() => window.__pwned === undefined")  # the label and the edge ran nothing
    page.fill("#since", "2030")
    page.dispatch_event("#since", "change")
    assert page.evaluate("() => window.tdktMap.view.length") < g.number_of_nodes()  # conferrals of 2024 are hidden
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-example.png"))


def check_real_map(browser, paths, tmp_path, name: str, search: str) -> None:
    """A map of real reports: loads offline without errors, draws the whole projection, finds a body."""
    from tdkt.graph.store import open_store
    store = open_store(memory=True)
    load_paths(store, paths, jobs=1)
    g = project(store, filters=Filters(mentioned=True))
    path = maps.write_map(g, tmp_path / f"{name}.html", info=maps.details(store, g.nodes))
    page, requests, errors = open_map(browser, path)
    assert [r for r in requests if not r.startswith("file:")] == [] and errors == []
    assert page.evaluate("() => window.tdktMap.view.length") == g.number_of_nodes()
    assert page.evaluate("() => window.tdktMap.edges.length") == g.number_of_edges()
    assert g.nodes[page.evaluate(f"() => window.tdktMap.focus({search!r})")]["label"] == search
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"map-{name}.png"))
    shutil.copy(path, ARTIFACTS / f"map-{name}.html")


def test_map_of_the_seed_in_chromium(browser, seed_path, tmp_path):
    check_real_map(browser, [seed_path], tmp_path, "seed", "Hội Nông dân Việt Nam")


def test_notebook_helper_frames_the_whole_page_escaped(memory_store, example_path):
    g = example_graph(memory_store, example_path, evil=True)
    frame = maps.notebook_html(g, height=400)
    assert frame.startswith('<iframe srcdoc="&lt;!doctype html&gt;') and 'sandbox="allow-scripts"' in frame
    assert "<img src=x" not in frame and "height:400px" in frame


def test_map_of_the_corpus_in_chromium(browser, tmp_path):
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "magizbox-vn-news" / "articles"
    if not corpus.exists():
        pytest.skip("../shared/corpus is absent (the real reports are not part of a user's clone)")
    check_real_map(browser, [corpus], tmp_path, "corpus", "Bệnh viện Phổi Trung ương")
