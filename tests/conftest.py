from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
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
