"""Pages as analysts paste them, in the forms blind probe 11 found misread: a title-case headline taken for a
signed byline, a site's tagline or a caption taken for the headline, bylines written 'Name · Outlet', 'Name Role'
or 'Interview: Name', an editor's credit, a cookie banner, a privacy notice and a reader-funded appeal. Made-up
pages, with what must be read and what must not."""
import pytest

from test_reading_unseen2 import BODY, body_of, meta_of
from dossier.reading import clean

TITLE_CASE = "Examplia Slaps Asset Freezes, Travel Bans on Drone Suppliers"


def test_a_title_case_headline_above_a_byline_is_the_title_not_a_signed_byline():
    text = ("Skip to main content\nExample Wire\nWorld\nBusiness\nMarkets\n"
            "Exclusive news, data and analytics for financial market professionals\nLearn more about Example Data\n\n"
            "Asia Pacific\n" + TITLE_CASE + "\nBy Jane Doe and John Roe\nNovember 18, 2031 2:41 PM GMT+11\n\n"
            + "\n\n".join(BODY))
    meta = meta_of(text)
    assert meta["title"] == TITLE_CASE
    assert meta["authors"] == ["Jane Doe", "John Roe"]


def test_a_signed_byline_with_an_outlets_name_still_reads():
    meta = meta_of("Example Herald\nWorld\n" + TITLE_CASE + "\nJane Doe, Example News\n\n" + "\n\n".join(BODY))
    assert meta["authors"] == ["Jane Doe"]


def test_a_caption_under_a_title_case_headline_and_a_dotted_byline_is_no_title():
    text = ("Example TV\nMenu\nSearch\nSign In\nNews\nSports\nRadio\nListen Live\nWatch\n\nPolitics\n" + TITLE_CASE +
            "\nCapital vows 'resolute countermeasures' after the freeze\n\nJane Doe · Example News\n"
            "Posted: Mar 03, 2031 4:00 AM EST\n\nSocial Sharing\nFacebook\nEmail\n\n"
            "The foreign minister announced the measures Monday, saying the country would not look away. "
            "(Jim Roe/The Example Press)\n\n" + "\n\n".join(BODY))
    meta = meta_of(text)
    assert meta["title"] == TITLE_CASE
    assert meta["authors"] == ["Jane Doe"]


@pytest.mark.parametrize("line, authors", [
    ("Jane Doe Economics correspondent", ["Jane Doe"]),
    ("Interview: Jane Doe", ["Jane Doe"]),
    ("Editor: Jane Doe", []),                         # who edited the page is not who wrote it
    ("Deputy Foreign Editor", []),                    # a role alone names no one
])
def test_bylines_run_into_a_role_or_a_label(line, authors):
    text = "Example Daily\nNews\nWorld\n\n" + TITLE_CASE + "\n" + line + "\nMarch 4, 2031\n\n" + "\n\n".join(BODY)
    assert (meta_of(text).get("authors") or []) == authors


@pytest.mark.parametrize("furniture", [
    "We use some essential cookies to make this website work.",
    "This website uses analytics cookies to improve your experience.",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "Example Daily is a reader-supported publication. Become a member to support our work.",
])
def test_a_sites_notices_about_itself_are_furniture(furniture):
    text = "Example Daily\n" + TITLE_CASE + "\n\n" + "\n\n".join(BODY) + "\n\n" + furniture
    body = body_of(text)
    assert furniture.split(".")[0] not in body
    assert BODY[0] in body


@pytest.mark.parametrize("prose", [
    "The regulator said it uses cookies sparingly in its own investigations, officials said on Monday.",
    "Become a member of the alliance, the minister urged Norway on Monday, describing the sanctions as vital.",
])
def test_prose_about_cookies_or_membership_stays(prose):
    text = "Example Daily\n" + TITLE_CASE + "\n\n" + "\n\n".join(BODY + [prose])
    assert prose in body_of(text)


def test_widget_words_inside_someones_quoted_words_keep_the_sentence():
    prose = ('The foreign minister posted on Facebook on Tuesday night that the country would "not sign up to measures '
             'that destroy our energy security to please Brussels bureaucrats."')
    text = "Example Daily\n" + TITLE_CASE + "\n\n" + "\n\n".join(BODY + [prose])
    assert prose in body_of(text)
    assert "Sign up for our newsletter" not in body_of(text + "\n\nSign up for our newsletter.")


def test_a_beat_under_the_name_is_the_role_not_the_author():
    text = ("Example News\nHome\nNews\nWorld\n\n" + TITLE_CASE + "\nJane Doe\nSouth Caucasus correspondent\n"
            "March 4, 2031\n\n" + "\n\n".join(BODY))
    assert meta_of(text)["authors"] == ["Jane Doe"]


def test_a_menu_copied_as_one_line_of_bars_is_no_title():
    text = ("Example Agency\nexample.cn\nHome | China | World | Business | Culture & Edu | Sci-Tech | Photos\n\n"
            + TITLE_CASE + "\n\nSource: Example Agency\n2031-11-27 08:15:30\n\n" + "\n\n".join(BODY))
    assert meta_of(text)["title"] == TITLE_CASE


def test_a_wire_header_run_into_the_first_paragraph_is_cut_and_its_byline_read():
    first = ("(LEAD) Examplia-Talks(LEAD) Examplia's leader departs for summit talks(ATTN: UPDATES headline; ADDS photo)"
             "By Jane Doe-kim SEOUL, Jan. 4 (Yonhap) -- The president departed for the summit on Sunday, aides said.")
    text = "Example Wire\n\n" + first + "\n\n" + "\n\n".join(BODY)
    meta = meta_of(text)
    body = body_of(text)
    assert meta["authors"] == ["Jane Doe-kim"]
    assert "ATTN" not in body and "Examplia-Talks" not in body and "The president departed for the summit" in body


def test_a_first_paragraph_that_names_someone_by_is_not_a_header():
    first = "Backed By Jane Doe and her allies, the president departed for the summit on Sunday, aides said."
    text = "Example Wire\n\n" + first + "\n\n" + "\n\n".join(BODY)
    assert "Backed By Jane Doe and her allies" in body_of(text)


def test_a_name_with_a_trailing_bar_over_the_date_is_the_byline():
    text = ("Example Wire\nWorld\n" + TITLE_CASE + "\nA standfirst that sums up the story in one long line of text\n"
            "Jane Doe  |\n27.02.2031 - Update : 27.02.2031\n\n" + "\n\n".join(BODY))
    assert meta_of(text)["authors"] == ["Jane Doe"]


def test_a_headline_with_a_trailing_bar_is_no_byline():
    text = ("Example Wire\nWorld\n" + TITLE_CASE + "\nExamplia Slaps Freezes On Suppliers |\n\n" + "\n\n".join(BODY))
    assert not meta_of(text).get("authors")


def test_the_pages_end_after_a_starred_writing_credit_and_cookie_explanations_are_no_body():
    text = ("Example Wire\n\n" + TITLE_CASE + "\n\n" + "\n\n".join(BODY) + "\n\n*Writing by Jane Doe in Foocity\n"
            "Example Agency website contains only a portion of the news stories offered to subscribers.\n"
            "Related news\nExamplia warns of futile talks over the war\n\n"
            "These cookies cannot be disabled via the \"Cookie Control Panel\".\n\n"
            "This cookie is used to distinguish between humans and bots on the website.")
    body = body_of(text)
    assert "portion of the news stories" not in body and "futile talks" not in body and "cookie" not in body.lower()
    assert BODY[-1].split(",")[0].strip('"') in body


def test_a_story_about_cookies_keeps_them():
    text = "Example Wire\n\n" + TITLE_CASE + "\n\n" + "\n\n".join(
        BODY + ["The envoy handed out cookies to protesters in the square, a gesture Moscow called provocative."])
    assert "handed out cookies" in body_of(text)


@pytest.mark.parametrize("host, labels", [
    ("https://www.aa.com.tr/en/world/x", ["aa"]), ("www.ft.com", ["ft"]), ("news.bbc.co.uk", ["bbc"]),
    ("https://www.yna.co.kr/view/x", ["yna"]), ("www.gov.uk", []), ("x.go.kr", ["x"]),
])
def test_a_short_registrable_name_is_kept_and_one_country_level_dropped(host, labels):
    from dossier.metadata import host_labels
    assert host_labels(host) == labels


def test_a_short_host_name_is_the_name_its_initials_spell_on_the_page():
    text = ("Example Wire\n\n" + TITLE_CASE + "\n\n" + "\n\n".join(BODY) + "\n\nAnadolu Agency website contains only a "
            "portion of the stories.\nAA Academy\nAA Energy Terminal")
    from dossier import metadata
    out = clean(text)
    meta = metadata.build({**out.meta, "url": "https://www.aa.com.tr/en/world/x"}, raw=text, body="\n".join(BODY),
                          article_id="t", word_count=100)
    assert meta["outlet"] == "Anadolu Agency"
