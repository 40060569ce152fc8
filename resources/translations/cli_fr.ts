<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Buddhism</source>
            <translation>Bouddhisme</translation>
        </message>
        <message>
            <source>Chinese traditional religion</source>
            <translation>Religion traditionnelle chinoise</translation>
        </message>
        <message>
            <source>Christianity</source>
            <translation>Christianisme</translation>
        </message>
        <message>
            <source>Hinduism</source>
            <translation>Hindouisme</translation>
        </message>
        <message>
            <source>Islam</source>
            <translation>Islam</translation>
        </message>
        <message>
            <source>Judaism</source>
            <translation>Judaïsme</translation>
        </message>
        <message>
            <source>Sikhism</source>
            <translation>Sikhisme</translation>
        </message>
        <message>
            <source>Body: {body}</source>
            <translation>Organe : {body}</translation>
        </message>
        <message>
            <source>Body: {body} (reports to {parent})</source>
            <translation>Organe : {body} (rend compte à {parent})</translation>
        </message>
        <message>
            <source>Reports to: {parent}</source>
            <translation>Rend compte à : {parent}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Decided period: {period}</source>
            <translation>Période décidée : {period}</translation>
        </message>
        <message>
            <source>Decided period: {period} ({source})</source>
            <translation>Période décidée : {period} ({source})</translation>
        </message>
        <message>
            <source>Chair: {chair}</source>
            <translation>Présidence : {chair}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>{religion}. </source>
            <translation>{religion}. </translation>
        </message>
        <message>
            <source>Estimated date. </source>
            <translation>Date estimée. </translation>
        </message>
        <message>
            <source>Computed by {provenance}.</source>
            <translation>Calculée avec {provenance}.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{app} {version}, with:</source>
            <translation>{app} {version}, avec :</translation>
        </message>
        <message>
            <source>Qt for Python (PySide6) and Qt are used under the LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</source>
            <translation>Qt for Python (PySide6) et Qt sont utilisés sous la licence LGPL-3.0 : `scheduler-app licences --text LGPL-3.0`.</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>rien n'a été importé</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>observance, holiday or deadline written by the planner</source>
            <translation>fête, jour férié ou échéance écrits par le planificateur</translation>
        </message>
        <message>
            <source>{n} meeting</source>
            <translation>{n} réunion</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>{n} réunions</translation>
        </message>
        <message>
            <source>  skipped: {reason} ({n})</source>
            <translation>  ignoré : {reason} ({n})</translation>
        </message>
        <message>
            <source>  skipped: {reason}</source>
            <translation>  ignoré : {reason}</translation>
        </message>
        <message>
            <source>{path}: name the file .ics (iCalendar) or .csv</source>
            <translation>{path} : nommez le fichier .ics (iCalendar) ou .csv</translation>
        </message>
        <message>
            <source>{options}: only for an .ics export</source>
            <translation>{options} : uniquement pour un export .ics</translation>
        </message>
        <message>
            <source>.ics (iCalendar) or .csv</source>
            <translation>.ics (iCalendar) ou .csv</translation>
        </message>
        <message>
            <source>wrote {n} meetings to {path}</source>
            <translation>{n} réunions écrites dans {path}</translation>
        </message>
        <message>
            <source>wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}</source>
            <translation>{meetings} réunions ({first}-{last}), {bodies} organes et {rooms} salles écrits dans {path}</translation>
        </message>
        <message>
            <source>{path}: {n} meetings</source>
            <translation>{path} : {n} réunions</translation>
        </message>
        <message>
            <source>copied {n} meetings to {path}</source>
            <translation>{n} réunions copiées dans {path}</translation>
        </message>
        <message>
            <source>added {room} at {venue}</source>
            <translation>{room} ajoutée à {venue}</translation>
        </message>
        <message>
            <source>updated {room} at {venue}</source>
            <translation>{room} mise à jour à {venue}</translation>
        </message>
        <message>
            <source>removed {room} from {venue}</source>
            <translation>{room} retirée de {venue}</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>{n} places</translation>
        </message>
        <message>
            <source>capacity unknown</source>
            <translation>capacité inconnue</translation>
        </message>
        <message>
            <source>{path}: no such planning database or CSV file</source>
            <translation>{path} : aucune base de planification ni aucun fichier CSV de ce nom</translation>
        </message>
        <message>
            <source>{rule}: {n} setting(s) back to the default</source>
            <translation>{rule} : {n} paramètre(s) remis à la valeur par défaut</translation>
        </message>
        <message>
            <source>every rule uses the catalogue's defaults</source>
            <translation>toutes les règles utilisent les valeurs par défaut du catalogue</translation>
        </message>
        <message>
            <source>corrected {name}: {start} to {end}</source>
            <translation>{name} corrigé : du {start} au {end}</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation> (estimé)</translation>
        </message>
        <message>
            <source>give meeting codes or --year, not both</source>
            <translation>indiquez des codes de réunion ou --year, pas les deux</translation>
        </message>
        <message>
            <source>give the meeting codes of the finding, or --year for one naming none</source>
            <translation>indiquez les codes des réunions du constat, ou --year pour un constat qui n'en nomme aucune</translation>
        </message>
        <message>
            <source>waived {rule} for {what}: {reason}</source>
            <translation>dérogation à {rule} pour {what} : {reason}</translation>
        </message>
        <message>
            <source>removed the waiver of {rule} for {what}</source>
            <translation>dérogation à {rule} pour {what} supprimée</translation>
        </message>
        <message>
            <source>--to {to} is before --from {start}</source>
            <translation>--to {to} est antérieur à --from {start}</translation>
        </message>
        <message>
            <source>{path}: no such database</source>
            <translation>{path} : aucune base de données de ce nom</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it</source>
            <translation>{path} est un dossier ; nommez un fichier dans ce dossier</translation>
        </message>
        <message>
            <source>{path} exists; use --force to replace it</source>
            <translation>{path} existe ; utilisez --force pour le remplacer</translation>
        </message>
        <message>
            <source>{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768</source>
            <translation>{text} n'est pas une taille : écrivez-la LARGEURxHAUTEUR, par ex. 1366x768</translation>
        </message>
        <message>
            <source>{text}: a window from 320x240 to 7680x4320, please</source>
            <translation>{text} : une fenêtre de 320x240 à 7680x4320, s'il vous plaît</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>{value} must be at least 1</source>
            <translation>{value} doit être au moins 1</translation>
        </message>
        <message>
            <source>{text} is not a year from 1865 to 2199</source>
            <translation>{text} n'est pas une année comprise entre 1865 et 2199</translation>
        </message>
        <message>
            <source>--body: no body named {names} (see `scheduler-app bodies`)</source>
            <translation>--body : aucun organe nommé {names} (voir `scheduler-app bodies`)</translation>
        </message>
        <message>
            <source>{path}: name the file {what}</source>
            <translation>{path} : nommez le fichier {what}</translation>
        </message>
        <message>
            <source>{path}: folder {folder} does not exist</source>
            <translation>{path} : le dossier {folder} n'existe pas</translation>
        </message>
        <message>
            <source>no meeting with code {code}</source>
            <translation>aucune réunion n'a le code {code}</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} n'est pas une date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>{text} is not a number of seconds</source>
            <translation>{text} n'est pas un nombre de secondes</translation>
        </message>
        <message>
            <source>{value} is not from 0 to 3600 seconds</source>
            <translation>{value} n'est pas compris entre 0 et 3600 secondes</translation>
        </message>
        <message>
            <source>plan: {text}</source>
            <translation>plan : {text}</translation>
        </message>
        <message>
            <source>OUT.csv or OUT.sqlite</source>
            <translation>OUT.csv ou OUT.sqlite</translation>
        </message>
        <message>
            <source>reading {path}</source>
            <translation>lecture de {path}</translation>
        </message>
        <message>
            <source>{path}: no row to place (give a row days and within)</source>
            <translation>{path} : aucune ligne à placer (donnez à une ligne days et within)</translation>
        </message>
        <message>
            <source>placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>{n} réunion placée en {seconds} s et {path} écrit : il reste {errors} erreurs, {warnings} avertissements et {infos} constats d'information</translation>
        </message>
        <message>
            <source>placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>{n} réunions placées en {seconds} s et {path} écrit : il reste {errors} erreurs, {warnings} avertissements et {infos} constats d'information</translation>
        </message>
        <message>
            <source> (waived)</source>
            <translation> (dérogation)</translation>
        </message>
        <message>
            <source>{path} cannot be satisfied; these constraints conflict:</source>
            <translation>{path} ne peut pas être satisfait ; ces contraintes sont incompatibles :</translation>
        </message>
        <message>
            <source>  (the solver found no smaller set; try a longer --time-limit)</source>
            <translation>  (le solveur n'a pas trouvé d'ensemble plus petit ; essayez un --time-limit plus long)</translation>
        </message>
        <message>
            <source>no plan found for {path} in the time given; try a longer --time-limit</source>
            <translation>aucun plan trouvé pour {path} dans le temps imparti ; essayez un --time-limit plus long</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>rien n'a été écrit</translation>
        </message>
        <message>
            <source>kind {values}</source>
            <translation>type {values}</translation>
        </message>
        <message>
            <source>Sector {values}</source>
            <translation>Secteur {values}</translation>
        </message>
        <message>
            <source>status {values}</source>
            <translation>statut {values}</translation>
        </message>
        <message>
            <source>body {values}</source>
            <translation>organe {values}</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>--year {year} is not a plausible year</source>
            <translation>--year {year} n'est pas une année plausible</translation>
        </message>
        <message>
            <source>--layout diff needs --against B, the calendar to compare with</source>
            <translation>--layout diff nécessite --against B, le calendrier à comparer</translation>
        </message>
        <message>
            <source>--layout diff compares whole calendars; leave out --year, the dates and filters</source>
            <translation>--layout diff compare des calendriers entiers ; omettez --year, les dates et les filtres</translation>
        </message>
        <message>
            <source>--against is for --layout diff, not --layout {layout}</source>
            <translation>--against sert à --layout diff, pas à --layout {layout}</translation>
        </message>
        <message>
            <source>wrote {n} page to {path}</source>
            <translation>{n} page écrite dans {path}</translation>
        </message>
        <message>
            <source>wrote {n} pages to {path}</source>
            <translation>{n} pages écrites dans {path}</translation>
        </message>
        <message>
            <source>{text} is not a whole number of days</source>
            <translation>{text} n'est pas un nombre entier de jours</translation>
        </message>
        <message>
            <source>a meeting lasts at least one day, not {value}</source>
            <translation>une réunion dure au moins un jour, pas {value}</translation>
        </message>
        <message>
            <source>at least 1, not {value}</source>
            <translation>au moins 1, pas {value}</translation>
        </message>
        <message>
            <source>--room needs --venue: a room is chosen within a venue</source>
            <translation>--room nécessite --venue : une salle se choisit dans un lieu de réunion</translation>
        </message>
        <message>
            <source>no meeting has the code {code}</source>
            <translation>aucune réunion n'a le code {code}</translation>
        </message>
        <message>
            <source>{meeting}: {n} days within {period}, now {dates}</source>
            <translation>{meeting} : {n} jours dans {period}, actuellement {dates}</translation>
        </message>
        <message>
            <source>waived </source>
            <translation>dérogé </translation>
        </message>
        <message>
            <source>--resolve CODE and --keep mine|theirs go together</source>
            <translation>--resolve CODE et --keep mine|theirs vont ensemble</translation>
        </message>
        <message>
            <source>no password for {user} at {url}: store it in the system keyring (File &gt; Shared Calendar in the window) or set {variable}</source>
            <translation>aucun mot de passe pour {user} sur {url} : enregistrez-le dans le trousseau du système (Fichier &gt; Calendrier partagé dans la fenêtre) ou définissez {variable}</translation>
        </message>
        <message>
            <source>{code} has no conflict to resolve</source>
            <translation>{code} n'a aucun conflit à résoudre</translation>
        </message>
        <message>
            <source>  note: {text}</source>
            <translation>  remarque : {text}</translation>
        </message>
        <message>
            <source>  conflict: {meeting}: {field}: here {mine}, there {theirs}</source>
            <translation>  conflit : {meeting} : {field} : ici {mine}, là-bas {theirs}</translation>
        </message>
        <message>
            <source>  settle each with: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</source>
            <translation>  réglez chacun avec : scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</translation>
        </message>
        <message>
            <source>{n} cancellations</source>
            <translation>{n} annulations</translation>
        </message>
        <message>
            <source>{n} religious periods</source>
            <translation>{n} périodes religieuses</translation>
        </message>
        <message>
            <source>{n} public holidays</source>
            <translation>{n} jours fériés</translation>
        </message>
        <message>
            <source>{n} deadlines</source>
            <translation>{n} échéances</translation>
        </message>
        <message>
            <source>wrote {n} meetings (and {extra}) to {path}</source>
            <translation>{n} réunions (et {extra}) écrites dans {path}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>From {a} to {b}:</source>
            <translation>De {a} à {b} :</translation>
        </message>
        <message>
            <source> no change</source>
            <translation> aucun changement</translation>
        </message>
        <message>
            <source>{meeting}: {title}, {dates}</source>
            <translation>{meeting} : {title}, {dates}</translation>
        </message>
        <message>
            <source>Added ({n}):</source>
            <translation>Ajoutées ({n}) :</translation>
        </message>
        <message>
            <source>Removed ({n}):</source>
            <translation>Supprimées ({n}) :</translation>
        </message>
        <message>
            <source>Moved ({n}):</source>
            <translation>Déplacées ({n}) :</translation>
        </message>
        <message>
            <source>Findings gained ({n}):</source>
            <translation>Nouveaux constats ({n}) :</translation>
        </message>
        <message>
            <source>Findings lost ({n}):</source>
            <translation>Constats disparus ({n}) :</translation>
        </message>
        <message>
            <source>{path} is a folder, not a planning database or CSV file</source>
            <translation>{path} est un dossier, pas une base de planification ni un fichier CSV</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path} : aucun fichier de ce nom</translation>
        </message>
        <message>
            <source>{n} days within {period}</source>
            <translation>{n} jours dans {period}</translation>
        </message>
        <message>
            <source>would add {n}</source>
            <translation>ajouterait {n}</translation>
        </message>
        <message>
            <source>would update {n}</source>
            <translation>mettrait à jour {n}</translation>
        </message>
        <message>
            <source>added {n}</source>
            <translation>{n} ajoutées</translation>
        </message>
        <message>
            <source>updated {n}</source>
            <translation>{n} mises à jour</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} inchangées</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} ignorées</translation>
        </message>
        <message>
            <source>{n} new bodies</source>
            <translation>{n} nouveaux organes</translation>
        </message>
        <message>
            <source>{n} new venues</source>
            <translation>{n} nouveaux lieux de réunion</translation>
        </message>
        <message>
            <source>{n} new rooms</source>
            <translation>{n} nouvelles salles</translation>
        </message>
        <message>
            <source>{source}: {changes}</source>
            <translation>{source} : {changes}</translation>
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
            <translation>info</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>provisoire</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
        <message>
            <source>held</source>
            <translation>tenue</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>Shared calendar: made the shared calendar, {received} received, {sent} sent</source>
            <translation>Calendrier partagé : calendrier partagé créé, {received} reçues, {sent} envoyées</translation>
        </message>
        <message>
            <source>Shared calendar: {received} received, {sent} sent</source>
            <translation>Calendrier partagé : {received} reçues, {sent} envoyées</translation>
        </message>
        <message>
            <source>, {n} rule setting or waiver received</source>
            <translation>, {n} paramètre de règle ou dérogation reçu</translation>
        </message>
        <message>
            <source>, {n} rule settings or waiver received</source>
            <translation>, {n} paramètres de règle ou dérogations reçus</translation>
        </message>
        <message>
            <source>, {n} conflict to resolve</source>
            <translation>, {n} conflit à résoudre</translation>
        </message>
        <message>
            <source>, {n} conflicts to resolve</source>
            <translation>, {n} conflits à résoudre</translation>
        </message>
        <message>
            <source>{meeting}: not merged ({reason})</source>
            <translation>{meeting} : non fusionnée ({reason})</translation>
        </message>
        <message>
            <source>{code}: another meeting here has this code; kept without it</source>
            <translation>{code} : une autre réunion ici porte ce code ; gardée sans code</translation>
        </message>
    </context>
</TS>
