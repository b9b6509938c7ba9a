"""tdkt-graph: Vietnamese emulation-and-commendation reports as an RDF knowledge graph.

The package is laid out as the repository root (``ontology/``, ``loaders/``, ``graph/``,
``cli.py``); import the parts you need, e.g. ``from tdkt.graph.store import open_store``.
"""

__version__ = "0.1.0"
