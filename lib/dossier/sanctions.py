"""Where an article speaks of sanctions: each sanctions phrase, the clause it belongs to, who imposes it, on whom.

`find(reading)` returns `Sanctions`: one `Phrase` per sanctions word ('sanctions', 'an embargo', 'restrictive
measures'), per stand-in once the article has named sanctions ('the measures', 'the package', 'the move'),
and per sanctioning predicate ('sanctioned Iran', 'designated six firms'); with the clause whose theme it
is, the imposers the phrase itself names ('U.S. sanctions', 'EU-led sanctions', 'sanctions imposed by
Canada') and its targets ('on Iran', 'against Moscow', 'targeting Russia's access', 'Iran was sanctioned').
Events and positions both read these; neither looks for sanctions words itself.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter
from typing import Iterator, NamedTuple

from spacy.tokens import Token

from dossier import lexicon as lx
from dossier.clauses import Clause, Reading

TARGET_PREPS = frozenset({"on", "against", "over"})
LIST_HEADS = lx.words("list lists regime regimes program programme programs package packages authority authorities")
THEME_DEPS = frozenset({"dobj", "nsubjpass", "prep", "dative", "attr", "oprd", "agent"})
# Prepositions by which a verb governs what it is about ('called for', 'complied with', 'joined in'); not
# those that give a reason or a setting ('because of sanctions', 'under sanctions', 'despite sanctions').
THEME_PREPS = lx.words("for to on against with of about over in into behind toward towards from by including out")
LINKING_PREPS = lx.words("for to on against with of about over from including behind")  # 'removed X from its list',
# A verb of including links its object to the package or list it goes in ('included Rosneft in the package').
INCLUDING = {"include": lx.words("in"), "add": lx.words("to"), "place": lx.words("on"), "put": lx.words("on")}
#                                                                    'impose massive consequences, including sanctions'
PATH_DEPS = frozenset({"pobj", "prep", "compound", "conj", "appos", "nmod"})
TARGETING_VERBS = lx.words("target hit penalize penalise punish cut curb affect")
NEAR_SENTENCES = 3            # a generic stand-in ('the move') refers to sanctions named this close before
GENERIC_STAND_INS = lx.words("move decision step action notification round tranche resolution announcement proposal")
# Words that mark a noun as one the text has spoken of ('the measures', 'such penalties', 'new restrictions').
STAND_IN_MARKS = lx.words("""
the this these those that such its their his her our new further additional latest fresh tougher harsher broader
restrictive punitive economic financial sectoral similar same unilateral coercive tough harsh strict stringent severe
sweeping stiff strong stronger targeted western international foreign multilateral 17th fourth fifth sixth seventh
eighth ninth tenth
""")


class Phrase(NamedTuple):
    word: int                 # token index of the sanctions word, stand-in or sanctioning predicate
    clause_id: int            # the clause whose theme the phrase is (its nearest governing predicate)
    stand_in: bool
    predicate: bool           # the word is itself the clause's predicate ('the EU sanctioned Iran')
    imposers: tuple[int, ...]
    targets: tuple[int, ...]
    lifting: bool = False     # a stand-in for sanctions being lifted ('lifted them ... the move', 'the waiver')


class Sanctions:
    """The sanctions phrases of one article, and the targets the article names for them."""

    def __init__(self, reading: Reading, phrases: list[Phrase]) -> None:
        self.reading = reading
        self.phrases = phrases
        self.by_clause: dict[int, list[Phrase]] = {}
        for p in phrases:
            self.by_clause.setdefault(p.clause_id, []).append(p)
        counts = Counter(t for p in phrases for t in p.targets if reading.who.kind.get(t) == "country")
        self.targets = frozenset(counts)
        self.main_target = max(sorted(counts), key=counts.get) if counts else None
        self.words = sorted(p.word for p in phrases)
        self._targeted = [(p.word, self.target_of(p)) for p in phrases if p.targets]
        self._themes: dict[Clause, tuple[Phrase, int] | None] = {}     # clause -> its theme, worked out once

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def in_clause(self, c: Clause) -> list[Phrase]:
        return self.by_clause.get(c.clause_id, [])

    def under(self, tok: Token) -> list[Phrase]:
        """The phrases whose word lies in the subtree of `tok`."""
        lo, hi = tok.left_edge.i, tok.right_edge.i
        k = bisect.bisect_left(self.words, lo)
        out = []
        while k < len(self.phrases) and self.phrases[k].word <= hi:
            out.append(self.phrases[k])
            k += 1
        return out

    def target_before(self, word: int) -> int | None:
        """The target of the last phrase before token `word` that names one, else the article's main one."""
        k = bisect.bisect_left(self._targeted, (word, -1)) - 1
        return self._targeted[k][1] if k >= 0 else self.main_target

    def theme(self, c: Clause) -> tuple[Phrase, int] | None:
        """The sanctions phrase a clause's verb governs (its object, passive subject or a prepositional object:
        'called for sanctions', 'complied with the embargo'; or the verb itself: 'sanctioned Iran'), with -1
        when a noun of lifting or evading stands between them ('backed the lifting of sanctions'), else 1.
        Events and positions ask it of the same clauses many times: each clause's is worked out once."""
        if c not in self._themes:
            self._themes[c] = self._theme(c)
        return self._themes[c]

    def _theme(self, c: Clause) -> tuple[Phrase, int] | None:
        doc = self.reading.doc
        head = doc[c.head]
        if head.dep_ == "relcl" and _on_its_antecedent(head):
            owner = [p for p in self.phrases if not p.predicate and (p.word == head.head.i or doc[p.word].dep_ ==
                     "compound" and doc[p.word].head.i == head.head.i)]    # 'the sanctions regime, which X backed'
            if owner:                                        # 'the sanctions that Washington imposed in 2017'
                return owner[0], 1
        if not self.in_clause(c):
            pronoun = self._pronoun_theme(head)
            if pronoun is not None:                          # 'Japan now supports them', 'Minsk condemned it'
                return pronoun, 1
        for p in self.in_clause(c):
            if p.predicate:
                return p, 1
            t, sign = doc[p.word], -1 if p.lifting else 1      # 'lifted the sanctions ... welcomed the move'
            if _lifted_after(doc[c.head]) or _to_be_lifted(t):
                sign = -sign                                 # 'called for the sanctions to be eased'
            for _ in range(6):
                if t.head.i == c.head:
                    if t.dep_ in THEME_DEPS and (t.dep_ != "prep" or self._prep_theme(t, doc[c.head])) \
                            or t.dep_ == "nsubj" and _small_clause(doc[c.head]):
                        return p, sign
                    break
                if t.head.i == t.i or t.dep_ not in PATH_DEPS:
                    break
                sibling = t.dep_ == "conj"                   # 'the use of force and sanctions proposals'
                member = t.dep_ == "prep" and t.lower_ in ("including", "like")   # 'consequences, including sanctions'
                t = t.head
                if t.pos_ in ("NOUN", "PROPN") and t.i != p.word and t.dep_ != "prep" and not sibling and not member:
                    lemma = t.lemma_.lower()                  # only a noun that stands for the sanctions or a
                    if lemma in lx.OPPOSE_NOUNS:              # stance on them lies between: 'the lifting of',
                        sign = -sign                          # 'a round of'; not 'any reference in the set of'
                    elif lemma not in lx.SUPPORT_NOUNS | lx.SANCTION_GROUPS | lx.STAND_INS | lx.SANCTION_NOUNS \
                            | lx.SANCTION_FRAMES and not _idiom_word(t, doc[c.head]):
                        break
        if c.lemma in INCLUDING:
            return self._list_gone_to(c)
        return None

    def _list_gone_to(self, c: Clause) -> tuple[Phrase, int] | None:
        """'added four nationals and two companies registered in Shenyang to their sanctions lists': the list a
        verb of including puts its objects on, which the parse hung on a participle describing the last of them."""
        doc, head = self.reading.doc, self.reading.doc[c.head]
        for p in self.phrases:
            if self.reading.sent_of[p.word] != c.sentence_id or p.predicate:
                continue
            prep = next((a for a in doc[p.word].ancestors if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in INCLUDING[c.lemma] or prep.head.dep_ != "acl":
                continue
            noun = prep.head.head                     # the object the participle describes
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            if noun.dep_ == "dobj" and noun.head.i == head.i:
                return p, 1
        return None

    def _pronoun_theme(self, verb: Token) -> Phrase | None:
        """The sanctions a pronoun object stands for: the last sanctions noun of its number in its sentence or the
        one before, when no other noun of that number comes between ('The EU imposed sanctions on Monday. Poland
        welcomed them.')."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("them", "it", "they")
                    and not (c.dep_ == "nsubjpass" and c.lower_ == "them")), None)
        if obj is None:
            return None
        plural = obj.lower_ in ("them", "they")
        doc, sent_of = self.reading.doc, self.reading.sent_of
        k = bisect.bisect_left(self.words, obj.i) - 1
        if k < 0:
            return None
        word = self.words[k]
        if sent_of[obj.i] - sent_of[word] > 1:
            return None
        between = [t for t in doc[word + 1:obj.i] if t.pos_ in ("NOUN", "PROPN") and t.tag_ in (
            ("NNS", "NNPS") if plural else ("NN",)) and t.dep_ not in ("compound", "poss")]
        if between or (doc[word].tag_ in ("NNS", "NNPS")) != plural:
            return None
        return next((p for p in self.phrases if p.word == word and not p.predicate), None)

    @staticmethod
    def _prep_theme(prep: Token, verb: Token) -> bool:
        """A preposition by which the verb governs what it is about; with an object of its own, only one that
        links ('remove any reference in the sanctions' is about the reference)."""
        if prep.lower_ not in THEME_PREPS or any(g.dep_ in ("pcomp", "prep") for g in prep.lefts):
            return False
        own_object = any(c.dep_ == "dobj" and not _idiom_word(c, verb) for c in verb.children)   # not 'take part'
        return not own_object or prep.lower_ in LINKING_PREPS \
            or prep.lower_ in INCLUDING.get(verb.lemma_.lower(), ()) \
            or prep.lower_ == "in" and verb.lemma_.lower() in TARGETING_VERBS   # 'target its gas in the package'

    def target_of(self, phrase: Phrase | None) -> int | None:
        """The state a phrase's sanctions are on: its own target's (a person or body of unknown country
        counts for the article's most named target), else the article's most named one."""
        if phrase is not None and phrase.targets:
            first = phrase.targets[0]
            if self.reading.who.kind.get(first) == "country":
                return first
            return self.main_target if self.main_target is not None else first
        return self.main_target


def find(reading: Reading) -> Sanctions:
    """Every sanctions phrase of the article (see the module's docstring)."""
    return Sanctions(reading, list(_phrases(reading)))


def _phrases(reading: Reading) -> Iterator[Phrase]:
    doc = reading.doc
    multi = _multiword_heads(reading)
    named_in: list[int] = []          # sentence ids that name sanctions outright
    lifted = False                    # whether the last sanctions named were being lifted
    lifting_nouns: set[str] = set()   # generic stand-ins first met for a lifting ('an end to the embargo ... the
                                      # resolution'): the same noun later is that text again ('the annual resolution')
    words = _kind_words() | PLURAL_REFERENCES
    said: list[int] = []              # token indices of the phrases so far
    names_any = any(lemma in lx.SANCTION_NOUNS for lemma in reading.lemma)
    for i in range(len(doc)):         # Token objects only for the few words `_kind` can accept
        if i not in multi and reading.lemma[i] not in words and reading.lower[i] not in words:
            continue
        tok = doc[i]
        if reading.lower[i] in PLURAL_REFERENCES:
            kind = "stand_in" if said and _refers_back(reading, i, said[-1]) else None
        elif i in multi:                  # "Indonesia's ban on exports of nickel ore" is trade policy
            kind = None if _own_trade_ban(tok, reading) else "word"
        else:
            kind = _kind(tok, reading, named_in, names_any)
        if kind is None:
            continue
        c = reading.clause_of(tok)
        if c is None:
            continue
        if (kind != "stand_in" or tok.lemma_.lower() not in GENERIC_STAND_INS) \
                and (not named_in or named_in[-1] != c.sentence_id):   # 'the designations' keeps the topic up
            named_in.append(c.sentence_id)
        predicate = kind == "predicate"
        explicit = _targets(tok, reading, predicate, named=False)
        by_name = bool(explicit)          # 'United States sanctions on Iran': the name is the imposer
        if kind != "stand_in":
            lifted = _lifted(tok, reading)
            if lifted:                    # 'a resolution calling for an end to the embargo': the resolution lifts
                lifting_nouns.update(a.lemma_.lower() for a in tok.ancestors if a.pos_ == "NOUN"
                                     and a.lemma_.lower() in GENERIC_STAND_INS)
        lemma = tok.lemma_.lower()
        if kind == "stand_in" and lifted and lemma in GENERIC_STAND_INS:
            lifting_nouns.add(lemma)
        phrase = Phrase(tok.i, c.clause_id, kind == "stand_in", predicate, _imposers(tok, reading, by_name),
                        explicit or _targets(tok, reading, predicate, named=True),
                        kind == "stand_in" and (lemma in lifting_nouns or lemma in lx.EXEMPTION_NOUNS))
        said.append(tok.i)
        yield phrase


PLURAL_REFERENCES = frozenset({"them", "they"})


def _refers_back(reading: Reading, pronoun: int, last: int) -> bool:
    """'they' or 'them' stands for the sanctions phrase before it when that phrase's word is the nearest plural noun
    before the pronoun, in its sentence or the one before ('condemned the new sanctions, calling them illegal';
    not 'sanctioned three generals, calling them criminals'), or when what is done to it is done only to sanctions
    ('... the restrictions push Venezuelans to migrate. He urged Washington to lift them')."""
    if reading.pos[pronoun] != "PRON" or reading.sent_of[pronoun] - reading.sent_of[last] > 1:
        return False
    if reading.dep[pronoun] in ("dobj", "nsubjpass") and reading.lemma[reading.head[pronoun]] in lx.DONE_TO_SANCTIONS:
        return True                       # 'urge his US counterpart to lift them': only sanctions are lifted
    for j in range(pronoun - 1, last - 1, -1):
        if reading.pos[j] in ("NOUN", "PROPN") and reading.doc[j].tag_ in ("NNS", "NNPS"):
            return j == last
    return False


def _idiom_word(noun: Token, verb: Token) -> bool:
    """A noun that is part of its verb's idiom ('fell in line with', 'threw its weight behind'), not a thing of its
    own between the verb and the sanctions."""
    on_verb = noun.head.i == verb.i or noun.dep_ == "pobj" and noun.head.head.i == verb.i
    return on_verb and (verb.lemma_.lower(), noun.lemma_.lower()) in lx.IDIOMS


def _lifted_after(verb: Token) -> bool:
    """A verb whose object is asked to be lifted by a passive infinitive after it: 'called for the sanctions on X to
    be eased', 'wants the measures to be lifted'."""
    return any(x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in lx.LIFT_VERBS and x.i > verb.i
               and any(a.dep_ == "auxpass" for a in x.children)
               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in x.children) for x in verb.children)


def _to_be_lifted(noun: Token) -> bool:
    """A noun the parse gave its passive infinitive of lifting as a clause ('the measures to be eased')."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in lx.LIFT_VERBS and _to_be_done(c) for c in noun.children)


def _lifted(tok: Token, reading: Reading) -> bool:
    """Sanctions told as being lifted: the object of a verb of lifting ('lifted the sanctions'), 'of' a noun of
    ending ('the lifting of sanctions'), or what an end is put to ('called for an end to the embargo')."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in lx.LIFT_VERBS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lx.LIFTING_NOUNS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() == "end":
            return True                                   # 'an end to the embargo'
        if t.dep_ not in ("compound", "conj", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _multiword_heads(reading: Reading) -> set[int]:
    """Token indices of the last word of every multi-word sanctions name in the text ('asset freeze')."""
    low = reading.who.text.lower()
    out = set()
    for phrase in lx.SANCTION_PHRASES:
        start = low.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            end += next((len(s) for s in ("es", "s") if low.startswith(s, end)), 0)     # 'asset freezes'
            if (start == 0 or not low[start - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                out.add(_phrase_head(reading, reading.who.token_at(start), reading.who.token_at(end - 1)))
            start = low.find(phrase, end)
    return out


def _phrase_head(reading: Reading, first: int, last: int) -> int:
    """The word of tokens first..last whose head lies outside them: 'freezing' in 'the freezing of assets', 'freeze' in
    'asset freeze'; when the parse split them, the one that is an argument ('asset' as the object of 'imposed
    parallel asset freezes', 'freezes' parsed as a verb); else the last word."""
    heads = [i for i in range(first, last + 1) if not first <= reading.head[i] <= last or reading.head[i] == i]
    if len(heads) == 1:
        return heads[0]
    nominal = [i for i in heads if reading.dep[i] in ("dobj", "pobj", "nsubj", "nsubjpass")]
    return nominal[0] if len(nominal) == 1 else last  # 'imposed asset freezes' with 'freezes' taken for a verb


@functools.lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Every lower-case form or lemma `_kind` can accept: a token with neither is never a sanctions phrase.
    Keep it in step with `_kind`'s word lists."""
    return lx.SANCTION_NOUNS | lx.TRADE_BANS | {"sanction"} | lx.SANCTIONING_VERBS | lx.TRADE_CUTTING | lx.STAND_INS \
        | lx.ALWAYS_SANCTIONING | lx.FREEZING | lx.BANNING | lx.AIMED_STAND_INS | lx.SANCTION_FRAMES \
        | lx.EXEMPTION_NOUNS


def _kind(tok: Token, reading: Reading, named_in: list[int], names_any: bool = False) -> str | None:
    """'word' for a sanctions noun, 'predicate' for a verb of sanctioning in an article about sanctions (one that
    names them anywhere, `names_any`, for the verbs that mean sanctions wherever they stand), 'stand_in' for a noun
    standing for sanctions named before it; else None."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and (low in lx.SANCTION_NOUNS or lemma in lx.SANCTION_NOUNS):
        return None if _a_courts(tok) else "word"          # not 'accepted the court's sanction' (a penalty)
    if tok.pos_ == "NOUN" and lemma in lx.TRADE_BANS and (any(
            p.lower_ == "on" and any(g.dep_ == "pobj" and (g.lemma_.lower() in lx.TRADE_NOUNS
                                                           or _a_states_goods(g, reading))
                                     and not _own_trade(tok, g, reading) for g in p.children)
            for p in tok.children if p.dep_ == "prep") or _against_party(tok, reading)):
        return "word"                                       # 'a ban on Russian oil imports', 'on Russian steel'
    if tok.pos_ == "VERB" and lemma == "sanction" and tok.dep_ != "amod" and not _approving(tok, reading):
        return "predicate"
    if tok.pos_ == "NOUN" and lemma in lx.SANCTION_FRAMES and any(
            c.dep_ == "amod" and c.lower_ in lx.SANCTION_NOUNS for c in tok.children):
        return "word"                                       # 'the snapback mechanism', tagged as an adjective
    if _sanctioning_anywhere(tok, lemma, reading) or _text_cutting_trade(tok):
        return "predicate"
    if tok.pos_ == "NOUN" and lemma in lx.AIMED_STAND_INS and _against_party(tok, reading) \
            and not _modified_by_clause(tok) and not (lemma in lx.RETALIATION_NOUNS and _answering_sanctions(tok)):
        return "word"                                       # 'new measures against Russia'
    if tok.pos_ == "NOUN" and lemma in lx.OWNED_STAND_INS and _imposer_named(tok, reading):
        return "word"                                       # 'the new EU restrictions', 'the US curbs'
    if not named_in and names_any and tok.pos_ == "VERB" and lemma in lx.NAMED_SANCTIONING and _finite(tok) \
            and _has_party_object(tok, reading):
        return "predicate"                                  # 'OFAC is designating X' before the word 'sanctions'
    if names_any and lemma in lx.NAMED_SANCTIONING and _reduced_passive(tok, reading):
        return "predicate"                                  # 'operators already blacklisted by Britain'
    if not named_in:
        return None
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lx.EXEMPTION_NOUNS:
        return "stand_in"                                   # 'revoked the licence', 'General License 44'
    sid = reading.sent_of[tok.i]
    if tok.pos_ == "VERB" and lemma in lx.SANCTIONING_VERBS and (
            lemma in lx.NAMED_SANCTIONING or sid - named_in[-1] <= NEAR_SENTENCES) \
            and _finite(tok) and _has_party_object(tok, reading):
        return "predicate"
    if tok.pos_ == "VERB" and lemma in lx.TRADE_CUTTING and sid - named_in[-1] <= NEAR_SENTENCES \
            and _finite(tok) and _cuts_trade(tok):
        return "predicate"                                  # 'a resolution that cuts North Korea's oil imports'
    if tok.pos_ != "NOUN" or lemma not in lx.STAND_INS or lemma in lx.BANNING and _judged(tok):
        return None                                         # not 'the tribunal has issued 20 such bans'
    marked = any(c.lower_ in STAND_IN_MARKS or c.ent_type_ in ("ORDINAL", "DATE")  # 'the 17th package',
                 or c.dep_ == "poss" and reading.who.actor_of(c) is not None       # "the EU's move"
                 for c in tok.children if c.dep_ in ("det", "poss", "amod", "predet")) \
        or _against_party(tok, reading)                                               # "today's action"
    if lemma in GENERIC_STAND_INS:
        return "stand_in" if sid - named_in[-1] <= NEAR_SENTENCES and marked and not _modified_by_clause(tok) \
            and not _of_something_else(tok, reading) else None
    defined = any(c.dep_ == "relcl" and _imposed_or_lifted(c) for c in tok.children)   # 'measures that X lifted'
    return "stand_in" if (marked or defined) and not _modified_by_clause(tok) else None


def _judged(noun: Token) -> bool:
    """A ban the subject of its verb hands down as a court or tribunal ('FIFA's Football Tribunal has issued more
    than 20 such bans')."""
    verb = noun.head
    while verb.dep_ in ("conj", "prep", "pobj") and verb.head.i != verb.i:
        verb = verb.head
    return _court_acts(verb)


def _court_acts(verb: Token) -> bool:
    """Whether the verb's subject is a court, judge or tribunal ('a judge froze', 'the Football Tribunal has
    issued'): what it does is a court order, not sanctions."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (s.lemma_.lower() in lx.JUDICIAL_NOUNS or any(
        t.lemma_.lower() in lx.JUDICIAL_NOUNS for t in s.subtree if t.dep_ == "compound")) for s in verb.children)


def _a_courts(noun: Token) -> bool:
    """A penalty a court or judge hands down ("the court's sanction", 'a sanction from the tribunal'), not sanctions
    a state or body imposes."""
    return any(c.dep_ in ("poss", "compound", "nmod") and c.lemma_.lower() in lx.JUDICIAL_NOUNS for c in noun.children) \
        or any(g.lemma_.lower() in lx.JUDICIAL_NOUNS for p in noun.children if p.dep_ == "prep"
               and p.lower_ in ("by", "from", "of") for g in p.children if g.dep_ == "pobj")


def _reduced_passive(verb: Token, reading: Reading) -> bool:
    """A participle after the party it is done to, with its doer after 'by' ('operators already blacklisted by
    Britain', 'two banks designated by the Treasury last year')."""
    party = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and (party.lemma_.lower() in lx.PARTY_NOUNS or bool(reading.who.resolve(party).ids))


def _sanctioning_anywhere(verb: Token, lemma: str, reading: Reading) -> bool:
    """A finite verb that is sanctions in any article: blacklisting a party, freezing a party's assets ('froze the
    assets of three Russian banks'), banning a state's trade ('Canada banned imports of Russian oil')."""
    if verb.pos_ != "VERB" or not (_finite(verb) or verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl")):
        return False                # a finite verb, 'joined Washington in blacklisting X', 'acted, blacklisting X'
    if lemma in lx.ALWAYS_SANCTIONING:
        return _has_party_object(verb, reading)
    if _court_acts(verb):
        return False                                    # 'a judge froze the assets of a pop star': a court order
    if lemma in lx.FREEZING:
        return any(c.dep_ in ("dobj", "nsubjpass") and _assets(c) for c in verb.children)
    return lemma in lx.BANNING and _cuts_trade(verb, of_state=True)


def _text_cutting_trade(verb: Token) -> bool:
    """A text a body passes that cuts a state's trade ('adopted a resolution cutting North Korea's oil imports by
    90 percent', 'a law that restricts exports to Iran'): sanctions in any article."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lx.TRADE_CUTTING and verb.head.lemma_.lower() in lx.LAW_NOUNS \
        and (verb.dep_ == "acl" and verb.tag_ == "VBG" or verb.dep_ == "relcl") and _cuts_trade(verb)


def _assets(noun: Token) -> bool:
    """What a party owns, or an amount of it ('the assets of', '$300 billion of Russian central bank assets',
    '$5 billion in Russian assets')."""
    if noun.lemma_.lower() in lx.ASSET_NOUNS:
        return True
    return (noun.ent_type_ == "MONEY" or noun.pos_ == "NUM") and any(
        g.lemma_.lower() in lx.ASSET_NOUNS for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
        for g in p.children if g.dep_ == "pobj")


def _imposer_named(noun: Token, reading: Reading) -> bool:
    """A state or body named before the noun as whose it is ('EU restrictions', "Washington's curbs"), with no
    word of public health beside it ('EU travel restrictions over Covid')."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    if any(t.lower_ in lx.HEALTH_WORDS for t in noun.subtree):
        return False
    return any(reading.who.actor_of(c, frozenset({"country", "organization"})) is not None for c in mods)


def _of_something_else(noun: Token, reading: Reading) -> bool:
    """'the announcement of a ceasefire', 'the decision on fishing quotas': a generic noun that says what it is of,
    when that is neither sanctions nor whose it is ('the decision of the Council')."""
    return any(not names_sanctions(p, reading) for p in _preps(noun, ("of", "on", "about")))


def _answering_sanctions(noun: Token) -> bool:
    """'countermeasures against the EU's sanctions': an answer to sanctions, not sanctions of its own."""
    return any(names_sanctions(p) for p in _preps(noun, ("against", "on", "to")))


def _preps(noun: Token, words: tuple[str, ...]) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ in words]


def names_sanctions(prep: Token, reading: Reading | None = None) -> bool:
    """Whether a phrase holds a word `_kind` can take for sanctions (or, given `reading`, an actor)."""
    words = _kind_words()
    return any(t.lemma_.lower() in words or t.lower_ in words
               or reading is not None and reading.who.actor_of(t) is not None for t in prep.subtree)


def _own_trade_ban(ban: Token, reading: Reading) -> bool:
    """A named ban ('export ban', 'ban on exports') that is a state's ban on its own trade (see `_own_trade`)."""
    if ban.lemma_.lower() not in lx.TRADE_BANS or _against_party(ban, reading):
        return False
    trades = [g for p in ban.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
    trades += [c for c in ban.children if c.dep_ == "compound" and c.lemma_.lower() in lx.TRADE_NOUNS]
    return bool(trades) and all(_own_trade(ban, t, reading) for t in trades)


def _a_states_goods(noun: Token, reading: Reading) -> bool:
    """A commodity a state is named as the source of ('Russian LNG', "Iran's oil"): what a ban on it is aimed at."""
    return noun.lemma_.lower() in lx.COMMODITY_NOUNS and any(
        m.dep_ in ("amod", "compound", "nmod", "poss") and m.i < noun.i
        and reading.who.actor_of(m, frozenset({"country"})) is not None for m in noun.children)


def _own_trade(ban: Token, trade: Token, reading: Reading) -> bool:
    """A state's ban on its own trade that names no other state ("Indonesia's 2020 ban on exports of raw nickel
    ore"): a trade policy, not sanctions ('the EU's ban on Russian oil imports' names the state it is against)."""
    who = reading.who
    owners = {who.country_of(a) for c in ban.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < ban.i
              for a in [who.actor_of(c)] if a is not None} - {None}
    named = {who.country_of(a) for t in trade.subtree for a in [who.actor_of(t)] if a is not None} - {None}
    if not owners:                # 'imposed a ban on rice exports': exports naming no state are the banner's own
        return not named and trade.lemma_.lower() in ("export", "exports")
    return not (named - owners)


def _against_party(noun: Token, reading: Reading) -> bool:
    """'measures against Russian banks', 'penalties on Iran': a stand-in aimed at a named state's party."""
    return any(c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
        reading.who.country_of(a) is not None for g in c.children if g.dep_ == "pobj" for a in _parties(g, reading))
        for c in noun.children)


def _finite(verb: Token) -> bool:
    """A verb that tells an act ('designated', 'has frozen', 'were listed'), not a participle describing a
    noun ('listed entities', 'blocked persons')."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return _finite(verb.head)                   # 'should go further and ban': the modal is both verbs'
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _modified_by_clause(noun: Token) -> bool:
    """'measures that increase development', 'the proposal to build a stadium': a noun its own clause or infinitive
    defines (other than one of imposing or lifting) stands for something else; a clause
    set off by a comma only comments on it ('the measures, which Iran called unlawful'), and a passive infinitive
    says what is to be done to it ('called for the measures to be eased')."""
    doc = noun.doc
    return any(c.dep_ == "relcl" and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
               and not _to_be_done(c) and not _imposed_or_lifted(c)
               or c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)   # 'the proposal
               and c.lemma_.lower() not in lx.IMPOSE_VERBS | lx.LIFT_VERBS and not _to_be_done(c)  # to build X'
               for c in noun.children)


def _imposed_or_lifted(relcl: Token) -> bool:
    """A relative clause that says the noun was imposed or lifted ('measures that President X lifted in April',
    'restrictions which Canada imposed'): the noun stands for sanctions, as the clause's own object."""
    return relcl.lemma_.lower() in lx.IMPOSE_VERBS | lx.LIFT_VERBS and _on_its_antecedent(relcl)


def _on_its_antecedent(relcl: Token) -> bool:
    """A relative clause whose verb acts on the noun it qualifies ('the sanctions that Washington imposed', 'the
    measures which were lifted'): its object or passive subject is the relative pronoun."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "which") for c in relcl.children)


def _to_be_done(verb: Token) -> bool:
    """'to be eased', 'to be lifted': a passive infinitive."""
    kids = [c.dep_ for c in verb.children]
    return verb.tag_ == "VBN" and "auxpass" in kids and any(c.tag_ == "TO" for c in verb.children)


def _cuts_trade(verb: Token, of_state: bool = False) -> bool:
    """A verb whose object is a state's trade: 'cuts North Korea's oil imports', 'banned Russian steel exports',
    'restricted exports of chips to Russia' (not 'the company cut its imports'); `of_state` also takes the
    state from what is traded ('banned imports of Russian oil'), which only a ban makes sanctions (a buyer
    that 'cut imports of Russian oil' chose to)."""
    state = ("GPE", "NORP")
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass") or c.lemma_.lower() not in lx.TRADE_NOUNS:
            continue
        mods = [t for m in c.children if m.dep_ in ("poss", "amod", "compound", "nmod") for t in m.subtree] + [
            t for p in c.children if of_state and p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
        parties = [g for p in [*c.children, *verb.children] if p.dep_ == "prep" and p.lower_ in ("to", "from")
                   for g in p.subtree]
        if any(t.ent_type_ in state for t in mods + parties):
            return True
    return False


def _approving(verb: Token, reading: Reading) -> bool:
    """'sanction' in its other sense, approving a thing: 'the council sanctioned the construction of a stadium' (an
    object that is no party), not 'sanctioned three banks'."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not _has_party_object(verb, reading) and not any(
        o.lemma_.lower() in lx.ASSET_NOUNS or any(m.dep_ == "poss" and reading.who.resolve(m).ids for m in o.children)
        for o in objects)                                # 'its assets', "Rosneft's trading arm"


def _has_party_object(verb: Token, reading: Reading) -> bool:
    """A verb of sanctioning whose object is an actor or its assets ('designated six firms' is only sanctions
    in an article about sanctions, which the caller checks)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"       # 'several of the
                           for g in p.children if g.dep_ == "pobj"]                          # same persons'
            if any(reading.who.resolve(h).ids and h.lemma_.lower() not in lx.DOCUMENT_NOUNS      # not 'blocked a
                   or h.lemma_.lower() in lx.PARTY_NOUNS or h.pos_ == "PROPN" for h in heads):  # U.N. statement'
                return True
            if any(m.dep_ in ("amod", "compound", "poss", "nmod") and m.i < c.i
                   and reading.who.actor_of(m, frozenset({"country"})) is not None for m in c.children):
                return True                               # 'targeted 14 Russian oligarchs'
            if c.lower_ in ("those", "anyone", "everyone", "all") and any(
                    m.lower_ in lx.CULPABLE for m in c.children if m.dep_ in ("amod", "acl", "relcl")):
                return True                               # 'to sanction those responsible'
    return False


def _imposers(tok: Token, reading: Reading, by_name: bool) -> tuple[int, ...]:
    """Who the phrase itself names as imposing it: a modifier ('U.S. sanctions', 'Security Council sanctions'),
    a hyphened leader ('U.S.-led sanctions'), a passive agent ('sanctions imposed by Canada'), 'from X'."""
    who, out = reading.who, []
    modifiers = list(tok.children)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in LIST_HEADS:   # 'U.S. and British sanctions lists'
        modifiers += [c for c in tok.head.children if c.i < tok.i]
    for c in modifiers:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "conj") and c.i < tok.i:
            if not by_name and _named_as_target(c, reading) or _anti(c):
                continue                                       # 'anti-Russian sanctions' are on Russia
            aid = who.actor_of(c, frozenset({"country", "organization"}))
            if aid is None and "-" in c.text:
                head, _, tail = c.text.partition("-")
                if tail.lower() in ("led", "backed", "imposed", "sponsored", "drafted", "proposed"):
                    aid = who.actor_named(head, frozenset({"country", "organization"}))
            if aid is None and c.dep_ == "amod":
                for g in c.children:             # 'U.S.-led': the parse may split the name off
                    aid = aid or who.actor_of(g, frozenset({"country", "organization"}))
            if aid is not None:
                out.append(aid)
            for g in c.children:                               # 'U.S., British and Ukrainian sanctions'
                if g.dep_ == "conj" and g.i < tok.i:
                    aid = who.actor_of(g, frozenset({"country", "organization"}))
                    if aid is not None:
                        out.append(aid)
        elif c.dep_ == "acl":
            out += [a for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                    for a in who.actors(p)]
        elif c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "by" and not _in_passive(tok)):
            out += [a for g in c.children if g.dep_ == "pobj" for a in who.actors(g)]   # 'sanctions by the U.S.'
    return tuple(dict.fromkeys(out))


def _anti(mod: Token) -> bool:
    """A modifier after 'anti-' ('anti-Russian', 'anti-Iran'): what the sanctions are against, not who imposes them."""
    doc = mod.doc
    return mod.lower_.startswith("anti-") or mod.i >= 1 and doc[mod.i - 1].lower_ == "anti-" \
        or mod.i >= 2 and doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ == "anti"


def _in_passive(tok: Token) -> bool:
    """Whether the verb a noun hangs under is passive: its 'by' may be that verb's agent the parse misplaced ('was
    joined in his opposition to sanctions by China's envoy')."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "auxpass" for c in verb.children)


def _named_as_target(mod: Token, reading: Reading) -> bool:
    """'Iran sanctions', 'Russia sanctions': a country's plain name used as a noun modifier names the target;
    an acronym, a demonym or a possessive ('U.S. sanctions', 'American sanctions', "Russia's sanctions")
    names the imposer (a plain name the parse took for an adjective, 'its Zimbabwe sanctions programme', too)."""
    if mod.dep_ not in ("compound", "nmod", "amod") or any(g.dep_ == "case" for g in mod.children):
        return False
    m = reading.who.mention_of(mod)
    if m is None or reading.who.kind.get(m[2]) != "country":
        return False
    vias = {v for _, v in _gazetteer().lookup(m[3])}
    return bool(vias) and vias <= {"name", "official", "alt", "short"}


def _gazetteer():
    from dossier.countries import gazetteer
    return gazetteer()


def _targets(tok: Token, reading: Reading, predicate: bool, *, named: bool) -> tuple[int, ...]:
    """Who is sanctioned: the object of 'on'/'against' on the phrase or the verb that governs it, of a
    participle of targeting ('targeting Russia's energy'), the object or passive subject of a sanctioning
    verb; a person, organisation or thing of a country stands for that country."""
    who = reading.who
    hosts = [tok] if predicate else [tok, tok.head] if tok.dep_ in ("dobj", "pobj", "nsubjpass") else [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx.SANCTION_GROUPS:
        hosts.append(tok.head.head)                      # 'a new round of sanctions on Iran'
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.SANCTION_FRAMES | LIST_HEADS:
        hosts.append(tok.head)                           # 'the sanctions regime against Russia'
    objs: list[Token] = [c for c in tok.children if _named_as_target(c, reading)] if named else []
    for host in hosts:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                objs += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.lemma_.lower() in TARGETING_VERBS:
                objs += [g for g in c.children if g.dep_ == "dobj"]
            elif predicate and c.dep_ in ("dobj", "nsubjpass"):
                objs.append(c)
    out: list[int] = []
    for o in objs:
        for aid in _parties(o, reading):
            state = who.country_of(aid) if who.kind.get(aid) != "country" else aid
            pick = state if state is not None else aid
            if pick not in out:
                out.append(pick)
    return tuple(out)


def _parties(tok: Token, reading: Reading) -> list[int]:
    """Actors a target phrase names: its head and conjuncts, else the first actor inside it ('Russian oil',
    "Russia's access", 'the assets of three Iranian banks')."""
    who = reading.who
    if tok.lemma_.lower() in lx.ASSET_NOUNS:           # 'any U.S. assets of the four men': the owner, not where
        for p in tok.children:                          # the assets lie
            if p.dep_ == "prep" and p.lower_ == "of":
                owners = [a for g in p.children if g.dep_ == "pobj" for a in _parties(g, reading)]
                if owners:
                    return owners
    for c in tok.children:                 # "Russia's oil companies", 'Iranian officials': the state first
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i:
            aid = who.actor_of(c, frozenset({"country"}))
            if aid is not None:
                return [aid]
    found = list(who.actors(tok))
    if found:
        return found
    clauses = {u.i for t in tok.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.i != tok.i for u in t.subtree}
    clauses |= jurisdiction_words(tok)
    for t in tok.subtree:                 # not inside a clause on it ('ore, which the EU challenged')
        aid = who.actor_of(t) if t.i not in clauses else None
        if aid is not None:
            return [aid]
    return []


def jurisdiction_words(tok: Token) -> set[int]:
    """The token indices, in `tok`'s phrase, of a legal frame it names ('individuals under U.S. jurisdiction',
    'entities within EU law'): where a party is held, not whose it is."""
    return {u.i for t in tok.subtree if t.dep_ == "prep" and t.lower_ in ("under", "within") and any(
            g.lemma_.lower() in lx.JURISDICTION_NOUNS for g in t.children) for u in t.subtree}


def _small_clause(verb: Token) -> bool:
    """A participle with a subject and no auxiliary under a verb of wanting or seeing ('wants the sanctions
    eased', 'saw the measures lifted'): its subject is what is done to, not who does it."""
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and verb.head.lemma_.lower() in lx.SMALL_CLAUSE_HEADS \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
