"""Suggestions for a file's new names rank exactly as a plain comparison of every pair would,
though each existing name is indexed once and hopeless pairs are dropped by cheap bounds."""

from __future__ import annotations

import difflib
import random

from impact_desktop.core import names as n
from impact_desktop.core.names import name_key
from impact_desktop.services import name_suggestions
from impact_desktop.services.name_suggestions import MAX_SUGGESTIONS, THRESHOLD, Candidates
from impact_desktop.storage import catalog

PIECES = ["Program", "program", "Green", "Forest", "Ant", "公益", "项目", "蚂蚁", "森林", "乡村", "教育", "01", "1",
          "15", "145", "Cloud", "Alibaba", " ", "-", "Health"]


def plain_similarity(name: str, other: str) -> float:
    """The rule written out once more, pair by pair, as the suggestions first computed it."""
    a, b = name_key(name), name_key(other)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


def random_name(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4)))


def test_similarity_is_the_plain_rule():
    rng = random.Random(9)
    for _ in range(3000):
        a, b = random_name(rng), random_name(rng)
        assert name_suggestions.similarity(a, b) == plain_similarity(a, b), (a, b)


def test_suggestions_match_every_pair_compared_in_full(store):
    rng = random.Random(4)
    units = [catalog.add_business_unit(store, f"Unit {i} {random_name(rng)}") for i in range(6)]
    programs = {}
    for i in range(120):
        unit_id = rng.choice(units)
        name = f"{random_name(rng)} {i}"
        programs[catalog.add_program(store, unit_id, name)] = (unit_id, name)
    candidates = Candidates(store)
    offered = 0
    for _ in range(150):
        wanted, unit_id = random_name(rng), rng.choice(units)
        expected = []
        for program_id, (owner, name) in programs.items():
            score = plain_similarity(wanted, name)
            if owner == unit_id:
                score = min(1.0, score + 0.15)
            if score >= THRESHOLD:
                expected.append((-round(score, 2), program_id))
        found = candidates.suggest(n.PROGRAM, wanted, unit_id)
        assert [s.target_id for s in found] == [pid for _score, pid in sorted(
            expected, key=lambda item: (item[0], found_label(candidates, item[1])))][:MAX_SUGGESTIONS], wanted
        assert all(s.score >= THRESHOLD for s in found)
        offered += bool(found)
    assert offered > 50


def found_label(candidates: Candidates, program_id: str) -> str:
    return next(s.label for s in candidates.every(n.PROGRAM) if s.target_id == program_id)
