# `make run` works on a fresh machine: it installs uv when missing, then syncs the locked
# environment, runs the pipeline over the sample corpus and prints a sample query.

UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)

.PHONY: run test uv sync

run: sync
	$(UV) run --frozen lunju run examples/
	$(UV) run --frozen lunju query recommendations_by_actor

test: sync
	$(UV) run --frozen pytest -q

sync: uv
	$(UV) sync --frozen

uv:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --user uv || python3 -m pip install --user --break-system-packages uv
