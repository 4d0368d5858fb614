""" "The kingdom" after a comma and "but", when the clause before named the kingdom only as a
counterpart ("normalisation with Riyadh would add a point to growth, but in the kingdom they
keep saying there will be no relations without a Palestinian state"): the title stands for
the kingdom named as a counterpart, whose refusal it is. Forms: "..., but (in) the kingdom"
(en), "..., אבל בממלכה" (he), "...، لكن المملكة" (ar), "...، اما این پادشاهی" (fa), "...,
mais le royaume" (fr), "..., aber das Königreich" (de), "..., pero el reino" (es), "..., но
королевство" (ru), "..., tetapi kerajaan itu" (id). Turkish and Kazakh tell the counterpart
with a postposition or a case ending after the name ("Riyad ile", "Эр-Риядпен"), Malay has no
word for the kingdom apart from the government: not said this way. Near misses: no kingdom
named before, a title three words or more after "but"."""

import pytest

from tests.extraction.found import D, found

REFUSALS = [
    (
        "en",
        "Economists think normalisation with Riyadh would add a point to growth, but in the "
        "kingdom they keep saying there will be no relations with Israel without a Palestinian "
        "state.",
    ),
    (
        "he",
        'כלכלנים מעריכים שנורמליזציה עם ריאד תוסיף לתמ"ג אחוז, אבל בממלכה חוזרים ואומרים שלא '
        "יהיו יחסים עם ישראל בלי מדינה פלסטינית.",
    ),
    (
        "ar",
        "يرى خبراء أن التطبيع مع الرياض سيضيف نقطة إلى الناتج، لكن المملكة تؤكد أنه لا تطبيع "
        "قبل قيام دولة فلسطينية.",
    ),
    (
        "fa",
        "کارشناسان می‌گویند عادی‌سازی با ریاض به رشد اقتصادی کمک می‌کند، اما این پادشاهی تأکید "
        "دارد که بدون کشور فلسطینی عادی‌سازی در کار نیست.",
    ),
    (
        "fr",
        "Les économistes estiment qu'une normalisation avec Riyad doperait la croissance, mais "
        "le royaume répète qu'il n'y aura pas de relations avec Israël sans État palestinien.",
    ),
    (
        "de",
        "Ökonomen meinen, eine Normalisierung mit Riad würde das Wachstum steigern, aber das "
        "Königreich wiederholt, dass es ohne palästinensischen Staat keine Beziehungen zu "
        "Israel geben wird.",
    ),
    (
        "es",
        "Los economistas creen que la normalización con Riad impulsaría el crecimiento, pero el "
        "reino repite que no habrá relaciones con Israel sin un Estado palestino.",
    ),
    (
        "ru",
        "Экономисты считают, что нормализация с Эр-Риядом ускорит рост, но королевство "
        "повторяет, что без палестинского государства отношений с Израилем не будет.",
    ),
    (
        "id",
        "Para ekonom menilai normalisasi dengan Riyadh akan mendorong pertumbuhan, tetapi "
        "kerajaan itu menegaskan tidak akan ada hubungan dengan Israel tanpa negara Palestina.",
    ),
]


@pytest.mark.parametrize("language,text", REFUSALS)
def test_the_kingdom_after_but_is_the_counterpart_named_before(language, text):
    assert ("SA", D) in found(text, language)


@pytest.mark.parametrize(
    "language,text",
    [
        # no kingdom named before: the title stands for none
        (
            "en",
            "Economists think normalisation with Jakarta would add a point to growth, but in the "
            "kingdom they keep saying there will be no relations with Israel without a "
            "Palestinian state.",
        ),
        (
            "fr",
            "Les économistes estiment qu'une normalisation avec Jakarta doperait la croissance, "
            "mais le royaume répète qu'il n'y aura pas de relations avec Israël sans État "
            "palestinien.",
        ),
        # the title deep in the clause after "but": a speaker of its own stands between
        (
            "en",
            "Economists think normalisation with Riyadh would add a point to growth, but many "
            "bankers in the kingdom keep saying there will be no relations with Israel without a "
            "Palestinian state.",
        ),
    ],
)
def test_no_kingdom_named_or_the_title_far_after_but(language, text):
    assert ("SA", D) not in found(text, language)
    assert ("ID", D) not in found(text, language)
