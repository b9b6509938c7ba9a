import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/servers.py
SEED = SHARED / "seed" / "khoi-ctxh-so-ket-2017-07-28.txt"
EXAMPLE = ROOT / "examples" / "khoi-thi-dua-vi-du-2024.txt"


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip("../shared/seed is absent (the real reports are not part of a user's clone)")
    return SEED


@pytest.fixture
def example_path():
    return EXAMPLE


@pytest.fixture
def memory_store():
    from tdkt.graph.store import open_store
    return open_store(memory=True)


# ---- the three kinds of store (four with Virtuoso): every store test runs on each
STORE_KINDS = ["embedded", "memory", "oxigraph", "virtuoso"]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    from servers import OxigraphServer
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    from servers import VirtuosoServer
    if not VirtuosoServer.available():
        pytest.skip("Debian's virtuoso-opensource is not installed (.ci/run installs it)")
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def wipe(endpoint: str) -> None:
    """Drop every graph tdkt holds on a test server (a server's own graphs stay)."""
    from tdkt.graph.remote import Endpoint, RemoteStore
    store = RemoteStore(Endpoint.from_url(endpoint))
    for g in store.named_graphs():
        store.drop_graph(g)


@pytest.fixture
def store_spec(request, tmp_path):
    """How to reach a fresh store of one kind: ``(kind, open_store keyword arguments, CLI options)``."""
    kind = getattr(request, "param", "embedded")
    if kind == "embedded":
        return kind, {"path": tmp_path / "store"}, ["--store", str(tmp_path / "store")]
    if kind == "memory":
        return kind, {"memory": True}, ["--memory"]
    server = request.getfixturevalue(f"{kind}_server")
    wipe(server.endpoint)
    return kind, {"endpoint": server.endpoint}, ["--endpoint", server.endpoint]


@pytest.fixture
def any_store(store_spec):
    from tdkt.graph.store import open_store
    store = open_store(**store_spec[1])
    yield store
    store.close()
