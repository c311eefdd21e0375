# capplan — make targets for planners and developers. `make` alone lists them.
# Every target does its own set-up: libcsv-dev and zlib1g-dev are installed when their headers are missing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

SWIFT ?= swift
# Every build of capplan goes through these flags. toml++ (inside TOMLKit) checks its parser's own
# preconditions with assert(), and some malformed plans (`[` alone, `[=`, `r = [}]`) break them: with the
# assertions on, the process aborts; with NDEBUG they become compiler assumptions (undefined behaviour).
# Defined away, the parser's own error branches report the syntax error (docs/INPUTS.md "Plan config").
SWIFT_FLAGS := -Xcxx '-DTOML_ASSERT(expr)=static_cast<void>(0)'
CONFIG ?= Data/plan.toml
RELEASE_BIN := .build/release/capplan
SOURCES := Package.swift $(shell find Sources -type f 2>/dev/null)
CSV_HEADER := /usr/include/csv.h
ZLIB_HEADER := /usr/include/zlib.h
SYSTEM_HEADERS := $(CSV_HEADER) $(ZLIB_HEADER)
# The Debian packages whose headers are missing (expanded when the set-up recipe runs).
MISSING_PACKAGES = $(strip $(if $(wildcard $(CSV_HEADER)),,libcsv-dev) $(if $(wildcard $(ZLIB_HEADER)),,zlib1g-dev))
OUT ?= Data/processed/latest
RUNS_DIR := Data/processed/runs
LOGS := Data/processed/logs
TODAY := $(shell date +%F)
# What a run reads: the config, every table under Data/raw and Data/reference, and the boundary map (GeoJSON)
# under Data/reference, so a changed map re-runs the nightly too.
RUN_INPUTS := $(CONFIG) $(shell find Data/raw Data/reference -type f -name '*.csv' 2>/dev/null | sort) \
	$(shell find Data/reference -type f -name '*.geojson' 2>/dev/null | sort)
NIGHTLY_STAMP := Data/processed/.nightly-stamp
# Notebooks: a virtual environment with the pinned requirements, the baseline run they read, a
# growth-variant run for the what-if notebook, and executed copies (the committed ones stay output-free).
PYTHON ?= python3
NB_VENV := Notebooks/.venv
NB_STAMP := $(NB_VENV)/.requirements-stamp
NOTEBOOKS := $(sort $(wildcard Notebooks/*.ipynb))
NB_BASELINE := Data/processed/latest
NB_VARIANT := Data/processed/variant-growth
NB_SCENARIO := Notebooks/scenarios/growth-variant.csv
NB_EXECUTED := Data/processed/notebooks
NB_FIGURES := Data/processed/figures

FIGURES := Data/processed/figures

# What-if runs: one folder per scenario file, and the robustness summary over all of them.
WHATIF := Data/processed/whatif
SCENARIO_FILES := $(sort $(wildcard Data/scenarios/*.csv))
SCENARIO_OUTPUTS := $(patsubst Data/scenarios/%.csv,$(WHATIF)/%/comparison.csv,$(SCENARIO_FILES))
ROBUSTNESS := $(WHATIF)/robustness/robustness.csv
TOP ?= 10

.PHONY: help setup build install uninstall run nightly whatif scenarios brief-check workbook-check test sanitize fuzz validate lint format docs bench notebooks clean

help: ## List the targets (this text)
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: $(SYSTEM_HEADERS) ## Install what the build needs (libcsv-dev, zlib1g-dev) when it is missing

# A grouped target (&:): one run of the recipe, so one apt-get update, installs every missing package.
$(SYSTEM_HEADERS) &:
	@echo "$(MISSING_PACKAGES) missing: installing (Debian packages)" >&2
	@if [ "$$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then \
		echo "error: headers not found and not root — run: apt-get install -y $(MISSING_PACKAGES)" >&2; exit 1; fi
	@SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(MISSING_PACKAGES) >/dev/null
	@for header in $(SYSTEM_HEADERS); do test -f $$header || \
		{ echo "error: packages installed but $$header is still missing" >&2; exit 1; }; done

build: $(RELEASE_BIN) ## Build the release binary (.build/release/capplan)

$(RELEASE_BIN): $(SYSTEM_HEADERS) $(SOURCES)
	$(SWIFT) build $(SWIFT_FLAGS) -c release --product capplan
	@touch $@

# make install: the release binary, its man page and its shell completions under PREFIX (DESTDIR before it,
# for a staged install). The man page comes from the tool of swift-argument-parser's generate-manual plugin,
# run on $(RELEASE_BIN) as the plugin runs it: the plugin itself builds every product of the package in
# release mode and stops at capplan-fuzz, which has no help to dump. `plugin generate-manual --help` builds
# the tool (in .build/debug) and nothing else.
PREFIX ?= /usr/local
INSTALL_BUILD := .build/install
MAN_PAGE := $(INSTALL_BUILD)/capplan.1
INSTALLED := $(DESTDIR)$(PREFIX)/bin/capplan $(DESTDIR)$(PREFIX)/share/man/man1/capplan.1 \
	$(DESTDIR)$(PREFIX)/share/bash-completion/completions/capplan $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_capplan \
	$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/capplan.fish

$(MAN_PAGE): $(RELEASE_BIN)
	$(SWIFT) package $(SWIFT_FLAGS) plugin generate-manual --help >/dev/null
	mkdir -p $(INSTALL_BUILD)
	.build/debug/generate-manual-tool $(RELEASE_BIN) --output-directory $(INSTALL_BUILD)

install: $(RELEASE_BIN) $(MAN_PAGE) ## Install capplan, its man page and bash/zsh/fish completions under PREFIX (/usr/local)
	install -D -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/capplan
	install -D -m 644 $(MAN_PAGE) $(DESTDIR)$(PREFIX)/share/man/man1/capplan.1
	for shell in bash zsh fish; do $(RELEASE_BIN) --generate-completion-script $$shell >$(INSTALL_BUILD)/capplan.$$shell; done
	install -D -m 644 $(INSTALL_BUILD)/capplan.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/capplan
	install -D -m 644 $(INSTALL_BUILD)/capplan.zsh $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_capplan
	install -D -m 644 $(INSTALL_BUILD)/capplan.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/capplan.fish

uninstall: ## Remove what make install installed under PREFIX
	rm -f $(INSTALLED)

run: $(RELEASE_BIN) ## The main job: rank kecamatan from Data/plan.toml into Data/processed/latest
	$(RELEASE_BIN) run --config $(CONFIG) --out $(OUT)

nightly: $(NIGHTLY_STAMP) ## The run, a dated copy under Data/processed/runs/ and a log; no work when nothing changed

# The dated copy is taken under the lock capplan itself holds while it writes $(OUT) (docs/CLI.md "Where
# outputs go"): flock(1) on .capplan.NAME.lock beside it, checking (as capplan does) that the file locked
# is still the one at that path, since each holder removes it as it finishes, and writing its process id
# in it for a run that waits; the copy goes through a temporary folder of its own (mktemp), so two
# nightlies at once never share one.
OUT_LOCK = $(dir $(OUT)).capplan.$(notdir $(OUT)).lock
NIGHTLY_COPY := while :; do exec 9>>"$$1"; flock 9; \
	[ "$$(stat -c %d:%i "$$1" 2>/dev/null)" = "$$(stat -L -c %d:%i /dev/fd/9)" ] && break; exec 9>&-; done; \
	echo $$$$ >"$$1"; \
	copy=$$(mktemp -d "$$3/.$$4.tmp-XXXXXX"); trap "rm -rf $$copy; rm -f $$1" EXIT; \
	cp -a "$$2/." "$$copy"; chmod --reference="$$2" "$$copy"; rm -rf "$$3/$$4"; mv "$$copy" "$$3/$$4"

$(NIGHTLY_STAMP): $(RELEASE_BIN) $(RUN_INPUTS)
	@mkdir -p $(RUNS_DIR) $(LOGS)
	$(RELEASE_BIN) run --config $(CONFIG) --out $(OUT) 2>&1 | tee -a $(LOGS)/$(TODAY).log
	bash -eu -o pipefail -c '$(NIGHTLY_COPY)' nightly-copy $(OUT_LOCK) $(OUT) $(RUNS_DIR) $(TODAY)
	@echo "nightly: $(OUT) and $(RUNS_DIR)/$(TODAY) written; log $(LOGS)/$(TODAY).log"
	@touch $@

whatif: $(RELEASE_BIN) ## One what-if: make whatif SCENARIO=Data/scenarios/x.csv writes Data/processed/whatif/x/
	@test -n "$(SCENARIO)" || { echo "usage: make whatif SCENARIO=Data/scenarios/x.csv" >&2; exit 2; }
	$(RELEASE_BIN) whatif --config $(CONFIG) --scenario $(SCENARIO) --top $(TOP) \
		--out $(WHATIF)/$(basename $(notdir $(SCENARIO)))

scenarios: $(SCENARIO_OUTPUTS) $(ROBUSTNESS) ## Every scenario in Data/scenarios/, then robustness over them all
	@echo "scenarios: $(words $(SCENARIO_FILES)) what-if folders and $(ROBUSTNESS) up to date"

$(WHATIF)/%/comparison.csv: Data/scenarios/%.csv $(RELEASE_BIN) $(RUN_INPUTS)
	$(MAKE) --no-print-directory whatif SCENARIO=$<

$(ROBUSTNESS): $(SCENARIO_FILES) $(RELEASE_BIN) $(RUN_INPUTS)
	$(RELEASE_BIN) whatif --config $(CONFIG) --top $(TOP) $(addprefix --variant ,$(SCENARIO_FILES)) \
		--out $(WHATIF)/robustness

brief-check: $(OUT)/brief.html ## Render brief.html in headless Chromium to Data/processed/figures/brief.png; fail on a blank page
	scripts/check-brief-html.sh $(OUT)/brief.html $(FIGURES)/brief.png

# Only when there is no brief yet: brief-check looks at the last run, it does not make a new one.
$(OUT)/brief.html:
	$(MAKE) run

workbook-check: $(NB_STAMP) $(OUT)/capplan.xlsx ## Open capplan.xlsx in openpyxl and LibreOffice, compare with priorities.csv, print to PDF/PNG
	scripts/check-workbook.sh $(OUT) $(FIGURES) $(NB_VENV)/bin/python

$(OUT)/capplan.xlsx:
	$(MAKE) run

test: setup ## Build and run every test
	$(SWIFT) test $(SWIFT_FLAGS)

# The whole suite under AddressSanitizer with LeakSanitizer, then under ThreadSanitizer, each built in its
# own scratch folder (not in CI: about 10 minutes each on 2 cores from scratch, README "Two commands"). The
# end-to-end tests run the capplan built beside the test bundle, so it is instrumented too, and it inherits
# these options: a leak or a race in it changes its exit code and fails the test. LSan applies
# scripts/lsan.supp (third-party leaks only, each explained there). allow_user_segv_handler=0 keeps ASan's
# own SEGV and SIGBUS handlers, so a memory fault gets ASan's report instead of capplan's FatalSignal
# handler (exit 70), which is still installed for the traps (SIGILL, SIGTRAP) the tests check.
ASAN_FLAGS := -Xswiftc -sanitize=address -Xcc -fsanitize=address -Xcxx -fsanitize=address
TSAN_FLAGS := -Xswiftc -sanitize=thread -Xcc -fsanitize=thread -Xcxx -fsanitize=thread
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:allow_user_segv_handler=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0

sanitize: setup ## Run every test under ASan with leak detection, then under TSan (slow; not in CI)
	$(SWIFT) build --build-tests --scratch-path .build-asan $(SWIFT_FLAGS) $(ASAN_FLAGS)
	$(ASAN_ENV) $(SWIFT) test --skip-build --scratch-path .build-asan
	$(SWIFT) build --build-tests --scratch-path .build-tsan $(SWIFT_FLAGS) $(TSAN_FLAGS)
	$(SWIFT) test --skip-build --scratch-path .build-tsan

# Fuzzing (docs/TESTING.md "Fuzzing"): one libFuzzer binary with AddressSanitizer, in a build folder of its
# own (release, so that the whole-run targets run tens of times a second); TARGET is csv, inputs, plan, pipeline or all, each run for SECONDS seconds (CI runs a short slice).
FUZZ_BUILD := .build-fuzz
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCAPPLAN_LIBFUZZER \
	-Xcc -fsanitize=fuzzer-no-link,address -Xcxx -fsanitize=fuzzer-no-link,address
TARGET ?= all
SECONDS ?= 60

fuzz: setup ## Fuzz TARGET (csv, inputs, plan, pipeline; all by default) for SECONDS each; findings in .fuzz/
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product capplan-fuzz $(SWIFT_FLAGS) $(FUZZ_FLAGS)
	scripts/fuzz.sh $(FUZZ_BUILD)/release/capplan-fuzz "$(TARGET)" $(SECONDS)

validate: $(RELEASE_BIN) ## Check the inputs named by Data/plan.toml (CONFIG=...)
	$(RELEASE_BIN) validate --config $(CONFIG)

lint: ## Check formatting (swift format lint --strict)
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format: ## Format the sources in place
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

docs: $(RELEASE_BIN) ## Regenerate docs/OUTPUTS.md (the data dictionary) from the record declarations
	$(RELEASE_BIN) outputs --out docs/OUTPUTS.md

bench: $(RELEASE_BIN) ## Measure capplan beside DuckDB, pandas and a C libcsv counter, a national run's stages, peak memory (Data/bench/)
	Benchmarks/ingest-bench.sh
	Benchmarks/run-bench.sh
	Benchmarks/peer-bench.sh

# Only the notebooks' own figures (named after their notebook, 1.0-…, 2.0-…) are replaced: the
# pictures brief-check and workbook-check leave in the same folder stay.
notebooks: $(NB_STAMP) $(NB_BASELINE)/summary.json $(NB_VARIANT)/summary.json ## Execute every notebook headless in Notebooks/.venv; figures in Data/processed/figures/
	@$(NB_VENV)/bin/python -c 'import sys, nbformat; dirty = [p for p in sys.argv[1:] if any(c.get("outputs") or c.get("execution_count") for c in nbformat.read(p, 4).cells)]; sys.exit("error: clear the outputs of " + ", ".join(dirty) + " before committing" if dirty else 0)' $(NOTEBOOKS)
	rm -rf $(NB_EXECUTED) && mkdir -p $(NB_EXECUTED) $(NB_FIGURES)
	rm -f $(NB_FIGURES)/[0-9].[0-9]-*.png
	for notebook in $(NOTEBOOKS); do \
		cp "$$notebook" $(NB_EXECUTED)/; \
		JUPYTER_DATA_DIR=$(NB_VENV)/share/jupyter $(NB_VENV)/bin/jupyter execute --inplace --timeout=600 \
			"$(NB_EXECUTED)/$$(basename "$$notebook")"; \
	done
	@echo "notebooks: executed copies in $(NB_EXECUTED)/, figures in $(NB_FIGURES)/"

# The environment is rebuilt from scratch when requirements.txt changes, so nothing unpinned lingers.
$(NB_STAMP): Notebooks/requirements.txt
	rm -rf $(NB_VENV)
	$(PYTHON) -m venv $(NB_VENV)
	$(NB_VENV)/bin/pip install --quiet --disable-pip-version-check -r $<
	@touch $@

# The baseline the notebooks read: made only when missing (`make run` refreshes it).
$(NB_BASELINE)/summary.json: | $(RELEASE_BIN)
	$(MAKE) run OUT=$(NB_BASELINE)

$(NB_VARIANT)/summary.json: $(RELEASE_BIN) $(RUN_INPUTS) $(NB_SCENARIO)
	$(RELEASE_BIN) run --config $(CONFIG) --scenario $(NB_SCENARIO) --out $(NB_VARIANT)

clean: ## Remove build products and generated data
	rm -rf .build .build-asan .build-tsan Data/processed Data/bench
