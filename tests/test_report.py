"""Reports: report_article writes one self-contained HTML page per notebook that loads nothing from the
network, and an article full of markup yields pages in which nothing from it runs.

The report builders here (`seed_report`, `malicious_reports`) are shared with test_browser.py: they
build into pytest's session folder once and reuse it.
"""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
import os
from pathlib import Path

import pytest

from dossier import report
from dossier.errors import DossierError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "2022-02-09_joongang_north-russia-strategic-cooperation.txt"
PAGES = [f"{name}.html" for name in report.NOTEBOOKS]
PWNED = "__dossier_pwned"

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


# ---------------------------------------------------------------- builders shared with test_browser.py

def _built(folder: Path) -> bool:
    return all((folder / page).is_file() for page in PAGES)


def seed_report(base: Path) -> Path:
    """The seed's report folder under `base`, built on first use."""
    folder = base / "reports" / SEED.stem
    if not _built(folder):
        report.report_article(SEED, published="2022-02-09", out_dir=base / "reports")
    return folder


def malicious_reports(base: Path) -> list[Path]:
    """The report folders of the two malicious articles (plain text, HTML) under `base`, built on first use."""
    articles = base / "malicious"
    articles.mkdir(exist_ok=True)
    folders = []
    for name, text in (("2022-02-09_evil_plain.txt", MALICIOUS_TEXT), ("2022-02-09_evil_page.html", MALICIOUS_HTML)):
        (articles / name).write_text(text, encoding="utf-8")
        folders.append(base / "reports" / Path(name).stem)
    if not all(_built(f) for f in folders):
        # Both through report_all, with a relative out folder: the notebooks run two at a time, and nothing
        # may move the process's working directory under the other thread's feet.
        before = os.getcwd()
        os.chdir(base)
        try:
            report.report_all(articles, out_dir="reports")
            CWD_AFTER_REPORT_ALL.append(os.getcwd())
        finally:
            os.chdir(before)
    return folders


CWD_AFTER_REPORT_ALL: list[str] = []


def test_report_all_leaves_the_working_directory_alone(malicious_pages, tmp_path_factory):
    assert CWD_AFTER_REPORT_ALL in ([], [str(tmp_path_factory.getbasetemp())])
    assert (tmp_path_factory.getbasetemp() / "reports" / "index.html").is_file()


@pytest.fixture(scope="session")
def seed_pages(tmp_path_factory) -> dict[str, str]:
    folder = seed_report(tmp_path_factory.getbasetemp())
    return {page: (folder / page).read_text(encoding="utf-8") for page in PAGES}


@pytest.fixture(scope="session")
def malicious_pages(tmp_path_factory) -> dict[str, str]:
    return {f"{folder.name}/{page}": (folder / page).read_text(encoding="utf-8")
            for folder in malicious_reports(tmp_path_factory.getbasetemp()) for page in PAGES}


# ---------------------------------------------------------------- what a page loads and runs

class _Page(HTMLParser):
    """The parts of a page that load or run something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.loads: list[tuple[str, str]] = []  # (tag, url) of everything fetched on load
        self.scripts: list[tuple[dict, list[str]]] = []  # (attributes, pieces of the body)
        self.handlers: list[str] = []  # on* attributes
        self.js_urls: list[str] = []  # javascript: in href/src/action
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
        self.handlers += [f"<{tag} {k}=...>" for k in a if k.startswith("on")]
        self.js_urls += [f"<{tag} {k}={v}>" for k, v in a.items()
                         if k in ("href", "src", "action", "formaction", "xlink:href")
                         and re.sub(r"\s", "", v or "").lower().startswith("javascript:")]
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
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


def _parse(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    parsed.close()
    return parsed


def _external(url: str) -> bool:
    return bool(re.match(r"\s*(https?:)?//", url, flags=re.IGNORECASE))


def _nonce(csp: str | None) -> str:
    match = re.search(r"'nonce-([^']+)'", csp or "")
    assert match, f"no nonce in the page's CSP: {csp!r}"
    return match.group(1)


# ---------------------------------------------------------------- the seed's report

slow = pytest.mark.slow  # these run the notebooks


@slow
def test_report_article_writes_a_page_per_notebook(seed_pages):
    assert set(seed_pages) == set(PAGES)
    for name, page in seed_pages.items():
        assert page.lstrip().lower().startswith("<!doctype html"), name
        assert "North agrees to increase" in page, name  # the article's title in the header


@slow
def test_pages_load_nothing_from_the_network(seed_pages):
    for name, page in seed_pages.items():
        parsed = _parse(page)
        assert [url for _, url in parsed.loads if _external(url)] == [], name
        assert not [s for s in parsed.styles if re.search(r"@import|url\(\s*['\"]?(https?:)?//", s)], name
        assert not re.search(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*['\"]?(https?:)?//", page), name
        assert "require.js" not in page and "mathjax" not in page.lower(), name


@slow
def test_pages_forbid_external_loads_and_foreign_scripts(seed_pages):
    for name, page in seed_pages.items():
        parsed = _parse(page)
        assert "default-src 'none'" in parsed.csp and "connect-src 'none'" in parsed.csp, name
        nonce = _nonce(parsed.csp)
        assert parsed.scripts, name
        assert all(attrs.get("nonce") == nonce for attrs, _ in parsed.scripts), name


@slow
def test_pages_show_no_code_and_say_where_the_filters_are(seed_pages):
    for name, page in seed_pages.items():
        assert "class=\"jp-CodeMirrorEditor" not in page, name  # input cells hidden
        assert "report.load_article" not in page and "ARTICLE =" not in page, name
        assert "ipywidgets" in page and "JupyterLab" in page, name
        assert "application/vnd.jupyter.widget" not in page, name
        assert "Traceback" not in page and 'data-mime-type="application/vnd.jupyter.stderr"' not in page, name


@slow
def test_charts_are_inline_images(seed_pages):
    for name in ("02_actors.html", "03_mentions.html", "04_positions.html"):
        images = [url for tag, url in _parse(seed_pages[name]).loads if tag == "img"]
        assert images and all(url.startswith("data:image/png;base64,") for url in images), name


@slow
def test_the_actors_page_lists_the_three_ambassadors(seed_pages):
    page = seed_pages["02_actors.html"]
    for name in ("Dmitry Polyanskiy", "Zhang Jun", "Linda Thomas-Greenfield"):
        assert name in page


@slow
def test_the_positions_page_shows_stances_with_evidence(seed_pages):
    page = seed_pages["04_positions.html"]
    assert "take a stance on sanctions" in page
    assert "slammed additional sanctions against Pyongyang" in page
    assert "oppose" in page and "support" in page


# ---------------------------------------------------------------- a malicious article

@slow
def test_nothing_from_a_malicious_article_runs(malicious_pages):
    for name, page in malicious_pages.items():
        parsed = _parse(page)
        assert parsed.handlers == [], name
        assert parsed.js_urls == [], name
        nonce = _nonce(parsed.csp)
        for attrs, pieces in parsed.scripts:
            body = "".join(pieces)
            assert attrs.get("nonce") == nonce, (name, body[:200])
            assert not re.search(r"<(script|img|svg|a)\b", body), (name, body[:200])  # data is escaped in scripts
        assert not re.search(r"<script>window\.__dossier_pwned", page), name
        assert not re.search(r"<img src=x", page), name
        assert not re.search(r"<svg onload", page), name
        assert not re.search(r"<a\b[^>]*href=\"javascript:", page), name


@slow
def test_a_malicious_article_still_shows_its_text_escaped(malicious_pages):
    article = malicious_pages["2022-02-09_evil_plain/01_article.html"]
    assert "&lt;script&gt;window.__dossier_pwned=1;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=window.__dossier_pwned=2;alert(2)&gt;" in article


# ---------------------------------------------------------------- every article, and failures

@slow
def test_report_all_links_every_article_and_reports_failures(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "2020-01-01_empty.txt").write_text("  \n", encoding="utf-8")
    (seeds / "index.csv").write_text(
        "file,published,outlet,source\n"
        f"{SEED.name},2022-02-09,Korea JoongAng Daily,shared\n"
        "2020-01-01_empty.txt,2020-01-01,Nobody <b>Press</b>,made up\n", encoding="utf-8")
    index = report.report_all(seeds, out_dir=tmp_path / "out")
    assert index == tmp_path / "out" / "index.html"
    page = index.read_text(encoding="utf-8")
    assert "North agrees to increase" in page and "Korea JoongAng Daily" in page and "2022-02-09" in page
    assert f'href="./{SEED.stem}/02_actors.html"' in page
    assert (tmp_path / "out" / SEED.stem / "02_actors.html").is_file()
    assert "failed" in page and "Nobody &lt;b&gt;Press&lt;/b&gt;" in page
    out = capsys.readouterr().out
    assert re.search(rf"{SEED.stem}: \d+\.\d s", out) and "2020-01-01_empty: " in out


def test_report_article_raises_a_dossier_error_for_an_unreadable_article(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DossierError):
        report.report_article(empty, out_dir=tmp_path / "out")
    assert not (tmp_path / "out" / "empty").exists()


def test_the_index_escapes_what_it_shows_and_links_relatively():
    entry = report._Entry(Path("/x/javascript:alert(1).txt"), published="2020-01-01", outlet="<b>Out</b>",
                          title="<script>alert(1)</script>", pages=report._pages("javascript:alert(1)"))
    failed = report._Entry(Path("/x/bad.txt"), error="bad <img src=x onerror=alert(1)>")
    parsed = _parse(report.index_html([entry, failed]))
    assert parsed.js_urls == [] and parsed.handlers == [] and parsed.scripts == []
    page = report.index_html([entry, failed])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Out&lt;/b&gt;" in page
    assert 'href="./javascript%3Aalert%281%29/01_article.html"' in page
    assert "failed: bad &lt;img src=x onerror=alert(1)&gt;" in page
    assert "default-src 'none'" in parsed.csp


@pytest.mark.parametrize("listing, expected", [
    (None, ["a.txt", "b.html"]),
    ("file,published,outlet,source\nb.html,2020-01-02,X,\n", ["b.html"]),
])
def test_the_articles_of_a_folder_come_from_its_index_else_its_files(tmp_path, listing, expected):
    for name in ("a.txt", "b.html", "notes.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    if listing:
        (tmp_path / "index.csv").write_text(listing, encoding="utf-8")
    assert [e.path.name for e in report._entries(tmp_path)] == expected


def test_articles_resolve_from_the_working_directory_or_notebooks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert report.resolve_article("../seeds/" + SEED.name) == SEED  # as the notebooks' default says
    assert report.resolve_article(SEED) == SEED


def test_the_report_kernel_runs_this_python():
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec(report.kernel_name())
    assert spec.argv[0] in ("python", "python3") or Path(spec.argv[0]).resolve() == Path(
        __import__("sys").executable).resolve()
