<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Invitation circular sent</source>
        <translation>Envoi de la lettre circulaire d&apos;invitation</translation>
    </message>
    <message>
        <source>Registration form due</source>
        <translation>Date limite du formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>Contributions due for translation</source>
        <translation>Date limite des contributions à traduire</translation>
    </message>
    <message>
        <source>Last contributions due (published untranslated)</source>
        <translation>Date limite des dernières contributions (publiées sans traduction)</translation>
    </message>
    <message>
        <source>Translated contributions published</source>
        <translation>Publication des contributions traduites</translation>
    </message>
    <message>
        <source>Secretariat documents published</source>
        <translation>Publication des documents du secrétariat</translation>
    </message>
    <message>
        <source>WTDC contributions due</source>
        <translation>Date limite des contributions à la CMDT</translation>
    </message>
    <message>
        <source>All WTDC contributions published</source>
        <translation>Publication de toutes les contributions à la CMDT</translation>
    </message>
    <message>
        <source>WTDC secretariat documents published</source>
        <translation>Publication des documents du secrétariat de la CMDT</translation>
    </message>
    <message>
        <source>Proposed new ITU-D study Questions due</source>
        <translation>Date limite des nouvelles Questions d&apos;étude proposées pour l&apos;UIT-D</translation>
    </message>
    <message>
        <source>List of proposed study Questions communicated</source>
        <translation>Communication de la liste des Questions d&apos;étude proposées</translation>
    </message>
    <message>
        <source>Interpretation requested</source>
        <translation>Demande d&apos;interprétation</translation>
    </message>
    <message>
        <source>Draft Recommendations available in all languages</source>
        <translation>Projets de Recommandation disponibles dans toutes les langues</translation>
    </message>
    <message>
        <source>Circular on Recommendations for adoption received</source>
        <translation>Réception de la circulaire sur les Recommandations soumises pour adoption</translation>
    </message>
    <message>
        <source>Side event announced</source>
        <translation>Annonce de la manifestation parallèle</translation>
    </message>
    <message>
        <source>TDAG detailed report available</source>
        <translation>Rapport détaillé du GCDT disponible</translation>
    </message>
    <message>
        <source>Res. 101 report on IP-based networks distributed</source>
        <translation>Distribution du rapport sur les réseaux IP (Rés. 101)</translation>
    </message>
    <message>
        <source>Decision 5 budget data to Council</source>
        <translation>Données budgétaires au Conseil (Décision 5)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (preferred date)</source>
        <translation>Candidats aux postes de président et de vice-président (date souhaitée)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (at the latest)</source>
        <translation>Candidats aux postes de président et de vice-président (au plus tard)</translation>
    </message>
    <message>
        <source>EG-ITRs first draft of the final report</source>
        <translation>Premier projet du rapport final de l&apos;EG-ITRs</translation>
    </message>
    <message>
        <source>Council secretariat documents with serious financial implications</source>
        <translation>Documents du secrétariat du Conseil ayant d&apos;importantes incidences financières</translation>
    </message>
    <message>
        <source>All Council secretariat documents</source>
        <translation>Tous les documents du secrétariat du Conseil</translation>
    </message>
    <message>
        <source>Member State contributions to Council</source>
        <translation>Contributions des États Membres au Conseil</translation>
    </message>
    <message>
        <source>Documents for the Council&apos;s last meeting before the PP</source>
        <translation>Documents pour la dernière réunion du Conseil avant la PP</translation>
    </message>
    <message>
        <source>Contributions to the Council&apos;s last meeting before the PP</source>
        <translation>Contributions à la dernière réunion du Conseil avant la PP</translation>
    </message>
    <message>
        <source>ITU-D timetable of {year} meetings published</source>
        <translation>Publication du calendrier des réunions de l&apos;UIT-D pour {year}</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>opening of the next EG-ITRs meeting</source>
        <translation>ouverture de la prochaine réunion de l&apos;EG-ITRs</translation>
    </message>
    <message>
        <source>opening of the first ITU-D meeting of {year}</source>
        <translation>ouverture de la première réunion de l&apos;UIT-D en {year}</translation>
    </message>
    <message>
        <source>{count} calendar day</source>
        <translation>{count} jour civil</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} jours civils</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} semaine</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count} mois</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} mois</translation>
    </message>
</context>
<context>
    <name>Observances</name>
    <message>
        <source>Christmas</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Noël orthodoxe</translation>
    </message>
    <message>
        <source>Good Friday to Easter Monday</source>
        <translation>Du Vendredi saint au lundi de Pâques</translation>
    </message>
    <message>
        <source>Orthodox Good Friday to Easter Monday</source>
        <translation>Du Vendredi saint au lundi de Pâques orthodoxes</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Ramadan</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>Aïd el-Fitr</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Aïd el-Kébir</translation>
    </message>
    <message>
        <source>Passover (first two days)</source>
        <translation>Pessa&apos;h (deux premiers jours)</translation>
    </message>
    <message>
        <source>Rosh Hashanah</source>
        <translation>Roch Hachana</translation>
    </message>
    <message>
        <source>Yom Kippur</source>
        <translation>Yom Kippour</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>Nouvel An lunaire</translation>
    </message>
    <message>
        <source>Diwali (India)</source>
        <translation>Diwali (Inde)</translation>
    </message>
    <message>
        <source>Diwali (Singapore)</source>
        <translation>Diwali (Singapour)</translation>
    </message>
    <message>
        <source>Vesak (India)</source>
        <translation>Vesak (Inde)</translation>
    </message>
    <message>
        <source>Vesak (Singapore)</source>
        <translation>Vesak (Singapour)</translation>
    </message>
    <message>
        <source>Gurpurab (Guru Nanak) (India)</source>
        <translation>Gurpurab (Guru Nanak) (Inde)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>tentative / proposed</source>
        <translation>provisoire / proposée</translation>
    </message>
    <message>
        <source>dates not fixed</source>
        <translation>dates non fixées</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>week-end</translation>
    </message>
    <message>
        <source>religious period</source>
        <translation>période religieuse</translation>
    </message>
    <message>
        <source>venue holiday</source>
        <translation>jour férié du lieu</translation>
    </message>
    <message>
        <source>{span} ({days})</source>
        <translation>{span} ({days})</translation>
    </message>
    <message>
        <source>{span}, dates not fixed</source>
        <translation>{span}, dates non fixées</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name} (estimation)</translation>
    </message>
    <message>
        <source>Religious period: {name}</source>
        <translation>Période religieuse : {name}</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Jour férié : {name}</translation>
    </message>
    <message>
        <source>{code} · {span}, dates not fixed</source>
        <translation>{code} · {span}, dates non fixées</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} autres</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>decided period (Res. 77)</source>
        <translation>période décidée (Rés. 77)</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>dernier trimestre</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>Aucune réunion pendant cette période.</translation>
    </message>
    <message>
        <source>Decided period of {code}: {span}</source>
        <translation>Période décidée de {code} : {span}</translation>
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
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Old dates</source>
        <translation>Anciennes dates</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>Nouvelles dates</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Décalage</translation>
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
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>{amount} plus tard</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>{amount} plus tôt</translation>
    </message>
    <message>
        <source>{amount} longer</source>
        <translation>{amount} de plus</translation>
    </message>
    <message>
        <source>{amount} shorter</source>
        <translation>{amount} de moins</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>new times</source>
        <translation>nouveaux horaires</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>Constats apparus</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>Constats disparus</translation>
    </message>
    <message>
        <source>No meeting was added, removed or moved, and no finding was gained or lost.</source>
        <translation>Aucune réunion n&apos;a été ajoutée, supprimée ou déplacée, et aucun constat n&apos;est apparu ni n&apos;a disparu.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.</source>
        <translation>{added} ajoutée(s), {removed} supprimée(s), {moved} déplacée(s) ; constats : {gained} apparu(s), {lost} disparu(s).</translation>
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
        <source>Printed</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>ITU meetings: {layout}</source>
        <translation>Réunions de l&apos;UIT : {layout}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>No deadline in this period.</source>
        <translation>Aucune échéance pendant cette période.</translation>
    </message>
    <message>
        <source>{meeting} has no deadline: its dates are not fixed to the day.</source>
        <translation>{meeting} n&apos;a pas d&apos;échéance : ses dates ne sont pas fixées au jour près.</translation>
    </message>
    <message>
        <source>No deadline of the ITU texts the planner follows falls to {meeting}.</source>
        <translation>Aucune échéance des textes de l&apos;UIT que suit le planificateur ne concerne {meeting}.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>Les règles n&apos;ont rien relevé.</translation>
    </message>
    <message>
        <source>Compliance annex: what the ITU&apos;s scheduling rules say about these meetings</source>
        <translation>Annexe de conformité : ce que disent les règles de l&apos;UIT sur le calendrier de ces réunions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Filtre : {filter}</translation>
    </message>
    <message>
        <source>Generated {date} by {app} {version}</source>
        <translation>Produit le {date} par {app} {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>page {number} sur {total}</translation>
    </message>
    <message>
        <source>Dates / code / title</source>
        <translation>Dates / code / titre</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>T{number}</translation>
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
        <translation>Autres</translation>
    </message>
    <message>
        <source>Religious periods: {periods}</source>
        <translation>Périodes religieuses : {periods}</translation>
    </message>
    <message>
        <source>Dates not fixed: {meetings}</source>
        <translation>Dates non fixées : {meetings}</translation>
    </message>
</context>
</TS>
