<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>planner</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>register clerk</source>
        <translation>register clerk</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>This needs the role “%1”, which you do not have; ask the administrator.</source>
        <translation>This needs the role “%1”, which you do not have; ask the administrator.</translation>
    </message>
    <message>
        <source>You may change only the records of your own territory.</source>
        <translation>You may change only the records of your own territory.</translation>
    </message>
    <message>
        <source>You may see only the records of your own territory.</source>
        <translation>You may see only the records of your own territory.</translation>
    </message>
    <message>
        <source>Your account is disabled; ask the administrator.</source>
        <translation>Your account is disabled; ask the administrator.</translation>
    </message>
    <message>
        <source>You are not a person of this apparatus; ask the administrator.</source>
        <translation>You are not a person of this apparatus; ask the administrator.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Submission to the Presidential Administration</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Outgoing &amp;number:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the calendar</source>
        <translation>Approve the calendar</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approved &amp;by:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>kept in the record itself (%1 characters, SHA-256 %2)</source>
        <translation>kept in the record itself (%1 characters, SHA-256 %2)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Every change of every record: who made it, when, the values before and after. The trail cannot be changed by anyone.</source>
        <translation>Every change of every record: who made it, when, the values before and after. The trail cannot be changed by anyone.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Kind of record:</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
</context>
<context>
    <name>BulkBodyDialog</name>
    <message>
        <source>Change responsible body</source>
        <translation>Change responsible body</translation>
    </message>
    <message>
        <source>Route %1 chosen issue(s) to another responsible body. Each gets the note in its history.</source>
        <translation>Route %1 chosen issue(s) to another responsible body. Each gets the note in its history.</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Responsible &amp;body:</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>New status for %1 chosen issue(s). Each gets the note in its history; an outcome status closes the issue.</source>
        <translation>New status for %1 chosen issue(s). Each gets the note in its history; an outcome status closes the issue.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>N&amp;ew deadline:</translation>
    </message>
</context>
<context>
    <name>CalendarErrors</name>
    <message>
        <source>This version of the calendar is approved: open a correction to change it.</source>
        <translation>This version of the calendar is approved: open a correction to change it.</translation>
    </message>
    <message>
        <source>Calendars are kept by oblasts, Astana, Almaty and Shymkent.</source>
        <translation>Calendars are kept by oblasts, Astana, Almaty and Shymkent.</translation>
    </message>
    <message>
        <source>The calendar has no such version.</source>
        <translation>The calendar has no such version.</translation>
    </message>
    <message>
        <source>A meeting lasts from 1 to 600 minutes.</source>
        <translation>A meeting lasts from 1 to 600 minutes.</translation>
    </message>
    <message>
        <source>This meeting is already logged as held or announced: it stays in the calendar.</source>
        <translation>This meeting is already logged as held or announced: it stays in the calendar.</translation>
    </message>
    <message>
        <source>Give the number of the maslikhat&apos;s decision or notice.</source>
        <translation>Give the number of the maslikhat&apos;s decision or notice.</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s decision or notice before approving.</source>
        <translation>Record the maslikhat&apos;s decision or notice before approving.</translation>
    </message>
    <message>
        <source>Say who approved the calendar.</source>
        <translation>Say who approved the calendar.</translation>
    </message>
    <message>
        <source>A calendar agreed with the maslikhat cannot be approved before the agreement.</source>
        <translation>A calendar agreed with the maslikhat cannot be approved before the agreement.</translation>
    </message>
    <message>
        <source>Only an approved calendar can be submitted to the Government.</source>
        <translation>Only an approved calendar can be submitted to the Government.</translation>
    </message>
    <message>
        <source>Give the outgoing number of the letter to the Government.</source>
        <translation>Give the outgoing number of the letter to the Government.</translation>
    </message>
    <message>
        <source>The calendar cannot be submitted before it was approved.</source>
        <translation>The calendar cannot be submitted before it was approved.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>A correction needs its reason.</translation>
    </message>
    <message>
        <source>The calendar is still a draft: edit it directly.</source>
        <translation>The calendar is still a draft: edit it directly.</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>The date is outside the calendar&apos;s year.</translation>
    </message>
    <message>
        <source>The organizing akim of a planned meeting cannot change: delete it and add a new one.</source>
        <translation>The organizing akim of a planned meeting cannot change: delete it and add a new one.</translation>
    </message>
    <message>
        <source>There is no calendar for this year yet.</source>
        <translation>There is no calendar for this year yet.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Annual calendar of meetings</source>
        <translation>Annual calendar of meetings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Field meetings of every akim of the region for the year. Propose a calendar, correct it by hand, watch the decree check on the right, record the maslikhat&apos;s decision or notice, approve and send it to the Government. After approval, changes go into a correction.</source>
        <translation>Field meetings of every akim of the region for the year. Propose a calendar, correct it by hand, watch the decree check on the right, record the maslikhat&apos;s decision or notice, approve and send it to the Government. After approval, changes go into a correction.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ver&amp;sion:</translation>
    </message>
    <message>
        <source>Decree &amp;edition…</source>
        <translation>&amp;Decree edition…</translation>
    </message>
    <message>
        <source>&amp;Propose calendar…</source>
        <translation>&amp;Propose calendar…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;Maslikhat…</source>
        <translation>Masl&amp;ikhat…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Appro&amp;ve…</translation>
    </message>
    <message>
        <source>&amp;Sent to the Government…</source>
        <translation>Sent &amp;to the Government…</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>Correctio&amp;n…</translation>
    </message>
    <message>
        <source>Compare &amp;versions…</source>
        <translation>Co&amp;mpare versions…</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xport .ics…</translation>
    </message>
    <message>
        <source>&amp;Days off…</source>
        <translation>Days &amp;off…</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>Year overview</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>maslikhat&apos;s decision recorded</source>
        <translation>maslikhat&apos;s decision recorded</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>approved and sent to the Government</source>
        <translation>approved and sent to the Government</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>replaced by a correction</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>No calendar yet</source>
        <translation>No calendar yet</translation>
    </message>
    <message>
        <source>Decree No. 826, edition of %1</source>
        <translation>Decree No. 826, edition of %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Approve the calendar by %1: %2 day(s) left.</source>
        <translation>Approve the calendar by %1: %2 day(s) left.</translation>
    </message>
    <message>
        <source>The calendar was due for approval on %1 and is not approved.</source>
        <translation>The calendar was due for approval on %1 and is not approved.</translation>
    </message>
    <message>
        <source>Send the approved calendar to the Government by %1.</source>
        <translation>Send the approved calendar to the Government by %1.</translation>
    </message>
    <message>
        <source>The calendar was due at the Government on %1 and is not recorded as sent.</source>
        <translation>The calendar was due at the Government on %1 and is not recorded as sent.</translation>
    </message>
    <message>
        <source>Correction %1 is open: agree or notify the maslikhat, then approve it.</source>
        <translation>Correction %1 is open: agree or notify the maslikhat, then approve it.</translation>
    </message>
    <message>
        <source>Proposing the calendar…</source>
        <translation>Proposing the calendar…</translation>
    </message>
    <message>
        <source>Meetings added: %1.</source>
        <translation>Meetings added: %1.</translation>
    </message>
    <message>
        <source>Not enough working days for:</source>
        <translation>Not enough working days for:</translation>
    </message>
    <message>
        <source>Propose calendar</source>
        <translation>Propose calendar</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Add a meeting</translation>
    </message>
    <message>
        <source>Change a meeting</source>
        <translation>Change a meeting</translation>
    </message>
    <message>
        <source>Delete a meeting</source>
        <translation>Delete a meeting</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Re&amp;gions&apos; calendars (Government)…</source>
        <translation>Re&amp;gions&apos; calendars (Government)…</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Show the chart</translation>
    </message>
    <message>
        <source>Show the same numbers as a table</source>
        <translation>Show the same numbers as a table</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Added: %1, removed: %2, moved: %3</source>
        <translation>Added: %1, removed: %2, moved: %3</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>No calendar for this year yet: press Propose calendar to draft one.</source>
        <translation>No calendar for this year yet: press Propose calendar to draft one.</translation>
    </message>
    <message>
        <source>The calendar meets the decree</source>
        <translation>The calendar meets the decree</translation>
    </message>
    <message>
        <source>Problems: %1 (coverage gaps: %2)</source>
        <translation>Problems: %1 (coverage gaps: %2)</translation>
    </message>
    <message>
        <source>Every akim has the field meetings the decree requires in every unit and period. Edits to the plan are checked here at once.</source>
        <translation>Every akim has the field meetings the decree requires in every unit and period. Edits to the plan are checked here at once.</translation>
    </message>
    <message>
        <source>Correction draft, version %1:</source>
        <translation>Correction draft, version %1:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 saved this record on %2 while you were editing it. Your changes are not saved yet.</source>
        <translation>%1 saved this record on %2 while you were editing it. Your changes are not saved yet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their value (%1)</source>
        <translation>Their value (%1)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>The values are the same; only the version changed.</source>
        <translation>The values are the same; only the version changed.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>Show their version; what you typed is dropped.</source>
        <translation>Show their version; what you typed is dropped.</translation>
    </message>
    <message>
        <source>Save what you typed on top of their version.</source>
        <translation>Save what you typed on top of their version.</translation>
    </message>
    <message>
        <source>Someone changed or removed this record while you were looking at it, so your change was not saved. The window now shows the record as it is; make your change again if it is still needed.</source>
        <translation>Someone changed or removed this record while you were looking at it, so your change was not saved. The window now shows the record as it is; make your change again if it is still needed.</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were looking at it, so your change was not saved. The window now shows their version; make your change again if it is still needed.</source>
        <translation>%1 changed this record on %2 while you were looking at it, so your change was not saved. The window now shows their version; make your change again if it is still needed.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction of the calendar</source>
        <translation>Correction of the calendar</translation>
    </message>
    <message>
        <source>Why the calendar changes (this goes to the maslikhat)</source>
        <translation>Why the calendar changes (this goes to the maslikhat)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Territory directory</source>
        <translation>Territory directory</translation>
    </message>
    <message>
        <source>Administrative-territorial units of the region with their KATO codes, and meeting areas (microdistricts) without a code. Retired units stay in the history of meetings and issues.</source>
        <translation>Administrative-territorial units of the region with their KATO codes, and meeting areas (microdistricts) without a code. Retired units stay in the history of meetings and issues.</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Find a unit by name or KATO code… (Ctrl+F)</source>
        <translation>Find a unit by name or KATO code… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>KATO code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>This KATO code is already in the directory.</source>
        <translation>This KATO code is already in the directory.</translation>
    </message>
    <message>
        <source>Import territories</source>
        <translation>Import territories</translation>
    </message>
    <message>
        <source>Territory files (*.csv *.xlsx);;All files (*)</source>
        <translation>Territory files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Importing territories…</source>
        <translation>Importing territories…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, unchanged: %3.</source>
        <translation>Added: %1, updated: %2, unchanged: %3.</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>File refused</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed under Details and import the file again.</source>
        <translation>Nothing was imported: fix the rows listed under Details and import the file again.</translation>
    </message>
    <message>
        <source>&amp;Dates…</source>
        <translation>&amp;Dates…</translation>
    </message>
    <message>
        <source>Dates of %1</source>
        <translation>Dates of %1</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation>a half-year</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>a quarter</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Decree edition</translation>
    </message>
    <message>
        <source>The edition in force for the year</source>
        <translation>The edition in force for the year</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>agreed with the maslikhat</source>
        <translation>agreed with the maslikhat</translation>
    </message>
    <message>
        <source>with notice to the maslikhat</source>
        <translation>with notice to the maslikhat</translation>
    </message>
    <message>
        <source>The edition&apos;s rules. Administrators may change them; a new code adds an edition and leaves the shipped ones as they are.</source>
        <translation>The edition&apos;s rules. Administrators may change them; a new code adds an edition and leaves the shipped ones as they are.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>Title in &amp;Russian:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>Title in &amp;Kazakh:</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>In &amp;force from:</translation>
    </message>
    <message>
        <source>Calendar &amp;approved by (day and month):</source>
        <translation>Calendar &amp;approved by (day and month):</translation>
    </message>
    <message>
        <source>Calendar &amp;sent to the Government by:</source>
        <translation>Calendar &amp;sent to the Government by:</translation>
    </message>
    <message>
        <source>First &amp;version of the calendar:</source>
        <translation>First &amp;version of the calendar:</translation>
    </message>
    <message>
        <source>Co&amp;rrections:</source>
        <translation>C&amp;orrections:</translation>
    </message>
    <message>
        <source>Announce a meeting, days &amp;before:</source>
        <translation>Announce a meeting, days &amp;before:</translation>
    </message>
    <message>
        <source>&amp;Publish the results within, days:</source>
        <translation>&amp;Publish the results within, days:</translation>
    </message>
    <message>
        <source>Reports by officials, at most, of the &amp;meeting:</source>
        <translation>Reports by officials, at most, of the &amp;meeting:</translation>
    </message>
    <message>
        <source>Title in Eng&amp;lish:</source>
        <translation>Title in Eng&amp;lish:</translation>
    </message>
    <message>
        <source>The code may hold letters, digits, dots, hyphens and underscores only, up to 40 of them.</source>
        <translation>The code may hold letters, digits, dots, hyphens and underscores only, up to 40 of them.</translation>
    </message>
    <message>
        <source>Give the edition&apos;s title in Russian and in Kazakh.</source>
        <translation>Give the edition&apos;s title in Russian and in Kazakh.</translation>
    </message>
    <message>
        <source>An edition needs at least one norm: add one.</source>
        <translation>An edition needs at least one norm: add one.</translation>
    </message>
    <message>
        <source>Norm %1: choose whose akims hold the meetings.</source>
        <translation>Norm %1: choose whose akims hold the meetings.</translation>
    </message>
    <message>
        <source>Norm %1: choose the units the akims visit.</source>
        <translation>Norm %1: choose the units the akims visit.</translation>
    </message>
    <message>
        <source>Norm %1 repeats another norm: akims of «%2» visiting «%3» are already counted there.</source>
        <translation>Norm %1 repeats another norm: akims of «%2» visiting «%3» are already counted there.</translation>
    </message>
    <message>
        <source>A deadline cannot be 29 February: most years have no such day.</source>
        <translation>A deadline cannot be 29 February: most years have no such day.</translation>
    </message>
    <message>
        <source>The calendar cannot be due at the Government before its approval deadline.</source>
        <translation>The calendar cannot be due at the Government before its approval deadline.</translation>
    </message>
    <message>
        <source>The Government cannot send the calendars to the Presidential Administration before they are due at the Government.</source>
        <translation>The Government cannot send the calendars to the Presidential Administration before they are due at the Government.</translation>
    </message>
    <message>
        <source>The Government sends the calendars to the Presidential A&amp;dministration by:</source>
        <translation>The Government sends the calendars to the Presidential A&amp;dministration by:</translation>
    </message>
    <message>
        <source>Issues for central bodies, first half, b&amp;y:</source>
        <translation>Issues for central bodies, first half, b&amp;y:</translation>
    </message>
    <message>
        <source>Issues for central bodies, second half, by (ne&amp;xt year):</source>
        <translation>Issues for central bodies, second half, by (ne&amp;xt year):</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organizer (KATO or name)</source>
        <translation>Organizer (KATO or name)</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Place of the meeting</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Reason for an off-calendar meeting</source>
        <translation>Reason for an off-calendar meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>The issue</source>
        <translation>The issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ways of solution</source>
        <translation>Ways of solution</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>e-Otinish number</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>the value is missing</translation>
    </message>
    <message>
        <source>not a date (write 31.12.2026 or 2026-12-31)</source>
        <translation>not a date (write 31.12.2026 or 2026-12-31)</translation>
    </message>
    <message>
        <source>not a time (write 10:30)</source>
        <translation>not a time (write 10:30)</translation>
    </message>
    <message>
        <source>not a whole number in range</source>
        <translation>not a whole number in range</translation>
    </message>
    <message>
        <source>a formula: type the value itself</source>
        <translation>a formula: type the value itself</translation>
    </message>
    <message>
        <source>outside the calendar&apos;s year</source>
        <translation>outside the calendar&apos;s year</translation>
    </message>
    <message>
        <source>no such unit in the region</source>
        <translation>no such unit in the region</translation>
    </message>
    <message>
        <source>this unit has no akim of its own</source>
        <translation>this unit has no akim of its own</translation>
    </message>
    <message>
        <source>not within the organizer&apos;s territory</source>
        <translation>not within the organizer&apos;s territory</translation>
    </message>
    <message>
        <source>write &apos;by the population&apos;s demand&apos; or &apos;when necessary&apos;</source>
        <translation>write &apos;by the population&apos;s demand&apos; or &apos;when necessary&apos;</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>no such category</translation>
    </message>
    <message>
        <source>the deadline is before the issue was raised</source>
        <translation>the deadline is before the issue was raised</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>the text is too long</translation>
    </message>
    <message>
        <source>no such meeting in the region (copy its id from the meeting list)</source>
        <translation>no such meeting in the region (copy its id from the meeting list)</translation>
    </message>
    <message>
        <source>raised before the meeting took place</source>
        <translation>raised before the meeting took place</translation>
    </message>
    <message>
        <source>no such responsible body (write its code or name)</source>
        <translation>no such responsible body (write its code or name)</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>This is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than its size (a spreadsheet bomb?): it is refused.</source>
        <translation>The workbook unpacks to far more than its size (a spreadsheet bomb?): it is refused.</translation>
    </message>
    <message>
        <source>The workbook declares XML entities (an entity bomb?): it is refused.</source>
        <translation>The workbook declares XML entities (an entity bomb?): it is refused.</translation>
    </message>
    <message>
        <source>The workbook cannot be read.</source>
        <translation>The workbook cannot be read.</translation>
    </message>
    <message>
        <source>The sheet %1 is hidden: show or delete it, so nothing is imported unseen.</source>
        <translation>The sheet %1 is hidden: show or delete it, so nothing is imported unseen.</translation>
    </message>
    <message>
        <source>There is no such sheet.</source>
        <translation>There is no such sheet.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the sheet into parts.</source>
        <translation>More than %1 rows: split the sheet into parts.</translation>
    </message>
    <message>
        <source>The sheet has merged cells (at %1): unmerge them so each row holds its own values.</source>
        <translation>The sheet has merged cells (at %1): unmerge them so each row holds its own values.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>The first row is not a header with column names.</source>
        <translation>The first row is not a header with column names.</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choose a column for: %1</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>The sheet has a header but no rows.</translation>
    </message>
    <message>
        <source>A row was refused: %1</source>
        <translation>A row was refused: %1</translation>
    </message>
    <message>
        <source>defusedxml is not installed.</source>
        <translation>defusedxml is not installed.</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Calendar of meetings</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Problem issues</source>
        <translation>Problem issues</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Blank template (Russian)</source>
        <translation>Blank template (Russian)</translation>
    </message>
    <message>
        <source>Blank template (Kazakh)</source>
        <translation>Blank template (Kazakh)</translation>
    </message>
    <message>
        <source>What the sheet holds:</source>
        <translation>What the sheet holds:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Columns (remembered for sheets with the same header):</source>
        <translation>Columns (remembered for sheets with the same header):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 row(s) need fixing; nothing will be imported until they are:</source>
        <translation>%1 row(s) need fixing; nothing will be imported until they are:</translation>
    </message>
    <message>
        <source>All %1 row(s) are good. Press Import to add them.</source>
        <translation>All %1 row(s) are good. Press Import to add them.</translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation>Imported %1 row(s).</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeEntities</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Problem issue</translation>
    </message>
    <message>
        <source>Progress entry</source>
        <translation>Progress entry</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Planned meeting</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Territorial unit</source>
        <translation>Territorial unit</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Decree edition</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Issue category</translation>
    </message>
    <message>
        <source>Issue status</source>
        <translation>Issue status</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Akim&apos;s post</source>
        <translation>Akim&apos;s post</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Trusted sender</source>
        <translation>Trusted sender</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>Package sent or received</source>
        <translation>Package sent or received</translation>
    </message>
    <message>
        <source>Deadline change</source>
        <translation>Deadline change</translation>
    </message>
    <message>
        <source>Working day or day off</source>
        <translation>Working day or day off</translation>
    </message>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Submission to the Presidential Administration</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Saved filter</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>Exchange state of a record</source>
        <translation>Exchange state of a record</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Exchange conflict</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is not a data package: the file is not a readable zip archive (or it was cut short).</source>
        <translation>This is not a data package: the file is not a readable zip archive (or it was cut short).</translation>
    </message>
    <message>
        <source>The file is larger than a data package may be.</source>
        <translation>The file is larger than a data package may be.</translation>
    </message>
    <message>
        <source>The archive holds more files than a data package has.</source>
        <translation>The archive holds more files than a data package has.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than a data package may hold (a zip bomb?): %1</source>
        <translation>The archive unpacks to far more than a data package may hold (a zip bomb?): %1</translation>
    </message>
    <message>
        <source>A file name in the archive leads outside it: %1</source>
        <translation>A file name in the archive leads outside it: %1</translation>
    </message>
    <message>
        <source>The archive holds a file that is not part of the package: %1</source>
        <translation>The archive holds a file that is not part of the package: %1</translation>
    </message>
    <message>
        <source>A file of the package was changed after it was made (its checksum differs): %1</source>
        <translation>A file of the package was changed after it was made (its checksum differs): %1</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>The package is not signed.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is broken or does not match its contents.</source>
        <translation>The package&apos;s signature is broken or does not match its contents.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to the trusted root.</source>
        <translation>The signer&apos;s certificate does not chain to the trusted root.</translation>
    </message>
    <message>
        <source>%1 is not on the list of trusted senders for this unit.</source>
        <translation>%1 is not on the list of trusted senders for this unit.</translation>
    </message>
    <message>
        <source>The package was made by a newer AkimDesk (format version %1): install the newer version.</source>
        <translation>The package was made by a newer AkimDesk (format version %1): install the newer version.</translation>
    </message>
    <message>
        <source>This is a document package, not a data package.</source>
        <translation>This is a document package, not a data package.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is missing or unreadable.</source>
        <translation>The package&apos;s manifest is missing or unreadable.</translation>
    </message>
    <message>
        <source>A file listed in the manifest is missing: %1</source>
        <translation>A file listed in the manifest is missing: %1</translation>
    </message>
    <message>
        <source>A file inside the archive is damaged: %1</source>
        <translation>A file inside the archive is damaged: %1</translation>
    </message>
    <message>
        <source>A name appears twice in the archive: %1</source>
        <translation>A name appears twice in the archive: %1</translation>
    </message>
    <message>
        <source>The package&apos;s data is not readable.</source>
        <translation>The package&apos;s data is not readable.</translation>
    </message>
    <message>
        <source>A record of the package is not valid: %1, record %2, field %3.</source>
        <translation>A record of the package is not valid: %1, record %2, field %3.</translation>
    </message>
    <message>
        <source>A date in the package is not valid: %1, record %2, field %3.</source>
        <translation>A date in the package is not valid: %1, record %2, field %3.</translation>
    </message>
    <message>
        <source>The same record appears twice in the package: %1</source>
        <translation>The same record appears twice in the package: %1</translation>
    </message>
    <message>
        <source>A record is in a unit that is neither in the directory nor in the package: %1</source>
        <translation>A record is in a unit that is neither in the directory nor in the package: %1</translation>
    </message>
    <message>
        <source>A record refers to another that is neither here nor in the package: %1</source>
        <translation>A record refers to another that is neither here nor in the package: %1</translation>
    </message>
    <message>
        <source>This database keeps another calendar of %1 for the same region.</source>
        <translation>This database keeps another calendar of %1 for the same region.</translation>
    </message>
    <message>
        <source>The package does not fit this database; nothing was merged.</source>
        <translation>The package does not fit this database; nothing was merged.</translation>
    </message>
    <message>
        <source>This conflict is already decided.</source>
        <translation>This conflict is already decided.</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>A data package must be signed: choose a key file.</translation>
    </message>
    <message>
        <source>The folder does not exist: %1</source>
        <translation>The folder does not exist: %1</translation>
    </message>
    <message>
        <source>Not a KATO code: %1</source>
        <translation>Not a KATO code: %1</translation>
    </message>
    <message>
        <source>The unit is not in the directory: %1</source>
        <translation>The unit is not in the directory: %1</translation>
    </message>
    <message>
        <source>The package is encrypted: choose the recipient&apos;s key to open it.</source>
        <translation>The package is encrypted: choose the recipient&apos;s key to open it.</translation>
    </message>
    <message>
        <source>The key cannot be opened (a wrong password, or not a key file): %1</source>
        <translation>The key cannot be opened (a wrong password, or not a key file): %1</translation>
    </message>
    <message>
        <source>The package was not encrypted for this key (it is meant for another recipient) or it is damaged: %1</source>
        <translation>The package was not encrypted for this key (it is meant for another recipient) or it is damaged: %1</translation>
    </message>
    <message>
        <source>The package would carry citizens&apos; personal data: choose the recipient&apos;s certificate to encrypt it, or tick “Send unencrypted” to send it in clear on purpose.</source>
        <translation>The package would carry citizens&apos; personal data: choose the recipient&apos;s certificate to encrypt it, or tick “Send unencrypted” to send it in clear on purpose.</translation>
    </message>
    <message>
        <source>The recipient&apos;s certificate cannot be used: %1</source>
        <translation>The recipient&apos;s certificate cannot be used: %1</translation>
    </message>
    <message>
        <source>The package writes outside its sender&apos;s territory %1: %2 %3.</source>
        <translation>The package writes outside its sender&apos;s territory %1: %2 %3.</translation>
    </message>
    <message>
        <source>The database is busy: another AkimDesk window or command is writing. Try again when it has finished.</source>
        <translation>The database is busy: another AkimDesk window or command is writing. Try again when it has finished.</translation>
    </message>
    <message>
        <source>The database is busy: %1 on %2 has been running “%3” since %4. Try again when it has finished.</source>
        <translation>The database is busy: %1 on %2 has been running “%3” since %4. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Database busy</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Send this unit&apos;s data to the level above as a signed package (on a USB stick or by e-mail), and merge the packages units below send. A record changed on both sides waits here for your decision.</source>
        <translation>Send this unit&apos;s data to the level above as a signed package (on a USB stick or by e-mail), and merge the packages units below send. A record changed on both sides waits here for your decision.</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Receive data</source>
        <translation>Receive data</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>For the &amp;period:</source>
        <translation>For the &amp;period:</translation>
    </message>
    <message>
        <source>Changes since the last package &amp;to:</source>
        <translation>Changes since the last package &amp;to:</translation>
    </message>
    <message>
        <source>recipient, e.g. the oblast akimat</source>
        <translation>recipient, e.g. the oblast akimat</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signing &amp;key:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Key p&amp;assword:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Encr&amp;ypt for:</source>
        <translation>En&amp;crypt for:</translation>
    </message>
    <message>
        <source>Send u&amp;nencrypted</source>
        <translation>Send u&amp;nencrypted</translation>
    </message>
    <message>
        <source>Citizens&apos; names and phones will travel in clear: anyone who finds the USB stick or the e-mail can read them. Send unencrypted only when the recipient cannot receive an encrypted package.</source>
        <translation>Citizens&apos; names and phones will travel in clear: anyone who finds the USB stick or the e-mail can read them. Send unencrypted only when the recipient cannot receive an encrypted package.</translation>
    </message>
    <message>
        <source>&amp;Export data package</source>
        <translation>Export &amp;data package</translation>
    </message>
    <message>
        <source>&amp;Import a data package…</source>
        <translation>&amp;Import a data package…</translation>
    </message>
    <message>
        <source>Save &amp;receipt…</source>
        <translation>&amp;Save receipt…</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>Import from E&amp;xcel…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Keep ours</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Sender&apos;s</source>
        <translation>Sender&apos;s</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nothing received</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: %2 records</translation>
    </message>
    <message>
        <source>sent nothing</source>
        <translation>sent nothing</translation>
    </message>
    <message>
        <source>(deleted by the sender)</source>
        <translation>(deleted by the sender)</translation>
    </message>
    <message>
        <source>Decided: the sender&apos;s version was taken.</source>
        <translation>Decided: the sender&apos;s version was taken.</translation>
    </message>
    <message>
        <source>Decided: our version stays.</source>
        <translation>Decided: our version stays.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 key (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Recipient&apos;s certificate</source>
        <translation>Recipient&apos;s certificate</translation>
    </message>
    <message>
        <source>Certificate (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Certificate (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Folder for the package</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>A data package must be signed: choose a key file.</translation>
    </message>
    <message>
        <source>The key cannot sign: %1</source>
        <translation>The key cannot sign: %1</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Name the recipient of the package.</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 deletions)</source>
        <translation>Package written: %1 (%2 records, %3 deletions)</translation>
    </message>
    <message>
        <source>Exporting the data package…</source>
        <translation>Exporting the data package…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Import a data package</translation>
    </message>
    <message>
        <source>Data package (*.zip *.p7m);;All files (*)</source>
        <translation>Data package (*.zip *.p7m);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the data package…</source>
        <translation>Checking the data package…</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>Refused, nothing was written: %1</translation>
    </message>
    <message>
        <source>Importing the data package…</source>
        <translation>Importing the data package…</translation>
    </message>
    <message>
        <source>This package was already imported; nothing changed.</source>
        <translation>This package was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Merged %1 from %2: %3 new, %4 updated, %5 deleted, %6 unchanged; %7 conflict(s) wait for your decision.</source>
        <translation>Merged %1 from %2: %3 new, %4 updated, %5 deleted, %6 unchanged; %7 conflict(s) wait for your decision.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Receipt (*.json)</source>
        <translation>Receipt (*.json)</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <source>the recipient&apos;s certificate file</source>
        <translation>the recipient&apos;s certificate file</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a document</source>
        <translation>Export a document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Responsible &amp;body:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>First half-year</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Second half-year</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <source>Whole country (all regions)</source>
        <translation>Whole country (all regions)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>Include applicants&apos; names and contacts (masked unless ticked)</source>
        <translation>Include applicants&apos; names and contacts (masked unless ticked)</translation>
    </message>
    <message>
        <source>PKCS#12 key file (.p12, .pfx)</source>
        <translation>PKCS#12 key file (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Sign with</translation>
    </message>
    <message>
        <source>Every region in one document, the region as a column; signed on behalf of the Government&apos;s office.</source>
        <translation>Every region in one document, the region as a column; signed on behalf of the Government&apos;s office.</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Key files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Folder for packages</source>
        <translation>Folder for packages</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Key password</translation>
    </message>
    <message>
        <source>Password of %1 (it is not saved):</source>
        <translation>Password of %1 (it is not saved):</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>There is no held meeting in this region and period to report on.</source>
        <translation>There is no held meeting in this region and period to report on.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose your key file (.p12) or untick the signature.</source>
        <translation>Choose your key file (.p12) or untick the signature.</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Signing as %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>There is nothing for this document in %1 for %2.</source>
        <translation>There is nothing for this document in %1 for %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Approved annual calendar</source>
        <translation>Approved annual calendar</translation>
    </message>
    <message>
        <source>Issues for central bodies, holdings and companies</source>
        <translation>Issues for central bodies, holdings and companies</translation>
    </message>
    <message>
        <source>Quarterly update of problem issues</source>
        <translation>Quarterly update of problem issues</translation>
    </message>
    <message>
        <source>Execution summary</source>
        <translation>Execution summary</translation>
    </message>
    <message>
        <source>Report of one meeting</source>
        <translation>Report of one meeting</translation>
    </message>
    <message>
        <source>The flexible annual calendar of field meetings as approved: for the maslikhat, and for the Government by 20 January.</source>
        <translation>The flexible annual calendar of field meetings as approved: for the maslikhat, and for the Government by 20 January.</translation>
    </message>
    <message>
        <source>Problem issues that need a decision of central executive bodies, national holdings and companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August.</source>
        <translation>Problem issues that need a decision of central executive bodies, national holdings and companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August.</translation>
    </message>
    <message>
        <source>Status, way of solution and progress of every issue open during a quarter. The figures are kept as reported, and the next quarter&apos;s update shows what changed since.</source>
        <translation>Status, way of solution and progress of every issue open during a quarter. The figures are kept as reported, and the next quarter&apos;s update shows what changed since.</translation>
    </message>
    <message>
        <source>Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by category, status and level, with charts.</source>
        <translation>Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by category, status and level, with charts.</translation>
    </message>
    <message>
        <source>One meeting: how it was held, the decree checks, the issues raised and the instructions given.</source>
        <translation>One meeting: how it was held, the decree checks, the issues raised and the instructions given.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256 against the manifest</source>
        <translation>SHA-256 against the manifest</translation>
    </message>
    <message>
        <source>File not in the manifest</source>
        <translation>File not in the manifest</translation>
    </message>
    <message>
        <source>Duplicate file</source>
        <translation>Duplicate file</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Readable</translation>
    </message>
    <message>
        <source>Signature of the manifest</source>
        <translation>Signature of the manifest</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>PDF signature</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Chain of trust</translation>
    </message>
    <message>
        <source>Same signer</source>
        <translation>Same signer</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Package name</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Time-stamp</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Signer&apos;s certificate</translation>
    </message>
    <message>
        <source>the file differs from the one signed</source>
        <translation>the file differs from the one signed</translation>
    </message>
    <message>
        <source>a signed file is missing</source>
        <translation>a signed file is missing</translation>
    </message>
    <message>
        <source>a file was added that was not signed</source>
        <translation>a file was added that was not signed</translation>
    </message>
    <message>
        <source>changed after signing</source>
        <translation>changed after signing</translation>
    </message>
    <message>
        <source>does not chain to a trusted root certificate</source>
        <translation>does not chain to a trusted root certificate</translation>
    </message>
    <message>
        <source>the certificate had expired when it signed</source>
        <translation>the certificate had expired when it signed</translation>
    </message>
    <message>
        <source>the certificate was not yet valid when it signed</source>
        <translation>the certificate was not yet valid when it signed</translation>
    </message>
    <message>
        <source>signed with a key that is not for signing (an authentication key)</source>
        <translation>signed with a key that is not for signing (an authentication key)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>the certificate was revoked</translation>
    </message>
    <message>
        <source>the package was renamed or swapped for another</source>
        <translation>the package was renamed or swapped for another</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>the signature is broken</translation>
    </message>
    <message>
        <source>the time-stamp is broken</source>
        <translation>the time-stamp is broken</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>the manifest cannot be read</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>signed by someone else than the manifest</source>
        <translation>signed by someone else than the manifest</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 matches the manifest</translation>
    </message>
    <message>
        <source>listed in the manifest but not in the package</source>
        <translation>listed in the manifest but not in the package</translation>
    </message>
    <message>
        <source>present in the package but not listed in the manifest</source>
        <translation>present in the package but not listed in the manifest</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>the package has no manifest</translation>
    </message>
    <message>
        <source>the package is not signed (no manifest.json.p7s)</source>
        <translation>the package is not signed (no manifest.json.p7s)</translation>
    </message>
    <message>
        <source>signature of manifest.json is intact and valid</source>
        <translation>signature of manifest.json is intact and valid</translation>
    </message>
    <message>
        <source>manifest.json was changed after signing (digest mismatch)</source>
        <translation>manifest.json was changed after signing (digest mismatch)</translation>
    </message>
    <message>
        <source>the signature value does not verify</source>
        <translation>the signature value does not verify</translation>
    </message>
    <message>
        <source>PDF signature is intact and valid and covers the whole file</source>
        <translation>PDF signature is intact and valid and covers the whole file</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (digest mismatch)</source>
        <translation>the PDF was changed after signing (digest mismatch)</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>the PDF carries no signature</translation>
    </message>
    <message>
        <source>content was added to the PDF after signing</source>
        <translation>content was added to the PDF after signing</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chains to a trusted root</source>
        <translation>the signer&apos;s certificate chains to a trusted root</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not chain to a trusted root</source>
        <translation>the signer&apos;s certificate does not chain to a trusted root</translation>
    </message>
    <message>
        <source>the package carries the name it was signed as</source>
        <translation>the package carries the name it was signed as</translation>
    </message>
    <message>
        <source>signed by the same certificate as the manifest</source>
        <translation>signed by the same certificate as the manifest</translation>
    </message>
    <message>
        <source>signed by a different certificate than the manifest</source>
        <translation>signed by a different certificate than the manifest</translation>
    </message>
    <message>
        <source>files listed: %1</source>
        <translation>files listed: %1</translation>
    </message>
    <message>
        <source>%1 bytes, the manifest says %2</source>
        <translation>%1 bytes, the manifest says %2</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 differs from the manifest</translation>
    </message>
    <message>
        <source>the archive holds this name more than once</source>
        <translation>the archive holds this name more than once</translation>
    </message>
    <message>
        <source>too large for a document package</source>
        <translation>too large for a document package</translation>
    </message>
    <message>
        <source>damaged inside the archive</source>
        <translation>damaged inside the archive</translation>
    </message>
    <message>
        <source>the signature cannot be read</source>
        <translation>the signature cannot be read</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is damaged</source>
        <translation>the signer&apos;s certificate is damaged</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>the PDF cannot be read</translation>
    </message>
    <message>
        <source>Data package</source>
        <translation>Data package</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Planned length, min</source>
        <translation>Planned length, min</translation>
    </message>
    <message>
        <source>Report, min</source>
        <translation>Report, min</translation>
    </message>
    <message>
        <source>Questions and answers, min</source>
        <translation>Questions and answers, min</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Questions collected</source>
        <translation>Questions collected</translation>
    </message>
    <message>
        <source>Channel for questions</source>
        <translation>Channel for questions</translation>
    </message>
    <message>
        <source>Video conference</source>
        <translation>Video conference</translation>
    </message>
    <message>
        <source>Results published on</source>
        <translation>Results published on</translation>
    </message>
    <message>
        <source>Link to the results</source>
        <translation>Link to the results</translation>
    </message>
    <message>
        <source>Personal reception</source>
        <translation>Personal reception</translation>
    </message>
    <message>
        <source>Note on the personal reception</source>
        <translation>Note on the personal reception</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Broadcasts</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact</source>
        <translation>Citizen&apos;s contact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Competence level</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Way to solve</source>
        <translation>Way to solve</translation>
    </message>
    <message>
        <source>Proposal to the centre</source>
        <translation>Proposal to the centre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Original deadline</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>e-Otinish number</translation>
    </message>
    <message>
        <source>Organizing akim</source>
        <translation>Organizing akim</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length, min</source>
        <translation>Length, min</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Away meeting</source>
        <translation>Away meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>KATO code</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Name (Kazakh)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Done, %</source>
        <translation>Done, %</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Sent or received</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sender&apos;s KATO code</source>
        <translation>Sender&apos;s KATO code</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>FilteredTable</name>
    <message>
        <source>Rows: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Rows: %1 of %2</translation>
    </message>
    <message>
        <source>Filter the list… (Ctrl+F)</source>
        <translation>Filter the list… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to AkimDesk</source>
        <translation>Welcome to AkimDesk</translation>
    </message>
    <message>
        <source>A few answers set the program up for your akimat; everything can be changed later on the Settings page.</source>
        <translation>A few answers set the program up for your akimat; everything can be changed later on the Settings page.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;District (for a district akimat):</source>
        <translation>&amp;District (for a district akimat):</translation>
    </message>
    <message>
        <source>Akimat&apos;s &amp;name:</source>
        <translation>Akimat&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signing:</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>A &amp;file on this computer</translation>
    </message>
    <message>
        <source>The apparatus&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>The apparatus&apos;s &amp;shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Key &amp;file (PKCS#12)</source>
        <translation>&amp;Key file (PKCS#12)</translation>
    </message>
    <message>
        <source>NCA&amp;Layer (keys on a token or ID card)</source>
        <translation>NCA&amp;Layer (keys on a token or ID card)</translation>
    </message>
    <message>
        <source>— the whole region (oblast akimat) —</source>
        <translation>— the whole region (oblast akimat) —</translation>
    </message>
</context>
<context>
    <name>GovernmentDialog</name>
    <message>
        <source>Regions&apos; calendars for %1</source>
        <translation>Regions&apos; calendars for %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>&amp;Submitted to the Presidential Administration…</source>
        <translation>&amp;Submitted to the Presidential Administration…</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 regions.</source>
        <translation>Arrived: %1 of %2 regions.</translation>
    </message>
    <message>
        <source>Sent to the Presidential Administration on %1, No. %2.</source>
        <translation>Sent to the Presidential Administration on %1, No. %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>not arrived</translation>
    </message>
    <message>
        <source>The Government&apos;s step is complete.</source>
        <translation>The Government&apos;s step is complete.</translation>
    </message>
</context>
<context>
    <name>GovernmentStep</name>
    <message>
        <source>Give the outgoing number of the letter to the Presidential Administration.</source>
        <translation>Give the outgoing number of the letter to the Presidential Administration.</translation>
    </message>
    <message>
        <source>The submission of this year&apos;s calendars is already recorded.</source>
        <translation>The submission of this year&apos;s calendars is already recorded.</translation>
    </message>
    <message>
        <source>No region&apos;s approved calendar for this year has arrived: nothing to submit.</source>
        <translation>No region&apos;s approved calendar for this year has arrived: nothing to submit.</translation>
    </message>
    <message>
        <source>The calendars cannot be submitted before they arrived.</source>
        <translation>The calendars cannot be submitted before they arrived.</translation>
    </message>
    <message>
        <source>Send the regions&apos; approved calendars to the Presidential Administration by %1: %2 day(s) left.</source>
        <translation>Send the regions&apos; approved calendars to the Presidential Administration by %1: %2 day(s) left.</translation>
    </message>
    <message>
        <source>The regions&apos; calendars were due at the Presidential Administration on %1 and are not recorded as sent.</source>
        <translation>The regions&apos; calendars were due at the Presidential Administration on %1 and are not recorded as sent.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>The region and year at a glance: are the decree&apos;s meetings on track, which issues are late, what comes next. Click a chart&apos;s Table button to read its numbers.</source>
        <translation>The region and year at a glance: are the decree&apos;s meetings on track, which issues are late, what comes next. Click a chart&apos;s Table button to read its numbers.</translation>
    </message>
    <message>
        <source>Meetings by the decree&apos;s norms (akim × quarter)</source>
        <translation>Meetings by the decree&apos;s norms (akim × quarter)</translation>
    </message>
    <message>
        <source>Issues by status</source>
        <translation>Issues by status</translation>
    </message>
    <message>
        <source>Open issues by responsible body</source>
        <translation>Open issues by responsible body</translation>
    </message>
    <message>
        <source>Red: overdue; blue: within the deadline</source>
        <translation>Red: overdue; blue: within the deadline</translation>
    </message>
    <message>
        <source>Overdue issues at each month&apos;s end</source>
        <translation>Overdue issues at each month&apos;s end</translation>
    </message>
    <message>
        <source>What is next</source>
        <translation>What is next</translation>
    </message>
    <message>
        <source>Choose a region in the bar above, or create the directory on the Directory page.</source>
        <translation>Choose a region in the bar above, or create the directory on the Directory page.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No calendar for %1 yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No calendar for %1 yet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Behind the norms:&lt;/b&gt; %1 of %2 akim–unit pairs lack a meeting.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Behind the norms:&lt;/b&gt; %1 of %2 akim–unit pairs lack a meeting.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;On track:&lt;/b&gt; all %1 akim–unit pairs have their meetings.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;On track:&lt;/b&gt; all %1 akim–unit pairs have their meetings.</translation>
    </message>
    <message>
        <source>Open issues: &lt;b&gt;%1&lt;/b&gt;, of them overdue: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</source>
        <translation>Open issues: &lt;b&gt;%1&lt;/b&gt;, of them overdue: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Meetings planned: &lt;b&gt;%1&lt;/b&gt;, held: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Meetings planned: &lt;b&gt;%1&lt;/b&gt;, held: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>No meetings are planned for this year. Open the Calendar page and press Propose a calendar.</source>
        <translation>No meetings are planned for this year. Open the Calendar page and press Propose a calendar.</translation>
    </message>
    <message>
        <source>The decree sets no meeting in this quarter</source>
        <translation>The decree sets no meeting in this quarter</translation>
    </message>
    <message>
        <source>%1 of %2 units have their meetings; double-click to open the calendar</source>
        <translation>%1 of %2 units have their meetings; double-click to open the calendar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>No issues in the register yet. They are added from a meeting&apos;s record or on the Register page.</source>
        <translation>No issues in the register yet. They are added from a meeting&apos;s record or on the Register page.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No open issues: nothing waits for a body.</source>
        <translation>No open issues: nothing waits for a body.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>No issue was overdue this year.</source>
        <translation>No issue was overdue this year.</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Next deadlines</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>days left: %1</translation>
    </message>
    <message>
        <source>No decree deadline ahead.</source>
        <translation>No decree deadline ahead.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Prepare the calendar for %1</source>
        <translation>Prepare the calendar for %1</translation>
    </message>
    <message>
        <source>Plan meetings where the norms are not met</source>
        <translation>Plan meetings where the norms are not met</translation>
    </message>
    <message>
        <source>Review %1 overdue issues</source>
        <translation>Review %1 overdue issues</translation>
    </message>
    <message>
        <source>Publish the results of %1 held meetings</source>
        <translation>Publish the results of %1 held meetings</translation>
    </message>
    <message>
        <source>Prepare a report for the maslikhat</source>
        <translation>Prepare a report for the maslikhat</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Source (if not at a meeting):</source>
        <translation>Source (if not at a meeting):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Wher&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Raised on:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Issue:</translation>
    </message>
    <message>
        <source>Citizen (personal data):</source>
        <translation>Citizen (personal data):</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact:</source>
        <translation>Citizen&apos;s contact:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Competence &amp;level:</source>
        <translation>Competence &amp;level:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Responsible &amp;body:</translation>
    </message>
    <message>
        <source>Ways of &amp;solution:</source>
        <translation>Ways of &amp;solution:</translation>
    </message>
    <message>
        <source>Proposal for a central-level decision:</source>
        <translation>Proposal for a central-level decision:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>e-Otinish number:</source>
        <translation>e-Otinish number:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Problem issue</translation>
    </message>
    <message>
        <source>New problem issue</source>
        <translation>New problem issue</translation>
    </message>
    <message>
        <source>given when the issue is saved</source>
        <translation>given when the issue is saved</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <source>Deadline extensions:</source>
        <translation>Deadline extensions:</translation>
    </message>
    <message>
        <source>History of progress</source>
        <translation>History of progress</translation>
    </message>
    <message>
        <source>— status unchanged —</source>
        <translation>— status unchanged —</translation>
    </message>
    <message>
        <source>&amp;Add to history</source>
        <translation>&amp;Add to history</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Extended deadline:</source>
        <translation>Extended deadline:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>No entries yet: the issue is new.</source>
        <translation>No entries yet: the issue is new.</translation>
    </message>
    <message>
        <source>not raised at a meeting</source>
        <translation>not raised at a meeting</translation>
    </message>
    <message>
        <source>extended; originally %1</source>
        <translation>extended; originally %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>closed on %1</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4): %5</source>
        <translation>%1: from %2 to %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>IssueRegisterModel</name>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <source>Extended; the original deadline was %1</source>
        <translation>Extended; the original deadline was %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>City of republican significance</source>
        <translation>City of republican significance</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>City of oblast significance</source>
        <translation>City of oblast significance</translation>
    </message>
    <message>
        <source>District of a city</source>
        <translation>District of a city</translation>
    </message>
    <message>
        <source>City of district significance</source>
        <translation>City of district significance</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Meeting area (microdistrict)</source>
        <translation>Meeting area (microdistrict)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Results published</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>By the calendar</source>
        <translation>By the calendar</translation>
    </message>
    <message>
        <source>Off-calendar: at the population&apos;s demand</source>
        <translation>Off-calendar: at the population&apos;s demand</translation>
    </message>
    <message>
        <source>Off-calendar: when necessary</source>
        <translation>Off-calendar: when necessary</translation>
    </message>
    <message>
        <source>Approval of the calendar</source>
        <translation>Approval of the calendar</translation>
    </message>
    <message>
        <source>Calendar sent to the Government</source>
        <translation>Calendar sent to the Government</translation>
    </message>
    <message>
        <source>Announcement of the meeting</source>
        <translation>Announcement of the meeting</translation>
    </message>
    <message>
        <source>Publication of the meeting&apos;s results</source>
        <translation>Publication of the meeting&apos;s results</translation>
    </message>
    <message>
        <source>half-year %2 of %1</source>
        <translation>half-year %2 of %1</translation>
    </message>
    <message>
        <source>quarter %2 of %1</source>
        <translation>quarter %2 of %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>The database on %1 needs your login and password. The password is not saved.</source>
        <translation>The database on %1 needs your login and password. The password is not saved.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>The server did not accept this login and password. Check them and try again.</source>
        <translation>The server did not accept this login and password. Check them and try again.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>E-mail settings</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;From address:</translation>
    </message>
    <message>
        <source>&amp;Recipients (comma-separated):</source>
        <translation>&amp;Recipients (comma-separated):</translation>
    </message>
    <message>
        <source>The password is not saved: AkimDesk asks for it each time it sends a package.</source>
        <translation>The password is not saved: AkimDesk asks for it each time it sends a package.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AkimDesk — meetings of akims with the population</source>
        <translation>AkimDesk — meetings of akims with the population</translation>
    </message>
    <message>
        <source>[demo data]</source>
        <translation>[demo data]</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>Import from E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>&amp;Find in the list</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About AkimDesk</source>
        <translation>&amp;About AkimDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Planned: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Held: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Held: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open issues: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Open issues: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overdue: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</source>
        <translation>Overdue: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due within 7 days: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Due within 7 days: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>AkimDesk database (*.sqlite);;All files (*)</source>
        <translation>AkimDesk database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Preparing demo data…</translation>
    </message>
    <message>
        <source>Demo data ready: %1 meetings, %2 issues</source>
        <translation>Demo data ready: %1 meetings, %2 issues</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>About AkimDesk</source>
        <translation>About AkimDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims&apos; meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims&apos; meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Home page</source>
        <translation>&amp;Home page</translation>
    </message>
    <message>
        <source>&amp;New item on this page</source>
        <translation>&amp;New item on this page</translation>
    </message>
    <message>
        <source>&amp;Delete the chosen item</source>
        <translation>&amp;Delete the chosen item</translation>
    </message>
    <message>
        <source>&amp;Export a document…</source>
        <translation>&amp;Export a document…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>No databases opened yet</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>AkimDesk database (*.sqlite)</source>
        <translation>AkimDesk database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>MaslikhatDialog</name>
    <message>
        <source>Maslikhat&apos;s agreement</source>
        <translation>Maslikhat&apos;s agreement</translation>
    </message>
    <message>
        <source>Notice to the maslikhat</source>
        <translation>Notice to the maslikhat</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>Notice &amp;number:</source>
        <translation>Notice &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>Video conference held</source>
        <translation>Video conference held</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Planned, min:</source>
        <translation>Planned, &amp;min:</translation>
    </message>
    <message>
        <source>&amp;Report, min:</source>
        <translation>R&amp;eport, min:</translation>
    </message>
    <message>
        <source>&amp;Questions and answers, min:</source>
        <translation>&amp;Questions and answers, min:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>Questions collected &amp;beforehand:</source>
        <translation>Questions collected &amp;beforehand:</translation>
    </message>
    <message>
        <source>Collected &amp;through:</source>
        <translation>&amp;Collected through:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Fill from the template</source>
        <translation>Fill from the template</translation>
    </message>
    <message>
        <source>names (optional)</source>
        <translation>names (optional)</translation>
    </message>
    <message>
        <source>Announcements before the meeting:</source>
        <translation>Announcements before the meeting:</translation>
    </message>
    <message>
        <source>Add announcement</source>
        <translation>Add announcement</translation>
    </message>
    <message>
        <source>Online broadcasts:</source>
        <translation>Online broadcasts:</translation>
    </message>
    <message>
        <source>Add broadcast</source>
        <translation>Add broadcast</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Results published</translation>
    </message>
    <message>
        <source>Personal reception of citizens held with the meeting</source>
        <translation>Personal reception of citizens held with the meeting</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>Published &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Reception &amp;note:</source>
        <translation>Reception &amp;note:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Announcements and broadcast</source>
        <translation>Announcements and broadcast</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>Cancel the meeting…</translation>
    </message>
    <message>
        <source>Issues &amp;raised…</source>
        <translation>Issues &amp;raised…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>Decree checks:</source>
        <translation>Decree checks:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Correction of the calendar</source>
        <translation>Correction of the calendar</translation>
    </message>
    <message>
        <source>Open a correction of the %1 calendar now, with this reason?
%2</source>
        <translation>Open a correction of the %1 calendar now, with this reason?
%2</translation>
    </message>
    <message>
        <source>Correction %1 of the calendar is open: move the meeting there and have it agreed or notified.</source>
        <translation>Correction %1 of the calendar is open: move the meeting there and have it agreed or notified.</translation>
    </message>
    <message>
        <source>The minutes are printed once the meeting is marked held.</source>
        <translation>The minutes are printed once the meeting is marked held.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>comments open</source>
        <translation>comments open</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>the stored copy is missing or changed</source>
        <translation>the stored copy is missing or changed</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>This meeting is in the approved calendar: open a correction of the calendar on the Calendar page to move it.</source>
        <translation>This meeting is in the approved calendar: open a correction of the calendar on the Calendar page to move it.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>Maslikhat deputies</source>
        <translation>Maslikhat deputies</translation>
    </message>
    <message>
        <source>Party representatives</source>
        <translation>Party representatives</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Non-governmental organisations</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Central bodies</source>
        <translation>Central bodies</translation>
    </message>
    <message>
        <source>Other residents</source>
        <translation>Other residents</translation>
    </message>
    <message>
        <source>Mass media (press)</source>
        <translation>Mass media (press)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Official website</source>
        <translation>Official website</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>E-government portal</translation>
    </message>
    <message>
        <source>Open data portal</source>
        <translation>Open data portal</translation>
    </message>
    <message>
        <source>Official social media accounts</source>
        <translation>Official social media accounts</translation>
    </message>
    <message>
        <source>Public places</source>
        <translation>Public places</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Scanned document</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>The date is outside the calendar&apos;s year.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>The meeting ends before it starts.</translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation>A number cannot be negative.</translation>
    </message>
    <message>
        <source>The report cannot be longer than the whole meeting.</source>
        <translation>The report cannot be longer than the whole meeting.</translation>
    </message>
    <message>
        <source>Results cannot be published before the meeting.</source>
        <translation>Results cannot be published before the meeting.</translation>
    </message>
    <message>
        <source>An announcement cannot come after the meeting.</source>
        <translation>An announcement cannot come after the meeting.</translation>
    </message>
    <message>
        <source>A meeting in the future cannot be held yet.</source>
        <translation>A meeting in the future cannot be held yet.</translation>
    </message>
    <message>
        <source>The meeting cannot move to this status now.</source>
        <translation>The meeting cannot move to this status now.</translation>
    </message>
    <message>
        <source>Say why the meeting is postponed or cancelled.</source>
        <translation>Say why the meeting is postponed or cancelled.</translation>
    </message>
    <message>
        <source>Give the date the results were published (Results tab).</source>
        <translation>Give the date the results were published (Results tab).</translation>
    </message>
    <message>
        <source>Say why the meeting is held outside the calendar.</source>
        <translation>Say why the meeting is held outside the calendar.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing or damaged.</source>
        <translation>The stored copy of this attachment is missing or damaged.</translation>
    </message>
    <message>
        <source>Attachments are kept beside an SQLite database file.</source>
        <translation>Attachments are kept beside an SQLite database file.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings with the population</source>
        <translation>Meetings with the population</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Checks failed</source>
        <translation>Checks failed</translation>
    </message>
    <message>
        <source>Meetings of the chosen year: from the calendar (also those not logged yet) and off-calendar. Open one to record what happened; the decree checks are shown beside the form.</source>
        <translation>Meetings of the chosen year: from the calendar (also those not logged yet) and off-calendar. Open one to record what happened; the decree checks are shown beside the form.</translation>
    </message>
    <message>
        <source>&amp;Open / record…</source>
        <translation>&amp;Open / record…</translation>
    </message>
    <message>
        <source>O&amp;ff-calendar meeting…</source>
        <translation>Off-&amp;calendar meeting…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Only with failed checks</source>
        <translation>Only with failed checks</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Off-calendar</source>
        <translation>Off-calendar</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Edit a meeting</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge the data package?</source>
        <translation>Merge the data package?</translation>
    </message>
    <message>
        <source>%1 from %2 (signed by %3). Merging it will:</source>
        <translation>%1 from %2 (signed by %3). Merging it will:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>%1 record(s) unchanged, %2 kept because ours are newer. Conflicts wait for your decision on the Conflicts tab.</source>
        <translation>%1 record(s) unchanged, %2 kept because ours are newer. Conflicts wait for your decision on the Conflicts tab.</translation>
    </message>
    <message>
        <source>The package changes nothing here.</source>
        <translation>The package changes nothing here.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Meetings on %1:</source>
        <translation>Meetings on %1:</translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <source>Norms: field meetings each akim holds</source>
        <translation>Norms: field meetings each akim holds</translation>
    </message>
    <message>
        <source>Akims of</source>
        <translation>Akims of</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Add a &amp;norm</source>
        <translation>Add a &amp;norm</translation>
    </message>
    <message>
        <source>Remove &amp;the norm</source>
        <translation>Remove &amp;the norm</translation>
    </message>
    <message>
        <source>A new norm: choose its akims, the units they visit and the period</source>
        <translation>A new norm: choose its akims, the units they visit and the period</translation>
    </message>
    <message>
        <source>Remove the selected norm from the edition</source>
        <translation>Remove the selected norm from the edition</translation>
    </message>
    <message>
        <source>The selected norm</source>
        <translation>The selected norm</translation>
    </message>
    <message>
        <source>Or&amp;ganizing akims:</source>
        <translation>Or&amp;ganizing akims:</translation>
    </message>
    <message>
        <source>Meet in eac&amp;h unit of:</source>
        <translation>Meet in eac&amp;h unit of:</translation>
    </message>
    <message>
        <source>At least, meet&amp;ings:</source>
        <translation>At least, meet&amp;ings:</translation>
    </message>
    <message>
        <source>Co&amp;unted per:</source>
        <translation>Co&amp;unted per:</translation>
    </message>
</context>
<context>
    <name>OffCalendarDialog</name>
    <message>
        <source>Off-calendar meeting</source>
        <translation>Off-calendar meeting</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Akim:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Wher&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>W&amp;hy:</translation>
    </message>
</context>
<context>
    <name>PlannedMeetingDialog</name>
    <message>
        <source>Planned meeting</source>
        <translation>Planned meeting</translation>
    </message>
    <message>
        <source>New planned meeting</source>
        <translation>New planned meeting</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Akim:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Wher&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Propose calendar</source>
        <translation>Propose calendar</translation>
    </message>
    <message>
        <source>Every akim of the region gets the field meetings the decree requires in every unit and period, on working days, spread across each period. Meetings already in the draft are kept.</source>
        <translation>Every akim of the region gets the field meetings the decree requires in every unit and period, on working days, spread across each period. Meetings already in the draft are kept.</translation>
    </message>
    <message>
        <source>Field meetings per akim per &amp;day, at most:</source>
        <translation>Field meetings per akim per &amp;day, at most:</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Issues raised at a meeting</source>
        <translation>Issues raised at a meeting</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Competence level</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Empty rows are skipped. Citizens&apos; names and contacts are personal data: they are masked in every export unless you include them.</source>
        <translation>Empty rows are skipped. Citizens&apos; names and contacts are personal data: they are masked in every export unless you include them.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Choose the meeting the issues were raised at.</source>
        <translation>Choose the meeting the issues were raised at.</translation>
    </message>
    <message>
        <source>Type at least one issue.</source>
        <translation>Type at least one issue.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the rows and save again.</source>
        <translation>Nothing was saved; correct the rows and save again.</translation>
    </message>
</context>
<context>
    <name>RecipientKeyDialog</name>
    <message>
        <source>Encrypted data package</source>
        <translation>Encrypted data package</translation>
    </message>
    <message>
        <source>%1 is encrypted for its recipient. Choose the recipient&apos;s key to open it.</source>
        <translation>%1 is encrypted for its recipient. Choose the recipient&apos;s key to open it.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;key:</source>
        <translation>Recipient&apos;s &amp;key:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Key &amp;password:</translation>
    </message>
    <message>
        <source>Recipient&apos;s key</source>
        <translation>Recipient&apos;s key</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 key (*.p12 *.pfx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Local akimat</source>
        <translation>Local akimat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Central executive body</source>
        <translation>Central executive body</translation>
    </message>
    <message>
        <source>National holding</source>
        <translation>National holding</translation>
    </message>
    <message>
        <source>National company</source>
        <translation>National company</translation>
    </message>
    <message>
        <source>Type the text of the issue.</source>
        <translation>Type the text of the issue.</translation>
    </message>
    <message>
        <source>Choose where the issue was raised.</source>
        <translation>Choose where the issue was raised.</translation>
    </message>
    <message>
        <source>Give the date the issue was raised.</source>
        <translation>Give the date the issue was raised.</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>An issue cannot be raised in the future.</translation>
    </message>
    <message>
        <source>An issue not raised at a meeting needs its source (e-Otinish, personal reception…).</source>
        <translation>An issue not raised at a meeting needs its source (e-Otinish, personal reception…).</translation>
    </message>
    <message>
        <source>Choose the competence level.</source>
        <translation>Choose the competence level.</translation>
    </message>
    <message>
        <source>The deadline is earlier than the day the issue was raised.</source>
        <translation>The deadline is earlier than the day the issue was raised.</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>Give the new deadline.</translation>
    </message>
    <message>
        <source>An extended deadline must be later than the current one.</source>
        <translation>An extended deadline must be later than the current one.</translation>
    </message>
    <message>
        <source>An extended deadline cannot be in the past.</source>
        <translation>An extended deadline cannot be in the past.</translation>
    </message>
    <message>
        <source>Closing an issue needs a final note on the outcome.</source>
        <translation>Closing an issue needs a final note on the outcome.</translation>
    </message>
    <message>
        <source>Type the text of the entry.</source>
        <translation>Type the text of the entry.</translation>
    </message>
    <message>
        <source>Give the date of the entry.</source>
        <translation>Give the date of the entry.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>An entry cannot be dated in the future.</translation>
    </message>
    <message>
        <source>An entry cannot be dated before the issue was raised.</source>
        <translation>An entry cannot be dated before the issue was raised.</translation>
    </message>
    <message>
        <source>Percent of completion is from 0 to 100.</source>
        <translation>Percent of completion is from 0 to 100.</translation>
    </message>
    <message>
        <source>The text is longer than 4000 characters: shorten it.</source>
        <translation>The text is longer than 4000 characters: shorten it.</translation>
    </message>
    <message>
        <source>The percent contradicts the status: resolved means 100%, and 100% is closed with an outcome.</source>
        <translation>The percent contradicts the status: resolved means 100%, and 100% is closed with an outcome.</translation>
    </message>
    <message>
        <source>Closing needs an outcome status (resolved, explained, …).</source>
        <translation>Closing needs an outcome status (resolved, explained, …).</translation>
    </message>
    <message>
        <source>The deadline of an issue in work changes only by an extension with a note.</source>
        <translation>The deadline of an issue in work changes only by an extension with a note.</translation>
    </message>
    <message>
        <source>Someone changed this issue meanwhile; reopen it to see the changes.</source>
        <translation>Someone changed this issue meanwhile; reopen it to see the changes.</translation>
    </message>
    <message>
        <source>The issue is no longer in the database.</source>
        <translation>The issue is no longer in the database.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>The responsible body is not in this database.</source>
        <translation>The responsible body is not in this database.</translation>
    </message>
    <message>
        <source>The meeting is not in this database.</source>
        <translation>The meeting is not in this database.</translation>
    </message>
    <message>
        <source>The territory is not in this database.</source>
        <translation>The territory is not in this database.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Give the filter a name.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register of problem issues</source>
        <translation>Register of problem issues</translation>
    </message>
    <message>
        <source>Every problem issue raised by citizens in the chosen region, in all years: who is responsible, the deadline, the status and the history of progress. Filters and search work on the whole database; overdue deadlines are shown in red, extended ones with an asterisk.</source>
        <translation>Every problem issue raised by citizens in the chosen region, in all years: who is responsible, the deadline, the status and the history of progress. Filters and search work on the whole database; overdue deadlines are shown in red, extended ones with an asterisk.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Words from the text, in Russian or Kazakh (Ctrl+F)</source>
        <translation>Words from the text, in Russian or Kazakh (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Responsible &amp;body:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Raised &amp;from</source>
        <translation>R&amp;aised from</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters:</source>
        <translation>Save&amp;d filters:</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>&amp;New issue…</translation>
    </message>
    <message>
        <source>&amp;Quick entry from a meeting…</source>
        <translation>&amp;Quick entry from a meeting…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Chan&amp;ge status…</translation>
    </message>
    <message>
        <source>Change responsible bod&amp;y…</source>
        <translation>Change res&amp;ponsible body…</translation>
    </message>
    <message>
        <source>Show issues of all meetings</source>
        <translation>Show issues of all meetings</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Due within %1 days</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(shared)</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>Meeting of %1, %2</translation>
    </message>
    <message>
        <source>Issues: %1 (loaded %2)</source>
        <translation>Issues: %1 (loaded %2)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name of the filter:</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Add %1 issue(s)</source>
        <translation>Add %1 issue(s)</translation>
    </message>
    <message>
        <source>Status «%1» for %2 issue(s)</source>
        <translation>Status «%1» for %2 issue(s)</translation>
    </message>
    <message>
        <source>Responsible body «%1» for %2 issue(s)</source>
        <translation>Responsible body «%1» for %2 issue(s)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (moved or deleted)</source>
        <translation>%1 (moved or deleted)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reports and exports</source>
        <translation>Reports and exports</translation>
    </message>
    <message>
        <source>Documents for the maslikhat and the Government as Excel and PDF in Russian or Kazakh, signed with your key in one package that anyone can verify offline, ready to send by e-mail.</source>
        <translation>Documents for the maslikhat and the Government as Excel and PDF in Russian or Kazakh, signed with your key in one package that anyone can verify offline, ready to send by e-mail.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>Verify &amp;a package…</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Exported packages</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>E-mail &amp;draft</source>
        <translation>E-mail &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail…</source>
        <translation>Send &amp;by e-mail…</translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation>E-mail settings…</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>Package saved (%1): %2</source>
        <translation>Package saved (%1): %2</translation>
    </message>
    <message>
        <source>E-mail draft with the package attached: %1</source>
        <translation>E-mail draft with the package attached: %1</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>Password of %1 on the mail server (it is not saved):</source>
        <translation>Password of %1 on the mail server (it is not saved):</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients first (E-mail settings…).</source>
        <translation>Set the mail server and the recipients first (E-mail settings…).</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>Sent to %1: %2</translation>
    </message>
    <message>
        <source>Sending the package…</source>
        <translation>Sending the package…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Revocation list</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.cer *.crt *.pem *.der *.crl);;All files (*)</source>
        <translation>Certificates and revocation lists (*.cer *.crt *.pem *.der *.crl);;All files (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Trust store</translation>
    </message>
    <message>
        <source>%1 is not a certificate or revocation list.</source>
        <translation>%1 is not a certificate or revocation list.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The interface language changes at once, without a restart.</source>
        <translation>The interface language changes at once, without a restart.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation>&amp;Back up the database now</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>&amp;Time-stamp service (TSA):</source>
        <translation>&amp;Time-stamp service (TSA):</translation>
    </message>
    <message>
        <source>NCALayer &amp;address:</source>
        <translation>NCALayer &amp;address:</translation>
    </message>
    <message>
        <source>Root and intermediate certificates of the National Certification Centre (NCA RK) and their revocation lists. Package verification and data import judge every signer against them.</source>
        <translation>Root and intermediate certificates of the National Certification Centre (NCA RK) and their revocation lists. Package verification and data import judge every signer against them.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup written:
%1</source>
        <translation>Backup written:
%1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Cannot open %1: the password is wrong, or it is not a PKCS#12 key file.</source>
        <translation>Cannot open %1: the password is wrong, or it is not a PKCS#12 key file.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Cannot read the key file %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it can no longer sign.</source>
        <translation>The certificate of %1 expired on %2: it can no longer sign.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>The certificate of %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing: choose your signing key, not the authentication one.</source>
        <translation>The certificate of %1 is not for signing: choose your signing key, not the authentication one.</translation>
    </message>
    <message>
        <source>The key of %1 is an authentication key (AUTH), not a signing key: choose the signing key (RSA or GOST).</source>
        <translation>The key of %1 is an authentication key (AUTH), not a signing key: choose the signing key (RSA or GOST).</translation>
    </message>
    <message>
        <source>The key in %1 cannot sign here (GOST keys sign through NCALayer).</source>
        <translation>The key in %1 cannot sign here (GOST keys sign through NCALayer).</translation>
    </message>
    <message>
        <source>NCALayer is not running or cannot be reached at %1: start NCALayer and try again.</source>
        <translation>NCALayer is not running or cannot be reached at %1: start NCALayer and try again.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer; nothing was saved.</source>
        <translation>Signing was cancelled in NCALayer; nothing was saved.</translation>
    </message>
    <message>
        <source>NCALayer did not answer in time; nothing was signed.</source>
        <translation>NCALayer did not answer in time; nothing was signed.</translation>
    </message>
    <message>
        <source>NCALayer signed with another key than the one chosen, or refused the key: choose your signing key; nothing was saved.</source>
        <translation>NCALayer signed with another key than the one chosen, or refused the key: choose your signing key; nothing was saved.</translation>
    </message>
    <message>
        <source>NCALayer refused to sign: %1</source>
        <translation>NCALayer refused to sign: %1</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a time-stamp; nothing was saved.</source>
        <translation>The time-stamp service %1 did not give a time-stamp; nothing was saved.</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>IIN %1</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>on behalf of %1</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>BIN %1</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submission to the Government</source>
        <translation>Submission to the Government</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Outgoing &amp;number:</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Show or edit the decree edition whose deadlines and norms this calendar follows</source>
        <translation>Show or edit the decree edition whose deadlines and norms this calendar follows</translation>
    </message>
    <message>
        <source>Mark the days off and working days that move the decree&apos;s deadlines</source>
        <translation>Mark the days off and working days that move the decree&apos;s deadlines</translation>
    </message>
    <message>
        <source>Propose meeting dates for every unit the norm still needs</source>
        <translation>Propose meeting dates for every unit the norm still needs</translation>
    </message>
    <message>
        <source>Add a planned meeting to the calendar</source>
        <translation>Add a planned meeting to the calendar</translation>
    </message>
    <message>
        <source>Change the chosen planned meeting</source>
        <translation>Change the chosen planned meeting</translation>
    </message>
    <message>
        <source>Delete the chosen planned meeting from the calendar</source>
        <translation>Delete the chosen planned meeting from the calendar</translation>
    </message>
    <message>
        <source>Compare two versions of the calendar: what was added, moved or removed</source>
        <translation>Compare two versions of the calendar: what was added, moved or removed</translation>
    </message>
    <message>
        <source>Save the calendar as an .ics file for a mail program or a phone</source>
        <translation>Save the calendar as an .ics file for a mail program or a phone</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s agreement or the notice to the maslikhat</source>
        <translation>Record the maslikhat&apos;s agreement or the notice to the maslikhat</translation>
    </message>
    <message>
        <source>Record the approval of the calendar</source>
        <translation>Record the approval of the calendar</translation>
    </message>
    <message>
        <source>Record the sending of the approved calendar to the Government</source>
        <translation>Record the sending of the approved calendar to the Government</translation>
    </message>
    <message>
        <source>Start a correction of the approved calendar, with its reason</source>
        <translation>Start a correction of the approved calendar, with its reason</translation>
    </message>
    <message>
        <source>The Government&apos;s view: every region&apos;s calendar and its deadlines</source>
        <translation>The Government&apos;s view: every region&apos;s calendar and its deadlines</translation>
    </message>
    <message>
        <source>Open the chosen meeting to record how it went</source>
        <translation>Open the chosen meeting to record how it went</translation>
    </message>
    <message>
        <source>Record a meeting that was not in the calendar</source>
        <translation>Record a meeting that was not in the calendar</translation>
    </message>
    <message>
        <source>Save the current filters under a name to use them again</source>
        <translation>Save the current filters under a name to use them again</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Delete the chosen saved filter</translation>
    </message>
    <message>
        <source>Clear every filter and show all issues</source>
        <translation>Clear every filter and show all issues</translation>
    </message>
    <message>
        <source>Register a new problem issue</source>
        <translation>Register a new problem issue</translation>
    </message>
    <message>
        <source>Enter many issues raised at one meeting, row by row</source>
        <translation>Enter many issues raised at one meeting, row by row</translation>
    </message>
    <message>
        <source>Open the chosen issue</source>
        <translation>Open the chosen issue</translation>
    </message>
    <message>
        <source>Set one status for every selected issue</source>
        <translation>Set one status for every selected issue</translation>
    </message>
    <message>
        <source>Set one responsible body for every selected issue</source>
        <translation>Set one responsible body for every selected issue</translation>
    </message>
    <message>
        <source>Make a document (Excel, PDF) or a signed package for the maslikhat or the Government</source>
        <translation>Make a document (Excel, PDF) or a signed package for the maslikhat or the Government</translation>
    </message>
    <message>
        <source>Check the signatures and contents of a package file</source>
        <translation>Check the signatures and contents of a package file</translation>
    </message>
    <message>
        <source>Open the folder that holds the chosen file</source>
        <translation>Open the folder that holds the chosen file</translation>
    </message>
    <message>
        <source>Check the signatures of the chosen package</source>
        <translation>Check the signatures of the chosen package</translation>
    </message>
    <message>
        <source>Save an e-mail draft with the chosen package attached</source>
        <translation>Save an e-mail draft with the chosen package attached</translation>
    </message>
    <message>
        <source>Send the chosen package by e-mail</source>
        <translation>Send the chosen package by e-mail</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients&apos; addresses</source>
        <translation>Set the mail server and the recipients&apos; addresses</translation>
    </message>
    <message>
        <source>Add a unit (district, town, rural district) under the chosen one</source>
        <translation>Add a unit (district, town, rural district) under the chosen one</translation>
    </message>
    <message>
        <source>Rename the chosen unit</source>
        <translation>Rename the chosen unit</translation>
    </message>
    <message>
        <source>Mark the chosen unit as abolished; its history is kept</source>
        <translation>Mark the chosen unit as abolished; its history is kept</translation>
    </message>
    <message>
        <source>Set when the chosen unit was established and abolished</source>
        <translation>Set when the chosen unit was established and abolished</translation>
    </message>
    <message>
        <source>Import the territory directory from a file</source>
        <translation>Import the territory directory from a file</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choose the signing key file</translation>
    </message>
    <message>
        <source>Choose the folder the package is saved to</source>
        <translation>Choose the folder the package is saved to</translation>
    </message>
    <message>
        <source>Export a signed data package for the next level (oblast, Government)</source>
        <translation>Export a signed data package for the next level (oblast, Government)</translation>
    </message>
    <message>
        <source>Import a district&apos;s or oblast&apos;s data package after checking its signature</source>
        <translation>Import a district&apos;s or oblast&apos;s data package after checking its signature</translation>
    </message>
    <message>
        <source>Save the receipt confirming that the package was imported</source>
        <translation>Save the receipt confirming that the package was imported</translation>
    </message>
    <message>
        <source>Import calendars, meetings or issues from an Excel workbook</source>
        <translation>Import calendars, meetings or issues from an Excel workbook</translation>
    </message>
    <message>
        <source>Keep our value in the chosen conflict</source>
        <translation>Keep our value in the chosen conflict</translation>
    </message>
    <message>
        <source>Take the package&apos;s value in the chosen conflict</source>
        <translation>Take the package&apos;s value in the chosen conflict</translation>
    </message>
    <message>
        <source>Copy the database to the backup folder now</source>
        <translation>Copy the database to the backup folder now</translation>
    </message>
    <message>
        <source>Add a root or intermediate certificate to the trust store</source>
        <translation>Add a root or intermediate certificate to the trust store</translation>
    </message>
    <message>
        <source>Remove the chosen certificate from the trust store</source>
        <translation>Remove the chosen certificate from the trust store</translation>
    </message>
    <message>
        <source>Add the day, or change its kind if it is already listed</source>
        <translation>Add the day, or change its kind if it is already listed</translation>
    </message>
    <message>
        <source>Remove the chosen day from the list</source>
        <translation>Remove the chosen day from the list</translation>
    </message>
    <message>
        <source>Add this entry to the issue&apos;s progress history</source>
        <translation>Add this entry to the issue&apos;s progress history</translation>
    </message>
    <message>
        <source>Add one more row for an issue</source>
        <translation>Add one more row for an issue</translation>
    </message>
    <message>
        <source>Choose the folder the document is saved to</source>
        <translation>Choose the folder the document is saved to</translation>
    </message>
    <message>
        <source>Choose the package file to check</source>
        <translation>Choose the package file to check</translation>
    </message>
    <message>
        <source>Choose a trusted root certificate</source>
        <translation>Choose a trusted root certificate</translation>
    </message>
    <message>
        <source>Check the package&apos;s signatures and files</source>
        <translation>Check the package&apos;s signatures and files</translation>
    </message>
    <message>
        <source>Choose the Excel workbook to import</source>
        <translation>Choose the Excel workbook to import</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Russian</source>
        <translation>Save an empty workbook with the expected columns, headed in Russian</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Kazakh</source>
        <translation>Save an empty workbook with the expected columns, headed in Kazakh</translation>
    </message>
    <message>
        <source>Import the checked rows into the database</source>
        <translation>Import the checked rows into the database</translation>
    </message>
    <message>
        <source>Record that the meeting was announced</source>
        <translation>Record that the meeting was announced</translation>
    </message>
    <message>
        <source>Record that the meeting was held</source>
        <translation>Record that the meeting was held</translation>
    </message>
    <message>
        <source>Record that the meeting&apos;s results were published</source>
        <translation>Record that the meeting&apos;s results were published</translation>
    </message>
    <message>
        <source>Move the meeting to another day, with the reason</source>
        <translation>Move the meeting to another day, with the reason</translation>
    </message>
    <message>
        <source>Cancel the meeting, with the reason</source>
        <translation>Cancel the meeting, with the reason</translation>
    </message>
    <message>
        <source>Register the problem issues raised at this meeting</source>
        <translation>Register the problem issues raised at this meeting</translation>
    </message>
    <message>
        <source>Print a document of this meeting</source>
        <translation>Print a document of this meeting</translation>
    </message>
    <message>
        <source>Save a document of this meeting as PDF</source>
        <translation>Save a document of this meeting as PDF</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Add an item to the agenda</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Remove the chosen agenda item</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Move the chosen item up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Move the chosen item down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Fill the agenda from the standard template</source>
        <translation>Fill the agenda from the standard template</translation>
    </message>
    <message>
        <source>Add an announcement of the meeting</source>
        <translation>Add an announcement of the meeting</translation>
    </message>
    <message>
        <source>Remove the chosen announcement</source>
        <translation>Remove the chosen announcement</translation>
    </message>
    <message>
        <source>Add an online broadcast of the meeting</source>
        <translation>Add an online broadcast of the meeting</translation>
    </message>
    <message>
        <source>Remove the chosen broadcast</source>
        <translation>Remove the chosen broadcast</translation>
    </message>
    <message>
        <source>Attach a file (photo, minutes, video) to the meeting</source>
        <translation>Attach a file (photo, minutes, video) to the meeting</translation>
    </message>
    <message>
        <source>Open the chosen file</source>
        <translation>Open the chosen file</translation>
    </message>
    <message>
        <source>Choose the certificate of the body the package is encrypted for</source>
        <translation>Choose the certificate of the body the package is encrypted for</translation>
    </message>
</context>
<context>
    <name>UnitDatesDialog</name>
    <message>
        <source>Dates of %1</source>
        <translation>Dates of %1</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>&amp;Established on:</translation>
    </message>
    <message>
        <source>&amp;Retired on:</source>
        <translation>&amp;Retired on:</translation>
    </message>
    <message>
        <source>known (empty: existed before)</source>
        <translation>known (empty: existed before)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>A unit is retired after the day it was established.</source>
        <translation>A unit is retired after the day it was established.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>the KATO code must have nine digits</source>
        <translation>the KATO code must have nine digits</translation>
    </message>
    <message>
        <source>this KATO code appears earlier in the file</source>
        <translation>this KATO code appears earlier in the file</translation>
    </message>
    <message>
        <source>the parent code is neither in the file nor in the directory</source>
        <translation>the parent code is neither in the file nor in the directory</translation>
    </message>
    <message>
        <source>unknown level</source>
        <translation>unknown level</translation>
    </message>
    <message>
        <source>both the Russian and the Kazakh name are required</source>
        <translation>both the Russian and the Kazakh name are required</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>a unit cannot be its own parent</translation>
    </message>
    <message>
        <source>the parent codes go round in a circle</source>
        <translation>the parent codes go round in a circle</translation>
    </message>
    <message>
        <source>a unit of this level cannot be under a unit of the parent&apos;s level</source>
        <translation>a unit of this level cannot be under a unit of the parent&apos;s level</translation>
    </message>
    <message>
        <source>the KATO code does not belong under the parent&apos;s code</source>
        <translation>the KATO code does not belong under the parent&apos;s code</translation>
    </message>
    <message>
        <source>a unit cannot move to another region</source>
        <translation>a unit cannot move to another region</translation>
    </message>
    <message>
        <source>Row %1: %2 (%3)</source>
        <translation>Row %1: %2 (%3)</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>nine digits; empty for a microdistrict</source>
        <translation>nine digits; empty for a microdistrict</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;KATO code:</source>
        <translation>&amp;KATO code:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <source>Name in K&amp;azakh:</source>
        <translation>Name in K&amp;azakh:</translation>
    </message>
    <message>
        <source>Both the Russian and the Kazakh name are required.</source>
        <translation>Both the Russian and the Kazakh name are required.</translation>
    </message>
    <message>
        <source>A KATO code has nine digits.</source>
        <translation>A KATO code has nine digits.</translation>
    </message>
    <message>
        <source>Only a meeting area (microdistrict) may be added without a KATO code.</source>
        <translation>Only a meeting area (microdistrict) may be added without a KATO code.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a package</source>
        <translation>Verify a package</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Package:</translation>
    </message>
    <message>
        <source>Also trust this root certificate (optional; the trust store is used always):</source>
        <translation>Also trust this root certificate (optional; the trust store is used always):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>AkimDesk packages (*.zip);;All files (*)</source>
        <translation>AkimDesk packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>Trusted root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.cer *.crt *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Verifying the package…</translation>
    </message>
    <message>
        <source>Not a package that can be checked: %1</source>
        <translation>Not a package that can be checked: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Signed by: %1, certificate %2, valid until %3; issued by %4</source>
        <translation>Signed by: %1, certificate %2, valid until %3; issued by %4</translation>
    </message>
    <message>
        <source>Time-stamped: %1 UTC</source>
        <translation>Time-stamped: %1 UTC</translation>
    </message>
    <message>
        <source>The package is intact, its signatures are valid and the signer chains to a trusted root.</source>
        <translation>The package is intact, its signatures are valid and the signer chains to a trusted root.</translation>
    </message>
    <message>
        <source>The package is intact, but the signer could not be judged: no trusted root certificate is in the trust store (Settings) or given here.</source>
        <translation>The package is intact, but the signer could not be judged: no trusted root certificate is in the trust store (Settings) or given here.</translation>
    </message>
    <message>
        <source>The package does NOT pass verification: %1 check(s) failed.</source>
        <translation>The package does NOT pass verification: %1 check(s) failed.</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Extra days off and working days</source>
        <translation>Extra days off and working days</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Working day (transferred)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <source>Name in K&amp;azakh:</source>
        <translation>Name in K&amp;azakh:</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>Add &amp;or change</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;emove</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <source>The norm is met in this period</source>
        <translation>The norm is met in this period</translation>
    </message>
    <message>
        <source>A field meeting is missing in this period</source>
        <translation>A field meeting is missing in this period</translation>
    </message>
    <message>
        <source>No meeting required in this period</source>
        <translation>No meeting required in this period</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
</context>
<context>
    <name>_BulkDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note for each issue:</source>
        <translation>&amp;Note for each issue:</translation>
    </message>
</context>
</TS>
