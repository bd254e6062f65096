"""Each sentence read once into clauses: who does what to whom, when, where, and how really.

`read(article, who)` returns a `Reading`: one `Clause` per predicate (a verb heading a clause, or the root of
a verbless sentence), with its lemma (idioms joined: 'took the lead in' is 'lead'), whether it is negated,
its mood (real, or only modal, future, conditional, intended or asked), the clause that reports it ('X said
that ...'), its agent and objects, its time (its own date, else its governing clause's, else the dated
narrative before it: 'the next day', a past-tense sentence after a dated one) and place. Quotes, events and
positions all read these clauses and ask `who` (the one resolver) for the actors; none re-derives them.

Agents are resolved on first use, so that first-person words inside a quotation can name whoever the quotes
reader found saying it. `Reading.frame()` is the `clauses` frame of the article.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Iterator, NamedTuple

import numpy as np
import pandas as pd
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.tokens import Token

from dossier import dates as dt
from dossier import lexicon as lx
from dossier.article import Article
from dossier.schema import frame
from dossier.who import NOBODY, ORG_KINDS, SUBJECT_DEPS, Named, Who, member_of

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "csubjpass",
                         "parataxis", "dep"})
OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "oprd"})
_DURATIONS = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in lx.DURATION_MARKERS) + r")\b")
_PAST_MARKERS = re.compile(r"\b(?:" + "|".join(re.escape(m.strip()) for m in lx.PAST_MARKERS if m != "then-")
                           + r")\b")
_PAST_TENSE_MARKERS = re.compile(r"\b(?:" + "|".join(map(re.escape, lx.PAST_TENSE_MARKERS)) + r")\b")
CLIMB_LIMIT = 8                 # dependency steps from a token up to its reporting verb
COLON_REACH = 40                # characters back from a quotation to look for 'said:'
DATELINE_REACH = 60             # characters from a sentence's start within which a wire dateline's date lies
_DATELINE_DATE = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?::|--?|–|—)\s")
SAYING = lx.DECLARING | lx.words("say tell write post")     # verbs of saying, not of thinking or hoping
PAST_AFTER_DAYS = 30            # a clause dated this long before publication is in the past


class Clause(NamedTuple):
    clause_id: int
    sentence_id: int
    head: int                   # token index of the predicate
    lemma: str                  # the predicate's lemma, idioms joined ('take the lead' -> 'lead')
    negated: bool
    mood: str                   # real / modal / future / conditional / intent / question
    reporter: int | None        # clause_id of the clause that reports this one ('X said that ...')
    subject: int | None         # token index of the word that names the agent, if the parse has one
    objects: tuple[int, ...]    # token indices of its objects (and of a passive subject)
    date: str | None            # YYYY-MM-DD, YYYY-MM or YYYY
    date_text: str | None
    dated_by: str | None        # own / clause (a governing clause's) / narrative / None
    past: bool                  # dated (or marked) a month or more before publication
    place: str | None
    quoted: bool                # inside quotation marks


class ClauseRow(NamedTuple):
    clause_id: int
    sentence_id: int
    predicate: str
    lemma: str
    negated: bool
    mood: str
    reported_by: int | None
    agent_ids: list
    agent: str | None
    patient_ids: list
    patient: str | None
    date: str | None
    date_text: str | None
    period: str
    place: str | None
    quoted: bool
    start_char: int
    end_char: int


class Attribution(NamedTuple):
    speaker: Named              # who says it
    cue: str | None             # the reporting verb as written ('said'), or 'according to'
    cue_start: int | None      # its character offset


# ------------------------------------------------------------------------------------------------ reading

class Reading:
    """The clauses of one article and the questions every reader asks of them."""

    def __init__(self, art: Article, who: Who) -> None:
        self.who, self.doc = who, art.doc           # not the Article: it holds this reading (no cycle to collect)
        self.published = _as_date(art.meta.get("published"))
        self.sent_of = _sentence_index(art, who)
        self.entity_of = {i: e for e in art.doc.ents for i in range(e.start, e.end)}
        self.lower, self.lemma, self.pos, self.dep, self.head, self.tag, self.ent = _token_arrays(self.doc)
        self.tokens = who.tokens                          # one Token per word, made once (doc[i] makes a new one)
        self.kids = _children(self.head)                  # token index -> its children's indices, in order
        self.para = _paragraph_index(art, who)            # token index -> paragraph_id (as who.paragraph_of)
        self._speaks: dict[int, bool] = {}
        self._next_day_sents: dict[int, bool] = {}
        self._sents: list | None = None                   # spaCy's sentences, made when first asked
        heads = [i for i in range(len(self.doc)) if _is_predicate(i, self)]
        self.owner = _owners(self.head, set(heads))
        self.clause_at: dict[int, int] = {h: n for n, h in enumerate(heads)}
        ids, texts = list(art.sentences["sentence_id"]), list(art.sentences["text"])
        self.questions = {int(s) for s, t in zip(ids, texts) if t.rstrip().endswith("?")
                          and not t.lstrip().startswith(('"', "“"))}
        self._moods: dict[int, str] = {}
        self.own: dict[int, list[int]] = {h: [] for h in heads}     # predicate -> its own token indices
        for i, h in enumerate(self.owner):
            if h is not None:
                self.own[h].append(i)
        self.date_spans = _own_dates(art, who, self)      # predicate -> [(start, end, text, date)] in order
        dated = {h: (spans[0][3], spans[0][2]) for h, spans in self.date_spans.items()}
        self.clauses: list[Clause] = []
        for n, h in enumerate(heads):
            self.clauses.append(self._clause(n, h, dated))
        self._narrate()
        self._said_then()
        self._agents: dict[int, Named] = {}

    # ---- building

    def _clause(self, n: int, i: int, dated: dict[int, tuple[str, str]]) -> Clause:
        dep = self.dep
        lemma = self._predicate_lemma(i)
        subj = self._subject_index(i)
        objects = tuple(c for c in self.kids[i] if dep[c] in OBJECT_DEPS or dep[c] == "nsubjpass")
        own = dated.get(i)
        date_, text = (own if own else (None, None))
        return Clause(n, self.sent_of[i], i, lemma, self._negated(i), self.mood_at(i), self._reporter_of(i),
                      subj, objects, date_, text, "own" if own else None,
                      False, self._place(i), self.who.in_quote[i])

    def mood_of(self, tok: Token) -> str:
        """`_mood` of a predicate, worked out once; a clause of a question is asked, not told."""
        return self.mood_at(tok.i)

    def mood_at(self, i: int) -> str:
        if i not in self._moods:
            mood = self._mood(i)
            self._moods[i] = "question" if mood == "real" and self.sent_of[i] in self.questions else mood
        return self._moods[i]

    def _predicate_lemma(self, i: int) -> str:
        dep, low, lem = self.dep, self.lower, self.lemma
        lemma = lem[i]
        # a verb that gives a name takes no idiom from the name's own preposition: 'called the licence "oxygen for a
        # dictatorship"' is no 'call for'
        naming = any(dep[c] == "oprd" for c in self.kids[i])
        for c in self.kids[i]:
            key = None
            d = dep[c]
            if d in ("prt", "advmod"):
                key = (lemma, low[c])
            elif d == "dobj":
                key = (lemma, lem[c])
            elif d == "prep" and low[c] in ("for", "on", "upon", "to", "out") and not naming and not any(
                    self.ent[g] in ("DATE", "TIME") for g in self.kids[c]):   # not 'called them illegal on Monday'
                key = (lemma, low[c])
            elif d == "prep" and low[c] == "in":                                # 'fell in line with'
                key = next(((lemma, lem[g]) for g in self.kids[c] if dep[g] == "pobj"), None)
            if key in lx.IDIOMS:
                return lx.IDIOMS[key]
        return lemma

    def _negated(self, i: int) -> bool:
        """'not', 'never', "n't" on the predicate or its auxiliaries, 'neither' before it; a conjunct after
        'nor' ('neither endorsed nor condemned', 'did not endorse them, nor did it condemn them'); a conjunct
        without its own subject shares its head's ('did not meet or call')."""
        dep, low, head = self.dep, self.lower, self.head
        kids = self.kids[i]
        if any(dep[c] == "neg" or low[c] == "never" and dep[c] == "advmod" or low[c] == "neither" and
               dep[c] == "preconj" for c in kids):
            return True
        if dep[i] == "conj" and head[i] != i and any(dep[c] == "cc" and low[c] == "nor" and c < i
                                                     for c in self.kids[head[i]]):
            return True
        if dep[i] == "conj" and not any(dep[c] in SUBJECT_DEPS for c in kids) and head[i] != i:
            return any(dep[c] == "neg" for c in self.kids[head[i]])
        return False

    def _mood(self, i: int) -> str:
        """How real the clause is: 'question' (asked), 'conditional' ('if'), 'modal' (would, could, should),
        'future' (will, is to, is due to), 'intent' (an infinitive under a verb of wanting, planning or
        asking), else 'real'. A conjunct without its own subject shares its head's."""
        dep, low, tag, pos, lem, head = self.dep, self.lower, self.tag, self.pos, self.lemma, self.head
        v = i
        for _ in range(4):
            kids = self.kids[v]
            if any(dep[c] == "mark" and low[c] in lx.CONDITIONS for c in kids):
                return "conditional"
            auxes = [low[c] for c in kids if dep[c] in ("aux", "auxpass")]
            if any(a in lx.FUTURE for a in auxes):
                return "future"                         # a stated intention, threats 'unless ...' included
            if any(a in lx.MODALS for a in auxes):      # 'would meet if asked': only imagined
                return "conditional" if any(dep[c] == "advcl" and any(dep[g] == "mark" and low[g] in lx.CONDITIONS
                                                                      for g in self.kids[c]) for c in kids) else "modal"
            if any(dep[c] == "aux" and tag[c] == "TO" for c in kids) and dep[v] in ("xcomp", "advcl", "acl", "relcl",
                                                                                  "ccomp"):
                h = head[v]
                hl = lem[h]
                if pos[h] == "NOUN" and any(low[c] in lx.RANKS for c in self.kids[h] if dep[c] == "amod"):
                    return self._mood(head[h]) if head[h] != h else "real"   # 'the first country to'
                if pos[h] == "NOUN":                        # 'its decision to support' was taken;
                    return "real" if hl in lx.DONE_DECISIONS else "intent"  # 'legislation to broaden' not yet
                if hl in lx.IMPLICATIVE_HEADS:
                    return self._mood(h)
                if hl in ("be",) and any(low[c] in ("due", "set", "expected") for c in self.kids[h]):
                    return "future"
                if hl in ("be",) and _ranked_first(self.tokens[h]):
                    return self._mood(h)                # 'was among the first to impose': it did
                return "intent" if hl in lx.INTENT_HEADS or pos[h] == "ADJ" or hl == "be" else self._mood(h)
            if dep[v] in ("conj", "xcomp") and head[v] != v and not any(dep[c] in SUBJECT_DEPS for c in kids):
                v = head[v]
                continue
            if dep[v] == "advcl" and any(dep[c] == "mark" and low[c] in lx.CONDITIONS for c in kids):
                return "conditional"
            if tag[v] in ("VBZ", "VBP") and head[v] != v and _when_clause(v, self) \
                    and self._mood(head[v]) in ("future", "intent"):
                return "future"                         # 'will travel next week, when he holds talks on Friday'
            break
        return "real"

    def _said_then(self) -> None:
        """What someone is reported to have said in the past is a view of the past ('Erdogan used to say that Ankara
        would never comply'; 'In 2014, X said Germany would back sanctions'), whatever its own tense."""
        for n, c in enumerate(self.clauses):
            if c.reporter is not None and not c.past and self.clauses[c.reporter].past:
                self.clauses[n] = c._replace(past=True)

    def _narrate(self) -> None:
        """Dates for clauses without one: a governing clause's; else, for a past-tense main clause, the
        dated clause just before it in the same paragraph ('the next day' moves it on); then `past`."""
        last: tuple[int, str, str] | None = None         # (paragraph, date, text) of the last dated main clause
        dep = self.dep
        for n, c in enumerate(self.clauses):
            i = c.head
            para = self.para[i]
            if c.date is None:
                up = self._governing_at(i)
                below = self._dependent_date(i)
                if below is not None:
                    c = c._replace(date=below[3], date_text=below[2], dated_by="clause")
                elif up is not None and up.date is not None:
                    c = c._replace(date=up.date, date_text=up.date_text, dated_by="clause")
                elif last is not None and (last[0] == para or last[0] == para - 1 and self._goes_on(c)) \
                        and self._narrative(i):
                    when = _shifted(last[1], self._sentence_text(i)) if self._says_next_day(i) else last[1]
                    c = c._replace(date=when, date_text=last[2], dated_by="narrative")
            c = c._replace(past=self._is_past(c, i))
            if c.date is not None and c.dated_by != "clause" and dep[i] in ("ROOT", "conj", "ccomp") \
                    and not c.quoted:          # a date in someone's words is no time of the narrative
                last = (para, c.date, c.date_text)
            self.clauses[n] = c

    def _goes_on(self, c: Clause) -> bool:
        """A paragraph that goes on with the story of the one before, as papers that give each sentence its own
        paragraph write it: its first sentence's subject is a pronoun ('He also renewed the sanctions')."""
        s = c.subject
        return s is not None and self.lower[s] in lx.PERSON_PRONOUNS.keys() | lx.GROUP_PRONOUNS \
            and self.sent_of[s] == self.sent_of[self._first_of_paragraph(self.para[s], s)]

    def _first_of_paragraph(self, para: int, i: int) -> int:
        """The first token of paragraph `para` at or before token `i`."""
        while i > 0 and self.para[i - 1] == para:
            i -= 1
        return i

    def _dependent_date(self, i: int) -> tuple[int, int, str, str] | None:
        """The date of a non-finite clause that hangs on this one ('imposing sanctions ... for conducting a
        test in May 2009'): a participle or infinitive without a subject of its own. An infinitive lends its
        date only when it lies a month or more back ('refused to join the sanctions in 2012'; not 'agreed to
        meet in May', which may be ahead)."""
        dep, tag = self.dep, self.tag
        kids = self.kids[i] + [g for c in self.kids[i] if dep[c] == "prep" for g in self.kids[c]]
        kids += [a for g in kids if dep[g] == "pobj" and self.lemma[g] in lx.DOCUMENT_NOUNS   # 'said in a statement
                 for a in self.kids[g] if dep[a] == "acl" and tag[a] == "VBN"]               # issued on August 17'
        for k in kids:
            if k in self.date_spans and k != i and dep[k] in ("pcomp", "xcomp", "advcl", "acl") \
                    and not any(dep[g] in SUBJECT_DEPS for g in self.kids[k]):
                when = self.date_spans[k][0]
                if tag[k] in ("VBG", "VBN") and not any(tag[g] == "TO" for g in self.kids[k]):
                    return when
                if dep[k] == "xcomp" and tag[i] == "VBD" and self.published \
                        and _age_days(when[3], self.published) >= PAST_AFTER_DAYS:
                    return when
        return None

    def _is_past(self, c: Clause, i: int) -> bool:
        dep, low, tag, head = self.dep, self.lower, self.tag, self.head
        if c.date and self.published and _age_days(c.date, self.published) >= PAST_AFTER_DAYS \
                and not self._ongoing_since(c, i):
            return True
        own = " ".join(low[j] for j in self.own[c.head])
        if _PAST_MARKERS.search(own) or lx.PAST_ERA.search(own):
            return True
        if _DURATIONS.search(own) and not self._up_to_now(i):
            return True                 # 'had resisted them for years'; not 'has lobbied against them for years'
        if tag[i] == "VBD" and (_PAST_TENSE_MARKERS.search(own) or lx.PAST_TENSE_ERA.search(own)):
            return True                 # 'Germany initially opposed the sanctions but later changed course'
        if tag[i] == "VBD" and self.published and any(
                dep[ch] == "advcl" and any(dep[m] in ("mark", "prep") and m < ch and low[m] in ("after", "when", "once")
                                           for m in self.kids[ch])      # ('After' a parse took for a preposition)
                and any(_age_days(span[3], self.published) >= PAST_AFTER_DAYS for span in self.date_spans.get(ch, ()))
                for ch in self.kids[i]):
            return True                 # 'After Russia annexed Crimea in 2014, the EU imposed sanctions'
        if tag[i] == "VBD" and any(dep[ch] == "advcl" and tag[ch] == "VBD" and _in_office_then(self.tokens[ch])
                                   for ch in self.kids[i]):
            return True                 # 'When she was chancellor, Angela Merkel backed the sanctions'

        if dep[i] == "xcomp" and low[head[i]] == "used" and head[i] + 2 == i and low[i - 1] == "to":
            return True                 # 'Germany used to oppose the sanctions'
        if c.dated_by != "own" and c.reporter is None and tag[i] == "VBN" and any(
                dep[a] == "aux" and low[a] == "had" for a in self.kids[i]) and not self.who.in_quote[i] \
                and not lx.HELD_THROUGHOUT.search(own):
            return True                 # 'Germany had opposed sanctions on Russian gas': before the story's time
        if c.subject is not None and self._out_of_office(c.subject, i, c):
            return True
        if dep[i] == "xcomp" and (up := self._governing_at(i)) is not None and up.past and up.head < i:
            return True                 # 'Germany was initially reluctant to sanction Russian gas'
        if dep[i] == "advcl" and tag[i] == "VBD" and any(dep[ch] == "mark" and low[ch] == "since"
                                                         for ch in self.kids[i]):
            return True                 # 'Since the EU introduced the price cap, revenues have fallen'
        if dep[i] == "relcl" and tag[i] == "VBD" and self._in_background(i):
            return True                 # '... after the U.N. penalties, which Moscow supported, were passed'
        return any(low[j] == "then" and j + 1 < len(self.doc) and low[j + 1] in ("-", "–")
                   for j in self.own[c.head])

    def _in_background(self, i: int) -> bool:
        """Whether token i lies in a clause or phrase of what happened before: an adverbial clause opened by
        'after', 'before' or 'once', or a phrase of 'after' or 'before' (a few steps up)."""
        dep, low = self.dep, self.lower
        marked = lambda t: any(dep[m] == "mark" and low[m] in ("after", "before", "once") for m in self.kids[t])
        return any(dep[t] == "advcl" and marked(t) or dep[t] == "prep" and low[t] in ("after", "before")
                   for t in self.up_from(i, 4))

    def _up_to_now(self, i: int) -> bool:
        """A present or present perfect verb: what it tells runs up to the time of the story."""
        return self.tag[i] in ("VBZ", "VBP") or any(
            self.dep[a] == "aux" and self.lower[a] in ("has", "have", "'s", "’s") for a in self.kids[i])

    def _ongoing_since(self, c: Clause, i: int) -> bool:
        """A perfect or present dated only by 'since' still holds: 'has had sanctions on Iran since 1979', 'has
        pushed for tougher sanctions since the disputed 2020 election' (the date anywhere under 'since')."""
        spans = self.date_spans.get(i) if c.dated_by == "own" else None
        if not spans:
            return False
        if not self._up_to_now(i):
            return False
        t = self.who.token_at(spans[0][0])
        while t != i and self.head[t] != t:
            if self.lower[t] == "since" and self.dep[t] == "prep":
                return True
            t = self.head[t]
        before = self.who.text[max(0, spans[0][0] - 7):spans[0][0]].lower().split()
        return bool(before) and before[-1] == "since"

    def _out_of_office(self, subject: int, verb: int, c: Clause) -> bool:
        """An agent no longer in the office it acted in: 'the late Senator X' (whatever X did), 'Biden, then vice
        president,'; 'Former President X imposed sanctions' (an act of office told in the past tense)."""
        dep, low = self.dep, self.lower
        words = [t for t in self._subtree(subject) if t < verb]
        if any(low[t] == "late" and dep[t] == "amod" for t in words):
            return True
        if any(low[t] == "then" and dep[self.head[t]] == "appos" for t in words):
            return True
        office_act = c.lemma in lx.OFFICE_ACTS and self.tag[verb] in ("VBD", "VBN") and not (
            c.dated_by == "own" and self.published and c.date and _age_days(c.date, self.published) < PAST_AFTER_DAYS)
        return office_act and any(low[t] in ("former", "ex") and dep[t] in ("amod", "compound") for t in words)

    def up_from(self, i: int, steps: int) -> Iterator[int]:
        """Token i and the heads above it, `steps` tokens at most, the root last if it is reached."""
        for _ in range(steps):
            yield i
            if self.head[i] == i:
                return
            i = self.head[i]

    def _subtree(self, i: int) -> list[int]:
        """The indices of token `i`'s subtree (spaCy's `subtree`, in no particular order)."""
        out, stack = [], [i]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(self.kids[t])
        return out

    def _governing(self, tok: Token) -> Clause | None:
        """The clause whose predicate governs this one (for an xcomp, conj, ccomp, advcl ...)."""
        return self._governing_at(tok.i)

    def _governing_at(self, i: int) -> Clause | None:
        head, t = self.head, i
        for _ in range(CLIMB_LIMIT):
            if head[t] == t:
                return None
            t = head[t]
            if t in self.clause_at:
                return self.clauses[self.clause_at[t]] if self.clause_at[t] < len(self.clauses) else None
        return None

    def _reporter_of(self, i: int) -> int | None:
        """The clause of the reporting verb this clause is the reported content of ('X said that ...')."""
        dep, lem, head = self.dep, self.lemma, self.head
        t = i
        for _ in range(3):
            if dep[t] not in ("ccomp", "conj", "xcomp", "parataxis") or head[t] == t:
                break
            h = head[t]
            if dep[t] in ("ccomp", "parataxis") and lem[h] in lx.REPORTING_VERBS and h in self.clause_at:
                return self.clause_at[h]
            t = h
        for c in self.kids[i]:                       # 'Sanctions are illegal, the minister said.'
            if dep[c] in ("parataxis", "ccomp") and lem[c] in lx.REPORTING_VERBS and c > i \
                    and c in self.clause_at and not any(dep[g] == "ccomp" for g in self.kids[c]):
                return self.clause_at[c]
        return None

    def _subject_token(self, verb: Token) -> Token | None:
        """The word that names who does `verb` (see `_subject_index`)."""
        found = self._subject_index(verb.i)
        return self.tokens[found] if found is not None else None

    def _subject_index(self, verb: int) -> int | None:
        """The word that names who does `verb`: its subject, the agent of a passive, the object of a verb of
        asking ('urged Serbia to join'), the noun a participle or relative clause hangs on, or the subject
        of the verb a participle, infinitive or conjunct depends on; never a word inside a quotation the
        verb is outside of, nor one in another paragraph."""
        dep, low, lem, tag, head, paras = self.dep, self.lower, self.lemma, self.tag, self.head, self.para
        in_quote = self.who.in_quote
        para, quoted = paras[verb], in_quote[verb]

        def allowed(t: int) -> bool:
            return (in_quote[t] == quoted or not in_quote[t]) and paras[t] == para
        v = verb
        for _ in range(CLIMB_LIMIT):
            kids = [c for c in self.kids[v] if allowed(c)]
            agent = [g for c in kids if dep[c] == "agent" for g in self.kids[c] if dep[g] == "pobj"]
            subj = [c for c in kids if dep[c] in SUBJECT_DEPS]
            if subj and dep[subj[0]] == "nsubjpass" and not agent:
                agent = [g.i for g in _stray_agent(self.tokens[v]) if allowed(g.i)]
            if subj and dep[subj[0]] == "nsubjpass":      # 'X was quoted by Y as saying' speaks for X
                if not agent and lem[v] in lx.ADJECTIVAL_PASSIVES and any(
                        dep[c] == "prep" and low[c] == "to" for c in kids):
                    return subj[0]                        # 'Italy is opposed to new sanctions': a stance held
                return subj[0] if _says_as(self.tokens[v]) else agent[0] if agent else None
            if subj:
                return subj[0]
            if agent:
                return agent[0]
            document = _reading_document(self.tokens[v]) if lem[v] in lx.DOCUMENT_VERBS else None
            if document is not None:
                return document.i
            h = head[v]
            if dep[v] == "pcomp" and low[h] == "as" and lem[head[h]] in ("quote", "cite"):
                obj = [c for c in self.kids[head[h]] if dep[c] == "dobj" and allowed(c)]
                if obj:                                  # 'KCNA quoted a spokesman as saying': the spokesman
                    return obj[0]
            if dep[v] == "pcomp" and lem[head[h]] in lx.ENFORCING_VERBS | lx.ACCUSE_VERBS:
                obj = [c for c in self.kids[head[h]] if dep[c] == "dobj" and allowed(c)]
                if obj:                                  # 'charged X with violating sanctions': X violated
                    return obj[0]
            if dep[v] == "xcomp" and lem[h] in lx.OBJECT_CONTROL:     # 'urged (on) X to join'
                obj = [c for c in self.kids[h] if dep[c] in ("dobj", "dative") and allowed(c)]
                obj += [g for c in self.kids[h] if dep[c] == "prep" and low[c] in ("on", "upon")
                        for g in self.kids[c] if dep[g] == "pobj" and allowed(g)]
                if obj:
                    return obj[0]
            if dep[v] in ("acl", "relcl") and h != v:
                if tag[v] == "VBN" and dep[v] == "acl":          # 'companies accused of ...': the patient
                    return None
                owner = [c for c in self.kids[h] if dep[c] == "poss" or dep[c] in ("compound", "amod")
                         and self.who.actor_of(self.tokens[c], ORG_KINDS) is not None]
                if dep[v] == "acl" and owner and any(tag[c] == "TO" for c in kids):
                    return owner[0]                          # 'its decision to support', 'a UK proposal to ban'
                member = member_of(self.tokens[h])
                if member is not None and allowed(member.i) and not self.who.resolve(self.tokens[h]).ids:
                    return member.i                          # 'X is part of the coalition imposing controls'
                return h if allowed(h) else None
            if _trailing_participle(self.tokens[v]):  # '... if the EU pressed ahead with sanctions, calling them X':
                v = head[h]                          # the participle tells what the main clause's subject did
                continue
            if dep[v] in ("conj", "xcomp", "advcl", "pcomp", "prep", "dep", "ccomp", "acomp") and h != v:
                if not allowed(h):
                    return None
                v = h
                continue
            if lem[v] in lx.REPORTING_VERBS:             # '..., said Under Secretary of X for Y John Doe.'
                return self._person_after(v, allowed)
            return None
        return None

    def _person_after(self, verb: int, allowed) -> int | None:
        """A speaker the parse hung under a verb of saying as a phrase ('said Under Secretary ... John K. Hurley',
        'Under' read as a preposition): the one person named in the verb's phrases after it."""
        people = {self.who.actor_of(self.tokens[t], frozenset({"person"})): t
                  for c in self.kids[verb] if self.dep[c] == "prep" and c > verb for t in self._subtree(c)
                  if allowed(t)}
        people.pop(None, None)
        return next(iter(people.values())) if len(people) == 1 else None

    def _place(self, i: int) -> str | None:
        dep, low, ent = self.dep, self.lower, self.ent
        for c in self.kids[i]:
            if dep[c] == "prep" and low[c] in ("in", "at"):
                for g in self.kids[c]:
                    if dep[g] == "pobj" and ent[g] in ("GPE", "LOC", "FAC") and g in self.entity_of:
                        return re.sub(r"^[Tt]he\s+", "", self.entity_of[g].text)
        return None

    def _narrative(self, i: int) -> bool:
        """A clause that continues the dated story before it: a main clause in the simple past or past perfect
        without a date of its own, or one that says 'the next day' or 'days later'."""
        dep, tag = self.dep, self.tag
        if self._says_next_day(i):
            return True
        if dep[i] not in ("ROOT", "conj") or tag[i] not in ("VBD", "VBN"):
            return False
        if tag[i] == "VBN" and not any(self.lower[c] in ("had", "was", "were") for c in self.kids[i]
                                       if dep[c] in ("aux", "auxpass")):
            return False
        return not self.who.in_quote[i]

    def _says_next_day(self, i: int) -> bool:
        """Whether the (spaCy) sentence of token `i` says 'the next day', 'days later' ...: once per sentence."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._sent_starts = [s.start for s in self._sents]
        k = bisect.bisect_right(self._sent_starts, i) - 1
        if k not in self._next_day_sents:
            low = self._sents[k].text.lower()
            self._next_day_sents[k] = any(r in low for r in lx.RELATIVE_TIMES)
        return self._next_day_sents[k]

    def _sentence_text(self, i: int) -> str:
        """The lower-case text of the (spaCy) sentence of token `i` (after `_says_next_day` has listed them)."""
        self._says_next_day(i)
        return self._sents[bisect.bisect_right(self._sent_starts, i) - 1].text.lower()

    # ---- questions readers ask

    def clause_of(self, tok: Token) -> Clause | None:
        """The clause whose predicate owns `tok` (its nearest predicate above it, or itself)."""
        h = self.owner[tok.i]
        return self.clauses[self.clause_at[h]] if h is not None else None

    def own_tokens(self, c: Clause) -> Iterator[Token]:
        """The words of a clause outside the clauses nested in it, in order."""
        tokens = self.tokens
        return (tokens[i] for i in self.own[c.head])

    def own_words(self, c: Clause) -> list[str]:
        """The lower-case words of a clause outside the clauses nested in it, in order."""
        return [self.lower[i] for i in self.own[c.head]]

    def agents(self, c: Clause) -> Named:
        """Who does what the clause says (resolved once); every subject, where a parse gave the verb two."""
        if c.clause_id not in self._agents:
            tokens, dep = self.tokens, self.dep
            found = self.who.resolve(tokens[c.subject]) if c.subject is not None else NOBODY
            head = c.head
            for other in self.kids[head]:                # 'Minister A and Secretary of State B met'
                if dep[other] == "nsubj" and other != c.subject and c.subject is not None \
                        and self.head[c.subject] == head:
                    more = self.who.resolve(tokens[other])
                    found = Named(found.ids + tuple(a for a in more.ids if a not in found.ids), found.text)
            if not found.ids and dep[head] == "acl" and self.tag[head] == "VBG":   # 'a photo of X shaking hands with Y'
                found = self._participle_subject(tokens[head])
            self._agents[c.clause_id] = found
        return self._agents[c.clause_id]

    def patients(self, c: Clause) -> Named:
        ids: list[int] = []
        text = None
        for i in c.objects:
            found = self.who.resolve(self.tokens[i])
            text = text or found.text
            ids += [a for a in found.ids if a not in ids]
        return Named(tuple(ids), text)

    def speaker(self, c: Clause) -> Named:
        """Who reports the clause: the agent of its reporting clause, or whoever says the quotation it is in."""
        if c.reporter is not None:
            return self.agents(self.clauses[c.reporter])
        if c.quoted and self.who.quote_speaker is not None:
            span = self.who.inside_quote(self.who.tok_starts[c.head])
            if span is not None:
                return self.who.quote_speaker(span[0])
        return NOBODY

    def is_real(self, c: Clause) -> bool:
        """The clause says something happened or holds: not negated, modal, future, conditional or asked."""
        return not c.negated and c.mood == "real"

    def _participle_subject(self, verb: Token) -> Named:
        """For a participle with no subject ('a photo of X shaking hands'): the nearest actor just before it,
        within the phrase of the noun it hangs on (not 'X voted against the resolution calling for ...')."""
        for j in range(verb.i - 1, max(verb.sent.start, verb.i - 6, verb.head.i) - 1, -1):
            aid = self.who.actor_of(self.tokens[j])
            if aid is not None:
                return Named((aid,), self.who.mention_of(self.tokens[j])[3])
        return NOBODY

    # ---- attribution of quoted or reported words

    def attribute(self, start: int, end: int) -> Attribution | None:
        """Who says the words in [start, end): the reporting verb that governs them in the parse, else the
        nearest one in their sentence (or the sentence before ending in a colon), else the sentence's own
        main reporting verb; None when there is none."""
        verb = self.governing_verb(start, end) or self.nearest_verb(start, end) or self.main_verb(start, end)
        return self.attribute_verb(verb) if verb is not None else None

    def attribute_verb(self, verb: Token) -> Attribution:
        """The attribution a reporting verb (or 'according') makes: its agent resolved."""
        if verb.lower_ == "according":
            obj = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            return Attribution(self.who.resolve(obj[0]) if obj else NOBODY, "according to", verb.idx)
        c = self.clause_of(verb)
        found = self.agents(c) if c is not None and c.head == verb.i else self.who.resolve(self._subject_token(verb))
        if not found.ids:
            subj = c.subject if c is not None and c.head == verb.i else None
            if subj is None:
                near = self._noun_before(verb)
                if near is not None:
                    found = self.who.resolve(near) if self.who.resolve(near).ids else found
                    found = found if found.text else Named((), self.who.np_text(near))
            elif not _can_speak(self.tokens[subj]):
                found = self._earlier_speaker(verb) or found
        return Attribution(found, verb.text, verb.idx)

    def _noun_before(self, verb: Token) -> Token | None:
        """For a reporting verb the parse gave no subject (a parse run across paragraphs): the noun or pronoun
        right before it, past its adverbials ('The EU on Monday said')."""
        para = self.para[verb.i]
        prev = self.tokens[verb.i - 1] if verb.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and self.who.actor_of(prev, frozenset({"person"})) is not None \
                and not self.who.in_quote[prev.i]:
            return prev                                   # 'In a post on Telegram, Medvedev said' parsed as one phrase
        skip = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod", "aux", "neg", "punct")
                and c.i < verb.i for t in c.subtree}
        j = verb.i - 1
        while j >= 0 and (j in skip or self.pos[j] in ("ADV", "AUX", "PART", "PUNCT")):
            j -= 1
        t = self.tokens[j] if j >= 0 else None
        if t is not None and t.pos_ in ("NOUN", "PROPN", "PRON") and not self.who.in_quote[j] \
                and self.para[j] == para:
            return t
        return None

    def _earlier_speaker(self, verb: Token) -> Named | None:
        """The actor speaking through an earlier reporting verb of the same sentence, for a verb whose subject
        cannot speak ('X said the measures were illegal and vowed ...')."""
        s, _, _ = self.who.sentence_range(verb.idx)
        for other in reversed(self.reporting_verbs(s, verb.idx)):
            c = self.clause_of(other)
            if c is not None and c.head == other.i and c.subject is not None and c.head != verb.i \
                    and _can_speak(self.tokens[c.subject]):
                found = self.agents(c)
                if found.ids:
                    return found
        return None

    def reporting_verbs(self, start: int, end: int) -> list[Token]:
        """Reporting verbs (and 'according to') in [start, end), outside quotations."""
        out, starts, in_quote = [], self.who.tok_starts, self.who.in_quote
        for i in range(self.who.token_at(start), len(self.doc)):
            if starts[i] >= end:
                break
            if not in_quote[i] and self.speaks_at(i):
                out.append(self.tokens[i])
        return out

    def speaks_at(self, i: int) -> bool:
        """`speaks` of token `i`, worked out once."""
        if i not in self._speaks:
            self._speaks[i] = speaks(self.tokens[i])
        return self._speaks[i]

    def main_verb(self, start: int, end: int) -> Token | None:
        verbs = self.reporting_verbs(start, end)
        return min(verbs, key=_depth) if verbs else None

    def governing_verb(self, start: int, end: int) -> Token | None:
        """The nearest reporting verb outside [start, end) that the words there hang on in the parse."""
        who = self.who
        first, para = who.token_at(start), who.locator.paragraph(start)
        inside = range(first, max(first + 1, who.token_at(max(start, end - 1)) + 1))
        head, paras = self.head, self.para
        for i in inside:
            if head[i] in inside and head[i] != i:
                continue
            v, steps = (head[i] if head[i] != i else None), 0
            while v is not None and steps < CLIMB_LIMIT:
                if v not in inside and not who.in_quote[v] and self.speaks_at(v) and paras[v] == para:
                    return self._outer_saying(self.tokens[v], para)
                v, steps = (head[v] if head[v] != v else None), steps + 1
        return None

    def _outer_saying(self, verb: Token, para: int) -> Token:
        """The verb of saying that reports the one found, when that one is a thought inside what someone said
        ('Kirby said the United States believed a deal was "achievable"': Kirby's words)."""
        if verb.lemma_.lower() in SAYING:
            return verb
        u = verb
        for _ in range(3):
            if u.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or u.head.i == u.i:
                break
            u = u.head
            if u.lemma_.lower() in SAYING and not self.who.in_quote[u.i] and self.para[u.i] == para:
                return u
        return verb

    def nearest_verb(self, start: int, end: int) -> Token | None:
        """The reporting verb closest to [start, end) in its sentence (or in the sentence before, when that one
        ends in a colon, also across a paragraph break: 'Berg said:'), outside every quotation and in the
        same paragraph."""
        tokens, paragraphs = self._attribution_window(start, end)
        best, best_d = None, None
        for tok in tokens:
            if self.who.in_quote[tok.i] or not self.speaks_at(tok.i) or self.para[tok.i] not in paragraphs:
                continue
            if start <= tok.idx < end:
                continue
            d = start - tok.idx if tok.idx < start else tok.idx - end
            if best_d is None or d < best_d:
                best, best_d = tok, d
        return best

    def _attribution_window(self, start: int, end: int) -> tuple[list[Token], set[int]]:
        who = self.who
        first, last = self.tokens[who.token_at(start)], self.tokens[who.token_at(max(start, end - 1))]
        sents = [first.sent] if first.sent == last.sent else [first.sent, last.sent]
        paragraphs = {who.locator.paragraph(start)}
        lo = max(0, start - COLON_REACH)
        before = who.text[lo:start].rstrip(" \n\"'“‘«")
        if before.endswith(":"):
            colon = self.tokens[who.token_at(lo + len(before) - 1)]
            paragraphs.add(self.para[colon.i])
            if colon.sent != first.sent:
                sents.insert(0, colon.sent)
        return [t for s in sents for t in s], paragraphs

    # ---- the frame

    def frame(self) -> pd.DataFrame:
        """The `clauses` frame: one row per clause (see ClauseRow)."""
        return frame("clauses", (self._row(c) for c in self.clauses))

    def _row(self, c: Clause) -> ClauseRow:
        head = self.tokens[c.head]
        first, last = head.left_edge, head.right_edge
        agents, patients = self.agents(c), self.patients(c)
        return ClauseRow(c.clause_id, c.sentence_id, head.text, c.lemma, c.negated, c.mood, c.reporter,
                         list(agents.ids), agents.text, list(patients.ids), patients.text, c.date, c.date_text,
                         "past" if c.past else "current", c.place, c.quoted, first.idx, last.idx + len(last))


def read(art: Article, who: Who) -> Reading:
    """The clauses of `art` (see the module's docstring)."""
    return Reading(art, who)


def speaker_of(art: Article, where) -> int | None:
    """The actor_id of whoever says the words at `where` (a Span, or a (start, end) character range of
    `art.text`) in a parsed article, or None: the reporting verb that governs them, else the nearest one."""
    start, end = (where.start_char, where.end_char) if hasattr(where, "start_char") else where
    found = art.reading.attribute(start, end) if art.reading is not None else None
    return found.speaker.first if found else None


# ------------------------------------------------------------------------------------------------ predicates

def _token_arrays(doc) -> tuple[list[str], list[str], list[str], list[str], list[int], list[str], list[str]]:
    """Lower-case form, lower-case lemma, part of speech, dependency, head index, tag and entity type of every
    token, read from the Doc in one pass (Token objects are costly to make)."""
    arr = doc.to_array([LOWER, LEMMA, POS, DEP, HEAD, TAG, ENT_TYPE])
    strings = doc.vocab.strings

    def names(column, lower: bool = False) -> list[str]:     # each distinct string looked up once
        keys, where = np.unique(column, return_inverse=True)
        found = np.empty(len(keys), dtype=object)
        found[:] = [strings[int(k)].lower() if lower else strings[int(k)] for k in keys]
        return found[where.reshape(-1)].tolist()

    head = (np.arange(len(arr), dtype="int64") + arr[:, 4].astype("int64")).tolist()
    return names(arr[:, 0]), names(arr[:, 1], lower=True), names(arr[:, 2]), names(arr[:, 3]), head, \
        names(arr[:, 5]), names(arr[:, 6])


def _children(head: list[int]) -> list[list[int]]:
    """Token index -> the indices of the tokens whose head it is, in order (spaCy's `children`, without making a
    Token for each)."""
    out: list[list[int]] = [[] for _ in head]
    for i, h in enumerate(head):
        if h != i:
            out[h].append(i)
    return out


def _paragraph_index(art: Article, who: Who) -> list[int]:
    """Token index -> paragraph_id of the sentence holding its first character (`who.paragraph_of`)."""
    if not who.locator.paras:
        return [-1] * len(who.tok_starts)
    k = np.searchsorted(np.asarray(who.locator.starts, dtype=np.int64), np.asarray(who.tok_starts, dtype=np.int64),
                        side="right") - 1
    return np.asarray(who.locator.paras, dtype=np.int64)[np.maximum(k, 0)].tolist()


def _when_clause(v: int, r: "Reading") -> bool:
    """A clause that says when or where something else happens ('when he holds talks', 'where he meets X'): in
    the present tense under a clause still to come, it is to come as well."""
    kids, dep, low = r.kids[v], r.dep, r.lower
    return dep[v] == "advcl" and any(dep[c] in ("mark", "advmod") and low[c] in lx.TIME_MARKS for c in kids) \
        or dep[v] == "relcl" and any(dep[c] == "advmod" and low[c] in ("when", "where") for c in kids)


def _is_predicate(i: int, r: "Reading") -> bool:
    if r.dep[i] == "ROOT":
        return r.pos[i] not in ("SPACE", "PUNCT")
    if r.pos[i] == "ADJ" and r.dep[i] == "ccomp":      # 'the snapback had been "null and void"': a parse that
        return any(r.dep[c] == "nsubj" for c in r.kids[i])   # hangs the copula on its adjective
    return r.pos[i] in ("VERB", "AUX") and r.dep[i] in CLAUSE_DEPS


def _owners(head: list[int], heads: set[int]) -> list[int | None]:
    """Token index -> the index of the nearest predicate at or above it."""
    out: list[int | None] = [None] * len(head)
    for t in range(len(head)):
        path, u = [], t
        while out[u] is None and u not in heads and head[u] != u:
            path.append(u)
            u = head[u]
        found = u if u in heads else out[u]
        out[t] = found
        for i in path:
            out[i] = found
    return out


def _trailing_participle(v: Token) -> bool:
    """A participle after a comma that the parse hung on a subordinate clause ('if ...', 'after ...'): it belongs
    to the clause the subordinate one depends on."""
    sub = v.head
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == "," \
        and sub.dep_ == "advcl" and sub.head.i != sub.i and sub.i < v.i \
        and any(c.dep_ == "mark" and c.lower_ in lx.SUBORDINATORS for c in sub.children)


def speaks(tok: Token) -> bool:
    """A reporting verb used actively: not a passive participle without an agent ('nationals reported to be')."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.DOCUMENT_VERBS:       # 'read a statement issued by X'
        return _reading_document(tok) is not None
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.CONTINUING_CUES:
        return _bare_cue_by_a_quote(tok)                 # '"...," Lord Patten continued, "..."'
    if not (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.REPORTING_VERBS
            or tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)):
        return False
    if tok.tag_ == "VBN" and (tok.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in tok.children)):
        return any(c.dep_ == "agent" for c in tok.children)
    return True


def _bare_cue_by_a_quote(verb: Token) -> bool:
    """A verb of going on with nothing of its own to govern, set beside a quotation mark ('"...," she continued',
    'he went on: "..."'): it reports the words; 'the talks continued' or 'continued to rise' does not."""
    if any(c.dep_ in ("dobj", "xcomp", "advcl", "attr", "acomp") or c.dep_ == "prep" and c.lower_ != "on"
           or c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False                                     # (a clause before it is the quotation it reports)
    doc = verb.doc
    near = doc[max(verb.sent.start, verb.i - 4):min(verb.sent.end, verb.i + 4)]
    return any(t.text in ('"', "“", "”", "'", "‘", "’") or t.is_quote for t in near)


def _ranked_first(copula: Token) -> bool:
    """'was the first (to ...)', 'was among the first', 'is the only one': a rank that says the act was done."""
    ranks = [c for c in copula.children if c.dep_ in ("attr", "acomp")] + [
        g for c in copula.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in lx.RANKS for r in ranks for t in [r, *r.children])


def _in_office_then(clause: Token) -> bool:
    """'when she was chancellor', 'while he was in power': a past time clause of holding an office."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" and clause.lemma_ == "be" \
        and any(c.lower_ in ("when", "while") for c in clause.children if c.dep_ in ("advmod", "mark")) \
        and any(c.dep_ == "attr" and c.lemma_.lower() in lx.TITLE_HEADS or c.dep_ == "prep" and c.lower_ == "in"
                and any(g.lower_ in ("office", "power") for g in c.children) for c in clause.children)


def _reading_document(verb: Token) -> Token | None:
    """The document a verb like 'read' reports from: its subject, or the object a parse made of a subject put
    after the verb ('"...," read a statement issued by X')."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in lx.DOCUMENT_NOUNS
                 and (c.dep_ == "nsubj" or c.i > verb.i)), None)


def _stray_agent(verb: Token) -> list[Token]:
    """The agent of a passive that the parse hung on a noun of the verb's own phrase ('Iran was hit with new
    sanctions by Britain', 'X was joined in his opposition to sanctions by Y'): a 'by' inside the verb's
    prepositional objects, with no verb between."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"):
        for t in prep.subtree:
            if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in ("NOUN", "PROPN") and all(
                    a.pos_ not in ("VERB", "AUX") for a in t.ancestors if a.i != verb.i and verb in a.ancestors):
                return [g for g in t.children if g.dep_ == "pobj"]
    return []


def _says_as(verb: Token) -> bool:
    """A passive whose subject is the one who speaks: 'X was quoted (by Y) as saying', 'X was heard saying'."""
    return verb.lemma_ in ("quote", "cite", "hear") or any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ in lx.REPORTING_VERBS for g in c.children)
        for c in verb.children)


def _can_speak(tok: Token) -> bool:
    """A word that may name a speaker: a name, a pronoun, or a noun for a body, a person or a document."""
    low = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or low in lx.AGENT_NOUNS | lx.DOCUMENT_NOUNS | lx.PERSON_NOUNS


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


# ------------------------------------------------------------------------------------------------ time

def _sentence_index(art: Article, who: Who) -> list[int]:
    """Token index -> sentence_id."""
    ids = [int(i) for i in art.sentences["sentence_id"]]
    if not ids:
        return [0] * len(art.doc)
    starts = who.sentence_starts
    return [ids[max(bisect.bisect_right(starts, idx) - 1, 0)] for idx in who.tok_starts]


def _looks_ahead(reading: Reading, head: int) -> bool:
    """A clause under 'would' or 'will' without 'have' looks ahead of when it is said ('said it would apply the
    measures from September': the next September), unlike 'would have'."""
    aux = [reading.lower[a] for a in reading.kids[head] if reading.dep[a] in ("aux", "auxpass")]
    return any(a in ("would", "will", "'ll", "shall") for a in aux) and "have" not in aux


def _own_dates(art: Article, who: Who, reading: Reading) -> dict[int, list[tuple[int, int, str, str]]]:
    """Predicate token -> the date expressions that hang on it, in order: (start, end, text, date); dates
    inside quotations count only for clauses inside them, a possessor ('last month's vote') for none."""
    out: dict[int, list[tuple[int, int, str, str]]] = {}
    published = art.meta.get("published")
    heads = reading.head

    def depth(i: int) -> int:             # `_depth` of token i
        n = 0
        while heads[i] != i and n < 50:
            i, n = heads[i], n + 1
        return n
    for start, end in zip(art.sentences["start_char"], art.sentences["end_char"]):
        text = who.text[start:end]
        for span in dt.find_dates(text):
            if _DATELINE_DATE.match(text, span.end) and span.start < DATELINE_REACH:
                continue                      # 'MOSCOW, November 9 (ANI): X on Tuesday said': the story's, not the act's
            a, b = who.token_at(start + span.start), who.token_at(start + span.end - 1)
            if b < a:
                continue
            root = min(range(a, b + 1), key=depth)
            head = reading.owner[root]
            if head is None or b + 1 < len(art.doc) and reading.tag[b + 1] == "POS":
                continue
            future = reading.mood_at(head) in ("future", "intent") or _looks_ahead(reading, head)
            resolved = dt.resolve(span.text, published, future=future)
            if resolved:
                out.setdefault(head, []).append((start + span.start, start + span.end, span.text, resolved))
    return out


def _shifted(value: str, sentence: str) -> str:
    """The date a relative time in `sentence` moves the story's date `value` to: 'the next day' +1 day, 'the day
    before' -1, 'a week later' +7 days, 'one month later' and 'two years later' by that much (to the month or the
    year: the day is no longer known), 'days later' or 'weeks later' to the month; 'the same day', 'that day',
    'soon after' keep it."""
    m = lx.RELATIVE_SHIFT.search(sentence)
    if m:
        n, unit = lx.NUMBER_WORDS.get(m.group("n")) or int(m.group("n")), m.group("unit")
        if unit == "year":
            return str(int(value[:4]) + n)
        if unit == "month" and len(value) >= 7:
            months = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if len(value) == 10 and unit in ("day", "week"):
            return (date.fromisoformat(value) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        return value
    if len(value) != 10:
        return value
    if any(w in sentence for w in lx.NEXT_DAY):
        return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    if any(w in sentence for w in lx.DAY_BEFORE):
        return (date.fromisoformat(value) - timedelta(days=1)).isoformat()
    return value[:7] if any(w in sentence for w in lx.VAGUELY_LATER) else value


def _as_date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _age_days(value: str, published: date) -> int:
    """Days from the last day a date (YYYY, YYYY-MM or YYYY-MM-DD) can mean to the publication date."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        last = date(parts[0], 12, 31)
    elif len(parts) == 2:
        y, m = parts
        last = date(y + (m == 12), m % 12 + 1, 1)
    else:
        last = date(*parts)
    return (published - last).days
