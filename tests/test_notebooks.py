"""The report notebooks: their shape (thin, parameterised, committed without outputs), and, nbval-style,
that each runs top to bottom on the seed, with assertions on what it shows."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

from dossier import report

NOTEBOOKS = report.NOTEBOOKS_DIR
NAMES = list(report.NOTEBOOKS)
SEED_DEFAULT = "../seeds/2022-02-09_joongang_north-russia-strategic-cooperation.txt"

NO_SANCTIONS = """Japan and Australia sign cultural exchange pact

By Ann Lee

TOKYO — Japan and Australia on Monday signed an agreement to expand student and artist exchanges, \
the Japanese Foreign Ministry said in a statement on Tuesday.

Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister Penny Wong met in Tokyo to \
discuss the program, which will fund two thousand scholarships over the next five years.

"Our peoples learn most from each other when they meet," Wong told reporters after the meeting, adding \
that the first students would travel in September.

The two countries also agreed to hold a joint film festival in Sydney next spring and to open a \
language center in Osaka, according to the statement.
"""


def _notebook(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


def _tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def _python(source: str) -> str:
    """A code cell's source without IPython magics."""
    return "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))


# ---------------------------------------------------------------- shape

@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs(name):
    for cell in _notebook(name).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source


@pytest.mark.parametrize("name", NAMES)
def test_notebook_opens_with_its_question_a_hidden_setup_and_parameters(name):
    cells = _notebook(name).cells
    assert cells[0].cell_type == "markdown" and cells[0].source.startswith("# ")
    assert "**Question:**" in cells[0].source
    assert "hide" in _tags(cells[1]) and "import" in cells[1].source
    params = cells[2]
    assert _tags(params) == ["parameters"]
    assigned = {t.id: ast.literal_eval(node.value) for node in ast.parse(params.source).body
                for t in node.targets}
    assert assigned == {"ARTICLE": SEED_DEFAULT, "PUBLISHED": "2022-02-09"}
    assert (NOTEBOOKS / SEED_DEFAULT).resolve().is_file()


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_thin(name):
    """No def or class; after the setup, every code cell is one line calling into dossier."""
    cells = _notebook(name).cells
    for cell in cells:
        if cell.cell_type == "code":
            tree = ast.parse(_python(cell.source))
            assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                      ast.ClassDef, ast.Lambda))], cell.source
    for cell in cells[3:]:
        if cell.cell_type == "code":
            assert len(cell.source.strip().splitlines()) == 1, cell.source
            assert re.search(r"\b(charts|widgets|report)\.", cell.source), cell.source


@pytest.mark.parametrize("name, explorer", [("02_actors", "actor_explorer"), ("04_positions", "position_explorer")])
def test_the_explorers_are_the_chart_and_table_cells(name, explorer):
    """One cell shows the chart and its table, with filters in a kernel; the report keeps it (as the static
    chart and table), so no second copy of either is needed."""
    cells = [c for c in _notebook(name).cells if c.cell_type == "code" and "widgets." in c.source]
    assert [c.source.split("(")[0] for c in cells] == [f"widgets.{explorer}"]
    assert not set(_tags(cells[0])) & set(report.REMOVED_CELL_TAGS)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_carries_the_language_info_a_kernel_reports(name):
    """JupyterLab writes the kernel's language_info into a notebook that lacks it, marking it modified on opening."""
    from ipykernel.ipkernel import IPythonKernel
    reported = IPythonKernel.language_info
    committed = _notebook(name).metadata["language_info"]
    assert {k: v for k, v in committed.items() if k != "version"} == {k: v for k, v in reported.items()
                                                                      if k != "version"}
    assert committed["version"].split(".")[:2] == [str(v) for v in __import__("sys").version_info[:2]]


# ---------------------------------------------------------------- running top to bottom (nbval-style)

def _run(name: str, out: Path, parameters: dict | None = None) -> nbformat.NotebookNode:
    import papermill
    return papermill.execute_notebook(
        str(NOTEBOOKS / f"{name}.ipynb"), str(out / f"{name}.ipynb"), parameters=parameters or {},
        kernel_name=report.kernel_name(), cwd=str(NOTEBOOKS), progress_bar=False,
        execution_timeout=report.EXECUTION_TIMEOUT, kernel_manager_class=report._quiet_kernel_manager())


def _shown(nb: nbformat.NotebookNode) -> str:
    """Everything the notebook shows: its outputs' HTML and plain text."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts += [data.get("text/html", ""), data.get("text/plain", ""), output.get("text", "")]
    return "\n".join(parts)


def _errors(nb: nbformat.NotebookNode) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells for o in c.get("outputs", [])
            if o.get("output_type") == "error"]


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> dict[str, nbformat.NotebookNode]:
    """Every notebook run as committed: its default parameters, from notebooks/."""
    out = tmp_path_factory.mktemp("ran")
    return {name: _run(name, out) for name in NAMES}


slow = pytest.mark.slow  # these run the notebooks


@slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom_on_the_seed(ran, name):
    nb = ran[name]
    assert _errors(nb) == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


@slow
def test_article_notebook_shows_metadata_highlighted_text_and_boilerplate(ran):
    shown = _shown(ran["01_article"])
    assert "Korea JoongAng Daily" in shown and "Michael Lee" in shown
    assert re.search(r'<mark class="dossier-ent" data-kind="person" title="Dmitry Polyanskiy', shown)
    assert re.search(r'data-kind="country" title="North Korea[^"]*"[^>]*>Pyongyang<', shown)
    assert "print dictionary print" in shown  # in the removed table
    assert "Log in to Twitter" in shown


@slow
def test_actors_notebook_shows_the_ambassadors_with_titles_and_countries(ran):
    shown = _shown(ran["02_actors"])
    for name, country in (("Dmitry Polyanskiy", "RUS"), ("Zhang Jun", "CHN"), ("Linda Thomas-Greenfield", "USA")):
        assert f"<td>{name}</td><td>person</td><td>{country}</td>" in shown, name
    assert 'alt="Who appears, and how often' in shown  # the bar chart, in the explorer's static view


@slow
def test_mentions_notebook_shows_strip_heatmap_and_pairs(ran):
    nb = ran["03_mentions"]
    pngs = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(pngs) == 2
    assert re.search(r"<td>(Russia</td><td>North Korea|North Korea</td><td>Russia)</td><td[^>]*>\d+</td>", _shown(nb))


@slow
def test_positions_notebook_shows_who_opposes_and_supports(ran):
    shown = _shown(ran["04_positions"])
    assert "take a stance on sanctions" in shown
    assert re.search(r"oppose \(current\): [^;]*Dmitry Polyanskiy", shown)
    assert re.search(r"oppose \(current\): [^;]*Zhang Jun", shown)
    assert re.search(r"support \(current\): [^;]*Linda Thomas-Greenfield", shown)
    assert re.search(r"support \(past\): [^;]*Russia", shown)
    assert "The number one barrier" in shown  # a quote
    assert "2022-02-07" in shown  # the Monday meeting, resolved


@slow
def test_positions_notebook_on_an_article_without_sanctions(tmp_path):
    article = tmp_path / "2024-05-06_example_japan-australia-exchange.txt"
    article.write_text(NO_SANCTIONS, encoding="utf-8")
    nb = _run("04_positions", tmp_path, {"ARTICLE": str(article), "PUBLISHED": "2024-05-07"})
    assert _errors(nb) == []
    assert "This article has no sanctions content" in _shown(nb)
