<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Buddhism</source>
            <translation>Буддизм</translation>
        </message>
        <message>
            <source>Chinese traditional religion</source>
            <translation>Китайская традиционная религия</translation>
        </message>
        <message>
            <source>Christianity</source>
            <translation>Христианство</translation>
        </message>
        <message>
            <source>Hinduism</source>
            <translation>Индуизм</translation>
        </message>
        <message>
            <source>Islam</source>
            <translation>Ислам</translation>
        </message>
        <message>
            <source>Judaism</source>
            <translation>Иудаизм</translation>
        </message>
        <message>
            <source>Sikhism</source>
            <translation>Сикхизм</translation>
        </message>
        <message>
            <source>Body: {body}</source>
            <translation>Орган: {body}</translation>
        </message>
        <message>
            <source>Body: {body} (reports to {parent})</source>
            <translation>Орган: {body} (подотчетен {parent})</translation>
        </message>
        <message>
            <source>Reports to: {parent}</source>
            <translation>Подотчетен: {parent}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>Decided period: {period}</source>
            <translation>Установленный период: {period}</translation>
        </message>
        <message>
            <source>Decided period: {period} ({source})</source>
            <translation>Установленный период: {period} ({source})</translation>
        </message>
        <message>
            <source>Chair: {chair}</source>
            <translation>Председатель: {chair}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Источник: {source}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Онлайн</translation>
        </message>
        <message>
            <source>{religion}. </source>
            <translation>{religion}. </translation>
        </message>
        <message>
            <source>Estimated date. </source>
            <translation>Дата приблизительная. </translation>
        </message>
        <message>
            <source>Computed by {provenance}.</source>
            <translation>Рассчитано с помощью {provenance}.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{app} {version}, with:</source>
            <translation>{app} {version}, в составе:</translation>
        </message>
        <message>
            <source>Qt for Python (PySide6) and Qt are used under the LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</source>
            <translation>Qt for Python (PySide6) и Qt используются по лицензии LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>ничего не импортировано</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
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
            <source>observance, holiday or deadline written by the planner</source>
            <translation>праздник, выходной день или срок, записанные планировщиком</translation>
        </message>
        <message>
            <source>{n} meeting</source>
            <translation>{n} собрание</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>собраний: {n}</translation>
        </message>
        <message>
            <source>  skipped: {reason} ({n})</source>
            <translation>  пропущено: {reason} ({n})</translation>
        </message>
        <message>
            <source>  skipped: {reason}</source>
            <translation>  пропущено: {reason}</translation>
        </message>
        <message>
            <source>{path}: name the file .ics (iCalendar) or .csv</source>
            <translation>{path}: назовите файл .ics (iCalendar) или .csv</translation>
        </message>
        <message>
            <source>{options}: only for an .ics export</source>
            <translation>{options}: только для экспорта в .ics</translation>
        </message>
        <message>
            <source>.ics (iCalendar) or .csv</source>
            <translation>.ics (iCalendar) или .csv</translation>
        </message>
        <message>
            <source>wrote {n} meetings to {path}</source>
            <translation>записано собраний: {n} в {path}</translation>
        </message>
        <message>
            <source>wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}</source>
            <translation>в {path} записано: собраний {meetings} ({first}-{last}), органов {bodies}, залов {rooms}</translation>
        </message>
        <message>
            <source>{path}: {n} meetings</source>
            <translation>{path}: собраний: {n}</translation>
        </message>
        <message>
            <source>copied {n} meetings to {path}</source>
            <translation>скопировано собраний: {n} в {path}</translation>
        </message>
        <message>
            <source>added {room} at {venue}</source>
            <translation>зал {room} добавлен в {venue}</translation>
        </message>
        <message>
            <source>updated {room} at {venue}</source>
            <translation>зал {room} в {venue} обновлен</translation>
        </message>
        <message>
            <source>removed {room} from {venue}</source>
            <translation>зал {room} удален из {venue}</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>мест: {n}</translation>
        </message>
        <message>
            <source>capacity unknown</source>
            <translation>вместимость неизвестна</translation>
        </message>
        <message>
            <source>{path}: no such planning database or CSV file</source>
            <translation>{path}: нет такой базы данных планирования или файла CSV</translation>
        </message>
        <message>
            <source>{rule}: {n} setting(s) back to the default</source>
            <translation>{rule}: параметров возвращено к значению по умолчанию: {n}</translation>
        </message>
        <message>
            <source>every rule uses the catalogue's defaults</source>
            <translation>все правила используют значения каталога по умолчанию</translation>
        </message>
        <message>
            <source>corrected {name}: {start} to {end}</source>
            <translation>исправлено {name}: с {start} по {end}</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation> (приблизительно)</translation>
        </message>
        <message>
            <source>give meeting codes or --year, not both</source>
            <translation>укажите коды собраний или --year, но не то и другое</translation>
        </message>
        <message>
            <source>give the meeting codes of the finding, or --year for one naming none</source>
            <translation>укажите коды собраний замечания или --year для замечания без собраний</translation>
        </message>
        <message>
            <source>waived {rule} for {what}: {reason}</source>
            <translation>исключение из {rule} для {what}: {reason}</translation>
        </message>
        <message>
            <source>removed the waiver of {rule} for {what}</source>
            <translation>исключение из {rule} для {what} снято</translation>
        </message>
        <message>
            <source>--to {to} is before --from {start}</source>
            <translation>--to {to} раньше, чем --from {start}</translation>
        </message>
        <message>
            <source>{path}: no such database</source>
            <translation>{path}: нет такой базы данных</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it</source>
            <translation>{path} — это папка; укажите файл в ней</translation>
        </message>
        <message>
            <source>{path} exists; use --force to replace it</source>
            <translation>{path} уже существует; чтобы заменить его, используйте --force</translation>
        </message>
        <message>
            <source>{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768</source>
            <translation>{text} — не размер: запишите его как ШИРИНАxВЫСОТА, например 1366x768</translation>
        </message>
        <message>
            <source>{text}: a window from 320x240 to 7680x4320, please</source>
            <translation>{text}: окно должно быть от 320x240 до 7680x4320</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} — не целое число</translation>
        </message>
        <message>
            <source>{value} must be at least 1</source>
            <translation>{value}: значение должно быть не меньше 1</translation>
        </message>
        <message>
            <source>{text} is not a year from 1865 to 2199</source>
            <translation>{text} — не год в диапазоне от 1865 до 2199</translation>
        </message>
        <message>
            <source>--body: no body named {names} (see `scheduler-app bodies`)</source>
            <translation>--body: нет органа с названием {names} (см. `scheduler-app bodies`)</translation>
        </message>
        <message>
            <source>{path}: name the file {what}</source>
            <translation>{path}: назовите файл {what}</translation>
        </message>
        <message>
            <source>{path}: folder {folder} does not exist</source>
            <translation>{path}: папка {folder} не существует</translation>
        </message>
        <message>
            <source>no meeting with code {code}</source>
            <translation>нет собрания с кодом {code}</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} — не дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{text} is not a number of seconds</source>
            <translation>{text} — не число секунд</translation>
        </message>
        <message>
            <source>{value} is not from 0 to 3600 seconds</source>
            <translation>{value} — не от 0 до 3600 секунд</translation>
        </message>
        <message>
            <source>plan: {text}</source>
            <translation>plan: {text}</translation>
        </message>
        <message>
            <source>OUT.csv or OUT.sqlite</source>
            <translation>OUT.csv или OUT.sqlite</translation>
        </message>
        <message>
            <source>reading {path}</source>
            <translation>чтение {path}</translation>
        </message>
        <message>
            <source>{path}: no row to place (give a row days and within)</source>
            <translation>{path}: нет строки для размещения (укажите в строке days и within)</translation>
        </message>
        <message>
            <source>placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>размещено собраний: {n} за {seconds} с, записан {path}; осталось ошибок: {errors}, предупреждений: {warnings}, информационных замечаний: {infos}</translation>
        </message>
        <message>
            <source>placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>размещено собраний: {n} за {seconds} с, записан {path}; осталось ошибок: {errors}, предупреждений: {warnings}, информационных замечаний: {infos}</translation>
        </message>
        <message>
            <source> (waived)</source>
            <translation> (исключение)</translation>
        </message>
        <message>
            <source>{path} cannot be satisfied; these constraints conflict:</source>
            <translation>{path} невыполним; эти ограничения противоречат друг другу:</translation>
        </message>
        <message>
            <source>  (the solver found no smaller set; try a longer --time-limit)</source>
            <translation>  (решатель не нашел меньшего набора; попробуйте увеличить --time-limit)</translation>
        </message>
        <message>
            <source>no plan found for {path} in the time given; try a longer --time-limit</source>
            <translation>за отведенное время план для {path} не найден; попробуйте увеличить --time-limit</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>ничего не записано</translation>
        </message>
        <message>
            <source>kind {values}</source>
            <translation>вид {values}</translation>
        </message>
        <message>
            <source>Sector {values}</source>
            <translation>Сектор {values}</translation>
        </message>
        <message>
            <source>status {values}</source>
            <translation>статус {values}</translation>
        </message>
        <message>
            <source>body {values}</source>
            <translation>орган {values}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>--year {year} is not a plausible year</source>
            <translation>--year {year} — неправдоподобный год</translation>
        </message>
        <message>
            <source>--layout diff needs --against B, the calendar to compare with</source>
            <translation>для --layout diff нужен --against B — календарь для сравнения</translation>
        </message>
        <message>
            <source>--layout diff compares whole calendars; leave out --year, the dates and filters</source>
            <translation>--layout diff сравнивает календари целиком; не указывайте --year, даты и фильтры</translation>
        </message>
        <message>
            <source>--against is for --layout diff, not --layout {layout}</source>
            <translation>--against предназначен для --layout diff, а не для --layout {layout}</translation>
        </message>
        <message>
            <source>wrote {n} page to {path}</source>
            <translation>записана {n} страница в {path}</translation>
        </message>
        <message>
            <source>wrote {n} pages to {path}</source>
            <translation>записано страниц: {n} в {path}</translation>
        </message>
        <message>
            <source>{text} is not a whole number of days</source>
            <translation>{text} — не целое число дней</translation>
        </message>
        <message>
            <source>a meeting lasts at least one day, not {value}</source>
            <translation>собрание длится не меньше одного дня, а не {value}</translation>
        </message>
        <message>
            <source>at least 1, not {value}</source>
            <translation>не меньше 1, а не {value}</translation>
        </message>
        <message>
            <source>--room needs --venue: a room is chosen within a venue</source>
            <translation>для --room нужен --venue: зал выбирается в пределах места проведения</translation>
        </message>
        <message>
            <source>no meeting has the code {code}</source>
            <translation>ни у одного собрания нет кода {code}</translation>
        </message>
        <message>
            <source>{meeting}: {n} days within {period}, now {dates}</source>
            <translation>{meeting}: дней: {n} в пределах {period}, сейчас {dates}</translation>
        </message>
        <message>
            <source>waived </source>
            <translation>исключено </translation>
        </message>
        <message>
            <source>--resolve CODE and --keep mine|theirs go together</source>
            <translation>--resolve CODE и --keep mine|theirs указываются вместе</translation>
        </message>
        <message>
            <source>no password for {user} at {url}: store it in the system keyring (File &gt; Shared Calendar in the window) or set {variable}</source>
            <translation>нет пароля для {user} на {url}: сохраните его в системном хранилище ключей (Файл &gt; Общий календарь в окне) или задайте {variable}</translation>
        </message>
        <message>
            <source>{code} has no conflict to resolve</source>
            <translation>у {code} нет конфликтов для разрешения</translation>
        </message>
        <message>
            <source>  note: {text}</source>
            <translation>  примечание: {text}</translation>
        </message>
        <message>
            <source>  conflict: {meeting}: {field}: here {mine}, there {theirs}</source>
            <translation>  конфликт: {meeting}: {field}: здесь {mine}, там {theirs}</translation>
        </message>
        <message>
            <source>  settle each with: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</source>
            <translation>  разрешите каждый командой: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</translation>
        </message>
        <message>
            <source>{n} cancellations</source>
            <translation>отмен: {n}</translation>
        </message>
        <message>
            <source>{n} religious periods</source>
            <translation>религиозных периодов: {n}</translation>
        </message>
        <message>
            <source>{n} public holidays</source>
            <translation>праздничных дней: {n}</translation>
        </message>
        <message>
            <source>{n} deadlines</source>
            <translation>сроков: {n}</translation>
        </message>
        <message>
            <source>wrote {n} meetings (and {extra}) to {path}</source>
            <translation>в {path} записано собраний: {n} (а также {extra})</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>From {a} to {b}:</source>
            <translation>Из {a} в {b}:</translation>
        </message>
        <message>
            <source> no change</source>
            <translation> без изменений</translation>
        </message>
        <message>
            <source>{meeting}: {title}, {dates}</source>
            <translation>{meeting}: {title}, {dates}</translation>
        </message>
        <message>
            <source>Added ({n}):</source>
            <translation>Добавлены ({n}):</translation>
        </message>
        <message>
            <source>Removed ({n}):</source>
            <translation>Удалены ({n}):</translation>
        </message>
        <message>
            <source>Moved ({n}):</source>
            <translation>Перенесены ({n}):</translation>
        </message>
        <message>
            <source>Findings gained ({n}):</source>
            <translation>Новые замечания ({n}):</translation>
        </message>
        <message>
            <source>Findings lost ({n}):</source>
            <translation>Снятые замечания ({n}):</translation>
        </message>
        <message>
            <source>{path} is a folder, not a planning database or CSV file</source>
            <translation>{path} — это папка, а не база данных планирования или файл CSV</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: нет такого файла</translation>
        </message>
        <message>
            <source>{n} days within {period}</source>
            <translation>дней: {n} в пределах {period}</translation>
        </message>
        <message>
            <source>would add {n}</source>
            <translation>будет добавлено: {n}</translation>
        </message>
        <message>
            <source>would update {n}</source>
            <translation>будет обновлено: {n}</translation>
        </message>
        <message>
            <source>added {n}</source>
            <translation>добавлено: {n}</translation>
        </message>
        <message>
            <source>updated {n}</source>
            <translation>обновлено: {n}</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>без изменений: {n}</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>пропущено: {n}</translation>
        </message>
        <message>
            <source>{n} new bodies</source>
            <translation>новых органов: {n}</translation>
        </message>
        <message>
            <source>{n} new venues</source>
            <translation>новых мест проведения: {n}</translation>
        </message>
        <message>
            <source>{n} new rooms</source>
            <translation>новых залов: {n}</translation>
        </message>
        <message>
            <source>{source}: {changes}</source>
            <translation>{source}: {changes}</translation>
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
            <source>proposed</source>
            <translation>предложено</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>предварительно</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждено</translation>
        </message>
        <message>
            <source>held</source>
            <translation>состоялось</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <source>Shared calendar: made the shared calendar, {received} received, {sent} sent</source>
            <translation>Общий календарь: общий календарь создан, получено: {received}, отправлено: {sent}</translation>
        </message>
        <message>
            <source>Shared calendar: {received} received, {sent} sent</source>
            <translation>Общий календарь: получено: {received}, отправлено: {sent}</translation>
        </message>
        <message>
            <source>, {n} rule setting or waiver received</source>
            <translation>, получено параметров правил или исключений: {n}</translation>
        </message>
        <message>
            <source>, {n} rule settings or waiver received</source>
            <translation>, получено параметров правил или исключений: {n}</translation>
        </message>
        <message>
            <source>, {n} conflict to resolve</source>
            <translation>, конфликтов для разрешения: {n}</translation>
        </message>
        <message>
            <source>, {n} conflicts to resolve</source>
            <translation>, конфликтов для разрешения: {n}</translation>
        </message>
        <message>
            <source>{meeting}: not merged ({reason})</source>
            <translation>{meeting}: не объединено ({reason})</translation>
        </message>
        <message>
            <source>{code}: another meeting here has this code; kept without it</source>
            <translation>{code}: этот код уже у другого собрания здесь; сохранено без кода</translation>
        </message>
    </context>
</TS>
