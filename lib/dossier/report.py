"""HTML reports: the notebooks in notebooks/ run on one article and exported as one self-contained HTML file.

    report_article("seeds/x.txt", published="2022-02-09", out_dir="reports")  # reports/x.html + reports/index.html
    export_html("notebooks/05_corpus.ipynb", {"CORPUS": "seeds"}, "reports/corpus.html")  # any one notebook

How a report is made. The report notebooks are thin: after a hidden setup cell and a `parameters` cell, every
code cell is one call into `dossier`. So the report runs their code cells here, in this process (no kernel:
the article is parsed once, nothing is imported twice), each in a fresh namespace, the parameters set right
after the `parameters` cell as papermill would; a cell's last value becomes its output as in Jupyter
(figures as SVG). Lines starting with `%` (IPython magics: display settings for the kernel) are skipped.
nbconvert then exports the cells, inputs hidden and cells tagged `hide`, `parameters` or `remove` left out,
with the template in templates/dossier. `export_html(..., kernel=True)` runs a notebook in a Jupyter kernel
with papermill instead, for notebooks whose cells need one.

What a page holds. One article gives one file: its sections (article, actors, mentions, positions) under an
in-page menu, the table library once, charts as inline SVG images. It loads nothing from the network and
runs no script but the two fixed ones `dossier.charts` writes: its Content-Security-Policy admits them by
their hashes, and the export refuses a page with any other. Everything from the article is escaped. The same
article and version give the same bytes (no random ids, nonces or dates); the source file is named by its
file name only.

Where it goes. Nothing is written until a page is complete; files are then moved into the out folder in
one step each, so an interrupted or failed report leaves nothing behind. Every report adds itself to the
folder's index.html (rebuilt, under a lock, from the reports present), so every link on every page is valid.
Several processes may report into one folder at once; within one process, make one report at a time (a cell's
printed output is captured by redirecting sys.stdout).
"""
from __future__ import annotations

import ast
import contextlib
import fcntl
import functools
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple
from urllib.parse import quote

from dossier import charts
from dossier.errors import DossierError, printable

REPO_DIR = Path(__file__).resolve().parents[2]
NOTEBOOKS_DIR = Path(os.environ.get("DOSSIER_NOTEBOOKS", REPO_DIR / "notebooks"))
TEMPLATES_DIR = Path(__file__).with_name("templates")
TEMPLATE_NAME = "dossier"
# section id -> (notebook, menu label), in page order
SECTIONS = {"article": ("01_article", "Article"), "actors": ("02_actors", "Actors"),
            "mentions": ("03_mentions", "Mentions"), "positions": ("04_positions", "Positions")}
NOTEBOOKS = {notebook: label for notebook, label in SECTIONS.values()}
REMOVED_CELL_TAGS = ("hide", "parameters", "injected-parameters", "remove")
INDEX = "index.html"
ENTRY_META = "dossier-report"  # <meta name=...> in a report's head: what the index says of it
EXECUTION_TIMEOUT = 600  # seconds per cell, in a kernel
START_TIMEOUT = 120  # seconds for a kernel to start
PDF_TIMEOUT = 180  # seconds for Chromium to print a report
CHROMIUM = ("chromium", "chromium-browser", "/usr/bin/chromium")
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-pdf-header-footer")
CSP = ("default-src 'none'; script-src {scripts} blob:; style-src 'unsafe-inline'; img-src data:; font-src data:; "
       "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; "
       "base-uri 'none'; form-action 'none'")
FIGURE_MIME = "image/svg+xml"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


class ReportError(DossierError):
    """A notebook failed while running on an article, or a report could not be written."""


# ---------------------------------------------------------------- articles

def resolve_article(path: str | os.PathLike) -> Path:
    """The article file `path` names: as given (absolute, or relative to the working directory), else
    relative to notebooks/ (where the notebooks' default `ARTICLE` points from)."""
    given = Path(path).expanduser()
    for candidate in (given, NOTEBOOKS_DIR / given):
        if candidate.is_file():
            return candidate.resolve()
    return given.resolve()


def load_article(article, *, published: str | None = None):
    """The `Article` a notebook's ARTICLE names: a path (see `resolve_article`), parsed with
    `dossier.read_article`; or an `Article` already parsed (what a report passes), as it is."""
    import dossier
    if isinstance(article, dossier.Article):
        return article
    return dossier.read_article(resolve_article(article), published=published or None)


# ---------------------------------------------------------------- running a notebook here

def run_notebook(path: str | os.PathLike, parameters: Mapping[str, object], *, source: str | None = None):
    """The notebook at `path` with its code cells run in this process, in a fresh namespace, `parameters`
    set right after the cell tagged `parameters` (a NotebookNode with outputs). Raises `ReportError`
    naming the notebook and cell when a cell fails; `source` names the article in that message."""
    import nbformat
    nb = nbformat.read(str(path), as_version=4)
    namespace: dict = {"__name__": "__main__"}
    count = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        count += 1
        cell.outputs = _run_cell(cell.source, namespace, f"{Path(path).name}, cell {index}", count, source)
        cell.execution_count = count
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            namespace.update(parameters)
    return nb


def _run_cell(code: str, namespace: dict, where: str, count: int, source: str | None) -> list:
    """Runs one cell; its outputs: what it printed, and its last expression's value (unless it ends in ';')."""
    import nbformat
    lines = ["" if line.lstrip().startswith(("%", "!")) else line for line in code.splitlines()]
    printed = io.StringIO()
    try:
        tree = ast.parse("\n".join(lines), filename=where)
        last = tree.body.pop() if (tree.body and isinstance(tree.body[-1], ast.Expr)
                                   and not "\n".join(lines).rstrip().endswith(";")) else None
        with contextlib.redirect_stdout(printed), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(tree, where, "exec"), namespace)
            value = eval(compile(ast.Expression(last.value), where, "eval"), namespace) if last else None
    except Exception as err:
        raise ReportError(f"{where} failed: {type(err).__name__}: {err}", source=source) from err
    outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed.getvalue())] if printed.getvalue() else []
    if value is not None:
        data, metadata = _formatter().format(value, exclude=[WIDGET_MIME])
        outputs.append(nbformat.v4.new_output("execute_result", data=data, metadata=metadata, execution_count=count))
    return outputs


@functools.lru_cache(maxsize=1)
def _formatter():
    """IPython's display formatter (rich reprs, `_repr_html_`, `_repr_mimebundle_`), figures as SVG with their
    title as metadata (the page's alternative text)."""
    from IPython.core.formatters import DisplayFormatter
    from matplotlib.figure import Figure
    formatter = DisplayFormatter()
    formatter.formatters[FIGURE_MIME].for_type(Figure, lambda fig: (charts.svg(fig), {"alt": charts.figure_title(fig)}))
    return formatter


def run_in_kernel(path: str | os.PathLike, parameters: Mapping[str, object], *, source: str | None = None):
    """The notebook at `path` run with papermill in a Jupyter kernel (parameters must be plain values)."""
    import papermill
    from papermill.exceptions import PapermillExecutionError
    with tempfile.TemporaryDirectory(prefix="dossier-") as tmp:
        try:
            return papermill.execute_notebook(
                str(path), str(Path(tmp) / Path(path).name), parameters=dict(parameters),
                # no `cwd`: papermill would os.chdir() the whole process
                kernel_name=kernel_name(), progress_bar=False, log_output=False,
                request_save_on_cell_execute=False, start_timeout=START_TIMEOUT,
                execution_timeout=EXECUTION_TIMEOUT, kernel_manager_class=_quiet_kernel_manager())
        except PapermillExecutionError as err:
            raise ReportError(f"{Path(path).name}, cell {err.cell_index} failed: {err.ename}: {err.evalue}",
                              source=source) from err


def kernel_name() -> str:
    """A Jupyter kernel that runs this Python (sys.executable): `python3` when it does, else one installed for it."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    manager = KernelSpecManager()
    for name in ("python3", "dossier"):
        with contextlib.suppress(NoSuchKernel):
            argv0 = manager.get_kernel_spec(name).argv[0]
            if argv0 in ("python", "python3", f"python3.{sys.version_info.minor}") or \
                    Path(argv0).resolve() == Path(sys.executable).resolve():
                return name
    from ipykernel.kernelspec import install
    install(kernel_name="dossier", display_name="Python (dossier)", prefix=sys.prefix)
    return "dossier"


def _quiet_kernel_manager():
    """A kernel manager that keeps quiet: IPC sockets of its own (TCP warns on every start), no SIGINT on shutdown."""
    import uuid

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.paths import jupyter_runtime_dir
    from traitlets import CaselessStrEnum, default

    class QuietKernelManager(AsyncKernelManager):
        transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

        @default("ip")
        def _ip_default(self) -> str:
            runtime = Path(jupyter_runtime_dir())
            runtime.mkdir(parents=True, exist_ok=True)
            return str(runtime / f"dossier-{uuid.uuid4().hex[:12]}")

        async def _async_interrupt_kernel(self) -> None:
            if not self.shutting_down:  # an idle kernel needs no SIGINT to shut down (it logs an error)
                await super()._async_interrupt_kernel()
    return QuietKernelManager


# ---------------------------------------------------------------- exporting to one page

@dataclass(frozen=True)
class Page:
    """What the template puts around the cells: title, byline, menu, and what the index says of the page."""
    title: str
    byline: str = ""
    sections: tuple[tuple[str, str], ...] = ()  # (id, label) of the in-page menu
    index_href: str | None = None  # the "All reports" link
    entry: Mapping | None = None  # stored in the page's head for the index


def notebook_html(nb, page: Page) -> str:
    """An executed notebook as one offline HTML page: no inputs, no cells tagged REMOVED_CELL_TAGS, no stderr,
    the table library once if the page has a table, scripts admitted by their hashes only.
    Raises `ReportError` if a cell wrote a script dossier did not (the page's policy would block it)."""
    nb = _shown_cells(nb)
    nb.metadata["title"] = page.title
    setup = charts.page_setup() if any("data-dt-options" in str(c.get("outputs", "")) for c in nb.cells) else ""
    resources = {"metadata": {"name": page.title}, "dossier": {
        "csp": CSP.format(scripts=" ".join(charts.script_hashes())), "title": page.title, "byline": page.byline,
        "sections": [{"id": i, "label": label} for i, label in page.sections], "index_href": page.index_href,
        "note": charts.REPORT_NOTE, "entry": json.dumps(dict(page.entry or {}), sort_keys=True, ensure_ascii=False),
        "entry_meta": ENTRY_META, "page_setup": setup}}
    body, _ = _exporter().from_notebook_node(nb, resources=resources)
    _check_scripts(body)
    return body


def _shown_cells(nb):
    """A copy of `nb` without the removed cells, stderr, or widget state (the page shows no live widgets)."""
    import copy
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    nb.cells = [c for c in nb.cells if not set(c.get("metadata", {}).get("tags", [])) & set(REMOVED_CELL_TAGS)]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if o.get("name") != "stderr"]
    return nb


@functools.lru_cache(maxsize=1)
def _exporter():
    """nbconvert's HTML exporter with dossier's template (made once per process: it holds only settings)."""
    from nbconvert import HTMLExporter
    return HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATES_DIR)],
                        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


class _Scripts(HTMLParser):
    """The bodies of a page's scripts that a browser would run (not data blocks)."""
    RUNNABLE = ("", "module", "text/javascript", "application/javascript")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.bodies: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and (dict(attrs).get("type") or "").strip().lower() in self.RUNNABLE:
            self.bodies.append("")
            self._open = True

    def handle_data(self, data):
        if self._open:
            self.bodies[-1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = False


def _check_scripts(page: str) -> None:
    parser = _Scripts()
    parser.feed(page)
    foreign = [body for body in parser.bodies if body not in charts.SCRIPTS]
    if foreign:
        raise ReportError(f"a cell wrote a script the page's policy would block: {' '.join(foreign[0].split())[:80]}")


def export_html(notebook_path: str | os.PathLike, parameters: Mapping[str, object], dest: str | os.PathLike, *,
                title: str | None = None, index_href: str | None = None, kernel: bool = False) -> Path:
    """Runs one notebook with `parameters` and writes it to `dest` as one offline HTML page, like an article's
    report: inputs hidden, cells tagged hide/parameters/remove left out, the table library inline, scripts
    admitted by their hashes. `title`: the page's title (default: the notebook's name); `index_href`: where
    the page's "All reports" link goes (none by default); `kernel`: run in a Jupyter kernel with papermill
    (parameters then plain values) instead of in this process. Writes nothing unless the page is complete
    (`dest` appears in one step); raises `ReportError` when a cell fails. Returns `dest`."""
    path = Path(notebook_path)
    nb = (run_in_kernel if kernel else run_notebook)(path, parameters, source=str(path))
    page = notebook_html(nb, Page(title or path.stem, index_href=index_href))
    dest = Path(dest)
    with _staged() as stage:
        (stage / dest.name).write_text(page, encoding="utf-8")
        _install(stage, [dest.name], dest.parent)
    return dest


# ---------------------------------------------------------------- one article

def article_page(article, *, published: str | None = None) -> str:
    """The report page of a parsed article: every report notebook run on it, one section each."""
    import nbformat
    meta = article.meta
    merged = nbformat.v4.new_notebook(metadata={"language_info": {"name": "python"}})
    for section, (notebook, _label) in SECTIONS.items():
        nb = run_notebook(NOTEBOOKS_DIR / f"{notebook}.ipynb", {"ARTICLE": article, "PUBLISHED": published},
                          source=meta.get("article_id"))
        cells = _shown_cells(nb).cells
        for cell in cells:
            cell.id = f"{section}-{cell.get('id', '')}"
        cells[0].metadata["dossier_section"] = section
        merged.cells += cells
    byline = " · ".join(str(v) for v in (meta.get("outlet"), meta.get("published")) if v)
    return notebook_html(merged, Page(str(meta.get("title") or meta.get("article_id")), byline,
                                      tuple((s, label) for s, (_, label) in SECTIONS.items()), INDEX, _entry(article)))


def _entry(article) -> dict:
    """What the index says of a report: title, outlet, date, and how many actors, quotes, events, positions."""
    meta = article.meta
    return {"title": meta.get("title") or meta.get("article_id"), "outlet": meta.get("outlet"),
            "published": meta.get("published"),
            "counts": {name: len(getattr(article, name)) for name in ("actors", "quotes", "events", "positions")}}


def report_article(path: str | os.PathLike, *, published: str | None = None, out_dir: str | os.PathLike,
                   pdf: bool = False) -> Path:
    """Runs every report notebook on the article and writes out_dir/<article_id>.html (and .pdf with `pdf`),
    then adds it to out_dir/index.html, creating the folder and the index when missing; returns the page's path.

    Raises a `DossierError` when the article cannot be read, `ReportError` when a notebook fails or the PDF
    cannot be printed; in every case, and when interrupted, nothing is written.
    """
    from dossier.sources import Source
    return _report(Source(resolve_article(path), _date(published)), Path(out_dir), pdf=pdf)


def _report(source, out_dir: Path, *, pdf: bool) -> Path:
    if pdf:
        chromium()  # fails before any work when there is nothing to print with
    article = source.read()  # fails early, and names the article
    name = report_name(source, article)
    page = article_page(article, published=source.published)
    with _staged() as stage:
        (stage / f"{name}.html").write_text(page, encoding="utf-8")
        files = [f"{name}.html"]
        if pdf:
            write_pdf(stage / files[0], stage / f"{name}.pdf")
            files.append(f"{name}.pdf")
        _install(stage, files, out_dir)
    update_index(out_dir)
    return out_dir / files[0]


def report_name(source, article) -> str:
    """The report's file name without suffix: the article's id (its file's stem; with the line, for a record of
    a JSON Lines file) made safe as a file name, never `index`."""
    name = str(article.meta.get("article_id") or source.path.stem)
    if getattr(source, "line", None) is not None:
        name = f"{source.path.stem}-{source.line}"
    name = re.sub(r"[^\w.-]+", "-", name).strip(".-") or "article"
    return f"{name}-report" if name.lower() == Path(INDEX).stem else name


def _date(value) -> str | None:
    return str(value).strip() or None if value is not None else None


# ---------------------------------------------------------------- writing: all or nothing

@contextlib.contextmanager
def _staged() -> Iterator[Path]:
    """A private folder to build files in; removed afterwards, whatever happens (Ctrl-C included)."""
    with tempfile.TemporaryDirectory(prefix="dossier-report-") as tmp:
        yield Path(tmp)


def _install(stage: Path, names: list[str], out_dir: Path) -> None:
    """Moves the staged files into out_dir (created if missing), each in one step (a hidden partial copy renamed
    over the target); on failure or interruption no partial copy, and no folder this call created, remains."""
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    partials: list[Path] = []
    try:
        for name in names:
            partial = out_dir / f".{name}.partial-{os.getpid()}"
            partials.append(partial)
            shutil.copyfile(stage / name, partial)
            os.replace(partial, out_dir / name)
    except BaseException:
        for partial in partials:
            partial.unlink(missing_ok=True)
        if created and not any(out_dir.iterdir()):
            out_dir.rmdir()
        raise


def _write_atomic(path: Path, text: str) -> None:
    with _staged() as stage:
        (stage / path.name).write_text(text, encoding="utf-8")
        _install(stage, [path.name], path.parent)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder itself (no lock file is left behind), for reading and rewriting its index."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


# ---------------------------------------------------------------- the index

def update_index(out_dir: str | os.PathLike, *, failures: Iterable[tuple[str, str]] = ()) -> Path:
    """Rewrites out_dir/index.html from the reports in out_dir (and lines for `failures`: (name, message));
    returns its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        rows = [*read_entries(out_dir), *({"name": n, "error": e} for n, e in failures)]
        _write_atomic(out_dir / INDEX, index_html(rows))
    return out_dir / INDEX


def read_entries(out_dir: Path) -> list[dict]:
    """What each report in out_dir says of itself (its head's ENTRY_META), with its file name and a PDF if any."""
    entries = []
    for path in sorted(out_dir.glob("*.html")):
        if path.name == INDEX or path.name.startswith("."):
            continue
        with path.open(encoding="utf-8", errors="replace") as fh:
            entry = _entry_of(fh.read(65536))  # the head comes first; a title is not that long
        if entry is not None:
            pdf = path.with_suffix(".pdf")
            entries.append({**entry, "name": path.stem, "href": "./" + quote(path.name),
                            "pdf": "./" + quote(pdf.name) if pdf.is_file() else None})
    return entries


class _Head(HTMLParser):
    """The content of a page's <meta name=ENTRY_META>, if its head has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entry: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") == ENTRY_META and self.entry is None:
            self.entry = a.get("content")


def _entry_of(head: str) -> dict | None:
    parser = _Head()
    parser.feed(head.split("</head>")[0])
    try:
        entry = json.loads(parser.entry) if parser.entry else None
    except json.JSONDecodeError:
        return None
    return entry if isinstance(entry, dict) and "counts" in entry else None


def index_html(rows: list[dict]) -> str:
    """The page linking every report, with title, outlet, date and counts (HTML, everything escaped)."""
    import jinja2
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True)
    ordered = sorted(rows, key=lambda r: (r.get("published") or "", r["name"]), reverse=True)
    return env.get_template("reports_index.html.j2").render(rows=ordered, note=charts.REPORT_NOTE)


# ---------------------------------------------------------------- every article

class Batch(NamedTuple):
    """What `report_all` did: the index it wrote, the pages written, and (name, message) per failed article."""
    index: Path
    written: list[Path]
    failed: list[tuple[str, str]]


def report_all(paths: Iterable[str | os.PathLike] | str | os.PathLike, *, out_dir: str | os.PathLike,
               published: str | None = None, pdf: bool = False) -> Batch:
    """Reports on every article the paths name (files, seeds folders with index.csv, JSON Lines: see
    `dossier.sources`) into out_dir, and writes out_dir/index.html. An article that fails is listed as failed
    in the index, and the others still run; an interruption keeps the reports finished so far, indexed."""
    from tqdm import tqdm

    from dossier.sources import iter_sources
    out_dir = Path(out_dir)
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    sources = list(iter_sources(paths, published=published))
    written, failed = [], []
    for source in tqdm(sources, desc="reports", unit="article", file=sys.stderr):
        start = time.perf_counter()
        try:
            written.append(_report(source, out_dir, pdf=pdf))
            tqdm.write(f"{printable(source.name)}: {time.perf_counter() - start:.1f} s", file=sys.stdout)
        except Exception as err:  # one article's failure must not lose the others' reports
            message = str(err) if isinstance(err, DossierError) else f"{type(err).__name__}: {err}"
            failed.append((Path(source.name).stem, message))
            tqdm.write(f"{printable(source.name)}: FAILED: {message}", file=sys.stdout)
    return Batch(update_index(out_dir, failures=failed), written, failed)


# ---------------------------------------------------------------- PDF

def write_pdf(page: Path, pdf: Path) -> Path:
    """Prints a report page to PDF with headless Chromium, offline, scripts off (tables print whole, unpaged).
    Raises `ReportError` when Chromium is missing or fails."""
    browser = chromium()
    with tempfile.TemporaryDirectory(prefix="dossier-pdf-") as tmp:
        printable = Path(tmp) / page.name
        text = page.read_text(encoding="utf-8")
        printable.write_text(re.sub(r"script-src [^;]*;", "script-src 'none';", text, count=1), encoding="utf-8")
        argv = [browser, *CHROMIUM_ARGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={pdf}",
                printable.as_uri()]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ReportError(f"Chromium took over {PDF_TIMEOUT} s to print the PDF") from None
    if done.returncode != 0 or not pdf.is_file():
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ReportError(f"Chromium could not print the PDF (exit {done.returncode}): {last}")
    return pdf


def chromium() -> str:
    """The Chromium to print with: $DOSSIER_CHROMIUM, else the first of CHROMIUM found."""
    for candidate in (os.environ.get("DOSSIER_CHROMIUM"), *CHROMIUM):
        found = candidate and shutil.which(candidate)
        if found:
            return found
    raise ReportError("--pdf needs Chromium (Debian: apt install chromium; or set DOSSIER_CHROMIUM)")
