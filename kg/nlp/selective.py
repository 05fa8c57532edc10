"""Selective parsing: NER and sentence boundaries everywhere, the parser only where a fact can be.

Most news sentences cannot yield a fact: they name at most one thing and hold no trigger word.
In ``en_core_web_sm`` the NER and the ``senter`` have their own small tok2vec layers, while the
tagger and the parser share the big one; so running NER + senter over every sentence and
tok2vec + tagger + parser (+ attribute ruler, lemmatizer) only over *candidate* sentences saves
most of the parse.

A sentence is a candidate when it has two or more named-entity mentions, or one together with a
trigger word of the lexicon, a quotation mark or a personal pronoun (coreference and quotes need
the parse too). Other sentences get a flat tree (the first token is the root, every other token
hangs from it with the label ``dep``), which no rule reads as an argument, and ``PROPN`` for the
capitalised words of their entities so that their mentions survive.

Enable it with ``Settings(parse="selective")`` / ``kg build --parse selective``; the default
(``full``) parses everything.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.symbols import PROPN, X
from spacy.tokens import Doc, Span
from spacy.util import minibatch

__all__ = ["PARSE_COMPONENTS", "SelectiveParser", "candidate"]

#: Components that need the shared tok2vec (or the tags it gives) and run only on candidates.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_ENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
#: Common irregular forms of trigger verbs (the lexicon holds lemmas, and there are no lemmas yet).
_IRREGULAR = {"met": "meet", "held": "hold", "flew": "fly", "flown": "fly", "sent": "send", "led": "lead",
              "ran": "run", "won": "win", "lost": "lose", "struck": "strike", "born": "bear",
              "came": "come", "grew": "grow", "grown": "grow", "said": "say", "told": "tell",
              "spoke": "speak", "gave": "give", "given": "give", "brought": "bring", "made": "make"}


def _forms(lemmas) -> frozenset[str]:
    """Surface forms a lemma can take in news text: "meet" -> meets, meeting, ...; "agree" -> agreed."""
    out = set()
    for lemma in lemmas:
        w = lemma.split()[-1].lower()
        stem = w[:-1] if w.endswith("e") else w
        out |= {w, w + "s", w + "es", w + "d", w + "ed", stem + "ed", stem + "ing", w + "ing",
                w[:-1] + "ies" if w.endswith("y") else w, w[:-1] + "ied" if w.endswith("y") else w,
                w + w[-1] + "ed", w + w[-1] + "ing"}
    out |= {form for form, lemma in _IRREGULAR.items() if lemma in {x.split()[-1] for x in lemmas}}
    return frozenset(out)


def candidate(sent: Span, triggers: frozenset[str]) -> bool:
    """Whether a sentence can yield a fact, so needs the parse."""
    ents = sum(1 for e in sent.ents if e.label_ in _ENT_LABELS)
    if ents >= 2:
        return True
    if ents == 0:
        return False
    return any(t.lower_ in triggers or t.lower_ in _PRONOUNS or t.text in _QUOTES for t in sent)


class SelectiveParser:
    """Run the parse components on candidate sentences only and write the result into the Doc."""

    def __init__(self, nlp: Language, components: list[tuple[str, object]], trigger_lemmas,
                 batch_size: int = 64):
        self.vocab = nlp.vocab
        self.components = components
        self.triggers = _forms(trigger_lemmas) | _forms(["say", "tell", "add", "warn", "accuse"])
        self.batch_size = batch_size
        self.stats = {"sentences": 0, "parsed": 0, "tokens": 0, "parsed_tokens": 0}

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int | None = None):
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            yield from self._process(list(batch))

    def _process(self, docs: list[Doc]) -> list[Doc]:
        wanted = []          # (doc index, sentence span)
        for k, doc in enumerate(docs):
            for sent in doc.sents:
                self.stats["sentences"] += 1
                self.stats["tokens"] += len(sent)
                if candidate(sent, self.triggers):
                    wanted.append((k, sent))
                    self.stats["parsed"] += 1
                    self.stats["parsed_tokens"] += len(sent)
        small = [sent.as_doc() for _, sent in wanted]
        for _, proc in self.components:
            small = list(proc.pipe(small)) if hasattr(proc, "pipe") else [proc(d) for d in small]
        by_doc: dict[int, list[tuple[Span, Doc]]] = {}
        for (k, sent), parsed in zip(wanted, small):
            by_doc.setdefault(k, []).append((sent, parsed))
        for k, doc in enumerate(docs):
            self._write(doc, by_doc.get(k, []))
        return docs

    def _write(self, doc: Doc, parsed: list[tuple[Span, Doc]]) -> None:
        """Tags, lemmas and trees of the parsed sentences, a flat tree for the others."""
        attrs = [TAG, POS, LEMMA, HEAD, DEP]
        arr = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
        strings = self.vocab.strings
        dep_label, root_label = strings.add("dep"), strings.add("ROOT")
        done = set()
        for sent, small in parsed:
            arr[sent.start:sent.end] = small.to_array(attrs)
            done.update(range(sent.start, sent.end))
        in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
        for sent in list(doc.sents):
            if sent.start in done:
                continue
            for t in sent:
                arr[t.i, 0] = 0
                arr[t.i, 1] = PROPN if t.i in in_ent and t.text[:1].isupper() else X
                arr[t.i, 2] = strings.add(t.lower_)
                arr[t.i, 3] = numpy.uint64(numpy.int64(sent.start - t.i).astype("uint64")) if t.i != sent.start else 0
                arr[t.i, 4] = dep_label if t.i != sent.start else root_label
        ents = list(doc.ents)
        doc.from_array(attrs, arr)
        doc.ents = ents
