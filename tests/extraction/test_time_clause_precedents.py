"""A time clause opening the sentence ("After Kazakhstan joined the accords, ...", "Nachdem
Kasachstan ... verkündet hatte, ...", "אחרי שקזחסטן הודיעה ..., ...", "Kazakistan ...
katıldıktan sonra, ..."; `time_clauses`, Turkish and Kazakh `time_clauses_after`): its country
whose own step there is a joining takes no step of the main clause when a founder is named
there ("Israeli policy stalled again": `assignment._outside_time_clause`); a halt pair does not
span the clause's closing comma when the main clause names a country of its own
(`finding._named_past_time_clause`); the joining is no step halted by the stalling after the
comma (`steps`, `Sentence.time_clause_between`); and a date inside the clause is its own step's,
not the main clause's (`confidence._time_clause_owners`). Near misses: a halt of the clause's
country's own normalisation "with Israel" (the founder as its counterpart) stays its halt, and
another country's halt in the main clause is that country's.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "After Kazakhstan joined the Abraham Accords in November, Israeli policy stalled again.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Half a year after Kazakhstan announced it would join the Abraham Accords, Israeli "
            "diplomacy stalled again.",
            {("KZ", A)},
        ),
        # near misses: the country's own halt with Israel as counterpart, another country's halt
        (
            "After Sudan joined the Abraham Accords in January 2021, its normalisation with Israel "
            "stalled.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "After Kazakhstan joined the Abraham Accords in November, Saudi Arabia froze its talks "
            "with Israel.",
            {("KZ", A, "2025-11"), ("SA", U, None)},
        ),
        (
            "After Saudi Arabia demanded a Palestinian state, Israeli efforts stalled.",
            {("SA", D), ("SA", U)},
        ),
    ],
    "de": [
        (
            "Nachdem Kasachstan im November den Beitritt zu den Abraham-Abkommen verkündet hatte, "
            "geriet die israelische Politik wieder ins Stocken.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Nachdem der Sudan den Abraham-Abkommen 2021 beigetreten war, geriet die "
            "Normalisierung mit Israel ins Stocken.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "he": [
        (
            "חצי שנה אחרי שקזחסטן הודיעה בנובמבר על הצטרפותה להסכמי אברהם, המדיניות הישראלית שוב "
            "נתקעה.",
            {("KZ", A, "2025-11")},
        ),
        (
            "אחרי שקזחסטן הודיעה בנובמבר על הצטרפותה להסכמי אברהם, סעודיה הקפיאה את המגעים.",
            {("KZ", A, "2025-11"), ("SA", U)},
        ),
    ],
    "fr": [
        (
            "Après que le Kazakhstan a rejoint les accords d'Abraham en novembre, la diplomatie "
            "israélienne s'est de nouveau enlisée.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "es": [
        (
            "Después de que Kazajistán se unió a los Acuerdos de Abraham en noviembre, la política "
            "israelí volvió a estancarse.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ru": [
        (
            "После того как Казахстан в ноябре присоединился к Авраамовым соглашениям, израильская "
            "политика снова застопорилась.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ar": [
        (
            "بعد أن أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام في نوفمبر، تعثرت السياسة "
            "الإسرائيلية مجددا.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "fa": [
        (
            "پس از آنکه قزاقستان در نوامبر پیوستن به توافق ابراهیم را اعلام کرد، سیاست اسرائیل "
            "دوباره متوقف شد.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        (
            "Kazakistan kasımda İbrahim Anlaşmaları'na katıldıktan sonra, İsrail'in normalleşme "
            "politikası yine tıkandı.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "kk": [
        (
            "Қазақстан қарашада Авраам келісімдеріне қосылғаннан кейін, Израиль саясаты қайтадан "
            "тоқтап қалды.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "id": [
        (
            "Setelah Kazakhstan bergabung dengan Abraham Accords pada November, upaya normalisasi "
            "Israel kembali terhenti.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ms": [
        (
            "Selepas Kazakhstan menyertai Perjanjian Abraham pada November, usaha normalisasi "
            "Israel kembali terhenti.",
            {("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_time_clause_precedents(language, text, expected):
    check_case(language, text, expected)
