"""HTML pages and fragments: the article body and the page's metadata, through trafilatura."""
from __future__ import annotations

import html as htmllib
import re

import trafilatura
from lxml import html as lxml_html

_PHP = re.compile(r"<\?php.*?\?>", re.DOTALL | re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(?P<t>.*?)</title>", re.DOTALL | re.IGNORECASE)
_SITE_META = re.compile(r"""<meta[^>]+(?:property|name)=["']og:site_name["'][^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(r"""(?:content|value)=["'](?P<v>[^"']+)["']""", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][a-zA-Z.'’-]*$")


def extract(page: str) -> tuple[str, dict]:
    """(article text with one paragraph per line, metadata: title, site, authors, published, url)."""
    page = _PHP.sub("", page)
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = (doc.text if doc is not None else "") or ""
    if len(text.split()) < 40:
        text = _paragraph_text(page) or text
    meta = _metadata(doc, page)
    return text, meta


def _paragraph_text(page: str) -> str:
    """Fallback for fragments trafilatura declines: the text of each <p>, one per line."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    return "\n".join(" ".join(p.text_content().split()) for p in tree.iter("p"))


def _metadata(doc, page: str) -> dict:
    meta: dict = {}
    if doc is not None:
        meta["title"] = doc.title
        meta["published"] = doc.date
        meta["url"] = doc.url
        meta["authors"] = _authors(doc.author)
        meta["hostname"] = doc.hostname
        if doc.sitename and doc.sitename != doc.title:
            meta["site"] = doc.sitename
    site = _SITE_META.search(page)
    if site and _CONTENT.search(site.group(0)):
        meta["site"] = htmllib.unescape(_CONTENT.search(site.group(0)).group("v"))
    title_tag = _TITLE_TAG.search(page)
    if title_tag:
        meta["page_title"] = " ".join(htmllib.unescape(title_tag.group("t")).split())
    return {k: v for k, v in meta.items() if v}


def _authors(raw: str | None) -> list[str]:
    """Person names from trafilatura's author field ('A; B; TNN; Updated Oct 9' -> ['A', 'B'])."""
    names = []
    for part in re.split(r"[;,]|\band\b", raw or ""):
        words = part.split()
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and not part.isupper():
            names.append(" ".join(words))
    return names
