"""Round twenty-one, Kazakh and Malay news as Kazinform, Vlast.kz, Bernama and Malaysiakini write
it (with German where the same phrasing exists). Classes: a Kazakh signing told in the
concessive converb ("декларацияға қол қойғанымен", "although it signed the declaration"), the
step of the clause it opens, a capital for its subject; Kazakh development of relations that
"stopped" ("Израильмен қатынасты дамыту тоқтап қалды") as a halt of the country in scope; a
Malay normalisation left "hanging" ("proses normalisasi ... kini tergantung susulan perang"),
only when a cause or "tanpa kepastian" follows, since "tergantung pada" means "depends on";
German "hängt in der Schwebe" for a normalisation or talks left in limbo (English "in limbo",
French "en suspens" and Spanish "en suspenso" were read already); a Malay and Indonesian
announcement of "the step to normalise relations" ("mengumumkan langkah menormalisasikan
hubungan", "mengumumkan langkah menormalisasi hubungan") is an announcement, also in a relative
clause before the main clause's signing, which then keeps its own date; the Kazakh September
with its final consonant voiced before a possessive ("2020 жылдың қыркүйегінде"), a month.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, U, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Хартум 2021 жылғы қаңтарда декларацияға қол қойғанымен, "
            "Израильмен қатынасты дамыту іс жүзінде тоқтап қалды.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Бахрейн Авраам келісімдеріне 2020 жылы қол қойғанымен, елде наразылық әлі де бар.",
            {("BH", S)},
        ),
        (
            "Египет Израильмен бейбіт келісімге 1979 жылы қол қойғанымен, ел ішінде наразылық көп.",
            set(),
        ),
        ("Авраам келісімдері. Қазақстанда туризмді дамыту тоқтап қалды.", set()),
        (
            "Біріккен Араб Әмірліктері 2020 жылдың қыркүйегінде Авраам келісімдеріне қол қойды.",
            {("AE", S, "2020-09")},
        ),
    ],
    "ms": [
        (
            "Maghribi, yang mengumumkan langkah menormalisasikan hubungan pada 10 Disember 2020, "
            "kemudian memeterai deklarasi bersama di Rabat pada 22 Disember 2020.",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "Perjanjian Abraham. Maghribi mengumumkan langkah menaikkan cukai import pada 10 Disember 2020.",
            set(),
        ),
        (
            "Sudan menandatangani perjanjian itu pada Januari 2021, namun proses normalisasi "
            "dengan Khartoum kini tergantung susulan perang saudara.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Sudan menandatangani perjanjian itu pada Januari 2021, namun proses normalisasi "
            "dengan Khartoum tergantung pada keputusan tentera.",
            {("SD", S)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Maroko mengumumkan langkah menormalisasi hubungan dengan Israel pada 10 Desember 2020.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Perjanjian Abraham. Maroko mengumumkan langkah menaikkan pajak impor pada 10 Desember 2020.",
            set(),
        ),
    ],
    "de": [
        (
            "Der Sudan unterzeichnete im Januar 2021, doch die Normalisierung mit Khartum hängt "
            "seit dem Krieg in der Schwebe.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Die Abraham-Abkommen. Der Bau der Brücke in Khartum hängt seit dem Krieg in der Schwebe.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round21_kazakh_malay_news(language, text, expected):
    check_case(language, text, expected)
