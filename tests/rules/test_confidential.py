"""confidential: finds what leaks the organisation's information, and leaves look-alikes alone."""

from __future__ import annotations

import pytest

from clusius_check.config import Config, RuleSettings
from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Severity


def findings_for(text: str, **task) -> list:
    result = check_task(CheckTask(None, data=text.encode("utf-8"), **task), RunOptions())
    assert not result.errors, result.errors
    return [finding for finding in result.findings if finding.rule == "confidential"]


RED = [
    ("Dit is strikt vertrouwelijk, dus niet doorsturen aub.", "strikt vertrouwelijk"),
    ("De toetsvragen van biologie voor morgen staan in de groepsapp.", "toetsvragen"),
    ("Wie wil het antwoordmodel van wiskunde? Ik heb het.", "antwoordmodel"),
    ("Het wachtwoord is Lente2026! voor de gedeelde map.", "wachtwoord is Lente2026!"),
    ("Het wachtwoord is Welkom2024. Veel plezier!", "wachtwoord is Welkom2024"),
    ("Dit is alleen voor intern\ngebruik, dus graag niet\ndoorsturen.", "alleen voor intern\ngebruik"),
    ("Dit bericht is echt niet  doorsturen hoor.", "niet  doorsturen"),
    ("Wifi password: Clusius2024!", "password: Clusius2024!"),
    ("De exam questions van morgen heb ik al.", "exam questions"),
    ("Nieuw wachtwoord: Kalf#99x voor iedereen van de klas.", "wachtwoord: Kalf#99x"),
    ("This memo is CONFIDENTIAL and for internal use only.", "CONFIDENTIAL"),
    ("Here are the exam answers for tomorrow, don't tell anyone.", "exam answers"),
    ("The password is hunter22 for the shared drive.", "password is hunter22"),
    # The password a few words on, glued to punctuation, after "ww" or in a user / password pair.
    (
        "Wachtwoord van de wifi in de personeelskamer is Kas!Hoorn77 voor wie het nodig heeft 😉",
        "Wachtwoord van de wifi in de personeelskamer is Kas!Hoorn77",
    ),
    (
        "wifi in het internaat is traag, pak het personeelsnetwerk: Clusius-Personeel, ww Zonnebloem77 👍",
        "ww Zonnebloem77",
    ),
    (
        "inlog van de klassen-insta: clusius_dier3b / Welkom2024! plaats maar wat leuks",
        "clusius_dier3b / Welkom2024!",
    ),
    (
        "For the cover teacher: the login for the climate computer is kas_admin / Tomaat!88",
        "kas_admin / Tomaat!88",
    ),
    # A tip that still gives the password away.
    (
        "Tip: posten op het account van de kas? Inloggen met @kas_hoorn en wachtwoord Groen&Groei22",
        "wachtwoord Groen&Groei22",
    ),
    # An answer key in a post about a test, in the common notations.
    ("de toets van morgen (dierverzorging H4): 1b 2c 3a 4d 5b. doorsturen naar de klas!!", "1b 2c 3a 4d 5b"),
    ("antwoorden toets: 1. B, 2. A, 3. D, 4. C", "1. B, 2. A, 3. D, 4. C"),
    ("answers for Friday's test 1a 2d 3c 4b 5a, you're welcome", "1a 2d 3c 4b 5a"),
    # Marked internal by the writer; news said to be secret about the school's leadership or staff.
    (
        "screenshot van de teams-chat van de docenten (intern!!) 👀 de telefoonregel wordt strenger",
        "(intern!!)",
    ),
    ("internal only!!! but whatever, here's the new staff timetable 👇", "internal only"),
    (
        "mn vader zit in de mr en zei dat ze de tweede kas gaan verkopen. nog geheim he dus niemand zeggen",
        "nog geheim",
    ),
    (
        "Overheard the leadership meeting: they're closing the greenhouse. Not announced yet, you heard it here first.",
        "Not announced yet",
    ),
    # A test passed around: a leak word with a test in the post, or its questions written out.
    ("toets ondernemen van vrijdag is gelekt 😳 staat in de klassenapp, stuur maar door", "gelekt"),
    ("iemand heeft de pdf met uitwerkingen van de toets uit de printer gevist", "uitwerkingen van de toets"),
    ("the answers to the first-year mock exam are doing the rounds, I've the lot here", "doing the rounds"),
    (
        "vragen van het schoolexamen van vanmiddag:\n1) welk voer geef je een drachtige geit\n2) hoe herken je kreupelheid",
        "1) welk voer geef je een drachtige geit\n2) hoe herken je kreupelheid",
    ),
    (
        "Friday's food safety test:\nQ1 what is the danger zone temperature range\nQ2 name four allergens on a label",
        "Q1 what is the danger zone temperature range\nQ2 name four allergens on a label",
    ),
    # A credential field, a pin code, a password far into the sentence.
    ("shared login for the Adobe account:\nuser: greenteam\npass: Sunflower2025!", "pass: Sunflower2025!"),
    (
        "pincode van het kopieerapparaat voor personeel: 4471 🙏",
        "pincode van het kopieerapparaat voor personeel: 4471",
    ),
    ("Code: 4471 voor het kopieerapparaat", "Code: 4471"),
    (
        "het standaard wachtwoord voor nieuwe leerlingen is gewoon Clusius + je geboortejaar, dus Clusius2011",
        "wachtwoord voor nieuwe leerlingen is gewoon Clusius + je geboortejaar, dus Clusius2011",
    ),
    ("Collega's, dit is intern: 3C krijgt na de vakantie een nieuwe mentor.", "dit is intern"),
    ("het concept van het schoolreglement lag bij mn vader (mr): geen petjes meer. sssht 🤫", "sssht"),
    # Round three: answers to a test still to come, what a question is about, codes, a password with an @,
    # "pass" without a colon, a colleague's sick report or dismissal, "niet voor buiten bedoeld".
    ("wie heeft de antwoorden van de bio toets van morgen nog niet? ik heb ze van 3b gekregen", "antwoorden"),
    (
        "Hebbes, de toets van donderdag is af! vraag 1 gaat over de bodemsoorten van Noord-Holland",
        "vraag 1 gaat over",
    ),
    ("cspe groen antwoorden zijn al uitgelekt!!! link in bio", "al uitgelekt"),
    ("here's the marking scheme for Tuesday's practical exam 😉", "marking scheme"),
    (
        "ww van het teams-account van het stagebureau: Stage@Clusius1 , check je stageplek",
        "ww van het teams-account van het stagebureau: Stage@Clusius1",
    ),
    ("code van de kluis in de kantine is 4471 btw", "code van de kluis in de kantine is 4471"),
    (
        "Deurcode van de kassen in Hoorn is 2580#. Voor wie zijn tas kwijt is",
        "Deurcode van de kassen in Hoorn is 2580#",
    ),
    (
        "shared account for the open day insta: user clusius_openday / pass Tulip2025! post your pics",
        "pass Tulip2025!",
    ),
    (
        "ff delen wat er in de teams-groep van het personeel stond (niet voor buiten bedoeld!!): de kantine sluit",
        "niet voor buiten bedoeld",
    ),
    (
        "meneer Jansen wordt ontslagen. gesprek was vanochtend. nog niet officieel dus shhh 🤫",
        "nog niet officieel dus shhh",
    ),
    # Round four: a test going round, the task of a practical exam from the other group, question 1 written out,
    # "concept – intern", "#nietverderzeggen", an alarm code, a closed session.
    ("TOETS VAN MORGEN GAAT AL RONDT 😭😭 vraag 3 is die over de bodemsoorten", "GAAT AL RONDT"),
    (
        "praktijkexamen vrijdag: opdracht is een biedermeier. heb het van iemand uit de andere klas",
        "uit de andere klas",
    ),
    (
        "de toets van dinsdag is af 😅 alvast vraag 1: 'Noem drie kenmerken van een eenzaadlobbige plant.'",
        "vraag 1: 'Noem",
    ),
    (
        "Foto van mijn beleidsnotitie, staat nog 'concept – intern' op maar mag gezien worden toch?",
        "– intern",
    ),
    ("de nieuwe teamleider wordt iemand van buiten 😉 #nietverderzeggen", "nietverderzeggen"),
    (
        "For whoever's locking up: the alarm code is 7302 and the keys are in the grey box.",
        "alarm code is 7302",
    ),
    (
        "My dad's on the parent council: they've decided (closed session) to scrap the Berlin trip.",
        "closed session",
    ),
]

AMBER = [
    ("Gisteren in het personeelsoverleg hebben we gelachen.", "personeelsoverleg"),
    ("Volgens de begroting komt er een nieuwe kas.", "begroting"),
    ("After the staff meeting we all went for pizza.", "staff meeting"),
    # A colleague's file: dismissal needs the school's people in the post, a sick report is someone else's.
    ("Collega Henk is per vandaag ontslagen, hoorde het van P&O.", "ontslagen"),
    ("HR just confirmed that Ms Jansen has been dismissed.", "dismissed"),
    (
        "Verzuimregistratie van 2C uit Magister: 14 uur, 22 uur en 9 uur. Wie doet beter?",
        "Verzuimregistratie",
    ),
    ("the absence records for the whole of Year 10 were on the projector today", "absence records"),
    ("Heard from HR that someone in our team is being let go next month.", "is being let go"),
    ("Collega Marieke (bio) heeft zich vanochtend ziekgemeld, burn-out.", "ziekgemeld"),
]

# A password word without a password leaks nothing: a tip, never a doubt.
INFO = [
    ("De wachtwoorden van Magister moet je elk jaar wijzigen.", "wachtwoorden"),
    ("Het wachtwoord van de gedeelde map staat op het bord in lokaal 12.", "wachtwoord"),
    ("@tess_v ik denk dat je account gehackt is. Snel je wachtwoord veranderen!", "wachtwoord"),
    ("De code van het hek is veranderd, vraag hem aan de conciërge.", "code van het hek"),
]

GREEN = [
    "Het internet op school was vandaag traag.",
    "We hebben een interne competitie tussen de klassen gehouden.",
    "Onze vertrouwenspersoon is er elke dinsdag voor je.",
    "Welkom op de open dag van het Clusius College in Hoorn!",
    "Toets gehaald! Een 8 voor biologie.",
    "Our interns did a great job at the flower auction.",
    "The exam went well, everybody passed!",
    "We had a fire drill at school this morning.",
    "Gardening on a budget: our pupils show how.",
    "Mijn opa is gisteren ontslagen uit het ziekenhuis.",
    "Deze plant kun je niet delen als de wortels nog klein zijn.",
    # Talking about confidentiality and passwords: lessons, tips, help.
    "In de les mediawijsheid bespraken we waarom je vertrouwelijke informatie nooit online zet.",
    "Tip van onze mentor: deel nooit je wachtwoord, ook niet met je beste vriend(in) 🔐",
    "Ik ben mijn wachtwoord vergeten, wie kan helpen?",
    "Great lesson today on why you never post confidential stuff online – the internet remembers everything.",
    'Our media literacy class made posters about what "do not share" and "internal only" actually mean 👀',
    "Herinnering van de vertrouwenspersoon: screenshots van pestberichten niet doorsturen, maar bewaren.",
    "Feeling left out? Our confidential counsellor is in room B12 every Tuesday.",
    # The writer's own file; the class's own budget; a quoted word; a surprise; classes in a row; a link.
    "Mijn ziekmelding is doorgegeven, tot volgende week!",
    "De begroting voor onze klassenreis naar Texel is rond: €85 per persoon 💪",
    "Here's the budget spreadsheet for our class trip to Texel that we made ourselves, €14 each",
    "Geit Sjaak is 'geschorst' uit de kinderboerderij omdat hij steeds over het hek springt 😂",
    "Surprise feestje voor juf Anja vrijdag, nog geheim he! 🎉",
    "Wij zitten in lokaal 1A, 2B, 3C en 4D tijdens de toetsweek",
    "de oefentoets van meneer Bakker, mijn antwoorden: 1a 2c 3c 4b 5d 6a. klopt dat?",
    # A surprise for the mentor, an end-of-year party's budget, what the mentor told the class, own test talk.
    "Surprise feestje voor onze mentor vrijdag, nog geheim he! 🎉 niemand zeggen",
    "Begroting voor het eindfeest van 4B: dj €150, snacks €80. Alles betaald uit onze eigen statiegeldactie 🎉",
    "Mijn mentor zei net dat de toetsweek misschien een week later wordt. Nog niet officieel",
    pytest.param(
        "Toets biologie gehaald!! De vragen van de toets waren best pittig 😅",
        marks=pytest.mark.xfail(
            strict=True,
            reason="known weakness: the learned second opinion (retrained on 10,285 drafts) scores a test already "
            "taken 0.66 and doubts it; the patterns leave it green",
        ),
    ),
    "De uitwerkingen van de oefentoets staan op de site, succes met leren!",
    "Tomorrow's test: revise chapter 4.\n1) photosynthesis and respiration\n2) the nitrogen cycle in soils",
    "Recept voor de open dag:\n1) snijd de tomaten in blokjes\n2) bak de uien glazig",
    "ik heb me vanochtend ziekgemeld, griep 🤒",
    "geschorst? nee hoor, ik was gewoon ziek 😂 morgen ben ik er weer",
    "ons team kreeg een schorsing in de competitie omdat we niet kwamen opdagen 😬",
    "in de LOB-les ging het over ontslag nemen bij je bijbaan: hoe doe je dat netjes?",
    "Artikel in het Noordhollands Dagblad over de reorganisatie bij de gemeente Hoorn.",
    "Pass the salt please, the code is simple 😂",
    "In het pestprotocol staat dat je bij ernstig pesten geschorst kan worden. Vind ik goed.",
    "Leertip: maak zelf toetsvragen over de stof en overhoor elkaar!",
    "Sssst, het is nog geheim maar we plannen een verrassingsfeest voor onze mentor 🤫🎉",
    "De toets is vandaag = makkelijk!!",
    "Great read on soil life: https://www.bbc.com/future/article/20240312-the-hidden-world-beneath-our-feet",
]


@pytest.mark.parametrize(("text", "match"), RED, ids=[match.replace("\n", "⏎") for _, match in RED])
def test_red(text, match):
    found = findings_for(text)
    assert any(finding.match == match and finding.severity is Severity.RED for finding in found), found


@pytest.mark.parametrize(("text", "match"), AMBER, ids=[match for _, match in AMBER])
def test_amber(text, match):
    found = findings_for(text)
    assert [(finding.match, finding.severity) for finding in found] == [(match, Severity.AMBER)]


@pytest.mark.parametrize(("text", "match"), INFO, ids=[match for _, match in INFO])
def test_a_password_word_alone_is_only_a_tip(text, match):
    found = findings_for(text)
    assert [(finding.match, finding.severity) for finding in found] == [(match, Severity.INFO)]


@pytest.mark.parametrize(
    "text", GREEN, ids=[(text if isinstance(text, str) else text.values[0])[:40] for text in GREEN]
)
def test_look_alikes_stay_green(text):
    assert findings_for(text) == []


def test_overlapping_terms_give_one_finding_for_the_longest():
    found = findings_for("Strikt vertrouwelijk: lees dit niet voor.")
    assert [finding.match for finding in found] == ["Strikt vertrouwelijk"]


def test_a_finding_names_article_six_and_says_what_to_do():
    (finding,) = findings_for("Wie heeft de toetsvragen al gezien?")
    assert finding.article == "6"
    assert "toetsvragen" in finding.message
    assert finding.suggestion
    assert (finding.line, finding.column, finding.end_column) == (1, 14, 25)


def test_english_messages_with_ui_language_en():
    result = check_task(CheckTask(None, data=b"De toetsvragen liggen klaar."), RunOptions(ui_language="en"))
    assert "exam or test material" in result.findings[0].message


def test_the_schools_own_terms_from_config(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential:\n    terms: [fusieplannen]\n")
    post = tmp_path / "post.md"
    post.write_text("Ik hoorde iets over de fusieplannen van onze school.\n")
    result = check_task(CheckTask(post), RunOptions())
    assert [(finding.match, finding.severity) for finding in result.findings] == [
        ("fusieplannen", Severity.AMBER)
    ]


def test_relevelling_in_config_changes_every_finding(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential:\n    severity: info\n")
    post = tmp_path / "post.md"
    post.write_text("De toetsvragen liggen klaar.\n")
    result = check_task(CheckTask(post), RunOptions())
    assert [finding.severity for finding in result.findings] == [Severity.INFO]
    assert result.verdict.value == "green"


def test_switched_off_in_config_finds_nothing(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential: off\n")
    post = tmp_path / "post.md"
    post.write_text("De toetsvragen liggen klaar.\n")
    assert check_task(CheckTask(post), RunOptions()).findings == ()


def test_config_settings_object_defaults():
    assert Config().settings_for("confidential") == RuleSettings()


def test_a_hard_wrapped_draft_from_windows_is_caught_with_positions_over_the_line_break():
    text = "Beste collega's,\r\nDit is alleen voor intern\r\ngebruik.\r\n"
    (finding,) = findings_for(text)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 8, 3, 8)
