"""`kg serve` on a free loopback port, queried by SPARQLWrapper (a real client) and plain HTTP;
`kg push` into a real `oxigraph serve`."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from kg.cli import main
from kg.config import Settings
from kg.pipeline import build
from kg.serve import ServerConfig, make_server

from conftest import SEEDS

WHO_MET = ('SELECT ?a ?b WHERE { ?x nkg:met ?y . ?x rdfs:label ?a . ?y rdfs:label ?b . '
           'FILTER(?a = "Vladimir Putin") }')


class Running:
    def __init__(self, config: ServerConfig):
        self.httpd = make_server(config)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        host, port = self.httpd.server_address[:2]
        self.url = f"http://{host}:{port}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.httpd.pool.close()


@pytest.fixture(scope="module")
def server(seed_build):
    _, out = seed_build
    running = Running(ServerConfig(store=out / "store", pages=out, port=0, timeout=3.0, max_rows=50))
    yield running
    running.close()


def _http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _get(server, query: str, accept: str = "application/sparql-results+json", **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return _http(f"{server.url}/sparql?{qs}", headers={"Accept": accept})


def test_binds_loopback_by_default():
    assert ServerConfig(store=Path("x")).host == "127.0.0.1"
    from kg.cli import parser
    assert parser().parse_args(["serve"]).host == "127.0.0.1"


def test_sparqlwrapper_select_in_every_format(server):
    for method in ("GET", "POST"):
        client = SPARQLWrapper(f"{server.url}/sparql")
        client.setMethod(method)
        client.setQuery("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + WHO_MET)
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert {(r["a"]["value"], r["b"]["value"]) for r in rows} == {("Vladimir Putin", "Xi Jinping")}
        client.setReturnFormat(XML)
        assert b"Xi Jinping" in client.queryAndConvert().toxml().encode()
        client.setReturnFormat(CSV)
        assert client.queryAndConvert().decode().splitlines() == ["a,b", "Vladimir Putin,Xi Jinping"]


def test_sparqlwrapper_ask_and_construct(server):
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery("ASK { ?x <https://w3id.org/newskg/ontology#met> ?y }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery("CONSTRUCT { ?x <https://w3id.org/newskg/ontology#met> ?y } "
                    "WHERE { ?x <https://w3id.org/newskg/ontology#met> ?y }")
    client.setReturnFormat(TURTLE)
    g = Graph().parse(data=client.queryAndConvert().decode(), format="turtle")
    assert len(g) >= 1 and {str(p) for p in g.predicates()} == {"https://w3id.org/newskg/ontology#met"}


def test_content_negotiation_over_plain_http(server):
    status, headers, body = _get(server, WHO_MET, "text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?a\t?b"
    status, headers, body = _get(server, WHO_MET, "text/html;q=0.9, application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    status, _, body = _get(server, WHO_MET, "*/*")
    assert status == 200 and json.loads(body)["head"]["vars"] == ["a", "b"]
    assert _get(server, WHO_MET, "image/png")[0] == 406
    status, headers, body = _get(server, "DESCRIBE <https://w3id.org/newskg/id/person/xi-jinping>", "application/n-triples")
    assert status == 200 and b"xi-jinping" in body
    status, _, body = _get(server, WHO_MET, "application/json", format="csv")
    assert body.decode().startswith("a,b")
    # POST bodies: form and direct
    status, _, body = _http(f"{server.url}/sparql", urllib.parse.urlencode({"query": WHO_MET}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and b"Xi Jinping" in body
    status, _, body = _http(f"{server.url}/sparql", WHO_MET.encode(),
                            {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and b"Xi Jinping" in body


def test_named_graphs_and_dataset_parameters(server):
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a nkgm:ArticleGraph } }"
    assert _get(server, q, "text/csv")[2].decode().splitlines()[1] == "5"
    status, _, body = _get(server, "SELECT ?g WHERE { GRAPH ?g { ?g a nkgm:ArticleGraph } } LIMIT 1", "text/csv")
    graph = body.decode().splitlines()[1]
    # that one graph as the default graph: only its article
    status, _, body = _get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a a nkg:Article }", "text/csv",
                           **{"default-graph-uri": graph})
    assert status == 200 and body.decode().splitlines()[1] == "1"


def test_read_only(server):
    for data, ctype in ((b"update=DROP%20ALL", "application/x-www-form-urlencoded"),
                        (b"DROP ALL", "application/sparql-update"),
                        (urllib.parse.urlencode({"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode(),
                         "application/x-www-form-urlencoded"),
                        (urllib.parse.urlencode({"query": "LOAD <http://example.org/x.ttl>"}).encode(),
                         "application/x-www-form-urlencoded")):
        status, _, body = _http(f"{server.url}/sparql", data, {"Content-Type": ctype})
        assert status in (400, 403), body
    assert _get(server, "ASK { <urn:a> <urn:b> <urn:c> }", "text/csv")[2].decode().splitlines()[1] == "false"


def test_service_is_refused_and_no_request_leaves(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.0)
    port = listener.getsockname()[1]
    for q in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
              f"SELECT * WHERE {{ SeRvIcE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
              f"SELECT * WHERE {{ # comment\n service\n<http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"):
        status, _, body = _get(server, q)
        assert status == 403 and b"SERVICE" in body
    with pytest.raises(socket.timeout):
        listener.accept()
    listener.close()
    # the word in a string or a variable is fine
    assert _get(server, 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }')[0] == 200


def test_timeout_kills_the_query_and_the_endpoint_recovers(server):
    t = time.monotonic()
    status, _, body = _get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - t < 10
    status, _, body = _get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x>)* ?b }")
    assert status in (200, 503)
    assert _get(server, WHO_MET)[0] == 200


def test_result_cap(server):
    status, headers, body = _get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-Newskg-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    status, headers, body = _get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["X-Newskg-Truncated"] == "true" and body.count(b"\n") == 50
    assert _get(server, WHO_MET)[1]["X-Newskg-Truncated"] == "false"


def test_pages(server):
    status, headers, body = _http(server.url + "/")
    assert status == 200 and b"/sparql" in body and headers["Content-Type"].startswith("text/html")
    status, _, body = _http(server.url + "/graph")
    assert status == 200 and b"vis-network" in body.lower() or b"vis.Network" in body
    assert _http(server.url + "/nothing")[0] == 404


def test_concurrent_clients_all_answered(server):
    """A bounded load: 8 clients, 200 requests; every answer right, none an error."""
    def one(i):
        status, _, body = _get(server, WHO_MET, "text/csv")
        return status, body
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(200)))
    assert all(s == 200 and b.decode().splitlines()[1] == "Vladimir Putin,Xi Jinping" for s, b in answers)


def test_a_new_build_is_served_without_restart(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    out = tmp_path / "out"
    build(seeds[:2], out, Settings())
    running = Running(ServerConfig(store=out / "store", pages=out, port=0))
    try:
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?a a nkg:Article }"
        assert _get(running, count, "text/csv")[2].decode().splitlines()[1] == "2"
        build(seeds[2:], out, Settings(), add=True)
        assert _get(running, count, "text/csv")[2].decode().splitlines()[1] == "5"
    finally:
        running.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_push_to_a_real_oxigraph_server(seed_build, tmp_path, capsys):
    _, out = seed_build
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        endpoint = f"http://127.0.0.1:{port}"
        assert main(["push", "--endpoint", endpoint + "/store", "--out", str(out)]) == 0
        assert main(["push", "--endpoint", endpoint + "/store", "--out", str(out)]) == 0   # PUT: no duplicates

        def remote(q):
            status, _, body = _http(endpoint + "/query", urllib.parse.urlencode({"query": q}).encode(),
                                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
            assert status == 200, body
            return body.decode().splitlines()[1]
        local = Graph().parse(out / "graph.ttl")
        assert int(remote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")) == len(local)
        assert remote("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == "5"
        assert remote("SELECT ?n WHERE { ?p <https://w3id.org/newskg/ontology#met> ?o . "
                      "?p <http://www.w3.org/2000/01/rdf-schema#label> ?n }") == "Vladimir Putin"
        capsys.readouterr()
        assert main(["push", "--endpoint", endpoint + "/nowhere", "--out", str(out)]) == 2
        assert "HTTP 4" in capsys.readouterr().err
    finally:
        proc.terminate()
        proc.wait(10)
