<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/panels/agenda.py" line="18"/>
        <source>Agenda &amp; export</source>
        <translation>Program i eksport</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="19"/>
        <source>Draft agenda of next year&apos;s Economic Development Forum.</source>
        <translation>Projekt programu przyszłorocznego Forum Rozwoju Gospodarczego.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="22"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="23"/>
        <source>Track</source>
        <translation>Sala / ścieżka</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="24"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="25"/>
        <source>Format</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="26"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="27"/>
        <source>Rationale</source>
        <translation>Uzasadnienie</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="130"/>
        <source>New workshop</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <location filename="../../app.py" line="130"/>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location filename="../../app.py" line="134"/>
        <source>Save the new workshop as</source>
        <translation>Zapisz nowy warsztat jako</translation>
    </message>
    <message>
        <location filename="../../app.py" line="135"/>
        <location filename="../../app.py" line="151"/>
        <source>Razem workshops (*.razem)</source>
        <translation>Warsztaty Razem (*.razem)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="141"/>
        <source>Open a workshop</source>
        <translation>Otwórz warsztat</translation>
    </message>
    <message>
        <location filename="../../app.py" line="142"/>
        <source>Razem workshops (*.razem);;All files (*)</source>
        <translation>Warsztaty Razem (*.razem);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="150"/>
        <source>Save a copy as</source>
        <translation>Zapisz kopię jako</translation>
    </message>
    <message>
        <location filename="../../app.py" line="181"/>
        <source>The language changes when Razem is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu Razem.</translation>
    </message>
</context>
<context>
    <name>ClusterPanel</name>
    <message>
        <location filename="../../ui/panels/cluster.py" line="17"/>
        <source>Cluster</source>
        <translation>Grupowanie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cluster.py" line="18"/>
        <source>Ideas grouped into named clusters.</source>
        <translation>Pomysły zebrane w nazwane grupy.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cluster.py" line="31"/>
        <source>Not yet grouped</source>
        <translation>Jeszcze bez grupy</translation>
    </message>
</context>
<context>
    <name>GatherPanel</name>
    <message>
        <location filename="../../ui/panels/gather.py" line="20"/>
        <source>Gather</source>
        <translation>Zbieranie pomysłów</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gather.py" line="21"/>
        <source>Every idea from the sticky notes, newest first.</source>
        <translation>Wszystkie pomysły z karteczek, od najnowszego.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gather.py" line="27"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gather.py" line="28"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gather.py" line="29"/>
        <source>Table</source>
        <translation>Stół</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>no sector</source>
        <translation>bez sektora</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>local government</source>
        <translation>samorząd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>academia</source>
        <translation>nauka</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>business</source>
        <translation>biznes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>non-governmental organisation</source>
        <translation>organizacja pozarządowa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>residents</source>
        <translation>mieszkańcy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Set up</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Gather</source>
        <translation>Zbieranie pomysłów</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Cluster</source>
        <translation>Grupowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Prioritise</source>
        <translation>Priorytety</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Agenda &amp; export</source>
        <translation>Program i eksport</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>panel discussion</source>
        <translation>panel dyskusyjny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>workshop</source>
        <translation>warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>World Café table</source>
        <translation>stolik World Café</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>lecture</source>
        <translation>wykład</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>not started</source>
        <translation>nierozpoczęte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>voting open</source>
        <translation>głosowanie trwa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Workshop phases</source>
        <translation>Etapy warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Save a &amp;copy as…</source>
        <translation>Zapisz &amp;kopię jako…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Zamknij warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;About Razem</source>
        <translation>&amp;O programie Razem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&lt;h3&gt;Razem {version}&lt;/h3&gt;&lt;p&gt;Participatory planning workshops: gather, group, vote, plan.&lt;/p&gt;&lt;p&gt;Qt {qt} · SQLite {sqlite}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Razem {version}&lt;/h3&gt;&lt;p&gt;Warsztaty partycypacyjne: zbieramy, grupujemy, głosujemy, planujemy.&lt;/p&gt;&lt;p&gt;Qt {qt} · SQLite {sqlite}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>About Razem</source>
        <translation>O programie Razem</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../messages.py" line="25"/>
        <source>The workshop {file} is open in another program ({program}, process {pid} on {host}, since {since}). Close it there first.</source>
        <translation>Warsztat {file} jest otwarty w innym programie ({program}, proces {pid} na komputerze {host}, od {since}). Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="29"/>
        <source>The workshop {file} is open in another program. Close it there first.</source>
        <translation>Warsztat {file} jest otwarty w innym programie. Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="32"/>
        <source>{file} was saved by a newer version of Razem (file format {version}). Update Razem to open it; the file was not changed.</source>
        <translation>Plik {file} został zapisany przez nowszą wersję programu Razem (format pliku {version}). Zaktualizuj program, aby go otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="36"/>
        <source>{file} could not be upgraded to this version of Razem; the file was not changed. A backup copy is at {backup}.</source>
        <translation>Nie udało się dostosować pliku {file} do tej wersji programu Razem; plik nie został zmieniony. Kopia zapasowa: {backup}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="40"/>
        <source>The file {file} does not exist.</source>
        <translation>Plik {file} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="41"/>
        <source>The file {file} already exists; choose another name.</source>
        <translation>Plik {file} już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="42"/>
        <source>The file {file} is empty; it is not a Razem workshop. The file was not changed.</source>
        <translation>Plik {file} jest pusty; nie jest warsztatem Razem. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="44"/>
        <source>The file {file} is not a Razem workshop. The file was not changed.</source>
        <translation>Plik {file} nie jest warsztatem Razem. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="46"/>
        <source>The file {file} is a database of another program, not a Razem workshop. The file was not changed.</source>
        <translation>Plik {file} to baza danych innego programu, a nie warsztat Razem. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="48"/>
        <source>The file {file} is incomplete (perhaps cut off while copying). The file was not changed.</source>
        <translation>Plik {file} jest niekompletny (może został ucięty podczas kopiowania). Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="50"/>
        <source>The file {file} is damaged and cannot be opened. The file was not changed.</source>
        <translation>Plik {file} jest uszkodzony i nie da się go otworzyć. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>The computer refused to read or write {file}: {detail}. Check the disk space and the folder&apos;s permissions.</source>
        <translation>Komputer odmówił odczytu lub zapisu pliku {file}: {detail}. Sprawdź wolne miejsce na dysku i uprawnienia do folderu.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The text is empty.</source>
        <translation>Tekst jest pusty.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="64"/>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="65"/>
        <source>This item no longer exists.</source>
        <translation>Ten element już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="66"/>
        <source>This value is not allowed.</source>
        <translation>Ta wartość jest niedozwolona.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="67"/>
        <source>This voting round is not open.</source>
        <translation>To głosowanie nie jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="68"/>
        <source>This voting round is closed.</source>
        <translation>To głosowanie jest zamknięte.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="69"/>
        <source>Too many dots on this ballot.</source>
        <translation>Za dużo kropek na tej karcie.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>Too many dots on one option.</source>
        <translation>Za dużo kropek na jednej opcji.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="71"/>
        <source>This option is not part of the vote.</source>
        <translation>Tej opcji nie ma w głosowaniu.</translation>
    </message>
</context>
<context>
    <name>PrioritisePanel</name>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="20"/>
        <source>Prioritise</source>
        <translation>Priorytety</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="21"/>
        <source>Voting rounds on ideas or clusters, and their results.</source>
        <translation>Głosowania na pomysły lub grupy i ich wyniki.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="26"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="27"/>
        <source>Option</source>
        <translation>Opcja</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="28"/>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="29"/>
        <source>Dots by sector</source>
        <translation>Kropki według sektorów</translation>
    </message>
    <message>
        <location filename="../../ui/panels/prioritise.py" line="36"/>
        <source>No voting round yet.</source>
        <translation>Nie było jeszcze głosowania.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../settings.py" line="38"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="39"/>
        <source>Recent workshops</source>
        <translation>Ostatnie warsztaty</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="40"/>
        <source>Last folder used</source>
        <translation>Ostatnio używany folder</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../ui/panels/setup.py" line="18"/>
        <source>Set up</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="19"/>
        <source>Who takes part, what the workshop is about, and its plan.</source>
        <translation>Kto bierze udział, o czym jest warsztat i jaki ma plan.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="21"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="24"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="24"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="25"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="25"/>
        <source>Theme</source>
        <translation>Temat przewodni</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="26"/>
        <source>Moderators</source>
        <translation>Moderatorzy</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="27"/>
        <source>Anonymity</source>
        <translation>Anonimowość</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="33"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="33"/>
        <source>(anonymous)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="34"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="35"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="36"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="39"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="40"/>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="43"/>
        <source>Phase</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="44"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="45"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="49"/>
        <source>Plan of the workshop</source>
        <translation>Plan warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="52"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="53"/>
        <source>Strategic objectives</source>
        <translation>Cele strategiczne</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="61"/>
        <source>authors hidden on the shared screen</source>
        <translation>autorzy ukryci na wspólnym ekranie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/setup.py" line="62"/>
        <source>authors shown</source>
        <translation>autorzy widoczni</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="43"/>
        <source>Participatory planning workshops: gather ideas, group them, vote, and plan next year&apos;s forum.</source>
        <translation>Warsztaty partycypacyjne: zbierz pomysły, pogrupuj je, zagłosujcie i zaplanujcie przyszłoroczne forum.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="46"/>
        <source>New workshop…</source>
        <translation>Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="47"/>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="48"/>
        <source>Open the demo workshop</source>
        <translation>Otwórz warsztat pokazowy</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="55"/>
        <location filename="../../ui/start_screen.py" line="65"/>
        <source>Recent workshops</source>
        <translation>Ostatnie warsztaty</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="84"/>
        <source>No recent workshops yet.</source>
        <translation>Brak ostatnio otwieranych warsztatów.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="59"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n pomysł</numerusform>
            <numerusform>%n pomysły</numerusform>
            <numerusform>%n pomysłów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="62"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n kropka</numerusform>
            <numerusform>%n kropki</numerusform>
            <numerusform>%n kropek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../cli.py" line="37"/>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <location filename="../../cli.py" line="38"/>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="39"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="40"/>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="41"/>
        <location filename="../../cli.py" line="79"/>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż wersję programu i zakończ</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="42"/>
        <source>the following arguments are required: %s</source>
        <translation>brakuje wymaganych argumentów: %s</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="43"/>
        <source>unrecognized arguments: %s</source>
        <translation>nieznane argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>niedozwolona wartość: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="45"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../cli.py" line="61"/>
        <source>{prog}: error: {message}
</source>
        <translation>{prog}: błąd: {message}
</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="66"/>
        <source>interface language (default: pl)</source>
        <translation>język interfejsu (domyślnie: pl)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="73"/>
        <source>Razem: run participatory planning workshops. Without a command, opens the window: &apos;workshop-app&apos; shows the start screen, &apos;workshop-app FILE&apos; opens a workshop, &apos;workshop-app --demo&apos; opens a fresh copy of the demo workshop.</source>
        <translation>Razem: prowadzenie warsztatów partycypacyjnych. Bez polecenia otwiera okno: &apos;workshop-app&apos; pokazuje ekran startowy, &apos;workshop-app PLIK&apos; otwiera warsztat, &apos;workshop-app --demo&apos; otwiera świeżą kopię warsztatu pokazowego.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="81"/>
        <source>COMMAND</source>
        <translation>POLECENIE</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="83"/>
        <source>create a new, empty workshop file</source>
        <translation>utwórz nowy, pusty plik warsztatu</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="84"/>
        <location filename="../../cli.py" line="89"/>
        <location filename="../../cli.py" line="93"/>
        <location filename="../../cli.py" line="104"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="84"/>
        <source>the new workshop file (.razem)</source>
        <translation>nowy plik warsztatu (.razem)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="85"/>
        <source>the workshop&apos;s title</source>
        <translation>tytuł warsztatu</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="88"/>
        <source>write a copy of the demo workshop to a file</source>
        <translation>zapisz kopię warsztatu pokazowego do pliku</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="89"/>
        <source>where to write the copy (.razem)</source>
        <translation>gdzie zapisać kopię (.razem)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="92"/>
        <source>export a workshop&apos;s data</source>
        <translation>eksportuj dane warsztatu</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="93"/>
        <source>the workshop file (.razem)</source>
        <translation>plik warsztatu (.razem)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="94"/>
        <source>OUT</source>
        <translation>WYJŚCIE</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="95"/>
        <source>write all data as JSON (schema: docs/json-export.md)</source>
        <translation>zapisz wszystkie dane jako JSON (schemat: docs/json-export.md)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="104"/>
        <source>a workshop to open</source>
        <translation>warsztat do otwarcia</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="106"/>
        <source>open a fresh copy of the demo workshop</source>
        <translation>otwórz świeżą kopię warsztatu pokazowego</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="138"/>
        <source>Created the workshop „{title}” in {file}.</source>
        <translation>Utworzono warsztat „{title}” w pliku {file}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>Wrote a copy of the demo workshop to {file}.</source>
        <translation>Zapisano kopię warsztatu pokazowego w pliku {file}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="163"/>
        <source>Could not write {file}: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="168"/>
        <source>Exported the workshop to {file}.</source>
        <translation>Wyeksportowano warsztat do pliku {file}.</translation>
    </message>
</context>
</TS>
