<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Week-end</translation>
    </message>
    <message>
        <source>Geneva holiday</source>
        <translation>Jour férié à Genève</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{meeting} and {other} are {years} apart, not {wanted}</source>
        <translation>{meeting} et {other} sont espacées de {years} et non de {wanted}</translation>
    </message>
    <message>
        <source>{meeting} and {other} are {years} apart (normally {low} to {high})</source>
        <translation>{meeting} et {other} sont espacées de {years} (normalement de {low} à {high})</translation>
    </message>
    <message>
        <source>{known}: some placements leave them more than {days} apart</source>
        <translation>{known} : certaines dates possibles les espacent de plus de {days}</translation>
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
        <translation>{meeting} à {city} et {other} à {other_city} ne se tiennent pas au même endroit</translation>
    </message>
    <message>
        <source>{what}; at most {limit} allowed</source>
        <translation>{what} ; au plus {limit} admis</translation>
    </message>
    <message>
        <source>{meeting} has no {kind} associated with it in place and time (at most {days} apart)</source>
        <translation>{meeting} n'est associée à aucune {kind} quant au lieu et à la date (au plus {days} d'intervalle)</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>un lieu non précisé</translation>
    </message>
    <message>
        <source> in {city}</source>
        <translation> à {city}</translation>
    </message>
    <message>
        <source>{meeting} and {other}{where} are at least {days} apart wherever they are held in their periods</source>
        <translation>{meeting} et {other}{where} sont espacées d'au moins {days}, où qu'elles se tiennent dans leurs périodes</translation>
    </message>
    <message>
        <source>{code} closes {days} before {other_code} opens{where}</source>
        <translation>{code} se termine {days} avant l'ouverture de {other_code}{where}</translation>
    </message>
    <message>
        <source>{code} opens {days} after {other_code} closes{where}</source>
        <translation>{code} s'ouvre {days} après la clôture de {other_code}{where}</translation>
    </message>
    <message>
        <source>{n} cycle year</source>
        <translation>one:{n} année de cycle|many:{n} d'années de cycle|other:{n} années de cycle</translation>
    </message>
    <message>
        <source>{n} cycle years</source>
        <translation>one:{n} année de cycle|many:{n} d'années de cycle|other:{n} années de cycle</translation>
    </message>
    <message>
        <source>{count} WTDCs after {meeting}: {listed}</source>
        <translation>{count} CMDT après {meeting} : {listed}</translation>
    </message>
    <message>
        <source>{known}: some placements put more than one WTDC after {code}</source>
        <translation>{known} : certaines dates possibles placent plus d'une CMDT après {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{count} WTDCs between {meeting} and {other} ({listed}); there shall be one</source>
        <translation>{count} CMDT entre {meeting} et {other} ({listed}) ; il doit y en avoir une</translation>
    </message>
    <message>
        <source>{known}: some placements leave more than one WTDC between {code} and {other_code}</source>
        <translation>{known} : certaines dates possibles laissent plus d'une CMDT entre {code} et {other_code}</translation>
    </message>
    <message>
        <source>{known}: some placements leave no WTDC between {code} and {other_code}</source>
        <translation>{known} : certaines dates possibles ne laissent aucune CMDT entre {code} et {other_code}</translation>
    </message>
    <message>
        <source>No ordinary Council session in {year}</source>
        <translation>Aucune session ordinaire du Conseil en {year}</translation>
    </message>
    <message>
        <source>{count} ordinary Council sessions in {year}: {listed}</source>
        <translation>{count} sessions ordinaires du Conseil en {year} : {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in {city}, not at the seat of the Union ({seat})</source>
        <translation>{meeting} se tient à {city} et non au siège de l'Union ({seat})</translation>
    </message>
    <message>
        <source>{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} days' tolerance)</source>
        <translation>{meeting} se tient en dehors de juin-juillet {year} (période admise : {accepted}, avec une tolérance de {tolerance} jours)</translation>
    </message>
    <message>
        <source>No ordinary Council session scheduled for {year} (as of {day}, the next three after {base} should be)</source>
        <translation>Aucune session ordinaire du Conseil n'est prévue pour {year} (au {day}, les trois sessions suivant {base} devraient l'être)</translation>
    </message>
    <message>
        <source>{meeting} meets during {other}{hours}</source>
        <translation>{meeting} se réunit pendant {other}{hours}</translation>
    </message>
    <message>
        <source>{hours} {place} time</source>
        <translation>{hours}, heure de {place}</translation>
    </message>
    <message>
        <source>: {hours}, {other_hours}</source>
        <translation> : {hours}, {other_hours}</translation>
    </message>
    <message>
        <source>{code} is known only as {period}</source>
        <translation>{code} n'est connue que par sa période, {period}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{known}: {unsure}</source>
        <translation>{known} : {unsure}</translation>
    </message>
    <message>
        <source>some placements in it fall outside {window}</source>
        <translation>certaines dates possibles dans cette période tombent en dehors de {window}</translation>
    </message>
    <message>
        <source>{meeting} sits during {observances}</source>
        <translation>{meeting} siège pendant {observances}</translation>
    </message>
    <message>
        <source>{observance} ({dates}, estimated)</source>
        <translation>{observance} ({dates}, date estimée)</translation>
    </message>
    <message>
        <source>{observance} ({dates})</source>
        <translation>{observance} ({dates})</translation>
    </message>
    <message>
        <source>{meeting} is not within October-December {year}</source>
        <translation>{meeting} ne se tient pas entre octobre et décembre {year}</translation>
    </message>
    <message>
        <source>October-December {year}</source>
        <translation>octobre-décembre {year}</translation>
    </message>
    <message>
        <source>{code} and {other_code} counting as one</source>
        <translation>{code} et {other_code} comptant pour une seule</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year} ({note}): {listed}</source>
        <translation>{count} conférences ou assemblées en {year} ({note}) : {listed}</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year}: {listed}</source>
        <translation>{count} conférences ou assemblées en {year} : {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in the same year as {other}</source>
        <translation>{meeting} se tient la même année que {other}</translation>
    </message>
    <message>
        <source>{meeting} lasts {days} (limit {limit})</source>
        <translation>{meeting} dure {days} (limite : {limit})</translation>
    </message>
    <message>
        <source>{what} (at least {limit} days wanted)</source>
        <translation>{what} (au moins {limit} jours souhaités)</translation>
    </message>
    <message>
        <source>some placements leave less than {days} between {code} and {other_code}</source>
        <translation>certaines dates possibles laissent moins de {days} entre {code} et {other_code}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}</source>
        <translation>{meeting} chevauche {other}</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other}</source>
        <translation>{meeting} s'ouvre {days} après {other}</translation>
    </message>
    <message>
        <source>{meeting} and {other} overlap wherever they are held in their periods</source>
        <translation>{meeting} et {other} se chevauchent, où qu'elles se tiennent dans leurs périodes</translation>
    </message>
    <message>
        <source>{meeting} and {other} are at most {days} apart wherever they are held in their periods</source>
        <translation>{meeting} et {other} sont espacées d'au plus {days}, où qu'elles se tiennent dans leurs périodes</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it by {source} ({period})</source>
        <translation>{meeting} se tient en dehors de la période fixée pour elle par {source} ({period})</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it ({period})</source>
        <translation>{meeting} se tient en dehors de la période fixée pour elle ({period})</translation>
    </message>
    <message>
        <source>the period decided for it ({period})</source>
        <translation>la période fixée pour elle ({period})</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}</source>
        <translation>{meeting} coïncide avec {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}; forums and similar events are scheduled around conferences, assemblies and Council sessions</source>
        <translation>{meeting} coïncide avec {other}{hours} ; les forums et manifestations analogues sont programmés en fonction des conférences, assemblées et sessions du Conseil</translation>
    </message>
    <message>
        <source>{meeting} and {other} are both booked in {room} ({venue}){hours}</source>
        <translation>{meeting} et {other} sont toutes deux réservées dans la salle {room} ({venue}){hours}</translation>
    </message>
    <message>
        <source>{meeting} should yield {room} at {venue} to {other}, which has scheduling priority at headquarters{hours}</source>
        <translation>{meeting} devrait céder la salle {room} ({venue}) à {other}, qui a la priorité de programmation au siège{hours}</translation>
    </message>
    <message>
        <source>{chair} chairs both {meeting} and {other}{hours}</source>
        <translation>{chair} préside à la fois {meeting} et {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} expects {participants} participants; {room} ({venue}) seats {seats}</source>
        <translation>{meeting} attend {participants} participants ; la salle {room} ({venue}) compte {seats} places</translation>
    </message>
    <message>
        <source>{meeting} sits on a public holiday in {place}: {listed}</source>
        <translation>{meeting} siège un jour férié à {place} : {listed}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>one:{n} jour|many:{n} de jours|other:{n} jours</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>one:{n} jour|many:{n} de jours|other:{n} jours</translation>
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
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>dérogation : {reason}</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>one:{n} an|many:{n} d'ans|other:{n} ans</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>one:{n} an|many:{n} d'ans|other:{n} ans</translation>
    </message>
    <message>
        <source>{group} has {count} meeting(s) in {year}, study period {first}-{last} after {code} (at least {wanted} a year)</source>
        <translation>{group} tient {count} réunion(s) en {year}, période d'études {first}-{last} après {code} (au moins {wanted} par an)</translation>
    </message>
    <message>
        <source>{meeting} is {group}'s only meeting in {year} and opens before July (the second half of the year is preferred)</source>
        <translation>{meeting} est la seule réunion de {group} en {year} et s'ouvre avant juillet (le second semestre est préférable)</translation>
    </message>
    <message>
        <source>{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}</source>
        <translation>{meeting} et {other} sont des groupes du Rapporteur de {group} qui se réunissent en parallèle{hours}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}; more than {wanted} apart wanted</source>
        <translation>{meeting} chevauche {other} ; un intervalle de plus de {wanted} est souhaité</translation>
    </message>
    <message>
        <source>{meeting} is {days} from {other}; more than {wanted} apart wanted</source>
        <translation>{meeting} est à {days} de {other} ; un intervalle de plus de {wanted} est souhaité</translation>
    </message>
    <message>
        <source>No regional preparatory meeting before {meeting} for {regions}</source>
        <translation>Aucune réunion préparatoire régionale avant {meeting} pour {regions}</translation>
    </message>
    <message>
        <source>{meeting}, the last TDAG before {other}, should open between {dates} ({low} to {high} months before)</source>
        <translation>{meeting}, dernière réunion du GCDT avant {other}, devrait s'ouvrir entre les dates suivantes : {dates} ({low} à {high} mois avant)</translation>
    </message>
    <message>
        <source>{meeting} does not end before {other}</source>
        <translation>{meeting} ne se termine pas avant {other}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}{hours}</source>
        <translation>{meeting} chevauche {other}{hours}</translation>
    </message>
    <message>
        <source>No {group} meeting in {year}, between {meeting} and {other}; {group} meets at least once a year</source>
        <translation>Aucune réunion du {group} en {year}, entre {meeting} et {other} ; le {group} se réunit au moins une fois par an</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other} closes; the advisory groups of the three Sectors preferably meet one after another (within {limit})</source>
        <translation>{meeting} s'ouvre {days} après la clôture de {other} ; les groupes consultatifs des trois Secteurs se réunissent de préférence l'un après l'autre (dans un délai de {limit})</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>one:{n} fois|other:{n} fois</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>one:{n} fois|other:{n} fois</translation>
    </message>
    <message>
        <source>between {code} and {other_code}</source>
        <translation>entre {code} et {other_code}</translation>
    </message>
    <message>
        <source>after {code}</source>
        <translation>après {code}</translation>
    </message>
    <message>
        <source>{group} meets {times} in {year}: {listed} (at least {wanted} a year {period})</source>
        <translation>{group} se réunit {times} en {year} : {listed} (au moins {wanted} par an {period})</translation>
    </message>
    <message>
        <source>{group} has no meeting in {year} (at least {wanted} a year {period})</source>
        <translation>{group} ne tient aucune réunion en {year} (au moins {wanted} par an {period})</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, dernière réunion de {group} avant {other}, se termine {days} avant son ouverture ; elle devrait se terminer au plus tard le {day} ({limit} avant), afin que ses rapports parviennent à temps aux administrations</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, does not close before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}, dernière réunion de {group} avant {other}, ne se termine pas avant son ouverture ; elle devrait se terminer au plus tard le {day} ({limit} avant), afin que ses rapports parviennent à temps aux administrations</translation>
    </message>
    <message>
        <source>some placements leave less than {days} from the close of {code} to the opening of {other_code}</source>
        <translation>certaines dates possibles laissent moins de {days} entre la clôture de {code} et l'ouverture de {other_code}</translation>
    </message>
    <message>
        <source>{meeting} meets in {city}; ITU-D study groups and their groups normally meet at ITU headquarters in {seat}</source>
        <translation>{meeting} se réunit à {city} ; les commissions d'études de l'UIT-D et leurs groupes se réunissent normalement au siège de l'UIT à {seat}</translation>
    </message>
    <message>
        <source>{meeting} in {city} is cancelled: propose it in {seat} on the dates first planned ({dates})</source>
        <translation>{meeting} à {city} est annulée : proposer de la tenir à {seat} aux dates initialement prévues ({dates})</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>one:{n} erreur|many:{n} d'erreurs|other:{n} erreurs</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>one:{n} erreur|many:{n} d'erreurs|other:{n} erreurs</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>one:{n} avertissement|many:{n} d'avertissements|other:{n} avertissements</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>one:{n} avertissement|many:{n} d'avertissements|other:{n} avertissements</translation>
    </message>
    <message>
        <source>{n} information</source>
        <translation>one:{n} information|many:{n} d'informations|other:{n} informations</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>aucune constatation</translation>
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
        <translation>Classement établi sur toutes les dates de début possibles ({starts}) : {checked} vérifiées en totalité par toutes les règles, les autres écartées par les seules règles relatives aux dates et aux salles.</translation>
    </message>
    <message>
        <source>Ranked from {checked} of {count} starts checked in full by every rule; the others by the rules about dates and rooms alone, so a better date may exist.</source>
        <translation>Classement établi sur {checked} des {count} dates de début vérifiées en totalité par toutes les règles ; les autres par les seules règles relatives aux dates et aux salles, de sorte qu'une meilleure date peut exister.</translation>
    </message>
    <message>
        <source>No {days}-day dates within {period} are free of warnings for {code}.</source>
        <translation>Aucune date de {days} jours comprise dans la période {period} n'est exempte d'avertissement pour {code}.</translation>
    </message>
    <message>
        <source>What closes them:</source>
        <translation>Ce qui les exclut:</translation>
    </message>
    <message>
        <source>• {cause} closes {days} ({rule}; {severity})</source>
        <translation>• {cause} exclut {days} ({rule} ; {severity})</translation>
    </message>
    <message>
        <source>• {message} ({rule}; {severity})</source>
        <translation>• {message} ({rule} ; {severity})</translation>
    </message>
    <message>
        <source>Not one day of the period is free.</source>
        <translation>Aucun jour de la période n'est libre.</translation>
    </message>
    <message>
        <source>The longest free stretch is {dates} ({days}); {code} needs {needed}.</source>
        <translation>La plus longue période libre est {dates} ({days}) ; {code} en nécessite {needed}.</translation>
    </message>
    <message>
        <source>Try a longer or another period, fewer days, or another venue.</source>
        <translation>Essayez une période plus longue ou différente, moins de jours ou un autre lieu.</translation>
    </message>
    <message>
        <source>Open: {links}</source>
        <translation>Ouvrir : {links}</translation>
    </message>
    <message>
        <source> (default {value})</source>
        <translation> (par défaut {value})</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres:</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Dérogation accordée : {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>{n} error(s)</source>
        <translation>one:{n} erreur|other:{n} erreurs</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>one:{n} avertissement|other:{n} avertissements</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} pour information</translation>
    </message>
    <message>
        <source>{n} waived</source>
        <translation>one:{n} avec dérogation|other:{n} avec dérogation</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>parameters: {list}</source>
        <translation>paramètres : {list}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>years from one PP to the next</source>
        <translation>années d'une PP à la suivante</translation>
    </message>
    <message>
        <source>fewest years from one WRC to the next</source>
        <translation>nombre minimal d'années d'une CMR à la suivante</translation>
    </message>
    <message>
        <source>most years from one WRC to the next</source>
        <translation>nombre maximal d'années d'une CMR à la suivante</translation>
    </message>
    <message>
        <source>check RAs as a series of their own too</source>
        <translation>vérifier aussi les AR comme série distincte</translation>
    </message>
    <message>
        <source>days an RA may close before its WRC opens</source>
        <translation>jours entre la clôture d'une AR et l'ouverture de sa CMR</translation>
    </message>
    <message>
        <source>years from one WTSA to the next</source>
        <translation>années d'une AMNT à la suivante</translation>
    </message>
    <message>
        <source>count a postponed WTSA in its nominal year</source>
        <translation>compter une AMNT reportée dans son année nominale</translation>
    </message>
    <message>
        <source>the seat of the Union</source>
        <translation>le siège de l'Union</translation>
    </message>
    <message>
        <source>[first, last] years to check (null: first to last year with a Council meeting)</source>
        <translation>[première, dernière] années à vérifier (null : de la première à la dernière année comptant une réunion du Conseil)</translation>
    </message>
    <message>
        <source>days either side of June-July accepted</source>
        <translation>jours acceptés avant et après juin-juillet</translation>
    </message>
    <message>
        <source>sessions ahead to be scheduled</source>
        <translation>sessions à venir à programmer</translation>
    </message>
    <message>
        <source>the date to count from (null: today)</source>
        <translation>la date de référence (null : aujourd'hui)</translation>
    </message>
    <message>
        <source>the conferences and assemblies</source>
        <translation>les conférences et assemblées</translation>
    </message>
    <message>
        <source>the Sector advisory groups</source>
        <translation>les groupes consultatifs des Secteurs</translation>
    </message>
    <message>
        <source>check expert-group meetings too</source>
        <translation>vérifier aussi les réunions des groupes d'experts</translation>
    </message>
    <message>
        <source>advisory kinds</source>
        <translation>types de groupes consultatifs</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>date de référence</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>organes</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organe</translation>
    </message>
    <message>
        <source>conference kinds</source>
        <translation>types de conférences</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>types des activités principales</translation>
    </message>
    <message>
        <source>external kinds</source>
        <translation>types extérieurs</translation>
    </message>
    <message>
        <source>high kinds</source>
        <translation>types prioritaires</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>hq cities</source>
        <translation>villes du siège</translation>
    </message>
    <message>
        <source>hq venues</source>
        <translation>lieux du siège</translation>
    </message>
    <message>
        <source>include eve</source>
        <translation>inclure la veille</translation>
    </message>
    <message>
        <source>include expert groups</source>
        <translation>inclure les groupes d'experts</translation>
    </message>
    <message>
        <source>include ra</source>
        <translation>inclure les AR</translation>
    </message>
    <message>
        <source>include rapporteur groups</source>
        <translation>inclure les groupes du Rapporteur</translation>
    </message>
    <message>
        <source>interval years</source>
        <translation>intervalle (années)</translation>
    </message>
    <message>
        <source>islamic uncertainty days</source>
        <translation>incertitude des dates islamiques (jours)</translation>
    </message>
    <message>
        <source>itu d kinds</source>
        <translation>types de l'UIT-D</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>types</translation>
    </message>
    <message>
        <source>low kinds</source>
        <translation>types moins prioritaires</translation>
    </message>
    <message>
        <source>major min participants</source>
        <translation>participants minimum d'une grande manifestation</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>match by</source>
        <translation>rapprochement par</translation>
    </message>
    <message>
        <source>max days</source>
        <translation>durée maximale (jours)</translation>
    </message>
    <message>
        <source>max gap days</source>
        <translation>intervalle maximal (jours)</translation>
    </message>
    <message>
        <source>max months</source>
        <translation>nombre maximal de mois</translation>
    </message>
    <message>
        <source>max years</source>
        <translation>nombre maximal d'années</translation>
    </message>
    <message>
        <source>min days</source>
        <translation>nombre minimal de jours</translation>
    </message>
    <message>
        <source>min gap days</source>
        <translation>intervalle minimal (jours)</translation>
    </message>
    <message>
        <source>min months</source>
        <translation>nombre minimal de mois</translation>
    </message>
    <message>
        <source>min per year</source>
        <translation>minimum par an</translation>
    </message>
    <message>
        <source>min years</source>
        <translation>nombre minimal d'années</translation>
    </message>
    <message>
        <source>observances</source>
        <translation>célébrations</translation>
    </message>
    <message>
        <source>only major</source>
        <translation>grandes manifestations seulement</translation>
    </message>
    <message>
        <source>pair counts as one</source>
        <translation>une paire compte pour une</translation>
    </message>
    <message>
        <source>prefer second half</source>
        <translation>préférer le second semestre</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>seat city</source>
        <translation>ville du siège</translation>
    </message>
    <message>
        <source>sitting days only</source>
        <translation>jours de séance seulement</translation>
    </message>
    <message>
        <source>subdivisions</source>
        <translation>subdivisions</translation>
    </message>
    <message>
        <source>tdag body</source>
        <translation>organe du GCDT</translation>
    </message>
    <message>
        <source>tolerance days</source>
        <translation>tolérance (jours)</translation>
    </message>
    <message>
        <source>use nominal year</source>
        <translation>utiliser l'année nominale</translation>
    </message>
    <message>
        <source>use times</source>
        <translation>utiliser les heures</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>{doc} ({kind})</source>
        <translation>{doc} ({kind})</translation>
    </message>
    <message>
        <source>{where}: a value is needed</source>
        <translation>{where} : une valeur est nécessaire</translation>
    </message>
    <message>
        <source>{where}: {wanted}, not {value}</source>
        <translation>{where} : {wanted}, et non {value}</translation>
    </message>
    <message>
        <source>{where}: true or false</source>
        <translation>{where} : true ou false</translation>
    </message>
    <message>
        <source>{where}: a non-empty text</source>
        <translation>{where} : un texte non vide</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l'une des valeurs {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of texts, e.g. {example}</source>
        <translation>{where} : une liste de textes, par exemple {example}</translation>
    </message>
    <message>
        <source>{where}: unknown {names} (known: {known})</source>
        <translation>{where} : {names} inconnu(s) (valeurs connues : {known})</translation>
    </message>
    <message>
        <source>{where}: a mapping like {example}</source>
        <translation>{where} : une correspondance comme {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where} : {value} n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{where}: give [first year, last year], e.g. [2022, 2030]</source>
        <translation>{where} : indiquez [première année, dernière année], par exemple [2022, 2030]</translation>
    </message>
    <message>
        <source>{kind} or null</source>
        <translation>{kind} ou null</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a text ({choices})</source>
        <translation>un texte ({choices})</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list of texts from a fixed set</source>
        <translation>une liste de textes pris dans un ensemble fixe</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a mapping of countries to cities and regions</source>
        <translation>une correspondance entre pays, villes et régions</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>[first year, last year]</source>
        <translation>[première année, dernière année]</translation>
    </message>
    <message>
        <source>the kinds checked in every Sector</source>
        <translation>les types vérifiés dans tous les Secteurs</translation>
    </message>
    <message>
        <source>the ITU-D kinds checked</source>
        <translation>les types de l'UIT-D vérifiés</translation>
    </message>
    <message>
        <source>the body of TDAG's advisory-group meetings</source>
        <translation>l'organe des réunions du groupe consultatif GCDT</translation>
    </message>
    <message>
        <source>the religious periods avoided</source>
        <translation>les périodes religieuses à éviter</translation>
    </message>
    <message>
        <source>ignore weekend days of a weekday meeting</source>
        <translation>ignorer les jours de fin de semaine d'une réunion tenue en semaine</translation>
    </message>
    <message>
        <source>Jewish and Islamic days begin the evening before</source>
        <translation>les jours juifs et islamiques commencent la veille au soir</translation>
    </message>
    <message>
        <source>days by which Islamic dates may differ by country</source>
        <translation>jours d'écart possibles des dates islamiques selon les pays</translation>
    </message>
    <message>
        <source>the kinds held to the last quarter</source>
        <translation>les types tenus au dernier trimestre</translation>
    </message>
    <message>
        <source>the kinds counted</source>
        <translation>les types comptés</translation>
    </message>
    <message>
        <source>an associated RA and WRC count as one</source>
        <translation>une AR et une CMR associées comptent pour une</translation>
    </message>
    <message>
        <source>the kinds noted in a PP year</source>
        <translation>les types signalés l'année d'une PP</translation>
    </message>
    <message>
        <source>longest PP, first and last day included</source>
        <translation>durée maximale d'une PP, premier et dernier jours compris</translation>
    </message>
    <message>
        <source>the kinds kept apart</source>
        <translation>les types tenus à distance</translation>
    </message>
    <message>
        <source>days from one close to the next opening</source>
        <translation>jours entre une clôture et l'ouverture suivante</translation>
    </message>
    <message>
        <source>the ITU meetings checked</source>
        <translation>les réunions de l'UIT vérifiées</translation>
    </message>
    <message>
        <source>the kinds that are outside events</source>
        <translation>les types qui sont des manifestations extérieures</translation>
    </message>
    <message>
        <source>count only outside events of major_min_participants</source>
        <translation>ne compter que les manifestations extérieures d'au moins major_min_participants participants</translation>
    </message>
    <message>
        <source>participants that make an outside event major</source>
        <translation>nombre de participants qui fait d'une manifestation extérieure une grande manifestation</translation>
    </message>
    <message>
        <source>the kinds that are forums, symposia or exhibitions</source>
        <translation>les types qui sont des forums, symposiums ou expositions</translation>
    </message>
    <message>
        <source>the conferences, assemblies and Council sessions</source>
        <translation>les conférences, assemblées et sessions du Conseil</translation>
    </message>
    <message>
        <source>venues that are ITU headquarters</source>
        <translation>les lieux qui constituent le siège de l'UIT</translation>
    </message>
    <message>
        <source>the kinds with priority</source>
        <translation>les types prioritaires</translation>
    </message>
    <message>
        <source>the kinds that yield</source>
        <translation>les types qui cèdent la place</translation>
    </message>
    <message>
        <source>how chairs are matched (by name until people have ids)</source>
        <translation>comment les présidents sont rapprochés (par leur nom tant que les personnes n'ont pas d'identifiant)</translation>
    </message>
    <message>
        <source>share of seats by which a room may be overfilled</source>
        <translation>part des places dont une salle peut être dépassée</translation>
    </message>
    <message>
        <source>the region of a city, by country, where holidays differ by region</source>
        <translation>la région d'une ville, par pays, lorsque les jours fériés varient selon la région</translation>
    </message>
    <message>
        <source>meetings of a group in a year</source>
        <translation>réunions d'un groupe dans une année</translation>
    </message>
    <message>
        <source>note a year's only meeting before July</source>
        <translation>signaler la seule réunion d'une année tenue avant juillet</translation>
    </message>
    <message>
        <source>compare times of day when both meetings have them</source>
        <translation>comparer les heures lorsque les deux réunions en ont</translation>
    </message>
    <message>
        <source>days between TDAG and a study group</source>
        <translation>jours entre le GCDT et une commission d'études</translation>
    </message>
    <message>
        <source>check rapporteur groups too</source>
        <translation>vérifier aussi les groupes du Rapporteur</translation>
    </message>
    <message>
        <source>fewest months from the last TDAG to WTDC</source>
        <translation>nombre minimal de mois entre le dernier GCDT et la CMDT</translation>
    </message>
    <message>
        <source>most months from the last TDAG to WTDC</source>
        <translation>nombre maximal de mois entre le dernier GCDT et la CMDT</translation>
    </message>
    <message>
        <source>the regions expected to hold an RPM</source>
        <translation>les régions qui devraient tenir une RPR</translation>
    </message>
    <message>
        <source>the body whose meetings are counted</source>
        <translation>l'organe dont les réunions sont comptées</translation>
    </message>
    <message>
        <source>days from one advisory group's close to the next one's opening</source>
        <translation>jours entre la clôture d'un groupe consultatif et l'ouverture du suivant</translation>
    </message>
    <message>
        <source>the advisory groups of the three Sectors</source>
        <translation>les groupes consultatifs des trois Secteurs</translation>
    </message>
    <message>
        <source>days from a study group's last close to the WTDC's opening</source>
        <translation>jours entre la dernière clôture d'une commission d'études et l'ouverture de la CMDT</translation>
    </message>
    <message>
        <source>the ITU-D groups expected at headquarters</source>
        <translation>les groupes de l'UIT-D attendus au siège</translation>
    </message>
    <message>
        <source>the names of the headquarters city</source>
        <translation>les noms de la ville du siège</translation>
    </message>
    <message>
        <source>the ITU-D groups whose cancelled invitations are noted</source>
        <translation>les groupes de l'UIT-D dont les invitations annulées sont signalées</translation>
    </message>
</context>
<context>
    <name>Rationales</name>
    <message>
        <source>Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared, so a PP known only by its year counts; a skipped PP gives one finding for the long gap.</source>
        <translation>Deux Conférences de plénipotentiaires consécutives doivent être séparées de quatre ans. Seules les années sont comparées : une PP connue seulement par son année compte ; une PP manquante donne une seule constatation pour l'intervalle trop long.</translation>
    </message>
    <message>
        <source>WRCs (and, if asked, RAs as a series of their own) &quot;normally&quot; every three to four years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a normally clause and silenced by a waiver.</source>
        <translation>Les CMR (et, si on le demande, les AR comme série distincte) ont lieu « normally » tous les trois à quatre ans, comparées par année. De la WRC-07 à la WRC-12, il y a cinq ans par numéro d'année : un avertissement, acceptable pour une clause « normally » et levé par une dérogation.</translation>
    </message>
    <message>
        <source>Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).</source>
        <translation>Chaque CMR doit avoir une AR dans la même ville qui la chevauche, la jouxte ou se termine au plus max_gap_days jours avant son ouverture ; chaque AR doit avoir une telle CMR (la RA-23 s'est terminée le vendredi 17 novembre 2023, la WRC-23 s'est ouverte le lundi 20 novembre : un intervalle de trois jours).</translation>
    </message>
    <message>
        <source>Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set (WTSA-20 met in March 2022, postponed by the pandemic), else the start year.</source>
        <translation>Deux AMNT consécutives sont séparées de quatre ans, par année de cycle : l'année nominale lorsqu'elle est indiquée (la WTSA-20 s'est réunie en mars 2022, reportée en raison de la pandémie), sinon l'année d'ouverture.</translation>
    </message>
    <message>
        <source>Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only more than one is reported. A WTDC known only by its year counts where its year settles it.</source>
        <translation>Entre deux PP consécutives, il doit y avoir exactement une CMDT, selon les dates (la WTDC-22 s'est réunie en juin 2022, avant la PP-22 en septembre : elle appartient à l'intervalle PP-18 à PP-22). Après la dernière PP, seul le cas de plus d'une CMDT est signalé. Une CMDT connue seulement par son année compte lorsque son année suffit à trancher.</translation>
    </message>
    <message>
        <source>Each year from the first to the last with any Council meeting (or the years set in the policy) has exactly one ordinary session (council; additional sessions and the short meetings before a PP are council-extra and never count), held in seat_city.</source>
        <translation>Chaque année, de la première à la dernière où se tient une réunion du Conseil (ou les années fixées dans la politique), compte exactement une session ordinaire (council ; les sessions additionnelles et les brèves réunions précédant une PP sont council-extra et ne comptent jamais), tenue à seat_city.</translation>
    </message>
    <message>
        <source>An ordinary session opens no earlier than 1 June and closes no later than 31 July, each widened by tolerance_days (&quot;around&quot;): with the default 14, from 18 May to 14 August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. Additional sessions and the meetings before a PP are other kinds and are not checked.</source>
        <translation>Une session ordinaire s'ouvre au plus tôt le 1er juin et se termine au plus tard le 31 juillet, chaque limite étant élargie de tolerance_days (« around ») : avec la valeur par défaut de 14, du 18 mai au 14 août. Le Conseil 2022 (mars) et le Conseil 2026 (28 avril-8 mai) tombent en dehors. Les sessions additionnelles et les réunions précédant une PP sont d'autres types et ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>Counting from the year of the latest ordinary session ended on or before the as-of date (scheduler-app check --as-of, else the policy's as_of, else today), each of the next horizon years needs an ordinary session on the calendar; a month or a year is enough. The June-July test is R77-COUNCIL-JUNE-JULY's.</source>
        <translation>À compter de l'année de la dernière session ordinaire terminée à la date de référence ou avant (scheduler-app check --as-of, sinon le paramètre as_of de la politique, sinon aujourd'hui), chacune des horizon années suivantes doit avoir une session ordinaire au calendrier ; un mois ou une année suffit. La vérification de juin-juillet relève de R77-COUNCIL-JUNE-JULY.</translation>
    </message>
    <message>
        <source>A Council working group (or Council expert group such as EG-ITRs, which are cwg) sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual CWG still counts; month-only meetings are skipped. With include_expert_groups, expert-group meetings are checked too.</source>
        <translation>Un groupe de travail du Conseil (ou un groupe d'experts du Conseil comme le EG-ITRs, qui sont de type cwg) qui partage un jour avec une conférence, une assemblée ou un groupe consultatif de Secteur (GCDT, GCNT, GCR). Se réunir en même temps que le Conseil est permis : la Décision 11 le demande. Un GTC virtuel compte aussi ; les réunions connues seulement par leur mois sont ignorées. Avec include_expert_groups, les réunions des groupes d'experts sont également vérifiées.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic dates, which vary by country by about a day. Add kinds such as rpm with the kinds parameter.</source>
        <translation>Une conférence, une assemblée ou une réunion du Conseil, ou une réunion d'une commission d'études de l'UIT-D, d'un groupe du Rapporteur ou du GCDT, dont des jours de séance tombent pendant une célébration retenue. Les jours de fin de semaine sont ignorés lorsque la réunion siège aussi en semaine (sitting_days_only ; une réunion tenue uniquement le samedi siège le samedi). Avec include_eve, les célébrations juives et islamiques commencent la veille au soir, c'est-à-dire que la veille compte. islamic_uncertainty_days élargit les dates islamiques, qui varient d'un pays à l'autre d'environ un jour. Ajoutez des types, par exemple rpm, au moyen du paramètre kinds.</translation>
    </message>
    <message>
        <source>A conference or assembly opens on or after 1 October and closes by 31 December of its year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is checked, since its period already settles the question.</source>
        <translation>Une conférence ou une assemblée s'ouvre le 1er octobre ou après et se termine au plus tard le 31 décembre de son année. La PP-22 s'est ouverte le 26 septembre 2022, cinq jours trop tôt. L'année de la pandémie relève d'une dérogation, non d'un assouplissement de la règle. Une réunion connue seulement par son année est ignorée ; une réunion connue par son mois ou son trimestre est vérifiée, puisque sa période suffit déjà à trancher.</translation>
    </message>
    <message>
        <source>Conferences and assemblies are grouped by start year; an RA and a WRC associated in place and time count as one (the exception of recalling b)). More than one in a year: one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.</source>
        <translation>Les conférences et assemblées sont regroupées par année d'ouverture ; une AR et une CMR associées quant au lieu et à la date comptent pour une (l'exception du point b) du rappelant). Plus d'une dans une année : un avertissement qui les énumère. En 2022 se sont tenues la WTSA-20, la WTDC-22 et la PP-22.</translation>
    </message>
    <message>
        <source>For each Plenipotentiary Conference, every conference, assembly or forum starting in the same year is noted (information only: an annual forum shows up in every PP year, as intended).</source>
        <translation>Pour chaque Conférence de plénipotentiaires, toute conférence, assemblée ou forum commençant la même année est signalé (pour information seulement : un forum annuel apparaît chaque année de PP, comme prévu).</translation>
    </message>
    <message>
        <source>Plenipotentiary conferences are limited to three weeks (21 days, first and last included) unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks later is 22 days.</source>
        <translation>Les Conférences de plénipotentiaires sont limitées à trois semaines (21 jours, premier et dernier jours compris), sauf nécessité impérieuse, qu'une dérogation peut indiquer. Du lundi au lundi trois semaines plus tard, il y a 22 jours.</translation>
    </message>
    <message>
        <source>Between two conferences or assemblies (other than an associated RA and WRC) at least min_gap_days (eight weeks) pass from the close of one to the opening of the next; overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22 102 days.</source>
        <translation>Entre deux conférences ou assemblées (autres qu'une AR et une CMR associées), au moins min_gap_days jours (huit semaines) séparent la clôture de l'une de l'ouverture de la suivante ; celles qui se chevauchent sont également signalées. En 2022, il y a eu 89 jours entre la WTSA-20 et la WTDC-22 et 102 jours entre la WTDC-22 et la PP-22.</translation>
    </message>
    <message>
        <source>A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a later Council decision, whose source is kept with the period) is held inside it. A quarter means its first to last day. Places are the Council's to set and are not checked.</source>
        <translation>Une réunion pour laquelle un organe supérieur a fixé une période (Résolution 77, points 5.2 à 5.6 du décide, ou une décision ultérieure du Conseil, dont la source est conservée avec la période) se tient à l'intérieur de celle-ci. Un trimestre s'entend de son premier à son dernier jour. Les lieux relèvent du Conseil et ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council session sharing a day with an outside ICT event, wherever each is held. With only_major, only outside events expecting at least major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on purpose: such a co-location is accepted with a waiver.</source>
        <translation>Une conférence, une assemblée ou une session du Conseil qui partage un jour avec une manifestation TIC extérieure, où que chacune se tienne. Avec only_major, seules comptent les manifestations extérieures attendant au moins major_min_participants participants. La WTSA-24 s'est ouverte délibérément en même temps que l'India Mobile Congress 2024 : une telle concomitance est acceptée au moyen d'une dérogation.</translation>
    </message>
    <message>
        <source>A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops) shares a day with a conference, an assembly or a Council session, wherever each is held: such events are scheduled around the core activities of the Union, not beside them. Times of day are compared when both have them. A meeting known only by a month or a year is left out, since whether it clashes depends on days not fixed yet.</source>
        <translation>Un forum, un symposium ou une exposition (un forum au calendrier ; le planificateur peut ajouter les ateliers) partage un jour avec une conférence, une assemblée ou une session du Conseil, où que chacun se tienne : ces manifestations sont programmées autour des activités principales de l'Union, non en parallèle. Les heures sont comparées lorsque les deux réunions ont des horaires. Une réunion connue seulement par un mois ou une année est laissée de côté, puisque l'existence d'un conflit dépend de jours non encore fixés.</translation>
    </message>
    <message>
        <source>Two in-person or hybrid meetings in the same room of the same venue (names compared ignoring case and spacing) at the same time: by time of day when both have times, else by day. A rapporteur group meeting &quot;in conjunction with&quot; its study group shares the room only at other times. Virtual meetings and meetings without a room are skipped.</source>
        <translation>Deux réunions en présentiel ou hybrides dans la même salle du même lieu (noms comparés sans tenir compte de la casse ni des espaces) au même moment : selon l'heure lorsque les deux ont des horaires, sinon selon le jour. Une réunion de groupe du Rapporteur tenue « in conjunction with » sa commission d'études ne partage la salle qu'à d'autres heures. Les réunions virtuelles et celles sans salle sont ignorées.</translation>
    </message>
    <message>
        <source>When a forum, workshop or other lower-priority meeting and a study group, advisory group, Council or CWG meeting want the same headquarters room at the same time, the lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of the text.</source>
        <translation>Lorsqu'un forum, un atelier ou une autre réunion moins prioritaire et une réunion de commission d'études, de groupe consultatif, du Conseil ou d'un GTC demandent la même salle du siège au même moment, c'est la réunion moins prioritaire qu'il faut déplacer (VENUE-ROOM-CLASH signale le conflit lui-même ; cette règle indique qui cède la place). Retirez rapporteur-group de high_kinds pour une lecture stricte du texte.</translation>
    </message>
    <message>
        <source>The same chair on two meetings at the same time (by time of day when both have times). Chairs are matched by name without Mr/Ms, case and extra spaces; names written differently (&quot;Mr Roberto Mitsuake Hirayama&quot; and &quot;Mr Roberto Hirayama&quot;) are different people to the planner until people get ids of their own.</source>
        <translation>Le même président pour deux réunions au même moment (selon l'heure lorsque les deux ont des horaires). Les présidents sont rapprochés par leur nom, sans Mr/Ms, sans tenir compte de la casse ni des espaces superflus ; des noms écrits différemment (« Mr Roberto Mitsuake Hirayama » et « Mr Roberto Hirayama ») désignent des personnes différentes pour le planificateur tant que les personnes n'ont pas d'identifiant propre.</translation>
    </message>
    <message>
        <source>A meeting expecting more participants than its room seats (times 1 + margin). Rooms of unknown capacity and meetings without an expected attendance are skipped.</source>
        <translation>Une réunion qui attend plus de participants que sa salle n'offre de places (multipliées par 1 + margin). Les salles de capacité inconnue et les réunions sans participation attendue sont ignorées.</translation>
    </message>
    <message>
        <source>An in-person or hybrid meeting sitting on a public holiday of its host country (and region, such as the canton of Geneva with Jeûne genevois). Weekends are the host country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep closure days of their own.</source>
        <translation>Une réunion en présentiel ou hybride qui siège un jour férié du pays hôte (et de sa région, comme le canton de Genève avec le Jeûne genevois). Les fins de semaine sont celles du pays hôte (vendredi-samedi au Qatar). Pour information seulement : l'UIT et l'ONU à Genève ont leurs propres jours de fermeture.</translation>
    </message>
    <message>
        <source>In each study period (from the calendar's WTDCs: the years after one WTDC up to and including the next one's), every ITU-D study group that meets at all in the period meets at least min_per_year times in each of its years (a meeting counts for its start year). A group with no meeting in a period is not reported: it may not exist then. With prefer_second_half, a year whose only meeting opens before 1 July is noted as information.</source>
        <translation>Dans chaque période d'études (déduite des CMDT du calendrier : les années qui suivent une CMDT jusqu'à celle de la suivante incluse), chaque commission d'études de l'UIT-D qui se réunit au cours de la période se réunit au moins min_per_year fois chacune de ses années (une réunion compte pour son année d'ouverture). Une commission sans réunion dans une période n'est pas signalée : elle peut ne pas exister à ce moment-là. Avec prefer_second_half, une année dont la seule réunion s'ouvre avant le 1er juillet est signalée pour information.</translation>
    </message>
    <message>
        <source>Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at the same time: by time of day when both have times, else by day. Groups of different study groups may meet in parallel; sessions of one group never clash with each other.</source>
        <translation>Deux groupes du Rapporteur de l'UIT-D relevant de la même commission d'études (leur commission mère) se réunissent en même temps : selon l'heure lorsque les deux réunions ont des horaires, sinon selon le jour. Des groupes de commissions d'études différentes peuvent se réunir en parallèle ; les séances d'un même groupe ne sont jamais en conflit entre elles.</translation>
    </message>
    <message>
        <source>A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either order, overlaps included. A study group ending on Thursday and TDAG opening on Friday (gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only TDAG meetings are skipped.</source>
        <translation>Une réunion du GCDT et une réunion d'une commission d'études de l'UIT-D séparées d'au plus min_gap_days jours, dans un sens ou dans l'autre, chevauchements compris. Une commission d'études se terminant un jeudi et le GCDT s'ouvrant le vendredi (intervalle de 1) est signalé ; une fin le vendredi avec le GCDT le lundi (intervalle de 3) ne l'est pas. Les réunions du GCDT connues seulement par leur mois sont ignorées.</translation>
    </message>
    <message>
        <source>For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) every regional preparatory meeting of the cycle ends before that TDAG (&quot;as soon as possible before the last meeting of TDAG&quot;); (3) no RPM overlaps another ITU-D meeting; (4) information when fewer than six regions held one (a region may decline). Cycles with no dated TDAG skip (1)-(2).</source>
        <translation>Pour chaque CMDT (son cycle va de la clôture de la CMDT précédente à son ouverture) : 1) le dernier GCDT du cycle s'ouvre entre max_months et min_months mois avant la CMDT ; 2) chaque réunion préparatoire régionale du cycle se termine avant ce GCDT (« as soon as possible before the last meeting of TDAG ») ; 3) aucune RPR ne chevauche une autre réunion de l'UIT-D ; 4) une information est donnée lorsque moins de six régions en ont tenu une (une région peut s'abstenir). Les cycles sans GCDT daté omettent les points 1) et 2).</translation>
    </message>
    <message>
        <source>Every year from the first to the last TDAG meeting on the calendar has at least one TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the year it opens in, so a meeting known only by its month or its year still counts. Years before the first and after the last TDAG meeting on the calendar are not judged: they are not planned yet. A year without TDAG is one warning about that year.</source>
        <translation>Chaque année, de la première à la dernière réunion du GCDT au calendrier, compte au moins une réunion du GCDT (une réunion de groupe consultatif dont l'organe est le TDAG). Une réunion compte pour son année d'ouverture, de sorte qu'une réunion connue seulement par son mois ou son année compte aussi. Les années antérieures à la première et postérieures à la dernière réunion du GCDT au calendrier ne sont pas évaluées : elles ne sont pas encore planifiées. Une année sans GCDT donne un avertissement concernant cette année.</translation>
    </message>
    <message>
        <source>In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and TDAG) meet, their meetings, in order of opening, follow one another: each opens within max_gap_days (7) of the close of the one before, so that delegates can attend them in one stay. Two meetings of the same group in a row are not compared. Information only: the text asks for this whenever possible. Meetings known only by a month or a year are left out, since their order is not known.</source>
        <translation>Une année où deux ou plus des groupes consultatifs des trois Secteurs (GCR, GCNT et GCDT) se réunissent, leurs réunions, dans l'ordre d'ouverture, se suivent : chacune s'ouvre dans les max_gap_days jours (7) suivant la clôture de la précédente, afin que les délégués puissent y assister en un seul séjour. Deux réunions successives du même groupe ne sont pas comparées. Pour information seulement : le texte le demande chaque fois que possible. Les réunions connues seulement par un mois ou une année sont laissées de côté, leur ordre n'étant pas connu.</translation>
    </message>
    <message>
        <source>Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year between two WTDCs: from the year after a WTDC to the year before the next one (after the last WTDC on the calendar, the years that follow it), and no later than the last year in which that group has a meeting on the calendar, since later years are not planned yet. A meeting counts for the year it opens in. A group with no meeting at all between two WTDCs is not reported (its Question may not exist then), nor is a meeting that names no group. One warning per group and year, naming that year's meetings.</source>
        <translation>Chaque groupe du Rapporteur de l'UIT-D se réunit au moins min_per_year fois (deux fois) chaque année entre deux CMDT : de l'année qui suit une CMDT à l'année qui précède la suivante (après la dernière CMDT du calendrier, les années qui la suivent), et au plus tard jusqu'à la dernière année où ce groupe a une réunion au calendrier, les années ultérieures n'étant pas encore planifiées. Une réunion compte pour son année d'ouverture. Un groupe sans aucune réunion entre deux CMDT n'est pas signalé (sa Question peut ne pas exister alors), pas plus qu'une réunion qui ne nomme aucun groupe. Un avertissement par groupe et par année, qui nomme les réunions de cette année-là.</translation>
    </message>
    <message>
        <source>The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 calendar days) before the WTDC opens, so that its approved reports and draft Recommendations can reach administrations in time: closing exactly 35 days before is enough, 34 is not. A planner may raise the number to allow for translation and dispatch. The meetings looked at are those opening after the previous WTDC opened and before this one opens. A meeting known only by a month or a quarter that could fall either side of the limit is noted as information; a WTDC known only by its year is not judged.</source>
        <translation>La dernière réunion de chaque commission d'études de l'UIT-D avant une CMDT se termine au moins min_days jours (35 jours civils) avant l'ouverture de la CMDT, afin que ses rapports approuvés et ses projets de Recommandation parviennent à temps aux administrations : une clôture exactement 35 jours avant suffit, 34 jours ne suffisent pas. Le planificateur peut augmenter ce nombre pour tenir compte de la traduction et de l'envoi. Les réunions examinées sont celles qui s'ouvrent après l'ouverture de la CMDT précédente et avant celle de la CMDT considérée. Une réunion connue seulement par un mois ou un trimestre qui pourrait se situer de part et d'autre de la limite est signalée pour information ; une CMDT connue seulement par son année n'est pas évaluée.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting in person or hybrid in a city other than Geneva is noted, as information: these groups normally meet at ITU headquarters, and a meeting elsewhere is usually an invitation a planner has accepted on purpose. Virtual meetings and meetings with no city yet are not noted.</source>
        <translation>Une réunion, en présentiel ou hybride, d'une commission d'études, d'un groupe de travail ou d'un groupe du Rapporteur de l'UIT-D dans une autre ville que Genève est signalée pour information : ces groupes se réunissent normalement au siège de l'UIT, et une réunion ailleurs est généralement une invitation que le planificateur a acceptée à dessein. Les réunions virtuelles et celles sans ville à ce stade ne sont pas signalées.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting that was to be held elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is reminded to propose it in Geneva on the dates first planned. This is the one rule that reads cancelled meetings. Virtual meetings and meetings with no city are left out.</source>
        <translation>Une réunion d'une commission d'études, d'un groupe de travail ou d'un groupe du Rapporteur de l'UIT-D qui devait se tenir ailleurs qu'à Genève, sur invitation, et qui est maintenant annulée : il est rappelé au planificateur de la proposer à Genève aux dates initialement prévues. C'est la seule règle qui lit les réunions annulées. Les réunions virtuelles et celles sans ville sont laissées de côté.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A Plenipotentiary Conference every four years</source>
        <translation>Une Conférence de plénipotentiaires tous les quatre ans</translation>
    </message>
    <message>
        <source>A world radiocommunication conference every three to four years</source>
        <translation>Une conférence mondiale des radiocommunications tous les trois à quatre ans</translation>
    </message>
    <message>
        <source>RA and WRC associated in place and time</source>
        <translation>AR et CMR associées quant au lieu et à la date</translation>
    </message>
    <message>
        <source>A world telecommunication standardization assembly every four years</source>
        <translation>Une assemblée mondiale de normalisation des télécommunications tous les quatre ans</translation>
    </message>
    <message>
        <source>Exactly one WTDC between two Plenipotentiary Conferences</source>
        <translation>Une seule CMDT entre deux Conférences de plénipotentiaires</translation>
    </message>
    <message>
        <source>One ordinary Council session a year, at the seat of the Union</source>
        <translation>Une session ordinaire du Conseil par an, au siège de l'Union</translation>
    </message>
    <message>
        <source>The ordinary Council session within or around June-July</source>
        <translation>La session ordinaire du Conseil pendant ou aux alentours de juin-juillet</translation>
    </message>
    <message>
        <source>The next three ordinary Council sessions are on the calendar</source>
        <translation>Les trois prochaines sessions ordinaires du Conseil sont inscrites au calendrier</translation>
    </message>
    <message>
        <source>No CWG meeting during a major conference or a Sector advisory group</source>
        <translation>Pas de réunion de GTC pendant une grande conférence ou un groupe consultatif de Secteur</translation>
    </message>
    <message>
        <source>Avoid major religious periods</source>
        <translation>Éviter les grandes périodes religieuses</translation>
    </message>
    <message>
        <source>Conferences and assemblies in the last quarter of the year</source>
        <translation>Conférences et assemblées au dernier trimestre de l'année</translation>
    </message>
    <message>
        <source>Not two conferences or assemblies in one year</source>
        <translation>Pas deux conférences ou assemblées la même année</translation>
    </message>
    <message>
        <source>Other conferences, assemblies and forums in a PP year</source>
        <translation>Autres conférences, assemblées et forums l'année d'une PP</translation>
    </message>
    <message>
        <source>A Plenipotentiary Conference lasts at most three weeks</source>
        <translation>Une Conférence de plénipotentiaires dure au plus trois semaines</translation>
    </message>
    <message>
        <source>Sufficient time between conferences</source>
        <translation>Un intervalle suffisant entre les conférences</translation>
    </message>
    <message>
        <source>Inside the period decided for the meeting</source>
        <translation>Dans la période fixée pour la réunion</translation>
    </message>
    <message>
        <source>No clash with other major ICT events</source>
        <translation>Pas de conflit avec d'autres grandes manifestations TIC</translation>
    </message>
    <message>
        <source>Forums yield to core activities</source>
        <translation>Les forums cèdent la place aux activités principales</translation>
    </message>
    <message>
        <source>One room, one meeting at a time</source>
        <translation>Une salle, une réunion à la fois</translation>
    </message>
    <message>
        <source>Core groups first at headquarters</source>
        <translation>Priorité aux groupes principaux au siège</translation>
    </message>
    <message>
        <source>One chair, two meetings at once</source>
        <translation>Un président, deux réunions simultanées</translation>
    </message>
    <message>
        <source>The room holds the expected participants</source>
        <translation>La salle peut accueillir les participants attendus</translation>
    </message>
    <message>
        <source>A sitting day that is a public holiday at the venue</source>
        <translation>Un jour de séance férié dans le lieu de la réunion</translation>
    </message>
    <message>
        <source>Each ITU-D study group meets every year</source>
        <translation>Chaque commission d'études de l'UIT-D se réunit tous les ans</translation>
    </message>
    <message>
        <source>One study group's rapporteur groups never in parallel</source>
        <translation>Jamais de réunions parallèles des groupes du Rapporteur d'une même commission d'études</translation>
    </message>
    <message>
        <source>TDAG not in conjunction with study group meetings</source>
        <translation>Le GCDT ne se réunit pas conjointement avec les commissions d'études</translation>
    </message>
    <message>
        <source>Regional preparatory meetings, then the last TDAG, then the WTDC</source>
        <translation>Réunions préparatoires régionales, puis dernier GCDT, puis CMDT</translation>
    </message>
    <message>
        <source>TDAG meets every year</source>
        <translation>Le GCDT se réunit tous les ans</translation>
    </message>
    <message>
        <source>The three Sectors' advisory groups one after another</source>
        <translation>Les groupes consultatifs des trois Secteurs l'un après l'autre</translation>
    </message>
    <message>
        <source>Rapporteur groups meet twice a year</source>
        <translation>Les groupes du Rapporteur se réunissent deux fois par an</translation>
    </message>
    <message>
        <source>Study groups meet early enough before a WTDC</source>
        <translation>Les commissions d'études se réunissent suffisamment avant une CMDT</translation>
    </message>
    <message>
        <source>ITU-D study groups and their groups at headquarters</source>
        <translation>Les commissions d'études de l'UIT-D et leurs groupes au siège</translation>
    </message>
    <message>
        <source>A cancelled invitation moves to Geneva</source>
        <translation>Une invitation annulée : la réunion se tient à Genève</translation>
    </message>
</context>
</TS>
