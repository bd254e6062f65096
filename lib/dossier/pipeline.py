"""read_article / parse_article: raw input in, one Article out. Each frame is derived once, in order."""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from dossier import decoding, metadata, nlp, reading
from dossier.article import Article, assemble, sentence_rows
from dossier.errors import DateError
from dossier.schema import frame
from dossier.sources import read_file

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATES = re.compile("[\ud800-\udfff]")     # halves of UTF-16 pairs, alone: no text can be written with them


def read_article(path: str | os.PathLike, *, published: str | date | None = None) -> Article:
    """Read a file (plain text, HTML, either in front matter), detect its form and parse it into an Article."""
    published = check_published(published)
    p = Path(path)
    data = read_file(p)
    text = decoding.decode(data, source=str(p))
    return parse_article(text, published=published, source_path=str(p))


def parse_article(text: str, *, published: str | date | None = None, source_path: str | None = None) -> Article:
    """Parse an article given as a string (plain text or HTML) into an Article with every frame."""
    src = source_path
    published = check_published(published)
    text = _without_surrogates(text)
    if not text or not text.strip():
        raise decoding.EmptyInputError("the input is empty", source=src)
    decoding.check_characters(text, source=src)
    text = decoding.normalise_text(text)
    decoding.check_not_data(text, source=src)
    cleaned = reading.clean(text, normalised=True)
    body = "\n".join(p.text for p in cleaned.paragraphs if p.kind == "body")
    decoding.check_english(body, source=src)
    decoding.check_article_body(body, source=src)
    clean_text, prows = assemble(cleaned)
    doc = nlp.parse(clean_text)
    sentences = frame("sentences", sentence_rows(doc, prows))
    meta = metadata.build(cleaned.meta, raw=text, body=body, published=published, source_path=src,
                          article_id=metadata.article_id_for(src, text), word_count=len(body.split()))
    art = Article(text=clean_text, meta=meta, removed=frame("removed", cleaned.removed),
                  paragraphs=frame("paragraphs", prows), sentences=sentences, doc=doc)
    return _derive(art)


def check_published(value: str | date | None) -> str | None:
    """The publication date as 'YYYY-MM-DD' (None for none or an empty string), from a date, a datetime, or a
    string 'YYYY-MM-DD' (optionally with an ISO time: '2022-02-09T10:30:00Z'). Raises DateError for anything
    else: '2022-13-45', '2022-02-30' and 'not-a-date' are refused, never ignored."""
    if value is None:
        return None
    if isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if not isinstance(value, str):
        raise DateError(f"publication date {value!r} is of type {type(value).__name__}, not a date 'YYYY-MM-DD'")
    s = value.strip()
    if not s:
        return None
    if not _ISO_DAY.match(s):
        raise DateError(f"publication date {s[:40]!r} is not a date in the form YYYY-MM-DD")
    try:
        if len(s) == 10:
            return date.fromisoformat(s).isoformat()
    except ValueError as err:
        raise DateError(f"publication date {s!r} is not a calendar date ({err})") from None
    try:
        return datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        raise DateError(f"publication date {s[:40]!r} is not a date in the form YYYY-MM-DD") from None


def _without_surrogates(text: str) -> str:
    """The text with each lone surrogate (from a JSON escape, or bytes decoded with 'surrogateescape') replaced by
    U+FFFD, one character for one, so offsets are unchanged and the text can be encoded, tokenised and written."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    except AttributeError:
        return text                 # not a str: the checks below say so


def _derive(art: Article) -> Article:
    """Fill the derived frames, each a function of the Article and the frames before it: the actors, then
    one reading of every sentence into clauses (with one resolver of who is meant), which quotes, events
    and positions all read."""
    from dossier import actors, clauses, events, positions, quotes, sanctions
    from dossier.who import Who
    art.actors, art.mentions = actors.extract(art)
    labels = quotes.speaker_labels(art)             # a transcript's speakers, read once for both steps
    spans = quotes.paragraph_spans(art, labels)
    reading = clauses.read(art, Who(art, tuple((s.start, s.end) for s in spans)))
    art.quotes = quotes.extract(art, reading, spans, labels)
    said = sanctions.find(reading)
    art.events = events.extract(art, reading, said)
    art.positions = positions.extract(art, reading, said)
    art.reading = reading                           # art.clauses, its frame, is built on first use
    art.actors = actors.with_guessed_countries(art)
    return art
