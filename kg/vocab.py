"""The newskg vocabulary (the contract's terms) as an rdflib ``DefinedNamespace``: a typo raises."""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["NKG", "NKGM", "PREFIXES", "FACT_KINDS", "bind_prefixes"]

_ACTOR = frozenset({"person", "country", "institution"})
#: The contract's fact properties: (kinds of subject, kinds of object); ``None`` for a literal.
#: A fact whose ends do not fit (an institution with a nationality, after the corpus has
#: settled that a name is a company's) is left out rather than written against the contract.
FACT_KINDS: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "leaderOf": (frozenset({"person"}), frozenset({"country", "institution"})),
    "nationality": (frozenset({"person"}), frozenset({"country"})),
    "livesIn": (frozenset({"person"}), frozenset({"place", "country"})),
    "memberOf": (frozenset({"person"}), frozenset({"institution"})),
    "title": (frozenset({"person"}), None),
    "institutionOf": (frozenset({"institution"}), frozenset({"country"})),
    "locatedIn": (frozenset({"place", "institution"}), frozenset({"place", "country"})),
    "met": (frozenset({"person"}), frozenset({"person"})),
    "partnerOf": (frozenset({"country"}), frozenset({"country"})),
    "invaded": (frozenset({"country"}), frozenset({"country"})),
    **{p: (_ACTOR, _ACTOR) for p in ("accused", "criticized", "praised", "supports", "opposes")},
}


class NKG(DefinedNamespace):
    """https://w3id.org/newskg/ontology#"""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    Person: URIRef
    Country: URIRef
    Institution: URIRef
    Place: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    LegalAction: URIRef
    MilitaryAction: URIRef
    Aid: URIRef
    Statement: URIRef
    Agreement: URIRef
    Election: URIRef
    cameoCode: URIRef
    quote: URIRef
    reportedSpeech: URIRef
    Article: URIRef
    leaderOf: URIRef
    nationality: URIRef
    livesIn: URIRef
    memberOf: URIRef
    title: URIRef
    institutionOf: URIRef
    locatedIn: URIRef
    met: URIRef
    partnerOf: URIRef
    invaded: URIRef
    accused: URIRef
    criticized: URIRef
    praised: URIRef
    supports: URIRef
    opposes: URIRef
    participant: URIRef
    agent: URIRef
    target: URIRef
    location: URIRef
    date: URIRef
    mentionedIn: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    rule: URIRef
    confidence: URIRef


class NKGM(DefinedNamespace):
    """https://w3id.org/newskg/meta#: statements about the graph, not about the world.

    Fact summaries (combined confidence, source counts) and the store's bookkeeping live
    here, apart from ``nkg:``, so that the contract's rule "every nkg: triple has evidence"
    keeps holding.
    """

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/meta#")

    Fact: URIRef
    subject: URIRef
    predicate: URIRef
    object: URIRef
    evidence: URIRef
    confidence: URIRef
    sourceCount: URIRef
    planned: URIRef
    ArticleGraph: URIRef
    article: URIRef
    contentKey: URIRef
    extractor: URIRef
    extraction: URIRef


#: Prefixes declared in every output and predeclared for every query.
PREFIXES = {
    "nkg": "https://w3id.org/newskg/ontology#",
    "nkgm": "https://w3id.org/newskg/meta#",
    "res": "https://w3id.org/newskg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
}


def bind_prefixes(graph):
    """Bind :data:`PREFIXES` on an rdflib graph, over any it had; returns the graph."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph
