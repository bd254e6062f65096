"""Text without line breaks, read sentence by sentence: a page copied as one line, or a few giant lines.

A line longer than `RUN_ON_CHARS` (or the page's only line, when it holds a few sentences) is cut into units before the line rules run (see `units`):

- its sentences: a boundary follows '.', '!', '?' or '…' (and any closing quote or bracket, and a bracketed photo
  credit such as '[YONHAP]') when the next word starts with a capital, a digit or an opening quote, unless the
  word before is an abbreviation ('Mr.', 'Feb.', 'U.S.', an initial);
- the page furniture that stands between or inside them without punctuation of its own: breadcrumb trails,
  runs of two or more widget phrases ('share print comment'), bylines ('BY NAME [e-mail]'), and the page's
  title where it is repeated. These become units of their own, which the line rules then judge as they judge
  lines (navigation, widget, byline, duplicate), so that furniture is cut as a span and prose is never dropped
  for a widget word inside it;
- photo credits run into the text ('(Photo: Getty Images)', '/AFP via Getty Images') and a wire agency's
  sign-off at the end ('(Anadolu)'): cut and listed as `credit`;
- a run that ends in a fragment without closing punctuation ends in a card for another story ("Headline Teaser
  sentences... Outlet Author"): the fragment is `related`, and so are the units back to the card's headline when
  one of the last `CARD_MAX_UNITS` sentences holds a headline glued to its teaser (a closing quote then a
  capitalised word: "... make Russian population ‘pay’ Hundreds of drones ...").

A sentence of fewer than `MIN_UNIT_WORDS` words stays with the sentence before it ("Great. Thanks, everyone.").
The body sentences of one run are joined again into paragraphs by the reader (reading.py): a paragraph closes
after the sentence that brings it to `PARAGRAPH_SENTENCES` sentences or `PARAGRAPH_WORDS` words, but never
inside an open quotation.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from dossier import boilerplate as bp

RUN_ON_CHARS = 1500       # a line this long holds several paragraphs' worth of text
LONE_LINE_CHARS = 300     # the only line of a page, this long, is read as a run too (a crawler's short copy)
LONE_LINE_SENTENCES = 3
MIN_UNIT_WORDS = 4
PARAGRAPH_SENTENCES = 3
PARAGRAPH_WORDS = 100
CARD_MAX_UNITS = 4
MIN_TITLE_CHARS = 15      # a shorter title is not looked for where it repeats
MAX_WIDGET_PHRASE_CHARS = max(map(len, bp.WIDGET_PHRASES)) + 1

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen sen rep gov lt col maj capt sgt cpl adm cmdr st jr sr no nos jan feb mar apr jun jul aug sep
sept oct nov dec inc corp co ltd bros vs etc al ave blvd mt ft pres rev hon dept amb sec fig op approx est
""".split())

SENTENCE_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?:\s++\[[A-Z][A-Za-z .&/'-]{1,40}\])?(?=\s++[\"“‘(\[]?+[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])[\w.'’-]{1,30}$")
BYLINE_SPAN = re.compile(
    r"(?<![\w'’-])(?:BY (?:[A-Z][A-Z'’.-]*+ ?+){1,4}+|By (?:[A-Z][\w'’.-]*+ ?+){1,4}+(?=[\[(]))"
    r"(?:\[[^\]\s]{1,100}@[^\]\s]{1,100}\]|\([^)\s]{1,100}@[^)\s]{1,100}\))?")
GLUE = re.compile(r"(?<=[a-z])[’”\"»]\s++(?=[A-Z][a-z])")
_WIDGET_GAP = re.compile(r"[\s|·•/,:-]*+")


# A dateline inside a one-line page's first sentence, after the page's head (title, source, date, share bar):
# "... Editor: huaxia Share BEIJING, March 3 (Xinhua) -- China ...", "... Short Url https://x.y/z RIYADH: Saudi ...".
_INNER_DATELINE = re.compile(
    r"(?<=\s)[A-Z]{3,}+(?:[ '’.-][A-Z]{2,}+){0,3}+(?:,\s*+[A-Z][a-z]{2,8}\.?\s++\d{1,2}(?:,\s*+\d{4})?)?\s*+"
    r"(?:\((?:" + bp._WIRE + r")\)\s*+(?:-{1,2}|–|—)|/(?:" + bp._WIRE + r")/\.|:(?=\s++[A-Z][a-z]))")
# Where a one-line page's title ends and its furniture starts: a source, a stamp label, a byline, a bar.
HEAD_CUE = re.compile(r"\s++(?:Source:|(?:Updated|Published|Posted|Last updated)\b|By\s++[A-Z]|[|·•]\s)")


def split_head(sentence: str) -> tuple[str, str, str] | None:
    """(title, the rest of the head, the sentence from its dateline) of a one-line page's first sentence that holds
    the page's head before a dateline, or None: 'Headline Source: Agency | 2024-03-03 | Editor: x Share CITY, March
    3 (Agency) -- First sentence.' -> ('Headline', 'Source: ... Share', 'CITY, March 3 (Agency) -- First ...')."""
    m = _INNER_DATELINE.search(sentence)
    if not m:
        return None
    head, body = sentence[:m.start()].strip(), sentence[m.start():]
    cue = HEAD_CUE.search(head)
    if not cue:
        return None
    title, rest = head[:cue.start()].strip(), head[cue.start():].strip()
    if not 3 <= len(title.split()) <= 30:
        return None
    return title, rest, body


class Unit(NamedTuple):
    text: str
    kind: str  # "sentence", "span" (furniture the line rules judge), "credit", "related"


def is_run_on(line: str, *, alone: bool = False) -> bool:
    """A line read sentence by sentence: longer than RUN_ON_CHARS, or the page's only line when it is longer than
    LONE_LINE_CHARS and holds LONE_LINE_SENTENCES sentences or more (a short article copied as one line)."""
    if len(line) > RUN_ON_CHARS:
        return True
    return alone and len(line) > LONE_LINE_CHARS and len(split_sentences(line)) >= LONE_LINE_SENTENCES


def units(text: str, *, title: str | None = None) -> list[Unit]:
    """The run-on text cut into sentences and furniture (see the module's docstring), in order."""
    spans = _furniture(text, title)
    out: list[Unit] = []
    pos = 0
    for start, end, kind in spans:
        out.extend(_sentences(text[pos:start]))
        piece = text[start:end].strip()
        if piece:
            out.append(Unit(piece, kind))
        pos = end
    out.extend(_sentences(text[pos:]))
    return _mark_card(out)


def _sentences(text: str) -> Iterator[Unit]:
    pending = ""
    for sentence in split_sentences(text):
        if pending and (len(sentence.split()) < MIN_UNIT_WORDS or len(pending.split()) < MIN_UNIT_WORDS
                        and bp.SENTENCE_END.search(pending)):
            pending = f"{pending} {sentence}"
            continue
        if pending:
            yield Unit(pending, "sentence")
        pending = sentence
    if pending:
        yield Unit(pending, "sentence")


def split_sentences(text: str) -> list[str]:
    """The sentences of a stretch of text (see the module's docstring), stripped, without empty ones."""
    cuts = [m.end() for m in SENTENCE_BOUNDARY.finditer(text) if not _abbreviation(text, m.start())]
    pieces = [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [p for p in pieces if p]


def _abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 31), dot)
    word = m.group(0) if m else ""
    return len(word) == 1 and word.isupper() or "." in word or word.lower() in ABBREVIATIONS


def _furniture(text: str, title: str | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the furniture in the text, in order, without overlaps."""
    home, other = ([_before_widget(text, m.start(), m.end()) for m in p.finditer(text)] for p in bp.BREADCRUMB_SPANS)
    found = home + list(_apart(other, home))     # a trail rooted at "Home" wins over one found around it
    found += [(m.start(), m.end(), "span") for m in BYLINE_SPAN.finditer(text)]
    found += [(a, b, "span") for a, b in _widget_runs(text)]
    for pattern in bp.CREDIT_SPANS:
        found += [(m.start(), m.end(), "credit") for m in pattern.finditer(text)]
    sign_off = bp.SIGN_OFF.search(text)
    if sign_off:
        found.append((sign_off.start(), sign_off.end(), "credit"))
    if title and len(title) >= MIN_TITLE_CHARS:
        found += [(i, i + len(title), "span") for i in _occurrences(text, title)]
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end, kind))
    return out


def _before_widget(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A breadcrumb span ending where a widget phrase starts ('Home > World > Europe Share on Facebook')."""
    widget = bp.WIDGET.search(text, start, end + MAX_WIDGET_PHRASE_CHARS)
    return start, (widget.start() if widget and widget.start() < end else end), "span"


def _apart(spans: list[tuple[int, int, str]], taken: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The spans (in order) that overlap none of the taken ones (in order)."""
    j = 0
    for start, end, kind in spans:
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if j == len(taken) or taken[j][0] >= end:
            yield start, end, kind


def _widget_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of two or more widget phrases with nothing but separators between them."""
    start = end = count = 0
    for m in bp.WIDGET.finditer(text):
        gap = _WIDGET_GAP.match(text, end, m.start()) if count else None
        if count and gap is not None and gap.end() == m.start():
            end, count = m.end(), count + 1
            continue
        if count >= 2:
            yield start, end
        start, end, count = m.start(), m.end(), 1
    if count >= 2:
        yield start, end


def _occurrences(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + len(needle))


def _mark_card(out: list[Unit]) -> list[Unit]:
    """Mark a trailing card for another story as `related` (see the module's docstring)."""
    last = max((i for i, u in enumerate(out) if u.kind in ("sentence", "span")), default=None)
    if last is None or out[last].kind != "sentence" or bp.SENTENCE_END.search(out[last].text):
        return out
    first = last
    for i in range(last, max(last - CARD_MAX_UNITS, -1), -1):
        if out[i].kind != "sentence":
            break
        if GLUE.search(out[i].text):
            first = i
            break
    return out[:first] + [Unit(u.text, "related") if u.kind == "sentence" else u for u in out[first:]]
