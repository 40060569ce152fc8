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
