"""The attribute ruler and the lemmatizer, memoised per kind of token.

In ``en_core_web_sm`` the ``attribute_ruler`` (tag -> part of speech and morphology, a few
exceptions) and the rule ``lemmatizer`` spend about 20 µs a token in Python: over 200 BBC
articles 2.9 s of a 13.7 s parse. Yet what they give a token depends on very little:

- the ruler's single-token patterns read the token's own text, tag and dependency label;
  its few multi-token patterns ("gon na", "there is") are matched on the whole Doc as before;
- the lemmatizer reads the token's text, part of speech and morphology (spaCy caches it on
  exactly that key).

So :class:`TokenAttributes` runs the real components' logic once per distinct key (text, tag,
dependency label, multi-token rules that hit the token), on a one-token Doc, and writes the
remembered values to every later token with the same key in one array call. The output equals
the two components' output token for token (``tests/test_attributes.py`` compares them on news).

A ruler whose patterns read anything else (shape, entity type, extensions) or set anything
else cannot be memoised on this key: the component then just runs the two components.
"""
from __future__ import annotations

import copy
import re

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

__all__ = ["TokenAttributes", "memoisable", "ruler_pair"]

#: Token attributes a single-token ruler pattern may read for the key (text, tag, label) to decide it.
_READS = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})
_LEXICAL = frozenset({"ORTH", "TEXT", "LOWER"})
#: Columns the ruler may set; the key decides all of them.
_SETS = (TAG, POS, MORPH, LEMMA, DEP)
#: Distinct keys remembered before the memo starts again (a long build stays bounded).
MAX_ENTRIES = 300_000


def _reads(pattern: list[dict]) -> set[str]:
    return {str(k).upper() for token in pattern for k in token}


def memoisable(ruler) -> bool:
    """Whether the ruler's output for a token is decided by (text, tag, dependency label) and
    the multi-token rules that hit it, and sets only the columns written here."""
    for rule in ruler.patterns:
        for pattern in rule["patterns"]:
            if not isinstance(pattern, list) or (len(pattern) == 1 and not _reads(pattern) <= _READS):
                return False
    return all(set(attrs) <= set(_SETS) for attrs in ruler.attrs)


def ruler_pair(components: list[tuple[str, object]]) -> int | None:
    """Where the attribute ruler stands among ``(name, component)`` pairs when the rule
    lemmatizer follows it directly (the pair :class:`TokenAttributes` takes the place of)."""
    names = [name for name, _ in components]
    if "attribute_ruler" not in names:
        return None
    i = names.index("attribute_ruler")
    if names[i + 1:i + 2] == ["lemmatizer"] and getattr(components[i + 1][1], "mode", None) == "rule":
        return i
    return None


class _WordTests:
    """Whether a word can meet a text condition of the single-token patterns (``{"LOWER":
    "gets"}``, ``{"LOWER": {"IN": [...]}}``, a REGEX): the exact words of all patterns in one set
    per case folding, then the regular expressions."""

    def __init__(self):
        self.words: dict[bool, set[str]] = {True: set(), False: set()}   # folded -> words
        self.regexes: list[tuple[bool, re.Pattern]] = []

    def __call__(self, word: str) -> bool:
        low = word.lower()
        return (word in self.words[False] or low in self.words[True]
                or any(r.search(low if folded else word) is not None for folded, r in self.regexes))


def _word_tests(patterns) -> _WordTests | None:
    """The :class:`_WordTests` of the single-token patterns; None when a text condition has
    another form, so every word must be treated as named by the patterns."""
    tests = _WordTests()
    for pattern in patterns:
        for spec in pattern:
            for attr, value in spec.items():
                attr = str(attr).upper()
                if attr not in _LEXICAL:
                    continue
                folded = attr == "LOWER"
                if isinstance(value, str):
                    tests.words[folded].add(value)
                    continue
                if not isinstance(value, dict):
                    return None
                for op, arg in value.items():
                    if op == "IN":
                        tests.words[folded].update(arg)
                    elif op == "REGEX":
                        tests.regexes.append((folded, re.compile(arg)))
                    else:
                        return None
    return tests


def _indexed_lemmatizer(lemmatizer):
    """A shallow copy of the rule lemmatizer whose word lists (``lemma_index``, one per part of
    speech) are sets. ``rule_lemmatize`` only asks whether a form is in them, and on a list of
    up to 57k words that scan was 190 µs a new word (2.3 s of 300 BBC articles' first pass)."""
    from spacy.lookups import Lookups

    fast = copy.copy(lemmatizer)
    fast.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        data = {key: frozenset(words) if name == "lemma_index" and isinstance(words, list) else words
                for key, words in table.items()}
        fast.lookups.add_table(name, data)
    fast.cache = {}
    fast.lemmatize = getattr(fast, f"{fast.mode}_lemmatize")   # the copy's own method, not the original's
    return fast


class TokenAttributes:
    """``attribute_ruler`` then ``lemmatizer``, memoised (see the module docstring)."""

    def __init__(self, nlp: Language, ruler, lemmatizer):
        self.vocab = nlp.vocab
        self.ruler = ruler
        self.lemmatizer = _indexed_lemmatizer(lemmatizer) if getattr(lemmatizer, "mode", None) == "rule" else lemmatizer
        self.single = Matcher(nlp.vocab)
        self.multi = Matcher(nlp.vocab)
        singles = []
        for i, rule in enumerate(ruler.patterns):
            many = any(len(p) > 1 for p in rule["patterns"])
            (self.multi if many else self.single).add(str(i), rule["patterns"])
            if not many:
                singles.extend(rule["patterns"])
        self.tests = _word_tests(singles)
        self.enabled = memoisable(ruler)
        self.rules: dict[tuple, tuple] = {}
        self.lemmas: dict[tuple, str] = {}
        self.named: dict[int, bool] = {}

    def _multi_hits(self, doc: Doc) -> dict[int, list[int]]:
        """Token index -> ids of the multi-token rules whose target is that token."""
        hits: dict[int, list[int]] = {}
        for match_id, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            index = self.ruler.indices[rule]
            hits.setdefault(start + index if index >= 0 else end + index, []).append(rule)
        return hits

    def _is_named(self, orth: int, text: str) -> bool:
        """Whether a single-token pattern's text condition can hold for this word (or spaces)."""
        named = self.named[orth] = self.tests is None or text.isspace() or self.tests(text)
        return named

    def _rule_values(self, token, multi: list[int]) -> tuple:
        """The ruler's (tag, pos, morph, lemma, dep) for one token, matched on a one-token copy."""
        tag, dep = token.tag_, token.dep_
        one = Doc(self.vocab, words=[token.text], spaces=[False], tags=[tag] if tag else None,
                  deps=[dep] if dep else None, heads=[0] if dep else None)
        rules = sorted([int(self.vocab.strings[m]) for m, _, _ in self.single(one, allow_missing=True)] + multi)
        values = {TAG: token.tag, POS: 0, MORPH: 0, LEMMA: 0, DEP: token.dep}
        for rule in rules:
            values.update(self.ruler.attrs[rule])
        return tuple(values[a] for a in _SETS)

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled or doc.to_array([POS, MORPH, LEMMA]).any():
            return self.lemmatizer(self.ruler(doc))
        if len(self.rules) + len(self.lemmas) > MAX_ENTRIES:
            self.rules.clear()
            self.lemmas.clear()
            self.named.clear()
        hits = self._multi_hits(doc)
        memo, named, rows = self.rules, self.named, []
        for i, (orth, tag, dep) in enumerate(doc.to_array([ORTH, TAG, DEP]).tolist()):
            multi = hits.get(i, ())
            lexical = named.get(orth)
            if lexical is None:
                lexical = self._is_named(orth, doc[i].text)
            key = (orth if lexical else 0, tag, dep, tuple(multi))
            values = memo.get(key)
            if values is None:
                values = memo[key] = self._rule_values(doc[i], list(multi))
            rows.append(values)
        table = numpy.array(rows, dtype="uint64").reshape(len(rows), len(_SETS))
        doc.from_array(list(_SETS), table)
        lemmas, strings, overwrite = self.lemmas, self.vocab.strings, self.lemmatizer.overwrite
        column = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            word = lemmas.get(key)
            if word is None:
                word = lemmas[key] = self.lemmatizer.lemmatize(doc[i])[0]
            column[i] = strings.add(word)
        doc.from_array([LEMMA], column.reshape(-1, 1))
        return doc
