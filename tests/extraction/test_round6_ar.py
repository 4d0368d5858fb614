"""Round-six classes found in Arabic and Persian news, carried to every language
where the phrasing exists: a candidate told by a list it tops or a name that
keeps coming up, pressure put on a country to join, a refusal said as "out of
the question" or "no plans", talks frozen told as a state ("on ice"), and a
country that joins the condemners, which is no joining of the accords."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2025, 11, 20)

CASES = [
    # --- a candidate: tops the list, its name keeps coming up
    (
        "ar",
        "وفي كواليس العواصم الغربية يتردد اسم سلطنة عمان بين المرشحين لدخول اتفاقيات أبراهام.",
        {("OM", "prospective")},
    ),
    (
        "ar",
        "تتصدر السعودية قائمة الدول التي تأمل واشنطن في ضمها إلى اتفاقيات أبراهام.",
        {("SA", "prospective")},
    ),
    ("fa", "نام عمان در میان نامزدهای پیوستن به توافق ابراهیم مطرح است.", {("OM", "prospective")}),
    (
        "en",
        "Saudi Arabia tops the list of countries Washington hopes to bring into the Abraham Accords.",
        {("SA", "prospective")},
    ),
    (
        "en",
        "Oman's name keeps coming up among possible entrants to the Abraham Accords.",
        {("OM", "prospective")},
    ),
    (
        "fr",
        "L'Arabie saoudite arrive en tête de la liste des pays que Washington espère voir entrer dans les accords d'Abraham.",
        {("SA", "prospective")},
    ),
    (
        "de",
        "Saudi-Arabien steht ganz oben auf der Liste der Länder, die Washington in die Abraham-Abkommen holen will.",
        {("SA", "prospective")},
    ),
    (
        "es",
        "Arabia Saudí encabeza la lista de países que Washington quiere sumar a los Acuerdos de Abraham.",
        {("SA", "prospective")},
    ),
    (
        "ru",
        "Саудовская Аравия возглавляет список стран, которые Вашингтон хотел бы видеть в Авраамовых соглашениях.",
        {("SA", "prospective")},
    ),
    (
        "tr",
        "Suudi Arabistan, Washington'un İbrahim Anlaşmaları'na katılmasını istediği ülkeler listesinin başında geliyor.",
        {("SA", "prospective")},
    ),
    (
        "id",
        "Arab Saudi berada di urutan teratas daftar negara yang diharapkan Washington bergabung dengan Abraham Accords.",
        {("SA", "prospective")},
    ),
    (
        "ms",
        "Arab Saudi berada di tangga teratas senarai negara yang diharap Washington menyertai Perjanjian Abraham.",
        {("SA", "prospective")},
    ),
    (
        "he",
        "ערב הסעודית עומדת בראש רשימת המדינות שוושינגטון מקווה לצרף להסכמי אברהם.",
        {("SA", "prospective")},
    ),
    (
        "kk",
        "Сауд Арабиясы Вашингтон Авраам келісімдеріне тартқысы келетін елдер тізімінің басында тұр.",
        {("SA", "prospective")},
    ),
    # --- pressure put on a country to join
    (
        "ar",
        "تمارس واشنطن ضغوطا متزايدة على أذربيجان لدفعها إلى الانضمام إلى اتفاقيات أبراهام.",
        {("AZ", "prospective")},
    ),
    (
        "fa",
        "کاخ سفید برای کشاندن پاکستان به جمع امضاکنندگان توافق ابراهیم تلاش می‌کند.",
        {("PK", "prospective")},
    ),
    (
        "en",
        "Washington is piling pressure on Azerbaijan to sign up to the Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "fr",
        "Washington accentue la pression sur l'Azerbaïdjan pour qu'il rejoigne les accords d'Abraham.",
        {("AZ", "prospective")},
    ),
    (
        "de",
        "Washington erhöht den Druck auf Aserbaidschan, den Abraham-Abkommen beizutreten.",
        {("AZ", "prospective")},
    ),
    (
        "es",
        "Washington aumenta la presión sobre Azerbaiyán para que se sume a los Acuerdos de Abraham.",
        {("AZ", "prospective")},
    ),
    (
        "ru",
        "Вашингтон усиливает давление на Азербайджан, добиваясь его присоединения к Авраамовым соглашениям.",
        {("AZ", "prospective")},
    ),
    (
        "tr",
        "Washington, Azerbaycan'a İbrahim Anlaşmaları'na katılması için baskı yapıyor.",
        {("AZ", "prospective")},
    ),
    (
        "id",
        "Washington terus menekan Azerbaijan agar bergabung dengan Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "ms",
        "Washington terus menekan Azerbaijan supaya menyertai Perjanjian Abraham.",
        {("AZ", "prospective")},
    ),
    ("he", "וושינגטון מגבירה את הלחץ על אזרבייג'ן להצטרף להסכמי אברהם.", {("AZ", "prospective")}),
    (
        "kk",
        "Вашингтон Әзербайжанға Авраам келісімдеріне қосылу үшін қысым көрсетіп отыр.",
        {("AZ", "prospective")},
    ),
    # --- a refusal: out of the question, no plans, kept its distance
    (
        "ar",
        "نأت باكستان بنفسها عن اتفاقيات أبراهام، وقال مسؤولوها إن الأمر غير وارد.",
        {("PK", "declined")},
    ),
    (
        "ar",
        "أكدت إندونيسيا أنها لن تقيم أي علاقة مع إسرائيل قبل قيام دولة فلسطينية، ولن تلتحق باتفاقيات أبراهام.",
        {("ID", "declined")},
    ),
    ("fa", "پاکستان پیوستن به توافق ابراهیم را مطلقاً منتفی می‌داند.", {("PK", "declined")}),
    (
        "en",
        "Pakistan said joining the Abraham Accords was out of the question.",
        {("PK", "declined")},
    ),
    (
        "en",
        "Indonesia has no plans to join the Abraham Accords, its foreign ministry said.",
        {("ID", "declined")},
    ),
    (
        "fr",
        "Le Pakistan a affirmé qu'une adhésion aux accords d'Abraham était hors de question.",
        {("PK", "declined")},
    ),
    (
        "de",
        "Pakistan erklärte, ein Beitritt zu den Abraham-Abkommen komme nicht in Frage.",
        {("PK", "declined")},
    ),
    (
        "es",
        "Pakistán afirmó que sumarse a los Acuerdos de Abraham está fuera de discusión.",
        {("PK", "declined")},
    ),
    (
        "ru",
        "Пакистан заявил, что присоединение к Авраамовым соглашениям исключено.",
        {("PK", "declined")},
    ),
    (
        "tr",
        "Pakistan, İbrahim Anlaşmaları'na katılmanın söz konusu olmadığını açıkladı.",
        {("PK", "declined")},
    ),
    (
        "id",
        "Pakistan menyatakan tidak punya rencana untuk bergabung dengan Abraham Accords.",
        {("PK", "declined")},
    ),
    (
        "ms",
        "Pakistan menegaskan ia tidak mempunyai rancangan untuk menyertai Perjanjian Abraham.",
        {("PK", "declined")},
    ),
    ("he", "פקיסטן הבהירה כי הצטרפות להסכמי אברהם אינה על הפרק.", {("PK", "declined")}),
    (
        "kk",
        "Пәкістан Авраам келісімдеріне қосылу мәселесі күн тәртібінде жоқ екенін мәлімдеді.",
        {("PK", "declined")},
    ),
    # --- talks frozen, told as a state
    (
        "ar",
        "يرى محللون أن مسار التطبيع بين الخرطوم وإسرائيل بات في حكم المجمد رغم توقيعها على اتفاقيات أبراهام.",
        {("SD", "suspended"), ("SD", "signed")},
    ),
    (
        "fa",
        "توقف مذاکرات عربستان و اسرائیل درباره توافق ابراهیم پس از جنگ غزه ادامه دارد.",
        {("SA", "suspended")},
    ),
    (
        "en",
        "Talks on Saudi Arabia joining the Abraham Accords have been on ice since the Gaza war.",
        {("SA", "suspended")},
    ),
    (
        "fr",
        "Les discussions sur l'adhésion de l'Arabie saoudite aux accords d'Abraham sont au point mort depuis la guerre de Gaza.",
        {("SA", "suspended")},
    ),
    (
        "de",
        "Die Gespräche über einen Beitritt Saudi-Arabiens zu den Abraham-Abkommen liegen seit dem Gaza-Krieg auf Eis.",
        {("SA", "suspended")},
    ),
    (
        "es",
        "Las conversaciones sobre la adhesión de Arabia Saudí a los Acuerdos de Abraham están congeladas desde la guerra de Gaza.",
        {("SA", "suspended")},
    ),
    (
        "ru",
        "Переговоры о присоединении Саудовской Аравии к Авраамовым соглашениям заморожены с начала войны в Газе.",
        {("SA", "suspended")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılımına ilişkin görüşmeler Gazze savaşından bu yana askıda.",
        {("SA", "suspended")},
    ),
    (
        "id",
        "Pembicaraan soal bergabungnya Arab Saudi ke Abraham Accords mandek sejak perang Gaza.",
        {("SA", "suspended")},
    ),
    (
        "ms",
        "Rundingan mengenai penyertaan Arab Saudi dalam Perjanjian Abraham tergendala sejak perang Gaza.",
        {("SA", "suspended")},
    ),
    (
        "he",
        "המגעים על הצטרפות ערב הסעודית להסכמי אברהם תקועים מאז המלחמה בעזה.",
        {("SA", "suspended")},
    ),
    (
        "kk",
        "Сауд Арабиясының Авраам келісімдеріне қосылуы жөніндегі келіссөздер Газа соғысынан бері тоқтап тұр.",
        {("SA", "suspended")},
    ),
    # --- joining the condemners is no joining of the accords
    (
        "ar",
        "رحبت واشنطن بانضمام كازاخستان إلى اتفاقيات أبراهام. وانضمت تركيا وجيبوتي إلى قائمة المنددين.",
        {("KZ", "announced")},
    ),
    (
        "fa",
        "کاخ سفید از پیوستن قزاقستان به توافق ابراهیم استقبال کرد. ترکیه و جیبوتی به جمع منتقدان پیوستند.",
        {("KZ", "announced")},
    ),
    (
        "en",
        "Washington welcomed Kazakhstan's decision to join the Abraham Accords. Turkey and Djibouti joined the chorus of critics.",
        {("KZ", "announced")},
    ),
    (
        "fr",
        "Washington a salué la décision du Kazakhstan de rejoindre les accords d'Abraham. La Turquie et Djibouti ont rejoint le concert des critiques.",
        {("KZ", "announced")},
    ),
    (
        "de",
        "Washington begrüßte den Beschluss Kasachstans, den Abraham-Abkommen beizutreten. Die Türkei und Dschibuti schlossen sich den Kritikern an.",
        {("KZ", "announced")},
    ),
    (
        "es",
        "Washington celebró la decisión de Kazajistán de sumarse a los Acuerdos de Abraham. Turquía y Yibuti se sumaron al coro de críticas.",
        {("KZ", "announced")},
    ),
    (
        "ru",
        "Вашингтон приветствовал решение Казахстана присоединиться к Авраамовым соглашениям. Турция и Джибути присоединились к хору критиков.",
        {("KZ", "announced")},
    ),
    (
        "tr",
        "Washington, Kazakistan'ın İbrahim Anlaşmaları'na katılma kararını memnuniyetle karşıladı. Türkiye ve Cibuti ise eleştirenlere katıldı.",
        {("KZ", "announced")},
    ),
    (
        "id",
        "Washington menyambut keputusan Kazakhstan bergabung dengan Abraham Accords. Turki dan Djibouti ikut bergabung dengan barisan pengecam.",
        {("KZ", "announced")},
    ),
    (
        "ms",
        "Washington mengalu-alukan keputusan Kazakhstan menyertai Perjanjian Abraham. Turki dan Djibouti turut menyertai barisan pengkritik.",
        {("KZ", "announced")},
    ),
    (
        "he",
        "וושינגטון בירכה על החלטת קזחסטן להצטרף להסכמי אברהם. טורקיה וג'יבוטי הצטרפו למקהלת המבקרים.",
        {("KZ", "announced")},
    ),
    (
        "kk",
        "Вашингтон Қазақстанның Авраам келісімдеріне қосылу шешімін құптады. Түркия мен Джибути сыншыларға қосылды.",
        {("KZ", "announced")},
    ),
    # --- closest to joining, betting on a joining, a joining postponed, a back turned
    ("en", "Oman is seen as the closest to joining the Abraham Accords.", {("OM", "prospective")}),
    ("en", "Riyadh has postponed joining the Abraham Accords.", {("SA", "suspended")}),
    ("en", "Algeria has turned its back on the Abraham Accords.", {("DZ", "declined")}),
    (
        "en",
        "Washington is betting on Indonesia joining the Abraham Accords.",
        {("ID", "prospective")},
    ),
    (
        "fr",
        "Oman est considéré comme le plus proche d'une adhésion aux accords d'Abraham.",
        {("OM", "prospective")},
    ),
    ("fr", "Riyad a reporté son adhésion aux accords d'Abraham.", {("SA", "suspended")}),
    ("fr", "L'Algérie a tourné le dos aux accords d'Abraham.", {("DZ", "declined")}),
    (
        "fr",
        "Washington mise sur l'adhésion de l'Indonésie aux accords d'Abraham.",
        {("ID", "prospective")},
    ),
    (
        "de",
        "Oman gilt als am nächsten an einem Beitritt zu den Abraham-Abkommen.",
        {("OM", "prospective")},
    ),
    ("de", "Riad hat den Beitritt zu den Abraham-Abkommen verschoben.", {("SA", "suspended")}),
    ("de", "Algerien hat den Abraham-Abkommen den Rücken gekehrt.", {("DZ", "declined")}),
    (
        "de",
        "Washington setzt auf einen Beitritt Indonesiens zu den Abraham-Abkommen.",
        {("ID", "prospective")},
    ),
    (
        "es",
        "Omán es visto como el más cercano a sumarse a los Acuerdos de Abraham.",
        {("OM", "prospective")},
    ),
    ("es", "Riad aplazó su adhesión a los Acuerdos de Abraham.", {("SA", "suspended")}),
    ("es", "Argelia ha dado la espalda a los Acuerdos de Abraham.", {("DZ", "declined")}),
    (
        "es",
        "Washington apuesta por la adhesión de Indonesia a los Acuerdos de Abraham.",
        {("ID", "prospective")},
    ),
    (
        "ru",
        "Оман считается ближе всех к присоединению к Авраамовым соглашениям.",
        {("OM", "prospective")},
    ),
    ("ru", "Эр-Рияд отложил присоединение к Авраамовым соглашениям.", {("SA", "suspended")}),
    ("ru", "Алжир отвернулся от Авраамовых соглашений.", {("DZ", "declined")}),
    (
        "ru",
        "Вашингтон делает ставку на присоединение Индонезии к Авраамовым соглашениям.",
        {("ID", "prospective")},
    ),
    (
        "tr",
        "Umman, İbrahim Anlaşmaları'na katılmaya en yakın ülke olarak görülüyor.",
        {("OM", "prospective")},
    ),
    ("tr", "Riyad, İbrahim Anlaşmaları'na katılımını erteledi.", {("SA", "suspended")}),
    ("tr", "Cezayir, İbrahim Anlaşmaları'na sırtını döndü.", {("DZ", "declined")}),
    (
        "tr",
        "Washington, Endonezya'nın İbrahim Anlaşmaları'na katılmasına bel bağlıyor.",
        {("ID", "prospective")},
    ),
    ("he", "עומאן נחשבת לקרובה ביותר להצטרפות להסכמי אברהם.", {("OM", "prospective")}),
    ("he", "אלג'יריה הפנתה עורף להסכמי אברהם.", {("DZ", "declined")}),
    ("he", "וושינגטון מהמרת על הצטרפות אינדונזיה להסכמי אברהם.", {("ID", "prospective")}),
    (
        "id",
        "Oman dinilai paling dekat untuk bergabung dengan Abraham Accords.",
        {("OM", "prospective")},
    ),
    ("id", "Riyadh menunda bergabung dengan Abraham Accords.", {("SA", "suspended")}),
    ("id", "Aljazair memunggungi Abraham Accords.", {("DZ", "declined")}),
    (
        "id",
        "Washington bertaruh pada bergabungnya Indonesia ke Abraham Accords.",
        {("ID", "prospective")},
    ),
    (
        "ms",
        "Oman dilihat paling hampir untuk menyertai Perjanjian Abraham.",
        {("OM", "prospective")},
    ),
    ("ms", "Riyadh menangguhkan penyertaannya dalam Perjanjian Abraham.", {("SA", "suspended")}),
    (
        "ms",
        "Washington bertaruh pada penyertaan Indonesia dalam Perjanjian Abraham.",
        {("ID", "prospective")},
    ),
    ("kk", "Оман Авраам келісімдеріне қосылуға ең жақын ел саналады.", {("OM", "prospective")}),
    ("kk", "Эр-Рияд Авраам келісімдеріне қосылуды кейінге қалдырды.", {("SA", "suspended")}),
    ("ar", "تبدو سلطنة عمان الأقرب إلى الانضمام إلى اتفاقيات أبراهام.", {("OM", "prospective")}),
    (
        "ar",
        "يُنتظر أن تنضم موريتانيا إلى اتفاقيات أبراهام خلال الأشهر المقبلة.",
        {("MR", "prospective")},
    ),
    (
        "ar",
        "تشير التوقعات إلى أن أذربيجان ستكون المحطة التالية لاتفاقيات أبراهام.",
        {("AZ", "prospective")},
    ),
    ("ar", "أدارت الرياض ظهرها لاتفاقيات أبراهام في الوقت الراهن.", {("SA", "declined")}),
    ("ar", "جددت الجزائر رفضها القاطع لاتفاقيات أبراهام.", {("DZ", "declined")}),
    ("ar", "تعثرت مساعي ضم السعودية إلى اتفاقيات أبراهام بعد حرب غزة.", {("SA", "suspended")}),
    ("ar", "أرجأت الرياض النظر في الانضمام إلى اتفاقيات أبراهام.", {("SA", "suspended")}),
    (
        "ar",
        "جمّدت الخرطوم خطوات التطبيع مع إسرائيل المنصوص عليها في اتفاقيات أبراهام.",
        {("SD", "suspended")},
    ),
    (
        "ar",
        "تجري باكو مشاورات مع واشنطن حول الانضمام إلى اتفاقيات أبراهام.",
        {("AZ", "negotiating")},
    ),
    ("ar", "تحدثت تقارير عن قرب انضمام أذربيجان إلى اتفاقيات أبراهام.", {("AZ", "prospective")}),
    (
        "ar",
        "وضعت الحرب على غزة مسار التطبيع السعودي مع إسرائيل في الثلاجة، بعد أن كانت الرياض تقترب من اتفاقيات أبراهام.",
        {("SA", "suspended")},
    ),
    ("ar", "تراهن واشنطن على انضمام إندونيسيا إلى اتفاقيات أبراهام.", {("ID", "prospective")}),
    (
        "ar",
        "لا تزال السعودية خارج اتفاقيات أبراهام، إذ تشترط قيام دولة فلسطينية.",
        {("SA", "declined")},
    ),
    (
        "ar",
        "أوقفت السعودية محادثات الانضمام إلى اتفاقيات أبراهام إثر اندلاع الحرب.",
        {("SA", "suspended")},
    ),
    ("ar", "تخلت السعودية مؤقتا عن مسار التطبيع وفق اتفاقيات أبراهام.", {("SA", "suspended")}),
    ("fa", "انتظار می‌رود آذربایجان به زودی به توافق ابراهیم بپیوندد.", {("AZ", "prospective")}),
    ("fa", "عربستان پیوستن به توافق ابراهیم را به تعویق انداخت.", {("SA", "suspended")}),
    (
        "fa",
        "گفت‌وگوهای عادی‌سازی عربستان و اسرائیل پس از هفتم اکتبر متوقف شد.",
        {("SA", "suspended")},
    ),
    ("fa", "اندونزی تأکید کرد به توافق ابراهیم نخواهد پیوست.", {("ID", "declined")}),
    ("fa", "باکو با واشنگتن درباره پیوستن به توافق ابراهیم رایزنی می‌کند.", {("AZ", "negotiating")}),
    ("fa", "قزاقستان به تازگی به جمع اعضای توافق ابراهیم پیوست.", {("KZ", "announced")}),
    (
        "fa",
        "عمان یکی از گزینه‌های احتمالی برای پیوستن به توافق ابراهیم است.",
        {("OM", "prospective")},
    ),
    ("fa", "واشنگتن بر عربستان فشار می‌آورد تا به توافق ابراهیم بپیوندد.", {("SA", "prospective")}),
    (
        "fa",
        "عربستان سعودی عادی‌سازی با اسرائیل را تا اطلاع ثانوی کنار گذاشت.",
        {("SA", "suspended")},
    ),
    (
        "en",
        "Kazakhstan formally became a party to the Abraham Accords on Monday.",
        {("KZ", "signed")},
    ),
    # --- undecided, hesitating, a party or member now, a stance against normalisation, consultations
    (
        "ar",
        "تخوض أذربيجان مفاوضات مع واشنطن بشأن الانضمام إلى اتفاقيات أبراهام.",
        {("AZ", "negotiating")},
    ),
    (
        "ar",
        "دخلت موريتانيا في مشاورات مع الإدارة الأمريكية لانضمامها إلى اتفاقيات أبراهام.",
        {("MR", "negotiating")},
    ),
    ("ar", "أعلنت كازاخستان موافقتها على الانضمام إلى اتفاقيات أبراهام.", {("KZ", "announced")}),
    ("ar", "انخرطت كازاخستان في اتفاقيات أبراهام هذا الشهر.", {("KZ", "announced")}),
    ("ar", "دخلت كازاخستان نادي اتفاقيات أبراهام هذا الشهر.", {("KZ", "announced")}),
    ("ar", "أصبحت كازاخستان طرفا في اتفاقيات أبراهام هذا الشهر.", {("KZ", "announced")}),
    ("ar", "باتت كازاخستان عضوا في اتفاقيات أبراهام هذا الشهر.", {("KZ", "announced")}),
    ("ar", "لم تحسم السعودية موقفها من الانضمام إلى اتفاقيات أبراهام.", {("SA", "prospective")}),
    ("ar", "تتريث الرياض في الانضمام إلى اتفاقيات أبراهام.", {("SA", "prospective")}),
    (
        "ar",
        "أكدت الكويت أنها ستكون آخر دولة تطبع مع إسرائيل، رافضة اتفاقيات أبراهام.",
        {("KW", "declined")},
    ),
    ("ar", "جددت الكويت موقفها الثابت الرافض للتطبيع مع إسرائيل.", {("KW", "declined")}),
    ("ar", "تمسكت قطر بموقفها الرافض للانضمام إلى اتفاقيات أبراهام.", {("QA", "declined")}),
    ("ar", "قالت أرض الصومال إنها تعتزم الانضمام إلى اتفاقيات أبراهام.", {("XS", "prospective")}),
    (
        "ar",
        "أعادت الخرطوم النظر في التطبيع مع إسرائيل بعد اندلاع الحرب، وجمدت اتصالاتها مع تل أبيب.",
        {("SD", "suspended")},
    ),
    ("fa", "قزاقستان رسماً به جمع کشورهای عضو توافق ابراهیم پیوست.", {("KZ", "announced")}),
    (
        "fa",
        "آذربایجان با آمریکا درباره پیوستن به پیمان ابراهیم گفت‌وگو می‌کند.",
        {("AZ", "negotiating")},
    ),
    (
        "fa",
        "کویت بر موضع خود مبنی بر مخالفت با عادی‌سازی روابط با اسرائیل تأکید کرد.",
        {("KW", "declined")},
    ),
    (
        "fa",
        "عربستان هنوز درباره پیوستن به توافق ابراهیم تصمیم نگرفته است.",
        {("SA", "prospective")},
    ),
    ("en", "Kazakhstan became a party to the Abraham Accords this month.", {("KZ", "announced")}),
    (
        "en",
        "Saudi Arabia has yet to make up its mind about joining the Abraham Accords.",
        {("SA", "prospective")},
    ),
    (
        "en",
        "Kuwait reaffirmed its firm stance against normalisation with Israel.",
        {("KW", "declined")},
    ),
    (
        "fr",
        "Le Kazakhstan est devenu partie aux accords d'Abraham ce mois-ci.",
        {("KZ", "announced")},
    ),
    (
        "fr",
        "Le Koweït a réaffirmé son refus de toute normalisation avec Israël.",
        {("KW", "declined")},
    ),
    (
        "de",
        "Kasachstan ist in diesem Monat Teil der Abraham-Abkommen geworden.",
        {("KZ", "announced")},
    ),
    (
        "de",
        "Saudi-Arabien hat noch nicht über einen Beitritt zu den Abraham-Abkommen entschieden.",
        {("SA", "prospective")},
    ),
    (
        "es",
        "Kazajistán pasó a formar parte de los Acuerdos de Abraham este mes.",
        {("KZ", "announced")},
    ),
    ("ru", "Казахстан стал участником Авраамовых соглашений в этом месяце.", {("KZ", "announced")}),
    ("tr", "Kazakistan bu ay İbrahim Anlaşmaları'nın tarafı oldu.", {("KZ", "announced")}),
    (
        "tr",
        "Suudi Arabistan İbrahim Anlaşmaları'na katılım konusunda henüz karar vermedi.",
        {("SA", "prospective")},
    ),
    ("he", "קזחסטן הפכה החודש לחלק מהסכמי אברהם.", {("KZ", "announced")}),
    ("he", "ערב הסעודית טרם החליטה אם להצטרף להסכמי אברהם.", {("SA", "prospective")}),
    (
        "id",
        "Kazakhstan resmi menjadi bagian dari Abraham Accords bulan ini.",
        {("KZ", "announced")},
    ),
    (
        "ms",
        "Kazakhstan menjadi sebahagian daripada Perjanjian Abraham bulan ini.",
        {("KZ", "announced")},
    ),
    ("kk", "Қазақстан осы айда Авраам келісімдерінің мүшесі болды.", {("KZ", "announced")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_round6_class(language, text, expected):
    result = extract(text, language=language, published=PUBLISHED)
    assert {(c.country, c.status) for c in result.claims} == expected


DAY_MONTH_CASES = [
    ("ar", "أبدت أرض الصومال في 28 ديسمبر رغبتها في الانضمام إلى اتفاقيات أبراهام."),
    ("en", "On 28 December Somaliland said it wants to join the Abraham Accords."),
    ("fr", "Le 28 décembre, le Somaliland a dit vouloir rejoindre les accords d'Abraham."),
    ("ru", "28 декабря Сомалиленд заявил, что хочет присоединиться к Авраамовым соглашениям."),
]


@pytest.mark.parametrize(("language", "text"), DAY_MONTH_CASES)
def test_day_and_month_after_the_publication_month_are_last_year(language, text):
    # a January article's "28 December" is the December before, as a month alone is
    result = extract(text, language=language, published=datetime.date(2026, 1, 15))
    assert [(c.country, c.status, c.date) for c in result.claims] == [
        ("XS", "prospective", "2025-12-28")
    ]
