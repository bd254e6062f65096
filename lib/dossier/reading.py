"""From raw input (plain-text web copy, HTML page or fragment, either in front matter) to clean paragraphs.

`clean(text)` returns a `Cleaned` record: the paragraphs kept (title, captions, body), every dropped
line with the reason it was dropped, and the metadata the input states.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

import yaml

from dossier import boilerplate as bp


class Paragraph(NamedTuple):
    kind: str            # title / caption / body
    text: str
    credit: str | None


class Removed(NamedTuple):
    line_no: int
    text: str
    reason: str


@dataclass
class Cleaned:
    paragraphs: list[Paragraph]
    removed: list[Removed]
    meta: dict = field(default_factory=dict)   # title, outlet, section, authors, author_email, published, url


# --------------------------------------------------------------------------------------------- wrappers

_YAML_FM = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
_MD_WRAPPER = re.compile(r"\A\s*#\s+(?P<domain>[\w.-]+\.[a-z]{2,})\s*\n", re.IGNORECASE)
_MD_KV = re.compile(r"^\s*-\s+\*\*(?P<key>[^*]+)\*\*:\s*(?P<value>.+?)\s*$")
_HTML_TAGS = re.compile(r"<(?:p|div|br|span|html|body|head|a|h[1-6]|article|section|li|ul|table|meta|script)\b[^>]*>",
                        re.IGNORECASE)


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """(front-matter fields, the rest, the line number where the rest starts) for YAML or crawler wrappers."""
    m = _YAML_FM.match(text)
    if m:
        try:
            fields = yaml.safe_load(m.group("yaml")) or {}
        except yaml.YAMLError:
            fields = {}
        if not isinstance(fields, dict):
            fields = {}
        return _flatten_fields(fields), text[m.end():], text[:m.end()].count("\n")
    m = _MD_WRAPPER.match(text)
    if m and "\n## Content" in text:
        return _crawler_wrapper(text, m.group("domain"))
    return {}, text, 0


def _flatten_fields(fields: dict) -> dict:
    out = {}
    for k, v in fields.items():
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v) and len(v) == 1:
            v = v[0]
        if isinstance(v, str):
            v = " ".join(v.split())
        out[str(k).lower()] = v
    return out


def _crawler_wrapper(text: str, domain: str) -> tuple[dict, str, int]:
    """A crawler's Markdown record: '# domain', '## Metadata' (- **Key**: value), '## Page Structure', '## Content'."""
    head, _, content = text.partition("\n## Content")
    fields: dict = {"domain": domain}
    for line in head.splitlines():
        kv = _MD_KV.match(line)
        if kv:
            fields[kv.group("key").strip().lower()] = kv.group("value")
        h1 = re.match(r"^\s*-\s+#\s+(?P<title>.+)$", line)
        if h1 and "title" not in fields:
            fields["title"] = h1.group("title").strip()
    content, _, _ = content.partition("\n## Links")
    start = head.count("\n") + 2
    return fields, content.split("\n", 1)[1] if "\n" in content else "", start


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (several block tags), not for text that merely mentions a tag."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<?php")):
        return True
    return len(_HTML_TAGS.findall(text[:200_000])) >= 5


# --------------------------------------------------------------------------------------------- lines

class Line(NamedTuple):
    no: int
    text: str


def join_wrapped(lines: Iterable[Line]) -> list[Line]:
    """Join hard-wrapped lines: a line without closing punctuation continued by a line starting in lower case."""
    out: list[Line] = []
    for line in lines:
        s = line.text.strip()
        if out and s and out[-1].text and not bp.SENTENCE_END.search(out[-1].text) \
                and re.match(r"^['\"‘“(]?[a-z]", s) and len(out[-1].text.split()) >= 3:
            out[-1] = Line(out[-1].no, out[-1].text.rstrip() + " " + s)
        else:
            out.append(Line(line.no, s))
    return out


def norm(s: str) -> str:
    """Comparison key: case-folded words only."""
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(re.findall(r"\w+", s))


def split_credit(s: str) -> tuple[str, str | None]:
    """(caption text, photo credit or None) for a line ending in a credit such as '[YONHAP]' or '(AFP Photo)'."""
    s = bp.GALLERY_PREFIX.sub("", s)
    for pat in bp.CREDIT_PATTERNS:
        m = pat.search(s)
        if m and len(s[:m.start()].split()) >= 4:
            return s[:m.start()].rstrip(), " ".join(m.group("credit").split())
    return s, None


def sentence_shaped(s: str) -> bool:
    """A line that reads as prose: four or more words closed by sentence punctuation."""
    return len(s.split()) >= 4 and bool(bp.SENTENCE_END.search(s)) and not _headline_case(s)


def _headline_case(s: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", s) if len(w) > 3]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) / len(words) > 0.85 and s.rstrip()[-1:] not in ".!?"


def widget_line(s: str, *, prose: bool) -> bool:
    """A line of site furniture: sharing, accounts, comments, newsletters, licensing, cookie banners."""
    low = s.lower()
    hits = [p for p in bp.WIDGET_PHRASES if p in low]
    if not hits:
        return False
    strong = [p for p in hits if p not in _WEAK_PHRASES]
    words = len(s.split())
    if len(strong) >= 2 or (strong and words <= 25):
        return True
    return not prose and words <= bp.WIDGET_MAX_WORDS


_WEAK_PHRASES = {"print", "comment", "icon", "dictionary", "recommended", "advertisement", "sponsored",
                 "standards board", "supported by", "watch:", "accessibility", "trust principles"}


class _Shingles:
    """Word trigrams of the paragraphs kept so far, to spot a line that repeats one (captions run into the text)."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, ...]] = set()

    @staticmethod
    def of(key: str) -> set[tuple[str, ...]]:
        w = key.split()
        return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}

    def repeats(self, key: str) -> bool:
        grams = self.of(key)
        return len(grams) >= 5 and len(grams & self.seen) / len(grams) >= 0.7

    def add(self, key: str) -> None:
        self.seen |= self.of(key)


# --------------------------------------------------------------------------------------------- the cleaner

@dataclass
class _State:
    title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)          # norm text -> paragraph index
    shingles: _Shingles = field(default_factory=_Shingles)
    footer: bool = False
    related: bool = False
    pending_byline: bool = False

    @property
    def body_count(self) -> int:
        return sum(p.kind == "body" for p in self.paragraphs)

    def keep(self, kind: str, text: str, credit: str | None = None) -> None:
        key = norm(text)
        self.keys[key] = len(self.paragraphs)
        self.shingles.add(key)
        self.paragraphs.append(Paragraph(kind, text, credit))

    def drop(self, line: Line, reason: str) -> None:
        self.removed.append(Removed(line.no, line.text, reason))


def clean_lines(lines: list[Line], *, title: str | None = None) -> Cleaned:
    """Classify each line as title, caption, body or dropped furniture (with a reason)."""
    st = _State(title=title)
    for line in join_wrapped(lines):
        if line.text:
            _classify(st, line)
    if st.title and not any(p.kind == "title" for p in st.paragraphs):
        st.paragraphs.insert(0, Paragraph("title", st.title, None))
    st.meta.setdefault("title", next((p.text for p in st.paragraphs if p.kind == "title"), None))
    return Cleaned(st.paragraphs, st.removed, st.meta)


def _classify(st: _State, line: Line) -> None:
    s = line.text
    if st.footer:
        return _footer_line(st, line)
    if _meta_line(st, line):
        return
    text, credit = split_credit(s)
    key = norm(text)
    if not key or len(key) <= 2:
        return st.drop(line, "fragment")
    if _duplicate(st, line, key, credit):
        return
    prose = sentence_shaped(text)
    if widget_line(s, prose=prose):
        return st.drop(line, "widget")
    if st.related and not prose:
        return st.drop(line, "related")
    st.related = False
    _place(st, line, text, credit, prose)


def _place(st: _State, line: Line, text: str, credit: str | None, prose: bool) -> None:
    has_title = any(p.kind == "title" for p in st.paragraphs)
    if st.title and norm(_strip_site(text)) == norm(st.title) and not has_title:
        return st.keep("title", st.title)
    if credit:
        return st.keep("caption", text, credit)
    bullet = bool(re.match(r"^\s*[*•-]\s+", text))
    if prose and not bullet:
        return st.keep("body", text)
    words = len(text.split())
    if not has_title and not st.title and st.body_count == 0 and 3 <= words <= 30 and not bullet:
        st.title = text
        return st.keep("title", text)
    if st.body_count and words >= 8 and not bullet and not _headline_case(text):
        return st.keep("caption", text)
    st.drop(line, "heading" if st.body_count and words <= 12 and not bullet else "navigation")


def _duplicate(st: _State, line: Line, key: str, credit: str | None) -> bool:
    """Drop a repeated line; a repeat that carries a photo credit makes the first copy a credited caption."""
    idx = st.keys.get(key)
    if idx is None and st.shingles.repeats(key):
        idx = -1
    if idx is None:
        return False
    if idx >= 0 and credit:
        kept = st.paragraphs[idx]
        if kept.kind != "title" and not kept.credit:
            st.paragraphs[idx] = Paragraph("caption", kept.text, credit)
    st.drop(line, "duplicate")
    return True


def _meta_line(st: _State, line: Line) -> bool:
    """Bylines, breadcrumbs, date lines, ad markers, link-only lines and block openers: recorded, then dropped."""
    s = line.text
    if st.pending_byline:
        st.pending_byline = False
        if len(s.split()) <= 6 and not bp.SENTENCE_END.search(s):
            st.meta.setdefault("authors", _names(s))
            st.drop(line, "byline")
            return True
    if st.body_count >= 2 and bp.FOOTER_OPENERS.match(s):
        st.footer = True
        _footer_line(st, line)
        return True
    by = bp.BYLINE.match(s)
    if by and len(s.split()) <= 12:
        names = by.group("names")
        if names:
            st.meta.setdefault("authors", _names(names))
        else:
            st.pending_byline = True
        email = by.group("email") or by.group("email2") or ""
        if bp.EMAIL.search(email):
            st.meta.setdefault("author_email", bp.EMAIL.search(email).group(0))
        st.drop(line, "byline")
        st.footer = st.body_count >= 3
        return True
    for pattern, reason in _META_PATTERNS:
        if pattern.match(s):
            if reason == "navigation" and " > " in s:
                st.meta.setdefault("section", [x.strip() for x in re.split(r"\s+[>»›]\s+", s)
                                               if x.strip() and x.strip().lower() != "home"])
            if reason == "dateline":
                st.meta.setdefault("date_line", s)
            st.related = reason == "related"
            st.drop(line, reason)
            return True
    return False


_META_PATTERNS = (
    (re.compile(r"^\s*[^>»›]{1,40}(?:\s+[>»›]\s+[^>»›]{1,40}){1,6}\s*$"), "navigation"),
    (bp.AD_MARKER, "ad"),
    (bp.MD_LINK_ONLY, "link"),
    (bp.DATE_LINE, "dateline"),
    (bp.RELATED_OPENERS, "related"),
    (bp.MEDIA_TEASER, "widget"),
    (re.compile(r"^\s*#{1,6}\s*$|^\s*[|=_*~-]{3,}\s*$"), "markup"),
)


def _footer_line(st: _State, line: Line) -> None:
    m = bp.REPORTING_BY.match(line.text)
    if m:
        st.meta.setdefault("authors", _names(m.group("names")))
    st.drop(line, "footer")


def _names(s: str) -> list[str]:
    """Reporter names from a byline fragment: 'MICHAEL LEE' -> ['Michael Lee']; 'A and B, Reuters' -> ['A', 'B']."""
    s = bp.EMAIL.sub("", s)
    s = re.split(r"[,;|]| - | – ", s)[0] if re.search(r"[,;|]| - | – ", s) else s
    parts = [p.strip(" .") for p in re.split(r"\s+(?:and|&)\s+", s) if p.strip(" .")]
    return [p.title() if p.isupper() else p for p in parts if 1 <= len(p.split()) <= 5]


def _strip_site(title: str) -> str:
    m = bp.TITLE_SITE_SUFFIX.search(title)
    return title[:m.start()] if m and len(title[:m.start()].split()) >= 3 else title


# --------------------------------------------------------------------------------------------- entry

def clean(raw: str) -> Cleaned:
    """Detect the input's form, unwrap it, and clean it into paragraphs with metadata."""
    fields, rest, offset = split_front_matter(raw.replace("\r\n", "\n").replace("\r", "\n"))
    meta = _front_matter_meta(fields)
    if looks_like_html(rest):
        from dossier.html import extract
        body, html_meta = extract(rest)
        for k, v in html_meta.items():
            if v and not meta.get(k):
                meta[k] = v
        lines = [Line(i + 1, t) for i, t in enumerate(body.split("\n"))]
        meta["format"] = "html"
    else:
        lines = [Line(offset + i + 1, t) for i, t in enumerate(rest.split("\n"))]
        meta["format"] = "text"
    if meta.get("title"):
        meta["raw_title"] = meta["title"]
        meta["title"] = _strip_site(meta["title"])
    out = clean_lines(lines, title=meta.get("title"))
    for k, v in out.meta.items():
        if v and not meta.get(k):
            meta[k] = v
    if fields:
        meta["front_matter"] = True
    return Cleaned(out.paragraphs, out.removed, meta)


def _front_matter_meta(fields: dict) -> dict:
    """Title, site, date, url and author from front-matter fields under their usual names."""
    def first(*keys):
        return next((fields[k] for k in keys if fields.get(k) not in (None, "", "unknown")), None)
    meta = {
        "title": first("title", "post_title", "original_title", "headline"),
        "published": first("date", "published_date", "post_date", "timestamp", "pubdate"),
        "url": first("source", "url", "canonical_url", "permalink", "original_link", "link"),
        "site": first("site", "sitename", "site_name", "outlet", "publisher"),
        "hostname": first("domain", "hostname"),
    }
    author = first("author", "authors", "byline")
    if isinstance(author, str) and author.lower() not in ("staff writer", "admin", "staff"):
        meta["authors"] = [author]
    if meta["title"]:
        m = bp.TITLE_SITE_SUFFIX.search(str(meta["title"]))
        if m and not meta["site"]:
            meta["site"] = m.group("site").strip()
    if meta["published"] is not None:
        meta["published"] = str(meta["published"])
    return {k: v for k, v in meta.items() if v}
