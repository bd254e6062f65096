"""The corpus: many articles parsed into one store, with actors and events joined across articles.

    summary = dossier.corpus.build(["seeds", "crawl.jsonl"], out="build/corpus")   # incremental
    con = dossier.corpus.connect("build/corpus")       # DuckDB: articles, actors, ..., corpus_actors, corpus_events
    con.sql("SELECT actor, stance, evidence FROM corpus_positions").df()

`build` parses every article it is given (`dossier.sources.iter_sources`: files, folders, JSON Lines) on
worker processes or a Dask cluster, commits whole articles in batches to the store (`corpus_store`), skips
articles whose content hash is already stored, records unreadable ones in `errors`, and then computes the
tables across articles (`corpus_db`). An article's id in the store is the start of its content's sha256:
the same article gets the same id wherever it lies and however many workers parse it.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

from dossier.corpus_db import TABLES, VIEWS, build_tables, connect, refresh_views
from dossier.corpus_run import Failed, Parsed, Task, executor, stream
from dossier.corpus_store import Store, error_table, next_batch
from dossier.errors import DossierError
from dossier.sources import Source, iter_sources

BATCH_ARTICLES = 64      # articles per commit, at most
BATCH_SECONDS = 10.0     # seconds between commits, at most (so Ctrl-C loses little work)
ID_LENGTH = 16           # hex digits of the content hash in an article id

__all__ = ["build", "connect", "Summary", "TABLES", "VIEWS", "article_id"]


class Summary(NamedTuple):
    """What a run did: articles given, parsed, skipped (already stored or repeated), failed; table sizes; seconds."""
    store: Path
    sources: int
    parsed: int
    skipped: int
    failed: int
    tables: dict
    startup_s: float
    parse_s: float
    tables_s: float
    worker_cpu_s: float


def article_id(content_hash: str) -> str:
    """The store's id of an article: the first hex digits of its content hash."""
    return content_hash[:ID_LENGTH]


@dataclass
class _Writer:
    """Collects results and commits them to the store a batch at a time."""
    store: Store
    on_error: Callable[[str, str], None] | None = None
    batch_articles: int = BATCH_ARTICLES
    batch_seconds: float = BATCH_SECONDS
    tables: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    parsed: int = 0
    failed: int = 0
    cpu_s: float = 0.0
    _pending: int = 0
    _since: float = field(default_factory=time.monotonic)

    def add(self, result: Parsed | Failed) -> None:
        if isinstance(result, Parsed):
            for name, table in result.tables.items():
                self.tables.setdefault(name, []).append(table)
            self.parsed += 1
            self.cpu_s += result.cpu_s
        else:
            self.error(result.task.source.name, result.task.content_hash, result.reason)
        self._pending += 1
        if self._pending >= self.batch_articles or time.monotonic() - self._since >= self.batch_seconds:
            self.flush()

    def error(self, source: str, content_hash: str | None, reason: str) -> None:
        self.errors.append(error_table(source, content_hash, reason))
        self.failed += 1
        if self.on_error:
            self.on_error(source, reason)

    def flush(self) -> None:
        """Commits what has come in; cleared first, so that an interrupted commit is never committed twice."""
        tables, errors = self.tables, self.errors
        self.tables, self.errors, self._pending, self._since = {}, [], 0, time.monotonic()
        if tables or errors:
            self.store.commit(next_batch(self.store), tables, errors)


def build(paths: Iterable[str | os.PathLike], *, out: str | os.PathLike, published: str | None = None,
          workers: int | None = None, scheduler=None, force: bool = False, progress: bool = False,
          on_error: Callable[[str, str], None] | None = None, batch_articles: int = BATCH_ARTICLES) -> Summary:
    """Parses every article the paths name into the store `out` and rebuilds the tables across articles.

    `workers` local processes (default: every core), or the Dask cluster at `scheduler` (an address such
    as 'tcp://host:8786', or a cluster object). Articles already stored are skipped unless `force`. Ctrl-C
    commits the articles parsed so far (whole), rebuilds the tables and raises KeyboardInterrupt.
    """
    paths = list(paths)
    total = sum(1 for _ in iter_sources(paths, published=published))
    with Store(out) as store:
        refresh_views(store.root)
        writer = _Writer(store, on_error=on_error, batch_articles=batch_articles)
        stored, failed_before = store.stored()
        known = stored | failed_before
        counts = {"skipped": 0}
        bar = _progress(total, progress)
        tasks = _tasks(iter_sources(paths, published=published), known=known, force=force, writer=writer,
                       counts=counts, bar=bar)
        startup_s = parse_s = 0.0
        try:
            startup_s, parse_s = _parse_all(tasks, writer, bar, workers=workers, scheduler=scheduler)
        finally:
            bar.close()
            writer.flush()
            if force:
                store.compact()
            tables_start = time.perf_counter()
            sizes = build_tables(store.root)
        tables_s = time.perf_counter() - tables_start
    return Summary(store.root, total, writer.parsed, counts["skipped"], writer.failed, sizes, startup_s, parse_s,
                   tables_s, writer.cpu_s)


def _parse_all(tasks: Iterator[Task], writer: _Writer, bar, *, workers, scheduler) -> tuple[float, float]:
    """Streams the tasks through the workers into the writer; returns (start-up, parse) seconds. No task, no pool."""
    first = next(tasks, None)
    if first is None:
        return 0.0, 0.0
    start = time.perf_counter()
    pool = executor(workers=workers, scheduler=scheduler)
    try:
        pool.warm()
        ready = time.perf_counter()
        for result in stream(pool, _chain(first, tasks), window=3 * pool.workers + 2):
            writer.add(result)
            bar.update(1)
        return ready - start, time.perf_counter() - ready
    finally:
        pool.close()


def _chain(first: Task, rest: Iterator[Task]) -> Iterator[Task]:
    yield first
    yield from rest


def _tasks(sources: Iterable[Source], *, known: set[str], force: bool, writer: _Writer, counts: dict,
           bar) -> Iterator[Task]:
    """A task for each article not stored yet (every article with `force`), once per content hash; an article
    whose text cannot be read goes to the errors straight away."""
    seen: set[str] = set()
    for source in sources:
        try:
            content_hash = source.content_hash()
        except DossierError as err:
            writer.error(source.name, None, str(err))
            bar.update(1)
            continue
        if content_hash in seen or (content_hash in known and not force):
            counts["skipped"] += 1
            bar.update(1)
            continue
        seen.add(content_hash)
        yield Task(source, article_id(content_hash), content_hash)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, shown: bool):
    if not shown:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(total=total, desc="corpus", unit="article", file=sys.stderr, dynamic_ncols=True)


# ---------------------------------------------------------------- reading a store for the notebook

class Frames(NamedTuple):
    """What the corpus notebook shows, read from a store (every frame a pandas DataFrame)."""
    articles: object
    actors: object
    events: object
    positions: object
    quotes: object
    cooccurrence: object
    meetings: object
    errors: object


FRAME_QUERIES = {
    "articles": "SELECT article_id, name, title, outlet, published, source FROM articles",
    "actors": "SELECT * FROM corpus_actors",
    "events": "SELECT * FROM corpus_events",
    "positions": "SELECT * FROM corpus_positions",
    "quotes": "SELECT * FROM corpus_quotes",
    "cooccurrence": "SELECT * FROM corpus_cooccurrence LIMIT 20000",
    "meetings": "SELECT * FROM corpus_meetings",
    "errors": "SELECT * FROM errors",
}


def load(store: str | os.PathLike, *, sources: Iterable[str | os.PathLike] | str | None = None) -> Frames:
    """The store's frames for the notebook; with `sources`, the store is first brought up to date with them
    (only articles not stored yet are parsed). The database is closed again before this returns."""
    if sources is not None:
        build([sources] if isinstance(sources, (str, os.PathLike)) else sources, out=store)
    con = connect(store)
    try:
        return Frames(**{name: con.sql(sql).df() for name, sql in FRAME_QUERIES.items()})
    finally:
        con.close()


NOTEBOOK = "05_corpus"


def report(store: str | os.PathLike) -> Path:
    """Runs notebooks/05_corpus.ipynb on the store and writes it as one offline HTML page, STORE/report.html,
    with the article reports' export (`dossier.report.export_html`)."""
    from dossier import report as reports
    root = Path(store).resolve()
    title = f"Corpus: {root.name}"
    return reports.export_html(reports.NOTEBOOKS_DIR / f"{NOTEBOOK}.ipynb", {"STORE": str(root), "SOURCES": None},
                  root / "report.html", title=title)
