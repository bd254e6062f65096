"""Every country and territory under every name an article may use: a gazetteer built from pycountry and countryinfo.

Names come from the libraries: common and official names, alternative spellings, demonyms, capitals, and
acronyms formed from multi-word names ('Democratic People's Republic of Korea' -> 'DPRK', 'United Arab
Emirates' -> 'UAE'). `SUPPLEMENT` adds only what neither library carries (historic demonyms, seats of
government, the older English spellings of capitals); it is world knowledge, not any article's.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import pycountry

# What the libraries lack: alias -> (alpha-3, via). Historic demonyms, capitals' older spellings, acronyms with dots.
SUPPLEMENT: dict[str, tuple[str, str]] = {
    "Soviet": ("SUN", "demonym"), "Soviets": ("SUN", "demonym"), "Soviet Union": ("SUN", "name"),
    "USSR": ("SUN", "acronym"), "Yugoslav": ("YUG", "demonym"), "Czechoslovak": ("CSK", "demonym"),
    "East German": ("DDR", "demonym"), "West German": ("DEU", "demonym"),
    "Kiev": ("UKR", "capital"), "Peking": ("CHN", "capital"), "Rangoon": ("MMR", "capital"),
    "Yangon": ("MMR", "capital"), "Washington": ("USA", "capital"), "New Delhi": ("IND", "capital"),
    "Britain": ("GBR", "name"), "Great Britain": ("GBR", "name"), "Burma": ("MMR", "name"),
    "Holland": ("NLD", "name"), "Persia": ("IRN", "name"), "Ivory Coast": ("CIV", "name"),
    "America": ("USA", "name"), "Tel Aviv": ("ISR", "capital"), "Hague": ("NLD", "capital"),
    "Brits": ("GBR", "demonym"), "Americans": ("USA", "demonym"), "Emiratis": ("ARE", "demonym"),
    "Filipino": ("PHL", "demonym"), "Filipinos": ("PHL", "demonym"), "Turkiye": ("TUR", "name"),
    "Türkiye": ("TUR", "name"), "ROK": ("KOR", "acronym"), "PRC": ("CHN", "acronym"),
    # adjectives English uses beside the library's demonym ('Filipino', 'Argentinean', 'Slovene', 'Icelander')
    "Philippine": ("PHL", "demonym"), "Argentine": ("ARG", "demonym"), "Argentinian": ("ARG", "demonym"),
    "Djiboutian": ("DJI", "demonym"), "Bosnian": ("BIH", "demonym"), "Slovenian": ("SVN", "demonym"),
    "Icelandic": ("ISL", "demonym"), "New Zealander": ("NZL", "demonym"),
}

# Seats of government named for their state: organisations of that state.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "Kremlin": "RUS", "White House": "USA", "Blue House": "KOR", "Elysee": "FRA", "Élysée": "FRA",
    "Downing Street": "GBR", "Zhongnanhai": "CHN", "Pentagon": "USA", "Quai d'Orsay": "FRA",
    "Bankova": "UKR", "Chancellery": "DEU", "State Department": "USA", "Foreign Office": "GBR",
    "Capitol Hill": "USA", "Number 10": "GBR",
}

_SMALL = {"of", "the", "and", "da", "de", "du", "la", "le", "des", "di", "del", "el", "al", "and", "s"}
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff'’. ,()-]")


@dataclass(frozen=True)
class Country:
    code: str                  # ISO 3166 alpha-3
    name: str                  # common English name
    official: str | None = None


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    # surface form -> list of (alpha-3, via); more than one code means the form is ambiguous
    forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    population: dict[str, int] = field(default_factory=dict)
    name_rank: dict[str, tuple] = field(default_factory=dict)   # which countryinfo entry names a code
    english: set[str] = field(default_factory=set)   # English names: pycountry's three, countryinfo's own
    short: set[str] = field(default_factory=set)     # of those, the short ones (not 'Hellenic Republic')

    def add(self, form: str, code: str, via: str) -> None:
        form = " ".join(form.split())
        if not form or _NON_LATIN.search(form):
            return
        for f in {form, form.replace("'", "’")}:
            entries = self.forms.setdefault(f, [])
            if all(c != code for c, _ in entries):
                entries.append((code, via))

    def lookup(self, form: str) -> list[tuple[str, str]]:
        """(alpha-3, via) entries for a surface form, trying it as written, without 'the', and singular."""
        form = " ".join(form.replace("’", "'").split())
        found = self.forms.get(form)
        if found is not None:
            return found
        for f in (_LEADING_THE.sub("", form), _TRAILING_S.sub("", form)):   # only when the form as written fails
            if f in self.forms:
                return self.forms[f]
        return []

    def name(self, code: str) -> str:
        c = self.countries.get(code)
        return c.name if c else code


_LEADING_THE = re.compile(r"^[Tt]he\s+")
_TRAILING_S = re.compile(r"'s$")


def acronyms(name: str) -> list[str]:
    """Initials of a multi-word name, without and with 'of': 'Republic of Korea' -> ['RK', 'ROK']."""
    words = [w for w in re.split(r"[\s-]+", name.replace("'s", "")) if w]
    caps = [w for w in words if w.lower() not in _SMALL]
    if len(caps) < 2 or not all(w[0].isupper() for w in caps):
        return []
    with_of = [w for w in words if w.lower() not in _SMALL - {"of"}]
    return list(dict.fromkeys(["".join(w[0] for w in caps), "".join(w[0].upper() for w in with_of)]))


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _capital_forms(capital: str) -> list[str]:
    """'Washington D.C.' -> ['Washington D.C.', 'Washington']; accents dropped as a second spelling."""
    forms = [capital]
    short = re.sub(r",?\s+(?:D\.?C\.?|City)$", "", capital)
    if short != capital and len(short) > 3:
        forms.append(short)
    forms += [_plain(f) for f in forms if _plain(f) != f]
    return forms


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    from countryinfo import all_countries
    gz = Gazetteer()
    for c in pycountry.countries:
        common = getattr(c, "common_name", None) or c.name
        common = re.sub(r",.*$", "", common) if "," in common else common
        gz.countries[c.alpha_3] = Country(c.alpha_3, common, getattr(c, "official_name", None))
        for form in {common, c.name, getattr(c, "official_name", None)} - {None}:
            if "," not in form:
                gz.add(form, c.alpha_3, "name")
                gz.add(_plain(form), c.alpha_3, "name")
                gz.english.add(form)
                if form != getattr(c, "official_name", None):
                    gz.short.add(form)
    for h in pycountry.historic_countries:
        name = h.name.split(",")[0].strip()
        gz.countries.setdefault(h.alpha_3, Country(h.alpha_3, name))
    for key in all_countries():  # CountryInfo objects
        _add_countryinfo(gz, key)
    for form, (code, via) in SUPPLEMENT.items():
        gz.add(form, code, via)
    if "SUN" in gz.countries:
        gz.countries["SUN"] = Country("SUN", "Soviet Union", "Union of Soviet Socialist Republics")
    _add_acronyms(gz)
    _add_shared_tails(gz)
    _add_compass_abbreviations(gz)
    return gz


def _add_compass_abbreviations(gz: Gazetteer) -> None:
    """'N. Korea', 'S. Korea', 'S. Sudan', 'N.Korea': a name opening with a point of the compass, abbreviated as wire
    headlines write it."""
    for form, entries in list(gz.forms.items()):
        m = re.match(r"^(?P<point>North|South|East|West)\s+(?P<tail>[A-Z]\w+)$", form)
        if m and len(entries) == 1 and entries[0][1] == "name":
            for short in (f"{m['point'][0]}. {m['tail']}", f"{m['point'][0]}.{m['tail']}"):
                gz.add(short, entries[0][0], "name")


def _add_shared_tails(gz: Gazetteer) -> None:
    """'Korea'/'Korean' for 'North Korea'/'South Korea': an ambiguous form the article's context must settle."""
    tails: dict[str, set[tuple[str, str]]] = {}
    for form, entries in gz.forms.items():
        m = re.match(r"^(?:North|South|East|West|Northern|Southern)\s+(?P<tail>[A-Z]\w+)$", form)
        if m and len(entries) == 1 and entries[0][1] in ("name", "demonym"):
            tails.setdefault(m.group("tail"), set()).add(entries[0])
    for tail, entries in tails.items():
        if tail not in gz.forms and len({c for c, _ in entries}) > 1:
            gz.forms[tail] = sorted(entries)



def _add_countryinfo(gz: Gazetteer, info) -> None:
    try:
        code = info.iso()["alpha3"]
        name = info.name()
    except Exception:  # an entry without ISO codes: not a country we can name by code
        return
    old = gz.countries.get(code)
    pop = int(info.population() or 0) if str(info.population() or "0").isdigit() else 0
    py = pycountry.countries.get(alpha_3=code)
    py_names = {getattr(py, k, None) for k in ("common_name", "name", "official_name")} if py else set()
    rank = (name in py_names, pop)
    if rank > gz.name_rank.get(code, (False, -1)):
        gz.name_rank[code] = rank
        gz.countries[code] = Country(code, name, old.official if old else None)
    gz.population[code] = max(pop, gz.population.get(code, 0))
    gz.add(name, code, "name")
    gz.english.add(name)
    gz.short.add(name)
    iso = info.iso()
    for alt in info.alt_spellings() or []:
        if "," in alt or len(alt) < 2 or alt in (iso.get("alpha2"), iso.get("alpha3")):
            continue
        if alt.isupper() and len(alt) <= 3:
            gz.add(alt, code, "acronym")
        elif not alt.isupper():
            gz.add(re.sub(r"^the\s+", "", alt), code, "name")
    demonym = info.demonym()
    if isinstance(demonym, str) and demonym:
        for d in sorted({demonym, _plain(demonym)} | _derived_demonyms(name, demonym)):
            gz.add(d, code, "demonym")
            if not d.endswith(("s", "ese", "sh", "ch")):
                gz.add(d + "s", code, "demonym")
    capitals = info.capital()
    for capital in capitals if isinstance(capitals, list) else [capitals]:
        for f in _capital_forms(capital) if capital else []:
            gz.add(f, code, "capital")


def _derived_demonyms(name: str, demonym: str) -> set[str]:
    """Short demonyms the library omits, by the regular ways English forms them: a '-stan' country's stem
    ('Kazakhstan' -> 'Kazakh', 'Uzbekistan' -> 'Uzbek'), the first word of a two-word demonym when it is a
    demonym itself ('Saudi Arabian' -> 'Saudi'), and a consonant-final name with '-i' ('Nepal' -> 'Nepali')."""
    out = set()
    m = re.match(r"^([A-Z][a-z]+?)i?stan$", name)
    if m and len(m.group(1)) >= 5:
        out.add(m.group(1))
    first = demonym.split()[0]
    if len(demonym.split()) == 2 and name.startswith(first + " ") and first.endswith("i") and len(first) >= 5:
        out.add(first)
    if " " not in name and re.match(r"^[A-Z][a-z]+[bcdfghklmnprstz]$", name):
        out.add(name + "i")
    return out


def _add_acronyms(gz: Gazetteer) -> None:
    """Acronyms of multi-word English names ('UAE', 'DPRK', 'ROK'), and dotted forms of letter acronyms ('U.S.',
    'U.K.'). Not of the names in other languages the library also lists ('Tetã Volívia' would make 'TV' Bolivia);
    of two letters only from a short name ('United Kingdom': 'UK'; not 'Hellenic Republic': 'HR'), and never two
    letters that American, Canadian or Australian papers write for a state or province ('S.C.', 'N.C.', 'D.C.'
    after a name are South Carolina, North Carolina and Washington, not Switzerland, New Caledonia or Congo) or
    that are another country's ISO code ('GB' is Britain, not Guinea-Bissau)."""
    derived: dict[str, set[str]] = {}
    postal = _postal_codes()
    alpha2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for form, entries in list(gz.forms.items()):
        if len(entries) != 1 or entries[0][1] != "name" or form not in gz.english:
            continue
        for a in acronyms(form):
            if 3 <= len(a) <= 6 or len(a) == 2 and form in gz.short and a not in postal \
                    and alpha2.get(a, entries[0][0]) == entries[0][0]:
                derived.setdefault(a, set()).add(entries[0][0])
    for a, codes in derived.items():
        if len(codes) == 1:
            gz.add(a, next(iter(codes)), "acronym")
    for form, entries in list(gz.forms.items()):
        if form.isupper() and form.isalpha() and 2 <= len(form) <= 4 and len(entries) == 1:
            gz.add(".".join(form) + ".", entries[0][0], "acronym")


POSTAL_COUNTRIES = ("US", "CA", "AU")    # whose papers abbreviate states and provinces after a name or a party


@functools.lru_cache(maxsize=1)
def _postal_codes() -> frozenset[str]:
    """The two-letter codes of the states, territories and provinces of POSTAL_COUNTRIES (pycountry's ISO 3166-2:
    'US-SC' -> 'SC')."""
    return frozenset(s.code.split("-")[1] for s in pycountry.subdivisions
                     if s.country_code in POSTAL_COUNTRIES and len(s.code.split("-")[1]) == 2)


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    """Name of a state, province or region (pycountry) -> the alpha-3 codes of the countries that have one."""
    import pycountry
    out: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is not None:
            out.setdefault(s.name, set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region of that name, if only one country has one and no country is
    called so ('Texas', 'Ontario'; not 'Punjab', of two countries, nor 'Georgia')."""
    codes = _subdivisions().get(name)
    return next(iter(codes)) if codes and len(codes) == 1 and not gazetteer().lookup(name) else None


def place_country(name: str, gz: "Gazetteer") -> str | None:
    """The country a place name belongs to: a country, its capital or demonym, else a state or province
    named in only one country ('Texas', 'Ontario'); None when it cannot be told."""
    entries = gz.lookup(name)
    if entries:
        codes = {c for c, _ in entries}
        return next(iter(codes)) if len(codes) == 1 else max(codes, key=lambda c: gz.population.get(c, 0))
    codes = _subdivisions().get(name)
    return next(iter(codes)) if codes and len(codes) == 1 else None


def is_weak(form: str) -> bool:
    """Forms that are a country only when the NER agrees: two letters ('US', 'UK') could be other words."""
    return form.isupper() and form.isalpha() and len(form) <= 2


# Top-level domains of one state's government that are not its ISO code: 'treasury.gov' is the United States'.
_GOVERNMENT_DOMAINS = {"gov": "USA", "mil": "USA"}
# Country-code domains whose ISO code differs ('bbc.co.uk' is the United Kingdom's, ISO 'GB').
_DOMAIN_CODES = {"uk": "GB"}
# Country-code domains sold to anyone, that say nothing of a site's state ('.tv', '.io', '.me').
_VANITY_DOMAINS = frozenset("tv io ai me co ly fm ws cc to gg la nu tk am sh ac im is sx vc".split())


def host_country(url: str | None) -> str | None:
    """The ISO alpha-3 code of the state a web address belongs to by its top-level domain ('yna.co.kr' -> KOR,
    'home.treasury.gov' -> USA); None for a generic domain ('.com', '.org', '.eu', '.int') or no address."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/")[0].split(":")[0]
    if "." not in host:
        return None
    tld = host.rsplit(".", 1)[1]
    if tld in _GOVERNMENT_DOMAINS:
        return _GOVERNMENT_DOMAINS[tld]
    if len(tld) != 2 or tld in _VANITY_DOMAINS:
        return None
    found = pycountry.countries.get(alpha_2=_DOMAIN_CODES.get(tld, tld).upper())
    return found.alpha_3 if found is not None else None
