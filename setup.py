"""Packaging of the shipped files; everything else about the project is in pyproject.toml.

Why a setup.py at all: the icons, translations, user guide and ``.ui`` sources live in the
top-level ``resources/`` and ``ui/`` folders (where Qt Designer, Qt Linguist and people find
them), but an installed wheel must carry them inside the package. pyproject.toml cannot map
a folder to a sub-package while still discovering the code packages automatically, so the
mapping is done here: ``resources/`` → ``impact_desktop/_resources``, ``ui/`` →
``impact_desktop/_ui``. :mod:`impact_desktop.resources` looks there in an installed wheel.
"""

from setuptools import find_packages, setup

DATA_PACKAGES = {"impact_desktop._resources": "resources", "impact_desktop._ui": "ui"}

setup(
    packages=[*find_packages(include=["impact_desktop", "impact_desktop.*"]), *DATA_PACKAGES],
    package_dir=DATA_PACKAGES,
    package_data={"impact_desktop._resources": ["**/*"], "impact_desktop._ui": ["*.ui"]},
)
