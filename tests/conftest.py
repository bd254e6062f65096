"""Shared fixtures: the seeds parsed once per test session."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "2022-02-09_joongang_north-russia-strategic-cooperation.txt"


def seed_index() -> list[dict]:
    with (SEEDS / "index.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def parsed():
    """A function article_id -> Article, parsing each seed at most once per session."""
    import dossier
    cache: dict = {}
    dates = {Path(r["file"]).stem: r["published"] for r in seed_index()}

    def get(article_id: str):
        if article_id not in cache:
            path = next(SEEDS.glob(article_id + ".*"))
            cache[article_id] = dossier.read_article(path, published=dates.get(article_id))
        return cache[article_id]
    return get


@pytest.fixture(scope="session")
def seed(parsed):
    return parsed(SEED.stem)


def names(art, **where) -> set[str]:
    """Actor names, optionally filtered by column values (kind='person')."""
    df = art.actors
    for k, v in where.items():
        df = df[df[k] == v]
    return set(df["name"])


def actor_row(art, name: str) -> dict:
    rows = art.actors[art.actors["name"] == name]
    assert len(rows) == 1, f"{name!r} found {len(rows)} times among {sorted(art.actors['name'])}"
    return rows.iloc[0].to_dict()
