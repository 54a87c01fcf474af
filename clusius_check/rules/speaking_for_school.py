"""speaking-for-school — a personal account that speaks as the school (protocol art. 2, 4, 7 and 8).

What it does
    Finds text that speaks *as* the Clusius College rather than about it: a mandate (`namens het Clusius
    College`, `uit naam van de school`, `on behalf of the school`, `namens de directie`), the writer as the
    school (`wij als Clusius`, `we at Clusius Hoorn`), an official label (`officieel bericht`, `het standpunt
    van de school`, `press release`), the school as the speaker of an announcement, decision, opinion or
    greeting (`Het Clusius College heeft besloten`, `Clusius Hoorn wenst iedereen`, `Vandaag maakt het
    Clusius College bekend`), and a post signed as the school (`Groet, het Clusius College`). Red. An
    institution's voice without the school as subject (`wij maken met trots bekend …` or `onze school
    betreurt …` in a post that names the school) is implied: amber.

Why is this bad?
    Art. 2: "Plaats berichten alleen onder je eigen naam, verspreid geen berichten uit naam van het
    Clusius College." Art. 8: not "Namens het Clusius College publiceren in plaats van namens jezelf."

Example
    Namens het Clusius College wensen wij iedereen fijne feestdagen!

Use instead
    Share the school's own post, or write as yourself: "Ik wens iedereen fijne feestdagen".

What stays green
    Mentioning the school (`ik werk met plezier op het Clusius College`, `ons schoolteam won`), saying you do
    not speak for it (`ik spreek hier niet namens het Clusius`), a lesson about the rule, what someone else
    said (`de directeur schreef in de nieuwsbrief …`), `namens de hele klas`, and every post of the school's
    own account (`account: school` in the front matter, `--account school`, or `account: school` in the
    config). A staff member writing about work without saying it is a personal view gets a tip (info, art. 7).

The school's names and locations come from the config (`school.names`, `school.locations`); the patterns
from `wordlists/<lang>/speaking-for-school.yaml` (both languages, on every post).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import RuleInfo, resemblance_option
from clusius_check.text.lexicon import Lexicon, Match, doc_forms, token_forms
from clusius_check.text.resemblance import with_second_opinion
from clusius_check.text.targets import NEGATIONS, SENTENCE_ENDS, function_words, sentences
from clusius_check.wordlists import section_for_post, terms_for

# The learned second opinion (text/resemblance.py) speaks only above this score, when the patterns found nothing.
# Chosen before measuring on two blind sets, from models trained without whole corpus files (so without their
# writers) and scored on them: see tests/corpus/README.md.
RESEMBLANCE_THRESHOLD = 0.6

INFO = RuleInfo(
    id="speaking-for-school",
    article="2",
    default_severity=Severity.RED,
    summary={
        "nl": "Spreken namens het Clusius College vanaf een persoonlijk account.",
        "en": "Speaking on behalf of Clusius College from a personal account.",
    },
    options=(resemblance_option(RESEMBLANCE_THRESHOLD),),
    categories=("mandate", "we-school", "as-school", "at-school", "official", "speech"),
    # voice: institution — the verb also speaks for the school with "wij" or "onze school" as subject.
    # school: after — an official label that needs the school right after it ("het standpunt van …").
    entry_fields=(("voice", ("institution",)), ("school", ("after",))),
    sections=(
        "institutions",
        "positions",
        "signoffs",
        "disclaimers",
        "about_rule",
        "posting",
        "reported",
        "staff_cues",
        "possessions",
        "announcements",
        "other_bodies",
        "news_verbs",
    ),
)

# A mandate or "wij als" names the school within this many words ("namens het hele team van Clusius Hoorn").
NAME_WINDOW = 6
# Between the school as subject and what it says: auxiliaries and adverbs ("heeft vandaag officieel besloten").
SUBJECT_GAP = 4
# A split verb's particle follows its subject within this many words ("maakt het Clusius College vandaag bekend").
PARTICLE_WINDOW = 7
ARTICLES = frozenset({"het", "de", "een", "'t", "t", "the", "a", "an"})  # "namens t clusius"
# A school name right after one of these is an object or a place, not who speaks ("ik werk bij Clusius").
PREPOSITIONS = frozenset(
    {
        "op", "bij", "van", "naar", "aan", "in", "uit", "voor", "met", "over", "door", "om", "tegen", "via",
        "at", "to", "from", "of", "for", "with", "about", "by", "on", "into", "visit", "join", "bezoek",
    }
)  # fmt: skip
# Between the school and what it says, besides function words: "heeft vandaag officieel besloten".
GAP_ADVERBS = frozenset(
    {
        "vandaag", "officieel", "graag", "hierbij", "bij", "deze", "met", "trots", "hartelijk", "nogmaals",
        "eindelijk", "alvast", "vol", "today", "officially", "proudly", "warmly", "sincerely", "hereby", "also",
        "again", "now", "very", "finally",
    }
)  # fmt: skip
# Between a mandate and the school's name: "namens het hele team van Clusius", "on behalf of all staff at".
NAME_GAP_WORDS = ARTICLES | frozenset(
    {
        "hele", "gehele", "voltallige", "team", "van", "bij", "op", "alle", "medewerkers", "personeel", "directie",
        "bestuur", "management", "leiding", "schoolleiding", "mt", "locatie", "whole", "entire", "of", "at", "all",
        "staff", "board", "leadership", "mede", "college", "iedereen", "everyone", "allen", "heel", ",",
    }
)  # fmt: skip
WE = frozenset({"wij", "we", "us"})
WHOLE = frozenset({"hele", "gehele", "voltallige", "whole", "entire"})
SCHOOL_ADJECTIVES = frozenset({"groene", "green", "kleine", "grote", "mooie", "eigen", "agrarische"})
GROUP_NOUNS = frozenset(
    {"team", "teams", "elftal", "klas", "class", "squad", "crew", "band", "koor", "choir", "ploeg", "groep", "group",
     "club", "leerlingenraad"}
)  # fmt: skip
# Where the school teaches: "ons gebouw in Hoorn", "our Purmerend campus", "locatie Schagen".
SITES = frozenset(
    {"gebouw", "locatie", "locaties", "vestiging", "vestigingen", "campus", "building", "site", "sites", "location",
     "locations", "campuses"}
)  # fmt: skip
SHUT = frozenset(
    {"gesloten", "dicht", "closed", "shut"}
)  # "Wij zijn morgen gesloten"; not "we visited the open day"
PLURAL_SITES = frozenset({"locaties", "vestigingen", "sites", "locations", "campuses"})
# What happens to a site: with one of the school's sites in the sentence, the school announces it.
CLOSURES = frozenset(
    {"gesloten", "dicht", "vervallen", "vervalt", "closed", "cancelled", "canceled", "shut", "open", "opent",
     "opens"}
)  # fmt: skip
WE_WORDS = WE | frozenset({"ons", "onze", "our"})
# Right before the school as subject these make the writer the speaker: "blij dat het Clusius …",
# "glad our school says …", "love how Clusius …".
SUBORDINATORS = frozenset({"dat", "that", "omdat", "because", "hoe", "how"})
GLAD = frozenset({"glad", "blij", "fijn", "trots", "proud", "happy", "love"})
READER = frozenset({"je", "jij", "jullie", "u", "you"})
FIRST_PERSON = frozenset({"ik", "'k", "wij", "we", "i", "me", "mij", "us"})
SUBJECT_PRONOUNS = frozenset({"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men"})
# Words that end a clause: the school before one of them is no longer the subject of what follows.
CLAUSE_ENDS = SENTENCE_ENDS | frozenset({",", ";", ":", "(", ")", "-", "–", "—", "|"})
# After the school's name in a signature: "the Clusius College team", "Clusius Hoorn directie".
SIGNING_BODIES = frozenset(
    {"team", "directie", "management", "staff", "leadership", "teamleiding", "schoolleiding"}
)
# Whom an organisation addresses: "u", "jullie", "ouders", "bezoekers", "you".
PUBLIC = frozenset(
    {
        "u",
        "uw",
        "jullie",
        "iedereen",
        "ouders",
        "bezoekers",
        "buurtbewoners",
        "you",
        "your",
        "everyone",
        "parents",
    }
)
# Whom only an organisation addresses, anywhere in a post: "uw", "ouders", "parents".
FORMAL_PUBLIC = frozenset({"u", "uw", "ouders", "bezoekers", "buurtbewoners", "parents", "visitors"})
# On a signature line before the school these sign by themselves: "jullie Clusius Heerhugowaard".
SIGNING_LEADS = frozenset({"jullie", "your", "uw", "team", "–", "—", "-", ","})
# A closing line that starts with one of these credits a photo; it may follow the signature.
CREDIT_LEADS = frozenset(
    {"credit", "credits", "foto", "photo", "📸", "beeld", "image", "bron", "source", "pic"}
)
SIGNATURE_LEADS = frozenset(
    {"team", "jullie", "your", "directie", "en", "medewerkers", "and", "staff", "gr", "groet", "|", "^", "facilitaire",
     "facilitair", "dienst", "administratie", "receptie", "examencommissie", "stagebureau", "mediatheek"}
)  # fmt: skip
SINGULAR_FIRST_PERSON = frozenset(
    {"ik", "'k", "mij", "me", "mijn", "m'n", "i", "my", "i'm", "ikzelf", "myself"}
)
# Between the school's leadership and its name on a signature: "Directie en medewerkers Clusius Purmerend".
SIGNATORY_LINKS = frozenset(
    {"van", "of", "at", "bij", "en", "and", "&", "medewerkers", "personeel", "staff", "team", ","}
)
# Opinions pupils pass on about the school ("de school vindt dat we …"): not the school speaking.
OPINIONS = frozenset(
    {"vindt", "vinden", "geloven", "gelooft", "believe", "believes", "is van mening", "zijn van mening"}
)
# A person of the school as subject is reported, not the institution: "de directeur wenst …".
PERSONS = frozenset({"rector", "directeur", "principal", "directors", "teamleider"})
# The school's own people: "de medewerkers van Clusius" wish or announce as the school.
SCHOOL_BODIES = frozenset(
    {
        "medewerkers", "directie", "personeel", "team", "staff", "bestuur", "schoolleiding", "management",
        "leadership", "admissions", "administratie",
    }
)  # fmt: skip
# A last line that is only the school's leadership or a service of it signs a notice as the school, without its name.
LEADERSHIP_SIGNATURES = frozenset(
    {"de directie", "directie", "de schoolleiding", "schoolleiding", "het mt", "management team", "the management",
     "the management team", "the directors", "the leadership team", "de facilitaire dienst", "facilitaire dienst",
     "de locatiedirectie", "het managementteam", "de examencommissie", "examencommissie", "the exam board",
     "groet de examencommissie"}
)  # fmt: skip
DEPARTMENTS = frozenset(
    {"facilitaire", "facilitair", "dienst", "administratie", "receptie", "examencommissie", "stagebureau",
     "mediatheek", "de", "het", "team", "admissions", "facilities", "reception", "office"}
)  # fmt: skip
# A greeting before a signature is short: "Met groene groet," "Hartelijke groet," "Kind regards,".
MAX_GREETING_WORDS = 4
SIGNATURE_DASHES = frozenset({"-", "–", "—", "~", "--"})
# Alone after a greeting these name no particular school: "Groetjes, school" is not a signature.
GENERIC_INSTITUTIONS = frozenset(
    {"school", "organisatie", "organisation", "organization", "instelling", "institution"}
)


@dataclass(frozen=True)
class Patterns:
    cues: Lexicon  # word-list entries: payload Term
    verb_heads: dict  # first word of a multi-word speech verb -> its remaining words, for split verbs
    schools: Lexicon  # the configured names and aliases
    institutions: Lexicon
    positions: Lexicon
    our_institutions: Lexicon  # "onze school", "our college": an institution's voice as subject
    signoffs: Lexicon
    disclaimers: Lexicon
    about_rule: Lexicon
    posting: Lexicon
    reported: Lexicon
    staff_cues: Lexicon
    possessions: Lexicon  # "onze locaties", "all our staff": what only the school has
    announcements: Lexicon  # "excuses voor het ongemak", "we're hiring": what only the school says
    other_bodies: Lexicon  # "ons bedrijf", "our group": a "we" that is not the school
    news_verbs: Lexicon  # "start", "sluit", "opens": the school as the subject of its own news
    locations: Lexicon  # the configured towns, for "Team Purmerend" under a post


def check(analysed, context) -> Iterator[Finding]:
    if analysed.draft.meta.account == "school":
        return  # the school's own account speaks for the school: nothing to flag, nothing to resemble
    doc = analysed.doc
    patterns = _patterns_for(analysed.language, context)
    names = _school_spans(doc, patterns)
    yield from with_second_opinion(
        INFO,
        _pattern_findings(analysed, context, patterns, names),
        analysed,
        context,
        after_info=True,
        judged_harmless=lambda: _not_the_school_speaking(doc, names, patterns),
    )


def _not_the_school_speaking(doc, names, patterns: Patterns) -> bool:
    """What the rule knows about the whole post that makes it not the school's voice, whatever it resembles:
    news passed on or reported, another body's or group's "wij", a disclaimer, a post about the rule itself."""
    return (
        _passes_on_news(doc, patterns)
        or any(True for _ in patterns.reported.matches(doc))
        or _another_body(doc, patterns)
        or _we_at_another(doc, names)
        or any(True for _ in patterns.disclaimers.matches(doc))
        or any(_about_the_rule(doc, start, end, patterns) for start, end in sentences(doc))
        or _school_only_asked_about(doc, names, patterns)
    )


def _school_only_asked_about(doc, names, patterns: Patterns) -> bool:
    """Every sentence that names the school is a question ("De school vindt dat we te veel op onze telefoon
    zitten, eens?"): the writer asks about the school; the school does not speak."""
    starts = {name_start for name_start, _ in names} | {
        match.start for match in patterns.institutions.matches(doc)
    }
    naming = [(start, end) for start, end in sentences(doc) if any(start <= index < end for index in starts)]
    return bool(naming) and all(_is_question(doc, start, end) for start, end in naming)


def _pattern_findings(analysed, context, patterns: Patterns, names) -> Iterator[Finding]:
    meta = analysed.draft.meta
    doc = analysed.doc
    found = False
    for start, end in sentences(doc):
        for claim in _claims(doc, start, end, names, patterns):
            found = True
            yield _finding(analysed, context, *claim)
    signature = (
        _signature(doc, names, patterns) or _introduces_itself(doc, names) or _we_are_the_school(doc, names)
    )
    if signature is not None and not found:
        found = True
        yield _finding(analysed, context, *signature)
    if not found:
        voice = _institution_voice(doc, names, patterns)
        if voice is not None:
            found = True
            yield _finding(analysed, context, *voice)
    if not found and meta.role != "pupil":
        tip = _personal_view_tip(doc, names, patterns, meta.role == "staff")
        if tip is not None:
            yield _finding(analysed, context, *tip)


def _finding(analysed, context, start: int, end: int, severity: Severity, key: str) -> Finding:
    doc = analysed.doc
    first, last = doc[start], doc[end - 1]
    start_char, end_char = first.idx, last.idx + len(last.text)
    match = analysed.body[start_char:end_char]
    return context.catalogue_finding(INFO, analysed, start_char, end_char, severity, key, match)


def _claims(doc, start: int, end: int, names: list[tuple[int, int]], patterns: Patterns):
    """(start, end, severity, key) for the strongest way the sentence speaks as the school: one finding per
    sentence ("Namens het Clusius College wensen wij …" is one claim, not two)."""
    strongest = None
    possessive = _has_possessive(doc)
    index = start
    while index < end:
        if doc[index].is_space:
            index += 1
            continue
        match = patterns.cues.match_at(doc, index)
        claim = _claim_at(doc, index, match, start, end, names, patterns) if match else None
        if claim is None:
            claim = _split_verb_claim(doc, index, start, end, names, patterns)
        if claim is None and possessive:
            claim = _position_of_school(doc, index, end, names, patterns)
        if claim is not None and (strongest is None or claim[2].rank > strongest[2].rank):
            strongest = claim
        index = match.end if match is not None else index + 1
    # Asked only once a claim is found: most sentences claim nothing, and these read the whole sentence.
    if strongest is not None and not (
        _about_the_rule(doc, start, end, patterns)
        or _asks_the_reader(doc, start, end)
        or (
            strongest[3] == "official" and _is_question(doc, start, end)
        )  # "The school's position on phones?"
    ):
        yield strongest


def _claim_at(doc, index: int, match: Match, start: int, end: int, names, patterns: Patterns):
    term = match.payload
    category = term.category
    if _negated_before(doc, start, index):
        return None
    if category in ("mandate", "we-school"):
        ref_end = _school_after(doc, match.end, end, names, patterns)
        if ref_end is None or _reported_by_other(doc, start, index, patterns):
            return None
        if any(name_end == ref_end for _, name_end in names) and _group_after(doc, ref_end, end):
            return None  # a team of the school by its name; "the management team" is the leadership
        return index, ref_end, Severity.RED, category
    if category == "as-school":
        # "als school", "as Clusius College", "als directie": the school right after "als", and the writer
        # is "wij" in the same sentence ("Als school vinden wij …", "As management, we have decided …").
        ref_end = _institution_at(doc, match.end, end, names, patterns)
        sentence_words = {doc[i].lower_ for i in range(start, end)}
        if ref_end is None or not sentence_words & WE_WORDS or _hortative(doc, start, end):
            return None
        return index, ref_end, Severity.RED, "we-school"
    if category == "at-school":
        # "Bij het Clusius vinden we …", "At Clusius College we believe …": the place is the school by name,
        # then "wij" and what an institution says. Implied: amber.
        position = _skip(doc, index + 1, end, ARTICLES)
        name_end = next((name_end for name_start, name_end in names if name_start == position), None)
        if name_end is None and position < end:
            ours = patterns.our_institutions.match_at(doc, position)  # "At our school we believe …"
            name_end = ours.end if ours is not None else None
        if name_end is None:
            return None
        window = [i for i in range(name_end, end) if not doc[i].is_space and doc[i].text != ","][:4]
        if not any(doc[i].lower_ in WE for i in window):
            return None
        for position in window:
            verb = patterns.cues.match_at(doc, position)
            if verb is not None and verb.payload.category == "speech":
                return index, verb.end, Severity.AMBER, "implied"
        return None
    if category == "official":
        if term.field("school") == "after":
            ref_end = _school_after(doc, match.end, end, names, patterns)
            if ref_end is None or _reported_outside(doc, start, end, index, ref_end, patterns):
                return None  # "de teamleider legde uit wat het standpunt van de school is"
            return index, ref_end, Severity.RED, category
        if not (
            names
            or _any_match(patterns.institutions, doc, 0, len(doc))
            or _any_match(patterns.announcements, doc, 0, len(doc))
            or _school_site(doc, 0, len(doc), patterns) is not None
        ):
            return None  # "Officieel bericht: ik ben verloofd!" names no school
        if _any_match(patterns.reported, doc, start, end):
            return None
        return index, match.end, Severity.RED, category
    # speech: who says it? Not the school when the sentence passes on what it said ("volgens de site …").
    if _reported_outside(doc, start, end, index, match.end, patterns):
        return None
    subject = _subject_before(doc, index, start, names, patterns)
    if subject is None:
        return None
    return _speaker_claim(subject[0], match.end, subject[1], term, doc, names, patterns)


def _speaker_claim(
    start: int, end: int, kind: str, term, doc, names, patterns: Patterns, subject: int | None = None
):
    """The school as speaker is explicit (red). "Onze school" as speaker, or "wij" with an institution's
    verb in a post about the school, is the institution's voice implied (amber). Not when the writer
    talks about what the school says ("blij dat onze school het zegt") or calls on everyone ("laten we")."""
    if _writer_about_school(doc, start if subject is None else subject):
        return None
    if kind == "school":
        return start, end, Severity.RED, "speech"
    if kind == "our-institution":
        return start, end, Severity.AMBER, "implied"
    if kind == "institution":
        # "De school betreurt …", "de school wenst jullie …"; what the school thinks is often passed on by
        # pupils ("de school vindt dat we …"), so an opinion is not the school speaking.
        if term.term.lower() in OPINIONS or _passes_on_news(doc, patterns):
            return None  # "De school heeft vandaag bekendgemaakt dat …, zie clusius.nl/nieuws"
        return start, end, Severity.AMBER, "implied"
    if term.field("voice") == "institution" and (
        names or _any_match(patterns.our_institutions, doc, 0, len(doc))
    ):
        return start, end, Severity.AMBER, "implied"
    return None


def _split_verb_claim(doc, index: int, start: int, end: int, names, patterns: Patterns):
    """A particle verb split by its subject or object: "Vandaag maakt het Clusius College bekend", "Met
    trots maken wij bekend", "Clusius Purmerend heet alle nieuwe collega's welkom". Also a one-word verb
    before the school ("Vandaag wenst Clusius Hoorn iedereen …") when something precedes the verb, so
    "Bedankt Clusius!" stays thanks."""
    token = doc[index]
    heads = patterns.verb_heads.get(token.lower_) or patterns.verb_heads.get(token.lemma_)
    if not heads:
        return None
    if _negated_before(doc, start, index) or _reported_outside(doc, start, end, index, index + 1, patterns):
        return None
    after = _skip(doc, index + 1, end, frozenset())
    inside = _subject_at(doc, after, end, names, patterns)
    before = _subject_before(doc, index, start, names, patterns)
    for rest, term in heads:
        if not rest:
            if (
                inside is None
                or inside[1] != "school"
                or not any(doc[i].is_alpha for i in range(start, index))
            ):
                continue  # "🎓 Bedankt Clusius College!": thanks, nothing said before it
            if doc[index - 1].lower_ in SUBJECT_PRONOUNS or not token.lower_.endswith("t"):
                continue  # "ik wens Clusius succes": the school is spoken to; "wenst" is the school speaking
            if any(doc[i].text[:1].isupper() for i in range(start + 1, index) if not doc[i].is_space):
                continue  # "VV Westfriezen bedankt Clusius Hoorn": another organisation speaks
            return index, inside[0], Severity.RED, "speech"
        if inside is not None:
            particle_end = _words_within(doc, inside[0], end, rest, PARTICLE_WINDOW)
            if particle_end is not None:
                claim = _speaker_claim(index, particle_end, inside[1], term, doc, names, patterns, after)
                if claim is not None:
                    return claim
        if before is not None:
            particle_end = _words_within(doc, index + 1, end, rest, PARTICLE_WINDOW)
            if particle_end is not None:
                claim = _speaker_claim(before[0], particle_end, before[1], term, doc, names, patterns)
                if claim is not None:
                    return claim
    return None


def _writer_about_school(doc, subject_start: int) -> bool:
    words = [doc[i].lower_ for i in range(max(0, subject_start - 3), subject_start) if not doc[i].is_space]
    if set(words) & SUBORDINATORS or (words and words[-1] in GLAD):
        return True
    return _hortative(doc, max(0, subject_start - 12), subject_start)


def _hortative(doc, start: int, end: int) -> bool:
    """ "Laten we …", "let's …": a call on everyone ("Laten we als school …"), not "door te laten gaan"."""
    words = [doc[i].lower_ for i in range(start, end) if not doc[i].is_space]
    return any(word in ("let's", "lets") for word in words) or any(
        first in ("laten", "let") and second in ("we", "wij", "us")
        for first, second in zip(words, words[1:], strict=False)
    )


def _position_of_school(doc, index: int, end: int, names, patterns: Patterns):
    """The school's stated position, by possessive: "Clusius College's position is clear", "the school's
    view on this", "Clusius' standpunt"."""
    ref_end = _institution_at(doc, index, end, names, patterns)
    if ref_end is None or ref_end >= end:
        return None
    position = ref_end
    if doc[position].lower_ not in POSSESSIVES:
        return None
    position = _skip(
        doc, position + 1, end, frozenset({"official", "officiële", "officiele", "own", "eigen"})
    )
    match = patterns.positions.match_at(doc, position) if position < end else None
    if match is None or _negated_before(doc, index, index + 1):
        return None
    return index, match.end, Severity.RED, "official"


def _has_possessive(doc) -> bool:
    return any(forms[0] in POSSESSIVES for forms, _ in doc_forms(doc))


POSSESSIVES = frozenset({"'s", "’s", "'", "’", "z'n", "haar", "its"})


def _about_the_rule(doc, start: int, end: int, patterns: Patterns) -> bool:
    """A sentence about what one may post ("in de les leerden we dat je niet namens de school mag
    posten"), not a school rule announced ("AI tools are not allowed in any assignment")."""
    return _any_match(patterns.about_rule, doc, start, end) and _any_match(patterns.posting, doc, start, end)


def _passes_on_news(doc, patterns: Patterns) -> bool:
    """A link or a word of reported speech anywhere in the post: the writer passes on what the school said."""
    return any(token.like_url for token in doc) or any(
        _passed_on(doc, match) for match in patterns.reported.matches(doc)
    )


def _is_question(doc, start: int, end: int) -> bool:
    last = next((doc[i] for i in range(end - 1, start - 1, -1) if not doc[i].is_space), None)
    return last is not None and last.text == "?"


def _asks_the_reader(doc, start: int, end: int) -> bool:
    """A question to the reader about speaking for the school is not a claim: "wanneer spreek je namens
    het Clusius College?"."""
    last = next((doc[i] for i in range(end - 1, start - 1, -1) if not doc[i].is_space), None)
    return last is not None and last.text == "?" and any(doc[i].lower_ in READER for i in range(start, end))


def _institution_at(doc, index: int, end: int, names, patterns: Patterns) -> int | None:
    """The end of the school or an institution word right at `index` (articles skipped)."""
    position = _skip(doc, index, end, ARTICLES)
    if position >= end:
        return None
    for name_start, name_end in names:
        if name_start == position:
            return name_end
    match = patterns.institutions.match_at(doc, position)
    return match.end if match is not None else None


def _subject_at(doc, index: int, end: int, names, patterns: Patterns):
    """(end, kind) when the school, "wij" or "onze school" starts at `index` (articles skipped)."""
    position = _skip(doc, index, end, ARTICLES)
    if position >= end:
        return None
    for name_start, name_end in names:
        if name_start == position:
            return name_end, "school"
    if doc[position].lower_ in WE:
        return position + 1, "we"
    match = patterns.our_institutions.match_at(doc, position)
    if match is not None:
        return match.end, "our-institution"
    return None


def _subject_before(doc, index: int, start: int, names, patterns: Patterns):
    """(start, kind) of the speaker before a speech verb: the school, "wij", or "onze school", at most
    SUBJECT_GAP words back in the same clause, and not after a preposition ("bij Clusius vinden we …" is
    about the place)."""
    position = index - 1
    words = 0
    while position >= start and words <= SUBJECT_GAP:
        token = doc[position]
        if token.is_space:
            position -= 1
            continue
        if token.text in CLAUSE_ENDS:
            return None
        for name_start, name_end in names:
            if name_end == position + 1:
                return None if _after_preposition(doc, name_start, start) else (name_start, "school")
        if token.lower_ in WE:
            return position, "we"
        for candidate in range(max(start, position - 3), position + 1):
            match = patterns.our_institutions.match_at(doc, candidate)
            if match is not None and match.end == position + 1:
                return candidate, "our-institution"
            match = patterns.institutions.match_at(doc, candidate)
            if (
                match is not None
                and match.end == position + 1
                and doc[candidate].lower_ in ("de", "het", "the")
                and not set(match.form.split()) & PERSONS
                and not _after_preposition(doc, candidate, start)
            ):
                return candidate, "institution"  # "De school betreurt …", "the management regrets …"
        if token.lower_ not in function_words() and token.lower_ not in GAP_ADVERBS:
            return None  # "Clusius students very welcome": the school names whose students, it does not speak
        words += 1
        position -= 1
    return None


def _after_preposition(doc, index: int, start: int) -> bool:
    """The school is the object of a preposition ("ik werk bij Clusius"); not when the preposition ties it to
    its own people ("de directie en alle medewerkers van het Clusius College wensen u …")."""
    position = index - 1
    while position >= start and (doc[position].is_space or doc[position].lower_ in ARTICLES):
        position -= 1
    if position < start or doc[position].lower_ not in PREPOSITIONS:
        return False
    before = position - 1
    while before >= start and doc[before].is_space:
        before -= 1
    return not (
        doc[position].lower_ in SIGNATORY_LINKS and before >= start and doc[before].lower_ in SCHOOL_BODIES
    )


def _school_after(doc, index: int, end: int, names, patterns: Patterns) -> int | None:
    """The end of the school named right after a mandate: an institution word at once ("namens de
    directie"), or one of the school's names within a few words ("namens het hele team van Clusius")."""
    for position in (
        _skip(doc, index, end, frozenset({",", ":"})),
        _skip(doc, index, end, ARTICLES | {",", ":"}),
        _skip(doc, index, end, ARTICLES | WHOLE | {",", ":"}),  # "namens de hele school als ik zeg"
        _skip(doc, index, end, ARTICLES | SCHOOL_ADJECTIVES),  # "wij als groene school"
    ):
        match = patterns.institutions.match_at(doc, position) if position < end else None
        if match is not None:
            if doc[position - 1].lower_ in WHOLE | SCHOOL_ADJECTIVES and _word_follows(doc, match.end, end):
                return None  # "on behalf of the whole school hockey team": a team, not the school
            return match.end
    words = 0
    position = index
    while position < end and words < NAME_WINDOW:
        token = doc[position]
        if token.text in SENTENCE_ENDS:
            return None
        for name_start, name_end in names:
            if name_start == position:
                return name_end
        if not token.is_space:
            if token.lower_ not in NAME_GAP_WORDS:
                return None  # "wij als schoolvoetbalteam van Clusius": a team of the school, not the school
            words += 1
        position += 1
    return None


def _reported_by_other(doc, start: int, index: int, patterns: Patterns) -> bool:
    """Someone else acted for the school ("de directeur schreef namens het Clusius …"): a reporting word
    before the mandate and no "ik" or "wij" before it."""
    before = range(start, index)
    if any(doc[position].lower_ in FIRST_PERSON for position in before):
        return False
    return _any_match(patterns.reported, doc, start, index)


def _reported_outside(doc, start: int, end: int, cue_start: int, cue_end: int, patterns: Patterns) -> bool:
    """A reporting word in the sentence other than the speech verb itself ("Clusius zegt sorry" is the
    school speaking; "volgens de website zegt Clusius sorry" passes it on)."""
    return any(not cue_start <= match.start < cue_end for match in patterns.reported.matches(doc, start, end))


def _negated_before(doc, start: int, index: int) -> bool:
    return any(doc[position].lower_ in NEGATIONS for position in range(max(start, index - 8), index))


def _signature(doc, names: list[tuple[int, int]], patterns: Patterns):
    """The post signed as the school: its last line (hashtags aside) is the school and nothing more, after a
    short greeting or a dash on that line ("Groet, het Clusius College", "— Team Clusius Schagen", "xx
    Clusius Heerhugowaard") or under a line that is only a greeting ("Met groene groet," / "Clusius Hoorn")."""
    lines = _lines(doc)
    while lines and _hashtags_or_credit(doc, lines[-1]):
        lines.pop()  # the signature stands above closing hashtags and a photo credit
    if not lines:
        return None
    last = lines[-1]
    closing = sentences(doc)[-1][0]
    if closing > last[0] and any(i >= closing for i in last):
        # "… Wij nemen contact met je op. Groet, Clusius College Zaandam": signed at the end of the line.
        lines, last = [*lines[:-1], [i for i in last if i < closing]], [i for i in last if i >= closing]
    words = [doc[i].lower_ for i in last if doc[i].is_alpha]
    if len(lines) > 1 and " ".join(words) in LEADERSHIP_SIGNATURES:
        return (
            last[0],
            last[-1] + 1,
            Severity.AMBER,
            "implied",
        )  # "… Leerlingen mogen naar huis.\nDe directie"
    for offset, index in enumerate(last[: MAX_GREETING_WORDS + 2]):
        ref_end = _signing_school_at(doc, index, last[-1] + 1, names, patterns)
        if ref_end is None:
            continue
        if any(doc[i].is_alpha and doc[i].lower_ not in SIGNING_BODIES for i in last if i >= ref_end):
            return None
        lead = last[:offset]
        if doc[_skip(doc, index, ref_end, ARTICLES)].lower_ == "team":
            greeted = True  # "Team Purmerend", "— Team Clusius Schagen": a team signs by itself
        elif lead and all(doc[i].lower_ in DEPARTMENTS for i in lead):
            greeted = True  # "Facilitaire dienst Clusius Alkmaar": a service of the school signs
        elif lead:
            greeted = _greeting_lead(doc, lead, patterns)
        else:
            greeted = len(lines) > 1 and _is_greeting_line(doc, lines[-2], patterns)
        # Or the school's name alone closes a post written as "wij", or one that addresses its public and
        # never says "ik" ("… We hopen jullie terug te zien." / "Clusius College Castricum"), perhaps after
        # initials or an emoji ("Gr. M.V., Clusius Zaandam").
        if not greeted and len(lines) > 1 and (_speaks_as_we(doc) or _addresses_public(doc)):
            greeted = all(_signature_lead(doc[i]) for i in lead)
        return (last[0], ref_end, Severity.RED, "signature") if greeted else None
    return None


def _greeting_lead(doc, lead: list[int], patterns: Patterns) -> bool:
    """What stands before the school on its signature line is a greeting and nothing personal: a dash,
    "Met groene groet,", "jullie", "Kind regards, Admissions,"; not "Groetjes, Sanne (docent …"."""
    if doc[lead[0]].text in SIGNATURE_DASHES:
        return True
    greeting = {
        index
        for match in patterns.signoffs.matches(doc, lead[0], lead[-1] + 1)
        for index in range(match.start, match.end)
    }
    # A capitalised word past the first that is not part of the greeting is a person signing.
    personal = any(
        doc[index].is_alpha
        and doc[index].text[:1].isupper()
        and index not in greeting
        and index != lead[0]
        and doc[index].lower_ not in SIGNING_LEADS | SCHOOL_BODIES
        for index in lead
    )
    return not personal and (bool(greeting) or all(doc[index].lower_ in SIGNING_LEADS for index in lead))


def _introduces_itself(doc, names):
    """The school says who is speaking, as a switchboard would: "Clusius Amsterdam hier 👋 …", "Clusius
    College here!" at the start of a sentence, and nothing but punctuation or an emoji after it."""
    tokens = doc_forms(doc)
    for name_start, name_end in names:
        start = next(start for start, end in sentences(doc) if start <= name_start < end)
        lead = [
            doc[i].lower_
            for i in range(start, name_start)
            if doc[i].is_alpha and doc[i].lower_ not in ARTICLES
        ]
        if lead == ["hier", "spreekt"]:
            return start, name_end, Severity.RED, "speech"  # "Hier spreekt Clusius Purmerend 📣"
        opening = not lead
        here = _skip(doc, name_end, len(doc), frozenset())
        if not opening or here >= len(doc) or tokens[here][0][0] not in ("hier", "here"):
            continue
        after = _skip(doc, here + 1, len(doc), frozenset())
        if after >= len(doc) or not doc[after].is_alpha:
            return name_start, here + 1, Severity.RED, "speech"
    return None


def _we_are_the_school(doc, names):
    """ "We are Clusius College, and we're proud …", "Wij zijn Clusius Hoorn!": the writers say they are the
    school. Not "we are Clusius students" or "wij zijn van Clusius" (pupils saying where they are from)."""
    tokens = doc_forms(doc)
    for name_start, name_end in names:
        verb = _word_before(doc, name_start, ARTICLES)
        if verb is None or tokens[verb][0][0] not in ("are", "'re", "zijn"):
            continue
        subject = _word_before(doc, verb)
        if subject is None or tokens[subject][0][0] not in WE:
            continue
        after = _skip(doc, name_end, len(doc), frozenset())
        if after >= len(doc) or not doc[after].is_alpha or tokens[after][0][0] in ("and", "en"):
            return subject, name_end, Severity.RED, "speech"
    return None


def _word_before(doc, index: int, skipped: frozenset[str] = frozenset()) -> int | None:
    """The last token before `index` that is neither white space nor in `skipped`."""
    position = index - 1
    while position >= 0 and (doc[position].is_space or doc[position].lower_ in skipped):
        position -= 1
    return position if position >= 0 else None


def _hashtags_or_credit(doc, line: list[int]) -> bool:
    """A closing line of hashtags or a photo credit ("(credit: unknown)", "📸 @naam") comes after a signature."""
    if all(doc[i].text.startswith("#") for i in line):
        return True
    words = [doc[i].lower_ for i in line if doc[i].text not in ("(", "[")]
    return bool(words) and words[0] in CREDIT_LEADS


def _addresses_public(doc) -> bool:
    words = {forms[0] for forms, _ in doc_forms(doc)}
    return bool(words & (PUBLIC | FORMAL_PUBLIC)) and not words & SINGULAR_FIRST_PERSON


def _institution_voice(doc, names, patterns: Patterns):
    """A post written as "wij" with at least two signs that the "wij" is the school (amber, implied): its
    name, something only the school has ("onze locaties", "all our staff"), something only the school says
    ("excuses voor het ongemak", "we're hiring"), or "wij" addressing its public in one sentence ("Wij
    houden u op de hoogte"). Not when the "wij" is another body ("ons bedrijf", "our group")."""
    as_we = _speaks_as_we(doc)
    if not (as_we or _nobody_speaks(doc)) or _another_body(doc, patterns) or _we_at_another(doc, names):
        return None
    signs: dict[str, tuple[int, int]] = {}  # what was seen -> where first; a repeated sign counts once
    if not as_we and any(_passed_on(doc, match) for match in patterns.reported.matches(doc)):
        return None  # "Just got the email from school: Clusius Wognum is closed tomorrow"
    news = _school_news(doc, names, patterns)
    if news is not None:
        signs["news"] = news
    for match in patterns.possessions.matches(doc):
        signs.setdefault(match.form, (match.start, match.end))
    for start, end in sentences(doc):
        site = _school_site(doc, start, end, patterns)
        if site is not None:
            if not any(a < site[1] and site[0] < b for a, b in signs.values()):
                signs.setdefault("site", site)  # "onze locatie" is a possession already: one sign
            if doc[site[1] - 1].lower_ in PLURAL_SITES and any(
                doc[i].lower_ in CLOSURES for i in range(start, end)
            ):
                # "Morgen zijn al onze locaties gesloten": all its sites, as only the school can say. Not "ons
                # gebouw is morgen dicht, vrij!!", which any pupil may post.
                signs.setdefault("closure", site)
    anchored = bool(names or signs)
    for match in patterns.announcements.matches(doc):
        signs.setdefault(match.form, (match.start, match.end))
    for start, end in sentences(doc):
        words = [doc[i] for i in range(start, end) if not doc[i].is_space]
        if words and words[0].lower_ in WE and any(token.lower_ in SHUT for token in words[1:5]):
            signs.setdefault("we-closed", (words[0].i, words[-1].i + 1))  # "Wij zijn morgen gesloten"
            break
    formal = None
    for start, end in sentences(doc):
        words = [doc[i] for i in range(start, end) if not doc[i].is_space]
        lowers = {token.lower_ for token in words}
        if lowers & FORMAL_PUBLIC or (lowers & WE and lowers & PUBLIC):
            signs.setdefault("public", (words[0].i, words[-1].i + 1))
            formal = bool(lowers & FORMAL_PUBLIC)
            break
    # Without the school's name or what only it has, "wij" may be anyone who serves a public; but "wij"
    # addressing parents as "u" with what only an institution says is the school ("Beste ouders, wij bieden
    # onze excuses aan …", "Helaas moeten wij u mededelen …").
    if not anchored and not (as_we and formal and len(signs) >= 2):
        return None
    shown = next(iter(signs.values()), None)  # the name alone is no place to point at
    if names:
        signs["name"] = names[0]
    # Without "wij" the post may be news about the school by anyone; it is the school's own news only when it
    # also tells its public what to do or expect ("Clusius Amsterdam sluit vrijdag om 12 uur … de school wenst
    # jullie …", "Het Clusius Hoorn start vandaag met … Doe je mee?").
    if len(signs) < (2 if as_we else 3) or shown is None or (not as_we and news is None):
        return None
    return shown[0], shown[1], Severity.AMBER, "implied"


def _signature_lead(token) -> bool:
    """What may stand before the school's name on a signature line: initials, symbols, "team", "jullie"."""
    text = token.text
    return (
        not any(char.isalpha() for char in text)
        or text.lower() in SIGNATURE_LEADS
        or (len(text.rstrip(".")) <= 3 and text.rstrip(".").isupper())
    )


def _group_after(doc, index: int, end: int) -> bool:
    """ "We as the Clusius Hoorn five-a-side team …", "wij van Clusius 4B": a team or class of the school names
    itself, within a few words after the name ("five-a-side" is five tokens)."""
    words = [doc[i] for i in range(index, end) if not doc[i].is_space and doc[i].text != "-"][:5]
    for token in words:
        if token.lower_ in GROUP_NOUNS:
            return True
        if token.is_punct:
            return False
    return False


def _word_follows(doc, index: int, end: int) -> bool:
    """A content word right after `index`: the name before it is part of a longer name."""
    after = _skip(doc, index, end, frozenset())
    return after < end and doc[after].is_alpha and doc[after].lower_ not in function_words()


def _school_site(doc, start: int, end: int, patterns: Patterns) -> tuple[int, int] | None:
    """One of the school's sites: "ons gebouw", "our Purmerend campus", or a site word next to a configured town
    ("locatie Schagen", "ons gebouw in Hoorn")."""
    for position in range(start, end):
        word = doc[position].lower_
        if word in SITES:
            before = _word_before(doc, position)
            if (
                before is not None
                and before >= start
                and patterns.locations.match_at(doc, before) is not None
            ):
                before = _word_before(doc, before)  # "our Purmerend campus"
            if before is not None and before >= start and doc[before].lower_ in ("ons", "onze", "our"):
                return before, position + 1
            if (
                before is not None
                and before >= start
                and doc[before].lower_ in ("alle", "all")
                and word in PLURAL_SITES
            ):
                return before, position + 1  # "onze kantines op alle locaties"
            after = _skip(doc, position + 1, end, frozenset({"in", "te", "at"}))
            if after < end and patterns.locations.match_at(doc, after) is not None and word != "building":
                return position, after + 1
    return None


def _another_body(doc, patterns: Patterns) -> bool:
    """A company, club or class writes: "ons bedrijf", "Hoveniersbedrijf Groen & Zo zoekt …". Not one the post
    addresses: "Heb jij een hoveniersbedrijf?"."""
    for match in patterns.other_bodies.matches(doc):
        before = _word_before(doc, match.start)
        if before is None or doc[before].lower_ not in ("een", "a", "an", "jouw", "je", "your", "uw"):
            return True
    return False


def _we_at_another(doc, names) -> bool:
    """ "We at Green Fingers Landscaping are looking for …", "Wij van Manege De Hoefslag": the "wij" names
    itself, and it is not the school."""
    starts = {name_start for name_start, _ in names}
    tokens = doc_forms(doc)
    for index in range(len(doc) - 2):
        if tokens[index][0][0] in WE and doc[index + 1].lower_ in ("at", "from", "van", "bij"):
            after = _skip(doc, index + 2, len(doc), ARTICLES)
            # a name or a class: "Wij van Manege De Hoefslag", "Wij van 3B"
            if (
                after < len(doc)
                and (doc[after].text[:1].isupper() or doc[after].text[:1].isdigit())
                and after not in starts
            ):
                return True
    return False


def _passed_on(doc, match) -> bool:
    """A reported-speech cue, except "via" inside a sentence: that is how the school itself says where to sign up
    ("Meld je aan via de site"); "Via de nieuwsbrief: …" opening a line still passes news on."""
    if match.form != "via":
        return True
    before = _word_before(doc, match.start)
    return before is None or "\n" in doc[match.start - 1].text or doc[before].is_punct


def _nobody_speaks(doc) -> bool:
    """No "ik" and no "wij": a post in the third person, as news is written."""
    words = {forms[0] for forms, _ in doc_forms(doc)}
    return not words & (WE_WORDS | SINGULAR_FIRST_PERSON)


def _school_news(doc, names, patterns: Patterns) -> tuple[int, int] | None:
    """The school's name as the subject of a news verb right after it: "Clusius Hoorn start vandaag met …",
    "Clusius College Amsterdam sluit vrijdag", "Clusius College opens its new greenhouse"."""
    for name_start, name_end in names:
        if _after_preposition(doc, name_start, 0):
            continue
        verb = _skip(doc, name_end, len(doc), frozenset())
        match = patterns.news_verbs.match_at(doc, verb) if verb < len(doc) else None
        if match is not None:
            return name_start, match.end
    return None


def _speaks_as_we(doc) -> bool:
    """The post is written as "wij" and never as "ik": the voice of an organisation, not of a person."""
    words = {forms[0] for forms, _ in doc_forms(doc)}
    return bool(words & WE_WORDS) and not words & SINGULAR_FIRST_PERSON


def _signing_school_at(doc, index: int, end: int, names, patterns: Patterns) -> int | None:
    """The end of the school named at `index` as a signer: one of its names, or its leadership, also "the
    management of Clusius Zaandam". A bare "school" signs for no school in particular."""
    position = _skip(doc, index, end, ARTICLES)
    for name_start, name_end in names:
        if name_start == position:
            return name_end
    if position < end and doc[position].lower_ in ("team", "directie", "admissions", "administratie"):
        # "Team Purmerend", "Best, Team Purmerend": the school's team by its town alone.
        town = patterns.locations.match_at(doc, _skip(doc, position + 1, end, frozenset({","})))
        if town is not None:
            return town.end
    match = patterns.institutions.match_at(doc, position) if position < end else None
    if match is None:
        return None
    if match.end - position == 1 and doc[position].lower_ in GENERIC_INSTITUTIONS:
        return None
    following = _skip(doc, match.end, end, SIGNATORY_LINKS | ARTICLES)
    for name_start, name_end in names:
        if name_start == following:
            return name_end
    return match.end


def _is_greeting_line(doc, line: list[int], patterns: Patterns) -> bool:
    words = [i for i in line if doc[i].is_alpha]
    return 0 < len(words) <= MAX_GREETING_WORDS and _any_match(patterns.signoffs, doc, line[0], line[-1] + 1)


def _lines(doc) -> list[list[int]]:
    """The non-space tokens of each line that holds a word."""
    lines: list[list[int]] = [[]]
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                lines.append([])
            continue
        lines[-1].append(token.i)
    return [line for line in lines if any(doc[i].is_alpha for i in line)]


def _personal_view_tip(doc, names, patterns: Patterns, known_staff: bool):
    """Art. 7: a staff member writing about the school on a personal account, without saying it is
    their own view, is reminded to say so. Advice, not a warning."""
    if not names:
        return None
    if not known_staff and not _any_match(patterns.staff_cues, doc, 0, len(doc)):
        return None
    if _any_match(patterns.disclaimers, doc, 0, len(doc)):
        return None
    start, end = names[0]
    return start, end, Severity.INFO, "personal-view"


def _school_spans(doc, patterns: Patterns) -> list[tuple[int, int]]:
    """Token ranges where one of the school's names stands ("Clusius College Hoorn", "#ClusiusHoorn")."""
    found = {match.start: match.end for match in patterns.schools.matches(doc)}
    for index, (forms, _) in enumerate(doc_forms(doc)):
        if index not in found and forms[0].startswith("#") and len(forms[0]) > 1:
            match = patterns.schools.match_at(doc, index, (forms[0][1:],))
            if match is not None:
                found[index] = match.end
    for index, (forms, _) in enumerate(doc_forms(doc)):
        head = forms[0].split("-", 1)[0]
        if index not in found and "-" in forms[0] and head and patterns.schools.match_at(doc, index, (head,)):
            found[index] = index + 1  # "wij als Clusius-familie"
    spans = []
    for start in sorted(found):
        if not spans or start >= spans[-1][1]:  # the longest name, then on after it
            spans.append((start, found[start]))
    return spans


def _skip(doc, index: int, end: int, words: frozenset[str]) -> int:
    while index < end and (doc[index].is_space or doc[index].lower_ in words):
        index += 1
    return index


def _words_within(doc, index: int, end: int, words: tuple[str, ...], window: int) -> int | None:
    """The end of `words` in order, the first within `window` tokens of `index`, the rest right after."""
    for position in range(index, min(end, index + window)):
        if words[0] in token_forms(doc[position]):
            cursor = position + 1
            for word in words[1:]:
                while cursor < end and doc[cursor].is_space:
                    cursor += 1
                if cursor >= end or word not in token_forms(doc[cursor]):
                    break
                cursor += 1
            else:
                return cursor
    return None


def _any_match(lexicon: Lexicon, doc, start: int, end: int) -> bool:
    return next(lexicon.matches(doc, start, end), None) is not None


def _patterns_for(language: str, context) -> Patterns:
    config = context.config
    return _build(language, config.extra_wordlists, config.school_aliases, config.locations)


@lru_cache(maxsize=16)
def _build(
    language: str, extra_files: tuple, aliases: tuple[str, ...], locations: tuple[str, ...]
) -> Patterns:
    """Built once per language and config, keyed on the config's inputs."""
    from clusius_check.text.pipeline import get_nlp

    nlp = get_nlp(language)
    terms = terms_for(INFO.id, "nl", extra_files) + terms_for(INFO.id, "en", extra_files)
    verb_heads: dict[str, list] = {}
    for term in terms:
        if term.category != "speech":
            continue
        words = tuple(term.term.lower().split())
        verb_heads.setdefault(words[0], []).append((words[1:], term))

    def lexicon(section: str) -> Lexicon:
        return Lexicon(nlp, ((cue.lower(), True) for cue in section_for_post(INFO.id, section, extra_files)))

    institutions = section_for_post(INFO.id, "institutions", extra_files)
    school_entries = []
    for alias in aliases:
        school_entries.append((alias.lower(), True))
        school_entries.append(("".join(alias.lower().split()), True))  # as a hashtag: #ClusiusHoorn
    return Patterns(
        cues=Lexicon(nlp, ((term.term.lower(), term) for term in terms)),
        verb_heads=verb_heads,
        schools=Lexicon(nlp, school_entries),
        institutions=Lexicon(nlp, ((item.lower(), True) for item in institutions)),
        positions=lexicon("positions"),
        our_institutions=Lexicon(
            nlp,
            (
                (item.lower(), True)
                for item in institutions
                if item.lower().split()[0] in ("onze", "ons", "our")
            ),
        ),
        signoffs=lexicon("signoffs"),
        disclaimers=lexicon("disclaimers"),
        about_rule=lexicon("about_rule"),
        posting=lexicon("posting"),
        reported=lexicon("reported"),
        staff_cues=lexicon("staff_cues"),
        possessions=lexicon("possessions"),
        announcements=lexicon("announcements"),
        other_bodies=lexicon("other_bodies"),
        news_verbs=lexicon("news_verbs"),
        locations=Lexicon(nlp, ((location.lower(), True) for location in locations)),
    )
