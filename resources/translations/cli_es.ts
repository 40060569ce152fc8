<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Buddhism</source>
            <translation>Budismo</translation>
        </message>
        <message>
            <source>Chinese traditional religion</source>
            <translation>Religión tradicional china</translation>
        </message>
        <message>
            <source>Christianity</source>
            <translation>Cristianismo</translation>
        </message>
        <message>
            <source>Hinduism</source>
            <translation>Hinduismo</translation>
        </message>
        <message>
            <source>Islam</source>
            <translation>Islam</translation>
        </message>
        <message>
            <source>Judaism</source>
            <translation>Judaísmo</translation>
        </message>
        <message>
            <source>Sikhism</source>
            <translation>Sijismo</translation>
        </message>
        <message>
            <source>Body: {body}</source>
            <translation>Órgano: {body}</translation>
        </message>
        <message>
            <source>Body: {body} (reports to {parent})</source>
            <translation>Órgano: {body} (depende de {parent})</translation>
        </message>
        <message>
            <source>Reports to: {parent}</source>
            <translation>Depende de: {parent}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Decided period: {period}</source>
            <translation>Período decidido: {period}</translation>
        </message>
        <message>
            <source>Decided period: {period} ({source})</source>
            <translation>Período decidido: {period} ({source})</translation>
        </message>
        <message>
            <source>Chair: {chair}</source>
            <translation>Presidencia: {chair}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>{religion}. </source>
            <translation>{religion}. </translation>
        </message>
        <message>
            <source>Estimated date. </source>
            <translation>Fecha estimada. </translation>
        </message>
        <message>
            <source>Computed by {provenance}.</source>
            <translation>Calculada con {provenance}.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{app} {version}, with:</source>
            <translation>{app} {version}, con:</translation>
        </message>
        <message>
            <source>Qt for Python (PySide6) and Qt are used under the LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</source>
            <translation>Qt for Python (PySide6) y Qt se utilizan bajo la licencia LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>no se importó nada</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>observance, holiday or deadline written by the planner</source>
            <translation>festividad, día festivo o plazo escritos por el planificador</translation>
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
            <source>  skipped: {reason} ({n})</source>
            <translation>  omitido: {reason} ({n})</translation>
        </message>
        <message>
            <source>  skipped: {reason}</source>
            <translation>  omitido: {reason}</translation>
        </message>
        <message>
            <source>{path}: name the file .ics (iCalendar) or .csv</source>
            <translation>{path}: ponga al archivo la extensión .ics (iCalendar) o .csv</translation>
        </message>
        <message>
            <source>{options}: only for an .ics export</source>
            <translation>{options}: solo para una exportación .ics</translation>
        </message>
        <message>
            <source>.ics (iCalendar) or .csv</source>
            <translation>.ics (iCalendar) o .csv</translation>
        </message>
        <message>
            <source>wrote {n} meetings to {path}</source>
            <translation>{n} reuniones escritas en {path}</translation>
        </message>
        <message>
            <source>wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}</source>
            <translation>{meetings} reuniones ({first}-{last}), {bodies} órganos y {rooms} salas escritos en {path}</translation>
        </message>
        <message>
            <source>{path}: {n} meetings</source>
            <translation>{path}: {n} reuniones</translation>
        </message>
        <message>
            <source>copied {n} meetings to {path}</source>
            <translation>{n} reuniones copiadas en {path}</translation>
        </message>
        <message>
            <source>added {room} at {venue}</source>
            <translation>{room} añadida en {venue}</translation>
        </message>
        <message>
            <source>updated {room} at {venue}</source>
            <translation>{room} actualizada en {venue}</translation>
        </message>
        <message>
            <source>removed {room} from {venue}</source>
            <translation>{room} suprimida de {venue}</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>{n} plazas</translation>
        </message>
        <message>
            <source>capacity unknown</source>
            <translation>capacidad desconocida</translation>
        </message>
        <message>
            <source>{path}: no such planning database or CSV file</source>
            <translation>{path}: no existe esa base de datos de planificación ni ese archivo CSV</translation>
        </message>
        <message>
            <source>{rule}: {n} setting(s) back to the default</source>
            <translation>{rule}: {n} parámetro(s) restablecido(s) al valor predeterminado</translation>
        </message>
        <message>
            <source>every rule uses the catalogue's defaults</source>
            <translation>todas las reglas usan los valores predeterminados del catálogo</translation>
        </message>
        <message>
            <source>corrected {name}: {start} to {end}</source>
            <translation>{name} corregido: del {start} al {end}</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation> (estimado)</translation>
        </message>
        <message>
            <source>give meeting codes or --year, not both</source>
            <translation>indique códigos de reunión o --year, no ambos</translation>
        </message>
        <message>
            <source>give the meeting codes of the finding, or --year for one naming none</source>
            <translation>indique los códigos de reunión de la observación, o --year para una que no nombre ninguna</translation>
        </message>
        <message>
            <source>waived {rule} for {what}: {reason}</source>
            <translation>exención de {rule} para {what}: {reason}</translation>
        </message>
        <message>
            <source>removed the waiver of {rule} for {what}</source>
            <translation>exención de {rule} para {what} suprimida</translation>
        </message>
        <message>
            <source>--to {to} is before --from {start}</source>
            <translation>--to {to} es anterior a --from {start}</translation>
        </message>
        <message>
            <source>{path}: no such database</source>
            <translation>{path}: no existe esa base de datos</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it</source>
            <translation>{path} es una carpeta; indique un archivo dentro de ella</translation>
        </message>
        <message>
            <source>{path} exists; use --force to replace it</source>
            <translation>{path} ya existe; use --force para reemplazarlo</translation>
        </message>
        <message>
            <source>{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768</source>
            <translation>{text} no es un tamaño: escríbalo como ANCHOxALTO, p. ej. 1366x768</translation>
        </message>
        <message>
            <source>{text}: a window from 320x240 to 7680x4320, please</source>
            <translation>{text}: una ventana de 320x240 a 7680x4320, por favor</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} no es un número entero</translation>
        </message>
        <message>
            <source>{value} must be at least 1</source>
            <translation>{value} debe ser al menos 1</translation>
        </message>
        <message>
            <source>{text} is not a year from 1865 to 2199</source>
            <translation>{text} no es un año entre 1865 y 2199</translation>
        </message>
        <message>
            <source>--body: no body named {names} (see `scheduler-app bodies`)</source>
            <translation>--body: ningún órgano se llama {names} (véase `scheduler-app bodies`)</translation>
        </message>
        <message>
            <source>{path}: name the file {what}</source>
            <translation>{path}: ponga al archivo la extensión {what}</translation>
        </message>
        <message>
            <source>{path}: folder {folder} does not exist</source>
            <translation>{path}: la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>no meeting with code {code}</source>
            <translation>ninguna reunión tiene el código {code}</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{text} is not a number of seconds</source>
            <translation>{text} no es un número de segundos</translation>
        </message>
        <message>
            <source>{value} is not from 0 to 3600 seconds</source>
            <translation>{value} no está entre 0 y 3600 segundos</translation>
        </message>
        <message>
            <source>plan: {text}</source>
            <translation>plan: {text}</translation>
        </message>
        <message>
            <source>OUT.csv or OUT.sqlite</source>
            <translation>OUT.csv o OUT.sqlite</translation>
        </message>
        <message>
            <source>reading {path}</source>
            <translation>leyendo {path}</translation>
        </message>
        <message>
            <source>{path}: no row to place (give a row days and within)</source>
            <translation>{path}: ninguna fila que colocar (dé a una fila days y within)</translation>
        </message>
        <message>
            <source>placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>{n} reunión colocada en {seconds} s y {path} escrito: quedan {errors} errores, {warnings} advertencias y {infos} observaciones informativas</translation>
        </message>
        <message>
            <source>placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>{n} reuniones colocadas en {seconds} s y {path} escrito: quedan {errors} errores, {warnings} advertencias y {infos} observaciones informativas</translation>
        </message>
        <message>
            <source> (waived)</source>
            <translation> (exento)</translation>
        </message>
        <message>
            <source>{path} cannot be satisfied; these constraints conflict:</source>
            <translation>{path} no puede cumplirse; estas restricciones se contradicen:</translation>
        </message>
        <message>
            <source>  (the solver found no smaller set; try a longer --time-limit)</source>
            <translation>  (el solucionador no encontró un conjunto menor; pruebe un --time-limit mayor)</translation>
        </message>
        <message>
            <source>no plan found for {path} in the time given; try a longer --time-limit</source>
            <translation>no se encontró ningún plan para {path} en el tiempo dado; pruebe un --time-limit mayor</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>no se escribió nada</translation>
        </message>
        <message>
            <source>kind {values}</source>
            <translation>tipo {values}</translation>
        </message>
        <message>
            <source>Sector {values}</source>
            <translation>Sector {values}</translation>
        </message>
        <message>
            <source>status {values}</source>
            <translation>estado {values}</translation>
        </message>
        <message>
            <source>body {values}</source>
            <translation>órgano {values}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>--year {year} is not a plausible year</source>
            <translation>--year {year} no es un año plausible</translation>
        </message>
        <message>
            <source>--layout diff needs --against B, the calendar to compare with</source>
            <translation>--layout diff necesita --against B, el calendario con el que comparar</translation>
        </message>
        <message>
            <source>--layout diff compares whole calendars; leave out --year, the dates and filters</source>
            <translation>--layout diff compara calendarios completos; omita --year, las fechas y los filtros</translation>
        </message>
        <message>
            <source>--against is for --layout diff, not --layout {layout}</source>
            <translation>--against es para --layout diff, no para --layout {layout}</translation>
        </message>
        <message>
            <source>wrote {n} page to {path}</source>
            <translation>{n} página escrita en {path}</translation>
        </message>
        <message>
            <source>wrote {n} pages to {path}</source>
            <translation>{n} páginas escritas en {path}</translation>
        </message>
        <message>
            <source>{text} is not a whole number of days</source>
            <translation>{text} no es un número entero de días</translation>
        </message>
        <message>
            <source>a meeting lasts at least one day, not {value}</source>
            <translation>una reunión dura al menos un día, no {value}</translation>
        </message>
        <message>
            <source>at least 1, not {value}</source>
            <translation>al menos 1, no {value}</translation>
        </message>
        <message>
            <source>--room needs --venue: a room is chosen within a venue</source>
            <translation>--room necesita --venue: una sala se elige dentro de una sede</translation>
        </message>
        <message>
            <source>no meeting has the code {code}</source>
            <translation>ninguna reunión tiene el código {code}</translation>
        </message>
        <message>
            <source>{meeting}: {n} days within {period}, now {dates}</source>
            <translation>{meeting}: {n} días dentro de {period}, ahora {dates}</translation>
        </message>
        <message>
            <source>waived </source>
            <translation>exento </translation>
        </message>
        <message>
            <source>--resolve CODE and --keep mine|theirs go together</source>
            <translation>--resolve CODE y --keep mine|theirs van juntos</translation>
        </message>
        <message>
            <source>no password for {user} at {url}: store it in the system keyring (File &gt; Shared Calendar in the window) or set {variable}</source>
            <translation>no hay contraseña para {user} en {url}: guárdela en el llavero del sistema (Archivo &gt; Calendario compartido en la ventana) o defina {variable}</translation>
        </message>
        <message>
            <source>{code} has no conflict to resolve</source>
            <translation>{code} no tiene ningún conflicto que resolver</translation>
        </message>
        <message>
            <source>  note: {text}</source>
            <translation>  nota: {text}</translation>
        </message>
        <message>
            <source>  conflict: {meeting}: {field}: here {mine}, there {theirs}</source>
            <translation>  conflicto: {meeting}: {field}: aquí {mine}, allí {theirs}</translation>
        </message>
        <message>
            <source>  settle each with: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</source>
            <translation>  resuelva cada uno con: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</translation>
        </message>
        <message>
            <source>{n} cancellations</source>
            <translation>{n} cancelaciones</translation>
        </message>
        <message>
            <source>{n} religious periods</source>
            <translation>{n} períodos religiosos</translation>
        </message>
        <message>
            <source>{n} public holidays</source>
            <translation>{n} días festivos</translation>
        </message>
        <message>
            <source>{n} deadlines</source>
            <translation>{n} plazos</translation>
        </message>
        <message>
            <source>wrote {n} meetings (and {extra}) to {path}</source>
            <translation>{n} reuniones (y {extra}) escritas en {path}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>From {a} to {b}:</source>
            <translation>De {a} a {b}:</translation>
        </message>
        <message>
            <source> no change</source>
            <translation> ningún cambio</translation>
        </message>
        <message>
            <source>{meeting}: {title}, {dates}</source>
            <translation>{meeting}: {title}, {dates}</translation>
        </message>
        <message>
            <source>Added ({n}):</source>
            <translation>Añadidas ({n}):</translation>
        </message>
        <message>
            <source>Removed ({n}):</source>
            <translation>Suprimidas ({n}):</translation>
        </message>
        <message>
            <source>Moved ({n}):</source>
            <translation>Desplazadas ({n}):</translation>
        </message>
        <message>
            <source>Findings gained ({n}):</source>
            <translation>Observaciones nuevas ({n}):</translation>
        </message>
        <message>
            <source>Findings lost ({n}):</source>
            <translation>Observaciones desaparecidas ({n}):</translation>
        </message>
        <message>
            <source>{path} is a folder, not a planning database or CSV file</source>
            <translation>{path} es una carpeta, no una base de datos de planificación ni un archivo CSV</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no existe ese archivo</translation>
        </message>
        <message>
            <source>{n} days within {period}</source>
            <translation>{n} días dentro de {period}</translation>
        </message>
        <message>
            <source>would add {n}</source>
            <translation>añadiría {n}</translation>
        </message>
        <message>
            <source>would update {n}</source>
            <translation>actualizaría {n}</translation>
        </message>
        <message>
            <source>added {n}</source>
            <translation>{n} añadidas</translation>
        </message>
        <message>
            <source>updated {n}</source>
            <translation>{n} actualizadas</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} sin cambios</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} omitidas</translation>
        </message>
        <message>
            <source>{n} new bodies</source>
            <translation>{n} órganos nuevos</translation>
        </message>
        <message>
            <source>{n} new venues</source>
            <translation>{n} sedes nuevas</translation>
        </message>
        <message>
            <source>{n} new rooms</source>
            <translation>{n} salas nuevas</translation>
        </message>
        <message>
            <source>{source}: {changes}</source>
            <translation>{source}: {changes}</translation>
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
            <source>info</source>
            <translation>información</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>propuesta</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmada</translation>
        </message>
        <message>
            <source>held</source>
            <translation>celebrada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>Shared calendar: made the shared calendar, {received} received, {sent} sent</source>
            <translation>Calendario compartido: calendario compartido creado, {received} recibidas, {sent} enviadas</translation>
        </message>
        <message>
            <source>Shared calendar: {received} received, {sent} sent</source>
            <translation>Calendario compartido: {received} recibidas, {sent} enviadas</translation>
        </message>
        <message>
            <source>, {n} rule setting or waiver received</source>
            <translation>, {n} parámetro de regla o exención recibido</translation>
        </message>
        <message>
            <source>, {n} rule settings or waiver received</source>
            <translation>, {n} parámetros de regla o exenciones recibidos</translation>
        </message>
        <message>
            <source>, {n} conflict to resolve</source>
            <translation>, {n} conflicto por resolver</translation>
        </message>
        <message>
            <source>, {n} conflicts to resolve</source>
            <translation>, {n} conflictos por resolver</translation>
        </message>
        <message>
            <source>{meeting}: not merged ({reason})</source>
            <translation>{meeting}: no fusionada ({reason})</translation>
        </message>
        <message>
            <source>{code}: another meeting here has this code; kept without it</source>
            <translation>{code}: otra reunión aquí tiene este código; se conserva sin él</translation>
        </message>
    </context>
</TS>
