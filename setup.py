"""Packaging of the shipped files; everything else about the project is in pyproject.toml.

Why a setup.py at all: the icons, translations, user guide and ``.ui`` sources live in the
top-level ``resources/`` and ``ui/`` folders (where Qt Designer, Qt Linguist and people find
them), but an installed wheel must carry them inside the package. pyproject.toml cannot map
a folder to a sub-package while still discovering the code packages automatically, so the
mapping is done here: ``resources/`` → ``impact_desktop/_resources``, ``ui/`` →
``impact_desktop/_ui``. :mod:`impact_desktop.resources` looks there in an installed wheel.

Every folder under them is declared as a (data-only) package of its own, each carrying its
own files: setuptools warns about data in a folder that is not a declared package, once per
file, and will stop installing such files in a later version.
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA_FOLDERS = {"impact_desktop._resources": "resources", "impact_desktop._ui": "ui"}


def data_packages() -> dict[str, list[str]]:
    """Each data folder and sub-folder as a package name → the files it carries (its own, not its sub-folders')."""
    packages = {}
    for package, folder in DATA_FOLDERS.items():
        for directory in sorted(path for path in [Path(folder), *Path(folder).rglob("*")] if path.is_dir()):
            if directory.name == "__pycache__":
                continue
            name = ".".join([package, *directory.relative_to(folder).parts])
            packages[name] = ["*"]
    return packages


DATA = data_packages()

setup(
    packages=[*find_packages(include=["impact_desktop", "impact_desktop.*"]), *DATA],
    package_dir=DATA_FOLDERS,
    package_data=DATA,
)
