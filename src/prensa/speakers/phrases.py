"""Subjects of cues, and reports inside reports.

``subject_of`` climbs from gerunds, coordinated and relative verbs to the verb
whose subject they share, in the parse; ``looks_ahead``,
``reports_beside_cue`` and ``quotes_beside_report`` tell a verb of saying
inside another's content that reports on its own from one that does not.
Where a subject's phrase ends is ``extent``'s; the clitics before a cue,
``words.clitic_start``; the cues themselves, ``cues``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from prensa import lexicon
from prensa.speakers.words import CLITICS, DASHES, INDEFINITES, RELATIVES

# dialogue dashes: the raya, and the dashes the press types for it


OPENING_MARKS = frozenset({"«", "“", '"', "‘"})
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


NOMINAL = frozenset({"PROPN", "NOUN", "DET", "PRON"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})


def _name_in_prose(head: Token, ok: Callable[[Token], bool]) -> Token | None:
    """ "Respuesta de Facebook  Facebook respondió": a subject the parser ran on
    from a subheading into the prose; the name in the prose is the subject (not
    a dateline's city in capitals, "CIUDAD DE MÉXICO.- La Secretaría ...")."""
    for child in head.children:
        if (
            child.dep_ in {"flat", "appos"}
            and child.i > head.i
            and child.pos_ == "PROPN"
            and not child.is_upper
            and ok(child)
        ):
            return child
    return None


def _judged_relative(verb: Token) -> bool:
    """Whether a relative "que" the parse made the subject of ``verb`` is its
    object: a verb that judges an object with a predicative after "de" or
    "como" ("el informe, que calificó de «propaganda»") and has no other
    object (the predicative, with its preposition, is none)."""
    if verb.lemma_.lower() not in lexicon.word_class("speakers", "predicative_verbs"):
        return False
    return not any(
        c.dep_ == "obj"
        and not any(g.dep_ in {"case", "mark"} and g.lower_ in {"de", "como"} for g in c.children)
        for c in verb.children
    )  # ("definió a Julio Anguita como ...": the "a" of a person is an object's)


def subject_of(
    verb: Token,
    ok: Callable[[Token], bool] = lambda t: True,
    speaks: Callable[[Token], bool] = lambda t: True,
) -> Token | None:
    """The token heading the subject of a reporting verb, following the parse.

    Climbs from gerunds, coordinated and relative verbs to the verb whose
    subject they share ("explicó Chang, subrayando que" -> Chang; "el médico,
    que dijo" -> médico). ``ok`` rejects heads outside the quotation's sentence
    or inside a quotation; ``speaks`` tells a noun that may name a speaker
    (``nouns.names_a_speaker``), for a relative clause the parse hung on one
    that may not.
    """
    doc = verb.doc
    before = verb.i - 1
    if "VerbForm=Inf" in str(verb.morph) and verb.dep_ == "xcomp" and 0 < verb.i - verb.head.i <= 2:
        before = verb.head.i - 1  # "«...», se limitó a decir Ana Gil": the verb governing it
    while before > 0 and doc[before].lower_ in CLITICS:
        before -= 1  # "«¿Vendrá?», le preguntó un periodista"
    # "–" is the raya as much of the press types it ("–contestó Sheinbaum")
    inverted = before >= 0 and doc[before].text in {",", "»", "”", '"'} | DASHES

    def aside(relative: Token) -> bool:
        # "un colectivo que, lamenta, «se siente atacado»": a cue set off by commas
        # after a relative pronoun is an aside with its own dropped subject
        return before >= 0 and doc[before].text == "," and relative.i < before

    for _ in range(4):
        if _content_of_setting(verb):
            verb = verb.head.head  # "anunció en un comunicado que recurrirá"
            continue
        # a newline the parser took for the subject comes last
        for child in sorted(verb.children, key=lambda c: c.is_space):
            if child.dep_ in SUBJECT_DEPS:
                if not child.is_space and not any(ch.isalnum() for ch in child.text):
                    continue  # a dialogue dash the tagger took for a name
                if child.i > 0 and (
                    doc[child.i - 1].lower_ == "a"
                    or (child.lower_ in RELATIVES and doc[child.i - 1].pos_ == "ADP")
                ):
                    continue  # "a quien cataloga", "de quien destacó": not the subject
                if child.lower_ in RELATIVES and aside(child):
                    return None
                if child.lower_ == "que" and _judged_relative(verb):
                    return None  # "el informe, que calificó de «...»": the object
                if (
                    child.lower_ in RELATIVES
                    and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}
                    and verb.head.i < child.i
                ):
                    person = _person_antecedent(verb.head, child)
                    if person is None and child.lower_ in {"quien", "quienes"}:
                        person = _holder_of(verb.head)
                    if person is not None:
                        return person if ok(person) else None
                    head = _speaking_antecedent(_antecedent(verb.head), child, speaks)
                    return head if ok(head) else None
                if child.lower_ in RELATIVES:
                    return None  # a relative whose antecedent the parse lost
                if child.is_space:
                    if child.i + 1 >= len(doc) or doc[child.i + 1].pos_ not in NOMINAL:
                        continue
                    child = doc[child.i + 1]  # a name the parser hung on a newline
                    if child.text in DASHES and child.i + 1 < len(doc):
                        # "\n\n—Red Eléctrica sostiene que ...": past a dialogue dash
                        child = doc[child.i + 1]
                    if child.pos_ == "DET" and child.head.i > child.i:
                        child = child.head
                if ok(child):
                    return _past_participle_clause(child, verb, ok)
                if (name := _name_in_prose(child, ok)) is not None:
                    return name
        if (doubled := _object_after_clitic(verb)) is not None and ok(doubled):
            return doubled
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if inverted and nxt is not None and ok(nxt):
            # a post-verbal subject the parser took for an object ("«...», advierte Alfonso")
            if (
                nxt.head == verb
                and nxt.pos_ == "PROPN"
                and not any(c.dep_ == "case" for c in nxt.children)
            ):
                return nxt
            if (
                nxt.pos_ == "DET"
                and nxt.i + 1 < len(doc)
                and doc[nxt.i + 1].pos_ in {"NOUN", "PROPN"}
                and ok(doc[nxt.i + 1])
            ):
                return doc[nxt.i + 1]  # "«...», explicó el titular"
            if nxt.lower_ in INDEFINITES:
                return nxt  # "«...», reconoce uno de ellos"
        if (
            verb.dep_ in {"acl", "acl:relcl"}
            and verb.head.pos_ in {"NOUN", "PROPN"}
            and any(
                c.lower_ in RELATIVES
                and c.dep_ not in {"obj", "iobj", "obl"}
                and doc[c.i - 1].lower_ != "a"
                and doc[c.i - 1].pos_ != "ADP"
                and not aside(c)
                for c in verb.children
            )
        ):
            return _antecedent(verb.head) if ok(verb.head) else None
        if "VerbForm=Ger" in str(verb.morph) and verb.head.lemma_ in lexicon.word_class(
            "speakers", "quoting"
        ):
            # "Xinhua citó al líder chino diciendo que ...": who is quoted says it
            quoted = next(
                (c for c in verb.head.children if c.dep_ in {"obj", "iobj"} and c.i < verb.i),
                None,
            )
            if quoted is not None and quoted.pos_ in {"NOUN", "PROPN"} and ok(quoted):
                return quoted
        if (
            verb.dep_ in {"conj", "advcl", "xcomp", "parataxis"}
            and verb.head != verb
            and ok(verb.head)
        ):
            reported = _reported_clause(verb)
            if reported is not None:
                verb = reported
                continue
            beside = reports_beside_cue(verb) or quotes_beside_report(verb)
            verb = verb.head.head if beside else verb.head
            continue
        return None
    return None


def looks_ahead(verb: Token) -> bool:
    """Whether a verb is in the future or the conditional: what it tells is
    still to come ("pedirá", "respondería")."""
    return "Fut" in verb.morph.get("Tense", []) or "Cnd" in verb.morph.get("Mood", [])


def reports_beside_cue(verb: Token) -> bool:
    """ "aseguró que su partido quiere dialogar y remarcó que ...": whether a verb
    the parse coordinated with the content of a cue opens a content clause of its
    own in the tense of that cue, not of its content, or concedes one ("aunque
    descartó que ..."): it reports beside the cue, and shares its subject."""
    content = verb.head
    if content.dep_ != "ccomp" or not content.head.i < content.i:
        return False
    reports = any(
        c.dep_ == "ccomp" and any(m.lower_ == "que" for m in c.children if m.dep_ == "mark")
        for c in verb.children
    )
    if verb.dep_ == "advcl":
        # "explicó que X se entrenó, aunque descartó que Y pueda jugar": a verb of
        # the cue's speaker that concedes, whatever the parse hung it on
        return reports and _conceding(verb)
    tense = verb.morph.get("Tense", [])
    return (
        verb.dep_ == "conj"
        and bool(tense)
        and tense == content.head.morph.get("Tense", [])
        and tense != content.morph.get("Tense", [])
        and reports
    )


def quotes_beside_report(verb: Token) -> bool:
    """ "recordó que el Ayuntamiento aprobó la tasa y acusó al gobierno de
    «engañar a los vecinos»": a cue the parse coordinated with the verb of
    another cue's content, where that verb reports nothing and the cue's own
    clause holds words in marks, reports beside the first cue: the marks quote
    the reporter's source, not someone inside what it reported."""
    content = verb.head
    cues = lexicon.column("speakers", "reporting_verbs", "lemma")
    return (
        verb.dep_ == "conj"
        and content.dep_ == "ccomp"
        and content.head.i < content.i
        and verb.lemma_.lower() in cues
        and not any(c.dep_ == "ccomp" for c in content.children)  # it reports nothing
        # in the tense of the first cue, with no subject, no impersonal "se" and no
        # relative of its own ("mensajes ... en los que se asegura que «...»")
        and verb.morph.get("Tense", []) == content.head.morph.get("Tense", [])
        and not any(
            c.dep_ in {"nsubj", "nsubj:pass"} or c.lower_ == "se" or c.lower_ in RELATIVES
            for c in verb.children
        )
        and any(t.text in OPENING_MARKS for t in verb.subtree if t.i > verb.i)
        and not any(t.text in OPENING_MARKS for t in content.doc[content.i : verb.i])
    )


def _conceding(verb: Token) -> bool:
    """Whether a clause opens with a concessive or adversative conjunction
    ("aunque", "si bien", "pero"), with no subject of its own."""
    marks = [c for c in verb.children if c.dep_ in {"mark", "cc"} and c.i < verb.i]
    words = [w.lower_ for m in marks for w in (m, *(c for c in m.children if c.dep_ == "fixed"))]
    return (
        bool(marks)
        and " ".join(words) in lexicon.word_class("speakers", "conceding")
        and not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)
    )


def _reported_clause(gerund: Token) -> Token | None:
    """ "X amenazó a la editorial, reveló el diario, alegando que ...": a gerund
    after an inverted attribution ("reveló el diario", its subject after it) goes
    with the clause reported before it, whose subject alleges; not with the
    medium that reveals it. That clause's verb, or None."""
    head = gerund.head
    if "VerbForm=Ger" not in str(gerund.morph) or gerund.dep_ != "advcl":
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not head.i < subject.i < gerund.i:
        return None
    if subject.lower_ not in lexicon.word_class("speakers", "media"):
        return None  # "«...», dijo Ana Gil, añadiendo que": who speaks goes on speaking
    return next(
        (
            c
            for c in head.children
            if c.dep_ in {"ccomp", "parataxis"}
            and c.i < head.i
            and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ),
        None,
    )


def _past_participle_clause(subject: Token, verb: Token, ok: Callable[[Token], bool]) -> Token:
    """The subject behind an opening participle clause the parser took for it:
    "Consultado por este diario, el alcalde respondió que ..." -> alcalde."""
    doc = subject.doc
    participle = "VerbForm=Part" in str(subject.morph) or (
        subject.lower_.endswith(PARTICIPLE_ENDINGS)
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].lower_ in {"por", "sobre", "acerca", "tras"}
    )  # the tagger takes a capitalised "Consultado" for a name
    if not participle or subject.pos_ not in {"ADJ", "VERB", "PROPN"}:
        return subject
    comma = next((t.i for t in doc[subject.i + 1 : verb.i] if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return subject
    first = doc[comma + 1]
    if first.pos_ == "DET" and comma + 1 < first.head.i < verb.i:
        first = first.head
    return first if first.pos_ in {"NOUN", "PROPN"} and ok(first) else subject


def _person_antecedent(noun: Token, relative: Token) -> Token | None:
    """ "una visita de funcionarios de la Oficina, quienes le dijeron": "quien" and
    "quienes" refer to persons, so their antecedent is the nearest noun before
    them of their number inside the phrase the parser hung the clause on, not
    that phrase's head ("visita"). None for "que", or where no noun fits."""
    if relative.lower_ not in {"quien", "quienes"}:
        return None
    plural = relative.lower_ == "quienes"
    for tok in reversed(noun.doc[noun.left_edge.i : relative.i]):
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ == "flat":
            continue
        number = tok.morph.get("Number", [])
        if (plural and number == ["Plur"]) or (not plural and number != ["Plur"]):
            return _holder_of(tok)
    return None


def _holder_of(tok: Token) -> Token:
    """ "Ana Gil, directora de análisis de Banco Base, quien ...": a name the
    parser hung "quien" on that is a complement ("de Banco Base") is not who
    "quien" refers to; the person whose apposition holds it is."""
    if tok.ent_type_ not in {"ORG", "LOC", "MISC"}:
        return tok
    start = tok
    while tok.lower_ not in lexicon.person_titles() and any(
        c.dep_ == "case" and c.lower_ in {"de", "del"} for c in tok.children
    ):
        if tok.head.i == tok.i or tok.head.pos_ not in {"NOUN", "PROPN"}:
            return start
        tok = tok.head
    if tok is not start and tok.dep_ == "appos" and tok.head.ent_type_ == "PER":
        return tok.head
    return tok


def _object_after_clitic(verb: Token) -> Token | None:
    """ "Lo resumió así el comisionado de Paz, X: «...»": where the verb's direct
    object is already a clitic before it, a noun phrase after it that the parse
    calls a second object is its subject (Spanish doubles a direct object only
    with "a": "lo vio a Juan")."""
    clitic = any(
        c.dep_ == "obj" and c.i < verb.i and c.lower_ in {"lo", "la", "los", "las"}
        for c in verb.children
    )
    if not clitic:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "obj"
            and c.i > verb.i
            and c.pos_ in {"NOUN", "PROPN"}
            and not any(g.dep_ == "case" for g in c.children)
            and verb.doc[c.left_edge.i - 1].lower_ != "a"
        ),
        None,
    )


def _content_of_setting(verb: Token) -> bool:
    """ "El club anunció en un breve comunicado que recurrirá la sanción": the
    parse hangs the content clause on the document the statement was made in,
    as if "que" were a relative; where "que" is the clause's conjunction
    (mark) and the document is the verb's complement ("en un comunicado", "a
    través de una nota"), the clause is the verb's content and has its subject."""
    noun = verb.head
    if not (
        verb.dep_ in {"acl", "acl:relcl"}
        and noun.dep_ == "obl"
        and noun.lemma_.lower() in lexicon.column("speakers", "speech_documents", "lemma")
        and noun.head.i < noun.i
        and noun.head.lemma_.lower() in lexicon.column("speakers", "reporting_verbs", "lemma")
    ):
        return False
    # the parse may take "que" for the subject of a relative ("una nota que
    # recurrirá"); a document that made the statement is its maker's all the same
    # ("lo dijo en un comunicado que se difundió ayer: «...»"), unless the clause
    # has a subject of its own ("en la nota que difundió el ministerio")
    que = [c for c in verb.children if c.lower_ == "que" and c.dep_ in {"mark", "nsubj"}]
    return bool(que) and not any(
        c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ != "que" for c in verb.children
    )


def _speaking_antecedent(noun: Token, relative: Token, speaks: Callable[[Token], bool]) -> Token:
    """ "los argumentos de la defensa, que alegaba que ...": where the parse hung the
    relative clause on a noun that cannot speak ("argumentos"), the nearest noun
    before the relative that can ("defensa") is its antecedent."""
    if speaks(noun):
        return noun
    for tok in reversed(noun.doc[noun.i + 1 : relative.i]):
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "flat" and speaks(tok):
            return tok
    return noun


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause refers to, past an example list: "grandes
    corporaciones como Mastercard y Paypal, que ..." -> corporaciones."""
    while (
        any(c.lower_ == "como" and c.dep_ in {"case", "mark"} for c in noun.children)
        and noun.head != noun
        and noun.head.pos_ in {"NOUN", "PROPN"}
    ):
        noun = noun.head
    return noun
