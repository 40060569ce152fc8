<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{code} was changed or deleted elsewhere; reload and retry</source>
        <translation>{code} se ha modificado o eliminado en otro lugar; vuelva a cargar e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>{code} already exists</source>
        <translation>{code} ya existe</translation>
    </message>
    <message>
        <source>{code} would be the code of both {first} and {second}: choose another code</source>
        <translation>{code} sería el código tanto de {first} como de {second}: elija otro código</translation>
    </message>
    <message>
        <source>{code} is already the code of another meeting ({other}, {span}): choose another code</source>
        <translation>{code} ya es el código de otra reunión ({other}, {span}): elija otro código</translation>
    </message>
    <message>
        <source>Create {code}</source>
        <translation>Crear {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Editar {code}</translation>
    </message>
    <message>
        <source>Delete {meetings}</source>
        <translation>Eliminar {meetings}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>{n} reunión</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <source>{first} and {n} more</source>
        <translation>{first} y {n} más</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>ninguna reunión</translation>
    </message>
    <message>
        <source>status to {value}</source>
        <translation>estado: {value}</translation>
    </message>
    <message>
        <source>kind to {value}</source>
        <translation>tipo: {value}</translation>
    </message>
    <message>
        <source>venue to {value}</source>
        <translation>sede: {value}</translation>
    </message>
    <message>
        <source>mode to {value}</source>
        <translation>modalidad: {value}</translation>
    </message>
    <message>
        <source>status {value}</source>
        <translation>el estado {value}</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>el tipo {value}</translation>
    </message>
    <message>
        <source>venue {value}</source>
        <translation>la sede {value}</translation>
    </message>
    <message>
        <source>mode {value}</source>
        <translation>la modalidad {value}</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>ninguna sede</translation>
    </message>
    <message>
        <source>{fields} cannot be changed here (only {allowed})</source>
        <translation>{fields} no se puede modificar aquí (solo {allowed})</translation>
    </message>
    <message>
        <source>choose what to change</source>
        <translation>elija qué modificar</translation>
    </message>
    <message>
        <source>select the meetings to change</source>
        <translation>seleccione las reuniones que desea modificar</translation>
    </message>
    <message>
        <source>{venue} is not a known venue; add it to the venues first</source>
        <translation>{venue} no es una sede conocida; añádala primero a las sedes</translation>
    </message>
    <message>
        <source>{code} cannot be changed ({changes}): {problem}</source>
        <translation>{code} no se puede modificar ({changes}): {problem}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already has {held}</source>
        <translation>Nada que modificar: {meetings} ya tiene {held}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already have {held}</source>
        <translation>Nada que modificar: {meetings} ya tienen {held}</translation>
    </message>
    <message>
        <source>Change {meetings}: {changes}</source>
        <translation>Modificar {meetings}: {changes}</translation>
    </message>
    <message>
        <source>move the meetings by at least one day</source>
        <translation>mueva las reuniones al menos un día</translation>
    </message>
    <message>
        <source>select the meetings to move</source>
        <translation>seleccione las reuniones que desea mover</translation>
    </message>
    <message>
        <source>{code} cannot be moved by {days}: {problem}</source>
        <translation>{code} no se puede mover {days}: {problem}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} later</source>
        <translation>Mover {meetings} {days} más tarde</translation>
    </message>
    <message>
        <source>Move {meetings} {days} earlier</source>
        <translation>Mover {meetings} {days} antes</translation>
    </message>
    <message>
        <source>{code} is known only by its month ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} solo se conoce por su mes ({span}); asígnele días en Editar reunión antes de moverla por días</translation>
    </message>
    <message>
        <source>{code} is known only by its quarter ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} solo se conoce por su trimestre ({span}); asígnele días en Editar reunión antes de moverla por días</translation>
    </message>
    <message>
        <source>{code} is known only by its year ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} solo se conoce por su año ({span}); asígnele días en Editar reunión antes de moverla por días</translation>
    </message>
    <message>
        <source>Reschedule {code}</source>
        <translation>Reprogramar {code}</translation>
    </message>
    <message>
        <source>select the meetings to duplicate</source>
        <translation>seleccione las reuniones que desea duplicar</translation>
    </message>
    <message>
        <source>{code} cannot be copied: {problem}</source>
        <translation>{code} no se puede copiar: {problem}</translation>
    </message>
    <message>
        <source>Duplicate {meetings}</source>
        <translation>Duplicar {meetings}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Deshacer {edit}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>another program kept the database locked for over {seconds} s</source>
        <translation>otro programa mantuvo la base de datos bloqueada más de {seconds} s</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>el archivo o su carpeta no se puede abrir para escritura</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco notificó un error de entrada/salida</translation>
    </message>
    <message>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}: no se puede abrir: {reason}</translation>
    </message>
    <message>
        <source>{path}: not a usable planning database ({reason})</source>
        <translation>{path}: no es una base de datos de planificación utilizable ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such planning database</source>
        <translation>{path}: no existe esa base de datos de planificación</translation>
    </message>
    <message>
        <source>{path}: is a directory, not a planning database</source>
        <translation>{path}: es una carpeta, no una base de datos de planificación</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a planning database</source>
        <translation>{path}: un archivo vacío, no una base de datos de planificación</translation>
    </message>
    <message>
        <source>{path}: cannot open even to read: {reason}</source>
        <translation>{path}: no se puede abrir ni siquiera para leer: {reason}</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a planning database (it has tables {tables} and no planner schema)</source>
        <translation>{path}: una base de datos SQLite, pero no de planificación (tiene las tablas {tables} y ningún esquema del planificador)</translation>
    </message>
    <message>
        <source>{path}: read-only, and not a planning database yet</source>
        <translation>{path}: de solo lectura, y aún no es una base de datos de planificación</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the planner (unknown schema steps: {steps})</source>
        <translation>{path}: escrita por una versión más reciente del planificador (pasos de esquema desconocidos: {steps})</translation>
    </message>
    <message>
        <source>{path}: read-only, and saved by an older version of the planner; open it once where it can be written to bring it up to date</source>
        <translation>{path}: de solo lectura, y guardada por una versión anterior del planificador; ábrala una vez donde se pueda escribir para actualizarla</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({check})</source>
        <translation>{path}: la base de datos está dañada ({check})</translation>
    </message>
    <message>
        <source>{path}: opened read-only ({reason}); nothing was changed</source>
        <translation>{path}: abierta en solo lectura ({reason}); no se ha modificado nada</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}: no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}; nothing was changed</source>
        <translation>{path}: no se puede escribir: {reason}; no se ha modificado nada</translation>
    </message>
    <message>
        <source>{path}: that is the open database itself</source>
        <translation>{path}: es la propia base de datos abierta</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path}: cannot save a copy: {reason}</source>
        <translation>{path}: no se puede guardar una copia: {reason}</translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation>CSV mal formado: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as &apos;CSV UTF-8&apos;</source>
        <translation>texto que no es UTF-8 (byte {byte}); guarde el archivo como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>archivo vacío: sin fila de encabezado</translation>
    </message>
    <message>
        <source>unknown column (see the README for the format)</source>
        <translation>columna desconocida (consulte el README para el formato)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>a field is longer than {read} characters (the limit is {limit})</source>
        <translation>un campo tiene más de {read} caracteres (el límite es {limit})</translation>
    </message>
    <message>
        <source>{fields} fields but the header has {columns}</source>
        <translation>{fields} campos, pero el encabezado tiene {columns}</translation>
    </message>
    <message>
        <source>{code} is also on line {line}</source>
        <translation>{code} también está en la línea {line}</translation>
    </message>
    <message>
        <source>same title, kind and dates as line {line} (give the rows codes to keep both)</source>
        <translation>mismo título, tipo y fechas que la línea {line} (asigne códigos a las filas para conservar ambas)</translation>
    </message>
    <message>
        <source>{id} is also on line {line}</source>
        <translation>{id} también está en la línea {line}</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address of a calendar</source>
        <translation>{address} no es una dirección http:// o https:// de un calendario</translation>
    </message>
    <message>
        <source>the calendar&apos;s address has a user or password in it: give the address without them, the user with --user and the password in the keyring</source>
        <translation>la dirección del calendario contiene un usuario o una contraseña: indique la dirección sin ellos, el usuario con --user y la contraseña en el llavero</translation>
    </message>
    <message>
        <source>{address} is plain http: the password would cross the network unencrypted; use https, or allow it with --insecure</source>
        <translation>{address} es http sin cifrar: la contraseña cruzaría la red sin cifrado; use https o permítalo con --insecure</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to {method}</source>
        <translation>{address}: el servidor respondió {status} a {method}</translation>
    </message>
    <message>
        <source>{address}: the server&apos;s certificate is not trusted ({reason})</source>
        <translation>{address}: el certificado del servidor no es de confianza ({reason})</translation>
    </message>
    <message>
        <source>{address}: the server cannot be reached</source>
        <translation>{address}: no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>{address}: the server refused the user name or password</source>
        <translation>{address}: el servidor rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>{address}: the server does not let this user {method} here</source>
        <translation>{address}: el servidor no permite a este usuario hacer {method} aquí</translation>
    </message>
    <message>
        <source>{address}: the server failed ({status} on {method})</source>
        <translation>{address}: el servidor falló ({status} en {method})</translation>
    </message>
    <message>
        <source>{address}: is not a calendar</source>
        <translation>{address}: no es un calendario</translation>
    </message>
    <message>
        <source>{address}: the calendar could not be made ({status})</source>
        <translation>{address}: no se pudo crear el calendario ({status})</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to a multiget</source>
        <translation>{address}: el servidor respondió {status} a una solicitud multiget</translation>
    </message>
    <message>
        <source>{address}: the server refused the meeting ({status})</source>
        <translation>{address}: el servidor rechazó la reunión ({status})</translation>
    </message>
    <message>
        <source>{address}: the server refused the deletion ({status})</source>
        <translation>{address}: el servidor rechazó la eliminación ({status})</translation>
    </message>
    <message>
        <source>{address}: GET answered {status}</source>
        <translation>{address}: GET respondió {status}</translation>
    </message>
    <message>
        <source>{file} is read-only ({reason}): what colleagues changed cannot be written into it</source>
        <translation>{file} es de solo lectura ({reason}): lo que han cambiado los colegas no se puede escribir en él</translation>
    </message>
    <message>
        <source>Sync with {address}</source>
        <translation>Sincronizar con {address}</translation>
    </message>
    <message>
        <source>{address}: holds {count} meetings, not one</source>
        <translation>{address}: contiene {count} reuniones, no una</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>room {room} of {venue}</source>
        <translation>la sala {room} de {venue}</translation>
    </message>
    <message>
        <source>the rapporteur groups of {body}</source>
        <translation>los grupos de Relator de {body}</translation>
    </message>
    <message>
        <source>meetings chaired by {chair}</source>
        <translation>las reuniones presididas por {chair}</translation>
    </message>
    <message>
        <source>{first} and {second} in one year</source>
        <translation>{first} y {second} en un mismo año</translation>
    </message>
    <message>
        <source>{first} close to {second}</source>
        <translation>{first} cerca de {second}</translation>
    </message>
    <message>
        <source>the last TDAG before {code} {fewest}-{most} months</source>
        <translation>el último GADT antes de {code}, de {fewest} a {most} meses</translation>
    </message>
    <message>
        <source>{code} before the last TDAG</source>
        <translation>{code} antes del último GADT</translation>
    </message>
    <message>
        <source>{rule} closes {n} of them</source>
        <translation>{rule} descarta {n}</translation>
    </message>
    <message>
        <source>{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its period or move what it clashes with</source>
        <translation>{meeting}: ninguno de sus {n} inicios posibles está libre de errores ({rules}); amplíe su período o mueva aquello con lo que coincide</translation>
    </message>
    <message>
        <source>judging the possible starts of {n} meetings against {others} others</source>
        <translation>evaluando los inicios posibles de {n} reuniones frente a otras {others}</translation>
    </message>
    <message>
        <source>solving: {n} meetings to place, {soft} soft constraints</source>
        <translation>resolviendo: {n} reuniones por situar, {soft} restricciones flexibles</translation>
    </message>
    <message>
        <source>plan {n}: weighted findings {cost} after {seconds} s</source>
        <translation>plan {n}: observaciones ponderadas {cost} tras {seconds} s</translation>
    </message>
    <message>
        <source>{code} is already on the calendar ({span}); give the row a new code, or give it dates to keep it fixed</source>
        <translation>{code} ya está en el calendario ({span}); asigne un código nuevo a la fila o fechas para mantenerla fija</translation>
    </message>
    <message>
        <source>{code} ({n} days within {period})</source>
        <translation>{code} ({n} d en {period})</translation>
    </message>
    <message>
        <source>{value} is not a period of two dates (2035-03-01..2035-06-30)</source>
        <translation>{value} no es un período de dos fechas (2035-03-01..2035-06-30)</translation>
    </message>
    <message>
        <source>{value} ends before it starts</source>
        <translation>{value} termina antes de empezar</translation>
    </message>
    <message>
        <source>{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>{value} no es un período: escriba 2035, 2035-Q4, 2035-10 o 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} no es un número entero de días</translation>
    </message>
    <message>
        <source>{n} is not from 1 to {most}</source>
        <translation>{n} no está entre 1 y {most}</translation>
    </message>
    <message>
        <source>is empty (a row to place needs days and within)</source>
        <translation>está vacío (una fila por situar necesita days y within)</translation>
    </message>
    <message>
        <source>give either dates (a fixed meeting) or days and within, not both</source>
        <translation>indique fechas (reunión fija) o days y within, no ambos</translation>
    </message>
    <message>
        <source>{n} days do not fit within {period} ({room} days)</source>
        <translation>{n} d no caben en {period} ({room} d)</translation>
    </message>
    <message>
        <source>year {year} is outside the years the planner supports, {first}-{last}</source>
        <translation>el año {year} está fuera del periodo que admite el planificador ({first}-{last})</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} no es texto</translation>
    </message>
    <message>
        <source>{value} is not a valid date and time ({reason})</source>
        <translation>{value} no es una fecha y hora válidas ({reason})</translation>
    </message>
    <message>
        <source>{value} has a UTC offset; write the local time and put the IANA zone in the timezone column</source>
        <translation>{value} lleva un desfase UTC; escriba la hora local e indique la zona IANA en la columna timezone</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period (YYYY, YYYY-MM, YYYY-Qn)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD), ni una fecha y hora (AAAA-MM-DDTHH:MM), ni un período (AAAA, AAAA-MM, AAAA-Qn)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>give both decided_from and decided_to, or neither</source>
        <translation>indique tanto decided_from como decided_to, o ninguno de los dos</translation>
    </message>
    <message>
        <source>{value} is outside the month that starts {start}</source>
        <translation>{value} queda fuera del mes que empieza el {start}</translation>
    </message>
    <message>
        <source>{value} is outside the quarter that starts {start}</source>
        <translation>{value} queda fuera del trimestre que empieza el {start}</translation>
    </message>
    <message>
        <source>{value} is outside the year that starts {start}</source>
        <translation>{value} queda fuera del año que empieza el {start}</translation>
    </message>
    <message>
        <source>{precision} does not match start {value}</source>
        <translation>la precisión {precision} no corresponde al inicio {value}</translation>
    </message>
    <message>
        <source>is empty (give the last day of the meeting)</source>
        <translation>está vacío (indique el último día de la reunión)</translation>
    </message>
    <message>
        <source>give times on both start and end, or on neither</source>
        <translation>indique la hora tanto en el inicio como en el final, o en ninguno de los dos</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting has no time of day</source>
        <translation>una reunión de precisión {precision} no tiene hora del día</translation>
    </message>
    <message>
        <source>{value} is not a date or a period</source>
        <translation>{value} no es ni una fecha ni un período</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>tiene {n} caracteres; el límite es de {limit}</translation>
    </message>
    <message>
        <source>holds a control character (only tabs and line breaks are allowed)</source>
        <translation>contiene un carácter de control (solo se admiten tabulaciones y saltos de línea)</translation>
    </message>
    <message>
        <source>unknown {field} {value} (expected one of: {allowed})</source>
        <translation>valor desconocido para {field}: {value} (valores admitidos: {allowed})</translation>
    </message>
    <message>
        <source>{end} is before decided_from {start}</source>
        <translation>{end} es anterior a decided_from ({start})</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} no es un UUID</translation>
    </message>
    <message>
        <source>{value} has surrounding spaces or a line break</source>
        <translation>{value} empieza o termina con espacios, o contiene un salto de línea</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>the meeting ends {end} before it starts {start}</source>
        <translation>la reunión termina el {end}, antes de su comienzo el {start}</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting must span {first} to {last}, not {start} to {end}</source>
        <translation>una reunión con precisión {precision} debe abarcar del {first} al {last}, no del {start} al {end}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 two-letter country code</source>
        <translation>{value} no es un código de país de dos letras ISO 3166</translation>
    </message>
    <message>
        <source>{value} is not from 0 to {most}</source>
        <translation>{value} no está comprendido entre 0 y {most}</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} no es un año plausible</translation>
    </message>
    <message>
        <source>room {room} is given without a venue</source>
        <translation>se indica la sala {room} sin lugar de reunión</translation>
    </message>
    <message>
        <source>give both a start time and an end time, or neither</source>
        <translation>indique una hora de inicio y una hora de fin, o ninguna de las dos</translation>
    </message>
    <message>
        <source>is given for a meeting without times</source>
        <translation>se indica para una reunión sin horas</translation>
    </message>
    <message>
        <source>times need day precision</source>
        <translation>las horas requieren precisión de día</translation>
    </message>
    <message>
        <source>a meeting with times needs an IANA time zone</source>
        <translation>una reunión con horas requiere una zona horaria IANA</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (e.g. Europe/Zurich)</source>
        <translation>{value} no es una zona horaria IANA (por ejemplo, Europe/Zurich)</translation>
    </message>
    <message>
        <source>the meeting ends at {end} before it starts at {start}</source>
        <translation>la reunión termina a las {end}, antes de su comienzo a las {start}</translation>
    </message>
    <message>
        <source>{value}: month {month} is not 1-12</source>
        <translation>{value}: el mes {month} no está comprendido entre 1 y 12</translation>
    </message>
    <message>
        <source>body code {code} is empty or has surrounding spaces</source>
        <translation>el código de órgano {code} está vacío o empieza o termina con espacios</translation>
    </message>
    <message>
        <source>body {code} cannot report to itself</source>
        <translation>el órgano {code} no puede depender de sí mismo</translation>
    </message>
    <message>
        <source>bodies {bodies} report to each other in a cycle</source>
        <translation>los órganos {bodies} dependen unos de otros de forma circular</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>una sala debe tener un nombre</translation>
    </message>
    <message>
        <source>room {room}: capacity {capacity} must be positive</source>
        <translation>sala {room}: la capacidad ({capacity}) debe ser positiva</translation>
    </message>
    <message>
        <source>venue name {name} is empty or has surrounding spaces</source>
        <translation>el nombre de lugar {name} está vacío o empieza o termina con espacios</translation>
    </message>
    <message>
        <source>an observance needs a key and a name</source>
        <translation>una observancia debe tener una clave y un nombre</translation>
    </message>
    <message>
        <source>{name}: ends {end} before it starts {start}</source>
        <translation>{name}: termina el {end}, antes de su comienzo el {start}</translation>
    </message>
    <message>
        <source>Nothing to change: {what} already holds these values</source>
        <translation>No hay nada que cambiar: {what} ya tiene estos valores</translation>
    </message>
    <message>
        <source>Add venue {venue}</source>
        <translation>Añadir la sede {venue}</translation>
    </message>
    <message>
        <source>Edit venue {venue}</source>
        <translation>Editar la sede {venue}</translation>
    </message>
    <message>
        <source>Rename venue {venue} to {name}</source>
        <translation>Cambiar el nombre de la sede {venue} a {name}</translation>
    </message>
    <message>
        <source>Delete venue {venue}</source>
        <translation>Eliminar la sede {venue}</translation>
    </message>
    <message>
        <source>Add room {room} at {venue}</source>
        <translation>Añadir la sala {room} en la sede {venue}</translation>
    </message>
    <message>
        <source>Edit room {room} at {venue}</source>
        <translation>Editar la sala {room} de la sede {venue}</translation>
    </message>
    <message>
        <source>{room} at {venue}</source>
        <translation>{room} ({venue})</translation>
    </message>
    <message>
        <source>{room} stays at {venue}; add a room to the other venue</source>
        <translation>{room} sigue perteneciendo a {venue}; añada una sala al otro lugar</translation>
    </message>
    <message>
        <source>Delete room {room} at {venue}</source>
        <translation>Eliminar la sala {room} de la sede {venue}</translation>
    </message>
    <message>
        <source>no room {room} at venue {venue}</source>
        <translation>no hay ninguna sala {room} en el lugar {venue}</translation>
    </message>
    <message>
        <source>{name} to {value}</source>
        <translation>{name} en {value}</translation>
    </message>
    <message>
        <source>choose a setting of {rule} to change</source>
        <translation>elija el parámetro de {rule} que desea cambiar</translation>
    </message>
    <message>
        <source>Set {rule} {settings}</source>
        <translation>Ajustar {rule}: {settings}</translation>
    </message>
    <message>
        <source>{rule} has no setting {name} to reset</source>
        <translation>{rule} no tiene ningún parámetro {name} que restablecer</translation>
    </message>
    <message>
        <source>Reset {rule} {name}</source>
        <translation>Restablecer {name} de {rule}</translation>
    </message>
    <message>
        <source>Reset {rule} to its defaults</source>
        <translation>Restablecer los valores predeterminados de {rule}</translation>
    </message>
    <message>
        <source>{observance} was changed elsewhere; reopen the editor and retry</source>
        <translation>{observance} se ha modificado en otro lugar; vuelva a abrir el editor e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>Correct {observance} to {span}</source>
        <translation>Corregir {observance}: {span}</translation>
    </message>
    <message>
        <source>no single {key} observance covers {day}</source>
        <translation>ninguna observancia {key} única abarca el {day}</translation>
    </message>
    <message>
        <source>{observance} already has its computed dates</source>
        <translation>{observance} ya tiene sus fechas calculadas</translation>
    </message>
    <message>
        <source>the computed dates of {observance} can no longer be found; correct its dates instead</source>
        <translation>ya no se encuentran las fechas calculadas de {observance}; corrija sus fechas en su lugar</translation>
    </message>
    <message>
        <source>Restore the computed dates of {observance}</source>
        <translation>Restablecer las fechas calculadas de {observance}</translation>
    </message>
    <message>
        <source>Waive {rule} for {what}</source>
        <translation>Eximir de {rule} a {what}</translation>
    </message>
    <message>
        <source>no waiver of {rule} to take back</source>
        <translation>no hay ninguna exención de {rule} que retirar</translation>
    </message>
    <message>
        <source>select the waivers to take back</source>
        <translation>seleccione las exenciones que desea retirar</translation>
    </message>
    <message>
        <source>Unwaive {rule} for {what}</source>
        <translation>Retirar la exención de {rule} a {what}</translation>
    </message>
    <message>
        <source>Unwaive {n} waiver</source>
        <translation>Retirar {n} exención</translation>
    </message>
    <message>
        <source>Unwaive {n} waivers</source>
        <translation>Retirar {n} exenciones</translation>
    </message>
    <message>
        <source>unknown drag mode {mode}: expected one of {modes}</source>
        <translation>modo de arrastre desconocido {mode}: valores admitidos: {modes}</translation>
    </message>
    <message>
        <source>{code} has no hours, so it cannot be moved by minutes; give it a start and an end time in Edit Meeting, or move it by days</source>
        <translation>{code} no tiene horas, por lo que no puede desplazarse en minutos; indique una hora de inicio y una hora de fin en Editar reunión, o desplácela en días</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its start earlier</source>
        <translation>{code} terminaría a las {end} el {end_day} pero comenzaría a las {start} el {start_day} (hora de {place}): una reunión debe terminar después de comenzar, así que arrastre su inicio a una hora más temprana</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its end later</source>
        <translation>{code} terminaría a las {end} el {end_day} pero comenzaría a las {start} el {start_day} (hora de {place}): una reunión debe terminar después de comenzar, así que arrastre su final a una hora más tardía</translation>
    </message>
    <message>
        <source>{code} cannot be moved there: {problem}</source>
        <translation>{code} no puede desplazarse ahí: {problem}</translation>
    </message>
    <message>
        <source>unknown rule {rule} (see `scheduler-app rules`)</source>
        <translation>regla desconocida {rule} (véase `scheduler-app rules`)</translation>
    </message>
    <message>
        <source>severity is one of: error, warning, info</source>
        <translation>severity toma uno de los valores siguientes: error, warning, info</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled toma el valor true o false</translation>
    </message>
    <message>
        <source>{rule} has no parameter {name} (it has: {known})</source>
        <translation>{rule} no tiene ningún parámetro {name} (sus parámetros: {known})</translation>
    </message>
    <message>
        <source>DTSTART and DTEND mix a date with a date-time</source>
        <translation>DTSTART y DTEND mezclan una fecha con una fecha y hora</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} está fuera de rango</translation>
    </message>
    <message>
        <source>not a valid meeting: {problem}</source>
        <translation>reunión no válida: {problem}</translation>
    </message>
    <message>
        <source>{column} would be {length} characters long; the planner keeps at most {most} in one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read back from CSV</source>
        <translation>{column} tendría {length} caracteres; el planificador admite como máximo {most} en un campo (MAX_FIELD_CHARS), para que toda reunión pueda también escribirse en CSV y volver a leerse</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>el evento no tiene UID</translation>
    </message>
    <message>
        <source>the event has no start</source>
        <translation>el evento no tiene inicio</translation>
    </message>
    <message>
        <source>the event ends {end} before it starts {start}</source>
        <translation>el evento termina el {end}, antes de empezar el {start}</translation>
    </message>
    <message>
        <source>{value} is not a duration</source>
        <translation>{value} no es una duración</translation>
    </message>
    <message>
        <source>{value} ends past year 9999</source>
        <translation>{value} termina después del año 9999</translation>
    </message>
    <message>
        <source>gives a meeting the id {key} that the event on line {line} gives too</source>
        <translation>da a una reunión el identificador {key} que también le da el evento de la línea {line}</translation>
    </message>
    <message>
        <source>gives a meeting the UID {key} that the event on line {line} gives too</source>
        <translation>da a una reunión el UID {key} que también le da el evento de la línea {line}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>el texto no está en UTF-8</translation>
    </message>
    <message>
        <source>no BEGIN:VCALENDAR</source>
        <translation>no hay BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{problem}: not an iCalendar file</source>
        <translation>{problem}: no es un archivo iCalendar</translation>
    </message>
    <message>
        <source>skipped {what}</source>
        <translation>omitido: {what}</translation>
    </message>
    <message>
        <source>skipped BEGIN:{component} outside BEGIN:VCALENDAR</source>
        <translation>omitido: BEGIN:{component} fuera de BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {zone} is not a known time zone: times without one were read as UTC</source>
        <translation>X-WR-TIMEZONE {zone} no es un huso horario conocido: las horas sin huso se leyeron como UTC</translation>
    </message>
    <message>
        <source>observance, holiday or deadline written by the planner</source>
        <translation>día internacional, feriado o plazo escrito por el planificador</translation>
    </message>
    <message>
        <source>the series has no UID</source>
        <translation>la serie no tiene UID</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; lines {lines})</source>
        <translation>omitidos: {count} × {component} (no es una reunión; líneas {lines})</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; line {lines})</source>
        <translation>omitido: {count} × {component} (no es una reunión; línea {lines})</translation>
    </message>
    <message>
        <source>the event and RECURRENCE-ID {recurrence} is also on line {line}</source>
        <translation>el evento con RECURRENCE-ID {recurrence} también figura en la línea {line}</translation>
    </message>
    <message>
        <source>the event is also on line {line}</source>
        <translation>el evento también figura en la línea {line}</translation>
    </message>
    <message>
        <source>{value} is also the id of the event on line {line}</source>
        <translation>{value} es también el identificador del evento de la línea {line}</translation>
    </message>
    <message>
        <source>not a content line: {line}</source>
        <translation>no es una línea de contenido: {line}</translation>
    </message>
    <message>
        <source>parameter without a value in {name}</source>
        <translation>parámetro sin valor en {name}</translation>
    </message>
    <message>
        <source>unclosed quote in a parameter of {name}</source>
        <translation>comillas sin cerrar en un parámetro de {name}</translation>
    </message>
    <message>
        <source>not a content line (NAME:VALUE): {line}</source>
        <translation>no es una línea de contenido (NOMBRE:VALOR): {line}</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never closed</source>
        <translation>BEGIN:{component} nunca se cierra</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}</source>
        <translation>una línea fuera de BEGIN:VCALENDAR ... END:VCALENDAR: {line}</translation>
    </message>
    <message>
        <source>{problem} inside {component}</source>
        <translation>{problem} dentro de {component}</translation>
    </message>
    <message>
        <source>END:{ended} closes BEGIN:{component}</source>
        <translation>END:{ended} cierra BEGIN:{component}</translation>
    </message>
    <message>
        <source>{item} is not NAME=VALUE</source>
        <translation>{item} no tiene la forma NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>the rule has no FREQ</source>
        <translation>la regla no tiene FREQ</translation>
    </message>
    <message>
        <source>FREQ={freq} is not a frequency</source>
        <translation>FREQ={freq} no es una frecuencia</translation>
    </message>
    <message>
        <source>FREQ={freq}: a series that repeats more often than daily is not imported (write sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)</source>
        <translation>FREQ={freq}: no se importa una serie que se repite más de una vez al día (escriba las sesiones de los mismos días con FREQ=DAILY y BYHOUR, por ejemplo BYHOUR=9,14)</translation>
    </message>
    <message>
        <source>COUNT={count} is more than the {most} expanded</source>
        <translation>COUNT={count} supera las {most} repeticiones que se expanden</translation>
    </message>
    <message>
        <source>the rule gives {count} start times a day (at most {most})</source>
        <translation>la regla da {count} horas de inicio al día (como máximo {most})</translation>
    </message>
    <message>
        <source>{key}={value} must be a whole number of 1 or more</source>
        <translation>{key}={value} debe ser un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <source>not a valid rule: {problem}</source>
        <translation>regla no válida: {problem}</translation>
    </message>
    <message>
        <source>not a valid rule</source>
        <translation>regla no válida</translation>
    </message>
    <message>
        <source>{rule} has no occurrence for more than 400 years: it never occurs</source>
        <translation>{rule} no tiene ninguna repetición en más de 400 años: nunca ocurre</translation>
    </message>
    <message>
        <source>{count} dates: more than the {most} per series</source>
        <translation>{count} fechas: más de las {most} admitidas por serie</translation>
    </message>
    <message>
        <source>the series UID {uid} ({title}) has no occurrence between {start} and {end}, the import window: nothing was imported from it</source>
        <translation>la serie con UID {uid} ({title}) no tiene ninguna repetición entre el {start} y el {end}, el periodo de importación: no se importó nada de ella</translation>
    </message>
    <message>
        <source>the series has more than {most} occurrences between {start} and {end}, the most the planner imports from one series</source>
        <translation>la serie tiene más de {most} repeticiones entre el {start} y el {end}, el máximo que el planificador importa de una serie</translation>
    </message>
    <message>
        <source>cannot expand the series: a time zone in the file has a missing or malformed offset</source>
        <translation>no se puede expandir la serie: un huso horario del archivo tiene un desfase ausente o mal formado</translation>
    </message>
    <message>
        <source>cannot expand the series: its rule, dates or time zone are not valid iCalendar</source>
        <translation>no se puede expandir la serie: su regla, sus fechas o su huso horario no son iCalendar válido</translation>
    </message>
    <message>
        <source>cannot expand the series: {problem}</source>
        <translation>no se puede expandir la serie: {problem}</translation>
    </message>
    <message>
        <source>{value} is not an iCalendar date or date-time</source>
        <translation>{value} no es una fecha ni una fecha y hora iCalendar</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>huso horario desconocido {zone}</translation>
    </message>
    <message>
        <source>the date is too close to year 1 or year 9999 to work with</source>
        <translation>la fecha está demasiado cerca del año 1 o del año 9999 para poder tratarla</translation>
    </message>
    <message>
        <source>daylight time starts</source>
        <translation>empieza el horario de verano</translation>
    </message>
    <message>
        <source>standard time returns</source>
        <translation>vuelve el horario normal</translation>
    </message>
    <message>
        <source>{zone} is not an IANA time zone name</source>
        <translation>{zone} no es un nombre de huso horario de la IANA</translation>
    </message>
    <message>
        <source>no time zone named {zone} in the time zone database</source>
        <translation>no hay ningún huso horario llamado {zone} en la base de datos de husos horarios</translation>
    </message>
    <message>
        <source>{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules change inside the range; one STANDARD and one DAYLIGHT rule can only alternate between two</source>
        <translation>{zone}: el desfase respecto de UTC toma {count} valores en {span} ({offsets}), así que sus reglas cambian dentro del periodo; una regla STANDARD y una DAYLIGHT solo pueden alternar entre dos</translation>
    </message>
    <message>
        <source>{zone}: {year} has {starts} change(s) to daylight time and {ends} back to standard time; a yearly rule pair for {span} needs exactly one of each every year</source>
        <translation>{zone}: {year} tiene {starts} cambio(s) al horario de verano y {ends} de vuelta al horario normal; un par de reglas anuales para {span} necesita exactamente uno de cada cada año</translation>
    </message>
    <message>
        <source>{zone}: {what} on {onsets}{more} (local time); no single &apos;nth or last weekday of a month at one local time&apos; rule gives all of these dates</source>
        <translation>{zone}: {what} el {onsets}{more} (hora local); ninguna regla única de «enésimo o último día de la semana de un mes a una misma hora local» da todas estas fechas</translation>
    </message>
</context>
</TS>
