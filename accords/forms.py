import datetime
import re

from babel import Locale
from babel import dates as babel_dates
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accords.extraction import SUPPORTED_LANGUAGES
from accords.extraction.statuses import STATUSES
from accords.models import Article, ProposedChange, parse_date_key, text_direction


def language_choices():
    """The languages the parser has a data file for, each named in itself by CLDR
    ("العربية", "Deutsch"): a new data file adds its language here with no code."""
    choices = [("", _("Detect automatically"))]
    for code in SUPPORTED_LANGUAGES:
        name = Locale.parse(code).get_display_name(code) or code
        choices.append((code, name[:1].upper() + name[1:]))
    return choices


class LanguageSelect(forms.Select):
    """Each language's option says its language and direction (lang, dir), from CLDR."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"].update(lang=value, dir=text_direction(value))
        return option


AMBIGUOUS = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})\s*$")
RELATIVE_DAYS = {"today": 0, "yesterday": 1}


def _not_future(date, value):
    if date > timezone.localdate():
        raise forms.ValidationError(
            _("%(value)s is after today: a future date cannot be recorded.") % {"value": value}
        )


def clean_date_key(value):
    """ "2020", "2020-09" or "2020-09-15" -> (date, precision); "" -> (None, "").

    Dates after today are refused."""
    value = (value or "").strip()
    if not value:
        return None, ""
    if AMBIGUOUS.match(value):
        raise _ambiguous(value)
    try:
        date, precision = parse_date_key(value)
    except (ValueError, TypeError):
        raise forms.ValidationError(
            _("Write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020 or 2020-09-15).")
        ) from None
    if not 1900 <= date.year:
        raise forms.ValidationError(
            _("%(value)s is not a year of this history.") % {"value": value}
        )
    _not_future(date, value)
    return date, precision


def _ambiguous(value):
    return forms.ValidationError(
        _(
            "%(value)s is ambiguous (day/month or month/day?). Write it as YYYY-MM-DD, "
            "e.g. 2026-02-12 for 12 February 2026."
        )
        % {"value": value}
    )


def parse_published(value, today=None):
    """A publication date as typed: "2026", "2026-12", "2026-12-02", "today" or "yesterday"
    -> (date, precision); "" -> (None, "").  Ambiguous, malformed and future dates raise
    ValidationError with a message saying how to write it."""
    value = (value or "").strip()
    word = value.lower()
    if word in RELATIVE_DAYS:
        return (today or timezone.localdate()) - datetime.timedelta(days=RELATIVE_DAYS[word]), "day"
    return clean_date_key(value)


def understood(date, precision, locale="en"):
    """What a typed date was read as, in words: "Wednesday 2 December 2026", "December 2026"."""
    if date is None:
        return ""
    if precision == "day":
        return babel_dates.format_date(date, "EEEE d MMMM y", locale=locale.replace("-", "_"))
    if precision == "month":
        return babel_dates.format_date(date, "LLLL y", locale=locale.replace("-", "_"))
    return str(date.year)


class PublishedField(forms.CharField):
    """The article's publication date at its precision: cleans to (date, precision)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Published"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "help_text",
            _(
                "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2026-12-02), or the words “today” or "
                "“yesterday”. Not 12/02/2026: it could be February or December. A day resolves "
                "“yesterday” and weekdays in the text."
            ),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        return parse_published(super().clean(value))


class ArticleSubmitForm(forms.Form):
    url = forms.CharField(
        label=_("URL"),
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"size": 80}),
        help_text=_(
            "Alone: the page is fetched. With pasted text: the "
            "original's address, cited as the source, not fetched."
        ),
    )
    text = forms.CharField(
        label=_("Or paste the article text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    outlet = forms.CharField(
        label=_("Outlet"),
        required=False,
        max_length=200,
        help_text=_("Who published it; by default the URL's site name."),
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=language_choices, widget=LanguageSelect
    )
    published = PublishedField()

    def clean_text(self):
        # The same limit as the pipeline's (ARTICLE_MAX_CHARS); the form comes back with the
        # text in it, so nothing is lost.
        text = self.cleaned_data["text"]
        limit = settings.ARTICLE_MAX_CHARS
        if len(text) > limit:
            raise forms.ValidationError(
                _(
                    "The text is %(length)s characters long; the limit is %(limit)s. Paste a "
                    "shorter excerpt (the part about the Accords)."
                ),
                params={"length": f"{len(text):,}", "limit": f"{limit:,}"},
            )
        return text

    def clean(self):
        data = super().clean()
        if not data.get("url") and not data.get("text", "").strip():
            raise forms.ValidationError(_("Give a URL, the article's text, or both."))
        if data.get("outlet") and not data.get("text", "").strip():
            self.add_error(
                "outlet", _("A fetched page names its own outlet; give an outlet with pasted text.")
            )
        return data


class ProposalForm(forms.ModelForm):
    """Edit a proposal before confirming: country, status, and the date as written."""

    when = forms.CharField(
        label=_("Date"),
        required=False,
        max_length=10,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown."),
    )
    status = forms.ChoiceField(choices=[(s, s) for s in STATUSES])

    class Meta:
        model = ProposedChange
        fields = ["country", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["when"].initial = self.instance.date_key

    def clean_when(self):
        return clean_date_key(self.cleaned_data.get("when"))


class ItemForm(forms.Form):
    """Edit every source of a review item alike before confirming: the status and the date."""

    status = forms.ChoiceField(label=_("Status"), choices=[(s, s) for s in STATUSES])
    when = forms.CharField(
        label=_("Date"),
        required=False,
        max_length=10,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; empty keeps each source's."),
    )

    def clean_when(self):
        return clean_date_key(self.cleaned_data.get("when"))


class ArticleForm(forms.ModelForm):
    """The article's admin page: its language and its publication date, at its precision."""

    published_when = PublishedField()

    class Meta:
        model = Article
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.published:
            self.fields["published_when"].initial = self.instance.published_key


class ConfirmForm(forms.Form):
    """The date an editor chose when confirming: one the sources give, the article's
    publication date, or another typed in (any precision); empty when none was needed."""

    choice = forms.CharField(required=False, max_length=40)
    when = forms.CharField(label=_("Another date"), required=False, max_length=20)

    def clean(self):
        data = super().clean()
        choice = data.get("choice", "")
        if choice == "other" or (not choice and data.get("when")):
            date, precision = clean_date_key(data.get("when"))
            if date is None:
                raise forms.ValidationError(_("Type the date to publish, or pick one."))
        elif choice:
            date, precision = clean_date_key(choice.removeprefix("published:"))
        else:
            date, precision = None, ""
        data["date"], data["precision"] = date, precision
        return data
