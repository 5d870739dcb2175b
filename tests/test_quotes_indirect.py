"""Indirect quotations: span boundaries and cues of content clauses.

The sentences are invented for these tests; each table is a general Spanish
pattern, not a passage of an annotated article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from prensa.quotes.indirect import trim


def _indirect(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [text[q["start"] : q["end"]] for q in doc._.prensa_quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el museo abrió en 1985 y ", "el museo abrió en 1985"),
        (" , llegará tarde, ", "llegará tarde"),
        ("el tren sale a las tres pero", "el tren sale a las tres"),
        ("ni blanco ni negro", "ni blanco ni negro"),
    ],
)
def test_quotes_indirect_trim_drops_hanging_conjunction(text: str, expected: str) -> None:
    s, e = trim(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACAPULCO, Guerrero.- El puerto quedó sin luz", "El puerto quedó sin luz"),
        ("MADRID, 14 Mar. (EUROPA PRESS) - El paro bajó", "El paro bajó"),
        ("Ciudad de México.- Los vecinos cerraron la calle", "Los vecinos cerraron la calle"),
        # the city's region in brackets, in capitals or not
        ("TARIJA (Bolivia), 2 may (EFE).- Dos mineros murieron", "Dos mineros murieron"),
        ("Ronda (Málaga), 9 jul (EFE).- El incendio sigue activo", "El incendio sigue activo"),
        # not a dateline: a dash inside the line's prose
        (
            "Ayer, EEUU - y no China - subió los aranceles",
            "Ayer, EEUU - y no China - subió los aranceles",
        ),
    ],
)
def test_quotes_indirect_trim_drops_a_whole_dateline(text: str, expected: str) -> None:
    s, e = trim(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.model
def test_quotes_indirect_post_cue_before_the_speakers_apposition(nlp: Language) -> None:
    # "..., informó la gobernadora, Ana Paz.": the apposition closes the sentence
    text = "La cifra de muertos subió a 27, informó la gobernadora de Guerrero, Ana Paz."
    assert _indirect(nlp, text) == ["La cifra de muertos subió a 27"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "dijo que A y que B": one item from the start of A to the end of B
        (
            "La alcaldesa Marta Gil dijo que el puente estará listo en mayo y que "
            "las obras no cortarán el tráfico.",
            "el puente estará listo en mayo y que las obras no cortarán el tráfico",
        ),
        # a parenthesis inside the content does not close it
        (
            "El consejero Pablo Ruiz explicó que el hospital (inaugurado en 1990) "
            "necesita una reforma urgente.",
            "el hospital (inaugurado en 1990) necesita una reforma urgente",
        ),
    ],
)
def test_quotes_indirect_coordinated_content_is_one_item(
    nlp: Language, text: str, content: str
) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "dijo que A y «B»": A is indirect, B marked
        (
            "El director Luis Vera recordó que el museo abrió en 1985 y «desde "
            "entonces no ha cerrado ni un solo día».",
            "el museo abrió en 1985",
        ),
    ],
)
def test_quotes_indirect_quotation_after_conjunction_closes_content(
    nlp: Language, text: str, content: str
) -> None:
    assert _indirect(nlp, text) == [content]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "recordó que A y consideró que «B»": the second cue, of opinion, whose words
        # are in marks, ends the first cue's clause; A is indirect
        (
            "El alcalde de Soria, Pedro Gil, recordó que la ciudad pagó tres millones "
            "en obras el año pasado y consideró que el nuevo plan «llega tarde».",
            ["la ciudad pagó tres millones en obras el año pasado"],
        ),
        # ... but one of no marked words is part of what was recalled
        (
            "La diputada Ana Ruiz recordó que se escondió en un despacho y pensó que "
            "iba a morir cuando oyó los gritos.",
            ["se escondió en un despacho y pensó que iba a morir cuando oyó los gritos"],
        ),
    ],
)
def test_quotes_indirect_clause_before_a_cue_of_marked_words(
    nlp: Language, text: str, content: list[str]
) -> None:
    assert _indirect(nlp, text) == content


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "dijo que «A» y que B": the marked clause is its own item, B is indirect
        (
            "El alcalde Luis Peña respondió que hay «un plan muy claro» y que, si "
            "nada falla, las obras acabarán en junio.",
            "si nada falla, las obras acabarán en junio",
        ),
        (
            "La jueza Ana Mora explicó que el caso «no está cerrado» y que los "
            "testigos declararán el martes.",
            "los testigos declararán el martes",
        ),
    ],
)
def test_quotes_indirect_clause_after_marked_clause(nlp: Language, text: str, content: str) -> None:
    assert _indirect(nlp, text) == [content]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a quotation set off by commas inside the clause: the content holds marks
        "La consejera Rosa Lema dijo que anima a los vecinos, «sin excepción», a que "
        "participen en la consulta.",
        # nothing but an adverb before the quotation: the marked part carries it
        "El economista Juan Sáez aclaró que, en resumen, «la deuda sigue creciendo».",
    ],
)
def test_quotes_indirect_quotation_inside_clause_leaves_no_indirect(
    nlp: Language, text: str
) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a PP, an indirect object or a parenthetical between the cue and "que"
        (
            "La ministra Elena Paz dijo en una rueda de prensa que el presupuesto "
            "llegará al Congreso en marzo.",
            "el presupuesto llegará al Congreso en marzo",
        ),
        (
            "El sindicato pidió a los trabajadores del metro que secunden la huelga.",
            "secunden la huelga",
        ),
        (
            "El fiscal Tomás Ibarra había afirmado, entre otras cosas, que el acusado "
            "mintió en su declaración.",
            "el acusado mintió en su declaración",
        ),
        # a time made whole by a deictic word, or "la víspera", before "que"
        (
            "La alcaldesa Eva Ruiz dijo la semana pasada que cerrará el mercado.",
            "cerrará el mercado",
        ),
        (
            "El gobernador anunció la víspera que el Ejército reforzará la frontera.",
            "el Ejército reforzará la frontera",
        ),
    ],
)
def test_quotes_indirect_material_between_cue_and_que(
    nlp: Language, text: str, content: str
) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a PP of topic fills the content slot: its "que" is a relative
        "El alcalde Iván Soto advirtió sobre un riesgo que nadie había previsto.",
        # a direct object: "que" is its relative
        "La directora Ana Ferrer explicó los cambios que introdujo el nuevo reglamento.",
        # ", que" after a PP with no comma before it: an explanatory relative
        "El equipo fue felicitado por los vecinos del barrio, que organizaron una fiesta.",
        # a bare time noun phrase is no adjunct that a content clause follows
        "Le escribí una carta la semana que dejé el periódico.",
        # a noun in apposition to the speaker: "que" is the subject of its relative
        "«No hay agua», dijo a este diario Marisol Pinto, una vecina que vive junto al río.",
        # a cue inverted after the quotation it reports has its content already
        "«Hemos ganado», proclamó la alcaldesa Eva Mora ante cientos de vecinos que "
        "aplaudían en la plaza.",
        "«No me rendiré», confesó Soto ante un público que llenaba el teatro.",
    ],
)
def test_quotes_indirect_relative_after_object_or_topic(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
def test_quotes_indirect_title_in_the_subject_keeps_the_content(nlp: Language) -> None:
    # marks before the cue that were a title in its subject's phrase: the
    # verb reports the content right after it
    text = "El informe, titulado «Sin rastro», señala además que los detenidos no vieron a un juez."
    assert _indirect(nlp, text) == ["los detenidos no vieron a un juez"]


@pytest.mark.model
def test_quotes_indirect_content_stops_before_main_clause(nlp: Language) -> None:
    # a cue inside a fronted adverbial clause: the content ends at its comma
    text = (
        "Después de que el portavoz Raúl Cano explicó en la radio que el plan estaba "
        "cerrado, varios concejales pidieron su dimisión."
    )
    assert _indirect(nlp, text)[0] == "el plan estaba cerrado"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "que" closing a conjunction of time or purpose is not governed by the cue
        "La consejera Lidia Mora habló ayer después de que los bomberos apagaron el fuego.",
        "El párroco recordó la fiesta desde que el pueblo celebra la feria en agosto.",
    ],
)
def test_quotes_indirect_conjunction_que_opens_no_content(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a preposition the verb governs, after its addressee
        (
            "El director Óscar León exhortó a los padres a que vacunen a sus hijos.",
            "vacunen a sus hijos",
        ),
        (
            "La jueza Clara Ríos coincidió con el fiscal en que la prueba es insuficiente.",
            "la prueba es insuficiente",
        ),
    ],
)
def test_quotes_indirect_governed_preposition_before_que(
    nlp: Language, text: str, content: str
) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "estar de acuerdo con" / "muy de acuerdo con": agreement, not a source
        "El concejal Hugo Prieto está de acuerdo con la propuesta de los comerciantes del centro.",
        "La rectora se mostró muy de acuerdo con las quejas de los estudiantes del campus.",
    ],
)
def test_quotes_indirect_de_acuerdo_con_agreement_is_no_source(nlp: Language, text: str) -> None:
    assert [q for q in nlp(text)._.prensa_quotes if q["cue"] == "según"] == []


@pytest.mark.model
def test_quotes_indirect_de_acuerdo_con_source(nlp: Language) -> None:
    text = "De acuerdo con la Policía Nacional, los ladrones huyeron en un coche robado."
    assert "los ladrones huyeron en un coche robado" in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a connective before the aside: the content follows it
        (
            "El alcalde Pedro Sanz suspendió la feria porque, explicó, las lluvias "
            "han inundado el recinto.",
            ["las lluvias han inundado el recinto"],
        ),
        # a connective after the aside: the content precedes it
        (
            "La directora Ana Gil recordó el incendio, pero el museo reabrirá en "
            "verano, precisó, ya que, añadió, las obras van a buen ritmo.",
            ["el museo reabrirá en verano", "las obras van a buen ritmo"],
        ),
        # a clause that leans on what follows: one item, the aside included
        (
            "Pase lo que pase, advierten los bomberos, no se acerquen al río.",
            ["Pase lo que pase, advierten los bomberos, no se acerquen al río"],
        ),
        (
            "Si llueve mañana, avisó el entrenador, el partido se aplazará.",
            ["Si llueve mañana, avisó el entrenador, el partido se aplazará"],
        ),
        # two clauses that each report something: two items
        (
            "La presa aguantará, aseguró el ingeniero, las reparaciones terminaron ayer.",
            ["La presa aguantará", "las reparaciones terminaron ayer"],
        ),
        # the subject of the aside with a name in apposition, then a relative
        (
            "El plan fracasó, admitió el portavoz del Ministerio, Luis Ortega, que "
            "dimitió por la tarde.",
            ["El plan fracasó"],
        ),
    ],
)
def test_quotes_indirect_aside_cue_splits_or_joins_content(
    nlp: Language, text: str, contents: list[str]
) -> None:
    assert _indirect(nlp, text) == contents


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the aside attributes a quotation, not the relative after it
        "«No cerraremos», dijo la gerente Rosa Vidal, quien dirige la fábrica desde 2010.",
        # a verb with its own complement is an act, not an aside
        "La marcha recorrió el centro, avanzó hasta la plaza, y allí terminó.",
    ],
)
def test_quotes_indirect_aside_needs_a_content_clause(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "según X" between a subject and its verb: the content is what follows
        (
            "Estas cuentas, según la investigadora Ana Gil, formaban parte de una red organizada.",
            ["formaban parte de una red organizada"],
        ),
        # after a whole clause and before a coordinated one: the content precedes it
        (
            "El tren llegó tarde, según la compañía, y los pasajeros protestaron.",
            ["El tren llegó tarde"],
        ),
        # "según" of a criterion names no source
        (
            "El Gobierno moldeó el programa según los intereses de su partido y lo "
            "convirtió en un espectáculo.",
            [],
        ),
        ("Los heridos recibieron atención según el grado de urgencia de cada caso.", []),
        ("Las obras avanzan según lo previsto desde el verano pasado.", []),
    ],
)
def test_quotes_indirect_segun_inside_the_clause(
    nlp: Language, text: str, contents: list[str]
) -> None:
    assert _indirect(nlp, text) == contents


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ", dijo X": a term of one to three words in marks leaves the content indirect
        (
            "La mayor novedad del plan es la «ventanilla única» para todos los trámites, "
            "explicó la concejala Rosa Gil.",
            "La mayor novedad del plan es la «ventanilla única» para todos los trámites",
        ),
        # a relative after the speaker hangs from the speaker, not from the content,
        # and a quotation in it leaves the content indirect
        (
            "Las obras del puente terminarán antes del verano, dijo el alcalde Luis Peña, "
            "que calificó el proyecto de «una prioridad para toda la ciudad».",
            "Las obras del puente terminarán antes del verano",
        ),
        # so does a gerund after the speaker
        (
            "El puente viejo no soporta camiones pesados, advirtió la ingeniera Marta "
            "Ruiz, alegando que «el informe de 2019 ya lo decía».",
            "El puente viejo no soporta camiones pesados",
        ),
    ],
)
def test_quotes_indirect_post_verb_term_or_rider(nlp: Language, text: str, content: str) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a whole quotation before ", dijo X" is marked, never indirect
        "«Estoy muy cansado», dijo el portero Juan Sanz, que no jugará el domingo.",
        # a quotation of more than three words inside the content: the marked part alone
        "La directora quiere «abrir el museo a todos los públicos» este año, explicó "
        "la consejera Ana Vidal.",
    ],
)
def test_quotes_indirect_post_verb_quotation_leaves_no_indirect(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.xfail(
    strict=True,
    reason="quotes.aside takes the gerund after ', advirtió X,' for a second content",
)
def test_quotes_indirect_aside_gerund_is_no_content(nlp: Language) -> None:
    text = (
        "El puente viejo no soporta camiones pesados, advirtió la ingeniera Marta "
        "Ruiz, recordando el informe de 2019."
    )
    assert _indirect(nlp, text) == ["El puente viejo no soporta camiones pesados"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "X apuntó que Y precisa que Z": the outer content and the inner one
        (
            "El diario local apuntó que el reglamento municipal precisa que las terrazas "
            "deben cerrar a medianoche.",
            [
                "el reglamento municipal precisa que las terrazas deben cerrar a medianoche",
                "las terrazas deben cerrar a medianoche",
            ],
        ),
        (
            "La cadena informó que el Ministerio de Sanidad asegura que la campaña "
            "acabará en junio.",
            [
                "el Ministerio de Sanidad asegura que la campaña acabará en junio",
                "la campaña acabará en junio",
            ],
        ),
        # a hedge ("podrían indicar") reports nothing of its own
        (
            "El virólogo dijo que estos datos podrían indicar que el brote empezó antes.",
            ["estos datos podrían indicar que el brote empezó antes"],
        ),
    ],
)
def test_quotes_indirect_nested_report(nlp: Language, text: str, contents: list[str]) -> None:
    assert _indirect(nlp, text) == contents


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "a pesar de que", "a fin de que": conjunctions, not a content clause
        "El concejal Pedro Gil explicó el proyecto a pesar de que los técnicos lo desaconsejan.",
        "Los vecinos expresaron su apoyo a la familia, a fin de que nadie se sienta solo.",
    ],
)
def test_quotes_indirect_a_noun_de_que_is_a_conjunction(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an object relative: the first "que" stands for the content's subject
        "El equipo habló con el primer paciente que las autoridades dijeron que había "
        "sido infectado, un oficinista de 40 años.",
        "Visitaron la casa que los vecinos aseguran que está encantada desde 1950.",
        # the journalist's own emphasis, nobody's report
        "No hace falta decir que el equipo jugó muy mal el domingo.",
        "Huelga decir que la obra nunca se terminó.",
    ],
)
def test_quotes_indirect_object_relative_or_idiom_is_no_report(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    ("form", "verb"),
    [
        ("pidiéndole", "pedir"),
        ("decirles", "decir"),
        ("explicárselo", "explicar"),
        ("asegurándonos", "asegurar"),
        ("dijo", "decir"),
    ],
)
def test_quotes_indirect_cues_with_enclitics(form: str, verb: str) -> None:
    from prensa.speakers.cues import cue_of_form

    assert cue_of_form(form) == verb


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a cue written with its pronouns: the gerund and the infinitive report too
        (
            "La alcaldesa Ana Gil llamó al ministro, pidiéndole que revise el plan.",
            "revise el plan",
        ),
        (
            "El portavoz Luis Paz fue a decirles que la obra se retrasa.",
            "la obra se retrasa",
        ),
    ],
)
def test_quotes_indirect_enclitic_cues_open_content(nlp: Language, text: str, content: str) -> None:
    assert content in _indirect(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nadie dijo que la obra fuera a retrasarse.",
        "Nadie quiere decirle al alcalde que cancele la feria.",
    ],
)
def test_quotes_indirect_said_by_no_one(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []


@pytest.mark.model
def test_quotes_indirect_addressee_with_coordinated_words(nlp: Language) -> None:
    # "pidió a los cuerpos locales y federales que ...": a conjunction inside the
    # addressee does not end the way from the verb to its "que"
    text = "Ana Gil pidió a otros cuerpos locales y federales que estuvieran preparados."
    assert _indirect(nlp, text) == ["estuvieran preparados"]


@pytest.mark.model
def test_quotes_indirect_two_addressees_then_a_request(nlp: Language) -> None:
    # "pidió al Gobierno y a las comunidades que + subjunctive": two addressees, then
    # what was asked, though the tagger reads a relative after the second
    text = "El gobernador pidió al Gobierno y a las comunidades autónomas que bajen los impuestos."
    assert _indirect(nlp, text) == ["bajen los impuestos"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "para garantizar que": to ensure, an aim, not words
        ("Instalaron filtros para garantizar que el aire no salga de las salas.", []),
        ("Ana Gil pidió calma para asegurar que nadie resulte herido.", []),
        # a verb that only means saying still reports, even as a purpose
        (
            "Ana Gil viajó a Madrid para explicar que el plan sigue en pie.",
            ["el plan sigue en pie"],
        ),
    ],
)
def test_quotes_indirect_purpose_of_ensuring_is_no_report(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert _indirect(nlp, text) == expected


@pytest.mark.model
def test_quotes_indirect_post_cue_with_a_long_name(nlp: Language) -> None:
    # ", alertó este martes el Programa Mundial de Alimentos (PMA)": a cue and a
    # long name, nothing more, after the content
    text = (
        "Medio país pasa hambre, alertó este martes la Organización Mundial de "
        "Ayuda Alimentaria (OMAA)."
    )
    assert _indirect(nlp, text) == ["Medio país pasa hambre"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's reason is part of what was said ...
        (
            "El epidemiólogo dijo que hacen falta más estudios, ya que no se sabe cuánto "
            "dura la inmunidad.",
            ["hacen falta más estudios, ya que no se sabe cuánto dura la inmunidad"],
        ),
        # so is a consequence
        (
            "La ministra destacó que el comercio creció un 20 %, por lo que su "
            "ministerio está listo para negociar.",
            ["el comercio creció un 20 %, por lo que su ministerio está listo para negociar"],
        ),
        # ... the reporter's, with a cue of its own, is not
        (
            "La portavoz dijo que la solución es bajar los impuestos, ya que considera "
            "que el consumo está frenado.",
            ["la solución es bajar los impuestos", "el consumo está frenado"],
        ),
    ],
)
def test_quotes_indirect_a_reason_clause(nlp: Language, text: str, expected: list[str]) -> None:
    assert _indirect(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon that explains goes on with what was said ...
        (
            "La médica explicó que el ensayo se hizo en otro momento: cuando el virus "
            "circulaba más.",
            ["el ensayo se hizo en otro momento: cuando el virus circulaba más"],
        ),
        # ... one before a quotation ends the content
        (
            "La médica explicó que el ensayo cambió: «Lo hicimos todo de nuevo».",
            ["el ensayo cambió"],
        ),
    ],
)
def test_quotes_indirect_a_colon_in_the_content(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert _indirect(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "condenó al hombre que ...": the person acted on, and a relative after him
        ("La Audiencia condenó a 22 años de prisión al hombre que mató a su vecino.", []),
        ("El alcalde criticó a los vecinos que no pagan sus impuestos.", []),
        # "pidió a los vecinos que ...": the addressee, and what was asked of them
        ("El alcalde pidió a los vecinos que no salgan de casa.", ["no salgan de casa"]),
    ],
)
def test_quotes_indirect_a_person_acted_on_takes_a_relative(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert _indirect(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "lo" fills what was said: the "que" after it opens a relative
        "El poeta Arturo Ledesma lo resumió con una imagen que no me abandona: «La luz se va».",
        "El técnico lo explicó con una metáfora que todos entendieron: «Somos un reloj».",
    ],
)
def test_quotes_indirect_no_content_after_an_object_clitic(nlp: Language, text: str) -> None:
    assert _indirect(nlp, text) == []
