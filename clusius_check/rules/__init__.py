"""The rule registry: every rule id the tool knows, in one screen.

Rule ids are a stable contract (config files, JSON output and suppressions use them). A rule whose
check has not been built yet is listed with `available=False`: `clusius-check rules` says so and
`check` reports it as not checked, so the tool never pretends to have looked.
"""

from __future__ import annotations

from types import ModuleType

from clusius_check.findings import Severity
from clusius_check.rules import (
    bullying,
    confidential,
    discrimination,
    image_metadata,
    logo_in_image,
    logo_profile_picture,
    missing_source,
    personal_data,
    speaking_for_school,
    vulgar_language,
)
from clusius_check.rules.base import RuleInfo

# Implemented rules: id -> module with INFO and check(draft, context).
IMPLEMENTED: dict[str, ModuleType] = {
    confidential.INFO.id: confidential,
    vulgar_language.INFO.id: vulgar_language,
    discrimination.INFO.id: discrimination,
    bullying.INFO.id: bullying,
    speaking_for_school.INFO.id: speaking_for_school,
    missing_source.INFO.id: missing_source,
    personal_data.INFO.id: personal_data,
    image_metadata.INFO.id: image_metadata,
    logo_profile_picture.INFO.id: logo_profile_picture,
    logo_in_image.INFO.id: logo_in_image,
}


def _planned(rule_id: str, article: str, severity: Severity, nl: str, en: str) -> RuleInfo:
    return RuleInfo(rule_id, article, severity, {"nl": nl, "en": en}, available=False)


# Rules announced in the issues but not built yet, with the metadata they will carry.
PLANNED: dict[str, RuleInfo] = {}

# The rules that look at a draft's images rather than its text: the engine decodes the images (once) only
# when one of them is switched on.
IMAGE_RULE_IDS: tuple[str, ...] = ("logo-profile-picture", "logo-in-image", "image-metadata")

RULE_IDS: tuple[str, ...] = (
    "vulgar-language",
    "bullying",
    "discrimination",
    "speaking-for-school",
    "missing-source",
    "confidential",
    "personal-data",
    "logo-profile-picture",
    "logo-in-image",
    "image-metadata",
)


def rule_info(rule_id: str) -> RuleInfo:
    if rule_id in IMPLEMENTED:
        return IMPLEMENTED[rule_id].INFO
    return PLANNED[rule_id]


def all_rules() -> list[RuleInfo]:
    return [rule_info(rule_id) for rule_id in RULE_IDS]
