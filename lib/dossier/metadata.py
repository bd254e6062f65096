"""The `meta` dict of an Article: what the input states about itself, normalised.

Sources, most trusted first: the user's `published`; the page's metadata (HTML <meta> tags, JSON-LD, microdata, a
crawler's record, front matter: see reading.py and html.py); the title's suffix after a dash or bar; a release's
issuer; a wire or state-media dateline ("KYIV, Feb 5 (Reuters) -", "UNITED NATIONS (AP) —", "Foocity, IRNA –"); a
byline's affiliation; the masthead; a "Source:" line; a name in the text that the host spells; the copyright line's
holder; bylines and e-mail footers in the text. Dates are read
only where the input states a full calendar date: the clock is never read, so without a date from the user or
the article `published` is None and `published_source` says so.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import dateparser

from dossier import boilerplate as bp

# Labels of a host name that say nothing of the outlet: "www.", "feeds.", ".co.kr", ".com".
# Hosts that keep other sites' pages: the site's own name is the label before ('bidenwhitehouse.archives.gov').
_ARCHIVE_HOSTS = {"archives", "archive", "webarchive", "web"}
_HOST_NOISE = {"www", "m", "amp", "feeds", "edition", "com", "co", "org", "net", "news", "gov", "ac", "int", "info",
               "uk", "kr", "in", "jp", "cn", "au", "ca", "de", "fr", "ru", "tr", "us", "eu", "ph", "ua", "eu"}
_CAP_WORD = r"(?:[A-Z][\w'’.&-]*+|of|the|and)"
_CAP_PHRASE = re.compile(r"(?<![\w'’.&-])" + _CAP_WORD + r"(?:[ \t]++" + _CAP_WORD + r"){0,5}+")
_DATELINE_AGENCY = re.compile(r"\((?P<agency>" + "|".join(re.escape(a) for a in sorted(
    set(bp.WIRE_AGENCIES), key=len, reverse=True)) + r")\)\s*+(?:-{1,2}|—|–)")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DATE_PREFIX = re.compile(r"^\s*+(?:published|updated|posted|last updated)\s*+:?\s*+", re.IGNORECASE)
_DOMAIN_NAME = re.compile(r"^[\w.-]+\.[a-z]{2,}$")
_INNER_CAPITAL = re.compile(r"^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z]")
# dateparser reads absolute dates only, and only with day, month and year: no "2 hours ago", no current year.
DATEPARSER_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                       "PARSERS": ["custom-formats", "absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False}
MAX_DATE_CHARS = 80


def iso_date(value) -> str | None:
    """'YYYY-MM-DD' for a date, a datetime, or a string that states a full calendar date; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    m = _ISO_DATE.match(s)
    if m:
        return "-".join(m.groups())
    if len(s) > MAX_DATE_CHARS:
        return None
    parsed = dateparser.parse(_DATE_PREFIX.sub("", s), languages=["en"], settings=DATEPARSER_SETTINGS)
    if parsed is None:           # a site's stamp: 'Published : March 3, 2024 - 14:05', 'Issued on: 03/03/2024 - 14:05'
        parsed = _stamp_date(s)
    return parsed.date().isoformat() if parsed else None


_STAMP_DAY = re.compile(r"(?i:(?:\d{1,2}(?:st|nd|rd|th)?\s++)?" + bp._MONTH + r"\s++\d{1,2}(?:st|nd|rd|th)?,?\s++\d{4}"
                        r"|\d{1,2}(?:st|nd|rd|th)?\s++" + bp._MONTH + r",?\s++\d{4})|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")


def _stamp_date(s: str):
    """The first full calendar date of a stamp line, read on its own (day first for '03.03.2024', month first for
    '03/03/2024', as sites print them)."""
    m = _STAMP_DAY.search(s)
    if not m:
        return None
    found = m.group(0)
    settings = dict(DATEPARSER_SETTINGS, DATE_ORDER="DMY" if "." in found else "MDY")
    return dateparser.parse(found, languages=["en"], settings=settings)


def stated_date(value) -> str | None:
    """iso_date of a date the article states, None unless it is a real calendar date."""
    found = iso_date(value)
    try:
        return date.fromisoformat(found).isoformat() if found else None
    except ValueError:
        return None


def dateline(body: str) -> dict:
    """The wire or state-media dateline opening the body: place, date (as written) and agency, where stated."""
    m = bp.WIRE_DATELINE.match(body)
    if m:
        place = m.group("place") or m.group("place3") or m.group("place4") or m.group("place5")
        return {k: v for k, v in {"place": place.strip() if place else None, "date": m.group("date") or m.group("date5"),
                                  "agency": m.group("agency") or m.group("agency2") or m.group("agency3")
                                  or m.group("agency4") or m.group("agency5")}.items() if v}
    m = bp.PLACE_DATELINE.match(body)
    return {"place": m.group("place").strip()} if m else {}


def outlet(meta: dict, raw: str, body: str) -> str | None:
    """The outlet's name: the site's own name unless it is written like an app's, else a title suffix, the issuer
    of a press release, the agency of a wire dateline, a name in the text matching the host, or the holder of the
    page's copyright line."""
    site, suffix = _site_name(meta.get("site")), _title_suffix(meta)
    hosts = [meta.get("hostname"), meta.get("url"), meta.get("site"), meta.get("author_email")]
    stems = [s for s in (host_stem(str(h)) for h in hosts if h) if s]
    if site and _app_style(site.lstrip("@")) and fold(site) not in stems:
        stems.append(fold(site))          # 'ExampleNews' is looked for as the name the page spells out
    if site and suffix and _same_letters(site, suffix):
        # one name spelt two ways: the fuller spelling, with its article, spaces or domain ('Examplenews' (a
        # handle) -> 'Example News', 'Example News' -> 'ExampleNews.com', 'Example Times' -> 'The Example Times')
        return max((suffix, site), key=len)
    if site and not _DOMAIN_NAME.match(site) and not _app_style(site):
        return site
    if suffix:
        return _section_suffix(suffix, raw) or suffix
    if meta.get("issuer"):
        return meta["issuer"]
    agency = meta.get("agency") or _wire_agency(body)
    if agency:                       # the agency's own site: its name as the page spells it ('AA' on aa.com.tr)
        return (_name_for_initials(fold(agency), raw)[0] if fold(agency) in stems else None) or agency
    if meta.get("affiliation") and not _DOMAIN_NAME.match(meta["affiliation"]):
        return _fuller(meta["affiliation"], meta.get("masthead"))
    if meta.get("masthead"):
        return meta["masthead"]
    if meta.get("source_credit"):
        return meta["source_credit"]
    labels = [label for h in hosts if h for label in host_labels(str(h))]
    for label in dict.fromkeys(stems + labels):
        name = _without_author(_spelled_out(label, raw) or "", meta)
        if name and name.rstrip(".,;:"):
            return name.rstrip(".,;:")          # 'Example News.' of '© 2031 Example News. All rights reserved.'
    return site or (_stem_name(stems[0]) if stems else None) or copyright_holder(raw)


_TAGLINE_SEP = re.compile(r":\s++| [|–—-] ")


def _site_name(site: str | None) -> str | None:
    """A site's name without the tagline some sites add to it: 'Example News: Breaking News, Latest Headlines' and
    'Example News | Breaking News' -> 'Example News'; a name without one stays ('Example News Agency')."""
    if not site:
        return site
    parts = _TAGLINE_SEP.split(str(site), maxsplit=1)
    if len(parts) == 2 and 1 <= len(parts[0].split()) <= 4 and len(parts[1].split()) >= 2:
        return parts[0].strip()
    return site


def _without_host_name(author: str, meta: dict) -> str:
    """An author's name without the outlet's name run onto it, where the page's host spells it: 'Jane Doe Global
    Example' -> 'Jane Doe' on globalexample.com. A name that is all host ('Example') or keeps fewer than two words
    stays as it was."""
    words = author.split()
    stems = {host_stem(str(h)) for h in (meta.get("hostname"), meta.get("url")) if h} - {None}
    for k in range(2, len(words) - 1):
        if fold(" ".join(words[k:])) in stems:
            return " ".join(words[:k])
    return author


def _without_author(name: str, meta: dict) -> str:
    """A name found for the host without a byline's author before it ('Jane Doe Global Example' -> 'Global
    Example' when the byline read 'Jane Doe Global Example' and the host is globalexample.com)."""
    words = name.split()
    for author in meta.get("authors") or []:
        person = _without_host_name(str(author), meta).split()
        if len(person) >= 2 and words[:len(person)] == person and len(words) > len(person):
            return " ".join(words[len(person):])
    return name


def _fuller(name: str, masthead: str | None) -> str:
    """The masthead when it is the same outlet's name written in full ('Example' in a byline's 'Example staff
    writer', 'Example Asia' at the top of the page), else `name`."""
    if masthead:
        short, full = name.casefold().split(), masthead.casefold().split()
        if len(short) < len(full) and full[:len(short)] == short:
            return masthead
    return name


SHORT_STEM = 4          # a host name this short is an acronym: 'pna' -> 'PNA', 'bbc' -> 'BBC'


def _stem_name(stem: str) -> str:
    return stem.upper() if len(stem) <= SHORT_STEM else stem.capitalize()


_AGENCY_NAMES = frozenset(a.casefold() for a in bp.WIRE_AGENCIES)


def _contribution_note(name: str) -> bool:
    """An author field that credits an agency's help, not a person: 'with AFP', 'With Reuters', 'AFP'."""
    words = name.split()
    return not words or words[0].lower() in ("with", "via", "and", "by") or name.casefold() in _AGENCY_NAMES


def copyright_holder(raw: str) -> str | None:
    """The name in the page's last copyright line ('© 2024 Example News Ltd. All rights reserved.' -> 'Example
    News'), without a legal form ('Ltd.', 'L.P.', 'Publishers Ltd.'); None for a web address or a lone word that
    is not a name ('Copyright Office', '© Crown copyright': a government's, not a publisher's)."""
    found = None
    for line in raw.splitlines()[::-1]:
        if len(line.split()) <= bp.COPYRIGHT_MAX_WORDS * 3 and bp.COPYRIGHT.search(line):
            found = line
            break
    if found is None:
        return None
    reserved = None if bp.COPYRIGHT_HOLDER.search(found) else bp.RESERVED_HOLDER.match(found)
    for m in [reserved] if reserved else bp.COPYRIGHT_HOLDER.finditer(found):
        words = m.group("name").split()
        words = words[:next((i for i, w in enumerate(words) if w.lower() in ("all", "or")), len(words))]
        while words and words[-1].lower().strip(",.") in bp.LEGAL_NAME_WORDS:
            words.pop()
        name = " ".join(words).strip(" .,")
        if name and not _DOMAIN_NAME.match(name.lower()) and name.lower() not in ("copyright", "all", "crown"):
            return name
    return None


def _section_suffix(suffix: str, raw: str) -> str | None:
    """The copyright holder, when the title's suffix is a section's label ('Headline - Example Region News') rather
    than the site's name: the page never names the suffix again but names the holder at least twice (masthead and
    copyright line). None otherwise: the suffix stands."""
    holder = copyright_holder(raw)
    if not holder or fold(holder) == fold(suffix):
        return None
    low = raw.casefold()
    return holder if low.count(suffix.casefold()) <= 1 and low.count(holder.casefold()) >= 2 else None


def _same_letters(a: str, b: str) -> bool:
    """The same name written two ways: 'Examplenews' and 'The Example News', 'ExampleNews.com' and 'Example News'."""
    def key(s: str) -> str:
        s = fold(re.sub(r"\.(?:com|org|net|co\.uk|in)$", "", s.strip().lstrip("@"), flags=re.IGNORECASE))
        return s[3:] if s.startswith("the") else s
    return bool(key(a)) and key(a) == key(b)


def _title_suffix(meta: dict) -> str | None:
    from dossier.reading import split_title
    for t in (meta.get("page_title"), meta.get("raw_title")):
        site = split_title(t)[1] if t else None
        if site:
            return site
    return None


def _wire_agency(body: str) -> str | None:
    m = _DATELINE_AGENCY.search(body[:2000])
    return m.group("agency") if m else None


def _app_style(name: str) -> bool:
    """A site name as an app writes it: one word, lower-case or with a capital inside ('nytimes', 'KyivIndependent')."""
    return " " not in name.strip() and (name.islower() or bool(_INNER_CAPITAL.match(name)))


# A web archive's address of a saved page: 'https://web.archive.org/web/20310304120000/https://www.example.com/x'.
_ARCHIVED_URL = re.compile(r"/web/\d{4,14}[a-z_]{0,4}/((?:https?://)?[\w.-]{1,253}\.[a-z]{2,24}(?:[/:?#]|$))", re.IGNORECASE)


def host_labels(host: str) -> list[str]:
    """The labels of a host name (of a URL or an e-mail address) that can name an outlet, most general last:
    'europe.dailyherald.co.uk' -> ['europe', 'dailyherald']."""
    archived = _ARCHIVED_URL.search(host)
    if archived:
        host = archived.group(1)          # a page kept by a web archive: the address it was saved from
    host = host.split("@")[-1]
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0].split(":")[0].lower()
    if "." not in host:
        return []
    labels = host.split(".")[:-1]                     # the top-level domain names no outlet
    short_popped = False                              # a country's second level: 'co.uk', 'gov.ph', 'com.au'
    while labels:
        if labels[-1] in _HOST_NOISE:
            labels.pop()
        elif len(labels[-1]) <= 2 and not short_popped and any(x not in _HOST_NOISE for x in labels[:-1]):
            labels.pop()                              # one short level only, and never the name itself: 'aa.com.tr'
            short_popped = True                       # is 'aa', 'www.ft.com' is 'ft'
        else:
            break
    return [x for x in labels if x and x not in _HOST_NOISE and x not in _ARCHIVE_HOSTS]


def host_stem(host: str) -> str | None:
    """The registrable name of a host: 'www.reuters.com' -> 'reuters'."""
    labels = host_labels(host)
    return labels[-1] if labels else None


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).lower()


def _covering(phrase: str, stem: str) -> str | None:
    """The shortest run of the phrase's words whose letters hold the stem, widened by up to two capitalised words
    before it, up to two outlet words after it (boilerplate.OUTLET_WORDS) and a 'The' just before it: 'More From Türkiye
    Today' -> 'Türkiye Today'; 'read more from the Daily Herald' -> 'Daily Herald'; 'The Kyiv Independent Tim
    Zadorozhnyy' -> 'The Kyiv Independent'."""
    words = phrase.split()
    best = None
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if stem in fold(" ".join(words[i:j])):
                if best is None or j - i < best[1] - best[0]:
                    best = (i, j)
                break
    if best is None:
        return None
    i, j = best
    while j < len(words) and j - best[1] < 2 and words[j].lower() in bp.OUTLET_WORDS:
        j += 1
    while i > 0 and best[0] - i < 2 and words[i - 1][0].isupper() and words[i - 1].lower() not in _STOP:
        i -= 1
    if i > 0 and words[i - 1] == "The":
        i -= 1
    while j > i + 1 and words[j - 1] in ("of", "the", "and"):
        j -= 1
    return " ".join(words[i:j])


_STOP = frozenset({"the", "a", "an", "of", "and", "more", "from", "with", "by", "for", "to", "in", "on", "at"})


def _name_for_stem(stem: str, raw: str) -> str | None:
    """The name in the raw text whose letters hold the host's stem ('koreatimes' in 'Korea Times'): the one the
    text uses most often ('Example' written throughout, not 'Example Network' of one credit line), on a tie the
    one written in more words ('Kyiv Independent' over 'Kyivindependent'); None when the text has none.

    Only phrases whose letters hold the stem are searched for the words that cover it: a run of a phrase's words
    holds the stem only if the whole phrase does (fold drops what lies between words), so the answer is the same
    as searching every phrase, at a fraction of the cost on a large page."""
    uses: dict[str, int] = {}
    for phrase, folded in _cap_phrases(raw):
        if stem in folded:
            name = _covering(phrase, stem)
            if name:
                uses[name] = uses.get(name, 0) + 1
    return max(uses, key=lambda name: (uses[name], len(name.split())), default=None)


def _spelled_out(stem: str, raw: str) -> str | None:
    """The outlet's name a host stem stands for in the raw text (`_name_for_stem`). A short stem is an acronym: only
    a name opening with it counts ('BBC News'; not 'China' for 'aa', whose letters run across 'China and'), and the
    name its initials spell is taken where the page writes it at least as often as the acronym standing alone
    ('Anadolu Agency' on a page that writes 'AA' only in 'AA Academy')."""
    name = _name_for_stem(stem, raw)
    if len(stem) > SHORT_STEM:
        return name
    acronym = name if name is not None and fold(name.split()[0]) == stem else None
    full, uses = _name_for_initials(stem, raw)
    alone = sum(folded == stem for _, folded in _cap_phrases(raw))
    return full if full is not None and (uses >= alone or acronym is None) else acronym


def _name_for_initials(stem: str, raw: str) -> tuple[str | None, int]:
    """For a short host name, the name of two or more words in the raw text whose initials spell it ('aa' ->
    'Anadolu Agency', 'scmp' -> 'South China Morning Post'): the one used most often, with its count; (None, 0)
    when there is none."""
    uses: dict[str, int] = {}
    for phrase, _ in _cap_phrases(raw):
        words = phrase.split()
        for k in range(len(words)):
            for n in range(2, len(words) - k + 1):
                run = words[k:k + n]
                if all(w[1:].islower() for w in run) and "".join(w[0] for w in run).lower() == stem:
                    name = " ".join(run)
                    uses[name] = uses.get(name, 0) + 1
    best = max(uses, key=lambda name: (uses[name], len(name.split())), default=None)
    return best, uses.get(best, 0)


@functools.lru_cache(maxsize=4)
def _cap_phrases(raw: str) -> tuple[tuple[str, str], ...]:
    """Each capitalised phrase of the raw text with its letters folded, read once per text (outlet() looks up
    several host labels in the same page)."""
    return tuple((m.group(0), fold(m.group(0))) for m in _CAP_PHRASE.finditer(raw))


def build(cleaned_meta: dict, *, raw: str, body: str, published=None, source_path: str | None = None,
          article_id: str, word_count: int) -> dict:
    """The contract's meta dict: article_id, title, outlet, section, authors, author_email, published, ...

    Added keys: published_stated (the date the article states), published_source ('user', 'article' or None:
    no date, relative dates stay unresolved), dateline (place, date, agency), description, links, url, format.
    """
    m = cleaned_meta
    if m.get("front_matter"):
        from dossier.reading import split_front_matter
        raw = split_front_matter(raw)[1]          # the crawler's fields ('source: Examplenews') are no page text
    stated = stated_date(m.get("published")) or stated_date(m.get("date_line"))
    given = iso_date(published)
    where = dateline(body)
    if where.get("agency"):
        m = {**m, "agency": m.get("agency") or where["agency"]}
    return {
        "article_id": article_id,
        "title": m.get("title"),
        "outlet": outlet(m, raw, body),
        "section": list(m.get("section") or []),
        "authors": [a for a in dict.fromkeys(_without_host_name(str(a), m) for a in m.get("authors") or [])
                    if not _contribution_note(a)],
        "author_email": m.get("author_email"),
        "published": given or stated,
        "published_stated": stated,
        "published_source": "user" if given else "article" if stated else None,
        "language": "en",
        "source_path": str(source_path) if source_path else None,
        "word_count": word_count,
        "url": m.get("url"),
        "format": m.get("format"),
        "dateline": where or None,
        "description": m.get("description"),
        "links": list(m.get("links") or []),
    }


_RECORD_NAME = re.compile(r"^(?P<file>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


def article_id_for(source_path: str | None, text: str) -> str:
    """The file's stem ('stem-LINE' for a record of a JSON Lines file, named 'path:LINE'), or a short hash of
    the text for a string."""
    record = _RECORD_NAME.match(source_path or "")
    if record:
        return f"{Path(record.group('file')).stem}-{record.group('line')}"
    if source_path:
        return Path(source_path).stem
    import hashlib
    return "text-" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:10]
