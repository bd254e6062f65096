"""The Article: one parsed article and every frame derived from it (see docs/frames.md)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Doc

from dossier.reading import Cleaned
from dossier.schema import frame


@dataclass
class Article:
    """A parsed article: `text`, `meta` and the frames named in docs/frames.md."""
    text: str
    meta: dict
    removed: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    actors: pd.DataFrame = field(default_factory=lambda: frame("actors"))
    mentions: pd.DataFrame = field(default_factory=lambda: frame("mentions"))
    quotes: pd.DataFrame = field(default_factory=lambda: frame("quotes"))
    events: pd.DataFrame = field(default_factory=lambda: frame("events"))
    positions: pd.DataFrame = field(default_factory=lambda: frame("positions"))
    doc: Doc | None = field(default=None, repr=False)
    reading: Any = field(default=None, repr=False)        # the clauses.Reading of `doc` (None without it)

    def __getattr__(self, name: str) -> Any:
        """`clauses`, the frame of the clause reading, built on first use (most callers never look at it, and
        building it costs a tenth of the parse) and kept; an empty frame for an Article without a reading."""
        if name != "clauses":
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        reading = self.__dict__.get("reading")
        self.__dict__["clauses"] = value = reading.frame() if reading is not None else frame("clauses")
        return value

    def __getstate__(self) -> dict:
        """A pickled Article keeps its frames (the clauses frame built now) and text; the clause reading is
        rebuilt from a parse, not stored."""
        return {**self.__dict__, "clauses": self.clauses, "reading": None}

    def __repr__(self) -> str:
        return (f"Article({self.meta.get('article_id')!r}, title={self.meta.get('title')!r}, "
                f"{len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, {len(self.actors)} actors)")


def text_of(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds `doc.text` from every token on each access."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


class ParagraphRow(NamedTuple):
    paragraph_id: int
    kind: str
    text: str
    start_char: int
    end_char: int
    credit: str | None


class SentenceRow(NamedTuple):
    sentence_id: int
    paragraph_id: int
    start_char: int
    end_char: int
    text: str


def assemble(cleaned: Cleaned) -> tuple[str, list[ParagraphRow]]:
    """The clean text (paragraphs separated by blank lines) and paragraph rows with offsets into it."""
    rows, pos = [], 0
    for i, p in enumerate(cleaned.paragraphs):
        rows.append(ParagraphRow(i, p.kind, p.text, pos, pos + len(p.text), p.credit))
        pos += len(p.text) + 2
    return "\n\n".join(p.text for p in cleaned.paragraphs), rows


def sentence_rows(doc: Doc, paragraphs: list[ParagraphRow]) -> Iterator[SentenceRow]:
    """spaCy's sentences, cut at paragraph boundaries and trimmed of white space."""
    starts = [p.start_char for p in paragraphs]
    sid = 0
    for sent in doc.sents:
        lo, hi = sent.start_char, sent.end_char
        while lo < hi:
            pi = max(bisect.bisect_right(starts, lo) - 1, 0)
            cut = min(hi, paragraphs[pi].end_char)
            text = text_of(doc)[lo:cut]
            a = lo + len(text) - len(text.lstrip())
            b = cut - (len(text) - len(text.rstrip()))
            if b > a:
                yield SentenceRow(sid, pi, a, b, text_of(doc)[a:b])
                sid += 1
            lo = paragraphs[pi + 1].start_char if pi + 1 < len(paragraphs) and cut < hi else hi


class Locator:
    """Maps a character offset of the text to its sentence and paragraph."""

    def __init__(self, sentences: pd.DataFrame) -> None:
        self.starts = sentences["start_char"].tolist()
        self.ids = sentences["sentence_id"].tolist()
        self.paras = sentences["paragraph_id"].tolist()

    def sentence(self, char: int) -> int:
        i = max(bisect.bisect_right(self.starts, char) - 1, 0)
        return self.ids[i] if self.ids else -1

    def paragraph(self, char: int) -> int:
        i = max(bisect.bisect_right(self.starts, char) - 1, 0)
        return self.paras[i] if self.paras else -1
