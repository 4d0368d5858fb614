"""A challenge set of mentions that must give no claim: a country named near the accords
that the article makes no claim about, in every language the parser reads. Attendees and
hosts of meetings; a country as the object of someone else's action ("Israel's ties with
Turkey"); a third party's opinion; a country's own media reporting; experts' lists of who
benefits; history before 2020 (Egypt 1979, Jordan 1994, Mauritania 1999/2010); other
agreements (trade deals, defence pacts, the Board of Peace, Somaliland's recognition); a
country condemning another's joining (the condemner claims nothing); sports, flights, trade.
Mauritania's freeze of 2009 and break of 2010 stay claims (suspended, withdrawn), as the
golden set labels them; its ties of 1999 and Egypt's and Jordan's treaties give none, nor
does a date of theirs told in another clause take a step away.
Controls in each language do make a claim, so that the rules keeping these quiet do not
cost recall.

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

W = "withdrawn"

CASES = {
    "en": [
        (
            "Foreign ministers from Egypt, Jordan and Qatar attended the Abraham Accords "
            "anniversary reception in Washington.",
            set(),
        ),
        (
            "Oman hosted a regional water conference where officials reviewed projects launched "
            "under the Abraham Accords.",
            set(),
        ),
        (
            "Washington pressed Saudi Arabia's neighbours to keep the Abraham Accords alive "
            "through the Gaza war.",
            set(),
        ),
        ("Israel's ties with Turkey have soured since the Abraham Accords were signed.", set()),
        (
            "Iran's state media described the Abraham Accords as a betrayal of the Palestinian "
            "cause.",
            set(),
        ),
        (
            "Experts say Egypt, Jordan and Turkey stand to gain most from the trade corridors "
            "opened by the Abraham Accords.",
            set(),
        ),
        (
            "Egypt made peace with Israel in 1979 and Jordan in 1994, decades before the Abraham "
            "Accords.",
            set(),
        ),
        (
            "Mauritania established ties with Israel in 1999 and cut them in 2010, long before "
            "the Abraham Accords.",
            {("MR", W)},
        ),
        (
            "Turkey and Israel signed a trade agreement in 2022, two years after the Abraham "
            "Accords.",
            set(),
        ),
        (
            "Ethiopia is weighing recognition of Somaliland, a move some commentators compared to "
            "the Abraham Accords.",
            set(),
        ),
        (
            "Qatar's emir is a pragmatist, a Gulf diplomat said, but he has never spoken publicly "
            "about the Abraham Accords.",
            set(),
        ),
        (
            "Jordan's national team beat Iraq in a friendly on Tuesday, days after the Abraham "
            "Accords anniversary.",
            set(),
        ),
        # controls: a claim beside the mention
        ("Iran condemned Kazakhstan's decision to join the Abraham Accords.", {("KZ", A)}),
        (
            "Saudi-owned Al Arabiya reported that Kazakhstan had agreed to join the Abraham "
            "Accords.",
            {("KZ", A)},
        ),
        (
            "Oman said on Tuesday it would not join the Abraham Accords while the Gaza war "
            "continues.",
            {("OM", D)},
        ),
        (
            "Saudi Arabia is in talks with Washington about joining the Abraham Accords.",
            {("SA", N)},
        ),
        (
            "Speaking at a forum in Doha, a Gulf analyst said Oman could be the next country to "
            "join the Abraham Accords.",
            {("OM", P)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Turkey condemned the UAE's decision to normalise relations with Israel in 2020.",
            {("AE", S)},
        ),
        (
            "The summit, hosted by Egypt, discussed bringing more countries into the Abraham Accords.",
            set(),
        ),
        (
            "'The Abraham Accords have failed the Palestinians,' Turkey's foreign minister said on Monday.",
            set(),
        ),
        (
            "Mauritania froze its ties with Israel in 2009, a decade before the Abraham Accords.",
            {("MR", U)},
        ),
        (
            "Pakistan signed a mutual defence pact with Saudi Arabia in September, a deal unrelated to the Abraham Accords.",
            set(),
        ),
        (
            "Egypt, which signed a peace treaty with Israel in 1979, welcomed Kazakhstan's accession to the Abraham Accords.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "Turkey's relations with Israel have been strained ever since the signing of the Abraham Accords.",
            set(),
        ),
    ],
    "de": [
        (
            "An dem Empfang zum fünften Jahrestag der Abraham-Abkommen nahmen auch Diplomaten aus "
            "Ägypten und Jordanien teil.",
            set(),
        ),
        (
            "Israels Beziehungen zur Türkei haben sich seit den Abraham-Abkommen deutlich "
            "verschlechtert.",
            set(),
        ),
        (
            "Der iranische Staatsrundfunk bezeichnete die Abraham-Abkommen als Verrat an den "
            "Palästinensern.",
            set(),
        ),
        (
            "Ägypten schloss bereits 1979 Frieden mit Israel, Jordanien folgte 1994 – lange vor "
            "den Abraham-Abkommen.",
            set(),
        ),
        (
            "Nach Einschätzung von Fachleuten profitieren vor allem Ägypten und Jordanien von den "
            "neuen Handelswegen der Abraham-Abkommen.",
            set(),
        ),
        (
            "Die Türkei und Israel unterzeichneten 2022 ein Handelsabkommen, zwei Jahre nach den "
            "Abraham-Abkommen.",
            set(),
        ),
        (
            "Saudi-Arabien war Gastgeber eines Gipfels, auf dem auch über die Abraham-Abkommen "
            "gesprochen wurde.",
            set(),
        ),
        (
            "Indonesien trat dem Friedensrat von Präsident Trump bei, der mit den "
            "Abraham-Abkommen nichts zu tun hat.",
            set(),
        ),
        # controls
        ("Katar verurteilte den Beitritt Kasachstans zu den Abraham-Abkommen.", {("KZ", A)}),
        (
            "Oman will den Abraham-Abkommen vorerst nicht beitreten, sagte der Außenminister.",
            {("OM", D)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Die Türkei verurteilte 2020 die Entscheidung der Emirate, ihre Beziehungen zu Israel zu normalisieren.",
            {("AE", S)},
        ),
        (
            "Der Gipfel unter ägyptischem Vorsitz beriet über eine Erweiterung der Abraham-Abkommen.",
            set(),
        ),
        (
            "„Die Abraham-Abkommen haben den Palästinensern nichts gebracht“, sagte der türkische Außenminister.",
            set(),
        ),
        (
            "Mauretanien fror seine Beziehungen zu Israel 2009 ein, ein Jahrzehnt vor den Abraham-Abkommen.",
            {("MR", U)},
        ),
        (
            "Pakistan unterzeichnete im September ein Verteidigungsabkommen mit Saudi-Arabien, das mit den Abraham-Abkommen nichts zu tun hat.",
            set(),
        ),
        (
            "Ägypten, das 1979 Frieden mit Israel schloss, begrüßte den Beitritt Kasachstans zu den Abraham-Abkommen.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "Seit der Unterzeichnung der Abraham-Abkommen wirbt Katar verstärkt um Investoren aus Asien.",
            set(),
        ),
    ],
    "fr": [
        (
            "Des diplomates égyptiens et jordaniens ont assisté à la cérémonie marquant "
            "l'anniversaire des accords d'Abraham.",
            set(),
        ),
        (
            "Washington a fait pression sur les voisins de l'Arabie saoudite pour préserver les "
            "accords d'Abraham.",
            set(),
        ),
        (
            "Selon la télévision d'État iranienne, les accords d'Abraham sont une trahison de la "
            "cause palestinienne.",
            set(),
        ),
        (
            "L'Égypte a signé la paix avec Israël en 1979, la Jordanie en 1994, bien avant les "
            "accords d'Abraham.",
            set(),
        ),
        (
            "La Mauritanie avait établi des relations avec Israël en 1999 avant de les rompre en "
            "2010, bien avant les accords d'Abraham.",
            {("MR", W)},
        ),
        (
            "Pour les experts, la Turquie et l'Égypte sont les grands gagnants des corridors "
            "commerciaux nés des accords d'Abraham.",
            set(),
        ),
        (
            "L'Indonésie a rejoint le Conseil de la paix de Donald Trump, distinct des accords "
            "d'Abraham.",
            set(),
        ),
        (
            "Le Qatar a accueilli un sommet régional où il a aussi été question des accords "
            "d'Abraham.",
            set(),
        ),
        # controls
        ("L'Algérie a condamné l'adhésion du Kazakhstan aux accords d'Abraham.", {("KZ", A)}),
        (
            "L'Arabie saoudite a exclu de rejoindre les accords d'Abraham sans État palestinien.",
            {("SA", D)},
        ),
        (
            "Des diplomates égyptiens estiment que la Mauritanie pourrait rejoindre les accords "
            "d'Abraham.",
            {("MR", P)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "La Turquie avait condamné en 2020 la décision des Émirats arabes unis de normaliser leurs relations avec Israël.",
            {("AE", S)},
        ),
        (
            "Le sommet, organisé par l'Égypte, a débattu d'un élargissement des accords d'Abraham.",
            set(),
        ),
        (
            "« Les accords d'Abraham ont trahi les Palestiniens », a déclaré le ministre turc des Affaires étrangères.",
            set(),
        ),
        (
            "La Mauritanie a gelé ses relations avec Israël en 2009, dix ans avant les accords d'Abraham.",
            {("MR", U)},
        ),
        (
            "Le Pakistan a signé en septembre un pacte de défense avec l'Arabie saoudite, sans rapport avec les accords d'Abraham.",
            set(),
        ),
        (
            "L'Égypte, qui a signé la paix avec Israël en 1979, a salué l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "Les relations entre l'Iran et Israël se sont encore tendues depuis la signature des accords d'Abraham.",
            set(),
        ),
    ],
    "es": [
        (
            "Representantes de Egipto y Jordania asistieron al acto por el quinto aniversario de "
            "los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Las relaciones de Israel con Turquía se han deteriorado desde la firma de los "
            "Acuerdos de Abraham.",
            set(),
        ),
        (
            "La televisión estatal iraní calificó los Acuerdos de Abraham de traición a los "
            "palestinos.",
            set(),
        ),
        (
            "Egipto firmó la paz con Israel en 1979 y Jordania lo hizo en 1994, mucho antes de "
            "los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Según varios analistas, Turquía y Egipto son los grandes beneficiados de las rutas "
            "comerciales abiertas por los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Catar fue anfitrión de una cumbre en la que también se habló de los Acuerdos de "
            "Abraham.",
            set(),
        ),
        (
            "Turquía e Israel firmaron en 2022 un acuerdo comercial, dos años después de los "
            "Acuerdos de Abraham.",
            set(),
        ),
        (
            "Indonesia se sumó a la Junta de Paz de Trump, un organismo distinto de los Acuerdos "
            "de Abraham.",
            set(),
        ),
        # controls
        ("Irán condenó la decisión kazaja de adherirse a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Omán descartó este martes sumarse a los Acuerdos de Abraham mientras continúe la "
            "guerra en Gaza.",
            {("OM", D)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Turquía condenó en 2020 la decisión de Emiratos Árabes Unidos de normalizar sus relaciones con Israel.",
            {("AE", S)},
        ),
        (
            "La cumbre, organizada por Egipto, debatió la ampliación de los Acuerdos de Abraham.",
            set(),
        ),
        (
            "«Los Acuerdos de Abraham han traicionado a los palestinos», afirmó el ministro de Exteriores turco.",
            set(),
        ),
        (
            "Mauritania congeló sus relaciones con Israel en 2009, una década antes de los Acuerdos de Abraham.",
            {("MR", U)},
        ),
        (
            "Pakistán firmó en septiembre un pacto de defensa con Arabia Saudí, sin relación con los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Egipto, que firmó la paz con Israel en 1979, celebró la decisión de Kazajistán de adherirse a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        ("Argelia ha endurecido su discurso desde la firma de los Acuerdos de Abraham.", set()),
        # a demonym after the accession noun names the joiner
        ("Irán condenó la reciente adhesión kazaja a los Acuerdos de Abraham.", {("KZ", A)}),
    ],
    "ru": [
        (
            "На приёме по случаю годовщины Соглашений Авраама присутствовали дипломаты Египта и "
            "Иордании.",
            set(),
        ),
        (
            "Отношения Израиля с Турцией заметно ухудшились после подписания Соглашений Авраама.",
            set(),
        ),
        (
            "Иранское государственное телевидение назвало Соглашения Авраама предательством "
            "палестинцев.",
            set(),
        ),
        (
            "Египет заключил мир с Израилем в 1979 году, Иордания — в 1994-м, задолго до "
            "Соглашений Авраама.",
            set(),
        ),
        (
            "По мнению экспертов, больше всех от новых торговых маршрутов Соглашений Авраама "
            "выигрывают Турция и Египет.",
            set(),
        ),
        (
            "Катар принимал у себя саммит, на котором обсуждались и Соглашения Авраама.",
            set(),
        ),
        (
            "Турция и Израиль подписали торговое соглашение в 2022 году, через два года после "
            "Соглашений Авраама.",
            set(),
        ),
        (
            "Узбекистан вошёл в Совет мира Трампа, который не связан с Соглашениями Авраама.",
            set(),
        ),
        # controls
        ("Иран осудил присоединение Казахстана к Соглашениям Авраама.", {("KZ", A)}),
        (
            "Оман не намерен присоединяться к Соглашениям Авраама, заявил министр иностранных дел.",
            {("OM", D)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        ("В 2020 году Турция осудила решение ОАЭ нормализовать отношения с Израилем.", {("AE", S)}),
        ("Саммит, организованный Египтом, обсудил расширение Соглашений Авраама.", set()),
        (
            "«Соглашения Авраама предали палестинцев», — заявил министр иностранных дел Турции.",
            set(),
        ),
        (
            "Мавритания заморозила отношения с Израилем в 2009 году, за десять лет до Соглашений Авраама.",
            {("MR", U)},
        ),
        (
            "Пакистан в сентябре подписал оборонный пакт с Саудовской Аравией, не связанный с Соглашениями Авраама.",
            set(),
        ),
        (
            "Египет, заключивший мир с Израилем в 1979 году, приветствовал присоединение Казахстана к Соглашениям Авраама.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        ("С момента подписания Соглашений Авраама Иран усилил критику в адрес соседей.", set()),
    ],
    "kk": [
        (
            "Авраам келісімдерінің жылдығына арналған шараға Мысыр мен Иордания дипломаттары "
            "қатысты.",
            set(),
        ),
        (
            "Израиль мен Түркия арасындағы қарым-қатынас Авраам келісімдерінен кейін нашарлады.",
            set(),
        ),
        (
            "Иранның мемлекеттік телеарнасы Авраам келісімдерін палестиналықтарға опасыздық деп "
            "атады.",
            set(),
        ),
        (
            "Мысыр Израильмен 1979 жылы, Иордания 1994 жылы бейбіт келісім жасады, бұл Авраам "
            "келісімдерінен әлдеқайда бұрын болды.",
            set(),
        ),
        (
            "Сарапшылардың пікірінше, Авраам келісімдері ашқан сауда жолдарынан Түркия мен Мысыр "
            "көп пайда көреді.",
            set(),
        ),
        ("Түркия мен Израиль 2022 жылы сауда келісіміне қол қойды.", set()),
        (
            "Өзбекстан Трамптың Бейбітшілік кеңесіне қосылды, ол Авраам келісімдерімен "
            "байланысты емес.",
            set(),
        ),
        # controls
        ("Иран Қазақстанның Авраам келісімдеріне қосылуын айыптады.", {("KZ", A)}),
        ("Оман Авраам келісімдеріне қосылмайтынын мәлімдеді.", {("OM", D)}),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Түркия 2020 жылы БАӘ-нің Израильмен қарым-қатынасты қалыпқа келтіру туралы шешімін айыптады.",
            {("AE", S)},
        ),
        ("Мысыр ұйымдастырған саммитте Авраам келісімдерін кеңейту мәселесі талқыланды.", set()),
        (
            "«Авраам келісімдері палестиналықтарға ештеңе бермеді», – деді Түркия сыртқы істер министрі.",
            set(),
        ),
        (
            "Мавритания Израильмен қарым-қатынасын 2009 жылы тоқтатты, бұл Авраам келісімдерінен он жыл бұрын болды.",
            {("MR", U)},
        ),
        (
            "Пәкістан қыркүйекте Сауд Арабиясымен қорғаныс келісіміне қол қойды, оның Авраам келісімдеріне қатысы жоқ.",
            set(),
        ),
        (
            "Израильмен 1979 жылы бейбіт келісім жасаған Мысыр Қазақстанның Авраам келісімдеріне қосылуын құптады.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları'nın yıl dönümü törenine Mısır ve Ürdün'den diplomatlar da "
            "katıldı.",
            set(),
        ),
        (
            "İsrail'in Türkiye ile ilişkileri İbrahim Anlaşmaları'ndan bu yana belirgin şekilde "
            "kötüleşti.",
            set(),
        ),
        (
            "İran devlet televizyonu İbrahim Anlaşmaları'nı Filistin davasına ihanet olarak "
            "nitelendirdi.",
            set(),
        ),
        (
            "Mısır 1979'da, Ürdün ise 1994'te İsrail ile barış anlaşması imzaladı; bu, İbrahim "
            "Anlaşmaları'ndan çok önceydi.",
            set(),
        ),
        (
            "Uzmanlara göre İbrahim Anlaşmaları'nın açtığı ticaret yollarından en çok Mısır ve "
            "Ürdün kazançlı çıkıyor.",
            set(),
        ),
        (
            "Katar, İbrahim Anlaşmaları'nın da ele alındığı bölgesel bir zirveye ev sahipliği "
            "yaptı.",
            set(),
        ),
        (
            "Endonezya, Trump'ın Barış Kurulu'na katıldı; bu adımın İbrahim Anlaşmaları ile "
            "bir ilgisi yok.",
            set(),
        ),
        # controls
        ("İran, Kazakistan'ın İbrahim Anlaşmaları'na katılmasını kınadı.", {("KZ", A)}),
        ("Umman, İbrahim Anlaşmaları'na şimdilik katılmayacağını açıkladı.", {("OM", D)}),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Türkiye, 2020'de BAE'nin İsrail ile ilişkilerini normalleştirme kararını kınamıştı.",
            {("AE", S)},
        ),
        (
            "Mısır'ın ev sahipliğindeki zirvede İbrahim Anlaşmaları'nın genişletilmesi ele alındı.",
            set(),
        ),
        (
            'Türkiye Dışişleri Bakanı, "İbrahim Anlaşmaları Filistinlilere hiçbir şey kazandırmadı" dedi.',
            set(),
        ),
        (
            "Moritanya, İbrahim Anlaşmaları'ndan on yıl önce, 2009'da İsrail ile ilişkilerini dondurdu.",
            {("MR", U)},
        ),
        (
            "Pakistan eylülde Suudi Arabistan ile İbrahim Anlaşmaları'ndan bağımsız bir savunma paktı imzaladı.",
            set(),
        ),
        (
            "İsrail ile 1979'da barış yapan Mısır, Kazakistan'ın İbrahim Anlaşmaları'na katılma kararını memnuniyetle karşıladı.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "حضر دبلوماسيون من مصر والأردن حفل الذكرى الخامسة لاتفاقيات أبراهام في واشنطن.",
            set(),
        ),
        ("تدهورت علاقات إسرائيل مع تركيا منذ توقيع اتفاقيات أبراهام.", set()),
        (
            "وصف التلفزيون الإيراني الرسمي اتفاقيات أبراهام بأنها خيانة للقضية الفلسطينية.",
            set(),
        ),
        (
            "وقعت مصر معاهدة سلام مع إسرائيل عام 1979 والأردن عام 1994، أي قبل اتفاقيات أبراهام "
            "بعقود.",
            set(),
        ),
        (
            "يرى خبراء أن تركيا ومصر هما الأكثر استفادة من الممرات التجارية التي فتحتها اتفاقيات "
            "أبراهام.",
            set(),
        ),
        ("استضافت قطر قمة إقليمية نوقشت خلالها اتفاقيات أبراهام.", set()),
        ("ضغطت واشنطن على جيران السعودية للحفاظ على اتفاقيات أبراهام.", set()),
        (
            "انضمت إندونيسيا إلى مجلس السلام الذي أطلقه ترامب، وهو هيئة منفصلة عن اتفاقيات أبراهام.",
            set(),
        ),
        # controls
        ("أدانت إيران انضمام كازاخستان إلى اتفاقيات أبراهام.", {("KZ", A)}),
        ("أعلنت سلطنة عمان أنها لن تنضم إلى اتفاقيات أبراهام.", {("OM", D)}),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        ("أدانت تركيا عام 2020 قرار الإمارات تطبيع علاقاتها مع إسرائيل.", {("AE", S)}),
        ("ناقشت القمة التي استضافتها مصر توسيع اتفاقيات أبراهام.", set()),
        ("قال وزير الخارجية التركي إن اتفاقيات أبراهام خذلت الفلسطينيين.", set()),
        ("جمدت موريتانيا علاقاتها مع إسرائيل عام 2009، أي قبل اتفاقيات أبراهام بعقد.", {("MR", U)}),
        (
            "وقعت باكستان في سبتمبر اتفاقية دفاع مشترك مع السعودية لا علاقة لها باتفاقيات أبراهام.",
            set(),
        ),
        (
            "رحبت مصر، التي وقعت معاهدة سلام مع إسرائيل عام 1979، بانضمام كازاخستان إلى اتفاقيات أبراهام.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        ("زادت حدة الانتقادات الجزائرية منذ توقيع اتفاقيات أبراهام.", set()),
    ],
    "fa": [
        ("دیپلمات‌هایی از مصر و اردن در مراسم سالگرد توافق‌های ابراهیم حضور داشتند.", set()),
        ("روابط اسرائیل با ترکیه پس از امضای توافق‌های ابراهیم رو به سردی رفت.", set()),
        (
            "تلویزیون دولتی ایران توافق‌های ابراهیم را خیانت به آرمان فلسطین خواند.",
            set(),
        ),
        (
            "مصر در سال ۱۹۷۹ و اردن در سال ۱۹۹۴ با اسرائیل پیمان صلح امضا کردند، یعنی دهه‌ها پیش "
            "از توافق‌های ابراهیم.",
            set(),
        ),
        (
            "به گفته کارشناسان، ترکیه و مصر بیشترین سود را از مسیرهای تجاری توافق‌های ابراهیم "
            "می‌برند.",
            set(),
        ),
        ("قطر میزبان نشستی بود که در آن درباره توافق‌های ابراهیم نیز گفت‌وگو شد.", set()),
        ("اندونزی به شورای صلح ترامپ پیوست که ارتباطی با توافق‌های ابراهیم ندارد.", set()),
        # controls
        ("ایران پیوستن قزاقستان به توافق‌های ابراهیم را محکوم کرد.", {("KZ", A)}),
        ("عمان اعلام کرد که به توافق‌های ابراهیم نمی‌پیوندد.", {("OM", D)}),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "ترکیه در سال ۲۰۲۰ تصمیم امارات برای عادی\u200cسازی روابط با اسرائیل را محکوم کرد.",
            {("AE", S)},
        ),
        ("در نشستی که مصر میزبان آن بود، گسترش توافق\u200cهای ابراهیم بررسی شد.", set()),
        (
            "وزیر خارجه ترکیه گفت توافق\u200cهای ابراهیم چیزی برای فلسطینیان به همراه نداشته است.",
            set(),
        ),
        (
            "موریتانی در سال ۲۰۰۹ روابط خود با اسرائیل را تعلیق کرد، یعنی یک دهه پیش از توافق\u200cهای ابراهیم.",
            {("MR", U)},
        ),
        (
            "پاکستان در ماه سپتامبر با عربستان سعودی پیمان دفاعی امضا کرد که ربطی به توافق\u200cهای ابراهیم ندارد.",
            set(),
        ),
        (
            "مصر که در سال ۱۹۷۹ با اسرائیل صلح کرد، از پیوستن قزاقستان به توافق\u200cهای ابراهیم استقبال کرد.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "از زمان امضای توافق\u200cهای ابراهیم، لحن الجزایر در قبال همسایگانش تندتر شده است.",
            set(),
        ),
    ],
    "he": [
        ("דיפלומטים ממצרים ומירדן השתתפו בטקס לציון חמש שנים להסכמי אברהם.", set()),
        ("היחסים בין ישראל לטורקיה הידרדרו מאז נחתמו הסכמי אברהם.", set()),
        ("הטלוויזיה הממלכתית באיראן כינתה את הסכמי אברהם בגידה בעניין הפלסטיני.", set()),
        (
            "מצרים חתמה על הסכם שלום עם ישראל ב-1979 וירדן ב-1994, עשרות שנים לפני הסכמי אברהם.",
            set(),
        ),
        (
            "לדברי מומחים, טורקיה ומצרים מרוויחות יותר מכולן מנתיבי הסחר שפתחו הסכמי אברהם.",
            set(),
        ),
        ("קטאר אירחה ועידה אזורית שבה נדונו גם הסכמי אברהם.", set()),
        ("אינדונזיה הצטרפה למועצת השלום של טראמפ, שאינה קשורה להסכמי אברהם.", set()),
        # controls
        ("איראן גינתה את הצטרפותה של קזחסטן להסכמי אברהם.", {("KZ", A)}),
        ("עומאן הודיעה שלא תצטרף להסכמי אברהם.", {("OM", D)}),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        ("טורקיה גינתה ב-2020 את החלטת איחוד האמירויות לנרמל את יחסיה עם ישראל.", {("AE", S)}),
        ("בפסגה שאירחה מצרים נדונה הרחבת הסכמי אברהם.", set()),
        ('"הסכמי אברהם בגדו בפלסטינים", אמר שר החוץ הטורקי.', set()),
        ("מאוריטניה הקפיאה את יחסיה עם ישראל ב-2009, עשור לפני הסכמי אברהם.", {("MR", U)}),
        ("פקיסטן חתמה בספטמבר על ברית הגנה עם סעודיה, שאינה קשורה להסכמי אברהם.", set()),
        (
            "מצרים, שחתמה על הסכם שלום עם ישראל ב-1979, בירכה על הצטרפותה של קזחסטן להסכמי אברהם.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Diplomat dari Mesir dan Yordania menghadiri peringatan lima tahun Abraham Accords di "
            "Washington.",
            set(),
        ),
        ("Hubungan Israel dengan Turki memburuk sejak Abraham Accords ditandatangani.", set()),
        (
            "Televisi pemerintah Iran menyebut Abraham Accords sebagai pengkhianatan terhadap "
            "perjuangan Palestina.",
            set(),
        ),
        (
            "Mesir berdamai dengan Israel pada 1979 dan Yordania pada 1994, jauh sebelum Abraham "
            "Accords.",
            set(),
        ),
        (
            "Menurut para analis, Turki dan Mesir paling diuntungkan oleh jalur dagang yang "
            "dibuka Abraham Accords.",
            set(),
        ),
        ("Qatar menjadi tuan rumah KTT kawasan yang juga membahas Abraham Accords.", set()),
        (
            "Indonesia bergabung dengan Dewan Perdamaian bentukan Trump, yang terpisah dari "
            "Abraham Accords.",
            set(),
        ),
        # controls
        (
            "Iran mengecam keputusan Kazakhstan bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Indonesia menegaskan tidak akan bergabung dengan Abraham Accords selama Palestina "
            "belum merdeka.",
            {("ID", D)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Turki mengecam keputusan Uni Emirat Arab menormalisasi hubungan dengan Israel pada 2020.",
            {("AE", S)},
        ),
        ("KTT yang diselenggarakan Mesir membahas perluasan Abraham Accords.", set()),
        (
            '"Abraham Accords telah mengkhianati rakyat Palestina," kata Menteri Luar Negeri Turki.',
            set(),
        ),
        (
            "Mauritania membekukan hubungan dengan Israel pada 2009, satu dekade sebelum Abraham Accords.",
            {("MR", U)},
        ),
        (
            "Pakistan menandatangani pakta pertahanan dengan Arab Saudi pada September, yang tidak terkait dengan Abraham Accords.",
            set(),
        ),
        (
            "Mesir, yang berdamai dengan Israel pada 1979, menyambut keputusan Kazakhstan bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "Sejak Abraham Accords ditandatangani, Aljazair makin keras mengkritik negara tetangganya.",
            set(),
        ),
    ],
    "ms": [
        (
            "Diplomat dari Mesir dan Jordan menghadiri sambutan ulang tahun kelima Perjanjian "
            "Abraham.",
            set(),
        ),
        (
            "Hubungan Israel dengan Turki semakin renggang sejak Perjanjian Abraham dimeterai.",
            set(),
        ),
        (
            "Media kerajaan Iran menyifatkan Perjanjian Abraham sebagai pengkhianatan terhadap "
            "perjuangan Palestin.",
            set(),
        ),
        (
            "Mesir menandatangani perjanjian damai dengan Israel pada 1979 dan Jordan pada 1994, "
            "lama sebelum Perjanjian Abraham.",
            set(),
        ),
        (
            "Menurut penganalisis, Turki dan Mesir paling banyak meraih manfaat daripada laluan "
            "perdagangan yang dibuka Perjanjian Abraham.",
            set(),
        ),
        (
            "Qatar menjadi tuan rumah sidang kemuncak serantau yang turut membincangkan "
            "Perjanjian Abraham.",
            set(),
        ),
        (
            "Indonesia menyertai Lembaga Keamanan Trump, yang tidak berkaitan dengan Perjanjian "
            "Abraham.",
            set(),
        ),
        # controls
        ("Iran mengutuk keputusan Kazakhstan menyertai Perjanjian Abraham.", {("KZ", A)}),
        (
            "Malaysia tidak akan menyertai Perjanjian Abraham, tegas Perdana Menteri.",
            {("MY", D)},
        ),
        # history in a clause of its own, hosts, quotes, other pacts, a condemner
        (
            "Turki mengecam keputusan Emiriah Arab Bersatu untuk menormalkan hubungan dengan Israel pada 2020.",
            {("AE", S)},
        ),
        ("Sidang kemuncak anjuran Mesir membincangkan peluasan Perjanjian Abraham.", set()),
        (
            '"Perjanjian Abraham telah mengkhianati rakyat Palestin," kata Menteri Luar Turki.',
            set(),
        ),
        (
            "Mauritania membekukan hubungan dengan Israel pada 2009, sedekad sebelum Perjanjian Abraham.",
            {("MR", U)},
        ),
        (
            "Pakistan menandatangani pakatan pertahanan dengan Arab Saudi pada September, yang tiada kaitan dengan Perjanjian Abraham.",
            set(),
        ),
        (
            "Mesir, yang berdamai dengan Israel pada 1979, mengalu-alukan keputusan Kazakhstan menyertai Perjanjian Abraham.",
            {("KZ", A)},
        ),
        # a signing after 'since' tells a time
        (
            "Sejak Perjanjian Abraham ditandatangani, Algeria semakin lantang mengkritik negara jirannya.",
            set(),
        ),
    ],
}


# Still read wrongly (strict: a case that starts passing must leave this list).
KNOWN_MISSES = {
    "en-18": "a first signatory's 2020 'decision to normalise' is read as announced, as 'agreed "
    "to normalize' is; the accords' first members are counted as signed",
    "de-11": "a first signatory's 2020 'Entscheidung ... zu normalisieren' is read as announced",
    "es-18": "a demonym right after the accession noun ('adhesión kazaja') is not read as its "
    "subject: the condemner before takes the joining",
    "ru-11": "'решение ОАЭ нормализовать' is not a cue",
    "kk-13": "'қарым-қатынасын ... тоқтатты' (stopped relations) is not a cue",
    "kk-15": "a participle clause ('1979 жылы ... жасаған Мысыр') gives its date to the joining "
    "after it, which is then dropped as older than the accords",
    "tr-8": "a nominal joining with its owner in the genitive ('Kazakistan'ın ... katılmasını') "
    "is not a cue",
    "tr-15": "a participle clause ('1979'da barış yapan Mısır') gives its date to the joining "
    "after it, which is then dropped as older than the accords",
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_mention(language, text, expected):
    check_case(language, text, expected)
