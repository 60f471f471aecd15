#!/usr/bin/env bash
# The one command that runs all of Arshjul's tests, on a developer's machine or in CI
# (CI runs it as root with CI=true and no stdin, on a possibly fresh Debian machine).
#
#   ./test.sh                          # install what is missing, then run every test
#   ./test.sh --filter "FullyQualifiedName~Ical"   # extra args go to `dotnet test`
#
# It installs, idempotently: Debian chromium (browser tests), a Java runtime (Nu Html
# Checker), libical and vobject for Debian's python3 (the independent calendar check),
# poppler-utils and zbar-tools (the printed programme's pages and QR codes), the
# sv_SE, nb_NO and ar_SA locales, and the npm test tools pinned in package-lock.json
# (axe-core, vnu-jar, ical.js, ajv), and xmllint (libxml2-utils) for the schedule.xml check.
# A full run (no extra arguments) also checks the code format (`dotnet format --verify-no-changes`).
# Closing line: "tests: N passed, N failed, N skipped" summed over every test project.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
REPO_ROOT="$(pwd -P)"

# ---- system packages (apt) -------------------------------------------------------------
SUDO=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
fi

apt_packages=()
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
command -v java >/dev/null 2>&1 || apt_packages+=(default-jre-headless)
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
# The independent iCal check (tests/tools/ical-utc.py): libical and vobject under Debian's own
# python, which a pyenv or venv python3 on PATH does not see.
/usr/bin/python3 -c 'import gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib' >/dev/null 2>&1 \
    || apt_packages+=(python3-gi gir1.2-ical-3.0)
/usr/bin/python3 -c 'import vobject' >/dev/null 2>&1 || apt_packages+=(python3-vobject)
# The printable programme's browser test: pages of Chromium's PDF (pdfinfo, pdftotext, pdftoppm) and its QR codes (zbarimg).
command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 \
    || apt_packages+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || apt_packages+=(zbar-tools)
# The locales the example site is built under in MachineLocaleTests (their sources, for localedef below).
[ -f /usr/share/i18n/locales/sv_SE ] || apt_packages+=(locales)
# The frab schedule.xml check (Exchange/ScheduleValidators): xmllint against ../shared/schemas/schedule.xml.xsd.
command -v xmllint >/dev/null 2>&1 || apt_packages+=(libxml2-utils)

if [ "${#apt_packages[@]}" -gt 0 ]; then
    echo "test.sh: installing ${apt_packages[*]} (apt)"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
        "${apt_packages[@]}" </dev/null
fi

# ---- locales for MachineLocaleTests ----------------------------------------------------
# .NET takes its culture from LANG even when the C library has no such locale, but the test should run
# where a Swedish, Norwegian or Saudi user's machine does: with the locale generated.
available_locales="$(locale -a 2>/dev/null || true)"
missing_locales=()
for test_locale in sv_SE nb_NO ar_SA; do
    grep -qix "${test_locale}\.utf-\?8" <<<"$available_locales" || missing_locales+=("$test_locale")
done
for test_locale in "${missing_locales[@]}"; do
    echo "test.sh: generating the locale ${test_locale}.UTF-8 (localedef)"
    "${SUDO[@]}" localedef -i "$test_locale" -f UTF-8 "${test_locale}.UTF-8"
done

# ---- npm test tools --------------------------------------------------------------------
# --ignore-scripts: vnu-jar's postinstall would try to download a JDK from outside the
# registries; we use the system Java instead.
NPM_STAMP=node_modules/.arshjul-npm-ci.stamp
if [ ! -f "$NPM_STAMP" ] || [ package-lock.json -nt "$NPM_STAMP" ] || [ package.json -nt "$NPM_STAMP" ]; then
    echo "test.sh: npm ci"
    npm ci --no-audit --no-fund --ignore-scripts </dev/null
    touch "$NPM_STAMP"
fi

# ---- environment for the tests ---------------------------------------------------------
export ARSHJUL_REPO_ROOT="$REPO_ROOT"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# ---- run the tests ---------------------------------------------------------------------
# Each test project writes <project>/TestResults/results.trx (one fixed name per project:
# a shared --results-directory would make every project overwrite the same results.trx);
# afterwards they are gathered into artifacts/test-results/<project path>.trx.
RESULTS_DIR=artifacts/test-results
find_project_trx() {
    find . \( -path ./node_modules -o -path ./artifacts -o -path ./.git \) -prune -o \
        -type f -path '*/TestResults/results.trx' -print
}
mkdir -p "$RESULTS_DIR"
find "$RESULTS_DIR" -name '*.trx' -type f -delete
find_project_trx | xargs -r rm -f

SOLUTION=Arshjul.Site.sln
if [ ! -f "$SOLUTION" ] && [ -f Arshjul.Site.slnx ]; then
    SOLUTION=Arshjul.Site.slnx
fi

echo "test.sh: dotnet test $SOLUTION"
set +e
# A test that hangs (seen once: the browser tests sat idle for 30 minutes on CI) fails after 15 minutes,
# naming the test, instead of holding the run until CI's limit; no test here takes more than a few minutes.
dotnet test "$SOLUTION" -c Release --logger "trx;LogFileName=results.trx" \
    --blame-hang-timeout 15m --blame-hang-dump-type none "$@" </dev/null
test_status=$?
set -e

while IFS= read -r trx; do
    project_dir="$(dirname "$(dirname "${trx#./}")")"   # ./tests/X/TestResults/results.trx -> tests/X
    mv "$trx" "$RESULTS_DIR/${project_dir//\//_}.trx"
done < <(find_project_trx)

# ---- code format -----------------------------------------------------------------------
# One layout for every C# file (.editorconfig). Only on a full run (no extra arguments), since it
# takes half a minute; `dotnet format Arshjul.Site.sln` fixes whatever it reports.
format_status=0
if [ "$#" -eq 0 ]; then
    echo "test.sh: dotnet format --verify-no-changes"
    dotnet format "$SOLUTION" --verify-no-changes --no-restore </dev/null || format_status=$?
    if [ "$format_status" -ne 0 ]; then
        echo "test.sh: the code is not formatted; run 'dotnet format $SOLUTION' and commit the result"
    fi
fi

# ---- summary from the .trx files -------------------------------------------------------
summary_status=0
node - "$RESULTS_DIR" <<'NODE' || summary_status=$?
const fs = require('fs'), path = require('path');
const files = [];
(function walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.trx')) files.push(p);
  }
})(process.argv[2]);
const sum = { passed: 0, failed: 0, skipped: 0 };
for (const f of files) {
  const m = fs.readFileSync(f, 'utf8').match(/<Counters\b([^>]*)>/);
  if (!m) continue;
  const n = (k) => { const a = m[1].match(new RegExp(`\\b${k}="(\\d+)"`)); return a ? +a[1] : 0; };
  const failed = n('failed') + n('error') + n('timeout') + n('aborted');
  sum.passed += n('passed');
  sum.failed += failed;
  sum.skipped += Math.max(n('total') - n('passed') - failed, 0);
}
console.log(`test.sh: read ${files.length} .trx file(s)`);
console.log(`tests: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
if (sum.passed + sum.failed === 0) {
  console.log('test.sh: no tests executed');
  process.exit(3);
}
NODE

if [ "$test_status" -ne 0 ]; then
    exit "$test_status"
fi
if [ "$summary_status" -ne 0 ]; then
    exit "$summary_status"
fi
exit "$format_status"
