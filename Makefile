# voxspec: the two commands a user needs are `make conformance` and `make test`.
# Every target installs what it needs into .venv on first use (pins: requirements.txt).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SLUGS  := neuphonic respeecher nextneural nevox asyncflow
DISTS  := $(wildcard $(addprefix generated/,$(addsuffix /pyproject.toml,$(SLUGS))))
API    ?= all
MAX_EXAMPLES ?=
SEED   ?=
BENCH_ARGS ?=

.PHONY: venv generate check-generated test test-fast conformance bench typecheck serve clean

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml $(DISTS)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
		-e . $(addprefix -e ,$(patsubst %/pyproject.toml,%,$(DISTS)))
	@touch $@

# `make generate` rebuilds the clients whose spec, overlays or tools changed (generated-from.txt);
# `make generate API=neuphonic` only that one; `FORCE=1` rebuilds even up-to-date ones. The venv is
# refreshed only when a rebuilt distribution's pyproject.toml is newer than the install stamp.
generate: $(STAMP)
	$(PY) scripts/generate.py $(if $(filter-out all,$(API)),--api $(API)) $(if $(FORCE),--force)
	@$(MAKE) --no-print-directory venv

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check

typecheck: $(STAMP)
	$(PY) -m mypy scripts $(wildcard generated/*/*_client)

test: $(STAMP)
	$(PY) -m pytest

conformance: $(STAMP)
	$(PY) -m conformance run --api $(API) \
		$(if $(BASE_URL),--base-url $(BASE_URL)) $(if $(API_KEY),--api-key $(API_KEY)) \
		$(if $(MAX_EXAMPLES),--max-examples $(MAX_EXAMPLES)) $(if $(SEED),--seed $(SEED))

# `make bench` runs every comparison and rewrites benchmarks/README.md; BENCH_ARGS="--only sse,ws" for a subset.
bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .hypothesis
