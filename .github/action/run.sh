#!/usr/bin/env bash
# The steps of action.yml (the factlint GitHub Action), one subcommand each, so that they can be run
# and tested outside GitHub with a fake GITHUB_* environment (tests/test_action.py):
#
#   prepare      check INPUT_PYTHON_VERSION against pyproject.toml's requires-python; outputs the
#                venv path and the cache key (OS, Python, hash of uv.lock)
#   install      locked install (uv sync --locked, no dev tools) into that venv; puts it on GITHUB_PATH
#   check        run factlint (annotations, step summary, SARIF); output exit-code; never fails the step
#   sarif-upload decide whether the SARIF can be uploaded; output upload=true|false, with a ::notice::
#                saying why not where an upload cannot work (fork pull requests, a file outside the
#                workspace, no file written)
#   gate         exit with factlint's exit code (2 when the check step never reported one)
#
# Inputs arrive as environment variables, never pasted into the script.
set -uo pipefail

ACTION_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

output() { echo "$1=$2" >> "${GITHUB_OUTPUT:-/dev/null}"; }
notice() { echo "::notice title=factlint::$1"; }
error() { echo "::error title=factlint::$1"; }

# vercmp A B: -1, 0 or 1, comparing dotted numbers, missing parts as 0 (3.11 == 3.11.0).
vercmp() {
  local IFS=. i a b
  read -r -a a <<< "$1"
  read -r -a b <<< "$2"
  for ((i = 0; i < ${#a[@]} || i < ${#b[@]}; i++)); do
    local x=$((10#${a[i]:-0})) y=$((10#${b[i]:-0}))
    if ((x < y)); then echo -1; return; fi
    if ((x > y)); then echo 1; return; fi
  done
  echo 0
}

# satisfies VERSION "SPEC,SPEC": whether X.Y (meaning every X.Y.z) or X.Y.Z meets every PEP 440
# clause of the form >=, >, <=, <, ==, != followed by a dotted number.
satisfies() {
  local version=$1 clause op v c
  local IFS=,
  for clause in $2; do
    clause="${clause// /}"
    op="${clause%%[0-9]*}"
    v="${clause#"$op"}"
    c=$(vercmp "$version" "$v")
    case "$op" in
      ">=") ((c >= 0)) || return 1 ;;
      ">") ((c > 0)) || return 1 ;;
      "<=") ((c <= 0)) || return 1 ;;
      "<") ((c < 0)) || return 1 ;;
      "==") ((c == 0)) || return 1 ;;
      "!=") ((c != 0)) || return 1 ;;
      *) return 2 ;;
    esac
  done
}

requires_python() {
  sed -n 's/^requires-python *= *"\(.*\)".*/\1/p' "$ACTION_DIR/pyproject.toml" | head -n 1
}

cmd_prepare() {
  local version="${INPUT_PYTHON_VERSION:-}" spec
  spec="$(requires_python)"
  if ! [[ "$version" =~ ^[0-9]+\.[0-9]+(\.[0-9]+)?$ ]]; then
    error "python-version '$version' is not a version number: give one that factlint supports ($spec, from its pyproject.toml requires-python), e.g. python-version: \"3.11\""
    return 1
  fi
  if ! satisfies "$version" "$spec"; then
    error "python-version $version is not supported: factlint requires Python $spec (its pyproject.toml requires-python); set python-version to a version in that range, e.g. \"3.11\""
    return 1
  fi
  local lock
  lock="$(sha256sum "$ACTION_DIR/uv.lock" | cut -c1-16)"
  output venv "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/factlint-venv"
  output cache-key "factlint-venv-${RUNNER_OS:-Linux}-${ImageOS:-unknown}-${RUNNER_ARCH:-X64}-py${version}-${lock}"
}

cmd_install() {
  local venv="${FACTLINT_VENV:?FACTLINT_VENV: the venv path from the prepare step}"
  # --locked: the versions in uv.lock, and an error if uv.lock does not match pyproject.toml.
  # --no-editable + --reinstall-package: a venv restored from the cache gets this ref's factlint.
  UV_PROJECT_ENVIRONMENT="$venv" uv sync --project "$ACTION_DIR" --locked --no-dev --no-editable \
    --reinstall-package factlint --python "$(command -v python3 || command -v python)" || return
  echo "$venv/bin" >> "${GITHUB_PATH:-/dev/null}"
}

cmd_check() {
  local code args
  set -f  # factlint expands globs itself, ** included
  args=(check --no-report --format github --format sarif --output-file "${FACTLINT_SARIF:-factlint.sarif}")
  if [ -n "${FACTLINT_FAIL_LEVEL:-}" ]; then args+=(--fail-level "$FACTLINT_FAIL_LEVEL"); fi
  if [ -n "${FACTLINT_BASELINE:-}" ]; then args+=(--baseline "$FACTLINT_BASELINE"); fi
  # shellcheck disable=SC2086  # several paths and flags: split on spaces on purpose
  factlint "${args[@]}" ${FACTLINT_ARGS:-} ${FACTLINT_PATHS:-.}
  code=$?
  output exit-code "$code"
  return 0  # the SARIF upload step still runs; the gate step fails the job
}

cmd_sarif_upload() {
  local sarif="${FACTLINT_SARIF:-factlint.sarif}" workspace="${GITHUB_WORKSPACE:-$PWD}" path
  if [ "${FACTLINT_UPLOAD:-true}" != "true" ]; then output upload false; return 0; fi
  if [ -n "${FACTLINT_HEAD_REPO:-}" ] && [ "$FACTLINT_HEAD_REPO" != "${GITHUB_REPOSITORY:-}" ]; then
    notice "SARIF not uploaded: this pull request comes from the fork $FACTLINT_HEAD_REPO, whose token cannot write code scanning results (security-events: write). The annotations and the step summary show the findings."
    output upload false; return 0
  fi
  path="$(cd "$workspace" && realpath -m -- "$sarif")"
  workspace="$(realpath -m -- "$workspace")"
  if [[ "$path" != "$workspace"/* ]]; then
    notice "SARIF not uploaded: sarif-file $sarif is outside the workspace $workspace, and code scanning uploads only files in it. Give a sarif-file path inside the repository, e.g. factlint.sarif."
    output upload false; return 0
  fi
  if [ ! -f "$path" ]; then
    notice "SARIF not uploaded: factlint wrote no $sarif (see the check step's errors)."
    output upload false; return 0
  fi
  output upload true
}

cmd_gate() {
  exit "${FACTLINT_EXIT_CODE:-2}"
}

case "${1:-}" in
  prepare) cmd_prepare ;;
  install) cmd_install ;;
  check) cmd_check ;;
  sarif-upload) cmd_sarif_upload ;;
  gate) cmd_gate ;;
  *) echo "usage: $0 prepare|install|check|sarif-upload|gate" >&2; exit 2 ;;
esac
