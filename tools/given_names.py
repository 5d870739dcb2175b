"""Write ``src/prensa/actors/data/given_names_more.tsv`` from Faker's name lists.

    .venv/bin/python tools/given_names.py     # rewrites the list (faker: dev group)

prensa's own ``given_names.tsv`` holds the most frequent given names of Spain
and Spanish America, whose first word makes a name a person's whatever the
model says. This second, longer list is weaker evidence: it splits a person's
name from the place or body the model ran into it ("el exalcalde de Marbella
Julián Muñoz"), cuts a sentence's first word off a name ("Habló Paloma Gil")
and tells a person's sex for "la ministra", "ella". Its source is the person
providers of Faker (MIT licence, https://github.com/joke2k/faker), whose lists
come from national statistics and civil registries (es_CO: datos.gov.co
"Ciudadanía Digital"; es_ES: INE lists compiled by Álvaro Mondéjar Rubio).
Left out: names in the strong list, names given to both sexes across the
locales, compound names, names of three letters or fewer, country and region
names of the gazetteer, and given names that are also common places or words
(the list below).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from prensa import lexicon  # noqa: E402
from prensa.actors import lexicon as lex  # noqa: E402

LOCALES = ("es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "en_US", "fr_FR", "pt_BR", "it_IT")
# given names that are also places, feasts or common words ("Santiago" the city,
# "Luz", "Paz", "Cruz", "Reyes", "Blanca" the adjective): no evidence of a person
AMBIGUOUS = frozenset(
    [
        "santiago",
        "victoria",
        "dolores",
        "mercedes",
        "paz",
        "luz",
        "rosario",
        "asunción",
        "trinidad",
        "florencia",
        "jesús",
        "guadalupe",
        "lourdes",
        "belén",
        "fátima",
        "soledad",
        "consuelo",
        "esperanza",
        "gracia",
        "caridad",
        "concepción",
        "encarnación",
        "purificación",
        "remedios",
        "amparo",
        "socorro",
        "loreto",
        "nazaret",
        "angustias",
        "áfrica",
        "américa",
        "virginia",
        "georgia",
        "florida",
        "sierra",
        "monte",
        "mar",
        "sol",
        "cruz",
        "reyes",
        "flor",
        "cielo",
        "alba",
        "aurora",
        "estrella",
        "blanca",
        "clemente",
        "león",
        "leal",
        "santos",
        "domingo",
        "ángeles",
        "pastora",
        "nieves",
        "montaña",
        "valle",
        "salud",
        "visitación",
        "inés",
        "austin",
        "jordan",
        "madison",
        "paris",
        "lincoln",
        "washington",
        "dallas",
        "houston",
        "china",
        "india",
        "israel",
    ]
)
OUT = ROOT / "src" / "prensa" / "actors" / "data" / "given_names_more.tsv"


def render() -> str:
    """The list's text, as the file should hold it."""
    strong = lexicon.column("actors", "given_names", "name")
    places = set(lex.places())
    sexes: dict[str, set[str]] = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, sex in (("first_names_male", "M"), ("first_names_female", "F")):
            for name in getattr(provider, attr, ()):
                word = name.lower()
                if " " in word or "-" in word or len(word) <= 3:
                    continue
                if word in strong or word in AMBIGUOUS or word in places:
                    continue
                sexes.setdefault(word, set()).add(sex)
    rows = sorted((w, s.pop()) for w, s in sexes.items() if len(s) == 1)
    header = [
        "# Given names beyond the frequent ones of given_names.tsv: weaker evidence",
        "# of a person (see tools/given_names.py, which writes this file).",
        f"# Provenance: Faker {faker.VERSION} (MIT licence), person providers of",
        f"# {', '.join(LOCALES)}; from national statistics and civil registries.",
        "# Left out: the strong list's names, names of both sexes, compound and",
        "# short names, places of the gazetteer, names that are also places or words.",
        "# sex: F or M, as the source lists count them.",
        "name\tsex",
    ]
    return "\n".join(header + [f"{w}\t{s}" for w, s in rows]) + "\n"


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
