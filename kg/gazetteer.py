"""World knowledge from the versioned data files in ``ontology/data``.

Countries with aliases, demonyms and capitals; major cities and regions; well-known
institutions; titles; honorifics; trigger lexicon; web-page debris patterns. Only general
knowledge that any reader has lives here: never facts about people.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Gazetteer", "load_gazetteer", "name_after_of", "norm", "Trigger"]

#: The population from which a city of the world list is named often enough in news to be
#: read as a place where the model tagged nothing, after a verb of travel ("arrived in Adelaide").
BIG_CITY = 500_000

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def norm(text: str) -> str:
    """Normalise a surface form for lookups: NFKC, straight apostrophes, case-folded,
    no leading "the", single spaces.

    >>> norm("the  United States")
    'united states'
    >>> norm("Xi\u2019s")
    "xi's"
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split()).casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def _rows(path: Path, min_cols: int) -> list[list[str]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < min_cols:
            raise ValueError(f"{path}:{lineno}: expected {min_cols} tab-separated columns, got {len(cols)}")
        rows.append(cols)
    return rows


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]



def name_after_of(name: str) -> str | None:
    """What a name says after its last inner "of": the place or country an institution is of.

    >>> name_after_of("Supreme Court of Canada")
    'Canada'
    >>> name_after_of("Bank of England"), name_after_of("Office")
    ('England', None)
    """
    words = name.split()
    if "of" not in words[1:-1]:
        return None
    k = len(words) - 1 - words[::-1].index("of")
    return " ".join(words[k + 1:])

def _upper(text: str) -> bool:
    """Whether a surface form is written in capitals, leaving out a leading "the"."""
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    core = " ".join(words)
    return core == core.upper()


def _written_as_acronym(text: str) -> bool:
    """Capitals for a short acronym ("US", "LA", "WHO"); a capital letter at least for a
    longer one, which British style title-cases ("Opec", "Asean")."""
    letters = sum(c.isalpha() for c in text)
    return _upper(text) if letters <= 3 else any(c.isupper() for c in text)


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: lemma (one or more words), part of speech, what it produces, frame."""

    lemma: str
    pos: str
    produces: str
    frame: str


@dataclass
class Gazetteer:
    """Look-up tables built from the data files. Build it with :func:`load_gazetteer`."""

    countries: dict[str, str] = field(default_factory=dict)        # norm(alias) -> country
    demonyms: dict[str, str] = field(default_factory=dict)         # norm(demonym) -> country or region
    adjectives: dict[str, str] = field(default_factory=dict)       # country -> its first demonym ("Chinese")
    places: dict[str, str] = field(default_factory=dict)           # norm(alias) -> place label
    world_cities: dict[str, str] = field(default_factory=dict)     # norm(alias) -> city label (GeoNames)
    big_cities: set[str] = field(default_factory=set)                # norm(name) of those of BIG_CITY people or more
    place_country: dict[str, str] = field(default_factory=dict)    # place label -> country
    capitals: dict[str, str] = field(default_factory=dict)         # place label -> country whose capital it is
    capital_of: dict[str, str] = field(default_factory=dict)       # country -> its capital's place label
    subdivisions: frozenset[str] = frozenset()                      # states and provinces
    regions: frozenset[str] = frozenset()                           # continents, seas, world regions
    institutions: dict[str, str] = field(default_factory=dict)     # norm(alias) -> institution
    institution_country: dict[str, str] = field(default_factory=dict)
    institution_place: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)   # title -> (role, holds for)
    leader_only_in: dict[str, frozenset[str]] = field(default_factory=dict)  # title -> countries it leads
    held_only_in: dict[str, frozenset[str]] = field(default_factory=dict)    # title -> the only countries it exists in
    leader_not_in: dict[str, frozenset[str]] = field(default_factory=dict)   # title -> countries it does not
    title_first_words: frozenset[str] = frozenset()                 # words a title can start with
    demonym_words: frozenset[str] = frozenset()                     # words of demonyms of several words
    honorifics: frozenset[str] = frozenset()
    island_countries: frozenset[str] = frozenset()  # case-folded labels of island states ("the island")
    styles: frozenset[str] = frozenset()            # "ayatollah", "general": a title that may follow another
    org_heads: frozenset[str] = frozenset()     # "office", "ministry": nouns that end an institution's name
    portfolio_words: frozenset[str] = frozenset()   # "trade", "home": a portfolio before a title
    nobility: frozenset[str] = frozenset()          # "prince", "duchess": "<word> of <place>" is a person
    name_particles: frozenset[str] = frozenset()    # "von", "de", "da": lower-case words inside surnames
    not_names: frozenset[str] = frozenset()         # "brexit", "covid": capitalised words that name nothing
    rule_priors: dict = field(default_factory=dict)   # rule -> measured prior (rule_priors.tsv)
    triggers: tuple[Trigger, ...] = ()
    debris_lines: tuple[re.Pattern, ...] = ()
    debris_spans: tuple[re.Pattern, ...] = ()
    surface_forms: dict[str, list[str]] = field(default_factory=dict)  # label -> surface forms for the ruler
    acronyms: frozenset[str] = frozenset()   # norm keys known only as capitals ("LA", "US")

    def lookup(self, text: str) -> tuple[str, str] | None:
        """The (kind, canonical label) a surface form names, or None if unknown.

        An alias the data only gives in capitals must be written as one: "LA" is Los
        Angeles, "La Valette" and "us" are not; longer ones may be title-cased ("Opec")."""
        key = norm(text)
        if key in self.acronyms and not _written_as_acronym(text):
            return None
        if key in self.countries:
            return ("country", self.countries[key])
        if key in self.institutions:
            return ("institution", self.institutions[key])
        if key in self.places:
            return ("place", self.places[key])
        return None

    def city(self, text: str) -> tuple[str, str] | None:
        """("place", label) of a city in the world list (world_cities.tsv), for a name that is
        already known to be a place: the list is long, and many of its names are also people's
        or words ("Jackson", "Reading"), so it never decides a kind by itself."""
        label = self.world_cities.get(norm(text))
        return ("place", label) if label is not None else None

    def place_in_name(self, name: str) -> str | None:
        """The city or region a name starts with or ends "of" with ("Moscow State University",
        "American University of Beirut", "Munich Security Conference"): where the named body or
        gathering is. Seas and regions with no country are not such places, and nor is a
        state's name at the front ("Georgia Power", "Texas Instruments")."""
        words = name.split()
        tail = name_after_of(name)
        for text in ([tail] if tail else []) + [" ".join(words[:n]) for n in (3, 2, 1) if n < len(words)]:
            known = self.lookup(text)
            if known is None or known[0] != "place" or known[1] not in self.place_country:
                continue
            if text == " ".join(words[:len(text.split())]) and known[1] in self.subdivisions:
                continue
            return known[1]
        return None

    def demonym(self, text: str) -> str | None:
        """The country a demonym or adjective refers to ("Russian" -> "Russia")."""
        return self.demonyms.get(norm(text))

    def leads_in(self, title: str, country: str | None) -> bool:
        """Whether a leader's ``title`` ("Prime Minister", "chancellors") heads ``country`` as the
        data has it: "chancellor" only in Germany and Austria, no parliamentary republic's
        president, no premier where a president governs."""
        words = " ".join(title.lower().split())
        only = self.leader_only_in.get(words.rstrip("s"), self.leader_only_in.get(words))
        not_in = self.leader_not_in.get(words.rstrip("s"), self.leader_not_in.get(words, frozenset()))
        return (only is None or country in only) and country not in not_in

    def title(self, text: str) -> tuple[str, str] | None:
        """(role, holds for) of a title phrase, accepting plurals ("ministers")."""
        key = norm(text).replace(" - ", "-")
        if key in self.titles:
            return self.titles[key]
        if key.endswith("s") and key[:-1] in self.titles:
            return self.titles[key[:-1]]
        return None


def _word_list(path: Path) -> frozenset[str]:
    """The case-folded lines of a one-entry-per-line data file, without comments."""
    return frozenset(line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Read every data file in ``data_dir`` once per process."""
    g = Gazetteer()
    forms: dict[tuple[str, str], set[str]] = {}

    def add(kind: str, label: str, alias: str, table: dict[str, str]) -> None:
        table.setdefault(norm(alias), label)
        forms.setdefault((kind, label), set()).add(alias)

    for name, aliases, demonyms, capital in (r + [""] * (4 - len(r)) for r in _rows(data_dir / "countries.tsv", 1)):
        for alias in [name, *_split(aliases)]:
            add("country", name, alias, g.countries)
        for dem in _split(demonyms):
            g.demonyms.setdefault(norm(dem), name)
            g.adjectives.setdefault(name, dem)
            if norm(dem) not in g.countries:
                forms.setdefault(("demonym", name), set()).add(dem)
        if capital:
            add("place", capital, capital, g.places)
            g.place_country.setdefault(capital, name)
            g.capitals[capital] = name
            g.capital_of[name] = capital
    for name, country, *rest in (r + [""] * (3 - len(r)) for r in _rows(data_dir / "cities.tsv", 2)):
        for alias in [name, *_split(rest[0] if rest else "")]:
            add("place", name, alias, g.places)
        g.place_country.setdefault(name, country)
    for name, country, aliases, *rest in (r + [""] * (4 - len(r)) for r in _rows(data_dir / "world_cities.tsv", 2)):
        for alias in [name, *_split(aliases)]:
            g.world_cities.setdefault(norm(alias), name)
        if rest and rest[0].isdigit() and int(rest[0]) >= BIG_CITY:
            g.big_cities.add(norm(name))
        g.place_country.setdefault(name, country)
    subdivisions = set()
    for name, country, *rest in (r + [""] * (3 - len(r)) for r in _rows(data_dir / "subdivisions.tsv", 2)):
        label = name.split(" (")[0] if "(" in name else name
        for alias in ([label] if "(" not in name else []) + _split(rest[0] if rest else ""):
            add("place", label, alias, g.places)
        g.place_country.setdefault(label, country)
        subdivisions.add(label)
    g.subdivisions = frozenset(subdivisions)
    regions = set()
    for name, _kind, aliases, demonyms in (r + [""] * (4 - len(r)) for r in _rows(data_dir / "regions.tsv", 2)):
        regions.add(name)
        for alias in [name, *_split(aliases)]:
            add("place", name, alias, g.places)
        for dem in _split(demonyms):
            forms.setdefault(("demonym", name), set()).add(dem)
    g.regions = frozenset(regions)
    for name, aliases, country, place in (r + [""] * (4 - len(r)) for r in _rows(data_dir / "institutions.tsv", 1)):
        for alias in [name, *_split(aliases)]:
            add("institution", name, alias, g.institutions)
        if country:
            g.institution_country[name] = country
        if place:
            g.institution_place[name] = place
    for title, role, holds, *only in _rows(data_dir / "titles.tsv", 3):
        g.titles[norm(title)] = (role, holds)
        if only and only[0]:
            g.leader_only_in[norm(title)] = frozenset(_split(only[0]))
        if len(only) > 1 and only[1]:
            g.leader_not_in[norm(title)] = frozenset(_split(only[1]))
        if len(only) > 2 and only[2] == "only" and only[0]:
            g.held_only_in[norm(title)] = frozenset(_split(only[0]))
    g.demonym_words = frozenset(w for d in g.demonyms if " " in d for w in d.split())
    g.title_first_words = frozenset(w for t in g.titles for w in (t.split()[0].split("-")[0],
                                                               t.split()[0].split("-")[0] + "s"))
    from kg.confidence import rule_priors
    g.rule_priors = rule_priors(Path(data_dir))
    g.portfolio_words = _word_list(data_dir / "portfolios.txt")
    g.nobility = _word_list(data_dir / "nobility.txt")
    g.island_countries = _word_list(data_dir / "island_countries.txt")
    g.name_particles = _word_list(data_dir / "name_particles.txt")
    g.not_names = _word_list(data_dir / "not_names.txt")
    g.org_heads = _word_list(data_dir / "org_heads.txt")
    g.honorifics = _word_list(data_dir / "honorifics.txt")
    g.styles = _word_list(data_dir / "styles.txt")
    g.triggers = tuple(Trigger(*r[:4]) for r in _rows(data_dir / "triggers.tsv", 4))
    lines, spans = [], []
    for kind, pattern in _rows(data_dir / "debris.tsv", 2):
        (lines if kind == "line" else spans).append(re.compile(pattern, re.IGNORECASE))
    g.debris_lines, g.debris_spans = tuple(lines), tuple(spans)
    g.surface_forms = {f"{k}\t{label}": sorted(v) for (k, label), v in forms.items()}
    lowered: dict[str, bool] = {}
    for aliases in forms.values():
        for alias in aliases:
            key = norm(alias)
            lowered[key] = lowered.get(key, False) or not _upper(alias)
    g.acronyms = frozenset(k for k, has_lower in lowered.items() if not has_lower and any(c.isalpha() for c in k))
    return g
