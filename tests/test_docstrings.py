"""The examples in the docstrings are tests too: each module's run as its reader would type them."""
import doctest
import importlib
import pkgutil

import pytest

import tdkt

MODULES = sorted(m.name for m in pkgutil.walk_packages(tdkt.__path__, "tdkt.")
                 if not m.name.startswith(("tdkt.tests", "tdkt.bench")))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail (run: python -m doctest -v)"


def test_the_examples_are_found():
    attempted = sum(doctest.testmod(importlib.import_module(name)).attempted for name in MODULES)
    assert attempted >= 40  # (48 when this test was written: a smaller count means examples were lost)
