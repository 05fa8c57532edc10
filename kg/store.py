"""The persistent graph store: an on-disk Oxigraph store behind rdflib's API.

Layout of a store at ``out/store`` (or ``--store PATH``):

- the **default graph** is the merged view: resolved entities, merged events, facts with
  their combined confidence and every evidence node. It is exactly what ``graph.ttl`` holds,
  so queries without ``GRAPH`` see the knowledge graph;
- one **named graph per article**, ``res:graph/<content key>``, keyed by a SHA-256 of the
  article's id, title, date and text. It holds the article's description, the facts and
  evidence that come from it (with the merged IRIs), and the extraction record
  (``nkgm:extraction``, see :mod:`kg.record`) with the fingerprint of the extractor that made
  it. A later build reads the record back instead of parsing the text again.

On disk the store is a folder: ``current`` is a symlink to the live *generation*
(``gen-<n>/``, an Oxigraph database) and ``.lock`` keeps two builds from writing at once.
Writes never touch a generation a reader has open: a build writes a new generation in one
transaction, points ``current`` at it with an atomic rename, then deletes older ones. A
build killed at any moment leaves the previous store whole. Other Oxigraph tools can open
``store/current`` directly (``oxigraph serve-read-only --location out/store/current``).
"""
from __future__ import annotations

import fcntl
import gc
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.vocab import NKGM, bind_prefixes

__all__ = ["GraphStore", "StoredRecord", "StoreLocked", "graph_iri", "record_parts"]


class StoreLocked(RuntimeError):
    """Another build is writing this store."""


@dataclass(frozen=True)
class StoredRecord:
    """What the store knows about one article graph."""

    graph: str           # named graph IRI
    key: str             # content key
    article_id: str
    extractor: str       # fingerprint of the extractor that wrote the record
    record: str          # the JSON extraction record


def graph_iri(base_iri: str, key: str) -> URIRef:
    """The named graph of the article with content key ``key``."""
    if not base_iri.endswith(("/", "#")):
        base_iri += "/"
    return URIRef(f"{base_iri}graph/{key}")


_RECORDS = f"""
SELECT ?g ?key ?id ?fp ?rec WHERE {{
  GRAPH ?g {{ ?g <{NKGM.contentKey}> ?key ; <{NKGM.extractor}> ?fp ; <{NKGM.extraction}> ?rec ;
              <{NKGM.article}> ?a . ?a <http://purl.org/dc/terms/identifier> ?id }}
}}"""


#: Oxigraph's parser refuses a single literal over 16 MiB: a long article's record is stored
#: as numbered parts of at most this many characters (4 bytes each at most in UTF-8).
PART_CHARS = 2_000_000


def record_parts(record: str) -> list[str]:
    """The literals that store ``record``: itself when short, else "000000:…", "000001:…" parts.

    >>> record_parts('{"v":1}')
    ['{"v":1}']
    >>> _join_parts(reversed(record_parts("x" * (2 * PART_CHARS + 5)))) == "x" * (2 * PART_CHARS + 5)
    True
    """
    if len(record) <= PART_CHARS:
        return [record]
    return [f"{i:06d}:{record[k:k + PART_CHARS]}" for i, k in enumerate(range(0, len(record), PART_CHARS))]


def _join_parts(parts) -> str:
    parts = list(parts)
    if len(parts) == 1 and not re.match(r"^\d{6}:", parts[0]):
        return parts[0]
    return "".join(p[7:] for p in sorted(parts, key=lambda p: p[:6]))


#: Lines (triples or quads) per bulk load into Oxigraph. Each load sorts its chunk in memory:
#: writing the 472k-triple BBC graph peaked 83 MB above the process with 100k-line chunks and
#: 32 MB with 25k, for 4.3 s instead of 3.7 s.
LOAD_CHUNK = 25_000


def _load_lines(dataset: Dataset, lines: Iterable[str], fmt: str, spool: Path) -> None:
    """Bulk-load N-Triples/N-Quads lines into ``dataset``, LOAD_CHUNK lines at a time, through
    the temporary file ``spool``: the memory a load needs stays that of one chunk."""
    it = iter(lines)
    while True:
        with open(spool, "w", encoding="utf-8") as out:
            n = 0
            for line in it:
                out.write(line)
                n += 1
                if n >= LOAD_CHUNK:
                    break
        if n:
            dataset.parse(source=str(spool), format=fmt, transactional=False)
        if n < LOAD_CHUNK:
            return


class GraphStore:
    """The store at ``path`` (a symlink to its current generation)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.link = self.path / "current"

    def __repr__(self) -> str:
        return f"GraphStore({str(self.path)!r})"

    def exists(self) -> bool:
        return self.link.is_dir()

    def current(self) -> Path:
        """The generation directory the store points at."""
        return self.link.resolve()

    def open_read(self) -> ox.Store:
        """The current generation, opened read-only (safe beside a running build)."""
        if not self.exists():
            raise FileNotFoundError(f"{self.path}: no store here; run 'kg build INPUT' first")
        return ox.Store.read_only(str(self.current()))

    def default_graph(self) -> Graph:
        """The current generation's merged (default) graph as a read-only rdflib graph with our
        prefixes, on the on-disk store: reading it holds no copy of the graph in memory."""
        return bind_prefixes(Graph(store=OxigraphStore(store=self.open_read()), identifier=DATASET_DEFAULT_GRAPH_ID))

    def records(self) -> dict[str, StoredRecord]:
        """Content key -> stored extraction record, for every article graph in the store.

        A long record is stored in numbered parts (see :func:`record_parts`); they are joined
        back here in order.
        """
        if not self.exists():
            return {}
        store = self.open_read()
        heads: dict[str, tuple] = {}
        parts: dict[str, list[str]] = {}
        for sol in store.query(_RECORDS):
            key = sol["key"].value
            heads[key] = (sol["g"].value, key, sol["id"].value, sol["fp"].value)
            parts.setdefault(key, []).append(sol["rec"].value)
        del store
        return {key: StoredRecord(*head, _join_parts(parts[key])) for key, head in heads.items()}

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the store's write lock; raise :class:`StoreLocked` if a build holds it."""
        if self.path.exists() and not self.path.is_dir():
            raise NotADirectoryError(f"{self.path}: exists and is not a store folder")
        self.path.mkdir(parents=True, exist_ok=True)
        lock_path = self.path / ".lock"
        with open(lock_path, "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreLocked(f"{self.path}: another kg build is writing this store") from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _generations(self) -> list[Path]:
        pattern = re.compile(r"^gen-(\d+)$")
        gens = [p for p in self.path.iterdir() if pattern.match(p.name)]
        return sorted(gens, key=lambda p: int(pattern.match(p.name).group(1)))

    def write(self, default: Graph | None, article_graphs: Iterable[tuple[URIRef, Iterable[tuple]]] = (),
              article_nquads: Path | None = None, default_ntriples: Path | None = None) -> Path:
        """Write a new generation holding ``default`` and the article graphs; switch to it.

        ``default_ntriples`` is an N-Triples file of the default graph already written, in
        place of ``default`` (see :func:`kg.rdf.build_graphs`). ``article_graphs`` yields
        (graph IRI, triples); ``article_nquads`` is an N-Quads file of article graphs already
        written. The generation is invisible to readers until the switch, so a build killed
        while writing changes nothing. Returns the new generation's directory. Call it inside :meth:`lock`.
        """
        self.path.mkdir(parents=True, exist_ok=True)
        gens = self._generations()
        number = int(gens[-1].name.split("-")[1]) + 1 if gens else 1
        if self.link.is_dir() and not self.link.is_symlink():
            # "current" is a plain folder (a store copied without its symlink): adopt it
            os.replace(self.link, self.path / f"gen-{number}")
            gens.append(self.path / f"gen-{number}")
            number += 1
        target = self.path / f"gen-{number}"
        dataset = Dataset(store=OxigraphStore(store=ox.Store(str(target))))
        # Through rdflib's parser API with oxrdflib's native formats: converting quad by quad
        # (Dataset.addN) took 37 s for the BBC corpus' 540k quads, this takes about 3 s.
        # Both the merged graph and the article graphs stream through temporary files, so
        # no text of the whole corpus is held in memory.
        # Each bulk load sorts its quads in memory, so they go in chunks of LOAD_CHUNK lines.
        ntriples = self.path / f".default-{os.getpid()}.nt"
        nquads = self.path / f".quads-{os.getpid()}.nq"
        try:
            if default is not None:
                default.serialize(destination=str(ntriples), format="ox-nt")
                with open(ntriples, encoding="utf-8") as fh:
                    _load_lines(dataset, fh, "ox-nt", nquads)
                ntriples.unlink()
            if default_ntriples is not None:
                with open(default_ntriples, encoding="utf-8") as fh:
                    _load_lines(dataset, fh, "ox-nt", nquads)

            from kg.rdf import nt_line   # here: kg.rdf pulls in resolution, which readers of the store never need
            lines = (nt_line(*t, graph=name.n3()) for name, triples in article_graphs for t in triples)
            _load_lines(dataset, lines, "ox-nquads", nquads)
            if article_nquads is not None:
                with open(article_nquads, encoding="utf-8") as fh:
                    _load_lines(dataset, fh, "ox-nquads", nquads)
        finally:
            ntriples.unlink(missing_ok=True)
            nquads.unlink(missing_ok=True)
        # Each bulk load leaves its own sorted files; merging them (RocksDB compaction) costs
        # about 0.5 s at 1,000 articles and makes later reads fast and steady: the Turtle
        # export of 210k triples took 1.1-1.2 s after it, 1.2-2.5 s without it.
        dataset.store._inner.optimize()
        dataset.store._inner.flush()
        del dataset
        gc.collect()                             # release the RocksDB handle before switching

        tmp_link = self.path / f".current-{os.getpid()}"
        if tmp_link.is_symlink() or tmp_link.exists():
            tmp_link.unlink()
        os.symlink(target.name, tmp_link)
        os.replace(tmp_link, self.link)          # the switch: atomic
        for old in gens:                         # incl. generations of a build that was killed
            shutil.rmtree(old)
        return target
