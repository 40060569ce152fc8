<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{code} was changed or deleted elsewhere; reload and retry</source>
        <translation>{code} a été modifiée ou supprimée ailleurs ; rechargez et réessayez</translation>
    </message>
    <message>
        <source>{code} already exists</source>
        <translation>{code} existe déjà</translation>
    </message>
    <message>
        <source>{code} would be the code of both {first} and {second}: choose another code</source>
        <translation>{code} serait le code à la fois de {first} et de {second} : choisissez un autre code</translation>
    </message>
    <message>
        <source>{code} is already the code of another meeting ({other}, {span}): choose another code</source>
        <translation>{code} est déjà le code d&apos;une autre réunion ({other}, {span}) : choisissez un autre code</translation>
    </message>
    <message>
        <source>Create {code}</source>
        <translation>Créer {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Modifier {code}</translation>
    </message>
    <message>
        <source>Delete {meetings}</source>
        <translation>Supprimer {meetings}</translation>
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
        <source>{first} and {n} more</source>
        <translation>{first} et {n} autres</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>aucune réunion</translation>
    </message>
    <message>
        <source>status to {value}</source>
        <translation>statut : {value}</translation>
    </message>
    <message>
        <source>kind to {value}</source>
        <translation>type : {value}</translation>
    </message>
    <message>
        <source>venue to {value}</source>
        <translation>lieu : {value}</translation>
    </message>
    <message>
        <source>mode to {value}</source>
        <translation>modalité : {value}</translation>
    </message>
    <message>
        <source>status {value}</source>
        <translation>le statut {value}</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>le type {value}</translation>
    </message>
    <message>
        <source>venue {value}</source>
        <translation>le lieu {value}</translation>
    </message>
    <message>
        <source>mode {value}</source>
        <translation>la modalité {value}</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>aucun lieu</translation>
    </message>
    <message>
        <source>{fields} cannot be changed here (only {allowed})</source>
        <translation>{fields} ne peut pas être modifié ici (seulement {allowed})</translation>
    </message>
    <message>
        <source>choose what to change</source>
        <translation>choisissez ce qu&apos;il faut modifier</translation>
    </message>
    <message>
        <source>select the meetings to change</source>
        <translation>sélectionnez les réunions à modifier</translation>
    </message>
    <message>
        <source>{venue} is not a known venue; add it to the venues first</source>
        <translation>{venue} n&apos;est pas un lieu connu ; ajoutez-le d&apos;abord aux lieux</translation>
    </message>
    <message>
        <source>{code} cannot be changed ({changes}): {problem}</source>
        <translation>{code} ne peut pas être modifiée ({changes}) : {problem}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already has {held}</source>
        <translation>Rien à modifier : {meetings} a déjà {held}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already have {held}</source>
        <translation>Rien à modifier : {meetings} ont déjà {held}</translation>
    </message>
    <message>
        <source>Change {meetings}: {changes}</source>
        <translation>Modifier {meetings} : {changes}</translation>
    </message>
    <message>
        <source>move the meetings by at least one day</source>
        <translation>déplacez les réunions d&apos;au moins un jour</translation>
    </message>
    <message>
        <source>select the meetings to move</source>
        <translation>sélectionnez les réunions à déplacer</translation>
    </message>
    <message>
        <source>{code} cannot be moved by {days}: {problem}</source>
        <translation>{code} ne peut pas être déplacée de {days} : {problem}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} later</source>
        <translation>Décaler {meetings} de {days} plus tard</translation>
    </message>
    <message>
        <source>Move {meetings} {days} earlier</source>
        <translation>Avancer {meetings} de {days}</translation>
    </message>
    <message>
        <source>{code} is known only by its month ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} n&apos;est connue que par son mois ({span}) ; donnez-lui des jours dans Modifier la réunion avant de la déplacer par jours</translation>
    </message>
    <message>
        <source>{code} is known only by its quarter ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} n&apos;est connue que par son trimestre ({span}) ; donnez-lui des jours dans Modifier la réunion avant de la déplacer par jours</translation>
    </message>
    <message>
        <source>{code} is known only by its year ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} n&apos;est connue que par son année ({span}) ; donnez-lui des jours dans Modifier la réunion avant de la déplacer par jours</translation>
    </message>
    <message>
        <source>Reschedule {code}</source>
        <translation>Reprogrammer {code}</translation>
    </message>
    <message>
        <source>select the meetings to duplicate</source>
        <translation>sélectionnez les réunions à dupliquer</translation>
    </message>
    <message>
        <source>{code} cannot be copied: {problem}</source>
        <translation>{code} ne peut pas être copiée : {problem}</translation>
    </message>
    <message>
        <source>Duplicate {meetings}</source>
        <translation>Dupliquer {meetings}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler {edit}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>another program kept the database locked for over {seconds} s</source>
        <translation>un autre programme a gardé la base verrouillée plus de {seconds} s</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>le fichier ou son dossier ne peut pas être ouvert en écriture</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path} : ouverture impossible : {reason}</translation>
    </message>
    <message>
        <source>{path}: not a usable planning database ({reason})</source>
        <translation>{path} : pas une base de planification utilisable ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such planning database</source>
        <translation>{path} : cette base de planification n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: is a directory, not a planning database</source>
        <translation>{path} : est un dossier, pas une base de planification</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a planning database</source>
        <translation>{path} : un fichier vide, pas une base de planification</translation>
    </message>
    <message>
        <source>{path}: cannot open even to read: {reason}</source>
        <translation>{path} : ouverture impossible, même en lecture : {reason}</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a planning database (it has tables {tables} and no planner schema)</source>
        <translation>{path} : une base SQLite, mais pas une base de planification (elle contient les tables {tables} et aucun schéma du planificateur)</translation>
    </message>
    <message>
        <source>{path}: read-only, and not a planning database yet</source>
        <translation>{path} : en lecture seule, et pas encore une base de planification</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the planner (unknown schema steps: {steps})</source>
        <translation>{path} : écrite par une version plus récente du planificateur (étapes de schéma inconnues : {steps})</translation>
    </message>
    <message>
        <source>{path}: read-only, and saved by an older version of the planner; open it once where it can be written to bring it up to date</source>
        <translation>{path} : en lecture seule, et enregistrée par une version plus ancienne du planificateur ; ouvrez-la une fois là où elle peut être écrite pour la mettre à jour</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({check})</source>
        <translation>{path} : la base est endommagée ({check})</translation>
    </message>
    <message>
        <source>{path}: opened read-only ({reason}); nothing was changed</source>
        <translation>{path} : ouverte en lecture seule ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path} : écriture impossible : {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}; nothing was changed</source>
        <translation>{path} : écriture impossible : {reason} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path}: that is the open database itself</source>
        <translation>{path} : c&apos;est la base ouverte elle-même</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: cannot save a copy: {reason}</source>
        <translation>{path} : impossible d&apos;enregistrer une copie : {reason}</translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation>CSV mal formé : {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible : {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as &apos;CSV UTF-8&apos;</source>
        <translation>texte non UTF-8 (octet {byte}) ; enregistrez le fichier au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>fichier vide : aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>unknown column (see the README for the format)</source>
        <translation>colonne inconnue (voir le README pour le format)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>colonne obligatoire manquante</translation>
    </message>
    <message>
        <source>a field is longer than {read} characters (the limit is {limit})</source>
        <translation>un champ dépasse {read} caractères (la limite est de {limit})</translation>
    </message>
    <message>
        <source>{fields} fields but the header has {columns}</source>
        <translation>{fields} champs alors que l&apos;en-tête en a {columns}</translation>
    </message>
    <message>
        <source>{code} is also on line {line}</source>
        <translation>{code} figure aussi à la ligne {line}</translation>
    </message>
    <message>
        <source>same title, kind and dates as line {line} (give the rows codes to keep both)</source>
        <translation>même titre, même type et mêmes dates qu&apos;à la ligne {line} (donnez des codes aux lignes pour garder les deux)</translation>
    </message>
    <message>
        <source>{id} is also on line {line}</source>
        <translation>{id} figure aussi à la ligne {line}</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address of a calendar</source>
        <translation>{address} n&apos;est pas une adresse http:// ou https:// de calendrier</translation>
    </message>
    <message>
        <source>the calendar&apos;s address has a user or password in it: give the address without them, the user with --user and the password in the keyring</source>
        <translation>l&apos;adresse du calendrier contient un utilisateur ou un mot de passe : donnez l&apos;adresse sans eux, l&apos;utilisateur avec --user et le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>{address} is plain http: the password would cross the network unencrypted; use https, or allow it with --insecure</source>
        <translation>{address} est en http simple : le mot de passe circulerait sans chiffrement ; utilisez https, ou autorisez-le avec --insecure</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to {method}</source>
        <translation>{address} : le serveur a répondu {status} à {method}</translation>
    </message>
    <message>
        <source>{address}: the server&apos;s certificate is not trusted ({reason})</source>
        <translation>{address} : le certificat du serveur n&apos;est pas reconnu comme fiable ({reason})</translation>
    </message>
    <message>
        <source>{address}: the server cannot be reached</source>
        <translation>{address} : le serveur est injoignable</translation>
    </message>
    <message>
        <source>{address}: the server refused the user name or password</source>
        <translation>{address} : le serveur a refusé le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>{address}: the server does not let this user {method} here</source>
        <translation>{address} : le serveur n&apos;autorise pas cet utilisateur à faire {method} ici</translation>
    </message>
    <message>
        <source>{address}: the server failed ({status} on {method})</source>
        <translation>{address} : échec du serveur ({status} sur {method})</translation>
    </message>
    <message>
        <source>{address}: is not a calendar</source>
        <translation>{address} : n&apos;est pas un calendrier</translation>
    </message>
    <message>
        <source>{address}: the calendar could not be made ({status})</source>
        <translation>{address} : le calendrier n&apos;a pas pu être créé ({status})</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to a multiget</source>
        <translation>{address} : le serveur a répondu {status} à une requête multiget</translation>
    </message>
    <message>
        <source>{address}: the server refused the meeting ({status})</source>
        <translation>{address} : le serveur a refusé la réunion ({status})</translation>
    </message>
    <message>
        <source>{address}: the server refused the deletion ({status})</source>
        <translation>{address} : le serveur a refusé la suppression ({status})</translation>
    </message>
    <message>
        <source>{address}: GET answered {status}</source>
        <translation>{address} : GET a répondu {status}</translation>
    </message>
    <message>
        <source>{file} is read-only ({reason}): what colleagues changed cannot be written into it</source>
        <translation>{file} est en lecture seule ({reason}) : ce que les collègues ont modifié ne peut pas y être écrit</translation>
    </message>
    <message>
        <source>Sync with {address}</source>
        <translation>Synchroniser avec {address}</translation>
    </message>
    <message>
        <source>{address}: holds {count} meetings, not one</source>
        <translation>{address} : contient {count} réunions, pas une seule</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>room {room} of {venue}</source>
        <translation>la salle {room} de {venue}</translation>
    </message>
    <message>
        <source>the rapporteur groups of {body}</source>
        <translation>les groupes du Rapporteur de {body}</translation>
    </message>
    <message>
        <source>meetings chaired by {chair}</source>
        <translation>les réunions présidées par {chair}</translation>
    </message>
    <message>
        <source>{first} and {second} in one year</source>
        <translation>{first} et {second} la même année</translation>
    </message>
    <message>
        <source>{first} close to {second}</source>
        <translation>{first} proche de {second}</translation>
    </message>
    <message>
        <source>the last TDAG before {code} {fewest}-{most} months</source>
        <translation>le dernier GCDT avant {code}, {fewest} à {most} mois</translation>
    </message>
    <message>
        <source>{code} before the last TDAG</source>
        <translation>{code} avant le dernier GCDT</translation>
    </message>
    <message>
        <source>{rule} closes {n} of them</source>
        <translation>{rule} en exclut {n}</translation>
    </message>
    <message>
        <source>{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its period or move what it clashes with</source>
        <translation>{meeting} : aucun de ses {n} débuts possibles n&apos;est exempt d&apos;erreurs ({rules}) ; élargissez sa période ou déplacez ce avec quoi elle est en conflit</translation>
    </message>
    <message>
        <source>judging the possible starts of {n} meetings against {others} others</source>
        <translation>évaluation des débuts possibles de {n} réunions par rapport à {others} autres</translation>
    </message>
    <message>
        <source>solving: {n} meetings to place, {soft} soft constraints</source>
        <translation>résolution : {n} réunions à placer, {soft} contraintes souples</translation>
    </message>
    <message>
        <source>plan {n}: weighted findings {cost} after {seconds} s</source>
        <translation>plan {n} : constats pondérés {cost} après {seconds} s</translation>
    </message>
    <message>
        <source>{code} is already on the calendar ({span}); give the row a new code, or give it dates to keep it fixed</source>
        <translation>{code} figure déjà au calendrier ({span}) ; donnez un nouveau code à la ligne, ou des dates pour la garder fixe</translation>
    </message>
    <message>
        <source>{code} ({n} days within {period})</source>
        <translation>{code} ({n} j dans {period})</translation>
    </message>
    <message>
        <source>{value} is not a period of two dates (2035-03-01..2035-06-30)</source>
        <translation>{value} n&apos;est pas une période de deux dates (2035-03-01..2035-06-30)</translation>
    </message>
    <message>
        <source>{value} ends before it starts</source>
        <translation>{value} finit avant de commencer</translation>
    </message>
    <message>
        <source>{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>{value} n&apos;est pas une période : écrivez 2035, 2035-Q4, 2035-10 ou 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <source>{n} is not from 1 to {most}</source>
        <translation>{n} n&apos;est pas compris entre 1 et {most}</translation>
    </message>
    <message>
        <source>is empty (a row to place needs days and within)</source>
        <translation>est vide (une ligne à placer demande days et within)</translation>
    </message>
    <message>
        <source>give either dates (a fixed meeting) or days and within, not both</source>
        <translation>donnez soit des dates (réunion fixe), soit days et within, pas les deux</translation>
    </message>
    <message>
        <source>{n} days do not fit within {period} ({room} days)</source>
        <translation>{n} j ne tiennent pas dans {period} ({room} j)</translation>
    </message>
    <message>
        <source>year {year} is outside the years the planner supports, {first}-{last}</source>
        <translation>l&apos;année {year} est en dehors de la période prise en charge par le planificateur ({first}-{last})</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{value} is not a valid date and time ({reason})</source>
        <translation>{value} n&apos;est pas une date et une heure valides ({reason})</translation>
    </message>
    <message>
        <source>{value} has a UTC offset; write the local time and put the IANA zone in the timezone column</source>
        <translation>{value} comporte un décalage UTC ; écrivez l&apos;heure locale et indiquez le fuseau IANA dans la colonne timezone</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period (YYYY, YYYY-MM, YYYY-Qn)</source>
        <translation>{value} n&apos;est ni une date (AAAA-MM-JJ), ni une date et une heure (AAAA-MM-JJTHH:MM), ni une période (AAAA, AAAA-MM, AAAA-Qn)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>give both decided_from and decided_to, or neither</source>
        <translation>indiquez à la fois decided_from et decided_to, ou ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <source>{value} is outside the month that starts {start}</source>
        <translation>{value} est en dehors du mois qui commence le {start}</translation>
    </message>
    <message>
        <source>{value} is outside the quarter that starts {start}</source>
        <translation>{value} est en dehors du trimestre qui commence le {start}</translation>
    </message>
    <message>
        <source>{value} is outside the year that starts {start}</source>
        <translation>{value} est en dehors de l&apos;année qui commence le {start}</translation>
    </message>
    <message>
        <source>{precision} does not match start {value}</source>
        <translation>la précision {precision} ne correspond pas au début {value}</translation>
    </message>
    <message>
        <source>is empty (give the last day of the meeting)</source>
        <translation>est vide (indiquez le dernier jour de la réunion)</translation>
    </message>
    <message>
        <source>give times on both start and end, or on neither</source>
        <translation>indiquez une heure à la fois pour le début et pour la fin, ou pour aucun des deux</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting has no time of day</source>
        <translation>une réunion de précision {precision} n&apos;a pas d&apos;heure</translation>
    </message>
    <message>
        <source>{value} is not a date or a period</source>
        <translation>{value} n&apos;est ni une date ni une période</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>compte {n} caractères ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>holds a control character (only tabs and line breaks are allowed)</source>
        <translation>contient un caractère de contrôle (seuls les tabulations et les sauts de ligne sont autorisés)</translation>
    </message>
    <message>
        <source>unknown {field} {value} (expected one of: {allowed})</source>
        <translation>valeur inconnue pour {field} : {value} (valeurs acceptées : {allowed})</translation>
    </message>
    <message>
        <source>{end} is before decided_from {start}</source>
        <translation>{end} est antérieur à decided_from ({start})</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>{value} has surrounding spaces or a line break</source>
        <translation>{value} commence ou se termine par une espace, ou contient un saut de ligne</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>the meeting ends {end} before it starts {start}</source>
        <translation>la réunion se termine le {end}, avant son début le {start}</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting must span {first} to {last}, not {start} to {end}</source>
        <translation>une réunion de précision {precision} doit couvrir la période du {first} au {last}, et non du {start} au {end}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 two-letter country code</source>
        <translation>{value} n&apos;est pas un code de pays à deux lettres ISO 3166</translation>
    </message>
    <message>
        <source>{value} is not from 0 to {most}</source>
        <translation>{value} n&apos;est pas compris entre 0 et {most}</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} n&apos;est pas une année plausible</translation>
    </message>
    <message>
        <source>room {room} is given without a venue</source>
        <translation>la salle {room} est indiquée sans lieu de réunion</translation>
    </message>
    <message>
        <source>give both a start time and an end time, or neither</source>
        <translation>indiquez à la fois une heure de début et une heure de fin, ou ni l&apos;une ni l&apos;autre</translation>
    </message>
    <message>
        <source>is given for a meeting without times</source>
        <translation>est indiqué pour une réunion sans heures</translation>
    </message>
    <message>
        <source>times need day precision</source>
        <translation>les heures exigent une précision au jour</translation>
    </message>
    <message>
        <source>a meeting with times needs an IANA time zone</source>
        <translation>une réunion avec des heures doit avoir un fuseau horaire IANA</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (e.g. Europe/Zurich)</source>
        <translation>{value} n&apos;est pas un fuseau horaire IANA (par exemple Europe/Zurich)</translation>
    </message>
    <message>
        <source>the meeting ends at {end} before it starts at {start}</source>
        <translation>la réunion se termine à {end}, avant son début à {start}</translation>
    </message>
    <message>
        <source>{value}: month {month} is not 1-12</source>
        <translation>{value} : le mois {month} n&apos;est pas compris entre 1 et 12</translation>
    </message>
    <message>
        <source>body code {code} is empty or has surrounding spaces</source>
        <translation>le code d&apos;organe {code} est vide ou commence ou se termine par une espace</translation>
    </message>
    <message>
        <source>body {code} cannot report to itself</source>
        <translation>l&apos;organe {code} ne peut pas relever de lui-même</translation>
    </message>
    <message>
        <source>bodies {bodies} report to each other in a cycle</source>
        <translation>les organes {bodies} relèvent les uns des autres de manière circulaire</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>une salle doit avoir un nom</translation>
    </message>
    <message>
        <source>room {room}: capacity {capacity} must be positive</source>
        <translation>salle {room} : la capacité ({capacity}) doit être positive</translation>
    </message>
    <message>
        <source>venue name {name} is empty or has surrounding spaces</source>
        <translation>le nom de lieu {name} est vide ou commence ou se termine par une espace</translation>
    </message>
    <message>
        <source>an observance needs a key and a name</source>
        <translation>une observance doit avoir une clé et un nom</translation>
    </message>
    <message>
        <source>{name}: ends {end} before it starts {start}</source>
        <translation>{name} : se termine le {end}, avant son début le {start}</translation>
    </message>
    <message>
        <source>Nothing to change: {what} already holds these values</source>
        <translation>Aucune modification : {what} a déjà ces valeurs</translation>
    </message>
    <message>
        <source>Add venue {venue}</source>
        <translation>Ajouter le lieu {venue}</translation>
    </message>
    <message>
        <source>Edit venue {venue}</source>
        <translation>Modifier le lieu {venue}</translation>
    </message>
    <message>
        <source>Rename venue {venue} to {name}</source>
        <translation>Renommer le lieu {venue} en {name}</translation>
    </message>
    <message>
        <source>Delete venue {venue}</source>
        <translation>Supprimer le lieu {venue}</translation>
    </message>
    <message>
        <source>Add room {room} at {venue}</source>
        <translation>Ajouter la salle {room} au lieu {venue}</translation>
    </message>
    <message>
        <source>Edit room {room} at {venue}</source>
        <translation>Modifier la salle {room} au lieu {venue}</translation>
    </message>
    <message>
        <source>{room} at {venue}</source>
        <translation>{room} ({venue})</translation>
    </message>
    <message>
        <source>{room} stays at {venue}; add a room to the other venue</source>
        <translation>{room} reste rattachée à {venue} ; ajoutez une salle à l&apos;autre lieu</translation>
    </message>
    <message>
        <source>Delete room {room} at {venue}</source>
        <translation>Supprimer la salle {room} au lieu {venue}</translation>
    </message>
    <message>
        <source>no room {room} at venue {venue}</source>
        <translation>pas de salle {room} au lieu {venue}</translation>
    </message>
    <message>
        <source>{name} to {value}</source>
        <translation>{name} à {value}</translation>
    </message>
    <message>
        <source>choose a setting of {rule} to change</source>
        <translation>choisissez le paramètre de {rule} à modifier</translation>
    </message>
    <message>
        <source>Set {rule} {settings}</source>
        <translation>Régler {rule} : {settings}</translation>
    </message>
    <message>
        <source>{rule} has no setting {name} to reset</source>
        <translation>{rule} n&apos;a pas de paramètre {name} à rétablir</translation>
    </message>
    <message>
        <source>Reset {rule} {name}</source>
        <translation>Rétablir {name} de {rule}</translation>
    </message>
    <message>
        <source>Reset {rule} to its defaults</source>
        <translation>Rétablir les valeurs par défaut de {rule}</translation>
    </message>
    <message>
        <source>{observance} was changed elsewhere; reopen the editor and retry</source>
        <translation>{observance} a été modifiée ailleurs ; rouvrez l&apos;éditeur et réessayez</translation>
    </message>
    <message>
        <source>Correct {observance} to {span}</source>
        <translation>Corriger {observance} : {span}</translation>
    </message>
    <message>
        <source>no single {key} observance covers {day}</source>
        <translation>aucune observance {key} unique ne couvre le {day}</translation>
    </message>
    <message>
        <source>{observance} already has its computed dates</source>
        <translation>{observance} a déjà ses dates calculées</translation>
    </message>
    <message>
        <source>the computed dates of {observance} can no longer be found; correct its dates instead</source>
        <translation>les dates calculées de {observance} sont introuvables ; corrigez plutôt ses dates</translation>
    </message>
    <message>
        <source>Restore the computed dates of {observance}</source>
        <translation>Rétablir les dates calculées de {observance}</translation>
    </message>
    <message>
        <source>Waive {rule} for {what}</source>
        <translation>Déroger à {rule} pour {what}</translation>
    </message>
    <message>
        <source>no waiver of {rule} to take back</source>
        <translation>aucune dérogation à {rule} à annuler</translation>
    </message>
    <message>
        <source>select the waivers to take back</source>
        <translation>sélectionnez les dérogations à annuler</translation>
    </message>
    <message>
        <source>Unwaive {rule} for {what}</source>
        <translation>Annuler la dérogation à {rule} pour {what}</translation>
    </message>
    <message>
        <source>Unwaive {n} waiver</source>
        <translation>Annuler {n} dérogation</translation>
    </message>
    <message>
        <source>Unwaive {n} waivers</source>
        <translation>Annuler {n} dérogations</translation>
    </message>
    <message>
        <source>unknown drag mode {mode}: expected one of {modes}</source>
        <translation>mode de glissement inconnu {mode} : valeurs acceptées : {modes}</translation>
    </message>
    <message>
        <source>{code} has no hours, so it cannot be moved by minutes; give it a start and an end time in Edit Meeting, or move it by days</source>
        <translation>{code} n&apos;a pas d&apos;heures et ne peut donc pas être déplacée en minutes ; indiquez une heure de début et une heure de fin dans Modifier la réunion, ou déplacez-la en jours</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its start earlier</source>
        <translation>{code} se terminerait à {end} le {end_day} mais commencerait à {start} le {start_day} (heure de {place}) : une réunion doit se terminer après son début ; faites donc glisser son début plus tôt</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its end later</source>
        <translation>{code} se terminerait à {end} le {end_day} mais commencerait à {start} le {start_day} (heure de {place}) : une réunion doit se terminer après son début ; faites donc glisser sa fin plus tard</translation>
    </message>
    <message>
        <source>{code} cannot be moved there: {problem}</source>
        <translation>{code} ne peut pas être déplacée à cet endroit : {problem}</translation>
    </message>
    <message>
        <source>unknown rule {rule} (see `scheduler-app rules`)</source>
        <translation>règle inconnue {rule} (voir `scheduler-app rules`)</translation>
    </message>
    <message>
        <source>severity is one of: error, warning, info</source>
        <translation>severity prend l&apos;une des valeurs suivantes : error, warning, info</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled prend la valeur true ou false</translation>
    </message>
    <message>
        <source>{rule} has no parameter {name} (it has: {known})</source>
        <translation>{rule} n&apos;a pas de paramètre {name} (ses paramètres : {known})</translation>
    </message>
    <message>
        <source>DTSTART and DTEND mix a date with a date-time</source>
        <translation>DTSTART et DTEND mêlent une date et une date-heure</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} est hors limites</translation>
    </message>
    <message>
        <source>not a valid meeting: {problem}</source>
        <translation>réunion non valide : {problem}</translation>
    </message>
    <message>
        <source>{column} would be {length} characters long; the planner keeps at most {most} in one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read back from CSV</source>
        <translation>{column} compterait {length} caractères ; le planificateur en garde au plus {most} dans un champ (MAX_FIELD_CHARS), afin que chaque réunion puisse aussi être écrite en CSV et relue</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>l&apos;événement n&apos;a pas d&apos;UID</translation>
    </message>
    <message>
        <source>the event has no start</source>
        <translation>l&apos;événement n&apos;a pas de début</translation>
    </message>
    <message>
        <source>the event ends {end} before it starts {start}</source>
        <translation>l&apos;événement se termine le {end}, avant de commencer le {start}</translation>
    </message>
    <message>
        <source>{value} is not a duration</source>
        <translation>{value} n&apos;est pas une durée</translation>
    </message>
    <message>
        <source>{value} ends past year 9999</source>
        <translation>{value} se termine après l&apos;an 9999</translation>
    </message>
    <message>
        <source>gives a meeting the id {key} that the event on line {line} gives too</source>
        <translation>donne à une réunion l&apos;identifiant {key} que l&apos;événement de la ligne {line} lui donne déjà</translation>
    </message>
    <message>
        <source>gives a meeting the UID {key} that the event on line {line} gives too</source>
        <translation>donne à une réunion l&apos;UID {key} que l&apos;événement de la ligne {line} lui donne déjà</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>texte qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>no BEGIN:VCALENDAR</source>
        <translation>aucun BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{problem}: not an iCalendar file</source>
        <translation>{problem} : ce n&apos;est pas un fichier iCalendar</translation>
    </message>
    <message>
        <source>skipped {what}</source>
        <translation>ignoré : {what}</translation>
    </message>
    <message>
        <source>skipped BEGIN:{component} outside BEGIN:VCALENDAR</source>
        <translation>ignoré : BEGIN:{component} hors de BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {zone} is not a known time zone: times without one were read as UTC</source>
        <translation>X-WR-TIMEZONE {zone} n&apos;est pas un fuseau horaire connu : les heures sans fuseau ont été lues en UTC</translation>
    </message>
    <message>
        <source>observance, holiday or deadline written by the planner</source>
        <translation>journée commémorative, jour férié ou échéance écrit par le planificateur</translation>
    </message>
    <message>
        <source>the series has no UID</source>
        <translation>la série n&apos;a pas d&apos;UID</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; lines {lines})</source>
        <translation>ignoré : {count} × {component} (pas une réunion ; lignes {lines})</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; line {lines})</source>
        <translation>ignoré : {count} × {component} (pas une réunion ; ligne {lines})</translation>
    </message>
    <message>
        <source>the event and RECURRENCE-ID {recurrence} is also on line {line}</source>
        <translation>l&apos;événement avec RECURRENCE-ID {recurrence} figure aussi à la ligne {line}</translation>
    </message>
    <message>
        <source>the event is also on line {line}</source>
        <translation>l&apos;événement figure aussi à la ligne {line}</translation>
    </message>
    <message>
        <source>{value} is also the id of the event on line {line}</source>
        <translation>{value} est aussi l&apos;identifiant de l&apos;événement de la ligne {line}</translation>
    </message>
    <message>
        <source>not a content line: {line}</source>
        <translation>ce n&apos;est pas une ligne de contenu : {line}</translation>
    </message>
    <message>
        <source>parameter without a value in {name}</source>
        <translation>paramètre sans valeur dans {name}</translation>
    </message>
    <message>
        <source>unclosed quote in a parameter of {name}</source>
        <translation>guillemet non fermé dans un paramètre de {name}</translation>
    </message>
    <message>
        <source>not a content line (NAME:VALUE): {line}</source>
        <translation>ce n&apos;est pas une ligne de contenu (NOM:VALEUR) : {line}</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never closed</source>
        <translation>BEGIN:{component} n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}</source>
        <translation>ligne hors de BEGIN:VCALENDAR ... END:VCALENDAR : {line}</translation>
    </message>
    <message>
        <source>{problem} inside {component}</source>
        <translation>{problem} dans {component}</translation>
    </message>
    <message>
        <source>END:{ended} closes BEGIN:{component}</source>
        <translation>END:{ended} ferme BEGIN:{component}</translation>
    </message>
    <message>
        <source>{item} is not NAME=VALUE</source>
        <translation>{item} n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>the rule has no FREQ</source>
        <translation>la règle n&apos;a pas de FREQ</translation>
    </message>
    <message>
        <source>FREQ={freq} is not a frequency</source>
        <translation>FREQ={freq} n&apos;est pas une fréquence</translation>
    </message>
    <message>
        <source>FREQ={freq}: a series that repeats more often than daily is not imported (write sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)</source>
        <translation>FREQ={freq} : une série qui se répète plus d&apos;une fois par jour n&apos;est pas importée (écrivez les séances des mêmes jours avec FREQ=DAILY et BYHOUR, par exemple BYHOUR=9,14)</translation>
    </message>
    <message>
        <source>COUNT={count} is more than the {most} expanded</source>
        <translation>COUNT={count} dépasse les {most} occurrences développées</translation>
    </message>
    <message>
        <source>the rule gives {count} start times a day (at most {most})</source>
        <translation>la règle donne {count} heures de début par jour (au plus {most})</translation>
    </message>
    <message>
        <source>{key}={value} must be a whole number of 1 or more</source>
        <translation>{key}={value} doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>not a valid rule: {problem}</source>
        <translation>règle non valide : {problem}</translation>
    </message>
    <message>
        <source>not a valid rule</source>
        <translation>règle non valide</translation>
    </message>
    <message>
        <source>{rule} has no occurrence for more than 400 years: it never occurs</source>
        <translation>{rule} n&apos;a aucune occurrence pendant plus de 400 ans : elle ne se produit jamais</translation>
    </message>
    <message>
        <source>{count} dates: more than the {most} per series</source>
        <translation>{count} dates : plus que les {most} admises par série</translation>
    </message>
    <message>
        <source>the series UID {uid} ({title}) has no occurrence between {start} and {end}, the import window: nothing was imported from it</source>
        <translation>la série d&apos;UID {uid} ({title}) n&apos;a aucune occurrence entre le {start} et le {end}, la période d&apos;importation : rien n&apos;en a été importé</translation>
    </message>
    <message>
        <source>the series has more than {most} occurrences between {start} and {end}, the most the planner imports from one series</source>
        <translation>la série a plus de {most} occurrences entre le {start} et le {end}, le maximum que le planificateur importe d&apos;une série</translation>
    </message>
    <message>
        <source>cannot expand the series: a time zone in the file has a missing or malformed offset</source>
        <translation>impossible de développer la série : un fuseau horaire du fichier a un décalage absent ou mal formé</translation>
    </message>
    <message>
        <source>cannot expand the series: its rule, dates or time zone are not valid iCalendar</source>
        <translation>impossible de développer la série : sa règle, ses dates ou son fuseau horaire ne sont pas du iCalendar valide</translation>
    </message>
    <message>
        <source>cannot expand the series: {problem}</source>
        <translation>impossible de développer la série : {problem}</translation>
    </message>
    <message>
        <source>{value} is not an iCalendar date or date-time</source>
        <translation>{value} n&apos;est pas une date ou une date-heure iCalendar</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>fuseau horaire inconnu {zone}</translation>
    </message>
    <message>
        <source>the date is too close to year 1 or year 9999 to work with</source>
        <translation>la date est trop proche de l&apos;an 1 ou de l&apos;an 9999 pour être traitée</translation>
    </message>
    <message>
        <source>daylight time starts</source>
        <translation>l&apos;heure d&apos;été commence</translation>
    </message>
    <message>
        <source>standard time returns</source>
        <translation>l&apos;heure normale revient</translation>
    </message>
    <message>
        <source>{zone} is not an IANA time zone name</source>
        <translation>{zone} n&apos;est pas un nom de fuseau horaire IANA</translation>
    </message>
    <message>
        <source>no time zone named {zone} in the time zone database</source>
        <translation>aucun fuseau horaire nommé {zone} dans la base des fuseaux horaires</translation>
    </message>
    <message>
        <source>{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules change inside the range; one STANDARD and one DAYLIGHT rule can only alternate between two</source>
        <translation>{zone} : le décalage UTC prend {count} valeurs en {span} ({offsets}), ses règles changent donc dans la période ; une règle STANDARD et une règle DAYLIGHT ne peuvent alterner qu&apos;entre deux</translation>
    </message>
    <message>
        <source>{zone}: {year} has {starts} change(s) to daylight time and {ends} back to standard time; a yearly rule pair for {span} needs exactly one of each every year</source>
        <translation>{zone} : {year} compte {starts} passage(s) à l&apos;heure d&apos;été et {ends} retour(s) à l&apos;heure normale ; une paire de règles annuelles pour {span} en exige exactement un de chaque par an</translation>
    </message>
    <message>
        <source>{zone}: {what} on {onsets}{more} (local time); no single &apos;nth or last weekday of a month at one local time&apos; rule gives all of these dates</source>
        <translation>{zone} : {what} le {onsets}{more} (heure locale) ; aucune règle unique « n-ième ou dernier jour de semaine d&apos;un mois à une même heure locale » ne donne toutes ces dates</translation>
    </message>
</context>
</TS>
