<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Buddhism</source>
            <translation>佛教</translation>
        </message>
        <message>
            <source>Chinese traditional religion</source>
            <translation>中国传统宗教</translation>
        </message>
        <message>
            <source>Christianity</source>
            <translation>基督教</translation>
        </message>
        <message>
            <source>Hinduism</source>
            <translation>印度教</translation>
        </message>
        <message>
            <source>Islam</source>
            <translation>伊斯兰教</translation>
        </message>
        <message>
            <source>Judaism</source>
            <translation>犹太教</translation>
        </message>
        <message>
            <source>Sikhism</source>
            <translation>锡克教</translation>
        </message>
        <message>
            <source>Body: {body}</source>
            <translation>机构：{body}</translation>
        </message>
        <message>
            <source>Body: {body} (reports to {parent})</source>
            <translation>机构：{body}（向 {parent} 报告）</translation>
        </message>
        <message>
            <source>Reports to: {parent}</source>
            <translation>向其报告：{parent}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source>Decided period: {period}</source>
            <translation>已确定的时段：{period}</translation>
        </message>
        <message>
            <source>Decided period: {period} ({source})</source>
            <translation>已确定的时段：{period}（{source}）</translation>
        </message>
        <message>
            <source>Chair: {chair}</source>
            <translation>主席：{chair}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>线上</translation>
        </message>
        <message>
            <source>{religion}. </source>
            <translation>{religion}。</translation>
        </message>
        <message>
            <source>Estimated date. </source>
            <translation>日期为估算。</translation>
        </message>
        <message>
            <source>Computed by {provenance}.</source>
            <translation>由 {provenance} 计算。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{app} {version}, with:</source>
            <translation>{app} {version}，包含：</translation>
        </message>
        <message>
            <source>Qt for Python (PySide6) and Qt are used under the LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</source>
            <translation>Qt for Python (PySide6) 和 Qt 依 LGPL-3.0 许可证使用：`scheduler-app licences --text LGPL-3.0`。</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>observance, holiday or deadline written by the planner</source>
            <translation>规划工具写入的宗教节期、公共假日或截止日期</translation>
        </message>
        <message>
            <source>{n} meeting</source>
            <translation>{n} 个会议</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>{n} 个会议</translation>
        </message>
        <message>
            <source>  skipped: {reason} ({n})</source>
            <translation>  已跳过：{reason}（{n}）</translation>
        </message>
        <message>
            <source>  skipped: {reason}</source>
            <translation>  已跳过：{reason}</translation>
        </message>
        <message>
            <source>{path}: name the file .ics (iCalendar) or .csv</source>
            <translation>{path}：文件名须以 .ics（iCalendar）或 .csv 结尾</translation>
        </message>
        <message>
            <source>{options}: only for an .ics export</source>
            <translation>{options}：仅适用于 .ics 导出</translation>
        </message>
        <message>
            <source>.ics (iCalendar) or .csv</source>
            <translation>.ics（iCalendar）或 .csv</translation>
        </message>
        <message>
            <source>wrote {n} meetings to {path}</source>
            <translation>已将 {n} 个会议写入 {path}</translation>
        </message>
        <message>
            <source>wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}</source>
            <translation>已将 {meetings} 个会议（{first}-{last}）、{bodies} 个机构和 {rooms} 个会议室写入 {path}</translation>
        </message>
        <message>
            <source>{path}: {n} meetings</source>
            <translation>{path}：{n} 个会议</translation>
        </message>
        <message>
            <source>copied {n} meetings to {path}</source>
            <translation>已将 {n} 个会议复制到 {path}</translation>
        </message>
        <message>
            <source>added {room} at {venue}</source>
            <translation>已在 {venue} 添加 {room}</translation>
        </message>
        <message>
            <source>updated {room} at {venue}</source>
            <translation>已更新 {venue} 的 {room}</translation>
        </message>
        <message>
            <source>removed {room} from {venue}</source>
            <translation>已从 {venue} 删除 {room}</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>{n} 个座位</translation>
        </message>
        <message>
            <source>capacity unknown</source>
            <translation>容量不详</translation>
        </message>
        <message>
            <source>{path}: no such planning database or CSV file</source>
            <translation>{path}：没有此规划数据库或 CSV 文件</translation>
        </message>
        <message>
            <source>{rule}: {n} setting(s) back to the default</source>
            <translation>{rule}：{n} 项设置已恢复默认值</translation>
        </message>
        <message>
            <source>every rule uses the catalogue's defaults</source>
            <translation>所有规则均使用规则目录的默认值</translation>
        </message>
        <message>
            <source>corrected {name}: {start} to {end}</source>
            <translation>已更正 {name}：{start} 至 {end}</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation>（估算）</translation>
        </message>
        <message>
            <source>give meeting codes or --year, not both</source>
            <translation>请给出会议代码或 --year，不能同时给出</translation>
        </message>
        <message>
            <source>give the meeting codes of the finding, or --year for one naming none</source>
            <translation>请给出该检查结果所涉会议的代码；不涉及会议的结果请用 --year</translation>
        </message>
        <message>
            <source>waived {rule} for {what}: {reason}</source>
            <translation>已豁免 {what} 的 {rule}：{reason}</translation>
        </message>
        <message>
            <source>removed the waiver of {rule} for {what}</source>
            <translation>已取消 {what} 的 {rule} 豁免</translation>
        </message>
        <message>
            <source>--to {to} is before --from {start}</source>
            <translation>--to {to} 早于 --from {start}</translation>
        </message>
        <message>
            <source>{path}: no such database</source>
            <translation>{path}：没有此数据库</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it</source>
            <translation>{path} 是文件夹；请指定其中的一个文件</translation>
        </message>
        <message>
            <source>{path} exists; use --force to replace it</source>
            <translation>{path} 已存在；如需替换请使用 --force</translation>
        </message>
        <message>
            <source>{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768</source>
            <translation>{text} 不是尺寸：请写成 宽x高，例如 1366x768</translation>
        </message>
        <message>
            <source>{text}: a window from 320x240 to 7680x4320, please</source>
            <translation>{text}：窗口尺寸须在 320x240 至 7680x4320 之间</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} 不是整数</translation>
        </message>
        <message>
            <source>{value} must be at least 1</source>
            <translation>{value} 不得小于 1</translation>
        </message>
        <message>
            <source>{text} is not a year from 1865 to 2199</source>
            <translation>{text} 不是 1865 至 2199 之间的年份</translation>
        </message>
        <message>
            <source>--body: no body named {names} (see `scheduler-app bodies`)</source>
            <translation>--body：没有名为 {names} 的机构（见 `scheduler-app bodies`）</translation>
        </message>
        <message>
            <source>{path}: name the file {what}</source>
            <translation>{path}：文件名须以 {what} 结尾</translation>
        </message>
        <message>
            <source>{path}: folder {folder} does not exist</source>
            <translation>{path}：文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>no meeting with code {code}</source>
            <translation>没有代码为 {code} 的会议</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} 不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>{text} is not a number of seconds</source>
            <translation>{text} 不是秒数</translation>
        </message>
        <message>
            <source>{value} is not from 0 to 3600 seconds</source>
            <translation>{value} 不在 0 至 3600 秒之间</translation>
        </message>
        <message>
            <source>plan: {text}</source>
            <translation>plan：{text}</translation>
        </message>
        <message>
            <source>OUT.csv or OUT.sqlite</source>
            <translation>OUT.csv 或 OUT.sqlite</translation>
        </message>
        <message>
            <source>reading {path}</source>
            <translation>正在读取 {path}</translation>
        </message>
        <message>
            <source>{path}: no row to place (give a row days and within)</source>
            <translation>{path}：没有待安排的行（请为某行填写 days 和 within）</translation>
        </message>
        <message>
            <source>placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>已在 {seconds} 秒内安排 {n} 个会议并写入 {path}：剩余 {errors} 个错误、{warnings} 个警告、{infos} 条提示</translation>
        </message>
        <message>
            <source>placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>已在 {seconds} 秒内安排 {n} 个会议并写入 {path}：剩余 {errors} 个错误、{warnings} 个警告、{infos} 条提示</translation>
        </message>
        <message>
            <source> (waived)</source>
            <translation>（已豁免）</translation>
        </message>
        <message>
            <source>{path} cannot be satisfied; these constraints conflict:</source>
            <translation>{path} 无法满足；以下约束相互冲突：</translation>
        </message>
        <message>
            <source>  (the solver found no smaller set; try a longer --time-limit)</source>
            <translation>  （求解器未找到更小的集合；请尝试更长的 --time-limit）</translation>
        </message>
        <message>
            <source>no plan found for {path} in the time given; try a longer --time-limit</source>
            <translation>在给定时间内未找到 {path} 的方案；请尝试更长的 --time-limit</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>未写入任何内容</translation>
        </message>
        <message>
            <source>kind {values}</source>
            <translation>类型 {values}</translation>
        </message>
        <message>
            <source>Sector {values}</source>
            <translation>部门 {values}</translation>
        </message>
        <message>
            <source>status {values}</source>
            <translation>状态 {values}</translation>
        </message>
        <message>
            <source>body {values}</source>
            <translation>机构 {values}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>--year {year} is not a plausible year</source>
            <translation>--year {year} 不是合理的年份</translation>
        </message>
        <message>
            <source>--layout diff needs --against B, the calendar to compare with</source>
            <translation>--layout diff 需要 --against B，即用于比较的日历</translation>
        </message>
        <message>
            <source>--layout diff compares whole calendars; leave out --year, the dates and filters</source>
            <translation>--layout diff 比较完整的日历；请勿使用 --year、日期和筛选条件</translation>
        </message>
        <message>
            <source>--against is for --layout diff, not --layout {layout}</source>
            <translation>--against 用于 --layout diff，而非 --layout {layout}</translation>
        </message>
        <message>
            <source>wrote {n} page to {path}</source>
            <translation>已将 {n} 页写入 {path}</translation>
        </message>
        <message>
            <source>wrote {n} pages to {path}</source>
            <translation>已将 {n} 页写入 {path}</translation>
        </message>
        <message>
            <source>{text} is not a whole number of days</source>
            <translation>{text} 不是整数天数</translation>
        </message>
        <message>
            <source>a meeting lasts at least one day, not {value}</source>
            <translation>会议至少持续一天，不能是 {value}</translation>
        </message>
        <message>
            <source>at least 1, not {value}</source>
            <translation>至少为 1，不能是 {value}</translation>
        </message>
        <message>
            <source>--room needs --venue: a room is chosen within a venue</source>
            <translation>--room 需要 --venue：会议室须在某一场馆内选择</translation>
        </message>
        <message>
            <source>no meeting has the code {code}</source>
            <translation>没有会议的代码是 {code}</translation>
        </message>
        <message>
            <source>{meeting}: {n} days within {period}, now {dates}</source>
            <translation>{meeting}：{period} 内的 {n} 天，目前为 {dates}</translation>
        </message>
        <message>
            <source>waived </source>
            <translation>已豁免 </translation>
        </message>
        <message>
            <source>--resolve CODE and --keep mine|theirs go together</source>
            <translation>--resolve CODE 与 --keep mine|theirs 须同时使用</translation>
        </message>
        <message>
            <source>no password for {user} at {url}: store it in the system keyring (File &gt; Shared Calendar in the window) or set {variable}</source>
            <translation>{url} 上没有 {user} 的密码：请将其存入系统密钥环（窗口中的“文件 &gt; 共享日历”），或设置 {variable}</translation>
        </message>
        <message>
            <source>{code} has no conflict to resolve</source>
            <translation>{code} 没有需要解决的冲突</translation>
        </message>
        <message>
            <source>  note: {text}</source>
            <translation>  注：{text}</translation>
        </message>
        <message>
            <source>  conflict: {meeting}: {field}: here {mine}, there {theirs}</source>
            <translation>  冲突：{meeting}：{field}：本地 {mine}，共享日历 {theirs}</translation>
        </message>
        <message>
            <source>  settle each with: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</source>
            <translation>  逐一解决：scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</translation>
        </message>
        <message>
            <source>{n} cancellations</source>
            <translation>{n} 项取消</translation>
        </message>
        <message>
            <source>{n} religious periods</source>
            <translation>{n} 个宗教节期</translation>
        </message>
        <message>
            <source>{n} public holidays</source>
            <translation>{n} 个公共假日</translation>
        </message>
        <message>
            <source>{n} deadlines</source>
            <translation>{n} 个截止日期</translation>
        </message>
        <message>
            <source>wrote {n} meetings (and {extra}) to {path}</source>
            <translation>已将 {n} 个会议（及 {extra}）写入 {path}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>From {a} to {b}:</source>
            <translation>从 {a} 到 {b}：</translation>
        </message>
        <message>
            <source> no change</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>{meeting}: {title}, {dates}</source>
            <translation>{meeting}：{title}，{dates}</translation>
        </message>
        <message>
            <source>Added ({n}):</source>
            <translation>新增（{n}）：</translation>
        </message>
        <message>
            <source>Removed ({n}):</source>
            <translation>删除（{n}）：</translation>
        </message>
        <message>
            <source>Moved ({n}):</source>
            <translation>改期（{n}）：</translation>
        </message>
        <message>
            <source>Findings gained ({n}):</source>
            <translation>新增检查结果（{n}）：</translation>
        </message>
        <message>
            <source>Findings lost ({n}):</source>
            <translation>消失的检查结果（{n}）：</translation>
        </message>
        <message>
            <source>{path} is a folder, not a planning database or CSV file</source>
            <translation>{path} 是文件夹，不是规划数据库或 CSV 文件</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}：没有此文件</translation>
        </message>
        <message>
            <source>{n} days within {period}</source>
            <translation>{period} 内的 {n} 天</translation>
        </message>
        <message>
            <source>would add {n}</source>
            <translation>将新增 {n}</translation>
        </message>
        <message>
            <source>would update {n}</source>
            <translation>将更新 {n}</translation>
        </message>
        <message>
            <source>added {n}</source>
            <translation>已新增 {n}</translation>
        </message>
        <message>
            <source>updated {n}</source>
            <translation>已更新 {n}</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} 未变</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} 已跳过</translation>
        </message>
        <message>
            <source>{n} new bodies</source>
            <translation>{n} 个新机构</translation>
        </message>
        <message>
            <source>{n} new venues</source>
            <translation>{n} 个新场馆</translation>
        </message>
        <message>
            <source>{n} new rooms</source>
            <translation>{n} 个新会议室</translation>
        </message>
        <message>
            <source>{source}: {changes}</source>
            <translation>{source}：{changes}</translation>
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
            <source>proposed</source>
            <translation>拟议</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>暂定</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>held</source>
            <translation>已举行</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Shared calendar: made the shared calendar, {received} received, {sent} sent</source>
            <translation>共享日历：已创建共享日历，收到 {received}，发送 {sent}</translation>
        </message>
        <message>
            <source>Shared calendar: {received} received, {sent} sent</source>
            <translation>共享日历：收到 {received}，发送 {sent}</translation>
        </message>
        <message>
            <source>, {n} rule setting or waiver received</source>
            <translation>，收到 {n} 项规则设置或豁免</translation>
        </message>
        <message>
            <source>, {n} rule settings or waiver received</source>
            <translation>，收到 {n} 项规则设置或豁免</translation>
        </message>
        <message>
            <source>, {n} conflict to resolve</source>
            <translation>，{n} 个冲突待解决</translation>
        </message>
        <message>
            <source>, {n} conflicts to resolve</source>
            <translation>，{n} 个冲突待解决</translation>
        </message>
        <message>
            <source>{meeting}: not merged ({reason})</source>
            <translation>{meeting}：未合并（{reason}）</translation>
        </message>
        <message>
            <source>{code}: another meeting here has this code; kept without it</source>
            <translation>{code}：本地另一会议已使用此代码；保留时不带代码</translation>
        </message>
    </context>
</TS>
