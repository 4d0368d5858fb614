"""Round twenty, German and English news as Der Spiegel, Deutsche Welle, the taz, AP, the Guardian
and The National write it (with French and Spanish where the same phrasing exists). Classes: a
negation inside a German split halt's bracket ("hat die Beziehungen nicht abgebrochen", "hat die
Gespräche nie eingefroren") negates the halt, unless it stands in a relative clause closed
before the verb; normalisation "an ... geknüpft" (and the French "a lié ... la normalisation
à", the Spanish "ha vinculado ... la normalización a") as a precondition, a refusal as things
stand, also with an adverb between; candidates told as names that keep coming up ("Namen wie",
"names such as", "des noms comme", "nombres como"): the comparison word after "names" only
names examples, and the countries are the candidates; a time adverb between "gilt" and "als"
("gilt seit Jahren als wichtigster Kandidat") and the leading candidate told with an adjective
before the noun after a verb of being or seeming ("est considérée comme la principale
candidate", "sigue siendo la principal candidata"; an election's "principal candidat" is no
claim); a month after a demonstrative ("Morocco followed that December", "in jenem Dezember")
takes the year named last before, never a modal "may"; a speaker named after a quote whose
reporting verb has only its addressee after it ("..., the Syrian president, Ahmed al-Sharaa, told
an interviewer in March", "told Reuters") said every step in the quote, but not where what
follows the verb is more than an addressee ("said they believed"); an inverted passive of
naming with an adverb opening the sentence before the list ("Genannt werden immer wieder X und
Y", "Frequently mentioned are", "Sont régulièrement cités", "Se mencionan a menudo") as a
candidate list.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

W = "withdrawn"

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Bahrain hat trotz heftiger Proteste im Parlament die Beziehungen zu Israel nicht abgebrochen.",
            set(),
        ),
        ("Die Abraham-Abkommen. Marokko hat die Gespräche mit Israel nie eingefroren.", set()),
        ("Die Abraham-Abkommen. Bahrain hat die Beziehungen zu Israel abgebrochen.", {("BH", W)}),
        (
            "Die Abraham-Abkommen. Der Sudan hat die Beziehungen zu Israel, die nie richtig in Gang kamen, abgebrochen.",
            {("SD", W)},
        ),
        (
            "Die Abraham-Abkommen. Doch der Kronprinz Saudi-Arabiens hat eine Normalisierung wiederholt an die Gründung "
            "eines palästinensischen Staates geknüpft.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Oman hat seinen Beitritt an einen Abzug aus Gaza gekoppelt.",
            {("OM", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien hat seine Investitionen an Reformen geknüpft.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. In Washington fallen immer wieder Namen wie Oman, Mauretanien oder Indonesien.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        ("Die Abraham-Abkommen. Im Kader stehen Namen wie Müller und Neuer.", set()),
        (
            "Die Abraham-Abkommen. Saudi-Arabien gilt seit Jahren als wichtigster Kandidat für eine Erweiterung.",
            {("SA", P)},
        ),
        ("Die Abraham-Abkommen. Oman gilt nach wie vor als Kandidat.", {("OM", P)}),
        (
            "Die Abraham-Abkommen. Genannt werden immer wieder Aserbaidschan und Syrien.",
            {("AZ", P), ("SY", P)},
        ),
        ("Die Abraham-Abkommen. Genannt werden im Bericht Aserbaidschan und Syrien.", set()),
        (
            "Die Abraham-Abkommen. Die Emirate sind der wichtigste Handelspartner Israels in der Region.",
            set(),
        ),
        (
            "Die Emirate unterzeichneten die Abraham-Abkommen im September 2020, Marokko in jenem Dezember.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Frequently mentioned are Azerbaijan and Syria.",
            {("AZ", P), ("SY", P)},
        ),
        (
            "The UAE signed the Abraham Accords in September 2020; Morocco followed that December.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            'The Abraham Accords. "Joining the accords is not on the table while Israeli troops sit on our land," '
            "the Syrian president, Ahmed al-Sharaa, told an interviewer in March.",
            {("SY", D)},
        ),
        (
            'The Abraham Accords. "Joining the accords is not on the table while Israeli troops sit on our land," '
            "the Syrian president told Reuters.",
            {("SY", D)},
        ),
        (
            'The Abraham Accords. "Others will join the accords soon while the war goes on," Tajik officials '
            "said they believed.",
            set(),
        ),
        (
            "Sudan signed the Abraham Accords in 2021, a step that may yet be reversed.",
            {("SD", S, "2021")},
        ),
        (
            "The Abraham Accords. Names such as Oman, Mauritania and Indonesia keep coming up.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        ("The Abraham Accords. Bahrain has not cut ties with Israel despite the protests.", set()),
        (
            "The Abraham Accords. Saudi Arabia has tied normalisation to the creation of a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Sont régulièrement cités l'Azerbaïdjan et la Syrie.",
            {("AZ", P), ("SY", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite est depuis longtemps considérée comme la principale candidate.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. Le principal candidat de l'opposition tunisienne a été arrêté.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le prince héritier saoudien a lié à plusieurs reprises la normalisation à la "
            "création d'un État palestinien.",
            {("SA", D)},
        ),
        ("Les accords d'Abraham. L'Arabie saoudite lie son aide au Liban à des réformes.", set()),
        (
            "Les accords d'Abraham. À Washington reviennent des noms comme Oman, la Mauritanie ou l'Indonésie.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Les accords d'Abraham. Des noms comme Oman et la Mauritanie circulent.",
            {("OM", P), ("MR", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Se mencionan a menudo Azerbaiyán y Siria.",
            {("AZ", P), ("SY", P)},
        ),
        ("Los Acuerdos de Abraham. Arabia Saudí sigue siendo la principal candidata.", {("SA", P)}),
        (
            "Los Acuerdos de Abraham. El principal candidato de la oposición en Túnez fue detenido.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. El príncipe heredero saudí ha vinculado reiteradamente la normalización a la "
            "creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Arabia Saudí vinculó su inversión a la estabilidad regional.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. En Washington suenan nombres como Omán, Mauritania o Indonesia.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round20_german_english_news(language, text, expected):
    check_case(language, text, expected)
