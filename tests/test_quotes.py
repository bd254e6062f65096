"""Quotes and their speakers: tiny texts for each layout and attribution rule, and the seed both ways."""
from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier import quotes as qt
from dossier import clauses
from dossier.schema import COLUMNS

PAD = ("\n\nThe session was attended by diplomats from several countries and lasted most of the afternoon. "
       "Reporters waited outside the building for several hours before the delegations left without comment.")


def parse(text: str):
    return dossier.parse_article(text + PAD, published="2022-02-09")


def quotes(text: str) -> list[dict]:
    """The quotes of a tiny article as plain dicts, with the speaker's actor name under 'who'."""
    art = parse(text)
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    rows = art.quotes.to_dict("records")
    for r in rows:
        r["who"] = names.get(r["speaker_id"]) if pd.notna(r["speaker_id"]) else None
    return rows


def found(rows: list[dict], start: str) -> dict:
    hits = [r for r in rows if r["text"].startswith(start)]
    assert hits, f"no quote starting {start!r} in {[r['text'] for r in rows]}"
    return hits[0]


# ------------------------------------------------------------------------------------------------ layouts

@pytest.mark.parametrize("text, start, who, kind", [
    ("“We will not accept these terms,” Foreign Minister Anna Berg said on Monday in Oslo after the talks.",
     "We will not accept these terms,", "Anna Berg", "direct"),
    ('"We will not accept these terms," Foreign Minister Anna Berg said on Monday in Oslo after the talks.',
     "We will not accept these terms,", "Anna Berg", "direct"),
    ("Foreign Minister Anna Berg told reporters in Oslo on Monday: 'We will not accept these terms.'",
     "We will not accept these terms.", "Anna Berg", "direct"),
    ("Foreign Minister Anna Berg said in Oslo on Monday: “We will not accept these terms.”",
     "We will not accept these terms.", "Anna Berg", "direct"),
    ("Foreign Minister Anna Berg accused Britain of 'reckless behaviour' after the vote in Oslo on Monday.",
     "reckless behaviour", "Anna Berg", "partial"),
    ("Foreign Minister Anna Berg on Monday slammed the plan as creating a “toxic atmosphere” in the region.",
     "toxic atmosphere", "Anna Berg", "partial"),
])
def test_quote_layouts(text, start, who, kind):
    q = found(quotes(text), start)
    assert (q["who"], q["kind"]) == (who, kind)


def test_single_quotes_pass_over_apostrophes():
    rows = quotes("Foreign Minister Anna Berg met reporters in Oslo on Monday after Russia's vote. "
                  "'Oh well, that's the Americans' choice,' she said. 'We don't accept it, and we won't.'")
    texts = [r["text"] for r in rows if r["kind"] != "indirect"]
    assert "Oh well, that's the Americans' choice," in texts
    assert "We don't accept it, and we won't." in texts
    assert not any(t.startswith(("s vote", "s choice", "t accept")) for t in texts)


def test_quote_split_by_attribution_is_two_direct_rows_of_one_speaker():
    rows = quotes("“We will not accept these terms,” Foreign Minister Anna Berg said on Monday in Oslo, "
                  "“and we will not negotiate until the troops leave.”")
    first, second = found(rows, "We will not accept"), found(rows, "and we will not negotiate")
    assert first["who"] == second["who"] == "Anna Berg"
    assert first["kind"] == second["kind"] == "direct"


def test_quote_running_over_two_paragraphs():
    rows = quotes("Foreign Minister Anna Berg spoke to reporters in Oslo on Monday about the talks with Sweden.\n\n"
                  "“We have come a long way in these talks and we are proud of it.\n\n"
                  "“But there is more to do before any deal is signed,” Berg said.")
    first, second = found(rows, "We have come a long way"), found(rows, "But there is more to do")
    assert first["who"] == second["who"] == "Anna Berg"
    assert "\n" not in first["text"]


def test_unbalanced_mark_stops_at_its_paragraph():
    art = parse("Foreign Minister Anna Berg spoke to reporters in Oslo on Monday about the talks with Sweden.\n\n"
                "“We will not accept these terms, Berg said on Monday.\n\n"
                "The talks resume next week in Geneva, officials said after the meeting ended.")
    direct = art.quotes[art.quotes["kind"] != "indirect"]
    assert len(direct) == 1
    assert direct.iloc[0]["text"] == "We will not accept these terms, Berg said on Monday."
    assert not any("Geneva" in t for t in direct["text"])


@pytest.mark.parametrize("text", [
    "“ ” \" ' ‘ ’ The talks in Oslo ended on Monday without a deal between Norway and Sweden, officials said.",
    "The talks in Oslo ended on Monday without a deal between Norway and Sweden, officials said. “ The "
    "delegations then left the building without comment.",
    "'90s rock 'n' roll played as the talks in Oslo ended on Monday without a deal between Norway and Sweden.",
])
def test_stray_marks_do_not_crash(text):
    art = parse(text)
    assert list(art.quotes.columns[:len(COLUMNS["quotes"])]) == list(COLUMNS["quotes"])


def test_indirect_speech_and_according_to():
    rows = quotes("Foreign Minister Anna Berg said on Monday that the talks in Oslo had failed because of the war. "
                  "According to the Norwegian Foreign Ministry, the next round of talks will be held in March.")
    said = found(rows, "the talks in Oslo had failed")
    assert (said["kind"], said["who"], said["cue"]) == ("indirect", "Anna Berg", "said")
    according = found(rows, "the next round of talks")
    assert (according["kind"], according["who"], according["cue"]) == (
        "indirect", "Norwegian Foreign Ministry", "according to")


# ------------------------------------------------------------------------------------------------ speakers

def test_pronoun_speaker_is_the_person_last_named_as_subject():
    rows = quotes("Foreign Minister Anna Berg met John Smith, a British envoy, in Oslo on Monday to discuss trade. "
                  "“We will not accept these terms,” she said after the meeting ended.")
    assert found(rows, "We will not accept")["who"] == "Anna Berg"


def test_pronoun_he_skips_the_people_named_inside_a_quote():
    rows = quotes("Foreign Minister Anna Berg met reporters in Oslo on Monday to discuss the talks with Sweden. "
                  "“They really have pressure on Putin,” she said. “Now I think that we have a chance,” she added.")
    assert found(rows, "Now I think")["who"] == "Anna Berg"


def test_organisation_speaker_and_it_said():
    rows = quotes("The Norwegian Foreign Ministry issued a statement on Monday after the talks in Oslo ended. "
                  "“The talks were useful and constructive for both sides,” it said.")
    assert found(rows, "The talks were useful")["who"] == "Norwegian Foreign Ministry"


def test_possessive_organisation_speaker():
    rows = quotes("North Korea met Russia in Pyongyang on Monday to discuss trade and regional affairs. "
                  "“The two sides exchanged opinions on trade,” the North’s Foreign Ministry said on Wednesday.")
    q = found(rows, "The two sides")
    assert "Foreign Ministry" in q["who"] and q["speaker"] == "North’s Foreign Ministry"


def test_relative_clause_speaker():
    rows = quotes("The plan was criticised on Monday by China's ambassador to the United Nations Zhang Wei, "
                  "who said that such measures have \"serious humanitarian consequences.\"")
    assert found(rows, "serious humanitarian consequences")["who"] == "Zhang Wei"


def test_role_mention_speaker():
    rows = quotes("Dmitry Volkov, Russia's deputy ambassador to the United Nations, spoke in New York on Monday. "
                  "The Russian envoy said the new plan would fail because of the sanctions.")
    assert found(rows, "the new plan would fail")["who"] == "Dmitry Volkov"


def test_quoted_by_an_agency_as_saying_is_the_person_quoted():
    rows = quotes("“We have presented our proposals and we expect a written answer next week,” Russian Foreign "
                  "Minister Sergei Lavrov was quoted by the Interfax news agency as saying on Friday in Geneva.")
    assert found(rows, "We have presented")["who"] == "Sergei Lavrov"


def test_quote_split_by_a_dash_attribution():
    rows = quotes("“We are not expecting any breakthroughs,” U.S. Secretary of State Antony Blinken said in Geneva "
                  "on Friday — “but we are on a clearer path with Russia.”")
    assert found(rows, "but we are on a clearer path")["kind"] == "direct"
    assert found(rows, "but we are on a clearer path")["who"] == "Antony Blinken"


def test_speaker_of_a_verb_the_parse_gave_a_wrong_subject():
    rows = quotes("The Chinese Foreign Ministry said on Tuesday the measures were 'illegal' and vowed to protect "
                  "the 'legitimate rights' of Chinese firms in the United States.")
    assert found(rows, "legitimate rights")["who"] == "Chinese Foreign Ministry"


def test_according_to_a_document_of_an_organisation():
    rows = quotes("The foreign ministers of Norway and Sweden met in Oslo on Monday to discuss the war in Ukraine. "
                  "According to a statement from the EU's diplomatic service, the two discussed further military aid.")
    assert found(rows, "the two discussed")["who"] in ("EU", "European Union")


def test_unattributed_quote_takes_the_previous_speaker():
    rows = quotes("“I believe the government will not allow the situation to get worse,” Foreign Minister Anna Berg "
                  "said in Oslo on Monday. “The best partners are those that hold your hand in hard times.”")
    assert found(rows, "The best partners")["who"] == "Anna Berg"


@pytest.mark.parametrize("text, quoted", [
    ("Berg said: «We will not accept these terms», and left.", ["We will not accept these terms"]),
    ("The paper wrote: „We are ready to talk.“ Then she left.", ["We are ready to talk."]),
    ('He has a 5" screen and called it "fine" later.', ["fine"]),
    ("He called it 'silly' and 'absurd' in a statement.", ["silly", "absurd"]),
    ("The 'Iron Lady's' legacy was rock 'n' roll in the '90s.", ["Iron Lady's"]),
    ("“He said ‘no’ to me,” she said.", ["He said ‘no’ to me,"]),
])
def test_quotation_marks(text, quoted):
    spans = qt.quotation_spans(text, [(0, len(text), "body")])
    assert [text[s.start:s.end] for s in spans] == quoted


def test_speaker_said_colon_before_a_quotation_paragraph():
    rows = quotes("Foreign Minister Anna Berg spoke to reporters in Oslo on Monday after the talks with Sweden ended. "
                  "She said:\n\n“We will not accept these terms, and we will not negotiate until the troops leave.”")
    assert found(rows, "We will not accept")["who"] == "Anna Berg"


def test_quotation_spans_offsets():
    text = "“One,” he said. 'Two three,' she said."
    spans = qt.quotation_spans(text, [(0, len(text), "body")])
    assert [text[s.start:s.end] for s in spans] == ["One,", "Two three,"]
    assert all(s.closed for s in spans)


# ------------------------------------------------------------------------------------------------ the seed

SEED_QUOTES = [
    ("The two sides exchanged opinions", "North Korean Foreign Ministry", "direct"),
    ("toxic atmosphere", "Dmitry Polyanskiy", "partial"),
    ("unilateral", "Dmitry Polyanskiy", "partial"),
    ("serious humanitarian consequences", "Zhang Jun", "partial"),
    ("The number one barrier", "Linda Thomas-Greenfield", "direct"),
]


@pytest.fixture(scope="session")
def seed_quotes(seed):
    names = dict(zip(seed.actors["actor_id"], seed.actors["name"]))
    rows = seed.quotes.to_dict("records")
    for r in rows:
        r["who"] = names.get(r["speaker_id"]) if pd.notna(r["speaker_id"]) else None
    return rows


@pytest.mark.parametrize("start, who, kind", SEED_QUOTES)
def test_seed_quotes_with_speakers(seed_quotes, start, who, kind):
    q = found(seed_quotes, start)
    assert (q["who"], q["kind"]) == (who, kind)


def test_seed_indirect_speech(seed_quotes):
    q = found(seed_quotes, "Rim Chon-il, the vice foreign minister")
    assert (q["kind"], q["who"], q["cue"]) == ("indirect", "North Korean Foreign Ministry", "according to")


def test_seed_quotes_without(seed, seed_quotes):
    reporter = set(seed.actors.loc[seed.actors["name"].isin(seed.meta["authors"]), "actor_id"])
    assert not reporter & {q["speaker_id"] for q in seed_quotes}
    for q in seed_quotes:
        assert seed.text[q["start_char"]:q["end_char"]] == q["text"]
        assert "\n" not in q["text"]
    assert not any(q["kind"] == "direct" and q["text"].startswith("strategic cooperation") for q in seed_quotes)


@pytest.mark.parametrize("starts, who", [
    ("According to the North Korean Foreign Ministry", "North Korean Foreign Ministry"),
    ("Dmitry Polyanskiy, Russia’s deputy ambassador", "Dmitry Polyanskiy"),
    ("While Polyanskiy did not directly mention", "Dmitry Polyanskiy"),
    ("That argument was disputed by", "Linda Thomas-Greenfield"),
    ("A photo released by the Korean Central News Agency", None),
])
def test_speaker_of_a_seed_sentence(seed, starts, who):
    names = dict(zip(seed.actors["actor_id"], seed.actors["name"]))
    row = seed.sentences[seed.sentences["text"].str.startswith(starts)].iloc[0]
    assert names.get(clauses.speaker_of(seed, (row["start_char"], row["end_char"]))) == who
    span = seed.doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
    assert names.get(clauses.speaker_of(seed, span)) == who


def test_seed_frame_shape(seed):
    assert list(seed.quotes.columns[:len(COLUMNS["quotes"])]) == list(COLUMNS["quotes"])
    assert str(seed.quotes["speaker_id"].dtype) == "Int64"
    assert seed.quotes["quote_id"].is_unique


def test_a_speaker_the_parse_hung_under_said_as_a_phrase():
    text = ("The Treasury imposed sanctions on six officials on Monday. \"Hong Kong authorities have stripped away the "
            "freedoms that made the city a hub,\" said Under Secretary of the Treasury for Terrorism and Financial "
            "Intelligence John K. Hurley.\n\nThe talks in the capital were described by officials as long and difficult "
            "by all accounts. The session was attended by delegates and lasted most of the afternoon.")
    art = dossier.parse_article(text, published="2026-11-20")
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    assert [names.get(s) for s in art.quotes["speaker_id"]] == ["John K. Hurley"]


TRANSCRIPT = """Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 22, 2026

Bloomberg: The EU has added two Chinese banks to its sanctions list. What is China's response?

Lin Jian: China firmly opposes unilateral sanctions that have no basis in international law. We have lodged stern representations with the EU. The EU should stop using China as an excuse for its own problems.

Reuters: Will Premier Li Qiang visit Pakistan next week?

Lin Jian: China and Pakistan are all-weather strategic cooperative partners. I have no further information to offer at the moment.

Note: The transcript was edited for length and clarity by the ministry's press office staff.
"""


def test_a_transcripts_labelled_answers_are_the_speakers_words():
    import dossier
    art = dossier.parse_article(TRANSCRIPT, published="2026-07-22")
    q = art.quotes
    answers = q[q["speaker"] == "Lin Jian"]
    assert len(answers) == 2 and all(t.startswith(("China firmly", "China and Pakistan")) for t in answers["text"])
    assert not q["text"].str.contains("What is China's response").any()     # a reporter's question is no quote
    assert not q["text"].str.contains("edited for length").any()            # 'Note:' names no speaker
    names = dict(zip(art.actors["actor_id"], art.actors["name"]))
    held = {(names[a], s) for a, s in zip(art.positions["actor_id"], art.positions["stance"])}
    assert {("Lin Jian", "oppose"), ("China", "oppose")} <= held


def test_a_bare_continued_beside_a_quotation_reports_it():
    art = dossier.parse_article('World news\n\n"The reform had rested on a falsehood," Lord Patten continued, "and it '
                                'will fail."' + PAD + PAD, published="2024-03-05")
    assert len(art.quotes) == 2 and set(art.quotes["speaker"]) == {"Patten"}


def test_continued_with_a_complement_reports_nothing():
    art = dossier.parse_article('World news\n\nPrices continued to rise, "which hurts us," a trader said. The talks '
                                'continued on Monday.' + PAD + PAD, published="2024-03-05")
    assert "Prices" not in set(art.quotes["speaker"].dropna())


def test_a_picture_reference_is_cut_and_the_speaker_stays_the_person():
    art = dossier.parse_article('World news\n\nMike Pompeo (pictured), announcing the move, said Washington "welcomes '
                                'the return of virtually all UN sanctions" on Iran.' + PAD + PAD, published="2024-03-05")
    assert "(pictured)" not in art.text and "(pictured)" in set(art.removed["text"])
    assert set(art.quotes["speaker"]) == {"Mike Pompeo"}


@pytest.mark.parametrize("text, speakers", [
    # a statement its issuers put out speaks for them ('X issued a statement saying ...')
    ('France, Germany and Britain issued a joint statement saying the notification was "incapable of having any '
     'legal effect".', {"France", "Germany", "United Kingdom"}),
    ('Germany issued a statement saying the move was "incapable of having any legal effect".', {"Germany"}),
])
def test_a_statement_speaks_for_those_who_issued_it(text, speakers):
    art = dossier.parse_article("World news\n\n" + text + PAD + PAD, published="2024-03-05")
    assert len(art.quotes) and set(art.quotes["speaker"]) <= speakers


def test_a_statement_obtained_by_someone_does_not_speak_for_them():
    art = dossier.parse_article('World news\n\nReporters obtained a statement saying the move was "incapable of having '
                                'any legal effect".' + PAD + PAD, published="2024-03-05")
    assert "Reporters" not in set(art.quotes["speaker"].dropna())
