<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaTable</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Today, %1: after %2, the last meeting</source>
        <translation>Aujourd&apos;hui, %1 : après %2, la dernière réunion</translation>
    </message>
    <message>
        <source>Today, %1: the line falls before %2</source>
        <translation>Aujourd&apos;hui, %1 : la ligne tombe avant %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <translation>L&apos;agenda liste toutes les réunions : choisissez une vue calendrier.</translation>
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
<context>
    <name>CountryPicker</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Geneva public holiday: %1</source>
        <translation>Jour férié à Genève : %1</translation>
    </message>
    <message>
        <source>Falls on a weekend; no ITU text moves it to a working day.</source>
        <translation>Tombe un week-end ; aucun texte de l&apos;UIT ne la reporte à un jour ouvrable.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Deadlines of the shown meetings</source>
        <translation>Échéances des réunions affichées</translation>
    </message>
    <message>
        <source>Show past deadlines</source>
        <translation>Afficher les échéances passées</translation>
    </message>
    <message>
        <source>Also list deadlines whose day has gone for meetings already held</source>
        <translation>Lister aussi les échéances dépassées des réunions déjà tenues</translation>
    </message>
</context>
<context>
    <name>DecidedEdit</name>
    <message>
        <source>Period decided by a higher body</source>
        <translation>Période décidée par un organe supérieur</translation>
    </message>
    <message>
        <source>e.g. PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>p. ex. Résolution 77 de la PP (Rév. Bucarest, 2022)</translation>
    </message>
    <message>
        <source>First day of the decided period</source>
        <translation>Premier jour de la période décidée</translation>
    </message>
    <message>
        <source>Last day of the decided period</source>
        <translation>Dernier jour de la période décidée</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidée par :</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 jours)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Endroit</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided period</source>
        <translation>Période décidée</translation>
    </message>
    <message>
        <source>Cycle year</source>
        <translation>Année du cycle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>Aucune réunion sélectionnée.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Modifications de %1 à %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Cannot print the changes</source>
        <translation>Impossible d&apos;imprimer les modifications</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF non écrit</translation>
    </message>
    <message>
        <source>Save the Changes as PDF</source>
        <translation>Enregistrer les modifications en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>&amp;Modifier la réunion…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move a Day &amp;Earlier</source>
        <translation>Avancer d&apos;un jour (&amp;E)</translation>
    </message>
    <message>
        <source>Move a Day &amp;Later</source>
        <translation>Reculer d&apos;un jour (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Move by…</source>
        <translation>&amp;Déplacer de…</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Su&amp;ggérer des dates…</translation>
    </message>
    <message>
        <source>C&amp;hange Status, Kind, Venue or Mode…</source>
        <translation>C&amp;hanger le statut, le type, le lieu ou le mode…</translation>
    </message>
    <message>
        <source>Cannot suggest dates</source>
        <translation>Impossible de suggérer des dates</translation>
    </message>
    <message>
        <source>Delete meetings</source>
        <translation>Supprimer des réunions</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export meetings</source>
        <translation>Exporter des réunions</translation>
    </message>
    <message>
        <source>ITU Meeting Planner</source>
        <translation>Planificateur des réunions de l&apos;UIT</translation>
    </message>
    <message>
        <source>Add religious periods and venue public holidays</source>
        <translation>Ajouter les périodes religieuses et les jours fériés des lieux</translation>
    </message>
    <message>
        <source>Add each meeting&apos;s deadlines</source>
        <translation>Ajouter les échéances de chaque réunion</translation>
    </message>
    <message>
        <source>1 meeting (the one the current filter shows) will be written to %1.</source>
        <translation>1 réunion (celle qu&apos;affiche le filtre) sera écrite dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings (those the current filter shows) will be written to %1.</source>
        <translation>
            <numerusform>%n réunion (celle qu&apos;affiche le filtre) sera écrite dans %1.</numerusform>
            <numerusform>%n réunions (celles qu&apos;affiche le filtre) seront écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>Nom du calendrier :</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non autorisée</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ceci est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>N’est pas un dossier</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Plus d’espace disponible sur le disque</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
</context>
<context>
    <name>FieldChangeDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>Champ à modifier</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Aucun lieu</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Réunions :</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modifier :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;En :</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>%1 of %2 will change.</source>
        <translation>%1 sur %2 changeront.</translation>
    </message>
    <message>
        <source>Nothing would change: each already has this value.</source>
        <translation>Rien ne changerait : chacune a déjà cette valeur.</translation>
    </message>
    <message>
        <source>Their place becomes %1.</source>
        <translation>Leur endroit devient %1.</translation>
    </message>
    <message>
        <source>%1 loses its room, which %2 does not have.</source>
        <translation>%1 perd sa salle, que %2 n&apos;a pas.</translation>
    </message>
    <message>
        <source>%1 lose their rooms, which %2 does not have.</source>
        <translation>%1 perdent leurs salles, que %2 n&apos;a pas.</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>aucun lieu</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import the &amp;Bundled ITU Calendar…</source>
        <translation>Importer le calendrier UIT &amp;fourni…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the Se&amp;lection…</source>
        <translation>Exporter la sé&amp;lection…</translation>
    </message>
    <message>
        <source>S&amp;hared Calendar…</source>
        <translation>Calendrier &amp;partagé…</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>%1 already exists: open it with File &gt; Open Database…</source>
        <translation>%1 existe déjà : ouvrez-la avec Fichier &gt; Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?)</source>
        <translation>%1 n&apos;existe pas (déplacée ou supprimée ?)</translation>
    </message>
    <message>
        <source>Open planning database</source>
        <translation>Ouvrir une base de planification</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de planification (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>Nouvelle base de planification</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Save a copy of the planning database</source>
        <translation>Enregistrer une copie de la base de planification</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import the bundled ITU calendar</source>
        <translation>Importer le calendrier UIT fourni</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importer des réunions</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</source>
        <translation>Calendriers et tableaux (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exporter des réunions</translation>
    </message>
    <message>
        <source>iCalendar for Outlook (*.ics);;CSV (*.csv)</source>
        <translation>iCalendar pour Outlook (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2</source>
        <translation>%1 réunions écrites dans %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Code, title, place, body, chair…</source>
        <translation>Code, titre, endroit, organe, président…</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%n kinds</source>
        <translation>%n types</translation>
    </message>
    <message>
        <source>Kinds shown</source>
        <translation>Types affichés</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>Tous les Secteurs</translation>
    </message>
    <message>
        <source>%n Sectors</source>
        <translation>%n Secteurs</translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>Secteurs affichés</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>%n statuses</source>
        <translation>%n statuts</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>Statuts affichés</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <source>%n bodies</source>
        <translation>%n organes</translation>
    </message>
    <message>
        <source>Bodies shown</source>
        <translation>Organes affichés</translation>
    </message>
    <message>
        <source>A body&apos;s own meetings and those of the groups reporting to it</source>
        <translation>Les réunions d&apos;un organe et celles des groupes qui lui rendent compte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organe</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>organes</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organe :</translation>
    </message>
    <message>
        <source>Show on calendars</source>
        <translation>Afficher sur les calendriers</translation>
    </message>
    <message>
        <source>&amp;Religious periods</source>
        <translation>Périodes &amp;religieuses</translation>
    </message>
    <message>
        <source>Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)</source>
        <translation>Périodes à éviter selon la Résolution 111 de la PP (Rév. Bucarest, 2022)</translation>
    </message>
    <message>
        <source>Venue &amp;holidays</source>
        <translation>Jours &amp;fériés des lieux</translation>
    </message>
    <message>
        <source>Public holidays of each venue</source>
        <translation>Jours fériés de chaque lieu</translation>
    </message>
    <message>
        <source>&amp;Outside ICT events</source>
        <translation>Manifestations TIC &amp;extérieures</translation>
    </message>
    <message>
        <source>Events of other organizations</source>
        <translation>Manifestations d&apos;autres organisations</translation>
    </message>
    <message>
        <source>&amp;Decided periods</source>
        <translation>Périodes &amp;décidées</translation>
    </message>
    <message>
        <source>Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>Périodes décidées selon la Résolution 77 de la PP (Rév. Bucarest, 2022)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>&amp;Waive the Selected Finding…</source>
        <translation>&amp;Lever la constatation sélectionnée…</translation>
    </message>
    <message>
        <source>Remove the &amp;Waiver of the Selected Finding</source>
        <translation>Retirer la &amp;dérogation de la constatation sélectionnée</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings · %3 info</source>
        <translation>%1 erreurs · %2 avertissements · %3 infos</translation>
    </message>
    <message>
        <source>Not checked: a rule setting cannot be used</source>
        <translation>Non vérifié : un paramètre de règle est inutilisable</translation>
    </message>
    <message>
        <source>Not checked: the calendar cannot be read</source>
        <translation>Non vérifié : le calendrier ne peut pas être lu</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>Lever la constatation</translation>
    </message>
    <message>
        <source>Why is this acceptable? (e.g. &quot;Council Decision 623&quot;)

%1</source>
        <translation>Pourquoi est-ce acceptable ? (p. ex. « Décision 623 du Conseil »)

%1</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>Non levée</translation>
    </message>
    <message>
        <source>Waiver not removed</source>
        <translation>Dérogation non retirée</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>[waived] </source>
        <translation>[dérogation] </translation>
    </message>
    <message>
        <source>, %1 waived</source>
        <translation>, %1 avec dérogation</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings by severity</source>
        <translation>Constatations par gravité</translation>
    </message>
    <message>
        <source>The selected finding and its rule</source>
        <translation>La constatation sélectionnée et sa règle</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Lever…</translation>
    </message>
    <message>
        <source>&amp;Remove waiver</source>
        <translation>&amp;Retirer la dérogation</translation>
    </message>
    <message>
        <source>Checking the calendar against the rules…</source>
        <translation>Vérification du calendrier par rapport aux règles…</translation>
    </message>
    <message>
        <source>Select a finding to see its rule, its source and its meetings.</source>
        <translation>Sélectionnez une constatation pour voir sa règle, sa source et ses réunions.</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 was not imported: 1 problem to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 n&apos;a pas été importé : 1 problème à corriger. Rien n&apos;a été modifié dans le plan ; corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 n&apos;a pas été importé : %2 problèmes à corriger. Rien n&apos;a été modifié dans le plan ; corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title or field</source>
        <translation>Titre ou champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 à ajouter</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 à mettre à jour</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangées</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorées</translation>
    </message>
    <message>
        <source>%1 new body, venue or room</source>
        <translation>%1 nouvel organe, lieu ou salle</translation>
    </message>
    <message>
        <source>%1 new bodies, venues or rooms</source>
        <translation>%1 nouveaux organes, lieux ou salles</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importer des réunions</translation>
    </message>
    <message>
        <source>What importing %1 would change</source>
        <translation>Ce que l&apos;importation de %1 modifierait</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Filter by code, title or field</source>
        <translation>Filtrer par code, titre ou champ</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrer les modifications</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Modifications que l&apos;importation apporterait</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing in this file changes the plan: there is nothing to import.</source>
        <translation>Rien dans ce fichier ne modifie le plan : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>New bodies, venues and rooms</source>
        <translation>Nouveaux organes, lieux et salles</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The planner will be in %1 the next time it starts.</source>
        <translation>Le planificateur sera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading the calendar…</source>
        <translation>Lecture du calendrier…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Meetings in View</source>
        <translation>Réunions affichées</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>il ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Opened read-only (%1): nothing can be changed</source>
        <translation>Ouvert en lecture seule (%1) : rien ne peut être modifié</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>At set times (a short or virtual meeting)</source>
        <translation>À heures fixes (réunion courte ou virtuelle)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>the year it meets</source>
        <translation>l&apos;année où elle se tient</translation>
    </message>
    <message>
        <source>The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)</source>
        <translation>L&apos;année du cycle à laquelle elle appartient, si elle diffère (l&apos;AMNT-20 s&apos;est tenue en 2022)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>Su&amp;ggérer des dates…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Secteur :</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Organe :</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Rend compte à :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>Dates known to the:</source>
        <translation>Dates connues au :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Heures :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Cycle year:</source>
        <translation>Année du cycle :</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Endroit</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Président :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;étails</translation>
    </message>
    <message>
        <source>Meeting fields</source>
        <translation>Champs de la réunion</translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation>Groupes de champs</translation>
    </message>
    <message>
        <source>Give the meeting a code, such as PP-30, C27 or RG-Q3/1.</source>
        <translation>Donnez un code à la réunion, par exemple PP-30, C27 ou RG-Q3/1.</translation>
    </message>
    <message>
        <source>%1 is already used by another meeting: choose another code.</source>
        <translation>%1 est déjà utilisé par une autre réunion : choisissez un autre code.</translation>
    </message>
    <message>
        <source>%1 is not a known venue: choose one from the list, or none.</source>
        <translation>%1 n&apos;est pas un lieu connu : choisissez-en un dans la liste, ou aucun.</translation>
    </message>
    <message>
        <source>%1 has no room %2: choose one of its rooms from the list.</source>
        <translation>%1 n&apos;a pas de salle %2 : choisissez l&apos;une de ses salles dans la liste.</translation>
    </message>
    <message>
        <source>%1 is not an IANA time zone: choose one from the list (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 n&apos;est pas un fuseau horaire IANA : choisissez-en un dans la liste (celui de Genève est Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country in the list: choose one by its name.</source>
        <translation>%1 n&apos;est pas un pays de la liste : choisissez-en un par son nom.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organe</translation>
    </message>
    <message>
        <source>“Reports to” body</source>
        <translation>organe « Rend compte à »</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>président</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>UID de calendrier</translation>
    </message>
    <message>
        <source>“Decided by”</source>
        <translation>« Décidée par »</translation>
    </message>
    <message>
        <source>%1 is known only by its month: its dates are all of %2.</source>
        <translation>%1 n&apos;est connue que par son mois : ses dates couvrent tout %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its quarter: its dates are all of %2.</source>
        <translation>%1 n&apos;est connue que par son trimestre : ses dates couvrent tout %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its year: its dates are all of %2.</source>
        <translation>%1 n&apos;est connue que par son année : ses dates couvrent tout %2.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>Donnez un titre à %1.</translation>
    </message>
    <message>
        <source>%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in those years.</source>
        <translation>%1 tombe en %2 ; le planificateur contient les réunions de %3 à %4 : choisissez des dates dans ces années.</translation>
    </message>
    <message>
        <source>%1 ends on %2, before it starts on %3: change its first or last day.</source>
        <translation>%1 se termine le %2, avant de commencer le %3 : modifiez son premier ou son dernier jour.</translation>
    </message>
    <message>
        <source>%1 has set times, so its dates must be known to the day: choose “Day” as what its dates are known to, or clear “At set times”.</source>
        <translation>%1 a des heures fixes, ses dates doivent donc être connues au jour près : choisissez « Jour » comme précision de ses dates, ou décochez « À heures fixes ».</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3 on the same day: change its times.</source>
        <translation>%1 se termine à %2, avant de commencer à %3 le même jour : modifiez ses heures.</translation>
    </message>
    <message>
        <source>%1 has no set times, so it has no time zone: clear the time zone.</source>
        <translation>%1 n&apos;a pas d&apos;heures fixes, donc pas de fuseau horaire : effacez le fuseau horaire.</translation>
    </message>
    <message>
        <source>%1 has set times: choose the time zone they are in (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 a des heures fixes : choisissez le fuseau horaire dans lequel elles sont exprimées (celui de Genève est Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country: choose one from the list by name.</source>
        <translation>%1 n&apos;est pas un pays : choisissez-en un dans la liste par son nom.</translation>
    </message>
    <message>
        <source>Give the number of participants of %1 from 0 to %2, or leave it unknown.</source>
        <translation>Indiquez le nombre de participants de %1, de 0 à %2, ou laissez-le inconnu.</translation>
    </message>
    <message>
        <source>The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave it the same as its year.</source>
        <translation>L&apos;année du cycle de %1, %2, n&apos;est pas plausible : indiquez une année de %3 à %4, ou laissez-la égale à son année.</translation>
    </message>
    <message>
        <source>%1 has a room, %2, but no venue: choose its venue first.</source>
        <translation>%1 a une salle, %2, mais pas de lieu : choisissez d&apos;abord son lieu.</translation>
    </message>
    <message>
        <source>The period decided for %1 %2: change its first or last day, or clear “Period decided by a higher body”.</source>
        <translation>La période décidée pour %1 %2 : modifiez son premier ou son dernier jour, ou décochez « Période décidée par un organe supérieur ».</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1 : le champ %2 %3.</translation>
    </message>
    <message>
        <source>Shorten the %1 of %2: %3 characters, where a field holds at most %4.</source>
        <translation>Raccourcissez le champ %1 de %2 : %3 caractères, alors qu&apos;un champ en contient au plus %4.</translation>
    </message>
    <message>
        <source>Retype the %1 of %2: there is an invisible control character in it (only tabs and line breaks may be used).</source>
        <translation>Ressaisissez le champ %1 de %2 : il contient un caractère de contrôle invisible (seuls les tabulations et les sauts de ligne sont admis).</translation>
    </message>
    <message>
        <source>The code %1 has spaces around it: remove them.</source>
        <translation>Le code %1 est entouré d&apos;espaces : supprimez-les.</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>est incomplète</translation>
    </message>
    <message>
        <source>ends on %1, before it begins on %2</source>
        <translation>se termine le %1, avant de commencer le %2</translation>
    </message>
    <message>
        <source>must fall within %1-%2</source>
        <translation>doit se situer entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Endroit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source : </translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>1 meeting</source>
        <translation>1 réunion</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>%1 réunions affichées sur %2</translation>
    </message>
</context>
<context>
    <name>MoveDaysDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>Plus &amp;tôt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Réunions :</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Déplacer de :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation>%1 : %2 devient %3</translation>
    </message>
    <message>
        <source>and %1 more, each by the same number of days</source>
        <translation>et %1 de plus, chacune du même nombre de jours</translation>
    </message>
    <message>
        <source>%1 known only by a month, quarter or year cannot move by days: %2. Give them days in Edit Meeting, or leave them out of the selection.</source>
        <translation>%1 connues seulement par un mois, un trimestre ou une année ne peuvent pas être déplacées par jours : %2. Donnez-leur des jours dans Modifier la réunion, ou retirez-les de la sélection.</translation>
    </message>
    <message>
        <source>%1 would leave the years the planner supports.</source>
        <translation>%1 sortirait des années prises en charge par le planificateur.</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <source>Religious Observances</source>
        <translation>Observances religieuses</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Observance</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Religious observances of the year</source>
        <translation>Observances religieuses de l&apos;année</translation>
    </message>
    <message>
        <source>First day of the observance</source>
        <translation>Premier jour de l&apos;observance</translation>
    </message>
    <message>
        <source>Last day of the observance</source>
        <translation>Dernier jour de l&apos;observance</translation>
    </message>
    <message>
        <source>&amp;Correct Dates</source>
        <translation>&amp;Corriger les dates</translation>
    </message>
    <message>
        <source>Restore &amp;Computed Dates</source>
        <translation>Rétablir les dates &amp;calculées</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>Corriger les dates</translation>
    </message>
    <message>
        <source>Restore the computed dates</source>
        <translation>Rétablir les dates calculées</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>edited by the planner</source>
        <translation>modifié par le planificateur</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimé</translation>
    </message>
    <message>
        <source>%1 already has these dates</source>
        <translation>%1 a déjà ces dates</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Day (first and last day)</source>
        <translation>Jour (premier et dernier jour)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Q1 (Jan-Mar)</source>
        <translation>T1 (janv.-mars)</translation>
    </message>
    <message>
        <source>Q2 (Apr-Jun)</source>
        <translation>T2 (avr.-juin)</translation>
    </message>
    <message>
        <source>Q3 (Jul-Sep)</source>
        <translation>T3 (juil.-sept.)</translation>
    </message>
    <message>
        <source>Q4 (Oct-Dec)</source>
        <translation>T4 (oct.-déc.)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Year of the quarter</source>
        <translation>Année du trimestre</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from Template</source>
        <translation>Planifier à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The template is the import CSV with two more columns: days (the length) and within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). Rows with dates stay where they are; the others are placed among this calendar.</source>
        <translation>Le modèle est le CSV d&apos;importation avec deux colonnes de plus : days (la durée) et within (une période comme 2035, 2035-Q4, 2035-10 ou 2035-03-01..2035-06-30). Les lignes datées restent où elles sont ; les autres sont placées dans ce calendrier.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nouvelle base de données :</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Limite de temps :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Planning Template</source>
        <translation>Modèle de planification</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>New Planning Database</source>
        <translation>Nouvelle base de planification</translation>
    </message>
    <message>
        <source>%1: no such template; choose a CSV file.</source>
        <translation>%1 : modèle introuvable ; choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>End the new database&apos;s name in .sqlite: the plan opens as one.</source>
        <translation>Terminez le nom de la nouvelle base de données par .sqlite : le plan s&apos;ouvre comme telle.</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose where to write the plan.</source>
        <translation>%1 n&apos;est pas un dossier : choisissez où écrire le plan.</translation>
    </message>
    <message>
        <source>Choose a new file: the plan must not replace the open calendar.</source>
        <translation>Choisissez un nouveau fichier : le plan ne doit pas remplacer le calendrier ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 est inutilisable :</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 has no row to place: give a row days and within.</source>
        <translation>%1 n&apos;a aucune ligne à placer : donnez à une ligne days et within.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the plan?</source>
        <translation>%1 existe. Le remplacer par le plan ?</translation>
    </message>
    <message>
        <source>Placing %1 meetings…</source>
        <translation>Placement de %1 réunions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Stopped waiting while the plan was being written: %1 may hold it, but it is not opened.</source>
        <translation>Attente interrompue pendant l&apos;écriture du plan : %1 le contient peut-être, mais il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Stopped waiting: nothing is written. The solver stops within %1 s.</source>
        <translation>Attente interrompue : rien n&apos;est écrit. Le solveur s&apos;arrête dans les %1 s.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Le plan n&apos;a pas pu être établi : %1</translation>
    </message>
    <message>
        <source>(the solver found no smaller set: try a longer time limit)</source>
        <translation>(le solveur n&apos;a pas trouvé d&apos;ensemble plus petit : essayez une limite de temps plus longue)</translation>
    </message>
    <message>
        <source>The template cannot be satisfied; these constraints conflict:</source>
        <translation>Le modèle ne peut pas être satisfait ; ces contraintes sont en conflit :</translation>
    </message>
    <message>
        <source>No plan was found in the time given: try a longer time limit.</source>
        <translation>Aucun plan trouvé dans le temps imparti : essayez une limite de temps plus longue.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Rule Policy</source>
        <translation>Politique des règles</translation>
    </message>
    <message>
        <source>Find a rule by id or title</source>
        <translation>Rechercher une règle par identifiant ou titre</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>Rechercher une règle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Severity of the rule&apos;s findings</source>
        <translation>Gravité des constatations de la règle</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>La règle est active</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vité :</translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>Paramètres de la règle sélectionnée</translation>
    </message>
    <message>
        <source>Settings changed from the defaults</source>
        <translation>Paramètres modifiés par rapport aux valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Appliquer les paramètres</translation>
    </message>
    <message>
        <source>Reset the rule to its defaults</source>
        <translation>Rétablir les valeurs par défaut de la règle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>Sélectionnez une règle pour voir ses paramètres.</translation>
    </message>
    <message>
        <source>Changed from the catalogue: %1</source>
        <translation>Modifié par rapport au catalogue : %1</translation>
    </message>
    <message>
        <source>Every setting is the catalogue&apos;s default.</source>
        <translation>Chaque paramètre a la valeur par défaut du catalogue.</translation>
    </message>
    <message>
        <source>A stored setting cannot be used: %1. Reset to Defaults removes it.</source>
        <translation>Un paramètre enregistré est inutilisable : %1. Rétablir les valeurs par défaut le supprime.</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>nothing was changed in the fields</source>
        <translation>rien n&apos;a été modifié dans les champs</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Takes effect the next time the planner starts.</source>
        <translation>Prend effet au prochain démarrage du planificateur.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the &amp;Selection…</source>
        <translation>Imprimer la &amp;sélection…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <source>Drawing pages…</source>
        <translation>Dessin des pages…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>Arrêté : %1 n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF non écrit</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>%1 pages écrites dans %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Natural for the layout</source>
        <translation>Selon la mise en page</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Add the compliance annex to the list</source>
        <translation>Ajouter l&apos;annexe de conformité à la liste</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <source>Year (year planner, cycle, list):</source>
        <translation>Année (planning annuel, cycle, liste) :</translation>
    </message>
    <message>
        <source>From (quarter, month):</source>
        <translation>Du (trimestre, mois) :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>Il existe déjà une vue enregistrée nommée « %1 ».</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Filters saved under a name; choose one to apply it</source>
        <translation>Filtres enregistrés sous un nom ; choisissez-en un pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the filters now set under a name</source>
        <translation>Enregistrer les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Re&amp;name View…</source>
        <translation>Re&amp;nommer la vue…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gérer</translation>
    </message>
    <message>
        <source>Rename or delete the view shown</source>
        <translation>Renommer ou supprimer la vue affichée</translation>
    </message>
    <message>
        <source>Choose a view…</source>
        <translation>Choisir une vue…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Save the filters now set as:</source>
        <translation>Enregistrer les filtres actuels sous :</translation>
    </message>
    <message>
        <source>Replace the saved view “%1” with the filters now set?</source>
        <translation>Remplacer la vue enregistrée « %1 » par les filtres actuels ?</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The meetings it shows are not affected.</source>
        <translation>Supprimer la vue enregistrée « %1 » ? Les réunions qu&apos;elle affiche ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot check the calendar</source>
        <translation>Impossible de vérifier le calendrier</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Why the last change was not made</source>
        <translation>Pourquoi la dernière modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>SharedCalendarDialog</name>
    <message>
        <source>Shared Calendar</source>
        <translation>Calendrier partagé</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Adresse du calendrier :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder les &amp;miennes</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder les &amp;leurs</translation>
    </message>
    <message>
        <source>Conflicts (the same field changed here and there):</source>
        <translation>Conflits (le même champ modifié ici et là-bas) :</translation>
    </message>
    <message>
        <source>Type the calendar&apos;s address and your user name.</source>
        <translation>Saisissez l&apos;adresse du calendrier et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type the password of %1 on this calendar.</source>
        <translation>Saisissez le mot de passe de %1 sur ce calendrier.</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1): it is used until you close the planner.</source>
        <translation>Le trousseau du système ne peut pas conserver le mot de passe (%1) : il sert jusqu&apos;à la fermeture du planificateur.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Dates for %1</source>
        <translation>Suggérer des dates pour %1</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1 : %2, actuellement %3</translation>
    </message>
    <message>
        <source>2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>2035, 2035-Q4, 2035-10 ou 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>its own length</source>
        <translation>sa propre durée</translation>
    </message>
    <message>
        <source>(its own place)</source>
        <translation>(son propre endroit)</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggérer</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>Dates candidates</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Findings of the candidate</source>
        <translation>Constatations de la candidate</translation>
    </message>
    <message>
        <source>What blocks the dates</source>
        <translation>Ce qui bloque les dates</translation>
    </message>
    <message>
        <source>&amp;Use These Dates</source>
        <translation>&amp;Utiliser ces dates</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>(any room)</source>
        <translation>(toute salle)</translation>
    </message>
    <message>
        <source>%1 is no longer in the plan</source>
        <translation>%1 n&apos;est plus dans le plan</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Aucune constatation</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 au %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you asked for suggestions: ask again</source>
        <translation>%1 a été modifiée par quelqu&apos;un d&apos;autre depuis votre demande de suggestions : redemandez</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync with the shared calendar</source>
        <translation>Synchroniser avec le calendrier partagé</translation>
    </message>
    <message>
        <source>Shared calendar: </source>
        <translation>Calendrier partagé : </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>no password (File &gt; Shared Calendar…)</source>
        <translation>pas de mot de passe (Fichier &gt; Calendrier partagé…)</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>offline (will send 1 edit)</source>
        <translation>hors ligne (1 modification à envoyer)</translation>
    </message>
    <message>
        <source>offline (will send %1 edits)</source>
        <translation>hors ligne (%1 modifications à envoyer)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisé %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and Rooms</source>
        <translation>Lieux et salles</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Save Venue</source>
        <translation>Enregistrer le lieu</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>Supprimer le lieu</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Save Room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <source>Delete Room</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Ville du lieu</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>Pays du lieu</translation>
    </message>
    <message>
        <source>Where the venue&apos;s details come from</source>
        <translation>Origine des informations sur le lieu</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom de la salle</translation>
    </message>
    <message>
        <source>Seated capacity of the room</source>
        <translation>Nombre de places assises de la salle</translation>
    </message>
    <message>
        <source>Where the room&apos;s capacity comes from</source>
        <translation>Origine de la capacité de la salle</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>Enregistrer le lieu</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Supprimer le lieu</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <source>document or web address</source>
        <translation>document ou adresse web</translation>
    </message>
    <message>
        <source>room plan, document or web address</source>
        <translation>plan de salle, document ou adresse web</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce :</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Sall&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>P&amp;laces :</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Sou&amp;rce :</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>Salles de %1</translation>
    </message>
    <message>
        <source>choose the venue&apos;s country from the list, or leave it empty</source>
        <translation>choisissez le pays du lieu dans la liste, ou laissez vide</translation>
    </message>
    <message>
        <source>give the venue a name</source>
        <translation>donnez un nom au lieu</translation>
    </message>
    <message>
        <source>give the room a name</source>
        <translation>donnez un nom à la salle</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Plenipotentiary Conference</source>
        <translation>Conférence de plénipotentiaires</translation>
    </message>
    <message>
        <source>Council (ordinary session)</source>
        <translation>Conseil (session ordinaire)</translation>
    </message>
    <message>
        <source>Council (additional or last meeting)</source>
        <translation>Conseil (réunion supplémentaire ou dernière réunion)</translation>
    </message>
    <message>
        <source>Council working group / expert group</source>
        <translation>Groupe de travail du Conseil / groupe d&apos;experts</translation>
    </message>
    <message>
        <source>World Telecommunication Development Conference</source>
        <translation>Conférence mondiale de développement des télécommunications</translation>
    </message>
    <message>
        <source>World Telecommunication Standardization Assembly</source>
        <translation>Assemblée mondiale de normalisation des télécommunications</translation>
    </message>
    <message>
        <source>World Radiocommunication Conference</source>
        <translation>Conférence mondiale des radiocommunications</translation>
    </message>
    <message>
        <source>Radiocommunication Assembly</source>
        <translation>Assemblée des radiocommunications</translation>
    </message>
    <message>
        <source>World Conference on International Telecommunications</source>
        <translation>Conférence mondiale des télécommunications internationales</translation>
    </message>
    <message>
        <source>Conference Preparatory Meeting</source>
        <translation>Réunion de préparation à la Conférence</translation>
    </message>
    <message>
        <source>Regional preparatory meeting</source>
        <translation>Réunion préparatoire régionale</translation>
    </message>
    <message>
        <source>Advisory group</source>
        <translation>Groupe consultatif</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>Commission d&apos;études</translation>
    </message>
    <message>
        <source>Working party</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Rapporteur group</source>
        <translation>Groupe du Rapporteur</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>Groupe d&apos;experts</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Outside ICT event</source>
        <translation>Manifestation TIC extérieure</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Council (extra)</source>
        <translation>Conseil (suppl.)</translation>
    </message>
    <message>
        <source>CWG / Council EG</source>
        <translation>GTC / GE du Conseil</translation>
    </message>
    <message>
        <source>Outside event</source>
        <translation>Manifestation extérieure</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secrétariat général</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Year Planner</source>
        <translation>Planning &amp;annuel</translation>
    </message>
    <message>
        <source>&amp;Cycle Timeline</source>
        <translation>&amp;Chronologie du cycle</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>Planning annuel</translation>
    </message>
    <message>
        <source>Cycle timeline</source>
        <translation>Chronologie du cycle</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Cycle chart</source>
        <translation>Diagramme du cycle</translation>
    </message>
    <message>
        <source>Quarter timetable</source>
        <translation>Calendrier trimestriel</translation>
    </message>
    <message>
        <source>Month timetable</source>
        <translation>Calendrier mensuel</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <source>Meeting list</source>
        <translation>Liste des réunions</translation>
    </message>
    <message>
        <source>Deadlines checklist</source>
        <translation>Liste des échéances</translation>
    </message>
    <message>
        <source>Changes between two calendars</source>
        <translation>Modifications entre deux calendriers</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db)</source>
        <translation>Bases de planification (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Les leurs</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Waivers</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Meetings or year</source>
        <translation>Réunions ou année</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Accordée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Stored waivers</source>
        <translation>Dérogations enregistrées</translation>
    </message>
    <message>
        <source>&amp;Unwaive Selected</source>
        <translation>&amp;Retirer les dérogations sélectionnées</translation>
    </message>
    <message>
        <source>Take back the selected waivers</source>
        <translation>Reprendre les dérogations sélectionnées</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Geneva&apos;s time zone</source>
        <translation>Fuseau horaire de Genève</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Plans ITU conferences, Council sessions and groups.</source>
        <translation>Planifie les conférences de l&apos;UIT, les sessions du Conseil et les groupes.</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0.</source>
        <translation>Qt for Python (PySide6) %1 et Qt, sous licence LGPL-3.0.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Filter by id, title or citation</source>
        <translation>Filtrer par identifiant, titre ou référence</translation>
    </message>
    <message>
        <source>Filter the rules</source>
        <translation>Filtrer les règles</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>La règle sélectionnée</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>one a line</source>
        <translation>une par ligne</translation>
    </message>
    <message>
        <source>, or empty for all years</source>
        <translation>, ou vide pour toutes les années</translation>
    </message>
    <message>
        <source>, or empty for today</source>
        <translation>, ou vide pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>self._table</name>
    <message>
        <source>Running today</source>
        <translation>En cours aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Left / Right / Up / Down</source>
        <translation>Gauche / Droite / Haut / Bas</translation>
    </message>
    <message>
        <source>Step to the previous or next meeting</source>
        <translation>Passer à la réunion précédente ou suivante</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>Annuler un glisser</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Zoom the cycle timeline</source>
        <translation>Zoomer la chronologie du cycle</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Jump to the first meeting that matches, without opening it</source>
        <translation>Aller à la première réunion correspondante, sans l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control</source>
        <translation>Aller au contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Edit the current meeting</source>
        <translation>Modifier la réunion courante</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Touche Menu / Maj+F10</translation>
    </message>
    <message>
        <source>The current row&apos;s context menu</source>
        <translation>Le menu contextuel de la ligne courante</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Aller à au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Aller à la date…</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>Période &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>Période &amp;suivante</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Show on &amp;Calendars</source>
        <translation>Afficher sur les &amp;calendriers</translation>
    </message>
    <message>
        <source>&amp;Venues and Rooms…</source>
        <translation>&amp;Lieux et salles…</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>Paramètres des &amp;règles…</translation>
    </message>
    <message>
        <source>&amp;Observances…</source>
        <translation>&amp;Observances…</translation>
    </message>
    <message>
        <source>&amp;Waivers…</source>
        <translation>&amp;Dérogations…</translation>
    </message>
    <message>
        <source>&amp;Plan from Template…</source>
        <translation>&amp;Planifier à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
</context>
</TS>
