"""Our spaCy components.

``newline_sentences`` runs before the parser: a line break starts a sentence, so a headline
without a full stop does not run into the first paragraph.

``gazetteer_tagger`` runs after the NER and corrects it from the versioned data files:
countries, cities, regions, institutions (with "<Demonym> <Ministry>" patterns) and
demonyms. A gazetteer match replaces the model's entity where they overlap, except inside a
longer PERSON name ("Georgia Smith" keeps its PERSON).
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import load_gazetteer

__all__ = ["GazetteerTagger", "newline_sentences", "repair_parse"]

#: spaCy entity label for each gazetteer kind.
#: Small words a proper name may contain ("Bank of England", "Union of Democratic Forces").
_NAME_GLUE = frozenset({"of", "and", "the", "for", "de", "du", "la"})
_LABELS = {"country": "GPE", "place": "GPE", "institution": "ORG", "demonym": "NORP"}
_MINISTRY_WORDS = ["foreign", "defence", "defense", "interior", "finance", "justice", "health",
                   "economy", "trade", "education", "emergencies", "emergency", "energy", "culture"]
_BODY_WORDS = ["ministry", "embassy", "parliament", "army", "navy", "government", "foreign office",
               "central bank", "armed forces", "air force", "security service", "state media"]


@Language.component("newskg_repair_parse")
def repair_parse(doc: Doc) -> Doc:
    """Mend parses the rules cannot read around (:mod:`kg.nlp.repair`)."""
    from kg.nlp.repair import repair_amod_verbs, repair_second_subjects
    return repair_second_subjects(repair_amod_verbs(doc))


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            token.is_sent_start = True
    return doc


class GazetteerTagger:
    """Correct the NER with gazetteer matches (see the module docstring)."""

    def __init__(self, nlp: Language, data_dir: Path):
        gaz = load_gazetteer(Path(data_dir))
        self.gaz = gaz
        self.phrases = PhraseMatcher(nlp.vocab)
        for key, surfaces in gaz.surface_forms.items():
            kind = key.split("\t", 1)[0]
            docs = [nlp.make_doc(s) for s in surfaces]
            docs += [nlp.make_doc(s.upper()) for s in surfaces if kind == "country" and len(s) > 3]
            self.phrases.add(_LABELS[kind], docs)
        demonyms = sorted({d.casefold() for k, v in gaz.surface_forms.items() if k.startswith("demonym")
                           for d in v if " " not in d})
        self.patterns = Matcher(nlp.vocab)
        self.patterns.add("ORG", [
            [{"LOWER": {"IN": demonyms}, "IS_TITLE": True}, {"LOWER": {"IN": _MINISTRY_WORDS}, "OP": "?"},
             {"LOWER": {"IN": ["ministry", "ministries"]}}],
            [{"LOWER": {"IN": demonyms}, "IS_TITLE": True}, {"LOWER": "ministry"}, {"LOWER": "of"},
             {"IS_TITLE": True}, {"LOWER": "and", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}],
            *[[{"LOWER": {"IN": demonyms}, "IS_TITLE": True}, *[{"LOWER": w} for w in body.split()]]
              for body in _BODY_WORDS if body != "ministry"],
        ])

    def _known_rest(self, ent: Span, span: Span) -> bool:
        """Whether the words of ``ent`` outside ``span`` are themselves a known name (the model
        ran two names together: "Russia Ukraine"), so the match should split them."""
        rest = [t.text for t in ent if not (span.start <= t.i < span.end) and not t.is_punct
                and t.lower_ not in _NAME_GLUE]
        return bool(rest) and self.gaz.lookup(" ".join(rest)) is not None

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label=m) for m, s, e in self.phrases(doc, as_spans=False)]
        found += [Span(doc, s, e, label="ORG") for _, s, e in self.patterns(doc)]
        # a matched word inside a title-cased run of names ("Georgia Smith") stays in its PERSON
        kept = []
        for span in filter_spans(found):
            clash = [e for e in doc.ents if e.start < span.end and span.start < e.end]
            if any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                   and e.start != span.start for e in clash):
                continue
            # a known name inside a longer proper name stays inside it: "Progressive
            # Conservative Party" is not the "Conservative Party"
            if any(e.label_ == "ORG" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                   and all(t.text[:1].isupper() or t.is_punct or t.lower_ in _NAME_GLUE for t in e)
                   and not self._known_rest(e, span) for e in clash):
                continue
            kept.append(span)
        if not kept:
            return doc
        taken = set()
        for span in kept:
            taken.update(range(span.start, span.end))
        ents = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(ents + kept)
        return doc


@Language.factory("gazetteer_tagger", default_config={"data_dir": None})
def make_gazetteer_tagger(nlp: Language, name: str, data_dir: str | None) -> GazetteerTagger:
    """Factory: turn config into a :class:`GazetteerTagger`."""
    from kg.config import DATA_DIR
    return GazetteerTagger(nlp, Path(data_dir) if data_dir else DATA_DIR)


@Language.factory("newskg_token_attributes")
def make_token_attributes(nlp: Language, name: str):
    """Factory: the pipeline's attribute ruler and lemmatizer, memoised
    (:class:`kg.nlp.attributes.TokenAttributes`)."""
    from kg.nlp.attributes import TokenAttributes
    return TokenAttributes(nlp, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


@Language.factory("newskg_selective_parse", default_config={"data_dir": None, "batch_size": 16})
def make_selective_parse(nlp: Language, name: str, data_dir: str | None, batch_size: int):
    """Factory: the parse components of ``nlp`` (disabled in its pipeline), run on candidate
    sentences only (:class:`kg.nlp.selective.SelectiveParser`)."""
    from kg.config import DATA_DIR
    from kg.nlp.attributes import TokenAttributes, ruler_pair
    from kg.nlp.selective import PARSE_COMPONENTS, SelectiveParser

    gaz = load_gazetteer(Path(data_dir) if data_dir else DATA_DIR)
    components = [(n, proc) for n, proc in nlp.components if n in PARSE_COMPONENTS]
    i = ruler_pair(components)
    if i is not None:
        memo = TokenAttributes(nlp, components[i][1], components[i + 1][1])
        if memo.enabled:
            components[i:i + 2] = [("newskg_token_attributes", memo)]
    return SelectiveParser(nlp, components, [t.lemma for t in gaz.triggers], batch_size)
