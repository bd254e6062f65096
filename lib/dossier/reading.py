"""From raw input to clean paragraphs: plain-text web copy (one line per paragraph, hard-wrapped, or the whole page
on one line), Markdown as crawlers write it, an HTML page or fragment, a crawler's JSON record, any of them in
YAML front matter or a crawler's Markdown wrapper.

`clean(text)` returns a `Cleaned` record: the paragraphs kept (title, captions, body), every dropped line or span
with the reason it was dropped, and the metadata the input states (see `Cleaned.meta`).

How text becomes paragraphs:
1. each line is reduced to its text (markdown.py: links kept apart in `meta["links"]`, heading and list marks
   noted), and a teaser that the next lines repeat in full ("The Council will ... procedures...") is dropped;
2. hard-wrapped lines are joined: a line continues on the next when it does not end a sentence and the next
   starts in lower case, or when it ends mid-phrase in a block of lines wrapped at one width;
3. a line longer than `segments.RUN_ON_CHARS`, or the page's only line, is cut into sentences and furniture spans (segments.py);
4. each line (or unit) is judged by the rules below: metadata lines (bylines, breadcrumbs, date lines), then
   duplicates, widgets, then title / caption / body / dropped heading or navigation;
5. the body sentences of one long line are joined into paragraphs again (segments.py says how).
"""
from __future__ import annotations

import html as htmllib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple

import yaml

from dossier import boilerplate as bp
from dossier import markdown, records, segments
from dossier.decoding import normalise_text


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
    # title, raw_title, page_title, site, hostname, url, section, authors, author_email, published, date_line,
    # agency, description, links (list of {"text", "url"}), format (text / markdown / html / record)
    meta: dict = field(default_factory=dict)


class Line(NamedTuple):
    no: int
    text: str
    mark: str = ""                     # Markdown: heading / bold / bullet / table / image / linkdef / rule
    run: int | None = None             # the long line a unit was cut from
    links: tuple[markdown.Link, ...] = ()
    raw: str = ""                      # the line as it stood, when reduced from Markdown


# --------------------------------------------------------------------------------------------- wrappers

_YAML_FM = re.compile(r"\A\ufeff?---[ \t]*+\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*+(?:\n|\Z)", re.DOTALL)
_MD_WRAPPER = re.compile(r"\A\s*+#[ \t]++(?P<domain>[\w.-]{1,200}\.[a-z]{2,})[ \t]*+\n", re.IGNORECASE)
_MD_KV = re.compile(r"^\s*+-\s++\*\*(?P<key>[^*]{1,100})\*\*:\s*+(?P<value>.+?)\s*+$")
_MD_H1 = re.compile(r"^\s*+-\s++#\s++(?P<title>.+)$")
_HTML_TAGS = re.compile(r"<(?:p|div|br|span|html|body|head|a|h[1-6]|article|section|li|ul|table|meta|script)\b[^<>]{0,2000}>",
                        re.IGNORECASE)
_URL_LIKE = re.compile(r"^(?:https?://|www\.|/)\S*$")


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
        h1 = _MD_H1.match(line)
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

def text_lines(text: str, offset: int = 0) -> list[Line]:
    """The lines of a text, each reduced from Markdown to its text (link-only lines are left for the rules)."""
    out = []
    for i, raw in enumerate(text.split("\n")):
        if bp.MD_LINK_ONLY.match(raw):
            out.append(Line(offset + i + 1, raw.strip()))
            continue
        r = markdown.reduce_line(raw)
        out.append(Line(offset + i + 1, r.text, r.mark, None, r.links, raw.strip() if r.text != raw.strip() else ""))
    return out


def drop_teasers(lines: list[Line]) -> Iterator[tuple[Line, bool]]:
    """Each line with whether it is a teaser: cut short with '...' and repeated in full by one of the next lines."""
    texts = [(i, norm(line.text)) for i, line in enumerate(lines) if line.text]
    following = {i: [k for _, k in texts[j + 1:j + 4]] for j, (i, _) in enumerate(texts)}
    for i, line in enumerate(lines):
        teaser = False
        if line.text and bp.ELLIPSIS_END.search(line.text):
            words = norm(line.text).split()[:-1]           # the last word may be cut
            head = " ".join(words)
            teaser = len(words) >= 8 and any(k.startswith(head) and len(k) > len(head) + 20 for k in following[i])
        yield line, teaser


def join_wrapped(lines: Iterable[Line]) -> list[Line]:
    """Join hard-wrapped lines (see the module's docstring); linear in the number of lines."""
    lines = [Line(ln.no, ln.text.strip(), ln.mark, ln.run, ln.links, ln.raw) for ln in lines]
    width = _wrap_widths(lines)
    out: list[Line] = []
    parts: list[str] = []
    for i, line in enumerate(lines):
        if parts and line.text and line.mark in ("", "bullet") and _continues(out[-1], parts[-1], line, width[i - 1]):
            parts.append(line.text)
            out[-1] = out[-1]._replace(links=out[-1].links + line.links)
            continue
        if parts:
            out[-1] = out[-1]._replace(text=" ".join(parts))
        out.append(line)
        parts = [line.text]
    if parts:
        out[-1] = out[-1]._replace(text=" ".join(parts))
    return out


_LOWER_START = re.compile(r"^['\"‘“(]?+[a-z]")


def _continues(prev: Line, prev_text: str, line: Line, width: int) -> bool:
    if not prev_text or prev.mark not in ("", "bullet") or line.mark == "bullet" or bp.SENTENCE_END.search(prev_text):
        return False
    if _LOWER_START.match(line.text) and len(prev_text.split()) >= 3:
        by = bp.BYLINE.match(line.text)       # 'by Jane Doe' under a headline is a byline, not its end
        return not (by and by.group("names") and len(line.text.split()) <= 8 and _byline_names(by.group("names")))
    return width > 0 and len(prev_text) >= 0.6 * width


def _wrap_widths(lines: list[Line]) -> list[int]:
    """For each line, the width its paragraph is wrapped at, or 0 when it is not in a hard-wrapped block.

    A block (lines between blank lines) is hard-wrapped when it has two or more lines, its longest line is
    40-100 characters, most of its lines do not end a sentence and its last line does.
    """
    widths = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].text:
            block = lines[start:i]
            if _wrapped(block):
                widths[start:i] = [max(len(b.text) for b in block)] * len(block)
            start = i + 1
    return widths


def _wrapped(block: list[Line]) -> bool:
    if len(block) < 2 or not 40 <= max(len(b.text) for b in block) <= 100:
        return False
    open_ends = sum(not bp.SENTENCE_END.search(b.text) for b in block[:-1])
    return open_ends * 2 >= len(block) - 1 and bool(bp.SENTENCE_END.search(block[-1].text))


def norm(s: str) -> str:
    """Comparison key: case-folded words only."""
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(_WORDS.findall(s))


_WORDS = re.compile(r"\w+")


def split_credit(s: str) -> tuple[str, str | None]:
    """(caption text, photo credit or None) for a line ending in a credit such as '[YONHAP]' or '(AFP Photo)'."""
    s = bp.GALLERY_PREFIX.sub("", s)
    cut = max(0, len(s) - bp.CREDIT_WINDOW)
    tail = s[cut:]
    for pat in bp.CREDIT_PATTERNS:
        m = pat.search(tail)
        if m and len(s[:cut + m.start()].split()) >= 4:
            return s[:cut + m.start()].rstrip(), " ".join(m.group("credit").split())
    return s, None


def sentence_shaped(s: str) -> bool:
    """A line that reads as prose: four or more words closed by sentence punctuation."""
    return len(s.split()) >= 4 and bool(bp.SENTENCE_END.search(s)) and not _headline_case(s)


_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]*+")


def _headline_case(s: str) -> bool:
    words = [w for w in _LONG_WORD.findall(s) if len(w) > 3]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) / len(words) > 0.85 and s.rstrip()[-1:] not in ".!?"


_QUOTED_WORDS = re.compile(r"[\"“][^\"“”\n]{3,}[\"”]")


def widget_line(s: str, *, prose: bool) -> bool:
    """A line of site furniture: sharing, accounts, comments, newsletters, licensing, cookie banners.

    Phrases match as whole words. A line that reads as prose is furniture only when it speaks to the reader
    ("Sign up here.", "To write comments, please log in.") with a strong widget phrase and is short.
    """
    if to_reader(s) or bp.NOTICE.search(s) and len(s.split()) <= bp.NOTICE_MAX_WORDS:
        return True
    if bp.UI_IMPERATIVE.match(s) and len(s.split()) <= bp.UI_IMPERATIVE_MAX_WORDS and not bp.QUOTE_MARKS.search(s):
        return True
    if bp.COPYRIGHT.search(s) and len(s.split()) <= bp.COPYRIGHT_MAX_WORDS and not bp.QUOTE_MARKS.search(s):
        return True
    # in prose, what someone is quoted as saying is theirs, not the site's ('would "not sign up to measures that
    # destroy our energy security"')
    unquoted = _QUOTED_WORDS.sub(" ", s) if prose else s
    hits = [_phrase(m.group(0)) for m in bp.WIDGET.finditer(unquoted)]
    if not hits:
        return False
    strong = [p for p in hits if p not in bp.WEAK_WIDGET_PHRASES]
    words = len(s.split())
    if prose:
        return bool(strong) and words <= bp.WIDGET_PROSE_MAX_WORDS and _addresses_reader(s, unquoted)
    if len(strong) >= 2 or (strong and words <= 25):
        return True
    return words <= bp.WIDGET_MAX_WORDS


def to_reader(s: str) -> bool:
    """A sentence telling the reader what to do on the site: it opens with an imperative of site use ('Save
    articles to read later and create your own reading list.', 'Follow us on ...', 'Get the latest headlines
    delivered to your inbox.') and speaks of 'you', 'your', 'our' or 'us'; not inside a quotation."""
    return bool(bp.READER_IMPERATIVE.match(s)) and bool(bp.READER_PRONOUN.search(s) or bp.READER_PROMOTION.search(s)) \
        and not bp.QUOTE_MARKS.search(s) and len(s.split()) <= bp.WIDGET_PROSE_MAX_WORDS


def _phrase(found: str) -> str:
    """The widget phrase a match stands for ('Comments' -> 'comment')."""
    low = found.lower()
    return low if low in _PHRASES else low[:-1]


_PHRASES = frozenset(bp.WIDGET_PHRASES)


def _addresses_reader(s: str, unquoted: str | None = None) -> bool:
    """'Sign up here.', 'Read more: ...', 'To comment, please log in.': a widget phrase opening a short sentence or
    followed by a colon, or words spoken to the reader. 'Read more into the decision than it says, the minister
    warned.' is prose."""
    rest = s.lstrip(" \"'“‘(*-•")
    first = bp.WIDGET.match(rest)
    if first and (len(s.split()) <= bp.WIDGET_IMPERATIVE_MAX_WORDS or rest[first.end():].lstrip().startswith(":")):
        return True
    return bool(bp.READER_ADDRESS.search(s if unquoted is None else unquoted))


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
    given_title: str | None = None     # the title the input's metadata gave
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    links: list[markdown.Link] = field(default_factory=list)
    keys: dict = field(default_factory=dict)          # norm text -> paragraph index
    shingles: _Shingles = field(default_factory=_Shingles)
    footer: bool = False
    footer_box: bool = False          # the footer was opened by a box of links ('Most read'), not a credit line
    related: bool = False
    pending_byline: bool = False
    pending_heading: Line | None = None
    previous: Line | None = None      # the line judged last
    body_count: int = 0
    has_title: bool = False
    title_no: int | None = None       # the line the title was taken from (None: given or not yet found)
    first_no: int | None = None       # the page's first line with text
    nav_since_title: int = 0          # menu lines dropped between the title taken and the next line of the head,
                                      # -1 once a byline confirmed the title
    last_run: int | None = None       # the long line the last paragraph was cut from
    last_units: int = 0               # how many of its sentences that paragraph holds

    def keep(self, kind: str, text: str, credit: str | None = None, line: Line | None = None) -> None:
        if kind == "body" and self.pending_heading is not None:
            heading, self.pending_heading = self.pending_heading, None
            self._append("body", heading.text, None, heading)
        run = line.run if line is not None else None
        key = norm(text)
        if kind == "body" and run is not None and run == self.last_run and self._room_in_last():
            last = self.paragraphs[-1]
            self.paragraphs[-1] = Paragraph("body", f"{last.text} {text}", None)
            self.last_units += 1
            self.keys[key] = len(self.paragraphs) - 1
            self.shingles.add(key)
            self.links.extend(line.links)
            return
        self._append(kind, text, credit, line)

    def _append(self, kind: str, text: str, credit: str | None, line: Line | None) -> None:
        key = norm(text)
        self.keys[key] = len(self.paragraphs)
        self.shingles.add(key)
        self.paragraphs.append(Paragraph(kind, text, credit))
        self.body_count += kind == "body"
        self.has_title = self.has_title or kind == "title"
        self.last_run = line.run if line is not None and kind == "body" else None
        self.last_units = 1
        if line is not None:
            self.links.extend(line.links)

    def _room_in_last(self) -> bool:
        last = self.paragraphs[-1]
        if last.kind != "body":
            return False
        full = self.last_units >= segments.PARAGRAPH_SENTENCES or len(last.text.split()) >= segments.PARAGRAPH_WORDS
        return not full or _open_quote(last.text)

    def drop(self, line: Line, reason: str, text: str | None = None) -> None:
        if reason == "byline":
            self.nav_since_title = -1      # a byline under the title confirms it: no later line takes its place
        self.removed.append(Removed(line.no, text if text is not None else (line.raw or line.text), reason))


def _open_quote(text: str) -> bool:
    """Whether a quotation opened in the text is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def clean_lines(lines: list[Line], *, title: str | None = None) -> Cleaned:
    """Classify each line as title, caption, body or dropped furniture (with a reason)."""
    st = _State(title=title, given_title=title)
    kept: list[Line] = []
    for line, teaser in drop_teasers(lines):
        if teaser:
            st.drop(line, "teaser")
            line = Line(line.no, "")          # a blank: the lines around it stay apart
        kept.append(line)
    joined = join_wrapped(kept)
    alone = sum(1 for line in joined if line.text) == 1
    st.first_no = next((line.no for line in joined if _page_text(line.text)), None)
    for run, line in enumerate(joined):
        if not line.text:
            if line.raw or line.mark:
                st.drop(line, {"linkdef": "link", "image": "image"}.get(line.mark, "markup"))
        elif segments.is_run_on(line.text, alone=alone):
            _classify_run(st, line._replace(run=run))
        else:
            _classify(st, line)
    if st.pending_heading is not None:
        st.drop(st.pending_heading, "heading")
    if st.title and not st.has_title:
        st.paragraphs.insert(0, Paragraph("title", st.title, None))
    st.meta.setdefault("title", next((p.text for p in st.paragraphs if p.kind == "title"), None))
    if not st.meta.get("masthead") and not alone:
        masthead = named_masthead(joined)
        if masthead and norm(masthead) not in {norm(x) for x in [st.meta.get("title") or "",
                                                                *(st.meta.get("authors") or [])]}:
            st.meta["masthead"] = masthead
    if st.links:
        st.meta["links"] = [{"text": k.text, "url": k.url} for k in dict.fromkeys(st.links)]
    host = links_host([ln.raw or ln.text for ln in lines])
    if host:
        st.meta.setdefault("hostname", host)
    return Cleaned(st.paragraphs, st.removed, st.meta)


def _classify_run(st: _State, line: Line) -> None:
    """A long line, unit by unit (segments.py); the page's first line may bring its own title."""
    title = st.title
    units = segments.units(line.text, title=title)
    head = segments.split_head(units[0].text) if title is None and not st.paragraphs and units \
        and units[0].kind == "sentence" else None
    if head is None and title is None and not st.paragraphs and units and units[0].kind == "sentence":
        head = stamp_head(st, units[0].text)
        if head is not None and _PLACE_ONLY.match(head[2]) and len(units) > 1:
            head = (head[0], head[1], f"{head[2]} {units[1].text}")       # 'KYIV.' / 'March 14 (Agency) - ...'
            units = units[:1] + units[2:]
    if head is not None:
        st.title, rest, first = head
        st.keep("title", st.title)
        st.drop(line, "head", rest)
        if stated_in(rest):
            st.meta.setdefault("date_line", rest)
        units = [segments.Unit(first, "sentence")] + units[1:]
    elif title is None and not st.paragraphs and units and units[0].kind == "sentence":
        first = units[0].text
        if 3 <= len(first.split()) <= 30 and not sentence_shaped(first):
            units = segments.units(line.text, title=first)
    for unit in units:
        if unit.kind in ("credit", "related"):
            st.drop(line, unit.kind, unit.text)
        else:
            _classify(st, line._replace(text=unit.text, raw=""))


_PLACE_ONLY = re.compile(r"^[A-Z][A-Z'’ -]{1,30}[A-Z]\.?$")
_AFTER_STAMP = re.compile(r"^[\s,–—-]*+(?:\d{1,2}[:.]\d{2}(?:\s*+[ap]\.?m\.?)?(?:\s++(?:[A-Z]{1,3}T|UTC)\b)?)?\s*+"
                          r"(?:[|·]\s*+[A-Z][\w&]*+(?:,\s*+[A-Z][\w&]*+){0,4}+\s++)?")
_CAPS_TAIL = re.compile(r"(?:\s++[A-Z][A-Z&.'’-]++){1,4}+\s*+[-–—|]?\s*+$")
STAMP_HEAD_MAX_WORDS = 60
_DATE_LEADS = frozenset({"on", "since", "until", "till", "by", "from", "of", "in", "at", "to", "before", "after", "the",
                         "a", "and", "or", "between", "dated"})


def stamp_head(st: _State, sentence: str) -> tuple[str, str, str] | None:
    """(title, the rest of the head, the sentence after it) of a one-line page's first sentence whose head ends in
    a date stamp ('... Subscribe Example ministers agree new limits 14 March 2031, 16:20 FOOCITY. ...', 'Example
    ministers agree new limits EXAMPLE NEWS - Mar 4, 2031 - 18:22 | World, All Example ministers agreed ...'), or
    None. The title is the words between the last widget phrase (the site's menu) and the stamp, without an agency's
    name in capitals before the stamp (kept as the agency); the stamp is the date line; a time and a bar of
    sections after it are part of the head."""
    from dossier.metadata import _STAMP_DAY
    m = _STAMP_DAY.search(sentence)
    if not m or len(sentence[:m.start()].split()) > STAMP_HEAD_MAX_WORDS:
        return None
    head = sentence[:m.start()]
    widgets = list(bp.WIDGET.finditer(head))
    start = widgets[-1].end() if widgets else 0
    title = head[start:]
    caps = _CAPS_TAIL.search(title)
    agency = caps.group(0).strip(" -–—|") if caps and len(title[:caps.start()].split()) >= 3 else None
    title = (title[:caps.start()] if agency else title).strip(" -–—|,")
    after = sentence[m.end():]
    rest = _AFTER_STAMP.match(after)
    first = after[rest.end():] if rest else after
    if not 3 <= len(title.split()) <= 30 or title.split()[-1].lower() in _DATE_LEADS \
            or not re.match(r"[\"“‘']?[A-Z]", first):
        return None                  # a date inside the first sentence's prose ('... agreed on 4 March 2031 to ...')
    if agency:
        st.meta.setdefault("agency", agency)
    st.meta.setdefault("date_line", m.group(0))
    return title, (head[:start] + head[start:].replace(title, "", 1) + m.group(0) + after[:len(after) - len(first)]).strip(), first


def stated_in(s: str) -> bool:
    """Whether a stretch of page furniture states a full calendar date."""
    from dossier.metadata import iso_date
    return iso_date(s) is not None


def _classify(st: _State, line: Line) -> None:
    waiting = st.pending_heading
    _judge(st, line)
    st.previous = line
    if waiting is not None and st.pending_heading is waiting:
        st.pending_heading = None
        st.drop(waiting, "heading")


def _judge(st: _State, line: Line) -> None:
    s = line.text
    if st.footer and st.footer_box and _resumes_body(s):
        st.footer = st.footer_box = False             # a box of links pasted mid-article: the story goes on
    if st.footer:
        return _footer_line(st, line)
    if _meta_line(st, line):
        return
    s = _cut_spans(st, line, bp.GLUED_SENTENCES.sub(r"\g<left>\g<stop> ", s))
    text, credit = split_credit(s)
    if credit and _body_length(text):
        st.drop(line, "credit", credit)
        credit = None
    key = norm(text)
    if not key or len(key) <= 2:
        return st.drop(line, "fragment")
    if _duplicate(st, line, key, credit):
        return
    prose = sentence_shaped(text)
    if widget_line(s, prose=prose):
        return st.drop(line, "widget")
    if st.body_count >= 2 and _author_bio(st, text) \
            or bp.SELF_INTRODUCTION.match(text) and len(text.split()) <= bp.AUTHOR_BIO_MAX_WORDS:
        return st.drop(line, "bio")
    if st.related and not prose:
        return st.drop(line, "related")
    st.related = False
    _place(st, line, text, credit, prose)


def _author_bio(st: _State, text: str) -> bool:
    """A note on the reporter after the article: 'Jane Doe is a senior correspondent for Example News based in
    Brussels.', naming a byline's author, or with a handle to follow ('@janedoe', 'Follow her on X')."""
    m = bp.AUTHOR_BIO.match(text)
    if not m or len(text.split()) > bp.AUTHOR_BIO_MAX_WORDS:
        return False
    authors = {norm(a) for a in st.meta.get("authors") or []}
    return norm(m.group("name")) in authors or bool(bp.HANDLE.search(text))


def _body_length(text: str) -> bool:
    """Long enough to be a paragraph of the article rather than a caption: over 60 words or 3 sentences."""
    return len(text.split()) > 60 or len(segments.split_sentences(text)) > 2


def _cut_spans(st: _State, line: Line, s: str) -> str:
    """The line without credits run into it, without a wire header run into the first paragraph, and, in prose,
    without sentences of furniture (each listed)."""
    head = bp.GLUED_WIRE_HEAD.match(s) if st.body_count == 0 and line.run is None else None
    if head:
        st.drop(line, "heading", head.group("head").strip())
        st.meta.setdefault("authors", [head.group("name")])
        s = s[head.start("dateline"):]
    if line.run is None and bp.CREDIT_SPAN_HINT.search(s):
        for pattern in bp.CREDIT_SPANS:
            for m in list(pattern.finditer(s))[::-1]:
                if s[m.end():].strip():          # a credit at the very end is the caption's (split_credit)
                    st.drop(line, "credit", m.group(0))
                    s = (s[:m.start()].rstrip() + " " + s[m.end():].lstrip()).strip()
    if line.run is None and "(" in s:
        for m in list(bp.PICTURE_REFERENCE.finditer(s))[::-1]:
            st.drop(line, "picture reference", m.group(0).strip())
            s = s[:m.start()] + s[m.end():]
    if line.run is not None or not (bp.WIDGET.search(s) or bp.READER_PRONOUN.search(s) or bp.NOTICE.search(s)
                                    or bp.COPYRIGHT.search(s)) \
            or not sentence_shaped(s) or _copyright_line(s):
        return s
    sentences = segments.split_sentences(s)
    if len(sentences) < 2:
        return s
    kept = []
    for sentence in sentences:
        if widget_line(sentence, prose=sentence_shaped(sentence)):
            st.drop(line, "widget", sentence)
        else:
            kept.append(sentence)
    return " ".join(kept) if kept else s


def _copyright_line(s: str) -> bool:
    """A short copyright line, furniture as a whole ('Example News English, Example Agency. All rights reserved.'):
    not cut into sentences, so that the holder's name does not stay behind as a paragraph."""
    return bool(bp.COPYRIGHT.search(s)) and len(s.split()) <= bp.COPYRIGHT_MAX_WORDS and not bp.QUOTE_MARKS.search(s)


_BULLET = re.compile(r"^\s*+[*•-]\s++")
BULLET_PROSE_WORDS = 8   # a list item this long that reads as prose is body text


def _place(st: _State, line: Line, text: str, credit: str | None, prose: bool) -> None:
    if st.title and not st.has_title and norm(_strip_site(text)) == norm(st.title):
        return st.keep("title", st.title)
    if credit:
        return st.keep("caption", text, credit, line)
    bullet = line.mark == "bullet" or bool(_BULLET.match(text))
    heading = line.mark in ("heading", "bold")
    words = len(text.split())
    if prose and not heading and (not bullet or words >= BULLET_PROSE_WORDS):
        return st.keep("body", _BULLET.sub("", text) if bullet else text, None, line)
    if not st.has_title and not st.title and st.body_count == 0 and 3 <= words <= 30 and not bullet \
            and _wordy(text) and not _menu_bar(text):
        st.title, st.title_no, st.nav_since_title = text, line.no, 0
        return st.keep("title", text)
    if _after_masthead(st, line, text, words, bullet):
        return None
    if heading and st.body_count and words <= 20:
        if st.pending_heading is not None:
            st.drop(st.pending_heading, "heading")
        st.pending_heading = line._replace(text=text)
        return None
    if line.run is None and st.body_count and words >= 8 and not bullet and not heading and not _headline_case(text):
        return st.keep("caption", text, None, line)
    reason = "table" if line.mark == "table" else "heading" if st.body_count and words <= 12 and not bullet \
        else "navigation"
    if st.nav_since_title >= 0:
        st.nav_since_title += reason == "navigation" and st.title_no is not None and words <= MENU_ITEM_MAX_WORDS
    st.drop(line, reason)


MASTHEAD_MAX_WORDS = 4


def _menu_bar(text: str) -> bool:
    """A site's menu copied as one line: three or more short items between bars ('Home | China | World | ...')."""
    items = [i.strip() for i in text.split("|")]
    return len(items) >= 3 and all(i and len(i.split()) <= 3 for i in items)


def _wordy(text: str) -> bool:
    """Two words or more of two letters or more: a line of text, not a control's marks ('A- A A+', '< 1 2 >')."""
    return sum(sum(c.isalpha() for c in w) >= 2 for w in text.split()) >= 2
MENU_ITEM_MAX_WORDS = 4      # a longer line dropped before the article is a standfirst or a teaser, not the menu
HEADLINE_MIN_WORDS = 5


def _after_masthead(st: _State, line: Line, text: str, words: int, bullet: bool) -> bool:
    """A headline under the page's head: the line taken for the title before the article was not the headline
    when a longer line (five words or more) follows before the article and either
    - the taken line was the page's first line and reads as a name ('Radio Free Example/Radio Example', 'The
      Example Herald': at most four capitalised words): it is the masthead, the outlet's name; or
    - lines of the site's menu came between them ('Video on Demand' / 'Radio' / 'Programs' / the headline): it
      was a menu item of three words or more ('Skip next section Navigation', 'Countries & Regions').
    The longer line is the title. A standfirst right under the headline ('Vessels that ... will be refused port
    services, MPA says') has no menu line before it and stays out of the title."""
    if st.body_count or st.given_title is not None or bullet or words < HEADLINE_MIN_WORDS or words > 30:
        return False
    first = st.paragraphs[-1] if st.paragraphs else None
    if first is None or first.kind != "title" or len(st.paragraphs) != 1 or st.title_no is None:
        return False
    masthead = st.title_no == st.first_no and _masthead_like(first.text)
    if st.nav_since_title < 0 or not masthead and not st.nav_since_title:
        return False
    if not masthead and len(first.text.split()) >= HEADLINE_MIN_WORDS and _headline_case(first.text) \
            and not _headline_case(text):
        return False              # a headline in title case stays: the sentence under it is a caption or standfirst
    if masthead:
        st.meta.setdefault("masthead", first.text)
    st.removed.append(Removed(st.title_no, first.text, "masthead" if masthead else "navigation"))
    st.paragraphs.pop()
    st.title, st.title_no, st.nav_since_title = text, line.no, 0
    st.keep("title", text)
    return True


def _masthead_like(s: str, most: int = MASTHEAD_MAX_WORDS) -> bool:
    words = s.split()
    return len(words) <= most and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words) \
        and not bp.SENTENCE_END.search(s)


NAMED_MASTHEAD_MAX_WORDS = 6


LINKS_HOST_SHARE = 0.5


_LINK_HOST = re.compile(r"(?<![\w/])https?://([\w.-]{1,253})")


def links_host(lines: list[str]) -> str | None:
    """The host most of a copy's web addresses point to (its menus, related stories and footer as Markdown links),
    when it holds at least half of them and two or more: the site's own, read as the page's host name when the
    copy gives none."""
    hosts = [h.lower() for s in lines for h in _LINK_HOST.findall(s)]
    if not hosts:
        return None
    counts: dict[str, int] = {}
    for h in hosts:
        counts[h] = counts.get(h, 0) + 1
    best = max(counts, key=lambda h: (counts[h], -hosts.index(h)))
    return best if counts[best] >= LINKS_HOST_SHARE * len(hosts) and counts[best] >= 2 else None


def named_masthead(lines: list[Line]) -> str | None:
    """The page's first line when it is the outlet's name as a masthead: two to six capitalised words ('Example
    News English', 'Ministry of Foreign Affairs of Example') that the page names again further down (its footer,
    a newsletter box, a copyright line, 'Follow Example News English on X'). A menu's first item is not named
    again; a line of menu words with lower-case words ('Skip to main content') is no name."""
    texts = [ln.text for ln in lines if ln.text and ln.text.strip()]
    while texts and not _page_text(texts[0]):      # 'Skip to main content', 'Screen Reader Access', 'A- A A+'
        texts.pop(0)
    if len(texts) < 3:
        return None
    first = texts[0].strip()
    words = first.split()
    if not 1 <= len(words) <= NAMED_MASTHEAD_MAX_WORDS or not _masthead_like(first, NAMED_MASTHEAD_MAX_WORDS) \
            or bp.WIDGET.search(first) or any(c.isdigit() for c in first) or first.lower() in bp.MENU_WORDS:
        return None
    key = f" {norm(first)} "
    again = sum(key in f" {norm(t)} " for t in texts[1:])
    return first if again >= (1 if len(words) > 1 else 2) else None     # one word: named twice more ('Example')


def _page_text(text: str) -> bool:
    """A line of the page's own text at its top: not a widget ('Skip to main content', 'Screen Reader Access') and
    with a word of two letters or more (not 'A- A A+')."""
    s = text.strip()
    return bool(s) and not bp.WIDGET.match(s) and any(sum(c.isalpha() for c in w) >= 2 for w in s.split())


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
    """Bylines, contact lines, breadcrumbs, date lines, ad markers, link-only lines and block openers:
    recorded, then dropped."""
    s = line.text
    if st.pending_byline:
        st.pending_byline = False
        if len(s.split()) <= 6 and not bp.SENTENCE_END.search(s):
            st.meta.setdefault("authors", _names(s))
            st.drop(line, "byline")
            return True
    if st.body_count >= 2 and _footer_opener(s):
        st.footer = True
        st.footer_box = not bp.CREDIT_OPENER.match(s) and not re.match(r"\s*+our standards", s, re.IGNORECASE)
        _footer_line(st, line)
        return True
    source = bp.SOURCE_LINE.match(s) if st.body_count >= 2 else None
    if source:
        st.meta.setdefault("source_credit", source.group("name"))   # 'Source: Example News and news agencies'
        st.drop(line, "credit")
        return True
    if st.body_count >= 2 and bp.CONTRIBUTOR_LINE.match(s):
        st.drop(line, "credit")                        # 'Gambrell reported from Dubai, United Arab Emirates.'
        return True
    if _byline(st, line) or _signed_line(st, line) or _named_role(st, line) or _contact(st, line) \
            or _role_line(st, line) \
            or _author_links(st, line):
        return True
    if bp.RELEASE_STAMP.match(s):
        st.drop(line, "dateline")
        return True
    release = bp.PRESS_RELEASE.match(s)
    if release:
        issuer = st.previous.text if st.previous is not None else ""
        stamped = release.group("date").strip()
        if issuer and len(issuer.split()) <= bp.ISSUER_MAX_WORDS and issuer[0].isupper() \
                and not bp.SENTENCE_END.search(issuer) and _issues_release(st, s, stamped, issuer):
            st.meta.setdefault("issuer", issuer)
            _untitle(st, issuer)
        if stamped:
            st.meta.setdefault("date_line", stamped)
        st.drop(line, "dateline")
        return True
    release_line = bp.RELEASE_DATELINE.match(s) if st.body_count == 0 else None
    if release_line and stated_in(release_line.group("date")):
        st.meta.setdefault("date_line", release_line.group("date"))      # 'March 4, 2031 - Foocity - Example Office'
        if release_line.group("issuer"):
            st.meta.setdefault("issuer", release_line.group("issuer").strip())
        st.drop(line, "dateline")
        return True
    from_line = bp.FROM_LINE.match(s) if st.body_count == 0 else None
    if from_line:
        st.meta.setdefault("issuer", from_line.group("name"))            # 'From: Example Affairs Office'
        st.drop(line, "dateline")
        return True
    if st.body_count == 0 and _section_line(s):
        st.meta.setdefault("section", [x.strip() for x in _SECTION_SEP.split(s)
                                       if x.strip() and x.strip().lower() not in ("home", "news")])
        st.drop(line, "section")
        return True
    stamp = bp.AGENCY_STAMP.match(s)
    if stamp:
        st.meta.setdefault("agency", stamp.group("agency"))
        st.meta.setdefault("date_line", stamp.group("stamp"))
        st.drop(line, "dateline")
        return True
    if stamp_line(s):
        st.meta.setdefault("date_line", s)
        _author_above(st)
        st.drop(line, "dateline")
        return True
    for pattern, reason in _META_PATTERNS:
        if pattern.match(s):
            if reason == "navigation" and " > " in s:
                st.meta.setdefault("section", [x.strip() for x in _CRUMB_SEP.split(s)
                                               if x.strip() and x.strip().lower() != "home"])
            if reason == "dateline":
                st.meta.setdefault("date_line", s)
            if reason == "related" and not st.body_count and not st.has_title and not s.rstrip().endswith(":"):
                reason = "navigation"     # a bare 'Watch' among the menu's items opens no list of links yet
            st.related = reason == "related"
            st.drop(line, reason)
            return True
    return False


def _issues_release(st: _State, stamp: str, date: str, issuer: str) -> bool:
    """Whether the line above a 'Press release' stamp is the release's issuer: the stamp stands before the article
    and is one release's ('Press release', 'Press release 20 May 2025') or the releases' page under the line taken
    for the title ('Example Department of the Treasury' / 'Press Releases'), not a menu's 'Press Releases' after
    another menu item or a footer's 'Press Release' under a document number ('SC/12345'); the issuer is a name,
    without digits."""
    plural = re.match(r"\s*+\w+\s++releases\b", stamp, re.IGNORECASE) is not None
    heads = bool(st.paragraphs) and st.paragraphs[-1] == Paragraph("title", issuer, None)
    return st.body_count == 0 and (bool(date) or not plural or heads) and not any(c.isdigit() for c in issuer)


def _footer_opener(s: str) -> bool:
    """A line that opens the page's footer: a credit line naming people ('Reporting by Jane Doe'), or another
    opener ('More from Example News', 'Most read', 'Our Standards: ...') on a line that does not read as prose
    ('Most read the statement as a threat, diplomats said.' stays)."""
    m = bp.FOOTER_OPENERS.match(s)
    if not m:
        return False
    if re.match(r"\s*+\(?\s*+(?:additional\s++)?(?:reporting|editing|writing)\b", s, re.IGNORECASE):
        return bool(bp.CREDIT_OPENER.match(s))
    return not reads_as_prose(s)


_REPORTED = re.compile(r"\b(?:said|says|told|added|according to|stated)\b|[\"“”]")
RESUME_MIN_WORDS = 15            # a sentence of prose that reports someone's words
RESUME_LONG_WORDS = 40           # a paragraph far longer than any teaser's summary


def _resumes_body(s: str) -> bool:
    """A line after a box of links ('Most read', 'Recommended') that goes on with the story: a line reporting
    someone's words that is running prose of some length or a paragraph far longer than a teaser (teasers in such
    boxes are headlines and one-line summaries)."""
    n = len(s.split())
    return bool(_REPORTED.search(s)) and (n >= RESUME_LONG_WORDS or n >= RESUME_MIN_WORDS and reads_as_prose(s))


def reads_as_prose(s: str) -> bool:
    """A sentence of running text: sentence-shaped, and most of its longer words in lower case (a line of
    furniture in title case, 'Our Standards: The Example Trust Principles.', is not)."""
    if not sentence_shaped(s):
        return False
    words = [w for w in _LONG_WORD.findall(s) if len(w) > 3]
    return bool(words) and sum(w[0].islower() for w in words) * 2 >= len(words)


_CRUMB_SEP = re.compile(r"(?<!\s)\s++[>»›]\s++")


_BYLINE_PARTS = re.compile(r"(?<!\s)\s++(?:[|·•]\s++|(?=(?i:on)\s++\S))")


def byline_head(st: _State, s: str) -> str:
    """The byline proper of a line that adds a stamp, a reading time or an agency after a bar or dot, or a date
    after 'on': 'By Jane Doe | Reuters', 'By Jane Doe · March 4, 2031 · 5 min read', 'Posted by Jane Doe on March 4,
    2031' -> 'By Jane Doe' (the date kept as the date line, the agency as the affiliation); else the line."""
    parts = _BYLINE_PARTS.split(s)
    if len(parts) < 2:
        return s
    rest = [re.sub(r"^(?i:on)\s++", "", p) for p in parts[1:]]
    if not all(stamp_line(p) or bp.READING_TIME.match(p) or p.strip() in bp.WIRE_AGENCIES or _organisation(p)
               for p in rest):
        return s
    for p in rest:
        if stamp_line(p):
            st.meta.setdefault("date_line", p)
        elif not bp.READING_TIME.match(p):
            st.meta.setdefault("affiliation", p.strip())
    return parts[0]


def _byline(st: _State, line: Line) -> bool:
    s = line.text
    by = bp.BYLINE.match(s)
    if by is None or not _byline_names(by.group("names")):
        first = bp.BYLINE.match(_BYLINE_PARTS.split(s)[0])
        if first is not None and first.group(0) != s and _byline_names(first.group("names")):
            s = byline_head(st, s)
            by = bp.BYLINE.match(s)
    if not by or len(s.split()) > 12 or not _byline_names(by.group("names")):
        return False
    names = by.group("names")
    if names and _organisation(names):
        st.meta.setdefault("affiliation", _desk_of(names.strip()) or names.strip())   # 'By Example News', 'By RFE/RL'
    elif names:
        st.meta.setdefault("authors", _names(names))
        affiliation = _affiliation(names)
        if affiliation:
            st.meta.setdefault("affiliation", affiliation)
    else:
        st.pending_byline = True
    email = bp.EMAIL.search(by.group("email") or by.group("email2") or "")
    if email:
        st.meta.setdefault("author_email", email.group(0))
    st.drop(line, "byline")
    st.footer = st.footer_box = st.body_count >= 3     # an author's box after the story, unless the story goes on
    return True


def _organisation(names: str) -> bool:
    """A byline signed by an organisation: a wire agency or broadcaster, an acronym with a slash ('RFE/RL'), or
    capitalised words ending in an outlet's word ('Example News'); not 'Newsroom' or a person's name."""
    s = " ".join(names.split()).strip(" .,")
    words = s.split()
    return s in bp.WIRE_AGENCIES or bool(re.fullmatch(r"[A-Z]{2,}/[A-Z]{2,}", s)) or _desk_of(s) is not None or \
        1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() in bp.OUTLET_WORDS \
        and _outlet_tail(words) == len(words)


_DESK = re.compile(r"^(?:The )?(?P<org>[A-Z][\w&/.-]*+(?: [A-Z][\w&/.-]*+){0,3}?)(?:['’]s (?:[A-Z][\w-]*+ ){0,3}| )"
                   r"(?i:staff|desk|service|bureau|newsroom|team)$")


def _desk_of(s: str) -> str | None:
    """The organisation whose desk signs a byline: "Example Wire Staff" -> 'Example Wire', "RFE/RL's Example
    Service" -> 'RFE/RL'; None for anything else ('Jane Doe')."""
    m = _DESK.match(" ".join(s.split()).strip(" .,"))
    return m.group("org") if m else None


def _affiliation(names: str) -> str | None:
    """The organisation a byline names after its people: 'A and B, Example News' -> 'Example News', 'Jane Doe
    Example News' -> 'Example News', 'A for Example.com' -> 'Example.com'."""
    s = bp.EMAIL.sub("", names)
    m = _AFFILIATION_SEP.search(s)
    if m and s[m.end():].strip(" .,"):
        tail = s[m.end():].strip(" .,")
        return tail if _organisation(tail) or "." in tail else None
    parts = [p.strip(" .") for p in s.split(",")]
    if len(parts) > 1 and (_organisation(parts[-1]) or parts[-1] in bp.WIRE_AGENCIES):
        return parts[-1]
    words = parts[-1].split()
    cut = _outlet_tail(words)
    return " ".join(words[cut:]) if cut < len(words) else None


def _outlet_tail(words: list[str]) -> int:
    """Where an outlet's name run onto a person's name starts ('Jane Doe Example News' -> 2), or len(words)."""
    if len(words) >= 3 and words[-1] in bp.WIRE_AGENCIES:
        return len(words) - 1
    if len(words) >= 4 and words[-1].lower() in bp.OUTLET_WORDS and all(w[:1].isupper() for w in words[-2:]):
        return len(words) - 2
    return len(words)


def _untitle(st: _State, issuer: str) -> None:
    """The issuer's name above 'Press release' was taken for the title: it is the issuer's, and the title is
    still to come."""
    if st.body_count == 0 and st.paragraphs and st.paragraphs[-1] == Paragraph("title", issuer, None) \
            and st.given_title is None:
        st.paragraphs.pop()
        st.title, st.has_title = None, False
        st.removed.append(Removed(st.previous.no if st.previous is not None else 0, issuer, "issuer"))


_SIGNED = re.compile(r"^(?P<names>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){1,3}+(?:(?:,| and| &) [A-Z][\w'’.-]*+"
                     r"(?: [A-Z][\w'’.-]*+){1,3}+){0,3})(?:(?:, | \| | · )(?P<affiliation>[A-Z][\w&/'’. -]{1,40})| in "
                     r"(?P<place>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,2}+)"
                     r"| with (?P<helpers>(?:" + bp._WIRE + r")(?:(?:, | and | & )(?:" + bp._WIRE + r"))*+)"
                     r"|(?P<bar>\s*+[|·•]))$")            # 'Jane Doe  |' over the date line


def _signed_line(st: _State, line: Line) -> bool:
    """A byline without 'By' between the title and the body: 'Jane Doe, Reuters', 'Jane Doe and John Roe, Example
    News', 'Jane Doe in Brussels', 'Jane Doe with Reuters, AFP' (the agencies helped: they are not the outlet),
    'Jane Doe  |' (a separator before the date on the next line). The names must read as people's and the
    affiliation as an agency or an organisation's name; an agency is kept as the article's agency."""
    s = line.text.strip()
    m = _SIGNED.match(s) if st.has_title and st.body_count <= 1 and len(s.split()) <= 12 else None
    if not m:
        return False
    names = _names(m.group("names"))
    affiliation = m.group("affiliation")
    agency = affiliation if affiliation in bp.WIRE_AGENCIES else None
    if st.body_count and not (agency or m.group("helpers") or m.group("bar")):
        return False           # under a standfirst kept as the first paragraph, only a name with its agencies
    if not names or not all(_person_like(n) for n in names) or \
            affiliation and not agency and (_person_like(affiliation) or not _name_cased(affiliation)):
        return False                            # not a headline: 'Australia Slaps Asset Freezes, Travel Bans on Iran'
    st.meta.setdefault("authors", names)
    if agency:
        st.meta.setdefault("agency", agency)
    st.drop(line, "byline")
    return True


def _name_cased(s: str) -> bool:
    """Written as an organisation's name or a reporter's affiliation: every word capitalised but for 'of', 'and',
    'the' and words of bylines ('Bank of England', 'Example staff writer'; not 'Travel Bans on Iranian Drone
    Suppliers')."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in bp.BYLINE_LOWER_WORDS for w in s.split())


_NAMED_ROLE = re.compile(r"^(?P<name>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){1,2}?) (?P<role>(?:[A-Z][\w'’-]*+ ){1,3}+"
                         r"(?i:correspondent|editor|reporter|writer|columnist|journalist))$")


def _named_role(st: _State, line: Line) -> bool:
    """A reporter's name run into their role on one line between the title and the body, as a page copies it
    ('Jane Doe Economics correspondent', 'John Roe Diplomatic Editor'); the role names its beat, so that a beat
    alone on its line ('South Caucasus correspondent', under the name) is no name."""
    m = _NAMED_ROLE.match(line.text.strip()) if st.has_title and st.body_count == 0 else None
    if not m or not _person_like(m.group("name")) \
            or any(w.lower() in bp.BYLINE_LOWER_WORDS for w in m.group("name").split()):
        return False                              # not a role alone ('Deputy Foreign Editor')
    st.meta.setdefault("authors", [m.group("name")])
    st.drop(line, "byline")
    return True


def _role_line(st: _State, line: Line) -> bool:
    """A reporter's role under the name between the title and the body ('Jane Doe' / 'Regional Correspondent',
    boilerplate.ROLE_LINE): the name line above, dropped as a menu line, is the author."""
    if not bp.ROLE_LINE.match(line.text) or not _author_above(st):
        return False
    st.drop(line, "byline")
    return True


def _author_above(st: _State) -> bool:
    """Under the title and before the body, the line just dropped as a menu line is a person's name ('Jane Q Doe'):
    it is the author, as the role or the date stamp on the line being judged shows ('Regional Correspondent',
    'March 4, 2031')."""
    prev = st.previous
    if not (st.has_title and st.body_count == 0 and prev is not None and st.removed) \
            or st.removed[-1].line_no != prev.no or st.removed[-1].reason != "navigation":
        return False
    name = prev.text.strip()
    if not _person_like(name) or _staff_credit(name) or norm(name) == norm(st.title or "") \
            or any(w.lower() in bp.MENU_WORDS for w in name.split()):
        return False
    st.meta.setdefault("authors", [name])
    st.nav_since_title = -1                   # the author under the title confirms it
    return True


AUTHOR_PAGE = re.compile(r"/(?:authors?|writers?|profiles?|contributors?|journalists?|columnists?|reporters?|"
                         r"byline|staff)/[^/?#\s]", re.IGNORECASE)


def _author_links(st: _State, line: Line) -> bool:
    """A line of names linked to the site's author pages between the title and the body ('[Jane Doe](/authors/
    jane-doe) and [John Roe](/authors/john-roe)'): a byline without 'By'."""
    if not (st.has_title and st.body_count == 0 and line.links and len(line.text.split()) <= 12):
        return False
    if not all(AUTHOR_PAGE.search(k.url) for k in line.links):
        return False
    names = _names(line.text)
    if not names or not all(_person_like(n) for n in names):
        return False
    st.meta.setdefault("authors", names)
    st.drop(line, "byline")
    return True


def _byline_names(names: str) -> bool:
    """Whether a byline's text after 'By' is names (with affiliations, places and e-mails), not a sentence's
    words: every lower-case word is one a byline holds (boilerplate.BYLINE_LOWER_WORDS)."""
    for word in bp.EMAIL.sub(" ", names).split():
        w = word.strip(".,;:'’\"“”")
        if w and w[0].islower() and w.lower() not in bp.BYLINE_LOWER_WORDS and "." not in w:
            return False
    return True


def _contact(st: _State, line: Line) -> bool:
    """A short line giving an e-mail address to write to: a reporter's address is the author's e-mail."""
    s = line.text
    email = bp.EMAIL.search(s)
    if not email and bp.CONTACT_LINE.match(s) and len(s.split()) <= 20:
        st.drop(line, "contact")
        return True
    if not email or len(s.split()) > 25 or not (bp.CONTACT_CUES.search(s) or len(s.split()) <= 3):
        return False
    if email.group(0).split("@")[0].lower() not in bp.ROLE_MAILBOXES:
        st.meta.setdefault("author_email", email.group(0))
    st.drop(line, "contact")
    return True


_SECTION_SEP = re.compile(r"\||\s/\s|,\s")     # the items are stripped: no run of white space to backtrack over
_CAPITALISED = re.compile(r"^[A-Z][\w'’&.-]*+$|^&$")


def _section_line(s: str) -> bool:
    """A line of the page's sections or topics above the headline: 'News Feed, Ukraine, Sanctions, Russia' (three
    or more items, every word capitalised), 'WORLD, RUSSIA-UKRAINE WAR', 'News|Russia-Ukraine war', 'China /
    Diplomacy' (items of at most four words, the first capitalised). Not a headline ('Ukraine, Russia end talks')."""
    if bp.SENTENCE_END.search(s) or len(s.split()) > 12:
        return False
    items = [x.strip() for x in _SECTION_SEP.split(s.strip())]
    if len(items) < 2 or not all(x and len(x.split()) <= 4 and x[0].isupper() for x in items):
        return False
    if "|" in s or " / " in s:
        return True
    words = [w for x in items for w in x.split()]
    return s.isupper() or len(items) >= 3 and all(_CAPITALISED.match(w) for w in words)


def stamp_line(s: str) -> bool:
    """A line that only says when the page was published or changed (boilerplate.STAMP_LABEL and STAMP_TOKEN):
    'Published : March 3, 2024 - 14:05', 'Issued on: 03/03/2024 - 14:05', 'Updated - March 03, 2024 02:05 pm IST -
    NEW DELHI'. A sentence with a date ('The talks end on March 3, 2024.') has other words and is not one."""
    if len(s.split()) > bp.STAMP_MAX_WORDS or not bp.STAMP_DATE.search(s):
        return False
    rest = bp.STAMP_PLACE.sub("", bp.STAMP_LABEL.sub("", s.strip(), count=1))
    pos = 0
    for m in _STAMP_SPACE_AND_TOKEN.finditer(rest):
        if m.start() != pos:
            return False
        pos = m.end()
    return pos == len(rest) and any(c.isdigit() for c in rest)


_STAMP_SPACE_AND_TOKEN = re.compile(r"\s*+(?:" + bp.STAMP_TOKEN.pattern + r")(?![\w])\s*+")


_META_PATTERNS = (
    (bp.BREADCRUMB, "navigation"),
    (bp.AD_MARKER, "ad"),
    (bp.MD_LINK_ONLY, "link"),
    (bp.DATE_LINE, "dateline"),
    (bp.RELATED_OPENERS, "related"),
    (bp.MEDIA_TEASER, "widget"),
    (re.compile(r"^\s*+#{1,6}\s*+$|^\s*+[|=_*~-]{3,}+\s*+$"), "markup"),
)


def _footer_line(st: _State, line: Line) -> None:
    m = bp.REPORTING_BY.match(line.text)
    if m:
        st.meta.setdefault("authors", _names(m.group("names")))
    email = bp.EMAIL.search(line.text)
    if email and email.group(0).split("@")[0].lower() not in bp.ROLE_MAILBOXES and len(line.text.split()) <= 25:
        st.meta.setdefault("author_email", email.group(0))
    st.drop(line, "footer")


_NAME_LIST_SEP = re.compile(r"(?<!\s)\s++(?:and|&)\s++")
_AFFILIATION_SEP = re.compile(r"[;|]| - | – | — | (?:for|For|FOR) ")


def _names(s: str) -> list[str]:
    """Reporter names from a byline fragment: 'JANE DOE' -> ['Jane Doe']; 'A and B, Reuters' -> ['A', 'B'];
    'A, B, C and D' -> all four; 'A, B' -> both when B reads as a person's name; 'A, Example News' -> ['A'] (an
    affiliation: one word, or words of an organisation's name)."""
    s = bp.EMAIL.sub("", s)
    s = _AFFILIATION_SEP.split(s)[0]
    parts = [p.strip() for p in s.split(",")]
    last = next((i for i, p in enumerate(parts) if _NAME_LIST_SEP.search(f" {p} ")), None)
    if last is None:
        last = next((i for i, p in enumerate(parts[1:]) if not _person_like(p)), len(parts) - 1)
    names = [n for p in parts[:last + 1] for n in _NAME_LIST_SEP.split(p)]
    names = [_ROLE_HEAD.sub("", _PLACE_TAIL.sub("", n)).strip(" .") for n in names if n.strip(" .")]
    names = [" ".join(n.split()[:_outlet_tail(n.split())]) for n in names]
    return [n.title() if n.isupper() else n for n in names if 1 <= len(n.split()) <= 5 and not _staff_credit(n)]


# A reporter's role before their name: 'political reporter Jane Doe', 'Europe correspondent John Roe'.
_ROLE_HEAD = re.compile(r"^(?:(?:[a-z]+|[A-Z][a-z]+)\s++){0,3}?(?i:reporter|correspondent|editor|writer|journalist|"
                        r"columnist|producer|analyst)s?\s++(?=[A-Z])")
# A place after a reporter's name: 'Ann Other in Foocity', 'Jane Doe at the United Nations', 'John Roe from Barcity'.
_PLACE_TAIL = re.compile(r"\s++(?:in|at|from)\s++(?:the\s++)?[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,3}+\s*+$")


def _staff_credit(name: str) -> bool:
    """A desk's credit, not a person: 'Reuters Staff', 'Example News Staff', 'Staff Reporter', 'Web Desk', 'AP'."""
    return bool(bp.STAFF_CREDIT.search(name.strip(" ."))) or name.strip(" .") in bp.WIRE_AGENCIES


def _person_like(part: str) -> bool:
    """Two to four capitalised words, none of them a word of organisations' names ('Example News', 'AP Staff')."""
    words = part.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and ":" not in part \
        and not any(w.lower().strip(".") in bp.AFFILIATION_WORDS for w in words)      # not 'Editor: Jane Doe'


# A site's name after a copied tab title's headline ('Headline - The Example Times'): two to four capitalised words
# ('Example News 24'), with 'of', 'and', 'the' between, or a wire agency's name; not a clause ('- officials say')
# nor one section word ('- Analysis').
_NAME_LIKE = re.compile(r"^(?:The )?[A-Z][\w.&'’-]*(?: (?:of |and |the |de |al-)?[A-Z0-9][\w.&'’-]*){0,3}$")


def _strip_site(title: str) -> str:
    return split_title(title)[0]


def split_title(title: str) -> tuple[str, str | None]:
    """(headline, site name or None) of a page title: 'Headline | Reuters' -> ('Headline', 'Reuters');
    'Headline | Section | Site' -> ('Headline', 'Site'). The headline keeps three words or more."""
    cut = max((title.rfind(sep), sep) for sep in bp.TITLE_SEPARATORS)
    i, sep = cut
    if i >= 0 and stamp_line(title[i + len(sep):]):       # 'Headline – Site – 03/03/2024': the date is no site
        return split_title(title[:i].rstrip())
    if i < 0:
        return title, None
    head, site = title[:i].rstrip(), title[i + len(sep):].strip()
    if not site or len(site) > bp.TITLE_SITE_MAX_CHARS or len(head.split()) < 3 \
            or any(s.strip() in site for s in bp.TITLE_SEPARATORS):
        return title, None
    pipe = head.rfind(" | ")
    if pipe >= 0 and len(head[pipe + 3:]) <= bp.TITLE_SITE_MAX_CHARS and len(head[:pipe].split()) >= 3:
        head = head[:pipe].rstrip()
    return head, site


# --------------------------------------------------------------------------------------------- entry

def clean(raw: str, *, normalised: bool = False) -> Cleaned:
    """Detect the input's form, unwrap it, and clean it into paragraphs with metadata. `normalised` says the caller
    has already run `normalise_text` on it (the pipeline does, before its checks), so it is not run twice."""
    text = raw if normalised else normalise_text(raw)
    record = records.record_of(text)
    if record is not None:
        fields, rest, offset, meta = record.meta, record.text, 0, _record_meta(record.meta)
    else:
        fields, rest, offset = split_front_matter(text)
        meta = _front_matter_meta(fields)
    captions: list[tuple[str, str | None]] = []
    if looks_like_html(rest):
        from dossier.html import extract
        body, html_meta = extract(rest)
        _fill(meta, html_meta)
        captions = html_meta.get("captions", [])
        lines = [Line(i + 1, t) for i, t in enumerate(body.split("\n"))]
        meta["format"] = "html"
    else:
        lines = text_lines(rest, offset)
        meta["format"] = "record" if record is not None else \
            "markdown" if any(ln.mark or ln.links for ln in lines) else "text"
    if meta.get("title"):
        meta["raw_title"] = meta["title"] = clean_title(meta["title"])
        meta["title"] = _strip_site(meta["title"])
    out = clean_lines(lines, title=meta.get("title"))
    _fill(meta, out.meta)
    if meta["format"] in ("text", "markdown") and meta.get("title") and not meta.get("raw_title"):
        head, site = split_title(meta["title"])
        if site and _NAME_LIKE.match(site) and (len(site.split()) > 1 or site in bp.WIRE_AGENCIES):
            meta["raw_title"], meta["title"] = meta["title"], head
    if fields and record is None:
        meta["front_matter"] = True
    return Cleaned(_with_captions(out.paragraphs, captions), out.removed, meta)


def clean_title(title: str) -> str:
    """A title as printed: HTML entities unescaped, Markdown heading marks and emphasis taken out."""
    text = markdown.reduce_line(htmllib.unescape(str(title))).text
    return " ".join(text.split())


def _fill(meta: dict, more: dict) -> None:
    for k, v in more.items():
        if v and not meta.get(k):
            meta[k] = v


def _with_captions(paragraphs: list[Paragraph], captions: list[tuple[str, str | None]]) -> list[Paragraph]:
    """The page's figure captions (HTML figcaption) after the title, unless the text holds them already."""
    have = {norm(p.text) for p in paragraphs}
    captions = [(t, c) if c else split_credit(t) for t, c in captions]   # a credit the page ran into the text
    new = [Paragraph("caption", t, c) for t, c in captions if norm(t) not in have and len(t.split()) >= 4]
    if not new:
        return paragraphs
    at = 1 if paragraphs and paragraphs[0].kind == "title" else 0
    return paragraphs[:at] + list(dict.fromkeys(new)) + paragraphs[at:]


def _front_matter_meta(fields: dict) -> dict:
    """Title, site, date, url and author from front-matter fields under their usual names."""
    def first(*keys):
        return next((fields[k] for k in keys if fields.get(k) not in (None, "", "unknown")), None)
    url = first("url", "canonical_url", "permalink", "original_link", "link", "source_url", "source")
    source = fields.get("source")
    meta = {
        "title": first("title", "post_title", "original_title", "headline"),
        "published": first("date", "published_date", "post_date", "timestamp", "pubdate", "published_time"),
        "url": url if isinstance(url, str) and _URL_LIKE.match(url) else None,
        "site": first("site", "sitename", "site_name", "outlet", "publisher") or _source_name(source, fields),
        "hostname": first("domain", "hostname"),
        "description": first("description", "summary", "excerpt"),
    }
    author = first("author", "authors", "byline")
    if isinstance(author, str) and author.lower() not in ("staff writer", "admin", "staff"):
        meta["authors"] = _names(author) or [author]
    elif isinstance(author, list):
        meta["authors"] = [str(a) for a in author if str(a).strip()]
    if meta["published"] is not None:
        meta["published"] = str(meta["published"])
    return {k: v for k, v in meta.items() if v}


def _source_name(source, fields: dict) -> str | None:
    """A front matter's `source` as the site's name, unless it is a URL or the host's name capitalised ('Pna')."""
    from dossier.metadata import fold, host_stem
    if not isinstance(source, str) or _URL_LIKE.match(source):
        return None
    hosts = [fields.get(k) for k in ("url", "source_url", "domain", "hostname") if isinstance(fields.get(k), str)]
    return None if fold(source) in {host_stem(h) for h in hosts} else source


def _record_meta(fields: dict) -> dict:
    meta = {k: v for k, v in fields.items() if k in ("title", "published", "site", "hostname", "url",
                                                     "description", "section")}
    if fields.get("authors"):
        meta["authors"] = [n for a in fields["authors"] for n in (_names(a) or [a])]
    return meta
