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
    ],
    ids=[
        "dutch post",
        "english post",
        "dutch with english hashtags",
        "english naming a dutch school",
        "only emoji",
    ],
)
def test_language_of_a_post(text, expected):
    assert detect_language(text) == expected
