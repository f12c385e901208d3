# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
SCRATCH ?= data/scratch
# The checkout's own code first, so a second worktree sharing one editable venv runs its own code.
export PYTHONPATH := $(CURDIR)

.PHONY: run test eval models check-models server bench countries lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## run the pipeline on the sample articles in seeds/ into data/warehouse.duckdb
run: $(STAMP)
	$(BIN)/marsad run

## run the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## score the pipeline on the dev gold and the seed gold
eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py --shared $(SHARED) --scratch $(SCRATCH)

## rebuild the given names (seeds/given_names.csv), then refit the person-name tagger
## (seeds/models/persons.crfsuite, which reads them), then the visit and aid models (seeds/models/*.json,
## which read the persons), on the develop data: train.jsonl's develop part and gold/team
models: $(STAMP)
	$(BIN)/python scripts/build_given_names.py --shared $(SHARED)
	$(BIN)/python scripts/train_person_tagger.py --shared $(SHARED)
	$(BIN)/python scripts/train_models.py --shared $(SHARED)

## check that the committed given names and models are byte for byte what `make models` builds
check-models: $(STAMP)
	$(BIN)/python scripts/check_models.py --shared $(SHARED)

## a real local Prefect server with its UI on http://127.0.0.1:4200 (point Marsad at it with PREFECT_API_URL)
server: $(STAMP)
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/prefect server start --host 127.0.0.1 --port 4200

## throughput, memory and overhead figures over the ANT corpus, each stage's cost, dates against dateparser
bench: $(STAMP)
	$(BIN)/python bench/pipeline_bench.py --corpus $(SHARED)/data/ant-news --scratch $(SCRATCH)/bench
	$(BIN)/python bench/stage_bench.py --corpus $(SHARED)/data/ant-news
	$(BIN)/python bench/dates_peer_bench.py
	$(BIN)/python bench/prefect_startup.py

## regenerate seeds/countries.csv from Babel (CLDR) and pycountry
countries: $(STAMP)
	$(BIN)/python scripts/build_countries.py --out seeds/countries.csv

## re-pin every dependency after editing pyproject.toml
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) data
