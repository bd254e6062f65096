"""Classes of wording found missing on blind probe 10 (and checked against probes 7-9), each with made-up
sentences: what must be read, and the same words where nothing may be."""
import dossier
import pytest

from test_attribution import names, parse, stances


@pytest.mark.parametrize("text, want", [
    # blacklisting, barring or designating people named by what they do, not only firms and officials
    ("The United States blacklisted a string of violent settlers on Monday.", ("United States", "support", "current")),
    ("Britain announced new sanctions on Monday. London has also barred two judges and a prosecutor from entering "
     "the country.",
     ("United Kingdom", "support", "current")),
    ("Canada designated three militants and their financiers under its sanctions law on Friday.",
     ("Canada", "support", "current")),
])
def test_sanctioning_people_named_by_what_they_do(text, want):
    assert want in stances(text)


@pytest.mark.parametrize("text", [
    "The school barred two judges of the debate contest from the final on Monday.",
    "Police blocked the settlers from the road on Monday, officials said.",
])
def test_barring_people_in_an_article_without_sanctions_is_no_stance(text):
    assert stances(text) == set()


@pytest.mark.parametrize("text, want", [
    # the NER takes the leader of 'the Trump administration' for an organisation: still the United States
    ("U.S. sanctions on Caracas were widened on Thursday. The first Trump administration imposed a full oil embargo "
     "on Venezuela in January 2019.", ("United States", "support", "past")),
    ("The United States renewed its sanctions on Caracas on Monday. The Biden administration lifted most of the "
     "sanctions in October 2023.", ("United States", "oppose", "past")),
])
def test_an_administration_named_after_a_leader_is_the_united_states(text, want):
    got = stances(text, published="2026-03-10")
    assert want in got
    assert not {a for a, _, _ in got} & {"Trump", "Biden"}


def test_an_administration_without_the_united_states_named_stays_nobody():
    got = stances("Back in 2011, the Obama administration froze the assets of Syrian officials under sanctions.")
    assert not {a for a, _, _ in got} - {"Syria"}


def test_a_country_an_inquiry_is_into_is_no_nationality():
    art = parse("The sanctions on the court were widened on Thursday. In 2020, the court opened an inquiry into "
                "Afghanistan, and President Joe Biden spoke about it.")
    people = art.actors[art.actors["name"] == "Joe Biden"]
    assert people["country"].isna().all()


def test_a_possessive_role_with_a_portfolio_names_only_its_holder():
    art = parse("Israel's National Security Minister Itamar Ben-Gvir spoke on Monday. Israel's foreign minister "
                "Gideon Sa'ar called the measures \"outrageous\" after the sanctions were imposed.")
    q = art.quotes
    assert len(q) and set(q["speaker_id"].map(names(art))) == {"Gideon Sa'ar"}
    roles = art.mentions[art.mentions["via"] == "role"]
    assert "Itamar Ben-Gvir" not in set(roles["actor_id"].map(names(art)))


def test_a_possessive_role_without_a_portfolio_takes_the_last_holder():
    art = parse("Foreign Minister Sergei Lavrov spoke on Monday about the sanctions. Russia's top diplomat said "
                "the measures had failed.")
    roles = art.mentions[art.mentions["via"] == "role"]
    assert set(roles["actor_id"].map(names(art))) == {"Sergei Lavrov"}


@pytest.mark.parametrize("text, want", [
    ('New Zealand imposed travel bans on two ministers on Monday. Marco Rubio said the sanctions "do not advance '
     'efforts to achieve a ceasefire."', ("Marco Rubio", "oppose", "current")),
    ("The EU imposed sanctions on Belarus on Monday. Hungary said the sanctions would not help anyone.",
     ("Hungary", "oppose", "current")),
    ("New Zealand imposed travel bans on two ministers on Monday. Marco Rubio urged the five partners to reverse "
     "them.", ("Marco Rubio", "oppose", "current")),
])
def test_saying_sanctions_do_not_help_or_asking_to_reverse_them(text, want):
    got = stances(text)
    assert want in got
    assert (want[0], "support", "current") not in got


def test_something_else_that_does_not_help_is_no_stance():
    got = stances("The EU imposed sanctions on Belarus on Monday. Hungary said the rain would not help the "
                  "harvest, and urged farmers to reverse the decline.")
    assert not {a for a, _, _ in got} & {"Hungary"}


def test_it_after_a_thing_as_subject_is_that_thing():
    got = stances("The EU adopted a new package of sanctions on Russia on Friday. The package introduces a lower cap "
                  "on Russian crude than the level the Group of Seven agreed. It also blacklists 105 more tankers.")
    assert ("European Union", "support", "current") in got or ("EU", "support", "current") in got
    assert not {a for a, _, _ in got} & {"Group of Seven"}


def test_it_after_a_body_or_a_state_as_subject_is_that_body():
    got = stances("The EU adopted a new package of sanctions on Russia on Friday. Canada said it would follow. "
                  "It also froze the assets of two banks.")
    assert ("Canada", "support", "current") in got


@pytest.mark.parametrize("text, want", [
    ("The US imposed sanctions on Iran on Monday. Washington has ruled out any relief for Tehran.",
     ("United States", "support", "current")),
    ("The US imposed sanctions on Iran on Monday. Tehran demanded relief from the measures.",
     ("Iran", "oppose", "current")),
])
def test_relief_from_sanctions_is_their_easing(text, want):
    assert want in stances(text)


def test_relief_for_other_hardship_is_no_stance():
    got = stances("The US imposed sanctions on Iran on Monday. The flood victims received relief from the Red Cross.")
    assert got == {("United States", "support", "current")}


def test_an_embassy_with_a_demonym_is_that_state_not_the_city_it_sits_in():
    got = stances('The UK announced sanctions on 20 Russian individuals on Monday. The Russian embassy in London said '
                  'the move was "hostile" and vowed a response.')
    assert ("Russia", "oppose", "current") in got
    assert ("United Kingdom", "oppose", "current") not in got


def test_an_office_in_a_capital_without_a_demonym_is_the_capitals_state():
    got = stances("The US imposed sanctions on Chinese firms on Monday. The foreign ministry in Beijing condemned "
                  "the sanctions.")
    assert ("China", "oppose", "current") in got


@pytest.mark.parametrize("text, want", [
    ("Seoul joined Washington in blacklisting four North Korean hackers on Monday.",
     {("South Korea", "support", "current"), ("United States", "support", "current")}),
    ("Japan joined other Group of Seven nations in freezing the assets of Russia's central bank.",
     {("Japan", "support", "current")}),
])
def test_joining_others_in_a_gerund_of_sanctioning(text, want):
    assert want <= stances(text)


def test_a_gerund_of_freezing_something_else_is_no_stance():
    assert stances("The ministry warned against freezing the budget of the schools.") == set()


@pytest.mark.parametrize("text, want", [
    ("The Commission proposed sanctions on Russian LNG on Monday. France and Germany backed the proposal.",
     {("France", "support", "current"), ("Germany", "support", "current")}),
    ("Turkey has stayed out of Western sanctions on Russia and continued to buy Russian oil.",
     {("Turkey", "oppose", "current")}),
    ("Ireland opted out of the EU sanctions on Belarus.", {("Ireland", "oppose", "current")}),
])
def test_backing_the_proposal_and_staying_out(text, want):
    got = stances(text)
    assert want <= got
    assert not {(a, "support" if s == "oppose" else "oppose", p) for a, s, p in want} & got


@pytest.mark.parametrize("text, actor", [
    ("The Commission proposed sanctions on Russian LNG on Monday. Russia rejected a proposal for a ceasefire.",
     "Russia"),
    ("Britain imposed sanctions on Iran on Monday. France backed a proposal on fishing quotas the same day.",
     "France"),
    ("The EU imposed sanctions on Russia. Turkey has stayed out of the war, officials said on Monday.", "Turkey"),
])
def test_another_proposal_or_staying_out_of_something_else_is_no_stance(text, actor):
    assert not {a for a, _, _ in stances(text)} & {actor}


def _page(url: str) -> str:
    body = ("<p>The Department of the Treasury on Monday imposed sanctions on two firms that supply the Rapid "
            "Support Forces, the paramilitary group fighting the army in the war in Sudan.</p>"
            "<p>The firms are based in the region and have sent weapons to the group for more than a year, officials "
            "said in a statement released after the decision was announced in the capital.</p>"
            "<p>The talks in the capital were described by officials as long and difficult by all accounts, and the "
            "session was attended by many of the delegates from the countries of the region.</p>")
    return (f'<html><head><title>Sanctions on suppliers of the RSF</title><meta property="og:url" content="{url}">'
            f'</head><body><article><h1>Sanctions on suppliers of the RSF</h1>{body}</article></body></html>')


@pytest.mark.parametrize("url, country", [
    ("https://home.treasury.gov/news/press-releases/jy1234", "USA"),
    ("https://www.example.com/news/2023/06/sanctions", None),
    ("https://www.example.tv/news/2023/06/sanctions", None),
])
def test_a_ministry_named_without_its_state_is_the_sites_state_by_its_domain(url, country):
    art = dossier.parse_article(_page(url), published="2023-06-01")
    actors = art.actors.set_index("name")
    assert actors.loc["Department of the Treasury", "country"] == country
    assert actors.loc["Rapid Support Forces", "country"] != "USA"     # a force the page names is not the site's


@pytest.mark.parametrize("url, code", [
    ("https://en.yna.co.kr/view/AEN2026", "KOR"), ("https://www.bbc.co.uk/news/world", "GBR"),
    ("https://www.state.gov/briefings/", "USA"), ("https://www.consilium.europa.eu/en/press/", None),
    ("https://tass.com/politics/1", None), ("/news/press-releases/tg1633", None), ("https://x.io/a", None),
])
def test_host_country_by_top_level_domain(url, code):
    from dossier.countries import host_country
    assert host_country(url) == code
