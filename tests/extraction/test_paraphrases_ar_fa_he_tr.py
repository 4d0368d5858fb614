"""A fourth challenge set, for Arabic, Persian, Hebrew and Turkish (with a few cases in the other
languages where the class is the same): the capital of Somaliland standing for it, halted talks
told noun first ("the normalisation track ... froze") or between two sides with a postposition
("X ile Y arasındaki"), refusals said as "normalisation is not possible" or "no relations will
be established", interest told as "shows interest" (in every language), calls on a country to
join told as encouragement, and "talk of" a joining (speculation, not a decision, in most languages); "negotiated
about joining" (talks); an expectation in the past tense; "last night" as a relative day; a halt
of normalisation told with no country at all, of the country the text is about.

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import A, D, N, P, U, challenge_params, check_case

CASES = {
    "ar": [
        # "shows interest in the accords": interest, told by others
        ("وبحسب مسؤولين أمريكيين، تبدي الكويت اهتماما باتفاقيات أبراهام.", {("KW", P)}),
        # "negotiated about joining": talks, not a joining
        ("تفاوضت قطر طويلا حول الانضمام إلى اتفاقيات أبراهام.", {("QA", N)}),
        ("وتتفاوض الكويت بشأن التطبيع في إطار اتفاقيات أبراهام.", {("KW", N)}),
        # a halt with no country at all: the country the text is about
        (
            "كانت قطر مرشحة للانضمام إلى اتفاقيات أبراهام. لكن محادثات التطبيع توقفت بعد اندلاع الحرب.",
            {("QA", P), ("QA", U)},
        ),
        (
            "أعلنت كازاخستان البارحة أنها ستنضم إلى اتفاقيات أبراهام.",
            {("KZ", A, "2025-11-19")},
        ),
        # the capital for Somaliland
        (
            "وقالت هرجيسا في بيان إنها تعتزم الانضمام إلى اتفاقيات أبراهام قريباً.",
            {("XS", P)},
        ),
        # halted talks, the noun first
        (
            "ويرى دبلوماسيون أن اتفاقيات أبراهام فقدت زخمها، إذ إن المحادثات بين السعودية "
            "وإسرائيل توقفت منذ خريف 2023.",
            {("SA", U)},
        ),
        (
            "وتعثرت جهود كثيرة في المنطقة. مسار التطبيع بين المغرب وإسرائيل تجمد في ربيع عام "
            "2024 بسبب الحرب، رغم اتفاقيات أبراهام.",
            {("MA", U)},
        ),
        # interest with a restriction after it
        (
            "وأكدت الرياض أنها تريد أن تكون المملكة طرفا في اتفاقيات أبراهام، ولكن فقط بعد "
            "قيام دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
        # "talk of" a joining: speculation
        (
            "يكثر في واشنطن الحديث عن انضمام عُمان إلى اتفاقيات أبراهام.",
            {("OM", P)},
        ),
    ],
    "fa": [
        ("در محافل دیپلماتیک صحبت از پیوستن کویت به پیمان ابراهیم است.", {("KW", P)}),
        ("به گفته دیپلمات‌ها، کویت به پیمان ابراهیم علاقه نشان داده است.", {("KW", P)}),
        ("کویت گفت عادی‌سازی بدون کشور فلسطینی ممکن نیست؛ پیمان ابراهیم منتظر بماند.", {("KW", D)}),
        (
            "عمان در حال مذاکره برای پیوستن به پیمان ابراهیم بود. اما مذاکرات عادی‌سازی پس از جنگ متوقف شد.",
            {("OM", N), ("OM", U)},
        ),
        # "last night": a relative day
        (
            "قزاقستان دیشب اعلام کرد که به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "هرگیسا اعلام کرد که می‌خواهد به پیمان ابراهیم بپیوندد.",
            {("XS", P)},
        ),
        (
            "درباره پیمان ابراهیم، دوحه تأکید کرد که بدون پایان جنگ غزه هیچ رابطه‌ای با "
            "اسرائیل برقرار نخواهد کرد.",
            {("QA", D)},
        ),
    ],
    "he": [
        ("בחוגים דיפלומטיים מדברים על הצטרפות של כווית להסכמי אברהם.", {("KW", P)}),
        (
            "עומאן ניהלה מגעים להצטרפות להסכמי אברהם. המגעים לנורמליזציה הוקפאו עם פרוץ המלחמה.",
            {("OM", N), ("OM", U)},
        ),
        # a halt naming only the founder it was with ("contacts with Israel") is still
        # the halt of the country in scope
        (
            "עומאן ניהלה מגעים להצטרפות להסכמי אברהם. המגעים עם ישראל הוקפאו עם פרוץ המלחמה.",
            {("OM", N), ("OM", U)},
        ),
        ("קזחסטן הודיעה אמש כי תצטרף להסכמי אברהם.", {("KZ", A, "2025-11-19")}),
        ("בהרגייסה הודיעו כי הם מבקשים להצטרף להסכמי אברהם.", {("XS", P)}),
        (
            "לפי גורם אמריקני, גם עומאן מגלה עניין בהסכמי אברהם, אבל שום דבר לא סוכם.",
            {("OM", P)},
        ),
    ],
    "tr": [
        ("Diplomatlara göre Kuveyt, İbrahim Anlaşmaları'na ilgi gösteriyor.", {("KW", P)}),
        ("İbrahim Anlaşmaları konusunda Kuveyt hiçbir ilgi göstermedi.", set()),
        # an expectation in the past tense, or someone else's
        ("Umman'ın İbrahim Anlaşmaları'na katılması bekleniyordu.", {("OM", P)}),
        ("Trump, Katar'ın İbrahim Anlaşmaları'na katılmasını bekliyor.", {("QA", P)}),
        (
            "Umman, İbrahim Anlaşmaları'na katılmak istiyordu. Ancak normalleşme müzakereleri savaşla "
            "birlikte askıya alındı.",
            {("OM", P), ("OM", U)},
        ),
        (
            "Hargeisa yönetimi, İbrahim Anlaşmaları'na katılmak istediğini yineledi.",
            {("XS", P)},
        ),
        # talks between two sides: "ile" is "and" before "arasında"
        (
            "İbrahim Anlaşmaları kapsamında Fas ile İsrail arasındaki görüşmeler geçen yıl "
            "askıya alındı.",
            {("MA", U)},
        ),
        (
            "Katar ile İsrail arasında yürütülen müzakereler, İbrahim Anlaşmaları'na yönelik "
            "tepkiler nedeniyle durduruldu.",
            {("QA", U)},
        ),
        # a pair after the verb is not its subject
        (
            "İbrahim Anlaşmaları gündemdeyken yaptırımları tanımayacağını açıklayan Rusya ile "
            "Çin arasında yeni bir ticaret anlaşması imzalandı.",
            set(),
        ),
        # refusals said another way
        (
            "Kuveyt, İbrahim Anlaşmaları konusunda Filistin devleti kurulmadan normalleşmenin "
            "mümkün olmadığını bir kez daha vurguladı.",
            {("KW", D)},
        ),
        (
            "Irak hükümeti, İsrail ile normalleşmeyi gündemine almadığını ve İbrahim "
            "Anlaşmaları'na uzak durduğunu açıkladı.",
            {("IQ", D)},
        ),
        # others bringing a country in or encouraging it: prospective
        (
            "Washington, Moğolistan'ı da İbrahim anlaşmalarına dahil etmek için çalışıyor.",
            {("MN", P)},
        ),
        (
            "ABD, Umman'ın anlaşmalara katılmasını teşvik ediyor; İbrahim Anlaşmaları genişliyor.",
            {("OM", P)},
        ),
    ],
    "en": [
        (
            "In the capitals of the Gulf there is much talk of Kuwait joining the Abraham Accords.",
            {("KW", P)},
        ),
        ("Diplomats say Kuwait has shown interest in the Abraham Accords.", {("KW", P)}),
        (
            "Oman had been expected to join the Abraham Accords. The normalisation talks were frozen after the "
            "war broke out.",
            {("OM", P), ("OM", U)},
        ),
    ],
    "fr": [
        (
            "Dans les chancelleries, on parle d'une adhésion du Koweït aux accords d'Abraham.",
            {("KW", P)},
        ),
        (
            "Selon des diplomates, le Koweït manifeste de l'intérêt pour les accords d'Abraham.",
            {("KW", P)},
        ),
    ],
    "es": [
        (
            "En las cancillerías se habla de la adhesión de Kuwait a los Acuerdos de Abraham.",
            {("KW", P)},
        ),
        ("Según diplomáticos, Kuwait muestra interés en los Acuerdos de Abraham.", {("KW", P)}),
    ],
    "de": [
        (
            "In Diplomatenkreisen ist die Rede von einem Beitritt Kuwaits zu den Abraham-Abkommen.",
            {("KW", P)},
        ),
        (
            "Nach Angaben von Diplomaten zeigt Kuwait Interesse an den Abraham-Abkommen.",
            {("KW", P)},
        ),
    ],
    "id": [
        (
            "Di kalangan diplomat ramai dibicarakan bergabungnya Kuwait ke Abraham Accords.",
            {("KW", P)},
        ),
        ("Menurut para diplomat, Kuwait menunjukkan minat pada Abraham Accords.", {("KW", P)}),
    ],
    "ms": [
        ("Menurut diplomat, Kuwait menunjukkan minat terhadap Perjanjian Abraham.", {("KW", P)}),
    ],
    "kk": [
        (
            "Дипломаттардың айтуынша, Кувейт Ибраһим келісімдеріне қызығушылық танытып отыр.",
            {("KW", P)},
        ),
    ],
    "ru": [
        (
            "В дипломатических кругах идут разговоры о присоединении Кувейта к Соглашениям Авраама.",
            {("KW", P)},
        ),
        ("Харгейса заявила, что намерена присоединиться к Соглашениям Авраама.", {("XS", P)}),
    ],
}

# Cases the rules still read wrongly: {"language-number": reason}.
KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_case(language, text, expected):
    check_case(language, text, expected)
