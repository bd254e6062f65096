"""The reports in a real browser (headless Debian Chromium through Playwright), offline: every request
other than file:// is aborted and counted. Run .ci/install-browser first; set DOSSIER_SKIP_BROWSER=1 to skip."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_report import PAGES, PWNED, malicious_reports, seed_report

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CHARTED = ["02_actors.html", "03_mentions.html", "04_positions.html"]


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
        tables = self.page.locator("table[id^='itables_']:not([id$='_fallback'])").count()
        self.page.wait_for_function(f"document.querySelectorAll('table.dataTable').length >= {tables}",
                                    timeout=15_000)
        self.page.wait_for_timeout(300)
        return self.page


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


def _rows(page) -> list[str]:
    return page.locator("table.dataTable").first.locator("tbody tr").all_inner_texts()


def test_actors_table_lists_the_ambassadors_and_filters_by_search(visit, seed):
    page = visit.open(seed / "02_actors.html")
    rows = _rows(page)
    for name in ("Dmitry Polyanskiy", "Zhang Jun", "Linda Thomas-Greenfield"):
        assert any(name in row for row in rows), name
    search = page.locator("div.dt-container").first.locator("input[type=search]")
    search.fill("China")
    page.wait_for_timeout(300)
    narrowed = _rows(page)
    assert 0 < len(narrowed) < len(rows)
    assert all("china" in row.lower() for row in narrowed)


def test_tables_sort_by_a_column(visit, seed):
    page = visit.open(seed / "02_actors.html")
    page.locator("table.dataTable").first.locator("thead th", has_text="name").click()
    page.wait_for_timeout(200)
    names = [row.split("\t")[0] for row in _rows(page)]
    assert names == sorted(names, key=str.lower)


@pytest.mark.parametrize("name", PAGES)
def test_report_pages_work_offline_without_errors(visit, seed, name):
    page = visit.open(seed / name)
    if name in CHARTED:
        images = page.locator("img[alt='chart']")
        assert images.count() >= 1
        assert all(images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0")
                   for i in range(images.count()))
    assert "ipywidgets" in page.inner_text("header")
    assert visit.outside == []
    assert visit.console_errors == []


@pytest.mark.parametrize("name", PAGES)
def test_a_malicious_articles_report_runs_none_of_its_scripts(visit, malicious, name):
    for folder in malicious:
        page = visit.open(folder / name)
        page.mouse.move(300, 300)
        for mark in page.locator("mark.dossier-ent").all()[:5]:
            mark.hover()
        assert page.evaluate(f"typeof window.{PWNED}") == "undefined", folder.name
        assert page.locator("a[href^='javascript:' i]").count() == 0
        assert page.locator("[onerror], [onload], [onclick], [onmouseover]").count() == 0
    assert visit.dialogs == []
    assert visit.outside == []
    assert visit.console_errors == []
