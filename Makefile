# watchdesk — `make run` serves the demo desk, `make test` runs every check CI runs.
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DB     ?= sqlite:///watchdesk.db
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run demo serve test lint fmt typecheck imports pytest eval bench clean messages

install: $(STAMP)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	# pip 23 does not pull trafilatura's lxml[html_clean] extra; a current pip does.
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: demo serve

demo: install
	$(BIN)/watchdesk ingest demo/corpus --db $(DB)
	# Run again, it changes nothing users changed: themes are seeded only into a store without
	# any (renamed or removed ones stay so), demo accounts keep their password and sessions.
	$(BIN)/watchdesk theme list --json --db $(DB) | grep -q . || { \
	$(BIN)/watchdesk theme add "Border crossings" --keywords "crossings, checkpoint, КПП, пункты пропуска" --db $(DB) && \
	$(BIN)/watchdesk theme add "Iron Meridian drills" --keywords "Iron Meridian, drills, учения" --db $(DB) && \
	$(BIN)/watchdesk theme add "Troop withdrawal" --keywords "withdraw, withdrawal, вывод" --db $(DB) && \
	$(BIN)/watchdesk theme add "Referendum" --keywords "referendum, референдум" --db $(DB); }
	$(BIN)/watchdesk user ensure-demo --db $(DB)  # prints the demo logins when it makes them

serve: install
	$(BIN)/watchdesk serve --db $(DB) --host $(HOST) --port $(PORT)

test: lint typecheck imports pytest eval

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install
	$(BIN)/mypy

imports: install
	$(BIN)/lint-imports

pytest: install
	# The slowest tests are printed so that the 20-minute goal for `make test` stays visible.
	$(BIN)/pytest -q --durations=25

# Quality floors: extraction and attribution scores must not drop below benchmarks/floors/.
eval: install
	$(BIN)/python benchmarks/extraction.py --check benchmarks/floors/extraction.json
	$(BIN)/python benchmarks/attribution.py --no-throughput --check benchmarks/floors/attribution.json
	$(BIN)/python benchmarks/attribution.py --no-throughput --corpus benchmarks/corpora/attribution-dev \
		--check benchmarks/floors/attribution-dev.json
	# The held-out set only guards against regressions: it is never used for tuning.
	$(BIN)/python benchmarks/attribution.py --no-throughput --corpus benchmarks/corpora/attribution-heldout \
		--check benchmarks/floors/attribution-heldout.json

bench: install
	$(BIN)/python benchmarks/attribution.py
	$(BIN)/python benchmarks/extraction.py
	# Every public page and text under the per-document budget: 0 failures, peak < 1.5 GB a worker.
	$(BIN)/python benchmarks/sweep.py --workers 2 --check
	# Throughput against the floor, peak memory, cost of one article at 1k / 100k / 1M stored on
	# SQLite (and on PostgreSQL when WATCHDESK_BENCH_PG names a scratch database): one table.
	$(BIN)/python benchmarks/bench_table.py
	# Hostile input: atheris over extraction, feeds, dates, annotation; inputs tried, 0 failures.
	$(BIN)/python benchmarks/fuzz.py --check
	# The desk under load while ingesting: requests served, p95 against idle, 0 failed, 0 lost.
	$(BIN)/python benchmarks/load.py --check

# Desk interface catalogues: extract new strings, merge them into each language, compile (.mo is committed).
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header -o watchdesk/web/locale/messages.pot .
	$(BIN)/pybabel update -i watchdesk/web/locale/messages.pot -d watchdesk/web/locale -D messages --ignore-obsolete
	$(BIN)/pybabel compile -d watchdesk/web/locale -D messages --statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info watchdesk.db*
