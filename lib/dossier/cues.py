"""Word lists the extractors use: titles, role nouns, organisation heads, non-actors. Data only."""
from __future__ import annotations

import re

# Words that make a phrase a person's title (a premodifier 'Russian Ambassador X' or an appositive 'X, the envoy').
TITLE_WORDS = frozenset("""
president vice-president premier prime minister ministers secretary ambassador envoy diplomat spokesman spokeswoman
spokesperson leader chancellor king queen prince princess emperor governor senator sen. rep. representative
congressman congresswoman general gen. admiral commander chief head chairman chairwoman chair director
negotiator adviser advisor counselor deputy vice foreign defense defence finance treasury interior state
lawmaker official officer mayor speaker judge justice attorney ayatollah sheikh emir pope cardinal monarch
founder ceo executive correspondent analyst economist professor dr. delegate delegation commissioner
coordinator lt. col. colonel captain major marshal consul attache attaché undersecretary under-secretary
counterpart
""".split())

# Nouns that head a title (modifiers such as 'foreign' or 'deputy' are not enough on their own).
TITLE_HEADS = TITLE_WORDS - frozenset("""foreign defense defence finance treasury interior state deputy vice special
senior chief acting former first""".split())

# Head nouns of a title: the word a role mention ('the Russian envoy', 'the minister') is matched on.
ROLE_HEADS = {
    "envoy": {"envoy", "ambassador", "diplomat", "representative", "negotiator"},
    "ambassador": {"ambassador", "envoy"},
    "diplomat": {"diplomat", "ambassador", "envoy", "minister"},
    "minister": {"minister"},
    "president": {"president"},
    "premier": {"premier", "prime minister"},
    "leader": {"leader", "president", "chairman"},
    "spokesman": {"spokesman", "spokesperson", "spokeswoman"},
    "spokeswoman": {"spokeswoman", "spokesperson", "spokesman"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "secretary": {"secretary"},
    "chancellor": {"chancellor"},
    "negotiator": {"negotiator", "envoy"},
    "senator": {"senator"},
    "general": {"general"},
}

# Honorifics before a name: dropped from the name, kept as a hint.
HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gen|Lt|Col|Adm|Gov|Sir|Dame|Prof|Pres|President|Premier|"
                        r"Prime Minister|Minister|Ambassador|Secretary|Chancellor|King|Queen|Prince|Princess|Pope|"
                        r"Sheikh|Ayatollah|Chairman|Comrade|Judge|Justice|Mayor|Speaker|Senator|Representative|"
                        r"General|Admiral|Colonel|Captain|Vice President|Deputy|Foreign Minister)\.?\s+")

# Heads of organisation names: a mention ending in one of these is an organisation of the country it names.
ORG_HEADS = frozenset("""
ministry department agency council office committee commission parliament assembly congress senate house
government cabinet administration embassy mission service services forces army navy military command court bank
party union league alliance organisation organization institute center centre foundation corporation company
group bureau authority staff presidency kremlin duma legislature delegation panel board
""".split())

# Entity texts that are never actors: calendar words, diseases, media furniture.
NOT_ACTORS = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|"
    r"covid(?:-19)?|coronavirus|sars-cov-2|ebola|hiv|aids|twitter|facebook|instagram|youtube|whatsapp|tiktok|"
    r"linkedin|telegram|home|national|print|share|login|advertisement|getty images|getty|shutterstock|"
    r"photo|video|newsletter|world war (?:one|two|i|ii|iii)|the west|west|east|europe|asia|africa)$",
    re.IGNORECASE,
)

# Words that may follow 'North'/'South' in a country epithet ('the North', 'the North's Foreign Ministry').
EPITHET = re.compile(r"\b[Tt]he (?P<side>North|South|East|West)\b(?!\s+(?:[A-Z]|Pole|Atlantic|Sea|China))")

# Demonym + role noun, for role mentions: 'the Russian envoy', 'the minister', 'the U.S. ambassador'.
ROLE_MENTION = re.compile(r"\b[Tt]he\s+(?:(?P<mod>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+)?(?P<role>"
                          + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + r")\b(?!\s+(?:of|to|for)\b)")

# A country's role: "Russia's envoy", "China's foreign minister" (a person named beside it or just before).
POSSESSIVE_ROLE = re.compile(r"\b(?P<mod>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:(?:chief|top|deputy|special|senior|"
                             r"foreign|defen[cs]e|prime)\s+)?(?P<role>" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
                             + r")\b")
