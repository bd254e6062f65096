"""Classes of wording found missing on blind probe 10 (and checked against probes 7-9), each with made-up
sentences: what must be read, and the same words where nothing may be."""
import dossier
import pytest

from test_attribution import names, parse, stances


def holders(got: set) -> set[str]:
    """Who holds any of the stances."""
    return {a for a, _, _ in got}


def assert_one_way(want: tuple[str, str, str], got: set) -> None:
    """The stance is read, and the same holder's opposite stance for the same period is not."""
    assert want in got
    assert (want[0], "support" if want[1] == "oppose" else "oppose", want[2]) not in got


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
    assert not holders(got) & {"Trump", "Biden"}


def test_an_administration_without_the_united_states_named_stays_nobody():
    got = stances("Back in 2011, the Obama administration froze the assets of Syrian officials under sanctions.")
    assert not holders(got) - {"Syria"}


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
    assert_one_way(want, stances(text))


def test_something_else_that_does_not_help_is_no_stance():
    got = stances("The EU imposed sanctions on Belarus on Monday. Hungary said the rain would not help the "
                  "harvest, and urged farmers to reverse the decline.")
    assert not holders(got) & {"Hungary"}


def test_it_after_a_thing_as_subject_is_that_thing():
    got = stances("The EU adopted a new package of sanctions on Russia on Friday. The package introduces a lower cap "
                  "on Russian crude than the level the Group of Seven agreed. It also blacklists 105 more tankers.")
    assert ("European Union", "support", "current") in got or ("EU", "support", "current") in got
    assert not holders(got) & {"Group of Seven"}


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
    assert not holders(stances(text)) & {actor}


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


# --- classes read from blind probe 11's report (not blind after it)

def test_an_official_is_not_of_another_states_ministry_of_the_same_portfolio():
    art = parse("SYDNEY, Nov 18 (Reuters) - Australia on Tuesday froze the assets of five Iranian individuals. "
                'Foreign Minister Penny Wong said the designations targeted "the people keeping the war supplied," '
                "adding that Australia would keep working with partners. Iran's foreign ministry spokesman Esmaeil "
                "Baghaei condemned the move. Opposition foreign affairs spokesperson Michaelia Cash said the "
                "measures were welcome.")
    country = dict(zip(art.actors["name"], art.actors["country"]))
    assert country["Penny Wong"] == "AUS"            # the state her sentence follows, named again in her words
    assert country["Esmaeil Baghaei"] == "IRN"
    assert country["Michaelia Cash"] != "IRN"        # an opposition spokesperson holds no office of a state


def test_a_ministry_s_official_takes_its_state_when_nothing_says_otherwise():
    art = parse("The U.S. Treasury Department on Monday designated two banks under sanctions, officials said. "
                "Treasury Secretary Scott Bessent said the banks had helped Iran.")
    assert dict(zip(art.actors["name"], art.actors["country"]))["Scott Bessent"] == "USA"


def test_a_generic_stand_in_three_sentences_after_sanctions_named_by_their_kinds():
    text = ("Australia on Tuesday froze the assets of five Iranian individuals and imposed travel bans on them. "
            'Foreign Minister Penny Wong said the designations targeted "the people keeping the war supplied". '
            "Among those listed were two firms. Iran's foreign ministry spokesman Esmaeil Baghaei condemned the move "
            'as "an unlawful and hostile act," according to the Tasnim news agency.')
    got = stances(text)
    assert {("Esmaeil Baghaei", "oppose", "current"), ("Iran", "oppose", "current")} <= got


def test_a_generic_stand_in_far_from_any_sanctions_is_still_nothing():
    text = ("Australia imposed sanctions on Iran on Tuesday. The weather was mild. The harbour was busy. Ferries ran "
            "late. The council condemned the move to close the beach on Sunday.")
    assert stances(text) == {("Australia", "support", "current")}


def test_a_resolution_calling_for_an_end_to_sanctions_is_opposition_whoever_backs_it_later():
    text = ("The U.N. General Assembly on Wednesday adopted a resolution calling for an end to the U.S. embargo on "
            "Cuba. "
            "Cuba's foreign minister said the embargo was an act of economic warfare. "
            "For three decades Argentina had backed the annual resolution alongside the rest of Latin America.")
    got = stances(text, published="2025-10-29")
    assert ("Argentina", "oppose", "past") in got
    assert ("Argentina", "support", "past") not in got


@pytest.mark.parametrize("text, want", [
    ("The EU renewed the embargo on Friday. The African Union has lobbied against the embargo for years.",
     ("African Union", "oppose", "current")),           # a present perfect for years still holds
    ("The EU renewed the embargo on Friday. The African Union had lobbied against the embargo for years.",
     ("African Union", "oppose", "past")),              # a past perfect for years does not
    ("The EU renewed the embargo on Friday. The African Union opposed the embargo for decades before the war.",
     ("African Union", "oppose", "past")),
])
def test_a_stance_held_for_years_is_current_only_while_it_runs_up_to_now(text, want):
    got = stances(text)
    assert want in got
    assert (want[0], want[1], "past" if want[2] == "current" else "current") not in got


@pytest.mark.parametrize("text, want", [
    ("The UN Security Council has renewed its arms embargo on South Sudan for another year, despite objections "
     "from the government in Juba.", ("South Sudan", "oppose", "current")),
    ("The EU imposed sanctions on Chinese firms on Monday over Chinese protests.", ("China", "oppose", "current")),
])
def test_sanctions_imposed_despite_someones_objections(text, want):
    assert want in stances(text)


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Russia on Monday despite concerns about the weather.",
    "The EU imposed sanctions on Russia over its invasion of Ukraine.",
])
def test_despite_or_over_something_that_is_no_ones_objection_is_no_stance(text):
    got = stances(text)
    assert holders(got) == {"EU"}


@pytest.mark.parametrize("text, want", [
    ("The UN renewed its arms embargo on South Sudan on Friday. South Sudan's envoy, Cecilia Adeng, said the measures "
     "punished a sovereign government for trying to protect its people.", ("South Sudan", "oppose", "current")),
    ("The US imposed sanctions on Iran on Friday. US envoy John Smith said the measures punished a government that "
     "sponsors terror.", ("John Smith", "support", "current")),
])
def test_sanctions_said_to_punish_a_government_by_whose_side_says_it(text, want):
    assert_one_way(want, stances(text))


@pytest.mark.parametrize("text, want", [
    ("Australia imposed sanctions on Iranian drone makers on Tuesday. Ukraine's ambassador to Australia, Vasyl "
     "Myroshnychenko, thanked Canberra in a post on X.", ("Vasyl Myroshnychenko", "support", "current")),
    ("Britain froze the assets of three Russian banks on Monday. Kyiv praised London on Tuesday.",
     ("Ukraine", "support", "current")),
])
def test_thanking_or_praising_a_party_that_has_just_imposed_sanctions(text, want):
    assert want in stances(text)


@pytest.mark.parametrize("text", [
    "Australia imposed sanctions on Iranian drone makers on Tuesday. The visiting minister thanked Canberra for its "
    "hospitality.",
    "Australia hosted the talks on Tuesday. The minister thanked Canberra in a post on X.",
])
def test_thanks_for_something_else_or_to_no_imposer_is_no_stance(text):
    assert not holders(stances(text)) - {"Australia"}


@pytest.mark.parametrize("text, want", [
    ("The US added 12 Chinese firms to its entity list on Monday. China's Ministry of Commerce placed 11 U.S. "
     "companies on its export control list in response.", ("China", "support", "current")),
    ("The Commission proposed a ban on Russian LNG on Monday. Germany has thrown its weight behind the proposal.",
     ("Germany", "support", "current")),
    ("The G7 agreed a price cap on Russian oil. India has refused to join the cap.", ("India", "oppose", "current")),
    ("The EU imposed sanctions on Russia on Monday. Sen. Lindsey Graham has for months pushed for a bill that would "
     "impose secondary sanctions on buyers of Russian oil.", ("Lindsey Graham", "support", "current")),
    ("The EU imposed sanctions on Iran on Monday. Tehran said it would retaliate.", ("Iran", "oppose", "current")),
    ('The EU imposed sanctions on Iran on Monday. Tehran vowed a "firm response".', ("Iran", "oppose", "current")),
])
def test_lists_goods_bills_caps_and_retaliation(text, want):
    assert_one_way(want, stances(text))


@pytest.mark.parametrize("text", [
    "India imposed a ban on rice exports on Monday.",
    "The EU imposed sanctions on Iran on Monday. France said it would retaliate against the tariffs.",
    "The EU imposed sanctions on Iran on Monday. Israel vowed a firm response to the attack.",
])
def test_own_export_bans_and_other_retaliation_are_no_stance(text):
    assert not holders(stances(text)) - {"EU"}


def test_goods_a_demonym_names_are_no_body():
    art = parse("The Commission proposed a ban on Russian LNG on Monday.")
    assert "Russia" in set(art.actors["name"])
    assert not {n for n in art.actors["name"] if "LNG" in n}


def test_a_court_freezing_someones_assets_is_no_sanction():
    text = ("A Brazilian judge on Wednesday froze the assets of pop star Lucas Vieira. His lawyer called the measures "
            '"disproportionate and humiliating".')
    art = parse(text)
    assert art.positions.empty and not (art.events["kind"] == "sanction").any()
    assert ("United Kingdom", "support", "current") in stances("Britain on Wednesday froze the assets of three "
                                                               "Russian banks.")


def test_words_a_colon_introduces_are_the_clause_subjects():
    art = parse("Australia imposed sanctions on Iranian drone makers on Tuesday. Ukraine's ambassador to Australia, "
                'Vasyl Myroshnychenko, thanked Canberra in a post on X: "Every drone engine that does not reach Russia '
                'saves Ukrainian lives."')
    assert list(art.quotes["speaker_id"].map(names(art))) == ["Vasyl Myroshnychenko"]


def test_a_colon_after_a_thing_gives_no_speaker_of_its_own():
    art = parse('The minister said on Monday: "We will act." The report listed the demands: "Stop the attacks and '
                'free the hostages."')
    assert "report" not in set(art.quotes["speaker"].dropna())


# --- classes read from blind probe 12's report (not blind after it)

@pytest.mark.parametrize("text, want", [
    ("Japan and South Korea on Friday added four North Korean nationals and two companies registered in Shenyang "
     "to their sanctions lists.", {("Japan", "support", "current"), ("South Korea", "support", "current")}),
    ("West Africa's regional bloc ECOWAS has lifted the remaining travel bans and asset freezes on officials of the "
     "military governments of Mali, Burkina Faso and Niger.", {("ECOWAS", "oppose", "current")}),
])
def test_a_list_the_parse_hung_on_a_participle_and_an_acronym_after_its_kind(text, want):
    assert want <= stances(text)


@pytest.mark.parametrize("text", [
    "Westpac chief executive Anthony Miller said the bank accepted the court's sanction and apologised to customers.",
    "The player accepted a sanction from the tribunal on Monday and apologised to the club.",
])
def test_a_courts_penalty_is_no_sanctions(text):
    assert stances(text) == set()


def test_a_court_based_in_a_country_is_not_that_country():
    art = parse('The EU imposed sanctions on Russian oligarchs in 2022. The Luxembourg-based court said the Council '
                'had relied on "outdated press articles" when it renewed the listing.')
    assert len(art.quotes) and "Luxembourg" not in set(art.quotes["speaker_id"].map(names(art)).dropna())


def test_a_sanctions_name_the_parse_split_is_read_from_its_argument():
    got = stances("The Treasury sanctioned the network on Friday. Today's action was taken in coordination with the "
                  "United Kingdom, which on Thursday imposed parallel asset freezes on six of the same targets.")
    assert ("United Kingdom", "support", "current") in got


@pytest.mark.parametrize("text, actor", [
    ("Nottingham Forest have been banned from registering new players by FIFA. The club confirmed it would challenge "
     "the sanction at the Court of Arbitration for Sport. The Football Tribunal has issued more than 20 such bans "
     "this year, most of them to clubs in Eastern Europe.", "Football Tribunal"),
])
def test_bans_a_tribunal_hands_down_are_no_sanctions(text, actor):
    assert not holders(stances(text)) & {actor}


def test_bans_a_state_or_bloc_issues_still_are():
    got = stances("The EU imposed sanctions on Russia on Monday. The bloc also issued new bans on Russian steel.")
    assert ("EU", "support", "current") in got


@pytest.mark.parametrize("text, want", [
    # a two-word name of sanctions whose second word the parse took for a verb of the first ('asset freezes')
    ("Britain announced asset freezes and travel bans against 12 Russian oligarchs on Tuesday.",
     ("United Kingdom", "support", "current")),
    ("Australia unveiled travel bans and arms embargoes on Myanmar's generals on Friday.",
     ("Australia", "support", "current")),
])
def test_a_sanctions_name_read_as_a_subject_and_its_verb(text, want):
    assert_one_way(want, stances(text))


def test_a_subject_and_its_verb_stay_a_clause():
    art = parse("The company said its export controls system works well. The asset freezes quickly in cold weather, "
                "engineers said.")
    assert art.positions.empty


@pytest.mark.parametrize("text, want", [
    # freezing an amount of a party's assets ('$300 billion of Russian central bank assets')
    ("The United States and its allies have frozen about $300 billion of Russian central bank assets.",
     ("United States", "support", "current")),
    ("Britain froze $5 billion in Russian assets on Monday.", ("United Kingdom", "support", "current")),
])
def test_freezing_an_amount_of_assets(text, want):
    assert want in stances(text)


def test_an_amount_of_assets_not_frozen_is_no_sanctions():
    assert stances("Norway's fund grew by $5 billion in assets last year, Norway's central bank said.") == set()


@pytest.mark.parametrize("text, want", [
    # a participle after a comma tells a further act of the subject, with its own stance
    ("Canada followed suit on Tuesday, blacklisting three Chinese firms accused of supplying drones to Russia.",
     ("Canada", "support", "current")),
    ("Canada acted on Tuesday, freezing the assets of three Russian banks.", ("Canada", "support", "current")),
    ("The EU moved quickly against Russia, imposing sanctions on its banks.", ("EU", "support", "current")),
])
def test_a_trailing_participle_holds_its_own_stance(text, want):
    got = stances(text)
    assert_one_way(want, got)


def test_a_trailing_participle_of_another_act_is_no_stance():
    got = stances("Canada imposed sanctions on Russia on Monday. Japan acted on Tuesday, sending aid to Ukraine.")
    assert "Japan" not in holders(got)


@pytest.mark.parametrize("text, want", [
    # targeting a party or good 'in' a sanctions package or round
    ("Lithuania wants the bloc to target Russian liquefied natural gas in its next sanctions package.",
     ("Lithuania", "support", "current")),
    ("The EU will hit Russian banks in its new sanctions package, officials said.", ("EU", "support", "current")),
])
def test_targeting_in_a_sanctions_package(text, want):
    assert want in stances(text)


@pytest.mark.parametrize("text, want", [
    # a verb's idiom word is no object of its own ('take part in the sanctions')
    ("Turkish President Recep Tayyip Erdogan said Ankara would not take part in the sanctions against Moscow.",
     ("Turkey", "oppose", "current")),
    ("Japan took part in the sanctions against Moscow on Monday.", ("Japan", "support", "current")),
    # a conjunct shares the modal of the verb it is coordinated with ('should go further and ban')
    ("Polish Prime Minister Donald Tusk said the EU should go further and ban Russian gas imports.",
     ("Donald Tusk", "support", "current")),
    # a state's media speak for it ('media' is no plural of 'medium')
    ("North Korea's state media slammed the new U.S. sanctions as a provocation.", ("North Korea", "oppose", "current")),
    ("Iranian state media slammed the new U.S. sanctions as a provocation.", ("Iran", "oppose", "current")),
    # accusing someone of a sanctions act is opposing it; using sanctions is backing them
    ("Chinese foreign ministry spokesperson Mao Ning accused Washington of using sanctions as a weapon.",
     ("Mao Ning", "oppose", "current")),
    ("Chinese foreign ministry spokesperson Mao Ning accused Washington of using sanctions as a weapon.",
     ("United States", "support", "current")),
    # sanctions as the means: 'through', 'via', or 'with' after a verb of pressing
    ("Japanese Prime Minister Fumio Kishida pledged to keep up the pressure on Russia through sanctions.",
     ("Fumio Kishida", "support", "current")),
    ("Japan will punish Russia with sanctions, Prime Minister Fumio Kishida said.", ("Japan", "support", "current")),
])
def test_stances_through_idioms_shared_modals_media_accusations_and_means(text, want):
    assert_one_way(want, stances(text))


@pytest.mark.parametrize("text", [
    "Iran has struggled with sanctions for years, economists say.",
    "Iran has survived through sanctions for years, economists say.",
    "The new sanctions were reported by state media on Monday, and the media covered them widely.",
    "Prosecutors accused the firm of evading the sanctions on Monday.",
])
def test_sanctions_beside_such_words_with_no_stance_of_the_subject(text):
    got = stances(text)
    assert not holders(got) & {"Iran"} and ("firm", "support", "current") not in got


def test_an_act_after_an_accusation_is_not_what_is_charged():
    got = stances("The EU imposed sanctions on Iran on Monday. Pompeo responded with an attack on Britain, France and "
                  "Germany, accusing them of siding with Iran's ayatollahs, before announcing the snapback of UN "
                  "sanctions.")
    assert not {("Pompeo", "oppose", "current"), ("United States", "oppose", "current")} & got


def test_we_declared_by_an_appositive_is_every_member_named():
    got = stances("We, the leaders of the European Commission, France, Germany and the United States, condemn the "
                  "invasion.\n\nThis week we imposed severe sanctions on key Russian banks.")
    assert {("European Commission", "support", "current"), ("France", "support", "current"),
            ("Germany", "support", "current"), ("United States", "support", "current")} <= got


def test_a_later_we_does_not_declare_who_we_are():
    got = stances("The United States imposed sanctions on Russian banks on Monday, the Treasury said. We will keep "
                  "the pressure on, officials said.\n\nLater, we, the people of Canada, watched the news.")
    assert "Canada" not in holders(got)


@pytest.mark.parametrize("text, want", [
    # a feeling about what a that-clause says happened to sanctions
    ("Sudan activist Eric Reeves said he was appalled that the American government was lifting sanctions on "
     "Khartoum.", ("Eric Reeves", "support", "current")),
    ("Ukrainian President Volodymyr Zelensky said he was disappointed that Hungary had blocked the new sanctions.",
     ("Volodymyr Zelensky", "support", "current")),
    ("Ukrainian Foreign Minister Dmytro Kuleba said he was pleased that the EU had adopted new sanctions on Russia.",
     ("Dmytro Kuleba", "support", "current")),
    ("Hungarian Prime Minister Viktor Orban said he was glad the sanctions on Russian energy were lifted.",
     ("Viktor Orban", "oppose", "current")),
])
def test_a_feeling_about_what_happened_to_sanctions(text, want):
    assert_one_way(want, stances(text))


def test_a_feeling_about_something_else_is_no_stance():
    got = stances("The EU imposed sanctions on Russia on Monday. Ukrainian President Volodymyr Zelensky said he was "
                  "pleased that the talks had gone well.")
    assert "Volodymyr Zelensky" not in holders(got)


def test_a_paragraph_opening_with_a_pronoun_goes_on_with_the_dated_story_before_it():
    got = stances("President Donald Trump withdrew from the nuclear deal in 2018.\n\nHe also renewed and strengthened "
                  "Washington's own sanctions on Iran.", published="2024-03-05")
    assert ("Donald Trump", "support", "past") in got and ("Donald Trump", "support", "current") not in got


@pytest.mark.parametrize("text", [
    # a named subject opens a new story; a date in between moves the story on
    "President Donald Trump withdrew from the nuclear deal in 2018.\n\nPresident Joe Biden strengthened the "
    "sanctions on Iran.",
    "President Donald Trump withdrew from the nuclear deal in 2018.\n\nIran said on Monday it would not talk. He then "
    "strengthened the sanctions on Iran.",
])
def test_a_new_paragraph_without_a_pronoun_or_after_a_new_date_is_not_that_story(text):
    got = stances(text, published="2024-03-05")
    assert not {p for _, _, p in got} & {"past"}


@pytest.mark.parametrize("text, published, want", [
    # 'After' a parse took for a preposition still opens a dated clause of what came before
    ("After rebels in Darfur staged an uprising in 2003, the United States imposed a new round of sanctions on Sudan.",
     "2017-01-13", ("United States", "support", "past")),
    # a statement dated by the participle on its noun dates what was said in it; 'those responsible' are a party
    ("Britain said in a statement issued on August 17 that it would work with its partners to sanction those "
     "responsible.", "2020-09-29", ("United Kingdom", "support", "past")),
])
def test_more_wordings_of_a_dated_past(text, published, want):
    assert_one_way(want, stances(text, published=published))


def test_a_statement_issued_days_ago_is_current():
    got = stances("Britain said in a statement issued on Monday that it would work with its partners to sanction "
                  "those responsible.", published="2020-09-29")
    assert ("United Kingdom", "support", "current") in got


def test_sanctioning_those_of_no_wrong_is_no_stance():
    assert stances("The council sanctioned those plans for a new stadium on Monday, officials said.") == set()


@pytest.mark.parametrize("text, want", [
    # saying someone lacks the right or authority to act on sanctions takes the other side
    ("Washington announced the snapback of UN sanctions on Iran on Saturday. Russia said the US lacked the legal "
     "authority to trigger the snapback.", ("Russia", "oppose", "current")),
    ("Washington imposed new sanctions on Caracas on Monday. Venezuela said the US had no right to impose sanctions "
     "on a sovereign nation.", ("Venezuela", "oppose", "current")),
])
def test_denying_someone_the_right_to_act_on_sanctions(text, want):
    assert_one_way(want, stances(text))


def test_granting_the_right_to_act_on_sanctions_is_no_stance_of_the_speaker():
    got = stances("Washington imposed new sanctions on Caracas on Monday. Analysts said the US had the authority to "
                  "impose sanctions on any state.")
    assert "Analysts" not in holders(got) and not {a for a, s, _ in got if s == "oppose"}


@pytest.mark.parametrize("text, partners", [
    # those who act with the agent share the stance: 'together with' on the subject, 'jointly with' beside the
    # verb, 'in concert with' as two phrases, 'partners, including A and B', a passive with no agent
    ("The European Union, together with Norway and Switzerland, imposed sanctions on Russian banks on Monday.",
     {"Norway", "Switzerland"}),
    ("The sanctions were imposed jointly with Britain and Canada, the State Department said on Monday.",
     {"United Kingdom", "Canada"}),
    ("The United States acted in concert with its G7 partners, including Japan and Germany, to sanction Russian "
     "banks.", {"Japan", "Germany"}),
])
def test_partners_in_an_act_of_sanctioning_share_the_stance(text, partners):
    got = stances(text)
    assert {(p, "support", "current") for p in partners} <= got


def test_those_met_after_an_act_of_sanctioning_are_no_partners():
    got = stances("The U.S. Treasury sanctioned six Iranian firms on Monday, and officials met with Japan and "
                  "Germany together with other partners on Tuesday.")
    assert not holders(got) & {"Japan", "Germany"}


@pytest.mark.parametrize("text, org", [
    # a person heading or speaking for an organisation gives it the same stance
    ("The EU expanded sanctions on Iran on Monday. Maryam Rajavi, president-elect of the Iranian Resistance, an "
     "organisation seeking to oust the regime, welcomed the decision to expand sanctions.", "Iranian Resistance"),
    ("The EU expanded sanctions on Iran on Monday. John Roe, chairman of Acme Holdings, backed the sanctions.",
     "Acme Holdings"),
])
def test_a_person_heading_an_organisation_speaks_for_it(text, org):
    assert (org, "support", "current") in stances(text)


def test_a_person_merely_at_an_organisation_does_not_speak_for_it():
    got = stances("The EU expanded sanctions on Iran on Monday. John Roe, a visiting fellow at Acme Holdings, backed "
                  "the sanctions.")
    assert "Acme Holdings" not in holders(got)
