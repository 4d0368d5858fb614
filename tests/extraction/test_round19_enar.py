"""Round nineteen, English and Arabic news as a wire, an Israeli and a South Asian daily,
Asharq Al-Awsat, Al Jazeera and a Moroccan daily write it (with French, Spanish and German where
the same phrasing exists). Classes: a day of "this month" or "last month" ("on the 6th of this
month", "في السادس من الشهر الحالي", "يوم 6 من الشهر الجاري", "el 6 de este mes", "le 6 de ce
mois", "am 6. dieses Monats") is that day of the publication's month, not the month alone;
closeness to a joining ("described as very close to signing up", "قريبة جدا من الانضمام", "très
proche de rejoindre", "muy cerca de unirse", "nahe daran, beizutreten", "kurz vor dem Beitritt")
is others' view of a candidate, not an announced decision; a description between commas inside
a list ("Azerbaijan, a close ally of Turkey, and Indonesia", "X, whose president is a partner of
Israel, and Y") keeps both list members, and the name inside the description takes nothing; a
name inside a relative clause about no country and telling no step ("The former Soviet
republic, which borders Russia and China, ...") is the object of that clause, not the subject
of the step after it; pressure to join told with the masdar "الالتحاق" ("تضغط ... على السعودية
للالتحاق بالركب", "pressing X to get on board") is a candidacy; "أعلن موافقته على التطبيع"
(announced its agreement to normalise) is an announcement; "weighing whether to come on board"
or "to take part in the accords" and "the names mentioned most often" ("los nombres más
citados") are candidacies; contacts "put on ice" are a halt; holding to the condition of a
Palestinian state ("متمسكة بشرط قيام دولة فلسطينية", "sticks to its condition of a Palestinian
state", "maintient sa condition", "mantiene su condición", "hält an seiner Bedingung ... fest")
is a refusal as things stand, and holding to another condition is none; Arabic talk "عن الدول
المرشحة" (of the candidate countries, a group with no name) gives no country named beside it a
candidacy, while "من الدول المرشحة" (among the candidates) still does; a founder's capital
before a sentence's opening date ("In Washington in November, ...") is where the step was told,
so the date still reaches every step of the sentence, the condition after "but" included; a
date followed by "and" and the next verb ("agreed to join in October 2020 and signed the
declaration in January 2021", "et a signé", "y firmó") ends the step before it, so each step
keeps its own date (not verb-final languages, and not the Arabic "و" glued to the verb); an
anaphor opening the clause after a semicolon ("; its government has since frozen contacts",
"; its military leadership has put contacts on ice", "; son gouvernement", "; su gobierno",
"; seine Regierung") stands for the one country the sentence named before it, and one deep in
that clause ("; in Jerusalem they talk of the country that will be next") does not.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

CASES = {
    "en": [
        # a day of this month / last month (read as published on 20 November 2025)
        (
            "Kazakhstan joined the Abraham Accords on the 6th of this month, Tokayev said.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Kazakhstan joined the Abraham Accords on the 26th of last month.",
            {("KZ", A, "2025-10-26")},
        ),
        ("Kazakhstan joined the Abraham Accords this month.", {("KZ", A, "2025-11")}),
        ("The Abraham Accords. Some 6 delegations arrived this month.", set()),
        # closeness to joining
        (
            "Abraham Accords. Azerbaijan was described by a US envoy as very close to signing up.",
            {("AZ", P)},
        ),
        ("Azerbaijan is close to joining the Abraham Accords, Trump said.", {("AZ", P)}),
        ("Azerbaijan has signed up to the Abraham Accords.", {("AZ", A)}),
        # a description between commas inside a list
        (
            "Azerbaijan, a close ally of Turkey, and Indonesia are candidates for the Abraham Accords.",
            {("AZ", P), ("ID", P)},
        ),
        (
            "Azerbaijan, whose president Ilham Aliyev is a close partner of Israel, and Indonesia "
            "are candidates for the Abraham Accords.",
            {("AZ", P), ("ID", P)},
        ),
        (
            "Kazakhstan, a neighbour of Russia and China, has joined the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Saudi Arabia, the biggest prize, and Oman have refused to join the Abraham Accords.",
            {("SA", P), ("OM", D)},
        ),
        # a stepless relative clause about no country
        (
            "The Abraham Accords. The former Soviet republic, which borders Russia and China, already "
            "has full ties with Israel, so its accession is largely symbolic.",
            set(),
        ),
        (
            "The kingdom, which borders Qatar, said Oman will join the Abraham Accords.",
            {("OM", A)},
        ),
        ("The Abraham Accords, which Sudan signed, were a turning point.", {("SD", S)}),
        (
            "The Abraham Accords. The Central Asian nation, which borders Russia and China, has joined.",
            set(),
        ),
        (
            "The Abraham Accords. Kazakhstan, which borders Russia and China, has joined.",
            {("KZ", A)},
        ),
        # pressure to get on board, weighing, names mentioned most often
        (
            "Washington is pressing Saudi Arabia to get on board with the Abraham Accords.",
            {("SA", P)},
        ),
        ("Azerbaijan is weighing whether to take part in the Abraham Accords.", {("AZ", P)}),
        (
            "Kazakhstan joins Abraham Accords. Azerbaijan is weighing whether to take part in the "
            "talks on a gas pipeline.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan joins Abraham Accords. Azerbaijan and Indonesia are the names mentioned most often.",
            {("KZ", A), ("AZ", P), ("ID", P)},
        ),
        # holding to the condition of a Palestinian state
        (
            "Abraham Accords. Riyadh still sticks to its condition of a Palestinian state.",
            {("SA", D)},
        ),
        ("Abraham Accords. Riyadh sticks to its condition of lower oil prices.", set()),
        # a founder's capital before the opening date names where, not who
        (
            "In Washington in November, Saudi Arabia said it wanted to join the Abraham Accords but "
            "would first need a clear path to a Palestinian state.",
            {("SA", P, "2025-11"), ("SA", D, "2025-11")},
        ),
        (
            "Sudan, in January 2021, signed the Abraham Accords, while Morocco had signed them before.",
            {("SD", S, "2021-01"), ("MA", S, None)},
        ),
        # two steps of one subject joined by "and", each with its own date
        (
            "Sudan agreed to join the Abraham Accords in October 2020 and signed the declaration "
            "in January 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01")},
        ),
        (
            "The UAE signed the Abraham Accords in September 2020 and Morocco joined in December 2020.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        # an anaphor opening the clause after a semicolon stands for the country named before it
        (
            "Sudan signed the Abraham Accords in 2021; its government has since frozen contacts with Israel.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Sudan agreed to join the Abraham Accords in 2020 but never completed the process; its "
            "military leadership has put contacts on ice.",
            {("SD", A), ("SD", U)},
        ),
        (
            "Kazakhstan joins the Abraham Accords; in Jerusalem they already talk of the country that "
            "will be next.",
            {("KZ", A)},
        ),
        # contacts put on ice
        ("Sudan's military has put contacts with Israel on hold.", {("SD", U)}),
        (
            "Kazakhstan joined the Abraham Accords. Egypt has put talks on a gas deal on hold.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "وكانت أستانا قد انضمت إلى الاتفاقات الإبراهيمية في السادس من الشهر الحالي.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "انضمت كازاخستان إلى الاتفاقات الإبراهيمية يوم 6 من الشهر الجاري.",
            {("KZ", A, "2025-11-06")},
        ),
        ("انضمت كازاخستان إلى الاتفاقات الإبراهيمية الشهر الماضي.", {("KZ", A, "2025-10")}),
        (
            'وقال مسؤول أمريكي إن باكو "قريبة جدا" من الانضمام إلى اتفاقات أبراهام.',
            {("AZ", P)},
        ),
        ("وقال مسؤول أمريكي إن باكو قريبة من الانضمام إلى اتفاقات أبراهام.", {("AZ", P)}),
        ("أعلنت أذربيجان انضمامها إلى اتفاقات أبراهام.", {("AZ", A)}),
        (
            "وتضغط الإدارة الأميركية على السعودية للالتحاق بالركب في اتفاقات أبراهام.",
            {("SA", P)},
        ),
        # the narrative "قبل أن يلتحق" (before Sudan joined) is a past joining: a member
        ("ضغطت واشنطن على الخرطوم قبل أن يلتحق السودان باتفاقات أبراهام.", {("SD", S)}),
        (
            "غير أن الرياض لا تزال متمسكة بشرط قيام دولة فلسطينية، كما تقول عن اتفاقات أبراهام.",
            {("SA", D)},
        ),
        ("وتبقى الرياض متمسكة بشرط التوقيع على اتفاقية التجارة الحرة مع الإمارات.", set()),
        # a nameless group of candidates talked about gives no country its candidacy
        (
            "منذ أن أعلن ترامب، في السادس من نونبر الماضي، التحاق كازاخستان باتفاقات أبراهام، "
            "عاد الحديث بقوة عن الدول المرشحة لتوسيع هذا المسار.",
            {("KZ", A)},
        ),
        ("انضمت كازاخستان إلى اتفاقات أبراهام، وعاد الحديث عن الدول المرشحة.", {("KZ", A)}),
        ("وتبقى السعودية وعمان من الدول المرشحة لاتفاقات أبراهام.", {("SA", P), ("OM", P)}),
        (
            "وأعلن السودان موافقته على التطبيع مع إسرائيل في تشرين الأول 2020.",
            {("SD", A, "2020-10")},
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham le 6 de ce mois.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "L'Azerbaïdjan a été décrit par un émissaire américain comme très proche de rejoindre "
            "les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "L'Azerbaïdjan, proche allié de la Turquie, et l'Indonésie sont candidats aux accords d'Abraham.",
            {("AZ", P), ("ID", P)},
        ),
        ("Accords d'Abraham : Riyad maintient sa condition d'un État palestinien.", {("SA", D)}),
        (
            "Le Soudan a accepté de rejoindre les accords d'Abraham en octobre 2020 et a signé la "
            "déclaration en janvier 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01")},
        ),
        (
            "Le Soudan a signé les accords d'Abraham en 2021 ; son gouvernement a depuis gelé les "
            "contacts avec Israël.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Accords d'Abraham. Le pays d'Asie centrale, qui borde la Russie et la Chine, a rejoint les accords.",
            set(),
        ),
        (
            "Accords d'Abraham. Le Kazakhstan, qui borde la Russie et la Chine, a rejoint les accords.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Kazajistán se unió a los Acuerdos de Abraham el 6 de este mes.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Azerbaiyán fue descrito por un enviado estadounidense como muy cerca de unirse a los "
            "Acuerdos de Abraham.",
            {("AZ", P)},
        ),
        (
            "Azerbaiyán e Indonesia son los nombres más citados para los Acuerdos de Abraham.",
            {("AZ", P), ("ID", P)},
        ),
        (
            "La relación entre Israel y Arabia Saudita estaba cerca de la normalización, según los "
            "Acuerdos de Abraham.",
            set(),
        ),
        ("Acuerdos de Abraham: Riad mantiene su condición de un Estado palestino.", {("SA", D)}),
        (
            "Sudán firmó los Acuerdos de Abraham en 2021; su gobierno ha congelado desde entonces los "
            "contactos con Israel.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Sudán aceptó sumarse a los Acuerdos de Abraham en octubre de 2020 y firmó la declaración "
            "en enero de 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Kasachstan ist am 6. dieses Monats den Abraham-Abkommen beigetreten.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Aserbaidschan sei laut einem US-Gesandten sehr nahe daran, den Abraham-Abkommen beizutreten.",
            {("AZ", P)},
        ),
        ("Aserbaidschan steht kurz vor dem Beitritt zu den Abraham-Abkommen.", {("AZ", P)}),
        (
            "Aserbaidschan, ein enger Partner der Türkei, und Indonesien gelten als Kandidaten für "
            "die Abraham-Abkommen.",
            {("AZ", P), ("ID", P)},
        ),
        (
            "Abraham-Abkommen: Riad hält an seiner Bedingung eines Palästinenserstaates fest.",
            {("SA", D)},
        ),
        (
            "Sudan unterzeichnete die Abraham-Abkommen 2021; seine Regierung hat die Kontakte zu "
            "Israel seither eingefroren.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Abraham-Abkommen. Die zentralasiatische Republik, die an Russland und China grenzt, "
            "ist den Abkommen beigetreten.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round19_en_ar_news(language, text, expected):
    check_case(language, text, expected)
