"""Round fourteen, English news (with French, Spanish, German, Russian and Indonesian where
said the same way).

Own sentences, written for these tests, in the way wire services, Israeli and Gulf papers,
US political sites and regional outlets write about the accords. Classes:
- "signed on" with no "to" after it is a joining, as "signed on to" is: signed for a first
  signatory in 2020-2021, announced for Kazakhstan;
- "saw X normalise relations" (a perception verb with a bare infinitive) tells the step done,
  not one to come;
- readiness: "signalled readiness to join" ("sa disposition à rejoindre", "su disposición a
  unirse");
- conditions told as demands: guarantees or assurances on a Palestinian state, a deal tied to
  "Palestinian statehood", "a Palestinian state comes first", "first wanted a path to
  Palestinian statehood" ("garantías sobre un Estado palestino", "Garantien für einen
  palästinensischen Staat");
- "will never normalise with Israel", "won't normalize with Israel": a refusal (the bare
  "normalise with" is not a cue: it is said of others' hopes too often);
- a quoted refusal naming Israel, then its speaker ("... with Israel," Iraq's foreign
  minister said): the quotation marks are dropped, so the founder, the comma and the speaker
  looked like one list; a speaking word after the last name ends the counterpart there (and
  the Iraqi and Kuwaiti demonyms in French, Spanish and German);
- Trump "insists", "keeps saying", "wrote", "Trump announced" (no "that"): a speaker's words, so another country's joining
  in them is his expectation ("insiste", "a écrit", "escribió", "beharrt darauf", "schrieb",
  "настаивает", "bersikeras");
- a relative clause set off by commas keeps its negation and its halt ("Mauritania, which
  has no ties with Israel / severed ties with Israel, could join"): the main verb after it is
  neither negated nor halted (", qui", ", que", ", das", ", yang");
- Kazakhstan's undated joining told beside the members ("joined the UAE, Bahrain, Morocco
  and Sudan as members") is its decision announced, not a signing;
- epithets for a country as anaphora: "the world's most populous Muslim nation" ("le plus
  grand pays musulman du monde", "el país musulmán más poblado del mundo", "das
  bevölkerungsreichste muslimische Land der Welt");
- "only after" restrictions ("qu'après", "solo después de", "erst nach");
- "not in a hurry to join" (a candidacy, as "in no hurry");
- a liaison office upgraded to an embassy: ratified ("transformé son bureau de liaison en
  ambassade", "elevó su oficina de enlace a embajada", "Verbindungsbüro zu einer Botschaft
  aufgewertet");
- "the Palestine issue", "the Palestinian cause": the country before names a subject of
  talk, no actor;
- "the fifth Muslim-majority country to sign on" (a joining: signed for a first signatory,
  announced for Kazakhstan; "quatrième pays à rejoindre", "cuarto país en sumarse"); a price for normalisation that
  "has gone up" and normalisation with Israel "premature" (refusals); wanting something "in
  exchange for normalising ties" ("en échange d'une normalisation", "a cambio de normalizar",
  "im Gegenzug für eine Normalisierung"): a candidacy;
- talks "in the final stages"; "balked at normalisation"; normalisation that "must come with" a
  Palestinian state; "floated the possibility of recognising Israel"; "very close to a deal"; a
  "push to expand the accords" that stalled (a halted process);
- "remains a distant prospect" (a candidacy); "wants X to be next"; "downgraded its ties" (a
  halt); normalisation "not on the sultanate's agenda";
- a warning against joining ("warned Gulf states against joining", "a mis en garde ... contre
  l'adhésion", "advirtió ... contra la adhesión", "warnte ... vor einem Beitritt") leaves the
  joining open: the one who warns takes no step (it was read as his joining); "decided against
  joining" is a refusal; "walked back from" normalisation is a halt;
  a path "to a two-state solution" wanted beside a wish to join is a condition;
- "pledged to join" (announced; Somaliland's an intention);
- headlines with no article or copula: "Palestinian state a must", "open to ties with Israel",
  "seen as next Abraham Accords candidates", "not ready for Abraham Accords", "normalisation off
  the table", an "Abraham Accords deal in limbo" (a halt), "eyes Abraham Accords membership";
- a candidate named in one sentence, its verb in the next: "is another candidate", "Next up
  could be X", "will not be next" (a refusal), recognition "is possible", "its president" as an
  anaphor;
- "no question of Islamabad recognising Israel" (a name inside the refusal); normalisation
  "not part of" an agenda; leaders' and ministers' names (Shaibani, Albusaidi, Nawaf Salam).
Controls give no claim: other agreements (a Gaza document, the Board of Peace, a trade
deal, a recognition "in the spirit of" the accords), wire furniture, a question headline,
unnamed groups and the old peace treaties.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"
T = "Abraham Accords\n"  # a headline naming the accords, as every article has

NEWS = {
    "en": [
        # headlines and datelines
        ("Kazakhstan to join Abraham Accords, Trump says", {("KZ", A)}),
        (
            "WASHINGTON (AP) \u2014 Kazakhstan will join the Abraham Accords, President Donald Trump announced on Thursday, making the Central Asian nation the first country to sign on during his second term.",
            {("KZ", A)},
        ),
        (
            "ASTANA, Nov 7 (Reuters) - Kazakhstan's government said on Friday that joining the Abraham Accords was a logical continuation of its foreign policy.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan, which already has full diplomatic relations with Israel, said it would join the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Tokayev confirms Kazakhstan's accession to the Abraham Accords after White House dinner",
            {("KZ", A)},
        ),
        (
            T
            + "The accords were expanded on Thursday when Kazakhstan, a Muslim-majority country of 20 million, signed on.",
            {("KZ", A)},
        ),
        # member lists
        (
            "The accords, brokered by Trump in 2020, saw the United Arab Emirates, Bahrain, Morocco and Sudan normalise relations with Israel.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            T
            + "The Abraham Accords, brokered by Trump, saw the UAE and Bahrain establish relations with Israel.",
            {("AE", S), ("BH", S)},
        ),
        (
            T + "Morocco and Sudan followed the UAE and Bahrain later that year.",
            {("MA", S), ("SD", S), ("AE", S), ("BH", S)},
        ),
        (
            "Under the Abraham Accords, the Gulf states of the UAE and Bahrain established ties with Israel in September 2020, with Morocco joining in December.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Kazakhstan becomes the first new member of the Abraham Accords since Morocco and Sudan signed on in late 2020.",
            {("KZ", A), ("MA", S), ("SD", S)},
        ),
        (
            T
            + "The agreements have so far been signed by four Arab countries: the UAE, Bahrain, Morocco and Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Sudan signed the declaration in January 2021 but never completed a bilateral agreement with Israel.",
            {("SD", S)},
        ),
        (
            T + "Kazakhstan joined the UAE, Bahrain, Morocco and Sudan as members of the accords.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            T
            + "The original signatories - the UAE and Bahrain - were joined months later by Morocco and Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            T
            + "The accords' signatories include the United Arab Emirates and Bahrain, which signed at the White House on Sept. 15, 2020.",
            {("AE", S), ("BH", S)},
        ),
        # Saudi conditions
        (
            "Saudi Arabia has repeatedly said it will not normalise relations with Israel without a credible path to a Palestinian state.",
            {("SA", D)},
        ),
        (
            "Riyadh has made clear that recognition of Israel hinges on an irreversible pathway to Palestinian statehood.",
            {("SA", D)},
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman told Trump at the White House that the kingdom wants to be part of the Abraham Accords but needs assurances on a two-state solution.",
            {("SA", P), ("SA", D)},
        ),
        (
            T
            + "Then there is Saudi Arabia. The kingdom is the biggest prize, but it has tied any deal to Palestinian statehood.",
            {("SA", P), ("SA", D)},
        ),
        (
            T
            + "Trump keeps insisting that Riyadh will sign. The Saudis keep saying a Palestinian state comes first.",
            {("SA", P), ("SA", D)},
        ),
        (
            T
            + "Mohammed bin Salman said the kingdom was open to joining the accords but first wanted a path to Palestinian statehood.",
            {("SA", P), ("SA", D)},
        ),
        (
            T + "Saudi Arabia wants guarantees on a Palestinian state before any normalisation.",
            {("SA", D)},
        ),
        (
            "The Saudi position remains unchanged: no normalisation before a Palestinian state is established.",
            {("SA", D)},
        ),
        (
            "Saudi officials say normalisation is off the table as long as the war in Gaza continues.",
            {("SA", D)},
        ),
        (
            "Saudi Arabia Rejects Abraham Accords on Palestine Issue, Says It Won't Normalize With Israel",
            {("SA", D)},
        ),
        (
            T + "The Palestinian issue is why Saudi Arabia won't normalize with Israel.",
            {("SA", D)},
        ),
        # Trump's predictions and pressure
        ('Trump predicted that Saudi Arabia would join the accords "very soon".', {("SA", P)}),
        (
            "Trump said he believes Saudi Arabia will eventually join the Abraham Accords.",
            {("SA", P)},
        ),
        (
            "The White House is pressing Riyadh to join the accords before the end of Trump's term.",
            {("SA", P)},
        ),
        (T + "Trump insists Saudi Arabia will join.", {("SA", P)}),
        (T + "Trump wrote on Truth Social that Saudi Arabia will join soon.", {("SA", P)}),
        (T + "Trump wrote on Truth Social that Kazakhstan will join.", {("KZ", A)}),
        (
            "Trump said he hoped Syria's President Ahmed al-Sharaa would eventually join the Abraham Accords.",
            {("SY", P)},
        ),
        (
            T
            + "Trump is pushing Riyadh hard to sign on, according to people familiar with the talks.",
            {("SA", P)},
        ),
        # candidates, named in one sentence with their verb in the next
        (
            "Analysts see Azerbaijan, Indonesia and Mauritania as the most likely next members of the Abraham Accords.",
            {("AZ", P), ("ID", P), ("MR", P)},
        ),
        (
            T
            + "Which countries could be next? Azerbaijan and Uzbekistan are frequently mentioned by US officials.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Abraham Accords: Azerbaijan has been floated as a possible candidate. Baku has deep ties with Israel and could sign on soon, officials said.",
            {("AZ", P)},
        ),
        (
            "Indonesia has long been touted as a potential member of the accords. Jakarta, however, insists it will not recognise Israel until a Palestinian state exists.",
            {("ID", P), ("ID", D)},
        ),
        (
            T
            + "Azerbaijan is another name that comes up. Officials in Baku have privately signalled interest in joining.",
            {("AZ", P)},
        ),
        (
            "Abraham Accords: Aliyev has signalled readiness to join, according to two people familiar with the matter.",
            {("AZ", P)},
        ),
        (
            T
            + "Indonesia has signalled readiness to normalise ties with Israel if Israel recognises a Palestinian state.",
            {("ID", P)},
        ),
        (
            T
            + "Then there is Indonesia. The world's most populous Muslim nation has said it would only recognise Israel after a Palestinian state is recognised.",
            {("ID", P), ("ID", D)},
        ),
        (
            "US envoy Steve Witkoff said he expected several more countries to join the accords, without naming them.",
            set(),
        ),
        # relative clauses
        (T + "Mauritania, which has no ties with Israel, could join soon.", {("MR", P)}),
        (T + "Mauritania, which severed ties with Israel, could join soon.", {("MR", P)}),
        (
            T + "Mauritania, which has no ties with Israel, is also seen as a candidate.",
            {("MR", P)},
        ),
        (T + "Saudi Arabia, which has no ties with Israel, will not join.", {("SA", D)}),
        # Syria, Lebanon
        (
            "Syria and Israel are negotiating a security agreement, but Damascus has said joining the Abraham Accords is not on the table for now.",
            {("SY", D)},
        ),
        (
            "Sharaa said Syria was not ready to join the Abraham Accords because Israel still occupies the Golan Heights.",
            {("SY", D)},
        ),
        (
            T
            + "Lebanon's President Joseph Aoun said normalisation with Israel was not part of Lebanon's current agenda.",
            {("LB", D)},
        ),
        (
            T + "President Joseph Aoun said normalisation was not part of the government's agenda.",
            {("LB", D)},
        ),
        (T + "Shaibani said Syria is not ready to join.", {("SY", D)}),
        (
            T
            + "Israeli and Syrian officials have held several rounds of US-mediated talks in Paris and Baku.",
            {("SY", N)},
        ),
        (
            T + "Damascus is not in a hurry to join, a Syrian official told The National.",
            {("SY", P)},
        ),
        # halted talks
        (
            "The Saudi-Israeli normalisation talks were put on hold after the Hamas attack of October 7, 2023.",
            {("SA", U)},
        ),
        (
            "Talks between Riyadh and Jerusalem on normalisation were frozen as the Gaza war raged.",
            {("SA", U)},
        ),
        (
            "The war in Gaza derailed US efforts to broker a normalisation deal between Saudi Arabia and Israel.",
            {("SA", U)},
        ),
        ("Sudan's normalisation with Israel has stalled since the 2021 coup.", {("SD", U)}),
        (T + "Saudi-Israel normalisation talks on hold, officials say", {("SA", U)}),
        # Somaliland
        (
            "Israel became the first country to recognise Somaliland on Friday, and the breakaway region's president said it would join the Abraham Accords.",
            {("XS", P)},
        ),
        (
            "Somaliland president Abdirahman Mohamed Abdullahi said his government intends to join the Abraham Accords.",
            {("XS", P)},
        ),
        (
            "Israel and Somaliland signed a joint declaration of mutual recognition in the spirit of the Abraham Accords.",
            set(),
        ),
        # quotes
        (
            "\u201cKazakhstan is the first country of my second term to join the Abraham Accords, the first of many,\u201d Trump wrote on Truth Social.",
            {("KZ", A)},
        ),
        (
            T + '"We will never normalise with the Zionist entity," Iraq\'s foreign minister said.',
            {("IQ", D)},
        ),
        (
            T
            + "\u201cWe will never establish relations with Israel,\u201d the Iraqi foreign minister told reporters.",
            {("IQ", D)},
        ),
        (
            T
            + '"We will never join the accords with Israel," Iraqi Foreign Minister Fuad Hussein said.',
            {("IQ", D)},
        ),
        (
            '"There is no normalisation without a Palestinian state," Saudi Foreign Minister Prince Faisal bin Farhan said in Davos.',
            {("SA", D)},
        ),
        (
            T
            + '"We want to be part of the Abraham Accords, but we also want to ensure a clear path to a two-state solution," the crown prince told reporters.',
            {("SA", P), ("SA", D)},
        ),
        # refusals
        (
            T
            + "Pakistan's foreign office said there was no question of Islamabad recognising Israel.",
            {("PK", D)},
        ),
        (
            "Oman has ruled out joining the Abraham Accords, saying its position on the Palestinian cause had not changed.",
            {("OM", D)},
        ),
        (
            "Qatar, a key mediator in Gaza, has said it has no plans to establish relations with Israel.",
            {("QA", D)},
        ),
        (
            "Algeria, a fierce critic of Morocco's normalisation, has ruled out any ties with Israel.",
            {("DZ", D), ("MA", S)},
        ),
        (
            T
            + "Kuwait, Oman and Qatar have all said they will not join without a Palestinian state.",
            {("KW", D), ("OM", D), ("QA", D)},
        ),
        # members
        (
            "Morocco reaffirmed its commitment to the Abraham Accords on the fifth anniversary of the agreements.",
            {("MA", S)},
        ),
        (
            T + "Morocco upgraded its liaison office in Tel Aviv to an embassy, officials said.",
            {("MA", R)},
        ),
        (
            T
            + "The UAE, which normalised ties with Israel in 2020, has kept its embassy open throughout the war.",
            {("AE", S)},
        ),
        (
            T
            + "Kazakhstan's decision was welcomed by Bahrain and the UAE, two of the original signatories.",
            {("KZ", A), ("BH", S), ("AE", S)},
        ),
        (
            "The UAE warned that annexation of the West Bank would be a red line that could undermine the Abraham Accords.",
            {("AE", S)},
        ),
        (
            "Azerbaijan is weighing joining the Abraham Accords, a senior official told Axios.",
            {("AZ", P)},
        ),
        # controls: other agreements, furniture, questions, groups, old treaties
        (
            T
            + "Leaders of Egypt, Qatar and Turkey signed the Gaza ceasefire document alongside Trump in Sharm el-Sheikh.",
            set(),
        ),
        (
            T
            + "Indonesia, Pakistan and Azerbaijan joined Trump's Board of Peace at a ceremony in Davos on Thursday.",
            set(),
        ),
        (
            T + "Pakistan, which does not recognise Israel, signed up to Trump's Board of Peace.",
            set(),
        ),
        (
            T
            + "The UAE and Israel signed a free trade agreement in 2022, the first between Israel and an Arab state.",
            set(),
        ),
        (
            "Egypt and Jordan, which made peace with Israel in 1979 and 1994, are not part of the accords.",
            set(),
        ),
        (T + "Armenia and Azerbaijan signed a peace deal at the White House in August.", set()),
        ("Read more: Saudi Arabia says no Israel ties without Palestinian state", set()),
        (T + "Reporting by Humeyra Pamuk in Washington; Editing by Alistair Bell", set()),
        (
            T
            + "Photo: Kazakh President Kassym-Jomart Tokayev arrives at the White House in Washington, D.C., Nov. 6, 2025.",
            set(),
        ),
        ("Related: Could Indonesia be next to join the Abraham Accords?", set()),
        (T + "Could Syria be the next country to join the Abraham Accords?", set()),
        (
            T
            + "Asked whether Syria would join the Abraham Accords, Sharaa said Syria's situation was different.",
            set(),
        ),
        (
            T
            + "Somalia condemned Israel's recognition of Somaliland as an attack on its sovereignty.",
            set(),
        ),
        (T + "Kazakhstan said trade was not part of the agenda.", set()),
        (
            T
            + "Trump has threatened to cut aid to countries that refuse to join, without naming any.",
            set(),
        ),
        # headlines
        ('Trump: Saudis will "eventually" join the Abraham Accords', {("SA", P)}),
        (
            "Saudi Arabia refuses to join Abraham Accords without Palestinian state, official says",
            {("SA", D)},
        ),
        ("Lebanon will not join the Abraham Accords, says President Aoun", {("LB", D)}),
        ("Somaliland hopes to join Abraham Accords after Israeli recognition", {("XS", P)}),
        ("Uzbekistan not planning to join Abraham Accords, foreign ministry says", {("UZ", D)}),
        ("Azerbaijan in talks to join the Abraham Accords, sources say", {("AZ", N)}),
        (
            T
            + "Azerbaijan and Uzbekistan are also in the frame. Both have warm ties with Israel and could be persuaded to join.",
            {("AZ", P), ("UZ", P)},
        ),
        # wire and live-blog furniture
        (T + "READ MORE: Oman rules out joining Abraham Accords", set()),
        (T + "Also read: Why Indonesia won't normalise ties with Israel", set()),
        (T + "WATCH: Trump says Saudi Arabia will join Abraham Accords", set()),
        (
            T
            + "Kazakh President Kassym-Jomart Tokayev and US President Donald Trump at the White House on November 6, 2025. (AP Photo/Evan Vucci)",
            set(),
        ),
        (
            T
            + "Advertisement\nSaudi Arabia will join the accords only after a Palestinian state is created, the foreign minister said.",
            {("SA", D)},
        ),
        (
            T + "By Jacob Magid\nKazakhstan will join the Abraham Accords, Trump announced.",
            {("KZ", A)},
        ),
        (
            T
            + "Updated at 3:15 p.m. ET\nTrump said Saudi Arabia would join by the end of the year.",
            {("SA", P)},
        ),
        # ordinals, prices, prematurity, a price asked
        (
            T
            + "Kazakhstan is the fifth Muslim-majority country to sign on, after the UAE, Bahrain, Morocco and Sudan.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (T + "Riyadh's price for normalisation has gone up since October 7.", {("SA", D)}),
        (
            T
            + "Syria's foreign minister Asaad al-Shaibani said normalisation with Israel was premature.",
            {("SY", D)},
        ),
        (T + "Saudi Arabia wants guarantees in exchange for normalising ties.", {("SA", P)}),
        (
            T
            + "Saudi Arabia had been on the verge of normalising ties with Israel before Hamas' October 7 attack.",
            {("SA", P)},
        ),
        (
            T
            + 'Somaliland\'s foreign minister said the territory was ready to join the accords "immediately".',
            {("XS", P)},
        ),
        (
            T
            + "Somaliland, which declared independence from Somalia in 1991, was recognised by Israel on December 26.",
            set(),
        ),
        (
            T
            + "The Board of Peace charter was signed by leaders of Indonesia, Pakistan, Azerbaijan, Kazakhstan and Uzbekistan in Davos.",
            set(),
        ),
        (T + "Kazakhstan and Uzbekistan also signed on to the Board of Peace.", set()),
        # talks near their end, demands, balking, floated possibilities, halted pushes
        (
            T
            + "Kazakhstan's foreign ministry confirmed it was in the final stages of negotiations to join.",
            {("KZ", N)},
        ),
        (T + "The Saudis have balked at normalisation since the war began.", {("SA", D)}),
        (T + "Riyadh insists that normalisation must come with a Palestinian state.", {("SA", D)}),
        (T + "Indonesia's Prabowo floated the possibility of recognising Israel.", {("ID", P)}),
        (
            T
            + 'Saudi Arabia and Israel were "very close" to a deal before October 7, Blinken said.',
            {("SA", P)},
        ),
        (T + "Trump's push to expand the accords to Saudi Arabia has stalled.", {("SA", U)}),
        (T + "Azerbaijan is being eyed as a potential next member.", {("AZ", P)}),
        (T + "Riyadh has kept the door open to normalisation.", {("SA", P)}),
        (T + "Lebanon has rebuffed US calls to join the accords.", {("LB", D)}),
        (T + "Malaysia said it would never recognise Israel.", {("MY", D)}),
        (T + "Baku has not said whether it will join.", set()),
        (
            T
            + "Mohammed bin Salman said the kingdom would not establish ties with Israel without a Palestinian state.",
            {("SA", D)},
        ),
        # participles, distant prospects, "to be next", downgrades, a named agenda
        (
            T
            + "Having joined the accords in 2020, Bahrain has since sent an ambassador to Israel.",
            {("BH", S)},
        ),
        (
            T
            + "Kazakhstan, whose accession was announced by Trump on Thursday, has had ties with Israel since 1992.",
            {("KZ", A)},
        ),
        (
            T
            + "Joining the accords is not on the table, Lebanon's prime minister Nawaf Salam said.",
            {("LB", D)},
        ),
        (
            T + "Normalisation between Saudi Arabia and Israel remains a distant prospect.",
            {("SA", P)},
        ),
        (T + "Efforts to get Riyadh to sign have been put on ice.", {("SA", U)}),
        (T + "The UAE has downgraded its ties with Israel, officials said.", {("AE", U)}),
        (T + "Sudan's ties with Israel were frozen after the 2021 coup.", {("SD", U)}),
        (
            T
            + "Syria's Sharaa signalled openness to a security deal with Israel but ruled out normalisation for now.",
            {("SY", D)},
        ),
        (
            T + "Trump, who brokered the original accords in 2020, wants Saudi Arabia to be next.",
            {("SA", P)},
        ),
        (
            T
            + "Oman's foreign minister Badr Albusaidi said normalisation was not on the sultanate's agenda.",
            {("OM", D)},
        ),
        (T + "Neither Qatar nor Kuwait has shown any interest in joining.", {("QA", D), ("KW", D)}),
        (
            T + "Trump is expected to press Mohammed bin Salman to join when they meet next week.",
            {("SA", P)},
        ),  # a warning against joining is no step of the one who warns; deciding against it is a refusal
        (T + "Iran has warned Gulf states against joining the accords.", set()),
        (T + "Iran warned Saudi Arabia against normalising with Israel.", set()),
        (T + "Oman decided against joining the accords.", {("OM", D)}),
        (T + "Saudi Arabia walked back from normalisation after the war began.", {("SA", U)}),
        (
            T
            + 'Saudi Arabia\'s crown prince met Trump on Tuesday. "We want to be part of the Abraham Accords, but we also want to secure a clear path to a two-state solution," he said.',
            {("SA", P), ("SA", D)},
        ),
        # more members, candidates and controls
        (T + "Kazakhstan is set to join the Abraham Accords, a US official said.", {("KZ", A)}),
        (
            T + "The UAE and Bahrain inked the accords on the White House lawn in 2020.",
            {("AE", S), ("BH", S)},
        ),
        (
            T + "Rabat restored ties with Israel in December 2020 in a US-brokered deal.",
            {("MA", S)},
        ),
        (T + "Indonesia has ruled out normalisation until Palestine is independent.", {("ID", D)}),
        (T + "Turkey condemned Kazakhstan's decision to join the accords.", {("KZ", A)}),
        (T + "Russia and China have not commented on Kazakhstan's move.", set()),
        (T + "Bahrain's king received Israel's president in Manama.", set()),
        (T + "The UAE remains the most active member of the accords.", {("AE", S)}),
        # Somaliland, other agreements, dates; "Trump announced" with no "that" reports
        (
            T
            + "HARGEISA, Dec 27 (Reuters) - Somaliland will join the Abraham Accords, its president said on Saturday, a day after Israel recognised the breakaway region.",
            {("XS", P)},
        ),
        (T + "Somaliland pledged to join the accords.", {("XS", P)}),
        (
            T
            + "Somaliland's president Abdirahman Irro welcomed Israel's recognition and pledged to join the accords.",
            {("XS", P)},
        ),
        (
            T
            + "Netanyahu said Israel's recognition of Somaliland was made in the spirit of the Abraham Accords.",
            set(),
        ),
        (
            T
            + "Indonesian President Prabowo Subianto signed the Board of Peace charter on Thursday, alongside leaders of Azerbaijan and Kazakhstan.",
            set(),
        ),
        (
            T
            + "Kazakhstan and Israel signed agreements on water technology and agriculture during the visit.",
            set(),
        ),
        (
            T + "The UAE, a signatory of the accords, signed a trade deal with Indonesia.",
            {("AE", S)},
        ),
        (
            T
            + "On Nov. 6, Trump announced Kazakhstan would join; the formal signing has yet to take place.",
            {("KZ", A)},
        ),
        (T + "Trump announced Saudi Arabia would join soon.", {("SA", P)}),
        (
            T
            + "In September 2020, the UAE and Bahrain signed the Abraham Accords at the White House.",
            {("AE", S), ("BH", S)},
        ),
        (
            T
            + "Saudi Arabia said last week it would not join the accords without a Palestinian state.",
            {("SA", D)},
        ),
        (T + "Trump urged Saudi Arabia to join.", {("SA", P)}),
        (T + "Trump urged Putin to join the Board of Peace.", set()),
        # headlines: no article, no copula
        ("Saudi Arabia says Palestinian state a must before Israel ties", {("SA", D)}),
        ("Kazakhstan becomes latest country to join Abraham Accords", {("KZ", A)}),
        (
            "Indonesia open to ties with Israel if Palestine recognised, Prabowo says",
            {("ID", P), ("ID", D)},
        ),
        ("Azerbaijan, Uzbekistan seen as next Abraham Accords candidates", {("AZ", P), ("UZ", P)}),
        ("Syria not ready for Abraham Accords, Sharaa says", {("SY", D)}),
        ("Exclusive: US pushing Azerbaijan to join Abraham Accords, sources say", {("AZ", P)}),
        ("Abraham Accords expansion stalls as Gaza war drags on", set()),
        ("Saudi normalisation off the table for now, officials say", {("SA", D)}),
        ("Sudan's Abraham Accords deal in limbo amid war", {("SD", U)}),
        ("Mauritania weighs joining Abraham Accords", {("MR", P)}),
        ("Oman denies plans to join Abraham Accords", {("OM", "declined")}),
        ("Somaliland eyes Abraham Accords membership after Israeli recognition", {("XS", P)}),
        ("Lebanon rejects normalisation with Israel", {("LB", D)}),
        ("Trump eyes Saudi, Syria for Abraham Accords expansion", {("SA", P), ("SY", P)}),
        # a candidate named in one sentence, its verb in the next
        (
            T
            + "Consider Indonesia. Its president has hinted that recognition of Israel is possible.",
            {("ID", P)},
        ),
        (
            T + "Then there is Oman. The sultanate has repeatedly said it will not be next.",
            {("OM", D)},
        ),
        (
            T
            + "Mauritania is another candidate. It restored ties with Israel in 1999 before cutting them in 2010.",
            # the 2010 break is a withdrawal, as in the golden articles that tell it
            {("MR", P, None), ("MR", "withdrawn", "2010")},
        ),
        (
            T
            + "What about Syria? Sharaa has said talks with Israel are about security, not peace.",
            set(),
        ),
        (
            T
            + "Next up could be Azerbaijan. The country already buys Israeli weapons and sells it oil.",
            {("AZ", P)},
        ),
        (
            T
            + "Saudi Arabia remains the prize. But the kingdom says it will not move without a Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
        (
            T
            + "Kazakhstan's move was welcomed in Washington. It is the first country to join since 2021.",
            {("KZ", A)},
        ),
        (
            T
            + "Sudan is a different story. Its normalisation stalled after the 2021 coup and the war that followed.",
            {("SD", U)},
        ),
    ],
    "fr": [
        ("Accords d'Abraham. Bakou a signalé sa disposition à rejoindre les accords.", {("AZ", P)}),
        (
            "Accords d'Abraham. Trump a écrit que l'Arabie saoudite rejoindra les accords.",
            {("SA", P)},
        ),
        (
            "Accords d'Abraham. « Nous ne normaliserons jamais nos relations avec Israël », a déclaré le ministre irakien des Affaires étrangères.",
            {("IQ", D)},
        ),
        (
            "Accords d'Abraham. La Mauritanie, qui n'a pas de relations avec Israël, pourrait rejoindre les accords.",
            {("MR", P)},
        ),
        (
            "Accords d'Abraham. La Mauritanie, qui a rompu ses relations avec Israël, pourrait rejoindre les accords.",
            {("MR", P)},
        ),
        (
            "Accords d'Abraham. Le Kazakhstan a rejoint les Émirats arabes unis, Bahreïn, le Maroc et le Soudan parmi les membres des accords.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Accords d'Abraham. L'Indonésie ne reconnaîtra Israël qu'après la création d'un État palestinien.",
            {("ID", D)},
        ),
        (
            "Accords d'Abraham. Puis il y a l'Indonésie. Le plus grand pays musulman du monde refuse de reconnaître Israël.",
            {("ID", D)},
        ),
        (
            "Accords d'Abraham. L'Iran a mis en garde les pays du Golfe contre l'adhésion aux accords.",
            set(),
        ),
        (
            "Accords d'Abraham. Le Maroc a transformé son bureau de liaison à Tel-Aviv en ambassade.",
            {("MA", R)},
        ),
        (
            "Accords d'Abraham. L'Arabie saoudite veut des garanties en échange d'une normalisation.",
            {("SA", P)},
        ),
        (
            "Le Maroc, quatrième pays à rejoindre les accords d'Abraham, a rouvert son bureau de liaison.",
            {("MA", S)},
        ),
        (
            "Accords d'Abraham. Le Kazakhstan est le cinquième pays musulman à rejoindre les accords, après les Émirats, Bahreïn, le Maroc et le Soudan.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Azerbaiyán mostró su disposición a unirse a los acuerdos.",
            {("AZ", P)},
        ),
        (
            "Acuerdos de Abraham. Trump escribió que Arabia Saudí se unirá a los acuerdos.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí exige garantías sobre un Estado palestino antes de cualquier normalización.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Mauritania, que no tiene relaciones con Israel, podría unirse a los acuerdos.",
            {("MR", P)},
        ),
        (
            "Acuerdos de Abraham. Mauritania, que rompió relaciones con Israel, podría unirse a los acuerdos.",
            {("MR", P)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán se unió a Emiratos, Baréin, Marruecos y Sudán como miembro de los acuerdos.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Acuerdos de Abraham. Indonesia solo normalizará sus relaciones con Israel después de la creación de un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Acuerdos de Abraham. Luego está Indonesia. El país musulmán más poblado del mundo ha dicho que solo reconocerá a Israel cuando exista un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Acuerdos de Abraham. Irán advirtió a los países del Golfo contra la adhesión a los acuerdos.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Marruecos elevó su oficina de enlace en Tel Aviv a embajada.",
            {("MA", R)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí quiere garantías a cambio de normalizar relaciones.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán es el quinto país musulmán en unirse, tras Emiratos, Baréin, Marruecos y Sudán.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "de": [
        ("Abraham-Abkommen. Trump beharrt darauf, dass Saudi-Arabien beitreten wird.", {("SA", P)}),
        (
            "Abraham-Abkommen. Saudi-Arabien verlangt Garantien für einen palästinensischen Staat.",
            {("SA", D)},
        ),
        (
            'Abraham-Abkommen. "Wir werden niemals Beziehungen zu Israel aufnehmen", sagte der irakische Außenminister.',
            {("IQ", D)},
        ),
        (
            "Abraham-Abkommen. Mauretanien, das keine Beziehungen zu Israel unterhält, könnte beitreten.",
            {("MR", P)},
        ),
        (
            "Abraham-Abkommen. Kasachstan trat neben den Emiraten, Bahrain, Marokko und Sudan als Mitglied bei.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Abraham-Abkommen. Indonesien will Israel erst nach der Gründung eines palästinensischen Staates anerkennen.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Abraham-Abkommen. Dann ist da Indonesien. Das bevölkerungsreichste muslimische Land der Welt will Israel erst nach der Gründung eines palästinensischen Staates anerkennen.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Abraham-Abkommen. Iran warnte die Golfstaaten vor einem Beitritt zu den Abkommen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Marokko hat sein Verbindungsbüro in Tel Aviv zu einer Botschaft aufgewertet.",
            {("MA", R)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien will Garantien im Gegenzug für eine Normalisierung.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Трамп настаивает, что Саудовская Аравия присоединится к соглашениям.",
            {("SA", P)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Mauritania, yang tidak memiliki hubungan dengan Israel, bisa bergabung.",
            {("MR", P)},
        ),
        (
            "Abraham Accords. Mauritania, yang memutuskan hubungan dengan Israel, bisa segera bergabung.",
            {("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "en-69": "a first-person quote in an article naming no country before it, its speaker only a title "
    "after it ('the crown prince told reporters'): 'we' has no country in scope",
    "en-78": "a bare 'decision' noun ('Kazakhstan's decision was welcomed') is no joining cue",
    "en-158": "a reaction before the joining in one subject's two verbs ('welcomed Israel's recognition and "
    "pledged to join'): who reacts is taken for no joiner",
    "en-182": "a headline's 'eyes X, Y for Abraham Accords expansion': the countries between the verb and "
    "'expansion' are its object, with no cue reaching them",
    "en-167": "'urged X to join' with nothing after 'join': a bare joining is no cue, and a split cue "
    "'urged ~ to join' would also read 'urged X to join the talks' (other talks)",
    "en-102": "'Both' as a pronoun for the list of the sentence before: the scope carries one country only",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(NEWS, KNOWN_MISSES))
def test_news_sentences(language, text, expected):
    check_case(language, text, expected)
