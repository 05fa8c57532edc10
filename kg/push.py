"""``kg push``: send the store to an external SPARQL store (SPARQL 1.1 Graph Store HTTP Protocol).

The merged graph goes to the remote default graph (``PUT {endpoint}?default``) and each
article's named graph to ``PUT {endpoint}?graph=<IRI>``, as N-Triples, over one kept-alive
connection. PUT replaces a graph, so pushing again after a rebuild leaves the remote copy
equal to the local one (a named graph of an article removed locally stays remote until it
is deleted there). ``append=True`` uses POST, which adds.

Oxigraph server (``/store``), Apache Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/ID/rdf-graphs/service``), Virtuoso (``/sparql-graph-crud``) and QLever speak
this protocol.
"""
from __future__ import annotations

import base64
import http.client
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

__all__ = ["push", "PushReport", "PushError"]


class PushError(RuntimeError):
    """The endpoint refused or could not be reached; the message says which graph and why."""


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    seconds: float


def push(store: Path, endpoint: str, named_graphs: bool = True, replace: bool = True,
         timeout: float = 60.0, auth: str | None = None) -> PushReport:
    """Push the store at ``store`` to the Graph Store endpoint ``endpoint``."""
    import pyoxigraph as ox

    from kg.store import GraphStore

    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise PushError(f"{endpoint}: not an http(s) URL")
    db = GraphStore(store).open_read()
    conn_cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(url.hostname, url.port, timeout=timeout)
    headers = {"Content-Type": "application/n-triples"}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    method = "PUT" if replace else "POST"
    sep = "&" if url.query else "?"
    base = url.path or "/"
    if url.query:
        base += "?" + url.query

    graphs = [("default", ox.DefaultGraph())]
    if named_graphs:
        graphs += [("graph=" + quote(g.value, safe=""), g) for g in sorted(db.named_graphs(), key=lambda g: g.value)]
    t0 = time.perf_counter()
    triples = 0
    try:
        for param, graph in graphs:
            body = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
            triples += body.count(b"\n")
            try:
                conn.request(method, f"{base}{sep}{param}", body=body, headers=headers)
                resp = conn.getresponse()
                answer = resp.read()
            except (OSError, http.client.HTTPException) as exc:
                raise PushError(f"{endpoint}: {exc}") from exc
            if resp.status >= 300:
                what = "the default graph" if param == "default" else f"graph {graph.value}"
                raise PushError(f"{endpoint}: {method} of {what} failed: HTTP {resp.status} "
                                f"{answer[:300].decode('utf-8', 'replace')}")
    finally:
        conn.close()
    return PushReport(len(graphs), triples, time.perf_counter() - t0)
