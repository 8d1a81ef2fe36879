# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/attribution analyze data/samples --out out/demo

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

# figures for the README table (needs ../shared/eval)
eval: $(VENV)/.installed
	$(BIN)/attribution analyze ../shared/eval/dev/articles --out out/eval-dev --quiet
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev out/eval-dev/articles.jsonl
	$(BIN)/attribution analyze ../shared/eval/polnear-dev/articles --out out/eval-polnear-dev --quiet
	$(BIN)/python ../shared/eval/score.py ../shared/eval/polnear-dev out/eval-polnear-dev/articles.jsonl

clean:
	rm -rf $(VENV) out build dist
