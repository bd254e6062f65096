# Two commands from a fresh clone: `make reports` (the main job) and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup reports frames corpus test eval bench fuzz browser lab clean


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
	$(VENV)/bin/dossier parse seeds --out build

## corpus: every seed into one store, build/corpus-seeds (Parquet per frame, DuckDB; see README)
corpus: $(STAMP)
	$(VENV)/bin/dossier corpus seeds --out build/corpus-seeds

## lab: JupyterLab on the notebooks (LAB_DIR, LAB_ARGS: another folder, more options; as root it needs --allow-root)
LAB_DIR ?= notebooks
LAB_ARGS ?=
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(LAB_DIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

## browser: Debian's Chromium for tests/test_browser.py (Playwright cannot download its own browser here)
browser:
	@test -n "$$DOSSIER_SKIP_BROWSER" || bash .ci/install-browser

test: $(STAMP) browser
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m dossier.evaluate --check

bench: $(STAMP)
	$(PY) benchmarks/bench.py

## fuzz: the property tests with 25 times more examples, random seeds and shrinking (tests/test_properties.py)
fuzz: $(STAMP)
	DOSSIER_FUZZ=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_properties.py

clean:
	rm -rf build reports
