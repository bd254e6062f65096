"""The corpus's DuckDB database: views over the store's Parquet folders, and the tables across articles.

The database file lives in the store (`OUT/corpus.duckdb`) and refers to the Parquet folders by their
absolute paths: open it from Python (`connect`) or the `duckdb` shell from anywhere; after moving the
store folder, run `dossier corpus` on it again (or `refresh_views`) to point the views at the new place.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from dossier import corpus_sql as sql
from dossier.corpus_store import ARTICLES, DATABASE, ERRORS, FRAMES, MANIFEST
from dossier.errors import DossierError

TABLES = ("corpus_actors", "actor_map", "corpus_events", "event_sources")
VIEWS = (ARTICLES, *FRAMES, ERRORS, "corpus_positions", "corpus_quotes", "corpus_cooccurrence", "corpus_meetings")


def connect(store: str | os.PathLike, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to the store's database (read-only unless asked); `DossierError` when there is no store."""
    root = Path(store)
    if not (root / MANIFEST).is_file() or not (root / DATABASE).is_file():
        raise DossierError("is not a corpus store (build it with `dossier corpus SOURCES --out DIR`)",
                           source=str(root))
    try:
        return duckdb.connect(str(root / DATABASE), read_only=read_only)
    except duckdb.IOException as err:
        raise DossierError(f"cannot open the corpus database ({str(err).splitlines()[0]})",
                           source=str(root)) from None


def _writable(root: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(root / DATABASE))
    except duckdb.IOException as err:
        raise DossierError("the corpus database is open in another process (a notebook?): close it and run again; "
                           f"the articles parsed are kept ({str(err).splitlines()[0][:160]})", source=str(root)) from None


def refresh_views(root: Path) -> None:
    """(Re)creates the view of every frame over its Parquet folder."""
    con = _writable(root)
    try:
        con.execute(sql.CURRENT_VIEW.format(glob=_glob(root, ARTICLES)))
        for name in (ARTICLES, *FRAMES):
            con.execute(sql.FRAME_VIEW.format(name=name, glob=_glob(root, name)))
        con.execute(sql.ERRORS_VIEW.format(glob=_glob(root, ERRORS)))
    finally:
        con.close()


def build_tables(root: Path) -> dict[str, int]:
    """Computes the tables across articles (identities, merged events) in one transaction; returns their sizes."""
    con = _writable(root)
    try:
        con.execute("BEGIN TRANSACTION")
        for statements in (sql.IDENTITIES, sql.EVENTS, sql.NAMED_VIEWS):
            con.execute(statements)
        con.execute("COMMIT")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _glob(root: Path, folder: str) -> str:
    return str(root / folder / "part-*.parquet").replace("'", "''")
