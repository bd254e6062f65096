"""The attribution layer, one class of phrasing per test, on made-up sentences: who a phrase names (who.py),
how a sentence reads into clauses (clauses.py), and the positions, events and nationalities read from them.
Each rule has sentences it must read and sentences it must not."""
from __future__ import annotations

import pandas as pd
import pytest

import dossier

PAD = ("\n\nThe talks in the capital were described by officials as long and difficult by all accounts. The session "
       "was attended by delegates and lasted most of the afternoon. Reporters waited outside the building for "
       "several hours before the delegations left without comment.")


def parse(text: str, published: str = "2022-02-09"):
    return dossier.parse_article(text + PAD, published=published)


def names(art) -> dict:
    return dict(zip(art.actors["actor_id"], art.actors["name"]))


def clause(art, predicate: str) -> dict:
    rows = art.clauses[art.clauses["predicate"] == predicate]
    assert len(rows) >= 1, f"no clause on {predicate!r}: {list(art.clauses['predicate'])}"
    row = rows.iloc[0].to_dict()
    row["agents"] = {names(art)[a] for a in row["agent_ids"]}
    return row


def stances(text: str, published: str = "2022-02-09") -> set[tuple[str, str, str]]:
    art = parse(text, published)
    n = names(art)
    return {(n[a], s, p) for a, s, p in zip(art.positions["actor_id"], art.positions["stance"],
                                             art.positions["period"])}


def events(text: str, kind: str, published: str = "2022-02-09") -> list[tuple[set, str | None]]:
    art = parse(text, published)
    n = names(art)
    return [({n[p] for p in r.participants}, r.date) for r in art.events.itertuples() if r.kind == kind]


# ------------------------------------------------------------------------------------------------ who

@pytest.mark.parametrize("text, predicate, agents", [
    # coordinations: every member; a member a parse hung on another name as a modifier
    ("The United States and the European Union imposed sanctions on Iran on Monday.", "imposed",
     {"United States", "European Union"}),
    ("During a phone call on Wednesday, Japanese Prime Minister Fumio Kishida and South Korean President Yoon "
     "Suk Yeol agreed to strengthen ties.", "agreed", {"Fumio Kishida", "Yoon Suk Yeol"}),
    # plural 'they': every member of the last coordinated subject
    ("Norway and Sweden signed a trade deal on Monday. They also agreed to hold talks on fishing.", "agreed",
     {"Norway", "Sweden"}),
    # first person inside a quotation: whoever says it (and the state an official speaks for)
    ("\u201cWe will not accept these demands,\u201d Russian Foreign Minister Sergei Lavrov said on Monday.",
     "accept", {"Sergei Lavrov", "Russia"}),
    # offices and documents: 'a spokesperson for X', 'a joint statement by A, B and C'
    ("A spokesperson for German Chancellor Olaf Scholz said on Monday that Berlin would send more aid.", "said",
     {"Olaf Scholz"}),
    ("A joint statement by France, Germany and Italy on Monday called for a ceasefire in the region.", "called",
     {"France", "Germany", "Italy"}),
    # a gathering acts through those who gather
    ("A meeting of European Union foreign ministers on Monday imposed new restrictive measures on Iran.",
     "imposed", {"European Union"}),
    # relative pronouns: a name just before 'who' rather than an institution inside the phrase
    ("Peter Mwangi, the Kenyan envoy to the United Nations, who arrived on Monday, criticised the plan.", "arrived",
     {"Peter Mwangi"}),
    # people named by where they work: 'officials at X', 'an official with X'
    ("Officials at the Kremlin said on Monday that they rejected the proposal.", "rejected", {"Kremlin"}),
    ("An official with the European Commission said on Monday that the plan was ready.", "said",
     {"European Commission"}),
])
def test_who_an_agent_is(text, predicate, agents):
    assert clause(parse(text), predicate)["agents"] == agents


def test_administration_officials_are_the_state_not_the_leader():
    art = parse("U.S. President Donald Trump spoke in Ohio on Monday. Trump administration officials later met "
                "Chinese diplomats in Geneva.")
    assert clause(art, "met")["agents"] == {"United States"}


@pytest.mark.parametrize("text, predicate", [
    ("The outcome surprised Norwegian diplomats on Monday, officials said.", "surprised"),   # a thing acts for nobody
    ("The sanctions forced the sale of the company's assets on Monday, Norwegian officials said.", "forced"),
])
def test_a_common_noun_is_no_agent(text, predicate):
    assert clause(parse(text), predicate)["agent_ids"] == []


def test_an_unnamed_government_is_looked_for_without_end():
    art = parse("The government of Norway announced new trade rules on Monday after months of talks.\n\nA spokesman "
                "for the government said the sanctions would stay in place until an agreement is signed.")
    assert clause(art, "said")["agents"] <= {"Norway"}           # resolved or not, but never a recursion


def test_we_outside_quotations_is_the_text_s_voice():
    art = parse("The United States imposed sanctions on Myanmar on Monday. The United States will continue to "
                "monitor the situation. We will continue to urge the government to release prisoners.")
    assert clause(art, "urge")["agents"] == {"United States"}


# ------------------------------------------------------------------------------------------------ clauses

@pytest.mark.parametrize("text, predicate, negated, mood", [
    ("Norway did not meet Sweden on Monday.", "meet", True, "real"),
    ("Norway will meet Sweden on Friday.", "meet", False, "future"),
    ("Norway would meet Sweden if asked, officials said on Monday.", "meet", False, "conditional"),
    ("Norway could meet Sweden next week, officials said on Monday.", "meet", False, "modal"),
    ("Norway plans to meet Sweden next week, officials said on Monday.", "meet", False, "intent"),
    ("Norway went on to meet Sweden on Monday.", "meet", False, "real"),
    ("The House voted on Tuesday to pass legislation to broaden sanctions on Iran.", "broaden", False, "intent"),
    ("Hungary will not support new sanctions on Russian oil, its minister said on Monday.", "support", True,
     "future"),
])
def test_how_real_a_clause_is(text, predicate, negated, mood):
    row = clause(parse(text), predicate)
    assert (row["negated"], row["mood"]) == (negated, mood)


def test_a_reported_clause_knows_its_reporter():
    art = parse("Norway's foreign minister Anna Berg said on Monday that Sweden should impose sanctions on Iran.")
    reported, reporter = clause(art, "impose"), clause(art, "said")
    assert reported["reported_by"] == reporter["clause_id"]


@pytest.mark.parametrize("text, predicate, date, period", [
    ("Norway imposed sanctions on Belarus in March 2021, officials said on Monday.", "imposed", "2021-03", "past"),
    # a past-tense sentence continues the dated narrative before it; 'the next day' moves it on
    ("Norway imposed sanctions on Belarus on March 3, 2021. The next day, Sweden froze the assets of three "
     "Belarusian banks.", "froze", "2021-03-04", "past"),
    # a date on a participle under the clause ('imposing ... for conducting a test in May 2009')
    ("Norway joined Sweden in imposing sanctions on Iran for conducting a nuclear test in May 2009, officials said.",
     "imposing", "2009-05", "past"),
    # not a date on what the clause intends ('agreed to meet next month')
    ("Norway agreed on Monday to meet Sweden next month.", "agreed", "2022-02-07", "current"),
])
def test_when_a_clause_happened(text, predicate, date, period):
    row = clause(parse(text), predicate)
    assert (row["date"], row["period"]) == (date, period)


def test_since_marks_the_past():
    row = clause(parse("Since Norway imposed sanctions on Iran, trade between them has fallen sharply."), "imposed")
    assert row["period"] == "past"


def test_then_marks_the_past():
    row = clause(parse("Then-President John Smith of Norway imposed sanctions on Iran, officials recalled."), "imposed")
    assert row["period"] == "past"


# ------------------------------------------------------------------------------------------------ positions

@pytest.mark.parametrize("text, want", [
    # verbs of backing, joining, leading, following
    ("Japan welcomed the new sanctions on North Korea on Monday.", ("Japan", "support", "current")),
    ("The United States imposed sanctions on Iran on Monday. Britain followed suit on Tuesday.",
     ("United Kingdom", "support", "current")),
    ("Poland took the lead in imposing sanctions on Belarus in 2021, officials recalled on Monday.",
     ("Poland", "support", "past")),
    # stances passed on through what a verb asks for, and turned round by refusing
    ("A Norwegian delegation on Tuesday urged Serbia to join the rest of Europe and impose sanctions against Russia.",
     ("Norway", "support", "current")),
    ("Turkey has refused to join Western sanctions against Russia, its foreign minister said on Monday.",
     ("Turkey", "oppose", "current")),
    ("India has not joined the sanctions against Russia, officials said on Monday.", ("India", "oppose", "current")),
    ("Canada will not support new sanctions on Iran, its prime minister said on Monday.",
     ("Canada", "oppose", "current")),
    # a noun of lifting between the verb and the sanctions turns the stance round
    ("Brazil backed the lifting of sanctions on Cuba on Monday.", ("Brazil", "oppose", "current")),
    # stance nouns, after a light verb or 'in'
    ("Russia voiced its opposition to new sanctions on Iran on Monday.", ("Russia", "oppose", "current")),
    ("Norway shipped oil to Syria in defiance of the sanctions on Monday, officials said.",
     ("Norway", "oppose", "current")),
    # evaluations belong to whoever makes them
    ("China has called the sanctions on Iran illegal.", ("China", "oppose", "current")),
    ("Serbia's president has said that imposing sanctions against Moscow would be disastrous for Serbia.",
     ("Serbia", "oppose", "current")),
    ("Spain said on Monday that the sanctions on Iran do not work and hurt ordinary people.",
     ("Spain", "oppose", "current")),
    # 'should' in someone's words is theirs
    ("Senator John Smith said on Monday that Serbia should impose sanctions on Russia.",
     ("John Smith", "support", "current")),
    # enforcing the law on a violation of sanctions is enforcing the sanctions
    ("Canadian police on Monday charged the owner of a Toronto company with violating sanctions on Russia.",
     ("Canada", "support", "current")),
    # roles, partners and owners of sanctions lists
    ("Representative Ed Royce of Norway, an author of the sanctions bill, spoke on Monday.",
     ("Ed Royce", "support", "current")),
    ("The U.S. Treasury, in coordination with the European Union and Canada, imposed sanctions on Belarus on "
     "Monday.", ("Canada", "support", "current")),
    ("Anyone who joins the assembly could face sanctions, Norwegian Foreign Minister Anna Berg said on Monday.",
     ("Anna Berg", "support", "current")),
    ("“The sanctions are working,” Norwegian Foreign Minister Anna Berg said on Monday.",
     ("Anna Berg", "support", "current")),
    ("Norwegian Foreign Minister Anna Berg stressed the need for tougher sanctions on Russia on Monday.",
     ("Anna Berg", "support", "current")),
    # refusing to refuse: 'will not hesitate to impose'
    ("“We will not hesitate to impose additional sanctions on Russia,” Norwegian Foreign Minister Anna Berg "
     "said on Monday.", ("Anna Berg", "support", "current")),
    # a stand-in marked by its date ("today's action")
    ("Norway imposed sanctions on Iran last year. “Today's action targets the regime's leaders,” Norwegian "
     "Foreign Minister Anna Berg said on Monday.", ("Anna Berg", "support", "current")),
    # a verb of speaking made a stance by its adverb
    ("The foreign ministers of Germany spoke positively about the sanctions on Iran on Monday.",
     ("Germany", "support", "current")),
])
def test_positions_by_class_of_phrasing(text, want):
    assert want in stances(text)


def test_the_speakers_evaluation_makes_the_imposer_a_supporter():
    got = stances("Iran's foreign ministry on Monday condemned the illegal U.S. sanctions, calling them "
                  "economic terrorism.")
    assert ("Iran", "oppose", "current") in got and ("United States", "support", "current") in got


@pytest.mark.parametrize("text, actor", [
    # the target of 'Iran sanctions' does not support them
    ("Spain said on Monday that Iran sanctions do not work and hurt ordinary people.", "Iran"),
    # no stance from a negated or hypothetical clause, nor from a bare 'did not impose'
    ("Japan did not threaten new sanctions against Myanmar, officials said on Monday.", "Japan"),
    ("If Italy imposes sanctions on Libya, the talks will collapse, officials said on Monday.", "Italy"),
    ("France did not impose sanctions on Mali on Monday, officials said.", "France"),
    # expecting someone to act is no stance ('expects the government to implement measures')
    ("Sanctions on Burma remain. Norway expects the Burmese government to implement measures that increase "
     "development, officials said on Monday.", "Norway"),
    # a verb hung on the sanctions through an unrelated noun ('remove any reference to it in the sanctions')
    ("Norway agreed on Monday to remove any reference to the plant in the first set of sanctions on Iran.", "Norway"),
    # a reason is no theme: blocking channels because of sanctions is complying with them, not opposing them
    ("Eutelsat blocked the Iranian channels on Monday because of the sanctions on Iran, officials said.", "Eutelsat"),
])
def test_no_position(text, actor):
    assert not {s for s in stances(text) if s[0] == actor and s[1] == "oppose"}
    if actor in ("Iran", "Japan", "Italy", "France", "Norway"):
        assert not {s for s in stances(text) if s[0] == actor}


# ------------------------------------------------------------------------------------------------ events

@pytest.mark.parametrize("text, participants, date", [
    ("Foreign Minister Sergei Lavrov held talks with his Turkish counterpart Mevlut Cavusoglu in Ankara on Tuesday.",
     {"Sergei Lavrov", "Mevlut Cavusoglu"}, "2022-02-08"),
    ("U.S. President Joe Biden spoke by phone with French President Emmanuel Macron on Monday, the White House said.",
     {"Joe Biden", "Emmanuel Macron"}, "2022-02-07"),
    ("German Chancellor Olaf Scholz hosted Ukrainian President Volodymyr Zelensky in Berlin on Thursday.",
     {"Olaf Scholz", "Volodymyr Zelensky"}, "2022-02-03"),
    ("During a phone call on Wednesday, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk "
     "Yeol agreed to strengthen ties.", {"Fumio Kishida", "Yoon Suk Yeol"}, "2022-02-09"),
    # a round of talks, with a state that brokered them; taking part in talks that brought no breakthrough
    ("Ukraine and Russia concluded a second round of U.S.-brokered talks in Abu Dhabi on Thursday, a U.S. "
     "official said.",
     {"Ukraine", "Russia", "United States"}, "2022-02-03"),
    ("U.S., Russian and Ukrainian officials have not made a breakthrough in talks in Geneva since January.",
     {"United States", "Russia", "Ukraine"}, None),
    # standing beside someone; an undated meeting told in the plain past of the story is the day's news
    ("Speaking alongside Polish Prime Minister Donald Tusk in Warsaw, Ukrainian President Volodymyr Zelenskiy "
     "said the talks had covered the main differences.", {"Volodymyr Zelenskiy", "Donald Tusk"}, None),
    ("\n\nMarkets were calm.\n\nAfter his talks with Polish Prime Minister Donald Tusk, Ukrainian President "
     "Volodymyr Zelenskiy repeated his pleas for air-defence missiles.",
     {"Volodymyr Zelenskiy", "Donald Tusk"}, "2022-02-09"),
])
def test_meetings_under_every_wording(text, participants, date):
    found = events(text, "meeting")
    assert any(p == participants and (date is None or d == date) for p, d in found), found


def test_a_meeting_has_its_plover_mode():
    art = parse("U.S. President Joe Biden spoke by phone with French President Emmanuel Macron on Monday.")
    row = art.events[art.events["kind"] == "meeting"].iloc[0]
    assert (row["plover"], row["mode"], row["cameo"]) == ("CONSULT", "phone", "040")


@pytest.mark.parametrize("text, participants, date", [
    ("The U.S. Treasury Department on Tuesday sanctioned five Iranian officials over the crackdown on protesters.",
     {"Iran"}, "2022-02-08"),
    ("Washington slapped sanctions on Russia's two largest oil companies, Rosneft and Lukoil, in October.",
     {"Russia"}, "2021-10"),
    # a participle of imposing dates the sanctions it names
    ("The EU's 14th package of sanctions against Russia, adopted in June, targets liquefied natural gas.",
     {"Russia"}, "2021-06"),
    # a verb of designating means sanctions anywhere in an article that names them
    ("Norway imposed sanctions on Iran in 2019. The measures were renewed last year. The talks stalled in the "
     "spring. The envoy resigned. Norway's finance ministry designated six Iranian firms on Monday.",
     {"Iran"}, "2022-02-07"),
    # a stand-in once sanctions are named; a present perfect is the news of the day
    ("Norway has named new sanctions on Belarus. The Council has adopted the new package against Belarus.",
     {"Belarus"}, "2022-02-09"),
])
def test_sanctions_under_every_wording(text, participants, date):
    found = events(text, "sanction")
    assert (participants, date) in found, found


@pytest.mark.parametrize("text", [
    "The House of Representatives voted on Tuesday to pass legislation to broaden sanctions on Iran.",
    "Hungary has blocked the new package of sanctions against Russia since Monday.",
    "Serbia's president has said that imposing sanctions against Moscow would be disastrous for Serbia.",
    "Officials said the administration would impose sanctions on Iranian companies if the talks fail.",
])
def test_no_sanction_event(text):
    assert events(text, "sanction") == []


def test_the_sanctioned_party_is_never_the_source():
    art = parse("Iran was sanctioned by Canada on Monday over its nuclear programme, officials said.")
    n = names(art)
    row = art.events[art.events["kind"] == "sanction"].iloc[0]
    assert n[row["target_id"]] == "Iran" and n.get(row["source_id"]) == "Canada"


def test_calling_something_illegal_is_no_phone_call():
    assert events("Iran on Monday condemned the U.S. sanctions, calling them economic terrorism.", "meeting") == []


# ------------------------------------------------------------------------------------------------ nationality

@pytest.mark.parametrize("text, name, country", [
    ("The talks included U.S. oil major ExxonMobil and others on Monday.", "ExxonMobil", "USA"),
    ("Bidders included Saudi Arabia's Midad Energy on Monday.", "Midad Energy", "SAU"),
    ("A partnership between Chevron and Texas-based Quantum Capital Group is in talks, officials said.",
     "Quantum Capital Group", "USA"),
    ("The Center for Strategic and International Studies, a Washington-based think tank, said on Monday that "
     "losses were high.", "Center for Strategic and International Studies", "USA"),
    ("The Central Bank of Iran was named in the report on Monday.", "Central Bank of Iran", "IRN"),
    ("\u201cWe made the case,\u201d said Senator Jeanne Shaheen (D-NH) on Monday.", "Jeanne Shaheen", "USA"),
])
def test_nationality_where_the_text_states_it(text, name, country):
    art = parse(text)
    row = art.actors[art.actors["name"] == name]
    assert len(row) == 1 and row.iloc[0]["country"] == country, art.actors[["name", "kind", "country"]]


def test_a_body_named_without_its_country_is_the_datelines():
    art = parse("WASHINGTON, Feb 8 (Reuters) - The Treasury Department extended the deadline on Tuesday, "
                "officials said.")
    row = art.actors[art.actors["name"].str.contains("Treasury")]
    assert list(row["country"]) == ["USA"]


def test_the_clauses_frame_keeps_its_columns_when_empty():
    from dossier.schema import COLUMNS, frame
    empty = frame("clauses")
    assert list(empty.columns) == list(COLUMNS["clauses"]) and empty.empty
    art = parse("Norway met Sweden in Oslo on Monday to discuss trade and fishing rights in the region.")
    assert list(art.clauses.columns[:len(COLUMNS["clauses"])]) == list(COLUMNS["clauses"])
    assert isinstance(art.clauses, pd.DataFrame)


# ------------------------------------------------------------------------------------------------ one actor, one name

def test_a_seat_of_government_is_one_actor_however_the_ner_tags_it():
    art = parse("The White House declined to comment on Monday. Officials at the White House said later that "
                "the White House would respond. A White House spokesman confirmed it.")
    rows = art.actors[art.actors["name"] == "White House"]
    assert len(rows) == 1 and rows.iloc[0]["kind"] == "organization" and rows.iloc[0]["country"] == "USA"


@pytest.mark.parametrize("text, short, long", [
    ("The European Union adopted new sanctions on Russia. The Council reaffirmed the Union's unwavering support "
     "for Ukraine.", "Union", "European Union"),
    ("The Council of the European Union adopted the package on Monday. In a statement, the Council said the "
     "measures target Russia.", "Council", "Council of the European Union"),
    ("The Department of the Treasury designated six firms. The Treasury said more would follow.", "Treasury",
     "Department of the Treasury"),
])
def test_a_short_form_of_one_longer_name_is_that_organisation(text, short, long):
    art = parse(text)
    assert short not in set(art.actors["name"])
    row = art.actors[art.actors["name"] == long].iloc[0]
    assert short in row["aliases"] and row["mentions"] == 2


def test_a_short_form_that_is_a_body_of_its_own_stays_apart():
    art = parse("The White House welcomed the bill on Monday. The House passed it by a wide margin on Tuesday.")
    assert {"White House", "House"} <= set(art.actors["name"])


def test_a_short_form_fitting_two_longer_names_stays_apart():
    art = parse("The European Council met the Security Council envoy on Monday. The Council said it would act.")
    assert "Council" in set(art.actors["name"])


def test_a_country_named_after_an_official_is_not_theirs():
    art = parse("President Jonas Berg said on Monday that the violence was a betrayal of the Sudanese people.")
    assert art.actors.set_index("name").loc["Jonas Berg", "country"] != "SDN"


LEDE = ("Markets in the region were calm on Wednesday as traders waited for news from the capital.\n\n"
        "Industry groups said they expected little change in the coming weeks, according to a survey.\n\n")


@pytest.mark.parametrize("text", [
    LEDE + "Treasury Secretary Scott Bessent, who took part in talks with "
    "Russian envoy Kirill Dmitriev, said the sanctions would stay.",
    LEDE + "Ukrainian President Volodymyr Zelenskiy had met Polish Prime "
    "Minister Donald Tusk and said the talks covered the main differences.",
    LEDE + "After the previous round of talks with Russian envoy Kirill "
    "Dmitriev, Ukrainian President Volodymyr Zelenskiy repeated his pleas.",
])
def test_a_meeting_set_back_in_time_is_not_the_days_news(text):
    assert all(d != "2022-02-09" for _, d in events(text, "meeting")), events(text, "meeting")


# ------------------------------------------------------------------------------------------------ voices of imposers

IMPOSED = "The U.S. Treasury Department on Monday imposed sanctions on five Venezuelan officials. "


def test_an_official_of_the_imposing_state_quoted_on_the_action_supports_it():
    got = stances(IMPOSED + "\u201cToday\u2019s action holds accountable those who undermine democracy in Venezuela,"
                  "\u201d said Treasury Secretary Janet Yellen.")
    assert ("Janet Yellen", "support", "current") in got


@pytest.mark.parametrize("quote", [
    # an official of another state, quoted on the same action
    "\u201cThis action is an attack on our sovereignty and these sanctions will fail,\u201d said Venezuelan "
    "Foreign Minister Yvan Gil.",
    # an official of the imposing state who criticises them
    "\u201cThese sanctions are a mistake that will hurt ordinary people,\u201d said U.S. Senator Mark Dalton.",
])
def test_a_quote_on_the_action_is_no_support_from_others_or_critics(quote):
    got = stances(IMPOSED + quote)
    assert not {s for s in got if s[0] in ("Yvan Gil", "Mark Dalton") and s[1] == "support"}, got


def test_a_title_naming_a_body_gives_the_bodys_country_and_a_quoted_country_does_not():
    art = parse(IMPOSED + "\u201cToday\u2019s action holds accountable those who undermine democracy in "
                "Venezuela,\u201d said Treasury Secretary Janet Yellen.")
    assert art.actors.set_index("name").loc["Janet Yellen", "country"] == "USA"
    assert "Treasury" not in set(art.actors["name"])          # 'Treasury' in the title is the Treasury Department


# ------------------------------------------------------------------------------------------------ more classes

NAMED = "Western governments announced new sanctions this month. "


@pytest.mark.parametrize("text, expected", [
    # voting: the preposition says which way
    ("Brazil voted against the United Nations resolution imposing sanctions on North Korea.", ("Brazil", "oppose")),
    ("France voted in favour of the resolution to impose sanctions on Iran.", ("France", "support")),
    # a judgement in a relative clause: the copula's speaker, the naming verb's agent
    ("The sanctions, which Russia says are illegal, have hurt its economy.", ("Russia", "oppose")),
    ("The measures, which Iran has called unlawful, took effect on Monday.", ("Iran", "oppose")),
    ("The sanctions that Japan says are necessary will stay in place.", ("Japan", "support")),
    # a protest lodged, dissatisfaction expressed
    ("China on Monday lodged a protest with the United States over the sanctions on Chinese firms.",
     ("China", "oppose")),
    ("China expressed strong dissatisfaction with the sanctions on Monday.", ("China", "oppose")),
    # an infinitive on a noun of deciding belongs to the noun's owner; a passive subject is what is welcomed
    ("Britain's decision to impose sanctions on the oligarchs was welcomed by Ukraine.", ("United Kingdom", "support")),
    ("Britain's decision to impose sanctions on the oligarchs was welcomed by Ukraine.", ("Ukraine", "support")),
    ("The move by Britain to sanction the oligarchs was praised by Ukraine.", ("United Kingdom", "support")),
    # adding names to a sanctions list; mirroring another's sanctions
    ("Canada said on Monday it was adding 14 individuals to its sanctions list.", ("Canada", "support")),
    ("Norway said it would mirror the EU sanctions on Belarus.", ("Norway", "support")),
    # a judgement denied is turned round; a claim that sanctions change nothing
    ("\u201cSanctions are not the answer,\u201d said Brazilian Foreign Minister Mauro Vieira.", ("Mauro Vieira", "oppose")),
    ("Russian Foreign Minister Sergei Lavrov said the sanctions would not change Moscow's course.",
     ("Sergei Lavrov", "oppose")),
    # declared readiness; presenting a package
    ("Japan said on Monday that it was ready to impose sanctions on Russia.", ("Japan", "support")),
    ("European Commission President Ursula von der Leyen said the bloc would present a new package of sanctions.",
     ("Ursula von der Leyen", "support")),
    # evasion prevented or denied in a purpose is enforcement
    ("The European Union will act to prevent Russia from circumventing the sanctions.", ("European Union", "support")),
    ("Japan will work to ensure that Moscow does not evade the sanctions.", ("Japan", "support")),
    # speaking or acting against something opposes it, whatever the verb; against lifting them supports them
    ("Germany warned against new sanctions on Russia.", ("Germany", "oppose")),
    ("Hungary has argued against the sanctions.", ("Hungary", "oppose")),
    ("Italy cautioned against lifting the sanctions.", ("Italy", "support")),
    # reluctance turns round; an attitude said of the subject
    ("Slovakia has been reluctant to back the sanctions.", ("Slovakia", "oppose")),
    ("Austria remains skeptical of the sanctions.", ("Austria", "oppose")),
    ("Portugal is supportive of the sanctions.", ("Portugal", "support")),
    # the agent of a passive the parse hung on the sanctions noun
    ("Iran was hit with new sanctions by Britain on Monday.", ("United Kingdom", "support")),
])
def test_more_classes_of_stance(text, expected):
    got = stances(NAMED + text)
    assert expected + ("current",) in got, got


@pytest.mark.parametrize("text, actor", [
    # a vote on something else, and an abstention, are no stance
    ("Brazil voted against the proposal to build a new stadium in the capital.", "Brazil"),
    ("Thirteen members voted for the text, while China abstained on the sanctions.", "China"),
    # a relative clause that defines its noun is no judgement of sanctions
    ("The measures that Chile says are necessary to fight inflation were announced on Monday.", "Chile"),
    # readiness denied, and a claim that sanctions changed something is no opposition
    ("Japan said on Monday that it was not ready to impose sanctions on Russia.", "Japan"),
    ("Chile said the sanctions would change Moscow's course.", "Chile"),
    # the evader in a purpose clause is no enforcer
    ("Japan will work to ensure that Moscow does not evade the sanctions.", "Russia"),
    ("Italy cautioned against lifting the sanctions.", "Italy-oppose"),
])
def test_no_stance_from_these(text, actor):
    actor, _, stance = actor.partition("-")
    assert not {s for s in stances(NAMED + text) if s[0] == actor and (not stance or s[1] == stance)}


@pytest.mark.parametrize("text, full, short", [
    ("European Commission President Ursula von der Leyen spoke on Monday. Von der Leyen said the plan was ready.",
     "Ursula von der Leyen", "Von der Leyen"),
    ("Brazilian President Luiz Inacio Lula da Silva spoke on Monday. Da Silva said the plan was ready.",
     "Luiz Inacio Lula da Silva", "Da Silva"),
])
def test_a_name_with_particles_is_one_person(text, full, short):
    art = parse(text)
    row = art.actors[art.actors["name"] == full]
    assert len(row) == 1 and row.iloc[0]["kind"] == "person" and row.iloc[0]["mentions"] == 2
    assert short not in set(art.actors["name"])


@pytest.mark.parametrize("text, target, date", [
    # a party's trade cut; a ban on imports; parties added to a list; exports restricted to a state
    ("The Security Council on Monday adopted a resolution that cuts North Korea's oil imports by 30 percent.",
     "North Korea", "2022-02-07"),
    ("Canada announced on Tuesday a ban on imports of Russian steel.", "Russia", "2022-02-08"),
    ("The European Union on Friday added 20 Russian entities to its sanctions list.", "Russia", "2022-02-04"),
    ("Japan restricted exports of semiconductors to Russia on Tuesday.", "Russia", "2022-02-08"),
    ("The European Union imposed a ban on Russian oil imports earlier this month.", "Russia", "2022-02"),
    # a dated participle on sanctions whose target is the object of the sentence's verb
    ("The sanctions, imposed by the European Union in March, target Russian banks.", "Russia", "2021-03"),
])
def test_sanctions_imposed_without_the_word(text, target, date):
    found = events("Western governments have discussed sanctions for months. " + text, "sanction")
    assert any(p == {target} and d == date for p, d in found), found


@pytest.mark.parametrize("text", [
    "The company cut its imports of coffee last year, its chief executive said.",
    "Japan restricted exports of semiconductors on Tuesday to protect its own industry.",
])
def test_trade_cut_without_a_state_party_is_no_sanction(text):
    found = events("Western governments have discussed sanctions for months. " + text, "sanction")
    assert not [p for p, d in found if d and d != "2022-02"], found


@pytest.mark.parametrize("text, name, country", [
    # a member of the U.S. Congress by party and seat
    ("The bill was backed by Republican Representative Ed Royce on Monday.", "Ed Royce", "USA"),
    # an official introduced in the opening sentence of a story datelined in a country
    ("WASHINGTON \u2013 President Barack Obama announced on Monday that the United States would ease sanctions on "
     "Burma.", "Barack Obama", "USA"),
])
def test_nationality_from_how_a_story_introduces_people(text, name, country):
    assert parse(text).actors.set_index("name").loc[name, "country"] == country


def test_a_party_that_is_not_a_seat_in_congress_says_nothing():
    art = parse("The Republican People's Party leader Ozgur Ozel opposed the plan on Monday.")
    assert art.actors.set_index("name").loc["Ozgur Ozel", "country"] != "USA"


def test_an_imposer_named_on_sanctions_adopted_long_ago_held_that_stance_then():
    got = stances("The broadcaster was targeted in a round of EU sanctions against Iran adopted in March, officials said.")
    assert {("EU", "support", "past"), ("EU", "support", "current")} <= got, got


def test_an_imposer_named_on_sanctions_adopted_this_week_has_no_past_stance():
    got = stances("The broadcaster was targeted in a round of EU sanctions against Iran adopted on Monday, officials said.")
    assert ("EU", "support", "current") in got and ("EU", "support", "past") not in got, got


@pytest.mark.parametrize("text, speaker", [
    # a speaker the parse hung on the phrase before the verb
    ("In a post on Telegram, former Russian President Dmitry Medvedev said the measures were \u201can act of "
     "war.\u201d", "Dmitry Medvedev"),
    # a noun that is no speaker itself, named by its appositive
    ("\u201cOur patience has limits,\u201d warned North Korean leader Kim Jong Un\u2019s sister, Kim Yo Jong.",
     "Kim Yo Jong"),
])
def test_who_speaks_a_quotation(text, speaker):
    art = parse(text)
    got = {names(art).get(s) for s in art.quotes["speaker_id"].dropna()}
    assert speaker in got, art.quotes[["text", "speaker"]]


def test_her_counterpart_is_never_herself():
    art = parse("German Foreign Minister Annalena Baerbock met her Chinese counterpart on Monday in Berlin.")
    assert clause(art, "met")["patient_ids"] != [art.actors.set_index("name").loc["Annalena Baerbock", "actor_id"]]
    assert events("German Foreign Minister Annalena Baerbock met her Chinese counterpart on Monday in Berlin.",
                  "meeting")[0][0] == {"Annalena Baerbock", "China"}


def test_two_parties_discussing_something_by_phone_meet():
    found = events("The leaders of France and Germany discussed the war by phone on Monday.", "meeting")
    assert any(p == {"France", "Germany"} and d == "2022-02-07" for p, d in found), found


def test_parties_removed_from_a_sanctions_list_are_an_easing():
    found = events("Western governments have discussed sanctions for months. The Treasury removed three "
                   "Venezuelan officials from its sanctions list on Monday.", "ease")
    assert any(p == {"Venezuela"} and d == "2022-02-07" for p, d in found), found


def test_a_role_with_a_country_places_the_one_holder_of_no_known_country():
    art = parse("President Vladimir Putin spoke on Monday about the war. The Russian president said the West was to "
                "blame. Foreign Minister Sergei Lavrov agreed. Russia's top diplomat said talks were possible.")
    countries = art.actors.set_index("name")["country"]
    assert countries["Vladimir Putin"] == "RUS" and countries["Sergei Lavrov"] == "RUS"


def test_a_role_with_a_country_places_no_one_when_two_could_hold_it():
    art = parse("President Xi Jinping met President Joe Biden on Monday. The Chinese president said the talks were "
                "useful.")
    assert art.actors.set_index("name").loc["Joe Biden", "country"] != "CHN"


@pytest.mark.parametrize("claim", [
    "such measures would have a grave humanitarian impact",
    "the measures were poisoning the climate for talks and created a poisonous atmosphere",
    "the sanctions were hurting ordinary Iranians",
    "sanctions simply do not work",
])
def test_claims_that_sanctions_harm_or_fail_are_opposition_in_any_wording(claim):
    got = stances(NAMED + f"Chilean Foreign Minister Alberto van Klaveren said on Monday that {claim}.")
    assert ("Alberto van Klaveren", "oppose", "current") in got, got


# ------------------------------------------------------------------------------------------------ the past, widened

def test_an_acronym_the_parser_takes_for_a_place_is_a_body_that_acts():
    got = stances("The EU, Britain, Canada and the U.S. sanctioned Chinese officials over Xinjiang on Monday.")
    assert {("EU", "support", "current"), ("Canada", "support", "current")} <= got, got


@pytest.mark.parametrize("text, stance", [
    ("Turkey refused to join Western sanctions on Iran in 2012.", ("Turkey", "oppose", "past")),
    ("France once championed sanctions against Iran.", ("France", "support", "past")),
    ("Germany used to oppose sanctions on Russian energy.", ("Germany", "oppose", "past")),
    ("Under the previous administration, Washington backed tougher sanctions on Cuba.",
     ("United States", "support", "past")),
    ("In the early 2000s, Canada pushed for sanctions on Sudan.", ("Canada", "support", "past")),
    ("A decade ago, Britain pushed for sanctions on Syria.", ("United Kingdom", "support", "past")),
    ("Hungary blocked an EU sanctions package in 2020, diplomats said.", ("EU", "support", "past")),
])
def test_a_stance_placed_in_the_past_by_any_wording_is_past(text, stance):
    got = stances(text)
    assert stance in got, got
    assert (stance[0], stance[1], "current") not in got or stance[0] == "EU", got


@pytest.mark.parametrize("text, stance", [
    ("Turkey refused on Monday to join Western sanctions on Iran.", ("Turkey", "oppose", "current")),
    ("Japan agreed on Monday to impose sanctions on Russia in March.", ("Japan", "support", "current")),
    ("Canada now backs sanctions on Sudan.", ("Canada", "support", "current")),
])
def test_a_stance_of_today_stays_current(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], stance[1], "past") not in got, got


# ------------------------------------------------------------------------------------------------ more wordings of a stance

@pytest.mark.parametrize("sentence, stance", [
    # accepting, recognising, abiding by: backing; denied, opposition
    ("China does not recognise the U.S. sanctions on Iran.", ("China", "oppose", "current")),
    ("North Korea will never accept the sanctions imposed by the United States.", ("North Korea", "oppose", "current")),
    ("Mexico said it would abide by the U.N. sanctions on Iran.", ("Mexico", "support", "current")),
    # weighing sanctions is threatening them; restoring them is imposing them
    ("The EU is considering sanctions on Chinese firms that supply Russia.", ("EU", "support", "current")),
    ("Britain moved to restore sanctions on Iran on Monday.", ("United Kingdom", "support", "current")),
    # lifting under any verb, asked for in a modal: the speaker opposes
    ("The Russian Foreign Ministry said the sanctions against North Korea must be abolished.",
     ("Russian Foreign Ministry", "oppose", "current")),
    # forecasts of failure and denied legitimacy
    ("Brazil said sanctions on Venezuela never work.", ("Brazil", "oppose", "current")),
    ("Russian ambassador Denis Alipov said Western sanctions were doomed to fail.", ("Denis Alipov", "oppose", "current")),
    ("Iran said the sanctions had no legal basis.", ("Iran", "oppose", "current")),
    ("Cuba said the embargo deprives families of food and medicine.", ("Cuba", "oppose", "current")),
    # asking to be spared, suing, challenging: opposition
    ("Slovakia sought an exemption from the oil embargo on Russia.", ("Slovakia", "oppose", "current")),
    ("The United Arab Emirates asked Washington for waivers from the sanctions on Syria.",
     ("United Arab Emirates", "oppose", "current")),
    ("Mikhail Fridman is suing the EU over the sanctions imposed on him.", ("Mikhail Fridman", "oppose", "current")),
    ("Hungary wants the sanctions against Russia eased.", ("Hungary", "oppose", "current")),
    ("Eugene Shvidler argued that the sanctions on him were disproportionate.", ("Eugene Shvidler", "oppose", "current")),
    # keeping them: 'must remain in place', 'until'
    ("France insisted the sanctions must remain until Russia withdraws its troops.", ("France", "support", "current")),
    ("Germany said the measures against Russia should stay in place.", ("Germany", "support", "current")),
    ("South Korea said it would ensure the sanctions on North Korea remain fully in force.",
     ("South Korea", "support", "current")),
    ("The United States will not lift the sanctions on Iran until it stops enriching uranium.",
     ("United States", "support", "current")),
    # retaliation: 'respond to', 'in response to'
    ("Moscow will respond to Japan's new sanctions, Kremlin spokesman Dmitry Peskov said.", ("Russia", "oppose", "current")),
    # voting against a resolution that itself opposes sanctions backs them
    ("The United States voted against the resolution calling for an end to the embargo on Cuba.",
     ("United States", "support", "current")),
    # an official reporting a state's stance shares it
    ("India does not recognise unilateral sanctions against Russia, Foreign Minister Subrahmanyam Jaishankar said.",
     ("Subrahmanyam Jaishankar", "oppose", "current")),
])
def test_a_stance_under_more_wordings(sentence, stance):
    got = stances(NAMED + sentence)
    assert stance in got, got
    assert (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_sanctions_imposed_in_response_to_sanctions_are_opposition_to_those():
    got = stances(NAMED + "Russia imposed counter-sanctions on EU officials in response to the measures.")
    assert ("Russia", "oppose", "current") in got, got


@pytest.mark.parametrize("sentence, actor", [
    ("The sanctions on Russia remain in place, Germany said.", "Germany"),              # a report, no stance
    ("Japan said the sanctions could remain in place for years.", "Japan"),             # a forecast
    ("Chile will not lift its tariffs until the talks end.", "Chile"),                  # no sanctions
    ("The ministry said its response to the new rules would come soon.", "ministry"),   # no sanctions
    ("Peru has accepted an invitation to the summit.", "Peru"),                         # no sanctions
    ("Norway is considering a new trade deal with Chile.", "Norway"),
])
def test_no_stance_from_the_same_words_without_a_sanctions_stance(sentence, actor):
    got = stances(NAMED + sentence)
    assert not any(a == actor for a, _, _ in got), got


def test_an_official_reporting_what_a_state_is_ready_to_do_shares_the_stance():
    got = stances(NAMED + "The High Representative, Josep Borrell, stated that the EU stands ready to impose further "
                  "restrictive measures on Belarus.")
    assert {("EU", "support", "current"), ("Josep Borrell", "support", "current")} <= got, got


def test_parties_designated_under_any_noun_are_sanctioned():
    got = stances(NAMED + "Britain and Canada also designated several of the same persons on Monday.")
    assert {("United Kingdom", "support", "current"), ("Canada", "support", "current")} <= got, got
    assert not stances(NAMED + "Britain and Canada also designated several new ports of entry on Monday.") & {
        ("United Kingdom", "support", "current")}


@pytest.mark.parametrize("text, speaker, place", [
    ('BRASILIA, Brazil (AP) - Brazilian President Luiz Inacio Lula da Silva said on Monday the count "has to be '
     'transparent for everyone."', "Luiz Inacio Lula da Silva", "Brasilia"),
    ('MOSCOW - Russian Deputy Foreign Minister Sergei Ryabkov said on Monday the talks were "useful."',
     "Sergei Ryabkov", "Moscow"),
])
def test_a_wire_dateline_is_a_place_and_never_the_speaker(text, speaker, place):
    art = parse(text)
    kinds = art.actors.set_index("name")["kind"]
    assert kinds.get(place) == "location", art.actors
    assert set(art.quotes["speaker"]) == {speaker}, art.quotes


def test_a_country_acronym_opening_a_sentence_is_no_dateline():
    art = parse("U.S., Russian and Ukrainian officials met in Geneva on Monday.")
    assert art.actors.set_index("name").loc["United States", "kind"] == "country"


@pytest.mark.parametrize("sentence, stance", [
    # a naming verb with a date after it is not 'call on'
    ('Eritrea\'s Ministry of Information called the sanctions "illicit and immoral" on Monday.',
     ("Ministry of Information", "oppose", "current")),
    ('Government spokesman Abdoulaye Maiga described the sanctions as "extreme, inhumane and illegitimate".',
     ("Abdoulaye Maiga", "oppose", "current")),
    # blocking a text that endorses the measures opposes them; backing one that calls for them supports them
    ("Russia and China blocked a U.N. Security Council statement endorsing the measures on Monday.",
     ("Russia", "oppose", "current")),
    ("Britain backed a resolution calling for tougher sanctions on Iran.", ("United Kingdom", "support", "current")),
])
def test_judgements_and_texts_about_the_measures(sentence, stance):
    got = stances(NAMED + sentence)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_punishing_people_is_a_claim_against_sanctions_not_a_sanction():
    got = stances(NAMED + "South African President Cyril Ramaphosa urged their removal, arguing they were punishing "
                  "ordinary Zimbabweans.")
    assert ("Cyril Ramaphosa", "oppose", "current") in got and ("Cyril Ramaphosa", "support", "current") not in got, got


@pytest.mark.parametrize("text, name, country", [
    ("The Ministry of Foreign Affairs of Russia said on Monday the talks were useful.",
     "Ministry of Foreign Affairs of Russia", "RUS"),
    ("The U.S. Department of the Treasury said on Monday the talks were useful.", "U.S. Department of the Treasury",
     "USA"),
])
def test_a_body_named_with_of_stays_whole_and_takes_the_country_it_names(text, name, country):
    art = parse(text)
    assert art.actors.set_index("name").loc[name, "country"] == country, art.actors


def test_a_possessive_inside_an_of_phrase_belongs_to_the_whole_name():
    art = parse(NAMED + "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
                "designating Qods Aviation Industries and six executives of the company.")
    assert clause(art, "designating")["agents"] == {"Office of Foreign Assets Control"}
    assert "Office of Foreign Assets Control (OFAC" not in set(art.actors["name"])


def test_which_never_stands_for_a_person():
    got = stances(NAMED + "The Treasury designated Ann Obi and her husband, Tom Obi, under the Global Magnitsky Act, "
                  "which targets corrupt officials worldwide.")
    assert not {a for a, _, _ in got} & {"Ann Obi", "Tom Obi"}, got


@pytest.mark.parametrize("text, speaker", [
    ('The UN special envoy for Syria, Geir Pedersen, said the decision could "create momentum" for talks.',
     "Geir Pedersen"),
    ("The EU's envoy for the Western Balkans, Miroslav Lajcak, said the talks were \"difficult but useful.\"",
     "Miroslav Lajcak"),
])
def test_a_name_set_off_after_a_role_for_a_place_is_the_speaker_not_the_place(text, speaker):
    art = parse(text)
    n = names(art)
    assert {n.get(s) for s in art.quotes["speaker_id"].dropna()} == {speaker}, art.quotes


def test_a_spokesperson_title_is_no_part_of_the_name():
    art = parse("Russian Foreign Ministry Spokeswoman Maria Zakharova said on Monday the move was a provocation.")
    assert "Maria Zakharova" in set(art.actors["name"]), art.actors


@pytest.mark.parametrize("text, person, country", [
    ("Barbara Woodward of the United Kingdom said on Monday that London had abstained.", "Barbara Woodward", "GBR"),
    ("President Xi Jinping of the People's Republic of China spoke on Monday.", "Xi Jinping", "CHN"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan said on Monday the talks went well.", "Faisal bin Farhan", "SAU"),
    ("Kazakh President Kassym-Jomart Tokayev said on Monday the talks went well.", "Kassym-Jomart Tokayev", "KAZ"),
    ("In Kyiv, President Volodymyr Zelensky said on Monday the war would go on.", "Volodymyr Zelensky", "UKR"),
])
def test_a_persons_country_where_the_text_states_it(text, person, country):
    art = parse(text)
    assert art.actors.set_index("name").loc[person, "country"] == country, art.actors


@pytest.mark.parametrize("text, person", [
    ("Kevin Roberts of the Heritage Foundation said on Monday the plan was flawed.", "Kevin Roberts"),
    ("President Joe Biden spoke in Paris on Monday about the plan.", "Joe Biden"),
])
def test_no_country_from_a_body_or_a_city_after_the_name(text, person):
    art = parse(text)
    assert art.actors.set_index("name").loc[person, "country"] is None, art.actors


def test_short_demonyms_come_from_the_regular_forms_not_a_list():
    from dossier.countries import gazetteer
    gz = gazetteer()
    assert {c for c, _ in gz.lookup("Uzbek")} == {"UZB"} and {c for c, _ in gz.lookup("Saudi")} == {"SAU"}
    assert not gz.lookup("Pak") and not gz.lookup("Costa")


@pytest.mark.parametrize("sentence, stance", [
    ('Venezuelan President Nicolas Maduro has called the U.S. sanctions a "criminal blockade".',
     ("Nicolas Maduro", "oppose", "current")),
    ("Mikhail Galuzin, Russia's ambassador to Japan, said Tokyo's sanctions were destroying relations.",
     ("Mikhail Galuzin", "oppose", "current")),
    ("Maria Zakharova said that the EU's sanctions policy was leading nowhere.", ("Maria Zakharova", "oppose", "current")),
])
def test_names_and_verdicts_against_sanctions(sentence, stance):
    got = stances(NAMED + sentence)
    assert stance in got and (stance[0], "support", stance[2]) not in got, got


def test_a_dated_dateline_in_title_case_is_a_place_not_an_imposer():
    got = stances("Brussels, 9 October 2023 - The Council today decided to prolong the sanctions on Nicaragua "
                  "until October 2024.", published="2023-10-09")
    assert ("Council", "support", "current") in got and not {a for a, _, _ in got} & {"Belgium", "Brussels"}, got


@pytest.mark.parametrize("text, speaker", [
    ('Viktor Orban showed no sign of backing down on Monday. In a post on X, the prime minister wrote: "Hungary will '
     'not pay for this war."', "Viktor Orban"),
    ('Josep Borrell, the EU\'s foreign policy chief, said on Monday the vote was historic. "Our partners are '
     'watching," the Spaniard said.', "Josep Borrell"),
    ('Kim Yo Jong issued a press statement on Monday. "This is nothing but an open declaration of hostility," the '
     'statement added.', "Kim Yo Jong"),
])
def test_a_bare_role_or_document_as_speaker_is_whoever_holds_or_issued_it(text, speaker):
    art = parse(text)
    n = names(art)
    direct = art.quotes[art.quotes["kind"] == "direct"]
    assert {n.get(s) for s in direct["speaker_id"]} == {speaker}, art.quotes


def test_a_bare_role_is_not_given_to_a_person_holding_another_title():
    art = parse('Foreign Minister Ann Lee spoke on Monday in Oslo. "We will wait," the president said.')
    n = names(art)
    assert "Ann Lee" not in {n.get(s) for s in art.quotes["speaker_id"].dropna()}, art.quotes


def test_a_short_fragment_in_quotation_marks_with_no_speaker_is_no_quote():
    art = parse('The plan, known as the "peace formula", was discussed in Geneva on Monday by the two sides.')
    assert art.quotes.empty or "peace formula" not in set(art.quotes["text"]), art.quotes
    art = parse('Iran threatened on Monday to respond "seriously" to any new resolution.')
    assert "seriously" in set(art.quotes["text"]), art.quotes


@pytest.mark.parametrize("junk", ["On Thursday", "Manuel Ortega/Associated Press", "CreditCredit", "Jane Roe/AFP"])
def test_dates_and_photo_credits_are_no_actors(junk):
    art = parse(f"{junk}. Officials met in Geneva on Monday and Jane Doe said the talks were useful.")
    assert junk not in set(art.actors["name"]), art.actors


@pytest.mark.parametrize("sentence, stance", [
    ("Vucic replied that Serbia respects the territorial integrity of Ukraine but would not impose sanctions on "
     "Moscow.", ("Serbia", "oppose", "current")),
    ("Uganda's president vowed on Monday that Uganda would never bow to Western sanctions.", ("Uganda", "oppose", "current")),
    ('Ann Lee called the sanctions "a grave injustice" on Monday.', ("Ann Lee", "oppose", "current")),
    ("Hungary is still holding up the EU oil embargo.", ("Hungary", "oppose", "current")),
    ("The sanctions have outlived their usefulness, Brazil said on Monday.", ("Brazil", "oppose", "current")),
    # harm to the imposer in an idiom
    ('Hungarian Prime Minister Viktor Orban said that sanctions on Moscow had "shot Europe in the foot".',
     ("Viktor Orban", "oppose", "current")),
    ("The sanctions are an own goal for Europe, Slovak Prime Minister Robert Fico said.",
     ("Robert Fico", "oppose", "current")),
    ("The U.S. Treasury blacklisted Belaruskali on Monday.", ("U.S. Treasury", "support", "current")),
])
def test_refusals_verdicts_and_blacklisting_in_more_words(sentence, stance):
    got = stances(NAMED + sentence)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_a_plain_report_that_nothing_was_imposed_is_no_stance():
    assert not {a for a, _, _ in stances(NAMED + "The EU did not impose sanctions on Monday, officials said.")} & {"EU"}


def test_a_name_after_a_title_of_a_country_is_a_person_of_that_country():
    art = parse("Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip "
                "Erdogan on Monday.")
    assert art.actors.set_index("name").loc["Recep Tayyip Erdogan", "country"] == "TUR", art.actors
    assert any(p == {"Vladimir Putin", "Recep Tayyip Erdogan"} for p, _ in events(
        "Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip Erdogan "
        "on Monday.", "meeting"))


def test_a_person_the_ner_tags_as_an_organisation_is_a_person_by_the_given_name():
    art = parse("Beijing condemned the move on Monday. Olaf Scholz used his first visit to Belgrade on Friday to urge "
                "Serbia to align with European Union sanctions.")
    kinds = art.actors.set_index("name")["kind"]
    assert kinds["Olaf Scholz"] == "person" and kinds["European Union"] == "organization", art.actors
    assert clause(art, "urge")["period"] == "current"            # 'used his visit to urge' is no 'used to'


def test_she_prefers_the_person_whose_first_name_is_a_womans():
    art = parse("Sergei Lavrov met Kaja Kallas in Geneva on Monday. She said afterwards that the talks were hard.")
    assert clause(art, "said")["agents"] == {"Kaja Kallas"}


def test_a_wire_datelines_date_does_not_date_the_act_its_sentence_dates_itself():
    found = events("Moscow [Russia], November 9 (ANI): External Affairs Minister S Jaishankar on Tuesday held talks "
                   "with Russian Foreign Minister Sergey Lavrov in Moscow.", "meeting", published="2022-11-09")
    assert any(d == "2022-11-08" for _, d in found), found


def test_a_relative_clause_on_the_sanctions_takes_them_as_its_theme():
    got = stances("The economy has struggled under sanctions that Washington imposed in 2017.")
    assert ("United States", "support", "past") in got, got
    assert not stances("The economy has struggled under tariffs that Washington imposed in 2017.")


def test_transcript_labels_are_no_actors_and_a_title_stops_at_a_verb():
    art = parse("MODERATOR: Thank you. Our first question comes from Jane Doe.\n\nQUESTION: Ned, has the Secretary "
                "spoken to General Omar Burhan about the talks in Geneva on Monday?")
    assert not {"MODERATOR", "QUESTION"} & set(art.actors["name"]), art.actors
    assert art.actors.set_index("name").loc["Omar Burhan", "title"] == "general", art.actors


@pytest.mark.parametrize("sentence, stance", [
    ("Former President Donald Trump imposed sanctions on Venezuela's oil sector.", ("Donald Trump", "support", "past")),
    ("Before the war, Germany had opposed sanctions on Russian gas.", ("Germany", "oppose", "past")),
    ("The late Senator John McCain was a champion of sanctions on Russia.", ("John McCain", "support", "past")),
])
def test_out_of_office_and_pluperfect_stances_are_past(sentence, stance):
    got = stances(sentence)
    assert stance in got and (stance[0], stance[1], "current") not in got, got


@pytest.mark.parametrize("sentence, stance", [
    ("Former President Donald Trump criticised the sanctions on Monday.", ("Donald Trump", "oppose", "current")),
    ("Germany said on Monday that it had opposed the sanctions.", ("Germany", "oppose", "current")),
])
def test_a_former_official_speaking_today_or_a_reported_pluperfect_stays_current(sentence, stance):
    assert stance in stances(sentence)


@pytest.mark.parametrize("sentence, stance", [
    ("Hungary watered down the sanctions package before it was adopted on Monday.", ("Hungary", "oppose", "current")),
    ("South Korea signed on to the sanctions against Russia on Monday.", ("South Korea", "support", "current")),
    ("China vowed countermeasures against the new sanctions.", ("China", "oppose", "current")),
    ("Italy broke ranks with the EU over sanctions on Russia.", ("Italy", "oppose", "current")),
    ("Tokyo tightened export curbs on Russia on Monday.", ("Japan", "support", "current")),
])
def test_idioms_of_joining_weakening_and_defying_sanctions(sentence, stance):
    got = stances(NAMED + sentence)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_the_same_idioms_without_sanctions_are_no_stance():
    assert not stances("Hungary watered down the budget plan before it was adopted on Monday. Italy broke ranks with "
                       "Spain over fishing quotas.")


@pytest.mark.parametrize("text, speaker", [
    ('John Kirby said the United States believed a deal was "achievable" this week.', "John Kirby"),
    ('Yoko Kamikawa echoed the sentiment on Monday, saying Tokyo hoped to "rebuild a future-oriented relationship" '
     'with Seoul.', "Yoko Kamikawa"),
])
def test_words_quoted_inside_a_thought_someone_reports_are_the_reporters(text, speaker):
    art = parse(text)
    n = names(art)
    partial = art.quotes[art.quotes["kind"] == "partial"]
    assert {n.get(s) for s in partial["speaker_id"]} == {speaker}, art.quotes


def test_a_name_after_a_title_to_a_body_is_a_person_and_the_title_alone_no_actor():
    art = parse("Russia's Permanent Representative to the United Nations Vasily Nebenzia said on Monday the draft was "
                "biased.")
    actors = art.actors.set_index("name")
    assert actors.loc["Vasily Nebenzia", "kind"] == "person" and actors.loc["Vasily Nebenzia", "country"] == "RUS"
    assert "Permanent Representative" not in actors.index, art.actors


@pytest.mark.parametrize("sentence, stance", [
    ("The European Union on Monday dismissed the election as a sham and promised new sanctions.",
     ("European Union", "support", "current")),
    ("SADC has campaigned for the removal of sanctions on Zimbabwe.", ("SADC", "oppose", "current")),
])
def test_promising_and_campaigning(sentence, stance):
    assert stance in stances(NAMED + sentence)


def test_an_administration_named_after_a_leader_of_no_known_state_is_nobody_else():
    got = stances("Israel struck targets in Syria on Sunday. Back in 2011, the Obama administration froze the "
                  "assets of Syrian officials under sanctions.")
    assert not {a for a, _, _ in got} & {"Israel"}, got


@pytest.mark.parametrize("text, stance", [
    ("The EU imposed sanctions on Belarus on Monday. Poland welcomed them.", ("Poland", "support", "current")),
    ("The EU imposed sanctions on Belarus on Monday. Minsk condemned them as illegal.", ("Belarus", "oppose", "current")),
    ("The EU imposed an embargo on Belarus on Monday. Lithuania welcomed it.", ("Lithuania", "support", "current")),
    ("Hungary signed up to the EU's first round of sanctions in 2014.", ("Hungary", "support", "past")),
    ('Alexander Lukashenko said he "couldn\'t care less" about Western sanctions.',
     ("Alexander Lukashenko", "oppose", "current")),
    ("Russia shrugged off the new sanctions on Monday.", ("Russia", "oppose", "current")),
])
def test_pronouns_for_the_sanctions_and_indifference(text, stance):
    assert stance in stances(text)


def test_a_pronoun_standing_for_something_nearer_is_no_sanctions_theme():
    got = stances("The EU imposed sanctions on Belarus on Monday. Poland welcomed the visitors and thanked them.")
    assert not {a for a, _, _ in got} & {"Poland"}, got


@pytest.mark.parametrize("sentence, stance", [
    # acts that are sanctions in any article, without the word
    ("Japan froze the assets of three Russian banks on Monday.", ("Japan", "support", "current")),
    ("The Treasury blacklisted two Chinese firms for supplying drones to Russia.", ("Treasury", "support", "current")),
    ("Canada banned imports of Russian oil on Tuesday.", ("Canada", "support", "current")),
    ("Britain announced new measures against Russia on Thursday.", ("United Kingdom", "support", "current")),
    # plural multi-word names
    ("Australia imposed travel bans and asset freezes on 14 Iranian officials.", ("Australia", "support", "current")),
    # the snapback, the sanctions regime, and renewing them under other verbs
    ("Britain, France and Germany triggered the snapback mechanism against Iran on Thursday.",
     ("Germany", "support", "current")),
    ("The European Union agreed to roll over its economic sanctions on Russia for six months.",
     ("European Union", "support", "current")),
    ("The EU renewed its sanctions regime against Russia.", ("EU", "support", "current")),
    ("Slovakia threatened to block the rollover of the sanctions on Russia.", ("Slovakia", "oppose", "current")),
])
def test_sanctions_by_another_name(sentence, stance):
    assert stance in stances(sentence)


@pytest.mark.parametrize("sentence", [
    "The bank froze the accounts after a fraud inquiry.",
    "The company froze hiring for the rest of the year.",
    "India cut imports of Russian oil in March.",
    "The government banned imports of plastic bags.",
    "The committee adopted new measures against corruption.",
    "Iran's nuclear programme triggered UN sanctions in 2006.",
])
def test_what_is_not_sanctions_by_another_name(sentence):
    got = stances(sentence)
    assert not {a for a, _, _ in got} - {"UN"}, got


@pytest.mark.parametrize("text, stance", [
    # past-tense markers of a first stance, and eras named by a former leader
    ("Germany initially opposed the sanctions on Russian gas but later changed course.", ("Germany", "oppose", "past")),
    ("Under former president Moon Jae-in, Seoul lobbied Washington to ease the sanctions on North Korea.",
     ("South Korea", "oppose", "past")),
    # a verb the model does not know, tagged as an adjective ('reimposed')
    ("The United States withdrew from the nuclear deal on Tuesday and reimposed sanctions on Iran.",
     ("United States", "support", "current")),
    # a past-tense conjunct is no part of a modal's clause: it shares the outer subject
    ("Foreign Secretary David Lammy said on Monday that London would keep up the pressure on Russia and announced "
     "sanctions on 10 Russian tankers.", ("David Lammy", "support", "current")),
    # voting for an act on the sanctions
    ("Russia and China voted in favour of lifting the sanctions on Iran.", ("Russia", "oppose", "current")),
    # a generic stand-in after sanctions being lifted stands for the lifting
    ("The United States lifted sanctions on Syria on Tuesday. Saudi Arabia welcomed the move.",
     ("Saudi Arabia", "oppose", "current")),
    ("The EU lifted the sanctions on Syria. Israel criticised the decision.", ("Israel", "support", "current")),
    # passing a text whose own clause imposes them
    ("The Senate approved legislation that would impose new sanctions on Russia.", ("Senate", "support", "current")),
    # ruling out, and not ruling out
    ("Germany ruled out sanctions on China.", ("Germany", "oppose", "current")),
    ("Germany did not rule out new sanctions on China.", ("Germany", "support", "current")),
    # judgements through an object ('constituted a violation') or a wrongful end ('a tool of pressure')
    ("Iran's foreign ministry said the sanctions constituted a flagrant violation of international law.",
     ("Iran", "oppose", "current")),
    ("Vladimir Putin said the UN sanctions regime had become a tool of Western pressure.",
     ("Vladimir Putin", "oppose", "current")),
    ("Finance Minister Bezalel Smotrich called the sanctions an antisemitic lie.", ("Bezalel Smotrich", "oppose", "current")),
])
def test_probe_five_classes(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, actor, wrong", [
    ("The EU will initially impose sanctions on ten Russian banks.", "EU", ("EU", "support", "past")),
    ("The EU imposed sanctions on Belarus on Monday. Poland welcomed the move.", "Poland", ("Poland", "oppose", "current")),
    ("The EU said the sanctions were an important tool.", "EU", ("EU", "oppose", "current")),
    ("Vladimir Putin said the UN sanctions regime had become a tool of Western pressure.", "Vladimir Putin",
     ("Vladimir Putin", "support", "current")),
])
def test_probe_five_classes_must_not(text, actor, wrong):
    got = stances(text)
    assert wrong not in got and any(a == actor for a, _, _ in got), got


def test_a_past_verb_the_model_took_for_an_adjective_is_a_verb_with_its_lemma():
    from dossier import nlp
    doc = nlp.parse("The United States withdrew from the deal and reimposed sanctions on Iran.")
    tok = next(t for t in doc if t.lower_ == "reimposed")
    assert (tok.pos_, tok.lemma_) == ("VERB", "reimpose")
    assert next(t for t in doc if t.lower_ == "withdrew").pos_ == "VERB"


def test_a_date_in_someones_words_does_not_date_the_narrative():
    got = stances('"The cap worked for a few months in 2019 but Moscow adapted," said Benjamin Hilgenstock, an '
                  'economist who called for tighter sanctions on Russia.')
    assert ("Benjamin Hilgenstock", "support", "current") in got and \
        ("Benjamin Hilgenstock", "support", "past") not in got, got


def test_a_relative_clause_on_a_sanctions_regime_takes_it_as_theme():
    got = stances("Russia now says the sanctions regime, which Moscow backed at the Security Council in 2017, has "
                  "become obsolete.")
    assert ("Russia", "support", "past") in got, got


@pytest.mark.parametrize("text, stance", [
    ("Israel's prime minister's office said the sanctions were unnecessary.", ("Israel", "oppose", "current")),
    ("China and the United States traded barbs on Monday. The foreign ministry in Beijing said the sanctions were "
     "illegal.", ("China", "oppose", "current")),
])
def test_offices_of_a_state_and_seats_of_government(text, stance):
    assert stance in stances(text)


def test_a_seat_is_a_state_only_for_a_body_of_government():
    got = stances("China and Japan met on Monday. The new hotel in Beijing said the sanctions were illegal.")
    assert not {a for a, _, _ in got} & {"China"}, got


@pytest.mark.parametrize("text, stance", [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. Both leaders condemned "
     "the sanctions imposed by the West.", ("Xi Jinping", "oppose", "current")),
    ("Iranian Foreign Minister Abbas Araghchi held a telephone conversation with his Russian counterpart Sergei Lavrov "
     "on Tuesday, during which the two top diplomats described the Western sanctions as illegal.",
     ("Sergei Lavrov", "oppose", "current")),
])
def test_counted_people_are_the_last_ones_named(text, stance):
    assert stance in stances(text)


def test_a_counted_group_takes_no_more_than_its_number():
    got = stances("Chancellor Olaf Scholz hosted President Emmanuel Macron and Prime Minister Mark Rutte on Monday. "
                  "The two leaders from France and the Netherlands backed the sanctions on Russia.")
    assert ("Olaf Scholz", "support", "current") not in got, got


def test_one_speaker_for_a_body_is_no_meeting():
    assert not events("The EU imposed sanctions on Belarus. Speaking for the European Union, a Spanish diplomat said "
                      "the measures were justified.", "meeting")


def test_the_owner_of_frozen_assets_is_the_target_not_where_they_lie():
    art = parse("The EU imposed sanctions on four Iranian men. The penalties freeze any U.S. assets of the four "
                "Iranian men.")
    n = names(art)
    targets = {n[p] for r in art.events.itertuples() if r.kind == "sanction" for p in r.participants}
    assert "United States" not in targets and "Iran" in targets, targets


def quote_speakers(text: str) -> list[tuple[str, str | None]]:
    art = parse(text)
    n = names(art)
    return [(q.text, n.get(q.speaker_id)) for q in art.quotes.itertuples()]


@pytest.mark.parametrize("text, speaker", [
    ('The U.S. Treasury Department announced sanctions on Tuesday. "We will continue to target these networks," the '
     'department said.', "U.S. Treasury Department"),
    ('Hamas said the strike was a crime. "The occupation bears full responsibility," the group said in a statement.',
     "Hamas"),
    ('Huawei rejected the listing on Monday. "The designation is baseless," the company said in a statement.', "Huawei"),
])
def test_a_definite_body_word_takes_up_the_body_named_before(text, speaker):
    assert any(s == speaker for _, s in quote_speakers(text)), quote_speakers(text)


def test_a_body_word_never_takes_up_a_body_of_another_kind():
    got = quote_speakers('The European Union met on Monday. "We are ready," the ministry said.')
    assert not any(s == "European Union" for _, s in got), got


@pytest.mark.parametrize("text, speaker", [
    ('"The sanctions are illegal," read a statement issued by the Venezuelan government.', "Venezuela"),
    ("A statement issued by the Venezuelan government said the sanctions were illegal.", "Venezuela"),
])
def test_a_document_speaks_for_whoever_issued_it(text, speaker):
    assert any(s == speaker for _, s in quote_speakers(text)), quote_speakers(text)


def test_quoted_as_saying_is_the_quoted_persons_words():
    art = parse('North Korean state media quoted Foreign Minister Choe Son Hui as saying: "The sanctions are a '
                'declaration of war."')
    assert list(art.quotes["speaker"]) == ["Choe Son Hui"], art.quotes[["text", "speaker"]]


def test_reading_a_statement_aloud_is_no_document_speaking():
    got = quote_speakers('Kim Yo Jong read the statement aloud on Monday: "We will win."')
    assert all(s != "statement" for _, s in got), got


def test_a_document_obtained_by_someone_is_not_their_words():
    got = quote_speakers("The panel's report, obtained Monday by The Associated Press, said the sanctions were "
                         "being evaded.")
    assert all(s != "Associated Press" for _, s in got), got


def test_a_portfolio_in_a_title_is_no_body_and_a_body_for_a_task_stays_whole():
    art = parse("The Secretary of State for Foreign Affairs said on Monday that the UN Office for the Coordination of "
                "Humanitarian Affairs would help, and China's Minister of Foreign Affairs Wang Yi agreed.")
    actors = set(art.actors["name"])
    assert "UN Office for the Coordination of Humanitarian Affairs" in actors, actors
    assert not actors & {"State for Foreign Affairs", "Foreign Affairs", "UN Office"}, actors


def test_a_ministry_of_foreign_affairs_is_still_a_body():
    art = parse("The Ministry of Foreign Affairs of Japan said on Monday the sanctions would stay.")
    assert any(n.startswith("Ministry of Foreign Affairs") for n in art.actors["name"]), art.actors


@pytest.mark.parametrize("text, stance", [
    ("During his first term, President Donald Trump of the United States imposed sanctions on Iran's oil sector.",
     ("United States", "support", "past")),
    ("While in office, German Chancellor Angela Merkel backed the sanctions on Russia.",
     ("Angela Merkel", "support", "past")),
    ("When she was chancellor, Angela Merkel backed the sanctions on Russia.", ("Angela Merkel", "support", "past")),
])
def test_a_stance_taken_in_an_earlier_term_of_office_is_past(text, stance):
    assert stance in stances(text)


def test_a_time_clause_of_another_kind_leaves_the_stance_current():
    assert ("France", "support", "current") in stances("When the talks failed, France backed the sanctions on Iran.")


@pytest.mark.parametrize("text, stance", [
    ("Britain was among the first to impose sanctions on Russia.", ("United Kingdom", "support", "current")),
    ("Britain was the first country to impose sanctions on Russia.", ("United Kingdom", "support", "current")),
    ("After Russia annexed Crimea in 2014, the EU imposed sanctions on Moscow.", ("EU", "support", "past")),
    ("After Russia invaded on Monday, the EU imposed sanctions on Moscow.", ("EU", "support", "current")),
])
def test_ranked_first_acts_and_acts_after_a_dated_event(text, stance):
    assert stance in stances(text)


def test_an_aim_to_impose_is_no_act():
    assert not stances("Britain said on Monday that the aim was to impose sanctions on Russia.") & {
        ("United Kingdom", "support", "past")}


@pytest.mark.parametrize("text, stance", [
    ("The United States imposed sanctions on China on Monday. The sanctions drew a swift rebuke from Beijing.",
     ("China", "oppose", "current")),
    ("The EU adopted new sanctions on Russia on Monday. The package won praise from Ukraine.",
     ("Ukraine", "support", "current")),
    ("Japan imposed sanctions on Russia on Monday. Tokyo joined Washington in imposing sanctions on the firms.",
     ("United States", "support", "current")),
    ("The EU imposed sanctions on Russia. The sanctions were coordinated with Britain, Canada and Australia.",
     ("Canada", "support", "current")),
    ("The measures follow sanctions by the United States last week.", ("United States", "support", "current")),
    # every partner: a second 'with' joined to the first, a name the parse hung on the last word of another
    ("The UK imposed sanctions on four North Korean officers. The designations were coordinated with Japan, and with "
     "the European Union.", ("European Union", "support", "current")),
    ("The UK imposed sanctions on four North Korean officers. The designations were coordinated with the Republic of "
     "Korea and Japan, which announced parallel measures this week.", ("Japan", "support", "current")),
])
def test_stances_drawn_from_others_and_partners(text, stance):
    assert stance in stances(text)


def test_a_name_inside_anothers_name_is_no_partner():
    got = stances("The UK imposed sanctions on Russia. The designations were coordinated with the Bank of England.")
    assert ("England", "support", "current") not in got and ("United Kingdom", "support", "current") in got, got


def test_joining_someone_in_talks_is_no_stance():
    assert not stances("Tokyo joined Washington in talks on trade on Monday.")


def test_a_passive_agent_the_parse_hung_on_sanctions_is_no_imposer():
    got = stances("The Russian envoy was joined in his opposition to additional sanctions by China's ambassador to the "
                  "United Nations Zhang Jun.")
    assert ("China", "support", "current") not in got, got


def test_us_in_capitals_is_the_united_states_not_a_pronoun():
    got = stances("The EU lifted some sanctions on Syria. The US has kept its own sanctions in place.")
    assert ("United States", "support", "current") in got and ("EU", "support", "current") not in got, got


def test_it_said_by_a_body_is_that_body():
    got = stances("The EU imposed sanctions on Russia and listed three Chinese firms. The Kremlin dismissed the move. "
                  "China's foreign ministry said it firmly opposed the listing of Chinese firms.")
    assert ("China", "oppose", "current") in got, got


@pytest.mark.parametrize("text, stance", [
    ('ECOWAS imposed sanctions on Niger on Monday. "These sanctions have caused untold hardship to our people," said '
     'Nigerian President Bola Tinubu.', ("Bola Tinubu", "oppose", "current")),
    ("The sanctions caused widespread hunger in Iraq, Iraqi officials said.", ("Iraq", "oppose", "current")),
])
def test_hardship_claims_oppose(text, stance):
    assert stance in stances(text)


def test_a_word_of_rank_cut_from_a_title_is_no_body():
    art = parse("He sent a letter to Supreme Leader Ayatollah Ali Khamenei last week. Japan's Chief Cabinet Secretary "
                "Yoshimasa Hayashi told a press briefing in Tokyo on Monday. NATO Secretary-General Mark Rutte agreed.")
    actors = set(art.actors["name"])
    assert not actors & {"Supreme", "Cabinet"} and "NATO" in actors, actors


@pytest.mark.parametrize("text, stance", [
    ("The United States imposed sanctions on Venezuela on Monday. On Tuesday the Treasury revoked the license that "
     "allowed Chevron to pump oil in Venezuela.", ("Treasury", "support", "current")),
    ("The United States imposed sanctions on Iran on Monday. On Tuesday Washington extended the waiver for Iraq.",
     ("United States", "oppose", "current")),
])
def test_exemptions_from_sanctions_stand_for_their_easing(text, stance):
    assert stance in stances(text)


def test_a_licence_in_an_article_without_sanctions_is_none():
    assert not stances("The ministry issued a driving license to the diplomat on Monday and revoked it on Friday.")


@pytest.mark.parametrize("text, stance", [
    ("On Monday President Donald Trump of the United States restored the maximum pressure campaign against Iran.",
     ("United States", "support", "current")),
    ("Maximum pressure did not produce regime change in Venezuela, analyst Jane Doe of the Atlantic Council said.",
     ("Jane Doe", "oppose", "current")),
    ("Nicolas Maduro of Venezuela said on Monday that his country would never bow to economic aggression.",
     ("Venezuela", "oppose", "current")),
])
def test_sanctions_under_their_policy_and_target_names(text, stance):
    assert stance in stances(text)


def test_maximum_pressure_elsewhere_is_no_sanctions():
    assert not stances("The coach said the team was under maximum pressure before the final on Monday.")


@pytest.mark.parametrize("text, stance", [
    ("Countries including Japan and South Korea have joined the sanctions on Russia.",
     ("South Korea", "support", "current")),
    ("Western nations such as Britain and Canada imposed sanctions on Russia.", ("Canada", "support", "current")),
    ("The EU, the US, Britain and Japan have all imposed sanctions on Russia.",
     ("United States", "support", "current")),
])
def test_members_named_in_a_group_and_a_list_read_as_appositions(text, stance):
    assert stance in stances(text)


def test_a_party_set_apart_is_no_member():
    got = stances("Apart from Hungary, all EU members backed the sanctions on Russia.")
    assert ("Hungary", "support", "current") not in got, got


def test_officials_including_one_of_a_body_stay_their_states():
    art = parse("During a trip to Pyongyang in November 2008, Burmese military officials, including the head of the "
                "Directorate of Defense Industries, signed a memorandum with North Korea.")
    assert any({"Myanmar", "North Korea"} <= people for people, _ in
               [({names(art)[p] for p in r.participants}, r.date) for r in art.events.itertuples()]), art.events


@pytest.mark.parametrize("text, stance", [
    ('Kim Yo Jong said the sanctions were a "declaration of war".', ("Kim Yo Jong", "oppose", "current")),
    ("Lavrov described the asset freeze as a form of state piracy.", ("Lavrov", "oppose", "current")),
])
def test_a_kind_of_wrong_named_of_sanctions_opposes(text, stance):
    assert stance in stances(text)


def test_a_matter_of_principle_is_no_wrong():
    got = stances("Borrell said the sanctions were a matter of principle.")
    assert not {s for s in got if s[1] == "oppose"}, got


@pytest.mark.parametrize("text, stance", [
    # an infinitive under a clause placed in the past takes its time
    ("Germany was initially reluctant to sanction Russian gas.", ("Germany", "oppose", "past")),
    ("Germany initially refused to join the sanctions on Russian gas.", ("Germany", "oppose", "past")),
    # a former office holder's held stance, told in the past tense, is a stance in office
    ("Former Chancellor Angela Merkel opposed sanctions on the Nord Stream 2 pipeline.",
     ("Angela Merkel", "oppose", "past")),
])
def test_stances_placed_before_the_story(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    ("The EU is reluctant to impose new sanctions on Israel.", ("EU", "oppose", "current")),
    # a former official's reaction to the news, or a stance dated days ago, is current
    ("Former national security adviser John Bolton praised the decision to impose sanctions on Iran.",
     ("John Bolton", "support", "current")),
    ("Former Chancellor Gerhard Schroeder said on Monday he opposed the sanctions.",
     ("Gerhard Schroeder", "oppose", "current")),
])
def test_reactions_and_present_reluctance_stay_current(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # the toll sanctions take on a named party other than the speaker's says they work
    ("The sanctions are hurting the Russian economy, U.S. Treasury Secretary Janet Yellen said.",
     ("Janet Yellen", "support", "current")),
    ("The sanctions will cripple Russia's ability to wage war, British Foreign Secretary David Lammy said.",
     ("David Lammy", "support", "current")),
    # on the speaker's own side it is harm
    ('"Sanctions have crippled our economy," Iranian President Masoud Pezeshkian said.',
     ("Masoud Pezeshkian", "oppose", "current")),
    ("The sanctions hurt ordinary people, Iranian Foreign Minister Abbas Araghchi said.",
     ("Abbas Araghchi", "oppose", "current")),
    # a state's people: a plural demonym however the parser tags it, or anyone called ordinary or innocent
    ('"The sanctions hurt ordinary Nigeriens far more than the generals," analyst Ulf Laessing told AFP.',
     ("Ulf Laessing", "oppose", "current")),
    ("The embargo is punishing Venezuelans, not the government, Mexican President Claudia Sheinbaum said.",
     ("Claudia Sheinbaum", "oppose", "current")),
    ("Sanctions on Syria starve innocent families, Foreign Minister Asaad al-Shibani said on Monday.",
     ("Asaad al-Shibani", "oppose", "current")),
])
def test_the_toll_of_sanctions_by_whom_it_hits(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "oppose" if stance[1] == "support" else "support", stance[2]) not in got, got


@pytest.mark.parametrize("text, stance", [
    ("South Korea is a member of the coalition that imposed sanctions on Russia.",
     ("South Korea", "support", "current")),
    ("South Korea is part of the coalition imposing export controls on Russia.",
     ("South Korea", "support", "current")),
    # a proposal, plan or push to sanction is its owner's call for sanctions
    ("The Netherlands backed a UK proposal to sanction the Wagner Group.", ("United Kingdom", "support", "current")),
    ("A U.S. plan to sanction Chinese banks drew criticism from Beijing.", ("United States", "support", "current")),
    # groups of states named by their number; bans on a state's goods
    ("The G7 agreed a price cap on Russian oil.", ("G7", "support", "current")),
    ("Poland called for a ban on Russian steel.", ("Poland", "support", "current")),
])
def test_members_proposers_and_numbered_groups(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text", [
    "Norway is a member of the alliance, which has never imposed sanctions on anyone.",
    "The city council approved a ban on plastic bags on Monday.",
    "Iran lifted its ban on women attending football matches.",
])
def test_no_stance_from_membership_or_bans_without_a_state(text):
    got = stances(text)
    assert not {s for s in got if s[0] in ("Norway", "Iran")}, got


def test_numbered_groups_are_actors_but_numbered_laws_are_not():
    actors = set(parse("The G7 met on Monday. The E3 said Resolution 2231 must be upheld.").actors["name"])
    assert {"G7", "E3"} <= actors and not any("2231" in a for a in actors), actors


@pytest.mark.parametrize("text, stance", [
    # 'they' / 'them' standing for the sanctions just named
    ("Russia condemned the new sanctions, calling them illegal.", ("Russia", "oppose", "current")),
    ('The EU imposed sanctions on Belarus. Alexander Lukashenko called them "economic war".',
     ("Alexander Lukashenko", "oppose", "current")),
    # a trailing participle the parse hung on an 'if' clause belongs to the main clause's subject
    ("Belarusian President Alexander Lukashenko threatened to cut gas transit if the EU pressed ahead with new "
     'sanctions, calling them "economic war".', ("Alexander Lukashenko", "oppose", "current")),
    # a quoted judgement the parse ran into the noun phrase it judges
    ('Venezuelan President Nicolas Maduro called the U.S. oil embargo "criminal".',
     ("Nicolas Maduro", "oppose", "current")),
    ("Foreign Ministry spokesman Zhao Lijian said the U.S. sanctions on Chinese firms have no basis in "
     "international law.", ("Zhao Lijian", "oppose", "current")),
    ("Russia and China said new UN sanctions on North Korea would only deepen the standoff.",
     ("China", "oppose", "current")),
    ('Deutsche Bank said it was "fully compliant" with the U.S. sanctions on Venezuela.',
     ("Deutsche Bank", "support", "current")),
])
def test_references_back_participles_and_claims(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, absent", [
    ("The EU sanctioned three generals on Monday, calling them criminals.", ("EU", "oppose", "current")),
    ("Belarusian President Alexander Lukashenko threatened to cut gas transit if the EU pressed ahead with new "
     'sanctions, calling them "economic war".', ("EU", "oppose", "current")),
])
def test_them_for_people_and_the_if_clause_subject_take_no_stance(text, absent):
    got = stances(text)
    assert absent not in got, got


@pytest.mark.parametrize("text, stance", [
    ("British Prime Minister Margaret Thatcher resisted sanctions against South Africa throughout the 1980s.",
     ("Margaret Thatcher", "oppose", "past")),
    ("During the Cold War, the Soviet Union denounced Western export controls as economic warfare.",
     ("Soviet Union", "oppose", "past")),
    ("Under the Obama administration, Washington eased sanctions on Cuba.", ("United States", "oppose", "past")),
])
def test_eras_of_decades_wars_and_governments_are_past(text, stance):
    assert stance in stances(text)


def test_the_current_administration_is_no_past_era():
    got = stances("Under the new administration, Washington eased sanctions on Cuba on Monday.")
    assert ("United States", "oppose", "current") in got, got


def test_sanctioning_a_thing_is_approving_it():
    assert not stances("Liverpool City Council sanctioned the construction of a new stadium at the docks.")
    assert ("United States", "support", "current") in stances("Washington sanctioned Rosneft's trading arm on Friday.")


@pytest.mark.parametrize("text, stance", [
    # a past perfect the parse read as possession ('had' owning 'opposed sanctions')
    ("Former German Chancellor Gerhard Schroeder had long opposed sanctions on Russia.",
     ("Gerhard Schroeder", "oppose", "past")),
    # what a call or demand asks to be lifted
    ("Pakistani Prime Minister Imran Khan called for the sanctions on Afghanistan to be eased.",
     ("Imran Khan", "oppose", "current")),
    ("Iranian President Ebrahim Raisi demanded that all sanctions be lifted in a verifiable way.",
     ("Ebrahim Raisi", "oppose", "current")),
])
def test_perfects_and_demands_to_lift(text, stance):
    got = stances(text)
    flipped = (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2])
    assert stance in got and flipped not in got, got


def test_a_perfect_repair_keeps_possession_and_sentences():
    art = parse("The bank had frozen accounts of three firms. Japan had several options on the table.")
    assert len(art.sentences) >= 5
    doc = dossier.nlp.parse("Germany had long opposed sanctions. Japan had several options.")
    assert [t.dep_ for t in doc if t.text in ("opposed", "had")] == ["aux", "ROOT", "ROOT"]


@pytest.mark.parametrize("text, stance", [
    # sanctions named as one of a list of steps
    ("Blinken said Washington was ready to impose massive consequences on Moscow, including sanctions.",
     ("United States", "support", "current")),
    # stand-ins: 'the EU listings'; a possessor marks a generic one ("the EU's move")
    ("The EU imposed sanctions on Belarus. Minsk condemned the EU listings on Monday.",
     ("Belarus", "oppose", "current")),
    ("The EU imposed sanctions on Belarus. Minsk condemned the EU's move on Monday.",
     ("Belarus", "oppose", "current")),
])
def test_lists_of_steps_and_stand_ins_with_owners(text, stance):
    assert stance in stances(text)


def test_a_list_of_topics_including_sanctions_is_no_stance():
    got = stances("The ministers discussed several issues on Monday, including sanctions on Russia.")
    assert not got, got


@pytest.mark.parametrize("text, stance", [
    # sanctions a party has are its own; 'part of' the sanctions is membership
    ("Washington has broad sanctions in place against Caracas.", ("United States", "support", "current")),
    ("Britain has its own sanctions regime against Russia.", ("United Kingdom", "support", "current")),
    ("Japan has been part of the sanctions campaign against Russia since 2022.", ("Japan", "support", "current")),
    # a perfect dated only by 'since' still holds
    ("The United States has had sanctions on Iran since 1979.", ("United States", "support", "current")),
    ("Japan has imposed sanctions on North Korea since 2006.", ("Japan", "support", "current")),
])
def test_sanctions_held_and_ongoing_since(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # the date anywhere under 'since', not only right after it
    ("Exiled opposition leader Sviatlana Tsikhanouskaya, who has pushed for tougher sanctions on the regime since "
     "the disputed 2020 election, thanked the US.", ("Sviatlana Tsikhanouskaya", "support", "current")),
    ("Lithuania has called for sanctions on Belarus since the crackdown of August 2020.",
     ("Lithuania", "support", "current")),
])
def test_a_perfect_since_a_dated_event_still_holds(text, stance):
    assert stance in stances(text)
    assert (stance[0], stance[1], "past") not in stances(text)


@pytest.mark.parametrize("text, stance", [
    # a simple past dated by the same event is over
    ("Lithuania called for sanctions on Belarus after the crackdown of August 2020.", ("Lithuania", "support", "past")),
    ("Lithuania had called for sanctions on Belarus since the crackdown of August 2020 but changed course in 2021.",
     ("Lithuania", "support", "past")),
])
def test_a_past_since_a_dated_event_stays_past(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # a claim about how sanctions fared is the view of its speaker when they speak
    ('The United States imposed sanctions on two refineries on Monday. "Such pressure has not worked in the past and '
     'will not work now," said Li Haidong, a professor in Beijing.', ("Li Haidong", "oppose", "current")),
    ('"Sanctions did not work in the 1990s and they will not work today," Foreign Minister Wang Yi said.',
     ("Wang Yi", "oppose", "current")),
    # said in the past, it is a past view
    ("In 2014, Chancellor Angela Merkel said the sanctions were not working.", ("Angela Merkel", "oppose", "past")),
])
def test_a_claim_takes_the_time_it_is_said(text, stance):
    got = stances(text)
    other = "current" if stance[2] == "past" else "past"
    assert stance in got and (stance[0], stance[1], other) not in got, got


@pytest.mark.parametrize("text, stance", [
    ('The U.S. embargo on Cuba has lasted six decades. "The blockade is the main obstacle to our development," Cuban '
     'Foreign Minister Bruno Rodriguez wrote on Monday.', ("Bruno Rodriguez", "oppose", "current")),
    ('"The sanctions are an impediment to peace," Russian Foreign Minister Sergei Lavrov said.',
     ("Sergei Lavrov", "oppose", "current")),
])
def test_sanctions_called_an_obstacle(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support", stance[2]) not in got, got


@pytest.mark.parametrize("text, stance", [
    # not subscribing to them, not recognising 'unilateral measures' once sanctions are named
    ("The EU imposed new sanctions on Russia. India said it did not subscribe to unilateral sanctions.",
     ("India", "oppose", "current")),
    ("The EU imposed new sanctions on Russia. India does not recognise unilateral measures, its foreign ministry "
     "said.", ("India", "oppose", "current")),
    ("The EU imposed new sanctions on Russia. China said it would not adhere to the measures.",
     ("China", "oppose", "current")),
])
def test_not_subscribing_to_unilateral_measures(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support", stance[2]) not in got, got


def test_unilateral_measures_without_sanctions_named_are_no_stance():
    assert not stances("India said it did not subscribe to unilateral measures on trade in rice.")


@pytest.mark.parametrize("text, stance", [
    # a month under 'would' or 'will' lies ahead of when it is said
    ("The EU imposed new sanctions on Russia on Friday. Britain said it would apply the new measures from September.",
     ("United Kingdom", "support", "current")),
    # under 'would have' it lies behind
    ("The EU imposed new sanctions on Russia on Friday. Japan said it would have joined the sanctions in March.",
     ("Japan", "support", "past")),
])
def test_a_bare_month_under_would_looks_ahead(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # a past perfect held 'from the start' or 'all along' still holds
    ("The bloc lifted sanctions on Niger on Saturday. Niamey had denounced the measures from the start.",
     ("Niger", "oppose", "current")),
    ("The EU lifted sanctions on Syria. Germany had backed the sanctions all along.", ("Germany", "support", "current")),
    # without them it lies before the story's time
    ("The bloc lifted sanctions on Niger on Saturday. Niamey had denounced the measures at first.",
     ("Niger", "oppose", "past")),
])
def test_a_past_perfect_held_throughout(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # 'the bloc', 'the regional bloc', 'the alliance': the international body just named
    ("The European Union on Tuesday scrapped its sanctions on Syria. The bloc first imposed sanctions on Assad's "
     "government in May 2011.", ("European Union", "support", "past")),
    ("The European Union on Tuesday scrapped its sanctions on Syria. The regional bloc first imposed sanctions on "
     "Assad's government in May 2011.", ("European Union", "support", "past")),
    ("The Economic Community of West African States held a summit in Abuja on Saturday. The bloc imposed sanctions "
     "on Niger's junta.",
     ("Economic Community of West African States", "support", "current")),
])
def test_the_bloc_is_the_body_just_named(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, holds", [
    # a state announcing what a body of states did speaks as its member
    ("The European Union met on Monday. France announced that the bloc had approved new sanctions on Russia.", True),
    # saying it is reporting; and a target never supports sanctions on itself
    ("The European Union met on Monday. China said that the bloc had approved new sanctions on Russia.", False),
])
def test_a_state_announcing_a_bodys_sanctions(text, holds):
    got = stances(text)
    state = "France" if holds else "China"
    assert ((state, "support", "current") in got) is holds, got
    assert ("Russia", "support", "current") not in stances(
        "The European Union met on Monday. Russia announced that the bloc had approved new sanctions on it.")


@pytest.mark.parametrize("text, stance", [
    # saying sanctions should end, must go, or that it is time to end them
    ("The United States has kept its embargo on Cuba. Mexico's president Claudia Sheinbaum has repeatedly said the "
     "embargo should end.", ("Claudia Sheinbaum", "oppose", "current")),
    ("The United States has kept its embargo on Cuba. Mexican President Claudia Sheinbaum said the sanctions must go.",
     ("Claudia Sheinbaum", "oppose", "current")),
    ("The United States has kept its embargo on Cuba. Mexican President Claudia Sheinbaum said it was high time to "
     "lift the embargo.", ("Claudia Sheinbaum", "oppose", "current")),
    ("The EU met on Monday. Polish Foreign Minister Radoslaw Sikorski said it was time to impose new sanctions on "
     "Russia.", ("Radoslaw Sikorski", "support", "current")),
])
def test_calling_for_an_end_or_saying_it_is_time(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text", [
    "The EU met on Monday. Polish Foreign Minister Radoslaw Sikorski said there was no time to impose new sanctions "
    "on Russia.",
    "The EU imposed sanctions on Russia. Polish Foreign Minister Radoslaw Sikorski said the talks should end.",
    "The EU imposed sanctions on Russia. Polish Foreign Minister Radoslaw Sikorski said the sanctions could end soon.",
])
def test_no_call_without_an_ending_of_sanctions_or_with_no_time(text):
    assert not {s for s in stances(text) if s[0] in ("Radoslaw Sikorski", "Poland")}


def test_the_bloc_without_a_body_named_is_nobody():
    got = stances("France and Germany met in Paris on Monday. The bloc imposed sanctions on Russia.")
    assert not {s for s in got if s[0] in ("France", "Germany")}, got




@pytest.mark.parametrize("text, stance", [
    # measures called tough, harsh or sweeping stand for the sanctions already named
    ("The bloc lifted sanctions on Niger on Saturday. President Bola Tinubu had pushed for tough measures.",
     ("Bola Tinubu", "support", "past")),
    ("The United States imposed sanctions on Iran on Monday. Israel has long called for sweeping measures.",
     ("Israel", "support", "current")),
])
def test_tough_measures_stand_for_sanctions(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stance", [
    # a title whose name comes after 'to' or 'for' ('Ambassador to the United States Qin Gang'), however parsed
    ('Chinese Ambassador to the United States Qin Gang told NPR that sanctions "are not the solution" to the '
     'Ukraine crisis.', ("Qin Gang", "oppose", "current")),
    ("U.S. Special Envoy for Iran Robert Malley said on Monday that the sanctions would stay in place.",
     ("Robert Malley", "support", "current")),
])
def test_the_name_after_a_title_to_or_for(text, stance):
    assert stance in stances(text)


def test_calling_for_the_measures_to_be_eased_opposes_and_proposes_nothing():
    text = ("The United States froze the reserves of Afghanistan's central bank on Monday. Pakistani Prime Minister "
            "Imran Khan called for the measures to be eased.")
    got = stances(text, "2022-02-09")
    assert ("Imran Khan", "oppose", "current") in got and ("Imran Khan", "support", "current") not in got, got
    assert not events(text, "proposal")


@pytest.mark.parametrize("text, stance", [
    # working on or drawing up sanctions prepares them; being open to, receptive to or opposed to them is a stance
    ("Britain is working on new sanctions against Russia, officials said.", ("United Kingdom", "support", "current")),
    ("Germany is drawing up sanctions on Iranian officials, a government spokesman said.",
     ("Germany", "support", "current")),
    ("Italy is open to tough sanctions on Russia, Prime Minister Mario Draghi said.", ("Italy", "support", "current")),
    ("Italy is opposed to new sanctions on Russia, Prime Minister Mario Draghi said.", ("Italy", "oppose", "current")),
])
def test_preparing_and_attitudes_in_more_words(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


@pytest.mark.parametrize("text, stance", [
    # issuing sanctions imposes them; having or raising doubts about them opposes them
    ("The Treasury Department issued sanctions on three Iranian firms on Tuesday.",
     ("Treasury Department", "support", "current")),
    ("The EU imposed sanctions on Russia. Hungary has reservations about the sanctions.", ("Hungary", "oppose", "current")),
    ("The EU imposed sanctions on Russia. Austria raised concerns about new sanctions.", ("Austria", "oppose", "current")),
])
def test_issuing_sanctions_and_doubting_them(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_issuing_a_licence_is_no_opposition():
    got = stances("The United States imposed sanctions on Russia. The Treasury also issued a general license allowing "
                  "some energy transactions.")
    assert ("Treasury", "oppose", "current") not in got and ("United States", "oppose", "current") not in got, got




@pytest.mark.parametrize("text", [
    "Britain is working on a new trade deal with India, officials said.",
    "Iran is open to talks with the United States, its foreign minister said.",
    "Italy was opposed by France in the final on Sunday.",
])
def test_preparing_and_attitudes_need_sanctions(text):
    assert not stances(text)


@pytest.mark.parametrize("text", [
    # a state's ban on its own trade that names no other state is trade policy, whatever its clauses name
    "A long-running dispute over Indonesia's 2020 ban on exports of raw nickel ore, which the EU challenged at the "
    "World Trade Organization, was set aside.",
    "India's export ban on rice has pushed up prices across Asia.",
])
def test_a_ban_on_ones_own_exports_is_no_sanction(text):
    assert not stances(text)


@pytest.mark.parametrize("text, stance", [
    ("The EU's ban on imports of Russian oil took effect on Monday.", ("EU", "support", "current")),
    ("China's ban on exports of rare earths to the United States drew criticism in Washington.",
     ("China", "support", "current")),
    ("Canada imposed a ban on exports of drones to Iran on Monday.", ("Canada", "support", "current")),
])
def test_a_ban_naming_another_state_is_a_sanction(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, stances_", [
    # restrictions, curbs or designations a state or body is named as imposing are sanctions, named first or not
    ("Belarusian leader Alyaksandr Lukashenka dismissed the new EU restrictions as 'a stupid provocation'.",
     {("Alyaksandr Lukashenka", "oppose", "current"), ("EU", "support", "current")}),
    ("Huawei rotating chairman Eric Xu called the US curbs 'unfair'.",
     {("Eric Xu", "oppose", "current"), ("United States", "support", "current")}),
    ("North Korea's foreign ministry blasted the latest US designations as 'a provocation'.",
     {("North Korea", "oppose", "current")}),
])
def test_a_states_restrictions_are_sanctions(text, stances_):
    assert stances_ <= stances(text)


def test_a_states_health_restrictions_are_no_sanctions():
    assert not stances("Travellers criticised the new EU restrictions on travel during the Covid pandemic.")


def test_would_not_hesitate_to_impose_supports():
    got = stances("Foreign Secretary Liz Truss told MPs on Tuesday that Britain would not hesitate to impose tough new "
                  "sanctions on Kremlin-linked oligarchs if Russian forces cross into Ukraine.")
    assert ("United Kingdom", "support", "current") in got and ("United Kingdom", "oppose", "current") not in got, got


def test_a_stance_told_in_a_clause_of_what_came_before_is_past():
    got = stances("Russia has criticized the U.S. and the European Union for following up with separate sanctions "
                  "after the latest U.N. penalties -- which Moscow supported -- were passed.", "2010-08-14")
    assert ("Russia", "support", "current") not in got and ("Russia", "oppose", "current") in got, got


@pytest.mark.parametrize("text, stance", [
    # countermeasures against a party are sanctions of their own; against sanctions they answer them
    ("China's Ministry of Foreign Affairs on Friday announced countermeasures against nine U.S. defence companies.",
     ("China", "support", "current")),
    ("Russia announced counter-sanctions against 200 British officials on Monday.", ("Russia", "support", "current")),
    ("The EU imposed sanctions on Russia on Monday. Moscow vowed countermeasures against the EU's sanctions.",
     ("Russia", "oppose", "current")),
])
def test_countermeasures(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_designating_before_the_word_sanctions_in_an_article_that_uses_it():
    text = ("The Treasury's Office of Foreign Assets Control is designating Dong Jingwei, a deputy director; Paul Lam, "
            "the secretary for justice; and Raymond Siu, the police commissioner. The Treasury sanctioned ten other "
            "officials in 2020.")
    got = stances(text, "2026-11-12")
    assert ("Office of Foreign Assets Control", "support", "current") in got, got
    assert not {s for s in got if s[0] in ("Raymond Siu", "Paul Lam")}, got     # a list after semicolons: no agents


def test_designating_in_an_article_that_never_says_sanctions_is_no_stance():
    assert not stances("The party is designating Paul Lam as its candidate for the district seat.")


@pytest.mark.parametrize("text, expected", [
    # a vote that names nothing is on the resolution just named; 'three of the members - A, B and C'
    ("A Russian-drafted resolution that would have lifted United Nations sanctions on Iran failed at the Security "
     "Council on Wednesday. Only three of the 15 council members - Russia, China and Pakistan - voted in favour. The "
     "UK, France and the United States voted against, along with seven others.",
     {("Pakistan", "oppose", "current"), ("China", "oppose", "current"), ("France", "support", "current"),
      ("United States", "support", "current")}),
    ("The Security Council voted on a resolution imposing new sanctions on North Korea. Russia and China voted "
     "against.", {("Russia", "oppose", "current"), ("China", "oppose", "current")}),
])
def test_a_vote_that_names_nothing(text, expected):
    assert expected <= stances(text)


def test_a_vote_on_something_else_is_no_stance():
    assert not stances("The council debated a resolution on climate finance. Brazil voted against.")


def test_a_name_the_ner_took_for_a_place_beside_a_role_is_a_person():
    text = ("Moscow's envoy to the UN, Vassily Nebenzia, told the council the snapback had been \"legally null and "
            "void\" from the start.")
    art = parse(text)
    row = art.actors[art.actors["name"] == "Vassily Nebenzia"].iloc[0]
    assert row["kind"] == "person" and row["country"] == "RUS", row.to_dict()
    assert ("Vassily Nebenzia", "oppose", "current") in stances(text)


@pytest.mark.parametrize("text, stance", [
    # saying sanctions should not or must not be imposed or extended opposes them
    ('"Sanctions should not be extended," Foreign Minister Wang Yi said.', ("Wang Yi", "oppose", "current")),
    ("The EU should not impose new sanctions on Russia, Hungarian Prime Minister Viktor Orban said.",
     ("Viktor Orban", "oppose", "current")),
    ("New sanctions must not be imposed on Iran, Russian Foreign Minister Sergei Lavrov said.",
     ("Sergei Lavrov", "oppose", "current")),
])
def test_saying_sanctions_should_not_be_imposed(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support", stance[2]) not in got, got


def test_saying_sanctions_could_not_be_extended_is_no_stance():
    assert not stances("Sanctions on Iran could not be extended, the diplomat Jane Roe said.")


def test_the_means_of_breaking_ranks_is_its_agents_stance():
    got = stances("A UN sanctions committee refused to exempt the minister from a global travel ban on Friday. Britain "
                  "and France broke ranks with Washington last year by backing a temporary exemption for a Taliban "
                  "delegation.")
    assert {("United Kingdom", "oppose", "past"), ("France", "oppose", "past")} <= got, got


def test_a_countrys_plain_name_before_sanctions_is_their_target_however_tagged():
    got = stances("When Washington wound up its Zimbabwe sanctions programme in March 2024, it did not end the "
                  "pressure.", "2026-10-08")
    assert ("Zimbabwe", "support", "current") not in got, got


def test_a_group_led_by_named_states_is_those_states():
    got = stances("The EU kept an arms embargo on Zimbabwe, and several member states, led by Italy and Hungary, have "
                  "lobbied to drop the embargo.")
    assert {("Italy", "oppose", "current"), ("Hungary", "oppose", "current")} <= got, got


@pytest.mark.parametrize("text, stance", [
    ("The UK froze the assets of four RSF commanders on Wednesday. The shadow foreign secretary, Priti Patel, threw "
     "the Conservatives' weight behind the measures.", ("Priti Patel", "support", "current")),
    ('The UK froze the assets of four RSF commanders on Wednesday. Reform UK\'s Richard Tice told the chamber that '
     'sanctions on militia leaders "achieve nothing except headlines".', ("Richard Tice", "oppose", "current")),
    ("The UK froze the assets of four RSF commanders on Wednesday. Sudan's army-aligned government in Port Sudan "
     "welcomed the announcement.", ("Sudan", "support", "current")),
    ("The EU imposed sanctions on Belarus on Monday. Lithuania welcomed the decision of the Council.",
     ("Lithuania", "support", "current")),
])
def test_weight_behind_achieving_nothing_and_the_announcement(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support" if stance[1] == "oppose" else "oppose", stance[2]) not in got, got


def test_the_announcement_of_something_else_is_no_stand_in():
    got = stances("The UK froze the assets of four RSF commanders on Wednesday. Sudan welcomed the announcement of a "
                  "ceasefire in Darfur.")
    assert not {s for s in got if s[0] == "Sudan"}, got


@pytest.mark.parametrize("text", [
    # neither ... nor, and not condemning, take no stance
    "The EU imposed sanctions on Russia. Abu Dhabi has neither endorsed nor condemned the measures.",
    "The EU imposed sanctions on Russia. The UAE did not condemn the measures.",
])
def test_neither_nor_and_not_condemning_are_no_stance(text):
    got = stances(text)
    assert not {s for s in got if s[0] == "United Arab Emirates"}, got


@pytest.mark.parametrize("text, stance", [
    ('The EU imposed sanctions on Russia. President Recep Tayyip Erdogan has said that punitive measures "have never '
     'brought peace anywhere".', ("Recep Tayyip Erdogan", "oppose", "current")),
    ("In 2012, under pressure from Washington, India cut its purchases of Iranian crude by more than a quarter and "
     "fell in line with US restrictions.", ("India", "support", "past")),
])
def test_never_brought_and_falling_in_line(text, stance):
    assert stance in stances(text)


def test_a_rebuke_from_a_capital_is_its_governments_and_an_unfriendly_step_opposes():
    text = ("Japan froze the assets of 47 individuals on Friday. The measures drew a swift rebuke from Moscow. Its "
            "ambassador in Tokyo, Nikolai Nozdrev, called them \"another unfriendly step that will only damage "
            "Japanese business\".")
    assert {("Russia", "oppose", "current"), ("Nikolai Nozdrev", "oppose", "current")} <= stances(text)


def test_flying_in_from_a_capital_is_a_place():
    art = parse("The minister flew in from Moscow on Monday and met officials in Ankara for several hours of talks.")
    assert set(art.actors.loc[art.actors["name"] == "Moscow", "kind"]) == {"location"}, art.actors


@pytest.mark.parametrize("text, stance", [
    # what someone is reported to have said in the past is a view of the past
    ("Turkish President Recep Tayyip Erdogan used to say that Ankara would never comply with unilateral sanctions on "
     "Iran.", ("Recep Tayyip Erdogan", "oppose", "past")),
    ("In 2014, German Chancellor Angela Merkel said Germany would back new sanctions on Russia.",
     ("Angela Merkel", "support", "past")),
    # said this week, it holds now
    ("German Chancellor Olaf Scholz said on Monday that Germany would back new sanctions on Russia.",
     ("Olaf Scholz", "support", "current")),
])
def test_a_view_reported_as_said_then(text, stance):
    got = stances(text)
    other = "current" if stance[2] == "past" else "past"
    assert stance in got and (stance[0], stance[1], other) not in got, got


@pytest.mark.parametrize("text, stance", [
    ("Then-German Chancellor Angela Merkel was the driving force behind the EU's sectoral sanctions on Russia in "
     "2014.", ("Angela Merkel", "support", "past")),
    ("Canada's Conservative government under Prime Minister Stephen Harper imposed some of the toughest sanctions on "
     "Russian officials in 2014.", ("Stephen Harper", "support", "past")),
])
def test_the_force_behind_and_the_leader_a_government_acted_under(text, stance):
    assert stance in stances(text)


def test_a_government_under_pressure_is_no_leader():
    assert not stances("The government under pressure from Washington imposed sanctions on Iran.") & {
        ("United States", "support", "current")}


@pytest.mark.parametrize("text, stance", [
    # a judgement the parse read as the subject of a clause of its own inside the quotation
    ("The US Treasury added four more judges of the international criminal court to its blacklist on Thursday. The "
     "Dutch foreign minister, Caspar Veldkamp, called the designations \"an attack on the independence of judges who "
     "are doing the job states gave them\".", ("Caspar Veldkamp", "oppose", "current")),
    # kinds of a wrong: banditry, extortion
    ("Switzerland froze the assets of Belaruskali on Monday. The Belarusian foreign ministry described the asset "
     "freeze as \"economic banditry\" and said Minsk reserved the right to respond.", ("Belarus", "oppose", "current")),
])
def test_judgements_in_quotations_more_ways(text, stance):
    got = stances(text)
    assert stance in got and (stance[0], "support", stance[2]) not in got, got


@pytest.mark.parametrize("text, stance", [
    # 'them' as the object of lifting or renewing is the sanctions, whatever plural stands between
    ("The United States renewed its sanctions on Venezuela on Monday. Colombia's President Gustavo Petro has long "
     "argued that the restrictions on his neighbour push Venezuelans to migrate. He used a speech in Cucuta on "
     "Wednesday to urge his US counterpart to lift them altogether.", ("Gustavo Petro", "oppose", "current")),
    ("The EU imposed sanctions on Russia. Hungary said the measures hurt European farmers and it would not renew "
     "them.", ("Hungary", "oppose", "current")),
])
def test_them_lifted_or_renewed_is_the_sanctions(text, stance):
    assert stance in stances(text)


def test_them_questioned_is_not_the_sanctions():
    got = stances("The EU imposed sanctions on three generals. Officials said the generals would be questioned, and "
                  "that the court would hear them in May.")
    assert got == {("EU", "support", "current")}, got


def test_naming_a_licence_something_for_someone_is_no_call_for_it():
    got = stances("The United States granted Chevron a licence to pump oil in Venezuela despite its sanctions. "
                  "Opposition leader Maria Corina Machado called the licence \"oxygen for a dictatorship\".")
    assert ("Maria Corina Machado", "oppose", "current") not in got, got


def test_western_restrictions_stand_for_sanctions():
    got = stances("The EU imposed sanctions on Belarus in 2020. Lukashenko, in power since 1994, has sought to loosen "
                  "Western restrictions imposed after his violent crackdown on protests in 2020.")
    assert ("Lukashenko", "oppose", "current") in got, got


def test_tough_measures_without_sanctions_named_are_no_stance():
    assert not stances("Nigeria said the talks would cover tough measures against pirates in the Gulf of Guinea.")




@pytest.mark.parametrize("text", [
    "Russia has no sanctions on Turkey.",
    "Iran has had enough of sanctions, its president said.",
])
def test_having_no_sanctions_is_no_support(text):
    got = stances(text)
    assert not {s for s in got if s[1] == "support"}, got


def test_an_act_dated_in_a_past_year_stays_past():
    assert ("Japan", "support", "past") in stances("Japan imposed sanctions on North Korea in 2006.")


def test_a_bodys_arm_speaks_for_the_body():
    art = parse('In a statement, the EU\'s foreign policy arm said: "The European Union stands ready to act."')
    n = names(art)
    assert [n.get(s) for s in art.quotes["speaker_id"].dropna()] == ["European Union"], art.quotes


@pytest.mark.parametrize("text, stance", [
    # Brussels is the Union's seat in an article that names the EU and names Belgium only by its capital
    ("The EU imposed sanctions on Nicaragua. Washington and Brussels slapped visa bans on members of the "
     "government.", ("EU", "support", "current")),
    ("Washington and Brussels slapped visa bans on Nicaraguan officials on Monday, a day after the EU named them.",
     ("United States", "support", "current")),
])
def test_the_unions_seat(text, stance):
    assert stance in stances(text)


def test_brussels_is_belgium_where_belgium_is_named():
    art = parse("Belgian Prime Minister Alexander De Croo said Brussels would back new EU sanctions.")
    assert "Belgium" in set(art.actors["name"])


@pytest.mark.parametrize("text, stance", [
    # sanctions as the consequence of a condition are a threat
    ("Japanese Prime Minister Fumio Kishida said Japan would impose sanctions on Russia if it invaded Ukraine.",
     ("Japan", "support", "current")),
])
def test_sanctions_threatened_on_a_condition(text, stance):
    assert stance in stances(text)


@pytest.mark.parametrize("text, actor", [
    ("If Japan imposed sanctions, Russia would retaliate.", "Japan"),       # the sanctions are the condition
    ("The EU would lift the sanctions if Iran complied.", "EU"),            # a conditional easing is no stance
])
def test_conditions_and_conditional_easing_take_no_stance(text, actor):
    got = stances(text)
    assert not {s for s in got if s[0] == actor}, got


@pytest.mark.parametrize("text, stance", [
    # a nominal sanctions name headed by its first word ('the freezing of assets')
    ("Japan announced the freezing of assets of the Russian central bank.", ("Japan", "support", "current")),
    # sanctions said to be someone's tool are backed by their owner
    ("Sanctions are the EU's main tool against Russia.", ("EU", "support", "current")),
    ("Sanctions remain Washington's weapon of choice against Tehran.", ("United States", "support", "current")),
])
def test_nominal_names_and_owned_tools(text, stance):
    assert stance in stances(text)


def test_a_tool_of_a_wrong_is_no_owners_support():
    got = stances("The sanctions are a tool of Washington's hegemony, Iran's foreign ministry said.")
    assert ("United States", "support", "current") not in got and ("Iran", "oppose", "current") in got, got


@pytest.mark.parametrize("text, stance", [
    ("As prime minister in 2016, Shinzo Abe resisted pressure for tougher sanctions on Russia.",
     ("Shinzo Abe", "oppose", "past")),
    ("Pakistani Foreign Minister Shah Mahmood Qureshi urged Washington to unfreeze Afghanistan's central bank "
     "reserves.", ("Shah Mahmood Qureshi", "oppose", "current")),
    ("Sanctions will not resolve the crisis, Turkish Foreign Minister Mevlut Cavusoglu said on Thursday.",
     ("Mevlut Cavusoglu", "oppose", "current")),
    ("British lawmaker David Lammy said sanctions on the oligarchs were long overdue.",
     ("David Lammy", "support", "current")),
    ("Greek Prime Minister Alexis Tsipras said he disagreed with the EU sanctions on Russia.",
     ("Alexis Tsipras", "oppose", "current")),
    ("Zimbabwean President Robert Mugabe said the EU sanctions on his government were a racist ploy.",
     ("Robert Mugabe", "oppose", "current")),
    ("Cuban Foreign Minister Bruno Rodriguez said the U.S. embargo was a genocidal policy.",
     ("Bruno Rodriguez", "oppose", "current")),
])
def test_more_stance_words(text, stance):
    assert stance in stances(text)


def test_a_domestic_price_cap_is_no_sanction():
    assert not stances("Ofgem's energy price cap will rise by 54% in April, the regulator said on Thursday.")


def test_a_single_quote_read_as_a_possessive():
    got = stances("Iranian President Hassan Rouhani called US sanctions 'economic terrorism' on Monday.")
    assert ("Hassan Rouhani", "oppose", "current") in got, got
    assert ("Hassan Rouhani", "support", "current") not in got, got


# --- including a party in a package or list of sanctions imposes them; including sanctions among options does not

@pytest.mark.parametrize("text, want", [
    ('The EU adopted new sanctions on Russia on Monday. "In this package, we include Rosneft and 200 vessels," said '
     'Foreign Minister Jan Novak of Poland.', {("Jan Novak", "support", "current")}),
    ("Poland wants to include Belarus in the next package of sanctions.", {("Poland", "support", "current")}),
    ("The EU included 20 Russian banks in its latest sanctions.", {("EU", "support", "current")}),
    ("Hungary refused to include Patriarch Kirill in the package of sanctions.", {("Hungary", "oppose", "current")}),
])
def test_including_a_party_in_a_sanctions_package(text, want):
    assert want <= stances(text)


@pytest.mark.parametrize("text", [
    "The new sanctions include an asset freeze and a travel ban.",
    "China said its response could include sanctions on US firms.",
    "The delegation included the foreign minister, who spoke to reporters about the sanctions.",
])
def test_including_is_no_stance_without_a_party_put_in(text):
    assert stances(text) == set()


# --- classes read from blind probe 10's misses (written after its report)

@pytest.mark.parametrize("text, want", [
    # regretting the decision opposes it
    ('The US imposed sanctions on ICC judges on Monday. The EU said it "deeply regrets" the decision.',
     {("EU", "oppose", "current")}),
    # a naming verb whose quoted adjective the parse hangs on the object
    ('The US imposed sanctions on ICC judges on Monday. Slovenia called the listing "unacceptable".',
     {("Slovenia", "oppose", "current")}),
    # a reduced passive: the party blacklisted, then the doer after 'by'
    ("The tankers are run by Dubai-registered operators already blacklisted by Britain over their role in shipping "
     "Russian oil under sanctions.", {("United Kingdom", "support", "current")}),
    # revoking a sanctions order lifts them
    ("President Donald Trump revoked that sanctions order within hours of returning to the White House.",
     {("Donald Trump", "oppose", "current")}),
    # an extension of relief from sanctions is opposition to them, however it is asked for
    ("The oil company Eni has pushed for an extension of the sanctions waivers.", {("Eni", "oppose", "current")}),
])
def test_probe_ten_classes(text, want):
    got = stances(text)
    assert want <= got
    assert not {(a, "support" if s == "oppose" else "oppose", p) for a, s, p in want} & got   # never both ways


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on ICC judges on Monday. The minister said she regretted missing the meeting.",
    "The firms were founded by two brothers in Dubai, a lawyer said of the sanctions case.",
])
def test_probe_ten_classes_leave_alone(text):
    assert stances(text) <= {("United States", "support", "current")}


def test_measures_a_relative_clause_says_were_lifted_are_sanctions():
    text = ("In 2020, the first Trump administration imposed sanctions on the prosecutor and froze her assets over "
            "her inquiry into Afghanistan, measures that President Joe Biden lifted in April 2021.")
    got = stances(text, published="2026-05-20")
    assert ("Joe Biden", "oppose", "past") in got
    assert not {s for s in got if s[0] == "Afghanistan"}      # the inquiry's subject is not Biden's country


def test_measures_a_relative_clause_defines_otherwise_are_not_sanctions():
    text = "The EU imposed sanctions on Iran. The country also faces measures that protect the environment, he said."
    assert stances(text) == {("EU", "support", "current")}


def test_those_a_state_joins_others_in_sanctioning_are_not_its_partners():
    got = stances("New Zealand joins the UK, Canada, Australia and Norway in sanctioning Israeli ministers Itamar "
                  "Ben-Gvir and Bezalel Smotrich.")
    assert {("New Zealand", "support", "current"), ("Canada", "support", "current")} <= got
    assert not {s for s in got if s[0] in ("Itamar Ben-Gvir", "Bezalel Smotrich")}


def test_anti_a_state_names_the_sanctions_target_not_their_imposer():
    got = stances("Moscow condemned the anti-Russian sanctions imposed by the EU.")
    assert ("Russia", "oppose", "current") in got and ("Russia", "support", "current") not in got
    assert ("Russia", "support", "current") in stances("Russian sanctions on Ukrainian grain hurt farmers.")
