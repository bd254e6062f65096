"""Classes found by a blind probe of 16 made-up pages from outlets not in the seeds (round 3 of issue 10).

Every page and sentence here is made up; each rule has cases that must and must not match."""
import pytest

import dossier
from dossier import metadata
from dossier.reading import clean

HEADLINE = "Example ministers agree new limits on shipping firms"
BODY = ["Example ministers agreed on Monday to bar shipping firms that carry sanctioned oil, officials said.",
        "The measures take effect next month and cover insurers as well as ship owners, the ministry said.",
        "\"We will not let our ports be used to get around the rules,\" the minister told reporters."]


def meta_of(text: str) -> dict:
    out = clean(text)
    return metadata.build(out.meta, raw=text, body="\n".join(p.text for p in out.paragraphs if p.kind == "body"),
                          article_id="t", word_count=100)


def body_of(text: str) -> str:
    return " ".join(p.text for p in clean(text).paragraphs if p.kind == "body")


# ------------------------------------------------------------- the headline after the site's menu

@pytest.mark.parametrize("menu", [
    "Skip next section Navigation\nSkip to content\nMenu\nWorld\nBusiness\nEurope",
    "Examplevision\nLive\nNews\nVideo on Demand\nRadio\nPrograms",
    "Home\nAbout Us\nCountries & Regions\nPress Releases\nHome > Press Releases > 2031",
])
def test_a_menu_item_of_three_words_gives_way_to_the_headline(menu):
    text = menu + "\n" + HEADLINE + "\nMarch 4, 2031\n" + "\n".join(BODY)
    assert meta_of(text)["title"] == HEADLINE


def test_a_standfirst_under_the_headline_does_not_take_the_title():
    text = ("Example Herald\nSign up\nLog in\nWorld\nAsia\n" + HEADLINE +
            "\nPort services will be refused to tankers that switch off tracking, agency says\nJane Doe\n"
            "March 4, 2031\n" + "\n".join(BODY))
    assert meta_of(text)["title"] == HEADLINE


def test_a_press_releases_menu_item_names_no_issuer_and_keeps_the_date():
    text = ("Ministry of Example Affairs\nHome\nAbout Us\nCountries & Regions\nPress Releases\n" + HEADLINE +
            "\nMarch 4, 2031\n" + "\n".join(BODY) + "\nPage Top\nMinistry of Example Affairs\n1-2-3 Example Street")
    meta = meta_of(text)
    assert meta["outlet"] == "Ministry of Example Affairs"
    assert meta["published"] == "2031-03-04"


# ------------------------------------------------------------- the masthead named again

def test_the_first_line_named_again_further_down_is_the_outlet():
    text = ("Example News English\nPolitics\nEconomy\nMost Visited\n" + HEADLINE + "\n" + "\n".join(BODY) +
            "\nFollow Example News English on X\nTags\nShare")
    assert meta_of(text)["outlet"] == "Example News English"


@pytest.mark.parametrize("first", ["Examplia Daily", "Skip to main content"])
def test_a_first_line_not_named_again_or_not_a_name_is_no_masthead(first):
    text = first + "\nPolitics\nEconomy\n" + HEADLINE + "\n" + "\n".join(BODY) + "\nTags\nShare"
    assert clean(text).meta.get("masthead") is None


def test_a_short_affiliation_gives_way_to_the_masthead_that_spells_it_out():
    text = ("Examplia Asia\nHome\nLatest\nSubscribe\n" + HEADLINE + "\nJANE DOE, Examplia staff writer\n"
            "March 4, 2031 16:02 JST\n" + "\n".join(BODY) + "\nExamplia Asia Newsletters\nSign up")
    meta = meta_of(text)
    assert meta["outlet"] == "Examplia Asia" and meta["authors"] == ["Jane Doe"]
    assert metadata._fuller("Examplia", "Examplia Asia") == "Examplia Asia"
    assert metadata._fuller("Examplia", "Other Asia") == "Examplia"


def test_a_byline_under_the_title_confirms_it_against_a_caption_after_the_share_bar():
    text = ("Example Herald\nSearch\nWorld\n" + HEADLINE + "\nBy Jane Doe and John Roe\n4 March 2031, 11:42 pm\n"
            "Share on Facebook\nEmail\n37\nIllustrative: police officers at a border crossing, March 2031. (Ann Other)\n"
            + "\n".join(BODY))
    assert meta_of(text)["title"] == HEADLINE


# ------------------------------------------------------------- bylines without 'By'

@pytest.mark.parametrize("line, authors", [
    ("Jane Doe with Reuters, AFP", ["Jane Doe"]),
    ("Jane Doe and John Roe with AP", ["Jane Doe", "John Roe"]),
])
def test_a_name_with_the_agencies_that_helped_is_a_byline(line, authors):
    text = HEADLINE + "\nExamplia will send another air defence system, the chancellor said on Thursday.\n" + line + \
        "\n03/14/2031\n" + "\n".join(BODY)
    meta = meta_of(text)
    assert meta["authors"] == authors and line not in body_of(text)
    assert meta["outlet"] not in ("Reuters", "AFP", "AP")


def test_a_place_after_a_standfirst_is_no_byline():
    text = HEADLINE + "\nExamplia will send another air defence system, the chancellor said on Thursday.\n" \
        "Donald Example in Warsaw\n" + "\n".join(BODY)
    assert not meta_of(text)["authors"]


@pytest.mark.parametrize("role", ["Regional Correspondent", "Senior Staff Writer", "Deputy Foreign Editor"])
def test_a_name_above_a_role_line_is_the_author(role):
    text = HEADLINE + "\nJane Q Doe\n" + role + "\nUPDATED\nMar 22, 2031, 06:45 PM\n" + "\n".join(BODY)
    meta = meta_of(text)
    assert meta["authors"] == ["Jane Q Doe"] and role not in body_of(text)


@pytest.mark.parametrize("above, role", [("Latest News", "Regional Correspondent"), ("Jane Q Doe", "Regional Office"),
                                         ("Jane Q Doe", "correspondents say the talks failed")])
def test_no_author_without_a_name_and_a_role(above, role):
    text = HEADLINE + "\n" + above + "\n" + role + "\n" + "\n".join(BODY)
    assert not meta_of(text)["authors"]


def test_names_linked_to_author_pages_are_the_byline():
    text = ("# " + HEADLINE + "\n\n[Jane Doe](https://example.com/authors/jane-doe) and "
            "[John Roe](https://example.com/authors/john-roe)\n\nMarch 12, 2031\n\n" + "\n\n".join(BODY))
    assert meta_of(text)["authors"] == ["Jane Doe", "John Roe"]


def test_names_linked_elsewhere_are_no_byline():
    text = ("# " + HEADLINE + "\n\n[Jane Doe](https://example.com/people/jane-doe) and "
            "[John Roe](https://example.com/topics/john-roe)\n\nMarch 12, 2031\n\n" + "\n\n".join(BODY))
    assert not meta_of(text)["authors"]


# ------------------------------------------------------------- HTML: byline elements, microdata

def _page(head: str, article: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY * 2)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><div class='content'>"
            f"<h1>{HEADLINE}</h1>{article}<div class='text'>{paras}</div></div></body></html>")


@pytest.mark.parametrize("byline, authors", [
    ("<span class='author'>Barış Çelik - FOOCITY</span>", ["Barış Çelik"]),
    ("<span class='author'>Jane Doe / Reuters</span>", ["Jane Doe"]),
    ("<span class='author'>About the author: she covers trade</span>", []),
])
def test_a_byline_element_of_class_author(byline, authors):
    meta = meta_of(_page("<title>t</title>", byline))
    assert meta["authors"] == authors


def test_microdata_names_the_publisher_section_and_date():
    article = ("<div itemscope itemtype='https://schema.org/NewsArticle'><span itemprop='articleSection'>Africa</span>"
               "<time itemprop='datePublished' datetime='2031-03-10T18:32:05+01:00'>10/03/2031</time>"
               "<span itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
               "<meta itemprop='name' content='EXAMPLE 24'></span></div>")
    meta = meta_of(_page("<title>Examplevision - International news</title>", article))
    assert meta["outlet"] == "EXAMPLE 24" and "Africa" in meta["section"] and meta["published"] == "2031-03-10"


def test_without_microdata_nothing_is_invented():
    from dossier.html import _tree, microdata
    assert microdata(_tree(_page("<title>t</title>", "<span itemprop='name'>Jane Doe</span>"))) == {}


# ------------------------------------------------------------- copyright holders, title suffixes, datelines

@pytest.mark.parametrize("line, holder", [
    ("© 2031 Copyright Example 24 - All rights reserved.", "Example 24"),
    ("Copyright © 2031 Example Daily News", "Example Daily News"),
    ("© Example 2031", "Example"),                                      # a year is no part of the name
    ("Example News English, Example News Agency. All rights reserved.", "Example News English"),
])
def test_the_copyright_holder(line, holder):
    assert metadata.copyright_holder("Some text\n" + line + "\nPrivacy") == holder


def test_a_copyright_line_is_dropped_whole():
    text = HEADLINE + "\n" + "\n".join(BODY) + "\nExample News English, Example News Agency. All rights reserved."
    assert "Example News English" not in body_of(text)


def test_a_title_suffix_that_is_a_section_gives_way_to_the_copyright_holder():
    page = _page("<title>" + HEADLINE + " - Region News</title>", "<a href='/'>Example Daily Post</a>") \
        .replace("</body>", "\n<p>Copyright © 2031 Example Daily Post</p>\n</body>")
    assert meta_of(page)["outlet"] == "Example Daily Post"
    named = page.replace("<a href='/'>Example Daily Post</a>", "<a href='/'>Region News</a>")
    assert meta_of(named)["outlet"] == "Region News"             # the page names its suffix again: the site


@pytest.mark.parametrize("opening, agency", [("Foocity, IRNA – ", "IRNA"), ("FOOCITY, TASS - ", "TASS")])
def test_a_state_media_dateline_without_brackets(opening, agency):
    assert metadata.dateline(opening + "The ministry said on Monday that it would respond.")["agency"] == agency


def test_a_place_and_a_country_are_no_dateline_agency():
    assert "agency" not in metadata.dateline("Foocity, Examplia – The ministry said on Monday it would respond.")


# ------------------------------------------------------------- furniture

@pytest.mark.parametrize("line", [
    "For information media. Not an official record.",
    "The Example Council does not take collective positions. Example publications only represent the views of "
    "their individual authors.",
    "Join our community of readers who support independent journalism.",
])
def test_disclaimers_and_calls_to_join_are_furniture(line):
    assert line not in body_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line + "\nMore text here")


@pytest.mark.parametrize("line", [
    "The minister said the notes taken at the meeting were an official record of what was agreed there.",
    "Officials said the community of readers of the ministry's bulletins had grown during the crisis.",
])
def test_prose_near_those_words_stays(line):
    assert line in body_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line)


# ------------------------------------------------------------- byline forms

@pytest.mark.parametrize("line, authors", [
    ("By Jane Doe | Example Wire", ["Jane Doe"]),
    ("Jane Doe | Example Wire", ["Jane Doe"]),
    ("Written by Jane Doe", ["Jane Doe"]),
    ("Story by Jane Doe", ["Jane Doe"]),
    ("Author: Jane Doe", ["Jane Doe"]),
    ("Authors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe, Senior Correspondent", ["Jane Doe"]),
    ("By Jane Doe • 5 min read", ["Jane Doe"]),
    ("By Jane Doe | March 4, 2031", ["Jane Doe"]),
    ("By Jane Doe · March 4, 2031 · 5 min read", ["Jane Doe"]),
    ("Posted by Jane Doe on March 4, 2031", ["Jane Doe"]),
    ("by Jane Doe, Foocity bureau chief", ["Jane Doe"]),
    ("Jane Doe\nMarch 4, 2031", ["Jane Doe"]),
    ("By Example Wire Staff", []),
    ("By Staff Reporter", []),
    ("By Newsroom", []),
    ("By Tuesday the talks had collapsed | Example Wire", []),
    ("Latest Updates\nMarch 4, 2031", []),
    ("Top Stories\nMarch 4, 2031", []),
])
def test_byline_forms(line, authors):
    meta = meta_of(HEADLINE + "\n" + line + "\n" + "\n".join(BODY))
    assert meta["authors"] == authors
    if authors:
        assert line.split("\n")[0] not in body_of(HEADLINE + "\n" + line + "\n" + "\n".join(BODY))


@pytest.mark.parametrize("line, authors", [
    ("Reporting by Jane Doe and Ann Other in Foocity; Additional reporting by Bob Smith; Editing by John Roe",
     ["Jane Doe", "Ann Other"]),
    ("Reporting by Jane Doe at the United Nations; Editing by John Roe", ["Jane Doe"]),
])
def test_a_place_after_a_reporters_name_is_not_part_of_it(line, authors):
    assert meta_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line)["authors"] == authors


def test_a_byline_bar_with_words_of_a_sentence_is_no_byline():
    from dossier.reading import _State, byline_head
    st = _State(title=None)
    assert byline_head(st, "By Jane Doe | the talks went on") == "By Jane Doe | the talks went on"
    assert byline_head(st, "By Jane Doe | Example Wire | 6 min read") == "By Jane Doe"
    assert st.meta == {"affiliation": "Example Wire"}


# ------------------------------------------------------------- outlets: taglines, app names, source lines, skip links

@pytest.mark.parametrize("site, name", [
    ("Example News: Breaking News, Latest Headlines and Videos", "Example News"),
    ("Example News | Breaking News, Latest Headlines", "Example News"),
    ("Example News Agency", "Example News Agency"),
    ("Example: News", "Example: News"),                 # one word after the colon is no tagline
])
def test_a_site_name_without_its_tagline(site, name):
    assert metadata._site_name(site) == name


def test_an_app_style_site_name_is_spelt_out_from_the_page():
    raw = ("<html><head><title>" + HEADLINE + "</title><meta name='twitter:site' content='@ExampleNews'></head><body>"
           "<h1>" + HEADLINE + "</h1>" + "".join(f"<p>{p}</p>" for p in BODY * 2) +
           "\n<footer>© 2031 Example News. All rights reserved.</footer>\n</body></html>")
    assert meta_of(raw)["outlet"] == "Example News"


@pytest.mark.parametrize("line, outlet", [
    ("Source: Example News and news agencies", "Example News"),
    ("Source: Example News Agency", "Example News Agency"),
    ("Sources: officials in Foocity said more talks were planned.", None),
])
def test_a_source_line_after_the_story(line, outlet):
    assert meta_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line)["outlet"] == outlet


@pytest.mark.parametrize("skip", ["Skip to main content", "Skip to content\nSign in"])
def test_a_masthead_under_skip_links(skip):
    text = skip + "\nExample Herald\nWorld\nPolitics\n" + HEADLINE + "\n" + "\n".join(BODY) + "\nExample Herald newsletters"
    assert meta_of(text)["outlet"] == "Example Herald"


# ------------------------------------------------------------- round B: release pages, page tops, notices

def test_a_page_top_of_controls_is_no_masthead_and_no_title():
    text = ("Skip to main content\nScreen Reader Access\nA- A A+\nMinistry of Example Affairs\nGovernment of Examplia\n"
            "Home\nMedia Center\nPress Releases\n" + HEADLINE + "\nMarch 04, 2031\n" + "\n".join(BODY) +
            "\nShare this page\nCopyright © 2031 Ministry of Example Affairs, Government of Examplia")
    meta = meta_of(text)
    assert meta["title"] == HEADLINE and meta["outlet"] == "Ministry of Example Affairs"


@pytest.mark.parametrize("line, holder", [
    ("Copyright © 2031 Ministry of Example Affairs, Government of Examplia", "Ministry of Example Affairs"),
    ("© 2031 Department of the Example", "Department of the Example"),
    ("© 2031 Example and", "Example"),                   # a joining word needs a name after it
])
def test_a_copyright_holder_with_joining_words(line, holder):
    assert metadata.copyright_holder("text\n" + line) == holder


@pytest.mark.parametrize("times, outlet", [(2, "Examplia"), (1, None)])
def test_a_one_word_masthead_named_twice_more(times, outlet):
    text = ("Examplia\nSubscribe\nWorld News\n" + HEADLINE + "\n" + "\n".join(BODY) + "\nExamplia | World News" * times
            + "\nShare")
    assert clean(text).meta.get("masthead") == outlet


def test_an_author_under_the_title_confirms_it():
    text = ("Example Herald\nWorld News\nOpinion\n" + HEADLINE + "\nNoa Example\nMar 4, 2031 10:15 pm IST\n"
            "Get email notification for articles from Noa Example\nFollow\n" + "\n".join(BODY))
    meta = meta_of(text)
    assert meta["title"] == HEADLINE and meta["authors"] == ["Noa Example"]


@pytest.mark.parametrize("line, furniture", [
    ("Click the alert icon to follow topics:", True),
    ("Tap here to read the full statement", True),
    ("Tap water supplies were cut in the city for two days.", False),
    ("Clicking through the documents, investigators found the transfers.", False),
])
def test_site_instructions_without_words_to_the_reader(line, furniture):
    body = body_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line + "\nOfficials will meet again next week to discuss it.")
    assert (line not in body) == furniture


def test_a_long_disclaimer_is_furniture():
    line = ("The Example Endowment does not take institutional positions on public policy issues; the views represented "
            "herein are those of the author(s) and do not necessarily reflect the views of the Endowment, its staff, "
            "or its trustees.")
    assert "institutional positions" not in body_of(HEADLINE + "\n" + "\n".join(BODY) + "\n" + line)


def test_the_host_most_links_point_to_is_the_pages():
    from dossier.reading import links_host
    lines = ["[Research](https://www.examplethink.org/research)", "[Experts](https://www.examplethink.org/people)",
             "[A story](https://other.example.net/x)"]
    assert links_host(lines) == "www.examplethink.org"
    assert links_host(lines[:1] + lines[2:]) is None          # one each: no host stands out
    text = "# " + HEADLINE + "\n\n" + "\n\n".join(lines) + "\n\n" + "\n\n".join(BODY) + \
        "\n\nMore Work from Example Think\n"
    assert meta_of(text)["outlet"] == "Example Think"


def test_a_release_dateline_and_a_from_line_name_the_issuer_and_the_date():
    text = ("Government of Examplia\nMenu\nExample Affairs Office\nNews release\n" + HEADLINE +
            "\nFrom: Example Affairs Office\nMarch 4, 2031 - Foocity, Barland - Example Affairs Office\n" + "\n".join(BODY))
    meta = meta_of(text)
    assert meta["title"] == HEADLINE and meta["outlet"] == "Example Affairs Office"
    assert meta["published"] == "2031-03-04"


def test_a_line_with_dashes_but_no_date_first_is_no_release_dateline():
    text = HEADLINE + "\nTalks resume - Foocity, Barland - Example Affairs Office\n" + "\n".join(BODY)
    assert meta_of(text)["outlet"] != "Example Affairs Office"


# ------------------------------------------------------------- crawler front matter and desk bylines

def _front(source: str, url: str, head: str, tail: str = "") -> str:
    return (f"---\ntitle: {HEADLINE}\nurl: {url}/2031/03/04/story\npublished_date: 2031-03-04T00:00:00\n"
            f"source: {source}\nsource_url: {url}\nlanguage: en\n---\n\n# {HEADLINE}\n\n{head}" + "\n\n".join(BODY) + tail)


def test_the_crawlers_fields_are_no_page_text():
    meta = meta_of(_front("Exm", "https://www.exm.example", "Jane Doe\n\nMarch 4, 2031 4:00 am CET\n\n",
                          "\n\nJane Doe is a reporter at EXM.\n"))
    assert meta["outlet"] == "EXM"


def test_an_author_run_into_the_outlets_name_the_host_spells():
    meta = meta_of(_front("Globalexample", "https://globalexample.ca", "Jane Doe Global Example\n\nPosted March 4, 2031\n\n"))
    assert meta["authors"] == ["Jane Doe"] and meta["outlet"] == "Global Example"
    assert metadata._without_host_name("Jane Doe", {"url": "https://globalexample.ca"}) == "Jane Doe"


@pytest.mark.parametrize("byline, outlet", [("By RFE/RL's Example Service", "RFE/RL"),
                                            ("By Example Wire Staff", "Example Wire")])
def test_a_desk_signs_for_its_organisation(byline, outlet):
    meta = meta_of(HEADLINE + "\n" + byline + "\n" + "\n".join(BODY))
    assert meta["authors"] == [] and meta["outlet"] == outlet


@pytest.mark.parametrize("opening, agency", [("FOOCITY (Examplewire) — ", "Examplewire"),
                                             ("FOOCITY. March 14 (Example-News) - ", "Example-News")])
def test_an_agency_in_brackets_after_an_upper_case_place(opening, agency):
    assert metadata.dateline(opening + "The ministry said on Monday it would respond.")["agency"] == agency


def test_brackets_after_a_place_in_a_sentence_are_no_dateline():
    assert "agency" not in metadata.dateline("Foocity (Examplia) said on Monday it would respond.")


@pytest.mark.parametrize("url, labels", [
    ("https://web.archive.org/web/20310304120000/http://www.examplenews.com/2031/03/04/story", ["examplenews"]),
    ("https://web.archive.org/web/20310304120000id_/https://edition.examplenews.com/x", ["examplenews"]),
    ("https://web.archive.org/about/", []),
    ("https://www.examplenews.com/web/2031/story", ["examplenews"]),
])
def test_a_page_saved_by_a_web_archive_has_the_host_it_was_saved_from(url, labels):
    assert metadata.host_labels(url) == labels


# ------------------------------------------------------------- one-line pages whose head ends in a date stamp

ONE_LINE_REST = (" Example ministers agreed on Monday to bar shipping firms that carry sanctioned oil, officials said. "
                 "\"We will not let our ports be used to get around the rules,\" the minister told reporters. The "
                 "measures take effect next month and cover insurers as well as ship owners, the ministry said. "
                 "Officials will meet again in two weeks to review the list of firms.")


@pytest.mark.parametrize("head, outlet", [
    ("Example Agency Home News Politics Interview Subscribe " + HEADLINE + " 14 March 2031, 16:20 FOOCITY. March 14 "
     "(Example-Agency) -", "Example-Agency"),
    (HEADLINE + " EXAMPLE NEWS - Mar 4, 2031 - 18:22 | World, All", "EXAMPLE NEWS"),
])
def test_a_one_line_head_ending_in_a_stamp(head, outlet):
    text = head + ONE_LINE_REST
    meta = meta_of(text)
    assert meta["title"] == HEADLINE and meta["outlet"] == outlet
    assert meta["published"] == ("2031-03-14" if "14 March" in head else "2031-03-04")
    body = body_of(text)
    assert "Subscribe" not in body and "18:22" not in body and "the minister told reporters" in body


def test_a_date_in_the_first_sentence_of_a_one_line_article_is_no_head():
    text = "Ministers of Examplia and Barland agreed on 4 March 2031 to bar shipping firms that carry oil." + ONE_LINE_REST
    assert meta_of(text)["title"] != "Ministers of Examplia and Barland agreed"
    assert "agreed on 4 March 2031 to bar shipping firms" in body_of(text)


@pytest.mark.parametrize("first_line, title, outlet", [
    # a copied tab title in plain text: the site after the headline is the outlet, before a wire dateline's agency
    ("Japan to tighten export curbs on Russia - The Example Times", "Japan to tighten export curbs on Russia",
     "The Example Times"),
    # a section word or a clause after a dash is no site
    ("Japan to tighten export curbs on Russia - Analysis", "Japan to tighten export curbs on Russia - Analysis",
     "Reuters"),
    ("Japan tightens export curbs - officials say more to come", "Japan tightens export curbs - officials say more "
     "to come", "Reuters"),
])
def test_plain_text_tab_title_suffix(first_line, title, outlet):
    body = ("TOKYO, March 3 (Reuters) - Japan said on Thursday it would tighten export controls on Russia, adding items "
            "to a list of banned goods. The trade ministry said the new measures would take effect next month and "
            "covered dozens of industrial products.\n\nOfficials in Tokyo said further steps were under review. The "
            "ministry gave no figures for the value of the affected trade.")
    art = dossier.parse_article(first_line + "\n\n" + body, published="2022-03-03")
    assert (art.meta["title"], art.meta["outlet"]) == (title, outlet)
