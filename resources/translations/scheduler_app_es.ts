<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaTable</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Today, %1: after %2, the last meeting</source>
        <translation>Hoy, %1: después de %2, la última reunión</translation>
    </message>
    <message>
        <source>Today, %1: the line falls before %2</source>
        <translation>Hoy, %1: la línea cae antes de %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
</context>
<context>
    <name>CalendarDocks</name>
    <message>
        <source>Meetings in view</source>
        <translation>Reuniones a la vista</translation>
    </message>
    <message>
        <source>The agenda lists every meeting: choose a calendar view.</source>
        <translation>La agenda enumera todas las reuniones: elija una vista de calendario.</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>%1: the first day cannot come after the last (%2)</source>
        <translation>%1: el primer día no puede ser posterior al último (%2)</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>ninguna constatación</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Go to Date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Date to show</source>
        <translation>Fecha que se mostrará</translation>
    </message>
</context>
<context>
    <name>CalendarZoom</name>
    <message>
        <source>Zoomed as far as the view goes</source>
        <translation>La vista no admite más zoom</translation>
    </message>
    <message>
        <source>Timeline: %1 across</source>
        <translation>Cronología: %1 de ancho</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dentro de %1 días</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Geneva public holiday: %1</source>
        <translation>Día festivo en Ginebra: %1</translation>
    </message>
    <message>
        <source>Falls on a weekend; no ITU text moves it to a working day.</source>
        <translation>Cae en fin de semana; ningún texto de la UIT lo traslada a un día hábil.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Qué vence</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Deadlines of the shown meetings</source>
        <translation>Plazos de las reuniones mostradas</translation>
    </message>
    <message>
        <source>Show past deadlines</source>
        <translation>Mostrar plazos vencidos</translation>
    </message>
    <message>
        <source>Also list deadlines whose day has gone for meetings already held</source>
        <translation>Enumerar también los plazos vencidos de reuniones ya celebradas</translation>
    </message>
</context>
<context>
    <name>DecidedEdit</name>
    <message>
        <source>Period decided by a higher body</source>
        <translation>Periodo decidido por un órgano superior</translation>
    </message>
    <message>
        <source>e.g. PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>p. ej., Resolución 77 de la PP (Rev. Bucarest, 2022)</translation>
    </message>
    <message>
        <source>First day of the decided period</source>
        <translation>Primer día del periodo decidido</translation>
    </message>
    <message>
        <source>Last day of the decided period</source>
        <translation>Último día del periodo decidido</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Del:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decidido por:</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 días)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Informa a</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided period</source>
        <translation>Periodo decidido</translation>
    </message>
    <message>
        <source>Cycle year</source>
        <translation>Año del ciclo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Detalles de la reunión</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>Ninguna reunión seleccionada.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Cambios de %1 a %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar en P&amp;DF…</translation>
    </message>
    <message>
        <source>Cannot print the changes</source>
        <translation>No se pueden imprimir los cambios</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF no escrito</translation>
    </message>
    <message>
        <source>Save the Changes as PDF</source>
        <translation>Guardar los cambios en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>&amp;Editar reunión…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Move a Day &amp;Earlier</source>
        <translation>Adelantar un día (&amp;E)</translation>
    </message>
    <message>
        <source>Move a Day &amp;Later</source>
        <translation>Retrasar un día (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Move by…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Su&amp;gerir fechas…</translation>
    </message>
    <message>
        <source>C&amp;hange Status, Kind, Venue or Mode…</source>
        <translation>Cambiar estado, tipo, lugar o modalidad (&amp;H)…</translation>
    </message>
    <message>
        <source>Cannot suggest dates</source>
        <translation>No se pueden sugerir fechas</translation>
    </message>
    <message>
        <source>Delete meetings</source>
        <translation>Eliminar reuniones</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export meetings</source>
        <translation>Exportar reuniones</translation>
    </message>
    <message>
        <source>ITU Meeting Planner</source>
        <translation>Planificador de reuniones de la UIT</translation>
    </message>
    <message>
        <source>Add religious periods and venue public holidays</source>
        <translation>Añadir periodos religiosos y días festivos de los lugares</translation>
    </message>
    <message>
        <source>Add each meeting&apos;s deadlines</source>
        <translation>Añadir los plazos de cada reunión</translation>
    </message>
    <message>
        <source>1 meeting (the one the current filter shows) will be written to %1.</source>
        <translation>Se escribirá 1 reunión (la que muestra el filtro actual) en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings (those the current filter shows) will be written to %1.</source>
        <translation>
            <numerusform>Se escribirá %n reunión (la que muestra el filtro actual) en %1.</numerusform>
            <numerusform>Se escribirán %n reuniones (las que muestra el filtro actual) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>Nombre del calendario:</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>No es una carpeta</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
</context>
<context>
    <name>FieldChangeDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>Campo que se cambiará</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Sin lugar</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambiar:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>%1 of %2 will change.</source>
        <translation>Cambiarán %1 de %2.</translation>
    </message>
    <message>
        <source>Nothing would change: each already has this value.</source>
        <translation>Nada cambiaría: cada una ya tiene este valor.</translation>
    </message>
    <message>
        <source>Their place becomes %1.</source>
        <translation>Su lugar pasa a ser %1.</translation>
    </message>
    <message>
        <source>%1 loses its room, which %2 does not have.</source>
        <translation>%1 pierde su sala, que %2 no tiene.</translation>
    </message>
    <message>
        <source>%1 lose their rooms, which %2 does not have.</source>
        <translation>%1 pierden sus salas, que %2 no tiene.</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>sin lugar</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import the &amp;Bundled ITU Calendar…</source>
        <translation>Importar el calendario de la UIT &amp;incluido…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the Se&amp;lection…</source>
        <translation>Exportar la se&amp;lección…</translation>
    </message>
    <message>
        <source>S&amp;hared Calendar…</source>
        <translation>Calendario &amp;compartido…</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>No se puede crear la base de datos</translation>
    </message>
    <message>
        <source>%1 already exists: open it with File &gt; Open Database…</source>
        <translation>%1 ya existe: ábrala con Archivo &gt; Abrir base de datos…</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?)</source>
        <translation>%1 no existe (¿se movió o eliminó?)</translation>
    </message>
    <message>
        <source>Open planning database</source>
        <translation>Abrir una base de planificación</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de planificación (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>Nueva base de planificación</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>Save a copy of the planning database</source>
        <translation>Guardar una copia de la base de planificación</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import the bundled ITU calendar</source>
        <translation>Importar el calendario de la UIT incluido</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</source>
        <translation>Calendarios y tablas (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exportar reuniones</translation>
    </message>
    <message>
        <source>iCalendar for Outlook (*.ics);;CSV (*.csv)</source>
        <translation>iCalendar para Outlook (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2</source>
        <translation>Se escribieron %1 reuniones en %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Code, title, place, body, chair…</source>
        <translation>Código, título, lugar, órgano, presidente…</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>%n kinds</source>
        <translation>%n tipos</translation>
    </message>
    <message>
        <source>Kinds shown</source>
        <translation>Tipos mostrados</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>Todos los Sectores</translation>
    </message>
    <message>
        <source>%n Sectors</source>
        <translation>%n Sectores</translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>Sectores mostrados</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>%n statuses</source>
        <translation>%n estados</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>Estados mostrados</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <source>%n bodies</source>
        <translation>%n órganos</translation>
    </message>
    <message>
        <source>Bodies shown</source>
        <translation>Órganos mostrados</translation>
    </message>
    <message>
        <source>A body&apos;s own meetings and those of the groups reporting to it</source>
        <translation>Las reuniones de un órgano y las de los grupos que le informan</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>órganos</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Ó&amp;rgano:</translation>
    </message>
    <message>
        <source>Show on calendars</source>
        <translation>Mostrar en los calendarios</translation>
    </message>
    <message>
        <source>&amp;Religious periods</source>
        <translation>Periodos &amp;religiosos</translation>
    </message>
    <message>
        <source>Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)</source>
        <translation>Periodos que deben evitarse según la Resolución 111 de la PP (Rev. Bucarest, 2022)</translation>
    </message>
    <message>
        <source>Venue &amp;holidays</source>
        <translation>&amp;Festivos de los lugares</translation>
    </message>
    <message>
        <source>Public holidays of each venue</source>
        <translation>Días festivos de cada lugar</translation>
    </message>
    <message>
        <source>&amp;Outside ICT events</source>
        <translation>Eventos TIC &amp;externos</translation>
    </message>
    <message>
        <source>Events of other organizations</source>
        <translation>Eventos de otras organizaciones</translation>
    </message>
    <message>
        <source>&amp;Decided periods</source>
        <translation>Periodos &amp;decididos</translation>
    </message>
    <message>
        <source>Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>Periodos decididos según la Resolución 77 de la PP (Rev. Bucarest, 2022)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Constataciones</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>&amp;Waive the Selected Finding…</source>
        <translation>E&amp;ximir la constatación seleccionada…</translation>
    </message>
    <message>
        <source>Remove the &amp;Waiver of the Selected Finding</source>
        <translation>&amp;Retirar la exención de la constatación seleccionada</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings · %3 info</source>
        <translation>%1 errores · %2 advertencias · %3 informativas</translation>
    </message>
    <message>
        <source>Not checked: a rule setting cannot be used</source>
        <translation>Sin comprobar: un parámetro de regla no se puede usar</translation>
    </message>
    <message>
        <source>Not checked: the calendar cannot be read</source>
        <translation>Sin comprobar: no se puede leer el calendario</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>Eximir la constatación</translation>
    </message>
    <message>
        <source>Why is this acceptable? (e.g. &quot;Council Decision 623&quot;)

%1</source>
        <translation>¿Por qué es aceptable? (p. ej., «Decisión 623 del Consejo»)

%1</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>No eximida</translation>
    </message>
    <message>
        <source>Waiver not removed</source>
        <translation>Exención no retirada</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <source>[waived] </source>
        <translation>[eximida] </translation>
    </message>
    <message>
        <source>, %1 waived</source>
        <translation>, %1 eximidas</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings by severity</source>
        <translation>Constataciones por gravedad</translation>
    </message>
    <message>
        <source>The selected finding and its rule</source>
        <translation>La constatación seleccionada y su regla</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>E&amp;ximir…</translation>
    </message>
    <message>
        <source>&amp;Remove waiver</source>
        <translation>&amp;Retirar la exención</translation>
    </message>
    <message>
        <source>Checking the calendar against the rules…</source>
        <translation>Comprobando el calendario con las reglas…</translation>
    </message>
    <message>
        <source>Select a finding to see its rule, its source and its meetings.</source>
        <translation>Seleccione una constatación para ver su regla, su fuente y sus reuniones.</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
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
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>%1 was not imported: 1 problem to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 no se importó: 1 problema que corregir. No se cambió nada en el plan; corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 no se importó: %2 problemas que corregir. No se cambió nada en el plan; corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title or field</source>
        <translation>Título o campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 para añadir</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 para actualizar</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidas</translation>
    </message>
    <message>
        <source>%1 new body, venue or room</source>
        <translation>%1 nuevo órgano, lugar o sala</translation>
    </message>
    <message>
        <source>%1 new bodies, venues or rooms</source>
        <translation>%1 nuevos órganos, lugares o salas</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <source>What importing %1 would change</source>
        <translation>Qué cambiaría la importación de %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Filter by code, title or field</source>
        <translation>Filtrar por código, título o campo</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrar los cambios</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Cambios que haría la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing in this file changes the plan: there is nothing to import.</source>
        <translation>Nada en este archivo cambia el plan: no hay nada que importar.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Para añadir</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Para actualizar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>New bodies, venues and rooms</source>
        <translation>Nuevos órganos, lugares y salas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The planner will be in %1 the next time it starts.</source>
        <translation>El planificador estará en %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading the calendar…</source>
        <translation>Leyendo el calendario…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constataciones</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Meetings in View</source>
        <translation>Reuniones a la vista</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>Opened read-only (%1): nothing can be changed</source>
        <translation>Abierto en solo lectura (%1): no se puede cambiar nada</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>At set times (a short or virtual meeting)</source>
        <translation>A horas fijas (una reunión corta o virtual)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>the year it meets</source>
        <translation>el año en que se reúne</translation>
    </message>
    <message>
        <source>The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)</source>
        <translation>El año del ciclo al que pertenece, si es distinto (la AMNT-20 se reunió en 2022)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Su&amp;gerir fechas…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Órgano:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Informa a:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>Dates known to the:</source>
        <translation>Fechas conocidas al:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Huso horario:</translation>
    </message>
    <message>
        <source>Cycle year:</source>
        <translation>Año del ciclo:</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Presidente:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;etalles</translation>
    </message>
    <message>
        <source>Meeting fields</source>
        <translation>Campos de la reunión</translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation>Grupos de campos</translation>
    </message>
    <message>
        <source>Give the meeting a code, such as PP-30, C27 or RG-Q3/1.</source>
        <translation>Dé un código a la reunión, como PP-30, C27 o RG-Q3/1.</translation>
    </message>
    <message>
        <source>%1 is already used by another meeting: choose another code.</source>
        <translation>%1 ya lo usa otra reunión: elija otro código.</translation>
    </message>
    <message>
        <source>%1 is not a known venue: choose one from the list, or none.</source>
        <translation>%1 no es un lugar conocido: elija uno de la lista, o ninguno.</translation>
    </message>
    <message>
        <source>%1 has no room %2: choose one of its rooms from the list.</source>
        <translation>%1 no tiene la sala %2: elija una de sus salas de la lista.</translation>
    </message>
    <message>
        <source>%1 is not an IANA time zone: choose one from the list (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 no es un huso horario IANA: elija uno de la lista (el de Ginebra es Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country in the list: choose one by its name.</source>
        <translation>%1 no es un país de la lista: elija uno por su nombre.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>“Reports to” body</source>
        <translation>órgano «Informa a»</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>presidente</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>UID de calendario</translation>
    </message>
    <message>
        <source>“Decided by”</source>
        <translation>«Decidido por»</translation>
    </message>
    <message>
        <source>%1 is known only by its month: its dates are all of %2.</source>
        <translation>%1 solo se conoce por su mes: sus fechas abarcan todo %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its quarter: its dates are all of %2.</source>
        <translation>%1 solo se conoce por su trimestre: sus fechas abarcan todo %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its year: its dates are all of %2.</source>
        <translation>%1 solo se conoce por su año: sus fechas abarcan todo %2.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Esta reunión</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>Dé un título a %1.</translation>
    </message>
    <message>
        <source>%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in those years.</source>
        <translation>%1 cae en %2; el planificador contiene reuniones de %3 a %4: elija fechas en esos años.</translation>
    </message>
    <message>
        <source>%1 ends on %2, before it starts on %3: change its first or last day.</source>
        <translation>%1 termina el %2, antes de empezar el %3: cambie su primer o último día.</translation>
    </message>
    <message>
        <source>%1 has set times, so its dates must be known to the day: choose “Day” as what its dates are known to, or clear “At set times”.</source>
        <translation>%1 tiene horas fijas, así que sus fechas deben conocerse al día: elija «Día» como precisión de sus fechas o desmarque «A horas fijas».</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3 on the same day: change its times.</source>
        <translation>%1 termina a las %2, antes de empezar a las %3 el mismo día: cambie sus horas.</translation>
    </message>
    <message>
        <source>%1 has no set times, so it has no time zone: clear the time zone.</source>
        <translation>%1 no tiene horas fijas, así que no tiene huso horario: borre el huso horario.</translation>
    </message>
    <message>
        <source>%1 has set times: choose the time zone they are in (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 tiene horas fijas: elija el huso horario en que se expresan (el de Ginebra es Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country: choose one from the list by name.</source>
        <translation>%1 no es un país: elija uno de la lista por su nombre.</translation>
    </message>
    <message>
        <source>Give the number of participants of %1 from 0 to %2, or leave it unknown.</source>
        <translation>Indique el número de participantes de %1, de 0 a %2, o déjelo desconocido.</translation>
    </message>
    <message>
        <source>The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave it the same as its year.</source>
        <translation>El año del ciclo de %1, %2, no es plausible: indique un año de %3 a %4, o déjelo igual a su año.</translation>
    </message>
    <message>
        <source>%1 has a room, %2, but no venue: choose its venue first.</source>
        <translation>%1 tiene una sala, %2, pero ningún lugar: elija primero su lugar.</translation>
    </message>
    <message>
        <source>The period decided for %1 %2: change its first or last day, or clear “Period decided by a higher body”.</source>
        <translation>El periodo decidido para %1 %2: cambie su primer o último día, o desmarque «Periodo decidido por un órgano superior».</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1: el campo %2 %3.</translation>
    </message>
    <message>
        <source>Shorten the %1 of %2: %3 characters, where a field holds at most %4.</source>
        <translation>Acorte el campo %1 de %2: %3 caracteres, cuando un campo admite como máximo %4.</translation>
    </message>
    <message>
        <source>Retype the %1 of %2: there is an invisible control character in it (only tabs and line breaks may be used).</source>
        <translation>Vuelva a escribir el campo %1 de %2: contiene un carácter de control invisible (solo se admiten tabulaciones y saltos de línea).</translation>
    </message>
    <message>
        <source>The code %1 has spaces around it: remove them.</source>
        <translation>El código %1 tiene espacios alrededor: quítelos.</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>está incompleto</translation>
    </message>
    <message>
        <source>ends on %1, before it begins on %2</source>
        <translation>termina el %1, antes de empezar el %2</translation>
    </message>
    <message>
        <source>must fall within %1-%2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
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
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>%1 de %2 reuniones mostradas</translation>
    </message>
</context>
<context>
    <name>MoveDaysDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>Más &amp;temprano</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Mover:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation>%1: %2 pasa a %3</translation>
    </message>
    <message>
        <source>and %1 more, each by the same number of days</source>
        <translation>y %1 más, cada una el mismo número de días</translation>
    </message>
    <message>
        <source>%1 known only by a month, quarter or year cannot move by days: %2. Give them days in Edit Meeting, or leave them out of the selection.</source>
        <translation>%1 conocidas solo por un mes, un trimestre o un año no se pueden mover por días: %2. Deles días en Editar reunión o déjelas fuera de la selección.</translation>
    </message>
    <message>
        <source>%1 would leave the years the planner supports.</source>
        <translation>%1 saldría de los años que admite el planificador.</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <source>Religious Observances</source>
        <translation>Celebraciones religiosas</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Celebración</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Religious observances of the year</source>
        <translation>Celebraciones religiosas del año</translation>
    </message>
    <message>
        <source>First day of the observance</source>
        <translation>Primer día de la celebración</translation>
    </message>
    <message>
        <source>Last day of the observance</source>
        <translation>Último día de la celebración</translation>
    </message>
    <message>
        <source>&amp;Correct Dates</source>
        <translation>&amp;Corregir las fechas</translation>
    </message>
    <message>
        <source>Restore &amp;Computed Dates</source>
        <translation>Restablecer las fechas &amp;calculadas</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>Corregir las fechas</translation>
    </message>
    <message>
        <source>Restore the computed dates</source>
        <translation>Restablecer las fechas calculadas</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>edited by the planner</source>
        <translation>editado por el planificador</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculado</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimado</translation>
    </message>
    <message>
        <source>%1 already has these dates</source>
        <translation>%1 ya tiene estas fechas</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Day (first and last day)</source>
        <translation>Día (primer y último día)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Q1 (Jan-Mar)</source>
        <translation>T1 (ene.-mar.)</translation>
    </message>
    <message>
        <source>Q2 (Apr-Jun)</source>
        <translation>T2 (abr.-jun.)</translation>
    </message>
    <message>
        <source>Q3 (Jul-Sep)</source>
        <translation>T3 (jul.-sep.)</translation>
    </message>
    <message>
        <source>Q4 (Oct-Dec)</source>
        <translation>T4 (oct.-dic.)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Year of the quarter</source>
        <translation>Año del trimestre</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from Template</source>
        <translation>Planificar a partir de una plantilla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The template is the import CSV with two more columns: days (the length) and within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). Rows with dates stay where they are; the others are placed among this calendar.</source>
        <translation>La plantilla es el CSV de importación con dos columnas más: days (la duración) y within (un periodo como 2035, 2035-Q4, 2035-10 o 2035-03-01..2035-06-30). Las filas con fechas se quedan donde están; las demás se colocan en este calendario.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nueva base de datos:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Planning Template</source>
        <translation>Plantilla de planificación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>New Planning Database</source>
        <translation>Nueva base de planificación</translation>
    </message>
    <message>
        <source>%1: no such template; choose a CSV file.</source>
        <translation>%1: no existe esa plantilla; elija un archivo CSV.</translation>
    </message>
    <message>
        <source>End the new database&apos;s name in .sqlite: the plan opens as one.</source>
        <translation>Termine el nombre de la nueva base de datos en .sqlite: el plan se abre como tal.</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose where to write the plan.</source>
        <translation>%1 no es una carpeta: elija dónde escribir el plan.</translation>
    </message>
    <message>
        <source>Choose a new file: the plan must not replace the open calendar.</source>
        <translation>Elija un archivo nuevo: el plan no debe reemplazar el calendario abierto.</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 no se puede usar:</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 has no row to place: give a row days and within.</source>
        <translation>%1 no tiene ninguna fila que colocar: dé a una fila days y within.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the plan?</source>
        <translation>%1 existe. ¿Reemplazarlo por el plan?</translation>
    </message>
    <message>
        <source>Placing %1 meetings…</source>
        <translation>Colocando %1 reuniones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Stopped waiting while the plan was being written: %1 may hold it, but it is not opened.</source>
        <translation>Se dejó de esperar mientras se escribía el plan: puede que %1 lo contenga, pero no se ha abierto.</translation>
    </message>
    <message>
        <source>Stopped waiting: nothing is written. The solver stops within %1 s.</source>
        <translation>Se dejó de esperar: no se escribió nada. El solucionador se detiene en %1 s.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>No se pudo hacer el plan: %1</translation>
    </message>
    <message>
        <source>(the solver found no smaller set: try a longer time limit)</source>
        <translation>(el solucionador no encontró un conjunto menor: pruebe un límite de tiempo más largo)</translation>
    </message>
    <message>
        <source>The template cannot be satisfied; these constraints conflict:</source>
        <translation>La plantilla no se puede satisfacer; estas restricciones están en conflicto:</translation>
    </message>
    <message>
        <source>No plan was found in the time given: try a longer time limit.</source>
        <translation>No se encontró ningún plan en el tiempo dado: pruebe un límite de tiempo más largo.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Rule Policy</source>
        <translation>Política de reglas</translation>
    </message>
    <message>
        <source>Find a rule by id or title</source>
        <translation>Buscar una regla por identificador o título</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>Buscar una regla</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regla seleccionada</translation>
    </message>
    <message>
        <source>Severity of the rule&apos;s findings</source>
        <translation>Gravedad de las constataciones de la regla</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>La regla está activa</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>Parámetros de la regla seleccionada</translation>
    </message>
    <message>
        <source>Settings changed from the defaults</source>
        <translation>Parámetros distintos de los predeterminados</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Aplicar los parámetros</translation>
    </message>
    <message>
        <source>Reset the rule to its defaults</source>
        <translation>Restablecer los valores predeterminados de la regla</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>Seleccione una regla para ver sus parámetros.</translation>
    </message>
    <message>
        <source>Changed from the catalogue: %1</source>
        <translation>Distinto del catálogo: %1</translation>
    </message>
    <message>
        <source>Every setting is the catalogue&apos;s default.</source>
        <translation>Cada parámetro tiene el valor predeterminado del catálogo.</translation>
    </message>
    <message>
        <source>A stored setting cannot be used: %1. Reset to Defaults removes it.</source>
        <translation>Un parámetro guardado no se puede usar: %1. Restablecer valores predeterminados lo elimina.</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (no se puede usar)</translation>
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
        <source>nothing was changed in the fields</source>
        <translation>no se cambió nada en los campos</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time the planner starts.</source>
        <translation>Surte efecto la próxima vez que se inicie el planificador.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar a P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the &amp;Selection…</source>
        <translation>Imprimir la &amp;selección…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Drawing pages…</source>
        <translation>Dibujando las páginas…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>Detenido: no se escribió %1</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF no escrito</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>Se escribieron %1 páginas en %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Natural for the layout</source>
        <translation>La natural del diseño</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Add the compliance annex to the list</source>
        <translation>Añadir a la lista el anexo de conformidad</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>Year (year planner, cycle, list):</source>
        <translation>Año (planificador anual, ciclo, lista):</translation>
    </message>
    <message>
        <source>From (quarter, month):</source>
        <translation>Desde (trimestre, mes):</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Ya existe una vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>&amp;Vistas guardadas</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Filters saved under a name; choose one to apply it</source>
        <translation>Filtros guardados con un nombre; elija uno para aplicarlo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the filters now set under a name</source>
        <translation>Guardar con un nombre los filtros actuales</translation>
    </message>
    <message>
        <source>Re&amp;name View…</source>
        <translation>Cambiar el &amp;nombre de la vista…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Eliminar la vista</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gestionar</translation>
    </message>
    <message>
        <source>Rename or delete the view shown</source>
        <translation>Cambiar el nombre o eliminar la vista mostrada</translation>
    </message>
    <message>
        <source>Choose a view…</source>
        <translation>Elija una vista…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar la vista</translation>
    </message>
    <message>
        <source>Save the filters now set as:</source>
        <translation>Guardar los filtros actuales como:</translation>
    </message>
    <message>
        <source>Replace the saved view “%1” with the filters now set?</source>
        <translation>¿Reemplazar la vista guardada «%1» por los filtros actuales?</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Cambiar el nombre de la vista</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The meetings it shows are not affected.</source>
        <translation>¿Eliminar la vista guardada «%1»? Las reuniones que muestra no se ven afectadas.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Eliminar la vista</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot check the calendar</source>
        <translation>No se puede comprobar el calendario</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Why the last change was not made</source>
        <translation>Por qué no se hizo el último cambio</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
</context>
<context>
    <name>SharedCalendarDialog</name>
    <message>
        <source>Shared Calendar</source>
        <translation>Calendario compartido</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar cada</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Dirección del calendario:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar las &amp;mías</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar las &amp;suyas</translation>
    </message>
    <message>
        <source>Conflicts (the same field changed here and there):</source>
        <translation>Conflictos (el mismo campo cambiado aquí y allá):</translation>
    </message>
    <message>
        <source>Type the calendar&apos;s address and your user name.</source>
        <translation>Escriba la dirección del calendario y su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type the password of %1 on this calendar.</source>
        <translation>Escriba la contraseña de %1 en este calendario.</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1): it is used until you close the planner.</source>
        <translation>El llavero del sistema no puede guardar la contraseña (%1): se usará hasta que cierre el planificador.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Dates for %1</source>
        <translation>Sugerir fechas para %1</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1: %2, ahora %3</translation>
    </message>
    <message>
        <source>2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>2035, 2035-Q4, 2035-10 o 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>its own length</source>
        <translation>su propia duración</translation>
    </message>
    <message>
        <source>(its own place)</source>
        <translation>(su propio lugar)</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>Fechas candidatas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <source>Findings of the candidate</source>
        <translation>Constataciones de la candidata</translation>
    </message>
    <message>
        <source>What blocks the dates</source>
        <translation>Qué bloquea las fechas</translation>
    </message>
    <message>
        <source>&amp;Use These Dates</source>
        <translation>&amp;Usar estas fechas</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Dentro de:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>(any room)</source>
        <translation>(cualquier sala)</translation>
    </message>
    <message>
        <source>%1 is no longer in the plan</source>
        <translation>%1 ya no está en el plan</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Ninguna constatación</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 al %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you asked for suggestions: ask again</source>
        <translation>Otra persona cambió %1 después de que usted pidiera sugerencias: vuelva a pedirlas</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync with the shared calendar</source>
        <translation>Sincronizar con el calendario compartido</translation>
    </message>
    <message>
        <source>Shared calendar: </source>
        <translation>Calendario compartido: </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <source>no password (File &gt; Shared Calendar…)</source>
        <translation>sin contraseña (Archivo &gt; Calendario compartido…)</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún no sincronizado</translation>
    </message>
    <message>
        <source>offline (will send 1 edit)</source>
        <translation>sin conexión (se enviará 1 cambio)</translation>
    </message>
    <message>
        <source>offline (will send %1 edits)</source>
        <translation>sin conexión (se enviarán %1 cambios)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and Rooms</source>
        <translation>Lugares y salas</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Save Venue</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>Eliminar el lugar</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Save Room</source>
        <translation>Guardar la sala</translation>
    </message>
    <message>
        <source>Delete Room</source>
        <translation>Eliminar la sala</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Ciudad del lugar</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>País del lugar</translation>
    </message>
    <message>
        <source>Where the venue&apos;s details come from</source>
        <translation>De dónde provienen los datos del lugar</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Seated capacity of the room</source>
        <translation>Capacidad de asientos de la sala</translation>
    </message>
    <message>
        <source>Where the room&apos;s capacity comes from</source>
        <translation>De dónde proviene la capacidad de la sala</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Eliminar el lugar</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Guardar la sala</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Eliminar la sala</translation>
    </message>
    <message>
        <source>document or web address</source>
        <translation>documento o dirección web</translation>
    </message>
    <message>
        <source>room plan, document or web address</source>
        <translation>plano de la sala, documento o dirección web</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Sal&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>A&amp;sientos:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Fuen&amp;te:</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>Salas de %1</translation>
    </message>
    <message>
        <source>choose the venue&apos;s country from the list, or leave it empty</source>
        <translation>elija el país del lugar en la lista o déjelo vacío</translation>
    </message>
    <message>
        <source>give the venue a name</source>
        <translation>dé un nombre al lugar</translation>
    </message>
    <message>
        <source>give the room a name</source>
        <translation>dé un nombre a la sala</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Plenipotentiary Conference</source>
        <translation>Conferencia de Plenipotenciarios</translation>
    </message>
    <message>
        <source>Council (ordinary session)</source>
        <translation>Consejo (reunión ordinaria)</translation>
    </message>
    <message>
        <source>Council (additional or last meeting)</source>
        <translation>Consejo (reunión adicional o última)</translation>
    </message>
    <message>
        <source>Council working group / expert group</source>
        <translation>Grupo de trabajo del Consejo / grupo de expertos</translation>
    </message>
    <message>
        <source>World Telecommunication Development Conference</source>
        <translation>Conferencia Mundial de Desarrollo de las Telecomunicaciones</translation>
    </message>
    <message>
        <source>World Telecommunication Standardization Assembly</source>
        <translation>Asamblea Mundial de Normalización de las Telecomunicaciones</translation>
    </message>
    <message>
        <source>World Radiocommunication Conference</source>
        <translation>Conferencia Mundial de Radiocomunicaciones</translation>
    </message>
    <message>
        <source>Radiocommunication Assembly</source>
        <translation>Asamblea de Radiocomunicaciones</translation>
    </message>
    <message>
        <source>World Conference on International Telecommunications</source>
        <translation>Conferencia Mundial de Telecomunicaciones Internacionales</translation>
    </message>
    <message>
        <source>Conference Preparatory Meeting</source>
        <translation>Reunión Preparatoria de la Conferencia</translation>
    </message>
    <message>
        <source>Regional preparatory meeting</source>
        <translation>Reunión preparatoria regional</translation>
    </message>
    <message>
        <source>Advisory group</source>
        <translation>Grupo asesor</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>Comisión de estudio</translation>
    </message>
    <message>
        <source>Working party</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Rapporteur group</source>
        <translation>Grupo de relator</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>Grupo de expertos</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Outside ICT event</source>
        <translation>Evento TIC externo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Council (extra)</source>
        <translation>Consejo (adicional)</translation>
    </message>
    <message>
        <source>CWG / Council EG</source>
        <translation>GTC / GE del Consejo</translation>
    </message>
    <message>
        <source>Outside event</source>
        <translation>Evento externo</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secretaría General</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Year Planner</source>
        <translation>Planificador &amp;anual</translation>
    </message>
    <message>
        <source>&amp;Cycle Timeline</source>
        <translation>&amp;Cronología del ciclo</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>Planificador anual</translation>
    </message>
    <message>
        <source>Cycle timeline</source>
        <translation>Cronología del ciclo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Cycle chart</source>
        <translation>Gráfico del ciclo</translation>
    </message>
    <message>
        <source>Quarter timetable</source>
        <translation>Calendario trimestral</translation>
    </message>
    <message>
        <source>Month timetable</source>
        <translation>Calendario mensual</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendario del mes</translation>
    </message>
    <message>
        <source>Meeting list</source>
        <translation>Lista de reuniones</translation>
    </message>
    <message>
        <source>Deadlines checklist</source>
        <translation>Lista de plazos</translation>
    </message>
    <message>
        <source>Changes between two calendars</source>
        <translation>Cambios entre dos calendarios</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db)</source>
        <translation>Bases de planificación (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Las suyas</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Waivers</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Meetings or year</source>
        <translation>Reuniones o año</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Concedida el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Stored waivers</source>
        <translation>Exenciones guardadas</translation>
    </message>
    <message>
        <source>&amp;Unwaive Selected</source>
        <translation>&amp;Retirar las exenciones seleccionadas</translation>
    </message>
    <message>
        <source>Take back the selected waivers</source>
        <translation>Retirar las exenciones seleccionadas</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Geneva&apos;s time zone</source>
        <translation>Huso horario de Ginebra</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Huso horario</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Plans ITU conferences, Council sessions and groups.</source>
        <translation>Planifica las conferencias de la UIT, las reuniones del Consejo y los grupos.</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0.</source>
        <translation>Qt for Python (PySide6) %1 y Qt, con licencia LGPL-3.0.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrar los atajos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Filter by id, title or citation</source>
        <translation>Filtrar por identificador, título o cita</translation>
    </message>
    <message>
        <source>Filter the rules</source>
        <translation>Filtrar las reglas</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>La regla seleccionada</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>one a line</source>
        <translation>una por línea</translation>
    </message>
    <message>
        <source>, or empty for all years</source>
        <translation>, o vacío para todos los años</translation>
    </message>
    <message>
        <source>, or empty for today</source>
        <translation>, o vacío para hoy</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>self._table</name>
    <message>
        <source>Running today</source>
        <translation>En curso hoy</translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Left / Right / Up / Down</source>
        <translation>Izquierda / Derecha / Arriba / Abajo</translation>
    </message>
    <message>
        <source>Step to the previous or next meeting</source>
        <translation>Pasar a la reunión anterior o siguiente</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>Cancelar un arrastre</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Zoom the cycle timeline</source>
        <translation>Zoom de la cronología del ciclo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Jump to the first meeting that matches, without opening it</source>
        <translation>Ir a la primera reunión que coincide, sin abrirla</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <source>Edit the current meeting</source>
        <translation>Editar la reunión actual</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Tecla de menú / Mayús+F10</translation>
    </message>
    <message>
        <source>The current row&apos;s context menu</source>
        <translation>El menú contextual de la fila actual</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planificación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>Periodo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>Periodo &amp;siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Show on &amp;Calendars</source>
        <translation>Mostrar en los &amp;calendarios</translation>
    </message>
    <message>
        <source>&amp;Venues and Rooms…</source>
        <translation>&amp;Lugares y salas…</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>Parámetros de las &amp;reglas…</translation>
    </message>
    <message>
        <source>&amp;Observances…</source>
        <translation>&amp;Celebraciones…</translation>
    </message>
    <message>
        <source>&amp;Waivers…</source>
        <translation>&amp;Exenciones…</translation>
    </message>
    <message>
        <source>&amp;Plan from Template…</source>
        <translation>&amp;Planificar a partir de una plantilla…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
</context>
</TS>
