<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходные</translation>
    </message>
    <message>
        <source>Geneva holiday</source>
        <translation>Праздничный день в Женеве</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{meeting} and {other} are {years} apart, not {wanted}</source>
        <translation>{meeting} и {other} разделяют {years}, а не {wanted}</translation>
    </message>
    <message>
        <source>{meeting} and {other} are {years} apart (normally {low} to {high})</source>
        <translation>{meeting} и {other} разделяют {years} (обычно от {low} до {high})</translation>
    </message>
    <message>
        <source>{known}: some placements leave them more than {days} apart</source>
        <translation>{known}: при некоторых возможных датах интервал между ними превышает {days}</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>АР</translation>
    </message>
    <message>
        <source>WRC</source>
        <translation>ВКР</translation>
    </message>
    <message>
        <source>{meeting} in {city} and {other} in {other_city} are not in the same place</source>
        <translation>{meeting} в {city} и {other} в {other_city} проводятся не в одном месте</translation>
    </message>
    <message>
        <source>{what}; at most {limit} allowed</source>
        <translation>{what}; допускается не более {limit}</translation>
    </message>
    <message>
        <source>{meeting} has no {kind} associated with it in place and time (at most {days} apart)</source>
        <translation>С {meeting} не связана по месту и времени проведения ни одна {kind} (интервал не более {days})</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>неуказанное место</translation>
    </message>
    <message>
        <source> in {city}</source>
        <translation> в {city}</translation>
    </message>
    <message>
        <source>{meeting} and {other}{where} are at least {days} apart wherever they are held in their periods</source>
        <translation>{meeting} и {other}{where} разделяют не менее {days}, где бы в пределах своих периодов они ни проводились</translation>
    </message>
    <message>
        <source>{code} closes {days} before {other_code} opens{where}</source>
        <translation>{code} закрывается за {days} до открытия {other_code}{where}</translation>
    </message>
    <message>
        <source>{code} opens {days} after {other_code} closes{where}</source>
        <translation>{code} открывается через {days} после закрытия {other_code}{where}</translation>
    </message>
    <message>
        <source>{n} cycle year</source>
        <translation>one:{n} год цикла|few:{n} года цикла|many:{n} лет цикла|other:{n} года цикла</translation>
    </message>
    <message>
        <source>{n} cycle years</source>
        <translation>one:{n} год цикла|few:{n} года цикла|many:{n} лет цикла|other:{n} года цикла</translation>
    </message>
    <message>
        <source>{count} WTDCs after {meeting}: {listed}</source>
        <translation>ВКРЭ после {meeting}: {count} ({listed})</translation>
    </message>
    <message>
        <source>{known}: some placements put more than one WTDC after {code}</source>
        <translation>{known}: при некоторых возможных датах после {code} проводится более одной ВКРЭ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{count} WTDCs between {meeting} and {other} ({listed}); there shall be one</source>
        <translation>ВКРЭ между {meeting} и {other}: {count} ({listed}); должна быть одна</translation>
    </message>
    <message>
        <source>{known}: some placements leave more than one WTDC between {code} and {other_code}</source>
        <translation>{known}: при некоторых возможных датах между {code} и {other_code} проводится более одной ВКРЭ</translation>
    </message>
    <message>
        <source>{known}: some placements leave no WTDC between {code} and {other_code}</source>
        <translation>{known}: при некоторых возможных датах между {code} и {other_code} не проводится ни одной ВКРЭ</translation>
    </message>
    <message>
        <source>No ordinary Council session in {year}</source>
        <translation>В {year} году нет очередной сессии Совета</translation>
    </message>
    <message>
        <source>{count} ordinary Council sessions in {year}: {listed}</source>
        <translation>Очередных сессий Совета в {year} году: {count} ({listed})</translation>
    </message>
    <message>
        <source>{meeting} is in {city}, not at the seat of the Union ({seat})</source>
        <translation>{meeting} проводится в {city}, а не в месте пребывания Союза ({seat})</translation>
    </message>
    <message>
        <source>{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} days' tolerance)</source>
        <translation>{meeting} проводится вне периода июнь–июль {year} года (допустимо: {accepted}, с допуском {tolerance} дн.)</translation>
    </message>
    <message>
        <source>No ordinary Council session scheduled for {year} (as of {day}, the next three after {base} should be)</source>
        <translation>На {year} год не запланирована очередная сессия Совета (на {day} должны быть запланированы три сессии после {base} года)</translation>
    </message>
    <message>
        <source>{meeting} meets during {other}{hours}</source>
        <translation>{meeting} проводится во время {other}{hours}</translation>
    </message>
    <message>
        <source>{hours} {place} time</source>
        <translation>{hours} по времени {place}</translation>
    </message>
    <message>
        <source>: {hours}, {other_hours}</source>
        <translation>: {hours}, {other_hours}</translation>
    </message>
    <message>
        <source>{code} is known only as {period}</source>
        <translation>Для {code} известен только период: {period}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>{known}: {unsure}</source>
        <translation>{known}: {unsure}</translation>
    </message>
    <message>
        <source>some placements in it fall outside {window}</source>
        <translation>при некоторых возможных датах в этом периоде собрание выходит за пределы периода «{window}»</translation>
    </message>
    <message>
        <source>{meeting} sits during {observances}</source>
        <translation>{meeting} проводится во время следующих периодов: {observances}</translation>
    </message>
    <message>
        <source>{observance} ({dates}, estimated)</source>
        <translation>{observance} ({dates}, ориентировочно)</translation>
    </message>
    <message>
        <source>{observance} ({dates})</source>
        <translation>{observance} ({dates})</translation>
    </message>
    <message>
        <source>{meeting} is not within October-December {year}</source>
        <translation>{meeting} проводится не в период октябрь–декабрь {year} года</translation>
    </message>
    <message>
        <source>October-December {year}</source>
        <translation>октябрь–декабрь {year} года</translation>
    </message>
    <message>
        <source>{code} and {other_code} counting as one</source>
        <translation>{code} и {other_code} считаются за одну</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year} ({note}): {listed}</source>
        <translation>Конференций или ассамблей в {year} году: {count} ({note}): {listed}</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year}: {listed}</source>
        <translation>Конференций или ассамблей в {year} году: {count}: {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in the same year as {other}</source>
        <translation>{meeting} проводится в том же году, что и {other}</translation>
    </message>
    <message>
        <source>{meeting} lasts {days} (limit {limit})</source>
        <translation>Продолжительность {meeting} составляет {days} (предел {limit})</translation>
    </message>
    <message>
        <source>{what} (at least {limit} days wanted)</source>
        <translation>{what} (требуется не менее {limit} дн.)</translation>
    </message>
    <message>
        <source>some placements leave less than {days} between {code} and {other_code}</source>
        <translation>при некоторых возможных датах между {code} и {other_code} остается менее {days}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}</source>
        <translation>{meeting} пересекается с {other}</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other}</source>
        <translation>{meeting} открывается через {days} после {other}</translation>
    </message>
    <message>
        <source>{meeting} and {other} overlap wherever they are held in their periods</source>
        <translation>{meeting} и {other} пересекаются, где бы в пределах своих периодов они ни проводились</translation>
    </message>
    <message>
        <source>{meeting} and {other} are at most {days} apart wherever they are held in their periods</source>
        <translation>{meeting} и {other} разделяют не более {days}, где бы в пределах своих периодов они ни проводились</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it by {source} ({period})</source>
        <translation>{meeting} проводится вне периода, установленного для нее ({source}) ({period})</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it ({period})</source>
        <translation>{meeting} проводится вне периода, установленного для нее ({period})</translation>
    </message>
    <message>
        <source>the period decided for it ({period})</source>
        <translation>установленный для нее период ({period})</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}</source>
        <translation>{meeting} совпадает по времени с {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}; forums and similar events are scheduled around conferences, assemblies and Council sessions</source>
        <translation>{meeting} совпадает по времени с {other}{hours}; форумы и аналогичные мероприятия планируются с учетом конференций, ассамблей и сессий Совета</translation>
    </message>
    <message>
        <source>{meeting} and {other} are both booked in {room} ({venue}){hours}</source>
        <translation>{meeting} и {other} забронированы в одном зале: {room} ({venue}){hours}</translation>
    </message>
    <message>
        <source>{meeting} should yield {room} at {venue} to {other}, which has scheduling priority at headquarters{hours}</source>
        <translation>{meeting} следует уступить зал {room} ({venue}) собранию {other}, которое имеет приоритет при планировании в штаб-квартире{hours}</translation>
    </message>
    <message>
        <source>{chair} chairs both {meeting} and {other}{hours}</source>
        <translation>{chair} председательствует и на {meeting}, и на {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} expects {participants} participants; {room} ({venue}) seats {seats}</source>
        <translation>На {meeting} ожидается участников: {participants}; зал {room} ({venue}) вмещает {seats}</translation>
    </message>
    <message>
        <source>{meeting} sits on a public holiday in {place}: {listed}</source>
        <translation>{meeting} проводится в праздничный день в {place}: {listed}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>one:{n} день|few:{n} дня|many:{n} дней|other:{n} дня</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>one:{n} день|few:{n} дня|many:{n} дней|other:{n} дня</translation>
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
        <source>information</source>
        <translation>информация</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>исключение: {reason}</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>one:{n} год|few:{n} года|many:{n} лет|other:{n} года</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>one:{n} год|few:{n} года|many:{n} лет|other:{n} года</translation>
    </message>
    <message>
        <source>{group} has {count} meeting(s) in {year}, study period {first}-{last} after {code} (at least {wanted} a year)</source>
        <translation>Собраний {group} в {year} году: {count}; исследовательский период {first}–{last} после {code} (не менее {wanted} в год)</translation>
    </message>
    <message>
        <source>{meeting} is {group}'s only meeting in {year} and opens before July (the second half of the year is preferred)</source>
        <translation>{meeting} – единственное собрание {group} в {year} году, и оно открывается до июля (предпочтительна вторая половина года)</translation>
    </message>
    <message>
        <source>{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}</source>
        <translation>{meeting} и {other} – группы Докладчика {group}, проводящие собрания параллельно{hours}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}; more than {wanted} apart wanted</source>
        <translation>{meeting} пересекается с {other}; требуется интервал более {wanted}</translation>
    </message>
    <message>
        <source>{meeting} is {days} from {other}; more than {wanted} apart wanted</source>
        <translation>Между {meeting} и {other} {days}; требуется интервал более {wanted}</translation>
    </message>
    <message>
        <source>No regional preparatory meeting before {meeting} for {regions}</source>
        <translation>Нет регионального подготовительного собрания перед {meeting} для {regions}</translation>
    </message>
    <message>
        <source>{meeting}, the last TDAG before {other}, should open between {dates} ({low} to {high} months before)</source>
        <translation>{meeting}, последнее собрание КГРЭ перед {other}, должно открыться в период {dates} (за {low}–{high} мес. до нее)</translation>
    </message>
    <message>
        <source>{meeting} does not end before {other}</source>
        <translation>{meeting} не заканчивается до {other}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}{hours}</source>
        <translation>{meeting} пересекается с {other}{hours}</translation>
    </message>
    <message>
        <source>No {group} meeting in {year}, between {meeting} and {other}; {group} meets at least once a year</source>
        <translation>В {year} году нет собрания {group} между {meeting} и {other}; {group} собирается не реже одного раза в год</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other} closes; the advisory groups of the three Sectors preferably meet one after another (within {limit})</source>
        <translation>{meeting} открывается через {days} после закрытия {other}; консультативным группам трех Секторов предпочтительно собираться одна за другой (в пределах {limit})</translation>
    </message>
    <message>
        <source>once</source>
        <translation>один раз</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>два раза</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>one:{n} раз|few:{n} раза|many:{n} раз|other:{n} раза</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>one:{n} раз|few:{n} раза|many:{n} раз|other:{n} раза</translation>
    </message>
    <message>
        <source>between {code} and {other_code}</source>
        <translation>между {code} и {other_code}</translation>
    </message>
    <message>
        <source>after {code}</source>
        <translation>после {code}</translation>
    </message>
    <message>
        <source>{group} meets {times} in {year}: {listed} (at least {wanted} a year {period})</source>
        <translation>{group} собирается {times} в {year} году: {listed} (не менее чем {wanted} в год {period})</translation>
    </message>
    <message>
        <source>{group} has no meeting in {year} (at least {wanted} a year {period})</source>
        <translation>{group} не проводит собраний в {year} году (не менее чем {wanted} в год {period})</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, последнее собрание {group} перед {other}, закрывается за {days} до ее открытия; оно должно закрыться не позднее {day} (за {limit}), чтобы его отчеты своевременно поступили администрациям</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, does not close before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, последнее собрание {group} перед {other}, не закрывается до ее открытия; оно должно закрыться не позднее {day} (за {limit}), чтобы его отчеты своевременно поступили администрациям</translation>
    </message>
    <message>
        <source>some placements leave less than {days} from the close of {code} to the opening of {other_code}</source>
        <translation>при некоторых возможных датах между закрытием {code} и открытием {other_code} остается менее {days}</translation>
    </message>
    <message>
        <source>{meeting} meets in {city}; ITU-D study groups and their groups normally meet at ITU headquarters in {seat}</source>
        <translation>{meeting} проводится в {city}; исследовательские комиссии МСЭ-D и их группы обычно собираются в штаб-квартире МСЭ в {seat}</translation>
    </message>
    <message>
        <source>{meeting} in {city} is cancelled: propose it in {seat} on the dates first planned ({dates})</source>
        <translation>{meeting} в {city} отменено: предложите провести его в {seat} в первоначально запланированные даты ({dates})</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>one:{n} ошибка|few:{n} ошибки|many:{n} ошибок|other:{n} ошибки</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>one:{n} ошибка|few:{n} ошибки|many:{n} ошибок|other:{n} ошибки</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>one:{n} предупреждение|few:{n} предупреждения|many:{n} предупреждений|other:{n} предупреждения</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>one:{n} предупреждение|few:{n} предупреждения|many:{n} предупреждений|other:{n} предупреждения</translation>
    </message>
    <message>
        <source>{n} information</source>
        <translation>one:{n} информационное сообщение|few:{n} информационных сообщения|many:{n} информационных сообщений|other:{n} информационного сообщения</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>замечаний нет</translation>
    </message>
    <message>
        <source>all {n} start</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>all {n} starts</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>Ranked from {starts}: {checked} checked in full by every rule, the others ruled out by the rules about dates and rooms alone.</source>
        <translation>Ранжировано по всем возможным датам начала ({starts}): {checked} полностью проверены всеми правилами, остальные исключены одними правилами о датах и залах.</translation>
    </message>
    <message>
        <source>Ranked from {checked} of {count} starts checked in full by every rule; the others by the rules about dates and rooms alone, so a better date may exist.</source>
        <translation>Ранжировано по {checked} из {count} дат начала, полностью проверенных всеми правилами; остальные – только правилами о датах и залах, поэтому может существовать более удачная дата.</translation>
    </message>
    <message>
        <source>No {days}-day dates within {period} are free of warnings for {code}.</source>
        <translation>В пределах {period} нет ни одного периода из {days} дн. без предупреждений для {code}.</translation>
    </message>
    <message>
        <source>What closes them:</source>
        <translation>Что их исключает:</translation>
    </message>
    <message>
        <source>• {cause} closes {days} ({rule}; {severity})</source>
        <translation>• {cause} исключает {days} ({rule}; {severity})</translation>
    </message>
    <message>
        <source>• {message} ({rule}; {severity})</source>
        <translation>• {message} ({rule}; {severity})</translation>
    </message>
    <message>
        <source>Not one day of the period is free.</source>
        <translation>В этом периоде нет ни одного свободного дня.</translation>
    </message>
    <message>
        <source>The longest free stretch is {dates} ({days}); {code} needs {needed}.</source>
        <translation>Самый длинный свободный отрезок – {dates} ({days}); для {code} требуется {needed}.</translation>
    </message>
    <message>
        <source>Try a longer or another period, fewer days, or another venue.</source>
        <translation>Попробуйте более длинный или другой период, меньшее число дней или другое место проведения.</translation>
    </message>
    <message>
        <source>Open: {links}</source>
        <translation>Открыть: {links}</translation>
    </message>
    <message>
        <source> (default {value})</source>
        <translation> (по умолчанию {value})</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Предоставлено исключение: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>{n} error(s)</source>
        <translation>one:{n} ошибка|few:{n} ошибки|many:{n} ошибок|other:{n} ошибки</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>one:{n} предупреждение|few:{n} предупреждения|many:{n} предупреждений|other:{n} предупреждения</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} для сведения</translation>
    </message>
    <message>
        <source>{n} waived</source>
        <translation>{n} с исключением</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (отключено)</translation>
    </message>
    <message>
        <source>parameters: {list}</source>
        <translation>параметры: {list}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>years from one PP to the next</source>
        <translation>лет от одной ПК до следующей</translation>
    </message>
    <message>
        <source>fewest years from one WRC to the next</source>
        <translation>наименьшее число лет от одной ВКР до следующей</translation>
    </message>
    <message>
        <source>most years from one WRC to the next</source>
        <translation>наибольшее число лет от одной ВКР до следующей</translation>
    </message>
    <message>
        <source>check RAs as a series of their own too</source>
        <translation>проверять также АР как отдельную серию</translation>
    </message>
    <message>
        <source>days an RA may close before its WRC opens</source>
        <translation>дней, за которые АР может закрыться до открытия своей ВКР</translation>
    </message>
    <message>
        <source>years from one WTSA to the next</source>
        <translation>лет от одной ВАСЭ до следующей</translation>
    </message>
    <message>
        <source>count a postponed WTSA in its nominal year</source>
        <translation>учитывать перенесенную ВАСЭ в ее номинальном году</translation>
    </message>
    <message>
        <source>the seat of the Union</source>
        <translation>место пребывания Союза</translation>
    </message>
    <message>
        <source>[first, last] years to check (null: first to last year with a Council meeting)</source>
        <translation>[первый, последний] проверяемые годы (null: от первого до последнего года с собранием Совета)</translation>
    </message>
    <message>
        <source>days either side of June-July accepted</source>
        <translation>допустимых дней до и после июня–июля</translation>
    </message>
    <message>
        <source>sessions ahead to be scheduled</source>
        <translation>предстоящих сессий, которые нужно запланировать</translation>
    </message>
    <message>
        <source>the date to count from (null: today)</source>
        <translation>дата отсчета (null: сегодня)</translation>
    </message>
    <message>
        <source>the conferences and assemblies</source>
        <translation>конференции и ассамблеи</translation>
    </message>
    <message>
        <source>the Sector advisory groups</source>
        <translation>консультативные группы Секторов</translation>
    </message>
    <message>
        <source>check expert-group meetings too</source>
        <translation>проверять также собрания групп экспертов</translation>
    </message>
    <message>
        <source>advisory kinds</source>
        <translation>виды консультативных групп</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>дата отсчета</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>органы</translation>
    </message>
    <message>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>conference kinds</source>
        <translation>виды конференций</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>виды основной деятельности</translation>
    </message>
    <message>
        <source>external kinds</source>
        <translation>внешние виды</translation>
    </message>
    <message>
        <source>high kinds</source>
        <translation>приоритетные виды</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>горизонт</translation>
    </message>
    <message>
        <source>hq cities</source>
        <translation>города штаб-квартиры</translation>
    </message>
    <message>
        <source>hq venues</source>
        <translation>места штаб-квартиры</translation>
    </message>
    <message>
        <source>include eve</source>
        <translation>учитывать канун</translation>
    </message>
    <message>
        <source>include expert groups</source>
        <translation>учитывать группы экспертов</translation>
    </message>
    <message>
        <source>include ra</source>
        <translation>учитывать АР</translation>
    </message>
    <message>
        <source>include rapporteur groups</source>
        <translation>учитывать Группы Докладчика</translation>
    </message>
    <message>
        <source>interval years</source>
        <translation>интервал (лет)</translation>
    </message>
    <message>
        <source>islamic uncertainty days</source>
        <translation>неопределенность исламских дат (дней)</translation>
    </message>
    <message>
        <source>itu d kinds</source>
        <translation>виды МСЭ-D</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>виды</translation>
    </message>
    <message>
        <source>low kinds</source>
        <translation>виды с низким приоритетом</translation>
    </message>
    <message>
        <source>major min participants</source>
        <translation>минимум участников крупного мероприятия</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>запас</translation>
    </message>
    <message>
        <source>match by</source>
        <translation>сопоставление по</translation>
    </message>
    <message>
        <source>max days</source>
        <translation>наибольшая продолжительность (дней)</translation>
    </message>
    <message>
        <source>max gap days</source>
        <translation>наибольший интервал (дней)</translation>
    </message>
    <message>
        <source>max months</source>
        <translation>наибольшее число месяцев</translation>
    </message>
    <message>
        <source>max years</source>
        <translation>наибольшее число лет</translation>
    </message>
    <message>
        <source>min days</source>
        <translation>наименьшее число дней</translation>
    </message>
    <message>
        <source>min gap days</source>
        <translation>наименьший интервал (дней)</translation>
    </message>
    <message>
        <source>min months</source>
        <translation>наименьшее число месяцев</translation>
    </message>
    <message>
        <source>min per year</source>
        <translation>минимум в год</translation>
    </message>
    <message>
        <source>min years</source>
        <translation>наименьшее число лет</translation>
    </message>
    <message>
        <source>observances</source>
        <translation>религиозные праздники</translation>
    </message>
    <message>
        <source>only major</source>
        <translation>только крупные мероприятия</translation>
    </message>
    <message>
        <source>pair counts as one</source>
        <translation>пара считается одной</translation>
    </message>
    <message>
        <source>prefer second half</source>
        <translation>предпочитать второе полугодие</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>seat city</source>
        <translation>город пребывания</translation>
    </message>
    <message>
        <source>sitting days only</source>
        <translation>только дни заседаний</translation>
    </message>
    <message>
        <source>subdivisions</source>
        <translation>административные единицы</translation>
    </message>
    <message>
        <source>tdag body</source>
        <translation>орган КГРЭ</translation>
    </message>
    <message>
        <source>tolerance days</source>
        <translation>допуск (дней)</translation>
    </message>
    <message>
        <source>use nominal year</source>
        <translation>использовать номинальный год</translation>
    </message>
    <message>
        <source>use times</source>
        <translation>использовать время суток</translation>
    </message>
    <message>
        <source>years</source>
        <translation>годы</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{doc} ({kind})</source>
        <translation>{doc} ({kind})</translation>
    </message>
    <message>
        <source>{where}: a value is needed</source>
        <translation>{where}: требуется значение</translation>
    </message>
    <message>
        <source>{where}: {wanted}, not {value}</source>
        <translation>{where}: {wanted}, а не {value}</translation>
    </message>
    <message>
        <source>{where}: true or false</source>
        <translation>{where}: true или false</translation>
    </message>
    <message>
        <source>{where}: a non-empty text</source>
        <translation>{where}: непустой текст</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>одно из значений {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of texts, e.g. {example}</source>
        <translation>{where}: список текстов, например {example}</translation>
    </message>
    <message>
        <source>{where}: unknown {names} (known: {known})</source>
        <translation>{where}: неизвестно: {names} (известны: {known})</translation>
    </message>
    <message>
        <source>{where}: a mapping like {example}</source>
        <translation>{where}: соответствие вида {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{where}: give [first year, last year], e.g. [2022, 2030]</source>
        <translation>{where}: укажите [первый год, последний год], например [2022, 2030]</translation>
    </message>
    <message>
        <source>{kind} or null</source>
        <translation>{kind} или null</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>целое число от {low} до {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>число от {low} до {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a text ({choices})</source>
        <translation>текст ({choices})</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list of texts from a fixed set</source>
        <translation>список текстов из фиксированного набора</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>список текстов</translation>
    </message>
    <message>
        <source>a mapping of countries to cities and regions</source>
        <translation>соответствие стран городам и регионам</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>[first year, last year]</source>
        <translation>[первый год, последний год]</translation>
    </message>
    <message>
        <source>the kinds checked in every Sector</source>
        <translation>виды, проверяемые во всех Секторах</translation>
    </message>
    <message>
        <source>the ITU-D kinds checked</source>
        <translation>проверяемые виды МСЭ-D</translation>
    </message>
    <message>
        <source>the body of TDAG's advisory-group meetings</source>
        <translation>орган собраний консультативной группы КГРЭ</translation>
    </message>
    <message>
        <source>the religious periods avoided</source>
        <translation>религиозные периоды, которых следует избегать</translation>
    </message>
    <message>
        <source>ignore weekend days of a weekday meeting</source>
        <translation>не учитывать выходные дни собрания, проходящего в будни</translation>
    </message>
    <message>
        <source>Jewish and Islamic days begin the evening before</source>
        <translation>иудейские и исламские дни начинаются накануне вечером</translation>
    </message>
    <message>
        <source>days by which Islamic dates may differ by country</source>
        <translation>дней, на которые исламские даты могут различаться по странам</translation>
    </message>
    <message>
        <source>the kinds held to the last quarter</source>
        <translation>виды, проводимые в последнем квартале</translation>
    </message>
    <message>
        <source>the kinds counted</source>
        <translation>учитываемые виды</translation>
    </message>
    <message>
        <source>an associated RA and WRC count as one</source>
        <translation>связанные АР и ВКР считаются одной</translation>
    </message>
    <message>
        <source>the kinds noted in a PP year</source>
        <translation>виды, отмечаемые в год ПК</translation>
    </message>
    <message>
        <source>longest PP, first and last day included</source>
        <translation>наибольшая продолжительность ПК, включая первый и последний дни</translation>
    </message>
    <message>
        <source>the kinds kept apart</source>
        <translation>виды, разносимые во времени</translation>
    </message>
    <message>
        <source>days from one close to the next opening</source>
        <translation>дней от закрытия до следующего открытия</translation>
    </message>
    <message>
        <source>the ITU meetings checked</source>
        <translation>проверяемые собрания МСЭ</translation>
    </message>
    <message>
        <source>the kinds that are outside events</source>
        <translation>виды, являющиеся внешними мероприятиями</translation>
    </message>
    <message>
        <source>count only outside events of major_min_participants</source>
        <translation>учитывать только внешние мероприятия с не менее чем major_min_participants участников</translation>
    </message>
    <message>
        <source>participants that make an outside event major</source>
        <translation>число участников, при котором внешнее мероприятие считается крупным</translation>
    </message>
    <message>
        <source>the kinds that are forums, symposia or exhibitions</source>
        <translation>виды, являющиеся форумами, симпозиумами или выставками</translation>
    </message>
    <message>
        <source>the conferences, assemblies and Council sessions</source>
        <translation>конференции, ассамблеи и сессии Совета</translation>
    </message>
    <message>
        <source>venues that are ITU headquarters</source>
        <translation>места проведения, являющиеся штаб-квартирой МСЭ</translation>
    </message>
    <message>
        <source>the kinds with priority</source>
        <translation>приоритетные виды</translation>
    </message>
    <message>
        <source>the kinds that yield</source>
        <translation>уступающие виды</translation>
    </message>
    <message>
        <source>how chairs are matched (by name until people have ids)</source>
        <translation>как сопоставляются председатели (по имени, пока у людей нет идентификаторов)</translation>
    </message>
    <message>
        <source>share of seats by which a room may be overfilled</source>
        <translation>доля мест, на которую зал может быть переполнен</translation>
    </message>
    <message>
        <source>the region of a city, by country, where holidays differ by region</source>
        <translation>регион города по странам, где праздники различаются по регионам</translation>
    </message>
    <message>
        <source>meetings of a group in a year</source>
        <translation>собраний группы в год</translation>
    </message>
    <message>
        <source>note a year's only meeting before July</source>
        <translation>отмечать единственное собрание года до июля</translation>
    </message>
    <message>
        <source>compare times of day when both meetings have them</source>
        <translation>сравнивать время суток, если оно указано у обоих собраний</translation>
    </message>
    <message>
        <source>days between TDAG and a study group</source>
        <translation>дней между КГРЭ и исследовательской комиссией</translation>
    </message>
    <message>
        <source>check rapporteur groups too</source>
        <translation>проверять также Группы Докладчика</translation>
    </message>
    <message>
        <source>fewest months from the last TDAG to WTDC</source>
        <translation>наименьшее число месяцев от последней КГРЭ до ВКРЭ</translation>
    </message>
    <message>
        <source>most months from the last TDAG to WTDC</source>
        <translation>наибольшее число месяцев от последней КГРЭ до ВКРЭ</translation>
    </message>
    <message>
        <source>the regions expected to hold an RPM</source>
        <translation>регионы, которые должны провести РПС</translation>
    </message>
    <message>
        <source>the body whose meetings are counted</source>
        <translation>орган, собрания которого учитываются</translation>
    </message>
    <message>
        <source>days from one advisory group's close to the next one's opening</source>
        <translation>дней от закрытия одной консультативной группы до открытия следующей</translation>
    </message>
    <message>
        <source>the advisory groups of the three Sectors</source>
        <translation>консультативные группы трех Секторов</translation>
    </message>
    <message>
        <source>days from a study group's last close to the WTDC's opening</source>
        <translation>дней от последнего закрытия исследовательской комиссии до открытия ВКРЭ</translation>
    </message>
    <message>
        <source>the ITU-D groups expected at headquarters</source>
        <translation>группы МСЭ-D, ожидаемые в штаб-квартире</translation>
    </message>
    <message>
        <source>the names of the headquarters city</source>
        <translation>названия города штаб-квартиры</translation>
    </message>
    <message>
        <source>the ITU-D groups whose cancelled invitations are noted</source>
        <translation>группы МСЭ-D, отмененные приглашения которых отмечаются</translation>
    </message>
</context>
<context>
    <name>Rationales</name>
    <message>
        <source>Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared, so a PP known only by its year counts; a skipped PP gives one finding for the long gap.</source>
        <translation>Две последовательные Полномочные конференции должны проводиться с интервалом в четыре года. Сравниваются только годы, поэтому ПК, известная лишь по году, учитывается; пропущенная ПК дает одно замечание о слишком длинном интервале.</translation>
    </message>
    <message>
        <source>WRCs (and, if asked, RAs as a series of their own) &quot;normally&quot; every three to four years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a normally clause and silenced by a waiver.</source>
        <translation>ВКР (а при необходимости и АР как отдельная серия) проводятся «normally» раз в три-четыре года, сравнение по годам. От WRC-07 до WRC-12 по номерам лет пять: предупреждение, допустимое для положения «normally» и снимаемое исключением.</translation>
    </message>
    <message>
        <source>Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).</source>
        <translation>Каждой ВКР нужна АР в том же городе, которая пересекается с ней, примыкает к ней или заканчивается не более чем за max_gap_days дней до ее открытия; каждой АР нужна такая ВКР (RA-23 завершилась в пятницу 17 ноября 2023 года, WRC-23 открылась в понедельник 20 ноября: интервал в три дня).</translation>
    </message>
    <message>
        <source>Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set (WTSA-20 met in March 2022, postponed by the pandemic), else the start year.</source>
        <translation>Две последовательные ВАСЭ проводятся с интервалом в четыре года по году цикла: номинальному году, если он задан (WTSA-20 состоялась в марте 2022 года, будучи перенесенной из-за пандемии), иначе году начала.</translation>
    </message>
    <message>
        <source>Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only more than one is reported. A WTDC known only by its year counts where its year settles it.</source>
        <translation>Между двумя последовательными ПК должна быть ровно одна ВКРЭ, по датам (WTDC-22 состоялась в июне 2022 года, до PP-22 в сентябре: она относится к интервалу от PP-18 до PP-22). После последней ПК сообщается только о случае более чем одной ВКРЭ. ВКРЭ, известная лишь по году, учитывается, если ее года достаточно для решения.</translation>
    </message>
    <message>
        <source>Each year from the first to the last with any Council meeting (or the years set in the policy) has exactly one ordinary session (council; additional sessions and the short meetings before a PP are council-extra and never count), held in seat_city.</source>
        <translation>В каждом году, от первого до последнего года с каким-либо собранием Совета (или в годы, заданные в политике), проводится ровно одна очередная сессия (council; дополнительные сессии и короткие собрания перед ПК относятся к council-extra и никогда не учитываются) в seat_city.</translation>
    </message>
    <message>
        <source>An ordinary session opens no earlier than 1 June and closes no later than 31 July, each widened by tolerance_days (&quot;around&quot;): with the default 14, from 18 May to 14 August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. Additional sessions and the meetings before a PP are other kinds and are not checked.</source>
        <translation>Очередная сессия открывается не ранее 1 июня и закрывается не позднее 31 июля, причем каждая граница расширяется на tolerance_days («around»): при значении по умолчанию 14 – с 18 мая по 14 августа. Совет 2022 года (март) и Совет 2026 года (28 апреля – 8 мая) выходят за эти пределы. Дополнительные сессии и собрания перед ПК относятся к другим видам и не проверяются.</translation>
    </message>
    <message>
        <source>Counting from the year of the latest ordinary session ended on or before the as-of date (scheduler-app check --as-of, else the policy's as_of, else today), each of the next horizon years needs an ordinary session on the calendar; a month or a year is enough. The June-July test is R77-COUNCIL-JUNE-JULY's.</source>
        <translation>Начиная с года последней очередной сессии, завершившейся не позднее отчетной даты (scheduler-app check --as-of, иначе as_of политики, иначе сегодня), в каждом из следующих horizon лет в календаре должна быть очередная сессия; достаточно месяца или года. Проверка июня–июля выполняется правилом R77-COUNCIL-JUNE-JULY.</translation>
    </message>
    <message>
        <source>A Council working group (or Council expert group such as EG-ITRs, which are cwg) sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual CWG still counts; month-only meetings are skipped. With include_expert_groups, expert-group meetings are checked too.</source>
        <translation>Рабочая группа Совета (или группа экспертов Совета, например EG-ITRs, относящаяся к виду cwg), совпадающая хотя бы на один день с конференцией, ассамблеей или консультативной группой Сектора (КГРЭ, КГСЭ, КГР). Собираться одновременно с Советом разрешено: этого требует Решение 11. Виртуальная РГС также учитывается; собрания, известные лишь по месяцу, пропускаются. При include_expert_groups проверяются и собрания групп экспертов.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic dates, which vary by country by about a day. Add kinds such as rpm with the kinds parameter.</source>
        <translation>Конференция, ассамблея или собрание Совета либо собрание исследовательской комиссии, Группы Докладчика или КГРЭ МСЭ-D, дни заседаний которых приходятся на учитываемый религиозный праздник. Выходные дни не учитываются, если собрание проходит и в будние дни (sitting_days_only; собрание только в субботу заседает в субботу). При include_eve иудейские и исламские праздники начинаются накануне вечером, т. е. учитывается предыдущий день. islamic_uncertainty_days расширяет исламские даты, которые в разных странах различаются примерно на день. Добавьте виды, например rpm, с помощью параметра kinds.</translation>
    </message>
    <message>
        <source>A conference or assembly opens on or after 1 October and closes by 31 December of its year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is checked, since its period already settles the question.</source>
        <translation>Конференция или ассамблея открывается 1 октября или позже и закрывается не позднее 31 декабря своего года. PP-22 открылась 26 сентября 2022 года, на пять дней раньше. Год пандемии – повод для исключения, а не для ослабления правила. Собрание, известное лишь по году, пропускается; собрание, известное по месяцу или кварталу, проверяется, поскольку его период уже позволяет решить вопрос.</translation>
    </message>
    <message>
        <source>Conferences and assemblies are grouped by start year; an RA and a WRC associated in place and time count as one (the exception of recalling b)). More than one in a year: one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.</source>
        <translation>Конференции и ассамблеи группируются по году начала; АР и ВКР, связанные по месту и времени проведения, считаются одной (исключение пункта b) раздела «напоминая»). Более одной в году: одно предупреждение с их перечнем. В 2022 году состоялись WTSA-20, WTDC-22 и PP-22.</translation>
    </message>
    <message>
        <source>For each Plenipotentiary Conference, every conference, assembly or forum starting in the same year is noted (information only: an annual forum shows up in every PP year, as intended).</source>
        <translation>Для каждой Полномочной конференции отмечается любая конференция, ассамблея или форум, начинающиеся в том же году (только для сведения: ежегодный форум, как и задумано, появляется в каждом году ПК).</translation>
    </message>
    <message>
        <source>Plenipotentiary conferences are limited to three weeks (21 days, first and last included) unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks later is 22 days.</source>
        <translation>Продолжительность Полномочных конференций ограничена тремя неделями (21 день, включая первый и последний), если нет настоятельной необходимости, которую можно указать в исключении. С понедельника до понедельника через три недели – 22 дня.</translation>
    </message>
    <message>
        <source>Between two conferences or assemblies (other than an associated RA and WRC) at least min_gap_days (eight weeks) pass from the close of one to the opening of the next; overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22 102 days.</source>
        <translation>Между двумя конференциями или ассамблеями (кроме связанных АР и ВКР) от закрытия одной до открытия следующей проходит не менее min_gap_days дней (восемь недель); о пересекающихся также сообщается. В 2022 году между WTSA-20 и WTDC-22 прошло 89 дней, а между WTDC-22 и PP-22 – 102 дня.</translation>
    </message>
    <message>
        <source>A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a later Council decision, whose source is kept with the period) is held inside it. A quarter means its first to last day. Places are the Council's to set and are not checked.</source>
        <translation>Собрание, для которого вышестоящий орган установил период (Резолюция 77, пункты 5.2–5.6 раздела «решает», или более позднее решение Совета, источник которого хранится вместе с периодом), проводится в его пределах. Квартал охватывает дни с первого по последний. Места проведения определяет Совет, и они не проверяются.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council session sharing a day with an outside ICT event, wherever each is held. With only_major, only outside events expecting at least major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on purpose: such a co-location is accepted with a waiver.</source>
        <translation>Конференция, ассамблея или сессия Совета, совпадающая хотя бы на один день с внешним мероприятием в области ИКТ, где бы каждое из них ни проводилось. При only_major учитываются только внешние мероприятия, ожидающие не менее major_min_participants участников. WTSA-24 намеренно открылась одновременно с India Mobile Congress 2024: такое совмещение допускается с исключением.</translation>
    </message>
    <message>
        <source>A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops) shares a day with a conference, an assembly or a Council session, wherever each is held: such events are scheduled around the core activities of the Union, not beside them. Times of day are compared when both have them. A meeting known only by a month or a year is left out, since whether it clashes depends on days not fixed yet.</source>
        <translation>Форум, симпозиум или выставка (вид forum в календаре; планировщик может добавить семинары-практикумы) совпадает хотя бы на один день с конференцией, ассамблеей или сессией Совета, где бы каждое из них ни проводилось: такие мероприятия планируются с учетом основной деятельности Союза, а не параллельно с ней. Время суток сравнивается, если оно указано у обоих. Собрание, известное лишь по месяцу или году, не рассматривается, поскольку совпадение зависит от еще не установленных дней.</translation>
    </message>
    <message>
        <source>Two in-person or hybrid meetings in the same room of the same venue (names compared ignoring case and spacing) at the same time: by time of day when both have times, else by day. A rapporteur group meeting &quot;in conjunction with&quot; its study group shares the room only at other times. Virtual meetings and meetings without a room are skipped.</source>
        <translation>Два очных или гибридных собрания в одном и том же зале одного и того же места проведения (названия сравниваются без учета регистра и пробелов) в одно и то же время: по времени суток, если оно указано у обоих, иначе по дням. Собрание Группы Докладчика, проводимое «in conjunction with» ее исследовательской комиссией, пользуется залом только в другое время. Виртуальные собрания и собрания без зала пропускаются.</translation>
    </message>
    <message>
        <source>When a forum, workshop or other lower-priority meeting and a study group, advisory group, Council or CWG meeting want the same headquarters room at the same time, the lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of the text.</source>
        <translation>Если форум, семинар-практикум или другое собрание более низкого приоритета и собрание исследовательской комиссии, консультативной группы, Совета или РГС претендуют на один и тот же зал штаб-квартиры в одно и то же время, переносить следует собрание более низкого приоритета (о самом совпадении сообщает VENUE-ROOM-CLASH; это правило указывает, кто уступает). Для строгого прочтения текста исключите rapporteur-group из high_kinds.</translation>
    </message>
    <message>
        <source>The same chair on two meetings at the same time (by time of day when both have times). Chairs are matched by name without Mr/Ms, case and extra spaces; names written differently (&quot;Mr Roberto Mitsuake Hirayama&quot; and &quot;Mr Roberto Hirayama&quot;) are different people to the planner until people get ids of their own.</source>
        <translation>Один и тот же председатель на двух собраниях в одно и то же время (по времени суток, если оно указано у обоих). Председатели сопоставляются по имени без Mr/Ms, без учета регистра и лишних пробелов; по-разному написанные имена («Mr Roberto Mitsuake Hirayama» и «Mr Roberto Hirayama») для планировщика – разные люди, пока у людей не появятся собственные идентификаторы.</translation>
    </message>
    <message>
        <source>A meeting expecting more participants than its room seats (times 1 + margin). Rooms of unknown capacity and meetings without an expected attendance are skipped.</source>
        <translation>Собрание, ожидающее больше участников, чем мест в его зале (умноженных на 1 + margin). Залы неизвестной вместимости и собрания без ожидаемого числа участников пропускаются.</translation>
    </message>
    <message>
        <source>An in-person or hybrid meeting sitting on a public holiday of its host country (and region, such as the canton of Geneva with Jeûne genevois). Weekends are the host country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep closure days of their own.</source>
        <translation>Очное или гибридное собрание, заседающее в официальный праздничный день принимающей страны (и ее региона, например кантона Женева с Jeûne genevois). Выходные дни – те, что приняты в принимающей стране (пятница–суббота в Катаре). Только для сведения: у МСЭ и ООН в Женеве есть собственные нерабочие дни.</translation>
    </message>
    <message>
        <source>In each study period (from the calendar's WTDCs: the years after one WTDC up to and including the next one's), every ITU-D study group that meets at all in the period meets at least min_per_year times in each of its years (a meeting counts for its start year). A group with no meeting in a period is not reported: it may not exist then. With prefer_second_half, a year whose only meeting opens before 1 July is noted as information.</source>
        <translation>В каждом исследовательском периоде (по ВКРЭ календаря: годы после одной ВКРЭ до года следующей включительно) каждая исследовательская комиссия МСЭ-D, собирающаяся в этом периоде, собирается не менее min_per_year раз в каждом из его лет (собрание учитывается в году начала). О комиссии без собраний в периоде не сообщается: в это время ее может не существовать. При prefer_second_half год, единственное собрание которого открывается до 1 июля, отмечается для сведения.</translation>
    </message>
    <message>
        <source>Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at the same time: by time of day when both have times, else by day. Groups of different study groups may meet in parallel; sessions of one group never clash with each other.</source>
        <translation>Две Группы Докладчика МСЭ-D, подчиненные одной исследовательской комиссии (своей головной), собираются в одно и то же время: по времени суток, если у обоих собраний указано время, иначе по дням. Группы разных исследовательских комиссий могут собираться параллельно; заседания одной группы никогда не совпадают друг с другом.</translation>
    </message>
    <message>
        <source>A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either order, overlaps included. A study group ending on Thursday and TDAG opening on Friday (gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only TDAG meetings are skipped.</source>
        <translation>Собрание КГРЭ и собрание исследовательской комиссии МСЭ-D с интервалом не более min_gap_days дней в любом порядке, включая пересечения. Сообщается, если исследовательская комиссия заканчивается в четверг, а КГРЭ открывается в пятницу (интервал 1); если окончание в пятницу, а КГРЭ в понедельник (интервал 3), – нет. Собрания КГРЭ, известные лишь по месяцу, пропускаются.</translation>
    </message>
    <message>
        <source>For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) every regional preparatory meeting of the cycle ends before that TDAG (&quot;as soon as possible before the last meeting of TDAG&quot;); (3) no RPM overlaps another ITU-D meeting; (4) information when fewer than six regions held one (a region may decline). Cycles with no dated TDAG skip (1)-(2).</source>
        <translation>Для каждой ВКРЭ (ее цикл длится от закрытия предыдущей ВКРЭ до ее открытия): 1) последнее собрание КГРЭ цикла открывается за max_months – min_months месяцев до ВКРЭ; 2) каждое региональное подготовительное собрание цикла заканчивается до этого собрания КГРЭ («as soon as possible before the last meeting of TDAG»); 3) ни одно РПС не пересекается с другим собранием МСЭ-D; 4) для сведения сообщается, если РПС провели менее шести регионов (регион может отказаться). Для циклов без датированного собрания КГРЭ пункты 1) и 2) пропускаются.</translation>
    </message>
    <message>
        <source>Every year from the first to the last TDAG meeting on the calendar has at least one TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the year it opens in, so a meeting known only by its month or its year still counts. Years before the first and after the last TDAG meeting on the calendar are not judged: they are not planned yet. A year without TDAG is one warning about that year.</source>
        <translation>В каждом году от первого до последнего собрания КГРЭ в календаре проводится хотя бы одно собрание КГРЭ (собрание консультативной группы, органом которого является TDAG). Собрание учитывается в году открытия, поэтому учитывается и собрание, известное лишь по месяцу или году. Годы до первого и после последнего собрания КГРЭ в календаре не оцениваются: они еще не спланированы. Год без КГРЭ дает одно предупреждение об этом годе.</translation>
    </message>
    <message>
        <source>In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and TDAG) meet, their meetings, in order of opening, follow one another: each opens within max_gap_days (7) of the close of the one before, so that delegates can attend them in one stay. Two meetings of the same group in a row are not compared. Information only: the text asks for this whenever possible. Meetings known only by a month or a year are left out, since their order is not known.</source>
        <translation>В году, когда собираются две или более консультативные группы трех Секторов (КГР, КГСЭ и КГРЭ), их собрания в порядке открытия следуют одно за другим: каждое открывается в течение max_gap_days дней (7) после закрытия предыдущего, чтобы делегаты могли посетить их за одну поездку. Два собрания одной группы подряд не сравниваются. Только для сведения: текст требует этого по возможности. Собрания, известные лишь по месяцу или году, не рассматриваются, так как их порядок неизвестен.</translation>
    </message>
    <message>
        <source>Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year between two WTDCs: from the year after a WTDC to the year before the next one (after the last WTDC on the calendar, the years that follow it), and no later than the last year in which that group has a meeting on the calendar, since later years are not planned yet. A meeting counts for the year it opens in. A group with no meeting at all between two WTDCs is not reported (its Question may not exist then), nor is a meeting that names no group. One warning per group and year, naming that year's meetings.</source>
        <translation>Каждая Группа Докладчика МСЭ-D собирается не менее min_per_year раз (дважды) в каждом году между двумя ВКРЭ: с года после ВКРЭ до года перед следующей (после последней ВКРЭ календаря – в последующие годы), но не позднее последнего года, в котором у группы есть собрание в календаре, поскольку более поздние годы еще не спланированы. Собрание учитывается в году открытия. О группе без собраний между двумя ВКРЭ не сообщается (ее Вопроса тогда может не существовать), как и о собрании без указания группы. Одно предупреждение на группу и год с перечнем собраний этого года.</translation>
    </message>
    <message>
        <source>The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 calendar days) before the WTDC opens, so that its approved reports and draft Recommendations can reach administrations in time: closing exactly 35 days before is enough, 34 is not. A planner may raise the number to allow for translation and dispatch. The meetings looked at are those opening after the previous WTDC opened and before this one opens. A meeting known only by a month or a quarter that could fall either side of the limit is noted as information; a WTDC known only by its year is not judged.</source>
        <translation>Последнее собрание каждой исследовательской комиссии МСЭ-D перед ВКРЭ закрывается не менее чем за min_days дней (35 календарных дней) до открытия ВКРЭ, чтобы ее утвержденные отчеты и проекты Рекомендаций своевременно дошли до администраций: закрытия ровно за 35 дней достаточно, за 34 – нет. Планировщик может увеличить это число с учетом перевода и рассылки. Рассматриваются собрания, открывающиеся после открытия предыдущей ВКРЭ и до открытия данной. Собрание, известное лишь по месяцу или кварталу и способное оказаться по любую сторону границы, отмечается для сведения; ВКРЭ, известная лишь по году, не оценивается.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting in person or hybrid in a city other than Geneva is noted, as information: these groups normally meet at ITU headquarters, and a meeting elsewhere is usually an invitation a planner has accepted on purpose. Virtual meetings and meetings with no city yet are not noted.</source>
        <translation>Для сведения отмечается очное или гибридное собрание исследовательской комиссии, рабочей группы или Группы Докладчика МСЭ-D в городе, отличном от Женевы: эти группы обычно собираются в штаб-квартире МСЭ, а собрание в другом месте – это, как правило, приглашение, намеренно принятое планировщиком. Виртуальные собрания и собрания, город которых еще не указан, не отмечаются.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting that was to be held elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is reminded to propose it in Geneva on the dates first planned. This is the one rule that reads cancelled meetings. Virtual meetings and meetings with no city are left out.</source>
        <translation>Собрание исследовательской комиссии, рабочей группы или Группы Докладчика МСЭ-D, которое должно было состояться не в Женеве по чьему-либо приглашению и теперь отменено: планировщику напоминают предложить провести его в Женеве в первоначально запланированные даты. Это единственное правило, которое читает отмененные собрания. Виртуальные собрания и собрания без города не рассматриваются.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A Plenipotentiary Conference every four years</source>
        <translation>Полномочная конференция раз в четыре года</translation>
    </message>
    <message>
        <source>A world radiocommunication conference every three to four years</source>
        <translation>Всемирная конференция радиосвязи раз в три-четыре года</translation>
    </message>
    <message>
        <source>RA and WRC associated in place and time</source>
        <translation>АР и ВКР связаны по месту и времени проведения</translation>
    </message>
    <message>
        <source>A world telecommunication standardization assembly every four years</source>
        <translation>Всемирная ассамблея по стандартизации электросвязи раз в четыре года</translation>
    </message>
    <message>
        <source>Exactly one WTDC between two Plenipotentiary Conferences</source>
        <translation>Одна ВКРЭ между двумя Полномочными конференциями</translation>
    </message>
    <message>
        <source>One ordinary Council session a year, at the seat of the Union</source>
        <translation>Одна очередная сессия Совета в год в месте пребывания Союза</translation>
    </message>
    <message>
        <source>The ordinary Council session within or around June-July</source>
        <translation>Очередная сессия Совета в июне–июле или около этого периода</translation>
    </message>
    <message>
        <source>The next three ordinary Council sessions are on the calendar</source>
        <translation>Три следующие очередные сессии Совета внесены в календарь</translation>
    </message>
    <message>
        <source>No CWG meeting during a major conference or a Sector advisory group</source>
        <translation>Никаких собраний РГС во время крупной конференции или собрания консультативной группы Сектора</translation>
    </message>
    <message>
        <source>Avoid major religious periods</source>
        <translation>Избегать крупных религиозных периодов</translation>
    </message>
    <message>
        <source>Conferences and assemblies in the last quarter of the year</source>
        <translation>Конференции и ассамблеи в последнем квартале года</translation>
    </message>
    <message>
        <source>Not two conferences or assemblies in one year</source>
        <translation>Не более одной конференции или ассамблеи в год</translation>
    </message>
    <message>
        <source>Other conferences, assemblies and forums in a PP year</source>
        <translation>Другие конференции, ассамблеи и форумы в год ПК</translation>
    </message>
    <message>
        <source>A Plenipotentiary Conference lasts at most three weeks</source>
        <translation>Полномочная конференция продолжается не более трех недель</translation>
    </message>
    <message>
        <source>Sufficient time between conferences</source>
        <translation>Достаточный интервал между конференциями</translation>
    </message>
    <message>
        <source>Inside the period decided for the meeting</source>
        <translation>В пределах периода, установленного для собрания</translation>
    </message>
    <message>
        <source>No clash with other major ICT events</source>
        <translation>Никаких совпадений с другими крупными мероприятиями в области ИКТ</translation>
    </message>
    <message>
        <source>Forums yield to core activities</source>
        <translation>Форумы уступают основной деятельности</translation>
    </message>
    <message>
        <source>One room, one meeting at a time</source>
        <translation>Один зал – одно собрание одновременно</translation>
    </message>
    <message>
        <source>Core groups first at headquarters</source>
        <translation>Приоритет основных групп в штаб-квартире</translation>
    </message>
    <message>
        <source>One chair, two meetings at once</source>
        <translation>Один председатель на двух одновременных собраниях</translation>
    </message>
    <message>
        <source>The room holds the expected participants</source>
        <translation>Зал вмещает ожидаемое число участников</translation>
    </message>
    <message>
        <source>A sitting day that is a public holiday at the venue</source>
        <translation>День заседаний, который является праздничным днем в месте проведения</translation>
    </message>
    <message>
        <source>Each ITU-D study group meets every year</source>
        <translation>Каждая исследовательская комиссия МСЭ-D собирается ежегодно</translation>
    </message>
    <message>
        <source>One study group's rapporteur groups never in parallel</source>
        <translation>Группы Докладчика одной исследовательской комиссии никогда не собираются параллельно</translation>
    </message>
    <message>
        <source>TDAG not in conjunction with study group meetings</source>
        <translation>КГРЭ не собирается одновременно с исследовательскими комиссиями</translation>
    </message>
    <message>
        <source>Regional preparatory meetings, then the last TDAG, then the WTDC</source>
        <translation>Региональные подготовительные собрания, затем последнее собрание КГРЭ, затем ВКРЭ</translation>
    </message>
    <message>
        <source>TDAG meets every year</source>
        <translation>КГРЭ собирается ежегодно</translation>
    </message>
    <message>
        <source>The three Sectors' advisory groups one after another</source>
        <translation>Консультативные группы трех Секторов одна за другой</translation>
    </message>
    <message>
        <source>Rapporteur groups meet twice a year</source>
        <translation>Группы Докладчика собираются два раза в год</translation>
    </message>
    <message>
        <source>Study groups meet early enough before a WTDC</source>
        <translation>Исследовательские комиссии собираются заблаговременно до ВКРЭ</translation>
    </message>
    <message>
        <source>ITU-D study groups and their groups at headquarters</source>
        <translation>Исследовательские комиссии МСЭ-D и их группы в штаб-квартире</translation>
    </message>
    <message>
        <source>A cancelled invitation moves to Geneva</source>
        <translation>Отмененное приглашение: собрание переносится в Женеву</translation>
    </message>
</context>
</TS>
