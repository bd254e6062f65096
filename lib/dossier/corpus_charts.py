"""Charts and tables of a corpus (many articles): frames from `dossier.corpus.load` in, figures and HTML out.

Like `dossier.charts`: no function parses, queries the store or calls `display()`; labels from the articles
are escaped. The pure filters (`filter_positions`, `filter_events`) are what the widgets call.
"""
from __future__ import annotations

import base64
import io
from typing import Iterable

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from dossier import charts

KIND_COLOURS = charts.KIND_COLOURS
STANCE_COLOURS = charts.STANCE_COLOURS
STANCE_MARKERS = charts.STANCE_MARKERS
OTHER_COLOUR = charts.OTHER_COLOUR
MEETING_COLOUR = "#e15759"
TOP_ACTORS = 15       # rows of the stance charts
TOP_NETWORK = 30      # actors drawn in the network
TOP_LABELLED = 12     # ... of which labelled
TOP_QUOTED = 15
_LABEL_MAX = 32


# ---------------------------------------------------------------- small helpers

def _label(value: object, limit: int = _LABEL_MAX) -> str:
    """A chart label as the article charts make it (one line, `$` escaped), cut shorter for the corpus charts."""
    return charts._label(value, limit)


def _message(text: str) -> Figure:
    fig = Figure(figsize=(7, 0.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    ax.text(0.5, 0.5, _label(text, 200), ha="center", va="center", color="#555555", transform=ax.transAxes)
    return fig


def _shown(shown: int, total: int, what: str) -> str:
    return f"all {total} {what}" if shown >= total else f"top {shown} of {total} {what}"


def _listed(values: pd.Series) -> pd.Series:
    """Array cells (DuckDB's lists) as Python lists, missing ones as empty lists."""
    return values.map(lambda v: [] if v is None or (isinstance(v, float) and pd.isna(v)) else list(v))


def figure_html(fig: Figure) -> str:
    """A figure as an inline PNG `<img>` (for the widgets, which refresh HTML)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return f'<img alt="chart" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}"/>'


def event_week(events: pd.DataFrame) -> pd.Series:
    """The Monday of each event's week: of its date when known to the day, else of its first report."""
    day = pd.to_datetime(events["date"].where(events["date"].str.len() == 10), errors="coerce")
    when = day.fillna(pd.to_datetime(events["first_published"], errors="coerce"))
    return (when - pd.to_timedelta(when.dt.weekday, unit="D")).dt.normalize()


# ---------------------------------------------------------------- summary and tables

def summary(articles: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame, errors: pd.DataFrame) -> str:
    """One line: articles, outlets and dates; actors and how many recur; events and how many were reported twice."""
    if articles.empty:
        return charts.note("The store holds no article yet.")
    dates = pd.to_datetime(articles["published"], errors="coerce").dropna()
    span = f", published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else ""
    recurring = int((actors["articles"] > 1).sum())
    repeated = int((events["sources"] > 1).sum())
    failed = f" {len(errors)} input(s) could not be read (see the errors table)." if len(errors) else ""
    outlets = articles["outlet"].nunique()
    source = f" from {outlets} outlet{'s' if outlets != 1 else ''}" if outlets else ""
    return charts.note(f"{len(articles)} articles{source}{span}. "
                       f"{len(actors)} actors, {recurring} of them in more than one article. {len(events)} events, "
                       f"{repeated} of them reported by more than one article.{failed}")


def position_table(positions: pd.DataFrame) -> pd.DataFrame:
    """Stances to show: published, outlet, actor, country, stance, period, target, cue, evidence."""
    columns = ["published", "outlet", "actor", "country", "stance", "period", "target", "cue", "evidence"]
    return positions[columns].assign(published=positions["published"].astype(str)).reset_index(drop=True)


def actor_table(actors: pd.DataFrame) -> pd.DataFrame:
    """Actors across articles: name, kind, country, articles, mentions, the names the articles use."""
    view = actors[["name", "kind", "country", "articles", "mentions"]].assign(names=_listed(actors["names"]))
    return view.sort_values(["articles", "mentions", "name"], ascending=[False, False, True],
                            kind="stable").reset_index(drop=True)


def event_table(events: pd.DataFrame) -> pd.DataFrame:
    """Events across articles: date, kind, participants (names), sources, location, first reported."""
    return pd.DataFrame({"date": events["date"], "kind": events["kind"],
                         "participants": _listed(events["participant_names"]),
                         "sources": events["sources"], "location": events["location"],
                         "first reported": events["first_published"].astype(str)}).reset_index(drop=True)


# ---------------------------------------------------------------- pure filters (the widgets call these)

def filter_positions(positions: pd.DataFrame, *, start=None, end=None, actor: str | None = None,
                     country: str | None = None, kind: str | None = None, stance: str | None = None) -> pd.DataFrame:
    """The positions published from `start` to `end` (dates, inclusive) by that actor, country, kind and stance."""
    keep = _between(positions["published"], start, end)
    for column, value in (("actor", actor), ("country", country), ("kind", kind), ("stance", stance)):
        if value:
            keep &= positions[column] == value
    return positions[keep].reset_index(drop=True)


def filter_events(events: pd.DataFrame, *, start=None, end=None, kind: str | None = None,
                  actor: str | None = None, country: str | None = None, actors: pd.DataFrame | None = None
                  ) -> pd.DataFrame:
    """The events of weeks from `start` to `end`, of that kind, with that participant (name) or country."""
    keep = _between(event_week(events), start, end)
    if kind:
        keep &= events["kind"] == kind
    if actor:
        keep &= events["participant_names"].map(lambda names: names is not None and actor in list(names))
    if country and actors is not None:
        ids = set(actors.loc[actors["country"] == country, "corpus_actor_id"])
        keep &= events["participants"].map(lambda who: who is not None and bool(ids & set(who)))
    return events[keep].reset_index(drop=True)


def _between(dates: pd.Series, start, end) -> pd.Series:
    when = pd.to_datetime(dates, errors="coerce")
    keep = pd.Series(True, index=dates.index)
    if start is not None:
        keep &= when >= pd.Timestamp(start)
    if end is not None:
        keep &= when <= pd.Timestamp(end)
    return keep


def choices(values: Iterable) -> list[str]:
    """The distinct values, sorted, without missing ones: a filter's options."""
    return sorted({str(v) for v in values if v is not None and not pd.isna(v)})


# ---------------------------------------------------------------- stances

def _top_actors(positions: pd.DataFrame, top: int) -> list[str]:
    counts = positions.groupby("actor").size().sort_values(ascending=False, kind="stable")
    return sorted(counts.index[:top], key=lambda a: (-counts[a], a))


def stances_over_time(positions: pd.DataFrame, *, top: int = TOP_ACTORS) -> Figure:
    """Each actor's stances by publication date: ▲ support, ▼ oppose; filled current, hollow past."""
    if positions.empty:
        return _message("No stance on sanctions in this corpus.")
    actors = _top_actors(positions, top)
    shown = positions[positions["actor"].isin(actors)].assign(when=pd.to_datetime(positions["published"]))
    row = {a: i for i, a in enumerate(actors)}
    fig = Figure(figsize=(9, 0.4 * len(actors) + 1.6), layout="constrained")
    ax = fig.subplots()
    for (stance, period), part in shown.groupby(["stance", "period"]):
        colour = STANCE_COLOURS.get(stance, OTHER_COLOUR)
        ax.scatter(part["when"], part["actor"].map(row), marker=STANCE_MARKERS.get(stance, "o"), s=90,
                   facecolors=colour if period == "current" else "none", edgecolors=colour, linewidths=1.5,
                   zorder=3)
    ax.set_yticks(range(len(actors)), [_label(a) for a in actors])
    ax.invert_yaxis()
    ax.grid(alpha=0.3)
    ax.set_xlabel("publication date")
    ax.legend(handles=_stance_legend(), loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    ax.set_title(f"Stances on sanctions over time ({_shown(len(actors), positions['actor'].nunique(), 'actors')})",
                 loc="left")
    return fig


def _stance_legend() -> list[Line2D]:
    return [Line2D([], [], ls="", marker=STANCE_MARKERS[s], markerfacecolor=fill, markeredgecolor=c, color=c,
                   markersize=9, label=f"{s} ({period})")
            for s, c in STANCE_COLOURS.items() for period, fill in (("current", c), ("past", "none"))]


def stance_matrix(positions: pd.DataFrame, *, top: int = TOP_ACTORS) -> Figure:
    """Actor by target: how many stances support minus how many oppose sanctions on that target."""
    targeted = positions.dropna(subset=["target"])
    if targeted.empty:
        return _message("No stance on sanctions names its target in this corpus.")
    actors = _top_actors(targeted, top)
    targets = _top_actors(targeted.rename(columns={"actor": "a", "target": "actor"}), top)
    sign = targeted["stance"].map({"support": 1, "oppose": -1}).fillna(0)
    grid = targeted.assign(sign=sign).pivot_table(index="actor", columns="target", values="sign", aggfunc="sum",
                                                  fill_value=0).reindex(index=actors, columns=targets, fill_value=0)
    fig = Figure(figsize=(0.55 * len(targets) + 4, 0.4 * len(actors) + 2), layout="constrained")
    ax = fig.subplots()
    limit = max(1, int(abs(grid.to_numpy()).max()))
    image = ax.imshow(grid.to_numpy(), cmap="RdBu", vmin=-limit, vmax=limit, aspect="auto")
    ax.set_xticks(range(len(targets)), [_label(t, 24) for t in targets], rotation=50, ha="right")
    ax.set_yticks(range(len(actors)), [_label(a) for a in actors])
    for (i, j), value in pd.DataFrame(grid.to_numpy()).stack().items():
        if value:
            ax.text(j, i, f"{int(value):+d}", ha="center", va="center", fontsize=8,
                    color="white" if abs(value) > limit / 2 else "#222")
    fig.colorbar(image, ax=ax, shrink=0.6, label="support − oppose")
    ax.set_title("Who stands where on sanctions against whom", loc="left")
    return fig


# ---------------------------------------------------------------- network, quotes, events

def network(cooccurrence: pd.DataFrame, meetings: pd.DataFrame, actors: pd.DataFrame, *, top: int = TOP_NETWORK):
    """A networkx graph of the `top` most connected actors: edges weighted by shared sentences plus meetings."""
    import networkx as nx
    graph = nx.Graph()
    for pairs, column in ((cooccurrence, "sentences"), (meetings, "meetings")):
        for a, b, n in zip(pairs["actor_a"], pairs["actor_b"], pairs[column]):
            data = {"sentences": 0, "meetings": 0, **graph.get_edge_data(a, b, {})}
            data[column] += int(n)
            data["weight"] = data["sentences"] + data["meetings"]
            graph.add_edge(a, b, **data)
    strength = dict(graph.degree(weight="weight"))
    keep = sorted(strength, key=lambda n: (-strength[n], n))[:top]
    info = actors.set_index("corpus_actor_id")
    sub = nx.Graph(graph.subgraph(keep))
    for node in sub:
        sub.nodes[node].update(name=info["name"].get(node, node), kind=info["kind"].get(node),
                               strength=strength[node])
    return sub


def actor_network(cooccurrence: pd.DataFrame, meetings: pd.DataFrame, actors: pd.DataFrame, *,
                  top: int = TOP_NETWORK, labelled: int = TOP_LABELLED) -> Figure:
    """The actor network: who is mentioned with whom and who met whom, the most connected labelled."""
    import networkx as nx
    graph = network(cooccurrence, meetings, actors, top=top)
    if graph.number_of_edges() == 0:
        return _message("No two actors share a sentence or a meeting in this corpus.")
    nodes = sorted(graph.nodes)
    where = nx.spring_layout(graph, seed=7, weight="weight", k=1.5 / max(len(nodes), 1) ** 0.5)
    fig = Figure(figsize=(10, 8), layout="constrained")
    ax = fig.subplots()
    heaviest = max(d["weight"] for _, _, d in graph.edges(data=True))
    for a, b, d in sorted(graph.edges(data=True)):
        ax.plot(*zip(where[a], where[b]), color=MEETING_COLOUR if d["meetings"] else "#bbbbbb",
                linewidth=0.5 + 4 * d["weight"] / heaviest, alpha=0.7, zorder=1)
    strength = [graph.nodes[n]["strength"] for n in nodes]
    ax.scatter([where[n][0] for n in nodes], [where[n][1] for n in nodes], zorder=2,
               s=[40 + 400 * s / max(strength) for s in strength],
               c=[KIND_COLOURS.get(str(graph.nodes[n]["kind"]), OTHER_COLOUR) for n in nodes])
    for n in sorted(nodes, key=lambda n: (-graph.nodes[n]["strength"], n))[:labelled]:
        ax.annotate(_label(graph.nodes[n]["name"], 24), where[n], fontsize=8, ha="center", va="bottom",
                    xytext=(0, 6), textcoords="offset points", zorder=3)
    ax.axis("off")
    ax.legend(handles=[Patch(color=c, label=k) for k, c in KIND_COLOURS.items()] +
              [Line2D([], [], color=MEETING_COLOUR, label="met"), Line2D([], [], color="#bbbbbb",
                                                                         label="same sentence")],
              loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    ax.set_title(f"The actor network ({len(nodes)} most connected; the {labelled} most connected named)", loc="left")
    return fig


def quoted_most(quotes: pd.DataFrame, *, top: int = TOP_QUOTED) -> Figure:
    """Bars: the actors quoted most across the corpus, with the number of outlets quoting them."""
    named = quotes.dropna(subset=["corpus_actor_id"])
    if named.empty:
        return _message("No quote in this corpus is attributed to a known actor.")
    counts = named.groupby("speaker").agg(quotes=("text", "size"), outlets=("outlet", "nunique"))
    counts = counts.sort_values(["quotes", "outlets"], ascending=False, kind="stable").head(top).iloc[::-1]
    fig = Figure(figsize=(8, 0.32 * len(counts) + 1.3), layout="constrained")
    ax = fig.subplots()
    ax.barh(range(len(counts)), counts["quotes"], color="#4e79a7")
    ax.set_yticks(range(len(counts)), [_label(s) for s in counts.index])
    for i, (n, outlets) in enumerate(zip(counts["quotes"], counts["outlets"])):
        ax.text(n, i, f"  {outlets} outlet{'s' if outlets != 1 else ''}", va="center", fontsize=8, color="#555")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("quotes")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(f"Who is quoted most ({_shown(len(counts), named['speaker'].nunique(), 'speakers')})", loc="left")
    return fig


def events_per_week(events: pd.DataFrame) -> Figure:
    """Stacked bars: events per week by kind (an event merged from several reports counts once)."""
    if events.empty:
        return _message("No events in this corpus.")
    weeks = events.assign(week=event_week(events)).dropna(subset=["week"])
    if weeks.empty:
        return _message("No event in this corpus has a date or a publication date.")
    counts = weeks.groupby(["week", "kind"]).size().unstack(fill_value=0)
    kinds = counts.sum().sort_values(ascending=False, kind="stable").index
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.subplots()
    palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]
    charts.stack(ax, counts.index, counts[kinds], palette, label_width=20, width=6)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("events")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Events per week (by the event's day where known, else its first report)", loc="left")
    return fig
