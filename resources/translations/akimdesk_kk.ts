<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
  <context>
    <name>CalendarPage</name>
    <message>
      <source>Annual calendar of meetings</source>
      <translation>Кездесулердің жылдық күнтізбесі</translation>
    </message>
    <message>
      <source>Field meetings of the region's akims planned in the current version of the calendar for the chosen year. Proposing a calendar, the compliance check against the decree, maslikhat approval and corrections will be done on this page.</source>
      <translation>Таңдалған жылға күнтізбенің ағымдағы редакциясында жоспарланған өңір әкімдерінің көшпелі кездесулері. Бұл бетте күнтізбені құру, Жарлыққа сәйкестікті тексеру, мәслихатпен келісу және түзетулер болады.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <source>Akim</source>
      <translation>Әкім</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Қайда</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Өтетін орны</translation>
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
      <translation>Атауын өзгерту: %1</translation>
    </message>
    <message>
      <source>Retire %1</source>
      <translation>Қолданыстан шығару: %1</translation>
    </message>
    <message>
      <source>Restore %1</source>
      <translation>Қалпына келтіру: %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Қосу: %1</translation>
    </message>
    <message>
      <source>Territory directory</source>
      <translation>Аумақтар анықтамалығы</translation>
    </message>
    <message>
      <source>Administrative-territorial units of the region with their KATO codes, and meeting areas (microdistricts) without a code. Retired units stay in the history of meetings and issues.</source>
      <translation>Өңірдің ӘАОЖ кодтары бар әкімшілік-аумақтық бірліктері және кодсыз кездесу орындары (шағын аудандар). Қолданыстан шығарылған бірліктер кездесулер мен мәселелер тарихында сақталады.</translation>
    </message>
    <message>
      <source>&amp;Add unit…</source>
      <translation>Бірлік &amp;қосу…</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>Атауын ө&amp;згерту…</translation>
    </message>
    <message>
      <source>&amp;Import file…</source>
      <translation>Файлдан &amp;импорттау…</translation>
    </message>
    <message>
      <source>Show retired</source>
      <translation>Шығарылғандарды көрсету</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>KATO code</source>
      <translation>ӘАОЖ коды</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Деңгейі</translation>
    </message>
    <message>
      <source>Name in Kazakh</source>
      <translation>Қазақша атауы</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation>Орысша атауы</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
      <source>Re&amp;tire</source>
      <translation>Қолданыстан &amp;шығару</translation>
    </message>
    <message>
      <source>(retired)</source>
      <translation>(шығарылған)</translation>
    </message>
    <message>
      <source>This KATO code is already in the directory.</source>
      <translation>Бұл ӘАОЖ коды анықтамалықта бар.</translation>
    </message>
    <message>
      <source>Import territories</source>
      <translation>Аумақтарды импорттау</translation>
    </message>
    <message>
      <source>Territory files (*.csv *.xlsx);;All files (*)</source>
      <translation>Аумақтар файлдары (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Importing territories…</source>
      <translation>Аумақтар импортталуда…</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Импорт аяқталды</translation>
    </message>
    <message>
      <source>Added: %1, updated: %2, unchanged: %3.</source>
      <translation>Қосылды: %1, жаңартылды: %2, өзгеріссіз: %3.</translation>
    </message>
    <message>
      <source>File refused</source>
      <translation>Файл қабылданбады</translation>
    </message>
    <message>
      <source>Nothing was imported: fix the rows listed under Details and import the file again.</source>
      <translation>Ештеңе импортталған жоқ: толығырақ бөлімінде көрсетілген жолдарды түзетіп, файлды қайта импорттаңыз.</translation>
    </message>
  </context>
  <context>
    <name>IssuesPage</name>
    <message>
      <source>Problem issues raised by citizens</source>
      <translation>Азаматтар көтерген проблемалық мәселелер</translation>
    </message>
    <message>
      <source>Issues raised in the chosen year, and older ones still open. The full register (routing, deadlines, progress history, search across the whole database) will be done on this page.</source>
      <translation>Таңдалған жылы көтерілген мәселелер және әлі жабылмаған бұрынғылары. Толық тізілім (жауаптыларға жіберу, мерзімдер, орындалу барысы, бүкіл база бойынша іздеу) осы бетте болады.</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>Көтерілген күні</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Қайда</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>Мәселе</translation>
    </message>
    <message>
      <source>Responsible body</source>
      <translation>Жауапты орган</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
  </context>
  <context>
    <name>Jobs</name>
    <message>
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Oblast</source>
      <translation>Облыс</translation>
    </message>
    <message>
      <source>Capital</source>
      <translation>Астана</translation>
    </message>
    <message>
      <source>City of republican significance</source>
      <translation>Республикалық маңызы бар қала</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Аудан</translation>
    </message>
    <message>
      <source>City of oblast significance</source>
      <translation>Облыстық маңызы бар қала</translation>
    </message>
    <message>
      <source>District of a city</source>
      <translation>Қаладағы аудан</translation>
    </message>
    <message>
      <source>City of district significance</source>
      <translation>Аудандық маңызы бар қала</translation>
    </message>
    <message>
      <source>Rural okrug</source>
      <translation>Ауылдық округ</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Кент</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Ауыл</translation>
    </message>
    <message>
      <source>Meeting area (microdistrict)</source>
      <translation>Кездесу орны (шағын аудан)</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Жоспарланған</translation>
    </message>
    <message>
      <source>Announced</source>
      <translation>Хабарланған</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Өткізілді</translation>
    </message>
    <message>
      <source>Results published</source>
      <translation>Қорытындылары жарияланды</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Ауыстырылды</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Болдырылмады</translation>
    </message>
    <message>
      <source>By the calendar</source>
      <translation>Күнтізбе бойынша</translation>
    </message>
    <message>
      <source>Off-calendar: at the population's demand</source>
      <translation>Күнтізбеден тыс: халықтың талабы бойынша</translation>
    </message>
    <message>
      <source>Off-calendar: when necessary</source>
      <translation>Күнтізбеден тыс: қажет болғанда</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>AkimDesk — meetings of akims with the population</source>
      <translation>AkimDesk — әкімдердің халықпен кездесулері</translation>
    </message>
    <message>
      <source>[demo data]</source>
      <translation>[демо деректер]</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Өңір:</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Жыл:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Шығу</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Тү&amp;зету</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>Болдырма&amp;у</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <source>&amp;Find in the list</source>
      <translation>Тізімнен &amp;іздеу</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Көрініс</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Тіл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Анықтама</translation>
    </message>
    <message>
      <source>&amp;About AkimDesk</source>
      <translation>AkimDesk &amp;туралы</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Дерекқор: %1</translation>
    </message>
    <message>
      <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Жоспарланған: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Held: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Өткізілген: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Open issues: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Ашық мәселелер: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Overdue: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</source>
      <translation>Мерзімі өткен: &lt;b style='color:#b00020'&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Due within 7 days: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>7 күн ішінде мерзімі: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Дерекқорды ашу</translation>
    </message>
    <message>
      <source>AkimDesk database (*.sqlite);;All files (*)</source>
      <translation>AkimDesk дерекқоры (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Preparing demo data…</source>
      <translation>Демо деректер дайындалуда…</translation>
    </message>
    <message>
      <source>Demo data ready: %1 meetings, %2 issues</source>
      <translation>Демо деректер дайын: кездесулер — %1, мәселелер — %2</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Демо деректер</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Болдырылмады</translation>
    </message>
    <message>
      <source>About AkimDesk</source>
      <translation>AkimDesk туралы</translation>
    </message>
    <message>
      <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims' meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Президенттің № 826 Жарлығы бойынша әкімдердің халықпен кездесулерін жоспарлау, өткізу және есепке алу.&lt;/p&gt;&lt;p&gt;Қаріп: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings with the population</source>
      <translation>Халықпен кездесулер</translation>
    </message>
    <message>
      <source>Meetings held, announced, postponed or cancelled, from the calendar and off-calendar. Logging a meeting, the decree checks, the agenda, the attendance sheet and the minutes will be done on this page.</source>
      <translation>Өткізілген, хабарланған, ауыстырылған және болдырылмаған кездесулер — күнтізбе бойынша және күнтізбеден тыс. Кездесуді есепке алу, Жарлық бойынша тексерулер, күн тәртібі, тіркеу парағы және хаттама осы бетте болады.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <source>Akim</source>
      <translation>Әкім</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Қайда</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Қатысушылар</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports and exports</source>
      <translation>Есептер мен экспорт</translation>
    </message>
    <message>
      <source>Here you will export the approved calendar, the list of problem issues for central bodies (by 15 February and 15 August), the quarterly update and the execution summary, as Excel and PDF in Russian or Kazakh, signed with your key and ready to send by e-mail.</source>
      <translation>Мұнда бекітілген күнтізбені, орталық органдарға арналған проблемалық мәселелер тізбесін (15 ақпанға және 15 тамызға дейін), тоқсан сайынғы өзектендіруді және орындалу жиынтығын Excel және PDF түрінде қазақ немесе орыс тілінде, сіздің ЭЦҚ-ңызбен қол қойылған, электрондық поштамен жіберуге дайын күйде экспорттайсыз.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <source>The interface language changes at once, without a restart.</source>
      <translation>Интерфейс тілі бірден, қайта іске қоспай ауысады.</translation>
    </message>
    <message>
      <source>Interface &amp;language:</source>
      <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
      <source>Database in use:</source>
      <translation>Пайдаланылатын дерекқор:</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>Деректер қалтасы:</translation>
    </message>
    <message>
      <source>&amp;Back up the database now</source>
      <translation>Дерекқордың &amp;сақтық көшірмесін жасау</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Сақтық көшірме</translation>
    </message>
    <message>
      <source>Backup written:
%1</source>
      <translation>Сақтық көшірме сақталды:
%1</translation>
    </message>
  </context>
  <context>
    <name>TablePage</name>
    <message>
      <source>Rows: %1</source>
      <translation>Жолдар: %1</translation>
    </message>
    <message>
      <source>Rows: %1 of %2</source>
      <translation>Жолдар: %2 ішінен %1</translation>
    </message>
    <message>
      <source>Filter the list… (Ctrl+F)</source>
      <translation>Тізімді сүзу… (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>UnitDialog</name>
    <message>
      <source>the KATO code must have nine digits</source>
      <translation>ӘАОЖ коды тоғыз цифрдан тұруы тиіс</translation>
    </message>
    <message>
      <source>this KATO code appears earlier in the file</source>
      <translation>бұл ӘАОЖ коды файлда жоғарырақ кездеседі</translation>
    </message>
    <message>
      <source>the parent code is neither in the file nor in the directory</source>
      <translation>жоғары тұрған код файлда да, анықтамалықта да жоқ</translation>
    </message>
    <message>
      <source>unknown level</source>
      <translation>белгісіз деңгей</translation>
    </message>
    <message>
      <source>both the Russian and the Kazakh name are required</source>
      <translation>орысша және қазақша атаулары қажет</translation>
    </message>
    <message>
      <source>a unit cannot be its own parent</source>
      <translation>бірлік өзіне-өзі жоғары тұрған бола алмайды</translation>
    </message>
    <message>
      <source>the parent codes go round in a circle</source>
      <translation>жоғары тұрған кодтар тұйық шеңбер құрайды</translation>
    </message>
    <message>
      <source>Row %1: %2 (%3)</source>
      <translation>%1-жол: %2 (%3)</translation>
    </message>
    <message>
      <source>New unit</source>
      <translation>Жаңа бірлік</translation>
    </message>
    <message>
      <source>Rename unit</source>
      <translation>Бірліктің атауын өзгерту</translation>
    </message>
    <message>
      <source>nine digits; empty for a microdistrict</source>
      <translation>тоғыз цифр; шағын аудан үшін — бос</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
      <source>&amp;KATO code:</source>
      <translation>ӘАОЖ &amp;коды:</translation>
    </message>
    <message>
      <source>Name in &amp;Russian:</source>
      <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
      <source>Name in K&amp;azakh:</source>
      <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
      <source>Both the Russian and the Kazakh name are required.</source>
      <translation>Орысша және қазақша атаулары қажет.</translation>
    </message>
    <message>
      <source>A KATO code has nine digits.</source>
      <translation>ӘАОЖ коды тоғыз цифрдан тұрады.</translation>
    </message>
    <message>
      <source>Only a meeting area (microdistrict) may be added without a KATO code.</source>
      <translation>ӘАОЖ кодынсыз тек кездесу орнын (шағын ауданды) қосуға болады.</translation>
    </message>
  </context>
</TS>