<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>жоспарлаушы</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>хатшы</translation>
    </message>
    <message>
        <source>register clerk</source>
        <translation>тізілім жүргізуші</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>This needs the role “%1”, which you do not have; ask the administrator.</source>
        <translation>Бұл үшін сізде жоқ «%1» рөлі қажет; әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>You may change only the records of your own territory.</source>
        <translation>Тек өз аумағыңыздың жазбаларын өзгерте аласыз.</translation>
    </message>
    <message>
        <source>You may see only the records of your own territory.</source>
        <translation>Сіз тек өз аумағыңыздың жазбаларын көре аласыз.</translation>
    </message>
    <message>
        <source>Your account is disabled; ask the administrator.</source>
        <translation>Есептік жазбаңыз өшірілген; әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>You are not a person of this apparatus; ask the administrator.</source>
        <translation>Сіз бұл аппаратта тіркелмегенсіз; әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Рұқсат жоқ</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Президент Әкімшілігіне ұсыну</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Жіберілген күні:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Шығыс &amp;нөмірі:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the calendar</source>
        <translation>Күнтізбені бекіту</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Бекітілген &amp;күні:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Кім &amp;бекітті:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>kept in the record itself (%1 characters, SHA-256 %2)</source>
        <translation>жазбаның өзінде сақталған (%1 таңба, SHA-256 %2)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Бұрын → кейін</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <source>Every change of every record: who made it, when, the values before and after. The trail cannot be changed by anyone.</source>
        <translation>Әр жазбаның әр өзгерісі: кім, қашан, өзгеріске дейінгі және кейінгі мәндер. Журналды ешкім өзгерте алмайды.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Жазба түрі:</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
</context>
<context>
    <name>BulkBodyDialog</name>
    <message>
        <source>Change responsible body</source>
        <translation>Жауапты органды өзгерту</translation>
    </message>
    <message>
        <source>Route %1 chosen issue(s) to another responsible body. Each gets the note in its history.</source>
        <translation>Таңдалған мәселелерді (%1) басқа жауапты органға беру. Ескертпе әрқайсысының тарихына жазылады.</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Жауапты &amp;орган:</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <source>New status for %1 chosen issue(s). Each gets the note in its history; an outcome status closes the issue.</source>
        <translation>Таңдалған мәселелерге жаңа мәртебе: %1. Ескертпе әрқайсысының тарихына жазылады; қорытынды мәртебе мәселені жабады.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>&amp;Жаңа мерзім:</translation>
    </message>
</context>
<context>
    <name>CalendarErrors</name>
    <message>
        <source>This version of the calendar is approved: open a correction to change it.</source>
        <translation>Күнтізбенің бұл нұсқасы бекітілген: оны өзгерту үшін түзету ашыңыз.</translation>
    </message>
    <message>
        <source>Calendars are kept by oblasts, Astana, Almaty and Shymkent.</source>
        <translation>Күнтізбелерді облыстар, Астана, Алматы және Шымкент жүргізеді.</translation>
    </message>
    <message>
        <source>The calendar has no such version.</source>
        <translation>Күнтізбеде мұндай нұсқа жоқ.</translation>
    </message>
    <message>
        <source>A meeting lasts from 1 to 600 minutes.</source>
        <translation>Кездесу ұзақтығы — 1-ден 600 минутқа дейін.</translation>
    </message>
    <message>
        <source>This meeting is already logged as held or announced: it stays in the calendar.</source>
        <translation>Бұл кездесу хабарланған немесе өткізілген деп белгіленген: ол күнтізбеде қалады.</translation>
    </message>
    <message>
        <source>Give the number of the maslikhat&apos;s decision or notice.</source>
        <translation>Мәслихат шешімінің немесе хабарламасының нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s decision or notice before approving.</source>
        <translation>Бекіту алдында мәслихаттың шешімін немесе хабарламасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Say who approved the calendar.</source>
        <translation>Күнтізбені кім бекіткенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A calendar agreed with the maslikhat cannot be approved before the agreement.</source>
        <translation>Мәслихатпен келісілетін күнтізбені келісімге дейін бекітуге болмайды.</translation>
    </message>
    <message>
        <source>Only an approved calendar can be submitted to the Government.</source>
        <translation>Үкіметке тек бекітілген күнтізбе жіберіледі.</translation>
    </message>
    <message>
        <source>Give the outgoing number of the letter to the Government.</source>
        <translation>Үкіметке жолданған хаттың шығыс нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The calendar cannot be submitted before it was approved.</source>
        <translation>Күнтізбені бекітілгенге дейін жіберуге болмайды.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Түзетудің себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The calendar is still a draft: edit it directly.</source>
        <translation>Күнтізбе әлі жоба: оны тікелей өзгертіңіз.</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>Күні күнтізбе жылынан тыс.</translation>
    </message>
    <message>
        <source>The organizing akim of a planned meeting cannot change: delete it and add a new one.</source>
        <translation>Кездесуді өткізетін әкімді өзгертуге болмайды: кездесуді жойып, жаңасын қосыңыз.</translation>
    </message>
    <message>
        <source>There is no calendar for this year yet.</source>
        <translation>Бұл жылға күнтізбе әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Annual calendar of meetings</source>
        <translation>Кездесулердің жылдық күнтізбесі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
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
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Field meetings of every akim of the region for the year. Propose a calendar, correct it by hand, watch the decree check on the right, record the maslikhat&apos;s decision or notice, approve and send it to the Government. After approval, changes go into a correction.</source>
        <translation>Өңірдің барлық әкімдерінің жылдық көшпелі кездесулері. Күнтізбені құрыңыз, қолмен түзетіңіз, оң жақтағы Жарлық бойынша тексеруді қадағалаңыз, мәслихаттың шешімін немесе хабарламасын енгізіңіз, бекітіп, Үкіметке жіберіңіз. Бекітілгеннен кейін өзгерістер түзету арқылы енгізіледі.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Нұсқа:</translation>
    </message>
    <message>
        <source>Decree &amp;edition…</source>
        <translation>Жарлық &amp;редакциясы…</translation>
    </message>
    <message>
        <source>&amp;Propose calendar…</source>
        <translation>Күнтізбені &amp;құру…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Қ&amp;осу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Maslikhat…</source>
        <translation>&amp;Мәслихат…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Бекіту…</translation>
    </message>
    <message>
        <source>&amp;Sent to the Government…</source>
        <translation>&amp;Үкіметке жіберілді…</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>Compare &amp;versions…</source>
        <translation>Нұсқаларды &amp;салыстыру…</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>.ics файлына &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Days off…</source>
        <translation>&amp;Демалыс күндері…</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>Жылдық шолу</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>maslikhat&apos;s decision recorded</source>
        <translation>мәслихат шешімі енгізілген</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>approved and sent to the Government</source>
        <translation>бекітіліп, Үкіметке жіберілген</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>түзетумен ауыстырылған</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>%1-нұсқа — %2</translation>
    </message>
    <message>
        <source>No calendar yet</source>
        <translation>Күнтізбе әлі жоқ</translation>
    </message>
    <message>
        <source>Decree No. 826, edition of %1</source>
        <translation>№ 826 Жарлық, %1 жылғы редакция</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>Approve the calendar by %1: %2 day(s) left.</source>
        <translation>Күнтізбені %1 дейін бекітіңіз: %2 күн қалды.</translation>
    </message>
    <message>
        <source>The calendar was due for approval on %1 and is not approved.</source>
        <translation>Күнтізбені %1 дейін бекіту керек еді, ол бекітілмеген.</translation>
    </message>
    <message>
        <source>Send the approved calendar to the Government by %1.</source>
        <translation>Бекітілген күнтізбені Үкіметке %1 дейін жіберіңіз.</translation>
    </message>
    <message>
        <source>The calendar was due at the Government on %1 and is not recorded as sent.</source>
        <translation>Күнтізбені Үкіметке %1 дейін ұсыну керек еді, жіберілгені туралы белгі жоқ.</translation>
    </message>
    <message>
        <source>Correction %1 is open: agree or notify the maslikhat, then approve it.</source>
        <translation>%1-түзету ашық: оны мәслихатпен келісіңіз немесе мәслихатты хабардар етіңіз, содан кейін бекітіңіз.</translation>
    </message>
    <message>
        <source>Proposing the calendar…</source>
        <translation>Күнтізбе құрылуда…</translation>
    </message>
    <message>
        <source>Meetings added: %1.</source>
        <translation>Қосылған кездесулер: %1.</translation>
    </message>
    <message>
        <source>Not enough working days for:</source>
        <translation>Мыналарға жұмыс күндері жетпеді:</translation>
    </message>
    <message>
        <source>Propose calendar</source>
        <translation>Күнтізбені құру</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Кездесуді қосу</translation>
    </message>
    <message>
        <source>Change a meeting</source>
        <translation>Кездесуді өзгерту</translation>
    </message>
    <message>
        <source>Delete a meeting</source>
        <translation>Кездесуді жою</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Күнтізбені шығару</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Re&amp;gions&apos; calendars (Government)…</source>
        <translation>Өңір&amp;лердің күнтізбелері (Үкімет)…</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Диаграмманы көрсету</translation>
    </message>
    <message>
        <source>Show the same numbers as a table</source>
        <translation>Сол сандарды кестемен көрсету</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Нұсқаларды салыстыру</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
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
        <source>Was</source>
        <translation>Болған</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Нұсқадан:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Н&amp;ұсқаға:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Added: %1, removed: %2, moved: %3</source>
        <translation>Қосылды: %1, жойылды: %2, ауыстырылды: %3</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>No calendar for this year yet: press Propose calendar to draft one.</source>
        <translation>Бұл жылға күнтізбе әлі жоқ: жобасын дайындау үшін «Күнтізбені құру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The calendar meets the decree</source>
        <translation>Күнтізбе Жарлыққа сәйкес</translation>
    </message>
    <message>
        <source>Problems: %1 (coverage gaps: %2)</source>
        <translation>Ескертулер: %1 (қамтылмаған: %2)</translation>
    </message>
    <message>
        <source>Every akim has the field meetings the decree requires in every unit and period. Edits to the plan are checked here at once.</source>
        <translation>Әр әкімнің Жарлық талап ететін көшпелі кездесулері барлық аумақтар мен кезеңдерде бар. Жоспардағы өзгерістер осында бірден тексеріледі.</translation>
    </message>
    <message>
        <source>Correction draft, version %1:</source>
        <translation>Түзету жобасы, %1-нұсқа:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Жазбаны басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>%1 saved this record on %2 while you were editing it. Your changes are not saved yet.</source>
        <translation>Сіз өңдеп жатқанда %1 бұл жазбаны %2 сақтады. Сіздің өзгерістеріңіз әлі сақталмаған.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Their value (%1)</source>
        <translation>Олардың мәні (%1)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Сіздің мәніңіз</translation>
    </message>
    <message>
        <source>The values are the same; only the version changed.</source>
        <translation>Мәндер бірдей; тек нұсқасы өзгерді.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Салыстыру…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Олардың нұсқасын &amp;жүктеу</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Менікін қалдыру</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Өңдеуге оралу</translation>
    </message>
    <message>
        <source>Show their version; what you typed is dropped.</source>
        <translation>Олардың нұсқасын көрсету; сіз енгізген мәліметтер алынып тасталады.</translation>
    </message>
    <message>
        <source>Save what you typed on top of their version.</source>
        <translation>Сіз енгізгенді олардың нұсқасының үстіне сақтау.</translation>
    </message>
    <message>
        <source>Someone changed or removed this record while you were looking at it, so your change was not saved. The window now shows the record as it is; make your change again if it is still needed.</source>
        <translation>Сіз қарап отырғанда біреу бұл жазбаны өзгертті немесе жойды, сондықтан сіздің өзгерісіңіз сақталмады. Терезе жазбаны қазіргі күйінде көрсетеді; өзгеріс әлі керек болса, оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were looking at it, so your change was not saved. The window now shows their version; make your change again if it is still needed.</source>
        <translation>%1 бұл жазбаны %2 өзгертті, сіз оны қарап отырған едіңіз, сондықтан сіздің өзгерісіңіз сақталмады. Терезе олардың нұсқасын көрсетеді; өзгеріс әлі керек болса, оны қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction of the calendar</source>
        <translation>Күнтізбені түзету</translation>
    </message>
    <message>
        <source>Why the calendar changes (this goes to the maslikhat)</source>
        <translation>Күнтізбе неге өзгереді (мәслихатқа хабарланады)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
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
        <source>Find a unit by name or KATO code… (Ctrl+F)</source>
        <translation>Бірлікті атауы немесе ӘАОЖ коды бойынша табу… (Ctrl+F)</translation>
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
    <message>
        <source>&amp;Dates…</source>
        <translation>Кү&amp;ндер…</translation>
    </message>
    <message>
        <source>Dates of %1</source>
        <translation>Күндері: %1</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>a year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation>жартыжылдық</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>тоқсан</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Жарлық редакциясы</translation>
    </message>
    <message>
        <source>The edition in force for the year</source>
        <translation>Осы жылы қолданыстағы редакция</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Редакция:</translation>
    </message>
    <message>
        <source>agreed with the maslikhat</source>
        <translation>мәслихатпен келісу бойынша</translation>
    </message>
    <message>
        <source>with notice to the maslikhat</source>
        <translation>мәслихатты хабардар ете отырып</translation>
    </message>
    <message>
        <source>The edition&apos;s rules. Administrators may change them; a new code adds an edition and leaves the shipped ones as they are.</source>
        <translation>Редакция ережелері. Әкімші оларды өзгерте алады; жаңа код редакция қосады, жеткізілген редакциялар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>Күшіне &amp;енеді:</translation>
    </message>
    <message>
        <source>Calendar &amp;approved by (day and month):</source>
        <translation>Күнтізбе &amp;бекітілетін мерзім (күні мен айы):</translation>
    </message>
    <message>
        <source>Calendar &amp;sent to the Government by:</source>
        <translation>Күнтізбе &amp;Үкіметке жолданатын мерзім:</translation>
    </message>
    <message>
        <source>First &amp;version of the calendar:</source>
        <translation>Күнтізбенің бірінші &amp;нұсқасы:</translation>
    </message>
    <message>
        <source>Co&amp;rrections:</source>
        <translation>Тү&amp;зетулер:</translation>
    </message>
    <message>
        <source>Announce a meeting, days &amp;before:</source>
        <translation>Кездесу туралы &amp;алдын ала хабарлау, күн:</translation>
    </message>
    <message>
        <source>&amp;Publish the results within, days:</source>
        <translation>Қорытындыны &amp;жариялау мерзімі, күн:</translation>
    </message>
    <message>
        <source>Reports by officials, at most, of the &amp;meeting:</source>
        <translation>Лауазымды тұлғалардың баяндамалары, кездесу &amp;уақытының ең көбі:</translation>
    </message>
    <message>
        <source>Title in Eng&amp;lish:</source>
        <translation>А&amp;ғылшынша атауы:</translation>
    </message>
    <message>
        <source>The code may hold letters, digits, dots, hyphens and underscores only, up to 40 of them.</source>
        <translation>Кодта тек әріптер, сандар, нүкте, дефис және астын сызу белгісі болуы мүмкін, 40 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>Give the edition&apos;s title in Russian and in Kazakh.</source>
        <translation>Редакцияның орыс және қазақ тілдеріндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>An edition needs at least one norm: add one.</source>
        <translation>Редакцияда кемінде бір норма болуы керек: норма қосыңыз.</translation>
    </message>
    <message>
        <source>Norm %1: choose whose akims hold the meetings.</source>
        <translation>%1-норма: кездесулерді қай деңгейдің әкімдері өткізетінін таңдаңыз.</translation>
    </message>
    <message>
        <source>Norm %1: choose the units the akims visit.</source>
        <translation>%1-норма: әкімдер баратын бірліктерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Norm %1 repeats another norm: akims of «%2» visiting «%3» are already counted there.</source>
        <translation>%1-норма басқа норманы қайталайды: «%2» әкімдерінің «%3» бірліктеріне баруы онда есепке алынған.</translation>
    </message>
    <message>
        <source>A deadline cannot be 29 February: most years have no such day.</source>
        <translation>Мерзім 29 ақпанға келе алмайды: көп жылдарда мұндай күн жоқ.</translation>
    </message>
    <message>
        <source>The calendar cannot be due at the Government before its approval deadline.</source>
        <translation>Күнтізбені Үкіметке жолдау мерзімі оны бекіту мерзімінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The Government cannot send the calendars to the Presidential Administration before they are due at the Government.</source>
        <translation>Үкімет күнтізбелерді Президент Әкімшілігіне олардың Үкіметке түсу мерзімінен бұрын жолдай алмайды.</translation>
    </message>
    <message>
        <source>The Government sends the calendars to the Presidential A&amp;dministration by:</source>
        <translation>Үкіметтің күнтізбелерді &amp;Президент Әкімшілігіне жолдау мерзімі:</translation>
    </message>
    <message>
        <source>Issues for central bodies, first half, b&amp;y:</source>
        <translation>Ор&amp;талық органдарға арналған мәселелер, бірінші жартыжылдық, мерзімі:</translation>
    </message>
    <message>
        <source>Issues for central bodies, second half, by (ne&amp;xt year):</source>
        <translation>Орталық органдарға арналған мәселелер, ек&amp;інші жартыжылдық, мерзімі (келесі жыл):</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Organizer (KATO or name)</source>
        <translation>Ұйымдастырушы (ӘАОЖ немесе атауы)</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Кездесу орны</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Reason for an off-calendar meeting</source>
        <translation>Күнтізбеден тыс кездесудің негізі</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>The issue</source>
        <translation>Мәселенің мәні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Ways of solution</source>
        <translation>Шешу жолдары</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>e-Otinish нөмірі</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>мән толтырылмаған</translation>
    </message>
    <message>
        <source>not a date (write 31.12.2026 or 2026-12-31)</source>
        <translation>күн емес (31.12.2026 немесе 2026-12-31 деп жазыңыз)</translation>
    </message>
    <message>
        <source>not a time (write 10:30)</source>
        <translation>уақыт емес (10:30 деп жазыңыз)</translation>
    </message>
    <message>
        <source>not a whole number in range</source>
        <translation>рұқсат етілген шектегі бүтін сан емес</translation>
    </message>
    <message>
        <source>a formula: type the value itself</source>
        <translation>формула: мәннің өзін енгізіңіз</translation>
    </message>
    <message>
        <source>outside the calendar&apos;s year</source>
        <translation>күнтізбе жылынан тыс</translation>
    </message>
    <message>
        <source>no such unit in the region</source>
        <translation>өңірде мұндай бірлік жоқ</translation>
    </message>
    <message>
        <source>this unit has no akim of its own</source>
        <translation>бұл бірліктің өз әкімі жоқ</translation>
    </message>
    <message>
        <source>not within the organizer&apos;s territory</source>
        <translation>ұйымдастырушының аумағынан тыс</translation>
    </message>
    <message>
        <source>write &apos;by the population&apos;s demand&apos; or &apos;when necessary&apos;</source>
        <translation>«халықтың талабы бойынша» немесе «қажеттілігіне қарай» деп жазыңыз</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>мұндай санат жоқ</translation>
    </message>
    <message>
        <source>the deadline is before the issue was raised</source>
        <translation>мерзім мәселе түскен күннен бұрын</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>мәтін тым ұзын</translation>
    </message>
    <message>
        <source>no such meeting in the region (copy its id from the meeting list)</source>
        <translation>өңірде мұндай кездесу жоқ (оның идентификаторын кездесулер тізімінен көшіріңіз)</translation>
    </message>
    <message>
        <source>raised before the meeting took place</source>
        <translation>түскен күні кездесу күнінен ерте</translation>
    </message>
    <message>
        <source>no such responsible body (write its code or name)</source>
        <translation>мұндай жауапты орган жоқ (оның кодын немесе атауын жазыңыз)</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>Бұл Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>Файл импорттау үшін тым үлкен.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than its size (a spreadsheet bomb?): it is refused.</source>
        <translation>Кітап өз көлемінен әлдеқайда көп көлемге ашылады (бомба ма?): ол қабылданбады.</translation>
    </message>
    <message>
        <source>The workbook declares XML entities (an entity bomb?): it is refused.</source>
        <translation>Кітапта XML-нысандар жарияланған (XML-бомба ма?): ол қабылданбады.</translation>
    </message>
    <message>
        <source>The workbook cannot be read.</source>
        <translation>Кітапты оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The sheet %1 is hidden: show or delete it, so nothing is imported unseen.</source>
        <translation>%1 парағы жасырылған: ештеңе байқаусыз импортталмауы үшін оны көрсетіңіз немесе жойыңыз.</translation>
    </message>
    <message>
        <source>There is no such sheet.</source>
        <translation>Мұндай парақ жоқ.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the sheet into parts.</source>
        <translation>%1 жолдан көп: парақты бөліктерге бөліңіз.</translation>
    </message>
    <message>
        <source>The sheet has merged cells (at %1): unmerge them so each row holds its own values.</source>
        <translation>Парақта біріктірілген ұяшықтар бар (%1): әр жолда өз мәндері болуы үшін оларды ажыратыңыз.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Парақ бос.</translation>
    </message>
    <message>
        <source>The first row is not a header with column names.</source>
        <translation>Бірінші жол — баған атаулары бар тақырып емес.</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Мына өріс үшін бағанды таңдаңыз: %1</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>Парақта тақырып бар, бірақ жолдар жоқ.</translation>
    </message>
    <message>
        <source>A row was refused: %1</source>
        <translation>Жол қабылданбады: %1</translation>
    </message>
    <message>
        <source>defusedxml is not installed.</source>
        <translation>defusedxml орнатылмаған.</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>Excel файлы</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Бос үлгі</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Excel-ден импорттау</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Кездесулер күнтізбесі</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Өткізілген кездесулер</translation>
    </message>
    <message>
        <source>Problem issues</source>
        <translation>Проблемалық мәселелер</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Blank template (Russian)</source>
        <translation>Бос үлгі (орысша)</translation>
    </message>
    <message>
        <source>Blank template (Kazakh)</source>
        <translation>Бос үлгі (қазақша)</translation>
    </message>
    <message>
        <source>What the sheet holds:</source>
        <translation>Парақта не бар:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Columns (remembered for sheets with the same header):</source>
        <translation>Бағандар (тақырыбы бірдей парақтар үшін есте сақталады):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>%1-жол, %2: %3</translation>
    </message>
    <message>
        <source>%1 row(s) need fixing; nothing will be imported until they are:</source>
        <translation>Түзетуді қажет ететін жолдар: %1; олар түзетілмейінше ештеңе импортталмайды:</translation>
    </message>
    <message>
        <source>All %1 row(s) are good. Press Import to add them.</source>
        <translation>Барлық жолдар (%1) дұрыс. Қосу үшін «Импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation>Импортталған жолдар: %1.</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Үлгі сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeEntities</name>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Проблемалық мәселе</translation>
    </message>
    <message>
        <source>Progress entry</source>
        <translation>Орындалу барысы туралы жазба</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің тармағы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Трансляция</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Хабарландыру</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Күнтізбедегі кездесу</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Күнтізбе нұсқасы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>Territorial unit</source>
        <translation>Аумақтық бірлік</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Жарлық редакциясы</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Мәселе санаты</translation>
    </message>
    <message>
        <source>Issue status</source>
        <translation>Мәселе мәртебесі</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Akim&apos;s post</source>
        <translation>Әкім лауазымы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Trusted sender</source>
        <translation>Сенімді жіберуші</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Сенімді сертификат</translation>
    </message>
    <message>
        <source>Package sent or received</source>
        <translation>Жіберілген немесе алынған пакет</translation>
    </message>
    <message>
        <source>Deadline change</source>
        <translation>Мерзімнің өзгеруі</translation>
    </message>
    <message>
        <source>Working day or day off</source>
        <translation>Жұмыс немесе демалыс күні</translation>
    </message>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Президент Әкімшілігіне жолдау</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Сақталған сүзгі</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Тіркелген файл</translation>
    </message>
    <message>
        <source>Exchange state of a record</source>
        <translation>Жазбаның алмасудағы күйі</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Алмасу қайшылығы</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <source>This is not a data package: the file is not a readable zip archive (or it was cut short).</source>
        <translation>Бұл деректер пакеті емес: файл оқылатын zip-мұрағат емес (немесе қысқартылған).</translation>
    </message>
    <message>
        <source>The file is larger than a data package may be.</source>
        <translation>Файл деректер пакетінің рұқсат етілген көлемінен үлкен.</translation>
    </message>
    <message>
        <source>The archive holds more files than a data package has.</source>
        <translation>Мұрағатта деректер пакетіндегіден көп файл бар.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than a data package may hold (a zip bomb?): %1</source>
        <translation>Мұрағат деректер пакетіне рұқсат етілгеннен әлдеқайда көп көлемге ашылады (zip-бомба ма?): %1</translation>
    </message>
    <message>
        <source>A file name in the archive leads outside it: %1</source>
        <translation>Мұрағаттағы файл атауы оның сыртына апарады: %1</translation>
    </message>
    <message>
        <source>The archive holds a file that is not part of the package: %1</source>
        <translation>Мұрағатта пакетке кірмейтін файл бар: %1</translation>
    </message>
    <message>
        <source>A file of the package was changed after it was made (its checksum differs): %1</source>
        <translation>Пакет файлы жасалғаннан кейін өзгертілген (бақылау сомасы сәйкес емес): %1</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Пакетке қол қойылмаған.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is broken or does not match its contents.</source>
        <translation>Пакеттің қолтаңбасы бүлінген немесе мазмұнына сәйкес емес.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to the trusted root.</source>
        <translation>Қол қоюшының сертификаты сенімді түбірлік сертификатқа жетпейді.</translation>
    </message>
    <message>
        <source>%1 is not on the list of trusted senders for this unit.</source>
        <translation>%1 осы бірліктің сенімді жіберушілер тізімінде жоқ.</translation>
    </message>
    <message>
        <source>The package was made by a newer AkimDesk (format version %1): install the newer version.</source>
        <translation>Пакетті AkimDesk-тің жаңарақ нұсқасы жасаған (формат нұсқасы %1): жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>This is a document package, not a data package.</source>
        <translation>Бұл деректер пакеті емес, құжаттар пакеті.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is missing or unreadable.</source>
        <translation>Пакет манифесі жоқ немесе оқылмайды.</translation>
    </message>
    <message>
        <source>A file listed in the manifest is missing: %1</source>
        <translation>Манифестте көрсетілген файл жоқ: %1</translation>
    </message>
    <message>
        <source>A file inside the archive is damaged: %1</source>
        <translation>Мұрағат ішіндегі файл бүлінген: %1</translation>
    </message>
    <message>
        <source>A name appears twice in the archive: %1</source>
        <translation>Мұрағатта атау екі рет кездеседі: %1</translation>
    </message>
    <message>
        <source>The package&apos;s data is not readable.</source>
        <translation>Пакет деректері оқылмайды.</translation>
    </message>
    <message>
        <source>A record of the package is not valid: %1, record %2, field %3.</source>
        <translation>Пакет жазбасы дұрыс емес: %1, %2-жазба, %3 өрісі.</translation>
    </message>
    <message>
        <source>A date in the package is not valid: %1, record %2, field %3.</source>
        <translation>Пакеттегі күн дұрыс емес: %1, %2-жазба, %3 өрісі.</translation>
    </message>
    <message>
        <source>The same record appears twice in the package: %1</source>
        <translation>Бір жазба пакетте екі рет кездеседі: %1</translation>
    </message>
    <message>
        <source>A record is in a unit that is neither in the directory nor in the package: %1</source>
        <translation>Жазба анықтамалықта да, пакетте де жоқ бірлікке жатады: %1</translation>
    </message>
    <message>
        <source>A record refers to another that is neither here nor in the package: %1</source>
        <translation>Жазба мұнда да, пакетте де жоқ басқа жазбаға сілтейді: %1</translation>
    </message>
    <message>
        <source>This database keeps another calendar of %1 for the same region.</source>
        <translation>Бұл дерекқорда сол өңір үшін %1 жылға басқа күнтізбе бар.</translation>
    </message>
    <message>
        <source>The package does not fit this database; nothing was merged.</source>
        <translation>Пакет осы дерекқорға сәйкес келмейді; ештеңе қабылданған жоқ.</translation>
    </message>
    <message>
        <source>This conflict is already decided.</source>
        <translation>Бұл қайшылық шешіліп қойған.</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>Деректер пакетіне қол қойылуы керек: кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder does not exist: %1</source>
        <translation>Қалта жоқ: %1</translation>
    </message>
    <message>
        <source>Not a KATO code: %1</source>
        <translation>Бұл ӘАОЖ коды емес: %1</translation>
    </message>
    <message>
        <source>The unit is not in the directory: %1</source>
        <translation>Бірлік анықтамалықта жоқ: %1</translation>
    </message>
    <message>
        <source>The package is encrypted: choose the recipient&apos;s key to open it.</source>
        <translation>Пакет шифрланған: оны ашу үшін алушының кілтін таңдаңыз.</translation>
    </message>
    <message>
        <source>The key cannot be opened (a wrong password, or not a key file): %1</source>
        <translation>Кілт ашылмайды (құпиясөз қате немесе бұл кілт файлы емес): %1</translation>
    </message>
    <message>
        <source>The package was not encrypted for this key (it is meant for another recipient) or it is damaged: %1</source>
        <translation>Пакет бұл кілт үшін шифрланбаған (ол басқа алушыға арналған) немесе бүлінген: %1</translation>
    </message>
    <message>
        <source>The package would carry citizens&apos; personal data: choose the recipient&apos;s certificate to encrypt it, or tick “Send unencrypted” to send it in clear on purpose.</source>
        <translation>Пакетте азаматтардың дербес деректері болады: оны шифрлау үшін алушының сертификатын таңдаңыз немесе әдейі ашық түрде жіберу үшін «Шифрлаусыз жіберу» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>The recipient&apos;s certificate cannot be used: %1</source>
        <translation>Алушының сертификатын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The package writes outside its sender&apos;s territory %1: %2 %3.</source>
        <translation>Пакет жіберушінің %1 аумағынан тыс деректерді өзгертеді: %2 %3.</translation>
    </message>
    <message>
        <source>The database is busy: another AkimDesk window or command is writing. Try again when it has finished.</source>
        <translation>Дерекқор бос емес: оған AkimDesk-тің басқа терезесі немесе командасы жазып жатыр. Жазу аяқталған соң қайталаңыз.</translation>
    </message>
    <message>
        <source>The database is busy: %1 on %2 has been running “%3” since %4. Try again when it has finished.</source>
        <translation>Дерекқор бос емес: %2 компьютеріндегі %1 сағат %4-тен бері «%3» орындап жатыр. Ол аяқталған соң қайталаңыз.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Дерекқор бос емес</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Send this unit&apos;s data to the level above as a signed package (on a USB stick or by e-mail), and merge the packages units below send. A record changed on both sides waits here for your decision.</source>
        <translation>Осы бірліктің деректерін жоғары деңгейге қол қойылған пакетпен (флешкамен немесе электрондық поштамен) жіберіңіз және төменгі бірліктердің пакеттерін қабылдаңыз. Екі жақта да өзгертілген жазба осында шешіміңізді күтеді.</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Деректерді жіберу</translation>
    </message>
    <message>
        <source>Receive data</source>
        <translation>Деректерді қабылдау</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Бірлік:</translation>
    </message>
    <message>
        <source>For the &amp;period:</source>
        <translation>Кезең &amp;үшін:</translation>
    </message>
    <message>
        <source>Changes since the last package &amp;to:</source>
        <translation>&amp;Соңғы пакеттен бергі өзгерістер, алушы:</translation>
    </message>
    <message>
        <source>recipient, e.g. the oblast akimat</source>
        <translation>алушы, мысалы облыс әкімдігі</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Қ&amp;ол қою кілті:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Кі&amp;лттің құпиясөзі:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>Encr&amp;ypt for:</source>
        <translation>Кім&amp;ге шифрлау:</translation>
    </message>
    <message>
        <source>Send u&amp;nencrypted</source>
        <translation>Шиф&amp;рлаусыз жіберу</translation>
    </message>
    <message>
        <source>Citizens&apos; names and phones will travel in clear: anyone who finds the USB stick or the e-mail can read them. Send unencrypted only when the recipient cannot receive an encrypted package.</source>
        <translation>Азаматтардың аты-жөні мен телефондары ашық түрде жіберіледі: флешка немесе хат кімнің қолына түссе, сол оқи алады. Алушы шифрланған пакетті қабылдай алмаған жағдайда ғана шифрлаусыз жіберіңіз.</translation>
    </message>
    <message>
        <source>&amp;Export data package</source>
        <translation>Деректер пакетін &amp;шығару</translation>
    </message>
    <message>
        <source>&amp;Import a data package…</source>
        <translation>Деректер &amp;пакетін қабылдау…</translation>
    </message>
    <message>
        <source>Save &amp;receipt…</source>
        <translation>&amp;Түбіртекті сақтау…</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>Excel-&amp;ден импорттау…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Тапсыру толықтығы</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Қайшылықтар (%1)</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Біздің нұсқаны қалдыру</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Жіберушінің нұсқасын &amp;қабылдау</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Бізде</translation>
    </message>
    <message>
        <source>Sender&apos;s</source>
        <translation>Жіберушіде</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>ештеңе түскен жоқ</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: %2 жазба</translation>
    </message>
    <message>
        <source>sent nothing</source>
        <translation>ештеңе жібермеген</translation>
    </message>
    <message>
        <source>(deleted by the sender)</source>
        <translation>(жіберуші жойған)</translation>
    </message>
    <message>
        <source>Decided: the sender&apos;s version was taken.</source>
        <translation>Шешілді: жіберушінің нұсқасы қабылданды.</translation>
    </message>
    <message>
        <source>Decided: our version stays.</source>
        <translation>Шешілді: біздің нұсқа қалады.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қол қою кілті</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 кілті (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Recipient&apos;s certificate</source>
        <translation>Алушының сертификаты</translation>
    </message>
    <message>
        <source>Certificate (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Сертификат (*.cer *.crt *.pem *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Пакетке арналған қалта</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>Деректер пакетіне қол қойылуы керек: кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The key cannot sign: %1</source>
        <translation>Кілтпен қол қою мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Пакетті алушыны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 deletions)</source>
        <translation>Пакет жазылды: %1 (%2 жазба, %3 жою)</translation>
    </message>
    <message>
        <source>Exporting the data package…</source>
        <translation>Деректер пакеті шығарылуда…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Бас тартылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Деректер пакетін қабылдау</translation>
    </message>
    <message>
        <source>Data package (*.zip *.p7m);;All files (*)</source>
        <translation>Деректер пакеті (*.zip *.p7m);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the data package…</source>
        <translation>Деректер пакетін тексеру…</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>Қабылданбады, ештеңе жазылған жоқ: %1</translation>
    </message>
    <message>
        <source>Importing the data package…</source>
        <translation>Деректер пакеті қабылдануда…</translation>
    </message>
    <message>
        <source>This package was already imported; nothing changed.</source>
        <translation>Бұл пакет бұрын қабылданған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Merged %1 from %2: %3 new, %4 updated, %5 deleted, %6 unchanged; %7 conflict(s) wait for your decision.</source>
        <translation>%2 жіберген %1 қабылданды: жаңа %3, жаңартылды %4, жойылды %5, өзгеріссіз %6; шешіміңізді күтетін қайшылықтар: %7.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Түбіртекті сақтау</translation>
    </message>
    <message>
        <source>Receipt (*.json)</source>
        <translation>Түбіртек (*.json)</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Түбіртек сақталды: %1</translation>
    </message>
    <message>
        <source>the recipient&apos;s certificate file</source>
        <translation>алушының сертификат файлы</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a document</source>
        <translation>Құжатты шығару</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Қ&amp;ұжат:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Өң&amp;ір:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>&amp;Жауапты орган:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>К&amp;ездесу:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат &amp;тілі:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Дербес деректер:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>Қ&amp;олтаңба:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>Бірінші жартыжылдық</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Екінші жартыжылдық</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>I тоқсан</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>II тоқсан</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>III тоқсан</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>IV тоқсан</translation>
    </message>
    <message>
        <source>Whole country (all regions)</source>
        <translation>Бүкіл ел (барлық өңірлер)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <source>Include applicants&apos; names and contacts (masked unless ticked)</source>
        <translation>Өтініш берушілердің аты-жөні мен байланыстарын қосу (әйтпесе жасырылады)</translation>
    </message>
    <message>
        <source>PKCS#12 key file (.p12, .pfx)</source>
        <translation>PKCS#12 кілт файлы (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Шығару</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Қол қою құралы</translation>
    </message>
    <message>
        <source>Every region in one document, the region as a column; signed on behalf of the Government&apos;s office.</source>
        <translation>Барлық өңірлер бір құжатта, өңір — жеке баған; Үкімет Аппараты атынан қол қойылады.</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder for packages</source>
        <translation>Пакеттерге арналған қалта</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Кілттің құпиясөзі</translation>
    </message>
    <message>
        <source>Password of %1 (it is not saved):</source>
        <translation>%1 кілтінің құпиясөзі (сақталмайды):</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>There is no held meeting in this region and period to report on.</source>
        <translation>Бұл өңірде осы кезеңде есеп беретін өткізілген кездесу жоқ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Choose your key file (.p12) or untick the signature.</source>
        <translation>Кілт файлын (.p12) таңдаңыз немесе қолтаңба белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Қол қоюшы: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Шығарылуда: %1…</translation>
    </message>
    <message>
        <source>There is nothing for this document in %1 for %2.</source>
        <translation>Бұл құжат үшін деректер жоқ: %1, %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Шығару тоқтатылды, ештеңе сақталмады.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Approved annual calendar</source>
        <translation>Бекітілген жылдық күнтізбе</translation>
    </message>
    <message>
        <source>Issues for central bodies, holdings and companies</source>
        <translation>Орталық органдарға, холдингтер мен компанияларға арналған мәселелер</translation>
    </message>
    <message>
        <source>Quarterly update of problem issues</source>
        <translation>Проблемалық мәселелер бойынша тоқсандық ақпарат</translation>
    </message>
    <message>
        <source>Execution summary</source>
        <translation>Орындалуы туралы жиынтық ақпарат</translation>
    </message>
    <message>
        <source>Report of one meeting</source>
        <translation>Кездесу туралы есеп</translation>
    </message>
    <message>
        <source>The flexible annual calendar of field meetings as approved: for the maslikhat, and for the Government by 20 January.</source>
        <translation>Көшпелі кездесулердің бекітілген редакциядағы икемді жылдық күнтізбесі: мәслихат үшін және Үкіметке 20 қаңтарға дейін.</translation>
    </message>
    <message>
        <source>Problem issues that need a decision of central executive bodies, national holdings and companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August.</source>
        <translation>Орталық атқарушы органдардың, ұлттық холдингтер мен компаниялардың шешімін талап ететін проблемалық мәселелер ұсыныстарымен, жауапты органдар бойынша: Үкіметке 15 ақпанға және 15 тамызға дейін.</translation>
    </message>
    <message>
        <source>Status, way of solution and progress of every issue open during a quarter. The figures are kept as reported, and the next quarter&apos;s update shows what changed since.</source>
        <translation>Тоқсан ішінде жабылмаған әрбір мәселенің мәртебесі, шешу жолдары және орындалу барысы. Көрсеткіштер ұсынылған күйінде сақталады, ал келесі тоқсанның ақпараты өзгерістерді көрсетеді.</translation>
    </message>
    <message>
        <source>Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by category, status and level, with charts.</source>
        <translation>Жоспарланған және өткізілген кездесулер, күнтізбеден тыс кездесулер, Жарлық талаптарының сақталмауы, мәселелер санаттар, мәртебе және деңгей бойынша, диаграммалармен.</translation>
    </message>
    <message>
        <source>One meeting: how it was held, the decree checks, the issues raised and the instructions given.</source>
        <translation>Бір кездесу: қалай өтті, Жарлық талаптарын тексеру, көтерілген мәселелер және берілген тапсырмалар.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Тізімдеме</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Файл жоқ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256 against the manifest</source>
        <translation>Тізімдеме бойынша SHA-256</translation>
    </message>
    <message>
        <source>File not in the manifest</source>
        <translation>Файл тізімдемеде көрсетілмеген</translation>
    </message>
    <message>
        <source>Duplicate file</source>
        <translation>Қайталанатын файл</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Оқылады</translation>
    </message>
    <message>
        <source>Signature of the manifest</source>
        <translation>Тізімдеменің қолтаңбасы</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>PDF қолтаңбасы</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Сенім тізбегі</translation>
    </message>
    <message>
        <source>Same signer</source>
        <translation>Сол қол қоюшы</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Пакет атауы</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Уақыт белгісі</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Қол қоюшының сертификаты</translation>
    </message>
    <message>
        <source>the file differs from the one signed</source>
        <translation>файл қол қойылғаннан өзгеше</translation>
    </message>
    <message>
        <source>a signed file is missing</source>
        <translation>қол қойылған файл жоқ</translation>
    </message>
    <message>
        <source>a file was added that was not signed</source>
        <translation>қол қойылмаған файл қосылған</translation>
    </message>
    <message>
        <source>changed after signing</source>
        <translation>қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>does not chain to a trusted root certificate</source>
        <translation>сенімді түбірлік сертификатқа дейін тізбектелмейді</translation>
    </message>
    <message>
        <source>the certificate had expired when it signed</source>
        <translation>қол қойған сәтте сертификаттың мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>the certificate was not yet valid when it signed</source>
        <translation>қол қойған сәтте сертификат әлі күшіне енбеген</translation>
    </message>
    <message>
        <source>signed with a key that is not for signing (an authentication key)</source>
        <translation>қол қоюға арналмаған кілтпен қойылған (аутентификация кілті)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>сертификат кері қайтарылған</translation>
    </message>
    <message>
        <source>the package was renamed or swapped for another</source>
        <translation>пакеттің атауы өзгертілген немесе ол басқасымен ауыстырылған</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>қолтаңба бүлінген</translation>
    </message>
    <message>
        <source>the time-stamp is broken</source>
        <translation>уақыт белгісі бүлінген</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>тізімдеме оқылмайды</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <source>signed by someone else than the manifest</source>
        <translation>тізімдемеге қол қойған адам емес, басқа біреу қол қойған</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 тізімдемемен сәйкес</translation>
    </message>
    <message>
        <source>listed in the manifest but not in the package</source>
        <translation>тізімдемеде көрсетілген, бірақ пакетте жоқ</translation>
    </message>
    <message>
        <source>present in the package but not listed in the manifest</source>
        <translation>пакетте бар, бірақ тізімдемеде көрсетілмеген</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>пакетте тізімдеме жоқ</translation>
    </message>
    <message>
        <source>the package is not signed (no manifest.json.p7s)</source>
        <translation>пакетке қол қойылмаған (manifest.json.p7s жоқ)</translation>
    </message>
    <message>
        <source>signature of manifest.json is intact and valid</source>
        <translation>manifest.json қолтаңбасы бұзылмаған және жарамды</translation>
    </message>
    <message>
        <source>manifest.json was changed after signing (digest mismatch)</source>
        <translation>manifest.json қол қойылғаннан кейін өзгертілген (хеш сәйкес емес)</translation>
    </message>
    <message>
        <source>the signature value does not verify</source>
        <translation>қолтаңба мәні тексеруден өтпейді</translation>
    </message>
    <message>
        <source>PDF signature is intact and valid and covers the whole file</source>
        <translation>PDF қолтаңбасы бұзылмаған, жарамды және бүкіл файлды қамтиды</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (digest mismatch)</source>
        <translation>PDF қол қойылғаннан кейін өзгертілген (хеш сәйкес емес)</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>PDF-ке қол қойылмаған</translation>
    </message>
    <message>
        <source>content was added to the PDF after signing</source>
        <translation>PDF-ке қол қойылғаннан кейін мазмұн қосылған</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chains to a trusted root</source>
        <translation>қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектеледі</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not chain to a trusted root</source>
        <translation>қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектелмейді</translation>
    </message>
    <message>
        <source>the package carries the name it was signed as</source>
        <translation>пакет қол қойылған кездегі атауымен тұр</translation>
    </message>
    <message>
        <source>signed by the same certificate as the manifest</source>
        <translation>тізімдемемен бірдей сертификатпен қол қойылған</translation>
    </message>
    <message>
        <source>signed by a different certificate than the manifest</source>
        <translation>тізімдемеден басқа сертификатпен қол қойылған</translation>
    </message>
    <message>
        <source>files listed: %1</source>
        <translation>тізімдемедегі файлдар: %1</translation>
    </message>
    <message>
        <source>%1 bytes, the manifest says %2</source>
        <translation>%1 байт, ал тізімдемеде %2 көрсетілген</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 тізімдемемен сәйкес келмейді</translation>
    </message>
    <message>
        <source>the archive holds this name more than once</source>
        <translation>мұрағатта бұл атау бірнеше рет кездеседі</translation>
    </message>
    <message>
        <source>too large for a document package</source>
        <translation>құжаттар пакеті үшін тым үлкен</translation>
    </message>
    <message>
        <source>damaged inside the archive</source>
        <translation>мұрағат ішінде бүлінген</translation>
    </message>
    <message>
        <source>the signature cannot be read</source>
        <translation>қолтаңба оқылмайды</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is damaged</source>
        <translation>қол қоюшының сертификаты бүлінген</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>PDF оқылмайды</translation>
    </message>
    <message>
        <source>Data package</source>
        <translation>Деректер пакеті</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Meeting date</source>
        <translation>Кездесу күні</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Planned length, min</source>
        <translation>Жоспарланған ұзақтығы, мин</translation>
    </message>
    <message>
        <source>Report, min</source>
        <translation>Баяндама, мин</translation>
    </message>
    <message>
        <source>Questions and answers, min</source>
        <translation>Сұрақ-жауап, мин</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысушылар саны</translation>
    </message>
    <message>
        <source>Questions collected</source>
        <translation>Жиналған сұрақтар</translation>
    </message>
    <message>
        <source>Channel for questions</source>
        <translation>Сұрақтар жинау арнасы</translation>
    </message>
    <message>
        <source>Video conference</source>
        <translation>Бейнеконференция</translation>
    </message>
    <message>
        <source>Results published on</source>
        <translation>Қорытындылар жарияланған күні</translation>
    </message>
    <message>
        <source>Link to the results</source>
        <translation>Қорытындыларға сілтеме</translation>
    </message>
    <message>
        <source>Personal reception</source>
        <translation>Жеке қабылдау</translation>
    </message>
    <message>
        <source>Note on the personal reception</source>
        <translation>Жеке қабылдау туралы ескертпе</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кездесу қорытындысы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Трансляциялар</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact</source>
        <translation>Өтініш берушінің байланысы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Құзырет деңгейі</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Way to solve</source>
        <translation>Шешу жолы</translation>
    </message>
    <message>
        <source>Proposal to the centre</source>
        <translation>Орталыққа ұсыныс</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Бастапқы мерзімі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>e-Otinish нөмірі</translation>
    </message>
    <message>
        <source>Organizing akim</source>
        <translation>Ұйымдастырушы әкім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Length, min</source>
        <translation>Ұзақтығы, мин</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Away meeting</source>
        <translation>Көшпелі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>ҚАТО коды</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орыс.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қаз.)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Таратылған күні</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Жазба күні</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Done, %</source>
        <translation>Орындалды, %</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Күнтізбе нұсқасы</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Жіберілді немесе алынды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Sender&apos;s KATO code</source>
        <translation>Жіберушінің ӘАОЖ коды</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Бақылау сомасы (SHA-256)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>FilteredTable</name>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to AkimDesk</source>
        <translation>AkimDesk бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>A few answers set the program up for your akimat; everything can be changed later on the Settings page.</source>
        <translation>Бірнеше жауап бағдарламаны әкімдігіңізге баптайды; барлығын кейін «Баптаулар» бетінде өзгертуге болады.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Өң&amp;ір:</translation>
    </message>
    <message>
        <source>&amp;District (for a district akimat):</source>
        <translation>А&amp;удан (аудан әкімдігі үшін):</translation>
    </message>
    <message>
        <source>Akimat&apos;s &amp;name:</source>
        <translation>Әкімдіктің &amp;атауы:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Деректер:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Қол қою:</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Осы компьютердегі &amp;файл</translation>
    </message>
    <message>
        <source>The apparatus&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>Аппараттың &amp;ортақ сервері (PostgreSQL)</translation>
    </message>
    <message>
        <source>Key &amp;file (PKCS#12)</source>
        <translation>&amp;Кілт файлы (PKCS#12)</translation>
    </message>
    <message>
        <source>NCA&amp;Layer (keys on a token or ID card)</source>
        <translation>NCALayer (&amp;токендегі немесе жеке куәліктегі кілт)</translation>
    </message>
    <message>
        <source>— the whole region (oblast akimat) —</source>
        <translation>— бүкіл өңір (облыс әкімдігі) —</translation>
    </message>
</context>
<context>
    <name>GovernmentDialog</name>
    <message>
        <source>Regions&apos; calendars for %1</source>
        <translation>Өңірлердің %1 жылға арналған күнтізбелері</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Бекітілген күні</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>&amp;Submitted to the Presidential Administration…</source>
        <translation>Президент Әкімшілігіне &amp;ұсынылды…</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 regions.</source>
        <translation>Түсті: %2 өңірдің %1.</translation>
    </message>
    <message>
        <source>Sent to the Presidential Administration on %1, No. %2.</source>
        <translation>Президент Әкімшілігіне %1 ұсынылды, № %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>late</source>
        <translation>кешігіп</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>түспеген</translation>
    </message>
    <message>
        <source>The Government&apos;s step is complete.</source>
        <translation>Үкімет қадамы орындалды.</translation>
    </message>
</context>
<context>
    <name>GovernmentStep</name>
    <message>
        <source>Give the outgoing number of the letter to the Presidential Administration.</source>
        <translation>Президент Әкімшілігіне хаттың шығыс нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The submission of this year&apos;s calendars is already recorded.</source>
        <translation>Осы жылғы күнтізбелердің ұсынылғаны белгіленген.</translation>
    </message>
    <message>
        <source>No region&apos;s approved calendar for this year has arrived: nothing to submit.</source>
        <translation>Бұл жылға бірде-бір өңірдің бекітілген күнтізбесі түспеген: ұсынатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The calendars cannot be submitted before they arrived.</source>
        <translation>Күнтізбелерді түскенге дейін ұсыну мүмкін емес.</translation>
    </message>
    <message>
        <source>Send the regions&apos; approved calendars to the Presidential Administration by %1: %2 day(s) left.</source>
        <translation>Өңірлердің бекітілген күнтізбелерін Президент Әкімшілігіне %1 дейін ұсыныңыз: %2 күн қалды.</translation>
    </message>
    <message>
        <source>The regions&apos; calendars were due at the Presidential Administration on %1 and are not recorded as sent.</source>
        <translation>Өңірлердің күнтізбелерін Президент Әкімшілігіне %1 ұсыну керек еді, жіберілгені туралы белгі жоқ.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>The region and year at a glance: are the decree&apos;s meetings on track, which issues are late, what comes next. Click a chart&apos;s Table button to read its numbers.</source>
        <translation>Өңір мен жыл бір көзқараста: Жарлық бойынша кездесулер жоспар бойынша өтіп жатыр ма, қай мәселелердің мерзімі өтті, алда не бар. Диаграммадағы «Кесте» батырмасы оның сандарын көрсетеді.</translation>
    </message>
    <message>
        <source>Meetings by the decree&apos;s norms (akim × quarter)</source>
        <translation>Жарлық нормалары бойынша кездесулер (әкім × тоқсан)</translation>
    </message>
    <message>
        <source>Issues by status</source>
        <translation>Мәселелер мәртебе бойынша</translation>
    </message>
    <message>
        <source>Open issues by responsible body</source>
        <translation>Жабылмаған мәселелер жауапты органдар бойынша</translation>
    </message>
    <message>
        <source>Red: overdue; blue: within the deadline</source>
        <translation>Қызылмен — мерзімі өткендер, көкпен — мерзімінде</translation>
    </message>
    <message>
        <source>Overdue issues at each month&apos;s end</source>
        <translation>Әр айдың соңындағы мерзімі өткен мәселелер</translation>
    </message>
    <message>
        <source>What is next</source>
        <translation>Алда не бар</translation>
    </message>
    <message>
        <source>Choose a region in the bar above, or create the directory on the Directory page.</source>
        <translation>Жоғарыдағы панельде өңірді таңдаңыз немесе «Аумақтар анықтамалығы» бетінде анықтамалықты толтырыңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No calendar for %1 yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 жылға күнтізбе әлі жоқ.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Behind the norms:&lt;/b&gt; %1 of %2 akim–unit pairs lack a meeting.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Нормадан артта:&lt;/b&gt; %2 «әкім — аумақ» жұбының %1-інде кездесу жетпейді.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;On track:&lt;/b&gt; all %1 akim–unit pairs have their meetings.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Жоспар бойынша:&lt;/b&gt; барлық %1 «әкім — аумақ» жұбында кездесулер бар.</translation>
    </message>
    <message>
        <source>Open issues: &lt;b&gt;%1&lt;/b&gt;, of them overdue: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</source>
        <translation>Жабылмаған мәселелер: &lt;b&gt;%1&lt;/b&gt;, оның ішінде мерзімі өткені: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Meetings planned: &lt;b&gt;%1&lt;/b&gt;, held: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Кездесулер жоспарланды: &lt;b&gt;%1&lt;/b&gt;, өткізілді: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>No meetings are planned for this year. Open the Calendar page and press Propose a calendar.</source>
        <translation>Бұл жылға кездесулер жоспарланбаған. «Кездесулердің жылдық күнтізбесі» бетін ашып, күнтізбе жасаңыз.</translation>
    </message>
    <message>
        <source>The decree sets no meeting in this quarter</source>
        <translation>Жарлық бұл тоқсанда кездесуді талап етпейді</translation>
    </message>
    <message>
        <source>%1 of %2 units have their meetings; double-click to open the calendar</source>
        <translation>%2 аумақтың %1-інде кездесулер бар; екі рет шерту күнтізбені ашады</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>No issues in the register yet. They are added from a meeting&apos;s record or on the Register page.</source>
        <translation>Тізілімде әлі мәселе жоқ. Олар кездесу жазбасынан немесе «Проблемалық мәселелер тізілімі» бетінде енгізіледі.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Жабылмаған</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>No open issues: nothing waits for a body.</source>
        <translation>Орындалудағы мәселе жоқ: органдарға орындайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>No issue was overdue this year.</source>
        <translation>Биыл мерзімі өткен мәселе болған жоқ.</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Жақын мерзімдер</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>қалған күн: %1</translation>
    </message>
    <message>
        <source>No decree deadline ahead.</source>
        <translation>Алда Жарлық бойынша мерзім жоқ.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Әрі қарай не істеу керек</translation>
    </message>
    <message>
        <source>Prepare the calendar for %1</source>
        <translation>%1 жылға күнтізбе жасау</translation>
    </message>
    <message>
        <source>Plan meetings where the norms are not met</source>
        <translation>Нормалар орындалмаған жерлерде кездесулер жоспарлау</translation>
    </message>
    <message>
        <source>Review %1 overdue issues</source>
        <translation>Мерзімі өткен мәселелерді қарау: %1</translation>
    </message>
    <message>
        <source>Publish the results of %1 held meetings</source>
        <translation>Өткізілген кездесулердің қорытындысын жариялау: %1</translation>
    </message>
    <message>
        <source>Prepare a report for the maslikhat</source>
        <translation>Мәслихатқа есеп дайындау</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Meeting:</source>
        <translation>Кездесу:</translation>
    </message>
    <message>
        <source>Source (if not at a meeting):</source>
        <translation>Көзі (кездесуде болмаса):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Көтерілген күні:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>Citizen (personal data):</source>
        <translation>Азамат (дербес деректер):</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact:</source>
        <translation>Азаматтың байланысы:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <source>Competence &amp;level:</source>
        <translation>Құзырет &amp;деңгейі:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Жауапты &amp;орган:</translation>
    </message>
    <message>
        <source>Ways of &amp;solution:</source>
        <translation>Шешу &amp;жолдары:</translation>
    </message>
    <message>
        <source>Proposal for a central-level decision:</source>
        <translation>Орталық деңгейде шешуге ұсыныс:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>О&amp;рындау мерзімі:</translation>
    </message>
    <message>
        <source>e-Otinish number:</source>
        <translation>e-Otinish нөмірі:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Проблемалық мәселе</translation>
    </message>
    <message>
        <source>New problem issue</source>
        <translation>Жаңа проблемалық мәселе</translation>
    </message>
    <message>
        <source>given when the issue is saved</source>
        <translation>сақтаған кезде беріледі</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Deadline extensions:</source>
        <translation>Мерзімді ұзартулар:</translation>
    </message>
    <message>
        <source>History of progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>— status unchanged —</source>
        <translation>— мәртебе өзгеріссіз —</translation>
    </message>
    <message>
        <source>&amp;Add to history</source>
        <translation>&amp;Тарихқа қосу</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Жаңа мәртебе:</translation>
    </message>
    <message>
        <source>Extended deadline:</source>
        <translation>Ұзартылған мерзім:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Орындалды:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
    <message>
        <source>No entries yet: the issue is new.</source>
        <translation>Әзірге жазба жоқ: мәселе жаңа.</translation>
    </message>
    <message>
        <source>not raised at a meeting</source>
        <translation>кездесуде көтерілмеген</translation>
    </message>
    <message>
        <source>extended; originally %1</source>
        <translation>ұзартылды; бастапқыда %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>%1 жабылды</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4): %5</source>
        <translation>%1: %2 мерзімінен %3 мерзіміне (%4): %5</translation>
    </message>
</context>
<context>
    <name>IssueRegisterModel</name>
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
        <source>Category</source>
        <translation>Санат</translation>
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
    <message>
        <source>Reg. No.</source>
        <translation>Тір. №</translation>
    </message>
    <message>
        <source>Extended; the original deadline was %1</source>
        <translation>Ұзартылды; бастапқы мерзімі — %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
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
        <source>Off-calendar: at the population&apos;s demand</source>
        <translation>Күнтізбеден тыс: халықтың талабы бойынша</translation>
    </message>
    <message>
        <source>Off-calendar: when necessary</source>
        <translation>Күнтізбеден тыс: қажет болғанда</translation>
    </message>
    <message>
        <source>Approval of the calendar</source>
        <translation>Күнтізбені бекіту</translation>
    </message>
    <message>
        <source>Calendar sent to the Government</source>
        <translation>Күнтізбені Үкіметке жолдау</translation>
    </message>
    <message>
        <source>Announcement of the meeting</source>
        <translation>Кездесу туралы хабарландыру</translation>
    </message>
    <message>
        <source>Publication of the meeting&apos;s results</source>
        <translation>Кездесу қорытындысын жариялау</translation>
    </message>
    <message>
        <source>half-year %2 of %1</source>
        <translation>%1 жылдың %2-жартыжылдығы</translation>
    </message>
    <message>
        <source>quarter %2 of %1</source>
        <translation>%1 жылдың %2-тоқсаны</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 жыл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Серверге кіру</translation>
    </message>
    <message>
        <source>The database on %1 needs your login and password. The password is not saved.</source>
        <translation>%1 серверіндегі дерекқор логин мен құпиясөзді талап етеді. Құпиясөз сақталмайды.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>The server did not accept this login and password. Check them and try again.</source>
        <translation>Сервер бұл логин мен құпиясөзді қабылдамады. Оларды тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Пошта баптаулары</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Пошта &amp;сервері:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрлау:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Пайдаланушы &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Жіберушінің &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Recipients (comma-separated):</source>
        <translation>Алушылар (&amp;үтір арқылы):</translation>
    </message>
    <message>
        <source>The password is not saved: AkimDesk asks for it each time it sends a package.</source>
        <translation>Құпиясөз сақталмайды: AkimDesk оны әр пакетті жіберген сайын сұрайды.</translation>
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
        <translation>Өң&amp;ір:</translation>
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
        <source>Import from E&amp;xcel…</source>
        <translation>Excel-&amp;ден импорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
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
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
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
        <translation>Жабылмаған мәселелер: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overdue: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</source>
        <translation>Мерзімі өткен: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</translation>
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
        <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims&apos; meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Президенттің № 826 Жарлығы бойынша әкімдердің халықпен кездесулерін жоспарлау, өткізу және есепке алу.&lt;/p&gt;&lt;p&gt;Қаріп: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Home page</source>
        <translation>&amp;Басты бет</translation>
    </message>
    <message>
        <source>&amp;New item on this page</source>
        <translation>Беттегі жаңа &amp;жазба</translation>
    </message>
    <message>
        <source>&amp;Delete the chosen item</source>
        <translation>&amp;Таңдалғанды жою</translation>
    </message>
    <message>
        <source>&amp;Export a document…</source>
        <translation>Құжатты шы&amp;ғару…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Жаң&amp;арту</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Соңғы дере&amp;кқорлар</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Дерекқорлар әлі ашылмаған</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>AkimDesk database (*.sqlite)</source>
        <translation>AkimDesk дерекқоры (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>MaslikhatDialog</name>
    <message>
        <source>Maslikhat&apos;s agreement</source>
        <translation>Мәслихатпен келісу</translation>
    </message>
    <message>
        <source>Notice to the maslikhat</source>
        <translation>Мәслихатты хабардар ету</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Шешімнің &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Notice &amp;number:</source>
        <translation>Хабарламаның &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Кездесу: %1</translation>
    </message>
    <message>
        <source>Video conference held</source>
        <translation>Бейнеконференцбайланыс өткізілді</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Өтетін орны:</translation>
    </message>
    <message>
        <source>&amp;Planned, min:</source>
        <translation>Ж&amp;оспарланған, мин:</translation>
    </message>
    <message>
        <source>&amp;Report, min:</source>
        <translation>Б&amp;аяндама, мин:</translation>
    </message>
    <message>
        <source>&amp;Questions and answers, min:</source>
        <translation>С&amp;ұрақ-жауап, мин:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>Қа&amp;тысқандар:</translation>
    </message>
    <message>
        <source>Questions collected &amp;beforehand:</source>
        <translation>А&amp;лдын ала жиналған сұрақтар:</translation>
    </message>
    <message>
        <source>Collected &amp;through:</source>
        <translation>Ж&amp;инау арнасы:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Тармақ қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Fill from the template</source>
        <translation>Үлгі бойынша толтыру</translation>
    </message>
    <message>
        <source>names (optional)</source>
        <translation>аты-жөні (міндетті емес)</translation>
    </message>
    <message>
        <source>Announcements before the meeting:</source>
        <translation>Кездесу алдындағы хабарландырулар:</translation>
    </message>
    <message>
        <source>Add announcement</source>
        <translation>Хабарландыру қосу</translation>
    </message>
    <message>
        <source>Online broadcasts:</source>
        <translation>Онлайн-трансляциялар:</translation>
    </message>
    <message>
        <source>Add broadcast</source>
        <translation>Трансляция қосу</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Қорытындылары жарияланды</translation>
    </message>
    <message>
        <source>Personal reception of citizens held with the meeting</source>
        <translation>Азаматтарды жеке қабылдау өткізілді</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>&amp;Жарияланған күні:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>С&amp;ілтеме:</translation>
    </message>
    <message>
        <source>Reception &amp;note:</source>
        <translation>Қабылдау туралы &amp;ескерту:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Announcements and broadcast</source>
        <translation>Хабарландырулар мен трансляция</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Хабарланған</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Өткізілді деп белгілеу</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>Кездесуді болдырмау…</translation>
    </message>
    <message>
        <source>Issues &amp;raised…</source>
        <translation>Көтерілген &amp;мәселелер…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Тіркеу парағы</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Decree checks:</source>
        <translation>Жарлық бойынша тексерулер:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Correction of the calendar</source>
        <translation>Күнтізбені түзету</translation>
    </message>
    <message>
        <source>Open a correction of the %1 calendar now, with this reason?
%2</source>
        <translation>%1 жылғы күнтізбеге осы себеппен түзетуді қазір ашу керек пе?
%2</translation>
    </message>
    <message>
        <source>Correction %1 of the calendar is open: move the meeting there and have it agreed or notified.</source>
        <translation>Күнтізбенің %1-түзетуі ашылды: онда кездесуді ауыстырып, түзетуді мәслихатпен келісіңіз немесе оны хабардар етіңіз.</translation>
    </message>
    <message>
        <source>The minutes are printed once the meeting is marked held.</source>
        <translation>Хаттама кездесу өткізілді деп белгіленгеннен кейін басылады.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>comments open</source>
        <translation>пікірлер ашық</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>the stored copy is missing or changed</source>
        <translation>сақталған көшірме жоқ немесе өзгертілген</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>This meeting is in the approved calendar: open a correction of the calendar on the Calendar page to move it.</source>
        <translation>Бұл кездесу бекітілген күнтізбеде бар: оны ауыстыру үшін «Күнтізбе» бетінде күнтізбені түзетуді ашыңыз.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>Maslikhat deputies</source>
        <translation>Мәслихат депутаттары</translation>
    </message>
    <message>
        <source>Party representatives</source>
        <translation>Партия өкілдері</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Қоғамдық ұйымдар</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Оппозиция</translation>
    </message>
    <message>
        <source>Central bodies</source>
        <translation>Орталық органдар</translation>
    </message>
    <message>
        <source>Other residents</source>
        <translation>Басқа тұрғындар</translation>
    </message>
    <message>
        <source>Mass media (press)</source>
        <translation>БАҚ (баспасөз)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <source>Official website</source>
        <translation>Ресми интернет-ресурс</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>Электрондық үкімет порталы</translation>
    </message>
    <message>
        <source>Open data portal</source>
        <translation>Ашық деректер порталы</translation>
    </message>
    <message>
        <source>Official social media accounts</source>
        <translation>Әлеуметтік желілердегі ресми аккаунттар</translation>
    </message>
    <message>
        <source>Public places</source>
        <translation>Көпшілік жиналатын орындар</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Құжаттың сканері</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Басқа файл</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>Күні күнтізбе жылынан тыс.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Кездесу басталмай жатып аяқталады.</translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation>Сан теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The report cannot be longer than the whole meeting.</source>
        <translation>Баяндама бүкіл кездесуден ұзақ бола алмайды.</translation>
    </message>
    <message>
        <source>Results cannot be published before the meeting.</source>
        <translation>Қорытындылар кездесуге дейін жариялана алмайды.</translation>
    </message>
    <message>
        <source>An announcement cannot come after the meeting.</source>
        <translation>Хабарландыру кездесуден кейін бола алмайды.</translation>
    </message>
    <message>
        <source>A meeting in the future cannot be held yet.</source>
        <translation>Болашақтағы кездесу әлі өткізілмеген болуы керек.</translation>
    </message>
    <message>
        <source>The meeting cannot move to this status now.</source>
        <translation>Кездесуді қазір бұл мәртебеге ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>Say why the meeting is postponed or cancelled.</source>
        <translation>Кездесуді ауыстыру немесе болдырмау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the date the results were published (Results tab).</source>
        <translation>Қорытындылардың жарияланған күнін көрсетіңіз («Қорытындылар» қойындысы).</translation>
    </message>
    <message>
        <source>Say why the meeting is held outside the calendar.</source>
        <translation>Күнтізбеден тыс кездесудің негізін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Файл табылмады.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл оқылмайды.</translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing or damaged.</source>
        <translation>Бұл тіркеменің сақталған көшірмесі жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <source>Attachments are kept beside an SQLite database file.</source>
        <translation>Тіркемелер SQLite дерекқоры файлының жанында сақталады.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings with the population</source>
        <translation>Халықпен кездесулер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Болдырмау мүмкін емес</translation>
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
    <message>
        <source>Checks failed</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Meetings of the chosen year: from the calendar (also those not logged yet) and off-calendar. Open one to record what happened; the decree checks are shown beside the form.</source>
        <translation>Таңдалған жылдың кездесулері: күнтізбе бойынша (әлі белгіленбегендерін қоса) және күнтізбеден тыс. Қорытындысын енгізу үшін кездесуді ашыңыз; Жарлық бойынша тексерулер форманың жанында көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Open / record…</source>
        <translation>Ашу / &amp;қорытындыны енгізу…</translation>
    </message>
    <message>
        <source>O&amp;ff-calendar meeting…</source>
        <translation>Күнтізбеден &amp;тыс кездесу…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Only with failed checks</source>
        <translation>Тек бұзушылықтары барлар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Off-calendar</source>
        <translation>Күнтізбеден тыс</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Кездесуді өзгерту</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge the data package?</source>
        <translation>Деректер пакетін жүктеу керек пе?</translation>
    </message>
    <message>
        <source>%1 from %2 (signed by %3). Merging it will:</source>
        <translation>%2 жіберген %1 (қол қойған: %3). Пакетті жүктегенде:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>%1 record(s) unchanged, %2 kept because ours are newer. Conflicts wait for your decision on the Conflicts tab.</source>
        <translation>Өзгеріссіз: %1; біздегісі жаңарақ болғандықтан қалдырылды: %2. Қайшылықтар «Қайшылықтар» қойындысында шешіміңізді күтеді.</translation>
    </message>
    <message>
        <source>The package changes nothing here.</source>
        <translation>Пакет мұнда ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Жүктеу</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Meetings on %1:</source>
        <translation>%1 кездесулері:</translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <source>Norms: field meetings each akim holds</source>
        <translation>Нормалар: әр әкімнің көшпелі кездесулері</translation>
    </message>
    <message>
        <source>Akims of</source>
        <translation>Әкімдер</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Баратын жері</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Кемінде</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Add a &amp;norm</source>
        <translation>Жаңа нор&amp;ма қосу</translation>
    </message>
    <message>
        <source>Remove &amp;the norm</source>
        <translation>Норманы &amp;өшіру</translation>
    </message>
    <message>
        <source>A new norm: choose its akims, the units they visit and the period</source>
        <translation>Жаңа норма: әкімдерді, баратын бірліктерді және кезеңді таңдаңыз</translation>
    </message>
    <message>
        <source>Remove the selected norm from the edition</source>
        <translation>Таңдалған норманы редакциядан өшіру</translation>
    </message>
    <message>
        <source>The selected norm</source>
        <translation>Таңдалған норма</translation>
    </message>
    <message>
        <source>Or&amp;ganizing akims:</source>
        <translation>Ұйымдастырушы &amp;әкімдер:</translation>
    </message>
    <message>
        <source>Meet in eac&amp;h unit of:</source>
        <translation>Әкімдер баратын &amp;деңгей (әрбір бірлікке):</translation>
    </message>
    <message>
        <source>At least, meet&amp;ings:</source>
        <translation>Кездесулер &amp;саны, кемінде:</translation>
    </message>
    <message>
        <source>Co&amp;unted per:</source>
        <translation>Кезе&amp;ңі:</translation>
    </message>
</context>
<context>
    <name>OffCalendarDialog</name>
    <message>
        <source>Off-calendar meeting</source>
        <translation>Күнтізбеден тыс кездесу</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Әкім:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Негізі:</translation>
    </message>
</context>
<context>
    <name>PlannedMeetingDialog</name>
    <message>
        <source>Planned meeting</source>
        <translation>Күнтізбедегі кездесу</translation>
    </message>
    <message>
        <source>New planned meeting</source>
        <translation>Күнтізбедегі жаңа кездесу</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Әкім:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Ұ&amp;зақтығы:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Өтетін орны:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Propose calendar</source>
        <translation>Күнтізбені құру</translation>
    </message>
    <message>
        <source>Every akim of the region gets the field meetings the decree requires in every unit and period, on working days, spread across each period. Meetings already in the draft are kept.</source>
        <translation>Өңірдің әр әкіміне Жарлық талап ететін көшпелі кездесулер әр бірлікте және әр кезеңде — жұмыс күндері, кезең бойына біркелкі жоспарланады. Жобаға енгізілген кездесулер сақталады.</translation>
    </message>
    <message>
        <source>Field meetings per akim per &amp;day, at most:</source>
        <translation>Бір әкімнің бір &amp;күндегі көшпелі кездесулері, көп дегенде:</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Issues raised at a meeting</source>
        <translation>Кездесуде көтерілген мәселелер</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Құзырет деңгейі</translation>
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
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Жол &amp;қосу</translation>
    </message>
    <message>
        <source>Empty rows are skipped. Citizens&apos; names and contacts are personal data: they are masked in every export unless you include them.</source>
        <translation>Бос жолдар өткізіліп жіберіледі. Азаматтардың аты-жөні мен байланыстары — дербес деректер: оларды анық қоспасаңыз, кез келген экспортта жасырылады.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Кездесу:</translation>
    </message>
    <message>
        <source>Choose the meeting the issues were raised at.</source>
        <translation>Мәселелер көтерілген кездесуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Type at least one issue.</source>
        <translation>Кемінде бір мәселе енгізіңіз.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the rows and save again.</source>
        <translation>Ештеңе сақталмады; жолдарды түзетіп, қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>RecipientKeyDialog</name>
    <message>
        <source>Encrypted data package</source>
        <translation>Шифрланған деректер пакеті</translation>
    </message>
    <message>
        <source>%1 is encrypted for its recipient. Choose the recipient&apos;s key to open it.</source>
        <translation>%1 алушы үшін шифрланған. Оны ашу үшін алушының кілтін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;key:</source>
        <translation>Алушының &amp;кілті:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Кілттің &amp;құпиясөзі:</translation>
    </message>
    <message>
        <source>Recipient&apos;s key</source>
        <translation>Алушының кілті</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 кілті (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Local akimat</source>
        <translation>Жергілікті әкімдік</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Central executive body</source>
        <translation>Орталық атқарушы орган</translation>
    </message>
    <message>
        <source>National holding</source>
        <translation>Ұлттық холдинг</translation>
    </message>
    <message>
        <source>National company</source>
        <translation>Ұлттық компания</translation>
    </message>
    <message>
        <source>Type the text of the issue.</source>
        <translation>Мәселенің мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose where the issue was raised.</source>
        <translation>Мәселе қай жерде көтерілгенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the date the issue was raised.</source>
        <translation>Мәселе көтерілген күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>Мәселе болашақ күнмен көтерілмейді.</translation>
    </message>
    <message>
        <source>An issue not raised at a meeting needs its source (e-Otinish, personal reception…).</source>
        <translation>Кездесуде көтерілмеген мәселенің көзін көрсетіңіз (e-Otinish, жеке қабылдау…).</translation>
    </message>
    <message>
        <source>Choose the competence level.</source>
        <translation>Құзырет деңгейін таңдаңыз.</translation>
    </message>
    <message>
        <source>The deadline is earlier than the day the issue was raised.</source>
        <translation>Мерзім мәселе көтерілген күннен ерте.</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>Жаңа мерзімді көрсетіңіз.</translation>
    </message>
    <message>
        <source>An extended deadline must be later than the current one.</source>
        <translation>Ұзартылған мерзім ағымдағы мерзімнен кейін болуы керек.</translation>
    </message>
    <message>
        <source>An extended deadline cannot be in the past.</source>
        <translation>Ұзартылған мерзім өткен күнде болмайды.</translation>
    </message>
    <message>
        <source>Closing an issue needs a final note on the outcome.</source>
        <translation>Мәселені жабу үшін нәтиже туралы қорытынды жазба қажет.</translation>
    </message>
    <message>
        <source>Type the text of the entry.</source>
        <translation>Жазбаның мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>Give the date of the entry.</source>
        <translation>Жазбаның күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>Жазба болашақ күнмен белгіленбейді.</translation>
    </message>
    <message>
        <source>An entry cannot be dated before the issue was raised.</source>
        <translation>Жазба мәселе көтерілген күннен бұрын күнмен белгіленбейді.</translation>
    </message>
    <message>
        <source>Percent of completion is from 0 to 100.</source>
        <translation>Орындалу пайызы — 0-ден 100-ге дейін.</translation>
    </message>
    <message>
        <source>The text is longer than 4000 characters: shorten it.</source>
        <translation>Мәтін 4000 таңбадан ұзын: оны қысқартыңыз.</translation>
    </message>
    <message>
        <source>The percent contradicts the status: resolved means 100%, and 100% is closed with an outcome.</source>
        <translation>Пайыз мәртебеге қайшы: «шешілді» 100% дегенді білдіреді, ал 100% болғанда мәселе нәтижесімен жабылады.</translation>
    </message>
    <message>
        <source>Closing needs an outcome status (resolved, explained, …).</source>
        <translation>Жабу үшін қорытынды мәртебе қажет (шешілді, түсіндірме берілді, …).</translation>
    </message>
    <message>
        <source>The deadline of an issue in work changes only by an extension with a note.</source>
        <translation>Орындалудағы мәселенің мерзімі тек ескертпемен ұзарту арқылы өзгереді.</translation>
    </message>
    <message>
        <source>Someone changed this issue meanwhile; reopen it to see the changes.</source>
        <translation>Бұл мәселені осы уақытта басқа пайдаланушы өзгертті; өзгерістерді көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The issue is no longer in the database.</source>
        <translation>Мәселе дерекқорда енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Белгісіз мәртебе.</translation>
    </message>
    <message>
        <source>The responsible body is not in this database.</source>
        <translation>Бұл жауапты орган дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>The meeting is not in this database.</source>
        <translation>Бұл кездесу дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>The territory is not in this database.</source>
        <translation>Бұл аумақ дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Сүзгіге атау беріңіз.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register of problem issues</source>
        <translation>Проблемалық мәселелер тізілімі</translation>
    </message>
    <message>
        <source>Every problem issue raised by citizens in the chosen region, in all years: who is responsible, the deadline, the status and the history of progress. Filters and search work on the whole database; overdue deadlines are shown in red, extended ones with an asterisk.</source>
        <translation>Таңдалған өңір азаматтарының барлық жылдардағы проблемалық мәселелері: кім жауапты, мерзімі, мәртебесі және орындалу барысы. Сүзгілер мен іздеу бүкіл дерекқор бойынша жұмыс істейді; мерзімі өткендері қызылмен, ұзартылғандары жұлдызшамен белгіленеді.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <source>Words from the text, in Russian or Kazakh (Ctrl+F)</source>
        <translation>Мәтіндегі сөздер, орысша немесе қазақша (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Жауапты &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
        <source>Raised &amp;from</source>
        <translation>К&amp;өтерілу кезеңі:</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters:</source>
        <translation>Сақ&amp;талған сүзгілер:</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Сүзгіні сақтау…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>Жаңа м&amp;әселе…</translation>
    </message>
    <message>
        <source>&amp;Quick entry from a meeting…</source>
        <translation>Кездесуден жылдам &amp;енгізу…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>А&amp;шу…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Мә&amp;ртебені өзгерту…</translation>
    </message>
    <message>
        <source>Change responsible bod&amp;y…</source>
        <translation>Жа&amp;уапты органды өзгерту…</translation>
    </message>
    <message>
        <source>Show issues of all meetings</source>
        <translation>Барлық кездесулердің мәселелерін көрсету</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Жабылмаған</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Мерзімі %1 күн ішінде</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(ортақ)</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>%1 кездесуі, %2</translation>
    </message>
    <message>
        <source>Issues: %1 (loaded %2)</source>
        <translation>Мәселелер: %1 (жүктелді %2)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сүзгіні сақтау</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Сүзгінің атауы:</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Болдырмау мүмкін емес</translation>
    </message>
    <message>
        <source>Add %1 issue(s)</source>
        <translation>Мәселелерді қосу: %1</translation>
    </message>
    <message>
        <source>Status «%1» for %2 issue(s)</source>
        <translation>«%1» мәртебесі, мәселелер: %2</translation>
    </message>
    <message>
        <source>Responsible body «%1» for %2 issue(s)</source>
        <translation>«%1» жауапты органы, мәселелер: %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Exported</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 (moved or deleted)</source>
        <translation>%1 (жылжытылған немесе жойылған)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reports and exports</source>
        <translation>Есептер және шығару</translation>
    </message>
    <message>
        <source>Documents for the maslikhat and the Government as Excel and PDF in Russian or Kazakh, signed with your key in one package that anyone can verify offline, ready to send by e-mail.</source>
        <translation>Мәслихат пен Үкіметке арналған құжаттар Excel және PDF форматында қазақ немесе орыс тілінде, сіздің кілтіңізбен қол қойылған, кез келген адам интернетсіз тексере алатын бір пакетте, электрондық поштамен жіберуге дайын.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Шығару…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>Пакетті &amp;тексеру…</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Шығарылған пакеттер</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Қалтада көрсету</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>E-mail &amp;draft</source>
        <translation>&amp;Хат жобасы</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail…</source>
        <translation>&amp;Поштамен жіберу…</translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation>Пошта баптаулары…</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>қол қойған %1</translation>
    </message>
    <message>
        <source>Package saved (%1): %2</source>
        <translation>Пакет сақталды (%1): %2</translation>
    </message>
    <message>
        <source>E-mail draft with the package attached: %1</source>
        <translation>Пакет тіркелген хат жобасы: %1</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Поштамен жіберу</translation>
    </message>
    <message>
        <source>Password of %1 on the mail server (it is not saved):</source>
        <translation>Пошта серверіндегі %1 құпиясөзі (сақталмайды):</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients first (E-mail settings…).</source>
        <translation>Алдымен пошта сервері мен алушыларды көрсетіңіз (Пошта баптаулары…).</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>%1 мекенжайына жіберілді: %2</translation>
    </message>
    <message>
        <source>Sending the package…</source>
        <translation>Пакет жіберілуде…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Кері қайтарылғандар тізімі (CRL)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Сенімді сертификат</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.cer *.crt *.pem *.der *.crl);;All files (*)</source>
        <translation>Сертификаттар мен кері қайтарылғандар тізімдері (*.cer *.crt *.pem *.der *.crl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Сенімді сертификаттар қоймасы</translation>
    </message>
    <message>
        <source>%1 is not a certificate or revocation list.</source>
        <translation>%1 — сертификат та, кері қайтарылғандар тізімі де емес.</translation>
    </message>
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
        <source>Signing</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>&amp;Time-stamp service (TSA):</source>
        <translation>Уақыт &amp;белгісі қызметі (TSA):</translation>
    </message>
    <message>
        <source>NCALayer &amp;address:</source>
        <translation>NCALayer &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Root and intermediate certificates of the National Certification Centre (NCA RK) and their revocation lists. Package verification and data import judge every signer against them.</source>
        <translation>Ұлттық куәландырушы орталықтың (ҰКО РК) түбірлік және аралық сертификаттары мен олардың кері қайтарылғандар тізімдері. Пакеттерді тексеру және деректерді импорттау кезінде әрбір қол қоюшы солар бойынша тексеріледі.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Саусақ ізі (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ж&amp;ою</translation>
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
    <name>Signing</name>
    <message>
        <source>Cannot open %1: the password is wrong, or it is not a PKCS#12 key file.</source>
        <translation>%1 ашылмады: құпиясөз қате немесе бұл PKCS#12 кілт файлы емес.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>%1 кілт файлы оқылмады.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it can no longer sign.</source>
        <translation>%1 сертификатының мерзімі %2 аяқталды: онымен енді қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>%1 сертификаты тек %2 бастап жарамды.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing: choose your signing key, not the authentication one.</source>
        <translation>%1 сертификаты қол қоюға арналмаған: аутентификация кілтін емес, қол қою кілтін таңдаңыз.</translation>
    </message>
    <message>
        <source>The key of %1 is an authentication key (AUTH), not a signing key: choose the signing key (RSA or GOST).</source>
        <translation>%1 кілті — аутентификация кілті (AUTH), қол қою кілті емес: қол қоюға арналған кілтті (RSA немесе GOST) таңдаңыз.</translation>
    </message>
    <message>
        <source>The key in %1 cannot sign here (GOST keys sign through NCALayer).</source>
        <translation>%1 ішіндегі кілтпен мұнда қол қою мүмкін емес (ГОСТ кілттері NCALayer арқылы қол қояды).</translation>
    </message>
    <message>
        <source>NCALayer is not running or cannot be reached at %1: start NCALayer and try again.</source>
        <translation>NCALayer іске қосылмаған немесе %1 мекенжайы бойынша қолжетімсіз: NCALayer-ді іске қосып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer; nothing was saved.</source>
        <translation>NCALayer-де қол қою тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>NCALayer did not answer in time; nothing was signed.</source>
        <translation>NCALayer уақытында жауап бермеді; ештеңеге қол қойылмады.</translation>
    </message>
    <message>
        <source>NCALayer signed with another key than the one chosen, or refused the key: choose your signing key; nothing was saved.</source>
        <translation>NCALayer таңдалғаннан басқа кілтпен қол қойды немесе кілтті қабылдамады: өз қол қою кілтіңізді таңдаңыз; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>NCALayer refused to sign: %1</source>
        <translation>NCALayer қол қоюдан бас тартты: %1</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a time-stamp; nothing was saved.</source>
        <translation>%1 уақыт белгісі қызметі уақыт белгісін бермеді; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>%1 атынан</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БСН %1</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submission to the Government</source>
        <translation>Үкіметке ұсыну</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Жіберілген &amp;күні:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>&amp;Шығыс нөмірі:</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Show or edit the decree edition whose deadlines and norms this calendar follows</source>
        <translation>Күнтізбе мерзімдері мен нормалары бойынша құрылатын Жарлық редакциясын көрсету немесе өзгерту</translation>
    </message>
    <message>
        <source>Mark the days off and working days that move the decree&apos;s deadlines</source>
        <translation>Жарлық мерзімдеріне әсер ететін демалыс және жұмыс күндерін белгілеу</translation>
    </message>
    <message>
        <source>Propose meeting dates for every unit the norm still needs</source>
        <translation>Нормаға әлі жетпейтін әр бірлік үшін кездесу күндерін ұсыну</translation>
    </message>
    <message>
        <source>Add a planned meeting to the calendar</source>
        <translation>Күнтізбеге жоспарланған кездесу қосу</translation>
    </message>
    <message>
        <source>Change the chosen planned meeting</source>
        <translation>Таңдалған жоспарланған кездесуді өзгерту</translation>
    </message>
    <message>
        <source>Delete the chosen planned meeting from the calendar</source>
        <translation>Таңдалған кездесуді күнтізбеден жою</translation>
    </message>
    <message>
        <source>Compare two versions of the calendar: what was added, moved or removed</source>
        <translation>Күнтізбенің екі нұсқасын салыстыру: не қосылды, ауыстырылды, жойылды</translation>
    </message>
    <message>
        <source>Save the calendar as an .ics file for a mail program or a phone</source>
        <translation>Күнтізбені пошта бағдарламасы немесе телефон үшін .ics файлына сақтау</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s agreement or the notice to the maslikhat</source>
        <translation>Мәслихатпен келісуді немесе мәслихатты хабардар етуді жазу</translation>
    </message>
    <message>
        <source>Record the approval of the calendar</source>
        <translation>Күнтізбені бекітуді жазу</translation>
    </message>
    <message>
        <source>Record the sending of the approved calendar to the Government</source>
        <translation>Бекітілген күнтізбені Үкіметке жолдауды жазу</translation>
    </message>
    <message>
        <source>Start a correction of the approved calendar, with its reason</source>
        <translation>Бекітілген күнтізбені түзетуді себебін көрсетіп бастау</translation>
    </message>
    <message>
        <source>The Government&apos;s view: every region&apos;s calendar and its deadlines</source>
        <translation>Үкімет көрінісі: барлық өңірлердің күнтізбелері және олардың мерзімдері</translation>
    </message>
    <message>
        <source>Open the chosen meeting to record how it went</source>
        <translation>Таңдалған кездесуді ашып, оның қалай өткенін жазу</translation>
    </message>
    <message>
        <source>Record a meeting that was not in the calendar</source>
        <translation>Күнтізбеден тыс кездесуді жазу</translation>
    </message>
    <message>
        <source>Save the current filters under a name to use them again</source>
        <translation>Ағымдағы сүзгілерді қайта қолдану үшін атаумен сақтау</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Таңдалған сақталған сүзгіні жою</translation>
    </message>
    <message>
        <source>Clear every filter and show all issues</source>
        <translation>Барлық сүзгілерді тазартып, барлық мәселелерді көрсету</translation>
    </message>
    <message>
        <source>Register a new problem issue</source>
        <translation>Жаңа проблемалық мәселені тіркеу</translation>
    </message>
    <message>
        <source>Enter many issues raised at one meeting, row by row</source>
        <translation>Бір кездесуде көтерілген көп мәселені жол-жолымен бірден енгізу</translation>
    </message>
    <message>
        <source>Open the chosen issue</source>
        <translation>Таңдалған мәселені ашу</translation>
    </message>
    <message>
        <source>Set one status for every selected issue</source>
        <translation>Белгіленген барлық мәселеге бір мәртебе қою</translation>
    </message>
    <message>
        <source>Set one responsible body for every selected issue</source>
        <translation>Белгіленген барлық мәселеге бір жауапты орган тағайындау</translation>
    </message>
    <message>
        <source>Make a document (Excel, PDF) or a signed package for the maslikhat or the Government</source>
        <translation>Мәслихатқа немесе Үкіметке құжат (Excel, PDF) немесе қол қойылған пакет жасау</translation>
    </message>
    <message>
        <source>Check the signatures and contents of a package file</source>
        <translation>Пакет файлының қолтаңбалары мен мазмұнын тексеру</translation>
    </message>
    <message>
        <source>Open the folder that holds the chosen file</source>
        <translation>Таңдалған файл жатқан қалтаны ашу</translation>
    </message>
    <message>
        <source>Check the signatures of the chosen package</source>
        <translation>Таңдалған пакеттің қолтаңбаларын тексеру</translation>
    </message>
    <message>
        <source>Save an e-mail draft with the chosen package attached</source>
        <translation>Таңдалған пакет тіркелген хаттың жобасын сақтау</translation>
    </message>
    <message>
        <source>Send the chosen package by e-mail</source>
        <translation>Таңдалған пакетті электрондық поштамен жіберу</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients&apos; addresses</source>
        <translation>Пошта серверін және алушылардың мекенжайларын баптау</translation>
    </message>
    <message>
        <source>Add a unit (district, town, rural district) under the chosen one</source>
        <translation>Таңдалған бірліктің ішіне бірлік (аудан, қала, ауылдық округ) қосу</translation>
    </message>
    <message>
        <source>Rename the chosen unit</source>
        <translation>Таңдалған бірліктің атауын өзгерту</translation>
    </message>
    <message>
        <source>Mark the chosen unit as abolished; its history is kept</source>
        <translation>Таңдалған бірлікті таратылды деп белгілеу; оның тарихы сақталады</translation>
    </message>
    <message>
        <source>Set when the chosen unit was established and abolished</source>
        <translation>Таңдалған бірліктің құрылған және таратылған күндерін көрсету</translation>
    </message>
    <message>
        <source>Import the territory directory from a file</source>
        <translation>Аумақтар анықтамалығын файлдан импорттау</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>ЭЦҚ кілті файлын таңдау</translation>
    </message>
    <message>
        <source>Choose the folder the package is saved to</source>
        <translation>Пакет сақталатын қалтаны таңдау</translation>
    </message>
    <message>
        <source>Export a signed data package for the next level (oblast, Government)</source>
        <translation>Жоғары деңгейге (облыс, Үкімет) қол қойылған деректер пакетін шығару</translation>
    </message>
    <message>
        <source>Import a district&apos;s or oblast&apos;s data package after checking its signature</source>
        <translation>Аудан немесе облыс деректер пакетін қолтаңбасын тексеріп қабылдау</translation>
    </message>
    <message>
        <source>Save the receipt confirming that the package was imported</source>
        <translation>Пакеттің қабылданғаны туралы түбіртекті сақтау</translation>
    </message>
    <message>
        <source>Import calendars, meetings or issues from an Excel workbook</source>
        <translation>Күнтізбелерді, кездесулерді немесе мәселелерді Excel кітабынан импорттау</translation>
    </message>
    <message>
        <source>Keep our value in the chosen conflict</source>
        <translation>Таңдалған қайшылықта біздің мәнді қалдыру</translation>
    </message>
    <message>
        <source>Take the package&apos;s value in the chosen conflict</source>
        <translation>Таңдалған қайшылықта пакеттегі мәнді қабылдау</translation>
    </message>
    <message>
        <source>Copy the database to the backup folder now</source>
        <translation>Дерекқорды қазір сақтық көшірмелер қалтасына көшіру</translation>
    </message>
    <message>
        <source>Add a root or intermediate certificate to the trust store</source>
        <translation>Сенімді сертификаттар қоймасына түбірлік немесе аралық сертификат қосу</translation>
    </message>
    <message>
        <source>Remove the chosen certificate from the trust store</source>
        <translation>Таңдалған сертификатты сенімді сертификаттар қоймасынан жою</translation>
    </message>
    <message>
        <source>Add the day, or change its kind if it is already listed</source>
        <translation>Күнді қосу немесе тізімде бар болса, оның түрін өзгерту</translation>
    </message>
    <message>
        <source>Remove the chosen day from the list</source>
        <translation>Таңдалған күнді тізімнен жою</translation>
    </message>
    <message>
        <source>Add this entry to the issue&apos;s progress history</source>
        <translation>Жазбаны орындалу барысының тарихына қосу</translation>
    </message>
    <message>
        <source>Add one more row for an issue</source>
        <translation>Мәселе үшін тағы бір жол қосу</translation>
    </message>
    <message>
        <source>Choose the folder the document is saved to</source>
        <translation>Құжат сақталатын қалтаны таңдау</translation>
    </message>
    <message>
        <source>Choose the package file to check</source>
        <translation>Тексерілетін пакет файлын таңдау</translation>
    </message>
    <message>
        <source>Choose a trusted root certificate</source>
        <translation>Сенімді түбірлік сертификатты таңдау</translation>
    </message>
    <message>
        <source>Check the package&apos;s signatures and files</source>
        <translation>Пакеттің қолтаңбалары мен файлдарын тексеру</translation>
    </message>
    <message>
        <source>Choose the Excel workbook to import</source>
        <translation>Импорттайтын Excel кітабын таңдау</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Russian</source>
        <translation>Қажетті бағандары бар бос кітапты орыс тіліндегі тақырыптармен сақтау</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Kazakh</source>
        <translation>Қажетті бағандары бар бос кітапты қазақ тіліндегі тақырыптармен сақтау</translation>
    </message>
    <message>
        <source>Import the checked rows into the database</source>
        <translation>Тексерілген жолдарды дерекқорға импорттау</translation>
    </message>
    <message>
        <source>Record that the meeting was announced</source>
        <translation>Кездесу туралы хабарланғанын белгілеу</translation>
    </message>
    <message>
        <source>Record that the meeting was held</source>
        <translation>Кездесудің өткізілгенін белгілеу</translation>
    </message>
    <message>
        <source>Record that the meeting&apos;s results were published</source>
        <translation>Кездесу қорытындыларының жарияланғанын белгілеу</translation>
    </message>
    <message>
        <source>Move the meeting to another day, with the reason</source>
        <translation>Кездесуді себебін көрсетіп басқа күнге ауыстыру</translation>
    </message>
    <message>
        <source>Cancel the meeting, with the reason</source>
        <translation>Кездесуді себебін көрсетіп болдырмау</translation>
    </message>
    <message>
        <source>Register the problem issues raised at this meeting</source>
        <translation>Кездесуде көтерілген проблемалық мәселелерді тіркеу</translation>
    </message>
    <message>
        <source>Print a document of this meeting</source>
        <translation>Осы кездесудің құжатын басып шығару</translation>
    </message>
    <message>
        <source>Save a document of this meeting as PDF</source>
        <translation>Осы кездесудің құжатын PDF түрінде сақтау</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Күн тәртібіне тармақ қосу</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Күн тәртібінің таңдалған тармағын жою</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Таңдалған тармақты жоғары жылжыту (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Таңдалған тармақты төмен жылжыту (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Fill the agenda from the standard template</source>
        <translation>Күн тәртібін үлгілік шаблон бойынша толтыру</translation>
    </message>
    <message>
        <source>Add an announcement of the meeting</source>
        <translation>Кездесу туралы хабарландыру қосу</translation>
    </message>
    <message>
        <source>Remove the chosen announcement</source>
        <translation>Таңдалған хабарландыруды жою</translation>
    </message>
    <message>
        <source>Add an online broadcast of the meeting</source>
        <translation>Кездесудің онлайн трансляциясын қосу</translation>
    </message>
    <message>
        <source>Remove the chosen broadcast</source>
        <translation>Таңдалған трансляцияны жою</translation>
    </message>
    <message>
        <source>Attach a file (photo, minutes, video) to the meeting</source>
        <translation>Кездесуге файл тіркеу (фото, хаттама, бейне)</translation>
    </message>
    <message>
        <source>Open the chosen file</source>
        <translation>Таңдалған файлды ашу</translation>
    </message>
    <message>
        <source>Choose the certificate of the body the package is encrypted for</source>
        <translation>Пакет шифрланатын органның сертификатын таңдау</translation>
    </message>
</context>
<context>
    <name>UnitDatesDialog</name>
    <message>
        <source>Dates of %1</source>
        <translation>Күндері: %1</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>&amp;Құрылған күні:</translation>
    </message>
    <message>
        <source>&amp;Retired on:</source>
        <translation>&amp;Таратылған күні:</translation>
    </message>
    <message>
        <source>known (empty: existed before)</source>
        <translation>белгілі (бос — бұрыннан бар)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>таратылған</translation>
    </message>
    <message>
        <source>A unit is retired after the day it was established.</source>
        <translation>Бірлік құрылған күнінен кейін таратылады.</translation>
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
        <source>a unit of this level cannot be under a unit of the parent&apos;s level</source>
        <translation>бұл деңгейдегі бірлік жоғары тұрған бірліктің деңгейіне кіре алмайды</translation>
    </message>
    <message>
        <source>the KATO code does not belong under the parent&apos;s code</source>
        <translation>ҚАТО коды жоғары тұрған бірліктің кодына жатпайды</translation>
    </message>
    <message>
        <source>a unit cannot move to another region</source>
        <translation>бірлікті басқа өңірге көшіруге болмайды</translation>
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
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a package</source>
        <translation>Пакетті тексеру</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <source>Also trust this root certificate (optional; the trust store is used always):</source>
        <translation>Осы түбірлік сертификатқа да сену (міндетті емес; сенімді сертификаттар қоймасы әрқашан қолданылады):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>AkimDesk packages (*.zip);;All files (*)</source>
        <translation>AkimDesk пакеттері (*.zip);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>Сенімді түбірлік сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.cer *.crt *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
    <message>
        <source>Not a package that can be checked: %1</source>
        <translation>Бұл тексеруге болатын пакет емес: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Қол қойылмаған</translation>
    </message>
    <message>
        <source>Signed by: %1, certificate %2, valid until %3; issued by %4</source>
        <translation>Қол қойған: %1, сертификат %2, %3 дейін жарамды; берген: %4</translation>
    </message>
    <message>
        <source>Time-stamped: %1 UTC</source>
        <translation>Уақыт белгісі: %1 UTC</translation>
    </message>
    <message>
        <source>The package is intact, its signatures are valid and the signer chains to a trusted root.</source>
        <translation>Пакет бүтін, қолтаңбалар жарамды, қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектеледі.</translation>
    </message>
    <message>
        <source>The package is intact, but the signer could not be judged: no trusted root certificate is in the trust store (Settings) or given here.</source>
        <translation>Пакет бүтін, бірақ қол қоюшыны тексеру мүмкін болмады: сенімді сертификаттар қоймасында (Баптаулар) түбірлік сертификат жоқ және мұнда да көрсетілмеген.</translation>
    </message>
    <message>
        <source>The package does NOT pass verification: %1 check(s) failed.</source>
        <translation>Пакет тексеруден ӨТПЕДІ: бұзушылықтар саны — %1.</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Extra days off and working days</source>
        <translation>Қосымша демалыс және жұмыс күндері</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Жұмыс күні (ауыстырылған)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
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
        <source>&amp;Add or change</source>
        <translation>Қосу &amp;немесе өзгерту</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ө&amp;шіру</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <source>The norm is met in this period</source>
        <translation>Осы кезеңде норма орындалды</translation>
    </message>
    <message>
        <source>A field meeting is missing in this period</source>
        <translation>Осы кезеңде көшпелі кездесу жетіспейді</translation>
    </message>
    <message>
        <source>No meeting required in this period</source>
        <translation>Осы кезеңде кездесу талап етілмейді</translation>
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
        <source>Q1</source>
        <translation>I тоқ.</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>II тоқ.</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>III тоқ.</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>IV тоқ.</translation>
    </message>
</context>
<context>
    <name>_BulkDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Note for each issue:</source>
        <translation>Әр мәселеге &amp;ескертпе:</translation>
    </message>
</context>
</TS>
