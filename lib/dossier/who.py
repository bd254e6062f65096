"""Who a noun phrase names: the one resolver that quotes, events and positions all ask.

`Who(article, quotes=...)` is built once per article (the pipeline builds it and passes it on); `who.resolve(tok)`
returns a `Named` (the actor ids the phrase headed by `tok` stands for, and the words that name them):

- names and their short forms, through the `mentions` frame (a reporter of the article never acts in it);
- coordinations: every member ('the United States and the European Union', 'A, B and C');
- he/she/him/her: the person last named as a subject, of the matching gender when the text tells;
- it/its: the organisation or state last named as a subject; they/them/their: a group noun or state, or
  every member of the last coordinated subject;
- first person (I, we, our) inside a quotation: whoever says the quotation; outside one (a press release,
  a transcript): the organisation or state the text last made a subject;
- relative pronouns: the noun the clause hangs on;
- roles and offices: an appositive name ('the ambassador, Ann Lee'), a person inside the phrase, a state or
  organisation modifying a group noun ('Russian officials', 'U.N. experts', 'Trump administration officials'
  name the state, not the person the administration is named after), 'a spokesperson for X', "X's office",
  'officials from X', a document's author ('a joint statement by A, B and C', "the panel's report"), 'his own
  country', a definite noun's earlier fuller form ('the panel' after 'a U.N. panel of experts').

A phrase that names no actor resolves to no ids: a common noun is never a speaker or an agent.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Callable, Iterator, NamedTuple

from spacy.tokens import Doc, Token

from dossier import lexicon as lx, names
from dossier.article import Article, Locator, text_of

AGENT_KINDS = frozenset({"person", "organization", "country"})
ORG_KINDS = frozenset({"organization", "country"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
ANTECEDENT_WINDOW = 8          # sentences a pronoun looks back
NEAR_SENTENCES = 2             # of which the nearest are searched first, by subject rank
MAX_DEPTH = 4                  # nested resolutions (a pronoun for a pronoun for a noun ...)

_FEMALE = re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady)\.?\s+$")
_MALE = re.compile(r"\b(?:Mr|Sir|Lord)\.?\s+$")
_HONORIFIC = re.compile(r"^(?:Ms|Mrs|Miss|Madam|Dame|Lady|Mr|Sir|Lord)\.?\s+")
_FEMALE_TITLE = re.compile(r"woman\b|\b(?:queen|princess|duchess)\b", re.IGNORECASE)
COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4}      # 'both leaders', 'the two diplomats'
_GROUP_HEADS = lx.words("administration government camp team campaign office")   # 'Trump administration'
# _PRESIDENCY: 'the <leader> administration' is how English news names a U.S. presidency (of the 37 such phrases
# in the seeds and the probes, 36 are American), so a leader of no stated state gives the United States when the
# article names it; every other state's government is its leader's, or no one's.
# Common nouns that may name someone who acts or speaks.
_AGENTIVE = lx.AGENT_NOUNS | lx.PERSON_NOUNS | lx.DOCUMENT_NOUNS | lx.GATHERING_NOUNS | lx.STATE_NOUNS | _GROUP_HEADS \
    | lx.words("people person man woman group company firm bank force forces partner partners ally allies side sides "
               "country countries nation nations power powers member members body bodies")


class Named(NamedTuple):
    """What a phrase names: actor ids (empty when none) and the words that name them."""
    ids: tuple[int, ...]
    text: str | None

    @property
    def first(self) -> int | None:
        return self.ids[0] if self.ids else None


NOBODY = Named((), None)


class Who:
    """Per-article lookups (the mention under a token, tokens inside quotations, people's likely gender) and
    the resolution of noun phrases to actors. `quote_speaker(char)` may be set later, by whoever attributes
    quotations, so that 'we' inside a quotation names whoever says it."""

    def __init__(self, art: Article, quotes: tuple[tuple[int, int], ...] = ()) -> None:
        self.doc: Doc = art.doc
        self.text = text_of(art.doc)
        self.locator = Locator(art.sentences)
        self.sentences = [(int(a), int(b), int(p)) for a, b, p in zip(
            art.sentences["start_char"], art.sentences["end_char"], art.sentences["paragraph_id"])]
        self.sentence_starts = [a for a, _, _ in self.sentences]
        kinds = dict(zip(art.paragraphs["paragraph_id"], art.paragraphs["kind"]))
        self.paragraph_kind = [kinds.get(p) for _, _, p in self.sentences]
        a = art.actors
        self.kind = dict(zip(a["actor_id"].astype(int), a["kind"]))
        self.country = dict(zip(a["actor_id"].astype(int), a["country"]))
        self.title = {int(i): (t or "").lower() for i, t in zip(a["actor_id"], a["title"])}
        self.name = dict(zip(a["actor_id"].astype(int), a["name"]))
        self.country_actor = {c: int(i) for i, k, c in zip(a["actor_id"], a["kind"], a["country"])
                              if k == "country" and c}
        self.tokens = list(self.doc)            # made once: doc[i] makes a new Token on every call
        self.tok_starts = [t.idx for t in self.tokens]
        self.quotes = sorted(quotes)
        self.in_quote = self._mark_quotes()
        self.token_mention, self.mention_rows = self._index_mentions(art)
        self.gender = self._genders(art)
        self.reporters = _reporter_ids(art)
        self.surfaces = self._surfaces()
        self._modified: dict[str, list[int]] | None = None
        self.quote_speaker: Callable[[int], Named] | None = None
        self._resolved: dict[tuple[int, bool], Named] = {}
        self._ranks: dict[int, int] = {}                  # token -> subject_rank, asked many times by _pick

    # ---------------------------------------------------------------------------------------- indexes

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
        return {t: max(sorted(c), key=c.get) for t, c in counts.items()}

    def _genders(self, art: Article) -> dict[int, str]:
        """'f' or 'm' for people the text marks (Ms./Mr. before a mention, a '-woman' title)."""
        out: dict[int, str] = {}
        for s, _, aid, surface in self.mention_rows:
            if self.kind.get(aid) != "person":
                continue
            inside = _HONORIFIC.match(surface + " ")
            before = inside[0] if inside else self.text[max(0, s - 8):s]
            if _FEMALE.search(before):
                out[aid] = "f"
            elif _MALE.search(before):
                out[aid] = "m"
        for aid, title in self.title.items():
            if _FEMALE_TITLE.search(title):
                out[aid] = "f"
        for aid, name in self.name.items():              # else the first name's usual gender ('Kaja Kallas')
            words = name.split()
            if aid not in out and self.kind.get(aid) == "person" and len(words) >= 2:
                found = names.gender(words[0])
                if found:
                    out[aid] = found
        return out

    # ---------------------------------------------------------------------------------------- positions

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

    def quotes_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quotation spans that overlap [lo, hi) (they do not overlap each other)."""
        k = max(bisect.bisect_right(self.quotes, (lo, 1 << 60)) - 1, 0)
        out = []
        while k < len(self.quotes) and self.quotes[k][0] < hi:
            if self.quotes[k][1] > lo:
                out.append(self.quotes[k])
            k += 1
        return out

    def inside_quote(self, char: int) -> tuple[int, int] | None:
        """The quotation span holding character `char`, if any."""
        i = bisect.bisect_right(self.quotes, (char, 1 << 60)) - 1
        return self.quotes[i] if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1] else None

    # ---------------------------------------------------------------------------------------- actors

    def mention_of(self, tok: Token) -> tuple[int, int, int, str] | None:
        n = self.token_mention[tok.i]
        return self.mention_rows[n] if n is not None else None

    def actor_of(self, tok: Token, kinds: frozenset = AGENT_KINDS) -> int | None:
        m = self.mention_of(tok)
        return m[2] if m and self.kind.get(m[2]) in kinds and m[2] not in self.reporters else None

    def actor_named(self, text: str, kinds: frozenset = AGENT_KINDS) -> int | None:
        """The actor a surface form names elsewhere in the article ('U.S.' in 'U.S.-brokered'), if any."""
        aid = self.surfaces.get(text)
        return aid if aid is not None and self.kind.get(aid) in kinds else None

    def country_of(self, actor_id: int | None) -> int | None:
        """The country actor of an actor (itself for a country), if the article names that country."""
        if actor_id is None:
            return None
        if self.kind.get(actor_id) == "country":
            return actor_id
        return self.country_actor.get(self.country.get(actor_id))

    def speaks_for_state(self, actor_id: int) -> bool:
        """A person whose title is a state role, or an organisation of a state: its positions are its state's."""
        kind = self.kind.get(actor_id)
        if kind == "organization":
            return True
        return kind == "person" and any(w in lx.STATE_ROLES for w in re.findall(r"[a-z]+", self.title.get(actor_id, "")))

    def organisation_led(self, actor_id: int) -> int | None:
        """The organisation a person is named as heading or speaking for where the article names them: 'X,
        president of the Iranian Resistance', 'X, a spokeswoman for Example Corp', 'Example Corp spokeswoman X'
        (a role noun with the organisation after 'of', 'for' or 'at', or before it); None when none or several."""
        if self.kind.get(actor_id) != "person":
            return None
        if not hasattr(self, "_led"):
            self._led: dict[int, set[int]] = {}
            for s, _, aid, _ in self.mention_rows:
                if self.kind.get(aid) != "person":
                    continue
                tok = self.tokens[self.token_at(s)]
                while tok.head.i != tok.i and tok.dep_ in ("compound", "flat") and self.mention_of(tok.head) \
                        and self.mention_of(tok.head)[2] == aid:
                    tok = tok.head                        # the name's head word
                roles = [c for c in tok.children if c.dep_ in ("appos", "compound") and _leading(c)] \
                    + ([tok.head] if tok.dep_ == "appos" and _leading(tok.head) else [])
                for role in roles:
                    owners = [g for p in role.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
                              for g in p.children if g.dep_ == "pobj"]
                    owners += [c for c in role.children if c.dep_ in ("compound", "poss", "nmod") and c.i < role.i]
                    for o in owners:
                        org = self.actor_of(o, frozenset({"organization"}))
                        if org is not None:
                            self._led.setdefault(aid, set()).add(org)
        found = self._led.get(actor_id, set())
        return next(iter(found)) if len(found) == 1 else None

    # ---------------------------------------------------------------------------------------- resolution

    def actors(self, tok: Token | None, *, kinds: frozenset = AGENT_KINDS) -> tuple[int, ...]:
        """The actor ids a noun phrase headed by `tok` names, with every coordinated member."""
        return tuple(a for a in self.resolve(tok).ids if self.kind.get(a) in kinds)

    def resolve(self, tok: Token | None, *, depth: int = 0) -> Named:
        """What the noun phrase headed by `tok` names, coordinated members included (see the module's doc)."""
        if tok is None or depth > MAX_DEPTH:
            return NOBODY
        key = (tok.i, self.quote_speaker is not None)
        if depth == 0 and key in self._resolved:
            return self._resolved[key]
        found = self._resolve(tok, depth)
        if depth == 0:
            self._resolved[key] = found
        return found

    def _resolve(self, tok: Token, depth: int) -> Named:
        ids: list[int] = []
        text = None
        for member in self._members(tok):
            found = self._one(member, depth)
            text = text or found.text
            ids += [a for a in found.ids if a not in ids]
        ids += [a for a in self._listed_before(tok) + self._leaders_under(tok) if a not in ids]
        return Named(tuple(ids), text)

    def _leaders_under(self, head: Token) -> list[int]:
        """'Canada's government under Prime Minister Stephen Harper': the leader named after 'under' acts with it."""
        if head.lemma_.lower() not in lx.STATE_NOUNS:
            return []
        return [a for p in head.children if p.dep_ == "prep" and p.lower_ == "under" for g in p.children
                if g.dep_ == "pobj" for a in [self.actor_of(g, frozenset({"person"}))] if a is not None]

    def _members(self, tok: Token) -> list[Token]:
        """The conjuncts of `tok`, and those a parse hung on the last word of its name ('the Republic of Korea and
        Japan', with Japan under Korea)."""
        members = conjuncts(tok)
        m = self.mention_of(tok)
        if m is not None and tok.pos_ == "PROPN":
            last = self.tokens[self.token_at(m[1] - 1)]
            if last.i > tok.i and tok.left_edge.i <= last.i <= tok.right_edge.i:
                members += [c for c in conjuncts(last)[1:] if c not in members]
        return members

    def _listed_before(self, head: Token) -> list[int]:
        """Names a parse hung on a name as modifiers though they are list members before it ('Minister A and
        President B agreed' parsed with A as a modifier of B): a left modifier followed by 'and' or a comma,
        with its own conjuncts, possessors left out."""
        if head.pos_ != "PROPN":
            return []
        out = []
        for c in head.children:
            if c.dep_ not in ("nmod", "compound") or c.i > head.i or c.i + 1 >= len(self.doc):
                continue
            if self.doc[c.i + 1].lower_ not in (",", "and") or any(g.dep_ == "case" for g in c.children):
                continue
            for m in [c] + [g for g in c.children if g.dep_ == "conj"]:
                aid = self.actor_of(m)
                if aid is not None and aid not in out and aid != self.actor_of(head):
                    out.append(aid)
        return out

    def _one(self, tok: Token, depth: int) -> Named:
        low = tok.lower_
        if low in lx.RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$"):
            found = [f for f in (self.resolve(h, depth=depth + 1) for h in _relative_heads(tok)) if f.ids]
            people = [f for f in found if self.kind.get(f.first) == "person"]   # 'the envoy to the U.N. X, who'
            if low == "which":                            # 'the Act, which targets officials': never a person
                return next((f for f in found if self.kind.get(f.first) != "person"), NOBODY)
            return (people or found or [NOBODY])[0]
        pronoun = tok.pos_ == "PRON" or not tok.is_upper or len(tok) == 1   # 'US' is a country, 'us' a pronoun
        if low in lx.FIRST_PERSON and pronoun:
            return self._first_person(tok, depth)
        if low in ("it", "they") and pronoun:
            reporter = self._reporting_subject(tok, depth)
            if reporter is not None:                      # "China's foreign ministry said it opposed ..."
                return reporter
        if (low in lx.PERSON_PRONOUNS or low in lx.GROUP_PRONOUNS) and pronoun:
            return self.antecedent(tok, depth=depth)
        owned = _possessed_of(tok)
        if owned is not None:                             # "the Department of the Treasury's Office of X"
            found = self._one(owned, depth + 1)
            if found.ids:
                return found
        aid = self.actor_of(tok)
        if (aid is None or self.kind.get(aid) == "location") and (tok.is_upper or tok.is_title):
            after = _past_dateline(tok)                   # 'BRASILIA, Brazil (AP) - President X said'
            if after is not None:
                return self._one(after, depth + 1)
        if aid is not None:
            return Named((aid,), self.mention_of(tok)[3])
        if tok.dep_ == "appos" and self.actor_of(tok.head) is not None:            # 'CREW, a watchdog group'
            return self._one(tok.head, depth + 1)
        if tok.pos_ == "NUM" or tok.lower_ in lx.QUANTIFIERS:  # 'three of the members - Russia, China and Pakistan'
            of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
            found = self._resolve(of[0], depth + 1) if of else NOBODY
            if found.ids:
                return found
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in _AGENTIVE:
            named = self._appositive(tok, depth)          # "Kim Jong Un's sister, Kim Yo Jong"
            if named is not None and self.kind.get(named.first) == "person":
                return named
            return NOBODY                                 # a thing ('the outcome', 'the talks') speaks for nobody
        words = None            # the fullest words for whoever it is, when no actor is named
        for rule in (self._led_by, self._appositive, self._members_named, self._counted_people, self._administration,
                     self._person_inside,
                     self._name_after_title, self._office_of, self._modifier_actor, self._own_state):
            found = rule(tok, depth)
            if found is LEADERLESS:               # 'the Obama administration' with Obama of no known state
                return Named((), self.np_text(tok))
            if found is not None and found.ids:
                return found
            words = words or (found.text if found is not None else None)
        if tok.pos_ == "NOUN":
            earlier = self._earlier_form(tok)
            if earlier is not None:
                found = self.resolve(earlier, depth=depth + 1)
                if found.ids:
                    return found
                words = words or found.text
                if earlier.dep_ == "dobj" and earlier.lemma_.lower() in lx.DOCUMENT_NOUNS:   # 'X issued a statement
                    issuer = [c for c in earlier.head.children if c.dep_ == "nsubj"]        # ... the statement said'
                    found = self.resolve(issuer[0], depth=depth + 1) if issuer else NOBODY
                    if found.ids:
                        return found
            found = self._named_body(tok) or self._named_group(tok)
            if found is not None:
                return found
            if tok.lemma_.lower() in lx.STATE_NOUNS and _definite(tok):
                found = self._last_state(tok, depth)
                if found.ids:
                    return found
        elif tok.pos_ == "PROPN" and tok.is_lower:        # 'the regional bloc', its noun tagged a name
            found = self._named_group(tok)
            if found is not None:
                return found
        if tok.pos_ in ("NOUN", "PROPN"):
            found = self._role_holder(tok, depth)
            if found is not None:
                return found
        return Named((), words or (self.np_text(tok) if tok.pos_ in ("NOUN", "PROPN") else None))

    def _reporting_subject(self, pronoun: Token, depth: int) -> Named | None:
        """The subject of the verb of saying that reports the pronoun's clause, when it names a body or state:
        "China's foreign ministry said it firmly opposed the listing" (it is China's ministry, not the last body
        named before)."""
        verb = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        found = self.resolve(subj, depth=depth + 1)
        return found if found.ids and all(self.kind.get(a) in ORG_KINDS for a in found.ids) else None

    def _members_named(self, tok: Token, depth: int) -> Named | None:
        """A plural group noun with its members named: 'countries including Japan and South Korea', 'Western
        nations such as Britain and Canada', 'allies like Poland': the members."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in lx.PARTY_GROUP_NOUNS | lx.MEMBER_NOUNS:
            return None                                   # 'officials, including the head of X' are still its
        for prep in tok.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or prep.lower_ == "as" and any(
                    c.lower_ == "such" for c in prep.children)):
                ids = [a for g in prep.children if g.dep_ == "pobj" for a in self.resolve(g, depth=depth + 1).ids]
                if ids:
                    return Named(tuple(dict.fromkeys(ids)), self.np_text(tok))
        return None

    def _counted_people(self, tok: Token, depth: int) -> Named | None:
        """'the two top diplomats', 'both leaders', 'the three ministers': that many people, the last ones named
        before the phrase (in its sentence and the two before), each once; 'the two sides', 'both countries':
        that many states or bodies."""
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NNS" or lemma not in lx.PERSON_NOUNS | lx.PARTY_GROUP_NOUNS:
            return None
        kinds = frozenset({"person"}) if lemma in lx.PERSON_NOUNS else frozenset({"country", "organization"})
        counts = [COUNT_WORDS.get(c.lower_) for c in tok.children if c.dep_ in ("det", "predet", "nummod")]
        n = next((k for k in counts if k), None)
        if n is None:
            return None
        found: list[int] = []
        for tokens in itertools.islice(self._sentences_back(tok), 3):
            for t in reversed(tokens):
                aid = None if self.in_quote[t.i] else self.actor_of(t, kinds)
                if aid is not None and aid not in found:
                    found.append(aid)
                if len(found) == n:
                    return Named(tuple(reversed(found)), self.np_text(tok))
        return None

    def _role_holder(self, tok: Token, depth: int) -> Named | None:
        """A definite bare role as a subject ('Viktor Orban ... the prime minister wrote', 'the 76-year-old
        added'): the person a 'he' there would stand for, if that person holds no other title."""
        low = tok.lemma_.lower()
        role = low in lx.TITLE_HEADS or low.endswith("-old") or tok.ent_type_ == "NORP" and tok.tag_ in ("NN", "NNP")
        if not role or not _definite(tok) or tok.dep_ not in SUBJECT_DEPS or any(
                c.dep_ in ("poss", "prep") or c.dep_ in ("amod", "compound") and c.lower_ not in lx.TITLE_WORDS
                for c in tok.children):
            return None
        found = self.antecedent(tok, want=frozenset({"person"}), depth=depth + 1)
        if not found.ids:
            return None
        title = self.title.get(found.first) or ""
        return found if not title or low.endswith("-old") or tok.ent_type_ == "NORP" or low in title.lower() else None

    def _appositive(self, tok: Token, depth: int) -> Named | None:
        """The name in apposition to a phrase, also one a parse hung on the phrase's last noun ('the envoy for
        Syria, Ann Lee,': Ann Lee, not Syria)."""
        for c in tok.children:
            if c.dep_ == "appos":
                aid = self.actor_of(c)
                if aid is not None:
                    return Named((aid,), self.mention_of(c)[3])
        if tok.lower_ in lx.TITLE_WORDS or tok.lemma_.lower() in lx.PERSON_NOUNS:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of", "on", "at")):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    for c in obj.children:
                        aid = self.actor_of(c, frozenset({"person"})) if c.dep_ == "appos" else None
                        if aid is not None and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ",":
                            return Named((aid,), self.mention_of(c)[3])
        return None

    def _led_by(self, tok: Token, depth: int) -> Named | None:
        """'several member states, led by Italy and Hungary,': those who lead the group speak and act for it."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.tag_ == "VBN":
                for a in (g for g in c.children if g.dep_ == "agent"):
                    for p in (g for g in a.children if g.dep_ == "pobj"):
                        found = self.resolve(p, depth=depth + 1)
                        if found.ids:
                            return found
        return None

    def _person_inside(self, tok: Token, depth: int) -> Named | None:
        """A person named in the phrase outside possessors and clauses ('the ambassador, Nikki Haley')."""
        if tok.lemma_.lower() in lx.DOCUMENT_NOUNS or tok.lemma_.lower() in _GROUP_HEADS:
            return None
        skip = {u.i for c in tok.children if c.dep_ in ("poss", "relcl", "acl", "advcl", "prep", "conj", "cc", "appos")
                for u in c.subtree}
        for t in tok.subtree:
            if t.i not in skip and t.i != tok.i and not (t.dep_ == "compound" and t.head.lemma_.lower() in _GROUP_HEADS):
                aid = self.actor_of(t, frozenset({"person"}))
                if aid is not None:
                    return Named((aid,), self.mention_of(t)[3])
        return None

    def _name_after_title(self, tok: Token, depth: int) -> Named | None:
        """The person named right after a title word the parse took for the head ('President' in 'US
        President Joe Biden'), within a run of capitalised words ('Ambassador to the United States Qin Gang')."""
        if tok.pos_ != "PROPN" and tok.lemma_.lower() not in lx.PERSON_NOUNS:
            return None
        for j in range(tok.i + 1, min(tok.i + 8, len(self.doc))):
            t = self.doc[j]                                 # 'Secretary of State Antony Blinken'
            if t.pos_ != "PROPN" and t.lower_ not in ("of", "the", "to", "for"):
                return None
            aid = self.actor_of(t, frozenset({"person"}))
            if aid is not None:
                return Named((aid,), self.mention_of(t)[3])
        return None

    def _administration(self, tok: Token, depth: int) -> Named | None:
        """'Trump administration officials', 'the Biden administration': the state whose government is named
        after its leader, not the leader."""
        heads = [tok] + [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in _GROUP_HEADS]
        if not any(h.lemma_.lower() in _GROUP_HEADS for h in heads):
            return None
        leader = False
        for h in heads:                           # the leader may hang on the group word or on the head noun
            for c in h.children:
                if c.dep_ in ("compound", "nmod", "poss") and c.i < h.i:
                    aid = self.actor_of(c, frozenset({"person"}))
                    if aid is None and c.pos_ == "PROPN":          # 'Trump' the NER took for an organisation
                        aid = self.actor_of(c, frozenset({"organization"}))
                        aid = aid if aid is not None and " " not in self.name.get(aid, " ") else None
                    state = self.country_of(aid)
                    if state is not None:
                        return Named((state,), self.np_text(tok))
                    leader = leader or aid is not None
        if leader and any(h.lemma_.lower() == "administration" for h in heads) and "USA" in self.country_actor:
            return Named((self.country_actor["USA"],), self.np_text(tok))   # see _PRESIDENCY
        return LEADERLESS if leader else None      # a leader of no known state: no one else either

    def _office_of(self, tok: Token, depth: int) -> Named | None:
        """'a spokesperson for X', "X's office", 'officials from X', 'officials at X', 'an official with X',
        'a statement by A, B and C', "the panel's report": whoever the office or document belongs to."""
        lemma = tok.lemma_.lower()
        if lemma not in lx.AGENT_NOUNS | lx.PERSON_NOUNS | lx.DOCUMENT_NOUNS | lx.GATHERING_NOUNS:
            return None
        preps = ("for", "from", "by", "of") if lemma in lx.DOCUMENT_NOUNS else ("for", "from", "by", "of", "at", "with")
        owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                  for g in c.children if g.dep_ == "pobj"]
        owners += [c for c in tok.children if c.dep_ == "poss" and lemma not in lx.OTHER_SIDE
                   and lemma in lx.DOCUMENT_NOUNS | _GROUP_HEADS | lx.PERSON_NOUNS]
        if lemma in lx.DOCUMENT_NOUNS:                    # 'a statement issued by the Venezuelan government'
            owners += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in lx.ISSUING_VERBS                  # not 'obtained by the AP'
                       for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.ISSUING_VERBS:   # 'France, Germany and Britain
                owners += [s for s in tok.head.children if s.dep_ == "nsubj"]     # issued a joint statement
        found = [self.resolve(o, depth=depth + 1) for o in owners]
        if lemma in lx.AGENT_NOUNS | lx.PERSON_NOUNS and not any(f.ids for f in found) and not any(
                c.dep_ in ("amod", "compound", "nmod", "poss") and self.actor_of(c, ORG_KINDS) is not None
                for c in tok.children):                  # 'the Russian embassy in London' is Russia's
            seats = [self.actor_of(g, frozenset({"country", "location"})) for c in tok.children
                     if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
            states = [self.country_of(s) for s in seats]              # 'the foreign ministry in Beijing'
            found += [Named((s,), self.np_text(tok)) for s in states if s is not None]
        return next((f for f in found if f.ids), next((f for f in found if f.text), None))

    def _modifier_actor(self, tok: Token, depth: int) -> Named | None:
        """'U.N. experts', 'Russian officials': the organisation or state modifying a group noun; for a
        document ('the EU statement'), whoever its modifier names."""
        lemma = tok.lemma_.lower()
        document = lemma in lx.DOCUMENT_NOUNS
        if lemma not in lx.AGENT_NOUNS | lx.PERSON_NOUNS | lx.GATHERING_NOUNS and not document:
            return None
        kinds = AGENT_KINDS if document else ORG_KINDS
        found: list[int] = []
        for c in tok.children:                # 'U.S., Russian and Ukrainian government officials': all three
            if c.dep_ not in ("compound", "amod", "nmod", "poss") or c.i > tok.i:
                continue
            for t in c.subtree:
                if _seat_only(t):
                    continue                                      # 'the Luxembourg-based court' is not Luxembourg
                aid = self.actor_of(t, kinds)
                if aid is None and "-" in t.text:                 # 'Russian-led', 'U.S.-backed'
                    aid = self.actor_named(t.text.split("-")[0], ORG_KINDS)
                if aid is not None and aid not in found:
                    found.append(aid)
            if found and document:
                return Named(tuple(found), self.np_text(c))
        if found:                             # 'U.S., Russian and Ukrainian officials' with 'U.S.' hung elsewhere
            j = tok.left_edge.i - 1
            while j >= 1 and self.doc[j].text in (",", "and"):
                aid = self.actor_of(self.doc[j - 1], kinds)
                if aid is None or aid in found or self.doc[j - 1].dep_ == "pobj":   # not 'Apart from Hungary, all
                    break                                                           # EU members'
                found.insert(0, aid)
                j = self.token_at(self.mention_of(self.doc[j - 1])[0]) - 1
        return Named(tuple(found), self.np_text(tok)) if found else None

    def _own_state(self, tok: Token, depth: int) -> Named | None:
        """'his own country', "the minister's government": the state of the possessor."""
        if tok.lemma_.lower() not in lx.STATE_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self.resolve(c, depth=depth + 1).first
                state = self.country_of(owner)
                if state is not None:
                    return Named((state,), self.np_text(tok))
        return None

    def _last_state(self, tok: Token, depth: int) -> Named:
        """'the country', 'the government': the state last named as a subject in this sentence or before."""
        sent = tok.sent
        subj = [self.actor_of(t, frozenset({"country"})) for t in sent if t.dep_ in SUBJECT_DEPS and t.i < tok.i]
        subj = [s for s in subj if s is not None]
        if subj:
            return Named((subj[-1],), self.np_text(tok))
        return self.antecedent(tok, want=frozenset({"country"}), depth=depth + 1)

    def _first_person(self, tok: Token, depth: int) -> Named:
        """I/we/our: inside a quotation, whoever says it; outside (a release, a transcript), the organisation
        or state the text last made a subject."""
        span = self.inside_quote(tok.idx)
        if span is not None:
            if self.quote_speaker is None or depth >= MAX_DEPTH:
                return NOBODY
            found = self.quote_speaker(span[0])
            if tok.lower_ in ("we", "us", "our", "ours", "ourselves") and found.ids:
                state = self.country_of(found.first)
                if state is not None and self.speaks_for_state(found.first):
                    return Named(found.ids + (state,), found.text)
            return found
        if tok.lower_ in ("i", "me", "my", "mine", "myself"):
            return NOBODY
        declared = self.declared_we(depth)
        if declared is not None:
            return declared
        voice = self.voice()
        return Named((voice,), self.name.get(voice)) if voice is not None else NOBODY

    def declared_we(self, depth: int = 0) -> Named | None:
        """Whom 'we' outside quotations is, where the text says so with an appositive to its first 'we': 'We,
        the leaders of A, B and C, condemn ...' (every member), 'We, the undersigned governments of A and B'."""
        if not hasattr(self, "_declared"):
            self._declared = None
            for t in self.tokens:
                if t.lower_ != "we" or self.in_quote[t.i]:
                    continue
                for ap in (c for c in t.children if c.dep_ == "appos"):
                    named = [g for p in ap.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"] or [ap]
                    found = self._resolve(named[0], depth + 1)
                    if found.ids:
                        self._declared = found
                        break
                break                                   # only the first 'we' can say who 'we' are
        return self._declared

    def voice(self) -> int | None:
        """Whom a text speaking as 'we' outside quotations speaks for (a press release, a briefing): the
        state (or stateless body) most often the subject of its main clauses, organisations counted for
        their state; the first named wins a tie."""
        if not hasattr(self, "_voice"):
            counts: dict[int, int] = {}
            for t in self.doc:
                if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and not self.in_quote[t.i]:
                    aid = self.actor_of(t, ORG_KINDS)
                    if aid is not None:
                        aid = self.country_of(aid) or aid
                        counts[aid] = counts.get(aid, 0) + 1
            self._voice = max(counts, key=counts.get) if counts else None
        return self._voice

    def _earlier_form(self, tok: Token) -> Token | None:
        """For a definite common noun ('the panel', 'the report', 'the experts'): the last earlier noun with the
        same lemma that carries a modifier or possessor, outside quotations."""
        if not _definite(tok) and tok.lemma_.lower() not in lx.AGENT_NOUNS:
            return None
        if any(c.dep_ in ("prep", "relcl", "acl", "nummod") or c.dep_ == "det" and c.lower_ not in
               ("the", "this", "that", "these", "those") for c in tok.children):
            return None                     # 'diplomats from several countries' says who they are itself
        earlier = self._modified_nouns().get(tok.lemma_.lower(), [])
        k = bisect.bisect_left(earlier, tok.i)
        return self.doc[earlier[k - 1]] if k else None

    def _named_body(self, tok: Token) -> Named | None:
        """'the ministry', 'the department', 'the company', 'the group' said: the last organisation named in
        this sentence or the three before (outside quotations) whose name holds that word; for a word of any
        body ('company', 'group') the last organisation named. A noun that says whose it is ('its ministry',
        'the ministry of X') is left to the other rules."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not _definite(tok) or lemma not in lx.BODY_WORDS | lx.ANY_BODY \
                or any(c.dep_ in ("poss", "prep", "compound", "nmod") for c in tok.children):
            return None
        return self._last_body_named(tok, lambda aid, surface: lemma in lx.ANY_BODY
                                     or lemma in re.findall(r"[a-z]+", surface.lower()))

    def _named_group(self, tok: Token) -> Named | None:
        """'the bloc', 'the 27-nation bloc', 'the alliance': the last body of no one country (the EU, ECOWAS,
        NATO) named in this sentence or the three before, outside quotations. A noun that says whose it is ('its
        alliance with X', 'the bloc of seven') is left to the other rules."""
        if not tok.is_lower or tok.tag_ not in ("NN", "NNP") or not _definite(tok) \
                or tok.lemma_.lower() not in lx.GROUPS_OF_STATES \
                or any(c.dep_ in ("poss", "prep") for c in tok.children):
            return None
        return self._last_body_named(tok, lambda aid, surface: not self.country.get(aid))

    def _last_body_named(self, tok: Token, fits: Callable[[int, str], bool]) -> Named | None:
        """The last organisation (not a reporter) named before `tok` in its sentence or the three before, outside
        quotations, that `fits` (its actor id and surface)."""
        k = bisect.bisect_right(self.sentence_starts, tok.idx) - 1
        first = self.sentence_starts[max(k - 3, 0)]
        for start, _, aid, surface in reversed(self.mention_rows):
            if start >= tok.idx or self.in_quote[self.token_at(start)]:
                continue
            if start < first:
                return None
            if self.kind.get(aid) == "organization" and aid not in self.reporters and fits(aid, surface):
                return Named((aid,), surface)
        return None

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

    # ---------------------------------------------------------------------------------------- pronouns

    def antecedent(self, pronoun: Token, *, want: frozenset | None = None, depth: int = 0) -> Named:
        """The actor(s) a pronoun most likely stands for, among the words before it (captions skipped,
        quotations ignored): for a subject pronoun the subject of a main clause, then any subject, then any
        mention, in its own sentence and then the ones before; for an object or possessive pronoun the same
        ranks in its own sentence first. People for he/she (of the matching gender when the text tells);
        organisations and states for it; for they, a coordinated subject's members, a group or a state."""
        current, *earlier = self._sentences_back(pronoun)
        near, far = earlier[:NEAR_SENTENCES], earlier[NEAR_SENTENCES:]
        if pronoun.dep_ in SUBJECT_DEPS:
            order = [(rank, tokens) for rank in (2, 1, 0) for tokens in [current] + near]
        else:
            order = [(rank, current) for rank in (2, 1, 0)] + [(r, t) for r in (2, 1, 0) for t in near]
        order += [(rank, tokens) for rank in (2, 1, 0) for tokens in far]
        for rank, tokens in order:
            best = self._pick(tokens, pronoun, rank, depth, want)
            if best is not None:
                return best
        return NOBODY

    def _sentences_back(self, pronoun: Token) -> Iterator[list[Token]]:
        k = bisect.bisect_right(self.sentence_starts, pronoun.idx) - 1
        in_caption = k >= 0 and self.paragraph_kind[k] == "caption"
        first = self.token_at(self.sentences[k][0]) if k >= 0 else 0
        yield self.tokens[first:pronoun.i]
        for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_WINDOW), -1):
            if self.paragraph_kind[j] == "caption" and not in_caption:
                continue
            s, e, _ = self.sentences[j]
            a, b = self.token_at(s), self.token_at(max(s, e - 1))
            yield self.tokens[a:b + 1]

    def _rank(self, t: Token) -> int:
        r = self._ranks.get(t.i)
        if r is None:
            r = self._ranks[t.i] = subject_rank(t)
        return r

    def _pick(self, tokens: list[Token], pronoun: Token, rank: int, depth: int,
              want: frozenset | None) -> Named | None:
        """The latest candidate in `tokens` of at least subject rank `rank` (see `subject_rank`)."""
        low = pronoun.lower_
        gender = lx.PERSON_PRONOUNS.get(low)
        plural = low in lx.PLURAL_PRONOUNS or low in ("we", "us", "our", "ours")
        want = want or (frozenset({"person"}) if gender else ORG_KINDS)
        for t in reversed(tokens):
            if self.in_quote[t.i] and not self.in_quote[pronoun.i] or self._rank(t) < rank:
                continue
            head = _conjunct_head(t)
            if plural and rank > 0 and head.dep_ in SUBJECT_DEPS:
                group = [a for m in conjuncts(head) for a in (self.actor_of(m),) if a is not None]
                if len(group) >= 2:                               # 'A and B met ... They agreed'
                    return Named(tuple(dict.fromkeys(group)), self.np_text(head))
            aid = self.actor_of(t, want)
            if aid is not None:
                if not gender or self.gender.get(aid, gender) == gender:
                    return Named((aid,), self.mention_of(t)[3])
                continue
            if rank == 2 and low == "it" and pronoun.dep_ in SUBJECT_DEPS and _a_thing(t, self):
                return NOBODY                 # 'The package introduces a cap ... It also blacklists': the package
            if rank == 0 or depth >= MAX_DEPTH:
                continue
            if t.lower_ == low or (t.lower_ in lx.PERSON_PRONOUNS and lx.PERSON_PRONOUNS[t.lower_] == gender):
                found = self.antecedent(t, want=want, depth=depth + 1)        # a chain: 'it cited ... It said'
                if found.ids:
                    return found
            elif not gender and t.pos_ == "NOUN" and t.lemma_.lower() in lx.DOCUMENT_NOUNS | lx.AGENT_NOUNS \
                    and t.tag_.endswith("S") == plural and t.dep_ in SUBJECT_DEPS:
                found = self.resolve(t, depth=depth + 1)       # 'the panel ... it said': the panel, named or not
                if found.text:
                    return found
        return None


# ------------------------------------------------------------------------------------------------ helpers

def _a_thing(t: Token, who: "Who") -> bool:
    """A singular common noun heading a main clause's subject that names no one and nothing that acts ('the
    package', 'the law'): what a subject 'it' after it stands for."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in SUBJECT_DEPS and t.lemma_.lower() not in _AGENTIVE \
        and who.mention_of(t) is None and not any(who.mention_of(c) for c in t.children if c.dep_ == "poss")


def _seat_only(t: Token) -> bool:
    """A place that only says where a body sits or was founded ('Luxembourg-based', 'Dubai-registered')."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in lx.SEAT_SUFFIXES


def conjuncts(tok: Token) -> list[Token]:
    """The token and the heads of every phrase coordinated with it ('A, B and C'), also those a parse hung
    on an appositive ('A, the envoy, and B')."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                if any(g.dep_ == "case" for g in c.children):    # 'A and Trump's son-in-law B': a possessor
                    continue
                todo.append(c)
            elif c.dep_ == "appos":
                listed = [g for g in c.children if g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN")]
                joins = {w for g in listed for x in conjuncts(g) for w in _joined_by(x)}
                if ";" in joins or not joins & {"and", "or"}:
                    listed = []                           # only a list ending 'and X', with no semicolons
                todo.extend(listed)
                if c.pos_ == "PROPN" and (any(x.lower_ == "and" for x in tok.doc[t.i + 1:c.left_edge.i])
                                          or listed and c.ent_type_ in ("GPE", "ORG", "NORP")):
                    todo.append(c)                                # 'A and Trump's son-in-law B' parsed as appos;
                                                                  # 'The EU, the US, Britain and Japan' likewise
    return out


def _joined_by(tok: Token) -> set[str]:
    """The words and marks that join a conjunct to what comes before it: 'and' in 'A, the envoy, and B'; ';' in a
    list a parse hung on an appositive ('designating X, ...; Paul Lam, ...; and Raymond Siu, ...')."""
    out, j = set(), tok.left_edge.i - 1
    while j >= 0 and (tok.doc[j].is_punct or tok.doc[j].lower_ in ("and", "or")):
        out.add(tok.doc[j].lower_)
        j -= 1
    return out


def _leading(role: Token) -> bool:
    """A role of heading or speaking for a body, hyphenated words included ('president-elect' parsed as 'elect'
    with 'president' on it)."""
    return role.lemma_.lower() in lx.LEADING_ROLES or any(
        c.dep_ == "compound" and c.lemma_.lower() in lx.LEADING_ROLES and c.i + 2 == role.i for c in role.children)


LEADERLESS = Named((), None)                    # _administration: named after a person of no known state


def _possessed_of(tok: Token) -> Token | None:
    """A possessive inside an 'of' phrase scopes over the whole name before it: in "the Department of the
    Treasury's Office", the Office (the parse hangs it under 'of' as if it were the Department's)."""
    if tok.pos_ != "PROPN":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and any(
                        c.dep_ == "poss" and any(g.dep_ == "case" for g in c.children) for c in obj.children):
                    return obj
    return None


def _past_dateline(tok: Token) -> Token | None:
    """The phrase a parse hung on a dateline's place after the dateline's dash: the subject the place stands in
    for ('BRASILIA, Brazil (AP) - Brazilian President X said': X)."""
    dash = next((c.i for c in tok.children if c.dep_ == "punct" and c.text in ("-", "–", "—", "--")), None)
    if dash is None:
        return None
    return next((c for c in reversed(list(tok.children)) if c.dep_ in ("appos", "conj") and c.i > dash), None)


def _conjunct_head(tok: Token) -> Token:
    """The first member of the coordination a token belongs to ('Sweden' in 'Norway and Sweden': Norway)."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def subject_rank(tok: Token) -> int:
    """2 when the token is (in) the subject of the main clause, 1 of another clause, else 0."""
    t = tok
    for _ in range(4):
        if t.dep_ in SUBJECT_DEPS:
            verb = t.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            return 2 if main else 1
        if t.dep_ not in ("compound", "flat", "appos", "amod", "nmod", "conj") or t.head.i == t.i:
            return 0
        t = t.head
    return 0


def _definite(tok: Token) -> bool:
    """'the panel', 'this meeting', "Monday's meeting": a noun the text has spoken of before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               or c.dep_ == "poss" and (c.ent_type_ == "DATE" or c.lower_ in ("today", "yesterday"))
               for c in tok.children)


def _relative_heads(rel: Token) -> list[Token]:
    """Nouns a relative pronoun may stand for, best first: a name just before it ("China's ambassador Zhang
    Jun, who said", whatever the parse hung the clause on), the head of its relative clause, then a common
    noun just before it."""
    out = [rel.head.head] if rel.head.dep_ == "relcl" else []
    t = out[0] if out else None
    while t is not None and t.dep_ in ("pobj", "prep", "appos", "compound") and t.head.i != t.i:
        t = t.head                                  # 'X, the envoy to the United Nations, who': X too
        if t.pos_ in ("NOUN", "PROPN"):
            out.append(t)
    j = rel.i - 1
    while j >= 0 and (rel.doc[j].is_punct or rel.doc[j].is_space):
        j -= 1
    if j >= 0 and rel.doc[j].pos_ in ("PROPN", "NOUN") and all(t.i != j for t in out):
        out.append(rel.doc[j])
    member = member_of(rel.head.head) if rel.head.dep_ == "relcl" else None
    return out + [member] if member is not None else out      # 'X is a member of the coalition that imposed'


def member_of(group: Token) -> Token | None:
    """Who a group's act is said of as its member: 'X is part of / a member of / one of the coalition that imposed
    sanctions', 'X, a member of the group imposing them': X."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in lx.MEMBERSHIP_NOUNS:
        return None
    return described(prep.head)


def described(role: Token) -> Token | None:
    """Whom a role noun describes: the name it is in apposition to (also as the second of two descriptions:
    'X, chairman of ... and an author of ...'), or the subject of 'is'."""
    t = role
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos":
        return t.head
    if t.dep_ in ("attr", "acomp") and t.head.lemma_.lower() in lx.COPULAS:
        return next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    return None


def _reporter_ids(art: Article) -> frozenset[int]:
    """Actors that are the article's own reporters (never speakers of what they report)."""
    authors = {a.lower() for a in (art.meta.get("authors") or []) if isinstance(a, str)}
    if not authors:
        return frozenset()
    return frozenset(int(i) for i, n in zip(art.actors["actor_id"], art.actors["name"])
                     if isinstance(n, str) and n.lower() in authors)
