"""Round seventeen, English news as Reuters, AP, The Guardian, The Jerusalem Post, Eurasianet and
Middle East Eye write it (with French, Spanish, German, Russian, Indonesian, Malay, Arabic, Hebrew
and Persian where the same phrasing exists). Classes found by six unseen English articles:
- "sees no need to join", "does not see the need to join", "feels no need to normalise": a
  refusal (as "no reason to" already was), in every language that says it so ("ne voit pas la
  nécessité de rejoindre", "no ve la necesidad de sumarse", "sieht keine Notwendigkeit
  beizutreten", "tidak melihat perlunya bergabung", "لا ترى حاجة للانضمام", "אינה רואה צורך
  להצטרף", "نیازی به پیوستن ... نمی‌بیند", "қосылудың қажеті жоқ"); no need "to rush" is none;
- a country "still weighing an invitation that the White House extended", "studying an offer
  from Washington": a candidacy ("étudie l'invitation que", "estudiando la invitación que",
  "prüft eine Einladung aus Washington", "изучает приглашение Вашингтона", "mempertimbangkan
  undangan dari Gedung Putih", "تدرس دعوة البيت الأبيض", "שוקלת את ההזמנה של הבית הלבן", "دعوت
  کاخ سفید را بررسی می‌کند", "Beyaz Saray'ın davetini değerlendiriyor"); an invitation to a
  summit is none;
- "pressing for X to follow suit" (or "to follow Kazakhstan into the accords"): a candidacy; "to
  follow through" is none ("presiona para que X siga sus pasos", "drängt X, dem Beispiel zu
  folgen", "убеждает X последовать примеру", "mendesak X untuk mengikuti jejak");
- a list opened between commas after a candidacy ("Other countries touted as potential
  signatories, notably Saudi Arabia and Indonesia, have said they will not normalise ..."): the
  list takes the candidacy and is still the subject of the main verb after the closing comma
  (in every language: "notamment", "entre ellos", "darunter");
- a denied rumour holds for the next sentences only: a standfirst's "rejects speculation" no
  longer hides a candidacy that commentators argue many sentences later;
- the date of a reporting clause ("told Trump at the White House in November that the kingdom
  wanted to join but needed a path ...") is also the date of the same country's later step in
  the words it reports, with no punctuation between (not another country's, not after a comma
  or a quote);
- a date in a phrase between commas that holds a passive's agent and no step ("neutrality,
  recognized by the UN General Assembly in 1995, ruled out joining", "reconnue par l'ONU en
  1995,") is that phrase's event, not the step's date;
- a first signatory listed after a continuation ("and later by Morocco", "followed by Morocco",
  "suivis par", "gefolgt von", "seguidos por") does not take the date told before it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

T = "Abraham Accords\n"  # a headline naming the accords, as every article has

STANDFIRST_DENIAL = (
    "Pakistan rules out Abraham Accords\n"
    "Foreign Office rejects speculation that Islamabad's seat on the Board of Peace is a step "
    "towards recognising Israel.\n"
    "The statement came after a week of reports in the local press. "
    "Opposition parties accused the government of drifting. "
    "Religious parties threatened protests in Lahore. "
    "The army did not comment. "
    "Parliament will debate the Board of Peace next week. "
    "The rupee fell slightly on Thursday. "
)

CASES = {
    "en": [
        # no need to join: a refusal
        (
            T + "Uzbekistan, the region's most populous country, has said it sees no need to join.",
            {("UZ", D)},
        ),
        (
            T + "Tashkent does not see the need to join the accords, the minister said.",
            {("UZ", D)},
        ),
        (
            T + "Oman feels no need to normalise with Israel, its foreign minister said.",
            {("OM", D)},
        ),
        # controls: no need to rush; no need for a ceremony
        (
            T + "Uzbekistan sees no need to rush, but it wants to join the accords eventually.",
            {("UZ", P)},
        ),
        (T + "Analysts see no need for Kazakhstan to hold a ceremony.", set()),
        # weighing an invitation
        (
            T
            + "Across the Caspian, Azerbaijan is still weighing an invitation that the White House extended.",
            {("AZ", P)},
        ),
        (T + "Azerbaijan is studying an offer from Washington, officials said.", {("AZ", P)}),
        # control: an invitation to something else
        (T + "Azerbaijan is weighing an invitation to attend the Board of Peace summit.", set()),
        # pressing for X to follow suit
        (T + "Washington is pressing hard for Riyadh to follow suit.", {("SA", P)}),
        (
            T + "Washington is pushing for Riyadh to follow Kazakhstan into the accords.",
            {("SA", P)},
        ),
        # controls: to follow something else
        (
            T + "Washington is pressing for Riyadh to follow through on its investment pledges.",
            set(),
        ),
        (T + "Washington is pushing for Riyadh to follow the rules of the oil market.", set()),
        # a list opened between commas, then the main verb
        (
            T
            + "Other countries touted as potential signatories, notably Saudi Arabia and Indonesia, "
            "have said they will not normalise relations without a Palestinian state.",
            {("SA", P), ("SA", D), ("ID", P), ("ID", D)},
        ),
        (
            T
            + "Potential signatories, including Saudi Arabia and Indonesia, have refused to normalise relations.",
            {("SA", P), ("SA", D), ("ID", P), ("ID", D)},
        ),
        # controls: the list closes on a speaker, or ends the sentence
        (
            T + "Other countries could follow, notably Saudi Arabia and Indonesia, officials said.",
            {("SA", P), ("ID", P)},
        ),
        (
            T + "Other countries could follow, notably Saudi Arabia and Indonesia.",
            {("SA", P), ("ID", P)},
        ),
        # a denial holds for the next sentences only
        (
            STANDFIRST_DENIAL
            + "Some commentators have argued that Pakistan could follow the kingdom into the accords.",
            {("PK", D), ("PK", P)},
        ),
        # control: the rumour repeated right after its denial (the headline's refusal stands)
        (
            "Pakistan rules out Abraham Accords\n"
            "Foreign Office rejects speculation that Islamabad will join the accords. "
            "Some commentators have argued that Pakistan could follow the kingdom into the accords.",
            {("PK", D)},
        ),
        # a list after a continuation takes no earlier date
        (
            T + "The accords, signed in 2020 by the United Arab Emirates and Bahrain and later by "
            "Morocco and Sudan, were conceived as an Arab-Israeli project.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            T + "The UAE and Bahrain signed in September 2020, followed by Morocco and Sudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        # control: the later list with a date of its own
        (
            T
            + "The UAE and Bahrain signed the accords in September 2020, followed by Morocco in December.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        # strict xfails (en-25 read right since: a reporting clause's date for the same
        # country's later step; its controls are en-26 and en-27)
        (
            T
            + "Kazakhstan joined the accords, and Jerusalem is now pushing for Saudi Arabia and Indonesia to follow.",
            {("KZ", A), ("SA", P), ("ID", P)},
        ),
        (
            T
            + "Morocco and Sudan followed, although Sudan's deal has been frozen in practice since the war began.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            T
            + "Armenia and Azerbaijan initialed a peace agreement that Trump has since cited as part of "
            "the same push for regional deals.",
            set(),
        ),
        (
            T
            + "Crown Prince Mohammed bin Salman told Trump in November 2025 that the kingdom wanted to be "
            "part of the accords but needed a credible path to a Palestinian state first.",
            {("SA", P, "2025-11"), ("SA", D, "2025-11")},
        ),
        (
            "Abraham Accords\nTrump said in November 2025 that Kazakhstan would join but Saudi Arabia has refused to normalise relations.",
            {("KZ", A, "2025-11"), ("SA", D, None)},
        ),
        (
            "Abraham Accords\nThe crown prince told reporters in November 2025 that Saudi Arabia wanted to join, although it needed a Palestinian state first.",
            {("SA", P, "2025-11"), ("SA", D, None)},
        ),
        (
            "Abraham Accords\nAn official in Ashgabat said the country's status of permanent "
            "neutrality, recognized by the UN General Assembly in 1995, ruled out joining the accords.",
            {("TM", D, None)},
        ),
        (
            "Abraham Accords\nTurkmenistan, whose neutrality was recognized by the UN in 1995, ruled out joining the accords in October 2025.",
            {("TM", D, "2025-10")},
        ),
        (
            "Abraham Accords\nThe accords, signed by the UAE and Bahrain in 2020, were a turning point.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham\nL'Ouzbékistan ne voit pas la nécessité de rejoindre les accords d'Abraham.",
            {("UZ", D)},
        ),
        (
            "Accords d'Abraham\nTachkent ne voit aucune utilité à adhérer aux accords, a dit le ministre.",
            {("UZ", D)},
        ),
        (
            "Accords d'Abraham\nL'Ouzbékistan ne voit pas la nécessité de se presser, mais veut rejoindre les accords.",
            {("UZ", P)},
        ),
        (
            "Accords d'Abraham\nDe l'autre côté de la Caspienne, l'Azerbaïdjan étudie toujours l'invitation que la Maison Blanche lui a adressée.",
            {("AZ", P)},
        ),
        (
            "Accords d'Abraham\nL'Azerbaïdjan étudie une invitation à assister au sommet du Conseil de la paix.",
            set(),
        ),
        (
            "Accords d'Abraham\nD'autres candidats potentiels, notamment l'Arabie saoudite et l'Indonésie, ont refusé de normaliser leurs relations.",
            {("SA", P), ("SA", D), ("ID", P), ("ID", D)},
        ),
        (
            "Accords d'Abraham\nLes Émirats arabes unis et Bahreïn ont signé en septembre 2020, suivis par le Maroc et le Soudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Accords d'Abraham\nLe prince héritier a dit en novembre 2025 que l'Arabie saoudite voulait rejoindre les accords mais seulement avec un État palestinien.",
            {("SA", P, "2025-11"), ("SA", D, "2025-11")},
        ),
        (
            "Accords d'Abraham\nSa neutralité permanente, reconnue par l'Assemblée générale de l'ONU en 1995, exclut toute adhésion du Turkménistan aux accords.",
            {("TM", D, None)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham\nUzbekistán no ve la necesidad de sumarse a los Acuerdos de Abraham.",
            {("UZ", D)},
        ),
        (
            "Acuerdos de Abraham\nOmán no siente ninguna necesidad de normalizar sus relaciones con Israel.",
            {("OM", D)},
        ),
        (
            "Acuerdos de Abraham\nUzbekistán no ve la necesidad de apresurarse, pero quiere unirse a los acuerdos.",
            {("UZ", P)},
        ),
        (
            "Acuerdos de Abraham\nAzerbaiyán sigue estudiando la invitación que le cursó la Casa Blanca.",
            {("AZ", P)},
        ),
        (
            "Acuerdos de Abraham\nAzerbaiyán estudia la invitación para asistir a la cumbre de la Junta de Paz.",
            set(),
        ),
        (
            "Acuerdos de Abraham\nOtros posibles candidatos, entre ellos Arabia Saudí e Indonesia, se han negado a normalizar sus relaciones.",
            {("SA", P), ("SA", D), ("ID", P), ("ID", D)},
        ),
        (
            "Acuerdos de Abraham\nEmiratos Árabes Unidos y Baréin firmaron en septiembre de 2020, seguidos por Marruecos y Sudán.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Acuerdos de Abraham\nEmiratos Árabes Unidos y Baréin firmaron en septiembre de 2020, seguidos por Marruecos en diciembre.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "Acuerdos de Abraham\nWashington presiona para que Arabia Saudí siga sus pasos.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham\nWashington presiona para que Arabia Saudí siga comprando armas estadounidenses.",
            set(),
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen\nUsbekistan sieht keine Notwendigkeit, dem Abraham-Abkommen beizutreten.",
            {("UZ", D)},
        ),
        (
            "Abraham-Abkommen\nAserbaidschan prüft noch immer eine Einladung aus Washington.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen\nAserbaidschan prüft eine Einladung zum Gipfel des Friedensrats.",
            set(),
        ),
        (
            "Abraham-Abkommen\nAndere mögliche Kandidaten, darunter Saudi-Arabien und Indonesien, lehnen eine Normalisierung ab.",
            {("SA", P), ("SA", D), ("ID", P), ("ID", D)},
        ),
        (
            "Abraham-Abkommen\nDie Emirate und Bahrain unterzeichneten im September 2020, gefolgt von Marokko und Sudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Abraham-Abkommen\nWashington drängt Saudi-Arabien, dem Beispiel zu folgen.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen\nWashington drängt Saudi-Arabien, nachzuziehen.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen\nWashington drängt Saudi-Arabien, den Regeln des Ölmarkts zu folgen.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама\nАзербайджан пока изучает приглашение Вашингтона, направленное в январе.",
            {("AZ", P)},
        ),
        (
            "Соглашения Авраама\nАзербайджан изучает приглашение на саммит Совета мира.",
            set(),
        ),
        (
            "Соглашения Авраама\nВашингтон убеждает Эр-Рияд последовать примеру Казахстана.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама\nВашингтон убеждает Эр-Рияд последовать рекомендациям МВФ.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords\nUzbekistan tidak melihat perlunya bergabung dengan Abraham Accords.",
            {("UZ", D)},
        ),
        (
            "Abraham Accords\nOman tidak merasa perlu menormalisasi hubungan dengan Israel.",
            {("OM", D)},
        ),
        (
            "Abraham Accords\nAzerbaijan masih mempertimbangkan undangan dari Gedung Putih.",
            {("AZ", P)},
        ),
        (
            "Abraham Accords\nAzerbaijan mempertimbangkan undangan untuk menghadiri KTT Dewan Perdamaian.",
            set(),
        ),
        (
            "Abraham Accords\nWashington mendesak Arab Saudi untuk mengikuti jejak Kazakhstan.",
            {("SA", P)},
        ),
        (
            "Abraham Accords\nWashington mendesak Arab Saudi untuk mengikuti aturan pasar minyak.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham\nUzbekistan tidak melihat keperluan untuk menyertai Perjanjian Abraham.",
            {("UZ", D)},
        ),
        (
            "Perjanjian Abraham\nAzerbaijan masih menimbang pelawaan dari Rumah Putih.",
            {("AZ", P)},
        ),
        (
            "Perjanjian Abraham\nAzerbaijan menimbang jemputan ke sidang kemuncak Lembaga Keamanan.",
            set(),
        ),
        (
            "Perjanjian Abraham\nWashington mendesak Arab Saudi supaya mengikut jejak Kazakhstan.",
            {("SA", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام\nقالت أوزبكستان إنها لا ترى حاجة للانضمام إلى اتفاقيات أبراهام.",
            {("UZ", D)},
        ),
        (
            "اتفاقيات أبراهام\nقالت أوزبكستان إنها لا ترى حاجة للعجلة لكنها تريد الانضمام إلى اتفاقيات أبراهام.",
            {("UZ", P)},
        ),
        (
            "اتفاقيات أبراهام\nلا تزال أذربيجان تدرس دعوة البيت الأبيض.",
            {("AZ", P)},
        ),
        (
            "اتفاقيات أبراهام\nتدرس أذربيجان دعوة لحضور قمة مجلس السلام.",
            set(),
        ),
    ],
    "he": [
        ("הסכמי אברהם\nאוזבקיסטן אינה רואה צורך להצטרף להסכמי אברהם.", {("UZ", D)}),
        ("הסכמי אברהם\nאוזבקיסטן אינה רואה צורך למהר, אך רוצה להצטרף להסכמי אברהם.", {("UZ", P)}),
        (
            "הסכמי אברהם\nאזרבייג'ן עדיין שוקלת את ההזמנה של הבית הלבן.",
            {("AZ", P)},
        ),
        (
            "הסכמי אברהם\nאזרבייג'ן שוקלת הזמנה לפסגת מועצת השלום.",
            set(),
        ),
    ],
    "fa": [
        ("پیمان ابراهیم\nازبکستان نیازی به پیوستن به پیمان ابراهیم نمی‌بیند.", {("UZ", D)}),
        (
            "پیمان ابراهیم\nازبکستان نیازی به عجله نمی‌بیند اما می‌خواهد به پیمان ابراهیم بپیوندد.",
            {("UZ", P)},
        ),
        (
            "پیمان ابراهیم\nجمهوری آذربایجان هنوز دعوت کاخ سفید را بررسی می\u200cکند.",
            {("AZ", P)},
        ),
        (
            "پیمان ابراهیم\nجمهوری آذربایجان دعوت به نشست شورای صلح را بررسی می\u200cکند.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları\nAzerbaycan, Beyaz Saray'ın davetini hâlâ değerlendiriyor.",
            {("AZ", P)},
        ),
        (
            "İbrahim Anlaşmaları\nAzerbaycan, Barış Kurulu zirvesine katılma davetini değerlendiriyor.",
            set(),
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері\nӨзбекстан Авраам келісімдеріне қосылудың қажеті жоқ деп санайды.",
            {("UZ", D)},
        ),
        (
            "Авраам келісімдері\nӨзбекстан Авраам келісімдеріне қосылуға қажеттілік көрмейді.",
            {("UZ", D)},
        ),
        (
            "Авраам келісімдері\nӨзбекстан асығудың қажеті жоқ деп санайды, бірақ Авраам келісімдеріне қосылғысы келеді.",
            {("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "en-22": "'pushing for X and Y to follow' with nothing after 'follow': read only with a "
    "tail ('follow suit', 'follow Kazakhstan'), since a bare 'to follow' also opens 'to follow "
    "through', 'to follow the rules'",
    "en-23": "'Sudan's deal has been frozen': a bare 'deal' after a country's possessive is no "
    "halted process (only 'normalisation deal', 'accession', 'participation' are), as 'Egypt's "
    "gas deal' would be another deal",
    "en-24": "'the same push for regional deals' (a noun, inside a relative clause opened by "
    "'that' after another noun) is read as the candidacy of the countries before it",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_english_news(language, text, expected):
    check_case(language, text, expected)
