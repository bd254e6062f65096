"""The corpus: many articles in one store (Parquet per frame, DuckDB views), identities and events across articles.

Rules are tested on tiny stores written from hand-made frames (the parser plays no part); the whole path on
two made-up articles (local processes and a Dask LocalCluster), on every seed, and interrupted with Ctrl-C.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from dossier import cli, corpus, corpus_db
from dossier.corpus_store import (ARTICLES, ERRORS, FRAMES, ROW_PREFIX, Store, article_table, error_table,
                                  frame_table, next_batch)
from dossier.errors import DossierError
from dossier.schema import COLUMNS, frame

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEEDS_STORE = ROOT / "build" / "corpus-seeds"   # notebooks/05_corpus.ipynb opens this store by default
DOSSIER = [sys.executable, "-m", "dossier"]

MEETING_A = """Putin and Xi pledge closer ties at Beijing meeting

By Dana Whitfield

BEIJING — Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday, the Kremlin \
said, as the two leaders promised to deepen trade and energy cooperation.

Putin told reporters after the talks that Moscow and Beijing would expand payments in their own currencies. \
"Our partnership is not directed against anyone," Putin said.

Xi said China would keep buying Russian oil and gas despite Western pressure, according to Chinese state media.
"""

MEETING_B = """Russia and China deepen energy partnership

By Tomas Reyes

Vladimir Putin and Xi Jinping met in Beijing on May 20, 2024, and signed a joint statement on energy, officials \
from both countries said on Tuesday.

The Chinese leader said the partnership between the two countries had reached a new level. Putin praised the \
talks as warm and constructive.

Analysts said the meeting showed that Western sanctions had failed to isolate Russia from its largest trading \
partner.
"""


# ---------------------------------------------------------------- hand-made stores

def actor(actor_id, name, kind="person", country=None):
    return {"actor_id": actor_id, "name": name, "kind": kind, "country": country, "title": None, "aliases": [],
            "mentions": 1}


def event(event_id, participants, date, kind="meeting", sentence_id=0):
    return {"event_id": event_id, "kind": kind, "cameo": "040", "source_id": None, "target_id": None,
            "participants": participants, "date": date, "date_text": date, "location": None,
            "sentence_id": sentence_id}


def write_store(root: Path, articles: dict[str, dict]) -> Path:
    """A store from hand-made frames: {article_id: {"published": ..., "actors": [...], "events": [...], ...}}."""
    with Store(root) as store:
        tables: dict[str, list] = {}
        for article_id, spec in articles.items():
            row = {"article_id": article_id, "published": spec.get("published"), "outlet": spec.get("outlet")}
            sentences = spec.get("sentences") or [{"sentence_id": 0, "paragraph_id": 0, "start_char": 0,
                                                   "end_char": 4, "text": f"Text of {article_id}."}]
            frames = {"sentences": sentences, **{k: v for k, v in spec.items() if k in FRAMES}}
            for name in FRAMES:
                tables.setdefault(name, []).append(frame_table(name, frame(name, frames.get(name, [])), **row))
            meta = {"article_id": article_id, "published": spec.get("published"), "outlet": spec.get("outlet")}
            tables.setdefault(ARTICLES, []).append(
                article_table(meta, article_id=article_id, source=f"{article_id}.txt",
                              content_hash=article_id * 4, text="."))
        store.commit(next_batch(store), tables, [])
    corpus_db.refresh_views(root.resolve())
    corpus_db.build_tables(root.resolve())
    return root


def query(root: Path, sql: str) -> pd.DataFrame:
    con = corpus.connect(root)
    try:
        return con.sql(sql).df()
    finally:
        con.close()


def identity_of(root: Path, article_id: str, actor_id: int) -> str:
    found = query(root, f"SELECT corpus_actor_id FROM actor_map WHERE article_id = '{article_id}' "
                        f"AND actor_id = {actor_id}")
    return found["corpus_actor_id"].item()


# ---------------------------------------------------------------- identities across articles

def test_the_same_person_in_two_articles_is_one_corpus_actor(tmp_path):
    root = write_store(tmp_path / "s", {
        "a1": {"published": "2024-05-21", "actors": [actor(0, "Vladimir Putin", country="RUS")]},
        "a2": {"published": "2024-05-22", "actors": [actor(3, "Vladímir  Putin")]}})   # accent, no country
    actors = query(tmp_path / "s", "SELECT * FROM corpus_actors")
    assert actors[["name", "kind", "country", "articles"]].values.tolist() == [["Vladimir Putin", "person", "RUS", 2]]
    assert identity_of(root, "a1", 0) == identity_of(root, "a2", 3) == "person:RUS:vladimir putin"


def test_a_country_is_its_code_whatever_the_article_calls_it(tmp_path):
    root = write_store(tmp_path / "s", {
        "a1": {"actors": [actor(0, "Russia", "country", "RUS"), actor(1, "Russian Federation", "country", "RUS")]},
        "a2": {"actors": [actor(0, "Russia", "country", "RUS")]}})
    assert query(root, "SELECT corpus_actor_id, name, articles FROM corpus_actors").values.tolist() == [
        ["country:RUS", "Russia", 2]]


@pytest.mark.parametrize("others, joined", [
    ([actor(0, "Barack Obama", country="USA")], True),                                  # one Obama: joins
    ([actor(0, "Barack Obama", country="USA"), actor(1, "Michelle Obama", country="USA")], False),  # two: stays
    ([actor(0, "Barack Obama", country="USA"), actor(1, "Obama Ventures", "organization")], True),  # not a person
])
def test_a_surname_joins_a_full_name_only_where_unambiguous(tmp_path, others, joined):
    root = write_store(tmp_path / "s", {"a1": {"actors": others}, "a2": {"actors": [actor(5, "Obama")]}})
    got = identity_of(root, "a2", 5)
    assert (got == identity_of(root, "a1", 0)) is joined
    via = query(root, "SELECT via FROM actor_map WHERE article_id = 'a2'")["via"].item()
    assert via == ("surname" if joined else "name")


def test_a_surname_does_not_join_a_person_of_another_country(tmp_path):
    root = write_store(tmp_path / "s", {"a1": {"actors": [actor(0, "Kim Jong Un", country="PRK")]},
                                        "a2": {"actors": [actor(0, "Kim", country="KOR")]}})
    assert identity_of(root, "a2", 0) == "person:KOR:kim"


def test_the_same_name_in_two_countries_is_two_actors_and_an_unplaced_one_stays_apart(tmp_path):
    root = write_store(tmp_path / "s", {
        "a1": {"actors": [actor(0, "Foreign Ministry", "organization", "RUS")]},
        "a2": {"actors": [actor(0, "Foreign Ministry", "organization", "CHN")]},
        "a3": {"actors": [actor(0, "Foreign Ministry", "organization")]}})
    ids = [identity_of(root, a, 0) for a in ("a1", "a2", "a3")]
    assert ids == ["organization:RUS:foreign ministry", "organization:CHN:foreign ministry",
                   "organization::foreign ministry"]


def test_initials_join_the_one_organisation_they_stand_for(tmp_path):
    root = write_store(tmp_path / "s", {
        "a1": {"actors": [actor(0, "United Nations", "organization"), actor(1, "European Union", "organization")]},
        "a2": {"actors": [actor(0, "U.N.", "organization"), actor(1, "EU", "organization"),
                          actor(2, "NATO", "organization")]}})
    assert identity_of(root, "a2", 0) == identity_of(root, "a1", 0) == "organization::united nations"
    assert identity_of(root, "a2", 1) == "organization::european union"
    assert identity_of(root, "a2", 2) == "organization::nato"


# ---------------------------------------------------------------- events across articles

def _meetings(dates: list[str | None]) -> dict:
    """One article per date, each with one meeting of Putin and Xi on that date."""
    return {f"a{i}": {"published": "2024-05-22",
                      "actors": [actor(0, "Vladimir Putin", country="RUS"), actor(1, "Xi Jinping", country="CHN")],
                      "events": [event(0, [0, 1], d)]} for i, d in enumerate(dates)}


@pytest.mark.parametrize("dates, groups", [
    (["2024-05-20", "2024-05-20"], [2]),                      # the same day: one event, two sources
    (["2024-05-20", "2024-05-21"], [1, 1]),                   # two days: two events
    (["2024-05-20", "2024-05"], [2]),                         # a month joins its one day
    (["2024-05-20", "2024-05-27", "2024-05"], [1, 1, 1]),     # ... not one of two
    (["2024-05", "2024-05"], [2]),                            # two months alike, no day: one event
    (["2024", "2024-05-20"], [2]),                            # a year joins its one day
    (["2024", "2024-05-20", "2024-06"], [1, 1, 1]),           # ... not one of two
    (["2024-05-20", None], [1, 1]),                           # no date: never merged
    ([None, None], [1, 1]),
])
def test_events_merge_when_dates_agree_within_their_precision(tmp_path, dates, groups):
    root = write_store(tmp_path / "s", _meetings(dates))
    assert sorted(query(root, "SELECT sources FROM corpus_events")["sources"]) == groups


def test_events_with_other_participants_or_kind_stay_apart(tmp_path):
    spec = _meetings(["2024-05-20", "2024-05-20", "2024-05-20"])
    spec["a1"]["actors"].append(actor(2, "Narendra Modi", country="IND"))
    spec["a1"]["events"] = [event(0, [0, 1, 2], "2024-05-20")]
    spec["a2"]["events"] = [event(0, [0, 1], "2024-05-20", kind="agreement")]
    root = write_store(tmp_path / "s", spec)
    assert len(query(root, "SELECT * FROM corpus_events")) == 3


def test_a_merged_event_lists_each_source_with_its_evidence_sentence(tmp_path):
    spec = _meetings(["2024-05-20", "2024-05-20"])
    spec["a1"]["sentences"] = [{"sentence_id": 0, "paragraph_id": 0, "start_char": 0, "end_char": 9,
                                "text": "Putin met Xi in Beijing on Monday."}]
    root = write_store(tmp_path / "s", spec)
    event_row = query(root, "SELECT * FROM corpus_events").iloc[0]
    assert (event_row["kind"], event_row["date"], event_row["sources"]) == ("meeting", "2024-05-20", 2)
    assert list(event_row["participant_names"]) == ["Xi Jinping", "Vladimir Putin"]   # in the order of their ids
    sources = query(root, "SELECT article_id, evidence FROM event_sources ORDER BY article_id")
    assert sources.values.tolist() == [["a0", "Text of a0."], ["a1", "Putin met Xi in Beijing on Monday."]]


# ---------------------------------------------------------------- the store

def test_views_of_an_empty_store_have_every_contract_column(tmp_path):
    root = write_store(tmp_path / "s", {})
    for name in FRAMES:
        columns = list(query(root, f"SELECT * FROM {name}").columns)
        assert columns[:3] == ROW_PREFIX.names and columns[3:] == list(COLUMNS[name]), name
    assert query(root, "SELECT count(*) AS n FROM corpus_actors")["n"].item() == 0


def test_extra_columns_a_frame_carries_are_kept(tmp_path):
    ev = {**event(0, [0], "2024-05-20"), "trigger": "met", "confidence": 0.5, "tags": [1, "x"]}
    root = write_store(tmp_path / "s", {"a1": {"actors": [actor(0, "Xi Jinping")], "events": [ev]}})
    row = query(root, "SELECT trigger, confidence, tags FROM events").iloc[0]
    assert (row["trigger"], row["confidence"]) == ("met", 0.5)
    assert json.loads(row["tags"]) == [1, "x"]   # no Arrow type holds it: kept as JSON text


def test_a_batch_cut_short_between_renames_is_removed_and_never_shown(tmp_path):
    root = write_store(tmp_path / "s", {"a1": {"actors": [actor(0, "Xi Jinping")]}})
    orphan = root / "actors" / "part-000099.parquet"          # a frame part whose batch was never committed
    shutil.copy(root / "actors" / "part-000001.parquet", orphan)
    (root / "sentences" / ".part-000099.parquet.tmp").write_bytes(b"partial")
    assert query(root, "SELECT count(*) AS n FROM actors")["n"].item() == 1   # the view ignores it
    with Store(root):
        pass
    assert not orphan.exists() and not list(root.glob("*/.*.tmp"))


def test_a_second_writer_is_refused_with_one_line(tmp_path):
    with Store(tmp_path / "s"):
        with pytest.raises(DossierError, match="another dossier corpus run is writing"):
            Store(tmp_path / "s").__enter__()


def test_an_article_parsed_again_replaces_its_rows(tmp_path):
    root = write_store(tmp_path / "s", {"a1": {"actors": [actor(0, "Xi Jinping")]}})
    with Store(root) as store:
        row = {"article_id": "a1", "published": None, "outlet": None}
        store.commit(next_batch(store), {
            "actors": [frame_table("actors", frame("actors", [actor(0, "Xi Jinping"), actor(1, "Li Qiang")]), **row)],
            ARTICLES: [article_table({"article_id": "a1"}, article_id="a1", source="a1.txt", content_hash="h",
                                     text=".")]}, [error_table("bad.txt", None, "bad.txt: no such file")])
        assert query(root, "SELECT count(*) AS n FROM actors")["n"].item() == 2
        store.compact()
    rows = sum(len(pd.read_parquet(p)) for p in (root / "actors").glob("part-*.parquet"))
    assert rows == 2   # the older copy is gone from the files too
    assert query(root, "SELECT reason FROM errors")["reason"].tolist() == ["bad.txt: no such file"]


def test_an_error_is_over_once_its_source_is_stored(tmp_path):
    root = write_store(tmp_path / "s", {})
    with Store(root) as store:
        store.commit(next_batch(store), {}, [error_table("x.txt", None, "x.txt: no such file"),
                                             error_table("y.txt", "hy", "y.txt: not English")])
        assert sorted(query(root, "SELECT source FROM errors")["source"]) == ["x.txt", "y.txt"]
        store.commit(next_batch(store), {ARTICLES: [
            article_table({"article_id": "x"}, article_id="hx", source="x.txt", content_hash="hx", text="."),
            article_table({"article_id": "y"}, article_id="hy", source="z.txt", content_hash="hy", text=".")]}, [])
    assert query(root, "SELECT count(*) AS n FROM errors")["n"].item() == 0


def test_a_worker_thread_parses_with_the_ops_the_model_was_loaded_with():
    """Dask runs tasks in threads; thinc's ops are per thread, and nlp.load() sets them in its own thread only."""
    import threading

    from thinc.api import get_current_ops

    from dossier import corpus_run
    corpus_run.warm_up()
    seen = []
    thread = threading.Thread(target=lambda: (corpus_run._model_ready(), seen.append(get_current_ops())))
    thread.start()
    thread.join()
    assert seen == [corpus_run._LOADED_OPS[0]] and seen[0].use_blis is False


# ---------------------------------------------------------------- the whole path on two made-up articles

@pytest.fixture(scope="module")
def two_articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("two")
    (folder / "2024-05-21_harbourpost_putin-xi-meet.txt").write_text(MEETING_A, encoding="utf-8")
    (folder / "2024-05-22_northerntimes_leaders-talks-beijing.txt").write_text(MEETING_B, encoding="utf-8")
    (folder / "2024-05-23_broken_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "index.csv").write_text(
        "file,published\n2024-05-21_harbourpost_putin-xi-meet.txt,2024-05-21\n"
        "2024-05-22_northerntimes_leaders-talks-beijing.txt,2024-05-22\n2024-05-23_broken_binary.txt,2024-05-23\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_store(two_articles, tmp_path_factory) -> tuple[Path, corpus.Summary]:
    out = tmp_path_factory.mktemp("local") / "store"
    return out, corpus.build([two_articles], out=out, workers=1)


@pytest.mark.slow
def test_one_meeting_reported_by_two_articles_is_one_corpus_event_with_two_sources(local_store):
    root, summary = local_store
    assert (summary.parsed, summary.failed) == (2, 1)
    meetings = query(root, "SELECT * FROM corpus_events WHERE kind = 'meeting'")
    assert len(meetings) == 1
    meeting = meetings.iloc[0]
    assert (meeting["date"], meeting["sources"]) == ("2024-05-20", 2)
    assert set(meeting["participant_names"]) == {"Vladimir Putin", "Xi Jinping"}
    evidence = query(root, f"SELECT evidence FROM event_sources WHERE corpus_event_id = {meeting['corpus_event_id']}")
    assert len(evidence) == 2 and all("met in Beijing" in e or "met Chinese President" in e for e in evidence["evidence"])


@pytest.mark.slow
def test_one_actor_named_in_two_articles_is_one_corpus_actor(local_store):
    root, _ = local_store
    putin = query(root, "SELECT * FROM corpus_actors WHERE name = 'Vladimir Putin'")
    assert putin[["corpus_actor_id", "kind", "country", "articles"]].values.tolist() == [
        ["person:RUS:vladimir putin", "person", "RUS", 2]]
    per_article = query(root, "SELECT DISTINCT article_id FROM actor_map WHERE corpus_actor_id = 'person:RUS:vladimir putin'")
    assert len(per_article) == 2


@pytest.mark.slow
def test_every_row_names_its_article_publication_and_outlet(local_store):
    root, _ = local_store
    for name in (ARTICLES, *FRAMES):
        rows = query(root, f"SELECT article_id, published, outlet FROM {name}")
        assert rows["article_id"].notna().all(), name
    articles = query(root, "SELECT article_id, published, name, content_hash FROM articles")
    assert sorted(articles["published"].astype(str)) == ["2024-05-21", "2024-05-22"]
    assert all(h.startswith(a) for a, h in zip(articles["article_id"], articles["content_hash"]))


@pytest.mark.slow
def test_a_bad_article_goes_to_the_errors_table_and_the_run_goes_on(local_store):
    root, _ = local_store
    errors = query(root, "SELECT source, reason FROM errors")
    assert len(errors) == 1 and errors["source"].item().endswith("2024-05-23_broken_binary.txt")
    assert "\n" not in errors["reason"].item() and "binary" in errors["reason"].item()


@pytest.mark.slow
def test_the_dask_path_gives_the_same_store_as_local_processes(two_articles, local_store, tmp_path):
    from distributed import LocalCluster
    out = tmp_path / "dask"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = corpus.build([two_articles], out=out, scheduler=cluster)
    assert (summary.parsed, summary.failed) == (2, 1)
    for table in ("articles", "actors", "events", "sentences", "corpus_actors", "actor_map", "corpus_events",
                  "event_sources", "errors"):
        pd.testing.assert_frame_equal(query(out, f"SELECT * FROM {table}"), query(local_store[0], f"SELECT * FROM {table}"),
                                      obj=table)


@pytest.mark.slow
def test_json_lines_of_crawler_records_are_articles(tmp_path):
    records = [{"url": f"https://news.example.com/{slug}", "title": text.split("\n")[0], "published": date,
                "text": text.split("\n", 1)[1].strip()}
               for slug, date, text in (("putin-xi-meet", "2024-05-21", MEETING_A),
                                        ("leaders-talks-beijing", "2024-05-22", MEETING_B))]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    summary = corpus.build([crawl], out=tmp_path / "s", workers=1)
    assert (summary.parsed, summary.failed) == (2, 0)
    sources = query(tmp_path / "s", "SELECT source FROM articles ORDER BY source")["source"].tolist()
    assert sources == [f"{crawl}:1", f"{crawl}:2"]
    assert query(tmp_path / "s", "SELECT sources FROM corpus_events WHERE kind = 'meeting'")["sources"].tolist() == [2]


def test_an_unreachable_scheduler_is_one_line_and_exit_code_2(tmp_path, two_articles, capsys):
    import dask
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code = cli.main(["corpus", str(two_articles), "--out", str(tmp_path / "s"), "--quiet",
                         "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot reach the Dask scheduler" in err, err


@pytest.mark.parametrize("out, message", [("README.md", "is a file, not a folder"),
                                          ("lib", "is a folder that is not a corpus store")])
def test_a_wrong_out_folder_is_one_line_and_exit_code_2(out, message, capsys):
    code = cli.main(["corpus", str(SEEDS), "--out", str(ROOT / out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err, err


# ---------------------------------------------------------------- Ctrl-C

@pytest.mark.slow
def test_ctrl_c_keeps_the_articles_committed_whole_and_nothing_else(tmp_path):
    out = tmp_path / "store"
    proc = subprocess.Popen([*DOSSIER, "corpus", str(SEEDS), "--out", str(out), "--workers", "1", "--quiet",
                             "--commit-every", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while not (out / ARTICLES / "part-000003.parquet").exists():
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in stderr and stderr.strip() == "dossier: interrupted"
    stored = query(out, "SELECT article_id FROM articles")["article_id"]
    assert 3 <= len(stored) < 30
    for name in FRAMES:
        assert set(query(out, f"SELECT DISTINCT article_id FROM {name}")["article_id"]) <= set(stored), name
    assert set(query(out, "SELECT DISTINCT article_id FROM sentences")["article_id"]) == set(stored)
    assert set(query(out, "SELECT DISTINCT article_id FROM actor_map")["article_id"]) == set(stored)
    batches = {p.name for p in (out / ARTICLES).glob("part-*.parquet")}
    for name in (*FRAMES, ERRORS):
        assert {p.name for p in (out / name).glob("part-*.parquet")} == batches, name
    assert not list(out.glob("*/.*.tmp"))


# ---------------------------------------------------------------- every seed, twice

@pytest.fixture(scope="session")
def seeds_store() -> dict:
    """`dossier corpus seeds --out build/corpus-seeds`, from scratch, then once more."""
    shutil.rmtree(SEEDS_STORE, ignore_errors=True)
    runs = {}
    for run in ("first", "second"):
        start = time.perf_counter()
        done = subprocess.run([*DOSSIER, "corpus", "seeds", "--out", str(SEEDS_STORE.relative_to(ROOT)), "--quiet"],
                              cwd=ROOT, capture_output=True, text=True, timeout=900)
        runs[run] = (done, time.perf_counter() - start)
    return runs


def _seeds() -> list[str]:
    return (SEEDS / "index.csv").read_text(encoding="utf-8").splitlines()[1:]


@pytest.mark.slow
def test_the_seeds_store_holds_every_seed(seeds_store):
    done, _ = seeds_store["first"]
    assert done.returncode == 0, done.stderr
    assert re.search(rf"\b{len(_seeds())} articles parsed, 0 skipped \(already stored\), 0 failed", done.stdout)
    names = set(query(SEEDS_STORE, "SELECT name FROM articles")["name"])
    assert names == {Path(line.split(",")[0]).stem for line in _seeds()}


@pytest.mark.slow
def test_a_second_run_parses_nothing_and_takes_a_fraction_of_the_first(seeds_store):
    (first, first_s), (second, second_s) = seeds_store["first"], seeds_store["second"]
    assert second.returncode == 0, second.stderr
    assert re.search(rf"\b0 articles parsed, {len(_seeds())} skipped", second.stdout)
    assert second_s < 0.5 * first_s, (first_s, second_s)


def _readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Many articles: the corpus"):]
    section = section[:section.index("\n## ", 5)]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_the_readme_has_corpus_queries():
    assert len(_readme_queries()) >= 4


@pytest.mark.slow
@pytest.mark.parametrize("sql", _readme_queries(), ids=lambda sql: sql.split("\n")[0][:40])
def test_the_readme_queries_run_on_the_seeds_store(seeds_store, sql):
    result = query(SEEDS_STORE, sql)
    assert len(result.columns) >= 1


# ---------------------------------------------------------------- the corpus notebook

NOTEBOOK = ROOT / "notebooks" / "05_corpus.ipynb"


def _cells():
    import nbformat
    return nbformat.read(NOTEBOOK, as_version=4).cells


def test_the_corpus_notebook_is_thin_parameterised_and_committed_without_outputs():
    import ast
    cells = _cells()
    assert cells[0].cell_type == "markdown" and "**Question:**" in cells[0].source
    params = cells[2]
    assert params.metadata.get("tags") == ["parameters"]
    assigned = {t.id: ast.literal_eval(n.value) for n in ast.parse(params.source).body for t in n.targets}
    assert assigned == {"STORE": "../build/corpus-seeds", "SOURCES": "../seeds"}
    for cell in cells:
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [] and cell.execution_count is None
        code = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
        assert not [n for n in ast.walk(ast.parse(code)) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda))]
    for cell in cells[4:]:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) == 1 and re.search(r"\bcorpus_(charts|widgets)\.", cell.source)
    widgets = [c for c in cells if "corpus_widgets." in c.source]
    assert len(widgets) == 2 and all("widget" in c.metadata.get("tags", []) for c in widgets)


@pytest.mark.slow
def test_the_corpus_notebook_shows_the_merged_meeting_and_the_shared_actor(local_store, tmp_path):
    import papermill

    from dossier import report
    nb = papermill.execute_notebook(str(NOTEBOOK), str(tmp_path / "out.ipynb"), cwd=str(NOTEBOOK.parent),
                                    parameters={"STORE": str(local_store[0]), "SOURCES": None},
                                    kernel_name=report.kernel_name(), progress_bar=False,
                                    kernel_manager_class=report._quiet_kernel_manager())
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = "\n".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "2 articles, published 2024-05-21 to 2024-05-22" in shown and "1 input(s) could not be read" in shown
    assert "1 of them reported by more than one article" in shown
    assert re.search(r"Vladimir Putin</td>\s*<td[^>]*>person</td>\s*<td[^>]*>RUS</td>\s*<td[^>]*>2</td>", shown)
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 4


@pytest.mark.slow
def test_report_exports_the_corpus_notebook_as_one_offline_page(local_store):
    page = corpus.report(local_store[0])
    text = page.read_text(encoding="utf-8")
    assert page == local_store[0] / "report.html" and "Vladimir Putin" in text and "<script src=" not in text
