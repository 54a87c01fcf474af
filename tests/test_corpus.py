"""The labelled corpus (tests/corpus/) as a regression guard: `make eval` prints the table, this fails
when a rule falls below what it reached when it landed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

EVALUATE = Path(__file__).resolve().parent.parent / "bench" / "evaluate.py"
spec = importlib.util.spec_from_file_location("evaluate", EVALUATE)
evaluate = importlib.util.module_from_spec(spec)
sys.modules["evaluate"] = evaluate  # dataclasses look their module up there
spec.loader.exec_module(evaluate)

# (minimum recall, maximum false-alarm rate): a regression guard at the level reached, NOT the issue's
# goals (0.95 / 0.85 / 0.85, which `make eval` prints). With the fifth blind sets and the contrast pairs in the
# corpus (4,965 drafts, 2,334 clean; 2026-11-25) the rules measured 0.927 / 0.930 / 0.881 recall with 15 / 44 / 15
# false alarms. bullying and discrimination include the learned second opinion, which was trained on this
# corpus: these numbers are in-sample for it. The unseen measure lives outside the repository.
# The issue-5 rules (6,465 drafts, 3,110 clean; session 9, 2026-11-25) measured 0.976 / 0.949 recall with
# 0 / 4 false alarms, in-sample: every issue-5 set was worked on after its one unseen measurement.
FLOORS = {
    "vulgar-language": (0.92, 0.02),
    "bullying": (0.92, 0.02),
    "discrimination": (0.87, 0.02),
    "speaking-for-school": (0.96, 0.005),
    "missing-source": (0.92, 0.005),
    "confidential": (0.95, 0.005),
    "personal-data": (0.97, 0.005),
}


@pytest.fixture(scope="module")
def scores():
    drafts = evaluate.load_drafts(sorted(evaluate.CORPUS.glob("*.yaml")))
    assert len(drafts) >= 400
    assert sum(1 for draft in drafts if not draft.expect) >= len(drafts) * 0.45
    return evaluate.score(drafts, tuple(FLOORS))


@pytest.mark.parametrize("rule", list(FLOORS))
def test_rule_keeps_its_recall_and_false_alarm_rate(scores, rule):
    min_recall, max_false = FLOORS[rule]
    assert scores[rule].recall >= min_recall
    assert scores[rule].false_alarm_rate <= max_false
