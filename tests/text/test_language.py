import pytest

from clusius_check.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wat een mooie dag op de schoolboerderij, de kalfjes zijn geboren!", "nl"),
        ("Our class visited the flower auction and we learned a lot.", "en"),
        ("Super trots op onze klas! #proud #greenschool", "nl"),
        ("Had a great day at the open day of Clusius College, thanks to all the pupils who helped", "en"),
        ("🌷🌷🌷", "nl"),
        ("Black people disgust me.", "en"),
        ("I hope u die", "en"),
        ("Wilt u de brief tekenen?", "nl"),
    ],
    ids=[
        "dutch post",
        "english post",
        "dutch with english hashtags",
        "english naming a dutch school",
        "only emoji",
        "short english, no function word tie-breaker",
        "english chat u",
        "dutch formal u",
    ],
)
def test_language_of_a_post(text, expected):
    assert detect_language(text) == expected
