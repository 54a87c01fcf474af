"""Recall and false alarms of the two logo rules on the generated image set (tests/images/generate.py).

    python bench/evaluate_images.py                       # evaluation split: numbers, exit 1 if a goal is missed
    python bench/evaluate_images.py --split calibration   # the split the distances were chosen on
    python bench/evaluate_images.py --quick               # fewer cases per family (a smoke run)

Two logo folders are evaluated, with the same method and the same calibrated distances:
- `logos/` (the shipped stand-ins): their transformations are positives; photographs, avatars, the other
  organisations' logos and the second school's logo are negatives;
- `tests/images/second-school/` (a logo that is never shipped, as with `--logos DIR`): its transformations are
  positives; the same negatives plus the shipped stand-ins are negatives.

The calibration split prints, per rule, the distance (or correlation) each positive and negative reached and the
threshold the calibration rule picks: halfway between the 98th-percentile positive and the best negative when
they are apart, else the loosest threshold that keeps calibration false alarms at zero. The thresholds in
clusius_check/images/logo_match.py (and the rules' option defaults) are the ones it printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "images"))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

from clusius_check.drafts import ImageRef  # noqa: E402
from clusius_check.images import logo_match  # noqa: E402
from clusius_check.images.loading import load_image  # noqa: E402
from clusius_check.images.logos import logo_index  # noqa: E402

GOALS = {
    "logo-profile-picture": (0.95, 0.01),
    "logo-in-image": (0.85, 0.02),
}


@dataclass
class Outcome:
    rule: str
    folder: str
    family: str
    name: str
    positive: bool
    score: float  # profile: hash distance (lower = more alike); in-image: correlation (higher = more alike)
    seconds: float


def decoded(case: generate.Case, folder: Path, profile: bool):
    path = folder / f"{case.name}{case.suffix}"
    path.write_bytes(case.data)
    loaded = load_image(ImageRef(path, path.name, profile))
    if loaded.pixels is None:
        raise SystemExit(f"{case.name}: the generated image could not be decoded ({loaded.problem})")
    return loaded.pixels


def profile_outcomes(split: str, per_family: int, scratch: Path) -> list[Outcome]:
    seed = generate.SPLITS[split]
    negatives = (
        list(generate.photo_negatives(split, seed))
        + list(generate.avatar_negatives(seed))
        + list(generate.other_logo_negatives(split, seed))
    )
    school = {
        "shipped": list(generate.profile_positives(generate.SHIPPED, seed, per_family)),
        "second-school": list(generate.profile_positives(generate.SECOND_SCHOOL, seed + 10, per_family)),
    }
    folders = {"shipped": generate.SHIPPED, "second-school": generate.SECOND_SCHOOL}
    outcomes = []
    for name, folder in folders.items():
        index = logo_index(folder)
        other_school = [case for key, cases in school.items() if key != name for case in cases[::4]]
        labelled = [(case, True) for case in school[name]]
        labelled += [(case, False) for case in negatives]
        labelled += [
            (generate.Case(case.name, "other-school", case.logo, case.data, case.suffix), False)
            for case in other_school
        ]
        for case, positive in labelled:
            pixels = decoded(case, scratch, True)
            start = time.perf_counter()
            match = logo_match.profile_distance(pixels, index)
            seconds = time.perf_counter() - start
            outcomes.append(
                Outcome(
                    "logo-profile-picture", name, case.family, case.name, positive, match.distance, seconds
                )
            )
    return outcomes


def in_image_outcomes(split: str, per_logo: int, scratch: Path) -> list[Outcome]:
    seed = generate.SPLITS[split]
    negatives = list(generate.in_image_negatives(split, seed, per_logo * 3))
    school = {
        "shipped": list(generate.in_image_positives(generate.SHIPPED, split, seed, per_logo)),
        "second-school": list(
            generate.in_image_positives(generate.SECOND_SCHOOL, split, seed + 10, per_logo)
        ),
    }
    folders = {"shipped": generate.SHIPPED, "second-school": generate.SECOND_SCHOOL}
    outcomes = []
    for name, folder in folders.items():
        index = logo_index(folder)
        other_school = [case for key, cases in school.items() if key != name for case in cases[::2]]
        labelled = [(case, True) for case in school[name]]
        labelled += [(case, False) for case in negatives]
        labelled += [
            (generate.Case(case.name, "in-image-other-school", case.logo, case.data, case.suffix), False)
            for case in other_school
        ]
        for case, positive in labelled:
            pixels = decoded(case, scratch, False)
            start = time.perf_counter()
            match = logo_match.best_window(pixels, index)
            seconds = time.perf_counter() - start
            score = match.correlation if match is not None else -1.0
            outcomes.append(Outcome("logo-in-image", name, case.family, case.name, positive, score, seconds))
    return outcomes


def fires(outcome: Outcome) -> bool:
    if outcome.rule == "logo-profile-picture":
        return outcome.score <= logo_match.PROFILE_MAX_DISTANCE
    return outcome.score >= logo_match.IN_IMAGE_MIN_CORRELATION


def calibrated_threshold(outcomes: list[Outcome]) -> float:
    lower_is_alike = outcomes[0].rule == "logo-profile-picture"
    sign = 1 if lower_is_alike else -1
    positives = sorted(sign * o.score for o in outcomes if o.positive)
    negatives = sorted(sign * o.score for o in outcomes if not o.positive)
    # The 98th-percentile positive, so that one freak case does not decide the threshold for all others.
    worst_positive, best_negative = positives[int(0.98 * (len(positives) - 1))], negatives[0]
    if worst_positive < best_negative:
        chosen = (worst_positive + best_negative) / 2
    else:
        chosen = best_negative - (1 if lower_is_alike else 0.005)
    return sign * chosen


def report(outcomes: list[Outcome], split: str) -> bool:
    ok = True
    for rule, (recall_goal, alarm_goal) in GOALS.items():
        mine = [o for o in outcomes if o.rule == rule]
        if not mine:
            continue
        positives = [o for o in mine if o.positive]
        negatives = [o for o in mine if not o.positive]
        recall = sum(fires(o) for o in positives) / len(positives)
        alarms = sum(fires(o) for o in negatives) / len(negatives)
        met = recall >= recall_goal and alarms <= alarm_goal
        ok &= met
        print(
            f"{rule:22s} recall {recall:.3f} ({sum(fires(o) for o in positives)}/{len(positives)}, goal ≥ {recall_goal})"
            f"   false alarms {alarms:.3f} ({sum(fires(o) for o in negatives)}/{len(negatives)}, goal ≤ {alarm_goal})"
            f"   {'ok' if met else 'GOAL MISSED'}"
        )
        by_family: dict[tuple[str, str, bool], list[Outcome]] = defaultdict(list)
        for o in mine:
            by_family[(o.folder, o.family, o.positive)].append(o)
        for (folder, family, positive), group in sorted(by_family.items()):
            hits = sum(fires(o) for o in group)
            wrong = len(group) - hits if positive else hits
            shown = f"{hits}/{len(group)} found" if positive else f"{hits}/{len(group)} false alarms"
            mark = "  <- fails" if wrong else ""
            print(f"    {folder:14s} {'+' if positive else '-'} {family:22s} {shown}{mark}")
        failures = [o for o in mine if fires(o) != o.positive]
        for o in failures[:12]:
            print(
                f"      {'missed' if o.positive else 'false alarm'}: {o.folder}/{o.name} (score {o.score:.3f})"
            )
        times = [o.seconds * 1000 for o in mine]
        print(
            f"    time per image: median {statistics.median(times):.1f} ms, 90th percentile {sorted(times)[int(0.9 * len(times))]:.1f} ms"
        )
        if split == "calibration":
            print(f"    calibrated threshold: {calibrated_threshold(mine):.3f}")
            for positive in (True, False):
                scores = sorted(o.score for o in mine if o.positive == positive)
                print(
                    f"    {'positives' if positive else 'negatives'}: min {scores[0]:.3f}  median {scores[len(scores) // 2]:.3f}  max {scores[-1]:.3f}"
                )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=sorted(generate.SPLITS), default="evaluation")
    parser.add_argument("--quick", action="store_true", help="fewer cases per family")
    args = parser.parse_args()
    if not generate.photo_paths():
        print(
            "The photographs come from the scikit-image and matplotlib wheels: pip install -e '.[test]'",
            file=sys.stderr,
        )
        return 2
    per_family, per_logo = (2, 6) if args.quick else (8, 30)
    with tempfile.TemporaryDirectory() as scratch:
        outcomes = profile_outcomes(args.split, per_family, Path(scratch))
        outcomes += in_image_outcomes(args.split, per_logo, Path(scratch))
    print(f"Image evaluation, {args.split} split ({len(outcomes)} checks)")
    ok = report(outcomes, args.split)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
