<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>CalendarPage</name>
    <message>
      <source>Annual calendar of meetings</source>
      <translation>Годовой календарь встреч</translation>
    </message>
    <message>
      <source>Field meetings of the region's akims planned in the current version of the calendar for the chosen year. Proposing a calendar, the compliance check against the decree, maslikhat approval and corrections will be done on this page.</source>
      <translation>Выездные встречи акимов региона, запланированные в текущей редакции календаря на выбранный год. На этой странице будут составление календаря, проверка соответствия указу, согласование с маслихатом и корректировки.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Akim</source>
      <translation>Аким</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Место проведения</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Редакция</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <source>Rename %1</source>
      <translation>Переименование: %1</translation>
    </message>
    <message>
      <source>Retire %1</source>
      <translation>Вывод из употребления: %1</translation>
    </message>
    <message>
      <source>Restore %1</source>
      <translation>Восстановление: %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Добавление: %1</translation>
    </message>
    <message>
      <source>Territory directory</source>
      <translation>Справочник территорий</translation>
    </message>
    <message>
      <source>Administrative-territorial units of the region with their KATO codes, and meeting areas (microdistricts) without a code. Retired units stay in the history of meetings and issues.</source>
      <translation>Административно-территориальные единицы региона с кодами КАТО и места встреч (микрорайоны) без кода. Выведенные из употребления единицы остаются в истории встреч и вопросов.</translation>
    </message>
    <message>
      <source>&amp;Add unit…</source>
      <translation>&amp;Добавить единицу…</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>&amp;Переименовать…</translation>
    </message>
    <message>
      <source>&amp;Import file…</source>
      <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
      <source>Show retired</source>
      <translation>Показывать выведенные</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <source>KATO code</source>
      <translation>Код КАТО</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <source>Name in Kazakh</source>
      <translation>Наименование на казахском</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation>Наименование на русском</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Восстановить</translation>
    </message>
    <message>
      <source>Re&amp;tire</source>
      <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
      <source>(retired)</source>
      <translation>(выведена)</translation>
    </message>
    <message>
      <source>This KATO code is already in the directory.</source>
      <translation>Этот код КАТО уже есть в справочнике.</translation>
    </message>
    <message>
      <source>Import territories</source>
      <translation>Импорт территорий</translation>
    </message>
    <message>
      <source>Territory files (*.csv *.xlsx);;All files (*)</source>
      <translation>Файлы территорий (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Importing territories…</source>
      <translation>Импорт территорий…</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Импорт завершён</translation>
    </message>
    <message>
      <source>Added: %1, updated: %2, unchanged: %3.</source>
      <translation>Добавлено: %1, обновлено: %2, без изменений: %3.</translation>
    </message>
    <message>
      <source>File refused</source>
      <translation>Файл не принят</translation>
    </message>
    <message>
      <source>Nothing was imported: fix the rows listed under Details and import the file again.</source>
      <translation>Ничего не импортировано: исправьте строки, перечисленные в подробностях, и импортируйте файл снова.</translation>
    </message>
  </context>
  <context>
    <name>IssuesPage</name>
    <message>
      <source>Problem issues raised by citizens</source>
      <translation>Проблемные вопросы граждан</translation>
    </message>
    <message>
      <source>Issues raised in the chosen year, and older ones still open. The full register (routing, deadlines, progress history, search across the whole database) will be done on this page.</source>
      <translation>Вопросы, поднятые в выбранном году, и более ранние, ещё не закрытые. Полный реестр (направление ответственным, сроки, ход исполнения, поиск по всей базе) будет на этой странице.</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>Поднят</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>Вопрос</translation>
    </message>
    <message>
      <source>Responsible body</source>
      <translation>Ответственный орган</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>Jobs</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Oblast</source>
      <translation>Область</translation>
    </message>
    <message>
      <source>Capital</source>
      <translation>Столица</translation>
    </message>
    <message>
      <source>City of republican significance</source>
      <translation>Город республиканского значения</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Район</translation>
    </message>
    <message>
      <source>City of oblast significance</source>
      <translation>Город областного значения</translation>
    </message>
    <message>
      <source>District of a city</source>
      <translation>Район в городе</translation>
    </message>
    <message>
      <source>City of district significance</source>
      <translation>Город районного значения</translation>
    </message>
    <message>
      <source>Rural okrug</source>
      <translation>Сельский округ</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Поселок</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Село</translation>
    </message>
    <message>
      <source>Meeting area (microdistrict)</source>
      <translation>Место встречи (микрорайон)</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Запланирована</translation>
    </message>
    <message>
      <source>Announced</source>
      <translation>Объявлена</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Проведена</translation>
    </message>
    <message>
      <source>Results published</source>
      <translation>Итоги опубликованы</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Перенесена</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменена</translation>
    </message>
    <message>
      <source>By the calendar</source>
      <translation>По календарю</translation>
    </message>
    <message>
      <source>Off-calendar: at the population's demand</source>
      <translation>Вне календаря: по требованию населения</translation>
    </message>
    <message>
      <source>Off-calendar: when necessary</source>
      <translation>Вне календаря: при необходимости</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>AkimDesk — meetings of akims with the population</source>
      <translation>AkimDesk — встречи акимов с населением</translation>
    </message>
    <message>
      <source>[demo data]</source>
      <translation>[демонстрационные данные]</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Регион:</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Год:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Find in the list</source>
      <translation>&amp;Найти в списке</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;About AkimDesk</source>
      <translation>&amp;О программе AkimDesk</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>База данных: %1</translation>
    </message>
    <message>
      <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Запланировано: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Held: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Проведено: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Open issues: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Открытых вопросов: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Overdue: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</source>
      <translation>Просрочено: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Due within 7 days: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Срок в ближайшие 7 дней: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Открыть базу данных</translation>
    </message>
    <message>
      <source>AkimDesk database (*.sqlite);;All files (*)</source>
      <translation>База данных AkimDesk (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Preparing demo data…</source>
      <translation>Подготовка демонстрационных данных…</translation>
    </message>
    <message>
      <source>Demo data ready: %1 meetings, %2 issues</source>
      <translation>Демонстрационные данные готовы: встреч — %1, вопросов — %2</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Демонстрационные данные</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменена</translation>
    </message>
    <message>
      <source>About AkimDesk</source>
      <translation>О программе AkimDesk</translation>
    </message>
    <message>
      <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims' meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Планирование, проведение и учёт встреч акимов с населением по Указу Президента № 826.&lt;/p&gt;&lt;p&gt;Шрифт: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings with the population</source>
      <translation>Встречи с населением</translation>
    </message>
    <message>
      <source>Meetings held, announced, postponed or cancelled, from the calendar and off-calendar. Logging a meeting, the decree checks, the agenda, the attendance sheet and the minutes will be done on this page.</source>
      <translation>Проведённые, объявленные, перенесённые и отменённые встречи — по календарю и вне календаря. Учёт встречи, проверки по указу, повестка, лист регистрации и протокол будут на этой странице.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Akim</source>
      <translation>Аким</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Участников</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports and exports</source>
      <translation>Отчёты и выгрузки</translation>
    </message>
    <message>
      <source>Here you will export the approved calendar, the list of problem issues for central bodies (by 15 February and 15 August), the quarterly update and the execution summary, as Excel and PDF in Russian or Kazakh, signed with your key and ready to send by e-mail.</source>
      <translation>Здесь будет выгрузка утверждённого календаря, перечня проблемных вопросов для центральных органов (к 15 февраля и 15 августа), ежеквартальной актуализации и сводки об исполнении — в Excel и PDF на русском или казахском языке, с вашей ЭЦП, готовые к отправке по электронной почте.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>The interface language changes at once, without a restart.</source>
      <translation>Язык интерфейса меняется сразу, без перезапуска.</translation>
    </message>
    <message>
      <source>Interface &amp;language:</source>
      <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
      <source>Database in use:</source>
      <translation>Используемая база данных:</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>Папка данных:</translation>
    </message>
    <message>
      <source>&amp;Back up the database now</source>
      <translation>&amp;Создать резервную копию базы</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <source>Backup written:
%1</source>
      <translation>Резервная копия сохранена:
%1</translation>
    </message>
  </context>
  <context>
    <name>TablePage</name>
    <message>
      <source>Rows: %1</source>
      <translation>Строк: %1</translation>
    </message>
    <message>
      <source>Rows: %1 of %2</source>
      <translation>Строк: %1 из %2</translation>
    </message>
    <message>
      <source>Filter the list… (Ctrl+F)</source>
      <translation>Фильтр списка… (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>UnitDialog</name>
    <message>
      <source>the KATO code must have nine digits</source>
      <translation>код КАТО должен состоять из девяти цифр</translation>
    </message>
    <message>
      <source>this KATO code appears earlier in the file</source>
      <translation>этот код КАТО уже встречается выше в файле</translation>
    </message>
    <message>
      <source>the parent code is neither in the file nor in the directory</source>
      <translation>вышестоящего кода нет ни в файле, ни в справочнике</translation>
    </message>
    <message>
      <source>unknown level</source>
      <translation>неизвестный уровень</translation>
    </message>
    <message>
      <source>both the Russian and the Kazakh name are required</source>
      <translation>нужны наименования на русском и казахском</translation>
    </message>
    <message>
      <source>a unit cannot be its own parent</source>
      <translation>единица не может быть вышестоящей для самой себя</translation>
    </message>
    <message>
      <source>the parent codes go round in a circle</source>
      <translation>вышестоящие коды образуют замкнутый круг</translation>
    </message>
    <message>
      <source>Row %1: %2 (%3)</source>
      <translation>Строка %1: %2 (%3)</translation>
    </message>
    <message>
      <source>New unit</source>
      <translation>Новая единица</translation>
    </message>
    <message>
      <source>Rename unit</source>
      <translation>Переименование единицы</translation>
    </message>
    <message>
      <source>nine digits; empty for a microdistrict</source>
      <translation>девять цифр; для микрорайона — пусто</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Уровень:</translation>
    </message>
    <message>
      <source>&amp;KATO code:</source>
      <translation>&amp;Код КАТО:</translation>
    </message>
    <message>
      <source>Name in &amp;Russian:</source>
      <translation>Наименование на &amp;русском:</translation>
    </message>
    <message>
      <source>Name in K&amp;azakh:</source>
      <translation>Наименование на &amp;казахском:</translation>
    </message>
    <message>
      <source>Both the Russian and the Kazakh name are required.</source>
      <translation>Нужны наименования на русском и казахском.</translation>
    </message>
    <message>
      <source>A KATO code has nine digits.</source>
      <translation>Код КАТО состоит из девяти цифр.</translation>
    </message>
    <message>
      <source>Only a meeting area (microdistrict) may be added without a KATO code.</source>
      <translation>Без кода КАТО можно добавить только место встречи (микрорайон).</translation>
    </message>
  </context>
</TS>