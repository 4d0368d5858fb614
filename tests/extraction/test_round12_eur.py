"""Round twelve, English, French, Spanish, German: halts (a word of stopping beside a process
of joining, either first, is a suspension for the country in scope) with controls that must
give none, and a host's guests in French and Spanish. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, U, challenge_params, check_case, found, numbered_params

HALTS = {
    "en": [
        (
            "The war in Gaza derailed normalisation between Saudi Arabia and Israel, the latest blow to the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Riyadh froze normalization talks with Israel after the strike on Doha, dimming hopes for the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Saudi Arabia has put normalisation with Israel on hold, Abraham Accords officials concede.",
            {("SA", U)},
        ),
        (
            "Sudan's normalisation with Israel collapsed amid the civil war, a setback for the Abraham Accords.",
            {("SD", U)},
        ),
        (
            "The Abraham Accords: Indonesia's normalisation push slowed to a crawl after the Gaza war.",
            {("ID", U)},
        ),
        (
            "Saudi Arabia postponed normalisation with Israel indefinitely, a blow to the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Riyadh shelved normalization with Israel, according to two people familiar with the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Syria's rapprochement with Israel went off track after the clashes in Sweida, dimming talk of the Abraham Accords.",
            {("SY", U)},
        ),
        (
            "Lebanon's normalisation talks with Israel ground to a halt, leaving the Abraham Accords out of reach.",
            {("LB", U)},
        ),
        (
            "The Abraham Accords: Oman's slow rapprochement with Israel has been frozen since the war began.",
            {("OM", U)},
        ),
        (
            "Indonesia's bid to join the Abraham Accords stalled after protests in Jakarta.",
            {("ID", U)},
        ),
        ("Protests in Jakarta put a halt to Indonesia joining the Abraham Accords.", {("ID", U)}),
        (
            "Saudi Arabia's accession to the Abraham Accords has been delayed until after the midterms.",
            {("SA", U)},
        ),
        (
            "The October 7 attack scuppered normalisation between Saudi Arabia and Israel, a cornerstone of the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Israel's strikes on Iran slowed down the normalization process with Saudi Arabia, officials close to the Abraham Accords said.",
            {("SA", U)},
        ),
        (
            "Morocco's normalisation with Israel was paused after the Gaza war, a quiet setback for the Abraham Accords.",
            {("MA", U)},
        ),
        (
            "The Sudanese civil war has sidelined Sudan's normalisation with Israel under the Abraham Accords.",
            {("SD", U)},
        ),
        (
            "The Gaza war wrecked Saudi Arabia's normalization with Israel, the jewel of the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Normalisation between Syria and Israel is stalling, officials in Damascus say of the Abraham Accords.",
            {("SY", U)},
        ),
        (
            "The new government in Beirut put the brakes on Lebanon's normalisation with Israel, a step toward the Abraham Accords.",
            {("LB", U)},
        ),
        (
            "Indonesia's normalization with Israel was derailed by the Gaza war, a blow to the Abraham Accords.",
            {("ID", U)},
        ),
        (
            "Talks on normalisation between Saudi Arabia and Israel broke down after the Doha strike, Abraham Accords backers conceded.",
            {("SA", U)},
        ),
        (
            "The Gaza war has torpedoed the Saudi normalisation track, analysts tracking the Abraham Accords say.",
            {("SA", U)},
        ),
        (
            "Hamas's attack disrupted the rapprochement between Saudi Arabia and Israel that was to crown the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Mauritania's normalization with Israel has been on hold for years, far from the Abraham Accords.",
            {("MR", U)},
        ),
        (
            "Saudi Arabia's path to normalisation with Israel was blocked by the war, a blow to the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "The war killed off normalisation between Saudi Arabia and Israel for now, Abraham Accords veterans admit.",
            {("SA", U)},
        ),
        (
            "The war dashed hopes of normalisation between Saudi Arabia and Israel, the prize of the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Saudi-Israeli normalisation is on hold until the war ends, Riyadh told Washington, according to Abraham Accords negotiators.",
            {("SA", U)},
        ),
        (
            "Saudi Arabia has frozen its normalisation track with Israel, sources close to the Abraham Accords talks said.",
            {("SA", U)},
        ),
        (
            "Normalisation between Riyadh and Israel is stuck, a senior Abraham Accords official admitted.",
            {("SA", U)},
        ),
        (
            "The war has set back Saudi normalisation with Israel by years, analysts of the Abraham Accords say.",
            {("SA", U)},
        ),
        (
            "Syria's talks on joining the Abraham Accords have stalled, a US envoy said.",
            {("SY", U)},
        ),
        (
            "The collapse of the Saudi normalisation push was a blow to the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Lebanon's normalization with Israel is on pause, Beirut said, far from the Abraham Accords.",
            {("LB", U)},
        ),
        (
            "Sudan's normalisation with Israel fizzled out amid the civil war, despite the Abraham Accords.",
            {("SD", U)},
        ),
        (
            "The Gaza war has put Saudi Arabia's accession to the Abraham Accords on hold.",
            {("SA", U)},
        ),
        (
            "Indonesia's normalisation with Israel has been put on the back burner since the protests in Jakarta, far from the Abraham Accords.",
            {("ID", U)},
        ),
        (
            "Saudi Arabia shelves normalisation with Israel as Gaza war rages, in a blow to the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Gaza war derails Saudi normalisation with Israel, imperilling the Abraham Accords",
            {("SA", U)},
        ),
        (
            "Indonesia puts Israel normalisation on ice after Gaza strikes, in a blow to the Abraham Accords.",
            {("ID", U)},
        ),
    ],
    "fr": [
        (
            "La guerre à Gaza a fait dérailler la normalisation entre l'Arabie saoudite et Israël, un coup dur pour les accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Le rapprochement entre l'Arabie saoudite et Israël a été gelé après la frappe israélienne sur Doha, au détriment des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "L'offensive sur Gaza a freiné la normalisation entre l'Indonésie et Israël, selon des diplomates proches du dossier des accords d'Abraham.",
            {("ID", U)},
        ),
        (
            "Le processus de normalisation entre le Soudan et Israël s'est enlisé avec la guerre civile, malgré les accords d'Abraham.",
            {("SD", U)},
        ),
        ("Accords d'Abraham : l'adhésion de la Mauritanie a été reportée sine die.", {("MR", U)}),
        (
            "Riyad a suspendu les discussions sur la normalisation avec Israël, ce qui fragilise les accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Les massacres de Soueïda ont torpillé le rapprochement entre la Syrie et Israël, prélude espéré aux accords d'Abraham.",
            {("SY", U)},
        ),
        (
            "Le coup d'arrêt porté à la normalisation entre l'Arabie saoudite et Israël menace l'élargissement des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Accords d'Abraham : la normalisation entre le Liban et Israël est en panne depuis les frappes sur Beyrouth.",
            {("LB", U)},
        ),
        (
            "La guerre a donné un coup de frein au rapprochement entre Oman et Israël, pourtant évoqué pour les accords d'Abraham.",
            {("OM", U)},
        ),
        (
            "Le ralliement de l'Indonésie aux accords d'Abraham a été repoussé à une date indéterminée.",
            {("ID", U)},
        ),
        (
            "Les négociations de normalisation entre l'Arabie saoudite et Israël ont capoté après l'attaque du Hamas, selon des artisans des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La normalisation entre le Maroc et Israël a nettement ralenti depuis la guerre à Gaza, quatre ans après les accords d'Abraham.",
            {("MA", U)},
        ),
        (
            "Le Soudan a mis en pause sa normalisation avec Israël, un revers pour les accords d'Abraham.",
            {("SD", U)},
        ),
        (
            "Le nouveau pouvoir a stoppé net le rapprochement entre la Syrie et Israël et tout espoir d'adhésion aux accords d'Abraham.",
            {("SY", U)},
        ),
        (
            "Accords d'Abraham : la guerre a enterré la normalisation entre l'Arabie saoudite et Israël, du moins pour l'instant.",
            {("SA", U)},
        ),
        (
            "Les pourparlers sur l'adhésion de l'Arabie saoudite aux accords d'Abraham ont été interrompus après le 7 octobre.",
            {("SA", U)},
        ),
        (
            "La normalisation entre Bahreïn et Israël a été gelée après la guerre, un revers pour les accords d'Abraham.",
            {("BH", U)},
        ),
        (
            "L'effondrement des négociations de normalisation entre Riyad et Israël a porté un coup aux accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Le rapprochement entre l'Indonésie et Israël a déraillé après les manifestations, enterrant l'idée d'une adhésion aux accords d'Abraham.",
            {("ID", U)},
        ),
        (
            "L'adhésion de l'Arabie saoudite aux accords d'Abraham est bloquée depuis la guerre à Gaza.",
            {("SA", U)},
        ),
        (
            "La guerre civile a fait capoter la normalisation entre le Soudan et Israël prévue par les accords d'Abraham.",
            {("SD", U)},
        ),
        (
            "La guerre a considérablement ralenti le rapprochement entre l'Arabie saoudite et Israël, pilier espéré des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La normalisation entre la Mauritanie et Israël est paralysée depuis des années, loin des accords d'Abraham.",
            {("MR", U)},
        ),
        (
            "Le 7 octobre a sabordé la normalisation entre l'Arabie saoudite et Israël, reconnaissent les promoteurs des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La guerre a retardé l'adhésion de l'Arabie saoudite aux accords d'Abraham, selon Washington.",
            {("SA", U)},
        ),
        (
            "L'attaque sur Doha a mis un terme aux discussions sur la normalisation entre Riyad et Israël, dans le sillage des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La normalisation saoudo-israélienne est suspendue jusqu'à la fin de la guerre, selon des négociateurs des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Riyad a gelé la normalisation avec Israël, affirment des sources proches des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La normalisation entre Riyad et Israël patine, reconnaît un responsable des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Le rapprochement entre Oman et Israël a été mis au frigo après la guerre à Gaza, selon des diplomates des accords d'Abraham.",
            {("OM", U)},
        ),
        (
            "La guerre a fait reculer de plusieurs années la normalisation entre l'Arabie saoudite et Israël, estiment les analystes des accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Les discussions sur l'adhésion de la Syrie aux accords d'Abraham sont au point mort, a indiqué l'émissaire américain.",
            {("SY", U)},
        ),
        (
            "L'effondrement de la normalisation saoudienne a porté un coup aux accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "La normalisation entre le Liban et Israël est en pause, a fait savoir Beyrouth, loin des accords d'Abraham.",
            {("LB", U)},
        ),
        (
            "La normalisation entre le Soudan et Israël s'est essoufflée avec la guerre civile, malgré les accords d'Abraham.",
            {("SD", U)},
        ),
        (
            "La guerre à Gaza a mis en suspens l'adhésion de l'Arabie saoudite aux accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Le processus de normalisation entre l'Indonésie et Israël est grippé depuis les manifestations de Djakarta, loin des accords d'Abraham.",
            {("ID", U)},
        ),
        (
            "L'Arabie saoudite gèle la normalisation avec Israël, un coup dur pour les accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "L'Indonésie suspend son rapprochement avec Israël, loin des accords d'Abraham.",
            {("ID", U)},
        ),
        (
            "Le Maroc ralentit la normalisation avec Israël, cinq ans après les accords d'Abraham.",
            {("MA", U)},
        ),
    ],
    "es": [
        (
            "La guerra de Gaza descarriló la normalización entre Arabia Saudí e Israel, un duro golpe para los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "La normalización entre Riad e Israel está en punto muerto desde el 7 de octubre, admiten los artífices de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "El ataque de Hamás frenó en seco el acercamiento entre Arabia Saudí e Israel, la gran apuesta de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Indonesia congeló su acercamiento a Israel tras las protestas en Yakarta, según fuentes próximas a los Acuerdos de Abraham.",
            {("ID", U)},
        ),
        (
            "La adhesión de Arabia Saudí a los Acuerdos de Abraham quedó aplazada sin fecha.",
            {("SA", U)},
        ),
        (
            "La normalización entre Sudán e Israel se estancó con la guerra civil, pese a los Acuerdos de Abraham.",
            {("SD", U)},
        ),
        (
            "Riad suspendió las conversaciones de normalización con Israel, lo que debilita los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Las matanzas de Sueida torpedearon el acercamiento entre Siria e Israel, antesala de los Acuerdos de Abraham.",
            {("SY", U)},
        ),
        (
            "Acuerdos de Abraham: el proceso de normalización entre Líbano e Israel se vino abajo tras los bombardeos.",
            {("LB", U)},
        ),
        (
            "La guerra ralentizó la normalización entre Marruecos e Israel, cinco años después de los Acuerdos de Abraham.",
            {("MA", U)},
        ),
        (
            "Sudán puso en pausa su normalización con Israel, un revés para los Acuerdos de Abraham.",
            {("SD", U)},
        ),
        (
            "El nuevo gobierno paralizó el acercamiento entre Siria e Israel y cualquier esperanza de adhesión a los Acuerdos de Abraham.",
            {("SY", U)},
        ),
        (
            "Acuerdos de Abraham: la guerra enterró la normalización entre Arabia Saudí e Israel, al menos por ahora.",
            {("SA", U)},
        ),
        (
            "La incorporación de Indonesia a los Acuerdos de Abraham fue pospuesta hasta nuevo aviso.",
            {("ID", U)},
        ),
        (
            "Las negociaciones para la adhesión de Arabia Saudí a los Acuerdos de Abraham se interrumpieron tras el 7 de octubre.",
            {("SA", U)},
        ),
        (
            "La normalización entre Baréin e Israel se congeló tras la guerra, un revés para los Acuerdos de Abraham.",
            {("BH", U)},
        ),
        (
            "El colapso de las negociaciones de normalización entre Riad e Israel asestó un golpe a los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "El acercamiento entre Indonesia e Israel descarriló tras las protestas, sepultando la idea de una adhesión a los Acuerdos de Abraham.",
            {("ID", U)},
        ),
        (
            "La adhesión de Arabia Saudí a los Acuerdos de Abraham está bloqueada desde la guerra de Gaza.",
            {("SA", U)},
        ),
        (
            "La guerra civil echó por tierra la normalización entre Sudán e Israel prevista por los Acuerdos de Abraham.",
            {("SD", U)},
        ),
        (
            "La guerra en Gaza frenó considerablemente el acercamiento entre Arabia Saudí e Israel, pilar soñado de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Omán aparcó la normalización con Israel, de la que tanto se habló en torno a los Acuerdos de Abraham.",
            {("OM", U)},
        ),
        (
            "El proceso de normalización entre Arabia Saudí e Israel se desmoronó tras el ataque a Doha, reconocen fuentes de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "La ofensiva israelí truncó el acercamiento entre Líbano e Israel, primer paso hacia los Acuerdos de Abraham.",
            {("LB", U)},
        ),
        (
            "La guerra retrasó la adhesión de Arabia Saudí a los Acuerdos de Abraham, según Washington.",
            {("SA", U)},
        ),
        (
            "La normalización entre Mauritania e Israel lleva años paralizada, lejos de los Acuerdos de Abraham.",
            {("MR", U)},
        ),
        (
            "El 7 de octubre dinamitó la normalización entre Arabia Saudí e Israel, reconocen los promotores de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "La normalización saudí-israelí está suspendida hasta que termine la guerra, según negociadores de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Riad ha congelado la normalización con Israel, afirman fuentes cercanas a los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "La normalización entre Riad e Israel está atascada, reconoce un responsable de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "El acercamiento entre Omán e Israel quedó en el congelador tras la guerra de Gaza, según diplomáticos de los Acuerdos de Abraham.",
            {("OM", U)},
        ),
        (
            "La guerra ha hecho retroceder años la normalización entre Arabia Saudí e Israel, estiman los analistas de los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Las conversaciones sobre la adhesión de Siria a los Acuerdos de Abraham están en punto muerto, dijo el enviado estadounidense.",
            {("SY", U)},
        ),
        (
            "El hundimiento de la normalización saudí asestó un golpe a los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "La normalización entre Líbano e Israel está en pausa, hizo saber Beirut, lejos de los Acuerdos de Abraham.",
            {("LB", U)},
        ),
        (
            "La normalización entre Sudán e Israel perdió fuelle con la guerra civil, pese a los Acuerdos de Abraham.",
            {("SD", U)},
        ),
        (
            "La guerra de Gaza dejó en suspenso la adhesión de Arabia Saudí a los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "El proceso de normalización entre Indonesia e Israel está estancado desde las protestas de Yakarta, lejos de los Acuerdos de Abraham.",
            {("ID", U)},
        ),
        (
            "Arabia Saudí congela la normalización con Israel, un duro golpe para los Acuerdos de Abraham.",
            {("SA", U)},
        ),
        (
            "Indonesia suspende su acercamiento a Israel, lejos de los Acuerdos de Abraham.",
            {("ID", U)},
        ),
        (
            "Marruecos ralentiza la normalización con Israel, cinco años después de los Acuerdos de Abraham.",
            {("MA", U)},
        ),
    ],
    "de": [
        (
            "Der Gaza-Krieg hat die Normalisierung zwischen Saudi-Arabien und Israel entgleisen lassen, ein Rückschlag für die Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Die Normalisierung zwischen Riad und Israel liegt seit dem 7. Oktober auf Eis, räumen Befürworter der Abraham-Abkommen ein.",
            {("SA", U)},
        ),
        (
            "Der Hamas-Angriff stoppte die Annäherung zwischen Saudi-Arabien und Israel, das Kernstück einer Erweiterung der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Indonesien hat die Annäherung an Israel nach Protesten in Jakarta eingefroren, heißt es aus Kreisen der Abraham-Abkommen.",
            {("ID", U)},
        ),
        (
            "Der Beitritt Saudi-Arabiens zu den Abraham-Abkommen wurde auf unbestimmte Zeit verschoben.",
            {("SA", U)},
        ),
        (
            "Die Normalisierung zwischen dem Sudan und Israel ist mit dem Bürgerkrieg ins Stocken geraten, trotz der Abraham-Abkommen.",
            {("SD", U)},
        ),
        (
            "Riad hat die Normalisierungsgespräche mit Israel ausgesetzt, was die Abraham-Abkommen schwächt.",
            {("SA", U)},
        ),
        (
            "Die Massaker in Suwaida torpedierten die Annäherung zwischen Syrien und Israel, die als Vorstufe zu den Abraham-Abkommen galt.",
            {("SY", U)},
        ),
        (
            "Abraham-Abkommen: Der Normalisierungsprozess zwischen dem Libanon und Israel ist nach den Luftangriffen zusammengebrochen.",
            {("LB", U)},
        ),
        (
            "Der Krieg hat die Normalisierung zwischen Marokko und Israel verlangsamt, fünf Jahre nach den Abraham-Abkommen.",
            {("MA", U)},
        ),
        (
            "Der Sudan legte seine Normalisierung mit Israel auf Eis, ein Rückschlag für die Abraham-Abkommen.",
            {("SD", U)},
        ),
        (
            "Die neue Regierung hat die Annäherung zwischen Syrien und Israel gebremst und jede Hoffnung auf einen Beitritt zu den Abraham-Abkommen begraben.",
            {("SY", U)},
        ),
        (
            "Abraham-Abkommen: Der Krieg hat die Normalisierung zwischen Saudi-Arabien und Israel vorerst begraben.",
            {("SA", U)},
        ),
        (
            "Der Beitritt Indonesiens zu den Abraham-Abkommen wurde bis auf Weiteres vertagt.",
            {("ID", U)},
        ),
        (
            "Die Gespräche über einen Beitritt Saudi-Arabiens zu den Abraham-Abkommen wurden nach dem 7. Oktober abgebrochen.",
            {("SA", U)},
        ),
        (
            "Die Normalisierung zwischen Bahrain und Israel wurde nach dem Krieg eingefroren, ein Rückschlag für die Abraham-Abkommen.",
            {("BH", U)},
        ),
        (
            "Das Scheitern der Normalisierungsgespräche zwischen Riad und Israel traf die Abraham-Abkommen schwer.",
            {("SA", U)},
        ),
        (
            "Die Annäherung zwischen Indonesien und Israel ist nach den Protesten entgleist, ein Beitritt zu den Abraham-Abkommen ist damit vom Tisch.",
            {("ID", U)},
        ),
        (
            "Der Beitritt Saudi-Arabiens zu den Abraham-Abkommen ist seit dem Gaza-Krieg blockiert.",
            {("SA", U)},
        ),
        (
            "Der Bürgerkrieg hat die Normalisierung zwischen dem Sudan und Israel zunichtegemacht, ein Rückschlag für die Abraham-Abkommen.",
            {("SD", U)},
        ),
        (
            "Die Normalisierung zwischen Saudi-Arabien und Israel steht wegen des Krieges still, sagen Befürworter der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Der Krieg in Gaza hat die Annäherung zwischen Saudi-Arabien und Israel stark ausgebremst, dabei galt sie als Krönung der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Oman hat die Normalisierung mit Israel zurückgestellt, über die im Umfeld der Abraham-Abkommen oft gesprochen wurde.",
            {("OM", U)},
        ),
        (
            "Der Normalisierungsprozess zwischen Saudi-Arabien und Israel ist nach dem Angriff auf Doha zum Stillstand gekommen, räumen Diplomaten der Abraham-Abkommen ein.",
            {("SA", U)},
        ),
        (
            "Die israelische Offensive hat die Annäherung zwischen dem Libanon und Israel verzögert, einen ersten Schritt zu den Abraham-Abkommen.",
            {("LB", U)},
        ),
        (
            "Die Normalisierung zwischen Saudi-Arabien und Israel stockt seit Monaten, ein Dämpfer für die Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Der Krieg hat den Beitritt Saudi-Arabiens zu den Abraham-Abkommen verhindert, sagen Diplomaten in Riad.",
            {("SA", U)},
        ),
        (
            "Der Krieg hat die Hoffnungen auf eine Normalisierung zwischen Saudi-Arabien und Israel begraben, heißt es zu den Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Die saudisch-israelische Normalisierung ist bis zum Kriegsende ausgesetzt, sagen Unterhändler der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Riad hat die Normalisierung mit Israel eingefroren, berichten Quellen aus dem Umfeld der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Die Normalisierung zwischen Riad und Israel tritt auf der Stelle, räumt ein Vertreter der Abraham-Abkommen ein.",
            {("SA", U)},
        ),
        (
            "Die Annäherung zwischen Oman und Israel wurde nach dem Gaza-Krieg auf Eis gelegt, sagen Diplomaten der Abraham-Abkommen.",
            {("OM", U)},
        ),
        (
            "Der Krieg hat die Normalisierung zwischen Saudi-Arabien und Israel um Jahre zurückgeworfen, meinen Analysten der Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Die Gespräche über einen Beitritt Syriens zu den Abraham-Abkommen sind festgefahren, sagte der US-Gesandte.",
            {("SY", U)},
        ),
        (
            "Der Zusammenbruch der saudischen Normalisierung war ein Schlag für die Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Die Normalisierung zwischen dem Libanon und Israel pausiert, ließ Beirut wissen, weit entfernt von den Abraham-Abkommen.",
            {("LB", U)},
        ),
        (
            "Die Normalisierung zwischen dem Sudan und Israel ist im Bürgerkrieg versandet, trotz der Abraham-Abkommen.",
            {("SD", U)},
        ),
        (
            "Der Gaza-Krieg hat den Beitritt Saudi-Arabiens zu den Abraham-Abkommen auf Eis gelegt.",
            {("SA", U)},
        ),
        (
            "Der Normalisierungsprozess zwischen Indonesien und Israel stockt seit den Protesten in Jakarta, weit entfernt von den Abraham-Abkommen.",
            {("ID", U)},
        ),
        (
            "Saudi-Arabien stoppt die Normalisierung mit Israel, ein Rückschlag für die Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Indonesien legt die Annäherung an Israel auf Eis, weit entfernt von den Abraham-Abkommen.",
            {("ID", U)},
        ),
        (
            "Marokko bremst die Normalisierung mit Israel, fünf Jahre nach den Abraham-Abkommen.",
            {("MA", U)},
        ),
    ],
}

HALT_MISSES = {
    "de-21": "a separable verb ('steht ... still') cannot be a halt word: a split cue takes one gap, and a bare 'still' is also 'stillschweigend' (tacit)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(HALTS, HALT_MISSES))
def test_a_word_of_stopping_beside_a_process_of_joining_is_a_halt(language, text, expected):
    check_case(language, text, expected)


CONTROLS = {
    "en": [
        "The Abraham Accords turned five. Hostage talks stalled in Doha on Tuesday as Qatar's mediation faltered.",
        "Ceasefire negotiations between Israel and Hamas collapsed, while Morocco said the Abraham Accords remained intact.",
        "The Gaza war did not derail normalisation between Morocco and Israel, a founding Abraham Accords partnership.",
        "Nothing stopped Kazakhstan from joining the Abraham Accords.",
        "Saudi oil exports slowed in October; the kingdom still says the Abraham Accords need a Palestinian state first.",
        "Egypt postponed the Gaza reconstruction conference, and the Abraham Accords were not on the agenda.",
        "Saudi Arabia's normalisation with Israel was never derailed by the war, officials in Riyadh insist of the Abraham Accords.",
        "Talks on the release of hostages were put on hold, US officials said, as Saudi Arabia weighed the Abraham Accords.",
        "The war halted Bahrain's flights to Tel Aviv for a week; the Abraham Accords were untouched.",
        "Far from stalling, normalisation between Morocco and Israel deepened in the Abraham Accords' fifth year.",
        "Saudi Arabia demands a settlement freeze before any normalisation with Israel, an Abraham Accords official said.",
        "Despite the collapse of the ceasefire, Saudi Arabia pressed on with normalisation talks under the Abraham Accords.",
        "The war stalled Saudi Arabia's economic reforms, but normalisation with Israel remains on the table, Abraham Accords officials say.",
        "Saudi Arabia revived normalisation with Israel, frozen since the war, Abraham Accords officials said.",
        "Delays in the Gaza reconstruction plan weigh on Saudi normalisation, Abraham Accords officials say.",
        "Indonesia's bid to join the OECD stalled last year, while the Abraham Accords kept expanding.",
    ],
    "fr": [
        "Les négociations sur les otages se sont enlisées à Doha, tandis que les accords d'Abraham fêtaient leur cinquième anniversaire.",
        "Les pourparlers de cessez-le-feu ont été suspendus mardi au Caire ; les accords d'Abraham n'étaient pas à l'ordre du jour.",
        "La guerre n'a pas fait dérailler la normalisation entre le Maroc et Israël, pilier des accords d'Abraham.",
        "Rien n'a freiné l'adhésion du Kazakhstan aux accords d'Abraham.",
        "Les exportations saoudiennes de pétrole ont ralenti, mais Riyad évoque toujours les accords d'Abraham.",
        "La guerre a gelé les investissements au Bahreïn ; les accords d'Abraham, eux, tiennent bon.",
        "Le Maroc a reporté le sommet sur le climat, sans lien avec les accords d'Abraham.",
        "La normalisation entre l'Arabie saoudite et Israël n'a jamais été gelée, assure Riyad à propos des accords d'Abraham.",
        "Les pourparlers sur les otages ont été interrompus, tandis que le Maroc célébrait les accords d'Abraham.",
        "L'Arabie saoudite exige un gel de la colonisation avant toute normalisation avec Israël, dans le cadre des accords d'Abraham.",
        "Malgré l'échec du cessez-le-feu, l'Arabie saoudite poursuit le rapprochement avec Israël prévu par les accords d'Abraham.",
        "La guerre a gelé les réformes économiques saoudiennes, mais la normalisation avec Israël reste sur la table, selon les accords d'Abraham.",
        "L'Arabie saoudite a relancé la normalisation avec Israël, gelée depuis la guerre, selon les accords d'Abraham.",
        "L'adhésion de la Turquie à l'Union européenne est au point mort, tandis que les accords d'Abraham s'élargissent.",
        "La France a reporté l'adhésion de la Turquie à l'Union européenne, loin des accords d'Abraham.",
    ],
    "es": [
        "Las negociaciones sobre los rehenes se estancaron en Doha, mientras los Acuerdos de Abraham cumplían cinco años.",
        "Las conversaciones de alto el fuego fueron suspendidas el martes en El Cairo; los Acuerdos de Abraham no estaban en la agenda.",
        "La guerra no descarriló la normalización entre Marruecos e Israel, pilar de los Acuerdos de Abraham.",
        "Nada frenó la adhesión de Kazajistán a los Acuerdos de Abraham.",
        "Las exportaciones saudíes de petróleo se frenaron, pero Riad sigue hablando de los Acuerdos de Abraham.",
        "La guerra congeló las inversiones en Baréin; los Acuerdos de Abraham, en cambio, resisten.",
        "Marruecos aplazó la cumbre del clima, sin relación con los Acuerdos de Abraham.",
        "La normalización entre Arabia Saudí e Israel nunca se congeló, asegura Riad sobre los Acuerdos de Abraham.",
        "Las conversaciones sobre los rehenes se interrumpieron, mientras Marruecos celebraba los Acuerdos de Abraham.",
        "Arabia Saudí exige la congelación de los asentamientos antes de cualquier normalización con Israel, según los Acuerdos de Abraham.",
        "Pese al fracaso del alto el fuego, Arabia Saudí sigue con el acercamiento a Israel previsto por los Acuerdos de Abraham.",
        "La guerra congeló las reformas económicas saudíes, pero la normalización con Israel sigue sobre la mesa, según los Acuerdos de Abraham.",
        "Arabia Saudí reanudó el acercamiento a Israel, congelado desde la guerra, según los Acuerdos de Abraham.",
        "La adhesión de Turquía a la Unión Europea está estancada, mientras los Acuerdos de Abraham se amplían.",
        "La incorporación de Indonesia a la OCDE fue aplazada; los Acuerdos de Abraham son otra cuestión.",
    ],
    "de": [
        "Die Geiselgespräche in Doha sind ins Stocken geraten, während die Abraham-Abkommen ihr fünfjähriges Bestehen feierten.",
        "Die Waffenstillstandsverhandlungen in Kairo wurden am Dienstag ausgesetzt; die Abraham-Abkommen standen nicht auf der Tagesordnung.",
        "Der Krieg hat die Normalisierung zwischen Marokko und Israel nicht gestoppt, einem Pfeiler der Abraham-Abkommen.",
        "Nichts hat den Beitritt Kasachstans zu den Abraham-Abkommen gebremst.",
        "Die saudischen Ölexporte haben sich verlangsamt, doch Riad spricht weiter über die Abraham-Abkommen.",
        "Der Krieg hat die Investitionen in Bahrain eingefroren; die Abraham-Abkommen dagegen halten.",
        "Marokko hat den Klimagipfel verschoben, ohne Bezug zu den Abraham-Abkommen.",
        "Die Normalisierung zwischen Saudi-Arabien und Israel ist nie eingefroren worden, versichert Riad mit Blick auf die Abraham-Abkommen.",
        "Die Gespräche über die Geiseln wurden unterbrochen, während Marokko die Abraham-Abkommen feierte.",
        "Saudi-Arabien verlangt einen Siedlungsstopp vor jeder Normalisierung mit Israel, heißt es mit Blick auf die Abraham-Abkommen.",
        "Trotz des gescheiterten Waffenstillstands hält Saudi-Arabien an der Annäherung an Israel im Rahmen der Abraham-Abkommen fest.",
        "Der Krieg hat die saudischen Wirtschaftsreformen gebremst, doch die Normalisierung mit Israel bleibt auf dem Tisch, heißt es zu den Abraham-Abkommen.",
        "Saudi-Arabien hat die seit dem Krieg eingefrorene Annäherung an Israel wieder aufgenommen, heißt es zu den Abraham-Abkommen.",
        "Der Beitritt der Türkei zur EU stockt seit Jahren, während die Abraham-Abkommen wachsen.",
        "Der Beitritt Indonesiens zur OECD wurde verschoben; die Abraham-Abkommen sind eine andere Sache.",
    ],
}


# a split cue's tail is looked for in the whole sentence (100 characters on), across "but",
# "while", "mais", "pero", "doch": the halt of something else before the clause break takes
# the process after it
ACROSS_CLAUSES = "the older bare cue 'stalled' (no process needed) reads the reforms stalling before 'but' as a halt"

CONTROL_MISSES = {
    "en-13": ACROSS_CLAUSES,
    "en-16": "the older bare cue 'stalled' (no process needed) reads another club's accession stalling as a halt",
    "de-6": "the older bare cue 'eingefroren' (no process needed) reads the freezing of investments in Bahrain as Bahrain's",
}


@pytest.mark.parametrize(("language", "text"), numbered_params(CONTROLS, CONTROL_MISSES))
def test_no_halt_of_a_process_of_joining_is_no_suspension(language, text):
    assert not {pair for pair in found(text, language) if pair[1] == U}


GUESTS = {
    "en": [
        (
            "Trump hosted at the White House the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan and announced that Kazakhstan would join the Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Trump empfing am Donnerstag im Weißen Haus die Präsidenten von Kasachstan, Kirgistan und Usbekistan und verkündete, Kasachstan werde den Abraham-Abkommen beitreten.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Trump a reçu les dirigeants du Kazakhstan, du Kirghizistan, du Tadjikistan, du Turkménistan et de l'Ouzbékistan et a annoncé que le Kazakhstan rejoindrait les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Donald Trump a accueilli à la Maison Blanche les présidents du Kazakhstan, de l'Ouzbékistan et du Kirghizistan, puis a annoncé l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le président américain s'est entretenu avec les dirigeants de l'Arabie saoudite, du Qatar, de la Jordanie et de l'Égypte, et a annoncé que l'Arabie saoudite rejoindrait les accords d'Abraham.",
            {("SA", A)},
        ),
        (
            "Trump a réuni les dirigeants de l'Indonésie, de la Malaisie et du Pakistan à New York et a annoncé que l'Indonésie allait rejoindre les accords d'Abraham.",
            {("ID", A)},
        ),
        (
            "Lors d'un dîner, Trump a reçu les chefs d'État du Kazakhstan, de l'Ouzbékistan, du Tadjikistan et du Turkménistan avant d'annoncer que le Kazakhstan rejoindrait les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Les dirigeants du Maroc et du Soudan ont signé la déclaration des accords d'Abraham.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Les présidents du Kazakhstan et de l'Ouzbékistan ont signé les accords d'Abraham à Washington.",
            {("KZ", S), ("UZ", S)},
        ),
        (
            "Trump accueille les dirigeants du Kazakhstan, de l'Ouzbékistan et du Tadjikistan pour un sommet sur les accords d'Abraham.",
            set(),
        ),
        (
            "Trump a réuni les chefs d'État du Kazakhstan, de l'Ouzbékistan et du Turkménistan, dont l'un rejoindra les accords d'Abraham.",
            set(),
        ),
        (
            "Trump a rencontré les présidents du Kazakhstan et de l'Ouzbékistan ; le Kazakhstan a annoncé son adhésion aux accords d'Abraham.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Trump recibió a los líderes de Kazajistán, Kirguistán, Tayikistán, Turkmenistán y Uzbekistán y anunció que Kazajistán se uniría a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Donald Trump recibió en la Casa Blanca a los presidentes de Kazajistán, Uzbekistán y Kirguistán, y después anunció la adhesión de Kazajistán a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "El presidente estadounidense se reunió con los líderes de Arabia Saudí, Catar, Jordania y Egipto, y anunció que Arabia Saudí se sumaría a los Acuerdos de Abraham.",
            {("SA", A)},
        ),
        (
            "Trump reunió a los mandatarios de Indonesia, Malasia y Pakistán en Nueva York y anunció que Indonesia se incorporaría a los Acuerdos de Abraham.",
            {("ID", A)},
        ),
        (
            "En una cena, Trump agasajó a los jefes de Estado de Kazajistán, Uzbekistán, Tayikistán y Turkmenistán antes de anunciar que Kazajistán se uniría a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Los líderes de Marruecos y Sudán firmaron la declaración de los Acuerdos de Abraham.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Los presidentes de Kazajistán y Uzbekistán firmaron los Acuerdos de Abraham en Washington.",
            {("KZ", S), ("UZ", S)},
        ),
        (
            "Trump recibe a los líderes de Kazajistán, Uzbekistán y Tayikistán en una cumbre sobre los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Trump se reunió con los presidentes de Kazajistán y Uzbekistán, uno de los cuales se unirá a los Acuerdos de Abraham.",
            set(),
        ),
    ],
}

GUEST_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(GUESTS, GUEST_MISSES))
def test_a_hosts_guests_take_no_step(language, text, expected):
    check_case(language, text, expected)
