"""Positions on sanctions: who supports or opposes them, now or in the past, against whom, and on what evidence.

`extract(article)` returns the `positions` frame (columns in CONTRACT.md). A position needs a stance word
tied in the parse to a sanctions word (or to 'such measures' right after sanctions were named), and an agent
resolved to an actor; a person or ministry speaking for a state gives the state the same position.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Span, Token

from dossier import stance_cues as sc
from dossier.article import Article, Locator
from dossier.schema import frame

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PRONOUN_PERSON = {"he", "she", "him", "her", "his", "hers"}
_PRONOUN_THING = {"it", "its", "they", "their", "them"}


class PositionRow(NamedTuple):
    actor_id: int
    topic: str
    stance: str
    period: str
    target_id: int | None
    cue: str
    evidence: str
    sentence_id: int
    via: str


class Mentions:
    """Actor lookup by character offset, and the actors named before a point (for pronouns and 'the country')."""

    def __init__(self, art: Article) -> None:
        m = art.mentions.sort_values("start_char")
        self.rows = list(zip(m["start_char"], m["end_char"], m["actor_id"]))
        a = art.actors
        self.kind = dict(zip(a["actor_id"], a["kind"]))
        self.country = dict(zip(a["actor_id"], a["country"]))
        self.title = dict(zip(a["actor_id"], a["title"]))
        self.country_actor = {c: i for i, k, c in zip(a["actor_id"], a["kind"], a["country"]) if k == "country"}

    def at(self, start: int, end: int) -> int | None:
        for s, e, aid in self.rows:
            if s < end and start < e:
                return int(aid)
        return None

    def last_before(self, pos: int, kinds: set[str], *, roles: dict[int, str] | None = None) -> int | None:
        """The last actor of these kinds named before `pos`; with `roles` (start -> dependency), the last one
        named as a main-clause subject or a possessor, if any."""
        found, salient = None, None
        for s, _, aid in self.rows:
            if s >= pos:
                break
            if self.kind.get(aid) in kinds:
                found = int(aid)
                if roles is not None and roles.get(s) in ("ROOT-nsubj", "ROOT-nsubjpass", "poss"):
                    salient = int(aid)
        return salient if salient is not None else found


# --------------------------------------------------------------------------------------------- sentences

_SANCTION_STEMS = re.compile(r"sanction|embargo|blacklist|" + "|".join(map(re.escape, sc.SANCTION_PHRASES)))


def _about_sanctions(sent: Span) -> bool:
    low = sent.text.lower()
    if not _SANCTION_STEMS.search(low):
        return False
    return any(t.lemma_.lower() in sc.SANCTION_LEMMAS or t.lower_.startswith("sanction") for t in sent) \
        or any(p in low for p in sc.SANCTION_PHRASES)


def sanction_sentences(art: Article) -> Iterator[tuple[int, Span, bool]]:
    """(sentence_id, span, names sanctions itself) for sentences about sanctions, and for sentences right
    after one that refer back to them ('such measures', 'them')."""
    doc, recent = art.doc, -10
    rows = zip(art.sentences["sentence_id"], art.sentences["start_char"], art.sentences["end_char"],
               art.sentences["text"])
    for sid, s, e, text in rows:
        named = bool(_SANCTION_STEMS.search(text.lower()))
        if not named and sid - recent > 2:
            continue                                  # the parse is read only near sanctions
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        if named and _about_sanctions(span):
            recent = sid
            yield int(sid), span, True
        elif sid - recent <= 2 and any(t.lemma_.lower() in sc.ANAPHORA_LEMMAS | sc.ARGUMENT_NOUNS for t in span):
            yield int(sid), span, False


def _is_sanction_word(t: Token, direct: bool) -> bool:
    return t.lower_.startswith("sanction") or t.lemma_.lower() in sc.SANCTION_LEMMAS \
        or (not direct and t.lemma_.lower() in sc.ANAPHORA_LEMMAS)


_LINKING_PREPS = {"to", "for", "on", "against", "with", "of", "over"}
MAX_HOPS = 4   # the cue at most three words above the sanctions word


def _path_up(w: Token, cue: Token) -> list[Token] | None:
    """The tokens between a sanctions word and the cue that governs it, or None if the cue does not govern it."""
    path, t = [], w
    for _ in range(MAX_HOPS):
        if t.head.i == t.i:
            return None
        t = t.head
        if t == cue:
            return path
        path.append(t)
    return None


def _linked(cue: Token, target_words: list[Token]) -> bool:
    """The cue governs a sanctions word within a few hops and no other clause in between ('slammed additional
    sanctions', 'opposition to sanctions', 'criticized X for following up with sanctions'); or modifies it."""
    own_object = any(c.dep_ == "dobj" for c in cue.children)
    for w in target_words:
        path = _path_up(w, cue)
        if path is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "pcomp" for t in path):
            continue
        top = path[-1] if path else w
        if own_object and top.dep_ == "prep" and top.lower_ not in _LINKING_PREPS:
            continue                    # 'remove any reference in the first set of sanctions'
        return True
    for w in target_words:
        if cue.head == w and cue.dep_ in ("amod", "compound", "acl", "relcl"):
            return True
        if cue.head == w.head and cue.dep_ in ("amod", "advmod", "acomp", "attr") and w.dep_ in ("dobj", "pobj", "nsubj"):
            return True
    return False


# --------------------------------------------------------------------------------------------- agents

def _clause_verb(t: Token) -> Token:
    """The verb that owns the cue's clause: itself, or the verb it hangs from ('in imposing' -> 'joined')."""
    v = t
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in v.children):
            return v
        if v.head.i == v.i:
            break
        v = v.head
    return v


def _agent_token(cue: Token) -> Token | None:
    """Who does the cue: a possessor ('his opposition'), the passive agent ('joined ... by X'), or the subject."""
    if cue.pos_ in ("NOUN", "ADJ"):
        poss = [c for c in cue.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        if cue.pos_ == "NOUN" and not (cue.dep_ == "dobj" and cue.head.lemma_ in _LIGHT_VERBS):
            return None
    v = _clause_verb(cue)
    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if cue.dep_ in ("acl",) and cue.pos_ == "VERB":           # 'proposals forwarded by the United States'
        by = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if by:
            return by[0]
    return (agents or subj or [None])[0]


_LIGHT_VERBS = {"voice", "express", "announce", "show", "signal", "declare", "reiterate", "state", "make", "issue"}


_RANK = {"person": 0, "organization": 1, "country": 2, "location": 3}


def _np_actor(tok: Token, mx: Mentions) -> int | None:
    """The actor a noun phrase names, a person before an organisation before a country
    ("China's ambassador to the United Nations Zhang Jun" -> Zhang Jun); clauses inside it are skipped."""
    skip = {u.i for c in tok.children if c.dep_ in ("relcl", "acl", "advcl", "conj", "cc") for u in c.subtree}
    found = []
    for t in tok.subtree:
        if t.i in skip:
            continue
        aid = mx.at(t.idx, t.idx + len(t))
        if aid is not None:
            found.append((t.i != tok.i, _RANK.get(mx.kind.get(aid), 9), aid))
    if not found:
        return None
    head = [f for f in found if not f[0]]
    if head and mx.kind.get(head[0][2]) == "person":
        return head[0][2]
    return min(found, key=lambda f: (f[1], f[0]))[2]


def _roles_of(doc) -> dict[int, str]:
    """Character offset -> grammatical role, for picking the actor a pronoun like 'it' refers to."""
    if "roles" not in doc.user_data:
        from spacy.attrs import DEP, HEAD, IDX
        arr = doc.to_array([DEP, HEAD, IDX])          # HEAD is an offset from the token
        strings = doc.vocab.strings
        dep = [strings[int(d)] for d in arr[:, 0]]
        head = [i + int(h) for i, h in enumerate(arr[:, 1].astype("int64"))]
        idx = [int(x) for x in arr[:, 2]]
        roles = {}
        for i, d in enumerate(dep):
            if d in ("nsubj", "nsubjpass") and dep[head[i]] == "ROOT":
                roles[idx[i]] = "ROOT-" + d
            elif d == "poss":
                roles[idx[i]] = "poss"
        for i, d in enumerate(dep):   # a multi-word name takes the role of its head word
            if d == "compound" and idx[head[i]] in roles:
                roles.setdefault(idx[i], roles[idx[head[i]]])
        doc.user_data["roles"] = roles
    return doc.user_data["roles"]


def _resolve_agent(tok: Token | None, mx: Mentions, sent: Span) -> tuple[int | None, str]:
    if tok is None:
        return None, ""
    if tok.lower_ in ("who", "which"):                       # 'Zhang Jun, who said ...'
        prev = tok.nbor(-1) if tok.i > 0 else tok
        prev = prev.nbor(-1) if prev.is_punct and prev.i > 0 else prev
        aid = mx.at(prev.idx, prev.idx + len(prev))
        return (aid, "relative") if aid is not None else (None, "")
    aid = _np_actor(tok, mx)
    if aid is not None:
        return aid, "subject"
    low = tok.lower_
    if low in _PRONOUN_PERSON:
        return mx.last_before(tok.idx, {"person"}), "pronoun"
    if low in _PRONOUN_THING:
        return mx.last_before(tok.idx, {"country", "organization"}, roles=_roles_of(tok.doc)), "pronoun"
    if low in ("country", "nation", "government", "regime") and any(c.lower_ in ("the", "this") for c in tok.children):
        subj = [mx.at(t.idx, t.idx + len(t)) for t in sent if t.dep_ == "nsubj" and t.i < tok.i]
        subj = [s for s in subj if s is not None and mx.kind.get(s) == "country"]
        return (subj[-1] if subj else mx.last_before(tok.idx, {"country"})), "anaphor"
    return None, ""


# --------------------------------------------------------------------------------------------- stance of one cue

def _stance_of(cue: Token) -> str | None:
    lem = cue.lemma_.lower()
    if lem in sc.OPPOSE or cue.lower_ in sc.OPPOSE:
        return "oppose"
    if lem in sc.SUPPORT:
        return "support"
    return None


def _willed(cue: Token, stance: str) -> str | None:
    """The stance after negation and will: 'did not threaten' -> none; 'decided not to go forward with' and
    'refused to impose' -> oppose."""
    v = _clause_verb(cue)
    will = cue.head if cue.dep_ == "xcomp" else (v if v.i != cue.i else None)
    if will is not None and will.lemma_ in sc.REFUSAL and stance == "support":
        return "oppose"
    if _negated(cue):
        if stance == "support" and will is not None and will.lemma_ in sc.VOLITION:
            return "oppose"
        return None
    return stance


def _generic_subject(cue: Token) -> bool:
    subj = [c for c in _clause_verb(cue).children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].lemma_.lower() in sc.GENERIC_SUBJECTS


def _declarer(cue: Token, mx: Mentions, span: Span) -> tuple[int, str] | None:
    """'X announced that the administration would impose sanctions': X makes the policy its own."""
    v = _clause_verb(cue)
    if v.dep_ != "ccomp" or v.head.lemma_ not in sc.DECLARING:
        return None
    subj = [c for c in v.head.children if c.dep_ == "nsubj"]
    aid, via = _resolve_agent(subj[0], mx, span) if subj else (None, "")
    return (aid, "declared") if aid is not None else None


def _negated(cue: Token) -> bool:
    v = _clause_verb(cue)
    return any(c.dep_ == "neg" for c in list(cue.children) + list(v.children))


_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"))}
PAST_AFTER_DAYS = 30


def _segment(cue: Token, sent: Span) -> Span:
    """The stretch of the sentence between the commas or semicolons around the cue."""
    lo, hi = sent.start, sent.end
    for t in sent:
        if t.text in (",", ";") and t.i < cue.i:
            lo = t.i + 1
        elif t.text in (",", ";") and t.i > cue.i:
            hi = t.i
            break
    return sent.doc[lo:hi]


def _path_dates(cue: Token, sent: Span) -> list[str]:
    """Dates attached straight to the verbs above the cue ('In April, X announced that ... impose sanctions')."""
    out, v = [], cue
    for _ in range(8):
        for c in v.children:
            if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod", "pobj"):
                out.append(c.text)
            if c.dep_ == "prep":
                out += [g.sent.doc[g.i:g.i + 1].text + " " + " ".join(x.text for x in g.subtree)
                        for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
        if v.head.i == v.i:
            break
        v = v.head
    return out


def date_age_days(text: str, ref: date) -> int:
    """How many days before `ref` a written date lies at the latest (0 when it cannot be told or is recent)."""
    low = text.lower()
    if re.search(r"\blast year\b|\byears ago\b|\bdecades?\b", low):
        return 365
    y = _YEAR.search(low)
    mo = next((n for m, n in _MONTHS.items() if re.search(rf"\b{m}[a-z]*\.?\b", low)), None)
    year = int(y.group(1)) if y else ref.year
    if mo is None:
        return max(0, (ref - date(year, 12, 31)).days) if y else 0
    last_day = date(year + (mo == 12), mo % 12 + 1, 1) if mo else date(year, 12, 31)
    if not y and last_day > ref + (ref - ref):
        if date(year, mo, 1) > ref:
            last_day = date(year - 1 + (mo == 12), mo % 12 + 1, 1)
    return max(0, (ref - last_day).days)


def _period(cue: Token, sent: Span, published: str | None) -> str:
    """'past' where a date in the cue's stretch of sentence, or on a verb above it, lies well before publication."""
    ref = date.fromisoformat(published) if published else date.today()
    seg = _segment(cue, sent)
    texts = [e.text for e in sent.ents if e.label_ == "DATE" and seg.start <= e.start < seg.end]
    texts += _path_dates(cue, sent)
    if any(date_age_days(t, ref) >= PAST_AFTER_DAYS for t in texts):
        return "past"
    if any(p in seg.text.lower() for p in sc.PAST_MARKERS):
        return "past"
    return "relative" if any(r in sent.text.lower() for r in sc.RELATIVE_TIMES) else "current"


# --------------------------------------------------------------------------------------------- targets

def _target(cue: Token, words: list[Token], mx: Mentions, default: int | None) -> int | None:
    """Who is sanctioned: 'sanctions on/against X', '... targeting X', else the article's usual target."""
    for w in words:
        for t in w.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "over") or t.dep_ == "dobj" \
                    and t.head.lemma_ in ("target", "hit"):
                aid = _country_of_token(t, mx)
                if aid is not None:
                    return aid
    return default


def _country_of_token(t: Token, mx: Mentions) -> int | None:
    for u in t.subtree:
        aid = mx.at(u.idx, u.idx + len(u))
        if aid is not None and mx.kind.get(aid) in ("country", "organization", "person"):
            return mx.country_actor.get(mx.country.get(aid), aid) if mx.kind.get(aid) != "country" else aid
        if u.lower_ in _PRONOUN_PERSON and any(x.lower_ == "own" for x in t.subtree):
            person = mx.last_before(u.idx, {"person"})
            return mx.country_actor.get(mx.country.get(person)) if person is not None else None
    return None


def default_target(art: Article, mx: Mentions, sents) -> int | None:
    """The country most often named as sanctioned ('sanctions on X', 'X sanctions' for a country X)."""
    seen: Counter = Counter()
    for _, span, direct in sents:
        words = [t for t in span if _is_sanction_word(t, True)]
        for w in words:
            for t in w.subtree:
                if (t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "over")) or \
                        (t.dep_ == "dobj" and t.head.lemma_ == "target"):
                    aid = _country_of_token(t, mx)
                    if aid is not None and mx.kind.get(aid) == "country":
                        seen[aid] += 1
    return seen.most_common(1)[0][0] if seen else None


# --------------------------------------------------------------------------------------------- main

def extract(art: Article) -> pd.DataFrame:
    """The positions frame: actor_id, topic, stance, period, target_id, cue, evidence, sentence_id (+ via)."""
    if art.doc is None or art.mentions.empty:
        return frame("positions")
    mx = Mentions(art)
    sents = list(sanction_sentences(art))
    target = default_target(art, mx, sents)
    rows: list[PositionRow] = []
    for sid, span, direct in sents:
        rows += _sentence_positions(sid, span, direct, mx, target, art.meta.get("published"), rows)
    rows = _settle_relative(rows, _dated_sentences(art))
    rows += list(_roll_up(rows, mx))
    return frame("positions", _dedupe(rows))


def _dated_sentences(art: Article) -> dict[int, str]:
    """Sentence id -> 'past' for sentences that name a date a month or more before publication."""
    ref = date.fromisoformat(art.meta["published"]) if art.meta.get("published") else date.today()
    loc = Locator(art.sentences)
    return {loc.sentence(e.start_char): "past" for e in art.doc.ents
            if e.label_ == "DATE" and date_age_days(e.text, ref) >= PAST_AFTER_DAYS}


def _settle_relative(rows: list[PositionRow], dated: dict[int, str]) -> list[PositionRow]:
    """'But the next day, ...': the period of the dated sentence just before (within two), else current."""
    out = []
    for r in rows:
        if r.period == "relative":
            prior = [sid for sid in dated if r.sentence_id - 2 <= sid < r.sentence_id]
            r = r._replace(period="past" if prior else "current")
        out.append(r)
    return out


def _sentence_positions(sid, span, direct, mx, target, published, earlier) -> list[PositionRow]:
    words = [t for t in span if _is_sanction_word(t, direct)]
    out: list[PositionRow] = []
    for cue in span:
        stance = _stance_of(cue)
        if cue in words and cue.pos_ != "VERB" or not stance and cue.lemma_.lower() not in sc.REVERSERS:
            continue
        is_sanction_verb = cue in words and cue.pos_ == "VERB" and any(   # 'the EU sanctioned Iran'
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in cue.children)
        if not is_sanction_verb and not _linked(cue, words) and cue.lemma_.lower() not in sc.REVERSERS:
            continue
        if cue.lemma_.lower() in sc.REVERSERS:
            stance = _reversed(cue, earlier, sid)
            if not stance:
                continue
        stance = _willed(cue, stance)
        if stance is None:
            continue
        agent = _agent_token(cue)
        aid, via = _resolve_agent(agent, mx, span)
        if (cue.pos_ in ("VERB", "AUX") and _generic_subject(cue)) or cue.pos_ == "ADJ":
            aid, via = _declarer(cue, mx, span) or (aid, via)
        if aid is None or mx.kind.get(aid) == "location":
            continue
        tgt = _sanctioned_object(cue, mx) if is_sanction_verb else None
        row = PositionRow(aid, "sanctions", stance, _period(cue, span, published),
                          tgt if tgt is not None else _target(cue, words, mx, target), cue.text, span.text, sid,
                          via or "subject")
        out.append(row)
        out += _conjuncts(agent, row, mx, span)
        out += _joiners(cue, row, mx, span)
        out += _criticised_imposers(cue, row, words, mx, span)
    out += _compound_imposers(span, sid, words, mx, target, published)
    out += _harm_claims(span, sid, mx, target, published)
    return out


def _conjuncts(agent: Token | None, row: PositionRow, mx: Mentions, span: Span) -> list[PositionRow]:
    """'The United States and the European Union imposed sanctions': each of them holds the position."""
    out = []
    for c in (agent.conjuncts if agent is not None else ()):
        aid, _ = _resolve_agent(c, mx, span)
        if aid is not None and aid != row.actor_id and mx.kind.get(aid) != "location":
            out.append(row._replace(actor_id=aid, via="conjunct"))
    return out


def _sanctioned_object(cue: Token, mx: Mentions) -> int | None:
    """Who a sanctioning verb hits: its object ('sanctioned Iran') or its passive subject ('Iran was sanctioned')."""
    for c in cue.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            aid = _country_of_token(c, mx)
            if aid is not None:
                return aid
    return None


def _joiners(cue: Token, row: PositionRow, mx: Mentions, span: Span) -> list[PositionRow]:
    """'X was joined in his opposition by Y': Y takes the same position."""
    v = _clause_verb(cue)
    if v.lemma_ != "join" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return []
    out = []
    for by in (t for t in span if t.lower_ == "by" and t.i > v.i):
        for g in by.children:
            aid, _ = _resolve_agent(g, mx, span)
            if aid is not None and aid != row.actor_id:
                out.append(row._replace(actor_id=aid, via="joined"))
        break
    return out


def _criticised_imposers(cue: Token, row: PositionRow, words: list[Token], mx: Mentions,
                         span: Span) -> list[PositionRow]:
    """'X criticized the U.S. and the EU for following up with sanctions': those criticised impose them."""
    if row.stance != "oppose" or cue.pos_ != "VERB":
        return []
    fors = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" and any(w in c.subtree for w in words)]
    if not fors:
        return []
    out = []
    for obj in (c for c in cue.children if c.dep_ == "dobj"):
        for t in [obj] + [c for c in obj.conjuncts]:
            aid = mx.at(t.idx, t.idx + len(t))
            if aid is not None and aid != row.actor_id and mx.kind.get(aid) != "location":
                out.append(row._replace(actor_id=aid, stance="support", via="criticised for them"))
    return out


def _reversed(cue: Token, earlier: list[PositionRow], sid: int) -> str | None:
    """'That argument was disputed by X': the opposite of the stance argued just before."""
    if not any(c.lemma_.lower() in sc.ARGUMENT_NOUNS for c in cue.subtree) and cue.dep_ != "ROOT":
        return None
    prev = [r for r in earlier if sid - 2 <= r.sentence_id < sid]
    if not prev:
        return None
    return "support" if prev[-1].stance == "oppose" else "oppose"


def _compound_imposers(span, sid, words, mx, target, published) -> Iterator[PositionRow]:
    """'U.S. sanctions', 'EU sanctions': the named state or body imposes (or threatens) them, unless it is the target."""
    for w in words:
        for c in w.children:
            if c.dep_ in ("compound", "nmod", "amod", "poss") and c.pos_ in ("PROPN", "ADJ", "NOUN"):
                aid = mx.at(c.idx, c.idx + len(c))
                if aid is None or aid == target or mx.kind.get(aid) not in ("country", "organization"):
                    continue
                yield PositionRow(aid, "sanctions", "support", _period(w, span, published), target,
                                  f"{c.text} {w.text}", span.text, sid, "imposer")


def _harm_claims(span, sid, mx, target, published) -> Iterator[PositionRow]:
    """Whoever says sanctions harm or fail ('such measures have serious humanitarian consequences') opposes them."""
    low = span.text.lower()
    claim = next((h for h in sc.HARM_CLAIMS if h in low), None)
    if not claim:
        return
    for t in span:
        if t.lemma_ in ("say", "warn", "argue", "claim", "insist", "tell"):
            aid, via = _resolve_agent(_agent_token(t), mx, span)
            if aid is not None and mx.kind.get(aid) != "location":
                yield PositionRow(aid, "sanctions", "oppose", "current", target, claim, span.text, sid, "claim")
                return


def _roll_up(rows: list[PositionRow], mx: Mentions) -> Iterator[PositionRow]:
    """A person or body speaking for a state gives the state the same position."""
    for r in list(rows):
        kind = mx.kind.get(r.actor_id)
        code = mx.country.get(r.actor_id)
        if kind == "country" or not code or code not in mx.country_actor:
            continue
        title = (mx.title.get(r.actor_id) or "").lower()
        speaks = kind == "organization" or any(w in sc.STATE_ROLES for w in re.findall(r"[a-z]+", title))
        if speaks:
            yield r._replace(actor_id=int(mx.country_actor[code]), via=f"speaks for ({r.via})")


def _dedupe(rows: list[PositionRow]) -> list[PositionRow]:
    seen, out = set(), []
    for r in rows:
        key = (r.actor_id, r.stance, r.period, r.sentence_id)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
