<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgendaTable</name>
    <message>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Today, %1: after %2, the last meeting</source>
        <translation>Сегодня, %1: после %2, последнего собрания</translation>
    </message>
    <message>
        <source>Today, %1: the line falls before %2</source>
        <translation>Сегодня, %1: линия находится до %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
</context>
<context>
    <name>CalendarDocks</name>
    <message>
        <source>Meetings in view</source>
        <translation>Видимые собрания</translation>
    </message>
    <message>
        <source>The agenda lists every meeting: choose a calendar view.</source>
        <translation>В повестке перечислены все собрания: выберите вид календаря.</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>%1: the first day cannot come after the last (%2)</source>
        <translation>%1: первый день не может быть позже последнего (%2)</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>замечаний нет</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Go to Date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>Date to show</source>
        <translation>Показать дату</translation>
    </message>
</context>
<context>
    <name>CalendarZoom</name>
    <message>
        <source>Zoomed as far as the view goes</source>
        <translation>Масштаб вида предельный</translation>
    </message>
    <message>
        <source>Timeline: %1 across</source>
        <translation>Шкала времени: %1 по ширине</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>через %1 дн.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 дн. назад</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Geneva public holiday: %1</source>
        <translation>Праздник в Женеве: %1</translation>
    </message>
    <message>
        <source>Falls on a weekend; no ITU text moves it to a working day.</source>
        <translation>Приходится на выходной; ни один текст МСЭ не переносит его на рабочий день.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что к сроку</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Deadlines of the shown meetings</source>
        <translation>Сроки показанных собраний</translation>
    </message>
    <message>
        <source>Show past deadlines</source>
        <translation>Показывать прошедшие сроки</translation>
    </message>
    <message>
        <source>Also list deadlines whose day has gone for meetings already held</source>
        <translation>Перечислять также прошедшие сроки уже состоявшихся собраний</translation>
    </message>
</context>
<context>
    <name>DecidedEdit</name>
    <message>
        <source>Period decided by a higher body</source>
        <translation>Период, установленный вышестоящим органом</translation>
    </message>
    <message>
        <source>e.g. PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>напр. Резолюция 77 ПК (Пересм. Бухарест, 2022 г.)</translation>
    </message>
    <message>
        <source>First day of the decided period</source>
        <translation>Первый день установленного периода</translation>
    </message>
    <message>
        <source>Last day of the decided period</source>
        <translation>Последний день установленного периода</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Установлено:</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 дн.)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подотчетен</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decided period</source>
        <translation>Установленный период</translation>
    </message>
    <message>
        <source>Cycle year</source>
        <translation>Год цикла</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Сведения о собрании</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>Собрание не выбрано.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Изменения с %1 по %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Cannot print the changes</source>
        <translation>Не удается напечатать изменения</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF не записан</translation>
    </message>
    <message>
        <source>Save the Changes as PDF</source>
        <translation>Сохранить изменения в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Новое собрание…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>&amp;Изменить собрание…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Move a Day &amp;Earlier</source>
        <translation>На день &amp;раньше</translation>
    </message>
    <message>
        <source>Move a Day &amp;Later</source>
        <translation>На день &amp;позже</translation>
    </message>
    <message>
        <source>&amp;Move by…</source>
        <translation>&amp;Сдвинуть на…</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Пр&amp;едложить даты…</translation>
    </message>
    <message>
        <source>C&amp;hange Status, Kind, Venue or Mode…</source>
        <translation>Из&amp;менить статус, вид, место или формат…</translation>
    </message>
    <message>
        <source>Cannot suggest dates</source>
        <translation>Не удается предложить даты</translation>
    </message>
    <message>
        <source>Delete meetings</source>
        <translation>Удалить собрания</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export meetings</source>
        <translation>Экспорт собраний</translation>
    </message>
    <message>
        <source>ITU Meeting Planner</source>
        <translation>Планировщик собраний МСЭ</translation>
    </message>
    <message>
        <source>Add religious periods and venue public holidays</source>
        <translation>Добавить религиозные периоды и праздники мест проведения</translation>
    </message>
    <message>
        <source>Add each meeting&apos;s deadlines</source>
        <translation>Добавить сроки каждого собрания</translation>
    </message>
    <message>
        <source>1 meeting (the one the current filter shows) will be written to %1.</source>
        <translation>1 собрание (показанное текущим фильтром) будет записано в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings (those the current filter shows) will be written to %1.</source>
        <translation>
            <numerusform>%n собрание (показанное текущим фильтром) будет записано в %1.</numerusform>
            <numerusform>%n собрания (показанные текущим фильтром) будут записаны в %1.</numerusform>
            <numerusform>%n собраний (показанных текущим фильтром) будут записаны в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>Название календаря:</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>No such file or directory</source>
        <translation>Нет такого файла или папки</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Отказано в доступе</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Операция не разрешена</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Это папка</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Не является папкой</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>На диске не осталось места</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Файловая система только для чтения</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Файл уже существует</translation>
    </message>
</context>
<context>
    <name>FieldChangeDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>Изменяемое поле</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Без места проведения</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новое значение: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Собрания:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Изменить:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;На:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>%1 of %2 will change.</source>
        <translation>Изменится %1 из %2.</translation>
    </message>
    <message>
        <source>Nothing would change: each already has this value.</source>
        <translation>Ничего не изменится: у каждого уже это значение.</translation>
    </message>
    <message>
        <source>Their place becomes %1.</source>
        <translation>Их место становится: %1.</translation>
    </message>
    <message>
        <source>%1 loses its room, which %2 does not have.</source>
        <translation>%1 теряет зал, которого нет в %2.</translation>
    </message>
    <message>
        <source>%1 lose their rooms, which %2 does not have.</source>
        <translation>%1 теряют залы, которых нет в %2.</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>без места проведения</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import the &amp;Bundled ITU Calendar…</source>
        <translation>Импортировать &amp;встроенный календарь МСЭ…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the Se&amp;lection…</source>
        <translation>Экспортировать &amp;выделенное…</translation>
    </message>
    <message>
        <source>S&amp;hared Calendar…</source>
        <translation>&amp;Общий календарь…</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Не удается создать базу данных</translation>
    </message>
    <message>
        <source>%1 already exists: open it with File &gt; Open Database…</source>
        <translation>%1 уже существует: откройте ее через Файл &gt; Открыть базу данных…</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?)</source>
        <translation>%1 не существует (перемещена или удалена?)</translation>
    </message>
    <message>
        <source>Open planning database</source>
        <translation>Открыть базу данных планирования</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных планирования (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>Новая база данных планирования</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить меню</translation>
    </message>
    <message>
        <source>Save a copy of the planning database</source>
        <translation>Сохранить копию базы данных планирования</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена в %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Import the bundled ITU calendar</source>
        <translation>Импортировать встроенный календарь МСЭ</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Импорт собраний</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</source>
        <translation>Календари и таблицы (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Экспорт собраний</translation>
    </message>
    <message>
        <source>iCalendar for Outlook (*.ics);;CSV (*.csv)</source>
        <translation>iCalendar для Outlook (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2</source>
        <translation>Записано собраний: %1 в %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Code, title, place, body, chair…</source>
        <translation>Код, название, место, орган, председатель…</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Найти собрания</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>%n kinds</source>
        <translation>Видов: %n</translation>
    </message>
    <message>
        <source>Kinds shown</source>
        <translation>Показанные виды</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>Все Секторы</translation>
    </message>
    <message>
        <source>%n Sectors</source>
        <translation>Секторов: %n</translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>Показанные Секторы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>%n statuses</source>
        <translation>Статусов: %n</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>Показанные статусы</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <source>%n bodies</source>
        <translation>Органов: %n</translation>
    </message>
    <message>
        <source>Bodies shown</source>
        <translation>Показанные органы</translation>
    </message>
    <message>
        <source>A body&apos;s own meetings and those of the groups reporting to it</source>
        <translation>Собрания органа и подотчетных ему групп</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>виды</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Секторы</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>статусы</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>органы</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Сектор:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>Show on calendars</source>
        <translation>Показать в календарях</translation>
    </message>
    <message>
        <source>&amp;Religious periods</source>
        <translation>&amp;Религиозные периоды</translation>
    </message>
    <message>
        <source>Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)</source>
        <translation>Периоды, которых следует избегать согласно Резолюции 111 ПК (Пересм. Бухарест, 2022 г.)</translation>
    </message>
    <message>
        <source>Venue &amp;holidays</source>
        <translation>&amp;Праздники мест проведения</translation>
    </message>
    <message>
        <source>Public holidays of each venue</source>
        <translation>Государственные праздники каждого места проведения</translation>
    </message>
    <message>
        <source>&amp;Outside ICT events</source>
        <translation>&amp;Внешние мероприятия</translation>
    </message>
    <message>
        <source>Events of other organizations</source>
        <translation>Мероприятия других организаций</translation>
    </message>
    <message>
        <source>&amp;Decided periods</source>
        <translation>&amp;Установленные периоды</translation>
    </message>
    <message>
        <source>Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>Периоды, установленные согласно Резолюции 77 ПК (Пересм. Бухарест, 2022 г.)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>&amp;Waive the Selected Finding…</source>
        <translation>&amp;Снять выбранное замечание…</translation>
    </message>
    <message>
        <source>Remove the &amp;Waiver of the Selected Finding</source>
        <translation>&amp;Отменить снятие выбранного замечания</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings · %3 info</source>
        <translation>Ошибок: %1 · предупреждений: %2 · сведений: %3</translation>
    </message>
    <message>
        <source>Not checked: a rule setting cannot be used</source>
        <translation>Не проверено: параметр правила нельзя использовать</translation>
    </message>
    <message>
        <source>Not checked: the calendar cannot be read</source>
        <translation>Не проверено: календарь не удается прочитать</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>Снять замечание</translation>
    </message>
    <message>
        <source>Why is this acceptable? (e.g. &quot;Council Decision 623&quot;)

%1</source>
        <translation>Почему это допустимо? (напр. «Решение 623 Совета»)

%1</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>Не снято</translation>
    </message>
    <message>
        <source>Waiver not removed</source>
        <translation>Снятие не отменено</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>[waived] </source>
        <translation>[снято] </translation>
    </message>
    <message>
        <source>, %1 waived</source>
        <translation>, снято: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings by severity</source>
        <translation>Замечания по степени серьезности</translation>
    </message>
    <message>
        <source>The selected finding and its rule</source>
        <translation>Выбранное замечание и его правило</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>&amp;Remove waiver</source>
        <translation>&amp;Отменить снятие</translation>
    </message>
    <message>
        <source>Checking the calendar against the rules…</source>
        <translation>Проверка календаря на соответствие правилам…</translation>
    </message>
    <message>
        <source>Select a finding to see its rule, its source and its meetings.</source>
        <translation>Выберите замечание, чтобы увидеть его правило, источник и собрания.</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>%1 was not imported: 1 problem to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 не импортирован: нужно исправить 1 ошибку. В плане ничего не изменено; исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 не импортирован: ошибок, которые нужно исправить: %2. В плане ничего не изменено; исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Ошибки в файле</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Копировать в буфер обмена</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title or field</source>
        <translation>Название или поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>добавить: %1</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>обновить: %1</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>%1 new body, venue or room</source>
        <translation>новый орган, место проведения или зал: %1</translation>
    </message>
    <message>
        <source>%1 new bodies, venues or rooms</source>
        <translation>новых органов, мест проведения или залов: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Импорт собраний</translation>
    </message>
    <message>
        <source>What importing %1 would change</source>
        <translation>Что изменит импорт %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Filter by code, title or field</source>
        <translation>Фильтр по коду, названию или полю</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Фильтровать изменения</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Изменения, которые внесет импорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Nothing in this file changes the plan: there is nothing to import.</source>
        <translation>Ничто в этом файле не меняет план: импортировать нечего.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Будет добавлено</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Будет обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>New bodies, venues and rooms</source>
        <translation>Новые органы, места проведения и залы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The planner will be in %1 the next time it starts.</source>
        <translation>Планировщик будет на языке «%1» при следующем запуске.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading the calendar…</source>
        <translation>Чтение календаря…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Meetings in View</source>
        <translation>Видимые собрания</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>запись невозможна</translation>
    </message>
    <message>
        <source>Opened read-only (%1): nothing can be changed</source>
        <translation>Открыто только для чтения (%1): ничего нельзя изменить</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое собрание</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>At set times (a short or virtual meeting)</source>
        <translation>В заданное время (короткое или виртуальное собрание)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>the year it meets</source>
        <translation>год проведения</translation>
    </message>
    <message>
        <source>The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)</source>
        <translation>Год цикла, к которому оно относится, если он другой (ВАСЭ-20 прошла в 2022 г.)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Пр&amp;едложить даты…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Сектор:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Подотчетен:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Собрание</translation>
    </message>
    <message>
        <source>Dates known to the:</source>
        <translation>Даты известны с точностью до:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Cycle year:</source>
        <translation>Год цикла:</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Meeting fields</source>
        <translation>Поля собрания</translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation>Группы полей</translation>
    </message>
    <message>
        <source>Give the meeting a code, such as PP-30, C27 or RG-Q3/1.</source>
        <translation>Укажите код собрания, например PP-30, C27 или RG-Q3/1.</translation>
    </message>
    <message>
        <source>%1 is already used by another meeting: choose another code.</source>
        <translation>%1 уже используется другим собранием: выберите другой код.</translation>
    </message>
    <message>
        <source>%1 is not a known venue: choose one from the list, or none.</source>
        <translation>%1 — неизвестное место проведения: выберите его из списка или не выбирайте никакого.</translation>
    </message>
    <message>
        <source>%1 has no room %2: choose one of its rooms from the list.</source>
        <translation>В %1 нет зала %2: выберите один из его залов в списке.</translation>
    </message>
    <message>
        <source>%1 is not an IANA time zone: choose one from the list (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 — не часовой пояс IANA: выберите его из списка (в Женеве — Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country in the list: choose one by its name.</source>
        <translation>%1 — не страна из списка: выберите страну по названию.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>“Reports to” body</source>
        <translation>орган «Подотчетен»</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>UID календаря</translation>
    </message>
    <message>
        <source>“Decided by”</source>
        <translation>«Установлено»</translation>
    </message>
    <message>
        <source>%1 is known only by its month: its dates are all of %2.</source>
        <translation>Для %1 известен только месяц: его даты — весь %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its quarter: its dates are all of %2.</source>
        <translation>Для %1 известен только квартал: его даты — весь %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its year: its dates are all of %2.</source>
        <translation>Для %1 известен только год: его даты — весь %2.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Это собрание</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>Укажите название для %1.</translation>
    </message>
    <message>
        <source>%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in those years.</source>
        <translation>%1 приходится на %2 г.; планировщик содержит собрания с %3 по %4 г.: выберите даты в эти годы.</translation>
    </message>
    <message>
        <source>%1 ends on %2, before it starts on %3: change its first or last day.</source>
        <translation>%1 заканчивается %2, раньше, чем начинается (%3): измените первый или последний день.</translation>
    </message>
    <message>
        <source>%1 has set times, so its dates must be known to the day: choose “Day” as what its dates are known to, or clear “At set times”.</source>
        <translation>У %1 заданное время, поэтому его даты должны быть известны с точностью до дня: выберите «День» как точность дат или снимите флажок «В заданное время».</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3 on the same day: change its times.</source>
        <translation>%1 заканчивается в %2, раньше, чем начинается (%3) в тот же день: измените время.</translation>
    </message>
    <message>
        <source>%1 has no set times, so it has no time zone: clear the time zone.</source>
        <translation>У %1 нет заданного времени, поэтому нет и часового пояса: очистите часовой пояс.</translation>
    </message>
    <message>
        <source>%1 has set times: choose the time zone they are in (Geneva&apos;s is Europe/Zurich).</source>
        <translation>У %1 заданное время: выберите часовой пояс, в котором оно указано (в Женеве — Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country: choose one from the list by name.</source>
        <translation>%1 — не страна: выберите страну из списка по названию.</translation>
    </message>
    <message>
        <source>Give the number of participants of %1 from 0 to %2, or leave it unknown.</source>
        <translation>Укажите число участников %1 от 0 до %2 или оставьте его неизвестным.</translation>
    </message>
    <message>
        <source>The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave it the same as its year.</source>
        <translation>Год цикла %1 (%2) неправдоподобен: укажите год с %3 по %4 или оставьте его равным году проведения.</translation>
    </message>
    <message>
        <source>%1 has a room, %2, but no venue: choose its venue first.</source>
        <translation>У %1 указан зал %2, но нет места проведения: сначала выберите место проведения.</translation>
    </message>
    <message>
        <source>The period decided for %1 %2: change its first or last day, or clear “Period decided by a higher body”.</source>
        <translation>Установленный период для %1 %2: измените его первый или последний день или снимите флажок «Период, установленный вышестоящим органом».</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1: поле «%2» %3.</translation>
    </message>
    <message>
        <source>Shorten the %1 of %2: %3 characters, where a field holds at most %4.</source>
        <translation>Сократите поле «%1» собрания %2: %3 символов, а поле вмещает не более %4.</translation>
    </message>
    <message>
        <source>Retype the %1 of %2: there is an invisible control character in it (only tabs and line breaks may be used).</source>
        <translation>Введите заново поле «%1» собрания %2: в нем есть невидимый управляющий символ (допускаются только табуляция и переводы строки).</translation>
    </message>
    <message>
        <source>The code %1 has spaces around it: remove them.</source>
        <translation>Код %1 окружен пробелами: удалите их.</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>не заполнен полностью</translation>
    </message>
    <message>
        <source>ends on %1, before it begins on %2</source>
        <translation>заканчивается %1, раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>must fall within %1-%2</source>
        <translation>должен лежать в пределах %1–%2</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Источник: </translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>1 meeting</source>
        <translation>1 собрание</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n собрание</numerusform>
            <numerusform>%n собрания</numerusform>
            <numerusform>%n собраний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>Показано собраний: %1 из %2</translation>
    </message>
</context>
<context>
    <name>MoveDaysDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Сдвинуть %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Число дней</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;Раньше</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Собрания:</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Сдвинуть на:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation>%1: %2 становится %3</translation>
    </message>
    <message>
        <source>and %1 more, each by the same number of days</source>
        <translation>и еще %1, каждое на то же число дней</translation>
    </message>
    <message>
        <source>%1 known only by a month, quarter or year cannot move by days: %2. Give them days in Edit Meeting, or leave them out of the selection.</source>
        <translation>%1 с датами, известными лишь до месяца, квартала или года, нельзя сдвинуть на дни: %2. Укажите им дни в окне «Изменить собрание» или исключите их из выделения.</translation>
    </message>
    <message>
        <source>%1 would leave the years the planner supports.</source>
        <translation>%1 выйдет за пределы лет, поддерживаемых планировщиком.</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <source>Religious Observances</source>
        <translation>Религиозные праздники</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Религия</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Religious observances of the year</source>
        <translation>Религиозные праздники года</translation>
    </message>
    <message>
        <source>First day of the observance</source>
        <translation>Первый день праздника</translation>
    </message>
    <message>
        <source>Last day of the observance</source>
        <translation>Последний день праздника</translation>
    </message>
    <message>
        <source>&amp;Correct Dates</source>
        <translation>&amp;Исправить даты</translation>
    </message>
    <message>
        <source>Restore &amp;Computed Dates</source>
        <translation>Восстановить &amp;расчетные даты</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>Исправить даты</translation>
    </message>
    <message>
        <source>Restore the computed dates</source>
        <translation>Восстановить расчетные даты</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>edited by the planner</source>
        <translation>изменено планировщиком</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, оценочно</translation>
    </message>
    <message>
        <source>%1 already has these dates</source>
        <translation>У %1 уже эти даты</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>Следующая панель</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Предыдущая панель</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти к %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Day (first and last day)</source>
        <translation>День (первый и последний день)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Q1 (Jan-Mar)</source>
        <translation>I кв. (янв.–март)</translation>
    </message>
    <message>
        <source>Q2 (Apr-Jun)</source>
        <translation>II кв. (апр.–июнь)</translation>
    </message>
    <message>
        <source>Q3 (Jul-Sep)</source>
        <translation>III кв. (июль–сент.)</translation>
    </message>
    <message>
        <source>Q4 (Oct-Dec)</source>
        <translation>IV кв. (окт.–дек.)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Year of the quarter</source>
        <translation>Год квартала</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from Template</source>
        <translation>Планирование по шаблону</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The template is the import CSV with two more columns: days (the length) and within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). Rows with dates stay where they are; the others are placed among this calendar.</source>
        <translation>Шаблон — это CSV для импорта с двумя дополнительными столбцами: days (продолжительность) и within (период, например 2035, 2035-Q4, 2035-10 или 2035-03-01..2035-06-30). Строки с датами остаются на месте; остальные размещаются в этом календаре.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Планировать</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Новая база данных:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Ограничение времени:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Planning Template</source>
        <translation>Шаблон планирования</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>New Planning Database</source>
        <translation>Новая база данных планирования</translation>
    </message>
    <message>
        <source>%1: no such template; choose a CSV file.</source>
        <translation>%1: такого шаблона нет; выберите файл CSV.</translation>
    </message>
    <message>
        <source>End the new database&apos;s name in .sqlite: the plan opens as one.</source>
        <translation>Имя новой базы данных должно оканчиваться на .sqlite: план открывается как база данных.</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose where to write the plan.</source>
        <translation>%1 — не папка: выберите, куда записать план.</translation>
    </message>
    <message>
        <source>Choose a new file: the plan must not replace the open calendar.</source>
        <translation>Выберите новый файл: план не должен заменять открытый календарь.</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 нельзя использовать:</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 не удается прочитать (%2).</translation>
    </message>
    <message>
        <source>%1 has no row to place: give a row days and within.</source>
        <translation>В %1 нет строк для размещения: укажите в строке days и within.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the plan?</source>
        <translation>%1 существует. Заменить его планом?</translation>
    </message>
    <message>
        <source>Placing %1 meetings…</source>
        <translation>Размещение собраний: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Stopped waiting while the plan was being written: %1 may hold it, but it is not opened.</source>
        <translation>Ожидание прервано во время записи плана: %1 может его содержать, но не открыт.</translation>
    </message>
    <message>
        <source>Stopped waiting: nothing is written. The solver stops within %1 s.</source>
        <translation>Ожидание прервано: ничего не записано. Решатель остановится в течение %1 с.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Не удалось составить план: %1</translation>
    </message>
    <message>
        <source>(the solver found no smaller set: try a longer time limit)</source>
        <translation>(решатель не нашел меньшего набора: увеличьте ограничение времени)</translation>
    </message>
    <message>
        <source>The template cannot be satisfied; these constraints conflict:</source>
        <translation>Шаблон невыполним; эти ограничения противоречат друг другу:</translation>
    </message>
    <message>
        <source>No plan was found in the time given: try a longer time limit.</source>
        <translation>За отведенное время план не найден: увеличьте ограничение времени.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Rule Policy</source>
        <translation>Политика правил</translation>
    </message>
    <message>
        <source>Find a rule by id or title</source>
        <translation>Найти правило по идентификатору или названию</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>Найти правило</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьезность</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Выбранное правило</translation>
    </message>
    <message>
        <source>Severity of the rule&apos;s findings</source>
        <translation>Серьезность замечаний правила</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>Правило действует</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Серьезность:</translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>Параметры выбранного правила</translation>
    </message>
    <message>
        <source>Settings changed from the defaults</source>
        <translation>Параметры, отличные от стандартных</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Сбросить к стандартным</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Применить параметры</translation>
    </message>
    <message>
        <source>Reset the rule to its defaults</source>
        <translation>Сбросить правило к стандартным параметрам</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>Выберите правило, чтобы увидеть его параметры.</translation>
    </message>
    <message>
        <source>Changed from the catalogue: %1</source>
        <translation>Отличается от каталога: %1</translation>
    </message>
    <message>
        <source>Every setting is the catalogue&apos;s default.</source>
        <translation>Все параметры имеют стандартные значения каталога.</translation>
    </message>
    <message>
        <source>A stored setting cannot be used: %1. Reset to Defaults removes it.</source>
        <translation>Сохраненный параметр нельзя использовать: %1. «Сбросить к стандартным» удалит его.</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (нельзя использовать)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>информация</translation>
    </message>
    <message>
        <source>nothing was changed in the fields</source>
        <translation>в полях ничего не изменено</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Takes effect the next time the planner starts.</source>
        <translation>Вступит в силу при следующем запуске планировщика.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the &amp;Selection…</source>
        <translation>Печать &amp;выделенного…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удается напечатать</translation>
    </message>
    <message>
        <source>Drawing pages…</source>
        <translation>Отрисовка страниц…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>Остановлено: %1 не записан</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF не записан</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>Записано страниц: %1 в %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Natural for the layout</source>
        <translation>По макету</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Add the compliance annex to the list</source>
        <translation>Добавить к списку приложение о соответствии</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
    <message>
        <source>Year (year planner, cycle, list):</source>
        <translation>Год (годовой план, цикл, список):</translation>
    </message>
    <message>
        <source>From (quarter, month):</source>
        <translation>С (квартал, месяц):</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Сохраненный вид «%1» уже существует.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>У сохраненного вида должно быть имя.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>Сохраненные &amp;виды</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохраненные виды</translation>
    </message>
    <message>
        <source>Filters saved under a name; choose one to apply it</source>
        <translation>Фильтры, сохраненные под именем; выберите один, чтобы применить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the filters now set under a name</source>
        <translation>Сохранить текущие фильтры под именем</translation>
    </message>
    <message>
        <source>Re&amp;name View…</source>
        <translation>Пере&amp;именовать вид…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Удалить вид</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Управление</translation>
    </message>
    <message>
        <source>Rename or delete the view shown</source>
        <translation>Переименовать или удалить показанный вид</translation>
    </message>
    <message>
        <source>Choose a view…</source>
        <translation>Выберите вид…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Сохраненных видов пока нет</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Save the filters now set as:</source>
        <translation>Сохранить текущие фильтры как:</translation>
    </message>
    <message>
        <source>Replace the saved view “%1” with the filters now set?</source>
        <translation>Заменить сохраненный вид «%1» текущими фильтрами?</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Переименовать вид</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Новое имя для «%1»:</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The meetings it shows are not affected.</source>
        <translation>Удалить сохраненный вид «%1»? Показанные в нем собрания не затрагиваются.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удалить вид</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot check the calendar</source>
        <translation>Не удается проверить календарь</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Why the last change was not made</source>
        <translation>Почему последнее изменение не внесено</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
</context>
<context>
    <name>SharedCalendarDialog</name>
    <message>
        <source>Shared Calendar</source>
        <translation>Общий календарь</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин.</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Адрес календаря:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Оставить &amp;мои</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Conflicts (the same field changed here and there):</source>
        <translation>Конфликты (одно и то же поле изменено здесь и там):</translation>
    </message>
    <message>
        <source>Type the calendar&apos;s address and your user name.</source>
        <translation>Введите адрес календаря и имя пользователя.</translation>
    </message>
    <message>
        <source>Type the password of %1 on this calendar.</source>
        <translation>Введите пароль %1 для этого календаря.</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1): it is used until you close the planner.</source>
        <translation>Системная связка ключей не может хранить пароль (%1): он используется до закрытия планировщика.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Dates for %1</source>
        <translation>Предложить даты для %1</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1: %2, сейчас %3</translation>
    </message>
    <message>
        <source>2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>2035, 2035-Q4, 2035-10 или 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>its own length</source>
        <translation>его собственная продолжительность</translation>
    </message>
    <message>
        <source>(its own place)</source>
        <translation>(его собственное место)</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Предложить</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>Возможные даты</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьезность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Findings of the candidate</source>
        <translation>Замечания по варианту</translation>
    </message>
    <message>
        <source>What blocks the dates</source>
        <translation>Что мешает этим датам</translation>
    </message>
    <message>
        <source>&amp;Use These Dates</source>
        <translation>&amp;Использовать эти даты</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>В пределах:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дней:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>(any room)</source>
        <translation>(любой зал)</translation>
    </message>
    <message>
        <source>%1 is no longer in the plan</source>
        <translation>%1 больше нет в плане</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Замечаний нет</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Сдвинуть %1 на %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you asked for suggestions: ask again</source>
        <translation>%1 изменено кем-то другим после запроса предложений: запросите снова</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync with the shared calendar</source>
        <translation>Синхронизировать с общим календарем</translation>
    </message>
    <message>
        <source>Shared calendar: </source>
        <translation>Общий календарь: </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>no password (File &gt; Shared Calendar…)</source>
        <translation>нет пароля (Файл &gt; Общий календарь…)</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>еще не синхронизировано</translation>
    </message>
    <message>
        <source>offline (will send 1 edit)</source>
        <translation>не в сети (будет отправлено 1 изменение)</translation>
    </message>
    <message>
        <source>offline (will send %1 edits)</source>
        <translation>не в сети (будет отправлено изменений: %1)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 конфликт</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>Конфликтов: %1</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and Rooms</source>
        <translation>Места проведения и залы</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Места проведения</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>Save Venue</source>
        <translation>Сохранить место</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>Удалить место</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>Новый зал</translation>
    </message>
    <message>
        <source>Save Room</source>
        <translation>Сохранить зал</translation>
    </message>
    <message>
        <source>Delete Room</source>
        <translation>Удалить зал</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Название места проведения</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Город места проведения</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>Страна места проведения</translation>
    </message>
    <message>
        <source>Where the venue&apos;s details come from</source>
        <translation>Откуда взяты сведения о месте проведения</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Название зала</translation>
    </message>
    <message>
        <source>Seated capacity of the room</source>
        <translation>Число сидячих мест в зале</translation>
    </message>
    <message>
        <source>Where the room&apos;s capacity comes from</source>
        <translation>Откуда взята вместимость зала</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>Сохранить место</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Удалить место</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Новый зал</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Сохранить зал</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Удалить зал</translation>
    </message>
    <message>
        <source>document or web address</source>
        <translation>документ или веб-адрес</translation>
    </message>
    <message>
        <source>room plan, document or web address</source>
        <translation>план зала, документ или веб-адрес</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Ис&amp;точник:</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>Залы: %1</translation>
    </message>
    <message>
        <source>choose the venue&apos;s country from the list, or leave it empty</source>
        <translation>выберите страну места проведения из списка или оставьте пустым</translation>
    </message>
    <message>
        <source>give the venue a name</source>
        <translation>укажите название места проведения</translation>
    </message>
    <message>
        <source>give the room a name</source>
        <translation>укажите название зала</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Plenipotentiary Conference</source>
        <translation>Полномочная конференция</translation>
    </message>
    <message>
        <source>Council (ordinary session)</source>
        <translation>Совет (очередная сессия)</translation>
    </message>
    <message>
        <source>Council (additional or last meeting)</source>
        <translation>Совет (дополнительное или последнее собрание)</translation>
    </message>
    <message>
        <source>Council working group / expert group</source>
        <translation>Рабочая группа Совета / группа экспертов</translation>
    </message>
    <message>
        <source>World Telecommunication Development Conference</source>
        <translation>Всемирная конференция по развитию электросвязи</translation>
    </message>
    <message>
        <source>World Telecommunication Standardization Assembly</source>
        <translation>Всемирная ассамблея по стандартизации электросвязи</translation>
    </message>
    <message>
        <source>World Radiocommunication Conference</source>
        <translation>Всемирная конференция радиосвязи</translation>
    </message>
    <message>
        <source>Radiocommunication Assembly</source>
        <translation>Ассамблея радиосвязи</translation>
    </message>
    <message>
        <source>World Conference on International Telecommunications</source>
        <translation>Всемирная конференция по международной электросвязи</translation>
    </message>
    <message>
        <source>Conference Preparatory Meeting</source>
        <translation>Подготовительное собрание к конференции</translation>
    </message>
    <message>
        <source>Regional preparatory meeting</source>
        <translation>Региональное подготовительное собрание</translation>
    </message>
    <message>
        <source>Advisory group</source>
        <translation>Консультативная группа</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>Исследовательская комиссия</translation>
    </message>
    <message>
        <source>Working party</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Rapporteur group</source>
        <translation>Группа Докладчика</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>Группа экспертов</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар-практикум</translation>
    </message>
    <message>
        <source>Outside ICT event</source>
        <translation>Внешнее мероприятие в области ИКТ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Council (extra)</source>
        <translation>Совет (доп.)</translation>
    </message>
    <message>
        <source>CWG / Council EG</source>
        <translation>РГС / ГЭ Совета</translation>
    </message>
    <message>
        <source>Outside event</source>
        <translation>Внешнее мероприятие</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Генеральный секретариат</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Предварительно</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Виртуально</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибридно</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка</translation>
    </message>
    <message>
        <source>&amp;Year Planner</source>
        <translation>&amp;Годовой план</translation>
    </message>
    <message>
        <source>&amp;Cycle Timeline</source>
        <translation>&amp;Шкала цикла</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>Годовой план</translation>
    </message>
    <message>
        <source>Cycle timeline</source>
        <translation>Шкала цикла</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Cycle chart</source>
        <translation>Диаграмма цикла</translation>
    </message>
    <message>
        <source>Quarter timetable</source>
        <translation>Квартальное расписание</translation>
    </message>
    <message>
        <source>Month timetable</source>
        <translation>Месячное расписание</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Календарь месяца</translation>
    </message>
    <message>
        <source>Meeting list</source>
        <translation>Список собраний</translation>
    </message>
    <message>
        <source>Deadlines checklist</source>
        <translation>Перечень сроков</translation>
    </message>
    <message>
        <source>Changes between two calendars</source>
        <translation>Изменения между двумя календарями</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db)</source>
        <translation>Базы данных планирования (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Waivers</source>
        <translation>Снятые замечания</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Meetings or year</source>
        <translation>Собрания или год</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Stored waivers</source>
        <translation>Сохраненные снятия</translation>
    </message>
    <message>
        <source>&amp;Unwaive Selected</source>
        <translation>&amp;Отменить выбранные снятия</translation>
    </message>
    <message>
        <source>Take back the selected waivers</source>
        <translation>Отменить выбранные снятия замечаний</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Geneva&apos;s time zone</source>
        <translation>Часовой пояс Женевы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Plans ITU conferences, Council sessions and groups.</source>
        <translation>Планирует конференции МСЭ, сессии Совета и собрания групп.</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0.</source>
        <translation>Qt for Python (PySide6) %1 и Qt по лицензии LGPL-3.0.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензии…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Фильтровать сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Filter by id, title or citation</source>
        <translation>Фильтр по идентификатору, названию или ссылке</translation>
    </message>
    <message>
        <source>Filter the rules</source>
        <translation>Фильтровать правила</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (выкл.)</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>Выбранное правило</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>one a line</source>
        <translation>по одному в строке</translation>
    </message>
    <message>
        <source>, or empty for all years</source>
        <translation>, или пусто для всех лет</translation>
    </message>
    <message>
        <source>, or empty for today</source>
        <translation>, или пусто для сегодняшнего дня</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>self._table</name>
    <message>
        <source>Running today</source>
        <translation>Идет сегодня</translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <source>Cannot redo</source>
        <translation>Не удается повторить</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не удается отменить</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
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
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Calendars</source>
        <translation>Календари</translation>
    </message>
    <message>
        <source>Left / Right / Up / Down</source>
        <translation>Влево / Вправо / Вверх / Вниз</translation>
    </message>
    <message>
        <source>Step to the previous or next meeting</source>
        <translation>Перейти к предыдущему или следующему собранию</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>Отменить перетаскивание</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+колесико</translation>
    </message>
    <message>
        <source>Zoom the cycle timeline</source>
        <translation>Масштабировать шкалу цикла</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Jump to the first meeting that matches, without opening it</source>
        <translation>Перейти к первому подходящему собранию, не открывая его</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control</source>
        <translation>Перейти к следующему или предыдущему элементу</translation>
    </message>
    <message>
        <source>Edit the current meeting</source>
        <translation>Изменить текущее собрание</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Клавиша меню / Shift+F10</translation>
    </message>
    <message>
        <source>The current row&apos;s context menu</source>
        <translation>Контекстное меню текущей строки</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>П&amp;ланирование</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Перейти к &amp;сегодня</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Перейти к &amp;дате…</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>&amp;Предыдущий период</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>&amp;Следующий период</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Show on &amp;Calendars</source>
        <translation>Показать в &amp;календарях</translation>
    </message>
    <message>
        <source>&amp;Venues and Rooms…</source>
        <translation>&amp;Места проведения и залы…</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>Параметры &amp;правил…</translation>
    </message>
    <message>
        <source>&amp;Observances…</source>
        <translation>Ре&amp;лигиозные праздники…</translation>
    </message>
    <message>
        <source>&amp;Waivers…</source>
        <translation>С&amp;нятые замечания…</translation>
    </message>
    <message>
        <source>&amp;Plan from Template…</source>
        <translation>Планирование по &amp;шаблону…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Не удается открыть план</translation>
    </message>
</context>
</TS>
