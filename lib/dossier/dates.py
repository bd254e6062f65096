"""Dates as news articles write them, found in a sentence and resolved against the publication date.

`find_dates(text)` returns the (start, end, text) of every date expression in a sentence; `resolve(text,
published)` turns one into `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (or None): absolute dates as written, relative ones
('on Monday', 'Feb. 3', 'last month', 'two years ago') against the publication date, in the past unless
`future=True` says the sentence speaks of what is still to come.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

# ------------------------------------------------------------------------------------------------ constants

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MONTH_ABBR_DOT = r"\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*[-–—]\s*"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_REL = r"(?:last|this|next|past|coming)"
_UNIT = r"(?:day|week|month|year|decade)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
_PREP = r"(?:in|on|since|during|until|till|by|from|before|after|through|early|late|mid-?|of|at the end of)"

# One alternation, longest forms first; every alternative is a complete date expression.
DATE_PATTERN = re.compile(
    r"\b(?:"
    rf"\d{{4}}-\d\d-\d\d"                                                     # 2022-02-07
    rf"|{_MONTH}{_MONTH_ABBR_DOT}\s*{_DAY}(?:{_DASH}{_DAY})?(?:,?\s*{_YEAR})?\b"  # Feb. 3 / April 25, 2019 / Jan. 23–24
    rf"|{_DAY}\s+{_MONTH}{_MONTH_ABBR_DOT}(?:,?\s+{_YEAR})?\b"                # 3 February 2022
    rf"|(?:(?:early|mid|late)[\s-]+)?{_MONTH}{_MONTH_ABBR_DOT},?\s+(?:of\s+)?{_YEAR}\b"  # May 2009
    rf"|{_MONTH}\s+(?:last|this|next)\s+year\b"                              # February last year
    rf"|(?:{_REL}|early|late|mid)[\s-]+{_MONTH}\b"                            # last December / early February
    rf"|\b(?:in|since|during|until|by|from|before|after|through|of)\s+(?P<bare>{_MONTH})\b(?![.]?\s*\d|\s+(?:last|this|next)\s+year)"
    rf"|(?:(?:{_REL})\s+)?{_WEEKDAY}{_PART_OF_DAY}\b"                         # (last) Monday (morning)
    rf"|(?:yesterday|today|tonight)\b"
    rf"|(?:(?:earlier|later)\s+)?(?:{_REL})\s+{_UNIT}\b"                       # last month / earlier this year
    rf"|{_COUNT}\s+{_UNIT}s?\s+ago\b"                                         # two years ago
    rf"|(?:(?:early|mid|late)[\s-]+)?{_YEAR}\b(?!s\b|['’]s\b|-\d|\d|,\d)"     # 1999 / early 2015
    r")",
    re.IGNORECASE,
)

# What every alternative of DATE_PATTERN contains (a digit, a month's first three letters, 'day' of a weekday,
# 'today' or 'yesterday', 'tonight', a unit): a sentence without any of these holds no date, and this scan is
# far cheaper than DATE_PATTERN's.
_DATE_HINT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|decade|tonight",
                        re.IGNORECASE)

# A month or weekday name: written with a capital when it is one ('may', 'march' are verbs).
_NAMED = re.compile(rf"^(?:{_MONTH}|{_WEEKDAY})\b", re.IGNORECASE)


class DateSpan(NamedTuple):
    start: int
    end: int
    text: str


# ------------------------------------------------------------------------------------------------ finding

def find_dates(text: str) -> list[DateSpan]:
    """Every date expression in `text` as (start, end, text), in order, not overlapping."""
    spans = []
    if not _DATE_HINT.search(text):
        return spans
    for m in DATE_PATTERN.finditer(text):
        start = m.start("bare") if m.group("bare") else m.start()
        if _plausible(text[start:m.end()], start, text):
            spans.append(DateSpan(start, m.end(), text[start:m.end()]))
    return spans


def _plausible(s: str, start: int, text: str) -> bool:
    """False for matches that are not dates: a lower-case month word ('may', 'march') or weekday, a number
    that is a count ('2,000') or part of a name or code."""
    head = re.sub(r"^(?:(?:last|this|next|past|coming|early|mid|late)[\s-]+)", "", s, flags=re.IGNORECASE)
    if _NAMED.match(head) and not head[:1].isupper():
        return False
    before = text[max(0, start - 2):start]
    if re.fullmatch(_YEAR, s) and (before.endswith(("$", "#", "-", "/")) or re.search(r"\d[,.]$", before)):
        return False
    return True


# ------------------------------------------------------------------------------------------------ resolving

def resolve(date_text: str | None, published: str | date | None, *, future: bool = False) -> str | None:
    """The date `date_text` stands for: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', or None when it cannot be told.

    Relative forms are resolved against `published` (a date or 'YYYY-MM-DD'); a weekday is the latest such
    day on or before publication, a day without a year is in the publication year unless that is after
    publication (then the year before); `future=True` turns both round (the next such day, this year or next).
    """
    if not date_text:
        return None
    text = _normalise(date_text)
    ref = _as_date(published)
    for rule in (_iso, _month_day, _day_month, _month_year, _month_rel_year, _rel_month, _bare_month,
                 _weekday, _deictic, _rel_unit, _ago, _year):
        m = rule.pattern.fullmatch(text)
        if m:
            return rule(m, ref, future)
    return None


def _normalise(text: str) -> str:
    """Lower case, single spaces, no leading preposition, no 'early'/'late' before a year or month."""
    t = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-").replace("—", "-"))
    t = re.sub(rf"^(?:{_PREP}) ", "", t)
    t = re.sub(r"^(?:early|mid|late)[\s-]+(?=\d|[a-z]{3})(?!last|this|next)", "", t)
    return t


def _as_date(published: str | date | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _rule(pattern: str):
    """Decorator: attach the (lower-case, full-match) pattern a resolving rule applies to."""
    def wrap(fn):
        fn.pattern = re.compile(pattern)
        return fn
    return wrap


_M = _MONTH.lower()
_D = r"([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@_rule(r"(\d{4})-(\d\d)-(\d\d)")
def _iso(m, ref, future):
    return _fmt(int(m[1]), int(m[2]), int(m[3]))


@_rule(rf"({_M})\.? ?{_D}(?: ?- ?{_D})?(?:,? ?({_YEAR}))?")
def _month_day(m, ref, future):
    month, day = MONTHS[m[1]], int(m[2])
    return _with_year(month, day, int(m[4]) if m[4] else None, ref, future)


@_rule(rf"{_D} ({_M})\.?(?:,? ({_YEAR}))?")
def _day_month(m, ref, future):
    return _with_year(MONTHS[m[2]], int(m[1]), int(m[3]) if m[3] else None, ref, future)


@_rule(rf"({_M})\.?,? (?:of )?({_YEAR})")
def _month_year(m, ref, future):
    return f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}"


@_rule(rf"({_M}) (last|this|next) year")
def _month_rel_year(m, ref, future):
    if ref is None:
        return None
    year = ref.year + {"last": -1, "this": 0, "next": 1}[m[2]]
    return f"{year:04d}-{MONTHS[m[1]]:02d}"


@_rule(rf"(last|this|next|past|coming) ({_M})")
def _rel_month(m, ref, future):
    if ref is None:
        return None
    month = MONTHS[m[2]]
    if m[1] in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif m[1] == "this":
        year = ref.year
    else:
        year = ref.year if month > ref.month else ref.year + 1
    return f"{year:04d}-{month:02d}"


@_rule(rf"({_M})")
def _bare_month(m, ref, future):
    if ref is None:
        return None
    month = MONTHS[m[1]]
    if future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


@_rule(r"(?:(last|this|next|past|coming) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
       r"(?: (?:morning|afternoon|evening|night))?")
def _weekday(m, ref, future):
    if ref is None:
        return None
    back = (ref.weekday() - WEEKDAYS[m[2]]) % 7
    ahead = (WEEKDAYS[m[2]] - ref.weekday()) % 7
    if m[1] in ("last", "past"):
        day = ref - timedelta(days=back or 7)
    elif m[1] in ("next", "coming"):
        day = ref + timedelta(days=ahead or 7)
    else:
        day = ref + timedelta(days=ahead) if future else ref - timedelta(days=back)
    return day.isoformat()


@_rule(r"yesterday|today|tonight")
def _deictic(m, ref, future):
    if ref is None:
        return None
    return (ref - timedelta(days=1) if m[0] == "yesterday" else ref).isoformat()


@_rule(r"(?:(?:earlier|later) )?(last|this|next|past|coming) (day|week|month|year|decade)")
def _rel_unit(m, ref, future):
    if ref is None or m[2] in ("day", "decade"):
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
    if m[2] == "year":
        return f"{ref.year + step:04d}"
    if m[2] == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    return _span_of(monday, monday + timedelta(days=6))


@_rule(rf"({_COUNT}) (day|week|month|year)s? ago")
def _ago(m, ref, future):
    n = m[1] if m[1].isdigit() else NUMBER_WORDS.get(m[1])
    if ref is None or n is None:
        return None
    n = int(n)
    if m[2] == "day":
        return (ref - timedelta(days=n)).isoformat()
    if m[2] == "week":
        day = ref - timedelta(weeks=n)
        return _span_of(day - timedelta(days=day.weekday()), day + timedelta(days=6 - day.weekday()))
    if m[2] == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}"
    return f"{ref.year - n:04d}"


@_rule(rf"({_YEAR})")
def _year(m, ref, future):
    return m[1]


# ------------------------------------------------------------------------------------------------ helpers

def _with_year(month: int, day: int, year: int | None, ref: date | None, future: bool) -> str | None:
    """A day of a month, in `year` or else the year that puts it on the right side of `ref`."""
    if year is None:
        if ref is None:
            return None
        year = ref.year
        if not _valid(year, month, day):
            return None
        when = date(year, month, day)
        if not future and when > ref:
            year -= 1
        elif future and when < ref:
            year += 1
    return _fmt(year, month, day)


def _span_of(first: date, last: date) -> str:
    """The most precise of YYYY-MM / YYYY that holds every day from `first` to `last`."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False


def _fmt(year: int, month: int, day: int) -> str | None:
    return date(year, month, day).isoformat() if _valid(year, month, day) else None
