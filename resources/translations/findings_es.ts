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
    <message>
        <source>{n} error(s)</source>
        <translation>one:{n} error|other:{n} errores</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>one:{n} advertencia|other:{n} advertencias</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} informativas</translation>
    </message>
    <message>
        <source>{n} waived</source>
        <translation>{n} con dispensa</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <source>parameters: {list}</source>
        <translation>parámetros: {list}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>years from one PP to the next</source>
        <translation>años de una PP a la siguiente</translation>
    </message>
    <message>
        <source>fewest years from one WRC to the next</source>
        <translation>mínimo de años de una CMR a la siguiente</translation>
    </message>
    <message>
        <source>most years from one WRC to the next</source>
        <translation>máximo de años de una CMR a la siguiente</translation>
    </message>
    <message>
        <source>check RAs as a series of their own too</source>
        <translation>verificar también las AR como serie propia</translation>
    </message>
    <message>
        <source>days an RA may close before its WRC opens</source>
        <translation>días que pueden mediar entre la clausura de una AR y la apertura de su CMR</translation>
    </message>
    <message>
        <source>years from one WTSA to the next</source>
        <translation>años de una AMNT a la siguiente</translation>
    </message>
    <message>
        <source>count a postponed WTSA in its nominal year</source>
        <translation>contar una AMNT aplazada en su año nominal</translation>
    </message>
    <message>
        <source>the seat of the Union</source>
        <translation>la sede de la Unión</translation>
    </message>
    <message>
        <source>[first, last] years to check (null: first to last year with a Council meeting)</source>
        <translation>[primer, último] años que se verifican (null: del primer al último año con una reunión del Consejo)</translation>
    </message>
    <message>
        <source>days either side of June-July accepted</source>
        <translation>días aceptados antes y después de junio-julio</translation>
    </message>
    <message>
        <source>sessions ahead to be scheduled</source>
        <translation>reuniones futuras que deben programarse</translation>
    </message>
    <message>
        <source>the date to count from (null: today)</source>
        <translation>la fecha de referencia (null: hoy)</translation>
    </message>
    <message>
        <source>the conferences and assemblies</source>
        <translation>las conferencias y asambleas</translation>
    </message>
    <message>
        <source>the Sector advisory groups</source>
        <translation>los grupos asesores de los Sectores</translation>
    </message>
    <message>
        <source>check expert-group meetings too</source>
        <translation>verificar también las reuniones de grupos de expertos</translation>
    </message>
    <message>
        <source>advisory kinds</source>
        <translation>tipos de grupos asesores</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>fecha de referencia</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>órganos</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>conference kinds</source>
        <translation>tipos de conferencias</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>tipos de actividades principales</translation>
    </message>
    <message>
        <source>external kinds</source>
        <translation>tipos externos</translation>
    </message>
    <message>
        <source>high kinds</source>
        <translation>tipos prioritarios</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <source>hq cities</source>
        <translation>ciudades de la sede</translation>
    </message>
    <message>
        <source>hq venues</source>
        <translation>lugares de la sede</translation>
    </message>
    <message>
        <source>include eve</source>
        <translation>incluir la víspera</translation>
    </message>
    <message>
        <source>include expert groups</source>
        <translation>incluir grupos de expertos</translation>
    </message>
    <message>
        <source>include ra</source>
        <translation>incluir las AR</translation>
    </message>
    <message>
        <source>include rapporteur groups</source>
        <translation>incluir Grupos de Relator</translation>
    </message>
    <message>
        <source>interval years</source>
        <translation>intervalo (años)</translation>
    </message>
    <message>
        <source>islamic uncertainty days</source>
        <translation>incertidumbre de las fechas islámicas (días)</translation>
    </message>
    <message>
        <source>itu d kinds</source>
        <translation>tipos del UIT-D</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>low kinds</source>
        <translation>tipos de menor prioridad</translation>
    </message>
    <message>
        <source>major min participants</source>
        <translation>participantes mínimos de un gran evento</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margen</translation>
    </message>
    <message>
        <source>match by</source>
        <translation>comparar por</translation>
    </message>
    <message>
        <source>max days</source>
        <translation>duración máxima (días)</translation>
    </message>
    <message>
        <source>max gap days</source>
        <translation>intervalo máximo (días)</translation>
    </message>
    <message>
        <source>max months</source>
        <translation>máximo de meses</translation>
    </message>
    <message>
        <source>max years</source>
        <translation>máximo de años</translation>
    </message>
    <message>
        <source>min days</source>
        <translation>mínimo de días</translation>
    </message>
    <message>
        <source>min gap days</source>
        <translation>intervalo mínimo (días)</translation>
    </message>
    <message>
        <source>min months</source>
        <translation>mínimo de meses</translation>
    </message>
    <message>
        <source>min per year</source>
        <translation>mínimo al año</translation>
    </message>
    <message>
        <source>min years</source>
        <translation>mínimo de años</translation>
    </message>
    <message>
        <source>observances</source>
        <translation>festividades</translation>
    </message>
    <message>
        <source>only major</source>
        <translation>solo grandes eventos</translation>
    </message>
    <message>
        <source>pair counts as one</source>
        <translation>el par cuenta como uno</translation>
    </message>
    <message>
        <source>prefer second half</source>
        <translation>preferir el segundo semestre</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <source>seat city</source>
        <translation>ciudad sede</translation>
    </message>
    <message>
        <source>sitting days only</source>
        <translation>solo días de sesión</translation>
    </message>
    <message>
        <source>subdivisions</source>
        <translation>subdivisiones</translation>
    </message>
    <message>
        <source>tdag body</source>
        <translation>órgano del GADT</translation>
    </message>
    <message>
        <source>tolerance days</source>
        <translation>tolerancia (días)</translation>
    </message>
    <message>
        <source>use nominal year</source>
        <translation>usar el año nominal</translation>
    </message>
    <message>
        <source>use times</source>
        <translation>usar las horas</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
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
        <translation>{where}: se necesita un valor</translation>
    </message>
    <message>
        <source>{where}: {wanted}, not {value}</source>
        <translation>{where}: {wanted}, no {value}</translation>
    </message>
    <message>
        <source>{where}: true or false</source>
        <translation>{where}: true o false</translation>
    </message>
    <message>
        <source>{where}: a non-empty text</source>
        <translation>{where}: un texto no vacío</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of texts, e.g. {example}</source>
        <translation>{where}: una lista de textos, p. ej. {example}</translation>
    </message>
    <message>
        <source>{where}: unknown {names} (known: {known})</source>
        <translation>{where}: {names} desconocido(s) (conocidos: {known})</translation>
    </message>
    <message>
        <source>{where}: a mapping like {example}</source>
        <translation>{where}: una correspondencia como {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: give [first year, last year], e.g. [2022, 2030]</source>
        <translation>{where}: indique [primer año, último año], p. ej. [2022, 2030]</translation>
    </message>
    <message>
        <source>{kind} or null</source>
        <translation>{kind} o null</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a text ({choices})</source>
        <translation>un texto ({choices})</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list of texts from a fixed set</source>
        <translation>una lista de textos de un conjunto fijo</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a mapping of countries to cities and regions</source>
        <translation>una correspondencia entre países, ciudades y regiones</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>[first year, last year]</source>
        <translation>[primer año, último año]</translation>
    </message>
    <message>
        <source>the kinds checked in every Sector</source>
        <translation>los tipos verificados en todos los Sectores</translation>
    </message>
    <message>
        <source>the ITU-D kinds checked</source>
        <translation>los tipos del UIT-D verificados</translation>
    </message>
    <message>
        <source>the body of TDAG's advisory-group meetings</source>
        <translation>el órgano de las reuniones del grupo asesor GADT</translation>
    </message>
    <message>
        <source>the religious periods avoided</source>
        <translation>los periodos religiosos que se evitan</translation>
    </message>
    <message>
        <source>ignore weekend days of a weekday meeting</source>
        <translation>no tener en cuenta los fines de semana de una reunión en días laborables</translation>
    </message>
    <message>
        <source>Jewish and Islamic days begin the evening before</source>
        <translation>los días judíos e islámicos comienzan la víspera por la tarde</translation>
    </message>
    <message>
        <source>days by which Islamic dates may differ by country</source>
        <translation>días en que las fechas islámicas pueden variar según el país</translation>
    </message>
    <message>
        <source>the kinds held to the last quarter</source>
        <translation>los tipos que deben celebrarse en el último trimestre</translation>
    </message>
    <message>
        <source>the kinds counted</source>
        <translation>los tipos que se cuentan</translation>
    </message>
    <message>
        <source>an associated RA and WRC count as one</source>
        <translation>una AR y una CMR asociadas cuentan como una</translation>
    </message>
    <message>
        <source>the kinds noted in a PP year</source>
        <translation>los tipos señalados en un año de PP</translation>
    </message>
    <message>
        <source>longest PP, first and last day included</source>
        <translation>duración máxima de una PP, incluidos el primer y el último día</translation>
    </message>
    <message>
        <source>the kinds kept apart</source>
        <translation>los tipos que deben separarse</translation>
    </message>
    <message>
        <source>days from one close to the next opening</source>
        <translation>días entre una clausura y la apertura siguiente</translation>
    </message>
    <message>
        <source>the ITU meetings checked</source>
        <translation>las reuniones de la UIT verificadas</translation>
    </message>
    <message>
        <source>the kinds that are outside events</source>
        <translation>los tipos que son eventos externos</translation>
    </message>
    <message>
        <source>count only outside events of major_min_participants</source>
        <translation>contar solo los eventos externos de al menos major_min_participants participantes</translation>
    </message>
    <message>
        <source>participants that make an outside event major</source>
        <translation>participantes a partir de los cuales un evento externo es grande</translation>
    </message>
    <message>
        <source>the kinds that are forums, symposia or exhibitions</source>
        <translation>los tipos que son foros, simposios o exposiciones</translation>
    </message>
    <message>
        <source>the conferences, assemblies and Council sessions</source>
        <translation>las conferencias, asambleas y reuniones del Consejo</translation>
    </message>
    <message>
        <source>venues that are ITU headquarters</source>
        <translation>los lugares que son la sede de la UIT</translation>
    </message>
    <message>
        <source>the kinds with priority</source>
        <translation>los tipos con prioridad</translation>
    </message>
    <message>
        <source>the kinds that yield</source>
        <translation>los tipos que ceden</translation>
    </message>
    <message>
        <source>how chairs are matched (by name until people have ids)</source>
        <translation>cómo se comparan los presidentes (por nombre hasta que las personas tengan identificadores)</translation>
    </message>
    <message>
        <source>share of seats by which a room may be overfilled</source>
        <translation>proporción de asientos en que puede excederse la capacidad de una sala</translation>
    </message>
    <message>
        <source>the region of a city, by country, where holidays differ by region</source>
        <translation>la región de una ciudad, por país, donde los feriados varían según la región</translation>
    </message>
    <message>
        <source>meetings of a group in a year</source>
        <translation>reuniones de un grupo en un año</translation>
    </message>
    <message>
        <source>note a year's only meeting before July</source>
        <translation>señalar la única reunión de un año si es anterior a julio</translation>
    </message>
    <message>
        <source>compare times of day when both meetings have them</source>
        <translation>comparar las horas cuando ambas reuniones las tienen</translation>
    </message>
    <message>
        <source>days between TDAG and a study group</source>
        <translation>días entre el GADT y una comisión de estudio</translation>
    </message>
    <message>
        <source>check rapporteur groups too</source>
        <translation>verificar también los Grupos de Relator</translation>
    </message>
    <message>
        <source>fewest months from the last TDAG to WTDC</source>
        <translation>mínimo de meses entre el último GADT y la CMDT</translation>
    </message>
    <message>
        <source>most months from the last TDAG to WTDC</source>
        <translation>máximo de meses entre el último GADT y la CMDT</translation>
    </message>
    <message>
        <source>the regions expected to hold an RPM</source>
        <translation>las regiones que deberían celebrar una RPR</translation>
    </message>
    <message>
        <source>the body whose meetings are counted</source>
        <translation>el órgano cuyas reuniones se cuentan</translation>
    </message>
    <message>
        <source>days from one advisory group's close to the next one's opening</source>
        <translation>días entre la clausura de un grupo asesor y la apertura del siguiente</translation>
    </message>
    <message>
        <source>the advisory groups of the three Sectors</source>
        <translation>los grupos asesores de los tres Sectores</translation>
    </message>
    <message>
        <source>days from a study group's last close to the WTDC's opening</source>
        <translation>días entre la última clausura de una comisión de estudio y la apertura de la CMDT</translation>
    </message>
    <message>
        <source>the ITU-D groups expected at headquarters</source>
        <translation>los grupos del UIT-D que se esperan en la sede</translation>
    </message>
    <message>
        <source>the names of the headquarters city</source>
        <translation>los nombres de la ciudad de la sede</translation>
    </message>
    <message>
        <source>the ITU-D groups whose cancelled invitations are noted</source>
        <translation>los grupos del UIT-D cuyas invitaciones canceladas se señalan</translation>
    </message>
</context>
<context>
    <name>Rationales</name>
    <message>
        <source>Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared, so a PP known only by its year counts; a skipped PP gives one finding for the long gap.</source>
        <translation>Dos Conferencias de Plenipotenciarios consecutivas deben estar separadas por cuatro años. Solo se comparan los años, por lo que cuenta una PP conocida únicamente por su año; una PP omitida da una sola constatación por el intervalo demasiado largo.</translation>
    </message>
    <message>
        <source>WRCs (and, if asked, RAs as a series of their own) &quot;normally&quot; every three to four years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a normally clause and silenced by a waiver.</source>
        <translation>Las CMR (y, si se pide, las AR como serie propia) se celebran «normally» cada tres o cuatro años, comparadas por año. De la WRC-07 a la WRC-12 hay cinco por número de año: una advertencia, aceptable para una cláusula «normally» y suprimida con una dispensa.</translation>
    </message>
    <message>
        <source>Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).</source>
        <translation>Cada CMR necesita una AR en la misma ciudad que se solape con ella, sea contigua o termine a lo sumo max_gap_days días antes de su apertura; cada AR necesita una CMR así (la RA-23 terminó el viernes 17 de noviembre de 2023 y la WRC-23 se inauguró el lunes 20 de noviembre: un intervalo de tres días).</translation>
    </message>
    <message>
        <source>Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set (WTSA-20 met in March 2022, postponed by the pandemic), else the start year.</source>
        <translation>Dos AMNT consecutivas separadas por cuatro años, por año del ciclo: el año nominal cuando se ha fijado (la WTSA-20 se reunió en marzo de 2022, aplazada por la pandemia); en otro caso, el año de inicio.</translation>
    </message>
    <message>
        <source>Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only more than one is reported. A WTDC known only by its year counts where its year settles it.</source>
        <translation>Entre dos PP consecutivas debe haber exactamente una CMDT, según las fechas (la WTDC-22 se reunió en junio de 2022, antes de la PP-22 en septiembre: pertenece al intervalo PP-18 a PP-22). Después de la última PP solo se notifica el caso de más de una. Una CMDT conocida únicamente por su año cuenta cuando su año basta para decidir.</translation>
    </message>
    <message>
        <source>Each year from the first to the last with any Council meeting (or the years set in the policy) has exactly one ordinary session (council; additional sessions and the short meetings before a PP are council-extra and never count), held in seat_city.</source>
        <translation>Cada año, desde el primero hasta el último con alguna reunión del Consejo (o los años fijados en la política), tiene exactamente una reunión ordinaria (council; las reuniones adicionales y las breves reuniones previas a una PP son council-extra y nunca cuentan), celebrada en seat_city.</translation>
    </message>
    <message>
        <source>An ordinary session opens no earlier than 1 June and closes no later than 31 July, each widened by tolerance_days (&quot;around&quot;): with the default 14, from 18 May to 14 August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. Additional sessions and the meetings before a PP are other kinds and are not checked.</source>
        <translation>Una reunión ordinaria se inaugura no antes del 1 de junio y se clausura no después del 31 de julio, cada límite ampliado en tolerance_days («around»): con el valor por defecto de 14, del 18 de mayo al 14 de agosto. El Consejo 2022 (marzo) y el Consejo 2026 (28 de abril-8 de mayo) quedan fuera. Las reuniones adicionales y las previas a una PP son de otros tipos y no se verifican.</translation>
    </message>
    <message>
        <source>Counting from the year of the latest ordinary session ended on or before the as-of date (scheduler-app check --as-of, else the policy's as_of, else today), each of the next horizon years needs an ordinary session on the calendar; a month or a year is enough. The June-July test is R77-COUNCIL-JUNE-JULY's.</source>
        <translation>A partir del año de la última reunión ordinaria terminada en la fecha de referencia o antes (scheduler-app check --as-of; si no, el as_of de la política; si no, hoy), cada uno de los horizon años siguientes necesita una reunión ordinaria en el calendario; basta un mes o un año. La verificación de junio-julio corresponde a R77-COUNCIL-JUNE-JULY.</translation>
    </message>
    <message>
        <source>A Council working group (or Council expert group such as EG-ITRs, which are cwg) sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual CWG still counts; month-only meetings are skipped. With include_expert_groups, expert-group meetings are checked too.</source>
        <translation>Un grupo de trabajo del Consejo (o un grupo de expertos del Consejo como el EG-ITRs, que son de tipo cwg) que coincide en algún día con una conferencia, una asamblea o un grupo asesor de Sector (GADT, GANT, GAR). Reunirse junto con el Consejo está permitido: la Decisión 11 lo pide. Un GTC virtual también cuenta; las reuniones conocidas solo por su mes se omiten. Con include_expert_groups, también se verifican las reuniones de grupos de expertos.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic dates, which vary by country by about a day. Add kinds such as rpm with the kinds parameter.</source>
        <translation>Una conferencia, asamblea o reunión del Consejo, o una reunión de comisión de estudio, Grupo de Relator o GADT del UIT-D, cuyos días de sesión coinciden con una festividad habilitada. Los días de fin de semana no se tienen en cuenta cuando la reunión también sesiona en días laborables (sitting_days_only; una reunión solo en sábado sesiona el sábado). Con include_eve, las festividades judías e islámicas comienzan la víspera por la tarde, es decir, cuenta el día anterior. islamic_uncertainty_days amplía las fechas islámicas, que varían según el país en aproximadamente un día. Añada tipos, como rpm, con el parámetro kinds.</translation>
    </message>
    <message>
        <source>A conference or assembly opens on or after 1 October and closes by 31 December of its year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is checked, since its period already settles the question.</source>
        <translation>Una conferencia o asamblea se inaugura el 1 de octubre o después y se clausura a más tardar el 31 de diciembre de su año. La PP-22 se inauguró el 26 de septiembre de 2022, cinco días antes. El año de la pandemia se resuelve con una dispensa, no con una regla más laxa. Una reunión conocida solo por su año se omite; una conocida por su mes o trimestre se verifica, ya que su periodo basta para decidir.</translation>
    </message>
    <message>
        <source>Conferences and assemblies are grouped by start year; an RA and a WRC associated in place and time count as one (the exception of recalling b)). More than one in a year: one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.</source>
        <translation>Las conferencias y asambleas se agrupan por año de inicio; una AR y una CMR asociadas en lugar y fecha cuentan como una (la excepción del recordando b)). Más de una en un año: una advertencia que las enumera. En 2022 se celebraron la WTSA-20, la WTDC-22 y la PP-22.</translation>
    </message>
    <message>
        <source>For each Plenipotentiary Conference, every conference, assembly or forum starting in the same year is noted (information only: an annual forum shows up in every PP year, as intended).</source>
        <translation>Para cada Conferencia de Plenipotenciarios se señala toda conferencia, asamblea o foro que comience el mismo año (solo a título informativo: un foro anual aparece en cada año de PP, como es de esperar).</translation>
    </message>
    <message>
        <source>Plenipotentiary conferences are limited to three weeks (21 days, first and last included) unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks later is 22 days.</source>
        <translation>Las Conferencias de Plenipotenciarios se limitan a tres semanas (21 días, incluidos el primero y el último), salvo necesidad imperiosa, que puede indicarse con una dispensa. De un lunes al lunes tres semanas después hay 22 días.</translation>
    </message>
    <message>
        <source>Between two conferences or assemblies (other than an associated RA and WRC) at least min_gap_days (eight weeks) pass from the close of one to the opening of the next; overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22 102 days.</source>
        <translation>Entre dos conferencias o asambleas (salvo una AR y una CMR asociadas) transcurren al menos min_gap_days días (ocho semanas) desde la clausura de una hasta la apertura de la siguiente; también se notifican las que se solapan. En 2022 hubo 89 días entre la WTSA-20 y la WTDC-22 y 102 días entre la WTDC-22 y la PP-22.</translation>
    </message>
    <message>
        <source>A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a later Council decision, whose source is kept with the period) is held inside it. A quarter means its first to last day. Places are the Council's to set and are not checked.</source>
        <translation>Una reunión para la que un órgano superior ha fijado un periodo (Resolución 77, resuelve 5.2 a 5.6, o una decisión posterior del Consejo, cuya fuente se conserva con el periodo) se celebra dentro de él. Un trimestre abarca de su primer a su último día. Los lugares corresponden al Consejo y no se verifican.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council session sharing a day with an outside ICT event, wherever each is held. With only_major, only outside events expecting at least major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on purpose: such a co-location is accepted with a waiver.</source>
        <translation>Una conferencia, asamblea o reunión del Consejo que coincide en algún día con un evento externo de TIC, dondequiera que se celebre cada uno. Con only_major, solo cuentan los eventos externos que prevén al menos major_min_participants participantes. La WTSA-24 se inauguró a propósito junto con el India Mobile Congress 2024: esa coincidencia se acepta mediante una dispensa.</translation>
    </message>
    <message>
        <source>A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops) shares a day with a conference, an assembly or a Council session, wherever each is held: such events are scheduled around the core activities of the Union, not beside them. Times of day are compared when both have them. A meeting known only by a month or a year is left out, since whether it clashes depends on days not fixed yet.</source>
        <translation>Un foro, simposio o exposición (un forum en el calendario; el planificador puede añadir los talleres) coincide en algún día con una conferencia, una asamblea o una reunión del Consejo, dondequiera que se celebre cada uno: estos eventos se programan en torno a las actividades principales de la Unión, no junto a ellas. Se comparan las horas cuando ambas reuniones tienen horario. Se excluye una reunión conocida solo por un mes o un año, pues que coincida o no depende de días aún no fijados.</translation>
    </message>
    <message>
        <source>Two in-person or hybrid meetings in the same room of the same venue (names compared ignoring case and spacing) at the same time: by time of day when both have times, else by day. A rapporteur group meeting &quot;in conjunction with&quot; its study group shares the room only at other times. Virtual meetings and meetings without a room are skipped.</source>
        <translation>Dos reuniones presenciales o híbridas en la misma sala del mismo lugar (nombres comparados sin tener en cuenta mayúsculas ni espacios) al mismo tiempo: por hora cuando ambas tienen horario; si no, por día. Una reunión de Grupo de Relator celebrada «in conjunction with» su comisión de estudio solo comparte la sala en otros horarios. Se omiten las reuniones virtuales y las que no tienen sala.</translation>
    </message>
    <message>
        <source>When a forum, workshop or other lower-priority meeting and a study group, advisory group, Council or CWG meeting want the same headquarters room at the same time, the lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of the text.</source>
        <translation>Cuando un foro, un taller u otra reunión de menor prioridad y una reunión de comisión de estudio, grupo asesor, Consejo o GTC solicitan la misma sala de la sede al mismo tiempo, la de menor prioridad es la que debe cambiarse (VENUE-ROOM-CLASH notifica la coincidencia en sí; esta regla indica quién cede). Quite rapporteur-group de high_kinds para una lectura estricta del texto.</translation>
    </message>
    <message>
        <source>The same chair on two meetings at the same time (by time of day when both have times). Chairs are matched by name without Mr/Ms, case and extra spaces; names written differently (&quot;Mr Roberto Mitsuake Hirayama&quot; and &quot;Mr Roberto Hirayama&quot;) are different people to the planner until people get ids of their own.</source>
        <translation>El mismo presidente en dos reuniones al mismo tiempo (por hora cuando ambas tienen horario). Los presidentes se comparan por su nombre sin Mr/Ms, sin tener en cuenta mayúsculas ni espacios sobrantes; los nombres escritos de forma distinta («Mr Roberto Mitsuake Hirayama» y «Mr Roberto Hirayama») son personas distintas para el planificador hasta que las personas tengan identificadores propios.</translation>
    </message>
    <message>
        <source>A meeting expecting more participants than its room seats (times 1 + margin). Rooms of unknown capacity and meetings without an expected attendance are skipped.</source>
        <translation>Una reunión que prevé más participantes que los asientos de su sala (multiplicados por 1 + margin). Se omiten las salas de capacidad desconocida y las reuniones sin asistencia prevista.</translation>
    </message>
    <message>
        <source>An in-person or hybrid meeting sitting on a public holiday of its host country (and region, such as the canton of Geneva with Jeûne genevois). Weekends are the host country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep closure days of their own.</source>
        <translation>Una reunión presencial o híbrida que sesiona en un día feriado del país anfitrión (y de su región, como el cantón de Ginebra con el Jeûne genevois). Los fines de semana son los del país anfitrión (viernes-sábado en Qatar). Solo a título informativo: la UIT y las Naciones Unidas en Ginebra tienen sus propios días de cierre.</translation>
    </message>
    <message>
        <source>In each study period (from the calendar's WTDCs: the years after one WTDC up to and including the next one's), every ITU-D study group that meets at all in the period meets at least min_per_year times in each of its years (a meeting counts for its start year). A group with no meeting in a period is not reported: it may not exist then. With prefer_second_half, a year whose only meeting opens before 1 July is noted as information.</source>
        <translation>En cada periodo de estudios (según las CMDT del calendario: los años posteriores a una CMDT hasta el de la siguiente inclusive), cada comisión de estudio del UIT-D que se reúne en el periodo se reúne al menos min_per_year veces en cada uno de sus años (una reunión cuenta para su año de inicio). Una comisión sin reuniones en un periodo no se notifica: puede que entonces no exista. Con prefer_second_half, se señala a título informativo el año cuya única reunión se inaugura antes del 1 de julio.</translation>
    </message>
    <message>
        <source>Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at the same time: by time of day when both have times, else by day. Groups of different study groups may meet in parallel; sessions of one group never clash with each other.</source>
        <translation>Dos Grupos de Relator del UIT-D que dependen de la misma comisión de estudio (su comisión principal) se reúnen al mismo tiempo: por hora cuando ambas reuniones tienen horario; si no, por día. Los grupos de comisiones de estudio distintas pueden reunirse en paralelo; las sesiones de un mismo grupo nunca coinciden entre sí.</translation>
    </message>
    <message>
        <source>A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either order, overlaps included. A study group ending on Thursday and TDAG opening on Friday (gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only TDAG meetings are skipped.</source>
        <translation>Una reunión del GADT y una reunión de una comisión de estudio del UIT-D separadas a lo sumo por min_gap_days días, en cualquier orden, incluidos los solapamientos. Se notifica una comisión de estudio que termina el jueves y el GADT que se inaugura el viernes (intervalo de 1); no se notifica si termina el viernes y el GADT empieza el lunes (intervalo de 3). Se omiten las reuniones del GADT conocidas solo por su mes.</translation>
    </message>
    <message>
        <source>For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) every regional preparatory meeting of the cycle ends before that TDAG (&quot;as soon as possible before the last meeting of TDAG&quot;); (3) no RPM overlaps another ITU-D meeting; (4) information when fewer than six regions held one (a region may decline). Cycles with no dated TDAG skip (1)-(2).</source>
        <translation>Para cada CMDT (su ciclo va de la clausura de la CMDT anterior a su apertura): 1) el último GADT del ciclo se inaugura entre max_months y min_months meses antes de la CMDT; 2) cada reunión preparatoria regional del ciclo termina antes de ese GADT («as soon as possible before the last meeting of TDAG»); 3) ninguna RPR se solapa con otra reunión del UIT-D; 4) se informa cuando menos de seis regiones han celebrado una (una región puede no hacerlo). Los ciclos sin GADT con fecha omiten 1) y 2).</translation>
    </message>
    <message>
        <source>Every year from the first to the last TDAG meeting on the calendar has at least one TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the year it opens in, so a meeting known only by its month or its year still counts. Years before the first and after the last TDAG meeting on the calendar are not judged: they are not planned yet. A year without TDAG is one warning about that year.</source>
        <translation>Cada año, desde la primera hasta la última reunión del GADT del calendario, tiene al menos una reunión del GADT (una reunión de grupo asesor cuyo órgano es el TDAG). Una reunión cuenta para el año en que se inaugura, por lo que también cuenta una reunión conocida solo por su mes o su año. No se evalúan los años anteriores a la primera ni posteriores a la última reunión del GADT del calendario: aún no están planificados. Un año sin GADT da una advertencia sobre ese año.</translation>
    </message>
    <message>
        <source>In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and TDAG) meet, their meetings, in order of opening, follow one another: each opens within max_gap_days (7) of the close of the one before, so that delegates can attend them in one stay. Two meetings of the same group in a row are not compared. Information only: the text asks for this whenever possible. Meetings known only by a month or a year are left out, since their order is not known.</source>
        <translation>En un año en que se reúnen dos o más de los grupos asesores de los tres Sectores (GAR, GANT y GADT), sus reuniones, por orden de apertura, se suceden: cada una se inaugura a más tardar max_gap_days días (7) después de la clausura de la anterior, para que los delegados puedan asistir en una sola estancia. No se comparan dos reuniones seguidas del mismo grupo. Solo a título informativo: el texto lo pide siempre que sea posible. Se excluyen las reuniones conocidas solo por un mes o un año, pues su orden no se conoce.</translation>
    </message>
    <message>
        <source>Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year between two WTDCs: from the year after a WTDC to the year before the next one (after the last WTDC on the calendar, the years that follow it), and no later than the last year in which that group has a meeting on the calendar, since later years are not planned yet. A meeting counts for the year it opens in. A group with no meeting at all between two WTDCs is not reported (its Question may not exist then), nor is a meeting that names no group. One warning per group and year, naming that year's meetings.</source>
        <translation>Cada Grupo de Relator del UIT-D se reúne al menos min_per_year veces (dos) cada año entre dos CMDT: desde el año siguiente a una CMDT hasta el año anterior a la siguiente (después de la última CMDT del calendario, los años que la siguen), y no más allá del último año en que ese grupo tiene una reunión en el calendario, pues los años posteriores aún no están planificados. Una reunión cuenta para el año en que se inaugura. No se notifica un grupo sin ninguna reunión entre dos CMDT (puede que su Cuestión no exista entonces), ni una reunión que no indique ningún grupo. Una advertencia por grupo y año, con las reuniones de ese año.</translation>
    </message>
    <message>
        <source>The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 calendar days) before the WTDC opens, so that its approved reports and draft Recommendations can reach administrations in time: closing exactly 35 days before is enough, 34 is not. A planner may raise the number to allow for translation and dispatch. The meetings looked at are those opening after the previous WTDC opened and before this one opens. A meeting known only by a month or a quarter that could fall either side of the limit is noted as information; a WTDC known only by its year is not judged.</source>
        <translation>La última reunión de cada comisión de estudio del UIT-D antes de una CMDT se clausura al menos min_days días (35 días naturales) antes de la apertura de la CMDT, para que sus informes aprobados y proyectos de Recomendación lleguen a tiempo a las administraciones: clausurarla exactamente 35 días antes basta, 34 no. El planificador puede aumentar la cifra para prever la traducción y el envío. Se examinan las reuniones que se inauguran después de la apertura de la CMDT anterior y antes de la apertura de esta. Una reunión conocida solo por un mes o un trimestre que pueda quedar a uno u otro lado del límite se señala a título informativo; una CMDT conocida solo por su año no se evalúa.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting in person or hybrid in a city other than Geneva is noted, as information: these groups normally meet at ITU headquarters, and a meeting elsewhere is usually an invitation a planner has accepted on purpose. Virtual meetings and meetings with no city yet are not noted.</source>
        <translation>Se señala a título informativo una reunión presencial o híbrida de una comisión de estudio, un grupo de trabajo o un Grupo de Relator del UIT-D en una ciudad distinta de Ginebra: estos grupos se reúnen normalmente en la sede de la UIT, y una reunión en otro lugar suele ser una invitación que el planificador ha aceptado deliberadamente. No se señalan las reuniones virtuales ni las que aún no tienen ciudad.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting that was to be held elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is reminded to propose it in Geneva on the dates first planned. This is the one rule that reads cancelled meetings. Virtual meetings and meetings with no city are left out.</source>
        <translation>Una reunión de una comisión de estudio, un grupo de trabajo o un Grupo de Relator del UIT-D que debía celebrarse fuera de Ginebra, por invitación, y que ahora está cancelada: se recuerda al planificador que la proponga en Ginebra en las fechas inicialmente previstas. Es la única regla que lee las reuniones canceladas. Se excluyen las reuniones virtuales y las que no tienen ciudad.</translation>
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
