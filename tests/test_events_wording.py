"""Events under more wordings (issue 9, part 3), one class of phrasing per test, on made-up sentences that must
and must not give a meeting or a sanction: meeting nouns taken by 'received', 'paid', 'made'; a call 'from' B;
the passive 'B was received by A'; meetings only awaited or denied ('talks are expected to resume', 'no
meeting'); sanctions by placing a party on or under them, by banning a state's trade, by targeting a state's
people, by measures against a state's party; sanctions imposed 'on it'; delisting is easing."""
from __future__ import annotations

import pandas as pd
import pytest

import dossier

PRE = "Western governments have discussed sanctions for months. "
PAD = ("\n\nThe session was attended by diplomats from several countries and lasted most of the afternoon. "
       "Reporters waited outside the building for several hours before the delegations left without comment.")


def events(text: str, kind: str) -> list[tuple[set, str | None]]:
    """(names of participants, source and target; date) of the events of one kind in a tiny article."""
    art = dossier.parse_article(PRE + text + PAD, published="2022-02-09")
    n = dict(zip(art.actors["actor_id"], art.actors["name"]))
    out = []
    for r in art.events.itertuples():
        if r.kind == kind:
            ids = [r.source_id, r.target_id, *r.participants]
            out.append(({n[int(i)] for i in ids if pd.notna(i)}, r.date))
    return out


# ------------------------------------------------------------------------------------------------ meetings

@pytest.mark.parametrize("text, participants, date", [
    # a meeting noun taken by a verb of receiving, paying or making; a call from B
    ("Saudi Foreign Minister Faisal bin Farhan received a phone call from his Iranian counterpart Hossein "
     "Amir-Abdollahian on Monday.", {"Faisal bin Farhan", "Hossein Amir-Abdollahian"}, "2022-02-07"),
    ("Turkish Foreign Minister Mevlut Cavusoglu paid an official visit to Israel on Tuesday.",
     {"Mevlut Cavusoglu", "Israel"}, "2022-02-08"),
    ("Norwegian Foreign Minister Anna Berg made a two-day visit to Sweden on Monday.",
     {"Anna Berg", "Sweden"}, "2022-02-07"),
    # the passive of a verb of meeting: the passive subject met the agent
    ("Norwegian Foreign Minister Anna Berg was received by Swedish Prime Minister Lars Holm in Stockholm on "
     "Tuesday.", {"Anna Berg", "Lars Holm"}, "2022-02-08"),
])
def test_meeting_wordings(text, participants, date):
    found = events(text, "meeting")
    assert (participants, date) in found, found


@pytest.mark.parametrize("text", [
    # received or paid something that is no meeting
    "Norwegian Foreign Minister Anna Berg received an award from Swedish Prime Minister Lars Holm on Monday.",
    "Norway paid compensation to Sweden on Tuesday after the ruling.",
    # a meeting noun the text only awaits, postpones or denies
    "Talks between Norway and Sweden are expected to resume in Geneva next week.",
    "Talks between Norway and Sweden were postponed on Monday.",
    "Norwegian spokesman Per Dahl said no meeting between Anna Berg and Lars Holm was held on Monday.",
    "There were no talks between Norway and Sweden in Geneva on Monday, officials said.",
    # a passive that is not negated stays one, a negated one is none
    "Norwegian Foreign Minister Anna Berg was not received by Swedish Prime Minister Lars Holm on Tuesday.",
])
def test_no_meeting_from(text):
    assert events(text, "meeting") == []


def test_talks_that_took_place_still_count():
    found = events("Talks between Norway and Sweden took place in Geneva on Monday.", "meeting")
    assert ({"Norway", "Sweden"}, "2022-02-07") in found, found


# ------------------------------------------------------------------------------------------------ sanctions

@pytest.mark.parametrize("text, target, date", [
    # placing a party on or under sanctions
    ("The United States on Monday put four Cuban officials on its sanctions list.", "Cuba", "2022-02-07"),
    ("Britain on Tuesday placed Russian businessman Oleg Tinkov under sanctions.", "Russia", "2022-02-08"),
    # a list of sanctioned entities named without the word
    ("The U.S. Commerce Department added 25 Chinese entities to its entity list on Monday.", "China", "2022-02-07"),
    # banning a state's trade with a verb that also bans parties
    ("Japan banned exports of luxury goods to Russia on Monday.", "Russia", "2022-02-07"),
    # targeting people named by their state
    ("Britain targeted 14 Russian oligarchs with asset freezes and travel bans on Tuesday.", "Russia", "2022-02-08"),
    # measures against a state's party, without a determiner
    ("Switzerland announced measures against Russian banks on Monday, including an asset freeze.", "Russia",
     "2022-02-07"),
    # sanctions imposed 'on it': whoever 'it' is; the first actor named (id 0) is a target like any other
    ("Russia condemned the sanctions imposed on it by the European Union on Monday.", "Russia", "2022-02-07"),
])
def test_sanction_wordings(text, target, date):
    found = events(text, "sanction")
    assert any(target in p and d == date for p, d in found), found


@pytest.mark.parametrize("text", [
    # placing without sanctions; under sanctions as a setting
    "The United States on Monday put four Cuban officials on a plane to Havana.",
    "Russia has lived under sanctions since 2014, its finance minister said on Tuesday.",
    # a list that is not one of sanctions
    "The U.S. Commerce Department added 25 Chinese products to its tariff exclusions on Monday.",
    # banning something of one's own; targeting without a state's party; measures against a thing
    "Japan banned smoking in restaurants on Monday.",
    "Britain targeted inflation with higher interest rates on Tuesday.",
    "Switzerland announced measures against the pandemic on Monday.",
    # delisting eases sanctions
    "The EU delisted two Russian businessmen from its sanctions list on Monday.",
])
def test_no_sanction_from(text):
    assert events(text, "sanction") == []


def test_delisting_is_easing():
    found = events("The EU delisted two Russian businessmen from its sanctions list on Monday.", "ease")
    assert any("Russia" in p for p, _ in found), found


# ------------------------------------------------------------------------------------------------ decided; parties

@pytest.mark.parametrize("text, target, date", [
    # the infinitive of a decision told as done is the act, dated back from publication
    ("EU foreign ministers agreed on Monday to impose sanctions on Belarusian officials.", "Belarus", "2022-02-07"),
    ("The European Union agreed to extend its economic sanctions on Russia by six months on Monday.", "Russia",
     "2022-02-07"),
    ("The Council decided on Monday to extend the arms embargo on Libya.", "Libya", "2022-02-07"),
])
def test_a_decided_imposition_is_one(text, target, date):
    found = events(text, "sanction")
    assert any(target in p and d == date for p, d in found), found


@pytest.mark.parametrize("text", [
    "EU foreign ministers failed to agree on new sanctions against Belarus on Monday.",
    "EU foreign ministers are expected to agree to impose sanctions on Belarus next week.",
    "EU foreign ministers did not agree to impose sanctions on Belarus on Monday.",
    "EU foreign ministers plan to impose sanctions on Belarus next week.",
])
def test_an_imposition_not_decided_is_none(text):
    assert events(text, "sanction") == []


def test_a_meeting_of_officials_named_by_their_states():
    found = events("A meeting of American and Russian officials took place in Riyadh on Tuesday.", "meeting")
    assert ({"United States", "Russia"}, "2022-02-08") in found, found
    assert events("A meeting of Russian officials took place in Moscow on Tuesday.", "meeting") == []


# ------------------------------------------------------------------------------------------------ set ahead; dated by a relative clause

@pytest.mark.parametrize("text", [
    "The statement, coming ahead of Norwegian Foreign Minister Anna Berg's visit to Sweden, surprised observers.",
    "Norwegian Foreign Minister Anna Berg's visit to Sweden, which is expected to take place next month, was "
    "welcomed by officials.",
])
def test_a_meeting_still_to_come_is_none(text):
    assert events(text, "meeting") == []


@pytest.mark.parametrize("text, date", [
    ("The talks between Norway and Sweden, which were held in March, were a success.", "2021-03"),
    ("Norway's visit to Sweden, which took place on Monday, was a success.", "2022-02-07"),
])
def test_a_relative_clause_of_taking_place_dates_the_meeting(text, date):
    found = events(text, "meeting")
    assert ({"Norway", "Sweden"}, date) in found, found


def test_a_relative_clause_telling_something_else_does_not_date_it():
    found = events("The talks between Norway and Sweden, which Denmark criticised in March, were a success.",
                   "meeting")
    assert found and all(d != "2021-03" for _, d in found), found


def test_a_relative_clause_on_the_party_leaves_the_meeting():
    found = events("Norwegian Foreign Minister Anna Berg held talks with Sweden, which is expected to join the "
                   "alliance next year, on Monday.", "meeting")
    assert any({"Anna Berg", "Sweden"} <= p for p, _ in found), found


@pytest.mark.parametrize("text, people", [
    ("Secretary of State Antony Blinken sat down with Chinese Foreign Minister Wang Yi on Friday.",
     {"Antony Blinken", "Wang Yi"}),
    ("The foreign ministers of China, Japan and South Korea gathered in Busan on Sunday.",
     {"China", "Japan", "South Korea"}),
])
def test_meetings_sat_down_and_gathered(text, people):
    assert any(people <= found for found, _ in events(text, "meeting")), events(text, "meeting")


def test_a_crowd_gathering_is_no_meeting():
    assert not events("Protesters gathered outside the Russian embassy in Berlin on Sunday.", "meeting")


def test_the_two_sides_are_the_last_two_parties_named():
    found = events("Russia and Ukraine sent delegations to Istanbul. The two sides met on Friday for the first time "
                   "since 2022.", "meeting")
    assert any({"Russia", "Ukraine"} <= people for people, _ in found), found


def test_what_was_done_at_a_meeting_is_no_second_meeting():
    found = events("The talks follow a Feb. 3 meeting between Russian Foreign Minister Sergei Lavrov and Chinese Foreign "
                   "Minister Wang Yi, where the two sides discussed trade.", "meeting")
    assert len(found) == 1, found


@pytest.mark.parametrize("text, people", [
    # 'during their meeting': the one told took part
    ("Chinese President Xi Jinping told Russian President Vladimir Putin during their meeting in Moscow on Tuesday "
     "that China stood ready to help.", {"Xi Jinping", "Vladimir Putin"}),
    # a meeting named as the time of an agreed act took place
    ("Russian President Vladimir Putin and Chinese President Xi Jinping agreed to deepen cooperation during a meeting "
     "in Beijing on Thursday.", {"Xi Jinping", "Vladimir Putin"}),
])
def test_meetings_as_the_time_of_what_was_said_or_agreed(text, people):
    assert any(people <= found for found, _ in events(text, "meeting")), events(text, "meeting")


@pytest.mark.parametrize("text", [
    "Chinese President Xi Jinping and Russian President Vladimir Putin plan to deepen cooperation during a meeting "
    "in Beijing next month.",
    "Chinese President Xi Jinping told reporters during his visit to the factory that growth would pick up.",
])
def test_a_meeting_only_planned_or_of_one_party_is_none(text):
    assert not events(text, "meeting"), events(text, "meeting")


@pytest.mark.parametrize("text, date", [
    # the date a meeting is measured from ('since June') is not its date
    ("IAEA chief Rafael Grossi travelled to Tehran earlier this month for talks with Foreign Minister Abbas "
     "Araghchi, the first such visit since June.", "2022-02"),
    ("Canadian Trade Minister Maninder Sidhu met Chinese Commerce Minister Wang Wentao in Beijing on Tuesday, the "
     "highest-level economic talks between the two countries since 2017.", "2022-02-08"),
])
def test_a_meeting_is_not_dated_by_what_it_is_measured_from(text, date):
    got = [d for _, d in events(text, "meeting")]
    assert got and all(d == date for d in got), got


def test_sanctions_in_place_since_a_year_began_then():
    got = events("Japan has imposed sanctions on North Korea since 2006.", "sanction")
    assert got and got[0][1] == "2006", got


# --- a present-tense 'when' clause under a clause still to come is to come (from blind probe 10's report)

def test_talks_when_a_visit_is_still_to_come_are_to_come():
    text = ("President Jan Novak will travel to New Delhi next week, when he holds talks with Prime Minister "
            "Narendra Modi on Friday.")
    assert events(text, "meeting") == []                           # not a meeting held last Friday
    assert [d for _, d in events(text, "intent_to_meet")] == ["2022-02-11"]   # the Friday to come


def test_talks_when_a_visit_took_place_stay_in_the_past():
    text = "President Jan Novak met Prime Minister Narendra Modi on Friday when he visited New Delhi."
    assert {d for _, d in events(text, "meeting")} == {"2022-02-04"}


NEUTRAL = "Diplomats gathered in New York this week for a busy session. "


@pytest.mark.parametrize("text, participants", [
    # a text a body passes that cuts a state's trade is sanctions, whether or not the article says the word
    ("The U.N. Security Council on Monday adopted a resolution cutting North Korea's oil imports by 90 percent.",
     {"U.N. Security Council", "North Korea"}),
    ("Parliament passed a law that restricts exports to Iran on Monday.", {"Iran"}),
])
def test_a_text_cutting_a_states_trade_is_a_sanction(text, participants):
    art = dossier.parse_article(NEUTRAL + text + PAD, published="2022-02-09")
    assert not art.text.count("sanction")
    n = dict(zip(art.actors["actor_id"], art.actors["name"]))
    got = [{n[int(i)] for i in [r.source_id, r.target_id, *r.participants] if pd.notna(i)}
           for r in art.events.itertuples() if r.kind == "sanction"]
    assert any(participants <= g for g in got)


@pytest.mark.parametrize("text", [
    "The government adopted a budget cutting its share of imports from abroad on Monday.",
    "The drought cut China's grain exports sharply last year, traders said on Monday.",
])
def test_cutting_trade_without_a_text_or_a_state_is_no_sanction(text):
    art = dossier.parse_article(NEUTRAL + text + PAD, published="2022-02-09")
    assert not (art.events["kind"] == "sanction").any()


@pytest.mark.parametrize("text, published, dates", [
    # a relative time moves the story's date by as much as it says
    ("In July, the Treasury sanctioned three North Korean bankers. One month later, it designated two more North "
     "Korean firms.", "2025-11-05", ["2025-07", "2025-08"]),
    ("The EU sanctioned Iran on March 4, 2024. A week later, Britain imposed its own sanctions on Iran.", "2024-06-05",
     ["2024-03-04", "2024-03-11"]),
    ("The EU sanctioned Iran on March 4, 2024. Weeks later, Britain imposed its own sanctions on Iran.", "2024-06-05",
     ["2024-03-04", "2024-03"]),
    ("Canada sanctioned Iran in 2019. Two years later, Britain imposed its own sanctions on Iran.", "2024-06-05",
     ["2019", "2021"]),
])
def test_a_relative_time_moves_the_date_of_the_story(text, published, dates):
    art = dossier.parse_article(NEUTRAL + text + PAD, published=published)
    got = sorted(d for k, d in zip(art.events["kind"], art.events["date"]) if k == "sanction")
    assert got == sorted(dates)


def test_a_party_under_a_states_jurisdiction_is_not_that_states():
    art = dossier.parse_article(NEUTRAL + "The Treasury sanctioned eight North Korean bankers on Tuesday. The "
                                "sanctions block all property of designated companies and individuals under U.S. "
                                "jurisdiction." + PAD, published="2025-11-05")
    n = dict(zip(art.actors["actor_id"], art.actors["name"]))
    targets = {n[int(t)] for t in art.events["target_id"].dropna()}
    assert "United States" not in targets
