# Every target installs what it needs first: on a fresh machine `make report` or `make test` is enough.
UV := python3 -m uv
PYTEST_ARGS ?=

.PHONY: setup report test bench golden clean

setup:
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet "uv>=0.5"
	$(UV) sync --frozen --quiet
	@bash .ci/browser.sh

report: setup
	$(UV) run --frozen factlint check --prefect seeds/

test: setup
	$(UV) run --frozen pytest $(PYTEST_ARGS)

bench: setup
	$(UV) run --frozen python benchmarks/bench_report.py
	$(UV) run --frozen python benchmarks/bench_extract.py
	$(UV) run --frozen python benchmarks/bench_gate.py
	$(UV) run --frozen python benchmarks/bench_pipeline.py

golden: setup
	$(UV) run --frozen python -m tests.golden --update

clean:
	rm -rf reports/*.html reports/*.json reports/documents .pytest_cache
