<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../ui/agenda_list.py" line="37" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_list.py" line="38" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_list.py" line="39" />
            <source>Format</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_list.py" line="40" />
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_list.py" line="41" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_list.py" line="42" />
            <source>Room</source>
            <translation>Sala</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../ui/panels/agenda.py" line="62" />
            <source>Agenda &amp; export</source>
            <translation>Program i eksport</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="63" />
            <source>Draft agenda of next year's Economic Development Forum: add topics from the results, put them in order of priority, fill in each session and let Razem fit them into the forum's days.</source>
            <translation>Projekt programu przyszłorocznego Forum Rozwoju Gospodarczego: dodaj tematy z wyników, ustaw je w kolejności ważności, uzupełnij każdą sesję i pozwól Razem rozmieścić je w dniach forum.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="77" />
            <source>Agenda in priority order</source>
            <translation>Program w kolejności ważności</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="93" />
            <location filename="../../ui/panels/agenda.py" line="152" />
            <source>Schedule check</source>
            <translation>Kontrola &amp;harmonogramu</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="122" />
            <source>Agenda as &amp;calendar (iCal)…</source>
            <translation>Program jako kalendarz (iCal)…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="120" />
            <source>Agenda as PDF…</source>
            <translation>Program jako PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="121" />
            <source>Summary as PDF…</source>
            <translation>Podsumowanie jako PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="123" />
            <source>Other e&amp;xports…</source>
            <translation>&amp;Inne eksporty…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="128" />
            <source>From the &amp;previous edition…</source>
            <translation>Z poprzednie&amp;j edycji…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="133" />
            <source>Agenda (priority order)</source>
            <translation>Program (kolejność ważności)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="139" />
            <source>Move up (Ctrl+↑)</source>
            <translation>W górę (Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="140" />
            <source>Move down (Ctrl+↓)</source>
            <translation>W dół (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="141" />
            <source>Remove (Delete)</source>
            <translation>Usuń (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="149" />
            <source>The forum's days and the schedule</source>
            <translation>Dni forum i harmonogram</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="157" />
            <source>Forum's da&amp;ys and rooms…</source>
            <translation>Dni i sale &amp;forum…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="158" />
            <source>&amp;Schedule automatically</source>
            <translation>Ułóż &amp;automatycznie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="331" />
            <source>The agenda is empty: add topics first.</source>
            <translation>Program jest pusty: najpierw dodaj tematy.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/agenda.py" line="334" />
            <source>The forum has no days yet: set them with “Forum's days and rooms…” first, then schedule.</source>
            <translation>Forum nie ma jeszcze dni: najpierw ustaw je przyciskiem „Dni i sale forum…”, potem układaj.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/agenda.py" line="341" />
            <source>Scheduled {placed} of %n item(s).</source>
            <translation>
                <numerusform>Ułożono {placed} z %n punktu.</numerusform>
                <numerusform>Ułożono {placed} z %n punktów.</numerusform>
                <numerusform>Ułożono {placed} z %n punktów.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaReport</name>
        <message>
            <location filename="../../ui/agenda_report.py" line="19" />
            <source>No forum days or rooms yet: set them before scheduling.</source>
            <translation>Forum nie ma jeszcze dni ani sal: ustaw je przed układaniem programu.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="24" />
            <source>breaks {times}</source>
            <translation>przerwy {times}</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="26" />
            <source>lunch {time}</source>
            <translation>obiad {time}</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="30" />
            <source>no forum days yet</source>
            <translation>brak dni forum</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="31" />
            <source>Rooms: {names}</source>
            <translation>Sale: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="32" />
            <source>no rooms yet</source>
            <translation>brak sal</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="46" />
            <source>“{a}” and “{b}” run at the same time but have the same lead.</source>
            <translation>„{a}” i „{b}” odbywają się w tym samym czasie, choć mają tego samego prowadzącego.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="47" />
            <source>“{a}” and “{b}” run at the same time but share a speaker.</source>
            <translation>„{a}” i „{b}” odbywają się w tym samym czasie, choć mają wspólnego prelegenta.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="48" />
            <source>“{a}” and “{b}” run at the same time but are marked as conflicting.</source>
            <translation>„{a}” i „{b}” odbywają się w tym samym czasie, choć oznaczono je jako kolidujące.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="50" />
            <source>“{a}” and “{b}” are in the same room at the same time.</source>
            <translation>„{a}” i „{b}” są w tej samej sali w tym samym czasie.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="54" />
            <source>“{a}” runs into a break or lunch, past the end of the day, or outside the forum's days.</source>
            <translation>„{a}” nachodzi na przerwę lub obiad, wychodzi poza koniec dnia albo poza dni forum.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="57" />
            <source>“{a}” is in the room “{room}”, which is not one of the forum's rooms: choose another room.</source>
            <translation>„{a}” jest w sali „{room}”, której nie ma wśród sal forum: wybierz inną salę.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="63" />
            <source>“{a}” did not fit: it is longer than any free time between breaks.</source>
            <translation>„{a}” nie zmieścił się: trwa dłużej niż każdy wolny czas między przerwami.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="65" />
            <source>“{a}” did not fit: no room or time was left in the forum's days.</source>
            <translation>„{a}” nie zmieścił się: w dniach forum zabrakło sal lub czasu.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="67" />
            <source>“{a}” has no day and time yet.</source>
            <translation>„{a}” nie ma jeszcze dnia i godziny.</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_report.py" line="70" />
            <source>Nothing to report: every item has a time and nothing clashes.</source>
            <translation>Wszystko w porządku: każdy punkt ma swój czas i nic ze sobą nie koliduje.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../ui/presenter_phases.py" line="109" />
            <source>{format} · {minutes} min</source>
            <translation>{format} · {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../app.py" line="189" />
            <source>New workshop</source>
            <translation>Nowy warsztat</translation>
        </message>
        <message>
            <location filename="../../app.py" line="189" />
            <source>Title:</source>
            <translation>Tytuł:</translation>
        </message>
        <message>
            <location filename="../../app.py" line="193" />
            <source>Save the new workshop as</source>
            <translation>Zapisz nowy warsztat jako</translation>
        </message>
        <message>
            <location filename="../../app.py" line="194" />
            <location filename="../../app.py" line="227" />
            <location filename="../../app.py" line="246" />
            <source>Razem workshops (*.razem)</source>
            <translation>Warsztaty Razem (*.razem)</translation>
        </message>
        <message>
            <location filename="../../app.py" line="200" />
            <source>Open a workshop</source>
            <translation>Otwórz warsztat</translation>
        </message>
        <message>
            <location filename="../../app.py" line="201" />
            <source>Razem workshops (*.razem);;All files (*)</source>
            <translation>Warsztaty Razem (*.razem);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../app.py" line="212" />
            <source>There are no automatic copies of this workshop yet.</source>
            <translation>Ten warsztat nie ma jeszcze automatycznych kopii.</translation>
        </message>
        <message>
            <location filename="../../app.py" line="215" />
            <source>{time} · {why} · {ideas} ideas, {groups} groups</source>
            <translation>{time} · {why} · pomysły: {ideas}, grupy: {groups}</translation>
        </message>
        <message>
            <location filename="../../app.py" line="218" />
            <source>Restore an automatic copy</source>
            <translation>Przywróć kopię</translation>
        </message>
        <message>
            <location filename="../../app.py" line="219" />
            <source>Copy to open as a new file:</source>
            <translation>Kopia do otwarcia jako nowy plik:</translation>
        </message>
        <message>
            <location filename="../../app.py" line="225" />
            <source>Save the copy as</source>
            <translation>Zapisz kopię jako</translation>
        </message>
        <message>
            <location filename="../../app.py" line="245" />
            <source>Save a copy as</source>
            <translation>Zapisz kopię jako</translation>
        </message>
        <message>
            <location filename="../../app.py" line="280" />
            <source>The language changes when Razem is started again.</source>
            <translation>Język zmieni się po ponownym uruchomieniu programu Razem.</translation>
        </message>
    </context>
    <context>
        <name>BallotPage</name>
        <message>
            <location filename="../../ui/presenter_voting.py" line="225" />
            <source>Done (Enter)</source>
            <translation>Gotowe (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="227" />
            <source>‹ Previous</source>
            <translation>‹ Poprzednie</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="228" />
            <source>Next ›</source>
            <translation>Następne ›</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="307" />
            <source>Cards {first}–{last} of {count}</source>
            <translation>Karty {first}–{last} z {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/presenter_voting.py" line="328" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n kropka</numerusform>
                <numerusform>%n kropki</numerusform>
                <numerusform>%n kropek</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="331" />
            <source>Place {place}</source>
            <translation>Miejsce {place}</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="332" />
            <source>not ranked</source>
            <translation>bez miejsca</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="350" />
            <source>Dots left: {n}</source>
            <translation>Zostało kropek: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="352" />
            <source>Places left: {n}</source>
            <translation>Zostało miejsc: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="355" />
            <source>Marks {low}–{high} to give: {n}</source>
            <translation>Ocen {low}–{high} do wystawienia: {n}</translation>
        </message>
    </context>
    <context>
        <name>CandidateBox</name>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="49" />
            <location filename="../../ui/agenda_candidates.py" line="78" />
            <source>Candidate topics</source>
            <translation>Tematy do wyboru</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="56" />
            <source>Topics from</source>
            <translation>Tematy z</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="62" />
            <source>Added</source>
            <translation>Dodany</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="63" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="64" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="65" />
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="67" />
            <source>By sector</source>
            <translation>Według sektorów</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="77" />
            <source>✓: already on the agenda</source>
            <translation>✓: już w programie</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="82" />
            <source>Add to the a&amp;genda</source>
            <translation>Dodaj do progra&amp;mu</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="85" />
            <source>Or type a topic and press Enter</source>
            <translation>Albo wpisz temat i naciśnij Enter</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="86" />
            <source>New topic</source>
            <translation>Nowy temat</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="93" />
            <source>Topics fro&amp;m:</source>
            <translation>Tematy &amp;z:</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="115" />
            <source>Round: {title} ({status})</source>
            <translation>Głosowanie: {title} ({status})</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_candidates.py" line="118" />
            <source>Groups (without a round)</source>
            <translation>Grupy (bez głosowania)</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="../../ui/canvas/view.py" line="44" />
            <source>Canvas of sticky notes</source>
            <translation>Tablica karteczek</translation>
        </message>
    </context>
    <context>
        <name>CaptureContext</name>
        <message>
            <location filename="../../ui/idea_entry.py" line="115" />
            <source>Table:</source>
            <translation>Stół:</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="118" />
            <location filename="../../ui/idea_entry.py" line="180" />
            <location filename="../../ui/idea_entry.py" line="181" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="119" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+↑ / Alt+↓</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="123" />
            <source>Author:</source>
            <translation>Autor:</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="126" />
            <source>Alt+← / Alt+→ in the idea field, or Alt+A to search</source>
            <translation>Alt+← / Alt+→ w polu pomysłu albo Alt+A, by wyszukać</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="127" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="135" />
            <source>(no author)</source>
            <translation>(bez autora)</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="169" />
            <source>Table {number}</source>
            <translation>Stół {number}</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="179" />
            <source>sector: {sector} · table: {table} · author: {author}</source>
            <translation>sektor: {sector} · stół: {table} · autor: {author}</translation>
        </message>
    </context>
    <context>
        <name>CardPages</name>
        <message>
            <location filename="../../ui/presenter_fit.py" line="313" />
            <source>{title} (continued)</source>
            <translation>{title} (ciąg dalszy)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_fit.py" line="356" />
            <source>Page {page} of {count}</source>
            <translation>Strona {page} z {count}</translation>
        </message>
    </context>
    <context>
        <name>CarryOverDialog</name>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="52" />
            <source>Topics from the previous edition</source>
            <translation>Tematy z poprzedniej edycji</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="55" />
            <source>Last year's workshop file (.razem)</source>
            <translation>Plik zeszłorocznego warsztatu (.razem)</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="56" />
            <source>Last year's workshop file</source>
            <translation>Plik zeszłorocznego warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="57" />
            <source>C&amp;hoose file…</source>
            <translation>Wybierz p&amp;lik…</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="59" />
            <location filename="../../ui/carry_over_dialog.py" line="135" />
            <source>Choose the file of last year's workshop; it is only read, never changed.</source>
            <translation>Wybierz plik zeszłorocznego warsztatu; zostanie tylko odczytany, nigdy zmieniony.</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="89" />
            <source>Last year's topics</source>
            <translation>Zeszłoroczne tematy</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="90" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="90" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="90" />
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="91" />
            <source>Vote</source>
            <translation>Głosowanie</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="91" />
            <source>By sector</source>
            <translation>Według sektorów</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="103" />
            <source>Tick &amp;all</source>
            <translation>Zaznacz &amp;wszystkie</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="105" />
            <source>Ca&amp;rry over the ticked</source>
            <translation>&amp;Przenieś wybrane</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="117" />
            <source>Last year's workshop</source>
            <translation>Zeszłoroczny warsztat</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="118" />
            <source>Razem workshops (*.razem);;All files (*)</source>
            <translation>Warsztaty Razem (*.razem);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../ui/carry_over_dialog.py" line="158" />
            <source>{kind} · on the agenda already</source>
            <translation>{kind} · już w programie</translation>
        </message>
    </context>
    <context>
        <name>CarryOverWords</name>
        <message numerus="yes">
            <location filename="../../carry_over_words.py" line="25" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n kropka</numerusform>
                <numerusform>%n kropki</numerusform>
                <numerusform>%n kropek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../carry_over_words.py" line="27" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkty</numerusform>
                <numerusform>%n punktów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="28" />
            <source>mean mark {mean}</source>
            <translation>średnia ocen {mean}</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="32" />
            <source>place {place} (shared)</source>
            <translation>{place}. miejsce ex aequo</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="33" />
            <source>place {place}</source>
            <translation>{place}. miejsce</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="43" />
            <source>From the previous edition ({year}).</source>
            <translation>Z poprzedniej edycji ({year}).</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="44" />
            <source>From the previous edition.</source>
            <translation>Z poprzedniej edycji.</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="46" />
            <source>From the previous edition ({year}): {result}</source>
            <translation>Z poprzedniej edycji ({year}): {result}</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="48" />
            <source>From the previous edition: {result}</source>
            <translation>Z poprzedniej edycji: {result}</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="58" />
            <source>agenda item</source>
            <translation>punkt programu</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="59" />
            <source>group</source>
            <translation>grupa</translation>
        </message>
        <message>
            <location filename="../../carry_over_words.py" line="62" />
            <source>no vote</source>
            <translation>bez głosowania</translation>
        </message>
        <message numerus="yes">
            <location filename="../../carry_over_words.py" line="65" />
            <source>{workshop}: %n topic(s). Tick the ones to carry into this year's agenda.</source>
            <translation>
                <numerusform>{workshop}: %n temat. Zaznacz te, które mają trafić do tegorocznego programu.</numerusform>
                <numerusform>{workshop}: %n tematy. Zaznacz te, które mają trafić do tegorocznego programu.</numerusform>
                <numerusform>{workshop}: %n tematów. Zaznacz te, które mają trafić do tegorocznego programu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../carry_over_words.py" line="70" />
            <source>Carried %n topic(s) over into the agenda.</source>
            <translation>
                <numerusform>Przeniesiono %n temat do programu.</numerusform>
                <numerusform>Przeniesiono %n tematy do programu.</numerusform>
                <numerusform>Przeniesiono %n tematów do programu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../carry_over_words.py" line="72" />
            <source>Skipped %n topic(s) already on the agenda: {titles}.</source>
            <translation>
                <numerusform>Pominięto %n temat, który jest już w programie: {titles}.</numerusform>
                <numerusform>Pominięto %n tematy, które są już w programie: {titles}.</numerusform>
                <numerusform>Pominięto %n tematów, które są już w programie: {titles}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterActions</name>
        <message>
            <location filename="../../ui/cluster_actions.py" line="36" />
            <source>Group {number}</source>
            <translation>Grupa {number}</translation>
        </message>
    </context>
    <context>
        <name>ClusterLists</name>
        <message>
            <location filename="../../ui/presenter_board.py" line="50" />
            <source>Not grouped</source>
            <translation>Bez grupy</translation>
        </message>
    </context>
    <context>
        <name>ClusterPanel</name>
        <message>
            <location filename="../../ui/panels/cluster.py" line="31" />
            <source>Cluster</source>
            <translation>Grupowanie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="32" />
            <source>Drag a note onto a note to start a group, into a frame to join it, out to leave. Double-click a title to rename.</source>
            <translation>Przeciągnij karteczkę na karteczkę, by założyć grupę, do ramki, by do niej dołączyć, poza ramkę, by ją opuścić. Dwuklik na tytule zmienia nazwę.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="82" />
            <source>Group selected</source>
            <translation>Grupuj zaznaczone</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="83" />
            <source>Ungroup</source>
            <translation>Rozgrupuj</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="84" />
            <source>Rename</source>
            <translation>Zmień nazwę</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="85" />
            <source>Mark as duplicates</source>
            <translation>Oznacz jako duplikaty</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="87" />
            <source>Tidy up</source>
            <translation>Uporządkuj</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="89" />
            <source>Suggestions</source>
            <translation>Propozycje</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="93" />
            <source>Save table as a file…</source>
            <translation>Zapisz stół jako plik…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="88" />
            <source>Fit all</source>
            <translation>Pokaż wszystko</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="94" />
            <source>Zoom in</source>
            <translation>Powiększ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="95" />
            <source>Zoom out</source>
            <translation>Pomniejsz</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="194" />
            <source>Merge groups</source>
            <translation>Scal grupy</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cluster.py" line="195" />
            <source>Merge the group „{source}” into „{target}”?</source>
            <translation>Scalić grupę „{source}” z grupą „{target}”?</translation>
        </message>
    </context>
    <context>
        <name>ClusterTreeModel</name>
        <message>
            <location filename="../../ui/cluster_tree.py" line="235" />
            <source>Not yet grouped</source>
            <translation>Jeszcze bez grupy</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="246" />
            <source>(duplicate)</source>
            <translation>(duplikat)</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="253" />
            <source>duplicate</source>
            <translation>duplikat</translation>
        </message>
    </context>
    <context>
        <name>ClusterTreeView</name>
        <message>
            <location filename="../../ui/cluster_tree.py" line="284" />
            <source>Groups and ideas</source>
            <translation>Grupy i pomysły</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="286" />
            <source>Ctrl+G new group · Ctrl+M or Alt+1…9 move to a group · Alt+0 take out · F2 rename · Ctrl+Shift+M merge · Ctrl+Shift+G ungroup · Ctrl+D mark duplicate</source>
            <translation>Ctrl+G nowa grupa · Ctrl+M lub Alt+1…9 przenieś do grupy · Alt+0 wyjmij z grupy · F2 zmień nazwę · Ctrl+Shift+M scal · Ctrl+Shift+G rozgrupuj · Ctrl+D oznacz duplikat</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="324" />
            <source>New group from selected</source>
            <translation>Nowa grupa z zaznaczonych</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="325" />
            <source>Move to group…</source>
            <translation>Przenieś do grupy…</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="327" />
            <location filename="../../ui/cluster_tree.py" line="367" />
            <source>Move to group</source>
            <translation>Przenieś do grupy</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="331" />
            <source>Take out of group</source>
            <translation>Wyjmij z grupy</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="334" />
            <source>Rename group</source>
            <translation>Zmień nazwę grupy</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="336" />
            <source>Merge into group…</source>
            <translation>Scal z grupą…</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="337" />
            <source>Ungroup</source>
            <translation>Rozgrupuj</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="339" />
            <source>Mark as duplicate</source>
            <translation>Oznacz jako duplikat</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="367" />
            <source>Not yet grouped</source>
            <translation>Jeszcze bez grupy</translation>
        </message>
        <message>
            <location filename="../../ui/cluster_tree.py" line="375" />
            <source>Merge into group</source>
            <translation>Scal z grupą</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <location filename="../../ui/presenter_voting.py" line="456" />
            <source>Cast this vote?</source>
            <translation>Oddać ten głos?</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="459" />
            <source>Yes, cast my vote (Enter)</source>
            <translation>Tak, oddaję głos (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="460" />
            <source>Back (Esc)</source>
            <translation>Wróć (Esc)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/presenter_voting.py" line="476" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n kropka</numerusform>
                <numerusform>%n kropki</numerusform>
                <numerusform>%n kropek</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="61" />
            <source>Something went wrong inside Razem ({error}). Your workshop is safe: every change shown as done is in the file, and the last action was either completed or not applied at all. Details were written to {log}.

Carry on working?</source>
            <translation>W programie Razem coś poszło nie tak ({error}). Twój warsztat jest bezpieczny: każda zmiana pokazana jako zrobiona jest w pliku, a ostatnia czynność albo się wykonała, albo nie została zastosowana wcale. Szczegóły zapisano w {log}.

Pracować dalej?</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="75" />
            <source>Carry on</source>
            <translation>Pracuj dalej</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="76" />
            <source>Quit Razem</source>
            <translation>Zamknij Razem</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/export_dialog.py" line="90" />
            <source>Export the workshop</source>
            <translation>Eksport warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="100" />
            <location filename="../../ui/export_dialog.py" line="143" />
            <source>What to export</source>
            <translation>Co wyeksportować</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="108" />
            <source>Include participants' names (the workshop is anonymous)</source>
            <translation>Dołącz nazwiska uczestników (warsztat jest anonimowy)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="110" />
            <source>File to write</source>
            <translation>Plik do zapisania</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="111" />
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="120" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="123" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="125" />
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="127" />
            <source>Show in folder</source>
            <translation>Pokaż w folderze</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="129" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="161" />
            <source>Summary (PDF)</source>
            <translation>Podsumowanie (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="162" />
            <source>The record the organisers publish: ideas by group, results, priorities and the agenda.</source>
            <translation>Dokument, który publikują organizatorzy: pomysły według grup, wyniki, priorytety i program.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="163" />
            <source>Agenda (PDF)</source>
            <translation>Program forum (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="164" />
            <source>The forum's timetable to print: a section per day, the rooms side by side.</source>
            <translation>Harmonogram forum do wydruku: osobno każdy dzień, sale obok siebie.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="165" />
            <source>Ideas, CSV (UTF-8)</source>
            <translation>Pomysły, CSV (UTF-8)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="166" />
            <source>Every idea for a spreadsheet: UTF-8, commas.</source>
            <translation>Wszystkie pomysły do arkusza kalkulacyjnego: UTF-8, przecinki.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="167" />
            <source>Ideas, CSV for Excel (Polish)</source>
            <translation>Pomysły, CSV – Excel (polski)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="168" />
            <source>Every idea for a Polish Excel: Windows-1250, semicolons.</source>
            <translation>Wszystkie pomysły dla polskiego Excela: Windows-1250, średniki.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="169" />
            <source>Voting results, CSV</source>
            <translation>Wyniki głosowań, CSV</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="170" />
            <source>Every round's results with the points by sector.</source>
            <translation>Wyniki każdego głosowania z punktami według sektorów.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="171" />
            <source>Agenda, iCalendar</source>
            <translation>Program, iCalendar</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="172" />
            <source>The sessions with a time, for a calendar; items without a time are left out.</source>
            <translation>Sesje z ustaloną godziną, do kalendarza; punkty bez godziny są pomijane.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="173" />
            <source>All data, JSON</source>
            <translation>Wszystkie dane, JSON</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="174" />
            <source>Every piece of the workshop's data, for other programs.</source>
            <translation>Wszystkie dane warsztatu, dla innych programów.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="178" />
            <source>summary</source>
            <translation>podsumowanie</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="178" />
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>agenda</source>
            <translation>program</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="179" />
            <source>ideas</source>
            <translation>pomysly</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="179" />
            <source>ideas-excel</source>
            <translation>pomysly-excel</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="180" />
            <source>results</source>
            <translation>wyniki</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="181" />
            <source>data</source>
            <translation>dane</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="219" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="219" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="220" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="220" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="221" />
            <source>Export to</source>
            <translation>Eksportuj do</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="237" />
            <source>Choose the file to write.</source>
            <translation>Wybierz plik do zapisania.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="244" />
            <source>The folder {folder} does not exist. Choose another one. Nothing was written.</source>
            <translation>Folder {folder} nie istnieje. Wybierz inny. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="248" />
            <source>Razem cannot write {file}: {reason}. Choose another folder. Nothing was written.</source>
            <translation>Razem nie może zapisać pliku {file}: {reason}. Wybierz inny folder. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="265" />
            <source>{file} was kept as it is. Choose another name, or agree to replace it.</source>
            <translation>Plik {file} pozostawiono bez zmian. Wybierz inną nazwę albo zgódź się go zastąpić.</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="272" />
            <source>Exporting to {file}…</source>
            <translation>Eksportowanie do pliku {file}…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="296" />
            <source>Replace the file?</source>
            <translation>Zastąpić plik?</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="297" />
            <source>{file} already exists. Replace it with the new export?</source>
            <translation>Plik {file} już istnieje. Zastąpić go nowym eksportem?</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="310" />
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="322" />
            <source>Saved: {file}</source>
            <translation>Zapisano: {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_dialog.py" line="324" />
            <source>%n agenda item(s) without a time were left out of the calendar: {titles}</source>
            <translation>
                <numerusform>Pominięto w kalendarzu %n punkt programu bez godziny: {titles}</numerusform>
                <numerusform>Pominięto w kalendarzu %n punkty programu bez godziny: {titles}</numerusform>
                <numerusform>Pominięto w kalendarzu %n punktów programu bez godziny: {titles}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="334" />
            <location filename="../../ui/export_dialog.py" line="379" />
            <source>Export cancelled. Nothing was written.</source>
            <translation>Eksport anulowany. Nic nie zapisano.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../exports/csv_export.py" line="71" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="71" />
            <source>Idea</source>
            <translation>Pomysł</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="72" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="72" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="73" />
            <source>Table</source>
            <translation>Stół</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="73" />
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="74" />
            <source>Duplicate of No.</source>
            <translation>Duplikat nr</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="74" />
            <source>Written at</source>
            <translation>Zapisano</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="132" />
            <source>Round</source>
            <translation>Runda</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="132" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="133" />
            <source>Option</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="133" />
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="134" />
            <source>Balanced score</source>
            <translation>Wynik zrównoważony</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="134" />
            <source>Tie</source>
            <translation>Remis</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="139" />
            <source>ex aequo</source>
            <translation>ex aequo</translation>
        </message>
        <message>
            <location filename="../../exports/csv_export.py" line="140" />
            <source>near tie</source>
            <translation>prawie remis</translation>
        </message>
        <message>
            <location filename="../../exports/ics_export.py" line="91" />
            <source>Format</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location filename="../../exports/ics_export.py" line="92" />
            <source>Lead</source>
            <translation>Prowadzący</translation>
        </message>
        <message>
            <location filename="../../exports/ics_export.py" line="93" />
            <source>Speakers and partners</source>
            <translation>Prelegenci i partnerzy</translation>
        </message>
        <message>
            <location filename="../../exports/ics_export.py" line="94" />
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
    </context>
    <context>
        <name>FrameDialog</name>
        <message>
            <location filename="../../ui/frame_dialog.py" line="44" />
            <source>The forum's days and rooms</source>
            <translation>Dni i sale forum</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="47" />
            <source>Date (YYYY-MM-DD)</source>
            <translation>Data (RRRR-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="47" />
            <source>Start</source>
            <translation>Początek</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="47" />
            <source>End</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="48" />
            <source>Breaks (HH:MM-HH:MM, comma-separated)</source>
            <translation>Przerwy (GG:MM-GG:MM, oddzielone przecinkami)</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="48" />
            <source>Lunch</source>
            <translation>Obiad</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="49" />
            <location filename="../../ui/frame_dialog.py" line="73" />
            <source>Days of the forum</source>
            <translation>Dni forum</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="58" />
            <source>Rooms, one a line</source>
            <translation>Sale, po jednej w wierszu</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="64" />
            <source>Add a day</source>
            <translation>Dodaj dzień</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="66" />
            <source>Remove the day</source>
            <translation>Usuń dzień</translation>
        </message>
        <message>
            <location filename="../../ui/frame_dialog.py" line="80" />
            <source>&amp;Rooms of the parallel tracks, one a line</source>
            <translation>&amp;Sale równoległych ścieżek, po jednej w wierszu</translation>
        </message>
    </context>
    <context>
        <name>GatherPanel</name>
        <message>
            <location filename="../../ui/panels/gather.py" line="42" />
            <source>Gather</source>
            <translation>Zbieranie pomysłów</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="43" />
            <source>Type each sticky note and press Enter. Alt+1…6 sets the sector, Alt+↑/↓ the table, Alt+←/→ the author.</source>
            <translation>Przepisz każdą karteczkę i naciśnij Enter. Alt+1…6 ustawia sektor, Alt+↑/↓ stół, Alt+←/→ autora.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="59" />
            <source>Filter (case and Polish letters ignored)</source>
            <translation>Filtruj (wielkość liter i polskie znaki bez znaczenia)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="62" />
            <source>Newest first</source>
            <translation>Od najnowszych</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="62" />
            <source>By sector</source>
            <translation>Według sektora</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="62" />
            <source>By table</source>
            <translation>Według stołu</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="63" />
            <source>Show deleted</source>
            <translation>Pokaż usunięte</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="91" />
            <source>Ideas</source>
            <translation>Pomysły</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="123" />
            <location filename="../../ui/panels/gather.py" line="217" />
            <source>Delete idea</source>
            <translation>Usuń pomysł</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="148" />
            <source>An empty idea was not added.</source>
            <translation>Pusty pomysł nie został dodany.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="160" />
            <source>Added. A similar idea is already there: „{text}”</source>
            <translation>Dodano. Podobny pomysł już jest: „{text}”</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="163" />
            <source>Added, but it is very long ({count} characters) for a sticky note.</source>
            <translation>Dodano, ale jak na karteczkę jest bardzo długi ({count} znaków).</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="197" />
            <source>Nothing was added: {reason}</source>
            <translation>Nic nie dodano: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="227" />
            <source>Save table as a separate file…</source>
            <translation>Zapisz stół jako osobny plik…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/gather.py" line="264" />
            <source>Imported %n idea(s).</source>
            <translation>
                <numerusform>Zaimportowano %n pomysł.</numerusform>
                <numerusform>Zaimportowano %n pomysły.</numerusform>
                <numerusform>Zaimportowano %n pomysłów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/gather.py" line="179" />
            <source>Added %n idea(s).</source>
            <translation>
                <numerusform>Dodano %n pomysł.</numerusform>
                <numerusform>Dodano %n pomysły.</numerusform>
                <numerusform>Dodano %n pomysłów.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="213" />
            <source>Restore idea</source>
            <translation>Przywróć pomysł</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="216" />
            <source>Edit</source>
            <translation>Edytuj</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="218" />
            <source>Link to objective</source>
            <translation>Powiąż z celem</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="219" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/gather.py" line="223" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
    </context>
    <context>
        <name>IdeaEntry</name>
        <message>
            <location filename="../../ui/idea_entry.py" line="50" />
            <source>Type an idea and press Enter (Shift+Enter: new line)</source>
            <translation>Wpisz pomysł i naciśnij Enter (Shift+Enter: nowa linia)</translation>
        </message>
        <message>
            <location filename="../../ui/idea_entry.py" line="51" />
            <source>New idea</source>
            <translation>Nowy pomysł</translation>
        </message>
    </context>
    <context>
        <name>IdeaTableModel</name>
        <message>
            <location filename="../../ui/idea_table.py" line="47" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="47" />
            <source>Idea</source>
            <translation>Pomysł</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="47" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="47" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="48" />
            <source>Table</source>
            <translation>Stół</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="48" />
            <source>Objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="48" />
            <source>Written</source>
            <translation>Godz.</translation>
        </message>
        <message>
            <location filename="../../ui/idea_table.py" line="155" />
            <source>[deleted] </source>
            <translation>[usunięty] </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/import_dialog.py" line="57" />
            <source>Import ideas from {file}</source>
            <translation>Import pomysłów z pliku {file}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="65" />
            <source>The first row holds column names</source>
            <translation>Pierwszy wiersz zawiera nazwy kolumn</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="67" />
            <source>Idea text</source>
            <translation>Treść pomysłu</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="67" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="68" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="68" />
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="68" />
            <source>Table</source>
            <translation>Stół</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="83" />
            <source>Encoding:</source>
            <translation>Kodowanie:</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="84" />
            <source>Separator:</source>
            <translation>Separator:</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="114" />
            <source>The first row is data</source>
            <translation>Pierwszy wiersz to dane</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="115" />
            <source>The first row names the columns</source>
            <translation>Pierwszy wiersz to nazwy kolumn</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="170" />
            <source>Is it the first idea, or the names of the columns?</source>
            <translation>Czy to pierwszy pomysł, czy nazwy kolumn?</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="180" />
            <source>column {number}</source>
            <translation>kolumna {number}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="184" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_dialog.py" line="217" />
            <source>%n idea(s) will be added as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>%n pomysł zostanie dodany w jednym kroku (Ctrl+Z go cofa).</numerusform>
                <numerusform>%n pomysły zostaną dodane w jednym kroku (Ctrl+Z je cofa).</numerusform>
                <numerusform>%n pomysłów zostanie dodanych w jednym kroku (Ctrl+Z je cofa).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_dialog.py" line="220" />
            <source>%n row(s) without text will be skipped.</source>
            <translation>
                <numerusform>%n wiersz bez treści zostanie pominięty.</numerusform>
                <numerusform>%n wiersze bez treści zostaną pominięte.</numerusform>
                <numerusform>%n wierszy bez treści zostanie pominiętych.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="243" />
            <source>Add these ideas a second time?</source>
            <translation>Dodać te pomysły drugi raz?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_dialog.py" line="245" />
            <source>Add all %n idea(s) anyway? They would appear twice.</source>
            <translation>
                <numerusform>Mimo to dodać %n pomysł? Będzie widoczny dwa razy.</numerusform>
                <numerusform>Mimo to dodać wszystkie %n pomysły? Będą widoczne dwa razy.</numerusform>
                <numerusform>Mimo to dodać wszystkie %n pomysłów? Będą widoczne dwa razy.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message numerus="yes">
            <location filename="../../messages.py" line="372" />
            <source>%n row(s) had a sector that was not recognised ({values}); they were set to „other”.</source>
            <translation>
                <numerusform>W %n wierszu sektor nie został rozpoznany ({values}); ustawiono „inny”.</numerusform>
                <numerusform>W %n wierszach sektor nie został rozpoznany ({values}); ustawiono „inny”.</numerusform>
                <numerusform>W %n wierszach sektor nie został rozpoznany ({values}); ustawiono „inny”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="377" />
            <source>%n of the ideas in this file are already in the workshop (the file holds {total}); it looks imported before.</source>
            <translation>
                <numerusform>%n pomysł z tego pliku jest już w warsztacie (plik zawiera {total}); wygląda na to, że został już zaimportowany.</numerusform>
                <numerusform>%n pomysły z tego pliku są już w warsztacie (plik zawiera {total}); wygląda na to, że został już zaimportowany.</numerusform>
                <numerusform>%n pomysłów z tego pliku jest już w warsztacie (plik zawiera {total}); wygląda na to, że został już zaimportowany.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="386" />
            <source>Razem does not recognise any column name in the first row ({names}).</source>
            <translation>Razem nie rozpoznaje żadnej nazwy kolumny w pierwszym wierszu ({names}).</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="394" />
            <source>The text was read as {encoding}; if its Polish letters look wrong, import it in the window and choose another encoding.</source>
            <translation>Tekst odczytano jako {encoding}; jeśli polskie litery wyglądają źle, zaimportuj plik w oknie programu i wybierz inne kodowanie.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <location filename="../../ui/agenda_editor.py" line="160" />
            <source>Agenda item</source>
            <translation>Punkt programu</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="165" />
            <source>from the previous edition</source>
            <translation>z poprzedniej edycji</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="173" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="175" />
            <source>a sector or an organisation</source>
            <translation>sektor lub organizacja</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="177" />
            <source>names separated by commas or semicolons</source>
            <translation>nazwiska oddzielone przecinkami lub średnikami</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="186" />
            <source>Must not run at the same time as</source>
            <translation>Nie może odbywać się równolegle z</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="205" />
            <source>Spea&amp;kers, partners</source>
            <translation>Prele&amp;genci, partnerzy</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="208" />
            <source>Conflicts &amp;with</source>
            <translation>&amp;Koliduje z</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="203" />
            <source>F&amp;ormat</source>
            <translation>F&amp;orma</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="203" />
            <source>T&amp;itle</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="204" />
            <source>D&amp;uration</source>
            <translation>Czas t&amp;rwania</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="204" />
            <source>&amp;Lead</source>
            <translation>Prowadząc&amp;y</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="206" />
            <source>&amp;Day and start</source>
            <translation>&amp;Dzień i początek</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="206" />
            <source>&amp;Room</source>
            <translation>Sa&amp;la</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="207" />
            <source>R&amp;ationale</source>
            <translation>&amp;Uzasadnienie</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="207" />
            <source>&amp;Notes</source>
            <translation>&amp;Notatki</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="300" />
            <source>no time yet</source>
            <translation>bez terminu</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="353" />
            <source>the same lead</source>
            <translation>ten sam prowadzący</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="355" />
            <source>a shared speaker</source>
            <translation>wspólny prelegent</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_editor.py" line="357" />
            <source>marked on that item</source>
            <translation>zaznaczone przy tamtym punkcie</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>no sector</source>
            <translation>bez sektora</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="108" />
            <location filename="../../ui/labels.py" line="41" />
            <source>local government</source>
            <translation>samorząd</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="109" />
            <location filename="../../ui/labels.py" line="42" />
            <source>academia</source>
            <translation>nauka</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="110" />
            <location filename="../../ui/labels.py" line="43" />
            <source>business</source>
            <translation>biznes</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="111" />
            <location filename="../../ui/labels.py" line="44" />
            <source>non-governmental organisation</source>
            <translation>organizacja pozarządowa</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="112" />
            <location filename="../../ui/labels.py" line="45" />
            <source>residents</source>
            <translation>mieszkańcy</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="113" />
            <location filename="../../ui/labels.py" line="46" />
            <location filename="../../ui/labels.py" line="95" />
            <source>other</source>
            <translation>inny</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>Set up</source>
            <translation>Przygotowanie</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>Gather</source>
            <translation>Zbieranie pomysłów</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Cluster</source>
            <translation>Grupowanie</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="82" />
            <source>Prioritise</source>
            <translation>Priorytety</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>Agenda &amp; export</source>
            <translation>Program i eksport</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="89" />
            <source>panel discussion</source>
            <translation>panel dyskusyjny</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="90" />
            <source>workshop</source>
            <translation>warsztat</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="91" />
            <source>World Café table</source>
            <translation>stolik World Café</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="92" />
            <source>lecture</source>
            <translation>wykład</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="93" />
            <source>keynote</source>
            <translation>wystąpienie główne</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="94" />
            <source>networking</source>
            <translation>networking</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="102" />
            <source>{title} (from the previous edition)</source>
            <translation>{title} (z poprzedniej edycji)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="108" />
            <source>not started</source>
            <translation>nierozpoczęte</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="109" />
            <source>voting open</source>
            <translation>głosowanie trwa</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="110" />
            <source>closed</source>
            <translation>zamknięte</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>Workshop phases</source>
            <translation>Etapy warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>Read only ({reason}): you can look at this workshop and export it; to change it, save a copy (File → Save a copy as…) and work in the copy.</source>
            <translation>Tylko do odczytu ({reason}): możesz przeglądać ten warsztat i go eksportować; aby go zmieniać, zapisz kopię (Plik → Zapisz kopię jako…) i pracuj w kopii.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="185" />
            <source>&amp;New workshop…</source>
            <translation>&amp;Nowy warsztat…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>&amp;Open…</source>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>Open &amp;recent</source>
            <translation>Otwórz o&amp;statnie</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>&amp;Import ideas…</source>
            <translation>&amp;Importuj pomysły…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>&amp;Topics from the previous edition…</source>
            <translation>&amp;Tematy z poprzedniej edycji…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Save table as a &amp;separate file…</source>
            <translation>Zapisz stół &amp;jako osobny plik…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Merge workshops…</source>
            <translation>Połącz &amp;warsztaty…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Save a cop&amp;y as…</source>
            <translation>Zapisz kopię j&amp;ako…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>Restore an &amp;automatic copy…</source>
            <translation>&amp;Przywróć kopię…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="203" />
            <source>&amp;Close workshop</source>
            <translation>&amp;Zamknij warsztat</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="207" />
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <location filename="../../ui/main_window.py" line="250" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="210" />
            <location filename="../../ui/main_window.py" line="254" />
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="223" />
            <source>Shared screen</source>
            <translation>Wspólny ekran</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>Shared screen follows my canvas view</source>
            <translation>Wspólny ekran podąża za moim widokiem tablicy</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>&amp;Timer</source>
            <translation>Cza&amp;s</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="237" />
            <source>&amp;About Razem</source>
            <translation>&amp;O programie Razem</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="242" />
            <source>Start or pause</source>
            <translation>Start lub pauza</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="244" />
            <source>Add a minute</source>
            <translation>Dodaj minutę</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="246" />
            <source>Reset</source>
            <translation>Od nowa</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="249" />
            <source>Undo: {action}</source>
            <translation>Cofnij: {action}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>Redo: {action}</source>
            <translation>Ponów: {action}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="257" />
            <source>Timer</source>
            <translation>Czas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="271" />
            <source>Import ideas</source>
            <translation>Import pomysłów</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tabele (*.csv *.tsv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>&lt;h3&gt;Razem {version}&lt;/h3&gt;&lt;p&gt;Participatory planning workshops: gather, group, vote, plan.&lt;/p&gt;&lt;p&gt;Qt {qt} · SQLite {sqlite}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Razem {version}&lt;/h3&gt;&lt;p&gt;Warsztaty partycypacyjne: zbieramy, grupujemy, głosujemy, planujemy.&lt;/p&gt;&lt;p&gt;Qt {qt} · SQLite {sqlite}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="381" />
            <source>About Razem</source>
            <translation>O programie Razem</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message>
            <location filename="../../ui/results_view.py" line="374" />
            <source>No ballots yet.</source>
            <translation>Nie ma jeszcze głosów.</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="396" />
            <source>Quick wins</source>
            <translation>Szybkie korzyści</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="397" />
            <source>Big projects</source>
            <translation>Duże projekty</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="398" />
            <source>Fill-ins</source>
            <translation>Uzupełnienia</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="399" />
            <source>Thankless tasks</source>
            <translation>Niewdzięczne zadania</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="415" />
            <source>Impact</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="415" />
            <source>Feasibility</source>
            <translation>Wykonalność</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="416" />
            <source>↑ %1</source>
            <translation>↑ %1</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="417" />
            <source>%1 →</source>
            <translation>%1 →</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/merge_dialog.py" line="64" />
            <source>Merge workshops</source>
            <translation>Połącz warsztaty</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="75" />
            <source>&amp;Join groups with the same name</source>
            <translation>Połącz &amp;grupy o tej samej nazwie</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="77" />
            <source>Unticked, a group named like one already in the workshop stays apart, named after its table („Zieleń (Stół 2)”).</source>
            <translation>Bez zaznaczenia grupa o nazwie, która już jest w warsztacie, zostaje osobno i dostaje nazwę swojego stołu („Zieleń (Stół 2)”).</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="83" />
            <source>C&amp;hoose other files…</source>
            <translation>Wybierz &amp;inne pliki…</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="87" />
            <source>&amp;Merge</source>
            <translation>&amp;Połącz</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="107" />
            <source>Merge workshops: choose the tables' files</source>
            <translation>Połącz warsztaty: wybierz pliki stołów</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="109" />
            <source>Razem workshops (*.razem);;All files (*)</source>
            <translation>Warsztaty Razem (*.razem);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="146" />
            <source>Nothing was merged.</source>
            <translation>Nic nie zostało połączone.</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="152" />
            <source>Nothing new to add</source>
            <translation>Nic nowego do dodania</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="220" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="220" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="238" />
            <source>The workshop changed since this preview (a vote or an edit came in); nothing was merged. This is what the merge would do now.</source>
            <translation>Warsztat zmienił się od tego podglądu (przyszedł głos albo zmiana); nic nie zostało połączone. Tak wyglądałoby połączenie teraz.</translation>
        </message>
    </context>
    <context>
        <name>MergeReportView</name>
        <message>
            <location filename="../../ui/merge_report_view.py" line="61" />
            <location filename="../../ui/merge_report_view.py" line="141" />
            <source>What comes from each file</source>
            <translation>Co przychodzi z każdego pliku</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="93" />
            <source>The workshop's own notes</source>
            <translation>Własne karteczki warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="96" />
            <source>The same person in two files: joined</source>
            <translation>Ta sama osoba w dwóch plikach: połączona</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="97" />
            <source>If two of them are different people, separate them here (or later undo it in the Edit menu).</source>
            <translation>Jeśli to dwie różne osoby, rozdziel je tutaj (albo później cofnij w menu Edycja).</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="99" />
            <source>After the merge, each of them can be separated again.</source>
            <translation>Po połączeniu każdą z nich można znów rozdzielić.</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="105" />
            <source>Groups whose name was taken</source>
            <translation>Grupy o nazwie, która już była</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="111" />
            <source>One person, more than one ballot</source>
            <translation>Jedna osoba, więcej niż jeden głos</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="112" />
            <source>They voted in the same round at two tables; every ballot counts.</source>
            <translation>Głosowała w tym samym głosowaniu przy dwóch stołach; liczy się każdy głos.</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="120" />
            <source>Edited at two tables: the newer version stays</source>
            <translation>Zmienione przy dwóch stołach: zostaje nowsza wersja</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="124" />
            <source>No one joined, no group renamed, no row in two versions.</source>
            <translation>Nikogo nie połączono, żadnej grupie nie zmieniono nazwy, nic nie ma dwóch wersji.</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="142" />
            <source>File and kind</source>
            <translation>Plik i rodzaj</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="142" />
            <source>Added</source>
            <translation>Dodane</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="142" />
            <source>Already there</source>
            <translation>Już były</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="143" />
            <source>Updated</source>
            <translation>Zaktualizowane</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="143" />
            <source>Older</source>
            <translation>Starsze</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="143" />
            <source>Joined</source>
            <translation>Połączone</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="145" />
            <source>The workshop has this very version already</source>
            <translation>Warsztat ma już dokładnie tę wersję</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="146" />
            <source>The file's version is newer and replaces the workshop's</source>
            <translation>Wersja z pliku jest nowsza i zastępuje wersję warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="148" />
            <source>The workshop's version is newer and stays</source>
            <translation>Wersja warsztatu jest nowsza i zostaje</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="149" />
            <source>The same person, or a group of the same name</source>
            <translation>Ta sama osoba albo grupa o tej samej nazwie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/merge_report_view.py" line="162" />
            <source>None of the workshop's own %n note(s) had a place on the canvas; they were tidied first, left of the tables' notes.</source>
            <translation>
                <numerusform>Jedyna własna karteczka warsztatu nie miała miejsca na tablicy; najpierw została uporządkowana, na lewo od karteczek stołów.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie miała miejsca na tablicy; najpierw zostały uporządkowane, na lewo od karteczek stołów.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie miała miejsca na tablicy; najpierw zostały uporządkowane, na lewo od karteczek stołów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/merge_report_view.py" line="164" />
            <source>None of the workshop's own %n note(s) has a place on the canvas yet; the merge tidies them first, left of the tables' notes.</source>
            <translation>
                <numerusform>Jedyna własna karteczka warsztatu nie ma jeszcze miejsca na tablicy; połączenie najpierw ją uporządkuje, na lewo od karteczek stołów.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie ma jeszcze miejsca na tablicy; połączenie najpierw je uporządkuje, na lewo od karteczek stołów.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie ma jeszcze miejsca na tablicy; połączenie najpierw je uporządkuje, na lewo od karteczek stołów.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="172" />
            <source>{path}
workshop: „{title}”</source>
            <translation>{path}
warsztat: „{title}”</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="180" />
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="187" />
            <source>{file} — table: {label}</source>
            <translation>{file} — stół: {label}</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="189" />
            <source>{file} — table: {label} — „{title}”</source>
            <translation>{file} — stół: {label} — „{title}”</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="220" />
            <source>&amp;Separate</source>
            <translation>&amp;Rozdziel</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="222" />
            <source>Separate {name}</source>
            <translation>Rozdziel: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="233" />
            <source>Separated</source>
            <translation>Rozdzielono</translation>
        </message>
        <message>
            <location filename="../../ui/merge_report_view.py" line="237" />
            <source>separated again</source>
            <translation>rozdzieleni z powrotem</translation>
        </message>
    </context>
    <context>
        <name>MergeWords</name>
        <message>
            <location filename="../../merge_words.py" line="37" />
            <source>Participants joined (the same person in two files):</source>
            <translation>Połączeni uczestnicy (ta sama osoba w dwóch plikach):</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="40" />
            <source>Groups with a name that was taken:</source>
            <translation>Grupy o nazwie, która już była:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="46" />
            <source>None of the workshop's own %n note(s) had a place on the canvas yet; they were tidied first, left of the merged ones.</source>
            <translation>
                <numerusform>Żadna z %n własnej karteczki warsztatu nie miała jeszcze miejsca na tablicy; najpierw je uporządkowano, na lewo od dołączonych.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie miała jeszcze miejsca na tablicy; najpierw je uporządkowano, na lewo od dołączonych.</numerusform>
                <numerusform>Żadna z %n własnych karteczek warsztatu nie miała jeszcze miejsca na tablicy; najpierw je uporządkowano, na lewo od dołączonych.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="50" />
            <source>Rows in two different versions (the newer one is kept):</source>
            <translation>Wpisy w dwóch różnych wersjach (zostaje nowsza):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="57" />
            <source>Nothing new for {target} in %n file(s); nothing was changed.</source>
            <translation>
                <numerusform>Nic nowego dla {target} w %n pliku; nic nie zostało zmienione.</numerusform>
                <numerusform>Nic nowego dla {target} w %n plikach; nic nie zostało zmienione.</numerusform>
                <numerusform>Nic nowego dla {target} w %n plikach; nic nie zostało zmienione.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="60" />
            <source>Merging %n file(s) into {target} would do this (nothing was written):</source>
            <translation>
                <numerusform>Połączenie %n pliku z {target} dałoby to (nic nie zostało zapisane):</numerusform>
                <numerusform>Połączenie %n plików z {target} dałoby to (nic nie zostało zapisane):</numerusform>
                <numerusform>Połączenie %n plików z {target} dałoby to (nic nie zostało zapisane):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="62" />
            <source>Merged %n file(s) into {target} (one undo step):</source>
            <translation>
                <numerusform>Połączono %n plik z {target} (jeden krok cofania):</numerusform>
                <numerusform>Połączono %n pliki z {target} (jeden krok cofania):</numerusform>
                <numerusform>Połączono %n plików z {target} (jeden krok cofania):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="67" />
            <source>{file} ({title}; table: {label}):</source>
            <translation>{file} ({title}; stół: {label}):</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="71" />
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="75" />
            <source>“{text}”</source>
            <translation>„{text}”</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="81" />
            <source>{file} was given more than once; it is merged only once.</source>
            <translation>{file} podano więcej niż raz; łączony jest tylko raz.</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="84" />
            <source>{file} is the same file as {first}; it is merged only once.</source>
            <translation>{file} to ten sam plik co {first}; łączony jest tylko raz.</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="88" />
            <source>added {n}</source>
            <translation>dodane {n}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="88" />
            <source>already there {n}</source>
            <translation>już były {n}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="89" />
            <source>updated {n}</source>
            <translation>zaktualizowane {n}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="90" />
            <source>older than the workshop's {n}</source>
            <translation>starsze niż w warsztacie {n}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="91" />
            <source>joined {n}</source>
            <translation>połączone {n}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="96" />
            <source>participants</source>
            <translation>uczestnicy</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="96" />
            <source>objectives</source>
            <translation>cele</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="97" />
            <source>groups</source>
            <translation>grupy</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="97" />
            <source>ideas</source>
            <translation>pomysły</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="98" />
            <source>voting rounds</source>
            <translation>rundy głosowania</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="98" />
            <source>ballots</source>
            <translation>głosy</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="99" />
            <source>agenda items</source>
            <translation>punkty programu</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="105" />
            <source>participant</source>
            <translation>uczestnik</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="38" />
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="39" />
            <source>name</source>
            <translation>nazwa</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="40" />
            <source>title</source>
            <translation>tytuł</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="41" />
            <source>code</source>
            <translation>kod</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="42" />
            <source>position in the list</source>
            <translation>miejsce na liście</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="43" />
            <source>sector</source>
            <translation>sektor</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="44" />
            <source>organisation</source>
            <translation>organizacja</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="45" />
            <source>municipality</source>
            <translation>gmina</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="46" />
            <source>author</source>
            <translation>autor</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="47" />
            <source>table</source>
            <translation>stół</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="49" />
            <location filename="../../merge_words.py" line="105" />
            <source>objective</source>
            <translation>cel</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="50" />
            <source>duplicate of</source>
            <translation>duplikat pomysłu</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="52" />
            <source>votes</source>
            <translation>głosy</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="53" />
            <source>kind of ballot</source>
            <translation>rodzaj głosu</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="54" />
            <source>scores</source>
            <translation>oceny</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="55" />
            <source>ranking</source>
            <translation>ranking</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="56" />
            <source>order shown</source>
            <translation>kolejność na ekranie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="57" />
            <source>voters</source>
            <translation>liczba głosujących</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="58" />
            <source>device</source>
            <translation>urządzenie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="59" />
            <source>voted on</source>
            <translation>przedmiot głosowania</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="60" />
            <source>voting method</source>
            <translation>metoda głosowania</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="61" />
            <source>dots per voter</source>
            <translation>kropki na osobę</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="62" />
            <source>dots per option at most</source>
            <translation>najwięcej kropek na opcję</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="63" />
            <source>status</source>
            <translation>stan</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="64" />
            <source>opened</source>
            <translation>otwarcie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="65" />
            <source>closed</source>
            <translation>zamknięcie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="66" />
            <source>reopened</source>
            <translation>ponowne otwarcie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="67" />
            <source>options</source>
            <translation>opcje</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="68" />
            <source>several dots on one option</source>
            <translation>kilka kropek na jednej opcji</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="69" />
            <source>axes</source>
            <translation>osie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="70" />
            <source>places ranked</source>
            <translation>miejsca w rankingu</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="71" />
            <source>rationale</source>
            <translation>uzasadnienie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="72" />
            <source>format</source>
            <translation>forma</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="73" />
            <source>minutes</source>
            <translation>minuty</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="74" />
            <source>time slot</source>
            <translation>termin</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="75" />
            <source>track</source>
            <translation>ścieżka</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="76" />
            <source>lead</source>
            <translation>prowadzenie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="77" />
            <source>speakers</source>
            <translation>mówcy</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="78" />
            <source>notes</source>
            <translation>notatki</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="79" />
            <source>carried over</source>
            <translation>przeniesiony z zeszłego roku</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="80" />
            <source>deleted</source>
            <translation>usunięcie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="121" />
            <source>full name</source>
            <translation>imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="136" />
            <source>an entry without a name</source>
            <translation>wpis bez nazwy</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="168" />
            <source>{what}: deleted {place} at {time}, later than the version {other} of {other_time}</source>
            <translation>{what}: usunięto {place} o {time} (wersja {other} z {other_time} jest starsza)</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="171" />
            <source>{what}: restored – deleted {other} at {other_time}, but changed {place} later, at {time}</source>
            <translation>{what}: przywrócono – usunięto {other} o {other_time}, ale później, o {time}, zmieniono {place}</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="173" />
            <source>{what}: stays – deleted {other} at {other_time}, but changed {place} later, at {time}</source>
            <translation>{what}: zostaje – usunięto {other} o {other_time}, ale później, o {time}, zmieniono {place}</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="161" />
            <source>{what}: the newer version {place} ({time}) replaced the one {other} ({other_time})</source>
            <translation>{what}: nowsza wersja {place} ({time}) zastąpiła wersję {other} ({other_time})</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="164" />
            <source>{what}: the version {place} ({time}) is newer and stays; the older one is {other} ({other_time})</source>
            <translation>{what}: wersja {place} ({time}) jest nowsza i zostaje; starsza jest {other} ({other_time})</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="107" />
            <source>; the older version had {values}</source>
            <translation>; w starszej wersji – {values}</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="114" />
            <source>in the workshop</source>
            <translation>w warsztacie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="115" />
            <source>at table {label} ({file})</source>
            <translation>przy stole {label} ({file})</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="127" />
            <location filename="../../merge_conflict_words.py" line="144" />
            <location filename="../../merge_conflict_words.py" line="147" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="129" />
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="129" />
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="131" />
            <source>empty</source>
            <translation>puste</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="135" />
            <source>a removed entry</source>
            <translation>wpis, którego już nie ma</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="48" />
            <location filename="../../merge_words.py" line="106" />
            <source>group</source>
            <translation>grupa</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="106" />
            <source>idea</source>
            <translation>pomysł</translation>
        </message>
        <message>
            <location filename="../../merge_conflict_words.py" line="51" />
            <location filename="../../merge_words.py" line="107" />
            <source>voting round</source>
            <translation>runda głosowania</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="107" />
            <source>ballot</source>
            <translation>głos</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="108" />
            <source>agenda item</source>
            <translation>punkt programu</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="114" />
            <source>{who} from {file} is now one with {kept} ({ideas}, {ballots} theirs now)</source>
            <translation>{who} z pliku {file} to teraz jedna osoba z: {kept} (teraz do niej należą: {ideas}, {ballots})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="116" />
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n pomysł</numerusform>
                <numerusform>%n pomysły</numerusform>
                <numerusform>%n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="117" />
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n głos</numerusform>
                <numerusform>%n głosy</numerusform>
                <numerusform>%n głosów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="120" />
            <source>One person with more than one ballot in a round (they voted at two tables; every ballot counts):</source>
            <translation>Jedna osoba z więcej niż jednym głosem w głosowaniu (głosowała przy dwóch stołach; liczy się każdy głos):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../merge_words.py" line="124" />
            <source>{name}: %n ballot(s) in {round}</source>
            <translation>
                <numerusform>{name}: %n głos w głosowaniu {round}</numerusform>
                <numerusform>{name}: %n głosy w głosowaniu {round}</numerusform>
                <numerusform>{name}: %n głosów w głosowaniu {round}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="129" />
            <source>{name} from {file} joined with the group {other}</source>
            <translation>{name} z pliku {file} połączona z grupą {other}</translation>
        </message>
        <message>
            <location filename="../../merge_words.py" line="132" />
            <source>{name} from {file} is now {new}</source>
            <translation>{name} z pliku {file} nazywa się teraz {new}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../messages.py" line="37" />
            <source>The workshop {file} is open in another program ({program}, process {pid} on {host}, since {since}). Close it there first.</source>
            <translation>Warsztat {file} jest otwarty w innym programie ({program}, proces {pid} na komputerze {host}, od {since}). Najpierw zamknij go tam.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="41" />
            <source>The workshop {file} is open in another program. Close it there first.</source>
            <translation>Warsztat {file} jest otwarty w innym programie. Najpierw zamknij go tam.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="44" />
            <source>{file} was saved by a newer version of Razem (file format {version}). Update Razem to open it; the file was not changed.</source>
            <translation>Plik {file} został zapisany przez nowszą wersję programu Razem (format pliku {version}). Zaktualizuj program, aby go otworzyć; plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="48" />
            <source>Beside {file} there is a lock file {lock} that is a link or a special file, not one Razem made; Razem does not write through it. Remove it and try again. The workshop was not changed.</source>
            <translation>Obok {file} leży plik blokady {lock}, który jest dowiązaniem albo plikiem specjalnym, a nie plikiem utworzonym przez Razem; Razem nie zapisuje przez niego. Usuń go i spróbuj ponownie. Warsztat nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="52" />
            <source>Beside {file} lay a journal (-wal) that belongs to another workshop or to an older copy of this one. It was not applied and was moved to {moved}; the file was not changed. Open it again to work on the file as it is.</source>
            <translation>Obok {file} leżał dziennik (-wal) innego warsztatu albo starszej kopii tego. Nie został zastosowany i przeniesiono go do {moved}; plik nie został zmieniony. Otwórz go ponownie, aby pracować na pliku takim, jaki jest.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="59" />
            <source>{file} could not be upgraded to this version of Razem; the upgrade was undone and its contents were not changed. A backup copy made before the upgrade is at {backup}.</source>
            <translation>Nie udało się zaktualizować pliku {file} do tej wersji Razem; aktualizację wycofano, a jego zawartość nie została zmieniona. Kopia zapasowa sprzed aktualizacji znajduje się w {backup}.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="64" />
            <source>The file {file} does not exist.</source>
            <translation>Plik {file} nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="65" />
            <source>The file {file} already exists; choose another name.</source>
            <translation>Plik {file} już istnieje; wybierz inną nazwę.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="66" />
            <source>The file {file} is empty; it is not a Razem workshop. The file was not changed.</source>
            <translation>Plik {file} jest pusty; nie jest warsztatem Razem. Plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="68" />
            <source>The file {file} is not a Razem workshop. The file was not changed.</source>
            <translation>Plik {file} nie jest warsztatem Razem. Plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="70" />
            <source>The file {file} is a database of another program, not a Razem workshop. The file was not changed.</source>
            <translation>Plik {file} to baza danych innego programu, a nie warsztat Razem. Plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="72" />
            <source>The file {file} is incomplete (perhaps cut off while copying). The file was not changed.</source>
            <translation>Plik {file} jest niekompletny (może został ucięty podczas kopiowania). Plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="74" />
            <source>The file {file} is damaged and cannot be opened. The file was not changed. Razem keeps automatic copies of every workshop: list them with 'workshop-app snapshots {file}' and open the newest as it is, or copy what is readable into a new file with 'workshop-app recover {file} NEW'.</source>
            <translation>Plik {file} jest uszkodzony i nie da się go otworzyć. Plik nie został zmieniony. Razem przechowuje automatyczne kopie każdego warsztatu: wypisz je poleceniem „workshop-app snapshots {file}” i otwórz najnowszą taką, jaka jest, albo skopiuj to, co da się odczytać, do nowego pliku poleceniem „workshop-app recover {file} NOWY”.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="79" />
            <source>The file {file} was saved by an older version of Razem; open it in Razem once to upgrade it. The file was not changed.</source>
            <translation>Plik {file} został zapisany przez starszą wersję programu Razem; otwórz go raz w programie Razem, aby go zaktualizować. Plik nie został zmieniony.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="87" />
            <source>The computer refused to read or write {file}: {detail}. Check the disk space and the folder's permissions.</source>
            <translation>Komputer odmówił odczytu lub zapisu pliku {file}: {detail}. Sprawdź wolne miejsce na dysku i uprawnienia do folderu.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="93" />
            <source>The text is empty.</source>
            <translation>Tekst jest pusty.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="94" />
            <source>The text is too long.</source>
            <translation>Tekst jest za długi.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="95" />
            <location filename="../../phone/words.py" line="135" />
            <source>This item no longer exists.</source>
            <translation>Ten element już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="96" />
            <location filename="../../phone/words.py" line="136" />
            <source>This value is not allowed.</source>
            <translation>Ta wartość jest niedozwolona.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="97" />
            <location filename="../../phone/words.py" line="117" />
            <source>This voting round is not open.</source>
            <translation>To głosowanie nie jest otwarte.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="98" />
            <location filename="../../phone/words.py" line="118" />
            <source>This voting round is closed.</source>
            <translation>To głosowanie jest zamknięte.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="99" />
            <location filename="../../phone/words.py" line="119" />
            <source>Too many dots on this ballot.</source>
            <translation>Za dużo kropek na tej karcie.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="100" />
            <location filename="../../phone/words.py" line="120" />
            <source>Too many dots on one option.</source>
            <translation>Za dużo kropek na jednej opcji.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="101" />
            <location filename="../../phone/words.py" line="121" />
            <source>This option is not part of the vote.</source>
            <translation>Tej opcji nie ma w głosowaniu.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="102" />
            <source>Only a round that has not been opened yet can be changed or deleted.</source>
            <translation>Zmienić lub usunąć można tylko głosowanie, które nie zostało jeszcze otwarte.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="104" />
            <source>This voting round is already open.</source>
            <translation>To głosowanie jest już otwarte.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="105" />
            <source>Only a closed voting round can be reopened.</source>
            <translation>Ponownie otworzyć można tylko zamknięte głosowanie.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="107" />
            <source>There is nothing to vote on: the round has no options.</source>
            <translation>Nie ma nad czym głosować: głosowanie nie ma żadnych opcji.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="109" />
            <location filename="../../phone/words.py" line="123" />
            <source>This ballot does not match the round's way of voting.</source>
            <translation>Ten głos nie pasuje do sposobu głosowania w tej rundzie.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="111" />
            <location filename="../../phone/words.py" line="125" />
            <source>Every option needs a mark on both axes.</source>
            <translation>Każda opcja musi mieć ocenę na obu osiach.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="113" />
            <location filename="../../phone/words.py" line="127" />
            <source>A mark must be a whole number from 1 to 5.</source>
            <translation>Ocena musi być liczbą całkowitą od 1 do 5.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="114" />
            <location filename="../../phone/words.py" line="131" />
            <source>A ranking lists different options, at most as many as the round asks for.</source>
            <translation>Ranking wymienia różne opcje, najwyżej tyle, ile przewiduje głosowanie.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="116" />
            <source>Paper dots can be entered only in a round voted with dots.</source>
            <translation>Kropki z papieru można wpisać tylko w głosowaniu kropkami.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="118" />
            <source>No dots were entered.</source>
            <translation>Nie wpisano żadnych kropek.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="119" />
            <location filename="../../phone/words.py" line="129" />
            <source>This ballot has no dots. Put at least one dot on an option.</source>
            <translation>Na tej karcie nie ma kropek. Postaw co najmniej jedną kropkę.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="121" />
            <source>This round has no ballot to discard.</source>
            <translation>W tym głosowaniu nie ma głosu do wycofania.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="122" />
            <location filename="../../phone/words.py" line="133" />
            <source>This person has already voted in this round.</source>
            <translation>Ta osoba już oddała głos w tym głosowaniu.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="123" />
            <source>This workshop is open for reading only; nothing was changed. Save a copy (File → Save a copy as…) to work in it.</source>
            <translation>Ten warsztat jest otwarty tylko do odczytu; niczego nie zmieniono. Zapisz kopię (Plik → Zapisz kopię jako…), aby w niej pracować.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="126" />
            <source>A session lasts a whole number of minutes, from 1 to 1440.</source>
            <translation>Sesja trwa pełną liczbę minut, od 1 do 1440.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="128" />
            <source>A start is a date and a time, written YYYY-MM-DDTHH:MM.</source>
            <translation>Początek to data i godzina w postaci RRRR-MM-DDTGG:MM.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="130" />
            <source>An agenda item cannot conflict with itself.</source>
            <translation>Punkt programu nie może kolidować sam ze sobą.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="132" />
            <source>The new order must list every agenda item exactly once.</source>
            <translation>Nowa kolejność musi wymieniać każdy punkt programu dokładnie raz.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="134" />
            <source>„{detail}” is not a date: write a forum day's date as YYYY-MM-DD, e.g. 2027-05-20.</source>
            <translation>„{detail}” nie jest datą: datę dnia forum zapisz jako RRRR-MM-DD, np. 2027-05-20.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="137" />
            <source>Day {detail}, start: not a time. Write it as 9:30, 9.30 or 9.</source>
            <translation>Dzień {detail}, początek: to nie jest godzina. Zapisz ją jako 9:30, 9.30 albo 9.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="139" />
            <source>Day {detail}, end: not a time. Write it as 17:00, 17.00 or 17.</source>
            <translation>Dzień {detail}, koniec: to nie jest godzina. Zapisz ją jako 17:00, 17.00 albo 17.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="141" />
            <source>Day {detail}: the end is not after the start.</source>
            <translation>Dzień {detail}: koniec nie jest później niż początek.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="143" />
            <source>Day {detail}, breaks: each is written as 10:30-10:45 (or 10.30-10.45), lies within the day's hours and does not overlap another break or the lunch.</source>
            <translation>Dzień {detail}, przerwy: każdą zapisz jako 10:30-10:45 (albo 10.30-10.45); musi mieścić się w godzinach dnia i nie nachodzić na inną przerwę ani na obiad.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="146" />
            <source>Day {detail}, lunch: write it as 12:30-13:15 (or 12.30-13.15), within the day's hours.</source>
            <translation>Dzień {detail}, obiad: zapisz go jako 12:30-13:15 (albo 12.30-13.15), w godzinach dnia.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="149" />
            <source>Two forum days have the same date.</source>
            <translation>Dwa dni forum mają tę samą datę.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="150" />
            <source>The forum needs at least one track: give a room's name.</source>
            <translation>Forum potrzebuje co najmniej jednej ścieżki: podaj nazwę sali.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="152" />
            <source>Two tracks have the same room name.</source>
            <translation>Dwie ścieżki mają tę samą nazwę sali.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="153" />
            <source>This file is the workshop the topics would go into (or a copy of it), not last year's. Choose the file of the previous edition. Nothing was changed.</source>
            <translation>Ten plik to warsztat, do którego miałyby trafić tematy (albo jego kopia), a nie zeszłoroczny. Wybierz plik poprzedniej edycji. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="156" />
            <source>Choose at least one topic to carry over.</source>
            <translation>Wybierz co najmniej jeden temat do przeniesienia.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="157" />
            <source>Every chosen topic is on the agenda already; nothing was added.</source>
            <translation>Każdy wybrany temat jest już w programie; nic nie zostało dodane.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="159" />
            <source>This topic is on the agenda already („{detail}”); nothing was added.</source>
            <translation>Ten temat jest już w programie („{detail}”); niczego nie dodano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="162" />
            <source>A table's file cannot be written onto this workshop's own file (or its journal or lock). Choose a new name. Nothing was written.</source>
            <translation>Pliku stołu nie można zapisać na pliku tego warsztatu (ani na jego dzienniku czy blokadzie). Wybierz nową nazwę. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="165" />
            <source>No idea has the table „{detail}”. Nothing was written.</source>
            <translation>Żaden pomysł nie ma stołu „{detail}”. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="167" />
            <source>Choose a table or at least one idea to write to the new file. Nothing was written.</source>
            <translation>Wybierz stół albo co najmniej jeden pomysł do zapisania w nowym pliku. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="170" />
            <source>The undo history of this workshop was changed elsewhere; nothing was undone or redone.</source>
            <translation>Historia zmian tego warsztatu została zmieniona gdzie indziej; niczego nie cofnięto ani nie ponowiono.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="173" />
            <source>Choose at least one workshop file to merge into this one.</source>
            <translation>Wybierz co najmniej jeden plik warsztatu do połączenia z tym warsztatem.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="175" />
            <source>{detail} is this workshop's own file; it cannot be merged into itself. Nothing was merged.</source>
            <translation>{detail} to plik tego warsztatu; nie można go połączyć z samym sobą. Nic nie zostało połączone.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="178" />
            <source>The workshop changed since the merge was prepared; nothing was merged. Prepare it again to see what it would do now.</source>
            <translation>Warsztat zmienił się od przygotowania łączenia; nic nie zostało połączone. Przygotuj je jeszcze raz, aby zobaczyć, co dałoby teraz.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="181" />
            <source>These participants were separated already; nothing was changed.</source>
            <translation>Ci uczestnicy zostali już rozdzieleni; nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="258" />
            <source>regular copy</source>
            <translation>kopia okresowa</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="259" />
            <source>before an import of ideas</source>
            <translation>przed importem pomysłów</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="260" />
            <source>before an import of participants</source>
            <translation>przed importem uczestników</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="261" />
            <source>before accepting suggested groups</source>
            <translation>przed przyjęciem proponowanych grup</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="262" />
            <source>before closing a voting round</source>
            <translation>przed zamknięciem rundy głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="263" />
            <source>before merging workshop files</source>
            <translation>przed łączeniem plików warsztatu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="282" />
            <source>The file cannot be read (it is missing, a folder, or not permitted).</source>
            <translation>Nie można odczytać pliku (nie istnieje, jest folderem albo brak uprawnień).</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="284" />
            <source>The file has no ideas in it.</source>
            <translation>W pliku nie ma żadnych pomysłów.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="285" />
            <source>The file is too large to import (over 20 MB or 100,000 rows).</source>
            <translation>Plik jest za duży do importu (ponad 20 MB lub 100 000 wierszy).</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="286" />
            <source>The file is not a text table (CSV) or an Excel workbook.</source>
            <translation>To nie jest tabela tekstowa (CSV) ani skoroszyt Excela.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="287" />
            <source>This kind of file is not supported; save it as CSV or .xlsx.</source>
            <translation>Ten rodzaj pliku nie jest obsługiwany; zapisz go jako CSV lub .xlsx.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="289" />
            <source>The Excel workbook is damaged and cannot be read.</source>
            <translation>Skoroszyt Excela jest uszkodzony i nie da się go odczytać.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="290" />
            <source>This is an Excel workbook with macros (.xlsm), which Razem does not read. Save it in Excel as .xlsx without macros, or as CSV, and import that.</source>
            <translation>To skoroszyt Excela z makrami (.xlsm), których Razem nie odczytuje. Zapisz go w Excelu jako .xlsx bez makr albo jako CSV i zaimportuj ten plik.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="293" />
            <source>This workbook cannot be read: it unpacks to over 200 MB, far more than any list of ideas.</source>
            <translation>Tego skoroszytu nie da się odczytać: po rozpakowaniu zajmuje ponad 200 MB, znacznie więcej niż jakakolwiek lista pomysłów.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="295" />
            <source>The text encoding is wrong; choose another encoding.</source>
            <translation>Nieprawidłowe kodowanie znaków; wybierz inne kodowanie.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="296" />
            <source>A field is far too long for a sticky note.</source>
            <translation>Jedno z pól jest o wiele za długie jak na karteczkę.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="297" />
            <source>A quotation mark is not closed.</source>
            <translation>Cudzysłów nie został zamknięty.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="298" />
            <source>A row has a different number of columns than the header.</source>
            <translation>Wiersz ma inną liczbę kolumn niż nagłówek.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="299" />
            <source>A chosen column does not exist in the file.</source>
            <translation>Wybranej kolumny nie ma w pliku.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="300" />
            <source>No column with the text of the ideas was found.</source>
            <translation>Nie znaleziono kolumny z treścią pomysłów.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="301" />
            <source>No name, organisation or sector column was found.</source>
            <translation>Nie znaleziono kolumny z nazwiskiem, organizacją ani sektorem.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="305" />
            <source>Line {line}: {problem}</source>
            <translation>Wiersz {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="306" />
            <source>Nothing was imported.</source>
            <translation>Nic nie zaimportowano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="330" />
            <source>Could not write {file}: {reason}. Nothing was written.</source>
            <translation>Nie udało się zapisać pliku {file}: {reason}. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="340" />
            <source>The Excel (Polish) file uses the Windows-1250 encoding, which cannot hold {characters} (in ideas No. {ideas}). Nothing was written. Export the UTF-8 CSV instead, or change those ideas.</source>
            <translation>Plik dla polskiego Excela używa kodowania Windows-1250, w którym nie ma znaków {characters} (w pomysłach nr {ideas}). Nic nie zapisano. Wyeksportuj zamiast tego CSV w UTF-8 albo zmień te pomysły.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="349" />
            <source>{file} is the workshop being exported (or its journal or lock); writing there would destroy it. Choose another file name. Nothing was written.</source>
            <translation>{file} to eksportowany warsztat (albo jego dziennik lub blokada); zapis tam by go zniszczył. Wybierz inną nazwę pliku. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="352" />
            <source>{file} is a Razem workshop (or its journal or lock); an export never overwrites a workshop. Choose another file name. Nothing was written.</source>
            <translation>{file} to warsztat Razem (albo jego dziennik lub blokada); eksport nigdy nie nadpisuje warsztatu. Wybierz inną nazwę pliku. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="355" />
            <source>{file} is a folder; give the name of a file to write. Nothing was written.</source>
            <translation>{file} to folder; podaj nazwę pliku do zapisania. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="404" />
            <source>the file or its folder does not exist</source>
            <translation>plik lub jego folder nie istnieje</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="405" />
            <source>permission denied</source>
            <translation>brak uprawnień</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="406" />
            <source>the operation is not permitted</source>
            <translation>ta operacja jest niedozwolona</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="407" />
            <source>the disk is full</source>
            <translation>dysk jest pełny</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="408" />
            <source>the disk is read-only</source>
            <translation>dysk jest tylko do odczytu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="409" />
            <source>it is a folder</source>
            <translation>to jest folder</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="410" />
            <source>a part of the path is not a folder</source>
            <translation>część ścieżki nie jest folderem</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="411" />
            <source>it already exists</source>
            <translation>już istnieje</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="412" />
            <source>the name is too long</source>
            <translation>nazwa jest za długa</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="413" />
            <source>the disk quota is used up</source>
            <translation>przydział miejsca na dysku jest wyczerpany</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="414" />
            <source>the disk could not be read or written</source>
            <translation>nie udało się odczytać ani zapisać dysku</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="415" />
            <source>the file is in use</source>
            <translation>plik jest w użyciu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="424" />
            <source>the system refused it (error {number})</source>
            <translation>system odmówił (błąd {number})</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="434" />
            <source>the file cannot be opened or created there (does the folder exist?)</source>
            <translation>nie można otworzyć ani utworzyć pliku w tym miejscu (czy folder istnieje?)</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="442" />
            <source>the file or its folder can only be read</source>
            <translation>plik albo jego folder można tylko czytać</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../messages.py" line="194" />
            <source>deleting an idea</source>
            <translation>usunięcie pomysłu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="195" />
            <source>restoring an idea</source>
            <translation>przywrócenie pomysłu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="196" />
            <source>removing a participant</source>
            <translation>usunięcie uczestnika</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="197" />
            <source>restoring a participant</source>
            <translation>przywrócenie uczestnika</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="198" />
            <source>removing an objective</source>
            <translation>usunięcie celu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="199" />
            <source>restoring an objective</source>
            <translation>przywrócenie celu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="204" />
            <source>adding an idea</source>
            <translation>dodanie pomysłu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="205" />
            <source>pasting %n idea(s)</source>
            <translation>
                <numerusform>wklejenie %n pomysłu</numerusform>
                <numerusform>wklejenie %n pomysłów</numerusform>
                <numerusform>wklejenie %n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="206" />
            <source>importing %n idea(s)</source>
            <translation>
                <numerusform>import %n pomysłu</numerusform>
                <numerusform>import %n pomysłów</numerusform>
                <numerusform>import %n pomysłów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="207" />
            <source>editing an idea</source>
            <translation>edycja pomysłu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="208" />
            <source>linking an idea to an objective</source>
            <translation>powiązanie pomysłu z celem</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="209" />
            <source>deleting %n idea(s)</source>
            <translation>
                <numerusform>usunięcie %n pomysłu</numerusform>
                <numerusform>usunięcie %n pomysłów</numerusform>
                <numerusform>usunięcie %n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="210" />
            <source>restoring %n idea(s)</source>
            <translation>
                <numerusform>przywrócenie %n pomysłu</numerusform>
                <numerusform>przywrócenie %n pomysłów</numerusform>
                <numerusform>przywrócenie %n pomysłów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="211" />
            <source>changing the workshop details</source>
            <translation>zmiana danych warsztatu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="212" />
            <source>adding a participant</source>
            <translation>dodanie uczestnika</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="213" />
            <source>importing %n participant(s)</source>
            <translation>
                <numerusform>import %n uczestnika</numerusform>
                <numerusform>import %n uczestników</numerusform>
                <numerusform>import %n uczestników</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="214" />
            <source>editing a participant</source>
            <translation>edycja uczestnika</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="215" />
            <source>removing %n participant(s)</source>
            <translation>
                <numerusform>usunięcie %n uczestnika</numerusform>
                <numerusform>usunięcie %n uczestników</numerusform>
                <numerusform>usunięcie %n uczestników</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="216" />
            <source>restoring %n participant(s)</source>
            <translation>
                <numerusform>przywrócenie %n uczestnika</numerusform>
                <numerusform>przywrócenie %n uczestników</numerusform>
                <numerusform>przywrócenie %n uczestników</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="217" />
            <source>adding an objective</source>
            <translation>dodanie celu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="218" />
            <source>editing an objective</source>
            <translation>edycja celu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="219" />
            <source>removing %n objective(s)</source>
            <translation>
                <numerusform>usunięcie %n celu</numerusform>
                <numerusform>usunięcie %n celów</numerusform>
                <numerusform>usunięcie %n celów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="220" />
            <source>restoring %n objective(s)</source>
            <translation>
                <numerusform>przywrócenie %n celu</numerusform>
                <numerusform>przywrócenie %n celów</numerusform>
                <numerusform>przywrócenie %n celów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="221" />
            <source>changing the plan</source>
            <translation>zmiana planu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="222" />
            <source>grouping %n idea(s)</source>
            <translation>
                <numerusform>zgrupowanie %n pomysłu</numerusform>
                <numerusform>zgrupowanie %n pomysłów</numerusform>
                <numerusform>zgrupowanie %n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="223" />
            <source>moving %n note(s)</source>
            <translation>
                <numerusform>przesunięcie %n karteczki</numerusform>
                <numerusform>przesunięcie %n karteczek</numerusform>
                <numerusform>przesunięcie %n karteczek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="224" />
            <source>adding %n idea(s) to a group</source>
            <translation>
                <numerusform>dodanie %n pomysłu do grupy</numerusform>
                <numerusform>dodanie %n pomysłów do grupy</numerusform>
                <numerusform>dodanie %n pomysłów do grupy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="225" />
            <source>taking %n idea(s) out of a group</source>
            <translation>
                <numerusform>wyjęcie %n pomysłu z grupy</numerusform>
                <numerusform>wyjęcie %n pomysłów z grupy</numerusform>
                <numerusform>wyjęcie %n pomysłów z grupy</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="226" />
            <source>renaming a group</source>
            <translation>zmiana nazwy grupy</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="227" />
            <source>merging groups</source>
            <translation>scalenie grup</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="228" />
            <source>ungrouping</source>
            <translation>rozgrupowanie</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="229" />
            <source>marking a duplicate</source>
            <translation>oznaczenie duplikatu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="230" />
            <source>accepting %n suggested group(s)</source>
            <translation>
                <numerusform>przyjęcie %n proponowanej grupy</numerusform>
                <numerusform>przyjęcie %n proponowanych grup</numerusform>
                <numerusform>przyjęcie %n proponowanych grup</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="231" />
            <source>tidying the canvas</source>
            <translation>uporządkowanie tablicy</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="232" />
            <source>adding a voting round</source>
            <translation>dodanie rundy głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="233" />
            <source>changing a voting round</source>
            <translation>zmianę głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="234" />
            <source>deleting a voting round</source>
            <translation>usunięcie głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="235" />
            <source>opening a voting round</source>
            <translation>otwarcie rundy głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="236" />
            <source>closing a voting round</source>
            <translation>zamknięcie rundy głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="237" />
            <source>reopening a voting round</source>
            <translation>ponowne otwarcie głosowania</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="238" />
            <source>casting a ballot</source>
            <translation>oddanie głosu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="239" />
            <source>entering paper dots</source>
            <translation>wpisanie kropek z papieru</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="240" />
            <source>discarding the last ballot</source>
            <translation>wycofanie ostatniego głosu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="241" />
            <source>discarding a blocked phone's ballot</source>
            <translation>odrzucenie głosu zablokowanego telefonu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="242" />
            <source>adding an agenda item</source>
            <translation>dodanie punktu programu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="243" />
            <source>deleting an agenda item</source>
            <translation>usunięcie punktu programu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="244" />
            <source>editing an agenda item</source>
            <translation>edycja punktu programu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="245" />
            <source>reordering the agenda</source>
            <translation>zmiana kolejności programu</translation>
        </message>
        <message>
            <location filename="../../messages.py" line="246" />
            <source>changing the forum's days and rooms</source>
            <translation>zmiana dni i sal forum</translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="247" />
            <source>scheduling %n agenda item(s)</source>
            <translation>
                <numerusform>ułożenie %n punktu programu</numerusform>
                <numerusform>ułożenie %n punktów programu</numerusform>
                <numerusform>ułożenie %n punktów programu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="248" />
            <source>carrying over %n topic(s) from the previous edition</source>
            <translation>
                <numerusform>przeniesienie %n tematu z poprzedniej edycji</numerusform>
                <numerusform>przeniesienie %n tematów z poprzedniej edycji</numerusform>
                <numerusform>przeniesienie %n tematów z poprzedniej edycji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../messages.py" line="249" />
            <source>merging %n workshop file(s)</source>
            <translation>
                <numerusform>łączenie %n pliku warsztatu</numerusform>
                <numerusform>łączenie %n plików warsztatu</numerusform>
                <numerusform>łączenie %n plików warsztatu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../messages.py" line="250" />
            <source>separating joined participants</source>
            <translation>rozdzielanie połączonych uczestników</translation>
        </message>
    </context>
    <context>
        <name>PastePreviewDialog</name>
        <message>
            <location filename="../../ui/paste_dialog.py" line="28" />
            <source>Paste several ideas</source>
            <translation>Wklej kilka pomysłów</translation>
        </message>
        <message>
            <location filename="../../ui/paste_dialog.py" line="38" />
            <source>Each idea gets the capture settings now chosen: {context}</source>
            <translation>Każdy pomysł dostanie wybrane teraz ustawienia: {context}</translation>
        </message>
        <message>
            <location filename="../../ui/paste_dialog.py" line="47" />
            <source>Add as one idea</source>
            <translation>Dodaj jako jeden pomysł</translation>
        </message>
        <message>
            <location filename="../../ui/paste_dialog.py" line="55" />
            <source>Each ticked line becomes one idea:</source>
            <translation>Każdy zaznaczony wiersz stanie się osobnym pomysłem:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/paste_dialog.py" line="68" />
            <source>Add %n idea(s)</source>
            <translation>
                <numerusform>Dodaj %n pomysł</numerusform>
                <numerusform>Dodaj %n pomysły</numerusform>
                <numerusform>Dodaj %n pomysłów</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfAgenda</name>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="81" />
            <source>Coffee break</source>
            <translation>Przerwa kawowa</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="83" />
            <source>Lunch</source>
            <translation>Przerwa obiadowa</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="103" />
            <location filename="../../exports/pdf_agenda.py" line="112" />
            <source>Draft agenda of the next forum</source>
            <translation>Projekt programu kolejnego forum</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="110" />
            <source>Agenda: {title}</source>
            <translation>Program: {title}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="136" />
            <source>The agenda has no items yet.</source>
            <translation>Program nie ma jeszcze punktów.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="138" />
            <source>The forum's days and rooms have not been set yet.</source>
            <translation>Dni i sale forum nie zostały jeszcze ustalone.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="140" />
            <source>No item has a day and time yet; all are listed below.</source>
            <translation>Żaden punkt nie ma jeszcze dnia i godziny; wszystkie są wymienione poniżej.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="151" />
            <source>Day {number}: {date}</source>
            <translation>Dzień {number}: {date}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="159" />
            <source>From {start} to {finish}</source>
            <translation>Od {start} do {finish}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="163" />
            <source>No session on this day yet.</source>
            <translation>Tego dnia nie ma jeszcze żadnej sesji.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="186" />
            <source>No room</source>
            <translation>Bez sali</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="188" />
            <source>{room} (not a room of the forum)</source>
            <translation>{room} (nie jest salą forum)</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="238" />
            <source>Lead: {lead}</source>
            <translation>Prowadzi: {lead}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="240" />
            <source>Speakers: {names}</source>
            <translation>Prelegenci: {names}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="248" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="248" />
            <source>Format</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="249" />
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="249" />
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="250" />
            <source>Lead</source>
            <translation>Prowadzi</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="250" />
            <source>Speakers or partners</source>
            <translation>Prelegenci lub partnerzy</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_agenda.py" line="259" />
            <source>Without a time yet</source>
            <translation>Jeszcze bez godziny</translation>
        </message>
    </context>
    <context>
        <name>PdfSummary</name>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="73" />
            <source>No options.</source>
            <translation>Brak opcji.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="85" />
            <source>By sector</source>
            <translation>Według sektorów</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="91" />
            <source>Impact</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="92" />
            <source>Feasibility</source>
            <translation>Wykonalność</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="116" />
            <location filename="../../exports/pdf_rounds.py" line="141" />
            <location filename="../../exports/pdf_rounds.py" line="174" />
            <location filename="../../exports/pdf_summary.py" line="115" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="116" />
            <location filename="../../exports/pdf_rounds.py" line="141" />
            <location filename="../../exports/pdf_rounds.py" line="174" />
            <source>Option</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="117" />
            <source>Balanced</source>
            <translation>Wyważony</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="119" />
            <source>Quadrant</source>
            <translation>Ćwiartka</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="120" />
            <source>Agreement</source>
            <translation>Zgodność</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="154" />
            <source>{tie} exact tie (a shared place), {near} near tie. Balanced: every sector weighs the same, however many of its people voted.</source>
            <translation>{tie} dokładny remis (wspólne miejsce), {near} prawie remis. Wyważony: każdy sektor waży tyle samo, niezależnie od tego, ilu jego przedstawicieli głosowało.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="158" />
            <source>Agreed: in the top third of every sector with at least 3 voters; divisive: those sectors place it far apart.</source>
            <translation>Zgodne: w górnej jednej trzeciej każdego sektora, w którym głosowały co najmniej 3 osoby; dzielące: te sektory stawiają opcję na odległych miejscach.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="166" />
            <source>Top priorities</source>
            <translation>Najważniejsze priorytety</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="168" />
            <location filename="../../exports/pdf_summary.py" line="199" />
            <source>No voting round has been closed yet.</source>
            <translation>Żadne głosowanie nie zostało jeszcze zamknięte.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_rounds.py" line="171" />
            <source>The first places of the latest closed round, „{title}”:</source>
            <translation>Pierwsze miejsca ostatniego zamkniętego głosowania, „{title}”:</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="107" />
            <source>Summary of the workshop</source>
            <translation>Podsumowanie warsztatu</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="114" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="116" />
            <source>Theme</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="117" />
            <source>Moderators</source>
            <translation>Moderatorzy</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="122" />
            <source>Workshop summary</source>
            <translation>Podsumowanie warsztatu</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="135" />
            <source>The method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="136" />
            <source>Participants from local government, academia, business and other sectors wrote their ideas on sticky notes, and the moderators grouped them into themes together with the room. The participants then voted on the themes; the results below show the points by sector and the topics proposed for the agenda of the next forum.</source>
            <translation>Uczestnicy z samorządu, nauki, biznesu i innych sektorów zapisali swoje pomysły na karteczkach, a moderatorzy razem z salą pogrupowali je w tematy. Następnie uczestnicy głosowali nad tematami; poniżej przedstawiamy wyniki z podziałem na sektory oraz tematy zaproponowane do programu kolejnego forum.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="148" />
            <source>Participation by sector</source>
            <translation>Udział według sektorów</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="150" />
            <source>No participants or ideas yet.</source>
            <translation>Nie ma jeszcze uczestników ani pomysłów.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="152" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="152" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="153" />
            <source>Ideas</source>
            <translation>Pomysły</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="157" />
            <source>Total</source>
            <translation>Łącznie</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="162" />
            <source>Participants by sector</source>
            <translation>Uczestnicy według sektorów</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="163" />
            <source>Ideas by sector</source>
            <translation>Pomysły według sektorów</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="171" />
            <source>no. {number}</source>
            <translation>nr {number}</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="181" />
            <source>Ideas by group</source>
            <translation>Pomysły według grup</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="183" />
            <location filename="../../exports/pdf_summary.py" line="230" />
            <source>No ideas yet.</source>
            <translation>Nie ma jeszcze pomysłów.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="188" />
            <source>Not yet grouped</source>
            <translation>Jeszcze bez grupy</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="197" />
            <source>Voting results</source>
            <translation>Wyniki głosowań</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="207" />
            <source>Proposed agenda</source>
            <translation>Proponowany program</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="209" />
            <source>No agenda items yet.</source>
            <translation>Program nie ma jeszcze punktów.</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="210" />
            <source>Topic</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="210" />
            <source>Format</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="211" />
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="211" />
            <source>Time</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="212" />
            <source>Track</source>
            <translation>Sala / ścieżka</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_summary.py" line="227" />
            <source>Appendix: every idea and its number</source>
            <translation>Załącznik: wszystkie pomysły z numerami</translation>
        </message>
    </context>
    <context>
        <name>PhoneDialog</name>
        <message>
            <location filename="../../ui/phone_dialog.py" line="47" />
            <source>Voting from phones</source>
            <translation>Głosowanie z telefonów</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="49" />
            <source>Address on the room's network</source>
            <translation>Adres w sieci sali</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="51" />
            <source>{address} ({name}, this computer only)</source>
            <translation>{address} ({name}, tylko ten komputer)</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="52" />
            <source>{address} ({name})</source>
            <translation>{address} ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="55" />
            <location filename="../../ui/phone_dialog.py" line="126" />
            <source>Start</source>
            <translation>Rozpocznij</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="66" />
            <source>New code</source>
            <translation>Nowy kod</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="68" />
            <source>A new join code on the shared screen: phones that joined stay in, the old code no longer lets anyone join</source>
            <translation>Nowy kod dołączenia na wspólnym ekranie: telefony, które już dołączyły, zostają, a starym kodem nikt więcej nie dołączy</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="71" />
            <source>Show progress by sector on the shared screen</source>
            <translation>Pokaż na wspólnym ekranie postęp według sektorów</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="75" />
            <source>Wi-Fi network name</source>
            <translation>Nazwa sieci Wi-Fi</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="76" />
            <source>optional: the laptop's hotspot</source>
            <translation>opcjonalnie: hotspot tego komputera</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="77" />
            <source>Wi-Fi password</source>
            <translation>Hasło Wi-Fi</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="85" />
            <source>Round:</source>
            <translation>Głosowanie:</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="89" />
            <source>Address:</source>
            <translation>Adres:</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="90" />
            <source>Wi-Fi network:</source>
            <translation>Sieć Wi-Fi:</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="91" />
            <source>Wi-Fi password:</source>
            <translation>Hasło Wi-Fi:</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="114" />
            <source>This computer has no network address to listen on.</source>
            <translation>Ten komputer nie ma adresu sieciowego, na którym można nasłuchiwać.</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="119" />
            <source>{address} cannot be used.</source>
            <translation>Nie można użyć adresu {address}.</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="121" />
            <source>Razem could not listen on {address}: {detail}</source>
            <translation>Razem nie może nasłuchiwać pod adresem {address}: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="126" />
            <source>Stop</source>
            <translation>Zatrzymaj</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="135" />
            <source>This round is not open: phones cannot vote in it.</source>
            <translation>To głosowanie nie jest otwarte: telefony nie mogą w nim głosować.</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="137" />
            <source>The round is closed: phones cannot send ballots any more; they see the results once you show them on the shared screen.</source>
            <translation>Głosowanie jest zamknięte: telefony nie mogą już wysyłać głosów; zobaczą wyniki, gdy pokażesz je na wspólnym ekranie.</translation>
        </message>
        <message>
            <location filename="../../ui/phone_dialog.py" line="141" />
            <source>This workshop is open for reading only: phones cannot vote in it. Save a copy to take ballots.</source>
            <translation>Ten warsztat jest otwarty tylko do odczytu: telefony nie mogą w nim głosować. Zapisz kopię, aby przyjmować głosy.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/phone_dialog.py" line="149" />
            <source>%n phone(s) have voted</source>
            <translation>
                <numerusform>%n telefon oddał głos</numerusform>
                <numerusform>%n telefony oddały głos</numerusform>
                <numerusform>%n telefonów oddało głos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneJoinCard</name>
        <message>
            <location filename="../../ui/phone_card.py" line="88" />
            <source>QR code of the voting page</source>
            <translation>Kod QR strony głosowania</translation>
        </message>
        <message>
            <location filename="../../ui/phone_card.py" line="90" />
            <source>Join code: {code}</source>
            <translation>Kod dołączenia: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/phone_card.py" line="106" />
            <source>QR code of the Wi-Fi network</source>
            <translation>Kod QR sieci Wi-Fi</translation>
        </message>
        <message>
            <location filename="../../ui/phone_card.py" line="107" />
            <source>Wi-Fi: {ssid}</source>
            <translation>Wi-Fi: {ssid}</translation>
        </message>
        <message>
            <location filename="../../ui/phone_card.py" line="109" />
            <source>Password: {password}</source>
            <translation>Hasło: {password}</translation>
        </message>
    </context>
    <context>
        <name>PhoneJoinView</name>
        <message>
            <location filename="../../ui/phone_card.py" line="145" />
            <source>Vote from your phone: {title}</source>
            <translation>Głosuj z telefonu: {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/phone_card.py" line="150" />
            <source>%n phone(s) have voted</source>
            <translation>
                <numerusform>%n telefon oddał głos</numerusform>
                <numerusform>%n telefony oddały głos</numerusform>
                <numerusform>%n telefonów oddało głos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/phone_card.py" line="155" />
            <source>By sector: {counts}</source>
            <translation>Według sektorów: {counts}</translation>
        </message>
    </context>
    <context>
        <name>PhoneList</name>
        <message>
            <location filename="../../ui/phone_list.py" line="45" />
            <source>Phones that voted</source>
            <translation>Telefony, które oddały głos</translation>
        </message>
        <message>
            <location filename="../../ui/phone_list.py" line="46" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/phone_list.py" line="46" />
            <source>Sent at</source>
            <translation>Wysłano o</translation>
        </message>
        <message>
            <location filename="../../ui/phone_list.py" line="46" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../ui/phone_list.py" line="50" />
            <source>Block</source>
            <translation>Zablokuj</translation>
        </message>
        <message>
            <location filename="../../ui/phone_list.py" line="52" />
            <source>Refuse this phone from now on and discard its ballot (undo brings the ballot back)</source>
            <translation>Odtąd odrzucaj ten telefon i odrzuć jego głos (cofnięcie przywraca głos)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/phone_list.py" line="78" />
            <source>%n phone(s) blocked</source>
            <translation>
                <numerusform>%n telefon zablokowany</numerusform>
                <numerusform>%n telefony zablokowane</numerusform>
                <numerusform>%n telefonów zablokowanych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <location filename="../../phone/words.py" line="30" />
            <source>Vote from your phone</source>
            <translation>Głosuj z telefonu</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="31" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="32" />
            <source>Join code (on the shared screen)</source>
            <translation>Kod dołączenia (na wspólnym ekranie)</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="33" />
            <source>Join</source>
            <translation>Dołącz</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="34" />
            <source>Who is voting?</source>
            <translation>Kto głosuje?</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="35" />
            <source>Your sector</source>
            <translation>Twój sektor</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="36" />
            <source>I would rather not say</source>
            <translation>Wolę nie podawać</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="37" />
            <source>Your name</source>
            <translation>Twoje imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="38" />
            <source>No name</source>
            <translation>Bez nazwiska</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="39" />
            <source>Next</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="40" />
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="41" />
            <source>Dots left: {left} of {total}</source>
            <translation>Zostało kropek: {left} z {total}</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="42" />
            <source>At most {cap} on one option.</source>
            <translation>Najwyżej {cap} na jedną opcję.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="43" />
            <source>Add a dot</source>
            <translation>Dodaj kropkę</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="44" />
            <source>Take a dot back</source>
            <translation>Zabierz kropkę</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="45" />
            <source>Dots: {n}</source>
            <translation>Kropki: {n}</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="46" />
            <source>{title} — dots: {n}</source>
            <translation>{title} — kropki: {n}</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="47" />
            <source>No more dots on this option: at most {cap}.</source>
            <translation>Na tej opcji nie można postawić więcej kropek: najwyżej {cap}.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="49" />
            <source>No dots left: take one back from another option first.</source>
            <translation>Nie zostało już kropek: najpierw zabierz kropkę z innej opcji.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="51" />
            <source>No dot on this option to take back.</source>
            <translation>Na tej opcji nie ma kropki do zabrania.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="52" />
            <source>Give every option a mark from 1 to 5 on both axes.</source>
            <translation>Oceń każdą opcję od 1 do 5 na obu osiach.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="53" />
            <source>Tap your choices, best first (at most {n}).</source>
            <translation>Stuknij swoje wybory, od najlepszego (najwyżej {n}).</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="54" />
            <source>Place {n}</source>
            <translation>Miejsce {n}</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="55" />
            <source>not chosen</source>
            <translation>niewybrana</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="56" />
            <source>Check your ballot</source>
            <translation>Sprawdź swoją kartę</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="57" />
            <source>Nothing chosen yet.</source>
            <translation>Nic jeszcze nie wybrano.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="58" />
            <source>Every option needs a mark on both axes.</source>
            <translation>Każda opcja musi mieć ocenę na obu osiach.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="59" />
            <source>Send</source>
            <translation>Wyślij</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="60" />
            <source>Change</source>
            <translation>Popraw</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="61" />
            <source>Sending…</source>
            <translation>Wysyłanie…</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="62" />
            <source>Accepted</source>
            <translation>Przyjęty</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="63" />
            <source>Your ballot is in the workshop. While the round is open you may change it and send it again; only your newest ballot counts.</source>
            <translation>Twój głos jest zapisany w warsztacie. Dopóki głosowanie trwa, możesz go poprawić i wysłać ponownie; liczy się tylko najnowszy.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="66" />
            <source>Not accepted</source>
            <translation>Nie przyjęto</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="67" />
            <source>Your vote has been accepted — you can change it. While the round is open, only your newest ballot counts.</source>
            <translation>Twój głos został przyjęty — możesz go zmienić. Dopóki głosowanie jest otwarte, liczy się tylko Twój najnowszy głos.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="70" />
            <source>Voting closed</source>
            <translation>Głosowanie zamknięte</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="71" />
            <source>The moderator has closed this round: ballots are no longer taken. The results appear here once they are shown to the room.</source>
            <translation>Moderator zamknął to głosowanie: głosy nie są już przyjmowane. Wyniki pojawią się tutaj, gdy zostaną pokazane na sali.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="74" />
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="75" />
            <source>Show the results</source>
            <translation>Pokaż wyniki</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="76" />
            <source>{place}. {title}: {score}</source>
            <translation>{place}. {title}: {score}</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="77" />
            <source>= ex aequo</source>
            <translation>= ex aequo</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="78" />
            <source>≈ near tie</source>
            <translation>≈ prawie remis</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="79" />
            <source>The phone could not reach the voting. Check the Wi-Fi and send again.</source>
            <translation>Telefon nie połączył się z głosowaniem. Sprawdź Wi-Fi i wyślij ponownie.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="84" />
            <source>This join code is not right. Check it on the shared screen.</source>
            <translation>Ten kod dołączenia jest błędny. Sprawdź go na wspólnym ekranie.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="86" />
            <source>Too many wrong codes from this phone. Wait a minute and try again.</source>
            <translation>Za dużo błędnych kodów z tego telefonu. Odczekaj minutę i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="88" />
            <source>Enter the join code first.</source>
            <translation>Najpierw wpisz kod dołączenia.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="89" />
            <source>Razem could not read what the phone sent. Reload the page and try again.</source>
            <translation>Razem nie odczytał tego, co wysłał telefon. Wczytaj stronę ponownie i spróbuj jeszcze raz.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="91" />
            <source>What the phone sent is too large.</source>
            <translation>To, co wysłał telefon, jest za duże.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="92" />
            <source>Razem is busy. Send again in a moment.</source>
            <translation>Razem jest zajęty. Wyślij ponownie za chwilę.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="93" />
            <source>Razem could not take this. Tell the moderator, then send again.</source>
            <translation>Razem nie mógł tego przyjąć. Powiedz o tym moderatorowi i wyślij ponownie.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="95" />
            <source>There is nothing here.</source>
            <translation>Tu nic nie ma.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="96" />
            <source>This is not allowed here.</source>
            <translation>Tu nie wolno tego zrobić.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="97" />
            <source>The results are shown here once the moderator shows them to the room.</source>
            <translation>Wyniki pojawią się tutaj, gdy moderator pokaże je całej sali.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="99" />
            <source>The moderator has blocked this phone: it cannot vote in this round.</source>
            <translation>Prowadzący zablokował ten telefon: nie może głosować w tym głosowaniu.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="101" />
            <source>Open the address shown on the shared screen.</source>
            <translation>Otwórz adres pokazany na wspólnym ekranie.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="102" />
            <source>Choose a sector from the list.</source>
            <translation>Wybierz sektor z listy.</translation>
        </message>
        <message>
            <location filename="../../phone/words.py" line="103" />
            <source>This workshop is open for reading only; ballots cannot be taken.</source>
            <translation>Ten warsztat jest otwarty tylko do odczytu; nie można przyjmować głosów.</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../../ui/presenter.py" line="90" />
            <source>Razem — shared screen</source>
            <translation>Razem — wspólny ekran</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="100" />
            <source>Time is up</source>
            <translation>Czas minął</translation>
        </message>
    </context>
    <context>
        <name>PrioritisePanel</name>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="49" />
            <source>Prioritise</source>
            <translation>Priorytety</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="50" />
            <source>Make a voting round, open it, and let the room vote at the shared screen or on paper; the results stay here until you show them.</source>
            <translation>Przygotuj głosowanie, otwórz je i pozwól sali głosować przy wspólnym ekranie albo na papierze; wyniki zostają tutaj, dopóki ich nie pokażesz.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="54" />
            <source>Voting round</source>
            <translation>Głosowanie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="66" />
            <source>Round:</source>
            <translation>Głosowanie:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="70" />
            <source>New round…</source>
            <translation>Nowe głosowanie…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="71" />
            <source>Change…</source>
            <translation>Zmień…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="72" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="73" />
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="74" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="75" />
            <source>Reopen</source>
            <translation>Otwórz ponownie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="80" />
            <source>Vote at the shared screen</source>
            <translation>Głosowanie przy wspólnym ekranie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="81" />
            <source>Voting from phones…</source>
            <translation>Głosowanie z telefonów…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="82" />
            <source>Type paper dots…</source>
            <translation>Wpisz kropki z papieru…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="83" />
            <source>Take back the last ballot</source>
            <translation>Wycofaj ostatni głos</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="85" />
            <source>Show results on the shared screen</source>
            <translation>Pokaż wyniki na wspólnym ekranie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="97" />
            <source>Start or stop voting at the shared screen ({key})</source>
            <translation>Rozpocznij lub zakończ głosowanie przy wspólnym ekranie ({key})</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="107" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="108" />
            <source>Option</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="109" />
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="110" />
            <source>Balanced</source>
            <translation>Wyrównany</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="111" />
            <source>By sector</source>
            <translation>Według sektorów</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="117" />
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="118" />
            <source>Impact × feasibility</source>
            <translation>Wpływ × wykonalność</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="119" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="167" />
            <source>No voting round yet: make one with “New round…”.</source>
            <translation>Nie ma jeszcze głosowania: przygotuj je przyciskiem „Nowe głosowanie…”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/prioritise.py" line="191" />
            <source>%n ballot(s) so far</source>
            <translation>
                <numerusform>Dotąd %n głos</numerusform>
                <numerusform>Dotąd %n głosy</numerusform>
                <numerusform>Dotąd %n głosów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="198" />
            <source>{dots} dots per voter, at most {cap} on one option</source>
            <translation>{dots} kropek na osobę, najwyżej {cap} na jedną opcję</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="202" />
            <source>marks 1–5 on {one} and {two}</source>
            <translation>oceny 1–5: {one} i {two}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="205" />
            <source>each voter ranks their top {n}</source>
            <translation>każdy układa ranking swoich {n} najważniejszych</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/prioritise.py" line="207" />
            <source>%n option(s)</source>
            <translation>
                <numerusform>%n opcja</numerusform>
                <numerusform>%n opcje</numerusform>
                <numerusform>%n opcji</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="208" />
            <source>all groups</source>
            <translation>wszystkie grupy</translation>
        </message>
        <message>
            <location filename="../../ui/panels/prioritise.py" line="209" />
            <source>all ideas</source>
            <translation>wszystkie pomysły</translation>
        </message>
    </context>
    <context>
        <name>PrioritiseView</name>
        <message>
            <location filename="../../ui/presenter_phases.py" line="80" />
            <source>No voting round yet</source>
            <translation>Nie ma jeszcze głosowania</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_phases.py" line="84" />
            <source>Voting: {status}</source>
            <translation>Głosowanie: {status}</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../ui/file_chooser.py" line="38" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../ui/file_chooser.py" line="40" />
            <source>%1 File</source>
            <translation>Plik %1</translation>
        </message>
        <message>
            <location filename="../../ui/file_chooser.py" line="42" />
            <source>File</source>
            <translation>Plik</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <location filename="../../ui/results_view.py" line="171" />
            <source>No ballots yet.</source>
            <translation>Nie ma jeszcze głosów.</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="204" />
            <location filename="../../ui/results_view.py" line="333" />
            <source>= ex aequo</source>
            <translation>= ex aequo</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="204" />
            <source>the same score as another option</source>
            <translation>ten sam wynik co inna propozycja</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="205" />
            <location filename="../../ui/results_view.py" line="335" />
            <source>≈ near tie</source>
            <translation>≈ prawie remis</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="205" />
            <source>nearly the same score as another option</source>
            <translation>prawie ten sam wynik co inna propozycja</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="206" />
            <location filename="../../ui/results_view.py" line="337" />
            <source>agreed</source>
            <translation>zgodne</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="207" />
            <source>in the top third of every sector with at least 3 ballots</source>
            <translation>w górnej 1/3 każdego sektora z ≥ 3 kartami</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="208" />
            <location filename="../../ui/results_view.py" line="339" />
            <source>divisive</source>
            <translation>dzielące</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="208" />
            <source>the sectors place it far apart</source>
            <translation>sektory umieszczają ją bardzo różnie</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="209" />
            <source>balanced</source>
            <translation>zrównoważony</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="210" />
            <source>every sector weighs the same, however many of its people voted</source>
            <translation>każdy sektor waży tyle samo, bez względu na to, ilu jego przedstawicieli głosowało</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="253" />
            <source>Page {page} of {count} (PgDn: next)</source>
            <translation>Strona {page} z {count} (PgDn: dalej)</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="291" />
            <source>Dots</source>
            <translation>Kropki</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="291" />
            <source>Borda points</source>
            <translation>Punkty Bordy</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="292" />
            <source>Mean mark (1–5)</source>
            <translation>Średnia ocen (1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="293" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="293" />
            <source>Option</source>
            <translation>Propozycja</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="294" />
            <source>Balanced</source>
            <translation>Zrównoważony</translation>
        </message>
        <message>
            <location filename="../../ui/results_view.py" line="354" />
            <source>%1 (#%2)</source>
            <translation>%1 (%2.)</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <location filename="../../ui/round_dialog.py" line="65" />
            <source>Voting round</source>
            <translation>Głosowanie</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="65" />
            <source>New voting round</source>
            <translation>Nowe głosowanie</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="67" />
            <source>e.g. Which topics for the 2027 Forum?</source>
            <translation>np. Które tematy na Forum 2027?</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="69" />
            <source>groups (clusters)</source>
            <translation>grupy</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="70" />
            <source>single ideas</source>
            <translation>pojedyncze pomysły</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="75" />
            <source>dots</source>
            <translation>kropki</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="76" />
            <source>marks 1–5 on two axes</source>
            <translation>oceny 1–5 na dwóch osiach</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="77" />
            <source>ranking of the top N</source>
            <translation>ranking N najważniejszych</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="83" />
            <source>more than one dot on an option</source>
            <translation>więcej niż jedna kropka na opcji</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="92" />
            <source>&amp;Title:</source>
            <translation>&amp;Tytuł:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="93" />
            <source>Vote on:</source>
            <translation>Głosujemy nad:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="94" />
            <source>Options:</source>
            <translation>Opcje:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="95" />
            <source>&amp;Method:</source>
            <translation>&amp;Sposób:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="96" />
            <source>Dots per voter:</source>
            <translation>Kropek na osobę:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="97" />
            <source>Most dots on one option:</source>
            <translation>Najwięcej kropek na jednej opcji:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="99" />
            <source>First axis:</source>
            <translation>Pierwsza oś:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="100" />
            <source>Second axis:</source>
            <translation>Druga oś:</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="101" />
            <source>Places to rank (N):</source>
            <translation>Miejsc w rankingu (N):</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="178" />
            <source>Give the round a title.</source>
            <translation>Nadaj głosowaniu tytuł.</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="182" />
            <source>Tick at least one option.</source>
            <translation>Zaznacz przynajmniej jedną opcję.</translation>
        </message>
        <message>
            <location filename="../../ui/round_dialog.py" line="185" />
            <source>One option cannot take more dots than a voter has.</source>
            <translation>Jedna opcja nie może dostać więcej kropek, niż ma jedna osoba.</translation>
        </message>
    </context>
    <context>
        <name>RoundWords</name>
        <message>
            <location filename="../../cli_vote.py" line="145" />
            <source>Created the draft voting round „{title}”; its id:</source>
            <translation>Utworzono szkic głosowania „{title}”; jego identyfikator:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli_vote.py" line="148" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n głosujący</numerusform>
                <numerusform>%n głosujących</numerusform>
                <numerusform>%n głosujących</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="151" />
            <source>dot voting</source>
            <translation>głosowanie kropkami</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="152" />
            <source>marks on two axes</source>
            <translation>oceny na dwóch osiach</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="153" />
            <source>ranking</source>
            <translation>ranking</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="156" />
            <source>draft</source>
            <translation>szkic</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="156" />
            <source>open</source>
            <translation>otwarte</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="157" />
            <source>closed</source>
            <translation>zamknięte</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="160" />
            <source>no sector</source>
            <translation>bez sektora</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="160" />
            <source>local gov.</source>
            <translation>samorząd</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="161" />
            <source>academia</source>
            <translation>nauka</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="161" />
            <source>business</source>
            <translation>biznes</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="162" />
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="162" />
            <source>residents</source>
            <translation>mieszkańcy</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="163" />
            <source>other</source>
            <translation>inny</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="166" />
            <source>agreed</source>
            <translation>zgoda</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="166" />
            <source>divisive</source>
            <translation>podział</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="169" />
            <source>quick wins</source>
            <translation>szybkie korzyści</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="169" />
            <source>big projects</source>
            <translation>duże projekty</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="170" />
            <source>fill-ins</source>
            <translation>uzupełnienia</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="170" />
            <source>thankless tasks</source>
            <translation>niewdzięczne zadania</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="174" />
            <source>Dots</source>
            <translation>Kropki</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="174" />
            <source>Mean</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="175" />
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../settings.py" line="45" />
            <source>Interface language</source>
            <translation>Język interfejsu</translation>
        </message>
        <message>
            <location filename="../../settings.py" line="46" />
            <source>Recent workshops</source>
            <translation>Ostatnie warsztaty</translation>
        </message>
        <message>
            <location filename="../../settings.py" line="47" />
            <source>Last folder used</source>
            <translation>Ostatnio używany folder</translation>
        </message>
        <message>
            <location filename="../../settings.py" line="48" />
            <source>Last export folder</source>
            <translation>Ostatni folder eksportu</translation>
        </message>
        <message>
            <location filename="../../settings.py" line="49" />
            <source>Wi-Fi network name</source>
            <translation>Nazwa sieci Wi-Fi</translation>
        </message>
        <message>
            <location filename="../../settings.py" line="50" />
            <source>Wi-Fi password</source>
            <translation>Hasło Wi-Fi</translation>
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <location filename="../../ui/panels/setup.py" line="70" />
            <source>Set up</source>
            <translation>Przygotowanie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="71" />
            <source>Who takes part, what the workshop is about, and its plan.</source>
            <translation>Kto bierze udział, o czym jest warsztat i jaki ma plan.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="92" />
            <source>Workshop</source>
            <translation>Warsztat</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="101" />
            <source>not set</source>
            <translation>nie ustawiono</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="108" />
            <source>names separated by commas</source>
            <translation>nazwiska oddzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="109" />
            <source>Hide authors on the shared screen</source>
            <translation>Ukryj autorów na wspólnym ekranie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="110" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="110" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="111" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="111" />
            <source>Theme</source>
            <translation>Temat przewodni</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="112" />
            <source>Moderators</source>
            <translation>Moderatorzy</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="113" />
            <source>Anonymity</source>
            <translation>Anonimowość</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="126" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="157" />
            <source>Add participant</source>
            <translation>Dodaj uczestnika</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="159" />
            <location filename="../../ui/panels/setup.py" line="191" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="162" />
            <source>Import from CSV…</source>
            <translation>Importuj z CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="168" />
            <source>Import participants</source>
            <translation>Import uczestników</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="169" />
            <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tabele (*.csv *.tsv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/setup.py" line="185" />
            <source>Imported %n participant(s).</source>
            <translation>
                <numerusform>Zaimportowano %n uczestnika.</numerusform>
                <numerusform>Zaimportowano %n uczestników.</numerusform>
                <numerusform>Zaimportowano %n uczestników.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="189" />
            <source>Add objective</source>
            <translation>Dodaj cel</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="259" />
            <source>New objective</source>
            <translation>Nowy cel</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="128" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="131" />
            <source>Municipality</source>
            <translation>Gmina</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="134" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="139" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="141" />
            <source>Objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="145" />
            <source>Phase</source>
            <translation>Etap</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="146" />
            <source>Activity</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="147" />
            <source>Minutes</source>
            <translation>Minuty</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="79" />
            <source>Plan of the workshop</source>
            <translation>Plan warsztatu</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="83" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location filename="../../ui/panels/setup.py" line="84" />
            <source>Strategic objectives</source>
            <translation>Cele strategiczne</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <location filename="../../ui/presenter_phases.py" line="51" />
            <source>Objectives</source>
            <translation>Cele</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/split_dialog.py" line="61" />
            <source>Save a table as a separate file</source>
            <translation>Zapisz stół jako osobny plik</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="70" />
            <source>For a table that continues on its own laptop: its ideas, the groups they are in and the workshop's setup (plan, objectives, participants) go into a new workshop file. Voting rounds and the agenda stay here. This workshop is not changed; the new file can be merged back later.</source>
            <translation>Dla stołu, który pracuje dalej na własnym laptopie: jego pomysły, grupy, w których są, i ustawienia warsztatu (plan, cele, uczestnicy) trafiają do nowego pliku warsztatu. Rundy głosowania i program zostają tutaj. Ten warsztat się nie zmienia; nowy plik można później z powrotem połączyć.</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="77" />
            <source>What to save</source>
            <translation>Co zapisać</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="85" />
            <source>New file</source>
            <translation>Nowy plik</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="86" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Wybierz…</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="93" />
            <source>&amp;Save</source>
            <translation>Za&amp;pisz</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="96" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="120" />
            <source>&amp;What to save</source>
            <translation>&amp;Co zapisać</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="121" />
            <source>&amp;New file</source>
            <translation>&amp;Nowy plik</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="153" />
            <source>table</source>
            <translation>stół</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="153" />
            <source>selection</source>
            <translation>wybrane</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="165" />
            <source>Save the table as</source>
            <translation>Zapisz stół jako</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="166" />
            <source>Razem workshops (*.razem)</source>
            <translation>Warsztaty Razem (*.razem)</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="180" />
            <source>This workshop has no ideas yet. Nothing was written.</source>
            <translation>Ten warsztat nie ma jeszcze pomysłów. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="183" />
            <source>Choose the file to write.</source>
            <translation>Wybierz plik do zapisania.</translation>
        </message>
        <message>
            <location filename="../../ui/split_dialog.py" line="192" />
            <source>Saving to {file}…</source>
            <translation>Zapisywanie do pliku {file}…</translation>
        </message>
    </context>
    <context>
        <name>SplitWords</name>
        <message numerus="yes">
            <location filename="../../split_words.py" line="23" />
            <source>Wrote %n idea(s) written at no table to {file}.</source>
            <translation>
                <numerusform>Zapisano %n pomysł bez stołu w pliku {file}.</numerusform>
                <numerusform>Zapisano %n pomysły bez stołu w pliku {file}.</numerusform>
                <numerusform>Zapisano %n pomysłów bez stołu w pliku {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="25" />
            <source>Wrote %n idea(s) of the table „{table}” to {file}.</source>
            <translation>
                <numerusform>Zapisano %n pomysł stołu „{table}” w pliku {file}.</numerusform>
                <numerusform>Zapisano %n pomysły stołu „{table}” w pliku {file}.</numerusform>
                <numerusform>Zapisano %n pomysłów stołu „{table}” w pliku {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="27" />
            <source>Wrote %n chosen idea(s) to {file}.</source>
            <translation>
                <numerusform>Zapisano %n wybrany pomysł w pliku {file}.</numerusform>
                <numerusform>Zapisano %n wybrane pomysły w pliku {file}.</numerusform>
                <numerusform>Zapisano %n wybranych pomysłów w pliku {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="30" />
            <source>With them: %n group(s), and the workshop's setup with every participant ({people}); no voting rounds and no agenda.</source>
            <translation>
                <numerusform>Wraz z nimi: %n grupa oraz ustawienia warsztatu ze wszystkimi uczestnikami ({people}); bez rund głosowania i programu.</numerusform>
                <numerusform>Wraz z nimi: %n grupy oraz ustawienia warsztatu ze wszystkimi uczestnikami ({people}); bez rund głosowania i programu.</numerusform>
                <numerusform>Wraz z nimi: %n grup oraz ustawienia warsztatu ze wszystkimi uczestnikami ({people}); bez rund głosowania i programu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="37" />
            <source>Ideas of no table (%n)</source>
            <translation>
                <numerusform>Pomysły bez stołu (%n)</numerusform>
                <numerusform>Pomysły bez stołu (%n)</numerusform>
                <numerusform>Pomysły bez stołu (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="38" />
            <source>{table} (%n idea(s))</source>
            <translation>
                <numerusform>{table} (%n pomysł)</numerusform>
                <numerusform>{table} (%n pomysły)</numerusform>
                <numerusform>{table} (%n pomysłów)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../split_words.py" line="41" />
            <source>The selected notes (%n)</source>
            <translation>
                <numerusform>Zaznaczone notatki (%n)</numerusform>
                <numerusform>Zaznaczone notatki (%n)</numerusform>
                <numerusform>Zaznaczone notatki (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../split_words.py" line="45" />
            <source>There is no idea {idea} in {file}. Nothing was written.</source>
            <translation>Nie ma pomysłu {idea} w pliku {file}. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../split_words.py" line="48" />
            <source>There is no table „{table}” in {file}; its tables: {tables}. Nothing was written.</source>
            <translation>Nie ma stołu „{table}” w pliku {file}; jego stoły: {tables}. Nic nie zapisano.</translation>
        </message>
        <message>
            <location filename="../../split_words.py" line="50" />
            <source>none</source>
            <translation>brak</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../ui/start_screen.py" line="43" />
            <source>Participatory planning workshops: gather ideas, group them, vote, and plan next year's forum.</source>
            <translation>Warsztaty partycypacyjne: zbierz pomysły, pogrupuj je, zagłosujcie i zaplanujcie przyszłoroczne forum.</translation>
        </message>
        <message>
            <location filename="../../ui/start_screen.py" line="46" />
            <source>New workshop…</source>
            <translation>Nowy warsztat…</translation>
        </message>
        <message>
            <location filename="../../ui/start_screen.py" line="47" />
            <source>Open…</source>
            <translation>Otwórz…</translation>
        </message>
        <message>
            <location filename="../../ui/start_screen.py" line="48" />
            <source>Open the demo workshop</source>
            <translation>Otwórz warsztat pokazowy</translation>
        </message>
        <message>
            <location filename="../../ui/start_screen.py" line="55" />
            <location filename="../../ui/start_screen.py" line="65" />
            <source>Recent workshops</source>
            <translation>Ostatnie warsztaty</translation>
        </message>
        <message>
            <location filename="../../ui/start_screen.py" line="84" />
            <source>No recent workshops yet.</source>
            <translation>Brak ostatnio otwieranych warsztatów.</translation>
        </message>
    </context>
    <context>
        <name>SuggestionPanel</name>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="91" />
            <location filename="../../ui/suggestion_panel.py" line="132" />
            <source>Computing suggestions…</source>
            <translation>Liczę propozycje…</translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="96" />
            <location filename="../../ui/suggestion_panel.py" line="108" />
            <source>Suggestions</source>
            <translation>Propozycje</translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="99" />
            <source>Accept</source>
            <translation>Przyjmij</translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="100" />
            <source>Accept all groups</source>
            <translation>Przyjmij wszystkie grupy</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/suggestion_panel.py" line="146" />
            <location filename="../../ui/suggestion_panel.py" line="237" />
            <source>New groups (%n)</source>
            <translation>
                <numerusform>Nowe grupy (%n)</numerusform>
                <numerusform>Nowe grupy (%n)</numerusform>
                <numerusform>Nowe grupy (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/suggestion_panel.py" line="164" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n karteczka</numerusform>
                <numerusform>%n karteczki</numerusform>
                <numerusform>%n karteczek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/suggestion_panel.py" line="147" />
            <location filename="../../ui/suggestion_panel.py" line="238" />
            <source>Best group for an ungrouped note (%n)</source>
            <translation>
                <numerusform>Najlepsza grupa dla karteczki bez grupy (%n)</numerusform>
                <numerusform>Najlepsza grupa dla karteczek bez grupy (%n)</numerusform>
                <numerusform>Najlepsza grupa dla karteczek bez grupy (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="158" />
            <source>→ {group} ({score:.0%}) · shared: {words}</source>
            <translation>→ {group} ({score:.0%}) · wspólne: {words}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/suggestion_panel.py" line="148" />
            <location filename="../../ui/suggestion_panel.py" line="239" />
            <source>Likely duplicates (%n)</source>
            <translation>
                <numerusform>Możliwe duplikaty (%n)</numerusform>
                <numerusform>Możliwe duplikaty (%n)</numerusform>
                <numerusform>Możliwe duplikaty (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="189" />
            <source>Select a suggestion to preview it on the canvas; nothing changes until you accept it.</source>
            <translation>Zaznacz propozycję, by zobaczyć ją na tablicy; nic się nie zmieni, dopóki jej nie przyjmiesz.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/suggestion_panel.py" line="226" />
            <location filename="../../ui/suggestion_panel.py" line="240" />
            <source>Similar to the selected note (%n)</source>
            <translation>
                <numerusform>Podobne do zaznaczonej karteczki (%n)</numerusform>
                <numerusform>Podobne do zaznaczonej karteczki (%n)</numerusform>
                <numerusform>Podobne do zaznaczonej karteczki (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/suggestion_panel.py" line="269" />
            <source>Suggested: {name}</source>
            <translation>Propozycja: {name}</translation>
        </message>
    </context>
    <context>
        <name>SummaryWords</name>
        <message>
            <location filename="../../exports/pdf_words.py" line="17" />
            <source>Page {number} of {total}</source>
            <translation>Strona {number} z {total}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../exports/pdf_words.py" line="20" />
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n pomysł</numerusform>
                <numerusform>%n pomysły</numerusform>
                <numerusform>%n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../exports/pdf_words.py" line="23" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n głosujący</numerusform>
                <numerusform>%n głosujących</numerusform>
                <numerusform>%n głosujących</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="26" />
            <source>no sector</source>
            <translation>bez sektora</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="26" />
            <source>local government</source>
            <translation>samorząd</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="27" />
            <source>academia</source>
            <translation>nauka</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="27" />
            <source>business</source>
            <translation>biznes</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="28" />
            <source>non-governmental organisation</source>
            <translation>organizacja pozarządowa</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="29" />
            <source>residents</source>
            <translation>mieszkańcy</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="29" />
            <source>other</source>
            <translation>inny</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="32" />
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="35" />
            <source>dot voting</source>
            <translation>głosowanie kropkami</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="36" />
            <source>marks 1–5 on two axes</source>
            <translation>oceny 1–5 na dwóch osiach</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="37" />
            <source>ranking (Borda points)</source>
            <translation>ranking (punkty Bordy)</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="40" />
            <source>Dots</source>
            <translation>Kropki</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="40" />
            <source>Mean</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="41" />
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="46" />
            <source>Quick wins</source>
            <translation>Szybkie korzyści</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="47" />
            <source>Big projects</source>
            <translation>Duże projekty</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="48" />
            <source>Fill-ins</source>
            <translation>Uzupełnienia</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="49" />
            <source>Thankless tasks</source>
            <translation>Niewdzięczne zadania</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="54" />
            <source>agreed</source>
            <translation>zgodne</translation>
        </message>
        <message>
            <location filename="../../exports/pdf_words.py" line="54" />
            <source>divisive</source>
            <translation>dzielące</translation>
        </message>
        <message numerus="yes">
            <location filename="../../exports/pdf_words.py" line="69" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <location filename="../../ui/tally_dialog.py" line="121" />
            <source>Paper dots: {title}</source>
            <translation>Kropki z papieru: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="124" />
            <source>A second person types the same counts (recommended)</source>
            <translation>Druga osoba wpisuje te same liczby (zalecane)</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="130" />
            <source>First entry</source>
            <translation>Pierwsze wpisanie</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="131" />
            <source>Second entry</source>
            <translation>Drugie wpisanie</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="145" />
            <source>Type the number of dots on each option, per sector (only the last column when sectors are unknown), and how many people voted on paper.</source>
            <translation>Wpisz liczbę kropek na każdej opcji według sektorów (tylko ostatnią kolumnę, gdy sektory są nieznane) oraz ile osób głosowało na papierze.</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="165" />
            <source>Type whole numbers only (0 or more).</source>
            <translation>Wpisuj tylko liczby całkowite (0 lub więcej).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tally_dialog.py" line="172" />
            <source>The two entries differ in %n cell(s), marked ≠. Count those again.</source>
            <translation>
                <numerusform>Wpisania różnią się w %n komórce, oznaczonej ≠. Policz ją jeszcze raz.</numerusform>
                <numerusform>Wpisania różnią się w %n komórkach, oznaczonych ≠. Policz je jeszcze raz.</numerusform>
                <numerusform>Wpisania różnią się w %n komórkach, oznaczonych ≠. Policz je jeszcze raz.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="177" />
            <source>No dots were typed.</source>
            <translation>Nie wpisano żadnych kropek.</translation>
        </message>
    </context>
    <context>
        <name>TallyGrid</name>
        <message>
            <location filename="../../ui/tally_dialog.py" line="45" />
            <location filename="../../ui/tally_dialog.py" line="47" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <location filename="../../ui/tally_dialog.py" line="47" />
            <source>People who voted</source>
            <translation>Liczba głosujących</translation>
        </message>
    </context>
    <context>
        <name>ThanksPage</name>
        <message>
            <location filename="../../ui/presenter_voting.py" line="501" />
            <source>Thank you — your vote is in.</source>
            <translation>Dziękujemy — głos przyjęty.</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="503" />
            <source>Next person, please: press Enter or touch Start.</source>
            <translation>Następna osoba: naciśnij Enter albo dotknij „Start”.</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="505" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
    </context>
    <context>
        <name>TimerWidget</name>
        <message>
            <location filename="../../ui/timer.py" line="102" />
            <source>Time left in this phase</source>
            <translation>Pozostały czas tego etapu</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="104" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="105" />
            <source>Reset</source>
            <translation>Od nowa</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="115" />
            <source>Add a minute ({keys})</source>
            <translation>Dodaj minutę ({keys})</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="124" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="124" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="125" />
            <source>Start or pause the timer ({keys})</source>
            <translation>Uruchom lub zatrzymaj czas ({keys})</translation>
        </message>
        <message>
            <location filename="../../ui/timer.py" line="132" />
            <source>Time is up</source>
            <translation>Czas minął</translation>
        </message>
    </context>
    <context>
        <name>WalkUpVoting</name>
        <message>
            <location filename="../../ui/presenter_voting.py" line="565" />
            <source>Voting: {title}</source>
            <translation>Głosowanie: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="566" />
            <source>Which sector are you from? (touch it, or press its number)</source>
            <translation>Z jakiego sektora jesteś? (dotknij go albo naciśnij jego numer)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="585" />
            <source>Your name? (or vote without it)</source>
            <translation>Twoje imię? (albo głosuj bez niego)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_voting.py" line="586" />
            <source>Without my name</source>
            <translation>Bez imienia</translation>
        </message>
    </context>
    <context>
        <name>_Counts</name>
        <message numerus="yes">
            <location filename="../../ui/labels.py" line="118" />
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n pomysł</numerusform>
                <numerusform>%n pomysły</numerusform>
                <numerusform>%n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/labels.py" line="121" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n kropka</numerusform>
                <numerusform>%n kropki</numerusform>
                <numerusform>%n kropek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/labels.py" line="124" />
            <source>{shown} of %n idea(s)</source>
            <translation>
                <numerusform>{shown} z %n pomysłu</numerusform>
                <numerusform>{shown} z %n pomysłów</numerusform>
                <numerusform>{shown} z %n pomysłów</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <location filename="../../cli.py" line="395" />
            <source>Imported %n idea(s) into {file}.</source>
            <translation>
                <numerusform>Zaimportowano %n pomysł do pliku {file}.</numerusform>
                <numerusform>Zaimportowano %n pomysły do pliku {file}.</numerusform>
                <numerusform>Zaimportowano %n pomysłów do pliku {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="398" />
            <source>Skipped %n row(s) without text.</source>
            <translation>
                <numerusform>Pominięto %n wiersz bez treści.</numerusform>
                <numerusform>Pominięto %n wiersze bez treści.</numerusform>
                <numerusform>Pominięto %n wierszy bez treści.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="401" />
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n pomysł</numerusform>
                <numerusform>%n pomysły</numerusform>
                <numerusform>%n pomysłów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="404" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grupa</numerusform>
                <numerusform>%n grupy</numerusform>
                <numerusform>%n grup</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="408" />
            <source>Created %n suggested group(s).</source>
            <translation>
                <numerusform>Utworzono %n proponowaną grupę.</numerusform>
                <numerusform>Utworzono %n proponowane grupy.</numerusform>
                <numerusform>Utworzono %n proponowanych grup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="409" />
            <source>%n group(s) suggested; --apply creates them.</source>
            <translation>
                <numerusform>Proponowana %n grupa; --apply ją utworzy.</numerusform>
                <numerusform>Proponowane %n grupy; --apply je utworzy.</numerusform>
                <numerusform>Proponowanych %n grup; --apply je utworzy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="412" />
            <source>%n pair(s) of likely duplicates (merge them in the window):</source>
            <translation>
                <numerusform>%n para prawdopodobnych duplikatów (połącz je w oknie programu):</numerusform>
                <numerusform>%n pary prawdopodobnych duplikatów (połącz je w oknie programu):</numerusform>
                <numerusform>%n par prawdopodobnych duplikatów (połącz je w oknie programu):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cli.py" line="415" />
            <source>%n agenda item(s) without a day and time left out of the calendar: {titles}</source>
            <translation>
                <numerusform>%n punkt programu bez dnia i godziny pominięto w kalendarzu: {titles}</numerusform>
                <numerusform>%n punkty programu bez dnia i godziny pominięto w kalendarzu: {titles}</numerusform>
                <numerusform>%n punktów programu bez dnia i godziny pominięto w kalendarzu: {titles}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../cli.py" line="59" />
            <source>argument {name}: {message}</source>
            <translation>argument {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="61" />
            <source>the following arguments are required: {names}</source>
            <translation>brakuje wymaganych argumentów: {names}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="63" />
            <source>unrecognized arguments: {words}</source>
            <translation>nieznane argumenty: {words}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="65" />
            <source>invalid choice: {value} (choose from {choices})</source>
            <translation>niedozwolona wartość: {value} (do wyboru: {choices})</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="68" />
            <source>one of the arguments {names} is required</source>
            <translation>wymagany jest jeden z argumentów {names}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="70" />
            <source>not allowed with argument {other}</source>
            <translation>nie można go podać razem z argumentem {other}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="89" />
            <source>usage: </source>
            <translation>użycie: </translation>
        </message>
        <message>
            <location filename="../../cli.py" line="103" />
            <source>positional arguments</source>
            <translation>argumenty pozycyjne</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="104" />
            <source>options</source>
            <translation>opcje</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="106" />
            <source>show this help message and exit</source>
            <translation>pokaż tę pomoc i zakończ</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="144" />
            <source>show program's version number and exit</source>
            <translation>pokaż wersję programu i zakończ</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="66" />
            <source>expected one argument</source>
            <translation>oczekiwano jednego argumentu</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../cli.py" line="120" />
            <source>{prog}: error: {message}
</source>
            <translation>{prog}: błąd: {message}
</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="127" />
            <source>interface language (default: pl)</source>
            <translation>język interfejsu (domyślnie: pl)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="138" />
            <source>Razem: run participatory planning workshops. Without a command, opens the window: 'workshop-app' shows the start screen, 'workshop-app FILE' opens a workshop, 'workshop-app --demo' opens a fresh copy of the demo workshop.</source>
            <translation>Razem: prowadzenie warsztatów partycypacyjnych. Bez polecenia otwiera okno: 'workshop-app' pokazuje ekran startowy, 'workshop-app PLIK' otwiera warsztat, 'workshop-app --demo' otwiera świeżą kopię warsztatu pokazowego.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="146" />
            <source>commands</source>
            <translation>polecenia</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="147" />
            <source>COMMAND</source>
            <translation>POLECENIE</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="148" />
            <source>create a new, empty workshop file</source>
            <translation>utwórz nowy, pusty plik warsztatu</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="149" />
            <location filename="../../cli.py" line="155" />
            <location filename="../../cli.py" line="160" />
            <location filename="../../cli.py" line="181" />
            <location filename="../../cli.py" line="198" />
            <location filename="../../cli.py" line="221" />
            <location filename="../../cli.py" line="226" />
            <location filename="../../cli.py" line="239" />
            <location filename="../../cli_carry_over.py" line="40" />
            <location filename="../../cli_serve.py" line="37" />
            <location filename="../../cli_split.py" line="44" />
            <location filename="../../cli_vote.py" line="52" />
            <location filename="../../cli_vote.py" line="72" />
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="149" />
            <location filename="../../cli.py" line="229" />
            <source>the new workshop file (.razem)</source>
            <translation>nowy plik warsztatu (.razem)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="150" />
            <location filename="../../cli_carry_over.py" line="44" />
            <location filename="../../cli_vote.py" line="85" />
            <source>TITLE</source>
            <translation>TYTUŁ</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="151" />
            <source>the workshop's title</source>
            <translation>tytuł warsztatu</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="154" />
            <source>write a copy of the demo workshop to a file</source>
            <translation>zapisz kopię warsztatu pokazowego do pliku</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="156" />
            <source>where to write the copy (.razem)</source>
            <translation>gdzie zapisać kopię (.razem)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="159" />
            <source>export a workshop's data</source>
            <translation>eksportuj dane warsztatu</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="160" />
            <location filename="../../cli.py" line="181" />
            <location filename="../../cli.py" line="198" />
            <location filename="../../cli.py" line="222" />
            <location filename="../../cli_carry_over.py" line="41" />
            <location filename="../../cli_serve.py" line="38" />
            <location filename="../../cli_vote.py" line="49" />
            <source>the workshop file (.razem)</source>
            <translation>plik warsztatu (.razem)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="161" />
            <location filename="../../cli.py" line="163" />
            <location filename="../../cli.py" line="165" />
            <location filename="../../cli.py" line="168" />
            <location filename="../../cli.py" line="170" />
            <location filename="../../cli.py" line="199" />
            <location filename="../../cli_split.py" line="46" />
            <location filename="../../cli_vote.py" line="76" />
            <source>OUT</source>
            <translation>WYJŚCIE</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="162" />
            <source>write all data as JSON (schema: docs/json-export.md)</source>
            <translation>zapisz wszystkie dane jako JSON (schemat: docs/json-export.md)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="164" />
            <source>write the ideas as CSV (UTF-8 with BOM, commas)</source>
            <translation>zapisz pomysły jako CSV (UTF-8 z BOM, przecinki)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="166" />
            <source>write the ideas as CSV for a Polish Excel (Windows-1250, semicolons)</source>
            <translation>zapisz pomysły jako CSV dla polskiego Excela (Windows-1250, średniki)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="169" />
            <source>write every round's results as CSV (UTF-8 with BOM)</source>
            <translation>zapisz wyniki każdej rundy jako CSV (UTF-8 z BOM)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="171" />
            <source>write the scheduled agenda as iCalendar</source>
            <translation>zapisz ułożony program jako iCalendar</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="172" />
            <location filename="../../cli.py" line="174" />
            <source>OUT.pdf</source>
            <translation>WYJŚCIE.pdf</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="173" />
            <source>write the PDF summary the organisers publish</source>
            <translation>zapisz podsumowanie w PDF, które publikują organizatorzy</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="175" />
            <source>write the agenda as a PDF timetable (A4 landscape)</source>
            <translation>zapisz program jako harmonogram w PDF (A4 poziomo)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="177" />
            <source>in an anonymous workshop, export the participants' names too (for the organisers' own archive)</source>
            <translation>w warsztacie anonimowym eksportuj także nazwiska uczestników (do własnego archiwum organizatorów)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="180" />
            <source>import ideas from a CSV or Excel file</source>
            <translation>importuj pomysły z pliku CSV lub Excel</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="182" />
            <location filename="../../cli_merge.py" line="31" />
            <source>SOURCE</source>
            <translation>ŹRÓDŁO</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="183" />
            <source>a .csv, .tsv, .txt or .xlsx file of ideas</source>
            <translation>plik .csv, .tsv, .txt lub .xlsx z pomysłami</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="184" />
            <source>the column with the idea's text</source>
            <translation>kolumna z treścią pomysłu</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="185" />
            <source>the column with the author's sector</source>
            <translation>kolumna z sektorem autora</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="186" />
            <source>the column with the author's name</source>
            <translation>kolumna z nazwiskiem autora</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="188" />
            <source>the column with a group name (notes grouped on paper)</source>
            <translation>kolumna z nazwą grupy (karteczki pogrupowane na papierze)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="189" />
            <source>NAME</source>
            <translation>NAZWA</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="191" />
            <source>the first row is an idea, not column names</source>
            <translation>pierwszy wiersz to pomysł, a nie nazwy kolumn</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="193" />
            <source>import even when most of the ideas are already in the workshop (the file was imported before)</source>
            <translation>importuj, nawet gdy większość pomysłów już jest w warsztacie (plik był już importowany)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="196" />
            <source>suggest groups for the ungrouped ideas, and the best group for each</source>
            <translation>zaproponuj grupy dla niepogrupowanych pomysłów i najlepszą grupę dla każdego</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="200" />
            <source>write the suggestions as JSON (see docs/suggestions.md)</source>
            <translation>zapisz propozycje jako JSON (zob. docs/suggestions.md)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="202" />
            <source>create the suggested groups (one transaction)</source>
            <translation>utwórz proponowane grupy (jedna transakcja)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="219" />
            <source>list the automatic copies of a workshop (newest first), to open one</source>
            <translation>wypisz automatyczne kopie warsztatu (od najnowszej), by otworzyć jedną z nich</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="224" />
            <source>copy what is readable of a damaged workshop into a new file</source>
            <translation>skopiuj to, co da się odczytać z uszkodzonego warsztatu, do nowego pliku</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="227" />
            <source>the damaged workshop file (only read)</source>
            <translation>uszkodzony plik warsztatu (tylko odczytywany)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="228" />
            <source>NEW</source>
            <translation>NOWY</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="240" />
            <source>a workshop to open</source>
            <translation>warsztat do otwarcia</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="242" />
            <source>open a fresh copy of the demo workshop</source>
            <translation>otwórz świeżą kopię warsztatu pokazowego</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="313" />
            <source>Created the workshop „{title}” in {file}.</source>
            <translation>Utworzono warsztat „{title}” w pliku {file}.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="325" />
            <source>Wrote a copy of the demo workshop to {file}.</source>
            <translation>Zapisano kopię warsztatu pokazowego w pliku {file}.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="343" />
            <source>Choose at least one output: {options}.</source>
            <translation>Wybierz co najmniej jeden plik wynikowy: {options}.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="473" />
            <source>Copied {kept} readable rows of {file} into {new}; {lost} could not be read and were left out.</source>
            <translation>Skopiowano {kept} czytelnych wierszy z {file} do {new}; {lost} nie dało się odczytać i pominięto je.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="519" />
            <source>Name the text column with --text-column, or give --no-header if the first row is already an idea. Nothing was imported.</source>
            <translation>Wskaż kolumnę z treścią opcją --text-column albo podaj --no-header, jeśli pierwszy wiersz jest już pomysłem. Nic nie zaimportowano.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="570" />
            <source>No groups to suggest.</source>
            <translation>Brak grup do zaproponowania.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="629" />
            <source>{file} has no voting rounds yet.</source>
            <translation>W pliku {file} nie ma jeszcze żadnego głosowania.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="829" />
            <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start Razem in a desktop session, or use one of the commands (see --help).</source>
            <translation>Brak ekranu, na którym można otworzyć okno (nie ustawiono DISPLAY ani WAYLAND_DISPLAY); uruchom Razem w sesji graficznej albo użyj jednego z poleceń (zob. --help).</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="264" />
            <source>Could not write {file}: {reason}</source>
            <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="363" />
            <source>Exported the workshop to {file}.</source>
            <translation>Wyeksportowano warsztat do pliku {file}.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="437" />
            <source>Nothing was imported; give --allow-repeat to import it again.</source>
            <translation>Nic nie zaimportowano; podaj --allow-repeat, aby zaimportować go ponownie.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="496" />
            <source>No automatic copies of {file} yet.</source>
            <translation>Brak jeszcze automatycznych kopii pliku {file}.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="50" />
            <source>create a voting round, list the rounds, open, close or reopen one</source>
            <translation>utwórz głosowanie, wypisz głosowania, otwórz, zamknij lub ponownie otwórz jedno z nich</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="53" />
            <source>actions</source>
            <translation>czynności</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="54" />
            <source>ACTION</source>
            <translation>CZYNNOŚĆ</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="56" />
            <source>create a draft round (prints its id)</source>
            <translation>utwórz szkic głosowania (wypisuje jego identyfikator)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="58" />
            <source>list the voting rounds, oldest first</source>
            <translation>wypisz głosowania, od najstarszego</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="61" />
            <source>open a draft round for voting (its options are fixed now)</source>
            <translation>otwórz szkic do głosowania (jego opcje zostają wtedy ustalone)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="62" />
            <source>close an open round</source>
            <translation>zamknij otwarte głosowanie</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="63" />
            <source>reopen a closed round (the reopening is recorded)</source>
            <translation>ponownie otwórz zamknięte głosowanie (ponowne otwarcie jest zapisywane)</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="35" />
            <source>let phones vote in an open round over the local network (until Ctrl+C)</source>
            <translation>głosowanie z telefonów w otwartej rundzie przez sieć lokalną (do Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="39" />
            <location filename="../../cli_vote.py" line="65" />
            <location filename="../../cli_vote.py" line="73" />
            <source>ROUND_ID</source>
            <translation>ID_GŁOSOWANIA</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="40" />
            <location filename="../../cli_vote.py" line="66" />
            <source>the round's id, or its beginning</source>
            <translation>identyfikator głosowania lub jego początek</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="41" />
            <source>ADDR</source>
            <translation>ADRES</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="42" />
            <source>this computer's address on the room's network, e.g. 192.168.1.10 (default: 127.0.0.1, this computer only)</source>
            <translation>adres tego komputera w sieci sali, np. 192.168.1.10 (domyślnie: 127.0.0.1, tylko ten komputer)</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="46" />
            <source>the port (default: any free one)</source>
            <translation>port (domyślnie: dowolny wolny)</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="89" />
            <source>Voting from phones: {url}</source>
            <translation>Głosowanie z telefonów: {url}</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="90" />
            <source>Join code: {code}</source>
            <translation>Kod dołączenia: {code}</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="91" />
            <source>Stop with Ctrl+C.</source>
            <translation>Zatrzymaj klawiszami Ctrl+C.</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="99" />
            <source>Voting from phones stopped; phones with a ballot: {n}.</source>
            <translation>Głosowanie z telefonów zatrzymane; telefony z oddanym głosem: {n}.</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="105" />
            <source>{address} is not an address of this computer written in numbers (such as 192.168.1.10). Razem never listens on every network at once (0.0.0.0).</source>
            <translation>{address} nie jest adresem tego komputera zapisanym cyframi (np. 192.168.1.10). Razem nigdy nie nasłuchuje we wszystkich sieciach naraz (0.0.0.0).</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="111" />
            <source>Razem could not listen on {address}, port {port}: {detail}</source>
            <translation>Razem nie może nasłuchiwać pod adresem {address}, port {port}: {detail}</translation>
        </message>
        <message>
            <location filename="../../cli_serve.py" line="112" />
            <source>any</source>
            <translation>dowolny</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="70" />
            <source>print a round's ranked results as a table (only reads the workshop)</source>
            <translation>wypisz wyniki głosowania jako tabelę z miejscami (tylko czyta warsztat)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="74" />
            <source>the round's id, or its beginning (default: the latest round)</source>
            <translation>identyfikator głosowania lub jego początek (domyślnie: najnowsze głosowanie)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="77" />
            <source>also write the round and its results as JSON (see docs/json-export.md)</source>
            <translation>zapisz też głosowanie i jego wyniki jako JSON (zob. docs/json-export.md)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="86" />
            <source>the round's title</source>
            <translation>tytuł głosowania</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="88" />
            <source>dots (default), score (marks 1-5 on two axes) or rank (each voter's top N)</source>
            <translation>dots (kropki, domyślnie), score (oceny 1–5 na dwóch osiach) lub rank (N najlepszych opcji każdego głosującego)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="91" />
            <source>vote on every group (default) or on every idea</source>
            <translation>głosowanie nad wszystkimi grupami (domyślnie) lub nad wszystkimi pomysłami</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="92" />
            <source>dots per voter (default: a third of the options)</source>
            <translation>kropki na głosującego (domyślnie: jedna trzecia liczby opcji)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="93" />
            <source>at most this many dots on one option (default: 3, or the dots if fewer)</source>
            <translation>najwięcej tyle kropek na jedną opcję (domyślnie: 3 albo liczba kropek, jeśli mniejsza)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="95" />
            <source>how many options each voter ranks (default: 3)</source>
            <translation>ile opcji układa w kolejności każdy głosujący (domyślnie: 3)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="97" />
            <source>AXIS1</source>
            <translation>OŚ1</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="97" />
            <source>AXIS2</source>
            <translation>OŚ2</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="98" />
            <source>the names of the two axes of a score round (default: Wpływ, Wykonalność)</source>
            <translation>nazwy dwóch osi głosowania z ocenami (domyślnie: Wpływ, Wykonalność)</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="114" />
            <source>{id} is the beginning of several voting rounds' ids in {file}; give more of it.</source>
            <translation>{id} to początek identyfikatorów kilku głosowań w pliku {file}; podaj go dłuższy.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="116" />
            <source>There is no voting round {id} in {file}; 'workshop-app round {file} list' lists them.</source>
            <translation>W pliku {file} nie ma głosowania {id}; polecenie „workshop-app round {file} list” wypisze głosowania.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="135" />
            <source>Opened the voting round „{title}”.</source>
            <translation>Otwarto głosowanie „{title}”.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="136" />
            <source>Closed the voting round „{title}”.</source>
            <translation>Zamknięto głosowanie „{title}”.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="137" />
            <source>Reopened the voting round „{title}”.</source>
            <translation>Ponownie otwarto głosowanie „{title}”.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="182" />
            <source>No voting rounds yet.</source>
            <translation>Nie ma jeszcze żadnego głosowania.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="201" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="201" />
            <source>Option</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="202" />
            <source>Balanced</source>
            <translation>Wyważony</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="204" />
            <source>Quadrant</source>
            <translation>Ćwiartka</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="205" />
            <source>Agreement</source>
            <translation>Zgodność</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="224" />
            <source>{tie} exact tie (a shared place), {near} near tie. Balanced: every sector weighs the same, however many of its people voted.</source>
            <translation>{tie} dokładny remis (wspólne miejsce), {near} prawie remis. Wyważony: każdy sektor waży tyle samo, niezależnie od tego, ilu jego przedstawicieli głosowało.</translation>
        </message>
        <message>
            <location filename="../../cli_vote.py" line="228" />
            <source>Agreed: in the top third of every sector with at least 3 voters; divisive: those sectors place it far apart.</source>
            <translation>Zgoda: w górnej jednej trzeciej każdego sektora, w którym głosowały co najmniej 3 osoby; podział: te sektory stawiają opcję na odległych miejscach.</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="38" />
            <source>list last year's topics with their results, or carry chosen ones into the agenda</source>
            <translation>wypisz zeszłoroczne tematy z ich wynikami albo przenieś wybrane do programu</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="42" />
            <source>LAST_YEAR</source>
            <translation>ZESZŁOROCZNY</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="43" />
            <source>last year's workshop file (only read)</source>
            <translation>plik zeszłorocznego warsztatu (tylko odczytywany)</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="45" />
            <source>carry over this topic: its title or its number in the list (may be given several times)</source>
            <translation>przenieś ten temat: jego tytuł albo numer na liście (można podać kilka razy)</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="48" />
            <source>carry over every topic not on the agenda yet</source>
            <translation>przenieś każdy temat, którego jeszcze nie ma w programie</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="94" />
            <source>Last year's workshop has no agenda items or groups.</source>
            <translation>Zeszłoroczny warsztat nie ma punktów programu ani grup.</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="100" />
            <source>[on the agenda already]</source>
            <translation>[już w programie]</translation>
        </message>
        <message>
            <location filename="../../cli_carry_over.py" line="106" />
            <source>There is no topic „{topic}” in {file}; without --topic and --all the command lists them. Nothing was carried over.</source>
            <translation>W pliku {file} nie ma tematu „{topic}”; bez --topic i --all polecenie wypisuje tematy. Nic nie zostało przeniesione.</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="41" />
            <source>write one table's ideas (or chosen ones) with the workshop's setup to a new workshop file</source>
            <translation>zapisz pomysły jednego stołu (lub wybrane) z ustawieniami warsztatu w nowym pliku warsztatu</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="45" />
            <source>the workshop file (.razem; only read)</source>
            <translation>plik warsztatu (.razem; tylko odczytywany)</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="47" />
            <source>the new workshop file (.razem; must not exist)</source>
            <translation>nowy plik warsztatu (.razem; nie może istnieć)</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="49" />
            <source>LABEL</source>
            <translation>STÓŁ</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="50" />
            <source>the ideas of this table</source>
            <translation>pomysły tego stołu</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="51" />
            <source>ID,ID,...</source>
            <translation>NR,NR,...</translation>
        </message>
        <message>
            <location filename="../../cli_split.py" line="52" />
            <source>these ideas (numbers or ids, separated by commas) and the duplicates stacked on them</source>
            <translation>te pomysły (numery lub identyfikatory, oddzielone przecinkami) i duplikaty ułożone na nich</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="27" />
            <source>merge the workshop files of parallel tables into one workshop</source>
            <translation>połącz pliki warsztatu z równoległych stołów w jeden warsztat</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="29" />
            <source>TARGET</source>
            <translation>CEL</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="30" />
            <source>the workshop file to merge into (.razem)</source>
            <translation>plik warsztatu, do którego trafi połączenie (.razem)</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="32" />
            <source>a table's workshop file (only read)</source>
            <translation>plik warsztatu jednego stołu (tylko czytany)</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="34" />
            <source>only say what the merge would do; write nothing</source>
            <translation>tylko powiedz, co dałoby połączenie; niczego nie zapisuj</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="35" />
            <source>REPORT</source>
            <translation>RAPORT</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="36" />
            <source>also write the report as JSON to this file</source>
            <translation>zapisz też raport jako JSON do tego pliku</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="38" />
            <source>join groups of the same name from different files instead of naming them by table</source>
            <translation>połącz grupy o tej samej nazwie z różnych plików zamiast nazywać je według stołu</translation>
        </message>
        <message>
            <location filename="../../cli_merge.py" line="90" />
            <source>Nothing was merged; every file is as it was.</source>
            <translation>Nic nie zostało połączone; każdy plik jest taki, jak był.</translation>
        </message>
    </context>
</TS>
