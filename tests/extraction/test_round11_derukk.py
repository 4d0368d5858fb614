"""Round eleven: a phrasing sweep in German, Russian and Kazakh on the classes real news still
defeats (Saudi and Syrian candidacy, refusals and preconditions, frozen or derailed talks, the
2020 announcements before the signing, and mentions that must give no claim). The project's
own news-style sentences and two-sentence snippets, written for these tests; each case asserts
the coarse claim set (candidate, announced, member, declined, lapsed)."""

import pytest

from tests.extraction.found import coarse

# cases still read wrongly (strict xfails: one that starts passing must leave the list)
KNOWN_MISSES = {
    "Syrien und Israel: Annäherung unter US-Vermittlung": "a nominal headline with no verb: 'Annäherung unter Vermittlung' is no talks cue",
}


def cases(items):
    return [
        pytest.param(
            text,
            expected,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[text])]
            if text in KNOWN_MISSES
            else [],
        )
        for text, expected in items
    ]


GERMAN = [
    # candidacies: hopes, pressure, goals, within reach, on the table, the next member
    (
        "Die große Frage ist nun, ob Saudi-Arabien Kasachstan in die Abraham-Abkommen folgen wird.",
        {("SA", "cand")},
    ),
    (
        "Eine Normalisierung mit Saudi-Arabien bleibt das erklärte Ziel der US-Regierung.",
        {("SA", "cand")},
    ),
    (
        "Trump hofft, dass Saudi-Arabien als Nächstes den Abraham-Abkommen beitritt.",
        {("SA", "cand")},
    ),
    (
        "Washington setzt Riad unter Druck, sich den Abraham-Abkommen anzuschließen.",
        {("SA", "cand")},
    ),
    (
        "Ein Normalisierungsabkommen zwischen Israel und Saudi-Arabien schien zum Greifen nah.",
        {("SA", "cand")},
    ),
    (
        "Eine saudische Normalisierung mit Israel liegt nach Angaben aus Washington auf dem Tisch.",
        {("SA", "cand")},
    ),
    ("Die Saudis gelten als der begehrteste Preis der Abraham-Abkommen.", {("SA", "cand")}),
    (
        "Kronprinz Mohammed bin Salman soll bei seinem Besuch in Washington über einen Beitritt zu den Abraham-Abkommen sprechen.",
        {("SA", "cand")},
    ),
    (
        "Saudi-Arabien ist die wichtigste Golfmacht. Die US-Regierung will das Königreich in die Abraham-Abkommen holen.",
        {("SA", "cand")},
    ),
    (
        "Amerikanische Diplomaten werben in Riad seit Monaten um eine Annäherung an Israel.",
        {("SA", "cand")},
    ),
    (
        "Trump zeigte sich überzeugt, dass Saudi-Arabien früher oder später den Abraham-Abkommen beitreten werde.",
        {("SA", "cand")},
    ),
    (
        "Israels Regierungschef sprach von einem historischen Frieden mit Saudi-Arabien, der in greifbare Nähe gerückt sei.",
        {("SA", "cand")},
    ),
    ("Saudi-Arabien gilt als nächster Kandidat für die Abraham-Abkommen.", {("SA", "cand")}),
    (
        "Washington vermittelt Gespräche, die Saudi-Arabien zu einem Beitritt zu den Abraham-Abkommen führen sollen.",
        {("SA", "cand")},
    ),
    ("Die USA und Saudi-Arabien verhandeln über eine Normalisierung mit Israel.", {("SA", "cand")}),
    (
        "Der US-Gesandte zeigte sich zuversichtlich, dass Riad sich den Abkommen anschließen werde.",
        {("SA", "cand")},
    ),
    (
        "Der US-Gesandte Tom Barrack sagte, Syrien könnte sich den Abraham-Abkommen irgendwann anschließen.",
        {("SY", "cand")},
    ),
    (
        "Washington möchte, dass Syrien und der Libanon den Abraham-Abkommen beitreten.",
        {("LB", "cand"), ("SY", "cand")},
    ),
    (
        "Damaskus gilt in Washington als möglicher nächster Partner der Abraham-Abkommen.",
        {("SY", "cand")},
    ),
    (
        "Trump drängt den syrischen Präsidenten al-Scharaa, sich den Abraham-Abkommen anzuschließen.",
        {("SY", "cand")},
    ),
    (
        "Israel und Syrien verhandeln unter amerikanischer Vermittlung über ein Abkommen, das den Weg zu einer Normalisierung ebnen soll.",
        {("SY", "cand")},
    ),
    (
        "Indonesien könnte den Abraham-Abkommen beitreten, berichten israelische Medien.",
        {("ID", "cand")},
    ),
    (
        "Aserbaidschan gilt als heißer Kandidat für einen Beitritt zu den Abraham-Abkommen.",
        {("AZ", "cand")},
    ),
    (
        "Washington hofft, Baku bald in den Kreis der Abraham-Abkommen aufzunehmen.",
        {("AZ", "cand")},
    ),
    (
        "Israel will die Abraham-Abkommen ausweiten. Wir hoffen, dass Saudi-Arabien das nächste Land sein wird, sagte der israelische Außenminister.",
        {("SA", "cand")},
    ),
    (
        "Bei der Normalisierung mit Israel könnten die Saudis schon bald einlenken, glaubt man in Washington.",
        {("SA", "cand")},
    ),
    (
        "Eine Einigung zwischen Israel und Saudi-Arabien ist in greifbare Nähe gerückt.",
        {("SA", "cand")},
    ),
    (
        "Die Abraham-Abkommen sollen wachsen. Nach Ansicht von Diplomaten liegt ein Abkommen mit Riad nun in Reichweite.",
        {("SA", "cand")},
    ),
    (
        "Die Normalisierung mit Saudi-Arabien ist und bleibt das große Ziel Washingtons.",
        {("SA", "cand")},
    ),
    ("Syrien könnte Kasachstan schon bald in die Abraham-Abkommen folgen.", {("SY", "cand")}),
    ("Aserbaidschan gilt als möglicher nächster Partner der Abkommen.", {("AZ", "cand")}),
    ("Washington will Indonesien in den Kreis der Abraham-Abkommen holen.", {("ID", "cand")}),
    ("Oman könnte das nächste Land sein, das den Abraham-Abkommen beitritt.", {("OM", "cand")}),
    ("Die USA drängen Damaskus zu einer Annäherung an Israel.", {("SY", "cand")}),
    (
        "Ein Sicherheitsabkommen mit Israel könnte für Syrien ein erster Schritt zu den Abraham-Abkommen sein.",
        {("SY", "cand")},
    ),
    (
        "Trump sagte, Saudi-Arabien werde den Abraham-Abkommen „zum richtigen Zeitpunkt“ beitreten.",
        {("SA", "cand")},
    ),
    (
        "Mit dem Besuch des Kronprinzen in Washington wächst die Hoffnung auf einen saudischen Beitritt zu den Abraham-Abkommen.",
        {("SA", "cand")},
    ),
    (
        "Indonesien gilt nach Kasachstan als nächster möglicher Kandidat für die Abkommen.",
        {("ID", "cand")},
    ),
    (
        "Aserbaidschan könnte sich den Abraham-Abkommen noch in diesem Jahr anschließen, berichten US-Medien.",
        {("AZ", "cand")},
    ),
    (
        "Nach Ansicht von Analysten ist eine Normalisierung zwischen Israel und Saudi-Arabien nur noch eine Frage der Zeit.",
        {("SA", "cand")},
    ),
    ("Washington setzt alles daran, Riad für die Abraham-Abkommen zu gewinnen.", {("SA", "cand")}),
    (
        "Die Trump-Regierung umwirbt die neue Führung in Damaskus, um Syrien in die Abraham-Abkommen zu holen.",
        {("SY", "cand")},
    ),
    ("Trump: Saudi-Arabien wird den Abraham-Abkommen bald beitreten", {("SA", "cand")}),
    ("Saudischer Beitritt zu Abraham-Abkommen rückt näher", {("SA", "cand")}),
    ("Syrien und Israel: Annäherung unter US-Vermittlung", {("SY", "cand")}),
    (
        "Der saudische Kronprinz signalisierte grundsätzliche Bereitschaft zur Normalisierung mit Israel.",
        {("SA", "cand")},
    ),
    (
        "Jakarta könnte nach Einschätzung israelischer Diplomaten als nächstes Land normalisieren.",
        {("ID", "cand")},
    ),
    ("Washington drängt Baku zu einem Beitritt zu den Abraham-Abkommen.", {("AZ", "cand")}),
    # refusals and preconditions (with interest where a restriction says 'only if')
    (
        "Riad knüpft eine Normalisierung mit Israel an die Gründung eines palästinensischen Staates.",
        {("SA", "dec")},
    ),
    (
        "Saudi-Arabien hat eine Normalisierung ohne palästinensischen Staat ausgeschlossen.",
        {("SA", "dec")},
    ),
    (
        "Das saudische Außenministerium erklärte, seine Haltung zur Normalisierung sei unverändert.",
        {("SA", "dec")},
    ),
    (
        "Die Saudis machen klar, dass es ohne einen Palästinenserstaat keine Beziehungen zu Israel geben wird.",
        {("SA", "dec")},
    ),
    (
        "Ein Beitritt zu den Abraham-Abkommen komme für Riad derzeit nicht in Frage, sagte der Minister.",
        {("SA", "dec")},
    ),
    ("Saudi-Arabien lehnt eine Normalisierung mit Israel weiterhin ab.", {("SA", "dec")}),
    (
        "Saudi-Arabien will Teil der Abraham-Abkommen werden, aber nur wenn es einen Weg zu einem Palästinenserstaat gibt.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    (
        "Für Saudi-Arabien steht eine Normalisierung derzeit nicht auf der Tagesordnung.",
        {("SA", "dec")},
    ),
    (
        "Saudi-Arabien bleibt skeptisch. Der Kronprinz betonte, das Königreich sei zu einer Normalisierung nicht bereit.",
        {("SA", "dec")},
    ),
    (
        "Der syrische Präsident al-Scharaa sagte, ein Beitritt zu den Abraham-Abkommen stehe derzeit nicht zur Debatte.",
        {("SY", "dec")},
    ),
    ("Damaskus schließt eine Normalisierung mit Israel vorerst aus.", {("SY", "dec")}),
    (
        "Syrien ist nach Worten seines Außenministers noch nicht bereit für die Abraham-Abkommen.",
        {("SY", "dec")},
    ),
    (
        "Der libanesische Präsident Joseph Aoun wies einen Beitritt zu den Abraham-Abkommen zurück.",
        {("LB", "dec")},
    ),
    (
        "Malaysia wird Israel niemals anerkennen, solange Palästina besetzt ist, sagte Anwar Ibrahim.",
        {("MY", "dec")},
    ),
    (
        "Indonesien erklärte, eine Normalisierung mit Israel sei ohne einen palästinensischen Staat ausgeschlossen.",
        {("ID", "dec")},
    ),
    (
        "Riad ist für eine Normalisierung mit Israel nicht bereit, solange der Gaza-Krieg andauert.",
        {("SA", "dec")},
    ),
    ("Damaskus zeigte sich für einen Beitritt zu den Abkommen nicht bereit.", {("SY", "dec")}),
    (
        "Ohne Palästinenserstaat werde es keine Normalisierung mit Israel geben, bekräftigte Riad.",
        {("SA", "dec")},
    ),
    (
        "Malaysia sei für eine Normalisierung mit Israel nicht bereit, sagte der Regierungschef.",
        {("MY", "dec")},
    ),
    (
        "Saudi-Arabien werde Israel erst anerkennen, wenn ein palästinensischer Staat gegründet sei, hieß es aus Riad.",
        {("SA", "dec")},
    ),
    (
        "Riad hält an seiner Forderung nach einem Palästinenserstaat als Voraussetzung für eine Normalisierung fest.",
        {("SA", "dec")},
    ),
    (
        "Syriens Übergangspräsident al-Scharaa lehnte einen Beitritt zu den Abraham-Abkommen vorerst ab.",
        {("SY", "dec")},
    ),
    ("Beirut betonte, eine Normalisierung mit Israel komme nicht in Frage.", {("LB", "dec")}),
    (
        "Riad bleibt bei seinem Nein zu einer Normalisierung ohne palästinensischen Staat.",
        {("SA", "dec")},
    ),
    (
        "„Keine Normalisierung ohne Palästinenserstaat“: Riad bekräftigt seine Linie",
        {("SA", "dec")},
    ),
    (
        "„Wir werden Israel nicht anerkennen, solange es keinen palästinensischen Staat gibt“, sagte der saudische Außenminister.",
        {("SA", "dec")},
    ),
    ("Syrien erteilt Abraham-Abkommen vorerst eine Absage", {("SY", "dec")}),
    (
        "Die saudische Führung lehnt jede Annäherung an Israel ab, solange der Krieg andauert.",
        {("SA", "dec")},
    ),
    (
        "Der Libanon wird den Abraham-Abkommen nicht beitreten, erklärte Präsident Aoun.",
        {("LB", "dec")},
    ),
    ("Kuala Lumpur lehnt jede Form der Normalisierung mit Israel strikt ab.", {("MY", "dec")}),
    ("Anwar Ibrahim schloss eine Anerkennung Israels kategorisch aus.", {("MY", "dec")}),
    ("Indonesien knüpft eine Anerkennung Israels an die Anerkennung Palästinas.", {("ID", "dec")}),
    (
        "Für den Libanon kommt ein Frieden mit Israel derzeit nicht in Betracht, sagte Aoun.",
        {("LB", "dec")},
    ),
    ("Oman erteilte einer Normalisierung mit Israel eine klare Absage.", {("OM", "dec")}),
    # halts: frozen, derailed, put on hold, interrupted by the war
    (
        "Die Normalisierungsgespräche zwischen Saudi-Arabien und Israel wurden nach dem 7. Oktober auf Eis gelegt.",
        {("SA", "lap")},
    ),
    ("Der Gaza-Krieg hat die saudisch-israelische Annäherung vorerst gestoppt.", {("SA", "lap")}),
    (
        "Saudi-Arabien hat die Gespräche über eine Normalisierung mit Israel ausgesetzt.",
        {("SA", "lap")},
    ),
    ("Die Annäherung zwischen Riad und Israel liegt seit Kriegsbeginn auf Eis.", {("SA", "lap")}),
    (
        "Riad galt lange als nächster Kandidat für die Abraham-Abkommen. Der Krieg in Gaza hat die Verhandlungen mit Saudi-Arabien unterbrochen.",
        {("SA", "cand"), ("SA", "lap")},
    ),
    (
        "Bahrain hat seinen Botschafter aus Israel abberufen und die Wirtschaftsbeziehungen eingefroren.",
        {("BH", "lap")},
    ),
    (
        "Die Gespräche über eine saudische Normalisierung wurden durch den Gaza-Krieg unterbrochen.",
        {("SA", "lap")},
    ),
    (
        "Der Krieg hat die Gespräche über eine saudische Normalisierung jäh unterbrochen.",
        {("SA", "lap")},
    ),
    (
        "Der Überfall der Hamas torpedierte die Annäherung zwischen Riad und Israel.",
        {("SA", "lap")},
    ),
    (
        "Seit dem 7. Oktober liegen die Gespräche zwischen Riad und Washington über eine Normalisierung auf Eis.",
        {("SA", "lap")},
    ),
    (
        "Die saudisch-israelischen Normalisierungsgespräche sind seit Kriegsbeginn eingefroren.",
        {("SA", "lap")},
    ),
    (
        "Bahrains Parlament verkündete, der israelische Botschafter habe das Land verlassen und die Wirtschaftsbeziehungen seien abgebrochen.",
        {("BH", "lap")},
    ),
    (
        "Die Annäherung zwischen Israel und Saudi-Arabien ist durch den Gaza-Krieg ins Stocken geraten.",
        {("SA", "lap")},
    ),
    ("Saudi-Arabien legt Gespräche mit Israel auf Eis", {("SA", "lap")}),
    ("Nach dem 7. Oktober hat Riad die Normalisierung vorerst auf Eis gelegt.", {("SA", "lap")}),
    (
        "Bahrain hat die Wirtschaftsbeziehungen mit Israel im November 2023 auf Eis gelegt.",
        {("BH", "lap")},
    ),
    # the 2020 announcements before the signing
    (
        "Die Vereinigten Arabischen Emirate haben sich im August 2020 bereit erklärt, ihre Beziehungen zu Israel zu normalisieren.",
        {("AE", "ann")},
    ),
    (
        "Am 13. August 2020 verkündeten Israel und die Emirate, diplomatische Beziehungen aufnehmen zu wollen.",
        {("AE", "ann")},
    ),
    (
        "Bahrain kündigte im September 2020 an, seine Beziehungen zu Israel zu normalisieren.",
        {("BH", "ann")},
    ),
    (
        "Die Emirate und Israel verständigten sich im August 2020 auf die Aufnahme diplomatischer Beziehungen.",
        {("AE", "ann")},
    ),
    (
        "Im August 2020 gaben Israel und die Vereinigten Arabischen Emirate die Normalisierung ihrer Beziehungen bekannt.",
        {("AE", "ann")},
    ),
    (
        "Die Emirate kündigten am 13. August 2020 an, diplomatische Beziehungen mit Israel aufzunehmen.",
        {("AE", "ann")},
    ),
    (
        "Am 11. September 2020 verkündete Trump, dass auch Bahrain seine Beziehungen zu Israel normalisieren werde.",
        {("BH", "ann")},
    ),
    # no claim: other deals, the new cue words elsewhere, Riyadh as a venue, unnamed groups
    ("Der Friedensrat tagte am Montag in Riad.", set()),
    ("Israel erkannte Somaliland im Geiste der Abraham-Abkommen an.", set()),
    ("Mehrere arabische Länder könnten sich anschließen, hieß es aus Diplomatenkreisen.", set()),
    ("Die Außenminister trafen sich in Riad zu Gesprächen über den Gaza-Plan.", set()),
    ("Saudi-Arabien unterstützt Trumps Gaza-Plan.", set()),
    ("Ein Handelsabkommen zwischen Katar und der Türkei ist in greifbare Nähe gerückt.", set()),
    ("Der Gipfel in Riad brachte keine Einigung über den Gaza-Plan.", set()),
    ("Somaliland sieht seine Anerkennung durch Israel im Geiste der Abraham-Abkommen.", set()),
    ("Saudi-Arabien trat dem Friedensrat für Gaza bei.", set()),
    ("Einige Golfstaaten drohten, sich aus den Gesprächen zurückzuziehen.", set()),
    ("Ein Waffenstillstand in Gaza ist nach Angaben aus Kairo in Reichweite.", set()),
    ("Der Vorschlag für einen Gaza-Plan liegt seit Montag auf dem Tisch.", set()),
    ("Katar ist nach Ansicht von Beobachtern für die Fußball-WM bereit.", set()),
    ("Die Ministerin reiste nach Saudi-Arabien, um über Energiefragen zu sprechen.", set()),
    ("Die Verhandlungen über den Handel mit Indonesien wurden unterbrochen.", set()),
]

RUSSIAN = [
    # candidacies: hopes, pressure, goals, within reach, on the table, the next member
    (
        "Главный вопрос теперь в том, последует ли Саудовская Аравия за Казахстаном в Соглашения Авраама.",
        {("SA", "cand")},
    ),
    (
        "Нормализация с Саудовской Аравией остаётся главной целью администрации Трампа.",
        {("SA", "cand")},
    ),
    (
        "Трамп выразил надежду, что Саудовская Аравия вскоре присоединится к Соглашениям Авраама.",
        {("SA", "cand")},
    ),
    (
        "Вашингтон усиливает давление на Эр-Рияд, добиваясь его присоединения к Соглашениям Авраама.",
        {("SA", "cand")},
    ),
    (
        "Сделка о нормализации между Израилем и Саудовской Аравией казалась близкой как никогда.",
        {("SA", "cand")},
    ),
    (
        "Саудовско-израильская нормализация, по словам американских чиновников, по-прежнему на столе.",
        {("SA", "cand")},
    ),
    ("Саудовская Аравия считается главным призом Соглашений Авраама.", {("SA", "cand")}),
    (
        "Наследный принц Мухаммед бин Сальман обсудит в Вашингтоне возможное присоединение к Соглашениям Авраама.",
        {("SA", "cand")},
    ),
    (
        "Саудовская Аравия остаётся крупнейшей монархией Залива. Администрация США стремится втянуть королевство в Соглашения Авраама.",
        {("SA", "cand")},
    ),
    (
        "Вашингтон хочет расширить Соглашения Авраама. Американские дипломаты уже несколько месяцев обхаживают Эр-Рияд.",
        {("SA", "cand")},
    ),
    ("Трамп уверен, что рано или поздно саудовцы подпишут Соглашения Авраама.", {("SA", "cand")}),
    (
        "Израиль рассчитывает на расширение Соглашений Авраама. Нетаньяху заявил, что мир с Саудовской Аравией как никогда близок.",
        {("SA", "cand")},
    ),
    (
        "Саудовская Аравия называется следующим кандидатом на вступление в Соглашения Авраама.",
        {("SA", "cand")},
    ),
    ("США ведут переговоры с Эр-Риядом о нормализации отношений с Израилем.", {("SA", "cand")}),
    (
        "Американский посланник выразил уверенность, что саудиты в конце концов примкнут к соглашениям.",
        {("SA", "cand")},
    ),
    (
        "Мы надеемся, что следующей будет Саудовская Аравия, сказал израильский министр.",
        {("SA", "cand")},
    ),
    (
        "В Вашингтоне рассчитывают, что саудовцы со временем передумают и присоединятся к Соглашениям Авраама.",
        {("SA", "cand")},
    ),
    (
        "Американский посланник Том Баррак заявил, что Сирия может со временем присоединиться к Соглашениям Авраама.",
        {("SY", "cand")},
    ),
    (
        "Вашингтон хочет, чтобы Сирия и Ливан присоединились к Соглашениям Авраама.",
        {("LB", "cand"), ("SY", "cand")},
    ),
    (
        "В Вашингтоне Дамаск рассматривают как возможного следующего участника Соглашений Авраама.",
        {("SY", "cand")},
    ),
    (
        "Трамп призвал президента Сирии аш-Шараа присоединиться к Соглашениям Авраама.",
        {("SY", "cand")},
    ),
    (
        "Израиль и Сирия при посредничестве США ведут переговоры, которые могут открыть путь к нормализации.",
        {("SY", "cand")},
    ),
    (
        "Индонезия может присоединиться к Соглашениям Авраама, сообщают израильские СМИ.",
        {("ID", "cand")},
    ),
    (
        "Азербайджан считается одним из главных кандидатов на присоединение к Соглашениям Авраама.",
        {("AZ", "cand")},
    ),
    ("Вашингтон надеется вскоре привести Баку в Соглашения Авраама.", {("AZ", "cand")}),
    (
        "Саудиты могут вскоре изменить позицию по нормализации, считают в Вашингтоне.",
        {("SA", "cand")},
    ),
    ("Нормализация отношений с Эр-Риядом остаётся для Вашингтона главной целью.", {("SA", "cand")}),
    ("Соглашение между Израилем и Саудовской Аравией близко как никогда.", {("SA", "cand")}),
    (
        "Вашингтон добивается расширения Соглашений Авраама. Сделка с саудитами по-прежнему лежит на столе, уверяют в Белом доме.",
        {("SA", "cand")},
    ),
    (
        "В Вашингтоне хотят, чтобы Азербайджан присоединился к Соглашениям Авраама.",
        {("AZ", "cand")},
    ),
    ("Индонезию в Израиле рассматривают как возможного участника соглашений.", {("ID", "cand")}),
    (
        "Следующей может стать Саудовская Аравия, считают эксперты Соглашений Авраама.",
        {("SA", "cand")},
    ),
    (
        "Саудовская Аравия пока медлит. Американские чиновники выразили надежду, что королевство в итоге присоединится к соглашениям.",
        {("SA", "cand")},
    ),
    ("США подталкивают Дамаск к нормализации с Израилем.", {("SY", "cand")}),
    (
        "Трамп заявил, что Саудовская Аравия присоединится к Соглашениям Авраама «в нужное время».",
        {("SA", "cand")},
    ),
    (
        "Визит наследного принца в Вашингтон вновь оживил надежды на присоединение Саудовской Аравии к Соглашениям Авраама.",
        {("SA", "cand")},
    ),
    (
        "После Казахстана следующим кандидатом на вступление в соглашения называют Индонезию.",
        {("ID", "cand")},
    ),
    (
        "Азербайджан может присоединиться к Соглашениям Авраама уже в этом году, пишут американские СМИ.",
        {("AZ", "cand")},
    ),
    (
        "По мнению аналитиков, нормализация между Израилем и Саудовской Аравией — лишь вопрос времени.",
        {("SA", "cand")},
    ),
    (
        "Администрация Трампа обхаживает новое руководство Дамаска, надеясь привести Сирию в Соглашения Авраама.",
        {("SY", "cand")},
    ),
    ("Трамп: Саудовская Аравия скоро присоединится к Соглашениям Авраама", {("SA", "cand")}),
    (
        "Присоединение Саудовской Аравии к Соглашениям Авраама становится всё ближе",
        {("SA", "cand")},
    ),
    (
        "Саудовская Аравия долго хранила молчание. Наследный принц дал понять, что королевство в принципе готово к нормализации с Израилем.",
        {("SA", "cand")},
    ),
    (
        "По оценке израильских дипломатов, Джакарта может стать следующей страной, нормализовавшей отношения.",
        {("ID", "cand")},
    ),
    ("Вашингтон подталкивает Баку к вступлению в Соглашения Авраама.", {("AZ", "cand")}),
    # refusals and preconditions (with interest where a restriction says 'only if')
    (
        "Эр-Рияд обусловил нормализацию с Израилем созданием палестинского государства.",
        {("SA", "dec")},
    ),
    (
        "Саудовская Аравия исключила нормализацию без создания палестинского государства.",
        {("SA", "dec")},
    ),
    (
        "МИД Саудовской Аравии заявил, что позиция королевства по нормализации не изменилась.",
        {("SA", "dec")},
    ),
    (
        "Саудиты дали понять, что не установят отношений с Израилем, пока не будет создано палестинское государство.",
        {("SA", "dec")},
    ),
    (
        "Присоединение к Соглашениям Авраама для Эр-Рияда сейчас исключено, заявил министр.",
        {("SA", "dec")},
    ),
    ("Саудовская Аравия по-прежнему отвергает нормализацию с Израилем.", {("SA", "dec")}),
    (
        "Саудовская Аравия хочет стать частью Соглашений Авраама, но только при условии создания палестинского государства.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    ("Для Саудовской Аравии нормализация сейчас не стоит на повестке дня.", {("SA", "dec")}),
    (
        "Саудовская Аравия пока выжидает. Наследный принц подчеркнул, что королевство не готово к нормализации.",
        {("SA", "dec")},
    ),
    (
        "Об установлении отношений с Израилем не может быть и речи, заявили в Эр-Рияде.",
        {("SA", "dec")},
    ),
    (
        "Президент Сирии Ахмед аш-Шараа заявил, что вопрос о присоединении к Соглашениям Авраама сейчас не стоит.",
        {("SY", "dec")},
    ),
    ("Дамаск пока исключает нормализацию с Израилем.", {("SY", "dec")}),
    (
        "Сирия, по словам её министра иностранных дел, пока не готова к Соглашениям Авраама.",
        {("SY", "dec")},
    ),
    ("Президент Ливана Жозеф Аун отверг присоединение к Соглашениям Авраама.", {("LB", "dec")}),
    (
        "Малайзия никогда не признает Израиль, пока Палестина остаётся под оккупацией, заявил Анвар Ибрагим.",
        {("MY", "dec")},
    ),
    (
        "Индонезия заявила, что нормализация с Израилем без палестинского государства невозможна.",
        {("ID", "dec")},
    ),
    ("Дамаск дал понять, что не готов к нормализации с Израилем.", {("SY", "dec")}),
    (
        "По словам саудовского министра, вопрос о нормализации с Израилем сейчас не стоит.",
        {("SA", "dec")},
    ),
    ("Малайзия заявила, что нормализация с Израилем для неё немыслима.", {("MY", "dec")}),
    ("Ливан не готов к соглашениям Авраама, заявил президент Жозеф Аун.", {("LB", "dec")}),
    (
        "Эр-Рияд признает Израиль только после создания палестинского государства, заявили в саудовском МИД.",
        {("SA", "dec")},
    ),
    (
        "Саудовская Аравия настаивает на создании палестинского государства как условии нормализации.",
        {("SA", "dec")},
    ),
    (
        "Временный президент Сирии аш-Шараа пока отверг присоединение к Соглашениям Авраама.",
        {("SY", "dec")},
    ),
    ("В Бейруте заявили, что о нормализации с Израилем не может быть и речи.", {("LB", "dec")}),
    (
        "Эр-Рияд по-прежнему говорит «нет» нормализации без палестинского государства.",
        {("SA", "dec")},
    ),
    (
        "«Никакой нормализации без палестинского государства»: Эр-Рияд подтвердил свою позицию",
        {("SA", "dec")},
    ),
    (
        "«Мы не признаем Израиль, пока не будет палестинского государства», — заявил министр иностранных дел Саудовской Аравии.",
        {("SA", "dec")},
    ),
    ("Сирия пока отказывается от присоединения к Соглашениям Авраама", {("SY", "dec")}),
    (
        "Саудовское руководство отвергает любое сближение с Израилем, пока продолжается война.",
        {("SA", "dec")},
    ),
    ("Ливан не присоединится к Соглашениям Авраама, заявил президент Аун.", {("LB", "dec")}),
    ("Куала-Лумпур категорически отвергает любую нормализацию с Израилем.", {("MY", "dec")}),
    ("Анвар Ибрагим исключил признание Израиля.", {("MY", "dec")}),
    ("Мир с Израилем для Ливана сейчас исключён, заявил Аун.", {("LB", "dec")}),
    ("Оман ответил твёрдым отказом на предложение о нормализации с Израилем.", {("OM", "dec")}),
    # halts: frozen, derailed, put on hold, interrupted by the war
    (
        "Переговоры о нормализации между Саудовской Аравией и Израилем были заморожены после 7 октября.",
        {("SA", "lap")},
    ),
    ("Война в Газе поставила саудовско-израильскую нормализацию на паузу.", {("SA", "lap")}),
    ("Саудовская Аравия приостановила переговоры о нормализации с Израилем.", {("SA", "lap")}),
    ("Сближение Эр-Рияда с Израилем отложено на неопределённый срок.", {("SA", "lap")}),
    (
        "Эр-Рияд долго считался следующим кандидатом на вступление в Соглашения Авраама. Война в Газе сорвала переговоры с Саудовской Аравией.",
        {("SA", "cand"), ("SA", "lap")},
    ),
    ("Бахрейн отозвал своего посла из Израиля и заморозил экономические связи.", {("BH", "lap")}),
    ("Переговоры о саудовской нормализации были прерваны войной в Газе.", {("SA", "lap")}),
    ("Нападение ХАМАС 7 октября сорвало саудовско-израильское сближение.", {("SA", "lap")}),
    (
        "Переговоры о нормализации между Эр-Риядом и Израилем отложены до окончания войны.",
        {("SA", "lap")},
    ),
    ("Война поставила на паузу переговоры с Саудовской Аравией о нормализации.", {("SA", "lap")}),
    (
        "С 7 октября переговоры о нормализации между Эр-Риядом и Израилем фактически заморожены.",
        {("SA", "lap")},
    ),
    (
        "Саудовско-израильские переговоры о нормализации остаются замороженными с начала войны.",
        {("SA", "lap")},
    ),
    (
        "Парламент Бахрейна объявил, что израильский посол покинул страну, а экономические связи с Израилем разорваны.",
        {("BH", "lap")},
    ),
    ("Сближение Израиля и Саудовской Аравии застопорилось из-за войны в Газе.", {("SA", "lap")}),
    ("Саудовская Аравия заморозила переговоры с Израилем", {("SA", "lap")}),
    ("После 7 октября Эр-Рияд поставил нормализацию на паузу.", {("SA", "lap")}),
    ("В ноябре 2023 года Бахрейн заморозил экономические связи с Израилем.", {("BH", "lap")}),
    # the 2020 announcements before the signing
    ("В августе 2020 года ОАЭ согласились нормализовать отношения с Израилем.", {("AE", "ann")}),
    (
        "13 августа 2020 года Израиль и ОАЭ объявили о намерении установить дипломатические отношения.",
        {("AE", "ann")},
    ),
    ("В сентябре 2020 года Бахрейн объявил о нормализации отношений с Израилем.", {("BH", "ann")}),
    (
        "В августе 2020 года ОАЭ и Израиль договорились об установлении дипломатических отношений.",
        {("AE", "ann")},
    ),
    (
        "В августе 2020 года Израиль и Объединённые Арабские Эмираты объявили о нормализации отношений.",
        {("AE", "ann")},
    ),
    (
        "11 сентября 2020 года Трамп объявил, что Бахрейн также нормализует отношения с Израилем.",
        {("BH", "ann")},
    ),
    # no claim: other deals, the new cue words elsewhere, Riyadh as a venue, unnamed groups
    ("Совет мира провёл в понедельник заседание в Эр-Рияде.", set()),
    ("Израиль признал Сомалиленд в духе Соглашений Авраама.", set()),
    (
        "К соглашениям могут присоединиться и другие арабские страны, сообщили дипломатические источники.",
        set(),
    ),
    ("Министры иностранных дел встретились в Эр-Рияде, чтобы обсудить план по Газе.", set()),
    ("Саудовская Аравия поддержала план Трампа по Газе.", set()),
    ("Торговое соглашение между Катаром и Турцией близко как никогда.", set()),
    ("Саммит в Эр-Рияде завершился без договорённостей по плану для Газы.", set()),
    ("Сомалиленд считает своё признание Израилем шагом в духе Соглашений Авраама.", set()),
    ("Саудовская Аравия вошла в Совет мира по Газе.", set()),
    ("Несколько стран Залива пригрозили выйти из переговоров.", set()),
    ("Прекращение огня в Газе близко как никогда, заявили в Каире.", set()),
    ("Предложение по плану для Газы лежит на столе с понедельника.", set()),
    ("Катар готов к чемпионату мира, считают наблюдатели.", set()),
    ("Переговоры о торговле с Индонезией были прерваны.", set()),
]

KAZAKH = [
    # candidacies: hopes, pressure, goals, within reach, on the table, the next member
    (
        "Енді басты сұрақ: Сауд Арабиясы Қазақстанның соңынан Авраам келісімдеріне қосыла ма, жоқ па.",
        {("SA", "cand")},
    ),
    (
        "Сауд Арабиясымен қалыпқа келтіру Трамп әкімшілігінің басты мақсаты болып қала береді.",
        {("SA", "cand")},
    ),
    (
        "Трамп Сауд Арабиясы жақын арада Авраам келісімдеріне қосылады деп үміттенеді.",
        {("SA", "cand")},
    ),
    ("Вашингтон Эр-Риядқа Авраам келісімдеріне қосылу үшін қысым көрсетіп отыр.", {("SA", "cand")}),
    (
        "Израиль мен Сауд Арабиясы арасындағы қалыпқа келтіру келісімі қол жетімді болып көрінген еді.",
        {("SA", "cand")},
    ),
    (
        "Америкалық шенеуніктердің айтуынша, сауд-израиль қалыпқа келтіруі әлі де үстел үстінде.",
        {("SA", "cand")},
    ),
    ("Сауд Арабиясы Авраам келісімдерінің ең басты жүлдесі саналады.", {("SA", "cand")}),
    (
        "Мұхаммед бен Салман Вашингтонға сапарында Авраам келісімдеріне қосылу мәселесін талқылайды.",
        {("SA", "cand")},
    ),
    (
        "Сауд Арабиясы – Парсы шығанағындағы ең ірі монархия. АҚШ әкімшілігі корольдікті Авраам келісімдеріне тартуға тырысып жатыр.",
        {("SA", "cand")},
    ),
    (
        "Трамп ерте ме, кеш пе Сауд Арабиясы Авраам келісімдеріне қол қояды деп сенеді.",
        {("SA", "cand")},
    ),
    (
        "Израиль Авраам келісімдерін кеңейтуге үміттенеді. Нетаньяху Сауд Арабиясымен бейбітшілік бұрын-соңды болмағандай жақын екенін айтты.",
        {("SA", "cand")},
    ),
    (
        "Сауд Арабиясы Авраам келісімдеріне қосылатын келесі үміткер ретінде аталады.",
        {("SA", "cand")},
    ),
    (
        "АҚШ Эр-Риядпен Израильмен қатынасты қалыпқа келтіру жөнінде келіссөз жүргізіп жатыр.",
        {("SA", "cand")},
    ),
    (
        "Келесі кезекте Сауд Арабиясы болады деп үміттенеміз, деді израильдік министр.",
        {("SA", "cand")},
    ),
    (
        "Америкалық елші Эр-Рияд ақыр соңында келісімдерге қосылатынына сенім білдірді.",
        {("SA", "cand")},
    ),
    (
        "АҚШ елшісі Том Баррак Сирия уақыт өте келе Авраам келісімдеріне қосылуы мүмкін екенін айтты.",
        {("SY", "cand")},
    ),
    (
        "Вашингтон Сирия мен Ливанның Авраам келісімдеріне қосылғанын қалайды.",
        {("LB", "cand"), ("SY", "cand")},
    ),
    (
        "Вашингтонда Дамаск Авраам келісімдерінің келесі ықтимал қатысушысы ретінде қарастырылады.",
        {("SY", "cand")},
    ),
    ("Трамп Сирия президенті әш-Шараны Авраам келісімдеріне қосылуға шақырды.", {("SY", "cand")}),
    (
        "Израиль БАҚ-тарының хабарлауынша, Индонезия Авраам келісімдеріне қосылуы мүмкін.",
        {("ID", "cand")},
    ),
    (
        "Әзербайжан Авраам келісімдеріне қосылудың басты үміткерлерінің бірі саналады.",
        {("AZ", "cand")},
    ),
    ("Вашингтон Бакуді жақын арада Авраам келісімдеріне тартуға үміттенеді.", {("AZ", "cand")}),
    (
        "Вашингтон сауд билігін Израильмен қатынасты қалыпқа келтіруге көндіруге тырысуда.",
        {("SA", "cand")},
    ),
    (
        "Сарапшылардың пікірінше, Сауд Арабиясының Авраам келісімдеріне қосылуы уақыт еншісінде.",
        {("SA", "cand")},
    ),
    ("Эр-Риядпен қалыпқа келтіру Вашингтонның негізгі мақсаты болып отыр.", {("SA", "cand")}),
    (
        "Сарапшылардың пікірінше, Сауд Арабиясы Авраам келісімдеріне қосылудың басты үміткері.",
        {("SA", "cand")},
    ),
    ("Вашингтон Сирияның Авраам келісімдеріне қосылуын қалайды.", {("SY", "cand")}),
    (
        "Әзербайжан Авраам келісімдеріне қосылатын келесі үміткер ретінде аталып жүр.",
        {("AZ", "cand")},
    ),
    ("АҚШ Сауд Арабиясымен қалыпқа келтіру жөнінде келіссөздер жүргізіп жатыр.", {("SA", "cand")}),
    ("АҚШ Дамаскті Израильмен қатынасты қалыпқа келтіруге итермелеп отыр.", {("SY", "cand")}),
    ("Трамп Сауд Арабиясы Авраам келісімдеріне «уақыты келгенде» қосылады деді.", {("SA", "cand")}),
    (
        "Мұрагер ханзаданың Вашингтонға сапары Сауд Арабиясының Авраам келісімдеріне қосылуына деген үмітті арттырды.",
        {("SA", "cand")},
    ),
    (
        "Америкалық БАҚ-тың хабарлауынша, Әзербайжан биыл Авраам келісімдеріне қосылуы мүмкін.",
        {("AZ", "cand")},
    ),
    (
        "Сарапшылардың пікірінше, Израиль мен Сауд Арабиясы арасындағы қалыпқа келтіру – уақыт мәселесі.",
        {("SA", "cand")},
    ),
    ("Трамп: Сауд Арабиясы жақын арада Авраам келісімдеріне қосылады", {("SA", "cand")}),
    (
        "Израиль дипломаттарының бағалауынша, Джакарта қатынасты қалыпқа келтіретін келесі ел болуы мүмкін.",
        {("ID", "cand")},
    ),
    ("Вашингтон Бакуді Авраам келісімдеріне қосылуға итермелеп отыр.", {("AZ", "cand")}),
    # refusals and preconditions (with interest where a restriction says 'only if')
    (
        "Эр-Рияд Израильмен қалыпқа келтіруді Палестина мемлекетінің құрылуымен байланыстырды.",
        {("SA", "dec")},
    ),
    ("Сауд Арабиясы Палестина мемлекетінсіз қалыпқа келтіруді жоққа шығарды.", {("SA", "dec")}),
    (
        "Сауд Арабиясының СІМ корольдіктің қалыпқа келтіру жөніндегі ұстанымы өзгермегенін мәлімдеді.",
        {("SA", "dec")},
    ),
    (
        "Сауд Арабиясы Палестина мемлекеті құрылмайынша Израильмен қарым-қатынас орнатпайтынын айтты.",
        {("SA", "dec")},
    ),
    (
        "Министрдің айтуынша, Эр-Рияд үшін Авраам келісімдеріне қосылу қазір мүмкін емес.",
        {("SA", "dec")},
    ),
    ("Сауд Арабиясы Израильмен қалыпқа келтіруден әлі де бас тартып келеді.", {("SA", "dec")}),
    (
        "Сауд Арабиясы Авраам келісімдерінің бөлігі болғысы келеді, бірақ тек Палестина мемлекеті құрылған жағдайда ғана.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    ("Сауд Арабиясы үшін қалыпқа келтіру қазір күн тәртібінде жоқ.", {("SA", "dec")}),
    (
        "Сауд Арабиясы әзірге күтіп отыр. Мұрагер ханзада корольдік қалыпқа келтіруге дайын емес екенін атап өтті.",
        {("SA", "dec")},
    ),
    (
        "Сирия президенті Ахмед әш-Шараа Авраам келісімдеріне қосылу мәселесі қазір қаралмайтынын айтты.",
        {("SY", "dec")},
    ),
    ("Дамаск Израильмен қалыпқа келтіруді әзірге жоққа шығарады.", {("SY", "dec")}),
    (
        "Сыртқы істер министрінің айтуынша, Сирия Авраам келісімдеріне әлі дайын емес.",
        {("SY", "dec")},
    ),
    ("Ливан президенті Жозеф Аун Авраам келісімдеріне қосылудан бас тартты.", {("LB", "dec")}),
    (
        "Палестина оккупацияда тұрғанда Малайзия Израильді ешқашан мойындамайды, деді Анвар Ибрагим.",
        {("MY", "dec")},
    ),
    (
        "Индонезия Палестина мемлекетінсіз Израильмен қалыпқа келтіру мүмкін емес екенін мәлімдеді.",
        {("ID", "dec")},
    ),
    ("Дамаск Авраам келісімдеріне қосылуды жоққа шығарды.", {("SY", "dec")}),
    ("Сауд Арабиясы үшін Израильмен қатынас орнату әзірге мүмкін емес.", {("SA", "dec")}),
    ("Ливан Авраам келісімдеріне әзірге дайын емес, деді президент Жозеф Аун.", {("LB", "dec")}),
    ("Малайзия Израильмен қалыпқа келтіруді мүлдем жоққа шығарады.", {("MY", "dec")}),
    (
        "Эр-Рияд Палестина мемлекеті құрылғаннан кейін ғана Израильді мойындайды, деп мәлімдеді Сауд СІМ.",
        {("SA", "dec")},
    ),
    (
        "Сирияның өтпелі президенті әш-Шараа Авраам келісімдеріне қосылудан әзірге бас тартты.",
        {("SY", "dec")},
    ),
    (
        "Бейрут Израильмен қалыпқа келтіру туралы сөз болуы мүмкін емес екенін мәлімдеді.",
        {("LB", "dec")},
    ),
    (
        "«Палестина мемлекетінсіз қалыпқа келтіру болмайды»: Эр-Рияд ұстанымын растады",
        {("SA", "dec")},
    ),
    ("Сирия Авраам келісімдеріне қосылудан әзірге бас тартып отыр", {("SY", "dec")}),
    (
        "Сауд басшылығы соғыс жалғасып жатқанда Израильмен кез келген жақындасуды қабылдамайды.",
        {("SA", "dec")},
    ),
    ("Ливан Авраам келісімдеріне қосылмайды, деді президент Аун.", {("LB", "dec")}),
    (
        "Куала-Лумпур Израильмен кез келген қалыпқа келтіруден үзілді-кесілді бас тартады.",
        {("MY", "dec")},
    ),
    ("Ливан үшін Израильмен бейбітшілік қазір мүмкін емес, деді Аун.", {("LB", "dec")}),
    # halts: frozen, derailed, put on hold, interrupted by the war
    (
        "Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіру жөніндегі келіссөздер 7 қазаннан кейін тоқтатылды.",
        {("SA", "lap")},
    ),
    ("Газадағы соғыс сауд-израиль жақындасуын тоқтатып тастады.", {("SA", "lap")}),
    (
        "Сауд Арабиясы Израильмен қалыпқа келтіру жөніндегі келіссөздерді тоқтата тұрды.",
        {("SA", "lap")},
    ),
    ("Эр-Рияд пен Израильдің жақындасуы белгісіз мерзімге кейінге қалдырылды.", {("SA", "lap")}),
    (
        "Эр-Рияд ұзақ уақыт Авраам келісімдеріне қосылатын келесі үміткер саналды. Газадағы соғыс Сауд Арабиясымен келіссөздерді үзіп жіберді.",
        {("SA", "cand"), ("SA", "lap")},
    ),
    (
        "Бахрейн Израильдегі елшісін кері шақырып алып, экономикалық байланыстарды тоқтатты.",
        {("BH", "lap")},
    ),
    (
        "Сауд Арабиясымен қалыпқа келтіру жөніндегі келіссөздер Газадағы соғысқа байланысты тоқтап қалды.",
        {("SA", "lap")},
    ),
    ("Хамас шабуылы сауд-израиль келіссөздерін тоқтатып тастады.", {("SA", "lap")}),
    (
        "7 қазаннан бері Эр-Рияд пен Израиль арасындағы қалыпқа келтіру жөніндегі келіссөздер мұздатылған.",
        {("SA", "lap")},
    ),
    (
        "Израиль мен Сауд Арабиясының жақындасуы Газадағы соғысқа байланысты тоқтап қалды.",
        {("SA", "lap")},
    ),
    ("Сауд Арабиясы Израильмен келіссөздерді мұздатты", {("SA", "lap")}),
    ("7 қазаннан кейін Эр-Рияд қалыпқа келтіруді кейінге қалдырды.", {("SA", "lap")}),
    (
        "2023 жылдың қарашасында Бахрейн Израильмен экономикалық байланыстарды тоқтатты.",
        {("BH", "lap")},
    ),
    # the 2020 announcements before the signing
    (
        "2020 жылдың тамызында БАӘ Израильмен қарым-қатынасты қалыпқа келтіруге келісті.",
        {("AE", "ann")},
    ),
    (
        "2020 жылғы 13 тамызда Израиль мен БАӘ дипломатиялық қатынас орнату ниеті туралы жариялады.",
        {("AE", "ann")},
    ),
    (
        "2020 жылдың қыркүйегінде Бахрейн Израильмен қарым-қатынасты қалыпқа келтіретінін жариялады.",
        {("BH", "ann")},
    ),
    (
        "2020 жылдың тамызында БАӘ мен Израиль дипломатиялық қатынас орнатуға келісті.",
        {("AE", "ann")},
    ),
    (
        "2020 жылдың тамызында Израиль мен БАӘ қатынастарды қалыпқа келтіретінін жариялады.",
        {("AE", "ann")},
    ),
    # no claim: other deals, the new cue words elsewhere, Riyadh as a venue, unnamed groups
    ("Бейбітшілік кеңесі дүйсенбі күні Эр-Риядта отырыс өткізді.", set()),
    ("Израиль Авраам келісімдерінің рухында Сомалилендті мойындады.", set()),
    (
        "Келісімдерге басқа араб елдері де қосылуы мүмкін, деп хабарлады дипломатиялық дереккөздер.",
        set(),
    ),
    ("Сыртқы істер министрлері Газа жоспарын талқылау үшін Эр-Риядта кездесті.", set()),
    ("Сауд Арабиясы Трамптың Газа жоспарын қолдады.", set()),
    ("Катар мен Түркия арасындағы сауда келісімі қол жетімді болып көрінеді.", set()),
    ("Эр-Риядтағы саммит Газа жоспары бойынша келісімсіз аяқталды.", set()),
    ("Сауд Арабиясы Газа жөніндегі Бейбітшілік кеңесіне қосылды.", set()),
    ("Бірнеше араб елі келіссөздерден шығамыз деп қорқытты.", set()),
    ("Газадағы атысты тоқтату туралы ұсыныс үстел үстінде жатыр.", set()),
    ("Катар әлем чемпионатына дайын, деп санайды сарапшылар.", set()),
    ("Индонезиямен сауда келіссөздері тоқтатылды.", set()),
]


@pytest.mark.parametrize("sentence,expected", cases(GERMAN))
def test_round11_german(sentence, expected):
    assert coarse(sentence, "de") == expected


@pytest.mark.parametrize("sentence,expected", cases(RUSSIAN))
def test_round11_russian(sentence, expected):
    assert coarse(sentence, "ru") == expected


@pytest.mark.parametrize("sentence,expected", cases(KAZAKH))
def test_round11_kazakh(sentence, expected):
    assert coarse(sentence, "kk") == expected
