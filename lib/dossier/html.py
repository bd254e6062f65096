"""HTML pages and fragments: the article body through trafilatura, the page's metadata from its tags.

Metadata, most trusted first: the page's <meta> tags (og:site_name, og:title, article:section,
article:published_time, author tags such as `author`, `byl`, `parsely-author`), then byline elements
(class "byline", itemprop or rel "author"), then what trafilatura reads (JSON-LD among it). Figure captions
(<figcaption>) are returned with their credits for the reader to keep as captions.
"""
from __future__ import annotations

import copy
import html as htmllib
import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

_PHP = re.compile(r"<\?php.*?(?:\?>|\Z)", re.DOTALL | re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][a-zA-Z.'’-]*$")
_BY = re.compile(r"^\s*+by\b[:\s]*+", re.IGNORECASE)
_CREDIT_PREFIX = re.compile(r"^\s*+(?:(?:photo\s*+)?credit\s*+(?:\.\.\.|…|:)?\s*+)++", re.IGNORECASE)

# <meta> names and properties for each field, most trusted first.
META_TAGS: dict[str, tuple[str, ...]] = {
    "site": ("og:site_name",),
    "title": ("og:title", "twitter:title", "dc.title"),   # after trafilatura's title, which reads the <h1>
    "section": ("article:section",),
    "published": ("article:published_time", "og:published_time", "datepublished", "publish-date", "pubdate",
                  "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.created", "date"),
    "authors": ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"),
    "description": ("description", "og:description"),
    "url": ("og:url",),
}
BYLINE_XPATH = ('//*[contains(concat(" ", normalize-space(@class), " "), " byline ") or @itemprop="author" '
                'or @rel="author" or contains(@class, "byline__name") or contains(@class, "author-name")]')
MAX_CAPTIONS = 20
TRAFILATURA_FIRST = frozenset({"title"})
# Figures inside these are teasers for other pages (links, lists, menus), not the article's own pictures.
TEASER_ANCESTORS = frozenset({"a", "li", "nav", "aside", "footer"})


def extract(page: str) -> tuple[str, dict]:
    """(article text with one paragraph per line, metadata: title, site, section, authors, published, url,
    page_title, description, captions as (text, credit) pairs)."""
    page = _PHP.sub("", page)
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = (doc.text if doc is not None else "") or ""
    tree = _tree(page)
    if len(text.split()) < 40:
        text = _paragraph_text(tree) or text
    meta = {k: v for k, v in _page_metadata(tree).items() if v}
    for key, value in _trafilatura_metadata(doc).items():
        if value and (key in TRAFILATURA_FIRST or not meta.get(key)):
            meta[key] = value
    meta["authors"] = _agreed_authors(_trafilatura_metadata(doc).get("authors"), meta.get("authors"))
    return text, meta


def _agreed_authors(read: list[str] | None, tagged: list[str] | None) -> list[str]:
    """trafilatura's authors (it weighs JSON-LD, tags and bylines), completed from the page's author tags or
    byline when those hold every name it found and more ('Edward Wong' -> 'A, B and Edward Wong')."""
    if not read:
        return tagged or []
    if tagged and set(read) < set(tagged):
        return tagged
    return read


def _tree(page: str):
    try:
        return lxml_html.fromstring(page)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None


def _paragraph_text(tree) -> str:
    """Fallback for fragments trafilatura declines: the text of each <p>, one per line."""
    if tree is None:
        return ""
    return "\n".join(" ".join(p.text_content().split()) for p in tree.iter("p"))


def _page_metadata(tree) -> dict:
    if tree is None:
        return {}
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = " ".join(htmllib.unescape(el.get("content") or el.get("value") or "").split())
        if key and value:
            tags.setdefault(key, []).append(value)
    meta: dict = {}
    for field, keys in META_TAGS.items():
        values = next((tags[k] for k in keys if k in tags), None)
        if values:
            meta[field] = values if field == "section" else values[0]
    meta["authors"] = _authors(meta.get("authors")) or _byline_authors(tree)
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta["page_title"] = " ".join(title.text_content().split())
    meta["captions"] = _captions(tree)
    if meta.get("section"):
        meta["section"] = list(dict.fromkeys(s for s in meta["section"] if not s.startswith("http")))
    return meta


def _trafilatura_metadata(doc) -> dict:
    if doc is None:
        return {}
    meta = {"title": doc.title, "published": doc.date, "url": doc.url, "authors": _authors(doc.author),
            "hostname": doc.hostname, "description": doc.description}
    if doc.sitename and doc.sitename != doc.title:
        meta["site"] = doc.sitename
    return meta


def _byline_authors(tree) -> list[str]:
    for el in tree.xpath(BYLINE_XPATH)[:10]:
        names = _authors(_BY.sub("", " ".join(el.text_content().split())))
        if names:
            return names
    return []


def _authors(raw: str | None) -> list[str]:
    """Person names from an author field ('By A, B and C'; 'A; B; TNN; Updated Oct 9' -> ['A', 'B'])."""
    if not raw or raw.startswith("http"):
        return []
    names = []
    for part in re.split(r"[;,|]|\band\b|&", _BY.sub("", raw)):
        words = part.split()
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and not part.isupper():
            names.append(" ".join(words))
    return list(dict.fromkeys(names))


def _captions(tree) -> list[tuple[str, str | None]]:
    """(caption, credit or None) of each <figcaption> of the article (inside <article> when the page has one, not
    inside a link, list or menu); a credit is an element whose class says 'credit'."""
    out = []
    in_article = tree.find(".//article") is not None
    for fig in list(tree.iter("figcaption"))[:MAX_CAPTIONS]:
        ancestors = {a.tag for a in fig.iterancestors() if isinstance(a.tag, str)}
        if ancestors & TEASER_ANCESTORS or (in_article and "article" not in ancestors):
            continue
        fig = copy.deepcopy(fig)
        credits = [el for el in fig.iter() if "credit" in (el.get("class") or "").lower()]
        credit = None
        for el in credits:
            text = _CREDIT_PREFIX.sub("", " ".join(el.text_content().split()))
            credit = text or credit
            if el.getparent() is not None:
                el.drop_tree()
        text = " ".join(fig.text_content().split())
        if text:
            out.append((text, credit))
    return out
