"""Events: tiny texts for each kind and rule (meetings, agreements, sanctions and what is not one,
criticism, dates and places), and the seed both ways."""
from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.schema import COLUMNS

PAD = ("\n\nThe session was attended by diplomats from several countries and lasted most of the afternoon. "
       "Reporters waited outside the building for several hours before the delegations left without comment.")


def events(text: str, published: str = "2022-02-09") -> list[dict]:
    """The events of a tiny article as plain dicts, with actor names for ids."""
    art = dossier.parse_article(text + PAD, published=published)
    return _named(art)


def _named(art) -> list[dict]:
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    rows = art.events.to_dict("records")
    for r in rows:
        r["names"] = {names[a] for a in r["participants"]}
        r["source"] = names.get(r["source_id"]) if pd.notna(r["source_id"]) else None
        r["target"] = names.get(r["target_id"]) if pd.notna(r["target_id"]) else None
    return rows


def of_kind(rows: list[dict], kind: str) -> list[dict]:
    return [r for r in rows if r["kind"] == kind]


def one(rows: list[dict], kind: str) -> dict:
    found = of_kind(rows, kind)
    assert len(found) == 1, f"{len(found)} {kind} events in {rows}"
    return found[0]


# ------------------------------------------------------------------------------------------------ meetings

@pytest.mark.parametrize("text, names, date, location", [
    ("Norwegian Foreign Minister Anna Berg met with Swedish Foreign Minister Lars Holm in Oslo on Monday "
     "to discuss trade.", {"Anna Berg", "Lars Holm"}, "2022-02-07", "Oslo"),
    ("Talks between Norway and Sweden in Geneva ended on Thursday without a deal, officials said after "
     "the session.", {"Norway", "Sweden"}, "2022-02-03", "Geneva"),
    ("The meeting follows a Feb. 3 meeting between Anna Berg, the Norwegian ambassador to Moscow, and "
     "Lars Holm, the Swedish trade minister.", {"Anna Berg", "Lars Holm"}, "2022-02-03", None),
    ("Russian President Vladimir Putin welcomes Norwegian Foreign Minister Anna Berg during a meeting at "
     "the Kremlin in Moscow on Jan. 22, 2021.", {"Vladimir Putin", "Anna Berg"}, "2021-01-22", "Moscow"),
    ("A photo released by the state news agency of North Korean leader Kim Jong-un shaking hands with "
     "Russian President Vladimir Putin in Vladivostok on April 25, 2019, during their summit.",
     {"Kim Jong-un", "Vladimir Putin"}, "2019-04-25", "Vladivostok"),
    ("Prisoner swaps were the only result of the previous rounds of talks between Norway and Sweden "
     "last year in Finland.", {"Norway", "Sweden"}, "2021", "Finland"),
])
def test_meetings(text, names, date, location):
    m = one(events(text), "meeting")
    assert (m["names"], m["date"], m["location"]) == (names, date, location)
    assert m["cameo"].startswith("04")


def test_a_list_of_dates_is_one_meeting_each():
    rows = of_kind(events("Norway and Sweden have previously held three rounds of talks on Jan. 23–24, Feb. 4 "
                          "and Feb. 7 in Geneva, with the most recent round ending without a deal."), "meeting")
    assert [r["date"] for r in rows] == ["2022-01-23", "2022-02-04", "2022-02-07"]
    assert all(r["names"] == {"Norway", "Sweden"} for r in rows)


@pytest.mark.parametrize("text", [
    "Anna Berg is due to meet Swedish Foreign Minister Lars Holm next week in Stockholm to discuss trade.",
    "Norwegian Foreign Minister Anna Berg will meet Swedish Foreign Minister Lars Holm in Oslo on Friday.",
    "Norway will meet its obligations under the treaty with Sweden, Foreign Minister Anna Berg said on Monday.",
    "Norwegian Foreign Minister Anna Berg did not meet Swedish Foreign Minister Lars Holm in Oslo on Monday.",
])
def test_no_meeting_that_did_not_happen(text):
    assert not of_kind(events(text), "meeting")


def test_an_expected_meeting_is_an_intent():
    row = one(events("Anna Berg is due to meet Swedish Foreign Minister Lars Holm next week in Stockholm "
                     "to discuss trade."), "intent_to_meet")
    assert row["names"] == {"Anna Berg", "Lars Holm"} and row["cameo"] == "036"


# ------------------------------------------------------------------------------------------------ agreements

def test_intent_to_cooperate_and_signed_agreement():
    rows = events("Norway has agreed to increase strategic cooperation with Sweden, officials in Oslo said on "
                  "Tuesday. Norway signed a trade agreement with Finland on Friday.")
    coop = one(rows, "cooperation")
    assert (coop["cameo"], coop["source"], coop["target"]) == ("030", "Norway", "Sweden")
    signed = one(rows, "agreement")
    assert (signed["cameo"], signed["names"], signed["date"]) == ("057", {"Norway", "Finland"}, "2022-02-04")


# ------------------------------------------------------------------------------------------------ sanctions

@pytest.mark.parametrize("text, kind, cameo, participants, source, date", [
    ("Canada imposed sanctions on Iran on Monday over its crackdown on protesters in the capital.",
     "sanction", "163", {"Iran"}, "Canada", "2022-02-07"),
    ("Although Russia joined other members of the council in imposing sanctions on North Korea for "
     "conducting its first nuclear test in May 2009, the country has also opposed new proposals.",
     "sanction", "163", {"North Korea"}, "Russia", "2009-05"),
    ("The European Union lifted sanctions on Belarus on Tuesday after the release of political prisoners.",
     "ease", "085", {"Belarus"}, "European Union", "2022-02-08"),
    ("The United States threatened on Monday to impose new sanctions on Venezuela over the disputed election.",
     "threat", "1312", {"United States", "Venezuela"}, "United States", "2022-02-07"),
])
def test_sanctions(text, kind, cameo, participants, source, date):
    row = one(events(text), kind)
    assert (row["cameo"], row["names"], row["source"], row["date"]) == (cameo, participants, source, date)


@pytest.mark.parametrize("text", [
    "The House of Representatives voted on Tuesday to pass legislation to broaden sanctions on Iran over "
    "its nuclear program.",
    "Officials said the administration would impose sanctions on Iranian companies if the talks in Vienna "
    "fail next month.",
    "Canada on Monday proposed sanctions on Iran over its crackdown, but the proposal has not been adopted.",
    "Brazil on Tuesday slammed additional sanctions against Venezuela as illegal and harmful to its people.",
])
def test_no_sanction_that_is_not_imposed(text):
    assert not of_kind(events(text), "sanction")


def test_headline_run_into_the_lede_keeps_the_lede_subject():
    row = one(events("EU agrees sanctions on Iran over drone supplies\n\nThe European Union on Monday imposed sanctions "
                     "on six Iranian officials and two companies, the bloc's foreign policy chief said."), "sanction")
    assert (row["source"], row["names"], row["date"]) == ("European Union", {"Iran"}, "2022-02-07")


def test_headline_run_into_the_lede_keeps_both_who_met():
    row = one(events("Lavrov and Blinken meet in Geneva as tensions rise\n\nRussian Foreign Minister Sergei Lavrov "
                     "and U.S. Secretary of State Antony Blinken met in Geneva on Friday for talks on Ukraine."),
              "meeting")
    assert (row["names"], row["date"], row["location"]) == ({"Sergei Lavrov", "Antony Blinken"}, "2022-02-04",
                                                             "Geneva")


def test_a_title_demonym_is_no_participant_and_the_place_has_no_article():
    rows = events("U.S. President Joe Biden and Russian President Vladimir Putin held a summit in Geneva in June "
                  "2021. Biden hosted German Chancellor Olaf Scholz at the White House on Monday.")
    summit = [r for r in of_kind(rows, "meeting") if r["date"] == "2021-06"]
    assert summit and summit[0]["names"] == {"Joe Biden", "Vladimir Putin"}
    hosted = [r for r in of_kind(rows, "meeting") if r["date"] == "2022-02-07"]
    assert hosted and hosted[0]["location"] == "White House" and hosted[0]["cameo"] == "043"


def test_person_targeted_stands_for_their_country():
    row = one(events("The West has imposed sanctions on officials and businessmen close to Russian President "
                     "Vladimir Putin in response to the move.", published="2014-04-03"), "sanction")
    assert row["names"] == {"Russia"}
    assert row["date"] == "2014-04-03"                   # present perfect: the news of the day of publication


# ------------------------------------------------------------------------------------------------ criticism

def test_criticism_and_accusation_have_a_direction():
    rows = events("Brazil on Tuesday criticized Argentina over the border dispute. "
                  "Chile accused Peru of violating the treaty on Monday.")
    crit, acc = one(rows, "criticism"), one(rows, "accusation")
    assert (crit["cameo"], crit["source"], crit["target"], crit["date"]) == ("111", "Brazil", "Argentina",
                                                                             "2022-02-08")
    assert (acc["cameo"], acc["source"], acc["target"], acc["date"]) == ("112", "Chile", "Peru", "2022-02-07")
    assert crit["location"] is None


def test_passive_accusation_without_accuser_is_no_event():
    rows = events("The United States imposed sanctions on Monday on three Chinese companies accused of helping "
                  "Iran build drones for Russia.")
    assert not of_kind(rows, "accusation")
    assert one(rows, "sanction")["names"] == {"China"}


def test_pair_parsed_on_a_title_word():
    row = one(events("Last year, Chinese President Xi Jinping and US President Joe Biden met on the sidelines of "
                     "the G20 summit in Bali, where they agreed to resume climate talks.",
                     published="2023-03-14"), "meeting")
    assert (row["names"], row["date"], row["location"]) == ({"Xi Jinping", "Joe Biden"}, "2022", "Bali")


def test_events_in_quotations_are_not_reported():
    rows = events("“We met Sweden in Oslo on Monday and we imposed sanctions on Iran,” Norwegian Foreign "
                  "Minister Anna Berg said on Tuesday after the talks.")
    assert not of_kind(rows, "meeting") and not of_kind(rows, "sanction")


# ------------------------------------------------------------------------------------------------ the seed

SEED_EVENTS = [
    ("meeting", {"Rim Chon-il", "Aleksandr Matsegora"}, "2022-02-07"),
    ("meeting", {"Shin Hong-chol", "Aleksey Chekunkov"}, "2022-02-03"),
    ("meeting", {"Kim Jong-un", "Vladimir Putin"}, "2019-04-25"),
    ("sanction", {"North Korea"}, "2009-05"),
]


@pytest.fixture(scope="session")
def seed_events(seed):
    return _named(seed)


@pytest.mark.parametrize("kind, names, date", SEED_EVENTS)
def test_seed_events(seed_events, kind, names, date):
    assert any(r["kind"] == kind and names <= r["names"] and r["date"] == date for r in seed_events)


def test_seed_events_without(seed, seed_events):
    sanctions = of_kind(seed_events, "sanction")
    assert len(sanctions) == 1                          # not the proposals, not the 'additional sanctions'
    meetings = of_kind(seed_events, "meeting")
    assert len(meetings) == 3 and all(len(m["names"]) >= 2 for m in meetings)
    kinds = dict(zip(seed.actors["actor_id"], seed.actors["kind"]))
    assert all(kinds[a] != "location" for r in seed_events for a in r["participants"])
    assert all(r["location"] is None for r in seed_events if r["kind"] not in ("meeting", "agreement"))


def test_seed_frame_shape(seed):
    assert list(seed.events.columns[:len(COLUMNS["events"])]) == list(COLUMNS["events"])
    assert str(seed.events["source_id"].dtype) == str(seed.events["target_id"].dtype) == "Int64"
    assert seed.events["event_id"].is_unique
