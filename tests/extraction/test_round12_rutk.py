"""Round twelve, Russian, Kazakh, Turkish, Indonesian and Malay: a halt told by any word of
stopping (derail, stall, freeze, postpone, shelve, slow down, collapse) next to a process of
joining (normalisation, rapprochement, joining the accords), with controls that must give no
halt (stopping with no joining process, negated halts, hostage or ceasefire talks stalling);
and, in Kazakh, Turkish, Indonesian and Malay, a host's guests named in a list, who take no
step. Own news-style sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, U, found, numbered_params

HALTS = {
    "ru": [
        (
            "Война в Газе пустила под откос нормализацию между Саудовской Аравией и Израилем в рамках Авраамовых соглашений.",
            "SA",
        ),
        (
            "Присоединение Саудовской Аравии к Авраамовым соглашениям отложено на неопределённый срок.",
            "SA",
        ),
        (
            "Переговоры о нормализации между Саудовской Аравией и Израилем по модели Авраамовых соглашений заморожены.",
            "SA",
        ),
        (
            "Процесс нормализации Саудовской Аравии с Израилем, который должен был расширить Авраамовы соглашения, затормозился.",
            "SA",
        ),
        (
            "Сближение Индонезии с Израилем в русле Авраамовых соглашений остановилось после начала войны в Газе.",
            "ID",
        ),
        (
            "Нормализация между Сирией и Израилем, о которой говорили в контексте Авраамовых соглашений, сошла с рельсов.",
            "SY",
        ),
        (
            "Израильские удары по Газе торпедировали присоединение Сирии к Авраамовым соглашениям.",
            "SY",
        ),
        ("Вступление Омана в Авраамовы соглашения положено под сукно.", "OM"),
        (
            "Саудовская Аравия поставила на паузу переговоры о нормализации с Израилем и присоединении к Авраамовым соглашениям.",
            "SA",
        ),
        (
            "Мавритания приостановила процесс нормализации с Израилем, который мог привести её к Авраамовым соглашениям.",
            "MR",
        ),
        (
            "Процесс присоединения Саудовской Аравии к Авраамовым соглашениям замедлился после войны.",
            "SA",
        ),
        (
            "Саудовская Аравия отложила нормализацию с Израилем, а с ней и вступление в Авраамовы соглашения.",
            "SA",
        ),
        (
            "Саудовско-израильская нормализация, главный приз Авраамовых соглашений, рухнула после нападения ХАМАС.",
            "SA",
        ),
        (
            "Переговоры Саудовской Аравии о нормализации с Израилем в рамках Авраамовых соглашений прерваны.",
            "SA",
        ),
        ("Движение Индонезии к нормализации с Израилем и Авраамовым соглашениям застряло.", "ID"),
        (
            "Нормализационный трек между Саудовской Аравией и Израилем, продолжение Авраамовых соглашений, фактически свёрнут.",
            "SA",
        ),
        ("Присоединение Саудовской Аравии к Авраамовым соглашениям поставлено на паузу.", "SA"),
        (
            "Война в Газе заблокировала нормализацию между Саудовской Аравией и Израилем, и расширение Авраамовых соглашений встало.",
            "SA",
        ),
        (
            "Ливан затормозил сближение с Израилем, на которое рассчитывали сторонники Авраамовых соглашений.",
            "LB",
        ),
        ("Присоединение Сирии к Авраамовым соглашениям откладывается, сообщили в Дамаске.", "SY"),
        (
            "Нормализация отношений Саудовской Аравии с Израилем провалилась, и Авраамовы соглашения остались без главного участника.",
            "SA",
        ),
        (
            "Переговоры о нормализации между Саудовской Аравией и Израилем по линии Авраамовых соглашений сорвались.",
            "SA",
        ),
        (
            "Срыв нормализации между Саудовской Аравией и Израилем ударил по планам расширения Авраамовых соглашений.",
            "SA",
        ),
        (
            "Заморозка саудовско-израильского сближения остановила расширение Авраамовых соглашений.",
            "SA",
        ),
    ],
    "kk": [
        (
            "Газадағы соғыс Сауд Арабиясы мен Израиль арасындағы қатынастарды қалыпқа келтіру үдерісін тоқтатып тастады, Авраам келісімдері кеңейген жоқ.",
            "SA",
        ),
        (
            "Сауд Арабиясының Авраам келісімдеріне қосылуы белгісіз мерзімге кейінге шегерілді.",
            "SA",
        ),
        (
            "Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіру туралы келіссөздер Авраам келісімдері аясында тұралап қалды.",
            "SA",
        ),
        (
            "Индонезияның Израильмен жақындасуы Газадағы соғыс басталғаннан кейін баяулады, Авраам келісімдері туралы әңгіме де тынды.",
            "ID",
        ),
        ("Сирияның Авраам келісімдеріне қосылуы кешіктірілді.", "SY"),
        (
            "Сауд Арабиясының Израильмен қатынастарды қалыпқа келтіруі Авраам келісімдері аясында тежеліп қалды.",
            "SA",
        ),
        ("Оманның Авраам келісімдеріне қосылуы сәтсіз аяқталды.", "OM"),
        (
            "Сауд Арабиясы Израильмен қалыпқа келтіру үдерісін кідіртті, Авраам келісімдеріне қосылу мәселесі ашық қалды.",
            "SA",
        ),
        (
            "Сауд Арабиясы мен Израильдің жақындасуы, Авраам келісімдерінің басты жүлдесі, ХАМАС шабуылынан кейін күйреді.",
            "SA",
        ),
        (
            "Мавритания Израильмен қатынастарды қалыпқа келтіруді тоқтатты, бұл Авраам келісімдеріне жол жапты.",
            "MR",
        ),
        (
            "Сирия мен Израиль арасындағы қалыпқа келтіру үдерісі Авраам келісімдері аясында тоқырап қалды.",
            "SY",
        ),
        ("Сауд Арабиясының Авраам келісімдеріне қосылу үдерісі баяулап қалды.", "SA"),
        ("Ливанның Израильмен жақындасуы Авраам келісімдері аясында тұйыққа тірелді.", "LB"),
        (
            "Сауд Арабиясы мен Израильдің қатынастарын қалыпқа келтіру Авраам келісімдері аясында үзіліп қалды.",
            "SA",
        ),
        ("Индонезияның Авраам келісімдеріне қосылуы күн тәртібінен алынып тасталды.", "ID"),
        ("Соғыс Сауд Арабиясының Авраам келісімдеріне қосылуына тосқауыл болды.", "SA"),
        (
            "Сауд Арабиясының Израильмен қалыпқа келтіру үдерісі Авраам келісімдері аясында бұзылды.",
            "SA",
        ),
        ("Сирияның Авраам келісімдеріне қосылуы іркіліп қалды.", "SY"),
        ("Сауд Арабиясы Авраам келісімдеріне қосылуды кейінге қалдырды.", "SA"),
        (
            "Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіру Авраам келісімдері аясында тоқтап қалды.",
            "SA",
        ),
        (
            "Сауд Арабиясы мен Израиль арасындағы қалыпқа келтірудің тоқтатылуы Авраам келісімдерінің кеңеюіне кедергі болды.",
            "SA",
        ),
    ],
    "tr": [
        (
            "Gazze savaşı, Suudi Arabistan ile İsrail arasındaki normalleşmeyi raydan çıkardı ve İbrahim Anlaşmaları'nın genişlemesi durdu.",
            "SA",
        ),
        ("Suudi Arabistan'ın İbrahim Anlaşmaları'na katılımı süresiz olarak ertelendi.", "SA"),
        (
            "Suudi Arabistan ile İsrail arasındaki İbrahim Anlaşmaları çerçevesindeki normalleşme görüşmeleri donduruldu.",
            "SA",
        ),
        (
            "Suudi Arabistan'ın İsrail ile normalleşme süreci, İbrahim Anlaşmaları'nı genişletmesi beklenirken yavaşladı.",
            "SA",
        ),
        (
            "Endonezya'nın İsrail ile İbrahim Anlaşmaları doğrultusundaki yakınlaşması Gazze savaşıyla sekteye uğradı.",
            "ID",
        ),
        (
            "Suriye ile İsrail arasındaki normalleşme çabaları İbrahim Anlaşmaları'na giden yolda çöktü.",
            "SY",
        ),
        (
            "İsrail'in Gazze saldırıları, Suriye'nin İbrahim Anlaşmaları'na katılımını baltaladı.",
            "SY",
        ),
        ("Umman'ın İbrahim Anlaşmaları'na katılımı rafa kaldırıldı.", "OM"),
        (
            "Suudi Arabistan, İsrail ile normalleşme müzakerelerini ve İbrahim Anlaşmaları'na katılımı askıya aldı.",
            "SA",
        ),
        (
            "Moritanya, İsrail ile normalleşme sürecini durdurdu ve İbrahim Anlaşmaları'na giden yol kapandı.",
            "MR",
        ),
        (
            "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılım süreci savaştan sonra ağırlaştı ve durma noktasına geldi.",
            "SA",
        ),
        (
            "Suudi Arabistan, İsrail ile normalleşmeyi ve İbrahim Anlaşmaları'na katılmayı erteledi.",
            "SA",
        ),
        (
            "Suudi-İsrail normalleşmesi, İbrahim Anlaşmaları'nın en büyük ödülü, Hamas saldırısının ardından çöktü.",
            "SA",
        ),
        (
            "Suudi Arabistan ile İsrail arasındaki İbrahim Anlaşmaları kapsamındaki normalleşme müzakereleri kesintiye uğradı.",
            "SA",
        ),
        (
            "Endonezya'nın İsrail ile normalleşmesi ve İbrahim Anlaşmaları'na katılımı çıkmaza girdi.",
            "ID",
        ),
        ("Suudi Arabistan'ın İbrahim Anlaşmaları'na katılımı gündemden düştü.", "SA"),
        (
            "Gazze savaşı, Suudi Arabistan ile İsrail arasındaki normalleşmeyi frenledi ve İbrahim Anlaşmaları'nın genişlemesi gecikti.",
            "SA",
        ),
        ("Lübnan'ın İsrail ile İbrahim Anlaşmaları çizgisindeki yakınlaşması tıkandı.", "LB"),
        ("Suriye'nin İbrahim Anlaşmaları'na katılımı ötelendi.", "SY"),
        (
            "Suudi Arabistan ile İsrail arasındaki İbrahim Anlaşmaları çerçevesindeki normalleşme süreci akamete uğradı.",
            "SA",
        ),
        ("Suudi Arabistan'ın İbrahim Anlaşmaları'na katılım görüşmeleri yavaşladı.", "SA"),
        (
            "Suudi Arabistan ile İsrail arasındaki normalleşmenin askıya alınması, İbrahim Anlaşmaları'nın genişlemesini durdurdu.",
            "SA",
        ),
    ],
    "id": [
        (
            "Perang Gaza menggagalkan normalisasi antara Arab Saudi dan Israel dalam kerangka Abraham Accords.",
            "SA",
        ),
        ("Bergabungnya Arab Saudi ke Abraham Accords ditunda tanpa batas waktu.", "SA"),
        (
            "Perundingan normalisasi Arab Saudi dengan Israel di bawah Abraham Accords dibekukan.",
            "SA",
        ),
        (
            "Proses normalisasi Arab Saudi dengan Israel, yang diharapkan memperluas Abraham Accords, melambat.",
            "SA",
        ),
        (
            "Pendekatan Indonesia dengan Israel dalam kerangka Abraham Accords terhenti setelah perang Gaza meletus.",
            "ID",
        ),
        (
            "Normalisasi antara Suriah dan Israel yang dibicarakan dalam konteks Abraham Accords kandas.",
            "SY",
        ),
        ("Serangan Israel ke Gaza menjegal bergabungnya Suriah ke Abraham Accords.", "SY"),
        ("Aksesi Oman ke Abraham Accords dipetieskan.", "OM"),
        (
            "Arab Saudi menghentikan sementara pembicaraan normalisasi dengan Israel dan rencana bergabung dengan Abraham Accords.",
            "SA",
        ),
        (
            "Mauritania menangguhkan proses normalisasi dengan Israel yang bisa membawanya ke Abraham Accords.",
            "MR",
        ),
        ("Proses bergabungnya Arab Saudi ke Abraham Accords tersendat setelah perang.", "SA"),
        (
            "Arab Saudi menunda normalisasi dengan Israel, dan dengan itu bergabung ke Abraham Accords.",
            "SA",
        ),
        (
            "Normalisasi Saudi-Israel, hadiah terbesar Abraham Accords, runtuh setelah serangan Hamas.",
            "SA",
        ),
        (
            "Perundingan normalisasi Arab Saudi dengan Israel dalam kerangka Abraham Accords macet.",
            "SA",
        ),
        ("Langkah Indonesia menuju normalisasi dengan Israel dan Abraham Accords mandek.", "ID"),
        (
            "Jalur normalisasi antara Arab Saudi dan Israel, kelanjutan Abraham Accords, praktis terhenti.",
            "SA",
        ),
        (
            "Perang Gaza menghambat normalisasi antara Arab Saudi dan Israel, sehingga perluasan Abraham Accords tertahan.",
            "SA",
        ),
        (
            "Lebanon memperlambat pemulihan hubungan dengan Israel yang diharapkan para pendukung Abraham Accords.",
            "LB",
        ),
        ("Bergabungnya Suriah ke Abraham Accords tertunda, kata pejabat di Damaskus.", "SY"),
        (
            "Normalisasi hubungan Arab Saudi dengan Israel gagal, dan Abraham Accords kehilangan momentum.",
            "SA",
        ),
        (
            "Pembicaraan normalisasi antara Arab Saudi dan Israel dalam kerangka Abraham Accords keluar jalur.",
            "SA",
        ),
        (
            "Penundaan normalisasi Arab Saudi dengan Israel menghambat perluasan Abraham Accords.",
            "SA",
        ),
    ],
    "ms": [
        (
            "Perang Gaza menggagalkan normalisasi antara Arab Saudi dan Israel di bawah Perjanjian Abraham.",
            "SA",
        ),
        ("Penyertaan Arab Saudi dalam Perjanjian Abraham ditangguhkan tanpa had masa.", "SA"),
        (
            "Rundingan normalisasi Arab Saudi dengan Israel di bawah Perjanjian Abraham dibekukan.",
            "SA",
        ),
        (
            "Proses normalisasi Arab Saudi dengan Israel, yang dijangka meluaskan Perjanjian Abraham, menjadi perlahan.",
            "SA",
        ),
        (
            "Usaha Indonesia merapatkan hubungan dengan Israel dalam kerangka Perjanjian Abraham terhenti selepas perang Gaza meletus.",
            "ID",
        ),
        (
            "Normalisasi antara Syria dan Israel yang dibincangkan dalam konteks Perjanjian Abraham terkandas.",
            "SY",
        ),
        (
            "Serangan Israel ke atas Gaza membantutkan penyertaan Syria dalam Perjanjian Abraham.",
            "SY",
        ),
        ("Penyertaan Oman dalam Perjanjian Abraham diketepikan.", "OM"),
        (
            "Arab Saudi menghentikan sementara rundingan normalisasi dengan Israel dan rancangan menyertai Perjanjian Abraham.",
            "SA",
        ),
        (
            "Mauritania menangguhkan proses normalisasi dengan Israel yang boleh membawanya ke Perjanjian Abraham.",
            "MR",
        ),
        ("Proses penyertaan Arab Saudi dalam Perjanjian Abraham tergendala selepas perang.", "SA"),
        (
            "Arab Saudi menangguhkan normalisasi dengan Israel dan penyertaannya dalam Perjanjian Abraham.",
            "SA",
        ),
        (
            "Normalisasi Saudi-Israel, hadiah terbesar Perjanjian Abraham, runtuh selepas serangan Hamas.",
            "SA",
        ),
        (
            "Rundingan normalisasi Arab Saudi dengan Israel di bawah Perjanjian Abraham terbantut.",
            "SA",
        ),
        (
            "Langkah Indonesia ke arah normalisasi dengan Israel dan Perjanjian Abraham tersekat.",
            "ID",
        ),
        (
            "Landasan normalisasi antara Arab Saudi dan Israel, lanjutan Perjanjian Abraham, hampir terhenti.",
            "SA",
        ),
        (
            "Perang Gaza menjejaskan normalisasi antara Arab Saudi dan Israel, lalu perluasan Perjanjian Abraham tergendala.",
            "SA",
        ),
        (
            "Lubnan melambatkan usaha normalisasi dengan Israel yang diharapkan oleh penyokong Perjanjian Abraham.",
            "LB",
        ),
        ("Penyertaan Syria dalam Perjanjian Abraham tertangguh, kata pegawai di Damsyik.", "SY"),
        (
            "Normalisasi hubungan Arab Saudi dengan Israel gagal, dan Perjanjian Abraham kehilangan calon terbesarnya.",
            "SA",
        ),
        (
            "Rundingan normalisasi antara Arab Saudi dan Israel di bawah Perjanjian Abraham tergelincir daripada landasan.",
            "SA",
        ),
        (
            "Penangguhan normalisasi Arab Saudi dengan Israel melambatkan perluasan Perjanjian Abraham.",
            "SA",
        ),
    ],
}

CONTROLS = {
    "ru": [
        "Авраамовы соглашения. Саудовская Аравия приостановила добычу нефти на одном из месторождений.",
        "Война не сорвала нормализацию между Саудовской Аравией и Израилем, уверяют участники Авраамовых соглашений.",
        "Ничто не помешало Казахстану присоединиться к Авраамовым соглашениям.",
        "Авраамовы соглашения. Переговоры об освобождении заложников в Газе зашли в тупик.",
        "Авраамовы соглашения. Переговоры о прекращении огня застопорились, Катар отозвал посредников.",
        "Авраамовы соглашения. Строительство порта в Саудовской Аравии было заморожено.",
        "Авраамовы соглашения. Рост экономики Омана замедлился, а торговля рухнула.",
        "Саудовская Аравия не откладывала переговоры о нормализации с Израилем, говорят сторонники Авраамовых соглашений.",
        "Если война затянется, нормализация между Саудовской Аравией и Израилем может быть заморожена, предупреждают сторонники Авраамовых соглашений.",
        "Авраамовы соглашения. Переговоры Саудовской Аравии с США об оборонном пакте зашли в тупик.",
        "Война не остановила сближение Саудовской Аравии с Израилем, говорят сторонники Авраамовых соглашений.",
    ],
    "kk": [
        "Авраам келісімдері. Сауд Арабиясы бір кен орнында мұнай өндіруді тоқтатты.",
        "Соғыс Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіруді тоқтатқан жоқ, дейді Авраам келісімдерінің жақтастары.",
        "Авраам келісімдері. Газадағы кепілдерді босату туралы келіссөздер тұралап қалды.",
        "Авраам келісімдері. Атысты тоқтату туралы келіссөздер баяулады.",
        "Авраам келісімдері. Сауд Арабиясындағы порт құрылысы кейінге қалдырылды.",
        "Авраам келісімдері. Оман экономикасының өсуі баяулады.",
        "Сауд Арабиясы Израильмен қалыпқа келтіру туралы келіссөздерді кейінге қалдырған жоқ.",
        "Ештеңе Қазақстанның Авраам келісімдеріне қосылуына кедергі келтірмеді.",
        "Авраам келісімдері. Сауд Арабиясы мен АҚШ арасындағы қорғаныс келісімі туралы келіссөздер тұралап қалды.",
        "Соғыс Сауд Арабиясының Израильмен жақындасуын тоқтатпады.",
    ],
    "tr": [
        "İbrahim Anlaşmaları. Suudi Arabistan bir petrol sahasında üretimi durdurdu.",
        "Savaş, Suudi Arabistan ile İsrail arasındaki normalleşmeyi raydan çıkarmadı, diyor İbrahim Anlaşmaları'nın destekçileri.",
        "Hiçbir şey Kazakistan'ın İbrahim Anlaşmaları'na katılımını engellemedi.",
        "İbrahim Anlaşmaları. Gazze'deki rehinelerin serbest bırakılmasına yönelik görüşmeler çıkmaza girdi.",
        "İbrahim Anlaşmaları. Ateşkes müzakereleri yavaşladı.",
        "İbrahim Anlaşmaları. Suudi Arabistan'daki liman inşaatı ertelendi.",
        "İbrahim Anlaşmaları. Umman ekonomisinin büyümesi yavaşladı ve ticaret çöktü.",
        "Suudi Arabistan, İsrail ile normalleşme görüşmelerini ertelemedi.",
        "Savaş uzarsa Suudi Arabistan ile İsrail arasındaki normalleşme dondurulabilir, diye uyarıyor İbrahim Anlaşmaları'nın destekçileri.",
        "İbrahim Anlaşmaları. Suudi Arabistan ile ABD arasındaki savunma anlaşması görüşmeleri çıkmaza girdi.",
        "Savaş, Suudi Arabistan'ın İsrail ile normalleşmesini durdurmadı.",
    ],
    "id": [
        "Abraham Accords. Arab Saudi menghentikan produksi minyak di salah satu ladangnya.",
        "Perang tidak menggagalkan normalisasi antara Arab Saudi dan Israel, kata para pendukung Abraham Accords.",
        "Tidak ada yang menghalangi Kazakhstan bergabung dengan Abraham Accords.",
        "Abraham Accords. Perundingan pembebasan sandera di Gaza menemui jalan buntu.",
        "Abraham Accords. Pembicaraan gencatan senjata terhenti.",
        "Abraham Accords. Pembangunan pelabuhan di Arab Saudi ditunda.",
        "Abraham Accords. Pertumbuhan ekonomi Oman melambat dan perdagangannya runtuh.",
        "Arab Saudi tidak menunda pembicaraan normalisasi dengan Israel.",
        "Jika perang berlarut-larut, normalisasi antara Arab Saudi dan Israel bisa dibekukan, kata para pendukung Abraham Accords.",
        "Abraham Accords. Perundingan pakta pertahanan Arab Saudi dengan Amerika Serikat menemui jalan buntu.",
        "Perang tidak menghentikan normalisasi Arab Saudi dengan Israel, kata pendukung Abraham Accords.",
    ],
    "ms": [
        "Perjanjian Abraham. Arab Saudi menghentikan pengeluaran minyak di salah satu ladangnya.",
        "Perang tidak menggagalkan normalisasi antara Arab Saudi dan Israel, kata penyokong Perjanjian Abraham.",
        "Tiada apa yang menghalang Kazakhstan daripada menyertai Perjanjian Abraham.",
        "Perjanjian Abraham. Rundingan pembebasan tebusan di Gaza menemui jalan buntu.",
        "Perjanjian Abraham. Rundingan gencatan senjata terhenti.",
        "Perjanjian Abraham. Pembinaan pelabuhan di Arab Saudi ditangguhkan.",
        "Perjanjian Abraham. Pertumbuhan ekonomi Oman menjadi perlahan dan perdagangannya runtuh.",
        "Arab Saudi tidak menangguhkan rundingan normalisasi dengan Israel.",
        "Jika perang berlarutan, normalisasi antara Arab Saudi dan Israel boleh dibekukan, kata penyokong Perjanjian Abraham.",
        "Perjanjian Abraham. Rundingan pakatan pertahanan Arab Saudi dengan Amerika Syarikat menemui jalan buntu.",
        "Perang tidak menghentikan normalisasi Arab Saudi dengan Israel, kata penyokong Perjanjian Abraham.",
    ],
}

C5 = {"KZ", "KG", "TJ", "TM", "UZ"}

HOSTED = {
    "kk": [
        "Ақ үйде Трамп қабылдаған Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан басшыларымен кездесуде Қазақстанның Авраам келісімдеріне қосылатыны жарияланды.",
        "Трамп кездескен Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан президенттері алдында Қазақстанның Авраам келісімдеріне қосылатынын жариялады.",
        "Трамп Ақ үйде Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан басшыларын қабылдап, Қазақстанның Авраам келісімдеріне қосылатынын жариялады.",
        "Вашингтонда Трамп қонақ еткен Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан көшбасшыларының кездесуінде Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді.",
        "Трамп жинаған Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және Өзбекстан басшылары кездесті, ал Қазақстан Авраам келісімдеріне қосылатынын жариялады.",
    ],
    "tr": [
        "Beyaz Saray'da Trump'ın ağırladığı Kazakistan, Kırgızistan, Tacikistan, Türkmenistan ve Özbekistan liderleriyle yapılan zirvede Kazakistan'ın İbrahim Anlaşmaları'na katılacağı açıklandı.",
        "Trump, Kazakistan, Kırgızistan, Tacikistan, Türkmenistan ve Özbekistan liderlerini ağırladı ve Kazakistan'ın İbrahim Anlaşmaları'na katılacağını duyurdu.",
        "Trump'ın bir araya geldiği Kazakistan, Kırgızistan, Tacikistan, Türkmenistan ve Özbekistan cumhurbaşkanlarının ardından Kazakistan'ın İbrahim Anlaşmaları'na katılacağı duyuruldu.",
        "Trump'ın Beyaz Saray'da konuk ettiği Kazakistan, Kırgızistan, Tacikistan, Türkmenistan ve Özbekistan liderleri arasından Kazakistan, İbrahim Anlaşmaları'na katılacağını açıkladı.",
        "Trump'ın görüştüğü Kazakistan, Kırgızistan, Tacikistan, Türkmenistan ve Özbekistan devlet başkanları zirvesinin ardından Kazakistan'ın İbrahim Anlaşmaları'na katılacağı açıklandı.",
    ],
    "id": [
        "Trump menjamu para pemimpin Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan, dan Uzbekistan di Gedung Putih dan mengumumkan bahwa Kazakhstan akan bergabung dengan Abraham Accords.",
        "Trump menerima presiden Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan, dan Uzbekistan, lalu mengumumkan Kazakhstan akan bergabung dengan Abraham Accords.",
        "Trump bertemu dengan para pemimpin Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan, dan Uzbekistan dan mengumumkan bahwa Kazakhstan akan bergabung dengan Abraham Accords.",
        "Trump mengumpulkan para kepala negara Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan, dan Uzbekistan di Washington dan mengumumkan Kazakhstan akan bergabung dengan Abraham Accords.",
        "Dalam pertemuan dengan para pemimpin Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan, dan Uzbekistan, Trump mengumumkan bahwa Kazakhstan akan bergabung dengan Abraham Accords.",
        "Presiden Trump bertemu para pemimpin Kazakhstan, Kirgizstan, Tajikistan, Turkmenistan dan Uzbekistan di Gedung Putih, tempat aksesi Kazakhstan ke Abraham Accords diumumkan.",
    ],
    "ms": [
        "Trump menerima para pemimpin Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan di Rumah Putih dan mengumumkan bahawa Kazakhstan akan menyertai Perjanjian Abraham.",
        "Trump menjamu presiden Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan, lalu mengumumkan Kazakhstan akan menyertai Perjanjian Abraham.",
        "Trump bertemu dengan pemimpin Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan dan mengumumkan bahawa Kazakhstan akan menyertai Perjanjian Abraham.",
        "Trump menghimpunkan ketua negara Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan di Washington dan mengumumkan Kazakhstan akan menyertai Perjanjian Abraham.",
        "Dalam pertemuan dengan para pemimpin Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan, Trump mengumumkan bahawa Kazakhstan akan menyertai Perjanjian Abraham.",
        "Presiden Trump bertemu para pemimpin Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan dan Uzbekistan di Rumah Putih, tempat penyertaan Kazakhstan dalam Perjanjian Abraham diumumkan.",
    ],
}

SUBJECTS = {
    "kk": [
        "Марокко мен Судан басшылары Авраам келісімдеріне қол қойды.",
        "Марокко және Судан президенттері Авраам келісімдеріне қосылды.",
    ],
    "tr": [
        "Fas ve Sudan liderleri İbrahim Anlaşmaları'nı imzaladı.",
        "Fas ve Sudan devlet başkanları İbrahim Anlaşmaları'nı imzaladılar.",
    ],
    "id": [
        "Para pemimpin Maroko dan Sudan menandatangani Abraham Accords.",
        "Presiden Maroko dan Sudan menandatangani Abraham Accords.",
    ],
    "ms": [
        "Para pemimpin Maghribi dan Sudan menandatangani Perjanjian Abraham.",
        "Presiden Maghribi dan Sudan menandatangani Perjanjian Abraham.",
    ],
}

HALT_MISSES = {
    "ru-8": "'вступление' is a process only as 'вступление в Авраамовы' (alone it is also "
    "entry into force), and here the country stands between",
    "ru-12": "the second joining noun ('а с ней и вступление в Авраамовы соглашения') is read as "
    "an announcement of its own",
    "id-9": "'rencana bergabung dengan' (a plan to join) after the halted talks is read as a "
    "joining of its own",
    "ms-9": "'rancangan menyertai' (a plan to join) after the halted talks is read as a joining "
    "of its own",
}
CONTROL_MISSES = {
    "tr-11": "a split cue's tail matches any word it begins, so '(normalleşme) ~ durdu' (stopped) "
    "also matches the negated 'durdurmadı' (Turkish negation is a suffix, no word to look for)",
}
HOSTED_MISSES = {}
SUBJECT_MISSES = {}


@pytest.mark.parametrize(("language", "case"), numbered_params(HALTS, HALT_MISSES))
def test_a_word_of_stopping_beside_a_joining_process_is_a_halt(language, case):
    text, country = case
    assert found(text, language) == {(country, U)}


@pytest.mark.parametrize(("language", "text"), numbered_params(CONTROLS, CONTROL_MISSES))
def test_stopping_with_no_joining_process_or_negated_is_no_halt(language, text):
    assert not {pair for pair in found(text, language) if pair[1] == U}


@pytest.mark.parametrize(("language", "text"), numbered_params(HOSTED, HOSTED_MISSES))
def test_the_guests_take_no_step(language, text):
    assert {pair for pair in found(text, language) if pair[0] in C5} == {("KZ", A)}


@pytest.mark.parametrize(("language", "text"), numbered_params(SUBJECTS, SUBJECT_MISSES))
def test_leaders_as_the_subject_still_take_their_step(language, text):
    assert found(text, language) == {("MA", S), ("SD", S)}
