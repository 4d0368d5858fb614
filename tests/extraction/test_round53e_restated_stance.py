"""A refusal followed by an apposition restating it, opened by a stance noun, with its date:
"..., a position the crown prince restated during his visit to Washington in September", "...,
a stance ...", "..., une position que ... a réaffirmée ... en septembre", "..., una postura que
... reiteró ... en septiembre", "..., eine Haltung, die ... im September bekräftigte", "...,
позиция, которую ... подтвердил ... в сентябре", "...، وهو موقف أكده ... في سبتمبر", "..., עמדה
ש... חזר עליה ... בספטמבר", "...، موضعی که ... در سپتامبر تکرار کرد", "..., sikap yang ...
ditegaskan ... pada September", "..., pendirian yang ditegaskan semula ... pada September";
Turkish and Kazakh close the apposition with the noun ("..., ... Eylül ayında yinelediği bir
tutum", "..., ... қыркүйекте қайталаған ұстаным"). The apposition's date is the refusal's, however
long the apposition runs (before, a date more than a clause's reach after the refusal's cue was
left out). Controls: an apposition with no date, a date after no stance noun, a date after a
semicolon, a period's start ("held since 2021") and an apposition naming another country leave
the refusal undated."""

import pytest

from tests.extraction.found import D, found_dated

RESTATED = [
    (
        "en",
        "Saudi Arabia has tied any step towards Israel to an irreversible path to Palestinian "
        "statehood, a position Crown Prince Mohammed bin Salman restated during his visit to "
        "Washington in September.",
    ),
    (
        "en",
        "Riyadh has repeated that it will not normalise with Israel unless there is an "
        "irreversible path to Palestinian statehood, a stance the crown prince restated during "
        "his Washington visit in September.",
    ),
    (
        "fr",
        "L'Arabie saoudite refuse toute normalisation avec Israël sans un État palestinien, une "
        "position que le prince héritier Mohammed ben Salmane a réaffirmée lors de sa visite à "
        "Washington en septembre.",
    ),
    (
        "es",
        "Arabia Saudí se niega a normalizar sus relaciones con Israel sin un Estado palestino, "
        "una postura que el príncipe heredero Mohamed bin Salmán reiteró durante su visita a "
        "Washington en septiembre.",
    ),
    (
        "de",
        "Saudi-Arabien lehnt eine Normalisierung mit Israel ohne einen palästinensischen Staat "
        "ab, eine Haltung, die Kronprinz Mohammed bin Salman bei seinem Besuch in Washington im "
        "September bekräftigte.",
    ),
    (
        "ru",
        "Саудовская Аравия отказывается нормализовать отношения с Израилем без палестинского "
        "государства, позиция, которую наследный принц Мухаммед бин Сальман подтвердил во время "
        "визита в Вашингтон в сентябре.",
    ),
    (
        "ar",
        "ترفض السعودية التطبيع مع إسرائيل من دون مسار لا رجعة فيه نحو دولة فلسطينية، وهو موقف "
        "أكده ولي العهد الأمير محمد بن سلمان خلال زيارته إلى واشنطن في سبتمبر.",
    ),
    (
        "he",
        "סעודיה מסרבת לנרמל את היחסים עם ישראל ללא מסלול למדינה פלסטינית, עמדה שיורש העצר "
        "מוחמד בן סלמאן חזר עליה במהלך ביקורו בוושינגטון בספטמבר.",
    ),
    (
        "fa",
        "عربستان سعودی بدون مسیری برگشت‌ناپذیر به سوی کشور فلسطینی روابط با اسرائیل را عادی "
        "نمی‌کند، موضعی که ولیعهد محمد بن سلمان در سفر رسمی و پرسروصدای خود به واشنگتن و در "
        "دیدار با رئیس‌جمهور آمریکا در سپتامبر تکرار کرد.",
    ),
    (
        "id",
        "Arab Saudi menolak normalisasi dengan Israel tanpa jalan menuju negara Palestina, sikap "
        "yang kembali ditegaskan Putra Mahkota Mohammed bin Salman saat berkunjung ke Washington "
        "pada September.",
    ),
    (
        "ms",
        "Arab Saudi menolak normalisasi dengan Israel tanpa laluan ke arah negara Palestin, "
        "pendirian yang ditegaskan semula oleh Putera Mahkota Mohammed bin Salman semasa "
        "lawatannya ke Washington pada September.",
    ),
    (
        "tr",
        "Suudi Arabistan, Filistin devletine giden geri dönülmez bir yol olmadan İsrail ile "
        "normalleşmeyi reddediyor, Veliaht Prens Muhammed bin Selman'ın Beyaz Saray'daki uzun "
        "görüşmelerin ardından düzenlenen basın toplantısında Eylül ayında yinelediği bir tutum.",
    ),
    (
        "kk",
        "Сауд Арабиясы Палестина мемлекетіне апаратын жолсыз Израильмен қарым-қатынасты қалыпқа "
        "келтіруден бас тартады, бұл тақ мұрагері Мұхаммед бин Салман Ақ үйдегі ұзақ "
        "келіссөздерден кейін өткен баспасөз мәслихатында қыркүйекте қайталаған ұстаным.",
    ),
]


@pytest.mark.parametrize("language,text", RESTATED)
def test_the_restated_stance_dates_the_refusal(language, text):
    assert found_dated(text, language, {"SA"}) == {("SA", D, "2025-09")}


def test_the_restating_country_of_a_pair_dates_its_own_refusal():
    text = (
        "Indonesia and Malaysia, with a combined population of nearly 320 million, have both "
        "refused to recognise Israel, a stance Jakarta restated during a long session of the "
        "United Nations General Assembly in New York in September."
    )
    assert ("ID", D, "2025-09") in found_dated(text, "en", {"ID"})


NEAR_MISSES = [
    # the apposition gives no date
    (
        "en",
        "Saudi Arabia will not normalise ties with Israel without an irreversible path to a "
        "Palestinian state, a position shared by most of the kingdom's neighbours and by the Arab "
        "League as a whole.",
    ),
    # no stance noun opens the words with the date
    (
        "en",
        "Saudi Arabia will not normalise ties with Israel without an irreversible path to a "
        "Palestinian state, the foreign minister told a gathering of Gulf and European diplomats "
        "in Riyadh in September.",
    ),
    # a semicolon, not a comma, before the stance noun
    (
        "en",
        "Saudi Arabia has tied any step towards Israel to an irreversible path to Palestinian "
        "statehood; a position the crown prince restated during his visit to Washington in "
        "September.",
    ),
    # another country named in the apposition: the date may be its own
    (
        "en",
        "Saudi Arabia has tied any step towards Israel to an irreversible path to Palestinian "
        "statehood, the crown prince said, a position Azerbaijan has never shared though it was "
        "asked to join in September.",
    ),
    (
        "fr",
        "L'Arabie saoudite refuse toute normalisation avec Israël sans un État palestinien, une "
        "position que partagent la plupart des voisins du royaume et la Ligue arabe dans son "
        "ensemble.",
    ),
]


@pytest.mark.parametrize("language,text", NEAR_MISSES)
def test_no_restated_stance_leaves_the_refusal_undated(language, text):
    assert found_dated(text, language, {"SA"}) == {("SA", D, None)}


def test_a_stance_held_since_a_year_stays_undated():
    text = (
        "Pakistan has said it has no intention of joining the Abraham Accords, a position it has "
        "held since 2021 in one form or another, whatever the pressure from Washington."
    )
    assert found_dated(text, "en", {"PK"}) == {("PK", D, None)}
