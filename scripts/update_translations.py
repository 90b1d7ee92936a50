"""Keep the Qt Linguist translations in step with the code: one command, a few seconds.

    python scripts/update_translations.py            # lupdate the .ts files, then lrelease the .qm
    python scripts/update_translations.py --check    # exit 1 if a .ts or .qm is stale (tests use it)
    python scripts/update_translations.py --todo     # print the unfinished messages as JSON
    python scripts/update_translations.py --apply FILE.json   # fill translations, then update

Sources: every ``ui/*.ui`` and every ``impact_desktop/**/*.py`` except the compiled
``gui/generated`` code (its strings come from the .ui files, under the same contexts).
Targets: ``resources/translations/impact_desktop_<lang>.ts`` (no locations, so that a code
edit does not churn the file) and the ``.qm`` compiled from each.

Workflow after new strings appear: run the script, translate the unfinished messages
(in ``pyside6-linguist``, or ``--todo > todo.json``, fill the ``"translation"`` values,
then ``--apply todo.json``), and commit the ``.ts`` and ``.qm``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
CATALOGUE = "impact_desktop"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease ship with PySide6-Essentials next to this interpreter."""
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def source_files() -> list[Path]:
    generated = ROOT / "impact_desktop" / "gui" / "generated"
    python = [p for p in sorted((ROOT / "impact_desktop").rglob("*.py")) if generated not in p.parents]
    return sorted((ROOT / "ui").glob("*.ui")) + python


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed: {(result.stderr or result.stdout).strip()}")


def lupdate(target: Path) -> None:
    """Merge the sources' strings into ``target`` (created when missing), dropping vanished ones."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in source_files()))
    try:
        run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", f"@{listing.name}", "-ts", str(target)])
    finally:
        Path(listing.name).unlink()


def lrelease(source: Path, target: Path) -> None:
    run([tool("lrelease"), "-silent", str(source), "-qm", str(target)])


def messages(ts_file: Path) -> dict[tuple[str, str], dict]:
    """``(context, source) → {"translation": str, "type": str}`` for every message of a .ts file."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            text = forms[0].text if forms else (translation.text if translation is not None else None)
            found[(name, message.findtext("source", ""))] = {
                "translation": text or "",
                "type": translation.get("type", "") if translation is not None else "unfinished",
            }
    return found


def stale_reasons(language: str) -> list[str]:
    """Why the committed files of ``language`` are out of date (empty when they are current)."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    reasons = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        fresh.write_bytes(ts.read_bytes())
        lupdate(fresh)
        before, after = set(messages(ts)), set(messages(fresh))
        for context, source in sorted(after - before):
            reasons.append(f"{ts.name} lacks {context}: {source!r}")
        for context, source in sorted(before - after):
            reasons.append(f"{ts.name} still has vanished {context}: {source!r}")
        compiled = Path(tmp) / qm.name
        lrelease(ts, compiled)
        if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
            reasons.append(f"{qm.name} does not match {ts.name}")
    return reasons


def unfinished(language: str) -> list[dict]:
    return [{"context": context, "source": source, "translation": info["translation"]}
            for (context, source), info in messages(ts_path(language)).items()
            if info["type"] or not info["translation"]]


def apply(language: str, filled: list[dict]) -> int:
    """Write the translations of ``filled`` (``--todo`` output with values) into the .ts."""
    wanted = {(item["context"], item["source"]): item["translation"] for item in filled if item.get("translation")}
    tree = ET.parse(ts_path(language))
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source", "")))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            for form in forms or [translation]:
                form.text = text
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts_path(language), encoding="utf-8", xml_declaration=True)
    return count


def update() -> None:
    for language in LANGUAGES:
        lupdate(ts_path(language))
        lrelease(ts_path(language), qm_path(language))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        reasons = [reason for language in LANGUAGES for reason in stale_reasons(language)]
        print("\n".join(reasons) or "translations are up to date")
        return 1 if reasons else 0
    if "--todo" in argv:
        print(json.dumps([dict(item, language=lang) for lang in LANGUAGES for item in unfinished(lang)],
                         ensure_ascii=False, indent=1))
        return 0
    if "--apply" in argv:
        filled = json.loads(Path(argv[argv.index("--apply") + 1]).read_text(encoding="utf-8"))
        for language in LANGUAGES:
            count = apply(language, [item for item in filled if item.get("language", language) == language])
            print(f"{ts_path(language).name}: {count} translations applied")
    update()
    todo = sum(len(unfinished(language)) for language in LANGUAGES)
    print(f"updated {', '.join(ts_path(lang).name for lang in LANGUAGES)} and .qm; {todo} messages unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
