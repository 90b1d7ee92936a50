#!/usr/bin/env bash
# Build the one-folder frozen application: dist/impact-desktop/impact-desktop
#   scripts/build_frozen.sh [DIST_DIR [WORK_DIR]]
# Uses the Python of $IMPACT_VENV (default .venv, else /work/venv) with PyInstaller installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${IMPACT_VENV:-.venv}
[[ -x $VENV/bin/python ]] || VENV=/work/venv
PYTHON=$VENV/bin/python
"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install -q "pyinstaller>=6.5"
DIST=${1:-dist}
WORK=${2:-build/pyinstaller}
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  build_spec/impact_desktop.spec
echo "Built $DIST/impact-desktop/impact-desktop in $(( $(date +%s) - start )) s"
