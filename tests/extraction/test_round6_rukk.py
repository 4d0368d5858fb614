"""Classes of phrasing found by unseen Russian and Kazakh news-style articles of the project's
own (wire dispatches, analysis, a Telegram repost, trade and war side-topics), each carried to
the other languages where it is said the same way; own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, found

# A precondition told as "impossible without" or "out of the question": a refusal.
IMPOSSIBLE_WITHOUT = [
    (
        "ru",
        "Авраамовы соглашения. В Эр-Рияде дали понять, что нормализация с Израилем "
        "невозможна без пути к палестинскому государству.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Мухаммед бин Салман повторил, что без палестинского "
        "государства о нормализации не может быть и речи.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Для Эр-Рияда признание Израиля возможно лишь в обмен на "
        "создание палестинского государства.",
    ),
    (
        "kk",
        "Авраам келісімдері. Эр-Рияд Палестина мемлекеті құрылмайынша Израильмен "
        "қарым-қатынасты қалыпқа келтіру мүмкін емес екенін айтты.",
    ),
    (
        "kk",
        "Авраам келісімдері. Эр-Рияд Израильді мойындау мүмкін емес екенін мәлімдеді.",
    ),
    (
        "en",
        "The Abraham Accords. Riyadh has made clear that normalisation is impossible without "
        "a credible path to a Palestinian state.",
    ),
    (
        "en",
        "The Abraham Accords. Saudi Arabia says joining is out of the question without a "
        "Palestinian state.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Riyad a fait savoir que la normalisation est impossible sans "
        "un État palestinien.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Pour l'Arabie saoudite, une adhésion est hors de question "
        "sans État palestinien.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Riad hat klargemacht, dass eine Normalisierung ohne einen "
        "palästinensischen Staat unmöglich ist.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Riad ha dejado claro que la normalización es imposible sin "
        "un Estado palestino.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Para Arabia Saudí, la adhesión está fuera de discusión sin "
        "un Estado palestino.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Riyad, Filistin devleti olmadan normalleşmenin mümkün "
        "olmadığını açıkça ifade etti.",
    ),
]


@pytest.mark.parametrize("language, text", IMPOSSIBLE_WITHOUT)
def test_impossible_without_a_palestinian_state_is_a_refusal(language, text):
    assert found(text, language) == {("SA", D)}


# Consultations on joining, or consultations "under way" between a founder and a
# country: talks.
CONSULTATIONS = [
    (
        "ru",
        "Авраамовы соглашения. Белый дом ведет консультации с Баку о возможном участии.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Между Вашингтоном и Баку идут активные консультации.",
    ),
    (
        "kk",
        "Авраам келісімдері. Вашингтон мен Баку арасында бұл мәселе бойынша келіссөздер "
        "жүріп жатыр.",
    ),
    (
        "en",
        "The Abraham Accords. Consultations between Washington and Baku on joining the "
        "accords are under way.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Des consultations entre Washington et Bakou sur une adhésion "
        "aux accords sont en cours.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Zwischen Washington und Baku laufen Konsultationen über einen "
        "Beitritt zum Abkommen.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Washington y Bakú mantienen consultas sobre una posible "
        "adhesión a los acuerdos.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Washington ile Bakü arasında anlaşmalara katılım konusunda "
        "istişareler sürüyor.",
    ),
]


@pytest.mark.parametrize("language, text", CONSULTATIONS)
def test_consultations_on_joining_are_talks(language, text):
    assert found(text, language) == {("AZ", N)}


# Not seeing the need to join, or the infinitive before a negated "plans" (Russian word
# order): a refusal.
NO_NEED_OR_NO_PLAN = [
    (
        "ru",
        "Авраамовы соглашения. Ташкент дал понять, что не видит в этом необходимости.",
        "UZ",
    ),
    (
        "ru",
        "Авраамовы соглашения. Турция к соглашениям вступать не собирается.",
        "TR",
    ),
    (
        "ru",
        "Авраамовы соглашения. МИД подтвердил, что к соглашениям Индонезия присоединяться "
        "не планирует.",
        "ID",
    ),
    ("tr", "İbrahim Anlaşmaları. Özbekistan anlaşmalara katılmaya gerek görmüyor.", "UZ"),
    ("en", "The Abraham Accords. Uzbekistan sees no need to join the accords.", "UZ"),
    (
        "fr",
        "Les accords d'Abraham. L'Ouzbékistan ne voit pas la nécessité de rejoindre les accords.",
        "UZ",
    ),
]


@pytest.mark.parametrize("language, text, country", NO_NEED_OR_NO_PLAN)
def test_no_need_and_no_plan_to_join_are_refusals(language, text, country):
    assert found(text, language) == {(country, D)}


# "The more realistic candidate remains X": the candidate named after the verb.
CANDIDATE_REMAINS = [
    (
        "ru",
        "Авраамовы соглашения. Куда более реальным кандидатом остается Азербайджан, с которым "
        "у Израиля давние связи.",
    ),
    ("ru", "Авраамовы соглашения. Азербайджан остается главным кандидатом."),
    (
        "en",
        "The Abraham Accords. A far more realistic candidate remains Azerbaijan, which has "
        "long ties with Israel.",
    ),
    ("fr", "Les accords d'Abraham. Le candidat le plus réaliste reste l'Azerbaïdjan."),
    ("de", "Das Abraham-Abkommen. Der realistischere Kandidat bleibt Aserbaidschan."),
    ("es", "Los Acuerdos de Abraham. El candidato más realista sigue siendo Azerbaiyán."),
]


@pytest.mark.parametrize("language, text", CANDIDATE_REMAINS)
def test_a_candidate_that_remains_is_a_prospect(language, text):
    assert found(text, language) == {("AZ", P)}


def test_a_negated_candidate_gives_no_claim():
    assert found("Авраамовы соглашения. Казахстан не является кандидатом.", "ru") == set()


RUSSIAN_AND_KAZAKH = [
    # the joining told before its subject, which closes the sentence
    (
        "ru",
        "Авраамовы соглашения. Позже к ним присоединились Марокко и Судан, а в ноябре 2025 "
        "года о вступлении объявил Казахстан.",
        {("MA", S), ("SD", S), ("KZ", A)},
    ),
    # a participle of signing with "the document" for the accords
    (
        "ru",
        "Авраамовы соглашения. Объединенные Арабские Эмираты, первыми подписавшие документ в "
        "сентябре 2020 года, стали партнером Израиля.",
        {("AE", S)},
    ),
    # joining the ranks of the members: the decision, not a signing of its own
    (
        "ru",
        "Авраамовы соглашения. Казахстан вливается в число участников соглашений.",
        {("KZ", A)},
    ),
    # interest in taking part, in Kazakh
    (
        "kk",
        "Авраам келісімдері. Ханзада Сауд Арабиясының келісімдерге қатысуға мүдделі екенін "
        "жасырмады.",
        {("SA", P)},
    ),
    # talks that the war stopped ("тоқтатып тастады")
    (
        "kk",
        "Авраам келісімдері. Газа соғысы Сауд Арабиясы мен Израиль арасындағы "
        "келіссөздерді тоқтатып тастады.",
        {("SA", U)},
    ),
    # an accession that "found no solution" is an open question, no claim
    (
        "kk",
        "Авраам келісімдері. Сауд Арабиясының Авраам келісімдеріне қосылуы шешімін таппады.",
        set(),
    ),
]


@pytest.mark.parametrize("language, text, expected", RUSSIAN_AND_KAZAKH)
def test_russian_and_kazakh_forms(language, text, expected):
    assert found(text, language) == expected


# A declaration of mutual recognition signed with Israel is another agreement, even though
# "the declaration" can name the accords' own document; the accords' declaration still counts.
MUTUAL_RECOGNITION = [
    (
        "ru",
        "Авраамовы соглашения. Нетаньяху и глава Сомалиленда подписали совместную декларацию "
        "о взаимном признании.",
    ),
    (
        "en",
        "The Abraham Accords. Netanyahu and the leader of Somaliland signed a joint "
        "declaration on mutual recognition.",
    ),
    (
        "kk",
        "Авраам келісімдері. Нетаньяху мен Сомалиленд басшысы өзара тану туралы бірлескен "
        "декларацияға қол қойды.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Netanjahu und der Präsident Somalilands unterzeichneten eine "
        "gemeinsame Erklärung über die gegenseitige Anerkennung.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Netanyahu y el presidente de Somalilandia firmaron una "
        "declaración conjunta de reconocimiento mutuo.",
    ),
    (
        "id",
        "Perjanjian Abraham. Netanyahu dan presiden Somaliland menandatangani deklarasi "
        "bersama tentang pengakuan timbal balik.",
    ),
]


@pytest.mark.parametrize("language, text", MUTUAL_RECOGNITION)
def test_a_declaration_of_mutual_recognition_is_another_agreement(language, text):
    assert found(text, language) == set()


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The Abraham Accords. The UAE and Bahrain signed the joint declaration in 2020."),
        (
            "de",
            "Das Abraham-Abkommen. Die Vereinigten Arabischen Emirate und Bahrain "
            "unterzeichneten 2020 die gemeinsame Erklärung.",
        ),
    ],
)
def test_the_accords_declaration_is_still_a_signing(language, text):
    assert found(text, language) == {("AE", S), ("BH", S)}


# A halt in a clause opened by "where" after a list of members is the last member's only;
# the others keep their membership.
WHERE_AFTER_A_LIST = [
    (
        "ru",
        "Авраамовы соглашения. В них участвуют ОАЭ, Бахрейн и Марокко, а также Судан, где "
        "нормализация фактически приостановлена из-за войны.",
    ),
    (
        "en",
        "The Abraham Accords. The members are the UAE, Bahrain, Morocco and Sudan, where "
        "normalisation has been frozen since the war.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Les membres sont les Émirats arabes unis, Bahreïn, le Maroc et "
        "le Soudan, où la normalisation est gelée depuis la guerre.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Los miembros son Emiratos Árabes Unidos, Baréin, Marruecos y "
        "Sudán, donde la normalización está congelada por la guerra.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Mitglieder sind die Vereinigten Arabischen Emirate, Bahrain, "
        "Marokko und der Sudan, wo die Normalisierung wegen des Krieges eingefroren ist.",
    ),
    (
        "he",
        "הסכמי אברהם. על ההסכמים חתמו איחוד האמירויות, בחריין, מרוקו וסודן, שם הנורמליזציה "
        "הוקפאה בגלל המלחמה.",
    ),
]


@pytest.mark.parametrize("language, text", WHERE_AFTER_A_LIST)
def test_a_halt_after_where_is_the_last_members_only(language, text):
    claims = found(text, language)
    assert ("SD", U) in claims
    assert {("AE", S), ("BH", S), ("MA", S)} <= claims
    assert not {("AE", U), ("BH", U), ("MA", U)} & claims


# Joining the ranks of the countries that normalised: the joining (announced), not a
# signing of the participle describing the others.
JOINS_THE_RANKS = [
    (
        "ru",
        "Авраамовы соглашения. Казахстан вливается в число стран, нормализовавших отношения "
        "с Израилем.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Казахстан вошел в число государств, подписавших Авраамовы "
        "соглашения.",
    ),
    (
        "en",
        "The Abraham Accords. Kazakhstan joins the ranks of the countries that normalised "
        "relations with Israel under the accords.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Kazakhstan rejoint les rangs des pays ayant normalisé leurs "
        "relations avec Israël.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Kazajistán se suma a la lista de países que han normalizado "
        "sus relaciones con Israel.",
    ),
    (
        "kk",
        "Авраам келісімдері. Қазақстан Израильмен қарым-қатынасын қалыпқа келтірген елдер "
        "қатарына қосылды.",
    ),
]


@pytest.mark.parametrize("language, text", JOINS_THE_RANKS)
def test_joining_the_ranks_is_the_joining(language, text):
    assert found(text, language) == {("KZ", A)}


# A participle of joining with its date in 2020 ("Morocco, which joined the format in
# December 2020") is the background signing; undated, the recent joining stays announced.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Авраамовы соглашения. Марокко, примкнувшее к формату в декабре 2020-го, развивает "
            "с Израилем военное сотрудничество.",
            {("MA", S)},
        ),
        (
            "Авраамовы соглашения. Марокко, присоединившееся к соглашениям в декабре 2020 "
            "года, развивает с Израилем сотрудничество.",
            {("MA", S)},
        ),
        (
            "Авраамовы соглашения. Присоединившийся к соглашениям Казахстан стал первой "
            "страной Центральной Азии в этом формате.",
            {("KZ", A)},
        ),
    ],
)
def test_russian_joining_participles(text, expected):
    assert found(text, "ru") == expected


# The object first and the subject after the verb (Russian free order, German topicalised
# object with a split verb): the refusal or halt is the country's after the verb.
OBJECT_FIRST = [
    ("ru", "Авраамовы соглашения. От участия в соглашениях отказалась Индонезия.", {("ID", D)}),
    ("ru", "Авраамовы соглашения. Индонезия отказалась от участия в соглашениях.", {("ID", D)}),
    ("ru", "Авраамовы соглашения. Подписать соглашения отказался Пакистан.", {("PK", D)}),
    (
        "ru",
        "Авраамовы соглашения. Переговоры о нормализации приостановила Саудовская Аравия.",
        {("SA", U)},
    ),
    ("de", "Das Abraham-Abkommen. Einen Beitritt zum Abkommen lehnte Indonesien ab.", {("ID", D)}),
    (
        "de",
        "Das Abraham-Abkommen. Die Gespräche über eine Normalisierung setzte Saudi-Arabien aus.",
        {("SA", U)},
    ),
    (
        "de",
        "Das Abraham-Abkommen. Die Verhandlungen über eine Normalisierung legte Saudi-Arabien "
        "auf Eis.",
        {("SA", U)},
    ),
]


@pytest.mark.parametrize("language, text, expected", OBJECT_FIRST)
def test_object_first_refusals_and_halts(language, text, expected):
    assert found(text, language) == expected
