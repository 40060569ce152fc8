<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <source>week of {day}</source>
            <translation>semana del {day}</translation>
        </message>
        <message>
            <source>{count}, {period}: {names}</source>
            <translation>{count}, {period}: {names}</translation>
        </message>
        <message>
            <source>Decided period of {code}: {dates}</source>
            <translation>Período decidido para {code}: {dates}</translation>
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
            <translation>Otro</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Semana del {day}</translation>
        </message>
        <message>
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} más</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>y {count} más</translation>
        </message>
        <message>
            <source>Meetings: {count}</source>
            <translation>Reuniones: {count}</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (estimado)</translation>
        </message>
        <message>
            <source>Decided period for {codes}: {dates}</source>
            <translation>Período decidido para {codes}: {dates}</translation>
        </message>
        <message>
            <source>Decided by {source}</source>
            <translation>Decidido por {source}</translation>
        </message>
        <message>
            <source>{hours} {place} time</source>
            <translation>{hours} hora de {place}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>No calendar is shown</source>
            <translation>No se muestra ningún calendario</translation>
        </message>
        <message>
            <source>{meetings} from {period}. Arrows step from meeting to meeting, Enter opens one, Tab walks the '+N more' buttons.</source>
            <translation>{meetings}, {period}. Las flechas pasan de una reunión a otra, Intro abre una y Tab recorre los botones «más».</translation>
        </message>
        <message>
            <source>{view}, {period}</source>
            <translation>{view}, {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>{group} (click to collapse)</source>
            <translation>{group} (haga clic para contraer)</translation>
        </message>
        <message>
            <source>{group} (click to expand)</source>
            <translation>{group} (haga clic para expandir)</translation>
        </message>
        <message>
            <source>Meetings in view</source>
            <translation>Reuniones a la vista</translation>
        </message>
        <message>
            <source>{count} in view on the calendar</source>
            <translation>{count} a la vista en el calendario</translation>
        </message>
        <message>
            <source>Month navigator</source>
            <translation>Navegador de meses</translation>
        </message>
        <message>
            <source>Days in bold have meetings. Press Enter or click a day to show it in the calendar.</source>
            <translation>Los días en negrita tienen reuniones. Pulse Intro o haga clic en un día para mostrarlo en el calendario.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Meetings on this day</source>
            <translation>Reuniones este día</translation>
        </message>
        <message>
            <source>1 meeting starts or runs on this day</source>
            <translation>1 reunión empieza o se celebra este día</translation>
        </message>
        <message>
            <source>Meetings starting or running on this day: {count}</source>
            <translation>Reuniones que empiezan o se celebran este día: {count}</translation>
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
</TS>
