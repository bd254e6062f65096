"""ipywidgets explorers for the notebooks: controls above a chart and its table, which they filter in place.

Each explorer wires controls to a pure filter in `dossier.charts` and redraws the chart and the table with
the `dossier.charts` functions; nothing here computes anything itself or calls `display()`. Shown where no
kernel runs (an HTML report, a notebook viewer), an explorer is its unfiltered chart and table as static HTML.
"""
from __future__ import annotations

from typing import Callable

import ipywidgets as w
import pandas as pd
from matplotlib.figure import Figure

from dossier import charts

ANY = "(any)"
LABELS = {"description_width": "initial"}
Drawing = Callable[[], "tuple[Figure, str]"]  # () -> (chart, table HTML)


class Explorer(w.VBox):
    """Controls over a chart and a table; every change of a control redraws both in place."""

    def __init__(self, controls: list[w.Widget], draw: Drawing) -> None:
        self._draw = draw
        self.chart, self.table = w.Output(), w.Output()
        super().__init__([w.HBox(controls), self.chart, self.table])
        self._static = self.refresh()
        for control in controls:
            control.observe(self.refresh, names="value")

    def refresh(self, _change=None) -> str:
        """Redraws the chart and the table from the controls' values; returns them as static HTML."""
        fig, table_html = self._draw()
        image = charts.svg(fig)
        self.chart.outputs = (_output({"image/svg+xml": image, "text/plain": "chart"}),)
        self.table.outputs = (_output({"text/html": table_html, "text/plain": "table"}),)
        return charts.svg_html(image, charts.figure_title(fig)) + table_html

    def _repr_mimebundle_(self, **kwargs) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        return {**bundle, "text/html": self._static}


def _output(data: dict) -> dict:
    return {"output_type": "display_data", "data": data, "metadata": {}}


def _dropdown(label: str, options: list) -> w.Dropdown:
    return w.Dropdown(options=[(ANY, ANY), *options], value=ANY, description=label, style=LABELS)


def _plain(values) -> list[tuple[str, str]]:
    return [(v, v) for v in charts.choices(values)]


def _value(control: w.Dropdown) -> str | None:
    return None if control.value == ANY else control.value


def actor_explorer(actors: pd.DataFrame, *, keep=()) -> Explorer:
    """Kind, country (by name, and "(no country)") and minimum mentions over the actors' chart and table;
    `keep`: ids the chart shows even outside its top (those who take a stance)."""
    kind = _dropdown("kind", _plain(actors["kind"]))
    country = _dropdown("country", charts.country_choices(actors["country"]))
    most = int(actors["mentions"].max()) if len(actors) else 1
    minimum = w.IntSlider(value=1, min=1, max=max(most, 1), description="min mentions", style=LABELS)

    def draw() -> tuple[Figure, str]:
        shown = charts.filter_actors(actors, kind=_value(kind), country=_value(country), min_mentions=minimum.value)
        empty = "No actor matches these filters." if len(actors) else "No actors were found in this article."
        return (charts.actor_counts(shown, keep=keep, empty=empty),
                charts.table(charts.actor_view(shown), empty=empty, page_length=50))
    return Explorer([kind, country, minimum], draw)


def position_explorer(positions: pd.DataFrame, actors: pd.DataFrame) -> Explorer:
    """Stance, period and country (by name, and "(no country)") over the sanctions positions' chart and table."""
    stance = _dropdown("stance", _plain(positions["stance"]))
    period = _dropdown("period", _plain(positions["period"]))
    holders = positions["actor_id"].map(actors.set_index("actor_id")["country"])
    country = _dropdown("country", charts.country_choices(holders))

    def draw() -> tuple[Figure, str]:
        shown = charts.filter_positions(positions, actors, stance=_value(stance), period=_value(period),
                                        country=_value(country))
        empty = ("No sanctions position matches these filters." if len(positions)
                 else "No sanctions positions in this article.")
        return (charts.stance_chart(shown, actors, empty=empty),
                charts.table(charts.position_view(shown, actors), empty=empty))
    return Explorer([stance, period, country], draw)
