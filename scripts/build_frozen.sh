#!/usr/bin/env bash
# Build the one-folder frozen application: dist/impact-desktop/impact-desktop
#   scripts/build_frozen.sh [DIST_DIR [WORK_DIR]]     (or: ./dev build)
# Uses $PYTHON, else the Python of $IMPACT_VENV (default .venv, as ./dev setup creates it), which
# must have the app's dependencies and PyInstaller (the test extra). About 20 s on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-${IMPACT_VENV:-.venv}/bin/python}
if [[ ! -x $PYTHON ]]; then
  echo "No Python at $PYTHON: run ./dev setup first, or set PYTHON=/path/to/venv/bin/python." >&2; exit 1
fi
if ! "$PYTHON" -c "import PyInstaller, PySide6, sqlite_utils, click" 2>/dev/null; then
  echo "$PYTHON lacks PyInstaller or the app's dependencies: pip install -e '.[test]' into it first." >&2; exit 1
fi
DIST=${1:-dist}
WORK=${2:-build/pyinstaller}
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  build_spec/impact_desktop.spec
echo "Built $DIST/impact-desktop/impact-desktop in $(( $(date +%s) - start )) s"
