"""Quotations: marked and indirect, with speaker, cue and source.

Writes ``doc._.prensa_quotes``: one dict per quotation (content only, without
its marks) with ``start, end, kind, speaker, speaker_start, speaker_end, cue,
cue_start, cue_end, source, statement, rule, confidence``. Marks are paired
by ``quotes_marked``; indirect speech is found by ``quotes_indirect``; cues
and subjects by ``attribution``. Speakers are resolved in text order, so a
pronoun or a dropped subject ("Aseguró que ...") carries the last speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from prensa import lexicon
from prensa.components import registry
from prensa.components.attribution import cue_lemma, phrase_of, subject_of
from prensa.components.quotes_indirect import Candidate, para, post_verb, que_clauses, segun
from prensa.components.quotes_marked import Marked, pair_marks
from prensa.components.quotes_source import find_source

SENTENCE_END = re.compile(r"[.!?…]+[»”\"’)]?(?=\s)|\n+")
# names, titles and words mentioned as words: «la palabra "tránsfuga"», «con el título "…"»
TITLE_LEAD = re.compile(
    r"\b(?:t[íi]tulo|titulad[oa]s?|llamad[oa]s?|denominad[oa]s?|bautizad[oa]s?|"
    r"lema|eslogan|etiqueta|hashtag|palabra|término|vocablo|apodo|alias)"
    r"\s*(?:de\s+)?[,:]?\s*$",
    re.I,
)
# quoted headlines of other articles ("Lea también: «...»"), not quotations
HEADLINE_LEAD = re.compile(
    r"(?:Lea|Lee|Vea|Ver|Leer|Mira|Te puede interesar|Le puede interesar|"
    r"Relacionad[oa]s?|Noticia relacionada)[^:\n]{0,20}:\s*$",
    re.I,
)
PRONOUNS = frozenset(
    {
        "él",
        "ella",
        "ellos",
        "ellas",
        "este",
        "esta",
        "éste",
        "ésta",
        "quien",
        "quienes",
        "usted",
        "ustedes",
        "ambos",
        "ambas",
        "yo",
        "nosotros",
        "se",
    }
)
DEFINITE = frozenset({"el", "la", "los", "las"})
# indefinite pronouns name unnamed speakers ("uno de ellos", "algunos que ..."): NOM actors
INDEFINITES = frozenset(
    {
        "uno",
        "una",
        "unos",
        "unas",
        "otro",
        "otra",
        "otros",
        "otras",
        "alguno",
        "alguna",
        "algunos",
        "algunas",
        "varios",
        "varias",
        "muchos",
        "muchas",
    }
)
RELATIVE_WORDS = frozenset({"que", "quien", "quienes", "cual", "cuales", "los", "las"})
NEAR_AFTER = 4  # tokens between a closing mark and a cue that follows it («...», dijo)
WINDOW = 400  # characters around a quotation searched for its cue
PERSON = frozenset({"PER"})
NAMED = frozenset({"PER", "ORG"})


class QuotationFinder:
    """Writes ``doc._.prensa_quotes`` (and NOM actors for unnamed speakers)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.prensa_quotes = _Finder(doc).run()
        return doc


class _Finder:
    """The state of one document: its marks, sentences and the running speaker."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.marks = pair_marks(self.text)
        self.mark_starts = [m.start for m in self.marks]
        self.bounds = self._sentence_starts()
        self.tok_starts = [t.idx for t in doc]
        self.cues: dict[int, str] = {}
        for t in doc:
            lemma = cue_lemma(t)
            if lemma is not None and not self._inside_mark(t.idx):
                self.cues[t.i] = lemma
        self.mentions = sorted(registry.mentions(doc), key=lambda m: m["start"])
        self.mention_starts = [m["start"] for m in self.mentions]
        self.longest = max((m["end"] - m["start"] for m in self.mentions), default=0)
        self.actor_index: dict[str, dict[str, Any] | None] = {
            a["id"]: a for a in registry.actors(doc)
        }
        self.surnames: dict[str, str] = {}
        for a in registry.actors(doc):
            for name in [a["name"], *a.get("aliases", [])]:
                words = name.lower().split()
                for k in range(len(words)):
                    self.surnames.setdefault(" ".join(words[k:]), str(a["id"]))
        types = {a["id"]: a["type"] for a in registry.actors(doc)}
        self.typed: dict[frozenset[str], tuple[list[int], list[str]]] = {}
        for kinds in (PERSON, NAMED):
            chosen = [m for m in self.mentions if types.get(m["actor"]) in kinds]
            self.typed[kinds] = ([m["start"] for m in chosen], [str(m["actor"]) for m in chosen])
        self.last_speaker: str | None = None
        self.last_named: str | None = None
        self.last_speaker_at = -1
        self.subjects = self._subject_mentions()
        self.subject_starts = [off for off, _ in self.subjects]
        self.quote_starts: list[int] = []  # the marked quotations, once found
        self.quote_ends: list[int] = []

    # ------------------------------------------------------------ geometry
    def _sentence_starts(self) -> list[int]:
        starts = [0]
        for m in SENTENCE_END.finditer(self.text):
            if not self._inside_mark(m.start()):
                starts.append(m.end())
        return starts

    def _inside_mark(self, offset: int) -> bool:
        k = bisect.bisect_right(self.mark_starts, offset) - 1
        return k >= 0 and self.marks[k].start <= offset < self.marks[k].end

    def marked(self, start: int, end: int) -> bool:
        """Whether [start, end) holds or touches a quotation (a title in marks does not count:
        "aseguró que la serie «Los Simpson» fue buena" is indirect speech)."""
        k = bisect.bisect_left(self.quote_starts, start)
        if k < len(self.quote_starts) and self.quote_starts[k] - 1 <= end:
            return True
        return k > 0 and self.quote_ends[k - 1] + 1 >= start

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
        return self.doc[a:b]

    def has_actor(self, start: int, end: int) -> bool:
        return self._actor_at(start, end) is not None

    # ------------------------------------------------------------ run
    def run(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for m in self.marks:
            if self._is_quotation(m):
                items.append(self._marked(m))
        self.quote_starts = [q["start"] for q in items]
        self.quote_ends = [q["end"] for q in items]
        cue_list = [(self.doc[i], lemma) for i, lemma in sorted(self.cues.items())]
        found: list[Candidate] = []
        found += que_clauses(self.doc, cue_list, self.sent_end, self.marked, self.next_mark)
        found += segun(self.doc, self.sent_start, self.sent_end, self.marked, self._cue_of)
        sents = self.sentences()
        found += post_verb(self.doc, sents, self.marked, self._cue_of, self.tokens)
        found += para(self.doc, sents, self.marked, self.tokens, self.has_actor)
        # candidates come sorted by start: one overlaps an earlier one iff it starts before
        reach = -1
        for c in sorted(found, key=lambda c: (c.start, -c.end)):
            if c.start < reach:
                continue
            reach = c.end
            items.append(self._indirect(c))
        items.sort(key=lambda q: q["start"])
        self._attribute(items)
        for q in items:
            q["source"] = self._source(q)
            q.pop("_verb", None)
            q.pop("_phrase", None)
            q.pop("_open", None)
        return items

    def _source(self, q: dict[str, Any]) -> str | None:
        """A secondary source in the quotation's sentence (see ``quotes_source``)."""
        lo = max(self.sent_start(q["start"] - 1), q["start"] - WINDOW)
        hi = min(self.sent_end(q["end"]), q["end"] + WINDOW)
        return find_source(
            self.text, lo, hi, (q["start"], q["end"]), q["speaker_start"], self._inside_mark
        )

    def _cue_of(self, tok: Token) -> str | None:
        return self.cues.get(tok.i)

    def _is_quotation(self, m: Marked) -> bool:
        content = self.text[m.start : m.end]
        par = self.text.rfind("\n", 0, m.start) + 1
        lead = self.text[max(par, m.start - 60) : max(par, m.start - 1)]
        if HEADLINE_LEAD.search(lead) or TITLE_LEAD.search(lead):
            return False
        words = re.findall(r"\w+", content)
        if not words:
            return False
        if m.open_mark in "‘'" and len(words) <= 3:
            return False  # 'blockchain': a term, not a quotation
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
        return not title or self._cue_follows(m.end)

    def _cue_follows(self, offset: int) -> bool:
        """Whether a reporting verb comes right after ``offset`` («...», dijo)."""
        for tok in self.tokens(offset, offset + 40)[:4]:
            if tok.i in self.cues:
                return True
            if not tok.is_punct:
                return False
        return False

    def _marked(self, m: Marked) -> dict[str, Any]:
        s0 = max(self.sent_start(m.start - 1), m.start - WINDOW)
        s1 = min(self.sent_end(m.end), m.end + WINDOW)
        after = [t for t in self.tokens(m.end, s1) if t.i in self.cues]
        before = [t for t in self.tokens(s0, m.start) if t.i in self.cues]
        verb, rule = None, "marked_bare"
        fragment = not content_is_clause(self.text[m.start : m.end])
        short = len(self.text[m.start : m.end].split()) < 8
        closing = bool(after) and after[0].i > 0 and self.doc[after[0].i - 1].text == ","
        if (
            after
            and (self._near(m.end, after[0]) or closing)
            and not (fragment and short and before and not closing)
        ):
            verb, rule = after[0], "marked_cue_after"
        elif before:
            verb, rule = before[-1], "marked_cue_before"
        elif after:
            verb, rule = after[0], "marked_cue_after"
        source = self._prep_source(s0, m.start)
        if source is not None and (
            verb is None or rule == "marked_cue_after" or source.start_char > verb.idx
        ):
            q = self._record(
                m.start, m.end, "partial" if fragment else "direct", None, "marked_para", conf=0.7
            )
            q["_phrase"] = source
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

    def _prep_source(self, lo: int, hi: int) -> Span | None:
        """ "para Lozano «...»", "según X, «...»": the named source before a quotation."""
        span = self.tokens(lo, hi)
        for tok in reversed(span):
            if (
                tok.lower_ in {"para", "según"}
                and tok.i + 1 < span.end
                and self.doc[tok.i + 1].pos_ == "PROPN"
            ):
                end = tok.i + 1
                while end < span.end and self.doc[end].pos_ in {"PROPN"}:
                    end += 1
                return self.doc[tok.i + 1 : end]
        return None

    def _near(self, end: int, verb: Token) -> bool:
        between = [t for t in self.tokens(end, verb.idx) if not t.is_punct]
        return len(between) <= NEAR_AFTER and not any(t.pos_ in {"VERB"} for t in between)

    def _indirect(self, c: Candidate) -> dict[str, Any]:
        conf = {"que": 0.8, "segun": 0.8, "post": 0.7, "para": 0.6}[c.rule]
        q = self._record(c.start, c.end, "indirect", c.cue, c.rule, conf=conf)
        if c.cue_text is not None and c.cue is None:
            q["cue"] = c.cue_text
        if c.source is not None:
            q["_phrase"] = c.source
            if c.rule == "segun":
                q["cue"] = "según"
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

    # ------------------------------------------------------------ speakers
    def _attribute(self, items: list[dict[str, Any]]) -> None:
        """Speakers in text order; bare quotations join their neighbours."""
        statement = 0
        prev: dict[str, Any] | None = None
        for q in items:
            verb, phrase = q["_verb"], q["_phrase"]
            same = (
                prev is not None
                and verb is not None
                and prev["_verb"] is not None
                and prev["_verb"].i == verb.i
            )
            if same and prev is not None:
                q["speaker"] = prev["speaker"]
                q["speaker_start"], q["speaker_end"] = prev["speaker_start"], prev["speaker_end"]
                if (
                    self.text[prev["end"] : q["start"]].count(",") >= 1
                    and prev["rule"] == "marked_cue_after"
                ):
                    q["statement"] = prev["statement"]
                else:
                    statement += 1
                    q["statement"] = statement
                prev = q
                continue
            statement += 1
            q["statement"] = statement
            if phrase is None and verb is not None:
                lo = self.sent_start(min(verb.idx, q["start"]))
                ok = self._subject_filter(lo, self.sent_end(verb.idx), q["start"], q["end"])
                head = subject_of(verb, ok) or self._clause_subject(verb, lo)
                if head is not None and head.i == verb.i:
                    head = None  # a verb the tagger took for a name ("Agregó que ...")
                if head is not None and not self._impersonal(verb, head):
                    phrase = phrase_of(
                        head, stop=q["start"] if head.idx < q["start"] else None, verb=verb
                    )
                elif head is None and self._impersonal(verb, None):
                    prev = q
                    continue
            if phrase is not None and (
                all(t.is_punct or t.is_space for t in phrase)
                or (phrase[0].lower_.startswith("cuy") and not self._names_someone(phrase))
            ):
                # punctuation, or "cuya voz" with no name ("cuyo secretario general, Teodoro
                # García Egea" keeps its name): the parse lost the subject
                phrase = None
            if phrase is not None and len(phrase):
                q["speaker_start"], q["speaker_end"] = phrase.start_char, phrase.end_char
                q["speaker"] = self._resolve(phrase)
            elif verb is not None and _plural(verb) and (plural := self._plural_subject(verb)):
                # "«...», avisaban": a plural dropped subject is the last plural subject
                phrase = phrase_of(plural, verb=verb)
                q["speaker_start"], q["speaker_end"] = phrase.start_char, phrase.end_char
                q["speaker"] = self._resolve(phrase)
            elif verb is None and self.last_speaker is not None:
                q["speaker"] = self.last_speaker  # a bare quotation goes on with the last speaker
            else:
                q["speaker"] = self._carry(
                    q["cue_start"] if q["cue_start"] is not None else q["start"]
                )
            if q["speaker"] is not None:
                self.last_speaker, self.last_speaker_at = q["speaker"], q["start"]
                actor = self._by_id(q["speaker"])
                if actor is not None and actor["type"] in {"PER", "ORG"}:
                    self.last_named = q["speaker"]
            prev = q
        self._bare_from_next(items)
        self._continued(items)

    def _continued(self, items: list[dict[str, Any]]) -> None:
        """A quotation over several paragraphs: a paragraph left open, the next opening
        with a mark, is one statement, said by whoever the attributed part names."""
        for a, b in itertools.pairwise(items):
            gap = self.text[a["end"] : b["start"]]
            if (
                not a["_open"]
                or "\n" not in gap
                or gap.strip(' \n\t«“"‘')
                or b["kind"] == "indirect"
            ):
                continue
            b["statement"] = a["statement"]
            if a["rule"] == "marked_bare" and b["speaker"] is not None:
                a["speaker"], a["cue"] = b["speaker"], None
            elif b["rule"] == "marked_bare":
                b["speaker"] = a["speaker"]

    def _bare_from_next(self, items: list[dict[str, Any]]) -> None:
        """A bare quotation right before an attributed one in its paragraph ("«A». «B», dijo X")."""
        for a, b in itertools.pairwise(items):
            if (
                a["rule"] != "marked_bare"
                or b["speaker"] is None
                or b["rule"] not in {"marked_cue_after", "marked_para"}
            ):
                continue
            gap = self.text[a["end"] : b["start"]]
            same_sentence = self.sent_start(a["end"]) == self.sent_start(b["start"])
            if "\n" not in gap and (len(gap) <= 4 or same_sentence):
                a["speaker"] = b["speaker"]

    def _subject_filter(self, lo: int, hi: int, start: int, end: int) -> Callable[[Token], bool]:
        """Subjects lie in the cue's sentence, outside quotations and the content."""

        def ok(tok: Token) -> bool:
            return (
                lo <= tok.idx < hi and not self._inside_mark(tok.idx) and not start <= tok.idx < end
            )

        return ok

    def _clause_subject(self, verb: Token, lo: int) -> Token | None:
        """A subject the parse hung elsewhere: the names right before the verb
        ("Al assad asegura"), else the first nsubj before the verb in its sentence."""
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ == "AUX":
            i -= 1
        if i >= 0 and self.doc[i].idx >= lo and self.doc[i].pos_ == "PROPN":
            return self.doc[i]
        for tok in self.tokens(lo, verb.idx):
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and not self._inside_mark(tok.idx)
                and tok.lower_ not in {"que", "se"}
            ):
                return tok
        return None

    def _impersonal(self, verb: Token, head: Token | None) -> bool:
        """ "Se descarta que ...": an impersonal or passive "se" with no named subject."""
        has_se = any(c.lower_ == "se" for c in verb.children) or (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ == "se"
        )
        return has_se and (head is None or head.lower_ == "se")

    def _resolve(self, phrase: Span) -> str | None:
        """The actor a speaker phrase names; pronouns and titles carry the last speaker."""
        doc = self.doc
        head = phrase.root
        if head.lower_ in {"ambos", "ambas"}:
            # a joint statement: naming either of the two last named is right
            return self._last_mentioned(phrase.start_char) or self._carry(phrase.start_char)
        if head.lemma_.lower() in _documents() or head.lower_ in _documents():
            return self._issuer(phrase, head)
        if head.lower_ in PRONOUNS or (head.pos_ == "PRON" and head.lower_ not in INDEFINITES):
            return self._carry(phrase.start_char)
        role = _roles().get(head.lower_)
        # a name in apposition beats the title it explains ("la ministra portavoz, María Montero")
        core = [c for c in head.children if c.dep_ in {"flat", "appos", "compound"}] + [head]
        title_actor = None
        for tok in core:
            last = max([tok.i] + [c.i for c in tok.children if c.dep_ == "flat"])
            sub = doc[tok.i : last + 1]
            actor = self._actor_at(sub.start_char, sub.end_char)
            found = self._by_id(actor) if actor is not None else None
            # "la dinastía Siria", "la prensa rusa": a place inside a title is not the speaker;
            # "el mandatario" refers to a person, never to an organisation or a place
            if (
                found is None
                or (head.pos_ == "NOUN" and found["type"] == "LOC")
                or (tok is head and role is not None and found["type"] != role)
            ):
                continue
            if tok is head and head.pos_ == "NOUN":
                # a title the registry linked: the discourse (the last speaker) decides first
                title_actor = actor
                continue
            return actor
        if head.pos_ == "NOUN":
            # "la dinastía Al Assad": a person or organisation named in the phrase
            # itself, not behind a preposition ("fuentes próximas a Moreno")
            for tok in phrase:
                if tok.i > head.i and (
                    tok.pos_ in {"ADP", "VERB", "PUNCT", "SCONJ", "PRON"} or tok.lower_ == "como"
                ):
                    break
                actor = self._actor_at(tok.idx, tok.idx + len(tok)) if tok.i > head.i else None
                found = self._by_id(actor) if actor is not None else None
                if found is not None and found["type"] in {"PER", "ORG"}:
                    return actor
        if head.pos_ == "PROPN" or phrase[-1].pos_ == "PROPN":
            actor = self._by_surname(phrase.text)
            if actor is not None:
                return actor
        first = phrase[0].lower_
        if title_actor is not None and role != "PER":
            return title_actor  # "la policía", "el club": the organisation the registry linked
        if first in DEFINITE and head.pos_ == "NOUN" and "Number=Sing" in str(head.morph):
            named = self._last_named(phrase.start_char)
            if role == "PER" and (named is None or self._type(named) != "PER"):
                named = self._last_mentioned(phrase.start_char)
            if named is not None:
                return named  # "el presidente", "la portavoz": the one named before
        if title_actor is not None:
            return title_actor
        if head.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET"}:
            name = " ".join(phrase.text.split())
            actor_id = registry.add_actor(doc, name, "NOM")
            registry.add_mention(doc, actor_id, phrase.start_char, phrase.end_char, "speaker")
            return actor_id
        return self.last_speaker

    def _names_someone(self, phrase: Span) -> bool:
        actor = self._actor_at(phrase.start_char, phrase.end_char)
        return actor is not None and self._type(actor) in NAMED

    def _plural_subject(self, verb: Token) -> Token | None:
        """The last plural noun subject in the two sentences before ``verb``."""
        lo = self.sent_start(max(self.sent_start(verb.idx) - 1, 0))
        for tok in reversed(self.tokens(lo, verb.idx)):
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and tok.pos_ in {"NOUN", "PRON"}
                and _plural(tok)
                and tok.lower_ not in RELATIVE_WORDS
                and not self._inside_mark(tok.idx)
            ):
                return tok
        return None

    def _type(self, actor_id: str) -> str | None:
        actor = self._by_id(actor_id)
        return str(actor["type"]) if actor is not None else None

    def _subject_mentions(self) -> list[tuple[int, str]]:
        """Named subjects outside quotations, in order: pro-drop continues the last one."""
        out = []
        for tok in self.doc:
            if tok.is_space and tok.dep_ in {"nsubj", "nsubj:pass"} and tok.i + 1 < len(self.doc):
                # "\n\nTeresa Rodríguez": the parser hangs a name on the newline
                tok = self.doc[tok.i + 1]
            elif tok.dep_ not in {"nsubj", "nsubj:pass"}:
                continue
            if tok.pos_ != "PROPN" or self._inside_mark(tok.idx):
                continue
            k = bisect.bisect_right(self.mention_starts, tok.idx) - 1
            while k >= 0 and self.mentions[k]["start"] > tok.idx - 60:
                m = self.mentions[k]
                if m["start"] <= tok.idx < m["end"]:
                    actor = self._by_id(m["actor"])
                    if actor is not None and actor["type"] in {"PER", "ORG"}:
                        out.append((tok.idx, str(actor["id"])))
                    break
                k -= 1
        return out

    def _carry(self, offset: int) -> str | None:
        """Who a dropped subject or pronoun at ``offset`` refers to: the last speaker,
        or a named subject mentioned after that speaker spoke."""
        k = bisect.bisect_left(self.subject_starts, offset) - 1
        if k >= 0 and self.subjects[k][0] > self.last_speaker_at:
            return self.subjects[k][1]
        if self.last_speaker is not None:
            return self.last_speaker
        return self._last_named(offset)

    def _issuer(self, phrase: Span, head: Token) -> str | None:
        """ "el informe de la OMS": a document speaks for whoever issued it."""
        for tok in phrase:
            if tok.i > head.i and tok.lower_ in {"de", "del", "por"}:
                rest = self.doc[tok.i + 1 : phrase.end]
                if len(rest) and rest.root.pos_ in {"NOUN", "PROPN"}:
                    return self._resolve(rest)
        return self._carry(phrase.start_char)

    def _actor_at(self, start: int, end: int) -> str | None:
        """``registry.actor_at`` over the mentions indexed at the start (no scan of all)."""
        best, best_len = None, 0
        k = bisect.bisect_left(self.mention_starts, start - self.longest)
        while k < len(self.mentions) and self.mentions[k]["start"] < end:
            m = self.mentions[k]
            overlap = min(end, m["end"]) - max(start, m["start"])
            if overlap > best_len:
                best, best_len = m["actor"], overlap
            k += 1
        return best

    def _last_typed(self, offset: int, types: frozenset[str]) -> str | None:
        starts, ids = self.typed[types]
        k = bisect.bisect_left(starts, offset) - 1
        return ids[k] if k >= 0 else None

    def _last_mentioned(self, offset: int) -> str | None:
        """The last person mentioned before ``offset``."""
        return self._last_typed(offset, PERSON)

    def _last_named(self, offset: int) -> str | None:
        """The last named (PER or ORG) speaker, else the last PER/ORG mentioned before offset."""
        if self.last_named is not None:
            return self.last_named
        return self._last_typed(offset, NAMED)

    def _by_surname(self, text: str) -> str | None:
        """The actor whose name or alias is, or ends with, ``text`` ("Al assad")."""
        return self.surnames.get(" ".join(text.split()).lower())

    def _by_id(self, actor_id: str) -> dict[str, Any] | None:
        if actor_id not in self.actor_index:
            self.actor_index[actor_id] = registry.by_id(self.doc, actor_id)  # a new NOM actor
        return self.actor_index[actor_id]


def _plural(tok: Token) -> bool:
    return "Number=Plur" in str(tok.morph) and "Person=1" not in str(tok.morph)


@cache
def _roles() -> dict[str, str]:
    """Role nouns and the actor type they refer to ("presidente" -> PER), from titles.tsv."""
    return {r["word"].lower(): r["refers"] for r in lexicon.rows("titles")}


@cache
def _documents() -> frozenset[str]:
    return lexicon.column("speech_documents", "lemma")


def content_is_clause(content: str) -> bool:
    """A whole sentence: it opens with a capital or ¿¡ (not a fragment)."""
    first = content.lstrip()[:1]
    return bool(first) and (first.isupper() or first in "¿¡")
