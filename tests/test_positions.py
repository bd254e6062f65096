"""Sanctions positions: tiny texts for each rule, and the seed both ways."""
from __future__ import annotations

import pytest

import dossier

PAD = ("\n\nThe session was attended by diplomats from several countries and lasted most of the afternoon. "
       "Reporters waited outside the building for several hours before the delegations left without comment.")


def stances(text: str, published: str = "2022-02-09") -> set[tuple[str, str, str]]:
    art = dossier.parse_article(text + PAD, published=published)
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    return {(names[a], s, p) for a, s, p in zip(art.positions["actor_id"], art.positions["stance"],
                                                 art.positions["period"])}


def test_slams_is_oppose():
    assert ("Brazil", "oppose", "current") in stances(
        "Brazil on Tuesday slammed the new sanctions against Venezuela as illegal and harmful.")


def test_imposes_is_support():
    got = stances("Canada imposed sanctions on Iran on Monday over its crackdown on protesters.")
    assert ("Canada", "support", "current") in got
    assert not {g for g in got if g[0] == "Iran"}


def test_negation_is_no_stance():
    got = stances("Japan did not threaten new sanctions against Myanmar, officials said on Monday.")
    assert not {g for g in got if g[0] == "Japan"}


def test_past_and_current_in_one_sentence():
    got = stances("Although Russia joined other members of the council in imposing sanctions on North Korea in "
                  "May 2009, the country has also opposed more recent sanctions proposals.")
    assert ("Russia", "support", "past") in got and ("Russia", "oppose", "current") in got
    assert ("Russia", "support", "current") not in got


def test_person_speaking_for_a_state_rolls_up():
    got = stances("Maria Lopez, Spain's foreign minister, criticised the sanctions against Cuba on Monday.")
    assert ("Maria Lopez", "oppose", "current") in got and ("Spain", "oppose", "current") in got


def test_joined_in_opposition_passes_the_stance_on():
    got = stances("Peter Mwangi, Kenya's foreign minister, on Monday opposed additional sanctions against Sudan. "
                  "The Kenyan minister was joined in his opposition to additional sanctions by Ghana's foreign "
                  "minister Kwame Mensah.")
    assert ("Kwame Mensah", "oppose", "current") in got and ("Ghana", "oppose", "current") in got


@pytest.mark.parametrize("text", [
    "The United States raised tariffs on Chinese steel on Monday, escalating the trade war between the two.",
    "Germany voted for a ceasefire resolution at the United Nations on Monday after a long debate.",
    "Analysts said isolation was the most concrete punishment Russia had faced since the invasion began.",
])
def test_not_sanctions(text):
    assert stances(text) == set()


SEED_WANT = {("Russia", "oppose", "current"), ("China", "oppose", "current"), ("United States", "support", "current"),
             ("Dmitry Polyanskiy", "oppose", "current"), ("Zhang Jun", "oppose", "current"),
             ("Linda Thomas-Greenfield", "support", "current"), ("Russia", "support", "past")}
SEED_NONE = ["Ukraine", "Syria", "Belarus", "Cuba", "Venezuela", "Iran", "Afghanistan", "Myanmar", "Mali",
             "Vladimir Putin", "Kim Jong-un", "Rim Chon-il", "Aleksandr Matsegora", "North Korea"]


def seed_stances(seed) -> set[tuple[str, str, str]]:
    names = dict(zip(seed.actors["actor_id"], seed.actors["name"]))
    return {(names[a], s, p) for a, s, p in zip(seed.positions["actor_id"], seed.positions["stance"],
                                                 seed.positions["period"])}


def test_seed_positions(seed):
    assert SEED_WANT <= seed_stances(seed)


@pytest.mark.parametrize("actor", SEED_NONE)
def test_seed_no_stance(seed, actor):
    assert not {s for s in seed_stances(seed) if s[0] == actor}


def test_seed_positions_carry_evidence_and_target(seed):
    names = dict(zip(seed.actors["actor_id"], seed.actors["name"]))
    p = seed.positions
    assert set(p["topic"]) == {"sanctions"}
    assert all(ev in seed.text for ev in p["evidence"])
    assert {names[t] for t in p["target_id"].dropna()} == {"North Korea"}


@pytest.mark.parametrize("article_id", ["2019-10-09_timesofindia_china-snubs-imran-khan-kashmir-bilateral",
                                        "2026-02-18_time_ukraine-russia-peace-talks-end-abruptly"])
def test_articles_without_sanctions_have_no_positions(parsed, article_id):
    assert parsed(article_id).positions.empty


def test_who_calls_sanctions_illegal_opposes_them():
    got = stances("Venezuela said on Monday that the sanctions imposed by Canada were illegal and would fail.")
    assert ("Venezuela", "oppose", "current") in got
    assert ("Canada", "oppose", "current") not in got


def test_decided_not_to_go_forward_is_oppose():
    got = stances("In April, Canada announced that it would impose sanctions on Iran. But the next day, Japan "
                  "decided not to go forward with the sanctions.", published="2018-10-09")
    assert ("Japan", "oppose", "past") in got and ("Canada", "support", "past") in got


def test_every_subject_in_a_list_holds_the_position():
    got = stances("The United States and the European Union imposed new sanctions on Iran on Monday.")
    assert ("United States", "support", "current") in got and ("European Union", "support", "current") in got


def test_sanctioned_by_passive_names_the_imposer_and_target():
    art = dossier.parse_article("Iran was sanctioned by Canada on Monday over its nuclear programme, officials "
                                "said." + PAD, published="2022-02-09")
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    rows = {(names[a], names.get(t)) for a, t in zip(art.positions["actor_id"], art.positions["target_id"])}
    assert ("Canada", "Iran") in rows
    assert not {r for r in rows if r[0] == "Iran"}


def test_only_words_of_the_sanctions_lists_can_be_sanctions_phrases():
    """sanctions._phrases looks only at tokens whose form or lemma is in `_kind_words()`: every token `_kind`
    accepts (with sanctions named in its sentence) must be one of them, and a phrase is still found."""
    from dossier import sanctions
    art = dossier.parse_article(
        "The European Union imposed sanctions on Iran on Monday and banned its oil imports. The move followed a "
        "round of talks. Norway said it would cut imports and blacklist three banks, and the embargo will stay. "
        "The bloc targeted two banks in today's action, a tranche of restrictions on trade." + PAD,
        published="2022-02-09")
    reading, words = art.reading, sanctions._kind_words()
    accepted = [t for t in art.doc if sanctions._kind(t, reading, [reading.sent_of[t.i]]) is not None]
    assert len(accepted) >= 4
    assert all(reading.lemma[t.i] in words or reading.lower[t.i] in words for t in accepted)
    assert not any(t.lower_ in ("said", "talks", "banks") for t in accepted)
    assert any(t.lemma_ == "target" for t in accepted)          # a verb of sanctioning, from its own list
    assert len(sanctions.find(reading).phrases) >= 3
