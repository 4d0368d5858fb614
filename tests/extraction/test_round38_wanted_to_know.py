"""Round thirty-eight, a question put by others and reported as what they "wanted to know"
(deputies asking how the government assesses the prospects of a country joining): an indirect
question, no claim for the countries in it ("wanted to know how", "voulaient savoir comment",
"hatten wissen wollen, wie", "querían saber cómo", "хотели узнать, как", "nasıl
değerlendirdiğini sordu", "أرادوا معرفة كيف", "خواستار اطلاع از این شدند", "ביקשו לדעת כיצד",
"ingin mengetahui bagaimana", "қалай бағалайтынын сұрады"; `questions`). Near misses: a
candidacy told in the next sentence, or told outright, stays prospective. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. The deputies wanted to know how the government assesses the prospects of Lebanon and Syria joining the accords.",
            set(),
        ),
        (
            "The Abraham Accords. The deputies wanted to know how the government assesses Lebanon. Officials said Lebanon could join the accords.",
            {("LB", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les députés voulaient savoir comment le gouvernement évalue les perspectives d'une adhésion du Liban et de la Syrie.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le Liban pourrait rejoindre les accords, selon les députés.",
            {("LB", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Fragesteller hatten wissen wollen, wie die Bundesregierung die Aussichten eines Beitritts des Libanon und Syriens bewertet.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Der Libanon könnte den Abkommen beitreten, sagten die Abgeordneten.",
            {("LB", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Los diputados querían saber cómo valora el Gobierno las perspectivas de una adhesión del Líbano y Siria.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. El Líbano podría sumarse a los acuerdos, según los diputados.",
            {("LB", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Депутаты хотели узнать, как правительство оценивает перспективы присоединения Ливана и Сирии к соглашениям.",
            set(),
        ),
        (
            "Соглашения Авраама. Ливан может присоединиться к соглашениям, считают депутаты.",
            {("LB", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Milletvekilleri, hükümetin Lübnan ve Suriye'nin anlaşmalara katılım ihtimalini nasıl değerlendirdiğini sordu.",
            set(),
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أراد النواب معرفة كيف تقيّم الحكومة فرص انضمام لبنان وسوريا إلى الاتفاقيات.",
            set(),
        ),
        (
            "اتفاقيات أبراهام. أرادوا معرفة كيف تقيّم الحكومة فرص انضمام لبنان وسوريا إلى الاتفاقيات.",
            set(),
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. חברי הפרלמנט ביקשו לדעת כיצד הממשלה מעריכה את סיכויי הצטרפותן של לבנון וסוריה להסכמים.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Para anggota parlemen ingin mengetahui bagaimana pemerintah menilai peluang Lebanon dan Suriah bergabung dengan perjanjian itu.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Ahli parlimen ingin mengetahui bagaimana kerajaan menilai peluang Lubnan dan Syria menyertai perjanjian itu.",
            set(),
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Депутаттар үкіметтің Ливан мен Сирияның келісімдерге қосылу мүмкіндігін қалай бағалайтынын сұрады.",
            set(),
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. نمایندگان خواستار اطلاع از این شدند که دولت چشم‌انداز پیوستن لبنان و سوریه به پیمان ابراهیم را چگونه ارزیابی می‌کند.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wanted_to_know(language, text, expected):
    check_case(language, text, expected)
