<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/agenda.py" line="341"/>
        <source>Scheduled {placed} of %n item(s).</source>
        <translation>
            <numerusform>Scheduled {placed} of %n item.</numerusform>
            <numerusform>Scheduled {placed} of %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message numerus="yes">
        <location filename="../../ui/presenter_voting.py" line="328"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverWords</name>
    <message numerus="yes">
        <location filename="../../carry_over_words.py" line="25"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carry_over_words.py" line="27"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carry_over_words.py" line="65"/>
        <source>{workshop}: %n topic(s). Tick the ones to carry into this year&apos;s agenda.</source>
        <translation>
            <numerusform>{workshop}: %n topic. Tick the ones to carry into this year&apos;s agenda.</numerusform>
            <numerusform>{workshop}: %n topics. Tick the ones to carry into this year&apos;s agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carry_over_words.py" line="70"/>
        <source>Carried %n topic(s) over into the agenda.</source>
        <translation>
            <numerusform>Carried %n topic over into the agenda.</numerusform>
            <numerusform>Carried %n topics over into the agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carry_over_words.py" line="72"/>
        <source>Skipped %n topic(s) already on the agenda: {titles}.</source>
        <translation>
            <numerusform>Skipped %n topic already on the agenda: {titles}.</numerusform>
            <numerusform>Skipped %n topics already on the agenda: {titles}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <location filename="../../ui/presenter_voting.py" line="476"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="324"/>
        <source>%n agenda item(s) without a time were left out of the calendar: {titles}</source>
        <translation>
            <numerusform>%n agenda item without a time were left out of the calendar: {titles}</numerusform>
            <numerusform>%n agenda items without a time were left out of the calendar: {titles}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatherPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/gather.py" line="179"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>Added %n idea.</numerusform>
            <numerusform>Added %n ideas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/gather.py" line="264"/>
        <source>Imported %n idea(s).</source>
        <translation>
            <numerusform>Imported %n idea.</numerusform>
            <numerusform>Imported %n ideas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>%n idea(s) will be added as one step (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%n idea will be added as one step (Ctrl+Z undoes it).</numerusform>
            <numerusform>%n ideas will be added as one step (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="220"/>
        <source>%n row(s) without text will be skipped.</source>
        <translation>
            <numerusform>%n row without text will be skipped.</numerusform>
            <numerusform>%n rows without text will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="245"/>
        <source>Add all %n idea(s) anyway? They would appear twice.</source>
        <translation>
            <numerusform>Add all %n idea anyway? They would appear twice.</numerusform>
            <numerusform>Add all %n ideas anyway? They would appear twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../../messages.py" line="372"/>
        <source>%n row(s) had a sector that was not recognised ({values}); they were set to „other”.</source>
        <translation>
            <numerusform>%n row had a sector that was not recognised ({values}); they were set to „other”.</numerusform>
            <numerusform>%n rows had a sector that was not recognised ({values}); they were set to „other”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="377"/>
        <source>%n of the ideas in this file are already in the workshop (the file holds {total}); it looks imported before.</source>
        <translation>
            <numerusform>%n of the ideas in this file are already in the workshop (the file holds {total}); it looks imported before.</numerusform>
            <numerusform>%n of the ideas in this file are already in the workshop (the file holds {total}); it looks imported before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReportView</name>
    <message numerus="yes">
        <location filename="../../ui/merge_report_view.py" line="162"/>
        <source>None of the workshop&apos;s own %n note(s) had a place on the canvas; they were tidied first, left of the tables&apos; notes.</source>
        <translation>
            <numerusform>None of the workshop&apos;s own %n note had a place on the canvas; they were tidied first, left of the tables&apos; notes.</numerusform>
            <numerusform>None of the workshop&apos;s own %n notes had a place on the canvas; they were tidied first, left of the tables&apos; notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_report_view.py" line="164"/>
        <source>None of the workshop&apos;s own %n note(s) has a place on the canvas yet; the merge tidies them first, left of the tables&apos; notes.</source>
        <translation>
            <numerusform>None of the workshop&apos;s own %n note has a place on the canvas yet; the merge tidies them first, left of the tables&apos; notes.</numerusform>
            <numerusform>None of the workshop&apos;s own %n notes has a place on the canvas yet; the merge tidies them first, left of the tables&apos; notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="46"/>
        <source>None of the workshop&apos;s own %n note(s) had a place on the canvas yet; they were tidied first, left of the merged ones.</source>
        <translation>
            <numerusform>None of the workshop&apos;s own %n note had a place on the canvas yet; they were tidied first, left of the merged ones.</numerusform>
            <numerusform>None of the workshop&apos;s own %n notes had a place on the canvas yet; they were tidied first, left of the merged ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="57"/>
        <source>Nothing new for {target} in %n file(s); nothing was changed.</source>
        <translation>
            <numerusform>Nothing new for {target} in %n file; nothing was changed.</numerusform>
            <numerusform>Nothing new for {target} in %n files; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="60"/>
        <source>Merging %n file(s) into {target} would do this (nothing was written):</source>
        <translation>
            <numerusform>Merging %n file into {target} would do this (nothing was written):</numerusform>
            <numerusform>Merging %n files into {target} would do this (nothing was written):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="62"/>
        <source>Merged %n file(s) into {target} (one undo step):</source>
        <translation>
            <numerusform>Merged %n file into {target} (one undo step):</numerusform>
            <numerusform>Merged %n files into {target} (one undo step):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="116"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="117"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merge_words.py" line="124"/>
        <source>{name}: %n ballot(s) in {round}</source>
        <translation>
            <numerusform>{name}: %n ballot in {round}</numerusform>
            <numerusform>{name}: %n ballots in {round}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../../messages.py" line="205"/>
        <source>pasting %n idea(s)</source>
        <translation>
            <numerusform>pasting %n idea</numerusform>
            <numerusform>pasting %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="206"/>
        <source>importing %n idea(s)</source>
        <translation>
            <numerusform>importing %n idea</numerusform>
            <numerusform>importing %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="209"/>
        <source>deleting %n idea(s)</source>
        <translation>
            <numerusform>deleting %n idea</numerusform>
            <numerusform>deleting %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="210"/>
        <source>restoring %n idea(s)</source>
        <translation>
            <numerusform>restoring %n idea</numerusform>
            <numerusform>restoring %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="213"/>
        <source>importing %n participant(s)</source>
        <translation>
            <numerusform>importing %n participant</numerusform>
            <numerusform>importing %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="215"/>
        <source>removing %n participant(s)</source>
        <translation>
            <numerusform>removing %n participant</numerusform>
            <numerusform>removing %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="216"/>
        <source>restoring %n participant(s)</source>
        <translation>
            <numerusform>restoring %n participant</numerusform>
            <numerusform>restoring %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="219"/>
        <source>removing %n objective(s)</source>
        <translation>
            <numerusform>removing %n objective</numerusform>
            <numerusform>removing %n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="220"/>
        <source>restoring %n objective(s)</source>
        <translation>
            <numerusform>restoring %n objective</numerusform>
            <numerusform>restoring %n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="222"/>
        <source>grouping %n idea(s)</source>
        <translation>
            <numerusform>grouping %n idea</numerusform>
            <numerusform>grouping %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="223"/>
        <source>moving %n note(s)</source>
        <translation>
            <numerusform>moving %n note</numerusform>
            <numerusform>moving %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="224"/>
        <source>adding %n idea(s) to a group</source>
        <translation>
            <numerusform>adding %n idea to a group</numerusform>
            <numerusform>adding %n ideas to a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="225"/>
        <source>taking %n idea(s) out of a group</source>
        <translation>
            <numerusform>taking %n idea out of a group</numerusform>
            <numerusform>taking %n ideas out of a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="230"/>
        <source>accepting %n suggested group(s)</source>
        <translation>
            <numerusform>accepting %n suggested group</numerusform>
            <numerusform>accepting %n suggested groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="247"/>
        <source>scheduling %n agenda item(s)</source>
        <translation>
            <numerusform>scheduling %n agenda item</numerusform>
            <numerusform>scheduling %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="248"/>
        <source>carrying over %n topic(s) from the previous edition</source>
        <translation>
            <numerusform>carrying over %n topic from the previous edition</numerusform>
            <numerusform>carrying over %n topics from the previous edition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messages.py" line="249"/>
        <source>merging %n workshop file(s)</source>
        <translation>
            <numerusform>merging %n workshop file</numerusform>
            <numerusform>merging %n workshop files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/paste_dialog.py" line="68"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Add %n idea</numerusform>
            <numerusform>Add %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message numerus="yes">
        <location filename="../../ui/phone_dialog.py" line="149"/>
        <source>%n phone(s) have voted</source>
        <translation>
            <numerusform>%n phone have voted</numerusform>
            <numerusform>%n phones have voted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneJoinView</name>
    <message numerus="yes">
        <location filename="../../ui/phone_card.py" line="150"/>
        <source>%n phone(s) have voted</source>
        <translation>
            <numerusform>%n phone have voted</numerusform>
            <numerusform>%n phones have voted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message numerus="yes">
        <location filename="../../ui/phone_list.py" line="78"/>
        <source>%n phone(s) blocked</source>
        <translation>
            <numerusform>%n phone blocked</numerusform>
            <numerusform>%n phones blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritisePanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/prioritise.py" line="191"/>
        <source>%n ballot(s) so far</source>
        <translation>
            <numerusform>%n ballot so far</numerusform>
            <numerusform>%n ballots so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/prioritise.py" line="207"/>
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundWords</name>
    <message numerus="yes">
        <location filename="../../cli_vote.py" line="148"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/setup.py" line="185"/>
        <source>Imported %n participant(s).</source>
        <translation>
            <numerusform>Imported %n participant.</numerusform>
            <numerusform>Imported %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitWords</name>
    <message numerus="yes">
        <location filename="../../split_words.py" line="23"/>
        <source>Wrote %n idea(s) written at no table to {file}.</source>
        <translation>
            <numerusform>Wrote %n idea written at no table to {file}.</numerusform>
            <numerusform>Wrote %n ideas written at no table to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="25"/>
        <source>Wrote %n idea(s) of the table „{table}” to {file}.</source>
        <translation>
            <numerusform>Wrote %n idea of the table „{table}” to {file}.</numerusform>
            <numerusform>Wrote %n ideas of the table „{table}” to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="27"/>
        <source>Wrote %n chosen idea(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %n chosen idea to {file}.</numerusform>
            <numerusform>Wrote %n chosen ideas to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="30"/>
        <source>With them: %n group(s), and the workshop&apos;s setup with every participant ({people}); no voting rounds and no agenda.</source>
        <translation>
            <numerusform>With them: %n group, and the workshop&apos;s setup with every participant ({people}); no voting rounds and no agenda.</numerusform>
            <numerusform>With them: %n groups, and the workshop&apos;s setup with every participant ({people}); no voting rounds and no agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="37"/>
        <source>Ideas of no table (%n)</source>
        <translation>
            <numerusform>Ideas of no table (%n)</numerusform>
            <numerusform>Ideas of no table (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="38"/>
        <source>{table} (%n idea(s))</source>
        <translation>
            <numerusform>{table} (%n idea)</numerusform>
            <numerusform>{table} (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../split_words.py" line="41"/>
        <source>The selected notes (%n)</source>
        <translation>
            <numerusform>The selected notes (%n)</numerusform>
            <numerusform>The selected notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message numerus="yes">
        <location filename="../../ui/suggestion_panel.py" line="146"/>
        <location filename="../../ui/suggestion_panel.py" line="237"/>
        <source>New groups (%n)</source>
        <translation>
            <numerusform>New group (%n)</numerusform>
            <numerusform>New groups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestion_panel.py" line="164"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestion_panel.py" line="147"/>
        <location filename="../../ui/suggestion_panel.py" line="238"/>
        <source>Best group for an ungrouped note (%n)</source>
        <translation>
            <numerusform>Best group for an ungrouped note (%n)</numerusform>
            <numerusform>Best group for ungrouped notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestion_panel.py" line="148"/>
        <location filename="../../ui/suggestion_panel.py" line="239"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Likely duplicate (%n)</numerusform>
            <numerusform>Likely duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestion_panel.py" line="226"/>
        <location filename="../../ui/suggestion_panel.py" line="240"/>
        <source>Similar to the selected note (%n)</source>
        <translation>
            <numerusform>Similar to the selected note (%n)</numerusform>
            <numerusform>Similar to the selected note (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <location filename="../../exports/pdf_words.py" line="20"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exports/pdf_words.py" line="23"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exports/pdf_words.py" line="69"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message numerus="yes">
        <location filename="../../ui/tally_dialog.py" line="172"/>
        <source>The two entries differ in %n cell(s), marked ≠. Count those again.</source>
        <translation>
            <numerusform>The two entries differ in %n cell, marked ≠. Count those again.</numerusform>
            <numerusform>The two entries differ in %n cells, marked ≠. Count those again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="118"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="121"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="124"/>
        <source>{shown} of %n idea(s)</source>
        <translation>
            <numerusform>{shown} of %n idea</numerusform>
            <numerusform>{shown} of %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../cli.py" line="395"/>
        <source>Imported %n idea(s) into {file}.</source>
        <translation>
            <numerusform>Imported %n idea into {file}.</numerusform>
            <numerusform>Imported %n ideas into {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="398"/>
        <source>Skipped %n row(s) without text.</source>
        <translation>
            <numerusform>Skipped %n row without text.</numerusform>
            <numerusform>Skipped %n rows without text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="401"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="404"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="408"/>
        <source>Created %n suggested group(s).</source>
        <translation>
            <numerusform>Created %n suggested group.</numerusform>
            <numerusform>Created %n suggested groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="409"/>
        <source>%n group(s) suggested; --apply creates them.</source>
        <translation>
            <numerusform>%n group suggested; --apply creates it.</numerusform>
            <numerusform>%n groups suggested; --apply creates them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="412"/>
        <source>%n pair(s) of likely duplicates (merge them in the window):</source>
        <translation>
            <numerusform>%n pair of likely duplicates (merge them in the window):</numerusform>
            <numerusform>%n pairs of likely duplicates (merge them in the window):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli.py" line="415"/>
        <source>%n agenda item(s) without a day and time left out of the calendar: {titles}</source>
        <translation>
            <numerusform>%n agenda item without a day and time left out of the calendar: {titles}</numerusform>
            <numerusform>%n agenda items without a day and time left out of the calendar: {titles}</numerusform>
        </translation>
    </message>
</context>
</TS>
