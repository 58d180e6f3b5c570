# `make run` works on a fresh machine: it installs uv when missing, then syncs the locked
# environment, runs the pipeline over the sample corpus and prints a sample query. `make test` also
# installs Debian's Chromium (and CJK fonts) for the review site's browser tests.

UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench uv sync browser

run: sync
	$(UV) run --frozen lunju run --review examples/
	$(UV) run --frozen lunju query top_actors

test: sync browser
	$(UV) run --frozen pytest -q

bench: sync
	$(UV) run --frozen python -m benchmarks.bench --articles 2000 --json benchmarks/latest.json

sync: uv
	$(UV) sync --frozen

uv:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --user uv || python3 -m pip install --user --break-system-packages uv

browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk; }
