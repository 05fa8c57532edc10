"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store, plus the pages.

Routes:

- ``/sparql``: GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query``;
  optional ``default-graph-uri`` / ``named-graph-uri``. Results are negotiated on
  ``Accept``: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK; Turtle (default),
  N-Triples, N-Quads, TriG, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE.
- ``/``: a small query page; ``/graph``: the graph page of the build (``graph.html``).

Safety, in this order:

1. **read-only**: the store is opened read-only, updates (``update=``, INSERT, LOAD, …) are
   refused with 403, and the query form only accepts queries;
2. **no outgoing requests**: a query using ``SERVICE`` is refused with 403 before it runs
   (Oxigraph would otherwise fetch the URL);
3. **bounded work**: each query runs in a worker process. When it takes longer than the
   timeout the worker is killed and replaced (503); a result longer than the row cap is cut
   and marked with ``X-Newskg-Truncated: true``;
4. **loopback by default**: the server binds 127.0.0.1 unless ``--host`` says otherwise.

A new build switches the store to a new generation; the server notices on the next request
and restarts its workers on it.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

__all__ = ["ServerConfig", "make_server", "serve", "refusal"]

MAX_BODY = 1 << 20        # bytes of query text accepted

_RDF_TYPES = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/n-quads": "N_QUADS",
    "application/trig": "TRIG", "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
    "text/plain": "N_TRIPLES",
}


@dataclass(frozen=True)
class ServerConfig:
    """What ``kg serve`` serves and its limits."""

    store: Path                      # the store folder (``out/store``)
    pages: Path | None = None        # folder holding graph.html (``out/``)
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0            # seconds per query
    max_rows: int = 10_000           # rows (or triples) per answer
    workers: int = 2                 # query processes


# --- what may run ----------------------------------------------------------------------

_STRIP = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|\#[^\n]*''')
_UPDATE = re.compile(r"(?<![\w?$:])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)(?![\w:-])", re.I)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.I)


def refusal(query: str) -> str | None:
    """Why the endpoint refuses ``query`` (a SERVICE call or an update), or None.

    Strings, IRIs and comments are blanked first, so a label that says "service" is fine.

    >>> refusal('SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }')
    'SERVICE (federated queries) is disabled on this endpoint'
    >>> refusal('SELECT ?service WHERE { ?service rdfs:label "SERVICE" }') is None
    True
    >>> refusal('LOAD <http://example.org/x.ttl>')
    'this endpoint is read-only: LOAD is not allowed'
    """
    code = _STRIP.sub(" ", query)
    if _SERVICE.search(code):
        return "SERVICE (federated queries) is disabled on this endpoint"
    m = _UPDATE.search(code)
    if m and not re.search(r"(?<![\w?$:])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", code[:m.start()], re.I):
        return f"this endpoint is read-only: {m.group(1).upper()} is not allowed"
    return None


# --- content negotiation ---------------------------------------------------------------

def _accepts(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, order kept on ties)."""
    items = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            items.append((-q, i, fields[0].lower()))
    return [t for _, _, t in sorted(items)]


def _choose(header: str | None, offered: list[str]) -> str | None:
    for want in _accepts(header):
        if want in ("*/*", "application/*", "text/*"):
            prefix = want.split("/")[0]
            match = next((o for o in offered if prefix == "*" or o.startswith(prefix + "/")), None)
            if match:
                return match
        elif want in offered:
            return want
    return None


# --- the worker processes --------------------------------------------------------------

def _worker_main(store_path: str, conn) -> None:
    """Answer queries from ``conn`` until it closes: (status, headers, body) per request."""
    import pyoxigraph as ox

    from kg.query import with_prefixes
    from kg.results import SELECT_TYPES, write_boolean, write_select

    store = ox.Store.read_only(store_path)
    while True:
        try:
            req = conn.recv()
        except EOFError:
            return
        try:
            kwargs = {}
            if req["default"]:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in req["default"]]
            if req["named"]:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["named"]]
            result = store.query(with_prefixes(req["query"]), **kwargs)
            cap = req["max_rows"]
            if isinstance(result, ox.QuerySolutions):
                offered = list(SELECT_TYPES)
                media = _choose(req["accept"], offered)
                if media is None:
                    conn.send((406, {}, f"cannot give SELECT results as {req['accept']}; offered: "
                                        f"{', '.join(offered)}".encode()))
                    continue
                names = [v.value for v in result.variables]
                rows, truncated = [], False
                for sol in result:
                    if len(rows) == cap:
                        truncated = True
                        break
                    rows.append([sol[n] for n in names])
                body = write_select(names, rows, SELECT_TYPES[media])
                conn.send((200, {"Content-Type": media + "; charset=utf-8",
                                 "X-Newskg-Truncated": "true" if truncated else "false"}, body))
            elif isinstance(result, ox.QueryBoolean):
                media = _choose(req["accept"], list(SELECT_TYPES))
                if media is None:
                    conn.send((406, {}, b"cannot give an ASK answer in the requested type"))
                    continue
                conn.send((200, {"Content-Type": media + "; charset=utf-8"},
                           write_boolean(bool(result), SELECT_TYPES[media])))
            else:
                media = _choose(req["accept"], list(_RDF_TYPES))
                if media is None:
                    conn.send((406, {}, f"cannot give triples as {req['accept']}; offered: "
                                        f"{', '.join(_RDF_TYPES)}".encode()))
                    continue
                triples, truncated = [], False
                for t in result:
                    if len(triples) == cap:
                        truncated = True
                        break
                    triples.append(t)
                fmt = getattr(ox.RdfFormat, _RDF_TYPES[media])
                body = ox.serialize(triples, format=fmt) or b""
                conn.send((200, {"Content-Type": media + "; charset=utf-8",
                                 "X-Newskg-Truncated": "true" if truncated else "false"}, body))
        except SyntaxError as exc:
            conn.send((400, {}, f"SPARQL syntax error: {exc}".encode()))
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            conn.send((400, {}, f"query failed: {exc}".encode()))


class _Worker:
    def __init__(self, ctx, store_path: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(store_path, child), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes on the current store generation; a stuck one is killed and replaced."""

    def __init__(self, config: ServerConfig):
        from kg.store import GraphStore

        self.config = config
        self.gstore = GraphStore(config.store)
        self.ctx = mp.get_context("spawn")
        self.lock = threading.Lock()
        self.generation: Path | None = None
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: list[_Worker] = []
        self._refresh()

    def _refresh(self) -> None:
        """Start workers on the store's current generation if it changed."""
        current = self.gstore.current()
        with self.lock:
            if current == self.generation:
                return
            for w in self.all:
                w.kill()
            self.all = [_Worker(self.ctx, str(current)) for _ in range(self.config.workers)]
            self.idle = queue.Queue()
            for w in self.all:
                self.idle.put(w)
            self.generation = current

    def run(self, request: dict) -> tuple[int, dict, bytes]:
        if not self.gstore.exists():
            return 503, {}, b"no store: run kg build first"
        self._refresh()
        idle = self.idle
        deadline = time.monotonic() + self.config.timeout
        try:
            worker = idle.get(timeout=self.config.timeout)
        except queue.Empty:
            return 503, {"Retry-After": "1"}, b"all query workers are busy; try again"
        try:
            worker.conn.send(request)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        # timed out (or the worker died): replace it
        worker.kill()
        with self.lock:
            if worker in self.all and idle is self.idle:
                self.all.remove(worker)
                fresh = _Worker(self.ctx, str(self.generation))
                self.all.append(fresh)
                idle.put(fresh)
        return 503, {}, f"query timed out after {self.config.timeout:g} s (the limit of this endpoint)".encode()

    def close(self) -> None:
        with self.lock:
            for w in self.all:
                w.kill()
            self.all = []


# --- HTTP ------------------------------------------------------------------------------

_QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg SPARQL</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'">
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}textarea{width:100%;height:12em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
#status{color:#555;margin-left:1em}</style></head>
<body><h1>newskg SPARQL endpoint</h1>
<p>Read-only. Prefixes nkg, res, rdf, rdfs, skos, owl, xsd, dcterms, prov and schema are predeclared.
Endpoint: <code>/sparql</code>. <a href="/graph">The graph page</a>.</p>
<textarea id="q">SELECT ?person ?country WHERE {
  ?p nkg:leaderOf ?c . ?p rdfs:label ?person . ?c rdfs:label ?country .
} LIMIT 50</textarea>
<p><button id="run">Run</button><span id="status"></span></p><div id="out"></div>
<script>
document.getElementById('run').addEventListener('click', async () => {
  const status = document.getElementById('status'), out = document.getElementById('out');
  status.textContent = 'running\\u2026'; out.replaceChildren();
  const resp = await fetch('/sparql', {method: 'POST', headers: {'Content-Type': 'application/sparql-query',
    'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}, body: document.getElementById('q').value});
  const text = await resp.text();
  if (!resp.ok) { status.textContent = resp.status + ': ' + text; return; }
  if (!(resp.headers.get('Content-Type') || '').includes('json')) {
    const pre = document.createElement('pre'); pre.textContent = text; out.append(pre); status.textContent = ''; return; }
  const data = JSON.parse(text);
  if ('boolean' in data) { status.textContent = String(data.boolean); return; }
  const table = document.createElement('table'), head = table.insertRow();
  for (const v of data.head.vars) { const th = document.createElement('th'); th.textContent = v; head.append(th); }
  for (const b of data.results.bindings) { const tr = table.insertRow();
    for (const v of data.head.vars) tr.insertCell().textContent = b[v] ? b[v].value : ''; }
  out.append(table);
  status.textContent = data.results.bindings.length + ' row(s)' +
    (resp.headers.get('X-Newskg-Truncated') === 'true' ? ' (cut at the row limit)' : '');
});
</script></body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    server_version = "newskg"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):          # quiet unless asked
        if self.server.verbose:
            super().log_message(fmt, *args)

    def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        headers["Content-Length"] = str(len(body))
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Vary"] = "Accept"
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, _QUERY_PAGE.encode(), {"Content-Type": "text/html; charset=utf-8"})
        if url.path in ("/graph", "/graph.html"):
            page = self.server.config.pages / "graph.html" if self.server.config.pages else None
            if page is None or not page.is_file():
                return self._send(404, b"no graph page: run kg build first")
            return self._send(200, page.read_bytes(), {"Content-Type": "text/html; charset=utf-8"})
        if url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self._send(403, b"this endpoint is read-only: updates are not allowed")
            if "query" not in params:
                return self._send(400, b"missing query parameter: /sparql?query=...")
            return self._sparql(params["query"][0], params)
        return self._send(404, b"not found; try / or /sparql")

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(404, b"not found; POST queries to /sparql")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._send(400, b"bad Content-Length")
        if length > MAX_BODY:
            return self._send(413, f"query longer than {MAX_BODY} bytes".encode())
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._send(403, b"this endpoint is read-only: updates are not allowed")
        if ctype == "application/sparql-query":
            return self._sparql(body, params)
        if ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return self._send(403, b"this endpoint is read-only: updates are not allowed")
            if "query" not in form:
                return self._send(400, b"missing query parameter")
            for k, v in form.items():
                params.setdefault(k, v)
            return self._sparql(form["query"][0], params)
        return self._send(415, f"unsupported Content-Type {ctype!r}".encode())

    def _sparql(self, query: str, params: dict) -> None:
        why = refusal(query)
        if why:
            return self._send(403, why.encode())
        accept = self.headers.get("Accept")
        fmt = (params.get("format") or [None])[0]
        if fmt:                                  # ?format=json|xml|csv|tsv|turtle, as many endpoints allow
            accept = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                      "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle"}.get(fmt, accept)
        status, headers, body = self.server.pool.run({
            "query": query, "accept": accept, "max_rows": self.server.config.max_rows,
            "default": params.get("default-graph-uri", []), "named": params.get("named-graph-uri", []),
        })
        self._send(status, body, headers)


def make_server(config: ServerConfig, verbose: bool = False) -> ThreadingHTTPServer:
    """A bound, not yet serving, HTTP server (port 0 picks a free port)."""
    pool = QueryPool(config)
    try:
        httpd = ThreadingHTTPServer((config.host, config.port), _Handler)
    except OSError:
        pool.close()
        raise
    httpd.daemon_threads = True
    httpd.config = config
    httpd.pool = pool
    httpd.verbose = verbose
    return httpd


def serve(config: ServerConfig, verbose: bool = False) -> None:
    """Serve until interrupted."""
    httpd = make_server(config, verbose)
    host, port = httpd.server_address[:2]
    print(f"newskg SPARQL endpoint: http://{host}:{port}/sparql  (query page http://{host}:{port}/)",
          file=sys.stderr)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        httpd.pool.close()
