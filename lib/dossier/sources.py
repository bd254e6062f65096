"""What the user names on the command line, as articles: files, folders of seeds, JSON Lines of crawler records.

`iter_sources(paths)` yields one `Source` per article, in a stable order:

- a file is one article (plain text, HTML, front matter, a crawler's JSON record), dated by `published`;
- a folder is its `index.csv` (file, published, ...), else every article-like file in it, by name;
- a `.jsonl` / `.ndjson` file is one article per non-empty line (each line a crawler's JSON record).

A folder or JSON Lines file without any article raises NoArticlesError ("no articles found in X") once its
iteration ends. Only regular files are read (`read_file`): devices, FIFOs and link loops are refused at once.

`Source.text()` is the decoded text of the article (for a record, its JSON line) and `Source.read()` the parsed
`Article`; both raise `DossierError` with a one-line message when the input cannot be read.
"""
from __future__ import annotations

import csv
import contextlib
import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable, Iterator

from dossier.errors import DossierError, FileError, NoArticlesError, printable

if TYPE_CHECKING:
    from dossier.article import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md", ".json")
RECORD_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Source:
    """One article the user named: a file, or one record (`line`, 1-based) of a JSON Lines file."""
    path: Path
    published: str | None = None
    line: int | None = None
    data: bytes | None = field(default=None, compare=False, repr=False)    # a record's own line, read once

    @property
    def name(self) -> str:
        """What messages call it: the path, or 'path:LINE' for a record."""
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)

    def text(self) -> str:
        """The article's decoded text (a record's JSON line as it stands in its file)."""
        from dossier import decoding
        if self.line is None:
            return decoding.decode(_read_bytes(self.path), source=self.name)
        if self.data is not None:
            return decoding.decode(self.data, source=self.name)
        for n, raw in _lines(self.path):
            if n == self.line:
                return decoding.decode(raw, source=self.name)
        raise DossierError(f"has no line {self.line}", source=str(self.path))

    def content_hash(self) -> str:
        """sha256 of the article's text: the same article gives the same hash wherever it is stored."""
        return hashlib.sha256(self.text().encode("utf-8", "surrogatepass")).hexdigest()

    def read(self) -> "Article":
        """The parsed article."""
        from dossier.pipeline import parse_article, read_article
        if self.line is None:
            return read_article(self.path, published=self.published)
        return parse_article(self.text(), published=self.published, source_path=self.name)


def iter_sources(paths: Iterable[str | os.PathLike], *, published: str | None = None) -> Iterator[Source]:
    """Every article the paths name (see the module's docstring); `published` dates the files named directly."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _folder(path)
        elif path.suffix.lower() in RECORD_SUFFIXES:
            yield from _records(path, published)
        else:
            yield Source(path, published)


def _folder(folder: Path) -> Iterator[Source]:
    index = folder / "index.csv"
    found = 0
    if index.is_file():
        for name, published in _index_rows(index):
            for source in iter_sources([folder / name], published=published):
                found += 1
                yield source
    else:
        for p in sorted(folder.iterdir()):
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES + RECORD_SUFFIXES:
                for source in iter_sources([p]):
                    found += 1
                    yield source
    if not found:
        raise NoArticlesError(f"no articles found in {printable(folder)}")


def _index_rows(index: Path) -> list[tuple[str, str | None]]:
    """(file, published) of every row of a seeds folder's index.csv."""
    try:
        rows = list(csv.DictReader(read_file(index, limit=RECORDS_MAX_BYTES).decode("utf-8-sig").splitlines()))
    except (UnicodeDecodeError, csv.Error) as err:
        raise DossierError(f"cannot be read as a CSV listing ({err})", source=str(index)) from None
    if rows and "file" not in rows[0]:
        raise DossierError("has no 'file' column (file,published,...)", source=str(index))
    return [(row["file"], row.get("published") or None) for row in rows if row.get("file")]


def _records(path: Path, published: str | None) -> Iterator[Source]:
    found = 0
    for n, raw in _lines(path):
        if raw.strip():
            found += 1
            yield Source(path, published, n, raw)
    if not found:
        raise NoArticlesError(f"no articles found in {printable(path)}")


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(1-based number, bytes) of each line of a JSON Lines file, read as a stream (the file may be large)."""
    from dossier import decoding
    with _opened(path) as (fh, st):
        if st.st_size > RECORDS_MAX_BYTES:
            raise decoding.TooLargeError(f"file is {st.st_size / 2**20:.1f} MB, over the "
                                         f"{RECORDS_MAX_BYTES / 2**20:.0f} MB limit for records", source=str(path))
        for n, raw in enumerate(fh, start=1):
            yield n, raw.rstrip(b"\r\n")


def _read_bytes(path: Path) -> bytes:
    return read_file(path, limit=RECORDS_MAX_BYTES if path.suffix.lower() in RECORD_SUFFIXES else None)


RECORDS_MAX_BYTES = 1 << 30     # a JSON Lines file holds many articles; each record still has the article limit


def read_file(path: str | os.PathLike, *, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path` (links followed), at most `limit` bytes (default: the article limit).

    Raises FileError, without blocking, for what is not a regular file: missing, a folder, a link loop, a device
    (/dev/zero), a FIFO, a socket; TooLargeError for a file over the limit."""
    from dossier import decoding
    limit = decoding.MAX_BYTES if limit is None else limit
    name = str(path)
    with _opened(path) as (fh, st):
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise decoding.TooLargeError(f"file is {max(st.st_size, len(data)) / 2**20:.1f} MB, over the "
                                     f"{limit / 2**20:.0f} MB limit for one article", source=name)
    return data


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """The regular file at `path` (links followed) open for reading, with its stat; FileError, without
    blocking, for anything else and for any OS error while it is read."""
    name = str(path)
    try:
        _check_regular(os.stat(path), name)
        # O_NONBLOCK: a FIFO put in the file's place since the check must not block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            _check_regular(st, name)
            yield fh, st
    except OSError as err:
        raise FileError(_os_problem(err), source=name) from None


def _check_regular(st: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise FileError("is a folder, not an article file", source=name)
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a file")
        raise FileError(f"is {kind}, not a regular file", source=name)


def _os_problem(err: OSError) -> str:
    """What an OSError says about a path, in words: 'no such file', 'too many levels of symbolic links'."""
    known = {errno.ENOENT: "no such file", errno.EISDIR: "is a folder, not an article file",
             errno.EACCES: "cannot be read (permission denied)", errno.EPERM: "cannot be read (permission denied)",
             errno.ELOOP: "cannot be read: a loop of symbolic links", errno.ENOTDIR: "no such file (a part of the path "
             "is not a folder)", errno.ENAMETOOLONG: "file name too long"}
    return known.get(err.errno) or f"cannot be read ({(err.strerror or str(err)).lower()})"
