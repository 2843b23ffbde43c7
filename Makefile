# Two commands matter: `make run` and `make test`. Everything else is a step they
# share. Each step is cached: the venv by the lock file, the model by a hash of
# its training data, so a second run starts in seconds.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
MODEL_INPUTS := domain.yml config.yml $(shell find data -type f -name '*.yml' | sort)
MODEL_HASH := $(shell cat $(MODEL_INPUTS) | sha256sum | cut -c1-16)
MODEL := models/intake-$(MODEL_HASH).tar.gz
# Trained models are also kept outside the checkout, keyed by the training data and
# the lock file, so a fresh clone on the same machine (CI) does not train again.
MODEL_CACHE ?= $(HOME)/.cache/parole-intake/models
MODEL_CACHED := $(MODEL_CACHE)/intake-$(MODEL_HASH)-$(shell sha256sum requirements.lock | cut -c1-12).tar.gz
CATALOGS := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))

.PHONY: help setup system catalogs model run chat test bench i18n check-strings validate clean

help:
	@echo "make run   - set up, train if needed, start the assistant on SQLite"
	@echo "make test  - set up, train if needed, run every test"
	@echo "make chat  - talk to the running assistant in this terminal"
	@echo "make bench - REST and Twilio load against baselines; case list with 10,000 cases; report rendering"
	@echo "make i18n  - extract strings, update and compile the catalogs"

setup: system $(VENV)/.installed node_modules/.installed bot/widget/static/widget.js

# Debian packages (Pango, Noto fonts, chromium); installs them when run as root.
system:
	@scripts/setup-system

$(VENV)/.installed: requirements.lock pyproject.toml scripts/setup-venv
	scripts/setup-venv
	touch $@

# Front-end packages from the npm registry (axe-core for the browser tests).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The chat widget's bundle (socket.io-client included), never committed.
bot/widget/static/widget.js: $(wildcard bot/widget/src/*.js) node_modules/.installed
	node_modules/.bin/esbuild bot/widget/src/widget.js --bundle --minify --format=iife --target=es2019 --outfile=bot/widget/static/widget.js

catalogs: setup $(CATALOGS)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po
	$(BIN)/pybabel compile --statistics -d locales -D messages -l $*

model: setup $(MODEL)

$(MODEL): $(MODEL_INPUTS) | $(VENV)/.installed
	rm -f models/intake-*.tar.gz
	if [ -s $(MODEL_CACHED) ]; then mkdir -p models && cp $(MODEL_CACHED) $@; \
	else $(BIN)/rasa train --fixed-model-name intake-$(MODEL_HASH) --out models \
	  && mkdir -p $(MODEL_CACHE) && cp $@ $(MODEL_CACHED).tmp && mv $(MODEL_CACHED).tmp $(MODEL_CACHED); fi

validate: setup
	$(BIN)/rasa data validate --fail-on-warnings

run: setup catalogs model
	$(BIN)/intake db upgrade
	$(BIN)/intake stack --model $(MODEL)

chat: setup
	$(BIN)/intake chat

test: setup catalogs model
	INTAKE_MODEL=$(MODEL) $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup catalogs model
	INTAKE_MODEL=$(MODEL) $(BIN)/python -m bench.rest_load $(BENCH_ARGS)
	INTAKE_MODEL=$(MODEL) $(BIN)/python -m bench.twilio_load $(TWILIO_BENCH_ARGS)
	$(BIN)/python -m bench.case_list $(CASE_LIST_BENCH_ARGS)
	$(BIN)/python -m bench.report_render $(REPORT_BENCH_ARGS)

i18n: setup
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --add-comments=Translators: \
		--project=parole-intake --copyright-holder="parole intake" -o locales/messages.pot .
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile --statistics -d locales -D messages

clean:
	rm -rf models var/log .pytest_cache
