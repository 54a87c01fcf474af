"""The drafts in examples/ get the verdict examples/README.md promises, through the real checker.

The folder is checked once, the way `clusius-check check examples/` does it (folder mode: every draft
below it, with the images named after it). A new example without an expected verdict here fails, so
the table and the README stay the whole truth about the examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clusius_check.drafts import drafts_with_images, load_draft, sibling_images
from clusius_check.engine import CheckTask, RunOptions, check_all
from clusius_check.findings import Verdict

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

GREEN, AMBER, RED = Verdict.GREEN, Verdict.AMBER, Verdict.RED

# (draft relative to examples/, verdict today). Keep in step with the table in examples/README.md.
EXPECTED: list[tuple[str, Verdict]] = [
    # Clean posts.
    ("open-dag-hoorn.md", GREEN),
    ("kalfjes.md", GREEN),
    ("exchange-trip-denmark.md", GREEN),
    ("greenhouse-tomatoes.md", GREEN),
    ("leerlingen/bloemschikwedstrijd.md", GREEN),
    ("leerlingen/stage-bij-hovenier.txt", GREEN),
    ("leerlingen/week-tegen-pesten.txt", GREEN),
    # Internal sources and a bare credentials word: in doubt.
    ("medewerkers/kantine-schagen.md", AMBER),
    ("medewerkers/nieuwe-kas-begroting.md", AMBER),
    ("leerlingen/wachtwoord-kwijt.txt", GREEN),
    ("staff-meeting-garden.md", AMBER),
    # Mocking a classmate and shutting him out.
    ("leerlingen/groepsapp-gym.txt", AMBER),
    # A confidentiality marker, exam material, a password: do not post.
    ("medewerkers/reorganisatie-purmerend.md", RED),
    ("leerlingen/toets-dierverzorging.txt", RED),
    ("leerlingen/exam-questions-request.txt", RED),
    ("open-day-wifi.md", RED),
    # A threat of violence.
    ("leerlingen/fietsenhok.txt", RED),
    # Personal data: classmates' grades by name (red), a private phone number and e-mail address (amber).
    ("leerlingen/cijfers-wiskunde.txt", RED),
    ("medewerkers/stagecontact.md", AMBER),
    # A clean text whose photo carries the GPS position of the pupil's home (image-metadata).
    ("leerlingen/kalfje-thuis.md", RED),
    # The school emblem (the shipped stand-in) cut to a circle as a profile picture: logo-profile-picture.
    ("medewerkers/nieuw-profiel.md", RED),
    # A quotation from the teacher's own conversation, its missing-source finding suppressed with a reason.
    ("medewerkers/interview-imker.md", GREEN),
]

# Drafts whose images must be attached: (draft, image paths relative to examples/, profile picture).
EXPECTED_IMAGES: list[tuple[str, tuple[str, ...], str | None]] = [
    ("kalfjes.md", ("kalfjes-2.png", "kalfjes.jpg"), None),  # sibling naming, two images
    ("leerlingen/bloemschikwedstrijd.md", ("leerlingen/bloemschikwedstrijd.jpg",), None),  # sibling naming
    ("open-dag-hoorn.md", ("fotos/kas-hoorn.jpg",), None),  # front matter `images:`
    ("exchange-trip-denmark.md", (), "avatar-jb.png"),  # front matter `profile_picture:`
    ("leerlingen/kalfje-thuis.md", ("leerlingen/kalfje-thuis.jpg",), None),  # sibling naming, with GPS
    ("medewerkers/nieuw-profiel.md", (), "medewerkers/profielfoto-logo.jpg"),  # the logo as profile picture
]


# Files in examples/ that document the examples and are not posts; folder mode skips README files.
NOT_DRAFTS = ("README.md",)


def relative(path: str | Path) -> str:
    return Path(path).resolve().relative_to(EXAMPLES).as_posix()


@pytest.fixture(scope="module")
def results() -> dict:
    """Every example checked once, as the CLI's folder mode builds its tasks."""
    tasks = [CheckTask(draft, sibling_images=images) for draft, images in drafts_with_images(EXAMPLES)]
    return {relative(result.path): result for result in check_all(tasks, RunOptions(), workers=1)}


@pytest.mark.parametrize(
    ("draft", "verdict"), EXPECTED, ids=[f"{draft} is {verdict.value}" for draft, verdict in EXPECTED]
)
def test_example_gets_its_verdict(results, draft: str, verdict: Verdict) -> None:
    result = results[draft]
    assert result.errors == (), f"{draft} could not be checked cleanly: {result.errors}"
    found = [(finding.severity.value, finding.match) for finding in result.findings]
    assert result.verdict is verdict, (
        f"{draft}: expected {verdict.value}, got {result.verdict}; findings {found}"
    )


def test_every_example_draft_has_an_expected_verdict() -> None:
    on_disk = sorted(
        relative(path)
        for path in EXAMPLES.rglob("*")
        if path.suffix in (".md", ".txt") and path.name not in NOT_DRAFTS
    )
    in_table = sorted(draft for draft, _verdict in EXPECTED)
    assert on_disk == in_table, "add the new example to EXPECTED here and to examples/README.md"


def test_examples_show_every_verdict() -> None:
    assert {verdict for _draft, verdict in EXPECTED} == {GREEN, AMBER, RED}


def test_readme_is_not_checked_as_a_draft(results) -> None:
    assert sorted(results) == sorted(draft for draft, _verdict in EXPECTED)


@pytest.mark.parametrize(
    ("draft", "images", "profile_picture"),
    EXPECTED_IMAGES,
    ids=[f"{draft} has its images attached" for draft, _images, _profile in EXPECTED_IMAGES],
)
def test_example_images_are_attached(
    draft: str, images: tuple[str, ...], profile_picture: str | None
) -> None:
    path = EXAMPLES / draft
    loaded = load_draft(path, sibling_images=sibling_images(path))
    assert loaded.image_errors == ()
    attached = sorted(relative(image.path) for image in loaded.images if not image.is_profile_picture)
    profiles = [relative(image.path) for image in loaded.images if image.is_profile_picture]
    assert attached == sorted(images)
    assert profiles == ([profile_picture] if profile_picture else [])


def test_the_suppression_example_lists_what_it_silenced(results) -> None:
    [item] = results["medewerkers/interview-imker.md"].suppressed
    assert item.finding.rule == "missing-source"
    assert item.reason.startswith("citaat uit mijn eigen gesprek")
