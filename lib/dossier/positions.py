"""Positions on sanctions: who supports or opposes them, now or in the past, against whom, and on what evidence.

`extract(article, reading, sanctions)` returns the `positions` frame (columns in docs/frames.md, plus `via`).
It reads the clauses (`clauses.py`) that hold a sanctions phrase (`sanctions.py`), each class of phrasing
a rule of its own:

- a verb of imposing, backing, calling for, threatening, joining or leading sanctions gives its agent
  support; a verb of opposing, lifting, evading or defying them gives opposition; a verb of wanting or
  asking passes on the stance of the clause it governs ('urged Serbia to join the sanctions': support),
  and a verb of refusing turns it round ('refused to impose': opposition);
- negation is no stance, unless it is the stance: 'has not joined', 'will not support', 'decided not to';
  a modal, conditional or asked clause is no stance of its agent, but 'should' and 'must' are its
  reporter's ('X said Serbia should impose sanctions': X supports);
- a stance noun gives its holder the stance ("its opposition to sanctions", "calls for sanctions");
- evaluative words belong to whoever uses them: "X called the sanctions illegal", a speaker's 'illegal U.S.
  sanctions' or 'sanctions would be disastrous' make the speaker oppose (and the United States support);
- claims that sanctions fail or harm, with any reporting verb, make their reporter oppose them;
- the imposer a sanctions phrase names ('EU sanctions', 'U.S.-led sanctions') supports them, unless it is
  their target; a target never supports for being named in 'X sanctions';
- the period is the clause's (dated, or in a dated narrative, a month or more before publication: past);
- a person or body speaking for a state gives the state the same position.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

import pandas as pd
from spacy.tokens import Token

from dossier import lexicon as lx
from dossier.article import Article
from dossier.clauses import Clause, Reading
from dossier.countries import gazetteer
from dossier.sanctions import Phrase, Sanctions, names_sanctions
from dossier.schema import frame
from dossier.who import Named, described

# A verb's stance on what it governs: +1 support, -1 opposition.
POLARITY = {**{v: 1 for v in lx.SUPPORT_VERBS | lx.USING_VERBS}, **{v: -1 for v in lx.OPPOSE_VERBS}}
# Verbs that turn the stance of the clause they govern round ('refused to impose', 'blocked efforts to lift').
TURN = lx.REFUSAL | lx.words("""avoid reluctant oppose reject block veto resist object condemn criticize criticise
slam denounce prevent stop""")
# Verbs that pass on the stance of the clause they govern ('wants to impose', 'voted to lift'); a verb of
# expecting or being able does not ('expects Y to implement measures' is no stance of its subject).
PASS_ON = lx.VOLITION | lx.words("""
plan seek hope aim intend prepare propose threaten push urge ask try need offer call vow pledge promise demand
press encourage move continue begin start help work act keep attempt wish resolve choose opt ready eager
give grant sign issue sponsor unveil draft introduce present table
""") - TURN
# Verbs whose negation is itself a stance ('has not joined', 'will not support', 'does not back').
NEGATION_IS_STANCE = lx.BACK_VERBS
DEONTIC = lx.words("should must ought")
STANCES = {1: "support", -1: "oppose"}


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


class _Context(NamedTuple):
    art: Article
    reading: Reading
    sanctions: Sanctions
    evidence: dict                  # sentence_id -> its text


def extract(art: Article, reading: Reading, sanctions: Sanctions) -> pd.DataFrame:
    """The positions frame: actor_id, topic, stance, period, target_id, cue, evidence, sentence_id (+ via)."""
    if not sanctions or art.mentions.empty:
        return frame("positions")
    ctx = _Context(art, reading, sanctions, dict(zip(art.sentences["sentence_id"], art.sentences["text"])))
    rows: list[PositionRow] = []
    for c in reading.clauses:
        for row in _clause_positions(ctx, c, rows):
            if not _own_target(ctx, row):
                rows.append(row)
    rows += list(_joiners(ctx, rows))
    rows += list(_voices_of_imposers(ctx, rows))
    rows += list(_roll_up(ctx, rows))
    return frame("positions", _dedupe(rows))


def _clause_positions(ctx: _Context, c: Clause, earlier: list[PositionRow]) -> Iterator[PositionRow]:
    yield from _verbal(ctx, c, earlier)
    yield from _evasion_denied(ctx, c)
    yield from _spoken_of(ctx, c)
    yield from _kept(ctx, c)
    yield from _held(ctx, c)
    yield from _nominal(ctx, c)
    yield from _drawn(ctx, c)
    yield from _despite(ctx, c)
    yield from _retaliation(ctx, c)
    yield from _roles(ctx, c)
    yield from _evaluative(ctx, c)
    yield from _attitude(ctx, c)
    yield from _feeling(ctx, c)
    yield from _no_right(ctx, c)
    yield from _owned_tool(ctx, c)
    yield from _harm_claims(ctx, c)
    yield from _imposers(ctx, c)


# ------------------------------------------------------------------------------------------------ verbs

def _verbal(ctx: _Context, c: Clause, earlier: list[PositionRow]) -> Iterator[PositionRow]:
    """A verb whose theme is sanctions, or whose complement clause takes a stance on them."""
    found = stance_of(ctx, c)
    if found is None:
        if c.lemma in lx.REVERSERS:
            yield from _reversed(ctx, c, earlier)
        elif ctx.reading.doc[c.head].lemma_.lower() == "follow" and c.lemma == "join" and ctx.reading.is_real(c):
            yield from _followed(ctx, c, earlier)
        elif c.lemma in lx.THANKING_VERBS and ctx.reading.is_real(c) and not c.negated:
            yield from _thanked(ctx, c, earlier)
        return
    polarity, phrase = found
    holder, polarity = _holder_and_mood(ctx, c, polarity)
    if polarity is None:
        return
    reading = ctx.reading
    holders = reading.speaker(c) if holder == "speaker" else reading.agents(c)
    if holder == "speaker" and not holders.ids and _time_to(reading.doc[c.head]):
        up = reading._governing(reading.doc[c.head])              # 'X said it was time to ...': X
        holders = reading.speaker(up) if up is not None else holders
    if not holders.ids and holder == "agent":
        holders = _noun_owners(ctx, c) or holders               # "Britain's decision to impose sanctions"
    via = "reported" if holder == "speaker" else "agent"
    reported = _reported(ctx, c)
    if reported is not None and reading.clauses[reported.reporter].lemma in lx.DECLARING:
        holders, via = _with_declarer(ctx, reported, holders), via  # 'X announced that the U.S. would ease sanctions'
    row = _row(ctx, c, polarity, phrase, via=via)
    for aid in holders.ids:
        if reading.who.kind.get(aid) != "location":
            yield row._replace(actor_id=aid)
    if holders.ids or c.lemma in lx.PARTNER_VERBS or c.lemma in lx.IMPOSE_VERBS:   # 'were coordinated with A',
        #                                                                            'were imposed jointly with A'
        for aid in _partners(ctx, c):
            yield row._replace(actor_id=aid, via="in coordination")
    if polarity == -1 and c.lemma in lx.OPPOSE_VERBS:
        yield from _criticised_imposers(ctx, c, row)


def _evasion_denied(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Working so that no one can evade the sanctions is enforcing them: 'they are working so that the Russian
    state cannot use crypto assets to circumvent the sanctions', 'to ensure that Moscow does not evade them'
    -- support, held by whoever works or ensures."""
    theme = ctx.sanctions.theme(c) if c.lemma in lx.EVASION_VERBS else None
    if theme is None:
        return
    reading, head = ctx.reading, ctx.reading.doc[c.head]
    for t in [head, *head.ancestors][:4]:
        if not any(ch.dep_ == "neg" for ch in t.children):
            continue
        marks = {ch.lower_ for ch in t.children if ch.dep_ == "mark"}
        purpose = t.dep_ == "advcl" and marks & {"so", "that"} or t.dep_ == "ccomp" and t.head.lemma_.lower() in lx.ENSURING
        if purpose and t.head.i in reading.clause_at:
            holder = reading.clauses[reading.clause_at[t.head.i]]
            row = _row(ctx, c, 1, theme[0], via="enforcing", cue=f"not {head.text}")
            targets = ctx.sanctions.targets | {row.target_id}
            for aid in reading.agents(holder).ids:
                if aid not in targets and reading.who.country_of(aid) not in targets:
                    yield row._replace(actor_id=aid)
        return


def _noun_owners(ctx: _Context, c: Clause):
    """For an infinitive on a noun of deciding or acting ('Britain's decision to impose sanctions', 'the move
    by Canada to freeze assets'), whoever the noun belongs to."""
    head, who = ctx.reading.doc[c.head], ctx.reading.who
    if head.dep_ != "acl" or head.head.pos_ != "NOUN" or head.head.lemma_.lower() not in lx.SUPPORT_NOUNS:
        return None
    noun = head.head
    ids = [a for ch in noun.children if ch.dep_ in ("poss", "compound", "nmod") and ch.i < noun.i
           for a in who.actors(ch)]
    ids += [a for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "by"
            for g in ch.children if g.dep_ == "pobj" for a in who.actors(g)]
    return Named(tuple(dict.fromkeys(ids)), None) if ids else None


def _reported(ctx: _Context, c: Clause) -> Clause | None:
    """The clause itself if someone reports it, else the one it completes if that is reported ('X stated that the
    EU stands ready to impose': 'impose' completes 'stands', which X reports)."""
    for _ in range(3):
        if c is None or c.reporter is not None:
            return c
        head = ctx.reading.doc[c.head]
        c = ctx.reading._governing(head) if head.dep_ in ("xcomp", "conj") else None
    return None


def _with_declarer(ctx: _Context, c: Clause, holders):
    """A policy announced by someone speaking for whoever carries it out is theirs too: 'X announced that the
    United States would ease sanctions' (X, of the United States), 'X said that sanctions would be imposed'."""
    reading, who = ctx.reading, ctx.reading.who
    speakers = reading.speaker(c)
    states = {who.country_of(a) for a in holders.ids}
    announced = c.reporter is not None and reading.clauses[c.reporter].lemma in lx.ANNOUNCING
    own = [a for a in speakers.ids if not holders.ids or (who.country_of(a) in states | {None} or None in states)
           and (who.speaks_for_state(a)     # a holder or a speaker of no known country may be the other's
                or announced and None in states and who.kind.get(a) == "country")]   # a state announcing a body's act
    return type(holders)(holders.ids + tuple(a for a in own if a not in holders.ids), holders.text)


def _spoken_of(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Whoever says that someone 'could face sanctions' threatens them (supports); whoever says that
    sanctions 'are working' supports them, that they 'have failed' or 'should end' opposes them."""
    reading, doc = ctx.reading, ctx.reading.doc
    head = doc[c.head]
    theme = ctx.sanctions.theme(c)
    speakers = reading.speaker(c)
    if c.lemma in lx.FACING_VERBS and theme is not None:
        polarity = 1
    elif c.lemma in lx.WORKING_VERBS and not c.negated or c.lemma in lx.EFFECT_VERBS and (c.negated or any(
            ch.dep_ == "dobj" and ch.lower_ in ("nothing", "little") for ch in head.children)) \
            or c.lemma in lx.TOLL_VERBS and not c.negated:
        subjects = [ch for ch in head.children if ch.dep_ == "nsubj"]
        phrases = [p for s in subjects for p in ctx.sanctions.under(s)]
        if not phrases:
            return                                              # 'the sanctions will not change its course'
        theme, polarity = (phrases[0], 1), lx.WORKING_VERBS.get(c.lemma, -1)
        if c.lemma in lx.TOLL_VERBS and not c.negated:
            polarity = _toll(ctx, head, speakers, polarity, phrases[0])
            if polarity is None:
                return
    elif c.lemma in lx.ENDING_VERBS and c.mood == "modal" and not c.negated \
            and any(a.dep_ == "aux" and a.lower_ in DEONTIC for a in head.children):
        phrases = [p for s in head.children if s.dep_ == "nsubj" for p in ctx.sanctions.under(s)]
        if not phrases:
            return                                              # 'the talks should end'
        theme, polarity = (phrases[0], 1), -1                   # 'said the embargo should end'
    else:
        return
    said_past = None if c.lemma in lx.FACING_VERBS else _said_past(ctx, c)     # a threat is dated by its clause
    row = _row(ctx, c, polarity, theme[0], via="spoken of", past=said_past)
    for aid in speakers.ids:
        yield row._replace(actor_id=aid)


def _toll(ctx: _Context, verb: Token, speakers: Named, polarity: int, phrase: Phrase) -> int | None:
    """Whom sanctions are said to hit decides the claim: a named party ('are hurting the Russian economy',
    'will cut off the Kremlin's war chest') means they work (support), unless it is the speaker's own side, which
    means harm (oppose); a government named by a common noun ('punished a sovereign government') is the one they
    are on; no named party keeps the verb's own sense ('hurt ordinary people')."""
    who = ctx.reading.who
    hit: list[int] = []
    for obj in (ch for ch in verb.children if ch.dep_ == "dobj"):
        if _population(obj):
            return -1                                           # 'punishing ordinary Zimbabweans', 'the people'
        if obj.lemma_.lower() in lx.STATE_NOUNS and not who.actors(obj):
            target = ctx.sanctions.target_of(phrase)
            hit += [target] if target is not None else []
        hit += who.actors(obj)
        hit += [a for ch in obj.children if ch.dep_ in ("poss", "amod", "compound") for a in who.actors(ch)]
        hit += [a for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" for a in who.actors(g)]
    side = {_side(who, a) for a in hit}
    if side & {_side(who, a) for a in speakers.ids}:
        return -1                                               # 'sanctions have crippled our economy'
    if side:
        return 1                                                # a named party other than the speaker's: it works
    return polarity if verb.lemma_.lower() in lx.WORKING_VERBS else None


def _population(tok: Token) -> bool:
    """A state's people: 'the people', 'civilians', a plural demonym ('Nigeriens', however the parser tags it),
    or anyone called ordinary, average or innocent ('ordinary Venezuelans')."""
    if tok.ent_type_ == "NORP" or tok.lemma_.lower() in lx.POPULATION_NOUNS:
        return True
    plural = tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.text.endswith("s")
    if plural and any(v == "demonym" for _, v in gazetteer().lookup(tok.text)):
        return True
    return tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in lx.COMMON_PEOPLE for c in tok.children)


def _side(who, actor_id: int) -> int:
    """The party an actor stands for: its country when the article names it, else itself."""
    found = who.country_of(actor_id)
    return actor_id if found is None else found


def _held(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Sanctions a party has ('Washington has broad sanctions in place against Caracas', 'the EU has sanctions on
    1,000 Russians'): its own, so it backs them; not 'has no sanctions', nor sanctions it has on itself."""
    if c.lemma != "have" or c.negated or c.mood not in ("real", "future"):
        return
    doc = ctx.reading.doc
    for p in ctx.sanctions.in_clause(c):
        word = doc[p.word]
        if word.dep_ == "compound":                            # 'its own sanctions regime'
            word = word.head
        if p.stand_in or word.dep_ != "dobj" or word.head.i != c.head \
                or any(d.dep_ == "det" and d.lower_ in ("no", "any") for d in word.children):
            continue
        row = _row(ctx, c, 1, p, via="held", cue=f"{doc[c.head].text} {word.text}")
        for aid in ctx.reading.agents(c).ids:
            if aid not in p.targets:
                yield row._replace(actor_id=aid)
        return


def _kept(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Sanctions that must, will or should stay as they are ('the sanctions must remain in place', 'should stay
    in force until', 'would ensure the measures remain fully in force'): support, held by whoever says or
    ensures it; 'should not remain' opposes them. A plain report that they remain ('the sanctions remain in
    place') is no one's stance."""
    if c.lemma not in lx.KEEPING_VERBS:
        return
    reading, head = ctx.reading, ctx.reading.doc[c.head]
    phrases = [p for s in head.children if s.dep_ == "nsubj" for p in ctx.sanctions.under(s)]
    kept = any(ch.lower_ == "until" or ch.dep_ == "advcl" and any(g.lower_ == "until" for g in ch.children)
               or ch.dep_ == "prep" and ch.lower_ == "in" and any(g.lemma_.lower() in lx.KEPT_STATES
                                                                  for g in ch.children)
               for ch in head.children)
    if not phrases or not kept:
        return
    auxes = {a.lower_ for a in head.children if a.dep_ == "aux"}
    ensured = head.dep_ == "ccomp" and head.head.lemma_.lower() in lx.ENSURING
    if not (auxes & (DEONTIC | {"will", "would"}) or ensured):
        return
    holders = reading.agents(reading.clauses[reading.clause_at[head.head.i]]) \
        if ensured and head.head.i in reading.clause_at else reading.speaker(c)
    row = _row(ctx, c, -1 if c.negated else 1, phrases[0], via="kept")
    for aid in holders.ids:
        yield row._replace(actor_id=aid)


def _partners(ctx: _Context, c: Clause) -> list[int]:
    """Who acts with the agent: 'in coordination with A, B and C', 'together with A', 'alongside A'; 'joined A
    in imposing', 'coordinated with A'."""
    who, out = ctx.reading.who, []
    head = ctx.reading.doc[c.head]
    joined_in = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                 and any(g.dep_ == "pcomp" for g in p.children)]
    if c.lemma == "join" and joined_in:               # 'joined A in imposing'; not those it imposes on, after 'in'
        out += [a for o in head.children if o.dep_ == "dobj" for t in (o, *o.conjuncts) if t.i < joined_in[0].i
                and (a := who.actor_of(t)) is not None and a not in out]
    if c.lemma in lx.PARTNER_VERBS:                    # 'coordinated with A', '... with A and B, and with C'
        withs = [p for p in head.children if p.lower_ == "with" and (p.dep_ == "prep" or p.dep_ == "conj"
                                                                      and p.pos_ == "ADP")]
        withs += [q for p in withs for q in p.children if q.dep_ == "conj" and q.lower_ == "with"]
        out += [a for p in withs for g in p.children if g.dep_ == "pobj" for a in who.actors(g) if a not in out]
    subject = ctx.reading.tokens[c.subject] if c.subject is not None else None
    doc = ctx.reading.doc
    above = list(head.head.children) if head.dep_ in ("xcomp", "advcl") else []   # 'acted in concert with A to
    #                                                                                 sanction X'
    for prep in [*head.children, *above, *(subject.children if subject is not None else ())]:   # 'The EU,
        if prep.dep_ != "prep":                                                 # together with Norway, imposed'
            continue
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("including", "like")
                    for g in p.children if g.dep_ == "pobj"]                 # 'with its G7 partners, including A'
        if prep.lower_ in ("alongside",) or prep.lower_ == "with" and (any(
                a.lower_ in ("together", "along", "jointly") for a in prep.lefts)
                or prep.i > 0 and doc[prep.i - 1].lower_ in ("together", "along", "jointly")
                or prep.i > 0 and doc[prep.i - 1].lemma_.lower() in lx.JOINT_NOUNS):   # 'in concert' + 'with A'
            out += [a for o in objects for a in who.actors(o) if a not in out]
        elif prep.lower_ in ("in",):                           # 'in coordination / concert / tandem with'
            for o in objects:
                if o.lemma_.lower() in lx.JOINT_NOUNS:
                    partners = [g for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
                                for g in w.children if g.dep_ == "pobj"]
                    partners += [g for p in partners for w in p.children if w.dep_ == "prep"
                                 and w.lower_ in ("including", "like") for g in w.children if g.dep_ == "pobj"]
                    out += [a for g in partners for a in who.actors(g) if a not in out]
    return out


def stance_of(ctx: _Context, c: Clause, depth: int = 0) -> tuple[int, Phrase | None] | None:
    """(polarity, sanctions phrase) of a clause toward sanctions, whoever holds it: its verb's polarity when
    its theme is sanctions (turned round by a stance noun on the way: 'backed the lifting of sanctions'),
    else that of the clause it governs passed on or turned round ('refused to impose'); None if neither."""
    if depth > 3:
        return None
    if c.lemma in lx.VOTE_VERBS:
        voted = _vote(ctx, ctx.reading.doc[c.head])
        if voted is not None:
            return voted
    theme = ctx.sanctions.theme(c)
    if theme is not None:
        phrase, via_noun = theme
        if phrase.predicate and phrase.word == c.head:         # 'the EU sanctioned Iran'; 'unfroze the reserves'
            return (-1 if c.lemma in lx.LIFT_VERBS else 1), phrase
        if _via_against(ctx.reading.doc, phrase.word, c.head):
            return -via_noun, phrase                           # 'warned against new sanctions', 'argued against'
        pol = POLARITY.get(c.lemma) or _spoken_stance(ctx.reading.doc[c.head])
        if pol is not None:
            return pol * via_noun, phrase
    means = _by_means_of_sanctions(ctx, ctx.reading.doc[c.head])
    if means is not None:
        return 1, means                                        # 'will pressure Russia through sanctions'
    for d in _complements(ctx, ctx.reading.doc[c.head]):
        inner = stance_of(ctx, d, depth + 1)
        if inner is None:
            continue
        pol, phrase = inner
        pol = -pol if d.negated else pol                       # 'decided not to go forward with'
        if _via_against(ctx.reading.doc, d.head, c.head):
            return -pol, phrase                                # 'cautioned against lifting the sanctions'
        if c.lemma in lx.ACCUSE_VERBS and pol == 1 and _what_is_charged(ctx.reading.doc[d.head]):
            return -1, phrase                                  # 'accused Washington of using sanctions as a weapon'
        if c.lemma in lx.ENFORCING_VERBS | lx.ACCUSE_VERBS:
            return (1, phrase) if pol == -1 else None          # 'charged X with violating': enforcing them
        if c.lemma in TURN:
            return -pol, phrase
        if c.lemma in PASS_ON or POLARITY.get(c.lemma) == 1 and c.lemma not in lx.USING_VERBS:
            return pol, phrase
    return None


def _what_is_charged(verb: Token) -> bool:
    """The act a verb of accusing charges someone with ('accused X of using', 'blamed X for imposing'), not an act
    after it ('accusing them of siding with Iran, before announcing the snapback')."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for")


def _by_means_of_sanctions(ctx: _Context, verb: Token) -> Phrase | None:
    """Sanctions as the means of what a verb does to someone: 'through' or 'via' them with a verb of pressing or one
    with an object ('keep up the pressure on Russia through sanctions'; not 'survived through sanctions'), 'with'
    them after a verb of pressing ('punish Moscow with sanctions'; not 'struggled with sanctions'); never
    sanctions being lifted."""
    r = ctx.reading
    preps = [p for p in r.kids[verb.i] if r.dep[p] == "prep" and r.lower[p] in lx.MEANS_PREPS | {"with"}]
    if not preps:
        return None
    pressing = r.lemma[verb.i] in lx.PRESSING_VERBS
    done_to = pressing or any(r.dep[c] == "dobj" for c in r.kids[verb.i])
    for p in (r.tokens[k] for k in preps):
        if not (p.lower_ in lx.MEANS_PREPS and done_to or p.lower_ == "with" and pressing):
            continue
        found = [ph for ph in ctx.sanctions.under(p) if not ph.lifting and not ph.predicate
                 and ctx.reading.doc[ph.word].head.i == p.i]
        if found:
            return found[0]
    return None


def _vote(ctx: _Context, head: Token) -> tuple[int, Phrase] | None:
    """'voted against the resolution imposing sanctions' (-1), 'voted for' or 'in favour of' it (+1): the way
    the preposition says, on the sanctions in what was voted on."""
    for prep in (ch for ch in head.children if ch.dep_ == "prep"):
        way, obj = lx.VOTE_WAYS.get(prep.lower_), next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.lower_ == "in" and obj is not None and obj.lower_ in lx.VOTE_WAYS:      # 'in favour of X'
            way = lx.VOTE_WAYS[obj.lower_]
            of = [x for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
            obj = next((x for x in of if x.dep_ == "pobj"), None)
            act = next((x for x in of if x.dep_ == "pcomp" and x.i in ctx.reading.clause_at), None)
            inner = stance_of(ctx, ctx.reading.clauses[ctx.reading.clause_at[act.i]], 1) if act is not None else None
            if inner is not None:                              # 'voted in favour of lifting the sanctions'
                return way * inner[0], inner[1]
        if way is not None and obj is not None:
            for own in (g for g in obj.children if g.dep_ in ("acl", "relcl") and g.i in ctx.reading.clause_at):
                inner = stance_of(ctx, ctx.reading.clauses[ctx.reading.clause_at[own.i]], 1)
                if inner is not None:                          # 'against a resolution calling for an end to them'
                    return way * inner[0], inner[1]
            phrases = ctx.sanctions.under(obj)
            if phrases:
                return way, phrases[0]
    way = _objectless_way(head)
    voted_on = _voted_on(ctx, head) if way is not None else None
    if voted_on is not None:                                   # 'The UK and France voted against.'
        for own in (g for g in voted_on.children if g.dep_ in ("acl", "relcl") and g.i in ctx.reading.clause_at):
            inner = stance_of(ctx, ctx.reading.clauses[ctx.reading.clause_at[own.i]], 1)
            if inner is not None:
                return way * inner[0], inner[1]
        phrases = ctx.sanctions.under(voted_on)
        if phrases:
            return way, phrases[0]
    return None


def _objectless_way(head: Token) -> int | None:
    """The way of a vote that names nothing voted on: 'voted against' (-1), 'voted in favour' (+1)."""
    for ch in head.children:
        kids = [g for g in ch.children if g.dep_ == "pobj"]
        if ch.lower_ == "against" and not kids:
            return -1
        if ch.lower_ == "in" and len(kids) == 1 and kids[0].lower_ in lx.VOTE_WAYS \
                and not any(p.dep_ == "prep" for p in kids[0].children):
            return lx.VOTE_WAYS[kids[0].lower_]
    return None


def _voted_on(ctx: _Context, head: Token) -> Token | None:
    """What a vote that names nothing is on: the last resolution, draft or bill named before it in its sentence or
    the two before."""
    reading, doc = ctx.reading, ctx.reading.doc
    for j in range(head.i - 1, -1, -1):
        if reading.sent_of[head.i] - reading.sent_of[j] > 2:
            return None
        if reading.pos[j] == "NOUN" and reading.lemma[j] in lx.VOTED_NOUNS:
            return doc[j]
    return None


def _via_against(doc, word: int, head: int) -> bool:
    """Whether `word` hangs on the verb `head` through 'against' ('warned against sanctions', 'argued against
    lifting them'), whatever the verb: speaking, asking or acting against something opposes it."""
    t = doc[word]
    for _ in range(6):
        if t.head.i == head:
            return t.dep_ == "prep" and t.lower_ == "against"
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _spoken_stance(head: Token) -> int | None:
    """'spoke positively about', 'commented critically on': a verb of speaking made a stance by its adverb."""
    if head.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    for c in head.children:
        if c.dep_ == "advmod" and c.lower_ in lx.SUPPORT_ADVERBS:
            return 1
        if c.dep_ == "advmod" and c.lower_ in lx.OPPOSE_ADVERBS:
            return -1
    return None


def _complements(ctx: _Context, head: Token) -> Iterator[Clause]:
    """The clauses a verb governs as what it wants, asks for or refuses ('to impose', 'in imposing')."""
    reading = ctx.reading
    wanting = head.lemma_.lower() in lx.WANTING
    for child in head.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl", "acl") and child.i in reading.clause_at:
            if child.dep_ in ("ccomp", "advcl") and not any(g.tag_ == "TO" for g in child.children) \
                    and not (wanting and child.tag_ in ("VBN", "VBD") and not any(
                        g.dep_ in ("aux", "auxpass") for g in child.children)):   # 'wants the sanctions eased'
                continue
            yield reading.clauses[reading.clause_at[child.i]]
            for g in child.children:                           # 'urged X to join Europe and impose sanctions'
                if g.dep_ == "conj" and g.i in reading.clause_at and not any(x.dep_ in ("nsubj", "nsubjpass")
                                                                            for x in g.children):
                    yield reading.clauses[reading.clause_at[g.i]]
        elif child.dep_ == "prep":                             # 'joined in imposing', 'by lifting'
            for g in child.children:
                if g.dep_ == "pcomp" and g.i in reading.clause_at:
                    yield reading.clauses[reading.clause_at[g.i]]
                elif g.dep_ == "pobj" and g.lemma_.lower() in lx.LAW_NOUNS:   # 'pushed for a bill that would'
                    yield from _defining(reading, g, law=True)
        elif child.dep_ in ("dobj", "pobj", "nsubjpass"):      # 'efforts to lift', 'legislation to broaden',
            yield from _defining(reading, child, law=child.lemma_.lower() in lx.LAW_NOUNS)


def _defining(reading: Reading, noun: Token, *, law: bool) -> Iterator[Clause]:
    """The clauses that say what a noun is for: 'efforts to lift', 'a statement endorsing the measures', and for a
    text a body passes, 'a bill that would impose sanctions'."""
    for g in noun.children:
        if g.dep_ in ("acl", "relcl") and g.i in reading.clause_at and (
                any(x.tag_ == "TO" for x in g.children) or g.dep_ == "acl" and g.tag_ == "VBG"
                or law and g.dep_ == "relcl" and any(x.lower_ in ("that", "which") and x.dep_ == "nsubj"
                                                     for x in g.children)):
            yield reading.clauses[reading.clause_at[g.i]]


def _holder_and_mood(ctx: _Context, c: Clause, polarity: int) -> tuple[str, int | None]:
    """Who holds the stance ('agent' or the reporting 'speaker') and its polarity after negation and mood."""
    head = ctx.reading.doc[c.head]
    if head.dep_ == "acl" and c.mood == "intent" and not c.negated and head.head.lemma_.lower() in lx.CALL_NOUNS \
            and ctx.reading.agents(c).ids:
        return "agent", polarity                               # 'a UK proposal to sanction the group': the UK's call
    if _time_to(head) and not c.negated and not ctx.reading.agents(c).ids:
        return "speaker", polarity                             # 'said it was time to end the embargo'
    if head.dep_ in ("xcomp", "advcl", "acl", "pcomp") and _under_stance(ctx, head) \
            and not _accused(ctx, head) and not (head.dep_ == "acl" and head.head.dep_ in ("nsubj", "nsubjpass")):
        return "agent", None                                   # the governing clause holds it
    if c.negated:
        if c.lemma in lx.LIFT_VERBS and _until(head):
            return "agent", -polarity                          # 'will not lift the sanctions until X complies'
        if c.lemma in NEGATION_IS_STANCE and polarity == 1:
            return "agent", -1                                 # 'has not joined', 'will not support'
        if c.lemma in lx.EXCLUDING_VERBS and polarity == -1:
            return "agent", 1                                  # 'did not rule out new sanctions'
        if c.lemma in lx.IMPOSE_VERBS and polarity == 1 and _declared_future(ctx, c, head):
            return "agent", -1                                 # 'Serbia would not impose sanctions on Moscow'
        if c.mood == "modal" and polarity == 1 and c.lemma in lx.IMPOSE_VERBS \
                and any(a.dep_ == "aux" and a.lower_ in DEONTIC for a in head.children):
            return "speaker", -1                               # 'sanctions should not be extended', X said
        ahead = c.mood in ("real", "future") or c.mood == "modal" and any(
            a.dep_ == "aux" and a.lower_ in ("would", "will") for a in head.children)
        if c.lemma in TURN and ahead and ctx.sanctions.theme(c) is None:     # not 'did not condemn the measures'
            return "agent", -polarity                          # 'will (would) not hesitate to impose sanctions'
        return "agent", None
    if c.reporter is not None and not ctx.reading.agents(c).ids \
            and ctx.reading.clauses[c.reporter].lemma in lx.CALL_VERBS | lx.INSISTING:
        return "speaker", polarity                             # 'demanded that all sanctions be lifted'
    if c.mood in ("real", "future"):
        return "agent", polarity
    ready = _ready(head)
    if ready:                                                  # 'is prepared to increase', 'reluctant to back'
        return "agent", polarity * ready
    auxes = [a.lower_ for a in _shared_auxiliaries(head)]
    if c.mood == "modal" and any(a in DEONTIC for a in auxes):
        return "speaker", polarity                             # 'X said Serbia should impose sanctions'
    if c.mood == "modal" and "would" in auxes and c.reporter is not None \
            and ctx.reading.clauses[c.reporter].lemma in lx.DECLARING:
        return "agent", polarity                               # 'X announced that it would impose sanctions'
    if c.mood == "conditional" and polarity == 1 and c.lemma in lx.IMPOSE_VERBS and any(
            ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in ch.children)
            for ch in head.children):
        return "agent", polarity                               # 'would impose sanctions if Russia invaded': a threat
    return "agent", None


def _time_to(head: Token) -> bool:
    """An infinitive on 'time' that something be done ('it is time to end the embargo', 'high time to impose
    sanctions'), not 'no time to' nor 'the time to act was then'."""
    time = head.head
    return head.dep_ in ("relcl", "acl", "xcomp") and time.lower_ == "time" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in head.children) and time.dep_ in ("attr", "ROOT") \
        and not any(d.lower_ in ("no", "the", "that") for d in time.children if d.dep_ == "det")


def _declared_future(ctx: _Context, c: Clause, head: Token) -> bool:
    """A clause telling what its agent will or would do, said as a policy: 'will not impose', or 'would not
    impose' reported by a verb of declaring ('replied that Serbia would not impose sanctions')."""
    if c.mood == "future":
        return True
    auxes = {a.lower_ for a in head.children if a.dep_ == "aux"}
    return c.mood == "modal" and "would" in auxes and c.reporter is not None \
        and ctx.reading.clauses[c.reporter].lemma in lx.DECLARING | lx.words("reply respond answer")


def _until(head: Token) -> bool:
    """A condition for ending what the verb does: 'until Iran complies', 'until the withdrawal'."""
    return any(ch.lower_ == "until" and ch.dep_ == "prep" or ch.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "until" for g in ch.children) for ch in head.children)


def _ready(head: Token) -> int:
    """An infinitive on a word of readiness that is not denied ('is ready to', 'stands prepared to'): declared
    readiness is a stance, though the act itself has not happened (1); reluctance turns it round (-1); else 0."""
    adj = head.head
    word = adj.lemma_.lower()
    if head.dep_ != "xcomp" or adj.dep_ != "acomp" or word not in lx.READINESS | lx.RELUCTANCE:
        return 0
    if any(ch.dep_ == "neg" for t in (adj, adj.head) for ch in t.children):
        return 0
    return -1 if word in lx.RELUCTANCE else 1


def _accused(ctx: _Context, head: Token) -> bool:
    """A complement of enforcing ('charged X with violating sanctions'): X's act, not the charge's stance."""
    up = ctx.reading._governing(head)
    return up is not None and up.lemma in lx.ENFORCING_VERBS | lx.ACCUSE_VERBS


def _shared_auxiliaries(verb: Token) -> list[Token]:
    """A verb's auxiliaries, or for a conjunct with neither its own nor a subject, those of the verb it is
    coordinated with ('should go further and ban': 'should' is both verbs')."""
    own = [a for a in verb.children if a.dep_ == "aux"]
    if own or verb.dep_ != "conj" or verb.head.i > verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own
    return [a for a in verb.head.children if a.dep_ == "aux"]


def _under_stance(ctx: _Context, head: Token) -> bool:
    """A complement whose governing verb takes the stance through it ('urged X to join': urged holds it);
    not one a parse hung on a verb with a sanctions theme of its own."""
    if head.dep_ == "pcomp" and head.head.lower_ == "by":
        return False                                   # 'broke ranks with Washington by backing an exemption'
    up = ctx.reading._governing(head)
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.doc[head.i - 1].text == ",":
        return False                                   # 'followed suit, blacklisting X': a further act of its own
    return up is not None and (up.lemma in PASS_ON | TURN or up.lemma in POLARITY and up.lemma not in lx.USING_VERBS
                               or _via_against(ctx.reading.doc, head.i, up.head)) \
        and ctx.sanctions.theme(up) is None


# ------------------------------------------------------------------------------------------------ nouns

def _nominal(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """A stance noun governing sanctions: "its opposition to sanctions" (the possessor), "voiced opposition to
    sanctions" (the light verb's agent), "U.S. calls for sanctions" (the modifier)."""
    reading, doc = ctx.reading, ctx.reading.doc
    for p in ctx.sanctions.in_clause(c):
        noun = _stance_noun(doc[p.word])
        if noun is None:
            continue
        polarity = 1 if noun.lemma_.lower() in lx.SUPPORT_NOUNS else -1
        if p.lifting:                                      # 'an extension of the sanctions waivers': of the relief
            polarity = -polarity
        response = noun.lemma_.lower() in lx.RESPONSE_NOUNS    # only 'in response to the sanctions'
        holders = [] if response else \
            [a for ch in noun.children if ch.dep_ in ("poss", "compound", "amod", "nmod") and ch.i < noun.i
             for a in reading.who.actors(ch)]
        holders += [a for ch in noun.children if ch.dep_ == "prep" and ch.lower_ in ("by", "from") and not response
                    for g in ch.children if g.dep_ == "pobj" for a in reading.who.actors(g)]
        asked = noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == c.head  # 'asked for waivers'
        if not holders and not response and (noun.head.i == c.head or asked) \
                and (c.lemma in lx.LIGHT_VERBS | lx.CALL_VERBS or c.lemma in lx.REPORTING_VERBS and noun.dep_ == "dobj") \
                and reading.is_real(c):
            holders = list(reading.agents(c).ids)              # 'stressed the need for sanctions'
        if not holders and _in_stance(noun, c) and reading.is_real(c):   # 'shipped oil in defiance of sanctions'
            holders = list(reading.agents(c).ids)
        if not holders or c.negated:
            continue
        row = _row(ctx, c, polarity, p, via="stance noun", cue=f"{noun.text} {doc[p.word].text}")
        for aid in dict.fromkeys(holders):
            yield row._replace(actor_id=aid)


def _drawn(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Sanctions that drew a stance from someone: 'The sanctions drew a swift rebuke from Beijing', 'the move
    met with condemnation from Moscow', 'the package won praise from Kyiv' (whoever the stance is from)."""
    if c.lemma not in lx.DRAWING_VERBS or not ctx.reading.is_real(c):
        return
    doc = ctx.reading.doc
    head = doc[c.head]
    phrases = [p for s in head.children if s.dep_ in ("nsubj", "nsubjpass") for p in ctx.sanctions.under(s)]
    if not phrases:
        return
    nouns = [ch for ch in head.children if ch.dep_ == "dobj"] + [
        g for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "with" for g in ch.children if g.dep_ == "pobj"]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        polarity = 1 if lemma in lx.SUPPORT_NOUNS else -1 if lemma in lx.OPPOSE_NOUNS else 0
        holders = _sources(ctx, [g for p in [*noun.children, *head.children] if p.dep_ == "prep"
                                 and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"])
        if polarity and holders:
            row = _row(ctx, c, polarity, phrases[0], via="drew", cue=f"{head.text} {noun.text}")
            for aid in dict.fromkeys(holders):
                yield row._replace(actor_id=aid)


def _sources(ctx: _Context, sources: list[Token]) -> list[int]:
    """Who the words a stance is 'from' name: its actors, or for a city ('from Beijing'), its state."""
    who = ctx.reading.who
    return [a for g in sources for a in who.actors(g)] or [
        s for g in sources for s in [who.country_of(who.actor_of(g, frozenset({"location"})))] if s is not None]


def _despite(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Sanctions imposed over someone's objection: 'renewed the embargo despite objections from the government in
    Juba', 'imposed the sanctions over Chinese protests' (whoever objects opposes them)."""
    theme = ctx.sanctions.theme(c)
    if theme is None or not ctx.reading.is_real(c):
        return
    head, who = ctx.reading.doc[c.head], ctx.reading.who
    for noun in (g for p in head.children if p.dep_ == "prep" and p.lower_ in ("despite", "over")
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.OPPOSE_NOUNS):
        holders = _sources(ctx, [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                                 for g in p.children if g.dep_ == "pobj"])
        holders += [a for m in noun.children if m.dep_ in ("poss", "amod", "compound", "nmod") for a in who.actors(m)]
        row = _row(ctx, c, -1, theme[0], via="objected", cue=f"{noun.text} {ctx.reading.doc[theme[0].word].text}")
        for aid in dict.fromkeys(holders):
            yield row._replace(actor_id=aid)


def _retaliation(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """A party of the sanctions' target vowing to hit back, with sanctions told just before ('The EU imposed
    sanctions on Iran. Tehran said it would retaliate', 'Moscow vowed a firm response'): opposition to them."""
    head = ctx.reading.doc[c.head]
    if c.negated or ctx.sanctions.theme(c) is not None:
        return
    answer = c.lemma in lx.RETALIATING or c.lemma in lx.VOWING and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lx.RESPONSE_NOUNS | lx.RETALIATION_NOUNS for o in head.children)
    if not answer:
        return
    recent = [p for p in ctx.sanctions.phrases if c.sentence_id - 2 <= ctx.reading.sent_of[p.word] <= c.sentence_id
              and p.word < c.head]
    if not recent:
        return
    target = ctx.sanctions.target_of(recent[-1])
    who = ctx.reading.who
    holders = [a for a in ctx.reading.agents(c).ids if target is not None and who.country_of(a) == target]
    row = _row(ctx, c, -1, recent[-1], via="retaliation", cue=head.text)
    for aid in holders:
        yield row._replace(actor_id=aid)


def _in_stance(noun: Token, c: Clause) -> bool:
    """'in defiance of', 'in violation of', 'in support of': a stance noun after 'in' on the clause's verb."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") and noun.head.head.i == c.head


def _stance_noun(word: Token) -> Token | None:
    """The stance noun a sanctions word hangs on ('opposition to sanctions', 'the lifting of sanctions')."""
    t = word
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return None
        noun = t.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS | lx.RESPONSE_NOUNS:
            return noun
        if noun.pos_ != "NOUN":
            return None
        t = noun
    return None


def _roles(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """A role toward sanctions describing someone: 'X, an author of the measure', 'X is a vocal critic of the
    sanctions', 'X, a longtime opponent of sanctions'."""
    reading, doc = ctx.reading, ctx.reading.doc
    for p in ctx.sanctions.in_clause(c):
        word = doc[p.word]
        if word.dep_ == "compound":                            # 'an author of the sanctions bill'
            word = word.head
        if word.dep_ != "pobj" or word.head.lower_ not in ("of", "for", "behind") or word.head.head.pos_ != "NOUN":
            continue
        role = word.head.head
        polarity = lx.ROLE_STANCE.get(role.lemma_.lower())
        if polarity is None:
            continue
        person = described(role)
        if person is None:
            continue
        row = _row(ctx, c, polarity, p, via="role", cue=f"{role.text} of {word.text}")
        for aid in reading.who.actors(person):
            yield row._replace(actor_id=aid)


# ------------------------------------------------------------------------------------------------ evaluation

def _evaluative(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Evaluative words about sanctions belong to whoever uses them: 'X called the sanctions illegal' (X);
    'the sanctions are illegal' or 'illegal U.S. sanctions' in someone's words (the speaker); the imposer
    the evaluated phrase names supports them."""
    reading, doc = ctx.reading, ctx.reading.doc
    head = doc[c.head]
    subjects = [ch for ch in head.children if ch.dep_ in ("nsubj", "csubj")] \
        if c.lemma in lx.COPULAS | lx.OBJECT_COPULAS else []
    phrases = ctx.sanctions.in_clause(c) + [p for s in subjects for p in ctx.sanctions.under(s)
                                             if p.clause_id != c.clause_id]
    for p in phrases:
        word = doc[p.word]
        found = _judgement(word, head, c)
        if found is None:
            continue
        polarity, cue, by_agent = found
        holders = reading.agents(c) if by_agent else reading.speaker(c)
        if not holders.ids or c.negated and by_agent:
            continue
        row = _row(ctx, c, polarity, p, via="evaluation", cue=f"{cue} {word.text}")
        for aid in holders.ids:
            yield row._replace(actor_id=aid)
        if polarity == -1:
            for aid in p.imposers:
                yield row._replace(actor_id=aid, stance="support", via="evaluated imposer")
    yield from _relative_judgement(ctx, c, subjects)
    if c.lemma in lx.NAMING_VERBS:
        yield from _relative_judgement(ctx, c, [ch for ch in head.children if ch.dep_ == "dobj"], by_agent=True)


def _attitude(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """An attitude its subject is said to have toward sanctions: 'Austria remains skeptical of the sanctions',
    'Rome is supportive of them', 'X is opposed to new sanctions'."""
    if c.lemma not in lx.COPULAS or c.negated:
        return
    reading = ctx.reading
    for adj in (x for x in reading.doc[c.head].children if x.dep_ == "acomp"):
        polarity = lx.ATTITUDES.get(adj.lower_)
        phrases = [p for prep in adj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "about", "to", "with",
                   "toward", "towards", "on") for p in ctx.sanctions.under(prep)]
        if polarity is None or not phrases:
            continue
        row = _row(ctx, c, polarity, phrases[0], via="attitude", cue=f"{adj.text} {reading.doc[phrases[0].word].text}")
        for aid in reading.agents(c).ids:
            yield row._replace(actor_id=aid)


def _feeling(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """A feeling its subject has about what a that-clause says happened to sanctions: 'he was appalled that the
    government was lifting sanctions' (backs them), 'pleased that the EU had adopted new sanctions' (backs them),
    'glad the sanctions were lifted' (opposes them)."""
    if c.lemma not in lx.COPULAS or c.negated:
        return
    reading = ctx.reading
    for adj in (x for x in reading.doc[c.head].children if x.dep_ == "acomp" and x.lower_ in lx.FEELINGS):
        for clause in (reading.clauses[reading.clause_at[x.i]] for x in adj.children
                       if x.dep_ == "ccomp" and x.i in reading.clause_at):
            inner = stance_of(ctx, clause)
            if inner is None or clause.mood not in ("real", "future") and not clause.negated:
                continue
            polarity = lx.FEELINGS[adj.lower_] * inner[0] * (-1 if clause.negated else 1)
            row = _row(ctx, c, polarity, inner[1], via="feeling", cue=f"{adj.text} {reading.doc[clause.head].text}")
            for aid in reading.agents(c).ids:
                yield row._replace(actor_id=aid)


def _no_right(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Whoever says someone lacks the right or authority to act on sanctions takes the other side: 'Russia said the
    US lacked the legal authority to trigger the snapback' (Russia opposes it), 'had no right to impose sanctions'."""
    if c.lemma not in ("lack", "have") or c.negated and c.lemma == "lack":
        return
    reading = ctx.reading
    head = reading.doc[c.head]
    for noun in (x for x in head.children if x.dep_ == "dobj" and x.lemma_.lower() in lx.ENTITLEMENT_NOUNS):
        denied = c.lemma == "lack" or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
        acts = [x for x in noun.children if x.dep_ == "acl"] + [x for x in head.children if x.dep_ == "xcomp"]
        for act in (x for x in acts if x.i in reading.clause_at):      # (the parse may hang it on the verb)
            inner = stance_of(ctx, reading.clauses[reading.clause_at[act.i]])
            if not denied or inner is None:
                continue
            row = _row(ctx, c, -inner[0], inner[1], via="no right", cue=f"{head.text} {noun.text}")
            for aid in reading.speaker(c).ids:
                yield row._replace(actor_id=aid)


def _owned_tool(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Sanctions said to be someone's tool ('Sanctions are the EU's main tool against Russia', 'the measures remain
    Washington's weapon of choice'): its owner backs them; a tool of a wrong ('a tool of Western pressure') is
    the speaker's judgement, read elsewhere."""
    if c.lemma not in lx.COPULAS or c.negated:
        return
    head = ctx.reading.doc[c.head]
    phrases = [p for s in head.children if s.dep_ in ("nsubj", "nsubjpass") for p in ctx.sanctions.under(s)]
    for x in (x for x in head.children if x.dep_ == "attr" and x.lemma_.lower() in lx.SUPPORT_PREDICATE_NOUNS):
        if not phrases or _predicate_polarity(x) != 1:
            continue
        row = _row(ctx, c, 1, phrases[0], via="owned tool", cue=f"{x.text} {ctx.reading.doc[phrases[0].word].text}")
        for aid in (a for o in x.children if o.dep_ == "poss" for a in ctx.reading.who.actors(o)):
            yield row._replace(actor_id=aid)


def _relative_judgement(ctx: _Context, c: Clause, subjects: list[Token], *,
                        by_agent: bool = False) -> Iterator[PositionRow]:
    """'the sanctions, which Russia says are illegal': a copula whose subject is a relative pronoun judges the
    noun the relative clause hangs on, and the judgement is its speaker's; 'the measures, which Iran called
    unlawful': a naming verb's relative object, the judgement its agent's."""
    if c.negated:
        return
    head = ctx.reading.doc[c.head]
    for s in subjects:
        if s.lower_ not in ("which", "that"):
            continue
        ante = next((t.head for t in [head, *head.ancestors] if t.dep_ == "relcl"), None)
        phrases = [p for p in ctx.sanctions.phrases if ante is not None and p.word == ante.i]
        said = [y for x in head.children if x.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp")
                or x.dep_ == "prep" and x.lower_ == "as" for y in [x, *(g for g in x.children if g.dep_ == "pobj")]]
        polarity = next((pol for y in said for pol in [_predicate_polarity(y)] if pol is not None), None)
        if not phrases or polarity is None:
            continue
        row = _row(ctx, c, polarity, phrases[0], via="evaluation", cue=f"{ante.text} {head.text}")
        holders = ctx.reading.agents(c) if by_agent else ctx.reading.speaker(c)
        for aid in holders.ids:
            yield row._replace(actor_id=aid)


def _judgement(word: Token, head: Token, c: Clause) -> tuple[int, str, bool] | None:
    """(polarity, the evaluative word, whether the clause's agent makes it) for a sanctions word: an
    evaluative adjective on it, or said of it by a copula ('are illegal') or a naming verb ('called
    them illegal', 'described the move as an essential step')."""
    for a in word.children:
        if a.dep_ == "amod":
            pol = _adjective(a)
            if pol is not None:
                return pol, a.text, c.lemma in lx.REPORTING_VERBS or c.lemma in lx.CRITICISE_VERBS
    lemma = c.lemma if c.lemma in lx.OBJECT_COPULAS else head.lemma_.lower()
    if lemma in lx.COPULAS | lx.OBJECT_COPULAS and _in_subject(word, head):
        objects = ("dobj", "pobj") if lemma in lx.OBJECT_COPULAS else ()
        for x in [*head.children, *(g for p in head.children if p.dep_ == "prep" and p.lower_ == "to"
                                    for g in p.children)]:
            if x.dep_ in ("acomp", "attr", "oprd", *objects):
                pol = _predicate_polarity(x)
                if pol is not None:                            # 'sanctions are not the answer': turned round
                    return (-pol if c.negated else pol), x.text, False
    if lemma in lx.NAMING_VERBS and word.dep_ in ("dobj", "nsubj") and _under(word, head):
        after = [g for g in word.children if g.dep_ == "acomp" and g.i > word.i] if word.dep_ == "dobj" else []
        for x in list(head.children) + list(word.head.children if word.dep_ == "nsubj" else []) + after:
            # ('called the listing "unacceptable"': a parse that hangs the quoted adjective on the object)
            if x.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp") or x.dep_ == "prep" and x.lower_ == "as":
                # 'called them "an attack on the judges states gave them"': the quotation read as a clause
                subject = [g for g in x.children if g.dep_ == "nsubj"] if x.dep_ == "ccomp" else []
                for y in [x] + [g for g in x.children if g.dep_ == "pobj"] + subject:
                    pol = _predicate_polarity(y)
                    if pol is not None:
                        return pol, y.text, True
    quote_as_possessive = word.dep_ == "poss" and word.i + 1 < len(word.doc) and word.nbor().text in ("'", "’")
    if lemma in lx.NAMING_VERBS and (word.dep_ in ("nmod", "compound", "amod") or quote_as_possessive):
        x = word.head                     # 'called the U.S. oil embargo "criminal"', parsed as one noun phrase;
        #                                   "called US sanctions 'economic terrorism'", the quote read as a possessive
        if x.dep_ in ("oprd", "dobj") and x.head.i == head.i and (x.pos_ == "ADJ" or quote_as_possessive):
            pol = _predicate_polarity(x)
            if pol is not None:
                return pol, x.text, True
    return None


def _in_subject(word: Token, head: Token) -> bool:
    """The word lies inside the subject of `head` ('imposing sanctions would be disastrous')."""
    t = word
    for _ in range(8):
        if t.head.i == head.i:
            return t.dep_ in ("nsubj", "csubj", "nsubjpass")
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _under(word: Token, head: Token) -> bool:
    t = word
    for _ in range(3):
        if t.head.i == head.i:
            return True
        t = t.head
    return False


def _adjective(a: Token) -> int | None:
    low = a.lower_
    if low in lx.OPPOSE_ADJECTIVES and low != "unilateral":
        return -1
    return None


def _predicate_polarity(x: Token) -> int | None:
    """The polarity of what a copula or naming verb says: an evaluative adjective, or a noun carrying one
    ('an essential step', 'a violation of sovereignty')."""
    for t in [x] + [a for a in x.children if a.dep_ in ("amod", "advmod")]:
        low = t.lower_
        if low in lx.OPPOSE_ADJECTIVES:
            return -1
        if low in lx.SUPPORT_ADJECTIVES:
            return 1
    if x.lemma_.lower() in lx.OPPOSE_PREDICATE_NOUNS:
        return -1
    ends = [g for p in x.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if x.pos_ == "NOUN" and any(g.lemma_.lower() in lx.OPPOSE_PREDICATE_NOUNS for g in ends):
        return -1                                  # 'a declaration of war', 'an act of economic terrorism'
    if x.lemma_.lower() in lx.SUPPORT_PREDICATE_NOUNS:
        return -1 if any(g.lemma_.lower() in lx.WRONGFUL_ENDS for g in ends) else 1   # 'a tool of pressure'
    return None


def _harm_claims(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """Whoever reports that sanctions fail or harm ('such measures have serious humanitarian consequences')."""
    if c.reporter is None and not c.quoted:
        return
    head = ctx.reading.doc[c.head]
    said = ctx.reading.who.text[head.left_edge.idx:head.right_edge.idx + len(head.right_edge)].lower()
    found = lx.HARM_CLAIMS.search(said)
    claim = found.group(0) if found else None
    if claim is None or not (ctx.sanctions.in_clause(c) or _about_sanctions_nearby(ctx, c)):
        return
    holders = ctx.reading.speaker(c)
    row = _row(ctx, c, -1, next(iter(ctx.sanctions.in_clause(c)), None), via="claim", cue=claim,
               past=_said_past(ctx, c))
    for aid in holders.ids:
        yield row._replace(actor_id=aid)


def _said_past(ctx: _Context, c: Clause) -> bool | None:
    """A claim about how sanctions fare is the view of whoever says it, when they say it: 'Such pressure has not
    worked in the past and will not work now, he said' is a view held now. None without a reporting clause."""
    return ctx.reading.clauses[c.reporter].past if c.reporter is not None else None


def _about_sanctions_nearby(ctx: _Context, c: Clause) -> bool:
    return any(0 <= c.sentence_id - ctx.reading.clauses[p.clause_id].sentence_id <= 2 for p in ctx.sanctions.phrases)


# ------------------------------------------------------------------------------------------------ imposers

def _imposers(ctx: _Context, c: Clause) -> Iterator[PositionRow]:
    """'U.S. sanctions', 'EU-led sanctions', 'sanctions imposed by Canada': the named imposer supports them,
    unless it is their target, or the sanctions are only spoken of as lifted, evaded or not yet in force."""
    doc = ctx.reading.doc
    for p in ctx.sanctions.in_clause(c):
        if p.stand_in or not p.imposers:
            continue
        word = doc[p.word]
        if c.lemma in lx.LIFT_VERBS and (ctx.sanctions.theme(c) or (None,))[0] == p:
            continue
        row = _row(ctx, c, 1, p, via="imposer", cue=ctx.reading.who.text[word.left_edge.idx:word.idx + len(word)])
        row = row._replace(period="current")          # the sanctions it named are its own, whenever imposed
        then = _adopted_long_ago(ctx, word) or c.past and c.dated_by == "own"   # 'blocked an EU package in 2020'
        for aid in p.imposers:
            if aid not in p.targets and aid != ctx.sanctions.main_target:
                yield row._replace(actor_id=aid)
                if then:                                  # 'EU sanctions adopted in March': its stance then too
                    yield row._replace(actor_id=aid, period="past")


def _adopted_long_ago(ctx: _Context, word: Token) -> bool:
    """A participle of imposing on the sanctions (or their round), dated a month or more before publication:
    'a round of EU sanctions adopted in March'."""
    reading = ctx.reading
    nouns = [word] + ([word.head.head] if word.dep_ == "pobj" and word.head.lower_ == "of" else [])
    for noun in nouns:
        for ch in noun.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.i in reading.clause_at:
                c = reading.clauses[reading.clause_at[ch.i]]
                if c.lemma in lx.IMPOSE_VERBS and c.dated_by == "own" and c.past:
                    return True
    return False


def _criticised_imposers(ctx: _Context, c: Clause, row: PositionRow) -> Iterator[PositionRow]:
    """'X criticized the U.S. and the EU for following up with sanctions': those criticised impose them."""
    head = ctx.reading.doc[c.head]
    fors = [ch for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "for" and ctx.sanctions.under(ch)]
    if not fors:
        return
    for obj in (ch for ch in head.children if ch.dep_ == "dobj"):
        for aid in ctx.reading.who.actors(obj):
            yield row._replace(actor_id=aid, stance="support", via="criticised for them")


def _voices_of_imposers(ctx: _Context, rows: list[PositionRow]) -> Iterator[PositionRow]:
    """An official of a state that imposes the sanctions the article reports, quoted on them with no stance
    of their own ('"Today's action holds the regime to account," said Treasury Secretary X' after 'the
    Treasury imposed sanctions'), speaks for the imposer: support, from the sanctions phrase in the quote."""
    who, doc = ctx.reading.who, ctx.reading.doc
    imposing = {who.country.get(r.actor_id) for r in rows
                if r.stance == "support" and r.period == "current" and r.via in ("agent", "imposer")} - {None}
    held = {r.actor_id for r in rows}
    against = {r.sentence_id for r in rows if r.stance == "oppose"}
    for q in ctx.art.quotes.itertuples():
        if pd.isna(q.speaker_id) or q.sentence_id in against:
            continue
        aid = int(q.speaker_id)
        if aid in held or who.kind.get(aid) != "person" or not who.speaks_for_state(aid) \
                or who.country.get(aid) not in imposing:
            continue
        span = doc.char_span(int(q.start_char), int(q.end_char), alignment_mode="expand")
        inside = [p for p in ctx.sanctions.phrases if span is not None and span.start <= p.word < span.end]
        if inside:
            p = inside[0]
            c = ctx.reading.clauses[p.clause_id]
            if c.negated or c.mood in ("conditional", "question"):
                continue
            held.add(aid)
            yield _row(ctx, c, 1, p, via="speaks for the imposer")._replace(actor_id=aid)


def _joiners(ctx: _Context, rows: list[PositionRow]) -> Iterator[PositionRow]:
    """'X was joined in his opposition by Y': Y takes the stances the sentence gives X."""
    reading = ctx.reading
    for d in reading.clauses:
        head = reading.doc[d.head]
        if d.lemma != "join" or not any(ch.dep_ in ("auxpass", "nsubjpass") for ch in head.children):
            continue
        by = next((t for t in head.sent if t.i > head.i and t.lower_ == "by"), None)   # a parse may hang it lower
        joined = [a for g in (by.children if by is not None else ()) for a in reading.who.actors(g)]
        for r in [r for r in rows if r.sentence_id == d.sentence_id]:
            for aid in joined:
                if aid != r.actor_id:
                    yield r._replace(actor_id=aid, via="joined")


def _followed(ctx: _Context, c: Clause, earlier: list[PositionRow]) -> Iterator[PositionRow]:
    """'Britain followed suit': the stance taken just before (within two sentences)."""
    prev = [r for r in earlier if c.sentence_id - 2 <= r.sentence_id <= c.sentence_id]
    if not prev:
        return
    row = _row(ctx, c, 1 if prev[-1].stance == "support" else -1, None, via="followed suit")
    for aid in ctx.reading.agents(c).ids:
        yield row._replace(actor_id=aid, target_id=prev[-1].target_id)


def _thanked(ctx: _Context, c: Clause, earlier: list[PositionRow]) -> Iterator[PositionRow]:
    """'Ukraine's ambassador thanked Canberra': thanking or praising a party that has just imposed sanctions, for
    nothing else ('thanked Canberra for its hospitality' is not), backs them."""
    doc, who = ctx.reading.doc, ctx.reading.who
    head = doc[c.head]
    if any(p.dep_ == "prep" and p.lower_ == "for" and not names_sanctions(p) for p in head.children):
        return
    thanked = {a for o in head.children if o.dep_ == "dobj" for a in who.actors(o)}
    imposed = [r for r in earlier if r.actor_id in thanked and r.stance == "support" and r.period == "current"
               and c.sentence_id - 4 <= r.sentence_id <= c.sentence_id]
    if not imposed:
        return
    row = _row(ctx, c, 1, None, via="thanked", cue=head.text)
    for aid in ctx.reading.agents(c).ids:
        if aid not in thanked:
            yield row._replace(actor_id=aid, target_id=imposed[-1].target_id)


def _reversed(ctx: _Context, c: Clause, earlier: list[PositionRow]) -> Iterator[PositionRow]:
    """'That argument was disputed by X': the opposite of the stance argued just before."""
    head = ctx.reading.doc[c.head]
    if not any(t.lemma_.lower() in lx.ARGUMENT_NOUNS for t in head.subtree):
        return
    prev = [r for r in earlier if c.sentence_id - 2 <= r.sentence_id < c.sentence_id]
    if not prev:
        return
    polarity = 1 if prev[-1].stance == "oppose" else -1
    row = _row(ctx, c, polarity, None, via="disputed")
    for aid in ctx.reading.agents(c).ids:
        yield row._replace(actor_id=aid)


# ------------------------------------------------------------------------------------------------ rows

def _row(ctx: _Context, c: Clause, polarity: int, phrase: Phrase | None, *, via: str,
         cue: str | None = None, past: bool | None = None) -> PositionRow:
    """The row of a stance taken in clause `c`; `past` overrides the clause's period."""
    doc = ctx.reading.doc
    head = doc[c.head]
    evidence = ctx.evidence.get(c.sentence_id) or head.sent.text
    if cue is None:
        cue = head.text + (f" {doc[phrase.word].text}" if phrase is not None and phrase.word != c.head else "")
    past = c.past if past is None else past
    return PositionRow(-1, "sanctions", STANCES[polarity], "past" if past else "current",
                       ctx.sanctions.target_of(phrase), cue, evidence, c.sentence_id, via)


def _own_target(ctx: _Context, row: PositionRow) -> bool:
    """A target does not support sanctions on itself."""
    if row.stance != "support":
        return False
    who = ctx.reading.who
    return row.actor_id == row.target_id or who.country_of(row.actor_id) == row.target_id \
        and who.kind.get(row.actor_id) == "country"


def _roll_up(ctx: _Context, rows: list[PositionRow]) -> Iterator[PositionRow]:
    """A person or body speaking for a state gives the state the same position; a person heading or speaking for
    an organisation gives it the same ('X, president of the Iranian Resistance, welcomed the decision')."""
    who = ctx.reading.who
    for r in list(rows):
        org = who.organisation_led(r.actor_id)
        if org is not None and not (r.stance == "support" and org == r.target_id):
            yield r._replace(actor_id=org, via=f"speaks for ({r.via})")
        if who.kind.get(r.actor_id) == "country" or not who.speaks_for_state(r.actor_id):
            continue
        state = who.country_of(r.actor_id)
        if state is not None and not (r.stance == "support" and state == r.target_id):
            yield r._replace(actor_id=state, via=f"speaks for ({r.via})")


def _dedupe(rows: list[PositionRow]) -> list[PositionRow]:
    seen, out = set(), []
    for r in rows:
        key = (r.actor_id, r.stance, r.period, r.sentence_id)
        if r.actor_id >= 0 and key not in seen:
            seen.add(key)
            out.append(r)
    return out
