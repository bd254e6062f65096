"""ipywidgets filters for the notebooks (they need a running kernel, so the HTML reports do without).

Each function wires controls to a pure filter in `dossier.charts` and shows the result as a static
table in an `HTML` widget; no function here computes anything itself or calls `display()`.
"""
from __future__ import annotations

from typing import Callable

import ipywidgets as w
import pandas as pd

from dossier import charts

ANY = "(any)"
LABELS = {"description_width": "initial"}


def _dropdown(label: str, values) -> w.Dropdown:
    return w.Dropdown(options=[ANY, *charts.choices(values)], value=ANY, description=label, style=LABELS)


def _value(control: w.Dropdown) -> str | None:
    return None if control.value == ANY else control.value


def _wire(controls: list[w.Widget], render: Callable[[], str]) -> w.VBox:
    """A box of `controls` over an HTML widget that shows `render()` and refreshes on every change."""
    out = w.HTML(value=render())

    def refresh(_change=None) -> None:
        out.value = render()

    for control in controls:
        control.observe(refresh, names="value")
    return w.VBox([w.HBox(controls), out])


def actor_filters(actors: pd.DataFrame) -> w.VBox:
    """Controls for kind, country and minimum mentions over the actors table."""
    view = charts.actor_view(actors)
    kind = _dropdown("kind", view["kind"])
    country = _dropdown("country", view["country"])
    most = int(view["mentions"].max()) if len(view) else 1
    minimum = w.IntSlider(value=1, min=1, max=max(most, 1), description="min mentions", style=LABELS)
    return _wire([kind, country, minimum], lambda: charts.plain_table(
        charts.filter_actors(view, kind=_value(kind), country=_value(country), min_mentions=minimum.value),
        empty="No actor matches these filters."))


def position_filters(positions: pd.DataFrame, actors: pd.DataFrame) -> w.VBox:
    """Controls for stance, period and country over the sanctions positions table."""
    view = charts.position_view(positions, actors)
    stance = _dropdown("stance", view["stance"])
    period = _dropdown("period", view["period"])
    country = _dropdown("country", view["country"])
    return _wire([stance, period, country], lambda: charts.plain_table(
        charts.filter_positions(view, stance=_value(stance), period=_value(period), country=_value(country)),
        empty="No sanctions position matches these filters."))
