"""Round forty-two, a joining of "the group formed in 2020 by" the first signatories ("rejoindre
le groupe formé en 2020 par les Émirats, Bahreïn et le Maroc", "join the club founded in 2020 by
the UAE, Bahrain and Morocco", "unirse al grupo formado en 2020 por ..."): the countries after the
passive's agent founded the group and stay background members with the date; the country before
the joining is the candidate (`founded_groups`, fr en es). Near misses: the accords "signés en
2020 par" the same list, read before, and a group formed for something else with no agent after it. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

_MEMBERS = {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham restent populaires. L'Arabie saoudite pourrait rejoindre le club"
            " fondé en 2020 par les Émirats, Bahreïn et le Maroc.",
            {("SA", P)} | _MEMBERS,
        ),
        (
            "Les accords d'Abraham restent populaires. Donald Trump dit que l'Arabie saoudite finira"
            " par rejoindre le groupe formé en 2020 par les Émirats, Bahreïn et le Maroc.",
            {("SA", P)} | _MEMBERS,
        ),
        (
            "Les accords d'Abraham restent populaires. L'Arabie saoudite pourrait rejoindre les"
            " accords signés en 2020 par les Émirats, Bahreïn et le Maroc.",
            {("SA", P)} | _MEMBERS,
        ),
        (
            "Les accords d'Abraham restent populaires. Le Qatar a quitté le groupe formé pour la"
            " médiation à Gaza.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords remain popular. Trump says Saudi Arabia will eventually join the"
            " group formed in 2020 by the Emirates, Bahrain and Morocco.",
            {("SA", P)} | _MEMBERS,
        ),
        (
            "The Abraham Accords remain popular. Oman could join the club founded in 2020 by the"
            " UAE, Bahrain and Morocco.",
            {("OM", P)} | _MEMBERS,
        ),
        (
            "The Abraham Accords remain popular. Saudi Arabia could join the accords signed in 2020"
            " by the UAE, Bahrain and Morocco.",
            {("SA", P)} | _MEMBERS,
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham siguen vigentes. Trump dice que Arabia Saudita acabará"
            " uniéndose al grupo formado en 2020 por los Emiratos, Baréin y Marruecos.",
            {("SA", P)} | _MEMBERS,
        ),
        (
            "Los Acuerdos de Abraham siguen vigentes. Omán podría sumarse al club fundado en 2020"
            " por Emiratos, Baréin y Marruecos.",
            {("OM", P)} | _MEMBERS,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founded_group_agents(language, text, expected):
    check_case(language, text, expected)
