"""Who a title, a pronoun or a dropped subject refers back to (issue 12,
classes 1 and 2). Sentences are our own; each states a general pattern."""

from __future__ import annotations

import pytest
from spacy.language import Language

import prensa
from handdocs import Row, parsed_doc
from prensa import lexicon
from prensa.speakers.nouns import names_a_speaker


def speakers(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.speaker_rule) for q in prensa.analyze(text, nlp=nlp).quotes]


def speaker_of(nlp: Language, text: str, quote: str) -> str | None:
    """The speaker prensa gives the quotation ``quote`` of ``text``."""
    return {q: s for q, s, _ in speakers(nlp, text)}[quote]


@pytest.mark.model
def test_speakers_relative_subject_is_no_topic(nlp: Language) -> None:
    # "Ana Gil, que había denunciado el caso": the subject of a relative clause does
    # not become the one a later dropped subject refers to
    text = (
        "«El plan es sólido», dijo Pedro Ruiz. Ruiz habló también de Ana Gil, que había "
        "denunciado el caso. «Nadie nos escuchó», recordó."
    )
    found = {q: (s, how) for q, s, how in speakers(nlp, text)}
    assert found["Nadie nos escuchó"] == ("Pedro Ruiz", "carried")


def test_speakers_given_names_carry_their_sex() -> None:
    sexes = lexicon.given_name_sex()
    assert sexes["ana"] == "F" and sexes["pedro"] == "M"
    assert set(sexes.values()) == {"F", "M"}


@pytest.mark.model
def test_speakers_pull_quote_takes_the_speaker_of_its_source(nlp: Language) -> None:
    text = (
        "La marcha recorrió el centro.\n\n«Nadie nos va a callar»\n\nCientos de vecinos "
        "marcharon ayer. "
        "«Nadie nos va a callar nunca más», gritaban los vecinos ante el ayuntamiento."
    )
    found = {q: (s, how) for q, s, how in speakers(nlp, text)}
    assert found["Nadie nos va a callar"] == ("los vecinos", "pull_quote")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a partial quotation with no cue is the wording of its clause's subject
        (
            "La ministra Ana Gil recibió la propuesta como «un insulto a la inteligencia».",
            "un insulto a la inteligencia",
            "Ana Gil",
        ),
        (
            "El alcalde Luis Paz vive la crisis como «una pesadilla sin final».",
            "una pesadilla sin final",
            "Luis Paz",
        ),
    ],
)
def test_speakers_partial_quote_takes_its_clause_subject(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    found = {q: (s, how) for q, s, how in speakers(nlp, text)}
    assert found[quote] == (speaker, "clause_subject")


@pytest.mark.model
def test_speakers_aside_subject_inside_the_content(nlp: Language) -> None:
    # an indirect report interrupted by its attribution: the subject is in the aside
    text = "Pase lo que pase, insisten los médicos, nadie debe saltarse la revisión."
    found = {q: s for q, s, _ in speakers(nlp, text)}
    assert list(found.values()) == ["los médicos"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # words quoted after a noun of quoted words with their author are the author's
        (
            "La diputada Ana Gil recordó ayer una frase de Clara Campoamor: «La libertad "
            "se aprende ejerciéndola».",
            "La libertad se aprende ejerciéndola",
            "Clara Campoamor",
        ),
        (
            "El libro de Luis Paz, que abre con una cita de Jorge Luis Borges —«Nadie es "
            "la patria»—, defiende la memoria como «un deber de todos».",
            "Nadie es la patria",
            "Jorge Luis Borges",
        ),
    ],
)
def test_speakers_quoted_author(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = {q: (s, how) for q, s, how in speakers(nlp, text)}
    assert found[quote] == (speaker, "quoted_author")


@pytest.mark.model
def test_speakers_quoted_author_is_no_running_speaker(nlp: Language) -> None:
    text = (
        "«Hay que volver a leer», dijo Ana Gil en la presentación. Citó una frase de "
        "Jorge Luis Borges: «Nadie es la patria». «Es un libro necesario», añadió."
    )
    found = {q: s for q, s, _ in speakers(nlp, text)}
    assert found["Es un libro necesario"] == "Ana Gil"


@pytest.mark.model
def test_speakers_name_apposed_after_a_parenthesis(nlp: Language) -> None:
    # the title phrase stops at the parenthesis; the apposed name after it speaks
    text = (
        "La directora de Amnistía Internacional (AI, por sus siglas en inglés), Marta "
        "Vidal, aseguró que el informe es «demoledor»."
    )
    found = {q: s for q, s, _ in speakers(nlp, text)}
    assert found["demoledor"] == "Marta Vidal"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "«Nunca me rendiré»: Ana Torres, alcaldesa de Soria\nLa alcaldesa compareció ayer.",
        "“Nunca me rendiré” — Ana Torres\nLa alcaldesa de Soria compareció ayer ante la prensa.",
    ],
)
def test_speakers_headline_quotation(nlp: Language, text: str) -> None:
    found = {q: (s, how) for q, s, how in speakers(nlp, text)}
    assert found["Nunca me rendiré"] == ("Ana Torres", "headline")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # --- titles agree with their antecedent
        # a feminine title is no man: "la abogada" skips the man who spoke last
        (
            "Ana Gil presentó el recurso. Luego habló Pedro Ruiz: «Es insuficiente». "
            "La abogada respondió que el texto es claro.",
            "el texto es claro",
            "Ana Gil",
        ),
        (
            "Lucía Mora firmó el convenio con Andrés Vidal. «Es un buen día», dijo Vidal. "
            "La consejera añadió que habrá más acuerdos.",
            "habrá más acuerdos",
            "Lucía Mora",
        ),
        # an organisation's title refers to the organisation, not to its chief
        (
            "La empresa Telefónica presentó sus resultados junto a su consejero delegado, "
            "Pedro Ruiz. «Crecimos un 20 %», dijo la compañía.",
            "Crecimos un 20 %",
            "Telefónica",
        ),
        # the masculine is unmarked: "el portavoz" may be the woman named before
        (
            "Marta Vidal habló con la prensa en Lisboa. «Seguiremos», dijo el portavoz.",
            "Seguiremos",
            "Marta Vidal",
        ),
        # --- institution nouns
        # an institution noun with no such institution named before is someone new
        (
            "El ministro Pedro Ruiz visitó Lisboa el lunes. Más tarde, la embajada "
            "aseguró que la visita fue un éxito.",
            "la visita fue un éxito",
            "la embajada",
        ),
        # ... and the institution named before when there is one (its seat is
        # its name's, as dev's gold names "Embajada de China en Washington")
        (
            "El ministro Pedro Ruiz visitó la Embajada de Chile en Lisboa. "
            "«Fue un éxito», dijo la embajada.",
            "Fue un éxito",
            "Embajada de Chile en Lisboa",
        ),
        # --- subjects that cannot speak
        # an abstract noun the parse took for the subject does not speak: the one
        # speaking goes on
        (
            "«Hay que abrir la frontera», dijo la ministra Ana Gil. La reducción de los "
            "envíos en la región, subrayó, es «muy preocupante».",
            "muy preocupante",
            "Ana Gil",
        ),
        # nor does a neuter "lo" phrase cut by a parenthetical cue
        (
            "El obispo Luis Paz habló ayer en Quito. «Lo importante, dijo a la prensa, es la paz».",
            "Lo importante, dijo a la prensa, es la paz",
            "Luis Paz",
        ),
        # an abbreviated title before the name: the name is the speaker
        (
            "«Fue un hallazgo», dijo la Dra. Marta Vidal, jefa de Cardiología.",
            "Fue un hallazgo",
            "Marta Vidal",
        ),
        # --- documents speak for their issuer
        # a document speaks for its issuer ...
        (
            "La pobreza creció el año pasado. Según un informe de Cáritas, hay más familias "
            "sin ingresos.",
            "hay más familias sin ingresos",
            "Cáritas",
        ),
        # ... a document of the one the story is about, for that one ...
        (
            "La jueza Ana Gil llegó al tribunal en 2019. Según su currículum, trabajó "
            "antes en Bruselas.",
            "trabajó antes en Bruselas",
            "Ana Gil",
        ),
        # ... an issuer behind a participle, and a "de" that says what it is about
        (
            "El último informe entregado por las autoridades sanitarias indicó que hay "
            "300 casos nuevos.",
            "hay 300 casos nuevos",
            "las autoridades sanitarias",
        ),
        (
            "La violencia no cede. Según cifras oficiales de violencia de género, hubo 50 "
            "denuncias en marzo.",
            "hubo 50 denuncias en marzo",
            "cifras oficiales de violencia de género",
        ),
        # ... and a new document with no issuer, for itself
        (
            "El temporal arrasó la costa el domingo. Según cifras oficiales, hay 300 heridos.",
            "hay 300 heridos",
            "cifras oficiales",
        ),
        # --- unnamed speakers are named by their phrase
        # a definite description names an unnamed speaker without its relative clause
        (
            "«No nos moverán», gritaban las vecinas que cortaron la avenida.",
            "No nos moverán",
            "las vecinas",
        ),
        # a pronoun needs it: the relative clause is what names the speaker
        (
            "«Es una vergüenza», dijeron algunos que esperaban en la puerta.",
            "Es una vergüenza",
            "algunos que esperaban en la puerta",
        ),
        # --- a phrase the parser hung on the newline before it is whole
        (
            "El banco subió los tipos.\n\nEconomistas consultados por esta "
            "agencia creen que la medida llega tarde.",
            "la medida llega tarde",
            "Economistas consultados por esta agencia",
        ),
        # --- a name after its cue that the tagger read as another word
        (
            "La diputada Ana Moncada presentó su renuncia. El ministro Juan Ruiz dijo que "
            "la respeta.\n\n«No me voy por miedo», ha afirmado Moncada en declaraciones a la "
            "radio.",
            "No me voy por miedo",
            "Ana Moncada",
        ),
        # --- a report inside a report keeps the floor with the outer speaker
        (
            "La portavoz municipal, Eva Soto, afirmó que el Ayuntamiento de Lugo confía en "
            "que el pleno apruebe las cuentas. «Hay margen», remarcó.",
            "Hay margen",
            "Eva Soto",
        ),
        # so does an indefinite one met once, where the clause names no one else
        (
            "«Esto es un caos», resumió un taxista que pidió no ser identificado.",
            "Esto es un caos",
            "un taxista que pidió no ser identificado",
        ),
        (
            "«Habrá cambios», dijo una fuente del banco que preside Ana Gil.",
            "Habrá cambios",
            "una fuente del banco",
        ),
        # --- "quien" refers to persons
        # "quienes" refers to persons: the plural noun before it, not the phrase's head
        (
            "El alcalde recibió ayer una carta de vecinos del barrio, quienes le pidieron "
            "que cierre la plaza.",
            "cierre la plaza",
            "vecinos",
        ),
        # an unnamed speaker is named with the organisation it belongs to
        (
            "La jueza recibió la visita de agentes de la Policía Nacional, quienes le "
            "dijeron que el detenido había huido.",
            "el detenido había huido",
            "agentes de la Policía Nacional",
        ),
        (
            "Llegó un informe del fiscal Pedro Ruiz, quien aseguró que no hay pruebas.",
            "no hay pruebas",
            "Pedro Ruiz",
        ),
        # a main-clause subject named by a title is the topic a dropped subject continues
        pytest.param(
            "La alcaldesa Rosa Peña visitó el barrio el lunes. «Habrá más controles», dijo "
            "el portavoz Luis Marín. La alcaldesa recorrió después las calles afectadas. "
            "«No vamos a dejar a nadie atrás», afirmó.",
            "No vamos a dejar a nadie atrás",
            "Rosa Peña",
            id="title-subject-is-topic",
        ),
        pytest.param(
            "El presidente Juan Soto inauguró la feria. «Es un gran día», dijo la consejera"
            " Ana Ríos. El presidente recorrió después los puestos. «Volveremos el año que "
            "viene», aseguró.",
            "Volveremos el año que viene",
            "Juan Soto",
            id="title-subject-is-topic-2",
        ),
        # the subject of what was (not) proved is no one who speaks
        pytest.param(
            "Los técnicos municipales revisaron el puente el lunes. Aunque no pudieron "
            "probar que las grietas fueran recientes, dijeron a la prensa que hay riesgo de"
            " derrumbe.",
            "hay riesgo de derrumbe",
            "Los técnicos municipales",
            id="plural-skips-content-clause",
        ),
        # a plural dropped subject reaches two sentences back, past a singular one
        pytest.param(
            "Los firmantes piden una reforma del sistema. El Banco Central publicó ayer "
            "nuevas cifras. «Hay que actuar ya», insisten.",
            "Hay que actuar ya",
            "Los firmantes",
            id="plural-two-sentences-back",
        ),
        # an unnamed source that is no one ("el sistema de vigilancia") relays a
        # "según"; the one quoted before it goes on speaking ...
        pytest.param(
            "La epidemióloga Ana Gil comentó que los hospitales se llenan. De acuerdo con "
            "el sistema de vigilancia, tres hospitales están al cien por cien. «La verdad "
            "es que están llenos», compartió.",
            "La verdad es que están llenos",
            "Ana Gil",
            id="segun-system-relays",
        ),
        # ... while an unnamed person a "según" names speaks on
        pytest.param(
            "La empresa Obras Sur levantó el hospital. Según una fuente de la empresa, el "
            "diseño cambió. «Lo rehicimos todo», dijo.",
            "Lo rehicimos todo",
            "una fuente de la empresa",
            id="segun-person-speaks-on",
        ),
        # an infinitive after "ser" reports nothing of the copula's subject
        pytest.param(
            "Ana Gil dijo el lunes que la mejor manera de frenar la crisis es continuar con"
            " las reformas «porque sin ellas no habrá futuro».",
            "porque sin ellas no habrá futuro",
            "Ana Gil",
            id="infinitive-after-copula",
        ),
        # ... also in the second of two coordinated content clauses
        pytest.param(
            "Ana Gil dijo el lunes que las ayudas deben tomarse en serio y que la mejor "
            "manera de frenar la crisis es no solo continuar con las reformas, sino también "
            "ampliar la red de protección «porque sin ellas no habrá futuro».",
            "porque sin ellas no habrá futuro",
            "Ana Gil",
            id="infinitive-after-copula-coordinated",
        ),
        # a verb the parser hung on another takes that one's subject ("naranja" read as a verb)
        pytest.param(
            "Ana Gil pidió a los concejales de Vox que dimitan. La formación naranja encajó"
            " este mensaje como una «agresión».",
            "agresión",
            "Vox",
            id="subject-above-a-verb-without-one",
        ),
        # a title refers to a name the story gave, not one inside a quotation
        pytest.param(
            "Ana Gil pidió a los concejales de Vox que «vuelvan a casa del PP». La "
            "formación verde decidió calificar la oferta de «una OPA hostil».",
            "una OPA hostil",
            "Vox",
            id="title-antecedent-outside-quotations",
        ),
        # "un lugar que, lamenta, «...»": the aside has a dropped subject
        pytest.param(
            "«Hay que actuar», dijo Ana Gil. Después cerraron el centro de acogida, un "
            "lugar que, lamenta, «se ha vuelto una cárcel».",
            "se ha vuelto una cárcel",
            "Ana Gil",
            id="aside-in-a-relative",
        ),
        # "Para Ana Gil, ...": the opinion holder is the topic
        pytest.param(
            "El diario Sur publicó ayer las cifras del paro. Para Ana Gil, el cierre de la "
            "fábrica es la única salida, una decisión que, lamenta, «llega demasiado "
            "tarde».",
            "llega demasiado tarde",
            "Ana Gil",
            id="opinion-holder-is-topic",
        ),
        # a relative clause inside what a cue reports is the reporter's wording
        pytest.param(
            "La ministra Ana Gil destacó que Pedro Ruiz fue de los pocos alcaldes que "
            "expresaron su apoyo «sin ninguna fisura ni duda».",
            "sin ninguna fisura ni duda",
            "Ana Gil",
            id="relative-inside-a-report",
        ),
        # ... but a relative on a noun the cue only names keeps its own speaker
        pytest.param(
            "Citó los insultos de Baudelaire a Flaubert, que se quejaba de ver la "
            "literatura «ahogada en reglas».",
            "ahogada en reglas",
            "Flaubert",
            id="relative-on-a-named-noun",
        ),
        pytest.param(
            "Habló con Ana Gil, que dijo que «todo va bien».",
            "todo va bien",
            "Ana Gil",
            id="relative-cue",
        ),
        # the "se" of a pronominal verb of saying is no impersonal "se"
        pytest.param(
            "«Hay retrasos», dijo Ana Gil. Se quejó de que nadie le avisó.",
            "nadie le avisó",
            "Ana Gil",
            id="pronominal-se",
        ),
        # a second main clause hung as a complement with no "que": its subject is a topic
        pytest.param(
            "«Hubo errores», dijo Ana Gil. El informe se publicó el pasado lunes y dos días"
            " después Pedro Ruiz ordenó una auditoría interna. «No toleraremos abusos», "
            "afirmó entonces.",
            "No toleraremos abusos",
            "Pedro Ruiz",
            id="misparsed-main-clause",
        ),
        # an unnamed person named by a title is a topic of its own
        pytest.param(
            "La abogada de Ana Gil salió del juzgado muy seria. Explicó a la prensa que "
            "recurrirán la sentencia.",
            "recurrirán la sentencia",
            "La abogada de Ana Gil",
            id="unnamed-title-topic",
        ),
        # the one a verb of saying is addressed to is not the one who speaks
        pytest.param(
            "«Estoy preocupada», dijo Ana Gil. La doctora revisó entonces las pruebas. "
            "Después le dijo a Ana Gil que volviera en un mes.",
            "volviera en un mes",
            "La doctora",
            id="addressee-never-speaks",
        ),
        pytest.param(
            "«Estoy preocupada», dijo Ana Gil. Pedro Ruiz revisó entonces las pruebas. Le "
            "dijo a Ana Gil que volviera en un mes.",
            "volviera en un mes",
            "Pedro Ruiz",
            id="addressee-never-speaks-2",
        ),
        # "el equipo de la OMS": a body of a named organisation is someone new
        pytest.param(
            "La OMS publicó su informe anual. El equipo de la OMS pidió que se revisen los datos.",
            "se revisen los datos",
            "El equipo de la OMS",
            id="body-of-an-organisation",
        ),
        # ... while the bare title still refers back to the organisation
        pytest.param(
            "El Real Madrid ganó ayer. El equipo aseguró que seguirá luchando.",
            "seguirá luchando",
            "Real Madrid",
            id="organisation-title",
        ),
        # "El alcalde" is neither the woman who spoke last nor the man called "secretario"
        pytest.param(
            "El secretario de Movilidad, Andrés Ruiz, dijo que habrá desvíos. «Nos van a "
            "quebrar», advirtió María López, dueña de una panadería. El alcalde, por su "
            "parte, defendió el proyecto. «Es una inversión necesaria», escribió.",
            "Es una inversión necesaria",
            "El alcalde",
            id="title-of-someone-not-named-yet",
        ),
        # "la ministra de Trabajo" named by her office only: "La ministra" is her,
        # not a person named before
        pytest.param(
            "Los sindicatos, con Unai Sordo al frente, convocaron una huelga. Sordo acusó "
            "a la ministra de Trabajo de mentir. La ministra, por su parte, aseguró que "
            "el diálogo sigue abierto.",
            "el diálogo sigue abierto",
            "la ministra de Trabajo",
            id="office-named-without-a-name",
        ),
        # "Fuentes de ...": the news word for an unnamed source, whose wording a
        # cue-less partial quotation in its clause is
        pytest.param(
            "Otro residente explica que su madre depende de un aparato. Fuentes de la "
            "compañía eléctrica atribuyen los cortes a «conexiones ilegales».",
            "conexiones ilegales",
            "Fuentes de la compañía eléctrica",
            id="unnamed-sources",
        ),
        # the agency that signs the dateline is no antecedent nor a subject: the
        # union and the guild are someone new
        pytest.param(
            "Huelga de mineros en Bolivia\n\nSUCRE, 4 nov (EFE).- El sindicato de mineros "
            "anunció este martes que "
            "irá a la huelga.",
            "irá a la huelga",
            "El sindicato de mineros",
            id="dateline-agency-is-no-antecedent",
        ),
        pytest.param(
            "Huelga\n\nPIURA, 2 jun (Andina).- El gremio de pescadores inició una protesta. "
            "Los dirigentes se reunieron con el alcalde.\n\nSegún el gremio, la pesca ha "
            "caído un 40 %.",
            "la pesca ha caído un 40 %",
            "el gremio",
            id="dateline-agency-is-no-subject",
        ),
        # "Ambos presidentes": either of the pair, never one the story gave
        # another title after them
        pytest.param(
            "Lula da Silva recibió a Gustavo Petro. El canciller brasileño, Mauro "
            "Vieira, firmó un memorando. Ambos presidentes coincidieron en que el "
            "comercio debe ser «justo».",
            "justo",
            "Gustavo Petro",
            id="both-presidents-not-the-minister",
        ),
        # "esta fuente", "la misma fuente": the source just heard
        pytest.param(
            "Un técnico del ministerio, que pidió el anonimato, explicó que hubo retrasos. "
            "Según esta fuente, las obras acabarán en mayo.",
            "las obras acabarán en mayo",
            "Un técnico del ministerio",
            id="this-source-is-the-last-one",
        ),
        pytest.param(
            "«No hubo resistencia», explicó un portavoz de la Policía Local. El detenido "
            "tiene antecedentes por robo, según la misma fuente.",
            "El detenido tiene antecedentes por robo",
            "un portavoz de la Policía Local",
            id="the-same-source-is-the-last-one",
        ),
        # an epicene title tells its sex by its article, and a title given beside a
        # name tells that person's sex better than a list of given names
        pytest.param(
            "El economista Raúl Mena prevé una recesión. La profesora Inés Vidal discrepa. "
            "«Hay margen para crecer», explica la economista.",
            "Hay margen para crecer",
            "Inés Vidal",
            id="epicene-title-by-its-article",
        ),
        pytest.param(
            "La actriz Evan Moore denunció al productor. En 2019, la actriz testificó ante "
            "el Congreso. En su mensaje, reveló que había recibido amenazas.",
            "había recibido amenazas",
            "Evan Moore",
            id="title-beside-the-name-tells-the-sex",
        ),
        # an unnamed office the story made its subject is who a title refers to,
        # not the person it acted on; one named only as an object with another
        # title is no antecedent of an office nobody was given
        pytest.param(
            "La jueza citó al constructor Iván Roca Pla. La magistrada aprecia «indicios "
            "claros» de cohecho.",
            "indicios claros",
            "La jueza",
            id="unnamed-office-subject",
        ),
        pytest.param(
            "La Guardia Civil detuvo al alcalde Sergio Luna Vera. El comandante explicó "
            "que la operación sigue abierta.",
            "la operación sigue abierta",
            "El comandante",
            id="object-with-another-title-is-no-antecedent",
        ),
        # ... but a title of any trade may still name him, and an unnamed subject
        # after someone named of that gender is that someone
        pytest.param(
            "El Betis fichó al lateral Óscar Rey. El futbolista aseguró que está feliz.",
            "está feliz",
            "Óscar Rey",
            id="generic-title-may-name-the-object",
        ),
        pytest.param(
            "Carmen Laforet, la voz de una época\n\nLa novelista presentó ayer su libro. "
            "Ante el público, la autora explicó que la obra nació de un diario.",
            "la obra nació de un diario",
            "Carmen Laforet",
            id="unnamed-subject-after-a-named-one",
        ),
        # a nationality the story gave beside a name calls that person
        pytest.param(
            "El noruego Kasper Lund ganó la prueba por delante del italiano Marco Ferri. "
            "«Ha sido un día perfecto», declaró el italiano.",
            "Ha sido un día perfecto",
            "Marco Ferri",
            id="demonym-given-beside-the-name",
        ),
        # a title of any office as a subject is the person the story turned to
        pytest.param(
            "El ministro de Hacienda, Germán Ávila, votó en contra. A la salida, el "
            "funcionario manifestó su inconformidad: «Con estas tasas se frena la "
            "inversión», dijo.",
            "Con estas tasas se frena la inversión",
            "Germán Ávila",
            id="generic-title-as-subject",
        ),
        # a participle and its agent are no subject
        pytest.param(
            "La jueza Marta Gil dictó la sentencia. Consultada por este diario, se limitó "
            "a decir que «la ley es clara».",
            "la ley es clara",
            "Marta Gil",
            id="participle-with-agent-is-no-subject",
        ),
        # a relative's name after "de" is not the one who speaks
        pytest.param(
            "El sobrino del expresidente Julio Arce dijo que la familia denunciará el robo.",
            "la familia denunciará el robo",
            "El sobrino del expresidente Julio Arce",
            id="kin-of-a-named-person",
        ),
        # professions a story names its people by
        pytest.param(
            "La maestra Elvira Quispe enseña en una escuela sin luz. «No tenemos ni "
            "pizarras», lamentó la docente.",
            "No tenemos ni pizarras",
            "Elvira Quispe",
            id="teacher-then-docente",
        ),
        # a noun the story once apposed to a name calls that name again, past
        # whoever spoke since: "su homóloga", "la hermana", "su esposa"
        pytest.param(
            "El canciller, Tomás Llorente, cenó con su homóloga chilena, Irene Castro. "
            "«Compartimos la agenda», afirmó su homóloga.",
            "Compartimos la agenda",
            "Irene Castro",
            id="apposed-noun-again",
        ),
        pytest.param(
            "El alcalde, Jaime Soler, saludó a su mujer, Marta Ibáñez. «Es un día "
            "grande», declaró Soler. «Lo hemos esperado años», añadió su mujer.",
            "Lo hemos esperado años",
            "Marta Ibáñez",
            id="apposed-noun-past-another-speaker",
        ),
        pytest.param(
            "Según su hermana, Olga Prieto, el joven no volvió a casa. «Estaba "
            "asustado», contó la hermana.",
            "Estaba asustado",
            "Olga Prieto",
            id="apposed-noun-in-a-source-frame",
        ),
        # the subject of a clause that is not the sentence's, named in apposition
        # to its noun ("su hermano Iván", "el portero Hugo Sanz"), is no topic
        pytest.param(
            "Elena Prieto conserva la bufanda que su hermano Iván llevaba aquella noche. "
            "Tenía veinte años. «Nunca volvió a casa», recuerda.",
            "Nunca volvió a casa",
            "Elena Prieto",
            id="apposed-name-of-a-relative-subject",
        ),
        pytest.param(
            "El entrenador Luis Vera explicó que el portero Hugo Sanz, sancionado la "
            "semana pasada, vuelve al equipo.\n\nSobre el rival, el técnico fue prudente. "
            "«Tienen mucha calidad arriba», advirtió.",
            "Tienen mucha calidad arriba",
            "Luis Vera",
            id="apposed-name-of-a-reported-subject",
        ),
        # a "según" that closes its sentence sources all of it: its source speaks
        pytest.param(
            "La compañía Teatro Sur recibió la carta el viernes, según ha explicado a Efe su "
            "directora, Nuria Sanz. «No nos dieron motivos», ha lamentado.",
            "No nos dieron motivos",
            "Nuria Sanz",
            id="source-closing-its-sentence",
        ),
        # a survey named by its maker ("la encuesta Cadem") is that maker's
        pytest.param(
            "«Es un fracaso», dijo la senadora Ana Ruiz. Los datos que la encuesta "
            "Datanálisis publicó el lunes muestran una caída del apoyo al presidente. "
            "Según el sondeo, un 40 % aprueba su gestión.",
            "un 40 % aprueba su gestión",
            "Datanálisis",
            id="document-named-by-its-maker",
        ),
        # a firm title refers back to no body whose name says it is of another kind
        # ("la Confederación del Metal" is no firm), and a firm's sector noun ("la
        # aerolínea", "la naviera") is a firm title
        pytest.param(
            "Los empleados de Conservas Rías Altas siguen en huelga. La portavoz Ana "
            "Vidal, de la Confederación del Metal, dijo que seguirán. En un comunicado, "
            "la empresa defendió que la fábrica «no es rentable».",
            "no es rentable",
            "Conservas Rías Altas",
            id="firm-title-past-a-body-of-another-kind",
        ),
        pytest.param(
            "Los pilotos de Aerovía mantienen la huelga. El secretario general del "
            "Sindicato de Pilotos, Luis Mora, dijo que no habrá vuelos. Según la "
            "aerolínea, el paro afecta a 40.000 pasajeros.",
            "el paro afecta a 40.000 pasajeros",
            "Aerovía",
            id="firm-by-its-sector",
        ),
        # a staff post of a named organisation that nobody was given is someone
        # new, not the person named before; the body's head, or a post given
        # with a name, still refers back
        pytest.param(
            "La alcaldesa, Rosa Prieto, inauguró ayer el nuevo cuartel. El portavoz de "
            "la Policía Local explicó después que los robos han bajado. «Es un buen "
            "año», concluyó.",
            "Es un buen año",
            "El portavoz de la Policía Local",
            id="staff-post-nobody-held",
        ),
        pytest.param(
            "El presidente del Gobierno, Pedro Sánchez, visitó ayer Valencia. Allí, el "
            "jefe del Ejecutivo aseguró que las ayudas «llegarán esta semana».",
            "llegarán esta semana",
            "Pedro Sánchez",
            id="head-of-a-body-refers-back",
        ),
        pytest.param(
            "La ministra Ana Gil, portavoz del Gobierno, habló ayer. La portavoz del "
            "Gobierno explicó que el plan «está cerrado».",
            "está cerrado",
            "Ana Gil",
            id="staff-post-given-with-a-name",
        ),
        # "la familia de X" are X's relatives, a speaker of their own; "la familia
        # Murdoch" is the dynasty, the named actor
        pytest.param(
            "La familia de Óscar Lema, el ciclista atropellado el sábado en Lugo, pidió "
            "ayer que «se haga justicia». «Óscar vivía para la bici», añadió la familia "
            "en una nota.",
            "Óscar vivía para la bici",
            "La familia de Óscar Lema",
            id="family-of-a-person",
        ),
        pytest.param(
            "La familia Murdoch controla el grupo. «No venderemos», dijo la familia en "
            "un comunicado.",
            "No venderemos",
            "Murdoch",
            id="family-named-by-its-surname",
        ),
        # a bare quotation after a paragraph that turned to someone named for the
        # first time is that newcomer's; not a person named before, whom the last
        # speaker may be telling about, nor a place named after someone
        pytest.param(
            "Protección Civil advirtió que el río seguía «muy alto».\n\nSu vecina, Carmen "
            "Lago, barre el barro de la entrada.\n\n«Nadie nos avisó. El agua entró de "
            "golpe».",
            "Nadie nos avisó. El agua entró de golpe",
            "Carmen Lago",
            id="bare-quotation-of-a-newcomer",
        ),
        pytest.param(
            "«Era un hombre bueno», dijo Ana Ruiz, amiga de Luis Gómez desde la "
            "infancia.\n\nLuis Gómez se quedó en el pueblo hasta el final.\n\n«Nunca "
            "quiso irse».",
            "Nunca quiso irse",
            "Ana Ruiz",
            id="bare-quotation-about-someone-named-before",
        ),
        pytest.param(
            "El epidemiólogo Pedro Sanz comentó que los hospitales están llenos.\n\n"
            "Según el sistema de vigilancia, el centro Manuel Ávila Camacho es el que "
            "tiene más ocupación.\n\n«La tasa de recambio es brutal».",
            "La tasa de recambio es brutal",
            "Pedro Sanz",
            id="bare-quotation-past-a-place-named-after-someone",
        ),
        # the name in apposition to a subject the tagger took for an adjective ("la
        # voluntaria") is a subject too
        pytest.param(
            "El Ayuntamiento informó de que los albergues están «al límite».\n\nEn uno "
            "de ellos, instalado en el gimnasio de una escuela, la voluntaria Nadia Pérez "
            "sirve café a una fila que no se acaba.\n\n«Anoche dormimos aquí cuarenta "
            "personas», explica.",
            "Anoche dormimos aquí cuarenta personas",
            "Nadia Pérez",
            id="name-apposed-to-a-noun-tagged-adjective",
        ),
        # an unnamed speaker after an inverted cue is someone new, not the last
        # one named: a staff post of a body named by its kind ("el portavoz de la
        # compañía"), a title the tagger made an adjective ("un oficial francés")
        pytest.param(
            "El conductor Luis Vela contó que lo despidieron por teléfono. «Fue una "
            "decisión difícil», señaló el portavoz de la compañía.",
            "Fue una decisión difícil",
            "el portavoz de la compañía",
            id="staff-post-of-a-body-named-by-its-kind",
        ),
        pytest.param(
            "La Misión de la ONU comenzó ayer su retirada del país. «Nos vamos, pero no "
            "hay paz», resume un oficial francés del contingente.",
            "Nos vamos, pero no hay paz",
            "un oficial francés del contingente",
            id="unnamed-officer-after-an-inverted-cue",
        ),
    ],
)
def test_speakers_discourse_patterns(nlp: Language, text: str, quote: str, speaker: str) -> None:
    # general patterns of Spanish news, each on sentences of our own (issue 12)
    assert speaker_of(nlp, text, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker", "type_"),
    [
        # a name the actor registry missed closes the speaker phrase: a named actor
        (
            "«Fue un gran presidente», dijo mi amigo Bill Keller.",
            "Fue un gran presidente",
            "Bill Keller",
            "PER",
        ),
        (
            "Según un reciente informe de eToro, el mercado crecerá.",
            "el mercado crecerá",
            "eToro",
            "ORG",
        ),
    ],
)
def test_speakers_missed_names_become_named_actors(
    nlp: Language, text: str, quote: str, speaker: str, type_: str
) -> None:
    analysis = prensa.analyze(text, nlp=nlp)
    (found,) = [q for q in analysis.quotes if q.text == quote]
    assert found.speaker == speaker
    assert {a.name: a.type for a in analysis.actors}[speaker] == type_


@pytest.mark.model
def test_speakers_sentence_initial_common_noun_is_no_missed_name(nlp: Language) -> None:
    # "Analistas consultados por AFP consideran que ...": a capital that only opens
    # the sentence makes a NOM speaker, not an organisation called "Analistas"
    text = (
        "La decisión se conoció ayer. Analistas consultados por AFP consideran que la "
        "medida tendrá un impacto limitado."
    )
    analysis = prensa.analyze(text, nlp=nlp)
    assert "Analistas" not in {a.name for a in analysis.actors if a.type in {"ORG", "PER"}}


@pytest.mark.parametrize(
    ("rows", "head", "speaks"),
    [
        # "un testigo", "fuente", "la comisión": a person, a source, an organisation
        ([("un", 1, "det", "DET"), ("testigo", 1, "ROOT", "NOUN")], 1, True),
        ([("fuente", 0, "ROOT", "NOUN")], 0, True),
        ([("la", 1, "det", "DET"), ("comisión", 1, "ROOT", "NOUN")], 1, True),
        # objects, quantities and adjectives are nobody
        ([("las", 1, "det", "DET"), ("tarifas", 1, "ROOT", "NOUN")], 1, False),
        ([("las", 1, "det", "DET"), ("ventas", 1, "ROOT", "NOUN")], 1, False),
        # a crowd speaks by metonymy ("la marcha exigió")
        ([("una", 1, "det", "DET"), ("marcha", 1, "ROOT", "NOUN")], 1, True),
        (
            [("el", 2, "det", "DET"), ("más", 2, "advmod", "ADV"), ("rico", 2, "ROOT", "ADJ")],
            2,
            False,
        ),
        # but an adjective made a noun by its article names people
        ([("los", 1, "det", "DET"), ("descontentos", 1, "ROOT", "ADJ")], 1, True),
        # a part of a whole is of the whole's kind
        (
            [
                ("una", 0, "ROOT", "PRON"),
                ("de", 3, "case", "ADP"),
                ("las", 3, "det", "DET"),
                ("pancartas", 0, "nmod", "NOUN"),
            ],
            0,
            False,
        ),
        (
            [("uno", 0, "ROOT", "PRON"), ("de", 2, "case", "ADP"), ("ellos", 0, "nmod", "PRON")],
            0,
            True,
        ),
        ([("otros", 0, "ROOT", "PRON")], 0, True),
    ],
)
def test_speakers_unnamed_phrase_heads_that_may_speak(
    blank_es: Language, rows: list[Row], head: int, speaks: bool
) -> None:
    doc = parsed_doc(blank_es, rows)
    assert names_a_speaker(doc[head]) is speaks


@pytest.mark.model
def test_speakers_phrase_that_names_nobody_stays_on_its_quotation(nlp: Language) -> None:
    # "una de las pancartas" wrote the slogan: the phrase is kept on the quotation,
    # but a placard is no actor; "un testigo" is one
    text = (
        "«No nos callarán», decía una de las pancartas que llevaban los estudiantes. "
        "Un testigo dijo que la policía cargó sin aviso."
    )
    analysis = prensa.analyze(text, nlp=nlp)
    placard, witness = analysis.quotes
    assert placard.speaker_id is None
    assert placard.speaker is not None and "pancartas" in placard.speaker
    assert placard.speaker_text == placard.speaker
    assert witness.speaker == "Un testigo" and witness.speaker_id is not None
    assert [(a.name, a.type) for a in analysis.actors if a.type == "NOM"] == [("Un testigo", "NOM")]
    doc = nlp(text)
    assert not any("pancartas" in s.text for s in doc.spans["prensa_mentions"])
    assert any("pancartas" in s.text for s in doc.spans["prensa_speakers"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a description in brackets after a name is an aside about the name: the
        # name speaks, and the description makes no unnamed actor of its own
        pytest.param(
            "El juicio terminó ayer.\n\nElena Soto [la madre de la víctima] dijo que no perdona.",
            "no perdona",
            "Elena Soto",
            id="square-brackets",
        ),
        pytest.param(
            "El viejo director nos recibió en su despacho.\n\nCarmen Ruiz [su asistente "
            "personal], que podía saberlo mucho mejor que nosotros, también decía que jamás "
            "había conocido a nadie comparable a él.",
            "jamás había conocido a nadie comparable a él",
            "Carmen Ruiz",
            id="square-brackets-and-a-relative-clause",
        ),
        # ... while a name in brackets after a title is the name itself
        pytest.param(
            "La portavoz (Ana Ruiz) dijo que no había pruebas.",
            "no había pruebas",
            "Ana Ruiz",
            id="name-in-parentheses",
        ),
        # a cue in a relative clause on a noun that explains the quotation: the name
        # after the verb is its subject, not the antecedent ("aquella profecía")
        pytest.param(
            "No llegó «el fin del mundo», aquella profecía que anunciaba en su blog "
            "Marta Gil, maestra de 40 años.",
            "el fin del mundo",
            "Marta Gil",
            id="relative-cue",
        ),
        pytest.param(
            "El pasado lunes no llegó «el gran apagón», aquella amenaza que repetía en sus "
            "vídeos Marta Gil, una maestra de 40 años, antes de desaparecer.",
            "el gran apagón",
            "Marta Gil",
            id="relative-cue-que-as-subordinator",
        ),
        # a thing is no one: the running speaker goes on, as for any bare quotation
        pytest.param(
            "«Seguiremos creciendo», dijo Ana Gil, consejera delegada de Telefónica. Las "
            "ventas de la compañía Telefónica crecieron en «dos cifras» durante el trimestre.",
            "dos cifras",
            "Ana Gil",
            id="running-speaker",
        ),
        # ... while a person or a document that names its issuer words it
        pytest.param(
            "La empresa Telefónica vive el momento como «una nueva etapa».",
            "una nueva etapa",
            "Telefónica",
            id="organisation",
        ),
        pytest.param(
            "El informe de la OMS sitúa la tasa en «niveles alarmantes».",
            "niveles alarmantes",
            "OMS",
            id="document",
        ),
    ],
)
def test_speakers_a_name_or_no_one_where_a_phrase_was_taken(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    """The bracketed aside, the relative cue's subject after its verb and a thing
    as a clause's subject: the quotation goes to the name (or the running
    speaker), and the phrase the rules used to take makes no unnamed actor."""
    analysis = prensa.analyze(text, nlp=nlp)
    assert {q.text: q.speaker for q in analysis.quotes}[quote] == speaker
    assert not [a.name for a in analysis.actors if a.type == "NOM"]


@pytest.mark.model
def test_speakers_no_unnamed_thing_speaks_a_partial_quotation(nlp: Language) -> None:
    # "El precio del piso de Ana Gil" is no unnamed speaker
    analysis = prensa.analyze("El precio del piso de Ana Gil subió un «escandaloso» 20 %.", nlp=nlp)
    assert [q.speaker for q in analysis.quotes if q.text == "escandaloso"] != [
        "El precio del piso de Ana Gil"
    ]
    assert not [a.name for a in analysis.actors if a.type == "NOM"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a verb of influence: its object, not its subject, does what the infinitive says
        pytest.param(
            "La policía impidió a los vecinos cortar la calle para exigir «justicia».",
            "justicia",
            "los vecinos",
            id="impedir",
        ),
        pytest.param(
            "El juez permitió a los acusados leer un escrito para denunciar «una persecución».",
            "una persecución",
            "los acusados",
            id="permitir",
        ),
        pytest.param(
            "Acompañada de cientos de vecinos, la protesta avanzó bajo un fuerte aguacero que "
            "no impidió a las participantes lanzar consignas para exigir «vivienda digna».",
            "vivienda digna",
            "las participantes",
            id="purpose-clause-on-the-object",
        ),
        # a verb of urging is no such verb: the quotation is the wording of who urges
        pytest.param(
            "El Gobierno animó a los ciudadanos a denunciar «cualquier abuso».",
            "cualquier abuso",
            "Gobierno",
            id="urging",
        ),
    ],
)
def test_speakers_controller_of_an_infinitive_cue(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a trade of a street interview names someone who speaks
        (
            "Un taxista de la zona, que pidió no ser identificado, aseguró que nadie vigila.",
            "Un taxista de la zona",
        ),
        # the town hall of Argentina and Uruguay is an institution
        ("La intendencia respondió en un comunicado que la tarifa subirá.", "La intendencia"),
    ],
)
def test_speakers_trades_and_town_halls_speak(nlp: Language, text: str, speaker: str) -> None:
    analysis = prensa.analyze(text, nlp=nlp)
    assert [q.speaker for q in analysis.quotes] == [speaker]
    assert analysis.quotes[0].speaker_id is not None


def test_speakers_a_lower_case_noun_the_tagger_calls_a_name_may_speak(blank_es: Language) -> None:
    # "El ministerio público sostiene": the tagger may read "ministerio" as PROPN
    doc = parsed_doc(blank_es, [("El", 1, "det", "DET"), ("ministerio", 1, "ROOT", "PROPN")])
    assert names_a_speaker(doc[1])


@pytest.mark.model
def test_speakers_an_email_speaks_for_who_wrote_it(nlp: Language) -> None:
    text = (
        "La empresa cerrará dos plantas, según un correo interno del consejero delegado, "
        "Luis Vera, al que tuvo acceso Reuters."
    )
    assert speaker_of(nlp, text, "La empresa cerrará dos plantas") == "Luis Vera"


@pytest.mark.model
def test_speakers_headline_repeats_a_quotation_whose_cue_dropped_its_subject(
    nlp: Language,
) -> None:
    text = (
        "«Nunca vi algo así»: el relato de los vecinos\n\nMarta Ruiz, de 67 años, perdió su "
        "casa. «Nunca vi algo así, el fuego bajaba como un río», cuenta mientras recoge "
        "lo poco que quedó."
    )
    assert speaker_of(nlp, text, "Nunca vi algo así") == "Marta Ruiz"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a medium reveals what someone did; the gerund after it is that someone's
        (
            "Luis Gil amenazó a la editorial con medidas judiciales, reveló el diario "
            "El País, alegando que el libro era «una oda al odio».",
            "una oda al odio",
            "Luis Gil",
        ),
        # but who speaks goes on speaking in a gerund after their own attribution
        (
            "«El equipo ganará la liga», dijo Ana Gil, añadiendo que confía en el entrenador.",
            "confía en el entrenador",
            "Ana Gil",
        ),
    ],
)
def test_speakers_gerund_after_a_medium_that_reveals(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote) == speaker


@pytest.mark.model
def test_speakers_an_inverted_subject_right_after_the_addressee(nlp: Language) -> None:
    # "dijo a Reuters María López": the agency is the addressee, the person after it
    # (a name of her own, not behind the preposition) speaks
    text = (
        "«No me voy», dijo a Reuters María López Díaz, portavoz del sindicato. Reuters no "
        "pudo confirmarlo."
    )
    assert speaker_of(nlp, text, "No me voy") == "María López Díaz"


@pytest.mark.model
def test_speakers_who_read_a_document_did_not_issue_it(nlp: Language) -> None:
    # "la sentencia a la que ha tenido acceso EFE": EFE read it, it issued nothing
    text = (
        "La Audiencia de Sevilla condenó al exconcejal. El acusado desvió fondos "
        "públicos, según la sentencia a la que ha tenido acceso EFE."
    )
    assert speaker_of(nlp, text, "El acusado desvió fondos públicos") != "EFE"


@pytest.mark.model
def test_speakers_a_title_that_the_phrase_names_is_that_persons(nlp: Language) -> None:
    # a title linked to the name in its own phrase is not left to the last speaker
    text = (
        "«Cada hogar cuenta», subrayó el subsecretario de Salud, Ruy López. Por su parte, "
        "el epidemiólogo de la UNAM Mauricio Rodríguez advirtió que las lluvias "
        "prolongarán la temporada."
    )
    assert speaker_of(nlp, text, "las lluvias prolongarán la temporada") == "Mauricio Rodríguez"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "el tribunal" is the court named before, whatever noun its name opens with
        (
            "La Audiencia Provincial de Sevilla ha condenado al exalcalde. «No hay duda», "
            "sostiene el tribunal en la sentencia.",
            "Audiencia Provincial de Sevilla",
        ),
        # a prosecutor's office is no court
        (
            "La Fiscalía pidió diez años. «No hay duda», sostiene el tribunal en la sentencia.",
            "el tribunal",
        ),
    ],
)
def test_speakers_the_court_is_the_court_named_before(
    nlp: Language, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "No hay duda") == speaker


@pytest.mark.model
def test_speakers_a_name_set_off_at_the_end_of_a_source_phrase(nlp: Language) -> None:
    text = (
        "En palabras de la fiscal especializada en personas desaparecidas, Verónica Lagunes "
        "Tapia, la sentencia «marca un precedente»."
    )
    assert speaker_of(nlp, text, "marca un precedente") == "Verónica Lagunes Tapia"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "la mujer" is the unnamed mother who spoke last ...
        (
            "La madre de una de las víctimas pedía entre lágrimas que se sancione a la "
            "empresa. «Mi hija me llamó a las once», relató la mujer.",
            "La madre de una de las víctimas",
        ),
        # ... or who the story was telling about
        (
            "La madre de una de las víctimas pedía información a las puertas del hospital. "
            "«Mi hija me llamó a las once», relató la mujer.",
            "La madre de una de las víctimas",
        ),
        # but never a man
        (
            "El padre de la víctima pidió justicia. «Mi hija me llamó a las once», relató "
            "la mujer.",
            "la mujer",
        ),
    ],
)
def test_speakers_la_mujer_is_the_unnamed_woman_before(
    nlp: Language, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "Mi hija me llamó a las once") == speaker


@pytest.mark.model
def test_speakers_a_headlines_speaker_phrase_ends_with_its_line(nlp: Language) -> None:
    text = (
        "«No vamos a ser furgón de cola», advirtió el jefe del bloque radical\n\n"
        "BUENOS AIRES, 3 mar (Télam).- El diputado Martín Echegoyen rechazó el acuerdo."
    )
    (q,) = prensa.analyze(text, nlp=nlp).quotes
    assert q.speaker_text == "el jefe del bloque radical"


@pytest.mark.model
def test_speakers_an_unnamed_subject_after_the_addressee(nlp: Language) -> None:
    # "relató a este periódico una vecina": the neighbour, after the paper addressed
    text = 'La policía llegó tarde. "Oímos gritos y golpes", relató a este periódico una vecina.'
    assert speaker_of(nlp, text, "Oímos gritos y golpes") == "una vecina"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the name apposed to "el rival del alcalde" is the rival's: "el alcalde" who
        # speaks later is the mayor, whom the story has not named
        (
            "El principal rival del alcalde, Francisco Medina Ortiz, presentó ayer su "
            "programa. «No habrá más impuestos», aseguró el alcalde.",
            "No habrá más impuestos",
            "el alcalde",
        ),
        (
            "El hijo menor de la gobernadora, Luis Paz, fue detenido el lunes. «Confío en "
            "la justicia», declaró la gobernadora.",
            "Confío en la justicia",
            "la gobernadora",
        ),
        # a thing of the president's: the name is the president's
        (
            "El telegrama del presidente ruso, Vladimir Putin, llegó ayer a Damasco. "
            "«Seguiremos a su lado», escribió el presidente.",
            "Seguiremos a su lado",
            "Vladimir Putin",
        ),
        # the title the article gave beside a name goes back to that name, not to the
        # one who spoke in between (of the same sex)
        (
            "El presidente ruso, Vladimir Putin, envió un telegrama. «Es un día triste», "
            "dijo el canciller Serguéi Lavrov. «Rusia estará a su lado», añadió el presidente.",
            "Rusia estará a su lado",
            "Vladimir Putin",
        ),
        (
            "La vicepresidenta, Marta Villalobos, habló ayer en Madrid. La ministra Ana Gil "
            "dijo que sí habrá acuerdo. La vicepresidenta aseguró que no habrá cambios.",
            "no habrá cambios",
            "Marta Villalobos",
        ),
        # a form of address is shared: "el doctor" is the doctor the story is about
        (
            "El doctor Hugo Cerrillo descartó la saturación. El epidemiólogo Miguel Ruiz "
            "comentó que se llenan los hospitales. El doctor aclaró que no se aplica el "
            "triaje.",
            "no se aplica el triaje",
            "Miguel Ruiz",
        ),
    ],
)
def test_speakers_a_title_goes_to_its_holder(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    # a title given beside a name, or after a noun of relation
    assert speaker_of(nlp, text, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the body a statement is sent to is not the one "la empresa" refers to
        (
            "La petrolera Repsol anunció ayer su plan. En un comunicado enviado a la Comisión "
            "Nacional del Mercado de Valores (CNMV), la empresa explicó que venderá activos.",
            "venderá activos",
            "Repsol",
        ),
        (
            "En un comunicado enviado a la Comisión para el Mercado Financiero (CMF), la "
            "empresa explicó que la mina cerrará en marzo.",
            "la mina cerrará en marzo",
            "la empresa",
        ),
        # but "los datos que publicó el INE" are the INE's
        (
            "El paro bajó en marzo, según los datos que publicó ayer el INE.",
            "El paro bajó en marzo",
            "INE",
        ),
        # "según él" frames the quotation with a pronoun: the one the story turned to
        (
            "«Fue un partido duro», dijo el volante Kevin Ardila. El entrenador, Hernán "
            "Saldarriaga, evitó hablar de favoritismos. Según él, el equipo todavía «no ha "
            "ganado nada».",
            "no ha ganado nada",
            "Hernán Saldarriaga",
        ),
        # "y que", "pero que": a content clause of its own, the sister of the first,
        # reported by the verb above both, not by the verb inside the first
        (
            "El director, Luis Gil, defendió que el banco mantiene oficinas y que la "
            "digitalización es «irreversible».",
            "irreversible",
            "Luis Gil",
        ),
        (
            "El alcalde Pedro Ruiz dijo que la comuna pidió fondos, pero que la gestión "
            "«quedó engavetada».",
            "quedó engavetada",
            "Pedro Ruiz",
        ),
        # "según informó este jueves la entidad a la CNMV": past the time, up to the
        # addressee
        (
            "La petrolera Repsol presentó sus cuentas. La empresa ganó 2.847 millones en "
            "2024, según informó este jueves la compañía a la CNMV.",
            "La empresa ganó 2.847 millones en 2024",
            "Repsol",
        ),
        # "según confirmaron a EFE fuentes federativas": past the named addressee
        (
            "La Federación ha suspendido al atleta Héctor Villaverde, según confirmaron a "
            "EFE fuentes federativas.",
            "La Federación ha suspendido al atleta Héctor Villaverde",
            "fuentes federativas",
        ),
        # a name apposed to any noun, past its own title, and closed by a comma
        (
            "El coautor del trabajo, el bioquímico Andrés Peralta, de la Universidad de "
            "Granada, detalló que el equipo tardó cinco años.",
            "el equipo tardó cinco años",
            "Andrés Peralta",
        ),
        # a name after the source's comma that opens the content is no apposition
        (
            "El secretario de Economía, Marcelo Ebrard, viajará a Washington. Según fuentes "
            "de la dependencia, Ebrard llevará una propuesta para evitar la guerra comercial.",
            "Ebrard llevará una propuesta para evitar la guerra comercial",
            "fuentes de la dependencia",
        ),
        # a verb of the reporting lexicon in its everyday sense ("mantienen la
        # alerta", "continuará hasta que", "espera hechos"), with no content clause
        # of its own, inside what a cue reports: that cue's speaker
        (
            "La portavoz, Rosa Ibáñez, afirmó que los bomberos mantienen «un dispositivo "
            "reforzado».",
            "un dispositivo reforzado",
            "Rosa Ibáñez",
        ),
        (
            "El delegado sindical, Mario Pons, advirtió que la huelga continuará «hasta que "
            "la patronal negocie».",
            "hasta que la patronal negocie",
            "Mario Pons",
        ),
        (
            "La alcaldesa, Eva Soto, respondió que el ministro «será bien recibido» y que "
            "espera «compromisos concretos».",
            "compromisos concretos",
            "Eva Soto",
        ),
        # a verb of saying in the present inside what a past cue reports states
        # what is the case ("la crisis exige"), it dates no speech: the cue reports
        (
            "El alcalde Juan Roca explicó que el barrio necesita inversiones y recordó que "
            "la reforma del plan exige cambios «de inmediato».",
            "de inmediato",
            "Juan Roca",
        ),
        (
            "La ministra Carmen Vidal reconoció que el sistema tiene fallos y advirtió que "
            "la escasez de médicos exige medidas «urgentes y valientes».",
            "urgentes y valientes",
            "Carmen Vidal",
        ),
        # a cue the parse coordinated with the content of another cue reports
        # beside it, in its tense, and has its subject
        (
            "La diputada Eva Gil aseguró que su grupo quiere negociar y remarcó que la "
            "crisis del sector exige respuestas «ya, no dentro de un año».",
            "ya, no dentro de un año",
            "Eva Gil",
        ),
        # "En X" opening a clause of an impersonal plural cue names its source, a
        # body or its seat ("En Moncloa descartan ..."), as "Desde X" does
        (
            "Los médicos mantienen el paro. En Ajuria Enea descartan negociar y "
            "denuncian una «huelga política».",
            "huelga política",
            "Ajuria Enea",
        ),
        (
            "El ministro Luis Gil habló ayer. En el Gobierno, estiman que el plan «funcionará».",
            "funcionará",
            "Gobierno",
        ),
        # the second piece of one statement holds the floor: a name inside it is
        # no new subject for a dropped subject after it
        (
            "En Soria, la situación es «grave», según la alcaldesa, Ana Ruiz, quien "
            "aseguró a la radio local que el hospital Santa Bárbara atiende cada día a "
            "200 pacientes. «No tenemos más camas», explicó.",
            "No tenemos más camas",
            "Ana Ruiz",
        ),
        # a record or a catalogue speaks for the body that keeps it
        (
            "Según el registro del Instituto Sismológico, hubo diez réplicas durante la noche.",
            "hubo diez réplicas durante la noche",
            "Instituto Sismológico",
        ),
        (
            "Hubo diez réplicas durante la noche, según el catálogo del Instituto "
            "Geográfico Nacional.",
            "Hubo diez réplicas durante la noche",
            "Instituto Geográfico Nacional",
        ),
        # a cue set off by dashes (the raya) inside its content, as by commas
        (
            "La consejera Ana Ruiz habló después. Los contratos —dijo— se revisarán en junio.",
            "Los contratos —dijo— se revisarán en junio",
            "Ana Ruiz",
        ),
        (
            "La ministra Ana Gil habló ayer. El Gobierno —explicó— no subirá los impuestos.",
            "El Gobierno —explicó— no subirá los impuestos",
            "Ana Gil",
        ),
        # a verb of saying in the future or the conditional after "que" is no
        # speech that took place: the cue before it reports the marks
        (
            "El ministro Luis Vega había advertido el lunes, en una nota difundida por "
            "la agencia Efe, de que el Gobierno respondería «sin titubeos».",
            "sin titubeos",
            "Luis Vega",
        ),
        (
            "La alcaldesa Eva Mir anunció que el pleno pedirá «una auditoría externa» al "
            "consorcio.",
            "una auditoría externa",
            "Eva Mir",
        ),
        # a "según" inside a clause of a sentence whose main subject was named
        # before it sources a detail: the subject goes on speaking
        (
            "La diputada Eva Soto enseñó unos contratos que, según la Intervención "
            "General, costaron un millón de euros. «Es un escándalo», dijo.",
            "Es un escándalo",
            "Eva Soto",
        ),
        # a cue coordinated with the verb of another cue's content, with words in
        # marks, is the first cue speaker's: the marks quote the reporter's source
        (
            "El diputado Luis Prado recordó que el Gobierno aprobó la ley en 2021 y acusó "
            "a la ministra de «mentir al Parlamento».",
            "mentir al Parlamento",
            "Luis Prado",
        ),
        (
            "La alcaldesa, Ana Ruiz, explicó que la Junta retiró la ayuda el año pasado y "
            "criticó a la consejera por «dejar tirados a los vecinos».",
            "dejar tirados a los vecinos",
            "Ana Ruiz",
        ),
        # an infinitive cue under a verb of what is still to come, inside another
        # cue's content, is no speech yet: the reporter's source says the words
        (
            "La concejala del PP, Marta Díaz, anunció que su partido registrará una "
            "moción para reclamar «más autobuses nocturnos».",
            "más autobuses nocturnos",
            "Marta Díaz",
        ),
        # "la ministra para la Vivienda, X": an office's charge after "para" is
        # part of the title, and the title refers to X later
        (
            "La ministra para la Vivienda, Elena Mora, visitó ayer la zona. La ministra "
            "aseguró que las obras terminarán en mayo.",
            "las obras terminarán en mayo",
            "Elena Mora",
        ),
        # "Lo resumió así el comisionado ...": with the object a clitic before the
        # verb, the noun phrase after it is the subject, whatever the parse says
        (
            "El Ministerio de Sanidad aseguró que los heridos «reciben atención».\n\n"
            "Lo resumió así el comisionado de Paz, Jorge Salas: «Estamos desbordados».",
            "Estamos desbordados",
            "Jorge Salas",
        ),
        # "anunció en un comunicado que ...": a content clause the parse hung on
        # the document the statement was made in is still the verb's
        (
            "El sindicato CCOO anunció en un breve comunicado que convocará paros en la "
            "planta por entender que la empresa «incumple el convenio».",
            "incumple el convenio",
            "CCOO",
        ),
        (
            "La Fiscalía informó en una nota que recurrirá la sentencia por considerar que "
            "el fallo «vulnera la ley».",
            "vulnera la ley",
            "Fiscalía",
        ),
        # a reporting verb that concedes ("aunque descartó que") inside what a cue
        # reports is the cue speaker's, not the content's subject's
        (
            "La entrenadora Ana Ruiz explicó que la portera Marta Gil se recuperó de la "
            "lesión y jugará el sábado, aunque descartó que la defensa Laia Puig pueda "
            "volver antes de marzo.",
            "la defensa Laia Puig pueda volver antes de marzo",
            "Ana Ruiz",
        ),
        (
            "El alcalde Pedro Sanz aseguró que el concejal Luis Vidal cumplió su palabra, "
            "si bien reconoció que la obra del puente tiene retrasos.",
            "la obra del puente tiene retrasos",
            "Pedro Sanz",
        ),
        # a verb the parse coordinated with a quoted verb is the reporter's, and
        # has the subject of the cue whose content the marks are
        (
            "El concejal Luis Mora afirmó que el Gobierno «fracasó» y le pidió al alcalde "
            "que dimita.",
            "dimita",
            "Luis Mora",
        ),
        (
            "La diputada Rosa Vera afirmó que el Ejecutivo «mintió» y le exigió a la "
            "ministra que comparezca.",
            "comparezca",
            "Rosa Vera",
        ),
        # "la académica", "el munícipe": titles of a trade or an office the story
        # gave by a narrower one, with a "de" complement of their own
        (
            "La politóloga Sara Vélez analizó el debate. La académica de la Universidad "
            "Autónoma consideró que nadie ganó.",
            "nadie ganó",
            "Sara Vélez",
        ),
        (
            "El presidente municipal Raúl Soto pidió escoltas. El munícipe de Uruapan "
            "indicó que la seguridad mejoró.",
            "la seguridad mejoró",
            "Raúl Soto",
        ),
        # a document the story said someone issued speaks for that issuer
        (
            "El Banco de Chile publicó ayer su informe trimestral. La analista Rosa Díaz "
            "dijo que es prudente. Según el informe, los hogares ahorran más.",
            "los hogares ahorran más",
            "Banco de Chile",
        ),
        # who published the data issued them, before the "de" of what they are;
        # not who reviewed them
        (
            "Según los datos de la estadística Turistur publicados por el INE, llegaron "
            "cinco millones de turistas.",
            "llegaron cinco millones de turistas",
            "INE",
        ),
        (
            "Según datos internos del Servicio de Control (SCA) revisados por Reuters, hubo "
            "400 detenciones.",
            "hubo 400 detenciones",
            "Servicio de Control",
        ),
        # estimates are a document of whoever the story is about
        (
            "La economista Marta Roldán presentó su estudio. Según sus estimaciones, el "
            "paro bajará este año.",
            "el paro bajará este año",
            "Marta Roldán",
        ),
        # "la empresa" is no body the story called a union, nor the reverse
        (
            "La minera Cobresur despidió a 200 operarios. El sindicato Sitrabal rechazó la "
            "medida. La empresa explicó que la producción cayó.",
            "la producción cayó",
            "Cobresur",
        ),
        # "la fuente" with nothing more is the source just quoted
        (
            "Un alto cargo del ministerio dijo a Efe que habrá cambios. «No hay prisa», "
            "explicó la fuente.",
            "No hay prisa",
            "Un alto cargo del ministerio",
        ),
        # a title after its cue, a phrase of a preposition, then the person's name
        (
            "«Es un fracaso», lamentó la embajadora francesa ante la ONU, Claire Dumont.",
            "Es un fracaso",
            "Claire Dumont",
        ),
        (
            "«No hay acuerdo», dijo el jefe del proyecto en Indra, Tomás Vera.",
            "No hay acuerdo",
            "Tomás Vera",
        ),
        # a medium named by its kind is whom the words were told, not who spoke
        (
            "El intendente Raúl Soto valoró la obra. «Llevamos años esperando», dijo a "
            "radio Continental.",
            "Llevamos años esperando",
            "Raúl Soto",
        ),
        # but after the writer's own medium ("a este diario") the speaker is named
        (
            "«Es un hallazgo único», explica a este diario Marta Ibarra, autora del estudio.",
            "Es un hallazgo único",
            "Marta Ibarra",
        ),
        # "la compañía" refers back to the firm, not to the city the firm spoke in
        (
            "La tecnológica Nubix presentó su modelo en Sevilla. La compañía aseguró que "
            "el chip es rápido.",
            "el chip es rápido",
            "Nubix",
        ),
        # "según X," that frames a clause holding a partial quotation: X's words,
        # whatever X is (a titled name, a body with a relative clause)
        (
            "El alcalde Ramón Gil inauguró la presa. Según la ingeniera Clara Nieto, la "
            "obra es «un prodigio técnico».",
            "un prodigio técnico",
            "Clara Nieto",
        ),
        (
            "El juez habló ayer. Según la Fiscalía de Murcia, que instruye el caso, las "
            "pruebas son «abrumadoras».",
            "abrumadoras",
            "Fiscalía de Murcia",
        ),
        # the one an apposition says acts for a party speaks for it
        (
            "La defensa, a cargo de la abogada Nuria Sanz, sostuvo que su cliente es inocente.",
            "su cliente es inocente",
            "Nuria Sanz",
        ),
        (
            "La acusación particular, ejercida por el letrado Tomás Gil, pidió que se "
            "repita el juicio.",
            "se repita el juicio",
            "Tomás Gil",
        ),
        # ... but an institution speaks for itself
        (
            "La asociación Hogar Sí pidió más plazas. El ministerio, dirigido por Ernest "
            "Urtasun, respondió que la ley saldrá adelante.",
            "la ley saldrá adelante",
            "El ministerio",
        ),
        # an addressee named with its kind ("a la cadena BBC") is no subject; the
        # unnamed person after it is
        (
            "«No volveré nunca», dijo a la cadena BBC un refugiado sirio.",
            "No volveré nunca",
            "un refugiado sirio",
        ),
        # where an unnamed person works is not who speaks
        (
            "Otra fuente, una enfermera del hospital de Vigo, explicó que faltan camas.",
            "faltan camas",
            "Otra fuente, una enfermera del hospital de Vigo",
        ),
        # an inverted cue with its auxiliary: the name after it speaks, whatever
        # the parse made of it
        (
            "El alcalde habló primero. «Se oían gritos cada noche», ha contado Elena Ruiz.",
            "Se oían gritos cada noche",
            "Elena Ruiz",
        ),
        # an organisation whose name holds "Sin" is one name, and an aid worker
        # of it speaks, not the organisation
        (
            "Un cooperante de Médicos Sin Fronteras explicó que la situación es grave.",
            "la situación es grave",
            "Un cooperante de Médicos Sin Fronteras",
        ),
        # an infinitive adjunct between an inverted cue and its subject
        (
            "«La oferta es insuficiente», lamentó al salir de la reunión el presidente de "
            "la patronal, Carlos Vidal.",
            "La oferta es insuficiente",
            "Carlos Vidal",
        ),
        (
            "La oferta es insuficiente, lamentó al salir de la reunión el presidente de la "
            "patronal, Carlos Vidal.",
            "La oferta es insuficiente",
            "Carlos Vidal",
        ),
        # a colon closes the clause nearest it: its subject speaks
        (
            "El fiscal Luis Soto pidió la absolución, mientras que la abogada Eva Prieto "
            "fue tajante: «Mi cliente es culpable».",
            "Mi cliente es culpable",
            "Eva Prieto",
        ),
        # ... and "de acuerdo con X," as "según X,"; a document for its issuer
        (
            "El alcalde habló ayer. De acuerdo con un comunicado del Ministerio de Salud, "
            "el brote está «bajo control».",
            "bajo control",
            "Ministerio de Salud",
        ),
        # a name after "el plan de" is no apposition to the title before the comma
        (
            "Según el economista Pablo Vidal, el proyecto de Iberdrola «tiene riesgos».",
            "tiene riesgos",
            "Pablo Vidal",
        ),
        ('"No vamos a ceder", fustigó el senador Luis Paz.', "No vamos a ceder", "Luis Paz"),
        # the addressee after an inverted subject is no part of it
        (
            "«Ustedes mienten», increpó la diputada a los ministros.",
            "Ustedes mienten",
            "la diputada",
        ),
    ],
)
def test_speakers_who_the_sentence_names(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    # the speaker the sentence itself names, past addressees, frames and appositions
    assert speaker_of(nlp, text, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        # a cue joined to the quotation's clause by "y" reports a clause of its own
        (
            "El ministro, Iván Gallo, aseguró que «la reforma laboral es un paso que no "
            "tiene vuelta atrás» y anunció que la oposición votará en contra.",
            "la reforma laboral es un paso que no tiene vuelta atrás",
            "asegurar",
        ),
        # ... also past a comma, when the cue before has a subject of its own
        (
            "La agencia Kyodo informó de que el Gobierno sigue «con inquietud» la crisis y "
            "de que el ministro, Ken Sato, mantuvo una llamada con su homólogo.",
            "con inquietud",
            "informar",
        ),
        # a participle before is no such cue: the inverted cue after the comma reports
        (
            "Los colegios serán considerados «zonas protegidas» y no habrá controles en "
            "ellos, informó en un comunicado el Ministerio del Interior.",
            "zonas protegidas",
            "informar",
        ),
    ],
)
def test_speakers_cue_of_a_quotation_before_a_coordinated_verb(
    nlp: Language, text: str, quote: str, cue: str
) -> None:
    found = {q.text: q.cue for q in prensa.analyze(text, nlp=nlp).quotes}
    assert found[quote] == cue


@pytest.mark.model
def test_speakers_a_gulf_ruler_by_his_title(nlp: Language) -> None:
    text = (
        "El ministro de Exteriores, el jeque Ahmed bin Saif al Nahyan, habló ayer. "
        "«Seguiremos mediando», afirmó el jeque."
    )
    assert speaker_of(nlp, text, "Seguiremos mediando") == "Ahmed bin Saif al Nahyan"


@pytest.mark.model
def test_speakers_a_family_is_no_alias_of_its_relative(nlp: Language) -> None:
    text = (
        "La familia de Óscar Lema pidió ayer que «se haga justicia». Óscar vivía "
        "para la bici, recordó la familia."
    )
    actors = {a.name: a for a in prensa.analyze(text, nlp=nlp).actors}
    assert not [alias for alias in actors["Óscar Lema"].aliases if "familia" in alias.lower()]
