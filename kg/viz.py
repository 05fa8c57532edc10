"""networkx -> the offline graph page (``graph.html``). Styling lives here only.

pyvis assembles the vis-network data; the page is rendered with our own template
(``templates/graph.html.j2``): vis-network's JavaScript and CSS are inlined, nothing is
loaded from a network, and every string from an article reaches the page as JSON data
(``tojson`` escapes ``<``, ``>``, ``&``, ``'``) that the page shows with ``textContent``,
never as markup. pyvis's own template links Bootstrap from a CDN and switches to a
raw-HTML popup when a tooltip contains "href"; we use neither.
"""
from __future__ import annotations

import math
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.edge import Edge
from pyvis.node import Node

from kg.fsutil import atomic_text, atomic_write

__all__ = ["write_page", "write_index", "render_page", "network_data", "layout", "COLORS", "NODE_BUDGET", "PHYSICS_LIMIT"]

#: Nodes drawn at first; above it the page opens on the top nodes by PageRank and the user
#: expands neighbourhoods on demand.
NODE_BUDGET = 2000
#: Up to this many nodes the browser lays the graph out (physics, then frozen); above it the
#: layout is computed here, once, and the page opens with physics off.
PHYSICS_LIMIT = 800

#: Node colour by type (events share one colour and a diamond shape).
COLORS = {
    "Person": "#e15759", "Country": "#4e79a7", "Institution": "#59a14f", "Place": "#f28e2b",
    "Event": "#b07aa1",
}
_TEMPLATES = Path(__file__).parent / "templates"


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network assets contain a closing tag and cannot be inlined safely")
    return js, css


def _tooltip(data: dict) -> str:
    lines = [f"{data['predicate']}  (confidence {data['confidence']:.2f})"]
    for sentence, title in data["evidence"][:5]:
        lines.append(f"\u201c{sentence}\u201d\n    \u2014 {title}")
    if len(data["evidence"]) > 5:
        lines.append(f"\u2026 and {len(data['evidence']) - 5} more")
    return "\n".join(lines)


def network_data(g: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """vis-network nodes and edges (plain dicts) for the projection ``g``.

    Made with pyvis' ``Node`` and ``Edge``, as ``Network.add_node``/``add_edge`` make them,
    without those methods' checks: each scans every node added before it (quadratic: 0.9 s at
    8k nodes), and a networkx graph already has unique nodes and edges between its nodes.
    """
    top = max((d.get("pagerank", 0.0) for _, d in g.nodes(data=True)), default=0.0) or 1.0
    nodes = []
    for node, d in g.nodes(data=True):
        kind = "Event" if d.get("event") else d["type"]
        shown = d["label"]
        if kind == "Event" and len(shown) > 48:   # the canvas gets a short label, the panel the full one
            shown = shown.split(": \u201c")[0][:47] + "\u2026"
        nodes.append(Node(node, "dot", label=shown or node, full=d["label"],
                          group=kind if kind in COLORS else "Event",
                          size=10 + 30 * (d.get("pagerank", 0.0) / top) ** 0.5, kind=d["type"],
                          pagerank=round(d.get("pagerank", 0.0), 5), alt=sorted(d.get("alt", []))).options)
    edges = [Edge(s, o, True, label=d["predicate"], tooltip=_tooltip(d), evidence=d["evidence"][:20],
                  confidence=round(d["confidence"], 3), sources=int(d.get("sources", 1)),
                  width=min(8.0, 1 + 1.5 * math.log2(1 + d.get("sources", 1))), arrows="to").options
             for s, o, d in g.edges(data=True)]
    return nodes, edges


def _top_actors(tables: dict, per_type: int) -> list[dict]:
    """The node rows of the top ``per_type`` people, countries, institutions and places by PageRank."""
    return [r for r in tables.get("nodes", []) if r.get("type") in ("Person", "Country", "Institution", "Place")
            and r.get("rank_in_type", 99) <= per_type]


def layout(g: nx.MultiDiGraph, community: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Positions for large graphs, in linear time: each community is a disc (its top node by
    PageRank in the middle, the others on a golden-angle spiral), and the discs lie on a
    larger spiral, biggest first. Deterministic; force layouts cost minutes at 10k nodes."""
    groups: dict[int, list[str]] = {}
    for n in g.nodes:
        groups.setdefault(community.get(n, -1), []).append(n)
    order = sorted(groups.values(), key=lambda ns: (-len(ns), min(ns)))
    golden = math.pi * (3 - math.sqrt(5))
    pos: dict[str, tuple[float, float]] = {}
    spacing = 28.0
    ring = 0.0
    for k, members in enumerate(order):
        members.sort(key=lambda n: (-g.nodes[n].get("pagerank", 0.0), n))
        radius = spacing * math.sqrt(len(members)) + 40
        # place disc k on an outward spiral, far enough from the discs before it
        ring = ring + radius if k else 0.0
        cx, cy = ring * math.cos(k * golden), ring * math.sin(k * golden)
        ring += radius
        for i, n in enumerate(members):
            r = spacing * math.sqrt(i)
            pos[n] = (round(cx + r * math.cos(i * golden), 1), round(cy + r * math.sin(i * golden), 1))
    return pos


def render_page(g: nx.MultiDiGraph, title: str, tables: dict | None = None, budget: int = NODE_BUDGET) -> str:
    """The page's HTML. ``tables`` are the analytics tables (timeline, communities, nodes)
    shown around the graph; ``budget`` caps the nodes drawn at first."""
    return "".join(_page_chunks(g, title, tables, budget))


def _page_chunks(g: nx.MultiDiGraph, title: str, tables: dict | None, budget: int):
    """The page's HTML in pieces as the template produces them, so that a large page is
    written without ever being one string in memory."""
    nodes, edges = network_data(g)
    tables = tables or {}
    rows = {r["id"]: r for r in tables.get("nodes", [])}
    dates = {r["id"]: r.get("date", "") for r in tables.get("timeline", [])}
    ranked = sorted(nodes, key=lambda n: (-n.get("pagerank", 0.0), n["id"]))
    shown = {n["id"] for n in ranked[:budget]}
    for n in nodes:
        n["shown"] = n["id"] in shown
        if n["id"] in dates and dates[n["id"]]:
            n["date"] = dates[n["id"]]
        if n["id"] in rows:
            n["community"] = rows[n["id"]].get("community", -1)
    precomputed = len(shown) > PHYSICS_LIMIT
    if precomputed:
        pos = layout(g, {n["id"]: n.get("community", -1) for n in nodes})
        for n in nodes:
            n["x"], n["y"] = pos[n["id"]]
    summary = {"entities": sum(1 for n in nodes if n["group"] != "Event"),
               "events": sum(1 for n in nodes if n["group"] == "Event"), "facts": len(edges),
               "articles": len({t for e in edges for _, t in e.get("evidence", [])})}
    top = [{k: r.get(k) for k in ("id", "label", "type", "pagerank", "degree", "community")}
           for r in _top_actors(tables, 10)]
    extra = {"timeline": tables.get("timeline", []), "communities": tables.get("communities", [])[:30],
             "top": top, "summary": summary}
    js, css = _vis_assets()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["group"]] = counts.get(n["group"], 0) + 1
    legend = [{"type": k, "color": c, "count": counts.get(k, 0)} for k, c in COLORS.items()]
    groups = {k: {"color": {"background": c, "border": c, "highlight": {"background": c, "border": "#222222"},
                            "hover": {"background": c, "border": "#222222"}},
                  "shape": "diamond" if k == "Event" else "dot"} for k, c in COLORS.items()}
    predicates = sorted({e["label"] for e in edges})
    return env.get_template("graph.html.j2").generate(
        title=title, nodes=nodes, edges=edges, legend=legend, groups=groups, vis_js=js, vis_css=css,
        physics=not precomputed, predicates=predicates, extra=extra, budget=budget,
        shown=len(shown),
    )


def write_page(g: nx.MultiDiGraph, path: Path, title: str = "newskg", tables: dict | None = None,
               budget: int = NODE_BUDGET) -> None:
    """Write the page atomically, piece by piece."""
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            for chunk in _page_chunks(g, title, tables, budget):
                fh.write(chunk)
    atomic_write(path, write)


def write_index(path: Path, title: str, report_counts: dict, tables: dict) -> None:
    """Write ``index.html``: the build's figures, top actors, timeline, communities and links.
    Static and escaped (Jinja autoescape); no script at all."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    top = _top_actors(tables, 5)
    html = env.get_template("index.html.j2").render(
        title=title, summary=report_counts, top=top, timeline=tables.get("timeline", [])[:200],
        communities=tables.get("communities", [])[:30])
    atomic_text(path, html)
