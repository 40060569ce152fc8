<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Invitation circular sent</source>
        <translation>Envío de la carta circular de invitación</translation>
    </message>
    <message>
        <source>Registration form due</source>
        <translation>Plazo del formulario de inscripción</translation>
    </message>
    <message>
        <source>Contributions due for translation</source>
        <translation>Plazo de las contribuciones que se traducirán</translation>
    </message>
    <message>
        <source>Last contributions due (published untranslated)</source>
        <translation>Plazo de las últimas contribuciones (se publican sin traducir)</translation>
    </message>
    <message>
        <source>Translated contributions published</source>
        <translation>Publicación de las contribuciones traducidas</translation>
    </message>
    <message>
        <source>Secretariat documents published</source>
        <translation>Publicación de los documentos de la secretaría</translation>
    </message>
    <message>
        <source>WTDC contributions due</source>
        <translation>Plazo de las contribuciones a la CMDT</translation>
    </message>
    <message>
        <source>All WTDC contributions published</source>
        <translation>Publicación de todas las contribuciones a la CMDT</translation>
    </message>
    <message>
        <source>WTDC secretariat documents published</source>
        <translation>Publicación de los documentos de la secretaría de la CMDT</translation>
    </message>
    <message>
        <source>Proposed new ITU-D study Questions due</source>
        <translation>Plazo de las nuevas Cuestiones de estudio propuestas para el UIT-D</translation>
    </message>
    <message>
        <source>List of proposed study Questions communicated</source>
        <translation>Comunicación de la lista de Cuestiones de estudio propuestas</translation>
    </message>
    <message>
        <source>Interpretation requested</source>
        <translation>Solicitud de interpretación</translation>
    </message>
    <message>
        <source>Draft Recommendations available in all languages</source>
        <translation>Proyectos de Recomendación disponibles en todos los idiomas</translation>
    </message>
    <message>
        <source>Circular on Recommendations for adoption received</source>
        <translation>Recepción de la circular sobre las Recomendaciones sometidas a adopción</translation>
    </message>
    <message>
        <source>Side event announced</source>
        <translation>Anuncio del evento paralelo</translation>
    </message>
    <message>
        <source>TDAG detailed report available</source>
        <translation>Informe detallado del GADT disponible</translation>
    </message>
    <message>
        <source>Res. 101 report on IP-based networks distributed</source>
        <translation>Distribución del informe sobre redes IP (Res. 101)</translation>
    </message>
    <message>
        <source>Decision 5 budget data to Council</source>
        <translation>Datos presupuestarios para el Consejo (Decisión 5)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (preferred date)</source>
        <translation>Candidatos a presidente y vicepresidente (fecha preferida)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (at the latest)</source>
        <translation>Candidatos a presidente y vicepresidente (a más tardar)</translation>
    </message>
    <message>
        <source>EG-ITRs first draft of the final report</source>
        <translation>Primer borrador del informe final del EG-ITRs</translation>
    </message>
    <message>
        <source>Council secretariat documents with serious financial implications</source>
        <translation>Documentos de la secretaría del Consejo con importantes repercusiones financieras</translation>
    </message>
    <message>
        <source>All Council secretariat documents</source>
        <translation>Todos los documentos de la secretaría del Consejo</translation>
    </message>
    <message>
        <source>Member State contributions to Council</source>
        <translation>Contribuciones de los Estados Miembros al Consejo</translation>
    </message>
    <message>
        <source>Documents for the Council&apos;s last meeting before the PP</source>
        <translation>Documentos para la última reunión del Consejo antes de la PP</translation>
    </message>
    <message>
        <source>Contributions to the Council&apos;s last meeting before the PP</source>
        <translation>Contribuciones a la última reunión del Consejo antes de la PP</translation>
    </message>
    <message>
        <source>ITU-D timetable of {year} meetings published</source>
        <translation>Publicación del calendario de reuniones del UIT-D para {year}</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>clausura</translation>
    </message>
    <message>
        <source>opening of the next EG-ITRs meeting</source>
        <translation>apertura de la próxima reunión del EG-ITRs</translation>
    </message>
    <message>
        <source>opening of the first ITU-D meeting of {year}</source>
        <translation>apertura de la primera reunión del UIT-D de {year}</translation>
    </message>
    <message>
        <source>{count} calendar day</source>
        <translation>{count} día natural</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} días naturales</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} semana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count} mes</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
</context>
<context>
    <name>Observances</name>
    <message>
        <source>Christmas</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Navidad ortodoxa</translation>
    </message>
    <message>
        <source>Good Friday to Easter Monday</source>
        <translation>De Viernes Santo a Lunes de Pascua</translation>
    </message>
    <message>
        <source>Orthodox Good Friday to Easter Monday</source>
        <translation>De Viernes Santo a Lunes de Pascua ortodoxos</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Ramadán</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>Eid al-Fitr</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Eid al-Adha</translation>
    </message>
    <message>
        <source>Passover (first two days)</source>
        <translation>Pésaj (dos primeros días)</translation>
    </message>
    <message>
        <source>Rosh Hashanah</source>
        <translation>Rosh Hashaná</translation>
    </message>
    <message>
        <source>Yom Kippur</source>
        <translation>Yom Kipur</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>Año Nuevo Lunar</translation>
    </message>
    <message>
        <source>Diwali (India)</source>
        <translation>Diwali (India)</translation>
    </message>
    <message>
        <source>Diwali (Singapore)</source>
        <translation>Diwali (Singapur)</translation>
    </message>
    <message>
        <source>Vesak (India)</source>
        <translation>Vesak (India)</translation>
    </message>
    <message>
        <source>Vesak (Singapore)</source>
        <translation>Vesak (Singapur)</translation>
    </message>
    <message>
        <source>Gurpurab (Guru Nanak) (India)</source>
        <translation>Gurpurab (Guru Nanak) (India)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>tentative / proposed</source>
        <translation>provisional / propuesta</translation>
    </message>
    <message>
        <source>dates not fixed</source>
        <translation>fechas sin fijar</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>fin de semana</translation>
    </message>
    <message>
        <source>religious period</source>
        <translation>período religioso</translation>
    </message>
    <message>
        <source>venue holiday</source>
        <translation>feriado en la sede</translation>
    </message>
    <message>
        <source>{span} ({days})</source>
        <translation>{span} ({days})</translation>
    </message>
    <message>
        <source>{span}, dates not fixed</source>
        <translation>{span}, fechas sin fijar</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name} (estimada)</translation>
    </message>
    <message>
        <source>Religious period: {name}</source>
        <translation>Período religioso: {name}</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Feriado: {name}</translation>
    </message>
    <message>
        <source>{code} · {span}, dates not fixed</source>
        <translation>{code} · {span}, fechas sin fijar</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>decided period (Res. 77)</source>
        <translation>período decidido (Res. 77)</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>último trimestre</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>No hay reuniones en este período.</translation>
    </message>
    <message>
        <source>Decided period of {code}: {span}</source>
        <translation>Período decidido de {code}: {span}</translation>
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
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Old dates</source>
        <translation>Fechas anteriores</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>Nuevas fechas</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Desplazamiento</translation>
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
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>{amount} más tarde</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>{amount} antes</translation>
    </message>
    <message>
        <source>{amount} longer</source>
        <translation>{amount} más</translation>
    </message>
    <message>
        <source>{amount} shorter</source>
        <translation>{amount} menos</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>new times</source>
        <translation>nuevo horario</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suprimidas</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Desplazadas</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>Observaciones nuevas</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>Observaciones desaparecidas</translation>
    </message>
    <message>
        <source>No meeting was added, removed or moved, and no finding was gained or lost.</source>
        <translation>No se ha añadido, suprimido ni desplazado ninguna reunión, y no ha aparecido ni desaparecido ninguna observación.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.</source>
        <translation>{added} añadidas, {removed} suprimidas, {moved} desplazadas; observaciones: {gained} nuevas, {lost} desaparecidas.</translation>
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
        <source>Printed</source>
        <translation>Impreso el</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>ITU meetings: {layout}</source>
        <translation>Reuniones de la UIT: {layout}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>No deadline in this period.</source>
        <translation>No hay plazos en este período.</translation>
    </message>
    <message>
        <source>{meeting} has no deadline: its dates are not fixed to the day.</source>
        <translation>{meeting} no tiene plazos: sus fechas no están fijadas al día.</translation>
    </message>
    <message>
        <source>No deadline of the ITU texts the planner follows falls to {meeting}.</source>
        <translation>Ningún plazo de los textos de la UIT que sigue el planificador corresponde a {meeting}.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>Las reglas no han encontrado nada que señalar.</translation>
    </message>
    <message>
        <source>Compliance annex: what the ITU&apos;s scheduling rules say about these meetings</source>
        <translation>Anexo de conformidad: lo que dicen las normas de la UIT sobre el calendario de estas reuniones</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Filtro: {filter}</translation>
    </message>
    <message>
        <source>Generated {date} by {app} {version}</source>
        <translation>Generado el {date} con {app} {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
    <message>
        <source>Dates / code / title</source>
        <translation>Fechas / código / título</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>T{number}</translation>
    </message>
    <message>
        <source>Conferences and assemblies</source>
        <translation>Conferencias y asambleas</translation>
    </message>
    <message>
        <source>Council and CWGs</source>
        <translation>Consejo y GTC</translation>
    </message>
    <message>
        <source>ITU-R groups</source>
        <translation>Grupos del UIT-R</translation>
    </message>
    <message>
        <source>ITU-T groups</source>
        <translation>Grupos del UIT-T</translation>
    </message>
    <message>
        <source>ITU-D groups</source>
        <translation>Grupos del UIT-D</translation>
    </message>
    <message>
        <source>Forums and workshops</source>
        <translation>Foros y talleres</translation>
    </message>
    <message>
        <source>Outside ICT events</source>
        <translation>Eventos TIC externos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Religious periods: {periods}</source>
        <translation>Períodos religiosos: {periods}</translation>
    </message>
    <message>
        <source>Dates not fixed: {meetings}</source>
        <translation>Fechas sin fijar: {meetings}</translation>
    </message>
</context>
</TS>
