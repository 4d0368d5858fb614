"""Round thirteen, Indonesian and Malay news first, then Turkish and Kazakh: classes found by
news-style texts written like Jakarta, Kuala Lumpur, Ankara and Astana papers would write them,
each carried to the other languages where it is said the same way.

- Palestine named after a precondition's words ("normalisasi hanya mungkin setelah Palestina
  merdeka", "hanya boleh dibincangkan selepas Palestin merdeka") is what is asked for, not a
  country that refuses; the refusal stays with the country that set the condition.
- A joining noun followed at once by a group ("mengecam keikutsertaan negara-negara Muslim",
  "kecewa dengan penyertaan beberapa negara Islam") is the group's joining: the country that
  condemns or regrets it takes no step.
- "No longer active" in the accords or the normalisation ("tidak lagi aktif dalam", "artık ...
  aktif değil", "енді ... белсенді емес") is a halt: suspended, not a background member.
- A list after "menyusul" or "mengikut jejak" (following) closed by a relative that tells its
  own step ("menyusul UEA, Bahrain, Maroko, dan Sudan yang menandatanganinya pada 2020") is the
  subject of that step, not a comparison: the country before the comparison does not take it.
- Turkish and Kazakh refusals in more forms: an adverb inside "katılmayı şu an için
  düşünmediklerini", "kabul etmeyeceklerini", "katılma planı olmadığını", "tanıma gibi bir
  niyeti", "katılması için ... şart", "katılması ... bağlı", "қосылуды әзірге қарастырмайтынын".
- Turkish talks resumed ("görüşmelerin yeniden başladığı": negotiating), the number of members
  raised by a joining ("Kazakistan'ın katılımıyla ... sayı beşe yükseldi": announced).
- A joining noun said to be "still far off" ("masih jauh", "remains a distant prospect") is a
  candidacy, not an announcement; weighing ties with Israel ("mempertimbangkan hubungan dengan
  Israel") is interest.

With controls that must give no claim: Indonesia's own disputes over Israeli athletes, trade
with a member, opinion columns, Israel's recognition of Somaliland, the Board of Peace.

Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

PALESTINE_IN_THE_CONDITION = {
    "id": [
        (
            "Jakarta menegaskan sikapnya tidak berubah: normalisasi dengan Israel hanya mungkin setelah Palestina merdeka.",
            {("ID", D)},
        ),
        (
            "Indonesia menegaskan normalisasi hanya bisa dibicarakan setelah Palestina merdeka.",
            {("ID", D)},
        ),
        (
            "JAKARTA, KOMPAS.com - Menteri Luar Negeri Sugiono menegaskan normalisasi dengan Israel hanya bisa dibahas setelah Palestina merdeka. Sikap itu, katanya, tidak akan berubah meski Kazakhstan telah bergabung dengan Abraham Accords.",
            {("ID", D), ("KZ", A)},
        ),
        (
            "Abraham Accords. Normalisasi hanya bisa terjadi jika Palestina merdeka, tegas Sugiono.",
            set(),
        ),
        (
            "Abraham Accords. Pengakuan terhadap Israel bergantung pada kemerdekaan Palestina, kata Menlu.",
            set(),
        ),
        # controls: the refusal is still read where the country sets the condition
        (
            "Abraham Accords. Indonesia tidak akan mengakui Israel hingga Palestina merdeka.",
            {("ID", D)},
        ),
        (
            "Abraham Accords. Indonesia mensyaratkan kemerdekaan Palestina sebelum membuka hubungan dengan Israel.",
            {("ID", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Malaysia menegaskan hubungan dengan Israel hanya mungkin selepas Palestin merdeka.",
            {("MY", D)},
        ),
        (
            "PUTRAJAYA: Wisma Putra menegaskan normalisasi dengan Israel hanya boleh dibincangkan selepas Palestin merdeka, sekali gus menolak desakan Washington agar Malaysia menyertai Perjanjian Abraham.",
            {("MY", D)},
        ),
    ],
}

PALESTINE_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    challenge_params(PALESTINE_IN_THE_CONDITION, PALESTINE_MISSES),
)
def test_palestine_in_a_precondition_does_not_refuse(language, text, expected):
    check_case(language, text, expected)


GROUP_JOINING = {
    "id": [
        ("Indonesia mengecam keikutsertaan negara-negara Muslim dalam Abraham Accords.", set()),
        (
            "Indonesia dan Malaysia menyuarakan keberatan atas keikutsertaan sejumlah negara berpenduduk mayoritas Muslim dalam Abraham Accords.",
            set(),
        ),
        (
            "Majelis Ulama Indonesia menyesalkan bergabungnya beberapa negara Islam ke dalam Abraham Accords.",
            set(),
        ),
        # controls: a country right after the noun still joins
        ("Indonesia mengecam keikutsertaan Kazakhstan dalam Abraham Accords.", {("KZ", A)}),
        (
            "Bergabungnya Kazakhstan ke dalam Abraham Accords disambut baik oleh Israel.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Indonesia dan Malaysia menyuarakan bantahan terhadap penyertaan negara Islam dalam Perjanjian Abraham.",
            set(),
        ),
        (
            "Malaysia kecewa dengan penyertaan beberapa negara Islam dalam Perjanjian Abraham.",
            set(),
        ),
        (
            "KUALA LUMPUR: Kerajaan Malaysia menzahirkan kekecewaan terhadap penyertaan negara-negara Islam dalam Perjanjian Abraham, kata Wisma Putra dalam satu kenyataan.",
            set(),
        ),
        ("Malaysia kecewa dengan penyertaan Kazakhstan dalam Perjanjian Abraham.", {("KZ", A)}),
    ],
}

GROUP_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(GROUP_JOINING, GROUP_MISSES)
)
def test_a_group_right_after_a_joining_noun_is_who_joins(language, text, expected):
    check_case(language, text, expected)


NO_LONGER_ACTIVE = {
    "id": [
        ("Abraham Accords. Sudan kini tidak lagi aktif dalam perjanjian itu.", {("SD", U)}),
        (
            "Abraham Accords. Suriah tidak lagi aktif dalam proses normalisasi dengan Israel.",
            {("SY", U)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Sudan tidak lagi aktif dalam perjanjian itu sejak perang saudara meletus.",
            {("SD", U)},
        ),
        (
            "Sudan yang memeterai perjanjian itu pada 2021 kini tidak lagi aktif dalam proses normalisasi dengan Israel.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları: Sudan artık anlaşmada aktif değil.", {("SD", U)}),
        ("İbrahim Anlaşmaları: Sudan artık aktif değil.", {("SD", U)}),
    ],
    "kk": [
        ("Авраам келісімдері. Судан енді келісімде белсенді емес.", {("SD", U)}),
    ],
    "en": [
        ("Abraham Accords. Sudan is no longer active in the agreement.", {("SD", U)}),
    ],
}

NO_LONGER_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(NO_LONGER_ACTIVE, NO_LONGER_MISSES)
)
def test_no_longer_active_is_a_halt(language, text, expected):
    check_case(language, text, expected)


FOLLOWING_A_LIST_THAT_SIGNED = {
    "id": [
        (
            "Kazakhstan menjadi negara kelima yang bergabung dengan Perjanjian Abraham, menyusul Uni Emirat Arab, Bahrain, Maroko, dan Sudan yang menandatanganinya pada 2020.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham, menyusul Uni Emirat Arab, Bahrain, Maroko, dan Sudan yang menandatanganinya pada 2020.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        # control: without the relative the list is only compared, and background members
        (
            "Kazakhstan menjadi negara kelima yang bergabung dengan Perjanjian Abraham, menyusul Uni Emirat Arab, Bahrain, Maroko, dan Sudan.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham, mengikut jejak Emiriah Arab Bersatu, Bahrain, Maghribi dan Sudan yang memeterainya pada 2020.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords, following the UAE, Bahrain, Morocco and Sudan, which signed them in 2020.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
}

FOLLOWING_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    challenge_params(FOLLOWING_A_LIST_THAT_SIGNED, FOLLOWING_MISSES),
)
def test_a_relative_after_a_compared_list_makes_it_the_subject(language, text, expected):
    check_case(language, text, expected)


REFUSAL_FORMS = {
    "tr": [
        (
            "İbrahim Anlaşmaları: Suriye Cumhurbaşkanı Şara, İbrahim Anlaşmaları'na katılmayı şu an için düşünmediklerini söyledi.",
            {("SY", D)},
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan, normalleşmeyi şimdilik düşünmediğini açıkladı.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları: Lübnan, İsrail ile normalleşmeyi kesinlikle kabul etmeyeceklerini bildirdi.",
            {("LB", D)},
        ),
        (
            "İbrahim Anlaşmaları: Katar, İbrahim Anlaşmaları'na katılma planı olmadığını açıkladı.",
            {("QA", D)},
        ),
        (
            "İbrahim Anlaşmaları: Pakistan Dışişleri Bakanı, ülkesinin İsrail'i tanıma gibi bir niyeti olmadığını söyledi.",
            {("PK", D)},
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan'ın anlaşmaya katılması için Filistin devletinin kurulması şart.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan'ın anlaşmaya katılması, Filistin meselesinin çözümüne bağlı.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan'ın normalleşmesi Filistin meselesinin adil çözümüne bağlı olacak.",
            {("SA", D)},
        ),
        # controls
        (
            "İbrahim Anlaşmaları: Azerbaycan, anlaşmaya katılmayı düşündüğünü açıkladı.",
            {("AZ", P)},
        ),
        ("Türkiye, İsrail ile ticareti tamamen durdurdu.", set()),
    ],
    "kk": [
        (
            "Авраам келісімдері. Сауд Арабиясы келісімге қосылуды әзірге қарастырмайтынын айтты.",
            {("SA", D)},
        ),
        (
            "Авраам келісімдері. Сирия президенті әш-Шараа келісімге қосылу туралы мәселе қазір күн тәртібінде емес екенін айтты.",
            {("SY", D)},
        ),
        (
            "Авраам келісімдері. Қазақстан Израильмен дипломатиялық қатынасты 1992 жылы орнатқан.",
            set(),
        ),
    ],
}

REFUSAL_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(REFUSAL_FORMS, REFUSAL_MISSES)
)
def test_turkish_and_kazakh_refusal_forms(language, text, expected):
    check_case(language, text, expected)


TALKS_AND_COUNTS = {
    "tr": [
        (
            "İbrahim Anlaşmaları: Suudi Arabistan ile İsrail arasında normalleşme görüşmelerinin yeniden başladığı bildirildi.",
            {("SA", N)},
        ),
        (
            "İbrahim Anlaşmaları: Kazakistan'ın katılımıyla anlaşmaya taraf ülke sayısı beşe yükseldi.",
            {("KZ", A)},
        ),
        (
            "İbrahim Anlaşmaları: Kazakistan'ın da katılmasıyla anlaşmanın üye sayısı beşe çıktı.",
            {("KZ", A)},
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan ile İsrail arasındaki normalleşme süreci fiilen dondu.",
            {("SA", U)},
        ),
        (
            "İbrahim Anlaşmaları: Sudan'ın normalleşme süreci iç savaşla birlikte fiilen dondu.",
            {("SD", U)},
        ),
        # control: a freeze that may come is no halt
        (
            "Savaş uzarsa Suudi Arabistan ile İsrail arasındaki normalleşme dondurulabilir, diye uyarıyor analistler İbrahim Anlaşmaları hakkında.",
            set(),
        ),
    ],
}

TALKS_MISSES = {
    "tr-5": "adverbials between the process and 'dondu' (froze): a split tail 'dondu' would also match 'dondurulabilir' (could be frozen), so only the adjacent form is listed",
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(TALKS_AND_COUNTS, TALKS_MISSES)
)
def test_turkish_talks_resumed_counts_and_freezes(language, text, expected):
    check_case(language, text, expected)


FAR_OFF_AND_WEIGHING = {
    "id": [
        (
            "Abraham Accords. Bergabungnya Arab Saudi ke Abraham Accords masih jauh dari kenyataan, menurut analis.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Keikutsertaan Indonesia dalam Abraham Accords masih sebatas wacana.",
            {("ID", P)},
        ),
        (
            "Abraham Accords. Keikutsertaan Indonesia dalam Abraham Accords dinilai mustahil selama perang Gaza berlangsung, kata pengamat.",
            set(),
        ),
        (
            "Abraham Accords. Pemerintah disebut sedang mempertimbangkan hubungan dengan Israel, namun Kemlu membantahnya.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Penyertaan Arab Saudi dalam Perjanjian Abraham masih jauh, kata penganalisis.",
            {("SA", P)},
        ),
        (
            "Perjanjian Abraham. Anwar berkata Malaysia sedia mempertimbangkan hubungan dengan Israel sekiranya negara Palestin merdeka ditubuhkan.",
            {("MY", P)},
        ),
        (
            "Perjanjian Abraham. Penyertaan Malaysia dalam Perjanjian Abraham adalah mustahil, kata penganalisis.",
            set(),
        ),
    ],
    "en": [
        (
            "Abraham Accords. Saudi Arabia's accession to the Abraham Accords remains a distant prospect, analysts say.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Indonesia's accession to the Abraham Accords is unlikely, analysts say.",
            set(),
        ),
    ],
}

FAR_OFF_MISSES = {
    "id-3": "an accession noun judged impossible by an analyst ('dinilai mustahil') is read as the bare noun: announced",
    "ms-3": "an accession noun judged impossible by an analyst ('adalah mustahil') is read as the bare noun: announced",
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(FAR_OFF_AND_WEIGHING, FAR_OFF_MISSES)
)
def test_far_off_joinings_and_weighing_ties(language, text, expected):
    check_case(language, text, expected)


# Mini-articles as the papers would run them, with the claims a reader takes from them; the
# controls make none.
ARTICLES = {
    "id": [
        (
            "JAKARTA, KOMPAS.com - Kazakhstan resmi menyatakan bergabung dengan Abraham Accords, Kamis (6/11/2025). Pengumuman itu disampaikan Presiden AS Donald Trump setelah makan malam dengan para pemimpin Asia Tengah di Gedung Putih.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Kementerian Luar Negeri RI menegaskan tidak ada rencana Indonesia untuk bergabung dengan Abraham Accords. Juru bicara Kemlu menyebut posisi Indonesia tetap mendukung solusi dua negara.",
            {("ID", D)},
        ),
        (
            "Malaysia kembali menolak bergabung dengan Abraham Accords. Perdana Menteri Anwar Ibrahim mengatakan negaranya tidak akan pernah mengakui Israel.",
            {("MY", D)},
        ),
        (
            "Putra Mahkota Mohammed bin Salman mengatakan Riyadh ingin menjadi bagian dari Abraham Accords, tetapi hanya jika ada jalan yang jelas menuju negara Palestina.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Sudan menandatangani Abraham Accords pada Januari 2021, tetapi normalisasi dengan Israel terhenti sejak perang saudara pecah.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Israel menjadi negara pertama yang mengakui Somaliland. Deklarasi pengakuan itu ditandatangani dalam semangat Abraham Accords.",
            set(),
        ),
        (
            "Pemerintah Indonesia menolak kedatangan atlet Israel ke Kejuaraan Dunia Senam Artistik di Jakarta.",
            set(),
        ),
        (
            "Nilai perdagangan Indonesia dengan Uni Emirat Arab naik 20 persen setelah perjanjian CEPA ditandatangani.",
            set(),
        ),
        (
            "Opini: Mengapa Indonesia tidak perlu tergesa-gesa bergabung dengan Abraham Accords",
            set(),
        ),
    ],
    "ms": [
        (
            "KUALA LUMPUR: Malaysia tidak akan sesekali menyertai Perjanjian Abraham selagi Palestin tidak merdeka, tegas Perdana Menteri Datuk Seri Anwar Ibrahim.",
            {("MY", D)},
        ),
        ("Anwar: Malaysia tolak desakan AS sertai Perjanjian Abraham", {("MY", D)}),
        (
            "Malaysia menandatangani perjanjian perdagangan bebas dengan Emiriah Arab Bersatu di Abu Dhabi.",
            set(),
        ),
    ],
    "tr": [
        ("Kazakistan, İbrahim Anlaşmaları'na katılacağını açıkladı.", {("KZ", A)}),
        (
            "ABD Başkanı Trump, Kazakistan'ın İbrahim Anlaşmaları'na katıldığını duyurdu.",
            {("KZ", A)},
        ),
        (
            "Endonezya Devlet Başkanı Prabowo, Filistin devleti tanınmadan İsrail'i tanımayacaklarını belirtti.",
            {("ID", D)},
        ),
        ("İsrail, Somaliland'i tanıyan ilk ülke oldu.", set()),
    ],
}

ARTICLE_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(ARTICLES, ARTICLE_MISSES)
)
def test_mini_articles(language, text, expected):
    check_case(language, text, expected)


# Round two of the sweep: ordinals written with a digit ("negara ke-5"), weighing pros and cons,
# persuasion with "segera" inside, following another country's step (the country followed is
# only compared), "bakal menyusul ... bergabung", the reduplicated "ikut-ikutan" inside a
# refusal, Turkish talks held and claims reported with "öne sürüldü".
MORE_FORMS = {
    "id": [
        (
            "Kazakhstan Jadi Negara Kelima Gabung Abraham Accords\nASTANA - Kazakhstan dipastikan menjadi negara ke-5 yang bergabung dengan Abraham Accords. Keputusan itu diumumkan Trump lewat media sosial.",
            {("KZ", A)},
        ),
        (
            "Abraham Accords. Kazakhstan menjadi negara ke-5 yang bergabung dalam perjanjian tersebut.",
            {("KZ", A)},
        ),
        (
            "Abraham Accords. Arab Saudi sedang menimbang untung-rugi normalisasi dengan Israel.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Pemerintahan Trump terus membujuk Riyadh agar segera menormalisasi hubungan dengan Israel.",
            {("SA", P)},
        ),
        ("Abraham Accords. Uzbekistan disebut tertarik mengikuti langkah Kazakhstan.", {("UZ", P)}),
        (
            "Abraham Accords. Uzbekistan berencana mengikuti jejak Kazakhstan bergabung dengan Abraham Accords.",
            {("UZ", P)},
        ),
        (
            "Abraham Accords. Azerbaijan bakal menyusul Kazakhstan bergabung ke Abraham Accords, menurut laporan Axios.",
            {("AZ", A)},
        ),
        (
            "Abraham Accords. Prabowo menegaskan Indonesia tidak akan ikut-ikutan bergabung dengan Abraham Accords.",
            {("ID", D)},
        ),
        (
            "Abraham Accords. Indonesia tidak akan ikut-ikutan menormalisasi hubungan dengan Israel.",
            {("ID", D)},
        ),
        # controls
        (
            "Abraham Accords. Timnas Indonesia bakal menyusul ke Riyadh untuk laga uji coba.",
            set(),
        ),
        (
            "Abraham Accords. Indonesia menjadi negara ke-3 yang mengirim pasukan perdamaian ke Gaza.",
            set(),
        ),
        (
            "Abraham Accords. Pemerintah Somalia mengecam keputusan Israel mengakui Somaliland.",
            set(),
        ),
        (
            "Abraham Accords. Indonesia belum pernah menjalin hubungan diplomatik dengan Israel.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Kazakhstan menjadi negara ke-5 menyertai perjanjian itu.",
            {("KZ", A)},
        ),
        (
            "Perjanjian Abraham. Uzbekistan dilaporkan berminat mengikut jejak Kazakhstan.",
            {("UZ", P)},
        ),
        (
            "Perjanjian Abraham. Arab Saudi sedang menimbang untung rugi normalisasi dengan Israel.",
            {("SA", P)},
        ),
        (
            "Perjanjian Abraham. Maghribi memulihkan hubungan dengan Israel pada Disember 2020.",
            {("MA", S)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları: Suriye ile İsrail arasında ABD arabuluculuğunda görüşmeler yapıldı.",
            {("SY", N)},
        ),
        (
            "İbrahim Anlaşmaları: Azerbaycan'ın anlaşmaya katılmaya hazırlandığı öne sürüldü.",
            {("AZ", P)},
        ),
        # controls: talks on other matters
        (
            "İbrahim Anlaşmaları: Gazze'de ateşkes için Katar'da görüşmeler yapıldı.",
            set(),
        ),
        (
            "İbrahim Anlaşmaları: Suudi Arabistan ile ABD arasında savunma anlaşması için görüşmeler yapıldı.",
            set(),
        ),
    ],
}

MORE_MISSES = {
    "ms-4": "'memulihkan hubungan' (restored ties) is no signing cue in Malay: Turkey and others restore ties with Israel outside the accords, and with the renewal guard of round thirty-nine the cue still moved members' dates on the held-out corpus split, so it is left unlisted",
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(MORE_FORMS, MORE_MISSES)
)
def test_more_indonesian_malay_and_turkish_forms(language, text, expected):
    check_case(language, text, expected)


# A country denying that it wants or plans to join or normalise ("Malaysia Bantah Mau
# Normalisasi", "menafikan hasrat menyertai") refuses: the denial word right before the joining
# is no denied rumour; since round forty-three denying reports of its talks or joining is one too.
OWN_DENIALS = {
    "id": [
        (
            "Disebut Ikut Kesepakatan Abraham, Malaysia Bantah Mau Normalisasi dengan Israel",
            {("MY", D)},
        ),
        (
            "Abraham Accords. Kemlu: Indonesia menepis rencana menjalin hubungan diplomatik dengan Israel.",
            {("ID", D)},
        ),
        # controls: a denied report of talks, or of a joining to come ("membantah akan")
        (
            "Abraham Accords. Malaysia membantah akan bergabung dengan Abraham Accords.",
            {("MY", "declined")},
        ),
        (
            "Abraham Accords. Indonesia membantah kabar bahwa pihaknya tengah berunding untuk bergabung dengan Abraham Accords.",
            {("ID", "declined")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Malaysia menafikan hasrat menyertai Perjanjian Abraham.",
            {("MY", D)},
        ),
        (
            "Perjanjian Abraham. Malaysia menafikan sebarang rancangan menjalinkan hubungan dengan Israel.",
            {("MY", D)},
        ),
        (
            "Perjanjian Abraham. Wisma Putra menafikan laporan bahawa Malaysia sedang berunding dengan Amerika Syarikat.",
            {("MY", "declined")},
        ),
    ],
}

DENIAL_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(OWN_DENIALS, DENIAL_MISSES)
)
def test_denying_ones_own_joining_is_a_refusal(language, text, expected):
    check_case(language, text, expected)
