# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who said what, about whom, and when
#
# An analyst's reading of one Spanish news article with **prensa**. The
# notebook uses only prensa's public API (`prensa.analyze`, the records it
# returns, `prensa.viz` for the pictures, `prensa.report` for the sourcing
# figures and the summary) and runs top to bottom headless:
#
# ```sh
# .venv/bin/jupyter nbconvert --to html --execute notebooks/prensa_analysis.ipynb --output-dir out/
# ```
#
# It reads `data/putin-telegrama-apoyo-assad.txt` and its metadata; set the
# environment variable `PRENSA_ARTICLE` to the path of another `.txt` file
# (with an optional `.meta.json` beside it) to read a different article.
# `prensa report ARTICLE -o report.html` writes the same sections as one
# standalone HTML file. Section 9 reads every article of the article's folder
# as a corpus, as `prensa report data/ -o corpus.html` does.

# %%
import json
import os
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display
from markupsafe import Markup, escape

import prensa
from prensa import io
from prensa.report import charts, corpus, highlight, page

ARTICLE = "putin-telegrama-apoyo-assad.txt"


def find_article(name: str = ARTICLE) -> Path:
    """The article named in $PRENSA_ARTICLE, else data/<name> beside or above the notebook."""
    chosen = os.environ.get("PRENSA_ARTICLE")
    if chosen:
        return Path(chosen).expanduser().resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        candidate = folder / "data" / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"data/{name} not found from {here} or any folder above it")


def read_meta(article: Path) -> dict:
    """The article's .meta.json (title, pub_date, ...), or {} when it has none."""
    meta = article.with_name(article.name.removesuffix(".txt") + ".meta.json")
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}


def show(markup: str | None, empty: str) -> None:
    """Display prensa's escaped HTML, or a plain note when there is nothing to show."""
    display(HTML(markup if markup is not None else f"<p><em>{escape(empty)}</em></p>"))


def table(frame: pd.DataFrame, empty: str) -> None:
    """Display a table left-aligned with its cells escaped, or a note when it has no row."""
    if not len(frame):
        print(empty)
        return
    styled = (
        frame.fillna("")
        .style.format(escape="html", precision=1)
        .hide(axis="index")
        .set_properties(**{"text-align": "left", "vertical-align": "top"})
        .set_table_styles([{"selector": "th", "props": "text-align: left;"}])
    )
    display(styled)


article = find_article()
meta = read_meta(article)
text = article.read_text(encoding="utf-8")
analysis = prensa.analyze(text, meta.get("pub_date"), doc_id=article.stem)
tables = analysis.to_dataframes()
pd.set_option("display.max_colwidth", 120)
print(f"{article.name}: {meta.get('title', '(no title)')}")
print(f"publication date: {analysis.date or 'unknown'}; prensa {prensa.__version__}")

# %% [markdown]
# ## 1. What this document is
#
# The profile: language, genre, length, and whether the document defines any
# system, hardware or performance requirement. A news article normally defines
# none; the verdict says so plainly, and the line after it says what the
# document holds instead.

# %%
p = analysis.profile
table(
    pd.Series(
        {
            "language": f"{page.language_name(p.language)} ({p.language_confidence:.0%})",
            "genre": p.genre,
            "characters": p.characters,
            "words": p.words,
            "sentences": p.sentences,
            "paragraphs": p.paragraphs,
            "requirements found": len(p.requirements),
        }
    )
    .rename_axis("profile")
    .reset_index(name="value"),
    "",
)
display(HTML(Markup("<p><strong>{}</strong> {}</p>").format(p.verdict, page.contents(analysis))))
if p.requirements:
    table(tables["requirements"][["kind", "text", "cues"]], "")
for warning in p.warnings:
    print("warning:", warning)

# %% [markdown]
# ## 2. The text, annotated
#
# Everything prensa found, marked in place: quotations (by kind), their
# speakers, the reporting cue, secondary sources, actor mentions (by type) and
# temporal expressions. Hover over a mark for details (speaker, TIMEX3 value).

# %%
display(HTML(highlight.annotated(analysis)))

# %% [markdown]
# ## 3. Who said what
#
# One row per quotation. The table is a pandas DataFrame: sort or filter it
# (`quotes.sort_values("speaker")`, `quotes[quotes.kind == "direct"]`).

# %%
quotes = tables["quotes"][
    ["speaker", "speaker_text", "speaker_rule", "cue", "kind", "source", "text"]
]
quotes = quotes.rename(columns={"speaker_text": "named as", "speaker_rule": "found by"})
table(quotes, "No quotation found.")
show(charts.quotes_per_speaker_svg(analysis), "No quotation, so no chart.")

# %% [markdown]
# ## 4. Who is in it and how they are named
#
# Every actor once, with its type, how often the article names it, how often
# it is quoted, and the distinct expressions used for it. The choice of words
# is framing: "el régimen de la dinastía al Assad" is not "el Gobierno".

# %%
actors = pd.DataFrame(
    [
        {
            "actor": a.name,
            "type": a.type,
            "subtype": a.subtype or "",
            "mentions": a.mentions,
            "quoted": a.quoted,
            "expressions": len(a.naming),
            "how it is named": "; ".join(f"{e} ×{n}" for e, n in a.naming.items()),
        }
        for a in analysis.actors
    ],
    columns=["actor", "type", "subtype", "mentions", "quoted", "expressions", "how it is named"],
)
table(
    actors.sort_values(["quoted", "mentions"], ascending=False, ignore_index=True),
    "No actor found.",
)

# %% [markdown]
# ## 5. Who talks about whom
#
# A directed network from each speaker to the actors its quotations name;
# a thicker arrow means more quotations. Speakers are outlined in black.

# %%
graph = charts.network(analysis)
show(charts.network_svg(analysis), "No attributed quotation, so no network.")
edges = pd.DataFrame(
    [
        {"speaker": s, "mentions": o, "quotations": d["weight"]}
        for s, o, d in graph.edges(data=True)
    ],
    columns=["speaker", "mentions", "quotations"],
)
table(edges, "No speaker's quotation names another actor.")

# %% [markdown]
# ## 6. When
#
# The temporal expressions that resolve to a date, on a calendar axis (the
# publication date dashed when known); the table has them all in reading
# order, each with its TIMEX3 value and the sentence it anchors. Without a
# publication date, relative dates ("este domingo") keep an underspecified
# value (`XXXX-WXX-7`) and stay off the calendar.

# %%
show(charts.timeline_svg(analysis), "No temporal expression resolves to a calendar date.")
timeline = pd.DataFrame(
    [
        {
            "expression": t.text,
            "type": t.type,
            "value": t.value,
            "sentence": text[slice(*highlight.sentence_around(text, t.start, t.end))],
        }
        for t in analysis.timexes
    ],
    columns=["expression", "type", "value", "sentence"],
)
table(timeline, "No temporal expression found.")

# %% [markdown]
# ## 7. Sourcing
#
# Primary quotations come from the speaker; secondary ones reach the article
# through an intermediary (state media, a news agency, "la prensa rusa"). The
# share of direct, partial and indirect quotations says how much of the
# speakers' own words the reader gets.

# %%
src = page.sourcing(analysis)
rows = [
    ("primary (attributed to the speaker)", src.primary),
    ("secondary (through a source)", src.secondary),
    ("unattributed", src.unattributed),
    *((f"{kind} quotation", src.kinds[kind]) for kind in page.KINDS),
]
sourcing = pd.DataFrame(
    [{"quotations": label, "count": n, "share %": round(src.share(n), 1)} for label, n in rows]
)
table(sourcing, "No quotation found.")
by_source = pd.DataFrame(list(src.sources.items()), columns=["secondary source", "quotations"])
table(by_source, "No quotation is reported through a secondary source.")
if src.media:
    print("Media and agencies the article names:", ", ".join(src.media))

# %% [markdown]
# ## 8. What to make of it
#
# A summary generated from the records above, for an analyst or a team to act
# on.

# %%
display(
    HTML(
        Markup("<ul>{}</ul>").format(
            Markup("").join(Markup("<li>{}</li>").format(line) for line in page.summary(analysis))
        )
    )
)

# %% [markdown]
# ## 9. The corpus: every article of the folder
#
# The same analysis over every article in the article's folder (`data/`),
# flattened by `prensa.report.corpus` into one row per quotation, with its
# outlet (from the metadata, the URL or the id's first folder) and its
# publication date. The tables are the ones `prensa report data/` draws in its
# dashboard; with one article in `data/`, the corpus is that article.

# %%
documents = [d for d in io.read_folder(article.parent) if isinstance(d, io.Document)]
records = [
    prensa.analyze(d.text, d.date, doc_id=d.id, meta=d.meta).to_dict(include_text=True)
    for d in documents
]
rows = pd.DataFrame(
    corpus.quote_rows(records),
    columns=[
        "article",
        "doc_id",
        "outlet",
        "published",
        "speaker",
        "kind",
        "cue",
        "sourcing",
        "source",
        "text",
    ],
)
print(f"{len(records)} articles, {len(rows)} quotations")
table(
    pd.DataFrame(
        [
            {
                "#": a.number,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.date or "",
                "quotations": a.quotes,
            }
            for a in corpus.articles(records)
        ]
    ),
    "No article found.",
)

# %% [markdown]
# Who is quoted most across the corpus, and where: the share counts every
# quotation, unattributed ones included.

# %%
table(pd.DataFrame(corpus.top_speakers(rows.to_dict("records"))), "No quotation found.")
table(
    rows.pivot_table(
        index="speaker", columns="outlet", values="text", aggfunc="count", fill_value=0
    ).reset_index(),
    "No quotation found.",
)
sourcing_totals = corpus.sourcing_totals(rows.to_dict("records"))
table(
    pd.DataFrame(list(sourcing_totals["sourcing"].items()), columns=["sourcing", "quotations"]),
    "No quotation found.",
)
table(
    pd.DataFrame(corpus.resolved_dates(records))[["doc_id", "text", "value", "start", "end"]]
    if corpus.resolved_dates(records)
    else pd.DataFrame(),
    "No temporal expression resolves to a calendar date.",
)
