"""read_article / parse_article: raw input in, one Article out. Each frame is derived once, in order."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from dossier import decoding, metadata, nlp, reading
from dossier.article import Article, assemble, sentence_rows
from dossier.errors import DossierError
from dossier.schema import frame


def read_article(path: str | os.PathLike, *, published: str | date | None = None) -> Article:
    """Read a file (plain text, HTML, either in front matter), detect its form and parse it into an Article."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > decoding.MAX_BYTES:
            raise decoding.TooLargeError(f"file is {size / 1e6:.1f} MB, over the {decoding.MAX_BYTES / 1e6:.0f} MB "
                                         "limit for one article", source=str(p))
        data = p.read_bytes()
    except IsADirectoryError:
        raise DossierError("is a folder, not an article file", source=str(p)) from None
    except FileNotFoundError:
        raise DossierError("no such file", source=str(p)) from None
    except PermissionError:
        raise DossierError("cannot be read (permission denied)", source=str(p)) from None
    text = decoding.decode(data, source=str(p))
    return parse_article(text, published=published, source_path=str(p))


def parse_article(text: str, *, published: str | date | None = None, source_path: str | None = None) -> Article:
    """Parse an article given as a string (plain text or HTML) into an Article with every frame."""
    src = source_path
    if not text or not text.strip():
        raise decoding.EmptyInputError("the input is empty", source=src)
    decoding.check_characters(text, source=src)
    text = decoding.normalise_text(text)
    decoding.check_not_data(text, source=src)
    cleaned = reading.clean(text)
    body = "\n".join(p.text for p in cleaned.paragraphs if p.kind == "body")
    decoding.check_english(body, source=src)
    decoding.check_article_body(body, source=src)
    clean_text, prows = assemble(cleaned)
    doc = nlp.load()(clean_text)
    sentences = frame("sentences", sentence_rows(doc, prows))
    meta = metadata.build(cleaned.meta, raw=text, body=body, published=published, source_path=src,
                          article_id=metadata.article_id_for(src, text), word_count=len(body.split()))
    art = Article(text=clean_text, meta=meta, removed=frame("removed", cleaned.removed),
                  paragraphs=frame("paragraphs", prows), sentences=sentences, doc=doc)
    return _derive(art)


def _derive(art: Article) -> Article:
    """Fill the derived frames, each a function of the Article and the frames before it."""
    from dossier import actors, events, positions, quotes
    art.actors, art.mentions = actors.extract(art)
    art.quotes = quotes.extract(art)
    art.events = events.extract(art)
    art.positions = positions.extract(art)
    return art
