"""logo-profile-picture — the school's logo used as a person's profile picture (protocol art. 8).

What it does
    Compares the draft's profile picture (`--profile-picture`, front matter `profile_picture:`) with every
    logo in the logo folder (the shipped stand-ins in `logos/`, or `--logos DIR` / the `logos:` config key).
    The picture is flattened on white and on black when it has transparency and trimmed of any plain border
    (padding, a wide canvas, the corners of a circle crop); its pHash and dHash are compared with variants of
    each logo (on white and black, cut to a circle, cropped up to 10 % per side, turned up to 4 degrees) and,
    when the picture has a coloured border, with the logo set on that colour. It fires when, for one variant,
    the two hashes differ in at most `max_distance` of their 128 bits.

Why is this bad?
    Art. 8 names "Plaatsen van een logo als profielfoto van een persoon" as not allowed: a person with the
    school's logo as their face speaks for the school, which only the school's own accounts may do.

Example
    profile_picture: clusius-logo-rond.png   (the emblem, cut to a circle)

Use instead
    A photo of yourself, or an avatar of your own; leave the logo to the school's official accounts.

Measured
    `make eval` (tests/images, evaluation split): see README.md. Attached (non-profile) images are not checked
    here: logo-in-image looks for the logo inside them.
"""

from __future__ import annotations

from collections.abc import Iterator

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo


def _distance(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 128:
        return None
    return "config.logo_distance"


INFO = RuleInfo(
    id="logo-profile-picture",
    article="8",
    default_severity=Severity.RED,
    summary={
        "nl": "Het schoollogo als profielfoto van een persoon.",
        "en": "The school logo used as a person's profile picture.",
    },
    options=(
        Option(
            "max_distance",
            "how many of the 128 hash bits (pHash + dHash) may differ for a profile picture to count as the logo",
            20,
            _distance,
        ),
    ),
)

SHARED_KEY = "logo-profile-picture.matches"


def profile_matches(analysed, context) -> dict:
    """image display path -> LogoMatch for every profile picture that is a logo (computed once per draft, also
    asked by logo-in-image so that one picture is not reported twice)."""
    if SHARED_KEY in analysed.shared:
        return analysed.shared[SHARED_KEY]
    from clusius_check.images.loading import loaded_images

    found: dict = {}
    pictures = [
        image
        for image in loaded_images(analysed)
        if image.ref.is_profile_picture and image.pixels is not None
    ]
    if pictures:
        from clusius_check.images.logo_match import profile_match
        from clusius_check.images.logos import logo_index

        index = logo_index(context.config.logos_dir)
        limit = context.option(INFO, "max_distance")
        for image in pictures:
            match = profile_match(image.pixels, index, limit)
            if match is not None:
                found[image.ref.display] = match
    analysed.shared[SHARED_KEY] = found
    return found


def check(analysed, context) -> Iterator[Finding]:
    for display, match in profile_matches(analysed, context).items():
        yield Finding(
            rule=INFO.id,
            severity=INFO.default_severity,
            message=context.say(f"{INFO.id}.match.message", image=display, logo=match.logo),
            article=INFO.article,
            suggestion=context.say(f"{INFO.id}.match.suggestion"),
            match=match.logo,
            file=display,
        )
