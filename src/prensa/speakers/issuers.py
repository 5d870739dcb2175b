"""Documents that speak: "según el informe de la OMS", "el comunicado".

A document speaks for whoever issued it: the body after its "de", the agent of
"publicados por" (also set off by commas: "El informe, elaborado por X,"),
the subject of the relative clause that published it, or the one the story
said issued it earlier ("El Banco de España publicó su informe ... Según el
informe"), also under another noun ("un estudio de la CNMC. El informe
concluye"); a document of the story's subject ("el comunicado", "su
currículum") for the one the story is about; a new one ("un estudio") for
itself, an unnamed source.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from prensa.lexicon import word_class
from prensa.speakers.discourse import Discourse
from prensa.speakers.index import NAMED, ActorIndex
from prensa.speakers.nouns import DEFINITE, documents
from prensa.speakers.words import DE

# how far back (in tokens, about two sentences) a document the story names by
# another noun is the one a definite document noun refers to
OTHER_NOUN_REACH = 80


@cache
def _issuing_participles() -> tuple[str, ...]:
    """The participle stems of the verbs of issuing a document (word class
    issuing_verbs): "publicar" -> "publicad", "difundir" -> "difundid", which
    the -o/-a/-os/-as endings follow."""
    return tuple(
        verb[:-2] + ("ad" if verb.endswith("ar") else "id")
        for verb in sorted(word_class("speakers", "issuing_verbs"))
    )


class Issuers:
    """The issuer rules of one document. ``issues`` says whether a phrase after
    a document's "de" can issue it (``PhraseNames.issues``); ``resolve`` names
    the actor it refers to (``SpeakerResolver._resolve``)."""

    def __init__(
        self,
        doc: Doc,
        actors: ActorIndex,
        issues: Callable[[Span], bool],
        talk: Discourse,
        resolve: Callable[[Span], str | None],
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.issues = issues
        self.talk = talk
        self.resolve = resolve

    def issuer(self, phrase: Span, head: Token) -> str | None:
        """ "el informe de la OMS": a document speaks for whoever issued it; "el
        comunicado", "su currículum", one the story already knows, for the one the
        story is about; "un estudio", "cifras oficiales", a new one, for itself."""
        agent = next(
            (
                tok
                for tok in phrase
                if tok.i > head.i + 1
                and tok.lower_ == "por"
                and self.doc[tok.i - 1].lower_.startswith(_issuing_participles())
            ),
            None,
        )
        # "los datos de la estadística X publicados por el INE": who published
        # them issued them, before the "de" of what they are (not who
        # "revisó" or "obtuvo" them: "datos del ICE revisados por Reuters")
        for tok in [agent, *phrase] if agent is not None else phrase:
            if tok.i > head.i and tok.lower_ in {"de", "del", "por"}:
                rest = self.doc[tok.i + 1 : phrase.end]
                if len(rest) and rest.root.pos_ in {"NOUN", "PROPN"} and self.issues(rest):
                    return self.resolve(rest)
            if (
                tok.i > head.i
                and tok.lower_ == "que"
                and tok.head.i != head.i
                and self.doc[tok.i - 1].pos_ not in {"ADP", "DET"}
            ):
                # "los datos que publicó el INE": the one the relative clause says
                # published the document issued it; not "la sentencia a la que ha
                # tenido acceso EFE", where the relative is a preposition's
                agent = next(
                    (c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.head.i),
                    None,
                )
                actor = self.actors.actor_at(agent.idx, agent.idx + len(agent)) if agent else None
                if actor is not None and self.actors.type_of(actor) in NAMED:
                    return actor
        apposed = self._apposed_agent(head, phrase)
        if apposed is not None:
            return apposed
        article = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        if article in {"los", "las"}:
            return self.talk.new_unnamed(phrase)  # "los estudios muestran que": studies at large
        if article in DEFINITE or article in {"este", "esta", "ese", "esa"}:
            # "el informe": the one the story said issued it ("El Banco de España
            # publicó ayer su informe ... Según el informe, ...")
            issuer = self._earlier_issuer(phrase, head)
            if issuer is not None:
                return issuer
        if article in DEFINITE or article in {"su", "sus", "este", "esta", "ese", "esa"}:
            # "el comunicado", "su currículum": a document of whoever the story is about
            return self.talk.carry(phrase.start_char)
        # "un estudio publicado ayer", "cifras oficiales": a source of its own
        return self.talk.new_unnamed(phrase)

    def _apposed_agent(self, head: Token, phrase: Span) -> str | None:
        """ "La sentencia, firmada por el Tribunal Supremo, ordena ...": the agent
        of an issuing participle set off by commas after the document, outside
        the subject's phrase, which ends at the first comma."""
        doc = self.doc
        if phrase.end >= len(doc) or doc[phrase.end].text != ",":
            return None
        part = phrase.end + 1
        if (
            part + 2 >= len(doc)
            or not doc[part].lower_.startswith(_issuing_participles())
            or doc[part + 1].lower_ != "por"
        ):
            return None
        end = part + 2
        while end < len(doc) and doc[end].text not in {",", ".", ";"} and end - part < 12:
            end += 1
        agent = doc[part + 2 : end]
        actor = self.actors.actor_at(agent.start_char, agent.end_char)
        return actor if actor is not None and self.actors.type_of(actor) in NAMED else None

    def _earlier_issuer(self, phrase: Span, head: Token) -> str | None:
        """The named actor the story said issued the document ``head`` names, at
        its last earlier mention: "el informe de la OMS", or the subject of the
        verb whose object it was ("El Banco de España publicó su informe"). A
        document the story never named by this noun is the last one it named by
        another, a few sentences back ("El Eurogrupo aprobó una declaración.
        «...», señala el texto"). None where the story said nothing of the kind."""
        lemma = head.lemma_.lower()
        window = self.doc[max(phrase.start - 400, 0) : phrase.start]
        last = next(
            (t for t in reversed(window) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None
        )
        if last is not None:
            return self._issuer_of(last)
        near = self.doc[max(phrase.start - OTHER_NOUN_REACH, 0) : phrase.start]
        other = next(
            (t for t in reversed(near) if t.pos_ == "NOUN" and t.lemma_.lower() in documents()),
            None,
        )
        # another noun's document is this one where the story said who issued it,
        # not who read or quoted it ("Elena Ruiz leyó el fallo. La sentencia ...")
        return None if other is None else self._issuer_of(other, issuing_only=True)

    def _issuer_of(self, tok: Token, *, issuing_only: bool = False) -> str | None:
        """The named actor of a document's mention: its "de" complement ("el
        informe de la OMS") or the subject of the verb it is the object of (with
        ``issuing_only``, a verb of issuing: "aprobó una declaración")."""
        for c in tok.children:
            if c.dep_ == "appos" and c.i == tok.i + 1 and c.pos_ == "PROPN":
                # "la encuesta Cadem": a document named by the one who makes it
                actor = self.actors.actor_at(c.idx, c.idx + len(c))
                if actor is not None and self.actors.type_of(actor) in NAMED:
                    return actor
            if c.dep_ == "nmod" and any(g.lower_ in DE for g in c.children if g.dep_ == "case"):
                actor = self.actors.actor_at(c.idx, c.idx + len(c))
                if actor is not None and self.actors.type_of(actor) in NAMED:
                    return actor
        issuing = word_class("speakers", "issuing_verbs")
        if (
            tok.dep_ == "obj"
            and tok.head.pos_ == "VERB"
            and (not issuing_only or tok.head.lemma_.lower() in issuing)
        ):
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                actor = self.actors.actor_at(subject.idx, subject.idx + len(subject))
                if actor is not None and self.actors.type_of(actor) in NAMED:
                    return actor
        return None  # the mention says nothing of its issuer
