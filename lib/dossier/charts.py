"""Charts and tables of an Article's frames.

Every public function takes frames (and plain values) and returns a matplotlib `Figure`, an HTML
string or a frame; none parses, none calls `display()`. Everything that comes from the article is
escaped: HTML strings go through `html.escape`, tables through itables' escaping, and chart labels
through `_label` (matplotlib would otherwise read `$...$` as math).

Views (`actor_view`, `position_view`, `quote_view`, `event_view`) join a frame with actor names and
are what the tables show and what the filters (`filter_actors`, `filter_positions`) narrow.
"""
from __future__ import annotations

import html
import os
import re
from typing import Iterable, Mapping

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

KIND_COLOURS = {"person": "#4e79a7", "organization": "#f28e2b", "country": "#59a14f",
                "location": "#b07aa1"}
OTHER_COLOUR = "#9c9c9c"
STANCE_COLOURS = {"support": "#2b7bba", "oppose": "#d7301f"}
STANCE_MARKERS = {"support": "^", "oppose": "v"}
PERIODS = ("current", "past")
META_FIELDS = ("title", "outlet", "published", "authors", "author_email", "section", "language",
               "word_count", "article_id", "source_path")
NONCE_ENV = "DOSSIER_SCRIPT_NONCE"
REPORT_NOTE = ("The interactive filters (ipywidgets) live in the notebooks: open notebooks/*.ipynb "
               "in JupyterLab. In this report, sort a table by clicking a column header and filter it "
               "with its search box.")
_ITABLES_LINK = re.compile(r"(?:\(need )?<a href=https://itables\.org[^>]*>.*?</a>(?:\?\))?", re.DOTALL)
_NOSCRIPT = re.compile(r"<noscript>.*?</noscript>", re.DOTALL)
_LABEL_MAX = 40
PAGE_STYLE = """<style>
.jp-RenderedHTMLCommon table.dataTable, .jp-RenderedHTMLCommon table.dossier-table { table-layout: auto; }
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dataTable td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dataTable th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dossier-table td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dossier-table th { text-align: left; vertical-align: top; }
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dataTable td.dt-type-numeric,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon table.dataTable th.dt-type-numeric { text-align: right; }
.jp-RenderedHTMLCommon table.dataTable td.dossier-nowrap,
.jp-RenderedHTMLCommon table.dataTable th.dossier-nowrap { white-space: nowrap; }
</style>"""


# ---------------------------------------------------------------- escaping and small helpers

def esc(value: object) -> str:
    """`value` as HTML text, with &, <, >, " and ' escaped; None and NA as ''."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _label(value: object, limit: int = _LABEL_MAX) -> str:
    """A chart label: plain text cut to `limit` characters, `$` escaped so matplotlib shows it as is."""
    text = " ".join(str(value).split()) if value is not None and not pd.isna(value) else ""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("$", r"\$")


def _cell(value: object) -> object:
    """A value as a table cell: lists joined with '; ', missing values as ''."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return value


def _cells(df: pd.DataFrame) -> pd.DataFrame:
    """`df` ready to show: text columns through `_cell`, numbers kept, '_' in headers as spaces."""
    shown = df.copy()
    for column in shown.columns:
        if shown[column].dtype == object or isinstance(shown[column].dtype, pd.StringDtype):
            shown[column] = shown[column].map(_cell).astype(str)
    return shown.rename(columns=lambda c: str(c).replace("_", " "))


def _plural(word: object, n: int) -> str:
    word = str(word)
    if n == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def _colour(kind: object) -> str:
    return KIND_COLOURS.get(str(kind), OTHER_COLOUR)


def _nonce_attr() -> str:
    nonce = os.environ.get(NONCE_ENV, "")
    return f' nonce="{esc(nonce)}"' if re.fullmatch(r"[A-Za-z0-9_-]{16,}", nonce) else ""


def _with_nonce(fragment: str) -> str:
    """Our own script tags carry the report's CSP nonce (set by report.py), so that no other script runs."""
    return fragment.replace("<script", f"<script{_nonce_attr()}")


def _message_figure(message: str, *, width: float = 7.0) -> Figure:
    """A small figure that says what is missing (with an empty axes: IPython shows no figure without one)."""
    fig = Figure(figsize=(width, 0.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    ax.text(0.5, 0.5, _label(message, 200), ha="center", va="center", color="#555555", transform=ax.transAxes)
    return fig


def _names(actors: pd.DataFrame) -> dict:
    return dict(zip(actors["actor_id"], actors["name"]))


# ---------------------------------------------------------------- page assets, notes, metadata

def page_setup() -> str:
    """HTML that loads the table library from the installed itables package (no network)."""
    from itables import options
    from itables.javascript import generate_init_offline_itables_html
    init = generate_init_offline_itables_html(options.dt_bundle)
    return _with_nonce(_NOSCRIPT.sub("", _ITABLES_LINK.sub("", init))) + PAGE_STYLE


def note(text: str) -> str:
    """One escaped line of narration."""
    return f'<p class="dossier-note">{esc(text)}</p>'


def report_note() -> str:
    """The line saying where the interactive filters live."""
    return note(REPORT_NOTE)


def meta_table(meta: Mapping) -> str:
    """The article's metadata as a two-column HTML table (lists joined, values escaped)."""
    rows = "".join(
        f'<tr><th style="text-align:left;padding-right:1em">{esc(key.replace("_", " "))}</th>'
        f'<td style="text-align:left">{esc(_cell(meta.get(key)))}</td></tr>'
        for key in META_FIELDS if key in meta)
    return f'<table class="dossier-meta">{rows}</table>'


# ---------------------------------------------------------------- interactive tables

def table(df: pd.DataFrame, *, empty: str | None = "No rows.", page_length: int = 10) -> str:
    """`df` as a sortable, searchable HTML table that works offline; when it has no rows, `empty` as a line
    (or nothing when `empty` is None)."""
    from itables import to_html_datatable
    if df.empty:
        return note(empty) if empty else ""
    fragment = to_html_datatable(
        _cells(df), connected=False, display_logo_when_loading=False, showIndex=False,
        allow_html=False, pageLength=page_length, classes="display compact", style="width:100%;margin:0;table-layout:auto",
        text_in_header_can_be_selected=False,
        lengthMenu=[page_length, 25, 50, 100], autoWidth=False, layout=_layout(len(df), page_length),
        columnDefs=[{"targets": _short_columns(df), "className": "dossier-nowrap"}])
    return _with_nonce(_ITABLES_LINK.sub("", fragment))


def _layout(rows: int, page_length: int) -> dict:
    """DataTables controls: the search box always, paging only when there is more than a page."""
    paged = rows > page_length
    return {"topStart": "pageLength" if paged else None, "topEnd": "search",
            "bottomStart": "info", "bottomEnd": "paging" if paged else None}


def _short_columns(df: pd.DataFrame, limit: int = 24) -> list[int]:
    """The positions of the columns whose values are all short: they do not wrap, the long ones take the room."""
    lengths = _cells(df).astype(str).map(len).max()
    return [i for i, n in enumerate(lengths) if n <= limit]


def plain_table(df: pd.DataFrame, *, empty: str = "No rows.") -> str:
    """`df` as a static, escaped HTML table (for widgets, which refresh it themselves)."""
    if df.empty:
        return note(empty)
    return _cells(df).to_html(index=False, escape=True, border=0, classes="dossier-table", justify="left")


# ---------------------------------------------------------------- views: frames joined with names

def actor_view(actors: pd.DataFrame) -> pd.DataFrame:
    """Actors by mentions: name, kind, country, title, aliases (joined), mentions."""
    view = actors[["name", "kind", "country", "title", "aliases", "mentions"]].copy()
    view["aliases"] = view["aliases"].map(_cell)
    return view.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def position_view(positions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Positions with names: country, actor, kind, stance, period, target, cue, evidence; by country, then actor."""
    info = actors.set_index("actor_id")
    view = pd.DataFrame({
        "country": positions["actor_id"].map(info["country"]),
        "actor": positions["actor_id"].map(info["name"]),
        "kind": positions["actor_id"].map(info["kind"]),
        "stance": positions["stance"], "period": positions["period"],
        "target": positions["target_id"].map(_names(actors)),
        "cue": positions["cue"], "evidence": positions["evidence"]})
    view["kind_order"] = (view["kind"] != "country").astype(int)
    view = view.sort_values(["country", "kind_order", "actor", "period"], kind="stable", na_position="last")
    return view.drop(columns="kind_order").reset_index(drop=True)


def mention_view(mentions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Mentions in text order: as written, actor, kind, via, paragraph, sentence."""
    info = actors.set_index("actor_id")
    ordered = mentions.sort_values("start_char", kind="stable")
    return pd.DataFrame({"as written": ordered["text"], "actor": ordered["actor_id"].map(info["name"]),
                         "kind": ordered["actor_id"].map(info["kind"]), "via": ordered["via"],
                         "paragraph": ordered["paragraph_id"], "sentence": ordered["sentence_id"]}).reset_index(drop=True)


def quote_view(quotes: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Quotes by speaker: speaker (the actor's name, else the surface text), kind, cue, quote."""
    names = quotes["speaker_id"].map(_names(actors))
    speaker = names.where(names.notna(), quotes["speaker"]).fillna("(unattributed)")
    view = pd.DataFrame({"speaker": speaker, "kind": quotes["kind"], "cue": quotes["cue"],
                         "quote": quotes["text"], "order": quotes["start_char"]})
    return view.sort_values(["speaker", "order"], kind="stable").drop(columns="order").reset_index(drop=True)


def event_view(events: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Events by date: date, as written, kind, CAMEO code, participants (names), location."""
    names = _names(actors)
    who = events["participants"].map(lambda ids: [names.get(i, str(i)) for i in (ids or [])])
    view = pd.DataFrame({"date": events["date"], "as written": events["date_text"], "kind": events["kind"],
                         "cameo": events["cameo"], "participants": who.map(_cell),
                         "location": events["location"]})
    return view.sort_values("date", kind="stable", na_position="last").reset_index(drop=True)


# ---------------------------------------------------------------- pure filters (the widgets call these)

def filter_actors(view: pd.DataFrame, *, kind: str | None = None, country: str | None = None,
                  min_mentions: int = 0) -> pd.DataFrame:
    """The rows of an `actor_view` of `kind` and `country` (None: any) with at least `min_mentions`."""
    keep = view["mentions"] >= min_mentions
    if kind:
        keep &= view["kind"] == kind
    if country:
        keep &= view["country"] == country
    return view[keep].reset_index(drop=True)


def filter_positions(view: pd.DataFrame, *, stance: str | None = None, period: str | None = None,
                     country: str | None = None) -> pd.DataFrame:
    """The rows of a `position_view` with that stance, period and country (None: any)."""
    keep = pd.Series(True, index=view.index)
    for column, value in (("stance", stance), ("period", period), ("country", country)):
        if value:
            keep &= view[column] == value
    return view[keep].reset_index(drop=True)


def choices(values: Iterable) -> list[str]:
    """The distinct non-missing values, sorted: the options of a filter."""
    return sorted({str(v) for v in values if v is not None and not pd.isna(v)})


# ---------------------------------------------------------------- 01: the article

def article_html(text: str, mentions: pd.DataFrame, actors: pd.DataFrame,
                 paragraphs: pd.DataFrame | None = None) -> str:
    """The clean text as HTML paragraphs, every mention highlighted by its actor's kind (displaCy style)."""
    info = actors.set_index("actor_id")[["name", "kind", "country"]].to_dict("index")
    spans = sorted(zip(mentions["start_char"], mentions["end_char"], mentions["actor_id"]))
    blocks = _blocks(text, paragraphs)
    body = "".join(_paragraph_html(text, start, end, kind, spans, info) for start, end, kind in blocks)
    return f'<div class="dossier-article" style="max-width:52em;line-height:2.1">{legend_html()}{body}</div>'


def legend_html() -> str:
    """The colour key of the highlighted text."""
    keys = "".join(f'<span style="{_mark_style(kind)};margin-right:.6em">{esc(kind)}</span>'
                   for kind in KIND_COLOURS)
    return f'<p class="dossier-legend">{keys}</p>'


def _blocks(text: str, paragraphs: pd.DataFrame | None) -> list[tuple[int, int, str]]:
    if paragraphs is not None and not paragraphs.empty:
        return list(zip(paragraphs["start_char"], paragraphs["end_char"], paragraphs["kind"]))
    return [(m.start(), m.end(), "body") for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def _mark_style(kind: object) -> str:
    return (f"background:{_colour(kind)}33;border-bottom:2px solid {_colour(kind)};"
            "padding:0.1em 0.25em;border-radius:0.3em")


def _paragraph_html(text: str, start: int, end: int, kind: str, spans, info) -> str:
    parts, pos = [], start
    for s, e, actor_id in spans:
        if s < pos or e > end or s >= e:
            continue
        actor = info.get(actor_id, {"name": "?", "kind": None, "country": None})
        tip = " · ".join(str(_cell(actor[k])) for k in ("name", "kind", "country") if _cell(actor[k]) != "")
        parts.append(esc(text[pos:s]))
        parts.append(f'<mark class="dossier-ent" data-kind="{esc(actor["kind"])}" title="{esc(tip)}" '
                     f'style="{_mark_style(actor["kind"])}">{esc(text[s:e])}'
                     f'<span style="font-size:0.65em;font-weight:bold;margin-left:0.4em;'
                     f'text-transform:uppercase;color:#333">{esc(actor["kind"])}</span></mark>')
        pos = e
    parts.append(esc(text[pos:end]))
    style = {"title": "font-size:1.35em;font-weight:bold", "caption": "font-style:italic;color:#444"}
    return f'<p data-kind="{esc(kind)}" style="{style.get(kind, "")}">{"".join(parts)}</p>'


# ---------------------------------------------------------------- 02: the actors

def actor_counts(actors: pd.DataFrame, *, top: int = 30) -> Figure:
    """Horizontal bars: mentions per actor (the `top` most mentioned), coloured and grouped by kind."""
    if actors.empty:
        return _message_figure("No actors were found in this article.")
    view = actor_view(actors).head(top)
    view = view.assign(order=view["kind"].map({k: i for i, k in enumerate(KIND_COLOURS)}).fillna(len(KIND_COLOURS)))
    view = view.sort_values(["order", "mentions"], ascending=[True, False], kind="stable").iloc[::-1]
    fig = Figure(figsize=(8, 0.3 * len(view) + 1.2), layout="constrained")
    ax = fig.subplots()
    ax.barh(range(len(view)), view["mentions"], color=[_colour(k) for k in view["kind"]])
    ax.set_yticks(range(len(view)), [_label(n) for n in view["name"]])
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[Patch(color=_colour(k), label=k) for k in KIND_COLOURS if k in set(view["kind"])],
              loc="lower right", frameon=False)
    ax.set_title("Who appears, and how often", loc="left")
    return fig


def kind_summary(actors: pd.DataFrame) -> str:
    """One line: how many actors of each kind, and the most mentioned."""
    if actors.empty:
        return note("No actors were found in this article.")
    counts = actors["kind"].value_counts()
    kinds = ", ".join(f"{n} {_plural(k, n)}" for k, n in counts.items())
    first = actor_view(actors).iloc[0]
    return note(f"{len(actors)} actors: {kinds}. Most mentioned: {first['name']} ({first['mentions']}).")


# ---------------------------------------------------------------- 03: mentions

def mention_strip(mentions: pd.DataFrame, actors: pd.DataFrame, *, top: int = 40) -> Figure:
    """Paragraph by actor: a dot where an actor is mentioned in a paragraph, sized by the count."""
    if mentions.empty:
        return _message_figure("No actor is mentioned in this article.")
    counts = mentions.groupby(["actor_id", "paragraph_id"]).size().rename("n").reset_index()
    order = (mentions.groupby("actor_id")["start_char"].min().sort_values().index.tolist())
    order = [a for a in order if a in set(_top_ids(actors, top))]
    counts = counts[counts["actor_id"].isin(order)]
    row = {a: i for i, a in enumerate(order)}
    kinds = actors.set_index("actor_id")["kind"]
    fig = Figure(figsize=(9, 0.28 * len(order) + 1.4), layout="constrained")
    ax = fig.subplots()
    ax.scatter(counts["paragraph_id"], counts["actor_id"].map(row), s=30 + 40 * (counts["n"] - 1),
               c=[_colour(kinds.get(a)) for a in counts["actor_id"]], alpha=0.85)
    ax.set_yticks(range(len(order)), [_label(_names(actors).get(a, a)) for a in order])
    ax.invert_yaxis()
    ax.set_xlabel("paragraph")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", alpha=0.3)
    shown = "" if len(order) == mentions["actor_id"].nunique() else f", the {len(order)} most mentioned"
    ax.set_title(f"Where each actor is mentioned (in order of first mention{shown})", loc="left")
    return fig


def _top_ids(actors: pd.DataFrame, top: int) -> list:
    """The ids of the `top` most mentioned actors."""
    return actors.sort_values("mentions", ascending=False, kind="stable")["actor_id"].head(top).tolist()


def cooccurrence(article, *, within: str = "sentence") -> pd.DataFrame:
    """Pairs of actors mentioned in the same sentence (or paragraph): actor_a, actor_b, count.

    Uses `dossier.cooccurrence` where the library has it, else `cooccurrence_from_mentions`.
    """
    import dossier
    library = getattr(dossier, "cooccurrence", None)
    if library is not None:
        return library(article, within=within)
    return cooccurrence_from_mentions(article.mentions, within=within)


def cooccurrence_from_mentions(mentions: pd.DataFrame, *, within: str = "sentence") -> pd.DataFrame:
    """Pairs of distinct actors (actor_a < actor_b) sharing a sentence or paragraph: actor_a, actor_b, count."""
    key = {"sentence": "sentence_id", "paragraph": "paragraph_id"}[within]
    units = mentions[[key, "actor_id"]].drop_duplicates()
    pairs = units.merge(units, on=key, suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]]
    counts = pairs.groupby(["actor_id_a", "actor_id_b"]).size().rename("count").reset_index()
    counts = counts.rename(columns={"actor_id_a": "actor_a", "actor_id_b": "actor_b"})
    return counts.astype({"actor_a": "int64", "actor_b": "int64", "count": "int64"}).sort_values(
        "count", ascending=False, kind="stable").reset_index(drop=True)


def cooccurrence_heatmap(pairs: pd.DataFrame, actors: pd.DataFrame, *, top: int = 20) -> Figure:
    """A symmetric heatmap of how often two actors share a sentence (the `top` most connected actors)."""
    if pairs.empty:
        return _message_figure("No two actors are mentioned in the same sentence.")
    both = pd.concat([pairs.rename(columns={"actor_a": "x", "actor_b": "y"}),
                      pairs.rename(columns={"actor_a": "y", "actor_b": "x"})])
    ids = both.groupby("x")["count"].sum().sort_values(ascending=False, kind="stable").head(top).index
    grid = both[both["x"].isin(ids) & both["y"].isin(ids)].pivot_table(
        index="y", columns="x", values="count", aggfunc="sum", fill_value=0).reindex(index=ids, columns=ids, fill_value=0)
    labels = [_label(_names(actors).get(a, a), 28) for a in ids]
    size = 0.38 * len(ids) + 2.6
    fig = Figure(figsize=(size + 1.5, size), layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(grid.to_numpy(), cmap="Blues", vmin=0)
    ax.set_xticks(range(len(ids)), labels, rotation=60, ha="right")
    ax.set_yticks(range(len(ids)), labels)
    for (i, j), value in pd.DataFrame(grid.to_numpy()).stack().items():
        if value:
            ax.text(j, i, int(value), ha="center", va="center", fontsize=7,
                    color="white" if value > grid.to_numpy().max() / 2 else "#222")
    fig.colorbar(image, ax=ax, shrink=0.6, label="sentences shared")
    ax.set_title("Who is mentioned with whom", loc="left")
    return fig


def pair_view(pairs: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Co-occurrence pairs with names: actor a, actor b, count."""
    names = _names(actors)
    return pd.DataFrame({"actor a": pairs["actor_a"].map(names), "actor b": pairs["actor_b"].map(names),
                         "count": pairs["count"]})


# ---------------------------------------------------------------- 04: positions, quotes, events

def positions_summary(positions: pd.DataFrame, actors: pd.DataFrame) -> str:
    """One line: whether the article has sanctions content, and who supports or opposes sanctions now."""
    if positions.empty:
        return note("This article has no sanctions content: no actor takes a stance on sanctions.")
    view = position_view(positions, actors)
    parts = []
    for period in PERIODS:
        for stance in STANCE_COLOURS:
            who = view[(view["period"] == period) & (view["stance"] == stance)]["actor"].dropna().unique()
            if len(who):
                parts.append(f"{stance} ({period}): {', '.join(map(str, who))}")
    return note(f"{view['actor'].nunique()} actors take a stance on sanctions. " + "; ".join(parts) + ".")


def stance_chart(positions: pd.DataFrame, actors: pd.DataFrame) -> Figure:
    """Each actor's sanctions stance, now and in the past: ▲ support, ▼ oppose, grouped by country."""
    if positions.empty:
        return _message_figure("No sanctions positions in this article.")
    view = position_view(positions, actors)
    rows = list(dict.fromkeys(zip(view["country"].fillna("—"), view["actor"].fillna("?"))))
    index = {r: i for i, r in enumerate(rows)}
    fig = Figure(figsize=(7.5, 0.38 * len(rows) + 1.4), layout="constrained")
    ax = fig.subplots()
    for _, p in view.iterrows():
        y = index[(p["country"] if pd.notna(p["country"]) else "—", p["actor"] if pd.notna(p["actor"]) else "?")]
        x = PERIODS.index(p["period"]) if p["period"] in PERIODS else 0
        ax.scatter(x, y, marker=STANCE_MARKERS.get(p["stance"], "o"), s=140,
                   color=STANCE_COLOURS.get(p["stance"], OTHER_COLOUR), zorder=3)
    ax.set_yticks(range(len(rows)), [f"{_label(a)}  ({_label(c, 8)})" for c, a in rows])
    ax.set_xticks(range(len(PERIODS)), PERIODS)
    ax.set_xlim(-0.6, len(PERIODS) - 0.4)
    ax.invert_yaxis()
    ax.grid(alpha=0.3)
    ax.legend(handles=[Line2D([], [], ls="", marker=STANCE_MARKERS[s], color=c, label=s, markersize=9)
                       for s, c in STANCE_COLOURS.items()], loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    ax.set_title("Stance on sanctions (actor, country)", loc="left")
    return fig


def quotes_by_speaker(quotes: pd.DataFrame, actors: pd.DataFrame) -> Figure:
    """Bars: how many quotes each speaker has, by kind (direct, partial, indirect)."""
    if quotes.empty:
        return _message_figure("No quotes in this article.")
    counts = quote_view(quotes, actors).groupby(["speaker", "kind"]).size().unstack(fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values(kind="stable").index]
    fig = Figure(figsize=(7.5, 0.32 * len(counts) + 1.3), layout="constrained")
    ax = fig.subplots()
    left = pd.Series(0, index=counts.index)
    for kind, colour in zip(counts.columns, ("#4e79a7", "#76b7b2", "#edc948", OTHER_COLOUR)):
        ax.barh(range(len(counts)), counts[kind], left=left, color=colour, label=_label(kind))
        left += counts[kind]
    ax.set_yticks(range(len(counts)), [_label(s) for s in counts.index])
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("quotes")
    ax.legend(frameon=False, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Who is quoted", loc="left")
    return fig


def events_timeline(events: pd.DataFrame, actors: pd.DataFrame) -> Figure:
    """The events with a resolved date on a time line, labelled with kind and participants."""
    if events.empty:
        return _message_figure("No events in this article.")
    view = event_view(events, actors)
    view = view.assign(when=pd.to_datetime(view["date"].map(_date_start), errors="coerce")).dropna(subset=["when"])
    if view.empty:
        return _message_figure("No event in this article has a resolved date.")
    view = view.sort_values("when", kind="stable").reset_index(drop=True)
    fig = Figure(figsize=(9, 0.45 * len(view) + 1.4), layout="constrained")
    ax = fig.subplots()
    ax.scatter(view["when"], range(len(view)), s=60, color="#4e79a7", zorder=3)
    first, last = view["when"].min(), view["when"].max()
    middle = first + (last - first) / 2
    for i, e in view.iterrows():
        right = e["when"] <= middle
        ax.annotate(f"{_label(e['kind'], 20)}: {_label(e['participants'], 50)} ({_label(e['date'])})", (e["when"], i),
                    xytext=(8 if right else -8, 0), textcoords="offset points", va="center", fontsize=8,
                    ha="left" if right else "right")
    pad = max((last - first) * 0.08, pd.Timedelta(days=30))
    ax.set_xlim(first - pad, last + pad)
    ax.set_ylim(len(view) - 0.5, -0.8)
    ax.set_yticks([])
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Events with resolved dates", loc="left")
    return fig


def _date_start(value: object) -> str | None:
    """'2009' -> '2009-01-01', '2009-05' -> '2009-05-01'; anything else unparsable -> None."""
    text = str(value) if value is not None and not pd.isna(value) else ""
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01"
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
