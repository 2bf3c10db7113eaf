<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>планировщик</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>register clerk</source>
        <translation>делопроизводитель реестра</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>This needs the role “%1”, which you do not have; ask the administrator.</source>
        <translation>Для этого нужна роль «%1», которой у вас нет; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may change only the records of your own territory.</source>
        <translation>Вы можете изменять только записи своей территории.</translation>
    </message>
    <message>
        <source>You may see only the records of your own territory.</source>
        <translation>Вы можете просматривать только записи своей территории.</translation>
    </message>
    <message>
        <source>Your account is disabled; ask the administrator.</source>
        <translation>Ваша учётная запись отключена; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You are not a person of this apparatus; ask the administrator.</source>
        <translation>Вы не зарегистрированы в этом аппарате; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Недоступно</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Представление в Администрацию Президента</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Дата направления:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Исходящий &amp;номер:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the calendar</source>
        <translation>Утверждение календаря</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>&amp;Дата утверждения:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Кем утверждён:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>kept in the record itself (%1 characters, SHA-256 %2)</source>
        <translation>хранится в самой записи (%1 знаков, SHA-256 %2)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Every change of every record: who made it, when, the values before and after. The trail cannot be changed by anyone.</source>
        <translation>Каждое изменение каждой записи: кто, когда, значения до и после. Журнал не может изменить никто.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>Вид записи:</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
</context>
<context>
    <name>BulkBodyDialog</name>
    <message>
        <source>Change responsible body</source>
        <translation>Изменение ответственного органа</translation>
    </message>
    <message>
        <source>Route %1 chosen issue(s) to another responsible body. Each gets the note in its history.</source>
        <translation>Передать выбранные вопросы (%1) другому ответственному органу. Примечание попадет в историю каждого.</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Ответственный &amp;орган:</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <source>New status for %1 chosen issue(s). Each gets the note in its history; an outcome status closes the issue.</source>
        <translation>Новый статус для выбранных вопросов: %1. Примечание попадет в историю каждого; итоговый статус закрывает вопрос.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
</context>
<context>
    <name>CalendarErrors</name>
    <message>
        <source>This version of the calendar is approved: open a correction to change it.</source>
        <translation>Эта версия календаря утверждена: чтобы её изменить, откройте корректировку.</translation>
    </message>
    <message>
        <source>Calendars are kept by oblasts, Astana, Almaty and Shymkent.</source>
        <translation>Календари ведут области, Астана, Алматы и Шымкент.</translation>
    </message>
    <message>
        <source>The calendar has no such version.</source>
        <translation>У календаря нет такой версии.</translation>
    </message>
    <message>
        <source>A meeting lasts from 1 to 600 minutes.</source>
        <translation>Продолжительность встречи — от 1 до 600 минут.</translation>
    </message>
    <message>
        <source>This meeting is already logged as held or announced: it stays in the calendar.</source>
        <translation>Эта встреча уже отмечена как объявленная или проведённая: она остаётся в календаре.</translation>
    </message>
    <message>
        <source>Give the number of the maslikhat&apos;s decision or notice.</source>
        <translation>Укажите номер решения или уведомления маслихата.</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s decision or notice before approving.</source>
        <translation>Перед утверждением внесите решение или уведомление маслихата.</translation>
    </message>
    <message>
        <source>Say who approved the calendar.</source>
        <translation>Укажите, кем утверждён календарь.</translation>
    </message>
    <message>
        <source>A calendar agreed with the maslikhat cannot be approved before the agreement.</source>
        <translation>Календарь, согласуемый с маслихатом, нельзя утвердить раньше согласования.</translation>
    </message>
    <message>
        <source>Only an approved calendar can be submitted to the Government.</source>
        <translation>В Правительство направляется только утверждённый календарь.</translation>
    </message>
    <message>
        <source>Give the outgoing number of the letter to the Government.</source>
        <translation>Укажите исходящий номер письма в Правительство.</translation>
    </message>
    <message>
        <source>The calendar cannot be submitted before it was approved.</source>
        <translation>Календарь нельзя направить раньше, чем он утверждён.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Укажите причину корректировки.</translation>
    </message>
    <message>
        <source>The calendar is still a draft: edit it directly.</source>
        <translation>Календарь ещё проект: изменяйте его напрямую.</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>Дата вне года календаря.</translation>
    </message>
    <message>
        <source>The organizing akim of a planned meeting cannot change: delete it and add a new one.</source>
        <translation>Акима, проводящего встречу, изменить нельзя: удалите встречу и добавьте новую.</translation>
    </message>
    <message>
        <source>There is no calendar for this year yet.</source>
        <translation>Календаря на этот год ещё нет.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Annual calendar of meetings</source>
        <translation>Годовой календарь встреч</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Field meetings of every akim of the region for the year. Propose a calendar, correct it by hand, watch the decree check on the right, record the maslikhat&apos;s decision or notice, approve and send it to the Government. After approval, changes go into a correction.</source>
        <translation>Выездные встречи всех акимов региона на год. Составьте календарь, поправьте его вручную, следите за проверкой по указу справа, внесите решение или уведомление маслихата, утвердите и направьте в Правительство. После утверждения изменения вносятся корректировкой.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>В&amp;ерсия:</translation>
    </message>
    <message>
        <source>Decree &amp;edition…</source>
        <translation>Ре&amp;дакция указа…</translation>
    </message>
    <message>
        <source>&amp;Propose calendar…</source>
        <translation>Составить ка&amp;лендарь…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Д&amp;обавить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Maslikhat…</source>
        <translation>&amp;Маслихат…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>У&amp;твердить…</translation>
    </message>
    <message>
        <source>&amp;Sent to the Government…</source>
        <translation>&amp;Направлен в Правительство…</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>&amp;Корректировка…</translation>
    </message>
    <message>
        <source>Compare &amp;versions…</source>
        <translation>Ср&amp;авнить версии…</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>Выгру&amp;зить .ics…</translation>
    </message>
    <message>
        <source>&amp;Days off…</source>
        <translation>В&amp;ыходные дни…</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>Обзор года</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>maslikhat&apos;s decision recorded</source>
        <translation>решение маслихата внесено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>approved and sent to the Government</source>
        <translation>утверждён и направлен в Правительство</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>заменён корректировкой</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Версия %1 — %2</translation>
    </message>
    <message>
        <source>No calendar yet</source>
        <translation>Календаря пока нет</translation>
    </message>
    <message>
        <source>Decree No. 826, edition of %1</source>
        <translation>Указ № 826 в редакции %1 года</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Approve the calendar by %1: %2 day(s) left.</source>
        <translation>Утвердите календарь до %1: осталось дней — %2.</translation>
    </message>
    <message>
        <source>The calendar was due for approval on %1 and is not approved.</source>
        <translation>Календарь следовало утвердить до %1, он не утверждён.</translation>
    </message>
    <message>
        <source>Send the approved calendar to the Government by %1.</source>
        <translation>Направьте утверждённый календарь в Правительство до %1.</translation>
    </message>
    <message>
        <source>The calendar was due at the Government on %1 and is not recorded as sent.</source>
        <translation>Календарь следовало представить в Правительство до %1, отметки об отправке нет.</translation>
    </message>
    <message>
        <source>Correction %1 is open: agree or notify the maslikhat, then approve it.</source>
        <translation>Корректировка %1 открыта: согласуйте её с маслихатом или уведомите маслихат, затем утвердите.</translation>
    </message>
    <message>
        <source>Proposing the calendar…</source>
        <translation>Составление календаря…</translation>
    </message>
    <message>
        <source>Meetings added: %1.</source>
        <translation>Добавлено встреч: %1.</translation>
    </message>
    <message>
        <source>Not enough working days for:</source>
        <translation>Не хватило рабочих дней для:</translation>
    </message>
    <message>
        <source>Propose calendar</source>
        <translation>Составление календаря</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Добавление встречи</translation>
    </message>
    <message>
        <source>Change a meeting</source>
        <translation>Изменение встречи</translation>
    </message>
    <message>
        <source>Delete a meeting</source>
        <translation>Удаление встречи</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Выгрузка календаря</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Re&amp;gions&apos; calendars (Government)…</source>
        <translation>О&amp;бзор календарей регионов (Правительство)…</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Показать график</translation>
    </message>
    <message>
        <source>Show the same numbers as a table</source>
        <translation>Показать те же числа таблицей</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
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
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С версии:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По версию:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <source>Added: %1, removed: %2, moved: %3</source>
        <translation>Добавлено: %1, удалено: %2, перенесено: %3</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>No calendar for this year yet: press Propose calendar to draft one.</source>
        <translation>Календаря на этот год ещё нет: нажмите «Составить календарь», чтобы подготовить проект.</translation>
    </message>
    <message>
        <source>The calendar meets the decree</source>
        <translation>Календарь соответствует указу</translation>
    </message>
    <message>
        <source>Problems: %1 (coverage gaps: %2)</source>
        <translation>Замечаний: %1 (не охвачено: %2)</translation>
    </message>
    <message>
        <source>Every akim has the field meetings the decree requires in every unit and period. Edits to the plan are checked here at once.</source>
        <translation>У каждого акима есть выездные встречи, которых требует Указ, во всех территориях и периодах. Изменения плана проверяются здесь сразу.</translation>
    </message>
    <message>
        <source>Correction draft, version %1:</source>
        <translation>Проект корректировки, версия %1:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Запись изменена другим пользователем</translation>
    </message>
    <message>
        <source>%1 saved this record on %2 while you were editing it. Your changes are not saved yet.</source>
        <translation>%1 сохранил(а) эту запись %2, пока вы её редактировали. Ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Their value (%1)</source>
        <translation>Их значение (%1)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>The values are the same; only the version changed.</source>
        <translation>Значения совпадают; изменилась только версия.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мои</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Вернуться к правке</translation>
    </message>
    <message>
        <source>Show their version; what you typed is dropped.</source>
        <translation>Показать их версию; введённое вами будет отброшено.</translation>
    </message>
    <message>
        <source>Save what you typed on top of their version.</source>
        <translation>Сохранить введённое вами поверх их версии.</translation>
    </message>
    <message>
        <source>Someone changed or removed this record while you were looking at it, so your change was not saved. The window now shows the record as it is; make your change again if it is still needed.</source>
        <translation>Кто-то изменил или удалил эту запись, пока вы её просматривали, поэтому ваше изменение не сохранено. Окно показывает запись в её текущем виде; если изменение ещё нужно, внесите его снова.</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were looking at it, so your change was not saved. The window now shows their version; make your change again if it is still needed.</source>
        <translation>%1 изменил(а) эту запись %2, пока вы её просматривали, поэтому ваше изменение не сохранено. Окно показывает их версию; если изменение ещё нужно, внесите его снова.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction of the calendar</source>
        <translation>Корректировка календаря</translation>
    </message>
    <message>
        <source>Why the calendar changes (this goes to the maslikhat)</source>
        <translation>Почему меняется календарь (сообщается маслихату)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
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
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>И&amp;мпорт из файла…</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Показывать выведенные</translation>
    </message>
    <message>
        <source>Find a unit by name or KATO code… (Ctrl+F)</source>
        <translation>Найти единицу по названию или коду КАТО… (Ctrl+F)</translation>
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
        <translation>Вывести &amp;из употребления</translation>
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
    <message>
        <source>&amp;Dates…</source>
        <translation>Д&amp;аты…</translation>
    </message>
    <message>
        <source>Dates of %1</source>
        <translation>Даты: %1</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>a year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>a half-year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Редакция указа</translation>
    </message>
    <message>
        <source>The edition in force for the year</source>
        <translation>Действующая в этом году редакция</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Редакция:</translation>
    </message>
    <message>
        <source>agreed with the maslikhat</source>
        <translation>по согласованию с маслихатом</translation>
    </message>
    <message>
        <source>with notice to the maslikhat</source>
        <translation>с уведомлением маслихата</translation>
    </message>
    <message>
        <source>The edition&apos;s rules. Administrators may change them; a new code adds an edition and leaves the shipped ones as they are.</source>
        <translation>Правила редакции. Администратор может их изменить; новый код добавляет редакцию, поставляемые редакции остаются без изменений.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>&amp;Название на русском:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>Н&amp;азвание на казахском:</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>Calendar &amp;approved by (day and month):</source>
        <translation>Календарь &amp;утверждается до (день и месяц):</translation>
    </message>
    <message>
        <source>Calendar &amp;sent to the Government by:</source>
        <translation>Календарь направляется в &amp;Правительство до:</translation>
    </message>
    <message>
        <source>First &amp;version of the calendar:</source>
        <translation>Первая &amp;версия календаря:</translation>
    </message>
    <message>
        <source>Co&amp;rrections:</source>
        <translation>К&amp;орректировки:</translation>
    </message>
    <message>
        <source>Announce a meeting, days &amp;before:</source>
        <translation>Объявлять о встрече &amp;за дней:</translation>
    </message>
    <message>
        <source>&amp;Publish the results within, days:</source>
        <translation>Публиковать &amp;итоги в течение дней:</translation>
    </message>
    <message>
        <source>Reports by officials, at most, of the &amp;meeting:</source>
        <translation>Доклады должностных &amp;лиц, не более, от времени встречи:</translation>
    </message>
    <message>
        <source>Title in Eng&amp;lish:</source>
        <translation>Название на англи&amp;йском:</translation>
    </message>
    <message>
        <source>The code may hold letters, digits, dots, hyphens and underscores only, up to 40 of them.</source>
        <translation>Код может содержать только буквы, цифры, точки, дефисы и знаки подчёркивания, не более 40 знаков.</translation>
    </message>
    <message>
        <source>Give the edition&apos;s title in Russian and in Kazakh.</source>
        <translation>Укажите название редакции на русском и казахском языках.</translation>
    </message>
    <message>
        <source>An edition needs at least one norm: add one.</source>
        <translation>В редакции должна быть хотя бы одна норма: добавьте её.</translation>
    </message>
    <message>
        <source>Norm %1: choose whose akims hold the meetings.</source>
        <translation>Норма %1: выберите, акимы какого уровня проводят встречи.</translation>
    </message>
    <message>
        <source>Norm %1: choose the units the akims visit.</source>
        <translation>Норма %1: выберите единицы, в которые выезжают акимы.</translation>
    </message>
    <message>
        <source>Norm %1 repeats another norm: akims of «%2» visiting «%3» are already counted there.</source>
        <translation>Норма %1 повторяет другую норму: выезды акимов уровня «%2» в единицы уровня «%3» уже учтены в ней.</translation>
    </message>
    <message>
        <source>A deadline cannot be 29 February: most years have no such day.</source>
        <translation>Срок не может приходиться на 29 февраля: в большинстве лет такого дня нет.</translation>
    </message>
    <message>
        <source>The calendar cannot be due at the Government before its approval deadline.</source>
        <translation>Срок направления календаря в Правительство не может быть раньше срока его утверждения.</translation>
    </message>
    <message>
        <source>The Government cannot send the calendars to the Presidential Administration before they are due at the Government.</source>
        <translation>Правительство не может направить календари в Администрацию Президента раньше срока их поступления в Правительство.</translation>
    </message>
    <message>
        <source>The Government sends the calendars to the Presidential A&amp;dministration by:</source>
        <translation>&amp;Сдача календарей Правительством в Администрацию Президента до:</translation>
    </message>
    <message>
        <source>Issues for central bodies, first half, b&amp;y:</source>
        <translation>Вопросы для &amp;центральных органов за первое полугодие, до:</translation>
    </message>
    <message>
        <source>Issues for central bodies, second half, by (ne&amp;xt year):</source>
        <translation>Вопросы для центральных органов за второе полугодие, до (сл&amp;едующего года):</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organizer (KATO or name)</source>
        <translation>Организатор (КАТО или название)</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Место встречи</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Reason for an off-calendar meeting</source>
        <translation>Основание встречи вне календаря</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>The issue</source>
        <translation>Суть вопроса</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Ways of solution</source>
        <translation>Пути решения</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>Номер e-Otinish</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>значение не заполнено</translation>
    </message>
    <message>
        <source>not a date (write 31.12.2026 or 2026-12-31)</source>
        <translation>не дата (пишите 31.12.2026 или 2026-12-31)</translation>
    </message>
    <message>
        <source>not a time (write 10:30)</source>
        <translation>не время (пишите 10:30)</translation>
    </message>
    <message>
        <source>not a whole number in range</source>
        <translation>не целое число в допустимых пределах</translation>
    </message>
    <message>
        <source>a formula: type the value itself</source>
        <translation>формула: введите само значение</translation>
    </message>
    <message>
        <source>outside the calendar&apos;s year</source>
        <translation>вне года календаря</translation>
    </message>
    <message>
        <source>no such unit in the region</source>
        <translation>в регионе нет такой единицы</translation>
    </message>
    <message>
        <source>this unit has no akim of its own</source>
        <translation>у этой единицы нет своего акима</translation>
    </message>
    <message>
        <source>not within the organizer&apos;s territory</source>
        <translation>вне территории организатора</translation>
    </message>
    <message>
        <source>write &apos;by the population&apos;s demand&apos; or &apos;when necessary&apos;</source>
        <translation>пишите «по требованию населения» или «по необходимости»</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>нет такой категории</translation>
    </message>
    <message>
        <source>the deadline is before the issue was raised</source>
        <translation>срок раньше даты поступления вопроса</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>текст слишком длинный</translation>
    </message>
    <message>
        <source>no such meeting in the region (copy its id from the meeting list)</source>
        <translation>такой встречи в регионе нет (скопируйте ее идентификатор из списка встреч)</translation>
    </message>
    <message>
        <source>raised before the meeting took place</source>
        <translation>дата поступления раньше даты встречи</translation>
    </message>
    <message>
        <source>no such responsible body (write its code or name)</source>
        <translation>такого ответственного органа нет (укажите его код или наименование)</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>Это не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>Файл слишком велик для импорта.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than its size (a spreadsheet bomb?): it is refused.</source>
        <translation>Книга распаковывается в объём, намного больший её размера (бомба?): она отклонена.</translation>
    </message>
    <message>
        <source>The workbook declares XML entities (an entity bomb?): it is refused.</source>
        <translation>В книге объявлены XML-сущности (XML-бомба?): она отклонена.</translation>
    </message>
    <message>
        <source>The workbook cannot be read.</source>
        <translation>Книгу не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The sheet %1 is hidden: show or delete it, so nothing is imported unseen.</source>
        <translation>Лист %1 скрыт: покажите или удалите его, чтобы ничего не попало в базу незаметно.</translation>
    </message>
    <message>
        <source>There is no such sheet.</source>
        <translation>Такого листа нет.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the sheet into parts.</source>
        <translation>Больше %1 строк: разделите лист на части.</translation>
    </message>
    <message>
        <source>The sheet has merged cells (at %1): unmerge them so each row holds its own values.</source>
        <translation>На листе есть объединённые ячейки (в %1): разъедините их, чтобы в каждой строке были свои значения.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Лист пуст.</translation>
    </message>
    <message>
        <source>The first row is not a header with column names.</source>
        <translation>Первая строка — не заголовок с названиями столбцов.</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Выберите столбец для: %1</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>На листе есть заголовок, но нет строк.</translation>
    </message>
    <message>
        <source>A row was refused: %1</source>
        <translation>Строка отклонена: %1</translation>
    </message>
    <message>
        <source>defusedxml is not installed.</source>
        <translation>Не установлен defusedxml.</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>Файл Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Пустой шаблон</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Календарь встреч</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведённые встречи</translation>
    </message>
    <message>
        <source>Problem issues</source>
        <translation>Проблемные вопросы</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Blank template (Russian)</source>
        <translation>Пустой шаблон (на русском)</translation>
    </message>
    <message>
        <source>Blank template (Kazakh)</source>
        <translation>Пустой шаблон (на казахском)</translation>
    </message>
    <message>
        <source>What the sheet holds:</source>
        <translation>Что на листе:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Columns (remembered for sheets with the same header):</source>
        <translation>Столбцы (запоминаются для листов с тем же заголовком):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 row(s) need fixing; nothing will be imported until they are:</source>
        <translation>Строк с ошибками: %1; пока их не исправить, ничего не будет импортировано:</translation>
    </message>
    <message>
        <source>All %1 row(s) are good. Press Import to add them.</source>
        <translation>Все строки (%1) в порядке. Нажмите «Импортировать», чтобы добавить их.</translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation>Импортировано строк: %1.</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Шаблон сохранён: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeEntities</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Проблемный вопрос</translation>
    </message>
    <message>
        <source>Progress entry</source>
        <translation>Запись о ходе исполнения</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Трансляция</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Анонс</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Встреча в календаре</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Редакция календаря</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>Territorial unit</source>
        <translation>Территориальная единица</translation>
    </message>
    <message>
        <source>Decree edition</source>
        <translation>Редакция указа</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Категория вопроса</translation>
    </message>
    <message>
        <source>Issue status</source>
        <translation>Статус вопроса</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Akim&apos;s post</source>
        <translation>Должность акима</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Trusted sender</source>
        <translation>Доверенный отправитель</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <source>Package sent or received</source>
        <translation>Отправленный или полученный пакет</translation>
    </message>
    <message>
        <source>Deadline change</source>
        <translation>Изменение срока</translation>
    </message>
    <message>
        <source>Working day or day off</source>
        <translation>Рабочий или выходной день</translation>
    </message>
    <message>
        <source>Submission to the Presidential Administration</source>
        <translation>Направление в Администрацию Президента</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Сохранённый фильтр</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Приложенный файл</translation>
    </message>
    <message>
        <source>Exchange state of a record</source>
        <translation>Состояние записи в обмене</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Конфликт обмена</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>This is not a data package: the file is not a readable zip archive (or it was cut short).</source>
        <translation>Это не пакет данных: файл не является читаемым zip-архивом (или обрезан).</translation>
    </message>
    <message>
        <source>The file is larger than a data package may be.</source>
        <translation>Файл больше допустимого размера пакета данных.</translation>
    </message>
    <message>
        <source>The archive holds more files than a data package has.</source>
        <translation>В архиве больше файлов, чем бывает в пакете данных.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than a data package may hold (a zip bomb?): %1</source>
        <translation>Архив распаковывается в намного больший объём, чем допустимо для пакета данных (zip-бомба?): %1</translation>
    </message>
    <message>
        <source>A file name in the archive leads outside it: %1</source>
        <translation>Имя файла в архиве ведёт за его пределы: %1</translation>
    </message>
    <message>
        <source>The archive holds a file that is not part of the package: %1</source>
        <translation>В архиве есть файл, не входящий в пакет: %1</translation>
    </message>
    <message>
        <source>A file of the package was changed after it was made (its checksum differs): %1</source>
        <translation>Файл пакета изменён после его создания (контрольная сумма не совпадает): %1</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Пакет не подписан.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is broken or does not match its contents.</source>
        <translation>Подпись пакета повреждена или не соответствует содержимому.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to the trusted root.</source>
        <translation>Сертификат подписавшего не восходит к доверенному корневому.</translation>
    </message>
    <message>
        <source>%1 is not on the list of trusted senders for this unit.</source>
        <translation>%1 нет в списке доверенных отправителей этой единицы.</translation>
    </message>
    <message>
        <source>The package was made by a newer AkimDesk (format version %1): install the newer version.</source>
        <translation>Пакет создан более новой версией AkimDesk (версия формата %1): установите новую версию.</translation>
    </message>
    <message>
        <source>This is a document package, not a data package.</source>
        <translation>Это пакет документов, а не пакет данных.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is missing or unreadable.</source>
        <translation>Манифест пакета отсутствует или не читается.</translation>
    </message>
    <message>
        <source>A file listed in the manifest is missing: %1</source>
        <translation>Нет файла, указанного в манифесте: %1</translation>
    </message>
    <message>
        <source>A file inside the archive is damaged: %1</source>
        <translation>Файл внутри архива повреждён: %1</translation>
    </message>
    <message>
        <source>A name appears twice in the archive: %1</source>
        <translation>Имя встречается в архиве дважды: %1</translation>
    </message>
    <message>
        <source>The package&apos;s data is not readable.</source>
        <translation>Данные пакета не читаются.</translation>
    </message>
    <message>
        <source>A record of the package is not valid: %1, record %2, field %3.</source>
        <translation>Запись пакета неверна: %1, запись %2, поле %3.</translation>
    </message>
    <message>
        <source>A date in the package is not valid: %1, record %2, field %3.</source>
        <translation>Неверная дата в пакете: %1, запись %2, поле %3.</translation>
    </message>
    <message>
        <source>The same record appears twice in the package: %1</source>
        <translation>Одна и та же запись встречается в пакете дважды: %1</translation>
    </message>
    <message>
        <source>A record is in a unit that is neither in the directory nor in the package: %1</source>
        <translation>Запись относится к единице, которой нет ни в справочнике, ни в пакете: %1</translation>
    </message>
    <message>
        <source>A record refers to another that is neither here nor in the package: %1</source>
        <translation>Запись ссылается на другую, которой нет ни здесь, ни в пакете: %1</translation>
    </message>
    <message>
        <source>This database keeps another calendar of %1 for the same region.</source>
        <translation>В этой базе уже есть другой календарь на %1 год для того же региона.</translation>
    </message>
    <message>
        <source>The package does not fit this database; nothing was merged.</source>
        <translation>Пакет не подходит к этой базе данных; ничего не загружено.</translation>
    </message>
    <message>
        <source>This conflict is already decided.</source>
        <translation>Этот конфликт уже решён.</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>Пакет данных должен быть подписан: выберите файл ключа.</translation>
    </message>
    <message>
        <source>The folder does not exist: %1</source>
        <translation>Папка не существует: %1</translation>
    </message>
    <message>
        <source>Not a KATO code: %1</source>
        <translation>Это не код КАТО: %1</translation>
    </message>
    <message>
        <source>The unit is not in the directory: %1</source>
        <translation>Единицы нет в справочнике: %1</translation>
    </message>
    <message>
        <source>The package is encrypted: choose the recipient&apos;s key to open it.</source>
        <translation>Пакет зашифрован: выберите ключ получателя, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The key cannot be opened (a wrong password, or not a key file): %1</source>
        <translation>Ключ не открывается (неверный пароль или это не файл ключа): %1</translation>
    </message>
    <message>
        <source>The package was not encrypted for this key (it is meant for another recipient) or it is damaged: %1</source>
        <translation>Пакет зашифрован не для этого ключа (он предназначен другому получателю) или повреждён: %1</translation>
    </message>
    <message>
        <source>The package would carry citizens&apos; personal data: choose the recipient&apos;s certificate to encrypt it, or tick “Send unencrypted” to send it in clear on purpose.</source>
        <translation>Пакет содержал бы персональные данные граждан: выберите сертификат получателя, чтобы зашифровать его, или отметьте «Отправить без шифрования», чтобы сознательно отправить его в открытом виде.</translation>
    </message>
    <message>
        <source>The recipient&apos;s certificate cannot be used: %1</source>
        <translation>Сертификат получателя не подходит: %1</translation>
    </message>
    <message>
        <source>The package writes outside its sender&apos;s territory %1: %2 %3.</source>
        <translation>Пакет изменяет данные за пределами территории отправителя %1: %2 %3.</translation>
    </message>
    <message>
        <source>The database is busy: another AkimDesk window or command is writing. Try again when it has finished.</source>
        <translation>База данных занята: в неё пишет другое окно или команда AkimDesk. Повторите, когда запись закончится.</translation>
    </message>
    <message>
        <source>The database is busy: %1 on %2 has been running “%3” since %4. Try again when it has finished.</source>
        <translation>База данных занята: %1 на компьютере %2 с %4 выполняет «%3». Повторите, когда это закончится.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>База данных занята</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Send this unit&apos;s data to the level above as a signed package (on a USB stick or by e-mail), and merge the packages units below send. A record changed on both sides waits here for your decision.</source>
        <translation>Отправляйте данные этой единицы на уровень выше подписанным пакетом (на флешке или по электронной почте) и загружайте пакеты нижестоящих единиц. Запись, изменённая с обеих сторон, ждёт здесь вашего решения.</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Отправка данных</translation>
    </message>
    <message>
        <source>Receive data</source>
        <translation>Получение данных</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>For the &amp;period:</source>
        <translation>&amp;За период:</translation>
    </message>
    <message>
        <source>Changes since the last package &amp;to:</source>
        <translation>Изменения с последнего пакета &amp;для:</translation>
    </message>
    <message>
        <source>recipient, e.g. the oblast akimat</source>
        <translation>получатель, например акимат области</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Ключ подписи:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Пар&amp;оль ключа:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>Encr&amp;ypt for:</source>
        <translation>За&amp;шифровать для:</translation>
    </message>
    <message>
        <source>Send u&amp;nencrypted</source>
        <translation>Отправить &amp;без шифрования</translation>
    </message>
    <message>
        <source>Citizens&apos; names and phones will travel in clear: anyone who finds the USB stick or the e-mail can read them. Send unencrypted only when the recipient cannot receive an encrypted package.</source>
        <translation>Имена и телефоны граждан будут переданы в открытом виде: их прочтёт любой, к кому попадёт флешка или письмо. Отправляйте без шифрования, только если получатель не может принять зашифрованный пакет.</translation>
    </message>
    <message>
        <source>&amp;Export data package</source>
        <translation>В&amp;ыгрузить пакет данных</translation>
    </message>
    <message>
        <source>&amp;Import a data package…</source>
        <translation>Загр&amp;узить пакет данных…</translation>
    </message>
    <message>
        <source>Save &amp;receipt…</source>
        <translation>Со&amp;хранить квитанцию…</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота сдачи</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Оставить наш вариант</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять вариант отправителя</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>У нас</translation>
    </message>
    <message>
        <source>Sender&apos;s</source>
        <translation>У отправителя</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>ничего не поступило</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: записей %2</translation>
    </message>
    <message>
        <source>sent nothing</source>
        <translation>ничего не прислал</translation>
    </message>
    <message>
        <source>(deleted by the sender)</source>
        <translation>(удалено отправителем)</translation>
    </message>
    <message>
        <source>Decided: the sender&apos;s version was taken.</source>
        <translation>Решено: принят вариант отправителя.</translation>
    </message>
    <message>
        <source>Decided: our version stays.</source>
        <translation>Решено: остаётся наш вариант.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>Ключ PKCS#12 (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Recipient&apos;s certificate</source>
        <translation>Сертификат получателя</translation>
    </message>
    <message>
        <source>Certificate (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Сертификат (*.cer *.crt *.pem *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>A data package must be signed: choose a key file.</source>
        <translation>Пакет данных должен быть подписан: выберите файл ключа.</translation>
    </message>
    <message>
        <source>The key cannot sign: %1</source>
        <translation>Ключ не может подписать: %1</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Укажите получателя пакета.</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 deletions)</source>
        <translation>Пакет записан: %1 (записей %2, удалений %3)</translation>
    </message>
    <message>
        <source>Exporting the data package…</source>
        <translation>Выгрузка пакета данных…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Загрузка пакета данных</translation>
    </message>
    <message>
        <source>Data package (*.zip *.p7m);;All files (*)</source>
        <translation>Пакет данных (*.zip *.p7m);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the data package…</source>
        <translation>Проверка пакета данных…</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>Отклонено, ничего не записано: %1</translation>
    </message>
    <message>
        <source>Importing the data package…</source>
        <translation>Загрузка пакета данных…</translation>
    </message>
    <message>
        <source>This package was already imported; nothing changed.</source>
        <translation>Этот пакет уже был загружен; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Merged %1 from %2: %3 new, %4 updated, %5 deleted, %6 unchanged; %7 conflict(s) wait for your decision.</source>
        <translation>Загружен %1 от %2: новых %3, обновлено %4, удалено %5, без изменений %6; конфликтов, ждущих вашего решения: %7.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Сохранение квитанции</translation>
    </message>
    <message>
        <source>Receipt (*.json)</source>
        <translation>Квитанция (*.json)</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Квитанция сохранена: %1</translation>
    </message>
    <message>
        <source>the recipient&apos;s certificate file</source>
        <translation>файл сертификата получателя</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a document</source>
        <translation>Выгрузка документа</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>О&amp;тветственный орган:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Встреча:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Персональные данные:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>П&amp;одпись:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>Первое полугодие</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Второе полугодие</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>II квартал</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>III квартал</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>IV квартал</translation>
    </message>
    <message>
        <source>Whole country (all regions)</source>
        <translation>Вся страна (все регионы)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <source>Include applicants&apos; names and contacts (masked unless ticked)</source>
        <translation>Включить имена и контакты заявителей (иначе скрыты)</translation>
    </message>
    <message>
        <source>PKCS#12 key file (.p12, .pfx)</source>
        <translation>Файл ключа PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>В&amp;ыгрузить</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Подписать с помощью</translation>
    </message>
    <message>
        <source>Every region in one document, the region as a column; signed on behalf of the Government&apos;s office.</source>
        <translation>Все регионы в одном документе, регион — отдельный столбец; подписывается от имени Аппарата Правительства.</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder for packages</source>
        <translation>Папка для пакетов</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Password of %1 (it is not saved):</source>
        <translation>Пароль ключа %1 (не сохраняется):</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>There is no held meeting in this region and period to report on.</source>
        <translation>В этом регионе за этот период нет проведенных встреч для отчета.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Choose your key file (.p12) or untick the signature.</source>
        <translation>Выберите файл ключа (.p12) или снимите отметку подписи.</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Подписывает: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Выгрузка: %1…</translation>
    </message>
    <message>
        <source>There is nothing for this document in %1 for %2.</source>
        <translation>Для этого документа нет данных: %1, %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Выгрузка отменена, ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Approved annual calendar</source>
        <translation>Утвержденный годовой календарь</translation>
    </message>
    <message>
        <source>Issues for central bodies, holdings and companies</source>
        <translation>Вопросы для центральных органов, холдингов и компаний</translation>
    </message>
    <message>
        <source>Quarterly update of problem issues</source>
        <translation>Ежеквартальная информация по проблемным вопросам</translation>
    </message>
    <message>
        <source>Execution summary</source>
        <translation>Сводная информация об исполнении</translation>
    </message>
    <message>
        <source>Report of one meeting</source>
        <translation>Отчет о встрече</translation>
    </message>
    <message>
        <source>The flexible annual calendar of field meetings as approved: for the maslikhat, and for the Government by 20 January.</source>
        <translation>Гибкий годовой календарь выездных встреч в утвержденной редакции: для маслихата и для Правительства до 20 января.</translation>
    </message>
    <message>
        <source>Problem issues that need a decision of central executive bodies, national holdings and companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August.</source>
        <translation>Проблемные вопросы, требующие решения центральных исполнительных органов, национальных холдингов и компаний, с предложениями, по ответственным органам: для Правительства до 15 февраля и 15 августа.</translation>
    </message>
    <message>
        <source>Status, way of solution and progress of every issue open during a quarter. The figures are kept as reported, and the next quarter&apos;s update shows what changed since.</source>
        <translation>Статус, пути решения и ход исполнения каждого вопроса, открытого в течение квартала. Показатели сохраняются в том виде, в каком представлены, и информация за следующий квартал показывает изменения.</translation>
    </message>
    <message>
        <source>Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by category, status and level, with charts.</source>
        <translation>Запланированные и проведенные встречи, встречи вне календаря, несоблюдение требований Указа, вопросы по категориям, статусу и уровню, с диаграммами.</translation>
    </message>
    <message>
        <source>One meeting: how it was held, the decree checks, the issues raised and the instructions given.</source>
        <translation>Одна встреча: как она прошла, проверка требований Указа, поднятые вопросы и данные поручения.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Опись</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Файл отсутствует</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256 against the manifest</source>
        <translation>SHA-256 по описи</translation>
    </message>
    <message>
        <source>File not in the manifest</source>
        <translation>Файл не указан в описи</translation>
    </message>
    <message>
        <source>Duplicate file</source>
        <translation>Повторяющийся файл</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Читается</translation>
    </message>
    <message>
        <source>Signature of the manifest</source>
        <translation>Подпись описи</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>Подпись PDF</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Цепочка доверия</translation>
    </message>
    <message>
        <source>Same signer</source>
        <translation>Тот же подписант</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Имя пакета</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Метка времени</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Сертификат подписавшего</translation>
    </message>
    <message>
        <source>the file differs from the one signed</source>
        <translation>файл отличается от подписанного</translation>
    </message>
    <message>
        <source>a signed file is missing</source>
        <translation>подписанный файл отсутствует</translation>
    </message>
    <message>
        <source>a file was added that was not signed</source>
        <translation>добавлен файл, который не подписывался</translation>
    </message>
    <message>
        <source>changed after signing</source>
        <translation>изменено после подписания</translation>
    </message>
    <message>
        <source>does not chain to a trusted root certificate</source>
        <translation>не восходит к доверенному корневому сертификату</translation>
    </message>
    <message>
        <source>the certificate had expired when it signed</source>
        <translation>на момент подписания срок сертификата истёк</translation>
    </message>
    <message>
        <source>the certificate was not yet valid when it signed</source>
        <translation>на момент подписания сертификат ещё не действовал</translation>
    </message>
    <message>
        <source>signed with a key that is not for signing (an authentication key)</source>
        <translation>подписано ключом, не предназначенным для подписи (ключ аутентификации)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>сертификат отозван</translation>
    </message>
    <message>
        <source>the package was renamed or swapped for another</source>
        <translation>пакет переименован или подменён другим</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>подпись повреждена</translation>
    </message>
    <message>
        <source>the time-stamp is broken</source>
        <translation>метка времени повреждена</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>опись не читается</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>signed by someone else than the manifest</source>
        <translation>подписано не тем, кто подписал манифест</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 совпадает с описью</translation>
    </message>
    <message>
        <source>listed in the manifest but not in the package</source>
        <translation>указан в описи, но отсутствует в пакете</translation>
    </message>
    <message>
        <source>present in the package but not listed in the manifest</source>
        <translation>есть в пакете, но не указан в описи</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>в пакете нет описи</translation>
    </message>
    <message>
        <source>the package is not signed (no manifest.json.p7s)</source>
        <translation>пакет не подписан (нет manifest.json.p7s)</translation>
    </message>
    <message>
        <source>signature of manifest.json is intact and valid</source>
        <translation>подпись manifest.json не нарушена и действительна</translation>
    </message>
    <message>
        <source>manifest.json was changed after signing (digest mismatch)</source>
        <translation>manifest.json изменен после подписания (хеш не совпадает)</translation>
    </message>
    <message>
        <source>the signature value does not verify</source>
        <translation>значение подписи не проходит проверку</translation>
    </message>
    <message>
        <source>PDF signature is intact and valid and covers the whole file</source>
        <translation>подпись PDF не нарушена, действительна и охватывает весь файл</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (digest mismatch)</source>
        <translation>PDF изменен после подписания (хеш не совпадает)</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>PDF не подписан</translation>
    </message>
    <message>
        <source>content was added to the PDF after signing</source>
        <translation>в PDF добавлено содержимое после подписания</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chains to a trusted root</source>
        <translation>сертификат подписавшего восходит к доверенному корневому</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not chain to a trusted root</source>
        <translation>сертификат подписавшего не восходит к доверенному корневому</translation>
    </message>
    <message>
        <source>the package carries the name it was signed as</source>
        <translation>пакет носит имя, под которым был подписан</translation>
    </message>
    <message>
        <source>signed by the same certificate as the manifest</source>
        <translation>подписан тем же сертификатом, что и опись</translation>
    </message>
    <message>
        <source>signed by a different certificate than the manifest</source>
        <translation>подписан другим сертификатом, чем опись</translation>
    </message>
    <message>
        <source>files listed: %1</source>
        <translation>файлов в описи: %1</translation>
    </message>
    <message>
        <source>%1 bytes, the manifest says %2</source>
        <translation>%1 байт, а в описи указано %2</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 не совпадает с описью</translation>
    </message>
    <message>
        <source>the archive holds this name more than once</source>
        <translation>в архиве это имя встречается несколько раз</translation>
    </message>
    <message>
        <source>too large for a document package</source>
        <translation>слишком велик для пакета документов</translation>
    </message>
    <message>
        <source>damaged inside the archive</source>
        <translation>повреждён внутри архива</translation>
    </message>
    <message>
        <source>the signature cannot be read</source>
        <translation>подпись не читается</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is damaged</source>
        <translation>сертификат подписавшего повреждён</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>PDF не читается</translation>
    </message>
    <message>
        <source>Data package</source>
        <translation>Пакет данных</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Meeting date</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Planned length, min</source>
        <translation>Плановая продолжительность, мин</translation>
    </message>
    <message>
        <source>Report, min</source>
        <translation>Доклад, мин</translation>
    </message>
    <message>
        <source>Questions and answers, min</source>
        <translation>Вопросы и ответы, мин</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <source>Questions collected</source>
        <translation>Собрано вопросов</translation>
    </message>
    <message>
        <source>Channel for questions</source>
        <translation>Канал сбора вопросов</translation>
    </message>
    <message>
        <source>Video conference</source>
        <translation>Видеоконференция</translation>
    </message>
    <message>
        <source>Results published on</source>
        <translation>Итоги опубликованы</translation>
    </message>
    <message>
        <source>Link to the results</source>
        <translation>Ссылка на итоги</translation>
    </message>
    <message>
        <source>Personal reception</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <source>Note on the personal reception</source>
        <translation>Примечание о личном приёме</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги встречи</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Трансляции</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Анонсы</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact</source>
        <translation>Контакт заявителя</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Уровень компетенции</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Way to solve</source>
        <translation>Способ решения</translation>
    </message>
    <message>
        <source>Proposal to the centre</source>
        <translation>Предложение в центр</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Первоначальный срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>e-Otinish number</source>
        <translation>Номер e-Otinish</translation>
    </message>
    <message>
        <source>Organizing akim</source>
        <translation>Аким-организатор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Length, min</source>
        <translation>Продолжительность, мин</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Away meeting</source>
        <translation>Выездная</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Упразднена</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Образована</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Done, %</source>
        <translation>Выполнено, %</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Версия календаря</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Отправлен или получен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Sender&apos;s KATO code</source>
        <translation>Код КАТО отправителя</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>FilteredTable</name>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to AkimDesk</source>
        <translation>Добро пожаловать в AkimDesk</translation>
    </message>
    <message>
        <source>A few answers set the program up for your akimat; everything can be changed later on the Settings page.</source>
        <translation>Несколько ответов настроят программу для вашего акимата; всё можно изменить позже на странице «Настройки».</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;District (for a district akimat):</source>
        <translation>Ра&amp;йон (для районного акимата):</translation>
    </message>
    <message>
        <source>Akimat&apos;s &amp;name:</source>
        <translation>&amp;Название акимата:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Адрес &amp;сервера:</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Файл на этом компьютере</translation>
    </message>
    <message>
        <source>The apparatus&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>&amp;Общий сервер аппарата (PostgreSQL)</translation>
    </message>
    <message>
        <source>Key &amp;file (PKCS#12)</source>
        <translation>Файл &amp;ключа (PKCS#12)</translation>
    </message>
    <message>
        <source>NCA&amp;Layer (keys on a token or ID card)</source>
        <translation>NCALayer (ключ на &amp;токене или удостоверении)</translation>
    </message>
    <message>
        <source>— the whole region (oblast akimat) —</source>
        <translation>— весь регион (областной акимат) —</translation>
    </message>
</context>
<context>
    <name>GovernmentDialog</name>
    <message>
        <source>Regions&apos; calendars for %1</source>
        <translation>Календари регионов на %1 год</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>&amp;Submitted to the Presidential Administration…</source>
        <translation>&amp;Представлены в Администрацию Президента…</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 regions.</source>
        <translation>Поступило: %1 из %2 регионов.</translation>
    </message>
    <message>
        <source>Sent to the Presidential Administration on %1, No. %2.</source>
        <translation>Представлены в Администрацию Президента %1, № %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>не поступил</translation>
    </message>
    <message>
        <source>The Government&apos;s step is complete.</source>
        <translation>Шаг Правительства выполнен.</translation>
    </message>
</context>
<context>
    <name>GovernmentStep</name>
    <message>
        <source>Give the outgoing number of the letter to the Presidential Administration.</source>
        <translation>Укажите исходящий номер письма в Администрацию Президента.</translation>
    </message>
    <message>
        <source>The submission of this year&apos;s calendars is already recorded.</source>
        <translation>Представление календарей за этот год уже отмечено.</translation>
    </message>
    <message>
        <source>No region&apos;s approved calendar for this year has arrived: nothing to submit.</source>
        <translation>Ни один утверждённый календарь региона на этот год не поступил: представлять нечего.</translation>
    </message>
    <message>
        <source>The calendars cannot be submitted before they arrived.</source>
        <translation>Календари нельзя представить раньше, чем они поступили.</translation>
    </message>
    <message>
        <source>Send the regions&apos; approved calendars to the Presidential Administration by %1: %2 day(s) left.</source>
        <translation>Представьте утверждённые календари регионов в Администрацию Президента до %1: осталось дней — %2.</translation>
    </message>
    <message>
        <source>The regions&apos; calendars were due at the Presidential Administration on %1 and are not recorded as sent.</source>
        <translation>Календари регионов нужно было представить в Администрацию Президента %1, отметки о направлении нет.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>The region and year at a glance: are the decree&apos;s meetings on track, which issues are late, what comes next. Click a chart&apos;s Table button to read its numbers.</source>
        <translation>Регион и год одним взглядом: идут ли встречи по Указу по плану, какие вопросы просрочены, что дальше. Кнопка «Таблица» у графика показывает его числа.</translation>
    </message>
    <message>
        <source>Meetings by the decree&apos;s norms (akim × quarter)</source>
        <translation>Встречи по нормам Указа (аким × квартал)</translation>
    </message>
    <message>
        <source>Issues by status</source>
        <translation>Вопросы по статусам</translation>
    </message>
    <message>
        <source>Open issues by responsible body</source>
        <translation>Незакрытые вопросы по ответственным органам</translation>
    </message>
    <message>
        <source>Red: overdue; blue: within the deadline</source>
        <translation>Красным — просроченные, синим — в срок</translation>
    </message>
    <message>
        <source>Overdue issues at each month&apos;s end</source>
        <translation>Просроченные вопросы на конец каждого месяца</translation>
    </message>
    <message>
        <source>What is next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Choose a region in the bar above, or create the directory on the Directory page.</source>
        <translation>Выберите регион на панели вверху или заполните справочник на странице «Справочник территорий».</translation>
    </message>
    <message>
        <source>&lt;b&gt;No calendar for %1 yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Календаря на %1 год ещё нет.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Behind the norms:&lt;/b&gt; %1 of %2 akim–unit pairs lack a meeting.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Отставание от норм:&lt;/b&gt; в %1 из %2 пар «аким — территория» не хватает встречи.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;On track:&lt;/b&gt; all %1 akim–unit pairs have their meetings.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;По плану:&lt;/b&gt; во всех %1 парах «аким — территория» встречи есть.</translation>
    </message>
    <message>
        <source>Open issues: &lt;b&gt;%1&lt;/b&gt;, of them overdue: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</source>
        <translation>Незакрытых вопросов: &lt;b&gt;%1&lt;/b&gt;, из них просрочено: &lt;b style=&apos;color:#c62828&apos;&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Meetings planned: &lt;b&gt;%1&lt;/b&gt;, held: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Встреч запланировано: &lt;b&gt;%1&lt;/b&gt;, проведено: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>No meetings are planned for this year. Open the Calendar page and press Propose a calendar.</source>
        <translation>На этот год встречи не запланированы. Откройте страницу «Годовой календарь встреч» и составьте календарь.</translation>
    </message>
    <message>
        <source>The decree sets no meeting in this quarter</source>
        <translation>Указ не требует встречи в этом квартале</translation>
    </message>
    <message>
        <source>%1 of %2 units have their meetings; double-click to open the calendar</source>
        <translation>Встречи есть в %1 из %2 территорий; двойной щелчок открывает календарь</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>No issues in the register yet. They are added from a meeting&apos;s record or on the Register page.</source>
        <translation>В реестре пока нет вопросов. Их вносят из записи о встрече или на странице «Реестр проблемных вопросов».</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Незакрыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No open issues: nothing waits for a body.</source>
        <translation>Вопросов на исполнении нет: органам нечего исполнять.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>No issue was overdue this year.</source>
        <translation>В этом году просроченных вопросов не было.</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>осталось дней: %1</translation>
    </message>
    <message>
        <source>No decree deadline ahead.</source>
        <translation>Впереди нет сроков по Указу.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что сделать дальше</translation>
    </message>
    <message>
        <source>Prepare the calendar for %1</source>
        <translation>Составить календарь на %1 год</translation>
    </message>
    <message>
        <source>Plan meetings where the norms are not met</source>
        <translation>Запланировать встречи там, где нормы не выполнены</translation>
    </message>
    <message>
        <source>Review %1 overdue issues</source>
        <translation>Разобрать просроченные вопросы: %1</translation>
    </message>
    <message>
        <source>Publish the results of %1 held meetings</source>
        <translation>Опубликовать итоги проведённых встреч: %1</translation>
    </message>
    <message>
        <source>Prepare a report for the maslikhat</source>
        <translation>Подготовить отчёт для маслихата</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Meeting:</source>
        <translation>Встреча:</translation>
    </message>
    <message>
        <source>Source (if not at a meeting):</source>
        <translation>Источник (если не на встрече):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Гд&amp;е:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>Citizen (personal data):</source>
        <translation>Гражданин (персональные данные):</translation>
    </message>
    <message>
        <source>Citizen&apos;s contact:</source>
        <translation>Контакт гражданина:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Competence &amp;level:</source>
        <translation>&amp;Уровень компетенции:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Ответственный &amp;орган:</translation>
    </message>
    <message>
        <source>Ways of &amp;solution:</source>
        <translation>Пути &amp;решения:</translation>
    </message>
    <message>
        <source>Proposal for a central-level decision:</source>
        <translation>Предложение для решения на центральном уровне:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок исполнения:</translation>
    </message>
    <message>
        <source>e-Otinish number:</source>
        <translation>Номер e-Otinish:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Problem issue</source>
        <translation>Проблемный вопрос</translation>
    </message>
    <message>
        <source>New problem issue</source>
        <translation>Новый проблемный вопрос</translation>
    </message>
    <message>
        <source>given when the issue is saved</source>
        <translation>присваивается при сохранении</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <source>Deadline extensions:</source>
        <translation>Продления срока:</translation>
    </message>
    <message>
        <source>History of progress</source>
        <translation>Ход исполнения</translation>
    </message>
    <message>
        <source>— status unchanged —</source>
        <translation>— статус без изменений —</translation>
    </message>
    <message>
        <source>&amp;Add to history</source>
        <translation>Добавить в &amp;историю</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Новый статус:</translation>
    </message>
    <message>
        <source>Extended deadline:</source>
        <translation>Продленный срок:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Выполнено:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>No entries yet: the issue is new.</source>
        <translation>Записей пока нет: вопрос новый.</translation>
    </message>
    <message>
        <source>not raised at a meeting</source>
        <translation>поступил не на встрече</translation>
    </message>
    <message>
        <source>extended; originally %1</source>
        <translation>продлен; первоначально %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>закрыт %1</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4): %5</source>
        <translation>%1: с %2 на %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>IssueRegisterModel</name>
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
        <source>Category</source>
        <translation>Категория</translation>
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
    <message>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Extended; the original deadline was %1</source>
        <translation>Продлен; первоначальный срок — %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
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
        <source>Off-calendar: at the population&apos;s demand</source>
        <translation>Вне календаря: по требованию населения</translation>
    </message>
    <message>
        <source>Off-calendar: when necessary</source>
        <translation>Вне календаря: при необходимости</translation>
    </message>
    <message>
        <source>Approval of the calendar</source>
        <translation>Утверждение календаря</translation>
    </message>
    <message>
        <source>Calendar sent to the Government</source>
        <translation>Направление календаря в Правительство</translation>
    </message>
    <message>
        <source>Announcement of the meeting</source>
        <translation>Объявление о встрече</translation>
    </message>
    <message>
        <source>Publication of the meeting&apos;s results</source>
        <translation>Публикация итогов встречи</translation>
    </message>
    <message>
        <source>half-year %2 of %1</source>
        <translation>%2-е полугодие %1 года</translation>
    </message>
    <message>
        <source>quarter %2 of %1</source>
        <translation>%2-й квартал %1 года</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Вход на сервер</translation>
    </message>
    <message>
        <source>The database on %1 needs your login and password. The password is not saved.</source>
        <translation>База данных на %1 требует логин и пароль. Пароль не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>The server did not accept this login and password. Check them and try again.</source>
        <translation>Сервер не принял этот логин и пароль. Проверьте их и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Настройки почты</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Почтовый &amp;сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <source>&amp;Recipients (comma-separated):</source>
        <translation>&amp;Получатели (через запятую):</translation>
    </message>
    <message>
        <source>The password is not saved: AkimDesk asks for it each time it sends a package.</source>
        <translation>Пароль не сохраняется: AkimDesk запрашивает его при каждой отправке пакета.</translation>
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
        <translation>Открыть &amp;базу данных…</translation>
    </message>
    <message>
        <source>Import from E&amp;xcel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
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
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
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
        <translation>Незакрытых вопросов: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overdue: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</source>
        <translation>Просрочено: &lt;b style=&apos;color:#b00020&apos;&gt;%1&lt;/b&gt;</translation>
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
        <source>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Planning, holding and accounting for akims&apos; meetings with the population under Presidential Decree No. 826.&lt;/p&gt;&lt;p&gt;Font: PT Sans (ParaType Free Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AkimDesk %1&lt;/h3&gt;&lt;p&gt;Планирование, проведение и учёт встреч акимов с населением по Указу Президента № 826.&lt;/p&gt;&lt;p&gt;Шрифт: PT Sans (ParaType Free Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Home page</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>&amp;New item on this page</source>
        <translation>Новая &amp;запись на странице</translation>
    </message>
    <message>
        <source>&amp;Delete the chosen item</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <source>&amp;Export a document…</source>
        <translation>&amp;Выгрузить документ…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Н&amp;овая база данных…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Базы данных ещё не открывались</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>AkimDesk database (*.sqlite)</source>
        <translation>База данных AkimDesk (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>MaslikhatDialog</name>
    <message>
        <source>Maslikhat&apos;s agreement</source>
        <translation>Согласование с маслихатом</translation>
    </message>
    <message>
        <source>Notice to the maslikhat</source>
        <translation>Уведомление маслихата</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Номер решения:</translation>
    </message>
    <message>
        <source>Notice &amp;number:</source>
        <translation>&amp;Номер уведомления:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Встреча: %1</translation>
    </message>
    <message>
        <source>Video conference held</source>
        <translation>Проведена видеоконференцсвязь</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Planned, min:</source>
        <translation>&amp;Запланировано, мин:</translation>
    </message>
    <message>
        <source>&amp;Report, min:</source>
        <translation>До&amp;клад, мин:</translation>
    </message>
    <message>
        <source>&amp;Questions and answers, min:</source>
        <translation>Воп&amp;росы и ответы, мин:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>Прис&amp;утствовало:</translation>
    </message>
    <message>
        <source>Questions collected &amp;beforehand:</source>
        <translation>Вопросов со&amp;брано заранее:</translation>
    </message>
    <message>
        <source>Collected &amp;through:</source>
        <translation>Ка&amp;нал сбора:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Fill from the template</source>
        <translation>Заполнить по шаблону</translation>
    </message>
    <message>
        <source>names (optional)</source>
        <translation>ФИО (необязательно)</translation>
    </message>
    <message>
        <source>Announcements before the meeting:</source>
        <translation>Объявления перед встречей:</translation>
    </message>
    <message>
        <source>Add announcement</source>
        <translation>Добавить объявление</translation>
    </message>
    <message>
        <source>Online broadcasts:</source>
        <translation>Онлайн-трансляции:</translation>
    </message>
    <message>
        <source>Add broadcast</source>
        <translation>Добавить трансляцию</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Итоги опубликованы</translation>
    </message>
    <message>
        <source>Personal reception of citizens held with the meeting</source>
        <translation>Проведён личный приём граждан</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>Д&amp;ата публикации:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Сс&amp;ылка:</translation>
    </message>
    <message>
        <source>Reception &amp;note:</source>
        <translation>Примечание &amp;о приёме:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Итоги:</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Announcements and broadcast</source>
        <translation>Объявления и трансляция</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлена</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Отметить проведённой</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>Отменить встречу…</translation>
    </message>
    <message>
        <source>Issues &amp;raised…</source>
        <translation>&amp;Поднятые вопросы…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Decree checks:</source>
        <translation>Проверки по указу:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Correction of the calendar</source>
        <translation>Корректировка календаря</translation>
    </message>
    <message>
        <source>Open a correction of the %1 calendar now, with this reason?
%2</source>
        <translation>Открыть корректировку календаря на %1 год сейчас с этой причиной?
%2</translation>
    </message>
    <message>
        <source>Correction %1 of the calendar is open: move the meeting there and have it agreed or notified.</source>
        <translation>Корректировка %1 календаря открыта: перенесите в ней встречу и согласуйте корректировку с маслихатом или уведомите его.</translation>
    </message>
    <message>
        <source>The minutes are printed once the meeting is marked held.</source>
        <translation>Протокол печатается после того, как встреча отмечена проведённой.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>comments open</source>
        <translation>комментарии открыты</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>the stored copy is missing or changed</source>
        <translation>сохранённая копия отсутствует или изменена</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>This meeting is in the approved calendar: open a correction of the calendar on the Calendar page to move it.</source>
        <translation>Эта встреча есть в утверждённом календаре: чтобы перенести её, откройте корректировку календаря на странице «Календарь».</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>Maslikhat deputies</source>
        <translation>Депутаты маслихата</translation>
    </message>
    <message>
        <source>Party representatives</source>
        <translation>Представители партий</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Общественные организации</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Оппозиция</translation>
    </message>
    <message>
        <source>Central bodies</source>
        <translation>Центральные органы</translation>
    </message>
    <message>
        <source>Other residents</source>
        <translation>Другие жители</translation>
    </message>
    <message>
        <source>Mass media (press)</source>
        <translation>СМИ (печать)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <source>Official website</source>
        <translation>Официальный интернет-ресурс</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>Портал электронного правительства</translation>
    </message>
    <message>
        <source>Open data portal</source>
        <translation>Портал открытых данных</translation>
    </message>
    <message>
        <source>Official social media accounts</source>
        <translation>Официальные аккаунты в соцсетях</translation>
    </message>
    <message>
        <source>Public places</source>
        <translation>Места массового пребывания</translation>
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
        <translation>Скан документа</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>The date is outside the calendar&apos;s year.</source>
        <translation>Дата вне года календаря.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Встреча заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A number cannot be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The report cannot be longer than the whole meeting.</source>
        <translation>Доклад не может быть длиннее всей встречи.</translation>
    </message>
    <message>
        <source>Results cannot be published before the meeting.</source>
        <translation>Итоги не могут быть опубликованы до встречи.</translation>
    </message>
    <message>
        <source>An announcement cannot come after the meeting.</source>
        <translation>Объявление не может быть позже встречи.</translation>
    </message>
    <message>
        <source>A meeting in the future cannot be held yet.</source>
        <translation>Встреча в будущем ещё не может быть проведена.</translation>
    </message>
    <message>
        <source>The meeting cannot move to this status now.</source>
        <translation>Встречу сейчас нельзя перевести в этот статус.</translation>
    </message>
    <message>
        <source>Say why the meeting is postponed or cancelled.</source>
        <translation>Укажите причину переноса или отмены встречи.</translation>
    </message>
    <message>
        <source>Give the date the results were published (Results tab).</source>
        <translation>Укажите дату публикации итогов (вкладка «Итоги»).</translation>
    </message>
    <message>
        <source>Say why the meeting is held outside the calendar.</source>
        <translation>Укажите основание встречи вне календаря.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не читается.</translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing or damaged.</source>
        <translation>Сохранённая копия этого вложения отсутствует или повреждена.</translation>
    </message>
    <message>
        <source>Attachments are kept beside an SQLite database file.</source>
        <translation>Вложения хранятся рядом с файлом базы SQLite.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings with the population</source>
        <translation>Встречи с населением</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить нельзя</translation>
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
    <message>
        <source>Checks failed</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Meetings of the chosen year: from the calendar (also those not logged yet) and off-calendar. Open one to record what happened; the decree checks are shown beside the form.</source>
        <translation>Встречи выбранного года: по календарю (в том числе ещё не отмеченные) и вне календаря. Откройте встречу, чтобы внести её итоги; проверки по указу показаны рядом с формой.</translation>
    </message>
    <message>
        <source>&amp;Open / record…</source>
        <translation>&amp;Открыть / внести итоги…</translation>
    </message>
    <message>
        <source>O&amp;ff-calendar meeting…</source>
        <translation>Встреча вне &amp;календаря…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Only with failed checks</source>
        <translation>Только с нарушениями</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Off-calendar</source>
        <translation>Вне календаря</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Изменение встречи</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge the data package?</source>
        <translation>Загрузить пакет данных?</translation>
    </message>
    <message>
        <source>%1 from %2 (signed by %3). Merging it will:</source>
        <translation>%1 от %2 (подписал %3). Загрузка пакета:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид записей</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>%1 record(s) unchanged, %2 kept because ours are newer. Conflicts wait for your decision on the Conflicts tab.</source>
        <translation>Без изменений: %1; оставлено наших, более новых: %2. Конфликты ждут вашего решения на вкладке «Конфликты».</translation>
    </message>
    <message>
        <source>The package changes nothing here.</source>
        <translation>Пакет здесь ничего не меняет.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Загрузить</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Meetings on %1:</source>
        <translation>Встречи %1:</translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <source>Norms: field meetings each akim holds</source>
        <translation>Нормы: выездные встречи каждого акима</translation>
    </message>
    <message>
        <source>Akims of</source>
        <translation>Акимы</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещают</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Не менее</translation>
    </message>
    <message>
        <source>In</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Add a &amp;norm</source>
        <translation>Добавить нор&amp;му</translation>
    </message>
    <message>
        <source>Remove &amp;the norm</source>
        <translation>Удали&amp;ть норму</translation>
    </message>
    <message>
        <source>A new norm: choose its akims, the units they visit and the period</source>
        <translation>Новая норма: выберите акимов, посещаемые единицы и период</translation>
    </message>
    <message>
        <source>Remove the selected norm from the edition</source>
        <translation>Удалить выбранную норму из редакции</translation>
    </message>
    <message>
        <source>The selected norm</source>
        <translation>Выбранная норма</translation>
    </message>
    <message>
        <source>Or&amp;ganizing akims:</source>
        <translation>Акимы-ор&amp;ганизаторы:</translation>
    </message>
    <message>
        <source>Meet in eac&amp;h unit of:</source>
        <translation>&amp;Бывают в каждой единице:</translation>
    </message>
    <message>
        <source>At least, meet&amp;ings:</source>
        <translation>&amp;Число встреч, не менее:</translation>
    </message>
    <message>
        <source>Co&amp;unted per:</source>
        <translation>За ка&amp;ждый:</translation>
    </message>
</context>
<context>
    <name>OffCalendarDialog</name>
    <message>
        <source>Off-calendar meeting</source>
        <translation>Встреча вне календаря</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Аким:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Гд&amp;е:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Основание:</translation>
    </message>
</context>
<context>
    <name>PlannedMeetingDialog</name>
    <message>
        <source>Planned meeting</source>
        <translation>Встреча в календаре</translation>
    </message>
    <message>
        <source>New planned meeting</source>
        <translation>Новая встреча в календаре</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>&amp;Akim:</source>
        <translation>&amp;Аким:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Гд&amp;е:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Продолжительность:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Propose calendar</source>
        <translation>Составление календаря</translation>
    </message>
    <message>
        <source>Every akim of the region gets the field meetings the decree requires in every unit and period, on working days, spread across each period. Meetings already in the draft are kept.</source>
        <translation>Каждому акиму региона будут запланированы выездные встречи, которых требует указ, в каждой единице и в каждом периоде — в рабочие дни, равномерно по периоду. Встречи, уже внесённые в проект, сохраняются.</translation>
    </message>
    <message>
        <source>Field meetings per akim per &amp;day, at most:</source>
        <translation>Не более выездных встреч одного акима в &amp;день:</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Issues raised at a meeting</source>
        <translation>Вопросы, поднятые на встрече</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Competence level</source>
        <translation>Уровень компетенции</translation>
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
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Empty rows are skipped. Citizens&apos; names and contacts are personal data: they are masked in every export unless you include them.</source>
        <translation>Пустые строки пропускаются. Имена и контакты граждан — персональные данные: в любой выгрузке они скрываются, если вы явно не включите их.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Встреча:</translation>
    </message>
    <message>
        <source>Choose the meeting the issues were raised at.</source>
        <translation>Выберите встречу, на которой подняты вопросы.</translation>
    </message>
    <message>
        <source>Type at least one issue.</source>
        <translation>Введите хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the rows and save again.</source>
        <translation>Ничего не сохранено; исправьте строки и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>RecipientKeyDialog</name>
    <message>
        <source>Encrypted data package</source>
        <translation>Зашифрованный пакет данных</translation>
    </message>
    <message>
        <source>%1 is encrypted for its recipient. Choose the recipient&apos;s key to open it.</source>
        <translation>%1 зашифрован для получателя. Выберите ключ получателя, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;key:</source>
        <translation>&amp;Ключ получателя:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;Пароль ключа:</translation>
    </message>
    <message>
        <source>Recipient&apos;s key</source>
        <translation>Ключ получателя</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>Ключ PKCS#12 (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Local akimat</source>
        <translation>Местный акимат</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Central executive body</source>
        <translation>Центральный исполнительный орган</translation>
    </message>
    <message>
        <source>National holding</source>
        <translation>Национальный холдинг</translation>
    </message>
    <message>
        <source>National company</source>
        <translation>Национальная компания</translation>
    </message>
    <message>
        <source>Type the text of the issue.</source>
        <translation>Введите текст вопроса.</translation>
    </message>
    <message>
        <source>Choose where the issue was raised.</source>
        <translation>Укажите, где поднят вопрос.</translation>
    </message>
    <message>
        <source>Give the date the issue was raised.</source>
        <translation>Укажите дату поступления вопроса.</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>Вопрос не может поступить будущим числом.</translation>
    </message>
    <message>
        <source>An issue not raised at a meeting needs its source (e-Otinish, personal reception…).</source>
        <translation>Для вопроса, поступившего не на встрече, укажите источник (e-Otinish, личный прием…).</translation>
    </message>
    <message>
        <source>Choose the competence level.</source>
        <translation>Выберите уровень компетенции.</translation>
    </message>
    <message>
        <source>The deadline is earlier than the day the issue was raised.</source>
        <translation>Срок раньше даты поступления вопроса.</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>Укажите новый срок.</translation>
    </message>
    <message>
        <source>An extended deadline must be later than the current one.</source>
        <translation>Продленный срок должен быть позже текущего.</translation>
    </message>
    <message>
        <source>An extended deadline cannot be in the past.</source>
        <translation>Продленный срок не может быть в прошлом.</translation>
    </message>
    <message>
        <source>Closing an issue needs a final note on the outcome.</source>
        <translation>Для закрытия вопроса нужна итоговая запись о результате.</translation>
    </message>
    <message>
        <source>Type the text of the entry.</source>
        <translation>Введите текст записи.</translation>
    </message>
    <message>
        <source>Give the date of the entry.</source>
        <translation>Укажите дату записи.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>Запись не может быть датирована будущим числом.</translation>
    </message>
    <message>
        <source>An entry cannot be dated before the issue was raised.</source>
        <translation>Запись не может быть датирована раньше поступления вопроса.</translation>
    </message>
    <message>
        <source>Percent of completion is from 0 to 100.</source>
        <translation>Процент исполнения — от 0 до 100.</translation>
    </message>
    <message>
        <source>The text is longer than 4000 characters: shorten it.</source>
        <translation>Текст длиннее 4000 знаков: сократите его.</translation>
    </message>
    <message>
        <source>The percent contradicts the status: resolved means 100%, and 100% is closed with an outcome.</source>
        <translation>Процент противоречит статусу: «решен» означает 100%, а при 100% вопрос закрывается с результатом.</translation>
    </message>
    <message>
        <source>Closing needs an outcome status (resolved, explained, …).</source>
        <translation>Для закрытия нужен итоговый статус (решен, дано разъяснение, …).</translation>
    </message>
    <message>
        <source>The deadline of an issue in work changes only by an extension with a note.</source>
        <translation>Срок вопроса на исполнении меняется только продлением с примечанием.</translation>
    </message>
    <message>
        <source>Someone changed this issue meanwhile; reopen it to see the changes.</source>
        <translation>Вопрос тем временем изменил другой пользователь; откройте его заново, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>The issue is no longer in the database.</source>
        <translation>Вопроса больше нет в базе данных.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Неизвестный статус.</translation>
    </message>
    <message>
        <source>The responsible body is not in this database.</source>
        <translation>Этого ответственного органа нет в базе данных.</translation>
    </message>
    <message>
        <source>The meeting is not in this database.</source>
        <translation>Этой встречи нет в базе данных.</translation>
    </message>
    <message>
        <source>The territory is not in this database.</source>
        <translation>Этой территории нет в базе данных.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Дайте фильтру название.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register of problem issues</source>
        <translation>Реестр проблемных вопросов</translation>
    </message>
    <message>
        <source>Every problem issue raised by citizens in the chosen region, in all years: who is responsible, the deadline, the status and the history of progress. Filters and search work on the whole database; overdue deadlines are shown in red, extended ones with an asterisk.</source>
        <translation>Все проблемные вопросы граждан выбранного региона за все годы: кто отвечает, срок, статус и ход исполнения. Фильтры и поиск работают по всей базе; просроченные сроки выделены красным, продленные — звездочкой.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <source>Words from the text, in Russian or Kazakh (Ctrl+F)</source>
        <translation>Слова из текста на русском или казахском (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Гд&amp;е:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Responsible &amp;body:</source>
        <translation>Ответственный &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Raised &amp;from</source>
        <translation>Перио&amp;д поступления:</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters:</source>
        <translation>Со&amp;храненные фильтры:</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>&amp;Новый вопрос…</translation>
    </message>
    <message>
        <source>&amp;Quick entry from a meeting…</source>
        <translation>&amp;Быстрый ввод со встречи…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Откр&amp;ыть…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>И&amp;зменить статус…</translation>
    </message>
    <message>
        <source>Change responsible bod&amp;y…</source>
        <translation>Из&amp;менить ответственный орган…</translation>
    </message>
    <message>
        <source>Show issues of all meetings</source>
        <translation>Показать вопросы всех встреч</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Срок в ближайшие %1 дн.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(общий)</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>Встреча %1, %2</translation>
    </message>
    <message>
        <source>Issues: %1 (loaded %2)</source>
        <translation>Вопросов: %1 (загружено %2)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сохранение фильтра</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Название фильтра:</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить нельзя</translation>
    </message>
    <message>
        <source>Add %1 issue(s)</source>
        <translation>Добавление вопросов: %1</translation>
    </message>
    <message>
        <source>Status «%1» for %2 issue(s)</source>
        <translation>Статус «%1» для вопросов: %2</translation>
    </message>
    <message>
        <source>Responsible body «%1» for %2 issue(s)</source>
        <translation>Ответственный орган «%1» для вопросов: %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Exported</source>
        <translation>Выгружен</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 (moved or deleted)</source>
        <translation>%1 (перемещен или удален)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reports and exports</source>
        <translation>Отчёты и выгрузки</translation>
    </message>
    <message>
        <source>Documents for the maslikhat and the Government as Excel and PDF in Russian or Kazakh, signed with your key in one package that anyone can verify offline, ready to send by e-mail.</source>
        <translation>Документы для маслихата и Правительства в Excel и PDF на русском или казахском языке, подписанные вашим ключом в одном пакете, который любой может проверить без интернета, готовые к отправке по электронной почте.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>В&amp;ыгрузить…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>Пр&amp;оверить пакет…</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Выгруженные пакеты</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>По&amp;казать в папке</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>E-mail &amp;draft</source>
        <translation>&amp;Черновик письма</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail…</source>
        <translation>О&amp;тправить по почте…</translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation>Настройки почты…</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>подписал %1</translation>
    </message>
    <message>
        <source>Package saved (%1): %2</source>
        <translation>Пакет сохранен (%1): %2</translation>
    </message>
    <message>
        <source>E-mail draft with the package attached: %1</source>
        <translation>Черновик письма с вложенным пакетом: %1</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправка по почте</translation>
    </message>
    <message>
        <source>Password of %1 on the mail server (it is not saved):</source>
        <translation>Пароль %1 на почтовом сервере (не сохраняется):</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients first (E-mail settings…).</source>
        <translation>Сначала укажите почтовый сервер и получателей (Настройки почты…).</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>Отправлено %1: %2</translation>
    </message>
    <message>
        <source>Sending the package…</source>
        <translation>Отправка пакета…</translation>
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
        <translation>Список отзыва (CRL)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.cer *.crt *.pem *.der *.crl);;All files (*)</source>
        <translation>Сертификаты и списки отзыва (*.cer *.crt *.pem *.der *.crl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Хранилище доверенных сертификатов</translation>
    </message>
    <message>
        <source>%1 is not a certificate or revocation list.</source>
        <translation>%1 — не сертификат и не список отзыва.</translation>
    </message>
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
        <translation>Создать резервную &amp;копию базы</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>&amp;Time-stamp service (TSA):</source>
        <translation>Служба &amp;меток времени (TSA):</translation>
    </message>
    <message>
        <source>NCALayer &amp;address:</source>
        <translation>&amp;Адрес NCALayer:</translation>
    </message>
    <message>
        <source>Root and intermediate certificates of the National Certification Centre (NCA RK) and their revocation lists. Package verification and data import judge every signer against them.</source>
        <translation>Корневые и промежуточные сертификаты Национального удостоверяющего центра (НУЦ РК) и их списки отзыва. По ним проверяется каждый подписавший при проверке пакетов и импорте данных.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
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
    <name>Signing</name>
    <message>
        <source>Cannot open %1: the password is wrong, or it is not a PKCS#12 key file.</source>
        <translation>Не удалось открыть %1: неверный пароль или это не файл ключа PKCS#12.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Не удалось прочитать файл ключа %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it can no longer sign.</source>
        <translation>Срок действия сертификата %1 истек %2: подписывать им больше нельзя.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>Сертификат %1 действует только с %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not for signing: choose your signing key, not the authentication one.</source>
        <translation>Сертификат %1 не предназначен для подписи: выберите ключ для подписи, а не для аутентификации.</translation>
    </message>
    <message>
        <source>The key of %1 is an authentication key (AUTH), not a signing key: choose the signing key (RSA or GOST).</source>
        <translation>Ключ %1 — ключ аутентификации (AUTH), а не ключ подписи: выберите ключ для подписи (RSA или GOST).</translation>
    </message>
    <message>
        <source>The key in %1 cannot sign here (GOST keys sign through NCALayer).</source>
        <translation>Ключом из %1 здесь подписать нельзя (ключи ГОСТ подписывают через NCALayer).</translation>
    </message>
    <message>
        <source>NCALayer is not running or cannot be reached at %1: start NCALayer and try again.</source>
        <translation>NCALayer не запущен или недоступен по адресу %1: запустите NCALayer и повторите.</translation>
    </message>
    <message>
        <source>Signing was cancelled in NCALayer; nothing was saved.</source>
        <translation>Подписание отменено в NCALayer; ничего не сохранено.</translation>
    </message>
    <message>
        <source>NCALayer did not answer in time; nothing was signed.</source>
        <translation>NCALayer не ответил вовремя; ничего не подписано.</translation>
    </message>
    <message>
        <source>NCALayer signed with another key than the one chosen, or refused the key: choose your signing key; nothing was saved.</source>
        <translation>NCALayer подписал не тем ключом, что был выбран, или отказался от ключа: выберите свой ключ подписи; ничего не сохранено.</translation>
    </message>
    <message>
        <source>NCALayer refused to sign: %1</source>
        <translation>NCALayer отказался подписать: %1</translation>
    </message>
    <message>
        <source>The time-stamp service %1 did not give a time-stamp; nothing was saved.</source>
        <translation>Служба меток времени %1 не выдала метку времени; ничего не сохранено.</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БИН %1</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submission to the Government</source>
        <translation>Представление в Правительство</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Дата отправки:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>&amp;Исходящий номер:</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Show or edit the decree edition whose deadlines and norms this calendar follows</source>
        <translation>Показать или изменить редакцию Указа, по срокам и нормам которой составляется календарь</translation>
    </message>
    <message>
        <source>Mark the days off and working days that move the decree&apos;s deadlines</source>
        <translation>Отметить выходные и рабочие дни, от которых зависят сроки по Указу</translation>
    </message>
    <message>
        <source>Propose meeting dates for every unit the norm still needs</source>
        <translation>Предложить даты встреч для каждой единицы, которой ещё не хватает до нормы</translation>
    </message>
    <message>
        <source>Add a planned meeting to the calendar</source>
        <translation>Добавить запланированную встречу в календарь</translation>
    </message>
    <message>
        <source>Change the chosen planned meeting</source>
        <translation>Изменить выбранную запланированную встречу</translation>
    </message>
    <message>
        <source>Delete the chosen planned meeting from the calendar</source>
        <translation>Удалить выбранную встречу из календаря</translation>
    </message>
    <message>
        <source>Compare two versions of the calendar: what was added, moved or removed</source>
        <translation>Сравнить две версии календаря: что добавлено, перенесено, удалено</translation>
    </message>
    <message>
        <source>Save the calendar as an .ics file for a mail program or a phone</source>
        <translation>Сохранить календарь в файл .ics для почтовой программы или телефона</translation>
    </message>
    <message>
        <source>Record the maslikhat&apos;s agreement or the notice to the maslikhat</source>
        <translation>Записать согласование с маслихатом или уведомление маслихата</translation>
    </message>
    <message>
        <source>Record the approval of the calendar</source>
        <translation>Записать утверждение календаря</translation>
    </message>
    <message>
        <source>Record the sending of the approved calendar to the Government</source>
        <translation>Записать направление утверждённого календаря в Правительство</translation>
    </message>
    <message>
        <source>Start a correction of the approved calendar, with its reason</source>
        <translation>Начать корректировку утверждённого календаря с указанием причины</translation>
    </message>
    <message>
        <source>The Government&apos;s view: every region&apos;s calendar and its deadlines</source>
        <translation>Взгляд Правительства: календари всех регионов и их сроки</translation>
    </message>
    <message>
        <source>Open the chosen meeting to record how it went</source>
        <translation>Открыть выбранную встречу и записать, как она прошла</translation>
    </message>
    <message>
        <source>Record a meeting that was not in the calendar</source>
        <translation>Записать встречу вне календаря</translation>
    </message>
    <message>
        <source>Save the current filters under a name to use them again</source>
        <translation>Сохранить текущие фильтры под именем, чтобы применять их снова</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Удалить выбранный сохранённый фильтр</translation>
    </message>
    <message>
        <source>Clear every filter and show all issues</source>
        <translation>Сбросить все фильтры и показать все вопросы</translation>
    </message>
    <message>
        <source>Register a new problem issue</source>
        <translation>Зарегистрировать новый проблемный вопрос</translation>
    </message>
    <message>
        <source>Enter many issues raised at one meeting, row by row</source>
        <translation>Внести построчно сразу много вопросов, поднятых на одной встрече</translation>
    </message>
    <message>
        <source>Open the chosen issue</source>
        <translation>Открыть выбранный вопрос</translation>
    </message>
    <message>
        <source>Set one status for every selected issue</source>
        <translation>Установить один статус всем выделенным вопросам</translation>
    </message>
    <message>
        <source>Set one responsible body for every selected issue</source>
        <translation>Назначить один ответственный орган всем выделенным вопросам</translation>
    </message>
    <message>
        <source>Make a document (Excel, PDF) or a signed package for the maslikhat or the Government</source>
        <translation>Сформировать документ (Excel, PDF) или подписанный пакет для маслихата или Правительства</translation>
    </message>
    <message>
        <source>Check the signatures and contents of a package file</source>
        <translation>Проверить подписи и содержимое файла пакета</translation>
    </message>
    <message>
        <source>Open the folder that holds the chosen file</source>
        <translation>Открыть папку с выбранным файлом</translation>
    </message>
    <message>
        <source>Check the signatures of the chosen package</source>
        <translation>Проверить подписи выбранного пакета</translation>
    </message>
    <message>
        <source>Save an e-mail draft with the chosen package attached</source>
        <translation>Сохранить черновик письма с выбранным пакетом во вложении</translation>
    </message>
    <message>
        <source>Send the chosen package by e-mail</source>
        <translation>Отправить выбранный пакет по электронной почте</translation>
    </message>
    <message>
        <source>Set the mail server and the recipients&apos; addresses</source>
        <translation>Настроить почтовый сервер и адреса получателей</translation>
    </message>
    <message>
        <source>Add a unit (district, town, rural district) under the chosen one</source>
        <translation>Добавить единицу (район, город, сельский округ) в выбранную</translation>
    </message>
    <message>
        <source>Rename the chosen unit</source>
        <translation>Переименовать выбранную единицу</translation>
    </message>
    <message>
        <source>Mark the chosen unit as abolished; its history is kept</source>
        <translation>Отметить выбранную единицу упразднённой; её история сохраняется</translation>
    </message>
    <message>
        <source>Set when the chosen unit was established and abolished</source>
        <translation>Указать, когда выбранная единица образована и упразднена</translation>
    </message>
    <message>
        <source>Import the territory directory from a file</source>
        <translation>Импортировать справочник территорий из файла</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Выбрать файл ключа ЭЦП</translation>
    </message>
    <message>
        <source>Choose the folder the package is saved to</source>
        <translation>Выбрать папку, куда сохранить пакет</translation>
    </message>
    <message>
        <source>Export a signed data package for the next level (oblast, Government)</source>
        <translation>Выгрузить подписанный пакет данных для вышестоящего уровня (область, Правительство)</translation>
    </message>
    <message>
        <source>Import a district&apos;s or oblast&apos;s data package after checking its signature</source>
        <translation>Загрузить пакет данных района или области после проверки подписи</translation>
    </message>
    <message>
        <source>Save the receipt confirming that the package was imported</source>
        <translation>Сохранить квитанцию о загрузке пакета</translation>
    </message>
    <message>
        <source>Import calendars, meetings or issues from an Excel workbook</source>
        <translation>Импортировать календари, встречи или вопросы из книги Excel</translation>
    </message>
    <message>
        <source>Keep our value in the chosen conflict</source>
        <translation>Оставить наше значение в выбранном конфликте</translation>
    </message>
    <message>
        <source>Take the package&apos;s value in the chosen conflict</source>
        <translation>Принять значение из пакета в выбранном конфликте</translation>
    </message>
    <message>
        <source>Copy the database to the backup folder now</source>
        <translation>Сейчас скопировать базу данных в папку резервных копий</translation>
    </message>
    <message>
        <source>Add a root or intermediate certificate to the trust store</source>
        <translation>Добавить корневой или промежуточный сертификат в хранилище доверенных сертификатов</translation>
    </message>
    <message>
        <source>Remove the chosen certificate from the trust store</source>
        <translation>Удалить выбранный сертификат из хранилища доверенных сертификатов</translation>
    </message>
    <message>
        <source>Add the day, or change its kind if it is already listed</source>
        <translation>Добавить день или изменить его вид, если он уже в списке</translation>
    </message>
    <message>
        <source>Remove the chosen day from the list</source>
        <translation>Удалить выбранный день из списка</translation>
    </message>
    <message>
        <source>Add this entry to the issue&apos;s progress history</source>
        <translation>Добавить запись в историю хода исполнения</translation>
    </message>
    <message>
        <source>Add one more row for an issue</source>
        <translation>Добавить ещё одну строку для вопроса</translation>
    </message>
    <message>
        <source>Choose the folder the document is saved to</source>
        <translation>Выбрать папку, куда сохранить документ</translation>
    </message>
    <message>
        <source>Choose the package file to check</source>
        <translation>Выбрать файл пакета для проверки</translation>
    </message>
    <message>
        <source>Choose a trusted root certificate</source>
        <translation>Выбрать доверенный корневой сертификат</translation>
    </message>
    <message>
        <source>Check the package&apos;s signatures and files</source>
        <translation>Проверить подписи и файлы пакета</translation>
    </message>
    <message>
        <source>Choose the Excel workbook to import</source>
        <translation>Выбрать книгу Excel для импорта</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Russian</source>
        <translation>Сохранить пустую книгу с нужными столбцами, заголовки на русском</translation>
    </message>
    <message>
        <source>Save an empty workbook with the expected columns, headed in Kazakh</source>
        <translation>Сохранить пустую книгу с нужными столбцами, заголовки на казахском</translation>
    </message>
    <message>
        <source>Import the checked rows into the database</source>
        <translation>Импортировать проверенные строки в базу данных</translation>
    </message>
    <message>
        <source>Record that the meeting was announced</source>
        <translation>Отметить, что о встрече объявлено</translation>
    </message>
    <message>
        <source>Record that the meeting was held</source>
        <translation>Отметить, что встреча проведена</translation>
    </message>
    <message>
        <source>Record that the meeting&apos;s results were published</source>
        <translation>Отметить, что итоги встречи опубликованы</translation>
    </message>
    <message>
        <source>Move the meeting to another day, with the reason</source>
        <translation>Перенести встречу на другой день с указанием причины</translation>
    </message>
    <message>
        <source>Cancel the meeting, with the reason</source>
        <translation>Отменить встречу с указанием причины</translation>
    </message>
    <message>
        <source>Register the problem issues raised at this meeting</source>
        <translation>Зарегистрировать проблемные вопросы, поднятые на встрече</translation>
    </message>
    <message>
        <source>Print a document of this meeting</source>
        <translation>Напечатать документ этой встречи</translation>
    </message>
    <message>
        <source>Save a document of this meeting as PDF</source>
        <translation>Сохранить документ этой встречи в PDF</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Добавить пункт в повестку</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Удалить выбранный пункт повестки</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Поднять выбранный пункт выше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Опустить выбранный пункт ниже (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Fill the agenda from the standard template</source>
        <translation>Заполнить повестку по типовому шаблону</translation>
    </message>
    <message>
        <source>Add an announcement of the meeting</source>
        <translation>Добавить объявление о встрече</translation>
    </message>
    <message>
        <source>Remove the chosen announcement</source>
        <translation>Удалить выбранное объявление</translation>
    </message>
    <message>
        <source>Add an online broadcast of the meeting</source>
        <translation>Добавить онлайн-трансляцию встречи</translation>
    </message>
    <message>
        <source>Remove the chosen broadcast</source>
        <translation>Удалить выбранную трансляцию</translation>
    </message>
    <message>
        <source>Attach a file (photo, minutes, video) to the meeting</source>
        <translation>Приложить к встрече файл (фото, протокол, видео)</translation>
    </message>
    <message>
        <source>Open the chosen file</source>
        <translation>Открыть выбранный файл</translation>
    </message>
    <message>
        <source>Choose the certificate of the body the package is encrypted for</source>
        <translation>Выбрать сертификат органа, для которого шифруется пакет</translation>
    </message>
</context>
<context>
    <name>UnitDatesDialog</name>
    <message>
        <source>Dates of %1</source>
        <translation>Даты: %1</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>&amp;Образована:</translation>
    </message>
    <message>
        <source>&amp;Retired on:</source>
        <translation>&amp;Упразднена:</translation>
    </message>
    <message>
        <source>known (empty: existed before)</source>
        <translation>известна (пусто — существовала раньше)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>упразднена</translation>
    </message>
    <message>
        <source>A unit is retired after the day it was established.</source>
        <translation>Единица упраздняется позже дня образования.</translation>
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
        <source>a unit of this level cannot be under a unit of the parent&apos;s level</source>
        <translation>единица этого уровня не может входить в единицу уровня вышестоящей</translation>
    </message>
    <message>
        <source>the KATO code does not belong under the parent&apos;s code</source>
        <translation>код КАТО не относится к коду вышестоящей единицы</translation>
    </message>
    <message>
        <source>a unit cannot move to another region</source>
        <translation>единицу нельзя перенести в другой регион</translation>
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
        <translation>К&amp;од КАТО:</translation>
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
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a package</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <source>Also trust this root certificate (optional; the trust store is used always):</source>
        <translation>Доверять также этому корневому сертификату (необязательно; хранилище доверенных сертификатов используется всегда):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>AkimDesk packages (*.zip);;All files (*)</source>
        <translation>Пакеты AkimDesk (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>Доверенный корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.cer *.crt *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Not a package that can be checked: %1</source>
        <translation>Это не пакет, который можно проверить: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <source>Signed by: %1, certificate %2, valid until %3; issued by %4</source>
        <translation>Подписал: %1, сертификат %2, действителен до %3; выдан: %4</translation>
    </message>
    <message>
        <source>Time-stamped: %1 UTC</source>
        <translation>Метка времени: %1 UTC</translation>
    </message>
    <message>
        <source>The package is intact, its signatures are valid and the signer chains to a trusted root.</source>
        <translation>Пакет цел, подписи действительны, сертификат подписавшего восходит к доверенному корневому.</translation>
    </message>
    <message>
        <source>The package is intact, but the signer could not be judged: no trusted root certificate is in the trust store (Settings) or given here.</source>
        <translation>Пакет цел, но подписавшего не по чему проверить: в хранилище доверенных сертификатов (Настройки) нет корневого сертификата, и здесь он не указан.</translation>
    </message>
    <message>
        <source>The package does NOT pass verification: %1 check(s) failed.</source>
        <translation>Пакет НЕ прошел проверку: нарушений — %1.</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Extra days off and working days</source>
        <translation>Дополнительные выходные и рабочие дни</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Рабочий день (перенос)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
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
        <source>&amp;Add or change</source>
        <translation>Добавить &amp;или изменить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <source>The norm is met in this period</source>
        <translation>Норма в этом периоде выполнена</translation>
    </message>
    <message>
        <source>A field meeting is missing in this period</source>
        <translation>В этом периоде не хватает выездной встречи</translation>
    </message>
    <message>
        <source>No meeting required in this period</source>
        <translation>В этом периоде встреча не требуется</translation>
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
        <source>Q1</source>
        <translation>I кв.</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>II кв.</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>III кв.</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>IV кв.</translation>
    </message>
</context>
<context>
    <name>_BulkDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Note for each issue:</source>
        <translation>&amp;Примечание к каждому вопросу:</translation>
    </message>
</context>
</TS>
