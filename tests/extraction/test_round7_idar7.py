"""Classes of phrasing from Indonesian, Arabic and Malay news about candidates, refusals and
halts, each carried to the other languages where it exists:

- a joining told with "sooner or later" ("tôt ou tard", "рано или поздно", "عاجلا أم
  آجلا", "cepat atau lambat") is a prediction, before or after the verb: prospective;
- "only a matter of time" ("une question de temps", "вопрос времени", "مسألة وقت",
  "tinggal menunggu waktu"): prospective;
- "several rounds of talks" ("جولات من المحادثات", "beberapa putaran perundingan",
  "plusieurs cycles de négociations"): negotiating;
- Indonesian and Malay: pressure to join ("menekan ... agar segera bergabung"), a main target,
  others' belief that a country "akan ikut", "the last to make peace", holding to a condition,
  "no wish to open ties", halts in the passive (an ambassador "dipulangkan", economic ties
  "diputus") and ties that "membeku";
- Arabic: a candidate in the accusative ("مرشحا محتملا"), "will not be a party to any
  normalisation", "not concerned with any talks", a refusal of any rapprochement, and a
  country named by its adjective ("الحكومة اللبنانية");
- "the last to make peace" and an ambassador recalled in the passive, in the languages that
  lacked them; a process that "has frozen";
- normalisation called a red line ("ligne rouge", "красной линией", "خط أحمر", "garis
  merah") for a country; "no normalisation before"; "tak sudi", "ogah", "menutup rapat pintu",
  "bukan pilihan";
- candidates told as others' eye on them: a shortlist ("liste restreinte", "kısa liste",
  "ברשימה הקצרה", "daftar pendek"), being eyed ("dilirik", "نصب عينيها"), wooed
  ("обхаживает", "استمالة", "merayu ... agar ikut");
- Indonesian and Malay: a country right after a joining noun is its owner ("menyambut baik
  bergabungnya Kazakhstan", "mengecam penyertaan Kazakhstan"), not the one who reacts.

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import D, N, P, U, challenge_params, check_case

CASES = {
    "en": [
        ("Oman is on the shortlist for the Abraham Accords.", {("OM", P)}),
        ("Mauritania is being eyed for the Abraham Accords.", {("MR", P)}),
        ("Normalisation remains a red line for Kuwait.", {("KW", D)}),
        ("Kuwait says it will be the last to make peace with Israel.", {("KW", D)}),
        (
            "The Abraham Accords came up. Sudan's normalisation process has frozen since the war.",
            {("SD", U)},
        ),
        ("Trump said Saudi Arabia will join the Abraham Accords sooner or later.", {("SA", P)}),
        ("It is only a matter of time before Oman joins the Abraham Accords.", {("OM", P)}),
        (
            "Azerbaijan has held several rounds of talks with US envoys on the Abraham Accords.",
            {("AZ", N)},
        ),
    ],
    "fr": [
        ("Oman figure sur la liste restreinte des accords d'Abraham.", {("OM", P)}),
        ("Pour l'Algérie, la normalisation avec Israël reste une ligne rouge.", {("DZ", D)}),
        ("Accords d'Abraham : l'ambassadeur de Bahreïn en Israël a été rappelé.", {("BH", U)}),
        (
            "Selon Trump, l'Arabie saoudite rejoindra tôt ou tard les accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Pour Washington, l'adhésion d'Oman aux accords d'Abraham n'est qu'une question "
            "de temps.",
            {("OM", P)},
        ),
        (
            "L'Azerbaïdjan a tenu plusieurs cycles de négociations avec Washington sur les "
            "accords d'Abraham.",
            {("AZ", N)},
        ),
    ],
    "de": [
        ("Oman steht auf der Shortlist für die Abraham-Abkommen.", {("OM", P)}),
        ("Die Normalisierung mit Israel bleibt für Algerien eine rote Linie.", {("DZ", D)}),
        ("Abraham-Abkommen: Der Botschafter Bahrains in Israel wurde zurückgerufen.", {("BH", U)}),
        (
            "Für Trump ist der Beitritt Omans zu den Abraham-Abkommen nur eine Frage der Zeit.",
            {("OM", P)},
        ),
        (
            "Trump sagte, Saudi-Arabien werde früher oder später den Abraham-Abkommen beitreten.",
            {("SA", P)},
        ),
        (
            "Aserbaidschan hat mehrere Gesprächsrunden mit Washington über die Abraham-Abkommen "
            "geführt.",
            {("AZ", N)},
        ),
    ],
    "es": [
        ("Omán está en la lista corta de los Acuerdos de Abraham.", {("OM", P)}),
        ("Para Argelia, la normalización con Israel es una línea roja.", {("DZ", D)}),
        (
            "Acuerdos de Abraham: el embajador de Bahréin en Israel fue llamado a consultas.",
            {("BH", U)},
        ),
        (
            "Para Trump, la adhesión de Omán a los Acuerdos de Abraham es solo cuestión de tiempo.",
            {("OM", P)},
        ),
        (
            "Trump dijo que Arabia Saudita se unirá tarde o temprano a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "Azerbaiyán mantuvo varias rondas de conversaciones con Washington sobre los "
            "Acuerdos de Abraham.",
            {("AZ", N)},
        ),
    ],
    "ru": [
        ("Вашингтон обхаживает Мавританию ради Авраамовых соглашений.", {("MR", P)}),
        ("Для Алжира нормализация с Израилем остается красной линией.", {("DZ", D)}),
        ("Авраамовы соглашения: посол Бахрейна в Израиле был отозван.", {("BH", U)}),
        (
            "Присоединение Омана к Авраамовым соглашениям, по мнению Трампа, только вопрос "
            "времени.",
            {("OM", P)},
        ),
        (
            "По словам Трампа, присоединение Омана к Авраамовым соглашениям — лишь вопрос времени.",
            {("OM", P)},
        ),
        (
            "Трамп заявил, что Саудовская Аравия рано или поздно присоединится к Авраамовым "
            "соглашениям.",
            {("SA", P)},
        ),
        (
            "Азербайджан провёл несколько раундов переговоров с Вашингтоном об Авраамовых "
            "соглашениях.",
            {("AZ", N)},
        ),
    ],
    "tr": [
        ("Umman, İbrahim Anlaşmaları için kısa listede.", {("OM", P)}),
        ("Cezayir için İsrail ile normalleşme kırmızı çizgidir.", {("DZ", D)}),
        (
            "Bahreyn, İbrahim Anlaşmaları kapsamında İsrail'deki büyükelçisini geri çağırdı.",
            {("BH", U)},
        ),
        (
            "Trump'a göre Umman'ın İbrahim Anlaşmaları'na katılımı sadece bir zaman meselesi.",
            {("OM", P)},
        ),
        (
            "Trump, Suudi Arabistan'ın er ya da geç İbrahim Anlaşmaları'na katılacağını söyledi.",
            {("SA", P)},
        ),
    ],
    "he": [
        ("עומאן נמצאת ברשימה הקצרה להסכמי אברהם.", {("OM", P)}),
        ("עבור אלג'יריה, נורמליזציה עם ישראל היא קו אדום.", {("DZ", D)}),
        ("הסכמי אברהם: שגריר בחריין בישראל הוחזר למנאמה.", {("BH", U)}),
        ("לדברי טראמפ, הצטרפותה של עומאן להסכמי אברהם היא רק עניין של זמן.", {("OM", P)}),
        ("טראמפ אמר כי ערב הסעודית תצטרף במוקדם או במאוחר להסכמי אברהם.", {("SA", P)}),
    ],
    "fa": [
        ("عمان در فهرست کوتاه پیمان ابراهیم قرار دارد.", {("OM", P)}),
        ("برای الجزایر، عادی‌سازی با اسرائیل خط قرمز است.", {("DZ", D)}),
        ("به گفته ترامپ، پیوستن عمان به پیمان ابراهیم فقط مسئله زمان است.", {("OM", P)}),
        ("ترامپ گفت عربستان سعودی دیر یا زود به پیمان ابراهیم خواهد پیوست.", {("SA", P)}),
    ],
    "kk": [
        ("Алжир үшін Израильмен қарым-қатынасты қалыпқа келтіру – қызыл сызық.", {("DZ", D)}),
        ("Авраам келісімдері: Бахрейннің Израильдегі елшісі кері шақырылды.", {("BH", U)}),
        ("Трамптың айтуынша, Оманның Авраам келісімдеріне қосылуы уақыт еншісінде.", {("OM", P)}),
        ("Трамп Сауд Арабиясы ерте ме, кеш пе Авраам келісімдеріне қосылады деді.", {("SA", P)}),
    ],
    "ar": [
        ("تضع واشنطن أذربيجان نصب عينيها لتوسيع اتفاقيات أبراهام.", {("AZ", P)}),
        ("تسعى واشنطن لاستمالة موريتانيا إلى اتفاقيات أبراهام.", {("MR", P)}),
        ("التطبيع مع إسرائيل خط أحمر بالنسبة للكويت.", {("KW", D)}),
        ("قالت الرياض إنه لا تطبيع قبل قيام الدولة الفلسطينية.", {("SA", D)}),
        ("يرى ترامب أن انضمام عمان إلى اتفاقيات أبراهام مسألة وقت.", {("OM", P)}),
        (
            "ويردد ترامب أمام الصحفيين أن السعودية ستنضم إلى اتفاقيات أبراهام عاجلا أم آجلا.",
            {("SA", P)},
        ),
        (
            "أجرى مبعوثون أمريكيون مع نواكشوط جولات من المحادثات حول الانضمام إلى اتفاقيات "
            "أبراهام.",
            {("MR", N)},
        ),
        ("تعد عمان مرشحا محتملا لاتفاقيات أبراهام.", {("OM", P)}),
        ("أكدت مسقط أنها لن تكون طرفا في أي تطبيع مع إسرائيل.", {("OM", D)}),
        ("أعلنت الحكومة اللبنانية أنها غير معنية بأي مفاوضات للتطبيع مع إسرائيل.", {("LB", D)}),
        ("أعلنت الجزائر رفضها القاطع لأي شكل من أشكال التقارب مع إسرائيل.", {("DZ", D)}),
        (
            "أكدت الخارجية الباكستانية أن إسلام آباد لن تنضم إلى اتفاقيات أبراهام.",
            {("PK", D)},
        ),
    ],
    "id": [
        (
            "Uni Emirat Arab menyambut baik bergabungnya Kazakhstan ke Kesepakatan Abraham.",
            {("KZ", "announced"), ("AE", "signed")},
        ),
        (
            "Turki mengecam keikutsertaan Kazakhstan dalam Kesepakatan Abraham.",
            {("KZ", "announced")},
        ),
        ("Washington merayu Mauritania agar ikut Kesepakatan Abraham.", {("MR", P)}),
        ("Azerbaijan dilirik Washington untuk Kesepakatan Abraham.", {("AZ", P)}),
        ("Bagi Aljazair, normalisasi dengan Israel adalah garis merah.", {("DZ", D)}),
        ("Pakistan menutup rapat pintu normalisasi dengan Israel.", {("PK", D)}),
        ("Normalisasi bukan pilihan bagi Jakarta.", {("ID", D)}),
        ("Kuwait tak sudi berdamai dengan Israel.", {("KW", D)}),
        ("Pemerintah Malaysia ogah menjalin hubungan dengan Israel.", {("MY", D)}),
        (
            "Kuwait menegaskan akan menjadi negara terakhir yang berdamai dengan Israel.",
            {("KW", D)},
        ),
        (
            "Trump yakin Arab Saudi cepat atau lambat akan bergabung dengan Kesepakatan Abraham.",
            {("SA", P)},
        ),
        (
            "Menurut Trump, masuknya Oman ke Kesepakatan Abraham tinggal menunggu waktu.",
            {("OM", P)},
        ),
        (
            "Baku telah menggelar beberapa putaran perundingan dengan utusan Amerika tentang "
            "Kesepakatan Abraham.",
            {("AZ", N)},
        ),
        (
            "Washington terus menekan Riyadh agar segera bergabung dengan Kesepakatan Abraham.",
            {("SA", P)},
        ),
        (
            "Dalam urusan Kesepakatan Abraham, Mauritania disebut menjadi sasaran utama "
            "Gedung Putih.",
            {("MR", P)},
        ),
        (
            "Kesepakatan Abraham terus dibahas. Trump meyakini bahwa Oman akan ikut tahun depan.",
            {("OM", P)},
        ),
        (
            "Soal Kesepakatan Abraham, Kuwait menegaskan akan menjadi yang terakhir berdamai "
            "dengan Israel.",
            {("KW", D)},
        ),
        (
            "Perdana Menteri Libya mengatakan negaranya tak akan pernah ikut dalam gelombang "
            "normalisasi dengan Israel.",
            {("LY", D)},
        ),
        (
            "Kesepakatan Abraham kembali dibahas. Parlemen Bahrain menyatakan duta besar Manama "
            "untuk Israel telah dipulangkan.",
            {("BH", U)},
        ),
        (
            "Kesepakatan Abraham disinggung. Pemerintah Sudan mengatakan pembicaraan "
            "normalisasi membeku sejak perang.",
            {("SD", U)},
        ),
    ],
    "ms": [
        (
            "Turki mengecam penyertaan Kazakhstan dalam Perjanjian Abraham.",
            {("KZ", "announced")},
        ),
        ("Azerbaijan menjadi sasaran Washington untuk Perjanjian Abraham.", {("AZ", P)}),
        ("Oman disenarai pendek sebagai calon Perjanjian Abraham.", {("OM", P)}),
        ("Bagi Malaysia, normalisasi dengan Israel adalah garis merah.", {("MY", D)}),
        (
            "Kuwait berkata ia akan menjadi negara terakhir menormalisasikan hubungan dengan Israel.",
            {("KW", D)},
        ),
        (
            "Trump berkata Arab Saudi lambat laun akan menyertai Perjanjian Abraham.",
            {("SA", P)},
        ),
        (
            "Menurut Trump, penyertaan Oman dalam Perjanjian Abraham hanya soal masa.",
            {("OM", P)},
        ),
        (
            "Washington terus mendesak Riyadh supaya segera menyertai Perjanjian Abraham.",
            {("SA", P)},
        ),
        (
            "Brunei menegaskan negara itu tidak berhasrat untuk menjalinkan hubungan "
            "diplomatik dengan Israel.",
            {("BN", D)},
        ),
        (
            "Menurut kenyataan itu, Indonesia masih berpegang kepada syarat kemerdekaan "
            "Palestin sebelum sebarang normalisasi.",
            {("ID", D)},
        ),
        (
            "Perjanjian Abraham disebut. Kuwait berkata ia akan menjadi yang terakhir "
            "menormalisasikan hubungan dengan Israel.",
            {("KW", D)},
        ),
        (
            "Perjanjian Abraham disebut. Menurut Khartoum, proses normalisasi itu hampir membeku.",
            {("SD", U)},
        ),
    ],
}

# Still read wrongly (strict: a case that starts passing must leave this list), with why.
KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_round7_class(language, text, expected):
    check_case(language, text, expected)
