"""Round fifty-one, a halt told by a participle set off by commas right after the talks' noun
phrase ("the contacts between Indonesia and Israel, already put on hold after a leak, ...",
"les discussions entre l'Arabie saoudite et Israël, gelées depuis l'attaque, ...", "las
conversaciones ..., congeladas desde el ataque, ..."): the halt is the talks', where only a
finite verb after the noun phrase had been read ("were put on hold") and the talks alone were
left. The participle must open with the comma and be followed by a time word ("since",
"after", "depuis", "tras"); words between the noun and that comma ("reported last year") describe
the talks and do not hedge the halt. German, Russian and Indonesian already read the same
phrasing (an apposed participle or a relative clause) and are checked alike.
Near misses: ceasefire talks between other parties set off the same way, talks revived after a
pause (no halt), and the same participle with no comma before it in a sentence on other talks.
Own sentences, written for these tests, read as published on 20 November 2025."""

import pytest

from tests.extraction.found import N, U, challenge_params, found_dated

CASES = {
    "en": [
        (
            "The exploratory contacts between Indonesia and Israel, already put on hold after a "
            "leak in the press, have never resumed.",
            {("ID", U)},
        ),
        (
            "Talks between Oman and Israel reported in the spring, frozen since the summer, "
            "were not on the agenda of the visit.",
            {("OM", U)},
        ),
        (
            "Saudi Arabia's talks with Israel, put on ice after the October 7 attack, have "
            "not resumed.",
            {("SA", U)},
        ),
        # near misses: other parties' talks; talks revived, no halt
        (
            "Ceasefire talks between Sudan's army and the RSF, frozen since June, are expected "
            "to restart.",
            set(),
        ),
        (
            "Talks between Saudi Arabia and Israel, revived after a long pause, are progressing.",
            {("SA", N)},
        ),
    ],
    "fr": [
        (
            "Les discussions entre l'Indonésie et Israël, suspendues après une fuite dans la "
            "presse, ne reprendront pas de sitôt.",
            {("ID", U)},
        ),
        (
            "Les discussions entre l'Arabie saoudite et Israël, gelées depuis l'attaque du "
            "7 octobre 2023, n'ont pas repris.",
            {("SA", U)},
        ),
        (
            "Les pourparlers de cessez-le-feu entre l'armée soudanaise et les FSR, suspendus "
            "depuis juin, pourraient reprendre.",
            set(),
        ),
        (
            "Les discussions entre l'Arabie saoudite et Israël, relancées après une longue "
            "pause, avancent.",
            {("SA", N)},
        ),
    ],
    "es": [
        (
            "Las conversaciones entre Indonesia e Israel, congeladas tras una filtración a la "
            "prensa, no se reanudarán pronto.",
            {("ID", U)},
        ),
        (
            "Los contactos entre Omán e Israel, suspendidos desde el verano, no figuraban en "
            "la agenda de la visita.",
            {("OM", U)},
        ),
        (
            "Las negociaciones de alto el fuego entre el ejército sudanés y las FAR, "
            "suspendidas desde junio, podrían reanudarse.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Gespräche zwischen Indonesien und Israel, nach einem Bericht in der Presse auf "
            "Eis gelegt, werden so bald nicht wieder aufgenommen.",
            {("ID", U)},
        ),
    ],
    "ru": [
        (
            "Переговоры между Индонезией и Израилем, замороженные после утечки в прессу, "
            "так и не возобновились.",
            {("ID", U)},
        ),
    ],
    "id": [
        (
            "Pembicaraan antara Indonesia dan Israel, yang dibekukan setelah kebocoran ke media, "
            "tidak akan dilanjutkan.",
            {("ID", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_set_off_halt(language, text, expected):
    assert found_dated(text, language, set()) == expected
