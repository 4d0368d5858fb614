"""A country's turn, told after a joining as what comes next ("Now it is Azerbaijan's turn",
"c'est désormais au tour de l'Azerbaïdjan", "ahora le toca a Azerbaiyán", "nun ist Aserbaidschan
an der Reihe", "теперь очередь за Азербайджаном", "Azerbaycan'ın sırası gelecek", "kini giliran
Azerbaijan", "والآن جاء دور أذربيجان", "اکنون نوبت آذربایجان است", "енді Әзербайжанның кезегі", "עכשיו תורה של אזרבייג'ן"):
others' view of the next candidate, a candidacy (`prospective`), in every language. Near misses: a
turn that came in the past is no candidacy ("In December 2020 it was Morocco's turn", "Bulan
berikutnya giliran Sudan", and the bare Russian "на очереди", which a joiner before it in its
sentence would take); a
turn at something else ("Azerbaijan's turn to host the summit", "au tour de l'Azerbaïdjan de
présider le sommet", "le toca a Azerbaiyán organizar la cumbre") gives nothing (since round
fifty-one, French and Spanish `off_topic` hold the chairing and hosting of a summit; a member
that "venait de présider la Ligue arabe" keeps its step). Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

EN = "Kazakhstan joined the Abraham Accords in November 2025. "
FR = "Le Kazakhstan a rejoint les accords d'Abraham en novembre 2025. "
ES = "Kazajistán se adhirió a los Acuerdos de Abraham en noviembre de 2025. "
DE = "Kasachstan ist den Abraham-Abkommen im November 2025 beigetreten. "
RU = "Казахстан присоединился к Соглашениям Авраама в ноябре 2025 года. "
TR = "Kazakistan Kasım 2025'te İbrahim Anlaşmaları'na katıldı. "
ID = "Kazakhstan bergabung dengan Perjanjian Abraham pada November 2025. "
MS = "Kazakhstan menyertai Perjanjian Abraham pada November 2025. "
AR = "انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر 2025. "
FA = "قزاقستان در نوامبر ۲۰۲۵ به توافق‌های ابراهیم پیوست. "
HE = "קזחסטן הצטרפה להסכמי אברהם בנובמבר 2025. "
KK = "Қазақстан 2025 жылғы қарашада Авраам келісімдеріне қосылды. "

KZ_AZ = {("KZ", A), ("AZ", P)}

CASES = {
    "en": [
        (EN + "Now it is Azerbaijan's turn, officials in Washington say.", KZ_AZ),
        (EN + "Azerbaijan's turn will come soon, a senior diplomat said.", KZ_AZ),
        (EN + "It is now Azerbaijan's turn to join the accords, the envoy said.", KZ_AZ),
        (EN + "Azerbaijan's turn to host the regional summit comes in May.", {("KZ", A)}),
    ],
    "fr": [
        (FR + "C'est désormais au tour de l'Azerbaïdjan, dit-on à Washington.", KZ_AZ),
        (FR + "Ce serait bientôt au tour de l'Azerbaïdjan, selon un diplomate.", KZ_AZ),
        (FR + "Le tour de l'Azerbaïdjan viendra, assure l'envoyé américain.", KZ_AZ),
        (
            FR + "Ce sera au tour de l'Azerbaïdjan de présider le sommet régional en mai.",
            {("KZ", A)},
        ),
        (
            "Le Maroc, qui venait de présider la Ligue arabe, a rejoint les accords d'Abraham en "
            "décembre 2020.",
            {("MA", "signed")},
        ),
    ],
    "es": [
        (ES + "Ahora le toca a Azerbaiyán, según fuentes de Washington.", KZ_AZ),
        (ES + "El próximo turno sería para Azerbaiyán, dicen los diplomáticos.", KZ_AZ),
        (ES + "Ahora le toca a Azerbaiyán organizar la cumbre regional.", {("KZ", A)}),
        (
            "Marruecos, que acababa de presidir la Liga Árabe, se adhirió a los Acuerdos de "
            "Abraham en diciembre de 2020.",
            {("MA", "signed")},
        ),
    ],
    "de": [
        (DE + "Nun ist Aserbaidschan an der Reihe, heißt es in Washington.", KZ_AZ),
        (DE + "Als Nächstes wäre Aserbaidschan an der Reihe, sagen Diplomaten.", KZ_AZ),
    ],
    "ru": [
        (RU + "Теперь очередь за Азербайджаном, говорят в Вашингтоне.", KZ_AZ),
        (RU + "Дальше очередь за Азербайджаном, говорят дипломаты.", KZ_AZ),
    ],
    "tr": [
        (TR + "Washington'daki diplomatlara göre Azerbaycan'ın sırası da yakında gelecek.", KZ_AZ),
        (TR + "Şimdi sıra Azerbaycan'a geldi, diye yazdı gazete.", KZ_AZ),
    ],
    "id": [
        (ID + "Kini giliran Azerbaijan, kata seorang diplomat di Washington.", KZ_AZ),
        (ID + "Giliran Azerbaijan bisa tiba tahun depan, kata pejabat AS.", KZ_AZ),
    ],
    "ms": [
        (MS + "Kini giliran Azerbaijan, kata seorang diplomat di Washington.", KZ_AZ),
        (
            "Maghribi menyertai Perjanjian Abraham pada Disember 2020. Bulan berikutnya giliran "
            "Sudan pula.",
            {("MA", "signed")},
        ),
    ],
    "ar": [
        (AR + "والآن جاء دور أذربيجان، بحسب دبلوماسيين في واشنطن.", KZ_AZ),
        (AR + "وقد يأتي دور أذربيجان قريبا، وفق مسؤول أمريكي.", KZ_AZ),
    ],
    "fa": [
        (FA + "اکنون نوبت آذربایجان است، به گفته دیپلمات‌ها در واشنگتن.", KZ_AZ),
    ],
    "he": [
        (HE + "עכשיו תורה של אזרבייג'ן, אומרים בוושינגטון.", KZ_AZ),
        (HE + "לדברי דיפלומטים, תורה של אזרבייג'ן להצטרף להסכמים יגיע בקרוב.", KZ_AZ),
    ],
    "kk": [
        (KK + "Енді Әзербайжанның кезегі, дейді Вашингтондағы дипломаттар.", KZ_AZ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_turn(language, text, expected):
    assert found(text, language) == expected
