"""personal-data — someone's personal data in a post (protocol art. 1, the AVG).

What it does
    Finds identifiers that are checked, not just pattern-matched: a BSN (11-proef), an onderwijsnummer,
    an IBAN (mod 97), phone numbers in Dutch and international notation, private e-mail addresses, a
    home address (street and house number, or a postcode), a date of birth and a Dutch licence plate.
    It also finds sensitive facts about a named person: a grade (`Lars 3,2 - Fleur 5,5`), health
    (`Sanne heeft ADHD`, `Mo ligt in het ziekenhuis`) or discipline (`Daan is geschorst`), tied to a
    first name, `meneer Jansen`/`juf Ans` or an @-handle. The finding shows the data masked
    (`06-****4182`), so the report does not spread it.

Why is this bad?
    Art. 1: "Houd je aan de Nederlandse wet, vooral aan de regels rond privacy." The AVG protects
    everyone's personal data; a pupil's grades, health or BSN online cannot be taken back (art. 5).

Example
    Mo ligt in het ziekenhuis, app hem op 06-38694182!

Use instead
    Leave the data out, or ask the person first and share it privately (a DM, the school's own channels).

Evidence adds up as in Microsoft Presidio's recognisers: a candidate pattern, then its checksum, then
context words near it (whole words and lemmas, from `wordlists/<lang>/personal-data.yaml`), then a score
and thresholds. A number that fails its checksum is never reported; a valid 9-digit number alone is at
most amber, and red only next to `bsn`, `burgerservicenummer` or `onderwijsnummer`; next to
`bestelnummer` or `factuur` it is nothing. Public contact details (the school's own e-mail domain, role
addresses such as info@, the numbers of a reception desk) stay green.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings, resemblance_option
from clusius_check.text.resemblance import with_second_opinion


def regex_or_none(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        return "config.regex"
    try:
        re.compile(value)
    except re.error:
        return "config.regex"
    return None


# The learned second opinion (text/resemblance.py) speaks only above this score, when the patterns found nothing.
# Chosen before measuring on two blind sets, from models trained without whole corpus files (so without their
# writers) and scored on them: see tests/corpus/README.md.
RESEMBLANCE_THRESHOLD = 0.6

INFO = RuleInfo(
    id="personal-data",
    article="1",
    default_severity=Severity.RED,
    summary={
        "nl": "Persoonsgegevens: BSN, IBAN, telefoonnummer, adres, cijfers of gezondheid van een leerling.",
        "en": "Personal data: citizen service number, IBAN, phone number, address, a pupil's grades or health.",
    },
    options=(
        resemblance_option(RESEMBLANCE_THRESHOLD),
        Option(
            "student_number",
            "a regular expression for the school's own student numbers (red next to leerlingnummer/studentnummer)",
            None,
            regex_or_none,
        ),
        Option(
            "public_contacts",
            "the school's public e-mail addresses, @domains and phone numbers: never reported",
            ["@clusius.nl"],
            list_of_strings,
        ),
        Option("names", "extra first names to recognise, on top of the shipped list", [], list_of_strings),
    ),
    categories=(
        "bsn",
        "onderwijsnummer",
        "iban",
        "phone",
        "email",
        "address",
        "birth-date",
        "licence-plate",
        "grade",
        "health",
        "discipline",
        "school-pattern",
    ),
    sections=(
        "not_personal",
        "organisations",
        "events",
        "role_addresses",
        "titles",
        "honorifics",
        "name_particles",
        "animals",
        "topics",
        "common_word_names",
    ),
)

# Scores and thresholds, Presidio-style. A checksum-valid 9-digit number scores BASE; a context word for
# its kind adds CONTEXT_BOOST; a business word (bestelnummer, factuur) in the window sets it to zero.
# RED_AT and AMBER_AT were chosen on the issue-6 dev sets (520 drafts): a bare valid number amber,
# with `bsn`/`onderwijsnummer` red, and every order, invoice and shipment number that passes the
# 11-proef (6 traps in the sets) green.
BASE_SCORE = 0.5
CONTEXT_BOOST = 0.4
RED_AT = 0.85
AMBER_AT = 0.4
# Context words count within this many tokens before a match and AFTER_WINDOW after it; the dev sets
# have `BSN` up to 12 tokens before the number ("mijn BSN weten ... nou bij deze dan: 832347140").
BEFORE_WINDOW = 12
AFTER_WINDOW = 4
# A name counts for a sensitive fact this many tokens before it (`Mia from year 3 has a severe nut
# allergy`: 7), or this many after it in a list (`Verzuimregistratie: Mila 14 uur`).
FACT_BEFORE = 8
FACT_AFTER = 7
# A he/she as the subject of a fact refers to a name this many tokens back in the post.
PRONOUN_REACH = 25
# Birth years that make a plausible pupil, parent or member of staff (not a calf, not Attenborough).
OLDEST_AGE = 90

# Cheap prefilters: most drafts have no run of digits and no @, and then only sensitive facts are sought
# (and an address, when there is a digit at all).
_DIGITS_OR_AT = re.compile(r"\d\d|@")
_DIGIT = re.compile(r"\d")
_NINE_DIGITS = re.compile(r"(?<![\w.,/+\-])(?<!\d[ .\-])\d(?:[ .\-]?\d){8}(?![\w])(?![.,/\-]?\d)(?! \d)")
# Any case: pupils type `nl74ingb0002643878` as often as the bank prints NL74 INGB 0002 6438 78. The
# mod-97 check still decides; the shape alone marks digits that belong to an account, not to a phone.
# A bank app's copy often breaks it over two lines (`NL88 INGB` / `2985 2954 62`), so a group may follow a
# line break as well as a space.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \n]?[A-Z0-9]){11,30}\b", re.I)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
# An address written to slip past scrapers: `jakeyboy2008 [at] hotmail [dot] co [dot] uk`, `naam (at)
# gmail.com`, in Dutch words (`lotte punt bakker apenstaartje gmail punt com`), or letter by letter, `t i m . k o k 0 8 @ gmail . com`. Only a known top-level domain ends
# one, and a spaced dot has a space on both sides, so `I'm at school. Com and see` is no address.
_TOP_DOMAINS = r"(?:com|nl|net|org|be|de|uk|eu|info|io|me|fr)\b"
_AT = r"(?:\s?@\s?|\s?[\[({]\s?at\s?[\])}]\s?|\s(?:at|AT|apenstaartje|at-teken)\s)"
_DOT = r"(?:\.| \. |\s?[\[({]\s?dot\s?[\])}]\s?|\s(?:dot|DOT|punt)\s)"
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<local>[\w+\-](?: [\w+\-.]){2,}|[\w+\-]+(?:\s(?:punt|dot)\s[\w+\-]+)+|[\w.+\-]+)"
    + _AT
    + r"(?P<domain>[a-z0-9\-]+(?:"
    + _DOT
    + r"[a-z0-9\-]+)*?"
    + _DOT
    + _TOP_DOMAINS
    + ")",
    re.I,
)
# Without digits or an @ a post skips the identifiers, unless an address is spelt out in words.
_SPELT_OUT_EMAIL = re.compile(
    r"[\[({]\s?at\s?[\])}]|\bapenstaartje\b|\bat-teken\b|\b(?:dot|punt)\s"
    + _TOP_DOMAINS
    + r"|\sat\s[\w\-]+\.\s?"
    + _TOP_DOMAINS,
    re.I,
)
_POSTCODE = re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")
# A house number may carry a floor or an addition after a dash (`Kerkbuurt 7-2, Wognum`, `Oosterstraat
# 5-II, 1741AK`, `Dorpsstraat 12-hs`) when the address goes on with a comma, a postcode or a town; `Sportpark
# 3-1 van de buren` is a score, and `Marktplein 10-12 uur` a time.
_STREET_SUFFIXES = (
    "straat|weg|laan|plein|gracht|kade|dijk|singel|pad|dreef|hof|steeg|markt|wal|einde|baan|ring|park|veld|"
    "erf|dam|burg|zijde|haven|buurt|plantsoen"
)
_HOUSE_NUMBER_TAIL = (
    r"[1-9]\d{0,3}(?!\d)(?:\s?[a-zA-Z]\b|-(?:[1-9]|I{1,3}|hs|bis|[a-zA-Z])\b"
    r"(?=\s*(?:[,;)\n]|$|[1-9]\d{3}\s?[A-Z]{2}\b|(?:in|te)\s[A-Z])))?"
)
_STREET = re.compile(
    rf"\b[A-Z][a-zà-ÿ]+(?:{_STREET_SUFFIXES})\s(?P<number>{_HOUSE_NUMBER_TAIL})(?![\d,.:\-]\d)"
)
# Pupils type the street in lower case (`adres is de bloemhof 7`, `ik woon op de kerkstraat 12`); then
# only an address word right before it says it is one.
_LOWER_STREET = re.compile(
    rf"\b[a-zà-ÿ]+(?:{_STREET_SUFFIXES})\s(?P<number>{_HOUSE_NUMBER_TAIL})(?![\d,.:\-]\d)"
)
_ADDRESS_BEFORE = re.compile(
    r"\b(?:adres|address|woon|woont|wonen|woonachtig|live|lives|living)\b(?:\s(?:is|=|op|in|at|aan|de|het|:)){0,3}\s?$",
    re.I,
)
# British and Irish addresses put the number first: `3 Meadow Lane`, `14 St John's Road`.
_ENGLISH_STREET = re.compile(
    r"\b(?P<number>[1-9]\d{0,3}[a-z]?)\s(?:[A-Z][a-z']+\s){1,3}"
    r"(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Grove|Terrace|Place|Court|Gardens|Row|Square|Rise|Mews)\b"
)
_HOUSE_NUMBER = re.compile(r"\b(?:huisnummer|house number|nr\.?)\s*(?P<number>[1-9]\d{0,3}[a-z]?)\b", re.I)
_MONTHS = {
    **{m: i + 1 for i, m in enumerate(
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"])},
    **{m: i + 1 for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])},
    **{m: i + 1 for i, m in enumerate(["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"])},
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A day in words, as people write a birth date out in full (`geboren op drie juni 2009`, `the third of June`).
_DUTCH_UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_DUTCH_DAYS = [
    *_DUTCH_UNITS, "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
    "achttien", "negentien", "twintig",
    *(unit + ("ën" if unit.endswith("e") else "en") + "twintig" for unit in _DUTCH_UNITS), "dertig", "eenendertig",
]  # fmt: skip
_DUTCH_ORDINALS = [
    "eerste", "tweede", "derde", *(day + ("ste" if day.endswith(("t", "g")) else "de") for day in _DUTCH_DAYS[3:])
]  # fmt: skip
_ENGLISH_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ENGLISH_ORDINALS = [
    *_ENGLISH_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", *(f"twenty-{unit}" for unit in _ENGLISH_UNITS),
    "thirtieth", "thirty-first",
]  # fmt: skip
_DAY_WORDS = {
    **{word: i + 1 for i, word in enumerate(_DUTCH_DAYS)},
    **{word: i + 1 for i, word in enumerate(_DUTCH_ORDINALS)},
    **{word: i + 1 for i, word in enumerate(_ENGLISH_ORDINALS)},
    **{word.replace("-", " "): i + 1 for i, word in enumerate(_ENGLISH_ORDINALS) if "-" in word},
    "één": 1,
}
_DAY_WORD_NAMES = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
# A day in words also as people write it in English: an ordinal, `of`, the month first (`3rd of June 2009`,
# `June 3rd, 2009`, `3 june`); the month first only by its full name (`may` alone is mostly a verb).
_FULL_MONTH_NAMES = "|".join(sorted((m for m in _MONTHS if len(m) > 3), key=len, reverse=True))
_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)[-/.](?P<month>[01]?\d)(?:[-/.](?P<year>(?:19|20)\d\d))?\b(?![-/.:,]\d)"
    rf"|\b(?P<wday>[0-3]?\d(?:st|nd|rd|th|e|ste|de)?|{_DAY_WORD_NAMES})\s(?:of\s)?(?P<wmonth>{_MONTH_NAMES})\.?"
    r"(?:,?\s(?P<wyear>(?:19|20)\d\d))?\b"
    rf"|\b(?P<mmonth>{_FULL_MONTH_NAMES})\s(?P<mday>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?P<myear>(?:19|20)\d\d)\b)?",
    re.I,
)
# Labels of a birth date that the word list cannot hold as one token (`geb.datum`, `gebdatum`, `d.o.b`),
# and an age stated right before a day (`wordt 16 op 21/11`, `turns 16 on 3 June`): both say whose day it is.
_BIRTH_LABEL = re.compile(r"\b(?:geb(?:oorte)?\.?\s?dat(?:um|\.)|gebdat|d\.o\.b|dob)\b", re.I)
_ON_DAY = re.compile(r"\b(?:op|on)\s$", re.I)
_AGE_ON = re.compile(
    r"\b(?:wordt|word|turns?|is|was)\s(?:[1-9]\d?)(?:\s?(?:jaar|years?(?:\sold)?))?\s(?:op|on)\s$",
    re.I,
)
_AGE = re.compile(
    r"\b(?:wordt|word|turns?|is|nu al|now)\s(?P<age>[1-9]\d?)\b|\b(?P<age2>[1-9]\d?)\s?(?:jaar|years?)\b",
    re.I,
)
# Dutch plates (sidecodes 4 to 14): no vowels, no C or Q, dashes where the letters and digits change. The
# shapes are spelt L (letter) and D (digit) and expanded per character: replacing "D" after "L" turned the
# D inside the letter class into a digit, so plates with a D (N-528-TD) were never found.
_PLATE_LETTER = "[BDFGHJKLMNPRSTVXZ]"
_PLATE = re.compile(
    r"(?<![\w\-])(?:"
    + "|".join(
        "".join(_PLATE_LETTER if char == "L" else r"\d" if char == "D" else char for char in shape)
        for shape in (
            "LL-DD-LL", "DD-LL-LL", "DD-DD-LL", "LL-DD-DD", "DD-LL-DD", "LL-LL-DD",
            "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
        )
    )
    + r")(?![\w\-])"
)  # fmt: skip
# A school grade: 1-10 with one decimal (`5,5`, `4.5`), or a whole number right after een/a/an (`een 3`).
_GRADE = re.compile(
    r"(?<![\w€$.,:/\-])(?:10|[1-9])[,.]\d(?![\d%]|[,.:]\d)"
    r"|(?:(?<=\been )|(?<=\ban )|(?<=\ba ))(?:10|[1-9])\b(?![,.:]\d)(?:/10\b)?",
    re.I,
)
_NOT_A_GRADE_AFTER = re.compile(
    r"\s?(?:kg|km|cm|mm|m|l|uur|u|min|minuten|euro|procent|%|keer|x|graden|jaar|years?|hours?|km/u|weken|dagen|days?|weeks?|pagina|blz|ml|gram|g)\b",
    re.I,
)

# A mobile number of a neighbouring country in its own national notation (`0484/87.38.25` in Belgium,
# `089 247 3548` in Ireland, `07423 806204` in the UK, `0171 2345678` in Germany): phonenumbers reads the
# text as Dutch, so what it leaves is tried against these regions, mobiles only (their landlines look like
# any number starting with 0).
_FOREIGN_REGIONS = ("BE", "GB", "IE", "DE")
_NATIONAL_NUMBER = re.compile(r"(?<![\w+/.,\-])0\d{1,4}(?:[ ./\-]{0,2}\d{2,7}){1,4}(?![\w/]|[.,\-]\d)")
# A prefix alone on its line and the rest on the next (`06` / `41963719`), as a phone breaks a pasted number.
_PREFIX_LINE = re.compile(r"(?m)^[ \t]*(?:0\d{1,3}|\+\d{2,3})[ \t]*\n(?=[ \t]*\d)")

# A phone line of a service is no person's number: Dutch compounds on -lijn (verzuimlijn, hulplijn,
# infolijn, meldlijn) and English hotline/helpline or `absence line`. Only landlines are ever excused this
# way; a mobile number stays amber whatever is around it.
_SERVICE_LINE = re.compile(r"\w{3,}lijn|hotline|helpline")
_LINE_KINDS = frozenset(
    {"absence", "attendance", "info", "information", "help", "advice", "booking", "phone"}
)

# A name with a count of hours (`Ilse 43 uur, Tygo 38 uur`): a register of absence when the post names
# absence or a sanction and lists two or more people this way, however far from the word the list stands.
_NAME_HOURS = re.compile(
    r"(?<![\w@])(?P<name>[^\W\d_][\w'\-]*)\s(?:[1-9]\d{0,2})\s?(?:uur|u|hours?|hrs)\b", re.I
)

# An initial (`A.`, `K`) and a class (`3a`, `4B`, `2`): a pupil named the way parents half-hide one.
_INITIAL = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]\.?")
_CLASS = re.compile(r"[1-6][a-zA-Z]{0,2}|[1-6]\.[1-9]|(?:h|v|m|b|k|g)[1-6][a-z]?", re.I)
# Family words before `van`: after them a lower-case name that is also a word is still a person.
_KIN = frozenset(
    {
        "zus", "zusje", "broer", "broertje", "moeder", "vader", "mama", "papa", "oma", "opa", "tante", "oom",
        "neef", "nicht", "nichtje", "neefje", "vriend", "vriendin", "vriendje", "vriendinnetje", "ouders",
        "sister", "brother", "mum", "mom", "dad", "cousin", "aunt", "uncle", "friend", "bestie", "buddy",
    }
)  # fmt: skip
# What stands between a name and the animal word that says what it names (`Bella, our cow`, `Bella (onze koe)`).
_APPOSITION = frozenset({",", "(", "-", "is", "de", "het", "the", "our", "onze", "ons", "my", "mijn", "mn"})
_ONE = frozenset({"een", "één", "a", "an", "one", "hele", "whole"})

FIRST_PERSON = frozenset(
    {
        "ik",
        "'k",
        "k",
        "me",
        "mij",
        "mijn",
        "mn",
        "m'n",
        "i",
        "my",
        "myself",
        "mezelf",
        "ikzelf",
        "we",
        "wij",
        "ons",
        "onze",
    }
)
# A team or class after a name (`R.M. from the animal care team`): see _person_before_unit.
_UNITS = frozenset(
    {"team", "klas", "class", "groep", "group", "afdeling", "department", "sectie", "opleiding"}
)
_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "he", "she"})
THIRD_PERSON = frozenset({"hij", "zij", "ze", "he", "she", "his", "her", "zijn", "haar", "hem", "him"})
# Facts that are the writer's own (`ik heb een 8,5`) are at most info, and only for grades.
_SENTENCE_END = frozenset({".", "!", "?", "\n", "\n\n"})


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    category: str
    severity: Severity
    masked: str


@lru_cache(maxsize=1)
def shipped_first_names() -> frozenset[str]:
    from clusius_check.wordlists import shipped_wordlists_dir

    path = Path(shipped_wordlists_dir()) / "names" / "first-names-nl.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=16)
def _first_names(extra: tuple[str, ...]) -> frozenset[str]:
    """The shipped names and the school's own, built once per config (a set of thousands of names)."""
    return shipped_first_names() | frozenset(name.casefold() for name in extra)


@dataclass
class _Lists:
    context: dict[str, object]  # a Lexicon of context words -> category
    not_personal: object
    organisations: object
    events: object
    titles: frozenset[str]
    honorifics: frozenset[str]
    name_particles: frozenset[str]
    animals: frozenset[str]
    topics: frozenset[str]
    role_addresses: frozenset[str]
    common_word_names: frozenset[str]


@lru_cache(maxsize=16)
def _lists(nlp, extra_files: tuple) -> _Lists:
    from clusius_check.text.lexicon import Lexicon
    from clusius_check.wordlists import section_for_post, terms_for

    terms = [term for language in ("nl", "en") for term in terms_for(INFO.id, language, extra_files)]

    def section(name: str) -> tuple[str, ...]:
        return section_for_post(INFO.id, name, extra_files)

    return _Lists(
        context=Lexicon(nlp, ((term.term, term.category) for term in terms)),
        not_personal=Lexicon(nlp, ((word, "not-personal") for word in section("not_personal"))),
        organisations=Lexicon(nlp, ((word, "organisation") for word in section("organisations"))),
        events=Lexicon(nlp, ((word, "event") for word in section("events"))),
        titles=frozenset(word.lower().rstrip(".") for word in section("titles")),
        honorifics=frozenset(word.lower().rstrip(".") for word in section("honorifics")),
        name_particles=frozenset(word.lower() for word in section("name_particles")),
        animals=frozenset(word.lower() for word in section("animals")),
        topics=frozenset(word.lower() for word in section("topics")),
        role_addresses=frozenset(word.lower() for word in section("role_addresses")),
        common_word_names=frozenset(word.casefold() for word in section("common_word_names")),
    )


def check(analysed, context) -> Iterator[Finding]:
    names = _first_names(tuple(context.option(INFO, "names")))
    lists = _lists(context.nlp(analysed.language), context.config.extra_wordlists)
    titles = lists.titles | lists.honorifics
    yield from with_second_opinion(
        INFO,
        _pattern_findings(analysed, context),
        analysed,
        context,
        lambda quote: mask_people(quote, names, titles),
    )


def _pattern_findings(analysed, context) -> Iterator[Finding]:
    body = analysed.body
    lists = _lists(context.nlp(analysed.language), context.config.extra_wordlists)
    reader = _Reader(analysed, context, lists)
    hits: list[_Hit] = []
    if _DIGITS_OR_AT.search(body):
        hits.extend(reader.identifiers())
    else:
        if _SPELT_OUT_EMAIL.search(body):
            hits.extend(reader.obfuscated_emails())
        if _DIGIT.search(body):
            hits.extend(reader.addresses())  # a one-digit house number: `jij woont op de Dorpsstraat 3`
    hits.extend(reader.facts())
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (-h.severity.rank, h.start)):
        if any(hit.start < end and start < hit.end for start, end in taken):
            continue
        taken.append((hit.start, hit.end))
        yield context.catalogue_finding(
            INFO, analysed, hit.start, hit.end, hit.severity, hit.category, hit.masked, masked=hit.masked
        )


class _Reader:
    """One draft read for personal data: its tokens, the context words found in it, and the recognisers."""

    def __init__(self, analysed, context, lists: _Lists):
        self.analysed = analysed
        self.body = analysed.body
        self.doc = analysed.doc
        self.context_cfg = context
        self.lists = lists
        self._starts: list[int] | None = None
        self._context_hits: list[tuple[int, int, str]] | None = None
        self._blocked: list[tuple[int, int]] | None = None
        self._organisations: list[tuple[int, int]] | None = None
        self._iban_shapes: list[tuple[int, int]] | None = None
        self._animal_names: frozenset[str] | None = None
        self.school_names = tuple(name.lower() for name in context.config.school_names)

    @property
    def names(self) -> frozenset[str]:
        return _first_names(tuple(self.context_cfg.option(INFO, "names")))

    @property
    def public(self) -> tuple[str, ...]:
        return tuple(item.strip().lower() for item in self.context_cfg.option(INFO, "public_contacts"))

    # --- tokens and context -------------------------------------------------------------------------

    def token_at(self, offset: int) -> int:
        from bisect import bisect_right

        if self._starts is None:
            self._starts = [token.idx for token in self.doc]
        return max(0, bisect_right(self._starts, offset) - 1)

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        return self.token_at(start), self.token_at(max(start, end - 1)) + 1

    @property
    def context_hits(self) -> list[tuple[int, int, str]]:
        if self._context_hits is None:
            self._context_hits = [(m.start, m.end, m.payload) for m in self.lists.context.matches(self.doc)]
        return self._context_hits

    def near(
        self, hits, start: int, end: int, before: int = BEFORE_WINDOW, after: int = AFTER_WINDOW
    ) -> bool:
        first, last = self.token_span(start, end)
        return any(h_end > first - before and h_start < last + after for h_start, h_end, *_ in hits)

    def context_near(self, category: str, start: int, end: int, before: int = BEFORE_WINDOW) -> bool:
        hits = [hit for hit in self.context_hits if hit[2] == category]
        return self.near(hits, start, end, before)

    def blocked(self, start: int, end: int) -> bool:
        if self._blocked is None:
            self._blocked = [(m.start, m.end) for m in self.lists.not_personal.matches(self.doc)]
        return self.near(self._blocked, start, end, before=6, after=2)

    def organisation_near(self, start: int, end: int, before: int = 8) -> bool:
        """An organisation word (receptie, stichting, the school's name) just before the match, or right
        after it; a compound counts by its parts (`kantine-bestellijn`)."""
        if self._organisations is None:
            self._organisations = [(m.start, m.end) for m in self.lists.organisations.matches(self.doc)]
            words = self.lists.organisations.words
            self._organisations += [
                (token.i, token.i + 1)
                for token in self.doc
                if "-" in token.text
                and any(part in words for part in token.lower_.split("-"))
                or _SERVICE_LINE.fullmatch(token.lower_)
                or token.lower_ == "line"
                and token.i > 0
                and self.doc[token.i - 1].lower_ in _LINE_KINDS
            ]
        if self.near(self._organisations, start, end, before, after=3):
            return True
        window = self.body[max(0, start - 6 * before) : start].lower()
        return any(name in window for name in self.school_names)

    def names_an_event(self) -> bool:
        """The post names a public event (open dag, open evening): an address in it without a home word is
        the venue's, wherever in the post the event stands (`Je vindt ons nu op ... Kom langs op de open dag!`)."""
        return any(True for _ in self.lists.events.matches(self.doc))

    @property
    def animal_names(self) -> frozenset[str]:
        """Names the post gives an animal (`koe Bella`, `Bella, our cow`, `Bella (onze koe)`): the name is the
        animal's everywhere in the post, so `Beterschap Bella` after it wishes a cow well, not a person."""
        if self._animal_names is None:
            doc, animals = self.doc, self.lists.animals
            found = set()
            for token in doc:
                if not token.text[:1].isupper():
                    continue
                if token.i > 0 and doc[token.i - 1].lower_ in animals:
                    found.add(token.text.casefold())
                    continue
                after = [t.lower_ for t in doc[token.i + 1 : token.i + 5]]
                while after and after[0] in _APPOSITION:
                    after.pop(0)
                if after and after[0] in animals:
                    found.add(token.text.casefold())
            self._animal_names = frozenset(found)
        return self._animal_names

    # --- identifiers --------------------------------------------------------------------------------

    def identifiers(self) -> Iterator[_Hit]:
        yield from self.nine_digit_numbers()
        yield from self.ibans()
        yield from self.phones()
        yield from self.emails()
        yield from self.addresses()
        yield from self.birth_dates()
        yield from self.plates()
        yield from self.school_numbers()

    def _scored(self, start: int, end: int, category: str) -> Severity | None:
        if self.blocked(start, end):
            return None
        score = BASE_SCORE + (CONTEXT_BOOST if self.context_near(category, start, end) else 0.0)
        if score >= RED_AT:
            return Severity.RED
        if score >= AMBER_AT:
            return Severity.AMBER
        return None

    def nine_digit_numbers(self) -> Iterator[_Hit]:
        from stdnum.nl import bsn, onderwijsnummer

        for match in _NINE_DIGITS.finditer(self.body):
            digits = re.sub(r"\D", "", match.group())
            if onderwijsnummer.is_valid(digits):
                category = "onderwijsnummer"
            elif bsn.is_valid(digits):
                category = "bsn"
            else:
                continue  # a checksum that fails is never personal data, whatever is around it
            severity = self._scored(match.start(), match.end(), category)
            if severity is not None:
                yield _Hit(match.start(), match.end(), category, severity, mask_digits(match.group(), 0, 2))

    def ibans(self) -> Iterator[_Hit]:
        from stdnum import iban

        for match in _IBAN.finditer(self.body):
            text = match.group()
            # The pattern may run on into a following code; try shorter ends at group boundaries.
            while text and not iban.is_valid(text.replace("\n", " ")):
                cut = max(text.rfind(" "), text.rfind("\n"))
                text = text[:cut] if cut > 0 else ""
            if not text:
                continue
            start, end = match.start(), match.start() + len(text)
            if self.organisation_near(start, end, before=4):
                continue  # the school's or a foundation's account is public
            yield _Hit(start, end, "iban", Severity.RED, mask_alnum(text, 4, 2))

    def phones(self) -> Iterator[_Hit]:
        import phonenumbers

        text = _PREFIX_LINE.sub(lambda m: m.group().replace("\n", " "), self.body)  # same length
        found_spans: list[tuple[int, int]] = []
        for found in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
            found_spans.append((found.start, found.end))
            raw = found.raw_string
            if raw[0] not in "0+(":
                continue  # nine bare digits are a BSN's shape, not a phone number as people write one
            if self._is_public_phone(found.number):
                continue
            kind = phonenumbers.number_type(found.number)
            types = phonenumbers.PhoneNumberType
            if kind not in (
                types.MOBILE,
                types.FIXED_LINE,
                types.FIXED_LINE_OR_MOBILE,
                types.PERSONAL_NUMBER,
            ):
                continue  # 0800, 0900, 085 and the like belong to services and helplines, not to people
            mobile = kind in (types.MOBILE, types.FIXED_LINE_OR_MOBILE, types.PERSONAL_NUMBER)
            start, end = found.start, found.end
            if self._inside_iban(start, end):
                continue  # `NL51 SNSB 0499 6755 46`: the tail of an account number, valid or not
            if not mobile:
                personal = self.context_near("phone", start, end) or self._name_before(start, 8)
                if not personal and self.organisation_near(start, end, before=12):
                    continue  # a reception desk, a business, an emergency line
            yield _Hit(start, end, "phone", Severity.AMBER, mask_digits(raw, 2, 4))
        yield from self._foreign_mobiles(text, found_spans)

    def _foreign_mobiles(self, text: str, taken: list[tuple[int, int]]) -> Iterator[_Hit]:
        import phonenumbers

        for match in _NATIONAL_NUMBER.finditer(text):
            start, end = match.start(), match.end()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if self._inside_iban(start - 1, end) or self.blocked(start, end):
                continue
            for region in _FOREIGN_REGIONS:
                try:
                    number = phonenumbers.parse(match.group(), region)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
                    phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                ):
                    if not self._is_public_phone(number):
                        yield _Hit(start, end, "phone", Severity.AMBER, mask_digits(match.group(), 2, 4))
                    break

    def _inside_iban(self, start: int, end: int) -> bool:
        if self._iban_shapes is None:
            self._iban_shapes = [(m.start(), m.end()) for m in _IBAN.finditer(self.body)]
        return any(shape_start < start and end <= shape_end for shape_start, shape_end in self._iban_shapes)

    def _is_public_phone(self, number) -> bool:
        import phonenumbers

        wanted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        for item in self.public:
            if "@" in item or not any(char.isdigit() for char in item):
                continue
            try:
                listed = phonenumbers.parse(item, "NL")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.format_number(listed, phonenumbers.PhoneNumberFormat.E164) == wanted:
                return True
        return False

    def emails(self) -> Iterator[_Hit]:
        for match in _EMAIL.finditer(self.body):
            address = match.group().lower()
            local, _, domain = address.partition("@")
            if local.split(".")[0] in self.lists.role_addresses or local in self.lists.role_addresses:
                continue
            if any(address == item or _in_domain(domain, item) for item in self.public):
                continue
            masked = local[:1] + "*" * (len(local) - 1) + match.group()[len(local) :]
            yield _Hit(match.start(), match.end(), "email", Severity.AMBER, masked)
        yield from self.obfuscated_emails()

    def obfuscated_emails(self) -> Iterator[_Hit]:
        for match in _OBFUSCATED_EMAIL.finditer(self.body):
            text = match.group()
            if _EMAIL.fullmatch(text):
                continue  # written plainly: emails() has read it
            local = re.sub(r"\s(?:punt|dot)\s", ".", match.group("local").lower())
            local = re.sub(r"\s", "", local)
            domain = re.sub(r"\s|[\[\](){}]|\bdot\b|\bpunt\b", ".", match.group("domain").lower())
            domain = re.sub(r"\.+", ".", domain).strip(".")
            if local.split(".")[0] in self.lists.role_addresses or local in self.lists.role_addresses:
                continue
            if any(_in_domain(domain, item) or item == f"{local}@{domain}" for item in self.public):
                continue
            head = len(match.group("local"))
            masked = text[:1] + mask_alnum(text[1:head], 0, 0) + text[head:]
            yield _Hit(match.start(), match.end(), "email", Severity.AMBER, masked)

    def addresses(self) -> Iterator[_Hit]:
        from stdnum.nl import postcode

        spans: list[tuple[int, int, bool]] = []  # (start, end, has a house number)
        for match in _STREET.finditer(self.body):
            spans.append((match.start(), match.end(), True))
        for match in _LOWER_STREET.finditer(self.body):
            if match.group()[:1].islower() and _ADDRESS_BEFORE.search(
                self.body[max(0, match.start() - 30) : match.start()]
            ):
                spans.append((match.start(), match.end(), True))
        for match in _ENGLISH_STREET.finditer(self.body):
            spans.append((match.start(), match.end(), True))
        for match in _POSTCODE.finditer(self.body):
            if not postcode.is_valid(match.group()):
                continue
            after = self.body[match.end() : match.end() + 40]
            before = self.body[max(0, match.start() - 40) : match.start()]
            number = _HOUSE_NUMBER.search(after) or _HOUSE_NUMBER.search(before)
            spans.append((match.start(), match.end(), bool(number)))
        for start, end, numbered in _merge_spans(spans):
            home = self.context_near("address", start, end, before=14)
            if not home and (self.organisation_near(start, end, before=14) or self.names_an_event()):
                continue  # a school location, a business, a venue
            severity = Severity.RED if numbered else Severity.AMBER
            text = self.body[start:end]
            masked = text[:1] + mask_alnum(text[1:], 0, 0)
            yield _Hit(start, end, "address", severity, masked)

    def birth_dates(self) -> Iterator[_Hit]:
        today = date.today()
        for match in _DATE.finditer(self.body):
            start, end = match.start(), match.end()
            year = match.group("year") or match.group("wyear") or match.group("myear")
            numeric = match.group("day") is not None
            if not _is_calendar_date(match, numeric):
                continue  # 31/02/2009 is a made-up date (a practice form), and 3-14 is a score
            age_on = _AGE_ON.search(self.body[max(0, start - 30) : start])
            labelled = age_on or _BIRTH_LABEL.search(self.body[max(0, start - 30) : start])
            if not labelled and not self.context_near("birth-date", start, end, before=12):
                continue
            if year:
                age = today.year - int(year)
                if not 0 <= age <= OLDEST_AGE:
                    continue
            elif not age_on:
                # A day and month alone identify someone only with an age beside them ("wordt 15"); written
                # in digits (21/11) they must also be named as a day (`op 21/11`), since 3-1 is a score.
                if not self._age_beside(start, end):
                    continue
                if numeric and not _ON_DAY.search(self.body[max(0, start - 4) : start]):
                    continue
            if self._owner(start) in ("self", "animal", "organisation"):
                continue
            yield _Hit(start, end, "birth-date", Severity.AMBER, mask_date(match.group()))

    def plates(self) -> Iterator[_Hit]:
        for match in _PLATE.finditer(self.body):
            start, end = match.start(), match.end()
            if not self.context_near("licence-plate", start, end, before=12):
                continue
            yield _Hit(start, end, "licence-plate", Severity.AMBER, mask_alnum(match.group(), 2, 0))

    def school_numbers(self) -> Iterator[_Hit]:
        pattern = self.context_cfg.option(INFO, "student_number")
        if not pattern:
            return
        for match in re.finditer(pattern, self.body):
            if match.end() <= match.start():
                continue
            if self.blocked(match.start(), match.end()):
                continue
            if self.context_near("school-pattern", match.start(), match.end()):
                yield _Hit(
                    match.start(),
                    match.end(),
                    "school-pattern",
                    Severity.RED,
                    mask_alnum(match.group(), 0, 2),
                )

    # --- sensitive facts about a named person -----------------------------------------------------------

    def facts(self) -> Iterator[_Hit]:
        for start, end, category in self.context_hits:
            if category not in ("grade", "health", "discipline"):
                continue
            yield from self._fact(start, end, category)
        if _DIGIT.search(self.body):
            yield from self._absence_register()
            for match in _GRADE.finditer(self.body):
                if _NOT_A_GRADE_AFTER.match(self.body, match.end()):
                    continue
                first, last = self.token_span(match.start(), match.end())
                yield from self._fact(first, last, "grade")

    def _absence_register(self) -> Iterator[_Hit]:
        if not any(category == "discipline" for _, _, category in self.context_hits):
            return
        rows = []
        for match in _NAME_HOURS.finditer(self.body):
            person = self._person_at(self.token_at(match.start("name")))
            if person is not None:
                rows.append(match)
        if len(rows) < 2:
            return
        for match in rows:
            start, end = match.start(), match.end()
            name_end = match.end("name")
            masked = mask_name(self.body[start:name_end]) + self.body[name_end:end]
            yield _Hit(start, end, "discipline", Severity.RED, masked)

    def _fact(self, first: int, last: int, category: str) -> Iterator[_Hit]:
        doc = self.doc
        if category != "grade" and self._topic_before(first):
            return
        person = self._person_before(first, category)
        if person is None and category != "grade":
            person = self._person_after(last)
        if person is None:
            return
        kind, p_first, p_last = person
        if kind == "self":
            if category == "grade":
                start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
                yield _Hit(start, end, "own-grade", Severity.INFO, self.body[start:end])
            return
        start = min(doc[p_first].idx, doc[first].idx)
        end = max(doc[p_last - 1].idx + len(doc[p_last - 1]), doc[last - 1].idx + len(doc[last - 1]))
        name_start, name_end = doc[p_first].idx, doc[p_last - 1].idx + len(doc[p_last - 1])
        text = self.body[start:end]
        masked = (
            text[: name_start - start] + mask_name(self.body[name_start:name_end]) + text[name_end - start :]
        )
        yield _Hit(start, end, category, Severity.RED, masked)

    def _sentence_bounds(self, index: int) -> tuple[int, int]:
        doc = self.doc
        first = index
        while first > 0 and doc[first - 1].text not in _SENTENCE_END and "\n" not in doc[first - 1].text:
            first -= 1
        last = index
        while last < len(doc) - 1 and doc[last].text not in _SENTENCE_END and "\n" not in doc[last].text:
            last += 1
        return first, last + 1

    def _age_beside(self, start: int, end: int) -> bool:
        """An age in the sentence of the date at body[start:end] or the next one about he/she, not the date's
        own day: in `max verstappen is 30 september jarig` the 30 after `is` is the day, and nobody's age is
        given."""
        doc = self.doc
        first, last = self._sentence_bounds(self.token_at(start))
        # The next sentence counts when it goes on about the same person (`… jarig is!! ze wordt 50`).
        following = last
        while following < len(doc) and (doc[following].text in _SENTENCE_END or doc[following].is_space):
            following += 1
        if following < len(doc) and doc[following].lower_ in _SUBJECT_PRONOUNS:
            last = self._sentence_bounds(following)[1]
        begin = doc[first].idx
        for match in _AGE.finditer(self.body, begin, doc[last - 1].idx + len(doc[last - 1])):
            group = "age" if match.group("age") else "age2"
            if not start <= match.start(group) < end:
                return True
        return False

    def _topic_before(self, index: int) -> bool:
        """A topic word just before the fact (`les over ADHD`, `themaweek`); not a quantity of it right before
        the fact, which is a duration (`een week schorsing`, `a week's suspension`)."""
        doc = self.doc
        first, _ = self._sentence_bounds(index)
        for position in range(max(first, index - 3), index):
            if doc[position].lower_ not in self.lists.topics:
                continue
            rest = [token.lower_ for token in doc[position + 1 : index]]
            counted = position > first and (doc[position - 1].like_num or doc[position - 1].lower_ in _ONE)
            if counted and rest in ([], ["'s"], ["’s"]):
                continue
            return True
        return False

    def _person_before(self, index: int, category: str):
        """The nearest person before token `index` in its sentence: ('self', ...) for ik/I, ('name', first,
        last) for a name, title + name or @handle; he/she reaches back to a name earlier in the post."""
        doc = self.doc
        first, _ = self._sentence_bounds(index)
        position = index - 1
        while position >= max(first, index - FACT_BEFORE):
            token = doc[position]
            lower = token.lower_
            if lower in FIRST_PERSON:
                return ("self", position, position + 1)
            person = self._person_at(position)
            if person is not None:
                return ("name", *person)
            if lower in _UNITS:
                person = self._person_before_unit(position, first)
                if person is not None:
                    return ("name", *person)
            if lower in THIRD_PERSON and category != "grade":
                earlier = self._name_before_token(position, PRONOUN_REACH)
                if earlier is not None:
                    return ("name", *earlier)
            position -= 1
        return None

    def _person_before_unit(self, position: int, first: int):
        """The person a team or class describes (`Colleague R.M. from the animal care team`, `Collega J.K.
        van team dierverzorging`): the phrase does not count against the name's reach to its fact."""
        doc = self.doc
        for index in range(position - 1, max(first, position - 5) - 1, -1):
            if doc[index].lower_ in ("van", "from", "uit", "of") and index - 1 >= first:
                return self._person_at(index - 1)
        return None

    def _person_after(self, index: int):
        doc = self.doc
        _, last = self._sentence_bounds(max(0, index - 1))
        for position in range(index, min(last, index + FACT_AFTER)):
            if doc[position].lower_ in FIRST_PERSON:
                return None
            person = self._person_at(position)
            if person is not None:
                return ("name", *person)
        return None

    def _name_before_token(self, index: int, reach: int):
        for position in range(index - 1, max(-1, index - reach - 1), -1):
            person = self._person_at(position)
            if person is not None:
                return person
        return None

    def _name_before(self, offset: int, reach: int) -> bool:
        return self._name_before_token(self.token_at(offset), reach) is not None

    def _person_at(self, position: int) -> tuple[int, int] | None:
        """(first, last) tokens of a person's name at `position`: an @handle, a title and the name after it
        (`Mr de Vries`, `meneer bakker`), or a listed first name (not after an animal word; a name that is
        also a common word only with a capital and not opening the sentence)."""
        doc = self.doc
        token = doc[position]
        text = token.text
        if text.startswith("@") and len(text) > 2:
            return position, position + 1
        if position > 0 and text[:1] == "@" or (position > 0 and doc[position - 1].text == "@"):
            return position - 1, position + 1
        if _INITIAL.fullmatch(text):
            return self._initial_at(position)
        if not text.replace("'", "").replace("-", "").isalpha():
            return None
        lists = self.lists
        capital = text[:1].isupper()
        previous = doc[position - 1].lower_ if position > 0 else ""
        if previous in lists.animals or text.casefold() in self.animal_names:
            return None
        titled = self._title_before(position, capital)
        if titled is not None:
            return titled, position + 1
        folded = text.casefold()
        if folded not in self.names:
            return None
        if capital:
            opens = position == 0 or doc[position - 1].text in _SENTENCE_END or "\n" in doc[position - 1].text
            if opens and folded in lists.common_word_names:
                return None
            return position, position + 1
        # Pupils write names in lower case (`bram uit 2a heeft epilepsie`); a listed name then counts
        # unless it is also a word (`can`, `lot`, `beste`, `jan` for januari).
        if folded in lists.common_word_names and self._kin_before(position):
            return position, position + 1  # `de zus van jasmijn`: only a person has a sister
        if folded in lists.common_word_names or folded in _function_words() or folded in _MONTHS:
            return None
        return position, position + 1

    def _kin_before(self, position: int) -> bool:
        """`de zus van jasmijn`, `mijn zus roos`, `my best friend ruby`: only a person has a sister."""
        doc = self.doc
        if position > 0 and doc[position - 1].lower_ in _KIN:
            return True
        return position > 1 and doc[position - 1].lower_ == "van" and doc[position - 2].lower_ in _KIN

    def _initial_at(self, position: int) -> tuple[int, int] | None:
        """An initial names a person after a title (`juf A.`, `meneer K.`, `Mr B`) or, with its full stop,
        before a class (`J. uit 3a`, `S. from 4B`): how parents and staff half-hide a pupil."""
        titled = self._title_before(position, True)
        if titled is not None:
            return titled, position + 1
        doc = self.doc
        text = doc[position].text
        surname = self._surname_after_initial(position)
        if surname is not None:
            return position, surname
        if (
            text.endswith(".")
            and position + 2 < len(doc)
            and doc[position + 1].lower_ in ("uit", "from", "in")
            and _CLASS.fullmatch(doc[position + 2].text)
        ):
            return position, position + 1
        return None

    def _surname_after_initial(self, position: int) -> int | None:
        """The end of `T. Schouten`, `J. de Vries`, `R.M. Bakker`: an initial with its full stop, then a
        capitalised surname over particles. At the start of a line or sentence a single initial's surname must
        be no word,
        since a list is lettered that way (`A. Ziek melden kan via de app`)."""
        doc = self.doc
        if not doc[position].text.endswith("."):
            return None
        index = position + 1
        while index < len(doc) and doc[index].lower_ in self.lists.name_particles and index - position <= 3:
            index += 1
        if index >= len(doc):
            return None
        surname = doc[index]
        if not (surname.text[:1].isupper() and surname.text.isalpha() and len(surname.text) > 1):
            return None
        if surname.lower_ in _function_words():
            return None
        opens = position == 0 or doc[position - 1].text in _SENTENCE_END or "\n" in doc[position - 1].text
        if opens and len(doc[position].text) == 2 and _is_known_word(surname.lower_):
            return None
        return index + 1

    def _title_before(self, position: int, capital: bool) -> int | None:
        """The token of a title before the surname at `position`, over name particles (`juf van Dam`).
        A surname in lower case counts only after a form of address (meneer, juf, Mr), and only when it is
        no function word or inflected verb: `docent biologie`, `juf zegt` and `meneer is` are no names."""
        doc = self.doc
        lists = self.lists
        index = position - 1
        while index >= 0 and doc[index].lower_ in lists.name_particles and position - index <= 3:
            index -= 1
        if index < 0:
            return None
        title = doc[index].lower_.rstrip(".")
        if capital:
            return index if title in lists.titles or title in lists.honorifics else None
        if title not in lists.honorifics:
            return None
        token = doc[position]
        if token.lower_ in _function_words() or token.lemma_ != token.lower_:
            return None
        return index

    def _owner(self, offset: int) -> str:
        """Whose date this is: 'self' (ik ben jarig), 'animal' (the calves were born), 'organisation' (the
        school, a club: the nearest subject before the date, with no name between), or 'other'."""
        index = self.token_at(offset)
        first, _ = self._sentence_bounds(index)
        window = [token.lower_ for token in self.doc[max(first, index - 10) : index]]
        if any(word in self.lists.animals for word in window):
            return "animal"
        organisation_tokens = {
            i for m in self.lists.organisations.matches(self.doc) for i in range(m.start, m.end)
        }
        for position in range(index - 1, max(first, index - 10) - 1, -1):
            word = self.doc[position].lower_
            if word in FIRST_PERSON - {"mijn", "my", "mn", "m'n", "onze", "ons"}:
                return "self"
            if self._person_at(position) is not None:
                return "other"
            if position in organisation_tokens and (
                position == 0 or self.doc[position - 1].lower_ not in ("van", "uit", "op", "of", "from", "at")
            ):
                return "organisation"  # `onze school is jarig op 1 september en wordt 40`
        return "other"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

    return frozenset(DUTCH) | frozenset(ENGLISH)


@lru_cache(maxsize=1)
def _known_words():
    from clusius_check.text.pipeline import words_of

    return words_of("nl"), words_of("en")


def _is_known_word(word: str) -> bool:
    return any(word in words for words in _known_words())


def _is_calendar_date(match: re.Match, numeric: bool) -> bool:
    """A day that exists: the year when given, else a leap year (29 February is someone's birthday)."""
    year = int(match.group("year") or match.group("wyear") or match.group("myear") or 2000)
    if numeric:
        day, month = int(match.group("day")), int(match.group("month"))
    elif match.group("wday"):
        word = match.group("wday").lower()
        day = _DAY_WORDS.get(word) or int(re.match(r"\d+", word).group())
        month = _MONTHS[match.group("wmonth").lower()]
    else:
        day, month = int(match.group("mday")), _MONTHS[match.group("mmonth").lower()]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _in_domain(domain: str, item: str) -> bool:
    if not item.startswith("@"):
        return False
    listed = item[1:]
    return domain == listed or domain.endswith("." + listed)


def _merge_spans(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Street, number and postcode of one address become one span when they are close together."""
    merged: list[tuple[int, int, bool]] = []
    for start, end, numbered in sorted(spans):
        if merged and start - merged[-1][1] <= 3:
            previous = merged[-1]
            merged[-1] = (previous[0], max(previous[1], end), previous[2] or numbered)
        else:
            merged.append((start, end, numbered))
    return merged


def mask_digits(text: str, keep_start: int, keep_end: int) -> str:
    """`06-38694182` -> `06-****4182`: digits hidden but the first `keep_start` and last `keep_end`; the
    length and the separators stay, so positions in the draft stay exact."""
    return _mask(text, keep_start, keep_end, str.isdigit)


def mask_alnum(text: str, keep_start: int, keep_end: int) -> str:
    """`NL91 ABNA 0417 1643 00` -> `NL91 **** **** **** 00`: letters and digits hidden the same way."""
    return _mask(text, keep_start, keep_end, str.isalnum)


def _mask(text: str, keep_start: int, keep_end: int, hidden) -> str:
    total = sum(1 for char in text if hidden(char))
    seen = 0
    out = []
    for char in text:
        if hidden(char):
            seen += 1
            out.append(char if seen <= keep_start or seen > total - keep_end else "*")
        else:
            out.append(char)
    return "".join(out)


def mask_date(text: str) -> str:
    """`14-03-2009` -> `**-**-2009`, `2 mei 2010` -> `* *** 2010`: the year alone names nobody."""
    year = re.search(r"(?:19|20)\d\d$", text)
    head = text[: year.start()] if year else text
    return mask_alnum(head, 0, 0) + (year.group() if year else "")


_WORD_OR_HANDLE = re.compile(r"[@\w][\w.@-]*")


def mask_people(text: str, first_names: frozenset[str], titles: frozenset[str] = frozenset()) -> str:
    """A sentence the second opinion quotes, with what could name or reach a person hidden: every digit, every
    @-handle and e-mail address, every known first name and the word after a title (`meneer Bakker`):
    `Sanne zit thuis` -> `S**** zit thuis`."""
    after_title = False

    def hide(match: re.Match) -> str:
        nonlocal after_title
        word = match.group()
        named, after_title = after_title, word.lower().rstrip(".") in titles
        if "@" in word[1:]:
            return word[0] + mask_alnum(word[1:], 0, 0)
        if word.startswith("@") or named or word.lower() in first_names:
            return mask_name(word)
        return mask_digits(word, 0, 0)

    return _WORD_OR_HANDLE.sub(hide, text)


def mask_name(text: str) -> str:
    """`Lars` -> `L***`, `@timmy_vd` -> `@t*******`, `juf Ans` -> `juf A**`: the first letter of the name."""
    words = text.split(" ")
    last = words[-1]
    keep = 2 if last.startswith("@") else 1
    words[-1] = last[:keep] + "".join("*" if char.isalnum() else char for char in last[keep:])
    return " ".join(words)
