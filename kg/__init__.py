"""newskg: news articles to a knowledge graph with evidence (RDF, SPARQL, networkx, an offline page)."""

__version__ = "0.1.0"
