"""Who says what: reporting verbs, their subjects, and the actor a subject, pronoun, role or relative names.

Shared by `quotes` and `events` (and open to `positions`). The entry points:

- `speaker_of(art, where)`: the actor_id of whoever speaks in a sentence or character range, or None;
- `attribution(art, where)`: the same with the surface text of the speaker and the reporting verb;
- `resolver(art)`: the per-article index those two use, for callers that ask many questions of one article.

Speakers come from the dependency parse in `art.doc` (the subject of a reporting verb: nsubj, the passive
agent, the noun a relative clause or participle hangs on, the subject of the verb a participle or conjunct
hangs on) and are resolved to actors through `art.mentions`; pronouns go to the actor last named in a subject
(people for he/she, organisations and states for it/they), definite common nouns ('the panel', 'the report')
to the fuller phrase that introduced them.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterator, NamedTuple

from spacy.tokens import Doc, Span, Token

from dossier.article import Article, Locator

# ------------------------------------------------------------------------------------------------ word lists

# Lemmas of verbs that report speech or writing: their subject is the speaker of what they introduce.
REPORTING_VERBS = frozenset("""
say tell add state announce note claim insist argue warn explain stress emphasize emphasise declare report
confirm deny suggest acknowledge admit assert maintain reiterate repeat write tweet post comment remark
respond reply answer ask recall conclude indicate predict estimate observe mention disclose reveal
complain concede contend counter urge vow pledge promise threaten propose demand describe call quote
cite testify brief inform advise caution allege accuse blame criticize criticise slam denounce condemn blast
decry dismiss reject praise hail welcome laud question protest lament mock deride label term dub joke boast
speak express voice signal hint affirm reaffirm underline underscore highlight point declare proclaim
characterize characterise recount muse lash retort snap quip echo acknowledge
""".split())

# Reporting verbs that take a reported clause ('X said that ...'): the verbs of indirect speech.
INDIRECT_VERBS = frozenset("""
say tell add state announce note claim insist argue warn explain stress emphasize emphasise declare report
confirm deny suggest acknowledge admit assert maintain reiterate repeat write tweet post remark respond reply
recall conclude indicate predict estimate observe mention disclose reveal complain concede contend counter
allege affirm reaffirm underline underscore proclaim testify inform caution
""".split())

# Nouns for a written or spoken text: 'the report said' speaks for the body that wrote it.
DOCUMENT_NOUNS = frozenset("""
report statement letter summary communique communiqué document study resolution release declaration note
memo memorandum paper filing readout transcript assessment analysis survey review
""".split())

# Nouns for a body or group that can speak without a name ('the panel said', 'officials said').
AGENT_NOUNS = frozenset("""
panel ministry government committee commission council agency office department experts expert officials
official authorities authority spokesman spokeswoman spokesperson delegation team administration embassy
military army group organization organisation court parliament cabinet presidency regime leadership
investigators analysts observers diplomats diplomat sources source media service services
""".split())

# Nouns for a person by role ('the minister said'): speakers even when no actor is resolved.
PERSON_NOUNS = frozenset("""
minister president premier leader chancellor secretary ambassador envoy diplomat negotiator adviser advisor
chief head director chairman chairwoman chair governor senator lawmaker legislator mayor general commander
official executive lawyer analyst expert economist professor researcher witness resident activist
""".split())

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
GROUP_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "theirs"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
AGENT_KINDS = frozenset({"person", "organization", "country"})

_FEMALE = re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady)\.?\s+$")
_MALE = re.compile(r"\b(?:Mr|Sir|Lord)\.?\s+$")
_HONORIFIC = re.compile(r"^(?:Ms|Mrs|Miss|Madam|Dame|Lady|Mr|Sir|Lord)\.?\s+")
_FEMALE_TITLE = re.compile(r"woman\b|\b(?:queen|princess|duchess)\b", re.IGNORECASE)
ANTECEDENT_WINDOW = 8          # sentences a pronoun looks back
NEAR_SENTENCES = 2             # of which the nearest are searched first, by subject rank
CLIMB_LIMIT = 8                # dependency steps from a token up to its reporting verb
COLON_REACH = 40               # characters back from a quotation to look for 'said:'
MAX_DEPTH = 4                  # nested resolutions (a pronoun for a pronoun for a noun ...)


class Speaker(NamedTuple):
    actor_id: int | None
    text: str | None           # surface text that names the speaker (the mention or noun phrase)


class Attribution(NamedTuple):
    speaker_id: int | None
    speaker: str | None
    cue: str | None            # the reporting verb as written ('said'), or 'according to'
    cue_start: int | None      # its character offset


# ------------------------------------------------------------------------------------------------ public API

def resolver(art: Article, *, quotes: list[tuple[int, int]] | None = None) -> "Speech":
    """The speech index of `art`, built once per article (and per set of quotation spans) and reused."""
    spans = tuple(quotes) if quotes is not None else _quote_spans_of(art)
    key = (id(art.doc), id(art.mentions), spans)
    cached = _CACHE.get("last")
    if cached is not None and cached[0] == key and cached[1].doc is art.doc and cached[1].mentions is art.mentions:
        return cached[1]
    speech = Speech(art, spans)
    _CACHE["last"] = (key, speech)
    return speech


def attribution(art: Article, where: Span | tuple[int, int], *, speech: "Speech | None" = None) -> Attribution | None:
    """Who says the words at `where` (a Span or a (start, end) character range of `art.text`): the speaker's
    actor_id (or None), the surface text naming them, the reporting verb and its offset; None when no
    reporting verb or 'according to' governs or accompanies them in their sentence. For quoted words the
    verb is outside them; for a whole sentence ('X said that ...') it is its own main reporting verb."""
    sp = speech or resolver(art)
    start, end = (where.start_char, where.end_char) if isinstance(where, Span) else where
    return sp.attribute(start, end)


def speaker_of(art: Article, where: Span | tuple[int, int], *, speech: "Speech | None" = None) -> int | None:
    """The actor_id of whoever says the words at `where` (a Span or a (start, end) character range), or None."""
    found = attribution(art, where, speech=speech)
    return found.speaker_id if found else None


def is_reporting_verb(tok: Token) -> bool:
    """True for a verb of saying or writing ('said', 'told', 'slammed ... as', 'described ... as')."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS \
        or tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def speaks(tok: Token) -> bool:
    """A reporting verb used actively: not a passive participle without an agent ('nationals reported to be')."""
    if not is_reporting_verb(tok):
        return False
    if tok.tag_ == "VBN" and (tok.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in tok.children)):
        return any(c.dep_ == "agent" for c in tok.children)
    return True


def subject_of(verb: Token, *, allowed: Callable[[Token], bool] | None = None) -> Token | None:
    """The token that names who does `verb`: its subject, the agent of a passive, the noun a participle or
    relative clause hangs on, or the subject of the verb a participle, infinitive or conjunct depends on.
    `allowed` filters candidate subjects (e.g. none inside a quotation)."""
    v = verb
    for _ in range(CLIMB_LIMIT):
        kids = [c for c in v.children if allowed is None or allowed(c)]
        agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subj = [c for c in kids if c.dep_ in SUBJECT_DEPS]
        if subj and subj[0].dep_ == "nsubjpass" and agent and v.lemma_ != "quote":
            return agent[0]                      # 'was told by X'; but 'X was quoted by Y as saying
        if subj:
            return subj[0]
        if agent:
            return agent[0]
        if v.dep_ in ("acl", "relcl") and v.head.i != v.i:
            return v.head
        if v.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "dep", "ccomp", "acomp") and v.head.i != v.i:
            if allowed is not None and not allowed(v.head):
                return None                      # the parse runs on into another paragraph or quotation
            v = v.head
            continue
        return None
    return None


# ------------------------------------------------------------------------------------------------ the index

_CACHE: dict[str, tuple] = {}


def _quote_spans_of(art: Article) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the direct and partial quotes already in `art.quotes` (none before quotes run)."""
    q = art.quotes
    if q is None or q.empty:
        return ()
    q = q[q["kind"] != "indirect"]
    return tuple(sorted(zip(q["start_char"].astype(int), q["end_char"].astype(int))))


class Speech:
    """Per-article lookups: the mention under a token, tokens inside quotations, people's likely gender,
    and the resolution of subjects, pronouns and noun phrases to actors."""

    def __init__(self, art: Article, quotes: tuple[tuple[int, int], ...] = ()) -> None:
        self.doc: Doc = art.doc
        self.text = art.text
        self.mentions = art.mentions
        self.locator = Locator(art.sentences)
        self.sentences = [(int(a), int(b), int(p)) for a, b, p in zip(
            art.sentences["start_char"], art.sentences["end_char"], art.sentences["paragraph_id"])]
        self.sentence_starts = [a for a, _, _ in self.sentences]
        kinds = dict(zip(art.paragraphs["paragraph_id"], art.paragraphs["kind"]))
        self.paragraph_kind = [kinds.get(p) for _, _, p in self.sentences]
        a = art.actors
        self.kind = dict(zip(a["actor_id"].astype(int), a["kind"]))
        self.country = dict(zip(a["actor_id"].astype(int), a["country"]))
        self.country_actor = {c: int(i) for i, k, c in zip(a["actor_id"], a["kind"], a["country"])
                              if k == "country" and c}
        self.tok_starts = [t.idx for t in self.doc]
        self.quotes = sorted(quotes)
        self.in_quote = self._mark_quotes()
        self.token_mention, self.mention_rows = self._index_mentions(art)
        self.gender = self._genders(art)
        self.reporters = _reporter_ids(art)
        self._modified: dict[str, list[int]] | None = None
        self.surfaces = self._surfaces()

    # ---- indexes

    def _mark_quotes(self) -> list[bool]:
        flags = [False] * len(self.doc)
        for s, e in self.quotes:
            for i in range(self.token_at(s), len(self.doc)):
                if self.doc[i].idx >= e:
                    break
                flags[i] = True
        return flags

    def _index_mentions(self, art: Article) -> tuple[list[int | None], list[tuple[int, int, int, str]]]:
        rows = sorted(zip(art.mentions["start_char"].astype(int), art.mentions["end_char"].astype(int),
                          art.mentions["actor_id"].astype(int), art.mentions["text"]))
        by_token: list[int | None] = [None] * len(self.doc)
        for n, (s, e, _, _) in enumerate(rows):
            i = self.token_at(s)
            while i < len(self.doc) and self.doc[i].idx < e:
                if self.doc[i].idx + len(self.doc[i]) > s and by_token[i] is None:
                    by_token[i] = n
                i += 1
        return by_token, rows

    def _surfaces(self) -> dict[str, int]:
        """Surface form -> the actor it names most often in this article (for words the NER split badly)."""
        counts: dict[str, dict[int, int]] = {}
        for _, _, aid, text in self.mention_rows:
            counts.setdefault(text, {}).setdefault(aid, 0)
            counts[text][aid] += 1
        return {t: max(c, key=c.get) for t, c in counts.items()}

    def actor_named(self, text: str, kinds: frozenset = AGENT_KINDS) -> int | None:
        """The actor a surface form names elsewhere in the article ('U.S.' in 'U.S.-brokered'), if any."""
        aid = self.surfaces.get(text)
        return aid if aid is not None and self.kind.get(aid) in kinds else None

    def _genders(self, art: Article) -> dict[int, str]:
        """'f' or 'm' for people the text marks (Ms./Mr. before a mention, a '-woman' title)."""
        out: dict[int, str] = {}
        for s, _, aid, surface in self.mention_rows:
            if self.kind.get(aid) != "person":
                continue
            inside = _HONORIFIC.match(surface + " ")         # 'Ms. Haley' as the mention itself
            before = inside[0] if inside else self.text[max(0, s - 8):s]
            if _FEMALE.search(before):
                out[aid] = "f"
            elif _MALE.search(before):
                out[aid] = "m"
        for aid, title in zip(art.actors["actor_id"].astype(int), art.actors["title"]):
            if isinstance(title, str) and _FEMALE_TITLE.search(title):
                out[aid] = "f"
        return out

    def token_at(self, char: int) -> int:
        """Index of the token holding (or first after) character `char`."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        if i < 0:
            return 0
        t = self.doc[i]
        return i if char < t.idx + len(t) or i + 1 >= len(self.doc) else i + 1

    def paragraph_of(self, tok: Token) -> int:
        return self.locator.paragraph(tok.idx)

    def sentence_range(self, char: int) -> tuple[int, int, int]:
        """(start, end, paragraph_id) of the sentence (cut at its paragraph) holding character `char`."""
        k = max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)
        return self.sentences[k]

    def sentence_before(self, char: int) -> tuple[int, int, int] | None:
        """The sentence before the one holding `char`, when both are in one paragraph."""
        k = max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)
        if k == 0 or self.sentences[k - 1][2] != self.sentences[k][2]:
            return None
        return self.sentences[k - 1]

    def reporting_verbs(self, start: int, end: int) -> list[Token]:
        """Reporting verbs (and 'according to') in [start, end), outside quotations."""
        out = []
        for i in range(self.token_at(start), len(self.doc)):
            t = self.doc[i]
            if t.idx >= end:
                break
            if not self.in_quote[i] and speaks(t):
                out.append(t)
        return out

    def inside_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quotes, (char, 1 << 60)) - 1
        return i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]

    # ---- mentions and actors

    def mention_of(self, tok: Token) -> tuple[int, int, int, str] | None:
        n = self.token_mention[tok.i]
        return self.mention_rows[n] if n is not None else None

    def actor_of(self, tok: Token, kinds: frozenset = AGENT_KINDS) -> int | None:
        m = self.mention_of(tok)
        return m[2] if m and self.kind.get(m[2]) in kinds else None

    def country_of(self, actor_id: int | None) -> int | None:
        """The country actor of an actor (itself for a country), if the article names that country."""
        if actor_id is None:
            return None
        if self.kind.get(actor_id) == "country":
            return actor_id
        return self.country_actor.get(self.country.get(actor_id))

    # ---- speakers

    def attribute(self, start: int, end: int) -> Attribution | None:
        """The attribution of the words in [start, end): see `attribution`."""
        verb = self.governing_verb(start, end)
        if verb is None:
            verb = self.nearest_verb(start, end)
        if verb is None:
            verb = self.main_verb(start, end)
        return self.attribute_verb(verb) if verb is not None else None

    def main_verb(self, start: int, end: int) -> Token | None:
        """For a range that holds its own reporting verb (a whole sentence): the one nearest the root of
        the parse, outside quotations."""
        verbs = self.reporting_verbs(start, end)
        return min(verbs, key=_depth) if verbs else None

    def attribute_verb(self, verb: Token) -> Attribution:
        """The attribution a reporting verb (or 'according') makes: its subject (or object) resolved."""
        if verb.lower_ == "according":
            obj = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            who = self.resolve(obj[0]) if obj else Speaker(None, None)
            return Attribution(who.actor_id, who.text, "according to", verb.idx)
        subj = self.subject(verb)
        who = self.resolve(subj) if subj is not None else self.acl_subject(verb)
        if who.actor_id is None and subj is not None and not _can_speak(subj):
            who = self._earlier_speaker(verb) or who      # 'X said the measures were illegal and vowed ...'
        return Attribution(who.actor_id, who.text, verb.text, verb.idx)

    def _earlier_speaker(self, verb: Token) -> Speaker | None:
        """The actor speaking through an earlier reporting verb of the same sentence, for a verb the parse
        gave a subject that cannot speak."""
        s, _, _ = self.sentence_range(verb.idx)
        for other in reversed(self.reporting_verbs(s, verb.idx)):
            subj = self.subject(other)
            if subj is not None and subj.i != verb.i and _can_speak(subj):
                found = self.resolve(subj)
                if found.actor_id is not None:
                    return found
        return None

    def subject(self, verb: Token) -> Token | None:
        """`subject_of(verb)` among words outside quotations and in the verb's paragraph; failing that (a
        parse run across paragraphs), the noun or pronoun right before the verb."""
        para = self.paragraph_of(verb)
        found = subject_of(verb, allowed=lambda t: not self.in_quote[t.i] and self.paragraph_of(t) == para)
        if found is not None:
            return found
        skip = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod", "aux", "neg", "punct")
                and c.i < verb.i for t in c.subtree}           # 'The EU on Monday imposed': past 'on Monday'
        j = verb.i - 1
        while j >= 0 and (j in skip or self.doc[j].pos_ in ("ADV", "AUX", "PART", "PUNCT")):
            j -= 1
        t = self.doc[j] if j >= 0 else None
        if t is not None and t.pos_ in ("NOUN", "PROPN", "PRON") and not self.in_quote[j] \
                and self.paragraph_of(t) == para:
            return t
        return None

    def governing_verb(self, start: int, end: int) -> Token | None:
        """The nearest reporting verb outside [start, end) that the words there hang on in the parse."""
        first, para = self.token_at(start), self.locator.paragraph(start)
        inside = range(first, max(first + 1, self.token_at(max(start, end - 1)) + 1))
        for i in inside:
            t = self.doc[i]
            if t.head.i in inside and t.head.i != t.i:
                continue                                  # a word inside: climb only from the quote's edges
            v, steps = (t.head if t.head.i != t.i else None), 0
            while v is not None and steps < CLIMB_LIMIT:
                if v.i not in inside and not self.in_quote[v.i] and speaks(v) \
                        and self.paragraph_of(v) == para:
                    return v
                v, steps = (v.head if v.head.i != v.i else None), steps + 1
        return None

    def nearest_verb(self, start: int, end: int) -> Token | None:
        """The reporting verb closest to [start, end) in its sentence (or in the sentence before, when that one
        ends in a colon, also across a paragraph break: 'Berg said:'), outside every quotation and in the
        same paragraph."""
        tokens, paragraphs = self._attribution_window(start, end)
        best, best_d = None, None
        for tok in tokens:
            if self.in_quote[tok.i] or not speaks(tok) or self.paragraph_of(tok) not in paragraphs:
                continue
            if start <= tok.idx < end:
                continue
            d = start - tok.idx if tok.idx < start else tok.idx - end
            if best_d is None or d < best_d:
                best, best_d = tok, d
        return best

    def _attribution_window(self, start: int, end: int) -> tuple[list[Token], set[int]]:
        first, last = self.doc[self.token_at(start)], self.doc[self.token_at(max(start, end - 1))]
        sents = [first.sent] if first.sent == last.sent else [first.sent, last.sent]
        paragraphs = {self.locator.paragraph(start)}
        lo = max(0, start - COLON_REACH)
        before = self.text[lo:start].rstrip(" \n\"'“‘«")
        if before.endswith(":"):
            colon = self.doc[self.token_at(lo + len(before) - 1)]
            paragraphs.add(self.paragraph_of(colon))
            if colon.sent != first.sent:
                sents.insert(0, colon.sent)
        return [t for s in sents for t in s], paragraphs

    def acl_subject(self, verb: Token) -> Speaker:
        """For a participle with no subject ('a photo of X shaking hands'): the nearest actor just before it."""
        for j in range(verb.i - 1, max(verb.sent.start, verb.i - 6) - 1, -1):
            aid = self.actor_of(self.doc[j])
            if aid is not None:
                return Speaker(aid, self.mention_of(self.doc[j])[3])
        return Speaker(None, None)

    def resolve(self, tok: Token | None, *, depth: int = 0) -> Speaker:
        """The actor (and its surface text) a noun phrase headed by `tok` names: a mention, an appositive,
        a pronoun's antecedent, a relative pronoun's head, a person named inside the phrase, an organisation
        or state modifying a group noun ('Russian officials', 'U.N. experts'), the author of a document
        ('the panel's report'), or a definite noun's earlier fuller form ('the panel')."""
        if tok is None or depth > MAX_DEPTH:
            return Speaker(None, None)
        low = tok.lower_
        if low in RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$"):
            found = [self.resolve(h, depth=depth + 1) for h in _relative_heads(tok)]
            return next((f for f in found if f.actor_id is not None), found[0] if found else Speaker(None, None))
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            return self.antecedent(tok, depth=depth)
        aid = self.actor_of(tok)
        if aid is not None and aid not in self.reporters:
            return Speaker(aid, self.mention_of(tok)[3])
        if tok.dep_ == "appos" and self.actor_of(tok.head) is not None:      # 'CREW, a watchdog group'
            return self.resolve(tok.head, depth=depth + 1)
        for found in (self._appositive(tok), self._person_inside(tok), self._modifier_actor(tok, depth)):
            if found is not None:
                return found
        if tok.pos_ == "NOUN":
            earlier = self._earlier_form(tok)
            if earlier is not None:
                found = self.resolve(earlier, depth=depth + 1)
                if found.text:
                    return found
        return Speaker(None, self.np_text(tok) if tok.pos_ in ("NOUN", "PROPN") else None)

    def _appositive(self, tok: Token) -> Speaker | None:
        for c in tok.children:
            if c.dep_ == "appos":
                aid = self.actor_of(c)
                if aid is not None and aid not in self.reporters:
                    return Speaker(aid, self.mention_of(c)[3])
        return None

    def _person_inside(self, tok: Token) -> Speaker | None:
        """A person named in the phrase outside possessors and clauses ('the ambassador, Nikki Haley')."""
        skip = {u.i for c in tok.children if c.dep_ in ("poss", "relcl", "acl", "advcl", "prep")
                for u in c.subtree}
        for t in tok.subtree:
            if t.i not in skip and t.i != tok.i:
                aid = self.actor_of(t, frozenset({"person"}))
                if aid is not None and aid not in self.reporters:
                    return Speaker(aid, self.mention_of(t)[3])
        return None

    def _modifier_actor(self, tok: Token, depth: int) -> Speaker | None:
        """'U.N. experts', 'Russian officials': the organisation or state modifying a group noun; for a
        document ('the panel's report', 'Trump's statement'), whoever its possessor or modifier names."""
        lemma = tok.lemma_.lower()
        document = lemma in DOCUMENT_NOUNS
        if lemma not in AGENT_NOUNS and not document:
            return None
        kinds = AGENT_KINDS if document else frozenset({"organization", "country"})
        for c in tok.children:
            if c.dep_ not in ("compound", "amod", "poss", "nmod") or c.i > tok.i:
                continue
            aid = self.actor_of(c, kinds)
            if aid is not None:
                return Speaker(aid, self.np_text(c) if document else self.np_text(tok))
            if document and c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                found = self.resolve(c, depth=depth + 1)
                if found.text:
                    return found
        for c in tok.children:                  # 'a statement from the EU's diplomatic service'
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for g in c.children:
                    found = self.resolve(g, depth=depth + 1) if g.dep_ == "pobj" else Speaker(None, None)
                    if found.actor_id is not None and self.kind.get(found.actor_id) in kinds:
                        return found
        return None

    def _earlier_form(self, tok: Token) -> Token | None:
        """For a definite common noun ('the panel', 'the report', 'the experts'): the last earlier noun with the
        same lemma that carries a modifier or possessor, outside quotations."""
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
        if not definite and tok.lemma_.lower() not in AGENT_NOUNS:
            return None
        earlier = self._modified_nouns().get(tok.lemma_.lower(), [])
        k = bisect.bisect_left(earlier, tok.i)
        return self.doc[earlier[k - 1]] if k else None

    def _modified_nouns(self) -> dict[str, list[int]]:
        """Lemma -> indices of common nouns outside quotations that carry a modifier or possessor (built once)."""
        if self._modified is None:
            self._modified = {}
            for t in self.doc:
                if t.pos_ == "NOUN" and not self.in_quote[t.i] \
                        and any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < t.i for c in t.children):
                    self._modified.setdefault(t.lemma_.lower(), []).append(t.i)
        return self._modified

    def np_text(self, tok: Token) -> str:
        """The words of a noun phrase up to its head, as written, without a leading determiner and never
        reaching into an earlier paragraph: 'expert panel', 'U.N. experts'."""
        left = [t.i for c in tok.lefts if c.dep_ not in ("punct", "det", "predet") for t in c.subtree]
        start = self.doc[min(left + [tok.i])]
        text = self.text[start.idx:tok.idx + len(tok)]
        return re.sub(r"^(?:the|a|an|this|that)\s+", "", text.split("\n\n")[-1], flags=re.IGNORECASE).strip()

    def antecedent(self, pronoun: Token, *, depth: int = 0) -> Speaker:
        """The actor a he/she/it/they most likely stands for, among the words before it (captions skipped,
        quotations ignored): for a subject pronoun the subject of a main clause, then any subject, then any
        mention, in its own sentence and then the ones before; for an object or possessive pronoun the same
        ranks in its own sentence first; people for he/she (of the matching gender when the text tells), organisations and
        states (or a group or document noun) for it/they."""
        current, *earlier = self._sentences_back(pronoun)
        near, far = earlier[:NEAR_SENTENCES], earlier[NEAR_SENTENCES:]
        if pronoun.dep_ in SUBJECT_DEPS:           # 'he said': the last main subject, even a sentence back
            order = [(rank, tokens) for rank in (2, 1, 0) for tokens in [current] + near]
        else:                                      # 'between him and Xi': its own sentence first
            order = [(rank, current) for rank in (2, 1, 0)] + [(r, t) for r in (2, 1, 0) for t in near]
        order += [(rank, tokens) for rank in (2, 1, 0) for tokens in far]
        for rank, tokens in order:
            best = self._pick(tokens, pronoun, rank, depth)
            if best is not None:
                return best
        return Speaker(None, None)

    def _sentences_back(self, pronoun: Token) -> Iterator[list[Token]]:
        k = bisect.bisect_right(self.sentence_starts, pronoun.idx) - 1
        in_caption = k >= 0 and self.paragraph_kind[k] == "caption"
        first = self.token_at(self.sentences[k][0]) if k >= 0 else 0
        yield [self.doc[i] for i in range(first, pronoun.i)]
        for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_WINDOW), -1):
            if self.paragraph_kind[j] == "caption" and not in_caption:
                continue
            s, e, _ = self.sentences[j]
            a, b = self.token_at(s), self.token_at(max(s, e - 1))
            yield [self.doc[i] for i in range(a, b + 1)]

    def _pick(self, tokens: list[Token], pronoun: Token, rank: int, depth: int) -> Speaker | None:
        """The latest candidate in `tokens` of at least subject rank `rank` (see `_subject_rank`)."""
        low = pronoun.lower_
        gender = PERSON_PRONOUNS.get(low)
        want = frozenset({"person"}) if gender else frozenset({"organization", "country"})
        plural = low in ("they", "them", "their", "theirs")
        for t in reversed(tokens):
            if self.in_quote[t.i] or _subject_rank(t) < rank:
                continue
            aid = self.actor_of(t, want)
            if aid is not None and aid not in self.reporters:
                if not gender or self.gender.get(aid, gender) == gender:
                    return Speaker(aid, self.mention_of(t)[3])
                continue
            if rank == 0 or depth >= MAX_DEPTH:
                continue
            if t.lower_ == low or (t.lower_ in PERSON_PRONOUNS and PERSON_PRONOUNS[t.lower_] == gender):
                found = self.antecedent(t, depth=depth + 1)        # a chain: 'it cited ... It said'
                if found.text:
                    return found
            elif not gender and t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS | AGENT_NOUNS \
                    and t.tag_.endswith("S") == plural and (rank == 0 or t.dep_ in SUBJECT_DEPS):
                found = self.resolve(t, depth=depth + 1)
                if found.text:
                    return found
        return None


# ------------------------------------------------------------------------------------------------ helpers

def _depth(tok: Token) -> int:
    """Steps from a token up to the root of its parse."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _can_speak(tok: Token) -> bool:
    """A word that may name a speaker: a name, a pronoun, or a noun for a body, a person or a document."""
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in AGENT_NOUNS | DOCUMENT_NOUNS \
        or tok.lemma_.lower() in PERSON_NOUNS


def _subject_rank(tok: Token) -> int:
    """2 when the token is (in) the subject of the main clause, 1 of another clause, else 0."""
    t = tok
    for _ in range(4):
        if t.dep_ in SUBJECT_DEPS:
            verb = t.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            return 2 if main else 1
        if t.dep_ not in ("compound", "flat", "appos", "amod", "nmod") or t.head.i == t.i:
            return 0
        t = t.head
    return 0


def _relative_heads(rel: Token) -> list[Token]:
    """Nouns a relative pronoun may stand for, best first: the head of its relative clause, then the noun
    just before it ('Zhang Jun, who said' when the parser hung the clause elsewhere)."""
    out = [rel.head.head] if rel.head.dep_ == "relcl" else []
    j = rel.i - 1
    while j >= 0 and (rel.doc[j].is_punct or rel.doc[j].is_space):
        j -= 1
    if j >= 0 and rel.doc[j].pos_ in ("PROPN", "NOUN") and all(t.i != j for t in out):
        out.append(rel.doc[j])
    return out


def _reporter_ids(art: Article) -> frozenset[int]:
    """Actors that are the article's own reporters (never speakers of what they report)."""
    authors = {a.lower() for a in (art.meta.get("authors") or []) if isinstance(a, str)}
    if not authors:
        return frozenset()
    return frozenset(int(i) for i, n in zip(art.actors["actor_id"], art.actors["name"])
                     if isinstance(n, str) and n.lower() in authors)
