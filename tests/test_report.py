"""Reports: report_article writes one self-contained page per article that loads nothing from the network,
runs only dossier's two fixed scripts (admitted by their hashes), is the same bytes for the same article,
adds itself to the folder's index, and leaves nothing behind when it fails or is interrupted. An article
full of markup yields a page in which nothing from it runs.

The report builders here (`seed_report`, `malicious_reports`) are shared with test_browser.py: they
build into pytest's session folder once and reuse it.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from dossier import charts, cli, report
from dossier.errors import DossierError
from test_notebooks import NO_SANCTIONS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "2022-02-09_joongang_north-russia-strategic-cooperation.txt"
PWNED = "__dossier_pwned"
MAX_BYTES = 1_500_000  # one article's report

# A plain-text scrape with markup in the title, in quotes, in a name and in a link.
MALICIOUS_TEXT = f"""Russia rejects new sanctions <script>window.{PWNED}=1;alert(1)</script>

By Jane Roe

UNITED NATIONS — Russia's deputy ambassador to the United Nations, Dmitry Polyanskiy, on Tuesday slammed \
additional sanctions against North Korea, saying they created "a toxic atmosphere <img src=x \
onerror=window.{PWNED}=2;alert(2)>" and impeded dialogue with Pyongyang.

China's ambassador to the United Nations, Zhang Jun, said that such measures have "serious humanitarian \
consequences <script>window.{PWNED}=3</script>" and called on the Security Council to ease them.

Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, disputed that argument and said the \
sanctions must be enforced. "The number one barrier is the border closure <svg onload=alert(4)>, not \
international sanctions," Thomas-Greenfield said on Wednesday.

The envoy of <a href="javascript:window.{PWNED}=5">Mr. Evil</a> and javascript:alert(6) did not comment. \
The Security Council first imposed sanctions on North Korea in 2006 after its first nuclear test, and \
Russia and China backed those measures at the time.
"""

# The same markup as an HTML page's text: after parsing, the clean text holds it literally.
MALICIOUS_HTML = """<!DOCTYPE html>
<html><head><title>Russia rejects new sanctions &lt;script&gt;window.{p}=6&lt;/script&gt;</title></head>
<body><article>
<h1>Russia rejects new sanctions &lt;script&gt;window.{p}=6&lt;/script&gt;</h1>
<p>Russia's deputy ambassador to the United Nations, Dmitry Polyanskiy, on Tuesday slammed additional sanctions
against North Korea, saying they created "a toxic atmosphere &lt;img src=x onerror=window.{p}=7&gt;" and
impeded dialogue with Pyongyang, according to diplomats at the meeting in New York.</p>
<p>China's ambassador to the United Nations, Zhang Jun, said that such measures have "serious humanitarian
consequences &lt;a href="javascript:window.{p}=8"&gt;link&lt;/a&gt;" and called for easing them.</p>
<p>Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, disputed that argument and said the
sanctions must be enforced by every member state of the organization without exception.</p>
<p>The Security Council first imposed sanctions on North Korea in 2006 after its first nuclear test, and
Russia and China backed those measures at the time, diplomats recalled on Wednesday.</p>
</article></body></html>
""".format(p=PWNED)

MALICIOUS = {"2022-02-09_evil_plain.txt": MALICIOUS_TEXT, "2022-02-09_evil_page.html": MALICIOUS_HTML}


# ---------------------------------------------------------------- builders shared with test_browser.py

def seed_report(base: Path) -> Path:
    """The seed's report page under base/reports, built on first use (from a copy of the seed in a folder
    whose name must not reach the page)."""
    page = base / "reports" / f"{SEED.stem}.html"
    if not page.is_file():
        private = base / "private-folder-of-the-analyst"
        private.mkdir(exist_ok=True)
        shutil.copy(SEED, private / SEED.name)
        report.report_article(private / SEED.name, published="2022-02-09", out_dir=base / "reports")
    return page


def malicious_reports(base: Path) -> list[Path]:
    """The report pages of the two malicious articles (plain text, HTML) under base/reports, built on first use
    through report_all with a relative out folder (nothing may move the process's working directory)."""
    articles = base / "malicious"
    articles.mkdir(exist_ok=True)
    for name, text in MALICIOUS.items():
        (articles / name).write_text(text, encoding="utf-8")
    pages = [base / "reports" / f"{Path(name).stem}.html" for name in MALICIOUS]
    if not all(p.is_file() for p in pages):
        before = os.getcwd()
        os.chdir(base)
        try:
            report.report_all([articles], out_dir="reports")
            CWD_AFTER_REPORT_ALL.append(os.getcwd())
        finally:
            os.chdir(before)
    return pages


CWD_AFTER_REPORT_ALL: list[str] = []


@pytest.fixture(scope="session")
def seed_page(tmp_path_factory) -> str:
    return seed_report(tmp_path_factory.getbasetemp()).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def malicious_pages(tmp_path_factory) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in malicious_reports(tmp_path_factory.getbasetemp())}


# ---------------------------------------------------------------- what a page loads and runs

class _Page(HTMLParser):
    """The parts of a page that load or run something, and its links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.loads: list[tuple[str, str]] = []  # (tag, url) of everything fetched on load
        self.scripts: list[tuple[dict, list[str]]] = []  # (attributes, pieces of the body)
        self.handlers: list[str] = []  # on* attributes
        self.js_urls: list[str] = []  # javascript: in href/src/action
        self.links: list[str] = []
        self.ids: list[str] = []
        self.metas: dict[str, str] = {}
        self.styles: list[str] = []
        self.csp: str | None = None
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "data", "poster", "srcset"):
            if a.get(key):
                self.loads.append((tag, a[key]))
        if tag == "link" and a.get("href"):
            self.loads.append((tag, a["href"]))
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if a.get("id"):
            self.ids.append(a["id"])
        self.handlers += [f"<{tag} {k}=...>" for k in a if k.startswith("on")]
        self.js_urls += [f"<{tag} {k}={v}>" for k, v in a.items()
                         if k in ("href", "src", "action", "formaction", "xlink:href")
                         and re.sub(r"\s", "", v or "").lower().startswith("javascript:")]
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
        elif tag == "meta" and a.get("name"):
            self.metas[a["name"]] = a.get("content")
        if tag == "script":
            self.scripts.append((a, []))
        if tag in ("script", "style"):
            self._open = tag

    def handle_data(self, data):
        if self._open == "script":
            self.scripts[-1][1].append(data)
        elif self._open == "style":
            self.styles.append(data)

    def handle_endtag(self, tag):
        if tag == self._open:
            self._open = None

    def runnable(self) -> list[str]:
        return ["".join(body) for attrs, body in self.scripts if attrs.get("type") in (None, "module")]


def _parse(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    parsed.close()
    return parsed


def _external(url: str) -> bool:
    return bool(re.match(r"\s*(https?:)?//", url, flags=re.IGNORECASE))


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def broken_links(folder: Path) -> list[str]:
    """Every link of every page in `folder` that leads nowhere: a missing file or a missing in-page anchor."""
    broken = []
    for page in sorted(folder.glob("*.html")):
        parsed = _parse(page.read_text(encoding="utf-8"))
        for href in parsed.links:
            target, _, anchor = href.partition("#")
            if _external(href):
                broken.append(f"{page.name}: {href} (outside)")
            elif target and not (folder / target).is_file():
                broken.append(f"{page.name}: {href}")
            elif not target and anchor not in parsed.ids:
                broken.append(f"{page.name}: {href}")
    return broken


# ---------------------------------------------------------------- the seed's report

slow = pytest.mark.slow  # these run the notebooks


@slow
def test_one_article_is_one_page_with_its_sections_under_a_menu(seed_page, tmp_path_factory):
    assert seed_page.lstrip().lower().startswith("<!doctype html")
    assert "North agrees to increase" in seed_page  # the article's title in the header
    parsed = _parse(seed_page)
    assert parsed.links[:5] == ["index.html", "#article", "#actors", "#mentions", "#positions"]  # the menu
    for heading in ("The article", "The actors", "The mentions", "Positions on sanctions"):
        assert f">{heading}<" in seed_page
    folder = tmp_path_factory.getbasetemp() / "reports"
    assert {p.name for p in folder.iterdir()} >= {f"{SEED.stem}.html", "index.html"}
    assert not [p for p in folder.iterdir() if p.is_dir() or p.name.startswith(".")]


@slow
def test_the_page_is_at_most_1_5_mb_with_the_table_library_once(seed_page):
    assert len(seed_page.encode("utf-8")) <= MAX_BYTES
    assert seed_page.count('id="dossier-dt-js"') == 1
    assert len(re.findall(r'<table [^>]*id="t-[0-9a-f]{12}"', seed_page)) >= 5


@slow
def test_the_page_loads_nothing_from_the_network(seed_page):
    parsed = _parse(seed_page)
    assert [url for _, url in parsed.loads if _external(url)] == []
    assert not [s for s in parsed.styles if re.search(r"@import|url\(\s*['\"]?(https?:)?//", s)]
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*['\"]?(https?:)?//", seed_page)
    assert "require.js" not in seed_page and "mathjax" not in seed_page.lower()


@slow
def test_the_page_admits_its_own_scripts_by_hash_and_no_other(seed_page):
    parsed = _parse(seed_page)
    assert "default-src 'none'" in parsed.csp and "connect-src 'none'" in parsed.csp
    assert "nonce" not in parsed.csp and "unsafe-inline" not in parsed.csp.split("script-src")[1].split(";")[0]
    runnable = parsed.runnable()
    assert set(runnable) == set(charts.SCRIPTS)
    assert all(_sha256(script) in parsed.csp for script in runnable)


@slow
def test_the_page_shows_no_code_and_says_where_the_filters_are(seed_page):
    assert 'class="jp-CodeMirrorEditor' not in seed_page  # input cells hidden
    assert "report.load_article" not in seed_page and "ARTICLE =" not in seed_page
    assert "ipywidgets" in seed_page and "JupyterLab" in seed_page
    assert "application/vnd.jupyter.widget" not in seed_page
    assert "Traceback" not in seed_page and 'data-mime-type="application/vnd.jupyter.stderr"' not in seed_page


@slow
def test_charts_are_inline_svg_images_with_their_titles(seed_page):
    images = [(tag, url) for tag, url in _parse(seed_page).loads if tag == "img"]
    assert len(images) == 6 and all(url.startswith("data:image/svg+xml;base64,") for _, url in images)
    assert 'alt="Stance on sanctions (actor, country)"' in seed_page


@slow
def test_the_actors_section_lists_the_three_ambassadors(seed_page):
    for name in ("Dmitry Polyanskiy", "Zhang Jun", "Linda Thomas-Greenfield"):
        assert f"<td>{name}</td>" in seed_page


@slow
def test_the_positions_section_shows_stances_with_evidence(seed_page):
    assert "take a stance on sanctions" in seed_page
    assert "slammed additional sanctions against Pyongyang" in seed_page
    assert "<td>oppose</td>" in seed_page and "<td>support</td>" in seed_page


@slow
def test_the_source_is_named_by_its_file_name_only(seed_page):
    assert f">{SEED.name}<" in seed_page
    assert "private-folder-of-the-analyst" not in seed_page and str(ROOT) not in seed_page


@slow
def test_the_index_lists_title_outlet_date_and_counts_and_every_link_is_valid(seed_page, tmp_path_factory):
    folder = tmp_path_factory.getbasetemp() / "reports"
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "North agrees to increase" in index and "Korea JoongAng Daily" in index and "2022-02-09" in index
    assert f'href="./{SEED.stem}.html"' in index
    assert re.search(r'<td class="number">34</td>', index)  # the seed's actors
    assert " s</td>" not in index  # no build time
    assert 'href="index.html"' in seed_page
    assert broken_links(folder) == []


# ---------------------------------------------------------------- the same article gives the same bytes

@slow
def test_the_same_article_gives_the_same_bytes(seed_page, tmp_path):
    """Wherever the article lies and wherever the report goes: no random ids, nonces, dates or paths."""
    elsewhere = tmp_path / "another folder"
    elsewhere.mkdir()
    shutil.copy(SEED, elsewhere / SEED.name)
    page = report.report_article(elsewhere / SEED.name, published="2022-02-09", out_dir=tmp_path / "out")
    assert page.read_text(encoding="utf-8") == seed_page


# ---------------------------------------------------------------- a malicious article

def test_report_all_leaves_the_working_directory_alone(malicious_pages, tmp_path_factory):
    assert CWD_AFTER_REPORT_ALL in ([], [str(tmp_path_factory.getbasetemp())])
    assert (tmp_path_factory.getbasetemp() / "reports" / "index.html").is_file()


@slow
def test_nothing_from_a_malicious_article_runs(malicious_pages):
    for name, page in malicious_pages.items():
        parsed = _parse(page)
        assert parsed.handlers == [], name
        assert parsed.js_urls == [], name
        assert set(parsed.runnable()) <= set(charts.SCRIPTS), name
        assert not re.search(r"<script>window\.__dossier_pwned", page), name
        assert not re.search(r"<img src=x", page), name
        assert not re.search(r"<svg onload", page), name
        assert not re.search(r"<a\b[^>]*href=\"javascript:", page), name


@slow
def test_a_malicious_article_still_shows_its_text_escaped(malicious_pages):
    page = malicious_pages["2022-02-09_evil_plain.html"]
    assert "&lt;script&gt;window.__dossier_pwned=1;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=window.__dossier_pwned=2;alert(2)&gt;" in page


def test_a_page_with_a_script_dossier_did_not_write_is_refused(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "from IPython.display import HTML\nHTML('<script>alert(1)</script>')")])
    nbformat.write(nb, tmp_path / "evil.ipynb")
    with pytest.raises(report.ReportError, match="script the page's policy would block"):
        report.export_html(tmp_path / "evil.ipynb", {}, tmp_path / "out" / "evil.html")
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- adding to an index, many articles, failures

@slow
def test_a_report_adds_itself_to_the_folders_index(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("<p>an old index</p>", encoding="utf-8")
    other = tmp_path / "2024-05-06_example_japan-australia-exchange.txt"
    other.write_text(NO_SANCTIONS, encoding="utf-8")
    report.report_article(SEED, published="2022-02-09", out_dir=out)
    report.report_article(other, published="2024-05-07", out_dir=out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.index("Japan and Australia") < index.index("North agrees to increase")  # newest first
    assert f'href="./{SEED.stem}.html"' in index and f'href="./{other.stem}.html"' in index
    assert broken_links(out) == []


@slow
def test_report_all_lists_every_article_and_its_failures(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "2020-01-01_empty.txt").write_text("  \n", encoding="utf-8")
    (seeds / "index.csv").write_text(
        "file,published,outlet,source\n"
        f"{SEED.name},2022-02-09,Korea JoongAng Daily,shared\n"
        "2020-01-01_empty.txt,2020-01-01,Nobody <b>Press</b>,made up\n", encoding="utf-8")
    batch = report.report_all([seeds], out_dir=tmp_path / "out")
    assert batch.index == tmp_path / "out" / "index.html"
    assert batch.written == [tmp_path / "out" / f"{SEED.stem}.html"]
    assert [name for name, _ in batch.failed] == ["2020-01-01_empty"]
    page = batch.index.read_text(encoding="utf-8")
    assert "North agrees to increase" in page and f'href="./{SEED.stem}.html"' in page
    assert re.search(r"failed: [^<]*2020-01-01_empty.txt: ", page)
    out = capsys.readouterr().out
    assert re.search(rf"{SEED.name}: \d+\.\d s", out) and "2020-01-01_empty.txt: FAILED" in out


def test_an_unreadable_article_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DossierError):
        report.report_article(empty, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_index_escapes_what_it_shows_and_links_relatively(tmp_path):
    rows = [{"name": "javascript:alert(1)", "href": "./javascript%3Aalert%281%29.html", "pdf": None,
             "title": "<script>alert(1)</script>", "outlet": "<b>Out</b>", "published": "2020-01-01",
             "counts": {"actors": 1, "quotes": 0, "events": 0, "positions": 0}},
            {"name": "bad", "error": "bad <img src=x onerror=alert(1)>"}]
    page = report.index_html(rows)
    parsed = _parse(page)
    assert parsed.js_urls == [] and parsed.handlers == [] and parsed.scripts == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Out&lt;/b&gt;" in page
    assert 'href="./javascript%3Aalert%281%29.html"' in page
    assert "failed: bad &lt;img src=x onerror=alert(1)&gt;" in page
    assert "default-src 'none'" in parsed.csp


@pytest.mark.parametrize("stem, name", [("2022-02-09_x", "2022-02-09_x"), ("javascript:alert(1)", "javascript-alert-1"),
                                        ("index", "index-report"), (".hidden", "hidden"), ("!!!", "article")])
def test_report_file_names_are_safe_and_never_the_index(stem, name):
    from types import SimpleNamespace

    from dossier.sources import Source
    article = SimpleNamespace(meta={"article_id": stem})
    assert report.report_name(Source(Path(f"/x/{stem}.txt")), article) == name
    assert report.report_name(Source(Path("/x/corpus.jsonl"), line=7), article) == "corpus-7"


def test_articles_resolve_from_the_working_directory_or_notebooks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert report.resolve_article("../seeds/" + SEED.name) == SEED  # as the notebooks' default says
    assert report.resolve_article(SEED) == SEED


def test_the_report_kernel_runs_this_python():
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec(report.kernel_name())
    assert spec.argv[0] in ("python", "python3") or Path(spec.argv[0]).resolve() == Path(sys.executable).resolve()


# ---------------------------------------------------------------- failing or interrupted: nothing behind

def test_an_interrupted_report_leaves_nothing_behind(tmp_path, monkeypatch):
    """Ctrl-C while the page is being exported: no folder, no partial file."""
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(report, "notebook_html", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report.report_article(SEED, published="2022-02-09", out_dir=tmp_path / "new" / "out")
    assert not (tmp_path / "new").exists()


def test_an_interrupted_copy_into_a_folder_leaves_its_files_as_they_were(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("old index", encoding="utf-8")
    (out / "a.html").write_text("old page", encoding="utf-8")
    stage = tmp_path / "stage"
    stage.mkdir()
    (stage / "a.html").write_text("new page", encoding="utf-8")

    def interrupted(src, dst):
        Path(dst).write_text("half", encoding="utf-8")
        raise KeyboardInterrupt
    monkeypatch.setattr(report.shutil, "copyfile", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report._install(stage, ["a.html"], out)
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "index.html"]
    assert (out / "a.html").read_text(encoding="utf-8") == "old page"


def test_a_cell_that_is_not_python_is_a_report_error(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%matplotlib inline\nx = (")])
    nbformat.write(nb, tmp_path / "broken.ipynb")
    with pytest.raises(report.ReportError, match=r"broken.ipynb, cell 0 failed: SyntaxError"):
        report.export_html(tmp_path / "broken.ipynb", {}, tmp_path / "broken.html")
    assert not (tmp_path / "broken.html").exists()


def test_a_failing_notebook_names_its_cell_and_writes_nothing(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("no chart today")
    monkeypatch.setattr(charts, "mention_strip", broken)
    with pytest.raises(report.ReportError, match=r"03_mentions.ipynb, cell \d+ failed: ValueError: no chart today"):
        report.report_article(SEED, published="2022-02-09", out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


INTERRUPT_SCRIPT = """
import sys, time
from dossier import charts, cli
def slow(*args, **kwargs):
    print("drawing", file=sys.stderr, flush=True)  # a cell's stdout is the page's
    time.sleep(60)
charts.mention_strip = slow
sys.exit(cli.main(sys.argv[1:]))
"""


@slow
def test_ctrl_c_during_a_report_exits_130_and_leaves_nothing_behind(tmp_path):
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    scratch.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPT_SCRIPT, "report", str(SEED), "--published",
                             "2022-02-09", "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "TMPDIR": str(scratch)})
    try:
        while (line := proc.stderr.readline()) and line.strip() != "drawing":  # the third section, mid-report
            pass
        assert line.strip() == "drawing"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert stderr.strip().splitlines()[-1] == "dossier: interrupted" and "Traceback" not in stderr
    assert not out.exists()
    assert list(scratch.iterdir()) == []  # no staged page left in the temporary folder either


# ---------------------------------------------------------------- the command line

@slow
def test_the_cli_writes_the_page_and_the_index(tmp_path, capsys):
    assert cli.main(["report", str(SEED), "--published", "2022-02-09", "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert f"-> {tmp_path / 'r' / SEED.stem}.html" in out and f"index: {tmp_path / 'r' / 'index.html'}" in out
    assert broken_links(tmp_path / "r") == []


def test_the_cli_refuses_an_unreadable_article_in_one_line(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text(" ", encoding="utf-8")
    assert cli.main(["report", str(empty), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dossier: ") and "empty" in err
    assert not (tmp_path / "r").exists()


def test_pdf_without_chromium_is_a_one_line_error_before_any_work(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(report, "CHROMIUM", ("no-such-chromium-here",))
    monkeypatch.delenv("DOSSIER_CHROMIUM", raising=False)
    monkeypatch.setattr(report, "article_page", lambda *a, **k: pytest.fail("ran the notebooks"))
    assert cli.main(["report", str(SEED), "--pdf", "--out", str(tmp_path / "r")]) == 2
    assert capsys.readouterr().err.strip() == (
        "dossier: --pdf needs Chromium (Debian: apt install chromium; or set DOSSIER_CHROMIUM)")
    assert not (tmp_path / "r").exists()


# ---------------------------------------------------------------- any one notebook: export_html

TINY = [
    ("code", "%matplotlib inline\nfrom IPython.display import HTML\nimport pandas as pd\nfrom dossier import charts",
     ["hide"]),
    ("code", 'ROWS = 2  # the default', ["parameters"]),
    ("markdown", "# A tiny notebook\n\nIt shows a table and a chart.", []),
    ("code", "frame = pd.DataFrame({'n': range(ROWS), 'word': ['<b>x</b>'] * ROWS})", []),
    ("code", "HTML(charts.table(frame))", []),
    ("code", "charts.actor_counts(pd.DataFrame({'actor_id': [0], 'name': ['A'], 'kind': ['person'], "
             "'country': [None], 'mentions': [ROWS]}))", []),
    ("code", "print('printed'); frame;", []),
]


def _tiny_notebook(folder: Path) -> Path:
    cells = [(nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell)(
        source, metadata={"tags": tags} if tags else {}) for kind, source, tags in TINY]
    nb = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "language": "python",
                                                                        "display_name": "Python 3"}})
    path = folder / "tiny.ipynb"
    nbformat.write(nb, path)
    return path


def test_export_html_runs_one_notebook_into_one_offline_page(tmp_path):
    dest = report.export_html(_tiny_notebook(tmp_path), {"ROWS": 3}, tmp_path / "out" / "tiny.html",
                              title="Tiny <corpus>")
    page = dest.read_text(encoding="utf-8")
    parsed = _parse(page)
    assert page.count("<tr>") == 4  # the header and ROWS=3 rows: the parameter was set
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page
    assert "<title>Tiny &lt;corpus&gt;</title>" in page and ">A tiny notebook<" in page
    assert "data:image/svg+xml;base64," in page and "printed" in page
    assert "ROWS = 2" not in page and "%matplotlib" not in page  # no inputs, no parameters cell
    assert set(parsed.runnable()) == set(charts.SCRIPTS) and page.count('id="dossier-dt-js"') == 1
    assert "All reports" not in page  # no index to link to unless asked
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["tiny.html"]


@slow
def test_export_html_in_a_kernel_gives_the_same_cells(tmp_path):
    here = report.export_html(_tiny_notebook(tmp_path), {"ROWS": 3}, tmp_path / "here.html")
    there = report.export_html(_tiny_notebook(tmp_path), {"ROWS": 3}, tmp_path / "there.html", kernel=True)
    rows = lambda p: re.findall(r"<tr>.*?</tr>", p.read_text(encoding="utf-8"))  # noqa: E731
    assert rows(here) == rows(there) and len(rows(there)) == 4

