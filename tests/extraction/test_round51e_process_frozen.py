"""Round fifty-one, a member's process frozen, buried or brought to a halt by a war or a crisis
told as the subject ("la guerre civile a enterré le processus", "the fighting buried the
process", "la guerra enterró el proceso", "der Krieg hat den Prozess begraben", "война
похоронила процесс"): the bare process, the accords or the country named in the sentence or the
one before, is the member's halted process. French reads "processus" as a halted process beside
any halt word ("gèle de fait", "a d'ailleurs enterré", "a mis ... à l'arrêt", "achève de geler",
and "figer" in its forms); English, Spanish, German and Russian gain the verbs of burying and
halting on the process they already read frozen.
A first signatory told with a word of following in its relative clause ("le Soudan, qui avait
suivi en janvier 2021 avant que la guerre ne gèle le processus") is a member that halted: it
keeps the joining, with the date after that word, beside the halt.
Near misses: another process of the country (a transition, elections, a political or peace
process) frozen, and a trial frozen in Russian, give no halt. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found, found_dated

FR = "Le Soudan a signé les accords d'Abraham en janvier 2021. "
EN = "Sudan signed the Abraham Accords in January 2021. "
ES = "Sudán firmó los Acuerdos de Abraham en enero de 2021. "
DE = "Der Sudan unterzeichnete im Januar 2021 die Abraham-Abkommen. "
RU = "Судан подписал Авраамовы соглашения в январе 2021 года. "

CASES = {
    "fr": [
        (
            FR + "Depuis, la guerre civile a d'ailleurs enterré le processus.",
            {("SD", S), ("SD", U)},
        ),
        (FR + "Le conflit qui déchire le pays gèle de fait le processus.", {("SD", S), ("SD", U)}),
        (FR + "Puis les combats ont mis le processus à l'arrêt.", {("SD", S), ("SD", U)}),
        (
            FR + "Le putsch a refroidi Khartoum, et la guerre a achevé de geler le processus.",
            {("SD", S), ("SD", U)},
        ),
        (FR + "Mais la guerre a figé tout le processus.", {("SD", S), ("SD", U)}),
        (FR + "La guerre a aussi gelé le processus de transition démocratique.", {("SD", S)}),
        (FR + "Le processus électoral a été reporté sine die.", {("SD", S)}),
        (FR + "Le processus politique est au point mort depuis le putsch.", {("SD", S)}),
    ],
    "en": [
        (EN + "Then the fighting buried the process.", {("SD", S), ("SD", U)}),
        (
            EN + "Two years later the civil war brought the process to a halt.",
            {("SD", S), ("SD", U)},
        ),
        (EN + "Then the army buried the hatchet with the rebels.", {("SD", S)}),
    ],
    "es": [
        (ES + "Luego la guerra civil enterró el proceso.", {("SD", S), ("SD", U)}),
        (ES + "Luego la guerra enterró a miles de civiles.", {("SD", S)}),
    ],
    "de": [
        (DE + "Dann hat der Bürgerkrieg den Prozess begraben.", {("SD", S), ("SD", U)}),
        (DE + "Der Krieg begrub die Annäherung.", {("SD", S), ("SD", U)}),
        (DE + "Dann hat der Krieg viele Hoffnungen begraben.", {("SD", S)}),
    ],
    "ru": [
        (RU + "Затем гражданская война заморозила этот процесс.", {("SD", S), ("SD", U)}),
        (RU + "Затем война похоронила процесс.", {("SD", S), ("SD", U)}),
        (RU + "Затем суд заморозил процесс над генералом.", {("SD", S)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_process_frozen(language, text, expected):
    assert found(text, language) == expected


FOLLOWED = (
    "Les accords d'Abraham comptent les Émirats et Bahreïn, signataires en septembre 2020, ainsi "
    "que le Soudan, qui avait suivi en janvier 2021 avant que la guerre ne fige le processus, "
    "et s'élargissent lentement."
)


def test_follower_keeps_its_joining_beside_the_halt():
    assert found_dated(FOLLOWED, "fr", {"SD"}) == {
        ("AE", S),
        ("BH", S),
        ("SD", S, "2021-01"),
        ("SD", U, None),
    }


def test_follower_without_halt_is_a_member_with_its_date():
    text = (
        "Les accords d'Abraham réunissent les Émirats et Bahreïn, signataires en 2020, et le "
        "Soudan, qui avait suivi en janvier 2021."
    )
    assert found_dated(text, "fr", {"SD"}) == {("AE", S), ("BH", S), ("SD", S, "2021-01")}
