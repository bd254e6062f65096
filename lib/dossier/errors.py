"""Errors raised for input dossier cannot read. Each carries a one-line message naming the problem."""
from __future__ import annotations


class DossierError(Exception):
    """Base class: the input cannot be turned into an Article. `str(err)` is one line."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        one_line = " ".join(str(message).split())
        super().__init__(f"{source}: {one_line}" if source else one_line)


class EmptyInputError(DossierError):
    """The input is empty or holds only white space."""


class BinaryInputError(DossierError):
    """The input is binary data (an image, a PDF, an archive), not text."""


class EncodingError(DossierError):
    """The input's character encoding cannot be told."""


class TooLargeError(DossierError):
    """The input is over the size limit."""


class NotEnglishError(DossierError):
    """The input is text, but not in English."""


class NotAnArticleError(DossierError):
    """The input is text, but not a news article (a table, a JSON document, a list of links)."""
