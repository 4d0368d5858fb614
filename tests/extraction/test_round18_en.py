"""Round eighteen, English news as The Financial Times, Al Jazeera English, Gulf News, Dawn, The
Jakarta Post and The Washington Post write it (with French and Spanish where the same phrasing
exists, and German, Indonesian and Malay for "speculation centred on"). Classes found by six
unseen English articles:
- a connective between commas right after an auxiliary ("have, however, been on hold", "will,
  however, join", "ont, toutefois, rejoint", "han, sin embargo, quedado congeladas"): read as
  the cue without it, like "will soon join" (`inner_adverbs` may open with a comma);
- the link titles listed under a furniture heading alone on its line ("Read more", "Related
  articles:", "À lire aussi"): lines up to a blank line that end without a full stop are other
  stories' headlines, in every language (code, from each data file's `boilerplate`);
- "said X intended to join", "proposed that Baku sign on", "speculation has centred on X"
  ("les spéculations se sont concentrées sur", "las especulaciones se han centrado en", "die
  Spekulationen konzentrieren sich auf", "spekulasi tertuju pada", "spekulasi tertumpu kepada"):
  candidacies; joining "the African Union" or "the Arab League" is another body's membership;
- "would establish no relations with Israel before ...": a refusal; "wants to be sure there is a
  clear path to a two-state solution" ("veut être sûre qu'il existe une voie claire vers", "quiere
  estar segura de que hay un camino claro hacia"): a precondition;
- "the Jewish state" ("l'État juif", "el Estado judío") for Israel in recognition cues: "would
  only consider recognising the Jewish state after Palestine becomes independent" is a
  candidacy and a refusal;
- "has been largely dormant", "effectively frozen" ("est largement en sommeil", "ha quedado
  prácticamente congelado"): a halt with a degree adverb;
- "joined the board Trump created": another body (the Board of Peace); talks "on border
  security" are other business;
- "The accords, under which the UAE and Bahrain established relations, were expanded in
  November when Kazakhstan agreed to join": a date after a relative clause's closing comma is
  the step after it, not the clause's (", under which", ", with which" are relative words);
- "Saudi Arabia, with which Pakistan signed a defence pact in September, has made ...": a date
  inside a relative clause naming another country is that clause's event;
- "no government can survive a decision to recognise Israel": a hypothetical decision, no step
  taken ("(can|could|would|will) survive" is a modal);
- "signed in 2020, and later Morocco and Sudan" (", et plus tard", ", y más tarde"): the list after
  the continuation takes the step without the earlier date; without the comma ("Morocco and later
  Sudan") it is one list.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

T = "Abraham Accords\n"  # a headline naming the accords, as every article has
T_FR = "Accords d'Abraham\n"
T_ES = "Acuerdos de Abraham\n"

CASES = {
    "en": [
        # 1-4: a connective between commas after an auxiliary
        (T + "Sudan's ties have, however, been on hold since April 2023.", {("SD", U, "2023-04")}),
        (T + "Kazakhstan will, however, join the accords.", {("KZ", A)}),
        (T + "Sudan's ties have, for now, been frozen.", {("SD", U)}),
        # control: the connective before no step
        (T + "Sudan's ties have, however, improved with Egypt.", set()),
        # 5-6: link titles under a furniture heading
        (
            T + "Somaliland wants to join the accords, its president said.\n\n"
            "Read more\n"
            "What is Somaliland, and why does Israel want it?\n"
            "Sudan, Morocco, Bahrain: How the Abraham Accords have fared\n",
            {("XS", P)},
        ),
        # control: after a blank line the article goes on, and its sentences count
        (
            T + "Somaliland wants to join the accords, its president said.\n\n"
            "Read more\n"
            "What is Somaliland, and why does Israel want it?\n\n"
            "Morocco and Sudan signed the accords after the UAE and Bahrain.\n",
            {("XS", P), ("MA", S), ("SD", S), ("AE", S), ("BH", S)},
        ),
        # 7-11: candidacies
        (T + "Its president said Somaliland intended to join.", {("XS", P)}),
        (T + "In January the White House proposed that Baku sign on.", {("AZ", P)}),
        (
            T + "Speculation in Washington has also centred on Azerbaijan, whose president "
            "has close ties with Israel.",
            {("AZ", P)},
        ),
        # controls: another body; another proposal
        (T + "Somaliland intended to join the African Union.", set()),
        (T + "The White House proposed that Baku sign on to the Board of Peace charter.", set()),
        # 12-15: refusals and preconditions
        (
            T + "The ministry said in September that Jakarta would establish no relations with "
            "Israel before Palestine is independent.",
            {("ID", D, "2025-09")},
        ),
        (
            T + "Saudi Arabia wants to be part of the accords, but it wants to be sure there is "
            "a clear path to a two-state solution first.",
            {("SA", P), ("SA", D)},
        ),
        # controls: no trade office; sure of another deal
        (T + "Indonesia would establish no new trade office in Tel Aviv.", set()),
        (
            T + "Saudi Arabia wants to join the accords, and it wants to be sure the F-35 deal "
            "goes through.",
            {("SA", P)},
        ),
        # 16-17: a halt with a degree adverb
        (T + "Sudan's deal has been largely dormant since April 2023.", {("SD", U, "2023-04")}),
        (T + "Normalisation with Sudan has remained effectively frozen.", {("SD", U)}),
        # 18-20: other bodies and other talks
        (T + "Qatar and Pakistan joined the board Trump created to oversee Gaza.", set()),
        (
            T + "The spokesperson said Pakistan and Afghanistan had agreed to hold another round "
            "of talks in Doha on border security.",
            set(),
        ),
        # control: the accords joined by the same list
        (T + "Qatar and Pakistan joined the accords.", {("QA", A), ("PK", A)}),
        # 21-23: dates and relative clauses
        (
            T + "The accords, under which the UAE and Bahrain established relations with Israel, "
            "were expanded in November when Kazakhstan agreed to join.",
            {("AE", S, None), ("BH", S, None), ("KZ", A, "2025-11")},
        ),
        (
            T + "Saudi Arabia, with which Pakistan signed a defence pact in September, has made "
            "normalisation conditional on a Palestinian state.",
            {("SA", D, None)},
        ),
        # control: a relative clause naming no other country keeps its later date
        (
            T + "Saudi Arabia, which set out its terms in September, has made normalisation "
            "conditional on a Palestinian state.",
            {("SA", D, "2025-09")},
        ),
        # 24-25: "and later" a list
        (
            T + "The accords brought the UAE and Bahrain into formal relations with Israel in "
            "2020, and later Morocco and Sudan.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        # control: the later list with its own verb and date
        (
            T + "The UAE and Bahrain signed in 2020, and later Morocco signed in December.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        # 26-31: strict xfails
        (
            T + "The accords, under which the UAE and Bahrain established relations with Israel, "
            "were expanded in November when Kazakhstan, which already recognised Israel, agreed "
            "to join.",
            {("AE", S), ("BH", S), ("KZ", A, "2025-11")},
        ),
        (
            T + "A senior official listed Pakistan alongside Saudi Arabia and Indonesia among the "
            'Muslim countries Washington "would love to see" join.',
            {("PK", P), ("SA", P), ("ID", P)},
        ),
        (
            T + "Lebanon, which Washington has urged to open direct talks with Israel, says it "
            "will do no such thing before Israel withdraws from the south.",
            {("LB", P), ("LB", D)},
        ),
        (
            T
            + "Kazakhstan's announcement revived talk of expansion, but the big prize remains elusive",
            set(),
        ),
        (
            T + "Syria's president, who was received at the White House earlier this month, has "
            "said his country is not in a position to join.",
            {("SY", D, None)},
        ),
        (T + "Speculation has centred on Azerbaijan's gas exports to Europe.", set()),
        # 32-33: a decision a government "can survive" is hypothetical
        (T + "No government in Pakistan can survive a decision to recognise Israel.", {("PK", P)}),
        # control: a decision taken
        (T + "Pakistan took a decision to recognise Israel.", {("PK", A)}),
        # 34-37: "the Jewish state" for Israel in recognition cues
        (
            T + "The ministry reaffirmed that Jakarta would only consider recognising the Jewish "
            "state after Palestine becomes an independent and sovereign nation.",
            {("ID", P), ("ID", D)},
        ),
        (T + "Malaysia refuses to recognise the Jewish state.", {("MY", D)}),
        (T + "Indonesia would consider recognising the Jewish state.", {("ID", P)}),
        # control: the Jewish state as the subject of another recognition
        (T + "The Jewish state has recognised Somaliland.", set()),
    ],
    "fr": [
        # a connective between commas after the auxiliary
        (T_FR + "Le Kazakhstan a, toutefois, rejoint les accords.", {("KZ", A)}),
        (T_FR + "Le Kazakhstan a, pour l'instant, refusé de rejoindre les accords.", {("KZ", D)}),
        # link titles under "À lire aussi"
        (
            T_FR + "Le Kazakhstan a rejoint les accords.\n\n"
            "À lire aussi\n"
            "Soudan, Maroc, Bahreïn : que sont devenus les accords d'Abraham ?\n"
            "Les Émirats ont signé les accords en 2020\n",
            {("KZ", A)},
        ),
        # "et plus tard" a list
        (
            T_FR + "Les Émirats et Bahreïn ont signé en 2020, et plus tard le Maroc et le Soudan.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        # "l'État juif" for Israel
        (
            T_FR + "L'Indonésie ne reconnaîtra l'État juif qu'après la création d'un État "
            "palestinien.",
            {("ID", D)},
        ),
        (T_FR + "L'Indonésie reconnaîtra l'État juif.", {("ID", A)}),
        # speculation centred on a country; control: on a price
        (T_FR + "Les spéculations se sont aussi concentrées sur l'Azerbaïdjan.", {("AZ", P)}),
        (T_FR + "Les spéculations se concentrent sur le prix du pétrole.", set()),
        # wanting to be sure of a path to a Palestinian state
        (
            T_FR + "L'Arabie saoudite veut faire partie des accords, mais elle veut être sûre "
            "qu'il existe une voie claire vers une solution à deux États.",
            {("SA", P), ("SA", D)},
        ),
        # a halt with a degree adverb
        (T_FR + "L'accord du Soudan est largement en sommeil depuis avril 2023.", {("SD", U)}),
    ],
    "es": [
        (
            T_ES + "Las relaciones de Sudán con Israel han, sin embargo, quedado congeladas "
            "desde abril de 2023.",
            {("SD", U, "2023-04")},
        ),
        (T_ES + "Kazajistán podría, sin embargo, sumarse a los acuerdos.", {("KZ", P)}),
        # control: the connective before no step
        (T_ES + "Las relaciones de Sudán con Israel han, sin embargo, mejorado con Egipto.", set()),
        (
            T_ES + "Los Emiratos y Baréin firmaron en 2020, y más tarde Marruecos y Sudán.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (T_ES + "Las especulaciones se han centrado también en Azerbaiyán.", {("AZ", P)}),
        (
            T_ES + "Indonesia solo reconocerá al Estado judío cuando exista un Estado palestino.",
            {("ID", D)},
        ),
        (
            T_ES + "Arabia Saudí quiere formar parte de los acuerdos, pero quiere estar segura de "
            "que hay un camino claro hacia la solución de dos Estados.",
            {("SA", P), ("SA", D)},
        ),
        # control: sure of another deal
        (
            T_ES + "Arabia Saudí quiere formar parte de los acuerdos y quiere estar segura de que "
            "el acuerdo de defensa se firme.",
            {("SA", P)},
        ),
        (
            T_ES + "El acuerdo de Sudán ha quedado prácticamente congelado desde abril de 2023.",
            {("SD", U)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen\nDie Spekulationen konzentrieren sich auch auf Aserbaidschan.",
            {("AZ", P)},
        ),
    ],
    "id": [
        ("Abraham Accords\nSpekulasi juga tertuju pada Azerbaijan.", {("AZ", P)}),
    ],
    "ms": [
        ("Perjanjian Abraham\nSpekulasi juga tertumpu kepada Azerbaijan.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {
    "en-26": "a country with a relative clause of its own ('Kazakhstan, which already recognised "
    "Israel, agreed to join') after a list inside an earlier closed relative clause: the step "
    "goes to the earlier list",
    "en-27": "'listed X alongside Y and Z among the countries Washington would love to see join': "
    "'alongside' is a comparison, so only the first country takes the candidacy",
    "en-28": "an object relative clause with a founder's push ('which Washington has urged to "
    "open direct talks') and a refusal told as 'will do no such thing before' are not read",
    "en-29": "'the big prize remains elusive' after 'but' takes the country owning the noun "
    "before it ('Kazakhstan's announcement') as its subject",
    "en-31": "'speculation has centred on X's gas exports': a possessive after the candidacy "
    "word still names the candidate (as after 'all eyes are on')",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round18_english_news(language, text, expected):
    check_case(language, text, expected)
