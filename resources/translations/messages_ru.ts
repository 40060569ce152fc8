<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{code} was changed or deleted elsewhere; reload and retry</source>
        <translation>{code} изменено или удалено в другом месте; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <source>{code} already exists</source>
        <translation>{code} уже существует</translation>
    </message>
    <message>
        <source>{code} would be the code of both {first} and {second}: choose another code</source>
        <translation>{code} стал бы кодом и {first}, и {second}: выберите другой код</translation>
    </message>
    <message>
        <source>{code} is already the code of another meeting ({other}, {span}): choose another code</source>
        <translation>{code} уже является кодом другого собрания ({other}, {span}): выберите другой код</translation>
    </message>
    <message>
        <source>Create {code}</source>
        <translation>Создать {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Изменить {code}</translation>
    </message>
    <message>
        <source>Delete {meetings}</source>
        <translation>Удалить {meetings}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>one:{n} собрание|few:{n} собрания|many:{n} собраний|other:{n} собрания</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>one:{n} собрание|few:{n} собрания|many:{n} собраний|other:{n} собрания</translation>
    </message>
    <message>
        <source>{first} and {n} more</source>
        <translation>{first} и ещё {n}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>ни одного собрания</translation>
    </message>
    <message>
        <source>status to {value}</source>
        <translation>статус: {value}</translation>
    </message>
    <message>
        <source>kind to {value}</source>
        <translation>вид: {value}</translation>
    </message>
    <message>
        <source>venue to {value}</source>
        <translation>место: {value}</translation>
    </message>
    <message>
        <source>mode to {value}</source>
        <translation>формат: {value}</translation>
    </message>
    <message>
        <source>status {value}</source>
        <translation>статус {value}</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>вид {value}</translation>
    </message>
    <message>
        <source>venue {value}</source>
        <translation>место {value}</translation>
    </message>
    <message>
        <source>mode {value}</source>
        <translation>формат {value}</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>без места</translation>
    </message>
    <message>
        <source>{fields} cannot be changed here (only {allowed})</source>
        <translation>{fields} здесь изменить нельзя (только {allowed})</translation>
    </message>
    <message>
        <source>choose what to change</source>
        <translation>выберите, что изменить</translation>
    </message>
    <message>
        <source>select the meetings to change</source>
        <translation>выберите собрания для изменения</translation>
    </message>
    <message>
        <source>{venue} is not a known venue; add it to the venues first</source>
        <translation>{venue} — неизвестное место; сначала добавьте его в список мест</translation>
    </message>
    <message>
        <source>{code} cannot be changed ({changes}): {problem}</source>
        <translation>{code} нельзя изменить ({changes}): {problem}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already has {held}</source>
        <translation>Нечего менять: у {meetings} уже {held}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already have {held}</source>
        <translation>Нечего менять: у {meetings} уже {held}</translation>
    </message>
    <message>
        <source>Change {meetings}: {changes}</source>
        <translation>Изменить {meetings}: {changes}</translation>
    </message>
    <message>
        <source>move the meetings by at least one day</source>
        <translation>сдвиньте собрания хотя бы на один день</translation>
    </message>
    <message>
        <source>select the meetings to move</source>
        <translation>выберите собрания для переноса</translation>
    </message>
    <message>
        <source>{code} cannot be moved by {days}: {problem}</source>
        <translation>{code} нельзя сдвинуть на {days}: {problem}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} later</source>
        <translation>Перенести {meetings} на {days} позже</translation>
    </message>
    <message>
        <source>Move {meetings} {days} earlier</source>
        <translation>Перенести {meetings} на {days} раньше</translation>
    </message>
    <message>
        <source>{code} is known only by its month ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>Для {code} известен только месяц ({span}); задайте дни в окне «Изменить собрание», прежде чем сдвигать его по дням</translation>
    </message>
    <message>
        <source>{code} is known only by its quarter ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>Для {code} известен только квартал ({span}); задайте дни в окне «Изменить собрание», прежде чем сдвигать его по дням</translation>
    </message>
    <message>
        <source>{code} is known only by its year ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>Для {code} известен только год ({span}); задайте дни в окне «Изменить собрание», прежде чем сдвигать его по дням</translation>
    </message>
    <message>
        <source>Reschedule {code}</source>
        <translation>Перенести {code}</translation>
    </message>
    <message>
        <source>select the meetings to duplicate</source>
        <translation>выберите собрания для копирования</translation>
    </message>
    <message>
        <source>{code} cannot be copied: {problem}</source>
        <translation>{code} нельзя скопировать: {problem}</translation>
    </message>
    <message>
        <source>Duplicate {meetings}</source>
        <translation>Копировать {meetings}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Отменить: {edit}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>another program kept the database locked for over {seconds} s</source>
        <translation>другая программа держала базу данных заблокированной дольше {seconds} с</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>файл или его папку нельзя открыть для записи</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}: не удаётся открыть: {reason}</translation>
    </message>
    <message>
        <source>{path}: not a usable planning database ({reason})</source>
        <translation>{path}: непригодная база данных планирования ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such planning database</source>
        <translation>{path}: такой базы данных планирования нет</translation>
    </message>
    <message>
        <source>{path}: is a directory, not a planning database</source>
        <translation>{path}: это папка, а не база данных планирования</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a planning database</source>
        <translation>{path}: пустой файл, а не база данных планирования</translation>
    </message>
    <message>
        <source>{path}: cannot open even to read: {reason}</source>
        <translation>{path}: не удаётся открыть даже для чтения: {reason}</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a planning database (it has tables {tables} and no planner schema)</source>
        <translation>{path}: база данных SQLite, но не база данных планирования (в ней таблицы {tables} и нет схемы планировщика)</translation>
    </message>
    <message>
        <source>{path}: read-only, and not a planning database yet</source>
        <translation>{path}: только для чтения и ещё не является базой данных планирования</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the planner (unknown schema steps: {steps})</source>
        <translation>{path}: записана более новой версией планировщика (неизвестные шаги схемы: {steps})</translation>
    </message>
    <message>
        <source>{path}: read-only, and saved by an older version of the planner; open it once where it can be written to bring it up to date</source>
        <translation>{path}: только для чтения и сохранена более старой версией планировщика; откройте её один раз там, где в неё можно записывать, чтобы обновить</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({check})</source>
        <translation>{path}: база данных повреждена ({check})</translation>
    </message>
    <message>
        <source>{path}: opened read-only ({reason}); nothing was changed</source>
        <translation>{path}: открыта только для чтения ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}: запись невозможна: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}; nothing was changed</source>
        <translation>{path}: запись невозможна: {reason}; ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: that is the open database itself</source>
        <translation>{path}: это и есть открытая база данных</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <translation>{path}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>{path}: cannot save a copy: {reason}</source>
        <translation>{path}: не удаётся сохранить копию: {reason}</translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation>некорректный CSV: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as &apos;CSV UTF-8&apos;</source>
        <translation>текст не в UTF-8 (байт {byte}); сохраните файл в формате «CSV UTF-8»</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>пустой файл: нет строки заголовков</translation>
    </message>
    <message>
        <source>unknown column (see the README for the format)</source>
        <translation>неизвестный столбец (формат описан в README)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>встречается в заголовке дважды</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>отсутствует обязательный столбец</translation>
    </message>
    <message>
        <source>a field is longer than {read} characters (the limit is {limit})</source>
        <translation>поле длиннее {read} символов (предел — {limit})</translation>
    </message>
    <message>
        <source>{fields} fields but the header has {columns}</source>
        <translation>полей: {fields}, а в заголовке: {columns}</translation>
    </message>
    <message>
        <source>{code} is also on line {line}</source>
        <translation>{code} есть также в строке {line}</translation>
    </message>
    <message>
        <source>same title, kind and dates as line {line} (give the rows codes to keep both)</source>
        <translation>то же название, вид и даты, что в строке {line} (задайте строкам коды, чтобы сохранить обе)</translation>
    </message>
    <message>
        <source>{id} is also on line {line}</source>
        <translation>{id} есть также в строке {line}</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address of a calendar</source>
        <translation>{address} не является адресом календаря http:// или https://</translation>
    </message>
    <message>
        <source>the calendar&apos;s address has a user or password in it: give the address without them, the user with --user and the password in the keyring</source>
        <translation>в адресе календаря есть имя пользователя или пароль: укажите адрес без них, пользователя — через --user, а пароль — в связке ключей</translation>
    </message>
    <message>
        <source>{address} is plain http: the password would cross the network unencrypted; use https, or allow it with --insecure</source>
        <translation>{address} — обычный http: пароль передавался бы по сети без шифрования; используйте https или разрешите это параметром --insecure</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to {method}</source>
        <translation>{address}: сервер ответил {status} на {method}</translation>
    </message>
    <message>
        <source>{address}: the server&apos;s certificate is not trusted ({reason})</source>
        <translation>{address}: сертификат сервера не является доверенным ({reason})</translation>
    </message>
    <message>
        <source>{address}: the server cannot be reached</source>
        <translation>{address}: сервер недоступен</translation>
    </message>
    <message>
        <source>{address}: the server refused the user name or password</source>
        <translation>{address}: сервер отклонил имя пользователя или пароль</translation>
    </message>
    <message>
        <source>{address}: the server does not let this user {method} here</source>
        <translation>{address}: сервер не разрешает этому пользователю выполнять здесь {method}</translation>
    </message>
    <message>
        <source>{address}: the server failed ({status} on {method})</source>
        <translation>{address}: сбой сервера ({status} на {method})</translation>
    </message>
    <message>
        <source>{address}: is not a calendar</source>
        <translation>{address}: это не календарь</translation>
    </message>
    <message>
        <source>{address}: the calendar could not be made ({status})</source>
        <translation>{address}: не удалось создать календарь ({status})</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to a multiget</source>
        <translation>{address}: сервер ответил {status} на запрос multiget</translation>
    </message>
    <message>
        <source>{address}: the server refused the meeting ({status})</source>
        <translation>{address}: сервер отклонил собрание ({status})</translation>
    </message>
    <message>
        <source>{address}: the server refused the deletion ({status})</source>
        <translation>{address}: сервер отклонил удаление ({status})</translation>
    </message>
    <message>
        <source>{address}: GET answered {status}</source>
        <translation>{address}: GET вернул {status}</translation>
    </message>
    <message>
        <source>{file} is read-only ({reason}): what colleagues changed cannot be written into it</source>
        <translation>{file} доступен только для чтения ({reason}): изменения коллег нельзя в него записать</translation>
    </message>
    <message>
        <source>Sync with {address}</source>
        <translation>Синхронизация с {address}</translation>
    </message>
    <message>
        <source>{address}: holds {count} meetings, not one</source>
        <translation>{address}: содержит собраний: {count}, а не одно</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>room {room} of {venue}</source>
        <translation>зал {room} в {venue}</translation>
    </message>
    <message>
        <source>the rapporteur groups of {body}</source>
        <translation>группы Докладчика {body}</translation>
    </message>
    <message>
        <source>meetings chaired by {chair}</source>
        <translation>собрания под председательством {chair}</translation>
    </message>
    <message>
        <source>{first} and {second} in one year</source>
        <translation>{first} и {second} в одном году</translation>
    </message>
    <message>
        <source>{first} close to {second}</source>
        <translation>{first} близко к {second}</translation>
    </message>
    <message>
        <source>the last TDAG before {code} {fewest}-{most} months</source>
        <translation>последняя КГРЭ перед {code}, за {fewest}–{most} мес.</translation>
    </message>
    <message>
        <source>{code} before the last TDAG</source>
        <translation>{code} перед последней КГРЭ</translation>
    </message>
    <message>
        <source>{rule} closes {n} of them</source>
        <translation>{rule} исключает их: {n}</translation>
    </message>
    <message>
        <source>{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its period or move what it clashes with</source>
        <translation>{meeting}: ни одно из возможных начал (всего {n}) не обходится без ошибок ({rules}); расширьте период или перенесите то, с чем собрание пересекается</translation>
    </message>
    <message>
        <source>judging the possible starts of {n} meetings against {others} others</source>
        <translation>оценка возможных начал собраний ({n}) относительно других ({others})</translation>
    </message>
    <message>
        <source>solving: {n} meetings to place, {soft} soft constraints</source>
        <translation>решение: собраний для размещения — {n}, мягких ограничений — {soft}</translation>
    </message>
    <message>
        <source>plan {n}: weighted findings {cost} after {seconds} s</source>
        <translation>план {n}: взвешенные замечания {cost} через {seconds} с</translation>
    </message>
    <message>
        <source>{code} is already on the calendar ({span}); give the row a new code, or give it dates to keep it fixed</source>
        <translation>{code} уже есть в календаре ({span}); задайте строке новый код или даты, чтобы закрепить её</translation>
    </message>
    <message>
        <source>{code} ({n} days within {period})</source>
        <translation>{code} ({n} дн. в пределах {period})</translation>
    </message>
    <message>
        <source>{value} is not a period of two dates (2035-03-01..2035-06-30)</source>
        <translation>{value} не является периодом из двух дат (2035-03-01..2035-06-30)</translation>
    </message>
    <message>
        <source>{value} ends before it starts</source>
        <translation>{value} заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>{value} не является периодом: напишите 2035, 2035-Q4, 2035-10 или 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} не является целым числом дней</translation>
    </message>
    <message>
        <source>{n} is not from 1 to {most}</source>
        <translation>{n} не входит в диапазон от 1 до {most}</translation>
    </message>
    <message>
        <source>is empty (a row to place needs days and within)</source>
        <translation>пусто (строке для размещения нужны days и within)</translation>
    </message>
    <message>
        <source>give either dates (a fixed meeting) or days and within, not both</source>
        <translation>укажите либо даты (закреплённое собрание), либо days и within, но не то и другое</translation>
    </message>
    <message>
        <source>{n} days do not fit within {period} ({room} days)</source>
        <translation>{n} дн. не помещаются в {period} ({room} дн.)</translation>
    </message>
    <message>
        <source>year {year} is outside the years the planner supports, {first}-{last}</source>
        <translation>{year} год выходит за пределы периода, поддерживаемого планировщиком ({first}–{last})</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>символов: {n}</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} не является текстом</translation>
    </message>
    <message>
        <source>{value} is not a valid date and time ({reason})</source>
        <translation>{value} не является допустимыми датой и временем ({reason})</translation>
    </message>
    <message>
        <source>{value} has a UTC offset; write the local time and put the IANA zone in the timezone column</source>
        <translation>{value} содержит смещение от UTC; укажите местное время, а часовой пояс IANA — в столбце timezone</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period (YYYY, YYYY-MM, YYYY-Qn)</source>
        <translation>{value} не является ни датой (ГГГГ-ММ-ДД), ни датой и временем (ГГГГ-ММ-ДДTЧЧ:ММ), ни периодом (ГГГГ, ГГГГ-ММ, ГГГГ-Qn)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} не является целым числом</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>give both decided_from and decided_to, or neither</source>
        <translation>укажите и decided_from, и decided_to либо не указывайте ни того, ни другого</translation>
    </message>
    <message>
        <source>{value} is outside the month that starts {start}</source>
        <translation>{value} выходит за пределы месяца, начинающегося {start}</translation>
    </message>
    <message>
        <source>{value} is outside the quarter that starts {start}</source>
        <translation>{value} выходит за пределы квартала, начинающегося {start}</translation>
    </message>
    <message>
        <source>{value} is outside the year that starts {start}</source>
        <translation>{value} выходит за пределы года, начинающегося {start}</translation>
    </message>
    <message>
        <source>{precision} does not match start {value}</source>
        <translation>точность {precision} не соответствует началу {value}</translation>
    </message>
    <message>
        <source>is empty (give the last day of the meeting)</source>
        <translation>не заполнено (укажите последний день собрания)</translation>
    </message>
    <message>
        <source>give times on both start and end, or on neither</source>
        <translation>укажите время и для начала, и для окончания либо ни для того, ни для другого</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting has no time of day</source>
        <translation>у собрания с точностью {precision} не бывает времени суток</translation>
    </message>
    <message>
        <source>{value} is not a date or a period</source>
        <translation>{value} не является ни датой, ни периодом</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>длина в символах: {n}; допускается не более {limit}</translation>
    </message>
    <message>
        <source>holds a control character (only tabs and line breaks are allowed)</source>
        <translation>содержит управляющий символ (допускаются только табуляция и перевод строки)</translation>
    </message>
    <message>
        <source>unknown {field} {value} (expected one of: {allowed})</source>
        <translation>неизвестное значение {field}: {value} (допустимые значения: {allowed})</translation>
    </message>
    <message>
        <source>{end} is before decided_from {start}</source>
        <translation>{end} раньше, чем decided_from ({start})</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} не является UUID</translation>
    </message>
    <message>
        <source>{value} has surrounding spaces or a line break</source>
        <translation>{value} начинается или заканчивается пробелом либо содержит перевод строки</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>the meeting ends {end} before it starts {start}</source>
        <translation>собрание заканчивается {end}, раньше своего начала {start}</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting must span {first} to {last}, not {start} to {end}</source>
        <translation>собрание с точностью {precision} должно охватывать период с {first} по {last}, а не с {start} по {end}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 two-letter country code</source>
        <translation>{value} не является двухбуквенным кодом страны по ISO 3166</translation>
    </message>
    <message>
        <source>{value} is not from 0 to {most}</source>
        <translation>{value} не входит в диапазон от 0 до {most}</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} не является правдоподобным годом</translation>
    </message>
    <message>
        <source>room {room} is given without a venue</source>
        <translation>зал {room} указан без места проведения</translation>
    </message>
    <message>
        <source>give both a start time and an end time, or neither</source>
        <translation>укажите и время начала, и время окончания либо не указывайте ни того, ни другого</translation>
    </message>
    <message>
        <source>is given for a meeting without times</source>
        <translation>указан для собрания без времени начала и окончания</translation>
    </message>
    <message>
        <source>times need day precision</source>
        <translation>время можно указать только при точности до дня</translation>
    </message>
    <message>
        <source>a meeting with times needs an IANA time zone</source>
        <translation>для собрания со временем требуется часовой пояс IANA</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (e.g. Europe/Zurich)</source>
        <translation>{value} не является часовым поясом IANA (например, Europe/Zurich)</translation>
    </message>
    <message>
        <source>the meeting ends at {end} before it starts at {start}</source>
        <translation>собрание заканчивается в {end}, раньше своего начала в {start}</translation>
    </message>
    <message>
        <source>{value}: month {month} is not 1-12</source>
        <translation>{value}: месяц {month} не входит в диапазон 1–12</translation>
    </message>
    <message>
        <source>body code {code} is empty or has surrounding spaces</source>
        <translation>код органа {code} пуст либо начинается или заканчивается пробелом</translation>
    </message>
    <message>
        <source>body {code} cannot report to itself</source>
        <translation>орган {code} не может быть подотчетен самому себе</translation>
    </message>
    <message>
        <source>bodies {bodies} report to each other in a cycle</source>
        <translation>органы {bodies} подотчетны друг другу по замкнутому кругу</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>у зала должно быть название</translation>
    </message>
    <message>
        <source>room {room}: capacity {capacity} must be positive</source>
        <translation>зал {room}: вместимость ({capacity}) должна быть положительной</translation>
    </message>
    <message>
        <source>venue name {name} is empty or has surrounding spaces</source>
        <translation>название места проведения {name} пусто либо начинается или заканчивается пробелом</translation>
    </message>
    <message>
        <source>an observance needs a key and a name</source>
        <translation>у памятной даты должны быть ключ и название</translation>
    </message>
    <message>
        <source>{name}: ends {end} before it starts {start}</source>
        <translation>{name}: заканчивается {end}, раньше своего начала {start}</translation>
    </message>
    <message>
        <source>Nothing to change: {what} already holds these values</source>
        <translation>Изменять нечего: у {what} уже эти значения</translation>
    </message>
    <message>
        <source>Add venue {venue}</source>
        <translation>Добавить место {venue}</translation>
    </message>
    <message>
        <source>Edit venue {venue}</source>
        <translation>Изменить место {venue}</translation>
    </message>
    <message>
        <source>Rename venue {venue} to {name}</source>
        <translation>Переименовать место {venue} в {name}</translation>
    </message>
    <message>
        <source>Delete venue {venue}</source>
        <translation>Удалить место {venue}</translation>
    </message>
    <message>
        <source>Add room {room} at {venue}</source>
        <translation>Добавить зал {room} в месте {venue}</translation>
    </message>
    <message>
        <source>Edit room {room} at {venue}</source>
        <translation>Изменить зал {room} в месте {venue}</translation>
    </message>
    <message>
        <source>{room} at {venue}</source>
        <translation>{room} ({venue})</translation>
    </message>
    <message>
        <source>{room} stays at {venue}; add a room to the other venue</source>
        <translation>{room} остается в {venue}; добавьте зал в другое место проведения</translation>
    </message>
    <message>
        <source>Delete room {room} at {venue}</source>
        <translation>Удалить зал {room} в месте {venue}</translation>
    </message>
    <message>
        <source>no room {room} at venue {venue}</source>
        <translation>в месте проведения {venue} нет зала {room}</translation>
    </message>
    <message>
        <source>{name} to {value}</source>
        <translation>{name} = {value}</translation>
    </message>
    <message>
        <source>choose a setting of {rule} to change</source>
        <translation>выберите параметр {rule}, который нужно изменить</translation>
    </message>
    <message>
        <source>Set {rule} {settings}</source>
        <translation>Настроить {rule}: {settings}</translation>
    </message>
    <message>
        <source>{rule} has no setting {name} to reset</source>
        <translation>у {rule} нет параметра {name}, который можно сбросить</translation>
    </message>
    <message>
        <source>Reset {rule} {name}</source>
        <translation>Сбросить {name} правила {rule}</translation>
    </message>
    <message>
        <source>Reset {rule} to its defaults</source>
        <translation>Вернуть правилу {rule} значения по умолчанию</translation>
    </message>
    <message>
        <source>{observance} was changed elsewhere; reopen the editor and retry</source>
        <translation>{observance} изменено в другом месте; откройте редактор заново и повторите попытку</translation>
    </message>
    <message>
        <source>Correct {observance} to {span}</source>
        <translation>Исправить даты {observance}: {span}</translation>
    </message>
    <message>
        <source>no single {key} observance covers {day}</source>
        <translation>ни одна отдельная памятная дата {key} не приходится на {day}</translation>
    </message>
    <message>
        <source>{observance} already has its computed dates</source>
        <translation>у {observance} уже рассчитанные даты</translation>
    </message>
    <message>
        <source>the computed dates of {observance} can no longer be found; correct its dates instead</source>
        <translation>рассчитанные даты {observance} больше не найти; вместо этого исправьте его даты</translation>
    </message>
    <message>
        <source>Restore the computed dates of {observance}</source>
        <translation>Восстановить рассчитанные даты {observance}</translation>
    </message>
    <message>
        <source>Waive {rule} for {what}</source>
        <translation>Исключение из {rule} для {what}</translation>
    </message>
    <message>
        <source>no waiver of {rule} to take back</source>
        <translation>нет исключения из {rule}, которое можно отменить</translation>
    </message>
    <message>
        <source>select the waivers to take back</source>
        <translation>выберите исключения, которые нужно отменить</translation>
    </message>
    <message>
        <source>Unwaive {rule} for {what}</source>
        <translation>Отменить исключение из {rule} для {what}</translation>
    </message>
    <message>
        <source>Unwaive {n} waiver</source>
        <translation>one:Отменить {n} исключение|few:Отменить {n} исключения|many:Отменить {n} исключений|other:Отменить {n} исключения</translation>
    </message>
    <message>
        <source>Unwaive {n} waivers</source>
        <translation>one:Отменить {n} исключение|few:Отменить {n} исключения|many:Отменить {n} исключений|other:Отменить {n} исключения</translation>
    </message>
    <message>
        <source>unknown drag mode {mode}: expected one of {modes}</source>
        <translation>неизвестный режим перетаскивания {mode}: допустимые значения: {modes}</translation>
    </message>
    <message>
        <source>{code} has no hours, so it cannot be moved by minutes; give it a start and an end time in Edit Meeting, or move it by days</source>
        <translation>у {code} нет времени начала и окончания, поэтому его нельзя сдвинуть на минуты; укажите время начала и окончания в окне «Изменить собрание» или сдвиньте его на дни</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its start earlier</source>
        <translation>{code} заканчивалось бы в {end} {end_day}, а начиналось бы в {start} {start_day} (время {place}): собрание должно заканчиваться после начала, поэтому перетащите его начало на более раннее время</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its end later</source>
        <translation>{code} заканчивалось бы в {end} {end_day}, а начиналось бы в {start} {start_day} (время {place}): собрание должно заканчиваться после начала, поэтому перетащите его окончание на более позднее время</translation>
    </message>
    <message>
        <source>{code} cannot be moved there: {problem}</source>
        <translation>{code} нельзя переместить сюда: {problem}</translation>
    </message>
    <message>
        <source>unknown rule {rule} (see `scheduler-app rules`)</source>
        <translation>неизвестное правило {rule} (см. `scheduler-app rules`)</translation>
    </message>
    <message>
        <source>severity is one of: error, warning, info</source>
        <translation>severity принимает одно из значений: error, warning, info</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled принимает значение true или false</translation>
    </message>
    <message>
        <source>{rule} has no parameter {name} (it has: {known})</source>
        <translation>у {rule} нет параметра {name} (его параметры: {known})</translation>
    </message>
    <message>
        <source>DTSTART and DTEND mix a date with a date-time</source>
        <translation>DTSTART и DTEND смешивают дату и дату со временем</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} — вне допустимого диапазона</translation>
    </message>
    <message>
        <source>not a valid meeting: {problem}</source>
        <translation>недопустимое собрание: {problem}</translation>
    </message>
    <message>
        <source>{column} would be {length} characters long; the planner keeps at most {most} in one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read back from CSV</source>
        <translation>{column} имело бы длину {length} знаков; планировщик хранит в одном поле не более {most} (MAX_FIELD_CHARS), чтобы любое собрание можно было также записать в CSV и прочитать обратно</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>у события нет UID</translation>
    </message>
    <message>
        <source>the event has no start</source>
        <translation>у события нет начала</translation>
    </message>
    <message>
        <source>the event ends {end} before it starts {start}</source>
        <translation>событие заканчивается {end}, раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>{value} is not a duration</source>
        <translation>{value} — не продолжительность</translation>
    </message>
    <message>
        <source>{value} ends past year 9999</source>
        <translation>{value} заканчивается после 9999 года</translation>
    </message>
    <message>
        <source>gives a meeting the id {key} that the event on line {line} gives too</source>
        <translation>даёт собранию идентификатор {key}, который даёт ему и событие в строке {line}</translation>
    </message>
    <message>
        <source>gives a meeting the UID {key} that the event on line {line} gives too</source>
        <translation>даёт собранию UID {key}, который даёт ему и событие в строке {line}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>no BEGIN:VCALENDAR</source>
        <translation>нет BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{problem}: not an iCalendar file</source>
        <translation>{problem}: это не файл iCalendar</translation>
    </message>
    <message>
        <source>skipped {what}</source>
        <translation>пропущено: {what}</translation>
    </message>
    <message>
        <source>skipped BEGIN:{component} outside BEGIN:VCALENDAR</source>
        <translation>пропущено: BEGIN:{component} вне BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {zone} is not a known time zone: times without one were read as UTC</source>
        <translation>X-WR-TIMEZONE {zone} — неизвестный часовой пояс: время без пояса прочитано как UTC</translation>
    </message>
    <message>
        <source>observance, holiday or deadline written by the planner</source>
        <translation>международный день, праздник или срок, записанный планировщиком</translation>
    </message>
    <message>
        <source>the series has no UID</source>
        <translation>у серии нет UID</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; lines {lines})</source>
        <translation>пропущено: {component} × {count} (не собрание; строки {lines})</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; line {lines})</source>
        <translation>пропущено: {component} × {count} (не собрание; строка {lines})</translation>
    </message>
    <message>
        <source>the event and RECURRENCE-ID {recurrence} is also on line {line}</source>
        <translation>событие с RECURRENCE-ID {recurrence} есть также в строке {line}</translation>
    </message>
    <message>
        <source>the event is also on line {line}</source>
        <translation>событие есть также в строке {line}</translation>
    </message>
    <message>
        <source>{value} is also the id of the event on line {line}</source>
        <translation>{value} — также идентификатор события в строке {line}</translation>
    </message>
    <message>
        <source>not a content line: {line}</source>
        <translation>не строка содержимого: {line}</translation>
    </message>
    <message>
        <source>parameter without a value in {name}</source>
        <translation>параметр без значения в {name}</translation>
    </message>
    <message>
        <source>unclosed quote in a parameter of {name}</source>
        <translation>незакрытая кавычка в параметре {name}</translation>
    </message>
    <message>
        <source>not a content line (NAME:VALUE): {line}</source>
        <translation>не строка содержимого (ИМЯ:ЗНАЧЕНИЕ): {line}</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never closed</source>
        <translation>BEGIN:{component} нигде не закрыт</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}</source>
        <translation>строка вне BEGIN:VCALENDAR ... END:VCALENDAR: {line}</translation>
    </message>
    <message>
        <source>{problem} inside {component}</source>
        <translation>{problem} внутри {component}</translation>
    </message>
    <message>
        <source>END:{ended} closes BEGIN:{component}</source>
        <translation>END:{ended} закрывает BEGIN:{component}</translation>
    </message>
    <message>
        <source>{item} is not NAME=VALUE</source>
        <translation>{item} не имеет вида ИМЯ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>the rule has no FREQ</source>
        <translation>в правиле нет FREQ</translation>
    </message>
    <message>
        <source>FREQ={freq} is not a frequency</source>
        <translation>FREQ={freq} — не частота</translation>
    </message>
    <message>
        <source>FREQ={freq}: a series that repeats more often than daily is not imported (write sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)</source>
        <translation>FREQ={freq}: серия, повторяющаяся чаще раза в день, не импортируется (запишите заседания в те же дни как FREQ=DAILY с BYHOUR, например BYHOUR=9,14)</translation>
    </message>
    <message>
        <source>COUNT={count} is more than the {most} expanded</source>
        <translation>COUNT={count} больше, чем разворачиваемые {most} повторений</translation>
    </message>
    <message>
        <source>the rule gives {count} start times a day (at most {most})</source>
        <translation>правило даёт {count} времён начала в день (не более {most})</translation>
    </message>
    <message>
        <source>{key}={value} must be a whole number of 1 or more</source>
        <translation>{key}={value} должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>not a valid rule: {problem}</source>
        <translation>недопустимое правило: {problem}</translation>
    </message>
    <message>
        <source>not a valid rule</source>
        <translation>недопустимое правило</translation>
    </message>
    <message>
        <source>{rule} has no occurrence for more than 400 years: it never occurs</source>
        <translation>у {rule} нет ни одного повторения более 400 лет: оно никогда не наступает</translation>
    </message>
    <message>
        <source>{count} dates: more than the {most} per series</source>
        <translation>дат: {count} — больше допустимых {most} на серию</translation>
    </message>
    <message>
        <source>the series UID {uid} ({title}) has no occurrence between {start} and {end}, the import window: nothing was imported from it</source>
        <translation>у серии с UID {uid} ({title}) нет ни одного повторения между {start} и {end}, периодом импорта: из неё ничего не импортировано</translation>
    </message>
    <message>
        <source>the series has more than {most} occurrences between {start} and {end}, the most the planner imports from one series</source>
        <translation>в серии больше {most} повторений между {start} и {end} — больше, чем планировщик импортирует из одной серии</translation>
    </message>
    <message>
        <source>cannot expand the series: a time zone in the file has a missing or malformed offset</source>
        <translation>невозможно развернуть серию: у часового пояса в файле отсутствует или искажено смещение</translation>
    </message>
    <message>
        <source>cannot expand the series: its rule, dates or time zone are not valid iCalendar</source>
        <translation>невозможно развернуть серию: её правило, даты или часовой пояс не соответствуют iCalendar</translation>
    </message>
    <message>
        <source>cannot expand the series: {problem}</source>
        <translation>невозможно развернуть серию: {problem}</translation>
    </message>
    <message>
        <source>{value} is not an iCalendar date or date-time</source>
        <translation>{value} — не дата и не дата со временем iCalendar</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>неизвестный часовой пояс {zone}</translation>
    </message>
    <message>
        <source>the date is too close to year 1 or year 9999 to work with</source>
        <translation>дата слишком близка к 1 или 9999 году, чтобы с ней работать</translation>
    </message>
    <message>
        <source>daylight time starts</source>
        <translation>начинается летнее время</translation>
    </message>
    <message>
        <source>standard time returns</source>
        <translation>возвращается стандартное время</translation>
    </message>
    <message>
        <source>{zone} is not an IANA time zone name</source>
        <translation>{zone} — не имя часового пояса IANA</translation>
    </message>
    <message>
        <source>no time zone named {zone} in the time zone database</source>
        <translation>в базе часовых поясов нет пояса с именем {zone}</translation>
    </message>
    <message>
        <source>{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules change inside the range; one STANDARD and one DAYLIGHT rule can only alternate between two</source>
        <translation>{zone}: смещение от UTC принимает {count} значений в {span} ({offsets}), значит, его правила меняются внутри периода; одно правило STANDARD и одно DAYLIGHT могут чередовать лишь два</translation>
    </message>
    <message>
        <source>{zone}: {year} has {starts} change(s) to daylight time and {ends} back to standard time; a yearly rule pair for {span} needs exactly one of each every year</source>
        <translation>{zone}: в {year} году переходов на летнее время: {starts}, обратно на стандартное: {ends}; паре ежегодных правил для {span} нужно ровно по одному каждый год</translation>
    </message>
    <message>
        <source>{zone}: {what} on {onsets}{more} (local time); no single &apos;nth or last weekday of a month at one local time&apos; rule gives all of these dates</source>
        <translation>{zone}: {what} {onsets}{more} (местное время); ни одно правило вида «n-й или последний день недели месяца в одно и то же местное время» не даёт все эти даты</translation>
    </message>
</context>
</TS>
