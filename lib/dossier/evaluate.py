"""The project's own evaluation: precision, recall and F1 of every frame against tests/gold, and the CI gate.

usage: python -m dossier.evaluate [--json] [--detail] [--check | --pin [--allow-lower]]
                                  [--split dev|test ... | --gold DIR] [--floors FILE]

The gold is split in two (tests/gold/README.md): `dev/`, the articles rules are written from, and `test/`,
held out and never read while writing rules. Without `--gold`, both splits are scored apart (or those named
by `--split`), each checked against (or pinned to) its own floors in tests/quality_floors.json, and a summary
puts their overall P/R/F1 side by side. `--gold DIR` scores one folder against a flat floors file.

Every gold file (<split>/*.json; format: docs/gold-format.md) names an article
relative to itself. Each article is parsed once with `dossier.read_article(path, published=...)` and the
one `Article` is scored on every frame. The scores are `Counts`: tp = gold items the parser found,
fn = gold items it missed, fp = reported items that are wrong, right = reported items judged right
(= tp unless a frame says otherwise). precision = right / (right + fp), recall = tp / (tp + fn), each
undefined (None) when its denominator is 0. Overall scores are micro-averaged: counts summed over articles.

Frames (one line each; "found" means a reported actor whose name or any alias matches, after `norm`,
the gold actor's name or any of its aliases):
- meta: each field the gold "meta" states (title, outlet, author_email, each section_contains part,
  body_paragraphs, captions count) is right (tp), wrong (fp and fn) or not reported (fn); authors as a set.
- boilerplate: junk removal; tp = a boilerplate_absent string not in the body paragraphs, fn = still there,
  fp = a gold quote's start missing from the clean text (article content thrown away with the junk).
- actors: tp = required actor found, fn = not found; right = reported actors that match a required or an
  optional name, fp = the others (invented) and any whose names match a forbidden string.
- actor_types: per required actor: found with kind and country right (tp), found with either wrong
  (fp and fn), not found (fn). A gold actor without "country" is not checked on country.
- titles: per required actor with a gold title: found with a title holding all the gold title's words
  (tp), found with another title (fp and fn), no title or not found (fn).
- aliases: per gold [surface, canonical] pair: tp = a mention with that surface resolves to the canonical
  actor, fn = none does, fp = some mention of that surface resolves to another (or an unknown) actor.
- quotes: tp = a gold quote whose start lies inside a reported quote's text (any kind) with the speaker
  resolved to an accepted name, fn = none; precision over reported non-indirect quotes whose text holds a
  gold start: right = speaker accepted for it, fp = speaker wrong or missing. Other quotes are not scored.
- positions: distinct (actor, period, stance) triples, stances support/oppose: tp = gold current/past
  triple reported, fn = not; fp = a reported triple of a required actor not in the gold (current-period
  triples of "ambiguous" actors excepted); in an expect_none article every reported triple is fp.
- events: tp = a gold meeting/sanction matched by a reported event of the same kind whose participants
  (with source and target) include the gold ones and whose date starts with the gold date, fn = none;
  right/fp = reported meeting/sanction events that do / do not match any gold event.

The gate (`--check`) compares each frame's overall `Counts.gate` (F1; recall where precision is
undefined, precision where recall is) with tests/quality_floors.json, which also pins the gold set's hash.
A parse that raises scores nothing on its article (every gold item missed) and fails the gate.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

import numpy as np
import pandas as pd

from dossier.schema import COLUMNS, frame

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold"
SPLITS = ("dev", "test")            # dev: rules are written from it; test: held out, its totals are trusted
FLOORS_NAME = "floors.json"
FLOORS_PATH = GOLD_DIR.parent / "quality_floors.json"  # beside the gold folder, so tests/gold/*.json is gold only
FLOORS_NOTE = (
    "Quality floors, checked by `python -m dossier.evaluate --check` and tests/test_quality_gate.py: each "
    "frame's overall F1 on the gold set (recall where precision is undefined) must stay at or above its floor, "
    "in each split of the gold (dev and test, kept apart under 'splits'). "
    "gold_sha256 pins the gold files the floors were measured on: after adding or editing tests/gold/*.json, "
    "re-pin with `python -m dossier.evaluate --pin` and commit floors.json with the gold change. --pin writes "
    "each floor as the current score rounded down to 2 decimals and refuses to lower a floor unless "
    "--allow-lower is given; raising a floor is a deliberate edit in a commit."
)

TITLE_SLACK_WORDS = 8  # words a reported title may carry beyond the headline (an outlet suffix, a kicker)
INDIRECT = "indirect"  # quote kind without quotation marks: never matched against gold starts for precision
EVENT_KINDS = frozenset({"meeting", "sanction"})
STANCES = frozenset({"support", "oppose"})
PERIODS = ("current", "past")
_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


class Counts(NamedTuple):
    """Counts of one frame on one article (or summed over articles).

    tp: gold items found; fp: reported items judged wrong; fn: gold items missed;
    right: reported items judged right, where that is not tp (None means tp);
    missed, false: labels of the misses and the false positives, for `--detail`.
    """

    tp: int
    fp: int
    fn: int
    right: int | None = None
    missed: tuple[str, ...] = ()
    false: tuple[str, ...] = ()

    @property
    def reported_right(self) -> int:
        """Reported items judged right."""
        return self.tp if self.right is None else self.right

    @property
    def precision(self) -> float | None:
        """right / (right + fp), or None when nothing was reported."""
        n = self.reported_right + self.fp
        return self.reported_right / n if n else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when the gold has nothing."""
        n = self.tp + self.fn
        return self.tp / n if n else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, or None when either is undefined."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gate(self) -> float | None:
        """The score the gate compares with a floor: F1, else whichever of recall and precision is defined."""
        for value in (self.f1, self.recall, self.precision):
            if value is not None:
                return value
        return None


def total(counts: Iterable[Counts]) -> Counts:
    """The sum of `counts` (micro-average when summing one frame over articles), labels concatenated."""
    items = list(counts)
    return Counts(sum(c.tp for c in items), sum(c.fp for c in items), sum(c.fn for c in items),
                  sum(c.reported_right for c in items), sum((c.missed for c in items), ()),
                  sum((c.false for c in items), ()))


# ---------------------------------------------------------------- names


def norm(name: object) -> str:
    """`name` folded for matching: case, curly quotes, U.S./U.N./U.K., possessive 's, punctuation, leading 'the'."""
    if _missing(name):
        return ""
    s = unicodedata.normalize("NFKC", str(name)).casefold().translate(_QUOTE_MARKS)
    s = re.sub(r"\bu\.([snk])\.?(?!\w)", r"u\1", s)
    s = re.sub(r"'s\b", "", s)
    s = " ".join(re.sub(r"[^\w\s]", " ", s).split())
    return s.removeprefix("the ")


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _as_list(value: object) -> list:
    if _missing(value):
        return []
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        return list(value)
    return [value]


def _contains(haystack: str, needle: str) -> bool:
    """Whether normalised `needle` occurs in normalised `haystack` as whole words."""
    return bool(needle) and f" {needle} " in f" {haystack} "


class GoldActors(NamedTuple):
    """The gold actors as normalised names: required (canonical name -> its names), optional, forbidden."""

    required: dict[str, frozenset[str]]
    optional: frozenset[str]
    forbidden: frozenset[str]


def gold_actors(gold: Mapping) -> GoldActors:
    """The gold file's actors, indexed for matching."""
    spec = gold.get("actors", {})
    required = {a["name"]: frozenset(filter(None, map(norm, [a["name"], *a.get("aliases", [])])))
                for a in spec.get("required", [])}
    return GoldActors(required, frozenset(filter(None, map(norm, spec.get("optional", [])))),
                      frozenset(filter(None, map(norm, spec.get("forbidden", [])))))


def canonical(names: Iterable[object], index: GoldActors) -> str | None:
    """The canonical name of the required gold actor known by `names` (earlier names win), or None."""
    for name in filter(None, map(norm, names)):
        for canon, known in index.required.items():
            if name in known:
                return canon
    return None


def _names(actor: Mapping) -> list:
    """An actor row's names: its `name` first, then its aliases."""
    return [actor.get("name"), *_as_list(actor.get("aliases"))]


def _records(article: Any, name: str) -> list[dict]:
    df = getattr(article, name, None)
    return [] if df is None else df.to_dict("records")


def _canon_by_id(article: Any, index: GoldActors) -> dict[int, str | None]:
    return {int(a["actor_id"]): canonical(_names(a), index) for a in _records(article, "actors")}


def _canon_of(actor_id: object, by_id: Mapping[int, str | None]) -> str | None:
    """The canonical gold name of the reported actor `actor_id` (None for null or unknown ids)."""
    try:
        return None if _missing(actor_id) else by_id.get(int(actor_id))
    except (TypeError, ValueError):  # not an id: the parser wrote something else here
        return None


def _found(article: Any, index: GoldActors) -> dict[str, dict]:
    """Canonical gold name -> the reported actor resolved to it (the most mentioned one if several)."""
    rows = sorted(_records(article, "actors"), key=lambda a: -int(a.get("mentions") or 0))
    found: dict[str, dict] = {}
    for row in rows:
        found.setdefault(canonical(_names(row), index), row)
    found.pop(None, None)
    return found


def _graded(grades: Iterable[tuple[str, str]]) -> Counts:
    """Counts from (label, grade) pairs: grade "right" is a tp, "wrong" a fp and a fn, "missing" a fn."""
    grades = list(grades)
    wrong = [label for label, g in grades if g == "wrong"]
    missed = [label for label, g in grades if g != "right"]
    return Counts(len(grades) - len(missed), len(wrong), len(missed), missed=tuple(missed), false=tuple(wrong))


def _grade(right: bool, reported: bool) -> str:
    return "right" if right else "wrong" if reported else "missing"


# ---------------------------------------------------------------- frames


def meta_counts(gold: Mapping, article: Any) -> Counts:
    """Each gold "meta" field right (tp), wrong (fp, fn) or not reported (fn); authors counted name by name."""
    want, meta = gold.get("meta", {}), article.meta or {}
    fields = _graded((f"{field}: {got!r}", _grade(ok, _reported(got)))
                     for field, got, ok in _meta_fields(want, meta, article.paragraphs))
    if "authors" not in want:
        return fields
    return total([fields, _authors_counts(want["authors"], _as_list(meta.get("authors")))])


def _authors_counts(want: list[str], got: list) -> Counts:
    wanted = {norm(a): a for a in want}
    reported = {norm(a): a for a in got if norm(a)}
    missed = tuple(f"author {wanted[k]!r}" for k in wanted.keys() - reported.keys())
    false = tuple(f"author {reported[k]!r}" for k in reported.keys() - wanted.keys())
    return Counts(len(wanted) - len(missed), len(false), len(missed), missed=missed, false=false)


def _reported(value: object) -> bool:
    return not _missing(value) and not (isinstance(value, (str, list)) and not value)


def _meta_fields(want: Mapping, meta: Mapping, paragraphs: pd.DataFrame) -> Iterator[tuple[str, object, bool]]:
    """(field, reported value, right) for each single-valued field the gold meta states."""
    if "title" in want:
        yield "title", meta.get("title"), _title_matches(meta.get("title"), want["title"])
    if "outlet" in want:
        yield "outlet", meta.get("outlet"), bool(norm(meta.get("outlet"))) and \
            norm(meta.get("outlet")) == norm(want["outlet"])
    if "author_email" in want:
        got = str(meta.get("author_email") or "").strip().lower()
        yield "author_email", got, got == want["author_email"].strip().lower()
    section = norm(" ".join(map(str, _as_list(meta.get("section")))))
    for part in want.get("section_contains", []):
        yield f"section {part!r}", section, _contains(section, norm(part))
    kinds = paragraphs["kind"].value_counts().to_dict() if len(paragraphs) else {}
    for field, kind in (("body_paragraphs", "body"), ("captions", "caption")):
        if field in want:
            yield field, int(kinds.get(kind, 0)), int(kinds.get(kind, 0)) == want[field]


def _title_matches(reported: object, headline: str) -> bool:
    got, want = norm(reported), norm(headline)
    return _contains(got, want) and len(got.split()) - len(want.split()) <= TITLE_SLACK_WORDS


def boilerplate_counts(gold: Mapping, article: Any) -> Counts:
    """Junk removal: tp = boilerplate string out of the body, fn = still in it, fp = gold quote start lost."""
    paragraphs = article.paragraphs
    body = _squash(" ".join(paragraphs.loc[paragraphs["kind"] == "body", "text"].astype(str)))
    clean = norm(" ".join(paragraphs["text"].astype(str)))
    junk = gold.get("boilerplate_absent", [])
    kept = [b for b in junk if _squash(b) in body]
    lost = [q["starts"] for q in gold.get("quotes", []) if not _contains(clean, norm(q["starts"]))]
    return Counts(len(junk) - len(kept), len(lost), len(kept),
                  missed=tuple(f"kept {b!r}" for b in kept), false=tuple(f"lost {s!r}" for s in lost))


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_QUOTE_MARKS).split())


def actors_counts(gold: Mapping, article: Any) -> Counts:
    """tp/fn over required actors found; right/fp over reported actors (required or optional vs. the rest)."""
    index = gold_actors(gold)
    found = _found(article, index)
    verdicts = [(_verdict(_names(a), index), a.get("name")) for a in _records(article, "actors")]
    false = tuple(f"{v} {name!r}" for v, name in verdicts if v in ("invented", "forbidden"))
    missed = tuple(c for c in index.required if c not in found)
    return Counts(len(found), len(false), len(missed), len(verdicts) - len(false), missed, false)


def _verdict(names: list, index: GoldActors) -> str:
    """"forbidden", "required", "optional" or "invented": what the gold says of an actor known by `names`."""
    normed = set(filter(None, map(norm, names)))
    if normed & index.forbidden:
        return "forbidden"
    if any(normed & known for known in index.required.values()):
        return "required"
    return "optional" if normed & index.optional else "invented"


def actor_types_counts(gold: Mapping, article: Any) -> Counts:
    """Per required actor: kind and country right (tp), either wrong (fp, fn), not found (fn)."""
    found = _found(article, gold_actors(gold))
    return _graded((f"{a['name']}: {_kind_country(found.get(a['name']))}",
                    _grade(_type_right(a, found.get(a["name"])), a["name"] in found))
                   for a in gold.get("actors", {}).get("required", []))


def _type_right(spec: Mapping, actor: Mapping | None) -> bool:
    if actor is None or str(actor.get("kind") or "").lower() != spec["kind"].lower():
        return False
    return "country" not in spec or str(actor.get("country") or "").upper() in _as_list(spec["country"])


def _kind_country(actor: Mapping | None) -> str:
    return "not found" if actor is None else f"{actor.get('kind')}/{actor.get('country')}"


def titles_counts(gold: Mapping, article: Any) -> Counts:
    """Per required actor with a gold title: the reported title holds its words (tp), differs (fp, fn), none (fn)."""
    found = _found(article, gold_actors(gold))
    titled = [a for a in gold.get("actors", {}).get("required", []) if a.get("title")]
    return _graded((f"{a['name']}: {_title_of(found.get(a['name']))!r}", _title_grade(a["title"], found.get(a["name"])))
                   for a in titled)


def _title_grade(title: str, actor: Mapping | None) -> str:
    got = _title_of(actor)
    return _grade(set(norm(title).split()) <= set(got.split()), bool(got))


def _title_of(actor: Mapping | None) -> str:
    return norm(actor.get("title")) if actor else ""


def aliases_counts(gold: Mapping, article: Any) -> Counts:
    """Per gold [surface, canonical] pair: resolved right (tp), not (fn), also resolved elsewhere (fp)."""
    index = gold_actors(gold)
    by_id = _canon_by_id(article, index)
    resolved: dict[str, set[str | None]] = {}
    for mention in _records(article, "mentions"):
        resolved.setdefault(norm(mention.get("text")), set()).add(_canon_of(mention.get("actor_id"), by_id))
    pairs = [(surface, canon, resolved.get(norm(surface), set())) for surface, canon in gold.get("aliases", [])]
    missed = tuple(f"{s!r} -> {c} (got {sorted(map(str, got))})" for s, c, got in pairs if c not in got)
    false = tuple(f"{s!r} -> {sorted(map(str, got - {c}))}" for s, c, got in pairs if got - {c})
    return Counts(len(pairs) - len(missed), len(false), len(missed), missed=missed, false=false)


def quotes_counts(gold: Mapping, article: Any) -> Counts:
    """tp/fn over gold quotes found with an accepted speaker; right/fp over speakers of reported quotes matching one."""
    index = gold_actors(gold)
    by_id = _canon_by_id(article, index)
    reported = [(norm(q.get("text")), _speaker(q, by_id, index), str(q.get("kind") or "").lower())
                for q in _records(article, "quotes")]
    wanted = [(norm(q["starts"]), set(q["speaker"]), q["starts"]) for q in gold.get("quotes", [])]
    missed = tuple(repr(label) for start, ok, label in wanted
                   if not any(_contains(text, start) and who in ok for text, who, _ in reported))
    judged = [(text, who, any(_contains(text, start) and who in ok for start, ok, _ in wanted))
              for text, who, kind in reported if kind != INDIRECT
              and any(_contains(text, start) for start, _, _ in wanted)]
    false = tuple(f"{text[:40]!r} by {who}" for text, who, right in judged if not right)
    return Counts(len(wanted) - len(missed), len(false), len(missed), len(judged) - len(false), missed, false)


def _speaker(quote: Mapping, by_id: Mapping[int, str | None], index: GoldActors) -> str | None:
    """The canonical gold name of a quote's speaker: through speaker_id, else the speaker text."""
    return _canon_of(quote.get("speaker_id"), by_id) or canonical([quote.get("speaker")], index)


def positions_counts(gold: Mapping, article: Any) -> Counts:
    """tp/fn over gold (actor, period, stance); fp = reported ones of required actors not in the gold."""
    spec = gold.get("positions", {})
    rows = [p for p in _records(article, "positions") if str(p.get("stance") or "").lower() in STANCES]
    if spec.get("expect_none"):
        claims = {(p.get("actor_id"), _period(p), str(p["stance"]).lower()) for p in rows}
        return Counts(0, len(claims), 0, false=tuple(f"{c} in an article without positions" for c in claims))
    by_id = _canon_by_id(article, gold_actors(gold))
    got = {(_canon_of(p.get("actor_id"), by_id), _period(p), str(p["stance"]).lower()) for p in rows}
    want = {(p["actor"], period, p["stance"].lower()) for period in PERIODS for p in spec.get(period, [])}
    ambiguous = set(spec.get("ambiguous", []))
    scored = {t for t in got if t[0] is not None and not (t[0] in ambiguous and t[1] == "current")}
    return Counts(len(want & got), len(scored - want), len(want - got),
                  missed=tuple(":".join(t) for t in sorted(want - got)),
                  false=tuple(":".join(t) for t in sorted(scored - want)))


def _period(position: Mapping) -> str:
    return str(position.get("period") or "current").lower()


def events_counts(gold: Mapping, article: Any) -> Counts:
    """tp/fn over gold meetings and sanctions matched; right/fp over reported meetings and sanctions."""
    by_id = _canon_by_id(article, gold_actors(gold))
    reported = [_event_key(e, by_id) for e in _records(article, "events")
                if str(e.get("kind") or "").lower() in EVENT_KINDS]
    wanted = gold.get("events", [])
    missed = tuple(_event_label(g["kind"], g["participants"], g.get("date")) for g in wanted
                   if not any(_event_matches(g, r) for r in reported))
    false = tuple(_event_label(*r) for r in reported if not any(_event_matches(g, r) for g in wanted))
    return Counts(len(wanted) - len(missed), len(false), len(missed), len(reported) - len(false), missed, false)


def _event_key(event: Mapping, by_id: Mapping[int, str | None]) -> tuple[str, frozenset, str]:
    """(kind, canonical names of participants, source and target, date) of a reported event."""
    ids = [event.get("source_id"), event.get("target_id"), *_as_list(event.get("participants"))]
    names = frozenset(filter(None, (_canon_of(i, by_id) for i in ids)))
    return str(event.get("kind")).lower(), names, "" if _missing(event.get("date")) else str(event["date"])


def _event_matches(want: Mapping, got: tuple[str, frozenset, str]) -> bool:
    kind, names, date = got
    return kind == want["kind"].lower() and set(want["participants"]) <= names \
        and date.startswith(want.get("date") or "")


def _event_label(kind: str, participants: Iterable, date: str | None) -> str:
    return f"{kind}:{'+'.join(sorted(participants))}@{date or '?'}"


FRAMES: dict[str, Callable[[Mapping, Any], Counts]] = {
    "meta": meta_counts,
    "boilerplate": boilerplate_counts,
    "actors": actors_counts,
    "actor_types": actor_types_counts,
    "titles": titles_counts,
    "aliases": aliases_counts,
    "quotes": quotes_counts,
    "positions": positions_counts,
    "events": events_counts,
}

# ---------------------------------------------------------------- articles


class ArticleScore(NamedTuple):
    """One gold article's scores: `name` (the gold file's stem), frame -> Counts, and the parse error if any."""

    name: str
    frames: dict[str, Counts]
    error: str | None = None


def score_article(gold: Mapping, article: Any) -> dict[str, Counts]:
    """Frame name -> Counts of one parsed article against its gold annotations."""
    return {name: counts(gold, article) for name, counts in FRAMES.items()}


def empty_article() -> SimpleNamespace:
    """An article with nothing in it: empty meta and correctly shaped empty frames."""
    return SimpleNamespace(text="", meta={}, **{name: frame(name) for name in COLUMNS})


def score_failure(gold: Mapping, error: str) -> dict[str, Counts]:
    """Frame name -> Counts of an article the parser failed on: every gold item missed, nothing reported."""
    nothing = score_article(gold, empty_article())
    return {name: Counts(0, 0, c.tp + c.fn, missed=(f"not parsed: {error}",)) for name, c in nothing.items()}


def gold_files(gold_dir: Path | str) -> list[Path]:
    """The gold files in `gold_dir`, sorted by name, floors.json excluded."""
    return sorted(p for p in Path(gold_dir).glob("*.json") if p.name != FLOORS_NAME)


def gold_hash(gold_dir: Path | str) -> str:
    """sha256 over each gold file's name and bytes, in name order: changes whenever the gold set does."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def evaluate(gold_dir: Path | str, *, read: Callable[..., Any] | None = None) -> list[ArticleScore]:
    """Every gold article in `gold_dir` parsed once with `read` (default `dossier.read_article`) and scored."""
    return [_evaluate_one(path, read or _read_article) for path in gold_files(gold_dir)]


def _read_article(path: str, *, published: str | None = None) -> Any:
    import dossier  # late: the parser is not needed to score hand-made articles

    return dossier.read_article(path, published=published)


def _evaluate_one(path: Path, read: Callable[..., Any]) -> ArticleScore:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = path.parent / gold["article"]
    try:
        if not source.exists():
            raise FileNotFoundError(f"article not found: {gold['article']} (relative to {path.name})")
        article = read(str(source), published=gold.get("published"))
    except Exception as err:  # any crash scores zero on this article and fails the gate; scoring goes on
        error = f"{type(err).__name__}: {' '.join(str(err).split())}"
        return ArticleScore(path.stem, score_failure(gold, error), error)
    return ArticleScore(path.stem, score_article(gold, article))


def overall(scores: Iterable[ArticleScore]) -> dict[str, Counts]:
    """Frame name -> Counts summed over articles (micro-average)."""
    scores = list(scores)
    return {name: total(s.frames[name] for s in scores) for name in FRAMES}


# ---------------------------------------------------------------- floors


class FloorError(ValueError):
    """`--pin` would lower (or drop) a floor without --allow-lower, or cannot pin a failed evaluation."""


def split_dir(split: str) -> Path:
    """The folder of one split of the gold."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
    return GOLD_DIR / split


def load_floors(path: Path | str, split: str | None = None) -> dict:
    """The floors file as a dict ({} when there is none); with `split`, that split's entry."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data.get("splits", {}).get(split, {}) if split else data


def check(scores: list[ArticleScore], floors_path: Path | str, gold_dir: Path | str,
          *, split: str | None = None) -> list[str]:
    """Why the gate fails, one message each: gold set changed since pinning, parse errors, frames below floor."""
    pinned = load_floors(floors_path, split)
    problems = []
    where = f" for the {split} split" if split else ""
    if not pinned:
        problems.append(f"no floors{where} at {floors_path}: pin them with `python -m dossier.evaluate --pin`")
    elif pinned.get("gold_sha256") != gold_hash(gold_dir):
        problems.append("the gold set changed since the floors were pinned (gold_sha256 differs): re-pin with "
                        "`python -m dossier.evaluate --pin` and commit floors.json with the gold change")
    problems += [f"parse failed on {s.name}: {s.error}" for s in scores if s.error]
    totals = overall(scores)
    for name, floor in pinned.get("floors", {}).items():
        score = totals[name].gate if name in totals else None
        if score is not None and score < floor - 1e-9:    # the floor was rounded down with the same tolerance
            problems.append(f"{name}: {score:.3f} is below its floor {floor:.2f}")
    return problems


def pin(scores: list[ArticleScore], floors_path: Path | str, gold_dir: Path | str,
        *, allow_lower: bool = False, split: str | None = None) -> dict:
    """Writes floors (current scores rounded down to 2 decimals) and the gold hash; returns what it wrote.

    Raises FloorError, writing nothing, when an article failed to parse, or when a floor would go down
    (or disappear) and `allow_lower` is false.
    """
    if any(s.error for s in scores):
        raise FloorError("cannot pin while articles fail to parse: " + "; ".join(s.name for s in scores if s.error))
    floors = {name: _round_down(c.gate) for name, c in overall(scores).items() if c.gate is not None}
    old = load_floors(floors_path, split).get("floors", {})
    lowered = [f"{name}: {floor:.2f} -> {'none' if floors.get(name) is None else f'{floors[name]:.2f}'}"
               for name, floor in old.items() if floors.get(name, -1.0) < floor]
    if lowered and not allow_lower:
        raise FloorError("refusing to lower floors (pass --allow-lower to do it deliberately): " + ", ".join(lowered))
    pinned = {"gold_sha256": gold_hash(gold_dir), "gold_files": len(gold_files(gold_dir)), "floors": floors}
    if split:
        whole = load_floors(floors_path)
        whole = {"_note": FLOORS_NOTE, "splits": {**whole.get("splits", {}), split: pinned}}
    else:
        whole = {"_note": FLOORS_NOTE, **pinned}
    Path(floors_path).write_text(json.dumps(whole, indent=2) + "\n", encoding="utf-8")
    return pinned


def _round_down(score: float) -> float:
    return math.floor(score * 100 + 1e-9) / 100


# ---------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(scores: list[ArticleScore]) -> str:
    """Plain-text table, aligned: tp, fp, fn, P, R, F1 per frame per article, then the overall rows."""
    rows = [(s.name, name, c) for s in scores for name, c in s.frames.items()]
    rows += [("overall", name, c) for name, c in overall(scores).items()]
    cells = [("article", "frame", "tp", "fp", "fn", "P", "R", "F1")]
    cells += [(a, f, str(c.tp), str(c.fp), str(c.fn), _fmt(c.precision), _fmt(c.recall), _fmt(c.f1))
              for a, f, c in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = ["  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
             for row in cells]
    errors = [f"ERROR {s.name}: {s.error}" for s in scores if s.error]
    return "\n".join(lines + errors)


def details(scores: list[ArticleScore]) -> str:
    """Per article and frame, the misses and the false positives."""
    lines = []
    for s in scores:
        lines.append(f"{s.name}:" + (f" ERROR {s.error}" if s.error else ""))
        for name, c in ([] if s.error else s.frames.items()):
            lines += [f"  {name:<12} missed: {m}" for m in c.missed]
            lines += [f"  {name:<12} false:  {f}" for f in c.false]
    return "\n".join(lines)


def as_json(scores: list[ArticleScore], *, detail: bool = False) -> dict:
    """The table as plain data: {"articles": [{"article", "error", "frames"}], "overall": {frame: numbers}}."""
    return {"articles": [{"article": s.name, "error": s.error,
                          "frames": {n: _numbers(c, detail) for n, c in s.frames.items()}} for s in scores],
            "overall": {n: _numbers(c, False) for n, c in overall(scores).items()}}


def _numbers(c: Counts, detail: bool) -> dict:
    out = {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}
    return out | ({"missed": list(c.missed), "false": list(c.false)} if detail else {})


def summary(by_split: Mapping[str, list[ArticleScore]]) -> str:
    """Overall P, R and F1 per frame, one column group per split, side by side."""
    totals = {split: overall(scores) for split, scores in by_split.items()}
    head = ["frame"] + [f"{split} ({len(by_split[split])}) {m}" for split in by_split for m in ("P", "R", "F1")]
    cells = [head] + [[name] + [_fmt(getattr(totals[split][name], m)) for split in by_split
                                for m in ("precision", "recall", "f1")] for name in FRAMES]
    widths = [max(len(row[i]) for row in cells) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     for row in cells)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m dossier.evaluate",
                                 description="Score dossier.read_article on the gold annotations, frame by frame, "
                                 "on the dev and the held-out test split apart.")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--detail", action="store_true", help="list misses and false positives per article")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if a frame is below its floor or the gold changed")
    mode.add_argument("--pin", action="store_true", help="write the floors from the current scores")
    ap.add_argument("--allow-lower", action="store_true", help="let --pin lower floors")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--split", choices=SPLITS, action="append",
                       help="score only this split of tests/gold (repeatable; default: every split)")
    where.add_argument("--gold", type=Path, help="score this folder of gold files instead of the splits")
    ap.add_argument("--floors", type=Path, help="floors file (default: tests/quality_floors.json, or "
                    "DIR/floors.json beside --gold)")
    return ap


def main(argv: list[str] | None = None, *, read: Callable[..., Any] | None = None) -> int:
    """The command line; returns the exit status (1 when the gate or the pinning fails)."""
    args = _arguments().parse_args(argv)
    if args.gold is not None:
        runs = [(None, args.gold, args.floors or args.gold / FLOORS_NAME)]
    else:
        runs = [(split, split_dir(split), args.floors or FLOORS_PATH) for split in (args.split or SPLITS)]
    status, by_split, as_data = 0, {}, {}
    for split, gold_dir, floors_path in runs:
        scores = evaluate(gold_dir, read=read)
        by_split[split or str(gold_dir)] = scores
        if args.json:
            as_data[split or str(gold_dir)] = as_json(scores, detail=args.detail)
        else:
            label = f"== {split} split: {gold_dir} ==\n" if split else ""
            print(label + table(scores) + ("\n\n" + details(scores) if args.detail else "") + "\n")
        status = max(status, _gate(args, scores, floors_path, gold_dir, split))
    if args.json:
        print(json.dumps(as_data if args.gold is None else as_data[str(args.gold)], indent=2))
    elif len(by_split) > 1:
        print(summary(by_split))
    return status


def _gate(args, scores: list[ArticleScore], floors_path: Path, gold_dir: Path, split: str | None) -> int:
    """Pin or check one set of scores as the arguments ask; the exit status it earns."""
    where = f" ({split})" if split else ""
    if args.pin:
        try:
            pinned = pin(scores, floors_path, gold_dir, allow_lower=args.allow_lower, split=split)
        except FloorError as err:
            print(f"pin refused{where}: {err}", file=sys.stderr)
            return 1
        print(f"pinned {len(pinned['floors'])} floors{where} to {floors_path}", file=sys.stderr)
    if args.check:
        problems = check(scores, floors_path, gold_dir, split=split)
        for problem in problems or [f"passed on {len(scores)} gold articles"]:
            print(f"quality gate{where}: {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
