"""What every rule needs while one Doc is alive: mentions by token, refs, evidence, dates."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import normalize_date
from kg.gazetteer import Gazetteer
from kg.mentions import BUILDING_NOUNS, TokenMention, headline_end
from kg.nlp.datelines import is_dash
from kg.model import Article, EntityRef, Evidence, Mention, MentionRef, Ref, TimeValue

__all__ = ["DocContext", "ACTOR_KINDS"]

ACTOR_KINDS = frozenset({"person", "country", "institution"})
#: Groups through which a country acts: "Russian forces", "Chinese officials", "US troops".
COLLECTIVE_NOUNS = frozenset({"force", "forces", "troop", "troops", "army", "military", "soldier", "government",
                              "official", "authority", "authorities", "navy", "warplane", "jet", "drone",
                              "diplomat", "leadership", "administration", "police", "prosecutor", "regulator",
                              "negotiator", "delegation", "judge", "court", "investigator", "missile",
                              "rocket", "bomber", "artillery", "tank", "warship", "submarine", "fighter",
                              "ruler", "junta", "regime", "cabinet", "intelligence", "spy", "agent"})
#: Common nouns for people and bodies that act for the name before them ("Acme executives").
_AGENT_NOUNS = frozenset({"agency", "executive", "boss", "team", "staff", "worker", "employee", "people",
                          "citizen", "voter", "shareholder", "lawmaker", "legislator", "side", "camp",
                          "representative", "envoy", "militant", "rebel", "activist", "union", "delegate"})
#: Nouns that refer back to any institution ("the company said"), not only to one so named.
_LOOSE_BODY_NOUNS = frozenset({"company", "firm", "group", "newspaper", "paper", "organization",
                               "organisation", "broadcaster", "network", "carrier", "airline", "bank"})


#: Last words of the names of parties: "his African National Congress" is his party, and a
#: party has a leader, not a board.
PARTY_HEADS = frozenset({"party", "congress", "rally", "alliance", "front", "movement", "league"})

#: Common nouns for a place that "of" names: "the city of Kherson", "the Russian resort of Sochi".
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "port", "state",
                         "district", "county", "island", "oblast", "seaport", "resort", "suburb", "enclave"})

#: Nouns for a part of a place, which stands for the place: "in Beirut's southern suburbs",
#: "on the outskirts of Kyiv".
PLACE_PART_NOUNS = frozenset({"suburb", "suburbs", "outskirts", "outskirt", "centre", "center", "edge", "heart",
                              "downtown", "part"})


def _outside_clause(verb: Token, token: Token) -> bool:
    """Whether a verb after a conjunct is not the one ``token`` is the subject of, nor its
    auxiliary ("Macron and Meloni had met": "had" belongs to "met")."""
    if verb in token.ancestors:
        return False
    return not (verb.dep_ in ("aux", "auxpass") and verb.head in token.ancestors)


_UNSET = object()


@dataclass
class DocContext:
    """One article's Doc, its mentions and the gazetteer, with helpers the rules share."""

    doc: Doc
    article: Article
    gaz: Gazetteer
    mentions: list[TokenMention]
    by_token: dict[int, TokenMention] = field(default_factory=dict)
    by_end: dict[int, TokenMention] = field(default_factory=dict)
    coref: dict[int, tuple[Ref, ...]] = field(default_factory=dict)   # pronoun/description -> referents
    offset: int = 0                     # where the Doc's text starts in the article

    def __post_init__(self) -> None:
        for tm in self.mentions:
            for i in range(tm.start, tm.end):
                self.by_token[i] = tm
            self.by_end[tm.end] = tm
        # computed once: Doc.text and Doc.ents are rebuilt on every access in spaCy, which made
        # evidence and dates quadratic in the article's length
        self.text = self.doc.text
        # TIME too: "on Monday night" is a TIME entity whose day is a date
        self.date_ents = [e for e in self.doc.ents if e.label_ in ("DATE", "TIME")]
        self._gaz_label = {tm.mention.id: tm.mention.gazetteer for tm in self.mentions}
        self._starts = [tm.start for tm in self.mentions]   # mentions are in text order
        self._sentences: dict[int, str] = {}                 # sentence start -> its text, shared by evidence
        self._demonyms: dict[int, tuple[EntityRef, int, int] | None] = {}
        self._dateline: TokenMention | None | object = _UNSET   # found on first use
        end = headline_end(self.article) if self.offset == 0 else None
        self.headline_chars = end or 0                       # the headline's span of the Doc, if any

    def dateline(self) -> TokenMention | None:
        """The place a story was filed from ("BERLIN, January 25 -", "WOODSIDE, California
        (AP) -", "SINGAPORE (CNN) -"): a capitalised place or country opening one of the first
        lines, before a comma, a dash or the agency's bracket."""
        if self._dateline is _UNSET:
            self._dateline = None
            doc = self.doc
            for tm in self.mentions:
                if tm.start > 60:
                    break
                first, after = doc[tm.start], doc[tm.end] if tm.end < len(doc) else None
                if (first.i == 0 or "\n" in doc[first.i - 1].text_with_ws) and after is not None \
                        and (after.text in (",", "(") or is_dash(after, self.article.text, self.offset)) \
                        and tm.mention.text.isupper() and tm.mention.kind in ("place", "country"):
                    self._dateline = tm
                    break
        return self._dateline

    def country_of(self, ref: Ref) -> str | None:
        """The country a country or a known place names, by the data's label ("Britain" ->
        United Kingdom, Beijing -> China); None for anything else."""
        if self.kind(ref) == "country":
            label = self.gazetteer_label(ref) or self.mention_text(ref)
            known = self.gaz.lookup(label)
            return known[1] if known and known[0] == "country" else label
        label = self.gazetteer_label(ref)
        return self.gaz.place_country.get(label) if label and self.kind(ref) == "place" else None

    def dateline_country(self) -> EntityRef | None:
        """The country of the place a story was filed from ("BERLIN, January 25" -> Germany)."""
        tm = self.dateline()
        country = self.country_of(self.ref(tm)) if tm is not None else None
        return EntityRef("country", country) if country else None

    def in_headline(self, token: Token) -> bool:
        """Whether a token is in the headline over the article's body."""
        return token.idx < self.headline_chars

    # --- refs -------------------------------------------------------------------------
    def ref(self, tm: TokenMention) -> MentionRef:
        return MentionRef(tm.mention.id)

    def kind(self, ref: Ref) -> str:
        if isinstance(ref, EntityRef):
            return ref.kind
        return self._by_id[ref.mention_id].kind

    @property
    def _by_id(self) -> dict[str, Mention]:
        cache = getattr(self, "_id_cache", None)
        if cache is None:
            cache = {tm.mention.id: tm.mention for tm in self.mentions}
            self._id_cache = cache
        return cache

    @property
    def _alone_names(self) -> frozenset[str]:
        """Persons' names the article gives as one word ("Lai", "Macron"), case-folded."""
        cache = getattr(self, "_alone_cache", None)
        if cache is None:
            cache = self._alone_cache = frozenset(tm.mention.text.casefold() for tm in self.mentions
                                                  if tm.mention.kind == "person" and " " not in tm.mention.text)
        return cache

    def mention_text(self, ref: MentionRef) -> str:
        """The words of the mention a ref names."""
        return self._by_id[ref.mention_id].text

    def actor_key(self, ref: Ref) -> str:
        """One key per actor within the article: a person's surname ("Emmanuel Macron" and
        "Macron" are one; "Lai Ching-te" and "Lai", where the article says the first word alone
        and never the last, as with family names written first), another actor's name as the
        gazetteer or the text gives it."""
        if isinstance(ref, EntityRef):
            return ref.label.casefold()
        text = self.gazetteer_label(ref) or self.mention_text(ref)
        if self.kind(ref) != "person":
            return text.casefold()
        words = text.casefold().split()
        alone = self._alone_names
        last = words[0] if len(words) > 1 and words[-1] not in alone and words[0] in alone else words[-1]
        # ("Bashar al-Assad" and "Assad": the Arabic article written on to a surname)
        return last[3:] if last.startswith(("al-", "el-")) and len(last) > 5 else last

    def gazetteer_label(self, ref: Ref) -> str | None:
        """The gazetteer's label of the entity a ref names, if the gazetteer knows it."""
        if isinstance(ref, EntityRef):
            return ref.label
        return self._gaz_label.get(ref.mention_id)

    def seat(self, ref: Ref) -> EntityRef | None:
        """The place where a known institution sits ("Kremlin" -> Moscow), from the gazetteer."""
        label = self.gazetteer_label(ref)
        place = self.gaz.institution_place.get(label) if label else None
        return EntityRef("place", place) if place else None

    def demonym_ref(self, token: Token) -> EntityRef | None:
        """The country a demonym token names ("Russian" -> Russia), as a ref. A word of a
        demonym written in several words names it too: both "South" and "Korean" in "South
        Korean President" (the longest such run around the token wins)."""
        found = self.demonym_span(token)
        return found[0] if found is not None else None

    def demonym_span(self, token: Token) -> tuple[EntityRef, int, int] | None:
        """The country a demonym around ``token`` names, with the demonym's token span (worked
        out once per token: the rules ask about the same words many times)."""
        if not token.text[:1].isupper():
            return None
        i = token.i
        if i not in self._demonyms:
            if token.lower_ in self.gaz.demonym_words:   # "South", "Korean": maybe one of several words
                self._demonyms[i] = self._find_demonym(token.doc, i)
            else:
                country = self._demonym_country(token.text)
                self._demonyms[i] = (EntityRef("country", country), i, i + 1) if country else None
        return self._demonyms[i]

    def _demonym_country(self, text: str) -> str | None:
        """The country (not a region) a demonym names."""
        country = self.gaz.demonym(text)
        known = self.gaz.lookup(country) if country else None
        return country if known and known[0] == "country" else None

    def _find_demonym(self, doc: Doc, i: int) -> tuple[EntityRef, int, int] | None:
        capital = lambda k: doc[k].text[:1].isupper() and doc[k].is_alpha
        left, right = i, i   # the run of capitalised words around the token, at most two each side
        while left > max(0, i - 2) and capital(left - 1):
            left -= 1
        while right < min(len(doc) - 1, i + 2) and capital(right + 1):
            right += 1
        for size in (3, 2, 1):
            for start in range(max(left, i - size + 1), min(i, right - size + 1) + 1):
                country = self._demonym_country(" ".join(doc[k].text for k in range(start, start + size)))
                if country:
                    return EntityRef("country", country), start, start + size
        return None

    def token_ref(self, token: Token, kinds=ACTOR_KINDS, demonyms: bool = False) -> Ref | None:
        """The ref of the mention a token belongs to (or of its demonym), if of the given kinds."""
        tm = self.by_token.get(token.i)
        if tm is not None and tm.mention.kind in kinds:
            return self.ref(tm)
        if (tm is not None and tm.mention.kind == "place" and "place" not in kinds and "country" in kinds
                and tm.mention.gazetteer in self.gaz.capitals):
            # metonymy: a capital acting stands for its country ("Beijing rejected the claims")
            return EntityRef("country", self.gaz.capitals[tm.mention.gazetteer])
        if token.pos_ == "PRON" and len(self.coref.get(token.i, ())) == 1 and self.kind(self.coref[token.i][0]) in kinds:
            return self.coref[token.i][0]   # "its chief executive": the body "its" refers to
        if demonyms and "country" in kinds:
            return self.demonym_ref(token)
        return None

    def np_refs(self, token: Token, kinds=ACTOR_KINDS, demonyms: bool = False, depth: int = 0) -> list[Ref]:
        """Refs named by a noun phrase headed by ``token`` and its conjuncts ("Putin and Xi").

        A head that is not itself a name may carry one in an apposition or compound
        ("‘dear friend’ Chinese leader Xi Jinping", "the leader, Ann Smith").
        """
        refs: list[Ref] = []
        # a conjunct that heads its own clause ("Ukraine and China increasing …") is not part of the NP
        doc = token.doc
        conjuncts = [c for c in token.conjuncts   # (a relative clause on a conjunct is no clause of its own)
                     if not any(k.dep_ == "acl" and k.pos_ in ("VERB", "AUX") for k in c.children)
                     and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].tag_ in ("VBG", "VBD", "VBZ")
                              and _outside_clause(doc[c.right_edge.i + 1], token))
                     and not self._body_of_next_name(c)]
        for head in (token, *conjuncts):
            ref = self.token_ref(head, kinds, demonyms)
            found = [ref] if ref is not None else []
            if ref is None and head.i in self.coref:
                found = [r for r in self.coref[head.i] if self.kind(r) in kinds]
            if ref is None and not found and "institution" in kinds and head.pos_ == "NOUN":
                body = self.nominal_institution(head, loose=False)   # "the airline" after "China Eastern Airlines"
                found = [body] if body is not None else []
            if ref is None and not found and "country" in kinds and (
                    head.lemma_.lower() in COLLECTIVE_NOUNS
                    or head.pos_ == "NOUN" and self.gaz.title(head.lemma_) is not None and any(
                        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)):
                # "Russian forces attacked", "Chinese officials said": the country acts through them
                # (and through an office no name is given for: "sanctions on Iran's oil minister";
                # "a North Korean leader" is any one, no act of the country)
                found = [r for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < head.i
                         for r in [self.token_ref(c, kinds={"country"}, demonyms=True)] if r is not None][:1]
                # ("Russian and Ukrainian delegations met": both)
                found += [r for c in head.children if found and c.dep_ == "amod" and c.i < head.i
                          and self.token_ref(c, kinds={"country"}, demonyms=True) == found[0]
                          for k in c.conjuncts for r in [self.token_ref(k, kinds={"country"}, demonyms=True)]
                          if r is not None and r not in found]
            if ref is None and not found and "country" in kinds and head.tag_ == "NNS" \
                    and self.gaz.title(head.lemma_) is not None \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                # "The foreign ministers of Congo and Rwanda signed": each country through its own
                found = [r for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" for r in self.np_refs(g, kinds={"country"})]
            if ref is None and not found and "person" in kinds and head.pos_ == "NOUN" and self.agentive(head):
                # "the prosecutor of the ICC, Karim Khan, said": the parser hangs the name on the body
                found = [r for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                         for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"
                         for r in [self.token_ref(a, kinds={"person"})] if r is not None][:1]
            if ref is None and not found and head.lemma_.lower() in COLLECTIVE_NOUNS | _AGENT_NOUNS:
                # "officials from China", "executives of Acme": the body acts through them
                found = [r for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                         for g in c.children if g.dep_ == "pobj"
                         for r in [self.token_ref(g, kinds=kinds & {"country", "institution"})] if r is not None][:1]
            if ref is None and not found and "country" in kinds and head.pos_ == "NOUN":
                # "a Saudi-led coalition launched strikes": the country that leads it acts
                found = [r for c in head.children if c.dep_ == "amod" and c.lower_ == "led" for r in self.led_by(c)]
            if ref is None and not found and kinds & {"place", "country"} and head.lemma_.lower() in PLACE_NOUNS:
                found = [r for c in head.children if c.dep_ == "prep" and c.lower_ == "of"   # "the resort of Sochi"
                         for g in c.children if g.dep_ == "pobj"
                         for r in [self.token_ref(g, kinds=kinds & {"place", "country"})] if r is not None][:1]
            if ref is None and not found and kinds & {"place", "country"} and head.lemma_.lower() in PLACE_PART_NOUNS:
                found = [r for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                         for g in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
                         for r in [self.token_ref(g, kinds=kinds & {"place", "country"})] if r is not None][:1]
            if ref is None and not (found and head.i in self.coref) and head.pos_ in ("NOUN", "PROPN") and depth < 2:
                # ("The US president told reporters": the president, not the US; "US President, Donald
                # Trump": the name in apposition before the country)
                for child in sorted(head.children, key=lambda c: c.dep_ != "appos"):
                    # a name after the noun, or in apposition, is what it refers to ("the leader,
                    # Ann Smith"); a person's name before it only modifies it ("a Bush aide" is not
                    # Bush), while a country or body before it acts through it ("US agencies"). It
                    # outranks what the noun itself gave ("China's top diplomat Wang Yi"), but
                    # nothing does not ("the Black Sea resort of Sochi" stays Sochi)
                    if child.dep_ in ("appos", "compound", "nmod"):
                        named = self.np_refs(child, kinds, demonyms, depth + 1)
                        if child.dep_ != "appos" and child.i < head.i:
                            # ("the Planalto presidential palace": a building is the seat so named)
                            named = [r for r in named if self.kind(r) != "person"
                                     and (head.pos_ == "PROPN" or self.agentive(head)
                                          or head.lemma_.lower() in BUILDING_NOUNS and not found
                                          and self.kind(r) == "institution")]
                        if named:
                            found = named
                            break
            if ref is not None and self.kind(ref) == "person" and depth < 2:
                # "for Netanyahu, his former defence minister Yoav Gallant and Deif": a title in
                # apposition that carries a name of its own is the next item of a list
                found += [r for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                          for c in a.children if c.dep_ in ("appos", "compound") and c.i > a.i
                          and self.token_ref(c, kinds={"person"}) is not None
                          for r in self.np_refs(c, kinds, demonyms, depth + 1) if r not in found]
            if ref is not None and self.kind(ref) == "person" and depth == 0:
                found = [r for r in self._persons_hung_before(head) if r not in found] + found
            refs += [r for r in found if r not in refs]
        return refs

    def _body_of_next_name(self, token: Token) -> bool:
        """Whether a body or country the parser made a conjunct is the affiliation of the name
        after it: "warrants against Prime Minister X and Hamas leader Y" (Hamas is Y's)."""
        tm = self.by_token.get(token.i)
        if tm is None or tm.mention.kind not in ("institution", "country") or tm.end >= len(self.doc):
            return False
        title = self.doc[tm.end]
        holder = self.by_token.get(title.head.i)
        return (self.gaz.title(title.text) is not None and title.head.i > title.i
                and holder is not None and holder.mention.kind == "person")

    def _persons_hung_before(self, head: Token) -> list[Ref]:
        """Persons the parser hung inside the noun phrase of the person named at ``head``:
        "Kenyan President William Ruto and European Commission President Ursula von der Leyen
        signed" makes the first name a modifier of the second. A person's name that ends right
        before an "and" in front of this name, inside its phrase, is a conjunct of it."""
        own = self.by_token.get(head.i)
        if own is None:   # (a pronoun)
            return []
        start, out = own.start, []
        for t in head.subtree:
            if t.i >= start:
                break
            prev = self.by_token.get(t.i - 1) if t.lower_ == "and" else None
            if prev is not None and prev.mention.kind == "person" and prev.end == t.i \
                    and prev.start >= head.left_edge.i and self.ref(prev) not in out:
                out.append(self.ref(prev))
        return out

    def led_by(self, led: Token) -> list[Ref]:
        """The country or body before "-led" ("US-led", "Saudi-led", "NATO-led")."""
        return [r for g in led.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < led.i
                for r in [self.token_ref(g, kinds={"country", "institution"}, demonyms=True)] if r is not None]

    def agentive(self, noun: Token) -> bool:
        """Whether a common noun names people or a body that can act for the name before it:
        "US officials", "Fox shareholders", "Acme executives" can; "News Corp shares" and "the
        London market" cannot."""
        lemma = noun.lemma_.lower()
        return (lemma in COLLECTIVE_NOUNS or lemma in _LOOSE_BODY_NOUNS or lemma in _AGENT_NOUNS
                or lemma in self.gaz.org_heads or self.gaz.title(lemma) is not None
                or len(lemma) > 5 and lemma.endswith(("er", "or", "ist", "ian")))

    def nominal_country(self, token: Token) -> Ref | None:
        """The country "the country" refers back to: the nearest earlier country named in its
        sentence or the one before ("the head of Niger's presidential guard, declared himself
        the country's new leader"); "the island", the nearest island state ("drills around
        Taiwan ... sworn in as the island's president")."""
        noun = token.lemma_.lower()
        if noun not in ("country", "island") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        before = token.sent.start - 1
        first = self.doc[before].sent.start if before >= 0 else token.sent.start
        k = bisect_right(self._starts, token.i) - 1
        while k >= 0 and self.mentions[k].start >= first:
            tm = self.mentions[k]
            island = (self.gazetteer_label(self.ref(tm)) or "").casefold() in self.gaz.island_countries
            if tm.mention.kind == "country" and tm.end <= token.i and (noun == "country" or island):
                return self.ref(tm)
            k -= 1
        return None

    def nominal_institution(self, token: Token, loose: bool = True, word: bool = False,
                            sentence: bool = False) -> Ref | None:
        """The institution "the agency", "the party", "the company" refers back to: the nearest
        earlier institution mention (within about three sentences) whose name ends in that noun
        ("the Environmental Protection Agency"); with ``loose``, for "the company", "the firm",
        "the group" and "the newspaper", the nearest earlier institution; with ``word``, the
        nearest whose name has that noun anywhere ("the bank" after "Bank of America"); with
        ``sentence``, only one named earlier in the token's own sentence."""
        noun = token.lemma_.lower()
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            return None
        if noun not in self.gaz.org_heads and noun not in _LOOSE_BODY_NOUNS:
            return None
        if any(c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper() and c.i < token.i
               and self.token_ref(c, kinds={"country", "place"}) is None and self.demonym_ref(c) is None
               for c in token.children):
            return None   # "the Wagner mercenary group": a name of its own the model did not tag
        named = next((tm for c in token.children if c.dep_ == "appos" and c.i > token.i
                      for tm in [self.by_token.get(c.i)] if tm is not None and tm.mention.kind == "institution"), None)
        if named is not None:
            return self.ref(named)   # "the group Turning Point USA": the name that follows
        loose = loose and noun in _LOOSE_BODY_NOUNS
        k = bisect_right(self._starts, token.i) - 1
        first = token.sent.start if sentence else token.i - 150
        while k >= 0 and self.mentions[k].start >= first:
            tm = self.mentions[k]
            if tm.mention.kind == "institution" and tm.end <= token.i and (
                    loose or self.doc[tm.end - 1].lemma_.lower() == noun
                    or self.doc[tm.end - 1].lower_ in (noun, noun + "s", noun + "es")   # ("Airlines")
                    or word and noun in tm.mention.text.lower().split()):
                return self.ref(tm)
            k -= 1
        return None

    def body_by_word(self, token: Token, reach: int = 400) -> Ref | None:
        """The one institution the article named before whose name has ``token``'s word, which
        stands for it alone: "Court President Joan Donoghue" after "the International Court of
        Justice". None when two such bodies were named ("the Superior Electoral Court ... the
        Supreme Court"): the word does not say which."""
        word = token.lower_
        found: dict[str, Ref] = {}
        k = bisect_right(self._starts, token.i) - 1
        while k >= 0 and token.i - self.mentions[k].start <= reach:
            tm = self.mentions[k]
            if tm.mention.kind == "institution" and tm.end <= token.i and len(tm.mention.text.split()) >= 2 \
                    and word in tm.mention.text.lower().split():
                found.setdefault(tm.mention.gazetteer or tm.mention.text, self.ref(tm))
            k -= 1
        return next(iter(found.values())) if len(found) == 1 else None

    # --- evidence and dates -----------------------------------------------------------
    def evidence(self, sent: Span, rule: str, confidence: float) -> Evidence:
        text = self.text
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        confidence = self.gaz.rule_priors.get(rule, confidence)     # the measured prior wins
        sentence = self._sentences.setdefault(start, text[start:end])   # one string per sentence, shared
        return Evidence(self.article.id, sentence, self.offset + start, self.offset + end, rule, confidence)

    def evidence_as(self, evidence: Evidence, rule: str, confidence: float) -> Evidence:
        """The evidence of one finding, for another drawn from the same sentence by ``rule``
        (the rule's measured prior wins over ``confidence``, as in :meth:`evidence`)."""
        return replace(evidence, rule=rule, confidence=self.gaz.rule_priors.get(rule, confidence))

    def _went_where(self, tok: Token) -> Token | None:
        """The past verb of going to a place that a past "where" clause hangs on, itself or
        through the place: "visited" in "visited Moscow last month, where he held talks". Not a
        place left ("flew from Washington, where he had met Bush"): the flight was not then."""
        if tok.tag_ != "VBD" or tok.dep_ not in ("relcl", "advcl") or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            return None
        verb = tok.head
        if tok.dep_ == "relcl":
            verb = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
        if verb.tag_ != "VBD" or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            return None
        places = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "at")
            for g in p.children if g.dep_ == "pobj"]
        return verb if any(self.token_ref(p, kinds=frozenset({"place", "country"})) is not None
                           for p in places) else None

    def date_for(self, anchor_tokens: list[Token], sent: Span, skip: range = range(0)) -> TimeValue | None:
        """The date of an event: a DATE attached to its trigger (or the trigger's verb) within the
        trigger's own clause. A date elsewhere in the sentence belongs to another clause's
        event, so it is not used, except that a past verb coordinated with a dated one, or in a
        clause of the same time under it, shares its day ("arrived on Wednesday and held talks",
        "met on Friday, as they signed"), a "when" clause on a date is on it ("in July, when
        he met Putin"), and a "where" clause on a place visited is during the visit ("visited
        Moscow last month, where he held talks"); unresolvable dates give None. A date attached
        to an earlier anchor wins over one attached to a later one. Dates that start in ``skip``
        are another event's."""
        dates = [e for e in self.date_ents if e.start >= sent.start and e.end <= sent.end and e.start not in skip]
        if not dates:
            return None
        # (the first anchor wins: "talks on Sunday and a meeting with Wang earlier on Monday" --
        # the meeting's own Monday, not the Sunday of the talks it is coordinated with)
        rank = {}
        for k, t in enumerate(anchor_tokens):
            rank.setdefault(t.i, k)
        future = any(future_tense(t) for t in anchor_tokens)
        past = any(_past(t) for t in anchor_tokens)
        found = []
        for ent in dates:
            comma = next((t.i for t in ent if t.text == ","), None)
            if comma is not None and comma > ent.start and normalize_date(ent.text, self.article.date) is None:
                ent = self.doc[ent.start:comma]   # the model ran on: "Friday, ending decades"
            verb = next((t.i for t in ent if t.i > ent.start and t.pos_ == "VERB"), None)
            if verb is not None and normalize_date(ent.text, self.article.date) is None:
                ent = self.doc[ent.start:verb]   # ... or without a comma: "Wednesday marking 80 years"
            prep = ent.root.head
            if prep.dep_ == "prep" and prep.lower_ in _BOUND_PREPS:
                continue   # "their first meeting since 2019", "barred until 2030": a bound, not the day
            if prep.dep_ == "prep" and prep.head.i in rank and prep.i > 0 and self.doc[prep.i - 1].dep_ == "pobj" \
                    and self.doc[prep.i - 1].pos_ == "NOUN" and self.doc[prep.i - 1].head.lower_ in ("for", "over") \
                    and self.doc[prep.i - 1].head.head.i == prep.head.i:
                continue   # "convicted Bolsonaro for a meeting in July 2022", the date hung on the verb
            if ent.root.dep_ in ("nmod", "compound", "amod") and ent.root.head.pos_ in ("NOUN", "PROPN") \
                    and ent.root.head.i not in rank and not ent.root.head.ent_type_ \
                    and ent.root.head.lemma_.lower() not in _TIME_NOUNS:   # (but "on Thursday evening")
                continue   # "the memorial to the victims of the Sept. 11 attacks": another noun's date
            for up in ent.root.ancestors:   # attached to the trigger within its own clause
                if up.dep_ == "prep" and up.lower_ in _BOUND_PREPS:
                    break   # "his first visit since deadly border clashes in 2020": the bound's own date
                if up.i in rank:
                    value = normalize_date(ent.text, self.article.date, future, past)
                    if value:
                        found.append((rank[up.i], ent.start, value))
                    break
                if up.pos_ in ("VERB", "AUX") or up.dep_ == "pobj" and up.head.lower_ in ("for", "over") \
                        and up.pos_ == "NOUN" and up.head.head.i in rank:
                    break   # ("convicted for a meeting in July 2022": the reason's own date)
        if found:
            return min(found, key=lambda x: (x[0], x[1]))[2]
        for t in anchor_tokens:
            if t.dep_ == "relcl" and t.head.ent_type_ == "DATE" and any(
                    c.dep_ == "advmod" and c.lower_ == "when" for c in t.children):
                # "in July, when he embraced Putin": the date the clause is on
                ent = next((e for e in dates if e.start <= t.head.i < e.end), None)
                value = normalize_date(ent.text, self.article.date, future, past) if ent is not None else None
                if value:
                    return value
            if (went := self._went_where(t)) is not None:
                # "visited Moscow last month, where he held talks with Putin": during the visit
                return self.date_for([went], sent, skip)
            if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.tag_ == "VBD":
                # "arrived in Beijing on Wednesday and held talks with Xi": the same day
                return self.date_for([t.head], sent, skip)
            if (head := same_time_head(t)) is not None:
                # "met Xi in Beijing on Friday, as the two leaders signed 15 agreements": the same day
                return self.date_for([head], sent, skip)
        return None


#: Nouns of a part of a day or a span of time a date can name: "Thursday evening".
_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "midday", "noon", "midnight", "time",
                         "weekend", "week", "hours"})

#: Prepositions whose date bounds an event's time without giving it.
_BOUND_PREPS = frozenset({"since", "until", "till", "before"})


#: Verbs that put the verb they govern in the future: "is set to meet", "plans to visit".
_FUTURE_GOVERNORS = frozenset({"plan", "set", "due", "expect", "schedule", "go", "intend", "prepare",
                               "agree", "promise", "pledge", "vow"})   # ("had agreed to meet in Budapest")


def same_time_head(tok: Token) -> Token | None:
    """The past verb a past clause of the same time hangs on: "signed" in "met Xi on Friday, as
    the two leaders signed 15 agreements" -> "met"; None for any other token."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and tok.head.tag_ == "VBD" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in tok.children):
        return tok.head
    return None


def _past(tok: Token) -> bool:
    """Whether a verb is in the past: "met", "was arrested", "has visited"."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
                                     for c in tok.children)


def future_tense(tok: Token) -> bool:
    """Whether a verb is in the future: "will meet", "'ll visit", "is set to meet", "plans to visit"."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "\u2019ll", "wo") for c in tok.children):
        return True
    head = tok.head if tok.dep_ == "xcomp" else None
    return head is not None and (head.lemma_.lower() in _FUTURE_GOVERNORS or future_tense(head))
