"""Round forty-three, a country's denial of its own plan, talks or joining to come is its
refusal, in all twelve languages ("Indonesia denies plans to join", "a démenti les
informations selon lesquelles il rejoindrait les accords", "negó que vaya a sumarse"; new
key `plan_denials`, `claims._plan_denier`). Near misses, no claim: a denied offer or
invitation or pressure (new key `imposed`), a third party's denial about another country, a
denied report of a trade deal or a visit, a denied joining already done. The intention forms
"planee normalizar", "avoir l'intention de normaliser", "eine Normalisierung anzustreben" are
candidacies (`cues.prospective`, es, fr, de), turned by the denial.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Azerbaijan dismissed reports that it will join the Abraham Accords.", {("AZ", D)}),
        ("Washington dismissed reports that Riyadh will join the Abraham Accords.", set()),
        ("Azerbaijan dismissed reports of a trade deal with Israel.", set()),
        ("Indonesia denied that it is in talks to join the Abraham Accords.", {("ID", D)}),
        ("Indonesia denied being pressured to join the Abraham Accords.", set()),
        ("Indonesia denied that Washington was pressing it to join the Abraham Accords.", set()),
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
        ("L'Indonésie a l'intention de rejoindre les accords d'Abraham.", {("ID", P)}),
        (
            "L'Indonésie dément avoir l'intention de normaliser ses relations avec Israël.",
            {("ID", D)},
        ),
        ("L'Indonésie a démenti subir des pressions pour rejoindre les accords d'Abraham.", set()),
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
        ("Indonesia pretende normalizar relaciones con Israel.", {("ID", P)}),
        ("Indonesia negó que planee normalizar relaciones con Israel.", {("ID", D)}),
        ("Indonesia negó haber recibido presiones para unirse a los Acuerdos de Abraham.", set()),
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
        ("Indonesien strebt eine Normalisierung mit Israel an.", {("ID", P)}),
        ("Indonesien strebt keine Normalisierung mit Israel an.", {("ID", D)}),
        ("Indonesien dementierte, eine Normalisierung mit Israel anzustreben.", {("ID", D)}),
        ("Indonesien bestreitet, zum Beitritt zu den Abraham-Abkommen gedrängt zu werden.", set()),
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
        ("نفت إندونيسيا أنها تجري مفاوضات للتطبيع مع إسرائيل.", {("ID", D)}),
        ("نفت إندونيسيا تلقيها دعوة للانضمام إلى اتفاقيات أبراهام.", set()),
        ("نفت إندونيسيا تعرضها لضغوط للانضمام إلى اتفاقيات أبراهام.", set()),
        ("نفت إندونيسيا وجود خطط للانضمام إلى اتفاقيات أبراهام.", {("ID", D)}),
        ("نفت تونس الأنباء عن انضمامها إلى اتفاقيات أبراهام.", {("TN", D)}),
        ("نفت واشنطن أن الرياض تخطط للانضمام إلى اتفاقيات أبراهام.", set()),
    ],
    "he": [
        ("אינדונזיה הכחישה שקיבלה הצעה להצטרף להסכמי אברהם.", set()),
        ("אינדונזיה הכחישה שהופעל עליה לחץ להצטרף להסכמי אברהם.", set()),
        ("אינדונזיה הכחישה תוכניות להצטרף להסכמי אברהם.", {("ID", D)}),
        ("תוניסיה הכחישה את הדיווחים כי תצטרף להסכמי אברהם.", {("TN", D)}),
    ],
    "id": [
        ("Indonesia membantah mendapat tekanan untuk bergabung dengan Abraham Accords.", set()),
        (
            "Indonesia membantah kabar bahwa pihaknya akan bergabung dengan Abraham Accords.",
            {("ID", D)},
        ),
        ("Indonesia membantah pernah menerima tawaran bergabung dengan Abraham Accords.", set()),
    ],
    "ms": [
        ("Malaysia menolak laporan bahawa ia akan menyertai Perjanjian Abraham.", {("MY", D)}),
        ("Indonesia menafikan menerima tekanan untuk menyertai Perjanjian Abraham.", set()),
        ("Indonesia menafikan rancangan untuk menyertai Perjanjian Abraham.", {("ID", D)}),
        (
            "Wisma Putra menafikan laporan bahawa Malaysia akan menyertai Perjanjian Abraham.",
            {("MY", D)},
        ),
    ],
    "ru": [
        (
            "Индонезия отрицает, что ведет переговоры о присоединении к Авраамовым соглашениям.",
            {("ID", D)},
        ),
        ("Индонезия отрицает, что планирует присоединиться к Авраамовым соглашениям.", {("ID", D)}),
        (
            "Тунис опроверг сообщения о готовящемся присоединении к Авраамовым соглашениям.",
            {("TN", D)},
        ),
    ],
    "tr": [
        (
            "Endonezya, İbrahim Anlaşmalarına katılması için baskı gördüğü haberlerini yalanladı.",
            set(),
        ),
        (
            "Endonezya, İbrahim Anlaşmalarına katılma teklifi aldığı yönündeki haberleri yalanladı.",
            set(),
        ),
        ("Endonezya, İbrahim Anlaşmalarına katılacağı yönündeki haberleri yalanladı.", {("ID", D)}),
    ],
    "fa": [
        ("اندونزی دریافت پیشنهاد پیوستن به پیمان ابراهیم را تکذیب کرد.", set()),
        ("اندونزی فشار برای پیوستن به پیمان ابراهیم را تکذیب کرد.", set()),
        ("اندونزی گزارش‌ها درباره پیوستن به پیمان ابراهیم را تکذیب کرد.", {("ID", D)}),
    ],
    "kk": [
        ("Индонезия Авраам келісімдеріне қосылу туралы ұсыныс алғанын жоққа шығарды.", set()),
        ("Индонезия Авраам келісімдеріне қосылатыны туралы хабарларды жоққа шығарды.", {("ID", D)}),
    ],
}


KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_round43_denied_plans(language, text, expected):
    check_case(language, text, expected)
