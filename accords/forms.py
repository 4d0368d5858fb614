from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accords.extraction.statuses import STATUSES
from accords.models import ProposedChange, parse_date_key

LANGUAGE_CHOICES = [
    ("", _("Detect automatically")),
    ("en", "English"), ("id", "Bahasa Indonesia"), ("ms", "Bahasa Melayu"), ("ar", "العربية"),
    ("he", "עברית"), ("fa", "فارسی"), ("tr", "Türkçe"), ("ru", "Русский"), ("kk", "Қазақ"),
    ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"),
]


def clean_date_key(value):
    """"2020", "2020-09" or "2020-09-15" -> (date, precision); "" -> (None, "")."""
    value = (value or "").strip()
    if not value:
        return None, ""
    try:
        date, precision = parse_date_key(value)
    except (ValueError, TypeError):
        raise forms.ValidationError(
            _("Write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020 or 2020-09-15).")
        ) from None
    return date, precision


class ArticleSubmitForm(forms.Form):
    url = forms.CharField(label=_("URL"), required=False, max_length=2000,
                          widget=forms.URLInput(attrs={"size": 80}))
    text = forms.CharField(label=_("Or paste the article text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 14, "cols": 90}))
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=LANGUAGE_CHOICES)
    published = forms.DateField(label=_("Published"), required=False,
                                help_text=_("YYYY-MM-DD; resolves 'yesterday' and weekdays."))

    def clean_text(self):
        # The same limit as the pipeline's (ARTICLE_MAX_CHARS); the form comes back with the
        # text in it, so nothing is lost.
        text = self.cleaned_data["text"]
        limit = settings.ARTICLE_MAX_CHARS
        if len(text) > limit:
            raise forms.ValidationError(
                _("The text is %(length)s characters long; the limit is %(limit)s. Paste a "
                  "shorter excerpt (the part about the Accords)."),
                params={"length": f"{len(text):,}", "limit": f"{limit:,}"})
        return text

    def clean(self):
        data = super().clean()
        if bool(data.get("url")) == bool(data.get("text", "").strip()):
            raise forms.ValidationError(_("Give either a URL or the article's text."))
        return data


class ProposalForm(forms.ModelForm):
    """Edit a proposal before confirming: country, status, and the date as written."""

    when = forms.CharField(label=_("Date"), required=False, max_length=10,
                           help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown."))
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
    when = forms.CharField(label=_("Date"), required=False, max_length=10,
                           help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; empty keeps each source's."))

    def clean_when(self):
        return clean_date_key(self.cleaned_data.get("when"))
