"""Markdown as crawlers write it, reduced to its text line by line; link targets kept apart.

`reduce_line(s)` returns a `Reduced` record: the line's text with inline links `[text](url)`, images
`![alt](src)`, reference links `[text][ref]`, autolinks `<https://...>`, emphasis, inline code, heading marks,
list bullets, block quotes and table pipes taken out; the links found, as `Link(text, url)`; and a mark saying
what the line was (`heading`, `bold` for a line that is one bold phrase, `bullet`, `table`, `image`, `linkdef`
for a reference definition `[1]: https://...`, `rule` for `---`), or "" for a plain line.

Every pattern runs in linear time: brackets and parentheses are matched without nesting and bounded, and
emphasis is found between like markers with nothing of the marker inside.
"""
from __future__ import annotations

import html as htmllib
import re
from typing import NamedTuple


class Link(NamedTuple):
    text: str
    url: str


class Reduced(NamedTuple):
    text: str
    links: tuple[Link, ...]
    mark: str


_URL = r"(?P<url>[^\s()]{1,2000}+(?:\([^\s()]{0,200}\)[^\s()]{0,200}+)?)"
_TITLE = r"(?:\s++(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?"
IMAGE = re.compile(r"!\[(?P<text>[^\[\]\n]{0,500})\]\(\s*+" + _URL + _TITLE + r"\s*+\)")
INLINE_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]{0,500})\]\(\s*+" + _URL + _TITLE + r"\s*+\)"
                         r"(?P<stop>[.!?](?=[A-Z][a-z]))?")
REFERENCE_LINK = re.compile(r"(?<![\]!])\[(?P<text>[^\[\]\n]{1,500})\]\[(?P<ref>[^\[\]\n]{0,100})\]")
AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|mailto):[^\s<>]{1,2000})>")
LINK_DEFINITION = re.compile(r"^ {0,3}+\[(?P<text>[^\[\]\n]{1,200})\]:\s*+" + _URL + _TITLE + r"\s*+$")
HEADING = re.compile(r"^ {0,3}+(?P<level>#{1,6})(?:[ \t]++(?P<text>.*+))?$")
BULLET = re.compile(r"^\s*+(?:[-*+•▪‣◦]|\d{1,3}[.)])\s++(?=\S)")
QUOTE = re.compile(r"^ {0,3}+(?:>\s?+)++")
TABLE_ROW = re.compile(r"^\s*+\|.*\|\s*+$")
TABLE_RULE = re.compile(r"^\s*+\|?(?:\s*+:?-{3,}+:?\s*+\|)++\s*+(?::?-{3,}+:?)?\s*+$")
RULE = re.compile(r"^\s*+(?:(?:\*\s*+){3,}+|(?:-\s*+){3,}+|(?:_\s*+){3,}+)$")
BOLD_LINE = re.compile(r"^\s*+(?:\*\*|__)(?P<text>[^*_\n]{1,300})(?:\*\*|__)[:.]?\s*+$")
# Emphasis: **strong**, __strong__, *em*, _em_ (not inside words, so snake_case stays), ~~struck~~, `code`.
EMPHASIS = (
    re.compile(r"(?<![\w*\\])\*\*(?=\S)(?P<text>[^*\n]++)(?<=\S)\*\*(?![\w*])"),
    re.compile(r"(?<![\w_\\])__(?=\S)(?P<text>[^_\n]++)(?<=\S)__(?![\w_])"),
    re.compile(r"(?<![\w*\\])\*(?=\S)(?P<text>[^*\n]++)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_\\])_(?=\S)(?P<text>[^_\n]++)(?<=\S)_(?![\w_])"),
    re.compile(r"(?<!~)~~(?=\S)(?P<text>[^~\n]++)(?<=\S)~~(?!~)"),
    re.compile(r"(?<!`)`(?P<text>[^`\n]++)`(?!`)"),
)
ESCAPED = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|>~])")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
SPACES = re.compile(r"[ \t]{2,}+")
MARKUP_CHARS = re.compile(r"[\[\]!*_`~<>#|\\&]|^\s*+(?:-{3}|\d)")   # a line without these is plain text


def reduce_line(s: str) -> Reduced:
    """The text of one line of Markdown, its links, and what kind of line it was (see the module doc)."""
    if not MARKUP_CHARS.search(s) and not BULLET.match(s):
        return Reduced(SPACES.sub(" ", s).strip(), (), "")
    definition = LINK_DEFINITION.match(s)
    if definition:
        return Reduced("", (Link(definition.group("text"), definition.group("url")),), "linkdef")
    if RULE.match(s) or TABLE_RULE.match(s):
        return Reduced("", (), "rule")
    text, mark = _block(s)
    links: list[Link] = []
    text = IMAGE.sub(lambda m: _keep_link(links, m, keep_text=False), text)
    if mark == "" and not text.strip() and links:
        mark = "image"
    text = INLINE_LINK.sub(lambda m: _keep_link(links, m), text)
    text = AUTOLINK.sub(lambda m: _keep_link(links, m, keep_text=False), text)
    text = REFERENCE_LINK.sub(lambda m: m.group("text"), text)
    bold = BOLD_LINE.match(text)
    if bold and mark == "":
        mark = "bold"
    for pattern in EMPHASIS:
        text = pattern.sub(lambda m: m.group("text"), text)
    text = ESCAPED.sub(lambda m: m.group("char"), text)
    if "&" in text:
        text = ENTITY.sub(lambda m: htmllib.unescape(m.group(0)), text)
    return Reduced(SPACES.sub(" ", text).strip(), tuple(links), mark)


def _block(s: str) -> tuple[str, str]:
    """The line without its block marks (heading hashes, bullet, quote, table pipes) and its mark."""
    heading = HEADING.match(s)
    if heading:
        return _without_closing_hashes(heading.group("text") or ""), "heading"
    s = QUOTE.sub("", s, count=1)
    if TABLE_ROW.match(s):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        return "; ".join(c for c in cells if c), "table"
    bullet = BULLET.match(s)
    if bullet:
        return s[bullet.end():], "bullet"
    return s, ""


def _without_closing_hashes(text: str) -> str:
    """'Title ##' -> 'Title' (the optional closing sequence of an ATX heading)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text


def _keep_link(links: list[Link], m: re.Match, *, keep_text: bool = True) -> str:
    """The link's text (or nothing), recording the link; a word run into the link on either side is set apart
    ("available at[www.x.gov](...)", "[...today.](...)Treasury", "[...](...).Treasury"), as converters from HTML
    drop that space."""
    text = m.group("text") if "text" in m.re.groupindex else ""
    links.append(Link(" ".join(text.split()), m.group("url").strip("<>")))
    if not keep_text or not text.strip():
        return ""
    stop = m.groupdict().get("stop") or ""
    before, after = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
    lead = " " if before.isalnum() and text[0].isalnum() else ""
    trail = " " if stop or after.isalnum() and (text[-1].isalnum() or text[-1] in ".!?:;,") else ""
    return lead + text + stop + trail

