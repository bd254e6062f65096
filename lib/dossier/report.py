"""HTML reports: every notebook in notebooks/ run on one article with papermill, exported to self-contained HTML.

A report page loads nothing from the network (the table library comes inline from the installed
itables package, charts are inline PNGs) and runs no script but its own: the page's
Content-Security-Policy admits only scripts carrying the report's random nonce, which only
`dossier.charts` puts on the scripts it writes. Everything that comes from the article is escaped.
"""
from __future__ import annotations

import contextlib
import csv
import os
import secrets
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from dossier.charts import NONCE_ENV, REPORT_NOTE
from dossier.errors import DossierError

REPO_DIR = Path(__file__).resolve().parents[2]
NOTEBOOKS_DIR = Path(os.environ.get("DOSSIER_NOTEBOOKS", REPO_DIR / "notebooks"))
TEMPLATES_DIR = Path(__file__).with_name("templates")
TEMPLATE_NAME = "dossier"
NOTEBOOKS = {"01_article": "Article", "02_actors": "Actors", "03_mentions": "Mentions",
             "04_positions": "Positions"}
EXECUTION_TIMEOUT = 600  # seconds per cell
START_TIMEOUT = 120  # seconds for a kernel to start
WORKERS = max(1, min(len(NOTEBOOKS), (os.cpu_count() or 1)))  # notebooks run at once, each in its kernel
REMOVED_CELL_TAGS = ("parameters", "injected-parameters", "widget", "remove")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
CSP = ("default-src 'none'; script-src 'nonce-{nonce}' blob:; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
       "worker-src 'none'; base-uri 'none'; form-action 'none'")


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


class ReportError(DossierError):
    """A notebook failed while running on an article."""


@dataclass
class _Entry:
    """One article to report on, and what the index says of it."""
    path: Path
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    error: str | None = None
    seconds: float = 0.0
    pages: list[dict] = field(default_factory=list)


# ---------------------------------------------------------------- articles

def resolve_article(path: str | os.PathLike) -> Path:
    """The article file `path` names: as given (absolute, or relative to the working directory), else
    relative to notebooks/ (where the notebooks' default `ARTICLE` points from)."""
    given = Path(path).expanduser()
    for candidate in (given, NOTEBOOKS_DIR / given):
        if candidate.is_file():
            return candidate.resolve()
    return given.resolve()


PARSED_ENV = "DOSSIER_PARSED"   # set by report_article: a pickle of the article it already parsed


def load_article(path: str | os.PathLike, *, published: str | None = None):
    """The `Article` of the file `path` names (see `resolve_article`), parsed with `dossier.read_article`;
    in a report run, the copy report_article parsed once for all its notebooks."""
    import pickle

    import dossier
    resolved = resolve_article(path)
    cached = os.environ.get(PARSED_ENV)
    if cached:
        with open(cached, "rb") as fh:
            key, article = pickle.load(fh)
        if key == (str(resolved), published or None):
            return article
    return dossier.read_article(resolved, published=published or None)


def _share_parsed(article, entry: "_Entry", folder: Path) -> Path:
    """Writes the parsed article (without the spaCy Doc) where the report's kernels will load it."""
    import dataclasses
    import pickle
    path = folder / "article.pickle"
    with path.open("wb") as fh:
        pickle.dump(((str(entry.path), entry.published or None), dataclasses.replace(article, doc=None)), fh)
    return path


# ---------------------------------------------------------------- one article

def report_article(path: str | os.PathLike, *, published: str | None = None,
                   out_dir: str | os.PathLike) -> Path:
    """Runs every notebook on the article and writes out_dir/<article_id>/<notebook>.html; returns that folder.

    Raises a `DossierError` when the article cannot be read, `ReportError` when a notebook fails.
    """
    return _report(_Entry(resolve_article(path), published=_date(published)), Path(out_dir).resolve())


def _report(entry: _Entry, out_dir: Path) -> Path:
    article = load_article(entry.path, published=entry.published)  # fails early, and names the article
    entry.title = article.meta.get("title") or entry.path.stem
    entry.outlet = entry.outlet or article.meta.get("outlet")
    entry.published = entry.published or article.meta.get("published")
    dest = out_dir / entry.path.stem
    dest.mkdir(parents=True, exist_ok=True)
    nonce = secrets.token_urlsafe(24)
    entry.pages = _pages(entry.path.stem)
    with tempfile.TemporaryDirectory(prefix="dossier-") as tmp, \
            _environ({NONCE_ENV: nonce, PARSED_ENV: str(_share_parsed(article, entry, Path(tmp)))}):
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            executed = dict(zip(NOTEBOOKS, pool.map(lambda name: _execute(name, entry, Path(tmp), dest), NOTEBOOKS)))
    for name, notebook in executed.items():
        (dest / f"{name}.html").write_text(_export(notebook, name, entry, nonce), encoding="utf-8")
    return dest


def _pages(article_id: str) -> list[dict]:
    """The index's links to an article's pages: relative, whatever the file is called (never `javascript:`)."""
    folder = quote(article_id)
    return [{"href": f"./{folder}/{name}.html", "label": label} for name, label in NOTEBOOKS.items()]


@contextlib.contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    """Sets environment variables (which the kernels inherit) for the duration of the block."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _execute(name: str, entry: _Entry, tmp: Path, dest: Path):
    """The notebook `name` run with papermill on the article (a NotebookNode with outputs)."""
    import papermill
    from papermill.exceptions import PapermillExecutionError
    output = tmp / f"{name}.ipynb"
    try:
        return papermill.execute_notebook(
            str(NOTEBOOKS_DIR / f"{name}.ipynb"), str(output),
            parameters={"ARTICLE": str(entry.path), "PUBLISHED": entry.published},
            # no `cwd`: papermill would os.chdir() the whole process while the other thread runs
            kernel_name=kernel_name(), progress_bar=False, log_output=False,
            request_save_on_cell_execute=False, start_timeout=START_TIMEOUT,
            execution_timeout=EXECUTION_TIMEOUT, kernel_manager_class=_quiet_kernel_manager())
    except PapermillExecutionError as err:
        failed = dest / f"{name}.failed.ipynb"
        if output.exists():
            failed.write_bytes(output.read_bytes())
        raise ReportError(f"notebook {name} failed: {err.ename}: {err.evalue} (see {failed})",
                          source=str(entry.path)) from err


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


def _export(notebook, name: str, entry: _Entry, nonce: str) -> str:
    """The executed notebook as one self-contained HTML page: no input cells, no widgets, no stderr."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    notebook.metadata.pop("widgets", None)
    notebook.metadata["title"] = f"{NOTEBOOKS[name]}: {entry.title}"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [output for output in cell.outputs if output.get("name") != "stderr"]
    exporter = HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATES_DIR)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags=set(REMOVED_CELL_TAGS)), enabled=True)
    pages = [{"href": f"{n}.html", "label": label, "current": n == name} for n, label in NOTEBOOKS.items()]
    byline = " · ".join(str(v) for v in (entry.outlet, entry.published) if v)
    resources = {"metadata": {"name": name},
                 "dossier": {"csp": CSP.format(nonce=nonce), "index_href": "../index.html", "pages": pages,
                             "title": entry.title, "byline": byline, "note": REPORT_NOTE}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return body


# ---------------------------------------------------------------- every article

def report_all(seeds_dir: str | os.PathLike, *, out_dir: str | os.PathLike) -> Path:
    """Reports on every article in seeds_dir/index.csv (else every article file there) and writes
    out_dir/index.html linking them; returns its path. An article that fails is reported, the rest still run."""
    from tqdm import tqdm
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = _entries(Path(seeds_dir))
    for entry in tqdm(entries, desc="reports", unit="article", file=sys.stderr):
        start = time.perf_counter()
        try:
            _report(entry, out_dir)
        except DossierError as err:
            entry.error = str(err)
            tqdm.write(f"{entry.path.name}: FAILED: {err}", file=sys.stdout)
        except Exception as err:  # one article's failure must not lose the others' reports
            entry.error = f"{type(err).__name__}: {err}"
            tqdm.write(f"{entry.path.name}: FAILED: {entry.error}", file=sys.stdout)
        entry.seconds = time.perf_counter() - start
        tqdm.write(f"{entry.path.stem}: {entry.seconds:.1f} s", file=sys.stdout)
    index = out_dir / "index.html"
    index.write_text(index_html(entries), encoding="utf-8")
    return index


def _entries(seeds_dir: Path) -> list[_Entry]:
    """The articles listed in seeds_dir/index.csv (file, published, outlet), else every article file, by name."""
    listing = seeds_dir / "index.csv"
    if listing.is_file():
        with listing.open(newline="", encoding="utf-8") as handle:
            return [_Entry((seeds_dir / row["file"]).resolve(), published=_date(row.get("published")),
                           outlet=row.get("outlet") or None) for row in csv.DictReader(handle)]
    return [_Entry(p.resolve()) for p in sorted(seeds_dir.iterdir())
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES]


def _date(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def index_html(entries: list[_Entry]) -> str:
    """The page linking every report, with title, outlet and date (HTML, everything escaped)."""
    import jinja2
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True)
    rows = sorted(entries, key=lambda e: (e.published or "", e.path.name), reverse=True)
    for row in rows:
        row.title = row.title or row.path.stem
    return env.get_template("reports_index.html.j2").render(rows=rows, note=REPORT_NOTE)
