""" "Not merely", "bukan sekadar", "не просто", "ليس مجرد", "نه صرفاً", "לא סתם": a negation word
that only says there is more than the step named ("the UAE did not merely sign the accords, it
opened an embassy"; "Somaliland wants recognition, not merely membership") negates nothing, so
the step stands and no refusal is read. Near misses: a plain negation of the same step ("did
not sign", "will not join") is still read as the negation it is.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

R = "ratified"

CASES = {
    "id": [
        (
            "Abraham Accords. Uni Emirat Arab bukan sekadar menandatangani Abraham Accords, tetapi juga "
            "membuka kedutaan di Tel Aviv.",
            {("AE", S), ("AE", R)},
        ),
        (
            "Abraham Accords. Bahrain bukan sekadar anggota Abraham Accords, negeri itu juga menjadi tuan "
            "rumah forum investasi.",
            {("BH", S)},
        ),
        (
            "Abraham Accords. Yang diminta Somaliland adalah pengakuan penuh, bukan semata-mata keanggotaan.",
            {("XS", P)},
        ),
        ("Abraham Accords. Indonesia tidak menandatangani Abraham Accords.", set()),
    ],
    "ms": [
        (
            "Abraham Accords. Emiriah Arab Bersatu bukan sekadar menandatangani Perjanjian Abraham, malah "
            "membuka kedutaan di Tel Aviv.",
            {("AE", S), ("AE", R)},
        ),
        (
            "Abraham Accords. Bahrain bukan sekadar anggota Perjanjian Abraham, malah menjadi tuan rumah "
            "forum pelaburan.",
            {("BH", S)},
        ),
        ("Abraham Accords. Malaysia tidak akan menandatangani Perjanjian Abraham.", {("MY", D)}),
    ],
    "en": [
        (
            "Abraham Accords. For Somaliland the prize is recognition, not just accession.",
            {("XS", P)},
        ),
        ("Abraham Accords. Somaliland has ruled out joining the accords.", {("XS", D)}),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Emiratos no solamente firmó los Acuerdos de Abraham, también abrió una "
            "embajada en Tel Aviv.",
            {("AE", S), ("AE", R)},
        ),
        ("Acuerdos de Abraham. Argelia no firmará los Acuerdos de Abraham.", {("DZ", D)}),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Emirate haben die Abraham-Abkommen nicht bloß unterzeichnet, sie haben "
            "auch eine Botschaft in Tel Aviv eröffnet.",
            {("AE", S), ("AE", R)},
        ),
        ("Abraham-Abkommen. Algerien wird die Abraham-Abkommen nicht unterzeichnen.", {("DZ", D)}),
    ],
    "ru": [
        (
            "Соглашения Авраама. ОАЭ не просто подписали Соглашения Авраама, они открыли посольство в "
            "Тель-Авиве.",
            {("AE", S), ("AE", R)},
        ),
        ("Соглашения Авраама. Алжир не подпишет Соглашения Авраама.", {("DZ", D)}),
    ],
    "ar": [
        ("اتفاقيات أبراهام. تريد أرض الصومال اعترافا كاملا، وليس مجرد الانضمام.", {("XS", P)}),
        ("اتفاقيات أبراهام. الجزائر لن تنضم إلى اتفاقيات أبراهام.", {("DZ", D)}),
    ],
    "fa": [
        (
            "پیمان ابراهیم. امارات نه صرفاً پیمان ابراهیم را امضا کرد، بلکه در تل‌آویو سفارت هم گشود.",
            {("AE", S), ("AE", R)},
        ),
        ("پیمان ابراهیم. الجزایر به پیمان ابراهیم نخواهد پیوست.", {("DZ", D)}),
    ],
    "he": [
        (
            "הסכמי אברהם. איחוד האמירויות לא סתם חתמה על הסכמי אברהם, היא גם פתחה שגרירות בתל אביב.",
            {("AE", S), ("AE", R)},
        ),
        ("הסכמי אברהם. אלג'יריה לא תצטרף להסכמי אברהם.", {("DZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_not_merely(language, text, expected):
    check_case(language, text, expected)
