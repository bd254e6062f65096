"""Reading pages nobody here has seen: made-up pages, one per class of page, in the forms news sites and the people
who copy them produce. Each class says what must be read (title, outlet, authors, section), what must go (page
furniture) and what must stay (prose, even prose holding a widget word)."""
from __future__ import annotations

import json

import pytest

from dossier import metadata
from dossier.reading import clean

HEADLINE = "Ministers agree new sanctions on shipping firms"
BODY = [
    "Foreign ministers from the bloc agreed on Monday to impose sanctions on a dozen shipping firms accused of "
    "helping to move oil around an embargo, officials said.",
    "“We will not let these companies profit from the war,” the bloc's foreign policy chief told reporters after "
    "the meeting in Brussels.",
    "The measures freeze the firms' assets and bar their vessels from ports in the member states, according to a "
    "draft seen by reporters.",
    "Diplomats said two countries had held out for exemptions for their own ports before a compromise was found late "
    "on Sunday night.",
    "The targeted companies are registered in three different jurisdictions and operate more than forty tankers "
    "between them, the draft said.",
    "Industry groups warned that insurers would raise premiums for every vessel calling at ports along the route.",
]
# Prose that holds a widget word and must stay.
PROSE_WITH_WIDGET_WORDS = [
    "The ministry declined to comment on the report, and the embassy did not respond to a request for comment.",
    "Officials said the central bank would print new banknotes to replace those held in frozen accounts.",
    "The company said it would share its findings with regulators and sign up to an independent audit.",
    "A copyright dispute between the two broadcasters has dragged on for more than a decade, lawyers said.",
    "He told reporters that the government would read more of the report before deciding on any response.",
    "The video, which was shared widely on social media, showed tankers leaving the port at night.",
    "Analysts said the most popular option among lawmakers was to watch how the courts ruled first.",
    "Get out of our waters, the navy told the crew of the tanker over the radio, according to the coast guard.",
    "“You cannot trust them to keep their word,” the minister said, adding that the talks were over.",
    "John Smith is a reporter for the state newspaper who was detained in March on charges of spying.",
    "Follow-up talks are planned for next month in Vienna, two diplomats said.",
    "Up next is a vote in parliament, which is expected to approve the package.",
]


def meta_of(text: str, **kw) -> dict:
    c = clean(text)
    body = "\n".join(p.text for p in c.paragraphs if p.kind == "body")
    return metadata.build(c.meta, raw=text, body=body, article_id="x", word_count=len(body.split()), **kw)


def body_of(text: str) -> str:
    return "\n".join(p.text for p in clean(text).paragraphs if p.kind == "body")


def page(head: str = "", top: str = "", bottom: str = "", title: str = HEADLINE, h1: str = HEADLINE) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>"
            f"<body><header><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav></header><main><article>"
            f"<h1>{h1}</h1>{top}{paragraphs}{bottom}</article></main><footer><p>© 2024 Example</p></footer>"
            f"</body></html>")


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# =========================================================================================== HTML metadata

NEWS_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
                "datePublished": "2024-03-04T09:15:00+00:00", "articleSection": "World",
                "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                "publisher": {"@type": "Organization", "name": "The Example Herald"}}

HTML_CASES = {
    "json-ld-only": (page(ld(NEWS_ARTICLE), title="examplenews"),
                     {"title": HEADLINE, "outlet": "The Example Herald", "authors": ["Jane Doe", "John Roe"],
                      "section": ["World"], "published": "2024-03-04"}),
    "json-ld-graph-author-object": (
        page(ld({"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Example Herald"},
            {**NEWS_ARTICLE, "author": {"@type": "Person", "name": "Jane Doe"}}]})),
        {"outlet": "The Example Herald", "authors": ["Jane Doe"]}),
    "parsely": (page('<meta name="parsely-title" content="Ministers agree new sanctions on shipping firms">'
                     '<meta name="parsely-author" content="Jane Doe">'
                     '<meta name="parsely-section" content="Europe">'
                     '<meta name="parsely-pub-date" content="2024-03-04T09:15:00Z">',
                     title=f"{HEADLINE} | Example Times"),
                {"title": HEADLINE, "outlet": "Example Times", "authors": ["Jane Doe"], "section": ["Europe"],
                 "published": "2024-03-04"}),
    "dublin-core": (page('<meta name="dc.title" content="Ministers agree new sanctions on shipping firms">'
                         '<meta name="dc.creator" content="Jane Doe">'
                         '<meta name="dc.publisher" content="Example Post">'
                         '<meta name="dc.date" content="2024-03-04">', title=HEADLINE),
                    {"outlet": "Example Post", "authors": ["Jane Doe"], "published": "2024-03-04"}),
    "sailthru": (page('<meta name="sailthru.author" content="Jane Doe">'
                      '<meta name="sailthru.date" content="2024-03-04 09:15:00">', title=f"{HEADLINE} - Example Post"),
                 {"outlet": "Example Post", "authors": ["Jane Doe"], "published": "2024-03-04"}),
    "itemprop": (page(top='<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                          '<span itemprop="name">Jane Doe</span></span> <time itemprop="datePublished" '
                          'datetime="2024-03-04T09:15:00Z">March 4, 2024</time>'
                          '<meta itemprop="articleSection" content="Business"></div>',
                      title=f"{HEADLINE} — Example Herald"),
                 {"outlet": "Example Herald", "authors": ["Jane Doe"], "published": "2024-03-04",
                  "section": ["Business"]}),
    "byline-class-two-names": (page(top='<div class="byline">By <a rel="author" href="/a/jd">Jane Doe</a> and '
                                        '<a rel="author" href="/a/jr">John Roe</a>, Example Wire</div>'),
                               {"authors": ["Jane Doe", "John Roe"]}),
    "author-name-class": (page(top='<div class="article-meta"><span class="author-name">Jane Doe</span>'
                                   '<span class="author-title">Senior Correspondent</span></div>'),
                          {"authors": ["Jane Doe"]}),
    "title-bar-suffix": (page(title=f"{HEADLINE} | Example Times"), {"title": HEADLINE, "outlet": "Example Times"}),
    "title-dash-suffix-section": (page(title=f"{HEADLINE} - Europe - Example Times"),
                                  {"title": HEADLINE, "outlet": "Example Times"}),
    "title-em-dash-entity": (page(title=f"{HEADLINE} &mdash; Example Daily"),
                             {"title": HEADLINE, "outlet": "Example Daily"}),
    "title-outlet-section-suffix": (page(title=f"{HEADLINE} | Example Times Politics"),
                                    {"title": HEADLINE}),
    "site-name-twitter-handle": (page('<meta name="twitter:site" content="@examplenews">',
                                      title=f"{HEADLINE} | Example News"),
                                 {"outlet": "Example News"}),
    "site-name-and-suffix-one-name": (page('<meta property="og:site_name" content="Example News">',
                                           title=f"{HEADLINE} | ExampleNews.com"), {"outlet": "ExampleNews.com"}),
    "site-name-with-article": (page('<meta property="og:site_name" content="The Example Times">',
                                    title=f"{HEADLINE} - Example Times"), {"outlet": "The Example Times"}),
    "og-site-name-app-style": (page('<meta property="og:site_name" content="ExampleHerald">',
                                    title=f"{HEADLINE} - The Example Herald"),
                               {"outlet": "The Example Herald"}),
    "breadcrumb-nav": (page(top='<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li>'
                                '<li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li></ol>'
                                '</nav>'),
                       {"section": ["World", "Europe"]}),
    "breadcrumb-json-ld": (page(ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://example.com/"},
        {"@type": "ListItem", "position": 2, "name": "Politics", "item": "https://example.com/politics"}]})),
        {"section": ["Politics"]}),
}


@pytest.mark.parametrize("case", sorted(HTML_CASES))
def test_html_metadata_sources(case):
    text, expected = HTML_CASES[case]
    meta = meta_of(text)
    assert {k: meta[k] for k in expected} == expected


# =========================================================================================== text metadata

TEXT_CASES = {
    "menu-then-byline-and-updated": (
        "Skip to main content\nHome\nWorld\nBusiness\nMarkets\nSport\nOpinion\n" + HEADLINE + "\n"
        "By Jane Doe and John Roe, Example Wire\nUpdated 3:15 PM EST, Fri December 16, 2016\n" + "\n".join(BODY),
        {"title": HEADLINE, "authors": ["Jane Doe", "John Roe"]},
        ["Skip to main content", "Markets", "Updated 3:15 PM EST"]),
    "published-time-first": (
        HEADLINE + "\nBy JANE DOE FOR EXAMPLENEWS.COM\nPublished: 12:34, 18 December 2016 | Updated: 14:02, "
        "18 December 2016\n" + "\n".join(BODY),
        {"title": HEADLINE, "authors": ["Jane Doe"]}, ["Published: 12:34", "Updated: 14:02"]),
    "last-modified": (
        HEADLINE + "\nJane Doe in Brussels\nMon 4 Mar 2024 09.15 GMT\nLast modified on Mon 4 Mar 2024 11.02 GMT\n"
        + "\n".join(BODY), {"title": HEADLINE}, ["Last modified on", "09.15 GMT"]),
    "name-comma-agency": (
        HEADLINE + "\nJane Doe, Reuters\nMarch 4, 2024 9:15 AM GMT\n" + "\n".join(BODY),
        {"authors": ["Jane Doe"], "outlet": "Reuters"}, ["March 4, 2024 9:15 AM"]),
    "ap-dateline": (
        HEADLINE + "\nBy JANE DOE and JOHN ROE\nMarch 4, 2024\nBRUSSELS (AP) — " + "\n".join(BODY),
        {"authors": ["Jane Doe", "John Roe"], "outlet": "AP"}, []),
    "yonhap-dateline": (
        HEADLINE + "\nSEOUL, Aug. 20 (Yonhap) -- " + "\n".join(BODY), {"outlet": "Yonhap"}, []),
    "cnn-dateline": (
        HEADLINE + "\nBy Jane Doe, CNN\nUpdated 3:15 PM EST, Fri December 16, 2016\n(CNN) " + "\n".join(BODY),
        {"authors": ["Jane Doe"], "outlet": "CNN"}, ["Updated 3:15 PM EST"]),
    "press-release": (
        "FOR IMMEDIATE RELEASE\nMarch 4, 2024\nContact: Press Office, (202) 555-0100\n" + HEADLINE + "\n"
        "WASHINGTON – " + "\n".join(BODY) + "\n###\nThe Example Council is the body that sets sanctions policy.",
        {"title": HEADLINE}, ["FOR IMMEDIATE RELEASE", "Contact: Press Office", "###"]),
    "press-releases-section": (
        "Example Department of the Treasury\nPress Releases\n" + HEADLINE + "\nMarch 4, 2024\n"
        "WASHINGTON – " + "\n".join(BODY) + "\n###",
        {"title": HEADLINE}, ["Press Releases", "###"]),
}


@pytest.mark.parametrize("case", sorted(TEXT_CASES))
def test_text_metadata_sources(case):
    text, expected, absent = TEXT_CASES[case]
    meta = meta_of(text)
    assert {k: meta[k] for k in expected} == expected
    body = body_of(text)
    for s in absent:
        assert s not in body
    for p in BODY[1:]:
        assert p in body


# =========================================================================================== furniture in text

FURNITURE = {
    "share-bar": ["Share", "Facebook", "Twitter", "WhatsApp", "Email", "LinkedIn"],
    "share-bar-one-line": ["Share on Facebook Share on Twitter Share via Email"],
    "advertisement": ["ADVERTISEMENT"],
    "story-continues": ["Story continues below advertisement"],
    "article-continues": ["Article continues below"],
    "read-more": ["Read more: Tankers wait off the coast as the embargo bites"],
    "related-caps": ["RELATED: Tankers wait off the coast as the embargo bites"],
    "newsletter": ["Sign up for our newsletter", "Get the latest headlines delivered to your inbox every morning."],
    "cookies": ["We use cookies to improve your experience on our site. By continuing to browse, you agree to our "
                "use of cookies."],
    "copyright-ap": ["Copyright 2024 The Example Press. All rights reserved. This material may not be published, "
                     "broadcast, rewritten or redistributed."],
    "copyright-symbol": ["© 2024 Example Media Group. All rights reserved."],
    "reporting-by": ["Reporting by Jane Doe; Editing by John Roe"],
    "trust-principles": ["Our Standards: The Example Trust Principles."],
    "watch": ["WATCH: Tankers wait off the coast as the embargo bites"],
    "video-player": ["Now Playing", "Tankers wait off the coast", "02:31", "Up Next", "Ministers meet in Brussels",
                     "01:45"],
    "comment-count": ["42 Comments"],
    "show-comments": ["Show comments"],
    "click-here": ["Click here to read the full statement"],
    "tags": ["Tags: Sanctions, Shipping, Oil"],
    "topics": ["Topics", "Sanctions", "Shipping", "European Union"],
    "most-read": ["Most Read", "Tankers wait off the coast as the embargo bites",
                  "Central bank holds rates steady for a third month", "Storm closes ports along the northern coast"],
    "footer-links": ["About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Advertise with us"],
    "app-prompt": ["Download our app for the latest news", "Available on the App Store and Google Play"],
    "paywall": ["Subscribe to continue reading", "Already a subscriber? Log in"],
    "free-articles": ["You have reached your limit of free articles this month."],
    "author-bio": ["Jane Doe is a senior correspondent for Example News based in Brussels. Follow her on X "
                   "@janedoe."],
    "photo-credit-line": ["Photo: Jane Roe/Example Wire"],
    "image-caption-credit": ["Tankers wait off the coast near the port on March 3, 2024. REUTERS/Jane Roe"],
    "getty-credit": ["(Photo by Jane Roe/Getty Images)"],
    "listen": ["Listen to this article", "5 min"],
    "print-email": ["Print", "Email", "Font size"],
}


# Furniture that opens the page's footer: it comes after the article, and everything after it is dropped.
FOOTER_CLASSES = {"most-read", "reporting-by", "trust-principles", "author-bio"}


@pytest.mark.parametrize("case,where", [(c, w) for c in sorted(FURNITURE) for w in ("middle", "end")
                                        if w == "end" or c not in FOOTER_CLASSES])
def test_furniture_is_removed(case, where):
    junk = FURNITURE[case]
    if where == "middle":
        lines = [HEADLINE, *BODY[:3], *junk, *BODY[3:]]
    else:
        lines = [HEADLINE, *BODY, *junk]
    body = body_of("\n".join(lines))
    for s in junk:
        assert s not in body.split("\n"), s
        assert s not in body, s
    for p in BODY:
        assert p in body


def test_prose_holding_widget_words_stays():
    text = "\n".join([HEADLINE, *BODY[:2], *PROSE_WITH_WIDGET_WORDS, *BODY[2:]])
    body = body_of(text).split("\n")
    for p in PROSE_WITH_WIDGET_WORDS:
        assert p in body


def test_transcripts_keep_their_speakers():
    lines = ["Background Press Call on Sanctions Against Shipping Firms", "Via Teleconference", "2:03 P.M. EDT",
             "MODERATOR: Thanks, everyone, for joining us this afternoon. This call is on background.",
             "SENIOR ADMINISTRATION OFFICIAL: Thank you. Today we are announcing sanctions on twelve firms.",
             "Q: Will the measures apply to vessels already at sea?",
             "SENIOR ADMINISTRATION OFFICIAL: They will, and we have told the flag states so.",
             "MODERATOR: Thank you all. That concludes the call.", "2:31 P.M. EDT"]
    body = body_of("\n".join(lines))
    assert "Via Teleconference" not in body and "2:03 P.M. EDT" not in body and "2:31 P.M. EDT" not in body
    for line in lines[3:-1]:
        assert line in body


def test_tv_transcript_keeps_its_speakers():
    lines = [HEADLINE, "Aired March 4, 2024 - 09:00 ET", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS "
             "FINAL FORM AND MAY BE UPDATED.",
             "JANE DOE, HOST: Ministers agreed new sanctions today. Joining me now is a former ambassador.",
             "JOHN ROE, FORMER AMBASSADOR: Thanks for having me. These are the toughest measures yet.",
             "DOE: Will they work?", "ROE: Only if the ports actually enforce them, and that is the open question."]
    body = body_of("\n".join(lines))
    assert "RUSH TRANSCRIPT" not in body
    for line in lines[3:]:
        assert line in body


# Sentences that open with a word of a byline, a footer opener or a widget phrase, and are prose: they stay, and
# so does everything after them.
PROSE_OPENING_LIKE_FURNITURE = [
    "By Tuesday, the talks had collapsed.",
    "By then, the ministers had left the building and gone home.",
    "Recommended by the committee, the plan passed with a large majority on Friday.",
    "Trending upward for weeks, oil prices rose another five percent on Monday.",
    "More from the interview: “We will never accept this,” the minister said.",
    "Reporting by state media said the ships had been seized.",
    "Most read the statement as a threat, diplomats said.",
    "Read more into the decision than it says, the minister warned.",
    "Share prices fell sharply after the announcement, traders said.",
]


@pytest.mark.parametrize("line", PROSE_OPENING_LIKE_FURNITURE)
def test_prose_opening_like_furniture_stays_with_what_follows(line):
    body = body_of("\n".join([HEADLINE, *BODY[:3], line, *BODY[3:]])).split("\n")
    for p in [line, *BODY]:
        assert p in body


@pytest.mark.parametrize("byline,authors,outlet", [
    ("By Jane Doe  Example News", ["Jane Doe"], "Example News"),
    ("By Jane Doe and John Roe, Example News", ["Jane Doe", "John Roe"], "Example News"),
    ("By RFE/RL", [], "RFE/RL"),
    ("By Example News", [], "Example News"),
    ("By Mary Ann Smith", ["Mary Ann Smith"], None),
    ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
])
def test_byline_affiliations(byline, authors, outlet):
    meta = meta_of("\n".join([HEADLINE, byline, *BODY]))
    assert (meta["authors"], meta["outlet"]) == (authors, outlet)


# =========================================================================================== huge pages

def _dev_html_seeds() -> list:
    from conftest import ROOT
    dev = {p.stem for p in (ROOT / "tests" / "gold" / "dev").glob("*.json")}
    return sorted(p for p in (ROOT / "seeds").glob("*.html") if p.stem in dev)


@pytest.mark.parametrize("path", _dev_html_seeds(), ids=lambda p: p.stem[:40])
def test_inert_parts_removed_before_trafilatura_change_nothing(path):
    """Scripts, styles, SVG and comments are cut before trafilatura reads a page: the text and metadata it gives
    on each dev HTML seed are the same as from the whole page."""
    import trafilatura

    from dossier import html
    page = path.read_text(encoding="utf-8", errors="replace")
    args = dict(with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True})
    whole, cut = (trafilatura.bare_extraction(p, **args) for p in (page, html.without_inert(page)))
    assert (whole.text, whole.title, whole.author, whole.date, whole.sitename) == \
        (cut.text, cut.title, cut.author, cut.date, cut.sitename)


def test_inert_parts_keep_json_ld_and_text():
    from dossier import html
    page = ('<html><head><script type="application/ld+json">{"headline": "A"}</script><script>var a = "<p>x</p>";'
            '</script><style>p {color: red}</style></head><body><!-- a <p>comment</p> --><p>Kept text.</p>'
            '<svg><text>drawing</text></svg><p>More <b>text</b>.</p><script>never closed')
    assert html.without_inert(page) == ('<html><head><script type="application/ld+json">{"headline": "A"}</script>'
                                        '</head><body><p>Kept text.</p><p>More <b>text</b>.</p>')


def test_a_page_mostly_scripts_reads_fast_and_the_same():
    """A page whose bulk is inline JSON state and drawings (2.8 MB) reads with the same text as without them."""
    import time
    drawing = '<path d="M1 1 L2 2 Z"/>' * 200
    bulk = "".join(f"<script>window.s{i} = {json.dumps([{'id': j, 'body': 'lorem ipsum ' * 20} for j in range(60)])};"
                   f"</script><svg>{drawing}</svg><!-- {'x' * 2000} -->" for i in range(150))
    small = page(ld(NEWS_ARTICLE))
    big = small.replace("</head>", bulk + "</head>", 1)
    assert len(big) > 2_000_000
    t0 = time.process_time()
    c = clean(big)
    assert time.process_time() - t0 < 3   # about 0.3 s; trafilatura on the whole page took about 1.5 s
    assert [p.text for p in c.paragraphs] == [p.text for p in clean(small).paragraphs]


@pytest.mark.parametrize("head,title,outlet", [
    (["Radio Free Example/Radio Example", "Menu", HEADLINE, "March 4, 2024 15:40 GMT"], HEADLINE,
     "Radio Free Example/Radio Example"),
    (["The Example Herald", HEADLINE, "By Jane Doe"], HEADLINE, "The Example Herald"),
    (["Live updates: Example war", HEADLINE, "By Jane Doe"], "Live updates: Example war", None),
    ([HEADLINE, "The measures target a dozen firms accused of moving oil"], HEADLINE, None),
])
def test_a_masthead_above_the_headline(head, title, outlet):
    meta = meta_of("\n".join(head + BODY))
    assert (meta["title"], meta["outlet"]) == (title, outlet)
