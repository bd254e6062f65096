"""Events: who met whom, agreed, stated, sanctioned, threatened, criticised or accused, when and where.

`extract(article)` returns the `events` frame (columns in CONTRACT.md, plus `trigger`, the word the event
was read from). Events are read from the dependency parse of each sentence outside quotations; participants
come from the mentions frame (people, organisations, countries), dates from `dates` against the publication
date. Nothing is reported that the text only proposes, expects or imagines as a meeting or a sanction.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Token

from dossier import dates as dt
from dossier import speech as sp
from dossier.article import Article
from dossier.schema import frame

# ------------------------------------------------------------------------------------------------ word lists

MEETING_NOUNS = {"meeting": "040", "summit": "040", "talk": "046", "talks": "046", "negotiation": "046",
                 "negotiations": "046", "sit-down": "040", "appearance": "040", "consultation": "040",
                 "consultations": "040", "encounter": "040"}
MEETING_VERBS = {"meet": "040", "host": "043", "welcome": "043", "receive": "043", "negotiate": "046"}
JOINT_VERBS = frozenset("speak appear stand sit talk attend address brief".split())   # '... alongside B'
SAME_DAY = frozenset({"earlier", "today", "tonight"})     # 'speaking earlier': earlier on the day of publication
ROUND_NOUNS = frozenset("round day series session set part stage".split())   # 'a round of talks'
AGREEMENT_NOUNS = frozenset("agreement treaty deal accord pact memorandum contract protocol declaration".split())
SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "embargoes"})
SANCTION_GROUPS = frozenset("set round package raft series wave batch layer tranche".split())
IMPOSE_VERBS = frozenset("""impose reimpose slap levy adopt pass approve introduce enact extend expand broaden tighten
renew apply unveil authorize authorise order announce join""".split())
LIFT_VERBS = frozenset("lift ease remove relax suspend waive drop scrap loosen end".split())
THREAT_WORDS = frozenset({"threaten", "threat"})
PROPOSAL_WORDS = frozenset("""propose proposal bill legislation draft vote plan call urge seek
push consider mull weigh demand""".split())
NOMINAL_IMPOSE = frozenset({"imposition", "introduction", "adoption", "passage", "extension"})
NOMINAL_LIFT = frozenset({"lifting", "easing", "removal", "suspension", "relief"})
NOT_YET = frozenset("""additional further more new fresh tougher tighter broader harsher stronger possible potential
proposed future secondary more""".split())    # sanctions still to come, not imposed
UNREAL_MODIFIERS = frozenset("next future possible proposed planned upcoming potential new another".split())
MODALS = frozenset("will would could might may should shall can must 'll ’ll wo".split())
INTENT_HEADS = frozenset("""plan want seek hope expect aim intend prepare consider propose threaten vote push urge ask
try need agree offer ready due able willing set likely going decide call eager refuse decline fail avoid
hesitate reluctant""".split())
IMPLICATIVE_HEADS = frozenset("manage go continue begin start get proceed".split())  # 'went on to meet' happened
CRITICISE_VERBS = frozenset("""criticize criticise slam denounce condemn blast decry rebuke lambast castigate chide
deplore censure""".split())
ACCUSE_VERBS = frozenset({"accuse", "blame"})
SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal"})
COOPERATION = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partnership|ties|relations)\b", re.IGNORECASE)
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration"})
STATE_NOUNS = frozenset({"country", "nation", "government", "state", "regime"})   # 'his own country'
PARTICIPANT_KINDS = frozenset({"person", "organization", "country"})
PLACED_KINDS = frozenset({"meeting", "intent_to_meet", "agreement", "cooperation", "statement"})

CAMEO = {"agreement": "057", "cooperation": "030", "statement": "010", "sanction": "163", "threat": "1312",
         "ease": "085", "criticism": "111", "accusation": "112", "intent_to_meet": "036"}


class EventRow(NamedTuple):
    event_id: int
    kind: str
    cameo: str | None
    source_id: int | None
    target_id: int | None
    participants: list
    date: str | None
    date_text: str | None
    location: str | None
    sentence_id: int
    trigger: str


class Found(NamedTuple):
    """What a rule reads off one trigger word, before dates and places are attached."""
    kind: str
    cameo: str | None
    source: int | None
    target: int | None
    participants: tuple
    anchor: Token                 # the word the event's time and modality hang on (a verb where there is one)
    trigger: Token
    attached_dates_only: bool = False
    needs_date: bool = False      # report only with a date (sanctions in force on a target not named here)


# ------------------------------------------------------------------------------------------------ public API

def extract(art: Article) -> pd.DataFrame:
    """The `events` frame: event_id, kind, cameo, source_id, target_id, participants (actor_ids), date,
    date_text, location, sentence_id, trigger."""
    ctx = _Context(art)
    rows: list[EventRow] = []
    for sid, start, end in ctx.sentence_rows():
        ctx.enter(start)
        tokens = ctx.tokens(start, end)
        for found in _read(ctx, tokens):
            if found.participants:
                rows.extend(_rows(ctx, found, sid, start, end))
    rows = _dedupe(rows)
    df = frame("events", (r._replace(event_id=i) for i, r in enumerate(rows)))
    if "trigger" not in df.columns:                    # the extra column, also when there are no events
        df["trigger"] = pd.Series(dtype="object")
    return df


# ------------------------------------------------------------------------------------------------ context

class _Context:
    """The article, its speech index, and the sanctions target the text last named explicitly."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.speech = sp.resolver(art)
        self.published = art.meta.get("published")
        self.text = art.text
        self.targets: list[tuple[int, int]] = []          # (char offset, actor_id) of explicit sanction targets
        self.bounds = (0, len(art.text))                  # the paragraph being read: no word outside it counts
        self.places = [e for e in art.doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        p = art.paragraphs
        self.paragraph_ranges = [(int(a), int(b)) for a, b in zip(p["start_char"], p["end_char"])]

    def sentence_rows(self) -> Iterator[tuple[int, int, int]]:
        s = self.art.sentences
        for sid, a, b in zip(s["sentence_id"], s["start_char"], s["end_char"]):
            yield int(sid), int(a), int(b)

    def tokens(self, start: int, end: int) -> list[Token]:
        a = self.speech.token_at(start)
        b = bisect.bisect_left(self.speech.tok_starts, end)
        return list(self.speech.doc[a:max(a, b)])

    def quoted(self, tok: Token) -> bool:
        return self.speech.in_quote[tok.i]

    def here(self, tok: Token) -> bool:
        """True when the word is in the paragraph being read (a parse may run across paragraphs)."""
        return self.bounds[0] <= tok.idx < self.bounds[1]

    def enter(self, start: int) -> None:
        self.bounds = next(((a, b) for a, b in self.paragraph_ranges if a <= start <= b), (0, len(self.text)))

    def discourse_target(self, char: int) -> int | None:
        before = [aid for pos, aid in self.targets if pos < char]
        return before[-1] if before else None


def _read(ctx: _Context, tokens: list[Token]) -> Iterator[Found]:
    """Every event a sentence's words trigger."""
    for tok in tokens:
        lemma, low = tok.lemma_.lower(), tok.lower_
        if low in SANCTION_NOUNS or lemma == "sanction" and tok.pos_ == "NOUN":
            found = _sanction(ctx, tok)            # read in quotations too, for the targets they name
            if found is not None and not ctx.quoted(tok):
                yield found
            continue
        if ctx.quoted(tok):
            continue
        if tok.pos_ == "NOUN" and (low in MEETING_NOUNS or lemma in MEETING_NOUNS):
            yield from _meeting_noun(ctx, tok)
        elif tok.pos_ == "VERB" and lemma in MEETING_VERBS:
            yield from _meeting_verb(ctx, tok)
        elif tok.pos_ == "VERB" and lemma == "shake" and any(c.lemma_ == "hand" for c in tok.children):
            yield from _meeting_verb(ctx, tok)
        elif tok.pos_ == "VERB" and lemma in JOINT_VERBS and any(c.lower_ == "alongside" for c in tok.children):
            yield from _meeting_verb(ctx, tok, preps=("alongside",))
        elif tok.pos_ == "VERB" and lemma in CRITICISE_VERBS | ACCUSE_VERBS:
            yield from _criticism(ctx, tok)
        elif tok.pos_ == "VERB" and lemma in SIGN_VERBS | {"agree"}:
            yield from _agreement(ctx, tok)
        elif tok.pos_ == "VERB" and lemma == "threaten":
            yield from _threat(ctx, tok)
        elif tok.pos_ == "NOUN" and lemma in STATEMENT_NOUNS:
            yield from _statement(ctx, tok)


# ------------------------------------------------------------------------------------------------ actors

def np_actors(ctx: _Context, tok: Token | None, *, depth: int = 0) -> list[int]:
    """Actors a noun phrase names, with its conjuncts (also those hung on an appositive: 'A, the envoy, and
    B'): the mention on its head, a pronoun's antecedent, an appositive, a state or organisation modifying a
    group noun ('Russian officials', 'delegations from the U.S. and Russia'), 'his own country'."""
    if tok is None or depth > 3:
        return []
    out: list[int] = []
    for t in _conjuncts(tok):
        if not ctx.here(t):
            continue
        for aid in _head_actors(ctx, t, depth):
            if aid not in out:
                out.append(aid)
    return out


def _conjuncts(tok: Token) -> list[Token]:
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                todo.append(c)
            elif c.dep_ == "appos":
                todo.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN"))
    return out


def _head_actors(ctx: _Context, t: Token, depth: int) -> list[int]:
    speech = ctx.speech
    aid = speech.actor_of(t, PARTICIPANT_KINDS)
    if aid is not None:
        return [aid] + [a for a in _listed_before(ctx, t) if a != aid]
    if t.lower_ in sp.PERSON_PRONOUNS or t.lower_ in ("it", "its") or t.tag_ in ("WP", "WDT"):
        found = speech.resolve(t).actor_id
        return [found] if found is not None else []
    if t.pos_ == "PROPN":                               # 'and US President Joe Biden' parsed on 'President'
        found = _name_after_title(ctx, t)
        if found is not None:
            return [found]
    for c in t.children:
        if c.dep_ == "appos" and c.doc[c.i - 1].text != "(":       # not 'KYIV (Reuters)'
            found = speech.actor_of(c, PARTICIPANT_KINDS)
            if found is not None:
                return [found]
    if t.lemma_.lower() in STATE_NOUNS:
        owner = [c for c in t.children if c.dep_ == "poss"]
        if owner:
            country = speech.country_of(speech.resolve(owner[0]).actor_id)
            return [country] if country is not None else []
    out = []
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i and t.pos_ == "NOUN":
            out += [a for a in _modifier_actors(ctx, c, shallow=True) if a not in out]
        elif c.dep_ == "prep" and c.lower_ in ("from", "of") and t.lemma_.lower() in sp.AGENT_NOUNS:
            out.extend(a for g in c.children if g.dep_ == "pobj" for a in np_actors(ctx, g, depth=depth + 1))
    return out


def _name_after_title(ctx: _Context, title: Token) -> int | None:
    """The person named right after a title word the parse took for the head ('President' in 'President
    Joe Biden'), within a run of capitalised words."""
    for j in range(title.i + 1, min(title.i + 4, len(title.doc))):
        t = title.doc[j]
        if t.pos_ != "PROPN" or not ctx.here(t):
            return None
        aid = ctx.speech.actor_of(t, frozenset({"person"}))
        if aid is not None:
            return aid
    return None


def _listed_before(ctx: _Context, head: Token) -> list[int]:
    """Actors a bad parse hung on a name as modifiers though they are list members before it
    ('the U.S., Ukraine', 'Steve Witkoff and Trump's son-in-law Jared Kushner'): a left modifier followed
    by a comma or 'and', with its own conjuncts, possessives left out."""
    out = []
    for c in head.children:
        if c.dep_ not in ("nmod", "compound") or c.i > head.i:
            continue
        nxt = c.doc[c.i + 1]
        if nxt.lower_ not in (",", "and"):
            continue
        for m in [c] + [g for g in c.children if g.dep_ == "conj"]:
            if any(g.dep_ == "case" for g in m.children):
                continue
            aid = ctx.speech.actor_of(m, PARTICIPANT_KINDS)
            if aid is not None and aid not in out:
                out.append(aid)
    return out


def _objects(ctx: _Context, verb: Token, *, preps: tuple = ("with",)) -> list[int]:
    """Actors named as the verb's direct object or the object of one of `preps` hung on it."""
    out = []
    for c in verb.children:
        if not ctx.here(c):
            continue
        if c.dep_ in ("dobj", "dative") and not ctx.quoted(c):
            out += np_actors(ctx, c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            out += [a for g in c.children if g.dep_ == "pobj" for a in np_actors(ctx, g)]
    return out


def _subjects(ctx: _Context, verb: Token) -> list[int]:
    """Actors doing `verb`: every subject it has (a parse may give it two), else `speech.subject`'s
    (agent, relative head, the subject of the verb it depends on), else for a participle the actor just
    before it ('a photo of X shaking hands with Y')."""
    direct = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and ctx.here(c) and not ctx.quoted(c)]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and all(c.dep_ == "nsubjpass" for c in direct):
        direct = agents
    found = [a for c in direct for a in np_actors(ctx, c) + _coordinated_before(ctx, c)]
    if found:
        return list(_unique(found))
    subj = ctx.speech.subject(verb) if not direct else None
    if subj is not None and ctx.here(subj):
        found = np_actors(ctx, subj)
    if not found and verb.dep_ == "acl":
        aid = ctx.speech.acl_subject(verb).actor_id
        found = [aid] if aid is not None else []
    return found


def _coordinated_before(ctx: _Context, tok: Token) -> list[int]:
    """Actors coordinated with a subject that the parse hung elsewhere ('Lavrov and Blinken met' run on from
    a headline): mentions just before the subject's phrase, joined to it by 'and' or commas."""
    doc, out = tok.doc, []
    j = min(t.i for t in tok.subtree) - 1
    while j > 0 and doc[j].lower_ in ("and", ",") and ctx.here(doc[j - 1]):
        mention = ctx.speech.mention_of(doc[j - 1])
        aid = ctx.speech.actor_of(doc[j - 1], PARTICIPANT_KINDS)
        if mention is None or aid is None:
            break
        out.append(aid)
        j = ctx.speech.token_at(mention[0]) - 1
        while j > 0 and doc[j].pos_ in ("PROPN", "ADJ") and ctx.speech.mention_of(doc[j]) is None \
                and ctx.here(doc[j]):
            j -= 1                                      # past its title: 'Russian Foreign Minister'
    return out


def _unique(ids) -> tuple:
    out: list[int] = []
    for i in ids:
        if i is not None and i not in out:
            out.append(int(i))
    return tuple(out)


# ------------------------------------------------------------------------------------------------ modality

def _unreal(anchor: Token) -> bool:
    """True when the anchor verb (or noun) is only expected, intended, refused, conditional or negated: a
    modal, 'not', an 'if' clause, or an infinitive ('to meet') not under a verb that makes it happen
    ('went on to meet')."""
    v = anchor
    for _ in range(4):
        kids = list(v.children)
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
            return True
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) and v.pos_ in ("VERB", "AUX"):
            head = v.head.lemma_.lower()
            if v.head.pos_ == "NOUN":                          # 'its decision to support' happened
                return head in INTENT_HEADS | PROPOSAL_WORDS
            return head not in IMPLICATIVE_HEADS
        if v.dep_ in ("xcomp", "conj", "pcomp", "acl") and v.head.i != v.i:
            v = v.head
            continue
        return False
    return False


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _present_perfect(anchor: Token) -> bool:
    return anchor.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "’ve")
                                        for c in anchor.children)


def _governor(noun: Token) -> tuple[Token, str]:
    """The word a noun hangs on and how: 'a round of talks' is taken as 'a round'; 'during the meeting'
    gives the verb the preposition hangs on, with relation 'prep'."""
    g = noun
    if g.dep_ == "pobj" and g.head.lower_ == "of" and g.head.head.lemma_.lower() in ROUND_NOUNS | SANCTION_GROUPS:
        g = g.head.head
    if g.dep_ == "pobj" and g.head.dep_ in ("prep", "agent") and g.head.head.i != g.head.i:
        prep = g.head
        if prep.lower_ == "in" and prep.head.lemma_ == "part":                  # 'took part in talks'
            return prep.head.head, "dobj"
        return prep.head, "prep"
    return g.head, g.dep_


# ------------------------------------------------------------------------------------------------ meetings

def _meeting_noun(ctx: _Context, noun: Token) -> Iterator[Found]:
    """'talks between A and B', 'A's talks with B', 'A held talks with B', 'A welcomes B during a meeting'."""
    if any(c.lower_ in UNREAL_MODIFIERS for c in noun.children if c.dep_ in ("amod", "det")):
        return
    people = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "with", "among"):
            named = [a for g in c.children if g.dep_ == "pobj" for a in np_actors(ctx, g)]
            if c.lower_ == "between" and len(named) == 1:
                named += _and_next(ctx, c)
            people += named
        elif c.dep_ == "poss" and c.lower_ not in ("their", "its"):
            people += np_actors(ctx, c)
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            people += _modifier_actors(ctx, c)
    gov, rel = _governor(noun)
    anchor = noun
    if gov.pos_ in ("VERB", "AUX") and rel in ("dobj", "prep", "attr", "nsubjpass"):
        anchor = gov
        people = _subjects(ctx, gov) + people + _objects(ctx, gov, preps=("with", "alongside"))
    people = _unique(people)
    if len(people) < 2:
        return
    unreal = _unreal(anchor) if anchor.i != noun.i else rel == "nsubj" and _modal(gov)
    kind = "intent_to_meet" if unreal else "meeting"
    yield Found(kind, CAMEO["intent_to_meet"] if unreal else MEETING_NOUNS.get(noun.lower_, "040"), None, None,
                people, anchor, noun)


def _and_next(ctx: _Context, between: Token) -> list[int]:
    """For 'between A, the envoy to X, and B' parsed without B under 'between': the actor named right
    after the first 'and' that follows A in the sentence."""
    doc = between.doc
    first = next((g for g in between.children if g.dep_ == "pobj"), None)
    if first is None:
        return []
    end = first.sent.end
    for i in range(max(t.i for t in first.subtree) + 1, end):
        if doc[i].lower_ == "and":
            j = i + 1
            while j < end and doc[j].pos_ in ("DET", "PUNCT"):
                j += 1
            aid = ctx.speech.actor_of(doc[j], PARTICIPANT_KINDS) if j < end and ctx.here(doc[j]) else None
            return [aid] if aid is not None else []
    return []


def _modifier_actors(ctx: _Context, mod: Token, *, shallow: bool = False) -> list[int]:
    """States and organisations in a modifier ('U.S.-brokered talks', 'Russia-Ukraine talks', 'Russian
    officials'); `shallow` keeps to the modifier and its conjuncts ('Ukrainian and Russian officials')."""
    words = [mod] + [g for g in mod.children if g.dep_ == "conj"] if shallow else list(mod.subtree)
    out = []
    for t in words:
        aid = ctx.speech.actor_of(t, frozenset({"country", "organization"}))
        if aid is None and "-" in t.text:
            aid = next((a for a in (ctx.speech.actor_named(p, frozenset({"country", "organization"}))
                                    for p in t.text.split("-")) if a is not None), None)
        if aid is not None and aid not in out:
            out.append(aid)
    return out


def _meeting_verb(ctx: _Context, verb: Token, *, preps: tuple = ("with",)) -> Iterator[Found]:
    """'A met (with) B', 'A and B met', 'A hosted B', 'A shook hands with B', 'A, speaking alongside B'."""
    objects = _objects(ctx, verb, preps=preps) if preps == ("with",) else [
        a for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children if g.dep_ == "pobj" for a in np_actors(ctx, g)]
    has_object = any(c.dep_ == "dobj" and c.lemma_ != "hand" for c in verb.children) and preps == ("with",)
    if has_object and not objects:                       # 'meet obligations', 'welcomed the decision'
        return
    people = _unique(_subjects(ctx, verb) + objects)
    if len(people) < 2:
        return
    unreal = _unreal(verb)
    cameo = MEETING_VERBS.get(verb.lemma_.lower(), "040")
    yield Found("intent_to_meet" if unreal else "meeting", CAMEO["intent_to_meet"] if unreal else cameo,
                None, None, people, verb, verb)


# ------------------------------------------------------------------------------------------------ sanctions

def _sanction(ctx: _Context, word: Token) -> Found | None:
    """Sanctions imposed, eased, threatened or proposed; existing sanctions on a named target."""
    if word.dep_ in ("compound", "amod") and word.head.lemma_.lower() not in PROPOSAL_WORDS:
        return None
    kind, anchor = _sanction_kind(word)
    target = _sanction_target(ctx, word, anchor)
    if target is not None:
        ctx.targets.append((word.idx, target))
    if kind is None:
        return None
    if kind == "sanction" and _unreal(anchor):
        kind, anchor = _unreal_kind(anchor)
        if kind is None:
            return None
    source = _sanction_source(ctx, word, anchor)
    explicit = target is not None
    target = target if explicit else ctx.discourse_target(word.idx)
    existing = kind == "existing"
    if existing:
        if any(c.lower_ in NOT_YET for c in word.children) or target is None or _unreal(anchor):
            return None
        kind = "sanction"
    participants = _unique([target]) if kind in ("sanction", "ease") else _unique([source, target])
    return Found(kind, CAMEO.get(kind), source, target, participants, anchor, word,
                 attached_dates_only=not explicit or anchor.pos_ == "NOUN", needs_date=existing and not explicit)


def _sanction_kind(word: Token) -> tuple[str | None, Token]:
    """(kind, anchor) from what the sanctions word hangs on: imposing, easing, threatening or proposing
    verbs and nouns; a participle of imposing ('sanctions passed in 2006'); else 'existing' sanctions."""
    if word.dep_ == "compound":
        return "proposal", word.head
    group = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" \
        and word.head.head.lemma_.lower() in SANCTION_GROUPS else word
    for c in list(word.children) + (list(group.children) if group.i != word.i else []):
        if c.dep_ == "acl" and c.lemma_.lower() in IMPOSE_VERBS and c.tag_ in ("VBN", "VBD"):
            return "sanction", c
    gov, rel = _governor(word)
    lemma = gov.lemma_.lower()
    if rel in ("dobj", "nsubjpass", "conj") and gov.pos_ == "VERB":
        for words, kind in ((IMPOSE_VERBS, "sanction"), (LIFT_VERBS, "ease"), (THREAT_WORDS, "threat"),
                            (PROPOSAL_WORDS, "proposal")):
            if lemma in words:
                return kind, gov
    if rel == "prep" and gov.pos_ == "NOUN" or word.dep_ == "pobj" and word.head.lower_ == "of":
        head = gov if rel == "prep" else word.head.head
        hl = head.lemma_.lower()
        if hl in THREAT_WORDS:
            return "threat", head
        if hl in NOMINAL_IMPOSE:
            return "sanction", head.head if head.head.pos_ in ("VERB", "AUX") else head
        if hl in NOMINAL_LIFT:
            return "ease", head
        if hl in PROPOSAL_WORDS:
            return "proposal", head
    anchor = gov if gov.pos_ in ("VERB", "AUX") else word
    return "existing", anchor


def _unreal_kind(anchor: Token) -> tuple[str | None, Token]:
    """For sanctions only intended: ('threat', the threatening word) under a verb or noun of threatening,
    ('proposal', ...) under proposing, voting or legislation, else (None, anchor)."""
    v = anchor
    for _ in range(5):
        lemma = v.lemma_.lower()
        if lemma in THREAT_WORDS:
            return "threat", v
        if lemma in PROPOSAL_WORDS:
            return "proposal", v
        if v.head.i == v.i:
            break
        v = v.head
    return None, anchor


def _sanction_target(ctx: _Context, word: Token, anchor: Token) -> int | None:
    """Who the sanctions are on: the object of 'on'/'against' on the sanctions word or its verb, or of
    'targeting'; a person or organisation there stands for their country."""
    for host in (word, anchor):
        for c in host.children:
            objs = []
            if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "penalize", "penalise", "punish"):
                objs = [g for g in c.children if g.dep_ == "dobj"]
            for o in objs:
                aid = next(iter(np_actors(ctx, o)), None)
                aid = _first_actor(ctx, o) if aid is None else aid
                country = ctx.speech.country_of(aid)
                if country is not None:
                    return country
    return None


def _first_actor(ctx: _Context, tok: Token) -> int | None:
    for t in tok.subtree:
        aid = ctx.speech.actor_of(t)
        if aid is not None:
            return aid
    return None


def _sanction_source(ctx: _Context, word: Token, anchor: Token) -> int | None:
    """Who imposes: the subject of the anchor verb, a passive agent, or an organisation or state modifying
    the sanctions ('U.N. sanctions', 'Security Council sanctions')."""
    if anchor.pos_ in ("VERB", "AUX") and anchor.i != word.i:
        found = _subjects(ctx, anchor)
        if found:
            return found[0]
    for host in (anchor, word):
        for c in host.children:
            if c.dep_ == "acl":                        # 'proposals forwarded by the United States'
                by = [a for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                      for a in np_actors(ctx, p)]
                if by:
                    return by[0]
    for c in word.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < word.i:
            found = _modifier_actors(ctx, c)
            if found:
                return found[0]
    return None


# ------------------------------------------------------------------------------------------------ other kinds

def _criticism(ctx: _Context, verb: Token) -> Iterator[Found]:
    """'A criticised B', 'A slammed the plan', 'A accused B of ...', 'B was denounced by A'."""
    if _unreal(verb):
        return
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if (passive or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return                                          # 'companies accused of ...': by whom is not said
    source = _subjects(ctx, verb)
    if not source:
        return
    target = np_actors(ctx, passive[0]) if passive else _objects(ctx, verb, preps=())
    kind = "accusation" if verb.lemma_.lower() in ACCUSE_VERBS else "criticism"
    target = [t for t in target if t != source[0]]
    yield Found(kind, CAMEO[kind], source[0], target[0] if target else None, _unique(source + target), verb, verb)


def _agreement(ctx: _Context, verb: Token) -> Iterator[Found]:
    """'A signed an agreement with B' (057); 'A agreed to increase cooperation with B', 'A and B agreed on
    a swap' (030). Agreeing with an opinion ('Trump agreed') is no event."""
    if _unreal(verb):
        return
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in SIGN_VERBS and not any(o.lemma_.lower() in AGREEMENT_NOUNS for o in objects):
        return
    what = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("to", "on")]
    if lemma == "agree" and not what:
        return
    subjects = _unique(_subjects(ctx, verb))
    partners = list(_objects(ctx, verb, preps=("with",)))
    for o in objects:                                  # 'signed an agreement with B'
        partners += [a for p in o.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                     for g in p.children if g.dep_ == "pobj" for a in np_actors(ctx, g)]
    for c in what:                                     # 'agreed to increase cooperation with B'
        for t in [c] + [g for g in c.children if g.dep_ in ("dobj", "pobj")]:
            partners += [a for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                         for g in p.children if g.dep_ == "pobj" for a in np_actors(ctx, g)]
    partners = [a for a in _unique(partners) if a not in subjects]
    parties = _unique(subjects + tuple(partners))
    if not parties:
        return
    scope = "".join(t.text_with_ws for c in what for t in c.subtree)
    kind = "agreement" if lemma in SIGN_VERBS or not COOPERATION.search(scope) else "cooperation"
    source = subjects[0] if len(subjects) == 1 else None        # one party agreeing with another: a direction
    target = partners[0] if source is not None and len(partners) == 1 else None
    yield Found(kind, CAMEO["agreement"] if lemma in SIGN_VERBS else CAMEO["cooperation"],
                source, target, parties, verb, verb)


def _threat(ctx: _Context, verb: Token) -> Iterator[Found]:
    """'A threatened B (with sanctions)': CAMEO 1312 when sanctions are named, else the threat alone (130)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return
    source = _subjects(ctx, verb)
    if not source:
        return
    sanctions = any(t.lower_ in SANCTION_NOUNS or t.lemma_ == "sanction" for t in verb.subtree)
    if sanctions:
        return                                   # read from the sanctions word itself
    target = _objects(ctx, verb, preps=())
    yield Found("threat", "130", source[0], target[0] if target else None, _unique(source + target), verb, verb)


def _statement(ctx: _Context, noun: Token) -> Iterator[Found]:
    """'A said in a statement', 'A issued a statement'."""
    gov, rel = _governor(noun)
    if gov.pos_ not in ("VERB", "AUX") or rel not in ("dobj", "prep") or _unreal(gov):
        return
    source = _subjects(ctx, gov)
    if source:
        yield Found("statement", CAMEO["statement"], source[0], None, _unique(source), gov, noun,
                    attached_dates_only=True)


# ------------------------------------------------------------------------------------------------ rows

def _rows(ctx: _Context, found: Found, sid: int, start: int, end: int) -> Iterator[EventRow]:
    """One row per date the event is placed on (a list of dates gives one event each), with its place."""
    when = _dates_for(ctx, found, start, end)
    future = found.kind == "intent_to_meet"
    place = _location(ctx, found, start, end)
    source = int(found.source) if found.source is not None else None
    target = int(found.target) if found.target is not None else None
    if not when and found.needs_date:
        return
    if not when:
        when = [_undated(ctx, found.anchor)]
    else:
        when = [(dt.resolve(text, ctx.published, future=future), text) for text in when]
    for date, text in when:
        yield EventRow(0, found.kind, found.cameo, source, target, list(found.participants), date, text,
                       place, sid, found.trigger.text)


def _undated(ctx: _Context, anchor: Token) -> tuple[str | None, str | None]:
    """(date, date_text) for an event its sentence gives no date: 'earlier' on the anchor is the day of
    publication; a present perfect ('has imposed') its year; else unknown."""
    if not ctx.published:
        return None, None
    same_day = [c for c in anchor.children if c.dep_ == "advmod" and c.lower_ in SAME_DAY]
    if same_day:
        return ctx.published, same_day[0].text
    return (ctx.published[:4], None) if _present_perfect(anchor) else (None, None)


def _dates_for(ctx: _Context, found: Found, start: int, end: int) -> list[str]:
    """Date texts for an event: those hung on its trigger or anchor in the parse (all of them when they
    form a list: 'on Jan. 23, Feb. 4 and Feb. 17'); else the nearest inside the anchor's clause but outside
    its subject; for talks that are the subject ('talks ... ended Wednesday'), those on the predicate."""
    spans = [(start + d.start, start + d.end, d.text) for d in dt.find_dates(ctx.text[start:end])]
    spans = [s for s in spans if not ctx.speech.inside_quote(s[0])]
    if not spans:
        return []
    attached = [s for s in spans if _hangs_on(ctx, s, (found.trigger, found.anchor))]
    spans = [s for s in spans if s in attached or not _possessive(ctx, s)]     # 'last month's annexation'
    if attached:
        return [s[2] for s in _listed(ctx.text, attached[0], spans)]
    gov, rel = _governor(found.trigger)
    if found.anchor.i == found.trigger.i and rel == "nsubj" and gov.pos_ in ("VERB", "AUX"):
        on_predicate = [s for s in spans if _hangs_on(ctx, s, (gov, gov))]
        return [on_predicate[0][2]] if on_predicate else []
    if found.attached_dates_only:
        return []
    clause = _clause_tokens(found.anchor)
    inside = [s for s in spans if ctx.speech.token_at(s[0]) in clause]
    pos = found.trigger.idx
    return [min(inside, key=lambda s: abs(s[0] - pos))[2]] if inside else []


def _possessive(ctx: _Context, span: tuple[int, int, str]) -> bool:
    """True for a date that is a possessor ('last month's vote'): it dates that noun, not the event."""
    last = ctx.speech.doc[ctx.speech.token_at(max(span[0], span[1] - 1))]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return nxt is not None and nxt.tag_ == "POS" or ctx.text[span[1]:span[1] + 2] in ("'s", "’s")


def _clause_tokens(anchor: Token) -> set[int]:
    """Indices of the anchor's subtree without its subjects' subtrees."""
    skip = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
    return {t.i for t in anchor.subtree if t.i not in skip}


def _hangs_on(ctx: _Context, span: tuple[int, int, str], words: tuple[Token, Token], *, steps: int = 4) -> bool:
    tok = ctx.speech.doc[ctx.speech.token_at(span[0])]
    last = ctx.speech.doc[ctx.speech.token_at(max(span[0], span[1] - 1))]
    root = tok if not (tok.i <= tok.head.i <= last.i) or tok.head.i == tok.i else tok.head
    ids = {w.i for w in words}
    t = root
    for _ in range(steps):
        if t.i in ids:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.i != root.i:
            return False
        t = t.head
    return False


def _listed(text: str, first: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`first` and the dates that follow it in a coordinated list ('Jan. 23–24, Feb. 4–5 and Feb. 17–18')."""
    run = [first]
    for s in spans:
        if s[0] <= run[-1][0]:
            continue
        if not re.fullmatch(r"[\s,;]*(?:and|or)?\s*(?:on\s+)?", text[run[-1][1]:s[0]]):
            break
        run.append(s)
    return run


def _location(ctx: _Context, found: Found, start: int, end: int) -> str | None:
    """Where a meeting, agreement or statement took place: a named place after 'in' or 'at' hung on its
    trigger or anchor in the parse (a city before a building), else a place named as the host ('Wuhan,
    which hosted ...'); None for other kinds."""
    if found.kind not in PLACED_KINDS:
        return None
    best = None
    for ent in ctx.places:
        if ent.start_char < start or ent.end_char > end:
            continue
        if ctx.speech.inside_quote(ent.start_char) or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in ("in", "at"):
            continue
        aid = ctx.speech.actor_of(ent.root, frozenset(PARTICIPANT_KINDS | {"location"}))
        if aid is not None and aid in found.participants:
            continue
        if not _hangs_on(ctx, (ent.start_char, ent.end_char, ent.text), (found.trigger, found.anchor), steps=8):
            continue
        rank = 0 if ent.label_ == "GPE" else 1
        if best is None or rank < best[0]:
            best = (rank, re.sub(r"^[Tt]he\s+", "", ent.text))
    return best[1] if best else None


def _dedupe(rows: list[EventRow]) -> list[EventRow]:
    """Drop an event that repeats another of the same kind whose participants include its own: on the same
    date (the same meeting read from 'welcomes' and from 'during a meeting'), or undated (a headline or a
    later mention of a dated event). Of two that repeat each other the one that tells more stays."""
    kept: list[EventRow] = []
    for n, r in enumerate(rows):
        if any(_covers(o, r) and (not _covers(r, o) or _richer(o, r, m < n)) for m, o in enumerate(rows) if m != n):
            continue
        kept.append(r)
    return kept


def _richer(a: EventRow, b: EventRow, a_first: bool) -> bool:
    """`a` tells more than `b` (date, place, source, target), or as much and comes first."""
    score = lambda e: sum(x is not None for x in (e.date, e.location, e.source_id, e.target_id))
    return score(a) > score(b) or score(a) == score(b) and a_first


def _covers(big: EventRow, small: EventRow) -> bool:
    """`big` tells all that `small` does: same kind, its participants and target, its date or a finer one."""
    return big.kind == small.kind and set(small.participants) <= set(big.participants) \
        and small.target_id in (None, big.target_id) and small.source_id in (None, big.source_id) \
        and (small.date is None or big.date is not None and big.date.startswith(small.date))
