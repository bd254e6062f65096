"""HTML pages and fragments: the article body through trafilatura, the page's metadata from its tags.

Metadata, most trusted first: the page's <meta> tags (og:site_name, og:title, article:section,
article:published_time, author tags such as `author`, `byl`, `parsely-author`), then byline elements
(class "byline", itemprop or rel "author"), then what trafilatura reads (JSON-LD among it). Figure captions
(<figcaption>) are returned with their credits for the reader to keep as captions.
"""
from __future__ import annotations

import copy
import html as htmllib
import json
import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from dossier import boilerplate as bp

_PHP = re.compile(r"<\?php.*?(?:\?>|\Z)", re.DOTALL | re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?=[^\W\d_])[^\W\d_.'’-]*+(?:[.'’-][^\W\d_]*+)*+\.?$")   # letters of any script
_BY = re.compile(r"^\s*+by\b[:\s]*+", re.IGNORECASE)
_CREDIT_PREFIX = re.compile(r"^\s*+(?:(?:photo\s*+)?credit\s*+(?:\.\.\.|…|:)?\s*+)++", re.IGNORECASE)

# <meta> names and properties for each field, most trusted first.
META_TAGS: dict[str, tuple[str, ...]] = {
    "site": ("og:site_name", "dc.publisher", "dcterms.publisher"),
    "title": ("og:title", "twitter:title", "dc.title"),   # after trafilatura's title, which reads the <h1>
    "section": ("article:section", "parsely-section", "articlesection", "section", "category"),
    "published": ("article:published_time", "og:published_time", "datepublished", "publish-date", "pubdate",
                  "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.created", "date"),
    "authors": ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"),
    "description": ("description", "og:description"),
    "url": ("og:url",),
}
BYLINE_XPATH = ('//*[contains(concat(" ", normalize-space(@class), " "), " byline ") or @itemprop="author" '
                'or contains(concat(" ", normalize-space(@class), " "), " author ") '
                'or @rel="author" or contains(@class, "byline__name") or contains(@class, "author-name")]')
MAX_CAPTIONS = 20
TRAFILATURA_FIRST = frozenset({"title"})
# Figures inside these are teasers for other pages (links, lists, menus), not the article's own pictures.
TEASER_ANCESTORS = frozenset({"a", "li", "nav", "aside", "footer"})


def extract(page: str) -> tuple[str, dict]:
    """(article text with one paragraph per line, metadata: title, site, section, authors, published, url,
    page_title, description, captions as (text, credit) pairs)."""
    page = _PHP.sub("", page)
    page = without_inert(page)
    tree = _tree(page)                      # parsed once: trafilatura cleans a copy of the tree in place
    doc = trafilatura.bare_extraction(copy.deepcopy(tree) if tree is not None else page, with_metadata=True,
                                      include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = (doc.text if doc is not None else "") or ""
    if len(text.split()) < 40:
        text = _paragraph_text(tree) or text
    meta = {k: v for k, v in _page_metadata(tree).items() if v}
    for key, value in _trafilatura_metadata(doc).items():
        if value and (key in TRAFILATURA_FIRST or not meta.get(key)):
            meta[key] = value
    meta["authors"] = _agreed_authors(_trafilatura_metadata(doc).get("authors"), meta.get("authors"))
    return text, meta


# What a browser never shows as text: scripts (but JSON-LD, which holds the article's metadata), styles, SVG
# drawings, templates and comments. Each runs to its closing tag or, unclosed, to the end of the page (as a browser
# reads it), so one left-to-right pass removes them in time linear in the page.
_INERT = re.compile(r"<(?P<tag>script|style|svg|template)\b(?P<attrs>[^>]{0,2000}+)>.*?(?:</(?P=tag)\s*+>|\Z)"
                    r"|<!--.*?(?:-->|\Z)", re.DOTALL | re.IGNORECASE)
_LD_JSON = re.compile(r"ld\+json", re.IGNORECASE)


def without_inert(page: str) -> str:
    """The page without its inert parts (see _INERT), so that trafilatura reads a huge page in a fraction of the
    time: a page whose bulk is inline scripts and JSON state gives the same text and metadata."""
    def keep(m: re.Match) -> str:
        tag = (m.group("tag") or "").lower()
        return m.group(0) if tag == "script" and _LD_JSON.search(m.group("attrs") or "") else ""
    return _INERT.sub(keep, page)


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
    linked = linked_data(tree)
    meta["authors"] = _authors(meta.get("authors")) or linked.get("authors") or _byline_authors(tree)
    micro = microdata(tree)
    for key in ("site", "section", "published", "title"):
        if linked.get(key) and not meta.get(key):
            meta[key] = linked[key]
        if micro.get(key) and not meta.get(key):
            meta[key] = micro[key]
    meta["section"] = meta.get("section") or linked.get("crumbs") or _breadcrumbs(tree)
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta["page_title"] = " ".join(title.text_content().split())
    meta["captions"] = _captions(tree)
    if meta.get("section"):
        meta["section"] = list(dict.fromkeys(s for s in meta["section"] if not s.startswith("http")))
    return meta


MICRODATA_ARTICLE = ('//*[@itemscope][contains(@itemtype, "Article") or contains(@itemtype, "BlogPosting") '
                     'or contains(@itemtype, "Report")]')


def microdata(tree) -> dict:
    """What the page's schema.org microdata (itemscope / itemprop attributes, no JSON-LD) says of its article: site
    (the publisher's name), section (articleSection), published (datePublished) and title (headline)."""
    scopes = tree.xpath(MICRODATA_ARTICLE)
    if not scopes:
        return {}
    scope, out = scopes[0], {}
    publisher = scope.xpath('.//*[@itemprop="publisher"]')
    if publisher:
        names = publisher[0].xpath('.//*[@itemprop="name"]')
        out["site"] = _itemprop_value(names[0]) if names else _itemprop_value(publisher[0])
    for key, prop in (("section", "articleSection"), ("published", "datePublished"), ("title", "headline")):
        found = scope.xpath(f'.//*[@itemprop="{prop}"]')
        if found and _itemprop_value(found[0]):
            out[key] = [_itemprop_value(found[0])] if key == "section" else _itemprop_value(found[0])
    return {k: v for k, v in out.items() if v}


def _itemprop_value(el) -> str:
    """An itemprop's value: its content or datetime attribute, else its text."""
    value = el.get("content") or el.get("datetime") or el.text_content()
    return " ".join(htmllib.unescape(value or "").split())[:300]


ARTICLE_TYPES = re.compile(r"Article$|^Report$|^BlogPosting$|^LiveBlogPosting$")


def linked_data(tree) -> dict:
    """What the page's JSON-LD says of its article (a NewsArticle or other *Article, alone, in a list or in an
    @graph): title (headline), authors, site (publisher's name), section, published; and crumbs, the names of a
    BreadcrumbList without 'Home'."""
    out: dict = {}
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')[:MAX_LD_SCRIPTS]:
        for obj in _ld_objects(_ld_load(script.text_content())):
            types = obj.get("@type")
            types = [t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
            if any(ARTICLE_TYPES.search(t) for t in types) and "title" not in out:
                out.update({k: v for k, v in _ld_article(obj).items() if v})
            if "BreadcrumbList" in types and "crumbs" not in out:
                out["crumbs"] = _ld_crumbs(obj)
    return out


MAX_LD_SCRIPTS = 20


def _ld_load(text: str):
    try:
        return json.loads(text.strip().rstrip(";"))
    except ValueError:
        return None


def _ld_objects(data) -> list[dict]:
    """The JSON-LD objects of a script: the object itself, the items of a list, the members of an @graph."""
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            out.extend(g for g in (graph if isinstance(graph, list) else []) if isinstance(g, dict))
    return out


def _ld_names(value) -> list[str]:
    """Names of a JSON-LD person or organisation field: a string, an object with 'name', or a list of either."""
    values = value if isinstance(value, list) else [value]
    names = []
    for v in values:
        name = v.get("name") if isinstance(v, dict) else v
        if isinstance(name, str) and name.strip():
            names.append(" ".join(htmllib.unescape(name).split()))
    return names


def _ld_article(obj: dict) -> dict:
    section = obj.get("articleSection")
    sections = [x for x in (section if isinstance(section, list) else [section]) if isinstance(x, str) and x.strip()]
    site = _ld_names(obj.get("publisher"))
    headline = obj.get("headline")
    return {"title": " ".join(htmllib.unescape(headline).split()) if isinstance(headline, str) else None,
            "authors": [a for name in _ld_names(obj.get("author")) for a in _authors(name)],
            "site": site[0] if site else None,
            "section": [" ".join(part.split()) for x in sections for part in re.split(r"\s[>»›/]\s", x) if part.strip()],
            "published": obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None}


def _ld_crumbs(obj: dict) -> list[str]:
    items = obj.get("itemListElement")
    items = [i for i in (items if isinstance(items, list) else []) if isinstance(i, dict)]
    items.sort(key=lambda i: i.get("position") if isinstance(i.get("position"), int) else 0)
    names = [n for i in items for n in _ld_names(i.get("name") or i.get("item"))]
    return _crumbs(names)


def _crumbs(names: list[str]) -> list[str]:
    """A breadcrumb trail's sections: without 'Home' and the like, and without a last crumb that is the article's
    own headline (five words or more)."""
    names = [n for n in names if n.lower() not in CRUMB_ROOTS and not n.startswith("http")]
    if names and len(names[-1].split()) >= 5:
        names = names[:-1]
    return list(dict.fromkeys(names))


CRUMB_ROOTS = frozenset({"home", "homepage", "home page", "start", "news", "main"})
BREADCRUMB_XPATH = ('//*[contains(translate(@class, "BREADCRUMB", "breadcrumb"), "breadcrumb") or '
                    'contains(translate(@aria-label, "BREADCRUMB", "breadcrumb"), "breadcrumb") or '
                    '@itemtype="https://schema.org/BreadcrumbList" or @itemtype="http://schema.org/BreadcrumbList"]')


def _breadcrumbs(tree) -> list[str]:
    """Sections from a breadcrumb trail in the page (an element whose class or label says 'breadcrumb'): the
    texts of its links, or of its list items."""
    for el in tree.xpath(BREADCRUMB_XPATH)[:5]:
        parts = [" ".join(a.text_content().split()) for a in el.iter("a")] or \
                [" ".join(li.text_content().split()) for li in el.iter("li")]
        crumbs = _crumbs([p for p in parts if p and len(p) <= 40])
        if crumbs:
            return crumbs
    return []


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
    """Person names from an author field ('By A, B and C'; 'A; B; TNN; Updated Oct 9' -> ['A', 'B']); an
    affiliation is not a name ('A and B, Example Wire' -> ['A', 'B'])."""
    if not raw or raw.startswith("http"):
        return []
    names = []
    for part in re.split(r"[;,|]|\band\b|&|\s(?:for|For|FOR)\s|\s[-–—/]\s", _BY.sub("", raw)):
        words = part.split()
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words) \
                and not part.isupper() \
                and not any(w.lower().strip(".") in bp.AFFILIATION_WORDS for w in words) \
                and " ".join(words) not in bp.WIRE_AGENCIES:
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
