"""The names users choose from (formats, projections, analyses): one list each, shared by the
library and the CLI without importing the heavier modules that implement them."""

RDF_FORMATS = ("ttl", "trig", "nquads", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "nodelink", "csv")
PROJECTIONS = ("full", "co-participation", "person-org")
ANALYSES = ("centrality", "communities", "components", "most-awarded", "presenters", "timeline")
