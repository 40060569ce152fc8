<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>Geneva holiday</source>
        <translation>Día feriado en Ginebra</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{meeting} and {other} are {years} apart, not {wanted}</source>
        <translation>{meeting} y {other} están separadas por {years}, no por {wanted}</translation>
    </message>
    <message>
        <source>{meeting} and {other} are {years} apart (normally {low} to {high})</source>
        <translation>{meeting} y {other} están separadas por {years} (normalmente de {low} a {high})</translation>
    </message>
    <message>
        <source>{known}: some placements leave them more than {days} apart</source>
        <translation>{known}: algunas fechas posibles las separan más de {days}</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>AR</translation>
    </message>
    <message>
        <source>WRC</source>
        <translation>CMR</translation>
    </message>
    <message>
        <source>{meeting} in {city} and {other} in {other_city} are not in the same place</source>
        <translation>{meeting} en {city} y {other} en {other_city} no se celebran en el mismo lugar</translation>
    </message>
    <message>
        <source>{what}; at most {limit} allowed</source>
        <translation>{what}; se admite un máximo de {limit}</translation>
    </message>
    <message>
        <source>{meeting} has no {kind} associated with it in place and time (at most {days} apart)</source>
        <translation>{meeting} no tiene ninguna {kind} asociada en lugar y fecha (como máximo {days} de separación)</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>un lugar no indicado</translation>
    </message>
    <message>
        <source> in {city}</source>
        <translation> en {city}</translation>
    </message>
    <message>
        <source>{meeting} and {other}{where} are at least {days} apart wherever they are held in their periods</source>
        <translation>{meeting} y {other}{where} están separadas por al menos {days}, dondequiera que se celebren dentro de sus periodos</translation>
    </message>
    <message>
        <source>{code} closes {days} before {other_code} opens{where}</source>
        <translation>{code} termina {days} antes de que se inaugure {other_code}{where}</translation>
    </message>
    <message>
        <source>{code} opens {days} after {other_code} closes{where}</source>
        <translation>{code} se inaugura {days} después de que termine {other_code}{where}</translation>
    </message>
    <message>
        <source>{n} cycle year</source>
        <translation>one:{n} año de ciclo|many:{n} de años de ciclo|other:{n} años de ciclo</translation>
    </message>
    <message>
        <source>{n} cycle years</source>
        <translation>one:{n} año de ciclo|many:{n} de años de ciclo|other:{n} años de ciclo</translation>
    </message>
    <message>
        <source>{count} WTDCs after {meeting}: {listed}</source>
        <translation>{count} CMDT después de {meeting}: {listed}</translation>
    </message>
    <message>
        <source>{known}: some placements put more than one WTDC after {code}</source>
        <translation>{known}: algunas fechas posibles sitúan más de una CMDT después de {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{count} WTDCs between {meeting} and {other} ({listed}); there shall be one</source>
        <translation>{count} CMDT entre {meeting} y {other} ({listed}); debe haber una</translation>
    </message>
    <message>
        <source>{known}: some placements leave more than one WTDC between {code} and {other_code}</source>
        <translation>{known}: algunas fechas posibles dejan más de una CMDT entre {code} y {other_code}</translation>
    </message>
    <message>
        <source>{known}: some placements leave no WTDC between {code} and {other_code}</source>
        <translation>{known}: algunas fechas posibles no dejan ninguna CMDT entre {code} y {other_code}</translation>
    </message>
    <message>
        <source>No ordinary Council session in {year}</source>
        <translation>Ninguna reunión ordinaria del Consejo en {year}</translation>
    </message>
    <message>
        <source>{count} ordinary Council sessions in {year}: {listed}</source>
        <translation>{count} reuniones ordinarias del Consejo en {year}: {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in {city}, not at the seat of the Union ({seat})</source>
        <translation>{meeting} se celebra en {city}, no en la sede de la Unión ({seat})</translation>
    </message>
    <message>
        <source>{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} days' tolerance)</source>
        <translation>{meeting} está fuera de junio-julio de {year} (periodo admitido: {accepted}, con una tolerancia de {tolerance} días)</translation>
    </message>
    <message>
        <source>No ordinary Council session scheduled for {year} (as of {day}, the next three after {base} should be)</source>
        <translation>No hay ninguna reunión ordinaria del Consejo programada para {year} (al {day}, deberían estarlo las tres siguientes a {base})</translation>
    </message>
    <message>
        <source>{meeting} meets during {other}{hours}</source>
        <translation>{meeting} se reúne durante {other}{hours}</translation>
    </message>
    <message>
        <source>{hours} {place} time</source>
        <translation>{hours}, hora de {place}</translation>
    </message>
    <message>
        <source>: {hours}, {other_hours}</source>
        <translation>: {hours}, {other_hours}</translation>
    </message>
    <message>
        <source>{code} is known only as {period}</source>
        <translation>{code} solo se conoce por su periodo, {period}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{known}: {unsure}</source>
        <translation>{known}: {unsure}</translation>
    </message>
    <message>
        <source>some placements in it fall outside {window}</source>
        <translation>algunas fechas posibles dentro de ese periodo quedan fuera de {window}</translation>
    </message>
    <message>
        <source>{meeting} sits during {observances}</source>
        <translation>{meeting} se celebra durante {observances}</translation>
    </message>
    <message>
        <source>{observance} ({dates}, estimated)</source>
        <translation>{observance} ({dates}, fecha estimada)</translation>
    </message>
    <message>
        <source>{observance} ({dates})</source>
        <translation>{observance} ({dates})</translation>
    </message>
    <message>
        <source>{meeting} is not within October-December {year}</source>
        <translation>{meeting} no se celebra entre octubre y diciembre de {year}</translation>
    </message>
    <message>
        <source>October-December {year}</source>
        <translation>octubre-diciembre de {year}</translation>
    </message>
    <message>
        <source>{code} and {other_code} counting as one</source>
        <translation>{code} y {other_code}, que cuentan como una sola</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year} ({note}): {listed}</source>
        <translation>{count} conferencias o asambleas en {year} ({note}): {listed}</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year}: {listed}</source>
        <translation>{count} conferencias o asambleas en {year}: {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in the same year as {other}</source>
        <translation>{meeting} se celebra el mismo año que {other}</translation>
    </message>
    <message>
        <source>{meeting} lasts {days} (limit {limit})</source>
        <translation>{meeting} dura {days} (límite: {limit})</translation>
    </message>
    <message>
        <source>{what} (at least {limit} days wanted)</source>
        <translation>{what} (se desean al menos {limit} días)</translation>
    </message>
    <message>
        <source>some placements leave less than {days} between {code} and {other_code}</source>
        <translation>algunas fechas posibles dejan menos de {days} entre {code} y {other_code}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}</source>
        <translation>{meeting} se solapa con {other}</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other}</source>
        <translation>{meeting} se inaugura {days} después de {other}</translation>
    </message>
    <message>
        <source>{meeting} and {other} overlap wherever they are held in their periods</source>
        <translation>{meeting} y {other} se solapan, dondequiera que se celebren dentro de sus periodos</translation>
    </message>
    <message>
        <source>{meeting} and {other} are at most {days} apart wherever they are held in their periods</source>
        <translation>{meeting} y {other} están separadas por {days} como máximo, dondequiera que se celebren dentro de sus periodos</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it by {source} ({period})</source>
        <translation>{meeting} está fuera del periodo fijado para ella por {source} ({period})</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it ({period})</source>
        <translation>{meeting} está fuera del periodo fijado para ella ({period})</translation>
    </message>
    <message>
        <source>the period decided for it ({period})</source>
        <translation>el periodo fijado para ella ({period})</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}</source>
        <translation>{meeting} coincide con {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}; forums and similar events are scheduled around conferences, assemblies and Council sessions</source>
        <translation>{meeting} coincide con {other}{hours}; los foros y eventos similares se programan en función de las conferencias, asambleas y reuniones del Consejo</translation>
    </message>
    <message>
        <source>{meeting} and {other} are both booked in {room} ({venue}){hours}</source>
        <translation>{meeting} y {other} están reservadas en la sala {room} ({venue}){hours}</translation>
    </message>
    <message>
        <source>{meeting} should yield {room} at {venue} to {other}, which has scheduling priority at headquarters{hours}</source>
        <translation>{meeting} debería ceder la sala {room} ({venue}) a {other}, que tiene prioridad de programación en la sede{hours}</translation>
    </message>
    <message>
        <source>{chair} chairs both {meeting} and {other}{hours}</source>
        <translation>{chair} preside a la vez {meeting} y {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} expects {participants} participants; {room} ({venue}) seats {seats}</source>
        <translation>{meeting} espera {participants} participantes; la sala {room} ({venue}) tiene {seats} plazas</translation>
    </message>
    <message>
        <source>{meeting} sits on a public holiday in {place}: {listed}</source>
        <translation>{meeting} se celebra en un día feriado en {place}: {listed}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>one:{n} día|many:{n} de días|other:{n} días</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>one:{n} día|many:{n} de días|other:{n} días</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>dispensa</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>dispensa: {reason}</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>one:{n} año|many:{n} de años|other:{n} años</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>one:{n} año|many:{n} de años|other:{n} años</translation>
    </message>
    <message>
        <source>{group} has {count} meeting(s) in {year}, study period {first}-{last} after {code} (at least {wanted} a year)</source>
        <translation>{group} celebra {count} reunión(es) en {year}, periodo de estudios {first}-{last} después de {code} (al menos {wanted} al año)</translation>
    </message>
    <message>
        <source>{meeting} is {group}'s only meeting in {year} and opens before July (the second half of the year is preferred)</source>
        <translation>{meeting} es la única reunión de {group} en {year} y se inaugura antes de julio (se prefiere el segundo semestre)</translation>
    </message>
    <message>
        <source>{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}</source>
        <translation>{meeting} y {other} son Grupos de Relator de {group} que se reúnen en paralelo{hours}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}; more than {wanted} apart wanted</source>
        <translation>{meeting} se solapa con {other}; se desea una separación de más de {wanted}</translation>
    </message>
    <message>
        <source>{meeting} is {days} from {other}; more than {wanted} apart wanted</source>
        <translation>{meeting} está a {days} de {other}; se desea una separación de más de {wanted}</translation>
    </message>
    <message>
        <source>No regional preparatory meeting before {meeting} for {regions}</source>
        <translation>Ninguna reunión preparatoria regional antes de {meeting} para {regions}</translation>
    </message>
    <message>
        <source>{meeting}, the last TDAG before {other}, should open between {dates} ({low} to {high} months before)</source>
        <translation>{meeting}, última reunión del GADT antes de {other}, debería inaugurarse entre las fechas {dates} ({low} a {high} meses antes)</translation>
    </message>
    <message>
        <source>{meeting} does not end before {other}</source>
        <translation>{meeting} no termina antes de {other}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}{hours}</source>
        <translation>{meeting} se solapa con {other}{hours}</translation>
    </message>
    <message>
        <source>No {group} meeting in {year}, between {meeting} and {other}; {group} meets at least once a year</source>
        <translation>Ninguna reunión del {group} en {year}, entre {meeting} y {other}; el {group} se reúne al menos una vez al año</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other} closes; the advisory groups of the three Sectors preferably meet one after another (within {limit})</source>
        <translation>{meeting} se inaugura {days} después de que termine {other}; los grupos asesores de los tres Sectores se reúnen preferentemente uno tras otro (en un plazo de {limit})</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>one:{n} vez|many:{n} de veces|other:{n} veces</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>one:{n} vez|many:{n} de veces|other:{n} veces</translation>
    </message>
    <message>
        <source>between {code} and {other_code}</source>
        <translation>entre {code} y {other_code}</translation>
    </message>
    <message>
        <source>after {code}</source>
        <translation>después de {code}</translation>
    </message>
    <message>
        <source>{group} meets {times} in {year}: {listed} (at least {wanted} a year {period})</source>
        <translation>{group} se reúne {times} en {year}: {listed} (al menos {wanted} al año {period})</translation>
    </message>
    <message>
        <source>{group} has no meeting in {year} (at least {wanted} a year {period})</source>
        <translation>{group} no celebra ninguna reunión en {year} (al menos {wanted} al año {period})</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, última reunión de {group} antes de {other}, termina {days} antes de su inauguración; debería terminar a más tardar el {day} ({limit} antes), para que sus informes lleguen a tiempo a las administraciones</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, does not close before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, última reunión de {group} antes de {other}, no termina antes de su inauguración; debería terminar a más tardar el {day} ({limit} antes), para que sus informes lleguen a tiempo a las administraciones</translation>
    </message>
    <message>
        <source>some placements leave less than {days} from the close of {code} to the opening of {other_code}</source>
        <translation>algunas fechas posibles dejan menos de {days} entre la clausura de {code} y la inauguración de {other_code}</translation>
    </message>
    <message>
        <source>{meeting} meets in {city}; ITU-D study groups and their groups normally meet at ITU headquarters in {seat}</source>
        <translation>{meeting} se reúne en {city}; las comisiones de estudio del UIT-D y sus grupos se reúnen normalmente en la sede de la UIT en {seat}</translation>
    </message>
    <message>
        <source>{meeting} in {city} is cancelled: propose it in {seat} on the dates first planned ({dates})</source>
        <translation>{meeting} en {city} se ha cancelado: proponga celebrarla en {seat} en las fechas previstas inicialmente ({dates})</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>one:{n} error|many:{n} de errores|other:{n} errores</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>one:{n} error|many:{n} de errores|other:{n} errores</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>one:{n} advertencia|many:{n} de advertencias|other:{n} advertencias</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>one:{n} advertencia|many:{n} de advertencias|other:{n} advertencias</translation>
    </message>
    <message>
        <source>{n} information</source>
        <translation>one:{n} aviso informativo|many:{n} de avisos informativos|other:{n} avisos informativos</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>ninguna constatación</translation>
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
        <translation>Clasificación a partir de todas las fechas de inicio posibles ({starts}): {checked} verificadas por completo con todas las reglas, las demás descartadas solo por las reglas relativas a fechas y salas.</translation>
    </message>
    <message>
        <source>Ranked from {checked} of {count} starts checked in full by every rule; the others by the rules about dates and rooms alone, so a better date may exist.</source>
        <translation>Clasificación a partir de {checked} de las {count} fechas de inicio verificadas por completo con todas las reglas; las demás, solo con las reglas relativas a fechas y salas, por lo que puede existir una fecha mejor.</translation>
    </message>
    <message>
        <source>No {days}-day dates within {period} are free of warnings for {code}.</source>
        <translation>Ninguna fecha de {days} días dentro de {period} está libre de advertencias para {code}.</translation>
    </message>
    <message>
        <source>What closes them:</source>
        <translation>Qué las excluye:</translation>
    </message>
    <message>
        <source>• {cause} closes {days} ({rule}; {severity})</source>
        <translation>• {cause} excluye {days} ({rule}; {severity})</translation>
    </message>
    <message>
        <source>• {message} ({rule}; {severity})</source>
        <translation>• {message} ({rule}; {severity})</translation>
    </message>
    <message>
        <source>Not one day of the period is free.</source>
        <translation>Ningún día del periodo está libre.</translation>
    </message>
    <message>
        <source>The longest free stretch is {dates} ({days}); {code} needs {needed}.</source>
        <translation>El periodo libre más largo es {dates} ({days}); {code} necesita {needed}.</translation>
    </message>
    <message>
        <source>Try a longer or another period, fewer days, or another venue.</source>
        <translation>Pruebe un periodo más largo u otro, menos días u otro lugar.</translation>
    </message>
    <message>
        <source>Open: {links}</source>
        <translation>Abrir: {links}</translation>
    </message>
    <message>
        <source> (default {value})</source>
        <translation> (por defecto {value})</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Dispensa concedida: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A Plenipotentiary Conference every four years</source>
        <translation>Una Conferencia de Plenipotenciarios cada cuatro años</translation>
    </message>
    <message>
        <source>A world radiocommunication conference every three to four years</source>
        <translation>Una conferencia mundial de radiocomunicaciones cada tres o cuatro años</translation>
    </message>
    <message>
        <source>RA and WRC associated in place and time</source>
        <translation>AR y CMR asociadas en lugar y fecha</translation>
    </message>
    <message>
        <source>A world telecommunication standardization assembly every four years</source>
        <translation>Una asamblea mundial de normalización de las telecomunicaciones cada cuatro años</translation>
    </message>
    <message>
        <source>Exactly one WTDC between two Plenipotentiary Conferences</source>
        <translation>Una sola CMDT entre dos Conferencias de Plenipotenciarios</translation>
    </message>
    <message>
        <source>One ordinary Council session a year, at the seat of the Union</source>
        <translation>Una reunión ordinaria del Consejo al año, en la sede de la Unión</translation>
    </message>
    <message>
        <source>The ordinary Council session within or around June-July</source>
        <translation>La reunión ordinaria del Consejo en junio-julio o en fechas próximas</translation>
    </message>
    <message>
        <source>The next three ordinary Council sessions are on the calendar</source>
        <translation>Las tres próximas reuniones ordinarias del Consejo figuran en el calendario</translation>
    </message>
    <message>
        <source>No CWG meeting during a major conference or a Sector advisory group</source>
        <translation>Ninguna reunión de GTC durante una gran conferencia o un grupo asesor de Sector</translation>
    </message>
    <message>
        <source>Avoid major religious periods</source>
        <translation>Evitar los principales periodos religiosos</translation>
    </message>
    <message>
        <source>Conferences and assemblies in the last quarter of the year</source>
        <translation>Conferencias y asambleas en el último trimestre del año</translation>
    </message>
    <message>
        <source>Not two conferences or assemblies in one year</source>
        <translation>No dos conferencias o asambleas en un mismo año</translation>
    </message>
    <message>
        <source>Other conferences, assemblies and forums in a PP year</source>
        <translation>Otras conferencias, asambleas y foros en el año de una PP</translation>
    </message>
    <message>
        <source>A Plenipotentiary Conference lasts at most three weeks</source>
        <translation>Una Conferencia de Plenipotenciarios dura como máximo tres semanas</translation>
    </message>
    <message>
        <source>Sufficient time between conferences</source>
        <translation>Tiempo suficiente entre conferencias</translation>
    </message>
    <message>
        <source>Inside the period decided for the meeting</source>
        <translation>Dentro del periodo fijado para la reunión</translation>
    </message>
    <message>
        <source>No clash with other major ICT events</source>
        <translation>Ninguna coincidencia con otros grandes eventos de TIC</translation>
    </message>
    <message>
        <source>Forums yield to core activities</source>
        <translation>Los foros ceden el paso a las actividades principales</translation>
    </message>
    <message>
        <source>One room, one meeting at a time</source>
        <translation>Una sala, una reunión a la vez</translation>
    </message>
    <message>
        <source>Core groups first at headquarters</source>
        <translation>Prioridad para los grupos principales en la sede</translation>
    </message>
    <message>
        <source>One chair, two meetings at once</source>
        <translation>Un presidente, dos reuniones simultáneas</translation>
    </message>
    <message>
        <source>The room holds the expected participants</source>
        <translation>La sala tiene cabida para los participantes previstos</translation>
    </message>
    <message>
        <source>A sitting day that is a public holiday at the venue</source>
        <translation>Un día de sesión que es feriado en el lugar de la reunión</translation>
    </message>
    <message>
        <source>Each ITU-D study group meets every year</source>
        <translation>Cada comisión de estudio del UIT-D se reúne todos los años</translation>
    </message>
    <message>
        <source>One study group's rapporteur groups never in parallel</source>
        <translation>Los Grupos de Relator de una misma comisión de estudio nunca en paralelo</translation>
    </message>
    <message>
        <source>TDAG not in conjunction with study group meetings</source>
        <translation>El GADT no se reúne conjuntamente con las comisiones de estudio</translation>
    </message>
    <message>
        <source>Regional preparatory meetings, then the last TDAG, then the WTDC</source>
        <translation>Reuniones preparatorias regionales, luego el último GADT, luego la CMDT</translation>
    </message>
    <message>
        <source>TDAG meets every year</source>
        <translation>El GADT se reúne todos los años</translation>
    </message>
    <message>
        <source>The three Sectors' advisory groups one after another</source>
        <translation>Los grupos asesores de los tres Sectores uno tras otro</translation>
    </message>
    <message>
        <source>Rapporteur groups meet twice a year</source>
        <translation>Los Grupos de Relator se reúnen dos veces al año</translation>
    </message>
    <message>
        <source>Study groups meet early enough before a WTDC</source>
        <translation>Las comisiones de estudio se reúnen con antelación suficiente a una CMDT</translation>
    </message>
    <message>
        <source>ITU-D study groups and their groups at headquarters</source>
        <translation>Las comisiones de estudio del UIT-D y sus grupos en la sede</translation>
    </message>
    <message>
        <source>A cancelled invitation moves to Geneva</source>
        <translation>Una invitación cancelada: la reunión se traslada a Ginebra</translation>
    </message>
</context>
</TS>
