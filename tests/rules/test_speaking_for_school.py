"""speaking-for-school: a personal account that speaks as the school, per pattern family, and what stays green."""

from __future__ import annotations

import json

import pytest

from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Severity

RULE = "speaking-for-school"


def findings_for(text: str, options: RunOptions | None = None, path=None) -> list:
    task = CheckTask(path) if path is not None else CheckTask(None, data=text.encode("utf-8"))
    result = check_task(task, options or RunOptions())
    assert not result.errors, result.errors
    return [finding for finding in result.findings if finding.rule == RULE]


def severities(text: str, **kwargs) -> list[Severity]:
    return [finding.severity for finding in findings_for(text, **kwargs)]


# (draft, family): every family of an explicit claim, red.
RED = [
    ("Namens het Clusius College wensen wij iedereen fijne feestdagen! 🎄", "mandate + name"),
    ("namens clusius hoorn: heel veel succes met de toetsweek!! 📚", "mandate + location, lower case"),
    ("Ik wil uit naam van de school iedereen bedanken voor de plantjesmarkt 🌷", "uit naam van + de school"),
    ("Namens de directie: fijne zomervakantie allemaal ☀️", "mandate + leadership"),
    ("Namens het hele team van Clusius Schagen: bedankt voor dit jaar!", "mandate, name further on"),
    ("On behalf of Clusius College, a huge thank-you to every volunteer 🐑", "on behalf of + name"),
    (
        "Posting this on behalf of the school: lockers must be emptied before Friday.",
        "on behalf of the school",
    ),
    ("Wij als Clusius vinden duurzaamheid heel belangrijk.", "wij als + name"),
    ("wij van het clusius schagen wensen jullie een fijne kerst 🎅", "wij van + name"),
    ("We at Clusius College are proud of our florists!", "we at + name"),
    ("All of us here at Clusius Castricum are over the moon with the new bee garden 🐝", "all of us here at"),
    ("Wij, Clusius College Zaandam, bieden vanaf september een nieuwe opleiding aan.", "wij + apposition"),
    ("Als school vinden wij dat iedere leerling een goede stageplek verdient.", "als school + wij"),
    ("As management, we have decided to extend the canteen opening hours.", "as + leadership + we"),
    ("Officieel bericht: morgen zijn alle lessen op Clusius Hoorn uitgevallen.", "official label"),
    ("OFFICIAL STATEMENT: Clusius College Alkmaar will remain closed on Monday.", "official label, English"),
    ("Persbericht – Clusius College opent een nieuwe praktijkschool in Zaandam.", "press release"),
    ("Het standpunt van de school is duidelijk: geen telefoons in de stal.", "standpunt van + school"),
    (
        "Clusius College's position is clear: AI tools are not allowed in any assignment.",
        "possessive position",
    ),
    ("Het Clusius College heeft besloten dat de open dag niet doorgaat.", "school decides"),
    (
        "Clusius Zaandam zegt sorry tegen alle leerlingen die voor een dichte deur stonden.",
        "school apologises",
    ),
    ("Clusius College officially announces a new course in animal care.", "school announces"),
    ("Clusius College regrets the damage to the neighbours' fences.", "school regrets"),
    ("Vandaag maakt het Clusius College bekend dat er een nieuwe kas komt.", "split verb, subject inside"),
    ("Clusius Purmerend heet alle nieuwe collega's van harte welkom! 🌱", "split verb, object inside"),
    ("Vandaag wenst Clusius Hoorn iedereen veel succes met de examens.", "inverted one-word verb"),
    ("Fijne vakantie iedereen!\nGroet, het Clusius College", "signature after greeting"),
    ("Bedankt voor jullie komst!\nMet groene groet,\nClusius College Hoorn", "signature under greeting line"),
    ("Great work this term, enjoy the break!\n— Team Clusius Amsterdam 🌻", "signature after a dash"),
    ("The lambing weekend was amazing thanks to you all 🐑\nxx Clusius Schagen", "signature after kisses"),
    ("Thanks for visiting our stand!\nKind regards, the Clusius College team", "signature with team"),
    ("Morgen geen lessen vanwege de studiedag. Fijn weekend!\nTeam Purmerend", "team + town alone"),
    ("Excuses voor de dichte deur vanochtend.\n– Team Heerhugowaard", "dash, team + town"),
    ("Bedankt voor jullie steun aan de sponsorloop! 🐾\njullie Clusius Heerhugowaard", "jullie + name"),
    (
        "Wij feliciteren al onze geslaagden! 🎓\n— Directie en medewerkers Clusius College Purmerend",
        "leadership and staff sign",
    ),
    (
        "Hoi Sandra, dank je voor je vraag! Wij nemen contact met je op. Groet, Clusius College Zaandam",
        "one line",
    ),
    ("Wij zorgen ervoor dat het formulier klopt.\nGr. M.V., Clusius Zaandam", "initials after Gr."),
    (
        "Happy summer holidays everyone! ☀️ See you in September.\nClusius College Castricum\n(credit: unknown)",
        "name alone to the public, a credit line under it",
    ),
    (
        "Dear applicants, the deadline is extended.\nKind regards, Admissions, Clusius College",
        "department signs",
    ),
    (
        "Clusius Amsterdam hier 👋 Morgen geen lessen in verband met de marathon.",
        "the school introduces itself",
    ),
    (
        "De directie en alle medewerkers van het Clusius College wensen u prettige feestdagen. 🎄",
        "the school's people as subject",
    ),
    ("📢 Mededeling: de kantine van Clusius Wognum is gesloten.", "announcement label"),
    ("We are Clusius College, and we're proud of our florists!", "we are + name"),
    ("Wij zijn Clusius Hoorn! Kom zaterdag langs op de open dag.", "wij zijn + name"),
    (
        "OFFICIEEL BERICHT: de lessen op locatie Schagen vervallen morgen i.v.m. code oranje.",
        "label + a site",
    ),
    ("namens t clusius college willen we de gemeente bedanken 🌿", "mandate + 't' without apostrophe"),
    ("ik spreek hier namens de hele school als ik zeg: wat een prestatie 🏆", "mandate + the whole school"),
    ("Reactie van de school op de berichten over de stal: de dieren worden goed verzorgd.", "response of"),
    ("Even een mededeling vanuit het Clusius: de bus vertrekt morgen om 8.15.", "announcement from"),
    ("Here's the school's response to the article: we do not recognise the picture painted.", "its response"),
    ("Clusius's official line is that the animals stay on site over the holidays.", "its official line"),
    ("Fijne Pasen namens iedereen van het Clusius College! 🐣🌷", "mandate + everyone of the school"),
    ("Wij als Clusius-familie wensen iedereen die vandaag examen doet succes!! 🍀", "the name in a compound"),
    (
        "Hier spreekt Clusius Purmerend 📣 Wij zijn er klaar voor, tot maandag allemaal.",
        "hier spreekt + name",
    ),
    (
        "Clusius College wants to make clear that the rumours about Wognum closing are untrue.",
        "wants to make clear",
    ),
    (
        "OFFICIEEL BERICHT: de kerstviering van vrijdag gaat niet door. De lessen eindigen om 12.00 uur.",
        "label",
    ),
    ("On behalf of the management team, happy holidays to all our students 🎄", "the management team"),
    ("uit naam vd school: morgen 1e uur vrij 🥳🥳 (echt)", "uit naam vd"),
    ("namens heel clusius alkmaar: succes met jullie examens allemaal!!! 🍀", "namens heel + name"),
    ("officieel bericht: morgen de eerste 2 uur vrij 🥳 (geen grap)", "label + hours off"),
    ("Na een jaar van voorbereiding heeft Clusius ervoor gekozen om te stoppen met cijfers.", "has chosen"),
    ("Nieuws uit Clusius Castricum: vanaf dit schooljaar hebben wij een moestuin 🥕", "news from + name"),
    ("Zo dragen wij als groene school ons steentje bij 🌍🥦", "wij als + adjective + school"),
    (
        "Fietsen die na vrijdag nog in de stalling staan worden verwijderd.\nFacilitaire dienst Clusius Alkmaar",
        "a service signs",
    ),
]

# (draft, family): the institution's voice implied, amber.
AMBER = [
    ("Onze school betreurt de gang van zaken rond de diploma-uitreiking.", "onze school speaks"),
    ("Our school has decided that all first years will do a farm placement.", "our school decides"),
    ("Met trots maken wij bekend dat Clusius Schagen een nieuwe stal krijgt.", "wij + institution verb"),
    ("We regret the noise from our school's stables and apologise to our neighbours.", "we + our school"),
    ("Bij het Clusius vinden we het belangrijk dat iedereen meedoet.", "at the school we believe"),
    ("At Clusius College we believe students need more practical hours.", "at the school we believe"),
    (
        "Clusius College zoekt een docent Dierhouderij. Wij bieden een betrokken team. Solliciteer via de site!",
        "vacancy: name + announcements",
    ),
    (
        "Vanwege de storm blijven onze locaties morgen gesloten. Wij wensen iedereen sterkte met opruimen.",
        "closure: possession + announcement",
    ),
    (
        "Clusius College Wognum has received the Healthy School award! We owe this to all our staff and students.",
        "name + possession",
    ),
    (
        "Vandaag bij ons op de locatie een bezoek. Wij lieten zien hoe onze leerlingen werken. Dank voor uw bezoek!",
        "possession + formal public",
    ),
    (
        "Due to the storm, all our locations will remain closed. Keep an eye on our website.",
        "English closure",
    ),
    ("Wij mogen het eindelijk bekendmaken: Clusius College start een nieuwe opleiding!", "adverb in the gap"),
    ("De school betreurt de gang van zaken rond de diploma-uitreiking.", "the school as speaker"),
    ("The management regrets the inconvenience caused by the roadworks.", "the management as speaker"),
    ("At our school we believe every pupil deserves a practical placement.", "at our school we believe"),
    (
        "Clusius Hoorn start vandaag met een nieuwe opleiding Dierverzorging. Doe je mee? Meld je aan via de site.",
        "news in the third person + what the public should do",
    ),
    (
        "Clusius College opens its new greenhouse on Friday. Join us! Apply now for a guided tour.",
        "English news",
    ),
    # "Wij" addressing parents as "u" with what only an institution says, without the school's name.
    (
        "Beste ouders,\nWij bieden onze excuses aan voor de late verzending van de rapporten.",
        "an apology to parents",
    ),
    ("Helaas moeten wij u mededelen dat de ouderavond van donderdag niet doorgaat.", "informing parents"),
    ("Dear parents, we apologise for the late delivery of the school reports.", "English apology"),
    # The school's sites: all of them closed, a campus by its town, a vacancy at a location.
    ("Let op: morgen zijn al onze locaties gesloten vanwege de storm. De lessen gaan online.", "all sites"),
    (
        "All our locations will be closed on Monday because of the snow. Lessons will continue online.",
        "sites",
    ),
    (
        "Big news: our Purmerend campus is a Healthy School! We'd like to thank all staff and parents.",
        "campus",
    ),
    (
        "VACATURE 📣\nOnderwijsassistent, locatie Alkmaar.\nKom ons team versterken! Reageren kan tot 15 mei.",
        "vacancy at a location",
    ),
    (
        "Wij zoeken een docent dierverzorging voor onze locatie in Schagen! 🐑 Ben jij onze nieuwe collega?",
        "vacancy in 'wij'",
    ),
    (
        "Hey folks, the school wants all parents to know that pickup time changes to 3:15.",
        "the school to parents",
    ),
    ("Our students won gold! 🥇 Want to join them? Come to one of our open evenings.", "recruiting as 'our'"),
    ("We have a vacancy for a part-time instructor. Apply via our careers page.", "careers page"),
    (
        "LET OP‼️ vanaf volgende week gaan onze kantines op alle locaties om half 2 dicht.",
        "canteens at all sites",
    ),
    (
        "Wij zijn morgen gesloten i.v.m. de studiedag. Tot donderdag! 👋 #clusiusalkmaar",
        "we are closed + hashtag",
    ),
    (
        "Door een stroomstoring vervallen vandaag alle lessen. Leerlingen mogen naar huis.\nDe directie",
        "leadership signs",
    ),
    (
        "No lessons at the Castricum site tomorrow. All students stay home.\nManagement Team",
        "management signs",
    ),
    (
        "Clusius College zoekt stagebedrijven!\nHeb jij een hoveniersbedrijf?\nOnze studenten zijn gemotiveerd.",
        "a company addressed, not writing",
    ),
    (
        "Wij begrijpen de zorgen over de schoolbus. We laten het u zo snel mogelijk weten.",
        "to parents as 'u'",
    ),
    ("Clusius is recruiting! 🌷\nOur Purmerend site needs a horticulture teacher asap.", "recruiting"),
    (
        "From Monday all our school canteens will be cashless. Cards and phones only, folks! 💳",
        "all canteens",
    ),
    (
        "We're hiring! 🐄\nWe're looking for an English teacher for our Alkmaar site, 0.6 FTE.",
        "a site by its town",
    ),
    ("At Clusius, we pride ourselves on hands-on learning.", "at the school we pride ourselves"),
    (
        "We would like to inform all parents that the parents' evening will now take place online.",
        "to parents",
    ),
    (
        "Beste leerlingen, jullie cijfers staan vanaf vrijdag in Magister.\nGroet, de examencommissie",
        "exam board",
    ),
    (
        "Beste buurtbewoners, wij verzoeken u vriendelijk geen honden uit te laten op ons schoolterrein.",
        "neighbours",
    ),
]

# Mentions, disclaimers, lessons, reports and other groups: green.
GREEN = [
    "Ik werk met plezier op het Clusius College 🌱",
    "Ons schoolteam won de finale van het schoolvoetbal!",
    "De open dag van het Clusius College is zaterdag, kom je ook?",
    "Onze kas staat vol tomaten, de eerste oogst is binnen 🍅",
    "Bedankt Clusius College voor vier mooie jaren! 🎓",
    "Namens de hele klas: bedankt juf Anja!",
    "On behalf of our team, thanks coach!",
    "Ik spreek hier niet namens het Clusius College, dit is mijn persoonlijke mening.",
    "In de les leerden we dat je niet namens de school mag posten.",
    "Wanneer spreek je als jezelf en wanneer namens het Clusius College? Goede workshop vandaag.",
    "De directeur schreef namens het Clusius College een brief aan alle ouders.",
    "Volgens de website heeft het Clusius College besloten de open dag te verplaatsen.",
    "Antisemitisme neemt toe. Laten we daar als school echt iets tegen doen.",
    "trans students belong here. glad our school says it out loud",
    "Wij hebben met de klas besloten om geld in te zamelen voor het asiel.",
    "Fijne vakantie allemaal!\nGroetjes, Sanne (docent Clusius Hoorn)",
    # Another organisation's "wij", with the school as its partner.
    "Manege De Hoefslag zoekt vrijwilligers! Wij bieden koffie en een lunch. Stagiairs van het Clusius zijn welkom",
    "Hoveniersbedrijf Groen & Zo zoekt een stagiair! Wij werken al jaren samen met het Clusius in Wognum.",
    "We're hiring interns! Our landscaping company has worked with Clusius College for years. DM us!",
    "Our group from Denmark had the best week at Clusius Schagen! Thank you to everyone who hosted us 🇩🇰",
    "Dear customer, we're sorry your flowers arrived late. We'll send you a new bouquet.\nKind regards, Bloom & Co",
    # What someone else said, with where it was said; thanks after an emoji; "hier" as a place.
    "Op de ouderavond legde de teamleider uit wat het standpunt van de school is over vapes.",
    "Bericht van de directeur in de schoolapp: de kantine gaat weer open. Eindelijk tosti's 🥪",
    "Eindelijk mijn diploma! 🎓 Bedankt Clusius College Castricum voor vier mooie jaren 💚",
    pytest.param(
        "Het Clusius College hier in Hoorn heeft de mooiste kas van Noord-Holland.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="known weakness: the learned second opinion reads third-person praise of the school (11 words) "
            "as the school's news (score 0.93); the patterns leave it green",
        ),
    ),
    "Wij van 3B gingen vandaag naar Clusius Hoorn voor de open dag. Wat een mooie school!",
    # A parents' council, a mentor group, a student council, a garden centre; a pupil's "onze stal".
    "Wij van de ouderraad willen alle ouders bedanken voor de hulp bij de kerstmarkt op het Clusius in Castricum!",
    "Namens mentorgroep P3: bedankt aan alle ouders die ons sponsorden bij de loop op het Clusius in Purmerend!",
    "We, the student council of Clusius Zaandam, want to thank everyone who voted! 🗳️",
    "We're hiring! Our garden centre in Heerhugowaard is looking for two interns. We've worked with Clusius for years.",
    "Onze stal telt nu 14 kalfjes 🐮 Zaterdag op de open dag van het Clusius College kun je ze komen aaien!",
    'In burgerschap bespraken we of je als leerling "namens de school" mag posten. Conclusie: nee.',
    # What the school thinks passed on by a pupil, a person of the school, pupils saying where they are from.
    "De school vindt dat we te veel op onze telefoon zitten, eens?",
    "De directeur wenst iedereen een fijne vakantie.",
    "Wij zijn van Clusius Hoorn en we zijn trots!",
    "We are Clusius students and proud of it 💚",
    # News about the school by anyone: passed on with where it came from, or without a call to its public.
    "Just got the email from school: Clusius Wognum is closed tomorrow. Doe je mee met sneeuwballen? ❄️",
    "Via Insta: Clusius Hoorn start vandaag met een nieuwe opleiding. Doe je mee? Meld je aan!",
    "Clusius Hoorn opent een nieuwe kas. Mooi!",
    "De school heeft vandaag bekendgemaakt dat locatie Castricum een nieuwe kas krijgt, zie clusius.nl/nieuws 🌱",
    "The school announced in today's newsletter that the canteen will stay open until 15:00 🙌",
    # A team of the school by its name, a pupil's "wij zoeken", a club's board, a party that is off.
    "We as the Clusius Hoorn five-a-side team won 4-2 in the semi-final tonight ⚽",
    "Wij zoeken nog iemand om mee te carpoolen naar Clusius Hoorn, wie?",
    "Beste ouders van de JO15: wij zoeken nog rijders voor zaterdag.\nGroet, het bestuur van VV De Zwaluwen",
    "Het feest van zaterdag gaat niet door, sorry allemaal 😢",
    "We visited the open day at Clusius Alkmaar as a family today. Our daughter has made up her mind!",
    "Wij zijn morgen gesloten hoor, de bakkerij van mijn ouders 🥖",
    "Ik kreeg net een bericht van school dat de bus naar Wognum morgen weer rijdt. Fijn!",
    "We, the parents' council at Clusius Alkmaar, are looking for volunteers for the Christmas market 🎄",
    "Vanaf maandag verse soep in de kantine, met groenten uit onze eigen moestuin 🥕 €1,50 per kom",
    "Ik heb ervoor gekozen om naar Clusius Hoorn te gaan!",
    # A personal "official", a whole team, one building, a class or a company naming itself, a question.
    "Officieel bericht: ik ben verloofd!! 💍",
    "On behalf of the whole school hockey team, thank you coach Dennis for an amazing season 🏑",
    "ons gebouw is morgen dicht, vrij!! 🎉",
    "Beste ouders, wij van groep 8 zoeken nog rijders voor het schoolreisje. Wij vragen u zich op te geven.",
    "Dear parents, we're the Year 9 class and we are sorry for the noise at our party last night!",
    "We at Green Fingers Landscaping are looking for an intern this spring. Clusius students welcome to DM us!",
    "The school's position on phones? Honestly no idea, ask the office 😂",
    "In de ouderapp stond vanochtend: het Clusius College heeft besloten de sportdag te verplaatsen.",
    "The parents' app says Clusius College has decided to move sports day to 20 June.",
]


@pytest.mark.parametrize(("text", "family"), RED, ids=[family for _, family in RED])
def test_an_explicit_claim_is_red(text, family):
    assert Severity.RED in severities(text)


@pytest.mark.parametrize(("text", "family"), AMBER, ids=[family for _, family in AMBER])
def test_an_implied_institutional_voice_is_amber(text, family):
    assert severities(text) == [Severity.AMBER]


@pytest.mark.parametrize(
    "text", GREEN, ids=[(text if isinstance(text, str) else text.values[0])[:40] for text in GREEN]
)
def test_mentions_disclaimers_and_reports_stay_green(text):
    assert [s for s in severities(text) if s is not Severity.INFO] == []


def test_one_finding_per_sentence_with_the_claim_quoted():
    (finding,) = findings_for("Namens het Clusius College wensen wij iedereen fijne feestdagen!")
    assert finding.match == "Namens het Clusius College"
    assert finding.article == "2"
    assert "persoonlijk" in finding.message
    assert finding.suggestion
    assert (finding.line, finding.column) == (1, 1)


# --- the account switch ------------------------------------------------------------------------------

CLAIM = "Namens het Clusius College: fijne feestdagen!\n"


def test_front_matter_school_account_switches_the_rule_off():
    assert findings_for("---\naccount: school\n---\n" + CLAIM) == []
    assert severities("---\naccount: personal\n---\n" + CLAIM) == [Severity.RED]


def test_command_line_account_is_the_default_for_drafts_that_do_not_say():
    assert findings_for(CLAIM, options=RunOptions(account="school")) == []
    # The draft's own front matter comes first.
    text = "---\naccount: personal\n---\n" + CLAIM
    assert severities(text, options=RunOptions(account="school")) == [Severity.RED]


def test_config_account_for_a_folder_of_school_drafts(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("account: school\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(CLAIM, encoding="utf-8")
    assert findings_for("", path=post) == []
    assert severities("", path=post, options=RunOptions(account="personal")) == [Severity.RED]


def test_a_bad_account_in_the_config_is_a_one_line_error(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("account: gedeeld\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(CLAIM, encoding="utf-8")
    result = check_task(CheckTask(post), RunOptions())
    assert result.verdict is None
    assert "account" in result.errors[0] and "\n" not in result.errors[0]


def test_cli_account_option(cli, write):
    post = write("post.md", CLAIM)
    assert cli("check", post).exit_code == 1
    assert cli("check", post, "--account", "school").exit_code == 0
    assert cli("check", post, "--account", "gedeeld").exit_code == 2


# --- the school's names come from the config ---------------------------------------------------------


def test_the_configured_school_names_and_locations_are_used(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text(
        "school:\n  names: [Groene Hart College]\n  locations: [Gouda]\n", encoding="utf-8"
    )
    post = tmp_path / "post.md"
    post.write_text("Namens Groene Hart College Gouda: fijne vakantie!\n", encoding="utf-8")
    assert severities("", path=post) == [Severity.RED]
    other = tmp_path / "other.md"
    other.write_text("Groene Hart College Gouda maakt bekend dat de kas opent.\n", encoding="utf-8")
    assert severities("", path=other) == [Severity.RED]
    # The default school is no longer this school's name: "Namens het Clusius College" names no
    # school the config knows, so only "namens" a known school or its leadership counts.
    clusius = tmp_path / "clusius.md"
    clusius.write_text("Het Clusius College heeft besloten dat de kas opent.\n", encoding="utf-8")
    assert findings_for("", path=clusius) == []


def test_a_hashtag_of_the_school_counts_as_its_name():
    assert severities("#ClusiusHoorn maakt bekend dat de open dag doorgaat!") == [Severity.RED]


# --- the tip for staff (art. 7) ----------------------------------------------------------------------


def test_staff_writing_about_work_get_a_tip_to_say_it_is_a_personal_view():
    (finding,) = findings_for(
        "Mijn leerlingen van Clusius Hoorn hebben vandaag prachtige boeketten gemaakt 💐"
    )
    assert finding.severity is Severity.INFO
    assert finding.match == "Clusius Hoorn"
    assert "persoonlijke mening" in finding.message or "persoonlijke mening" in finding.suggestion


def test_the_tip_does_not_change_a_green_verdict():
    result = check_task(
        CheckTask(None, data=b"Mijn collega's op het Clusius College zijn top."), RunOptions()
    )
    assert result.verdict.value == "green"


@pytest.mark.parametrize(
    "text",
    [
        "Mijn leerlingen van Clusius Hoorn waren top vandaag. Dit is mijn persoonlijke mening.",
        "My students at Clusius College did great today. Views are my own.",
        "---\nrole: pupil\n---\nMijn klas op het Clusius College is de beste.",
        "Zaterdag is de open dag van het Clusius College.",
    ],
    ids=["disclaimer nl", "disclaimer en", "a pupil", "no sign of staff"],
)
def test_no_tip_with_a_disclaimer_for_pupils_or_without_a_sign_of_staff(text):
    assert findings_for(text) == []


def test_front_matter_role_staff_gets_the_tip_without_a_staff_word():
    assert severities("---\nrole: staff\n---\nZaterdag open dag op het Clusius College!") == [Severity.INFO]


# --- word lists and config ---------------------------------------------------------------------------


def test_a_schools_extra_word_list_adds_a_pattern(tmp_path):
    extra = tmp_path / "eigen.yaml"
    extra.write_text(
        "rule: speaking-for-school\nlanguage: nl\nentries:\n"
        "  - {term: in opdracht van, severity: red, category: mandate}\n",
        encoding="utf-8",
    )
    (tmp_path / "clusius-check.yaml").write_text("wordlists: [eigen.yaml]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("In opdracht van het Clusius College: de kantine is dicht.\n", encoding="utf-8")
    assert severities("", path=post) == [Severity.RED]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("    severity: amber\n", [Severity.AMBER]), ("    enabled: false\n", [])],
    ids=["re-levelled", "switched off"],
)
def test_severity_override_and_switching_off(tmp_path, setting, expected):
    post = tmp_path / "post.md"
    post.write_text(CLAIM, encoding="utf-8")
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  speaking-for-school:\n" + setting)
    assert severities("", path=post) == expected


def test_english_messages(cli, write):
    result = cli("check", write("post.md", CLAIM), "--format", "json", "--lang", "en")
    document = json.loads(result.stdout)
    (finding,) = [f for f in document["drafts"][0]["findings"] if f["rule"] == RULE]
    assert "on behalf of the school" in finding["message"]
