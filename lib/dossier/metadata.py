"""The `meta` dict of an Article: what the input states about itself, normalised."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import dateparser

from dossier import boilerplate as bp

# Labels of a host name that say nothing of the outlet: "www.", "feeds.", ".co.kr", ".com".
_HOST_NOISE = {"www", "m", "amp", "feeds", "edition", "com", "co", "org", "net", "news", "gov", "ac", "int", "info",
               "uk", "kr", "in", "jp", "cn", "au", "ca", "de", "fr", "ru", "tr", "us", "eu"}
_CAP_PHRASE = re.compile(r"(?:[A-Z][\w'’.&-]*|of|the)(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|the)){0,5}")
_DATELINE_AGENCY = re.compile(r"\((?P<agency>Reuters|AP|AFP|Bloomberg|Yonhap|Xinhua|TASS|UPI|dpa)\)\s*[-—–]")


def iso_date(value) -> str | None:
    """'YYYY-MM-DD' for a date, a datetime, or a string that states a calendar date; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return "-".join(m.groups())
    parsed = dateparser.parse(re.sub(r"^(?:published|updated|posted)\s*:?\s*", "", s, flags=re.I),
                              languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def outlet(meta: dict, raw: str, body: str) -> str | None:
    """The outlet's name: the page's site name, a title suffix, a wire dateline, or a name matching the host/email."""
    if meta.get("site") and not re.match(r"^[\w.-]+\.[a-z]{2,}$", meta["site"]):
        return meta["site"]
    for t in (meta.get("page_title"), meta.get("raw_title")):
        m = bp.TITLE_SITE_SUFFIX.search(t or "")
        if m:
            return m.group("site").strip()
    m = _DATELINE_AGENCY.search(body[:2000])
    if m:
        return m.group("agency")
    hosts = [meta.get("hostname"), meta.get("site"), meta.get("url"), meta.get("author_email")]
    for host in filter(None, hosts):
        stem = _host_stem(str(host))
        name = _name_for_stem(stem, raw) if stem else None
        if name:
            return name
    return None


def _host_stem(host: str) -> str | None:
    host = host.split("@")[-1]
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0].lower()
    labels = [x for x in host.split(".") if x and x not in _HOST_NOISE]
    return labels[-1] if labels else None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).lower()


def _drop_leading_common(phrase: str, stem: str) -> str:
    """'More From Türkiye Today' -> 'Türkiye Today': leading common words go while the stem stays."""
    from spacy.lang.en.stop_words import STOP_WORDS
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in STOP_WORDS and stem in _fold(" ".join(words[1:])):
        words = words[1:]
    return " ".join(words)


def _name_for_stem(stem: str, raw: str) -> str | None:
    """The longest capitalised phrase in the raw text whose letters contain the host's stem ('nytimes' in 'The New York Times' does not; 'koreatimes' in 'Korea Times' does)."""
    best = None
    for m in _CAP_PHRASE.finditer(raw):
        phrase = m.group(0).strip()
        phrase = _drop_leading_common(phrase, stem)
        if stem in _fold(phrase) and (best is None or len(phrase) > len(best)):
            best = phrase
    return best or stem.capitalize()


def build(cleaned_meta: dict, *, raw: str, body: str, published=None, source_path: str | None = None,
          article_id: str, word_count: int) -> dict:
    """The contract's meta dict: article_id, title, outlet, section, authors, author_email, published, ..."""
    m = cleaned_meta
    stated = iso_date(m.get("published")) or iso_date(m.get("date_line"))
    return {
        "article_id": article_id,
        "title": m.get("title"),
        "outlet": outlet(m, raw, body),
        "section": list(m.get("section") or []),
        "authors": list(m.get("authors") or []),
        "author_email": m.get("author_email"),
        "published": iso_date(published) or stated,
        "published_stated": stated,
        "language": "en",
        "source_path": str(source_path) if source_path else None,
        "word_count": word_count,
        "url": m.get("url"),
        "format": m.get("format"),
    }


def article_id_for(source_path: str | None, text: str) -> str:
    """The file's stem, or a short hash of the text for a string."""
    if source_path:
        return Path(source_path).stem
    import hashlib
    return "text-" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:10]
