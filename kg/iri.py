"""The only place IRIs are minted.

Entity IRIs are readable slugs under the configured base (``res:person/vladimir-putin``).
Two labels that would share a slug ("US" / "U.S." never reach here, but "Ann-Smith" and
"Ann Smith" could) get distinct IRIs: the minter hands out slugs in sorted label order and
adds a short hash of the exact label to every later claimant, so minting is deterministic
and collision-free. :meth:`IriMinter.label_of` inverts the mapping exactly.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

__all__ = ["IriMinter", "slug"]


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; empty if nothing survives.

    >>> slug("Xi Jinping")
    'xi-jinping'
    >>> slug("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


class IriMinter:
    """Mints IRIs for entities, events, articles and evidence under one base IRI."""

    def __init__(self, base: str):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self._entities: dict[tuple[str, str], URIRef] = {}
        self._taken: dict[str, tuple[str, str]] = {}

    def register(self, keys) -> None:
        """Mint IRIs for many (kind, label) keys at once, in sorted order (deterministic)."""
        for key in sorted(set(keys)):
            self.entity(key)

    def entity(self, key: tuple[str, str]) -> URIRef:
        """IRI of an entity (kind, label)."""
        if key in self._entities:
            return self._entities[key]
        kind, label = key
        local = slug(label) or _hash(label)
        path = f"{kind}/{local}"
        if path in self._taken:
            path = f"{kind}/{local}-{_hash(label)}"
        self._taken[path] = key
        iri = URIRef(self.base + path)
        self._entities[key] = iri
        return iri

    def label_of(self, iri: URIRef) -> tuple[str, str] | None:
        """The (kind, label) an entity IRI was minted for."""
        return self._taken.get(str(iri)[len(self.base):])

    def event(self, key: str) -> URIRef:
        return URIRef(f"{self.base}event/{quote(key, safe='-._~')}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{quote(article_id, safe='-._~')}")

    def fact(self, s: URIRef, p: URIRef, o: object) -> URIRef:
        """The summary node of one fact (subject, predicate, object)."""
        return URIRef(f"{self.base}fact/{_hash('|'.join(map(str, (s, p, o))), 16)}")

    def evidence(self, *parts: object) -> URIRef:
        return URIRef(f"{self.base}evidence/{_hash('|'.join(map(str, parts)), 16)}")
