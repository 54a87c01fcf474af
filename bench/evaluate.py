"""`make eval`: recall and false alarms of each text rule on the labelled corpus in tests/corpus/.

Recall = of the drafts labelled with a rule, the share it flags amber or red. False alarms = of the clean
drafts (`expect: []`), the share it flags amber or red. `info` is advice, not a flag, so it never counts.

    python bench/evaluate.py                  # the whole corpus
    python bench/evaluate.py FILE.yaml ...    # other labelled files (e.g. a held-out set)
    python bench/evaluate.py --show           # also list every miss and false alarm
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Severity
from clusius_check.rules import IMPLEMENTED

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
GOALS = {  # (minimum recall, maximum false-alarm rate), from the issues; the text rules scored here
    "vulgar-language": (0.95, 0.02),
    "bullying": (0.85, 0.02),
    "discrimination": (0.85, 0.02),
    "speaking-for-school": (0.90, 0.03),
    "missing-source": (0.90, 0.03),
    "confidential": (0.90, 0.02),
    "personal-data": (0.90, 0.02),
}
SCORED_RULES = tuple(GOALS)


@dataclass
class Draft:
    id: str
    lang: str
    text: str
    expect: tuple[str, ...]
    note: str = ""


@dataclass
class Score:
    positives: int = 0
    hits: int = 0
    clean: int = 0
    false_alarms: int = 0
    misses: list[Draft] = field(default_factory=list)
    alarms: list[tuple[Draft, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hits / self.positives if self.positives else float("nan")

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else float("nan")

    def meets(self, rule: str) -> bool:
        min_recall, max_false = GOALS[rule]
        return self.recall >= min_recall and self.false_alarm_rate <= max_false


def load_drafts(paths: list[Path]) -> list[Draft]:
    drafts = []
    for path in paths:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["drafts"]:
            drafts.append(
                Draft(raw["id"], raw["lang"], raw["text"], tuple(raw["expect"] or ()), raw.get("note", ""))
            )
    return drafts


def flagged_rules(draft: Draft) -> dict[str, str]:
    """Rule -> the matched text of its first amber or red finding."""
    result = check_task(CheckTask(None, data=draft.text.encode("utf-8")), RunOptions())
    flagged: dict[str, str] = {}
    for finding in result.findings:
        if finding.severity in (Severity.AMBER, Severity.RED):
            flagged.setdefault(finding.rule, finding.match)
    return flagged


def score(drafts: list[Draft], rules: tuple[str, ...]) -> dict[str, Score]:
    scores = {rule: Score() for rule in rules}
    for draft in drafts:
        flagged = flagged_rules(draft)
        for rule in rules:
            entry = scores[rule]
            if rule in draft.expect:
                entry.positives += 1
                if rule in flagged:
                    entry.hits += 1
                else:
                    entry.misses.append(draft)
            elif not draft.expect:
                entry.clean += 1
                if rule in flagged:
                    entry.false_alarms += 1
                    entry.alarms.append((draft, flagged[rule]))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="labelled YAML files (default: tests/corpus/*.yaml)"
    )
    parser.add_argument("--show", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    paths = args.files or sorted(CORPUS.glob("*.yaml"))
    drafts = load_drafts(paths)
    rules = tuple(rule for rule in SCORED_RULES if rule in IMPLEMENTED)
    scores = score(drafts, rules)
    clean = sum(1 for draft in drafts if not draft.expect)
    print(f"{len(drafts)} drafts ({clean} clean) from {len(paths)} file(s)\n")
    print(
        f"{'rule':<22}{'positives':>10}{'recall':>9}{'goal':>7}{'clean':>8}{'false alarms':>14}{'goal':>7}  met"
    )
    all_met = True
    for rule in rules:
        entry = scores[rule]
        min_recall, max_false = GOALS[rule]
        met = entry.meets(rule)
        all_met &= met
        print(
            f"{rule:<22}{entry.positives:>10}{entry.recall:>9.3f}{min_recall:>7.2f}{entry.clean:>8}"
            f"{entry.false_alarms:>6} ({entry.false_alarm_rate:>5.1%}){max_false:>7.0%}  {'yes' if met else 'NO'}"
        )
    if args.show:
        for rule in rules:
            entry = scores[rule]
            for draft in entry.misses:
                print(f"\nMISS  {rule}  {draft.id}: {draft.text.strip()}")
            for draft, match in entry.alarms:
                print(f"\nFALSE {rule}  {draft.id} [{match}]: {draft.text.strip()}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
