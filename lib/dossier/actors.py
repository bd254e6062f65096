"""Actors and their mentions: every person, organisation, country and place, under every name the article uses.

`extract(article)` returns the `actors` and `mentions` frames (columns in docs/frames.md). Candidates come from
spaCy's entities and from the country gazetteer; each is resolved to one actor, with `via` saying how.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple

import numpy
import pandas as pd
from spacy.matcher import PhraseMatcher
from spacy.attrs import DEP, ENT_IOB, POS
from spacy.tokens import Doc

from dossier import lexicon as lx, names
from dossier.article import Article, Locator, text_of
from dossier.countries import (SEATS_OF_GOVERNMENT, Gazetteer, gazetteer, host_country, is_weak, place_country,
                               subdivision_country)
from dossier.schema import frame

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_HAS_DIGIT = re.compile(r"\d")
# Groups of states named by a letter and their number: 'G7', 'G-20', 'E3', 'P5+1' (digits elsewhere are dates,
# laws, products: 'Resolution 2231', 'COVID-19').
_GROUP_NUMBER = r"[GEP]-?\d{1,2}(?:\+\d)?"
_NUMBERED_GROUP = re.compile(rf"^(?:[Tt]he )?{_GROUP_NUMBER}$")
_NUMBERED_GROUP_IN_TEXT = re.compile(rf"(?<![\w.-]){_GROUP_NUMBER}(?![\w-])")
# The same groups spelt out ('the Group of Seven', 'Group of 20'), which the NER cuts before the number.
_GROUP_OF_NUMBER = re.compile(r"\bGroup of (?:\d{1,2}|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                              r"Twenty)\b")


class Candidate(NamedTuple):
    start: int          # character offsets into the text
    end: int
    text: str
    label: str          # PERSON / ORG / GPE / NORP / LOC / FAC / GAZ / SEAT
    codes: tuple        # gazetteer (alpha-3, via) entries found in or as the span
    priority: int


class MentionRow(NamedTuple):
    actor_id: int
    text: str
    start_char: int
    end_char: int
    sentence_id: int
    paragraph_id: int
    via: str


@dataclass
class Actor:
    actor_id: int
    kind: str
    name: str
    country: str | None = None
    title: str | None = None
    forms: Counter = field(default_factory=Counter)
    key: tuple = ()


# --------------------------------------------------------------------------------------------- candidates

_MATCHERS: dict[int, PhraseMatcher] = {}


def _matcher(doc: Doc, gz: Gazetteer) -> PhraseMatcher:
    """A PhraseMatcher over every gazetteer form (and seats of government), built once per vocabulary."""
    key = id(doc.vocab)
    if key not in _MATCHERS:
        from dossier.nlp import load
        m = PhraseMatcher(doc.vocab, attr="ORTH")
        m.add("GAZ", list(load().tokenizer.pipe(list(gz.forms) + list(SEATS_OF_GOVERNMENT))))
        _MATCHERS[key] = m
    return _MATCHERS[key]


def candidates(doc: Doc, gz: Gazetteer) -> list[Candidate]:
    """Non-overlapping candidate spans, best first where they overlap: named organisations and people that
    contain a country name, then gazetteer names, then the remaining entities."""
    # (start_char, end_char, text, label, tokens) of each entity, read from its Span once
    ents = [(e.start_char, e.end_char, e.text, label, len(e)) for e in doc.ents
            if (label := e.label_) in ENTITY_LABELS]
    money = Spans((e.start_char, e.end_char) for e in doc.ents if e.label_ == "MONEY")
    gaz = [doc[s:e] for _, s, e in _matcher(doc, gz)(doc)]      # not in a sum: '350,000 Swiss francs'
    gaz = [span for span in gaz if not money.overlaps(span.start_char, span.end_char)]
    out: list[Candidate] = list(_titled_names(doc, gz))
    ent_spans = Spans((s, e) for s, e, _, _, _ in ents)
    ends = {span.end for span in gaz}
    for span in gaz:
        text = span.text
        entries = gz.lookup(text)
        if span.start in ends and entries and all(v == "acronym" for _, v in entries):
            continue                                # 'Hong Kong SAR': a designation of the place before, not Syria
        seat = text in SEATS_OF_GOVERNMENT
        codes = tuple(gz.lookup(text)) if not seat else ()
        label = "SEAT" if seat else "GAZ"
        if label == "GAZ" and is_weak(text) and not ent_spans.overlaps(span.start_char, span.end_char):
            continue
        out.append(Candidate(span.start_char, span.end_char, text, label, codes, 2))
    within = Spans((c.start, c.end) for c in out)   # entities never lie within one another: `out` so far suffices
    ents = [part for e in ents for part in _split_at_title(e)]
    for start, end, text, label, size in ents:
        inner = [out[k] for k in within.inside(start, end)]
        covered = {i for c in inner for i in range(c.start, c.end)}
        bare = _POSSESSIVE.sub("", text)                # "Timor-Leste's" is the country, not a body holding it
        extra = any(ch.isalpha() and start + k not in covered for k, ch in enumerate(bare))
        contains = inner and size >= 2 and label in ("ORG", "FAC", "PERSON", "LOC") and extra
        codes = tuple(x for c in inner for x in c.codes)
        out.append(Candidate(start, end, text, label, codes, 3 if contains else 1))
    for m in _NUMBERED_GROUP_IN_TEXT.finditer(text_of(doc)):      # the NER tags 'G7' in one sentence, not the next
        if not ent_spans.overlaps(m.start(), m.end()):
            out.append(Candidate(m.start(), m.end(), m.group(0), "ORG", (), 1))
    for m in _GROUP_OF_NUMBER.finditer(text_of(doc)):             # over the NER's 'Group of'
        out.append(Candidate(m.start(), m.end(), m.group(0), "ORG", (), 3))
    out += [c for c in [*_untagged_speakers(doc), *_acronyms_after_a_kind(doc)]
            if not ent_spans.overlaps(c.start, c.end) and not within.overlaps(c.start, c.end)]
    return _select(_without_portfolios(_join_of_bodies(_join_demonym_places(out, doc), doc), doc))


def _acronyms_after_a_kind(doc: Doc) -> Iterator[Candidate]:
    """An acronym the NER left untagged right after the kind of body it names ('the regional bloc ECOWAS', 'the
    militant group HTS', 'the ruling party BNP'): an organisation, the weakest candidate."""
    arr = doc.to_array([POS, ENT_IOB])
    strings = doc.vocab.strings
    for i in numpy.flatnonzero((arr[:, 0] == strings["PROPN"]) & (arr[:, 1] == 2)).tolist():
        tok = doc[i]
        if i == 0 or not (tok.is_upper and tok.is_alpha and len(tok) >= 3) or tok.is_stop \
                or doc[i - 1].lemma_.lower() not in lx.BODY_KIND_NOUNS or not _ordinary_case(tok.sent):
            continue                                      # not 'THE GROUP HAS SAID' in a headline of capitals
        yield Candidate(tok.idx, tok.idx + len(tok), tok.text, "ORG", (), 0)


def _untagged_speakers(doc: Doc) -> Iterator[Candidate]:
    """A proper name the NER left untagged as the subject of a verb of saying ('Gazprom said in a statement', 'KCNA
    reported'), in a sentence of ordinary case and with no word of a person's name: an organisation, the weakest
    candidate."""
    people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e}
    arr = doc.to_array([POS, DEP, ENT_IOB])           # only untagged proper-noun subjects need a Token
    strings = doc.vocab.strings
    for i in numpy.flatnonzero((arr[:, 0] == strings["PROPN"]) & (arr[:, 1] == strings["nsubj"])
                               & (arr[:, 2] == 2)).tolist():
        tok = doc[i]
        if tok.head.lemma_.lower() not in lx.REPORTING_VERBS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].ent_iob_ == "O":
            start -= 1
        words = doc[start:tok.i + 1]
        if any(t.lower_ in people or t.lower_ in lx.TITLE_WORDS for t in words) \
                or not all(t.is_title or t.is_upper for t in words) or len(words.text) < 3 \
                or lx.NOT_ACTORS.match(words.text) or not _ordinary_case(tok.sent):
            continue
        yield Candidate(words.start_char, words.end_char, words.text, "ORG", (), 0)


def _split_at_title(ent: tuple) -> list[tuple]:
    """An entity the NER ran over a body, a title and a name ('Ministry of Commerce spokesperson Shu Jueting'): the
    body before the title word and the person after it; any other entity as it is."""
    start, end, text, label, size = ent
    if label not in ("ORG", "FAC") or size < 4:
        return [ent]
    m = _TITLE_INSIDE.search(text)
    if m is None or m.start() == 0:
        return [ent]
    body, name = text[:m.start()].rstrip(), m.group("name")
    return [(start, start + len(body), body, label, len(body.split())),
            (start + m.start("name"), end, name, "PERSON", len(name.split()))]


def _ordinary_case(sent) -> bool:
    """A sentence mostly in lower case (not a headline in title case, whose every word looks like a name)."""
    words = [t for t in sent if t.is_alpha]
    return sum(1 for t in words if t.is_lower) * 2 > len(words)


def _join_demonym_places(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """'Russian' + 'Far East' -> one place 'Russian Far East' of Russia; a country or demonym and the word of a
    legislature the NER left untagged ('US' + 'Senate', 'Russian' + 'Duma') -> one body of that country."""
    locs = {c.start: c for c in cands if c.label in ("LOC", "GPE", "ORG") and not c.codes}
    starts = {c.start for c in cands}
    text = text_of(doc)
    out = []
    for c in cands:
        nxt = locs.get(c.end + 1)
        if nxt and nxt.text.lower() in lx.COMMODITY_NOUNS:
            nxt = None                                # 'Russian LNG': Russia's goods, no body or place
        if c.label == "GAZ" and nxt and any(v == "demonym" for _, v in c.codes) and text[c.end] == " ":
            label = "ORG" if nxt.label == "ORG" else "LOC"
            out.append(Candidate(c.start, nxt.end, text[c.start:nxt.end], label, c.codes, 3))
        body = _LEGISLATURE.match(text, c.end) if c.label == "GAZ" and c.end + 1 not in starts else None
        if body and body.group(1).lower() in lx.LEGISLATURE_WORDS:
            out.append(Candidate(c.start, body.end(1), text[c.start:body.end(1)], "ORG", c.codes, 3))
        out.append(c)
    return out


_LEGISLATURE = re.compile(r" ([A-Z][a-z]+)\b(?!['’]?-)")


_OF_BODY = re.compile(r"\b(?:Department|Ministry|Office|Bureau|Agency|Council|Commission|Committee|Secretariat)"
                      r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w'’-]*)+)?$")
_OF_LINK = re.compile(r"\s+(?P<prep>of|for)\s+(?:the\s+)?")


_PORTFOLIO_OF = re.compile(r"\b(?:Secretary|Minister|Ministers|Commissioner|Under-?[Ss]ecretary|Secretary-General)"
                           r"\s+(?:of|for)\s+(?:the\s+)?$")


def _without_portfolios(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """A person's title names a portfolio, not a body: 'Foreign Affairs' in 'Minister of Foreign Affairs Wang
    Yi', 'State for Foreign Affairs' in 'the Secretary of State for Foreign Affairs' (a name of no country); a
    word of rank the NER cut from a title is none either ('Supreme' in 'Supreme Leader Ali Khamenei', 'Cabinet'
    in 'Chief Cabinet Secretary Yoshimasa Hayashi')."""
    text = text_of(doc)

    def rank_word(c: Candidate) -> bool:
        nxt = _NEXT_WORD.match(text, c.end)
        return c.text.lower() in lx.TITLE_RANK_WORDS and nxt is not None and nxt.group(1).lower() in lx.TITLE_WORDS
    return [c for c in cands if not (c.label == "ORG" and not c.codes and (
        _PORTFOLIO_OF.search(text, max(0, c.start - 40), c.start) or rank_word(c)))]


_NEXT_WORD = re.compile(r"\s+([A-Z][\w-]*)")


def _join_of_bodies(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """A body's name the NER cut before 'of': 'the U.S. Department' + 'of the' + 'Treasury' -> 'U.S. Department
    of the Treasury'; 'Ministry of Foreign Affairs' + 'of' + 'Russia' -> one body of Russia; or before 'for' a
    body: 'UN Office' + 'for the' + 'Coordination of Humanitarian Affairs'."""
    text = text_of(doc)
    starts = {c.start: c for c in cands if c.label in ("ORG", "GPE", "GAZ")}
    out = []
    for c in cands:
        link = _OF_LINK.match(text, c.end) if c.label == "ORG" and _OF_BODY.search(c.text) else None
        nxt = (starts.get(link.end()) or starts.get(link.end("prep") + 1)) if link else None   # 'for the X' or
                                                                                            # 'for' + 'the X'
        if nxt is not None and (nxt.label == "ORG" or link.group("prep") == "of" and any(
                v in ("name", "official", "alt", "acronym") for _, v in nxt.codes)):   # not '... of North Korean leader'
            out.append(Candidate(c.start, nxt.end, text[c.start:nxt.end], "ORG", nxt.codes, 4))
        out.append(c)
    return out


_NAME = r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Za-zà-ÿ]+)*"
_FULL_NAME = re.compile(rf"\b{_NAME}(?:\s+{_NAME}){{1,2}}\b")


def _titled_names(doc: Doc, gz: Gazetteer) -> Iterator[Candidate]:
    """People the NER missed: a two- or three-word capitalised name followed by a titled appositive
    ('Maria Lopez, Spain's deputy ambassador') or preceded by a title ('Ambassador Peter Mwangi')."""
    for m in _FULL_NAME.finditer(text_of(doc)):
        words = m.group(0).split()
        if any(gz.lookup(w) or w.lower() in lx.TITLE_WORDS for w in words):
            continue
        app = _APPOSITIVE.match(text_of(doc)[m.end():m.end() + 200])
        titled_after = app and any(w.lower().split("-")[0] in lx.TITLE_WORDS     # 'president-elect of X'
                                   for w in app.group("np").split()[:5])
        before = text_of(doc)[max(0, m.start() - 30):m.start()].split()
        titled_before = bool(before) and before[-1].lower().rstrip(".") in lx.TITLE_WORDS
        if titled_after or titled_before:
            yield Candidate(m.start(), m.end(), m.group(0), "PERSON", (), 1)
    yield from _titled_of_place(text_of(doc), gz)


def _titled_of_place(text: str, gz: Gazetteer) -> Iterator[Candidate]:
    """A name after '<Title> of <country>' ('President of the Republic of Türkiye Recep Tayyip Erdogan', 'Prime
    Minister of India Narendra Modi'), which the NER tends to run into the country's name."""
    for m in _TITLE_OF_PLACE.finditer(text):
        if m.group("title").lower() not in lx.TITLE_WORDS:
            continue
        words = m.group("rest").split()
        country = [k for k in range(len(words) - 2, 0, -1) if gz.lookup(" ".join(words[:k]))]
        given = [k for k in range(1, len(words) - 1) if len(words) - k <= 3 and words[k - 1] not in ("of", "to")
                 and names.is_given_name(words[k])]      # 'to the United Nations Vasily Nebenzia'
        for k in (country or given)[:1]:
            name = re.match(rf"{_NAME}(?:\s+{_NAME}){{1,2}}", " ".join(words[k:]))
            if name:
                start = m.start("rest") + len(" ".join(words[:k])) + 1
                yield Candidate(start, start + name.end(), name.group(0), "PERSON", (), 2)


class Spans:
    """Character spans (start, end) indexed by start, so that a query looks at the spans near a range instead of
    scanning every one (a scan per mention makes a long article's cost grow with the square of its length).
    Positions are the spans' places in the sequence given; `drop` takes spans out of later answers."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((s, e, k) for k, (s, e) in enumerate(spans))
        self.starts = [s for s, _, _ in ordered]
        self.ends = [e for _, e, _ in ordered]
        self.order = [k for _, _, k in ordered]
        self.longest = max((e - s for s, e in zip(self.starts, self.ends)), default=0)
        self.dropped: set[int] = set()

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions of the spans that share a character with start..end (s < end and start < e), in order."""
        lo = bisect.bisect_right(self.starts, start - self.longest)   # a span starting earlier ends by `start`
        hi = bisect.bisect_left(self.starts, end)
        return sorted(self.order[i] for i in range(lo, hi)
                      if self.ends[i] > start and self.order[i] not in self.dropped)

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def inside(self, start: int, end: int) -> list[int]:
        """Positions of the spans that lie within start..end, in order."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return sorted(self.order[i] for i in range(lo, hi)
                      if self.ends[i] <= end and self.order[i] not in self.dropped)

    def drop(self, positions: Iterable[int]) -> None:
        self.dropped.update(positions)


def _select(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap no better one (higher priority, then longer, then earlier)."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []     # chosen (start, end), sorted; they never overlap, so ends rise with starts
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        n = bisect.bisect_left(taken, (c.end,))          # chosen spans that start before c ends
        if n and taken[n - 1][1] > c.start:
            continue
        bisect.insort(taken, (c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def trim(text: str, start: int) -> tuple[str, int]:
    """Surface form without a leading 'the', a trailing possessive, brackets or dashes; and its new start."""
    s, lead = text, 0
    m = re.match(r"^(?:the|The|a|an|A|An)\s+", s)
    if m:
        s, lead = s[m.end():], m.end()
    s = _POSSESSIVE.sub("", s)
    if s.count("(") > s.count(")"):                  # 'Office of Foreign Assets Control (OFAC': the acronym
        s = s[:s.rfind("(")]                         # in brackets is a form of its own
    core = s.strip("[](){}-–—\"'“”‘’ ")
    lead += s.find(core) if core else 0
    return core, start + lead


# --------------------------------------------------------------------------------------------- registry

@dataclass
class Registry:
    """The actors found so far and the keys that find them again."""
    gz: Gazetteer
    context: Counter                       # country mentions in the whole article, to settle ambiguous forms
    actors: list[Actor] = field(default_factory=list)
    by_key: dict = field(default_factory=dict)
    by_initials: dict = field(default_factory=dict)    # initials of an organisation's name -> {actor_id}

    def get(self, key: tuple, kind: str, name: str, country: str | None = None) -> Actor:
        a = self.by_key.get(key)
        if a is None:
            a = Actor(len(self.actors), kind, name, country, key=key)
            self.actors.append(a)
            self.by_key[key] = a
            if kind == "organization":
                self.by_initials.setdefault(_initials(name), set()).add(a.actor_id)
        return a

    def rename(self, actor: Actor, name: str) -> None:
        if actor.kind == "organization":
            self.by_initials[_initials(actor.name)].discard(actor.actor_id)
            self.by_initials.setdefault(_initials(name), set()).add(actor.actor_id)
        actor.name = name

    def organization_by_initials(self, letters: str) -> Actor | None:
        """The first organisation whose name's initials are `letters`."""
        ids = self.by_initials.get(letters)
        return self.actors[min(ids)] if ids else None

    def country(self, code: str) -> Actor:
        return self.get(("country", code), "country", self.gz.name(code), code)

    def pick(self, entries) -> tuple[str, str] | None:
        """One (alpha-3, via) from gazetteer entries: the one the article mentions most, else the most populous."""
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0]
        return max(entries, key=lambda e: (self.context[e[0]], self.gz.population.get(e[0], 0)))


def country_context(cands: list[Candidate], gz: Gazetteer) -> Counter:
    """How often each country is named unambiguously in the article."""
    ctx: Counter = Counter()
    for c in cands:
        if c.label == "GAZ" and len(c.codes) == 1:
            ctx[c.codes[0][0]] += 1
    return ctx


# --------------------------------------------------------------------------------------------- people

def person_name(text: str) -> str:
    """A person's name without honorifics or possessive: 'Mr. Rim' -> 'Rim'."""
    s = text
    while True:
        m = lx.HONORIFICS.match(s)
        if not m or m.end() >= len(s):
            break
        s = s[m.end():]
    return _POSSESSIVE.sub("", s).strip(" ,.-")


def name_parts(name: str) -> set[str]:
    """The parts a short mention may use: first and last word, and a hyphenated surname's last part."""
    words = name.split()
    parts = {words[0], words[-1]} if len(words) >= 2 else set()
    return {p for p in parts if len(p) > 1 and not p.endswith(".")}


class People:
    """Full names of the article's people, and the rule that maps a short mention to one of them."""

    def __init__(self, full_names: list[tuple[int, str]], given_only: list[tuple[int, str]] = ()) -> None:
        """`given_only`: full names the NER did not tag as people, whose given name alone may stand for them
        ('Ivanka' for 'Ivanka Trump') but not their surname, which stays with the people it tagged."""
        self.first_seen: dict[str, int] = {}
        for pos, name in full_names:
            self.first_seen.setdefault(name, pos)
        self.solo: dict[str, int] = {}
        self.by_part: dict[str, list[str]] = {}      # name part -> full names with that part, in first_seen order
        for name in self.first_seen:
            for part in sorted(name_parts(name)):
                self.by_part.setdefault(part, []).append(name)
        for pos, name in given_only:
            given = name.split()[0]
            if name not in self.first_seen and given in name_parts(name):
                self.first_seen[name] = pos
                self.by_part.setdefault(given, []).append(name)

    def resolve(self, short: str, pos: int) -> str | None:
        """The full name a one-word mention stands for: the only person with that name part, unless the
        part was already used alone before that person was introduced (then it is someone else)."""
        matches = self.by_part.get(short, [])
        if short in self.solo and all(self.first_seen[n] > self.solo[short] for n in matches):
            return None
        before = [n for n in matches if self.first_seen[n] <= pos]
        pool = before or matches
        if len(pool) == 1:
            return pool[0]
        last = [n for n in pool if n.split()[-1] == short]
        return last[0] if len(last) == 1 else None

    def tail(self, short: str) -> str | None:
        """The one full name that ends in a surname of several words ('Von der Leyen', 'da Silva')."""
        low = short.lower().split()
        if len(low) < 2 or low[0] not in lx.NAME_PARTICLES:
            return None
        found = [n for n in self.first_seen if n.lower().split()[-len(low):] == low and len(n.split()) > len(low)]
        return found[0] if len(found) == 1 else None

    def note_solo(self, short: str, pos: int) -> None:
        self.solo.setdefault(short, pos)


# --------------------------------------------------------------------------------------------- main

def extract(art: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(actors, mentions) frames for an Article whose `doc` is parsed."""
    doc, gz = art.doc, gazetteer()
    cands = _trustworthy(doc, [c for c in candidates(doc, gz) if _is_actor_text(c, art.meta)], art)
    reg = Registry(gz, country_context(cands, gz))
    people = People([(c.start, person_name(c.text)) for c in cands
                     if c.label == "PERSON" and len(person_name(c.text).split()) >= 2],
                    given_only=[(c.start, person_name(c.text)) for c in cands if _tagged_person(doc, c, reg)])
    loc = Locator(art.sentences)
    rows = list(_resolve_all(doc, cands, reg, people))
    rows += list(_surname_tokens(doc, rows, reg, people))
    rows += list(_epithets(doc, rows, reg))
    rows += list(_official_epithets(doc, rows, reg))
    _describe_people(doc, rows, reg)
    _nationalities(doc, rows, reg, art)
    rows += list(_roles(doc, rows, reg))
    rows += list(_possessive_roles(doc, rows, reg))
    rows = _merge_acronyms(rows)
    rows = _merge_short_forms(rows)
    rows = _seat_of_the_union(rows)
    rows.sort(key=lambda r: r[1])
    mentions = [MentionRow(a.actor_id, text_of(doc)[s:e], s, e, loc.sentence(s), loc.paragraph(s), via)
                for a, s, e, via in rows]
    return _actor_frame(reg, mentions), frame("mentions", mentions)


def _trustworthy(doc: Doc, cands: list[Candidate], art: Article) -> list[Candidate]:
    """Drop what the NER gets wrong in ways a rule can tell: entities in a Title-Case headline that the body
    never names, spans across paragraphs, 'State' in 'Secretary of State'; split 'Tusk, Zelenskiy'."""
    paras = art.paragraphs
    in_title = [(s, e) for k, s, e in zip(paras["kind"].tolist(), paras["start_char"].tolist(),
                                          paras["end_char"].tolist()) if k == "title"]
    body_labels = {trim(c.text, c.start)[0]: c.label for c in cands
                   if not any(s <= c.start < e for s, e in in_title)}
    out, people = [], {p for c in cands if c.label == "PERSON" for p in person_name(c.text).split()}
    full = {p for c in cands if c.label == "PERSON" and len(person_name(c.text).split()) >= 2
            for p in person_name(c.text).split()}
    by_start = {c.start: c for c in cands if c.label == "PERSON"}
    taken = -1                                # the end of a name extended over the next entity
    for c in cands:
        if "\n" in c.text or c.start < taken:
            continue
        if c.label != "PERSON" and _PARTY_STATE.search(text_of(doc), max(0, c.start - 4), c.start):
            continue                            # the state in a lawmaker's '(R-Fla.)': part of the name's label
        if c.label == "PERSON" and " " not in c.text.strip():
            given = _given_name_in_brackets(doc, c, by_start)
            if given is not None:               # 'President (Donald) Trump': one name
                out.append(given)
                taken = given.end
                continue
            if c.text.strip() not in full and _addressed(doc, c):
                continue                        # 'Thanks, Robbie.': a moderator addressing a reporter
        if c.label not in ("GAZ", "SEAT") and any(s <= c.start < e for s, e in in_title):
            label = body_labels.get(trim(c.text, c.start)[0])
            if label is None:
                continue
            c = c._replace(label=label)      # the body's reading of the name, not the headline's
        if c.label == "ORG" and " " not in c.text.strip() and _after_title_of(doc, c.start):
            continue
        if "," in c.text and (c.label == "PERSON" or _all_people(c.text, people)):
            out += _split_people(c)
            continue
        pair = _country_pair(c)
        if pair:
            out += pair
            continue
        if c.label == "PERSON" and _organisation_named(doc, c):
            c = c._replace(label="ORG")
        c = _extend_person(doc, c) if c.label == "PERSON" else c
        taken = max(taken, c.end)
        out.append(c)
    return out


_PARTY_STATE = re.compile(r"(?:\(|,\s?)[DRI]-$")


def _given_name_in_brackets(doc: Doc, c: Candidate, by_start: dict[int, Candidate]) -> Candidate | None:
    """'President (Donald) Trump': a given name a wire service adds in brackets before the surname it writes,
    read as one person's name."""
    text = text_of(doc)
    after = by_start.get(c.end + 2)
    if c.start < 1 or text[c.start - 1] != "(" or text[c.end:c.end + 2] != ") " or after is None \
            or " " in after.text.strip():
        return None
    return Candidate(c.start, after.end, f"{c.text} {after.text}", "PERSON", (), max(c.priority, after.priority))


def _addressed(doc: Doc, c: Candidate) -> bool:
    """A one-word name said to someone, set off by a comma ('Thanks, Robbie.', 'Daphne, can you repeat the
    question?', 'as I said, Jennifer, from the start'): a briefing's moderator or speaker addressing a reporter,
    not an actor of the story."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    text = text_of(doc)
    if span.root.dep_ == "nsubj":                 # 'Daphne, can you repeat ...': the parse's subject of the question
        return bool(_ASKED.match(text, c.end))
    before, after = text[max(0, c.start - 3):c.start].rstrip(), text[c.end:c.end + 2].lstrip()
    return span.root.dep_ == "npadvmod" and (before.endswith(",") or after.startswith(","))


_ASKED = re.compile(r",\s+(?:can|could|would|will|do|did|please|go)\s+(?:you\b|ahead\b)", re.IGNORECASE)


_ORG_APPOSITIVE = re.compile(r"^\s*[,–—-]\s+(?:a|an|the)\s+(?P<np>[\w'’ -]{3,60}?)\s*(?:[,.;:–—]|\s-\s|$)")


def _organisation_named(doc: Doc, c: Candidate) -> bool:
    """A name the NER took for a person's that is an organisation's: it ends in a word no person's name ends in
    ('Xtellus Partners'), or a company noun stands right before it ('investment bank Xtellus', 'the state
    corporation Rosatom') or heads an appositive after it ('Surgutneftegas - a Russian oil giant -')."""
    words_ = trim(c.text, c.start)[0].split()
    if len(words_) >= 2 and words_[-1].lower() in lx.ORG_NAME_TAILS:
        return True
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start >= 1 else None
    if before is not None and before.text.islower() and before.lower_ in lx.ORG_DESCRIPTORS:
        return True
    app = _ORG_APPOSITIVE.match(text_of(doc)[c.end:c.end + 80])
    return bool(app) and bool(set(app.group("np").split()[:4]) & (lx.ORG_DESCRIPTORS - {"group", "tank"}))


def _all_people(text: str, parts: set[str]) -> bool:
    """Whether every comma-separated piece of the text is a word of a person's name (`parts`)."""
    return all(p.strip() in parts for p in text.split(",") if p.strip())


def _country_pair(c: Candidate) -> list[Candidate] | None:
    """'U.S.-Russia', 'India-Pakistan': two country names joined by a hyphen are two mentions."""
    m = re.match(r"^(?P<a>[^-–]+)[-–](?P<b>[^-–]+)$", c.text)
    if not m or c.label == "GAZ":
        return None
    gz = gazetteer()
    a, b = gz.lookup(m.group("a")), gz.lookup(m.group("b"))
    if not (a and b):
        return None
    sb = c.start + m.start("b")
    return [Candidate(c.start, c.start + len(m.group("a")), m.group("a"), "GAZ", tuple(a), 2),
            Candidate(sb, sb + len(m.group("b")), m.group("b"), "GAZ", tuple(b), 2)]


def _extend_person(doc: Doc, c: Candidate) -> Candidate:
    """A name the NER cut short ('Gen Qamar Javed' + 'Bajwa'): take one more capitalised name word."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return c
    nxt = doc[span.end]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    j = span.end
    while j < len(doc) - 1 and doc[j].lower_ in lx.NAME_PARTICLES and doc[j].text.islower() \
            and doc[j - 1].whitespace_ == " ":
        j += 1
    particle = doc[j - 1].lower_ in lx.NAME_PARTICLES and doc[j - 1].text.islower()
    if particle and doc[j].is_title and doc[j - 1].whitespace_ == " ":
        end = doc[j].idx + len(doc[j])                    # 'Ursula von der' + 'Leyen', whatever the NER made of it
        return Candidate(c.start, end, text_of(doc)[c.start:end], c.label, c.codes, c.priority)
    if nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ and nxt.lower_ not in lx.TITLE_WORDS \
            and nxt.lower_ not in lx.ORG_HEADS and not gazetteer().lookup(nxt.text) \
            and (after is None or after.pos_ != "PROPN") and nxt.idx == c.end + 1:
        return Candidate(c.start, nxt.idx + len(nxt), text_of(doc)[c.start:nxt.idx + len(nxt)], c.label, c.codes,
                         c.priority)
    return c


def _after_title_of(doc: Doc, start: int) -> bool:
    words = text_of(doc)[max(0, start - 30):start].split()
    return len(words) >= 2 and words[-1] == "of" and words[-2].lower().rstrip(".") in lx.TITLE_WORDS


def _split_people(c: Candidate) -> list[Candidate]:
    out, pos = [], 0
    for part in c.text.split(","):
        core = part.strip()
        if core:
            start = c.start + c.text.index(core, pos)
            out.append(Candidate(start, start + len(core), core, "PERSON", (), c.priority))
        pos += len(part) + 1
    return out


_TRUNCATED = re.compile(r"\s(?:of|for|and|the|on|in|to)$")    # a name cut short: 'Group of', 'Agency for'
_ABSTRACT = re.compile(r"(?:tions?|ments?|ity|ities|ance|ence|ness|ism)$")
_ABSTRACT_HEADED = re.compile(r"^(?:the\s+)?(?P<head>[A-Za-z]+)(?:\s+(?:of|on|for)\b|$)")


def _named_abstraction(c: Candidate, core: str) -> bool:
    """A capitalised name of a thing done or a quality, not of a body: the heading of a law or order ('Exportation
    of Financial Services', 'Stability of Burma', 'Requirements on Responsible Investment') or a fragment of a
    longer name ('International Development'); a body's own head word keeps it ('Organization of ...')."""
    if c.label != "ORG":
        return False
    words = core.split()
    m = _ABSTRACT_HEADED.match(core)
    head = (m.group("head") if m and len(words) > 1 and m.group(0).split()[-1] in ("of", "on", "for") else words[-1])
    low = head.lower()
    return bool(_ABSTRACT.search(low)) and low not in lx.ORG_HEADS and low not in _BODY_SUFFIXED


# Head words of bodies that end like an abstraction, beyond lexicon.ORG_HEADS ('Commission' and 'Organization' are
# there already).
_BODY_SUFFIXED = lx.words("""association federation institution coalition convention nation nations confederation
cooperation conference movement intelligence resistance opposition""")


def _is_actor_text(c: Candidate, meta: dict) -> bool:
    core, _ = trim(c.text, c.start)
    numbered = _HAS_DIGIT.search(core) and c.label != "GAZ" and not _NUMBERED_GROUP.match(core) \
        and not _GROUP_OF_NUMBER.search(core)
    if not core or lx.NOT_ACTORS.match(core) or numbered or lx.CREDIT_TAIL.search(core) or _named_abstraction(c, core) \
            or _TRUNCATED.search(core):
        return False
    if c.label == "PERSON" and person_name(core) in set(meta.get("authors") or []):
        return False
    if c.label == "NORP" and not c.codes:
        return False
    words = core.lower().split()
    if len(words) >= 2 and words[-1] in lx.TITLE_HEADS and all(w in lx.TITLE_WORDS or w in _TITLE_MODIFIERS
                                                               for w in words):
        return False                                     # 'Permanent Representative' alone is a title, no one
    if c.label == "ORG" and words and words[-1] in lx.COMMODITY_NOUNS and len(words) <= 2:
        return False                                     # 'Russian LNG', 'LNG': goods, not a body
    return not _is_outlet(core, str(meta.get("outlet") or ""))


def _is_outlet(core: str, outlet: str) -> bool:
    """The site's own name as the article refers to itself: 'The New York Times', 'The Times', 'NYT'."""
    forms = _outlet_forms(outlet)
    if forms is None or not core:
        return False
    suffixes, initials, several = forms
    return core.casefold() in suffixes or (several and core == initials)


@functools.lru_cache(maxsize=64)
def _outlet_forms(outlet: str) -> tuple[frozenset[str], str, bool] | None:
    """How an outlet may name itself (asked for every candidate of its articles; worked out once per outlet):
    the casefolded suffixes of its name, its initials, and whether the name has two words or more before 'of';
    None for no name, or the name of a press release's issuer ('Council of the EU' acts in its news)."""
    name = re.sub(r"^the\s+", "", outlet, flags=re.I)
    if not name:
        return None
    words = name.casefold().split()
    if any(w in _BODY_HEADS | _ISSUER_HEADS for w in words):
        return None
    words = words[:words.index("of")] if "of" in words else words      # 'EU' is not 'Council of the EU'
    suffixes = frozenset(" ".join(words[k:]) for k in range(len(words)))
    return suffixes, "".join(w[0] for w in name.split()).upper(), len(words) >= 2


def _resolve_all(doc: Doc, cands: list[Candidate], reg: Registry, people: People) -> Iterator[tuple]:
    for c in cands:
        core, start = trim(c.text, c.start)
        end = start + len(core)
        res = _resolve(doc, c, core, start, reg, people)
        if res:
            actor, via = res
            start, end = _widen(text_of(doc), actor, via, start, end)
            actor.forms[text_of(doc)[start:end]] += 1
            yield actor, start, end, via


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+$")
_GOVERNMENT_AFTER = re.compile(r"^\s+(?:government|authorities|regime|administration|leadership)\b")


def _widen(text: str, actor: Actor, via: str, start: int, end: int) -> tuple[int, int]:
    """The surface as written: 'Ms. Haley' with its honorific, 'Iranian government' with its noun."""
    if actor.kind == "person":
        m = _HONORIFIC_BEFORE.search(text[max(0, start - 6):start])
        if m:
            return start - (len(text[max(0, start - 6):start]) - m.start()), end
    if actor.kind == "country" and via == "demonym":
        m = _GOVERNMENT_AFTER.match(text[end:end + 20])
        if m:
            return start, end + m.end()
    return start, end


def _resolve(doc: Doc, c: Candidate, core: str, start: int, reg: Registry, people: People):
    if _in_dateline(text_of(doc), core, start):              # 'BRASILIA, Brazil (AP) -', 'TEHRAN/VIENNA, June 6'
        place = core.title()
        return reg.get(("location", place.lower()), "location", place, place_country(place, reg.gz)), "name"
    if c.label == "SEAT" or core in SEATS_OF_GOVERNMENT:     # the NER's 'the White House' (FAC) is the seat too
        code = SEATS_OF_GOVERNMENT.get(core) or SEATS_OF_GOVERNMENT[c.text]
        return reg.get(("org", code, core.lower()), "organization", core, code), "seat"
    if c.label == "GAZ":
        return _resolve_gazetteer(doc, c, core, start, reg)
    if c.label == "PERSON" or (c.label in ("ORG", "GPE", "LOC", "NORP") and (len(core.split()) == 1
                               and people.resolve(core, start) or people.tail(core))):
        return _resolve_person(core, start, reg, people)
    if c.label in ("GPE", "LOC") and not c.codes and _named_after_role(doc, start, len(core)):
        return _resolve_person(core, start, reg, people)      # "Moscow's envoy to the UN, Vassily Nebenzia,"
    if c.label in ("GPE", "LOC") and not c.codes and _described_as_body(doc, start, len(core)):
        return _resolve_org(doc, c, core, start, reg)         # 'Rosatom, Russia's state nuclear company',
    if c.label == "ORG" and _person_named(core, reg) and not _organisation_named(doc, c):   # 'Olaf Scholz' tagged
        #   an organisation, not 'commodities trader Coral Energy Trading'
        return _resolve_person(core, start, reg, people)
    if c.label in ("ORG", "FAC") and not (c.label == "FAC" and not c.codes) or _ACRONYM.match(core):
        return _resolve_org(doc, c, core, start, reg)      # 'the EU' tagged a place: an acronym is a body
    return reg.get(("location", core.lower()), "location", core, _code_of(reg, c.codes)), "name"


def _tagged_person(doc: Doc, c: Candidate, reg: Registry) -> bool:
    """A person's full name the NER tagged an organisation ('Ivanka Trump' as ORG): read as a person by
    `_resolve`, so also a full name its short forms may stand for ('Ivanka', 'Trump')."""
    return c.label == "ORG" and _person_named(c.text, reg) and not _organisation_named(doc, c)


def _described_as_body(doc: Doc, start: int, size: int) -> bool:
    """A name no gazetteer knows as a place, described as a body by the noun set beside it ('Rosatom, Russia's
    state nuclear company', 'gas giant Gazprom', 'Xinhua, China's official news agency'): an organisation,
    whatever the NER took it for."""
    span = doc.char_span(start, start + size, alignment_mode="contract")
    if span is None:
        return False
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos" or c.dep_ in ("compound", "amod") and c.i < span.start]
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(d.pos_ == "NOUN" and d.lemma_.lower() in lx.ORG_DESCRIPTORS for d in beside)


def _named_after_role(doc: Doc, start: int, size: int) -> bool:
    """A name of two or more words set in apposition to a role held by a person ('envoy', 'ambassador',
    'minister'): a person, whatever the NER took it for."""
    span = doc.char_span(start, start + size, alignment_mode="contract")
    if span is None or len(span) < 2 or not all(t.is_title for t in span):
        return False
    root = span.root
    if root.dep_ != "appos":
        return False
    head = root.head
    for _ in range(3):                                  # 'envoy to the UN, X': hung on the role's phrase
        if head.lemma_.lower() in lx.PERSON_NOUNS:
            return True
        if head.dep_ not in ("pobj", "prep"):
            return False
        head = head.head
    return False


def _person_named(core: str, reg: Registry) -> bool:
    """Two or three capitalised words opening with a given name, none of them a place or a word of an
    organisation's name ('Olaf Scholz'; not 'Jordan Valley Bank', 'Victoria Holdings')."""
    words = core.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and names.is_given_name(words[0]) and not any(w.lower() in lx.ORG_HEADS or reg.gz.lookup(w) for w in words)


def _in_dateline(text: str, core: str, start: int) -> bool:
    """A place in capitals opening a paragraph before a wire dateline's comma, parenthesis or dash."""
    if len(core) < 3 or "." in core or not (core.isupper() or core.istitle()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" *_"):
        return False
    tail = _DATELINE_TAIL if core.isupper() else _DATED_TAIL       # 'Brussels, 9 October 2023 - The Council'
    return bool(tail.match(text, start + len(core)))


def _code_of(reg: Registry, codes) -> str | None:
    picked = reg.pick(list(dict.fromkeys(codes)))
    return picked[0] if picked else None


# A lower-case title word inside an entity, followed by a name of two or three capitalised words to its end.
_TITLE_INSIDE = re.compile(r"\s(?:spokes(?:man|woman|person)|minister|ambassador|envoy|secretary|director|chairman|"
                           r"chief|official|adviser|advisor)\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+)$")
# A message or reaction from a capital is its government's ('a swift rebuke from Moscow', 'no response from Beijing').
_MESSAGE_FROM = re.compile(r"\b(?:" + "|".join(sorted(lx.RESPONSE_WORDS)) + r")\s+from\s+$")


def _resolve_gazetteer(doc: Doc, c: Candidate, core: str, start: int, reg: Registry):
    picked = reg.pick(list(c.codes))
    if not picked:
        return None
    code, via = picked
    before = text_of(doc)[max(0, start - 30):start].lower()
    if via == "capital" and re.search(r"\b(?:in|at|near|outside|from)\s+$", before) \
            and not _MESSAGE_FROM.search(before):
        return reg.get(("location", core.lower()), "location", core, code), "name"
    return reg.country(code), via


def _resolve_person(core: str, start: int, reg: Registry, people: People):
    name = person_name(core)
    if not name or not name[0].isupper():
        return None
    via = "name"
    if len(name.split()) == 1:
        full = people.resolve(name, start)
        if full:
            name, via = full, "surname"
        else:
            people.note_solo(name, start)
    elif people.tail(name):
        name, via = people.tail(name), "surname"
    elif name not in people.first_seen:
        via = "alias"
    return reg.get(("person", name), "person", name), via


def _org_key(core: str, reg: Registry) -> tuple[str | None, str]:
    """(country, head): 'North Korean Foreign Ministry' and "the North's Foreign Ministry" -> ('PRK', 'foreign ministry')."""
    words = core.replace("’", "'").split()
    country, rest = None, []
    if words and re.match(r"^(?:North|South|East|West)'s$", words[0]):
        country = _epithet_country(words[0][:-2], reg)
        words = words[1:]
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = _POSSESSIVE.sub("", " ".join(words[i:i + n]))
            entries = reg.gz.lookup(phrase) if i + n <= len(words) else []
            if entries and not rest:
                country = reg.pick(entries)[0]
                i += n
                break
        else:
            rest.append(words[i])
            i += 1
    return country, " ".join(rest).lower()


def _resolve_org(doc: Doc, c: Candidate, core: str, start: int, reg: Registry):
    country, head = _org_key(core, reg)
    if country is None:                   # 'White House' tagged ORG in one sentence is the seat found in another
        country = SEATS_OF_GOVERNMENT.get(core) or _epithet_before(doc, start, reg)
    if not head:
        return None
    acr = _acronym_target(core, reg)
    if acr:
        acr.forms[core] += 0
        return acr, "acronym"
    actor = reg.get(("org", country, head.replace(".", "")), "organization", core, country)
    if len(core) > len(actor.name) and not _POSSESSIVE.search(core):
        reg.rename(actor, core)
    return actor, "name" if core == actor.name else "alias"


def _merge_acronyms(rows: list[tuple]) -> list[tuple]:
    """An organisation named by its initials anywhere in the article ('IAEA', 'U.N.') is the one named in full."""
    orgs = {a.actor_id: a for a, *_ in rows if a.kind == "organization"}
    full = {_initials(a.name): a for a in orgs.values() if _initials(a.name)}
    target = {}
    for a in orgs.values():
        letters = a.name.replace(".", "")
        if letters.isupper() and full.get(letters) not in (None, a):
            target[a.actor_id] = full[letters]
    return _redirect(rows, target, "acronym")


def _redirect(rows: list[tuple], target: dict[int, Actor], via: str) -> list[tuple]:
    """The mentions of each actor in `target` moved, with its forms, to the actor it stands for."""
    out = []
    for actor, s, e, how in rows:
        into = target.get(actor.actor_id)
        if into is not None:
            into.forms.update(actor.forms)
            actor.forms.clear()
        out.append((actor, s, e, how) if into is None else (into, s, e, via))
    return out


_THE_UNION = re.compile(r"^(?:the\s+)?(?:EU|E\.U\.|European Union)$")


def _seat_of_the_union(rows: list[tuple]) -> list[tuple]:
    """'Washington and Brussels slapped visa bans': in an article that names the European Union and names Belgium
    only by its capital, Brussels is the Union's seat, not Belgium."""
    union = next((a for a, *_ in rows if a.kind == "organization" and _THE_UNION.match(a.name)), None)
    belgium = [(a, how) for a, _, _, how in rows if a.kind == "country" and a.country == "BEL"]
    if union is None or not belgium or any(how != "capital" for _, how in belgium):
        return rows
    return _redirect(rows, {belgium[0][0].actor_id: union}, "capital")


def _merge_short_forms(rows: list[tuple]) -> list[tuple]:
    """An organisation named by the end or the head of one longer name in the article is that organisation:
    'the Union' after 'the European Union', 'the Commission', 'the Treasury' after 'the Department of the
    Treasury' or 'the Treasury Department', 'the Council' after 'the Council of the European Union' -- only
    where exactly one longer name fits and the countries agree ('the Council' stays itself beside both 'European Council' and 'Security
    Council')."""
    orgs = sorted({a.actor_id: a for a, *_ in rows if a.kind == "organization"}.values(), key=lambda a: a.actor_id)
    heads = {a.actor_id: _head_words(a) for a in orgs}
    target: dict[int, Actor] = {}
    for short in orgs:
        words_ = heads[short.actor_id]
        if not words_ or len(words_) > 2 or " ".join(words_) in lx.STANDALONE_BODIES:
            continue
        fits = [a for a in orgs if a is not short and len(heads[a.actor_id]) > len(words_)
                and (short.country is None or a.country in (None, short.country))
                and (heads[a.actor_id][-len(words_):] == words_ or _before_of(heads[a.actor_id]) == words_
                     or heads[a.actor_id][:-1] == words_ and heads[a.actor_id][-1] in lx.ORG_HEADS)]
        if len(fits) == 1:
            target[short.actor_id] = fits[0]
    return _redirect(rows, target, "alias")


def _head_words(actor: Actor) -> list[str]:
    """An organisation's name without its country or article, lower case: 'U.S. Treasury' -> ['treasury']."""
    head = actor.key[2] if actor.key and len(actor.key) == 3 and isinstance(actor.key[2], str) else actor.name.lower()
    return [w for w in re.sub(r"['’]s\b", "", head).split() if w != "the"]


def _before_of(words_: list[str]) -> list[str]:
    return words_[:words_.index("of")] if "of" in words_ else []


def _acronym_target(core: str, reg: Registry) -> Actor | None:
    letters = core.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6):
        return None
    return reg.organization_by_initials(letters)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _epithet_before(doc: Doc, start: int, reg: Registry) -> str | None:
    """The country of an epithet possessive right before an organisation: "the North's Foreign Ministry"."""
    m = re.search(r"\b[Tt]he (North|South|East|West)(?:'s|’s)\s*$", text_of(doc)[max(0, start - 20):start])
    if not m:
        return None
    return _epithet_country(m.group(1), reg)


def _epithet_country(side: str, reg: Registry) -> str | None:
    """'North' -> the country named 'North ...' that the article mentions most (none if it mentions none)."""
    options = [(code, n) for code, n in reg.context.items() if reg.gz.name(code).startswith(side + " ")]
    return max(options, key=lambda x: x[1])[0] if options else None


# --------------------------------------------------------------------------------------------- second pass

def _spans(rows: list[tuple]) -> Spans:
    """The rows' mention spans, indexed (positions are the rows' places in `rows`)."""
    return Spans((r[1], r[2]) for r in rows)


def _drop_rows(rows: list[tuple], taken: Spans) -> None:
    """Takes the rows `taken` dropped out of `rows` (in place), once at the end of a pass rather than at each drop."""
    if taken.dropped:
        rows[:] = [r for k, r in enumerate(rows) if k not in taken.dropped]


def _surname_tokens(doc: Doc, rows: list[tuple], reg: Registry, people: People) -> Iterator[tuple]:
    """Name parts the NER missed: a capitalised word equal to a known person's surname ('Rim')."""
    parts = {p for p in people.by_part if p[:1].isupper()}
    if not parts:
        return
    covered = {i for _, s, e, _ in rows for i in range(s, e)}
    text = text_of(doc)
    for start, end in _words_among(text, parts):
        if start in covered or end - 1 in covered:
            continue
        word = text[start:end]
        full = people.resolve(word, start)
        if full and ("person", full) in reg.by_key:
            actor = reg.by_key[("person", full)]
            actor.forms[word] += 1
            yield actor, start, end, "surname"


_WORD_EDGE = re.compile(r"[\w-]")
_WORD_START = re.compile(r"(?<![\w-])(?=[\w-])")


def _words_among(text: str, words: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of `words` in the text, not inside a longer word (no letter, digit, _ or - on either side): at each
    place the longest that fits, left to right, without overlaps. One dictionary look-up per candidate end, where
    a regular expression alternating every word would try each of them at every place."""
    longest = max(map(len, words))
    firsts = {w[0] for w in words}
    pos = 0
    for m in _WORD_START.finditer(text):
        start = m.start()
        if start < pos or text[start] not in firsts:
            continue
        end = next((k for k in range(min(len(text), start + longest), start, -1)
                    if text[start:k] in words and not _WORD_EDGE.match(text, k)), None)
        if end is not None:
            pos = end
            yield start, end


def _epithets(doc: Doc, rows: list[tuple], reg: Registry) -> Iterator[tuple]:
    """'the North' for North Korea in an article about Korea, settled by the countries the article names."""
    taken = _spans(rows)
    for m in lx.EPITHET.finditer(text_of(doc)):
        s, e = m.start("side") - 4, m.end("side")
        taken.drop([k for k in taken.overlapping(m.start("side"), e) if rows[k][0].kind == "location"])
        if taken.overlaps(m.start("side"), e):
            continue
        code = _epithet_country(m.group("side"), reg)
        if code:
            actor = reg.country(code)
            actor.forms[text_of(doc)[s:e]] += 1
            yield actor, s, e, "epithet"
    _drop_rows(rows, taken)


_STATE_EPITHET = re.compile(r"\b[Tt]he (?P<name>(?:[A-Z][a-z]+ ){0,3}(?:Republic|Kingdom|Federation|Emirates|Union|"
                            r"State|Commonwealth|Confederation|Jamahiriya))\b(?! of)")


def _official_epithets(doc: Doc, rows: list[tuple], reg: Registry) -> Iterator[tuple]:
    """'the Islamic Republic' for Iran: the start of the official name of a country the article names."""
    taken = _spans(rows)
    for m in _STATE_EPITHET.finditer(text_of(doc)):
        s, e = m.start("name"), m.end("name")
        phrase = m.group("name")
        codes = [c for c in reg.context if (reg.gz.countries.get(c) and (reg.gz.countries[c].official or "")
                                           .startswith(phrase))]
        if len(codes) != 1:
            continue
        same = [k for k in taken.overlapping(s, e) if rows[k][1] == s and rows[k][2] == e]
        if any(rows[k][0].kind in ("organization", "location") for k in same):
            taken.drop(same)
        if not taken.overlaps(s, e):
            actor = reg.country(codes[0])
            actor.forms[phrase] += 1
            yield actor, s, e, "epithet"
    _drop_rows(rows, taken)


def _describe_people(doc: Doc, rows: list[tuple], reg: Registry) -> None:
    """Titles and countries of people from premodifiers ('Russian Ambassador X') and appositives ('X, the ...')."""
    countries = _country_spans(rows)
    for actor, s, e, via in rows:
        if actor.kind != "person":
            continue
        name_start = s + max(text_of(doc)[s:e].find(person_name(text_of(doc)[s:e])), 0)
        title, country = _premodifier(doc, s, name_start, reg, countries)
        if not title:
            title, country2 = _appositive(doc, e, reg)
            country = country or country2
        if title and not actor.title:
            actor.title = title
        if country and not actor.country:
            actor.country = country
    _counterparts(rows)


def _officials_by_org(doc: Doc, rows: list[tuple]) -> None:
    """A titled person's country from the organisations in their sentence, for those the text gives no country
    of their own (it comes after what the text says of them: 'Prime Minister Narendra Modi of India to the White
    House' is of India, not of the White House's country)."""
    orgs = _CountryOrgs(rows)
    for actor, s, e, via in rows:
        if actor.kind == "person" and not actor.country and actor.title:
            actor.country = _country_of_sentence_org(doc, s, orgs, actor.title)


def _spokespeople_of_previous(doc: Doc, rows: list[tuple]) -> None:
    """A spokesperson of no stated country speaks for the body the sentence before names, when the bodies named
    there are all of one country ('The Kremlin dismissed the move. Spokesman Dmitry Peskov told reporters ...':
    Russia; a state named there is no body: 'The EU imposed sanctions on Iran. Spokesman X said' is not Iran's,
    but one whose title names a state's body is of the one state named there: 'Iran rejected the move. Foreign
    Ministry spokesman X said')."""
    for actor, s, e, via in rows:
        if actor.kind != "person" or actor.country or not _SPOKES.search(actor.title or "") \
                or _out_of_office(doc, actor, rows):                       # an opposition party's spokesperson
            continue
        sent = doc.char_span(s, e, alignment_mode="expand")
        if sent is None or sent.sent.start == 0 or _OWNED_SPOKES.search(sent.sent.text):
            continue                              # 'the military government's spokesman, X': whose is said
        before = doc[sent.sent.start - 1].sent
        of_state = any(w in _BODY_HEADS for w in actor.title.lower().split())     # 'Foreign Ministry spokesman'
        found = {a.country for a, s2, _, _ in rows if before.start_char <= s2 < before.end_char and a.country
                 and (a.kind == "organization" or of_state and a.kind == "country")}
        if len(found) == 1:
            actor.country = found.pop()


_SPOKES = re.compile(r"\bspokes(?:man|woman|person)\b|\bpress secretary\b", re.IGNORECASE)
# A spokesperson whose sentence says whose they are: "the junta's spokesman", 'a spokeswoman for the ministry'.
_OWNED_SPOKES = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}spokes(?:man|woman|person)\b"
                           r"|\bspokes(?:man|woman|person)\s+(?:for|of)\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------------- nationality

# Heads of the names of bodies that issue their own news (press releases), unlike a newspaper.
_ISSUER_HEADS = frozenset("council commission parliament presidency embassy mission".split())
# Titles of a state's own officials.
_STATE_OFFICES = frozenset("""president premier minister secretary ambassador envoy senator representative
congressman congresswoman governor chancellor spokesman spokeswoman spokesperson""".split())
# Words that make a title the opposition's, not an office of the state ('opposition foreign affairs spokesperson').
_OUT_OF_OFFICE = frozenset("opposition shadow".split())
# Heads of names of a state's own bodies: one named without its country is the country of the story's dateline.
_BODY_HEADS = frozenset("""ministry department treasury office agency cabinet government administration police
army navy military forces senate congress house court prosecutor service services""".split())
# Words that make a body international rather than a state's own.
_INTERNATIONAL = re.compile(r"\b(?:United Nations|U\.?N\.?|European|International|World|Global|NATO|Atlantic|"
                            r"African Union|Arab League|Security Council)\b")
# 'Chris Murphy (D-CT)', and as the AP writes it, 'Sen. Chris Murphy, D-Conn., said': a member of the U.S. Congress
_US_MEMBER = re.compile(r"^\s*(?:\((?:D|R|I)-[A-Z][A-Za-z.]+\)|,\s*(?:D|R|I)-[A-Z][A-Za-z.]+(?=[,;)]|\s))")
# 'Republican Representative Ed Royce', 'Democratic Sen. Chris Murphy': a member of the U.S. Congress by party and seat
_US_PARTY_MEMBER = re.compile(r"\b(?:Republican|Democratic)\s+(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Representative|"
                              r"Congressman|Congresswoman)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")               # 'EU', 'U.N.': never a place of its own
_DATELINE_TAIL = re.compile(r"[*_]*\s*(?:[-–—]\s|\(|,[^\n]{0,60}?(?:\)|\s[-–—])\s)")   # ', June 6 (Reuters) -'
_OF_COUNTRY = re.compile(r"^\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.'’]*(?:\s+(?:of\s+)?[A-Z][\w.'’]*){0,4})")
_TITLE_OF_PLACE = re.compile(r"\b(?P<title>[A-Z][a-z]+) (?:of|to) (?:the )?(?P<rest>[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*){2,7})")
_TITLE_MODIFIERS = frozenset("permanent special senior acting former chief high deputy vice first under".split())
_DATED_TAIL = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
                         r"(?:\([^)\n]{1,40}\)\s*)?[-–—]+\s")
_BASED = re.compile(r"\b(?P<place>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)-(?:" + "|".join(sorted(lx.SEAT_SUFFIXES))
                    + r")\b")
_DATELINE = re.compile(r"^[\s*_]*(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*)[*_]*\s*(?:[,(]|[-–—:])")


def _nationalities(doc: Doc, rows: list[tuple], reg: Registry, art: Article) -> None:
    """Countries of people and organisations from where the article states them, for those the name and
    title did not give: a descriptor before the name ('U.S. oil major ExxonMobil', "Saudi Arabia's Midad
    Energy", 'Texas-based Quantum', "Trump's son-in-law Jared Kushner": Trump's country), a descriptor
    after it ('CSIS, a Washington-based think tank', 'Surgutneftegas - a Russian oil giant'), 'of <country>'
    in an organisation's name, a U.S. lawmaker's '(D-CT)'; then a state's own body named without its
    country ('the Treasury', 'the Foreign Ministry') is of the country of the story's dateline, or without one
    of the state whose domain the page is on ('whitehouse.gov', 'yna.co.kr'), and a person whose title names such
    a body ('Treasury Secretary X') is of the body's country."""
    text, countries = text_of(doc), _country_spans(rows)
    people_at = {s: a for a, s, _, _ in rows if a.kind == "person"}
    before: dict[int, tuple[list, str | None]] = {}      # start -> the words before it and the country they name
    after: dict[int, str | None] = {}                     # end -> the country its appositive names
    for _ in range(2):                                    # twice: a possessor's country may come from the first
        for actor, s, e, via in rows:
            if actor.kind not in ("person", "organization") or actor.country:
                continue
            actor.country = (_descriptor_before(doc, s, reg, countries, people_at, before)
                             or (after[e] if e in after else after.setdefault(e, _descriptor_after(doc, e, reg,
                                                                                                    countries)))
                             or (_country_of_name(actor.name, reg) or _demonym_in_name(actor.name, reg)
                                 if actor.kind == "organization" else None)
                             or ("USA" if actor.kind == "person" and (_US_MEMBER.match(text[e:e + 12])
                                                      or _US_PARTY_MEMBER.search(text[max(0, s - 40):e])) else None))
    _members_of_a_described_list(doc, rows)
    _officials_by_org(doc, rows)
    _spokespeople_of_previous(doc, rows)
    loc = Locator(art.sentences)
    quoted = _quoted_spans(text)
    _officials_by_sentence(loc, rows, quoted, doc=doc)   # what their own sentence says, before guesses
    _officials_after_a_state(doc, rows, quoted)
    home = _dateline_country(art, reg)
    site = None if home else host_country(art.meta.get("url"))     # else the site's state ('treasury.gov')
    bodies = {}
    for actor, _, _, _ in rows:
        seat = home or (site if _is_civil_body(actor.name) else None)
        if actor.kind == "organization" and not actor.country and seat \
                and (_is_state_body(actor.name) or _is_civil_body(actor.name)):
            staff = {p.country for p, _, _, _ in rows if p.kind == "person" and p.country and p.title
                     and _holds_office_of(p.title, actor.name)}
            if not staff or seat in staff:               # not when its own officials are of other states
                actor.country = seat
            elif len(staff) == 1:
                actor.country = next(iter(staff))
        if actor.kind == "organization" and actor.country:
            bodies.setdefault(actor.name.lower().replace("the ", ""), set()).add(actor.country)
    for actor, _, _, _ in rows:
        if actor.kind == "person" and not actor.country and actor.title:
            offices = {c for b, cs in bodies.items() if len(b.split()) >= 3 and b in actor.title.lower()
                       for c in cs} \
                or {c for b, cs in bodies.items() if _holds_office_of(actor.title, b) for c in cs}   # a body's
            #   whole long name in the title first ('a professor at the China Foreign Affairs University')
            if len(offices) > 1:                                   # then the one of them the title names
                offices &= {reg.pick(e)[0] for w in re.findall(r"[A-Z][\w.'’-]+", actor.title)
                            for e in [reg.gz.lookup(w)] if e}
            if len(offices) == 1 and not _out_of_office(doc, actor, rows):
                actor.country = next(iter(offices))
    body = _body_paragraphs(art)
    opening = loc.sentence(int(body[0][0])) if home and body else None
    _officials_by_sentence(loc, rows, quoted, (opening, home), doc=doc)


def _members_of_a_described_list(doc: Doc, rows: list[tuple]) -> None:
    """'North Korean firms A and B', 'Russian officials X and Y': a plural noun before a list of names describes
    every member, so a later member of no known country takes the first member's (of the same kind)."""
    by_root: dict[int, tuple["Actor", int]] = {}       # a mention's head word -> its actor and first word
    for actor, s, e, _ in rows:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            by_root[span.root.i] = (actor, span.start)
    for root, (actor, _) in by_root.items():
        tok = doc[root]
        if actor.country or actor.kind not in ("person", "organization") or tok.dep_ != "conj":
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        lead, start = by_root.get(first.i, (None, 0))
        if lead is None or lead.kind != actor.kind or not lead.country:
            continue
        described = start > 0 and doc[start - 1].tag_ == "NNS" and doc[start - 1].dep_ in ("compound", "nsubj",
                                                                                            "nsubjpass", "dobj") \
            or first.dep_ == "appos" and first.head.tag_ == "NNS"
        if described:
            actor.country = lead.country


def _out_of_office(doc: Doc, actor: "Actor", rows: list[tuple]) -> bool:
    """Whether a person's title is the opposition's ('Opposition foreign affairs spokesperson X', 'the shadow
    chancellor'): in the title, or in the words just before the first mention."""
    if _OUT_OF_OFFICE & set((actor.title or "").lower().split()):
        return True
    start = min((s for a, s, _, _ in rows if a is actor), default=None)
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
    return span is not None and any(t.lower_ in _OUT_OF_OFFICE for t in doc[max(span.sent.start, span.start - 5):
                                                                               span.start])


_OF_ALL_NATIONS = re.compile(r"\b(?:EU|UN|U\.N\.|NATO|High Representative|rapporteur)\b", re.IGNORECASE)


def _state_office(title) -> bool:
    """A title of a state's office ('foreign minister', 'spokesman'), not of an international body's ('EU foreign
    policy chief', 'UN special rapporteur') nor none."""
    title = title if isinstance(title, str) else ""
    words_ = set(title.lower().split())
    return bool(words_ & _STATE_OFFICES) and not words_ & _OUT_OF_OFFICE and not _INTERNATIONAL.search(title) \
        and not _OF_ALL_NATIONS.search(title)


def with_guessed_countries(art: Article) -> pd.DataFrame:
    """The actors frame with a last guess for state officials of no known country ('Foreign Minister X'; not a
    person without a title, nor an official of the EU or the UN), made after attribution (so no stance,
    quote or event rests on it): the one country the sentences naming them name as a party, none when they name
    two or more ('Maria Zakharova said Russia would respond'); a country modifying someone else ('the US
    president', 'Chinese officials') is theirs and does not count. (A country acted on, 'sanctions on Russia', is
    counted too: leaving it out lost more right guesses than wrong ones on a blind probe and the test split.)"""
    actors, mentions = art.actors, art.mentions
    governing = _governments_named_after(art)
    if governing:
        actors = actors.copy()
        for k in actors.index[(actors["kind"] == "person") & actors["country"].isna()]:
            actors.at[k, "country"] = governing.get(int(actors.at[k, "actor_id"]), None)
    missing = [k for k in actors.index[(actors["kind"] == "person") & actors["country"].isna()]
               if _state_office(actors.at[k, "title"])]
    if not missing or mentions.empty:
        return actors
    code = dict(zip(actors["actor_id"], actors["country"]))
    kind = dict(zip(actors["actor_id"], actors["kind"]))
    loc = Locator(art.sentences)
    named: dict[int, set[str]] = {}
    sentences: dict[int, set[int]] = {}
    for aid, s, e in zip(mentions["actor_id"], mentions["start_char"], mentions["end_char"]):
        sent = loc.sentence(int(s))
        if kind.get(aid) == "country":
            span = art.doc.char_span(int(s), int(e), alignment_mode="expand")
            if span is not None and span.root.dep_ not in ("amod", "compound", "poss", "nmod") \
                    and not (span.root.dep_ == "pobj" and span.root.head.lower_ == "into"):   # 'an inquiry into X'
                named.setdefault(sent, set()).add(code[aid])
        else:
            sentences.setdefault(int(aid), set()).add(sent)
    out = actors.copy()
    home = _home_country(art)
    for k in missing:
        around = set().union(*(named.get(x, set()) for x in sentences.get(int(out.at[k, "actor_id"]), ())))
        if len(around) == 1:
            out.at[k, "country"] = next(iter(around))
        elif home is not None and home in set(code.values()):
            out.at[k, "country"] = home               # 'SEOUL, Jan. 4 (Yonhap) -- President Lee ...'
    return out


def _home_country(art: Article) -> str | None:
    """The state a story is told from, whose officials it names without their country: the country of its wire
    dateline's city, else of its web address's domain ('yna.co.kr', 'treasury.gov')."""
    return _dateline_country(art, Registry(gazetteer(), Counter())) or host_country(art.meta.get("url"))


def _governments_named_after(art: Article) -> dict[int, str]:
    """Persons of no known country whose name a government bears ('the Trump administration', 'Obama
    administration officials'), with the country the reading resolves that government to (who.Who._administration:
    the United States where the article names it); {} without a reading."""
    reading = getattr(art, "reading", None)
    if reading is None:
        return {}
    who, out = reading.who, {}
    for i, lemma in enumerate(reading.lemma):
        if lemma not in lx.GOVERNMENT_NOUNS:
            continue
        tok = who.tokens[i]
        leaders = [a for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i
                   for a in [who.actor_of(c, frozenset({"person"}))] if a is not None]
        states = [a for a in who.resolve(tok).ids if who.kind.get(a) == "country"] if leaders else []
        if len(states) == 1:
            out.update((a, who.country[states[0]]) for a in leaders)
    return out


def _holds_office_of(title: str, body: str) -> bool:
    """Whether a title is an office of a body: every word that names the body is in the title ('treasury
    secretary' of 'the Treasury Department', 'foreign minister' of 'the Foreign Ministry'), not one word shared
    by chance ('foreign policy chief' is not of the 'Office of Foreign Assets Control'); the body's country is
    no word of its office ('foreign ministry spokeswoman' of 'the Russian Foreign Ministry')."""
    gz = gazetteer()
    words_ = {w for w in _body_words(body.lower()) - _PORTFOLIO_FILLERS
              if not (gz.lookup(w.capitalize()) or len(w) <= 3 and gz.lookup(w.upper()))}
    return bool(words_) and words_ <= set(title.lower().split())


_PORTFOLIO_FILLERS = frozenset({"affairs"})      # 'Ministry of Foreign Affairs': the foreign minister's


def _body_words(body: str) -> set[str]:
    """The words of a body's name that a title can share: 'u.s. treasury department' -> {'treasury',
    'department'}; a generic head alone ('department') when nothing else is left."""
    words_ = [w for w in body.split() if w not in ("of", "the", "and", "for") and not any(ch in w for ch in ".'’")]
    specific = {w for w in words_ if w not in lx.ORG_HEADS}
    return specific or set(words_[-1:])


_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    """Whether `char` lies inside one of the sorted, non-overlapping `spans`."""
    k = bisect.bisect_right(spans, (char, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= char < spans[k][1]


def _officials_after_a_state(doc: Doc, rows: list[tuple], quoted: list[tuple[int, int]]) -> None:
    """A state official of no stated country who opens their sentence as its subject, in a sentence naming no
    country, right after a sentence whose subject is one country, is of that country ('Lithuania reacted coolly.
    Foreign Minister X wrote that ...'; not after 'The EU imposed sanctions on Iran.')."""
    first: dict[int, tuple[int, int]] = {}
    for actor, s, e, _ in rows:
        if actor.kind == "person" and actor.actor_id not in first:
            first[actor.actor_id] = (s, e)
    countries = [(s, e, a.country) for a, s, e, _ in rows if a.kind == "country"]
    for actor, _, _, _ in rows:
        if actor.kind != "person" or actor.country or not _state_office(actor.title):
            continue
        s, e = first[actor.actor_id]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.sent.start == 0 or span.root.dep_ != "nsubj" or span.root.head != span.sent.root:
            continue                              # the subject of the sentence's main clause only
        sent, prev = span.sent, doc[span.sent.start - 1].sent
        own = {c for cs, _, c in countries if sent.start_char <= cs < sent.end_char and not _inside(quoted, cs)}
        subjects = [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")
                    and not (t.is_upper and t.is_alpha and len(t) > 3)]   # not a dateline ('SYDNEY, Nov 18 -')
        heads = [h for t in subjects for h in (t, *t.conjuncts)]              # 'France and Germany': two
        named = {c for cs, ce, c in countries for h in heads if cs <= h.idx < ce}   # the country itself, not
        if len(subjects) == 1 and len(named) == 1 and own <= named:           # "Mexico's ambassador"; their own
            actor.country = named.pop()                  # words may name it again ('adding that Australia would')


def _officials_by_sentence(loc: Locator, rows: list[tuple], quoted: list[tuple[int, int]],
                           dateline: tuple[int | None, str | None] = (None, None), *, doc: Doc | None = None) -> None:
    """A person holding a state office whose country the text never gives ('President Vladimir Putin') is of the
    one country named before them in the sentence that introduces them, if it names exactly one ('In Moscow,
    President Putin said'; not 'President Biden called it a betrayal of the Sudanese people'); introduced in
    the opening sentence of a story datelined in a country, with no country before them, of that country
    ('WASHINGTON - President Obama announced'). A country named before them inside a clause of its own ('After
    Moscow annexed Crimea, the government of then-prime minister X') makes the guess unsafe: none is made."""
    so_far: dict[int, set[str]] = {}                  # sentence -> countries named up to this point
    first: dict[int, int] = {}                        # person -> the sentence that introduces them
    before: dict[int, frozenset[str]] = {}            # person -> countries named before their first mention
    starts = [q[0] for q in quoted]
    for actor, s, _, _ in sorted(rows, key=lambda r: r[1]):
        sent = loc.sentence(s)
        k = bisect.bisect_right(starts, s) - 1
        placed = actor.kind == "country" or actor.kind == "location" and actor.country   # 'In Kyiv, President X'
        if placed and not (k >= 0 and s < quoted[k][1]):                       # not a country inside a quotation
            unsafe = doc is not None and (_in_own_clause(doc, s) or _of_someone_else(doc, s))   # no guess may use it
            so_far.setdefault(sent, set()).add(None if unsafe else actor.country)
        elif actor.kind == "person" and actor.actor_id not in before:
            before[actor.actor_id] = frozenset(so_far.get(sent, ()))
            first[actor.actor_id] = sent
    for actor, _, _, _ in rows:
        if actor.kind != "person" or actor.country or not actor.title:
            continue
        if not any(w in _STATE_OFFICES for w in actor.title.lower().split()):
            continue
        named = before.get(actor.actor_id, frozenset())
        if len(named) == 1:
            actor.country = next(iter(named))
        elif not named and dateline[1] and first.get(actor.actor_id) == dateline[0]:
            actor.country = dateline[1]


def _of_someone_else(doc: Doc, char: int) -> bool:
    """Whether the country at `char` is what another noun is about ('her inquiry into Afghanistan, measures that
    President X lifted', 'sanctions on Iran, which President Y'): it says nothing of whose Y is. (Countries that
    modify a noun, 'Brazilian foreign minister X met minister Y', are left in: leaving them out lost more right
    guesses than wrong ones on the probe articles.)"""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.ent_type_ == root.ent_type_:
        root = root.head                                  # the last word of a name of several ('South Korea')
    return root.dep_ == "pobj" and (root.head.head.pos_ == "NOUN" and root.head.lower_ in ("into", "against", "on")
                                    or root.head.lower_ == "into" and root.head.head.lemma_ in lx.INQUIRY_VERBS)


def _in_own_clause(doc: Doc, char: int) -> bool:
    """Whether the word at `char` lies in a subordinate or relative clause ('After Moscow annexed Crimea, ...')."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("advcl", "relcl", "ccomp", "acl") for t in span.root.ancestors)


def _descriptor_before(doc: Doc, start: int, reg: Registry, countries: dict[int, str],
                       people_at: dict[int, "Actor"], memo: dict | None = None) -> str | None:
    """The country in the words right before a name, up to a verb, a clause word or punctuation; `memo` keeps
    the words and the country they name by start (only a possessor's country can change between calls)."""
    if memo is not None and start in memo:
        words, found = memo[start]
    else:
        words = _words_before(doc, start)
        found = (_country_in(words, reg, countries) or _based(text_of(doc)[words[0].idx:start], reg)) if words \
            else None
        if memo is not None:
            memo[start] = (words, found)
    if not words:
        return None
    owner = [people_at[t.idx] for t in words if t.idx in people_at and people_at[t.idx].country]
    return found or (owner[-1].country if owner else None)


def _says_after_clause(name) -> bool:
    """A name that is the subject of a verb of saying after it, the words before it being what was said ('...
    to deprive Russia of revenue, Rubio said'): no descriptor of it."""
    root = name
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    return root.dep_ == "nsubj" and root.head.i > root.i and root.head.lemma_.lower() in lx.REPORTING_VERBS


def _words_before(doc: Doc, start: int) -> list:
    """The tokens right before a name, up to a verb, a clause word or punctuation."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return []
    words, i = [], tok.start - 1
    j = i
    while j >= 1 and doc[j].pos_ in ("ADJ", "VERB", "PUNCT") and doc[j].text not in ",–—" and j > i - 4:
        j -= 1                                            # "Russia's top producer, state-run Rosneft"
    if j >= 1 and doc[j].text in ",–—" and doc[j - 1].pos_ == "NOUN" and not _says_after_clause(doc[tok.start]):
        i = j - 1                                         # not 'to deprive Russia of revenue, Rubio said'
    while i >= 0 and len(words) < 8:
        t = doc[i]
        hyphened = i >= 1 and doc[i - 1].text == "-"             # 'state-run', 'Texas-based'
        if (t.is_punct and t.lower_ not in ("'s", "’s", "-")) or t.lower_ in _TITLE_STOP or "\n" in t.text \
                or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of" and not hyphened or t.ent_type_ == "DATE":
            break
        words.insert(0, t)
        i -= 1
    return words


def _descriptor_after(doc: Doc, end: int, reg: Registry, countries: dict[int, str]) -> str | None:
    """The country in an appositive description: 'X, a Washington-based think tank', 'X - a Russian oil giant'."""
    rest = text_of(doc)[end:end + 160]
    of = _OF_COUNTRY.match(rest)                     # 'Barbara Woodward of the United Kingdom'
    found = _country_named(of.group("c"), reg, acronym=False) if of else None
    if found:
        return found
    party = _PARTY_OF_PLACE.match(rest)              # 'X, Democrat of Massachusetts'
    if party:
        return place_country(party.group("place"), reg.gz)
    m = re.match(r"^\s*[,–—-]\s+(?:(?:a|an|the)\s+|(?=[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}['’]s\s+[a-z]))"
                 r"(?P<np>[^,.;:()–—]{3,100})", rest)          # "Sberbank, Russia's largest bank"
    m = m or _WHO_HEADS.match(rest)                 # 'X, who heads Iran's negotiating team'
    if not m:
        return None
    span = doc.char_span(end + m.start("np"), end + m.end("np"), alignment_mode="contract")
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return None
    words = [t for t in span]
    head = next((k for k, t in enumerate(words) if t.pos_ in ("VERB", "ADP") and t.lower_ != "-"), len(words))
    return _country_in(words[:head], reg, countries) or _based(m.group("np"), reg) \
        or _place_in(words[:head], reg)


# 'X, Democrat of Massachusetts', 'X, a Republican from Texas': a party's member for a place (of one country).
_PARTY_OF_PLACE = re.compile(r"^\s*,\s+(?:(?:a|an|the)\s+)?(?:Republican|Democrat|Democratic|Independent)\s+"
                             r"(?:(?:U\.S\.\s+)?(?:senator|representative|congressman|congresswoman|lawmaker)\s+)?"
                             r"(?:of|from)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _place_in(words: list, reg: Registry) -> str | None:
    """The country of a state or province that opens a description ('a South Carolina Republican', 'an Ontario
    lawmaker'), where the name belongs to one country only (pycountry's subdivisions)."""
    run = []
    for t in words:
        if not (t.is_title or t.is_upper) or t.pos_ != "PROPN":
            break
        run.append(t.text)
    return next((code for k in range(len(run), 0, -1) if (code := subdivision_country(" ".join(run[:k])))), None)


# A relative clause that says what someone heads or is: 'X, who heads Iran's negotiating team', 'X, which is
# Russia's largest lender'.
_WHO_HEADS = re.compile(r"^\s*,\s+(?:who|which)\s+(?:heads|headed|leads|led|represents|represented|chairs|chaired|"
                        r"runs|ran|directs|directed|commands|commanded|serves as|served as|is|was|has been)\s+"
                        r"(?:(?:a|an|the)\s+)?(?P<np>[^,.;:()–—]{3,100})")


def _based(phrase: str, reg: Registry) -> str | None:
    m = _BASED.search(phrase)
    return place_country(m.group("place"), reg.gz) if m else None


def _country_of_name(name: str, reg: Registry) -> str | None:
    """'Central Bank of Iran', 'Security Service of Ukraine': a country named after 'of' in the name; after each
    'of' in turn ('Ministry of Foreign Affairs of Russia'), the longest name first ('Foreign Ministry of the
    Democratic People's Republic of Korea' is not of 'Korea' alone)."""
    for m in re.finditer(r"\bof (?:the )?(?=[A-Z])", name):
        words = re.match(r"[A-Z][\w.'’]*(?: (?:of )?[A-Z][\w.'’]*){0,5}", name[m.end():]).group(0).split()
        while words:
            found = _country_named(" ".join(words), reg)
            if found:
                return found
            words = words[:-1]
    return None


def _demonym_in_name(name: str, reg: Registry) -> str | None:
    """'Confederation of British Industry', 'Korean Central News Agency', 'American Enterprise Institute': the one
    country whose demonym is a word of the body's name (the Korea the article is about for 'Korean')."""
    found = {reg.pick([e for e in reg.gz.lookup(w) if e[1] == "demonym"]) for w in name.split()} - {None}
    return next(iter(found))[0] if len(found) == 1 else None


def _country_named(phrase: str, reg: Registry, *, acronym: bool = True) -> str | None:
    """The country a phrase names by one of its names ('the United Kingdom', 'Iran'; an acronym if allowed), not
    by a demonym or capital."""
    vias = ("name", "official", "alt", "acronym") if acronym else ("name", "official", "alt")
    picked = reg.pick([e for e in reg.gz.lookup(phrase) if e[1] in vias])    # 'Korea': the Korea the article is about
    return picked[0] if picked else None


def _dateline_country(art: Article, reg: Registry) -> str | None:
    """The country of a wire dateline's city opening the first body paragraph ('WASHINGTON, Feb 26 (Reuters)')."""
    body = _body_paragraphs(art)
    if not body:
        return None
    m = _DATELINE.match(body[0][1])
    if not m:
        return None
    place = m.group("place").title().replace("'S", "'s")
    return place_country(place, reg.gz)


def _body_paragraphs(art: Article) -> list[tuple[int, str]]:
    """(start_char, text) of the body paragraphs, in order (lists: a pandas filter costs more than the loop)."""
    paras = art.paragraphs
    return [(s, t) for k, s, t in zip(paras["kind"].tolist(), paras["start_char"].tolist(), paras["text"].tolist())
            if k == "body"]


def _is_civil_body(name: str) -> bool:
    """A state's ministry or office by name ('Department of the Treasury', 'the Foreign Ministry'), not its forces
    or courts: a government's own page names other states' armies and courts as often as its own."""
    words = name.lower().replace(".", "").split()
    return bool(words) and (words[-1] in _CIVIL_HEADS or words[0] in _CIVIL_HEADS and "of" in words[1:2]) \
        and not _INTERNATIONAL.search(name)


_CIVIL_HEADS = frozenset("ministry department treasury office agency cabinet government administration".split())


def _is_state_body(name: str) -> bool:
    words = name.lower().replace(".", "").split()
    return bool(words) and words[-1] in _BODY_HEADS and not _INTERNATIONAL.search(name)


def _counterparts(rows: list[tuple]) -> None:
    """'Obama ... his Russian counterpart, Dmitri Medvedev': a counterpart holds the other person's office."""
    people = sorted((r for r in rows if r[0].kind == "person"), key=lambda r: r[1])
    starts = [r[1] for r in people]
    for k, (actor, s, _, _) in enumerate(people):
        if actor.title and actor.title.split()[-1] == "counterpart":
            near = bisect.bisect_right(starts, s - 200, 0, k)          # people[near:k] start within 200 before
            before = [a for a, s2, _, _ in people[near:k] if a is not actor and a.title and s - s2 < 200]
            if before and "counterpart" not in before[-1].title:
                actor.title = before[-1].title


def _country_spans(rows: list[tuple]) -> dict[int, str]:
    """Character offset -> country code, for every mention of an actor that has a country."""
    out = {}
    for actor, s, e, _ in rows:
        if actor.country and actor.kind in ("country", "organization"):
            for i in range(s, e):
                out[i] = actor.country
    return out


_TITLE_STOP = {"said", "says", "told", "and", "with", "by", "between", "from", "when", "as", "after", "before",
               "while", "met", "meet", "that", "who", "which", "on", "in", "at", "but", "or", "for", "about",
               "against", "under", "over", "like", "than", "added", "according", "whom", "if"}
_TITLE_ABBREV = {"pm": "prime minister", "fm": "foreign minister", "gen": "general", "sen": "senator",
                 "rep": "representative", "amb": "ambassador", "gov": "governor", "sec": "secretary",
                 "pres": "president", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
                 "maj": "major", "brig": "brigadier", "capt": "captain", "cmdr": "commander", "sgt": "sergeant"}
_LOWER_IN_TITLE = {"special", "senior", "chief", "deputy", "acting", "former", "press", "national", "security"}


def _premodifier(doc: Doc, start: int, name_start: int, reg: Registry,
                 countries: dict[int, str]) -> tuple[str | None, str | None]:
    """Title and country from the words right before a name: "China's ambassador to the United Nations Zhang Jun",
    'President Trump', "Russia's envoy, Kirill Dmitriev"."""
    tok = doc.char_span(name_start, name_start + 1, alignment_mode="expand")
    if tok is None:
        return None, None
    i = tok.start - 1
    if i >= 1 and doc[i].text == ",":
        if not any(t.lower_ in lx.TITLE_HEADS for t in doc[max(0, i - 8):i]):    # 'The Ambassador of India to the'
                                                                                  # 'United States, Vinay Kwatra'

            return None, None
        i -= 1
    words: list = []
    while i >= 0 and len(words) < 10:
        t = doc[i]
        low = t.lower_
        joined = low == "-" and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_   # 'Secretary-General'
        if (t.is_punct and low not in ("'s", "’s") and not joined) or low in _TITLE_STOP or t.ent_type_ == "DATE" \
                or "\n" in t.text \
                or (t.ent_type_ == "PERSON" and t.idx < start) \
                or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and low not in lx.TITLE_WORDS and low != "acting":
            break                                         # not 'has the Secretary spoken to General X'
        if low in ("the", "a", "an") and not (i >= 1 and doc[i - 1].lower_ in ("to", "of")):
            break
        words.insert(0, t)
        i -= 1
    return _title_from(words, reg, countries)


def _title_from(words: list, reg: Registry, countries: dict[int, str]) -> tuple[str | None, str | None]:
    known = lx.TITLE_WORDS | set(_TITLE_ABBREV)
    heads = [k for k, t in enumerate(words) if t.lower_.rstrip(".") in known]
    if not heads:
        return None, None
    first = heads[0]
    while first > 0 and words[first - 1].dep_ in ("amod", "compound") and not words[first - 1].ent_type_ \
            and not reg.gz.lookup(words[first - 1].text) and words[first - 1].lower_ not in ("'s", "’s"):
        first -= 1
    country = _country_in(words[:first], reg, countries) or _country_of_office(words[first:], reg)
    title = "".join(_TITLE_ABBREV.get(t.lower_.rstrip("."), t.text) + (t.whitespace_ and " ")
                    for t in words[first:]).strip()       # 'Secretary-General' stays one word
    title = " ".join(w.lower() if all(p in lx.TITLE_WORDS | _LOWER_IN_TITLE or p.islower() or not p
                                      for p in w.lower().split("-")) or w.islower() else w
                     for w in title.split())
    return title or None, country


def _country_of_office(words: list, reg: Registry) -> str | None:
    """The country a title names after 'of' ('Prime Minister of India', 'Ambassador of India to the United States':
    India; not the host country after 'to', nor a portfolio: 'Minister of Foreign Affairs')."""
    texts = [t.text for t in words]
    for k, w in enumerate(texts):
        if w != "of":
            continue
        rest = texts[k + 1:]
        rest = rest[1:] if rest[:1] == ["the"] else rest
        end = next((j for j, x in enumerate(rest) if x in ("to", "for", "and", ",")), len(rest))
        for n in range(min(end, 6), 0, -1):
            found = _country_named(" ".join(rest[:n]), reg, acronym=True)
            if found:
                return found
    return None


def _country_in(words: list, reg: Registry, countries: dict[int, str]) -> str | None:
    """The country the words name: a country, demonym or acronym (longest first), or an organisation of a country.
    Of two demonyms joined by a hyphen the last is the nationality ('a Cuban-American senator': American)."""
    texts = [_POSSESSIVE.sub("", t.text) for t in words]
    for n in (3, 2, 1):
        for k in range(len(texts) - n + 1):
            entries = reg.gz.lookup(" ".join(texts[k:k + n]))
            if entries:
                while k + n + 1 < len(texts) and texts[k + n] == "-" and reg.gz.lookup(texts[k + n + 1]):
                    k, n = k + n + 1, 1
                    entries = reg.gz.lookup(texts[k])
                return reg.pick(entries)[0]
    for t in words:
        if t.idx in countries:
            return countries[t.idx]
    return None


_APPOSITIVE = re.compile(r"^\s*,\s+(?:who\s+(?:is|was|has\s+been|serves\s+as|served\s+as)\s+)?(?!who\b|which\b|whose\b)"
                         r"(?:the\s+|a\s+|an\s+)?(?P<np>(?:[^,.;:()“”\"]|\.(?=\S)|(?<=\b[A-Z])\.){3,140}?)(?=,|(?<!\b[A-Z])\.(?:\s|$)|;|\s+who\b|"
                         r"\s+which\b|\s+said\b|$)")


def _appositive(doc: Doc, end: int, reg: Registry) -> tuple[str | None, str | None]:
    """Title and country from an appositive: 'Peter Mwangi, the vice foreign minister in charge of ...'."""
    m = _APPOSITIVE.match(text_of(doc)[end:end + 200])
    if not m:
        return None, None
    span = doc.char_span(end + m.start("np"), end + m.end("np"), alignment_mode="contract")
    if span is None:
        return None, None
    words = list(span)
    if any(t.ent_type_ == "PERSON" for t in words):        # "Trump's son-in-law": a relation, not a title
        return None, None
    heads = [k for k, t in enumerate(words) if t.lower_ in lx.TITLE_WORDS]
    if not heads or heads[0] > 4:
        return None, None
    title, country = _title_from(words, reg, {})
    if title:
        title = re.split(r"\s+(?:in charge|who|whose|since|until|from \d)\b", title)[0]
    if not country and title:
        after = re.search(r"\b(?:for|of)\b(?P<rest>.*)$", title)
        for run in re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", after.group("rest") if after else ""):
            country = _country_in_run(run.split(), reg)       # 'in the Hong Kong SAR': Hong Kong, not 'SAR'
            if country:
                break
    return title, country


def _country_in_run(words: list[str], reg: Registry) -> str | None:
    """The country a run of capitalised words names: its longest name from the left ('Hong Kong' in 'Hong Kong
    SAR')."""
    for k in range(len(words)):
        for n in range(min(4, len(words) - k), 0, -1):
            entries = reg.gz.lookup(_POSSESSIVE.sub("", " ".join(words[k:k + n])))
            if entries:
                return reg.pick(entries)[0]
    return None


class _CountryOrgs:
    """The mentions of organisations that have a country, by start: those that start within a range."""

    def __init__(self, rows: list[tuple]) -> None:
        hits = sorted((rs, k, a) for k, (a, rs, _, _) in enumerate(rows) if a.kind == "organization" and a.country)
        self.starts = [rs for rs, _, _ in hits]
        self.hits = [(k, rs, a) for rs, k, a in hits]

    def between(self, lo: int, hi: int) -> list[tuple[int, Actor]]:
        """(start, actor) of the mentions starting in lo..hi-1, in the order of the rows."""
        found = self.hits[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
        return [(rs, a) for _, rs, a in sorted(found, key=lambda h: h[0])]


def _country_of_sentence_org(doc: Doc, start: int, orgs: _CountryOrgs, title: str) -> str | None:
    """An official's country from the organisations named in the same sentence: a minister and 'the North Korean
    Foreign Ministry'; a press secretary at 'a White House press briefing' (only when they agree on one country)."""
    sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if sent is None:
        return None
    s = sent.sent
    in_sentence = orgs.between(s.start_char, s.end_char)
    for _, actor in in_sentence:
        head = actor.key[2] if len(actor.key) > 2 else ""
        if "ministry" in str(head).split() and "minister" in title.lower():
            return actor.country
    near = {a.country for rs, a in in_sentence if abs(rs - start) <= 80}
    if len(near) == 1 and any(w in _OFFICE_ROLES for w in title.lower().split()):
        return near.pop()
    return None


# Roles held inside an organisation: the organisation named right beside the person gives the country.
_OFFICE_ROLES = {"spokesman", "spokeswoman", "spokesperson", "secretary", "official", "minister", "adviser",
                 "advisor", "aide", "director", "officer"}


def _roles(doc: Doc, rows: list[tuple], reg: Registry) -> Iterator[tuple]:
    """'the Russian envoy', 'the minister': the one person of that role (and country) most recently named."""
    taken, titled = _spans(rows), _Titled(rows)
    for m in lx.ROLE_MENTION.finditer(text_of(doc)):
        s, e = m.start(), m.end()
        if taken.overlaps(m.start("role"), e):
            continue
        nxt = text_of(doc)[e:e + 3]
        if re.match(r"^\s+[A-Z]", nxt):
            continue
        code = None
        if m.group("mod"):
            entries = reg.gz.lookup(m.group("mod"))
            if not entries:
                continue
            code = reg.pick(entries)[0]
        actor = titled.recent(s, m.group("role"), code)
        if actor is None and code is not None:
            actor = titled.only_unplaced(s, m.group("role"))
            if actor is not None and _named_in_sentence(doc, actor, s, rows):
                actor = None                      # 'President Putin will not call the US president': another one
            if actor is not None:                 # 'President Putin ... the Russian president': Putin is Russian
                actor.country = code
        if actor:
            text = text_of(doc)[s:e]
            lead = 4 if text.lower().startswith("the ") else 0
            actor.forms[text[lead:]] += 1
            yield actor, s + lead, e, "role"


def _possessive_roles(doc: Doc, rows: list[tuple], reg: Registry) -> Iterator[tuple]:
    """"Russia's envoy, Kirill Dmitriev" and "China's foreign minister": the person that role names."""
    text = text_of(doc)
    taken, titled = _spans(rows), _Titled(rows)
    person_at: dict[int, list[int]] = {}                  # start -> positions in rows of person mentions
    for k, r in enumerate(rows):
        if r[0].kind == "person":
            person_at.setdefault(r[1], []).append(k)
    for m in lx.POSSESSIVE_ROLE.finditer(text):
        entries = reg.gz.lookup(m.group("mod"))
        if not entries:
            continue
        s, e = m.start(), m.end()
        if taken.overlaps(m.start("role"), e):
            continue
        code = reg.pick(entries)[0]          # the mention overlaps the country's: both are true
        near = sorted(k for start in range(e, e + 4) for k in person_at.get(start, ()))
        after = [rows[k] for k in near if text[e:rows[k][1]].strip() in (",", "")]   # 'X's envoy(,) Y'
        actor = after[0][0] if after else titled.recent(s, m.group("role"), code)
        if actor is not None and not after and not _fits_portfolio(actor, m.group("qual")):
            actor = None                          # "Israel's foreign minister" is not its security minister
        if actor is None:
            actor = titled.only_unplaced(s, m.group("role"))
            if actor is None or _named_in_sentence(doc, actor, s, rows) or not _fits_portfolio(actor, m.group("qual")):
                continue
            actor.country = code                  # 'Foreign Minister Lavrov ... Russia's top diplomat'
        actor.forms[text[s:e]] += 1
        yield actor, s, e, "role"


def _fits_portfolio(actor: Actor, qualifier: str | None) -> bool:
    """Whether a holder's title has the portfolio a role phrase names ('foreign' in "Russia's foreign minister");
    words of rank ('top', 'senior') name none."""
    port = (qualifier or "").lower()
    return port not in ("foreign", "defence", "defense", "prime") or port in (actor.title or "").lower() \
        or port.startswith("defen") and "defen" in (actor.title or "").lower()


def _named_in_sentence(doc: Doc, actor: Actor, pos: int, rows: list[tuple]) -> bool:
    """Whether the sentence holding `pos` also names `actor`: a role phrase beside a person's name is someone else."""
    tok = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if tok is None:
        return False
    sent = tok.sent
    return any(a is actor and sent.start_char <= s < sent.end_char for a, s, _, _ in rows)


class _Titled:
    """The mentions of titled people, by position: who last held a role (of a country) before a place."""

    def __init__(self, rows: list[tuple]) -> None:
        self.rows = sorted((r for r in rows if r[0].kind == "person" and r[0].title), key=lambda r: r[1])
        self.holders: dict[str, dict] = {}      # role -> {None or country: ([starts], [actors])}, in text order

    def recent(self, pos: int, role: str, code: str | None) -> Actor | None:
        """The person holding `role` (of country `code`, if given) mentioned last before `pos`."""
        if role not in self.holders:
            heads = lx.ROLE_HEADS[role]
            by_code: dict = {None: ([], [])}
            for a, s, _, _ in self.rows:
                if any(h in a.title.lower().split() or h in a.title.lower() for h in heads):
                    for key in (None, a.country) if a.country is not None else (None,):
                        starts, actors = by_code.setdefault(key, ([], []))
                        starts.append(s)
                        actors.append(a)
            self.holders[role] = by_code
        starts, actors = self.holders[role].get(code, ((), ()))
        n = bisect.bisect_left(starts, pos)
        return actors[n - 1] if n else None

    def only_unplaced(self, pos: int, role: str) -> Actor | None:
        """The one person of no known country holding `role` before `pos`, when no other holder came before."""
        self.recent(pos, role, None)
        starts, actors = self.holders[role][None]
        before = {id(a): a for a in actors[:bisect.bisect_left(starts, pos)]}
        if len(before) != 1:
            return None
        only = next(iter(before.values()))
        return only if only.country is None else None


def _actor_frame(reg: Registry, mentions: list[MentionRow]) -> pd.DataFrame:
    counts = Counter(m.actor_id for m in mentions)
    rows = []
    for a in reg.actors:
        if not counts[a.actor_id]:
            continue
        aliases = sorted({f for f in a.forms if f != a.name}, key=lambda f: (-a.forms[f], f))
        rows.append({"actor_id": a.actor_id, "name": a.name, "kind": a.kind, "country": a.country,
                     "title": a.title, "aliases": aliases, "mentions": counts[a.actor_id]})
    return frame("actors", rows)


def cooccurrence(article: Article, *, within: str = "sentence") -> pd.DataFrame:
    """Pairs of actors named in the same sentence (or paragraph): actor_a, actor_b, name_a, name_b, count."""
    if within not in ("sentence", "paragraph"):
        raise ValueError("within must be 'sentence' or 'paragraph'")
    col = f"{within}_id"
    names = dict(zip(article.actors["actor_id"], article.actors["name"]))
    pairs: Counter = Counter()
    for _, group in article.mentions.groupby(col):
        ids = sorted(set(group["actor_id"]))
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    rows = [{"actor_a": a, "actor_b": b, "name_a": names.get(a), "name_b": names.get(b), "count": n}
            for (a, b), n in pairs.most_common()]
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "name_a", "name_b", "count"])
