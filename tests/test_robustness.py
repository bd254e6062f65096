"""What a user may feed in and still get one line and exit code 2, never a traceback, a hang or half an output.

- publication dates are checked where they enter (`--published`, `published=`);
- only regular files are read, with a size bound: link loops, devices and FIFOs are refused at once;
- an output folder that is a file or cannot be written is refused before any article is parsed;
- a folder (or JSON Lines file) without articles says so;
- a file name with a line break still gives one line;
- runs writing the same article into one output folder at the same time all succeed, and the folder is whole;
- long texts go through spaCy in pieces: the model's max_length never escapes, the Doc keeps the exact text;
- the indexes that replaced pairwise scans in actors.py answer as the scans did;
- frames built column by column from plain values have the dtypes pd.array gives.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest

import dossier
from dossier import cli, nlp
from dossier.errors import DateError, DossierError, FileError, NoArticlesError, OutputError
from dossier.pipeline import check_published
from dossier.sources import Source, iter_sources, read_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2022-02-09_joongang_north-russia-strategic-cooperation.txt"

# A short made-up article: enough English prose for every input check, parsed in about a second.
ARTICLE = """Envoys agree to talk again on sanctions

GENEVA - Foreign Minister Anna Lindqvist of Sweden met her Norwegian counterpart, Erik Solberg, in Geneva on
Tuesday to discuss new sanctions against Belarus.

"We will not lift the measures until the prisoners are free," Lindqvist told reporters after the meeting.

Solberg said Norway supported the sanctions and would join the next package, which the European Union is
expected to adopt in March. Belarus called the talks an attack on its sovereignty.
"""


def one_line_exit_2(capsys, argv: list[str]) -> str:
    """Runs `dossier ARGV` in this process; asserts exit code 2, one line on stderr, nothing on stdout."""
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == "", out
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("dossier: "), err
    return lines[0]


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "envoys.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def no_parsing(monkeypatch):
    """Makes any attempt to parse an article fail the test: the refusal must come before the work."""
    def refuse(*args, **kwargs):
        raise AssertionError("an article was parsed")
    monkeypatch.setattr(Source, "read", refuse)
    monkeypatch.setattr(dossier.pipeline, "parse_article", refuse)


# ------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize(("value", "expected"), [
    (None, None), ("", None), ("2022-02-09", "2022-02-09"), (" 2022-02-09\n", "2022-02-09"),
    ("2022-02-09T10:30:00Z", "2022-02-09"), ("2024-02-29", "2024-02-29"), (date(2022, 2, 9), "2022-02-09"),
    (datetime(2022, 2, 9, 23, 59), "2022-02-09"),
])
def test_check_published_accepts(value, expected) -> None:
    assert check_published(value) == expected


BAD_DATES = [
    pytest.param("2022-13-45", "month must be in 1..12", id="month-13"),
    pytest.param("2022-02-30", "day is out of range", id="february-30"),
    pytest.param("2023-02-29", "day is out of range", id="not-a-leap-year"),
    pytest.param("not-a-date", "YYYY-MM-DD", id="words"),
    pytest.param("09/02/2022", "YYYY-MM-DD", id="slashes"),
    pytest.param("2022-02-09junk", "YYYY-MM-DD", id="trailing-junk"),
]


@pytest.mark.parametrize(("value", "words"), BAD_DATES)
def test_check_published_refuses(value: str, words: str) -> None:
    with pytest.raises(DateError) as err:
        check_published(value)
    assert words in str(err.value) and value in str(err.value) and "\n" not in str(err.value)


def test_check_published_refuses_a_number() -> None:
    with pytest.raises(DateError, match="type int"):
        check_published(20220209)


@pytest.mark.parametrize(("value", "words"), BAD_DATES[:3])
def test_api_refuses_bad_dates_before_reading(value: str, words: str, tmp_path: Path) -> None:
    with pytest.raises(DateError, match=words):
        dossier.parse_article(ARTICLE, published=value)
    with pytest.raises(DateError, match=words):          # checked before the file is even looked at
        dossier.read_article(tmp_path / "does-not-exist.txt", published=value)


@pytest.mark.parametrize(("value", "words"), BAD_DATES[:4])
def test_cli_refuses_bad_dates(value: str, words: str, capsys, article_file: Path, tmp_path: Path,
                               no_parsing) -> None:
    line = one_line_exit_2(capsys, ["parse", str(article_file), "--published", value, "--out", str(tmp_path / "o")])
    assert words in line
    assert not (tmp_path / "o").exists()


def test_cli_uses_a_valid_date(capsys, article_file: Path, tmp_path: Path) -> None:
    assert cli.main(["parse", str(article_file), "--published", "2024-05-07", "--out", str(tmp_path)]) == 0
    meta = json.loads((tmp_path / "envoys" / "meta.json").read_text(encoding="utf-8"))
    assert meta["published"] == "2024-05-07"


# ------------------------------------------------------------------------------------------- files

def _fifo(tmp_path: Path, name: str = "pipe.txt") -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def _loop(tmp_path: Path) -> Path:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _finishes(fn, seconds: float = 20.0):
    """Runs fn in a thread; fails (instead of hanging the suite) when it does not return in time."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as err:  # handed to the test below
            box["error"] = err
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s (blocked?)"
    if "error" in box:
        raise box["error"]
    return box.get("value")


NOT_FILES = [
    pytest.param(_fifo, "FIFO", id="fifo"),
    pytest.param(_loop, "loop of symbolic links", id="symlink-loop"),
    pytest.param(lambda tmp: Path("/dev/zero"), "device", id="dev-zero"),
    pytest.param(lambda tmp: Path("/dev/null"), "device", id="dev-null"),
    pytest.param(lambda tmp: tmp, "folder", id="folder"),
    pytest.param(lambda tmp: tmp / "missing.txt", "no such file", id="missing"),
    pytest.param(lambda tmp: tmp / "missing" / "x.txt", "no such file", id="missing-folder"),
]


@pytest.mark.parametrize(("make", "words"), NOT_FILES)
def test_read_article_refuses_what_is_not_a_regular_file(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(FileError) as err:
        _finishes(lambda: dossier.read_article(path))
    assert words in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(("make", "words"), NOT_FILES[:3])
def test_cli_refuses_what_is_not_a_regular_file(tmp_path: Path, make, words: str, capsys) -> None:
    path = make(tmp_path)
    line = _finishes(lambda: one_line_exit_2(capsys, ["parse", str(path), "--out", str(tmp_path / "out")]))
    assert words in line
    assert not (tmp_path / "out").exists()


def test_records_file_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path, "records.jsonl")
    with pytest.raises(FileError, match="FIFO"):
        _finishes(lambda: list(iter_sources([fifo])))


def test_read_file_reads_at_most_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    assert read_file(path, limit=101) == b"x" * 101
    with pytest.raises(DossierError, match="limit"):
        read_file(path, limit=100)


def test_a_file_name_with_a_line_break_gives_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    line = one_line_exit_2(capsys, ["parse", str(path), "--out", str(tmp_path / "out")])
    assert "bad\\nname.txt" in line


def test_error_names_escape_control_characters_and_undecodable_bytes() -> None:
    err = DossierError("cannot be read", source="a\rb\x1b[31m\udcff.txt")
    assert str(err) == "a\\rb\\x1b[31m\\udcff.txt: cannot be read"


# ------------------------------------------------------------------------------------------- --out

@pytest.mark.parametrize(("make_out", "words"), [
    pytest.param(lambda tmp: tmp / "file.txt", "is a file, not a folder", id="out-is-a-file"),
    pytest.param(lambda tmp: tmp / "file.txt" / "sub", "is not a folder", id="out-under-a-file"),
    pytest.param(lambda tmp: Path("/proc/dossier-out"), "cannot be written", id="out-cannot-be-written"),
])
def test_cli_refuses_an_output_folder_it_cannot_use_before_any_work(tmp_path: Path, make_out, words: str,
                                                                    article_file: Path, capsys, no_parsing) -> None:
    (tmp_path / "file.txt").write_text("not a folder", encoding="utf-8")
    line = one_line_exit_2(capsys, ["parse", str(article_file), "--out", str(make_out(tmp_path))])
    assert words in line
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "not a folder"


def test_cli_leaves_no_trace_of_its_output_check(tmp_path: Path, capsys) -> None:
    out = tmp_path / "new" / "out"
    one_line_exit_2(capsys, ["parse", str(tmp_path / "missing.txt"), "--out", str(out)])
    assert list(tmp_path.iterdir()) == []                # not even the output folder


# ------------------------------------------------------------------------------------------- no articles

@pytest.mark.parametrize("make", [
    pytest.param(lambda tmp: tmp, id="empty-folder"),
    pytest.param(lambda tmp: (tmp / "notes.csv").write_text("a,b\n1,2\n") and tmp, id="folder-without-articles"),
    pytest.param(lambda tmp: (tmp / "index.csv").write_text("file,published\n") and tmp, id="empty-index"),
    pytest.param(lambda tmp: (tmp / "x.jsonl").write_text("\n  \n") and tmp / "x.jsonl", id="blank-json-lines"),
])
def test_no_articles_found(tmp_path: Path, make, capsys) -> None:
    src = tmp_path / "in"
    src.mkdir()
    given = make(src)
    with pytest.raises(NoArticlesError, match=f"no articles found in {given}"):
        list(iter_sources([given]))
    line = one_line_exit_2(capsys, ["parse", str(given), "--out", str(tmp_path / "out")])
    assert line == f"dossier: no articles found in {given}"


def test_index_without_a_file_column_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "index.csv").write_text("name,published\nx.txt,2022-01-01\n", encoding="utf-8")
    assert "no 'file' column" in one_line_exit_2(capsys, ["parse", str(tmp_path), "--out", str(tmp_path / "o")])


# ------------------------------------------------------------------------------------------- concurrency

class _Fake:
    """Just what write_frames reads from an Article: frames, meta and text (the writer's number in each)."""

    def __init__(self, writer: int) -> None:
        self.meta = {"article_id": "same-article", "writer": writer}
        self.text = f"writer {writer}\n" * 2000
        for name in cli.FRAMES:
            setattr(self, name, dossier.schema.frame(name))


def test_concurrent_writes_of_one_article_never_fail_and_leave_it_whole(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            for _ in range(40):
                cli.write_frames(_Fake(writer), tmp_path)
        except BaseException as err:  # collected, asserted below
            errors.append(err)
    workers = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    final = tmp_path / "same-article"
    assert sorted(p.name for p in final.iterdir()) == sorted([f"{n}.csv" for n in cli.FRAMES] + ["meta.json",
                                                                                                "text.txt"])
    writer = json.loads((final / "meta.json").read_text(encoding="utf-8"))["writer"]
    assert (final / "text.txt").read_text(encoding="utf-8") == f"writer {writer}\n" * 2000   # one writer's copy
    assert [p.name for p in tmp_path.iterdir()] == ["same-article"]                          # nothing left over


def test_two_parse_processes_into_one_folder_both_succeed(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "dossier", "parse", str(SEED), "--published", "2022-02-09", "--out", str(tmp_path)]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
            for _ in range(2)]
    results = [(r.wait(timeout=300), r.stderr.read()) for r in runs]
    assert [code for code, _ in results] == [0, 0], results
    assert (tmp_path / SEED.stem / "actors.csv").stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [SEED.stem]


# ------------------------------------------------------------------------------------------- spaCy in pieces

TEXT = "\n\n".join(f"Paragraph {i} says that Minister Ana Pereira{i} met envoys in Lisbon. It ended well."
                   for i in range(40))


def test_pieces_join_to_the_text_and_end_at_paragraph_breaks() -> None:
    parts = list(nlp.pieces(TEXT, 500))
    assert "".join(parts) == TEXT
    assert len(parts) > 5 and all(len(p) <= 500 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


@pytest.mark.parametrize("text", [
    pytest.param("x" * 1234, id="one-long-token"),
    pytest.param(" " * 1234, id="only-spaces"),
    pytest.param("A sentence. " * 100, id="one-paragraph-of-sentences"),
    pytest.param("line\n" * 300, id="short-lines"),
])
def test_pieces_of_texts_without_paragraphs(text: str) -> None:
    parts = list(nlp.pieces(text, 100))
    assert "".join(parts) == text and all(len(p) <= 100 for p in parts)


def test_parse_in_pieces_keeps_the_exact_text_and_paragraph_sentences() -> None:
    doc = nlp.parse(TEXT, piece_chars=500)
    assert doc.text == TEXT
    starts = {s.start_char for s in doc.sents}
    assert all(TEXT.index(f"Paragraph {i} ") in starts for i in range(40))
    assert sum(e.label_ == "GPE" and e.text == "Lisbon" for e in doc.ents) >= 30


@pytest.fixture
def small_model_limit(monkeypatch):
    """The model's max_length (1,000,000 characters) and the piece size, scaled down 200 times."""
    model = nlp.load()
    monkeypatch.setattr(model, "max_length", 5_000)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 2_000)
    monkeypatch.setattr(nlp.parse, "__kwdefaults__", {"piece_chars": 2_000})


def distinct_paragraphs(n: int) -> list[str]:
    """n made-up paragraphs of news prose, no two alike (names, places, verbs and days vary independently)."""
    first = ["Anna", "Erik", "Maria", "Jonas", "Lena", "Pavel", "Ines", "Tomas", "Sofia", "Karim", "Oskar"]
    last = ["Lindqvist", "Solberg", "Moreau", "Novak", "Berger", "Costa", "Haddad", "Keller", "Varga", "Ortiz",
            "Nilsen", "Petrov", "Dumont"]
    country = ["Sweden", "Norway", "France", "Poland", "Austria", "Portugal", "Lebanon", "Hungary", "Chile", "Kenya"]
    verb = ["met", "called", "criticised", "thanked", "warned", "praised", "visited"]
    day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    topic = ["sanctions on oil exports", "a ceasefire", "frozen assets", "grain shipments", "visa bans",
             "the arms embargo", "prisoner exchanges", "new tariffs", "election monitors"]
    out = []
    for i in range(n):
        a, b = f"{first[i % 11]} {last[i % 13]}", f"{first[(i * 7 + 3) % 11]} {last[(i * 5 + 2) % 13]}"
        c, d = country[i % 10], country[(i * 3 + 1) % 10]
        aside = ["", " in a long meeting", ", after weeks of delay,", ", as expected, and then again"][i % 4]
        out.append(f"The foreign minister of {c} {a} {verb[i % 7]} {b} of {d}{aside} on {day[(i * 3) % 7]} to "
                   f"discuss {topic[i % 9]}. {a.split()[1]} said {c} would {['back', 'oppose'][i % 2]} "
                   f"{topic[(i + 4) % 9]} by {['March', 'June', 'autumn', 'winter'][i % 4]} while {b.split()[1]} "
                   f"asked about {topic[(i * 2 + 1) % 9]}.")
    return out


def test_an_article_longer_than_the_models_max_length_is_parsed(small_model_limit) -> None:
    long = "Ministers meet on sanctions\n\n" + "\n\n".join(distinct_paragraphs(120))
    art = dossier.parse_article(long, published="2022-02-09")
    assert len(art.text) > 2 * nlp.load().max_length     # parsed whole in one call, it would fail
    assert art.doc.text == art.text
    assert art.sentences["end_char"].max() <= len(art.text)
    assert {"Sweden", "Norway", "Kenya"} <= set(art.actors["name"])


# ------------------------------------------------------------------------------------------- actors' indexes

def test_spans_answer_as_a_scan_does() -> None:
    from hypothesis import given, settings, strategies as st
    from dossier.actors import Spans

    span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))

    @settings(max_examples=300, deadline=None, derandomize=True, database=None)
    @given(st.lists(span, max_size=30), span, st.sets(st.integers(0, 29), max_size=5))
    def check(spans, query, dropped):
        index = Spans(spans)
        index.drop(dropped)
        live = [k for k in range(len(spans)) if k not in dropped]
        s, e = query
        assert index.overlapping(s, e) == [k for k in live if spans[k][0] < e and s < spans[k][1]]
        assert index.inside(s, e) == [k for k in live if s <= spans[k][0] and spans[k][1] <= e]
    check()


def test_words_among_finds_what_the_alternation_found() -> None:
    import re

    from hypothesis import given, settings, strategies as st
    from dossier.actors import _words_among

    names = st.sets(st.sampled_from(["Kim", "Kimura", "Rim", "O'Neil", "Jong-un", "Ri", "Lee"]), min_size=1)
    text = st.lists(st.sampled_from(["Kim", "Kimura", "Rim's", "O'Neil", "Jong-un", "Ri", "Lee-", "-Kim", "x",
                                     " ", ".", "\n", "’s", "Kim_", "é"]), max_size=25).map("".join)

    @settings(max_examples=400, deadline=None, derandomize=True, database=None)
    @given(names, text)
    def check(words, s):
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                             + r")(?![\w-])")
        assert list(_words_among(s, words)) == [m.span() for m in pattern.finditer(s)]
    check()


def test_a_frame_is_the_same_built_from_named_tuples_dicts_or_odd_values():
    """schema.frame's direct conversions (plain ints, bools, None in Int64) give what pd.array gives."""
    from typing import NamedTuple

    import numpy as np
    import pandas as pd
    import pandas.testing as pdt

    from dossier.schema import COLUMNS, frame

    class Row(NamedTuple):
        quote_id: int
        speaker_id: int | None
        speaker: str | None
        sentence_id: int
        start_char: int
        end_char: int
        extra: list

    rows = [Row(0, None, None, 1, 2, 9, [1, 2]), Row(1, 4, "A", 2, 10, 20, [])]
    by_tuple = frame("quotes", rows)
    by_dict = frame("quotes", [dict(r._asdict()) for r in rows])
    odd = frame("quotes", [{**r._asdict(), "quote_id": np.int64(r.quote_id),
                            "speaker_id": pd.NA if r.speaker_id is None else r.speaker_id} for r in rows])
    for df in (by_tuple, by_dict, odd):
        pdt.assert_frame_equal(df, by_tuple, check_exact=True)
    assert list(by_tuple.columns) == list(COLUMNS["quotes"]) + ["extra"]
    assert str(by_tuple["speaker_id"].dtype) == "Int64" and by_tuple["speaker_id"].isna().tolist() == [True, False]
    assert by_tuple["quote_id"].dtype == np.int64 and by_tuple["extra"].tolist() == [[1, 2], []]
    ints = {"clause_id": 0, "sentence_id": 0, "start_char": 0, "end_char": 1}
    clauses = frame("clauses", [{**ints, "negated": True, "quoted": False}, {**ints, "negated": False, "quoted": True}])
    assert clauses["negated"].dtype == bool and clauses["negated"].tolist() == [True, False]
    with pytest.raises((TypeError, ValueError)):
        frame("quotes", [{"quote_id": 1.5}])          # refused, as pd.array refuses it
