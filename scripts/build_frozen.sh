#!/usr/bin/env bash
# Build the one-folder frozen application: dist/impact-desktop/impact-desktop
#   scripts/build_frozen.sh [DIST_DIR [WORK_DIR]]
# Uses $PYTHON, else the Python of $IMPACT_VENV (default .venv, as ./dev sets up), else python3;
# installs PyInstaller there when it is missing. About 20 s on a 2-core machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${IMPACT_VENV:-.venv}
PYTHON=${PYTHON:-$VENV/bin/python}
[[ -x $PYTHON ]] || PYTHON=$(command -v python3)
"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install -q "pyinstaller>=6.5"
DIST=${1:-dist}
WORK=${2:-build/pyinstaller}
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  build_spec/impact_desktop.spec
echo "Built $DIST/impact-desktop/impact-desktop in $(( $(date +%s) - start )) s"
