# Two commands on a fresh machine:  make run  and  make test
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench eval install clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	rm -f dateline.duckdb
	$(VENV)/bin/dateline process examples/ --db dateline.duckdb --published 2012-12-03

test: $(STAMP) browser
	$(PY) -m pytest

# The dashboard tests drive Debian's headless Chromium: installed once, nothing to do when present.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	} || echo "warning: could not install chromium; the dashboard tests will be skipped"

bench: $(STAMP)
	$(PY) -m bench.run

# The quality figures of the README: every labelled set; the test sets and the fresh odd ids are the unseen ones (about a minute);
# the last four lines score a second annotator against the first on the same texts (agreement, no coding).
GOLD := src/dateline/eval/data
eval: $(STAMP)
	@for cmd in "eval" "eval $(GOLD)/events_heldout.jsonl" "eval $(GOLD)/events_fresh_even.jsonl" \
	            "eval $(GOLD)/events_test.jsonl" "eval $(GOLD)/events_fresh_odd.jsonl" \
	            "eval $(GOLD)/events_fresh2_even.jsonl" "eval $(GOLD)/events_fresh2_odd.jsonl" \
	            "eval $(GOLD)/events_fresh3_even.jsonl" "eval $(GOLD)/events_fresh3_odd.jsonl" \
	            "eval $(GOLD)/events_fresh4_even.jsonl" "eval $(GOLD)/events_fresh4_odd.jsonl" \
	            "eval $(GOLD)/events_fresh5_even.jsonl" "eval $(GOLD)/events_fresh5_odd.jsonl" \
	            "eval $(GOLD)/events_fresh6_even.jsonl" "eval $(GOLD)/events_fresh6_odd.jsonl" \
	            "eval-actors" "eval-actors $(GOLD)/actors_heldout.jsonl" "eval-actors $(GOLD)/actors_fresh_even.jsonl" \
	            "eval-actors $(GOLD)/actors_test.jsonl" "eval-actors $(GOLD)/actors_fresh_odd.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh2_even.jsonl" "eval-actors $(GOLD)/actors_fresh2_odd.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh3_even.jsonl" "eval-actors $(GOLD)/actors_fresh3_odd.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh4_even.jsonl" "eval-actors $(GOLD)/actors_fresh4_odd.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh5_even.jsonl" "eval-actors $(GOLD)/actors_fresh5_odd.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh6_even.jsonl" "eval-actors $(GOLD)/actors_fresh6_odd.jsonl" \
	            "eval-places" "eval-places $(GOLD)/places_fresh.jsonl" "eval-dedup" \
	            "eval $(GOLD)/events_fresh_odd.jsonl --against $(GOLD)/events_fresh_odd_second.jsonl" \
	            "eval $(GOLD)/events_fresh2_odd.jsonl --against $(GOLD)/events_fresh2_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh_odd.jsonl --against $(GOLD)/actors_fresh_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh2_odd.jsonl --against $(GOLD)/actors_fresh2_odd_second.jsonl" \
	            "eval $(GOLD)/events_fresh3_even.jsonl --against $(GOLD)/events_fresh3_even_second.jsonl" \
	            "eval $(GOLD)/events_fresh3_odd.jsonl --against $(GOLD)/events_fresh3_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh3_even.jsonl --against $(GOLD)/actors_fresh3_even_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh3_odd.jsonl --against $(GOLD)/actors_fresh3_odd_second.jsonl" \
	            "eval $(GOLD)/events_fresh4_even.jsonl --against $(GOLD)/events_fresh4_even_second.jsonl" \
	            "eval $(GOLD)/events_fresh4_odd.jsonl --against $(GOLD)/events_fresh4_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh4_even.jsonl --against $(GOLD)/actors_fresh4_even_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh4_odd.jsonl --against $(GOLD)/actors_fresh4_odd_second.jsonl" \
	            "eval $(GOLD)/events_fresh5_even.jsonl --against $(GOLD)/events_fresh5_even_second.jsonl" \
	            "eval $(GOLD)/events_fresh5_odd.jsonl --against $(GOLD)/events_fresh5_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh5_even.jsonl --against $(GOLD)/actors_fresh5_even_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh5_odd.jsonl --against $(GOLD)/actors_fresh5_odd_second.jsonl" \
	            "eval $(GOLD)/events_fresh6_even.jsonl --against $(GOLD)/events_fresh6_even_second.jsonl" \
	            "eval $(GOLD)/events_fresh6_odd.jsonl --against $(GOLD)/events_fresh6_odd_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh6_even.jsonl --against $(GOLD)/actors_fresh6_even_second.jsonl" \
	            "eval-actors $(GOLD)/actors_fresh6_odd.jsonl --against $(GOLD)/actors_fresh6_odd_second.jsonl"; do \
	  printf '%-60s ' "dateline $$cmd"; $(VENV)/bin/dateline $$cmd | tail -n 1; \
	done

clean:
	rm -rf $(VENV) dateline.duckdb .pytest_cache
