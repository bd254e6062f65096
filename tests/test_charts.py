"""Charts, tables, views, filters and widgets on tiny hand-made frames: what they show, that they say when
they cut, that they stay readable, and that nothing from the article reaches the HTML unescaped."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pandas as pd
import pytest
from matplotlib.figure import Figure
from pandas.testing import assert_frame_equal

from dossier import charts, widgets
from dossier.schema import COLUMNS
from dossier.schema import frame as _frame

XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>"\' javascript:alert(1)'
TEXT = (f"Russia rejects {XSS}\n\n"
        "Zhang Jun said China opposes sanctions. Linda Thomas-Greenfield said the U.S. backs them.\n\n"
        "In 2009 Russia joined in imposing sanctions.")


def frame(name: str, rows=()) -> pd.DataFrame:
    """A contract frame from plain tuples in the contract's column order."""
    return _frame(name, [dict(zip(COLUMNS[name], row)) for row in rows])


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    begin = text.index(needle, start)
    return begin, begin + len(needle)


@pytest.fixture()
def art() -> SimpleNamespace:
    """A three-paragraph article, one of whose actors is named with markup."""
    actors = frame("actors", [
        (0, "Russia", "country", "RUS", None, [], 2),
        (1, "Zhang Jun", "person", "CHN", "ambassador", [], 1),
        (2, "China", "country", "CHN", None, [], 1),
        (3, "Linda Thomas-Greenfield", "person", "USA", "ambassador", [], 1),
        (4, "United States", "country", "USA", None, ["U.S."], 1),
        (5, XSS, "organization", None, '"><b>x</b>', ["$x^2$"], 1),
    ])
    p1, p2 = TEXT.index("Zhang"), TEXT.index("In 2009")
    paragraphs = frame("paragraphs", [(0, "title", TEXT[:p1 - 2], 0, p1 - 2, None),
                                      (1, "body", TEXT[p1:p2 - 2], p1, p2 - 2, None),
                                      (2, "body", TEXT[p2:], p2, len(TEXT), None)])
    s2 = TEXT.index("Linda")
    sentences = frame("sentences", [(0, 0, 0, p1 - 2, TEXT[:p1 - 2]), (1, 1, p1, s2 - 1, TEXT[p1:s2 - 1]),
                                    (2, 1, s2, p2 - 2, TEXT[s2:p2 - 2]), (3, 2, p2, len(TEXT), TEXT[p2:])])
    spans = [(0, "Russia", 0, 0, 0, "name"), (5, XSS, 0, 0, 0, "name"), (1, "Zhang Jun", p1, 1, 1, "name"),
             (2, "China", p1, 1, 1, "name"), (3, "Linda Thomas-Greenfield", s2, 2, 1, "name"),
             (4, "U.S.", s2, 2, 1, "acronym"), (0, "Russia", p2, 3, 2, "name")]
    mentions = frame("mentions", [
        (a, t, *_span(TEXT, t, start), s, p, via) for a, t, start, s, p, via in spans])
    quotes = frame("quotes", [(0, 5, XSS, XSS, "direct", "said", 0, 0, 10),
                              (1, None, "a diplomat", "no comment", "partial", "said", 1, p1, p1 + 5)])
    events = frame("events", [(0, "sanction", "163", 0, None, [0, 5], "2009", "In 2009", None, 3),
                              (1, "statement", "010", 5, None, [5], "2022-02-08", "<b>on Tuesday</b>", XSS, 1),
                              (2, "meeting", "040", 1, 3, [1, 3], None, "soon", None, 2)])
    positions = frame("positions", [
        (2, "sanctions", "oppose", "current", None, "opposes", TEXT[p1:s2 - 1], 1),
        (1, "sanctions", "oppose", "current", None, "opposes", TEXT[p1:s2 - 1], 1),
        (4, "sanctions", "support", "current", None, "backs", TEXT[s2:p2 - 2], 2),
        (0, "sanctions", "support", "past", None, "imposing sanctions", TEXT[p2:], 3),
        (5, "sanctions", "oppose", "current", 0, XSS, XSS, 0)])
    meta = {"article_id": "tiny", "title": f"Russia rejects {XSS}", "outlet": "Daily <i>Example</i>",
            "section": ["World", XSS], "authors": ["Ann Lee"], "published": "2022-02-09", "word_count": 20}
    removed = frame("removed", [(1, XSS, "navigation"), (2, "Share on Facebook", "widget")])
    return SimpleNamespace(text=TEXT, meta=meta, removed=removed, paragraphs=paragraphs, sentences=sentences,
                           actors=actors, mentions=mentions, quotes=quotes, events=events, positions=positions)


@pytest.fixture()
def empty() -> SimpleNamespace:
    """An article with nothing in it: every frame empty, with its columns."""
    return SimpleNamespace(text="", meta={"title": "Nothing"}, **{
        name: frame(name) for name in ("removed", "paragraphs", "sentences", "actors", "mentions", "quotes",
                                       "events", "positions")})


def _figures(a) -> dict[str, Figure]:
    return {"actor_counts": charts.actor_counts(a.actors),
            "mention_strip": charts.mention_strip(a.mentions, a.actors),
            "cooccurrence_heatmap": charts.cooccurrence_heatmap(
                charts.cooccurrence_from_mentions(a.mentions), a.actors),
            "stance_chart": charts.stance_chart(a.positions, a.actors),
            "quotes_by_speaker": charts.quotes_by_speaker(a.quotes, a.actors),
            "events_timeline": charts.events_timeline(a.events, a.actors)}


def _html(a) -> dict[str, str]:
    return {"meta": charts.meta_table(a.meta),
            "article": charts.article_html(a.text, a.mentions, a.actors, a.paragraphs),
            "removed": charts.table(a.removed),
            "actors": charts.table(charts.actor_view(a.actors)),
            "mentions": charts.table(charts.mention_view(a.mentions, a.actors)),
            "positions": charts.table(charts.position_view(a.positions, a.actors)),
            "quotes": charts.table(charts.quote_view(a.quotes, a.actors)),
            "events": charts.table(charts.event_view(a.events, a.actors)),
            "kinds": charts.kind_summary(a.actors),
            "positions_summary": charts.positions_summary(a.positions, a.actors),
            "figure": charts.figure_html(charts.actor_counts(a.actors))}


class _Markup(HTMLParser):
    """Collects what a browser would make live of an HTML fragment: tags, event handlers, links, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append((dict(attrs), ""))
        if tag in ("img", "b", "i", "iframe", "object", "svg") and not dict(attrs).get("class") == "dossier-chart":
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.live.append(f"{name}=")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.live.append(f"{name}=javascript:")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
            if "<script>alert" in data or "<img src=x" in data:  # raw, not escaped
                self.live.append("markup inside a script")


def _parse(fragment: str) -> _Markup:
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser


def _live_markup(fragment: str) -> list[str]:
    """Markup from XSS that a browser would make live: tags, event handlers, javascript: links, scripts."""
    return _parse(fragment).live


def _runnable(fragment: str) -> list[str]:
    """The bodies of the scripts a browser would run (data blocks left out)."""
    return [body for attrs, body in _parse(fragment).scripts if attrs.get("type") in (None, "module")]


def _svg_text(fig: Figure) -> str:
    """The text a chart shows, from its SVG (text is kept as text)."""
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", charts.svg(fig)))


def _drawn(fig: Figure):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig).draw()
    return fig


def _markers_outside(fig: Figure) -> list[str]:
    """Markers of the chart's scatter plots that reach over their axes' frame (display coordinates)."""
    _drawn(fig)
    outside = []
    for ax in fig.axes:
        box = ax.get_window_extent()
        for collection in ax.collections:
            sizes = collection.get_sizes()
            for k, (x, y) in enumerate(collection.get_offset_transform().transform(collection.get_offsets())):
                r = (sizes[k % len(sizes)] ** 0.5) / 2 * fig.dpi / 72 if len(sizes) else 0
                if not (box.x0 <= x - r and x + r <= box.x1 and box.y0 <= y - r and y + r <= box.y1):
                    outside.append(f"{ax.get_title(loc='left')!r} marker {k}")
    return outside


@pytest.fixture()
def crowd() -> SimpleNamespace:
    """Twelve actors: eleven countries, mentioned 12 down to 2 times, and one rarely mentioned envoy who takes a
    stance; every pair shares a sentence."""
    names = ["Russia", "China", "Iran", "Syria", "Cuba", "Mali", "Peru", "Chad", "Oman", "Laos", "Fiji"]
    actors = frame("actors", [(i, n, "country", None, None, [], 12 - i) for i, n in enumerate(names)]
                   + [(11, "Envoy Kim", "person", "PRK", "envoy", [], 1)])
    mentions = frame("mentions", [(a, "x", 0, 1, s, 0, "name") for s in range(3) for a in range(12)])
    positions = frame("positions", [(11, "sanctions", "oppose", "current", None, "rejects", "He rejects them.", 0)])
    return SimpleNamespace(actors=actors, mentions=mentions, positions=positions)


# ---------------------------------------------------------------- charts return figures, also when empty

@pytest.mark.parametrize("which", ["full", "empty"])
def test_every_chart_draws_to_svg(which, art, empty):
    for name, fig in _figures(art if which == "full" else empty).items():
        assert isinstance(fig, Figure), name
        image = charts.svg(fig)  # draws: labels with $ or markup do not break mathtext
        assert image.startswith("<?xml") and "<svg" in image and len(image) > 1000, name


def test_empty_charts_say_what_is_missing(empty):
    texts = {name: " ".join(t.get_text() for t in fig.axes[0].texts) for name, fig in _figures(empty).items()}
    assert texts["stance_chart"] == "No sanctions positions in this article."
    assert texts["events_timeline"] == "No events in this article."
    assert texts["actor_counts"] == "No actors were found in this article."
    assert charts.figure_title(_figures(empty)["quotes_by_speaker"]) == "No quotes in this article."


def test_actor_counts_has_a_bar_per_actor_labelled_by_name(art):
    ax = charts.actor_counts(art.actors).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Zhang Jun" in labels and "Linda Thomas-Greenfield" in labels
    assert len(ax.patches) == len(art.actors)
    assert "top" not in ax.get_title(loc="left")  # nothing cut, nothing said


def test_chart_labels_escape_dollar_signs_for_matplotlib():
    assert charts._label("costs $5 and $6") == r"costs \$5 and \$6"
    assert charts._label("x" * 100).endswith("…") and len(charts._label("x" * 100)) == 40


def test_svg_is_the_same_bytes_for_the_same_chart(art):
    first, second = (charts.svg(charts.cooccurrence_heatmap(charts.cooccurrence_from_mentions(art.mentions),
                                                             art.actors)) for _ in range(2))
    assert first == second
    assert "<dc:date>" not in first


def test_figure_html_is_an_image_with_the_title_as_alternative_text(art):
    out = charts.figure_html(charts.stance_chart(art.positions, art.actors))
    match = re.fullmatch(r'<img class="dossier-chart" alt="([^"]*)" src="data:image/svg\+xml;base64,([^"]+)">', out)
    assert match and match.group(1) == "Stance on sanctions (actor, country)"
    assert base64.b64decode(match.group(2)).decode("utf-8").startswith("<?xml")


# ---------------------------------------------------------------- charts say when they cut

def test_actor_counts_says_top_n_of_m_and_keeps_who_takes_a_stance(crowd):
    cut = charts.actor_counts(crowd.actors, top=5)
    assert cut.axes[0].get_title(loc="left") == "Who appears, and how often\ntop 5 of 12 actors by mentions"
    assert len(cut.axes[0].patches) == 5
    kept = charts.actor_counts(crowd.actors, top=5, keep=crowd.positions["actor_id"])
    labels = [t.get_text() for t in kept.axes[0].get_yticklabels()]
    assert "Envoy Kim" in labels and len(labels) == 6
    assert kept.axes[0].get_title(loc="left").endswith("top 5 of 12 actors by mentions, and 1 more who takes a stance")


def test_mention_strip_and_heatmap_say_top_n_of_m(crowd):
    strip = charts.mention_strip(crowd.mentions, crowd.actors, top=4).axes[0]
    assert strip.get_title(loc="left").endswith("\ntop 4 of 12 actors by mentions")
    assert len(strip.get_yticklabels()) == 4
    pairs = charts.cooccurrence_from_mentions(crowd.mentions)
    heat = charts.cooccurrence_heatmap(pairs, crowd.actors, top=6).axes[0]
    assert heat.get_title(loc="left") == "Who is mentioned with whom\ntop 6 of 12 actors"
    uncut = charts.cooccurrence_heatmap(pairs, crowd.actors, top=20).axes[0]
    assert uncut.get_title(loc="left") == "Who is mentioned with whom"


def test_heatmap_numbers_and_names_are_readable_at_the_size_a_report_shows(crowd):
    """At least 10 pt (13 CSS px at the image's natural size), and the image no wider than a report's column
    (about 10.9 in), so that the page never shrinks it."""
    many = frame("actors", [(i, f"Country number {i}", "country", None, None, [], 30 - i) for i in range(26)])
    mentions = frame("mentions", [(a, "x", 0, 1, s, 0, "name") for s in range(12) for a in range(26)])
    fig = charts.cooccurrence_heatmap(charts.cooccurrence_from_mentions(mentions), many)
    ax = fig.axes[0]
    sizes = [t.get_fontsize() for t in [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels()]]
    assert len(ax.texts) == 20 * 19 and min(sizes) >= 10
    width_pt = float(re.search(r'<svg[^>]* width="([\d.]+)pt"', charts.svg(fig)).group(1))
    assert width_pt / 72 <= 10.5


# ---------------------------------------------------------------- the timeline

def _events(dates: list[str]) -> pd.DataFrame:
    return frame("events", [(i, "meeting", "040", 0, None, [0], d, d, None, 0) for i, d in enumerate(dates)])


def test_timeline_of_undated_events_says_so(art):
    undated = art.events[art.events["date"].isna()]
    ax = charts.events_timeline(undated, art.actors).axes[0]
    assert [t.get_text() for t in ax.texts] == ["No event in this article has a resolved date."]


def test_timeline_places_only_resolved_dates(art):
    fig = charts.events_timeline(art.events, art.actors)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 2  # the undated meeting is only in the table
    assert labels[0].startswith("sanction: Russia") and labels[0].endswith("(2009)")


def test_timeline_keeps_clustered_events_apart_when_one_lies_far_away(art):
    fig = _drawn(charts.events_timeline(_events(["2006-10-09", "2022-02-03", "2022-02-07", "2022-02-08"]), art.actors))
    assert len(fig.axes) == 2 and "breaks" in fig.axes[0].get_title(loc="left")
    cluster = fig.axes[1]
    xs = sorted(x for x, _ in cluster.transData.transform(cluster.collections[0].get_offsets()))
    assert len(xs) == 3 and min(b - a for a, b in zip(xs, xs[1:])) > 20  # pixels apart, not one point


@pytest.mark.parametrize("dates, runs", [
    (["2009-05-01", "2019-04-25", "2022-01-01", "2022-02-03", "2022-02-07", "2022-02-08"], [1, 1, 4]),
    (["2022-01-01", "2022-06-01", "2022-12-01"], [3]),  # evenly spread: no break
    (["2021-01-01", "2022-01-01"], [2]),  # two dates are always told apart
    (["2022-02-07", "2022-02-07", "2022-02-08"], [3]),  # close, but no long gap to break at
])
def test_the_time_axis_breaks_only_where_dates_would_merge(dates, runs):
    assert [len(g) for g in charts.date_groups([pd.Timestamp(d) for d in dates])] == runs


@pytest.mark.parametrize("dates, expected", [("2009", "2009-01-01"), ("2009-05", "2009-05-01"),
                                             ("2022-02-07", "2022-02-07"), (None, None), ("soon", None)])
def test_dates_of_any_precision_start_at_their_first_day(dates, expected):
    assert charts._date_start(dates) == expected


def test_markers_sit_inside_the_frame(art, crowd):
    figs = [charts.stance_chart(art.positions, art.actors), charts.mention_strip(art.mentions, art.actors),
            charts.mention_strip(crowd.mentions, crowd.actors), charts.events_timeline(art.events, art.actors),
            charts.events_timeline(_events(["2006-10-09", "2022-02-03", "2022-02-07", "2022-02-08"]), art.actors)]
    for fig in figs:
        assert _markers_outside(fig) == []


# ---------------------------------------------------------------- HTML: everything from the article escaped

def test_no_html_output_carries_live_markup_from_the_article(art):
    for name, fragment in _html(art).items():
        assert _live_markup(fragment) == [], name


def test_article_html_escapes_text_and_attributes(art):
    out = charts.article_html(art.text, art.mentions, art.actors, art.paragraphs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert 'title="&lt;script&gt;' in out  # the actor's name in the tooltip, quotes escaped too
    assert "&quot;&#x27; javascript:alert(1)" in out


def test_article_html_highlights_every_mention_by_kind(art):
    out = charts.article_html(art.text, art.mentions, art.actors, art.paragraphs)
    marks = re.findall(r'<mark class="dossier-ent" data-kind="(\w+)" title="([^"]*)"', out)
    assert len(marks) == len(art.mentions)
    assert ("person", "Zhang Jun · person · CHN") in marks
    assert out.count("<p data-kind=") == 3


def test_article_html_without_paragraphs_splits_on_blank_lines(art):
    out = charts.article_html(art.text, art.mentions, art.actors, frame("paragraphs"))
    assert out.count('<p data-kind="body"') == 3


def test_tables_hold_every_row_escaped_and_load_nothing(art):
    out = charts.table(art.removed)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "http://" not in out and "https://" not in out
    assert "Share on Facebook" in out
    rows = charts.table(pd.DataFrame({"n": range(40)}), page_length=10)
    assert rows.count("<tr>") == 41  # paging is the browser's business: the page holds every row


def test_empty_tables_are_a_line_of_text(empty):
    assert charts.table(empty.quotes, empty="No quotes.") == '<p class="dossier-note">No quotes.</p>'
    assert charts.table(empty.quotes, empty=None) == ""
    assert "No sanctions content" in charts.positions_summary(empty.positions, empty.actors).replace("no s", "No s")


def test_a_table_runs_only_the_fixed_script_and_its_id_comes_from_its_content(art):
    out = charts.table(art.removed)
    assert _runnable(out) == [charts.TABLES_JS]
    table_id = re.search(r'<table id="(t-[0-9a-f]{12})"', out).group(1)
    assert charts.table(art.removed.copy()) == out  # the same rows, the same bytes
    assert table_id not in charts.table(art.removed.head(1))
    assert not re.search(r"[0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}", out)  # no uuid


def test_page_setup_packs_the_table_library_and_runs_only_the_loader():
    out = charts.page_setup()
    assert "http://" not in out and "https://" not in out
    assert _runnable(out) == [charts.LOADER_JS]
    import gzip
    from pathlib import Path

    import itables
    blocks = dict(re.findall(r'<script type="application/gzip" id="([\w-]+)">([^<]+)</script>', out))
    bundle = (Path(itables.__file__).with_name("html") / "dt_bundle.js").read_bytes()
    assert gzip.decompress(base64.b64decode(blocks["dossier-dt-js"])) == bundle


def test_script_hashes_are_those_of_the_fixed_scripts():
    expected = [f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in charts.SCRIPTS]
    assert charts.script_hashes() == expected and len(set(expected)) == 2


def test_meta_table_joins_lists_and_escapes(art):
    out = charts.meta_table(art.meta)
    assert "World; &lt;script&gt;" in out
    assert "Daily &lt;i&gt;Example&lt;/i&gt;" in out


def test_meta_table_names_the_source_by_its_file_name_only(art):
    out = charts.meta_table({**art.meta, "source_path": "/home/ann/private notes/2022-02-09_x.txt"})
    assert ">2022-02-09_x.txt<" in out and "/home/ann" not in out and "private notes" not in out


# ---------------------------------------------------------------- countries, views and pure filters

def test_countries_are_named_with_their_code():
    assert charts.country_label("RUS") == "Russia (RUS)"
    assert charts.country_label("XXX") == "XXX"
    assert charts.country_label(None) == charts.NO_COUNTRY == "(no country)"
    assert charts.country_choices(["USA", None, "CHN", "USA"]) == [
        ("China (CHN)", "CHN"), ("United States (USA)", "USA"), ("(no country)", "(no country)")]
    assert charts.country_choices(["RUS"]) == [("Russia (RUS)", "RUS")]  # no "(no country)" when none lacks one


def test_actor_view_sorts_by_mentions_and_joins_aliases(art):
    view = charts.actor_view(art.actors)
    assert list(view.columns) == ["name", "kind", "country", "title", "aliases", "mentions"]
    assert view["name"].iloc[0] == "Russia"
    assert view.set_index("name").loc["United States", "aliases"] == "U.S."


def test_filter_actors_by_kind_country_and_mentions(art):
    names = lambda df: sorted(df["name"])  # noqa: E731
    assert names(charts.filter_actors(art.actors, kind="person")) == ["Linda Thomas-Greenfield", "Zhang Jun"]
    assert names(charts.filter_actors(art.actors, country="CHN", kind="country")) == ["China"]
    assert names(charts.filter_actors(art.actors, min_mentions=2)) == ["Russia"]
    assert names(charts.filter_actors(art.actors, country=charts.NO_COUNTRY)) == [XSS]
    assert charts.filter_actors(art.actors, kind="location").empty
    assert names(charts.filter_actors(charts.actor_view(art.actors), kind="person")) == names(
        charts.filter_actors(art.actors, kind="person"))  # a view filters the same way


def test_position_view_orders_by_country_states_first(art):
    view = charts.position_view(art.positions, art.actors)
    assert view[["country", "actor", "stance", "period"]].head(4).values.tolist() == [
        ["CHN", "China", "oppose", "current"], ["CHN", "Zhang Jun", "oppose", "current"],
        ["RUS", "Russia", "support", "past"], ["USA", "United States", "support", "current"]]


def test_filter_positions_by_stance_period_and_country(art):
    actors = lambda df: sorted(charts.position_view(df, art.actors)["actor"])  # noqa: E731
    assert actors(charts.filter_positions(art.positions, art.actors, stance="support", period="past")) == ["Russia"]
    assert actors(charts.filter_positions(art.positions, art.actors, country="CHN")) == ["China", "Zhang Jun"]
    assert actors(charts.filter_positions(art.positions, art.actors, country=charts.NO_COUNTRY)) == [XSS]
    assert len(charts.filter_positions(art.positions, art.actors)) == len(art.positions)


def test_quote_view_names_the_speaker_or_keeps_the_surface_text(art):
    view = charts.quote_view(art.quotes, art.actors)
    assert sorted(view["speaker"]) == sorted([XSS, "a diplomat"])


def test_event_view_names_participants_and_puts_undated_last(art):
    view = charts.event_view(art.events, art.actors)
    assert view["date"].tolist()[:2] == ["2009", "2022-02-08"]
    assert view["participants"].iloc[-1] == "Zhang Jun; Linda Thomas-Greenfield"


def test_cooccurrence_counts_pairs_sharing_a_sentence(art):
    pairs = charts.cooccurrence_from_mentions(art.mentions, within="sentence")
    expected = pd.DataFrame({"actor_a": [0, 1, 3], "actor_b": [5, 2, 4], "count": [1, 1, 1]})
    assert_frame_equal(pairs.sort_values(["actor_a", "actor_b"]).reset_index(drop=True), expected)
    by_paragraph = charts.cooccurrence_from_mentions(art.mentions, within="paragraph")
    assert len(by_paragraph) == 1 + 6  # {0,5} in the title; four actors in paragraph 1


def test_cooccurrence_of_no_mentions_is_an_empty_frame(empty):
    pairs = charts.cooccurrence_from_mentions(empty.mentions)
    assert list(pairs.columns) == ["actor_a", "actor_b", "count"] and pairs.empty


# ---------------------------------------------------------------- widgets filter the chart and table in place

def _shown(explorer) -> tuple[str, str]:
    """The explorer's chart (SVG) and table (HTML) as they stand; each area holds exactly one output."""
    assert len(explorer.chart.outputs) == 1 and len(explorer.table.outputs) == 1
    return explorer.chart.outputs[0]["data"]["image/svg+xml"], explorer.table.outputs[0]["data"]["text/html"]


def _controls(explorer) -> dict:
    return {c.description: c for c in explorer.children[0].children}


def test_actor_explorer_filters_the_chart_and_the_table_in_place(art):
    box = widgets.actor_explorer(art.actors)
    chart, table = _shown(box)
    assert "Zhang Jun" in chart and "Russia" in chart and ">Russia<" in table
    assert len(box.children) == 3  # the controls, one chart, one table: no second copy below
    _controls(box)["kind"].value = "person"
    chart, table = _shown(box)
    assert "Zhang Jun" in chart and "Russia" not in chart
    assert "Zhang Jun" in table and ">Russia<" not in table
    _controls(box)["country"].value = "USA"
    chart, table = _shown(box)
    assert "Linda Thomas-Greenfield" in table and "Zhang Jun" not in table and "Zhang Jun" not in chart
    assert _live_markup(table) == []


def test_the_country_filter_offers_names_with_codes_and_no_country(art):
    country = _controls(widgets.actor_explorer(art.actors))["country"]
    assert country.options[0] == (widgets.ANY, widgets.ANY)
    labels = [label for label, _ in country.options[1:]]
    assert labels == ["China (CHN)", "Russia (RUS)", "United States (USA)", "(no country)"]
    box = widgets.actor_explorer(art.actors)
    _controls(box)["country"].value = charts.NO_COUNTRY
    _, table = _shown(box)
    assert table.count("<tr>") == 2 and "&lt;script&gt;alert(1)" in table  # the header, and the one organization


def test_position_explorer_filters_the_chart_and_the_table(art):
    box = widgets.position_explorer(art.positions, art.actors)
    _controls(box)["period"].value = "past"
    chart, table = _shown(box)
    assert ">Russia<" in table and "China" not in table and "China" not in chart
    _controls(box)["stance"].value = "oppose"
    chart, table = _shown(box)
    assert "No sanctions position matches these filters." in table
    assert "No sanctions position matches these filters." in chart


def test_an_explorer_without_a_kernel_is_its_unfiltered_chart_and_table(art):
    from IPython.core.formatters import DisplayFormatter
    box = widgets.actor_explorer(art.actors)
    _controls(box)["kind"].value = "person"
    data, _ = DisplayFormatter().format(box, exclude=["application/vnd.jupyter.widget-view+json"])
    static = data["text/html"]
    assert static.startswith('<img class="dossier-chart" alt="Who appears, and how often"')
    assert ">Russia<" in static and ">Zhang Jun<" in static  # unfiltered
    assert "application/vnd.jupyter.widget-view+json" in DisplayFormatter().format(box)[0]  # live in a kernel


def test_widgets_on_empty_frames(empty):
    _, table = _shown(widgets.actor_explorer(empty.actors))
    assert "No actors were found" in table
    chart, table = _shown(widgets.position_explorer(empty.positions, empty.actors))
    assert "No sanctions positions in this article." in table and "No sanctions positions" in chart
