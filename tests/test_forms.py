"""The forms: the submit form's languages, publication dates read at their precision."""

import datetime

import pytest
from django import forms
from django.urls import reverse

from accords.forms import ArticleSubmitForm, parse_published, understood
from accords.models import Article


def test_a_new_data_file_adds_its_language_named_by_cldr_with_its_direction(monkeypatch):
    from accords import forms

    monkeypatch.setattr(forms, "SUPPORTED_LANGUAGES", ("en", "ur"))
    assert forms.language_choices()[1:] == [("en", "English"), ("ur", "اردو")]
    html = str(forms.ArticleSubmitForm()["language"])
    assert '<option value="ur" lang="ur" dir="rtl">اردو</option>' in html
    assert 'value="ar"' not in html


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2026", (datetime.date(2026, 1, 1), "year")),
        ("2025-11", (datetime.date(2025, 11, 1), "month")),
        ("2025-11-06", (datetime.date(2025, 11, 6), "day")),
        ("yesterday", (datetime.date(2026, 11, 30), "day")),
        ("today", (datetime.date(2026, 12, 1), "day")),
        ("", (None, "")),
    ],
)
def test_a_publication_date_is_read_at_its_precision(typed, expected, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: datetime.date(2026, 12, 1))
    assert parse_published(typed, today=datetime.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(
    "typed, message",
    [
        ("12/02/2026", "ambiguous"),
        ("02.12.2026", "ambiguous"),
        ("2026-13-01", "Write the date"),
        ("next week", "Write the date"),
        ("2999-01-01", "after today"),
    ],
)
def test_ambiguous_malformed_and_future_publication_dates_are_refused(typed, message):
    with pytest.raises(forms.ValidationError, match=message):
        parse_published(typed)


def test_the_understood_date_is_echoed_in_words():
    assert understood(datetime.date(2026, 12, 2), "day") == "Wednesday 2 December 2026"
    assert understood(datetime.date(2026, 2, 1), "month") == "February 2026"


def test_the_submit_form_refuses_an_ambiguous_date_and_a_huge_outlet_keeping_the_text():
    form = ArticleSubmitForm(
        {"text": "Some text.", "published": "12/02/2026", "outlet": "x" * 10000}
    )
    assert not form.is_valid()
    assert "ambiguous" in str(form.errors["published"])
    assert "at most 200 characters" in str(form.errors["outlet"])
    assert form["text"].value() == "Some text."


# --- pasted text over the limit, through the submit page -------------------------------------


@pytest.mark.django_db
def test_text_over_the_limit_comes_back_in_the_form_with_a_readable_message(
    client, editor, settings
):
    settings.ARTICLE_MAX_CHARS = 2000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 2000 + 64 * 1024
    client.force_login(editor)
    text = "Казахстан присоединится к Авраамовым соглашениям. " * 60  # 3,000 characters
    response = client.post(reverse("admin:accords_article_submit"), {"text": text})
    assert response.status_code == 200
    assert "the limit is 2,000" in response.content.decode()
    assert text.strip()[:200] in response.content.decode()  # the editor's text is kept
    assert not Article.objects.exists()
