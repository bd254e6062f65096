"""Charts, tables, views, filters and widgets on tiny hand-made frames: what they show, and that nothing
from the article reaches the HTML unescaped."""
from __future__ import annotations

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
            "plain": charts.plain_table(charts.actor_view(a.actors)),
            "kinds": charts.kind_summary(a.actors),
            "positions_summary": charts.positions_summary(a.positions, a.actors)}


class _Markup(HTMLParser):
    """Collects what a browser would make live of an HTML fragment: tags, event handlers, links, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        if tag in ("img", "b", "i", "iframe", "object", "svg"):
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.live.append(f"{name}=")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.live.append(f"{name}=javascript:")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and ("<script>alert" in data or "<img src=x" in data):  # raw, not escaped
            self.live.append("markup inside a script")


def _live_markup(fragment: str) -> list[str]:
    """Markup from XSS that a browser would make live: tags, event handlers, javascript: links, scripts."""
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser.live


# ---------------------------------------------------------------- charts return figures, also when empty

@pytest.mark.parametrize("which", ["full", "empty"])
def test_every_chart_returns_a_figure_that_draws(which, art, empty, tmp_path):
    for name, fig in _figures(art if which == "full" else empty).items():
        assert isinstance(fig, Figure), name
        fig.savefig(tmp_path / f"{name}.png")  # draws: labels with $ or markup do not break mathtext
        assert (tmp_path / f"{name}.png").stat().st_size > 1000, name


def test_empty_charts_say_what_is_missing(empty):
    texts = {name: " ".join(t.get_text() for t in fig.axes[0].texts) for name, fig in _figures(empty).items()}
    assert texts["stance_chart"] == "No sanctions positions in this article."
    assert texts["events_timeline"] == "No events in this article."
    assert texts["actor_counts"] == "No actors were found in this article."


def test_actor_counts_has_a_bar_per_actor_labelled_by_name(art):
    ax = charts.actor_counts(art.actors).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Zhang Jun" in labels and "Linda Thomas-Greenfield" in labels
    assert len(ax.patches) == len(art.actors)


def test_chart_labels_escape_dollar_signs_for_matplotlib():
    assert charts._label("costs $5 and $6") == r"costs \$5 and \$6"
    assert charts._label("x" * 100).endswith("…") and len(charts._label("x" * 100)) == 40


def test_timeline_of_undated_events_says_so(art):
    undated = art.events[art.events["date"].isna()]
    ax = charts.events_timeline(undated, art.actors).axes[0]
    assert [t.get_text() for t in ax.texts] == ["No event in this article has a resolved date."]


def test_timeline_places_only_resolved_dates(art):
    ax = charts.events_timeline(art.events, art.actors).axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == 2  # the undated meeting is only in the table
    assert any(label.startswith("sanction: Russia") and "(2009)" in label for label in labels)


@pytest.mark.parametrize("value, expected", [("2009", "2009-01-01"), ("2009-05", "2009-05-01"),
                                             ("2022-02-07", "2022-02-07"), (None, None), ("soon", None)])
def test_dates_of_any_precision_start_at_their_first_day(value, expected):
    assert charts._date_start(value) == expected


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


def test_interactive_tables_escape_cells_and_load_nothing(art):
    out = charts.table(art.removed)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "http://" not in out and "https://" not in out
    assert "Share on Facebook" in out


def test_empty_tables_are_a_line_of_text(empty):
    assert charts.table(empty.quotes, empty="No quotes.") == '<p class="dossier-note">No quotes.</p>'
    assert charts.table(empty.quotes, empty=None) == ""
    assert "No sanctions content" in charts.positions_summary(empty.positions, empty.actors).replace("no s", "No s")


def test_scripts_carry_the_report_nonce_only_when_one_is_set(art, monkeypatch):
    monkeypatch.delenv(charts.NONCE_ENV, raising=False)
    assert "nonce=" not in charts.table(art.removed)
    monkeypatch.setenv(charts.NONCE_ENV, "abcdefghijklmnop1234")
    out = charts.table(art.removed)
    assert out.count("<script") == out.count('<script nonce="abcdefghijklmnop1234"') > 0
    monkeypatch.setenv(charts.NONCE_ENV, '"><script>')  # not a nonce: ignored
    assert "nonce=" not in charts.table(art.removed)


def test_page_setup_is_offline():
    out = charts.page_setup()
    assert "http://" not in out and "https://" not in out
    assert "<script" in out


def test_meta_table_joins_lists_and_escapes(art):
    out = charts.meta_table(art.meta)
    assert "World; &lt;script&gt;" in out
    assert "Daily &lt;i&gt;Example&lt;/i&gt;" in out


# ---------------------------------------------------------------- views and pure filters

def test_actor_view_sorts_by_mentions_and_joins_aliases(art):
    view = charts.actor_view(art.actors)
    assert list(view.columns) == ["name", "kind", "country", "title", "aliases", "mentions"]
    assert view["name"].iloc[0] == "Russia"
    assert view.set_index("name").loc["United States", "aliases"] == "U.S."


def test_filter_actors_by_kind_country_and_mentions(art):
    view = charts.actor_view(art.actors)
    assert charts.filter_actors(view, kind="person")["name"].tolist() == ["Linda Thomas-Greenfield", "Zhang Jun"]
    assert charts.filter_actors(view, country="CHN", kind="country")["name"].tolist() == ["China"]
    assert charts.filter_actors(view, min_mentions=2)["name"].tolist() == ["Russia"]
    assert charts.filter_actors(view, kind="location").empty


def test_position_view_orders_by_country_states_first(art):
    view = charts.position_view(art.positions, art.actors)
    assert view[["country", "actor", "stance", "period"]].head(4).values.tolist() == [
        ["CHN", "China", "oppose", "current"], ["CHN", "Zhang Jun", "oppose", "current"],
        ["RUS", "Russia", "support", "past"], ["USA", "United States", "support", "current"]]


def test_filter_positions_by_stance_period_and_country(art):
    view = charts.position_view(art.positions, art.actors)
    assert charts.filter_positions(view, stance="support", period="past")["actor"].tolist() == ["Russia"]
    assert charts.filter_positions(view, country="CHN")["actor"].tolist() == ["China", "Zhang Jun"]
    assert len(charts.filter_positions(view)) == len(view)


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


# ---------------------------------------------------------------- widgets wire controls to the filters

def test_actor_filters_refresh_the_table_when_a_control_changes(art):
    box = widgets.actor_filters(art.actors)
    controls, out = box.children[0].children, box.children[1]
    assert "Zhang Jun" in out.value and "Russia" in out.value
    controls[0].value = "person"
    assert "Zhang Jun" in out.value and ">Russia<" not in out.value
    controls[1].value = "USA"
    assert "Linda Thomas-Greenfield" in out.value and "Zhang Jun" not in out.value
    assert _live_markup(out.value) == []


def test_position_filters_refresh_the_table(art):
    box = widgets.position_filters(art.positions, art.actors)
    (stance, period, country), out = box.children[0].children, box.children[1]
    period.value = "past"
    assert ">Russia<" in out.value and "China" not in out.value
    stance.value = "oppose"
    assert "No sanctions position matches" in out.value


def test_widgets_on_empty_frames(empty):
    assert "No actor matches" in widgets.actor_filters(empty.actors).children[1].value
    assert "No sanctions position" in widgets.position_filters(empty.positions, empty.actors).children[1].value
