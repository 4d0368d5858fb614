"""Round forty-nine, a candidate told only by who is talked of: the impersonal "on cite souvent
X", "on évoque aussi X", "on parle beaucoup de X", "X est aussi évoqué" (French) and "se cita a
menudo a X", "también se menciona a X" (Spanish), with no word of candidacy but the talk, in a
text about the accords: prospective.  "Il est question de X", "on parle aussi de X", "son nom
circule" and "X is often mentioned" were read already.  French and Spanish (German "man spricht
viel von" and "oft genannt wird" were left out: a noun after them, "von der Palästinenserfrage in
Katar", "das Beispiel Marokkos", gave the country after it a candidacy).
Near misses: the example of a country ("on cite souvent l'exemple du Maroc", "se cita a menudo el
ejemplo de Marruecos"), a country cited in a report ("Le Qatar est aussi cité dans le rapport"),
a talked-of subject that is no country, and "Oman est souvent cité" alone (round twenty-two's
setting for a minister's refusal, no candidacy there: "X est aussi/également/parfois évoqué" is
read, not "souvent") give nothing.  Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "

CASES = {
    "fr": [
        (FR + "Qui suivra ? On cite souvent l'Azerbaïdjan.", {("AZ", P)}),
        (FR + "On évoque aussi le Niger, dont le gouvernement n'a pas réagi.", {("NE", P)}),
        (FR + "On parle beaucoup de l'Ouzbékistan.", {("UZ", P)}),
        (FR + "La Mauritanie est aussi évoquée, en échange d'une aide américaine.", {("MR", P)}),
        (FR + "On cite souvent l'exemple du Maroc.", set()),
        (FR + "Le Qatar est aussi cité dans le rapport.", set()),
        (FR + "On évoque aussi la question palestinienne.", set()),
        (FR + "Oman est souvent cité.", set()),
        (
            FR + "Les Émirats arabes unis ont signé en 2020. On cite volontiers Oman.",
            {("AE", S), ("OM", P)},
        ),
    ],
    "es": [
        (ES + "¿Quién será el siguiente? Se cita a menudo a Omán.", {("OM", P)}),
        (ES + "También se menciona a Níger, cuyo gobierno no ha reaccionado.", {("NE", P)}),
        (ES + "Se cita a menudo el ejemplo de Marruecos.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talked_of_candidates(language, text, expected):
    assert found(text, language) == expected
