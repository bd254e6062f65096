"""Property tests: whatever text or file a user feeds in, `parse_article` / `read_article` return an Article or
raise one of dossier's own errors (a `DossierError`), within a time limit per example.

Inputs: random text (every plane, control characters, lone surrogates), real articles mutated (cut, repeated,
spliced, truncated, joined onto one line, sprinkled with control characters), long capital tokens, base64-like
runs, white-space runs, many short lines, truncated and deeply nested HTML, and raw bytes through `read_article`.

Examples are derandomised (a fixed seed) and bounded; the CI profile costs about two minutes. `make fuzz` runs the
same properties with many more examples (DOSSIER_FUZZ=1). `test_known_slow_inputs` keeps one example of each
input that once made reading slow.
"""
from __future__ import annotations

import os
import signal
import string
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

import dossier
from dossier.errors import DossierError

ROOT = Path(__file__).resolve().parents[1]
DEV = sorted(p.stem for p in (ROOT / "tests" / "gold" / "dev").glob("*.json"))
SEEDS = {p.stem: p for p in (ROOT / "seeds").iterdir() if p.stem in DEV}
TEXT_SEED = SEEDS["2022-02-09_joongang_north-russia-strategic-cooperation"]
HTML_SEED = SEEDS["2016-01-13_reuters_us-house-backs-broader-north-korea-sanctions"]

FUZZ = bool(os.environ.get("DOSSIER_FUZZ"))
SECONDS = 20 if FUZZ else 10           # CPU seconds per example: more is a failure (a hang, or quadratic)
KNOWN_SLOW_SECONDS = 5                 # the seed parses in 1-2 CPU seconds; these inputs once took minutes


def profile(examples: int) -> settings:
    """Settings for one property: `examples` in CI (25 times more under `make fuzz`), a fixed seed, no database;
    CI does not shrink a failing example (minutes of parsing), `make fuzz` does."""
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if FUZZ else [])
    return settings(max_examples=examples * (25 if FUZZ else 1), derandomize=not FUZZ, database=None,
                    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                    phases=phases, print_blob=True)


class TooSlow(Exception):
    """The example ran over its time limit."""


@contextmanager
def time_limit(seconds: float = SECONDS):
    """Raises TooSlow in the test when the block uses more than `seconds` of CPU time (a profiling timer, so a
    machine busy with other work does not make a parse fail; pytest runs on the main thread, and Python's
    regular expression engine checks for signals, so backtracking is cut short too)."""
    def expire(signum, frame):
        raise TooSlow(f"over {seconds} CPU seconds")
    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def parses_or_refuses(text: str, *, seconds: float = SECONDS) -> None:
    """The property: an Article, or a DossierError with a one-line message; nothing else, and in time."""
    with time_limit(seconds):
        try:
            art = dossier.parse_article(text, published="2022-02-09")
        except DossierError as err:
            assert "\n" not in str(err)
            return
    assert art.doc is None or art.doc.text == art.text
    assert (art.sentences["end_char"] <= len(art.text)).all()
    assert (art.mentions["end_char"] <= len(art.text)).all()


def _read(path: Path) -> str:
    from dossier import decoding
    return decoding.decode(path.read_bytes(), source=path.name)


ARTICLE = _read(TEXT_SEED)
PAGE = _read(HTML_SEED)


# ------------------------------------------------------------------------------------------- strategies

any_char = st.characters(codec=None, exclude_categories=())          # every code point, surrogates included
awkward = st.sampled_from(["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
                           "\u200b", "\ud800", "\udfff", "\ufffd", "\r", "\t", "<", ">", "&", "\"", "“", "—"])
prose_char = st.one_of(st.sampled_from(string.ascii_letters + " .,;'\"\n"), awkward, any_char)


@st.composite
def mutated(draw, text: str) -> str:
    """A real article after up to four edits: a slice cut, repeated or moved, random text spliced in, a
    truncation, control characters sprinkled."""
    for _ in range(draw(st.integers(1, 4))):
        n = len(text)
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, min(n, a + 2000)))
        edit = draw(st.sampled_from(["cut", "repeat", "move", "splice", "truncate", "sprinkle", "case"]))
        if edit == "cut":
            text = text[:a] + text[b:]
        elif edit == "repeat":
            text = text[:b] + text[a:b] * draw(st.integers(2, 4)) + text[b:]
        elif edit == "move":
            text = text[:a] + text[b:] + text[a:b]
        elif edit == "splice":
            text = text[:a] + draw(st.text(prose_char, max_size=200)) + text[a:]
        elif edit == "truncate":
            text = text[:b]
        elif edit == "sprinkle":
            chars = draw(st.lists(awkward, min_size=1, max_size=20))
            step = max(1, n // len(chars))
            text = "".join(ch + text[i * step:(i + 1) * step] for i, ch in enumerate(chars)) + text[len(chars) * step:]
        else:
            text = text[:a] + text[a:b].upper() + text[b:]
    return text


def inserted(text: str, run: st.SearchStrategy[str], *, at_line_start: bool = True) -> st.SearchStrategy[str]:
    """The text with `run` put in at the end of the first paragraph, mid-line or (unless told not to) at the
    start."""
    where = st.sampled_from([text.find("\n\n"), len(text) // 2] + ([0] if at_line_start else []))
    return st.tuples(where, run).map(lambda t: text[:t[0]] + t[1] + text[t[0]:])


# ------------------------------------------------------------------------------------------- properties

@profile(40)
@given(st.text(prose_char, max_size=3000))
def test_random_text(text: str) -> None:
    parses_or_refuses(text)


@profile(20)
@given(st.text(st.sampled_from(string.ascii_lowercase[:6] + " .\n"), min_size=200, max_size=4000))
def test_random_words(text: str) -> None:
    parses_or_refuses(text)


@profile(10)
@given(st.sampled_from(sorted(SEEDS)).flatmap(lambda stem: mutated(_read(SEEDS[stem]))))
def test_mutated_real_articles(text: str) -> None:
    parses_or_refuses(text)


@profile(3)
@given(st.sampled_from([ARTICLE, PAGE]), st.sampled_from([" ", "\t", ""]))
def test_one_line_copies(text: str, joiner: str) -> None:
    parses_or_refuses(text.replace("\n", joiner))


@profile(6)
@given(inserted(ARTICLE, st.text(st.sampled_from(["\x00", "\x1b", "\x7f", "\ud800", "\udc80", "\ufeff", "\x85"]),
                                 min_size=1, max_size=50)))
def test_control_characters_and_surrogates(text: str) -> None:
    parses_or_refuses(text)


WHITE_SPACE = st.sampled_from([" ", "\t", "\u00a0", "\n", "\n \n", "\u3000"])


@profile(4)
@given(inserted(ARTICLE, WHITE_SPACE.flatmap(lambda ws: st.integers(1000, 40000).map(lambda n: ws * n)),
                at_line_start=False))
def test_white_space_runs(text: str) -> None:
    parses_or_refuses(text)


@profile(8)
@given(st.integers(100, 1000), st.integers(0, 6000))
def test_truncated_html(cut_per_mille: int, extra: int) -> None:
    parses_or_refuses(PAGE[:len(PAGE) * cut_per_mille // 1000 + extra])


@profile(6)
@given(st.integers(50, 5000), st.sampled_from(["div", "span", "p", "table", "b"]))
def test_deeply_nested_html(depth: int, tag: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    parses_or_refuses(f"<html><body>{f'<{tag}>' * depth}{body}{f'</{tag}>' * depth}</body></html>")


@profile(30)
@given(st.binary(min_size=0, max_size=4000), st.sampled_from([".txt", ".html", ".json", ".jsonl", ""]))
def test_raw_bytes_through_read_article(tmp_path_factory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    with time_limit():
        try:
            dossier.read_article(path)
        except DossierError as err:
            assert "\n" not in str(err)


# Inputs that were slow in reading (catastrophic backtracking, quadratic line joining): one fixed example each.

def _line(text: str) -> str:
    return ARTICLE.replace("\n\n", "\n\n" + text + "\n\n", 1)


@pytest.mark.parametrize("text", [
    pytest.param(_line("A" * 100), id="long-capital-token"),
    pytest.param(_line(("QUJDRGVmZ2hpams0NTY3OCsv" * 40)[:900]), id="base64-run"),
    pytest.param(" " * 4000 + ARTICLE, id="white-space-at-a-line-start"),
    pytest.param(ARTICLE + "\n".join(f"w{i} x" for i in range(16000)), id="16000-short-lines"),
])
def test_known_slow_inputs(text: str) -> None:
    parses_or_refuses(text, seconds=KNOWN_SLOW_SECONDS)
