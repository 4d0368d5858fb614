"""The Indonesian catalogue covers what the public pages say (locale/id)."""

import re

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

pytestmark = pytest.mark.django_db

CATALOGUE = settings.BASE_DIR / "locale" / "id" / "LC_MESSAGES" / "django.po"
METHOD = settings.BASE_DIR / "templates" / "accords" / "method.html"


def _method_msgids():
    """The msgids of the method page's {% translate "..." %} tags."""
    text = METHOD.read_text(encoding="utf-8")
    return set(re.findall(r'{% translate "([^"]+)" %}', text)) | set(
        re.findall(r"{% translate '([^']+)' %}", text)
    )


def test_every_sentence_of_the_method_page_has_an_indonesian_translation():
    with open(CATALOGUE, "rb") as handle:
        catalogue = read_po(handle)
    missing = sorted(
        msgid
        for msgid in _method_msgids()
        if not (
            catalogue.get(msgid)
            and catalogue.get(msgid).string
            and "fuzzy" not in catalogue.get(msgid).flags
        )
    )
    assert missing == []


def test_the_method_page_reads_in_indonesian_down_to_the_real_news_figures(client):
    html = client.get("/method/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Pada berita nyata" in html and "Disisihkan" in html
    for english in (
        "On real news",
        "Kept apart",
        "Rules written against",
        "All articles",
        "real news excerpts written by others",
    ):
        assert english not in html
