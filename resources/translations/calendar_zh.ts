<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <source>week of {day}</source>
            <translation>{day} 当周</translation>
        </message>
        <message>
            <source>{count}, {period}: {names}</source>
            <translation>{count}，{period}：{names}</translation>
        </message>
        <message>
            <source>Decided period of {code}: {dates}</source>
            <translation>{code} 的既定期间：{dates}</translation>
        </message>
        <message>
            <source>Conferences and assemblies</source>
            <translation>大会和全会</translation>
        </message>
        <message>
            <source>Council and CWGs</source>
            <translation>理事会及其工作组</translation>
        </message>
        <message>
            <source>ITU-R groups</source>
            <translation>ITU-R各组</translation>
        </message>
        <message>
            <source>ITU-T groups</source>
            <translation>ITU-T各组</translation>
        </message>
        <message>
            <source>ITU-D groups</source>
            <translation>ITU-D各组</translation>
        </message>
        <message>
            <source>Forums and workshops</source>
            <translation>论坛和讲习班</translation>
        </message>
        <message>
            <source>Outside ICT events</source>
            <translation>外部信通技术活动</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>{day} 当周</translation>
        </message>
        <message>
            <source>W{number}</source>
            <translation>{number}周</translation>
        </message>
        <message>
            <source>Week {number}</source>
            <translation>第{number}周</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>还有 {count} 个</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>另有 {count} 个</translation>
        </message>
        <message>
            <source>Meetings: {count}</source>
            <translation>会议：{count}</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name}（估计）</translation>
        </message>
        <message>
            <source>Decided period for {codes}: {dates}</source>
            <translation>{codes} 的既定期间：{dates}</translation>
        </message>
        <message>
            <source>Decided by {source}</source>
            <translation>决定依据：{source}</translation>
        </message>
        <message>
            <source>{hours} {place} time</source>
            <translation>{place}时间 {hours}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <source>No calendar is shown</source>
            <translation>未显示日历</translation>
        </message>
        <message>
            <source>{meetings} from {period}. Arrows step from meeting to meeting, Enter opens one, Tab walks the '+N more' buttons.</source>
            <translation>{meetings}，{period}。方向键在会议之间移动，Enter 打开会议，Tab 在“更多”按钮之间切换。</translation>
        </message>
        <message>
            <source>{view}, {period}</source>
            <translation>{view}，{period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first}至{last}</translation>
        </message>
        <message>
            <source>{group} (click to collapse)</source>
            <translation>{group}（单击以折叠）</translation>
        </message>
        <message>
            <source>{group} (click to expand)</source>
            <translation>{group}（单击以展开）</translation>
        </message>
        <message>
            <source>Meetings in view</source>
            <translation>视图中的会议</translation>
        </message>
        <message>
            <source>{count} in view on the calendar</source>
            <translation>日历中显示 {count} 个</translation>
        </message>
        <message>
            <source>Month navigator</source>
            <translation>月份导航</translation>
        </message>
        <message>
            <source>Days in bold have meetings. Press Enter or click a day to show it in the calendar.</source>
            <translation>粗体日期有会议。按 Enter 或单击某天即可在日历中显示该日。</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Meetings on this day</source>
            <translation>当天有会议</translation>
        </message>
        <message>
            <source>1 meeting starts or runs on this day</source>
            <translation>当天有 1 个会议开始或进行</translation>
        </message>
        <message>
            <source>Meetings starting or running on this day: {count}</source>
            <translation>当天开始或进行的会议：{count}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDocks</name>
        <message>
            <source>Meetings in view</source>
            <translation>视图中的会议</translation>
        </message>
        <message>
            <source>The agenda lists every meeting: choose a calendar view.</source>
            <translation>议程列出所有会议：请选择一个日历视图。</translation>
        </message>
    </context>
    <context>
        <name>CalendarDrag</name>
        <message>
            <source>%1: the first day cannot come after the last (%2)</source>
            <translation>%1：第一天不能晚于最后一天（%2）</translation>
        </message>
        <message>
            <source>no finding</source>
            <translation>无调查结果</translation>
        </message>
    </context>
    <context>
        <name>CalendarPane</name>
        <message>
            <source>Go to Date</source>
            <translation>转到日期</translation>
        </message>
        <message>
            <source>Date to show</source>
            <translation>要显示的日期</translation>
        </message>
    </context>
    <context>
        <name>CalendarZoom</name>
        <message>
            <source>Zoomed as far as the view goes</source>
            <translation>视图已缩放到极限</translation>
        </message>
        <message>
            <source>Timeline: %1 across</source>
            <translation>时间线：横跨 %1</translation>
        </message>
    </context>
</TS>
