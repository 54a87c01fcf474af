"""logo-in-image — the school's logo copied into a photo or graphic (protocol art. 8).

What it does
    Looks for every logo of the logo folder inside each attached image (15-30 % of the width, anywhere,
    recompressed). A coarse search correlates each logo with the picture at seven widths (13-30 % of the
    picture's width) in one batch of Fourier transforms, counting only the logo's own pixels, so a logo
    with a transparent background is found on any photo; the best windows (2 per logo) are then compared
    closely, in colour and at a finer size. It fires when that close correlation reaches `min_correlation`.
    An image that is the logo as a whole (an attached logo file) is found as logo-profile-picture finds it.

    The profile picture is checked too, unless logo-profile-picture already reports it as the logo.

Why is this bad?
    Art. 8: "Het gebruiken van logo's, teksten, foto's … zonder toestemming" is not allowed. A post that
    carries the school's logo looks like an official message of the school.

Example
    A poster for a party with the school's emblem in a corner.

Use instead
    Leave the logo out, or ask the communication department: they decide where the logo appears.

Bounded work
    Per image and logo: the picture reduced to 108 px wide (and at most 3 × 108 px × height/width high, for a
    wide logo), 7 correlation maps over it, 2 peaks from each, 2 windows looked at closely at 2 sizes each;
    plus one whole-picture hash comparison. Nothing grows with the image beyond the 1024-px decode.
"""

from __future__ import annotations

from collections.abc import Iterator

from clusius_check.findings import Finding, Severity
from clusius_check.rules import logo_profile_picture
from clusius_check.rules.base import Option, RuleInfo


def _correlation(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1:
        return None
    return "config.logo_correlation"


INFO = RuleInfo(
    id="logo-in-image",
    article="8",
    default_severity=Severity.AMBER,
    summary={
        "nl": "Het schoollogo overgenomen in een afbeelding.",
        "en": "The school logo copied into an image.",
    },
    options=(
        Option(
            "min_correlation",
            "how closely (0-1) a part of an image must match a logo to count as the logo",
            0.788,
            _correlation,
        ),
    ),
)


def check(analysed, context) -> Iterator[Finding]:
    from clusius_check.images.loading import loaded_images

    images = [image for image in loaded_images(analysed) if image.pixels is not None]
    if not images:
        return
    profile_enabled = context.config.settings_for(logo_profile_picture.INFO.id).enabled
    already = logo_profile_picture.profile_matches(analysed, context) if profile_enabled else {}
    from clusius_check.images.logo_match import find_in_image
    from clusius_check.images.logos import logo_index

    index = logo_index(context.config.logos_dir)
    threshold = context.option(INFO, "min_correlation")
    for image in images:
        if image.ref.display in already:
            continue
        match = find_in_image(image.pixels, index, threshold)
        if match is not None:
            yield Finding(
                rule=INFO.id,
                severity=INFO.default_severity,
                message=context.say(f"{INFO.id}.match.message", image=image.ref.display, logo=match.logo),
                article=INFO.article,
                suggestion=context.say(f"{INFO.id}.match.suggestion"),
                match=match.logo,
                file=image.ref.display,
            )
