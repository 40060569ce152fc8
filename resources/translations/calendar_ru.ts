<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <source>week of {day}</source>
            <translation>неделя с {day}</translation>
        </message>
        <message>
            <source>{count}, {period}: {names}</source>
            <translation>{count}, {period}: {names}</translation>
        </message>
        <message>
            <source>Decided period of {code}: {dates}</source>
            <translation>Установленный период для {code}: {dates}</translation>
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
            <translation>Другое</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Неделя с {day}</translation>
        </message>
        <message>
            <source>W{number}</source>
            <translation>Н{number}</translation>
        </message>
        <message>
            <source>Week {number}</source>
            <translation>Неделя {number}</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>ещё {count}</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>и ещё {count}</translation>
        </message>
        <message>
            <source>Meetings: {count}</source>
            <translation>Заседаний: {count}</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (ориентировочно)</translation>
        </message>
        <message>
            <source>Decided period for {codes}: {dates}</source>
            <translation>Установленный период для {codes}: {dates}</translation>
        </message>
        <message>
            <source>Decided by {source}</source>
            <translation>Установлен документом {source}</translation>
        </message>
        <message>
            <source>{hours} {place} time</source>
            <translation>{hours} по времени {place}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <source>No calendar is shown</source>
            <translation>Календарь не показан</translation>
        </message>
        <message>
            <source>{meetings} from {period}. Arrows step from meeting to meeting, Enter opens one, Tab walks the '+N more' buttons.</source>
            <translation>{meetings}, {period}. Стрелки переходят от заседания к заседанию, Enter открывает заседание, Tab переходит по кнопкам «ещё».</translation>
        </message>
        <message>
            <source>{view}, {period}</source>
            <translation>{view}, {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>с {first} по {last}</translation>
        </message>
        <message>
            <source>{group} (click to collapse)</source>
            <translation>{group} (щёлкните, чтобы свернуть)</translation>
        </message>
        <message>
            <source>{group} (click to expand)</source>
            <translation>{group} (щёлкните, чтобы развернуть)</translation>
        </message>
        <message>
            <source>Meetings in view</source>
            <translation>Видимые собрания</translation>
        </message>
        <message>
            <source>{count} in view on the calendar</source>
            <translation>В календаре показано: {count}</translation>
        </message>
        <message>
            <source>Month navigator</source>
            <translation>Навигатор по месяцам</translation>
        </message>
        <message>
            <source>Days in bold have meetings. Press Enter or click a day to show it in the calendar.</source>
            <translation>В дни, выделенные жирным, есть заседания. Нажмите Enter или щёлкните день, чтобы показать его в календаре.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Meetings on this day</source>
            <translation>В этот день есть заседания</translation>
        </message>
        <message>
            <source>1 meeting starts or runs on this day</source>
            <translation>В этот день начинается или идёт 1 заседание</translation>
        </message>
        <message>
            <source>Meetings starting or running on this day: {count}</source>
            <translation>Заседаний, начинающихся или идущих в этот день: {count}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDocks</name>
        <message>
            <source>Meetings in view</source>
            <translation>Видимые собрания</translation>
        </message>
        <message>
            <source>The agenda lists every meeting: choose a calendar view.</source>
            <translation>В повестке перечислены все собрания: выберите вид календаря.</translation>
        </message>
    </context>
    <context>
        <name>CalendarDrag</name>
        <message>
            <source>%1: the first day cannot come after the last (%2)</source>
            <translation>%1: первый день не может быть позже последнего (%2)</translation>
        </message>
        <message>
            <source>no finding</source>
            <translation>замечаний нет</translation>
        </message>
    </context>
    <context>
        <name>CalendarPane</name>
        <message>
            <source>Go to Date</source>
            <translation>Перейти к дате</translation>
        </message>
        <message>
            <source>Date to show</source>
            <translation>Показать дату</translation>
        </message>
    </context>
    <context>
        <name>CalendarZoom</name>
        <message>
            <source>Zoomed as far as the view goes</source>
            <translation>Масштаб вида предельный</translation>
        </message>
        <message>
            <source>Timeline: %1 across</source>
            <translation>Шкала времени: %1 по ширине</translation>
        </message>
    </context>
</TS>
