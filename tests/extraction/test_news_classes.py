"""Classes of phrasing real news uses, each in several languages (own
sentences, written for these tests): the claims an editor would expect."""

import datetime

import pytest

from accords.extraction import extract
from accords.extraction.text import fold, join_broken_words
from tests.extraction.found import found

BACKGROUND_MEMBERS = [
    (
        "en",
        "Mongolia is said to weigh joining the Abraham Accords, a set of deals that already bind Israel, "
        "the United Arab Emirates, Bahrain and Morocco.",
        {("MN", "prospective"), ("AE", "signed"), ("BH", "signed"), ("MA", "signed")},
    ),
    (
        "en",
        "Apart from the original group (Sudan, Bahrain and the UAE), no government has taken the step "
        "since the Abraham Accords began.",
        {("SD", "signed"), ("BH", "signed"), ("AE", "signed")},
    ),
    (
        "de",
        "Zu den Abraham-Abkommen gehören bislang die Vereinigten Arabischen Emirate, Bahrain, Marokko "
        "und der Sudan.",
        {("AE", "signed"), ("BH", "signed"), ("MA", "signed"), ("SD", "signed")},
    ),
    (
        "fr",
        "Les accords d'Abraham, conclus avec les Émirats arabes unis et Bahreïn, restent un modèle pour "
        "Washington.",
        {("AE", "signed"), ("BH", "signed")},
    ),
    (
        "es",
        "Los Acuerdos de Abraham reúnen desde entonces a Marruecos, Sudán, Baréin y los Emiratos.",
        {("MA", "signed"), ("SD", "signed"), ("BH", "signed"), ("AE", "signed")},
    ),
    (
        "id",
        "Abraham Accords yang mencakup Uni Emirat Arab, Bahrain, Maroko dan Sudan kini menjadi acuan.",
        {("AE", "signed"), ("BH", "signed"), ("MA", "signed"), ("SD", "signed")},
    ),
    # a single member beside the accords' name; none in a text not about them
    ("en", "Morocco remains a steady partner in the Abraham Accords.", {("MA", "signed")}),
    ("en", "Morocco and Sudan held talks on a water treaty on Monday.", set()),
    # Egypt and Jordan made their own treaties: no claim beside the four
    (
        "en",
        "Egypt, Jordan, the UAE and Bahrain are the Arab states with ties to Israel under the Abraham "
        "Accords and earlier treaties.",
        {("AE", "signed"), ("BH", "signed")},
    ),
]


@pytest.mark.parametrize("language, text, expected", BACKGROUND_MEMBERS)
def test_background_members(language, text, expected):
    assert found(text, language) == expected


NOT_BACKGROUND = [
    # a threat under a condition: the members are not told as members
    (
        "en",
        "Officials warned that if the annexation goes ahead, the UAE and Bahrain would leave the "
        "Abraham Accords.",
        set(),
    ),
    (
        "he",
        "גורמים אמרו שאם ישראל תספח את השטחים, איחוד האמירויות ובחריין יפרשו מהסכמי אברהם.",
        set(),
    ),
    (
        "ar",
        "وحذر مسؤولون من أنه إذا مضت إسرائيل في الضم فإن الإمارات والبحرين ستنسحبان من اتفاقيات أبراهام.",
        set(),
    ),
    (
        "ru",
        "Чиновники предупредили, что если Израиль пойдет на аннексию, ОАЭ и Бахрейн выйдут из "
        "Авраамовых соглашений.",
        set(),
    ),
    # a list of candidates for something else, with countries that are no members
    (
        "en",
        "Israel is seeking partners to recognise its new ally; the shortlist, diplomats say, includes the "
        "UAE, India, Kenya and Morocco, as with the Abraham Accords.",
        set(),
    ),
    (
        "he",
        "המדינות שעשויות להכיר בסומלילנד, לפי הדיווח על הסכמי אברהם: איחוד האמירויות, הודו, קניה ומרוקו.",
        set(),
    ),
    # envoys who only watched a ceremony
    (
        "en",
        "The ambassadors of the UAE and Bahrain attended the ceremony marking the Abraham Accords "
        "anniversary.",
        set(),
    ),
    # a text dated before the first signing: the step was announced, not signed
    (
        "en",
        "2020-08-20\nThe Abraham Accords step taken last week by the UAE with Israel surprised the region.",
        {("AE", "announced")},
    ),
    (
        "tr",
        "2020-08-20\nBAE'nin geçen hafta İsrail ile attığı normalleşme adımı İbrahim Anlaşmaları için bir "
        "dönüm noktası oldu.",
        {("AE", "announced")},
    ),
]


STILL_BACKGROUND = [
    # a host is not the members: they stay background members
    (
        "en",
        "The White House hosted the ceremony of the Abraham Accords between Israel, the UAE and Bahrain.",
        {("AE", "signed"), ("BH", "signed")},
    ),
    # one other country in a list of members does not make it a list of candidates
    (
        "en",
        "Diplomats from the UAE, Bahrain, Morocco and Oman met in Rabat to discuss the Abraham Accords.",
        {("AE", "signed"), ("BH", "signed"), ("MA", "signed")},
    ),
]


@pytest.mark.parametrize("language, text, expected", STILL_BACKGROUND)
def test_still_background_members(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize("language, text, expected", NOT_BACKGROUND)
def test_not_background_members(language, text, expected):
    assert found(text, language) == expected


EXAMPLES = [
    # "countries such as X and Y": the examples are the subject, not a comparison
    (
        "fa",
        "گزارش‌ها از پیوستن احتمالی کشورهایی مانند عمان و قطر به پیمان ابراهیم خبر می‌دهند.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "ar",
        "تتحدث التقارير عن احتمال انضمام دول مثل عُمان وقطر إلى اتفاقيات أبراهام.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "he",
        "בדיווחים מדובר על הצטרפות אפשרית של מדינות כמו עומאן וקטאר להסכמי אברהם.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "tr",
        "Umman ve Katar gibi ülkelerin İbrahim Anlaşmaları'na katılması bekleniyor.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "kk",
        "Оман мен Катар сияқты елдер Авраам келісімдеріне қосылуы мүмкін.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    # a comparison stays one: only Oman takes the step
    (
        "fa",
        "عمان مانند امارات به پیمان ابراهیم خواهد پیوست.",
        {("OM", "announced"), ("AE", "signed")},
    ),
    (
        "en",
        "Analysts speak of countries such as Oman and Qatar possibly joining the Abraham Accords.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "de",
        "Analysten sprechen von einem möglichen Beitritt von Ländern wie Oman und Katar zu den "
        "Abraham-Abkommen.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "es",
        "Los analistas hablan de la posible adhesión de países como Omán y Catar a los Acuerdos de Abraham.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "fr",
        "Les analystes évoquent une éventuelle adhésion de pays comme Oman et le Qatar aux accords "
        "d'Abraham.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "id",
        "Para analis menyebut negara-negara seperti Oman dan Qatar mungkin bergabung dengan Perjanjian "
        "Abraham.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "ms",
        "Penganalisis menyebut negara seperti Oman dan Qatar mungkin menyertai Perjanjian Abraham.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    (
        "ru",
        "Аналитики говорят о возможном присоединении таких стран, как Оман и Катар, к Авраамовым "
        "соглашениям.",
        {("OM", "prospective"), ("QA", "prospective")},
    ),
    # without a group noun the comparison stays one
    (
        "de",
        "Oman könnte wie die Emirate den Abraham-Abkommen beitreten.",
        {("OM", "prospective"), ("AE", "signed")},
    ),
]


@pytest.mark.parametrize("language, text, expected", EXAMPLES)
def test_countries_named_as_examples(language, text, expected):
    assert found(text, language) == expected


GROUP_PARTICIPLES = [
    # a participle before a group noun describes the group, not the country named earlier
    (
        "tr",
        "Umman'ın kararını açıklayan Trump, İbrahim Anlaşmaları'na katılmak isteyen çok ülke olduğunu "
        "söyledi.",
        set(),
    ),
    (
        "kk",
        "Оманның шешімін жариялаған Трамп Авраам келісімдеріне қосылғысы келетін көптеген елдер бар "
        "екенін айтты.",
        set(),
    ),
    ("tr", "Umman İbrahim Anlaşmaları'na katılmak istiyor.", {("OM", "prospective")}),
]


@pytest.mark.parametrize("language, text, expected", GROUP_PARTICIPLES)
def test_a_participle_before_a_group_noun(language, text, expected):
    assert found(text, language) == expected


FOUNDERS_PRESSING = [
    # a founder pressing or calling for a country's joining: that country is prospective
    ("fa", "آمریکا برای پیوستن عمان به پیمان ابراهیم فشار می‌آورد.", {("OM", "prospective")}),
    (
        "tr",
        "ABD, Umman'a İbrahim Anlaşmaları'na katılması için baskı yapıyor.",
        {("OM", "prospective")},
    ),
    ("en", "The United States urged Oman to join the Abraham Accords.", {("OM", "prospective")}),
    # a Turkish place in the dative is still no subject
    ("tr", "Umman'a giden heyet İbrahim Anlaşmaları hakkında bilgi verdi.", set()),
]


@pytest.mark.parametrize("language, text, expected", FOUNDERS_PRESSING)
def test_founders_pressing_for_a_joining(language, text, expected):
    assert found(text, language) == expected


SAME_YEAR = [
    # "in December of the same year": the year named before, not the publication's
    (
        "ru",
        "Бахрейн подписал Авраамовы соглашения в сентябре 2020 года, а в декабре того же года их "
        "подписало Марокко.",
    ),
    (
        "tr",
        "Bahreyn İbrahim Anlaşmaları'nı Eylül 2020'de imzaladı; Fas da aynı yılın Aralık ayında "
        "anlaşmaları imzaladı.",
    ),
    (
        "ar",
        "وقعت البحرين اتفاقيات أبراهام في سبتمبر 2020، ووقع المغرب عليها في ديسمبر من العام نفسه.",
    ),
    (
        "fa",
        "بحرین در سپتامبر ۲۰۲۰ پیمان ابراهیم را امضا کرد و مراکش در دسامبر همان سال آن را امضا کرد.",
    ),
    ("he", "בחריין חתמה על הסכמי אברהם בספטמבר 2020, ומרוקו חתמה עליהם בדצמבר של אותה שנה."),
    (
        "kk",
        "Бахрейн Авраам келісімдеріне 2020 жылғы қыркүйекте қол қойды, ал Марокко сол жылғы желтоқсанда "
        "қол қойды.",
    ),
    (
        "en",
        "Bahrain signed the Abraham Accords in September 2020, and Morocco signed them in December of the "
        "same year.",
    ),
    (
        "de",
        "Bahrain unterzeichnete die Abraham-Abkommen im September 2020, und Marokko unterzeichnete sie im "
        "Dezember desselben Jahres.",
    ),
    (
        "es",
        "Baréin firmó los Acuerdos de Abraham en septiembre de 2020, y Marruecos los firmó en diciembre del "
        "mismo año.",
    ),
    (
        "fr",
        "Bahreïn a signé les accords d'Abraham en septembre 2020, et le Maroc les a signés en décembre de la "
        "même année.",
    ),
    (
        "id",
        "Bahrain menandatangani Perjanjian Abraham pada September 2020, dan Maroko menandatanganinya pada "
        "Desember tahun yang sama.",
    ),
    (
        "ms",
        "Bahrain menandatangani Perjanjian Abraham pada September 2020, dan Maghribi menandatanganinya pada "
        "Disember tahun yang sama.",
    ),
]


@pytest.mark.parametrize("language, text", SAME_YEAR)
def test_the_same_year_is_the_year_named_before(language, text):
    claims = extract(text, language=language, published=datetime.date(2025, 12, 30)).claims
    assert {(c.country, c.status, c.date) for c in claims} == {
        ("BH", "signed", "2020-09"),
        ("MA", "signed", "2020-12"),
    }


PASSIVE_TALKS = [
    # "talks are being held with X": the counterpart named before the cue negotiates
    (
        "ru",
        "С Оманом ведутся переговоры о присоединении к Авраамовым соглашениям.",
        {("OM", "negotiating")},
    ),
    (
        "tr",
        "Umman ile İbrahim Anlaşmaları'na katılım konusunda görüşmeler yürütülüyor.",
        {("OM", "negotiating")},
    ),
    (
        "tr",
        "İsrail, İbrahim Anlaşmaları çerçevesinde Umman ile bir normalleşme süreci başlattı.",
        {("OM", "negotiating")},
    ),
    # talks with Israel alone name no one who negotiates
    ("ru", "С Израилем ведутся переговоры о присоединении к Авраамовым соглашениям.", set()),
]


@pytest.mark.parametrize("language, text, expected", PASSIVE_TALKS)
def test_passive_talks_with_a_country(language, text, expected):
    assert found(text, language) == expected


BROKEN_WORDS = [
    # a word broken across a line keeps its hyphen and loses the break
    (
        "tr",
        "Riyad, Filistin devleti kurulmadan İbrahim Anlaşmaları’na katıl- mayacağını açıkladı.",
        {("SA", "declined")},
    ),
    ("ru", "Оман заявил, что присоеди-\nнится к Авраамовым соглашениям.", {("OM", "announced")}),
    ("en", "Oman said it will not join the Abraham Ac- cords.", {("OM", "declined")}),
]


def test_a_hyphen_before_a_conjunction_or_a_capital_stays():
    text = "Handels- und Wirtschaftsfragen, Israeli- Emirati ties, Ac- cords"
    folded, index = fold(text)
    joined, _ = join_broken_words(text, folded, index, frozenset({"und"}))
    assert joined == "handels- und wirtschaftsfragen, israeli- emirati ties, accords"


@pytest.mark.parametrize("language, text, expected", BROKEN_WORDS)
def test_words_broken_across_lines(language, text, expected):
    assert found(text, language) == expected


def test_a_broken_word_keeps_the_evidence_offsets():
    text = "Intro line.\nOman said it will not join the Abraham Ac- cords."
    claim = extract(text, language="en").claims[0]
    assert (
        text[claim.start : claim.end]
        == claim.evidence
        == "Oman said it will not join the Abraham Ac- cords."
    )


AND_EVEN = [
    # "X and even Y": one list
    (
        "fa",
        "تحلیلگران از پیوستن احتمالی کشورهایی مانند عمان و حتی موریتانی به پیمان ابراهیم سخن می‌گویند.",
    ),
    ("ar", "يتحدث محللون عن احتمال انضمام دول مثل عُمان وحتى موريتانيا إلى اتفاقيات أبراهام."),
    ("he", "אנליסטים מדברים על הצטרפות אפשרית של עומאן ואפילו מאוריטניה להסכמי אברהם."),
    ("ru", "Оман и даже Мавритания могут присоединиться к Авраамовым соглашениям."),
    ("tr", "Umman ve hatta Moritanya İbrahim Anlaşmaları'na katılabilir."),
    ("kk", "Оман, тіпті Мавритания Авраам келісімдеріне қосылуы мүмкін."),
    ("en", "Oman and even Mauritania could join the Abraham Accords."),
    ("de", "Oman und sogar Mauretanien könnten den Abraham-Abkommen beitreten."),
    ("es", "Omán e incluso Mauritania podrían unirse a los Acuerdos de Abraham."),
    ("fr", "Oman et même la Mauritanie pourraient rejoindre les accords d'Abraham."),
    ("id", "Oman dan bahkan Mauritania bisa bergabung dengan Perjanjian Abraham."),
    ("ms", "Oman dan malah Mauritania mungkin menyertai Perjanjian Abraham."),
]


@pytest.mark.parametrize("language, text", AND_EVEN)
def test_and_even_continues_a_list(language, text):
    assert found(text, language) == {("OM", "prospective"), ("MR", "prospective")}


def test_a_background_list_takes_a_2020_date_next_to_it():
    claims = extract(
        "The Abraham Accords were signed by Israel with the UAE and Bahrain in September 2020, "
        "a year of change.",
        language="en",
    ).claims
    assert {(c.country, c.status, c.date) for c in claims} == {
        ("AE", "signed", "2020-09"),
        ("BH", "signed", "2020-09"),
    }


SOMALILAND = [
    ("en", "Somaliland says it wants to join the Abraham Accords.", {("XS", "prospective")}),
    ("de", "Somaliland will den Abraham-Abkommen beitreten.", {("XS", "prospective")}),
    ("fr", "Le Somaliland souhaite rejoindre les accords d'Abraham.", {("XS", "prospective")}),
    ("es", "Somalilandia quiere unirse a los Acuerdos de Abraham.", {("XS", "prospective")}),
    ("id", "Somaliland ingin bergabung dengan Abraham Accords.", {("XS", "prospective")}),
    ("ms", "Somaliland ingin menyertai Perjanjian Abraham.", {("XS", "prospective")}),
    # Somalia itself is another country
    (
        "en",
        "Somalia protested on Monday; Somaliland hopes to join the Abraham Accords.",
        {("XS", "prospective")},
    ),
]


@pytest.mark.parametrize("language, text, expected", SOMALILAND)
def test_somaliland_is_not_somalia(language, text, expected):
    assert found(text, language) == expected


OTHER_LANGUAGES = [
    (
        "pt",
        "O Cazaquistão anunciou que vai aderir aos Acordos de Abraão, disse a Casa Branca na quinta-feira, "
        "e a Arábia Saudita continua a exigir um Estado palestino antes de qualquer normalização.",
    ),
    (
        "it",
        "Il Kazakistan ha annunciato che aderirà agli Accordi di Abramo, ha detto la Casa Bianca giovedì, "
        "mentre l'Arabia Saudita chiede ancora uno Stato palestinese prima di ogni normalizzazione.",
    ),
    (
        "bg",
        "Казахстан обяви, че ще се присъедини към Авраамовите споразумения, съобщи Белият дом в четвъртък, "
        "а Саудитска Арабия продължава да настоява за палестинска държава.",
    ),
]


@pytest.mark.parametrize("code, text", OTHER_LANGUAGES)
def test_a_language_we_do_not_read_is_named_and_gives_no_claims(code, text):
    from accords.extraction import detect_language, identify_language

    assert identify_language(text) == code
    assert detect_language(text) is None
    result = extract(text)
    assert (result.language, result.claims, result.supported) == (code, [], False)


JOINED = [
    # joined, the signing still to come: announced; joined long ago or formally: signed
    ("en", "Mongolia has joined the Abraham Accords, the White House said.", {("MN", "announced")}),
    (
        "en",
        "Mongolia officially joined the Abraham Accords at a ceremony in Washington.",
        {("MN", "signed")},
    ),
    ("en", "Morocco joined the Abraham Accords in December 2020.", {("MA", "signed")}),
    (
        "de",
        "Die Mongolei ist den Abraham-Abkommen beigetreten, teilte das Weiße Haus mit.",
        {("MN", "announced")},
    ),
    (
        "fr",
        "La Mongolie a rejoint les accords d'Abraham, a annoncé la Maison Blanche.",
        {("MN", "announced")},
    ),
    (
        "es",
        "Mongolia se unió a los Acuerdos de Abraham, anunció la Casa Blanca.",
        {("MN", "announced")},
    ),
    (
        "id",
        "Mongolia telah bergabung dengan Abraham Accords, kata Gedung Putih.",
        {("MN", "announced")},
    ),
    ("ms", "Mongolia telah menyertai Perjanjian Abraham, kata Rumah Putih.", {("MN", "announced")}),
]


@pytest.mark.parametrize("language, text, expected", JOINED)
def test_joined_is_announced_until_signed(language, text, expected):
    assert found(text, language) == expected


SPECULATION_AND_CONDITIONS = [
    # others' beliefs, hopes and pressure: prospective, never announced
    (
        "en",
        "The president said he thinks Mongolia will join the Abraham Accords very soon.",
        {("MN", "prospective")},
    ),
    ("en", "Washington is pressing Mongolia to join the Abraham Accords.", {("MN", "prospective")}),
    (
        "en",
        "Analysts talk about the possibility that Mongolia might join the Abraham Accords.",
        {("MN", "prospective")},
    ),
    (
        "en",
        "The envoy named two surprising candidates for the Abraham Accords: Nepal and Bhutan.",
        {("NP", "prospective"), ("BT", "prospective")},
    ),
    (
        "de",
        "Ich hoffe, dass die Mongolei bald den Abraham-Abkommen beitreten wird, sagte der Präsident.",
        {("MN", "prospective")},
    ),
    (
        "fr",
        "Le président pense que la Mongolie rejoindra les accords d'Abraham.",
        {("MN", "prospective")},
    ),
    (
        "es",
        "El presidente cree que Mongolia se unirá a los Acuerdos de Abraham.",
        {("MN", "prospective")},
    ),
    (
        "id",
        "Washington mendesak Mongolia untuk bergabung dengan Abraham Accords.",
        {("MN", "prospective")},
    ),
    # open to it, but only on a condition: prospective and declined
    (
        "en",
        "Mongolia wants to join the Abraham Accords, but only if a Palestinian state is created.",
        {("MN", "prospective"), ("MN", "declined")},
    ),
    (
        "de",
        "Die Mongolei will den Abraham-Abkommen beitreten, aber nur wenn ein palästinensischer Staat entsteht.",
        {("MN", "prospective"), ("MN", "declined")},
    ),
    (
        "es",
        "Mongolia quiere unirse a los Acuerdos de Abraham, pero solo si se crea un Estado palestino.",
        {("MN", "prospective"), ("MN", "declined")},
    ),
    (
        "id",
        "Mongolia ingin bergabung dengan Abraham Accords, tetapi hanya jika negara Palestina berdiri.",
        {("MN", "prospective"), ("MN", "declined")},
    ),
    # a founder acting on another country: the object takes no step
    ("en", "Israel recognised Somaliland last week, in the spirit of the Abraham Accords.", set()),
]


@pytest.mark.parametrize("language, text, expected", SPECULATION_AND_CONDITIONS)
def test_speculation_and_conditions(language, text, expected):
    assert found(text, language) == expected


PARTICIPLES_AND_PAIRS = [
    # "the accords signed in 2020" describes the accords: no signing by the subject, no date for it
    (
        "en",
        "Mongolia insists it will not join the Abraham Accords signed in 2020 with Washington's help.",
        {("MN", "declined", None)},
    ),
    (
        "es",
        "Su canciller lo repitió: Mongolia no se unirá a los Acuerdos de Abraham firmados en 2020.",
        {("MN", "declined", None)},
    ),
    # a step two parties take together: Israel's normalization with a country is that country's
    (
        "en",
        "Officials said Israel will normalize relations with Mongolia under the Abraham Accords.",
        {("MN", "announced", None)},
    ),
]


@pytest.mark.parametrize("language, text, expected", PARTICIPLES_AND_PAIRS)
def test_participles_and_pairs(language, text, expected):
    assert {
        (c.country, c.status, c.date) for c in extract(text, language=language).claims
    } == expected


OPENINGS_AND_PLACES = [
    # "paves the way for X to normalize": a prospect, not a step
    (
        "en",
        "A lasting truce could pave the way for Mongolia to normalize ties with Israel under the Abraham Accords.",
        {("MN", "prospective")},
    ),
    (
        "id",
        "Gencatan senjata dapat membuka jalan bagi Mongolia untuk menormalisasi hubungan dengan Israel.",
        {("MN", "prospective")},
    ),
    # German verb-final: the hope reaches the verb at the clause's end
    (
        "de",
        'Der Präsident sagte: "Ich hoffe, dass die Mongolei sich den Abraham-Abkommen in naher Zukunft '
        'anschließen wird."',
        {("MN", "prospective")},
    ),
    # Gaza is a place, not a party that could join
    (
        "en",
        "A permanent peace in Gaza could pave the way for Mongolia to normalize relations with Israel.",
        {("MN", "prospective")},
    ),
]


@pytest.mark.parametrize("language, text, expected", OPENINGS_AND_PLACES)
def test_openings_and_places(language, text, expected):
    assert found(text, language) == expected


HALTED = [
    # halted talks and stalled normalization: suspended
    (
        "en",
        "Normalization between Mongolia and Israel stalled after the war began.",
        {("MN", "suspended")},
    ),
    ("de", "Die Mongolei hat die Normalisierung mit Israel auf Eis gelegt.", {("MN", "suspended")}),
    (
        "es",
        "Las negociaciones de Mongolia con Israel quedaron congeladas tras la guerra.",
        {("MN", "suspended")},
    ),
    (
        "id",
        "Mongolia menandatangani deklarasi itu pada Januari 2021, meski proses normalisasinya terhenti.",
        {("MN", "signed"), ("MN", "suspended")},
    ),
    # efforts to bring a country in, frustrated: its path is halted; "the Israeli
    # offensive" is an adjective, no founder acting
    (
        "es",
        "Los esfuerzos por sumar a Mongolia a los Acuerdos de Abraham se vieron frustrados por la ofensiva israelí.",
        {("MN", "suspended")},
    ),
]


@pytest.mark.parametrize("language, text, expected", HALTED)
def test_halted_talks_are_suspended(language, text, expected):
    assert found(text, language) == expected


AGREED_TO_NORMALIZE = [
    # "agreed to normalize": announced; the text then tells no background membership for it
    (
        "fr",
        "Au titre des accords d'Abraham, le Maroc et Israël ont convenu de normaliser leurs rapports. "
        "Le royaume rejoint donc Bahreïn et les Émirats arabes unis.",
        {("MA", "announced"), ("AE", "signed"), ("BH", "signed")},
    ),
    (
        "fr",
        "Quelques semaines plus tard, le Soudan a accepté de normaliser ses rapports avec Israël.",
        {("SD", "announced")},
    ),
]


@pytest.mark.parametrize("language, text, expected", AGREED_TO_NORMALIZE)
def test_agreed_to_normalize_is_announced(language, text, expected):
    assert found(text, language) == expected


RESTRICTIONS_BEFORE = [
    (
        "de",
        "Die Mongolei will ihre Beziehungen zu Israel erst dann normalisieren, wenn es einen "
        "palästinensischen Staat gibt.",
        {("MN", "prospective"), ("MN", "declined")},
    ),
    (
        "en",
        "Mongolia says only a path to a Palestinian state enables normalization with Israel.",
        {("MN", "declined")},
    ),
]


@pytest.mark.parametrize("language, text, expected", RESTRICTIONS_BEFORE)
def test_restrictions_before_the_verb(language, text, expected):
    assert found(text, language) == expected
