<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Invitation circular sent</source>
        <translation>Направление циркулярного письма с приглашением</translation>
    </message>
    <message>
        <source>Registration form due</source>
        <translation>Срок подачи регистрационной формы</translation>
    </message>
    <message>
        <source>Contributions due for translation</source>
        <translation>Срок представления вкладов для перевода</translation>
    </message>
    <message>
        <source>Last contributions due (published untranslated)</source>
        <translation>Последний срок вкладов (публикуются без перевода)</translation>
    </message>
    <message>
        <source>Translated contributions published</source>
        <translation>Публикация переведенных вкладов</translation>
    </message>
    <message>
        <source>Secretariat documents published</source>
        <translation>Публикация документов секретариата</translation>
    </message>
    <message>
        <source>WTDC contributions due</source>
        <translation>Срок представления вкладов для ВКРЭ</translation>
    </message>
    <message>
        <source>All WTDC contributions published</source>
        <translation>Публикация всех вкладов для ВКРЭ</translation>
    </message>
    <message>
        <source>WTDC secretariat documents published</source>
        <translation>Публикация документов секретариата ВКРЭ</translation>
    </message>
    <message>
        <source>Proposed new ITU-D study Questions due</source>
        <translation>Срок представления предлагаемых новых исследуемых Вопросов МСЭ-D</translation>
    </message>
    <message>
        <source>List of proposed study Questions communicated</source>
        <translation>Рассылка перечня предлагаемых исследуемых Вопросов</translation>
    </message>
    <message>
        <source>Interpretation requested</source>
        <translation>Запрос устного перевода</translation>
    </message>
    <message>
        <source>Draft Recommendations available in all languages</source>
        <translation>Проекты Рекомендаций на всех языках</translation>
    </message>
    <message>
        <source>Circular on Recommendations for adoption received</source>
        <translation>Получение циркуляра о Рекомендациях для утверждения</translation>
    </message>
    <message>
        <source>Side event announced</source>
        <translation>Объявление параллельного мероприятия</translation>
    </message>
    <message>
        <source>TDAG detailed report available</source>
        <translation>Подробный отчет КГРЭ</translation>
    </message>
    <message>
        <source>Res. 101 report on IP-based networks distributed</source>
        <translation>Рассылка отчета по сетям на базе IP (Рез. 101)</translation>
    </message>
    <message>
        <source>Decision 5 budget data to Council</source>
        <translation>Бюджетные данные для Совета (Решение 5)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (preferred date)</source>
        <translation>Кандидаты на посты председателя и заместителей (желательный срок)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (at the latest)</source>
        <translation>Кандидаты на посты председателя и заместителей (крайний срок)</translation>
    </message>
    <message>
        <source>EG-ITRs first draft of the final report</source>
        <translation>Первый проект заключительного отчета EG-ITRs</translation>
    </message>
    <message>
        <source>Council secretariat documents with serious financial implications</source>
        <translation>Документы секретариата Совета со значительными финансовыми последствиями</translation>
    </message>
    <message>
        <source>All Council secretariat documents</source>
        <translation>Все документы секретариата Совета</translation>
    </message>
    <message>
        <source>Member State contributions to Council</source>
        <translation>Вклады Государств-Членов для Совета</translation>
    </message>
    <message>
        <source>Documents for the Council&apos;s last meeting before the PP</source>
        <translation>Документы для последнего собрания Совета перед ПК</translation>
    </message>
    <message>
        <source>Contributions to the Council&apos;s last meeting before the PP</source>
        <translation>Вклады для последнего собрания Совета перед ПК</translation>
    </message>
    <message>
        <source>ITU-D timetable of {year} meetings published</source>
        <translation>Публикация графика собраний МСЭ-D на {year} год</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>открытие</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>закрытие</translation>
    </message>
    <message>
        <source>opening of the next EG-ITRs meeting</source>
        <translation>открытие следующего собрания EG-ITRs</translation>
    </message>
    <message>
        <source>opening of the first ITU-D meeting of {year}</source>
        <translation>открытие первого собрания МСЭ-D в {year} году</translation>
    </message>
    <message>
        <source>{count} calendar day</source>
        <translation>{count} календ. дн.</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} календ. дн.</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} нед.</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} нед.</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count} мес.</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} мес.</translation>
    </message>
</context>
<context>
    <name>Observances</name>
    <message>
        <source>Christmas</source>
        <translation>Рождество</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>Good Friday to Easter Monday</source>
        <translation>От Страстной пятницы до Пасхального понедельника</translation>
    </message>
    <message>
        <source>Orthodox Good Friday to Easter Monday</source>
        <translation>От Страстной пятницы до Светлого понедельника (православные)</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Рамадан</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>Ураза-байрам</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Курбан-байрам</translation>
    </message>
    <message>
        <source>Passover (first two days)</source>
        <translation>Песах (первые два дня)</translation>
    </message>
    <message>
        <source>Rosh Hashanah</source>
        <translation>Рош ха-Шана</translation>
    </message>
    <message>
        <source>Yom Kippur</source>
        <translation>Йом-Кипур</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>Новый год по лунному календарю</translation>
    </message>
    <message>
        <source>Diwali (India)</source>
        <translation>Дивали (Индия)</translation>
    </message>
    <message>
        <source>Diwali (Singapore)</source>
        <translation>Дивали (Сингапур)</translation>
    </message>
    <message>
        <source>Vesak (India)</source>
        <translation>Весак (Индия)</translation>
    </message>
    <message>
        <source>Vesak (Singapore)</source>
        <translation>Весак (Сингапур)</translation>
    </message>
    <message>
        <source>Gurpurab (Guru Nanak) (India)</source>
        <translation>Гурпураб (Гуру Нанак) (Индия)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>tentative / proposed</source>
        <translation>предварительно / предложено</translation>
    </message>
    <message>
        <source>dates not fixed</source>
        <translation>даты не определены</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходные</translation>
    </message>
    <message>
        <source>religious period</source>
        <translation>религиозный период</translation>
    </message>
    <message>
        <source>venue holiday</source>
        <translation>праздник в месте проведения</translation>
    </message>
    <message>
        <source>{span} ({days})</source>
        <translation>{span} ({days})</translation>
    </message>
    <message>
        <source>{span}, dates not fixed</source>
        <translation>{span}, даты не определены</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name} (ориентировочно)</translation>
    </message>
    <message>
        <source>Religious period: {name}</source>
        <translation>Религиозный период: {name}</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Праздник: {name}</translation>
    </message>
    <message>
        <source>{code} · {span}, dates not fixed</source>
        <translation>{code} · {span}, даты не определены</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>ещё {count}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>decided period (Res. 77)</source>
        <translation>установленный период (Рез. 77)</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>последний квартал</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>В этот период собраний нет.</translation>
    </message>
    <message>
        <source>Decided period of {code}: {span}</source>
        <translation>Установленный период {code}: {span}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Old dates</source>
        <translation>Прежние даты</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>Новые даты</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьезность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} дн.</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} дн.</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} нед.</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>на {amount} позже</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>на {amount} раньше</translation>
    </message>
    <message>
        <source>{amount} longer</source>
        <translation>на {amount} дольше</translation>
    </message>
    <message>
        <source>{amount} shorter</source>
        <translation>на {amount} короче</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>new times</source>
        <translation>новое время</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлены</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалены</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесены</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>Новые замечания</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>Снятые замечания</translation>
    </message>
    <message>
        <source>No meeting was added, removed or moved, and no finding was gained or lost.</source>
        <translation>Ни одно собрание не добавлено, не удалено и не перенесено; замечаний не прибавилось и не убавилось.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.</source>
        <translation>добавлено: {added}, удалено: {removed}, перенесено: {moved}; замечания: новых {gained}, снятых {lost}.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>ITU meetings: {layout}</source>
        <translation>Собрания МСЭ: {layout}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <source>No deadline in this period.</source>
        <translation>В этот период сроков нет.</translation>
    </message>
    <message>
        <source>{meeting} has no deadline: its dates are not fixed to the day.</source>
        <translation>У {meeting} нет сроков: его даты не определены с точностью до дня.</translation>
    </message>
    <message>
        <source>No deadline of the ITU texts the planner follows falls to {meeting}.</source>
        <translation>Ни один срок из текстов МСЭ, которым следует планировщик, не относится к {meeting}.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>Правила не выявили замечаний.</translation>
    </message>
    <message>
        <source>Compliance annex: what the ITU&apos;s scheduling rules say about these meetings</source>
        <translation>Приложение о соответствии: что говорят правила МСЭ о сроках этих собраний</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Вып.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Фильтр: {filter}</translation>
    </message>
    <message>
        <source>Generated {date} by {app} {version}</source>
        <translation>Создано {date}: {app} {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>стр. {number} из {total}</translation>
    </message>
    <message>
        <source>Dates / code / title</source>
        <translation>Даты / код / название</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>{number} кв.</translation>
    </message>
    <message>
        <source>Conferences and assemblies</source>
        <translation>Конференции и ассамблеи</translation>
    </message>
    <message>
        <source>Council and CWGs</source>
        <translation>Совет и РГС</translation>
    </message>
    <message>
        <source>ITU-R groups</source>
        <translation>Группы МСЭ-R</translation>
    </message>
    <message>
        <source>ITU-T groups</source>
        <translation>Группы МСЭ-T</translation>
    </message>
    <message>
        <source>ITU-D groups</source>
        <translation>Группы МСЭ-D</translation>
    </message>
    <message>
        <source>Forums and workshops</source>
        <translation>Форумы и семинары-практикумы</translation>
    </message>
    <message>
        <source>Outside ICT events</source>
        <translation>Внешние мероприятия по ИКТ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Religious periods: {periods}</source>
        <translation>Религиозные периоды: {periods}</translation>
    </message>
    <message>
        <source>Dates not fixed: {meetings}</source>
        <translation>Даты не определены: {meetings}</translation>
    </message>
</context>
</TS>
