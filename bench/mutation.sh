#!/usr/bin/env bash
# Mutation testing of what keeps students safe (issue 17), from one command:
#
#   bench/mutation.sh                      # every module in MODULES (the full run)
#   bench/mutation.sh --changed-since REF  # only those changed since REF (CI)
#   MUTMUT_CHILDREN=2 bench/mutation.sh    # parallel workers (default 1: a shared machine)
#   MUTATION_MODULES="src/steunwijzer/core/safety.py" bench/mutation.sh   # chosen modules
#   MUTATION_TESTS="test_safety.py" bench/mutation.sh                       # chosen test files
#
# It copies the checkout (as it is, uncommitted changes included) to a scratch folder,
# runs mutmut there on the modules below with the tests that exercise them, and then
# bench/mutation_gate.py checks the bar: at most 5% of mutants survive, and every
# survivor is listed in docs/mutation.md as equivalent. Exit 0 when the bar is met.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
CHILDREN=${MUTMUT_CHILDREN:-1}

# The safety screen, the triage/tier rules, the free-text recogniser (recognise.py and
# the modules it was split into: findings, matching, patternindex, stems, resembling;
# patterns.py, its pattern language; textcontext.py, negation and frames, with textwords.py
# and negscope.py split from it and textroles.py in rounds 59-60; textparting.py and
# textdose.py, the text-wide readings of round 61, and textacross.py of round 62;
# victim.py, who is in danger, split out of recognise.py in round 63; answer_past.py,
# a safety answer placed before the window asked about, round 63; earlier_risk.py, an
# earlier attempt alone is acute with its fitting help first, round 64),
# crisis-line selection
# (referrals.py; crisis_order.py, which lines and in what order; ranking.py, the sort key of a theme's offerings) and the output escaping (io/escape.py, export/html.py).
MODULES=(
  src/steunwijzer/core/safety.py
  src/steunwijzer/core/triage.py
  src/steunwijzer/core/support.py
  src/steunwijzer/io/escape.py
  src/steunwijzer/export/html.py
  src/steunwijzer/core/referrals.py
  src/steunwijzer/core/crisis_order.py
  src/steunwijzer/core/ranking.py
  src/steunwijzer/core/patterns.py
  src/steunwijzer/core/textcontext.py
  src/steunwijzer/core/textwords.py
  src/steunwijzer/core/negscope.py
  src/steunwijzer/core/textparting.py
  src/steunwijzer/core/textdose.py
  src/steunwijzer/core/textacross.py
  src/steunwijzer/core/victim.py
  src/steunwijzer/core/answer_past.py
  src/steunwijzer/core/earlier_risk.py
  src/steunwijzer/core/textframe.py
  src/steunwijzer/core/textroles.py
  src/steunwijzer/core/textnow.py
  src/steunwijzer/core/textreveal.py
  src/steunwijzer/core/recognise.py
  src/steunwijzer/core/findings.py
  src/steunwijzer/core/matching.py
  src/steunwijzer/core/patternindex.py
  src/steunwijzer/core/stems.py
  src/steunwijzer/core/resemblance.py
  src/steunwijzer/core/resembling.py
)
# Tests that exercise them in-process (the subprocess and wheel tests add minutes and
# see no mutant: mutmut patches the code inside the test process). Named by file name
# only: each is found wherever it lives under tests/ (tests may move into subfolders).
TESTS=(
  test_safety.py test_crisis_floor.py test_safety_input.py test_safety_output.py
  test_triage_rules.py test_triage_scenarios.py test_interview_engine.py
  test_intake_answers.py test_triage_properties.py test_properties_reach.py
  test_referrals.py test_referral_scenarios.py test_time_and_handout.py
  test_recognise.py test_recognise_vocab.py test_textcontext.py test_patterns.py
  test_pattern_source.py
  test_escape.py test_html.py test_hostile_exports.py test_plain_terminal_text.py
  test_exports.py test_interview_command.py test_recognise_spelling.py test_batch.py test_conditions.py
  test_two_languages.py test_resemblance.py test_support.py test_crisis_panel.py test_why_line.py
  test_referral_picks.py test_classify_wiring.py
)

# MUTATION_MODULES="src/steunwijzer/core/safety.py ..." narrows the run by hand.
if [ -n "${MUTATION_MODULES:-}" ]; then read -ra MODULES <<<"$MUTATION_MODULES"; fi
if [ "${1:-}" = "--changed-since" ]; then
  ref=${2:?"--changed-since needs a git revision"}
  changed=$(git diff --name-only "$ref" -- "${MODULES[@]}")
  if [ -z "$changed" ]; then
    echo "mutation: none of the mutated modules changed since $ref"
    exit 0
  fi
  mapfile -t MODULES <<<"$changed"
fi
present=()
for m in "${MODULES[@]}"; do [ -f "$m" ] && present+=("$m"); done
MODULES=("${present[@]}")
# MUTATION_TESTS="test_a.py test_b.py" narrows the tests by hand.
if [ -n "${MUTATION_TESTS:-}" ]; then read -ra TESTS <<<"$MUTATION_TESTS"; fi
existing=()
for t in "${TESTS[@]}"; do
  mapfile -t found < <(find tests -name "$t" -type f | sort)
  if [ "${#found[@]}" -eq 0 ]; then
    echo "mutation: warning: no $t under tests/ (renamed? update TESTS in $0)" >&2
  fi
  existing+=("${found[@]}")
done
if [ "${#MODULES[@]}" -eq 0 ] || [ "${#existing[@]}" -eq 0 ]; then
  echo "mutation: nothing to run (modules: ${#MODULES[@]}, test files: ${#existing[@]})" >&2
  exit 2
fi

work=$(mktemp -d)
# MUTATION_KEEP=1 keeps the scratch folder (for `mutmut show NAME` there).
if [ "${MUTATION_KEEP:-}" = 1 ]; then echo "mutation: scratch folder $work"; else trap 'rm -rf "$work"' EXIT; fi
cp -r src tests catalog pyproject.toml README.md "$work"/
# The pytest plugin that runs the quickest tests first under a mutant (speed only).
mkdir -p "$work/.plugins" && cp bench/mutation_order.py "$work/.plugins/"
export PYTHONPATH="$work/.plugins${PYTHONPATH:+:$PYTHONPATH}"
cd "$work"
"$PYTHON" - "${#MODULES[@]}" "${MODULES[@]}" "${existing[@]}" <<'PY'
import json, sys
n = int(sys.argv[1])
modules, tests = sys.argv[2:2 + n], sys.argv[2 + n:]
with open("pyproject.toml", "a", encoding="utf-8") as handle:
    handle.write(
        "\n[tool.mutmut]\n"
        'source_paths = ["src/"]\n'
        'also_copy = ["catalog/"]\n'
        f"only_mutate = {json.dumps(modules)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-p", "mutation_order"]\n'
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
    )
PY
echo "mutation: ${MODULES[*]}"
start=$(date +%s)
"$ROOT/.venv/bin/mutmut" run --max-children "$CHILDREN" >mutmut.log 2>&1 || {
  tail -40 mutmut.log
  echo "mutation: mutmut itself failed (log above)"
  exit 1
}
echo "mutation: mutmut took $(( $(date +%s) - start )) s"
"$ROOT/.venv/bin/mutmut" results --all true >results.txt 2>&1
"$PYTHON" "$ROOT/bench/mutation_gate.py" results.txt "$ROOT/docs/mutation.md"
