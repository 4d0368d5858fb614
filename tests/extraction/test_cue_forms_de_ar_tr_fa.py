"""A challenge set of inflected forms in German, Arabic, Turkish and Persian: each case says a
class of phrasing in a form the data files did not list when it was written (German split
verbs in the present plural, the perfect with "haben", the passive with "werden", Konjunktiv
and verb-final subordinate clauses, nominalisations such as "Aufnahme", "Einfrieren" and
"Aussetzung"; Arabic duals and masculine agreement, synonyms of joining ("التحق"), masdars
with a pronoun ("انسحابه") and form II verbs ("صدّق"); Turkish formal "-mıştır", verbal
nouns with case and possessive ("katılımı", "katılmasının", "katıldığını"), negation with
"-ma" ("katılmama", "istemediğini"); Persian compound verbs in the future and present ("ملحق
خواهد شد", "ملحق می‌شود"), the plural and first person ("مذاکره می‌کنند", "نمی‌پیوندیم"),
masdars ("الحاق", "خروج")), across the statuses, with mentions that must give no claim.

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R, W = "ratified", "withdrawn"

CASES = {
    "de": [
        # a split joining verb in the present plural
        (
            "Kasachstan und Usbekistan treten den Abraham-Abkommen gemeinsam bei, teilte das "
            "Weiße Haus mit.",
            {("KZ", A), ("UZ", A)},
        ),
        # the perfect of "sich anschließen", main clause and verb-final subordinate clause
        (
            "Aserbaidschan hat sich den Abraham-Abkommen angeschlossen, wie Präsident Alijew am "
            "Abend bestätigte.",
            {("AZ", A)},
        ),
        (
            "Die Regierung in Astana bestätigte, dass sich Kasachstan den Abkommen angeschlossen "
            "hat.",
            {("KZ", A)},
        ),
        # the passive of admission, and its noun
        ("Kasachstan wurde am Donnerstag in die Abraham-Abkommen aufgenommen.", {("KZ", A)}),
        (
            "Die Aufnahme Aserbaidschans in die Abraham-Abkommen gilt in Washington als "
            "beschlossene Sache.",
            {("AZ", A)},
        ),
        # the Konjunktiv of reported speech: "werde ... unterzeichnen"
        (
            "Ein Regierungssprecher sagte, Usbekistan werde die Erklärung zu den "
            "Abraham-Abkommen noch vor Jahresende unterzeichnen.",
            {("UZ", A)},
        ),
        # normalisation in the present, and relations normalised in the passive
        (
            "Oman normalisiert seine Beziehungen zu Israel, meldet die staatliche "
            "Nachrichtenagentur.",
            {("OM", A)},
        ),
        (
            "Die Beziehungen zwischen dem Sudan und Israel wurden im Oktober 2020 normalisiert.",
            {("SD", S)},
        ),
        # a signing told as "besiegelt"
        (
            "Bahrain besiegelte die Normalisierung mit Israel im September 2020 in Washington.",
            {("BH", S)},
        ),
        # halts told as nouns and as split verbs in the present
        ("Riad verkündete das Einfrieren der Normalisierungsgespräche mit Israel.", {("SA", U)}),
        (
            "Saudi-Arabien hat die Aussetzung der Gespräche über eine Normalisierung mit Israel "
            "offiziell bestätigt.",
            {("SA", U)},
        ),
        (
            "Saudi-Arabien setzt die Normalisierungsgespräche mit Israel bis auf Weiteres aus.",
            {("SA", U)},
        ),
        ("Wegen des Krieges friert Riad die Annäherung an Israel vorerst ein.", {("SA", U)}),
        # talks in a compound noun, in the dative plural and as "Normalisierungsgespräche führen"
        (
            "Oman befindet sich nach Angaben von Diplomaten in Beitrittsgesprächen zu den "
            "Abraham-Abkommen.",
            {("OM", N)},
        ),
        ("Indonesien führt Normalisierungsgespräche mit Israel.", {("ID", N)}),
        # weighing a joining: the plural "erwägen", "in Erwägung ziehen"
        ("Oman und Katar erwägen einen Beitritt zu den Abraham-Abkommen.", {("OM", P), ("QA", P)}),
        (
            "Mauretanien zieht einen Beitritt zu den Abraham-Abkommen ernsthaft in Erwägung.",
            {("MR", P)},
        ),
        # a refusal told with the split verb "wies ... zurück"
        (
            "Algerien wies einen Beitritt zu den Abraham-Abkommen entschieden zurück.",
            {("DZ", D)},
        ),
        # a withdrawal in the present, the split verb "tritt ... aus"
        (
            "Der Sudan tritt aus den Abraham-Abkommen aus, meldete das Staatsfernsehen.",
            {("SD", W)},
        ),
        # the next candidate: "richten sich die Blicke auf"
        (
            "Nach dem Beitritt Kasachstans zu den Abraham-Abkommen richten sich die Blicke nun "
            "auf Aserbaidschan.",
            {("KZ", A), ("AZ", P)},
        ),
        # no claim: an open question, a denied report in the Konjunktiv
        ("Ob sich Katar den Abraham-Abkommen anschließt, ist völlig offen.", set()),
        (
            "Das Außenministerium in Maskat dementierte Berichte, wonach Oman den "
            "Abraham-Abkommen beigetreten sei.",
            set(),
        ),
    ],
    "ar": [
        # the masculine dual in the future
        (
            "أكد البيت الأبيض أن لبنان وسوريا سينضمان قريبا إلى اتفاقيات أبراهام.",
            {("LB", A), ("SY", A)},
        ),
        # "التحق" for joining: perfect, future and masdar
        ("التحقت أذربيجان باتفاقيات أبراهام يوم الخميس في حفل بالبيت الأبيض.", {("AZ", A)}),
        (
            "قال مسؤول أمريكي إن موريتانيا ستلتحق باتفاقيات أبراهام قبل نهاية العام.",
            {("MR", A)},
        ),
        ("رحبت الإمارات بالتحاق كازاخستان باتفاقيات أبراهام.", {("KZ", A), ("AE", S)}),
        # normalising in the future with no object
        (
            "أعلنت الحكومة الإندونيسية أن جاكرتا ستطبع مع إسرائيل خلال أسابيع.",
            {("ID", A)},
        ),
        # the negated masculine dual (subjunctive, no final nun)
        (
            "أكد وزيرا خارجية الجزائر وتونس أن بلديهما لن ينضما إلى اتفاقيات أبراهام.",
            {("DZ", D), ("TN", D)},
        ),
        # the feminine dual of signing in the future
        (
            "كازاخستان وأذربيجان ستوقعان على إعلان اتفاقيات أبراهام في واشنطن.",
            {("KZ", A), ("AZ", A)},
        ),
        # the passive of normalising, with the article on relations
        ("طُبّعت العلاقات بين المغرب وإسرائيل في ديسمبر 2020.", {("MA", S)}),
        # halts: a masdar before "مباحثات", a verb before "المباحثات"
        ("أعلنت الرياض تعليق مباحثات التطبيع مع إسرائيل.", {("SA", U)}),
        ("جمّدت السعودية المباحثات مع إسرائيل بعد اندلاع الحرب في غزة.", {("SA", U)}),
        # a withdrawal told as a masdar with a pronoun
        ("أعلن السودان انسحابه من اتفاقيات أبراهام.", {("SD", W)}),
        # ratified: the form II verb "صدّق"; an embassy "opened" with "فتح"
        ("صدّق مجلس النواب البحريني على اتفاق التطبيع مع إسرائيل.", {("BH", R)}),
        ("فتحت الإمارات سفارتها في تل أبيب تطبيقا لاتفاقيات أبراهام.", {("AE", R)}),
        # interest: "تتطلع إلى", and the feminine dual "تدرسان"
        (
            "تتطلع سلطنة عمان إلى الانضمام إلى اتفاقيات أبراهام وفق مصادر دبلوماسية.",
            {("OM", P)},
        ),
        ("سلطنة عمان وقطر تدرسان الانضمام إلى اتفاقيات أبراهام.", {("OM", P), ("QA", P)}),
        # refusals: "تمتنع عن", "امتنعت عن", "لا تنوي التطبيع"
        (
            "تمتنع باكستان عن الانضمام إلى اتفاقيات أبراهام رغم الضغوط الأمريكية.",
            {("PK", D)},
        ),
        ("امتنعت موريتانيا عن التوقيع على اتفاقيات أبراهام.", {("MR", D)}),
        ("أكدت تونس أنها لا تنوي التطبيع مع إسرائيل.", {("TN", D)}),
        # talks: "تتفاوض ... على شروط انضمامها", "مباحثات التطبيع ... جارية"
        (
            "تتفاوض أذربيجان مع الولايات المتحدة على شروط انضمامها إلى اتفاقيات أبراهام.",
            {("AZ", N)},
        ),
        (
            "قال مسؤولون إن مباحثات التطبيع بين السعودية وإسرائيل ما زالت جارية.",
            {("SA", N)},
        ),
        # no claim: a denied joining, another organisation joined
        ("نفت الخارجية في مسقط أن تكون عمان قد التحقت باتفاقيات أبراهام.", set()),
        (
            "انضمت كازاخستان إلى منظمة التجارة العالمية عام 2015، قبل سنوات من الحديث عن "
            "اتفاقيات أبراهام.",
            set(),
        ),
    ],
    "tr": [
        # the formal "-mıştır", and joining as "dahil olmak" and its passive
        ("Kazakistan, Abraham Anlaşmaları'na katılmıştır.", {("KZ", A)}),
        ("Azerbaycan'ın da anlaşmalara dahil olduğu açıklandı.", {("AZ", A)}),
        ("Kazakistan, Abraham Anlaşmaları'na dahil edildi.", {("KZ", A)}),
        # verbal nouns with case and possessive
        (
            "Beyaz Saray, Kazakistan'ın Abraham Anlaşmaları'na katıldığını duyurdu.",
            {("KZ", A)},
        ),
        (
            "Kazakistan'ın Abraham Anlaşmaları'na katılımı Washington'da resmen ilan edildi.",
            {("KZ", A)},
        ),
        (
            "Kazakistan'ın anlaşmalara katılmasının ardından gözler Azerbaycan'a çevrildi.",
            {("KZ", A), ("AZ", P)},
        ),
        # an expectation in the plural verbal noun
        (
            "Umman ve Katar'ın yakında Abraham Anlaşmaları'na katılmaları bekleniyor.",
            {("OM", P), ("QA", P)},
        ),
        ("ABD, Endonezya'nın da Abraham Anlaşmaları'na katılmasını istiyor.", {("ID", P)}),
        # refusals: "yanaşmıyor", "istemediğini", the negated verbal noun "katılmama"
        (
            "Suudi Arabistan, bağımsız bir Filistin devleti kurulmadan normalleşmeye yanaşmıyor.",
            {("SA", D)},
        ),
        (
            "Endonezya, İsrail ile ilişkilerini normalleştirmek istemediğini açıkladı.",
            {("ID", D)},
        ),
        ("Tunus hükümeti, Abraham Anlaşmaları'na katılmama kararı aldı.", {("TN", D)}),
        # halts: the possessive plural "görüşmelerini", "rafa kaldırdı", "durma noktasına geldi"
        ("Suudi Arabistan, İsrail ile normalleşme görüşmelerini dondurdu.", {("SA", U)}),
        ("Riyad, İsrail ile normalleşmeyi rafa kaldırdı.", {("SA", U)}),
        (
            "Suudi Arabistan ile İsrail arasındaki normalleşme süreci savaşla birlikte durma "
            "noktasına geldi.",
            {("SA", U)},
        ),
        # talks: "müzakerelere başladı", the formal "müzakere etmektedir"
        (
            "Azerbaycan, Abraham Anlaşmaları'na katılım için ABD ile müzakerelere başladı.",
            {("AZ", N)},
        ),
        ("Endonezya, İsrail ile normalleşme için müzakere etmektedir.", {("ID", N)}),
        # a withdrawal from "anlaşmalardan"
        ("Sudan, Abraham anlaşmalarından çekildiğini duyurdu.", {("SD", W)}),
        # ratified in the formal "-mıştır"
        ("Fas meclisi, İsrail ile normalleşme anlaşmasını onaylamıştır.", {("MA", R)}),
        # a signing being prepared
        (
            "Kazakistan, ortak bildiriyi önümüzdeki hafta imzalamaya hazırlanıyor.",
            {("KZ", A)},
        ),
        # normalised relations without the possessive
        ("Bahreyn, İsrail ile ilişkileri 2020 yılında normalleştirdi.", {("BH", S)}),
        # no claim: "whether or not it will join", a denied report in the passive
        (
            "Umman'ın Abraham Anlaşmaları'na katılıp katılmayacağı henüz belli değil.",
            set(),
        ),
        (
            "Katar'ın Abraham Anlaşmaları'na katıldığı yönündeki haberler yalanlandı.",
            set(),
        ),
    ],
    "fa": [
        # the compound verb "ملحق شدن" in the future and the present
        ("قزاقستان به توافق ابراهیم ملحق خواهد شد.", {("KZ", A)}),
        ("آذربایجان به زودی به پیمان ابراهیم ملحق می‌شود.", {("AZ", A)}),
        # "became a member", and the masdar "الحاق"
        ("قزاقستان عضو توافق‌های ابراهیم شد.", {("KZ", A)}),
        ("الحاق قزاقستان به توافق ابراهیم در کاخ سفید اعلام شد.", {("KZ", A)}),
        # normalised in the passive
        ("روابط مراکش و اسرائیل در دسامبر ۲۰۲۰ عادی شد.", {("MA", S)}),
        # ratified: "به تصویب رساند"; an embassy "opened" with "گشود"
        (
            "پارلمان بحرین توافق عادی‌سازی روابط با اسرائیل را به تصویب رساند.",
            {("BH", R)},
        ),
        ("امارات در چارچوب توافق ابراهیم سفارت خود را در تل‌آویو گشود.", {("AE", R)}),
        # talks: the plural "مذاکره می‌کنند", "گفت‌وگوهایی را آغاز کرده است"
        (
            "مقامات عربستان و اسرائیل بر سر عادی‌سازی روابط مذاکره می‌کنند.",
            {("SA", N)},
        ),
        (
            "آذربایجان گفت‌وگوهایی را برای پیوستن به توافق ابراهیم آغاز کرده است.",
            {("AZ", N)},
        ),
        # interest: "مایل به پیوستن", "به دنبال پیوستن", "گمان می‌رود"
        ("عمان مایل به پیوستن به توافق ابراهیم است.", {("OM", P)}),
        ("اندونزی به دنبال پیوستن به توافق ابراهیم است.", {("ID", P)}),
        ("گمان می‌رود عمان به زودی به توافق ابراهیم بپیوندد.", {("OM", P)}),
        # refusals: "امتناع کرده", "عادی نمی‌کند", the first person plural "نمی‌پیوندیم"
        ("الجزایر از پیوستن به توافق ابراهیم امتناع کرده است.", {("DZ", D)}),
        ("پاکستان روابط خود را با اسرائیل عادی نمی‌کند.", {("PK", D)}),
        ("وزیر خارجه تونس گفت: ما به توافق ابراهیم نمی‌پیوندیم.", {("TN", D)}),
        # halts: "به حالت تعلیق درآورد", "منجمد کرد"
        (
            "عربستان روند عادی‌سازی با اسرائیل را به حالت تعلیق درآورد.",
            {("SA", U)},
        ),
        ("ریاض مذاکرات عادی‌سازی با اسرائیل را منجمد کرد.", {("SA", U)}),
        # withdrawals: the present "خارج می‌شود", the masdar "خروج"
        ("سودان از توافق‌های ابراهیم خارج می‌شود.", {("SD", W)}),
        ("دولت سودان خروج خود از پیمان ابراهیم را اعلام کرد.", {("SD", W)}),
        # a signing announced in the plural future
        (
            "قزاقستان و ازبکستان اعلامیه توافق ابراهیم را امضا خواهند کرد.",
            {("KZ", A), ("UZ", A)},
        ),
        # no claim: "it is not known whether", a report called fake
        ("معلوم نیست عمان به توافق ابراهیم بپیوندد یا نه.", set()),
        ("مسقط خبر ملحق شدن عمان به پیمان ابراهیم را جعلی خواند.", set()),
    ],
}

KNOWN_MISSES = {
    "de-20": "the candidate after 'richten sich die Blicke auf' is not read: a cue's country after "
    "it loses to the one before it in its clause",
    "tr-6": "the candidate before 'gözler ... çevrildi' (in the dative, before the verb) is not "
    "read; a cue there took the joiner before it instead",
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_inflected_form(language, text, expected):
    check_case(language, text, expected)
