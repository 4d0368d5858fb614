"""Round forty-three, a country's denial of its own plan, talks or joining to come is its
refusal, in all twelve languages ("Indonesia denies plans to join", "a démenti les
informations selon lesquelles il rejoindrait les accords", "negó que vaya a sumarse"; new
key `plan_denials`, `claims._plan_denier`). Near misses, no claim: a denied offer or
invitation, a third party's denial about another country, a denied report of a trade deal or
a visit, a denied joining already done. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        ("Indonesia denies plans to join the Abraham Accords.", {("ID", D)}),
        ("Jakarta has denied that it plans to normalize relations with Israel.", {("ID", D)}),
        ("Tunisia denied reports that it will join the Abraham Accords.", {("TN", D)}),
        ("Indonesia denied receiving an offer to join the Abraham Accords.", set()),
        ("Washington denied that Riyadh plans to join the Abraham Accords.", set()),
        ("Indonesia denied reports of a trade deal with Israel.", set()),
        ("Indonesia denied that its foreign minister visited Israel.", set()),
        ("Oman denied that it has joined the Abraham Accords.", set()),
    ],
    "fr": [
        ("L'Indonésie dément tout projet d'adhésion aux accords d'Abraham.", {("ID", D)}),
        (
            "La Tunisie a démenti qu'elle s'apprêtait à rejoindre les accords d'Abraham.",
            {("TN", D)},
        ),
        (
            "L'Indonésie a démenti avoir reçu une invitation à rejoindre les accords d'Abraham.",
            set(),
        ),
        ("Washington dément que Riyad prépare son adhésion aux accords d'Abraham.", set()),
    ],
    "es": [
        ("Indonesia desmiente planes de unirse a los Acuerdos de Abraham.", {("ID", D)}),
        ("Túnez niega haber negociado su adhesión a los Acuerdos de Abraham.", {("TN", D)}),
        (
            "Indonesia negó haber recibido una invitación para unirse a los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Emiratos, uno de los firmantes de los Acuerdos de Abraham, financia a las milicias, algo que Abu Dabi niega.",
            {("AE", "signed")},
        ),
    ],
    "de": [
        ("Indonesien dementiert Pläne, dem Abraham-Abkommen beizutreten.", {("ID", D)}),
        (
            "Tunesien dementierte Berichte, wonach das Land den Abraham-Abkommen beitreten wolle.",
            {("TN", D)},
        ),
        (
            "Indonesien bestreitet, ein Angebot zum Beitritt zu den Abraham-Abkommen erhalten zu haben.",
            set(),
        ),
    ],
    "ar": [
        ("نفت إندونيسيا وجود خطط للانضمام إلى اتفاقيات أبراهام.", {("ID", D)}),
        ("نفت تونس الأنباء عن انضمامها إلى اتفاقيات أبراهام.", {("TN", D)}),
        ("نفت واشنطن أن الرياض تخطط للانضمام إلى اتفاقيات أبراهام.", set()),
    ],
    "he": [
        ("אינדונזיה הכחישה תוכניות להצטרף להסכמי אברהם.", {("ID", D)}),
        ("תוניסיה הכחישה את הדיווחים כי תצטרף להסכמי אברהם.", {("TN", D)}),
    ],
    "id": [
        (
            "Indonesia membantah kabar bahwa pihaknya akan bergabung dengan Abraham Accords.",
            {("ID", D)},
        ),
        ("Indonesia membantah pernah menerima tawaran bergabung dengan Abraham Accords.", set()),
    ],
    "ms": [
        ("Indonesia menafikan rancangan untuk menyertai Perjanjian Abraham.", {("ID", D)}),
        (
            "Wisma Putra menafikan laporan bahawa Malaysia akan menyertai Perjanjian Abraham.",
            {("MY", D)},
        ),
    ],
    "ru": [
        ("Индонезия отрицает, что планирует присоединиться к Авраамовым соглашениям.", {("ID", D)}),
        (
            "Тунис опроверг сообщения о готовящемся присоединении к Авраамовым соглашениям.",
            {("TN", D)},
        ),
    ],
    "tr": [
        ("Endonezya, İbrahim Anlaşmalarına katılacağı yönündeki haberleri yalanladı.", {("ID", D)}),
    ],
    "fa": [
        ("اندونزی گزارش‌ها درباره پیوستن به پیمان ابراهیم را تکذیب کرد.", {("ID", D)}),
    ],
    "kk": [
        ("Индонезия Авраам келісімдеріне қосылатыны туралы хабарларды жоққа шығарды.", {("ID", D)}),
    ],
}


KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_round43_denied_plans(language, text, expected):
    check_case(language, text, expected)
