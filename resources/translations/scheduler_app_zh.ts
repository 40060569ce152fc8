<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AgendaTable</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Today, %1: after %2, the last meeting</source>
        <translation>今天，%1：在最后一次会议 %2 之后</translation>
    </message>
    <message>
        <source>Today, %1: the line falls before %2</source>
        <translation>今天，%1：该线位于 %2 之前</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
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
<context>
    <name>CountryPicker</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已过</translation>
    </message>
    <message>
        <source>Geneva public holiday: %1</source>
        <translation>日内瓦公共假日：%1</translation>
    </message>
    <message>
        <source>Falls on a weekend; no ITU text moves it to a working day.</source>
        <translation>适逢周末；国际电联的任何文本都未将其移至工作日。</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Deadlines of the shown meetings</source>
        <translation>所示会议的截止日期</translation>
    </message>
    <message>
        <source>Show past deadlines</source>
        <translation>显示已过的截止日期</translation>
    </message>
    <message>
        <source>Also list deadlines whose day has gone for meetings already held</source>
        <translation>同时列出已举行会议的已过截止日期</translation>
    </message>
</context>
<context>
    <name>DecidedEdit</name>
    <message>
        <source>Period decided by a higher body</source>
        <translation>上级机构决定的时段</translation>
    </message>
    <message>
        <source>e.g. PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>例如：全权代表大会第77号决议（2022年，布加勒斯特，修订版）</translation>
    </message>
    <message>
        <source>First day of the decided period</source>
        <translation>决定时段的第一天</translation>
    </message>
    <message>
        <source>Last day of the decided period</source>
        <translation>决定时段的最后一天</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定者：</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(%1 days)</source>
        <translation>（%1 天）</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>向其报告</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided period</source>
        <translation>决定的时段</translation>
    </message>
    <message>
        <source>Cycle year</source>
        <translation>周期年份</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>会议详情</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>未选择会议。</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>从 %1 到 %2 的更改</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot print the changes</source>
        <translation>无法打印更改</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>未写入 PDF</translation>
    </message>
    <message>
        <source>Save the Changes as PDF</source>
        <translation>将更改保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>编辑会议(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move a Day &amp;Earlier</source>
        <translation>提前一天(&amp;E)</translation>
    </message>
    <message>
        <source>Move a Day &amp;Later</source>
        <translation>推迟一天(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Move by…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>建议日期(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;hange Status, Kind, Venue or Mode…</source>
        <translation>更改状态、类型、会场或形式(&amp;H)…</translation>
    </message>
    <message>
        <source>Cannot suggest dates</source>
        <translation>无法建议日期</translation>
    </message>
    <message>
        <source>Delete meetings</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export meetings</source>
        <translation>导出会议</translation>
    </message>
    <message>
        <source>ITU Meeting Planner</source>
        <translation>国际电联会议规划器</translation>
    </message>
    <message>
        <source>Add religious periods and venue public holidays</source>
        <translation>添加宗教时段和会场公共假日</translation>
    </message>
    <message>
        <source>Add each meeting&apos;s deadlines</source>
        <translation>添加每次会议的截止日期</translation>
    </message>
    <message>
        <source>1 meeting (the one the current filter shows) will be written to %1.</source>
        <translation>1 次会议（当前筛选所显示的）将写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings (those the current filter shows) will be written to %1.</source>
        <translation>
            <numerusform>%n 次会议（当前筛选所显示的）将写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>日历名称：</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
</context>
<context>
    <name>FieldChangeDialog</name>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>要更改的字段</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>无会场</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>更改(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>改为(&amp;T)：</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>%1 of %2 will change.</source>
        <translation>%2 中的 %1 将更改。</translation>
    </message>
    <message>
        <source>Nothing would change: each already has this value.</source>
        <translation>不会有任何更改：每项都已是此值。</translation>
    </message>
    <message>
        <source>Their place becomes %1.</source>
        <translation>其地点变为 %1。</translation>
    </message>
    <message>
        <source>%1 loses its room, which %2 does not have.</source>
        <translation>%1 失去其会议室，%2 没有该会议室。</translation>
    </message>
    <message>
        <source>%1 lose their rooms, which %2 does not have.</source>
        <translation>%1 失去其会议室，%2 没有这些会议室。</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>无会场</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the &amp;Bundled ITU Calendar…</source>
        <translation>导入内置的国际电联日历(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the Se&amp;lection…</source>
        <translation>导出所选内容(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;hared Calendar…</source>
        <translation>共享日历(&amp;H)…</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>%1 already exists: open it with File &gt; Open Database…</source>
        <translation>%1 已存在：请通过“文件 &gt; 打开数据库…”打开</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?)</source>
        <translation>%1 不存在（已移动或删除？）</translation>
    </message>
    <message>
        <source>Open planning database</source>
        <translation>打开规划数据库</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db);;All files (*)</source>
        <translation>规划数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>新建规划数据库</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>无最近的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Save a copy of the planning database</source>
        <translation>保存规划数据库的副本</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import the bundled ITU calendar</source>
        <translation>导入内置的国际电联日历</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>导入会议</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</source>
        <translation>日历和表格 (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>导出会议</translation>
    </message>
    <message>
        <source>iCalendar for Outlook (*.ics);;CSV (*.csv)</source>
        <translation>用于 Outlook 的 iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2</source>
        <translation>已将 %1 次会议写入 %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Code, title, place, body, chair…</source>
        <translation>代号、标题、地点、机构、主席…</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>查找会议</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%n kinds</source>
        <translation>%n 种类型</translation>
    </message>
    <message>
        <source>Kinds shown</source>
        <translation>显示的类型</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>%n Sectors</source>
        <translation>%n 个部门</translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>显示的部门</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>%n statuses</source>
        <translation>%n 种状态</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>显示的状态</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <source>%n bodies</source>
        <translation>%n 个机构</translation>
    </message>
    <message>
        <source>Bodies shown</source>
        <translation>显示的机构</translation>
    </message>
    <message>
        <source>A body&apos;s own meetings and those of the groups reporting to it</source>
        <translation>某机构自身的会议及向其报告的小组的会议</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>部门(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>Show on calendars</source>
        <translation>在日历上显示</translation>
    </message>
    <message>
        <source>&amp;Religious periods</source>
        <translation>宗教时段(&amp;R)</translation>
    </message>
    <message>
        <source>Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)</source>
        <translation>根据全权代表大会第111号决议（2022年，布加勒斯特，修订版）应避开的时段</translation>
    </message>
    <message>
        <source>Venue &amp;holidays</source>
        <translation>会场假日(&amp;H)</translation>
    </message>
    <message>
        <source>Public holidays of each venue</source>
        <translation>各会场的公共假日</translation>
    </message>
    <message>
        <source>&amp;Outside ICT events</source>
        <translation>外部信息通信技术活动(&amp;O)</translation>
    </message>
    <message>
        <source>Events of other organizations</source>
        <translation>其他组织的活动</translation>
    </message>
    <message>
        <source>&amp;Decided periods</source>
        <translation>决定的时段(&amp;D)</translation>
    </message>
    <message>
        <source>Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>根据全权代表大会第77号决议（2022年，布加勒斯特，修订版）决定的时段</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>&amp;Waive the Selected Finding…</source>
        <translation>豁免所选调查结果(&amp;W)…</translation>
    </message>
    <message>
        <source>Remove the &amp;Waiver of the Selected Finding</source>
        <translation>撤销所选调查结果的豁免(&amp;R)</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings · %3 info</source>
        <translation>%1 个错误 · %2 个警告 · %3 条信息</translation>
    </message>
    <message>
        <source>Not checked: a rule setting cannot be used</source>
        <translation>未检查：某项规则设置无法使用</translation>
    </message>
    <message>
        <source>Not checked: the calendar cannot be read</source>
        <translation>未检查：无法读取日历</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>豁免调查结果</translation>
    </message>
    <message>
        <source>Why is this acceptable? (e.g. &quot;Council Decision 623&quot;)

%1</source>
        <translation>为什么可以接受？（例如“理事会第623号决定”）

%1</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>未豁免</translation>
    </message>
    <message>
        <source>Waiver not removed</source>
        <translation>未撤销豁免</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>[waived] </source>
        <translation>[已豁免] </translation>
    </message>
    <message>
        <source>, %1 waived</source>
        <translation>，%1 项已豁免</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings by severity</source>
        <translation>按严重程度分列的调查结果</translation>
    </message>
    <message>
        <source>The selected finding and its rule</source>
        <translation>所选调查结果及其规则</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Remove waiver</source>
        <translation>撤销豁免(&amp;R)</translation>
    </message>
    <message>
        <source>Checking the calendar against the rules…</source>
        <translation>正在按规则检查日历…</translation>
    </message>
    <message>
        <source>Select a finding to see its rule, its source and its meetings.</source>
        <translation>选择一项调查结果以查看其规则、来源和会议。</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1 was not imported: 1 problem to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 未导入：有 1 个问题需要更正。计划未作任何更改；请更正文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>%1 未导入：有 %2 个问题需要更正。计划未作任何更改；请更正文件后重新导入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Title or field</source>
        <translation>标题或字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 项待添加</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 项待更新</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 项未变</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 项已跳过</translation>
    </message>
    <message>
        <source>%1 new body, venue or room</source>
        <translation>%1 个新的机构、会场或会议室</translation>
    </message>
    <message>
        <source>%1 new bodies, venues or rooms</source>
        <translation>%1 个新的机构、会场或会议室</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>导入会议</translation>
    </message>
    <message>
        <source>What importing %1 would change</source>
        <translation>导入 %1 将做出的更改</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Filter by code, title or field</source>
        <translation>按代号、标题或字段筛选</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>筛选更改</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>导入将做出的更改</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing in this file changes the plan: there is nothing to import.</source>
        <translation>此文件中没有改变计划的内容：无可导入。</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>New bodies, venues and rooms</source>
        <translation>新的机构、会场和会议室</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The planner will be in %1 the next time it starts.</source>
        <translation>规划器下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading the calendar…</source>
        <translation>正在读取日历…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Meetings in View</source>
        <translation>视图中的会议</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>Opened read-only (%1): nothing can be changed</source>
        <translation>以只读方式打开（%1）：无法更改任何内容</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新会议</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>At set times (a short or virtual meeting)</source>
        <translation>在设定时间（短会或虚拟会议）</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>the year it meets</source>
        <translation>举行会议的年份</translation>
    </message>
    <message>
        <source>The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)</source>
        <translation>其所属的周期年份（如不同）（WTSA-20 于2022年举行）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>建议日期(&amp;S)…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>向其报告：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>Dates known to the:</source>
        <translation>日期精确到：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Cycle year:</source>
        <translation>周期年份：</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>会场：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>会议室：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>与会者：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>详情(&amp;E)</translation>
    </message>
    <message>
        <source>Meeting fields</source>
        <translation>会议字段</translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation>字段组</translation>
    </message>
    <message>
        <source>Give the meeting a code, such as PP-30, C27 or RG-Q3/1.</source>
        <translation>请为会议指定代号，例如 PP-30、C27 或 RG-Q3/1。</translation>
    </message>
    <message>
        <source>%1 is already used by another meeting: choose another code.</source>
        <translation>%1 已被另一次会议使用：请选择其他代号。</translation>
    </message>
    <message>
        <source>%1 is not a known venue: choose one from the list, or none.</source>
        <translation>%1 不是已知会场：请从列表中选择一个，或不选。</translation>
    </message>
    <message>
        <source>%1 has no room %2: choose one of its rooms from the list.</source>
        <translation>%1 没有会议室 %2：请从列表中选择其会议室之一。</translation>
    </message>
    <message>
        <source>%1 is not an IANA time zone: choose one from the list (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 不是 IANA 时区：请从列表中选择一个（日内瓦的时区为 Europe/Zurich）。</translation>
    </message>
    <message>
        <source>%1 is not a country in the list: choose one by its name.</source>
        <translation>%1 不是列表中的国家：请按名称选择一个。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>“Reports to” body</source>
        <translation>“向其报告”机构</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>日历 UID</translation>
    </message>
    <message>
        <source>“Decided by”</source>
        <translation>“决定者”</translation>
    </message>
    <message>
        <source>%1 is known only by its month: its dates are all of %2.</source>
        <translation>%1 仅知道月份：其日期为整个 %2。</translation>
    </message>
    <message>
        <source>%1 is known only by its quarter: its dates are all of %2.</source>
        <translation>%1 仅知道季度：其日期为整个 %2。</translation>
    </message>
    <message>
        <source>%1 is known only by its year: its dates are all of %2.</source>
        <translation>%1 仅知道年份：其日期为整个 %2。</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>此会议</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>请为 %1 指定标题。</translation>
    </message>
    <message>
        <source>%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in those years.</source>
        <translation>%1 在 %2 年；规划器收录 %3 至 %4 年的会议：请选择这些年份中的日期。</translation>
    </message>
    <message>
        <source>%1 ends on %2, before it starts on %3: change its first or last day.</source>
        <translation>%1 的结束日期 %2 早于开始日期 %3：请更改其第一天或最后一天。</translation>
    </message>
    <message>
        <source>%1 has set times, so its dates must be known to the day: choose “Day” as what its dates are known to, or clear “At set times”.</source>
        <translation>%1 有设定时间，因此其日期必须精确到日：请选择“日”作为日期精度，或取消勾选“在设定时间”。</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3 on the same day: change its times.</source>
        <translation>%1 在同一天的结束时间 %2 早于开始时间 %3：请更改其时间。</translation>
    </message>
    <message>
        <source>%1 has no set times, so it has no time zone: clear the time zone.</source>
        <translation>%1 没有设定时间，因此没有时区：请清除时区。</translation>
    </message>
    <message>
        <source>%1 has set times: choose the time zone they are in (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 有设定时间：请选择这些时间所在的时区（日内瓦的时区为 Europe/Zurich）。</translation>
    </message>
    <message>
        <source>%1 is not a country: choose one from the list by name.</source>
        <translation>%1 不是国家：请按名称从列表中选择一个。</translation>
    </message>
    <message>
        <source>Give the number of participants of %1 from 0 to %2, or leave it unknown.</source>
        <translation>请给出 %1 的与会者人数，从 0 到 %2，或保留为未知。</translation>
    </message>
    <message>
        <source>The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave it the same as its year.</source>
        <translation>%1 的周期年份 %2 不合理：请给出 %3 至 %4 之间的年份，或使其与举行年份相同。</translation>
    </message>
    <message>
        <source>%1 has a room, %2, but no venue: choose its venue first.</source>
        <translation>%1 有会议室 %2，但没有会场：请先选择其会场。</translation>
    </message>
    <message>
        <source>The period decided for %1 %2: change its first or last day, or clear “Period decided by a higher body”.</source>
        <translation>为 %1 决定的时段%2：请更改其第一天或最后一天，或取消勾选“上级机构决定的时段”。</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1：%2 %3。</translation>
    </message>
    <message>
        <source>Shorten the %1 of %2: %3 characters, where a field holds at most %4.</source>
        <translation>请缩短 %2 的%1：共 %3 个字符，而一个字段最多容纳 %4 个。</translation>
    </message>
    <message>
        <source>Retype the %1 of %2: there is an invisible control character in it (only tabs and line breaks may be used).</source>
        <translation>请重新输入 %2 的%1：其中有一个不可见的控制字符（只能使用制表符和换行符）。</translation>
    </message>
    <message>
        <source>The code %1 has spaces around it: remove them.</source>
        <translation>代号 %1 两侧有空格：请删除。</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>ends on %1, before it begins on %2</source>
        <translation>结束于 %1，早于开始日期 %2</translation>
    </message>
    <message>
        <source>must fall within %1-%2</source>
        <translation>必须在 %1-%2 年之间</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>1 meeting</source>
        <translation>1 次会议</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 次会议</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>显示 %2 次会议中的 %1 次</translation>
    </message>
</context>
<context>
    <name>MoveDaysDialog</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>推迟(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>提前(&amp;E)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>移动(&amp;M)：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation>%1：%2 变为 %3</translation>
    </message>
    <message>
        <source>and %1 more, each by the same number of days</source>
        <translation>以及另外 %1 次，每次移动相同天数</translation>
    </message>
    <message>
        <source>%1 known only by a month, quarter or year cannot move by days: %2. Give them days in Edit Meeting, or leave them out of the selection.</source>
        <translation>仅知道月份、季度或年份的 %1 无法按天移动：%2。请在“编辑会议”中为其指定日期，或将其移出所选内容。</translation>
    </message>
    <message>
        <source>%1 would leave the years the planner supports.</source>
        <translation>%1 将超出规划器支持的年份。</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <source>Religious Observances</source>
        <translation>宗教节日</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Religious observances of the year</source>
        <translation>本年度的宗教节日</translation>
    </message>
    <message>
        <source>First day of the observance</source>
        <translation>节日的第一天</translation>
    </message>
    <message>
        <source>Last day of the observance</source>
        <translation>节日的最后一天</translation>
    </message>
    <message>
        <source>&amp;Correct Dates</source>
        <translation>更正日期(&amp;C)</translation>
    </message>
    <message>
        <source>Restore &amp;Computed Dates</source>
        <translation>恢复计算的日期(&amp;C)</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>更正日期</translation>
    </message>
    <message>
        <source>Restore the computed dates</source>
        <translation>恢复计算的日期</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>edited by the planner</source>
        <translation>已由规划人员编辑</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>计算所得</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>，估计</translation>
    </message>
    <message>
        <source>%1 already has these dates</source>
        <translation>%1 已是这些日期</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到 %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Day (first and last day)</source>
        <translation>日（第一天和最后一天）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Q1 (Jan-Mar)</source>
        <translation>第1季度（1-3月）</translation>
    </message>
    <message>
        <source>Q2 (Apr-Jun)</source>
        <translation>第2季度（4-6月）</translation>
    </message>
    <message>
        <source>Q3 (Jul-Sep)</source>
        <translation>第3季度（7-9月）</translation>
    </message>
    <message>
        <source>Q4 (Oct-Dec)</source>
        <translation>第4季度（10-12月）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Year of the quarter</source>
        <translation>季度所在年份</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from Template</source>
        <translation>按模板规划</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The template is the import CSV with two more columns: days (the length) and within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). Rows with dates stay where they are; the others are placed among this calendar.</source>
        <translation>模板是导入用的 CSV，另加两列：days（会期）和 within（一个时段，如 2035、2035-Q4、2035-10 或 2035-03-01..2035-06-30）。有日期的行保持不变；其余的行将安排到此日历中。</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>新数据库：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Planning Template</source>
        <translation>规划模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>New Planning Database</source>
        <translation>新规划数据库</translation>
    </message>
    <message>
        <source>%1: no such template; choose a CSV file.</source>
        <translation>%1：没有此模板；请选择一个 CSV 文件。</translation>
    </message>
    <message>
        <source>End the new database&apos;s name in .sqlite: the plan opens as one.</source>
        <translation>新数据库的名称须以 .sqlite 结尾：计划将作为数据库打开。</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose where to write the plan.</source>
        <translation>%1 不是文件夹：请选择写入计划的位置。</translation>
    </message>
    <message>
        <source>Choose a new file: the plan must not replace the open calendar.</source>
        <translation>请选择一个新文件：计划不得替换已打开的日历。</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 无法使用：</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 has no row to place: give a row days and within.</source>
        <translation>%1 没有要安排的行：请为某一行给出 days 和 within。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the plan?</source>
        <translation>%1 已存在。是否用计划替换它？</translation>
    </message>
    <message>
        <source>Placing %1 meetings…</source>
        <translation>正在安排 %1 次会议…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Stopped waiting while the plan was being written: %1 may hold it, but it is not opened.</source>
        <translation>写入计划时停止了等待：%1 可能包含该计划，但未打开。</translation>
    </message>
    <message>
        <source>Stopped waiting: nothing is written. The solver stops within %1 s.</source>
        <translation>已停止等待：未写入任何内容。求解器将在 %1 秒内停止。</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>无法制定计划：%1</translation>
    </message>
    <message>
        <source>(the solver found no smaller set: try a longer time limit)</source>
        <translation>（求解器未找到更小的集合：请尝试更长的时间限制）</translation>
    </message>
    <message>
        <source>The template cannot be satisfied; these constraints conflict:</source>
        <translation>模板无法满足；以下约束相互冲突：</translation>
    </message>
    <message>
        <source>No plan was found in the time given: try a longer time limit.</source>
        <translation>在给定时间内未找到计划：请尝试更长的时间限制。</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Rule Policy</source>
        <translation>规则政策</translation>
    </message>
    <message>
        <source>Find a rule by id or title</source>
        <translation>按标识或标题查找规则</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>查找规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <source>Severity of the rule&apos;s findings</source>
        <translation>规则调查结果的严重程度</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>该规则运行</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>所选规则的设置</translation>
    </message>
    <message>
        <source>Settings changed from the defaults</source>
        <translation>已更改默认值的设置</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>Reset the rule to its defaults</source>
        <translation>将规则恢复为默认值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>选择一条规则以查看其设置。</translation>
    </message>
    <message>
        <source>Changed from the catalogue: %1</source>
        <translation>与目录不同：%1</translation>
    </message>
    <message>
        <source>Every setting is the catalogue&apos;s default.</source>
        <translation>每项设置均为目录的默认值。</translation>
    </message>
    <message>
        <source>A stored setting cannot be used: %1. Reset to Defaults removes it.</source>
        <translation>某项已保存的设置无法使用：%1。“恢复默认值”会将其删除。</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1（无法使用）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>nothing was changed in the fields</source>
        <translation>字段中没有任何更改</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Takes effect the next time the planner starts.</source>
        <translation>下次启动规划器时生效。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the &amp;Selection…</source>
        <translation>打印所选内容(&amp;S)…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Drawing pages…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>已停止：未写入 %1</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>未写入 PDF</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>已将 %1 页写入 %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Natural for the layout</source>
        <translation>按版式自然方向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Add the compliance annex to the list</source>
        <translation>在列表中添加合规附件</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Year (year planner, cycle, list):</source>
        <translation>年份（年度计划、周期、列表）：</translation>
    </message>
    <message>
        <source>From (quarter, month):</source>
        <translation>起始（季度、月）：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>已有名为“%1”的已保存视图。</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>已保存的视图需要名称。</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>已保存的视图(&amp;W)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Filters saved under a name; choose one to apply it</source>
        <translation>以名称保存的筛选；选择一个即可应用</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the filters now set under a name</source>
        <translation>以名称保存当前的筛选</translation>
    </message>
    <message>
        <source>Re&amp;name View…</source>
        <translation>重命名视图(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>Rename or delete the view shown</source>
        <translation>重命名或删除所示视图</translation>
    </message>
    <message>
        <source>Choose a view…</source>
        <translation>选择视图…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>尚无已保存的视图</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Save the filters now set as:</source>
        <translation>将当前筛选保存为：</translation>
    </message>
    <message>
        <source>Replace the saved view “%1” with the filters now set?</source>
        <translation>用当前筛选替换已保存的视图“%1”？</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请另选一个名称。</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The meetings it shows are not affected.</source>
        <translation>删除已保存的视图“%1”？其所示会议不受影响。</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot check the calendar</source>
        <translation>无法检查日历</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Why the last change was not made</source>
        <translation>上次更改未完成的原因</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
</context>
<context>
    <name>SharedCalendarDialog</name>
    <message>
        <source>Shared Calendar</source>
        <translation>共享日历</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>日历地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留他们的(&amp;T)</translation>
    </message>
    <message>
        <source>Conflicts (the same field changed here and there):</source>
        <translation>冲突（同一字段在此处和彼处均有更改）：</translation>
    </message>
    <message>
        <source>Type the calendar&apos;s address and your user name.</source>
        <translation>请输入日历地址和您的用户名。</translation>
    </message>
    <message>
        <source>Type the password of %1 on this calendar.</source>
        <translation>请输入 %1 在此日历上的密码。</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1): it is used until you close the planner.</source>
        <translation>系统密钥环无法保存密码（%1）：在您关闭规划器前将一直使用该密码。</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Dates for %1</source>
        <translation>为 %1 建议日期</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1：%2，目前为 %3</translation>
    </message>
    <message>
        <source>2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>2035、2035-Q4、2035-10 或 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>its own length</source>
        <translation>其自身会期</translation>
    </message>
    <message>
        <source>(its own place)</source>
        <translation>（其自身地点）</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>候选日期</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Findings of the candidate</source>
        <translation>候选日期的调查结果</translation>
    </message>
    <message>
        <source>What blocks the dates</source>
        <translation>阻碍这些日期的因素</translation>
    </message>
    <message>
        <source>&amp;Use These Dates</source>
        <translation>使用这些日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>会场：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>会议室：</translation>
    </message>
    <message>
        <source>(any room)</source>
        <translation>（任何会议室）</translation>
    </message>
    <message>
        <source>%1 is no longer in the plan</source>
        <translation>%1 已不在计划中</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>无调查结果</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you asked for suggestions: ask again</source>
        <translation>在您请求建议后，%1 已被他人更改：请重新请求</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync with the shared calendar</source>
        <translation>与共享日历同步</translation>
    </message>
    <message>
        <source>Shared calendar: </source>
        <translation>共享日历：</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>no password (File &gt; Shared Calendar…)</source>
        <translation>无密码（文件 &gt; 共享日历…）</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>offline (will send 1 edit)</source>
        <translation>离线（将发送 1 项编辑）</translation>
    </message>
    <message>
        <source>offline (will send %1 edits)</source>
        <translation>离线（将发送 %1 项编辑）</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and Rooms</source>
        <translation>会场和会议室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>新会场</translation>
    </message>
    <message>
        <source>Save Venue</source>
        <translation>保存会场</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>删除会场</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>新会议室</translation>
    </message>
    <message>
        <source>Save Room</source>
        <translation>保存会议室</translation>
    </message>
    <message>
        <source>Delete Room</source>
        <translation>删除会议室</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>会场名称</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>会场所在城市</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>会场所在国家</translation>
    </message>
    <message>
        <source>Where the venue&apos;s details come from</source>
        <translation>会场详情的来源</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>会议室名称</translation>
    </message>
    <message>
        <source>Seated capacity of the room</source>
        <translation>会议室的座位容量</translation>
    </message>
    <message>
        <source>Where the room&apos;s capacity comes from</source>
        <translation>会议室容量的来源</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新会场</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>保存会场</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>删除会场</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新会议室</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>保存会议室</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>删除会议室</translation>
    </message>
    <message>
        <source>document or web address</source>
        <translation>文件或网址</translation>
    </message>
    <message>
        <source>room plan, document or web address</source>
        <translation>会议室平面图、文件或网址</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>会议室(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>座位(&amp;S)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>%1 的会议室</translation>
    </message>
    <message>
        <source>choose the venue&apos;s country from the list, or leave it empty</source>
        <translation>从列表中选择会场所在国家，或留空</translation>
    </message>
    <message>
        <source>give the venue a name</source>
        <translation>请为会场命名</translation>
    </message>
    <message>
        <source>give the room a name</source>
        <translation>请为会议室命名</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Plenipotentiary Conference</source>
        <translation>全权代表大会</translation>
    </message>
    <message>
        <source>Council (ordinary session)</source>
        <translation>理事会（常会）</translation>
    </message>
    <message>
        <source>Council (additional or last meeting)</source>
        <translation>理事会（额外或最后一次会议）</translation>
    </message>
    <message>
        <source>Council working group / expert group</source>
        <translation>理事会工作组/专家组</translation>
    </message>
    <message>
        <source>World Telecommunication Development Conference</source>
        <translation>世界电信发展大会</translation>
    </message>
    <message>
        <source>World Telecommunication Standardization Assembly</source>
        <translation>世界电信标准化全会</translation>
    </message>
    <message>
        <source>World Radiocommunication Conference</source>
        <translation>世界无线电通信大会</translation>
    </message>
    <message>
        <source>Radiocommunication Assembly</source>
        <translation>无线电通信全会</translation>
    </message>
    <message>
        <source>World Conference on International Telecommunications</source>
        <translation>国际电信世界大会</translation>
    </message>
    <message>
        <source>Conference Preparatory Meeting</source>
        <translation>大会筹备会议</translation>
    </message>
    <message>
        <source>Regional preparatory meeting</source>
        <translation>区域筹备会议</translation>
    </message>
    <message>
        <source>Advisory group</source>
        <translation>顾问组</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>研究组</translation>
    </message>
    <message>
        <source>Working party</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Rapporteur group</source>
        <translation>报告人组</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>专家组</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>讲习班</translation>
    </message>
    <message>
        <source>Outside ICT event</source>
        <translation>外部信息通信技术活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Council (extra)</source>
        <translation>理事会（额外）</translation>
    </message>
    <message>
        <source>CWG / Council EG</source>
        <translation>CWG/理事会专家组</translation>
    </message>
    <message>
        <source>Outside event</source>
        <translation>外部活动</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>总秘书处</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Year Planner</source>
        <translation>年度计划(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Cycle Timeline</source>
        <translation>周期时间线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Cycle timeline</source>
        <translation>周期时间线</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Cycle chart</source>
        <translation>周期图</translation>
    </message>
    <message>
        <source>Quarter timetable</source>
        <translation>季度时间表</translation>
    </message>
    <message>
        <source>Month timetable</source>
        <translation>月度时间表</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>月历</translation>
    </message>
    <message>
        <source>Meeting list</source>
        <translation>会议列表</translation>
    </message>
    <message>
        <source>Deadlines checklist</source>
        <translation>截止日期清单</translation>
    </message>
    <message>
        <source>Changes between two calendars</source>
        <translation>两个日历之间的更改</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db)</source>
        <translation>规划数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>他们的</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Waivers</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Meetings or year</source>
        <translation>会议或年份</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>给予日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Stored waivers</source>
        <translation>已保存的豁免</translation>
    </message>
    <message>
        <source>&amp;Unwaive Selected</source>
        <translation>撤销所选豁免(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the selected waivers</source>
        <translation>收回所选豁免</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Geneva&apos;s time zone</source>
        <translation>日内瓦时区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Plans ITU conferences, Council sessions and groups.</source>
        <translation>规划国际电联的大会、理事会会议和各小组会议。</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0.</source>
        <translation>Qt for Python (PySide6) %1 和 Qt，依据 LGPL-3.0 许可。</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Filter by id, title or citation</source>
        <translation>按标识、标题或引文筛选</translation>
    </message>
    <message>
        <source>Filter the rules</source>
        <translation>筛选规则</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> （已关闭）</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>one a line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>, or empty for all years</source>
        <translation>，或留空表示所有年份</translation>
    </message>
    <message>
        <source>, or empty for today</source>
        <translation>，或留空表示今天</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>self._table</name>
    <message>
        <source>Running today</source>
        <translation>今天正在举行</translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤消</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Left / Right / Up / Down</source>
        <translation>左 / 右 / 上 / 下</translation>
    </message>
    <message>
        <source>Step to the previous or next meeting</source>
        <translation>转到上一次或下一次会议</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>取消拖动</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom the cycle timeline</source>
        <translation>缩放周期时间线</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Jump to the first meeting that matches, without opening it</source>
        <translation>跳到第一个匹配的会议，但不打开</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control</source>
        <translation>转到下一个或上一个控件</translation>
    </message>
    <message>
        <source>Edit the current meeting</source>
        <translation>编辑当前会议</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>菜单键 / Shift+F10</translation>
    </message>
    <message>
        <source>The current row&apos;s context menu</source>
        <translation>当前行的上下文菜单</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>转到今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>转到日期(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>上一时段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>下一时段(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Show on &amp;Calendars</source>
        <translation>在日历上显示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Venues and Rooms…</source>
        <translation>会场和会议室(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>规则设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Observances…</source>
        <translation>宗教节日(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Waivers…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Plan from Template…</source>
        <translation>按模板规划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
</context>
</TS>
