# Two commands from a fresh clone: `make reports` (the main job) and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup reports frames test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## reports: every notebook on every seed, exported to reports/ (HTML) with reports/index.html
reports: $(STAMP)
	$(VENV)/bin/dossier reports seeds --out reports

## frames: every seed's frames as CSV in build/<article_id>/
frames: $(STAMP)
	$(VENV)/bin/dossier parse seeds/* --out build

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m dossier.evaluate

bench: $(STAMP)
	$(PY) benchmarks/bench.py

clean:
	rm -rf build reports
