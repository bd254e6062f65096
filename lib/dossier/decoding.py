"""Checks on raw input: bytes to text, and text that is readable but not an English news article.

Each function raises a `DossierError` subclass whose one-line message names the problem, or returns
quietly. The reader calls them in this order:

1. `decode(data)` on the file's bytes: size, emptiness, binary data, character encoding.
2. `check_not_data(text)` on the decoded input, before extraction: JSON, tables, URL lists, source code.
3. `check_english(text)` then `check_article_body(text)` on the clean article text after extraction
   (English first, so a Chinese article is reported as not English rather than as too short).

Encodings are tried in this order: a byte-order mark (UTF-8/16/32); strict UTF-8; the charset an HTML
page or XML declaration states, when the bytes decode under it; cp949 (Korean) when the result is
Hangul; cp1252 (Western European, a superset of printable latin-1) when the result reads as Western
text; last, `charset_normalizer`'s guess, kept only for a common web encoding with little "chaos".
"""
from __future__ import annotations

import codecs
import csv
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Callable

from dossier.records import record_from
from dossier.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    NotAnArticleError,
    NotEnglishError,
    TooLargeError,
)

MAX_BYTES = 5 * 1024 * 1024

# ---------------------------------------------------------------------------------------------
# Constants: what binary data, encodings, data files and articles look like.
# ---------------------------------------------------------------------------------------------

# Leading bytes of binary formats a user may pass by mistake -> what the file is.
MAGIC_NUMBERS: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx, .xlsx, .epub)",
    b"PK\x05\x06": "an empty ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Microsoft Office document",
    b"\x7fELF": "an executable",
    b"SQLite format 3\x00": "an SQLite database",
    b"OggS": "an Ogg media file",
    b"fLaC": "a FLAC audio file",
    b"\x1aE\xdf\xa3": "a Matroska/WebM video",
}

# Byte-order marks -> codec. UTF-32-LE's mark starts with UTF-16-LE's, so it comes first.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A declared charset -> the superset browsers use to decode it (WHATWG Encoding Standard).
DECLARED_SUPERSETS: dict[str, str] = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
}

# Encodings `charset_normalizer` may name that we accept: common on the web, outside the Western
# single-byte family (which `_looks_western` has already judged and rejected by then).
DETECTABLE_ENCODINGS: frozenset[str] = frozenset({
    "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_13",
    "koi8_r", "koi8_u", "cp866", "mac_cyrillic",
    "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz",
    "euc_jp", "shift_jis", "cp932", "iso2022_jp", "euc_kr", "cp949", "johab",
    "cp874", "tis_620",
})
MAX_CHAOS = 0.1  # charset_normalizer's "mess" ratio above which its guess is not trusted

# Non-ASCII characters Western European text in cp1252 plausibly holds, besides Latin-1 letters.
WESTERN_SYMBOLS = frozenset(
    "\u00a0\u00ad¡¢£¥§©ª«®°±²³´µ·¹º»¼½¾¿×÷€‚„…†‡‰‹›‘’“”•–—˜™ƒˆŠšŒœŽžŸ"
)
MAX_WESTERN_ACCENTED = 0.3  # Portuguese or Icelandic stay far below this share of accented letters
MIN_WESTERN_ACCENTED = 4    # a few accented letters are Western in any text, however short ("déjà vu")
# UTF-8 read as cp1252 ("Ã©", "â€™", "Â£"): a file that mixes UTF-8 with a legacy encoding.
MOJIBAKE = re.compile("Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€|Â[\u00a0-\u00bf]")

CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c") + b"\x7f"
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.02
SAMPLE_SIZE = 64 * 1024  # bytes or characters looked at for shares that a sample tells well
BLANK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]*")

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")
MIN_ARTICLE_WORDS = 40

MIN_WORDS_TO_JUDGE_LANGUAGE = 10
MAX_NON_LATIN_SHARE = 0.25  # share of letters outside the Latin script
MIN_ENGLISH_FUNCTION_WORDS = 0.12  # English news runs at 0.3-0.5; German, French, Spanish at 0.02-0.05

# Line patterns are used with fullmatch on stripped lines; \A keeps a search from trying every position.
URL_LINE = re.compile(r"\A(?:[-*•]\s++|\d++[.)]\s++)?<?(?:https?://|ftp://|www\.)\S++")
MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|div|p|span|a|meta|article|section|br|img|li|h[1-6])\b", re.I)
# An unclosed block runs to the end of the text (as browsers read it), so no opener is scanned twice.
MARKUP_BLOCK = re.compile(r"<(script|style|noscript)\b.*?(?:</\1\s*+>|\Z)|<!--.*?(?:-->|\Z)|<\?php.*?(?:\?>|\Z)",
                          re.I | re.S)
MARKUP_TAG = re.compile(r"<[^<>]*>")
CODE_LINE = re.compile(
    r"""\A(?:
        (?:def|class|import|from\s+\S+\s+import|return|elif|else|try|except|finally|raise|yield|lambda
          |function|var|let|const|public|private|protected|static|package|using|namespace|fn|func|impl
          |struct|enum|interface|export|async|await|switch|case)\b.*
      | (?:if|for|while|with)\b.*[:{]
      | \#(?:include|define|ifn?def|endif|pragma)\b.*
      | \#!/.*
      | (?://|/\*|\*/).*
      | [\w.\[\]"']+\s*(?:=|\+=|-=|:=)(?!=)\s*\S.*
      | [\w.]+\(.*\)\s*;?
      | .*(?:;|\{|\}|=>)
      | [{}()\[\];,][\s{}()\[\];,]*+
    )""",
    re.X,
)
MIN_DATA_LINES = 4
MIN_TABLE_SHARE = 0.8  # share of lines with the table's column count
MIN_URL_SHARE = 0.5
MIN_PROSE_LINES = 3  # an article has at least this many sentence-long lines
MIN_CODE_SHARE = 0.4
TABLE_DELIMITERS = {
    ",": "comma-separated", "\t": "tab-separated", ";": "semicolon-separated", "|": "pipe-separated"}
MAX_LINES_LOOKED_AT = 2000


# ---------------------------------------------------------------------------------------------
# decode
# ---------------------------------------------------------------------------------------------

def decode(data: bytes, *, source: str | None = None) -> str:
    """The text of a file's bytes, with newlines normalised to "\\n" and any byte-order mark removed.

    Raises TooLargeError, EmptyInputError, BinaryInputError or EncodingError (see the module doc).
    """
    if len(data) > MAX_BYTES:
        raise TooLargeError(
            f"input is {len(data):,} bytes, over the {MAX_BYTES // 2**20} MB limit ({MAX_BYTES:,} bytes)",
            source=source)
    if not data:
        raise EmptyInputError("input is empty (0 bytes)", source=source)
    bom_text = _decode_with_bom(data, source)
    if bom_text is None:
        _check_not_binary(data, source)
    text = bom_text if bom_text is not None else _decode_without_bom(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if BLANK.fullmatch(text):
        raise EmptyInputError("input holds only white space", source=source)
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"input is binary data, not text: {share:.0%} of it is control characters", source=source)
    return text


# Line and paragraph separators other than "\n" (CR, NEL, VT, FF, U+2028, U+2029) -> "\n" (U+2029: a blank line).
LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n",
                             "\u2029": "\n\n"})
# Characters that print nothing and split words for the parser: zero-width spaces and joiners, soft hyphens.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]++")
_LINE_BREAK_PAIRS = tuple((chr(k), v) for k, v in LINE_BREAKS.items())   # LINE_BREAKS as str.replace pairs
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"                # INVISIBLE's characters
SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Text with every line break as "\\n", without control or invisible characters, lone surrogates as U+FFFD."""
    text = text.replace("\r\n", "\n")
    for brk, to in _LINE_BREAK_PAIRS:       # str.replace, not str.translate: same result, 40x faster on a large page
        if brk in text:
            text = text.replace(brk, to)
    if SURROGATE.search(text):  # pairs written as two code points join; a lone half cannot be text
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = CONTROL_CHARS.sub("", text)
    for ch in _INVISIBLE_CHARS:             # what INVISIBLE.sub("", text) does, without a regex scan per character
        if ch in text:
            text = text.replace(ch, "")
    return text


def check_characters(text: str, *, source: str | None = None) -> None:
    """Raise BinaryInputError when a string given as an article is mostly control characters."""
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"input is binary data, not text: {share:.0%} of it is control characters", source=source)


def _decode_with_bom(data: bytes, source: str | None) -> str | None:
    """The text of data that starts with a byte-order mark, or None when it has none."""
    marked = [(bom, codec) for bom, codec in BYTE_ORDER_MARKS if data.startswith(bom)]
    for _, codec in marked:
        text = _strict(data, codec)
        if text is not None:
            return text
    if marked:
        name = marked[-1][1].replace("-sig", "").upper()
        raise EncodingError(
            f"input starts with a {name} byte-order mark but is not valid {name}", source=source)
    return None


def _check_not_binary(data: bytes, source: str | None) -> None:
    """Raise BinaryInputError for a known binary format, NUL bytes, or many control bytes."""
    for magic, what in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BinaryInputError(f"input is {what}, not text", source=source)
    if data[4:8] == b"ftyp" or (data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI ")):
        raise BinaryInputError("input is a media file (image, audio or video), not text", source=source)
    if b"\x00" in data:
        raise BinaryInputError(
            "input is binary data, not text: it contains NUL bytes "
            "(or it is UTF-16/32 without a byte-order mark)", source=source)
    sample = data[:SAMPLE_SIZE]
    share = (len(sample) - len(sample.translate(None, CONTROL_BYTES))) / len(sample)
    if share > MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"input is binary data, not text: {share:.0%} of its bytes are control characters", source=source)


def _decode_without_bom(data: bytes, source: str | None) -> str:
    """The text of data without a byte-order mark: UTF-8, else the declared charset, else a safe guess."""
    for attempt in (lambda d: _strict(d, "utf-8"), _decode_declared, _decode_legacy, _decode_detected):
        text = attempt(data)
        if text is not None:
            return text
    raise EncodingError(f"cannot tell the input's character encoding: {_utf8_problem(data)}", source=source)


def _strict(data: bytes, codec: str) -> str | None:
    """data decoded strictly under codec, or None when it does not decode."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


DECLARED_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset the page's <meta> or XML declaration states, or None."""
    match = DECLARED_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        return codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_declared(data: bytes) -> str | None:
    """data decoded under its declared charset (or the browsers' superset of it), if it decodes as text.

    A declared Western charset (latin-1, cp1252) must also read as Western text, as pages often
    declare it by default whatever they hold.
    """
    declared = declared_charset(data)
    if declared is None or declared.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    for codec in (DECLARED_SUPERSETS.get(declared, declared), declared):
        text = _strict(data, codec)
        plausible = _looks_western if codec in ("cp1252", "iso8859-1") else _looks_like_text
        if text is not None and plausible(text):
            return text
    return None


def _decode_legacy(data: bytes) -> str | None:
    """data as cp949 when it reads as Korean, or as cp1252 when it reads as Western European text."""
    candidates: tuple[tuple[str, Callable[[str], bool]], ...] = (
        ("cp949", _looks_korean), ("cp1252", _looks_western))
    for codec, plausible in candidates:
        text = _strict(data, codec)
        if text is not None and plausible(text):
            return text
    return None


def _decode_detected(data: bytes) -> str | None:
    """data decoded as `charset_normalizer` guesses, when the guess is a common encoding and reads well."""
    from charset_normalizer import from_bytes  # imported here: only the rare non-UTF-8 input needs it

    best = from_bytes(data).best()
    if best is None or best.encoding not in DETECTABLE_ENCODINGS or best.chaos > MAX_CHAOS:
        return None
    text = str(best)
    return text if _looks_like_text(text) else None


def _looks_like_text(text: str, *, symbols: frozenset[str] = frozenset()) -> bool:
    """Whether decoded text has few control characters, and non-ASCII characters that are mostly
    letters, marks, punctuation, digits or spaces (not symbols, private-use or unassigned code points),
    counting the given symbols (currency and typographic signs) as text."""
    sample = text[:SAMPLE_SIZE]
    if not sample or _control_share(sample) > MAX_CONTROL_SHARE:
        return False
    non_ascii = [c for c in sample if ord(c) > 127]
    wordy = sum(c in symbols or unicodedata.category(c)[0] in "LMPNZ" for c in non_ascii)
    return wordy >= 0.9 * len(non_ascii)


def _looks_korean(text: str) -> bool:
    """Whether cp949-decoded text holds Hangul from the common (EUC-KR) set and little else non-ASCII."""
    non_ascii = [c for c in text[:SAMPLE_SIZE] if ord(c) > 127]
    hangul = [c for c in non_ascii if "\uac00" <= c <= "\ud7a3"]
    if not hangul or not _looks_like_text(text):
        return False
    common = sum(_encodes(c, "euc_kr") for c in hangul)
    korean = sum(_is_korean_text_char(c) for c in non_ascii)
    return common >= 0.9 * len(hangul) and korean >= 0.9 * len(non_ascii)


def _is_korean_text_char(c: str) -> bool:
    """Hangul, Hanja, CJK or general punctuation, or a Latin-1 symbol: what Korean pages hold."""
    return ("\uac00" <= c <= "\ud7a3" or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
            or "\u2000" <= c <= "\u206f" or "\u00a0" <= c <= "\u00ff")


def _looks_western(text: str) -> bool:
    """Whether cp1252-decoded text reads as Western European: Latin-1 letters in words, usual symbols."""
    sample = text[:SAMPLE_SIZE]
    non_ascii = [c for c in sample if ord(c) > 127]
    if not _looks_like_text(sample, symbols=WESTERN_SYMBOLS) or MOJIBAKE.search(sample):
        return False
    if any(not ("\u00c0" <= c <= "\u00ff" and c not in "×÷") and c not in WESTERN_SYMBOLS for c in non_ascii):
        return False
    accented = sum(c.isalpha() for c in non_ascii)
    letters = sum(c.isalpha() for c in sample)
    return accented <= max(MAX_WESTERN_ACCENTED * letters, MIN_WESTERN_ACCENTED) and not _symbol_inside_word(sample)


def _symbol_inside_word(text: str) -> bool:
    """Whether a non-ASCII symbol sits between two letters, as wrongly decoded letters do ("Pa³ac")."""
    for match in re.finditer(r"(?<=[^\W\d_])([^\x00-\x7f])(?=[^\W\d_])", text):
        char = match.group(1)
        if not char.isalpha() and char not in "’‘´·\u00ad–—":
            return True
    return False


def _encodes(char: str, codec: str) -> bool:
    """Whether codec can encode the character."""
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _control_share(text: str) -> float:
    """The share of control characters (other than tab, newlines and form feeds) in a sample of text."""
    sample = text[:SAMPLE_SIZE]
    return len(CONTROL_CHARS.findall(sample)) / len(sample) if sample else 0.0


def _utf8_problem(data: bytes) -> str:
    """One phrase on why data is not UTF-8, naming the first offending byte."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        where = f"byte 0x{data[err.start]:02X} at offset {err.start}"
    else:  # pragma: no cover - only called when UTF-8 failed
        return "it is UTF-8"
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if sum(ord(c) > 127 for c in lenient) - bad >= bad:  # more good UTF-8 characters than bad bytes
        return f"it mixes UTF-8 with another encoding ({where} is not UTF-8); save it as UTF-8"
    return (f"it is not UTF-8 ({where}), states no usable charset, and no encoding fits it with confidence; "
            "save it as UTF-8")


# ---------------------------------------------------------------------------------------------
# check_not_data
# ---------------------------------------------------------------------------------------------

def check_not_data(text: str, *, source: str | None = None) -> None:
    """Raise NotAnArticleError when decoded input is a data file: JSON, a CSV/TSV table, URLs, source code.

    Web pages (HTML, PHP templates), YAML front matter and Markdown scaffolding around prose pass.
    """
    lines = [line for line in text.splitlines() if line.strip()][:MAX_LINES_LOOKED_AT]
    for describe in (_json_kind, _table_kind, _url_list_kind, _code_kind):
        kind = describe(text, lines)
        if kind:
            raise NotAnArticleError(f"input is {kind}, not a news article", source=source)


def _json_kind(text: str, lines: list[str]) -> str | None:
    """'a JSON list of N items', 'a JSON object (keys: ...)' or 'JSON Lines (N records)', else None."""
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            value = json.loads(stripped)
        except ValueError:
            value = None
        if isinstance(value, list):
            return f"a JSON list of {len(value)} items"
        if isinstance(value, dict) and record_from(value) is not None:
            return None  # a crawler's article record: reading.py reads it
        if isinstance(value, dict):
            keys = ", ".join(list(value)[:3]) + (", ..." if len(value) > 3 else "")
            return f"a JSON object (keys: {keys})" if value else "an empty JSON object"
    if len(lines) >= 2 and all(line.lstrip().startswith("{") for line in lines[:MIN_DATA_LINES]):
        try:
            rows = [json.loads(line) for line in lines]
        except ValueError:
            return None
        records = sum(isinstance(r, dict) and record_from(r) is not None for r in rows)
        if records:
            return (f"JSON Lines of {len(rows)} crawler records, not one article: `dossier parse` reads "
                    "each line of a .jsonl file as an article")
        return f"JSON Lines ({len(rows)} records)"
    return None


def _table_kind(text: str, lines: list[str]) -> str | None:
    """'a comma-separated table (N rows of K columns)' when most lines split into the same K > 1 fields.

    Two or three columns are not enough when most lines are sentences.
    """
    if len(lines) < MIN_DATA_LINES:
        return None
    for delimiter, name in TABLE_DELIMITERS.items():
        if sum(delimiter in line for line in lines) < MIN_TABLE_SHARE * len(lines):
            continue
        widths = Counter(len(next(csv.reader([line], delimiter=delimiter))) for line in lines)
        columns, rows = widths.most_common(1)[0]
        tabular = columns >= 4 or not _mostly_prose(lines)
        if columns > 1 and rows >= MIN_TABLE_SHARE * len(lines) and tabular:
            return f"a {name} table ({rows} rows of {columns} columns)"
    return None


def _mostly_prose(lines: list[str]) -> bool:
    """Whether half the lines or more read as sentences (a short article with one comma a paragraph)."""
    return sum(map(_is_prose, lines)) >= 0.5 * len(lines)


def _url_list_kind(text: str, lines: list[str]) -> str | None:
    """'a list of N URLs' when most lines are a bare URL and too few are sentences to make an article."""
    urls = sum(bool(URL_LINE.fullmatch(line.strip())) for line in lines)
    if urls >= 3 and urls >= MIN_URL_SHARE * len(lines) and sum(map(_is_prose, lines)) < MIN_PROSE_LINES:
        return f"a list of {urls} URLs"
    return None


def _code_kind(text: str, lines: list[str]) -> str | None:
    """'source code (N of M lines look like code)' for code outside any web page's markup."""
    if len(lines) < MIN_DATA_LINES or len(MARKUP.findall(text[:SAMPLE_SIZE])) >= 3:
        return None
    code = sum(bool(CODE_LINE.fullmatch(line.strip())) for line in lines)
    prose = sum(_is_prose(line) for line in lines)
    if code >= MIN_CODE_SHARE * len(lines) and prose < code:
        return f"source code ({code} of {len(lines)} lines look like code)"
    return None


def _is_prose(line: str) -> bool:
    """Whether a line reads as a sentence: eight or more words, ending in sentence punctuation."""
    ends_sentence = bool(SENTENCE_END.search(line)) and not line.rstrip().endswith(";")
    return ends_sentence and len(WORD.findall(line)) >= 8


# ---------------------------------------------------------------------------------------------
# check_english, check_article_body
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """spaCy's English stop words (function words), lower-case; spaCy is imported on first use."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(word.lower() for word in STOP_WORDS)


def check_english(text: str, *, source: str | None = None) -> None:
    """Raise NotEnglishError when clean article text (or, less reliably, a raw web page) is not English.

    Judged by the share of letters outside the Latin script, then by the share of Latin-script words
    that are English function words (spaCy's stop words), counted on sentence-long lines.
    A text of fewer than ten Latin-script words is not judged on the second count.
    """
    text = _without_markup(text)
    letters = len(_LETTER.findall(text))
    foreign = _NON_LATIN_LETTER.findall(text)
    if letters and len(foreign) > MAX_NON_LATIN_SHARE * letters:
        script = Counter(_script(c) for c in foreign).most_common(1)[0][0]
        raise NotEnglishError(
            f"text is not in English: {len(foreign) / letters:.0%} of its letters are {script}",
            source=source)
    words = _latin_words(text)
    if len(words) < MIN_WORDS_TO_JUDGE_LANGUAGE:
        return
    function_words = english_function_words()
    share = sum(w in function_words for w in words) / len(words)
    if share < MIN_ENGLISH_FUNCTION_WORDS:
        raise NotEnglishError(
            f"text is not in English: only {share:.0%} of its words are English function words "
            f"such as 'the' or 'of' (English text has {MIN_ENGLISH_FUNCTION_WORDS:.0%} or more)",
            source=source)


def _without_markup(text: str) -> str:
    """The text with HTML scripts, styles, comments and tags removed, when it looks like a web page."""
    if len(MARKUP.findall(text[:SAMPLE_SIZE])) < 3:
        return text
    return MARKUP_TAG.sub("\n", MARKUP_BLOCK.sub("\n", text))


def _latin_words(text: str) -> list[str]:
    """The lower-cased Latin-script words of the text's sentence-long lines (of all lines if they are few).

    Looking at long lines only keeps menus and link lists left in a scrape from diluting the prose.
    """
    def words_of(lines: list[str]) -> list[str]:
        return [w.lower() for line in lines for w in WORD.findall(line) if not _NON_LATIN_LETTER.search(w)]

    lines = text.splitlines()
    long_lines = [line for line in lines if len(WORD.findall(line)) >= 8]
    words = words_of(long_lines)
    return words if len(words) >= MIN_WORDS_TO_JUDGE_LANGUAGE else words_of(lines)


_LETTER = re.compile(r"[^\W\d_]")
# A letter outside the Latin script (Basic Latin to Latin Extended-B, Latin Extended Additional, full-width Latin).
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff\uff21-\uff5a]")


def _is_latin_letter(char: str) -> bool:
    """Whether a character is not a letter, or is a letter of the Latin script (up to Latin Extended-B,
    Latin Extended Additional, full-width Latin)."""
    code = ord(char)
    return not char.isalpha() or code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A


def _script(char: str) -> str:
    """The script of a letter as Unicode names it, e.g. 'Hangul', 'CJK', 'Cyrillic'."""
    return unicodedata.name(char, "UNKNOWN LETTER").split()[0].title().replace("Cjk", "CJK")


def check_article_body(text: str, *, source: str | None = None) -> None:
    """Raise NotAnArticleError when clean text is too short, or has no line ending like a sentence."""
    words = len(WORD.findall(text))
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticleError(
            f"text is too short to be an article: {words} words, fewer than {MIN_ARTICLE_WORDS}",
            source=source)
    if not any(SENTENCE_END.search(line) for line in text.splitlines()):
        raise NotAnArticleError("text has no sentences: no line ends in '.', '!' or '?'", source=source)
