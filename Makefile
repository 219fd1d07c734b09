# ledgerlink — every target works from a fresh clone with only Python 3.11+, make, git
# (and Node.js/npm for the spec linter, which `setup` installs locally).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
SPECS  := $(filter-out %.generator.yaml,$(wildcard specs/*.yaml))

.PHONY: lock setup generate check-generated lint lint-specs typecheck pytest test bench demo docs check-docs clean

setup: $(STAMP) $(NPM_STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

# Re-resolve every transitive version after changing pyproject.toml's pins.
lock:
	rm -rf .build/lock && $(PYTHON) -m venv .build/lock
	.build/lock/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	{ echo "# Exact versions of every package make setup installs, direct and transitive"; \
	  echo "# (pyproject.toml pins the direct ones). Regenerate with: make lock"; \
	  .build/lock/bin/pip freeze --disable-pip-version-check | grep -iv '^ledgerlink'; } > constraints.txt

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(STAMP)
	$(PY) tools/generate.py

check-generated: $(STAMP)
	$(PY) tools/generate.py --check

lint: setup lint-specs
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint-specs: setup
	$(PY) tools/validate_specs.py
	npx --no-install redocly lint --format=stylish --max-problems=50 $(SPECS)

typecheck: $(STAMP)
	$(BIN)/mypy

docs: $(STAMP)
	$(PY) -m mapping.lineage --write docs/mappings.md

check-docs: $(STAMP)
	$(PY) -m mapping.lineage --check docs/mappings.md

pytest: $(STAMP)
	$(BIN)/pytest

test: setup check-generated check-docs lint typecheck pytest

bench: $(STAMP)
	$(PY) -m benchmarks

demo: setup
	$(PY) -m ledgerlink.demo

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
