"""Page furniture: headlines, section labels, bylines, captions, subheadings."""

from __future__ import annotations

import pytest

from prensa.zones import find_zones, same_zone, zone_at


def kinds(text: str) -> list[tuple[str, str]]:
    return [(z.kind, z.text) for z in find_zones(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline: the first line, short, no clause-closing punctuation
        (
            "Suben los precios del pan en Castilla\nEl kilo costó ayer un 5 % más.",
            [("headline", "Suben los precios del pan en Castilla")],
        ),
        # a section label glued to the first sentence
        ("Vivienda| La Audiencia anuló el decreto.", [("section", "Vivienda|")]),
        ("ECONOMÍA | El banco subió los tipos.", [("section", "ECONOMÍA |")]),
        # bylines and agencies on a line of their own
        (
            "El pleno votó.\nPor Marta Ruiz Gómez\nNadie se abstuvo.",
            [("byline", "Por Marta Ruiz Gómez")],
        ),
        ("El pleno votó.\nEuropa Press\nNadie se abstuvo.", [("byline", "Europa Press")]),
        # captions and links to other stories
        ("Foto: archivo\nEl pleno votó.", [("caption", "Foto: archivo")]),
        (
            "El pleno votó.\nLee también: El alcalde dimite tras el escándalo\nNadie se abstuvo.",
            [("related", "Lee también: El alcalde dimite tras el escándalo")],
        ),
        # a subheading between paragraphs; a question may head a section
        (
            "El pleno votó ayer.\nUna votación reñida\nNadie se abstuvo."
            "\n¿Qué pasará ahora?\nNadie lo sabe.",
            [("subheading", "Una votación reñida"), ("subheading", "¿Qué pasará ahora?")],
        ),
        # flattened paragraphs: a subheading between runs of two spaces after a sentence
        (
            "El pleno votó ayer.  Una votación reñida  Nadie se abstuvo en la sesión.",
            [("subheading", "Una votación reñida")],
        ),
        # one space before it, two after: the stretch since the sentence's end
        (
            "Dijo que «tenía sangre en las manos». Respuesta de la empresa  La empresa"
            " respondió ayer.",
            [("subheading", "Respuesta de la empresa")],
        ),
    ],
)
def test_zones_find_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El pleno votó ayer.\nNadie se abstuvo en la sesión.",  # prose lines end in a period
        "Una sola línea sin punto final",  # a text of one line is no headline of anything
        "El pleno votó ayer.\nla votación fue reñida\nNadie se abstuvo.",  # lower case: a cut line
        "El pleno, según dijo su presidente, votó.",  # commas are prose
        "El pleno votó.  Luego  se fue.",  # two-space runs not after a sentence end
        "Habló el Sr. Pérez Gil  Luego se fue.",  # an abbreviation's point ends no sentence
        "Lo dijo. «Es largo»  Luego se fue.",  # a quotation is no subheading
        "Lo dijo. Y en un cuarto de hora resolvió el asunto pendiente  Luego se fue.",  # long
    ],
)
def test_zones_leave_prose_alone(text: str) -> None:
    assert kinds(text) == []


def test_zones_long_lines_are_prose() -> None:
    line = " ".join(["palabra"] * 20)
    assert kinds(f"El pleno votó.\n{line.capitalize()}\nNadie se abstuvo.") == []


def test_zones_offsets_are_exact() -> None:
    text = "  Suben los precios  \n\nEl kilo costó ayer un 5 % más."
    (zone,) = find_zones(text)
    assert text[zone.start : zone.end] == zone.text == "Suben los precios"
    zones = find_zones(text)
    assert zone_at(zones, zone.start + 2) == zone
    assert zone_at(zones, text.index("kilo")) is None
    assert same_zone(zones, text.index("kilo"), len(text) - 1)
    assert not same_zone(zones, zone.start, text.index("kilo"))


@pytest.mark.model
def test_zones_written_by_the_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Vivienda| La Audiencia Nacional anuló ayer el decreto.")
    assert doc._.prensa_zones == [{"start": 0, "end": 9, "kind": "section"}]


@pytest.mark.model
def test_zones_section_label_is_no_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Tribunales| Marta Ruiz anuló ayer el decreto. «Es ilegal», dijo Ruiz.")
    names = [a["name"] for a in doc._.prensa_actors]
    assert "Marta Ruiz" in names
    assert not any("Tribunales" in n for n in names)
