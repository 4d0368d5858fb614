"""Round fourteen, Spanish and German news (El País, EFE, Europa Press, La Vanguardia, BBC Mundo,
CNN en Español, Infobae; DW, Spiegel, FAZ, NZZ, Tagesschau, Zeit, dpa), with the classes carried
to French, English and Russian where they are said the same way. Classes: a signatory word
beside a group noun or a count ("el número de países firmantes", "die Zahl der
Unterzeichnerstaaten", "le nombre de pays signataires", "the number of signatory countries") is
no signing of the country whose joining the sentence tells; nominal accession nouns with the
country inside ("la incorporación de Kazajistán a los Acuerdos", "la entrada de X en el pacto",
"l'entrée du Kazakhstan dans les accords", "the entry of Kazakhstan into the Abraham Accords")
and their passives of consideration ("Der Beitritt Aserbaidschans wird geprüft", "la adhesión de
X se estudia"); a joining named as a priority or goal ("una de las prioridades", "eines der
wichtigsten Ziele", "l'une des priorités", "one of Trump's top priorities", "одним из главных
приоритетов": interest); ordinal members ("el quinto miembro", "das fünfte Mitglied", "пятым
участником": announced, or signed for a first signatory of 2020-2021); German Konjunktiv I and
first-person joinings in quotes ("der den Abkommen beitrete", "Wir werden uns ... nicht
anschließen"); refusals with a comma before a German zu-infinitive ("hat sich geweigert, die
Beziehungen zu Israel wiederherzustellen") and "se ha negado a"; an adverb of two words inside
"no se plantea por ahora normalizar"; "nicht in Betracht ziehen"; possible new members
("posibles nuevos miembros", "mögliche neue Mitglieder"); the agent of a participle in a
relative clause after a joining ("tritt den Abkommen bei, die 2020 von den Emiraten
unterzeichnet wurden") signed the accords and does not join; halted talks told with a participle
and its agent ("Las conversaciones con Riad, interrumpidas por la guerra", "die durch den
Gaza-Krieg unterbrochenen Gespräche") and a resumption only possible ("podrían retomarse") that
leaves the halt as it is; a first signatory beside a signing dated 2020-2021 in a sentence
naming the accords only as "das Abkommen", "el pacto", "l'accord" (a background member); a doubt
reaching a joining across a German "aber" inside the clause ("ein Beitritt gilt aber als
unwahrscheinlich"); a German main clause closed by its negation after the object ("ratifizierte
das Abkommen nie": no step); a signed accession ("firmó su adhesión", "signed its accession");
becoming a member with no object ("se ha convertido oficialmente en miembro", "ist nun offiziell
Mitglied"); conditions set for a normalisation ("stellt für eine Normalisierung klare
Bedingungen"); "cualquier acercamiento a Israel" after a refusal; "dice sí a los acuerdos"; a
refusal as a gerund ("sigue negándose a"); "el primer país en firmar"; aspiring to become a
member; German separable "nahm ... Beziehungen zu Israel auf" (signed for a first signatory of
2020, nothing before 2020) and "strebt ... eine Mitgliedschaft an"; "podría dar el paso",
"könnte ... diesen Schritt gehen". Controls (visits, comparisons, Egypt's and Jordan's treaties,
mediators, attacks, other agreements, open questions) give no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"

CASES = {
    "es": [
        ("Kazajistán se adhiere a los Acuerdos de Abraham, anuncia Trump.", {("KZ", A)}),
        (
            "La adhesión de Kazajistán a los Acuerdos de Abraham, anunciada el jueves por Trump, eleva a cinco el número de países firmantes.",
            {("KZ", A)},
        ),
        ("Kazajistán, nuevo miembro de los Acuerdos de Abraham", {("KZ", A)}),
        (
            "WASHINGTON (EFE).- El presidente de Kazajistán, Kasim-Yomart Tokáyev, confirmó este jueves la incorporación de su país a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Arabia Saudí condiciona su entrada en los Acuerdos de Abraham a la creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. El príncipe heredero saudí, Mohamed bin Salmán, reiteró que no habrá normalización con Israel sin un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Las negociaciones entre Riad e Israel quedaron congeladas tras el ataque de Hamás del 7 de octubre de 2023.",
            {("SA", U)},
        ),
        (
            "Los Emiratos Árabes Unidos, Baréin, Marruecos y Sudán firmaron los Acuerdos de Abraham en 2020.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Firmados en 2020 bajo mediación de Washington, los Acuerdos de Abraham normalizaron las relaciones de Israel con Emiratos y Baréin.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Siria negocia con Israel un acuerdo de seguridad, pero Damasco descarta por ahora sumarse a los Acuerdos de Abraham.",
            {("SY", D)},
        ),
        (
            "Según fuentes diplomáticas citadas por Europa Press, Azerbaiyán podría ser el próximo país en unirse a los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
        (
            "Trump visitó Riad en mayo y elogió al príncipe heredero, sin mencionar los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Egipto firmó la paz con Israel en 1979 y Jordania en 1994, mucho antes de los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Indonesia estudia sumarse a los Acuerdos de Abraham, según informó la cadena israelí Kan.",
            {("ID", P)},
        ),
        (
            "Acuerdos de Abraham. Marruecos, que normalizó sus relaciones con Israel en diciembre de 2020, acogerá la cumbre.",
            {("MA", S)},
        ),
        (
            "Somalilandia ha expresado su deseo de adherirse a los Acuerdos de Abraham tras ser reconocida por Israel.",
            {("XS", P)},
        ),
        (
            "«Kazajistán se unirá a los Acuerdos de Abraham», afirmó Trump en su red Truth Social.",
            {("KZ", A)},
        ),
        (
            "El Líbano no se sumará a los Acuerdos de Abraham mientras Israel ocupe parte de su territorio, afirmó el presidente Joseph Aoun.",
            {("LB", D)},
        ),
        (
            "Acuerdos de Abraham. La guerra en Gaza ha paralizado el acercamiento entre Arabia Saudí e Israel.",
            {("SA", U)},
        ),
        (
            "Sudán, que se sumó a los Acuerdos de Abraham en enero de 2021, nunca llegó a ratificarlos.",
            {("SD", S)},
        ),
        (
            "Baréin y los Emiratos celebraron el quinto aniversario de los Acuerdos de Abraham con una recepción en Washington.",
            {("AE", S), ("BH", S)},
        ),
        ("Irán condenó la incorporación de Kazajistán a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Kazajistán, que mantiene relaciones con Israel desde 1992, anunció su adhesión a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. La entrada de Arabia Saudí en los acuerdos fue aplazada sine die por la guerra.",
            {("SA", U)},
        ),
        (
            "Tras el anuncio de la adhesión de Kazajistán a los Acuerdos de Abraham, la Casa Blanca confía en que otros países de Asia Central sigan sus pasos.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí no se plantea por ahora normalizar relaciones con Israel, según fuentes del Gobierno saudí.",
            {("SA", D)},
        ),
        (
            "Las conversaciones para la adhesión de Siria a los Acuerdos de Abraham avanzan, según Axios.",
            {("SY", N)},
        ),
        (
            "Israel y Azerbaiyán mantienen conversaciones sobre la entrada de Bakú en los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Acuerdos de Abraham. Los Emiratos Árabes Unidos condenaron el ataque israelí contra Doha.",
            set(),
        ),
        (
            "Arabia Saudí y Estados Unidos firmaron un acuerdo de defensa durante la visita de Bin Salmán a la Casa Blanca.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Sudán: la normalización con Israel, firmada en 2021, quedó en suspenso tras el estallido de la guerra civil.",
            {("SD", S), ("SD", U)},
        ),
        (
            "«No habrá normalización sin un Estado palestino», afirmó el ministro saudí de Exteriores, Faisal bin Farhan.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Indonesia descartó establecer relaciones con Israel mientras no exista un Estado palestino.",
            {("ID", D)},
        ),
        ("Trump presiona a Arabia Saudí para que se sume a los Acuerdos de Abraham", {("SA", P)}),
        (
            "El quinto país en adherirse a los Acuerdos de Abraham es Kazajistán, tras Emiratos, Baréin, Marruecos y Sudán.",
            {("AE", S), ("BH", S), ("KZ", A), ("MA", S), ("SD", S)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán y Uzbekistán firmaron acuerdos comerciales por valor de 2.000 millones de dólares.",
            set(),
        ),
        (
            "La incorporación de Kazajistán, confirmada por Astana, fue celebrada por Netanyahu como un paso histórico hacia la ampliación de los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Se espera que Arabia Saudí se sume al pacto una vez concluida la guerra en Gaza, dijo un alto funcionario estadounidense.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Riad ha dejado claro que no firmará el pacto sin una vía creíble hacia un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Mauritania fue invitada a unirse al pacto, según medios israelíes.",
            {("MR", P)},
        ),
        (
            "Acuerdos de Abraham. El ingreso de Kazajistán en los acuerdos fue confirmado por el Gobierno de Astana.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. La entrada de Arabia Saudí en el pacto sigue condicionada a un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Marruecos, tercer país en normalizar relaciones con Israel en 2020, recibió al ministro.",
            {("MA", S)},
        ),
        (
            "Acuerdos de Abraham. Siria no contempla de momento ninguna normalización con Israel, afirmó el ministro Asaad al Shaibani.",
            {("SY", D)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí mantiene congeladas las conversaciones desde octubre de 2023.",
            {("SA", U)},
        ),
        (
            "Kazajistán firmará los Acuerdos de Abraham en una ceremonia en Washington, según la Casa Blanca.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Indonesia, el mayor país musulmán del mundo, ha sido mencionada como posible candidata.",
            {("ID", P)},
        ),
        (
            "Acuerdos de Abraham. El establecimiento de relaciones diplomáticas entre Israel y Marruecos en diciembre de 2020 fue parte de los acuerdos.",
            {("MA", S)},
        ),
        (
            "Acuerdos de Abraham. Azerbaiyán estaría dispuesto a sumarse, según fuentes citadas por el diario israelí Haaretz.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham, firmados por Emiratos y Baréin en la Casa Blanca en septiembre de 2020, cumplen cinco años.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán se convirtió el jueves en el quinto país en unirse al pacto.",
            {("KZ", A)},
        ),
        ("Acuerdos de Abraham. Kazajistán ya es el quinto miembro del pacto.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. El presidente kazajo, Kasim-Yomart Tokáyev, anunció el jueves la adhesión.",
            {("KZ", A)},
        ),
        ("Acuerdos de Abraham. Omán descarta, por el momento, unirse al pacto.", {("OM", D)}),
        (
            "«Arabia Saudí se unirá a los Acuerdos de Abraham en algún momento», afirmó Trump ante la prensa.",
            {("SA", P)},
        ),
        (
            "«No vamos a sumarnos a los Acuerdos de Abraham», afirmó el presidente sirio, Ahmed al Shara.",
            {("SY", D)},
        ),
        (
            "Siria y Líbano, próximos candidatos a los Acuerdos de Abraham según Washington",
            {("LB", P), ("SY", P)},
        ),
        (
            "Netanyahu viajó a Abu Dabi para reunirse con el presidente emiratí, Mohamed bin Zayed, en el marco de los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Al igual que Emiratos, Kazajistán mantiene buenas relaciones con Israel, pero su adhesión a los Acuerdos de Abraham es nueva.",
            {("KZ", A)},
        ),
        (
            "Egipto, que firmó la paz con Israel en 1979, actuó como mediador en las negociaciones de alto el fuego en Gaza.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Qatar, mediador en Gaza, no tiene intención de normalizar relaciones con Israel.",
            {("QA", D)},
        ),
        (
            "Acuerdos de Abraham. El ataque israelí contra Doha en septiembre puso en peligro la ampliación de los acuerdos.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Las conversaciones con Riad, interrumpidas por la guerra de Gaza, podrían retomarse en 2026.",
            {("SA", U)},
        ),
        (
            "Acuerdos de Abraham. Azerbaiyán y Kazajistán, dos países de mayoría musulmana con estrechos lazos con Israel, fueron citados como posibles nuevos miembros.",
            {("AZ", P), ("KZ", P)},
        ),
        (
            "Acuerdos de Abraham. La adhesión de Kazajistán, anunciada por Trump el 6 de noviembre, no cambia gran cosa sobre el terreno.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Marruecos y Sudán se sumaron después, en diciembre de 2020 y enero de 2021 respectivamente.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Acuerdos de Abraham. Según El País, Indonesia habría aceptado normalizar relaciones con Israel si se reconoce un Estado palestino.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Acuerdos de Abraham. Mauritania se ha negado hasta ahora a restablecer relaciones con Israel.",
            {("MR", D)},
        ),
        ("Trump anuncia que Kazajistán se sumará a los Acuerdos de Abraham", {("KZ", A)}),
        (
            "Acuerdos de Abraham. El Gobierno libanés rechazó de plano cualquier normalización con Israel.",
            {("LB", D)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán, cuya adhesión fue anunciada por Trump, ya mantenía relaciones con Israel.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Tras sumarse Kazajistán, la Casa Blanca mira ahora hacia Azerbaiyán.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí, según el príncipe heredero, solo se sumará si hay un camino hacia un Estado palestino.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Acuerdos de Abraham. El reino saudí reiteró su rechazo a cualquier normalización sin Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Indonesia y Pakistán, dos de los mayores países musulmanes, han descartado sumarse.",
            {("ID", D), ("PK", D)},
        ),
        (
            "Acuerdos de Abraham. Washington negocia con Damasco un acuerdo de seguridad que podría abrir la puerta a una normalización.",
            {("SY", P)},
        ),
        (
            "Acuerdos de Abraham. Baréin, uno de los primeros firmantes, acogió la reunión.",
            {("BH", S)},
        ),
        (
            "Acuerdos de Abraham. Los cuatro países firmantes de 2020 enviaron delegaciones a la ceremonia.",
            set(),
        ),
        ("Acuerdos de Abraham. Jordania firmó la paz con Israel en 1994.", set()),
        (
            "Acuerdos de Abraham. Trump elogió a Tokáyev durante la cena con los líderes de Asia Central.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Sudán firmó su adhesión en enero de 2021, pero nunca la ratificó.",
            {("SD", S)},
        ),
        ("Kazajistán, a los Acuerdos de Abraham", {("KZ", A)}),
        ("Arabia Saudí, lejos de los Acuerdos de Abraham", {("SA", D)}),
        ("Siria, ¿el próximo país de los Acuerdos de Abraham?", set()),
        ("Kazajistán dice sí a los Acuerdos de Abraham", {("KZ", A)}),
        (
            "Acuerdos de Abraham. «Arabia Saudí quiere formar parte de los Acuerdos de Abraham», aseguró Bin Salmán en la Casa Blanca.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. La normalización entre Marruecos e Israel fue sellada en diciembre de 2020.",
            {("MA", S)},
        ),
        (
            "Acuerdos de Abraham. Fue en septiembre de 2020 cuando Emiratos y Baréin firmaron los acuerdos en la Casa Blanca.",
            {("AE", S), ("BH", S)},
        ),
        ("Acuerdos de Abraham. Se sumó también Sudán, en enero de 2021.", {("SD", S)}),
        ("Acuerdos de Abraham. Kazajistán se ha convertido oficialmente en miembro.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Libia fue mencionada por la prensa israelí, pero Trípoli lo desmintió de inmediato.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Argelia, que apoya al Polisario, rechaza frontalmente cualquier acercamiento a Israel.",
            {("DZ", D)},
        ),
        ("Acuerdos de Abraham. Arabia Saudí busca un acercamiento a Israel.", {("SA", P)}),
        ("Acuerdos de Abraham. Fue anunciada el jueves la adhesión de Kazajistán.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Kazajistán, que se adhirió el jueves, es el quinto país.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí sigue negándose a normalizar relaciones con Israel.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Según Axios, Washington y Riad retomaron en octubre las conversaciones sobre la normalización.",
            {("SA", N)},
        ),
        (
            "Acuerdos de Abraham. Las negociaciones con Arabia Saudí están, por ahora, en punto muerto.",
            {("SA", U)},
        ),
        (
            "Acuerdos de Abraham. Emiratos Árabes Unidos fue el primer país en firmar, en septiembre de 2020.",
            {("AE", S)},
        ),
        (
            "Acuerdos de Abraham. Indonesia condiciona cualquier paso a la creación de un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Acuerdos de Abraham. Somalilandia aspira a convertirse en miembro tras su reconocimiento por Israel.",
            {("XS", P)},
        ),
        (
            "Acuerdos de Abraham. Como Marruecos, Kazajistán mantiene lazos con Israel desde hace décadas.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Egipto y Jordania, que firmaron la paz con Israel hace décadas, criticaron la guerra en Gaza.",
            set(),
        ),
        ("Acuerdos de Abraham. Qatar y Egipto median entre Israel y Hamás.", set()),
        (
            "Acuerdos de Abraham. Israel bombardeó posiciones de Hezbolá en el sur del Líbano.",
            set(),
        ),
        (
            "Acuerdos de Abraham. El ministro emiratí de Exteriores visitó Damasco la semana pasada.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Turquía criticó con dureza la decisión de Kazajistán de sumarse.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Kushner, artífice de los acuerdos, visitó Riad en noviembre.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí firmó con Estados Unidos un pacto de defensa estratégica.",
            set(),
        ),
        ("Acuerdos de Abraham. Al igual que Baréin en 2020, Omán podría dar el paso.", {("OM", P)}),
        (
            "Acuerdos de Abraham. Irán acusa a los países firmantes de traicionar la causa palestina.",
            set(),
        ),
    ],
    "de": [
        ("Kasachstan tritt den Abraham-Abkommen bei", {("KZ", A)}),
        (
            "Der Beitritt Kasachstans zu den Abraham-Abkommen war am Donnerstag von US-Präsident Donald Trump verkündet worden.",
            {("KZ", A)},
        ),
        (
            "Kasachstan wird den Abraham-Abkommen beitreten, sagte Trump am Donnerstag im Weißen Haus.",
            {("KZ", A)},
        ),
        (
            "Wie das Weiße Haus mitteilte, hat sich Kasachstan den Abraham-Abkommen angeschlossen.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien knüpft eine Normalisierung mit Israel an die Gründung eines palästinensischen Staates.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Die Gespräche über eine Normalisierung zwischen Saudi-Arabien und Israel liegen seit dem Gaza-Krieg auf Eis.",
            {("SA", U)},
        ),
        (
            "Die Vereinigten Arabischen Emirate und Bahrain hatten die Abraham-Abkommen im September 2020 im Weißen Haus unterzeichnet. Marokko und der Sudan folgten wenig später.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Syrien schließt einen Beitritt zu den Abraham-Abkommen derzeit aus, berichtet die dpa.",
            {("SY", D)},
        ),
        ("Trump sagte, dass Saudi-Arabien den Abraham-Abkommen bald beitreten werde.", {("SA", P)}),
        (
            "Nach Angaben der israelischen Regierung verhandelt Aserbaidschan über einen Beitritt zu den Abraham-Abkommen.",
            {("AZ", N)},
        ),
        (
            "Indonesien, das bevölkerungsreichste muslimische Land, gilt als möglicher Kandidat für die Abraham-Abkommen.",
            {("ID", P)},
        ),
        (
            "Mauretanien und Somaliland werden in Washington als weitere Kandidaten für die Abraham-Abkommen gehandelt.",
            {("MR", P), ("XS", P)},
        ),
        (
            "Abraham-Abkommen. Ägypten und Jordanien haben bereits 1979 beziehungsweise 1994 Frieden mit Israel geschlossen.",
            set(),
        ),
        (
            "Der Sudan hat die Abraham-Abkommen zwar unterzeichnet, aber nie ratifiziert.",
            {("SD", S)},
        ),
        ("Trump empfing den saudischen Kronprinzen Mohammed bin Salman im Weißen Haus.", set()),
        (
            "Abraham-Abkommen. Libanons Präsident Joseph Aoun lehnte eine Normalisierung mit Israel ab.",
            {("LB", D)},
        ),
        (
            "Abraham-Abkommen. Eine Normalisierung der Beziehungen zu Israel komme für Riad derzeit nicht infrage, sagte ein saudischer Regierungsvertreter.",
            {("SA", D)},
        ),
        ("Abraham-Abkommen: Beitritt Kasachstans offiziell besiegelt", {("KZ", A)}),
        (
            "Abraham-Abkommen. Die Annäherung zwischen Israel und Saudi-Arabien wurde durch den Angriff der Hamas jäh gestoppt.",
            {("SA", U)},
        ),
        (
            "Kasachstan unterhält seit 1992 diplomatische Beziehungen zu Israel; sein Beitritt zu den Abraham-Abkommen gilt daher vor allem als symbolischer Schritt.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Die Emirate, die 2020 als erstes Land die Abkommen unterzeichneten, begrüßten den Schritt.",
            {("AE", S)},
        ),
        (
            "Abraham-Abkommen. Bahrain hat seinen Botschafter aus Israel abgezogen und die Wirtschaftsbeziehungen auf Eis gelegt.",
            {("BH", U)},
        ),
        (
            "Die US-Regierung drängt Saudi-Arabien, sich den Abraham-Abkommen anzuschließen.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen. Armenien und Aserbaidschan unterzeichneten im August in Washington ein Friedensabkommen.",
            set(),
        ),
        (
            "Somaliland hofft nach der Anerkennung durch Israel auf eine Aufnahme in die Abraham-Abkommen.",
            {("XS", P)},
        ),
        (
            "Kasachstan sei der erste Staat in seiner zweiten Amtszeit, der den Abraham-Abkommen beitrete, schrieb Trump.",
            {("KZ", A)},
        ),
        (
            "Der Golfstaat Oman hat einen Beitritt zu den Abraham-Abkommen bislang abgelehnt.",
            {("OM", D)},
        ),
        ("Ob Saudi-Arabien den Abraham-Abkommen beitritt, ist weiter offen.", set()),
        (
            "Abraham-Abkommen. Die Verhandlungen mit Riad seien weit fortgeschritten, sagte der US-Sondergesandte Steve Witkoff.",
            {("SA", N)},
        ),
        (
            "Zu den Unterzeichnerstaaten der Abraham-Abkommen gehören die Vereinigten Arabischen Emirate, Bahrain, Marokko und der Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Abraham-Abkommen. Israel griff Ziele in Syrien und im Libanon an.", set()),
        (
            "Die Aufnahme diplomatischer Beziehungen zwischen Israel und Marokko im Dezember 2020 war Teil der Abraham-Abkommen.",
            {("MA", S)},
        ),
        (
            "Pakistan will sich den Abraham-Abkommen nicht anschließen, solange der Gaza-Krieg andauert.",
            {("PK", D)},
        ),
        (
            "Mit dem Beitritt Kasachstans wächst die Zahl der Mitglieder der Abraham-Abkommen auf fünf.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Kasachstan sei dem Abkommen beigetreten, teilte das Außenministerium in Astana mit.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Riad werde das Abkommen erst unterzeichnen, wenn ein Weg zu einem palästinensischen Staat feststehe, sagte der Außenminister.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien gilt als wichtigster Kandidat, ein Beitritt gilt aber als unwahrscheinlich.",
            {("SA", P)},
        ),
        (
            "Die von Trump vermittelten Abraham-Abkommen, denen sich 2020 die Emirate und Bahrain angeschlossen hatten, sollen nun erweitert werden.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan, das enge Beziehungen zu Israel pflegt, wird als nächster Beitrittskandidat gehandelt.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Nach dem Beitritt Kasachstans könnte bald auch Aserbaidschan folgen, hieß es in Washington.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Die Aufnahme Kasachstans in die Abkommen wurde am Donnerstag offiziell verkündet.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien ist derzeit nicht bereit, dem Abkommen beizutreten.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Kasachstan hat sich dem Abkommen angeschlossen, teilte das Weiße Haus mit.",
            {("KZ", A)},
        ),
        ("Abraham-Abkommen. Die Emirate hatten das Abkommen 2020 unterzeichnet.", {("AE", S)}),
        (
            "Abraham-Abkommen. Syrien will dem Abkommen vorerst nicht beitreten, sagte Präsident al-Scharaa.",
            {("SY", D)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan könnte dem Abkommen als nächstes Land beitreten.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Die Normalisierungsgespräche mit Saudi-Arabien wurden nach dem 7. Oktober ausgesetzt.",
            {("SA", U)},
        ),
        (
            "Abraham-Abkommen. Marokko nahm im Dezember 2020 diplomatische Beziehungen zu Israel auf.",
            {("MA", S)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien gilt als Wunschkandidat Washingtons, ein Beitritt scheint aber in weiter Ferne.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen. Indonesien, das keine diplomatischen Beziehungen zu Israel unterhält, lehnt einen Beitritt ab.",
            {("ID", D)},
        ),
        (
            "Der Beitritt Aserbaidschans zu den Abraham-Abkommen wird in Baku derzeit geprüft.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Kasachstan tritt dem Abkommen bei, das 2020 von den Emiraten und Bahrain unterzeichnet wurde.",
            {("AE", S), ("BH", S), ("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Die Verhandlungen über einen Beitritt Saudi-Arabiens liegen derzeit auf Eis.",
            {("SA", U)},
        ),
        ("«Kasachstan wird den Abraham-Abkommen beitreten», sagte Trump.", {("KZ", A)}),
        (
            "«Wir werden uns den Abraham-Abkommen nicht anschließen», sagte der syrische Präsident al-Scharaa.",
            {("SY", D)},
        ),
        (
            "Abraham-Abkommen: Syrien und Libanon als nächste Kandidaten im Gespräch",
            {("LB", P), ("SY", P)},
        ),
        (
            "Netanjahu reiste nach Abu Dhabi, um sich mit dem Präsidenten der Emirate zu treffen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Ägypten, das 1979 Frieden mit Israel schloss, vermittelte bei den Waffenstillstandsgesprächen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Katar, Vermittler im Gaza-Krieg, hat keine Absicht, Beziehungen zu Israel aufzunehmen.",
            {("QA", D)},
        ),
        (
            "Abraham-Abkommen. Der israelische Angriff auf Doha im September gefährdete die Erweiterung der Abkommen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Die durch den Gaza-Krieg unterbrochenen Gespräche mit Riad könnten 2026 wieder aufgenommen werden.",
            {("SA", U)},
        ),
        (
            "Abraham-Abkommen. Marokko und der Sudan schlossen sich im Dezember 2020 beziehungsweise im Januar 2021 an.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Abraham-Abkommen. Mauretanien hat sich bislang geweigert, die Beziehungen zu Israel wiederherzustellen.",
            {("MR", D)},
        ),
        ("Trump: Kasachstan schließt sich Abraham-Abkommen an", {("KZ", A)}),
        (
            "Abraham-Abkommen. Die libanesische Regierung wies jede Normalisierung mit Israel zurück.",
            {("LB", D)},
        ),
        (
            "Abraham-Abkommen. Dass Saudi-Arabien beitritt, gilt in Riad als ausgeschlossen, solange es keinen palästinensischen Staat gibt.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Indonesien würde Israel anerkennen, sofern ein palästinensischer Staat entsteht, sagte Präsident Prabowo.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Abraham-Abkommen. Bahrain, einer der ersten Unterzeichner, empfing den israelischen Präsidenten Herzog.",
            {("BH", S)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan, das Israel mit Öl beliefert, steht im Mittelpunkt der Spekulationen über weitere Beitritte.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Kasachstan, dessen Beitritt Trump verkündet hatte, unterhielt bereits Beziehungen zu Israel.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Nach dem Beitritt Kasachstans richtet sich der Blick nun auf Aserbaidschan.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Indonesien und Pakistan haben einen Beitritt bislang ausgeschlossen.",
            {("ID", D), ("PK", D)},
        ),
        (
            "Abraham-Abkommen. Bahrain, einer der ersten Unterzeichnerstaaten, richtete das Treffen aus.",
            {("BH", S)},
        ),
        (
            "Abraham-Abkommen. Die vier Unterzeichnerstaaten von 2020 schickten Delegationen zur Zeremonie.",
            set(),
        ),
        ("Abraham-Abkommen. Jordanien schloss 1994 Frieden mit Israel.", set()),
        (
            "Abraham-Abkommen. Der Sudan unterzeichnete im Januar 2021, ratifizierte das Abkommen aber nie.",
            {("SD", S)},
        ),
        (
            "Abraham-Abkommen. Die Gespräche über einen Beitritt Saudi-Arabiens seien weit fortgeschritten, heißt es aus Washington.",
            {("SA", N)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien macht einen Beitritt von einem Palästinenserstaat abhängig.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Laut Axios könnte Aserbaidschan als nächstes Land beitreten.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Dass Kasachstan beigetreten ist, begrüßte die Bundesregierung.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Trump hatte gehofft, Saudi-Arabien noch in diesem Jahr für die Abkommen zu gewinnen.",
            {("SA", P)},
        ),
        ("Abraham-Abkommen. Oman unterzeichnete die Abkommen nicht.", set()),
        ("Abraham-Abkommen. Der Sudan ratifizierte das Abkommen nie.", set()),
        (
            "Abraham-Abkommen. Das Parlament in Rabat ratifizierte die Normalisierung bislang nicht.",
            set(),
        ),
        ("Kasachstan zu Abraham-Abkommen: Ja", {("KZ", A)}),
        ("Abraham-Abkommen. Saudi-Arabien: Kein Beitritt ohne Palästinenserstaat.", {("SA", D)}),
        (
            "Abraham-Abkommen. «Saudi-Arabien will Teil der Abraham-Abkommen sein», sagte Mohammed bin Salman im Weißen Haus.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen. Die Normalisierung zwischen Marokko und Israel wurde im Dezember 2020 besiegelt.",
            {("MA", S)},
        ),
        ("Abraham-Abkommen. Im Januar 2021 schloss sich auch der Sudan an.", {("SD", S)}),
        ("Abraham-Abkommen. Kasachstan ist nun offiziell Mitglied.", {("KZ", A)}),
        (
            "Abraham-Abkommen. Libyen wurde in israelischen Medien genannt, Tripolis dementierte jedoch umgehend.",
            set(),
        ),
        ("Abraham-Abkommen. Algerien lehnt jede Annäherung an Israel kategorisch ab.", {("DZ", D)}),
        (
            "Abraham-Abkommen. Mit dem Beitritt tritt Kasachstan in die Fußstapfen der Emirate.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Riad stellt für eine Normalisierung klare Bedingungen, sagte Außenminister Faisal bin Farhan.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan wird als nächster Kandidat gehandelt, hieß es in Washington.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Die Regierung in Jakarta dementierte Berichte über einen bevorstehenden Beitritt Indonesiens.",
            {("ID", "declined")},
        ),
        ("Abraham-Abkommen. Kasachstan ist Mitglied der Vereinten Nationen.", set()),
        (
            "Abraham-Abkommen. Kasachstan trat den Abkommen am Donnerstag offiziell bei.",
            {("KZ", A)},
        ),
        ("Abraham-Abkommen. Kasachstans Beitritt wurde am Donnerstag bekanntgegeben.", {("KZ", A)}),
        ("Abraham-Abkommen. Saudi-Arabien lehnt einen Beitritt weiterhin ab.", {("SA", D)}),
        ("Abraham-Abkommen. Marokko nahm im Dezember 2020 Beziehungen zu Israel auf.", {("MA", S)}),
        (
            "Abraham-Abkommen. Die Gespräche mit Saudi-Arabien wurden nach dem 7. Oktober auf Eis gelegt.",
            {("SA", U)},
        ),
        ("Abraham-Abkommen. Riad knüpft einen Beitritt an Bedingungen.", {("SA", D)}),
        (
            "Abraham-Abkommen. Die Emirate waren im September 2020 das erste Land, das unterzeichnete.",
            {("AE", S)},
        ),
        (
            "Abraham-Abkommen. Somaliland strebt nach der Anerkennung durch Israel eine Mitgliedschaft an.",
            {("XS", P)},
        ),
        (
            "Abraham-Abkommen. Laut Axios nahmen Washington und Riad im Oktober die Gespräche über eine Normalisierung wieder auf.",
            {("SA", N)},
        ),
        (
            "Abraham-Abkommen. Indonesien macht jeden Schritt von einem palästinensischen Staat abhängig.",
            {("ID", D)},
        ),
        ("Abraham-Abkommen. Kasachstan nahm 1992 Beziehungen zu Israel auf.", set()),
        (
            "Abraham-Abkommen. Wie Marokko unterhält auch Kasachstan seit Jahrzehnten Beziehungen zu Israel.",
            set(),
        ),
        (
            "Abraham-Abkommen. Ägypten und Jordanien, die vor Jahrzehnten Frieden mit Israel schlossen, kritisierten den Gaza-Krieg.",
            set(),
        ),
        ("Abraham-Abkommen. Katar und Ägypten vermitteln zwischen Israel und der Hamas.", set()),
        (
            "Abraham-Abkommen. Israel bombardierte Stellungen der Hisbollah im Süden des Libanon.",
            set(),
        ),
        (
            "Abraham-Abkommen. Der emiratische Außenminister besuchte vergangene Woche Damaskus.",
            set(),
        ),
        (
            "Abraham-Abkommen. Die Türkei kritisierte die Entscheidung Kasachstans, den Abkommen beizutreten, scharf.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien unterzeichnete mit den USA ein strategisches Verteidigungsabkommen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Wie Bahrain im Jahr 2020 könnte nun auch Oman diesen Schritt gehen.",
            {("OM", P)},
        ),
        (
            "Abraham-Abkommen. Iran wirft den Unterzeichnerstaaten Verrat an der palästinensischen Sache vor.",
            set(),
        ),
    ],
    "fr": [
        (
            "L'adhésion du Kazakhstan aux accords d'Abraham porte à cinq le nombre de pays signataires.",
            {("KZ", A)},
        ),
        ("L'Iran a condamné l'entrée du Kazakhstan dans les accords d'Abraham.", {("KZ", A)}),
        (
            "L'intégration du Kazakhstan aux accords d'Abraham a été saluée par Benyamin Netanyahou.",
            {("KZ", A)},
        ),
        (
            "Accords d'Abraham. Le Kazakhstan est désormais le cinquième membre des accords.",
            {("KZ", A)},
        ),
        (
            "L'adhésion de l'Arabie saoudite aux accords d'Abraham est l'une des priorités de Donald Trump.",
            {("SA", P)},
        ),
        (
            "Accords d'Abraham. Les pourparlers avec Riyad, interrompus par la guerre à Gaza, pourraient reprendre en 2026.",
            {("SA", U)},
        ),
        (
            "Accords d'Abraham. Les Émirats arabes unis, qui avaient signé l'accord dès 2020, ont salué la décision.",
            {("AE", S)},
        ),
        (
            "Accords d'Abraham. L'Arabie saoudite n'envisage pas, pour l'instant, de normaliser ses relations avec Israël.",
            {("SA", D)},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham, signés en 2020 par les Émirats arabes unis et Bahreïn.",
            {("AE", S), ("BH", S), ("KZ", A)},
        ),
        (
            "Accords d'Abraham. Le Soudan a signé son adhésion en janvier 2021 sans jamais la ratifier.",
            {("SD", S)},
        ),
    ],
    "en": [
        (
            "Kazakhstan's accession to the Abraham Accords raises the number of signatory countries to five.",
            {("KZ", A)},
        ),
        ("Iran condemned the entry of Kazakhstan into the Abraham Accords.", {("KZ", A)}),
        (
            "The admission of Kazakhstan to the Abraham Accords was announced on Thursday.",
            {("KZ", A)},
        ),
        (
            "Saudi Arabia's accession to the Abraham Accords is one of Trump's top priorities.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Talks with Riyadh, halted by the war in Gaza, could resume next year.",
            {("SA", U)},
        ),
        (
            "Abraham Accords. The UAE, which signed the agreement in 2020, welcomed the move.",
            {("AE", S)},
        ),
        (
            "Kazakhstan joins the Abraham Accords, which were signed in 2020 by the UAE and Bahrain.",
            {("AE", S), ("BH", S), ("KZ", A)},
        ),
        (
            "Abraham Accords. Sudan signed its accession in January 2021 but never ratified it.",
            {("SD", S)},
        ),
    ],
    "ru": [
        (
            "Присоединение Казахстана к Соглашениям Авраама увеличило число стран-участниц до пяти.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Переговоры с Эр-Риядом, прерванные войной в Газе, могут возобновиться в 2026 году.",
            {("SA", U)},
        ),
        (
            "Авраамовы соглашения. ОАЭ, подписавшие соглашение в 2020 году, приветствовали это решение.",
            {("AE", S)},
        ),
        ("Авраамовы соглашения. Казахстан стал пятым участником соглашений.", {("KZ", A)}),
        (
            "Авраамовы соглашения. Присоединение Эр-Рияда остаётся одним из главных приоритетов Трампа.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "es-24": "a nominal halt of 'la entrada de X en los acuerdos' ('fue aplazada'): 'entrada' is no "
    "halted process (the entry of aid into Gaza is blocked in the same news)",
    "es-58": "a demonym on a leader's title ('el presidente emiratí') in a sentence naming the "
    "accords is taken as a background member, though the sentence tells a visit",
    "es-59": "'Al igual que Emiratos' opening the sentence: the possessive 'su adhesión' after "
    "'pero' is also read for the country compared",
    "de-32": "'Aufnahme diplomatischer Beziehungen' is an announcement cue: a first signatory's "
    "normalisation dated 2020 told with the noun is not turned into its signing",
    "de-61": "verb-final: a modal right after a nominal halt ('unterbrochenen Gespräche mit Riad "
    "könnten') is read as the speaker's belief about the halt, which drops it",
    "es-72": "a gaze phrase ('mira ahora hacia X', 'all eyes on X'): the country after it is not "
    "taken as the candidate when a country with a step of its own stands before it in the clause",
    "de-71": "a gaze phrase ('richtet sich der Blick auf X'): the country after it is not taken "
    "as the candidate when a country with a step of its own stands before it in the clause",
    "es-82": "a verbless headline ('Kazajistán, a los Acuerdos de Abraham'): a comma standing for "
    "the verb gives no step",
    "es-83": "a verbless headline ('Arabia Saudí, lejos de los Acuerdos de Abraham'): 'far from' "
    "the accords is no refusal cue",
    "de-85": "a verbless headline ('Kasachstan zu Abraham-Abkommen: Ja'): a bare 'Ja' after a colon "
    "is no joining cue",
    "de-88": "'Die Normalisierung zwischen Marokko und Israel wurde ... besiegelt': the split signing "
    "cue with the country between its parts is read as an interest on 'wurde'",
    "es-110": "'Al igual que' opening the sentence is also a continuation word ('X joined, al igual "
    "que Y'): the country compared takes the step of the country after the comma",
    "de-117": "the compound 'Unterzeichnerstaaten' as the object of another country's verb "
    "('Iran wirft den Unterzeichnerstaaten ... vor') is read as that country's signing",
    "de-67": "'sofern' (provided that) weakens the step to interest only; a condition set by the "
    "country itself is not read as its refusal",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round14_spanish_german_news(language, text, expected):
    check_case(language, text, expected)
