"""The reports and notebooks in a real browser (headless Debian Chromium through Playwright).

Report pages are opened offline: every request other than file:// is aborted and counted. The notebooks are
opened in a JupyterLab started with `make lab` on a copy of notebooks/ (so that nothing is saved into the
repository), and stopped at the end. Run .ci/install-browser first; set DOSSIER_SKIP_BROWSER=1 to skip."""
from __future__ import annotations

import base64
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

from test_report import PWNED, ROOT, SEED, malicious_reports, seed_report

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
NOTEBOOKS = ["01_article", "02_actors", "03_mentions", "04_positions"]
LAB_TOKEN = "dossier-test"


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("DOSSIER_SKIP_BROWSER"):
        pytest.skip("DOSSIER_SKIP_BROWSER is set")
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run .ci/install-browser")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One offline page: what it tried to fetch, what it logged, which dialogs it opened."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1200, "height": 900}, service_workers="block")
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        self.wait_for_tables()
        return self.page

    def wait_for_tables(self) -> None:
        tables = self.page.locator("table[data-dt-options]").count()
        wait_until(self.page, f"document.querySelectorAll('table.dataTable').length >= {tables}")
        self.page.wait_for_timeout(200)


def wait_until(page, expression: str, arg=None, timeout: float = 30) -> None:
    """Polls `expression` (a function of `arg`) in the page until it is true. Playwright's own wait_for_function
    compiles its predicate with eval, which the report's Content-Security-Policy rightly forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"(arg) => ({expression})", arg):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        page.wait_for_timeout(100)


@pytest.fixture()
def visit(browser):
    v = Visit(browser)
    yield v
    v.context.close()


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Path:
    return seed_report(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def malicious(tmp_path_factory) -> list[Path]:
    return malicious_reports(tmp_path_factory.getbasetemp())


def _actors_table(page):
    return page.locator("#actors ~ div table.dataTable").first


def _rows(table) -> list[str]:
    return table.locator("tbody tr").all_inner_texts()


# ---------------------------------------------------------------- the report page

def test_the_report_works_offline_without_errors(visit, seed):
    page = visit.open(seed)
    assert page.locator("table.dataTable").count() == page.locator("table.dossier-table").count() >= 5
    images = page.locator("img.dossier-chart")
    assert images.count() == 6
    assert all(images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0") for i in range(images.count()))
    assert "ipywidgets" in page.inner_text("header")
    assert visit.outside == [] and visit.console_errors == []


def test_the_menu_leads_to_each_section(visit, seed):
    page = visit.open(seed)
    for label, section in (("Positions", "positions"), ("Mentions", "mentions"), ("Actors", "actors")):
        page.locator("nav.dossier-nav a", has_text=label).click()
        page.wait_for_timeout(300)
        assert page.evaluate("location.hash") == f"#{section}"
        top = page.locator(f"#{section}").evaluate("el => el.getBoundingClientRect().top")
        nav = page.locator("nav.dossier-nav").evaluate("el => el.getBoundingClientRect().bottom")
        assert nav - 2 <= top <= nav + 80, (section, top, nav)  # just under the menu, which stays in view


def test_the_actors_table_filters_by_search_and_sorts_by_a_column(visit, seed):
    page = visit.open(seed)
    table = _actors_table(page)
    rows = _rows(table)
    for name in ("Dmitry Polyanskiy", "Zhang Jun", "Linda Thomas-Greenfield"):
        assert any(name in row for row in rows), name
    table.locator("thead th", has_text="name").click()
    page.wait_for_timeout(200)
    names = [row.split("\t")[0] for row in _rows(table)]
    assert names == sorted(names, key=str.lower)
    page.locator("#actors ~ div div.dt-container").first.locator("input[type=search]").fill("China")
    page.wait_for_timeout(300)
    narrowed = _rows(table)
    assert 0 < len(narrowed) < len(rows) and all("china" in row.lower() for row in narrowed)


def test_charts_show_at_their_natural_size_and_say_what_they_cut(visit, seed):
    page = visit.open(seed)
    images = page.locator("img.dossier-chart")
    for i in range(images.count()):
        shown, natural = images.nth(i).evaluate("img => [img.width, img.naturalWidth]")
        assert shown == natural, images.nth(i).get_attribute("alt")  # never shrunk: 10 pt stays 13 px
    alts = [images.nth(i).get_attribute("alt") for i in range(images.count())]
    assert any("top 30 of 34 actors" in alt for alt in alts)
    assert any(alt.startswith("Events with resolved dates\nthe time axis breaks") for alt in alts)


def test_the_source_is_named_by_its_file_name(visit, seed):
    page = visit.open(seed)
    source = page.locator("table.dossier-meta tr", has_text="source").locator("td").inner_text()
    assert source == SEED.name


def test_the_index_and_the_all_reports_link_lead_to_each_other(visit, seed):
    page = visit.open(seed.parent / "index.html")
    assert page.locator("tbody tr").count() >= 1
    page.locator(f"a[href='./{SEED.stem}.html']").click()
    page.wait_for_load_state("load")
    assert unquote(page.url).endswith(f"/{SEED.stem}.html")
    assert "North agrees to increase" in page.title()
    page.locator("nav.dossier-nav a", has_text="All reports").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/index.html") and page.title() == "dossier reports"
    assert visit.outside == [] and visit.console_errors == []


def test_a_malicious_articles_report_runs_none_of_its_scripts(visit, malicious):
    for path in malicious:
        page = visit.open(path)
        page.mouse.move(300, 300)
        for mark in page.locator("mark.dossier-ent").all()[:5]:
            mark.hover()
        page.locator("table.dataTable").first.locator("thead th").first.click()
        assert page.evaluate(f"typeof window.{PWNED}") == "undefined", path.name
        assert page.locator("a[href^='javascript:' i]").count() == 0
        assert page.locator("[onerror], [onload], [onclick], [onmouseover]").count() == 0
    assert visit.dialogs == [] and visit.outside == [] and visit.console_errors == []


# ---------------------------------------------------------------- PDF

def test_the_pdf_holds_the_whole_report_with_every_row(tmp_path, seed):
    from dossier import report
    page = report.report_article(SEED, published="2022-02-09", out_dir=tmp_path / "out", pdf=True)
    pdf = page.with_suffix(".pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "North agrees to increase" in text and "Positions on sanctions" in text
    actors = ("Dmitry Polyanskiy", "Linda Thomas-Greenfield", "Korean Central News Agency", "Arctic", "Mali")
    assert all(name in text for name in actors)  # the actors table whole, not its first page of 10
    assert "Search:" not in text and "entries per page" not in text  # no table controls on paper
    assert f'href="./{SEED.stem}.pdf"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- the notebooks in JupyterLab

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory, browser):
    """`make lab` on a copy of notebooks/ (seeds/ beside it, as the notebooks' default article expects); yields the
    base URL; stops JupyterLab (the process group this fixture started) at the end."""
    work = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", work / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (work / "seeds").symlink_to(ROOT / "seeds")
    port = _free_port()
    args = (f"--no-browser --port={port} --ServerApp.ip=127.0.0.1 --ServerApp.token={LAB_TOKEN} "
            "--LabApp.expose_app_in_browser=True --LabApp.news_url=None")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(work / "config"), "JUPYTER_RUNTIME_DIR": str(work / "runtime")}
    log = (work / "lab.log").open("w")
    proc = subprocess.Popen(["make", "-s", "lab", f"LAB_DIR={work / 'notebooks'}", f"LAB_ARGS={args}"], cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert proc.poll() is None and time.monotonic() < deadline, (work / "lab.log").read_text()
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}", work / "notebooks"
    finally:
        _stop(proc, runtime=work / "runtime")
        log.close()


def _stop(proc: subprocess.Popen, *, runtime: Path, timeout: float = 30) -> None:
    """Stops what the fixture started: the process group of `make lab` (JupyterLab shuts its kernels down on
    SIGTERM), then any kernel still running from this JupyterLab's runtime folder (kernels run in sessions of
    their own), each by its process id."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)  # make, reaped
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + timeout
    while _alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(proc.pid):
        os.killpg(proc.pid, signal.SIGKILL)
    for pid in _started_from(runtime):
        os.kill(pid, signal.SIGKILL)


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _started_from(runtime: Path) -> list[int]:
    """Processes whose command line names `runtime` (the kernels of the JupyterLab this module started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(runtime).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _open_notebook(browser, lab, name: str):
    base, _ = lab
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    page = context.new_page()
    page.goto(f"{base}/lab/tree/{name}.ipynb?token={LAB_TOKEN}&reset")
    page.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
    wait_until(page, "[...document.querySelectorAll('.jp-StatusBar-TextItem')]"
                     ".some(e => e.textContent.includes('| Idle'))", timeout=90)
    return context, page


def _dirty(page) -> int:
    return page.locator(".lm-TabBar-tab.jp-mod-dirty").count()


def test_the_notebooks_open_unmodified(browser, lab):
    """Each opened in turn in one JupyterLab page: once its kernel has reported its language_info (which
    JupyterLab writes into a notebook that lacks it), it is not marked modified."""
    context, page = _open_notebook(browser, lab, NOTEBOOKS[0])
    try:
        for n, name in enumerate(NOTEBOOKS):
            if n:
                page.evaluate(f"window.jupyterapp.commands.execute('docmanager:open', {{path: '{name}.ipynb'}})")
            wait_until(page, "(() => { const panel = window.jupyterapp.shell.currentWidget;"
                             " return panel?.context?.path === arg"
                             " && panel.sessionContext?.kernelDisplayStatus === 'idle'; })()",
                       f"{name}.ipynb", timeout=120)
            page.wait_for_timeout(1000)  # the kernel's info has arrived: JupyterLab would have written it by now
            assert _dirty(page) == 0, name
        assert len(page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab").all()) == len(NOTEBOOKS)
    finally:
        context.close()


def _explorer_state(page) -> dict:
    """The explorer's output areas as they stand: chart images (SVG text), table rows, and how many tables the
    whole notebook shows."""
    outputs = page.locator(".jp-OutputArea-output .widget-vbox").first.locator(".widget-output")
    sources = outputs.nth(0).locator("img").evaluate_all("imgs => imgs.map(i => i.src)")
    charts = [base64.b64decode(src.split(",", 1)[1]).decode("utf-8") if ";base64," in src
              else unquote(src.split(",", 1)[1]) for src in sources]
    table = outputs.nth(1).locator("table.dataTable")
    return {"sources": sources, "charts": charts, "rows": _rows(table) if table.count() else [],
            "styled": table.count(), "tables": page.locator(".jp-Notebook table.dossier-table").count()}


def _control(page, name: str):
    """The <select> of the explorer's dropdown labelled `name`."""
    label = page.locator("label.widget-label", has_text=re.compile(f"^{re.escape(name)}$"))
    return page.locator(".widget-dropdown").filter(has=label).locator("select")


def _options(select) -> list[str]:
    return [o.replace("\xa0", " ") for o in select.locator("option").all_inner_texts()]  # widgets write nbsp


def _choose(page, control: str, label: str, before: dict) -> dict:
    """Chooses `label` in the explorer's `control`, waits for the chart to be redrawn; the new state."""
    select = _control(page, control)
    select.select_option(index=_options(select).index(label))
    wait_until(page, "document.querySelector('.widget-vbox .widget-output img')?.src !== arg",
               before["sources"][0], timeout=60)
    wait_until(page, "[...document.querySelectorAll('.widget-vbox .widget-output')].slice(1, 2)"
                     ".some(o => o.querySelector('table.dataTable, p.dossier-note'))")
    page.wait_for_timeout(300)
    return _explorer_state(page)


def test_the_actor_explorer_filters_its_chart_and_table_in_place(browser, lab):
    context, page = _open_notebook(browser, lab, "02_actors")
    try:
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_selector(".widget-vbox .widget-output table.dataTable", timeout=120_000)
        page.wait_for_timeout(500)
        before = _explorer_state(page)
        assert len(before["charts"]) == 1 and before["styled"] == 1  # a DataTable, not an unstyled copy
        first_cell = page.locator(".widget-vbox .widget-output table.dataTable tbody td").first
        assert first_cell.evaluate("td => getComputedStyle(td).textAlign") == "left"  # not JupyterLab's right
        assert "Russia" in before["charts"][0] and any("Russia" in r for r in before["rows"])
        options = _options(_control(page, "country"))
        assert "China (CHN)" in options and "Russia (RUS)" in options and options[-1] == "(no country)"
        person = _choose(page, "kind", "person", before)
        assert len(person["charts"]) == 1 and person["styled"] == 1
        assert "Zhang Jun" in person["charts"][0] and "Russia" not in person["charts"][0]
        assert person["rows"] and all(row.split("\t")[1] == "person" for row in person["rows"])
        assert person["tables"] == before["tables"]  # filtered in place: no second table below
        person_none = _choose(page, "country", "(no country)", person)
        assert person_none["rows"] == [] and "No actor matches" in person_none["charts"][0]
        nobody = _choose(page, "kind", "(any)", person_none)
        assert nobody["rows"] and all(row.split("\t")[2] == "" for row in nobody["rows"])
        assert any("United Nations" in row for row in nobody["rows"])
    finally:
        context.close()
