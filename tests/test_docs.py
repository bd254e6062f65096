"""The documents: docs/frames.md names exactly the columns `dossier.schema.COLUMNS` declares (and the extra
ones a parsed article carries), and no document points at a file outside the repository."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier.schema import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
FRAMES_DOC = ROOT / "docs" / "frames.md"
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "benchmarks" / "README.md"]
ROW = re.compile(r"^\| `(\w+)` \| (\w+) \|", re.MULTILINE)
EXTRA_ROW = re.compile(r"^\| (\w+) \| `(\w+)` \| (\w+) \|", re.MULTILINE)


def _sections(text: str) -> dict[str, str]:
    """The text under each '## ' heading."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    return _sections(FRAMES_DOC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(COLUMNS))
def test_each_frame_is_documented_with_its_columns_and_dtypes_in_order(sections, name):
    assert ROW.findall(sections[name]) == list(COLUMNS[name].items())


def test_no_frame_is_documented_that_the_code_does_not_have(sections):
    documented = {name for name, body in sections.items() if ROW.search(body)} - {"The article"}
    assert documented == set(COLUMNS)


def test_the_extra_columns_are_those_a_parsed_article_carries(sections, seed):
    documented = {(frame, column): dtype for frame, column, dtype in EXTRA_ROW.findall(sections["Extra columns"])}
    carried = {(name, column): str(getattr(seed, name)[column].dtype) for name in COLUMNS
               for column in getattr(seed, name).columns if column not in COLUMNS[name]}
    assert documented == carried
    assert not [key for key in documented if key[1] in COLUMNS[key[0]]]


def test_the_meta_keys_are_documented(sections, seed):
    body = sections["The article"]
    documented = set(re.findall(r"^\| `(\w+)` \|", body, re.MULTILINE))
    also = set(re.findall(r"`(\w+)`", body.split("Also carried today:")[1]))
    assert documented | also == set(seed.meta)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_document_points_outside_the_repository(path):
    """Links resolve to files of the repository; a relative path that climbs (`../`) lands inside it, read from
    the document's folder or from notebooks/ (where the notebooks' own paths start)."""
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if not re.match(r"https?://", target):
            resolved = (path.parent / target.split("#")[0]).resolve()
            assert resolved.is_relative_to(ROOT) and resolved.exists(), target
    for climb in re.findall(r"(?:\.\./)+[\w.-][\w./-]*", text):
        places = [(base / climb).resolve() for base in (path.parent, ROOT / "notebooks")]
        assert any(p.is_relative_to(ROOT) and p.exists() for p in places), climb
    assert "/work/" not in text and "CONTRACT.md" not in text


@pytest.mark.parametrize("path", sorted((ROOT / "lib" / "dossier").glob("*.py")), ids=lambda p: p.name)
def test_the_code_cites_the_frame_reference_in_the_repository(path):
    """Docstrings point readers at docs/frames.md, never at a document outside the repository."""
    text = path.read_text(encoding="utf-8")
    assert "CONTRACT.md" not in text and "../shared" not in text
