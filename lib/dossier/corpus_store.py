"""The corpus store on disk: one Parquet data set (a folder) per frame, and a DuckDB database with a view per frame.

    OUT/store.json                the store's format version
    OUT/articles/part-000001.parquet   one row per article (meta, text, content hash): the commit record
    OUT/<frame>/part-000001.parquet    that batch's rows of one frame (paragraphs, sentences, actors, ...)
    OUT/errors/part-000001.parquet     articles that could not be read, with their one-line reason
    OUT/corpus.duckdb             views over those folders, and the cross-article tables

Articles are committed in batches. A batch writes every frame's part under a hidden temporary name, renames
them into place, and renames its `articles` part last: that part is the commit record. SIGINT waits until
the renames are done, and the next writer removes the parts of a batch that has no `articles` part (a crash
between renames); the views also show only rows of committed batches. So the store holds whole articles
only. Every row carries `article_id`, `published` and `outlet`; a frame's extra columns are kept.

An article re-parsed with `--force` lands in a newer batch; the views show each article's newest batch,
and `compact` rewrites the parts that still hold older copies.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import re
import signal
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from dossier.errors import DossierError
from dossier.schema import COLUMNS

FORMAT = 1
DATABASE = "corpus.duckdb"
MANIFEST = "store.json"
LOCK = ".lock"
ARTICLES = "articles"
ERRORS = "errors"
FRAMES = ("paragraphs", "sentences", "actors", "mentions", "quotes", "events", "positions", "removed")
FOLDERS = (ARTICLES, *FRAMES, ERRORS)
PART = re.compile(r"^part-(\d{6})\.parquet$")

# Columns every row of every frame starts with.
ROW_PREFIX = pa.schema([("article_id", pa.string()), ("published", pa.date32()), ("outlet", pa.string())])
# Contract columns that hold lists; the other "object" columns hold text.
LIST_TYPES = {("actors", "aliases"): pa.list_(pa.string()), ("events", "participants"): pa.list_(pa.int64()),
              (ARTICLES, "section"): pa.list_(pa.string()), (ARTICLES, "authors"): pa.list_(pa.string())}
ARTICLE_FIELDS = pa.schema([
    ("article_id", pa.string()), ("published", pa.date32()), ("outlet", pa.string()),
    ("name", pa.string()), ("title", pa.string()), ("source", pa.string()), ("content_hash", pa.string()),
    ("section", pa.list_(pa.string())), ("authors", pa.list_(pa.string())), ("author_email", pa.string()),
    ("language", pa.string()), ("word_count", pa.int64()), ("url", pa.string()), ("text", pa.string())])
ERROR_FIELDS = pa.schema([("source", pa.string()), ("content_hash", pa.string()), ("reason", pa.string())])
_ARROW = {"int64": pa.int64(), "Int64": pa.int64(), "object": pa.string()}


# ---------------------------------------------------------------- rows: frames -> Arrow tables

def frame_schema(frame: str) -> pa.Schema:
    """The Arrow schema of a frame's contract columns, after the row prefix."""
    fields = [pa.field(c, LIST_TYPES.get((frame, c), _ARROW[dtype])) for c, dtype in COLUMNS[frame].items()]
    return pa.schema(list(ROW_PREFIX) + fields)


def frame_table(frame: str, df, *, article_id: str, published: str | None, outlet: str | None) -> pa.Table:
    """One article's frame as an Arrow table: the row prefix, the contract's columns typed, extra columns kept."""
    n = len(df)
    prefix = [pa.array([article_id] * n, pa.string()), pa.array([as_date(published)] * n, pa.date32()),
              pa.array([outlet] * n, pa.string())]
    schema = frame_schema(frame)
    names, arrays = list(ROW_PREFIX.names), prefix
    for column in df.columns:
        if column in names:
            continue
        wanted = schema.field(column).type if column in schema.names else None
        names.append(str(column))
        arrays.append(column_array(df[column].tolist(), wanted))
    return pa.Table.from_arrays(arrays, names=names)


def article_table(meta: Mapping, *, article_id: str, source: str, content_hash: str, text: str) -> pa.Table:
    """The `articles` row of one article: its meta (every key kept), text, source and content hash."""
    row = {**{k: v for k, v in meta.items() if k != "article_id"}, "name": meta.get("article_id"),
           "article_id": article_id, "published": as_date(meta.get("published")), "source": source,
           "content_hash": content_hash, "text": text}
    names = ARTICLE_FIELDS.names + sorted(k for k in row if k not in ARTICLE_FIELDS.names)
    arrays = [column_array([row.get(k)], ARTICLE_FIELDS.field(k).type if k in ARTICLE_FIELDS.names else None)
              for k in names]
    return pa.Table.from_arrays(arrays, names=names)


def error_table(source: str, content_hash: str | None, reason: str) -> pa.Table:
    return pa.Table.from_pylist([{"source": source, "content_hash": content_hash, "reason": reason}],
                                schema=ERROR_FIELDS)


def column_array(values: list, wanted: pa.DataType | None) -> pa.Array:
    """Values as an Arrow array of the wanted type; an extra column's type is inferred, else kept as JSON text."""
    values = [None if _missing(v) else v for v in values]
    if wanted is not None:
        return pa.array(values, wanted)
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return pa.array([None if v is None else json.dumps(v, default=str, ensure_ascii=False) for v in values],
                        pa.string())


def _missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in ("NAType", "NaTType")


def as_date(value) -> dt.date | None:
    """'YYYY-MM-DD' (or a date) as a date; anything else as None."""
    if isinstance(value, dt.date):
        return value
    with contextlib.suppress(TypeError, ValueError):
        return dt.date.fromisoformat(str(value)[:10])
    return None


# ---------------------------------------------------------------- the store

class Store:
    """A corpus store folder opened for writing (one writer at a time: a lock file says who)."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()
        self._lock = None

    def __enter__(self) -> "Store":
        _check_folder(self.root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = (self.root / LOCK).open("a")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise DossierError("another dossier corpus run is writing to this store", source=str(self.root)) from None
        (self.root / MANIFEST).write_text(json.dumps({"format": FORMAT}) + "\n", encoding="utf-8")
        for folder in FOLDERS:
            (self.root / folder).mkdir(exist_ok=True)
        self.recover()
        if not self.batches():
            self.commit(0, {}, ())   # batch 0: empty parts with the contract's columns, so every view has a file
        return self

    def __exit__(self, *exc) -> None:
        if self._lock:
            self._lock.close()

    def batches(self) -> list[int]:
        """The committed batches, in order."""
        return sorted(int(m.group(1)) for p in (self.root / ARTICLES).iterdir() if (m := PART.match(p.name)))

    def recover(self) -> None:
        """Removes temporary files and the parts of batches that were never committed."""
        committed = set(self.batches())
        for folder in FOLDERS:
            for path in (self.root / folder).iterdir():
                m = PART.match(path.name)
                if path.name.startswith(".") and path.name.endswith(".tmp") or (m and int(m.group(1)) not in committed):
                    path.unlink()

    def commit(self, batch: int, tables: Mapping[str, list[pa.Table]], errors: Iterable[pa.Table]) -> None:
        """Writes one batch: every frame's part, then the articles part that commits it (SIGINT waits)."""
        parts = {frame: _concat(tables.get(frame, []), frame_schema(frame)) for frame in FRAMES}
        parts[ERRORS] = _concat(list(errors), ERROR_FIELDS)
        parts[ARTICLES] = _concat(tables.get(ARTICLES, []), ARTICLE_FIELDS)
        staged = [(self._write_temp(folder, batch, table), folder) for folder, table in parts.items()]
        with _sigint_deferred():
            for temp, folder in staged:   # articles last: it is the commit record
                os.replace(temp, self.root / folder / f"part-{batch:06d}.parquet")

    def _write_temp(self, folder: str, batch: int, table: pa.Table) -> Path:
        temp = self.root / folder / f".part-{batch:06d}.parquet.tmp"
        pq.write_table(table, temp, compression="zstd")
        with open(temp, "rb") as fh:
            os.fsync(fh.fileno())
        return temp

    def compact(self) -> None:
        """Rewrites the parts that still hold an older copy of an article parsed again (each file replaced whole)."""
        newest: dict[str, int] = {}
        for path in part_files(self.root, ARTICLES):
            batch = int(PART.match(path.name).group(1))
            for article in pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist():
                newest[article] = max(batch, newest.get(article, batch))
        for folder in (ARTICLES, *FRAMES):
            for path in part_files(self.root, folder):
                self._drop_older(path, newest)

    def _drop_older(self, path: Path, newest: dict[str, int]) -> None:
        batch = int(PART.match(path.name).group(1))
        ids = pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist()
        keep = [newest.get(a, batch) == batch for a in ids]
        if all(keep):
            return
        table = pq.read_table(path).filter(pa.array(keep))
        temp = path.with_name(f".{path.name}.tmp")
        pq.write_table(table, temp, compression="zstd")
        with _sigint_deferred():
            os.replace(temp, path)

    def stored(self) -> tuple[set[str], set[str]]:
        """The content hashes already stored: of articles, and of articles that failed."""
        return (_hashes(self.root / ARTICLES, "content_hash"), _hashes(self.root / ERRORS, "content_hash"))


def _check_folder(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise DossierError("is a file, not a corpus store folder", source=str(root))
    if root.is_dir() and any(root.iterdir()) and not (root / MANIFEST).is_file():
        raise DossierError("is a folder that is not a corpus store (no store.json): give an empty or new folder",
                           source=str(root))
    if (root / MANIFEST).is_file():
        found = json.loads((root / MANIFEST).read_text(encoding="utf-8")).get("format")
        if found != FORMAT:
            raise DossierError(f"is a corpus store of format {found}; this dossier writes format {FORMAT}: "
                               "build a new store", source=str(root))


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    """The tables as one (columns by name; extra columns added as nulls where missing), or an empty table."""
    if not tables:
        return schema.empty_table()
    return pa.concat_tables([schema.empty_table(), *tables], promote_options="permissive")


def _hashes(folder: Path, column: str) -> set[str]:
    found: set[str] = set()
    for path in sorted(folder.glob("part-*.parquet")):
        found.update(h for h in pq.read_table(path, columns=[column]).column(column).to_pylist() if h)
    return found


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Holds back Ctrl-C for the duration of the block, then delivers it."""
    received: list = []
    try:
        previous = signal.signal(signal.SIGINT, lambda *a: received.append(a))
    except ValueError:   # not the main thread: signals go to the main thread anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            raise KeyboardInterrupt


def next_batch(store: Store) -> int:
    batches = store.batches()
    return (batches[-1] + 1) if batches else 1


def part_files(root: Path, folder: str) -> list[Path]:
    return sorted((root / folder).glob("part-*.parquet"))
