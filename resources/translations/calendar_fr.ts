<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <source>week of {day}</source>
            <translation>semaine du {day}</translation>
        </message>
        <message>
            <source>{count}, {period}: {names}</source>
            <translation>{count}, {period} : {names}</translation>
        </message>
        <message>
            <source>Decided period of {code}: {dates}</source>
            <translation>Période décidée pour {code} : {dates}</translation>
        </message>
        <message>
            <source>Conferences and assemblies</source>
            <translation>Conférences et assemblées</translation>
        </message>
        <message>
            <source>Council and CWGs</source>
            <translation>Conseil et GTC</translation>
        </message>
        <message>
            <source>ITU-R groups</source>
            <translation>Groupes de l&apos;UIT-R</translation>
        </message>
        <message>
            <source>ITU-T groups</source>
            <translation>Groupes de l&apos;UIT-T</translation>
        </message>
        <message>
            <source>ITU-D groups</source>
            <translation>Groupes de l&apos;UIT-D</translation>
        </message>
        <message>
            <source>Forums and workshops</source>
            <translation>Forums et ateliers</translation>
        </message>
        <message>
            <source>Outside ICT events</source>
            <translation>Manifestations TIC extérieures</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Semaine du {day}</translation>
        </message>
        <message>
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <source>Week {number}</source>
            <translation>Semaine {number}</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} autres</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>et {count} autres</translation>
        </message>
        <message>
            <source>Meetings: {count}</source>
            <translation>Réunions : {count}</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (estimation)</translation>
        </message>
        <message>
            <source>Decided period for {codes}: {dates}</source>
            <translation>Période décidée pour {codes} : {dates}</translation>
        </message>
        <message>
            <source>Decided by {source}</source>
            <translation>Décidée par {source}</translation>
        </message>
        <message>
            <source>{hours} {place} time</source>
            <translation>{hours} heure de {place}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>No calendar is shown</source>
            <translation>Aucun calendrier n'est affiché</translation>
        </message>
        <message>
            <source>{meetings} from {period}. Arrows step from meeting to meeting, Enter opens one, Tab walks the '+N more' buttons.</source>
            <translation>{meetings} du {period}. Les flèches passent d'une réunion à l'autre, Entrée en ouvre une, Tab parcourt les boutons « autres ».</translation>
        </message>
        <message>
            <source>{view}, {period}</source>
            <translation>{view}, {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} au {last}</translation>
        </message>
        <message>
            <source>{group} (click to collapse)</source>
            <translation>{group} (cliquer pour replier)</translation>
        </message>
        <message>
            <source>{group} (click to expand)</source>
            <translation>{group} (cliquer pour déplier)</translation>
        </message>
        <message>
            <source>Meetings in view</source>
            <translation>Réunions affichées</translation>
        </message>
        <message>
            <source>{count} in view on the calendar</source>
            <translation>{count} affichées dans le calendrier</translation>
        </message>
        <message>
            <source>Month navigator</source>
            <translation>Navigateur de mois</translation>
        </message>
        <message>
            <source>Days in bold have meetings. Press Enter or click a day to show it in the calendar.</source>
            <translation>Les jours en gras ont des réunions. Appuyez sur Entrée ou cliquez sur un jour pour l'afficher dans le calendrier.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Meetings on this day</source>
            <translation>Réunions ce jour</translation>
        </message>
        <message>
            <source>1 meeting starts or runs on this day</source>
            <translation>1 réunion commence ou se tient ce jour</translation>
        </message>
        <message>
            <source>Meetings starting or running on this day: {count}</source>
            <translation>Réunions commençant ou se tenant ce jour : {count}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDocks</name>
        <message>
            <source>Meetings in view</source>
            <translation>Réunions affichées</translation>
        </message>
        <message>
            <source>The agenda lists every meeting: choose a calendar view.</source>
            <translation>L'agenda liste toutes les réunions : choisissez une vue calendrier.</translation>
        </message>
    </context>
    <context>
        <name>CalendarDrag</name>
        <message>
            <source>%1: the first day cannot come after the last (%2)</source>
            <translation>%1 : le premier jour ne peut pas suivre le dernier (%2)</translation>
        </message>
        <message>
            <source>no finding</source>
            <translation>aucune constatation</translation>
        </message>
    </context>
    <context>
        <name>CalendarPane</name>
        <message>
            <source>Go to Date</source>
            <translation>Aller à la date</translation>
        </message>
        <message>
            <source>Date to show</source>
            <translation>Date à afficher</translation>
        </message>
    </context>
    <context>
        <name>CalendarZoom</name>
        <message>
            <source>Zoomed as far as the view goes</source>
            <translation>Zoom maximal de la vue atteint</translation>
        </message>
        <message>
            <source>Timeline: %1 across</source>
            <translation>Chronologie : %1 de large</translation>
        </message>
    </context>
</TS>
