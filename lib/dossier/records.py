"""Records of news crawlers: one JSON object per article, as news-please, trafilatura or newspaper4k write it.

`record_of(text)` returns a `Record` (the article's text and its metadata under our names) for a JSON object
that holds an article's text under one of `TEXT_FIELDS` and at least one metadata field, else None; any other
JSON is left to `decoding.check_not_data`, which refuses it as "not an article". A JSON Lines file of records is
many articles: `sources.iter_sources` yields one `Source` per line.

Field names, by crawler (the first present wins):
- text: `maintext` (news-please), `text` (trafilatura, newspaper4k), `raw_text` (trafilatura);
- title: `title`, `title_page`, `title_rss`;
- published: `date_publish` (news-please), `publish_date` (newspaper4k), `date` (trafilatura), `published`;
- authors: `authors` (a list or a string), `author` (trafilatura: "A; B");
- site: `sitename`, `source-hostname` (trafilatura), `meta_site_name` (newspaper4k), `source_domain`
  (news-please; a host name), `hostname`;
- url: `url`, `canonical_link`, `source` (trafilatura's url);
- description: `description`, `excerpt`, `meta_description`; section: `categories`, `section`.
"""
from __future__ import annotations

import json
from typing import NamedTuple

TEXT_FIELDS = ("maintext", "text", "raw_text")
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "title_page", "title_rss"),
    "published": ("date_publish", "publish_date", "date", "published"),
    "authors": ("authors", "author"),
    "site": ("sitename", "source-hostname", "meta_site_name", "source_domain", "hostname"),
    "url": ("url", "canonical_link", "source"),
    "description": ("description", "excerpt", "meta_description"),
    "section": ("categories", "section"),
    "language": ("language", "meta_lang"),
}
MAX_FIELD_CHARS = 2000  # metadata longer than this is not metadata


class Record(NamedTuple):
    text: str
    meta: dict


def record_of(text: str) -> Record | None:
    """The crawler record the text is (one JSON object with an article's text and metadata), else None."""
    stripped = text.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return record_from(value) if isinstance(value, dict) else None


def record_from(value: dict) -> Record | None:
    """The Record of a decoded JSON object, or None when it is not a crawler's article record."""
    body = next((value[k] for k in TEXT_FIELDS if isinstance(value.get(k), str) and value[k].strip()), None)
    if body is None:
        return None
    meta = {name: _first(value, keys) for name, keys in FIELDS.items()}
    meta = {k: v for k, v in meta.items() if v}
    if not meta.keys() & {"title", "published", "url", "site", "authors"}:
        return None
    if "authors" in meta:
        meta["authors"] = _authors(meta["authors"])
    if "section" in meta:
        meta["section"] = _list(meta["section"])
    if "site" in meta and "." in meta["site"] and " " not in meta["site"]:
        meta["hostname"] = meta.pop("site")
    return Record(body.replace("\r\n", "\n"), meta)


def _first(value: dict, keys: tuple[str, ...]):
    for key in keys:
        v = value.get(key)
        if isinstance(v, str) and v.strip() and len(v) <= MAX_FIELD_CHARS:
            return " ".join(v.split())
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return [" ".join(x.split()) for x in v if x.strip()]
    return None


def _authors(v) -> list[str]:
    parts = v if isinstance(v, list) else str(v).split(";")
    return [p.strip() for p in parts if p.strip()]


def _list(v) -> list[str]:
    parts = v if isinstance(v, list) else str(v).split(";")
    return [p.strip() for p in parts if p.strip()]
