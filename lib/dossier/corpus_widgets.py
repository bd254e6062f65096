"""ipywidgets filters for the corpus notebook (they need a running kernel; the HTML report shows the full tables).

Each function wires controls to a pure filter in `dossier.corpus_charts` and shows the filtered chart and table
in an `HTML` widget; nothing here computes anything itself or calls `display()`.
"""
from __future__ import annotations

from typing import Callable

import ipywidgets as w
import pandas as pd

from dossier import corpus_charts as cc

ANY = "(any)"
STYLE = {"description_width": "initial"}


def _dropdown(label: str, values) -> w.Dropdown:
    return w.Dropdown(options=[ANY, *cc.choices(values)], value=ANY, description=label, style=STYLE)


def _value(control: w.Dropdown) -> str | None:
    return None if control.value == ANY else control.value


def _dates(label: str, dates: pd.Series) -> w.SelectionRangeSlider:
    """A range slider over the months the dates fall in (the whole range selected)."""
    months = sorted({d.to_period("M") for d in pd.to_datetime(dates, errors="coerce").dropna()}) or \
        [pd.Timestamp("1970-01-01").to_period("M")]
    options = [(str(m), m) for m in months]
    return w.SelectionRangeSlider(options=options, index=(0, len(options) - 1), description=label, style=STYLE,
                                  layout=w.Layout(width="32em"))


def _range(slider: w.SelectionRangeSlider) -> tuple:
    first, last = slider.value
    return first.start_time, last.end_time


def _table(df: pd.DataFrame, empty: str) -> str:
    if df.empty:
        return f"<p>{empty}</p>"
    shown = df.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return shown.to_html(index=False, escape=True, border=0, justify="left", max_rows=200)


def _wire(rows: list[list[w.Widget]], render: Callable[[], str]) -> w.VBox:
    out = w.HTML(value=render())

    def refresh(_change=None) -> None:
        out.value = render()

    for row in rows:
        for control in row:
            control.observe(refresh, names="value")
    return w.VBox([*(w.HBox(row) for row in rows), out])


def position_filters(positions: pd.DataFrame) -> w.VBox:
    """Date range (publication), actor, country, kind and stance over the stances chart and table."""
    dates = _dates("published", positions["published"])
    actor, country = _dropdown("actor", positions["actor"]), _dropdown("country", positions["country"])
    kind, stance = _dropdown("kind", positions["kind"]), _dropdown("stance", positions["stance"])

    def render() -> str:
        start, end = _range(dates)
        shown = cc.filter_positions(positions, start=start, end=end, actor=_value(actor), country=_value(country),
                                    kind=_value(kind), stance=_value(stance))
        if shown.empty:
            return "<p>No stance matches these filters.</p>"
        return cc.figure_html(cc.stances_over_time(shown)) + _table(cc.position_table(shown), "")
    return _wire([[dates], [actor, country, kind, stance]], render)


def event_filters(events: pd.DataFrame, actors: pd.DataFrame) -> w.VBox:
    """Date range (week), event kind, participant and country over the events chart and table."""
    dates = _dates("week", cc.event_week(events))
    kind = _dropdown("kind", events["kind"])
    names = [n for names in events["participant_names"].dropna() for n in names]
    actor, country = _dropdown("actor", names), _dropdown("country", actors["country"])

    def render() -> str:
        start, end = _range(dates)
        shown = cc.filter_events(events, start=start, end=end, kind=_value(kind), actor=_value(actor),
                                 country=_value(country), actors=actors)
        if shown.empty:
            return "<p>No event matches these filters.</p>"
        return cc.figure_html(cc.events_per_week(shown)) + _table(cc.event_table(shown), "")
    return _wire([[dates], [kind, actor, country]], render)
