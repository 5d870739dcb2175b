"""Score prensa's temporal tagger on TIMEX3 data in the BIO format of XTN-timexes.

    python tools/timex_eval.py PATH/train.tsv                    # TimeML scheme
    python tools/timex_eval.py PATH/train.tsv --scheme guidelines
    python tools/timex_eval.py PATH/train.tsv --errors           # every miss and slip
    python tools/timex_eval.py PATH/train.tsv --bio out/te3.tsv  # for evaluate_timexes.py

PATH is a local copy of a file of the public repository NGEscribano/XTN-timexes
(``datasets/timebank/es/train.tsv`` is TempEval-3 Spanish train,
``datasets/meantime/es/test.tsv`` MEANTIME Spanish): one token a line with its
BIO tag (``B-DATE``) and TIMEX3 value, a blank line between sentences, and a
``*!-DCTVALUE="2001-02-01"-!*`` line opening each document. Its licence does
not allow copying the data into this project: keep it outside, pass its path.
Develop on the train portion only; the test portions are the maintainers'.

Each document's tokens are joined back into text (no space before closing
punctuation), analysed by prensa with the creation date as publication date,
and each timex found is mapped back onto the tokens it overlaps. Printed, as
in TempEval-3: strict span P/R/F1 (same first and last token), relaxed P/R/F1
(overlap, one to one) and, over the relaxed matches, type and value accuracy.
``--bio`` writes ``token gold pred gold-value pred-value`` lines, the input of
that repository's ``evaluate_timexes.py`` (which prints the same figures).
Not part of CI: it needs the data and the model.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DCT = re.compile(r'^\*!-DCTVALUE="([^"]*)"-!\*$')
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "»", "...", "'s"}
NO_SPACE_AFTER = {"(", "[", "{", "¿", "¡", "«"}
QUOTE = "``"  # the corpus writes every quotation mark, opening or closing, as ``


@dataclass
class Token:
    text: str
    tag: str  # B-DATE, I-DATE, O
    value: str
    start: int = 0
    end: int = 0
    pred_tag: str = "O"
    pred_value: str = "-"


@dataclass
class Document:
    dct: str
    tokens: list[Token] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # indices of tokens that open a sentence
    text: str = ""


@dataclass(frozen=True)
class Chunk:
    first: int
    last: int
    type: str
    value: str


def read(path: Path) -> list[Document]:
    """The documents of one XTN file, each with its creation date."""
    docs: list[Document] = []
    sentence_open = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            sentence_open = True
            continue
        cols = line.split("\t")
        found = DCT.match(cols[0])
        if found:
            docs.append(Document(found.group(1)))
            sentence_open = True
            continue
        if not docs:
            raise ValueError(f"{path}: a token before the first DCTVALUE line")
        doc = docs[-1]
        if sentence_open:
            doc.breaks.add(len(doc.tokens))
            sentence_open = False
        tag = cols[1] if len(cols) > 1 else "O"
        value = cols[2] if len(cols) > 2 else "-"
        doc.tokens.append(Token(cols[0], tag, value))
    for doc in docs:
        doc.text = detokenize(doc)
    return docs


def detokenize(doc: Document) -> str:
    """The document's text, sentences one to a line, with offsets set on its tokens."""
    out: list[str] = []
    pos = 0
    glue = True  # no space before the next token
    quote_open = False
    for i, tok in enumerate(doc.tokens):
        text = '"' if tok.text == QUOTE else tok.text
        closing = tok.text == QUOTE and quote_open
        if i in doc.breaks and i > 0:
            sep = "\n"
            quote_open = False
            closing = False
        elif glue or text in NO_SPACE_BEFORE or closing:
            sep = ""
        else:
            sep = " "
        out.append(sep)
        pos += len(sep)
        tok.start, tok.end = pos, pos + len(text)
        out.append(text)
        pos += len(text)
        if tok.text == QUOTE:
            quote_open = not closing
            glue = quote_open
        else:
            glue = text in NO_SPACE_AFTER
    return "".join(out)


def predict(docs: list[Document], scheme: str) -> None:
    """Tag each token with prensa's timexes (B-/I-TYPE and value)."""
    from prensa.pipeline import analyze_stream, load

    nlp = load(timex_scheme=scheme)  # type: ignore[arg-type]
    items = ((d.text, d.dct[:10] or None, i) for i, d in enumerate(docs))
    for analysis, i in analyze_stream(items, nlp=nlp):
        doc = docs[i]
        for t in analysis.timexes:
            inside = [k for k in doc.tokens if k.start < t.end and t.start < k.end]
            for n, tok in enumerate(inside):
                if tok.pred_tag != "O":
                    break  # two timexes over one token: the first keeps it
                tok.pred_tag = ("B-" if n == 0 else "I-") + t.type
                tok.pred_value = t.value or "-"


def chunks(tokens: list[Token], gold: bool) -> list[Chunk]:
    out: list[Chunk] = []
    for i, tok in enumerate(tokens):
        tag = tok.tag if gold else tok.pred_tag
        value = tok.value if gold else tok.pred_value
        if tag.startswith("B-") or (tag.startswith("I-") and (not out or out[-1].last != i - 1)):
            out.append(Chunk(i, i, tag[2:], value))
        elif tag.startswith("I-") and out:
            out[-1] = Chunk(out[-1].first, i, out[-1].type, out[-1].value)
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    types: int = 0
    values: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairs(gold: list[Chunk], pred: list[Chunk]) -> Iterator[tuple[Chunk, Chunk]]:
    """Overlapping gold and predicted chunks, one to one, in text order."""
    used: set[int] = set()
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and p.first <= g.last and g.first <= p.last:
                used.add(j)
                yield g, p
                break


def score(docs: list[Document], errors: bool) -> Tally:
    tally = Tally()
    for doc in docs:
        gold, pred = chunks(doc.tokens, True), chunks(doc.tokens, False)
        tally.gold += len(gold)
        tally.pred += len(pred)
        matched_g: set[Chunk] = set()
        matched_p: set[Chunk] = set()
        for g, p in pairs(gold, pred):
            matched_g.add(g)
            matched_p.add(p)
            tally.relaxed += 1
            tally.strict += (g.first, g.last) == (p.first, p.last)
            tally.types += g.type == p.type
            tally.values += g.value == p.value
            if errors and ((g.first, g.last) != (p.first, p.last) or g.value != p.value):
                kind = "SPAN " if (g.first, g.last) != (p.first, p.last) else "VALUE"
                print(f"{kind} {doc.dct[:10]}  gold {_show(doc, g)}  pred {_show(doc, p)}")
        if errors:
            for g in gold:
                if g not in matched_g:
                    print(f"MISS  {doc.dct[:10]}  {_show(doc, g)}  | {_context(doc, g)}")
            for p in pred:
                if p not in matched_p:
                    print(f"FALSE {doc.dct[:10]}  {_show(doc, p)}  | {_context(doc, p)}")
    return tally


def _show(doc: Document, c: Chunk) -> str:
    words = " ".join(t.text for t in doc.tokens[c.first : c.last + 1])
    return f"[{words}] {c.type} {c.value}"


def _context(doc: Document, c: Chunk) -> str:
    start, end = doc.tokens[c.first].start, doc.tokens[c.last].end
    return doc.text[max(0, start - 60) : end + 40].replace("\n", " ")


def write_bio(docs: list[Document], path: Path) -> None:
    """The five-column file that XTN-timexes' evaluate_timexes.py reads."""
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write("\n")
            for i, tok in enumerate(doc.tokens):
                if i in doc.breaks and i > 0:
                    out.write("\n")
                out.write(f"{tok.text}\t{tok.tag}\t{tok.pred_tag}\t{tok.value}\t{tok.pred_value}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="an XTN-timexes .tsv file (local copy)")
    parser.add_argument("--scheme", choices=("timeml", "guidelines"), default="timeml")
    parser.add_argument("--errors", action="store_true", help="print every miss and slip")
    parser.add_argument("--bio", type=Path, help="write the evaluate_timexes.py input here")
    args = parser.parse_args()
    docs = read(args.path)
    predict(docs, args.scheme)
    tally = score(docs, args.errors)
    if args.bio:
        write_bio(docs, args.bio)
    sp, sr, sf = tally.prf(tally.strict)
    rp, rr, rf = tally.prf(tally.relaxed)
    matched = tally.relaxed or 1
    print(f"{args.path} ({len(docs)} documents, scheme {args.scheme})")
    print(f"gold {tally.gold}  predicted {tally.pred}")
    print(f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}  ({tally.strict} exact)")
    print(f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}  ({tally.relaxed} overlapping)")
    print(f"type accuracy  {tally.types / matched:.3f}")
    print(f"value accuracy {tally.values / matched:.3f}  ({tally.values}/{tally.relaxed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
