"""Golden articles, exact per article: every claim found matches the
article's labels, except the known misses listed here, each with its reason.
A change that fixes a miss or makes a new one fails the test; update the list
(and say why) when that is the point of the change."""

from pathlib import Path

import pytest

from accords.extraction import SUPPORTED_LANGUAGES
from accords.extraction.scoring import load_cases, score, score_case

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
# The goal (0.95; the benchmark prints the figure): every article is also exact above, so this
# floor catches a change that trades misses between articles.
OVERALL_F1 = 0.95

# (article, the scorer's error line, why the rules miss it)
KNOWN_MISSES = [
    (
        "ar/heldout15-awsat-baku.txt",
        "heldout15-awsat-baku.txt: date ('AZ', 'declined') found [('2026-03-05', 'day')] expected [(None, None)]",
        "the refusal is dated by the day it was said ('الخميس' against the dateline); the label leaves a refusal's saying undated",
    ),
    (
        "ar/heldout15-awsat-baku.txt",
        "heldout15-awsat-baku.txt: unexpected ('KZ', 'signed') [(None, None)]",
        "'لتصبح الدولة الخامسة ... بعد الإمارات ...، الدول الأربع التي وقعت في 2020 و2021': the relative 'التي وقعت' after an apposition to the list is read as the subject Kazakhstan's signing",
    ),
    (
        "ar/heldout15-awsat-baku.txt",
        "heldout15-awsat-baku.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'أن تحذو أوزبكستان حذو جارتها كازاخستان' with no joining word: as a split cue the hope also gave the model country after 'حذو' the step and a held-out article lost precision",
    ),
    (
        "ar/heldout15-independent-dimashq.txt",
        "heldout15-independent-dimashq.txt: unexpected ('SY', 'negotiating') [(None, None)]",
        "talks whose object, a security deal, is named after a comma and 'and' ('، وتناولت اتفاقاً أمنياً') are out of the off-topic word's clause: read as talks on the accords named in the next sentence",
    ),
    (
        "ar/heldout15-independent-dimashq.txt",
        "heldout15-independent-dimashq.txt: date ('SY', 'declined') found [('2026-04', 'month')] expected [(None, None)]",
        "the refusal is dated by the interview 'last month' it was said in; the label leaves a refusal's saying undated",
    ),
    (
        "ar/heldout15-jazeera-riyadh-dawla.txt",
        "heldout15-jazeera-riyadh-dawla.txt: date ('SA', 'declined') found [('2026-02-10', 'day')] expected [(None, None)]",
        "'جددت ... اليوم الثلاثاء تأكيدها أنها لن تقيم علاقات': the renewal's day is taken for the refusal; the label leaves a renewed refusal undated",
    ),
    (
        "ar/heldout15-jazeera-riyadh-dawla.txt",
        "heldout15-jazeera-riyadh-dawla.txt: missing ('SA', 'suspended') [(None, None)]",
        "'محادثات ... بشأن التطبيع واتفاق دفاعي مع واشنطن، قبل أن تتوقف تلك المحادثات': the defence pact named nearer makes the halted talks another agreement's",
    ),
    (
        "ar/heldout15-skynews-nouakchott.txt",
        "heldout15-skynews-nouakchott.txt: missing ('BH', 'suspended') [('2023-11', 'month')]",
        "'وفي البحرين، أعلن مجلس النواب ... وقف العلاقات الاقتصادية': Bahrain stands as the place after 'وفي', the parliament has no country of its own, so the halt has no subject",
    ),
    (
        "ar/heldout17-hespress-dejanber.txt",
        "heldout17-hespress-dejanber.txt: date ('MA', 'announced') found [('2020-12-22', 'day')] expected [('2020-12-10', 'day')]",
        "'بالتزامن مع إعلان الرباط استئناف اتصالاتها الرسمية مع تل أبيب، قبل أن يوقع الطرفان يوم 22 من الشهر نفسه': the announcement, now read, stands far after the date opening the sentence and takes the signing's day after 'قبل أن', the nearer one",
    ),
    (
        "ar/heldout17-hespress-dejanber.txt",
        "heldout17-hespress-dejanber.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "the signing of 'الطرفان' (the two sides) after 'قبل أن' names no country, and its day goes to the announcement before it; Morocco's membership is read undated from the fourth Arab country 'تلتحق بالاتفاقات' (before, the day opening the sentence was given to the signing)",
    ),
    (
        "ar/heldout17-mayadeen-islamabad.txt",
        "heldout17-mayadeen-islamabad.txt: unexpected ('LB', 'declined') [(None, None)]",
        "'أما في لبنان، فقد جدد الأمين العام لحزب الله ... أن التطبيع مع العدو خيانة': a party leader's refusal is given to the country framed by 'أما في'; the parser knows no non-state speaker",
    ),
    (
        "ar/heldout19-awsat-riyadh-thaman.txt",
        "heldout19-awsat-riyadh-thaman.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's day ('يوم الثلاثاء الماضي') is in the sentence before the crown prince's wish ('فقد أكد الأمير محمد أن المملكة تريد ...'); a date is not carried across sentences",
    ),
    (
        "ar/heldout19-awsat-riyadh-thaman.txt",
        "heldout19-awsat-riyadh-thaman.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the condition ('لكنها تحتاج أولاً إلى «مسار واضح»') is in the sentence after the visit's day; the refusal is read from an analyst's quote, undated",
    ),
    (
        "ar/heldout19-awsat-riyadh-thaman.txt",
        "heldout19-awsat-riyadh-thaman.txt: date ('SD', 'announced') found [(None, None)] expected [('2020-10', 'month')]",
        "'وأعلن السودان موافقته على التطبيع في تشرين الأول 2020 ووقع الإعلان في كانون الثاني 2021، قبل أن تجمد الحرب الأهلية مسار علاقاته': in one long sentence after the other members' steps, the announcement is read undated, the signing of the dropped subject after 'ووقع' is not read, and the halt inside the 'قبل أن' (before) clause is lost once the announcement is read",
    ),
    (
        "ar/heldout19-awsat-riyadh-thaman.txt",
        "heldout19-awsat-riyadh-thaman.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'وأعلن السودان موافقته على التطبيع في تشرين الأول 2020 ووقع الإعلان في كانون الثاني 2021، قبل أن تجمد الحرب الأهلية مسار علاقاته': in one long sentence after the other members' steps, the announcement is read undated, the signing of the dropped subject after 'ووقع' is not read, and the halt inside the 'قبل أن' (before) clause is lost once the announcement is read",
    ),
    (
        "ar/heldout19-awsat-riyadh-thaman.txt",
        "heldout19-awsat-riyadh-thaman.txt: missing ('SD', 'suspended') [(None, None)]",
        "'وأعلن السودان موافقته على التطبيع في تشرين الأول 2020 ووقع الإعلان في كانون الثاني 2021، قبل أن تجمد الحرب الأهلية مسار علاقاته': in one long sentence after the other members' steps, the announcement is read undated, the signing of the dropped subject after 'ووقع' is not read, and the halt inside the 'قبل أن' (before) clause is lost once the announcement is read",
    ),
    (
        "ar/heldout19-hespress-dairat-2026.txt",
        "heldout19-hespress-dairat-2026.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "the date is in the relative clause after the condition ('وهو ما أكده ولي العهد ... في نونبر المنصرم'), which does not pass it back to the condition",
    ),
    (
        "ar/heldout19-hespress-dairat-2026.txt",
        "heldout19-hespress-dairat-2026.txt: date ('MA', 'announced') found [('2025-12-10', 'day')] expected [('2020-12-10', 'day')]",
        "'في العاشر من دجنبر من السنة ذاتها': 'السنة ذاتها' (the same year) is no same-year word, so the day is resolved against the publication; listed as one, it made the clause continue the signing of the sentence before and the announcement was lost",
    ),
    (
        "ar/heldout2-kazakhstan-saudia.txt",
        "heldout2-kazakhstan-saudia.txt: unexpected ('OM', 'declined') [(None, None)]",
        "diplomats ruling out a country's joining (a third party's view) read as its refusal",
    ),
    (
        "ar/heldout20-alquds-astana-raay.txt",
        "heldout20-alquds-astana-raay.txt: unexpected ('SD', 'announced') [(None, None)]",
        "'ثم السودان الذي وقّع على «الإعلان» في كانون الثاني/يناير 2021' follows Morocco's announcement in a chain of 'ثم' clauses: the announcing verb of the clause before reaches Sudan and the signing in its own relative clause is not read",
    ),
    (
        "ar/heldout20-alquds-astana-raay.txt",
        "heldout20-alquds-astana-raay.txt: unexpected ('MA', 'signed') [('2020-12', 'month')]",
        "Morocco is told only as announced by Trump ('الذي أعلن ترامب تطبيعه في العاشر من كانون الأول'); as a first signatory in a list of founders the parser reads it a background member, dated with the month before the continuation that follows",
    ),
    (
        "ar/heldout20-alquds-astana-raay.txt",
        "heldout20-alquds-astana-raay.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "the announcement is Trump's verb inside Morocco's relative clause with a masdar object holding the pronoun ('أعلن ترامب تطبيعه'): the founder is the verb's subject and the country only the pronoun's referent",
    ),
    (
        "ar/heldout20-alquds-astana-raay.txt",
        "heldout20-alquds-astana-raay.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "Sudan's signing sits in a relative clause ('السودان الذي وقّع على «الإعلان»') after a 'ثم' that continues Morocco's announcement: the chain's first step wins",
    ),
    (
        "ar/heldout20-alquds-astana-raay.txt",
        "heldout20-alquds-astana-raay.txt: missing ('BH', 'suspended') [(None, None)]",
        "the halt is told with the country as a place ('أما في البحرين، فقد أعلن البرلمان ... عودة السفير من تل أبيب ووقف العلاقات الاقتصادية'): 'Tel Aviv' after 'من' is the nearest country to the cue and takes it; a locative country is not read as the halt's owner",
    ),
    (
        "ar/heldout22-awsat-nouakchott-moroni.txt",
        "heldout22-awsat-nouakchott-moroni.txt: missing ('SA', 'prospective') [(None, None)]",
        "'الرهان الأميركي الحقيقي يبقى على السعودية' (Washington's real bet remains on Saudi Arabia): a bet told as a noun with its adjectives, with no joining word, is not a candidacy cue",
    ),
    (
        "ar/heldout22-jazeera-khartoum-muallaq.txt",
        "heldout22-jazeera-khartoum-muallaq.txt: missing ('LY', 'prospective') [(None, None)]",
        "'لا يستبعد مراقبون أن تعود واشنطن إلى طرح ملف ليبيا' (Washington may raise Libya's file again): a file raised again names no joining or normalisation",
    ),
    (
        "ar/heldout22-skynews-baku-marahil.txt",
        "heldout22-skynews-baku-marahil.txt: date ('MA', 'signed') found [('2020-12', 'month')] expected [('2020-12-10', 'day')]",
        "'في العاشر من ديسمبر من العام نفسه': a day in words before a month of 'the same year' is read as the month only (the same-year month pattern wins over the day in words)",
    ),
    (
        "ar/heldout22-skynews-baku-marahil.txt",
        "heldout22-skynews-baku-marahil.txt: missing ('SA', 'prospective') [(None, None)]",
        "'تسعى إدارة ترامب إلى توسيعها لتشمل السعودية': widening told with a pronoun for the accords ('توسيعها') and no country before it is not read as a candidacy",
    ),
    (
        "ar/heldout24-alarabiya-maqal.txt",
        "heldout24-alarabiya-maqal.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'ودول أخرى ... قد تحذو حذوها': the nameless group's following is given to Kazakhstan, the country named before it in the same list",
    ),
    (
        "ar/heldout24-alhurra-sinariohat.txt",
        "heldout24-alhurra-sinariohat.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the month is in 'منذ إعلانها في نوفمبر', a since-phrase after the awaited signing, read as background and not as the announcement's date",
    ),
    (
        "ar/heldout24-alhurra-sinariohat.txt",
        "heldout24-alhurra-sinariohat.txt: missing ('XS', 'prospective') [(None, None)]",
        "'أعلنت هرجيسا رغبتها في الانضمام منذ اعتراف إسرائيل بها': the wish is reached, but the recognition by Israel in the same clause (another agreement) takes the sentence off the accords",
    ),
    (
        "ar/heldout24-independentarabia-bayan.txt",
        "heldout24-independentarabia-bayan.txt: unexpected ('AZ', 'prospective') [(None, None)]",
        "the headline's call to others to 'اللحاق بمسار السلام' is given to Azerbaijan, whose accession the statement welcomes",
    ),
    (
        "ar/heldout24-independentarabia-bayan.txt",
        "heldout24-independentarabia-bayan.txt: date ('MR', 'declined') found [('2026-04-19', 'day')] expected [(None, None)]",
        "'في بيان مقتضب صدر الأحد': the reply's day is the Sunday before publication, but the label gives the unchanged stance no date",
    ),
    (
        "ar/heldout24-independentarabia-bayan.txt",
        "heldout24-independentarabia-bayan.txt: missing ('AZ', 'signed') [('2026-03-04', 'day')]",
        "a list of 'milestones' after 'استعرض البيان ... على النحو الآتي:' holds no step word; only the first pair's background membership is read",
    ),
    (
        "ar/heldout25-ittihad-sitt-sanawat.txt",
        "heldout25-ittihad-sitt-sanawat.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "'انضمت المملكة المغربية في 22 ديسمبر 2020 بتوقيع الإعلان ..., تلتها جمهورية السودان التي وقعت ... في 6 يناير 2021': Morocco is taken from the Negev Forum bullet (an attendance list after a colon) with no date, and its own dated joining is lost to the continuation after it",
    ),
    (
        "ar/heldout25-ittihad-sitt-sanawat.txt",
        "heldout25-ittihad-sitt-sanawat.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'الإعلان التاريخي ... عن اتفاق الإمارات وإسرائيل على إقامة علاقات': an announcement noun, then 'عن اتفاق' with the country as the agreement's owner, is read as a signing; only 'الإعلان عن التطبيع' is listed",
    ),
    (
        "ar/heldout25-jazeera-shurut-riyadh-dimashq.txt",
        "heldout25-jazeera-shurut-riyadh-dimashq.txt: unexpected ('SY', 'announced') [('2025-09', 'month')]",
        "'استبعد الرئيس أحمد الشرع ... انضمام بلاده': the refusal verb and the joining noun are split by the speaker and a date, and the joining noun with 'بلاده' is read as the announcement",
    ),
    (
        "ar/heldout25-jazeera-shurut-riyadh-dimashq.txt",
        "heldout25-jazeera-shurut-riyadh-dimashq.txt: date ('SY', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "the dated refusal ('استبعد ... في سبتمبر/أيلول الماضي انضمام بلاده') is read as an announcement; the refusal found is the envoy's 'لن يكتمل من دونهما' (peace incomplete without them), which has no date",
    ),
    (
        "ar/heldout25-jazeera-shurut-riyadh-dimashq.txt",
        "heldout25-jazeera-shurut-riyadh-dimashq.txt: unexpected ('LB', 'announced') [('2025-12-02', 'day')]",
        "a hypothetical subject ('أي حكومة لبنانية توقع على اتفاقيات أبراهام اليوم ستسقط'): any government that would sign is nobody's step; 'أي' before a demonym's noun is not read as a hypothesis",
    ),
    (
        "ar/heldout25-shorouk-qitar-altatbie.txt",
        "heldout25-shorouk-qitar-altatbie.txt: missing ('DZ', 'declined') [(None, None)]",
        "'أعلنت منذ البداية أنها لن تشارك في \"الهرولة\"': a refusal told through a metaphor for normalisation in quotes, with no joining or normalisation word",
    ),
    (
        "ar/heldout25-shorouk-qitar-altatbie.txt",
        "heldout25-shorouk-qitar-altatbie.txt: missing ('MR', 'prospective') [(None, None)]",
        "'تتحدث مصادر مطلعة عن ضغوط أمريكية متزايدة على موريتانيا، التي قطعت علاقاتها ... عام 2010 ...، للعودة إلى \"بيت الطاعة\"': pressure with its aim told by a metaphor after a relative clause; the pressure cue wants a joining word",
    ),
    (
        "ar/heldout25-shorouk-qitar-altatbie.txt",
        "heldout25-shorouk-qitar-altatbie.txt: missing ('MR', 'withdrawn') [('2010', 'year')]",
        "the break ('التي قطعت علاقاتها مع إسرائيل عام 2010') sits in a relative clause of a sentence the parser reads as off topic (no accords word and a metaphor), so nothing of it is kept",
    ),
    (
        "ar/heldout25-shorouk-qitar-altatbie.txt",
        "heldout25-shorouk-qitar-altatbie.txt: missing ('OM', 'negotiating') [(None, None)]",
        "'تقارير غير مؤكدة عن اتصالات تجري بعيدا عن الأضواء مع سلطنة عمان': contacts qualified by a clause ('تجري بعيدا عن الأضواء') rather than an adjective, with no normalisation word, are not read as talks",
    ),
    (
        "ar/heldout25-shorouk-qitar-altatbie.txt",
        "heldout25-shorouk-qitar-altatbie.txt: missing ('XS', 'prospective') [(None, None)]",
        "'إقليم أرض الصومال الانفصالي ... سارع إلى إعلان رغبته في الانضمام': a masculine wish ('رغبته') after 'إقليم' and a relative clause, with the verb 'سارع إلى' before the wish, is not read",
    ),
    (
        "ar/heldout25-wam-tarhib-astana.txt",
        "heldout25-wam-tarhib-astana.txt: date ('AE', 'signed') found [('2025-11-04', 'day')] expected [('2020-09-15', 'day')]",
        "'يوم الثلاثاء 27 محرم 1442 هـ الموافق 15 سبتمبر 2020 م': a weekday right before a Hijri date is read as the weekday before publication, not as the written date's",
    ),
    (
        "ar/heldout29-alquds-dimashq-beirut-daght.txt",
        "heldout29-alquds-dimashq-beirut-daght.txt: missing ('ID', 'declined') [(None, None)]",
        "'فالسعودية ما زالت تربط أي خطوة بقيام دولة فلسطينية، وإندونيسيا وباكستان أعلنتا صراحة أنهما لن تنضما': the pair opening the second clause before its own verb is lost to the first clause (told verb-first, 'وأعلنت إندونيسيا وباكستان', or in a sentence of its own, it is read)",
    ),
    (
        "ar/heldout29-alquds-dimashq-beirut-daght.txt",
        "heldout29-alquds-dimashq-beirut-daght.txt: missing ('PK', 'declined') [(None, None)]",
        "the same pair after Saudi Arabia's precondition ('وإندونيسيا وباكستان أعلنتا صراحة أنهما لن تنضما')",
    ),
    (
        "ar/heldout29-bbcarabic-man-indamma.txt",
        "heldout29-bbcarabic-man-indamma.txt: missing ('BH', 'signed') [('2020-09-15', 'day')]",
        "'البحرين: وقعت في اليوم ذاته إعلانا لتأييد السلام مع إسرائيل': a country heading its line with a colon, whose signing names a declaration and not the accords, and 'the same day' refers to the line before",
    ),
    (
        "ar/heldout29-bbcarabic-man-indamma.txt",
        "heldout29-bbcarabic-man-indamma.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'المغرب: انضم في ديسمبر ...، بالتزامن مع اعتراف واشنطن بسيادته على الصحراء الغربية': the recognition in the same sentence is taken for another agreement the joining belongs to",
    ),
    (
        "ar/heldout29-hespress-rabat-khams.txt",
        "heldout29-hespress-rabat-khams.txt: unexpected ('SD', 'prospective') [('2021-01', 'month')]",
        "claim read from a sentence that makes none (hedge, mention or other agreement)",
    ),
    (
        "ar/heldout29-hespress-rabat-khams.txt",
        "heldout29-hespress-rabat-khams.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'وكان الديوان الملكي قد أعلن ... عن عزم المملكة استئناف هذه العلاقات': the Royal Cabinet and 'the Kingdom' stand for Morocco, and 'resuming these relations' for the accords; neither is read",
    ),
    (
        "ar/heldout29-hespress-rabat-khams.txt",
        "heldout29-hespress-rabat-khams.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "the same 'قبل أن يلتحق السودان بدوره' after the relative clause, read as a prediction",
    ),
    (
        "ar/heldout29-spa-majlis-thabit.txt",
        "heldout29-spa-majlis-thabit.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-01-27', 'day'), ('2025-11-18', 'day')]",
        "the cabinet's restatement is dated by the agency dateline ('الرياض 8 شعبان 1447 هـ الموافق 27 يناير 2026 م') and 'اليوم' in the paragraph before; the visit by a Hijri day alone ('في 27 جمادى الأولى الماضي'), which gives no Gregorian date",
    ),
    (
        "ar/heldout31-albayan-baku-astana.txt",
        "heldout31-albayan-baku-astana.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'في خطوة قد تجعلها ثاني دولة ... تلتحق بالاتفاقيات': the modal 'قد' stands two verbs before the joining word and does not reach it",
    ),
    (
        "ar/heldout31-albayan-baku-astana.txt",
        "heldout31-albayan-baku-astana.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "date in another clause or sentence than the claim's",
    ),
    (
        "ar/heldout31-albayan-baku-astana.txt",
        "heldout31-albayan-baku-astana.txt: unexpected ('AE', 'announced') [(None, None)]",
        "'نهج السلام ... الذي اختارته الإمارات، مرحبا بكل دولة تنضم إلى هذا المسار': the joining of 'every state' is given to the UAE named before the comma; 'كل دولة' is no generic subject",
    ),
    (
        "ar/heldout31-alghad-amman-riyadh.txt",
        "heldout31-alghad-amman-riyadh.txt: unexpected ('OM', 'suspended') [('2023-11', 'month')]",
        "'عمّان استدعت سفيرها': Amman (the Jordanian capital) folds to the spelling of Oman once its shadda is removed; Jordan's own recall would be no claim either",
    ),
    (
        "ar/heldout31-almodon-beirut-tatbie.txt",
        "heldout31-almodon-beirut-tatbie.txt: missing ('SD', 'signed') [(None, None)]",
        "'أما السودان فقد علق مسار التطبيع' in a sentence listing the parties' records: Sudan takes the halt of its own clause, and the background rule does not add membership to a country with a step",
    ),
    (
        "ar/heldout31-masryalyoum-kazakhstan-awwal.txt",
        "heldout31-masryalyoum-kazakhstan-awwal.txt: missing ('SD', 'suspended') [(None, None)]",
        "'وإن تجمّد مسار الخرطوم لاحقا بفعل الحرب': the halt word 'تجمّد' is followed by 'مسار الخرطوم' (Khartoum's track), a capital inside a genitive the halt cue does not hold",
    ),
    (
        "ar/heldout32-akhbarkhaleej-manama-khams.txt",
        "heldout32-akhbarkhaleej-manama-khams.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'ترهن أي خطوة ...، وهو ما أعاد ولي العهد ... تأكيده خلال زيارته واشنطن في نوفمبر الماضي': the month is told in the 'وهو ما' clause after the refusal, a clause of its own whose date the refusal does not take",
    ),
    (
        "ar/heldout32-akhbarkhaleej-manama-khams.txt",
        "heldout32-akhbarkhaleej-manama-khams.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'المملكة ماضية ... على توقيعها \"إعلان تأييد السلام\" ... يوم 15 سبتمبر 2020، إلى جانب دولة الإمارات': Bahrain is named by the title and the pronoun of 'توقيعها' only, and the day goes to the UAE named in the clause",
    ),
    (
        "ar/heldout32-akhbarkhaleej-manama-khams.txt",
        "heldout32-akhbarkhaleej-manama-khams.txt: missing ('BH', 'suspended') [('2023-11-02', 'day')]",
        "'كان مجلس النواب قد أعلن ... عودة سفير المملكة من تل أبيب ووقف العلاقات الاقتصادية': the subject is the parliament and the country stands only as the title inside an idafa ('سفير المملكة'), which no rule reads as the halt's subject",
    ),
    (
        "ar/heldout32-elkhabar-raai-nouakchott.txt",
        "heldout32-elkhabar-raai-nouakchott.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "'قطار التطبيع، الذي انطلق من أبوظبي والمنامة صيف 2020': the capitals are where a metaphorical train set off, with no word of signing or membership",
    ),
    (
        "ar/heldout32-elkhabar-raai-nouakchott.txt",
        "heldout32-elkhabar-raai-nouakchott.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "the same metaphor ('انطلق من أبوظبي والمنامة'): Manama is where the train set off, no member told",
    ),
    (
        "ar/heldout32-youm7-asila-baku.txt",
        "heldout32-youm7-asila-baku.txt: date ('AE', 'announced') found [('2020-09-15', 'day')] expected [('2020-08-13', 'day')]",
        "'بدأت يوم 13 أغسطس 2020 حين أعلن البيت الأبيض توصل الإمارات ...، ثم جرت مراسم التوقيع ... يوم 15 سبتمبر': the impersonal signing after 'ثم' has no subject, so its day reaches the announcement",
    ),
    (
        "ar/heldout32-youm7-asila-baku.txt",
        "heldout32-youm7-asila-baku.txt: missing ('AE', 'signed') [('2020-09-15', 'day')]",
        "'ثم جرت مراسم التوقيع ... بمشاركة البحرين': the impersonal signing names Bahrain as a participant; the UAE, named in the clause before 'ثم', is not carried to it",
    ),
    (
        "ar/heldout34-qatari-riyadh-shart.txt",
        "heldout34-qatari-riyadh-shart.txt: unexpected ('PS', 'declined') [(None, None)]",
        "'إن موقف بلاده ... وإن أي حديث عن التطبيع \"سابق لأوانه\" في ظل ما تشهده غزة والضفة الغربية': the speaker's country is only an adjective ('الخارجية السعودية'), and the West Bank, a place of the war after 'في ظل', takes the refusal",
    ),
    (
        "ar/heldout34-qatari-riyadh-shart.txt",
        "heldout34-qatari-riyadh-shart.txt: missing ('ID', 'prospective') [(None, None)]",
        "'إندونيسيا، التي تُطرح أحيانا مرشحا محتملا، ربطت ...': the candidacy is in a relative clause between commas inside a reported 'ويضيف أن' clause, and the linking verb after it wins the country",
    ),
    (
        "ar/heldout35-dustour-amoud-astana.txt",
        "heldout35-dustour-amoud-astana.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "the accords' founding year before the list ('ولدت عام 2020 بأربع دول عربية') is the accords' date, not each member's (rule 8), read as the members' year",
    ),
    (
        "ar/heldout35-dustour-amoud-astana.txt",
        "heldout35-dustour-amoud-astana.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "the accords' founding year before the list ('ولدت عام 2020 بأربع دول عربية') is the accords' date, not each member's (rule 8), read as the members' year",
    ),
    (
        "ar/heldout35-dustour-amoud-astana.txt",
        "heldout35-dustour-amoud-astana.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "the accords' founding year before the list ('ولدت عام 2020 بأربع دول عربية') is the accords' date, not each member's (rule 8), read as the members' year",
    ),
    (
        "ar/heldout35-dustour-amoud-astana.txt",
        "heldout35-dustour-amoud-astana.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "the accords' founding year before the list ('ولدت عام 2020 بأربع دول عربية') is the accords' date, not each member's (rule 8), read as the members' year",
    ),
    (
        "ar/heldout35-echorouk-jazair-rafd.txt",
        "heldout35-echorouk-jazair-rafd.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the follower after 'قبل أن يلتحق بهما المغرب' now takes none of the leaders' September (it came later), but its own December 2020 is told in an earlier sentence through 'الرباط، التي أبرمت اتفاق التطبيع' (a relative clause with 'أبرمت'), which gives no step",
    ),
    (
        "ar/heldout35-echorouk-jazair-rafd.txt",
        "heldout35-echorouk-jazair-rafd.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the month after 'أول دولتين عربيتين توقعان الاتفاقات في البيت الأبيض' (an infinitive clause after 'the first two Arab states') is not tied to its subjects",
    ),
    (
        "ar/heldout35-echorouk-jazair-rafd.txt",
        "heldout35-echorouk-jazair-rafd.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the month after 'أول دولتين عربيتين توقعان الاتفاقات في البيت الأبيض' (an infinitive clause after 'the first two Arab states') is not tied to its subjects",
    ),
    (
        "ar/heldout35-echorouk-jazair-rafd.txt",
        "heldout35-echorouk-jazair-rafd.txt: missing ('MR', 'prospective') [(None, None)]",
        "pressure told without its goal ('من بين الدول التي تتعرض لأشد الضغوط', the joining only implied by the sentence before); pressure with no goal named was left out, it would read a member's pressures at home",
    ),
    (
        "ar/heldout35-ona-muscat-mawqif.txt",
        "heldout35-ona-muscat-mawqif.txt: unexpected ('OM', 'prospective') [(None, None)]",
        "talks to bring in unnamed 'new countries' in a rumour clause ('ما يتردد عن وجود اتصالات لضم دول جديدة') go to the sultanate of the reply, which denies being a party to them",
    ),
    (
        "ar/heldout35-sudanese-tatbie-mujammad.txt",
        "heldout35-sudanese-tatbie-mujammad.txt: unexpected ('SD', 'prospective') [(None, None)]",
        "a cancelled planned visit to sign a final peace deal ('زيارة كانت مقررة ... لتوقيع اتفاق سلام نهائي ألغيت') read as a signing to come, not as called off",
    ),
    (
        "ar/heldout35-sudanese-tatbie-mujammad.txt",
        "heldout35-sudanese-tatbie-mujammad.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [('2020-12', 'month')]",
        "the follower 'والمغرب تبعهما في ديسمبر من العام نفسه' after a comma takes the leaders' September, not its own December of the same year",
    ),
    (
        "ar/heldout36-libya-bawaba-tarabulus.txt",
        "heldout36-libya-bawaba-tarabulus.txt: date ('LY', 'declined') found [('2026-01-08', 'day')] expected [(None, None)]",
        "the spokesman's refusal at a press conference takes the header's day ('الخميس 8 يناير 2026'); the label leaves a refusal's saying undated",
    ),
    (
        "ar/heldout36-nouakchott-wakala-nafy.txt",
        "heldout36-nouakchott-wakala-nafy.txt: missing ('MR', 'prospective') [(None, None)]",
        "each sentence alone gives the candidacy ('ضغوط تمارسها واشنطن على نواكشوط', 'تسعى واشنطن إلى ضمها'); in the article both are the reports the spokesman answered ('ردا على تقارير') after his denial, and the denied rumour takes them with it",
    ),
    (
        "ar/heldout37-tunis-yawmiya-raay.txt",
        "heldout37-tunis-yawmiya-raay.txt: missing ('SA', 'prospective') [(None, None)]",
        "'أما الجائزة الكبرى التي تنتظرها واشنطن، أي السعودية، فما زالت تشترط': the country stands in an apposition after 'أي' (that is) between commas; the awaited prize before it does not reach it",
    ),
    (
        "ar/heldout37-tunis-yawmiya-raay.txt",
        "heldout37-tunis-yawmiya-raay.txt: missing ('SA', 'declined') [(None, None)]",
        "the same apposition ('أي السعودية،') between the prize and 'فما زالت تشترط قيام دولة فلسطينية': the condition after it is not given to the country inside the commas ('أما السعودية فما زالت تشترط' alone is read)",
    ),
    (
        "ar/heldout37-tunis-yawmiya-raay.txt",
        "heldout37-tunis-yawmiya-raay.txt: missing ('MR', 'prospective') [(None, None)]",
        "'يتحدث بعض المحللين في واشنطن عن موريتانيا، التي سبق أن ... ثم قطعتها عام 2010': the analysts' talk is read alone, but the relative clause's break of ties in the same sentence takes the country",
    ),
    (
        "ar/heldout38-iqtisadiya-saudia-tijara.txt",
        "heldout38-iqtisadiya-saudia-tijara.txt: unexpected ('BH', 'signed') [('2020-12', 'month')]",
        "'بقيت أرقام البحرين والمغرب متواضعة' (trade figures only) puts Bahrain in a list with Morocco, and Morocco's resumption of ties in December 2020 in the same sentence is given to both",
    ),
    (
        "ar/heldout38-yamani-mawqi-aden-barbara.txt",
        "heldout38-yamani-mawqi-aden-barbara.txt: date ('YE', 'declined') found [('2026-11-02', 'day')] expected [(None, None)]",
        "the press conference's 'مساء الاثنين' (Monday evening) against the dateline dates the renewed refusal; the label leaves a refusal's saying undated",
    ),
    (
        "ar/heldout39-ar-idhaa-sudania-mustaqilla-masar.txt",
        "heldout39-ar-idhaa-sudania-mustaqilla-masar.txt: date ('SD', 'suspended') found [('2026-11-26', 'day')] expected [(None, None)]",
        "the lead's 'لا يزال الملف معلقاً' (the file is still suspended) is dated by the publication day; the text ties the freeze to no time",
    ),
    (
        "ar/heldout39-hizbi-maghribi-rabat.txt",
        "heldout39-hizbi-maghribi-rabat.txt: date ('MA', 'signed') found [('2020-12-10', 'day')] expected [('2020-12-22', 'day')]",
        "the anniversary sentence makes the kingdom a background member and dates it by the White House's announcement ('يوم 10 دجنبر 2020'); the signing day sits in the 'قبل أن يوقع الإعلان المشترك ... يوم 22 دجنبر' clause, a passive with no country of its own, which is not read as the signing",
    ),
    (
        "ar/heldout39-hizbi-maghribi-rabat.txt",
        "heldout39-hizbi-maghribi-rabat.txt: date ('MA', 'announced') found [(None, None)] expected [('2020-12-10', 'day')]",
        "the anniversary paragraph ('استئناف العلاقات ... الذي أعلنه البيت الأبيض يوم 10 دجنبر 2020') has no word for the accords, named only in the next paragraph, so its steps are not read; the announcement found comes undated from the Hargeisa sentence, where Rabat is one of the letters' recipients",
    ),
    (
        "ar/heldout39-hizbi-maghribi-rabat.txt",
        "heldout39-hizbi-maghribi-rabat.txt: missing ('XS', 'prospective') [(None, None)]",
        "'بعثت هرجيسا برسائل إلى عدد من العواصم، من بينها الرباط، تطلب دعمها لانضمامها': Rabat, set off by 'من بينها' (among them) as one of the recipients, is taken for the owner of the joining noun and Hargeisa loses it",
    ),
    (
        "ar/heldout39-istanbul-qanat-raay.txt",
        "heldout39-istanbul-qanat-raay.txt: missing ('OM', 'prospective') [(None, None)]",
        "'وربما سلطنة عمان إذا صدقنا ما يهمس به بعض الدبلوماسيين': the hedged last item after '، وربما' and its 'if' clause falls off the candidate list",
    ),
    (
        "ar/heldout39-wakala-urduniya-tahlil.txt",
        "heldout39-wakala-urduniya-tahlil.txt: unexpected ('SA', 'negotiating') [(None, None)]",
        "'المحادثات ... التي كانت قد قطعت شوطا بوساطة أمريكية، ما تزال مجمدة': talks that had made headway before the freeze are read as talks held, then halted (as round twenty-two chose); the label keeps only the halt",
    ),
    (
        "ar/heldout4-riyadh-raay.txt",
        "heldout4-riyadh-raay.txt: missing ('ID', 'declined') [(None, None)]",
        "a refusal told as linking recognition to the other side's recognition of Palestine, with no refusal or accession word",
    ),
    (
        "ar/heldout40-ar-qanat-iraqiya-fadaiya-nafy-tatbie.txt",
        "heldout40-ar-qanat-iraqiya-fadaiya-nafy-tatbie.txt: date ('IQ', 'declined') found [(None, None)] expected [('2026-05-11', 'day')]",
        "'اليوم الاثنين' (today, Monday) is resolved against no dateline: the dateline 'بغداد – 11 أيار 2026' writes the month by its Levantine name after a dash, which the dateline pattern does not read",
    ),
    (
        "ar/heldout40-ar-qanat-iraqiya-fadaiya-nafy-tatbie.txt",
        "heldout40-ar-qanat-iraqiya-fadaiya-nafy-tatbie.txt: missing ('IQ', 'prospective') [(None, None)]",
        "the rumour 'أن مبعوثاً أميركياً حمل إلى بغداد عرضاً للانضمام': an offer to join carried 'to Baghdad' names the capital as the offer's addressee after 'إلى', and an offer noun with its addressee before it is no candidacy cue",
    ),
    (
        "ar/heldout40-ar-wakala-bahrainia-dhikra-sadisa.txt",
        "heldout40-ar-wakala-bahrainia-dhikra-sadisa.txt: date ('BH', 'ratified') found [('2020-10-18', 'day')] expected [('2021-09', 'month')]",
        "the joint communiqué 'لإقامة العلاقات الدبلوماسية الكاملة' signed on 18 October 2020 is read as the ratification with its day; the label takes the embassy's opening in September 2021 told after it in the same sentence",
    ),
    (
        "ar/heldout40-ar-wakala-bahrainia-dhikra-sadisa.txt",
        "heldout40-ar-wakala-bahrainia-dhikra-sadisa.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'ثم جمهورية كازاخستان في نوفمبر 2025' after a comma inside the relative clause 'التي انضمت إليها لاحقاً كل من ...' is dropped from the subject lists when a second joining (the call on others, 'إلى الانضمام إليها') follows in the sentence; alone the clause gives it",
    ),
    (
        "ar/heldout40-ar-yawmiya-imaratia-astana-baku-thaqafa.txt",
        "heldout40-ar-yawmiya-imaratia-astana-baku-thaqafa.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01', 'month')]",
        "the candidacy ('احتمال انضمام أذربيجان') is dated by the White House's proposal 'الشهر الماضي' in the time clause after it ('بعد أن طرح البيت الأبيض الفكرة على باكو'); a date in a clause after a step's own stays out of it",
    ),
    (
        "ar/heldout40-ar-yawmiya-imaratia-astana-baku-thaqafa.txt",
        "heldout40-ar-yawmiya-imaratia-astana-baku-thaqafa.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'المحادثات مع الجانب الأذربيجاني تسير بشكل جيد': the talks' side is the adjective 'الأذربيجاني' after 'الجانب', no name of the country, in officials' words quoted by the media",
    ),
    (
        "ar/heldout41-ar-yawmiya-omania-masqat-nafy.txt",
        "heldout41-ar-yawmiya-omania-masqat-nafy.txt: missing ('OM', 'prospective') [(None, None)]",
        "Washington pressing 'مسقط والدوحة' to join is read for both, weakly ('الاتفاقيات' unnamed), and Muscat's own denial of the reported joining then overrides its candidacy; Doha keeps it",
    ),
    (
        "ar/heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt",
        "heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt: unexpected ('MA', 'announced') [('2020-12', 'month')]",
        "'الانضمام إلى مسار طبّعت عبره الإمارات والبحرين في أيلول 2020 ثم المغرب في كانون الأول': the members named inside a relative clause with no relative word ('مسار طبّعت عبره') after the Qataris' joining word; Morocco after 'ثم' takes the joining, not the normalisation",
    ),
    (
        "ar/heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt",
        "heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt: unexpected ('QA', 'announced') [('2020-09', 'month')]",
        "'القطريين يفضلون دور الوسيط ... على الانضمام إلى مسار': a preference of something else over joining ('يفضلون ... على الانضمام') is read as the Qataris' joining, dated by the members' month in the relative clause after it",
    ),
    (
        "ar/heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt",
        "heldout42-ar-mawqi-qanat-lubnania-tahlil-doha.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'ثم المغرب في كانون الأول من العام نفسه' inside the verb-first relative 'مسار طبّعت عبره': Morocco after 'ثم' is given the Qataris' joining of the main clause instead of the normalisation",
    ),
    (
        "ar/heldout42-ar-wakala-sumalia-rasmia-hargeisa-idana.txt",
        "heldout42-ar-wakala-sumalia-rasmia-hargeisa-idana.txt: date ('SD', 'signed') found [('2020', 'year')] expected [('2021', 'year')]",
        "'والسودان مطلع 2021' (early 2021) closing a list dated 'عام 2020' and 'في العام نفسه': 'مطلع' before the year is not read as a date word, so Sudan takes the list's 2020",
    ),
    (
        "ar/heldout43-ar-idhaa-maghribiya-nass-halaqa.txt",
        "heldout43-ar-idhaa-maghribiya-nass-halaqa.txt: date ('MA', 'signed') found [('2025-12-22', 'day')] expected [('2020-12-22', 'day')]",
        "'اليوم تحل الذكرى الخامسة لتوقيع الإعلان الثلاثي': the fifth anniversary, today, is read as the signing's own day; an anniversary counted back from the publication (five years) is no date rule yet",
    ),
    (
        "ar/heldout43-ar-mansat-tahaqquq-iddiaat.txt",
        "heldout43-ar-mansat-tahaqquq-iddiaat.txt: unexpected ('SA', 'signed') [('2025-11-18', 'day')]",
        "'ولم تتضمن الزيارة أي توقيع على الاتفاقيات' (the visit included no signing): the negated noun after 'لم تتضمن ... أي' is read as a signing, dated by the visit's day",
    ),
    (
        "ar/heldout43-ar-mansat-tahaqquq-iddiaat.txt",
        "heldout43-ar-mansat-tahaqquq-iddiaat.txt: unexpected ('MA', 'announced') [(None, None)]",
        "'ثم المغرب والسودان اللذان التحقا بهما لاحقا' after 'أما الدول العربية الأعضاء فهي': the later joining in a relative clause is read as an announcement, though the list is of the member states",
    ),
    (
        "ar/heldout43-ar-mansat-tahaqquq-iddiaat.txt",
        "heldout43-ar-mansat-tahaqquq-iddiaat.txt: unexpected ('SD', 'announced') [(None, None)]",
        "the same 'اللذان التحقا بهما لاحقا' in the member states' list: a joining read as an announcement",
    ),
    (
        "ar/heldout43-ar-mansat-tahaqquq-iddiaat.txt",
        "heldout43-ar-mansat-tahaqquq-iddiaat.txt: missing ('MA', 'signed') [(None, None)]",
        "the member states' list ('أما الدول العربية الأعضاء فهي ...') gives Morocco the relative clause's joining, not membership",
    ),
    (
        "ar/heldout43-ar-mansat-tahaqquq-iddiaat.txt",
        "heldout43-ar-mansat-tahaqquq-iddiaat.txt: missing ('SD', 'signed') [(None, None)]",
        "as Morocco: the joining in the relative clause after the member states' list is read instead of membership",
    ),
    (
        "ar/heldout43-ar-taghtiya-mubashira-kuwaitiya-islamabad.txt",
        "heldout43-ar-taghtiya-mubashira-kuwaitiya-islamabad.txt: missing ('PK', 'prospective') [(None, None)]",
        "'تضغط على باكستان وإندونيسيا للانضمام': Washington's pressure is read for Indonesia, but Pakistan's own denial of plans two entries before drops its candidacy (a denial of the reported joining outweighs the pressure, as for Muscat in round forty-one)",
    ),
    (
        "ar/heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt",
        "heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt: date ('AE', 'signed') found [('2020-12', 'month')] expected [(None, None)]",
        "'الإمارات والبحرين، أولى الدول الموقعة، ثم المغرب الذي استأنف علاقاته ... في كانون الأول/ديسمبر 2020': the month of the relative clause on Morocco, the later country after 'ثم', is given to the pair before it (a rule giving it to Morocco alone cost a date elsewhere and was taken out)",
    ),
    (
        "ar/heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt",
        "heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt: date ('BH', 'signed') found [('2020-12', 'month')] expected [(None, None)]",
        "as the UAE: Morocco's month in the relative clause after 'ثم' is given to the pair before it",
    ),
    (
        "ar/heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt",
        "heldout44-ar-hiwar-tilfizyuni-urduni-nass.txt: missing ('SA', 'declined') [(None, None)]",
        "'الرياض ما زالت على موقفها: لا تطبيع بلا دولة فلسطينية': the condition after a colon, a verbless 'no normalisation without', is not read as the subject's refusal across 'still holds its position'",
    ),
    (
        "ar/heldout44-ar-majalla-usbuiya-lubnaniya-malaff-sanawi.txt",
        "heldout44-ar-majalla-usbuiya-lubnaniya-malaff-sanawi.txt: missing ('SD', 'suspended') [(None, None)]",
        "'جمّد عملياً كل خطوة منذ اندلاع الحرب': the country as active subject freezing 'every step' (no talks, ties or normalisation named) is no halt cue",
    ),
    (
        "ar/heldout44-ar-sahifa-tunisiya-hiwar-diplomasi.txt",
        "heldout44-ar-sahifa-tunisiya-hiwar-diplomasi.txt: date ('AE', 'signed') found [('2020-12', 'month')] expected [(None, None)]",
        "'وهذه صفقة مختلفة عن صفقة الإمارات' (a different deal from the UAE's) after Morocco's normalisation in December 2020: the UAE, named only as the other deal's party in the clause after the comma, takes Morocco's month",
    ),
    (
        "ar/heldout44-ar-tatbiq-akhbar-falastini-ajil.txt",
        "heldout44-ar-tatbiq-akhbar-falastini-ajil.txt: date ('ID', 'prospective') found [('2026-01-30', 'day')] expected [(None, None)]",
        "the live blog's day header 'الجمعة 30 يناير 2026' dates the timed entry 'واشنطن تضغط على جاكرتا للحاق بركب التطبيع'; the label leaves the pressure, told with no day of its own, undated",
    ),
    (
        "ar/heldout44-ar-tatbiq-akhbar-falastini-ajil.txt",
        "heldout44-ar-tatbiq-akhbar-falastini-ajil.txt: date ('ID', 'declined') found [('2026-01-30', 'day')] expected [(None, None)]",
        "'وكانت إندونيسيا قد أعلنت مرارا' (had said again and again) recalls a stance of the past, yet the timed entry takes the day header's date: the pluperfect recall is not kept from the header's day",
    ),
    (
        "ar/heldout45-ar-mawqi-sudani-malaf-tatbi.txt",
        "heldout45-ar-mawqi-sudani-malaf-tatbi.txt: date ('AE', 'signed') found [('2021-01-06', 'day')] expected [(None, None)]",
        "'ليصبح السودان رابع دولة عربية تلتحق بالمسار بعد الإمارات والبحرين والمغرب': the predecessors after 'بعد' take the signing of the minister's clause before, with its day (6 January 2021), which is Sudan's",
    ),
    (
        "ar/heldout45-ar-mawqi-sudani-malaf-tatbi.txt",
        "heldout45-ar-mawqi-sudani-malaf-tatbi.txt: date ('BH', 'signed') found [('2021-01-06', 'day')] expected [(None, None)]",
        "as for the UAE: a predecessor after 'بعد' takes the day of Sudan's signing told before 'ليصبح السودان'",
    ),
    (
        "ar/heldout45-ar-mawqi-sudani-malaf-tatbi.txt",
        "heldout45-ar-mawqi-sudani-malaf-tatbi.txt: date ('MA', 'signed') found [('2021-01-06', 'day')] expected [(None, None)]",
        "as for the UAE: a predecessor after 'بعد' takes the day of Sudan's signing told before 'ليصبح السودان'",
    ),
    (
        "ar/heldout45-ar-mawqi-sudani-malaf-tatbi.txt",
        "heldout45-ar-mawqi-sudani-malaf-tatbi.txt: missing ('SD', 'declined') [('2025-11-09', 'day')]",
        "'نفى مصدر مسؤول بوزارة الخارجية أمس وجود أي اتصالات لاستئناف مسار التطبيع': the denying ministry names no country (the Sudanese site's own), so the denial has no subject",
    ),
    (
        "ar/heldout45-ar-mawqi-sudani-malaf-tatbi.txt",
        "heldout45-ar-mawqi-sudani-malaf-tatbi.txt: missing ('SD', 'prospective') [(None, None)]",
        "'يرى محللون أن واشنطن قد تعيد طرح الملف': the file Washington may raise again is Sudan's only by the paragraph's topic; no country is named in the sentence",
    ),
    (
        "ar/heldout45-ar-qanat-qatariya-tahlil.txt",
        "heldout45-ar-qanat-qatariya-tahlil.txt: missing ('PK', 'prospective') [(None, None)]",
        "'رغم تقارير أمريكية تحدثت عن ضغوط على إسلام آباد': pressure on Islamabad with no joining or normalisation word in its phrase is no candidacy cue",
    ),
    (
        "ar/heldout45-ar-yawmiya-imaratiya-tarhib.txt",
        "heldout45-ar-yawmiya-imaratiya-tarhib.txt: missing ('AE', 'ratified') [('2020-10', 'month')]",
        "'واعتمد مجلس الوزراء المعاهدة في أكتوبر من العام ذاته': the cabinet's adoption names no country (the UAE is the sentence before's subject) and 'اعتمد' with the treaty is no ratification cue",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'فمنذ اندلاع الحرب في نيسان 2023، جُمّد المسار عملياً': the halt of the bare track is now read, but April 2023 is the war's date in a 'since' phrase, an event's date the rules give no halt",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'أعلنت أرض الصومال، يوم اعترفت بها إسرائيل في 26 كانون الأول، عزمها الانضمام': the day inside the time clause 'يوم اعترفت بها' is the recognition's, not read for the wish after it",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: unexpected ('LB', 'prospective') [(None, None)]",
        "'ومن يراهن على أن بيروت أو دمشق ستكون \"التالية\" يقرأ المنطقة بعيون الآخرين': a bet by 'whoever' that the author refutes, read as a candidacy from the article's question 'من التالي' (alone the sentence gives nothing)",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: unexpected ('SY', 'prospective') [(None, None)]",
        "'ومن يراهن على أن بيروت أو دمشق ستكون \"التالية\"': as Beirut, a refuted bet by 'whoever' read as a candidacy",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: missing ('AE', 'signed') [(None, None)]",
        "'كانت كازاخستان ...، وقبلها بخمس سنوات أبوظبي والمنامة ثم الرباط والخرطوم': the verbless list after 'وقبلها بخمس سنوات' (and five years before it) takes no joining for its first pair",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: missing ('BH', 'signed') [(None, None)]",
        "'وقبلها بخمس سنوات أبوظبي والمنامة ثم الرباط والخرطوم': as Abu Dhabi, the first pair of a verbless list after a time phrase",
    ),
    (
        "ar/heldout47-ar-maqal-raay-bayruti-tali.txt",
        "heldout47-ar-maqal-raay-bayruti-tali.txt: missing ('SA', 'prospective') [(None, None)]",
        "'فالمملكة، التي يراها ترامب \"المحطة الكبرى\"': Trump seeing the kingdom as 'the big station' is a metaphor the rules do not read as a candidacy",
    ),
    (
        "ar/heldout47-ar-mawqi-maghribi-dhikra-khamisa.txt",
        "heldout47-ar-mawqi-maghribi-dhikra-khamisa.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'بعد أن كان البيت الأبيض قد أعلن في العاشر من الشهر ذاته عن اتفاق البلدين': 'the two countries' agreement' names Morocco only through 'البلدين' after the signing told before",
    ),
    (
        "ar/heldout47-ar-mawqi-maghribi-dhikra-khamisa.txt",
        "heldout47-ar-mawqi-maghribi-dhikra-khamisa.txt: missing ('MR', 'withdrawn') [(None, None)]",
        "'التي كانت قد جمدت علاقاتها مع تل أبيب عام 2009 ثم قطعتها': the break told after 'ثم' with a pronoun for the ties ('قطعتها') inside the relative clause is not read as a cue of its own",
    ),
    (
        "ar/heldout47-ar-yawmiya-khalijiya-taqrir-astana.txt",
        "heldout47-ar-yawmiya-khalijiya-taqrir-astana.txt: unexpected ('KZ', 'signed') [(None, None)]",
        "'وأن الاتفاقيات الاقتصادية التي وقعتها أستانا مع واشنطن': 'the economic agreements' hold the accords' own word 'الاتفاقيات'; as off-topic they also hid a real signing named earlier in a sentence, so left",
    ),
    (
        "ar/heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt",
        "heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt: date ('AE', 'signed') found [('2020', 'year')] expected [('2020-09', 'month')]",
        "'بعد الإمارات والبحرين اللتين وقعتا الاتفاقيات في البيت الأبيض في سبتمبر 2020': the relative clause's month is read for the founders as background, the year of the sentence's 'in that year' taken instead",
    ),
    (
        "ar/heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt",
        "heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt: date ('BH', 'signed') found [('2020', 'year')] expected [('2020-09', 'month')]",
        "as the UAE: the month in the relative clause after the founders' pair is not given to them",
    ),
    (
        "ar/heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt",
        "heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt: date ('SA', 'declined') found [('2024-06-10', 'day')] expected [(None, None)]",
        "'وتقول اليوم إنها لن تقيم علاقات قبل قيام دولة فلسطينية': 'today' of the saying is read as the refusal's date; the labels leave a standing condition undated",
    ),
    (
        "ar/heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt",
        "heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt: missing ('SD', 'negotiating') [('2023-02', 'month')]",
        "'وأعلن من هناك أن الطرفين أنجزا صياغة نص اتفاق السلام': the finished text is read for the normalisation agreement or a peace agreement with Israel; here only 'the two sides' and 'the peace agreement', which Baku and Yerevan also finish",
    ),
    (
        "ar/heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt",
        "heldout49-ar-sahifa-sudania-malaf-mutawaqqif.txt: missing ('SD', 'suspended') [('2023-04-15', 'day')]",
        "'ثم جاء 15 أبريل 2023. اندلعت الحرب، وتوقف كل شيء.': 'everything stopped', no country and no process named, and the official's 'الملف مجمّد بالكامل' in a quote with no country either",
    ),
    (
        "ar/heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt",
        "heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'- جمّد السودان المسار بعد اندلاع الحرب في نيسان 2023': the month is the war's, after 'بعد اندلاع', an event's date the rules give no halt",
    ),
    (
        "ar/heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt",
        "heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt: missing ('PK', 'declined') [(None, None)]",
        "'باكستان وإندونيسيا. عاصمتان سبقتا دمشق إلى الجواب نفسه: لا اعتراف قبل قيام الدولة الفلسطينية.': the countries in a verbless fragment before the full stop, the refusal in the next sentence after a colon",
    ),
    (
        "ar/heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt",
        "heldout49-ar-yawmiya-suria-rasmia-dimashq-rafd.txt: missing ('ID', 'declined') [(None, None)]",
        "as Pakistan: the pair stands alone before a full stop and the verbless 'لا اعتراف قبل ...' comes after",
    ),
    (
        "ar/heldout51-ar-mawsua-sual-jawab-man-indamm.txt",
        "heldout51-ar-mawsua-sual-jawab-man-indamm.txt: date ('AE', 'signed') found [('2020-08-13', 'day')] expected [('2020-09', 'month')]",
        "'أُعلن اتفاقها مع إسرائيل في 13 أغسطس 2020، ووقّعته في سبتمبر من العام نفسه': the signing's month is given as 'September of the same year', which names no year, so the full date before it is taken",
    ),
    (
        "ar/heldout51-ar-mawsua-sual-jawab-man-indamm.txt",
        "heldout51-ar-mawsua-sual-jawab-man-indamm.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "the passive 'أُعلن اتفاقها' (its agreement was announced) folds to the active 'أعلن' with the country only in the suffix of 'اتفاقها' after a list item's colon, and the signing in the same sentence takes the country",
    ),
    (
        "ar/heldout51-ar-mawsua-sual-jawab-man-indamm.txt",
        "heldout51-ar-mawsua-sual-jawab-man-indamm.txt: missing ('ID', 'declined') [(None, None)]",
        "'تربط إندونيسيا أي علاقة مع تل أبيب بالاعتراف بدولة فلسطين': the link is to any 'relationship' with Israel and to 'the recognition of the State of Palestine', where the precondition cues want normalisation or joining and 'a Palestinian state'; the recognition word reads as Palestine's own recognition",
    ),
    (
        "ar/heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt",
        "heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [('2020-12-22', 'day')]",
        "the kingdom's membership is read from 'المغرب يسير على خطى الإمارات والبحرين اللتين وقّعتا ... في سبتمبر الماضي' and takes the month of the members it follows; its own signing of the day before is a masdar with no verb, not read",
    ),
    (
        "ar/heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt",
        "heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt: date ('OM', 'prospective') found [('2020-12-22', 'day')] expected [(None, None)]",
        "the dateline's 'أمس' (yesterday) of the opening signing is carried to the forecast 'أن تكون سلطنة عُمان المرشح التالي' two paragraphs later, which has no date of its own",
    ),
    (
        "ar/heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt",
        "heldout51-ar-nashra-iqtisadiya-maghribiya-rabat.txt: missing ('DZ', 'declined') [(None, None)]",
        "the refusal 'إن بلاده \"لن تنخرط في هذه الهرولة نحو التطبيع\"' belongs to the prime minister quoted by 'وسائل إعلام جزائرية': the country is only an adjective of the media, and 'بلاده' has no country in scope",
    ),
    (
        "ar/heldout52-khatt-zamani-khams-sanawat.txt",
        "heldout52-khatt-zamani-khams-sanawat.txt: date ('SD', 'signed') found [('2020-10-23', 'day')] expected [('2021-01-06', 'day')]",
        "'6 يناير 2021: الخرطوم توقع على إعلان الاتفاقيات': the capital signing a timeline entry's declaration is not read; Sudan's signing comes from the entry of 23 October, whose present 'يوافق على تطبيع العلاقات' is read as a signing, with that entry's day",
    ),
    (
        "ar/heldout52-khatt-zamani-khams-sanawat.txt",
        "heldout52-khatt-zamani-khams-sanawat.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'الإعلان عن اتفاق لتطبيع العلاقات بين الإمارات وإسرائيل': the timeline's noun of announcement before an agreement between the country and Israel is read as the agreement's signing, dated as the entry",
    ),
    (
        "ar/heldout52-khatt-zamani-khams-sanawat.txt",
        "heldout52-khatt-zamani-khams-sanawat.txt: missing ('SD', 'announced') [('2020-10-23', 'day')]",
        "'السودان يوافق على تطبيع العلاقات مع إسرائيل': the timeline's present tense of agreeing to normalise is read as the normalisation itself (signed); the past 'وافق' is read as the announcement",
    ),
    (
        "ar/heldout52-khatt-zamani-khams-sanawat.txt",
        "heldout52-khatt-zamani-khams-sanawat.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'المغرب يستأنف علاقاته مع إسرائيل': resuming relations is read as the normalisation itself (signed, with the entry's day), not as its announcement ahead of the signing two entries later",
    ),
    (
        "ar/heldout53-ar-hasad-aam-2025.txt",
        "heldout53-ar-hasad-aam-2025.txt: date ('MA', 'signed') found [('2020-12-10', 'day')] expected [(None, None)]",
        "'أحيا المغرب وإسرائيل الذكرى الخامسة لاستئناف علاقاتهما، التي أعلنت في العاشر من كانون الأول/ديسمبر 2020': the resumption is read as the signing and takes the day its relative clause gives the announcement; the signing is told undated in the first item",
    ),
    (
        "ar/heldout53-ar-hasad-aam-2025.txt",
        "heldout53-ar-hasad-aam-2025.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'لاستئناف علاقاتهما، التي أعلنت في العاشر من ...': relations whose resumption was announced, told in a relative clause after a possessive, read as the signing only",
    ),
    (
        "ar/heldout6-khaleej-mahatta.txt",
        "heldout6-khaleej-mahatta.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the meeting's day is in the first paragraph; the wish and the condition are told in the next one with no date",
    ),
    (
        "ar/heldout6-khaleej-mahatta.txt",
        "heldout6-khaleej-mahatta.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the meeting's day is in the first paragraph; the wish and the condition are told in the next one with no date",
    ),
    (
        "ar/heldout6-khaleej-mahatta.txt",
        "heldout6-khaleej-mahatta.txt: unexpected ('SD', 'suspended') [(None, None)]",
        "a joining that 'stayed ink on paper' once a war toppled any chance of carrying it out is read as a halt; the labels keep it a joining never carried out",
    ),
    (
        "ar/heldout6-khaleej-mahatta.txt",
        "heldout6-khaleej-mahatta.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'joined the convoy' names no accords in its sentence, and 'trade' later in the main clause reads as what was joined",
    ),
    (
        "ar/heldout6-khaleej-mahatta.txt",
        "heldout6-khaleej-mahatta.txt: missing ('SD', 'signed') [(None, None)]",
        "a joining that 'stayed ink on paper' (never carried out) is read as a joining still to come, not a past signing",
    ),
    (
        "ar/heldout6-levant-sharaa.txt",
        "heldout6-levant-sharaa.txt: date ('LB', 'declined') found [('2025-09-25', 'day')] expected [(None, None)]",
        "the headline's refusal ('normalisation is not on the table', read since round eleven) takes the dateline's day; the gold dates Beirut's refusal by the body, which names no day",
    ),
    (
        "ar/heldout6-maghreb-dejanber.txt",
        "heldout6-maghreb-dejanber.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "the royal cabinet's decision to 'resume contacts and relations' names neither the accords nor a joining word",
    ),
    (
        "ar/heldout6-youm-astana.txt",
        "heldout6-youm-astana.txt: missing ('MA', 'signed') [(None, None)]",
        "two capitals after 'caught up with them' ('الرباط والخرطوم') are read as places, not as the members who followed",
    ),
    (
        "ar/heldout6-youm-astana.txt",
        "heldout6-youm-astana.txt: missing ('SD', 'signed') [(None, None)]",
        "two capitals after 'caught up with them' ('الرباط والخرطوم') are read as places, not as the members who followed",
    ),
    (
        "ar/heldout7-qaimat-almurashahin.txt",
        "heldout7-qaimat-almurashahin.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'the identity of the next member' in the clause after Astana's joining is read as a candidacy of Kazakhstan",
    ),
    (
        "ar/heldout7-somaliland-ishtirat.txt",
        "heldout7-somaliland-ishtirat.txt: date ('SY', 'declined') found [('2026-01-30', 'day'), ('2024-12-08', 'day')] expected [(None, None)]",
        "the lines Israel must withdraw to ('before 8 December 2024', its day now read from the ordinal word) and the dateline are taken for the refusal's date",
    ),
    (
        "ar/heldout9-khaleej-shurut.txt",
        "heldout9-khaleej-shurut.txt: date ('SA', 'prospective') found [('2025-12-14', 'day'), ('2025-11', 'month')] expected [(None, None)]",
        "Washington's pressing is ongoing and undated; the dateline's day and Trump's remark 'last month' are taken for it",
    ),
    (
        "ar/heldout9-maghreb-nouakchott.txt",
        "heldout9-maghreb-nouakchott.txt: date ('AE', 'signed') found [('2020-12-10', 'day')] expected [(None, None)]",
        "'the step the UAE and Bahrain took before it': the relative clause's members take Morocco's date",
    ),
    (
        "ar/heldout9-maghreb-nouakchott.txt",
        "heldout9-maghreb-nouakchott.txt: date ('BH', 'signed') found [('2020-12-10', 'day')] expected [(None, None)]",
        "'the step the UAE and Bahrain took before it': the relative clause's members take Morocco's date",
    ),
    (
        "ar/heldout9-maghreb-nouakchott.txt",
        "heldout9-maghreb-nouakchott.txt: missing ('MR', 'negotiating') [(None, None)]",
        "the talks' sides are 'the two sides' (الجانبين), an anaphor for Washington and Nouakchott in the sentence before",
    ),
    (
        "ar/tijara_emarat_israel.txt",
        "tijara_emarat_israel.txt: unexpected ('AE', 'signed') [(None, None)]",
        "a first signatory named in passing is a background member; the label predates that rule",
    ),
    (
        "de/heldout10-dw-damaskus-beirut.txt",
        "heldout10-dw-damaskus-beirut.txt: date ('MY', 'declined') found [(None, None)] expected [('2026-03', 'month')]",
        "the month ('Bereits im März') is in the clause of the rejected push, the refusal read is the quoted 'niemals' after the colon",
    ),
    (
        "de/heldout10-tagesschau-astana.txt",
        "heldout10-tagesschau-astana.txt: missing ('SA', 'prospective') [(None, None)]",
        "the prize ('Hauptgewinn ... wäre aber ein Abkommen zwischen Saudi-Arabien und Israel'): the particle 'aber' is a clause break and cuts the prize from its country",
    ),
    (
        "de/heldout16-dw-baku-zentralasien.txt",
        "heldout16-dw-baku-zentralasien.txt: unexpected ('AE', 'suspended') [(None, None)]",
        "an opening 'Während' clause after a colon ('Ihre Erfahrungen sind gemischt: Während ...'): 'Ihre' reads as the members of the sentence before and the halt goes to the Emirates inside the opening clause, not to Sudan after 'Beziehungen zu'",
    ),
    (
        "de/heldout16-dw-baku-zentralasien.txt",
        "heldout16-dw-baku-zentralasien.txt: missing ('SD', 'suspended') [(None, None)]",
        "the same sentence: after the colon the halt 'Beziehungen zu Sudan ... auf Eis' is not read through the counterpart (round-sixteen strict xfail de-19)",
    ),
    (
        "de/heldout16-dw-baku-zentralasien.txt",
        "heldout16-dw-baku-zentralasien.txt: missing ('SA', 'declined') [(None, None)]",
        "the precondition is told as a price in an expert's words about 'arabische Staaten wie Saudi-Arabien' ('sei der Preis ... ein palästinensischer Staat'): 'wie' makes the kingdom an example and 'Preis' is no refusal word",
    ),
    (
        "de/heldout16-sz-jakarta-bedingung.txt",
        "heldout16-sz-jakarta-bedingung.txt: missing ('ID', 'negotiating') [(None, None)]",
        "the talks are told as 'Gespräche' in one sentence and their sides as 'Abgesandte beider Länder' in the next: no country is named in either",
    ),
    (
        "de/heldout17-dlf-baku-angebot.txt",
        "heldout17-dlf-baku-angebot.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the month is in 'Nach Kasachstan im November wäre Aserbaidschan das zweite Land ...' (a precedent with no joining noun); the claim is read from the later undated 'hatte ihre Zustimmung zum Beitritt erklärt'",
    ),
    (
        "de/heldout17-dlf-baku-angebot.txt",
        "heldout17-dlf-baku-angebot.txt: date ('AM', 'prospective') found [('2025-08', 'month')] expected [(None, None)]",
        "observers 'verweisen auf ... Armenien' now name the candidate, but the month of the peace deal in the relative clause after it ('nach dem im August ... geschlossenen Friedensabkommen') dates the candidacy",
    ),
    (
        "de/heldout17-dlf-baku-angebot.txt",
        "heldout17-dlf-baku-angebot.txt: unexpected ('SO', 'declined') [(None, None)]",
        "'Die somalische Zentralregierung in Mogadischu lehnt dies ab': 'dies' is Israel's recognition of Somaliland in the sentence before, but a refusal of a pronoun is read as a refusal of the accords (round-seventeen strict xfail de-18)",
    ),
    (
        "de/heldout17-dlf-baku-angebot.txt",
        "heldout17-dlf-baku-angebot.txt: missing ('SA', 'declined') [(None, None)]",
        "'dass sein Land Beziehungen zu Israel nur bei einem unumkehrbaren Weg ... aufnehmen werde': the split cue 'Beziehungen ... aufnehmen' has its tail out of reach behind the long 'nur bei' phrase (round-seventeen strict xfail de-20)",
    ),
    (
        "de/heldout17-tagesspiegel-kronprinz-oval-office.txt",
        "heldout17-tagesspiegel-kronprinz-oval-office.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the refusal is first read in the undated lead ('Ohne klaren Weg ... keine Annäherung an Israel'); the quote's 'am Dienstag' is in the sentence before the quote",
    ),
    (
        "de/heldout17-tagesspiegel-kronprinz-oval-office.txt",
        "heldout17-tagesspiegel-kronprinz-oval-office.txt: date ('SA', 'prospective') found [('2023', 'year')] expected [('2025-11-18', 'day')]",
        "the candidacy is first read in 'schien im Sommer 2023 zum Greifen nah' (a 2023 prospect), before the Tuesday quote; one claim keeps the first date",
    ),
    (
        "de/heldout17-tagesspiegel-kronprinz-oval-office.txt",
        "heldout17-tagesspiegel-kronprinz-oval-office.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "bare 'laufen Gespräche mit Aserbaidschan' with the accords named sentences before: 'Gespräche' alone is no talks cue (round-seventeen strict xfail de-17)",
    ),
    (
        "de/heldout17-taz-damaskus-jakarta.txt",
        "heldout17-taz-damaskus-jakarta.txt: date ('SY', 'declined') found [('2025-09-29', 'day')] expected [(None, None)]",
        "'Zuerst winkte ... al-Scharaa ab, am Montag folgte Indonesien': the Monday of the second clause (Indonesia's) is given to the refusal of the first",
    ),
    (
        "de/heldout17-taz-damaskus-jakarta.txt",
        "heldout17-taz-damaskus-jakarta.txt: missing ('SA', 'prospective') [(None, None)]",
        "Witkoff 'erwarte bald Ankündigungen, und nannte ... ausdrücklich Saudi-Arabien': naming a country beside expected announcements is no candidacy cue",
    ),
    (
        "de/heldout17-taz-damaskus-jakarta.txt",
        "heldout17-taz-damaskus-jakarta.txt: missing ('KW', 'declined') [(None, None)]",
        "'Kuwait und Katar hätten das schon mehrfach deutlich gemacht': the refusal is 'das', the expert's quote before; a pronoun object is not resolved",
    ),
    (
        "de/heldout17-taz-damaskus-jakarta.txt",
        "heldout17-taz-damaskus-jakarta.txt: missing ('QA', 'declined') [(None, None)]",
        "as Kuwait: 'das deutlich gemacht' refers to the quote before",
    ),
    (
        "de/heldout19-dpa-hargeisa-anerkennung.txt",
        "heldout19-dpa-hargeisa-anerkennung.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "the month is in the next sentence ('Riad hatte dies zuletzt im November ... bekräftigt'): 'dies' pointing back to the refusal is no report opener, so its date does not reach the refusal",
    ),
    (
        "de/heldout19-nzz-riad-bleibt-draussen.txt",
        "heldout19-nzz-riad-bleibt-draussen.txt: missing ('SY', 'prospective') [(None, None)]",
        "'die Hoffnungen, die man in der amerikanischen Hauptstadt auf Syrien setzt': hopes placed on a country, the country inside the relative clause after 'auf', are not read; as a split cue 'Hoffnungen ~ auf' the verb-final reading would give the step to a hoper named between its parts",
    ),
    (
        "de/heldout20-dw-wer-ist-dabei.txt",
        "heldout20-dw-wer-ist-dabei.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-02', 'month')]",
        "the refusal's day is told in the next sentence ('Diese Haltung bekräftigte ... Anfang Februar'): 'Anfang Februar' is no date the rules read, and a date is not carried back across sentences",
    ),
    (
        "de/heldout20-dw-wer-ist-dabei.txt",
        "heldout20-dw-wer-ist-dabei.txt: missing ('ID', 'prospective') [(None, None)]",
        "the wish is inside the relative clause 'das Trump gern an Bord hätte' (a founder's wish with an idiom), and the main clause's refusal takes the country",
    ),
    (
        "de/heldout20-dw-wer-ist-dabei.txt",
        "heldout20-dw-wer-ist-dabei.txt: missing ('XS', 'prospective') [(None, None)]",
        "'hat ihr Interesse an einem Beitritt bekundet' after the subject 'Die Region, die Israel ... anerkannte': the anaphor 'Die Region' is not Somaliland's, named only in the question above",
    ),
    (
        "de/heldout20-taz-fuenf-jahre.txt",
        "heldout20-taz-fuenf-jahre.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "the talks are in the relative clause 'mit dem Washington ... verhandelt hatte' (the country is the counterpart), and the main clause's halt takes the talks as what was halted",
    ),
    (
        "de/heldout20-taz-fuenf-jahre.txt",
        "heldout20-taz-fuenf-jahre.txt: missing ('SA', 'suspended') [(None, None)]",
        "'legte die Gespräche ... auf Eis' after a long relative clause: the subject before the relative clause is not reached by the verb after it",
    ),
    (
        "de/heldout20-taz-fuenf-jahre.txt",
        "heldout20-taz-fuenf-jahre.txt: missing ('SA', 'declined') [(None, None)]",
        "'Eine Anerkennung Israels, heißt es aus Riad, komme erst nach der Gründung ... in Frage': the country is only the source after 'aus', between commas",
    ),
    (
        "de/heldout22-dw-hargeisa-warteschleife.txt",
        "heldout22-dw-hargeisa-warteschleife.txt: unexpected ('NE', 'declined') [(None, None)]",
        "'gilt dagegen als ausgeschlossen' is others' judgement of Niger's chances, not Niger's own refusal; the split refusal word reads it as one",
    ),
    (
        "de/heldout22-spiegel-baku-preis.txt",
        "heldout22-spiegel-baku-preis.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'Die Verhandlungen über die Einzelheiten liefen bereits, hieß es ... aus dem Präsidialamt' names no country; talks (unlike halts) are not carried to the country in scope",
    ),
    (
        "de/heldout24-nzz-szenarien.txt",
        "heldout24-nzz-szenarien.txt: unexpected ('UZ', 'declined') [(None, None)]",
        "'Taschkent hat bisher keinerlei Signal gegeben': no signal yet is no refusal, but 'keinerlei' is read as a negation of the candidacy before it",
    ),
    (
        "de/heldout24-nzz-szenarien.txt",
        "heldout24-nzz-szenarien.txt: unexpected ('LY', 'declined') [(None, None)]",
        "'Libyen ... kommt ohnehin nicht infrage' is the writer's judgment that Libya is no candidate, not Libya's refusal; the same words in a country's mouth are one",
    ),
    (
        "de/heldout24-nzz-szenarien.txt",
        "heldout24-nzz-szenarien.txt: missing ('SA', 'prospective') [(None, None)]",
        "Washington's wish is told through a numbered scenario's heading ('Der grosse Wurf mit Riad') and 'Das Szenario, das Washington sich wünscht': no candidacy cue names Saudi Arabia",
    ),
    (
        "de/heldout24-nzz-szenarien.txt",
        "heldout24-nzz-szenarien.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Mauretanien und Niger, bisweilen genannt, haben ... abgewinkt': 'genannt' alone between commas is too weak a candidacy cue to list",
    ),
    (
        "de/heldout24-nzz-szenarien.txt",
        "heldout24-nzz-szenarien.txt: missing ('NE', 'prospective') [(None, None)]",
        "'Mauretanien und Niger, bisweilen genannt, haben ... abgewinkt': 'genannt' alone between commas is too weak a candidacy cue to list",
    ),
    (
        "de/heldout24-sz-kommunique.txt",
        "heldout24-sz-kommunique.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'Berlin begrüßt Beitritt Aserbaidschans': a joining noun welcomed in the headline reads as an announcement; the signing is told only in the dash list and 'die Unterzeichnung vom 3. März 2026'",
    ),
    (
        "de/heldout24-sz-kommunique.txt",
        "heldout24-sz-kommunique.txt: missing ('AZ', 'signed') [('2026-03-03', 'day')]",
        "the parties are a list of lines opened by dashes, each country with its date in brackets, after 'zählt die bisherigen Vertragsparteien einzeln auf': a list across lines with no verb",
    ),
    (
        "de/heldout24-sz-kommunique.txt",
        "heldout24-sz-kommunique.txt: missing ('OM', 'declined') [('2026-03-03', 'day')]",
        "'Oman, das ein Sprecher in Maskat am Dienstag als „nicht interessiert“ beschrieb': disinterest told as a description in a relative clause, with the country as its object",
    ),
    (
        "de/heldout24-tagesschau-faq.txt",
        "heldout24-tagesschau-faq.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Auch über Usbekistan wird in Washington gesprochen': talk about a country as a candidacy, under a 'Wer könnte folgen?' heading; 'wird über X gesprochen' alone is too common to list",
    ),
    (
        "de/heldout24-tagesschau-faq.txt",
        "heldout24-tagesschau-faq.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Trump selbst nannte zuletzt immer wieder Saudi-Arabien': a founder naming a country, a candidacy only through the FAQ heading before it",
    ),
    (
        "de/heldout25-dpa-islamabad-absage.txt",
        "heldout25-dpa-islamabad-absage.txt: missing ('PK', 'prospective') [(None, None)]",
        "'die US-Regierung dränge Islamabad zu einem solchen Schritt': pressure towards 'such a step', a joining named only in the sentence before; reading 'Schritt' as a joining would turn every step into one",
    ),
    (
        "de/heldout25-standard-bedingungen.txt",
        "heldout25-standard-bedingungen.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "the refusal is read first in the section heading 'Jakarta und Damaskus winken ab', undated; the date of the sentence after ('ließ das Außenministerium im September 2025 wissen') stands in a reporting clause after the condition",
    ),
    (
        "de/heldout25-standard-bedingungen.txt",
        "heldout25-standard-bedingungen.txt: missing ('AZ', 'declined') [(None, None)]",
        "'Ohne diese Geste werde Präsident Ilham Alijew nichts unterschreiben': a signing negated by 'nichts' with the leader as subject and a condition that is no Palestinian state; no general cue reads it without turning any 'nichts unterschreiben' into a refusal",
    ),
    (
        "de/heldout25-tagesschau-liveblog-astana.txt",
        "heldout25-tagesschau-liveblog-astana.txt: missing ('SA', 'prospective') [(None, None)]",
        "'auch Saudi-Arabien werde \"sehr bald\" folgen': 'will soon follow' with no object; a cue for it also read 'die Unterzeichnung werde bald folgen' after Kazakhstan's announcement as Kazakhstan's candidacy",
    ),
    (
        "de/heldout29-dw-wer-ist-dabei.txt",
        "heldout29-dw-wer-ist-dabei.txt: unexpected ('ID', 'prospective') [(None, None)]",
        "'Indonesien will Israel erst anerkennen, wenn ...': 'will' read as a wish with a restriction (interest and refusal); the label reads it as a stated intention under a condition, a refusal only",
    ),
    (
        "de/heldout29-dw-wer-ist-dabei.txt",
        "heldout29-dw-wer-ist-dabei.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Die US-Regierung wirbt seit Monaten um Saudi-Arabien' under 'Wer könnte folgen?': courting ('wirbt um') is a modal that needs a joining word in its sentence, and the heading's question gives none",
    ),
    (
        "de/heldout29-dw-wer-ist-dabei.txt",
        "heldout29-dw-wer-ist-dabei.txt: missing ('SY', 'declined') [('2025-09', 'month')]",
        "'Wer hat abgesagt? Indonesien, Pakistan und Syrien.': a question heading's step is not handed to the verbless list answering it; the later sentence ('sein Land sei in einer anderen Lage als die Mitglieder') names no refusal word",
    ),
    (
        "de/heldout29-nzz-astana-kalkuel.txt",
        "heldout29-nzz-astana-kalkuel.txt: date ('MA', 'signed') found [('2021-01', 'month')] expected [('2020-12', 'month')]",
        "'im Dezember folgte Marokko, im Januar 2021 Sudan': the month with no year before Morocco takes the year of the date after it, not the 2020 of the sentence before",
    ),
    (
        "de/heldout29-nzz-astana-kalkuel.txt",
        "heldout29-nzz-astana-kalkuel.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'Jakarta hat im September erklärt, Israel erst anzuerkennen, wenn ...': the refusal is read from the restriction after the date's clause, and the month before the verb is not carried to it",
    ),
    (
        "de/heldout29-nzz-astana-kalkuel.txt",
        "heldout29-nzz-astana-kalkuel.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Genannt werden neben Usbekistan und Aserbaidschan, ..., auch Mauretanien und Saudiarabien': 'genannt werden' (are named) is no candidacy cue (as a cue it also reads 'als Vermittler genannt' as one), and 'neben' makes the first pair a comparison",
    ),
    (
        "de/heldout29-nzz-astana-kalkuel.txt",
        "heldout29-nzz-astana-kalkuel.txt: missing ('AZ', 'prospective') [(None, None)]",
        "the same 'Genannt werden neben Usbekistan und Aserbaidschan ...' sentence: no cue for being named, the pair after 'neben' compared only",
    ),
    (
        "de/heldout29-orf-kronprinz-bedingung.txt",
        "heldout29-orf-kronprinz-bedingung.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Man wolle Teil der Abkommen sein, sagte er gestern ...': the reporting verb's 'gestern' stands in a clause after the quoted wish and dates neither the wish nor its restriction",
    ),
    (
        "de/heldout32-standard-ticker-baku.txt",
        "heldout32-standard-ticker-baku.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'Für Präsident Ilham Alijew sei ein Beitritt vor allem eine Frage des Verhältnisses zur Türkei': an analyst's remark on what a joining would depend on; the bare noun 'Beitritt' is read as a joining announced",
    ),
    (
        "de/heldout33-regionalzeitung-ulm-astana.txt",
        "heldout33-regionalzeitung-ulm-astana.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'Dass das Land den Abraham-Abkommen beitreten will' reads Kazakhstan's wish to join; the label keeps Kazakhstan's announced joining only (rule 1)",
    ),
    (
        "de/heldout33-wirtschaftszeitung-golfhandel.txt",
        "heldout33-wirtschaftszeitung-golfhandel.txt: unexpected ('KZ', 'prospective') [('2025-11', 'month')]",
        "'wirbt Washington um kleinere Partner: Kasachstan hat seinen Beitritt im November erklärt': the courting before the colon takes the list after it, whose own announced joining is lost",
    ),
    (
        "de/heldout33-wirtschaftszeitung-golfhandel.txt",
        "heldout33-wirtschaftszeitung-golfhandel.txt: missing ('SA', 'declined') [(None, None)]",
        "'Doch Riad bleibt hart. Eine offizielle Anerkennung Israels komme nur infrage, wenn ...': a recognition 'only an option if' with the kingdom named only in the source ('heißt es aus dem saudischen Außenministerium') after it",
    ),
    (
        "de/heldout33-wirtschaftszeitung-golfhandel.txt",
        "heldout33-wirtschaftszeitung-golfhandel.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'wirbt Washington um kleinere Partner: Kasachstan hat seinen Beitritt im November erklärt': read as the object of the courting before the colon",
    ),
    (
        "de/heldout33-wirtschaftszeitung-golfhandel.txt",
        "heldout33-wirtschaftszeitung-golfhandel.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "the impersonal passive 'mit Aserbaidschan wird gesprochen' (talks are held with) after a comma has no talks noun",
    ),
    (
        "de/heldout33-wirtschaftszeitung-golfhandel.txt",
        "heldout33-wirtschaftszeitung-golfhandel.txt: missing ('ID', 'declined') [(None, None)]",
        "'diplomatische Beziehungen zu Israel stünden erst nach der Gründung eines palästinensischen Staates zur Debatte': 'only after ... up for debate' has no joining cue for the restriction to turn",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "the members told as countries coloured green on a map ('Grün sind seit 2020 die Vereinigten Arabischen Emirate und Bahrain'): a metaphor with no step word",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "the members told as countries coloured green on a map: a metaphor with no step word",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "the members told as countries coloured green on a map: a metaphor with no step word",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "the members told as countries coloured green on a map: a metaphor with no step word",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('SD', 'suspended') [(None, None)]",
        "'auch wenn dort seit dem Ausbruch des Bürgerkriegs niemand mehr von Normalisierung spricht': 'dort' (there) for Sudan in a metaphor's list is no anaphor",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        "'das Königreich wolle Teil der Abkommen werden – aber erst, wenn ...': after ', das Königreich' (read as a relative pronoun and a noun) the restriction past the dash does not reach the wish",
    ),
    (
        "de/heldout33-wochenzeitung-riad-damaskus.txt",
        "heldout33-wochenzeitung-riad-damaskus.txt: missing ('SY', 'declined') [(None, None)]",
        "'Von einem Beitritt ... will er aber nichts wissen': the refusal's subject is the pronoun 'er' for the president named the sentence before",
    ),
    (
        "de/heldout34-agentur-baku-gespraeche.txt",
        "heldout34-agentur-baku-gespraeche.txt: date ('AZ', 'negotiating') found [('2026-02-10', 'day')] expected [(None, None)]",
        "'am Dienstag' is resolved against the published date; the wire gives no dated dateline in its text, so the label leaves the talks undated",
    ),
    (
        "de/heldout34-agentur-baku-gespraeche.txt",
        "heldout34-agentur-baku-gespraeche.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Washington hatte ... durchblicken lassen, dass es Baku gern im Kreis der Abkommen sähe': a wish in the subjunctive 'gern ... sähe' is no courting cue",
    ),
    (
        "de/heldout34-oesterreich-sender-somaliland.txt",
        "heldout34-oesterreich-sender-somaliland.txt: missing ('XS', 'prospective') [('2026-03-01', 'day')]",
        "'Präsident Abdirahman Irro sagte ..., man sei „bereit, sofort zu unterzeichnen“': the readiness of the impersonal 'man' is not tied to Somaliland named in the sentence before",
    ),
    (
        "de/heldout34-schweizer-wochenblatt-zentralasien.txt",
        "heldout34-schweizer-wochenblatt-zentralasien.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'mit den vier Gründungsstaaten von 2020 – den Emiraten, Bahrain, Marokko und dem Sudan': the founders' year before a dash does not date the list after it",
    ),
    (
        "de/heldout34-schweizer-wochenblatt-zentralasien.txt",
        "heldout34-schweizer-wochenblatt-zentralasien.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'mit den vier Gründungsstaaten von 2020 – den Emiraten, Bahrain, Marokko und dem Sudan': the founders' year before a dash does not date the list after it",
    ),
    (
        "de/heldout34-schweizer-wochenblatt-zentralasien.txt",
        "heldout34-schweizer-wochenblatt-zentralasien.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'mit den vier Gründungsstaaten von 2020 – den Emiraten, Bahrain, Marokko und dem Sudan': the founders' year before a dash does not date the list after it",
    ),
    (
        "de/heldout34-schweizer-wochenblatt-zentralasien.txt",
        "heldout34-schweizer-wochenblatt-zentralasien.txt: missing ('SA', 'declined') [(None, None)]",
        "'Saudi-Arabien verknüpft jede Annäherung mit einem palästinensischen Staat': tying a rapprochement to a state is no refusal cue",
    ),
    (
        "de/heldout34-schweizer-wochenblatt-zentralasien.txt",
        "heldout34-schweizer-wochenblatt-zentralasien.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'Ein Beitritt, heisst es in Diplomatenkreisen, werde bereits ausgehandelt': a passive of negotiating with the country only in the sentence before",
    ),
    (
        "de/heldout35-juedische-wochenzeitung-baku.txt",
        "heldout35-juedische-wochenzeitung-baku.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'Vertreter beider Regierungen hätten bereits über einen möglichen Text beraten': 'möglichen' is a modal word that takes the talks away, and 'beider Regierungen' deep in the sentence stands for no country",
    ),
    (
        "de/heldout35-kirchenzeitung-sudan-somaliland.txt",
        "heldout35-kirchenzeitung-sudan-somaliland.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'hatte sich im Oktober 2020 bereit erklärt, ..., und im Januar 2021 ... die Erklärung ... unterzeichnet': the second participle of a perfect whose auxiliary stands with the first is read as that joining's ceremony",
    ),
    (
        "de/heldout35-schweizer-sender-riad-damaskus.txt",
        "heldout35-schweizer-sender-riad-damaskus.txt: date ('SY', 'declined') found [('2026-03-16', 'day')] expected [(None, None)]",
        "'sagte in einem Interview mit einem arabischen Fernsehsender': an interview of no day takes the page's date line as its own",
    ),
    (
        "de/heldout35-wirtschaftsblatt-haifa-fonds.txt",
        "heldout35-wirtschaftsblatt-haifa-fonds.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Berichte, wonach Washington einen neuen Anlauf für eine saudisch-israelische Annäherung nehmen wolle': a demonym pair inside a hoped-for rapprochement, and 'preist eine Normalisierung mit Saudi-Arabien ein' (a market pricing it in), are no candidacy cues",
    ),
    (
        "de/heldout36-aussenpolitik-magazin-fragen.txt",
        "heldout36-aussenpolitik-magazin-fragen.txt: missing ('SD', 'signed') [(None, None)]",
        "'Der Sudan steht formal noch auf der Liste': standing on the list, in an answer after a speaker tag ('Kroll:'), is no membership cue",
    ),
    (
        "de/heldout36-aussenpolitik-magazin-fragen.txt",
        "heldout36-aussenpolitik-magazin-fragen.txt: missing ('SD', 'suspended') [(None, None)]",
        "'spielt aber seit Ausbruch des Bürgerkriegs im April 2023 keine Rolle mehr': playing no role any more is no halt word (too common to list)",
    ),
    (
        "de/heldout36-aussenpolitik-magazin-fragen.txt",
        "heldout36-aussenpolitik-magazin-fragen.txt: missing ('SY', 'negotiating') [(None, None)]",
        "'4. Und Syrien?' then 'Da gab es im Herbst tatsächlich Gespräche über eine Annäherung': the country is named only in the numbered question, and talks are not carried from a question to its answer",
    ),
    (
        "de/heldout36-aussenpolitik-magazin-fragen.txt",
        "heldout36-aussenpolitik-magazin-fragen.txt: missing ('SY', 'suspended') [('2026-01', 'month')]",
        "'Sie sind seit Januar auf Eis gelegt': the pronoun stands for the talks of the sentence before, whose country is only in the numbered question",
    ),
    (
        "de/heldout36-suedtiroler-tagblatt-astana.txt",
        "heldout36-suedtiroler-tagblatt-astana.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Am 6. November verkündete das Weiße Haus, dass Kasachstan ... beitreten werde': the day opens the sentence before the announcer (a founder), and the joining in the dass-clause does not take it",
    ),
    (
        "de/heldout37-luxemburger-tageszeitung-astana.txt",
        "heldout37-luxemburger-tageszeitung-astana.txt: unexpected ('LU', 'declined') [(None, None)]",
        "'Frieden im Nahen Osten wird es nur mit einem palästinensischen Staat geben': a European minister's view of peace in the region, said by 'Er' after Luxembourg's minister, is read as Luxembourg's own precondition; the parser tells no bystander's view from a candidate's condition",
    ),
    (
        "de/heldout37-luxemburger-tageszeitung-astana.txt",
        "heldout37-luxemburger-tageszeitung-astana.txt: missing ('SA', 'declined') [(None, None)]",
        "'Saudi-Arabien hält an seiner Bedingung fest: Eine Annäherung ... komme nur infrage, wenn ...' is read alone, but two sentences after a quote whose speaker has a relative clause ('sagt ein Diplomat ..., der nicht namentlich genannt werden möchte') the condition is lost",
    ),
    (
        "de/heldout38-de-oesterreich-boulevard-hargeisa-drang.txt",
        "heldout38-de-oesterreich-boulevard-hargeisa-drang.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Die lassen Trump zappeln' (they keep Trump dangling) and a related link's headline quoting Trump ('Saudis kommen sicher bald') with no joining verb: no cue of a candidacy the rules know",
    ),
    (
        "de/heldout38-de-parlament-nachrichten-antwort-bundesregierung.txt",
        "heldout38-de-parlament-nachrichten-antwort-bundesregierung.txt: missing ('LB', 'declined') [(None, None)]",
        "'beide Regierungen hätten ... erklärt, eine Normalisierung ... stehe nicht zur Debatte': the refusal's subject is 'both governments', which points back to the two countries of the question before; no anaphora reaches across that sentence",
    ),
    (
        "de/heldout38-de-parlament-nachrichten-antwort-bundesregierung.txt",
        "heldout38-de-parlament-nachrichten-antwort-bundesregierung.txt: missing ('SY', 'declined') [(None, None)]",
        "'beide Regierungen hätten ... erklärt, eine Normalisierung ... stehe nicht zur Debatte': the refusal's subject is 'both governments', which points back to the two countries of the question before; no anaphora reaches across that sentence",
    ),
    (
        "de/heldout39-de-schweizer-regionalfernsehen-astana-baku.txt",
        "heldout39-de-schweizer-regionalfernsehen-astana-baku.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'führen Vertreter der US-Regierung und Aserbaidschans Gespräche über einen möglichen Beitritt': Azerbaijan stands in the genitive after the representatives, so it is not read as a side of the talks; only the 'possible accession' gives it a candidacy",
    ),
    (
        "de/heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt",
        "heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Aserbaidschan ist der naheliegendste Kandidat.': an interview answer with a superlative before 'Kandidat' and no word of the accords or of joining in its sentence (the question before it asks who is 'im Gespräch')",
    ),
    (
        "de/heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt",
        "heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Man hört Mauretanien, man hört manchmal Indonesien': 'one hears X' is colloquial talk of candidates and no candidacy cue",
    ),
    (
        "de/heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt",
        "heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt: missing ('ID', 'prospective') [(None, None)]",
        "'man hört manchmal Indonesien': 'one hears X' is no candidacy cue (Jakarta's refusal after the colon is read)",
    ),
    (
        "de/heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt",
        "heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt: missing ('SA', 'declined') [(None, None)]",
        "'Aber er hat es an Bedingungen geknüpft': 'er' is the crown prince of the sentence before and 'es' the kingdom's wish; a pronoun subject for a leader is not carried to the country",
    ),
    (
        "de/heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt",
        "heldout39-de-sonntagszeitung-interview-nahost-kandidaten.txt: missing ('SD', 'signed') [(None, None)]",
        "Sudan's membership is told only by the interviewer's question ('die bisherigen Mitglieder?'); the answer 'Der Sudan ist ein Sonderfall, dort liegt alles auf Eis' gives the halt alone",
    ),
    (
        "de/heldout4-kasachstan-analyse.txt",
        "heldout4-kasachstan-analyse.txt: missing ('AZ', 'prospective') [(None, None)]",
        "a candidate list opened by 'Genannt werden' (are named) after a sentence hoping for a domino effect: neither is a cue",
    ),
    (
        "de/heldout4-kasachstan-analyse.txt",
        "heldout4-kasachstan-analyse.txt: missing ('UZ', 'prospective') [(None, None)]",
        "a candidate list opened by 'Genannt werden' (are named) after a sentence hoping for a domino effect: neither is a cue",
    ),
    (
        "de/heldout4-kronprinz-weisses-haus.txt",
        "heldout4-kronprinz-weisses-haus.txt: missing ('SA', 'declined') [('2025-11-18', 'day')]",
        "the condition is a sentence of its own with no country ('Zuvor müsse allerdings ein klarer Weg ... gesichert sein')",
    ),
    (
        "de/heldout4-newsblog-pakistan-somaliland.txt",
        "heldout4-newsblog-pakistan-somaliland.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "a day and month with no year ('am 26. Dezember') and no year named before in its paragraph stays undated",
    ),
    (
        "de/heldout40-de-reformierte-monatszeitung-fes-khartum.txt",
        "heldout40-de-reformierte-monatszeitung-fes-khartum.txt: missing ('SA', 'prospective') [(None, None)]",
        "the guide's verbless guess '«Vielleicht die Saudis, irgendwann.»' holds no step word, and the question before it ('ob weitere Staaten folgen würden') names no country",
    ),
    (
        "de/heldout40-de-schweizer-wirtschaftszeitung-golfhandel-baku.txt",
        "heldout40-de-schweizer-wirtschaftszeitung-golfhandel-baku.txt: unexpected ('AZ', 'prospective') [('2026-02-18', 'day')]",
        "'Für die Energiebranche wäre ein Beitritt ein Signal: Aserbaidschan liefert ...': a hypothetical accession noun with no owner before the colon takes the country of the clause after it; the label keeps only the reported talks",
    ),
    (
        "de/heldout41-de-nachrichtenmagazin-ticker-astana-hargeisa.txt",
        "heldout41-de-nachrichtenmagazin-ticker-astana-hargeisa.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the joining is told in one sentence and dated in the next ('Präsident Tokajew hatte den Schritt im November 2025 verkündet', 'the step' with no accords word)",
    ),
    (
        "de/heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt",
        "heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt: date ('PK', 'declined') found [('2026-10', 'month')] expected [(None, None)]",
        "the refusal is dated by the month it was repeated ('wiederholte im Oktober'); the label leaves a refusal's saying undated",
    ),
    (
        "de/heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt",
        "heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "'die das Abkommen 2020 zusammen mit Bahrain geschlossen haben': 'das Abkommen' alone, pointing back three sentences, is not read as the accords",
    ),
    (
        "de/heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt",
        "heldout41-de-schweizer-pfarreiblatt-sudan-absagen.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "Bahrain is a partner after 'zusammen mit' in a relative clause whose object 'das Abkommen' alone is not read as the accords",
    ),
    (
        "de/heldout43-de-wirtschaftskammer-exportnewsletter-golf.txt",
        "heldout43-de-wirtschaftskammer-exportnewsletter-golf.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Ein Beitritt des Königreichs ... gilt in Washington als ausgemachte Sache': a joining held to be a foregone conclusion by others, with the kingdom only as the noun's genitive, has no cue",
    ),
    (
        "de/heldout44-de-deutschsprachige-tageszeitung-windhuk.txt",
        "heldout44-de-deutschsprachige-tageszeitung-windhuk.txt: missing ('MR', 'declined') [(None, None)]",
        "'Nouakchott weist Berichte über entsprechende Pläne zurück': the plans are 'corresponding' ones pointing back two sentences, with no joining word of their own, so the denial has no plan of the country's to refuse",
    ),
    (
        "de/heldout44-de-deutschsprachige-wochenzeitung-almaty.txt",
        "heldout44-de-deutschsprachige-wochenzeitung-almaty.txt: date ('KZ', 'announced') found [('2025-11-07', 'day')] expected [('2025-11-06', 'day')]",
        "'Die Nachricht kam in der Nacht zum Freitag aus Washington' opens the sentence with the joining: the night to Friday is read as Friday, where the text ties the announcement to Thursday 6 November in the next sentence",
    ),
    (
        "de/heldout44-de-deutschsprachige-wochenzeitung-almaty.txt",
        "heldout44-de-deutschsprachige-wochenzeitung-almaty.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'dem 2020 geschlossenen Vertragswerk gehören ... an': the year belongs to the accords' conclusion in an attribute, not to each member's step (as 'initially signed in 2020, the accords included')",
    ),
    (
        "de/heldout44-de-deutschsprachige-wochenzeitung-almaty.txt",
        "heldout44-de-deutschsprachige-wochenzeitung-almaty.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the year of the accords' conclusion in an attribute before the member list",
    ),
    (
        "de/heldout44-de-deutschsprachige-wochenzeitung-almaty.txt",
        "heldout44-de-deutschsprachige-wochenzeitung-almaty.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the year of the accords' conclusion in an attribute before the member list",
    ),
    (
        "de/heldout44-de-deutschsprachige-wochenzeitung-almaty.txt",
        "heldout44-de-deutschsprachige-wochenzeitung-almaty.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the year of the accords' conclusion in an attribute before the member list",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: unexpected ('SY', 'prospective') [(None, None)]",
        "'Ihr Artikel erweckt den Eindruck, Damaskus stehe kurz vor einem Beitritt': an impression the letter writer refutes is read as others' speculation",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('AE', 'signed') [('2020-09', 'month')]",
        "a letter that never names the accords or Israel ('haben im September 2020 in Washington unterschrieben', the page's heading on a peace agreement far above): a bare signing with no topic in reach is not read",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('BH', 'signed') [('2020-09', 'month')]",
        "as for the UAE: a bare signing in a letter with no accords name in reach",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('MA', 'signed') [(None, None)]",
        "'Marokko und der Sudan folgten wenig später' after the bare signing in a letter with no accords name in reach",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('SD', 'signed') [(None, None)]",
        "as for Morocco: 'folgten wenig später' in a letter with no accords name in reach",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Saudi-Arabien wird früher oder später dabei sein' is read only with the accords or normalisation near; this letter names neither (the cue is written, test_round44f_will_be_part_sooner_or_later.py)",
    ),
    (
        "de/heldout44-de-regionalzeitung-leserbriefe.txt",
        "heldout44-de-regionalzeitung-leserbriefe.txt: missing ('OM', 'prospective') [(None, None)]",
        "'Auch Oman wird ja seit Jahren als Kandidat genannt' is read with the accords named near; this letter names neither the accords nor normalisation",
    ),
    (
        "de/heldout45-de-oesterreichischer-rundfunk-mittagsjournal.txt",
        "heldout45-de-oesterreichischer-rundfunk-mittagsjournal.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Mit dem großen Kandidaten, mit Saudi-Arabien, kommt man dagegen nicht weiter': the candidate noun is no cue, and the country after 'mit' (with) is read as a counterpart",
    ),
    (
        "de/heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt",
        "heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "'galt eine Einigung als greifbar nah, Washington, Riad und Jerusalem verhandelten intensiv': the list after the comma splice is taken by the hope before it, and its own talks verb finds no subject",
    ),
    (
        "de/heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt",
        "heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'In Washington werden immer wieder Aserbaidschan und Usbekistan genannt': the countries stand between the auxiliary with its adverb and 'genannt'; a split cue there would also take a country named before it in a role ('als Vorbild genannt')",
    ),
    (
        "de/heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt",
        "heldout45-de-regionalzeitung-fragen-antworten-kronprinz.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'In Washington werden immer wieder Aserbaidschan und Usbekistan genannt': the countries stand between the auxiliary with its adverb and 'genannt'; a split cue there would also take a country named before it in a role ('als Vorbild genannt')",
    ),
    (
        "de/heldout45-de-schweizer-wochenzeitung-analyse-astana.txt",
        "heldout45-de-schweizer-wochenzeitung-analyse-astana.txt: missing ('SD', 'suspended') [(None, None)]",
        "'Dort allerdings ruht die Annäherung': 'Dort' (there) stands for the last of the two countries the sentence before named (Marokko, der Sudan), so no one country is in scope",
    ),
    (
        "de/heldout47-de-oeffentlicher-sender-erklaerstueck-baku.txt",
        "heldout47-de-oeffentlicher-sender-erklaerstueck-baku.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12', 'month')]",
        "'Ende Dezember' is in the sentence before the wish told with 'daraufhin'",
    ),
    (
        "de/heldout47-de-oeffentlicher-sender-erklaerstueck-baku.txt",
        "heldout47-de-oeffentlicher-sender-erklaerstueck-baku.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "talks told with the country only as an adjective ('in der aserbaidschanischen Hauptstadt') and no name in the sentence",
    ),
    (
        "de/heldout47-de-oesterreichische-wochenzeitung-kommentar.txt",
        "heldout47-de-oesterreichische-wochenzeitung-kommentar.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the Konjunktiv need is read now, but its day is the Oval Office visit 'am Dienstag' told in the sentence before",
    ),
    (
        "de/heldout47-de-oesterreichische-wochenzeitung-kommentar.txt",
        "heldout47-de-oesterreichische-wochenzeitung-kommentar.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'am Dienstag' is in the sentence before the crown prince's words",
    ),
    (
        "de/heldout47-de-oesterreichische-wochenzeitung-kommentar.txt",
        "heldout47-de-oesterreichische-wochenzeitung-kommentar.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "the year of 'seit 2023' and 'Damals' given to the halt told after the talks in the same sentence",
    ),
    (
        "de/heldout47-de-oesterreichische-wochenzeitung-kommentar.txt",
        "heldout47-de-oesterreichische-wochenzeitung-kommentar.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "verb before its subjects after a fronted adverb ('Damals ... verhandelten Riad und Jerusalem ... über eine Normalisierung')",
    ),
    (
        "de/heldout47-de-schweizer-wirtschaftszeitung-golfhandel.txt",
        "heldout47-de-schweizer-wirtschaftszeitung-golfhandel.txt: missing ('AE', 'announced') [('2020', 'year')]",
        "a verb-final separable announcement in an 'Als' clause ('Als die Emirate ... ihre Annäherung an Israel bekanntgaben') is read as the 2020 signing",
    ),
    (
        "de/heldout49-de-oesterreichische-agentur-ticker-khartum.txt",
        "heldout49-de-oesterreichische-agentur-ticker-khartum.txt: date ('SD', 'announced') found [(None, None)] expected [('2020-10-23', 'day')]",
        "a ticker item in the perfect ('haben sich ... geeinigt') under a timestamp: the day is only the ticker's header, no day word in the item",
    ),
    (
        "de/heldout49-de-oesterreichische-agentur-ticker-khartum.txt",
        "heldout49-de-oesterreichische-agentur-ticker-khartum.txt: missing ('SA', 'prospective') [(None, None)]",
        "Saudi Arabia named before a colon ('Namentlich nennt er Saudi-Arabien:'), the expectation in the next sentence with 'das Königreich' and the colloquial 'mitmache', no joining cue",
    ),
    (
        "de/heldout49-de-oesterreichische-agentur-ticker-khartum.txt",
        "heldout49-de-oesterreichische-agentur-ticker-khartum.txt: missing ('BH', 'ratified') [('2020-10-18', 'day')]",
        "'formell diplomatische Beziehungen aufgenommen' (relations formally established) is no ratification cue; the golden set reads such phrases as signings elsewhere",
    ),
    (
        "de/heldout49-de-oesterreichische-agentur-ticker-khartum.txt",
        "heldout49-de-oesterreichische-agentur-ticker-khartum.txt: missing ('OM', 'prospective') [(None, None)]",
        "'Das Sultanat ...; ein eigener Schritt gilt in Diplomatenkreisen als durchaus möglich': a step of its own called possible, no joining word and the country only as 'Das Sultanat'",
    ),
    (
        "de/heldout49-de-sonntagszeitung-leserfragen-kolumne.txt",
        "heldout49-de-sonntagszeitung-leserfragen-kolumne.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Verkündet wurde er am 6. November 2025': the pronoun 'er' for the joining of the sentence before carries the date",
    ),
    (
        "de/heldout49-de-sonntagszeitung-leserfragen-kolumne.txt",
        "heldout49-de-sonntagszeitung-leserfragen-kolumne.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Ob Aserbaidschan oder Saudi-Arabien folgen, ist offen. Washington umwirbt beide': an open question, then the courting with 'beide' for the two, which is no pairs word",
    ),
    (
        "de/heldout49-de-sonntagszeitung-leserfragen-kolumne.txt",
        "heldout49-de-sonntagszeitung-leserfragen-kolumne.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Ob Aserbaidschan oder Saudi-Arabien folgen, ist offen. Washington umwirbt beide': an open question, then the courting with 'beide' for the two, which is no pairs word",
    ),
    (
        "de/heldout49-de-stiftung-politikbrief-fussnoten.txt",
        "heldout49-de-stiftung-politikbrief-fussnoten.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'liegt seither brach': 'seither' points to the April 2023 of the sentence before",
    ),
    (
        "de/heldout49-de-stiftung-politikbrief-fussnoten.txt",
        "heldout49-de-stiftung-politikbrief-fussnoten.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'verhandelten Washington, Riad und Jerusalem über ein Dreieckspaket': the verb before its subjects and the talks about a package, no normalisation word",
    ),
    (
        "de/heldout49-de-stiftung-politikbrief-fussnoten.txt",
        "heldout49-de-stiftung-politikbrief-fussnoten.txt: missing ('SA', 'prospective') [('2023-09', 'month')]",
        "'man komme einer Normalisierung \"jeden Tag näher\"' after the crown prince's speaking verb and 'im US-Fernsehen': closeness told with 'man' and a quoted phrase",
    ),
    (
        "de/heldout49-de-stiftung-politikbrief-fussnoten.txt",
        "heldout49-de-stiftung-politikbrief-fussnoten.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Washingtoner Gesprächspartner nennen hinter vorgehaltener Hand Mauretanien und Indonesien': insiders naming countries privately; a cue would give the step to a speaker's demonym ('Saudische Diplomaten nennen ...'), left out",
    ),
    (
        "de/heldout49-de-stiftung-politikbrief-fussnoten.txt",
        "heldout49-de-stiftung-politikbrief-fussnoten.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Washingtoner Gesprächspartner nennen hinter vorgehaltener Hand Mauretanien und Indonesien': insiders naming countries privately; a cue would give the step to a speaker's demonym ('Saudische Diplomaten nennen ...'), left out",
    ),
    (
        "de/heldout51-de-liveblog-weisses-haus-zeremonie.txt",
        "heldout51-de-liveblog-weisses-haus-zeremonie.txt: date ('AE', 'announced') found [(None, None)] expected [('2020-08-13', 'day')]",
        "'Am 13. August hatten Trump, Netanjahu und Kronprinz Mohammed bin Sajid die Einigung ... verkündet': the commas of the three announcers named between the day and the verb at the end cut the day off the announcement's clause",
    ),
    (
        "de/heldout51-de-liveblog-weisses-haus-zeremonie.txt",
        "heldout51-de-liveblog-weisses-haus-zeremonie.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the live blog's signing item ('haben ... die Dokumente unterzeichnet') carries no date of its own; the day is only in the blog's header line, which no rule reads as the date of a perfect tense told hours later",
    ),
    (
        "de/heldout51-de-liveblog-weisses-haus-zeremonie.txt",
        "heldout51-de-liveblog-weisses-haus-zeremonie.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the live blog's signing item ('haben ... die Dokumente unterzeichnet') carries no date of its own; the day is only in the blog's header line, which no rule reads as the date of a perfect tense told hours later",
    ),
    (
        "de/heldout51-de-liveblog-weisses-haus-zeremonie.txt",
        "heldout51-de-liveblog-weisses-haus-zeremonie.txt: missing ('SA', 'prospective') [(None, None)]",
        "the question names Saudi Arabia ('Auf Nachfrage zu Saudi-Arabien') and the answer says 'das Königreich wird dabei sein' after a colon in a quote; the kingdom's 'dabei sein' (be part of it) is no join cue",
    ),
    (
        "de/heldout51-de-liveblog-weisses-haus-zeremonie.txt",
        "heldout51-de-liveblog-weisses-haus-zeremonie.txt: missing ('SD', 'declined') [('2020-09-15', 'day')]",
        "'die Übergangsregierung habe kein Mandat, über Beziehungen zu Israel zu entscheiden ... Das müsse ein gewähltes Parlament tun': a refusal told as a lack of mandate, the country only in the sentence before ('Aus dem Sudan kommt ... eine deutliche Absage'); 'Absage' with 'kommt aus' names no step",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'15. September 2020 – Im Weißen Haus unterzeichnen die Außenminister der Emirate und Bahrains ...': the signers are ministers with the countries in the genitive after the verb; the signing is read from the page's other entries, undated, and the date at the line's head is not given to it",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'15. September 2020 – Im Weißen Haus unterzeichnen die Außenminister der Emirate und Bahrains ...': the signers are ministers with the countries in the genitive after the verb; the signing is read from the page's other entries, undated, and the date at the line's head is not given to it",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: unexpected ('SD', 'prospective') [('2020-10-23', 'day')]",
        "'Der Sudan erklärt sich zur Normalisierung bereit; im Gegenzug streichen die USA das Land von ihrer Terrorliste': declaring itself ready is read as a candidate's readiness; the label reads the timeline entry, with the trade done in return, as the announcement",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01-06', 'day')]",
        "'6. Januar 2021 – Der Sudan setzt seine Unterschrift unter die Grundsatzerklärung': putting its signature under a declaration is no signing cue; Sudan's membership is read from the page's other entries, undated",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: missing ('SD', 'announced') [('2020-10-23', 'day')]",
        "'Der Sudan erklärt sich zur Normalisierung bereit; im Gegenzug streichen die USA ...': declaring itself ready is read as a candidate's readiness (prospective), not the announcement the timeline entry tells",
    ),
    (
        "de/heldout52-de-chronik-seite-stationen.txt",
        "heldout52-de-chronik-seite-stationen.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'10. Dezember 2020 – Marokko zieht nach.': a follow-suit verb opening a timeline entry with nothing before it in the entry is not carried from the previous entry's step, so no announcement is read",
    ),
    (
        "de/heldout52-de-interview-golfexpertin.txt",
        "heldout52-de-interview-golfexpertin.txt: missing ('SA', 'declined') [('2026-01', 'month')]",
        "'Außenminister Faisal bin Farhan hat ... wiederholt: Eine Anerkennung Israels gibt es nur im Gegenzug für ...': a recognition noun with 'es gibt' is no step cue, so the restriction holds no step; the country is named only by its minister before the colon",
    ),
    (
        "de/heldout52-de-interview-golfexpertin.txt",
        "heldout52-de-interview-golfexpertin.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Dass der Name Indonesien auf den Listen in Washington steht, heißt wenig': a name standing on Washington's lists is no candidacy cue in German, and the speaker's 'heißt wenig' plays it down",
    ),
    (
        "de/heldout52-de-radio-manuskript-hargeisa.txt",
        "heldout52-de-radio-manuskript-hargeisa.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'Die Gespräche, die vor dem Gaza-Krieg schon weit gediehen waren, liegen seitdem auf Eis': talks told only in the relative clause of their halt give the halt alone",
    ),
    (
        "de/heldout53-de-debatte-bundestag-antrag.txt",
        "heldout53-de-debatte-bundestag-antrag.txt: missing ('SA', 'declined') [(None, None)]",
        "a refusal told two speakers deep ('erinnerte daran, dass Riad mehrfach erklärt habe, es werde ohne einen palästinensischen Staat keine Normalisierung ... geben') is not read; told by Riad directly it is",
    ),
    (
        "de/heldout53-de-faktencheck-riad-beitritt.txt",
        "heldout53-de-faktencheck-riad-beitritt.txt: unexpected ('SA', 'signed') [(None, None)]",
        "a viral post quoted in the sentence after the one naming it ('Darin heißt es sinngemäß: „... Saudi-Arabien hat ... unterzeichnet.“') is read as a signing: the false-claim words stand in the sentence before",
    ),
    (
        "de/heldout53-de-faktencheck-riad-beitritt.txt",
        "heldout53-de-faktencheck-riad-beitritt.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the day is in the sentence before ('war am 18. November zu Gast im Oval Office. Dort sagte er, ...'): 'dort' does not carry it",
    ),
    (
        "de/heldout53-de-faktencheck-riad-beitritt.txt",
        "heldout53-de-faktencheck-riad-beitritt.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "the month belongs to the war's outbreak ('Seit dem Ausbruch des Krieges im April 2023 liegt die Annäherung ... auf Eis'), an event's own date the halt does not take",
    ),
    (
        "de/heldout53-de-faktencheck-riad-beitritt.txt",
        "heldout53-de-faktencheck-riad-beitritt.txt: missing ('SA', 'declined') [('2025-11-18', 'day')]",
        "the restriction after a dash ('das Königreich wolle Teil der Abraham-Abkommen werden – allerdings erst, wenn ...') is not read as a precondition; after a comma it is",
    ),
    (
        "de/heldout53-de-pdf-kurzanalyse-szenarien.txt",
        "heldout53-de-pdf-kurzanalyse-szenarien.txt: unexpected ('SA', 'announced') [('2027', 'year')]",
        "a scenario told in the present under its heading ('Szenario A: ... Saudi-Arabien tritt bis Ende 2027 bei') reads as a joining: the scenario heading is no modal",
    ),
    (
        "de/heldout53-de-pdf-kurzanalyse-szenarien.txt",
        "heldout53-de-pdf-kurzanalyse-szenarien.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01', 'month')]",
        "the PDF line break inside 'dem das Weiße' at a line's end before 'Haus im Januar' ends the sentence (a capital noun after an adjective): Azerbaijan's clause loses its month",
    ),
    (
        "de/heldout53-de-pdf-kurzanalyse-szenarien.txt",
        "heldout53-de-pdf-kurzanalyse-szenarien.txt: date ('MR', 'prospective') found [('2026-01', 'month')] expected [(None, None)]",
        "the PDF line break inside 'dem das Weiße' at a line's end before 'Haus im Januar' makes a sentence of the relative clause's tail: the month of Azerbaijan's offer goes to Mauritania",
    ),
    (
        "de/heldout53-de-pdf-kurzanalyse-szenarien.txt",
        "heldout53-de-pdf-kurzanalyse-szenarien.txt: date ('OM', 'prospective') found [('2026-01', 'month')] expected [(None, None)]",
        "the PDF line break inside 'dem das Weiße' at a line's end before 'Haus im Januar' makes a sentence of the relative clause's tail: the month of Azerbaijan's offer goes to Oman",
    ),
    (
        "de/heldout53-de-pdf-kurzanalyse-szenarien.txt",
        "heldout53-de-pdf-kurzanalyse-szenarien.txt: unexpected ('SA', 'negotiating') [(None, None)]",
        "a recommendation ('Gespräche über regionale Wirtschaftsprojekte nicht vom saudischen Beitritt abhängig machen') reads talks next to the Saudi accession noun as Saudi talks",
    ),
    (
        "de/heldout6-dpa-kasachstan-beitritt.txt",
        "heldout6-dpa-kasachstan-beitritt.txt: date ('KZ', 'announced') found [('2025-11-06', 'day')] expected [(None, None)]",
        "'am Donnerstagabend' is resolved against the publication date; the dispatch carries no date of its own, so the label leaves the joining undated (corpus rule 8)",
    ),
    (
        "de/heldout6-handelsblatt-emirate-handel.txt",
        "heldout6-handelsblatt-emirate-handel.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month')]",
        "announcement (August) and signing (September) told in one relative clause: the signing takes the nearer first month",
    ),
    (
        "de/heldout6-handelsblatt-emirate-handel.txt",
        "heldout6-handelsblatt-emirate-handel.txt: missing ('AE', 'announced') [('2020-08', 'month')]",
        "the announcement is the verb of a relative clause whose object ('die Annäherung') stands before it: no subject is found for 'verkündeten'",
    ),
    (
        "de/heldout6-newsblog-pakistan-absage.txt",
        "heldout6-newsblog-pakistan-absage.txt: date ('SY', 'declined') found [(None, None)] expected [('2026-01-28', 'day')]",
        "a live-blog entry takes its day from the blog's day heading, which the parser does not treat as an anchor",
    ),
    (
        "de/heldout6-nzz-riad-zoegert.txt",
        "heldout6-nzz-riad-zoegert.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the Konjunktiv precondition is now read ('sagte der Kronprinz' right after the reporting verb is the speaker, round eighteen), but its day ('am Dienstag') is in the sentence before, and a date is not carried across sentences",
    ),
    (
        "de/heldout6-nzz-riad-zoegert.txt",
        "heldout6-nzz-riad-zoegert.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Man wolle durchaus dazugehören, betonte er' is now the kingdom's wish (the impersonal 'man' for the ruler of Saudi Arabia named in the sentence before), but its day ('am Dienstag') is told sentences before, and a date is not carried across sentences",
    ),
    (
        "de/heldout6-orf-somaliland.txt",
        "heldout6-orf-somaliland.txt: date ('KZ', 'announced') found [('2025', 'year')] expected [(None, None)]",
        "'Ende 2025' (a range) is read as the year of the announcement",
    ),
    (
        "de/heldout7-interview-kandidaten.txt",
        "heldout7-interview-kandidaten.txt: missing ('SA', 'declined') [(None, None)]",
        "a condition told as 'only in a package with' a path to a Palestinian state, its source ('from Riyadh one hears') before a colon",
    ),
    (
        "de/heldout7-interview-kandidaten.txt",
        "heldout7-interview-kandidaten.txt: missing ('MR', 'negotiating') [(None, None)]",
        "diplomats named by two demonyms 'sounding out' behind closed doors, with no normalisation word: no talks cue",
    ),
    (
        "de/heldout7-interview-kandidaten.txt",
        "heldout7-interview-kandidaten.txt: missing ('SD', 'signed') [('2021', 'year')]",
        "a bare 'unterschrieben' with no accords' name in its sentence is not taken as their signing",
    ),
    (
        "de/heldout9-newsblog-davos-friedensrat.txt",
        "heldout9-newsblog-davos-friedensrat.txt: unexpected ('SY', 'negotiating') [(None, None)]",
        "a newsblog heading 'Syrien und Israel verhandeln weiter' is read as talks on the accords; the entry below says the talks are on a security agreement",
    ),
    (
        "de/heldout9-nzz-damaskus-umworben.txt",
        "heldout9-nzz-damaskus-umworben.txt: unexpected ('SY', 'suspended') [(None, None)]",
        "a subheading ('Gespräche auf Eis') takes the country of the paragraph before; the paragraph after is about Saudi Arabia (a subheading rule cost a right claim in an Indonesian article)",
    ),
    (
        "de/heldout9-nzz-damaskus-umworben.txt",
        "heldout9-nzz-damaskus-umworben.txt: missing ('SY', 'declined') [(None, None)]",
        "the refusal's speaker is 'er' at the end of the sentence ('liess er verlauten'), and 'syrisches Gebiet' sits inside the condition",
    ),
    (
        "de/heldout9-standard-absagen.txt",
        "heldout9-standard-absagen.txt: missing ('SA', 'suspended') [(None, None)]",
        "the halted talks ('Die Verhandlungen ... ruhen seit dem 7. Oktober') name no country; the kingdom is two sentences back ('Und Riad?') with the foreign minister between",
    ),
    (
        "en/caucasus_peace.txt",
        "caucasus_peace.txt: missing ('AZ', 'prospective') [(None, None)]",
        "subject or cue outside what the rules reach (pronoun, another sentence, unlisted phrasing)",
    ),
    (
        "en/heldout10-monitor-damascus-opening.txt",
        "heldout10-monitor-damascus-opening.txt: date ('SY', 'declined') found [('2026-05', 'month')] expected [(None, None)]",
        "'last month' dates the interview, and the condition is stated without a date of its own",
    ),
    (
        "en/heldout10-monitor-damascus-opening.txt",
        "heldout10-monitor-damascus-opening.txt: date ('SY', 'prospective') found [('2026-05', 'month')] expected [(None, None)]",
        "'last month' (the interview where the candidacy was told) is taken for its date; the label leaves it undated ('this year', the target, no longer dates it)",
    ),
    (
        "en/heldout10-monitor-damascus-opening.txt",
        "heldout10-monitor-damascus-opening.txt: missing ('SA', 'suspended') [(None, None)]",
        "the frozen talks are 'the talks Washington brokered', told by a Saudi official inside reported speech whose subject is 'the kingdom'",
    ),
    (
        "en/heldout10-monitor-damascus-opening.txt",
        "heldout10-monitor-damascus-opening.txt: missing ('AZ', 'declined') [(None, None)]",
        "a refusal told as relations that 'need no new framework' (no accession or normalisation word)",
    ),
    (
        "en/heldout10-us-analysis-big-one.txt",
        "heldout10-us-analysis-big-one.txt: date ('SA', 'declined') found [('2026-03-10', 'day')] expected [(None, None)]",
        "'on Tuesday' resolved against the dateline dates the restatement, the label leaves a standing position undated",
    ),
    (
        "en/heldout10-us-analysis-big-one.txt",
        "heldout10-us-analysis-big-one.txt: missing ('SA', 'suspended') [(None, None)]",
        "the paused negotiations are 'between the two countries' with no name in the sentence (the kingdom and Israel come before)",
    ),
    (
        "en/heldout10-us-analysis-big-one.txt",
        "heldout10-us-analysis-big-one.txt: missing ('SY', 'declined') [(None, None)]",
        "a precondition told as 'once the Golan question is settled' after 'open to it' (no 'only' and no Palestinian state)",
    ),
    (
        "en/heldout15-monitor-baku-nouakchott.txt",
        "heldout15-monitor-baku-nouakchott.txt: date ('AZ', 'negotiating') found [('2025-11', 'month')] expected [(None, None)]",
        "the talks of the lead are undated; the envoy's discussion 'during a visit to Baku last month' gives the merged claim its month",
    ),
    (
        "en/heldout15-reuters-riyadh-path.txt",
        "heldout15-reuters-riyadh-path.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-02-03', 'day')]",
        "'..., the minister said on Tuesday, a day after Trump said the kingdom would join': the reporting day after the speaker goes to the nearer cue after it (Trump's prediction), not to the refusal before",
    ),
    (
        "en/heldout15-reuters-riyadh-path.txt",
        "heldout15-reuters-riyadh-path.txt: date ('SA', 'prospective') found [('2026-02-03', 'day')] expected [(None, None)]",
        "'a day after Trump said the kingdom would join': an offset from a reporting day is not read; the Tuesday of the refusal's speaker is taken",
    ),
    (
        "en/heldout15-toi-damascus-talks.txt",
        "heldout15-toi-damascus-talks.txt: missing ('SY', 'negotiating') [(None, None)]",
        "'talks on a security arrangement' along the border: talks on another named subject are not read as normalisation talks, though officials call them a first step toward it",
    ),
    (
        "en/heldout17-ap-astana-waiting.txt",
        "heldout17-ap-astana-waiting.txt: date ('KZ', 'announced') found [('2026-05-19', 'day')] expected [('2025-11-06', 'day')]",
        "'Six months after Trump announced that Kazakhstan would join' in the lead takes the next sentence's reporting day ('told reporters Tuesday'); 'Trump revealed the move on Nov. 6' names no country, so its day is not read",
    ),
    (
        "en/heldout17-ap-astana-waiting.txt",
        "heldout17-ap-astana-waiting.txt: unexpected ('AM', 'prospective') [('2025-08', 'month')]",
        "'initialed a peace agreement ... that Trump has since cited as part of the same push for regional deals': the noun 'push for ... deals' inside a 'that' clause after another noun is read as the candidacy of the countries before it",
    ),
    (
        "en/heldout17-ap-astana-waiting.txt",
        "heldout17-ap-astana-waiting.txt: date ('AZ', 'prospective') found [('2025-08', 'month')] expected [('2026-01', 'month')]",
        "'the same push for regional deals' inside a clause about an Armenian-Azerbaijani peace agreement is read as a candidacy dated August 2025, and that date wins over 'raised the idea with Baku in January'",
    ),
    (
        "en/heldout17-eurasianet-steppe-after.txt",
        "heldout17-eurasianet-steppe-after.txt: date ('UZ', 'declined') found [(None, None)] expected [('2026-03', 'month')]",
        "the refusal's month is told in the quote after it ('... told parliament in March'); only a relative reporting day is carried back from the next sentence",
    ),
    (
        "en/heldout17-jpost-rabat-five-years.txt",
        "heldout17-jpost-rabat-five-years.txt: date ('MA', 'announced') found [(None, None)] expected [('2020-12-10', 'day')]",
        "the announcement's day ('announced the breakthrough on December 10, 2020') in a sentence opened by 'Five years ago on Monday' is not kept for the announcement",
    ),
    (
        "en/heldout17-jpost-rabat-five-years.txt",
        "heldout17-jpost-rabat-five-years.txt: missing ('SA', 'prospective') [(None, None)]",
        "the same bare 'pushing for ... to follow'",
    ),
    (
        "en/heldout17-jpost-rabat-five-years.txt",
        "heldout17-jpost-rabat-five-years.txt: missing ('ID', 'prospective') [(None, None)]",
        "'pushing for Saudi Arabia and Indonesia to follow' with nothing after 'follow': read only with a tail ('follow suit'), since a bare 'to follow' also opens 'to follow through'",
    ),
    (
        "en/heldout17-mee-islamabad-board.txt",
        "heldout17-mee-islamabad-board.txt: missing ('SD', 'suspended') [('2023-04', 'month')]",
        "'Sudan's deal has been frozen': a bare 'deal' after a country's possessive is no halted process (another deal, 'Egypt's gas deal', would read the same)",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: date ('PK', 'prospective') found [('2026-01', 'month')] expected [(None, None)]",
        "two sentences tell Pakistan's candidacy: the label keeps the undated 'on more than one occasion', the parser the interview 'earlier this month' of the next sentence",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: date ('AE', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: date ('BH', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: date ('MA', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: date ('SD', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: unexpected ('AE', 'announced') [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: unexpected ('BH', 'announced') [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: unexpected ('MA', 'announced') [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: unexpected ('SD', 'announced') [(None, None)]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: missing ('SA', 'prospective') [(None, None)]",
        "'listed Pakistan alongside Saudi Arabia and Indonesia among the Muslim countries Washington \"would love to see\" join': 'alongside' is a comparison, so only Pakistan takes the candidacy; test_round18_en en-27",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: missing ('ID', 'prospective') [(None, None)]",
        "'alongside Saudi Arabia and Indonesia' after the candidate is read as a comparison, not as more candidates; test_round18_en en-27",
    ),
    (
        "en/heldout18-dawn-fo-no-intention.txt",
        "heldout18-dawn-fo-no-intention.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "the list inside the earlier relative clause (', under which the UAE, Bahrain, Morocco and Sudan established relations') takes 'agreed to join' and the date after the clause, because Kazakhstan has a relative clause of its own ('which already recognised Israel'); test_round18_en en-26",
    ),
    (
        "en/heldout18-gulfnews-who-next.txt",
        "heldout18-gulfnews-who-next.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "standfirst 'Kazakhstan's announcement revived talk of expansion, but the big prize remains elusive': the prize after 'but' takes the owner of the noun before it as its subject; test_round18_en en-29",
    ),
    (
        "en/heldout18-gulfnews-who-next.txt",
        "heldout18-gulfnews-who-next.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'the same day' points back to 'December 26' in the clause before ', and'; a date is not carried to the next coordinated clause by 'the same day'",
    ),
    (
        "en/heldout18-jakpost-jakarta-kl-line.txt",
        "heldout18-jakpost-jakarta-kl-line.txt: date ('ID', 'prospective') found [('2025-09-29', 'day'), ('2025-09-23', 'day')] expected [(None, None)]",
        "the conditional offers are read as candidacies with their days (the lead's 'would only consider recognising the Jewish state after ...' on Monday, Prabowo's UN speech of Sept. 23); the label's candidacy is the undated speculation of the third paragraph",
    ),
    (
        "en/heldout18-wapo-oped-riyadh-maybe.txt",
        "heldout18-wapo-oped-riyadh-maybe.txt: missing ('LB', 'prospective') [(None, None)]",
        "an object relative clause with a founder's push ('which Washington has urged to open direct talks with Israel') is not read as a candidacy; test_round18_en en-28",
    ),
    (
        "en/heldout18-wapo-oped-riyadh-maybe.txt",
        "heldout18-wapo-oped-riyadh-maybe.txt: missing ('LB', 'declined') [(None, None)]",
        "a refusal told as 'says it will do no such thing before Israel withdraws' is not read; test_round18_en en-28",
    ),
    (
        "en/heldout19-dawn-fo-no-question.txt",
        "heldout19-dawn-fo-no-question.txt: missing ('PK', 'prospective') [(None, None)]",
        "the lead's denial ('rejected speculation that Pakistan was weighing membership') drops candidacies of Pakistan in the next five sentences as the rumour repeated; the US official's hope three paragraphs on is its source, which the label keeps as others' speculation",
    ),
    (
        "en/heldout19-reuters-tokayev-latest.txt",
        "heldout19-reuters-tokayev-latest.txt: unexpected ('SD', 'signed') [('2020-10', 'month')]",
        "'Morocco signed on that December, while Sudan agreed to normalise ties in October 2020': the signing before 'while' reaches Sudan, whose 'agreed to normalise' (an announcement alone) is not read beside it",
    ),
    (
        "en/heldout19-reuters-tokayev-latest.txt",
        "heldout19-reuters-tokayev-latest.txt: missing ('SD', 'announced') [('2020-10', 'month')]",
        "'Morocco signed on that December, while Sudan agreed to normalise ties in October 2020': the signing before 'while' reaches Sudan, whose 'agreed to normalise' (an announcement alone) is not read beside it",
    ),
    (
        "en/heldout2-analysis-who-next.txt",
        "heldout2-analysis-who-next.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month')]",
        "nearest date in the sentence is not the claim's",
    ),
    (
        "en/heldout20-ap-hargeisa-wants-in.txt",
        "heldout20-ap-hargeisa-wants-in.txt: unexpected ('MA', 'signed') [(None, None)]",
        "Morocco and the UAE are listed among the expected signers of the Board of Peace charter ('along with Morocco and the UAE'); in a sentence naming the accords two first signatories are read as background members",
    ),
    (
        "en/heldout20-national-riyadh-own-time.txt",
        "heldout20-national-riyadh-own-time.txt: date ('SY', 'prospective') found [(None, None)] expected [('2025-05-14', 'day')]",
        "the claim comes undated from the headline; the dated sentence's request ('asked him to sign up') is given to the capital 'Riyadh' instead",
    ),
    (
        "en/heldout20-national-riyadh-own-time.txt",
        "heldout20-national-riyadh-own-time.txt: unexpected ('SA', 'announced') [('2025-05-14', 'day')]",
        "'met Syria's President ... in Riyadh and asked him to sign up to the accords': the capital after 'in' is read as the subject of 'sign up', and the pronoun object of 'asked' is not its own step",
    ),
    (
        "en/heldout21-ft-riyadh-trade.txt",
        "heldout21-ft-riyadh-trade.txt: date ('SA', 'prospective') found [('2025-05-13', 'day')] expected [(None, None)]",
        "the dateline's day and 'on Tuesday' date Trump's wish, which the rules leave undated because the wish ('will soon join') has no time of its own",
    ),
    (
        "en/heldout21-mee-somaliland-board.txt",
        "heldout21-mee-somaliland-board.txt: date ('SD', 'signed') found [('2020-12', 'month')] expected [('2021-01', 'month')]",
        "a gapped list ('and Sudan, now consumed by civil war, in January 2021') takes the first follower's date, its own date standing after an apposition",
    ),
    (
        "en/heldout21-mee-somaliland-board.txt",
        "heldout21-mee-somaliland-board.txt: missing ('SY', 'declined') [(None, None)]",
        "'Damascus, despite security talks with Israel mediated by Washington, has said joining the accords is out of the question': the capital's refusal is told across a concessive phrase naming two other states and a reported clause",
    ),
    (
        "en/heldout22-monitor-damascus-stall.txt",
        "heldout22-monitor-damascus-stall.txt: missing ('SY', 'negotiating') [(None, None)]",
        "'security talks' are another subject in the data (a security pact is not the accords), so the Syria-Israel talks are not read as talks",
    ),
    (
        "en/heldout22-monitor-damascus-stall.txt",
        "heldout22-monitor-damascus-stall.txt: missing ('SY', 'suspended') [('2026-06', 'month'), (None, None)]",
        "'The US-brokered security talks between Syria and Israel ... have been suspended': 'security talks' are another subject, so their halt is not read",
    ),
    (
        "en/heldout22-monitor-damascus-stall.txt",
        "heldout22-monitor-damascus-stall.txt: missing ('LB', 'prospective') [(None, None)]",
        "'The same pressure is being applied in Beirut': pressure told by pointing back to the paragraph before, with the capital after 'in', is not read as pressure on Lebanon",
    ),
    (
        "en/heldout22-reuters-muscat-envoy.txt",
        "heldout22-reuters-muscat-envoy.txt: date ('OM', 'declined') found [(None, None)] expected [('2026-01-28', 'day')]",
        "in the lead, 'dealing a blow to a U.S. push to bring more Arab states into the normalisation pacts' is read as a push on Oman, and the reporting day goes to that nearer step, so the refusal keeps only the headline's undated claim",
    ),
    (
        "en/heldout22-reuters-muscat-envoy.txt",
        "heldout22-reuters-muscat-envoy.txt: date ('OM', 'prospective') found [('2026-01-28', 'day')] expected [(None, None)]",
        "the push 'to bring more Arab states into' the pacts has a nameless group as its object but is read as Oman's candidacy, dated by the lead",
    ),
    (
        "en/heldout22-reuters-muscat-envoy.txt",
        "heldout22-reuters-muscat-envoy.txt: date ('QA', 'declined') found [('2026-01-26', 'day')] expected [(None, None)]",
        "'Qatar, which hosted Witkoff on Monday, has also said ...': a later date in a relative clause about the subject is kept as the step's (it often is the speaker's day)",
    ),
    (
        "en/heldout22-reuters-muscat-envoy.txt",
        "heldout22-reuters-muscat-envoy.txt: missing ('MR', 'prospective') [(None, None)]",
        "'persuade Mauritania, which cut ties with Israel in 2010, and Azerbaijan, a close energy partner of Israel, to sign on': the persuaded list runs through a relative clause and an apposition, and Mauritania is left with the relative clause's step",
    ),
    (
        "en/heldout22-reuters-muscat-envoy.txt",
        "heldout22-reuters-muscat-envoy.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'persuade Mauritania, which ..., and Azerbaijan, a close energy partner of Israel, to sign on': the second member of a list broken by a relative clause and an apposition does not take the persuasion",
    ),
    (
        "en/heldout22-toi-jakarta-closer.txt",
        "heldout22-toi-jakarta-closer.txt: missing ('KM', 'prospective') [(None, None)]",
        "'that the Comoros had expressed interest' with no object: bare interest is not read as interest in joining",
    ),
    (
        "en/heldout22-toi-jakarta-closer.txt",
        "heldout22-toi-jakarta-closer.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'Morocco, which the US rewarded with ..., followed in December of that year': 'followed' alone continues a list only right after it; past a relative clause and a paragraph break it does not reach the UAE and Bahrain's step",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: unexpected ('AE', 'prospective') [(None, None)]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: unexpected ('BH', 'prospective') [(None, None)]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: unexpected ('MA', 'prospective') [(None, None)]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: date ('SD', 'suspended') found [('2026-03-14', 'day')] expected [(None, None)]",
        "'Its normalisation has been frozen since the war broke out in April 2023': the war's month is the event's, so the halt takes the interview's day from around the sentence, where a halt told after a dated event stays undated",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "'the normalisation deals struck in 2020 between Israel and the UAE, Bahrain and Morocco' inside the lead's sentence about who 'could be next': 'struck' is no signing cue and the modal of the main clause reaches the apposition",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('PK', 'prospective') [(None, None)]",
        "the Q&A form: the question 'Who, then, is most likely to sign next?' has 'sign' with the accords unnamed in it and 'then' inside, so no step is asked; answers naming a country with no verb ('Azerbaijan, almost certainly', 'perhaps Uzbekistan') and Trump's past words stay unread",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('AZ', 'prospective') [(None, None)]",
        "the Q&A form: the question 'Who, then, is most likely to sign next?' has 'sign' with the accords unnamed in it and 'then' inside, so no step is asked; answers naming a country with no verb ('Azerbaijan, almost certainly', 'perhaps Uzbekistan') and Trump's past words stay unread",
    ),
    (
        "en/heldout23-aljazeera-islamabad-interview.txt",
        "heldout23-aljazeera-islamabad-interview.txt: missing ('UZ', 'prospective') [(None, None)]",
        "the Q&A form: the question 'Who, then, is most likely to sign next?' has 'sign' with the accords unnamed in it and 'then' inside, so no step is asked; answers naming a country with no verb ('Azerbaijan, almost certainly', 'perhaps Uzbekistan') and Trump's past words stay unread",
    ),
    (
        "en/heldout23-axios-kazakhstan-faq.txt",
        "heldout23-axios-kazakhstan-faq.txt: unexpected ('ID', 'prospective') [('2025-09', 'month')]",
        "'would recognize Israel only once Israel recognizes Palestine' is read as interest with a restriction; the label keeps only the condition (ambiguous: rule 4 reads 'only if' as both)",
    ),
    (
        "en/heldout23-guardian-live-gulf-summit.txt",
        "heldout23-guardian-live-gulf-summit.txt: missing ('PK', 'prospective') [(None, None)]",
        "'Asked about Pakistan, ..., the president added: \"They want to. They'll be there\"': an answer in pronouns after 'asked about' ('questions') gives nothing",
    ),
    (
        "en/heldout23-state-media-note-baku.txt",
        "heldout23-state-media-note-baku.txt: missing ('MR', 'negotiating') [(None, None)]",
        "'looks forward to continuing discussions with the Islamic Republic of Mauritania': talks told as the founder's, the partner after 'with'",
    ),
    (
        "en/heldout23-thinktank-three-scenarios.txt",
        "heldout23-thinktank-three-scenarios.txt: date ('ID', 'suspended') found [('2025', 'year')] expected [(None, None)]",
        "'contacts ... reported last year, already put on hold after a leak': the halt set off by commas is read at its participle, and the year of the contacts' report in the noun phrase before the comma is taken for the halt's; the label leaves the halt undated",
    ),
    (
        "en/heldout23-thinktank-three-scenarios.txt",
        "heldout23-thinktank-three-scenarios.txt: missing ('SA', 'prospective') [(None, None)]",
        "'the kingdom could move quickly' after 'Should a Gaza settlement produce such a path': the conditional inversion 'Should ...' is read as a hypothesis",
    ),
    (
        "en/heldout25-business-skies-trade.txt",
        "heldout25-business-skies-trade.txt: date ('MY', 'declined') found [('2025-09', 'month')] expected [(None, None)]",
        "'Indonesia and Malaysia ... have both refused ..., a stance Jakarta restated in September': the date of the apposition is Jakarta's alone, but the pair's refusal shares it",
    ),
    (
        "en/heldout25-explainer-key-dates.txt",
        "heldout25-explainer-key-dates.txt: date ('AE', 'ratified') found [('2020', 'year')] expected [('2020-10-19', 'day')]",
        "the approval is now read ('approves the peace treaty', round forty-three), but the English line's numeric date '19/10/2020' gives only its year: English reads no day-month numeric dates (`numeric_dates`)",
    ),
    (
        "en/heldout25-explainer-key-dates.txt",
        "heldout25-explainer-key-dates.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'Trump announces that the UAE and Israel have agreed to full normalisation of relations': the agreement to normalise, told in the present perfect, is read as the membership (found as signed on that date)",
    ),
    (
        "en/heldout25-factcheck-saudi-joined.txt",
        "heldout25-factcheck-saudi-joined.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'The crown prince said the kingdom wants to join but set a condition that has not been met': the condition is now read as a refusal, but the day of the visit is named in another paragraph",
    ),
    (
        "en/heldout25-factcheck-saudi-joined.txt",
        "heldout25-factcheck-saudi-joined.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Asked about the accords in the Oval Office, the crown prince said: \"We want to be part ...\"': the day is told in the paragraph before (the visit on Nov. 18), which the quote does not reach",
    ),
    (
        "en/heldout25-factcheck-saudi-joined.txt",
        "heldout25-factcheck-saudi-joined.txt: unexpected ('SA', 'announced') [(None, None)]",
        "'The claim that Saudi Arabia joined the Abraham Accords is false': a joining inside 'the claim that ...' declared false is read as the joining",
    ),
    (
        "en/heldout25-factcheck-saudi-joined.txt",
        "heldout25-factcheck-saudi-joined.txt: missing ('SA', 'suspended') [('2023-10-07', 'day')]",
        "'Its U.S.-mediated talks on doing so were suspended after the Hamas attack': the talks owned by 'its' (Saudi Arabia, in the sentence before) and about 'doing so' name neither the country nor normalisation",
    ),
    (
        "en/heldout25-regional-hargeisa-vote.txt",
        "heldout25-regional-hargeisa-vote.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "'... signed in Washington in September 2020, and Morocco and Sudan joined in the following months': the later joiners take the first signing's month across ', and'; 'in the following months' is no date the parser reads as their own",
    ),
    (
        "en/heldout25-regional-hargeisa-vote.txt",
        "heldout25-regional-hargeisa-vote.txt: date ('SD', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "'... signed in Washington in September 2020, and Morocco and Sudan joined in the following months': the later joiners take the first signing's month across ', and'; 'in the following months' is no date the parser reads as their own",
    ),
    (
        "en/heldout25-tv-transcript-next.txt",
        "heldout25-tv-transcript-next.txt: missing ('AZ', 'prospective') [(None, None)]",
        "a guest's candidate said as 'Azerbaijan is the obvious one' and 'I'd watch Baku': 'the obvious one' stands for 'the obvious candidate' only through the question before it",
    ),
    (
        "en/heldout27-astanatimes-accession-ceremony.txt",
        "heldout27-astanatimes-accession-ceremony.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Kazakhstan's decision, announced on Nov. 6, 2025, during ...': a bare 'decision' (no 'to join') with the participle 'announced' gives no claim, so the joining comes only from the undated sentence about Trump's announcement",
    ),
    (
        "en/heldout27-astanatimes-accession-ceremony.txt",
        "heldout27-astanatimes-accession-ceremony.txt: unexpected ('AE', 'announced') [(None, None)]",
        "'with the original signatories of the accords, the United Arab Emirates, Bahrain and Morocco' in a sentence about Kazakhstan's accession: the list in apposition to 'signatories' takes the accession noun as well as the signing",
    ),
    (
        "en/heldout27-astanatimes-accession-ceremony.txt",
        "heldout27-astanatimes-accession-ceremony.txt: unexpected ('BH', 'announced') [(None, None)]",
        "the same apposition to 'the original signatories' takes the sentence's accession noun",
    ),
    (
        "en/heldout27-astanatimes-accession-ceremony.txt",
        "heldout27-astanatimes-accession-ceremony.txt: unexpected ('MA', 'announced') [(None, None)]",
        "the same apposition to 'the original signatories' takes the sentence's accession noun",
    ),
    (
        "en/heldout27-astanatimes-accession-ceremony.txt",
        "heldout27-astanatimes-accession-ceremony.txt: missing ('KZ', 'negotiating') [('2026-02-23', 'day')]",
        "'The work on the accession documents is at its final stage' in a quote: 'at its final stage' is not read as talks in their final stage, and the country is only in the sentences around it",
    ),
    (
        "en/heldout27-dawn-fo-weekly-claims.txt",
        "heldout27-dawn-fo-weekly-claims.txt: date ('PK', 'prospective') found [('2026-02-05', 'day')] expected [('2026-02-03', 'day'), (None, None)]",
        "'The Foreign Office on Thursday dismissed ... remarks by ... Trump suggesting that Pakistan could eventually sign up': Thursday dates the dismissal, but the reported suggestion takes it; the dated remark ('aboard Air Force One on Tuesday, had listed Pakistan among countries that he said \"want to come in\"') gives no claim",
    ),
    (
        "en/heldout27-dawn-fo-weekly-claims.txt",
        "heldout27-dawn-fo-weekly-claims.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-02-05', 'day')]",
        "the lead's participle clause ', reaffirming that Islamabad would not recognise Israel before ...' after a dismissal is not read as the refusal on Thursday; the undated quote ('Pakistan has no plans to join') gives it",
    ),
    (
        "en/heldout27-dawn-fo-weekly-claims.txt",
        "heldout27-dawn-fo-weekly-claims.txt: missing ('SA', 'prospective') [('2026-02-03', 'day')]",
        "'\"They'll all come in eventually. Saudi Arabia too, very soon.\"': a verbless 'X too' after a sentence whose subject is a pronoun has no step to continue",
    ),
    (
        "en/heldout3-kazakhstan-signs.txt",
        "heldout3-kazakhstan-signs.txt: date ('KZ', 'announced') found [('2025-12-02', 'day')] expected [(None, None)]",
        "date of a neighbouring clause taken for an undated claim",
    ),
    (
        "en/heldout30-abc-jakarta-pressure.txt",
        "heldout30-abc-jakarta-pressure.txt: missing ('ID', 'prospective') [(None, None)]",
        "'would like the world's most populous Muslim-majority nation on board, and US officials have raised the idea with Jakarta': 'on board' after a wish and 'raised the idea with' are no candidacy cues",
    ),
    (
        "en/heldout30-hindu-imec-corridor.txt",
        "heldout30-hindu-imec-corridor.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'He added a condition: ...' carries the subject from the sentence before, not that sentence's day ('on November 18')",
    ),
    (
        "en/heldout30-hindu-imec-corridor.txt",
        "heldout30-hindu-imec-corridor.txt: unexpected ('OM', 'prospective') [(None, None)]",
        "'Oman, which some in New Delhi had hoped might follow the Emirates, has said it will not normalise': a past hope of third parties, given up in the main clause, is read as a candidacy",
    ),
    (
        "en/heldout30-nation-hargeisa-horn.txt",
        "heldout30-nation-hargeisa-horn.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'said in a televised address the same evening': 'the same evening' is a same_day word only after a day named in its own or the two sentences before; the day ('on Friday') is two paragraphs up",
    ),
    (
        "en/heldout30-podcast-no-takers.txt",
        "heldout30-podcast-no-takers.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "'So last Thursday the Foreign Office spokesman ... They said Pakistan has no intention': the day is in the sentence before the refusal",
    ),
    (
        "en/heldout30-podcast-no-takers.txt",
        "heldout30-podcast-no-takers.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'Somaliland said the day Israel recognised it, the day after Christmas, that it wants in': the date is told by reference to another event ('the day Israel recognised it'), which no date pattern reads",
    ),
    (
        "en/heldout30-podcast-no-takers.txt",
        "heldout30-podcast-no-takers.txt: missing ('SA', 'prospective') [('2025-11', 'month')]",
        "'MBS was at the White House ... and he said, and I'm paraphrasing ..., \"we want to be part of the Abraham Accords, but ...\"': the wish inside a quote after a spoken aside is read only as the refusal its 'but' clause sets",
    ),
    (
        "en/heldout30-podcast-no-takers.txt",
        "heldout30-podcast-no-takers.txt: missing ('AZ', 'prospective') [('2026-01', 'month')]",
        "'The White House put it to them in January' (a proposal told with a pronoun object) and 'If I had to bet on the next one, it's Baku' (a bet with no candidacy word) are no cues",
    ),
    (
        "en/heldout30-qa-who-is-in.txt",
        "heldout30-qa-who-is-in.txt: date ('BH', 'announced') found [('2020-09-15', 'day')] expected [('2020-09-11', 'day')]",
        "'whose own deal had been announced four days earlier, on September 11': the date after a relative count is not preferred to the signing day before it",
    ),
    (
        "en/heldout30-qa-who-is-in.txt",
        "heldout30-qa-who-is-in.txt: missing ('AE', 'signed') [('2020-09-15', 'day')]",
        "'its agreement with Israel was announced ... and signed at the White House on September 15': a bare 'signed' counts only in a sentence naming the accords, normalisation or a declaration",
    ),
    (
        "en/heldout30-qa-who-is-in.txt",
        "heldout30-qa-who-is-in.txt: missing ('BH', 'signed') [('2020-09-15', 'day')]",
        "the same bare 'signed ..., together with Bahrain': Bahrain's own announced deal in the relative clause takes the place of the background membership",
    ),
    (
        "en/heldout30-qa-who-is-in.txt",
        "heldout30-qa-who-is-in.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "'Talks on a US-Saudi-Israeli deal, which were advanced in 2023': 'were advanced' without 'well' or 'far' is no talks cue, and the adjective inside a hyphenated compound names no party",
    ),
    (
        "en/heldout30-thinktank-shortlist.txt",
        "heldout30-thinktank-shortlist.txt: date ('SY', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'said the same month': a month told by reference to the sentence before ('in September') is not resolved",
    ),
    (
        "en/heldout30-thinktank-shortlist.txt",
        "heldout30-thinktank-shortlist.txt: missing ('MR', 'suspended') [('2009', 'year')]",
        "'It is the one Arab League state that has had full relations with Israel before, from 1999 until it froze them in 2009': the sentence names Nouakchott later, so 'It' carries no subject and the country after the halt is pressure's object",
    ),
    (
        "en/heldout30-thinktank-shortlist.txt",
        "heldout30-thinktank-shortlist.txt: missing ('MR', 'withdrawn') [('2010', 'year')]",
        "the same sentence: 'cut them in 2010' (ties cut told with a pronoun object) is no exit cue",
    ),
    (
        "en/heldout30-thinktank-shortlist.txt",
        "heldout30-thinktank-shortlist.txt: missing ('MR', 'prospective') [(None, None)]",
        "'US envoys have been pressing Nouakchott to restore them under the accords' banner': pressure whose aim is restoring ties, said in a long sentence opened by 'It', finds no subject",
    ),
    (
        "en/heldout30-wire-mideast-digest.txt",
        "heldout30-wire-mideast-digest.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01-11', 'day')]",
        "'... join the Abraham Accords, a U.S. official said on Sunday, as Washington looks for new members after Kazakhstan agreed in November to sign up': the reporting day goes to the nearer cue after it, which has a date of its own between its parts",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: date ('SA', 'negotiating') found [('2023-10-07', 'day')] expected [('2023', 'year')]",
        "'The talks were fairly far along that summer and then October 7 stopped everything': the talks now go to the country in scope, but take the day of the halt after them, not 'that summer'",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: date ('AE', 'ratified') found [(None, None)] expected [('2020-10', 'month')]",
        "'They signed in September 2020, their cabinet approved the treaty a month later': 'a month later' counts only in a sentence with no date of its own, and this one has the signing's",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('SA', 'prospective') [(None, None)]",
        "'The Americans would love it to be Saudi Arabia': 'it' is the next member, and a wish that something be a country is no candidacy cue",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('SA', 'suspended') [(None, None)]",
        "'then October 7 stopped everything': 'stopped everything' is no halt cue, and the sentence names no country",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        "the condition is spoken as an imperative ('show us a credible road to a Palestinian state, then we talk') and the verdict ('That is a no for now') names no country",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('MR', 'withdrawn') [(None, None)]",
        "'Mauritania had relations with Israel once and cut them': an exit told with the pronoun object 'them' is kept only with a date after it ('cut them in 2010')",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('AE', 'signed') [('2020-09', 'month')]",
        "'They signed in September 2020, their cabinet approved the treaty a month later': a bare 'signed' counts only in a sentence that names the accords; the answer follows a question about 'the original four'",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('BH', 'signed') [(None, None)]",
        "'Bahrain is steady.': membership told only by the question before ('How do you judge the original four?'), with no cue in the answer",
    ),
    (
        "en/heldout32-interview-ottawa-former-envoy.txt",
        "heldout32-interview-ottawa-former-envoy.txt: missing ('SD', 'suspended') [(None, None)]",
        "'I would not call it an active member today': a negated speaking verb before 'an active member' is no 'no longer active' cue",
    ),
    (
        "en/heldout32-liveblog-damascus-baku.txt",
        "heldout32-liveblog-damascus-baku.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01', 'month')]",
        "the month is in a later sentence naming no country ('Washington floated the idea in January')",
    ),
    (
        "en/heldout32-liveblog-damascus-baku.txt",
        "heldout32-liveblog-damascus-baku.txt: date ('SY', 'declined') found [(None, None)] expected [('2026-03-03', 'day')]",
        "the day is the live blog's header ('Tue 3 Mar 2026'); the entry's own sentences give no date",
    ),
    (
        "en/heldout32-singapore-business-jakarta-kl.txt",
        "heldout32-singapore-business-jakarta-kl.txt: date ('BH', 'signed') found [('2020-09', 'month')] expected [('2020', 'year')]",
        "'Bahrain and Morocco have seen ... increases since joining the same year': 'the same year' takes the month of 'September 2020' before it, where the label keeps the year",
    ),
    (
        "en/heldout32-singapore-business-jakarta-kl.txt",
        "heldout32-singapore-business-jakarta-kl.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [('2020', 'year')]",
        "the same 'since joining the same year': the month of the UAE's 'September 2020' reaches Morocco",
    ),
    (
        "en/heldout32e-gulfdaily-trade-figures.txt",
        "heldout32e-gulfdaily-trade-figures.txt: missing ('BH', 'signed') [('2020-09', 'month')]",
        "'Bahrain, which normalised the same day as the UAE,': a bare 'normalised' in a relative clause with no ties or Israel named, and 'the same day as' another country, is no step the rules read",
    ),
    (
        "en/heldout32e-indianwire-islamabad-imec.txt",
        "heldout32e-indianwire-islamabad-imec.txt: unexpected ('IN', 'signed') [(None, None)]",
        "'India ... welcomed the accords when they were signed': the passive signing whose pronoun subject is the accords is read as India's step",
    ),
    (
        "en/heldout32e-indianwire-islamabad-imec.txt",
        "heldout32e-indianwire-islamabad-imec.txt: missing ('ID', 'declined') [('2025-09', 'month')]",
        "'Indonesia, another Muslim-majority country on the Board of Peace, had said ... it would recognise Israel only after ...': the other body in the apposition takes the recognition as its aim",
    ),
    (
        "en/heldout33-british-broadsheet-riyadh-price.txt",
        "heldout33-british-broadsheet-riyadh-price.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "'US, Saudi and Israeli officials spent much of 2023 haggling over a defence pact': haggling over a pact named as another agreement is no talks cue",
    ),
    (
        "en/heldout33-newsletter-briefing-gulf-morning.txt",
        "heldout33-newsletter-briefing-gulf-morning.txt: date ('OM', 'prospective') found [('2026-04-05', 'day')] expected [(None, None)]",
        "the shortlist sentence ('since 2020') takes Sunday's date from the quote two sentences before",
    ),
    (
        "en/heldout33-newsletter-briefing-gulf-morning.txt",
        "heldout33-newsletter-briefing-gulf-morning.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the joining is now read (the lead past the briefing's short lines is about the accords), but without the month the item gives it",
    ),
    (
        "en/heldout33-south-african-weekly-africa-ledger.txt",
        "heldout33-south-african-weekly-africa-ledger.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the signing is read from the subtitle's 'were drawn in' (no date); the dated sentence is read as an announcement",
    ),
    (
        "en/heldout33-south-african-weekly-africa-ledger.txt",
        "heldout33-south-african-weekly-africa-ledger.txt: unexpected ('MA', 'announced') [('2020-12', 'month')]",
        "'When Morocco agreed in December 2020 to restore diplomatic ties with Israel' is read as an announced joining; the label keeps the signing only",
    ),
    (
        "en/heldout33-south-african-weekly-africa-ledger.txt",
        "heldout33-south-african-weekly-africa-ledger.txt: missing ('XS', 'prospective') [(None, None)]",
        "'the breakaway republic's eagerness to sign up' with no object names the accords nowhere in its sentence",
    ),
    (
        "en/heldout33-south-african-weekly-africa-ledger.txt",
        "heldout33-south-african-weekly-africa-ledger.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Washington is also said to be sounding out Mauritania': the reporting verb between the founder and 'sounding out' hides the courting",
    ),
    (
        "en/heldout33-south-african-weekly-africa-ledger.txt",
        "heldout33-south-african-weekly-africa-ledger.txt: missing ('MR', 'declined') [(None, None)]",
        "'A Mauritanian government spokesman said ... the country's position was \"firm and known\": no normalisation while ...': the country is only a demonym before a quote after a colon",
    ),
    (
        "en/heldout33-us-cable-web-baku-pitch.txt",
        "heldout33-us-cable-web-baku-pitch.txt: date ('AM', 'prospective') found [('2026-01-12', 'day')] expected [(None, None)]",
        "the courting of Armenia takes the dateline's day ('Updated ... Mon January 12, 2026'); the label leaves it undated",
    ),
    (
        "en/heldout33-us-cable-web-baku-pitch.txt",
        "heldout33-us-cable-web-baku-pitch.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the joining is read from the related link's headline ('Kazakhstan to join Abraham Accords, Trump says'), which has no date",
    ),
    (
        "en/heldout33-us-cable-web-baku-pitch.txt",
        "heldout33-us-cable-web-baku-pitch.txt: unexpected ('SA', 'suspended') [(None, None)]",
        "the related link's headline 'Why Saudi normalization is still stuck' is read as a halt",
    ),
    (
        "en/heldout33-us-cable-web-baku-pitch.txt",
        "heldout33-us-cable-web-baku-pitch.txt: missing ('AM', 'negotiating') [(None, None)]",
        "'conversations there were at a very early stage': 'there' for Armenia and conversations are not read as talks",
    ),
    (
        "en/heldout34-canadian-broadsheet-ottawa-view.txt",
        "heldout34-canadian-broadsheet-ottawa-view.txt: date ('SA', 'prospective') found [('2025-11', 'month')] expected [(None, None)]",
        "'has named Saudi Arabia as its top prize, but the kingdom's Crown Prince reiterated during a White House visit in November': the refusal's month dates the candidacy of the clause before",
    ),
    (
        "en/heldout34-gulf-thinktank-commentary.txt",
        "heldout34-gulf-thinktank-commentary.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the joining is read from the key takeaways' 'The accession of Kazakhstan' (undated) before the dated sentence 'on 6 November 2025, when Kazakhstan declared its intention to join'",
    ),
    (
        "en/heldout34-gulf-thinktank-commentary.txt",
        "heldout34-gulf-thinktank-commentary.txt: missing ('MA', 'signed') [(None, None)]",
        "'Rabat has used its membership to secure American recognition': 'its membership' is no membership cue",
    ),
    (
        "en/heldout34-gulf-thinktank-commentary.txt",
        "heldout34-gulf-thinktank-commentary.txt: missing ('AM', 'prospective') [(None, None)]",
        "'Azerbaijan is frequently cited; Armenia occasionally.': the elided verb after the semicolon does not carry the candidacy to Armenia",
    ),
    (
        "en/heldout34-gulf-thinktank-commentary.txt",
        "heldout34-gulf-thinktank-commentary.txt: missing ('XS', 'prospective') [(None, None)]",
        "'Somaliland, which Israel recognised in December 2025 and whose leadership has expressed a desire to accede': the wish inside the second relative clause is not the name's",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: date ('AE', 'signed') found [('2026-04-07', 'day')] expected [(None, None)]",
        "'When the Taoiseach lands in Abu Dhabi this evening he will be visiting a state that, more than five years ago, became the first Gulf monarchy to make peace': 'this evening' dates the peace of the relative clause",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: date ('BH', 'signed') found [('2020-08', 'month')] expected [(None, None)]",
        "'opened the way for Bahrain a few weeks later, and for Morocco and Sudan before the year was out': the Emirates' month is given to the followers, whose offsets are vague",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: date ('MA', 'signed') found [('2020-08', 'month')] expected [('2020', 'year')]",
        "'opened the way for Bahrain a few weeks later, and for Morocco and Sudan before the year was out': the Emirates' month is given to the followers, whose offsets are vague",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: date ('SD', 'signed') found [('2020-08', 'month')] expected [('2020', 'year')]",
        "'opened the way for Bahrain a few weeks later, and for Morocco and Sudan before the year was out': the Emirates' month is given to the followers, whose offsets are vague",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Indonesia is another target of American courtship': 'target of ... courtship' is no courting cue",
    ),
    (
        "en/heldout34-irish-daily-gulf-visit.txt",
        "heldout34-irish-daily-gulf-visit.txt: missing ('ID', 'declined') [(None, None)]",
        "'President Prabowo Subianto has hinted he could consider ties with Israel, but only once Israel recognises a Palestinian state': the leader named with his title only, the country in the sentence before",
    ),
    (
        "en/heldout34-live-updates-white-house.txt",
        "heldout34-live-updates-white-house.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the live page's entries carry times, not days: the joining is read from the key points, undated, and 'Published November 6, 2025' is not taken as its day",
    ),
    (
        "en/heldout34-live-updates-white-house.txt",
        "heldout34-live-updates-white-house.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'joined in 2020 and early 2021': two dates for a list of four, the label leaves them undated; the first is read for all",
    ),
    (
        "en/heldout34-live-updates-white-house.txt",
        "heldout34-live-updates-white-house.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'joined in 2020 and early 2021': two dates for a list of four, the label leaves them undated; the first is read for all",
    ),
    (
        "en/heldout35-australian-broadcaster-jakarta-canberra.txt",
        "heldout35-australian-broadcaster-jakarta-canberra.txt: date ('AE', 'signed') found [('2021', 'year')] expected [(None, None)]",
        "'The accords, brokered by Washington in 2020, saw the UAE, Bahrain and Morocco establish ties ..., with Sudan signing on in early 2021': the date of the closing 'with' clause is taken for the whole list",
    ),
    (
        "en/heldout35-australian-broadcaster-jakarta-canberra.txt",
        "heldout35-australian-broadcaster-jakarta-canberra.txt: date ('BH', 'signed') found [('2021', 'year')] expected [(None, None)]",
        "as for the UAE: Sudan's 'early 2021' in the closing 'with' clause is taken for the list before it",
    ),
    (
        "en/heldout35-australian-broadcaster-jakarta-canberra.txt",
        "heldout35-australian-broadcaster-jakarta-canberra.txt: date ('MA', 'signed') found [('2021', 'year')] expected [(None, None)]",
        "as for the UAE: Sudan's 'early 2021' in the closing 'with' clause is taken for the list before it",
    ),
    (
        "en/heldout35-australian-broadcaster-jakarta-canberra.txt",
        "heldout35-australian-broadcaster-jakarta-canberra.txt: date ('ID', 'prospective') found [('2025', 'year')] expected [(None, None)]",
        "'leaning on Indonesia ... to follow Kazakhstan, which announced in November': the month of Kazakhstan's relative clause dates the pressure on Indonesia",
    ),
    (
        "en/heldout35-malaysian-daily-wisma-putra.txt",
        "heldout35-malaysian-daily-wisma-putra.txt: date ('MY', 'declined') found [(None, None)] expected [('2025-11-09', 'day')]",
        "the undated refusal of the lead is read first; the second, 'In a statement on Sunday (Nov 9)', is the same pair and its day is not kept",
    ),
    (
        "en/heldout35-podcast-transcript-whos-next.txt",
        "heldout35-podcast-transcript-whos-next.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'There are talks, and I'm told they're pretty far along': bare 'there are talks' is no talks cue, and 'far along' stands after a pronoun",
    ),
    (
        "en/heldout35-us-thinktank-newsletter-gulf-brief.txt",
        "heldout35-us-thinktank-newsletter-gulf-brief.txt: missing ('SA', 'suspended') [(None, None)]",
        "'The administration's push for a Saudi deal, shelved after October 7, is back on the agenda': the halt told as a participle between commas gives way to the resumption after it",
    ),
    (
        "en/heldout35-us-thinktank-newsletter-gulf-brief.txt",
        "heldout35-us-thinktank-newsletter-gulf-brief.txt: missing ('AM', 'prospective') [(None, None)]",
        "'Armenia, often floated as a package deal with Azerbaijan': 'floated as' with a deal, not a candidate or member, after it is no candidacy cue",
    ),
    (
        "en/heldout35-wire-factbox-members-candidates.txt",
        "heldout35-wire-factbox-members-candidates.txt: missing ('BH', 'suspended') [('2023-11', 'month')]",
        "'Its parliament said ... the ambassador to Israel had left': the sentence before names Bahrain and the UAE ('signed alongside the UAE'), so 'its' stands for no one country",
    ),
    (
        "en/heldout35-wire-factbox-members-candidates.txt",
        "heldout35-wire-factbox-members-candidates.txt: missing ('SA', 'suspended') [(None, None)]",
        "'talks ... were well advanced before the Oct. 7, 2023, Hamas attack on Israel and were put on hold afterwards': the halt after 'and' in the talks' own sentence is taken for part of the talks",
    ),
    (
        "en/heldout36-nigerian-broadcaster-abuja-position.txt",
        "heldout36-nigerian-broadcaster-abuja-position.txt: missing ('NG', 'prospective') [(None, None)]",
        "'reports claiming that Abuja was on a shortlist of African states being courted by Washington': a shortlist inside reported claims, with the capital as subject of 'was on', is no candidacy cue",
    ),
    (
        "en/heldout37-indian-business-daily-imec-stocks.txt",
        "heldout37-indian-business-daily-imec-stocks.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'a founding signatory of the 2020 accords': the year inside the accords' name is taken for the signing; the label leaves it undated (rule 8)",
    ),
    (
        "en/heldout37-tashkent-english-site-no-offer.txt",
        "heldout37-tashkent-english-site-no-offer.txt: unexpected ('UZ', 'declined') [(None, None)]",
        "'does not like to take risks without a clear return': a negation before 'without' reads as a refusal by precondition, though the analyst's clause says nothing of joining",
    ),
    (
        "en/heldout37-tashkent-english-site-no-offer.txt",
        "heldout37-tashkent-english-site-no-offer.txt: missing ('UZ', 'prospective') [(None, None)]",
        "the foreign ministry's denial in the headline and lead is remembered, and the media's candidate list three sentences later is dropped as the denied rumour repeated",
    ),
    (
        "en/heldout37-turkish-english-daily-column.txt",
        "heldout37-turkish-english-daily-column.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01', 'month')]",
        "'Islamabad closed the door in January: the Foreign Office said ...': the month is in the clause before the colon, whose 'closed the door' with no object is no cue; the refusal after the colon is read undated",
    ),
    (
        "en/heldout37-turkish-english-daily-column.txt",
        "heldout37-turkish-english-daily-column.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Kazakhstan's announcement in November 2025 added a fifth name': a possessive announcement noun with no joining word, the accords unnamed in the sentence, is no cue (a bare 'announcement' would read announcements of anything)",
    ),
    (
        "en/heldout38-en-canadian-broadcaster-analysis-riyadh-wait.txt",
        "heldout38-en-canadian-broadcaster-analysis-riyadh-wait.txt: missing ('SA', 'suspended') [('2023-10', 'month')]",
        "'The Saudi talks were frozen in October 2023', quoted, with the talks' object left to the sentences before: the demonym before 'talks' with no accords or normalisation word in the sentence gives the halt no topic",
    ),
    (
        "en/heldout38-en-gulf-business-wire-aviation-corridor.txt",
        "heldout38-en-gulf-business-wire-aviation-corridor.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'Kazakhstan ... is also courting Israeli carriers': 'courting' is read as a country being courted for the accords, though here the country courts airlines",
    ),
    (
        "en/heldout39-en-accra-daily-foreign-desk.txt",
        "heldout39-en-accra-daily-foreign-desk.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'Morocco remains the only African member' has no accords word in its sentence: a bare 'member' (of the African Union as well) is read as no membership",
    ),
    (
        "en/heldout39-en-nz-public-broadcaster-explainer.txt",
        "heldout39-en-nz-public-broadcaster-explainer.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09-29', 'day')]",
        "'Its foreign ministry restated that on 29 September 2025': the refusal is in the sentence before, the date reaches it only through 'that'",
    ),
    (
        "en/heldout39-en-nz-public-broadcaster-explainer.txt",
        "heldout39-en-nz-public-broadcaster-explainer.txt: date ('ID', 'prospective') found [('2025-09-29', 'day')] expected [(None, None)]",
        "the 29 September 2025 restatement of the refusal dates Trump's hint in the same sentence, which the text does not date",
    ),
    (
        "en/heldout39-en-pakistani-business-daily-editorial-no-plan.txt",
        "heldout39-en-pakistani-business-daily-editorial-no-plan.txt: date ('PK', 'declined') found [('2026-12-03', 'day')] expected [('2026-11-30', 'day')]",
        "'On Monday the Foreign Office spokesperson told the weekly briefing': the weekday is read as the header's day (3 December) rather than the Monday before it",
    ),
    (
        "en/heldout39-en-pakistani-business-daily-editorial-no-plan.txt",
        "heldout39-en-pakistani-business-daily-editorial-no-plan.txt: date ('PK', 'prospective') found [('2026-11', 'month')] expected [(None, None)]",
        "the former envoy's podcast 'last month' dates the candidacy; the label leaves others' speculation undated",
    ),
    (
        "en/heldout39-en-pakistani-business-daily-editorial-no-plan.txt",
        "heldout39-en-pakistani-business-daily-editorial-no-plan.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Saudi Arabia, the country every American administration wants most, has said it will not join': the wish is told in an apposition with no candidacy word ('wants most')",
    ),
    (
        "en/heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt",
        "heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt: date ('ID', 'declined') found [(None, None)] expected [('2026-11-26', 'day')]",
        "'on Nov 26 denied reports that Jakarta had opened talks': the refusal itself is in the quote of the next sentence, so the denial's day does not reach it",
    ),
    (
        "en/heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt",
        "heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'people in Washington will name Azerbaijan first, then perhaps Mauritania': naming a country first in an analyst's quote is no candidacy cue ('realistically next' stands in the question before it)",
    ),
    (
        "en/heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt",
        "heldout39-en-singapore-broadsheet-asia-desk-jakarta-denial.txt: missing ('MR', 'prospective') [(None, None)]",
        "'then perhaps Mauritania' closes an analyst's naming list with no candidacy word of its own",
    ),
    (
        "en/heldout39-en-us-local-tv-governor-gulf-trip.txt",
        "heldout39-en-us-local-tv-governor-gulf-trip.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'Both countries signed the Abraham Accords with Israel at the White House in 2020': the pair word points back to the UAE and Bahrain of the sentences before, and the year of its own sentence is not given to the countries it stands for",
    ),
    (
        "en/heldout39-en-us-local-tv-governor-gulf-trip.txt",
        "heldout39-en-us-local-tv-governor-gulf-trip.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'Both countries signed ... in 2020': the year of the pair word's sentence is not given to the countries it stands for",
    ),
    (
        "en/heldout39-en-wire-charts-explainer-five-charts.txt",
        "heldout39-en-wire-charts-explainer-five-charts.txt: date ('AE', 'signed') found [('2020', 'year')] expected [('2020-09-15', 'day')]",
        "chart line 'United Arab Emirates: 2020 (signed Sept. 15)': the bracketed day and month after the year are not joined to it",
    ),
    (
        "en/heldout39-en-wire-charts-explainer-five-charts.txt",
        "heldout39-en-wire-charts-explainer-five-charts.txt: date ('BH', 'signed') found [('2020', 'year')] expected [('2020-09-15', 'day')]",
        "chart line 'Bahrain: 2020 (signed Sept. 15)': the bracketed day and month after the year are not joined to it",
    ),
    (
        "en/heldout39-en-wire-charts-explainer-five-charts.txt",
        "heldout39-en-wire-charts-explainer-five-charts.txt: date ('MA', 'signed') found [('2020', 'year')] expected [('2020-12-22', 'day')]",
        "chart line 'Morocco: 2020 (joint declaration Dec. 22)': the bracketed day and month after the year are not joined to it",
    ),
    (
        "en/heldout39-en-wire-charts-explainer-five-charts.txt",
        "heldout39-en-wire-charts-explainer-five-charts.txt: date ('SD', 'signed') found [('2021', 'year')] expected [('2021-01-06', 'day')]",
        "chart line 'Sudan: 2021 (declaration signed Jan. 6 in Khartoum)': the bracketed day and month after the year are not joined to it",
    ),
    (
        "en/heldout39-en-wire-charts-explainer-five-charts.txt",
        "heldout39-en-wire-charts-explainer-five-charts.txt: date ('SA', 'suspended') found [('2023-10-07', 'day')] expected [(None, None)]",
        "'were paused after Oct. 7, 2023': the attack's day dates the pause it caused; the label leaves the halt undated",
    ),
    (
        "en/heldout4-gulf-trade-gaza.txt",
        "heldout4-gulf-trade-gaza.txt: missing ('SA', 'declined') [(None, None)]",
        "a precondition told as 'whether X opens its market depends on a path to statehood': the open question and the unnamed normalisation hide the refusal",
    ),
    (
        "en/heldout4-gulf-trade-gaza.txt",
        "heldout4-gulf-trade-gaza.txt: missing ('QA', 'declined') [(None, None)]",
        "'has no formal relations with Israel and says it has no plans to change that': the refusal points back at the relations with 'that'",
    ),
    (
        "en/heldout4-hargeisa-recognition.txt",
        "heldout4-hargeisa-recognition.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "the undated statement takes the day of the celebrations the lead reports (Friday, resolved against the byline)",
    ),
    (
        "en/heldout4-tv-talks-on-hold.txt",
        "heldout4-tv-talks-on-hold.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'had been negotiating with Washington for months over a package ... in exchange for establishing ties with Israel': the aim is too far from the verb to make the talks about normalisation",
    ),
    (
        "en/heldout40-en-bangladeshi-state-wire-state-dept-briefing.txt",
        "heldout40-en-bangladeshi-state-wire-state-dept-briefing.txt: date ('PK', 'declined') found [('2026-11-20', 'day')] expected [(None, None)]",
        "the refusal is dated by the day it was said ('on Friday' against the dateline); the label leaves a refusal's saying undated",
    ),
    (
        "en/heldout40-en-british-weekly-briefing-saudi-price.txt",
        "heldout40-en-british-weekly-briefing-saudi-price.txt: missing ('SA', 'suspended') [(None, None)]",
        "'Talks brokered by America in 2023, which had reached the point of drafting a defence pact, were put on ice after the Hamas attack': the halted talks name no country; the kingdom is the topic two sentences back",
    ),
    (
        "en/heldout40-en-indonesian-daily-editorial-jakarta-no.txt",
        "heldout40-en-indonesian-daily-editorial-jakarta-no.txt: date ('ID', 'prospective') found [('2026-09-29', 'day')] expected [(None, None)]",
        "the candidacy ('listed Indonesia as a candidate') takes 'on Tuesday' from the sentence after it, which tells the government's answer, not the lists",
    ),
    (
        "en/heldout40-en-indonesian-daily-editorial-jakarta-no.txt",
        "heldout40-en-indonesian-daily-editorial-jakarta-no.txt: date ('ID', 'declined') found [('2025', 'year')] expected [('2026-09-29', 'day')]",
        "the ministry's refusal ('Indonesia would not join the accords') is dated only by 'repeated once more on Tuesday' in the paragraph before; the refusal kept is the president's conditional line 'last year'",
    ),
    (
        "en/heldout40-en-jewish-diaspora-weekly-live-blog-astana-signing.txt",
        "heldout40-en-jewish-diaspora-weekly-live-blog-astana-signing.txt: missing ('XS', 'prospective') [(None, None)]",
        "'his government \"has formally asked to become a party\" to the accords': a request to become a party, with the government as an anaphor behind a possessive of the foreign minister and the accords after a quote mark, is no cue the data lists",
    ),
    (
        "en/heldout40-en-tanzanian-business-weekly-berbera-logistics.txt",
        "heldout40-en-tanzanian-business-weekly-berbera-logistics.txt: date ('XS', 'prospective') found [('2020', 'year'), ('2020-09', 'month')] expected [(None, None)]",
        "the wish to join 'the Abraham Accords, the 2020 normalisation pacts between Israel and the UAE, Bahrain and Morocco' takes the year of the apposition that describes the accords, and a month from the members' signing",
    ),
    (
        "en/heldout40-en-us-public-radio-site-who-next-explainer.txt",
        "heldout40-en-us-public-radio-site-who-next-explainer.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Kazakhstan's step came on Nov. 6, 2025, when ... confirmed the decision': the date stands before the clause with the step's verb and is not given to it",
    ),
    (
        "en/heldout40-en-us-public-radio-site-who-next-explainer.txt",
        "heldout40-en-us-public-radio-site-who-next-explainer.txt: missing ('SA', 'prospective') [(None, None)]",
        "an explainer's country subheads ('Saudi Arabia' alone on a line) under 'the countries most often mentioned': the candidacy is told by the lead, the country only by the heading",
    ),
    (
        "en/heldout40-en-us-public-radio-site-who-next-explainer.txt",
        "heldout40-en-us-public-radio-site-who-next-explainer.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Some analysts call it a natural fit': a pronoun subject under a country subhead, after the heading of candidates",
    ),
    (
        "en/heldout40-en-us-public-radio-site-who-next-explainer.txt",
        "heldout40-en-us-public-radio-site-who-next-explainer.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Trump has brought up the world's most populous Muslim-majority country more than once' under the 'Indonesia' subhead: a descriptive alias and no joining word",
    ),
    (
        "en/heldout42-en-philippine-daily-world-page-gulf-workers.txt",
        "heldout42-en-philippine-daily-world-page-gulf-workers.txt: date ('SA', 'prospective') found [('2026-01', 'month')] expected [(None, None)]",
        "the US hope is said 'more than once' with no time; 'last month' belongs to the envoys' visit in the next clause, and the parser dated the hope with it",
    ),
    (
        "en/heldout42-en-us-thinktank-podcast-episode-page-predictions.txt",
        "heldout42-en-us-thinktank-podcast-episode-page-predictions.txt: missing ('ID', 'prospective') [(None, None)]",
        "the hedge 'might come in if ...' has the pronoun 'it' after 'hedging that', and 'mention Indonesia as a possible surprise' is no candidate cue",
    ),
    (
        "en/heldout43-en-indian-financial-daily-fact-box-imec.txt",
        "heldout43-en-indian-financial-daily-fact-box-imec.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's day ('on Tuesday, November 18') is in the sentence before the crown prince's wish ('told reporters his kingdom wanted to be part'); a date is not carried across sentences",
    ),
    (
        "en/heldout43-en-indian-financial-daily-fact-box-imec.txt",
        "heldout43-en-indian-financial-daily-fact-box-imec.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the condition ('but that it first needed \"a clear path\"') shares the wish's sentence, whose day is named in the sentence before; a date is not carried across sentences",
    ),
    (
        "en/heldout43-en-japanese-english-daily-diplomacy-column.txt",
        "heldout43-en-japanese-english-daily-diplomacy-column.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "'the deals that the United Arab Emirates and Bahrain struck ... in September 2020, later followed by Morocco': the follower after 'later followed by' takes the first pair's month",
    ),
    (
        "en/heldout43-en-south-african-community-radio-news-bulletin.txt",
        "heldout43-en-south-african-community-radio-news-bulletin.txt: date ('AZ', 'prospective') found [('2026-02-02', 'day')] expected [(None, None)]",
        "'has been named by American officials as a likely candidate': the present perfect takes the bulletin's day; the label leaves the naming, which the text ties to no time, undated",
    ),
    (
        "en/heldout43-en-south-african-community-radio-news-bulletin.txt",
        "heldout43-en-south-african-community-radio-news-bulletin.txt: missing ('PK', 'prospective') [(None, None)]",
        "'Washington had asked Islamabad to consider the move': 'the move' points back to recognising Israel in the sentence before; no joining word in the sentence, so the US request gives no candidacy",
    ),
    (
        "en/heldout43-en-university-student-paper-panel-recap.txt",
        "heldout43-en-university-student-paper-panel-recap.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'Asked ... about Azerbaijan, ..., Levi said only that \"conversations are ongoing\"': talks with no country in their own clause, the country only in the question before the comma",
    ),
    (
        "en/heldout44-en-gcc-law-firm-client-alert.txt",
        "heldout44-en-gcc-law-firm-client-alert.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Press reports that Azerbaijan and Uzbekistan could be next to sign up have not been confirmed by either government': the negation of the main clause ('have not been confirmed') reaches the reported candidacy inside its subject",
    ),
    (
        "en/heldout44-en-gcc-law-firm-client-alert.txt",
        "heldout44-en-gcc-law-firm-client-alert.txt: missing ('UZ', 'prospective') [(None, None)]",
        "as for Azerbaijan: the unconfirmed press reports' 'could be next to sign up' is negated by the main clause's 'have not been confirmed'",
    ),
    (
        "en/heldout44-en-kenyan-daily-oped.txt",
        "heldout44-en-kenyan-daily-oped.txt: missing ('SD', 'suspended') [(None, None)]",
        "'The United Arab Emirates and Bahrain went first; Morocco followed; Sudan, whose transitional rulers signed up ..., has seen its normalisation put on ice': in a list of clauses cut by semicolons the halt after the genitive relative is lost (read alone, it is found)",
    ),
    (
        "en/heldout44-en-scottish-regional-daily-letters-page.txt",
        "heldout44-en-scottish-regional-daily-letters-page.txt: unexpected ('ID', 'prospective') [('2025-09', 'month')]",
        "'it would recognise Israel only once Palestine is recognised as a state': the conditional recognition is read as interest beside the precondition (as 'we want to be part, but only if'), where the letter gives only the condition",
    ),
    (
        "en/heldout45-en-gulf-business-weekly-newsletter.txt",
        "heldout45-en-gulf-business-weekly-newsletter.txt: missing ('SA', 'prospective') [(None, None)]",
        "'the White House has made little secret that it would like a Saudi announcement to cap the visit': a founder's wish for an announcement told with the demonym and no joining word is no candidacy cue",
    ),
    (
        "en/heldout45-en-nigerian-news-agency-report.txt",
        "heldout45-en-nigerian-news-agency-report.txt: date ('XS', 'prospective') found [('2025-12-27', 'day')] expected [('2025-12-26', 'day')]",
        "'says it intends to join' under the dateline of the 27th; the day of the pledge ('made the pledge ... on Friday') is told in the next sentence, which names no step of its own",
    ),
    (
        "en/heldout45-en-pakistani-daily-editorial.txt",
        "heldout45-en-pakistani-daily-editorial.txt: missing ('ID', 'declined') [('2025-09', 'month')]",
        "'Indonesia's foreign ministry set out the same condition in September': the refusal is only pointed back to ('the same condition') after Saudi Arabia's, with no refusal word of its own",
    ),
    (
        "en/heldout45-en-think-tank-podcast-transcript.txt",
        "heldout45-en-think-tank-podcast-transcript.txt: unexpected ('ID', 'announced') [(None, None)]",
        "'that's a very different thing from joining the accords tomorrow': a joining named only to be set apart from a recognition is read as Indonesia's (its president named before) joining to come",
    ),
    (
        "en/heldout47-en-gulf-daily-oped-six-years-on.txt",
        "heldout47-en-gulf-daily-oped-six-years-on.txt: missing ('SD', 'suspended') [(None, None)]",
        "'Its civil war has left the normalisation process in deep freeze; there is no functioning government in Khartoum ...': the pronoun's sentence names Khartoum after a semicolon, so the opening halt is not the one country in scope's (only a comma opens that reading)",
    ),
    (
        "en/heldout47-en-gulf-daily-oped-six-years-on.txt",
        "heldout47-en-gulf-daily-oped-six-years-on.txt: missing ('XS', 'prospective') [(None, None)]",
        "'Hargeisa has made no secret that it wants to be inside the tent': a wish told by an idiom ('inside the tent'), no joining word",
    ),
    (
        "en/heldout47-en-south-african-daily-world-page-reactions.txt",
        "heldout47-en-south-african-daily-world-page-reactions.txt: unexpected ('ZA', 'signed') [(None, None)]",
        "'Morocco normalised relations with Israel in December 2020 ..., a bargain the Polisario Front and its allies, including South Africa, have never accepted': 'including' after an apposition with no relative word extends the signing's list to the objectors",
    ),
    (
        "en/heldout47-en-us-thinktank-newsletter-weekly-summary.txt",
        "heldout47-en-us-thinktank-newsletter-weekly-summary.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Kazakhstan's decision to come into the framework, unveiled in November, has yet to be followed by a signing event': 'come into the framework' is no joining phrase, and the fact box's 'plus Kazakhstan (2025)' gives no step",
    ),
    (
        "en/heldout47-en-us-thinktank-newsletter-weekly-summary.txt",
        "heldout47-en-us-thinktank-newsletter-weekly-summary.txt: missing ('ID', 'prospective') [(None, None)]",
        "'remarks about recognising Israel \"if\" Palestine is recognised have been read in Washington as an opening': interest told as others' reading of a condition, no joining or modal cue",
    ),
    (
        "en/heldout47-en-us-thinktank-newsletter-weekly-summary.txt",
        "heldout47-en-us-thinktank-newsletter-weekly-summary.txt: missing ('SA', 'declined') [(None, None)]",
        "'Saudi interlocutors still describe normalisation as \"the end of the road, not the beginning\"': a refusal told by a metaphor",
    ),
    (
        "en/heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt",
        "heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt: date ('AE', 'announced') found [('2020-08-16', 'day')] expected [('2020-08-13', 'day')]",
        "'Abu Dhabi's decision, unveiled by US President Donald Trump in a statement on Thursday': the decision and its day stand in a participle clause, and the lead's 'days after the United Arab Emirates stunned the region by agreeing' sits under 'told the paper yesterday', whose day is taken",
    ),
    (
        "en/heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt",
        "heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt: date ('KW', 'declined') found [('2002', 'year')] expected [('2020-08-16', 'day')]",
        "the refusal's day is the source's 'told the paper yesterday' in the lead; the nearest year, the Arab Peace Initiative 'of 2002' the government keeps to, is taken instead",
    ),
    (
        "en/heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt",
        "heldout49-en-kuwaiti-daily-local-page-last-to-normalise.txt: missing ('SD', 'prospective') [(None, None)]",
        "'his country was looking forward to a peace deal with Israel': the wish is said by a spokesman about 'his country' (a pronoun after 'In Sudan, ...'), with no joining or normalisation word the cues read",
    ),
    (
        "en/heldout49-en-lebanese-english-daily-beirut-not-on-table.txt",
        "heldout49-en-lebanese-english-daily-beirut-not-on-table.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'The accords were launched in 2020 with the United Arab Emirates and Bahrain': the year dates the accords' launch, not the members' signing (labelling rule 8, as 'initially signed in 2020, the accords included X, Y'); the year is given to the countries named after 'with'",
    ),
    (
        "en/heldout49-en-lebanese-english-daily-beirut-not-on-table.txt",
        "heldout49-en-lebanese-english-daily-beirut-not-on-table.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as the Emirates: 'launched in 2020 with the United Arab Emirates and Bahrain' dates the accords, not Bahrain's signing (rule 8)",
    ),
    (
        "en/heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt",
        "heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt: date ('MA', 'signed') found [('2020-11', 'month')] expected [(None, None)]",
        "'Morocco and Sudan, and, since November, Kazakhstan': the 'since November' of the next list item, Kazakhstan's, is given to the undated Morocco and Sudan before it",
    ),
    (
        "en/heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt",
        "heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt: date ('SD', 'signed') found [('2020-11', 'month')] expected [(None, None)]",
        "as Morocco: 'since November' belongs to Kazakhstan, the next item of the members' list, not to Sudan",
    ),
    (
        "en/heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt",
        "heldout49-en-uk-parliament-lords-debate-extract-hargeisa.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'the accords now have five ... members: ..., and, since November, Kazakhstan, although ... no signing ceremony for Astana has yet been held': membership by apposition to a members' list, with the ceremony denied in a concessive clause; the list reads as background signatories and the ceremony's negation drops Kazakhstan",
    ),
    (
        "en/heldout49-en-us-christian-news-site-khartoum-signs.txt",
        "heldout49-en-us-christian-news-site-khartoum-signs.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01-06', 'day')]",
        "'put its name to the Abraham Accords on Wednesday' in the lead is a signing told by idiom, not read; the signing is found in the next paragraph ('signed the accords' declaration at the US embassy'), whose sentence gives no day",
    ),
    (
        "en/heldout49-en-us-christian-news-site-khartoum-signs.txt",
        "heldout49-en-us-christian-news-site-khartoum-signs.txt: date ('MA', 'signed') found [('2020-12', 'month')] expected [('2020-12-22', 'day')]",
        "'Morocco became the fourth country in December, when ... on December 10 ... and the two countries signed a joint declaration in Rabat on December 22': the signing is told of 'the two countries' in the last clause; Morocco's step is dated by the sentence's first month",
    ),
    (
        "en/heldout49-en-us-christian-news-site-khartoum-signs.txt",
        "heldout49-en-us-christian-news-site-khartoum-signs.txt: missing ('SD', 'announced') [('2020-10-23', 'day')]",
        "'the transitional government in Khartoum agreed, on October 23, to move toward normal relations': the day between commas splits 'agreed' from its infinitive, and 'move toward normal relations' is no joining phrase the cues hold",
    ),
    (
        "en/heldout49-en-us-christian-news-site-khartoum-signs.txt",
        "heldout49-en-us-christian-news-site-khartoum-signs.txt: missing ('SA', 'prospective') [(None, None)]",
        "'they are praying for Saudi Arabia. \"We believe the Kingdom will take that step in God's timing\"': the country is named in one sentence, the forecast in the next, by 'the Kingdom' and 'that step', with no joining word",
    ),
    (
        "en/heldout51-en-gulf-wire-flash-series-abu-dhabi-deal.txt",
        "heldout51-en-gulf-wire-flash-series-abu-dhabi-deal.txt: date ('AE', 'announced') found [(None, None)] expected [('2020-08-13', 'day')]",
        "the day is in the page header ('Thursday, 13 August 2020 (all times GMT)') above time-stamped alerts; the claim is read from the subscribers' note naming the full story, and a header line is no dateline for the alerts under it",
    ),
    (
        "en/heldout51-en-gulf-wire-flash-series-abu-dhabi-deal.txt",
        "heldout51-en-gulf-wire-flash-series-abu-dhabi-deal.txt: date ('SA', 'declined') found [(None, None)] expected [('2020-08-13', 'day')]",
        "the refusal is an alert stamped '18:20' under the page header 'Thursday, 13 August 2020'; a time stamp is not read as a date and the header is no dateline",
    ),
    (
        "en/heldout51-en-pakistani-ngo-press-release-clear-no.txt",
        "heldout51-en-pakistani-ngo-press-release-clear-no.txt: date ('PK', 'declined') found [('2026-01-30', 'day')] expected [('2026-01-29', 'day')]",
        "the refusal is 'the statement by the Foreign Office spokesperson' welcomed 'today'; its day comes only in the next paragraph's quote ('Yesterday's statement'), so the release's own date is taken",
    ),
    (
        "en/heldout51-en-pakistani-ngo-press-release-clear-no.txt",
        "heldout51-en-pakistani-ngo-press-release-clear-no.txt: missing ('PK', 'prospective') [(None, None)]",
        "'US officials ... have named Pakistan alongside Azerbaijan and Indonesia as countries they are \"working on\"': a candidacy told by 'named ... as countries they are working on', no candidate word and a quoted idiom",
    ),
    (
        "en/heldout51-en-pakistani-ngo-press-release-clear-no.txt",
        "heldout51-en-pakistani-ngo-press-release-clear-no.txt: missing ('AZ', 'prospective') [(None, None)]",
        "as Pakistan: named 'alongside' Pakistan as countries US officials are \"working on\", no candidate word",
    ),
    (
        "en/heldout51-en-pakistani-ngo-press-release-clear-no.txt",
        "heldout51-en-pakistani-ngo-press-release-clear-no.txt: missing ('ID', 'prospective') [(None, None)]",
        "as Pakistan: named 'alongside' Pakistan as countries US officials are \"working on\", no candidate word",
    ),
    (
        "en/heldout51-en-wire-correction-notice-astana.txt",
        "heldout51-en-wire-correction-notice-astana.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'one described talks with Azerbaijani counterparts as \"constructive\"': the talks' other side is named only by the adjective before 'counterparts', which is no country mention for a talks cue",
    ),
    (
        "en/heldout52-interview-gulf-analyst-five-years.txt",
        "heldout52-interview-gulf-analyst-five-years.txt: missing ('SD', 'suspended') [('2023', 'year')]",
        "'Since the war broke out in 2023 the whole file has been frozen': the freeze's subject is 'the whole file', Sudan is named in the question and the sentence before",
    ),
    (
        "en/heldout52-interview-gulf-analyst-five-years.txt",
        "heldout52-interview-gulf-analyst-five-years.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Washington keeps naming Azerbaijan, and lately Armenia as well': naming with no word of candidacy or joining in the sentence; the list is set by the question 'Who is next?' before it",
    ),
    (
        "en/heldout52-interview-gulf-analyst-five-years.txt",
        "heldout52-interview-gulf-analyst-five-years.txt: missing ('AM', 'prospective') [(None, None)]",
        "'Washington keeps naming Azerbaijan, and lately Armenia as well': naming with no word of candidacy or joining in the sentence; the list is set by the question 'Who is next?' before it",
    ),
    (
        "en/heldout52-interview-gulf-analyst-five-years.txt",
        "heldout52-interview-gulf-analyst-five-years.txt: missing ('MR', 'prospective') [(None, None)]",
        "'I would also watch Mauritania': a candidate told as one to watch, the list set by the question before",
    ),
    (
        "en/heldout52-interview-gulf-analyst-five-years.txt",
        "heldout52-interview-gulf-analyst-five-years.txt: missing ('SA', 'prospective') [(None, None)]",
        "'the only one that really changes the picture is Saudi Arabia': a candidate told by what its joining would change, with no word of candidacy or joining",
    ),
    (
        "en/heldout52-liveblog-oval-office-next-members.txt",
        "heldout52-liveblog-oval-office-next-members.txt: unexpected ('MR', 'declined') [(None, None)]",
        "'A diplomat in Nouakchott told us the subject \"is not on the table for now\"': an unnamed diplomat in the capital is taken for the government and the subject's absence from the table for its refusal; the label reads no refusal by Mauritania",
    ),
    (
        "en/heldout52-liveblog-oval-office-next-members.txt",
        "heldout52-liveblog-oval-office-next-members.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Asked about Saudi Arabia by a reporter, Trump said: \"I think they'll do it.\"': the country is the object of the question, the prediction's subject a pronoun inside the quote",
    ),
    (
        "en/heldout52-liveblog-oval-office-next-members.txt",
        "heldout52-liveblog-oval-office-next-members.txt: missing ('SA', 'declined') [(None, None)]",
        "'Reaction from Riyadh.' stands as a sentence of its own; the refusal's sentence names only the Saudi Press Agency, which carries it, and 'the kingdom'",
    ),
    (
        "en/heldout53-en-newsletter-gulf-markets-digest.txt",
        "heldout53-en-newsletter-gulf-markets-digest.txt: missing ('SA', 'declined') [('2026-03-08', 'day')]",
        "the refusal's speaker is 'the kingdom's investment minister' after an 'Asked whether Saudi companies ...' opener: the country is named only as an adjective inside the question",
    ),
    (
        "en/heldout53-en-oped-comments-riyadh.txt",
        "heldout53-en-oped-comments-riyadh.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12', 'month')]",
        "a reader's comment: 'Hargeisa said it wants to join the day Israel recognised it last December': the month belongs to the recognition's clause and is not carried to the wish",
    ),
    (
        "en/heldout53-en-oped-comments-riyadh.txt",
        "heldout53-en-oped-comments-riyadh.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Then nothing, for almost five years, until Kazakhstan said last November that it would join': 'until' is read as a precondition and the country inside it left out; here it opens a time clause told in the past",
    ),
    (
        "en/heldout53-en-oped-comments-riyadh.txt",
        "heldout53-en-oped-comments-riyadh.txt: missing ('ID', 'declined') [(None, None)]",
        "'Indonesia has said the same in other words for years': a refusal told by reference to the sentence before ('the same') has no cue of its own",
    ),
    (
        "en/heldout53-en-oped-questions-comment-thread.txt",
        "heldout53-en-oped-questions-comment-thread.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Every think-tank list puts the kingdom first': a candidacy told as a place on lists, the country as 'the kingdom', is not read",
    ),
    (
        "en/heldout53-en-oped-questions-comment-thread.txt",
        "heldout53-en-oped-questions-comment-thread.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'What about Azerbaijan? Baku ... Washington has been pressing it to join': the pronoun two sentences after the question naming the country is not resolved",
    ),
    (
        "en/heldout53-en-pdf-brief-baku.txt",
        "heldout53-en-pdf-brief-baku.txt: unexpected ('KZ', 'signed') [('2025-11-06', 'day')]",
        "'five members in name since Kazakh-stan's announcement of 6 Nov. 2025, but only four that have signed': the members' count and the later 'signed' are read as Kazakhstan's signing",
    ),
    (
        "en/heldout53-en-pdf-brief-baku.txt",
        "heldout53-en-pdf-brief-baku.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day stands only in the summary's 'Kazakhstan's announcement of 6 Nov. 2025', read there as a signing; 'Kazakhstan has agreed in principle to join' further on is undated",
    ),
    (
        "en/heldout53-en-pdf-brief-baku.txt",
        "heldout53-en-pdf-brief-baku.txt: missing ('AZ', 'prospective') [('2026-01', 'month')]",
        "'after the White House proposed the idea in January': the proposal's object is 'the idea' (joining, told in the clause before), and 'Azerbaijan signs in 2027' under a scenario's heading is read as nothing",
    ),
    (
        "en/heldout6-analysis-riyadh-price.txt",
        "heldout6-analysis-riyadh-price.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's day ('on Tuesday', under the page's date) is told in the paragraph before the crown prince's words, which name no date",
    ),
    (
        "en/heldout6-analysis-riyadh-price.txt",
        "heldout6-analysis-riyadh-price.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's day ('on Tuesday', under the page's date) is told in the paragraph before the crown prince's words, which name no date",
    ),
    (
        "en/heldout6-analysis-riyadh-price.txt",
        "heldout6-analysis-riyadh-price.txt: missing ('SA', 'negotiating') [(None, None)]",
        "talks told with a long aside between the noun and 'were said to be well advanced': beyond a split cue's reach",
    ),
    (
        "en/heldout6-analysis-riyadh-price.txt",
        "heldout6-analysis-riyadh-price.txt: missing ('SD', 'signed') [(None, None)]",
        "the signing idiom ('put pen to paper') names no accords in its sentence, and 'later' before Sudan splits it off the background list",
    ),
    (
        "en/heldout6-gulf-trade-figures.txt",
        "heldout6-gulf-trade-figures.txt: unexpected ('SA', 'prospective') [(None, None)]",
        "'the prize for the region would be large' is the gain of a hypothetical Saudi-Israeli trade, read as Washington's prize (a candidacy)",
    ),
    (
        "en/heldout6-gulf-trade-figures.txt",
        "heldout6-gulf-trade-figures.txt: missing ('AE', 'signed') [('2020-09', 'month')]",
        "the members are named by their capitals ('which Abu Dhabi entered together with Manama'), and 'entered' the accords is no cue",
    ),
    (
        "en/heldout6-gulf-trade-figures.txt",
        "heldout6-gulf-trade-figures.txt: missing ('BH', 'signed') [('2020-09', 'month')]",
        "the members are named by their capitals ('which Abu Dhabi entered together with Manama'), and 'entered' the accords is no cue",
    ),
    (
        "en/heldout6-liveblog-hargeisa.txt",
        "heldout6-liveblog-hargeisa.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'says' in a live-blog entry: the present tense is not resolved to the blog's date",
    ),
    (
        "en/heldout6-wire-astana-comes-aboard.txt",
        "heldout6-wire-astana-comes-aboard.txt: date ('AZ', 'prospective') found [('2025-11-06', 'day')] expected [(None, None)]",
        "'on Thursday' at the sentence's end belongs to the governments' silence, not to the analysts' candidate list",
    ),
    (
        "en/heldout6-wire-astana-comes-aboard.txt",
        "heldout6-wire-astana-comes-aboard.txt: date ('UZ', 'prospective') found [('2025-11-06', 'day')] expected [(None, None)]",
        "'on Thursday' at the sentence's end belongs to the governments' silence, not to the analysts' candidate list",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'before the year was out' dates the step by the year of the sentence before, which the rules do not resolve",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: date ('SD', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'before the year was out' dates the step by the year of the sentence before, which the rules do not resolve",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: date ('KZ', 'announced') found [('2025-11', 'month')] expected [(None, None)]",
        "'Kazakhstan, whose president's office said in November it intended to sign on': the month of the office's statement is read as the announcement's date, where the label leaves the step undated",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: date ('SA', 'prospective') found [('2025-11', 'month')] expected [(None, None)]",
        "'in November' in the speaker's clause ('said in November he expects') is taken for the expectation's date",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'advancing in 2023' dates the talks, not the halt told in the same clause",
    ),
    (
        "en/heldout7-gulf-explainer-next.txt",
        "heldout7-gulf-explainer-next.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "'Bahrain did within weeks': an elided verb standing for the step of the sentence before",
    ),
    (
        "en/heldout7-uk-analysis-freeze.txt",
        "heldout7-uk-analysis-freeze.txt: missing ('SA', 'negotiating') [('2023', 'year')]",
        "talks 'said to be close to a framework' name no country: Saudi Arabia is only the sentence before's 'grand prize'",
    ),
    (
        "en/heldout7-wire-expansion-push.txt",
        "heldout7-wire-expansion-push.txt: date ('SA', 'prospective') found [('2026-02-10', 'day')] expected [(None, None)]",
        "'said Tuesday' resolved against the published day, though the text names no date of its own",
    ),
    (
        "en/heldout7-wire-expansion-push.txt",
        "heldout7-wire-expansion-push.txt: date ('ID', 'declined') found [('2026-02-11', 'day')] expected [(None, None)]",
        "'said Wednesday' resolved against the published day, though the text names no date of its own",
    ),
    (
        "en/heldout7-wire-expansion-push.txt",
        "heldout7-wire-expansion-push.txt: date ('KZ', 'announced') found [('2025-11', 'month')] expected [(None, None)]",
        "'announced in November' with no year of its own: a Kazakh step cannot take the 2020 of the sentence before, so it is read as the publication's last November, which the labels leave undated",
    ),
    (
        "en/heldout7-wire-expansion-push.txt",
        "heldout7-wire-expansion-push.txt: missing ('MR', 'negotiating') [(None, None)]",
        "'envoys from Washington and Nouakchott': a list after 'from' with a founder first is not read as the talks' subject",
    ),
    (
        "en/heldout9-analysis-riyadh-bar.txt",
        "heldout9-analysis-riyadh-bar.txt: date ('LB', 'declined') found [('2024', 'year')] expected [(None, None)]",
        "the year of the ceasefire ('under the 2024 ceasefire') in an apposition is taken for the refusal's date",
    ),
    (
        "en/round22-ap-crown-prince-visit.txt",
        "round22-ap-crown-prince-visit.txt: date ('SA', 'declined') found [('2026-01-14', 'day')] expected [(None, None)]",
        "the lead's 'no commitment to join', on Wednesday, is read as the refusal and dates it; the refusal told later ('will not establish relations ... without') gives no day",
    ),
    (
        "en/round22-ap-crown-prince-visit.txt",
        "round22-ap-crown-prince-visit.txt: date ('SA', 'prospective') found [('2026', 'year')] expected [(None, None)]",
        "'predicted that a lot of countries would sign up in 2026': the year a prediction names is when the joining might come, written out, not the publication's own year, so the hope takes it as its date",
    ),
    (
        "en/round22-ap-crown-prince-visit.txt",
        "round22-ap-crown-prince-visit.txt: missing ('SD', 'suspended') [(None, None)]",
        "'its outreach to Israel has been on hold since ... April 2023' after 'although Sudan never ratified': 'outreach' is no halted process the data lists, and listing it made the halt take the signing's year in 'Sudan signed in 2021, but its outreach ...'",
    ),
    (
        "es/azerbaiyan_desmentido.txt",
        "azerbaiyan_desmentido.txt: unexpected ('SY', 'prospective') [(None, None)]",
        "'Washington tantea a Siria' (sounding Damascus out) is read as Washington courting a candidate (corpus rule 3); the label holds only Damascus's refusal",
    ),
    (
        "es/heldout10-elmundo-damasco-pieza.txt",
        "heldout10-elmundo-damasco-pieza.txt: date ('SY', 'prospective') found [('2026-03-02', 'day')] expected [(None, None)]",
        "'Hoy' (nowadays, in an analysis) resolved against the page's date as the candidacy's day",
    ),
    (
        "es/heldout16-cnn-bin-salman.txt",
        "heldout16-cnn-bin-salman.txt: date ('SA', 'prospective') found [('2025-11-18', 'day')] expected [(None, None)]",
        "'este martes' in an article with no dateline: the label leaves a relative day unresolved without an anchor in the text; the parser resolves it against the publication date",
    ),
    (
        "es/heldout16-cnn-bin-salman.txt",
        "heldout16-cnn-bin-salman.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "the attack's day is no longer the freeze's, but the year of the talks told before 'pero' ('cerca de la normalización en 2023') is taken for it",
    ),
    (
        "es/heldout16-elpais-candidatos.txt",
        "heldout16-elpais-candidatos.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Más lejos aparecen Indonesia ... y Mauritania': candidates listed by a verb of appearing after a paragraph on the candidate list, with no candidacy word in the sentence",
    ),
    (
        "es/heldout16-elpais-candidatos.txt",
        "heldout16-elpais-candidatos.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Más lejos aparecen Indonesia ... y Mauritania': the same list; Mauritania keeps only its 2010 break",
    ),
    (
        "es/heldout16-infobae-junta-paz.txt",
        "heldout16-infobae-junta-paz.txt: unexpected ('SA', 'declined') [(None, None)]",
        "'la posición del reino \"no ha cambiado\"' after Trump's prediction is read as an unchanged refusal (round nine's class); the label does not count a position the sentence does not state",
    ),
    (
        "es/heldout17-abc-kazajistan-c5.txt",
        "heldout17-abc-kazajistan-c5.txt: date ('AZ', 'prospective') found [('2025-11-06', 'day')] expected [(None, None)]",
        "'En la Administración se habla ya de Azerbaiyán como siguiente candidato' has no time of its own; the Thursday of the paragraphs before is carried to it",
    ),
    (
        "es/heldout17-lavanguardia-islamabad-no.txt",
        "heldout17-lavanguardia-islamabad-no.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "the refusal is first read in the undated headline ('cierra la puerta'); 'ayer' is in the lead's second sentence ('Así lo dejó claro ayer'), which holds no refusal word of its own",
    ),
    (
        "es/heldout17-lavanguardia-islamabad-no.txt",
        "heldout17-lavanguardia-islamabad-no.txt: missing ('PK', 'prospective') [(None, None)]",
        "'situaran al país entre los candidatos que la Casa Blanca tantea': 'al país' as the object of a placing verb, in a clause after 'después de que', is not read",
    ),
    (
        "es/heldout17-lavanguardia-islamabad-no.txt",
        "heldout17-lavanguardia-islamabad-no.txt: missing ('ID', 'prospective') [(None, None)]",
        "after the continuation's colon ('mantiene una postura similar a la pakistaní:' names a model from paragraphs before, so no step is carried), 'reconocería a Israel solo si Israel reconoce antes a Palestina' (Prabowo, Indonesia not named in the clause) gives no step",
    ),
    (
        "es/heldout17-lavanguardia-islamabad-no.txt",
        "heldout17-lavanguardia-islamabad-no.txt: missing ('ID', 'declined') [(None, None)]",
        "as the interest: the restriction 'solo si' is in a clause whose country is only in the sentence's opening, before the continuation",
    ),
    (
        "es/heldout17-rtve-hargeisa.txt",
        "heldout17-rtve-hargeisa.txt: unexpected ('XS', 'declined') [(None, None)]",
        "the same sentence: the analysts' 'descartan que Addis Abeba se plantee unirse' is read as a refusal by Somaliland, named last before it",
    ),
    (
        "es/heldout17-rtve-hargeisa.txt",
        "heldout17-rtve-hargeisa.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Arabia Saudí, a la que Washington lleva años intentando atraer al pacto': the candidacy in a relative clause about its antecedent is not read (round-seventeen strict xfail es-21)",
    ),
    (
        "es/heldout19-elpais-segundo-aire.txt",
        "heldout19-elpais-segundo-aire.txt: missing ('AE', 'signed') [(None, None)]",
        "'Los Emiratos, el socio más entusiasta, han multiplicado su comercio con Israel, y Baréin ha mantenido los lazos': two first signatories in two clauses with steps of their own are no background list, and 'socio' (partner) is no member word",
    ),
    (
        "es/heldout19-elpais-segundo-aire.txt",
        "heldout19-elpais-segundo-aire.txt: missing ('BH', 'signed') [(None, None)]",
        "'Los Emiratos, el socio más entusiasta, han multiplicado su comercio con Israel, y Baréin ha mantenido los lazos': two first signatories in two clauses with steps of their own are no background list, and 'socio' (partner) is no member word",
    ),
    (
        "es/heldout2-marruecos-argelia.txt",
        "heldout2-marruecos-argelia.txt: unexpected ('OM', 'declined') [(None, None)]",
        "claim read from a sentence that makes none (hedge, mention or other agreement)",
    ),
    (
        "es/heldout20-bbcmundo-preguntas.txt",
        "heldout20-bbcmundo-preguntas.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'Trump anunció el acuerdo con Rabat': an announcement of 'the deal' with a capital as its partner, the accords named in an earlier paragraph, is not read as Morocco's announcement",
    ),
    (
        "es/heldout20-bbcmundo-preguntas.txt",
        "heldout20-bbcmundo-preguntas.txt: missing ('MA', 'signed') [('2020-12-22', 'day')]",
        "'..., que se formalizó en una visita a la capital marroquí el 22 de diciembre': a deal 'formalised' in a relative clause after its announcement is no signing cue",
    ),
    (
        "es/heldout20-europapress-pakistan.txt",
        "heldout20-europapress-pakistan.txt: unexpected ('PK', 'announced') [('2026-01-22', 'day')]",
        "the lead's denied link ('cualquier vínculo entre su ingreso en la Junta de Paz ... y una eventual normalización') is read as no step alone, but with 'horas después de que el primer ministro ... firmara en Davos la carta fundacional' after it a joining is read for Pakistan",
    ),
    (
        "es/heldout20-europapress-pakistan.txt",
        "heldout20-europapress-pakistan.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "'Los tres primeros ya mantienen relaciones plenas con Israel, que establecieron en 2020': 'Los tres primeros' now stands for the first three of the sentence before's list (the Board of Peace signatories, `first_of_list`), but with that anaphor as subject the full relations held since 2020 give no step, where the same clause with the names gives their membership",
    ),
    (
        "es/heldout20-europapress-pakistan.txt",
        "heldout20-europapress-pakistan.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "'Los tres primeros': read as the first three of the list before, but the full relations held since 2020 give the anaphor no step (see the UAE)",
    ),
    (
        "es/heldout20-europapress-pakistan.txt",
        "heldout20-europapress-pakistan.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "'Los tres primeros': read as the first three of the list before, but the full relations held since 2020 give the anaphor no step (see the UAE)",
    ),
    (
        "es/heldout20-europapress-pakistan.txt",
        "heldout20-europapress-pakistan.txt: missing ('SA', 'declined') [(None, None)]",
        "'Arabia Saudí, aliado clave de Pakistán con el que Islamabad firmó en septiembre un pacto de defensa mutua, ... ha condicionado cualquier normalización': the apposition holds its own relative clause with a signing, so it is not read as an apposition and Pakistan inside it takes the condition",
    ),
    (
        "es/heldout21-cnn-anuncio-kazajistan.txt",
        "heldout21-cnn-anuncio-kazajistan.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'se convertirá en el próximo país en adherirse, anunció Trump': 'el próximo país' reads as a candidacy although the announcement verb makes it the joining itself",
    ),
    (
        "es/heldout21-confidencial-kazajistan.txt",
        "heldout21-confidencial-kazajistan.txt: unexpected ('KZ', 'negotiating') [('2025-11-06', 'day')]",
        "'que firmó ese mismo día en la Casa Blanca un paquete de contratos': a trade package signed in a relative clause of the leader is read as talks on the accords",
    ),
    (
        "es/heldout22-efe-nuakchot-niega.txt",
        "heldout22-efe-nuakchot-niega.txt: date ('MR', 'withdrawn') found [(None, None)] expected [('2010', 'year')]",
        "'y las rompió definitivamente un año después': the break after the 2009 freeze is kept, undated; 'un año después' (a year after the freeze) is counted from no date the rules read",
    ),
    (
        "es/heldout22-efe-nuakchot-niega.txt",
        "heldout22-efe-nuakchot-niega.txt: unexpected ('XS', 'declined') [('2025-12-26', 'day')]",
        "'ha citado también a Somalilandia, ..., como posible nuevo socio, y a Indonesia, cuyo presidente ... supeditó': the list of objects is split by an apposition and a relative clause, and Indonesia's precondition reaches Somaliland, dated by the recognition's day in the apposition",
    ),
    (
        "es/heldout22-efe-nuakchot-niega.txt",
        "heldout22-efe-nuakchot-niega.txt: missing ('MR', 'prospective') [(None, None)]",
        "the Israeli reports ('sería el próximo', 'habría ofrecido ... a cambio de su adhesión') are told in the sentences of a denial: a denied rumour asserts nothing, by design",
    ),
    (
        "es/heldout22-efe-nuakchot-niega.txt",
        "heldout22-efe-nuakchot-niega.txt: missing ('ID', 'prospective') [(None, None)]",
        "Indonesia is the second object of 'ha citado también a X ... como posible nuevo socio, y a Y': the candidacy's 'como' phrase stands before the second object and does not reach it",
    ),
    (
        "es/heldout22-elpais-mascate-doha.txt",
        "heldout22-elpais-mascate-doha.txt: unexpected ('SA', 'declined') [(None, None)]",
        "'Mientras el reino no dé el paso, ... ni Mascate ni Doha lo darán': a condition about Riyadh in an analyst's prediction about others is read as the kingdom's refusal ('el reino' and a negation)",
    ),
    (
        "es/heldout22-elpais-mascate-doha.txt",
        "heldout22-elpais-mascate-doha.txt: missing ('OM', 'prospective') [(None, None)]",
        "the pressure is on 'los dos países del Golfo' (the standfirst's pair for the headline's Oman and Qatar), and 'Omán estaría dispuesto a estudiar la oferta' names no joining",
    ),
    (
        "es/heldout22-elpais-mascate-doha.txt",
        "heldout22-elpais-mascate-doha.txt: missing ('QA', 'prospective') [(None, None)]",
        "the pressure is on 'los dos países del Golfo', a pair named only in the headline above the standfirst",
    ),
    (
        "es/heldout22-elpais-mascate-doha.txt",
        "heldout22-elpais-mascate-doha.txt: missing ('PK', 'prospective') [('2026-01', 'month')]",
        "'¿Y Pakistán, al que Trump citó en enero como un posible candidato?': a question asserts nothing, even a relative clause inside it that states a fact",
    ),
    (
        "es/heldout22-lanacion-damasco-beirut.txt",
        "heldout22-lanacion-damasco-beirut.txt: date ('SY', 'prospective') found [(None, None)] expected [('2026-04-14', 'day')]",
        "the day is Trump's 'repitió el martes' after a quote ('Siria va a entrar, Líbano va a entrar') whose bare 'entrar' is no joining cue; the candidacy is read, undated, from the standfirst",
    ),
    (
        "es/heldout22-lanacion-damasco-beirut.txt",
        "heldout22-lanacion-damasco-beirut.txt: date ('LB', 'declined') found [(None, None)] expected [('2026-04', 'month')]",
        "the dated refusal is a quote ('La paz con Israel no está en nuestra agenda', dijo a comienzos de abril) whose speaker is named only in the sentence before; the refusal is read, undated, from the prime minister's next sentence",
    ),
    (
        "es/heldout24-bbcmundo-preguntas.txt",
        "heldout24-bbcmundo-preguntas.txt: date ('AE', 'signed') found [('2025-09-15', 'day')] expected [('2020-09-15', 'day')]",
        "the answer 'Emiratos Árabes Unidos y Baréin, aquel 15 de septiembre' now takes the signing asked by '¿Quién los ha firmado?', and its day, told with a demonstrative and no year, takes the year before the publication, not the 2020 of the paragraph above",
    ),
    (
        "es/heldout24-bbcmundo-preguntas.txt",
        "heldout24-bbcmundo-preguntas.txt: date ('BH', 'signed') found [('2025-09-15', 'day')] expected [('2020-09-15', 'day')]",
        "the answer 'Emiratos Árabes Unidos y Baréin, aquel 15 de septiembre' now takes the signing asked by '¿Quién los ha firmado?', and its day, told with a demonstrative and no year, takes the year before the publication, not the 2020 of the paragraph above",
    ),
    (
        "es/heldout24-bbcmundo-preguntas.txt",
        "heldout24-bbcmundo-preguntas.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "verbless answer lines after an FAQ question ('Sudán, en enero de 2021, aunque ...') carry the question's step only for the first line",
    ),
    (
        "es/heldout24-bbcmundo-preguntas.txt",
        "heldout24-bbcmundo-preguntas.txt: missing ('ID', 'prospective') [(None, None)]",
        "'El segundo, Indonesia, el país con más musulmanes del mundo': an ordinal in a candidate list begun in the sentence before, with no candidacy word of its own",
    ),
    (
        "es/heldout24-elmundo-entrevista.txt",
        "heldout24-elmundo-entrevista.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the month is in the question before the answer ('Muchos se sorprendieron en noviembre'), not in the sentence that tells the announcement",
    ),
    (
        "es/heldout24-elmundo-entrevista.txt",
        "heldout24-elmundo-entrevista.txt: missing ('SD', 'signed') [(None, None)]",
        "'Jartum firmó, pero ... todo aquello quedó en papel mojado': a bare 'signed' with the accords only in the sentences before",
    ),
    (
        "es/heldout24-elmundo-entrevista.txt",
        "heldout24-elmundo-entrevista.txt: missing ('SD', 'suspended') [(None, None)]",
        "'quedó en papel mojado' (a dead letter) is an idiom for a lapse the data does not list",
    ),
    (
        "es/heldout24-rtve-directo.txt",
        "heldout24-rtve-directo.txt: date ('AZ', 'signed') found [(None, None)] expected [('2026-03-04', 'day')]",
        "the signing is read from the headline ('Azerbaiyán firma su entrada'), undated; the live entries that tell it are timed, not dated",
    ),
    (
        "es/heldout24-rtve-directo.txt",
        "heldout24-rtve-directo.txt: unexpected ('AZ', 'announced') [('2026-03-04', 'day')]",
        "'Hoy Azerbaiyán se une a ...' in Trump's quote on the day of the signing is read as a joining announced that day beside the signing",
    ),
    (
        "es/heldout25-claves-quien-sigue.txt",
        "heldout25-claves-quien-sigue.txt: missing ('SY', 'declined') [('2025-09', 'month')]",
        "'también rechazó la idea ese mismo mes': a refusal of a bare 'la idea' (no complement) is not read; 'rechazó la idea de ...' is as often another plan (Gaza's displacement), so only 'esa idea' or an adverb make it a refusal",
    ),
    (
        "es/heldout25-opinion-riad-siempre-que.txt",
        "heldout25-opinion-riad-siempre-que.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'El martes ... pronunció la frase ... Arabia Saudí estaría dispuesta ...': the day is told in the sentence before the statement; a date reaches no step of the next sentence",
    ),
    (
        "es/heldout25-opinion-riad-siempre-que.txt",
        "heldout25-opinion-riad-siempre-que.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'El martes ... pronunció la frase ... Arabia Saudí estaría dispuesta ...': the day is told in the sentence before the statement; a date reaches no step of the next sentence",
    ),
    (
        "es/heldout25-opinion-riad-siempre-que.txt",
        "heldout25-opinion-riad-siempre-que.txt: missing ('SD', 'signed') [(None, None)]",
        "'Marruecos los siguió en diciembre y Sudán, a trompicones, un mes después': a verbless country after 'y' and an aside continues a step, not a member taken from a background list",
    ),
    (
        "es/heldout27-clarin-milei-riad.txt",
        "heldout27-clarin-milei-riad.txt: unexpected ('AR', 'prospective') [(None, None)]",
        "'Nadie le pidió a la Argentina que firmara nada': a request whose subject is a negative pronoun asks nobody; only halts read a negative pronoun subject (`negative_pronouns`), and carrying it to requests needs the request verb told apart from the joining verb after the object",
    ),
    (
        "es/heldout27-clarin-milei-riad.txt",
        "heldout27-clarin-milei-riad.txt: date ('AE', 'signed') found [('2020', 'year')] expected [('2020-09', 'month')]",
        "'En 2020 firmaron los Emiratos Árabes Unidos y Baréin —en aquella ceremonia de septiembre ...—': a month told in a dashed aside after the year does not refine the year",
    ),
    (
        "es/heldout27-clarin-milei-riad.txt",
        "heldout27-clarin-milei-riad.txt: date ('BH', 'signed') found [('2020', 'year')] expected [('2020-09', 'month')]",
        "the same dashed aside: 'ceremonia de septiembre' after 'En 2020'",
    ),
    (
        "es/heldout27-cnn-trump-quien-sigue.txt",
        "heldout27-cnn-trump-quien-sigue.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01-11', 'day')]",
        "a quote whose speaker comes after it ('dijo Trump a periodistas') takes the day of the lead paragraph ('este domingo') only when that day is in the quote's own sentence",
    ),
    (
        "es/heldout27-cnn-trump-quien-sigue.txt",
        "heldout27-cnn-trump-quien-sigue.txt: missing ('ID', 'prospective') [('2026-01-11', 'day')]",
        "'Indonesia es un país muy interesante, tal vez': a hedged quote with no joining word, read as a candidacy only from the question put before it",
    ),
    (
        "es/heldout27-cnn-trump-quien-sigue.txt",
        "heldout27-cnn-trump-quien-sigue.txt: missing ('MR', 'prospective') [('2026-01-11', 'day')]",
        "'me dicen que Mauritania está muy cerca': closeness with no joining word after it ('cerca de unirse'); a bare 'está muy cerca' also says where a place lies",
    ),
    (
        "es/heldout27-latercera-region-reacciones.txt",
        "heldout27-latercera-region-reacciones.txt: unexpected ('CL', 'announced') [(None, None)]",
        "'el académico de la Universidad de Chile ..., la adhesión kazaja': a country inside a university's name is taken as the subject of the demonym's accession noun; institutions are listed whole, with no general 'Universidad de X'",
    ),
    (
        "es/heldout27-latercera-region-reacciones.txt",
        "heldout27-latercera-region-reacciones.txt: date ('SA', 'declined') found [('2025-11-06', 'day')] expected [(None, None)]",
        "'Riad ha dicho una y otra vez que sin Estado palestino no hay normalización': the refusal (a condition told before the negated normalisation) is read, but a stance repeated over the years takes the day of the Kazakh joining the article reports",
    ),
    (
        "es/heldout27-latercera-region-reacciones.txt",
        "heldout27-latercera-region-reacciones.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Lo que de verdad movería la aguja sería Arabia Saudita': the country as what 'would move the needle' is a candidacy said with no candidacy word",
    ),
    (
        "es/heldout27-ser-somalilandia-claves.txt",
        "heldout27-ser-somalilandia-claves.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'Desde Hargeisa ... la respuesta no se ha hecho esperar: el Gobierno de Somalilandia ha expresado ...': the day is in the paragraph before ('este viernes'), and a present perfect is not read as the dateline's day",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the refusal is read from 'el reino ha repetido que no habrá relaciones ... sin un Estado palestino' (undated); the dated condition of Tuesday is a quote whose 'asegurarnos de que haya un camino claro' is no restriction word",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: unexpected ('SA', 'negotiating') [(None, None)]",
        "'Las conversaciones entre Riad e Israel, que según Washington estaban muy avanzadas, quedaron interrumpidas': the relative clause between the talks and the halt keeps them apart, so the talks count on their own",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: unexpected ('SD', 'announced') [(None, None)]",
        "'Fue la primera adhesión desde 2021, cuando Sudán firmó la declaración': the accession noun is given to Sudan after 'cuando' as an undated joining",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: date ('SD', 'signed') found [(None, None)] expected [('2021', 'year')]",
        "the same sentence: the year before 'cuando' is read as the period after 'desde', not the time of Sudan's signing",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'En la lista que maneja su entorno figuran Azerbaiyán y Mauritania': figuring on the entourage's list has no cue (a list cue here would also read lists of signatories)",
    ),
    (
        "es/heldout31-elcomercio-riad-condicion.txt",
        "heldout31-elcomercio-riad-condicion.txt: missing ('MR', 'prospective') [(None, None)]",
        "the same 'En la lista ... figuran Azerbaiyán y Mauritania': no cue for being on the list",
    ),
    (
        "es/heldout31-elpais-tribuna-levante.txt",
        "heldout31-elpais-tribuna-levante.txt: missing ('ID', 'declined') [(None, None), ('2026-01', 'month')]",
        "'Ambos gobiernos lo desmintieron de inmediato: Yakarta recordó que no habrá relaciones sin Estado palestino': the denial word drops the sentence's steps, and the refusal after the colon is a precondition, not a refusal cue said outright",
    ),
    (
        "es/heldout31-elpais-tribuna-levante.txt",
        "heldout31-elpais-tribuna-levante.txt: missing ('PK', 'declined') [(None, None), ('2026-01', 'month')]",
        "the same sentence: 'e Islamabad, que no tiene intención de adherirse' is an elliptic clause after the denial, dropped with it",
    ),
    (
        "es/heldout31-elpais-tribuna-levante.txt",
        "heldout31-elpais-tribuna-levante.txt: missing ('AZ', 'prospective') [(None, None), ('2026-01', 'month')]",
        "'Azerbaiyán, al que la Casa Blanca invitó en enero, tiene todos los incentivos': the invitation in the relative clause names no joining word, and the prediction ('el próximo en firmar ... no será árabe') names no country",
    ),
    (
        "es/heldout31-elpais-tribuna-levante.txt",
        "heldout31-elpais-tribuna-levante.txt: missing ('SA', 'declined') [(None, None)]",
        "'Arabia Saudita, en cambio, seguirá esperando su camino hacia el Estado palestino': waiting for a path to a Palestinian state is no refusal or precondition word",
    ),
    (
        "es/heldout32-europapress-islamabad-descarta.txt",
        "heldout32-europapress-islamabad-descarta.txt: unexpected ('MA', 'suspended') [('2021-01', 'month')]",
        "'mientras que Sudán lo hizo en enero de 2021, aunque el proceso quedó después en suspenso por la guerra en el país africano': the halt after the pro-verb is given to the subject of the clause before it (Morocco), and Sudan's own date with it",
    ),
    (
        "es/heldout32-europapress-islamabad-descarta.txt",
        "heldout32-europapress-islamabad-descarta.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "the same sentence: with a halt after it, 'Sudán lo hizo en enero de 2021' loses its step, which the pro-verb alone keeps",
    ),
    (
        "es/heldout32-europapress-islamabad-descarta.txt",
        "heldout32-europapress-islamabad-descarta.txt: missing ('SD', 'suspended') [(None, None)]",
        "the halt 'el proceso quedó después en suspenso por la guerra en el país africano' belongs to the country of the pro-verb before it (Sudan, 'el país africano'); the halt is given to Morocco",
    ),
    (
        "es/heldout33-diario-montevideo-indonesia.txt",
        "heldout33-diario-montevideo-indonesia.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Sudán y, desde noviembre, aunque todavía sin firma, Kazajistán': two interjections between the conjunction and the last member end the members' list before it",
    ),
    (
        "es/heldout33-semanario-bogota-analisis.txt",
        "heldout33-semanario-bogota-analisis.txt: unexpected ('SA', 'suspended') [(None, None)]",
        "'Pero la gran apuesta, Arabia Saudita, sigue en el aire': the candidacy 'up in the air' (undecided) is read as a halt; the candidacy noun before it is taken as what halted",
    ),
    (
        "es/heldout33-semanario-bogota-analisis.txt",
        "heldout33-semanario-bogota-analisis.txt: missing ('SA', 'prospective') [(None, None)]",
        "'no pierde la esperanza de sumar al reino': 'el reino' stands for Riad named two sentences before, past a sentence naming no kingdom",
    ),
    (
        "es/heldout34-peruano-explica.txt",
        "heldout34-peruano-explica.txt: missing ('SD', 'suspended') [(None, None)]",
        "'aunque su guerra civil dejó el compromiso prácticamente congelado': a commitment left frozen, told with a possessive for Sudan in a concessive clause, is no halted process",
    ),
    (
        "es/heldout34-peruano-explica.txt",
        "heldout34-peruano-explica.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Entre los nombres que más suenan están Arabia Saudita, que condiciona su ingreso a ..., e Indonesia': the relative clause after the first name ends the list, so the country after 'e' is not reached",
    ),
    (
        "es/heldout35-efe-rabat-quinto-aniversario.txt",
        "heldout35-efe-rabat-quinto-aniversario.txt: date ('MA', 'announced') found [('2025-12-10', 'day')] expected [('2020-12-10', 'day')]",
        "the announcement named as a noun ('el anuncio de la reanudación de sus relaciones con Israel, el 10 de diciembre de 2020') takes the wire's 'este miércoles' before it, its own date after a comma lying across a clause break",
    ),
    (
        "es/heldout36-diario-regional-tanger-exportadores.txt",
        "heldout36-diario-regional-tanger-exportadores.txt: date ('MR', 'declined') found [(None, None)] expected [('2026-02', 'month')]",
        "'descartó el pasado mes sumarse': 'el pasado mes' between the verb and its object is not resolved against the header's date (March 2026)",
    ),
    (
        "es/heldout36-televisora-caracas-riad.txt",
        "heldout36-televisora-caracas-riad.txt: unexpected ('VE', 'withdrawn') [('2009', 'year')]",
        "'Venezuela, que rompió relaciones diplomáticas con Israel en 2009': a break of 2009 by a country never in the accords is read as leaving them; no pre-2020 cut-off was added, since Mauritania's 2010 break is labelled withdrawn in heldout15-skynews-nouakchott",
    ),
    (
        "es/heldout37-diario-portenio-mundo-yakarta.txt",
        "heldout37-diario-portenio-mundo-yakarta.txt: unexpected ('ID', 'announced') [('2026-01', 'month')]",
        "'después de que Indonesia firmara en Davos, en enero, la carta fundacional de la Junta de Paz': the Board of Peace charter, named after the date, does not reach back to the signing, which in a text about the accords is read as a joining to come",
    ),
    (
        "es/heldout37-diario-portenio-mundo-yakarta.txt",
        "heldout37-diario-portenio-mundo-yakarta.txt: missing ('ID', 'prospective') [(None, None)]",
        "'pese a la presión de Washington' beside the refusal is left out as a candidacy cue (an earlier article, heldout3-arabia-descarta, labels the same words no interest); analysts who 'interpretaron ese gesto como un primer paso hacia la normalización' name no joining",
    ),
    (
        "es/heldout38-semanario-bogota-columna-mundo.txt",
        "heldout38-semanario-bogota-columna-mundo.txt: missing ('ID', 'prospective') [(None, None)]",
        "'quienes en Washington contaban con el país musulmán más poblado del mundo': the country is only a description (no name) in the sentence after its refusal",
    ),
    (
        "es/heldout39-es-diario-sanjose-internacional.txt",
        "heldout39-es-diario-sanjose-internacional.txt: date ('SA', 'prospective') found [('2026-11-16', 'day')] expected [(None, None)]",
        "the wish 'quiere formar parte' is undated; 'este lunes' belongs to the minister's refusal in the next sentence",
    ),
    (
        "es/heldout39-es-diario-sanjose-internacional.txt",
        "heldout39-es-diario-sanjose-internacional.txt: missing ('ID', 'prospective') [(None, None)]",
        "the candidate is given only by a description ('el país de mayor población musulmana del mundo era ... el candidato')",
    ),
    (
        "es/heldout39-es-radio-publica-andaluza-rabat.txt",
        "heldout39-es-radio-publica-andaluza-rabat.txt: date ('MA', 'signed') found [('2025-12-22', 'day')] expected [('2020-12-22', 'day')]",
        "'Este lunes se cumplen cinco años de la firma ..., el 22 de diciembre de 2020': the anniversary's day taken for the signing, whose own date stands in apposition",
    ),
    (
        "es/heldout39-es-radio-publica-andaluza-rabat.txt",
        "heldout39-es-radio-publica-andaluza-rabat.txt: date ('MA', 'announced') found [('2020-12-22', 'day')] expected [('2020-12-10', 'day')]",
        "Trump's announcement of 10 December 2020 names 'ambos países' (the sentence before's); the announced claim comes from 'selló la entrada' with the signing's date",
    ),
    (
        "es/heldout4-somalilandia-tribuna.txt",
        "heldout4-somalilandia-tribuna.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'ese mismo día' (that same day) refers to a date in the sentence before",
    ),
    (
        "es/heldout42-es-diario-boliviano-breve-internacional.txt",
        "heldout42-es-diario-boliviano-breve-internacional.txt: unexpected ('SD', 'announced') [('2021', 'year')]",
        "'Sudán (2021) y Kazajistán, que anunció su incorporación en 2025': Sudan right before 'y Kazajistán' is taken into Kazakhstan's announcement of the relative clause after it",
    ),
    (
        "es/heldout42-es-diario-boliviano-breve-internacional.txt",
        "heldout42-es-diario-boliviano-breve-internacional.txt: date ('MA', 'signed') found [('2020', 'year')] expected [('2020-12', 'month')]",
        "'desde que el reino restableció relaciones con ese país en diciembre de 2020': the kingdom's renewal after 'desde que' (a time) gives no step, so Morocco keeps the list's '(2020)'",
    ),
    (
        "es/heldout43-es-blog-universitario-peruano-opinion-somalilandia.txt",
        "heldout43-es-blog-universitario-peruano-opinion-somalilandia.txt: date ('SD', 'suspended') found [('2026-01-08', 'day')] expected [(None, None)]",
        "'tiene hoy su normalización paralizada por la guerra civil': 'hoy' (today) tells the state on the post's day, not when the halt began; the label leaves the halt undated",
    ),
    (
        "es/heldout43-es-boletin-comunidad-palestina-chilena.txt",
        "heldout43-es-boletin-comunidad-palestina-chilena.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day is told a paragraph later, 'El gobierno kazajo comunicó la decisión el 6 de noviembre', with an adjective for the country and 'la decisión' pointing back; the lead's 'Un mes después de que Astana anunciara' now moves no date (round forty-three) and gives none",
    ),
    (
        "es/heldout43-es-noticiero-radio-mexicano-transcripcion.txt",
        "heldout43-es-noticiero-radio-mexicano-transcripcion.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "'desde que Marruecos lo hizo en diciembre de 2020' stands in the correspondent's turn, the accords named only in the host's turn three sentences before: out of the topic's reach, so Morocco is read only from the closing line, undated",
    ),
    (
        "es/heldout43-es-noticiero-radio-mexicano-transcripcion.txt",
        "heldout43-es-noticiero-radio-mexicano-transcripcion.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Y por supuesto Arabia Saudita, cuyo príncipe heredero visitará la Casa Blanca': the candidacy is carried from 'el nombre que más suena es Azerbaiyán' in the sentence before by 'y por supuesto', with no cue of its own",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'ayer' (the reception) is in the presenter's turn; Trump's hope is told in the correspondent's next turn, which names no time",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the crown prince's condition is told in the correspondent's turn after the presenter's 'ayer', with no time of its own",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('KZ', 'announced') [('2025-11-06', 'day')]",
        "'Kazajistán anunció su incorporación': a transcript's later turn, five sentences after the accords were last named, beyond the topic window; 'incorporación' alone names no accords",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'se habla de Azerbaiyán como el siguiente en la lista': read with the accords named nearby, but here the transcript last named them six sentences before",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('AE', 'signed') [(None, None)]",
        "'los que ya están dentro, Emiratos, Baréin, Marruecos y Sudán': the members in a late turn of the transcript, beyond the topic window from the accords' last naming",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('BH', 'signed') [(None, None)]",
        "the same list of members in a late turn, beyond the topic window",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('MA', 'signed') [(None, None)]",
        "the same list of members in a late turn, beyond the topic window",
    ),
    (
        "es/heldout44-es-radio-mexicana-noticiero-transcripcion.txt",
        "heldout44-es-radio-mexicana-noticiero-transcripcion.txt: missing ('SD', 'signed') [(None, None)]",
        "the same list of members in a late turn, beyond the topic window",
    ),
    (
        "es/heldout45-es-diario-argentino-seccion-el-mundo.txt",
        "heldout45-es-diario-argentino-seccion-el-mundo.txt: missing ('SA', 'suspended') [(None, None)]",
        'the talks halted are "el diálogo con los saudíes": the country is behind "con", read as a counterpart',
    ),
    (
        "es/heldout45-es-semanario-mexicano-analisis.txt",
        "heldout45-es-semanario-mexicano-analisis.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        'the refusal\'s time is "sostiene desde septiembre una línea similar", a stance held since a month, not read as its date',
    ),
    (
        "es/heldout45-es-semanario-mexicano-analisis.txt",
        "heldout45-es-semanario-mexicano-analisis.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        'the step is "sólo un país ha dado el paso" with the country in a dash aside after it',
    ),
    (
        "es/heldout45-es-semanario-mexicano-analisis.txt",
        "heldout45-es-semanario-mexicano-analisis.txt: missing ('PK', 'prospective') [(None, None)]",
        'the speculation names Pakistan by a clitic pronoun ("medios estadounidenses lo dieran como el siguiente")',
    ),
    (
        "es/heldout45-es-semanario-mexicano-analisis.txt",
        "heldout45-es-semanario-mexicano-analisis.txt: missing ('OM', 'declined') [(None, None)]",
        'the refusal is an idiom with no word of joining ("tampoco piensa moverse")',
    ),
    (
        "es/heldout45-es-semanario-mexicano-analisis.txt",
        "heldout45-es-semanario-mexicano-analisis.txt: missing ('MR', 'prospective') [(None, None)]",
        'a candidacy told as "se menciona a Mauritania ... como una opción de mediano plazo" (option, not candidate), and the relative clause\'s 2010 break is read instead',
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: unexpected ('OM', 'negotiating') [(None, None)]",
        "past 'contactos discretos con Israel' in an apposition to the candidates read as talks",
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: unexpected ('MR', 'negotiating') [(None, None)]",
        "past 'contactos discretos con Israel' in an apposition to the candidates read as talks",
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: missing ('BH', 'announced') [('2020-09-11', 'day')]",
        "a first signatory joining in 2020 ('se suma a la iniciativa') is read as its signing",
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'Marruecos acepta restablecer los lazos con Israel' (present, agreeing to restore ties) is no announcement cue",
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: missing ('OM', 'prospective') [(None, None)]",
        "analysts who 'mencionan a Omán y a Mauritania' name candidates with no candidate word",
    ),
    (
        "es/heldout47-es-agencia-latinoamericana-cronologia.txt",
        "heldout47-es-agencia-latinoamericana-cronologia.txt: missing ('MR', 'prospective') [(None, None)]",
        "analysts who 'mencionan a Omán y a Mauritania' name candidates with no candidate word",
    ),
    (
        "es/heldout47-es-diario-chileno-mundo.txt",
        "heldout47-es-diario-chileno-mundo.txt: missing ('SA', 'declined') [(None, None)]",
        "the precondition's subject is 'su gobierno', the crown prince's, in a clause after the speaking verb",
    ),
    (
        "es/heldout47-es-diario-regional-espanol-internacional.txt",
        "heldout47-es-diario-regional-espanol-internacional.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "'el jueves' opening the refusal is not resolved against the dateline for this step",
    ),
    (
        "es/heldout47-es-diario-regional-espanol-internacional.txt",
        "heldout47-es-diario-regional-espanol-internacional.txt: date ('PK', 'prospective') found [('2026-01-29', 'day')] expected [(None, None)]",
        "the refusal's Thursday given to the US pressure told in the next sentence",
    ),
    (
        "es/heldout47-es-diario-regional-espanol-internacional.txt",
        "heldout47-es-diario-regional-espanol-internacional.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01-11', 'day')]",
        "the proposal of 'el pasado 11 de enero' is made to 'el país caucásico', a descriptive anaphor",
    ),
    (
        "es/heldout47-es-diario-regional-espanol-internacional.txt",
        "heldout47-es-diario-regional-espanol-internacional.txt: missing ('SD', 'signed') [(None, None)]",
        "'y con Sudán, que lo suscribió meses más tarde': the pact as a clitic 'lo' in a relative clause",
    ),
    (
        "es/heldout47-es-revista-colombiana-somalilandia.txt",
        "heldout47-es-revista-colombiana-somalilandia.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'lo repitió en noviembre' dates the refusal through a clitic in a later clause",
    ),
    (
        "es/heldout47-es-revista-colombiana-somalilandia.txt",
        "heldout47-es-revista-colombiana-somalilandia.txt: missing ('XS', 'prospective') [('2025-12-26', 'day')]",
        "the wish is told by the president named only by his name, 'su país se adheriría'",
    ),
    (
        "es/heldout47-es-revista-colombiana-somalilandia.txt",
        "heldout47-es-revista-colombiana-somalilandia.txt: missing ('MA', 'signed') [(None, None)]",
        "'Marruecos ... y Sudán ... completaron pronto el cuarteto': completing a group is no joining cue",
    ),
    (
        "es/heldout47-es-revista-colombiana-somalilandia.txt",
        "heldout47-es-revista-colombiana-somalilandia.txt: missing ('SD', 'signed') [(None, None)]",
        "'Marruecos ... y Sudán ... completaron pronto el cuarteto': completing a group is no joining cue",
    ),
    (
        "es/heldout49-es-instituto-estudios-documento-analisis.txt",
        "heldout49-es-instituto-estudios-documento-analisis.txt: date ('BH', 'signed') found [('2020-12', 'month')] expected [('2020-09-15', 'day')]",
        "'firmados ... el 15 de septiembre de 2020 por Emiratos y Baréin¹, se ampliaron en diciembre de ese año a Marruecos': the footnote mark after the list's last member lets the main clause's December reach Bahrain, the Emirates keep the participle's day",
    ),
    (
        "es/heldout49-es-instituto-estudios-documento-analisis.txt",
        "heldout49-es-instituto-estudios-documento-analisis.txt: missing ('SD', 'suspended') [(None, None)]",
        "'el golpe militar del 25 de octubre de 2021 ha congelado de hecho el proceso': the coup as the freezing's subject, Sudan ('Jartum') only in the clause before 'pero'",
    ),
    (
        "es/heldout49-es-instituto-estudios-documento-analisis.txt",
        "heldout49-es-instituto-estudios-documento-analisis.txt: missing ('OM', 'prospective') [(None, None)]",
        "'Las fuentes ... coinciden en tres nombres. Omán ... mantiene una ambigüedad calculada': the candidacy told as 'three names' in the sentence before, the country's own sentence tells no step",
    ),
    (
        "es/heldout49-es-instituto-estudios-documento-analisis.txt",
        "heldout49-es-instituto-estudios-documento-analisis.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Indonesia ... figuraba en las conversaciones de la administración anterior': appearing in a past administration's talks, no candidacy cue",
    ),
    (
        "es/heldout49-es-portal-ecuatoriano-lo-que-se-sabe.txt",
        "heldout49-es-portal-ecuatoriano-lo-que-se-sabe.txt: missing ('SD', 'suspended') [(None, None)]",
        "the halt follows a bullet whose question names Sudan ('• Qué pasará con Sudán.') under 'LO QUE NO SE SABE'; its own sentence names only 'la guerra civil'",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: date ('BH', 'signed') found [('2020-09', 'month')] expected [('2020-09-15', 'day')]",
        "'luego Baréin, en septiembre, y los dos firmaron juntos el día 15': the signing told with 'los dos' and a bare day of the month named before",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09-15', 'day')]",
        "'Primero Emiratos, en agosto; ... y los dos firmaron juntos el día 15': the signing told with 'los dos' and a bare day of the month named before",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: date ('MA', 'signed') found [('2020-12-10', 'day')] expected [('2020-12-22', 'day')]",
        "'Marruecos, que lo anunció el 10 de diciembre y rubricó el 22 en Rabat': the second verb's bare day 'el 22' is not read, the first date is taken",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('AE', 'announced') [('2020-08', 'month')]",
        "verbless lines of a spoken answer ('Primero Emiratos, en agosto; luego Baréin, en septiembre') read as members, not as joinings",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('BH', 'announced') [('2020-09', 'month')]",
        "verbless lines of a spoken answer ('Primero Emiratos, en agosto; luego Baréin, en septiembre') read as members, not as joinings",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'que lo anunció el 10 de diciembre y rubricó el 22': 'lo anunció' inside a relative clause with a signing verb after it, the announcement not read",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('OM', 'prospective') [(None, None)]",
        "'Más cerca veo a Omán, que no ha cerrado ninguna puerta, y quizá a Mauritania': the analyst's first-person 'I see closer', no joining word",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Más cerca veo a Omán, ..., y quizá a Mauritania': the analyst's first-person 'I see closer', no joining word",
    ),
    (
        "es/heldout49-es-radio-matinal-tertulia-transcripcion.txt",
        "heldout49-es-radio-matinal-tertulia-transcripcion.txt: missing ('AE', 'ratified') [('2020-10', 'month')]",
        "'... en su Consejo de Ministros en octubre, hay vuelos directos': the direct flights in the same sentence make it off topic and drop the approval",
    ),
    (
        "es/heldout49-es-verificador-uruguayo-chequeo-falso.txt",
        "heldout49-es-verificador-uruguayo-chequeo-falso.txt: unexpected ('SA', 'announced') [(None, None)]",
        "the debunked video's voice-over ('Una voz en off afirma que el reino \"ya es miembro pleno\"') is no false_claims phrase; 'el reino' is read as Saudi Arabia",
    ),
    (
        "es/heldout51-es-agencia-economica-teletipo-empresas-aniversario.txt",
        "heldout51-es-agencia-economica-teletipo-empresas-aniversario.txt: missing ('MR', 'suspended') [(None, None)]",
        "contacts told as cooled by the country ('enfrió hace meses unos contactos que no llegaron a concretarse'): no halt cue reads a verb of cooling with contacts as its object",
    ),
    (
        "es/heldout51-es-diario-sesiones-comision-exteriores.txt",
        "heldout51-es-diario-sesiones-comision-exteriores.txt: missing ('SD', 'suspended') [(None, None)]",
        "the war 'ha dejado aquel compromiso en papel mojado' after 'Sudán se adhirió en enero de 2021, aunque': a cue for it took the clause's signing in an older golden article, so Spanish is left out",
    ),
    (
        "es/heldout51-es-diario-sesiones-comision-exteriores.txt",
        "heldout51-es-diario-sesiones-comision-exteriores.txt: missing ('PK', 'declined') [(None, None)]",
        "'o de Pakistán, que lo ha descartado en reiteradas ocasiones': the refusal is an object pronoun for the step of the clause before; a cue for 'lo ha descartado' read a refusal in 'no lo ha confirmado ni lo ha descartado'",
    ),
    (
        "es/heldout51-es-podcast-internacional-notas-episodio-somalilandia.txt",
        "heldout51-es-podcast-internacional-notas-episodio-somalilandia.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "the freeze's 'desde abril de 2023' follows a signing dated 'en enero de 2021' in the clause before 'pero', and the halt of 'cualquier avance con Israel' names no accords: its date is not taken",
    ),
    (
        "es/heldout51-es-podcast-internacional-notas-episodio-somalilandia.txt",
        "heldout51-es-podcast-internacional-notas-episodio-somalilandia.txt: missing ('UZ', 'prospective') [(None, None)]",
        "interest told impersonally of the capital ('en Tashkent se escucha con interés'): no subject but a place, and no joining word in the clause",
    ),
    (
        "es/heldout52-es-agregador-resumen-extractos.txt",
        "heldout52-es-agregador-resumen-extractos.txt: unexpected ('SD', 'signed') [(None, None)]",
        "'Sudán, en cambio, nunca llegó a ratificar el texto' after a semicolon following the signers' clause: the ratification that never came leaves a signing; the label reads no claim from a ratification not made (rule 6)",
    ),
    (
        "es/heldout52-es-diario-columna-opinion-silla-vacia.txt",
        "heldout52-es-diario-columna-opinion-silla-vacia.txt: date ('SD', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'vive desde 2023 una guerra civil que ha dejado aquel compromiso en suspenso': the year the war began is taken for the halt the war's relative tells, which the text leaves undated",
    ),
    (
        "es/heldout52-es-diario-columna-opinion-silla-vacia.txt",
        "heldout52-es-diario-columna-opinion-silla-vacia.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Arabia Saudí, el socio que Washington persigue desde 2020': a courtship told in a relative on a partner noun set off after the country; no cue reads the pursuit",
    ),
    (
        "es/heldout52-es-diario-columna-opinion-silla-vacia.txt",
        "heldout52-es-diario-columna-opinion-silla-vacia.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'se habla de Azerbaiyán, de Uzbekistán, incluso de Mauritania' between dashes after 'Quienes sueñan con una ampliación rápida': talk of candidates with no candidacy cue",
    ),
    (
        "es/heldout52-es-diario-columna-opinion-silla-vacia.txt",
        "heldout52-es-diario-columna-opinion-silla-vacia.txt: missing ('UZ', 'prospective') [(None, None)]",
        "as Azerbaijan: the second of the candidates named after 'se habla de' between dashes",
    ),
    (
        "es/heldout52-es-diario-columna-opinion-silla-vacia.txt",
        "heldout52-es-diario-columna-opinion-silla-vacia.txt: missing ('MR', 'prospective') [(None, None)]",
        "as Azerbaijan: the last candidate named after 'incluso de' between dashes",
    ),
    (
        "es/heldout52-es-diario-regional-cronologia-hitos.txt",
        "heldout52-es-diario-regional-cronologia-hitos.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'6 de noviembre de 2025 – Kazajistán anuncia su adhesión, la primera desde 2021': the year of the comparison after 'desde' beside the entry's day leaves the announcement undated",
    ),
    (
        "es/heldout53-es-boletin-resumen-manana-baku.txt",
        "heldout53-es-boletin-resumen-manana-baku.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'han normalizado sus relaciones con Israel desde 2020': the year after 'desde' opens a range (labelling rule 8), read as the date of the members listed after the colon",
    ),
    (
        "es/heldout53-es-boletin-resumen-manana-baku.txt",
        "heldout53-es-boletin-resumen-manana-baku.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'han normalizado sus relaciones con Israel desde 2020': the year after 'desde' opens a range (labelling rule 8), read as the date of the members listed after the colon",
    ),
    (
        "es/heldout53-es-boletin-resumen-manana-baku.txt",
        "heldout53-es-boletin-resumen-manana-baku.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'han normalizado sus relaciones con Israel desde 2020': the year after 'desde' opens a range (labelling rule 8), read as the date of the members listed after the colon",
    ),
    (
        "es/heldout53-es-boletin-resumen-manana-baku.txt",
        "heldout53-es-boletin-resumen-manana-baku.txt: missing ('PK', 'prospective') [(None, None)]",
        "'Washington lo había incluido en su lista de países a convencer': Pakistan only as the pronoun 'lo' and the accords only in the sentence before",
    ),
    (
        "es/heldout53-es-buscador-resultados-fragmentos-madrid.txt",
        "heldout53-es-buscador-resultados-fragmentos-madrid.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "a snippet cut off mid-sentence: 'la Casa Blanca ofreció a Azerbaiyán la adhesión, aunque el Gobierno ... aún no ha ...' is an offer (a candidacy), but the accession noun after the offer is read as a decision and the truncated refusal-to-answer gives nothing",
    ),
    (
        "es/heldout53-es-economia-comercio-dubai.txt",
        "heldout53-es-economia-comercio-dubai.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month')]",
        "'normalizaron ... en agosto de 2020 y firmaron los acuerdos en Washington un mes después': the signing's month is counted from the normalisation's; the August of the first verb is taken",
    ),
    (
        "es/heldout53-es-economia-comercio-dubai.txt",
        "heldout53-es-economia-comercio-dubai.txt: unexpected ('AE', 'ratified') [('2022-05', 'month')]",
        "the CEPA trade agreement 'firmado en mayo de 2022, entró en vigor en abril de 2023': another agreement's entry into force, read as the accords' ratification",
    ),
    (
        "es/heldout53-es-economia-comercio-dubai.txt",
        "heldout53-es-economia-comercio-dubai.txt: missing ('AE', 'announced') [('2020-08', 'month')]",
        "'normalizaron sus relaciones con Israel en agosto de 2020 y firmaron los acuerdos ... un mes después': the normalisation is read as the signing, not as the announcement before it",
    ),
    (
        "es/heldout53-es-economia-comercio-dubai.txt",
        "heldout53-es-economia-comercio-dubai.txt: missing ('OM', 'prospective') [(None, None)]",
        "a reader's comment '¿Y Omán? Siempre dicen que va a ser el siguiente.': the country stands only in the question before, the prediction's subject is dropped, and the accords are named far above",
    ),
    (
        "es/heldout6-breve-pakistan-descarta.txt",
        "heldout6-breve-pakistan-descarta.txt: date ('SA', 'declined') found [('2026-01-23', 'day')] expected [(None, None)]",
        "the next paragraph's 'para el viernes' (a coming day) is resolved to the Friday before and given to the undated Saudi condition",
    ),
    (
        "es/heldout6-clarin-riad-analisis.txt",
        "heldout6-clarin-riad-analisis.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "Trump's belief is dated by 'el martes' but the wish to join is told in the next sentence, with no day of its own",
    ),
    (
        "es/heldout6-clarin-riad-analisis.txt",
        "heldout6-clarin-riad-analisis.txt: date ('SD', 'signed') found [('2025-11-20', 'day')] expected [(None, None)]",
        "'y hoy está hundido en una guerra civil': the 'today' of the war clause dates the signing carried by 'lo hizo'",
    ),
    (
        "es/heldout6-clarin-riad-analisis.txt",
        "heldout6-clarin-riad-analisis.txt: missing ('SA', 'suspended') [(None, None)]",
        "'Todo eso quedó en suspenso' points back at the talks of the sentence before with 'todo eso'",
    ),
    (
        "es/heldout6-efe-kazajistan-se-suma.txt",
        "heldout6-efe-kazajistan-se-suma.txt: date ('KZ', 'announced') found [('2025-11-07', 'day')] expected [('2025-11-06', 'day')]",
        "the lead's 'confirmó este viernes' (Astana's confirmation, the dateline's day) is taken over the announcement day the next paragraph tells",
    ),
    (
        "es/heldout6-efe-kazajistan-se-suma.txt",
        "heldout6-efe-kazajistan-se-suma.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'sondea a Azerbaiyán, socio energético clave de Israel, y no descarta que Uzbekistán ...': the apposition with Israel keeps the courting verb from Azerbaijan",
    ),
    (
        "es/heldout6-elpais-sudan-congelado.txt",
        "heldout6-elpais-sudan-congelado.txt: date ('SD', 'suspended') found [('2021', 'year')] expected [(None, None)]",
        "the halt is read ('papel mojado' over the approach), but the year of the clause after it ('presentó como un éxito en 2021') is taken for its date",
    ),
    (
        "es/heldout6-faq-acuerdos-claves.txt",
        "heldout6-faq-acuerdos-claves.txt: date ('SY', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'en septiembre' with the header's year two paragraphs up: no year named in the paragraph, so undated",
    ),
    (
        "es/heldout6-noticieros-somalilandia.txt",
        "heldout6-noticieros-somalilandia.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'ese mismo viernes 26 de diciembre' dates the recognition; the wish to join comes hours later in another sentence",
    ),
    (
        "es/heldout7-directo-cairo.txt",
        "heldout7-directo-cairo.txt: date ('PK', 'declined') found [('2026-01-30', 'day')] expected [('2026-01-29', 'day')]",
        "two refusals in one sentence (the prime minister 'ayer', his spokesman's 'esa puerta permanece cerrada' 'hoy'): the spokesman's day is kept for the one claim",
    ),
    (
        "es/heldout7-directo-cairo.txt",
        "heldout7-directo-cairo.txt: missing ('BH', 'suspended') [('2023-11', 'month')]",
        "trade exchanges kept frozen: 'comerciales' marks a trade topic, so the halt is not read as the accords'",
    ),
    (
        "es/heldout7-lista-espera.txt",
        "heldout7-lista-espera.txt: missing ('UZ', 'prospective') [(None, None)]",
        "countries that 'appear' in the same conversation (a candidate list told by a verb of appearing) have no cue",
    ),
    (
        "es/heldout7-lista-espera.txt",
        "heldout7-lista-espera.txt: missing ('MR', 'prospective') [(None, None)]",
        "countries that 'appear' in the same conversation (a candidate list told by a verb of appearing) have no cue",
    ),
    (
        "es/heldout9-elpais-premio-saudi.txt",
        "heldout9-elpais-premio-saudi.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'daba por casi cerradas en el verano de 2023' dates the talks, not their freeze",
    ),
    (
        "es/heldout9-eltiempo-yakarta-nuakchot.txt",
        "heldout9-eltiempo-yakarta-nuakchot.txt: missing ('SA', 'prospective') [(None, None)]",
        "the wish list is named in the sentence before; its members follow 'además de ... aparecen ...:' with no cue of their own",
    ),
    (
        "es/heldout9-eltiempo-yakarta-nuakchot.txt",
        "heldout9-eltiempo-yakarta-nuakchot.txt: missing ('MR', 'negotiating') [('2025', 'year')]",
        "the talks sentence names no country ('enviados de ambos gobiernos'); Mauritania is the adjective 'mauritano' two sentences back",
    ),
    (
        "es/heldout9-eltiempo-yakarta-nuakchot.txt",
        "heldout9-eltiempo-yakarta-nuakchot.txt: missing ('MR', 'suspended') [(None, None)]",
        "the halt ('ese diálogo quedó en suspenso') is in a sentence naming no country; Mauritania is the adjective 'mauritano' two sentences back",
    ),
    (
        "es/heldout9-eltiempo-yakarta-nuakchot.txt",
        "heldout9-eltiempo-yakarta-nuakchot.txt: missing ('MA', 'signed') [(None, None)]",
        "'los miembros originales' and 'Marruecos sigue profundizando su cooperación' in two sentences: a lone first signatory with no accords name in its sentence",
    ),
    (
        "fa/heldout17-bbc-qazaqestan.txt",
        "heldout17-bbc-qazaqestan.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'هدف اصلی آن' (its main aim) in the relative clause describing the joining is read as 'the main target', a candidacy for the country before it",
    ),
    (
        "fa/heldout17-independent-shara.txt",
        "heldout17-independent-shara.txt: unexpected ('SY', 'announced') [(None, None)]",
        "analysts' assessment of a joining ('پیوستن رسمی ... برای افکار عمومی سوریه هنوز پذیرفتنی نیست', not yet acceptable to public opinion) is read as the country's joining",
    ),
    (
        "fa/heldout19-bbc-rahe-riyaz.txt",
        "heldout19-bbc-rahe-riyaz.txt: date ('SA', 'declined') found [(None, None)] expected [('2025', 'year')]",
        "the refusal after 'اما پیش از آن باید' is dated, like the wish before it, only by the Solar Hijri month without a year ('در سفر آبان\u200cماه خود به واشنگتن')",
    ),
    (
        "fa/heldout19-bbc-rahe-riyaz.txt",
        "heldout19-bbc-rahe-riyaz.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025', 'year')]",
        "the wish is dated only by the Solar Hijri month without a year ('در سفر آبان\u200cماه خود به واشنگتن'); a Persian month with no year and no Gregorian beside it is not read as a date",
    ),
    (
        "fa/heldout19-irna-somaliland-rezhim.txt",
        "heldout19-irna-somaliland-rezhim.txt: unexpected ('SO', 'suspended') [(None, None)]",
        "Somalia recalling its own ambassador for consultations in protest at Israel's recognition of Somaliland is read as a halt: Somalia is no member and the recall is not from Israel",
    ),
    (
        "fa/heldout2-pakestan-rad.txt",
        "heldout2-pakestan-rad.txt: date ('PK', 'declined') found [('2025-11-28', 'day')] expected [(None, None)]",
        "the weekday of the refusal's own clause ('rejected on Friday'), which the label leaves undated",
    ),
    (
        "fa/heldout2-qazaqestan-arabestan.txt",
        "heldout2-qazaqestan-arabestan.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "date in another clause or sentence than the claim's",
    ),
    (
        "fa/heldout24-euronews-riyaz-tavaqof.txt",
        "heldout24-euronews-riyaz-tavaqof.txt: unexpected ('SA', 'announced') [('2025', 'year')]",
        "Trump's 'Saudi Arabia joining would be a great honour' in the future tense ('خواهد بود') is read as an announced joining; a joining noun as the subject of a predicate about it is no step",
    ),
    (
        "fa/heldout24-radiofarda-tashkent.txt",
        "heldout24-radiofarda-tashkent.txt: date ('UZ', 'prospective') found [('2026', 'year')] expected [(None, None)]",
        "'hopes they join before the end of 2026': the target year of a hope is taken as its date",
    ),
    (
        "fa/heldout24-radiofarda-tashkent.txt",
        "heldout24-radiofarda-tashkent.txt: date ('AZ', 'prospective') found [('2026', 'year')] expected [(None, None)]",
        "'hopes they join before the end of 2026': the target year of a hope is taken as its date",
    ),
    (
        "fa/heldout24-radiofarda-tashkent.txt",
        "heldout24-radiofarda-tashkent.txt: unexpected ('IR', 'announced') [(None, None)]",
        "Iran calling Muslim countries' joining 'a betrayal' ('را «خیانت ...» خوانده است'): the joining's owners are a group without a name, so the verb-final condemner is taken as the subject",
    ),
    (
        "fa/heldout29-independent-binsalman-shart.txt",
        "heldout29-independent-binsalman-shart.txt: unexpected ('SA', 'announced') [(None, None)]",
        "'سفر بن سلمان تنها دو هفته پس از آن انجام شد که قزاقستان پیوستن خود ... را اعلام کرد': 'پس از آن ... که' split around the main verb; the leader of the main clause takes Kazakhstan's announcement",
    ),
    (
        "fa/heldout29-independent-binsalman-shart.txt",
        "heldout29-independent-binsalman-shart.txt: missing ('KZ', 'announced') [(None, None)]",
        "the same split 'پس از آن ... که' clause: Kazakhstan, its subject, is not read as the announcer",
    ),
    (
        "fa/heldout29-irna-qazaqestan-peyvastan.txt",
        "heldout29-irna-qazaqestan-peyvastan.txt: unexpected ('IR', 'declined') [(None, None)]",
        "'جمهوری اسلامی ایران عادی\u200cسازی روابط با رژیم صهیونیستی را در هر قالبی، خیانت ... می\u200cداند': a judgement of others' normalisation as betrayal is read as Iran's own refusal",
    ),
    (
        "fa/heldout29-irna-qazaqestan-peyvastan.txt",
        "heldout29-irna-qazaqestan-peyvastan.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023', 'year')]",
        "'پس از آغاز جنگ داخلی در فروردین ۱۴۰۲ عملا این روند را متوقف کرد': the halt of 'this process' is now read, the solar month after 'پس از آغاز جنگ' is the war's, an event's date the rules give no halt",
    ),
    (
        "fa/heldout3-qazaqestan-emza.txt",
        "heldout3-qazaqestan-emza.txt: unexpected ('KZ', 'announced') [(None, None)]",
        "the headline's 'officially joined' (رسماً ... پیوست) read as announced; the signing is told in the lead",
    ),
    (
        "fa/heldout32-bbcpersian-porsesh-hargeisa.txt",
        "heldout32-bbcpersian-porsesh-hargeisa.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'روز جمعه' is anchored only by a solar Hijri dateline ('۷ دی ۱۴۰۴'), which gives no Gregorian day to count back from",
    ),
    (
        "fa/heldout32-bbcpersian-porsesh-hargeisa.txt",
        "heldout32-bbcpersian-porsesh-hargeisa.txt: date ('SA', 'declined') found [(None, None)] expected [('2025', 'year')]",
        "'در سفر آبان\u200cماه خود': a solar Hijri month with no year gives no Gregorian date",
    ),
    (
        "fa/heldout32-bbcpersian-porsesh-hargeisa.txt",
        "heldout32-bbcpersian-porsesh-hargeisa.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025', 'year')]",
        "'در سفر آبان\u200cماه خود': a solar Hijri month with no year gives no Gregorian date",
    ),
    (
        "fa/heldout32-tasnim-eslamabad-sazesh.txt",
        "heldout32-tasnim-eslamabad-sazesh.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025', 'year')]",
        "'در آبان\u200cماه گذشته': a solar Hijri month gives no Gregorian date",
    ),
    (
        "fa/heldout32-tasnim-eslamabad-sazesh.txt",
        "heldout32-tasnim-eslamabad-sazesh.txt: missing ('SA', 'prospective') [(None, None)]",
        "'عربستان سعودی نیز که واشنگتن بارها برای عادی\u200cسازی روابط آن ... تلاش کرده': Washington's push is told in a relative clause about the kingdom, with a pronoun ('روابط آن') for it, which no rule reads as a candidacy",
    ),
    (
        "fa/heldout32e-exile-baku-hargeisa.txt",
        "heldout32e-exile-baku-hargeisa.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'پیوستن باکو «خط قرمز» تهران است': the joining noun of Baku, which Tehran calls its red line, is read as Baku's joining",
    ),
    (
        "fa/heldout32e-exile-baku-hargeisa.txt",
        "heldout32e-exile-baku-hargeisa.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'«گفت\u200cوگوها جریان دارد»': talks told in a quote with no country named, by an official introduced in the sentence",
    ),
    (
        "fa/heldout35-hashtesubh-dari-asiamiana.txt",
        "heldout35-hashtesubh-dari-asiamiana.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the month before the two signatories ('در سپتامبر ۲۰۲۰ با امضای امارات ... و بحرین') dates the first of the pair only",
    ),
    (
        "fa/heldout36-dushanbe-hafteh-tashkent.txt",
        "heldout36-dushanbe-hafteh-tashkent.txt: date ('TJ', 'declined') found [('2026-02-09', 'day')] expected [(None, None)]",
        "the Persian name of Dushanbe (دوشنبه) is also Monday: 'گفت دوشنبه ...' (said Dushanbe has no plan) read as 'said on Monday'",
    ),
    (
        "fa/heldout36-radio-diaspora-hargeisa.txt",
        "heldout36-radio-diaspora-hargeisa.txt: unexpected ('SO', 'suspended') [(None, None)]",
        "Somalia recalling its own ambassador for consultations over Israel's recognition of Somaliland read as a halt; Somalia had no ties with Israel to halt",
    ),
    (
        "fa/heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt",
        "heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt: date ('KZ', 'announced') found [('2025-11-14', 'day')] expected [('2025-11', 'month')]",
        "the joining is read from the headline and dated by the dateline's day; 'در هفته گذشته' (last week) in the sermon's sentence, a week before a mid-month Friday, is no month date rule",
    ),
    (
        "fa/heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt",
        "heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt: date ('AE', 'signed') found [('2025-11-14', 'day')] expected [(None, None)]",
        "'پنج سال پیش با امضای این توافق ... و امروز هم ...': 'امروز' (today) in a later clause dates the signing told 'five years ago', which stays undated",
    ),
    (
        "fa/heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt",
        "heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt: date ('BH', 'signed') found [('2025-11-14', 'day')] expected [(None, None)]",
        "as the UAE: the later clause's 'امروز' (today) dates the signing told 'five years ago'",
    ),
    (
        "fa/heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt",
        "heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt: date ('SA', 'declined') found [('2025-11-14', 'day')] expected [(None, None)]",
        "the refusal reported in the sermon ('ریاض تاکنون اعلام کرده ...') is dated by the Friday of the dateline; the label leaves a refusal's saying undated",
    ),
    (
        "fa/heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt",
        "heldout43-fa-khabargozari-hawzeh-namaz-jomeh.txt: missing ('SA', 'prospective') [(None, None)]",
        "'دشمن تلاش می\u200cکند عربستان را نیز به این جریان بکشاند' (the enemy tries to drag Saudi Arabia into this current too): pressure told as a metaphor, with no joining word and 'the enemy' for Washington",
    ),
    (
        "fa/heldout43-fa-ruznameh-eslahtalab-goftegu-diplomat.txt",
        "heldout43-fa-ruznameh-eslahtalab-goftegu-diplomat.txt: missing ('SD', 'suspended') [(None, None)]",
        "'با جنگ داخلی عملاً همه چیز متوقف شد' (with the civil war practically everything stopped): the halt's subject is 'everything', no process or relations word",
    ),
    (
        "fa/heldout44-fa-ruznameh-eqtesadi-tehran.txt",
        "heldout44-fa-ruznameh-eqtesadi-tehran.txt: date ('SA', 'declined') found [('2025-11-19', 'day')] expected [(None, None)]",
        "the Jalali dateline's own day is given to the crown prince's wish and condition, told a paragraph after the Tuesday meeting ('روز سه\u200cشنبه') with no time of their own; the label leaves them undated",
    ),
    (
        "fa/heldout44-fa-ruznameh-eqtesadi-tehran.txt",
        "heldout44-fa-ruznameh-eqtesadi-tehran.txt: date ('SA', 'prospective') found [('2025-11-19', 'day')] expected [(None, None)]",
        "the Jalali dateline's own day is given to the crown prince's wish, told a paragraph after the Tuesday meeting with no time of its own; the label leaves it undated",
    ),
    (
        "fa/heldout45-fa-ruznameh-eslahtalab-qazaqestan.txt",
        "heldout45-fa-ruznameh-eslahtalab-qazaqestan.txt: missing ('SA', 'prospective') [(None, None)]",
        "'چشم واشنگتن به ریاض بوده است' (Washington's eye has been on Riyadh): the Persian idiom of the eye is no candidacy cue",
    ),
    (
        "fa/heldout47-fa-khabargozari-tehran-eslamabad-rad.txt",
        "heldout47-fa-khabargozari-tehran-eslamabad-rad.txt: unexpected ('AE', 'suspended') [(None, None)]",
        "'طرح موسوم به ابراهیم که در سال ۲۰۲۰ با خیانت امارات و بحرین ... کلید خورد ... عملاً متوقف مانده بود': the plan's stalling given to the founders named in its relative clause",
    ),
    (
        "fa/heldout47-fa-khabargozari-tehran-eslamabad-rad.txt",
        "heldout47-fa-khabargozari-tehran-eslamabad-rad.txt: unexpected ('BH', 'suspended') [(None, None)]",
        "'طرح ... که ... با خیانت امارات و بحرین ... کلید خورد ... متوقف مانده بود': as the Emirates, the stalling of the plan given to a founder in its relative clause",
    ),
    (
        "fa/heldout47-fa-site-tabeidi-london-hargeisa.txt",
        "heldout47-fa-site-tabeidi-london-hargeisa.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'قزاقستان ششم نوامبر اعلام کرد': a day in words with no year and no 'در' is left undated, as an event's name ('هفتم اکتبر') is",
    ),
    (
        "fa/heldout49-fa-seda-sima-tahlil-marakesh-2020.txt",
        "heldout49-fa-seda-sima-tahlil-marakesh-2020.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "the kingdom's membership comes from the title ('چهارمین حلقه زنجیره سازش', the fourth link of the chain) with no date; the dated signing is the passive 'امضا شد' whose only country is in an attendance phrase, not read",
    ),
    (
        "fa/heldout49-fa-site-beroonmarzi-porsesh-pasokh.txt",
        "heldout49-fa-site-beroonmarzi-porsesh-pasokh.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'سودان از زمان آغاز جنگ داخلی در آوریل ۲۰۲۳ عملاً در این روند فعال نیست': the month follows 'since the start of the war', an event's date the rules give no halt",
    ),
    (
        "fa/heldout49-fa-site-beroonmarzi-porsesh-pasokh.txt",
        "heldout49-fa-site-beroonmarzi-porsesh-pasokh.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'همان روزی که اسرائیل در ۲۶ دسامبر آن را به رسمیت شناخت، اعلام کرد قصد پیوستن ... دارد': the day sits in the recognition's clause; 'the same day that' does not carry it to the announcement",
    ),
    (
        "fa/heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt",
        "heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt: date ('KZ', 'announced') found [('2025-11-08', 'day')] expected [('2025-11-06', 'day')]",
        "the papers' 'امروز' (today) in the joining's clause is taken; 'روز پنجشنبه' (on Thursday) stands in the appositive after the semicolon ('خبری که دونالد ترامپ روز پنجشنبه ... اعلام کرد'), which is read as a clause of its own",
    ),
    (
        "fa/heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt",
        "heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt: unexpected ('SD', 'signed') [('2020', 'year')]",
        "Sudan named in a relative clause whose normalisation 'عملاً متوقف شده' (practically halted) beside the members' 'سال ۲۰۲۰ ... امضا کردند': read as a member with their year; the text does not say Sudan signed",
    ),
    (
        "fa/heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt",
        "heldout51-fa-khabargozari-moror-matbuat-qazaqestan.txt: missing ('SD', 'suspended') [(None, None)]",
        "a halt told in a relative clause with the war as its agent ('که عادی\u200cسازی\u200cاش با جنگ داخلی عملاً متوقف شده'): the halt goes to the members' clause before it",
    ),
    (
        "fa/heldout52-porsesh-pasokh-kookie.txt",
        "heldout52-porsesh-pasokh-kookie.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'با شروع جنگ داخلی در آوریل ۲۰۲۳، روند عادی\u200cسازی ... به حالت تعلیق درآمد': the month stands in the cause's phrase before the comma, and the halt after it is read undated",
    ),
    (
        "fa/heldout52-radiofarda-barname-somaliland.txt",
        "heldout52-radiofarda-barname-somaliland.txt: date ('SA', 'suspended') found [(None, None)] expected [('2023-10', 'month')]",
        "'مذاکرات ... که در اکتبر ۲۰۲۳ با آغاز جنگ غزه متوقف شد، هنوز از سر گرفته نشده است': the halt is read from the relative clause, but its month is not given to it",
    ),
    (
        "fa/heldout52-radiofarda-barname-somaliland.txt",
        "heldout52-radiofarda-barname-somaliland.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'امارات و بحرین در شهریور ۱۳۹۹ در کاخ سفید امضا کردند': with the accords unnamed in the answer (carried from the host's question) the signing is read, but its Solar Hijri month is not given to it (with the accords named in the sentence it is)",
    ),
    (
        "fa/heldout52-radiofarda-barname-somaliland.txt",
        "heldout52-radiofarda-barname-somaliland.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'امارات و بحرین در شهریور ۱۳۹۹ در کاخ سفید امضا کردند': with the accords unnamed in the answer (carried from the host's question) the signing is read, but its Solar Hijri month is not given to it (with the accords named in the sentence it is)",
    ),
    (
        "fa/heldout52-radiofarda-barname-somaliland.txt",
        "heldout52-radiofarda-barname-somaliland.txt: date ('KZ', 'announced') found [('2025', 'year')] expected [('2025-11-06', 'day')]",
        "'۱۵ آبان امسال': a Solar Hijri day and month with 'this year' instead of a year gives only the broadcast's year",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01-11', 'day')]",
        "a channel's post stamped '🔴 فوری | ۲۱ دی ۱۴۰۴' above the news: a stamp after a label and a bar is no dated heading, and the step under it has no date of its own",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "a channel's post stamped '🔴 فوری | ۹ بهمن ۱۴۰۴' above the refusal: a stamp after a label and a bar is no dated heading, and the refusal has no date of its own",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'امارات و بحرین در شهریور ۱۳۹۹ در کاخ سفید امضا کردند': a solar Hijri month with its year and no day gives no Gregorian year, though all of Shahrivar 1399 falls in 2020",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'امارات و بحرین در شهریور ۱۳۹۹ در کاخ سفید امضا کردند': a solar Hijri month with its year and no day gives no Gregorian year, though all of Shahrivar 1399 falls in 2020",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('SA', 'declined') found [(None, None)] expected [('2025', 'year')]",
        "'در سفر آبان\u200cماه به واشنگتن': a solar Hijri month without its year, in a post of Bahman 1404, is not resolved to 2025",
    ),
    (
        "fa/heldout53-fa-kanal-telegram-islamabad.txt",
        "heldout53-fa-kanal-telegram-islamabad.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025', 'year')]",
        "'در سفر آبان\u200cماه به واشنگتن': a solar Hijri month without its year, in a post of Bahman 1404, is not resolved to 2025",
    ),
    (
        "fa/heldout53-fa-natayej-jostojoo-astana.txt",
        "heldout53-fa-natayej-jostojoo-astana.txt: date ('SA', 'prospective') found [('2026-11-03', 'day')] expected [(None, None)]",
        "a search snippet's date line ('۱۲ آبان ۱۴۰۵ —') is read as the date of Trump's words; the label leaves a statement the text gives no time of its own undated",
    ),
    (
        "fa/heldout53-fa-natayej-jostojoo-astana.txt",
        "heldout53-fa-natayej-jostojoo-astana.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "a search snippet's date line ('۵ دی ۱۴۰۴ —') is read as the date of the leader's words; the label leaves a statement the text gives no time of its own undated",
    ),
    (
        "fa/heldout53-fa-natayej-jostojoo-astana.txt",
        "heldout53-fa-natayej-jostojoo-astana.txt: unexpected ('SY', 'announced') [('2025-09-22', 'day')]",
        "a snippet cut by '...' right after 'پیوستن به' (joining): the bare infinitive, a joining cue, is read though the sentence lost its predicate",
    ),
    (
        "fa/heldout6-tavaqof-riyaz.txt",
        "heldout6-tavaqof-riyaz.txt: date ('SD', 'suspended') found [('2025-12-11', 'day')] expected [(None, None)]",
        "a date with no anchor in the sentence is taken from the dateline for the halt",
    ),
    (
        "fa/heldout6-tavaqof-riyaz.txt",
        "heldout6-tavaqof-riyaz.txt: missing ('SA', 'prospective') [(None, None)]",
        "'despite Trump's insistence' is a noun phrase of pressure with no country in it; the Saudis come in the next clause",
    ),
    (
        "fa/somaliland_riyaz_shart.txt",
        "somaliland_riyaz_shart.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "talks in a clause after a purpose clause ('pressing for ... joining') are weakened by it",
    ),
    (
        "fr/heldout10-afp-astana.txt",
        "heldout10-afp-astana.txt: missing ('AZ', 'prospective') [(None, None)]",
        "the candidacy ('régulièrement cité par la presse américaine') sits in a sentence opened by 'Interrogé sur', a question marker that keeps the whole sentence from claiming",
    ),
    (
        "fr/heldout10-geneve-asie-centrale.txt",
        "heldout10-geneve-asie-centrale.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "the attack's day is no longer the freeze's, but the year of the talks' advance in the phrase between commas before it ('bien avancées à l'été 2023') is taken for it",
    ),
    (
        "fr/heldout10-maghreb-rabat.txt",
        "heldout10-maghreb-rabat.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "'En décembre 2020, Rabat renouait avec Israël': the month opens the sentence before the capital and is not tied to the background signing",
    ),
    (
        "fr/heldout10-tv-syrie.txt",
        "heldout10-tv-syrie.txt: missing ('SA', 'prospective') [(None, None)]",
        "'la Syrie rejoindrait ... les accords, comme l'Arabie saoudite': a country after 'comme' at the end of a prediction does not share its step",
    ),
    (
        "fr/heldout15-figaro-asie.txt",
        "heldout15-figaro-asie.txt: missing ('AZ', 'prospective') [(None, None)]",
        "an accession 'qui pourrait être annoncée' right after reported talks on it is read as the talks' aim: the talks are kept, the candidacy is not",
    ),
    (
        "fr/heldout15-ja-rabat-cinq-ans.txt",
        "heldout15-ja-rabat-cinq-ans.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-10', 'day')]",
        "the dated step is told in the historical imperfect of the lead ('Le 10 décembre 2020, le royaume chérifien normalisait ses relations'), which is no cue; the undated 'quatrième pays à rejoindre' gives the claim",
    ),
    (
        "fr/heldout15-monde-riyad.txt",
        "heldout15-monde-riyad.txt: missing ('SY', 'prospective') [(None, None)]",
        "'pourrait même la devancer' (could get there before Saudi Arabia): overtaking another candidate is no joining cue",
    ),
    (
        "fr/heldout15-rfi-hargeisa.txt",
        "heldout15-rfi-hargeisa.txt: date ('MR', 'declined') found [(None, None)] expected [('2026-01-04', 'day')]",
        "the refusal is the quote of the next sentence ('La position ... n'a pas changé'); the day ('dimanche') is told with the denial in the sentence before",
    ),
    (
        "fr/heldout15-rfi-hargeisa.txt",
        "heldout15-rfi-hargeisa.txt: missing ('SD', 'suspended') [('2023-04', 'month')]",
        "a halt told in an object relative after its process ('la normalisation, que la guerre ... a gelée dès avril 2023'): the clause after ', que' holds no halted process of its own",
    ),
    (
        "fr/heldout17-croix-mbs.txt",
        "heldout17-croix-mbs.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the Oval Office quote and the standfirst carry no date of their own; the visit's day ('mardi 18 novembre') is two sentences before, and a date is not carried across sentences",
    ),
    (
        "fr/heldout17-croix-mbs.txt",
        "heldout17-croix-mbs.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the Oval Office quote and the standfirst carry no date of their own; the visit's day ('mardi 18 novembre') is two sentences before, and a date is not carried across sentences",
    ),
    (
        "fr/heldout17-croix-mbs.txt",
        "heldout17-croix-mbs.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the chronology line 'Décembre 2020. Le Maroc rétablit ses relations avec Israël.' gives no claim (a present-tense renewal of ties, no accords named), so Morocco keeps the undated membership of the list sentence",
    ),
    (
        "fr/heldout17-le360-rabat.txt",
        "heldout17-le360-rabat.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "the announcement is a participle ('annoncée ... par Donald Trump') after 'la reprise des relations entre le Royaume et l'État hébreu', the kingdom named by an anaphor inside 'entre': no joining word and no subject for it",
    ),
    (
        "fr/heldout17-le360-rabat.txt",
        "heldout17-le360-rabat.txt: missing ('SA', 'prospective') [(None, None)]",
        "'qui ne cache pas ses ambitions envers l'Arabie saoudite': ambitions towards a country are no candidacy word, and one would read candidacies into unrelated ambitions",
    ),
    (
        "fr/heldout17-point-astana.txt",
        "heldout17-point-astana.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'Les négociations entre Israël et le royaume saoudien, engagées sous l'administration Biden, n'ont jamais repris ...': talks told by their noun with a participle ('engagées') and then halted are read as the halt alone (the halt takes the talks next to it as what was halted; only talks a country is named holding before them stay)",
    ),
    (
        "fr/heldout17-presse-afp-damas.txt",
        "heldout17-presse-afp-damas.txt: date ('SA', 'prospective') found [('2025-09-23', 'day')] expected [(None, None)]",
        "'Donald Trump, qui doit s'exprimer mardi à la tribune de l'ONU, presse ...': a later date inside a relative clause is kept for the main step (it is often the step's day: 'X, who met Trump yesterday, said')",
    ),
    (
        "fr/heldout17-soir-hargeisa.txt",
        "heldout17-soir-hargeisa.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "the dated sentence names the president by his title, a long apposition and a nickname in quotes ('le président somalilandais, Abdirahman Mohamed Abdullahi, dit « Irro », a salué vendredi ... et fait part de l'intention de son pays'), and gives no claim; the undated headline does",
    ),
    (
        "fr/heldout18-courrier-bilan.txt",
        "heldout18-courrier-bilan.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "the signing participle sits inside the 'Quant au Soudan, dont la normalisation, signée en janvier 2021, ...' opener; once the main clause's freeze is read ('a gelé tout contact avec Israël') the signing in the opener is dropped (with the country as the main clause's subject both are read)",
    ),
    (
        "fr/heldout18-elwatan-islamabad.txt",
        "heldout18-elwatan-islamabad.txt: missing ('SA', 'prospective') [(None, None)]",
        "the bet's second object is repeated with its preposition after a relative clause ('on mise sur l'Azerbaïdjan, dont ..., et sur l'Arabie saoudite'): no continuation reaches it (test_round18_fr fr-16)",
    ),
    (
        "fr/heldout18-express-riyad.txt",
        "heldout18-express-riyad.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the dated quote's condition after 'mais' ('nous assurer d'un chemin clair vers une solution à deux Etats', a refusal since round seventeen) is read with the day, but the wish before it ('Nous voulons faire partie') gives no candidacy of its own beside it: the candidacy comes, undated, from Trump's later quote",
    ),
    (
        "fr/heldout18-express-riyad.txt",
        "heldout18-express-riyad.txt: date ('SY', 'declined') found [('2025-11', 'month')] expected [(None, None)]",
        "a relative period inside an apposed participle ('reçue elle aussi à la Maison-Blanche ce mois-ci') dates the main clause's refusal: a date from 2020 on inside such a clause stays with the step by design (test_round18_fr fr-17)",
    ),
    (
        "fr/heldout18-matin-rabat-cinq-ans.txt",
        "heldout18-matin-rabat-cinq-ans.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "the King's announcement of 'la reprise des contacts officiels et des relations diplomatiques entre le Royaume du Maroc et l'Etat d'Israël' is read in a short sentence (test_round18_fr), but here an incise with a founder ('lors d'un entretien téléphonique avec le président américain Donald Trump') stands between the verb and its object, and the long object with the kingdom inside 'entre ... et' is not reached",
    ),
    (
        "fr/heldout19-afp-astana-jeudi.txt",
        "heldout19-afp-astana-jeudi.txt: missing ('SA', 'prospective') [(None, None)]",
        "'espère désormais élargir le cercle, et en premier lieu convaincre l'Arabie saoudite': the persuasion verb stands far from the hope, with no joining word after it, and a bare 'convaincre' would name any object",
    ),
    (
        "fr/heldout19-france24-direct-somaliland.txt",
        "heldout19-france24-direct-somaliland.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "a live blog entry ('15h36 : ...') under the page's 'Publié le : 26/12/2025' is of that day, but an entry's time of day is no date and the step names none; the headline, read first, is undated too",
    ),
    (
        "fr/heldout19-ja-maghreb-sahel-cinq-ans.txt",
        "heldout19-ja-maghreb-sahel-cinq-ans.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'Douze jours plus tôt, le 10 décembre, Donald Trump avait annoncé la nouvelle': the announcement's object is 'la nouvelle', an anaphor for the Moroccan step of the sentence before, and the sentence names no country",
    ),
    (
        "fr/heldout20-liberation-analyse.txt",
        "heldout20-liberation-analyse.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'Mohammed ben Salmane, reçu en grande pompe en novembre, ...': the refusal is quoted two sentences later with 'a-t-il déclaré', and the month of the visit is not carried to it",
    ),
    (
        "fr/heldout20-liberation-analyse.txt",
        "heldout20-liberation-analyse.txt: unexpected ('SY', 'suspended') [(None, None)]",
        "'La Syrie ..., qu'on disait mûre pour un rapprochement, illustre la même impasse': an impasse compared with another country's ('la même impasse') is read as Syria's own halt",
    ),
    (
        "fr/heldout20-liberation-analyse.txt",
        "heldout20-liberation-analyse.txt: missing ('PK', 'declined') [('2026-01', 'month')]",
        "'Adhérer à ce Conseil ne vaut pas reconnaissance d'Israël, et Islamabad comme Jakarta l'ont fait savoir': the refusal is told by 'l'ont fait savoir' pointing back to the clause before, with the countries as its subject",
    ),
    (
        "fr/heldout20-liberation-analyse.txt",
        "heldout20-liberation-analyse.txt: missing ('ID', 'declined') [(None, None)]",
        "'« Nous reconnaîtrons Israël le jour où Israël reconnaîtra la Palestine », résumait ... son ministre': a first-person 'reconnaîtrons Israël' is no cue, since 'Notre position sur la Palestine ...: nous ne reconnaîtrons pas Israël' would give the refusal to Palestine",
    ),
    (
        "fr/heldout20-liberation-analyse.txt",
        "heldout20-liberation-analyse.txt: missing ('SY', 'prospective') [(None, None)]",
        "'Les émissaires américains l'y poussent': pressure told with two clitics (the country and the accords as 'l'y') after the country was named a sentence back is not read",
    ),
    (
        "fr/heldout20-rfi-soudan-maroc.txt",
        "heldout20-rfi-soudan-maroc.txt: missing ('SD', 'announced') [('2020-10', 'month')]",
        "'Le Soudan avait annoncé sa décision dès octobre 2020': 'sa décision' with no object, the accords named sentences back, is no announcement cue",
    ),
    (
        "fr/heldout21-jeuneafrique-soudan.txt",
        "heldout21-jeuneafrique-soudan.txt: missing ('SD', 'announced') [('2020-10-23', 'day')]",
        "'Le 23 octobre 2020, le Soudan devenait le troisième pays arabe ... à annoncer sa normalisation': the announcement is an infinitive after a ranking and is not read; the undated announcement found before came from the standfirst's 'après avoir rejoint les accords', a joining (Sudan's signing) since 'rejoint les accords' is one",
    ),
    (
        "fr/heldout21-letemps-cinq-ans.txt",
        "heldout21-letemps-cinq-ans.txt: unexpected ('MA', 'prospective') [('2020-12', 'month')]",
        "'allait emboîter le pas en décembre 2020': the future in the past with a past date is a step taken, read as the prospective 'emboîter le pas'",
    ),
    (
        "fr/heldout21-letemps-cinq-ans.txt",
        "heldout21-letemps-cinq-ans.txt: unexpected ('SY', 'declined') [(None, None)]",
        "a condition on a candidacy told by others ('pourrait même rejoindre les accords, à condition qu'un arrangement de sécurité soit d'abord trouvé') is read as Syria's own precondition",
    ),
    (
        "fr/heldout21-letemps-cinq-ans.txt",
        "heldout21-letemps-cinq-ans.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "see the prospective above: 'Rabat ... allait emboîter le pas en décembre 2020' is Morocco's signing",
    ),
    (
        "fr/heldout22-figaro-bakou-tachkent.txt",
        "heldout22-figaro-bakou-tachkent.txt: date ('AM', 'declined') found [('2025-08', 'month')] expected [(None, None)]",
        "Armenia's refusal ('a fermement écarté cette hypothèse') follows a relative clause dated by another agreement ('l'accord de paix paraphé avec l'Azerbaïdjan ... en août 2025'): 'paraphé' is no signing word, so the peace accord's month is not kept for that accord and dates the refusal",
    ),
    (
        "fr/heldout22-figaro-bakou-tachkent.txt",
        "heldout22-figaro-bakou-tachkent.txt: unexpected ('KG', 'prospective') [(None, None)]",
        "'Quant au Turkménistan, au Kirghizstan et au Tadjikistan, ..., aucun n'a manifesté la moindre intention de suivre l'exemple kazakh': the negative pronoun 'aucun' as the subject does not negate the candidacy ('suivre l'exemple') told after it",
    ),
    (
        "fr/heldout22-figaro-bakou-tachkent.txt",
        "heldout22-figaro-bakou-tachkent.txt: unexpected ('TJ', 'prospective') [(None, None)]",
        "as Kyrgyzstan: 'aucun n'a manifesté la moindre intention' after a list opened by 'Quant au' does not negate 'suivre l'exemple kazakh'",
    ),
    (
        "fr/heldout22-figaro-bakou-tachkent.txt",
        "heldout22-figaro-bakou-tachkent.txt: missing ('SA', 'prospective') [('2025-11-18', 'day')]",
        "'qu'elle ne rejoindrait les accords qu'une fois tracée une voie vers un Etat palestinien': after the complementizer the conditional is read as the kingdom's own decision, and the restriction leaves only the refusal, not the interest beside it",
    ),
    (
        "fr/heldout22-france24-hargeisa-golfe.txt",
        "heldout22-france24-hargeisa-golfe.txt: date ('OM', 'declined') found [('2020-12', 'month')] expected [('2025-12', 'month')]",
        "'a de nouveau écarté en décembre toute adhésion' takes its year from 'dès 2020' earlier in the paragraph (a month takes the year named before it); 'a depuis durci' in between says time moved on, which the rule does not read",
    ),
    (
        "fr/heldout22-liberation-islamabad-sourde-oreille.txt",
        "heldout22-liberation-islamabad-sourde-oreille.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'Depuis que le Kazakhstan a rejoint, le mois dernier, les accords': 'depuis que' opens a clause that ends at its first comma, so the date in the incise right after that comma is outside the joining's clause",
    ),
    (
        "fr/heldout22-olj-baabda-damas.txt",
        "heldout22-olj-baabda-damas.txt: missing ('SY', 'suspended') [('2026-02', 'month')]",
        "'Les pourparlers sécuritaires entre Damas et l'État hébreu, entamés à Paris et à Bakou ..., avaient pourtant été suspendus en février': Baku named as a venue after 'à' stands between Damascus and the halt and takes the subject's place",
    ),
    (
        "fr/heldout22-olj-baabda-damas.txt",
        "heldout22-olj-baabda-damas.txt: missing ('SY', 'negotiating') [('2026-03', 'month')]",
        "'Ils ont repris le mois dernier': the talks are a pronoun pointing to the sentence before, and a resumption with no noun of its own and no country is not read",
    ),
    (
        "fr/heldout22-rfi-afrique-prospection.txt",
        "heldout22-rfi-afrique-prospection.txt: date ('MR', 'declined') found [(None, None)] expected [('2026-02-14', 'day')]",
        "the day ('a démenti, samedi, toute démarche') is in the sentence before the quoted refusal ('pas de normalisation sans un Etat palestinien'): dates do not cross sentences",
    ),
    (
        "fr/heldout22-rfi-afrique-prospection.txt",
        "heldout22-rfi-afrique-prospection.txt: missing ('KM', 'declined') [(None, None)]",
        "the refusal is the foreign minister's quote ('Il n'y aura pas de normalisation tant que ...') after a sentence naming the Comoros as 'l'archipel', an anaphor the data does not list",
    ),
    (
        "fr/heldout24-franceinfo-direct.txt",
        "heldout24-franceinfo-direct.txt: date ('AZ', 'signed') found [(None, None)] expected [('2026-03-03', 'day')]",
        "live-blog entries: the signing ('C'est fait ... ont signé') is under a time stamp, the day only in the lead's 'ce mardi' and 'Aujourd'hui' of the earliest entry",
    ),
    (
        "fr/heldout24-franceinfo-direct.txt",
        "heldout24-franceinfo-direct.txt: date ('AZ', 'announced') found [('2026-03-03', 'day')] expected [(None, None)]",
        "'Bakou avait confirmé sa décision il y a deux semaines' (a relative range, undated) follows the lead's 'ce mardi pour signer', whose day the announcement takes",
    ),
    (
        "fr/heldout24-franceinfo-direct.txt",
        "heldout24-franceinfo-direct.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Plusieurs diplomates évoquent toutefois l'Ouzbékistan': diplomats naming a country, a candidacy only through the 'pourraient suivre' of the sentence before",
    ),
    (
        "fr/heldout24-lemonde-entretien.txt",
        "heldout24-lemonde-entretien.txt: unexpected ('LB', 'declined') [(None, None)]",
        "'Le Liban non plus n'est pas candidat, quoi qu'en dise Washington': the interviewee's judgment, not Lebanon's refusal; 'n'est pas candidat' in a country's own words is one",
    ),
    (
        "fr/heldout24-lemonde-entretien.txt",
        "heldout24-lemonde-entretien.txt: missing ('SA', 'prospective') [(None, None)]",
        "an answer with no verb after the question 'Qui pourrait suivre Astana ?' ('L'Arabie saoudite, évidemment, c'est la pièce que Washington veut'): the candidacy is in the question",
    ),
    (
        "fr/heldout24-lemonde-entretien.txt",
        "heldout24-lemonde-entretien.txt: missing ('AZ', 'prospective') [(None, None)]",
        "an answer with no verb after the question 'Qui pourrait suivre Astana ?' ('L'Azerbaïdjan aussi, ...'): the candidacy is in the question",
    ),
    (
        "fr/heldout24-lemonde-entretien.txt",
        "heldout24-lemonde-entretien.txt: missing ('UZ', 'prospective') [(None, None)]",
        "an answer with no verb after the question 'Qui pourrait suivre Astana ?' ('Et l'Ouzbékistan, dans une moindre mesure.'): the candidacy is in the question",
    ),
    (
        "fr/heldout24-liberation-tribune.txt",
        "heldout24-liberation-tribune.txt: date ('SA', 'declined') found [('2026-01-22', 'day')] expected [(None, None)]",
        "the rhetorical question after the refusal ('Pourquoi ferait-il aujourd'hui un cadeau ...') lends its 'aujourd'hui' to the refusal before it",
    ),
    (
        "fr/heldout24-liberation-tribune.txt",
        "heldout24-liberation-tribune.txt: missing ('SD', 'suspended') [(None, None)]",
        "the halt is in the answer to a rhetorical question with no verb ('que reste-t-il de la promesse soudanaise ? Un pays en guerre, un processus gelé'): the country only as an adjective in the question",
    ),
    (
        "fr/heldout25-ja-khartoum-nouakchott-hargeisa.txt",
        "heldout25-ja-khartoum-nouakchott-hargeisa.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01-06', 'day')]",
        "'Le 6 janvier 2021, le ministre ... apposait sa signature sur la déclaration': the signature on 'la déclaration' names no accords in its sentence, so the signing is read only from 'membre des accords d'Abraham depuis plus de cinq ans', undated (the announcement's day no longer passes to it)",
    ),
    (
        "fr/heldout27-elwatan-trahison.txt",
        "heldout27-elwatan-trahison.txt: date ('AE', 'signed') found [('2020-08-13', 'day')] expected [('2020-09-15', 'day')]",
        "'avaient ouvert le bal le 13 août 2020, en annonçant un accord ..., avant de le signer le 15 septembre': the signing after 'avant de' takes the date of the opening verb",
    ),
    (
        "fr/heldout27-elwatan-trahison.txt",
        "heldout27-elwatan-trahison.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'après que Donald Trump l'eut annoncée': the announcement is told with a pronoun for the normalisation named before",
    ),
    (
        "fr/heldout27-elwatan-trahison.txt",
        "heldout27-elwatan-trahison.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'en annonçant un accord de « paix » avec Tel-Aviv': an announcement told as a gerund of an agreement in quotes, beside the signing that takes the sentence",
    ),
    (
        "fr/heldout27-elwatan-trahison.txt",
        "heldout27-elwatan-trahison.txt: missing ('SD', 'signed') [('2021-01-06', 'day')]",
        "'Le 6 janvier 2021, le ministre de la Justice apposait sa signature': the minister has no possessive or country; only the paragraph says he is Sudan's",
    ),
    (
        "fr/heldout27-olj-beyrouth-damas-pression.txt",
        "heldout27-olj-beyrouth-damas-pression.txt: date ('SA', 'prospective') found [('2025-11-11', 'day')] expected [(None, None)]",
        "'Washington rêve de voir rejoindre le mouvement : le prince héritier ... est attendu mardi prochain': the date of a visit after a colon is read (as the Tuesday before) for the candidacy",
    ),
    (
        "fr/heldout27-soir-bruxelles-astana.txt",
        "heldout27-soir-bruxelles-astana.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'la liste ... s'est allongée de deux noms – le Maroc en décembre, le Soudan en janvier 2021 –': the names between dashes are new members of a list whose growth is the only verb",
    ),
    (
        "fr/heldout27-soir-bruxelles-astana.txt",
        "heldout27-soir-bruxelles-astana.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'la liste ... s'est allongée de deux noms – le Maroc en décembre, le Soudan en janvier 2021 –': the names between dashes are new members of a list whose growth is the only verb",
    ),
    (
        "fr/heldout27-temps-elargissement.txt",
        "heldout27-temps-elargissement.txt: unexpected ('KZ', 'suspended') [('2025-11', 'month')]",
        "'l'adhésion du Kazakhstan ... masque mal l'essoufflement d'un projet': the halt noun belongs to the project named after it, not to the accession noun that is the subject; since a sentence-opening 'Mais' opens no clause, the apposition's 'annoncée en novembre dernier' dates it",
    ),
    (
        "fr/heldout27-temps-elargissement.txt",
        "heldout27-temps-elargissement.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Il a fallu attendre le 6 novembre dernier pour que Donald Trump ... annonce que le Kazakhstan ... rejoindrait': the date stands before 'pour que' and does not reach the announcement in that clause",
    ),
    (
        "fr/heldout30-le360-declaration-cinq-ans.txt",
        "heldout30-le360-declaration-cinq-ans.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'Trump annonçait ... la reprise des relations diplomatiques entre Rabat et Tel-Aviv': a resumption of relations announced by the broker, with the country inside 'entre', is not read as the country's announcement",
    ),
    (
        "fr/heldout30-le360-declaration-cinq-ans.txt",
        "heldout30-le360-declaration-cinq-ans.txt: missing ('SD', 'signed') [(None, None)]",
        "'après ... et le Soudan, qui avait annoncé sa normalisation en octobre': the relative clause's own announcement replaces Sudan's background membership in the list before Morocco",
    ),
    (
        "fr/heldout30-le360-declaration-cinq-ans.txt",
        "heldout30-le360-declaration-cinq-ans.txt: missing ('SA', 'prospective') [(None, None)]",
        "the same 'de Riyad à Bakou' range after 'sollicitations auprès d'autres capitales'",
    ),
    (
        "fr/heldout30-le360-declaration-cinq-ans.txt",
        "heldout30-le360-declaration-cinq-ans.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Washington multiplie les sollicitations auprès d'autres capitales, de Riyad à Bakou': 'sollicitations auprès de' is no pressure cue and a 'de X à Y' range is no list",
    ),
    (
        "fr/heldout30-ledevoir-riyad-condition.txt",
        "heldout30-ledevoir-riyad-condition.txt: missing ('SA', 'suspended') [(None, None)]",
        "the same sentence: 'pourparlers' and 'interrompus' stand further apart than a split halt's reach (the longer reach is kept for a relative clause in between)",
    ),
    (
        "fr/heldout30-ouestfrance-conference-rennes.txt",
        "heldout30-ouestfrance-conference-rennes.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01', 'month')]",
        "'l'Azerbaïdjan, sollicité par la Maison-Blanche en janvier, pourrait franchir le pas': the month of a participial apposition is that phrase's, not the prediction's, by the agent-phrase rule",
    ),
    (
        "fr/heldout30-ouestfrance-conference-rennes.txt",
        "heldout30-ouestfrance-conference-rennes.txt: date ('ID', 'declined') found [('2026-01', 'month')] expected [(None, None)]",
        "'le refus de l'Indonésie et, fin janvier, celui du Pakistan': the month set off by commas before 'celui du Pakistan' dates the refusal before it",
    ),
    (
        "fr/heldout30-ouestfrance-conference-rennes.txt",
        "heldout30-ouestfrance-conference-rennes.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01', 'month')]",
        "the same 'et, fin janvier, celui du Pakistan': 'celui' does not take the month told between commas before it",
    ),
    (
        "fr/heldout30-ouestfrance-conference-rennes.txt",
        "heldout30-ouestfrance-conference-rennes.txt: missing ('SD', 'suspended') [('2023', 'year')]",
        "'la guerre civile, depuis 2023, a tout gelé': 'froze everything' read as a halt also read the weather ('le froid a tout gelé'); left out for want of a topic test",
    ),
    (
        "fr/heldout30-ouestfrance-conference-rennes.txt",
        "heldout30-ouestfrance-conference-rennes.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Washington aimerait la faire revenir, mais Nouakchott dit non': a wish whose object is the pronoun 'la' (Mauritania, named in the sentence before) is not carried",
    ),
    (
        "fr/heldout30-seneweb-nouakchott-courtisee.txt",
        "heldout30-seneweb-nouakchott-courtisee.txt: missing ('SD', 'suspended') [('2023-04', 'month')]",
        "'la guerre qui ravage le pays depuis avril 2023 l'a figé': a halt with an object pronoun ('l'a figé', the process) and a war as its subject is not read",
    ),
    (
        "fr/heldout32-olj-baabda-envoye.txt",
        "heldout32-olj-baabda-envoye.txt: date ('LB', 'prospective') found [(None, None)] expected [('2026-02', 'month')]",
        "'début février' is in the next sentence ('Le président américain l'a répété début février : « Le Liban et la Syrie viendront »'), whose bare 'viendront' is no cue",
    ),
    (
        "fr/heldout32-olj-baabda-envoye.txt",
        "heldout32-olj-baabda-envoye.txt: date ('SY', 'prospective') found [(None, None)] expected [('2026-02', 'month')]",
        "the same 'l'a répété début février': the month of the next sentence's prediction does not reach the wish before it",
    ),
    (
        "fr/heldout32-olj-baabda-envoye.txt",
        "heldout32-olj-baabda-envoye.txt: missing ('AE', 'signed') [(None, None)]",
        "'suivre l'exemple des Émirats, « qui ont vu leur économie décoller » depuis 2020': a model to follow is no membership cue",
    ),
    (
        "fr/heldout32-quotidien-paris-survie-gaza.txt",
        "heldout32-quotidien-paris-survie-gaza.txt: date ('SD', 'suspended') found [('2023-04', 'month')] expected [(None, None)]",
        "'en proie depuis avril 2023 à une guerre civile qui a mis la relation entre parenthèses': the war's start dates the halt it caused; the label leaves the halt undated",
    ),
    (
        "fr/heldout32-quotidien-paris-survie-gaza.txt",
        "heldout32-quotidien-paris-survie-gaza.txt: missing ('BH', 'signed') [(None, None)]",
        "'Le cas de Bahreïn est plus ambigu': membership told only by 'leurs quatre signataires arabes' two paragraphs before, with no cue in Bahrain's sentences",
    ),
    (
        "fr/heldout32-radio-quebec-entrevue-asie-centrale.txt",
        "heldout32-radio-quebec-entrevue-asie-centrale.txt: date ('KZ', 'announced') found [('2025-11', 'month')] expected [('2025-11-06', 'day')]",
        "the question's 'En novembre' dates the joining; the day is in the answer's 'Donald Trump en a fait l'annonce ... le 6 novembre', whose 'en' points back to it",
    ),
    (
        "fr/heldout32-radio-quebec-entrevue-asie-centrale.txt",
        "heldout32-radio-quebec-entrevue-asie-centrale.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'en 2020, quand les Émirats et Bahreïn ont signé, puis le Maroc': Morocco after 'puis' takes the step but not the year before the 'quand' clause",
    ),
    (
        "fr/heldout32-rtbf-khartoum-parenthese.txt",
        "heldout32-rtbf-khartoum-parenthese.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'qui avaient signé à Washington en septembre': a month with no year in a pluperfect, which the label resolves against the January 2021 date before it",
    ),
    (
        "fr/heldout32-rtbf-khartoum-parenthese.txt",
        "heldout32-rtbf-khartoum-parenthese.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the same 'qui avaient signé à Washington en septembre': a month with no year is left undated",
    ),
    (
        "fr/heldout32-rtbf-khartoum-parenthese.txt",
        "heldout32-rtbf-khartoum-parenthese.txt: missing ('SD', 'suspended') [(None, None)]",
        "'« Le dossier israélien est au point mort »': a quote naming no country; Sudan is named only in the sentences around it",
    ),
    (
        "fr/heldout32-rtbf-khartoum-parenthese.txt",
        "heldout32-rtbf-khartoum-parenthese.txt: missing ('MA', 'signed') [(None, None)]",
        "'et précédait de peu le Maroc dans la liste officielle': preceding Morocco in a list is no membership cue for Morocco",
    ),
    (
        "fr/heldout32-tunis-breves-saied.txt",
        "heldout32-tunis-breves-saied.txt: date ('TN', 'declined') found [(None, None)] expected [('2026-01-21', 'day')]",
        "the day ('a reçu mercredi') is in the sentence before the refusal ('le chef de l'Etat a rappelé que ...'), which has no date of its own",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('AE', 'signed') [(None, None)]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('BH', 'signed') [(None, None)]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('SD', 'signed') [(None, None)]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('KZ', 'announced') [('2025-11-06', 'day')]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('SA', 'prospective') [('2025-11-18', 'day')]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-hebdo-paris-riyad.txt",
        "heldout33-hebdo-paris-riyad.txt: missing ('SA', 'declined') [(None, None)]",
        "the article never names the accords (only 'paraphaient avec Israël', 'la liste', 'les signataires', 'l'édifice'): no sentence is on topic, so no step or background member is read",
    ),
    (
        "fr/heldout33-quotidien-dakar-comite-palestine.txt",
        "heldout33-quotidien-dakar-comite-palestine.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'seuls le Maroc et le Soudan ont franchi le pas, en 2020, dans le sillage des Émirats arabes unis et de Bahreïn': the year of the pair's step is given to the models after 'dans le sillage de'",
    ),
    (
        "fr/heldout33-quotidien-dakar-comite-palestine.txt",
        "heldout33-quotidien-dakar-comite-palestine.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'seuls le Maroc et le Soudan ont franchi le pas, en 2020, dans le sillage des Émirats arabes unis et de Bahreïn': the year of the pair's step is given to the models after 'dans le sillage de'",
    ),
    (
        "fr/heldout34-algerien-nouakchott.txt",
        "heldout34-algerien-nouakchott.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'dans le sillage de l'annonce kazakhe du mois dernier': the country only as an adjective after the announcement noun, which no rule reads as the country's step",
    ),
    (
        "fr/heldout34-belge-hargeisa.txt",
        "heldout34-belge-hargeisa.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023', 'year')]",
        "two halts in one sentence, 'la guerre civile a gelé le processus depuis 2023' and after the colon 'la normalisation ... est restée lettre morte': the undated second one gives the claim",
    ),
    (
        "fr/heldout34-belge-hargeisa.txt",
        "heldout34-belge-hargeisa.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Le Kazakhstan, dont l'entrée a été annoncée en novembre', the accords named only in the sentence before: 'entrée' alone is no joining noun (as a cue it also read 'une foire dont l'entrée a été annoncée gratuite')",
    ),
    (
        "fr/heldout34-regionale-tours-astana.txt",
        "heldout34-regionale-tours-astana.txt: missing ('AZ', 'prospective') [(None, None)]",
        "a candidacy told in a relative ('dont le nom circule à Washington comme celui du prochain candidat') after an apposition, inside a question put to the speaker, in a sentence that does not name the accords",
    ),
    (
        "fr/heldout34-regionale-tours-astana.txt",
        "heldout34-regionale-tours-astana.txt: missing ('SA', 'declined') [(None, None)]",
        "'Riyad continuait de poser comme préalable une voie crédible vers un État palestinien' names neither the accords nor normalisation: the refusal cue needs its topic in the sentence",
    ),
    (
        "fr/heldout35-abidjan-site-afrique-ouest.txt",
        "heldout35-abidjan-site-afrique-ouest.txt: missing ('MR', 'prospective') [('2026-01', 'month')]",
        "'des émissaires américains sont passés par Nouakchott en janvier pour sonder le président ...': sounding out with envoys (a demonym, no founder's name) as the subject and the leader as object is no pressure the rules read ('Washington a sondé le président Ghazouani' is)",
    ),
    (
        "fr/heldout35-lettre-levant-semaine.txt",
        "heldout35-lettre-levant-semaine.txt: missing ('LB', 'prospective') [(None, None)]",
        "'Les émissaires américains qui se succèdent à Beyrouth pour pousser le pays vers une normalisation': the pushed country is 'le pays', an anaphor inside a relative clause after the capital read as a place",
    ),
    (
        "fr/heldout36-hebdo-beyrouth-pays-du-cedre.txt",
        "heldout36-hebdo-beyrouth-pays-du-cedre.txt: unexpected ('SY', 'prospective') [('2026-01', 'month')]",
        "'se sont retrouvés ... pour discuter ... d'une éventuelle adhésion de la Syrie': talks about a possible accession are read as the hedge 'éventuelle' (prospective) with the month of 'depuis janvier', not as talks",
    ),
    (
        "fr/heldout36-hebdo-beyrouth-pays-du-cedre.txt",
        "heldout36-hebdo-beyrouth-pays-du-cedre.txt: missing ('SY', 'negotiating') [(None, None)]",
        "'des représentants syriens et israéliens se sont retrouvés ... pour discuter': meeting to discuss, with demonyms as subject, is no talks cue (a split cue here gave Baku, the meeting place, the talks)",
    ),
    (
        "fr/heldout36-radio-tunis-normalisation.txt",
        "heldout36-radio-tunis-normalisation.txt: missing ('TN', 'prospective') [(None, None)]",
        "'une liste de pays maghrébins que Washington souhaiterait voir rejoindre ... La Tunisie y figurait': figuring on that list, told with 'y' in the next sentence, is no candidacy cue",
    ),
    (
        "fr/heldout36-radio-tunis-normalisation.txt",
        "heldout36-radio-tunis-normalisation.txt: missing ('MR', 'prospective') [(None, None)]",
        "'La Tunisie y figurait aux côtés de la Mauritanie': the country named only 'aux côtés de' (beside) the subject of an unread list cue",
    ),
    (
        "fr/heldout36-regional-liege-opinion-hargeisa.txt",
        "heldout36-regional-liege-opinion-hargeisa.txt: missing ('SD', 'suspended') [(None, None)]",
        "'ce signataire fantôme dont plus personne à Khartoum ne se réclame depuis que la guerre a éclaté': nobody claiming the signature any more is no halt word the rules know",
    ),
    (
        "fr/heldout37-factuel-arabie-pas-rejoint.txt",
        "heldout37-factuel-arabie-pas-rejoint.txt: unexpected ('SA', 'announced') [(None, None)]",
        "the viral message is quoted as a sentence of its own ('« C'est fait : l'Arabie saoudite rejoint les accords d'Abraham.') and its source ('affirme le message') ends the next one, so the false-claim words do not reach it",
    ),
    (
        "fr/heldout37-factuel-arabie-pas-rejoint.txt",
        "heldout37-factuel-arabie-pas-rejoint.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Mais ce jour-là, Mohammed ben Salmane a tenu un tout autre discours': 'ce jour-là' points back to 'le 18 novembre 2025' in the sentence before; the statement two sentences on is read undated",
    ),
    (
        "fr/heldout37-factuel-arabie-pas-rejoint.txt",
        "heldout37-factuel-arabie-pas-rejoint.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the condition is told in the statement after 'ce jour-là' (that day), whose day is named in the sentence before; read undated",
    ),
    (
        "fr/heldout37-quotidien-etat-djibouti-hargeisa.txt",
        "heldout37-quotidien-etat-djibouti-hargeisa.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "'dans la foulée de la reconnaissance israélienne du 26 décembre, qu'elles souhaitaient rejoindre': the recognition's day, a comma before the wish, is taken as the wish's; the label leaves the wish undated (rule 8)",
    ),
    (
        "fr/heldout37-quotidien-etat-djibouti-hargeisa.txt",
        "heldout37-quotidien-etat-djibouti-hargeisa.txt: unexpected ('TR', 'signed') [(None, None)]",
        "'Le Soudan, lui-même signataire des accords ..., s'est joint aux condamnations ..., tout comme l'Égypte et la Turquie': 'tout comme' passes the apposition's signing to Turkey; a rule keeping an apposition's step to its own name lost a held-out claim and was dropped",
    ),
    (
        "fr/heldout37-radio-internationale-revue-presse.txt",
        "heldout37-radio-internationale-revue-presse.txt: missing ('SA', 'prospective') [(None, None)]",
        "'suspendu à une seule décision, celle de l'Arabie saoudite, « la pièce maîtresse que Washington n'a toujours pas obtenue »': Washington's wish told as a prize not yet won, with no joining word",
    ),
    (
        "fr/heldout37-radio-internationale-revue-presse.txt",
        "heldout37-radio-internationale-revue-presse.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'le Kazakhstan, annoncé en fanfare en novembre, attend lui aussi toujours sa cérémonie de signature': with 'lui aussi' (it too) after the name the participle's announcement is lost; without it the sentence gives it",
    ),
    (
        "fr/heldout38-fr-belge-direct-bruxelles-golfe.txt",
        "heldout38-fr-belge-direct-bruxelles-golfe.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-11-24', 'day')]",
        "a live page's entry told under a time stamp ('16:42') with the day only in the page header and the lead ('ce mardi'): the refusal's sentence has no time word of its own",
    ),
    (
        "fr/heldout38-fr-belge-direct-bruxelles-golfe.txt",
        "heldout38-fr-belge-direct-bruxelles-golfe.txt: missing ('XS', 'prospective') [(None, None)]",
        "a 'Lire aussi' link's headline 'Hargeisa frappe à la porte des accords': knocking at the door is no joining cue the rules know",
    ),
    (
        "fr/heldout38-fr-hebdo-panafricain-entretien-nouakchott.txt",
        "heldout38-fr-hebdo-panafricain-entretien-nouakchott.txt: missing ('MR', 'withdrawn') [('2010', 'year')]",
        "'nous les avons rompues en 2010' in an interview's answer: the break's subject is 'we' (the minister's country, named only in the question before) and its object a pronoun for the relations",
    ),
    (
        "fr/heldout39-fr-radio-marocaine-site-cinq-ans-rabat.txt",
        "heldout39-fr-radio-marocaine-site-cinq-ans-rabat.txt: date ('MR', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'selon un communiqué ... publié en novembre': a month with no year in the text is not anchored to the header's year (22/12/2025)",
    ),
    (
        "fr/heldout39-fr-radio-marocaine-site-cinq-ans-rabat.txt",
        "heldout39-fr-radio-marocaine-site-cinq-ans-rabat.txt: missing ('MR', 'prospective') [(None, None)]",
        "'La Mauritanie, régulièrement citée à Washington comme une candidate possible, avait rompu ses relations': the candidacy in the apposition yields to the main verb's break (one step for the subject)",
    ),
    (
        "fr/heldout39-fr-site-algerien-refus-somaliland.txt",
        "heldout39-fr-site-algerien-refus-somaliland.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "'Le 26 décembre, Israël a reconnu le Somaliland ... Hargeisa a aussitôt affiché sa volonté': the recognition's day is carried to the wish through 'aussitôt'; the label leaves it undated as the text gives the wish no day of its own",
    ),
    (
        "fr/heldout39-fr-site-algerien-refus-somaliland.txt",
        "heldout39-fr-site-algerien-refus-somaliland.txt: missing ('ID', 'declined') [('2025-09-29', 'day')]",
        "'L'Indonésie ... a dit la même chose le 29 septembre dernier': 'the same thing' points back to Pakistan's refusal in the sentence before; no refusal word of its own",
    ),
    (
        "fr/heldout39-fr-site-algerien-refus-somaliland.txt",
        "heldout39-fr-site-algerien-refus-somaliland.txt: missing ('DZ', 'declined') [(None, None)]",
        "'l'Algérie, qui n'a jamais caché son hostilité à la normalisation': hostility to normalisation, in a relative clause, is no refusal cue",
    ),
    (
        "fr/heldout39-fr-site-algerien-refus-somaliland.txt",
        "heldout39-fr-site-algerien-refus-somaliland.txt: missing ('KZ', 'announced') [(None, None)]",
        "'un projet qui ... n'a convaincu que le Kazakhstan': Kazakhstan is the object of 'convinced', with the project as subject; no joining word",
    ),
    (
        "fr/heldout4-damas-beyrouth.txt",
        "heldout4-damas-beyrouth.txt: unexpected ('AE', 'signed') [(None, None)]",
        "first signatories named in a comparison ('had no border with Israel') read as background members; the label gives them no claim",
    ),
    (
        "fr/heldout4-damas-beyrouth.txt",
        "heldout4-damas-beyrouth.txt: unexpected ('BH', 'signed') [(None, None)]",
        "first signatories named in a comparison ('had no border with Israel') read as background members; the label gives them no claim",
    ),
    (
        "fr/heldout4-jakarta-porte.txt",
        "heldout4-jakarta-porte.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09-23', 'day')]",
        "the refusal is told twice: undated in the lead, dated later in a sentence whose subject is a pronoun object ('l'avait formulée')",
    ),
    (
        "fr/heldout4-jakarta-porte.txt",
        "heldout4-jakarta-porte.txt: missing ('ID', 'prospective') [(None, None)]",
        "the country named only by an epithet ('le plus grand pays musulman du monde')",
    ),
    (
        "fr/heldout4-jakarta-porte.txt",
        "heldout4-jakarta-porte.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'aux côtés de' (alongside) read as a comparison: the second candidate is left out",
    ),
    (
        "fr/heldout40-fr-quotidien-populaire-montreal-riyad-attendre.txt",
        "heldout40-fr-quotidien-populaire-montreal-riyad-attendre.txt: date ('SA', 'suspended') found [('2023-10-07', 'day')] expected [(None, None)]",
        "'ont été gelés après le 7 octobre': the day of the attack after 'après' is taken for the freeze; the label leaves a halt told from another event undated",
    ),
    (
        "fr/heldout40-fr-quotidien-populaire-montreal-riyad-attendre.txt",
        "heldout40-fr-quotidien-populaire-montreal-riyad-attendre.txt: date ('SA', 'declined') found [('2025-11', 'month')] expected [(None, None)]",
        "the refusal is dated by the White House visit 'l'a redit en novembre à la Maison-Blanche' it was said at; the label leaves a refusal's saying undated",
    ),
    (
        "fr/heldout40-fr-quotidien-regional-decryptage-club.txt",
        "heldout40-fr-quotidien-regional-decryptage-club.txt: unexpected ('SD', 'suspended') [('2021-01-06', 'day')]",
        "'dont la normalisation est restée lettre morte' (never carried out) is read as a halt; the label, as for 'thwarted' formalisation, keeps only the signing",
    ),
    (
        "fr/heldout40-fr-quotidien-regional-decryptage-club.txt",
        "heldout40-fr-quotidien-regional-decryptage-club.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'Bahreïn (même jour, à la Maison-Blanche)': 'même jour' inside a bullet's brackets, with no verb, is not read as the same day as the line before",
    ),
    (
        "fr/heldout40-fr-quotidien-regional-decryptage-club.txt",
        "heldout40-fr-quotidien-regional-decryptage-club.txt: missing ('SD', 'signed') [('2021-01-06', 'day')]",
        "'le Soudan (6 janvier 2021), dont la normalisation est restée lettre morte depuis': the relative clause's 'lettre morte' is read as the list line's step, a halt, and the signing of the list head goes",
    ),
    (
        "fr/heldout40-fr-quotidien-senegalais-page-internationale.txt",
        "heldout40-fr-quotidien-senegalais-page-internationale.txt: missing ('SD', 'announced') [('2020-10', 'month')]",
        "'à l'issue d'un accord annoncé en octobre 2020': the announcement is a participle on 'un accord' after the signing's date, not a step of the sentence's subject",
    ),
    (
        "fr/heldout41-fr-quotidien-bruxellois-editorial-riyad.txt",
        "heldout41-fr-quotidien-bruxellois-editorial-riyad.txt: date ('SA', 'declined') found [('2026-12-01', 'day')] expected [(None, None)]",
        "the condition is dated by the day it was repeated ('Mardi encore' against the date line); the label leaves a refusal's saying undated",
    ),
    (
        "fr/heldout41-fr-quotidien-bruxellois-editorial-riyad.txt",
        "heldout41-fr-quotidien-bruxellois-editorial-riyad.txt: missing ('SA', 'prospective') [(None, None)]",
        "Trump's 'les Saoudiens « finiront par venir »', the verb 'venir' with no place or accords word, in quotes",
    ),
    (
        "fr/heldout43-fr-lettre-chambre-commerce-franco-emiratie.txt",
        "heldout43-fr-lettre-chambre-commerce-franco-emiratie.txt: date ('KZ', 'announced') found [('2025', 'year')] expected [(None, None)]",
        "'à l'automne 2025': the season's year is taken; the label leaves a season, a span of months, undated (labelling rule 8)",
    ),
    (
        "fr/heldout43-fr-podcast-geopolitique-transcription.txt",
        "heldout43-fr-podcast-geopolitique-transcription.txt: missing ('SD', 'suspended') [(None, None)]",
        "'Le Soudan ... a signé en janvier 2021, mais la guerre civile a tout gelé': 'tout' (everything) frozen is no halt cue; a cue for it made the halt take the signing's month and drop the signing, so it was left out",
    ),
    (
        "fr/heldout44-fr-lettre-commission-senat.txt",
        "heldout44-fr-lettre-commission-senat.txt: missing ('UZ', 'declined') [(None, None)]",
        "'Tachkent a fait savoir qu'il n'en était pas question': the joining is only the pronoun 'en', referring to 'suivre' in the clause before",
    ),
    (
        "fr/heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt",
        "heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'Les Émirats arabes unis et Bahreïn, ce jour-là.': the answer's 'ce jour-là' points back to 15 September 2020 in the answer before; a day told by anaphora is not resolved",
    ),
    (
        "fr/heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt",
        "heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'Les Émirats arabes unis et Bahreïn, ce jour-là.': the answer's 'ce jour-là' points back to 15 September 2020 in the answer before; a day told by anaphora is not resolved",
    ),
    (
        "fr/heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt",
        "heldout44-fr-quotidien-luxembourgeois-questions-reponses.txt: missing ('AZ', 'prospective') [('2026-01-11', 'day')]",
        "'la Maison-Blanche a proposé à Bakou de s'y associer': the clitic 'y' before the infinitive is no joining word (only 'de s'associer aux accords' and the finite 's'y associera' are read)",
    ),
    (
        "fr/heldout44-fr-radio-romande-revue-de-presse.txt",
        "heldout44-fr-radio-romande-revue-de-presse.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'qui a fait connaître son ralliement au début du mois': 'au début du mois' is not resolved against the dateline's month",
    ),
    (
        "fr/heldout45-fr-hebdo-panafricain-prochain.txt",
        "heldout45-fr-hebdo-panafricain-prochain.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'Depuis l'annonce, en novembre, du ralliement d'Astana, Washington cherche le prochain pays ...': the joining noun 'ralliement' behind 'l'annonce' and a date between is not read as Kazakhstan's precedent, and the sentence's search for 'le prochain pays' is given to Astana",
    ),
    (
        "fr/heldout45-fr-hebdo-panafricain-prochain.txt",
        "heldout45-fr-hebdo-panafricain-prochain.txt: unexpected ('KZ', 'declined') [(None, None)]",
        "'Quant à l'Ouzbékistan, que certains ... voyaient déjà emboîter le pas à son voisin kazakh, il s'est contenté de rappeler qu'il ... n'avait « pas besoin » d'y adhérer': the demonym in the relative clause takes the refusal that 'il', Uzbekistan, states",
    ),
    (
        "fr/heldout45-fr-hebdo-panafricain-prochain.txt",
        "heldout45-fr-hebdo-panafricain-prochain.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Quant à l'Ouzbékistan, que certains à Washington voyaient déjà emboîter le pas à son voisin kazakh': an object relative whose verb of seeing carries the following is not read for the country before 'que'",
    ),
    (
        "fr/heldout45-fr-hebdo-panafricain-prochain.txt",
        "heldout45-fr-hebdo-panafricain-prochain.txt: missing ('UZ', 'declined') [(None, None)]",
        "'il s'est contenté de rappeler qu'il ... n'avait « pas besoin » d'y adhérer': the pronoun 'il' after a long relative clause loses Uzbekistan to the demonym 'kazakh' inside it",
    ),
    (
        "fr/heldout45-fr-quotidien-algerien-editorial.txt",
        "heldout45-fr-quotidien-algerien-editorial.txt: missing ('KZ', 'announced') [('2025-11-06', 'day')]",
        "'qu'Astana rejoignait le cortège des normalisateurs': the imperfect 'rejoignait' with 'le cortège des normalisateurs', in an editorial that never names the accords, is no joining cue",
    ),
    (
        "fr/heldout45-fr-quotidien-algerien-editorial.txt",
        "heldout45-fr-quotidien-algerien-editorial.txt: missing ('TN', 'declined') [('2025-10', 'month')]",
        "'le président Kaïs Saïed a fait de tout rapprochement avec l'occupant une « haute trahison », et son gouvernement a redit en octobre qu'il n'était pas question d'y souscrire': 'faire de X une haute trahison' and 'pas question d'y souscrire' (a pronoun for the rapprochement, 'souscrire' no joining verb) are not read",
    ),
    (
        "fr/heldout45-fr-quotidien-libanais-analyse.txt",
        "heldout45-fr-quotidien-libanais-analyse.txt: unexpected ('LB', 'prospective') [(None, None)]",
        "'sait que la pression américaine ... pourrait s'étendre à celui de la paix': a pressure the president fears may come is read as American pressure on Lebanon, a candidacy",
    ),
    (
        "fr/heldout45-fr-quotidien-libanais-analyse.txt",
        "heldout45-fr-quotidien-libanais-analyse.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'en reconnaissant le 26 décembre le Somaliland, Israël a offert ..., et Hargeisa a fait part le jour même de sa volonté de rejoindre': the date stays the recognition's gerund's, and 'le jour même' in the clause after 'et' is not tied back to it",
    ),
    (
        "fr/heldout45-fr-quotidien-regional-decryptage.txt",
        "heldout45-fr-quotidien-regional-decryptage.txt: unexpected ('SO', 'suspended') [(None, None)]",
        "'La Somalie a dénoncé une « agression » ... et rappelé son ambassadeur auprès de plusieurs capitales': an envoy recalled by a country with no ties to Israel reads as a halt; telling it apart needs a view of ties the parser does not keep",
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        'the day is in the sentence before ("C\'était le 15 septembre 2020") and the signing verb is "paraphaient"',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        'the day is in the sentence before ("C\'était le 15 septembre 2020") and the signing verb is "paraphaient"',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: missing ('SD', 'suspended') [(None, None)]",
        'the halt ("a rangé le dossier au placard") is in the sentence after the one naming Sudan, with no anaphora',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: missing ('SA', 'prospective') [(None, None)]",
        '"le grand prix que convoitait Washington" is an apposition to a topic opened by "Quant à", whose clause is the halted talks',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: missing ('SY', 'prospective') [(None, None)]",
        'American hopes told as "les espoirs américains s\'étaient tournés vers la Syrie", no candidacy cue',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: missing ('ID', 'prospective') [(None, None)]",
        'candidates told as "les diplomates évoquent ... l\'Indonésie ou la Mauritanie": mentioning with no word of candidacy',
    ),
    (
        "fr/heldout45-fr-quotidien-suisse-anniversaire.txt",
        "heldout45-fr-quotidien-suisse-anniversaire.txt: missing ('MR', 'prospective') [(None, None)]",
        'candidates told as "les diplomates évoquent ... l\'Indonésie ou la Mauritanie": mentioning with no word of candidacy',
    ),
    (
        "fr/heldout45-fr-radio-belge-explication.txt",
        "heldout45-fr-radio-belge-explication.txt: unexpected ('SO', 'announced') [('2025-12-26', 'day')]",
        'Somalia in the apposition "cette région sécessionniste de la Somalie que l\'Etat hébreu a reconnue" is taken for the subject of the wish',
    ),
    (
        "fr/heldout45-fr-radio-belge-explication.txt",
        "heldout45-fr-radio-belge-explication.txt: missing ('XS', 'prospective') [('2025-12-26', 'day')]",
        'Somalia in the apposition "cette région sécessionniste de la Somalie que l\'Etat hébreu a reconnue" is taken for the subject of the wish',
    ),
    (
        "fr/heldout45-fr-radio-belge-explication.txt",
        "heldout45-fr-radio-belge-explication.txt: missing ('SA', 'prospective') [('2025-11', 'month')]",
        'the subject is the crown prince\'s French spelling "Mohammed ben Salmane" and the wish is told with the pronoun "en" ("vouloir en faire partie")',
    ),
    (
        "fr/heldout45-fr-radio-belge-explication.txt",
        "heldout45-fr-radio-belge-explication.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        'the condition follows a wish told by the crown prince\'s French spelling and the pronoun "en" ("vouloir en faire partie, à condition que")',
    ),
    (
        "fr/heldout45-fr-radio-belge-explication.txt",
        "heldout45-fr-radio-belge-explication.txt: missing ('PK', 'prospective') [(None, None)]",
        'the speculation names Pakistan by a pronoun ("après que la presse américaine l\'eut présenté comme le prochain candidat")',
    ),
    (
        "fr/heldout45-fr-radio-internationale-afrique.txt",
        "heldout45-fr-radio-internationale-afrique.txt: date ('SD', 'suspended') found [('2023-04', 'month')] expected [(None, None)]",
        "'depuis le début de la guerre entre l'armée du général al-Burhan et les Forces de soutien rapide, en avril 2023, les contacts ... sont au point mort': the war's date, set off by commas after its long noun phrase, is read as the halt's own",
    ),
    (
        "fr/heldout45-fr-radio-internationale-afrique.txt",
        "heldout45-fr-radio-internationale-afrique.txt: date ('MA', 'signed') found [('2020', 'year')] expected [('2020-12-22', 'day')]",
        "'Cinq ans après la déclaration conjointe signée à Rabat le 22 décembre 2020': a signing in a phrase after 'après', named by its place, gives Morocco nothing; its signing comes from the closing summary with the alliance's 2020",
    ),
    (
        "fr/heldout45-fr-radio-internationale-afrique.txt",
        "heldout45-fr-radio-internationale-afrique.txt: missing ('SD', 'announced') [('2020-10-23', 'day')]",
        "'L'accord de normalisation, annoncé par Donald Trump le 23 octobre 2020 en échange du retrait du pays de la liste ...': the announcement's agent is Trump and Sudan is named only as 'du pays' after it, so no country takes the announcement",
    ),
    (
        "fr/heldout45-fr-site-marocain-bilan-cinq-ans.txt",
        "heldout45-fr-site-marocain-bilan-cinq-ans.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        'Morocco is "le Royaume" in the sentence, named only in the title, and the announcement is of resumed relations',
    ),
    (
        "fr/heldout45-fr-site-marocain-bilan-cinq-ans.txt",
        "heldout45-fr-site-marocain-bilan-cinq-ans.txt: missing ('SD', 'signed') [(None, None)]",
        'membership implied by "son adhésion est devenue lettre morte": the possessive accession gives the halt only',
    ),
    (
        "fr/heldout45-fr-site-marocain-bilan-cinq-ans.txt",
        "heldout45-fr-site-marocain-bilan-cinq-ans.txt: missing ('MR', 'withdrawn') [('2010', 'year')]",
        '"a rompu avec Israël en 2010" with no word of relations',
    ),
    (
        "fr/heldout45-fr-site-marocain-bilan-cinq-ans.txt",
        "heldout45-fr-site-marocain-bilan-cinq-ans.txt: missing ('MR', 'declined') [(None, None)]",
        'the refusal is "n\'entendait pas revenir sur cette décision", with no word of joining',
    ),
    (
        "fr/heldout47-fr-depeche-agence-canadienne-islamabad.txt",
        "heldout47-fr-depeche-agence-canadienne-islamabad.txt: date ('AE', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "'En novembre, le Kazakhstan a accepté de se joindre aux accords, rejoignant les Émirats ..., qui les avaient paraphés en 2020 et 2021': the relative's range leaves the members undated and the month opening the sentence, Kazakhstan's, is taken for them",
    ),
    (
        "fr/heldout47-fr-depeche-agence-canadienne-islamabad.txt",
        "heldout47-fr-depeche-agence-canadienne-islamabad.txt: date ('BH', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "'En novembre, le Kazakhstan a accepté de se joindre aux accords, rejoignant les Émirats ..., qui les avaient paraphés en 2020 et 2021': the relative's range leaves the members undated and the month opening the sentence, Kazakhstan's, is taken for them",
    ),
    (
        "fr/heldout47-fr-depeche-agence-canadienne-islamabad.txt",
        "heldout47-fr-depeche-agence-canadienne-islamabad.txt: date ('MA', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "'En novembre, le Kazakhstan a accepté de se joindre aux accords, rejoignant les Émirats ..., qui les avaient paraphés en 2020 et 2021': the relative's range leaves the members undated and the month opening the sentence, Kazakhstan's, is taken for them",
    ),
    (
        "fr/heldout47-fr-depeche-agence-canadienne-islamabad.txt",
        "heldout47-fr-depeche-agence-canadienne-islamabad.txt: date ('SD', 'signed') found [('2025-11', 'month')] expected [(None, None)]",
        "'En novembre, le Kazakhstan a accepté de se joindre aux accords, rejoignant les Émirats ..., qui les avaient paraphés en 2020 et 2021': the relative's range leaves the members undated and the month opening the sentence, Kazakhstan's, is taken for them",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: date ('SD', 'suspended') found [('2021-01', 'month')] expected [(None, None)]",
        "'Khartoum a bien signé en janvier 2021, mais le processus ... depuis que la guerre civile a éclaté en avril 2023, il est à l'arrêt': the halt told by the pronoun 'il' takes the signing's month of the clause before",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('AE', 'signed') [(None, None)]",
        "interview: 'Que reste-t-il de l'élan de 2020 ? Un socle ... Les Émirats l'ont prouvé': membership told only by the question's year and the answer's 'socle', no membership word in the answer's sentences",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('BH', 'signed') [(None, None)]",
        "interview: 'Bahreïn, plus fragile, a tenu lui aussi', membership told by the question ('l'élan de 2020') and 'un socle', no membership word in the answer",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('MA', 'signed') [(None, None)]",
        "interview: 'Le Maroc ... n'a aucune raison de revenir sur un choix qui lui a valu la reconnaissance américaine': membership told by 'un choix', no membership word",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'Khartoum a bien signé en janvier 2021': a bare 'signé' in an answer whose accords are named only in the interviewer's question; the sentence names neither the accords nor normalisation",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('KZ', 'announced') [('2025', 'year')]",
        "'Et l'adhésion du Kazakhstan, l'automne dernier ?': the interviewer's verbless recall of a fact ends in a question mark and gives nothing",
    ),
    (
        "fr/heldout47-fr-hebdo-entretien-questions-reponses.txt",
        "heldout47-fr-hebdo-entretien-questions-reponses.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Mohammed ben Salmane le souhaite peut-être, les Américains le pressent en tout cas': the wish and the pressing have the neuter 'le' for object, the joining named only in the question 'L'Arabie saoudite ?'",
    ),
    (
        "fr/heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt",
        "heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt: date ('SD', 'signed') found [('2025-01', 'month')] expected [('2021-01', 'month')]",
        "'qui s'y est résolu à son tour en janvier suivant': 'janvier suivant' with no year in its paragraph takes the publication's year (the year after the 2020 of the paragraph before is meant)",
    ),
    (
        "fr/heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt",
        "heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'qui avaient franchi le pas à Washington trois mois plus tôt': a count of months before the 22 December 2020 of the paragraph before is not resolved",
    ),
    (
        "fr/heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt",
        "heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'qui avaient franchi le pas à Washington trois mois plus tôt': a count of months before the 22 December 2020 of the paragraph before is not resolved",
    ),
    (
        "fr/heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt",
        "heldout47-fr-hebdo-marocain-dossier-cinq-ans.txt: missing ('MA', 'suspended') [('2023-10', 'month')]",
        "'Dès octobre 2023, le dialogue politique a été mis en veilleuse': a halt whose sentence names no country (the Royaume of the dossier's title and earlier paragraphs)",
    ),
    (
        "fr/heldout47-fr-quotidien-economique-page-golfe.txt",
        "heldout47-fr-quotidien-economique-page-golfe.txt: unexpected ('OM', 'negotiating') [(None, None)]",
        "'du sultanat d'Oman, dont on dit qu'il entretient des contacts discrets avec les Israéliens': the reported contacts are read as talks; the label gives the candidacy only",
    ),
    (
        "fr/heldout47-fr-radio-libanaise-revue-matinale.txt",
        "heldout47-fr-radio-libanaise-revue-matinale.txt: missing ('SY', 'declined') [(None, None)]",
        "'adhérer aux accords d'Abraham, « nous ne l'envisageons pas »': a fronted infinitive taken up by 'l'' in a quote whose 'nous' is an adviser of Damas named the sentence before",
    ),
    (
        "fr/heldout47-fr-radio-libanaise-revue-matinale.txt",
        "heldout47-fr-radio-libanaise-revue-matinale.txt: missing ('XS', 'prospective') [(None, None)]",
        "'Hargeisa, qui dit vouloir rejoindre les accords, sera-t-elle acceptée ?': the intention told in a relative clause inside a question gives nothing",
    ),
    (
        "fr/heldout47-fr-radio-libanaise-revue-matinale.txt",
        "heldout47-fr-radio-libanaise-revue-matinale.txt: missing ('SA', 'declined') [(None, None)]",
        "'le Royaume « n'ira pas plus vite que la musique » : pas de normalisation sans État palestinien': 'le Royaume' stands for Saudi Arabia, named only by the adjective of 'la presse saoudienne'",
    ),
    (
        "fr/heldout49-fr-hebdo-belge-analyse-normalisation-apnee.txt",
        "heldout49-fr-hebdo-belge-analyse-normalisation-apnee.txt: unexpected ('SA', 'prospective') [('2024-02-15', 'day')]",
        "'la « grande affaire » qui devait faire entrer l'Arabie saoudite dans le cercle des pays arabes en paix avec Israël': a plan told in the past as the deal that has since stalled is read as a candidacy of today, dated by the publication",
    ),
    (
        "fr/heldout49-fr-hebdo-belge-analyse-normalisation-apnee.txt",
        "heldout49-fr-hebdo-belge-analyse-normalisation-apnee.txt: date ('SA', 'negotiating') found [('2023', 'year')] expected [(None, None)]",
        "'Tout au long de l'été 2023, les tractations ... avaient progressé': the talks are labelled undated (a span, rule 8), the season's year is taken for their date",
    ),
    (
        "fr/heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt",
        "heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt: unexpected ('MR', 'prospective') [(None, None)]",
        "'une adhésion de la Mauritanie aux accords était bel et bien sur la table', after an envoy's visit: a joining on the table is read as a candidacy, the label takes it for the talks the visit held (negotiating, missing below)",
    ),
    (
        "fr/heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt",
        "heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Après le Kazakhstan en novembre, c'est vers Nouakchott que se tournent les regards': a joining told only by 'après X en novembre' with no verb of its own",
    ),
    (
        "fr/heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt",
        "heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt: missing ('MR', 'negotiating') [('2026-03-09', 'day')]",
        "'une adhésion de la Mauritanie aux accords était bel et bien sur la table' after an envoy's visit: the joining on the table at a meeting is read as a joining noun, not as talks",
    ),
    (
        "fr/heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt",
        "heldout49-fr-journal-televise-afrique-transcription-nouakchott.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'le dossier avance, selon Washington': talks told as a file moving forward, the country in the sentence before",
    ),
    (
        "fr/heldout49-fr-magazine-economique-tournee-golfe-milliards.txt",
        "heldout49-fr-magazine-economique-tournee-golfe-milliards.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-05-13', 'day')]",
        "'C'est à Riyad, mardi 13 mai, que Donald Trump a ouvert sa tournée': the day inside a cleft two sentences before the hope ('son « rêve ardent » était de voir l'Arabie saoudite rejoindre les accords')",
    ),
    (
        "fr/heldout49-fr-magazine-economique-tournee-golfe-milliards.txt",
        "heldout49-fr-magazine-economique-tournee-golfe-milliards.txt: missing ('SY', 'prospective') [('2025-05-14', 'day')]",
        "'il lui a demandé de rejoindre les accords d'Abraham': the Syrian president named in the sentence before, 'lui' a pronoun the rules do not carry",
    ),
    (
        "fr/heldout49-fr-quotidien-ivoirien-page-internationale-khartoum.txt",
        "heldout49-fr-quotidien-ivoirien-page-internationale-khartoum.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Washington a discrètement approché la Mauritanie, sans résultat à ce stade': 'approcher' with the United States as subject is no courting verb of the data file",
    ),
    (
        "fr/heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt",
        "heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt: unexpected ('SD', 'announced') [(None, None)]",
        "'On cite souvent Oman, dont le sultan a salué l'accord émirati, et le Soudan, que Washington tente d'appâter ...': after the relative clause on Oman's welcome, Sudan takes the welcomed agreement as its own step",
    ),
    (
        "fr/heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt",
        "heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'L'entente avec Abou Dhabi, annoncée le 13 août': the country after 'avec' is read as the counterpart of the agreement noun, not as the party whose deal was announced",
    ),
    (
        "fr/heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt",
        "heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt: missing ('BH', 'announced') [('2020-09-11', 'day')]",
        "'Manama a suivi le 11 septembre': 'suivre' takes the step of the sentence before, which tells the UAE's deal only as a noun ('L'entente ... a ouvert la voie')",
    ),
    (
        "fr/heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt",
        "heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt: missing ('SD', 'prospective') [(None, None)]",
        "'et le Soudan, que Washington tente d'appâter': the member after the relative clause on Oman leaves the list of 'On cite souvent', and 'appâter' is no courting verb",
    ),
    (
        "fr/heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt",
        "heldout49-fr-quotidien-quebecois-chronique-pelouse-sud.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Et l'Arabie saoudite, que tout Washington rêve de voir suivre ?': the candidacy in a relative clause inside a verbless question, and questions give nothing",
    ),
    (
        "fr/heldout49-fr-radio-publique-suisse-transcription-astana.txt",
        "heldout49-fr-radio-publique-suisse-transcription-astana.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'L'Azerbaïdjan, lui, figure sur toutes les listes, mais c'est un cas à part': 'toutes les listes' with no list of candidates named ('sur les listes de Washington' is read)",
    ),
    (
        "fr/heldout49-fr-radio-publique-suisse-transcription-astana.txt",
        "heldout49-fr-radio-publique-suisse-transcription-astana.txt: missing ('AE', 'signed') [('2020', 'year')]",
        "'Les pays arabes qui ont signé en 2020, les Émirats, Bahreïn, le Maroc, comment voient-ils cet élargissement ?': the members in an apposition inside the interviewer's question, and questions give nothing",
    ),
    (
        "fr/heldout49-fr-radio-publique-suisse-transcription-astana.txt",
        "heldout49-fr-radio-publique-suisse-transcription-astana.txt: missing ('BH', 'signed') [('2020', 'year')]",
        "the members in an apposition inside the interviewer's question ('Les pays arabes qui ont signé en 2020, les Émirats, Bahreïn, le Maroc, comment ...?'), and questions give nothing",
    ),
    (
        "fr/heldout49-fr-radio-publique-suisse-transcription-astana.txt",
        "heldout49-fr-radio-publique-suisse-transcription-astana.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "the members in an apposition inside the interviewer's question ('..., les Émirats, Bahreïn, le Maroc, comment voient-ils cet élargissement ?'), and questions give nothing",
    ),
    (
        "fr/heldout51-fr-lettre-matinale-monde-digest.txt",
        "heldout51-fr-lettre-matinale-monde-digest.txt: date ('OM', 'prospective') found [('2026-01-10', 'day')] expected [(None, None)]",
        "'Oman, longtemps cité comme l'un des candidats les plus probables' takes 'samedi' of the refusal in the sentence before",
    ),
    (
        "fr/heldout51-fr-ong-communique-presse-riyad.txt",
        "heldout51-fr-ong-communique-presse-riyad.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'dont le ministère des Affaires étrangères a rappelé fin septembre que Jakarta n'établirait de relations ... qu'après': the refusal is read from the relative's head, 'fin septembre' inside the relative is not given to it",
    ),
    (
        "fr/heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt",
        "heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01-06', 'day')]",
        "the verdict 'C'est inexact' now voids the corrected sentence and its wrong month; the signing is then read from the headline, undated, and 'La signature proprement dite est intervenue mercredi 6 janvier' names no country for the day",
    ),
    (
        "fr/heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt",
        "heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt: unexpected ('MA', 'announced') [('2020-12', 'month')]",
        "'à franchir le pas ..., après les Émirats arabes unis et Bahreïn, en septembre, puis le Maroc, en décembre': the step after 'puis' is read as Sudan's verb 'devient ... à franchir le pas' in the present, an announcement, not the signings of the list before it",
    ),
    (
        "fr/heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt",
        "heldout51-fr-quotidien-suisse-rectificatif-khartoum.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "as the unexpected announcement: Morocco after 'puis' in a list of earlier steppers takes the present verb's announcement",
    ),
    (
        "fr/heldout51-fr-site-educatif-fiche-revision.txt",
        "heldout51-fr-site-educatif-fiche-revision.txt: unexpected ('BH', 'prospective') [('2020-09-11', 'day')]",
        "'c'est au tour de Bahreïn d'annoncer sa normalisation' in a dated timeline entry: the turn cue reads a candidacy and no key tells the infinitive after the country (a turn that came, with its step)",
    ),
    (
        "fr/heldout51-fr-site-educatif-fiche-revision.txt",
        "heldout51-fr-site-educatif-fiche-revision.txt: date ('SA', 'suspended') found [(None, None)] expected [('2023-10', 'month')]",
        "a timeline entry headed by a bare month and year ('- Octobre 2023 : ... gèle les discussions'): the heading's date is not given to the entry's halt, as day-headed entries are",
    ),
    (
        "fr/heldout51-fr-site-educatif-fiche-revision.txt",
        "heldout51-fr-site-educatif-fiche-revision.txt: missing ('BH', 'announced') [('2020-09-11', 'day')]",
        "as the unexpected candidacy: 'c'est au tour de Bahreïn d'annoncer sa normalisation' is read as the next turn, not the announcement made",
    ),
    (
        "fr/heldout52-fr-magazine-entretien-ancien-diplomate-riyad.txt",
        "heldout52-fr-magazine-entretien-ancien-diplomate-riyad.txt: missing ('SA', 'negotiating') [(None, None)]",
        "an interviewer's question with no country ('Les discussions avec Israël avaient pourtant bien avancé avant la guerre…'): the talks are Riyadh's only from the answer before",
    ),
    (
        "fr/heldout52-fr-magazine-entretien-ancien-diplomate-riyad.txt",
        "heldout52-fr-magazine-entretien-ancien-diplomate-riyad.txt: missing ('SA', 'suspended') [(None, None)]",
        "'Elles étaient très avancées, oui. Mais depuis le début de la guerre à Gaza, elles sont gelées': the halted talks are a pronoun whose country is in the question before",
    ),
    (
        "fr/heldout52-fr-radio-journal-transcription-islamabad.txt",
        "heldout52-fr-radio-journal-transcription-islamabad.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "the refusal is read from the undated lead 'Le Pakistan ferme la porte aux accords d'Abraham'; the dated sentence after ('Hier, ... son pays n'a aucune intention de rejoindre') names the country only by 'son pays'",
    ),
    (
        "fr/heldout52-fr-radio-journal-transcription-islamabad.txt",
        "heldout52-fr-radio-journal-transcription-islamabad.txt: missing ('PK', 'prospective') [(None, None)]",
        "'Washington aurait inscrit Islamabad sur la liste des pays à convaincre': a list of countries to convince is no candidacy cue",
    ),
    (
        "fr/heldout53-fr-compte-rendu-parlement-rabat.txt",
        "heldout53-fr-compte-rendu-parlement-rabat.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "'l'accord tripartite signé le 22 décembre 2020' names neither Morocco (only the dateline's Rabat) nor the accords; the signing is read undated from a later sentence",
    ),
    (
        "fr/heldout53-fr-compte-rendu-parlement-rabat.txt",
        "heldout53-fr-compte-rendu-parlement-rabat.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'La reprise des relations, annoncée le 10 décembre 2020': Morocco is only 'le Royaume' in the sentence before; the announcement has no country of its own",
    ),
    (
        "fr/heldout53-fr-note-prospective-pdf-scenarios.txt",
        "heldout53-fr-note-prospective-pdf-scenarios.txt: date ('SD', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'la normalisation y est gelée de facto depuis 2023': the year after 'depuis' opens a range (labelling rule 8), read as the freeze's date",
    ),
    (
        "fr/heldout53-fr-note-prospective-pdf-scenarios.txt",
        "heldout53-fr-note-prospective-pdf-scenarios.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01', 'month')]",
        "'l'Azerbaïdjan, sollicité par Washington en janvier 2026, figure en tête de liste': the candidacy is read from 'en tête de liste' and the date inside the participle's commas is not given to it",
    ),
    (
        "fr/heldout53-fr-note-prospective-pdf-scenarios.txt",
        "heldout53-fr-note-prospective-pdf-scenarios.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09-23', 'day')]",
        "'à la tribune des Nations unies le 23 septembre 2025 : l'Indonésie ne reconnaîtra Israël que ...': the date before the colon belongs to Jakarta's reaffirming, not carried to the refusal after it",
    ),
    (
        "fr/heldout53-fr-note-prospective-pdf-scenarios.txt",
        "heldout53-fr-note-prospective-pdf-scenarios.txt: missing ('SA', 'prospective') [(None, None)]",
        "a scenario told in the present tense ('Scénario A ... L'Arabie saoudite rejoint les accords en échange d'un pacte'): no cue reads the scenario's joining as a hypothesis",
    ),
    (
        "fr/heldout53-fr-note-prospective-pdf-scenarios.txt",
        "heldout53-fr-note-prospective-pdf-scenarios.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'l'Azerbaïdjan ... figure en tête de liste, devant l'Ouzbékistan': the second candidate after 'devant' is outside the subject's list",
    ),
    (
        "fr/heldout53-fr-revue-presse-hargeisa.txt",
        "heldout53-fr-revue-presse-hargeisa.txt: unexpected ('XS', 'declined') [(None, None)]",
        "a Somali diplomat's 'le Somaliland n'a aucune qualité pour adhérer à quoi que ce soit' denies Somaliland's standing; read as Somaliland's own refusal",
    ),
    (
        "fr/heldout53-fr-revue-presse-hargeisa.txt",
        "heldout53-fr-revue-presse-hargeisa.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'le Kazakhstan y est entré en novembre': the accords stand only in the pronoun 'y' before 'entrer', no joining cue",
    ),
    (
        "fr/heldout53-fr-verification-faits-riyad.txt",
        "heldout53-fr-verification-faits-riyad.txt: unexpected ('SA', 'signed') [(None, None)]",
        "a fact-check quotes the false claim ('l'Arabie saoudite a signé les accords d'Abraham') and rebuts it only in the sentences after; the quoted claim is read as a fact",
    ),
    (
        "fr/heldout53-fr-verification-faits-riyad.txt",
        "heldout53-fr-verification-faits-riyad.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Le 18 novembre, ... le prince héritier a déclaré vouloir faire partie des accords, mais à une condition': the crown prince with no country named takes no claim; the undated refusal of the later sentence is kept",
    ),
    (
        "fr/heldout53-fr-verification-faits-riyad.txt",
        "heldout53-fr-verification-faits-riyad.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'Le 18 novembre, ... le prince héritier a déclaré vouloir faire partie des accords': the crown prince with no country named takes no claim; the undated candidacy of Trump's prediction after it is kept",
    ),
    (
        "fr/heldout6-alger-tribune.txt",
        "heldout6-alger-tribune.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the members are capitals in a list ('Les régimes d'Abou Dhabi et de Manama') and the year 2020 sits in the sentence before, said of 'ceux qui ont pactisé'",
    ),
    (
        "fr/heldout6-alger-tribune.txt",
        "heldout6-alger-tribune.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the members are capitals in a list ('Les régimes d'Abou Dhabi et de Manama') and the year 2020 sits in the sentence before, said of 'ceux qui ont pactisé'",
    ),
    (
        "fr/heldout6-alger-tribune.txt",
        "heldout6-alger-tribune.txt: missing ('MA', 'signed') [(None, None)]",
        "Morocco named only as 'le Makhzen' and 'le voisin de l'Ouest', which trade the Palestinian cause for a tweet: no name, no cue",
    ),
    (
        "fr/heldout6-alger-tribune.txt",
        "heldout6-alger-tribune.txt: missing ('SA', 'prospective') [(None, None)]",
        "'pourrait céder aux sirènes de Washington' (could yield to the sirens) is an idiom no list holds",
    ),
    (
        "fr/heldout6-entretien-islamabad.txt",
        "heldout6-entretien-islamabad.txt: missing ('KZ', 'announced') [(None, None)]",
        "the joining sits in a relative clause inside a question ('Qui, alors, pourrait suivre le Kazakhstan, qui a annoncé ...?'), and questions give nothing",
    ),
    (
        "fr/heldout6-faq-quebec.txt",
        "heldout6-faq-quebec.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'Leurs ministres ont officialisé ...' carries the date in a sentence naming no country; the possessive 'leurs' is no anaphor",
    ),
    (
        "fr/heldout6-faq-quebec.txt",
        "heldout6-faq-quebec.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'Leurs ministres ont officialisé ...' carries the date in a sentence naming no country; the possessive 'leurs' is no anaphor",
    ),
    (
        "fr/heldout6-faq-quebec.txt",
        "heldout6-faq-quebec.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'en septembre dernier' (last September) is not read as a relative month",
    ),
    (
        "fr/heldout6-faq-quebec.txt",
        "heldout6-faq-quebec.txt: missing ('MA', 'signed') [(None, None)]",
        "'a emboîté le pas' continues a sentence whose step is not read (the possessive 'leurs ministres')",
    ),
    (
        "fr/heldout6-faq-quebec.txt",
        "heldout6-faq-quebec.txt: missing ('SD', 'signed') [('2021', 'year')]",
        "'a complété ce premier cercle' (completed the first circle) is an idiom no list holds",
    ),
    (
        "fr/heldout6-hargeisa-direct.txt",
        "heldout6-hargeisa-direct.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "a live blog's entry time ('18h36') under the day of the update header is no date",
    ),
    (
        "fr/heldout6-khartoum-veilleuse.txt",
        "heldout6-khartoum-veilleuse.txt: date ('SD', 'suspended') found [('2025-10-20', 'day')] expected [(None, None)]",
        "'aujourd'hui' (nowadays) in a state of affairs read as the publication day",
    ),
    (
        "fr/heldout6-khartoum-veilleuse.txt",
        "heldout6-khartoum-veilleuse.txt: unexpected ('SD', 'withdrawn') [('2025-05', 'month')]",
        "a break of ties with 'la fédération' (the UAE, by an alias no list holds) read as a break with Israel",
    ),
    (
        "fr/heldout6-rabat-echanges.txt",
        "heldout6-rabat-echanges.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "the signing day is in the sentence before ('C'était le 22 décembre 2020.'), which names no step",
    ),
    (
        "fr/heldout6-rabat-echanges.txt",
        "heldout6-rabat-echanges.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "'l'entrée du Maroc dans le cercle' of a first signatory is read as its signing, not the announcement",
    ),
    (
        "fr/heldout6-riyad-feu-orange.txt",
        "heldout6-riyad-feu-orange.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the refusal is now read in the headline ('mais pose ses conditions'), which has no date; the weekday sits in the lead sentence",
    ),
    (
        "fr/heldout6-riyad-feu-orange.txt",
        "heldout6-riyad-feu-orange.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'mardi' in a quote's sentence with no date of its own; the weekday sits in the lead sentence",
    ),
    (
        "fr/heldout7-afrique-ouest-sahel.txt",
        "heldout7-afrique-ouest-sahel.txt: missing ('MR', 'negotiating') [(None, None)]",
        "'contacts exploratoires entre les deux gouvernements' names no country: the two governments stand for those of the paragraph",
    ),
    (
        "fr/heldout7-afrique-ouest-sahel.txt",
        "heldout7-afrique-ouest-sahel.txt: missing ('SD', 'suspended') [(None, None)]",
        "the halt ('au point mort') follows a sentence naming a founder's embassy and a relative clause's 'le pays': no country in scope",
    ),
    (
        "fr/heldout7-paris-asie-centrale.txt",
        "heldout7-paris-asie-centrale.txt: date ('SA', 'suspended') found [('2023-10-07', 'day')] expected [(None, None)]",
        "'mises entre parenthèses au lendemain du 7 octobre 2023': the attack named by its day alone, with no event noun, is taken for the halt's own date (a halt told by its cause is undated)",
    ),
    (
        "fr/heldout9-beyrouth-damas.txt",
        "heldout9-beyrouth-damas.txt: date ('LB', 'declined') found [('2025-10-21', 'day'), ('2002', 'year')] expected [(None, None)]",
        "'mardi' resolved against the publication date (the AFP dateline gives no date in the text); '2002' is the Arab peace initiative's",
    ),
    (
        "fr/heldout9-beyrouth-damas.txt",
        "heldout9-beyrouth-damas.txt: date ('LB', 'prospective') found [('2025-10-19', 'day')] expected [(None, None)]",
        "'Dimanche' resolved against the publication date (the AFP dateline gives no date in the text)",
    ),
    (
        "fr/heldout9-beyrouth-damas.txt",
        "heldout9-beyrouth-damas.txt: date ('SY', 'prospective') found [('2025-10-19', 'day')] expected [(None, None)]",
        "'Dimanche' resolved against the publication date (the AFP dateline gives no date in the text)",
    ),
    (
        "fr/heldout9-jakarta-conditions.txt",
        "heldout9-jakarta-conditions.txt: date ('ID', 'prospective') found [(None, None)] expected [('2025-09-23', 'day')]",
        "the wish is read from the question in the lead and from Washington's list, not from the dated speech",
    ),
    (
        "fr/heldout9-nouakchott-pression.txt",
        "heldout9-nouakchott-pression.txt: date ('MR', 'declined') found [('2026-02-22', 'day')] expected [('2026-02-21', 'day')]",
        "'samedi soir' of the statement is in the sentence before; the quote's sentence takes the dateline's day",
    ),
    (
        "fr/heldout9-nouakchott-pression.txt",
        "heldout9-nouakchott-pression.txt: missing ('SO', 'prospective') [(None, None)]",
        "'avec la Somalie et l'Indonésie' in an aside: 'avec' marks counterparts, not co-subjects of 'figurerait'",
    ),
    (
        "fr/heldout9-nouakchott-pression.txt",
        "heldout9-nouakchott-pression.txt: missing ('ID', 'prospective') [(None, None)]",
        "'avec la Somalie et l'Indonésie' in an aside: 'avec' marks counterparts, not co-subjects of 'figurerait'",
    ),
    (
        "fr/heldout9-riyad-gros-lot.txt",
        "heldout9-riyad-gros-lot.txt: unexpected ('KZ', 'declined') [(None, None)]",
        "'ne vaudra rien sans Riyad' (a negation before 'sans') makes a refusal, given to the country of the concessive 'Malgré l'adhésion du Kazakhstan'",
    ),
    (
        "fr/heldout9-riyad-gros-lot.txt",
        "heldout9-riyad-gros-lot.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'Les discussions engagées en 2023' dates the talks, not their halt",
    ),
    (
        "fr/heldout9-riyad-gros-lot.txt",
        "heldout9-riyad-gros-lot.txt: missing ('KZ', 'announced') [(None, None)]",
        "the joining in 'Malgré l'adhésion du Kazakhstan' gives way to the refusal read from 'ne ... rien sans' in the same sentence",
    ),
    (
        "he/heldout17-haaretz-bin-salman.txt",
        "heldout17-haaretz-bin-salman.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "the month in the relative clause ('whose president spoke in September of recognising Israel on condition ...') is no longer given to the main clause's candidacy, and the refusal read from the condition in that clause does not take it either",
    ),
    (
        "he/heldout17-ynet-islamabad.txt",
        "heldout17-ynet-islamabad.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "a refusal told as recognising Israel 'on the day Israel recognises Palestine' (no refusal or accession word) is not read, so September is not the refusal's; the undated refusal before it is",
    ),
    (
        "he/heldout20-maariv-gal-hahitztarfuyot.txt",
        "heldout20-maariv-gal-hahitztarfuyot.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'שחתמה ב-2020' in the UAE's relative clause after a list of four veterans: the list's undated membership is kept for the first country, not the relative clause's year",
    ),
    (
        "he/heldout20-maariv-gal-hahitztarfuyot.txt",
        "heldout20-maariv-gal-hahitztarfuyot.txt: missing ('XS', 'prospective') [('2025-12', 'month')]",
        "Somaliland is named two sentences before its wish and the wish's subject is 'הרפובליקה המוכרזת' (the self-declared republic) after its president's unlisted name: no anaphora reaches back",
    ),
    (
        "he/heldout20-ynet-sharaa-golan.txt",
        "heldout20-ynet-sharaa-golan.txt: date ('SY', 'declined') found [(None, None)] expected [('2026-04-14', 'day')]",
        "the refusal is the headline's; the day ('הערב', this evening) is in the first paragraph's quote, another sentence",
    ),
    (
        "he/heldout20-ynet-sharaa-golan.txt",
        "heldout20-ynet-sharaa-golan.txt: unexpected ('SY', 'negotiating') [(None, None)]",
        "rounds of talks between Damascus and Jerusalem are said in the next sentence to be about a security arrangement, not normalisation: the correction in another sentence is not read",
    ),
    (
        "he/heldout20-ynet-sharaa-golan.txt",
        "heldout20-ynet-sharaa-golan.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-04', 'month')]",
        "the month ('גם החודש', this month too) is in the next sentence, which repeats the condition without a cue",
    ),
    (
        "he/heldout20-ynet-sharaa-golan.txt",
        "heldout20-ynet-sharaa-golan.txt: date ('AE', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "'אל ההסכמים המקוריים, שנחתמו בספטמבר 2020, הצטרפו ...': the date belongs to the accords' relative clause, not to the countries that joined them (undated by the labelling rules)",
    ),
    (
        "he/heldout20-ynet-sharaa-golan.txt",
        "heldout20-ynet-sharaa-golan.txt: date ('BH', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "as the UAE: the accords' own signing date in a relative clause is taken for the joiners'",
    ),
    (
        "he/heldout25-haaretz-tnaim-indonesia.txt",
        "heldout25-haaretz-tnaim-indonesia.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'הבהיר ימים ספורים לאחר מכן כי ...': the refusal is dated only as 'a few days after' a step told in the sentence before, and a relative span of days takes no date",
    ),
    (
        "he/heldout25-ynet-kazakhstan-haba.txt",
        "heldout25-ynet-kazakhstan-haba.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'לפי הערכות בירושלים מדובר ככל הנראה באזרבייג'ן': 'it is probably Azerbaijan' identifies the unnamed country of the sentence before; the candidacy is told there, with no country",
    ),
    (
        "he/heldout25-ynet-kazakhstan-haba.txt",
        "heldout25-ynet-kazakhstan-haba.txt: missing ('SA', 'prospective') [(None, None)]",
        "'ומה עם סעודיה? \"הסעודים רוצים, אבל לא עכשיו\"': a question naming the country, then a quote with the demonym and a bare 'want' and no accords word",
    ),
    (
        "he/heldout25-ynet-kazakhstan-haba.txt",
        "heldout25-ynet-kazakhstan-haba.txt: missing ('SA', 'declined') [(None, None)]",
        "'\"הם מתנים את זה במסלול למדינה פלסטינית\"': the condition's subject is the pronoun 'הם' for the Saudis of the quote before",
    ),
    (
        "he/heldout29-globes-riad-mehir.txt",
        "heldout29-globes-riad-mehir.txt: unexpected ('SA', 'suspended') [(None, None)]",
        "the headline's 'הנורמליזציה עם סעודיה עדיין תקועה' (still stuck) is read as a halt of talks; the article reports no talks that were halted",
    ),
    (
        "he/heldout29-globes-riad-mehir.txt",
        "heldout29-globes-riad-mehir.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'באותה נשימה הוא הציב תנאי': 'in the same breath' ties the condition to the month of the sentence before, which is not carried",
    ),
    (
        "he/heldout29-i24-live-islamabad.txt",
        "heldout29-i24-live-islamabad.txt: missing ('SA', 'prospective') [(None, None)]",
        "'המאמץ מתמקד כעת בבאקו ובריאד' (the effort now focuses on Baku and Riyadh): a candidacy told as where the effort is, with no joining word",
    ),
    (
        "he/heldout29-kan-hargeisa-hakara.txt",
        "heldout29-kan-hargeisa-hakara.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'שעות ספורות לאחר החתימה הודיע עירו': 'hours after the signing' points to the signing told 'yesterday' in the paragraphs before; the step takes no day from it",
    ),
    (
        "he/heldout3-suria-bitchoni.txt",
        "heldout3-suria-bitchoni.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "Kazakhstan named only as a step others follow ('following Kazakhstan's move')",
    ),
    (
        "he/heldout32-arutz7-kehilot-islamabad.txt",
        "heldout32-arutz7-kehilot-islamabad.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025', 'year')]",
        "'בחודש חשוון': a month of the Hebrew calendar gives no Gregorian date",
    ),
    (
        "he/heldout32-n12-live-haholbeit.txt",
        "heldout32-n12-live-haholbeit.txt: date ('SY', 'declined') found [('2025-11-10', 'day')] expected [(None, None)]",
        "'א-שרע, שביקר בבית הלבן ב-10 בנובמבר, אמר בראיון': the relative clause's visit day is taken for the refusal said in an interview",
    ),
    (
        "he/heldout33-economic-sachar.txt",
        "heldout33-economic-sachar.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month'), (None, None)]",
        "'שנרמלה את יחסיה עם ישראל באוגוסט 2020 וחתמה על ההסכם בבית הלבן כעבור חודש': two steps of one country in one relative clause; the normalising is read as the membership with August's date, and the signing's 'a month later' is not counted from it",
    ),
    (
        "he/heldout33-economic-sachar.txt",
        "heldout33-economic-sachar.txt: missing ('AE', 'announced') [('2020-08', 'month')]",
        "the same relative clause: normalising in August 2020 is read as the membership, not as the announcement before the signing a month later",
    ),
    (
        "he/heldout35-calcalist-sachar-mifrats.txt",
        "heldout35-calcalist-sachar-mifrats.txt: missing ('BH', 'signed') [(None, None)]",
        "Bahrain as one of the 'Abraham states' only in a headline ('הסחר עם מדינות אברהם: ... בחריין נתקעה'); the rules read no membership from a headline's colon",
    ),
    (
        "he/heldout37-mekomon-haifa-namal.txt",
        "heldout37-mekomon-haifa-namal.txt: missing ('SA', 'prospective') [(None, None)]",
        "'בנמל ובלשכת המסחר מקווים שסעודיה תצטרף להסכמים': 'המסחר' (trade) inside the chamber of commerce's name is an off-topic word, and with the accords named only as 'ההסכמים' the joining is read as another agreement's",
    ),
    (
        "he/heldout39-he-site-ezori-shomron-sar-haba.txt",
        "heldout39-he-site-ezori-shomron-sar-haba.txt: unexpected ('SA', 'announced') [(None, None)]",
        "headline 'השר: \"סעודיה תצטרף להסכמי אברהם עוד לפני הבחירות\"': a minister's prediction quoted after a colon reads as an announcement; the body's 'לדעתו' makes it a belief, but the headline has no hedge",
    ),
    (
        "he/heldout39-he-site-ezori-shomron-sar-haba.txt",
        "heldout39-he-site-ezori-shomron-sar-haba.txt: date ('SA', 'prospective') found [('2026-11-22', 'day')] expected [(None, None)]",
        "the minister spoke 'היום (ראשון)' and that day is given to his prediction; the label leaves a prediction undated",
    ),
    (
        "he/heldout39-he-site-ezori-shomron-sar-haba.txt",
        "heldout39-he-site-ezori-shomron-sar-haba.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'גם אזרבייג'ן \"קרובה מאוד\"' (also Azerbaijan 'very close'): a quoted adjective with no joining word",
    ),
    (
        "he/heldout39-he-site-ezori-shomron-sar-haba.txt",
        "heldout39-he-site-ezori-shomron-sar-haba.txt: missing ('MR', 'prospective') [(None, None)]",
        "'ובמערכת הפוליטית מדברים גם על מאוריטניה' (there is also talk of Mauritania): talk of a country is no candidacy cue",
    ),
    (
        "he/heldout39-niyuzleter-mashkiim.txt",
        "heldout39-niyuzleter-mashkiim.txt: date ('SA', 'declined') found [('2026-07-19', 'day')] expected [(None, None)]",
        "'משקיע שמתמחר את העסקה כבר היום לוקח סיכון' in the next sentence: 'כבר היום' (already now) is read as the day the refusal was reported; a rule asking for a word of saying in that sentence undated many reported days in older articles",
    ),
    (
        "he/heldout39-niyuzleter-mashkiim.txt",
        "heldout39-niyuzleter-mashkiim.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "'עסקה שנסגרה בזכות חידוש היחסים בין המדינות בסוף 2020': 'the countries' points back to Morocco in the sentence before; a renewal of relations with no country named in its sentence is no step",
    ),
    (
        "he/heldout4-kazakhstan-habaa.txt",
        "heldout4-kazakhstan-habaa.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'later that year and early 2021' said of two joiners at once, which the label leaves undated",
    ),
    (
        "he/heldout4-kazakhstan-habaa.txt",
        "heldout4-kazakhstan-habaa.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'later that year and early 2021' said of two joiners at once, which the label leaves undated",
    ),
    (
        "he/heldout4-kazakhstan-habaa.txt",
        "heldout4-kazakhstan-habaa.txt: missing ('UZ', 'negotiating') [(None, None)]",
        "talks told with a pronoun object ('the talks with it') after a comma",
    ),
    (
        "he/heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt",
        "heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'המגעים עם הסעודים \"לא נעצרו, הם רק הואטו\"': contacts that 'were not stopped, only slowed' are a negated halt (no claim), not read as talks going on; 'הסעודים' (the Saudis) as the contacts' partner",
    ),
    (
        "he/heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt",
        "heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt: missing ('ID', 'prospective') [(None, None)]",
        "the minister's guess 'ואני מעריך שזו תהיה אינדונזיה או מאוריטניה' is a `generic_cues` phrase and its sentence ('מדינה מוסלמית אחת נוספת חותמת') names no accords: the item before it speaks of the Saudi denial, not of the accords' name",
    ),
    (
        "he/heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt",
        "heldout40-he-radio-dati-leumi-mivzakim-tzaharayim.txt: missing ('MR', 'prospective') [(None, None)]",
        "the same guess: Mauritania after 'או' in a sentence that names no accords",
    ),
    (
        "he/heldout40-he-shvuon-kibbutzi-tur-deot-somaliland.txt",
        "heldout40-he-shvuon-kibbutzi-tur-deot-somaliland.txt: missing ('MA', 'signed') [(None, None)]",
        "'מרוקו המשיכה בשקט' (Morocco carried on quietly): a member told only by going on, with no step word, among the signatories named in the sentence before",
    ),
    (
        "he/heldout40-he-shvuon-kibbutzi-tur-deot-somaliland.txt",
        "heldout40-he-shvuon-kibbutzi-tur-deot-somaliland.txt: missing ('KZ', 'announced') [(None, None)]",
        "'אחרי קזחסטן' (after Kazakhstan): a precedent told by the preposition alone, with no joining word",
    ),
    (
        "he/heldout41-he-portal-sport-hadashot-mifratz-sar.txt",
        "heldout41-he-portal-sport-hadashot-mifratz-sar.txt: missing ('MR', 'prospective') [(None, None)]",
        "'בכירים בממשל האמריקני הזכירו ... גם את מאוריטניה': US officials 'mentioned' Mauritania too, a candidacy carried by 'also' from the sentence before",
    ),
    (
        "he/heldout41-he-shvuon-kalkali-reayon-yetzuan.txt",
        "heldout41-he-shvuon-kalkali-reayon-yetzuan.txt: missing ('SA', 'prospective') [(None, None)]",
        "the exporter's 'אני משוכנע שבסוף היא תצטרף' has the pronoun 'היא' for Saudi Arabia, named in the interviewer's question",
    ),
    (
        "he/heldout41-he-shvuon-kalkali-reayon-yetzuan.txt",
        "heldout41-he-shvuon-kalkali-reayon-yetzuan.txt: missing ('KZ', 'announced') [(None, None)]",
        "'הם הודיעו שהם מצטרפים' has pronoun subjects for Kazakhstan, named in the question before",
    ),
    (
        "he/heldout43-he-ashaf-diplomati-telegram.txt",
        "heldout43-he-ashaf-diplomati-telegram.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'קזחסטן הודיעה לפני 12 ימים': a count of days before the header's date ('לפני 12 ימים') is not resolved",
    ),
    (
        "he/heldout45-he-atar-hadashot-mivzakim.txt",
        "heldout45-he-atar-hadashot-mivzakim.txt: missing ('XS', 'prospective') [('2025-12-26', 'day')]",
        "the president's quote goes on after its first sentence with a first-person verb and no pronoun ('נפעל להצטרף', we will act to join): no subject is carried into it",
    ),
    (
        "he/heldout45-he-iton-kalkali-yetzu.txt",
        "heldout45-he-iton-kalkali-yetzu.txt: date ('BH', 'signed') found [('2020-12', 'month')] expected [(None, None)]",
        'two relative clauses in one list ("בחריין, שחתמה באותו טקס..., ומרוקו, שהצטרפה בדצמבר 2020"): Bahrain takes Morocco\'s month',
    ),
    (
        "he/heldout45-he-iton-kalkali-yetzu.txt",
        "heldout45-he-iton-kalkali-yetzu.txt: missing ('AE', 'signed') [('2020-09', 'month')]",
        'the UAE is named in the sentence before; the signing sentence names Abu Dhabi only after "עם" (trade with)',
    ),
    (
        "he/heldout45-he-iton-kalkali-yetzu.txt",
        "heldout45-he-iton-kalkali-yetzu.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        '"ההסכם שנחתם עם חרטום": the capital after "עם" is read as a counterpart',
    ),
    (
        "he/heldout45-he-iton-kalkali-yetzu.txt",
        "heldout45-he-iton-kalkali-yetzu.txt: missing ('SD', 'suspended') [(None, None)]",
        '"ההסכם שנחתם עם חרטום ... נותר על הנייר": the capital after "עם" is read as a counterpart',
    ),
    (
        "he/heldout47-he-atar-dati-leumi-hargeisa-vehaba.txt",
        "heldout47-he-atar-dati-leumi-hargeisa-vehaba.txt: missing ('SD', 'suspended') [(None, None)]",
        "'חרטום ... אינה מקיימת כיום כל מגע עם ישראל במסגרת ההסכמים': frozen ties told as a negated present 'holds no contact', no halt word",
    ),
    (
        "he/heldout47-he-iton-asakim-yetzu-mifrats.txt",
        "heldout47-he-iton-asakim-yetzu-mifrats.txt: unexpected ('SA', 'announced') [(None, None)]",
        "'בוושינגטון ממשיכים ללחוץ על הממלכה להצטרף, וגורמים אמריקאים מעריכים שהיא \"תהיה הבאה בתור\"': the pressure's object 'הממלכה' reads as the joining's subject after the comma-and break; the estimate that follows is read apart",
    ),
    (
        "he/heldout47-he-iton-asakim-yetzu-mifrats.txt",
        "heldout47-he-iton-asakim-yetzu-mifrats.txt: date ('ID', 'declined') found [('2026-06-17', 'day')] expected [(None, None)]",
        "the refusal ('הבהירה') takes 'אתמול' of a sentence two lines on the share prices; the label leaves it undated",
    ),
    (
        "he/heldout47-he-iton-asakim-yetzu-mifrats.txt",
        "heldout47-he-iton-asakim-yetzu-mifrats.txt: missing ('AE', 'signed') [('2020-09', 'month')]",
        "'חמש וחצי שנים אחרי החתימה על הסכמי אברהם בספטמבר 2020, האמירותים הם שותף סחר': the demonym subject after a time clause on the signing is not read as a background member",
    ),
    (
        "he/heldout47-he-radio-tziburi-hesber-mi-betor.txt",
        "heldout47-he-radio-tziburi-hesber-mi-betor.txt: unexpected ('MA', 'prospective') [('2020-12', 'month')]",
        "'בדצמבר 2020 הגיע תורה של מרוקו' (then came Morocco's turn): 'תור' is read as 'next in line', a candidacy, not a past turn taken",
    ),
    (
        "he/heldout47-he-radio-tziburi-hesber-mi-betor.txt",
        "heldout47-he-radio-tziburi-hesber-mi-betor.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'אך את המסמך עצמו חתמה חרטום רק בינואר 2021': a fronted object and the subject after the verb, in the clause after Sudan's announcement; the signing is not given to Khartoum",
    ),
    (
        "he/heldout47-he-radio-tziburi-hesber-mi-betor.txt",
        "heldout47-he-radio-tziburi-hesber-mi-betor.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "'בדצמבר 2020 הגיע תורה של מרוקו': 'its turn came' under the question 'who signed and when' is no signing cue",
    ),
    (
        "he/heldout47-he-radio-tziburi-hesber-mi-betor.txt",
        "heldout47-he-radio-tziburi-hesber-mi-betor.txt: missing ('MR', 'prospective') [(None, None)]",
        "'שמות נוספים שעולים: אזרבייג'ן, ...', וכן מאוריטניה': a candidate list opened by 'names that come up' is no list opener, and Mauritania stands after a long relative clause",
    ),
    (
        "he/heldout49-he-atar-technologia-startupim-astana-tashkent.txt",
        "heldout49-he-atar-technologia-startupim-astana-tashkent.txt: unexpected ('KZ', 'signed') [('2026-05', 'month')]",
        "'FieldSense, שחתמה החודש על פיילוט ... בצפון המדינה': a company signing a pilot contract in the country, read as the country's signing (the article is about the accords, so the bare signing verb counts)",
    ),
    (
        "he/heldout49-he-atar-technologia-startupim-astana-tashkent.txt",
        "heldout49-he-atar-technologia-startupim-astana-tashkent.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'\"שמענו מהצד האוזבקי שזה עניין של חודשים\"': the forecast names Uzbekistan only by an adjective of its side ('הצד האוזבקי') and holds no joining verb; its subject is the sentence before",
    ),
    (
        "he/heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt",
        "heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt: unexpected ('SA', 'prospective') [(None, None)]",
        "'המלחמה ... עצרה את התהליך שנראה, עד לפני שבועות ספורים, קרוב מתמיד להסכם בין ישראל לסעודיה': a halt of a process that looked close to a deal; the closeness is read as a candidacy and the halt at the sentence's head is not",
    ),
    (
        "he/heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt",
        "heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt: date ('SD', 'announced') found [(None, None)] expected [('2020-10', 'month')]",
        "'סודן, שהודיעה על הצטרפות באוקטובר 2020, שקועה מאז אפריל השנה במלחמת אזרחים': the month after the joining noun in the relative clause is not tied to it; the relative clause's date is left out",
    ),
    (
        "he/heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt",
        "heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt: date ('SD', 'suspended') found [('2023-04', 'month')] expected [(None, None)]",
        "'שקועה מאז אפריל השנה במלחמת אזרחים, והנורמליזציה מולה קפואה בפועל': the war's start ('since April') is taken for the freeze's date, which the text does not give",
    ),
    (
        "he/heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt",
        "heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt: missing ('SA', 'suspended') [('2023-10-14', 'day')]",
        "'לפי דיווחים, ב-14 באוקטובר הודיעה ריאד לממשל האמריקני כי היא משעה את השיחות על הנורמליזציה': alone the sentence reads suspended; in the article, under the one-word subhead 'הקפאה' on the line before, the suspension with its pronoun 'היא' is not given to Riyadh",
    ),
    (
        "he/heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt",
        "heldout49-he-mabat-al-machon-mechkar-saudia-akpaa.txt: missing ('SA', 'declined') [(None, None)]",
        "'הבהירו בכירים סעודים כי כל הסכם יחייב \"צעדים משמעותיים\" כלפי הפלסטינים': a precondition told as what any deal 'will require', with a demonym for the country and no negation or condition word",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: unexpected ('SD', 'prospective') [('2020-10', 'month')]",
        "'סודן הודיעה באוקטובר האחרון על כוונתה לנרמל את היחסים עם ישראל, ובשישה בינואר חתם שר המשפטים שלה ... על ההצהרה': the announced intention is read as a wish, as rule 3 reads a stated intention before the parties accept it; here the same sentence tells the signing that followed, so the announcement is labelled",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: date ('SD', 'signed') found [('2021-01', 'month')] expected [('2021-01-06', 'day')]",
        "'ובשישה בינואר חתם שר המשפטים שלה': the day written as a word ('בשישה'), not a numeral, so only the month of the published date's year is read",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the signing is found in the numbered subhead '3. איחוד האמירויות ובחריין – תזכורת' (no date) before the sentence 'ההסכם עם איחוד האמירויות, שנחתם בבית הלבן ב-15 בספטמבר 2020', whose relative clause gives the day",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "'עם בחריין, שחתמה באותו טקס': 'the same ceremony' refers back to the Emirates' dated signing; the signing is found in the undated subhead instead",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: missing ('SD', 'announced') [('2020-10', 'month')]",
        "read as prospective: 'הודיעה ... על כוונתה לנרמל' (see the unexpected claim)",
    ),
    (
        "he/heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt",
        "heldout49-he-mivzak-mishrad-orchei-din-maroko-sudan.txt: missing ('OM', 'negotiating') [(None, None)]",
        "'ודווח על מגעים בין ירושלים למוסקט בתיווך אמריקני': talks 'between' Israel and a capital with the prefix ל; Hebrew reads talks with 'עם' and a country's own talking verb, not the 'בין X ל-Y' pair",
    ),
    (
        "he/heldout51-he-skirat-itonut-boker-somaliland.txt",
        "heldout51-he-skirat-itonut-boker-somaliland.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'מאז 2020, אז חתמו איחוד האמירויות ובחריין': the year is given before 'אז' (then) and the signing after it; 'since' before the year makes it the start of a period, not the signing's date",
    ),
    (
        "he/heldout51-he-skirat-itonut-boker-somaliland.txt",
        "heldout51-he-skirat-itonut-boker-somaliland.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "as the UAE: 'מאז 2020, אז חתמו': the year after 'since', tied to the signing only by 'אז'",
    ),
    (
        "he/heldout51-he-tsir-zman-hamesh-shanim.txt",
        "heldout51-he-tsir-zman-hamesh-shanim.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the UAE signs through its minister's adjective ('שר החוץ האמירותי ... חותמים על ההסכמים'); the ceremony noun before it reads the adjective as an announcement, and the UAE's signing comes undated from the Negev summit entry's list",
    ),
    (
        "he/heldout51-he-tsir-zman-hamesh-shanim.txt",
        "heldout51-he-tsir-zman-hamesh-shanim.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12-22', 'day')]",
        "'22 בדצמבר 2020 – ברבאט נחתמת הצהרה משולשת של ישראל, ארצות הברית ומרוקו': a passive present signing with Morocco last in a list after 'של', not read; Morocco's signing comes undated from the Negev summit entry",
    ),
    (
        "he/heldout51-he-tsir-zman-hamesh-shanim.txt",
        "heldout51-he-tsir-zman-hamesh-shanim.txt: date ('SA', 'suspended') found [(None, None)] expected [('2023-10', 'month')]",
        "'אוקטובר 2023 – לאחר מתקפת 7 באוקטובר מקפיאה ...': the timeline entry's own month opens the line, but the halt told after the attack's date is left undated (`cause_events`), the entry's month not being read as the halt's",
    ),
    (
        "he/heldout51-he-tsir-zman-hamesh-shanim.txt",
        "heldout51-he-tsir-zman-hamesh-shanim.txt: missing ('SA', 'negotiating') [('2023-09', 'month')]",
        "talks told only by the crown prince's quote 'בכל יום אנחנו מתקרבים' (every day we get closer) to a deal, with no talks word",
    ),
    (
        "he/heldout51-he-tsir-zman-hamesh-shanim.txt",
        "heldout51-he-tsir-zman-hamesh-shanim.txt: missing ('SA', 'prospective') [(None, None)]",
        "'בירושלים ממשיכים לדבר על ריאד' (in Jerusalem they keep talking about Riyadh): a candidacy told by talking about the country, no candidate or wish word",
    ),
    (
        "he/heldout52-hesber-mi-haba-betor.txt",
        "heldout52-hesber-mi-haba-betor.txt: missing ('AZ', 'prospective') [('2026-01', 'month')]",
        "'הממשל האמריקני פנה לבאקו בינואר, ושם אומרים שהם \"בוחנים\" את ההצעה': the approach names no joining (only 'the proposal'); the question 'ומי עוד ברשימה?' that makes it a candidacy is another sentence",
    ),
    (
        "he/heldout52-tur-deot-ken-aval.txt",
        "heldout52-tur-deot-ken-aval.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the prospect is read from Trump's undated 'חושב שסעודיה תצטרף'; the crown prince's English quote of Tuesday is not read (see the refusal)",
    ),
    (
        "he/heldout52-tur-deot-ken-aval.txt",
        "heldout52-tur-deot-ken-aval.txt: missing ('SA', 'declined') [('2025-11-18', 'day')]",
        "the crown prince's English quote inside Hebrew ('We want to be part of the Abraham Accords, but ... a clear path to a two-state solution') has 'we' for its subject: the English reading of the quote finds no country, and the Hebrew speaker before it is not carried into it",
    ),
    (
        "he/heldout52-tur-deot-ken-aval.txt",
        "heldout52-tur-deot-ken-aval.txt: missing ('ID', 'declined') [('2025-09', 'month')]",
        "'נשיא אינדונזיה פראבובו הציב את אותו התנאי': setting 'the same condition' points back to another's; the condition itself follows a colon with no subject",
    ),
    (
        "he/heldout53-he-kalkala-sahar-dubai.txt",
        "heldout53-he-kalkala-sahar-dubai.txt: date ('SD', 'suspended') found [('2026-09-11', 'day')] expected [(None, None)]",
        "'והמלחמה שם הקפיאה כל מגע' has no date; it takes the Friday of a related link further down ('מדד המחירים לצרכן יפורסם ביום שישי')",
    ),
    (
        "he/heldout53-he-kalkala-sahar-dubai.txt",
        "heldout53-he-kalkala-sahar-dubai.txt: missing ('SA', 'prospective') [(None, None)]",
        "'ההימור הגדול נשאר סעודיה' (the big bet remains Saudi Arabia): a candidacy told as a bet is no cue, and economists' gain from normalisation with Riyadh is no candidacy",
    ),
    (
        "he/heldout9-ynet-somaliland.txt",
        "heldout9-ynet-somaliland.txt: missing ('SY', 'negotiating') [(None, None)]",
        "the talks are told inside an assessment ('בירושלים מעריכים ש...', Jerusalem estimates that), a modal that weakens them away",
    ),
    (
        "he/sachar_emirut.txt",
        "sachar_emirut.txt: unexpected ('AE', 'signed') [(None, None)]",
        "a first signatory named in passing is a background member; the label predates that rule",
    ),
    (
        "id/heldout17-cnn-dpr-trump-indonesia.txt",
        "heldout17-cnn-dpr-trump-indonesia.txt: date ('ID', 'prospective') found [('2025-09', 'month')] expected [(None, None)]",
        "Indonesia's candidacy is told three times (US pressure, Trump's English quote, Prabowo's conditional offer at the UN in September 2025); the one dated is kept, the label leaves the candidacy undated",
    ),
    (
        "id/heldout17-tempo-somaliland-hargeisa.txt",
        "heldout17-tempo-somaliland-hargeisa.txt: date ('XS', 'prospective') found [('2025-12-29', 'day')] expected [(None, None)]",
        "the headline's wish ('Hargeisa Ingin Gabung Abraham Accords') takes the publication day; the body's 'keinginan negaranya untuk bergabung' (a possessive anaphor between the wish and its verb) is not read",
    ),
    (
        "id/heldout17-tempo-somaliland-hargeisa.txt",
        "heldout17-tempo-somaliland-hargeisa.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'terhenti sejak perang saudara antara militer dan Pasukan Dukungan Cepat (RSF) pecah pada April 2023': the date of the event after 'sejak' is beyond the date reach of the halt",
    ),
    (
        "id/heldout19-antara-kemlu-tolak-normalisasi.txt",
        "heldout19-antara-kemlu-tolak-normalisasi.txt: date ('ID', 'declined') found [('2026-03-18', 'day')] expected [('2026-03-17', 'day')]",
        "the lead's refusal takes the dateline's day; the briefing's day ('Selasa (17/3)') is in the quote's reporting clause of the next sentence",
    ),
    (
        "id/heldout19-antara-kemlu-tolak-normalisasi.txt",
        "heldout19-antara-kemlu-tolak-normalisasi.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day comes after the accords' own relative clause ('dengan kesepakatan yang diprakarsai Amerika Serikat itu pada 6 November 2025') and is read as inside it, not as the passive joining's ('diumumkan bergabung')",
    ),
    (
        "id/heldout19-antara-kemlu-tolak-normalisasi.txt",
        "heldout19-antara-kemlu-tolak-normalisasi.txt: date ('ID', 'prospective') found [('2025-09', 'month')] expected [(None, None)]",
        "Prabowo's readiness at the UN in September 2025 to recognise Israel once Israel recognises Palestine ('siap mengakui Israel apabila ...') is read as a candidacy of that month; the label counts it as the precondition beside the lead's refusal and keeps the candidacy for Washington's undated courting",
    ),
    (
        "id/heldout19-kompas-somaliland-tanduk-afrika.txt",
        "heldout19-kompas-somaliland-tanduk-afrika.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-27', 'day')]",
        "'sehari setelah pengakuan diumumkan' (the day after the recognition of 26 December) is a day counted from another event in an earlier paragraph, not read",
    ),
    (
        "id/heldout19-kompas-somaliland-tanduk-afrika.txt",
        "heldout19-kompas-somaliland-tanduk-afrika.txt: missing ('MA', 'signed') [(None, None)]",
        "after the announcement in the relative clause ('yang normalisasi hubungannya diumumkan pada 10 Desember 2020'), the main clause's undated 'menandatangani deklarasi bersama dua pekan kemudian' is read as that announcement's ceremony to come, not a signing",
    ),
    (
        "id/heldout19-kompas-somaliland-tanduk-afrika.txt",
        "heldout19-kompas-somaliland-tanduk-afrika.txt: missing ('SY', 'declined') [(None, None)]",
        "'menyatakan Damaskus tidak dapat dibandingkan dengan negara-negara yang telah menandatangani perjanjian tersebut' (cannot be compared with the signatories): no refusal cue, and the step in the group's relative clause is the group's",
    ),
    (
        "id/heldout2-delegasi-dagang-uea.txt",
        "heldout2-delegasi-dagang-uea.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "Kazakhstan named only as a step others follow ('following Kazakhstan's move')",
    ),
    (
        "id/heldout2-delegasi-dagang-uea.txt",
        "heldout2-delegasi-dagang-uea.txt: missing ('ID', 'declined') [(None, None)]",
        "subject or cue outside what the rules reach (pronoun, another sentence, unlisted phrasing)",
    ),
    (
        "id/heldout24-tempo-baku-islamabad.txt",
        "heldout24-tempo-baku-islamabad.txt: date ('PK', 'declined') found [('2026-03-12', 'day')] expected [(None, None)]",
        "the standfirst's present-tense refusal, right before the dateline line, takes the publication day; the body tells it 'pekan lalu' (last week), a range",
    ),
    (
        "id/heldout24-tempo-baku-islamabad.txt",
        "heldout24-tempo-baku-islamabad.txt: date ('AZ', 'negotiating') found [('2026-03-10', 'day')] expected [(None, None)]",
        "diplomats told Reuters on 10 March that talks had been held since January: the report's day is taken for the talks, which the label leaves undated",
    ),
    (
        "id/heldout25-detik-kontak-bantah.txt",
        "heldout25-detik-kontak-bantah.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-11-25', 'day')]",
        "the spokesman's day 'Selasa (25/11/2025)' is in the sentence before the refusal ('Ia menegaskan posisi Indonesia tetap sama')",
    ),
    (
        "id/heldout25-detik-kontak-bantah.txt",
        "heldout25-detik-kontak-bantah.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'pada 2020, bersama Bahrain': the year before 'bersama' is not carried to the partner after it",
    ),
    (
        "id/heldout25-kompas-apa-itu.txt",
        "heldout25-kompas-apa-itu.txt: missing ('ID', 'prospective') [(None, None)]",
        "'tekanan terhadap Indonesia kemungkinan meningkat': predicted pressure with the country after 'terhadap' is no candidacy",
    ),
    (
        "id/heldout29-antara-kemlu-syarat.txt",
        "heldout29-antara-kemlu-syarat.txt: date ('ID', 'prospective') found [('2025-09', 'month')] expected [(None, None)]",
        "the foreign media's speculation about Indonesia is undated; the candidacy is also read in the next paragraph's 'pada September 2025 ... siap mengakui Israel apabila', which gives its month",
    ),
    (
        "id/heldout29-cnnindonesia-somaliland.txt",
        "heldout29-cnnindonesia-somaliland.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "'menyatakan niat ... setelah Israel ... mengakui ... pada Jumat (26/12)': the recognition's day inside the 'setelah' clause dates the intention; the label leaves the intention undated as the text does not tie it to that day",
    ),
    (
        "id/heldout29-tempo-kolom-dewan.txt",
        "heldout29-tempo-kolom-dewan.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'Kementerian Luar Negeri sudah menjawab dengan jelas sejak September: Indonesia baru akan ...': the month after 'sejak' before the colon is not carried to the refusal told after it",
    ),
    (
        "id/heldout3-prabowo-syarat.txt",
        "heldout3-prabowo-syarat.txt: date ('ID', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "date in another clause or sentence than the claim's",
    ),
    (
        "id/heldout32-harian-nasional-kemlu-agenda.txt",
        "heldout32-harian-nasional-kemlu-agenda.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the joining is read from 'pascabergabungnya Kazakhstan', undated; its day stands in the next sentence ('mengumumkan keputusan Astana itu pada 6 November 2025'), whose 'keputusan' with no joining word is no step",
    ),
    (
        "id/heldout32-harian-nasional-kemlu-agenda.txt",
        "heldout32-harian-nasional-kemlu-agenda.txt: date ('MA', 'signed') found [('2021-01', 'month')] expected [('2020-12', 'month')]",
        "'Maroko menyusul tiga bulan kemudian, sedangkan Sudan meneken deklarasinya pada Januari 2021': the counted offset stands mid-sentence before a contrast clause (only offsets opening or closing a sentence are read), so the next clause's month is taken",
    ),
    (
        "id/heldout32-mingguan-bisnis-koridor-dagang.txt",
        "heldout32-mingguan-bisnis-koridor-dagang.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month')]",
        "'menormalisasi hubungan dengan Israel pada Agustus 2020 dan meneken perjanjian damainya sebulan kemudian': both steps are read as one membership dated by the first month; 'sebulan kemudian' mid-sentence is not read",
    ),
    (
        "id/heldout32-mingguan-bisnis-koridor-dagang.txt",
        "heldout32-mingguan-bisnis-koridor-dagang.txt: missing ('AE', 'announced') [('2020-08', 'month')]",
        "the same sentence: the normalisation agreed in August is not read as a step of its own beside the signing a month later",
    ),
    (
        "id/heldout32-mingguan-bisnis-koridor-dagang.txt",
        "heldout32-mingguan-bisnis-koridor-dagang.txt: missing ('ID', 'declined') [(None, None)]",
        "'Bagaimana dengan Indonesia? Pemerintah tetap memegang prinsip lama: tak ada hubungan resmi ...': the refusal's subject is bare 'Pemerintah' (the government), which stands for no country, after a question naming Indonesia",
    ),
    (
        "id/heldout32-situs-daerah-seminar-makassar.txt",
        "heldout32-situs-daerah-seminar-makassar.txt: missing ('KZ', 'announced') [(None, None)]",
        "'Kazakhstan menjadi satu-satunya nama baru dalam daftar tersebut': a new name in 'that list' (the signatories named two sentences before) has no joining word",
    ),
    (
        "id/heldout35-serambi-aceh-somaliland.txt",
        "heldout35-serambi-aceh-somaliland.txt: date ('XS', 'prospective') found [('2025-12-29', 'day')] expected [(None, None)]",
        "the day a quoted cleric spoke (Senin (29/12/2025)) taken for the intention he reports hearing of",
    ),
    (
        "id/heldout37-tv-daerah-padang-ulama.txt",
        "heldout37-tv-daerah-padang-ulama.txt: unexpected ('ID', 'prospective') [(None, None)]",
        "'kabar di media sosial bahwa Indonesia akan segera menyusul masuk Abraham Accords', a rumour the ministry calls a hoax in the next paragraph: the rumour is others' speculation (a candidacy), but 'hoaks' is no denial word and that denial names no country, so the rumour stays a claim",
    ),
    (
        "id/heldout39-id-portal-pasar-modal-jakarta.txt",
        "heldout39-id-portal-pasar-modal-jakarta.txt: date ('ID', 'declined') found [(None, None)] expected [('2026-11-10', 'day')]",
        "the refusal is undated in its own sentence; the date '(10/11/2026)' is in the quote's attribution after it",
    ),
    (
        "id/heldout4-kolom-somaliland-suriah.txt",
        "heldout4-kolom-somaliland-suriah.txt: missing ('AE', 'signed') [(None, None)]",
        "signatories given as a range of capitals ('from Abu Dhabi to Rabat') form no country list",
    ),
    (
        "id/heldout4-kolom-somaliland-suriah.txt",
        "heldout4-kolom-somaliland-suriah.txt: missing ('MA', 'signed') [(None, None)]",
        "signatories given as a range of capitals ('from Abu Dhabi to Rabat') form no country list",
    ),
    (
        "id/heldout4-normalisasi-saudi-beku.txt",
        "heldout4-normalisasi-saudi-beku.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'said to be one step from normalisation' is a hedged closeness, read as no talks",
    ),
    (
        "id/heldout40-id-harian-medan-ulama-tolak.txt",
        "heldout40-id-harian-medan-ulama-tolak.txt: date ('ID', 'declined') found [('2026-03-04', 'day')] expected [('2026-02', 'month')]",
        "the ulama's refusal of the invitation 'agar Indonesia bergabung' (Rabu 4/3/2026) is read as the country's; the label dates the government's own refusal 'bulan lalu'",
    ),
    (
        "id/heldout40-id-harian-medan-ulama-tolak.txt",
        "heldout40-id-harian-medan-ulama-tolak.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'Negara Asia Tengah itu menyatakan bergabung ...': a descriptive anaphor (the Central Asian country) for Kazakhstan, named at the end of the sentence before, is no anaphor the data lists",
    ),
    (
        "id/heldout40-id-situs-radio-negara-kemlu-bantah.txt",
        "heldout40-id-situs-radio-negara-kemlu-bantah.txt: date ('ID', 'declined') found [('2026-11-18', 'day')] expected [(None, None)]",
        "the refusal is dated by the day it was said ('Rabu' against the dateline); the label leaves a refusal's saying undated",
    ),
    (
        "id/heldout40-id-situs-radio-negara-kemlu-bantah.txt",
        "heldout40-id-situs-radio-negara-kemlu-bantah.txt: missing ('ID', 'prospective') [(None, None)]",
        "'Trump ... menyebut Indonesia sebagai salah satu negara yang ia harapkan bergabung' names no accords in its sentence nor in the one before; the topic comes a paragraph later",
    ),
    (
        "id/heldout43-id-portal-pesantren-kajian-kebijakan-luar-negeri.txt",
        "heldout43-id-portal-pesantren-kajian-kebijakan-luar-negeri.txt: date ('ID', 'declined') found [('2025-10-03', 'day')] expected [('2025-09-29', 'day')]",
        "the refusal is read from the headline ('Indonesia Tetap Tolak Abraham Accords'), which takes the page's day; the ministry's denial of plans, dated 'Senin (29/9/2025)' in the next sentence, gives no claim by the project's convention on denials of plans",
    ),
    (
        "id/heldout43-id-portal-pesantren-kajian-kebijakan-luar-negeri.txt",
        "heldout43-id-portal-pesantren-kajian-kebijakan-luar-negeri.txt: date ('ID', 'prospective') found [('2025-09-29', 'day')] expected [(None, None)]",
        "'Bantahan disampaikan Senin (29/9/2025) setelah beredar kabar bahwa Jakarta sedang dibujuk Washington': the denial's day is given to the rumour it followed ('setelah'), which the label leaves undated",
    ),
    (
        "id/heldout45-id-harian-nasional-laporan.txt",
        "heldout45-id-harian-nasional-laporan.txt: date ('ID', 'declined') found [('2025-11-08', 'day')] expected [('2025-11-07', 'day')]",
        "the refusal is told undated in the lead; its day ('pada Jumat (7/11/2025)') is in the next sentence, which only points back ('Penegasan itu'); the headline's refusal takes the publication day",
    ),
    (
        "id/heldout45-id-harian-nasional-laporan.txt",
        "heldout45-id-harian-nasional-laporan.txt: unexpected ('SA', 'announced') [(None, None)]",
        "'bergabung dengan Abraham Accords ... akan menimbulkan gejolak' (joining would cause unrest): a joining told as the subject of a predicted consequence is read as the decision of the country carried from before",
    ),
    (
        "id/heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt",
        "heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'pada Kamis malam, 6 November lalu' stands in the sentence of the White House announcement before the one that names Kazakhstan's joining ('Presiden ... menyatakan Kazakhstan bergabung'), a weekday and a day with 'lalu' the date pattern does not join",
    ),
    (
        "id/heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt",
        "heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt: unexpected ('KZ', 'suspended') [(None, None)]",
        "'masuknya Astana dipakai sebagai bukti bahwa perjanjian yang sempat mandek selama perang Gaza itu masih hidup': the halt is the accords' own (a relative clause on 'perjanjian'), told inside what Astana's joining proves",
    ),
    (
        "id/heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt",
        "heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt: date ('ID', 'declined') found [('2025-09', 'month')] expected [(None, None)]",
        "Prabowo's conditional readiness 'pada September lalu' dates the refusal the spokesman restates undated in the sentence before",
    ),
    (
        "id/heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt",
        "heldout47-id-majalah-mingguan-jakarta-laporan-utama.txt: date ('ID', 'prospective') found [('2025-09', 'month')] expected [(None, None)]",
        "Prabowo's September speech ('siap mengakui Israel, asalkan ...') gives its month to Washington's asking whether Indonesia could be next, told undated",
    ),
    (
        "id/heldout49-id-harian-daerah-surabaya-halaman-dunia-kazakhstan.txt",
        "heldout49-id-harian-daerah-surabaya-halaman-dunia-kazakhstan.txt: missing ('UZ', 'declined') [(None, None)]",
        "Tashkent stands only as the place of an anonymous diplomatic source ('sumber diplomatik di Tashkent'), and its answer 'tidak sedang dibahas' (is not being discussed) names no joining or normalisation, so no refusal cue reaches Uzbekistan",
    ),
    (
        "id/heldout49-id-situs-ormas-islam-pernyataan-sikap-gaza.txt",
        "heldout49-id-situs-ormas-islam-pernyataan-sikap-gaza.txt: missing ('SA', 'suspended') [(None, None)]",
        "the halt is told in a quote of the next sentence as 'pembicaraan itu kini dihentikan' (those talks are now stopped), with Saudi Arabia only in the sentence before; an anaphoric halt across a quote is not carried",
    ),
    (
        "id/heldout49-id-situs-ormas-islam-pernyataan-sikap-gaza.txt",
        "heldout49-id-situs-ormas-islam-pernyataan-sikap-gaza.txt: missing ('ID', 'prospective') [(None, None)]",
        "the pressure is a noun in a quote ('ada tawaran dana miliaran dolar dari Amerika kalau Indonesia mau ikut Abraham Accords'), an offer with the joining inside its condition; the 'kalau' clause leaves it a supposition",
    ),
    (
        "id/heldout52-analisis-daerah-somaliland-terjal.txt",
        "heldout52-analisis-daerah-somaliland-terjal.txt: date ('SA', 'suspended') found [('2023-10', 'month')] expected [(None, None)]",
        "'perundingan yang sempat berjalan sebelum Oktober 2023 kini membeku': the month bounding the talks ('sebelum', before) is taken for their freeze, told 'now'",
    ),
    (
        "id/heldout52-analisis-daerah-somaliland-terjal.txt",
        "heldout52-analisis-daerah-somaliland-terjal.txt: missing ('SY', 'declined') [(None, None)]",
        "'Suriah ... pun menyatakan belum siap': a bare 'not yet ready' with no object, the accords named two sentences before, is no refusal cue",
    ),
    (
        "id/heldout52-analisis-daerah-somaliland-terjal.txt",
        "heldout52-analisis-daerah-somaliland-terjal.txt: missing ('SD', 'suspended') [(None, None)]",
        "'praktis menghentikan seluruh proses sejak perang saudara pecah': a halt of 'the whole process' with 'seluruh' between verb and noun is not among the halted processes",
    ),
    (
        "id/heldout52-antara-kilat-jakarta-menolak.txt",
        "heldout52-antara-kilat-jakarta-menolak.txt: missing ('SA', 'prospective') [(None, None)]",
        "'menyebut Indonesia, Arab Saudi dan Mauritania sebagai negara yang tengah didekati Washington untuk menyusul Kazakhstan': courted by Washington in a passive relative after a named list is no candidacy cue (Indonesia's prospect comes from another sentence)",
    ),
    (
        "id/heldout52-antara-kilat-jakarta-menolak.txt",
        "heldout52-antara-kilat-jakarta-menolak.txt: missing ('MR', 'prospective') [(None, None)]",
        "'menyebut Indonesia, Arab Saudi dan Mauritania sebagai negara yang tengah didekati Washington untuk menyusul Kazakhstan': courted by Washington in a passive relative after a named list is no candidacy cue",
    ),
    (
        "id/heldout53-id-pdf-kajian-skenario-jakarta.txt",
        "heldout53-id-pdf-kajian-skenario-jakarta.txt: missing ('SD', 'suspended') [(None, None)]",
        "a frozen tie told as a state after a war ('Perang di Sudan sejak 2023 membuat hubungan Khartoum dengan Israel praktis membeku'): the causative 'membuat ... membeku' with the capital as a genitive of the ties is not read as Sudan's halt",
    ),
    (
        "id/heldout53-id-pdf-kajian-skenario-jakarta.txt",
        "heldout53-id-pdf-kajian-skenario-jakarta.txt: missing ('SA', 'prospective') [(None, None)]",
        "a think-tank scenario told as a hypothetical ('Dalam skenario ini Arab Saudi bergabung sebelum akhir 2028'): the scenario frame is not read as a modal, and the joining is taken by the refusal in the next sentences",
    ),
    (
        "id/heldout53-id-portal-berita-kolom-komentar-astana.txt",
        "heldout53-id-portal-berita-kolom-komentar-astana.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "a reader's comment 'Maroko kan sudah gabung dari 2020': the year after 'dari' (since) goes to an announced reading and the membership stays undated",
    ),
    (
        "id/heldout53-id-portal-berita-kolom-komentar-astana.txt",
        "heldout53-id-portal-berita-kolom-komentar-astana.txt: date ('AZ', 'prospective') found [('2025-11-08', 'day')] expected [(None, None)]",
        "an analyst's candidates quoted under a dated page header: the page's day is taken for the undated speculation",
    ),
    (
        "id/heldout53-id-portal-berita-kolom-komentar-astana.txt",
        "heldout53-id-portal-berita-kolom-komentar-astana.txt: date ('UZ', 'prospective') found [('2025-11-08', 'day')] expected [(None, None)]",
        "an analyst's candidates quoted under a dated page header: the page's day is taken for the undated speculation",
    ),
    (
        "id/heldout53-id-portal-berita-kolom-komentar-astana.txt",
        "heldout53-id-portal-berita-kolom-komentar-astana.txt: unexpected ('MA', 'announced') [('2020', 'year')]",
        "a reader's comment 'Maroko kan sudah gabung dari 2020' (has joined since 2020): the past joining with 'sudah' is read as a decision as well as a membership",
    ),
    (
        "id/heldout53-id-portal-berita-kolom-komentar-astana.txt",
        "heldout53-id-portal-berita-kolom-komentar-astana.txt: missing ('SA', 'prospective') [(None, None)]",
        "a reader's prediction 'Arab Saudi pasti menyusul tahun depan' (will surely follow next year): 'menyusul' with no accords in its sentence is not read as joining",
    ),
    (
        "id/heldout6-analisis-riyadh-damaskus.txt",
        "heldout6-analisis-riyadh-damaskus.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's date is told in the sentence before the crown prince's words ('pada Selasa, 18 November 2025' ends that sentence)",
    ),
    (
        "id/heldout6-analisis-riyadh-damaskus.txt",
        "heldout6-analisis-riyadh-damaskus.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's date is told in the sentence before the crown prince's words ('pada Selasa, 18 November 2025' ends that sentence)",
    ),
    (
        "id/heldout6-davos-dewan-perdamaian.txt",
        "heldout6-davos-dewan-perdamaian.txt: unexpected ('ID', 'announced') [(None, None)]",
        "'keikutsertaan Indonesia' (Indonesia's taking part) means the Board of Peace of sentences before; its sentence names no body",
    ),
    (
        "id/heldout7-antrean-calon.txt",
        "heldout7-antrean-calon.txt: missing ('MR', 'prospective') [(None, None)]",
        "the candidate is named after the copula ('Nama lain yang digadang-gadang ialah Mauritania'); the cue before it has no subject in its clause",
    ),
    (
        "id/heldout7-gaza-siaran.txt",
        "heldout7-gaza-siaran.txt: date ('SA', 'negotiating') found [('2023-10', 'month')] expected [(None, None)]",
        "'sebelum Oktober 2023' (before October 2023) bounds the talks and is taken for their date",
    ),
    (
        "id/heldout7-gaza-siaran.txt",
        "heldout7-gaza-siaran.txt: unexpected ('TR', 'announced') [(None, None)]",
        "'sudah mengakui Israel sejak 1949' (recognised Israel in 1949) reads as a recognition step, though it is history before the accords",
    ),
    (
        "id/heldout7-gaza-siaran.txt",
        "heldout7-gaza-siaran.txt: unexpected ('MA', 'signed') [(None, None)]",
        "'Maroko mengambil sikap serupa' (took the same stance) carries the UAE's membership to Morocco; the label keeps only the stance",
    ),
    (
        "id/heldout9-analisis-hadiah-riyadh.txt",
        "heldout9-analisis-hadiah-riyadh.txt: missing ('MA', 'signed') [(None, None)]",
        "'Maroko juga belum menurunkan status hubungannya' (has not downgraded its relations) keeps a membership in words no cue lists",
    ),
    (
        "kk/heldout17-egemen-kezek.txt",
        "heldout17-egemen-kezek.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "the month is in the sentence before (the wish said in November); the condition 'the prince warned' follows with no date of its own",
    ),
    (
        "kk/heldout17-egemen-kezek.txt",
        "heldout17-egemen-kezek.txt: date ('SD', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "the year the war 'began in 2023' (a participle) is given to the halt it caused",
    ),
    (
        "kk/heldout17-kazinform-aqorda.txt",
        "heldout17-kazinform-aqorda.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'yesterday' is in the sentence of the phone call; the agreement 'reached during the call' in the next sentence names no time, and the undated lead comes first",
    ),
    (
        "kk/heldout21-kazinform-su-memorandum.txt",
        "heldout21-kazinform-su-memorandum.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "'сол жылдың желтоқсанында қосылған Марокко' in a list of background members: 'that year's December' refers back to the 2020 of the country before and is not resolved, so Morocco's membership stays undated",
    ),
    (
        "kk/heldout21-kazinform-su-memorandum.txt",
        "heldout21-kazinform-su-memorandum.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-02', 'month')]",
        "the refusal is in one sentence and its month in the next, about the minister repeating it ('бұл ұстанымды ақпан айында Мюнхенде тағы да қайталады'): a date does not cross into the sentence before",
    ),
    (
        "kk/heldout21-vlast-kim-keleside.txt",
        "heldout21-vlast-kim-keleside.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the prince's visit is dated in the sentence before ('18 қарашада Ақ үйде болды') and the condition is told in the next sentence through the pronoun 'ол': dates do not cross sentences",
    ),
    (
        "kk/heldout21-vlast-kim-keleside.txt",
        "heldout21-vlast-kim-keleside.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the prince's visit is dated in the sentence before ('18 қарашада Ақ үйде болды') and the wish to join is told in the next sentence through the pronoun 'ол': dates do not cross sentences",
    ),
    (
        "kk/heldout21-vlast-kim-keleside.txt",
        "heldout21-vlast-kim-keleside.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "Morocco's step is in an apposition ('Марокко, 2020 жылдың желтоқсанында қатынасты қалпына келтірген корольдік'): 'restored relations' is no signing cue, as it would also read any other country's restored ties",
    ),
    (
        "kk/heldout29-kazinform-davos-zhargy.txt",
        "heldout29-kazinform-davos-zhargy.txt: date ('AZ', 'prospective') found [('2021-01', 'month')] expected [('2026-01', 'month')]",
        "'Ақ үй биылғы қаңтарда Әзербайжанға ... ұсынды': 'биылғы қаңтарда' (this year's January) is not read as a relative month, and the sentence before's 2021 is borrowed",
    ),
    (
        "kk/heldout33-gazet-bes-zhyl.txt",
        "heldout33-gazet-bes-zhyl.txt: missing ('KZ', 'negotiating') [(None, None)]",
        "'Қазір тараптар құжаттың мәтінін пысықтап жатыр' (the sides are refining the text): work on a text by 'the sides' names no country and is no talks cue",
    ),
    (
        "kk/heldout34-oblys-gazet.txt",
        "heldout34-oblys-gazet.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the year is in the sentence before ('Авраам келісімі 2020 жылы жасалған. Оған алғашында ... қол қойды'): the accords' year is not carried to the signatories of the next sentence",
    ),
    (
        "kk/heldout34-oblys-gazet.txt",
        "heldout34-oblys-gazet.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "as for the UAE: the accords' year in the sentence before the signing",
    ),
    (
        "kk/heldout40-kk-oblystyq-gazet-shymkent-qadam-pikirler.txt",
        "heldout40-kk-oblystyq-gazet-shymkent-qadam-pikirler.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'Оңтүстік Қазақстан мемлекеттік университетінің оқытушысы' (a lecturer of South Kazakhstan State University): the country's name inside a university's name is read as the subject of the next-in-line cue",
    ),
    (
        "kk/heldout40-kk-oblystyq-gazet-shymkent-qadam-pikirler.txt",
        "heldout40-kk-oblystyq-gazet-shymkent-qadam-pikirler.txt: missing ('AZ', 'prospective') [(None, None)]",
        "the next-in-line cue ('келесі кезекте Әзірбайжан болуы мүмкін') goes to the country inside the university's name before it, not to Azerbaijan after it",
    ),
    (
        "kk/heldout45-kk-memlekettik-gazet-brifing.txt",
        "heldout45-kk-memlekettik-gazet-brifing.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'6 қарашада Мемлекет басшысы ... Вашингтонға сапары барысында АҚШ Президенті Дональд Трамп ... жариялаған еді': the day opens a long sentence and is too far from the announcing verb; the claim keeps the undated reading of the lead",
    ),
    (
        "kk/heldout47-kk-qazaqtildi-akparat-sayty-zhety-ay.txt",
        "heldout47-kk-qazaqtildi-akparat-sayty-zhety-ay.txt: date ('XS', 'prospective') found [('2025-12', 'month')] expected [(None, None)]",
        "'Өткен жылдың желтоқсанында Израиль Сомалилендті ... таныған соң': the month is the recognition's, in the time clause before Hargeisa's intention",
    ),
    (
        "kk/heldout49-kk-memlekettik-gazet-mazhilis-otyrysy-deputat-sauali.txt",
        "heldout49-kk-memlekettik-gazet-mazhilis-otyrysy-deputat-sauali.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the year stands inside an attributive participle before the names ('2020 жылы келісімге алғаш қол қойған Біріккен Араб Әмірліктері мен Бахрейн'), and the date is not handed to the list the participle qualifies",
    ),
    (
        "kk/heldout49-kk-memlekettik-gazet-mazhilis-otyrysy-deputat-sauali.txt",
        "heldout49-kk-memlekettik-gazet-mazhilis-otyrysy-deputat-sauali.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the year stands inside an attributive participle before the names ('2020 жылы ... қол қойған ... Бахрейн'), and the date is not handed to the list the participle qualifies",
    ),
    (
        "kk/heldout51-kk-aqparat-portaly-suraq-zhauap.txt",
        "heldout51-kk-aqparat-portaly-suraq-zhauap.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Вашингтонда Өзбекстанның да аты аталады' (Uzbekistan's name is also mentioned in Washington): a bare 'is mentioned', a candidacy only through the question heading two sentences before; 'аты аталады' alone names anything, left out",
    ),
    (
        "kk/heldout52-kk-tuzetu-somaliland-niet.txt",
        "heldout52-kk-tuzetu-somaliland-niet.txt: date ('XS', 'prospective') found [('2025-12-27', 'day')] expected [(None, None)]",
        "the corrected lead's dateline ('Харгейса, 27 желтоқсан') is given to the intention told under it; the label leaves it undated, the text tying no day to the statement itself",
    ),
    (
        "kk/heldout52-kk-tuzetu-somaliland-niet.txt",
        "heldout52-kk-tuzetu-somaliland-niet.txt: unexpected ('XS', 'declined') [(None, None)]",
        "'Сомалиленд келісімге қосылған жоқ' (has not joined), the correction's denial of a wrong headline, is read as the country's refusal, as a negated joining is",
    ),
    (
        "kk/heldout52-kk-tuzetu-somaliland-niet.txt",
        "heldout52-kk-tuzetu-somaliland-niet.txt: unexpected ('UZ', 'prospective') [(None, None)]",
        "the related link cut mid-sentence ('келесі кезекте Өзбекстан мен') loses its predicate (a truncated sentence makes no claim), but 'келесі кезекте' alone reads as a candidacy",
    ),
    (
        "kk/heldout53-kk-baspasoz-sholuy-astana.txt",
        "heldout53-kk-baspasoz-sholuy-astana.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day stands in a participle before the decision ('6 қарашада Вашингтонда жарияланған шешімді'): the dated participle is read as describing another noun, not the step",
    ),
    (
        "kk/heldout53-kk-baspasoz-sholuy-astana.txt",
        "heldout53-kk-baspasoz-sholuy-astana.txt: missing ('UZ', 'prospective') [(None, None)]",
        "a Russian quotation inside a Kazakh article ('Следующими могут стать Узбекистан и Азербайджан'): only English quotations are read with their own language's data",
    ),
    (
        "kk/heldout53-kk-baspasoz-sholuy-astana.txt",
        "heldout53-kk-baspasoz-sholuy-astana.txt: missing ('AZ', 'prospective') [(None, None)]",
        "a Russian quotation inside a Kazakh article ('Следующими могут стать Узбекистан и Азербайджан'): only English quotations are read with their own language's data",
    ),
    (
        "kk/heldout6-aqorda-sheshim.txt",
        "heldout6-aqorda-sheshim.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the claim is read from the undated headline; the lead sentence with '6 қараша күні' is not read as the same step",
    ),
    (
        "kk/heldout6-baku-kezekte.txt",
        "heldout6-baku-kezekte.txt: date ('AZ', 'negotiating') found [(None, None)] expected [('2026-01-11', 'day')]",
        "the day ('11 қаңтарда') belongs to the report's verb; the talks are told in the next sentence",
    ),
    (
        "kk/heldout6-baku-kezekte.txt",
        "heldout6-baku-kezekte.txt: date ('XS', 'prospective') found [('2025-12-26', 'day')] expected [(None, None)]",
        "the recognition's day (26 December) in the subordinate clause is given to Somaliland's stated intention after it",
    ),
    (
        "kk/heldout6-saud-shart.txt",
        "heldout6-saud-shart.txt: unexpected ('SA', 'announced') [(None, None)]",
        "the accession set off by dashes ('– корольдіктің ... қосылуы –') is too far from 'шешімін таппады' (found no solution) to be read as an open question",
    ),
    (
        "kk/heldout6-saud-shart.txt",
        "heldout6-saud-shart.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the meeting's day is in the first sentence; the wish to take part is told in a later one",
    ),
    (
        "kk/heldout6-saud-shart.txt",
        "heldout6-saud-shart.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the meeting's day is in the first sentence; the precondition is told in a later quote",
    ),
    (
        "ms/heldout17-awani-analisis-siapa-kekal.txt",
        "heldout17-awani-analisis-siapa-kekal.txt: missing ('AE', 'signed') [('2020-09-15', 'day')]",
        "'kurang sebulan selepas ia ditandatangani di Rumah Putih bersama Bahrain': 'ia' is the treaty the UAE's cabinet approved; the UAE takes the approval (ratified) only",
    ),
    (
        "ms/heldout17-awani-analisis-siapa-kekal.txt",
        "heldout17-awani-analisis-siapa-kekal.txt: missing ('SD', 'suspended') [('2023-04', 'month')]",
        "'Perang saudara yang meletus pada April 2023 kemudiannya membekukan sebarang langkah susulan': the halt's subject is the war and the sentence names no country; Sudan, in scope, is not carried to it",
    ),
    (
        "ms/heldout21-bernama-lima-tahun.txt",
        "heldout21-bernama-lima-tahun.txt: date ('AE', 'signed') found [('2025-09-15', 'day')] expected [('2020-09-15', 'day')]",
        "the anniversary sentence ('menandakan ulang tahun kelima ... yang dimeterai ... pada 15 September 2020') is dated by the dateline's day: the relative clause's own full date does not win over the dateline for the main clause's subjects",
    ),
    (
        "ms/heldout21-bernama-lima-tahun.txt",
        "heldout21-bernama-lima-tahun.txt: date ('BH', 'signed') found [('2025-09-15', 'day')] expected [('2020-09-15', 'day')]",
        "the anniversary sentence ('menandakan ulang tahun kelima ... yang dimeterai ... pada 15 September 2020') is dated by the dateline's day: the relative clause's own full date does not win over the dateline for the main clause's subjects",
    ),
    (
        "ms/heldout21-bernama-lima-tahun.txt",
        "heldout21-bernama-lima-tahun.txt: unexpected ('SA', 'suspended') [(None, None)]",
        "'peperangan di Gaza telah membekukan sebarang usaha ke arah normalisasi' names no country; the previous paragraph's Saudi Arabia is carried over as the halt's subject",
    ),
    (
        "ms/heldout21-malaysiakini-somaliland-jakarta.txt",
        "heldout21-malaysiakini-somaliland-jakarta.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "the founder's prediction of more members after Kazakhstan ('Selepas Kazakhstan, Washington mendakwa lebih ramai akan menyusul', 'yang pertama daripada banyak lagi') is read as a candidacy of the country named in it",
    ),
    (
        "ms/heldout24-malaysiakini-damsyik-beirut.txt",
        "heldout24-malaysiakini-damsyik-beirut.txt: date ('MA', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "'UAE dan Bahrain (kedua-duanya menandatangani pada September 2020), Maghribi, Sudan serta Kazakhstan': the signing cue inside the brackets after the first pair takes the whole list as its subject, so the pair's date reaches Morocco",
    ),
    (
        "ms/heldout24-malaysiakini-damsyik-beirut.txt",
        "heldout24-malaysiakini-damsyik-beirut.txt: date ('SD', 'signed') found [('2020-09', 'month')] expected [(None, None)]",
        "the same bracketed 'kedua-duanya menandatangani pada September 2020' after the first pair: its cue takes the whole list, and its date reaches Sudan",
    ),
    (
        "ms/heldout24-malaysiakini-damsyik-beirut.txt",
        "heldout24-malaysiakini-damsyik-beirut.txt: unexpected ('SA', 'declined') [(None, None)]",
        "an analyst's quote 'Riyadh tidak akan memberikan hadiah sebesar itu kepada Netanyahu' (will not give such a prize): a prediction in someone else's words, read as the kingdom's refusal",
    ),
    (
        "ms/heldout24-utusan-anwar-tolak.txt",
        "heldout24-utusan-anwar-tolak.txt: date ('MY', 'declined') found [(None, None)] expected [('2026-02-17', 'day')]",
        "the refusal is found first in the headline (undated); the quote's 'semalam' (yesterday) dates only a repetition, which deduplication drops",
    ),
    (
        "ms/heldout25-bh-tegas-astana.txt",
        "heldout25-bh-tegas-astana.txt: date ('MY', 'declined') found [(None, None)] expected [('2025-11-08', 'day')]",
        "the refusal's 'hari ini' is read in the quote's sentence, not the headline's claim kept first",
    ),
    (
        "ms/heldout29-bernama-islamabad-tolak.txt",
        "heldout29-bernama-islamabad-tolak.txt: unexpected ('PS', 'prospective') [(None, None)]",
        "'pendirian Islamabad mengenai Palestin kekal ... dan negara itu hanya akan mempertimbangkan hubungan dengan Israel': Palestine after 'mengenai' (a stance about it) is taken as the subject of the consideration instead of 'negara itu' (Pakistan)",
    ),
    (
        "ms/heldout29-sinarharian-lima-perkara.txt",
        "heldout29-sinarharian-lima-perkara.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01', 'month')]",
        "'- Sudan – Januari 2021, namun proses normalisasinya terhenti ...': the halt word in the line makes it no verbless member line, so the line's own date is not read",
    ),
    (
        "ms/heldout29-sinarharian-lima-perkara.txt",
        "heldout29-sinarharian-lima-perkara.txt: missing ('SD', 'suspended') [(None, None)]",
        "'- Sudan – Januari 2021, namun proses normalisasinya terhenti': the halt after 'namun' in a dashed list line finds no subject (the line's country stands before a dash)",
    ),
    (
        "ms/heldout3-anwar-dewan-rakyat.txt",
        "heldout3-anwar-dewan-rakyat.txt: unexpected ('MY', 'prospective') [(None, None)]",
        "claim read from a sentence that makes none (hedge, mention or other agreement)",
    ),
    (
        "ms/heldout32-brunei-pelita-pendirian.txt",
        "heldout32-brunei-pelita-pendirian.txt: date ('BN', 'declined') found [('2025-11-12', 'day')] expected [('2025-11-11', 'day'), (None, None)]",
        "'Penegasan itu ... dikeluarkan hari ini', the sentence after the dateline ('BANDAR SERI BEGAWAN, 11 Nov –'), dates the refusal by 'hari ini' counted from the publication day: only the dateline's own sentence counts its relative days from the dateline",
    ),
    (
        "ms/heldout32e-portal-wisma-putra.txt",
        "heldout32e-portal-wisma-putra.txt: date ('MY', 'declined') found [(None, None)] expected [('2026-02-04', 'day')]",
        "the refusal is read from the lead, undated; 'semalam' (yesterday) stands in the quote's sentence, which names no country",
    ),
    (
        "ms/heldout32e-portal-wisma-putra.txt",
        "heldout32e-portal-wisma-putra.txt: missing ('MY', 'prospective') [(None, None)]",
        "'laporan ... yang menyenaraikan Malaysia antara negara Asia yang mungkin didekati Amerika Syarikat': being listed among those the US may approach is no candidacy phrase the rules know",
    ),
    (
        "ms/heldout32e-sgdaily-soal-jawab.txt",
        "heldout32e-sgdaily-soal-jawab.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'sejurus selepas pengiktirafan diumumkan' (right after the recognition was announced): the day is named only in the sentences before, for the recognition",
    ),
    (
        "ms/heldout32e-sgdaily-soal-jawab.txt",
        "heldout32e-sgdaily-soal-jawab.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "the refusal's sentence is undated; the next sentence ('mengulangi syarat itu ... pada November') dates its restating, with the title alone",
    ),
    (
        "ms/heldout37-radio-negara-buletin.txt",
        "heldout37-radio-negara-buletin.txt: missing ('BN', 'declined') [(None, None)]",
        "'..., manakala Brunei Darussalam kekal tidak menjalin sebarang hubungan dengan Israel sehingga wujudnya negara Palestin': the refusal with a precondition in the clause after 'manakala' (whereas), after Pakistan's refusal in the same sentence, is not read (alone it is)",
    ),
    (
        "ms/heldout39-ms-buletin-gerakan-belia-islam.txt",
        "heldout39-ms-buletin-gerakan-belia-islam.txt: missing ('MY', 'prospective') [(None, None)]",
        "Washington's pressure is on 'kerajaan' (the government), Malaysia named only in the sentence before",
    ),
    (
        "ms/heldout43-ms-kenyataan-media-ngo-palestin.txt",
        "heldout43-ms-kenyataan-media-ngo-palestin.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'pengumuman minggu lalu bahawa Kazakhstan akan menyertai' is read from the headline, undated; 'minggu lalu' (last week) gives no month",
    ),
    (
        "ms/heldout43-ms-kenyataan-media-ngo-palestin.txt",
        "heldout43-ms-kenyataan-media-ngo-palestin.txt: date ('SA', 'prospective') found [('2025-11-07', 'day')] expected [(None, None)]",
        "'Arab Saudi yang dilaporkan sedang ditekan oleh Amerika Syarikat' read since the passive pressure class; 'sedang' (now) takes a day from the week of the statement's dateline",
    ),
    (
        "ms/heldout43-ms-kenyataan-media-ngo-palestin.txt",
        "heldout43-ms-kenyataan-media-ngo-palestin.txt: missing ('ID', 'prospective') [(None, None)]",
        "'laporan media asing yang mendakwa Jakarta sedang dipujuk oleh Washington' (reports that Jakarta is being coaxed by Washington) inside the sentence of Indonesia's denial: the denial drops the rumour it answers",
    ),
    (
        "ms/heldout44-ms-akhbar-melayu-singapura-rencana.txt",
        "heldout44-ms-akhbar-melayu-singapura-rencana.txt: missing ('ID', 'declined') [(None, None)]",
        "'Jakarta mengeluarkan kenyataan yang hampir serupa': a refusal told only by likeness to Malaysia's statement in the sentence before, with no refusal word of its own",
    ),
    (
        "ms/heldout45-ms-akhbar-sabah-ringkasan.txt",
        "heldout45-ms-akhbar-sabah-ringkasan.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'Perjanjian Abraham ... dimeterai pada 2020, dengan Emiriah Arab Bersatu, Bahrain, Maghribi dan Sudan menjalin hubungan rasmi': the accords' own year before the comma is given to the members of the 'dengan' clause after it",
    ),
    (
        "ms/heldout45-ms-akhbar-sabah-ringkasan.txt",
        "heldout45-ms-akhbar-sabah-ringkasan.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the accords' year before the comma",
    ),
    (
        "ms/heldout45-ms-akhbar-sabah-ringkasan.txt",
        "heldout45-ms-akhbar-sabah-ringkasan.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the accords' year before the comma",
    ),
    (
        "ms/heldout45-ms-akhbar-sabah-ringkasan.txt",
        "heldout45-ms-akhbar-sabah-ringkasan.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "as for the UAE: the accords' year before the comma",
    ),
    (
        "ms/heldout45-ms-akhbar-sabah-ringkasan.txt",
        "heldout45-ms-akhbar-sabah-ringkasan.txt: missing ('PK', 'prospective') [(None, None)]",
        "Washington's persuasion of Pakistan is told two sentences after Islamabad rejected speculation it would be next: a rumour repeated within reach of a denial gives no claim",
    ),
    (
        "ms/heldout45-ms-kenyataan-media-parti-pembangkang.txt",
        "heldout45-ms-kenyataan-media-parti-pembangkang.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'sebagaimana diumumkan oleh Presiden Amerika Syarikat Donald Trump di Washington pada 6 November lalu': the day after the passive's founder agent and Washington is not given back to Kazakhstan's joining before the comma",
    ),
    (
        "ms/heldout45-ms-kenyataan-media-parti-pembangkang.txt",
        "heldout45-ms-kenyataan-media-parti-pembangkang.txt: missing ('SA', 'prospective') [(None, None)]",
        "'menyeru Arab Saudi agar tidak tunduk kepada tekanan Washington': Washington's pressure told as a noun the country is urged not to bow to is no pressure cue",
    ),
    (
        "ms/heldout47-ms-akhbar-brunei-majlis-mesyuarat.txt",
        "heldout47-ms-akhbar-brunei-majlis-mesyuarat.txt: date ('XS', 'prospective') found [('2025-12', 'month')] expected [(None, None)]",
        "'pengiktirafan Israel terhadap Somaliland pada Disember lalu, yang disusuli dengan kenyataan Hargeisa': the month is the recognition's, the intention only followed it",
    ),
    (
        "ms/heldout47-ms-akhbar-brunei-majlis-mesyuarat.txt",
        "heldout47-ms-akhbar-brunei-majlis-mesyuarat.txt: missing ('SA', 'prospective') [(None, None)]",
        "'di samping usaha-usaha Washington memujuk Arab Saudi' after Azerbaijan's talks in one sentence: the pressure goes to Azerbaijan, the subject of the clause before 'di samping'",
    ),
    (
        "ms/heldout47-ms-portal-analisis-selepas-somaliland.txt",
        "heldout47-ms-portal-analisis-selepas-somaliland.txt: unexpected ('XS', 'signed') [('2025-12-26', 'day')]",
        "'Perjanjian Abraham, yang pada asalnya dimeterai oleh hanya dua negara Teluk': an adverb ('pada asalnya') between 'yang' and the passive, so the signing is not read as the accords' participle and goes to Somaliland",
    ),
    (
        "ms/heldout47-ms-portal-analisis-selepas-somaliland.txt",
        "heldout47-ms-portal-analisis-selepas-somaliland.txt: unexpected ('PK', 'prospective') [(None, None)]",
        "'menolak mentah-mentah sebarang cadangan supaya negara itu menyertai': the proposal is only what Pakistan rejects, read also as others' suggestion",
    ),
    (
        "ms/heldout47-ms-portal-analisis-selepas-somaliland.txt",
        "heldout47-ms-portal-analisis-selepas-somaliland.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "'terhenti sama sekali sejak perang saudara meletus pada April 2023': the war's date (cause_events) is the event's, while the halt began then",
    ),
    (
        "ms/heldout49-ms-akhbar-kampus-forum-gelombang-normalisasi.txt",
        "heldout49-ms-akhbar-kampus-forum-gelombang-normalisasi.txt: missing ('ID', 'prospective') [(None, None)]",
        "the pressure is a noun on 'Jakarta' ('tekanan terhadap Jakarta memang wujud') with the offer told of 'republik itu' (an anaphor) inside a 'jika' condition; no prospective cue has Indonesia as its object",
    ),
    (
        "ms/heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt",
        "heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the month is told in the next sentence of 'Kedua-duanya' (both of them: 'menurunkan tandatangan di Washington pada September 2020'); the signing is read from 'UAE dan Bahrain ialah perintis' and the anaphor's date is not carried back",
    ),
    (
        "ms/heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt",
        "heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the month is told in the next sentence of 'Kedua-duanya' (both of them); the signing is read from 'UAE dan Bahrain ialah perintis' and the anaphor's date is not carried back",
    ),
    (
        "ms/heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt",
        "heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt: date ('MA', 'signed') found [('2021-01', 'month')] expected [(None, None)]",
        "'Maghribi menyusul tidak lama kemudian, dan Sudan juga menandatanganinya pada Januari 2021': Sudan's date after the comma and 'dan' is given to Morocco's undated following",
    ),
    (
        "ms/heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt",
        "heldout49-ms-tabloid-soalan-panas-siapa-dah-sertai.txt: date ('MY', 'declined') found [(None, None)] expected [('2026-10', 'month')]",
        "the month is told of the repetition in the clause after 'dan' ('Anwar Ibrahim mengulanginya di Dewan Rakyat bulan lalu'), while the refusal is read from Wisma Putra's undated clause before it",
    ),
    (
        "ms/heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt",
        "heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt: date ('PK', 'declined') found [('2026-01-30', 'day')] expected [('2026-01-29', 'day')]",
        "a channel's post under its own timestamp line '[29/1/2026 16:47]': 'hari ini' counts from the page's day, the post's timestamp on the line before is no anchor",
    ),
    (
        "ms/heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt",
        "heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt: missing ('SA', 'prospective') [(None, None)]",
        "the Saudi interest is told of 'kerajaan itu' (that government) after 'seorang pegawai Saudi': the demonstrative noun phrase is not carried to Saudi Arabia",
    ),
    (
        "ms/heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt",
        "heldout53-ms-saluran-telegram-siri-hantaran-kualalumpur.txt: missing ('SA', 'declined') [(None, None)]",
        "the Saudi condition is told of 'kerajaan itu' (that government) after 'seorang pegawai Saudi': the demonstrative noun phrase is not carried to Saudi Arabia",
    ),
    (
        "ms/heldout6-bernama-wisma-putra-tegas.txt",
        "heldout6-bernama-wisma-putra-tegas.txt: date ('MY', 'declined') found [('2025-11-07', 'day')] expected [(None, None)]",
        "'hari ini' under a dateline with no year ('7 Nov') is resolved to the publication's day; the label leaves it undated",
    ),
    (
        "ms/heldout6-soal-jawab-siapa-anggota.txt",
        "heldout6-soal-jawab-siapa-anggota.txt: date ('SA', 'declined') found [('2025-11', 'month')] expected [(None, None)]",
        "'pada November' with no year is dated to the publication's last November; the label leaves it undated",
    ),
    (
        "ms/heldout6-soal-jawab-siapa-anggota.txt",
        "heldout6-soal-jawab-siapa-anggota.txt: date ('SA', 'prospective') found [('2025-11', 'month')] expected [(None, None)]",
        "'pada November' with no year is dated to the publication's last November; the label leaves it undated",
    ),
    (
        "ms/heldout7-wisma-putra-tegas.txt",
        "heldout7-wisma-putra-tegas.txt: date ('MY', 'declined') found [(None, None)] expected [('2026-01-14', 'day')]",
        "the refusal is first read from the undated headline; 'semalam' (yesterday) in the later quote's sentence is not joined to it",
    ),
    (
        "ms/heldout9-wisma-putra-pendirian.txt",
        "heldout9-wisma-putra-pendirian.txt: date ('ID', 'declined') found [('2026-01', 'month')] expected [(None, None)]",
        "'bulan lalu' dates Indonesia's joining of the Board of Peace in the relative clause, not its condition",
    ),
    (
        "ms/heldout9-wisma-putra-pendirian.txt",
        "heldout9-wisma-putra-pendirian.txt: unexpected ('UZ', 'declined') [(None, None)]",
        "'tidak menunjukkan minat untuk menyusul' (shows no interest in following), a negated interest, is read as a refusal",
    ),
    (
        "ru/heldout16-ria-riyad.txt",
        "heldout16-ria-riyad.txt: date ('SA', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'talks were held in 2023 but were frozen after 7 October': the year is the talks', yet read as the freeze's date",
    ),
    (
        "ru/heldout18-gazetaru-somalilend.txt",
        "heldout18-gazetaru-somalilend.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "the intention is a quote in a sentence of its own; 'в тот же день' stands in the sentence before it and the day (26 December) two further back: a same-day phrase dates only a step of its own sentence",
    ),
    (
        "ru/heldout19-interfaks-er-riyad-pozitsiya.txt",
        "heldout19-interfaks-er-riyad-pozitsiya.txt: missing ('SA', 'suspended') [('2023-10', 'month')]",
        "'Переговоры о нормализации, которые велись при посредничестве США, были заморожены ...' names no country (the talks are Riyadh's from the sentences before) and a relative clause stands between the talks and the halt; with the country's genitive and no relative clause the halt is read",
    ),
    (
        "ru/heldout19-rbc-polgoda-posle-astany.txt",
        "heldout19-rbc-polgoda-posle-astany.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the day ('18 ноября') is in the sentence of Trump's expectation; the crown prince's answer and condition are in the next sentence, and a date is not carried across sentences",
    ),
    (
        "ru/heldout19-rbc-polgoda-posle-astany.txt",
        "heldout19-rbc-polgoda-posle-astany.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the day ('18 ноября') is in the participial clause of Trump's expectation ('Принимая ... 18 ноября'), which opens the sentence and ends at its comma; the expectation after it and the answer in the next sentence stay undated",
    ),
    (
        "ru/heldout21-kommersant-astana.txt",
        "heldout21-kommersant-astana.txt: date ('SD', 'signed') found [('2020-10', 'month')] expected [('2021-01', 'month')]",
        "a participle clause carries the announcement's month ('Судан, объявивший о своем решении в октябре, подписал декларацию лишь в январе 2021-го'): the signing takes the first month in the sentence",
    ),
    (
        "ru/heldout21-kommersant-astana.txt",
        "heldout21-kommersant-astana.txt: missing ('SD', 'announced') [('2020-10', 'month')]",
        "an announcement inside a participle apposition ('Судан, объявивший о своем решении в октябре') is not read as a step of its own",
    ),
    (
        "ru/heldout21-meduza-explainer.txt",
        "heldout21-meduza-explainer.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the month comes after the apposition ('Марокко, которое получило ... , — оно последовало за ними в декабре 2020-го'): a pronoun after a dash resumes the country and the month is not carried back",
    ),
    (
        "ru/heldout21-meduza-explainer.txt",
        "heldout21-meduza-explainer.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Трамп ... говорил, что ждет ее «очень скоро»': the country is a pronoun ('ее') from the heading question ('Почему нет Саудовской Аравии?')",
    ),
    (
        "ru/heldout21-meduza-explainer.txt",
        "heldout21-meduza-explainer.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        "the refusal is a quote with a wish and a condition ('«Мы хотим этого, но нам нужна уверенность ...»') whose speaker, the crown prince, is named after it; the country is only in the heading question",
    ),
    (
        "ru/heldout23-meduza-baku-pochemu.txt",
        "heldout23-meduza-baku-pochemu.txt: date ('SD', 'signed') found [('2020', 'year')] expected [('2021-01', 'month')]",
        "Sudan's own month is in a parenthesis after the list ('(Судан — в январе 2021-го)'), a dash with no verb; the list's 2020 is kept",
    ),
    (
        "ru/heldout23-meduza-baku-pochemu.txt",
        "heldout23-meduza-baku-pochemu.txt: date ('AZ', 'negotiating') found [(None, None)] expected [('2025-03', 'month')]",
        "the month opens the sentence ('В марте 2025 года американские СМИ ... писали, что Вашингтон ведет с Баку переговоры'): it dates the reports, and the talks in the reported clause are read undated",
    ),
    (
        "ru/heldout23-meduza-baku-pochemu.txt",
        "heldout23-meduza-baku-pochemu.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'В Азербайджане опасаются, что вступление ... будет выглядеть как уступка': a joining noun talked about in a fear names no step; the country after 'В' is where the fear is",
    ),
    (
        "ru/heldout23-meduza-baku-pochemu.txt",
        "heldout23-meduza-baku-pochemu.txt: missing ('SA', 'declined') [(None, None)]",
        "'Саудовская Аравия повторяет примерно то же самое': the refusal is told by pointing back to the sentence before ('the same'), which the rules do not carry",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: date ('SD', 'signed') found [('2020-12', 'month')] expected [(None, None)]",
        "Morocco's '(в декабре того же года)' in a parenthesis reaches Sudan, named after it in the same list",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the dated expectation is read as an announcement (below); the undated candidacy comes from 'Главным призом ... остается Эр-Рияд'",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: unexpected ('SA', 'announced') [('2025-11-18', 'day')]",
        "'Во время визита наследного принца Мухаммеда бин Салмана ... Трамп говорил, что королевство присоединится': the step goes to the crown prince named before the speaker, not to 'королевство' after it, so it is not read as Trump's expectation",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: unexpected ('SY', 'announced') [(None, None)]",
        "'Шараа ... настаивает, что вступление ... для его страны преждевременно': the country between the joining noun and 'преждевременно' ('для его страны') makes the noun read as a joining rather than the split refusal",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: missing ('SA', 'declined') [(None, None)]",
        "'Сам принц, однако, дал понять, что это возможно лишь при наличии «ясного пути»': 'this' for the joining of the sentence before and a condition with no joining word",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'Переговоры, которые Эр-Рияд вел с администрацией Джо Байдена ...' under a section heading: talks and their halt with the country only inside a relative clause about the talks",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: missing ('SY', 'declined') [(None, None)]",
        "see the unexpected announcement: 'вступление ... для его страны преждевременно' is read as a joining",
    ),
    (
        "ru/heldout23-rbc-kto-sleduyushchiy.txt",
        "heldout23-rbc-kto-sleduyushchiy.txt: missing ('LB', 'declined') [(None, None)]",
        "'исключил нормализацию до полного вывода израильских войск': a refusal told as ruling out normalisation until a withdrawal, after a relative clause 'по словам которого'",
    ),
    (
        "ru/heldout25-kursiv-sosedi-perspektivy.txt",
        "heldout25-kursiv-sosedi-perspektivy.txt: unexpected ('KZ', 'declined') [(None, None)]",
        "'у Астаны не было рисков, которые есть у арабских стран: «Саудовская Аравия, например, прямо говорит, что без палестинского государства нормализации не будет»': the refusal in the quote after the colon goes to Astana, the country before the colon, not to Saudi Arabia inside the quote",
    ),
    (
        "ru/heldout25-kursiv-sosedi-perspektivy.txt",
        "heldout25-kursiv-sosedi-perspektivy.txt: missing ('AZ', 'declined') [(None, None)]",
        "'Баку увязывает любые новые форматы с окончательной отменой 907-й поправки': a condition on 'any new formats', no joining word; a cue for 'увязывает ... с' without one would read any linkage as a refusal",
    ),
    (
        "ru/heldout25-kursiv-sosedi-perspektivy.txt",
        "heldout25-kursiv-sosedi-perspektivy.txt: missing ('SA', 'declined') [(None, None)]",
        "the same quote after a colon: its refusal is given to Astana",
    ),
    (
        "ru/heldout25-tass-mid-astana.txt",
        "heldout25-tass-mid-astana.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Накануне президент США ... сообщил': 'накануне' (the day before) is no relative day the data lists; it is also 'on the eve of' before a genitive ('накануне визита'), which needs more than a data entry",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'это позиция ее МИД с сентября': the month after 'с' at the end of the dashed aside is not carried to the refusal before it",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: missing ('AZ', 'declined') [(None, None)]",
        "'Пока поправка действует, подписи не будет — так это формулируют мои собеседники в азербайджанском МИД': 'подписи не будет' (there will be no signature) with its country only in the speaker after the dash; as a cue it also read 'подписи не будет только от Ирана'",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Американцы давно обрабатывают Мавританию' (are working on): the colloquial verb of pressure is no modal",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: missing ('OM', 'prospective') [(None, None)]",
        "'Называют и Оман' (Oman is named too): a cue for being named also reads 'Катар называют и главным посредником' as a candidacy",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: missing ('SY', 'declined') [(None, None)]",
        "'Сирия тоже отказалась: ...': a bare 'отказалась' with no object is a refusal word, not a cue; as a cue ('тоже отказалась') it also reads 'также отказался комментировать'",
    ),
    (
        "ru/heldout29-izvestia-baku-interview.txt",
        "heldout29-izvestia-baku-interview.txt: missing ('MA', 'signed') [(None, None)]",
        "'Марокко тоже.' (Morocco too): an elliptic line with no date goes on with no step, as the sentence before tells a negated questioning, not a signing",
    ),
    (
        "ru/heldout29-rbc-pakistan-otkaz.txt",
        "heldout29-rbc-pakistan-otkaz.txt: date ('AE', 'signed') found [('2020-08-13', 'day')] expected [('2020-09-15', 'day')]",
        "'ОАЭ (о договоренности объявлено 13 августа 2020 года, подписана 15 сентября 2020 года)': two steps with their dates in one bracket; the first date goes to the signing (a line with several steps, as the ledger lines)",
    ),
    (
        "ru/heldout29-rbc-pakistan-otkaz.txt",
        "heldout29-rbc-pakistan-otkaz.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'В ноябре он объявил о решении Казахстана': 'объявил о решении' + a country's genitive, as a cue, also reads 'объявил о решении Саудовской Аравии заморозить нормализацию' as a joining",
    ),
    (
        "ru/heldout29-rbc-pakistan-otkaz.txt",
        "heldout29-rbc-pakistan-otkaz.txt: missing ('AE', 'announced') [('2020-08-13', 'day')]",
        "'о договоренности объявлено 13 августа 2020 года' inside the line's bracket: as an announcement cue it takes the line's only reading, and the signing beside it is lost",
    ),
    (
        "ru/heldout29-tengrinews-srok-podpisaniya.txt",
        "heldout29-tengrinews-srok-podpisaniya.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'– ОАЭ и Бахрейн – с сентября 2020 года;' in a list joined into one sentence after the colon: the dashes end the clause, so the date after the second dash is not given to the names",
    ),
    (
        "ru/heldout29-tengrinews-srok-podpisaniya.txt",
        "heldout29-tengrinews-srok-podpisaniya.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "the same dashed list line: 'с сентября 2020 года' after a dash is not given to Bahrain",
    ),
    (
        "ru/heldout29-tengrinews-srok-podpisaniya.txt",
        "heldout29-tengrinews-srok-podpisaniya.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the same dashed list: '– Марокко – с декабря 2020 года;' takes no date across its dash",
    ),
    (
        "ru/heldout29-tengrinews-srok-podpisaniya.txt",
        "heldout29-tengrinews-srok-podpisaniya.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01-06', 'day')]",
        "the same dashed list: Sudan's '– подписал декларацию 6 января 2021 года' is read as background, undated, as the whole list is one sentence",
    ),
    (
        "ru/heldout29-tengrinews-srok-podpisaniya.txt",
        "heldout29-tengrinews-srok-podpisaniya.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Эксперты также упоминают Узбекистан' (experts also mention): as a cue 'упоминают' also read 'Эксперты упоминают, что Казахстан присоединился' as a candidacy",
    ),
    (
        "ru/heldout31-bfm-islamabad-net.txt",
        "heldout31-bfm-islamabad-net.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the bullet list after 'Кто уже участвует в соглашениях:' is read as one sentence whose membership cue ('участвует') comes before the lines' own dates; the dates are not handed to the lines",
    ),
    (
        "ru/heldout31-bfm-islamabad-net.txt",
        "heldout31-bfm-islamabad-net.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the same bullet list: '• ОАЭ, Бахрейн — подписали 15 сентября 2020 года' loses its date to the heading's cue",
    ),
    (
        "ru/heldout31-bfm-islamabad-net.txt",
        "heldout31-bfm-islamabad-net.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "the same bullet list: '• Марокко — в декабре 2020 года' is read with the heading's undated membership",
    ),
    (
        "ru/heldout31-bfm-islamabad-net.txt",
        "heldout31-bfm-islamabad-net.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01', 'month')]",
        "the same bullet list: '• Судан — в январе 2021 года' is read with the heading's undated membership",
    ),
    (
        "ru/heldout31-bfm-islamabad-net.txt",
        "heldout31-bfm-islamabad-net.txt: missing ('PK', 'prospective') [(None, None)]",
        "'Вашингтон рассматривает Исламабад как одного из возможных новых участников соглашений' follows Pakistan's refusal: the candidacy is dropped in favour of the refusal read in the sentences before",
    ),
    (
        "ru/heldout31-kommersant-baku-priglashenie.txt",
        "heldout31-kommersant-baku-priglashenie.txt: date ('AE', 'signed') found [('2020-12', 'month')] expected [('2020-09', 'month'), (None, None)]",
        "'Первыми их подписали ОАЭ и Бахрейн, затем к ним присоединились Марокко (декабрь 2020-го)': the later step's bracketed month is taken by the first clause's subject",
    ),
    (
        "ru/heldout31-kommersant-baku-priglashenie.txt",
        "heldout31-kommersant-baku-priglashenie.txt: date ('BH', 'signed') found [('2020-12', 'month')] expected [('2020-09', 'month'), (None, None)]",
        "the same sentence: Morocco's bracketed month goes to Bahrain",
    ),
    (
        "ru/heldout31-kommersant-baku-priglashenie.txt",
        "heldout31-kommersant-baku-priglashenie.txt: unexpected ('ID', 'prospective') [(None, None)]",
        "'Другие возможные кандидаты настроены еще скептичнее: Индонезия и Пакистан ...': the list after the colon takes the 'possible candidates' of the clause before; the label keeps only their refusal",
    ),
    (
        "ru/heldout31-kommersant-baku-priglashenie.txt",
        "heldout31-kommersant-baku-priglashenie.txt: unexpected ('PK', 'prospective') [(None, None)]",
        "the same colon list: Pakistan is read as one of the 'possible candidates'",
    ),
    (
        "ru/heldout32-24kg-bishkek-format.txt",
        "heldout32-24kg-bishkek-format.txt: missing ('KG', 'declined') [(None, None), ('2025-11-14', 'day')]",
        "'Вопрос об участии в каких-либо многосторонних форматах такого рода в настоящее время не прорабатывается' names no country and not the accords: the ministry's subject is in the sentence before, inside the same quotation",
    ),
    (
        "ru/heldout32-ria-astana-sroki.txt",
        "heldout32-ria-astana-sroki.txt: missing ('KZ', 'negotiating') [('2026-03-12', 'day'), (None, None)]",
        "'Технические консультации с американскими и израильскими коллегами продолжаются' names neither Kazakhstan nor the accords: the talks are about the documents of the lead sentence",
    ),
    (
        "ru/heldout32-vedomosti-oborot.txt",
        "heldout32-vedomosti-oborot.txt: missing ('SA', 'prospective') [(None, None)]",
        "'саудовско-израильской нормализации, которую в Вашингтоне называют следующим логичным шагом': the country only in a compound adjective, which names no country",
    ),
    (
        "ru/heldout32-vesti-hargeisa-namerenie.txt",
        "heldout32-vesti-hargeisa-namerenie.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Главный приз — соглашение с Саудовской Аравией — по-прежнему недостижим': the prize named before a deal 'with' the country; a country after 'с' is no subject of the prize (also in English, Spanish, German, French)",
    ),
    (
        "ru/heldout33-azportal-baku-predlozhenie.txt",
        "heldout33-azportal-baku-predlozhenie.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'По словам Гаджиева, контакты ... по этой теме ведутся в рабочем порядке': contacts named with no country, whose speaker (an Azerbaijani official) was named in the sentences before",
    ),
    (
        "ru/heldout33-kzportal-zapros-deputata.txt",
        "heldout33-kzportal-zapros-deputata.txt: missing ('KZ', 'negotiating') [(None, None)]",
        "'Текст итогового документа находится на стадии согласования с американской стороной': a text being agreed, in a quote with no country, is no talks cue",
    ),
    (
        "ru/heldout33-weekly-arifmetika.txt",
        "heldout33-weekly-arifmetika.txt: date ('MA', 'signed') found [('2021-01', 'month')] expected [('2020-12', 'month')]",
        "'В декабре к ним примкнуло Марокко, в январе 2021 года – Судан': the bare month of the first member takes the year of the gapped member after it, not 2020 from the sentence before",
    ),
    (
        "ru/heldout33-weekly-arifmetika.txt",
        "heldout33-weekly-arifmetika.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'Единственным новым участником стал Казахстан: решение Астаны, объявленное в ноябре, ...': the month is in the clause after the colon, on 'решение Астаны', and not given to the joining before it",
    ),
    (
        "ru/heldout33-weekly-arifmetika.txt",
        "heldout33-weekly-arifmetika.txt: missing ('XS', 'prospective') [(None, None)]",
        "'Признав его 26 декабря, Израиль получил партнера, который сам просится в соглашения': the candidate is the object pronoun 'его' and 'партнера' before the relative, with no country named in the sentence",
    ),
    (
        "ru/heldout34-uzbek-burkhanov.txt",
        "heldout34-uzbek-burkhanov.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "'о решении войти в соглашения объявил соседний Казахстан, а ... Вашингтон рассчитывает привлечь в этот формат и другие государства региона': the drawing-in of 'other states' is read for Kazakhstan too",
    ),
    (
        "ru/heldout35-kazan-gazeta-islamskiy-mir.txt",
        "heldout35-kazan-gazeta-islamskiy-mir.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01', 'month')]",
        "'Самый громкий отказ прозвучал в конце января. Пакистан наотрез отказался ...': the month is told in the sentence before the refusal",
    ),
    (
        "ru/heldout35-kazan-gazeta-islamskiy-mir.txt",
        "heldout35-kazan-gazeta-islamskiy-mir.txt: date ('ID', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "'президент ... ещё в сентябре с трибуны ООН дал понять, что Индонезия готова признать Израиль лишь после ...': the month stands in the reporting clause before 'что', not in the refusal's",
    ),
    (
        "ru/heldout35-radio-izrail-baku-blizok.txt",
        "heldout35-radio-izrail-baku-blizok.txt: missing ('AZ', 'negotiating') [('2026-01-11', 'day')]",
        "'Баку и Вашингтон обсуждают этот вопрос «на высоком уровне»': talks on 'this question', the joining named only in the sentence before, are no accession talks the rules read",
    ),
    (
        "ru/heldout35-telegram-daidzhest-vostok.txt",
        "heldout35-telegram-daidzhest-vostok.txt: missing ('KZ', 'announced') [('2025-11-06', 'day')]",
        "'После объявления 6 ноября Астана так и не назначила дату подписания': the bare 'объявления' is no joining noun, and a signing date not yet set is no claim (round thirty-two's rule, kept: reading it as the announcement was tried and dropped)",
    ),
    (
        "ru/heldout35-telegram-daidzhest-vostok.txt",
        "heldout35-telegram-daidzhest-vostok.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'кроме Баку реальных кандидатов на горизонте не видно': a candidacy told by exception ('apart from Baku no real candidates') after a negated group",
    ),
    (
        "ru/heldout35-telegram-daidzhest-vostok.txt",
        "heldout35-telegram-daidzhest-vostok.txt: missing ('SD', 'signed') [('2021-01', 'month')]",
        "'Подписанные в январе 2021 года документы так и остались на бумаге' under the digest's flag heading for Sudan: a participle with no country in its sentence, the heading not carried as a subject",
    ),
    (
        "ru/heldout36-erevan-agentstvo-baku.txt",
        "heldout36-erevan-agentstvo-baku.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'Соглашения были заключены в сентябре 2020 года: тогда их подписали ...': the month is the accords' own, before the colon, and 'тогда' (then) after it is not read as pointing back to it",
    ),
    (
        "ru/heldout36-erevan-agentstvo-baku.txt",
        "heldout36-erevan-agentstvo-baku.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "as the UAE in the same sentence: the month before the colon is the accords', 'тогда' after it is not read as that month",
    ),
    (
        "ru/heldout37-dushanbe-agentstvo-mid.txt",
        "heldout37-dushanbe-agentstvo-mid.txt: date ('TJ', 'declined') found [('2026-09-14', 'day')] expected [(None, None)]",
        "the dateline's day opens the refusal's sentence ('Душанбе, 14 сентября 2026 г. — Таджикистан не планирует'); the label leaves the saying of a refusal undated",
    ),
    (
        "ru/heldout37-makhachkala-tv-vostokoved.txt",
        "heldout37-makhachkala-tv-vostokoved.txt: unexpected ('AZ', 'prospective') [(None, None)]",
        "'Востоковед Магомед Алиев: «Список кандидатов ...»': the interviewee's surname is the Azerbaijani president's ('Алиев'), read as a metonym for Azerbaijan beside 'кандидатов'; a leader's surname after another given name is not told apart",
    ),
    (
        "ru/heldout37-riga-portal-evropa-vzglyad.txt",
        "heldout37-riga-portal-evropa-vzglyad.txt: date ('SY', 'declined') found [(None, None)] expected [('2026-09', 'month')]",
        "'аш-Шараа в сентябре дал понять, что речь идёт только о ..., а к Авраамовым соглашениям Сирия не присоединится': the month is in the main clause, the refusal in the second clause of the reported speech after 'а'",
    ),
    (
        "ru/heldout37-riga-portal-evropa-vzglyad.txt",
        "heldout37-riga-portal-evropa-vzglyad.txt: date ('MA', 'signed') found [(None, None)] expected [('2020-12', 'month')]",
        "'затем к ним примкнули Судан и Марокко — последнее в декабре 2020 года': the month after the dash and 'последнее' (the latter) is not given to Morocco",
    ),
    (
        "ru/heldout38-izrail-sait-lenta-onlain.txt",
        "heldout38-izrail-sait-lenta-onlain.txt: missing ('SA', 'prospective') [(None, None)]",
        "'речь идёт прежде всего о Саудовской Аравии и Индонезии' (it is about ...) names the countries of the sentence before's unnamed joiners: 'речь идёт о' is no candidacy cue and the joining is in another sentence",
    ),
    (
        "ru/heldout38-izrail-sait-lenta-onlain.txt",
        "heldout38-izrail-sait-lenta-onlain.txt: missing ('ID', 'prospective') [(None, None)]",
        "as for Saudi Arabia: 'речь идёт о' points back to the sentence before's unnamed joiners",
    ),
    (
        "ru/heldout39-ru-kyrgyz-gosgazeta-bishkek.txt",
        "heldout39-ru-kyrgyz-gosgazeta-bishkek.txt: unexpected ('KZ', 'prospective') [(None, None)]",
        "the awaited ceremony called 'вопрос времени' (a matter of time) in Astana is read as a prospect, though Kazakhstan's joining is already announced",
    ),
    (
        "ru/heldout39-ru-peterburg-delovaya-gazeta-analiz.txt",
        "heldout39-ru-peterburg-delovaya-gazeta-analiz.txt: unexpected ('MA', 'announced') [('2020-12', 'month')]",
        "'о восстановлении отношений с Израилем договорилось Марокко' is read as the decision (announced); the label counts Morocco a member by its place in the 'who is already in' list",
    ),
    (
        "ru/heldout39-ru-peterburg-delovaya-gazeta-analiz.txt",
        "heldout39-ru-peterburg-delovaya-gazeta-analiz.txt: missing ('MA', 'signed') [('2020-12', 'month')]",
        "Morocco's place in the members' list ('Кто уже внутри') is told with 'agreed to restore relations', read as announced",
    ),
    (
        "ru/heldout39-ru-tbilisi-portal-baku-konsultatsii.txt",
        "heldout39-ru-tbilisi-portal-baku-konsultatsii.txt: unexpected ('GE', 'declined') [(None, None)]",
        "'вопрос о каком-либо присоединении ... в повестке ... не стоял' (was never on the agenda), the paper's statement of fact, is read as a refusal",
    ),
    (
        "ru/heldout4-sudan-zabytaya-voyna.txt",
        "heldout4-sudan-zabytaya-voyna.txt: date ('SD', 'suspended') found [(None, None)] expected [('2023-04', 'month')]",
        "the coup's year before 'но' is an event's now, but the halt's own 'с апреля 2023 года' (since April 2023, told before the fighting's 'когда' clause) is read as a period's start and not given to it",
    ),
    (
        "ru/heldout40-ru-belorusskiy-gostelekanal-sait-spravka.txt",
        "heldout40-ru-belorusskiy-gostelekanal-sait-spravka.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Следующим, по оценкам ряда экспертов, может стать Азербайджан': the fronted 'следующим' and 'может стать' are split by the inserted source between commas, and the country after the verb is not their subject",
    ),
    (
        "ru/heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt",
        "heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt: missing ('UZ', 'prospective') [(None, None)]",
        "'Слухи появились после того, как американский сенатор назвал Ташкент «естественным кандидатом»': the candidacy inside the time clause 'после того, как' is read as the precedent of the rumours, not as a claim",
    ),
    (
        "ru/heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt",
        "heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt: missing ('KG', 'prospective') [(None, None)]",
        "'Кыргызстан и Таджикистан ... получали аналогичные предложения': 'similar offers' point back to the senator's words with no joining word of their own",
    ),
    (
        "ru/heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt",
        "heldout40-ru-uzbek-delovoy-ezhenedelnik-tashkent-ne-na-povestke.txt: missing ('TJ', 'prospective') [(None, None)]",
        "the same 'получали аналогичные предложения' for Tajikistan",
    ),
    (
        "ru/heldout41-ru-tatarstan-informagentstvo-islamskiy-mir-reaktsii.txt",
        "heldout41-ru-tatarstan-informagentstvo-islamskiy-mir-reaktsii.txt: unexpected ('AZ', 'declined') [(None, None)]",
        "'не видит необходимости спешить' (no need to hurry) is read as 'не видит необходимости', a refusal; it is a hedge beside the 'изучает этот вопрос' candidacy",
    ),
    (
        "ru/heldout43-ru-rizhskoe-radio-rasshifrovka-efira.txt",
        "heldout43-ru-rizhskoe-radio-rasshifrovka-efira.txt: date ('KZ', 'announced') found [('2025-11', 'month')] expected [(None, None)]",
        "'объявил о присоединении в начале ноября' (early November, no year): the month is resolved against the transcript's date; the label leaves the span undated",
    ),
    (
        "ru/heldout43-ru-yerevanskiy-russkoyazychnyy-portal-baku-vashington.txt",
        "heldout43-ru-yerevanskiy-russkoyazychnyy-portal-baku-vashington.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'стороны обсуждали возможное присоединение республики к соглашениям': the talks' sides are 'стороны' and the country 'республики' (the republic), a common noun pointing back to Azerbaijan two sentences before",
    ),
    (
        "ru/heldout44-ru-ekspertnyy-klub-stenogramma-kruglogo-stola.txt",
        "heldout44-ru-ekspertnyy-klub-stenogramma-kruglogo-stola.txt: missing ('KZ', 'announced') [(None, None)]",
        "Kazakhstan's joining is only presupposed in the moderator's question 'Кто следующий после Казахстана?' (who is next after Kazakhstan?): no step word",
    ),
    (
        "ru/heldout45-ru-moskovskaya-delovaya-gazeta.txt",
        "heldout45-ru-moskovskaya-delovaya-gazeta.txt: unexpected ('AZ', 'announced') [(None, None)]",
        "'вступление в соглашения мало что изменит' (joining would change little): a joining told as the subject of a predicted consequence is read as Azerbaijan's decision, named after the colon",
    ),
    (
        "ru/heldout45-ru-moskovskaya-delovaya-gazeta.txt",
        "heldout45-ru-moskovskaya-delovaya-gazeta.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "the date is told after the colon ('о решении Астаны Дональд Трамп объявил в начале ноября'), in a second clause that restates the joining of the first",
    ),
    (
        "ru/heldout45-ru-moskovskaya-delovaya-gazeta.txt",
        "heldout45-ru-moskovskaya-delovaya-gazeta.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'Исходный же круг участников сложился в 2020 году — тогда ... оформили ОАЭ и Бахрейн': the year belongs to the clause before the dash and 'тогда' (then) does not carry it over",
    ),
    (
        "ru/heldout45-ru-moskovskaya-delovaya-gazeta.txt",
        "heldout45-ru-moskovskaya-delovaya-gazeta.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'Исходный же круг участников сложился в 2020 году — тогда ... оформили ОАЭ и Бахрейн': the year belongs to the clause before the dash and 'тогда' (then) does not carry it over",
    ),
    (
        "ru/heldout45-ru-moskovskaya-delovaya-gazeta.txt",
        "heldout45-ru-moskovskaya-delovaya-gazeta.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'сложился в 2020 году — тогда ... ОАЭ и Бахрейн, а затем Марокко': the year belongs to the clause before the dash and 'тогда' (then) does not carry it over",
    ),
    (
        "ru/heldout47-ru-moskovskoe-agentstvo-astana-sroki.txt",
        "heldout47-ru-moskovskoe-agentstvo-astana-sroki.txt: missing ('SA', 'suspended') [('2023-10', 'month')]",
        "'Переговоры о саудовско-израильском урегулировании, прервавшиеся ...': Saudi Arabia only in the compound adjective 'саудовско-израильском' inside the talks' genitive, with a participle for the halt",
    ),
    (
        "ru/heldout49-ru-almatinskiy-biznes-sayt-israil-tovarooborot-polgoda.txt",
        "heldout49-ru-almatinskiy-biznes-sayt-israil-tovarooborot-polgoda.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day is told with the decision as a genitive noun ('о решении Астаны 6 ноября прошлого года первым сообщил президент США'), which reads no step; the announcement comes from 'Семь месяцев назад Казахстан объявил', undated by rule",
    ),
    (
        "ru/heldout49-ru-almatinskiy-biznes-sayt-israil-tovarooborot-polgoda.txt",
        "heldout49-ru-almatinskiy-biznes-sayt-israil-tovarooborot-polgoda.txt: missing ('SA', 'prospective') [(None, None)]",
        "the candidacy is a quoted supposition with no joining word ('Если Эр-Рияд все-таки решится, это изменит всю картину'): 'decides' has no object naming the accords",
    ),
    (
        "ru/heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt",
        "heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt: missing ('MR', 'negotiating') [(None, None)]",
        "the talks are told of 'там' (there) after a comma ('Я бы также посмотрел на Мавританию, там, по моим данным, контакты идут'), bare 'контакты идут' with no topic word, which Russian reads as talks only with normalisation or accession named",
    ),
    (
        "ru/heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt",
        "heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt: missing ('SA', 'prospective') [(None, None)]",
        "a talk-show answer without verb or country ('Главный приз.') to the host's question 'А Саудовская Аравия?'; the country is in another speaker's question",
    ),
    (
        "ru/heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt",
        "heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt: missing ('ID', 'prospective') [(None, None)]",
        "the offer is told of 'Джакарте' with no joining named ('американцы, по сообщениям, предлагали Джакарте инвестиции'), after rumours ('Слухи ходили') whose subject is the host's question 'А Индонезия?'",
    ),
    (
        "ru/heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt",
        "heldout49-ru-teleshou-stenogramma-marokko-chetvertaya.txt: missing ('ID', 'declined') [(None, None)]",
        "the denial's object is a pronoun for the rumours of the sentence before ('МИД Индонезии их сразу опроверг'), so no plan or report of joining is denied in the sentence itself",
    ),
    (
        "ru/heldout51-ru-obzor-pressy-astana-vashington.txt",
        "heldout51-ru-obzor-pressy-astana-vashington.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day is in 'решение Астаны, о котором в четверг вечером объявил Дональд Трамп' (Thursday, resolved against the Friday dateline), but the step read is the next sentence's 'Казахстан присоединяется', which has no date",
    ),
    (
        "ru/heldout51-ru-press-reliz-logistika-dubay-hayfa.txt",
        "heldout51-ru-press-reliz-logistika-dubay-hayfa.txt: missing ('AE', 'ratified') [('2021-07', 'month')]",
        "'После открытия посольства ОАЭ в Тель-Авиве в июле прошлого года' inside a CEO's quote: an embassy's opening told as a noun in a time clause; the ratified cue reads 'открыло посольство', not the genitive noun phrase",
    ),
    (
        "ru/heldout51-ru-spravka-hronologiya-soglasheniy.txt",
        "heldout51-ru-spravka-hronologiya-soglasheniy.txt: missing ('SA', 'negotiating') [('2023-09', 'month')]",
        "'стороны «с каждым днём приближаются» к сделке' (the sides come closer every day): talks told as nearing a deal, with the country only in the speaker's title (the Saudi crown prince)",
    ),
    (
        "ru/heldout52-ru-kolonka-somaliland-ochered.txt",
        "heldout52-ru-kolonka-somaliland-ochered.txt: unexpected ('XS', 'declined') [(None, None)]",
        "'Моя ставка: Сомалиленд ... формально к соглашениям не присоединится': the columnist's forecast that a country will not join is read as its refusal, as every negated future joining is",
    ),
    (
        "ru/heldout52-ru-kolonka-somaliland-ochered.txt",
        "heldout52-ru-kolonka-somaliland-ochered.txt: missing ('MA', 'signed') [('2020', 'year')]",
        "'Марокко в том же году обменяло установление отношений на признание своего суверенитета': relations established in a trade, with 'в том же году' for the date, is no signing cue",
    ),
    (
        "ru/heldout52-ru-onlayn-translyatsiya-astana.txt",
        "heldout52-ru-onlayn-translyatsiya-astana.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the live blog's entries stand under day headers ('Четверг, 6 ноября') and bare times; the first entry read (the ministry's statement of 7 November) tells no day, and a day header is not carried to the entries below it",
    ),
    (
        "ru/heldout53-ru-itogi-goda-spisok.txt",
        "heldout53-ru-itogi-goda-spisok.txt: date ('SY', 'declined') found [(None, None)] expected [('2025-09', 'month')]",
        "a year-in-review entry headed by a month alone ('4. Сентябрь. Президент Сирии ...') is left undated: a month heading may tell an older event",
    ),
    (
        "ru/heldout53-ru-itogi-goda-spisok.txt",
        "heldout53-ru-itogi-goda-spisok.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2025-11', 'month')]",
        "a year-in-review entry headed by a month alone ('9. Ноябрь. Азербайджан ...') is left undated: a month heading may tell an older event",
    ),
    (
        "ru/heldout53-ru-telegram-kanal-lenta-postov.txt",
        "heldout53-ru-telegram-kanal-lenta-postov.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01-29', 'day')]",
        "a channel's day header ('29 января 2026' on a line of its own above the posts) reads as a dateline, dating nothing",
    ),
    (
        "ru/heldout53-ru-telegram-kanal-lenta-postov.txt",
        "heldout53-ru-telegram-kanal-lenta-postov.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "a verbless list item after a dash ('..., а в ноябре прошлого года — Казахстан') does not take the joining of the list before it",
    ),
    (
        "ru/heldout53-ru-telegram-kanal-lenta-postov.txt",
        "heldout53-ru-telegram-kanal-lenta-postov.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'саудовцы возобновили консультации с Вашингтоном о нормализации': resumed 'consultations' are not read as talks",
    ),
    (
        "ru/heldout6-astana-primknula.txt",
        "heldout6-astana-primknula.txt: date ('AE', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the day ('15 сентября 2020 года') is after a dash in the clause 'церемония прошла'; the signing verb before it keeps no date",
    ),
    (
        "ru/heldout6-astana-primknula.txt",
        "heldout6-astana-primknula.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "the day ('15 сентября 2020 года') is after a dash in the clause 'церемония прошла'; the signing verb before it keeps no date",
    ),
    (
        "ru/heldout6-astana-primknula.txt",
        "heldout6-astana-primknula.txt: date ('SD', 'signed') found [(None, None)] expected [('2021-01', 'month')]",
        "the list 'Марокко, установившее связи ... в декабре того же года, и Судан, чьи представители поставили подпись ... в январе 2021 года' takes one date, Morocco's, which its participle clause keeps from Sudan; Sudan's own month, in the clause after it, is not looked for (it used to take Morocco's December)",
    ),
    (
        "ru/heldout6-mbs-vashington.txt",
        "heldout6-mbs-vashington.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the interest is read from Trump's hope to see the kingdom among the members ('надеется увидеть ... среди участников'), a sentence with no date; the crown prince's own dated wish is a first-person quote whose speaker is named only after it",
    ),
    (
        "ru/heldout6-mbs-vashington.txt",
        "heldout6-mbs-vashington.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the visit's day is in the lead sentence; the precondition is told in later sentences",
    ),
    (
        "ru/heldout6-mbs-vashington.txt",
        "heldout6-mbs-vashington.txt: missing ('SA', 'suspended') [(None, None)]",
        "'поставили этот процесс на паузу' points back with 'этот процесс' to talks of a sentence that names no country",
    ),
    (
        "ru/heldout6-sudan-zamorozheno.txt",
        "heldout6-sudan-zamorozheno.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09', 'month')]",
        "'в тот же день' (on the same day) points back to the UAE's September 2020 in the sentence before",
    ),
    (
        "ru/heldout6-sudan-zamorozheno.txt",
        "heldout6-sudan-zamorozheno.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'на очереди, по слухам, Азербайджан' is a verbless clause after a joining; the bare 'на очереди' gives its step to the joiner before it",
    ),
    (
        "ru/heldout6-telegram-baku.txt",
        "heldout6-telegram-baku.txt: date ('AZ', 'negotiating') found [(None, None)] expected [('2026-01-11', 'day')]",
        "the day is in the report's lead sentence; the consultations are told in the next one",
    ),
    (
        "ru/heldout6-torgovlya-gaza.txt",
        "heldout6-torgovlya-gaza.txt: date ('AE', 'signed') found [('2020-08', 'month')] expected [('2020-09', 'month')]",
        "the August 2020 of establishing relations is taken for the signing, whose month is 'в сентябре того же года' in the second clause",
    ),
    (
        "ru/heldout7-centralnaya-aziya.txt",
        "heldout7-centralnaya-aziya.txt: missing ('UZ', 'negotiating') [(None, None)]",
        "'the consultations in question are under way' refers to the country of the sentence before",
    ),
    (
        "ru/heldout7-er-riyad-uslovie.txt",
        "heldout7-er-riyad-uslovie.txt: missing ('ID', 'declined') [(None, None)]",
        "linking recognition to Palestine's recognition: the country name inside the cue's tail stops the match",
    ),
    (
        "ru/heldout7-er-riyad-uslovie.txt",
        "heldout7-er-riyad-uslovie.txt: missing ('LY', 'declined') [(None, None)]",
        "Tripoli is not read as Libya (also a Lebanese city) and renouncing 'any contacts' is no refusal cue",
    ),
    (
        "ru/heldout7-er-riyad-uslovie.txt",
        "heldout7-er-riyad-uslovie.txt: missing ('KZ', 'announced') [('2025-11', 'month')]",
        "'new participant of the agreements' names them only as 'соглашений', the full name too far back for the topic",
    ),
    (
        "ru/heldout9-fergana-sosedi.txt",
        "heldout9-fergana-sosedi.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the day is in the next sentence ('Формальный шаг был сделан 6 ноября 2025 года'), which names no country",
    ),
    (
        "ru/heldout9-interfaks-akorda-nota.txt",
        "heldout9-interfaks-akorda-nota.txt: date ('KZ', 'announced') found [('2025-11-07', 'day')] expected [('2025-11-06', 'day')]",
        "the headline's joining takes the dateline's day; the note's day (6 November) is two sentences later",
    ),
    (
        "tr/heldout17-bbc-somaliland.txt",
        "heldout17-bbc-somaliland.txt: unexpected ('SA', 'negotiating') [(None, None)]",
        "'askıya alınan normalleşme görüşmelerinin yeniden başlaması için' (for the resumption of the suspended talks): the wished resumption is read as talks resumed",
    ),
    (
        "tr/heldout17-bbc-somaliland.txt",
        "heldout17-bbc-somaliland.txt: missing ('SA', 'suspended') [(None, None)]",
        "the halt is an attributive participle ('askıya alınan görüşmeler') in the clause of a wished resumption, which ends it",
    ),
    (
        "tr/heldout17-bbc-somaliland.txt",
        "heldout17-bbc-somaliland.txt: missing ('SA', 'declined') [(None, None)]",
        "a condition set for the talks' resumption ('... yeniden başlaması için Filistin devleti konusunda somut bir taahhüt istiyor') has no refusal or precondition word",
    ),
    (
        "tr/heldout2-endonezya-yalanladi.txt",
        "heldout2-endonezya-yalanladi.txt: missing ('MR', 'negotiating') [(None, None)]",
        "subject or cue outside what the rules reach (pronoun, another sentence, unlisted phrasing)",
    ),
    (
        "tr/heldout20-aa-riyad-normallesme.txt",
        "heldout20-aa-riyad-normallesme.txt: date ('SA', 'declined') found [(None, None)] expected [('2026-02-11', 'day')]",
        "the wire's day is in the byline ('11.02.2026 - 15:32') and the refusal is told with no day word ('söyledi'): a wire dateline 'RİYAD (AA) -' does not date the lead's step",
    ),
    (
        "tr/heldout20-aa-riyad-normallesme.txt",
        "heldout20-aa-riyad-normallesme.txt: unexpected ('SA', 'announced') [(None, None)]",
        "Trump's statement that 'ülkesinin \"yakında\" ... katılacağına ilişkin açıklaması' is asked about in a question to the Saudi minister: a possessive ('ülkesinin', his country) for Saudi Arabia and a nominalised future read as an announcement, not others' prediction",
    ),
    (
        "tr/heldout20-aa-riyad-normallesme.txt",
        "heldout20-aa-riyad-normallesme.txt: date ('SA', 'suspended') found [('2023-10-07', 'day')] expected [(None, None)]",
        "the halt is told 'after the war that began on 7 October 2023' ('7 Ekim 2023'te Gazze'de başlayan savaşın ardından askıya alınmıştı'): the war's day is taken for the halt's",
    ),
    (
        "tr/heldout20-aa-riyad-normallesme.txt",
        "heldout20-aa-riyad-normallesme.txt: date ('SD', 'suspended') found [('2023', 'year')] expected [(None, None)]",
        "'2023'ten bu yana süren iç savaş nedeniyle': the year is the war's, lasting since 2023 (a participle between the date and the war's noun), yet the halt in Sudan takes it",
    ),
    (
        "tr/heldout20-aa-riyad-normallesme.txt",
        "heldout20-aa-riyad-normallesme.txt: missing ('SA', 'prospective') [(None, None)]",
        "Trump's prediction is only in the standfirst's quote ('\"Suudi Arabistan yakında katılacak\" sözlerine yanıt verdi') and a nominalised question in the lead (read as an announcement)",
    ),
    (
        "tr/heldout20-sabah-besinci-yil.txt",
        "heldout20-sabah-besinci-yil.txt: date ('MA', 'signed') found [('2020', 'year'), ('2020-12-10', 'day')] expected [('2020-12-22', 'day')]",
        "'ortak deklarasyon ise 22 Aralık'ta Rabat'ta imzalandı': the signing's day is in a passive clause whose subject is the declaration, with Rabat as its place; the sentence's first date (the announcement's) is taken",
    ),
    (
        "tr/heldout20-sabah-besinci-yil.txt",
        "heldout20-sabah-besinci-yil.txt: missing ('MA', 'announced') [('2020-12-10', 'day')]",
        "the announcement is a passive whose subject is 'Rabat'ın kararı' (Rabat's decision) with a long instrumental before 'duyuruldu': the decision noun in the genitive is not read as a step's owner",
    ),
    (
        "tr/heldout20-sabah-besinci-yil.txt",
        "heldout20-sabah-besinci-yil.txt: missing ('BH', 'suspended') [('2023-11', 'month')]",
        "the halt is told by Bahrain's parliament ('Bahreyn Temsilciler Meclisi') with 'İsrail büyükelçisinin' (Israel's ambassador) nearer the cue: Israel takes it and no claim is made",
    ),
    (
        "tr/heldout20-sabah-besinci-yil.txt",
        "heldout20-sabah-besinci-yil.txt: missing ('SA', 'negotiating') [(None, None)]",
        "talks said to have reached 'son aşama' (final stage) are told in a participle inside the halt's subject ('\"son aşamaya geldiği\" konuşulan ... müzakereleri ise ... rafa kalktı'): the halt wins and the talks give no second claim",
    ),
    (
        "tr/heldout23-bbcturkce-somaliland.txt",
        "heldout23-bbcturkce-somaliland.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "the year is inside the participle phrase '2020'de imzalanan anlaşmalarla' before the list, read as the agreements' date, not the countries'",
    ),
    (
        "tr/heldout23-bbcturkce-somaliland.txt",
        "heldout23-bbcturkce-somaliland.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "as for the UAE: the year in the participle phrase before the list",
    ),
    (
        "tr/heldout23-bbcturkce-somaliland.txt",
        "heldout23-bbcturkce-somaliland.txt: date ('MA', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "as for the UAE: the year in the participle phrase before the list",
    ),
    (
        "tr/heldout23-hurriyet-riyad-masada.txt",
        "heldout23-hurriyet-riyad-masada.txt: date ('SA', 'negotiating') found [(None, None)] expected [('2026-04', 'month')]",
        "the month is in the next sentence ('Suudi heyeti geçen ay Washington'da ... görüştü'), whose meeting verb is no talks cue; the talks are read undated from the standfirst",
    ),
    (
        "tr/heldout23-hurriyet-riyad-masada.txt",
        "heldout23-hurriyet-riyad-masada.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Washington'ın listesinde Suudi Arabistan'ın yanı sıra Umman'ın da adı geçiyor': the country before 'yanı sıra' (besides) is not joined to the list",
    ),
    (
        "tr/heldout25-aa-baku-astana.txt",
        "heldout25-aa-baku-astana.txt: date ('AZ', 'prospective') found [(None, None)] expected [('2026-01-11', 'day')]",
        "'Beyaz Saray'ın 11 Ocak'ta Azerbaycan'a benzer bir teklifte bulunmasının': the day sits in a verbal-noun clause joined by 've' to another country's step",
    ),
    (
        "tr/heldout25-aa-baku-astana.txt",
        "heldout25-aa-baku-astana.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11', 'month')]",
        "'Kasım ayındaki Beyaz Saray ziyaretinde': a month in an attributive phrase ('-daki') before the visit is not read as the statement's date",
    ),
    (
        "tr/heldout25-aa-baku-astana.txt",
        "heldout25-aa-baku-astana.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11', 'month')]",
        "'Kasım ayındaki Beyaz Saray ziyaretinde': a month in an attributive phrase ('-daki') before the visit is not read as the statement's date",
    ),
    (
        "tr/heldout25-karar-siradakiler.txt",
        "heldout25-karar-siradakiler.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "'Bakü'nün ... Washington'la metin üzerinde çalışmaya başladığı kulislere yansıdı': working on a text with Washington is no talks cue",
    ),
    (
        "tr/heldout25-karar-siradakiler.txt",
        "heldout25-karar-siradakiler.txt: missing ('SA', 'negotiating') [(None, None)]",
        "'Riyad ile Tel Aviv arasında ... dolaylı temasların sürdüğü iddia edildi': a verbal noun of contacts is not a talks cue (adding it read Turkey–Iraq contacts as talks)",
    ),
    (
        "tr/heldout25-karar-siradakiler.txt",
        "heldout25-karar-siradakiler.txt: missing ('ID', 'prospective') [(None, None)]",
        "a numbered list item ('5. Endonezya.') put on a columnist's list with no verb of candidacy",
    ),
    (
        "tr/heldout29-cumhuriyet-riyad-sart.txt",
        "heldout29-cumhuriyet-riyad-sart.txt: date ('SA', 'prospective') found [('2025-11-19', 'day')] expected [('2025-11-18', 'day')]",
        "the repeated lead (no date, the publication day) is read first; the day ('dün Oval Ofis'te') is in the next paragraph's sentence",
    ),
    (
        "tr/heldout29-cumhuriyet-riyad-sart.txt",
        "heldout29-cumhuriyet-riyad-sart.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'Kazakistan'ın bu ayın başında ... açıklamasından yalnızca iki hafta sonra': 'bu ayın başında' (early this month) is not read as the publication month",
    ),
    (
        "tr/heldout29-dw-somaliland-sorular.txt",
        "heldout29-dw-somaliland-sorular.txt: date ('XS', 'prospective') found [(None, None)] expected [('2025-12-26', 'day')]",
        "'İrro, tanımanın açıklandığı gün yaptığı konuşmada': 'the day the recognition was announced' refers to the date of the paragraph before",
    ),
    (
        "tr/heldout29-dw-somaliland-sorular.txt",
        "heldout29-dw-somaliland-sorular.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'... Kasım 2025'te gelmişti: Kazakistan, anlaşmalara katılacağını o ay duyurdu': 'o ay' (that month) after a month named before the colon is not read",
    ),
    (
        "tr/heldout29-trthaber-astana-katilim.txt",
        "heldout29-trthaber-astana-katilim.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "the joining is read from Trump's quote; the day ('perşembe günü') is in the sentence before it",
    ),
    (
        "tr/heldout29-yenisafak-cakarta-sart.txt",
        "heldout29-yenisafak-cakarta-sart.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01', 'month')]",
        "'Pakistan'ın ocak ayının son haftasında yaptığı açıklama': 'the last week of January' is not read as the month (only 'ocak sonunda' is)",
    ),
    (
        "tr/heldout32-sabah-riyad-veliaht.txt",
        "heldout32-sabah-riyad-veliaht.txt: date ('SA', 'declined') found [(None, None)] expected [('2025-11-18', 'day')]",
        "'salı günü Beyaz Saray'da ... bir araya geldi' dates the meeting in the sentence before; the quote's sentence, whose speaker is the title 'Veliaht Prens', has no date of its own",
    ),
    (
        "tr/heldout32-sabah-riyad-veliaht.txt",
        "heldout32-sabah-riyad-veliaht.txt: date ('SA', 'prospective') found [(None, None)] expected [('2025-11-18', 'day')]",
        "the same: the meeting's 'salı günü' is in the sentence before the crown prince's quote",
    ),
    (
        "tr/heldout32e-business-kazakistan-ticaret.txt",
        "heldout32e-business-kazakistan-ticaret.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Suudi Arabistan'ın olası katılımıyla': the possible accession is read only in a sentence naming the accords (a tournament's 'olası katılım' is not), and this one names none",
    ),
    (
        "tr/heldout32e-kurdish-sam-sara.txt",
        "heldout32e-kurdish-sam-sara.txt: missing ('LB', 'prospective') [('2025', 'year')]",
        "'Suriye ile Lübnan'ın ... katılabileceğini': 'ile' between two countries is read as 'with' (a counterpart), not as a list",
    ),
    (
        "tr/heldout34-laik-kose.txt",
        "heldout34-laik-kose.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11', 'month')]",
        "'bu ayın başında' (early this month) is not read as the publication month (as in heldout29-cumhuriyet-riyad-sart)",
    ),
    (
        "tr/heldout34-laik-kose.txt",
        "heldout34-laik-kose.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Washington'ın gözü Azerbaycan'da' (Washington's eye is on Azerbaijan): the eye told with a locative suffix on the country is no candidacy cue (the English, German, French and Spanish 'eye on' are)",
    ),
    (
        "tr/heldout35-bakuajans-907-sart.txt",
        "heldout35-bakuajans-907-sart.txt: missing ('AZ', 'declined') [(None, None)]",
        "a precondition as a noun in quotes ('kaldırmasının \"ön koşul\" olduğunu vurguladı') for a joining told by 'olası bir katılım için', the country only in the sentence before ('ülkesinin')",
    ),
    (
        "tr/heldout35-bakuajans-907-sart.txt",
        "heldout35-bakuajans-907-sart.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "reported talks ('görüşmelerin sürdüğü yönündeki haberlere') whose country is only the speaker's (Hacıyev, named with no country) with a founder after 'ile'",
    ),
    (
        "tr/heldout37-avrupa-gazete-frankfurt.txt",
        "heldout37-avrupa-gazete-frankfurt.txt: date ('PK', 'declined') found [(None, None)] expected [('2026-01', 'month')]",
        "the month is in the sentence before ('İslamabad hükümetinin ocak ayında yaptığı açıklamayı'); the refusal is told in the next one ('o açıklamada', in that statement) with no date of its own",
    ),
    (
        "tr/heldout37-avrupa-gazete-frankfurt.txt",
        "heldout37-avrupa-gazete-frankfurt.txt: missing ('SD', 'suspended') [(None, None)]",
        "'ülkedeki iç savaş nedeniyle ilişkilerin fiilen işlemediğini': ties that 'do not work in practice' are no halt word (frozen or suspended ones are)",
    ),
    (
        "tr/heldout37-konya-yerel-panel.txt",
        "heldout37-konya-yerel-panel.txt: unexpected ('TR', 'declined') [('2024', 'year')]",
        "'Türkiye'nin bu anlaşmalarda yer alması söz konusu değil' is an academic's view of Turkey, read as the country's own refusal (the parser knows no speaker who is not the state) and dated by the trade halt's year in the clause before",
    ),
    (
        "tr/heldout40-tr-azeri-site-turkiye-turkcesi-baku-yalanlama.txt",
        "heldout40-tr-azeri-site-turkiye-turkcesi-baku-yalanlama.txt: unexpected ('KZ', 'ratified') [(None, None)]",
        "'Astana da kararı aynı gün onaylamıştı': 'onayladı' is both 'approved' (ratified) and 'confirmed'; a government confirming its decision the same day is read as a ratification",
    ),
    (
        "tr/heldout42-tr-ankara-haber-sitesi-diplomasi-ozeti.txt",
        "heldout42-tr-ankara-haber-sitesi-diplomasi-ozeti.txt: date ('AZ', 'prospective') found [('2026-01-20', 'day')] expected [(None, None)]",
        "the US courting of Baku is untimed; the parser dated it with the dateline day (the contacts were 'geçen hafta', a range)",
    ),
    (
        "tr/heldout43-tr-haftalik-e-bulten-ortadogu.txt",
        "heldout43-tr-haftalik-e-bulten-ortadogu.txt: date ('XS', 'prospective') found [('2025-12', 'month')] expected [(None, None)]",
        "'geçen ay, 26 Aralık 2025'te ... tanımasının ardından': the wish told after the recognition takes the recognition's month from 'geçen ay' (last month), where a wish after it keeps no date",
    ),
    (
        "tr/heldout44-tr-ihracatci-birligi-sektor-notu.txt",
        "heldout44-tr-ihracatci-birligi-sektor-notu.txt: unexpected ('KZ', 'signed') [('2025-11-06', 'day')]",
        "'İsrail ile ilişkilerini normalleştiren ülkeler grubuna katılacak' with a day in the sentence: the participle 'normalleştiren' inside the group joined is read as Kazakhstan's dated signing, over the future 'katılacak'",
    ),
    (
        "tr/heldout44-tr-ihracatci-birligi-sektor-notu.txt",
        "heldout44-tr-ihracatci-birligi-sektor-notu.txt: missing ('KZ', 'announced') [('2025-11-06', 'day')]",
        "the same sentence: the signing read from the group's participle displaces the joining to come",
    ),
    (
        "tr/heldout44-tr-ihracatci-birligi-sektor-notu.txt",
        "heldout44-tr-ihracatci-birligi-sektor-notu.txt: missing ('AZ', 'prospective') [(None, None)]",
        "'Azerbaycan'ın da sırada olduğu konuşuluyor' (it is said to be next in line): 'sırada' with a hearsay verb is no candidacy phrase",
    ),
    (
        "tr/heldout44-tr-kibris-gazetesi-ajans-derlemesi.txt",
        "heldout44-tr-kibris-gazetesi-ajans-derlemesi.txt: date ('AE', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'2020'de Birleşik Arap Emirlikleri ve Bahreyn'in imzaladığı anlaşmalara ... Fas ile Sudan da katılmıştı': the year inside the participle clause is not given to its subjects, read as undated background members",
    ),
    (
        "tr/heldout44-tr-kibris-gazetesi-ajans-derlemesi.txt",
        "heldout44-tr-kibris-gazetesi-ajans-derlemesi.txt: date ('BH', 'signed') found [(None, None)] expected [('2020', 'year')]",
        "'2020'de Birleşik Arap Emirlikleri ve Bahreyn'in imzaladığı anlaşmalara ... Fas ile Sudan da katılmıştı': the year inside the participle clause is not given to its subjects, read as undated background members",
    ),
    (
        "tr/heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt",
        "heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt: date ('AE', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'2020 yılında ... imzalanan anlaşmalar çerçevesinde ... normalleştirdi': the year of the participle describing the accords is taken for the members' own (the participle rule is not read in verb-final Turkish)",
    ),
    (
        "tr/heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt",
        "heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt: date ('BH', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'2020 yılında ... imzalanan anlaşmalar çerçevesinde ... normalleştirdi': the year of the participle describing the accords is taken for the members' own (the participle rule is not read in verb-final Turkish)",
    ),
    (
        "tr/heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt",
        "heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt: date ('MA', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'2020 yılında ... imzalanan anlaşmalar çerçevesinde ... normalleştirdi': the year of the participle describing the accords is taken for the members' own (the participle rule is not read in verb-final Turkish)",
    ),
    (
        "tr/heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt",
        "heldout45-tr-avrupa-gazetesi-somaliland-frankfurt.txt: date ('SD', 'signed') found [('2020', 'year')] expected [(None, None)]",
        "'2020 yılında ... imzalanan anlaşmalar çerçevesinde ... normalleştirdi': the year of the participle describing the accords is taken for the members' own (the participle rule is not read in verb-final Turkish)",
    ),
    (
        "tr/heldout45-tr-muhalefet-gazetesi-kose-astana.txt",
        "heldout45-tr-muhalefet-gazetesi-kose-astana.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "'Geçen perşembe gecesi Beyaz Saray'dan gelen haber' dates the news in the sentence before the announcement's own",
    ),
    (
        "tr/heldout47-tr-kose-yazisi-bekleme-odasi.txt",
        "heldout47-tr-kose-yazisi-bekleme-odasi.txt: missing ('SA', 'prospective') [(None, None)]",
        "'Trump, Riyad'ın \"er ya da geç\" geleceğine inandığını': 'will come sooner or later' with no joining word",
    ),
    (
        "tr/heldout47-tr-kose-yazisi-bekleme-odasi.txt",
        "heldout47-tr-kose-yazisi-bekleme-odasi.txt: missing ('MA', 'signed') [(None, None)]",
        "'Peki içeridekiler ne durumda? ... Fas ilişkilerini sessizce sürdürüyor': membership told only by the question 'those inside' before it",
    ),
    (
        "tr/heldout47-tr-kose-yazisi-bekleme-odasi.txt",
        "heldout47-tr-kose-yazisi-bekleme-odasi.txt: missing ('SD', 'signed') [(None, None)]",
        "'Sudan ise iç savaşın gölgesinde süreci fiilen askıya aldı': membership implied by 'those inside' before; the halt is read",
    ),
    (
        "tr/heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt",
        "heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt: unexpected ('SA', 'prospective') [('2023-09-20', 'day')]",
        "'İsrail ile normalleşmeye \"her gün daha da yaklaştıklarını\" söyledi': 'closer to normalisation' is a candidacy cue in every language; said by the Crown Prince of talks under way it is the talks the label keeps",
    ),
    (
        "tr/heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt",
        "heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt: date ('AE', 'signed') found [('2020', 'year')] expected [('2020-09-15', 'day')]",
        "the fact box's 'İmza: 15 Eylül 2020, Beyaz Saray' and 'İlk taraflar: İsrail, BAE, Bahreyn' are two lines; the day is not carried to the parties' line, the year in the body is taken",
    ),
    (
        "tr/heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt",
        "heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt: unexpected ('AE', 'ratified') [('2022-04', 'month')]",
        "'İki ülke arasındaki Kapsamlı Ekonomik Ortaklık Anlaşması (CEPA) Mayıs 2022'de imzalanmış, bu yılın nisan ayında yürürlüğe girmişti': the trade agreement's name is beyond the off-topic reach of the second verb, and 'the two countries' gives the UAE",
    ),
    (
        "tr/heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt",
        "heldout49-tr-ekonomi-gazetesi-korfez-ticaret.txt: date ('BH', 'signed') found [(None, None)] expected [('2020-09-15', 'day')]",
        "as the UAE: the fact box's day line is not carried to the parties' line",
    ),
    (
        "tr/heldout49-tr-hukumete-yakin-gazete-kose-hartum.txt",
        "heldout49-tr-hukumete-yakin-gazete-kose-hartum.txt: date ('SD', 'announced') found [(None, None)] expected [('2020-10', 'month')]",
        "'ekim ayında Beyaz Saray'dan yapılan duyurunun devamı. O gün Trump ... ilan etmiş': the month is in the sentence before, 'that day' names no date",
    ),
    (
        "tr/heldout49-tr-hukumete-yakin-gazete-kose-hartum.txt",
        "heldout49-tr-hukumete-yakin-gazete-kose-hartum.txt: missing ('MR', 'prospective') [(None, None)]",
        "'Bazı İsrail basın organlarına göre Moritanya da listede.': the verbless 'is also on the list'; read bare it turned 'listede değil' into a refusal, so left",
    ),
    (
        "tr/heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt",
        "heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt: date ('MA', 'announced') found [(None, None)] expected [('2020-12-10', 'day')]",
        "a timeline entry's date before a colon ('10 Aralık 2020: Fas'ın katılımı duyuruldu') stands outside the clause of the passive announcement",
    ),
    (
        "tr/heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt",
        "heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt: missing ('MA', 'signed') [('2020-12-22', 'day')]",
        "the signing told in the second half of a timeline entry after a semicolon ('22 Aralık'ta Rabat'ta ortak bildiri imzalandı') has no subject of its own: Rabat is read as the place of the signing, not as Morocco",
    ),
    (
        "tr/heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt",
        "heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt: missing ('SD', 'suspended') [('2023-04', 'month')]",
        "the civil war is the subject of the suspension ('iç savaş, İsrail ile normalleşme sürecini fiilen askıya aldı') and Sudan is named only in the sentence before",
    ),
    (
        "tr/heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt",
        "heldout51-tr-ansiklopedi-sitesi-maddesi-kronoloji.txt: missing ('SA', 'prospective') [(None, None)]",
        "a candidacy told as 'Washington'ın en çok istediği ülke Suudi Arabistan'dır' (the country Washington wants most): a superlative relative, no prospective cue",
    ),
    (
        "tr/heldout51-tr-haber-sitesi-canli-blog-c5-zirvesi.txt",
        "heldout51-tr-haber-sitesi-canli-blog-c5-zirvesi.txt: date ('KZ', 'announced') found [(None, None)] expected [('2025-11-06', 'day')]",
        "a live blog entry's time stamp ('23:58') under the page's update line is the only anchor of the day; the entry's own sentence has no date",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: unexpected ('UZ', 'announced') [(None, None)]",
        "'Yemeğe Özbekistan, Kırgızistan, Tacikistan ve Türkmenistan liderleri de katılıyor': the dative gathering stands further than the off-topic reach before the verb across a four-country list, so 'katılıyor' reads as joining the accords named in the entry before",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: unexpected ('KG', 'announced') [(None, None)]",
        "'Yemeğe Özbekistan, Kırgızistan, Tacikistan ve Türkmenistan liderleri de katılıyor': the dative gathering stands further than the off-topic reach before the verb across a four-country list, so 'katılıyor' reads as joining the accords named in the entry before",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: unexpected ('TJ', 'announced') [(None, None)]",
        "'Yemeğe Özbekistan, Kırgızistan, Tacikistan ve Türkmenistan liderleri de katılıyor': the dative gathering stands further than the off-topic reach before the verb across a four-country list, so 'katılıyor' reads as joining the accords named in the entry before",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: unexpected ('TM', 'announced') [(None, None)]",
        "'Yemeğe Özbekistan, Kırgızistan, Tacikistan ve Türkmenistan liderleri de katılıyor': the dative gathering stands further than the off-topic reach before the verb across a four-country list, so 'katılıyor' reads as joining the accords named in the entry before",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: date ('KZ', 'announced') found [('2025-11-07', 'day')] expected [('2025-11-06', 'day')]",
        "the announcement is taken from the 21:10 entry's expected announcement 'bu akşam', resolved against the page's update day (7 November) rather than the entry's own header ('6 Kasım')",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: missing ('KZ', 'negotiating') [(None, None)]",
        "'Bir ABD'li yetkili, müzakerelerin \"son aşamada\" olduğunu söyledi': talks in their final stage with the country named only in the sentence before",
    ),
    (
        "tr/heldout52-canli-blog-astana-katilim.txt",
        "heldout52-canli-blog-astana-katilim.txt: missing ('SA', 'declined') [(None, None)]",
        "'Suudi Arabistan'dan İsrail'e şart: Önce Filistin devleti': a related link's verbless headline (a condition from Saudi Arabia) has no refusal cue",
    ),
    (
        "tr/heldout52-kose-yazisi-normallesme-treni.txt",
        "heldout52-kose-yazisi-normallesme-treni.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        "'Muhammed bin Selman ise ... çizgisini tekrarladı: ... normalleşme masasına oturmayacak': the refusal after the colon is the idiom 'will not sit at the normalisation table', no refusal cue",
    ),
    (
        "tr/heldout52-kose-yazisi-normallesme-treni.txt",
        "heldout52-kose-yazisi-normallesme-treni.txt: missing ('SD', 'suspended') [(None, None)]",
        "'iç savaş, Sudan'ın süreçle bağını fiilen kopardı': the war as subject cutting Sudan's tie to the process is no halt cue",
    ),
    (
        "tr/heldout53-tr-foto-galeri-altyazilar-abudabi.txt",
        "heldout53-tr-foto-galeri-altyazilar-abudabi.txt: date ('XS', 'prospective') found [('2025-12-27', 'day')] expected [(None, None)]",
        "the caption's day (27 December 2025) dates 'Somaliland yönetimi o günden bu yana ... katılmak istediğini tekrarlıyor', but 'o günden bu yana' (since that day) is a span, undated by the labelling rules",
    ),
    (
        "tr/heldout53-tr-foto-galeri-altyazilar-abudabi.txt",
        "heldout53-tr-foto-galeri-altyazilar-abudabi.txt: missing ('SD', 'suspended') [(None, None)]",
        "a halt told as a war freezing the process ('iç savaş, Hartum ile Tel Aviv arasındaki süreci fiilen dondurdu'): the capitals as a pair of counterparts leave the halt with no owner",
    ),
    (
        "tr/heldout53-tr-foto-galeri-altyazilar-abudabi.txt",
        "heldout53-tr-foto-galeri-altyazilar-abudabi.txt: missing ('AE', 'ratified') [('2021-06', 'month')]",
        "an embassy opened told of Israel's embassy in the UAE ('İsrail'in BAE'deki büyükelçiliği ... açıldı'): the locative genitive 'BAE'deki' is not taken as the country whose ties came into force",
    ),
    (
        "tr/heldout53-tr-foto-galeri-altyazilar-abudabi.txt",
        "heldout53-tr-foto-galeri-altyazilar-abudabi.txt: missing ('SA', 'prospective') [('2025-11', 'month')]",
        "the crown prince's wish is a quotation ('\"Anlaşmalara katılmak istiyoruz\" dedi') whose subject is the speaker named in the sentence before; the condition after 'ancak' in the same sentence is not read either",
    ),
    (
        "tr/heldout53-tr-foto-galeri-altyazilar-abudabi.txt",
        "heldout53-tr-foto-galeri-altyazilar-abudabi.txt: missing ('SA', 'declined') [('2025-11', 'month')]",
        "the condition 'Filistin devletine giden net bir yol olmadan bu adımın atılmayacağını' refers to the quoted step by 'bu adım' (this step), with the prince named in the sentence before",
    ),
    (
        "tr/heldout53-tr-meclis-tutanak-haberi-ankara.txt",
        "heldout53-tr-meclis-tutanak-haberi-ankara.txt: date ('SA', 'declined') found [('2026-02-12', 'day')] expected [(None, None)]",
        "'Suudi yönetimi bugün de ... ön şart olarak koşuyor': 'bugün de' (still today) is read as the page's day",
    ),
    (
        "tr/heldout7-siradaki-aday.txt",
        "heldout7-siradaki-aday.txt: unexpected ('SD', 'signed') [(None, None)]",
        "Sudan named alone beside 'the accords' fragility' is read as a background member; the article does not say it signed",
    ),
    (
        "tr/heldout7-siradaki-aday.txt",
        "heldout7-siradaki-aday.txt: missing ('AZ', 'negotiating') [(None, None)]",
        "contacts 'said to be progressing' (temasların ilerlediği) with the country before 'ile': no talks cue",
    ),
    (
        "tr/heldout7-siradaki-aday.txt",
        "heldout7-siradaki-aday.txt: missing ('SA', 'prospective') [(None, None)]",
        "'will sit at the table' (masaya oturacağını) is no joining cue",
    ),
    (
        "tr/heldout9-sam-beyrut.txt",
        "heldout9-sam-beyrut.txt: date ('SY', 'declined') found [('2024-12-08', 'day')] expected [(None, None)]",
        "the date of the occupation the precondition names ('8 Aralık 2024'ten bu yana') is taken for the refusal",
    ),
    (
        "tr/heldout9-sam-beyrut.txt",
        "heldout9-sam-beyrut.txt: date ('SA', 'suspended') found [('2023-10', 'month')] expected [(None, None)]",
        "'since the Gaza war that began in October 2023': the war's date is taken for the halt",
    ),
]


@pytest.fixture(scope="module")
def scores():
    return score(ARTICLES)


def test_every_supported_language_has_at_least_six_golden_articles():
    counts = {}
    for case in load_cases(ARTICLES):
        counts[case.language] = counts.get(case.language, 0) + 1
    assert {
        code: counts.get(code, 0) for code in SUPPORTED_LANGUAGES if counts.get(code, 0) < 6
    } == {}


def test_golden_articles_are_150_to_700_words():
    lengths = {case.path.name: len(case.text.split()) for case in load_cases(ARTICLES)}
    assert {name: n for name, n in lengths.items() if not 150 <= n <= 700} == {}


@pytest.mark.parametrize(
    "case", load_cases(ARTICLES), ids=lambda case: f"{case.language}/{case.path.name}"
)
def test_each_article_is_exact_but_for_its_known_misses(case):
    name = f"{case.language}/{case.path.name}"
    known = sorted(error for article, error, _ in KNOWN_MISSES if article == name)
    assert sorted(score_case(case).errors) == known


def test_known_misses_name_real_articles_and_give_reasons():
    names = {f"{case.language}/{case.path.name}" for case in load_cases(ARTICLES)}
    assert {article for article, _, _ in KNOWN_MISSES} <= names
    assert all(reason.strip() for _, _, reason in KNOWN_MISSES)


def test_overall_f1_stays_above_the_goal(scores):
    assert scores["overall"].f1 >= OVERALL_F1, scores["overall"].errors


def test_language_detection_recognises_the_golden_articles(scores):
    overall = scores["overall"]
    assert overall.detected_right / overall.articles >= 0.95
