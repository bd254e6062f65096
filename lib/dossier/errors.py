"""Errors raised for input dossier cannot read. Each carries a one-line message naming the problem."""
from __future__ import annotations

import os
import re


class DossierError(Exception):
    """Base class: the input cannot be turned into an Article. `str(err)` is one line."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        one_line = " ".join(str(message).split())
        super().__init__(f"{printable(source)}: {one_line}" if source else one_line)


def printable(name: str | os.PathLike) -> str:
    """A file name on one printable line: line breaks, other control characters and the stand-ins of bytes that
    are not UTF-8 (lone surrogates) written as escapes ('a\\nb.txt'), every other character as it is."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape", "backslashreplace").decode("ascii"),
                            os.fspath(name))


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


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


class FileError(DossierError):
    """The path names no regular file that can be read: missing, a folder, a device, a FIFO, a link loop."""


class DateError(DossierError):
    """A publication date that is not a calendar date in the form YYYY-MM-DD."""


class OutputError(DossierError):
    """The output folder is a file, or cannot be created or written."""


class NoArticlesError(DossierError):
    """A folder (or a JSON Lines file) holds no article."""
