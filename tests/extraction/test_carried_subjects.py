"""Subjects carried across sentences (own sentences, written for these tests):
a sentence with a status cue and no country of its own that opens with a
pronoun ("It will join"), a leader's title ("The crown prince wants to join")
or glues a pronoun to its cue (Arabic "انضمامها", Indonesian "aksesinya")
gives the step to the one country the sentences before were about.  Nothing
is carried when two countries are in scope, nor when the pronoun may stand for
Israel or the United States."""

import pytest

from accords.extraction import extract
from tests.extraction.found import found

# A subject pronoun opening the sentence (Turkish drops it: see the suffixes).
CARRIED_BY_A_PRONOUN = [
    (
        "en",
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "It will join the accords next year.",
    ),
    (
        "en",
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "He said it will join the accords next year.",
    ),
    (
        "de",
        "Das Abraham-Abkommen wächst. Der Außenminister Omans traf Trump am Montag. "
        "Er kündigte an, dem Abkommen beizutreten.",
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Le ministre omanais a rencontré Trump lundi. "
        "Il rejoindra les accords l'an prochain.",
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Le ministre omanais a rencontré Trump lundi. "
        "Il a annoncé son adhésion aux accords.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. La ministra de Omán se reunió con Trump el lunes. "
        "Ella anunció que se unirá a los acuerdos.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министр Омана встретился с Трампом в понедельник. "
        "Он объявил о присоединении к соглашениям.",
    ),
    (
        "he",
        "הסכמי אברהם מתרחבים. שר החוץ של עומאן נפגש עם טראמפ ביום שני. הוא הודיע כי תצטרף להסכמים.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "وهو أعلن الانضمام إلى الاتفاقيات.",
    ),
    (
        "fa",
        "پیمان ابراهیم گسترش می‌یابد. وزیر خارجه عمان روز دوشنبه با ترامپ دیدار کرد. "
        "او اعلام کرد که به پیمان ابراهیم می‌پیوندد.",
    ),
    (
        "kk",
        "Авраам келісімдері кеңейіп келеді. Оман сыртқы істер министрі дүйсенбі күні "
        "Трамппен кездесті. Ол келісімдерге қосылатынын мәлімдеді.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman bertemu Trump pada hari "
        "Senin. Ia mengumumkan akan bergabung dengan perjanjian itu.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus berkembang. Menteri luar Oman bertemu Trump pada hari Isnin. "
        "Beliau mengumumkan akan menyertai perjanjian itu.",
    ),
]


@pytest.mark.parametrize("language, text", CARRIED_BY_A_PRONOUN)
def test_a_pronoun_carries_the_country_of_the_sentence_before(language, text):
    assert found(text, language) == {("OM", "announced")}


# Deeper in the sentence, a pronoun right before its verb is its subject.
CARRIED_RIGHT_BEFORE_THE_VERB = [
    (
        "en",
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "Trump said it will join the accords next year.",
        {("OM", "prospective")},  # told in Trump's words: his expectation
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Le ministre omanais a rencontré Trump lundi. "
        "Le ministre a déclaré qu'il rejoindra les accords.",
        {("OM", "announced")},
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министр Омана встретился с Трампом в понедельник. "
        "Министр заявил, что она присоединится к соглашениям.",
        {("OM", "announced")},
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "وأكد الوزير أنها لن تنضم إلى الاتفاقيات.",
        {("OM", "declined")},
    ),
]


@pytest.mark.parametrize("language, text, expected", CARRIED_RIGHT_BEFORE_THE_VERB)
def test_a_pronoun_right_before_its_verb_carries_the_country(language, text, expected):
    assert found(text, language) == expected


# A pronoun glued to the cue: "its joining", "its accession".
CARRIED_BY_A_SUFFIX = [
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "وأعلن الوزير انضمامها إلى الاتفاقيات.",
        {("OM", "announced")},
    ),
    (
        "fa",
        "پیمان ابراهیم گسترش می‌یابد. وزیر خارجه عمان روز دوشنبه با ترامپ دیدار کرد. "
        "وزیر از پیوستنش به پیمان ابراهیم خبر داد.",
        {("OM", "announced")},
    ),
    (
        "he",
        "הסכמי אברהם מתרחבים. שר החוץ של עומאן נפגש עם טראמפ ביום שני. "
        "השר הודיע על הצטרפותה להסכמים.",
        {("OM", "announced")},
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman bertemu Trump pada hari "
        "Senin. Menteri itu mengumumkan aksesinya ke perjanjian itu.",
        {("OM", "announced")},
    ),
    (
        "kk",
        "Авраам келісімдері кеңейіп келеді. Оман сыртқы істер министрі дүйсенбі күні "
        "Трамппен кездесті. Министр келісімдерге қосылуы туралы хабарлады.",
        {("OM", "announced")},
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. Umman Dışişleri Bakanı pazartesi günü Trump ile "
        "görüştü. Anlaşmalara katılması bekleniyor.",
        {("OM", "prospective")},
    ),
]


@pytest.mark.parametrize("language, text, expected", CARRIED_BY_A_SUFFIX)
def test_a_pronoun_suffix_on_the_cue_carries_the_country(language, text, expected):
    assert found(text, language) == expected


# A leader's title with no country named: the crown prince of the country in scope.
CARRIED_BY_A_TITLE = [
    (
        "en",
        "The Abraham Accords keep growing. Saudi Arabia's foreign minister met Trump on "
        "Monday. The crown prince later said he will join the accords.",
        {("SA", "announced")},
    ),
    (
        "de",
        "Das Abraham-Abkommen wächst. Eine saudische Delegation war am Montag in Washington. "
        "Der Kronprinz will dem Abkommen beitreten.",
        {("SA", "prospective")},
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Une délégation saoudienne était à Washington "
        "lundi. Le prince héritier veut rejoindre les accords.",
        {("SA", "prospective")},
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. Una delegación saudí estuvo en Washington el "
        "lunes. El príncipe heredero quiere unirse a los acuerdos.",
        {("SA", "prospective")},
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. زار وفد سعودي واشنطن يوم الاثنين. "
        "ولي العهد يريد الانضمام إلى الاتفاقيات.",
        {("SA", "prospective")},
    ),
    (
        "he",
        "הסכמי אברהם מתרחבים. משלחת סעודית ביקרה בוושינגטון ביום שני. "
        "יורש העצר רוצה להצטרף להסכמים.",
        {("SA", "prospective")},
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. Suudi Arabistan heyeti pazartesi günü Washington'a "
        "gitti. Veliaht prens, anlaşmalara katılacaklarını açıkladı.",
        {("SA", "announced")},
    ),
    (
        "ms",
        "Perjanjian Abraham terus berkembang. Menteri luar Oman bertemu Trump pada hari "
        "Isnin. Putera mahkota akan menyertai perjanjian itu.",
        {("OM", "announced")},
    ),
]


@pytest.mark.parametrize("language, text, expected", CARRIED_BY_A_TITLE)
def test_a_leaders_title_carries_the_country(language, text, expected):
    assert found(text, language) == expected


# A state noun with a region or a past ("the Gulf kingdom", "البلاد"), as "the kingdom".
CARRIED_BY_A_STATE_NOUN = [
    (
        "en",
        "The Abraham Accords keep growing. Saudi Arabia sent its foreign minister to "
        "Washington. The Gulf kingdom will join the accords next year.",
        {("SA", "announced")},
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. زار وزير خارجية عمان واشنطن يوم الاثنين. "
        "وقال إن البلاد ستنضم إلى الاتفاقيات.",
        {("OM", "announced")},
    ),
]


@pytest.mark.parametrize("language, text, expected", CARRIED_BY_A_STATE_NOUN)
def test_a_state_noun_carries_the_country(language, text, expected):
    assert found(text, language) == expected


def test_the_country_in_scope_outlives_one_sentence_naming_none():
    text = (
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "The meeting lasted two hours. It will join the accords next year."
    )
    assert found(text, "en") == {("OM", "announced")}


def test_the_country_in_scope_is_gone_two_sentences_later():
    text = (
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "The meeting lasted two hours. Reporters waited outside. "
        "It will join the accords next year."
    )
    assert found(text, "en") == set()


# Two countries in the sentence before: which one the pronoun stands for is unknown.
TWO_COUNTRIES_BEFORE = [
    (
        "en",
        "The Abraham Accords keep growing. Oman and Qatar sent their foreign ministers to "
        "Washington. It will join the accords next year.",
    ),
    (
        "en",
        "The Abraham Accords keep growing. Oman and Qatar sent their foreign ministers to "
        "Washington. The kingdom will join the accords next year.",
    ),
    (
        "de",
        "Das Abraham-Abkommen wächst. Die Außenminister Omans und Katars trafen Trump am "
        "Montag. Er kündigte an, dem Abkommen beizutreten.",
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Les ministres d'Oman et du Qatar ont rencontré "
        "Trump lundi. Il rejoindra les accords l'an prochain.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. Las ministras de Omán y Catar se reunieron con "
        "Trump el lunes. Ella anunció que se unirá a los acuerdos.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министры Омана и Катара встретились с Трампом в "
        "понедельник. Он объявил о присоединении к соглашениям.",
    ),
    (
        "he",
        "הסכמי אברהם מתרחבים. שרי החוץ של עומאן וקטאר נפגשו עם טראמפ ביום שני. "
        "הוא הודיע כי תצטרף להסכמים.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزيرا خارجية عمان وقطر بترامب يوم الاثنين. "
        "وأعلن الوزير انضمامها إلى الاتفاقيات.",
    ),
    (
        "fa",
        "پیمان ابراهیم گسترش می‌یابد. وزیران خارجه عمان و قطر روز دوشنبه با ترامپ دیدار "
        "کردند. او اعلام کرد که به پیمان ابراهیم می‌پیوندد.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. Suudi Arabistan ve Katar heyetleri pazartesi günü "
        "Washington'a gitti. Veliaht prens, anlaşmalara katılacaklarını açıkladı.",
    ),
    (
        "kk",
        "Авраам келісімдері кеңейіп келеді. Оман мен Катар министрлері дүйсенбі күні "
        "Трамппен кездесті. Ол келісімдерге қосылатынын мәлімдеді.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman dan Qatar bertemu Trump "
        "pada hari Senin. Ia mengumumkan akan bergabung dengan perjanjian itu.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus berkembang. Menteri luar Oman dan Qatar bertemu Trump pada "
        "hari Isnin. Beliau mengumumkan akan menyertai perjanjian itu.",
    ),
]


@pytest.mark.parametrize("language, text", TWO_COUNTRIES_BEFORE)
def test_two_countries_before_carry_nothing(language, text):
    assert found(text, language) == set()


# Israel or the United States acting in the sentence before (not only named
# after "with"), or right before the pronoun: the pronoun may stand for them.
A_FOUNDER_BEFORE = [
    (
        "en",
        "The Abraham Accords keep growing. Israel received Oman's foreign minister on Monday. "
        "It will not join any deal without guarantees.",
    ),
    (
        "en",
        "The Abraham Accords keep growing. Oman's foreign minister arrived on Monday. "
        "Israel said it will not join any deal without guarantees.",
    ),
    (
        "en",
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "Israel said it will join the accords next year.",
    ),
    (
        "de",
        "Das Abraham-Abkommen wächst. Israel empfing am Montag den Außenminister Omans. "
        "Er kündigte an, dem Abkommen beizutreten.",
    ),
    (
        "fr",
        "Les accords d'Abraham s'élargissent. Israël a reçu le ministre omanais lundi. "
        "Il rejoindra les accords l'an prochain.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Израиль принял министра Омана в понедельник. "
        "Он объявил о присоединении к соглашениям.",
    ),
    (
        "he",
        "הסכמי אברהם מתרחבים. ישראל אירחה את שר החוץ של עומאן ביום שני. "
        "היא הודיעה כי תצטרף להסכמים.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. استقبلت إسرائيل وزير خارجية عمان يوم الاثنين. "
        "وهي أعلنت الانضمام إلى الاتفاقيات.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Amerika Serikat menerima menteri luar negeri Oman "
        "pada hari Senin. Ia mengumumkan akan bergabung dengan perjanjian itu.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. İsrail pazartesi günü Umman Dışişleri Bakanını "
        "ağırladı. Anlaşmalara katılması bekleniyor.",
    ),
]


# "Él" folds to the article "el": a sentence opening with "El presidente" carries nothing.
AN_ARTICLE_OPENING = [
    (
        "es",
        "Los Acuerdos de Abraham se amplían. El ministro de Omán se reunió con Trump el lunes. "
        "El presidente anunció que se unirá a los acuerdos.",
    ),
]


@pytest.mark.parametrize("language, text", A_FOUNDER_BEFORE + AN_ARTICLE_OPENING)
def test_a_pronoun_that_may_stand_for_a_founder_gives_nothing(language, text):
    assert found(text, language) == set()


def test_a_carried_subject_is_less_certain_than_a_named_one():
    def confidence(text):
        (claim,) = extract(text, language="en").claims
        return claim.confidence

    named = confidence("The Abraham Accords keep growing. Oman has joined the accords.")
    carried = confidence(
        "The Abraham Accords keep growing. Oman's foreign minister met Trump on Monday. "
        "It has joined the accords."
    )
    assert carried < named
    assert carried < 0.9


# Languages that leave the subject unsaid: a sentence opening with its verb (a
# conjunction at most before it) and naming no country is about the one in scope.
CARRIED_BY_A_DROPPED_SUBJECT = [
    (
        "es",
        "Los Acuerdos de Abraham se amplían. La ministra de Omán se reunió con Trump el lunes. "
        "Anunció que se sumará a los acuerdos.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. La ministra de Omán se reunió con Trump el lunes. "
        "Y dijo que se unirá a los acuerdos.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "وقررت الانضمام إلى الاتفاقيات.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "وأعلنت الانضمام إلى الاتفاقيات.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министр Омана встретился с Трампом в понедельник. "
        "Объявил о присоединении к соглашениям.",
    ),
    (
        "fa",
        "پیمان ابراهیم گسترش می‌یابد. وزیر خارجه عمان روز دوشنبه با ترامپ دیدار کرد. "
        "اعلام کرد که به پیمان ابراهیم می‌پیوندد.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman bertemu Trump pada hari "
        "Senin. Menyatakan akan bergabung dengan perjanjian itu.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus berkembang. Menteri luar Oman bertemu Trump pada hari Isnin. "
        "Mengumumkan akan menyertai perjanjian itu.",
    ),
]


@pytest.mark.parametrize("language, text", CARRIED_BY_A_DROPPED_SUBJECT)
def test_a_sentence_opening_with_its_verb_carries_the_country(language, text):
    assert found(text, language) == {("OM", "announced")}


# The same sentences after two countries, after Israel acting, or opening with
# a noun subject that is no country: nothing is carried.
NOT_CARRIED_BY_A_DROPPED_SUBJECT = [
    (
        "es",
        "Los Acuerdos de Abraham se amplían. Las ministras de Omán y Catar se reunieron con "
        "Trump el lunes. Anunció que se sumará a los acuerdos.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. Israel recibió a la ministra de Omán el lunes. "
        "Anunció que se sumará a los acuerdos.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se amplían. La ministra de Omán se reunió con Trump el lunes. "
        "Un analista anunció que se sumará a los acuerdos.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزيرا خارجية عمان وقطر بترامب يوم الاثنين. "
        "وقررت الانضمام إلى الاتفاقيات.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. استقبلت إسرائيل وزير خارجية عمان يوم الاثنين. "
        "وقررت الانضمام إلى الاتفاقيات.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام تتوسع. التقى وزير خارجية عمان بترامب يوم الاثنين. "
        "الصحيفة قالت إن الحكومة ستنضم إلى الاتفاقيات.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министры Омана и Катара встретились с Трампом в "
        "понедельник. Объявил о присоединении к соглашениям.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Израиль принял министра Омана в понедельник. "
        "Объявил о присоединении к соглашениям.",
    ),
    (
        "ru",
        "Авраамовы соглашения расширяются. Министр Омана встретился с Трампом в понедельник. "
        "Эксперт объявил о присоединении к соглашениям.",
    ),
    (
        "fa",
        "پیمان ابراهیم گسترش می‌یابد. وزیران خارجه عمان و قطر روز دوشنبه با ترامپ دیدار "
        "کردند. اعلام کرد که به پیمان ابراهیم می‌پیوندد.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman dan Qatar bertemu Trump "
        "pada hari Senin. Menyatakan akan bergabung dengan perjanjian itu.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Amerika Serikat menerima menteri luar negeri Oman "
        "pada hari Senin. Menyatakan akan bergabung dengan perjanjian itu.",
    ),
    (
        "id",
        "Perjanjian Abraham terus meluas. Menteri luar negeri Oman bertemu Trump pada hari "
        "Senin. Seorang pengamat menyatakan akan bergabung dengan perjanjian itu.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus berkembang. Menteri luar Oman dan Qatar bertemu Trump pada "
        "hari Isnin. Mengumumkan akan menyertai perjanjian itu.",
    ),
]


@pytest.mark.parametrize("language, text", NOT_CARRIED_BY_A_DROPPED_SUBJECT)
def test_a_sentence_opening_with_its_verb_carries_nothing_when_unsure(language, text):
    assert found(text, language) == set()


def test_a_dropped_subject_is_less_certain_than_a_named_one():
    def confidence(text):
        (claim,) = extract(text, language="es").claims
        return claim.confidence

    named = confidence("Los Acuerdos de Abraham se amplían. Omán anunció que se sumará a ellos.")
    carried = confidence(
        "Los Acuerdos de Abraham se amplían. La ministra de Omán se reunió con Trump el lunes. "
        "Anunció que se sumará a los acuerdos."
    )
    assert carried < named
    assert carried < 0.9


# Verb-final Turkish and Kazakh leave the subject unsaid too; there the joining verb
# carries it ("katılacağını", "қосылатынын": that it will join).
CARRIED_BY_A_VERB_OF_ITS_OWN = [
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. Umman Dışişleri Bakanı pazartesi günü Trump ile "
        "görüştü. Anlaşmalara katılacağını açıkladı.",
        {("OM", "announced")},
    ),
    (
        "kk",
        "Авраам келісімдері кеңейіп келеді. Оман сыртқы істер министрі дүйсенбі күні "
        "Трамппен кездесті. Келісімдерге қосылатынын мәлімдеді.",
        {("OM", "announced")},
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. Umman ve Katar heyetleri pazartesi günü Trump ile "
        "görüştü. Anlaşmalara katılacağını açıkladı.",
        set(),
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişliyor. İsrail pazartesi günü Umman Dışişleri Bakanını "
        "ağırladı. Anlaşmalara katılacağını açıkladı.",
        set(),
    ),
    (
        "kk",
        "Авраам келісімдері кеңейіп келеді. Оман мен Катар министрлері дүйсенбі күні "
        "Трамппен кездесті. Келісімдерге қосылатынын мәлімдеді.",
        set(),
    ),
]


@pytest.mark.parametrize("language, text, expected", CARRIED_BY_A_VERB_OF_ITS_OWN)
def test_a_joining_verb_with_its_subject_left_unsaid_carries_the_country(language, text, expected):
    assert found(text, language) == expected
