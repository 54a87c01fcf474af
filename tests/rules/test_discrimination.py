"""discrimination: a group plus a hostile statement, by family of phrasing; and what stays green."""

from __future__ import annotations

import pytest

from clusius_check.engine import CheckTask, RunOptions, check_task


def severities(text: str) -> list[str]:
    result = check_task(CheckTask(None, data=text.encode()), RunOptions())
    return [finding.severity.value for finding in result.findings if finding.rule == "discrimination"]


@pytest.mark.parametrize(
    ("draft", "severity"),
    [
        ("Moslims zijn walgelijk.", "amber"),
        ("ik haat Polen", "amber"),
        ("ik h44t m o s l i m s", "amber"),
        ("Vluchtelingen zijn ongedierte.", "red"),
        ("Alle Marokkanen moeten het land uit.", "red"),
        ("waarom zijn Surinamers altijd zo lui?", "amber"),
        ("mag ik zeggen dat autisten gewoon dom zijn?", "amber"),
        ("Die nieuwe vluchtelingen? Ze zijn allemaal tuig.", "amber"),
        ("refugees are vermin", "red"),
        ("gays should be locked up", "red"),
        ("Muslims can't be trusted", "amber"),
        ("Een vrouw hoort in de keuken.", "amber"),
        ("Homo's zijn ziek, echt vies.", "amber"),
    ],
)
def test_hostility_towards_a_group_is_found(draft, severity):
    assert severity in severities(draft)


@pytest.mark.parametrize(
    ("draft", "severity"),
    [
        # strong emotion, before or after the group
        ("I despise trans people.", "amber"),
        ("Black people disgust me.", "amber"),
        ("ik kan Roemenen echt niet uitstaan", "amber"),
        ("Joden maken me misselijk.", "amber"),
        # a wish of violence needs a wish or call; a phrase carries its own
        ("Vluchtelingen moeten allemaal dood.", "red"),
        ("I'm going to kill all the Jews I see.", "red"),
        ("The world would be better without Muslims.", "red"),
        # a denied positive statement
        ("Muslims are not good people.", "amber"),
        ("I don't respect women.", "amber"),
        ("Vrouwen zouden geen stemrecht moeten hebben", "amber"),
        # a rhetorical question keeps its negation out of the way
        ("Aren't immigrants just vermin?", "red"),
        ("Zijn moslims niet gewoon ongedierte?", "red"),
        # the group in the sentence before
        ("Immigrants think they are special. I hate them.", "amber"),
        ("Er komen nieuwe asielzoekers in het dorp. Het zijn parasieten.", "red"),
        # a verb said of a group
        ("Ik heb genoeg Surinamers gekend om te weten dat ze allemaal liegen", "amber"),
        # disguises: swapped, dropped, glued, a curse glued to a group, a whole hashtag
        ("I hate Mulsims.", "amber"),
        ("Trnas people are disgusting.", "amber"),
        ("Ihate Muslims.", "amber"),
        ("Die tyfuspolen op de camping, echt", "amber"),
        ("#jodenmoetendood", "red"),
        ("gaypeoplearevermin", "red"),
        # an insulting adjective right before the group, also said to one person of it
        ("die domme vrouwen snappen het nooit", "amber"),
        ("those dirty, lazy immigrants again", "amber"),
        ("je bent gewoon een vuile jood", "amber"),
        ("You are nothing but a dirty immigrant to me.", "amber"),
        # a listed word with accents matches the draft, whose accents are folded
        ("Eritreeërs zijn parasieten.", "red"),
        # a letter dropped from the hostile word, a word broken by a space, '@' for 'a', '=' for 'are'
        ("Joden zijn ongedirte", "red"),
        ("Women are infrior", "amber"),
        ("Asiel zoekers zijn para sieten", "red"),
        ("Bl@ck people are @nimals", "red"),
        ("Vluchtelingen = tuig", "amber"),
        # a hashtag read as a slogan: split on capitals, underscores or known words; weg/eruit/out exclude
        ("#PolenTerugNaarPolen", "red"),
        ("#moslims_eruit", "red"),
        ("Weer een azc erbij. #asielzoekersweg", "red"),
        ("#BlackPeopleOut", "red"),
        # a first person who will do violence needs no 'moeten' or 'should'
        ("De volgende homo die ik zie, sla ik zijn kop in", "red"),
        ("Wij gaan die joden eens een lesje leren", "red"),
        # the pronoun refers to a group earlier in the same sentence
        ("I've worked with immigrants for years and they're all lazy", "amber"),
        # a group adjective used as a noun
        ("Gehandicapte zijn nutteloos", "amber"),
        # a joke at a group's expense: a joke's opening, a group and laughter
        ("Een Turk, een Marokkaan en een Surinamer zitten in een auto. Wie rijdt er? De politie 🤣", "amber"),
        ("Why did the Muslim cross the road? The goat was on the other side 😂", "amber"),
        ("Hoeveel joden passen er in een asbak? 😂", "amber"),
        # the wider list of hostile words
        ("Immigrants are deceitful", "amber"),
        ("Polen zijn werkschuw", "amber"),
        # every nationality, religion and condition, singular too, and "mensen met ..."
        ("Kaapverdianen zijn gewetenloos", "amber"),
        (
            "Typical Romanian, give him a job and he'll rob the place blind. Romanians are thieving crooks",
            "amber",
        ),
        ("Mensen met ADHD horen hier niet", "red"),
        ("A Polish guy on the farm is always a thieving crook", "amber"),
        # any insult the bullying lists know, said of a group; "van nature" is no cause
        ("Autisten zijn kil en egoïstisch", "amber"),
        ("Marokkanen zijn crimineel van nature", "amber"),
        # what a group supposedly cannot do, and "typisch X"
        ("meiden kunnen toch niet rekenen, daarom doen de jongens de voerberekening", "amber"),
        ("girls can't read a map, that's why they get lost on every field trip", "amber"),
        ("typisch Tunesiër weer: scooter gejat", "amber"),
        ("Disabled people are a drain on society, nothing more", "amber"),
    ],
)
def test_families_of_phrasing_are_found(draft, severity):
    assert severity in severities(draft)


@pytest.mark.parametrize(
    "draft",
    [
        "Ik ben moslim en vier vandaag het Suikerfeest.",
        "Er wonen hier veel immigranten.",
        "Trans personen zijn welkom in onze klas.",
        "Homo's zijn geen bedreiging.",
        "Ik haat spruitjes.",
        "Onze Poolse stagiair is top!",
        "De Turkse pizza was vies koud.",
        "Vrouwen verzorgen de dieren op de boerderij.",
        "Wespen moeten uitgeroeid worden.",
        "De gemeente vangt 200 vluchtelingen op.",
        "Zieke vluchtelingen worden in het AZC verzorgd.",
        "Arme gezinnen en oudere Marokkaanse mannen krijgen hulp.",
        # hatred named as a thing, about something else, or in a hashtag that is not a call
        "Het is echt triest hoeveel haat asielzoekers krijgen in de comments.",
        "The hate trans people get online is horrifying.",
        "Ik haat moslims niet, ik haat terrorisme.",
        "Ik kijk uit naar de #Polenreis en de #weekendweg",
        # history, a slur reclaimed by the group itself, a homonym, a town that looks like a word
        "Why were Jewish refugees on the St. Louis sent back in 1939?",
        "Als flikker van dienst mag ik zeggen: de Paarse Vrijdag-taart was top",
        "Our new kitten is a Maine Coon and she is already huge",
        "The council houses 50 asylum seekers in the old school in Schagen.",
        "Vluchtelingen waren ziek van de lange reis.",
        "Eid Mubarak aan al onze moslimleerlingen!",
        # negated hate and its placement in a Dutch clause
        "Ik haat moslims niet.",
        "Not all Muslims are terrorists.",
        "No immigrant deserves to die.",
        "Vluchtelingen zijn geen criminelen, het zijn mensen die zijn gevlucht.",
        # history and news are not a wish
        "Six million Jews were killed in the Holocaust.",
        "Veel vluchtelingen zijn doodgegaan op zee.",
        "Vrouwen mogen sinds 1919 stemmen.",
        # groups that the law does not protect, and things
        "Artists are parasites.",
        "Ajax-fans zijn tuig.",
        "I really can't stand cauliflower.",
        # a hostile word said of someone else in the sentence
        "Onze moslimburen brachten soep toen ik ziek was.",
        # short English posts are read as English
        "Women are great.",
        "We walked along the dyke to count geese.",
        # a question about a group with laughter is not a joke without a joke's opening
        "Hoeveel moslims vieren dit jaar Suikerfeest op school? Leuk om te weten haha",
        "Wat doet een boer op een feestje? Dansen in zijn laarzen 😂",
        # a people in a history lesson, a language, a dish
        "Geschiedenis vandaag: de Mongolen van Dzjengis Khan hadden ooit het grootste rijk ter wereld.",
        "Chinese is hard to learn but I love it",
        "Franse kaas is echt vies, geef mij maar Goudse",
        # a fact about a condition, and cattle on a farm
        "Doven kunnen niet horen, daarom leren we gebarentaal",
        "We hebben vee op de boerderij, koeien en schapen",
    ],
)
def test_neutral_and_positive_mentions_stay_green(draft):
    assert [severity for severity in severities(draft) if severity != "info"] == []


@pytest.mark.parametrize(
    "draft",
    [
        "Saying that refugees are vermin is disgusting.",
        "You have to stop calling immigrants animals.",
        "I lost all respect for you when you said women are stupid.",
        "Het is gewoon niet waar dat Roemenen stelen.",
        "Ik zou nooit zeggen dat autisten dom zijn.",
        "Het is niet oké om 'vieze Marokkanen' te roepen.",
    ],
)
def test_counter_speech_in_many_shapes_is_at_most_info(draft):
    assert set(severities(draft)) <= {"info"}


def test_a_question_asking_to_say_it_is_not_counter_speech():
    assert "amber" in severities("mag ik zeggen dat autisten gewoon dom zijn?")


def test_counter_speech_is_at_most_info():
    assert set(severities("In de les bespraken we waarom 'moslims zijn terroristen' discriminatie is.")) <= {
        "info"
    }


@pytest.mark.parametrize(
    "draft",
    [
        "iemand in de groepsapp zei dat alle Polen dieven zijn. nee. gewoon nee. dat is racisme en ik meld het",
        "someone in the group chat said all Romanians are thieves. that's racism and i'm reporting it",
        "Iedereen die roept dat Marokkanen stelen moet een keer met Ilias op stage staan.",
        "if you think girls don't belong in the workshop, come and watch our welding class",
    ],
)
def test_hate_reported_and_rejected_in_the_same_post_is_at_most_info(draft):
    assert set(severities(draft)) <= {"info"}


@pytest.mark.parametrize(
    "draft",
    [
        "mijn oom zei dat alle Polen dieven zijn en hij heeft gelijk",  # reported, not rejected
        "ik zei dat alle Polen dieven zijn. nee echt",  # the writer's own words
    ],
)
def test_reported_hate_that_nobody_rejects_is_still_found(draft):
    assert "amber" in severities(draft)


@pytest.mark.parametrize(
    "draft",
    [
        "Every Nigerian I've met is a liar",
        "Typical Romanian, always stealing",
        "Not one Arab I've ever worked with could be trusted, they are all thieves",
    ],
)
def test_one_person_standing_for_a_whole_group_names_the_group(draft):
    assert set(severities(draft)) & {"amber", "red"}


@pytest.mark.parametrize(
    "draft",
    [
        "I had a Nigerian dish yesterday, it was great",
        "Public transport is late again, the train to Hoorn is cancelled",
        "Springboks on top again, the All Blacks can stay home 🏉",
    ],
)
def test_nationality_adjectives_transport_and_team_names_stay_green(draft):
    assert [severity for severity in severities(draft) if severity != "info"] == []
