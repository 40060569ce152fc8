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
