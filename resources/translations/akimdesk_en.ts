<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>CalendarPage</name>
    <message>
      <source>Annual calendar of meetings</source>
      <translation>Annual calendar of meetings</translation>
    </message>
    <message>
      <source>Field meetings of the region's akims planned in the current version of the calendar for the chosen year. Proposing a calendar, the compliance check against the decree, maslikhat approval and corrections will be done on this page.</source>
      <translation>Field meetings of the region's akims planned in the current version of the calendar for the chosen year. Proposing a calendar, the compliance check against the decree, maslikhat approval and corrections will be done on this page.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
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
      <source>Version</source>
      <translation>Version</translation>
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
  </context>
  <context>
    <name>IssuesPage</name>
    <message>
      <source>Problem issues raised by citizens</source>
      <translation>Problem issues raised by citizens</translation>
    </message>
    <message>
      <source>Issues raised in the chosen year, and older ones still open. The full register (routing, deadlines, progress history, search across the whole database) will be done on this page.</source>
      <translation>Issues raised in the chosen year, and older ones still open. The full register (routing, deadlines, progress history, search across the whole database) will be done on this page.</translation>
    </message>
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
      <source>Off-calendar: at the population's demand</source>
      <translation>Off-calendar: at the population's demand</translation>
    </message>
    <message>
      <source>Off-calendar: when necessary</source>
      <translation>Off-calendar: when necessary</translation>
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
      <translation>&amp;View</translation>
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
      <source>Overdue: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</source>
      <translation>Overdue: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</translation>
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
      <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims' meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims' meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings with the population</source>
      <translation>Meetings with the population</translation>
    </message>
    <message>
      <source>Meetings held, announced, postponed or cancelled, from the calendar and off-calendar. Logging a meeting, the decree checks, the agenda, the attendance sheet and the minutes will be done on this page.</source>
      <translation>Meetings held, announced, postponed or cancelled, from the calendar and off-calendar. Logging a meeting, the decree checks, the agenda, the attendance sheet and the minutes will be done on this page.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
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
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports and exports</source>
      <translation>Reports and exports</translation>
    </message>
    <message>
      <source>Here you will export the approved calendar, the list of problem issues for central bodies (by 15 February and 15 August), the quarterly update and the execution summary, as Excel and PDF in Russian or Kazakh, signed with your key and ready to send by e-mail.</source>
      <translation>Here you will export the approved calendar, the list of problem issues for central bodies (by 15 February and 15 August), the quarterly update and the execution summary, as Excel and PDF in Russian or Kazakh, signed with your key and ready to send by e-mail.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
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
    <name>TablePage</name>
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
</TS>