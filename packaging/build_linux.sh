#!/usr/bin/env bash
# Builds the Linux bundle dist/accredit-tracker/ with PyInstaller and checks that it works:
#
#   packaging/build_linux.sh
#
# 1. installs PyInstaller into the virtual environment when it is missing (pip install -e ".[package]");
# 2. builds packaging/accredit-tracker.spec (work files in build/pyinstaller/, bundle in dist/);
# 3. smoke-tests the bundle with a throw-away data, log and settings folder: `accredit --version`
#    against pyproject.toml; the desktop application creating and opening the demo project
#    (`accredit-tracker --demo --smoke-test`, headless); `accredit summary` of that project; the
#    bundled resources against resources/; the Linux desktop files with their validators, if
#    installed;
# 4. prints the bundle's size and the start-up time of the smoke test, bundle against the venv
#    (median of RUNS runs each).
#
# Exits non-zero on the first failure. VENV (default .venv) names the virtual environment.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
venv=${VENV:-.venv}
python=$venv/bin/python
dist=$root/dist
work=$root/build/pyinstaller
bundle=$dist/accredit-tracker
runs=${RUNS:-3}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

step() {
  echo
  echo "== $*"
}

[ -x "$python" ] || fail "no virtual environment at $venv; run ./dev test once (or set VENV)"

step "PyInstaller"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  "$python" -m pip install --quiet -e ".[package]"
fi
"$python" -m PyInstaller --version

step "Building $bundle"
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/accredit-tracker.spec

# Everything the bundled programs write goes to a folder removed at the end.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/accredit-bundle-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export ACCREDIT_DATA_DIR=$scratch/data
export ACCREDIT_LOG_DIR=$scratch/log
export XDG_CONFIG_HOME=$scratch/config
export XDG_DATA_HOME=$scratch/share
export XDG_CACHE_HOME=$scratch/cache
export XDG_STATE_HOME=$scratch/state
export QT_QPA_PLATFORM=offscreen

step "(a) accredit --version"
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
output=$("$bundle/accredit" --version) || fail "accredit --version exited with $?"
echo "$output"
[ "$output" = "accredit $version" ] || fail "expected 'accredit $version', got '$output'"

step "(b) accredit-tracker --demo --smoke-test (creates the demo project)"
output=$("$bundle/accredit-tracker" --demo --smoke-test 2>"$scratch/gui-stderr") || {
  cat "$scratch/gui-stderr" >&2
  fail "the bundled desktop application exited with $?"
}
echo "$output"
shown=$(head -n 1 <<<"$output")
[[ "$shown" =~ ^"Demo hospital — Accredit Tracker: "[0-9,]+" measurable elements shown"$ ]] ||
  fail "unexpected smoke-test output"
[ "$shown" != "Demo hospital — Accredit Tracker: 0 measurable elements shown" ] ||
  fail "the demo project shows no elements"

step "(b2) the same in Russian and Uzbek: the bundled translations load"
for language in ru_RU uz_UZ; do
  output=$(LANG=$language.UTF-8 LC_ALL=$language.UTF-8 LANGUAGE="" \
    "$bundle/accredit-tracker" --demo --smoke-test 2>"$scratch/gui-stderr") || {
    cat "$scratch/gui-stderr" >&2
    fail "the bundled desktop application exited with $? in $language"
  }
  menus=$(tail -n 1 <<<"$output")
  echo "$language: $menus"
  case $language in
    ru_RU) expected="menus: Файл," ;;
    uz_UZ) expected="menus: Fayl, Tahrirlash," ;;
  esac
  [[ "$menus" == "$expected"* ]] || fail "the $language menus are not translated: $menus"
done
project=$ACCREDIT_DATA_DIR/"Demo hospital.accredit"
[ -f "$project" ] || fail "no demo project at $project"

step "(c) accredit summary"
output=$("$bundle/accredit" summary "$project") || fail "accredit summary exited with $?"
echo "$output" | head -n 6
grep -q "^Project Demo hospital$" <<<"$output" || fail "the summary does not name the project"
grep -q "measurable elements" <<<"$output" || fail "the summary lists no library"

step "(d) bundled resources"
diff <(cd resources && find . -type f | sort) \
  <(cd "$bundle/_internal/resources" && find . -type f | sort) ||
  fail "the bundle's resources differ from resources/ (left: source, right: bundle)"
echo "$(cd resources && find . -type f | wc -l) files, the same as resources/:"
(cd "$bundle/_internal/resources" && find . -type f | sort | sed 's/^\.\//   /')
for migration in src/accredit_tracker/core/storage/migrations/versions/[0-9]*.py; do
  [ -f "$bundle/_internal/accredit_tracker/core/storage/migrations/versions/$(basename "$migration")" ] ||
    fail "migration $(basename "$migration") is missing from the bundle"
done
if grep -E -h "ERROR|CRITICAL|Traceback" "$ACCREDIT_LOG_DIR"/*.log 2>/dev/null; then
  fail "the bundled programs logged errors (above)"
fi

step "Desktop files"
validate() {
  if command -v "$1" >/dev/null 2>&1; then
    "$@" || fail "$*"
  else
    echo "$1 is not installed; not checked"
  fi
}
validate desktop-file-validate packaging/linux/accredit-tracker.desktop
validate appstreamcli validate --no-net packaging/linux/uz.accredittracker.AccreditTracker.metainfo.xml

step "Size and start-up time"
median() { sort -n | sed -n "$(((runs + 1) / 2))p"; }
time_smoke_test() {
  local start end
  start=$EPOCHREALTIME
  "$@" --demo --smoke-test >/dev/null 2>&1 || fail "$* --demo --smoke-test exited with $?"
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{printf "%.2f\n", $2 - $1}'
}
bundled=$(for _ in $(seq "$runs"); do time_smoke_test "$bundle/accredit-tracker"; done | median)
from_venv=$(for _ in $(seq "$runs"); do time_smoke_test "$venv/bin/accredit-tracker"; done | median)
echo "bundle size:  $(du -sh "$bundle" | cut -f1)  ($bundle)"
echo "start-up, --demo --smoke-test, median of $runs:"
echo "   bundle  ${bundled} s"
echo "   venv    ${from_venv} s"

echo
echo "OK: $bundle"
