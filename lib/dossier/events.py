"""Events: who met whom, agreed, stated, sanctioned, threatened, criticised or accused, when and where.

`extract(article, reading, sanctions)` returns the `events` frame (columns in docs/frames.md, plus `trigger`,
the word the event was read from, `plover`, its PLOVER type, and `mode`, PLOVER's mode where the text makes
it clear). Events are read from the clauses (`clauses.py`): participants come from the one resolver of who
is meant, dates from the clause (its own, its governing clause's or the dated narrative it continues),
sanctions from `sanctions.py`. Nothing is reported that the text only proposes, expects or imagines as a
meeting or a sanction, nor anything negated; the sanctioned party is never the source of its own sanctions.

- sanctions: a verb of imposing, lifting, threatening or proposing whose theme is a sanctions phrase (or a
  stand-in: 'adopted the package', 'designated six firms', 'froze the assets of'), with the phrase's target;
- meetings (PLOVER CONSULT): 'A met (with) B', 'A hosted / received / visited B', 'A held talks with B',
  'A spoke by phone with B', 'talks between A and B', "A's visit to B", 'a meeting of A and B'; the mode is
  'visit', 'host' or 'phone' where the words say so;
- agreements, cooperation, statements, criticism, accusations and threats.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Token

from dossier import dates as dt
from dossier import lexicon as lx
from dossier.article import Article
from dossier.clauses import Clause, Reading
from dossier.sanctions import Phrase, Sanctions, jurisdiction_words
from dossier.schema import frame

PARTICIPANT_KINDS = frozenset({"person", "organization", "country"})
PLACED_KINDS = frozenset({"meeting", "intent_to_meet", "agreement", "cooperation", "statement"})
LEDE_PARAGRAPHS = 2              # an undated event told in the headline or the first paragraphs is the day's news
COOPERATION = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partnership|ties|relations)\b", re.IGNORECASE)
SANCTION_KINDS = {**{v: "sanction" for v in lx.IMPOSE_VERBS}, **{v: "ease" for v in lx.LIFT_VERBS},
                  **{v: "threat" for v in lx.THREAT_VERBS}, **{v: "proposal" for v in lx.CALL_VERBS}}
NOMINAL_KINDS = {**{n: "sanction" for n in lx.words("imposition introduction adoption passage extension")},
                 **{n: "ease" for n in lx.words("lifting easing removal suspension relief")}}


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
    plover: str | None
    mode: str | None


class Found(NamedTuple):
    """What a rule reads off one clause, before dates and places are attached."""
    kind: str
    cameo: str | None
    source: int | None
    target: int | None
    participants: tuple
    clause: Clause
    trigger: Token
    mode: str | None = None
    decided: bool = False    # an infinitive under a decision told as done: its dates look back, not ahead


class _Context(NamedTuple):
    art: Article
    reading: Reading
    sanctions: Sanctions
    paragraph_kind: dict
    lede: frozenset          # paragraph ids of the first body paragraphs


# ------------------------------------------------------------------------------------------------ public API

def extract(art: Article, reading: Reading, sanctions: Sanctions) -> pd.DataFrame:
    """The `events` frame: event_id, kind, cameo, source_id, target_id, participants (actor_ids), date,
    date_text, location, sentence_id, trigger, plover, mode."""
    p = art.paragraphs
    kinds = dict(zip(p["paragraph_id"], p["kind"]))
    body = [pid for pid, k in kinds.items() if k == "body"][:LEDE_PARAGRAPHS]
    ctx = _Context(art, reading, sanctions, kinds, frozenset(body))
    rows: list[EventRow] = []
    for c in reading.clauses:
        if c.quoted or reading.doc[c.head].dep_ in ("csubj", "csubjpass"):    # 'imposing sanctions would be ...'
            continue
        for found in _read(ctx, c):
            if found.participants:
                rows.extend(_rows(ctx, found))
    rows = _dedupe(rows)
    return frame("events", (r._replace(event_id=i) for i, r in enumerate(rows)))


def _read(ctx: _Context, c: Clause) -> Iterator[Found]:
    """Every event a clause tells."""
    yield from _sanction(ctx, c)
    head = ctx.reading.doc[c.head]
    if c.lemma in lx.JOINT_VERBS | lx.MEETING_VERBS.keys() and any(ch.lower_ == "alongside" for ch in head.children):
        yield from _meeting_verb(ctx, c, preps=("alongside",))        # 'speaking alongside B' is no phone call
    elif c.lemma in lx.MEETING_VERBS or c.lemma == "shake" and any(ch.lemma_ == "hand" for ch in head.children):
        yield from _meeting_verb(ctx, c)
    yield from _meeting_nouns(ctx, c)
    if c.lemma in lx.CRITICISE_VERBS | lx.ACCUSE_VERBS:
        yield from _criticism(ctx, c)
    elif c.lemma in lx.SIGN_VERBS | {"agree"}:
        yield from _agreement(ctx, c)
    elif c.lemma == "threaten" and not ctx.sanctions.in_clause(c):
        yield from _threat(ctx, c)
    yield from _statement(ctx, c)


# ------------------------------------------------------------------------------------------------ sanctions

def _sanction(ctx: _Context, c: Clause) -> Iterator[Found]:
    """Sanctions imposed, eased, threatened or proposed in this clause: a verb of imposing (lifting, ...)
    whose theme is sanctions, or a noun of imposing governing them ('the imposition of sanctions')."""
    reading = ctx.reading
    theme = ctx.sanctions.theme(c)
    placed = _placed(ctx, c)
    if placed is not None:
        yield from _sanction_found(ctx, c, placed, "sanction", reading.doc[c.head])
        return
    if theme is not None:
        phrase, sign = theme
        if phrase.predicate and phrase.word == c.head:            # 'sanctioned Iran'; 'delisted two firms' eases
            kind = "ease" if c.lemma in lx.LIFT_VERBS else "sanction"
        else:
            kind = SANCTION_KINDS.get(c.lemma)
        if kind in ("sanction", "ease") and sign == -1:
            kind = "ease" if kind == "sanction" else "sanction"
        elif kind in ("proposal", "threat") and sign == -1:
            kind = None                                           # 'called for the measures to be eased'
        if kind is not None:
            yield from _sanction_found(ctx, c, phrase, kind, reading.doc[c.head])
            return
    for p in ctx.sanctions.in_clause(c):
        noun = _noun_of_imposing(reading.doc[p.word])
        if noun is not None and reading.is_real(c):
            yield from _sanction_found(ctx, c, p, NOMINAL_KINDS[noun.lemma_.lower()], noun, nominal=True)
    yield from _imposed_participle(ctx, c)


def _placed(ctx: _Context, c: Clause) -> Phrase | None:
    """'put four officials on its sanctions list', 'placed X under sanctions': a verb of placing whose object is
    put on or under sanctions; the sanctions phrase."""
    head = ctx.reading.doc[c.head]
    if c.lemma not in lx.PLACING_VERBS or not any(ch.dep_ == "dobj" for ch in head.children):
        return None
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in lx.PLACING_PREPS:
            phrases = [p for p in ctx.sanctions.under(ch) if not p.stand_in]
            if phrases:
                return phrases[0]
    return None


def _imposed_participle(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'sanctions imposed in 2006', "the EU's 14th package, adopted in June": a participle of imposing on a
    sanctions phrase, dated in its own words, tells when they were imposed."""
    reading = ctx.reading
    head = reading.doc[c.head]
    if head.dep_ != "acl" or head.tag_ != "VBN" or SANCTION_KINDS.get(c.lemma) != "sanction" or c.dated_by != "own":
        return
    noun = head.head
    phrases = [p for p in ctx.sanctions.phrases if p.word == noun.i] or ctx.sanctions.under(noun)
    phrases = [p for p in phrases if not p.predicate and (p.word == noun.i or noun.lemma_.lower() in lx.SANCTION_GROUPS)]
    if phrases:
        yield from _sanction_found(ctx, c, phrases[0], "sanction", head, nominal=True)


def _sanction_found(ctx: _Context, c: Clause, phrase: Phrase, kind: str, trigger: Token, *,
                    nominal: bool = False) -> Iterator[Found]:
    reading = ctx.reading
    if c.negated or c.mood in ("conditional", "question"):
        return
    decided = kind in ("sanction", "ease") and not nominal and c.mood != "real" and _decided(ctx, c)
    if kind in ("sanction", "ease") and not nominal and c.mood != "real" and not decided:
        if not _threatened(ctx, c):
            return
        kind = "threat"
    target = ctx.sanctions.target_of(phrase) if phrase.targets else \
        (None if nominal and trigger.dep_ != "acl" else _object_target(ctx, c))
    if target is None:                                   # (an actor id may be 0: no truth test)
        target = None if phrase.targets else _discourse_target(ctx, phrase)
    sources = [a for a in (phrase.imposers if nominal else reading.agents(c).ids + phrase.imposers
                           + _passers_of_text(ctx, reading.doc[c.head]))
               if a != target and reading.who.country_of(a) != target or reading.who.kind.get(a) == "organization"
               and a != target]
    source = sources[0] if sources else None
    participants = (target,) if kind in ("sanction", "ease") else tuple(x for x in (source, target) if x is not None)
    if target is None:
        return
    yield Found(kind, lx.CAMEO.get(kind), source, target, participants, c, trigger, decided=decided)


def _passers_of_text(ctx: _Context, verb: Token) -> tuple[int, ...]:
    """Who passes the text a clause describes ('the Council adopted a resolution cutting X's imports': the
    Council): the agents of the verb whose object the text is."""
    text = verb.head
    if verb.dep_ not in ("acl", "relcl") or text.lemma_.lower() not in lx.LAW_NOUNS or text.dep_ != "dobj":
        return ()
    at = ctx.reading.clause_at.get(text.head.i)
    return ctx.reading.agents(ctx.reading.clauses[at]).ids if at is not None else ()


def _object_target(ctx: _Context, c: Clause) -> int | None:
    """The state of the party a verb puts under sanctions when the sanctions phrase names none: 'added 20
    Russian entities to its sanctions list', 'restricted exports of chips to Russia', 'announced a ban on
    imports of Russian steel', 'the sanctions, imposed in March, target Russian banks' (Russia), 'the sanctions
    imposed on it' (whoever 'it' is) -- never the agent's own."""
    who, head = ctx.reading.who, ctx.reading.doc[c.head]
    agents = {who.country_of(a) for a in ctx.reading.agents(c).ids}
    verbs = [head] + ([head.head.head] if head.dep_ == "acl" and head.head.dep_ in ("nsubj", "nsubjpass")
                      and head.head.head.pos_ in ("VERB", "AUX") else [])   # 'the sanctions, imposed in March, target X'
    for ch in (ch for v in verbs for ch in v.children):
        if not (ch.dep_ == "dobj" or ch.dep_ == "prep" and ch.lower_ in ("to", "from", "against", "on")):
            continue
        frame = jurisdiction_words(ch)                    # not 'property ... under U.S. jurisdiction'
        named = list(who.actors(ch)) + [a for t in ch.subtree if t.i not in frame for a in [who.actor_of(t)]
                                        if a is not None] \
            + [a for g in ch.children if g.dep_ == "pobj" and g.pos_ == "PRON" for a in who.actors(g)]   # 'on it'
        for a in named:
            state = who.country_of(a)
            if state is not None and state not in agents:
                return state
    return None


def _decided(ctx: _Context, c: Clause) -> bool:
    """An imposition decided: the infinitive of a verb of deciding told as done ('agreed on Monday to impose
    sanctions', 'have decided to extend the embargo'), not one only expected, failed or denied."""
    head = ctx.reading.doc[c.head]
    up = ctx.reading._governing(head)
    if head.dep_ != "xcomp" or up is None or up.lemma not in lx.DECIDING_HEADS or not ctx.reading.is_real(up):
        return False
    verb = ctx.reading.doc[up.head]
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lemma_ == "have"
                                                             for ch in verb.children)


def _threatened(ctx: _Context, c: Clause) -> bool:
    """An imposition only threatened: under a verb of threatening or warning."""
    up = ctx.reading._governing(ctx.reading.doc[c.head])
    return up is not None and up.lemma in lx.THREAT_VERBS


def _noun_of_imposing(word: Token) -> Token | None:
    """'the imposition of sanctions', 'the lifting of the embargo': the noun of imposing or lifting."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in NOMINAL_KINDS:
        return word.head.head
    return None


def _discourse_target(ctx: _Context, phrase: Phrase) -> int | None:
    """For sanctions whose target this phrase does not name: the last target named before it, else the
    article's most named one."""
    return ctx.sanctions.target_before(phrase.word)


# ------------------------------------------------------------------------------------------------ meetings

def _meeting_verb(ctx: _Context, c: Clause, *, preps: tuple = ("with",)) -> Iterator[Found]:
    """'A met (with) B', 'A and B met', 'A hosted B', 'B was received by A', 'A shook hands with B', 'A,
    speaking alongside B'."""
    reading, head = ctx.reading, ctx.reading.doc[c.head]
    if _at_a_meeting_told(head):
        return                                            # 'a meeting ..., where the two sides discussed trade'
    objects = _partners(ctx, head, preps)
    kids = list(head.children)
    if c.lemma in lx.MEETING_NEEDS_PARTNER and not objects and (len(reading.agents(c).ids) < 2 or not _plural_subject(
            reading, c)):
        return                                            # 'talked about the war', 'held a vote', 'speaking for
                                                          # the EU, a Spanish diplomat said'
    has_object = any(ch.dep_ == "dobj" and ch.lemma_ != "hand" for ch in kids) and preps == ("with",)
    if has_object and not objects and c.lemma not in ("visit", "discuss"):   # 'discussed the war by phone'
        return                                            # 'meet obligations', 'welcomed the decision'
    if c.lemma == "hold" and not any(ch.dep_ == "dobj" and ch.lemma_.lower() in lx.MEETING_NOUNS for ch in kids):
        return
    if any(ch.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for ch in kids) and c.lemma in lx.MEETING_NEEDS_PARTNER:
        return                                            # 'calling them illegal', 'spoke of
    guests = [a for ch in kids if ch.dep_ == "nsubjpass" for a in reading.who.actors(ch)]   # 'B was received by A'
    people = _unique(reading.agents(c).ids + tuple(objects) + tuple(guests))
    if len(people) < 2 or c.negated or c.mood in ("conditional", "question"):
        return
    kind = "meeting" if c.mood == "real" else "intent_to_meet"
    mode = lx.CONSULT_MODES.get(c.lemma) or _phone(head)
    yield Found(kind, lx.MEETING_VERBS.get(c.lemma, "040") if kind == "meeting" else lx.CAMEO["intent_to_meet"],
                None, None, people, c, head, mode)


def _at_a_meeting_told(verb: Token) -> bool:
    """A verb in a relative clause of place or time ('where', 'at which', 'during which') after a meeting noun
    of its sentence: what was done at that meeting, not another one."""
    if verb.dep_ != "relcl":
        return False
    opener = any(c.lower_ in ("where", "when") and c.dep_ == "advmod" for c in verb.children) or any(
        c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children)
    return opener and any(t.lemma_.lower() in lx.MEETING_NOUNS or t.lower_ in lx.MEETING_NOUNS
                          for t in verb.sent if t.i < verb.i and t.pos_ == "NOUN")


def _plural_subject(reading, c: Clause) -> bool:
    """Whether the clause's subject names several parties: a coordination, a plural noun or pronoun ('A and B
    spoke', 'the two leaders talked', 'they spoke'), not one party the resolver gave its body too."""
    if c.subject is None:
        return True
    subj = reading.doc[c.subject]
    return any(ch.dep_ == "conj" for ch in subj.children) or subj.tag_ in ("NNS", "NNPS") \
        or subj.lower_ in ("they", "we", "both")


def _partners(ctx: _Context, verb: Token, preps: tuple) -> list[int]:
    """Actors named as the verb's object or as the object of one of `preps` ('with', 'alongside')."""
    who, out = ctx.reading.who, []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "dative") and not who.in_quote[ch.i] and preps == ("with",):
            out += who.actors(ch)
            for g in ch.children:                         # 'held talks with B'
                if g.dep_ == "prep" and g.lower_ in ("with", "between"):
                    out += [a for x in g.children if x.dep_ == "pobj" for a in who.actors(x)]
        elif ch.dep_ == "prep" and ch.lower_ in preps + ("between",):
            out += [a for g in ch.children if g.dep_ == "pobj" for a in who.actors(g)]
    return out


def _phone(verb: Token) -> str | None:
    return "phone" if any(t.lower_ in ("phone", "telephone") for t in verb.subtree) else None


def _meeting_nouns(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'talks between A and B', "A's talks with B", 'A held talks with B', 'a meeting of A and B', 'during
    their summit', "B's visit to A"."""
    reading = ctx.reading
    head = reading.doc[c.head]
    for i in reading.own[c.head]:
        low = reading.lower[i]
        if reading.pos[i] != "NOUN" or not (low in lx.MEETING_NOUNS or reading.lemma[i] in lx.MEETING_NOUNS):
            continue
        noun = reading.doc[i]
        phrase = _round_of(noun)              # 'a second round of talks' is read as the round
        if any(ch.lower_ in lx.UNREAL_MODIFIERS for n in {noun, phrase} for ch in n.children if ch.dep_ in ("amod", "det")):
            continue
        if _awaited(ctx, phrase, c):
            continue
        people = _noun_parties(ctx, noun)
        light = phrase.head.i == head.i and phrase.dep_ in ("dobj", "nsubjpass") \
            and c.lemma in lx.MEETING_LIGHT_VERBS | lx.MEETING_TAKING_VERBS or _via_prep(phrase, head)
        inside = not light and _within(phrase, head)      # 'made no breakthrough in talks': they took part
        if inside:
            people = list(reading.agents(c).ids) + people
        if light:
            people = list(reading.agents(c).ids) + people + _partners(ctx, head, ("with", "alongside"))
            if _shared(phrase):                       # 'told B during their meeting': B took part
                people += list(reading.patients(c).ids)
        people = _unique(people)
        if len(people) < 2 or (c.negated or c.mood in ("conditional", "question")) and light:
            continue
        real = reading.is_real(c) or not light or _held_then(ctx, phrase, head)
        kind = "meeting" if real else "intent_to_meet"
        key = noun.lemma_.lower() if noun.lemma_.lower() in lx.MEETING_NOUNS else low
        mode = lx.CONSULT_MODES.get(key)
        yield Found(kind, lx.MEETING_NOUNS.get(key, "040") if real else lx.CAMEO["intent_to_meet"],
                    None, None, people, c, noun, mode)


def _shared(noun: Token) -> bool:
    """'during their meeting', 'at our talks': a meeting of the clause's own parties."""
    return noun.dep_ == "pobj" and any(ch.dep_ == "poss" and ch.lower_ in ("their", "our") for ch in noun.children)


def _held_then(ctx: _Context, noun: Token, head: Token) -> bool:
    """A meeting named as the time of an intended act took place if the clause that intends it is real and told in
    the past ('agreed to deepen ties during a meeting in Beijing'; not 'plan to deepen ties during a meeting')."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("during", "at", "after") or head.dep_ != "xcomp":
        return False
    up = ctx.reading._governing(head)
    return up is not None and ctx.reading.is_real(up) and ctx.reading.doc[up.head].tag_ == "VBD"


def _awaited(ctx: _Context, noun: Token, c: Clause) -> bool:
    """A meeting noun the text denies or only awaits: 'no meeting was held', 'no talks between A and B',
    'talks are expected to resume next week', 'the meeting was planned for May', 'the summit was called off'
    (as the subject of a verb of planning, expecting or putting off, or with a relative clause on one: 'a
    visit which is planned', 'a visit to B, which is expected to take place', where the parse may hang the
    clause on B), 'ahead of his visit'."""
    if any(ch.dep_ == "det" and ch.lower_ == "no" for ch in noun.children):
        return True
    if any(ch.dep_ == "relcl" and ch.lemma_.lower() in lx.MEETING_AWAITED and (ch.head.i == noun.i or any(
            x.dep_ == "xcomp" and x.lemma_.lower() in lx.HAPPENING_VERBS for x in ch.children)) for ch in noun.subtree):
        return True                                       # "Xi's visit to India, which is expected to take place"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lx.AHEAD_OF:
        return True                                       # 'ahead of his visit to Moscow'
    head = ctx.reading.doc[c.head]
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != head.i:
        return False
    return c.lemma in lx.MEETING_AWAITED or head.lemma_.lower() in lx.MEETING_AWAITED


def _round_of(noun: Token) -> Token:
    """For 'a round of talks' the round, for other meeting nouns themselves."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lx.ROUND_NOUNS:
        return noun.head.head
    return noun


def _within(noun: Token, head: Token) -> bool:
    """A meeting noun after 'in', 'at' or 'during' inside the clause's object ('a breakthrough in talks')."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during") and noun.head.head.i != head.i \
        and any(a.i == head.i for a in noun.ancestors)


def _via_prep(noun: Token, head: Token) -> bool:
    """'took part in talks', 'during a meeting with B' hung on the clause's verb."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == head.i \
        and noun.head.lower_ in ("in", "at", "during", "after", "on", "for")


def _noun_parties(ctx: _Context, noun: Token) -> list[int]:
    """Actors a meeting noun names: 'between A and B', 'with B', 'of A and B', 'a call from B', its possessor
    ('their' resolved), state or organisation modifiers ('Russia-Ukraine talks', 'U.S.-brokered talks')."""
    who, out = ctx.reading.who, []
    for ch in noun.children:
        if ch.dep_ == "prep" and (ch.lower_ in ("between", "with", "among", "of", "to") or ch.lower_ in lx.MEETING_FROM):
            named = [a for g in ch.children if g.dep_ == "pobj" for a in who.actors(g)]
            if ch.lower_ == "between" and len(named) == 1:
                named += _and_next(ctx, ch)
            out += named
        elif ch.dep_ == "poss" and ch.lower_ not in ("their", "its"):     # 'their summit': the clause's pair
            out += who.actors(ch)
        elif ch.dep_ in ("amod", "compound", "nmod") and ch.i < noun.i:
            out += _modifier_parties(ctx, ch)
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lx.ROUND_NOUNS:
        out += _noun_parties(ctx, noun.head.head)        # 'a round of talks between A and B'
    return out


def _and_next(ctx: _Context, between: Token) -> list[int]:
    """For 'between A, the envoy to X, and B' parsed without B under 'between': the actor named right after
    the first 'and' that follows A in the sentence."""
    doc = between.doc
    first = next((g for g in between.children if g.dep_ == "pobj"), None)
    if first is None:
        return []
    end = first.sent.end
    for i in range(first.right_edge.i + 1, end):
        if doc[i].lower_ == "and":
            j = i + 1
            while j < end and doc[j].pos_ in ("DET", "PUNCT"):
                j += 1
            aid = ctx.reading.who.actor_of(doc[j]) if j < end else None
            return [aid] if aid is not None else []
    return []


def _modifier_parties(ctx: _Context, mod: Token) -> list[int]:
    """States and organisations in a modifier ('U.S.-brokered talks', 'Russia-Ukraine talks')."""
    who, out = ctx.reading.who, []
    for t in [mod] + [g for g in mod.subtree if g.i != mod.i]:
        aid = who.actor_of(t, frozenset({"country", "organization"}))
        if aid is None and "-" in t.text:
            aid = next((a for a in (who.actor_named(p, frozenset({"country", "organization"}))
                                    for p in t.text.split("-")) if a is not None), None)
        if aid is not None and aid not in out:
            out.append(aid)
    return out


# ------------------------------------------------------------------------------------------------ other kinds

def _criticism(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'A criticised B', 'A slammed the plan', 'A accused B of ...', 'B was denounced by A'."""
    reading = ctx.reading
    if not reading.is_real(c):
        return
    source = reading.agents(c).ids
    if not source:
        return
    head = reading.doc[c.head]
    targets = [a for i in c.objects for a in reading.who.actors(reading.doc[i]) if a not in source]
    kind = "accusation" if c.lemma in lx.ACCUSE_VERBS else "criticism"
    yield Found(kind, lx.CAMEO[kind], source[0], targets[0] if targets else None, _unique(source + tuple(targets)),
                c, head)


def _agreement(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'A signed an agreement with B' (057); 'A agreed to increase cooperation with B', 'A and B agreed on
    a swap' (030). Agreeing with an opinion ('Trump agreed') is no event."""
    reading = ctx.reading
    if not reading.is_real(c):
        return
    head = reading.doc[c.head]
    objects = [ch for ch in head.children if ch.dep_ == "dobj"]
    if c.lemma in lx.SIGN_VERBS and not any(o.lemma_.lower() in lx.AGREEMENT_NOUNS for o in objects):
        return
    what = [ch for ch in head.children if ch.dep_ in ("xcomp", "ccomp") or ch.dep_ == "prep" and ch.lower_ in ("to", "on")]
    if c.lemma == "agree" and not what:
        return
    subjects = _unique(reading.agents(c).ids)
    partners = _partners(ctx, head, ("with",))
    for ch in what:
        for t in [ch] + [g for g in ch.children if g.dep_ in ("dobj", "pobj")]:
            partners += [a for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                         for g in p.children if g.dep_ == "pobj" for a in reading.who.actors(g)]
    partners = [a for a in _unique(partners) if a not in subjects]
    parties = _unique(subjects + tuple(partners))
    if not parties:
        return
    scope = "".join(t.text_with_ws for ch in what for t in ch.subtree)
    kind = "agreement" if c.lemma in lx.SIGN_VERBS or not COOPERATION.search(scope) else "cooperation"
    source = subjects[0] if len(subjects) == 1 else None
    target = partners[0] if source is not None and len(partners) == 1 else None
    yield Found(kind, lx.CAMEO["agreement"] if c.lemma in lx.SIGN_VERBS else lx.CAMEO["cooperation"],
                source, target, parties, c, head)


def _threat(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'A threatened B' (130): a threat of something other than sanctions."""
    reading = ctx.reading
    if c.negated:
        return
    source = reading.agents(c).ids
    if not source:
        return
    targets = [a for i in c.objects for a in reading.who.actors(reading.doc[i]) if a not in source]
    yield Found("threat", "130", source[0], targets[0] if targets else None, _unique(source + tuple(targets)),
                c, reading.doc[c.head])


def _statement(ctx: _Context, c: Clause) -> Iterator[Found]:
    """'A said in a statement', 'A issued a statement'."""
    reading = ctx.reading
    head = reading.doc[c.head]
    for i in reading.own[c.head]:
        if reading.pos[i] != "NOUN" or reading.lemma[i] not in lx.STATEMENT_NOUNS:
            continue
        noun = reading.doc[i]
        if not (noun.head.i == head.i and noun.dep_ == "dobj" or _via_prep(noun, head)) or not reading.is_real(c):
            continue
        source = reading.agents(c).ids
        if source:
            yield Found("statement", lx.CAMEO["statement"], source[0], None, _unique(source[:1]), c, noun)
        return


# ------------------------------------------------------------------------------------------------ rows

def _rows(ctx: _Context, found: Found) -> Iterator[EventRow]:
    """One row per date the event is placed on (a list of dates gives one event each), with its place."""
    c = found.clause
    place = _location(ctx, found) if found.kind in PLACED_KINDS else None
    for date, text in _dates(ctx, found):
        yield EventRow(0, found.kind, found.cameo, found.source, found.target, list(found.participants), date,
                       text, place, c.sentence_id, found.trigger.text, lx.PLOVER.get(found.kind), found.mode)


def _dates(ctx: _Context, found: Found) -> list[tuple[str | None, str | None]]:
    """The dates of an event: those hung on a nominal trigger ('a Feb. 3 meeting'), else the clause's own,
    all of them when they form a list ('on Jan. 23, Feb. 4 and Feb. 7'); else the clause's inherited date;
    else, told undated in the headline or lede, the day of publication; a present perfect its year."""
    reading, c = ctx.reading, found.clause
    spans = reading.date_spans.get(c.head, [])
    trigger = found.trigger
    if trigger.i != c.head:
        spans = spans + _relative_dates(reading, trigger)
        on_noun = [s for s in spans if trigger.left_edge.idx <= s[0] < trigger.right_edge.idx + len(trigger.right_edge)]
        spans = on_noun or [s for s in spans if not (trigger.left_edge.idx <= s[0] <= trigger.right_edge.idx)
                            and not _in_subject_of_clause(reading, s[0], c)] or spans
    # 'the first such visit since June' is not the meeting's date; 'sanctions in place since 2014' began then
    since = {s[2] for s in spans if found.kind == "meeting" and _since(reading, s[0])}
    spans = [s for s in spans if s[2] not in since]
    if spans:
        return [(_looking_back(ctx, found, s[3], s[2]), s[2]) for s in _listed(reading.who.text, spans[0], spans)]
    if c.date is not None and c.date_text not in since:
        return [(_looking_back(ctx, found, c.date, c.date_text), c.date_text)]
    return [_undated(ctx, found)]


def _since(reading: Reading, char: int) -> bool:
    """Whether the date at `char` is the point a meeting is measured from ('talks ... since 2017', 'the first visit
    since June'), under 'since' a few steps up."""
    return any(reading.lower[t] == "since" and reading.dep[t] in ("prep", "mark")
               for t in reading.up_from(reading.who.token_at(char), 4))


def _relative_dates(reading: Reading, noun: Token) -> list:
    """The dates of a relative clause of taking place whose subject is the event noun itself ('the talks, which
    took place on Monday', 'a meeting that was held in March'), not those of one that tells something else
    about it ('the talks, which Denmark criticised on Tuesday')."""
    out = []
    for ch in noun.subtree:                  # the parse may hang it on the last party ('between A and B, which')
        if ch.dep_ == "relcl" and ch.lemma_.lower() in lx.HAPPENING_VERBS and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in ch.children):
            out += reading.date_spans.get(ch.i, [])
    return out


def _looking_back(ctx: _Context, found: Found, date: str | None, text: str | None) -> str | None:
    """The date of a decided act read as past ('agreed to extend the sanctions on Monday': the Monday before
    publication), where the clause's mood read it as one to come."""
    if not found.decided or not text:
        return date
    return dt.resolve(text, ctx.art.meta.get("published")) or date


def _in_subject_of_clause(reading: Reading, char: int, c: Clause) -> bool:
    if c.subject is None:
        return False
    subj = reading.doc[c.subject]
    return subj.left_edge.idx <= char <= subj.right_edge.idx


def _listed(text: str, first, spans) -> list:
    """`first` and the dates that follow it in a coordinated list ('Jan. 23–24, Feb. 4–5 and Feb. 17–18')."""
    run = [first]
    for s in spans:
        if s[0] <= run[-1][0]:
            continue
        if not re.fullmatch(r"[\s,;]*(?:and|or)?\s*(?:on\s+)?", text[run[-1][1]:s[0]]):
            break
        run.append(s)
    return run


def _undated(ctx: _Context, found: Found) -> tuple[str | None, str | None]:
    """(date, date_text) for an event its clause and narrative give no date: 'earlier' or 'today' on the verb
    is the day of publication; an event told in the lede in the past or present tense too (the day's news;
    a headline stays undated, the body dates it); a present perfect its year; else unknown."""
    published = ctx.art.meta.get("published")
    if not published:
        return None, None
    head = ctx.reading.doc[found.clause.head]
    same_day = [ch for ch in head.children if ch.dep_ == "advmod" and ch.lower_ in lx.SAME_DAY]
    if same_day:
        return published, same_day[0].text
    perfect = head.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "'ve", "’ve")
                                         for ch in head.children)
    if perfect and found.kind in ("sanction", "ease", "meeting"):
        return published, None                 # 'has sanctioned four companies': the news of the day
    if not _news_day(head, found.trigger):
        return None, None
    if found.kind == "meeting" and head.tag_ == "VBD" and found.clause.mood == "real":
        return published, None                 # 'after his talks with Tusk, Zelenskiy repeated': the day's news
    paragraph = ctx.reading.who.paragraph_of(head)
    if paragraph in ctx.lede and found.kind in ("sanction", "ease", "meeting") and head.tag_ in ("VBD", "VBZ", "VBP", "VBG"):
        return published, None
    return None, None


def _news_day(head: Token, trigger: Token) -> bool:
    """A meeting told in the plain past of a news story's own clause, with nothing that sets it back in time:
    not in a pluperfect ('had met'), a relative clause ('Bessent, who took part in talks'), or on a noun
    marked as earlier ('previous rounds of talks', 'earlier talks')."""
    if head.dep_ in ("relcl", "acl", "advcl") or any(ch.lower_ == "had" for ch in head.children if ch.dep_ == "aux"):
        return False
    return not any(w.lower_ in lx.EARLIER_MARKS for w in _round_of(trigger).subtree)


def _location(ctx: _Context, found: Found) -> str | None:
    """Where a meeting, agreement or statement took place: a named place after 'in' or 'at' in the trigger's
    phrase or its clause (a city before a building; a place that is a participant excepted)."""
    reading = ctx.reading
    trigger = found.trigger
    own = list(trigger.subtree) if trigger.i != found.clause.head else []
    best = None
    for g in own + [t for t in reading.own_tokens(found.clause) if t not in own]:
        if g.dep_ != "pobj" or g.head.lower_ not in ("in", "at") or g.ent_type_ not in ("GPE", "LOC", "FAC"):
            continue
        if reading.who.in_quote[g.i]:
            continue
        aid = reading.who.actor_of(g, frozenset(PARTICIPANT_KINDS | {"location"}))
        if aid is not None and aid in found.participants:
            continue
        ent = reading.entity_of.get(g.i)
        if ent is not None:
            rank = 0 if ent.label_ == "GPE" else 1
            if best is None or rank < best[0]:
                best = (rank, re.sub(r"^[Tt]he\s+", "", ent.text))
    return best[1] if best else None


def _unique(ids) -> tuple:
    out: list[int] = []
    for i in ids:
        if i is not None and int(i) not in out:
            out.append(int(i))
    return tuple(out)


def _dedupe(rows: list[EventRow]) -> list[EventRow]:
    """Drop an event that repeats another of the same kind whose participants include its own: on the same
    date (the same meeting read from 'welcomes' and from 'during a meeting'), or undated (a headline or a
    later mention of a dated event). Of two that repeat each other the one that tells more stays."""
    by_party: dict[tuple[str, int], list[int]] = {}
    for n, r in enumerate(rows):
        for a in r.participants:
            by_party.setdefault((r.kind, a), []).append(n)
    kept: list[EventRow] = []
    for n, r in enumerate(rows):
        others = by_party.get((r.kind, r.participants[0]), []) if r.participants else []
        if any(_covers(rows[m], r) and (not _covers(r, rows[m]) or _richer(rows[m], r, m < n)) for m in others if m != n):
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
