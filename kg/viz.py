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
from pyvis.network import Network

from kg.fsutil import atomic_text

__all__ = ["write_page", "COLORS"]

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
    """vis-network nodes and edges (plain dicts) for the projection ``g``."""
    net = Network(directed=True, cdn_resources="in_line")
    top = max((d.get("pagerank", 0.0) for _, d in g.nodes(data=True)), default=0.0) or 1.0
    for node, d in g.nodes(data=True):
        kind = "Event" if d.get("event") else d["type"]
        shown = d["label"]
        if kind == "Event" and len(shown) > 48:   # the canvas gets a short label, the panel the full one
            shown = shown.split(": \u201c")[0][:47] + "\u2026"
        net.add_node(node, label=shown, full=d["label"], group=kind if kind in COLORS else "Event",
                     size=10 + 30 * (d.get("pagerank", 0.0) / top) ** 0.5,
                     kind=d["type"], pagerank=round(d.get("pagerank", 0.0), 5), alt=sorted(d.get("alt", [])))
    for s, o, d in g.edges(data=True):
        net.add_edge(s, o, label=d["predicate"], tooltip=_tooltip(d), evidence=d["evidence"][:20],
                     confidence=round(d["confidence"], 3), sources=int(d.get("sources", 1)),
                     width=min(8.0, 1 + 1.5 * math.log2(1 + d.get("sources", 1))), arrows="to")
    nodes, edges, *_ = net.get_network_data()
    return nodes, edges


def render_page(g: nx.MultiDiGraph, title: str) -> str:
    """The page's HTML."""
    nodes, edges = network_data(g)
    js, css = _vis_assets()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True)
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["group"]] = counts.get(n["group"], 0) + 1
    legend = [{"type": k, "color": c, "count": counts.get(k, 0)} for k, c in COLORS.items()]
    groups = {k: {"color": {"background": c, "border": c, "highlight": {"background": c, "border": "#222222"},
                            "hover": {"background": c, "border": "#222222"}},
                  "shape": "diamond" if k == "Event" else "dot"} for k, c in COLORS.items()}
    return env.get_template("graph.html.j2").render(
        title=title, nodes=nodes, edges=edges, legend=legend, groups=groups, vis_js=js, vis_css=css,
        physics=len(nodes) <= 2000,
    )


def write_page(g: nx.MultiDiGraph, path: Path, title: str = "newskg") -> None:
    """Write the page atomically."""
    atomic_text(path, render_page(g, title))
