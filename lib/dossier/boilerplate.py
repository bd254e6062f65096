"""Vocabulary and patterns that tell page furniture from article text. Data only; the rules are in reading.py.

Every pattern here runs in time linear in its input: a variable-length part that could start anywhere inside a
run of like characters is anchored by a look-behind (so only the run's first character is tried), repetitions
of words are possessive (`*+`, `{1,5}+`: no backtracking into them), and free text between markers is bounded.
tests/test_reading.py runs every pattern of the reading modules on long adversarial inputs.
"""
from __future__ import annotations

import re

# Phrases of site widgets: sharing, printing, accounts, comments, newsletters, licensing, ads, cookies.
# They match as whole words (an optional plural "s" allowed): "resign in" holds no "sign in".
WIDGET_PHRASES = (
    "log in", "logged in", "login", "sign in", "sign up", "subscribe", "subscription", "newsletter", "share this",
    "share on", "copy link", "print", "dictionary", "comment", "follow us", "click here", "learn more",
    "read more", "more to read", "more from", "related articles", "related stories", "recommended",
    "advertisement", "sponsored", "opens new tab", "licensing rights", "all rights reserved", "cookie",
    "privacy policy", "terms of use", "terms of service", "show me more", "download the app",
    "icon", "help-image", "standards board", "trust principles", "our standards", "skip to",
    "accessibility", "supported by", "watch:", "listen to this", "top searches", "visual stories",
    "inbox", "free article", "reading list", "read later", "app store", "google play", "now playing", "up next",
    "min read", "enable javascript", "your browser", "powered by disqus", "back to homepage", "navigation menu",
    "screen reader",
)
# Widget words that also occur in ordinary sentences ("a printed copy" aside, "he declined to comment").
WEAK_WIDGET_PHRASES = frozenset({
    "print", "comment", "icon", "dictionary", "recommended", "advertisement", "sponsored", "standards board",
    "supported by", "watch:", "accessibility", "trust principles",
})
WIDGET = re.compile(r"(?<![\w-])(?=[" + "".join(sorted({p[0] for p in WIDGET_PHRASES})) + r"])(?:" + "|".join(re.escape(p) for p in sorted(WIDGET_PHRASES, key=len, reverse=True))
                    + r")s?(?![\w-])", re.IGNORECASE)
# A sentence that speaks to the reader ("Sign up here.", "To comment, please log in."), which prose does not.
READER_ADDRESS = re.compile(r"\b(?:you|your|please|click|tap|our)\b", re.IGNORECASE)
# A sentence this short that opens with a widget phrase is an instruction to the reader ("Sign up here.").
WIDGET_IMPERATIVE_MAX_WORDS = 10

# A line that is only a widget phrase with at most a few more words is a widget.
WIDGET_MAX_WORDS = 14
# A sentence addressed to the reader with a widget phrase is furniture up to this length.
WIDGET_PROSE_MAX_WORDS = 30
# A notice on the copy (boilerplate.NOTICE: disclaimers, transcripts) is furniture up to this length.
NOTICE_MAX_WORDS = 60
# A short sentence opening with a site's click or tap instruction is furniture without words to the reader
# ('Click the alert icon to follow topics:').
UI_IMPERATIVE = re.compile(r"^\s*+(?:(?:click|tap)\s++(?:here|on|the|this|to|below|above)|(?:swipe|scroll)\s++"
                           r"(?:up|down|left|right|to|for))\b", re.IGNORECASE)
UI_IMPERATIVE_MAX_WORDS = 15

# Lines that open the page's furniture after the article: everything after them is footer.
FOOTER_OPENERS = re.compile(
    r"^\s*+[*_]*+(?:\(?reporting by\b|\(?editing by\b|\(?additional reporting\b|\(?writing by\b|our standards\b|"
    r"more from\b|related (?:articles|stories|coverage|content|news|topics)\b|recommended\b|read next\b|@highlight\b|"
    r"##\s*links\b|share this page\b|you may also like\b|most read\b|trending\b)",
    re.IGNORECASE,
)

# Lines that open a block of related links inside the article: the following non-sentence lines are links.
RELATED_OPENERS = re.compile(r"^\s*+(?:more to read|read more|see also|related|also read|read also|watch)\s*+:?\s*+$",
                             re.IGNORECASE)

# Photo and wire agencies as they appear in credits.
AGENCIES = (
    "Getty Images", "Getty", "Reuters", "REUTERS", "AP Photo", "AP", "AFP", "EPA", "EPA-EFE", "Yonhap",
    "YONHAP", "Xinhua", "Bloomberg", "Shutterstock", "Alamy", "Sipa", "Pool", "Handout", "Anadolu", "AA",
    "TASS", "Sputnik", "Kyodo", "UPI", "PA", "PA Wire", "NurPhoto", "Images", "Photo", "Press Service",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# News agencies (wire services and state media) as they sign datelines: "KYIV, Feb 5 (Reuters) -",
# "PYONGYANG, August 20 (KCNA) --", "MOSCOW, February 10. /TASS/.", a sign-off "(Anadolu)".
WIRE_AGENCIES = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "dpa", "DPA", "EFE", "ANSA",
    "UPI", "Kyodo", "Jiji", "Yonhap", "KCNA", "Xinhua", "CNA", "TASS", "RIA Novosti", "RIA", "Interfax", "Sputnik",
    "Anadolu", "Anadolu Agency", "AA", "IRNA", "ISNA", "Tasnim", "WAM", "SPA", "QNA", "KUNA", "MENA", "PTI", "ANI",
    "IANS", "UNI", "PNA", "Bernama", "Antara", "BelTA", "Ukrinform", "UNIAN", "APA", "Trend", "Kazinform", "AKIpress",
    "Prensa Latina", "Xinhua News Agency", "Yonhap News Agency", "Kyodo News", "Korean Central News Agency",
    # broadcasters that sign their stories the same way: "WASHINGTON (CNN) —", "(CNN)Former ...", "LONDON (BBC) -"
    "CNN", "BBC", "CBS News", "NBC News", "ABC News", "NPR", "CNBC", "VOA", "RFE/RL", "DW", "Sky News", "Fox News",
)
_WIRE = "|".join(re.escape(a) for a in sorted(set(WIRE_AGENCIES), key=len, reverse=True))

# Credits at the end of a caption, matched against the line's last CREDIT_WINDOW characters (see reading.py):
# "[YONHAP]", "(AFP Photo)", "(Photo: Getty Images)", "(Photo| AP)", "Sven Hoppe—Getty Images",
# "Andrew Kelly / Reuters", "Press Service/Handout via REUTERS", "JOHN THYS/AFP via Getty Images".
CREDIT_WINDOW = 160
_NAME_WORDS = r"(?:[A-Z][\w'’-]*+\.?+ ?+){1,5}+"
CREDIT_PATTERNS = (
    re.compile(r"\[(?P<credit>[A-Z][A-Za-z .&/'-]{1,40})\]\s*+$"),
    re.compile(r"\((?P<credit>(?:Photo(?: by)?:?\s*+)?[^()]{0,50}?(?:" + _AGENCY + r")[^()]{0,30})\)\s*+$"),
    re.compile(r"(?<![\w'’-])(?P<credit>" + _NAME_WORDS + r"(?:—|–|/| / | - )\s*+"
               r"(?:[\w.' ]{0,40}?via )?(?:" + _AGENCY + r")\b[\w ]{0,20}+)\s*+$"),
    re.compile(r"(?<![\w'’-])(?P<credit>(?:[A-Z][\w'’-]*+\.?+ ?+){0,5}+(?:Photo|Handout|Pool)? ?+via\s++(?:"
               + _AGENCY + r"))\s*+$"),
    # a credit label after the caption's last sentence, as a page's spans run together: 'policy.CreditCredit...
    # Jane Roe for Example News', '... in Kyiv. Photo credit: Jane Roe' (not 'Credit Suisse')
    re.compile(r"(?<=[.!?”\"'’)])\s*+(?i:photo\s*+)?(?i:credit)(?:Credit)?\s*+(?:\.\.\.|…|:)\s*+"
               r"(?P<credit>[^\n]{2,80}?)\s*+$"),
)

# Credits run into a paragraph ("... on Monday. (Photo: Getty Images) The talks ...", "Photo| AP The senators",
# "JOHN THYS/AFP via Getty Images"): cut as spans wherever they stand in a line.
CREDIT_SPANS = (
    re.compile(r"\((?:(?:File )?Photos?|Images?|Pictures?|Credit)\s*+(?:by\b|:|\||/|-)\s*+[^()\n]{1,60}\)", re.I),
    re.compile(r"\((?:" + _AGENCY + r")(?: Photo)?\s*+/\s*+[^()\n]{1,60}\)"),
    re.compile(r"\([^()\n]{0,40}?\b(?:via|/)\s*+(?:" + _AGENCY + r")\b[^()\n]{0,20}\)"),
    re.compile(r"(?<![\w'’-])(?:Photo|Image|Picture|File photo)\s*+[|:/]\s*+(?:" + _AGENCY + r")\b"
               r"(?:\s*+/\s*+" + _NAME_WORDS + r")?"),
    re.compile(r"(?<![\w'’-])" + _NAME_WORDS + r"/\s*+(?:" + _AGENCY + r")(?: via (?:" + _AGENCY + r"))?\b"),
    re.compile(r"(?<![\w'’-])(?:" + _AGENCY + r") via (?:" + _AGENCY + r")\b"),
)
# A reference to the page's picture run into a sentence ("Mike Pompeo (pictured), announcing the move, said",
# "Wang Yi (left) met Antony Blinken"): cut as a span, in lower case only ('Die Linke (Left)' is a name).
PICTURE_REFERENCE = re.compile(r"\s\((?:pictured(?:\s++(?:left|right|centre|center|above|below|top|bottom|"
                               r"second (?:left|right)|with [^()\n]{1,30}))?|(?:second |far )?(?:left|right)|"
                               r"centre|center)\)(?=[\s,.;:'’s])")
# What every credit span holds, looked for first: a line without it has none of them.
CREDIT_SPAN_HINT = re.compile(r"(?i:photo|image|picture|credit)|(?:" + _AGENCY + r")")

# A note on the reporter: "Jane Doe is a senior correspondent for Example News ...", "John Roe is the paper's
# Brussels bureau chief." (reading._author_bio: the name must be the byline's, or a handle follow).
AUTHOR_BIO = re.compile(r"^(?P<name>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){1,3}+) (?:is|was|has been|covers)\b"
                        r"[^.!?]{0,120}?\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|"
                        r"producer|bureau chief|covers|fellow)s?\b")
AUTHOR_BIO_MAX_WORDS = 80
# A reporter introducing themselves to the reader in a promotion: "Hey, I'm Jane Doe, a politics correspondent for
# Example News. Send me your questions ..." (any name: the line speaks as the paper's own journalist).
SELF_INTRODUCTION = re.compile(r"^(?:(?:Hey|Hi|Hello)[,!]?\s++)?I[’']m\s++"
                               r"[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){1,3}+,\s++(?:a|an|the|your)\b[^.!?]{0,80}?\b(?:reporter|correspondent|editor|writer|journalist|"
                               r"columnist|producer|host|anchor)s?\b[^.!?]{0,60}?\b(?:for|at|with)\b")
HANDLE = re.compile(r"(?<![\w@])@[A-Za-z_]\w{1,30}\b|\bfollow (?:him|her|them) on\b", re.IGNORECASE)

# Imperatives of using a site, opening a sentence that speaks to the reader (reading.to_reader).
READER_IMPERATIVE = re.compile(
    r"^\s*+(?:save|sign|subscribe|get|follow|download|join|read|watch|listen|click|tap|share|support|enable|"
    r"create|log|register|try|learn|discover|explore|stay|find|don'?t miss|never miss|want|like|become|upgrade|"
    r"unlock|continue|keep|bookmark|receive|turn on|allow|install|catch(?=\s))\b", re.IGNORECASE)
# What a site promotes to the reader besides itself: its news feed and channels ("Join the Example Post's WhatsApp
# Channel and get the latest news", "Catch all the Latest News, Breaking News and Live Updates").
READER_PROMOTION = re.compile(r"\b(?:latest|breaking|top) (?:news|headlines|stories|updates)\b|\blive updates\b"
                              r"|\b(?:whatsapp|telegram|youtube) channels?\b|\bmust-reads?\b", re.IGNORECASE)
READER_PRONOUN = re.compile(r"\b(?:you|your|us)\b|\bour (?:\w+ )?(?:apps?|newsletters?|site|website|page|podcasts?|"
                            r"channels?|accounts?|coverage|journalism|updates|alerts|community|readers|"
                            r"subscribers|members(?:hip)?|mailing list|work|reporting|mission)\b", re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[\"“”«»]")
# Notices about the copy itself: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ...".
NOTICE = re.compile(r"\b(?:rush transcript|may not be in its final form|this copy may not|"
                    r"(?:this|the) (?:article|story|content) (?:is|was) (?:originally )?(?:published|republished) "
                    r"(?:on|by|with permission)|is not available in your (?:region|country)|"
                    # disclaimers on the copy: "For information media. Not an official record.", "Example
                    # publications only represent the views of their individual authors."
                    r"not an official record|(?:only|solely) represents? the views of (?:its|their|the) "
                    r"(?:individual )?authors?|views expressed (?:here|herein|in this (?:article|commentary|piece)) "
                    r"are (?:those|solely)|does not take (?:collective|institutional|corporate) positions|"
                    # the site about itself: cookie banners, privacy notices, appeals of reader-funded sites
                    r"(?:we|this (?:web)?site) uses? (?:\w+ ){0,3}cookies|privacy notice(?=:)|"
                    # a cookie banner's explanations: the word 'cookie' with words of the site or the browser
                    r"cookies?\b(?=[^.!?\n]{0,100}\b(?:website|web site|browser|consent|preferences|disabled|visitors?|"
                    r"analytics|tracking|control panel|bots)\b)|"
                    r"is an? (?:independent, )?reader-(?:supported|funded) (?:publication|news ?room|site))\b",
                    re.IGNORECASE)

# A wire agency's sign-off closing a paragraph: "... she said. (Anadolu)", "(AP)".
SIGN_OFF = re.compile(r"(?<=[.!?\"'”’])\s*+\((?P<agency>" + _WIRE + r")\)\s*+$")

# Words that mark a line as a photo caption even without a credit.
CAPTION_CUES = re.compile(r"\b(?:pictured|is seen|are seen|poses?|posing|photo(?:graph)? (?:released|taken|shows)|"
                          r"file photo|in this (?:photo|image|picture)|left|right|center)\b", re.IGNORECASE)

# Gallery counters that prefix captions: "Item 1 of 5", "[1/5]".
GALLERY_PREFIX = re.compile(r"^\s*+(?:item \d+ of \d+\s*+|\*{0,2}\[\d+/\d+\]\*{0,2}\s*+)", re.IGNORECASE)

# Bylines: "BY JANE DOE [mail]", "By Jane Doe, Reuters", "By Jane Doe and John Roe", a lone "By",
# "By Jane Doe | Updated Feb 5, 2026", "Written by Jane Doe", "Story by Jane Doe", "Author: Jane Doe".
BYLINE = re.compile(r"^\s*+(?:(?:(?:written|story|words|text|posted|reported|compiled|article)\s++)?by\b[:\s]*+|"
                    r"(?:authors?|byline|interview(?:ed)? by|interview)\s*+:\s*+)(?P<names>[^\[\]()|]{0,200}?)\s*+"
                    r"(?:\[(?P<email>[^\]]{0,200})\]|\((?P<email2>[^)@]{0,100}@[^)]{0,100})\))?\s*+"
                    r"(?:[|·•]\s*+(?:published|updated|posted)\b.*)?$", re.IGNORECASE)
# Words that end outlets' names ("The Daily Herald", "The Kyiv Independent").
# A reporter's role on the line under the name, as sites print it: "Regional Correspondent", "Senior Staff Writer",
# "Deputy Foreign Editor" (reading: a name line followed by one is a byline).
ROLE_LINE = re.compile(r"^\s*+(?:(?:[A-Z][\w'’-]*+|of|for)\s++){0,4}+(?i:correspondent|editor|staff writer|writer|"
                       r"reporter|columnist|journalist|contributor|bureau chief|analyst)s?\s*+$")
OUTLET_WORDS = frozenset("""daily times news post herald journal tribune gazette today independent express telegraph
guardian star standard review weekly monitor observer agency press online network media magazine chronicle
courier mail sun record report wire insider dispatch""".split())
# Words of an affiliation after a reporter's name ("By Jane Doe, Example News", "By John Roe, AP Staff").
AFFILIATION_WORDS = OUTLET_WORDS | frozenset("""staff writer writers reporter correspondent editor bureau desk
service services team contributor associated reuters""".split())
# Lower-case words a byline's names may hold besides the names ("By Jane Doe and John Roe for Example News",
# "By Jane Doe in Brussels", "By Jane Doe, staff writer"): any other lower-case word makes the line prose
# ("By Tuesday, the talks had collapsed.").
BYLINE_LOWER_WORDS = AFFILIATION_WORDS | frozenset("""and for of in at the with de da del della di du van von der den
al el bin ibn la le y e chief senior deputy special political diplomatic foreign national international regional
associate managing executive contributing investigative global affairs analyst columnist journalist producer""".split())
# Names that credit a desk, not a person: "Reuters Staff", "Example News Staff", "Staff Reporter", "Web Desk".
STAFF_CREDIT = re.compile(r"(?i:\b(?:staff|desk|newsroom|bureau|team|agencies|correspondents?|services?)$|^(?:staff|our|special|"
                          r"web|news|digital|online)\b)")
# The article's source line after the story: "Source: Example News and news agencies", "Source: Example Wire".
SOURCE_LINE = re.compile(r"^\s*+sources?\s*+:\s*+(?P<name>(?-i:[A-Z][\w'’&.-]*+(?: (?!And\b)[A-Z&][\w'’&.-]*+){0,5}+))"
                         r"(?:\s++(?:and|&)\s++(?:other\s++)?(?:news\s++)?(?:agencies|wires|wire services))?\s*+\.?\s*+$",
                         re.IGNORECASE)
# Words of a site's menu items ("Latest Updates", "World News", "Top Stories"): a line of them is no person's name.
MENU_WORDS = frozenset("""latest top breaking live more world news home opinion business sport sports video videos
politics updates stories headlines trending popular featured local national international markets tech science health
culture lifestyle entertainment weather podcasts newsletters topics section sections menu search today analysis
features explainers photos gallery programs shows""".split())
# A release's dateline on its own line: "March 4, 2031 - Foocity, Barland - Example Affairs Office" (date, place,
# issuer), "4 March 2031 – Foocity".
RELEASE_DATELINE = re.compile(r"^\s*+(?P<date>[^-–—|]{6,40}?)\s++[-–—|]\s++(?P<place>[A-Z][\w'’. ]{1,30}(?:,\s*+[A-Z][\w'’. ]{1,30})?)"
                              r"(?:\s++[-–—|]\s++(?P<issuer>[A-Z][\w'’&. ]{2,60}))?\s*+$")
# A release's issuer named on a line before the title: "From: Example Affairs Office".
FROM_LINE = re.compile(r"^\s*+from\s*+:\s*+(?P<name>(?-i:[A-Z][\w'’&.-]*+(?: (?:[A-Z&][\w'’&.-]*+|of|the|and|for)){0,7}+))"
                       r"\s*+$", re.IGNORECASE)
# A reading time beside a byline or a stamp: "5 min read", "6 minute read", "Reading time: 4 minutes".
READING_TIME = re.compile(r"^\s*+(?:(?:reading time\s*+:?\s*+)?\d{1,3}\s*+(?:min|mins|minutes?)(?:\s++read)?)\s*+$",
                          re.IGNORECASE)
# Credit lines that open the footer name people: "(Reporting by Jane Doe; Editing by John Roe)", not "Reporting by
# state media said ...".
# A line crediting the reporters, as wire stories end: 'Gambrell reported from Dubai, United Arab Emirates.',
# 'Associated Press writers Jane Doe and John Roe contributed to this report.' (names, then only a place).
_PLACE = r"\s+(?:from|in)\s+[A-Z][\w'’.-]*+(?:(?:,\s*+|\s++)(?:the\s+)?[A-Z][\w'’.-]*+)*+"
_CREDITED = r"[A-Z][\w.'’-]*+(?:\s+[A-Z][\w.'’-]*+){0,3}"
CONTRIBUTOR_LINE = re.compile(
    r"^\s*+(?:(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg)\s+(?:writers?|reporters?|correspondents?)\s+)?"
    + _CREDITED + r"(?:(?:,\s*+|\s+and\s+|,\s+and\s+)" + _CREDITED + r")*+"
    r"\s+(?:reported" + _PLACE + r"|contributed(?:\s+(?:additional\s+)?reporting|\s+to\s+this\s+(?:report|story|"
    r"article))?(?:" + _PLACE + r")?)\s*+\.?\s*+$")
CREDIT_OPENER = re.compile(r"^\s*+\(?\s*+(?:additional\s++)?(?:reporting|editing|writing)\s++by\s++(?-i:[A-Z])",
                           re.IGNORECASE)
REPORTING_BY = re.compile(r"^\s*+\(?\s*+(?:reporting|writing) by (?P<names>[^;)]+)", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}+")
# Mailboxes of a newsroom rather than of a reporter.
ROLE_MAILBOXES = frozenset({
    "info", "contact", "contactus", "newsroom", "news", "newsdesk", "editor", "editors", "editorial", "letters",
    "feedback", "support", "privacy", "help", "webmaster", "noreply", "no-reply", "subscriptions", "subscribe",
    "advertising", "ads", "sales", "press", "media", "tips", "corrections", "service", "admin", "office",
})
# A release's contact line, with or without an e-mail: "Contact: Press Office, (202) 555-0100", "Media contacts:".
CONTACT_LINE = re.compile(r"^\s*+(?:(?:media|press|news)\s++)?(?:contacts?|enquiries|inquiries)\s*+:", re.IGNORECASE)
# Words of a contact line: "Contact the reporter at ...", "Write to Jane Doe at ...", "Email: ...".
CONTACT_CUES = re.compile(r"\b(?:contact|write to|e-?mail|reach|tips?|follow)\b", re.IGNORECASE)

# Separators between a page title and the site's name: "Headline | Reuters", "Headline - The New York Times".
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
TITLE_SITE_MAX_CHARS = 60

# Breadcrumbs: "Home > World > Europe".
BREADCRUMB = re.compile(r"^\s*+[^>»›]{1,40}(?:\s++[>»›]\s++[^>»›]{1,40}){1,6}\s*+$")
# The same inside a run of text. A crumb is one to four capitalised words; a trail rooted at "Home" is taken from
# there ("... in Geneva Home > World > Europe Share ..."), any other from its first capitalised word.
_CRUMB = r"[A-Z][\w'’&.-]*+(?: [A-Z][\w'’&.-]*+){0,3}+"
BREADCRUMB_SPANS = (
    re.compile(r"(?<![\w'’&.-])Home(?: [>»›] " + _CRUMB + r"){1,6}+"),
    re.compile(r"(?<![\w'’&.-])" + _CRUMB + r"(?: [>»›] " + _CRUMB + r"){1,6}+"),
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# Date lines: "February 27, 2026 03:55 PM GMT+03:00", "Published August 14, 2010", "Updated: Oct 9, 2019".
DATE_LINE = re.compile(
    r"^\s*+(?:published|updated|posted|last updated)?:?\s*+(?:on\s++)?(?:[a-z]{3,6}day,?\s++)?"
    r"(?:\d{1,2}\s++)?" + _MONTH + r"\s++\d{1,2}(?:,|\s)\s*+\d{4}"
    r"(?:[\s,]++\d{1,2}:\d{2}(?:\s*+[ap]\.?m\.?)?)?(?:\s*+(?:GMT|UTC|EST|EDT|KST|[A-Z]{2,4})?[+-]?\d{0,2}:?\d{0,2})?\s*+$",
    re.IGNORECASE,
)
# A copyright line: "© 2024 Example Media Ltd.", "Copyright 2024 Example. All rights reserved.", "Copyright: Example
# News © 2024", "Copyright (c) Example Corporation": page furniture even when it reads as a sentence, and the name it
# holds is the outlet's when nothing more trusted names one (metadata.outlet).
COPYRIGHT = re.compile(r"©|\(c\)(?=\s*+(?:\d{4}|(?-i:[A-Z])))|(?<![\w-])copyright(?=\s*+(?:[©:]|\(c\)|\d{4}|(?-i:[A-Z])))"
                       r"|(?<![\w-])all rights reserved\b", re.IGNORECASE)
COPYRIGHT_MAX_WORDS = 30
COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|(?<![\w-])copyright\b)[\s:,©]*+(?:\(c\)\s*+)?(?:\d{4}(?:\s*+[-–]\s*+\d{4})?[\s,.]*+)?"
    r"(?:copyright\b[\s:,©]*+)?"                     # '© 2024 Copyright Example 24': the word again after the year
    r"(?P<name>(?-i:[A-Z][\w'’&.-]*+(?: (?:[A-Z&][\w'’&.-]*+|\d{1,3}(?![\w'’&.-])|(?:of|the|and|for)(?= (?:the |of )?[A-Z])))"
    r"{0,6}+))", re.IGNORECASE)
# A holder named without the sign, before the reservation: "Example News English, Example Agency. All rights reserved."
RESERVED_HOLDER = re.compile(r"^\s*+(?P<name>(?-i:[A-Z][\w'’&.-]*+(?: [A-Z&][\w'’&.-]*+){0,5}+))\s*+[,.]"
                             r"[^\n]{0,80}?\ball rights reserved\b", re.IGNORECASE)
# Words of a company's legal name after the outlet's ("Example Publishers Ltd.", "Example L.P.").
LEGAL_NAME_WORDS = frozenset("""limited ltd l.p lp llc inc corp co plc gmbh ag pvt private publishers publishing
company group holdings""".split())

# Stamps that state when a page was published or changed, in the forms sites print them: "Published : March 3,
# 2024 - 14:05", "Issued on: 03/03/2024 - 14:05", "Sun 3 Mar 2024 14.05 GMT", "3:05 pm, March 3, 2024", "March 3,
# 2024 at 2:05 p.m. EST", "Mar. 3, 2024 14:05 JST", "MARCH 3, 14:05", "2024-03-03 20:15", "Published 3 hours ago",
# "Updated - March 03, 2024 02:05 pm IST - NEW DELHI" (a place after a dash). A line is a stamp when, after an
# optional label, it is made only of STAMP_TOKENs and holds a date or a time with a month (reading.stamp_line).
STAMP_LABEL = re.compile(r"^\s*+(?:(?:last\s++)?(?:published|updated|update|posted|issued|modified|created|"
                         r"first published|last modified|last updated|date)\s*+(?:on\b)?\s*+[:|–—-]?\s*+)++",
                         re.IGNORECASE)
STAMP_TOKEN = re.compile(
    r"(?i:" + _MONTH + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\.?|"
    r"at|on|about|ago|an?|(?:second|minute|min|hour|hr|day|week|month|year)s?|just|now|and|"
    r"[ap]\.?m\.?|published|updated|update|posted|issued|modified|last|edited)"
    r"|\d{4}-\d{2}-\d{2}T[\d:.]{2,15}(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\d{1,4}(?:st|nd|rd|th)?(?:[/.:-]\d{1,4}){0,3}(?:[ap]\.?m\.?)?|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[,|·•/:–—()-]")
STAMP_DATE = re.compile(r"(?i:\b" + _MONTH + r"(?![a-z]))|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d+\s++(?:second|minute|"
                        r"min|hour|hr|day|week)s?\s++ago\b|\b(?:an?|one|two|three|few)\s++(?:minute|hour|day)s?\s++ago\b",
                        re.IGNORECASE)
STAMP_PLACE = re.compile(r"\s++[–—-]\s++(?P<place>[A-Z][A-Z'’. ]{1,30}[A-Z])\s*+$")
STAMP_MAX_WORDS = 16

# A wire agency beside a time stamp: "Reuters | Updated: Feb 5, 2026", "AFP Updated 3:45 PM ET".
AGENCY_STAMP = re.compile(r"^\s*+(?P<agency>" + _WIRE + r")\s*+[|·,-]?\s*+(?P<stamp>(?i:published|updated|posted)\b.{0,80})$")

# A release's stamp under its issuer's name: "Council of the EU" / "Press release 20 May 2025 13:15".
PRESS_RELEASE = re.compile(r"^\s*+(?:press|news|media) releases?\b[\s:|–—-]*+(?P<date>.{0,60})$", re.IGNORECASE)
ISSUER_MAX_WORDS = 6
# A release's embargo line: "FOR IMMEDIATE RELEASE", "For release: March 4, 2024", "EMBARGOED UNTIL 00:01 GMT".
RELEASE_STAMP = re.compile(r"^\s*+(?:for (?:immediate )?release|embargoed\b)[\s:,.–—-]*+.{0,60}$", re.IGNORECASE)

# Wire and state-media datelines opening the first paragraph: "KYIV, Feb 5 (Reuters) -", "UNITED NATIONS (AP) —",
# "SEOUL, Aug. 20 (Yonhap) --", "MOSCOW, February 10. /TASS/.", "BELGRADE:", "BRUSSELS –".
# The place may be missing ("(Reuters) - ", "(CNN)Former ..."); an agency outside WIRE_AGENCIES is read only as an
# acronym right after an upper-case place or the start and before a dash ("KABUL (ABC) —").
WIRE_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Za-z'’. -]{1,40}?)(?:,\s*+(?P<date>(?i:" + _MONTH
    + r")\s++\d{1,2}(?:,\s*+\d{4})?)\.?)?\s*+)?"
    r"(?:\((?P<agency>" + _WIRE + r")\)|/(?P<agency2>" + _WIRE + r")/\.?)\s*+(?:-{1,2}|–|—|:)?\s*+"
    r"|^(?:(?P<place3>[A-Z][A-Z'’. -]{1,30}[A-Z])\s++)?\((?P<agency3>[A-Z][A-Z&]{1,5})\)\s*+(?:-{1,2}|–|—)\s*+"
    # state media sign with the agency's name after the place, without brackets: "Foocity, IRNA – ", "FOOCITY, TASS -"
    r"|^(?P<place4>[A-Z][A-Za-z'’. -]{1,40}?),\s*+(?P<agency4>" + _WIRE + r")\s++(?:-{1,2}|–|—)\s++"
    # any agency's name in brackets after an upper-case place (and a date) and before a dash: "FOOCITY (Examplewire)
    # —", "FOOCITY. March 14 (Example-News) -"
    r"|^(?P<place5>[A-Z][A-Z'’. -]{1,30}[A-Z])(?:[.,]\s*+(?P<date5>(?i:" + _MONTH + r")\s++\d{1,2}))?\s*+"
    r"\((?P<agency5>[A-Z][\w&'’.-]{1,30}(?: [A-Z][\w&'’.-]{1,30}){0,2}+)\)\s*+(?:-{1,2}|–|—)\s*+")
# A wire story's header run into its first paragraph, as some crawlers keep it: slug, headline and editor's note,
# then the byline before the dateline ("(LEAD) Lee-China(LEAD) Lee departs ...(ATTN: UPDATES headline)By Jane Doe
# SEOUL, Jan. 4 (Yonhap) -- President ..."): the header is cut, the byline read, the paragraph opens at the dateline.
GLUED_WIRE_HEAD = re.compile(r"^(?P<head>.{3,400}?)\bBy\s++(?P<name>[A-Z][a-z][\w'’.-]*+(?:\s[A-Z][a-z][\w'’.-]*+){1,3}?)"
                             r"\s*+(?=(?P<dateline>[A-Z][A-Z'’. -]{1,30}[A-Z],\s*+(?i:" + _MONTH + r")\s*+\d{1,2}"
                             r"\s*+\((?:" + _WIRE + r")\)))")
PLACE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'’. -]{1,30}[A-Z])(?:,\s*+[A-Z][A-Za-z. ]{1,30})?\s*+(?:-{1,2}|–|—|:)\s++")

# Two sentences run together where a scraper lost the space: "... the regime.Treasury also ..." (not in a web
# address or an e-mail: no '/', '@' or "www." in the word).
GLUED_SENTENCES = re.compile(r"(?<![\w./@-])(?!www\.)(?P<left>[a-z]{3,}+)(?P<stop>[.!?])(?=[A-Z][a-z]++(?![\w./@-]))")

# Markdown and scraper scaffolding.
MD_LINK_ONLY = re.compile(r"^\s*+[*-]?\s*+(?:\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)\s*+)++$")
AD_MARKER = re.compile(r"^\s*+\[ad_?\d*\]\s*+$|^\s*+advertisement\s*+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<![.!?…:;])[.!?…:;]++[\"'”’“»«)\]]*+\s*+$")
ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*+\s*+$")

# Teasers for video or audio: "Watch India, Pakistan should take bilateral route ..." (no closing punctuation).
MEDIA_TEASER = re.compile(r"^\s*+(?:watch|video|listen|photos|gallery)\b\s*+[:|-]?\s++.*[^.!?\"'”’]\s*+$",
                          re.IGNORECASE)
