"""Quotations: what is quoted, by whom, whole or in part, and what is reported without quotation marks.

`extract(article, reading)` returns the `quotes` frame (columns in docs/frames.md): one row per quotation mark pair
(a quotation running over several paragraphs gives one row per paragraph, all with the same speaker), and
one row per reported clause ('X said that ...', 'according to X, ...') with kind `indirect`.
`quotation_spans(text, paragraphs)` finds the quoted stretches alone.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Token

from dossier import lexicon as lx
from dossier.article import Article, Locator
from dossier.clauses import Attribution, Reading
from dossier.schema import frame
from dossier.who import Named, Who

# ------------------------------------------------------------------------------------------------ marks

DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER = "“„«", "”»", '"'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER = "‘‹", "’›", "'"
OPEN_CONTEXT = set(" \t\n([{—–-/:;") | set(DOUBLE_OPEN + SINGLE_OPEN + DOUBLE_EITHER)  # may come before an opener
CLOSE_FOLLOW = set(" \t\n,.;:!?)]}—–-…") | set(DOUBLE_CLOSE + SINGLE_CLOSE + DOUBLE_EITHER + SINGLE_EITHER)
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER) + "]")  # where to look,
_SINGLE_MARK = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER) + "]")  # not every character
STRONG_BEFORE = set(",.!?;:…")       # a single mark after these closes a quotation ('..., he said')
ELISIONS = ("'em", "'n'", "'til", "'cause", "'tis", "'twas", "'bout", "'round")

SCARE_WORDS = 3                      # a fragment this short with no speaker is a scare quote or a title
MIN_DIRECT_WORDS = 4                 # a capitalised quotation shorter than this inside a sentence is partial
MAX_SPLIT_GAP = 100                  # characters of attribution between the halves of a split quotation
ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$")    # 'U.S.', 'Mr.', 'Gen.', 'Sept.'

MIN_INDIRECT_TOKENS = 3              # a reported clause shorter than this is no statement
MAX_QUOTED_SHARE = 0.5               # a reported clause mostly inside quotation marks is a direct quote


class QuoteSpan(NamedTuple):
    start: int                       # first character inside the marks
    end: int                         # character after the last one inside (the mark, or the paragraph end)
    closed: bool                     # a closing mark ends it
    chain: int                       # shared by the paragraphs of one quotation that runs on


class QuoteRow(NamedTuple):
    quote_id: int
    speaker_id: int | None
    speaker: str | None
    text: str
    kind: str
    cue: str | None
    sentence_id: int
    start_char: int
    end_char: int


# ------------------------------------------------------------------------------------------------ public API

def extract(art: Article, reading: Reading, spans: list[QuoteSpan], labels: dict | None = None) -> pd.DataFrame:
    """The `quotes` frame: quote_id, speaker_id, speaker, text, kind (direct/partial/indirect), cue,
    sentence_id, start_char, end_char (of the quoted words in art.text). `spans` are the article's
    `quotation_spans`; once the speakers are known, first-person words inside a quotation name its speaker."""
    paragraphs = list(zip(art.paragraphs["start_char"], art.paragraphs["end_char"], art.paragraphs["kind"]))
    locator = Locator(art.sentences)
    labels = speaker_labels(art) if labels is None else labels
    quoted = list(_direct_rows(art.text, spans, reading, locator, paragraphs, labels))
    reported = list(_indirect_rows(art, reading, locator))
    rows = sorted(quoted + reported, key=lambda r: (r.start_char, r.kind != "indirect"))
    speakers = {r.start_char: Named((r.speaker_id,) if r.speaker_id is not None else (), r.speaker)
                for r in quoted}
    reading.who.quote_speaker = lambda start: speakers.get(start, Named((), None))
    return frame("quotes", (r._replace(quote_id=i) for i, r in enumerate(rows)))


def paragraph_spans(art: Article, labels: dict | None = None) -> list[QuoteSpan]:
    """The article's quoted stretches (see `quotation_spans`), and the words of each paragraph a transcript gives
    to a named speaker ('Lin Jian: China firmly opposes ...', `labels` as `speaker_labels` gives them, worked out
    here when not given), whose own quotations are part of them."""
    paragraphs = zip(art.paragraphs["start_char"], art.paragraphs["end_char"], art.paragraphs["kind"])
    spans = quotation_spans(art.text, paragraphs)
    labels = speaker_labels(art) if labels is None else labels
    labelled = [QuoteSpan(start, end, True, -1 - k) for k, (start, (end, _, _)) in enumerate(labels.items())]
    if not labelled:
        return spans
    kept = [s for s in spans if not any(t.start <= s.start < t.end for t in labelled)]
    return sorted(kept + labelled, key=lambda s: s.start)


# A transcript's speaker label opening a paragraph: a name or a role, then a colon ('Lin Jian:', 'SECRETARY BLINKEN:').
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’-]*+(?:[ \t]++[A-Z][\w.'’-]*+){0,4}+):[ \t]++(?=\S)")


def speaker_labels(art: Article) -> dict[int, tuple[int, int, int]]:
    """Start of the words -> (end of the paragraph, label start, label end) for each body paragraph a transcript
    opens with the label of a named speaker ('Lin Jian: ...'): a person or organisation the article names, so that
    'Note:', 'Q:' or 'SENIOR ADMINISTRATION OFFICIAL:' give no speaker; and not a reporter's question ('Bloomberg:
    ... What is China's response?'), whose asker is no newsmaker."""
    mentions = art.mentions
    if mentions.empty:
        return {}
    kinds = dict(zip(art.actors["actor_id"], art.actors["kind"]))
    named = {int(s): (int(e), kinds.get(a)) for a, s, e in zip(mentions["actor_id"], mentions["start_char"],
                                                               mentions["end_char"])}
    out = {}
    for start, end, kind in zip(art.paragraphs["start_char"], art.paragraphs["end_char"], art.paragraphs["kind"]):
        m = SPEAKER_LABEL.match(art.text, int(start), int(end)) if kind == "body" else None
        if m is None or int(start) not in named:
            continue
        mention_end, actor_kind = named[int(start)]
        if mention_end == m.end("label") and actor_kind in ("person", "organization") \
                and not art.text[m.end():int(end)].rstrip().endswith("?"):
            out[m.end()] = (int(end), int(start), m.end("label"))
    return out


def quotation_spans(text: str, paragraphs: Iterable[tuple[int, int, str]]) -> list[QuoteSpan]:
    """The quoted stretches of `text`, paragraph by paragraph ((start, end, kind) each): double quotation
    marks (curly or straight), single ones where they quote rather than elide, nested ones dropped; an
    unclosed quotation stops at its paragraph's end and runs on into the next paragraph when that one opens
    with a quotation mark."""
    paragraphs = [(int(s), int(e), k) for s, e, k in paragraphs]
    per_paragraph = [_outermost(_double_spans(text, s, e) + _single_spans(text, s, e)) for s, e, _ in paragraphs]
    return list(_chain(text, paragraphs, per_paragraph))


# ------------------------------------------------------------------------------------------------ finding marks

def _role(text: str, i: int, lo: int, hi: int, opener: str, closer: str) -> str:
    """'open', 'close' or 'either' for the quotation mark at text[i], by its glyph and the characters around."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = prev in OPEN_CONTEXT and not nxt.isspace()
    closes = not prev.isspace() and (nxt in CLOSE_FOLLOW)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "open" if text[i] in opener else "close" if text[i] in closer else "either"


def _double_spans(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of double-quoted stretches in text[lo:hi]; an opener left open ends the paragraph,
    or the stretch before the next opener when one comes first."""
    out, open_at = [], None
    for mark in _DOUBLE_MARK.finditer(text, lo, hi):
        i = mark.start()
        role = _role(text, i, lo, hi, DOUBLE_OPEN, DOUBLE_CLOSE)
        if open_at is None:
            if role != "close":
                open_at = i
        elif role == "open":
            out.append((open_at + 1, _trim_end(text, open_at + 1, i), False))
            open_at = i
        else:
            out.append((open_at + 1, i, True))
            open_at = None
    if open_at is not None:
        out.append((open_at + 1, _trim_end(text, open_at + 1, hi), False))
    return [s for s in out if s[1] > s[0]]


def _single_spans(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of single-quoted stretches in text[lo:hi]. An opener is a mark after a space or
    bracket before a letter; its closer is the first mark after it (before the next opener) that follows
    punctuation or precedes it ("...,' he said"), else the first that ends a word ("'practice yoga' after"),
    so that apostrophes inside ("Russia's", "don't", "the Americans' choice") are passed over."""
    openers, closers = [], []
    for mark in _SINGLE_MARK.finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if prev in OPEN_CONTEXT and (nxt.isalpha() or nxt in "(["):
            if c not in SINGLE_CLOSE or prev in "\n ([" and nxt.isupper():
                if not text.startswith(ELISIONS, i):
                    openers.append(i)
                    continue
        if not prev.isspace() and nxt in CLOSE_FOLLOW and c not in SINGLE_OPEN:
            closers.append((i, prev in STRONG_BEFORE or nxt in CLOSE_FOLLOW - {" ", "\t", "\n"} or i + 1 >= hi))
    return _pair_singles(text, openers, closers, lo, hi)


def _pair_singles(text, openers, closers, lo, hi) -> list[tuple[int, int, bool]]:
    out, after = [], lo
    for n, o in enumerate(openers):
        if o < after:
            continue
        limit = openers[n + 1] if n + 1 < len(openers) else hi
        within = [(c, strong) for c, strong in closers if o < c < limit]
        if not within and n + 1 < len(openers):           # the next opener may be an apostrophe: look past it
            limit = hi
            within = [(c, strong) for c, strong in closers if o < c < limit]
        strong = [c for c, s in within if s]
        close = strong[0] if strong else within[0][0] if within else None
        if close is not None:
            out.append((o + 1, close, True))
            after = close + 1
        elif o == lo or text[lo:o].strip() == "" or text[o + 1:o + 2].isupper():
            out.append((o + 1, _trim_end(text, o + 1, hi), False))
            after = hi
    return [s for s in out if s[1] > s[0]]


def _outermost(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Spans not inside another (a quotation within a quotation belongs to the outer one)."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int, bool]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


def _chain(text, paragraphs, per_paragraph) -> Iterator[QuoteSpan]:
    """QuoteSpans with a chain id: an unclosed last quotation of a paragraph continues in the next paragraph
    of the same kind when that one opens with a quotation mark."""
    chain, carry = -1, False
    for (lo, hi, kind), spans in zip(paragraphs, per_paragraph):
        opens_with_mark = bool(spans) and text[lo:spans[0][0]].strip() in tuple(DOUBLE_OPEN + DOUBLE_EITHER
                                                                                  + SINGLE_OPEN + SINGLE_EITHER)
        for n, (s, e, closed) in enumerate(spans):
            if not (n == 0 and carry and opens_with_mark):
                chain += 1
            yield QuoteSpan(s, e, closed, chain)
        if kind == "caption":
            continue
        carry = bool(spans) and not spans[-1][2] and spans[-1][1] >= _trim_end(text, lo, hi)


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


# ------------------------------------------------------------------------------------------------ direct quotes

def _direct_rows(text, spans, reading: Reading, locator, paragraphs, labels=None) -> Iterator[QuoteRow]:
    """Rows for the quoted stretches, each chain with one attribution, an unattributed quotation taking the
    speaker of the quotation or reported speech just before it; a transcript's labelled words (`labels`, see
    `speaker_labels`) are the label's speaker's."""
    labels = labels or {}
    chains: dict[int, list[QuoteSpan]] = {}
    for s in spans:
        chains.setdefault(s.chain, []).append(s)
    previous: Attribution | None = None
    previous_paragraph, last_direct_end = -1, None
    for chain in sorted(chains.values(), key=lambda c: c[0].start):
        para = locator.paragraph(chain[0].start)
        kind = _kind(text, chain[0], paragraphs[para][0], last_direct_end)
        last_direct_end = chain[-1].end if kind == "direct" else None
        label = labels.get(chain[0].start)
        if label is not None:
            who = reading.who
            speaker = who.resolve(reading.tokens[who.token_at(label[2] - 1)])
            att = Attribution(Named(speaker.ids, text[label[1]:label[2]]), None, label[1])
        else:
            att = next(filter(None, (reading.attribute(s.start, s.end) for s in chain)), None)
        if att is None and kind == "direct":
            att = _before_colon(text, chain[0], paragraphs[para][0], reading)
        if att is None and kind == "direct":
            att = _carried(text, chain[0], para, previous, previous_paragraph, reading, locator, paragraphs)
        if kind == "partial" and len(chain) == 1 and len(text[chain[0].start:chain[0].end].split()) <= SCARE_WORDS \
                and (att is None or not att.speaker.ids and not att.speaker.text):
            continue                  # a scare quote or a name in quotation marks ('the "peace formula"'), no one's words
        for s in chain:
            yield QuoteRow(0, att.speaker.first if att else None, att.speaker.text if att else None,
                           text[s.start:s.end], kind if s is chain[0] else "direct", att.cue if att else None,
                           locator.sentence(s.start), s.start, s.end)
        if att is not None and att.speaker.text is not None:
            previous, previous_paragraph = att, locator.paragraph(chain[-1].start)


def _kind(text: str, span: QuoteSpan, para_start: int, last_direct_end: int | None) -> str:
    """'direct' for a quoted sentence or clause (or the second half of one split by its attribution:
    '"...," she said, "..."'), 'partial' for a fragment inside the journalist's sentence."""
    words = text[span.start:span.end].strip()
    before = text[para_start:span.start - 1].rstrip()
    if not words:
        return "partial"
    if not before or before[-1] in ":":
        return "direct"
    if before[-1] in ",—–-" and last_direct_end is not None and para_start <= last_direct_end \
            and not _ends_sentence(text[last_direct_end + 1:span.start - 1]) \
            and span.start - last_direct_end <= MAX_SPLIT_GAP:
        return "direct"
    first = next((c for c in words if c.isalnum()), "")
    if first.islower():
        return "partial"
    if before[-1] in ",.!?" or len(words.split()) >= MIN_DIRECT_WORDS:
        return "direct"
    return "partial"


def _ends_sentence(gap: str) -> bool:
    """True when a stretch of text holds a sentence end: a word closing with . ! or ? (not an abbreviation
    like 'U.S.' or 'Mr.') followed by a capitalised word."""
    words = gap.split()
    return any(w.rstrip("\"”’'").endswith((".", "!", "?")) and not ABBREVIATION.match(w.rstrip("\"”’'"))
               and nxt.lstrip("\"“‘'")[:1].isupper() for w, nxt in zip(words, words[1:]))


def _carried(text, span, para, previous, previous_paragraph, reading, locator, paragraphs) -> Attribution | None:
    """The attribution an unattributed quotation inherits: the last quotation's, when that was in the same
    paragraph or (for a quotation opening its paragraph) the paragraph before, skipping captions; else the
    reporting verb of the sentence just before it in its paragraph."""
    if previous is None:
        return _from_sentence_before(span, para, reading, locator)
    if previous_paragraph == para:
        return previous
    opens = text[paragraphs[para][0]:span.start].strip() in tuple(DOUBLE_OPEN + DOUBLE_EITHER + SINGLE_OPEN
                                                                  + SINGLE_EITHER)
    between = [k for _, _, k in paragraphs[previous_paragraph + 1:para]]
    if opens and all(k == "caption" for k in between):
        return previous
    return _from_sentence_before(span, para, reading, locator)


def _before_colon(text: str, span: QuoteSpan, para_start: int, reading: Reading) -> Attribution | None:
    """Words a colon introduces inside a sentence ('X thanked Canberra in a post on X: "..."'): the subject of the
    clause before the colon, when it is a person or body who can speak."""
    before = text[para_start:span.start - 1].rstrip()
    if not before.endswith(":") or len(before) < 2:
        return None
    who = reading.who
    colon = reading.tokens[who.token_at(para_start + len(before) - 1)]
    verb = colon.head if colon.dep_ == "punct" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or who.in_quote[verb.i]:
        return None
    att = reading.attribute_verb(verb)
    return att if att.speaker.ids else None


def _from_sentence_before(span, para, reading: Reading, locator) -> Attribution | None:
    before = reading.who.sentence_before(span.start)
    verbs = reading.reporting_verbs(before[0], before[1]) if before else []
    if not verbs:
        return None
    att = reading.attribute_verb(verbs[-1])
    return att if att.speaker.text else None


# ------------------------------------------------------------------------------------------------ indirect

def _indirect_rows(art: Article, reading: Reading, locator: Locator) -> Iterator[QuoteRow]:
    """Rows for reported clauses: the clause a verb of saying governs ('said that ...', 'told X ...') and the
    statement an 'according to X' phrase attributes."""
    lower, lemma, pos = reading.lower, reading.lemma, reading.pos
    for i in range(len(art.doc)):       # the reading's arrays first: a Token only for a candidate word
        if reading.who.in_quote[i] or not (lower[i] == "according"
                                           or pos[i] == "VERB" and lemma[i] in lx.INDIRECT_VERBS):
            continue
        tok = art.doc[i]
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            row = _according_row(tok, reading, locator)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lx.INDIRECT_VERBS:
            row = _reported_row(tok, reading, locator)
        else:
            continue
        if row is not None:
            yield row


def _reported_row(verb: Token, reading: Reading, locator: Locator) -> QuoteRow | None:
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    who = reading.who
    att = reading.attribute_verb(verb)
    c = reading.clause_of(verb)
    subj = reading.doc[c.subject] if c is not None and c.head == verb.i and c.subject is not None else None
    if subj is None and att.speaker.text is None or subj is not None and subj.lower_ in ("i", "we", "you", "one"):
        return None
    if who.paragraph_of(clause) != who.paragraph_of(verb):     # a parse run across paragraphs
        return None
    lo, hi = _clause_range(clause, who, skip_mark=True)
    if hi - lo <= 0 or len(who.text[lo:hi].split()) < MIN_INDIRECT_TOKENS or _mostly_quoted(lo, hi, who):
        return None
    return QuoteRow(0, att.speaker.first, att.speaker.text, who.text[lo:hi], "indirect", verb.text,
                    locator.sentence(lo), lo, hi)


def _according_row(tok: Token, reading: Reading, locator: Locator) -> QuoteRow | None:
    obj = [g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not obj:
        return None
    who = reading.who
    named = who.resolve(obj[0])
    phrase = list(tok.subtree)
    s, e, _ = who.sentence_range(tok.idx)
    a, b = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    lo, hi = (b, e) if a - s < e - b else (s, a)
    lo, hi = _strip(who.text, lo, hi)
    if len(who.text[lo:hi].split()) < MIN_INDIRECT_TOKENS or _mostly_quoted(lo, hi, who):
        return None
    return QuoteRow(0, named.first, named.text, who.text[lo:hi], "indirect", "according to",
                    locator.sentence(lo), lo, hi)


def _clause_range(clause: Token, who: Who, *, skip_mark: bool) -> tuple[int, int]:
    """Character range of a clause, without its 'that' and outer punctuation, cut at its paragraph."""
    toks = [t for t in clause.subtree if not (skip_mark and t.dep_ == "mark" and t.head.i == clause.i and t.i <= clause.i)]
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    cut_end, cut_start = who.inside_quote(hi), who.inside_quote(lo)     # a quotation the clause cuts into
    if cut_end is not None and cut_end[0] < hi:                         # is the clause's
        hi = cut_end[1]
    if cut_start is not None and cut_start[0] < lo:
        lo = cut_start[0]
    s, e, _ = who.sentence_range(clause.idx)
    return _strip(who.text, max(lo, s), min(hi, e))


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:—–-"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:—–-."):
        hi -= 1
    return lo, hi


def _mostly_quoted(lo: int, hi: int, who: Who) -> bool:
    inside = sum(max(0, min(hi, e) - max(lo, s)) for s, e in who.quotes_between(lo, hi))
    return inside > MAX_QUOTED_SHARE * (hi - lo)
