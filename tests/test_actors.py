"""Actors and mentions: tiny texts for each rule, then the seed and corpus both ways."""
from __future__ import annotations

import pytest

from conftest import actor_row, names

import dossier

PAD = ("\n\nOfficials from several countries attended the session, which lasted most of the afternoon. "
       "Reporters waited outside the building for several hours before the delegations left without comment.")


def parse(text: str):
    return dossier.parse_article(text + PAD, published="2022-02-09")


def via_of(art, surface: str) -> tuple[str, str]:
    m = art.mentions[art.mentions["text"] == surface]
    assert len(m), f"no mention {surface!r} in {list(art.mentions['text'])}"
    aid = m.iloc[0]["actor_id"]
    return art.actors.set_index("actor_id").loc[aid, "name"], m.iloc[0]["via"]


def test_appositive_title_and_country():
    art = parse("Maria Lopez, the Spanish ambassador to the European Union, said on Monday that talks would "
                "continue. Lopez added that no date had been set.")
    row = actor_row(art, "Maria Lopez")
    assert row["kind"] == "person" and row["country"] == "ESP" and "ambassador" in row["title"]


def test_premodifier_title_and_country():
    art = parse("Kenyan Foreign Minister Peter Mwangi met his counterpart in Nairobi on Tuesday. "
                "Mwangi said the two sides agreed to expand trade.")
    row = actor_row(art, "Peter Mwangi")
    assert row["country"] == "KEN" and row["title"] == "foreign minister"


def test_surname_merges_into_full_name():
    art = parse("Peter Mwangi, Kenya's foreign minister, arrived on Monday. Later, Mwangi said the visit went well "
                "and Mr. Mwangi thanked his hosts.")
    assert via_of(art, "Mwangi") == ("Peter Mwangi", "surname")
    assert len(art.actors[art.actors["kind"] == "person"]) == 1


@pytest.mark.parametrize("surface,country,via", [
    ("Pyongyang", "North Korea", "capital"), ("Moscow", "Russia", "capital"), ("Tehran", "Iran", "capital"),
    ("Kyiv", "Ukraine", "capital"), ("Washington", "United States", "capital"), ("Seoul", "South Korea", "capital"),
])
def test_capital_as_government(surface, country, via):
    art = parse(f"{surface} rejected the proposal on Monday, and officials said the decision was final. "
                f"Diplomats said {surface} would respond formally later.")
    assert via_of(art, surface) == (country, via)


@pytest.mark.parametrize("surface,country", [("North Korean", "North Korea"), ("Chinese", "China"),
                                             ("Iranian", "Iran"), ("Brazilian", "Brazil")])
def test_demonym(surface, country):
    art = parse(f"The {surface} delegation arrived late on Monday and left before the vote was taken. "
                "Observers said the delay was deliberate.")
    assert via_of(art, surface) == (country, "demonym")


@pytest.mark.parametrize("surface,country", [("DPRK", "North Korea"), ("U.S.", "United States"),
                                             ("UAE", "United Arab Emirates"), ("UK", "United Kingdom")])
def test_acronym(surface, country):
    art = parse(f"The {surface} government said on Monday that it would send a delegation to the talks. "
                "Officials declined to give further details.")
    assert via_of(art, surface) == (country, "acronym")


def test_byline_reporter_is_not_an_actor():
    art = dossier.parse_article("Ministers from France and Germany met in Paris on Monday to discuss energy "
                                "prices. They agreed to meet again next month.\n\nBy Jane Doe\n" + PAD)
    assert "Jane Doe" not in names(art)


def test_organisation_acronym_merges():
    art = parse("The International Atomic Energy Agency said on Monday that inspectors had returned. "
                "The IAEA said access was limited.")
    assert via_of(art, "IAEA") == ("International Atomic Energy Agency", "acronym")


def test_the_north_is_settled_by_context():
    art = parse("North Korea fired a missile on Monday. Officials in Seoul said the North had warned of "
                "further tests.")
    assert via_of(art, "the North") == ("North Korea", "epithet")


# ------------------------------------------------------------------ the seed, both ways

SEED_ACTORS = {
    "Rim Chon-il": ("person", "PRK", "vice foreign minister"),
    "Aleksandr Matsegora": ("person", "RUS", "ambassador"),
    "Dmitry Polyanskiy": ("person", "RUS", "deputy ambassador"),
    "Zhang Jun": ("person", "CHN", "ambassador"),
    "Linda Thomas-Greenfield": ("person", "USA", "ambassador"),
    "Shin Hong-chol": ("person", "PRK", "ambassador"),
    "Kim Jong-un": ("person", "PRK", "leader"),
    "North Korean Foreign Ministry": ("organization", "PRK", None),
    "Korean Central News Agency": ("organization", "PRK", None),
    "North Korea": ("country", "PRK", None),
    "Soviet Union": ("country", "SUN", None),
    "Myanmar": ("country", "MMR", None),
    "Mali": ("country", "MLI", None),
}


@pytest.mark.parametrize("name", sorted(SEED_ACTORS))
def test_seed_actor(seed, name):
    kind, country, title = SEED_ACTORS[name]
    row = actor_row(seed, name)
    assert (row["kind"], row["country"]) == (kind, country)
    if title:
        assert title in row["title"]


@pytest.mark.parametrize("surface,name", [("Rim", "Rim Chon-il"), ("Polyanskiy", "Dmitry Polyanskiy"),
                                          ("Russian envoy", "Dmitry Polyanskiy"), ("the North", "North Korea"),
                                          ("DPRK", "North Korea"), ("Burma", "Myanmar"),
                                          ("North’s Foreign Ministry", "North Korean Foreign Ministry")])
def test_seed_alias(seed, surface, name):
    assert via_of(seed, surface)[0] == name


@pytest.mark.parametrize("not_an_actor", ["Michael Lee", "Twitter", "Facebook", "Covid-19", "Monday", "Tuesday",
                                          "Wednesday", "YONHAP", "Far East", "Rim"])
def test_seed_not_actors(seed, not_an_actor):
    assert not_an_actor not in names(seed)


def test_cooccurrence(seed):
    co = dossier.cooccurrence(seed, within="sentence")
    assert list(co.columns) == ["actor_a", "actor_b", "name_a", "name_b", "count"]
    pairs = {frozenset((a, b)) for a, b in zip(co["name_a"], co["name_b"])}
    assert frozenset(("Rim Chon-il", "Aleksandr Matsegora")) in pairs
    assert frozenset(("Mali", "Kim Jong-un")) not in pairs
    with pytest.raises(ValueError):
        dossier.cooccurrence(seed, within="page")


def test_hyphenated_country_pair_is_two_mentions():
    art = parse("The U.S.-Russia working group on the economy met on Monday in Geneva for the first time. "
                "Both delegations described the talks as useful.")
    assert via_of(art, "U.S.")[0] == "United States" and via_of(art, "Russia")[0] == "Russia"


def test_honorific_is_part_of_the_surface():
    art = parse("Nikki Haley, the American ambassador, spoke on Monday. Later Ms. Haley said the vote would wait.")
    assert via_of(art, "Ms. Haley")[0] == "Nikki Haley"


def test_demonym_government_is_the_country():
    art = parse("The Iranian government replied on Monday that it had not violated any agreement. "
                "Officials in Tehran repeated the denial later.")
    assert via_of(art, "Iranian government") == ("Iran", "demonym")


def test_possessive_role_names_the_person_beside_it():
    art = parse("Russia's envoy, Kirill Dmitriev, said there was progress on Monday. He gave no details about "
                "the next round.")
    assert via_of(art, "Russia's envoy") == ("Kirill Dmitriev", "role")


def test_official_name_epithet():
    art = parse("Iran said on Monday it would keep enriching uranium. Pressure on the Islamic Republic has grown "
                "since the talks collapsed.")
    assert via_of(art, "Islamic Republic") == ("Iran", "epithet")


def test_acronym_before_the_full_name_merges():
    art = parse("The IAEA said on Monday that inspectors had returned. The International Atomic Energy Agency "
                "gave no further details.")
    assert via_of(art, "IAEA") == ("International Atomic Energy Agency", "acronym")



@pytest.mark.parametrize("surface,outlet,expected", [
    ("New York Times", "The New York Times", True), ("Times", "The New York Times", True),
    ("NYT", "The New York Times", True), ("Washington Post", "The New York Times", False),
    ("Reuters", "Reuters", True), ("Russia", "Reuters", False), ("York", None, False),
])
def test_the_outlet_is_not_an_actor(surface, outlet, expected):
    from dossier.actors import _is_outlet
    assert _is_outlet(surface, outlet or "") is expected


def test_seed_outlet_named_in_its_own_widgets_is_not_an_actor(parsed):
    art = parsed("2018-10-09_nytimes_nikki-haley-to-resign-as-un-ambassador")
    assert art.meta["outlet"] == "The New York Times"
    assert not {"New York Times", "The New York Times", "NYT", "Times"} & names(art)


def test_a_given_name_alone_stands_for_a_full_name_the_ner_tagged_an_organisation():
    art = parse("Ivanka Trump spoke at the summit on Monday. Later, Ivanka said the talks had gone well, and officials "
                "agreed.")
    people = art.actors[art.actors["kind"] == "person"]
    assert list(people["name"]) == ["Ivanka Trump"]
    assert "Ivanka" not in set(art.actors["name"])



@pytest.mark.parametrize("text, name, title", [
    # a hyphenated title stays one word, before the name or after it
    ("U.N. Secretary-General Ban Ki-moon said the vote was historic.", "Ban Ki-moon", "secretary-general"),
    ("Ban Ki-moon, the U.N. secretary-general, said the vote was historic.", "Ban Ki-moon", "secretary-general"),
    ("Vice-President Kamala Harris said the talks were useful.", "Kamala Harris", "vice-president"),
])
def test_a_hyphenated_title_stays_whole(text, name, title):
    art = parse(text + " Delegates from the member states listened in silence.")
    assert actor_row(art, name)["title"] == title


def test_a_dash_between_spaced_words_still_ends_a_title():
    art = parse("The minister - Sergei Lavrov - said the talks were useful. Delegates from the member states listened "
                "in silence.")
    titles = set(art.actors["title"].dropna())
    assert not any(" - " in t or t.endswith("-") for t in titles)
