"""Quotations: marked and indirect, with speaker, cue and source.

Writes ``doc._.prensa_quotes``: one dict per quotation (content only, without
its marks) with ``start, end, kind, speaker, speaker_start, speaker_end, cue,
cue_start, cue_end, source, statement, rule, confidence``. Marks are paired
by ``marked``; indirect speech is found by ``indirect``; cues
and subjects by ``speakers.cues``; speakers by ``speakers``, in text
order, so a pronoun or a dropped subject ("Aseguró que ...") carries the last
speaker.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.extensions import text_of
from prensa.quotes.aside import asides
from prensa.quotes.governing import governing_cue, past_sister_clause
from prensa.quotes.indirect import Candidate, nested_report, que_clauses
from prensa.quotes.marked import Marked, pair_marks
from prensa.quotes.opinion import named_source, para_frames
from prensa.quotes.post import dash_dialogue, post_verb
from prensa.quotes.segun import para, segun
from prensa.quotes.source import find_source
from prensa.quotes.terms import is_term
from prensa.quotes.thought import speech_cues
from prensa.speakers.cues import cue_lemma, cue_of_form, cue_positions, finding_cues
from prensa.speakers.discourse import unlist_unnamed
from prensa.speakers.index import ActorIndex
from prensa.speakers.resolver import SpeakerResolver
from prensa.token_table import token_starts, tokens_at

# the lookahead (the first characters of both branches) lets the regex engine
# skip to where a match can start: the same matches in under half the time
SENTENCE_END = re.compile(r"(?=[.!?…\n])(?:[.!?…]+[»”\"’)]?(?=\s)|\n+)")
# names, titles and words mentioned as words: «la palabra "tránsfuga"», «con el título "…"»
TITLE_LEAD = re.compile(
    r"\b(?:t[íi]tulo|titulad[oa]s?|llamad[oa]s?|denominad[oa]s?|bautizad[oa]s?|"
    r"lema|eslogan|etiqueta|hashtag|palabra|término|vocablo|apodo|alias|nombre)"
    r"\s*(?:de\s+|como\s+)?[,:]?\s*$",
    re.I,
)
# "la serie «La casa de papel»", "conocida como «ley mordaza»": the name of a work
# or an operation (data/work_titles.tsv), not a quotation
KNOWN_AS = r"conocid[oa]s?\s+como"


@cache
def _work_lead() -> re.Pattern[str]:
    nouns = sorted(lexicon.column("quotes", "work_titles", "word"), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in nouns)
    # "con su ópera prima, «...»": the noun may take the title in apposition
    return re.compile(rf"\b(?:(?:{alts})(?:s|es)?\s*,?|{KNOWN_AS})\s*$", re.I)


# verbs of publishing or showing right before a title in marks: "publica «X»",
# "estrenó «X»", "el museo expone «X»"
PUBLISHED = re.compile(
    r"\b(?:(?:public|present|estren|lanz|edit|grab)(?:a|an|ó|aron|ará|arán|ar|ado|ada)"
    r"|(?:expone|exponen|expuso|expusieron|exhibe|exhiben|exhibió|exhibieron))\s*$",
    re.I,
)


@cache
def _work_after() -> re.Pattern[str]:
    """ "«X», su novela", "«X», un ensayo sobre ...": a noun of works right after
    the closing mark, past an article or possessive and an adjective."""
    nouns = sorted(lexicon.column("quotes", "work_titles", "word"), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in nouns)
    return re.compile(
        rf"[»”\"’']?\s*,\s*(?:su|sus|el|la|los|las|un|una)\s+(?:\w+\s+)?(?:{alts})(?:s|es)?\b",
        re.I,
    )


# quoted headlines of other articles ("Lea también: «...»"), not quotations
HEADLINE_LEAD = re.compile(
    r"\b(?:Lea|Lee|Vea|Ver|Leer|Mira|Te puede interesar|Le puede interesar|"
    r"Relacionad[oa]s?|Noticia relacionada)\b[^:\n]{0,20}:\s*$",
    re.I,
)
# "«...», fue la respuesta del sindicato": the copula, an article and a noun of
# something said, then "de"/"del" and who said it
NOMINAL = re.compile(
    r"[»”\"’']?\s*,\s*(?:fue|era|es|ha sido|había sido|será)\s+(?:la|el|su|una|un)\s+"
    r"(?:\w+\s+)?(\w+)\s+de(?:l\b|\s+)\s*",
    re.I,
)
NEAR_AFTER = 4  # tokens between a closing mark and a cue that follows it («...», dijo)
WINDOW = 400  # characters around a quotation searched for its cue
# words that point back at a quotation from the next sentence: «...». Así lo dijo
ECHOES = frozenset({"así", "lo", "eso", "esto", "ello", "le", "les", "me", "nos"})


@cache
def _answer_nouns() -> frozenset[str]:
    return lexicon.column("quotes", "answer_nouns", "word")


class QuotationFinder:
    """Writes ``doc._.prensa_quotes`` (and NOM actors for unnamed speakers)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        quotes = _Finder(doc).run()
        unlist_unnamed(doc, quotes)
        doc._.prensa_quotes = quotes
        return doc


class _Finder:
    """The state of one document: its marks, sentences, cues and speakers."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.tok_starts = token_starts(doc)
        self.marks = [
            part
            for m in pair_marks(self.text)
            for part in _split_aside(self.text, self._cut_unclosed(m))
        ]
        self.mark_starts = [m.start for m in self.marks]
        self.bounds = self._sentence_starts()
        self.cues: dict[int, str] = {}
        for i, lemma in sorted({**cue_positions(doc), **finding_cues(doc)}.items()):
            if not self.inside_mark(self.tok_starts[i]):
                self.cues[i] = lemma
        self.cue_indices = list(self.cues)  # in order
        self.actors = ActorIndex(doc, self.inside_mark)
        self.speakers = SpeakerResolver(doc, self, self.actors)
        self.quote_starts: list[int] = []  # the marked quotations, once found
        self.quote_ends: list[int] = []

    def _cut_unclosed(self, m: Marked) -> Marked:
        """An unclosed quotation ends before its own attribution: in '"No iremos,
        dijo Alegría en rueda de prensa.' the closing mark is missing before the
        comma that precedes the reporting verb (not before "dijo que ...")."""
        if m.close_mark:
            return m
        toks = self.tokens(m.start, m.end)
        for tok in toks[1:]:
            prev = self.doc[tok.i - 1]
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if (
                prev.text in {",", "—"}
                and tok.pos_ in {"VERB", "AUX"}
                and cue_lemma(tok) is not None
                and (nxt is None or nxt.lower_ not in {"que", "a", "cómo", "si"})
            ):
                return Marked(m.start, prev.idx, m.open_mark, m.close_mark)
        return m

    # ------------------------------------------------------------ geometry
    def _sentence_starts(self) -> list[int]:
        starts = [0]
        for m in SENTENCE_END.finditer(self.text):
            if not self.inside_mark(m.start()):
                starts.append(m.end())
        return starts

    def inside_mark(self, offset: int) -> bool:
        k = bisect.bisect_right(self.mark_starts, offset) - 1
        return k >= 0 and self.marks[k].start <= offset < self.marks[k].end

    def marked(self, start: int, end: int) -> bool:
        """Whether [start, end) holds or touches a quotation (a title in marks does not count:
        "aseguró que la serie «Los Simpson» fue buena" is indirect speech)."""
        k = bisect.bisect_left(self.quote_starts, start)
        if k < len(self.quote_starts) and self.quote_starts[k] - 1 <= end:
            return True
        return k > 0 and self.quote_ends[k - 1] + 1 >= start

    def quotations(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations that [start, end) holds or touches, as ``marked`` counts them."""
        a = bisect.bisect_left(self.quote_ends, start - 1)
        b = bisect.bisect_right(self.quote_starts, end + 1)
        return list(zip(self.quote_starts[a:b], self.quote_ends[a:b], strict=True))

    def next_mark(self, offset: int) -> int:
        """Where the next quotation's content starts after ``offset`` (or the text's end)."""
        k = bisect.bisect_left(self.quote_starts, offset)
        return self.quote_starts[k] if k < len(self.quote_starts) else len(self.text) + 1

    def sent_start(self, offset: int) -> int:
        return self.bounds[bisect.bisect_right(self.bounds, offset) - 1]

    def sent_end(self, offset: int) -> int:
        k = bisect.bisect_right(self.bounds, offset)
        return self.bounds[k] if k < len(self.bounds) else len(self.text)

    def sentences(self) -> list[tuple[int, int]]:
        ends = [*self.bounds[1:], len(self.text)]
        return [(s, e) for s, e in zip(self.bounds, ends, strict=True) if e > s]

    def tokens(self, start: int, end: int) -> Span:
        a = bisect.bisect_left(self.tok_starts, start)
        b = bisect.bisect_left(self.tok_starts, end)
        # ``doc[a:b]``, without the Python call that clips a slice's bounds
        return Span(self.doc, a, max(a, b))

    def has_actor(self, start: int, end: int) -> bool:
        return self.actors.actor_at(start, end) is not None

    # ------------------------------------------------------------ run
    def run(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for m in self.marks:
            if self._is_quotation(m):
                items.append(self._marked(m))
        self.quote_starts = [q["start"] for q in items]
        self.quote_ends = [q["end"] for q in items]
        cue_list = [(self.doc[i], lemma) for i, lemma in sorted(self.cues.items())]
        quoting = {q["cue_start"] for q in items if q["cue_start"] is not None}
        found: list[Candidate] = []
        found += que_clauses(
            self.doc,
            speech_cues(cue_list),
            self.sent_end,
            self.marked,
            self.next_mark,
            # "recordó que A y consideró que «B»": a cue of opinion whose words are
            # in marks reports beside the first, and ends its clause
            others=[verb for verb, _ in cue_list if verb.idx in quoting],
        )
        # "A dijo que B, según X" / "Según X, A dijo que B": A speaks, X only relays
        said = [(c.start, c.end) for c in found]
        found += [
            c
            for c in segun(
                self.doc, self.sent_start, self.sent_end, self.marked, self._cue_of, self.has_actor
            )
            if not any(c.start <= s and e <= c.end for s, e in said)
        ]
        sents = self.sentences()
        found += post_verb(self.doc, sents, self.quotations, self._cue_of, self.tokens)
        found += asides(self.doc, sents, self.marked, self._cue_of, self.tokens, sorted(self.cues))
        found += para_frames(
            self.doc, self.sent_start, self.sent_end, self.marked, self.has_actor, said
        )
        found += para(self.doc, sents, self.marked, self.tokens, self.has_actor)
        found += dash_dialogue(self.doc, self.marked, self._cue_of, self.tokens)
        # candidates come sorted by start: one overlaps an earlier one iff it starts before
        reach, outer = -1, None
        for c in sorted(found, key=lambda c: (c.start, -c.end)):
            if c.start < reach:
                if outer is not None and nested_report(c, outer):
                    items.append(self._indirect(c))  # "X apuntó que Y precisa que Z"
                continue
            reach, outer = c.end, c
            items.append(self._indirect(c))
        items.sort(key=lambda q: q["start"])
        self.speakers.attribute(items)
        for q in items:
            q["source"] = self._source(q)
            q.pop("_verb", None)
            q.pop("_phrase", None)
            q.pop("_open", None)
        return items

    def _source(self, q: dict[str, Any]) -> str | None:
        """A secondary source in the quotation's sentence (see ``source``)."""
        lo = max(self.sent_start(q["start"] - 1), q["start"] - WINDOW)
        hi = min(self.sent_end(q["end"]), q["end"] + WINDOW)
        return find_source(
            self.text, lo, hi, (q["start"], q["end"]), q["speaker_start"], self.inside_mark
        )

    def _cue_of(self, tok: Token) -> str | None:
        return self.cues.get(tok.i)

    def _is_quotation(self, m: Marked) -> bool:
        content = self.text[m.start : m.end]
        par = self.text.rfind("\n", 0, m.start) + 1
        lead = self.text[max(par, m.start - 60) : max(par, m.start - 1)]
        if HEADLINE_LEAD.search(lead) or TITLE_LEAD.search(lead):
            return False
        # "la serie «Los Simpson»"; but a title opens with a capital: in "aseguró
        # que el plan «llega tarde»" the words in marks are what was said
        titled = content.lstrip()[:1].isupper() or not content.strip()[:1].isalpha()
        work = _work_lead().search(lead)
        named = work is not None and (titled or re.search(KNOWN_AS + r"\s*$", lead, re.I))
        if named and not self._cue_follows(m.end):
            return False
        if titled and self._work_named(m, lead):
            return False
        words = re.findall(r"\w+", content)
        if not words:
            return False
        if m.open_mark in ("", "‘", "'") and len(words) <= 3:
            return False  # 'blockchain': a term, not a quotation
        # "la alianza «X»", "su género, el «dream pop», ...": a term, not a quotation
        ahead = self.tokens(max(par, m.start - 40), m.start - 1)
        before = ahead[-1] if len(ahead) else None
        term = is_term(self.tokens(m.start, m.end), before, lambda t: t.i in self.cues)
        if term and not self._cue_follows(m.end):
            return False
        # a name or title in capitals ("Lo Que El Viento Se Llevó"), unless a cue follows it
        long_words = [w for w in words if len(w) > 3]
        opens_sentence = self.sent_start(m.start - 1) >= m.start - 2
        title = (
            bool(long_words)
            and all(w[0].isupper() for w in long_words)
            and len(words) <= 8
            and not content.rstrip().endswith((".", "!", "?"))
            and (len(long_words) >= 2 or not opens_sentence)
        )
        said = before is not None and before.text == ":" and before.i - 1 in self.cues
        # "dijo: «Ganaremos»": a cue and a colon before it make a quotation of any words
        return not title or said or self._cue_follows(m.end) or self._caps_line(m, par)

    def _work_named(self, m: Marked, lead: str) -> bool:
        """ "presenta «La casa de los relojes», su novela", "acaba de publicar
        "Cuencas vacías", un ensayo": a title in capitals that a verb of
        publishing introduces, or that a noun of works explains right after it,
        and that no verb of saying follows."""
        if len(re.findall(r"\w+", self.text[m.start : m.end])) > 10 or self._cue_follows(m.end):
            return False
        return bool(PUBLISHED.search(lead) or _work_after().match(self.text, m.end, m.end + 80))

    def _caps_line(self, m: Marked, par: int) -> bool:
        """ "«NADIE NOS VA A CALLAR»" on a line of its own: a slogan or a headline
        quotation set in capitals, not a title in title case."""
        content = self.text[m.start : m.end]
        eol = self.text.find("\n", m.end)
        line = self.text[par : eol if eol >= 0 else len(self.text)].strip()
        return content.isupper() and len(line) <= len(content) + 4

    def _cue_follows(self, offset: int) -> bool:
        """Whether a reporting verb comes right after ``offset`` («...», dijo)."""
        for tok in self.tokens(offset, offset + 40)[:4]:
            if tok.i in self.cues:
                # "la actriz, que actúa en la serie «X», mantuvo ...": a verb whose
                # subject stands before the marks has its own clause, not theirs
                return not any(
                    c.dep_ in {"nsubj", "nsubj:pass"} and c.idx < offset for c in tok.children
                )
            if not tok.is_punct:
                return False
        return False

    def _marked(self, m: Marked) -> dict[str, Any]:
        s0 = max(self.sent_start(m.start - 1), m.start - WINDOW)
        s1 = min(self.sent_end(m.end), m.end + WINDOW)
        after = list(tokens_at(self.tokens(m.end, s1), self.cue_indices))
        before = list(tokens_at(self.tokens(s0, m.start), self.cue_indices))
        verb, rule = None, "marked_bare"
        fragment = not content_is_clause(self.text[m.start : m.end])
        short = len(self.text[m.start : m.end].split()) < 8
        closing = bool(after) and after[0].i > 0 and self.doc[after[0].i - 1].text == ","
        if (
            after
            and (self._near(m.end, after[0]) or closing)
            and not (fragment and short and before and not closing)
            and not (
                before
                and self._coordinated(m.end, after[0])
                and (not closing or _reports_with_subject(before[-1]))
            )
        ):
            verb, rule = after[0], "marked_cue_after"
        elif before and not self._own_clause_to_colon(before[-1], m.start):
            inside = self.tokens(m.start, m.end)
            cue = (
                past_sister_clause(inside[0], before[-1], self.cues) if len(inside) else before[-1]
            )
            verb, rule = governing_cue(cue, s0, self.cues), "marked_cue_before"
        elif after:
            verb, rule = after[0], "marked_cue_after"
        elif (echo := self._echo_cue(m.end, s1)) is not None:
            verb, rule = echo, "marked_cue_after"
        if verb is None and (said_by := self._nominal_speaker(m.end, s1)) is not None:
            # "«...», fue la respuesta del sindicato": the one whose reply it was
            q = self._record(
                m.start,
                m.end,
                "partial" if fragment else "direct",
                None,
                "marked_nominal",
                conf=0.8,
            )
            q["_phrase"] = said_by
            q["_open"] = not m.close_mark
            return q
        span = self.tokens(s0, m.start)
        source = named_source(self.doc, span, s0, m.start, self.has_actor)
        if source is not None and (
            verb is None or rule == "marked_cue_after" or source.start_char > verb.idx
        ):
            q = self._record(
                m.start, m.end, "partial" if fragment else "direct", None, "marked_para", conf=0.7
            )
            q["_phrase"] = source
            frame = self.doc[source.start - 1] if source.start else None
            if frame is not None and (
                frame.lower_ == "según"
                or (frame.lower_ == "con" and self.doc[frame.i - 1].lower_ == "acuerdo")
            ):
                # "Según Molina, el Ayuntamiento perdió «...»", "De acuerdo con X,":
                # the cue of an indirect one
                q["cue"], q["cue_start"], q["cue_end"] = "según", frame.idx, frame.idx + len(frame)
        else:
            q = self._marked_record(m, s0, verb, rule, fragment)
        q["_open"] = not m.close_mark  # a paragraph left open: the quotation goes on
        return q

    def _marked_record(
        self, m: Marked, s0: int, verb: Token | None, rule: str, fragment: bool
    ) -> dict[str, Any]:
        before_text = self.text[max(s0, m.start - 3) : m.start - 1]
        direct = (
            content_is_clause(self.text[m.start : m.end])
            or ":" in before_text
            or m.start - 1 <= s0
            or rule == "marked_cue_after"
        )
        return self._record(
            m.start,
            m.end,
            "direct" if direct else "partial",
            verb,
            rule,
            conf={"marked_cue_after": 0.95, "marked_cue_before": 0.9}.get(rule, 0.6),
        )

    def _nominal_speaker(self, end: int, s1: int) -> Span | None:
        """ "«...», fue la respuesta del sindicato", "«...», era la queja de los
        vecinos": the phrase after "de" of a noun of something said
        (``answer_nouns.tsv``) that the copula right after the marks predicates
        of the quotation."""
        found = NOMINAL.match(self.text, end, s1)
        if found is None or found.group(1).lower() not in _answer_nouns():
            return None
        words = self.tokens(found.end(), s1)
        stop = next((t.i for t in words if t.is_punct or t.pos_ in {"VERB", "AUX"}), words.end)
        phrase = self.doc[words.start : stop]
        return phrase if len(phrase) and phrase.root.pos_ in {"NOUN", "PROPN", "PRON"} else None

    def _echo_cue(self, end: int, s1: int) -> Token | None:
        """The cue of the next sentence where it points back at the quotation that
        closes this one: «...». Así lo expresó Ana Gil; «...». Lo dijo ayer el
        ministro. Only words that refer back ("así", "lo", "eso") or an adverb
        may stand before the verb."""
        if self.text[end:s1].strip(" .»”\"’'\n"):
            return None  # the sentence goes on after the marks
        words = [t for t in self.tokens(s1, s1 + 60) if not t.is_space][:5]
        if not words or words[0].lower_ not in ECHOES:
            return None
        for tok in words:
            if tok.i in self.cues:
                return tok
            if tok.lower_ not in ECHOES and tok.pos_ != "ADV":
                return None
        return None

    def _own_clause_to_colon(self, cue: Token, start: int) -> bool:
        """Whether a colon right before the marks closes a clause of its own, with
        its own subject, after ``cue``'s: "El fiscal pidió la absolución, mientras
        que la abogada fue tajante: «...»" is the lawyer's, not the cue's."""
        colon = self.text.rfind(":", max(0, start - 3), start)
        if colon < 0 or self.text[colon + 1 : start].strip(" «“\"‘'"):
            return False
        return any(
            t.dep_ in {"nsubj", "nsubj:pass"}
            and t.head.i > cue.i
            and t.head.i not in self.cues
            and t.head.idx < colon
            # not the cue's own content: "admitió que el rival fue superior: «...»"
            and not cue.is_ancestor(t.head)
            for t in self.tokens(cue.idx + len(cue), colon)
        )

    def _coordinated(self, end: int, verb: Token) -> bool:
        """Whether a conjunction joins ``verb`` to the clause that holds the marks
        ("aseguró que «...» y anunció que ..."): a new clause with a cue of its
        own, not the inverted cue of the quotation."""
        return any(t.pos_ == "CCONJ" for t in self.tokens(end, verb.idx))

    def _near(self, end: int, verb: Token) -> bool:
        between = [t for t in self.tokens(end, verb.idx) if not t.is_punct]
        return len(between) <= NEAR_AFTER and not any(t.pos_ in {"VERB"} for t in between)

    def _indirect(self, c: Candidate) -> dict[str, Any]:
        conf = {"que": 0.8, "segun": 0.8, "post": 0.7, "para": 0.6}[c.rule]
        q = self._record(c.start, c.end, "indirect", c.cue, c.rule, conf=conf)
        if c.cue_text is not None and (c.cue is None or q["cue"] is None):
            q["cue"] = c.cue_text  # also a verb the tagger missed ("—responde—")
        if c.source is not None:
            q["_phrase"] = c.source
            if c.rule == "segun":
                q["cue"] = c.cue_text  # "según", or the verb of "como señaló X"
        return q

    def _record(
        self, start: int, end: int, kind: str, verb: Token | None, rule: str, *, conf: float
    ) -> dict[str, Any]:
        return {
            "start": start,
            "end": end,
            "kind": kind,
            "speaker": None,
            "speaker_start": None,
            "speaker_end": None,
            "cue": self.cues.get(verb.i) if verb is not None else None,
            "cue_start": verb.idx if verb is not None else None,
            "cue_end": verb.idx + len(verb) if verb is not None else None,
            "source": None,
            "statement": 0,
            "rule": rule,
            "confidence": conf,
            "_verb": verb,
            "_phrase": None,
            "_open": False,
        }


# "«Trabajamos con palas —lamentó uno de ellos—, mientras el fuego avanza»": the
# journalist's aside between dashes inside the marks, opened by a verb of saying
# and naming who speaks (a bare "—dijo—" leaves the quotation whole)
ASIDE_IN_MARKS = re.compile(r"\s[—―]\s?(\w+)\s+\w[^—―«»“”\n]{0,80}?[—―]")


def _split_aside(text: str, m: Marked) -> list[Marked]:
    """A quotation that holds its own attribution between dashes is two pieces,
    as one interrupted by it outside the marks would be («A», dijo, «B»)."""
    found = ASIDE_IN_MARKS.search(text, m.start, m.end)
    if found is None or cue_of_form(found.group(1)) is None or not found.group(1).islower():
        return [m]
    first = Marked(m.start, found.start(), m.open_mark, "—")  # closed by the aside
    after = found.end()
    while after < m.end and text[after] in " ,;.":
        after += 1
    parts = [first]
    if after < m.end:
        parts.append(Marked(after, m.end, "—", m.close_mark))  # opened by the aside's dash
    return parts


def _reports_with_subject(verb: Token) -> bool:
    """A finite cue with its own subject ("Kyodo informó de que ..."), not a
    participle ("serán considerados «...»")."""
    return "VerbForm=Fin" in str(verb.morph) and any(
        c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children
    )


def content_is_clause(content: str) -> bool:
    """A whole sentence: it opens with a capital or ¿¡ (not a fragment)."""
    first = content.lstrip()[:1]
    return bool(first) and (first.isupper() or first in "¿¡")
