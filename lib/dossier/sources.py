"""What the user names on the command line, as articles: files, folders of seeds, JSON Lines of crawler records.

`iter_sources(paths)` yields one `Source` per article, in a stable order:

- a file is one article (plain text, HTML, front matter, a crawler's JSON record), dated by `published`;
- a folder is its `index.csv` (file, published, ...), else every article-like file in it, by name;
- a `.jsonl` / `.ndjson` file is one article per non-empty line (each line a crawler's JSON record).

`Source.text()` is the decoded text of the article (for a record, its JSON line) and `Source.read()` the parsed
`Article`; both raise `DossierError` with a one-line message when the input cannot be read.
"""
from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from dossier.errors import DossierError

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

    @property
    def name(self) -> str:
        """What messages call it: the path, or 'path:LINE' for a record."""
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)

    def text(self) -> str:
        """The article's decoded text (a record's JSON line as it stands in its file)."""
        from dossier import decoding
        if self.line is None:
            return decoding.decode(_read_bytes(self.path), source=self.name)
        for n, raw in enumerate(_read_bytes(self.path).splitlines(), start=1):
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
    if index.is_file():
        with index.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                yield from iter_sources([folder / row["file"]], published=row.get("published") or None)
        return
    for p in sorted(folder.iterdir()):
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES + RECORD_SUFFIXES:
            yield from iter_sources([p])


def _records(path: Path, published: str | None) -> Iterator[Source]:
    for n, raw in enumerate(_read_bytes(path).splitlines(), start=1):
        if raw.strip():
            yield Source(path, published, n)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DossierError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise DossierError("is a folder, not an article file", source=str(path)) from None
    except PermissionError:
        raise DossierError("cannot be read (permission denied)", source=str(path)) from None
