"""Mentions beyond the name: titles and roles, repeated names, demonyms.

Once the actors are known, three passes find the other ways the article
refers to them, each linear in the number of tokens:

- repeated names the model missed ("Al assad" after "Bashar al Assad");
- title and role phrases: "el presidente ruso, Vladimir Putin" (a title
  beside a name), "Bruce Mac Master, presidente de la Andi" (an apposition),
  then "el presidente" alone, which refers back to the actor last given
  that title, or else to the person the text last spoke of as a subject;
- demonyms ("tropas rusas") as mentions of the country, never as aliases.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from prensa import lexicon
from prensa.actors import lexicon as lex
from prensa.actors.tokens import constituency_por, epithet_start
from prensa.actors.words import fold
from prensa.token_table import tokens_between

ARABIC_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn"})
MAX_KEY = 6


@dataclass(slots=True)
class TokMention:
    """A mention in token offsets, before it is written to the registry."""

    start: int
    end: int
    actor: str
    kind: str


def _key(texts: list[str], start: int, end: int) -> tuple[str, ...]:
    return tuple(fold(t) for t in texts[start:end])


def repeated_names(
    doc: Doc, texts: list[str], found: list[TokMention], types: dict[str, str]
) -> list[TokMention]:
    """Later uses of a known name the model did not tag, in any case.

    Arabic particles open a short form of the name: "al Assad" / "Al assad"
    of "Bashar al Assad".
    """
    keys: dict[tuple[str, ...], str] = {}
    for m in found:
        if m.kind in {"name", "alias", "acronym"} and doc[m.start].text[:1].isupper():
            keys.setdefault(_key(texts, m.start, m.end), m.actor)
    for key, actor in list(keys.items()):
        if types.get(actor) == "PER":
            for i, word in enumerate(key[1:-1], 1):
                if word in ARABIC_PARTICLES:
                    keys.setdefault(key[i:], actor)
            if (
                len(key) == 2
                and key[0] not in lex.all_given_names()
                and key[0] not in lex.PARTICLES | lex.NAME_ARTICLES
                and len(key[0]) >= 2
            ):
                # "Xi" of "Xi Jinping", "Kim" of "Kim Jong-un": a name that opens with
                # its family name (East Asian order) is called by it; a nickname's
                # article is no name ("El Tigre": every "el" would be him)
                keys.setdefault(key[:1], actor)
    covered: dict[int, TokMention] = {}
    for m in found:
        for i in range(m.start, m.end):
            covered[i] = m
    longest = min(MAX_KEY, max((len(k) for k in keys), default=0))
    firsts = {k[0] for k in keys}
    # the words a known name may open with, told once per distinct word
    opening = {
        t
        for t in set(texts)
        if (t[:1].isupper() or t.lower() in ARABIC_PARTICLES) and fold(t) in firsts
    }
    out = list(found)
    i, n = 0, len(doc)  # i: where the next name may start
    for start in [k for k, t in enumerate(texts) if t in opening]:
        if start < i:
            continue
        i = start
        hit = None
        words = _key(texts, i, min(i + longest, n))
        for size in range(len(words), 0, -1):
            found_actor = keys.get(words[:size])
            if found_actor is None:
                continue
            actor = found_actor
            olds = list(
                {id(covered[j]): covered[j] for j in range(i, i + size) if j in covered}.values()
            )
            if all(
                o.start >= i and o.end <= i + size and o.actor == actor for o in olds
            ) and not any(o.start == i and o.end == i + size for o in olds):
                hit = TokMention(i, i + size, actor, "alias")
                for old in olds:
                    out.remove(old)
            break
        if hit is not None:
            out.append(hit)
            for j in range(hit.start, hit.end):
                covered[j] = hit
            i = hit.end
    return out


# "el propio futbolista", "la misma ministra": the same one, named before
SAME = frozenset({"propio", "propia", "mismo", "misma"})
# whole titles whose "de" names the one a group is related to, not the group:
# "la familia de Ana Gil" are her relatives
KIN_GROUPS = frozenset({"familia", "exfamilia"})
# the noun that follows another to make a title of it: "redactor jefe",
# "economista jefa", "comandante en jefe" has its own "en"
CHIEF = frozenset({"jefe", "jefa"})


def _title_end(doc: Doc, i: int, names: Container[int] = ()) -> int:
    """End of a title phrase from its noun: adjectives and 'de' complements; a
    complement stops where one of ``names`` (starts of persons' mentions) begins:
    "el exalcalde de Villanueva del Río [Fernando Castaño]"."""
    n, j = len(doc), i + 1
    while j < n:
        tok = doc[j]
        if (
            (tok.pos_ == "ADJ" and tok.text.islower())
            or tok.lower_ in CHIEF
            or (tok.text.islower() and lex.titles().get(tok.lower_, ("",))[0] == "PER")
        ):
            j += 1  # "la directora general", "el economista jefe", "el consejero delegado"
        elif (
            tok.lower_ in {"de", "del"} or constituency_por(doc, j) or _portfolio_para(doc, j)
        ) and j + 1 < n:
            # "la alcaldesa de Getafe", "el senador por Texas": its place; "la
            # comisionada para la Reconstrucción": its charge
            k = j + 1
            if doc[k].lower_ in lex.ARTICLES and k + 1 < n:
                k += 1
            if not doc[k].text[:1].isupper():
                # "el abogado del exmandatario, Ana Gil": a common noun whose
                # apposition names the holder
                # (the tagger calls some of them names: "del ministerio")
                m = k + 1 if doc[k].pos_ in {"NOUN", "PROPN"} and doc[k].text.islower() else k
                while m > k and m < n and doc[m].pos_ == "ADJ" and doc[m].text.islower():
                    m += 1  # "el portavoz del secretario general, Henrik Olsen"
                if m + 1 < n and m > k and doc[m].text == "," and _opens_apposed_name(doc, m + 1):
                    j = m
                break
            person = None  # where a person's name starts inside the run
            while k < n and (
                doc[k].text[:1].isupper()
                or (doc[k].lower_ in lex.PARTICLES and k + 1 < n and doc[k + 1].text[:1].isupper())
            ):
                k += 1
                if person is None and k in names:
                    person = k
            if doc[i].lower_ in lex.portfolio_titles():
                k = _portfolio_list_end(doc, k, names)
            apposed = k + 1 < n and doc[k].text == "," and k + 1 in names
            if person is not None and not apposed:
                # "el exalcalde de Villanueva del Río [Fernando Castaño]"; but "el
                # director del Centro Fray Matías de Córdova, Luis Paz" is Luis Paz
                k = person
                while doc[k - 1].text.islower():
                    k -= 1  # "secretaria de Comercio e [Isabel Casillas]"
            j = k
        else:
            break
    return j


def _portfolio_para(doc: Doc, j: int) -> bool:
    """A "para" that names an office's charge: "el comisionado para la Paz", "la
    ministra para la Transición Ecológica", "el enviado especial para Siria"
    (a capitalised name after it, with or without its article)."""
    if doc[j].lower_ != "para" or j + 1 >= len(doc):
        return False
    k = j + 2 if doc[j + 1].lower_ in lex.ARTICLES else j + 1
    return k < len(doc) and doc[k].text[:1].isupper()


def _titled_article(doc: Doc, i: int) -> bool:
    """An article and a word that describes a person at ``i``, before a name:
    "la coronel", "el griego" (``tokens.epithet_start``)."""
    return i + 2 < len(doc) and epithet_start(doc, i + 2) == i


def _opens_apposed_name(doc: Doc, i: int) -> bool:
    """A name, or an article and a title before one, opens at ``i``: "Ana Gil",
    "la coronel Ana Gil"."""
    if _titled_article(doc, i) and i + 2 < len(doc):
        i += 2
    return doc[i].text[:1].isupper()


def _portfolio_list_end(doc: Doc, k: int, names: Container[int]) -> int:
    """Past the other portfolios of one office, listed with commas and closed by
    "y" or "e": "el ministro de Transportes[, Obras y Vivienda], Ramón Cuesta".
    ``k`` ends the first; a list that no "y" closes, or that reaches a person's
    name, is no list of portfolios."""
    n, m = len(doc), k
    while m + 1 < n and doc[m].text == "," and _opens_portfolio(doc, m + 1, names):
        m = _capitalised_end(doc, m + 1)
    if m + 1 < n and doc[m].lower_ in {"y", "e"} and _opens_portfolio(doc, m + 1, names):
        return _capitalised_end(doc, m + 1)
    return k


def _opens_portfolio(doc: Doc, i: int, names: Container[int]) -> bool:
    return doc[i].text[:1].isupper() and i not in names


def _capitalised_end(doc: Doc, i: int) -> int:
    """End of the run of capitalised words (and the particles inside it, but the
    "y" that joins two portfolios) at ``i``: "Promoción de la Salud"."""
    n = len(doc)
    while i < n and (
        doc[i].text[:1].isupper()
        or (
            doc[i].lower_ in lex.PARTICLES - {"y", "e"}
            and i + 1 < n
            and doc[i + 1].text[:1].isupper()
        )
    ):
        i += 1
    return i


def _described(doc: Doc, end: int, starts: dict[int, TokMention]) -> tuple[int, TokMention | None]:
    """A title's lower-case complement that runs into a name: "la agencia [de
    noticias oficial] SANA". Returns the end of the title and the name."""
    j = end
    while (
        j < len(doc)
        and j - end < 4
        and doc[j].text.islower()
        # a lower-case word the tagger calls a name is none: "la fiscal anticorrupción"
        and doc[j].pos_ in {"NOUN", "ADJ", "ADP", "DET", "PROPN"}
        # "la compañía a la CNMV": another preposition brings someone else in
        and (doc[j].pos_ != "ADP" or doc[j].lower_ in {"de", "del"})
    ):
        j += 1
        if j in starts and doc[j - 1].pos_ != "ADP" and doc[j - 1].lower_ not in {"de", "del"}:
            # in apposition; after "de" it is the complement's ("economista jefe de Itaú")
            return j, starts[j]
    if j > end and j + 1 in starts and doc[j].text == "," and doc[j - 1].pos_ in {"NOUN", "ADJ"}:
        return j, starts[j + 1]  # "el candidato opositor, Alejandro Zamora"
    return end, None


def _of_a_relation(doc: Doc, start: int) -> bool:
    """Whether the title phrase at ``start`` is the complement of a noun of
    kinship or relation: "la esposa [del presidente]", "el principal rival [del
    alcalde]", "el hijo menor [de la ministra]"."""
    i = start - 1
    if i < 1 or doc[i].lower_ not in {"de", "del"}:
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower() and start - i < 5:
        i -= 1  # "el hijo menor de", "la exesposa argentina del"
    return doc[i].lower_ in lex.kinship()


def _subject(doc: Doc, m: TokMention) -> bool:
    return any(t.dep_.startswith("nsubj") for t in tokens_between(doc, m.start, m.end))


def titles(
    doc: Doc, texts: list[str], found: list[TokMention], types: dict[str, str]
) -> list[TokMention]:
    """Title and role phrases linked to the actor they name."""
    starts = {m.start: m for m in found}
    people = {m.start for m in found if types.get(m.actor) == "PER"}
    ends = {m.end: m for m in found}
    by_start = sorted(found, key=lambda m: m.start)
    memory: dict[str, str] = {}  # title word -> actor last given it
    complements: dict[str, tuple[str, ...]] = {}  # title word -> the complement it had then
    given: dict[str, set[str]] = {}  # actor -> the title words it was given with its name
    unnamed: set[str] = set()  # titles given with a complement and no name
    sex_of = _sexes(doc, by_start)
    told: dict[str, str] = {}  # actor -> the sex a title given beside its name told

    def _sex(actor: str) -> set[str]:
        return {told[actor]} if actor in told else sex_of.get(actor, set())

    out: list[TokMention] = []
    nxt = 0
    last_person: str | None = None
    last_subject: str | None = None
    lexicon = lex.titles()
    inside = {i for m in found for i in range(m.start, m.end)}
    covered = 0  # the end of the last title phrase: "el abogado del exregidor", one
    titled = {t for t in set(texts) if t.lower() in lexicon}  # told once per distinct word
    for i, text in enumerate(texts):
        if text not in titled or i == 0 or i < covered:
            continue
        entry = lexicon[text.lower()]
        tok = doc[i]
        while nxt < len(by_start) and by_start[nxt].start <= tok.i:
            m = by_start[nxt]
            if types.get(m.actor) == "PER":
                last_person = m.actor
                if _subject(doc, m):
                    last_subject = m.actor
            nxt += 1
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        refers, whole = entry
        start = tok.i - 1 if doc[tok.i - 1].pos_ == "DET" else tok.i
        if (
            start == tok.i
            and tok.i >= 2
            and doc[tok.i - 1].lower_ in ORDINAL_RANKS
            and doc[tok.i - 2].pos_ == "DET"
        ):
            start = tok.i - 2  # "El primer ministro británico": the rank is the title's
        if (
            start >= 1
            and start < tok.i
            and doc[start].lower_ in SAME
            and doc[start - 1].pos_ == "DET"
        ):
            start -= 1  # "El propio futbolista", "la misma ministra": the article before
        if tok.i in inside:
            continue  # part of a name ("Partido Popular")
        end = _title_end(doc, tok.i, people)
        covered = end
        if (
            end + 1 < len(doc)
            and doc[end].lower_ in {"y", "e"}
            and lex.titles().get(doc[end + 1].lower_, ("",))[0] == refers
            and not (start and doc[start - 1].text == ",")
        ):
            # "El primer ministro y ministro de Exteriores, X,", "El escritor y
            # periodista Julio Vargas": the name after both holds both, never one
            # from before them (after a name, "X, investigadora del MNCN y autora
            # del estudio", the name is the one before)
            second = _title_end(doc, end + 1, people)
            comma = second < len(doc) and doc[second].text == ","
            holder = starts.get(second + 1 if comma else second)
            if holder is not None and types.get(holder.actor) == refers:
                out.append(TokMention(start, end, holder.actor, "title"))
            continue
        if _of_a_relation(doc, start):
            # "la esposa del presidente, Ana Gil": the name is the wife's, and the
            # president is someone the story has not named
            if refers == "PER":
                unnamed.add(tok.lower_)
            continue
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "el portavoz de la Oficina ... (OCHA), Jens Laerke": past the short form
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        if after + 2 < len(doc) and _titled_article(doc, after) and after + 2 in starts:
            # "La portavoz del ministerio, la coronel Ana Beltrán,", "El comisario de
            # Energía, el griego Nikos Pappas,": past her rank, his nationality
            after += 2
        if whole:
            end = tok.i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].text.islower():
                end += 1
            of = end < len(doc) and doc[end].lower_ in {"de", "del"}
            if of and tok.lower_ in KIN_GROUPS:
                # "la dinastía de los Assad" is the dynasty, "la familia de Ana Gil"
                # her relatives, a group of its own ("la familia Murdoch" is the
                # dynasty)
                continue
            after = end + 1 if of else end
        named = starts.get(after)
        if named is None and not whole:
            end, named = _described(doc, end, starts)  # "la agencia de noticias oficial SANA"
        sex = _phrase_sex(doc, start, tok)
        if (
            named is not None
            and refers == "PER"
            and types.get(named.actor) != "PER"
            and named.end + 1 < len(doc)
            and doc[named.end].text == ","
            and types.get(getattr(starts.get(named.end + 1), "actor", "")) == "PER"
        ):
            # "La presidenta de la minera estatal Codelco, Paula Torres,": the body
            # closes the title's complement, the name after the comma holds it
            end, named = named.end, starts[named.end + 1]
        if named is not None and types.get(named.actor) == refers:
            stop = named.end if whole else end
            out.append(TokMention(start, stop, named.actor, "title"))
            memory[tok.lower_] = named.actor
            complements[tok.lower_] = _complement(doc, tok.i, end, starts)
            given.setdefault(named.actor, set()).add(tok.lower_)
            if sex is not None:
                told[named.actor] = sex  # "la actriz Evan Rachel Wood": hers, whatever "Evan"
            continue
        # "Ana Gil, la consejera(,)": an apposition closes where its clause goes
        # on; "En declaraciones a Radio X, el consejero atribuyó ..." is no apposition
        tail = named.end if named is not None else end  # "fundador de la firma Microsoft,"
        closed = tail >= len(doc) or doc[tail].is_punct or doc[tail].pos_ in {"ADP", "CCONJ"}
        before = ends.get(start - 1) if start and doc[start - 1].text == "," and closed else None
        if before is not None and types.get(before.actor) == refers and refers == "PER":
            out.append(TokMention(start, end, before.actor, "title"))
            memory[tok.lower_] = before.actor
            complements[tok.lower_] = _complement(doc, tok.i, end, starts)
            given.setdefault(before.actor, set()).add(tok.lower_)
            if sex is not None:
                told[before.actor] = sex
            continue
        if start == tok.i or doc[start].lower_ not in lex.ARTICLES:
            continue  # "un portavoz": a new, unnamed speaker
        actor = memory.get(tok.lower_)
        if actor is not None and _other_office(
            complements.get(tok.lower_), _words(doc, tok.i + 1, end)
        ):
            # "el jefe de la policía, Omar Haddad ... el jefe del Gobierno": another
            # office of the same noun, not the one given before
            actor = None
        if actor is not None and sex is not None and _sex(actor) == {_OTHER[sex]}:
            # "El economista Luis Prado ... explica la economista": an epicene title
            # given to a man names a woman with the feminine article
            actor = None
        if actor is None and refers == "PER" and end > tok.i + 1:
            unnamed.add(tok.lower_)  # "la ministra de Trabajo", named by no one yet
        if actor is None and refers == "PER" and end == tok.i + 1 and tok.lower_ not in KIN_GROUPS:
            # (a family is no person: "la familia" alone is someone's relatives)
            actor = last_subject or last_person
            if tok.lower_ in unnamed:
                actor = None  # "La ministra" is the one the story named by her office
            elif (
                actor is not None
                # a former office goes with a current one (a string test: it also
                # spares "experto", an epithet, which the guard should spare anyway)
                and not tok.lower_.startswith("ex")
                and given.get(actor, {tok.lower_}) - {tok.lower_}
            ):
                actor = None  # "El alcalde" is not the one the story called "secretario"
            elif lex.feminine_title(tok.lower_) and "F" in sex_of.get(actor or "", ()):
                actor = None  # "el alcalde" is no woman: someone not named yet
            elif sex == "F" and "M" in sex_of.get(actor or "", ()):
                # "la abogada" is no man: the last person whose given name allows it
                actor = next(
                    (
                        m.actor
                        for m in reversed(by_start[:nxt])
                        if types.get(m.actor) == "PER" and "M" not in sex_of.get(m.actor, ())
                    ),
                    None,
                )
        if actor is not None:
            out.append(TokMention(start, end, actor, "title"))
    return out


_OTHER = {"F": "M", "M": "F"}
# ordinals that make a rank of an office: "el primer ministro", "la primera dama"
ORDINAL_RANKS = frozenset({"primer", "primera", "segundo", "segunda", "tercer", "tercera"})


def _words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The lower-case words of ``doc[start:end]``, a title's complement."""
    return tuple(t.lower_ for t in doc[start:end])


def _complement(doc: Doc, i: int, end: int, starts: dict[int, TokMention]) -> tuple[str, ...]:
    """The words of the complement of the title at ``i``, with the name that
    closes it: "fundador de la compañía Microsoft" (the title stops before it)."""
    named = starts.get(end)
    return _words(doc, i + 1, named.end if named is not None else end)


def _other_office(given: tuple[str, ...] | None, now: tuple[str, ...]) -> bool:
    """Whether two "de" complements of one title noun name two offices, sharing no
    word but their particles: "jefe de la policía" and "jefe del Gobierno"; not
    "fundador de la compañía Microsoft" and "fundador de Microsoft"; an adjective
    ("el líder popular") or no complement names no other."""
    if given is None or given[:1] not in {("de",), ("del",)} or now[:1] not in {("de",), ("del",)}:
        return False
    return not (set(given) - lex.PARTICLES) & (set(now) - lex.PARTICLES)


def _phrase_sex(doc: Doc, start: int, tok: Token) -> str | None:
    """ "F" or "M" as a title phrase tells it: by the noun ("la ministra") or, for
    an epicene noun the tagger leaves without gender ("la economista", "el
    periodista"), by its article."""
    for word in (tok, doc[start]) if start < tok.i else (tok,):
        gender = word.morph.get("Gender", [])
        if gender == ["Fem"]:
            return "F"
        if gender == ["Masc"]:
            return "M"
    return None


def _sexes(doc: Doc, mentions: list[TokMention]) -> dict[str, set[str]]:
    """Actor -> the sexes ("F", "M") of the given names its mentions open with."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        sex = lexicon.sex_of(doc[m.start].lower_)
        if sex is not None:
            out.setdefault(m.actor, set()).add(sex)
    return out


def demonyms(texts: list[str], actor_of_place: dict[str, str]) -> list[TokMention]:
    """'tropas rusas' -> a demonym mention of Rusia, where Rusia is an actor."""
    if not actor_of_place:
        return []
    table, names = lex.demonyms(), lex.code_names()
    out = []
    for i, text in enumerate(texts):
        code = table.get(text)
        if code is None or not text.islower():
            continue
        actor = next((actor_of_place[n] for n in names.get(code, []) if n in actor_of_place), None)
        if actor is not None:
            out.append(TokMention(i, i + 1, actor, "demonym"))
    return out
