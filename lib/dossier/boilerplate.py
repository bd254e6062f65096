"""Vocabulary and patterns that tell page furniture from article text. Data only; the rules are in reading.py."""
from __future__ import annotations

import re

# Phrases of site widgets: sharing, printing, accounts, comments, newsletters, licensing, ads, cookies.
WIDGET_PHRASES = (
    "log in", "login", "sign in", "sign up", "subscribe", "subscription", "newsletter", "share this",
    "share on", "copy link", "print", "dictionary", "comment", "follow us", "click here", "learn more",
    "read more", "more to read", "more from", "related articles", "related stories", "recommended",
    "advertisement", "sponsored", "opens new tab", "licensing rights", "all rights reserved", "cookie",
    "privacy policy", "terms of use", "terms of service", "show me more", "download the app",
    "icon", "help-image", "standards board", "trust principles", "our standards", "skip to",
    "accessibility", "supported by", "watch:", "listen to this", "top searches", "visual stories",
)

# A line that is only a widget phrase with at most a few more words is a widget.
WIDGET_MAX_WORDS = 14

# Lines that open the page's furniture after the article: everything after them is footer.
FOOTER_OPENERS = re.compile(
    r"^\s*(?:\(?reporting by\b|\(?editing by\b|\(?additional reporting\b|\(?writing by\b|our standards\b|"
    r"more from\b|related (?:articles|stories|coverage|content)\b|recommended\b|read next\b|@highlight\b|"
    r"##\s*links\b|share this page\b|you may also like\b|most read\b|trending\b)",
    re.IGNORECASE,
)

# Lines that open a block of related links inside the article: the following non-sentence lines are links.
RELATED_OPENERS = re.compile(r"^\s*(?:more to read|read more|see also|related|also read|read also|watch)\s*:?\s*$",
                             re.IGNORECASE)

# Photo and wire agencies as they appear in credits.
AGENCIES = (
    "Getty Images", "Getty", "Reuters", "REUTERS", "AP Photo", "AP", "AFP", "EPA", "EPA-EFE", "Yonhap",
    "YONHAP", "Xinhua", "Bloomberg", "Shutterstock", "Alamy", "Sipa", "Pool", "Handout", "Anadolu", "AA",
    "TASS", "Sputnik", "Kyodo", "UPI", "PA", "PA Wire", "NurPhoto", "Images", "Photo", "Press Service",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# Credits at the end of a caption: "[YONHAP]", "(AFP Photo)", "(Photo: Getty Images)",
# "Sven Hoppe—Getty Images", "Andrew Kelly / Reuters", "Press Service/Handout via REUTERS".
CREDIT_PATTERNS = (
    re.compile(r"\s*\[(?P<credit>[A-Z][A-Za-z .&/'-]{1,40})\]\s*$"),
    re.compile(r"\s*\((?P<credit>(?:Photo(?: by)?:?\s*)?[^()]{0,50}?(?:" + _AGENCY + r")[^()]{0,30})\)\s*$"),
    re.compile(r"(?<=[\w.)])\s*(?P<credit>(?:[A-Z][\w.'-]*\s?){1,5}(?:—|–|/| / | - )\s*"
               r"(?:[\w.' ]{0,40}?(?:via )?)?(?:" + _AGENCY + r")\b[\w ]{0,20})\s*$"),
    re.compile(r"(?<=[\w.)])\s+(?P<credit>(?:[A-Z][\w.'-]*\s?){0,5}(?:Photo|Handout|Pool)?\s*via\s+(?:"
               + _AGENCY + r"))\s*$"),
)

# Words that mark a line as a photo caption even without a credit.
CAPTION_CUES = re.compile(r"\b(?:pictured|is seen|are seen|poses?|posing|photo(?:graph)? (?:released|taken|shows)|"
                          r"file photo|in this (?:photo|image|picture)|left|right|center)\b", re.IGNORECASE)

# Gallery counters that prefix captions: "Item 1 of 5", "[1/5]".
GALLERY_PREFIX = re.compile(r"^\s*(?:item \d+ of \d+\s*|\*{0,2}\[\d+/\d+\]\*{0,2}\s*)", re.IGNORECASE)

# Bylines: "BY MICHAEL LEE [mail]", "By Jane Doe, Reuters", "By Jane Doe and John Roe", a lone "By".
BYLINE = re.compile(r"^\s*by\b[:\s]*(?P<names>[^\[\]()|]*?)\s*(?:\[(?P<email>[^\]]*)\]|\((?P<email2>[^)]*@[^)]*)\))?\s*$",
                    re.IGNORECASE)
REPORTING_BY = re.compile(r"^\s*\(?\s*(?:reporting|writing) by (?P<names>[^;)]+)", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Trailing site names in page titles: "Headline | Reuters", "Headline - The New York Times".
TITLE_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+(?P<site>[^|\-–—]{2,60})$")

# Breadcrumbs: "Home > National > North Korea".
BREADCRUMB = re.compile(r"^\s*[^>]{1,40}(?:\s+(?:>|»|/|›)\s+[^>]{1,40}){1,6}\s*$")

# Date lines: "February 27, 2026 03:55 PM GMT+03:00", "Published August 14, 2010", "Updated: Oct 9, 2019".
DATE_LINE = re.compile(
    r"^\s*(?:published|updated|posted|last updated)?:?\s*(?:on\s+)?(?:\w+day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,|\s)\s*\d{4}"
    r"(?:[\s,]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*(?:GMT|UTC|EST|EDT|KST|[A-Z]{2,4})?[+-]?\d{0,2}:?\d{0,2})?\s*$",
    re.IGNORECASE,
)

# Markdown and scraper scaffolding.
MD_LINK_ONLY = re.compile(r"^\s*[*-]?\s*(?:\[[^\]]*\]\([^)]*\)\s*)+$")
AD_MARKER = re.compile(r"^\s*\[ad_?\d*\]\s*$|^\s*advertisement\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’“»«)\]]*\s*$")

# Teasers for video or audio: "Watch India, Pakistan should take bilateral route ..." (no closing punctuation).
MEDIA_TEASER = re.compile(r"^\s*(?:watch|video|listen|photos|gallery)\b\s*[:|-]?\s+.*[^.!?\"'”’]\s*$", re.IGNORECASE)
