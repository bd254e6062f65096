"""Classes found by a blind probe of 16 made-up pages from outlets not in the seeds (round 3 of issue 10).

Every page and sentence here is made up; each rule has cases that must and must not match."""
import pytest

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
