"""Charts and tables of an Article's frames.

Every public function takes frames (and plain values) and returns a matplotlib `Figure`, an HTML
string or a frame; none parses, none calls `display()`. Everything that comes from the article is
escaped: HTML strings go through `html.escape`, and chart labels through `_label` (matplotlib would
otherwise read `$...$` as math). Charts that show only part of a frame say so in their title
("top 30 of 34 actors").

Tables are plain HTML tables holding every row; a page that has run `page_setup()` turns them into
sortable, searchable tables (DataTables, from the installed itables package: nothing comes from the
network). The only scripts are the two fixed ones in `SCRIPTS`, whose hashes (`script_hashes()`) are
all a report page's Content-Security-Policy lets run.

Views (`actor_view`, `position_view`, `quote_view`, `event_view`) join a frame with actor names and
are what the tables show. The pure filters (`filter_actors`, `filter_positions`) narrow a frame; the
widgets call them.
"""
from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import html
import io
import json
import re
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

KIND_COLOURS = {"person": "#4e79a7", "organization": "#f28e2b", "country": "#59a14f",
                "location": "#b07aa1"}
OTHER_COLOUR = "#9c9c9c"
STANCE_COLOURS = {"support": "#2b7bba", "oppose": "#d7301f"}
STANCE_MARKERS = {"support": "^", "oppose": "v"}
PERIODS = ("current", "past")
META_FIELDS = ("title", "outlet", "published", "authors", "author_email", "section", "language",
               "word_count", "article_id", "source")
NO_COUNTRY = "(no country)"
REPORT_NOTE = ("This page works offline. Sort a table by clicking a column header and filter it with its "
               "search box. The filters that narrow a chart together with its table (ipywidgets) need a "
               "running kernel: open the notebooks in JupyterLab (make lab).")
TOP_ACTORS = 30     # actor_counts
TOP_STRIP = 40      # mention_strip
TOP_HEATMAP = 20    # cooccurrence_heatmap
_LABEL_MAX = 40
_SVG_RC = {"svg.fonttype": "none", "svg.hashsalt": "dossier"}  # text as text; ids the same on every run
_RESOLUTION = 0.02  # two dates closer than this share of a time axis's span cannot be told apart on it
_BREAK_MIN = pd.Timedelta(days=90)  # the time axis breaks only at gaps longer than this
_MAX_PANELS = 4

# The table library, from the installed itables package: DataTables and its CSS, gzipped and base64-encoded
# into data blocks (scripts the browser does not run), unpacked by LOADER_JS once per page.
_DT_FILES = {"dossier-dt-js": "dt_bundle.js", "dossier-dt-css": "dt_bundle.css"}

# Runs once per window: unpacks the data blocks, adds the CSS, imports DataTables from a blob: URL.
LOADER_JS = """(() => {
  if (window.dossierTables) return;
  const unpack = (id) => {
    const bytes = Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  };
  window.dossierTables = (async () => {
    const [js, css] = await Promise.all([unpack("dossier-dt-js"), unpack("dossier-dt-css")]);
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
    const url = URL.createObjectURL(new Blob([js], {type: "text/javascript"}));
    try { return (await import(url)).default; } finally { URL.revokeObjectURL(url); }
  })();
  window.dispatchEvent(new Event("dossier-tables"));
})();"""

# The same text after every table: turns each table that carries data-dt-options into a DataTable, once.
TABLES_JS = """const DataTable = await (window.dossierTables ?? new Promise((resolve) =>
  window.addEventListener("dossier-tables", () => resolve(window.dossierTables), {once: true})));
for (const table of document.querySelectorAll("table[data-dt-options]:not(.dataTable)")) {
  try { new DataTable(table, JSON.parse(table.dataset.dtOptions)); } catch (err) { console.error(err); }
}"""

SCRIPTS = (LOADER_JS, TABLES_JS)
# JupyterLab right-aligns every output table cell (`:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td`): the
# rules below repeat that selector to win over it there, and apply plainly everywhere else.
_IN_LAB = ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon "
TABLE_STYLE = f"""<style>
table.dossier-table, {_IN_LAB}table.dossier-table {{ border-collapse: collapse; width: 100%; font-size: 12px;
  table-layout: auto; }}
table.dossier-table :is(th, td), {_IN_LAB}table.dossier-table :is(th, td) {{ text-align: left; vertical-align: top;
  padding: 4px 8px; }}
table.dossier-table :is(th, td).dossier-number, {_IN_LAB}table.dossier-table :is(th, td).dossier-number {{
  text-align: right; }}
table.dossier-table thead th {{ border-bottom: 1px solid #999; }}
table.dossier-table tbody tr:nth-child(even) {{ background: #f6f6f6; }}
table.dossier-table .dossier-nowrap {{ white-space: nowrap; }}
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


def _figure(widths: list[float], height: float, *, gap: float = 0.2, sharey: bool = False) -> tuple[Figure, list]:
    """A figure whose axes, side by side, are exactly `widths` by `height` inches. Titles, tick labels, legends
    and colour bars lie outside them; `svg` crops the image to everything drawn, so no layout pass is needed."""
    width = sum(widths) + gap * (len(widths) - 1)
    fig = Figure(figsize=(width, max(height, 0.3)))
    axes, left = [], 0.0
    for w in widths:
        axes.append(fig.add_axes((left / width, 0, w / width, 1), sharey=axes[0] if sharey and axes else None))
        left += w + gap
    return fig, axes


def _message_figure(message: str, *, width: float = 7.0) -> Figure:
    """A small figure that says what is missing (with an empty axes: IPython shows no figure without one)."""
    fig, (ax,) = _figure([width], 0.6)
    ax.axis("off")
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="none", edgecolor="none"))
    ax.text(0.5, 0.5, _label(message, 200), ha="center", va="center", color="#555555", transform=ax.transAxes)
    return fig


def _names(actors: pd.DataFrame) -> dict:
    return dict(zip(actors["actor_id"], actors["name"]))


def _shown_of(shown: int, total: int, what: str) -> str:
    """A second title line, 'top 30 of 34 actors', when a chart shows part of a frame, else ''."""
    return f"\ntop {shown} of {total} {what}" if shown < total else ""


# ---------------------------------------------------------------- countries

def country_name(code: object) -> str:
    """The common English name of an ISO alpha-3 code ('RUS' -> 'Russia'); the code itself when unknown."""
    from dossier.countries import gazetteer
    return gazetteer().name(str(code))


def country_label(code: object) -> str:
    """'Russia (RUS)' for a code, NO_COUNTRY for a missing one."""
    if code is None or code == NO_COUNTRY or (not isinstance(code, str) and pd.isna(code)):
        return NO_COUNTRY
    name = country_name(code)
    return f"{name} ({code})" if name != code else str(code)


def country_choices(codes: Iterable) -> list[tuple[str, str]]:
    """(label, value) options for a country filter: every code by name, then NO_COUNTRY if any is missing."""
    codes = list(codes)
    present = {str(c) for c in codes if c is not None and not pd.isna(c)}
    options = sorted(((country_label(c), c) for c in present), key=lambda o: (o[0].lower(), o[1]))
    missing = any(c is None or pd.isna(c) for c in codes)
    return options + ([(NO_COUNTRY, NO_COUNTRY)] if missing else [])


def _country_mask(countries: pd.Series, country: str | None) -> pd.Series:
    if not country:
        return pd.Series(True, index=countries.index)
    if country == NO_COUNTRY:
        return countries.isna()
    return countries == country


# ---------------------------------------------------------------- page assets, scripts, figures

def page_setup() -> str:
    """HTML that turns the page's tables into DataTables: the library from the installed itables package,
    packed into data blocks, and LOADER_JS. Nothing is loaded from the network."""
    blocks = "".join(f'<script type="application/gzip" id="{element_id}">{data}</script>'
                     for element_id, data in _packed_library().items())
    return f"{TABLE_STYLE}{blocks}<script>{LOADER_JS}</script>"


@functools.lru_cache(maxsize=1)
def _packed_library() -> dict[str, str]:
    """The DataTables bundle files, gzipped (no timestamp, so the same bytes every run) and base64-encoded."""
    import itables
    folder = Path(itables.__file__).with_name("html")
    return {element_id: base64.b64encode(gzip.compress((folder / name).read_bytes(), 9, mtime=0)).decode("ascii")
            for element_id, name in _DT_FILES.items()}


def script_hashes() -> list[str]:
    """CSP sources ('sha256-...') of the only scripts dossier writes (SCRIPTS), in their order."""
    return [f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode('ascii')}'"
            for s in SCRIPTS]


def svg(fig: Figure) -> str:
    """The figure as SVG text, cropped to everything drawn (labels outside the figure included), the same bytes
    for the same figure (no date, fixed ids; text kept as text). The crop is measured once, without a layout
    engine's passes (a figure with one is laid out by it instead)."""
    import matplotlib
    from matplotlib.backends.backend_agg import RendererAgg
    buf = io.StringIO()
    with matplotlib.rc_context(_SVG_RC):
        crop = "tight"
        if fig.get_layout_engine() is None:
            crop = fig.get_tightbbox(RendererAgg(*(int(x) for x in fig.bbox.size), fig.dpi)).padded(0.08)
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches=crop)
    return buf.getvalue()


def figure_title(fig: Figure) -> str:
    """The first title of the figure's axes (or its message, for a figure that says what is missing)."""
    texts = [t for ax in fig.axes for t in (ax.get_title(loc="left"), ax.get_title(), *(x.get_text() for x in ax.texts))]
    return next((t.replace("\\$", "$") for t in texts if t), "chart")


def svg_html(image: str, alt: str) -> str:
    """SVG text as an <img> (an image runs no script), with `alt` as its alternative text."""
    data = base64.b64encode(image.encode("utf-8")).decode("ascii")
    return f'<img class="dossier-chart" alt="{esc(alt)}" src="data:image/svg+xml;base64,{data}">'


def figure_html(fig: Figure) -> str:
    """The figure as an <img> of its SVG, its title as the alternative text."""
    return svg_html(svg(fig), figure_title(fig))


def note(text: str) -> str:
    """One escaped line of narration."""
    return f'<p class="dossier-note">{esc(text)}</p>'


def report_note() -> str:
    """The line saying what works in the HTML report and where the filters live."""
    return note(REPORT_NOTE)


def meta_table(meta: Mapping) -> str:
    """The article's metadata as a two-column HTML table (lists joined, values escaped). The source file is
    named by its file name only: its folder is the reader's business, and would travel with a report."""
    shown = dict(meta)
    if shown.get("source_path"):
        shown["source"] = Path(str(shown["source_path"])).name
    rows = "".join(
        f'<tr><th style="text-align:left;padding-right:1em">{esc(key.replace("_", " "))}</th>'
        f'<td style="text-align:left">{esc(_cell(shown.get(key)))}</td></tr>'
        for key in META_FIELDS if key in shown)
    return f'<table class="dossier-meta">{rows}</table>'


# ---------------------------------------------------------------- tables

def table(df: pd.DataFrame, *, empty: str | None = "No rows.", page_length: int = 10) -> str:
    """`df` as an HTML table of every row, which a page with `page_setup()` makes sortable and searchable; its
    id is derived from its content. When it has no rows: `empty` as a line (or nothing when `empty` is None)."""
    if df.empty:
        return note(empty) if empty else ""
    shown = _cells(df)
    options = {"pageLength": page_length, "lengthMenu": [page_length, 25, 50, 100], "autoWidth": False,
               "order": [], "layout": _layout(len(df), page_length),
               "columnDefs": [{"targets": _short_columns(shown), "className": "dossier-nowrap"}]}
    return _table_html(shown, options) + f'<script type="module">{TABLES_JS}</script>'


def _table_html(shown: pd.DataFrame, options: dict) -> str:
    numeric = [pd.api.types.is_numeric_dtype(dtype) for dtype in shown.dtypes]
    head = "".join(f'<th{_number_class(n)}>{esc(c)}</th>' for c, n in zip(shown.columns, numeric))
    rows = "".join("<tr>" + "".join(f"<td{_number_class(n)}>{esc(v)}</td>" for v, n in zip(row, numeric)) + "</tr>"
                   for row in shown.itertuples(index=False, name=None))
    table_id = "t-" + hashlib.sha256((head + rows).encode("utf-8")).hexdigest()[:12]
    return (f'<table id="{table_id}" class="dossier-table display compact" '
            f'data-dt-options="{esc(json.dumps(options, sort_keys=True))}">'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def _number_class(numeric: bool) -> str:
    return ' class="dossier-number"' if numeric else ""


def _layout(rows: int, page_length: int) -> dict:
    """DataTables controls: the search box always, paging only when there is more than a page."""
    paged = rows > page_length
    return {"topStart": "pageLength" if paged else None, "topEnd": "search",
            "bottomStart": "info", "bottomEnd": "paging" if paged else None}


def _short_columns(shown: pd.DataFrame, limit: int = 24) -> list[int]:
    """The positions of the columns whose values are all short: they do not wrap, the long ones take the room."""
    lengths = shown.astype(str).map(len).max()
    return [i for i, n in enumerate(lengths) if n <= limit]


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

def filter_actors(actors: pd.DataFrame, *, kind: str | None = None, country: str | None = None,
                  min_mentions: int = 0) -> pd.DataFrame:
    """The rows of `actors` (or of an `actor_view`) of `kind` and `country` (None: any; NO_COUNTRY: none)
    with at least `min_mentions`."""
    keep = (actors["mentions"] >= min_mentions) & _country_mask(actors["country"], country)
    if kind:
        keep &= actors["kind"] == kind
    return actors[keep].reset_index(drop=True)


def filter_positions(positions: pd.DataFrame, actors: pd.DataFrame, *, stance: str | None = None,
                     period: str | None = None, country: str | None = None) -> pd.DataFrame:
    """The rows of `positions` with that stance and period, held by an actor of that country (None: any;
    NO_COUNTRY: an actor without one)."""
    countries = positions["actor_id"].map(actors.set_index("actor_id")["country"])
    keep = _country_mask(countries, country)
    for column, value in (("stance", stance), ("period", period)):
        if value:
            keep &= positions[column] == value
    return positions[keep].reset_index(drop=True)


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

def actor_counts(actors: pd.DataFrame, *, top: int = TOP_ACTORS, keep: Iterable = (),
                 empty: str = "No actors were found in this article.") -> Figure:
    """Horizontal bars: mentions per actor, coloured and grouped by kind. Shows the `top` most mentioned and
    every actor in `keep` (ids, e.g. of those who take a stance); the title says "top N of M" when it cuts."""
    if actors.empty:
        return _message_figure(empty)
    ranked = actors.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    top_ids = set(ranked["actor_id"].head(top))
    extra = (set(keep) & set(ranked["actor_id"])) - top_ids
    view = ranked[ranked["actor_id"].isin(top_ids | extra)]
    view = view.assign(order=view["kind"].map({k: i for i, k in enumerate(KIND_COLOURS)}).fillna(len(KIND_COLOURS)))
    view = view.sort_values(["order", "mentions"], ascending=[True, False], kind="stable").iloc[::-1]
    fig, (ax,) = _figure([5.0], 0.3 * len(view))
    ax.barh(range(len(view)), view["mentions"], color=[_colour(k) for k in view["kind"]])
    ax.set_yticks(range(len(view)), [_label(n) for n in view["name"]])
    ax.set_ylim(-0.6, len(view) - 0.4)
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[Patch(color=_colour(k), label=k) for k in KIND_COLOURS if k in set(view["kind"])],
              loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    cut = _shown_of(len(top_ids), len(actors), "actors by mentions") if len(view) < len(actors) else ""
    more = f", and {len(extra)} more who {'takes' if len(extra) == 1 else 'take'} a stance" if cut and extra else ""
    ax.set_title(f"Who appears, and how often{cut}{more}", loc="left")
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

def mention_strip(mentions: pd.DataFrame, actors: pd.DataFrame, *, top: int = TOP_STRIP) -> Figure:
    """Paragraph by actor: a dot where an actor is mentioned in a paragraph, sized by the count (the `top`
    most mentioned actors, in order of first mention; the title says "top N of M" when it cuts)."""
    if mentions.empty:
        return _message_figure("No actor is mentioned in this article.")
    counts = mentions.groupby(["actor_id", "paragraph_id"]).size().rename("n").reset_index()
    first = mentions.groupby("actor_id")["start_char"].min().sort_values(kind="stable").index.tolist()
    chosen = set(_top_ids(actors[actors["actor_id"].isin(first)], top))
    order = [a for a in first if a in chosen]
    counts = counts[counts["actor_id"].isin(order)]
    row = {a: i for i, a in enumerate(order)}
    kinds = actors.set_index("actor_id")["kind"]
    fig, (ax,) = _figure([6.0], 0.28 * len(order))
    ax.scatter(counts["paragraph_id"], counts["actor_id"].map(row), s=30 + 40 * (counts["n"] - 1),
               c=[_colour(kinds.get(a)) for a in counts["actor_id"]], alpha=0.85)
    ax.set_yticks(range(len(order)), [_label(_names(actors).get(a, a)) for a in order])
    ax.set_ylim(len(order) - 0.4, -0.6)
    ax.set_xlim(-0.7, max(int(mentions["paragraph_id"].max()), 1) + 0.7)
    ax.set_xlabel("paragraph")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", alpha=0.3)
    shown = _shown_of(len(order), len(first), "actors by mentions")
    ax.set_title(f"Where each actor is mentioned, in order of first mention{shown}", loc="left")
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


HEATMAP_FONT = 10  # points: numbers and names; the figure is never wider than a report's column


def cooccurrence_heatmap(pairs: pd.DataFrame, actors: pd.DataFrame, *, top: int = TOP_HEATMAP) -> Figure:
    """A symmetric heatmap of how often two actors share a sentence (the `top` most connected actors; the
    title says "top N of M" when it cuts)."""
    if pairs.empty:
        return _message_figure("No two actors are mentioned in the same sentence.")
    both = pd.concat([pairs.rename(columns={"actor_a": "x", "actor_b": "y"}),
                      pairs.rename(columns={"actor_a": "y", "actor_b": "x"})])
    ranked = both.groupby("x")["count"].sum().sort_values(ascending=False, kind="stable")
    ids = ranked.head(top).index
    grid = both[both["x"].isin(ids) & both["y"].isin(ids)].pivot_table(
        index="y", columns="x", values="count", aggfunc="sum", fill_value=0).reindex(index=ids, columns=ids, fill_value=0)
    values = grid.to_numpy()
    labels = [_label(_names(actors).get(a, a), 26) for a in ids]
    fig, (ax,) = _figure([0.34 * len(ids) + 0.3], 0.34 * len(ids) + 0.3)
    image = ax.imshow(values, cmap="Blues", vmin=0)
    ax.set_xticks(range(len(ids)), labels, rotation=60, ha="right", rotation_mode="anchor", fontsize=HEATMAP_FONT)
    ax.set_yticks(range(len(ids)), labels, fontsize=HEATMAP_FONT)
    for (i, j), value in pd.DataFrame(values).stack().items():
        if value:
            ax.text(j, i, int(value), ha="center", va="center", fontsize=HEATMAP_FONT, in_layout=False,
                    color="white" if value > values.max() / 2 else "#222")  # inside the axes: no need to measure
    fig.colorbar(image, cax=fig.add_axes((1.04, 0.2, 0.03, 0.6)), label="sentences shared")
    ax.set_title(f"Who is mentioned with whom{_shown_of(len(ids), len(ranked), 'actors')}", loc="left")
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


def stance_chart(positions: pd.DataFrame, actors: pd.DataFrame, *,
                 empty: str = "No sanctions positions in this article.") -> Figure:
    """Each actor's sanctions stance, now and in the past: ▲ support, ▼ oppose, grouped by country."""
    if positions.empty:
        return _message_figure(empty)
    view = position_view(positions, actors)
    rows = list(dict.fromkeys(zip(view["country"].fillna("—"), view["actor"].fillna("?"))))
    index = {r: i for i, r in enumerate(rows)}
    fig, (ax,) = _figure([3.6], 0.38 * len(rows) + 0.3)
    for _, p in view.iterrows():
        y = index[(p["country"] if pd.notna(p["country"]) else "—", p["actor"] if pd.notna(p["actor"]) else "?")]
        x = PERIODS.index(p["period"]) if p["period"] in PERIODS else 0
        ax.scatter(x, y, marker=STANCE_MARKERS.get(p["stance"], "o"), s=140,
                   color=STANCE_COLOURS.get(p["stance"], OTHER_COLOUR), zorder=3)
    ax.set_yticks(range(len(rows)), [f"{_label(a)}  ({_label(c, 8)})" for c, a in rows])
    ax.set_xticks(range(len(PERIODS)), PERIODS)
    ax.set_xlim(-0.6, len(PERIODS) - 0.4)
    ax.set_ylim(len(rows) - 0.4, -0.6)
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
    fig, (ax,) = _figure([4.5], 0.32 * len(counts) + 0.2)
    stack(ax, range(len(counts)), counts, ("#4e79a7", "#76b7b2", "#edc948"), horizontal=True)
    ax.set_yticks(range(len(counts)), [_label(s) for s in counts.index])
    ax.set_ylim(-0.6, len(counts) - 0.4)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("quotes")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Who is quoted", loc="left")
    return fig


def stack(ax, positions, counts: pd.DataFrame, colours, *, horizontal: bool = False, label_width: int | None = None,
          **bar) -> None:
    """One stacked bar per row of `counts` at `positions`, a segment per column in `colours` (then the grey of
    'other'), labelled for the legend."""
    base = pd.Series(0, index=counts.index)
    draw = ax.barh if horizontal else ax.bar
    for i, column in enumerate(counts.columns):
        colour = colours[i] if i < len(colours) else OTHER_COLOUR
        label = _label(column) if label_width is None else _label(column, label_width)
        draw(positions, counts[column], **{"left" if horizontal else "bottom": base}, color=colour, label=label, **bar)
        base += counts[column]


def events_timeline(events: pd.DataFrame, actors: pd.DataFrame) -> Figure:
    """The events with a resolved date, one row each (kind, participants, date), on a time axis. Where a gap
    between dates is most of the span around it, the axis breaks there (see `date_groups`), so events close
    in time stay apart even when another lies years away."""
    if events.empty:
        return _message_figure("No events in this article.")
    view = event_view(events, actors)
    view = view.assign(when=pd.to_datetime(view["date"].map(_date_start), errors="coerce")).dropna(subset=["when"])
    if view.empty:
        return _message_figure("No event in this article has a resolved date.")
    view = view.sort_values("when", kind="stable").reset_index(drop=True)
    groups = date_groups(view["when"].tolist())
    widths = [0.9 if len(set(g)) == 1 else 3.6 / len(groups) + 1.2 for g in groups]
    fig, axes = _figure(widths, 0.42 * len(view), sharey=True)
    for i, (ax, group) in enumerate(zip(axes, groups)):
        _timeline_panel(ax, view[view["when"].isin(group)], first=i == 0, last=i == len(groups) - 1)
    axes[0].set_yticks(range(len(view)), [f"{_label(e['kind'], 20)}: {_label(e['participants'], 44)} "
                                          f"({_label(e['date'])})" for _, e in view.iterrows()])
    axes[0].set_ylim(len(view) - 0.4, -0.6)
    broken = f"\nthe time axis breaks at the {len(groups) - 1} longest gaps" if len(groups) > 2 else (
        "\nthe time axis breaks at the longest gap" if len(groups) == 2 else "")
    axes[0].set_title(f"Events with resolved dates{broken}", loc="left")
    return fig


def _timeline_panel(ax, part: pd.DataFrame, *, first: bool, last: bool) -> None:
    """One stretch of the time axis: the events of `part` on their rows, padded so no marker touches the frame;
    a stretch of one date is labelled with that date as the article gives it."""
    import matplotlib.dates as mdates
    ax.scatter(part["when"], part.index, s=60, color="#4e79a7", zorder=3)
    start, end = part["when"].min(), part["when"].max()
    pad = max((end - start) * 0.12, pd.Timedelta(days=3))
    ax.set_xlim(start - pad, end + pad)
    if start == end:
        ax.set_xticks([start], [_label(part["date"].iloc[0])])
    else:
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=9)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    mark = {"marker": [(-1, -1), (1, 1)], "markersize": 10, "linestyle": "none", "color": "k", "mew": 1,
            "clip_on": False, "transform": ax.transAxes}
    if not first:
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", left=False, labelleft=False)
        ax.plot([0], [0], **mark)
    if not last:
        ax.plot([1], [0], **mark)


def date_groups(dates: list) -> list[list]:
    """Sorted dates in runs, one per stretch of the time axis. A run is split at its largest gap (over
    _BREAK_MIN) while two of its dates are too close to tell apart on it (under _RESOLUTION of its span);
    the widest such run first, at most _MAX_PANELS runs."""
    runs = [sorted(dates)]
    while len(runs) < _MAX_PANELS:
        crowded = [(run[-1] - run[0], r) for r, run in enumerate(runs) if _crowded(run)]
        if not crowded:
            break
        r = max(crowded)[1]
        _, i = max((runs[r][i + 1] - runs[r][i], i) for i in range(len(runs[r]) - 1))
        runs[r:r + 1] = [runs[r][:i + 1], runs[r][i + 1:]]
    return runs


def _crowded(run: list) -> bool:
    """Whether two distinct dates of the run lie too close to tell apart, and a gap is long enough to break at."""
    distinct = sorted(set(run))
    gaps = [b - a for a, b in zip(distinct, distinct[1:])]
    return bool(gaps) and max(gaps) > _BREAK_MIN and min(gaps) < (distinct[-1] - distinct[0]) * _RESOLUTION


def _date_start(value: object) -> str | None:
    """'2009' -> '2009-01-01', '2009-05' -> '2009-05-01'; anything else unparsable -> None."""
    text = str(value) if value is not None and not pd.isna(value) else ""
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01"
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
