"""The evaluation's scoring on tiny hand-made gold and articles, the floors machinery, and the gate itself."""
from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from dossier import evaluate as ev
from dossier.schema import COLUMNS, frame

TITLE = "Russia rejects sanctions"
BODY = ["Russian Foreign Minister Sergei Lavrov met U.S. officials in Geneva on Monday.",
        '"Sanctions will not work," Lavrov said. Moscow once backed sanctions. The U.S. imposed sanctions on Russia.']

GOLD = {
    "article": "article.txt",
    "published": "2022-02-09",
    "meta": {"title": TITLE, "outlet": "Daily Example", "authors": ["Ann Lee"], "body_paragraphs": 2, "captions": 0},
    "boilerplate_absent": ["Subscribe now", "Share on Facebook"],
    "actors": {
        "required": [
            {"name": "Sergei Lavrov", "kind": "person", "country": "RUS", "title": "foreign minister"},
            {"name": "Russia", "aliases": ["Russian Federation"], "kind": "country", "country": "RUS"},
            {"name": "United States", "kind": "country", "country": "USA"},
            {"name": "United Nations", "aliases": ["UN"], "kind": "organization"},
        ],
        "optional": ["Moscow", "Geneva"],
        "forbidden": ["Ann Lee", "Monday"],
    },
    "aliases": [["Lavrov", "Sergei Lavrov"], ["Moscow", "Russia"], ["U.S.", "United States"]],
    "quotes": [{"starts": "Sanctions will not work", "speaker": ["Sergei Lavrov", "Russia"]}],
    "positions": {
        "current": [{"actor": "Russia", "stance": "oppose"}, {"actor": "United States", "stance": "support"}],
        "past": [{"actor": "Russia", "stance": "support"}],
        "ambiguous": ["United Nations"],
        "no_stance": ["Sergei Lavrov"],
    },
    "events": [
        {"kind": "meeting", "participants": ["Sergei Lavrov", "United States"], "date": "2022-02"},
        {"kind": "sanction", "participants": ["Russia"], "date": ""},
    ],
}

DEFAULTS = {"int64": 0, "Int64": None, "object": None}


def rows(name: str, *records: dict) -> list[dict]:
    """Records completed with a default for every contract column, so `frame` can type them."""
    return [{col: DEFAULTS[dtype] for col, dtype in COLUMNS[name].items()} | r for r in records]


def article(**frames: list[dict]) -> SimpleNamespace:
    """The perfect article for GOLD, with any frame's records (or `meta`) replaced."""
    parts = {
        "meta": {"title": TITLE, "outlet": "Daily Example", "authors": ["Ann Lee"], "section": ["World"]},
        "paragraphs": [{"paragraph_id": 0, "kind": "title", "text": TITLE}]
        + [{"paragraph_id": i + 1, "kind": "body", "text": t} for i, t in enumerate(BODY)],
        "actors": [
            {"actor_id": 1, "name": "Sergei Lavrov", "kind": "person", "country": "RUS",
             "title": "foreign minister", "aliases": ["Lavrov"], "mentions": 2},
            {"actor_id": 2, "name": "Russia", "kind": "country", "country": "RUS", "aliases": ["Moscow"],
             "mentions": 2},
            {"actor_id": 3, "name": "United States", "kind": "country", "country": "USA", "aliases": ["U.S."],
             "mentions": 2},
            {"actor_id": 4, "name": "United Nations", "kind": "organization", "aliases": [], "mentions": 1},
            {"actor_id": 5, "name": "Geneva", "kind": "location", "country": "CHE", "aliases": [], "mentions": 1},
        ],
        "mentions": [{"actor_id": 1, "text": "Sergei Lavrov"}, {"actor_id": 1, "text": "Lavrov"},
                     {"actor_id": 2, "text": "Moscow"}, {"actor_id": 3, "text": "U.S."},
                     {"actor_id": 2, "text": "Russia"}, {"actor_id": 5, "text": "Geneva"}],
        "quotes": [{"quote_id": 0, "speaker_id": 1, "speaker": "Lavrov", "text": "Sanctions will not work,",
                    "kind": "direct"}],
        "positions": [{"actor_id": 2, "topic": "sanctions", "stance": "oppose", "period": "current"},
                      {"actor_id": 3, "topic": "sanctions", "stance": "support", "period": "current"},
                      {"actor_id": 2, "topic": "sanctions", "stance": "support", "period": "past"}],
        "events": [{"event_id": 0, "kind": "meeting", "participants": [1, 3], "date": "2022-02-07"},
                   {"event_id": 1, "kind": "sanction", "source_id": 3, "target_id": 2, "participants": [3, 2],
                    "date": None}],
    } | frames
    meta = parts.pop("meta")
    built = {name: frame(name, rows(name, *parts.get(name, []))) for name in COLUMNS}
    return SimpleNamespace(text="\n\n".join([TITLE, *BODY]), meta=meta, **built)


def numbers(counts: ev.Counts) -> tuple:
    return counts.tp, counts.fp, counts.fn, counts.precision, counts.recall


def gold_with(**changes) -> dict:
    gold = copy.deepcopy(GOLD)
    gold.update(changes)
    return gold


# ---------------------------------------------------------------- names and counts


@pytest.mark.parametrize("name, folded", [
    ("The U.S.", "us"),
    ("U.N.", "un"),
    ("the U.K.'s", "uk"),
    ("Russia's", "russia"),
    ("Russia\u2019s", "russia"),
    ("Kim Jong-un", "kim jong un"),
    ("  The   North ", "north"),
    (None, ""),
])
def test_norm(name, folded):
    assert ev.norm(name) == folded


def test_counts_scores():
    c = ev.Counts(tp=3, fp=1, fn=1)
    assert (c.precision, c.recall, c.f1) == (0.75, 0.75, 0.75)
    assert ev.Counts(0, 0, 4).precision is None and ev.Counts(0, 0, 4).gate == 0.0
    assert ev.Counts(0, 2, 0).recall is None and ev.Counts(0, 2, 0).gate == 0.0
    assert ev.Counts(0, 0, 0).gate is None
    assert ev.Counts(tp=1, fp=1, fn=0, right=3).precision == 0.75


def test_total_is_micro_average():
    both = ev.total([ev.Counts(1, 0, 0), ev.Counts(0, 1, 3, right=2)])
    assert (both.tp, both.fp, both.fn, both.reported_right) == (1, 1, 3, 3)
    assert both.recall == 0.25 and both.precision == 0.75


# ---------------------------------------------------------------- frames, the perfect article


@pytest.mark.parametrize("name, tp", [
    ("meta", 5), ("boilerplate", 2), ("actors", 4), ("actor_types", 4), ("titles", 1),
    ("aliases", 3), ("quotes", 1), ("positions", 3), ("events", 2),
])
def test_perfect_article_scores_one(name, tp):
    counts = ev.FRAMES[name](GOLD, article())
    assert numbers(counts) == (tp, 0, 0, 1.0, 1.0)
    assert counts.f1 == 1.0


def test_empty_article_scores_zero_recall():
    scores = ev.score_article(GOLD, ev.empty_article())
    assert all(scores[n].recall == 0.0 for n in scores if n not in ("boilerplate", "meta"))
    assert numbers(scores["meta"]) == (1, 1, 4, 0.5, 0.2)  # only "no captions" is right; 0 body paragraphs wrong
    assert numbers(scores["boilerplate"]) == (2, 1, 0, 2 / 3, 1.0)  # junk gone, but so is the quote


def test_a_failed_parse_misses_everything():
    scores = ev.score_failure(GOLD, "ValueError: boom")
    assert numbers(scores["boilerplate"]) == (0, 0, 2, None, 0.0)
    assert numbers(scores["actors"]) == (0, 0, 4, None, 0.0)


# ---------------------------------------------------------------- frames, one fault at a time


def test_meta_wrong_title_and_missing_outlet():
    art = article(meta={"title": "Lavrov in Geneva", "authors": ["Ann Lee", "Bob Roe"], "outlet": None})
    counts = ev.meta_counts(GOLD, art)
    # title wrong (fp, fn), outlet missing (fn), counts right (2), Ann Lee right, Bob Roe invented (fp)
    assert numbers(counts) == (3, 2, 2, 0.6, 0.6)


def test_meta_title_may_carry_an_outlet_suffix():
    art = article(meta={"title": f"{TITLE} | Daily Example", "outlet": "Daily Example", "authors": ["Ann Lee"]})
    assert ev.meta_counts(GOLD, art).fn == 0


def test_boilerplate_kept_and_quote_lost():
    body = [{"paragraph_id": 1, "kind": "body", "text": "Lavrov met officials. Subscribe now"}]
    counts = ev.boilerplate_counts(GOLD, article(paragraphs=body))
    assert numbers(counts) == (1, 1, 1, 0.5, 0.5)
    assert counts.missed == ("kept 'Subscribe now'",)


def test_an_invented_actor_loses_precision():
    actors = article().actors.to_dict("records") + [
        {"actor_id": 6, "name": "Peace Talks", "kind": "organization", "aliases": [], "mentions": 1}]
    counts = ev.actors_counts(GOLD, article(actors=actors))
    assert numbers(counts) == (4, 1, 0, 5 / 6, 1.0)
    assert counts.false == ("invented 'Peace Talks'",)


def test_a_forbidden_actor_counts_false():
    actors = article().actors.to_dict("records") + [
        {"actor_id": 6, "name": "Monday", "kind": "organization", "aliases": [], "mentions": 1},
        {"actor_id": 7, "name": "Ann Lee", "kind": "person", "aliases": [], "mentions": 1}]
    counts = ev.actors_counts(GOLD, article(actors=actors))
    assert numbers(counts) == (4, 2, 0, 5 / 7, 1.0)
    assert counts.false == ("forbidden 'Monday'", "forbidden 'Ann Lee'")


def test_an_actor_found_by_alias_and_one_missing():
    actors = [{"actor_id": 2, "name": "Russian Federation", "kind": "country", "country": "RUS", "mentions": 1},
              {"actor_id": 3, "name": "USA", "kind": "country", "country": "USA", "aliases": ["the United States"],
               "mentions": 1}]
    counts = ev.actors_counts(GOLD, article(actors=actors))
    assert numbers(counts) == (2, 0, 2, 1.0, 0.5)
    assert counts.missed == ("Sergei Lavrov", "United Nations")


def test_actor_types_and_titles():
    actors = article().actors.to_dict("records")
    actors[0] |= {"title": "minister"}
    actors[1] |= {"kind": "location"}
    actors[3] |= {"country": "USA"}  # not checked: the gold gives the UN no country
    assert numbers(ev.actor_types_counts(GOLD, article(actors=actors))) == (3, 1, 1, 0.75, 0.75)
    assert numbers(ev.titles_counts(GOLD, article(actors=actors))) == (0, 1, 1, 0.0, 0.0)
    actors[0] |= {"title": "Russian foreign minister"}
    assert numbers(ev.titles_counts(GOLD, article(actors=actors))) == (1, 0, 0, 1.0, 1.0)


def test_an_alias_resolved_to_another_actor():
    actors = article().actors.to_dict("records") + [
        {"actor_id": 6, "name": "Moscow", "kind": "location", "aliases": [], "mentions": 1}]
    mentions = [{"actor_id": 1, "text": "Lavrov"}, {"actor_id": 6, "text": "Moscow"}, {"actor_id": 3, "text": "U.S."}]
    counts = ev.aliases_counts(GOLD, article(actors=actors, mentions=mentions))
    assert numbers(counts) == (2, 1, 1, 2 / 3, 2 / 3)


def test_quotes_wrong_speaker_and_unscored_quotes():
    quotes = [{"quote_id": 0, "speaker_id": 3, "speaker": "U.S.", "text": "Sanctions will not work", "kind": "direct"},
              {"quote_id": 1, "speaker_id": None, "speaker": None, "text": "a thing gold does not list",
               "kind": "direct"},
              {"quote_id": 2, "speaker_id": 1, "text": "sanctions will not work", "kind": "indirect"}]
    counts = ev.quotes_counts(GOLD, article(quotes=quotes))
    # the indirect one finds the gold quote (recall takes any kind) but is not judged for precision
    assert numbers(counts) == (1, 1, 0, 0.0, 1.0)


def test_quote_speaker_by_text_when_no_id():
    quotes = [{"quote_id": 0, "speaker_id": None, "speaker": "Russia", "text": "Sanctions will not work at all",
               "kind": "direct"}]
    assert numbers(ev.quotes_counts(GOLD, article(quotes=quotes))) == (1, 0, 0, 1.0, 1.0)


def test_positions_wrong_stance_and_unscored_claims():
    positions = [{"actor_id": 2, "stance": "support", "period": "current"},  # wrong: Russia opposes now
                 {"actor_id": 2, "stance": "support", "period": "current"},  # the same claim again
                 {"actor_id": 3, "stance": "support", "period": "current"},
                 {"actor_id": 4, "stance": "oppose", "period": "current"},  # UN is ambiguous: not scored
                 {"actor_id": 5, "stance": "oppose", "period": "current"}]  # Geneva is not required: not scored
    counts = ev.positions_counts(GOLD, article(positions=positions))
    assert numbers(counts) == (1, 1, 2, 0.5, 1 / 3)
    assert counts.false == ("Russia:current:support",)


def test_an_expect_none_article_with_a_position_gets_precision_zero():
    gold = gold_with(positions={"expect_none": True, "current": [], "no_stance": ["Russia"]})
    counts = ev.positions_counts(gold, article(positions=[{"actor_id": 5, "stance": "oppose"}]))
    assert numbers(counts) == (0, 1, 0, 0.0, None)
    assert counts.gate == 0.0
    assert ev.positions_counts(gold, article(positions=[])).gate is None


def test_events_wrong_date_and_undated_gold():
    events = [{"event_id": 0, "kind": "meeting", "participants": [1, 3], "date": "2021-02-07"},
              {"event_id": 1, "kind": "sanction", "target_id": 2, "date": "2014"},
              {"event_id": 2, "kind": "statement", "participants": [1], "date": "2022"}]  # not scored
    counts = ev.events_counts(GOLD, article(events=events))
    assert numbers(counts) == (1, 1, 1, 0.5, 0.5)
    assert counts.missed == ("meeting:Sergei Lavrov+United States@2022-02",)


# ---------------------------------------------------------------- the command line and the floors


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    """A temporary gold set of one article."""
    (tmp_path / "article.txt").write_text("\n\n".join([TITLE, *BODY]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def reader(art: SimpleNamespace, calls: list | None = None):
    def read(path, *, published=None):
        if calls is not None:
            calls.append((Path(path).name, published))
        return art
    return read


def invented() -> SimpleNamespace:
    actors = article().actors.to_dict("records") + [
        {"actor_id": 6, "name": "Peace Talks", "kind": "organization", "aliases": [], "mentions": 1}]
    return article(actors=actors)


def test_each_article_is_read_once_with_its_date(gold_dir):
    calls = []
    scores = ev.evaluate(gold_dir, read=reader(article(), calls))
    assert calls == [("article.txt", "2022-02-09")]
    assert [s.name for s in scores] == ["one"]


def test_a_missing_article_is_an_error(gold_dir):
    (gold_dir / "article.txt").unlink()
    [score] = ev.evaluate(gold_dir, read=reader(article()))
    assert score.error.startswith("FileNotFoundError: article not found")


def test_pin_writes_rounded_down_floors_and_the_gold_hash(gold_dir, tmp_path):
    floors = tmp_path / "floors.json"
    assert ev.main(["--pin", "--gold", str(gold_dir), "--floors", str(floors)], read=reader(invented())) == 0
    pinned = json.loads(floors.read_text())
    assert pinned["_note"] and pinned["gold_sha256"] == ev.gold_hash(gold_dir)
    assert pinned["floors"]["actors"] == 0.9  # F1 of P 5/6, R 1 = 0.909
    assert pinned["floors"]["meta"] == 1.0
    assert ev.main(["--check", "--gold", str(gold_dir), "--floors", str(floors)], read=reader(invented())) == 0


def test_check_fails_when_a_floor_is_above_the_score(gold_dir, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    ev.pin(ev.evaluate(gold_dir, read=reader(article())), floors, gold_dir)
    assert ev.main(["--check", "--gold", str(gold_dir), "--floors", str(floors)], read=reader(invented())) == 1
    err = capsys.readouterr().err
    assert "actors: 0.909 is below its floor 1.00" in err
    assert "meta" not in err


def test_check_fails_when_the_gold_changed(gold_dir, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    ev.pin(ev.evaluate(gold_dir, read=reader(article())), floors, gold_dir)
    shutil.copy(gold_dir / "one.json", gold_dir / "two.json")
    assert ev.main(["--check", "--gold", str(gold_dir), "--floors", str(floors)], read=reader(article())) == 1
    assert "gold set changed" in capsys.readouterr().err


def test_check_fails_on_a_parse_error(gold_dir, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    ev.pin(ev.evaluate(gold_dir, read=reader(article())), floors, gold_dir)

    def broken(path, *, published=None):
        raise RuntimeError("boom")
    assert ev.main(["--check", "--gold", str(gold_dir), "--floors", str(floors)], read=broken) == 1
    assert "parse failed on one: RuntimeError: boom" in capsys.readouterr().err


def test_pin_refuses_to_lower_without_allow_lower(gold_dir, tmp_path):
    floors = tmp_path / "floors.json"
    ev.pin(ev.evaluate(gold_dir, read=reader(article())), floors, gold_dir)
    before = floors.read_text()
    args = ["--pin", "--gold", str(gold_dir), "--floors", str(floors)]
    assert ev.main(args, read=reader(invented())) == 1
    assert floors.read_text() == before
    with pytest.raises(ev.FloorError, match="actors: 1.00 -> 0.90"):
        ev.pin(ev.evaluate(gold_dir, read=reader(invented())), floors, gold_dir)
    assert ev.main(args + ["--allow-lower"], read=reader(invented())) == 0
    assert json.loads(floors.read_text())["floors"]["actors"] == 0.9
    assert ev.main(args, read=reader(article())) == 0  # raising needs no flag


def test_table_json_and_detail(gold_dir, capsys):
    assert ev.main(["--gold", str(gold_dir), "--detail"], read=reader(invented())) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "invented 'Peace Talks'" in out
    assert ev.main(["--gold", str(gold_dir), "--json"], read=reader(invented())) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["actors"]["precision"] == 5 / 6
    assert data["articles"][0]["frames"]["meta"]["f1"] == 1.0


# ---------------------------------------------------------------- THE GATE


@pytest.mark.parametrize("split", ev.SPLITS)
def test_each_gold_split_meets_its_floors(split):
    """Every frame's F1 on each split of tests/gold is at or above its floors in tests/quality_floors.json,
    pinned on this very gold set: the held-out test split as well as the dev split rules are written from."""
    assert ev.gold_files(ev.split_dir(split)), f"the {split} split holds no gold"
    scores = ev.evaluate(ev.split_dir(split))
    problems = ev.check(scores, ev.FLOORS_PATH, ev.split_dir(split), split=split)
    assert not problems, "\n" + "\n".join(problems) + "\n\n" + ev.table(scores)
