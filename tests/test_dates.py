"""Dates: finding date expressions in a sentence and resolving them against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import find_dates, resolve

PUBLISHED = "2022-02-09"          # a Wednesday


@pytest.mark.parametrize("text, expected", [
    # weekdays: the latest such day on or before publication
    ("Monday", "2022-02-07"),
    ("on Monday", "2022-02-07"),
    ("Wednesday", "2022-02-09"),
    ("Wednesday morning", "2022-02-09"),
    ("Thursday", "2022-02-03"),
    ("last Wednesday", "2022-02-02"),
    ("next Saturday", "2022-02-12"),
    # a day without a year: this year, or last year when that would be after publication
    ("Feb. 3", "2022-02-03"),
    ("Feb 3", "2022-02-03"),
    ("February 3", "2022-02-03"),
    ("3 February", "2022-02-03"),
    ("Feb. 14", "2021-02-14"),
    ("Dec. 25", "2021-12-25"),
    ("Jan. 23–24", "2022-01-23"),
    # full dates, months and years as written
    ("on April 25, 2019", "2019-04-25"),
    ("April 25, 2019", "2019-04-25"),
    ("Feb.14 2026", "2026-02-14"),
    ("2019-04-25", "2019-04-25"),
    ("in May 2009", "2009-05"),
    ("January 2020", "2020-01"),
    ("early 2015", "2015"),
    ("in 1999", "1999"),
    ("2006", "2006"),
    # months and periods relative to publication
    ("last month", "2022-01"),
    ("this month", "2022-02"),
    ("last year", "2021"),
    ("this year", "2022"),
    ("earlier this year", "2022"),
    ("February last year", "2021-02"),
    ("last December", "2021-12"),
    ("in March", "2021-03"),
    ("in January", "2022-01"),
    ("yesterday", "2022-02-08"),
    ("today", "2022-02-09"),
    ("two years ago", "2020"),
    ("six months ago", "2021-08"),
    ("last week", "2022"),            # Jan. 31 - Feb. 6: two months, one year
])
def test_resolve(text, expected):
    assert resolve(text, PUBLISHED) == expected


def test_last_week_inside_one_month():
    assert resolve("last week", "2022-02-16") == "2022-02"


def test_resolve_accepts_a_date_object():
    assert resolve("on Monday", date(2022, 2, 9)) == "2022-02-07"


@pytest.mark.parametrize("text, expected", [
    ("Monday", "2022-02-14"),
    ("Feb. 3", "2023-02-03"),
    ("in March", "2022-03"),
    ("Feb. 20", "2022-02-20"),
])
def test_resolve_future(text, expected):
    assert resolve(text, PUBLISHED, future=True) == expected


@pytest.mark.parametrize("text", ["Monday", "Feb. 3", "last month", "in March", "yesterday"])
def test_relative_dates_need_a_publication_date(text):
    assert resolve(text, None) is None


@pytest.mark.parametrize("text, expected", [
    ("April 25, 2019", "2019-04-25"), ("in May 2009", "2009-05"), ("1999", "1999")])
def test_absolute_dates_need_none(text, expected):
    assert resolve(text, None) == expected


@pytest.mark.parametrize("text", ["", None, "soon", "the day before", "in the 1990s", "Feb. 30"])
def test_unresolvable(text):
    assert resolve(text, PUBLISHED) is None


@pytest.mark.parametrize("sentence, found", [
    ("Rim met the ambassador on Monday to discuss trade.", ["Monday"]),
    ("The meeting follows on a Feb. 3 meeting between the two.", ["Feb. 3"]),
    ("They met in Vladivostok on April 25, 2019, during their summit.", ["April 25, 2019"]),
    ("Russia imposed sanctions for its first nuclear test in May 2009.", ["May 2009"]),
    ("Relations improved after Putin first took office in 1999.", ["1999"]),
    ("They held talks on Jan. 23–24, Feb. 4–5 and Feb. 17–18.", ["Jan. 23–24", "Feb. 4–5", "Feb. 17–18"]),
    ("The talks ended abruptly Wednesday morning.", ["Wednesday morning"]),
    ("The referendum was held last month.", ["last month"]),
    ("Rounds of talks last year in Turkey produced swaps.", ["last year"]),
    ("After Russia said in March that the plant would open, officials waited.", ["March"]),
    ("During an exchange in February last year, Vance spoke.", ["February last year"]),
])
def test_find_dates(sentence, found):
    assert [d.text for d in find_dates(sentence)] == found


@pytest.mark.parametrize("sentence", [
    "Russia may join the talks if they march on.",
    "About 2,000 people and 314 prisoners were counted.",
    "The deal was worth $2010 million in the 1990s.",
    "The Hwasong-14 missile and the S-300s were shown.",
])
def test_find_dates_leaves_non_dates(sentence):
    assert find_dates(sentence) == []


def test_find_dates_offsets_index_the_sentence():
    s = "Kim shook hands with Putin on April 25, 2019, in Vladivostok."
    (d,) = find_dates(s)
    assert s[d.start:d.end] == d.text == "April 25, 2019"
