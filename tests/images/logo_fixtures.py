"""Running the two logo rules on images without a draft file or the text pipeline (they look only at images)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from clusius_check.config import Config
from clusius_check.drafts import ImageRef
from clusius_check.engine import RuleContext
from clusius_check.rules import logo_in_image, logo_profile_picture


@pytest.fixture(name="check_images")
def check_images_fixture():
    """check_images(profile=Path|None, attached=[Path], logos=Path|None) -> findings of both logo rules."""

    def _check(
        profile: Path | None, attached: list[Path], logos: Path | None = None, config: Config | None = None
    ):
        refs = [ImageRef(path, str(path), False) for path in attached]
        if profile is not None:
            refs.append(ImageRef(profile, str(profile), True))
        analysed = SimpleNamespace(draft=SimpleNamespace(images=tuple(refs)), shared={})
        config = (config or Config()).with_overrides(logos_dir=logos)
        context = RuleContext(config=config, ui_language="en")
        findings = []
        for rule in (logo_profile_picture, logo_in_image):
            findings.extend(rule.check(analysed, context))
        return findings

    return _check
