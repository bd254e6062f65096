"""Given names, from gender-guesser's list of about 40,000 first names across many countries: whether a word is
one, and which gender it goes with mostly. Used to tell a person the NER took for an organisation ('Olaf Scholz'
tagged ORG) and to prefer a person of the matching gender for 'he' and 'she' when the text does not say."""
from __future__ import annotations

import functools

_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@functools.lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=8192)
def _guess(word: str) -> str:
    return _detector().get_gender(word)


def is_given_name(word: str) -> bool:
    """'Olaf', 'Kaja', 'Xi' (of either gender); not 'Scholz' or 'Treasury'."""
    return word[:1].isupper() and _guess(word) != "unknown"


def gender(first_name: str) -> str | None:
    """'m' or 'f' for a first name used mostly for one gender; None when unknown or used for both."""
    return _GENDERS.get(_guess(first_name))
