<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{code} was changed or deleted elsewhere; reload and retry</source>
        <translation>{code} 已在别处被修改或删除；请重新加载后重试</translation>
    </message>
    <message>
        <source>{code} already exists</source>
        <translation>{code} 已存在</translation>
    </message>
    <message>
        <source>{code} would be the code of both {first} and {second}: choose another code</source>
        <translation>{code} 将同时成为 {first} 和 {second} 的代码：请选择其他代码</translation>
    </message>
    <message>
        <source>{code} is already the code of another meeting ({other}, {span}): choose another code</source>
        <translation>{code} 已是另一会议（{other}，{span}）的代码：请选择其他代码</translation>
    </message>
    <message>
        <source>Create {code}</source>
        <translation>创建 {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>编辑 {code}</translation>
    </message>
    <message>
        <source>Delete {meetings}</source>
        <translation>删除 {meetings}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>{n} 次会议</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} 次会议</translation>
    </message>
    <message>
        <source>{first} and {n} more</source>
        <translation>{first} 等另外 {n} 个</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>无会议</translation>
    </message>
    <message>
        <source>status to {value}</source>
        <translation>状态改为{value}</translation>
    </message>
    <message>
        <source>kind to {value}</source>
        <translation>类型改为{value}</translation>
    </message>
    <message>
        <source>venue to {value}</source>
        <translation>地点改为{value}</translation>
    </message>
    <message>
        <source>mode to {value}</source>
        <translation>形式改为{value}</translation>
    </message>
    <message>
        <source>status {value}</source>
        <translation>状态{value}</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>类型{value}</translation>
    </message>
    <message>
        <source>venue {value}</source>
        <translation>地点{value}</translation>
    </message>
    <message>
        <source>mode {value}</source>
        <translation>形式{value}</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>无地点</translation>
    </message>
    <message>
        <source>{fields} cannot be changed here (only {allowed})</source>
        <translation>此处不能更改 {fields}（仅限 {allowed}）</translation>
    </message>
    <message>
        <source>choose what to change</source>
        <translation>请选择要更改的内容</translation>
    </message>
    <message>
        <source>select the meetings to change</source>
        <translation>请选择要更改的会议</translation>
    </message>
    <message>
        <source>{venue} is not a known venue; add it to the venues first</source>
        <translation>{venue} 不是已知地点；请先将其添加到地点列表</translation>
    </message>
    <message>
        <source>{code} cannot be changed ({changes}): {problem}</source>
        <translation>{code} 无法更改（{changes}）：{problem}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already has {held}</source>
        <translation>无需更改：{meetings} 已是{held}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already have {held}</source>
        <translation>无需更改：{meetings} 已是{held}</translation>
    </message>
    <message>
        <source>Change {meetings}: {changes}</source>
        <translation>更改 {meetings}：{changes}</translation>
    </message>
    <message>
        <source>move the meetings by at least one day</source>
        <translation>请将会议至少移动一天</translation>
    </message>
    <message>
        <source>select the meetings to move</source>
        <translation>请选择要移动的会议</translation>
    </message>
    <message>
        <source>{code} cannot be moved by {days}: {problem}</source>
        <translation>{code} 无法移动 {days}：{problem}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} later</source>
        <translation>将 {meetings} 推后 {days}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} earlier</source>
        <translation>将 {meetings} 提前 {days}</translation>
    </message>
    <message>
        <source>{code} is known only by its month ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} 仅知道月份（{span}）；请先在“编辑会议”中指定日期，再按天移动</translation>
    </message>
    <message>
        <source>{code} is known only by its quarter ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} 仅知道季度（{span}）；请先在“编辑会议”中指定日期，再按天移动</translation>
    </message>
    <message>
        <source>{code} is known only by its year ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>{code} 仅知道年份（{span}）；请先在“编辑会议”中指定日期，再按天移动</translation>
    </message>
    <message>
        <source>Reschedule {code}</source>
        <translation>重新安排 {code}</translation>
    </message>
    <message>
        <source>select the meetings to duplicate</source>
        <translation>请选择要复制的会议</translation>
    </message>
    <message>
        <source>{code} cannot be copied: {problem}</source>
        <translation>{code} 无法复制：{problem}</translation>
    </message>
    <message>
        <source>Duplicate {meetings}</source>
        <translation>复制 {meetings}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>撤销 {edit}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>文件或其文件夹为只读</translation>
    </message>
    <message>
        <source>another program kept the database locked for over {seconds} s</source>
        <translation>另一程序锁定数据库超过 {seconds} 秒</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>无法以写入方式打开文件或其文件夹</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}：无法打开：{reason}</translation>
    </message>
    <message>
        <source>{path}: not a usable planning database ({reason})</source>
        <translation>{path}：不是可用的规划数据库（{reason}）</translation>
    </message>
    <message>
        <source>{path}: no such planning database</source>
        <translation>{path}：没有此规划数据库</translation>
    </message>
    <message>
        <source>{path}: is a directory, not a planning database</source>
        <translation>{path}：是文件夹，不是规划数据库</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a planning database</source>
        <translation>{path}：空文件，不是规划数据库</translation>
    </message>
    <message>
        <source>{path}: cannot open even to read: {reason}</source>
        <translation>{path}：即使只读也无法打开：{reason}</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a planning database (it has tables {tables} and no planner schema)</source>
        <translation>{path}：是 SQLite 数据库，但不是规划数据库（含有表 {tables}，没有规划程序的架构）</translation>
    </message>
    <message>
        <source>{path}: read-only, and not a planning database yet</source>
        <translation>{path}：只读，且尚不是规划数据库</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the planner (unknown schema steps: {steps})</source>
        <translation>{path}：由更新版本的规划程序写入（未知的架构步骤：{steps}）</translation>
    </message>
    <message>
        <source>{path}: read-only, and saved by an older version of the planner; open it once where it can be written to bring it up to date</source>
        <translation>{path}：只读，且由旧版本的规划程序保存；请在可写的位置打开一次以完成更新</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({check})</source>
        <translation>{path}：数据库已损坏（{check}）</translation>
    </message>
    <message>
        <source>{path}: opened read-only ({reason}); nothing was changed</source>
        <translation>{path}：以只读方式打开（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}：无法写入：{reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}; nothing was changed</source>
        <translation>{path}：无法写入：{reason}；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: that is the open database itself</source>
        <translation>{path}：这正是已打开的数据库本身</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{path}: cannot save a copy: {reason}</source>
        <translation>{path}：无法保存副本：{reason}</translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation>CSV 格式错误：{reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as &apos;CSV UTF-8&apos;</source>
        <translation>不是 UTF-8 文本（字节 {byte}）；请将文件另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>空文件：没有标题行</translation>
    </message>
    <message>
        <source>unknown column (see the README for the format)</source>
        <translation>未知列（格式见 README）</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>在标题行中出现两次</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>a field is longer than {read} characters (the limit is {limit})</source>
        <translation>某字段超过 {read} 个字符（上限为 {limit}）</translation>
    </message>
    <message>
        <source>{fields} fields but the header has {columns}</source>
        <translation>有 {fields} 个字段，但标题行有 {columns} 个</translation>
    </message>
    <message>
        <source>{code} is also on line {line}</source>
        <translation>{code} 也出现在第 {line} 行</translation>
    </message>
    <message>
        <source>same title, kind and dates as line {line} (give the rows codes to keep both)</source>
        <translation>标题、类型和日期与第 {line} 行相同（为这些行指定代码即可同时保留）</translation>
    </message>
    <message>
        <source>{id} is also on line {line}</source>
        <translation>{id} 也出现在第 {line} 行</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address of a calendar</source>
        <translation>{address} 不是日历的 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>the calendar&apos;s address has a user or password in it: give the address without them, the user with --user and the password in the keyring</source>
        <translation>日历地址中含有用户名或密码：请给出不含它们的地址，用户用 --user 指定，密码存入密钥环</translation>
    </message>
    <message>
        <source>{address} is plain http: the password would cross the network unencrypted; use https, or allow it with --insecure</source>
        <translation>{address} 是明文 http：密码将以未加密方式在网络上传输；请使用 https，或用 --insecure 允许</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to {method}</source>
        <translation>{address}：服务器对 {method} 的答复为 {status}</translation>
    </message>
    <message>
        <source>{address}: the server&apos;s certificate is not trusted ({reason})</source>
        <translation>{address}：服务器证书不受信任（{reason}）</translation>
    </message>
    <message>
        <source>{address}: the server cannot be reached</source>
        <translation>{address}：无法连接服务器</translation>
    </message>
    <message>
        <source>{address}: the server refused the user name or password</source>
        <translation>{address}：服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>{address}: the server does not let this user {method} here</source>
        <translation>{address}：服务器不允许此用户在此执行 {method}</translation>
    </message>
    <message>
        <source>{address}: the server failed ({status} on {method})</source>
        <translation>{address}：服务器出错（{method} 返回 {status}）</translation>
    </message>
    <message>
        <source>{address}: is not a calendar</source>
        <translation>{address}：不是日历</translation>
    </message>
    <message>
        <source>{address}: the calendar could not be made ({status})</source>
        <translation>{address}：无法创建日历（{status}）</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to a multiget</source>
        <translation>{address}：服务器对 multiget 请求的答复为 {status}</translation>
    </message>
    <message>
        <source>{address}: the server refused the meeting ({status})</source>
        <translation>{address}：服务器拒绝了该会议（{status}）</translation>
    </message>
    <message>
        <source>{address}: the server refused the deletion ({status})</source>
        <translation>{address}：服务器拒绝了删除（{status}）</translation>
    </message>
    <message>
        <source>{address}: GET answered {status}</source>
        <translation>{address}：GET 返回 {status}</translation>
    </message>
    <message>
        <source>{file} is read-only ({reason}): what colleagues changed cannot be written into it</source>
        <translation>{file} 为只读（{reason}）：无法写入同事所做的更改</translation>
    </message>
    <message>
        <source>Sync with {address}</source>
        <translation>与 {address} 同步</translation>
    </message>
    <message>
        <source>{address}: holds {count} meetings, not one</source>
        <translation>{address}：包含 {count} 次会议，而不是一次</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>room {room} of {venue}</source>
        <translation>{venue} 的 {room} 会议室</translation>
    </message>
    <message>
        <source>the rapporteur groups of {body}</source>
        <translation>{body} 的报告人组</translation>
    </message>
    <message>
        <source>meetings chaired by {chair}</source>
        <translation>由 {chair} 主持的会议</translation>
    </message>
    <message>
        <source>{first} and {second} in one year</source>
        <translation>{first} 和 {second} 在同一年</translation>
    </message>
    <message>
        <source>{first} close to {second}</source>
        <translation>{first} 与 {second} 时间相近</translation>
    </message>
    <message>
        <source>the last TDAG before {code} {fewest}-{most} months</source>
        <translation>{code} 之前最后一次 TDAG，提前 {fewest}-{most} 个月</translation>
    </message>
    <message>
        <source>{code} before the last TDAG</source>
        <translation>{code} 在最后一次 TDAG 之前</translation>
    </message>
    <message>
        <source>{rule} closes {n} of them</source>
        <translation>{rule} 排除了其中 {n} 个</translation>
    </message>
    <message>
        <source>{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its period or move what it clashes with</source>
        <translation>{meeting}：其 {n} 个可能的开始日期均有错误（{rules}）；请放宽其时段，或移动与之冲突的会议</translation>
    </message>
    <message>
        <source>judging the possible starts of {n} meetings against {others} others</source>
        <translation>正在对照其他 {others} 次会议评估 {n} 次会议的可能开始日期</translation>
    </message>
    <message>
        <source>solving: {n} meetings to place, {soft} soft constraints</source>
        <translation>求解中：待安排 {n} 次会议，{soft} 个软约束</translation>
    </message>
    <message>
        <source>plan {n}: weighted findings {cost} after {seconds} s</source>
        <translation>方案 {n}：加权问题 {cost}，用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>{code} is already on the calendar ({span}); give the row a new code, or give it dates to keep it fixed</source>
        <translation>{code} 已在日历上（{span}）；请为该行指定新代码，或指定日期使其固定</translation>
    </message>
    <message>
        <source>{code} ({n} days within {period})</source>
        <translation>{code}（{period} 内 {n} 天）</translation>
    </message>
    <message>
        <source>{value} is not a period of two dates (2035-03-01..2035-06-30)</source>
        <translation>{value} 不是由两个日期组成的时段（2035-03-01..2035-06-30）</translation>
    </message>
    <message>
        <source>{value} ends before it starts</source>
        <translation>{value} 的结束早于开始</translation>
    </message>
    <message>
        <source>{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>{value} 不是时段：请写 2035、2035-Q4、2035-10 或 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} 不是整数天数</translation>
    </message>
    <message>
        <source>{n} is not from 1 to {most}</source>
        <translation>{n} 不在 1 到 {most} 之间</translation>
    </message>
    <message>
        <source>is empty (a row to place needs days and within)</source>
        <translation>为空（待安排的行需要 days 和 within）</translation>
    </message>
    <message>
        <source>give either dates (a fixed meeting) or days and within, not both</source>
        <translation>请给出日期（固定会议）或 days 与 within，不能同时给出</translation>
    </message>
    <message>
        <source>{n} days do not fit within {period} ({room} days)</source>
        <translation>{n} 天无法放入 {period}（共 {room} 天）</translation>
    </message>
    <message>
        <source>year {year} is outside the years the planner supports, {first}-{last}</source>
        <translation>{year} 年超出规划工具支持的年份范围（{first}-{last}）</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>{value} is not a valid date and time ({reason})</source>
        <translation>{value} 不是有效的日期和时间（{reason}）</translation>
    </message>
    <message>
        <source>{value} has a UTC offset; write the local time and put the IANA zone in the timezone column</source>
        <translation>{value} 带有 UTC 偏移；请写当地时间，并在 timezone 列中填写 IANA 时区</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period (YYYY, YYYY-MM, YYYY-Qn)</source>
        <translation>{value} 既不是日期（YYYY-MM-DD），也不是日期和时间（YYYY-MM-DDTHH:MM），也不是期间（YYYY、YYYY-MM、YYYY-Qn）</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>give both decided_from and decided_to, or neither</source>
        <translation>请同时填写 decided_from 和 decided_to，或两者都不填</translation>
    </message>
    <message>
        <source>{value} is outside the month that starts {start}</source>
        <translation>{value} 不在自 {start} 开始的那个月内</translation>
    </message>
    <message>
        <source>{value} is outside the quarter that starts {start}</source>
        <translation>{value} 不在自 {start} 开始的那个季度内</translation>
    </message>
    <message>
        <source>{value} is outside the year that starts {start}</source>
        <translation>{value} 不在自 {start} 开始的那一年内</translation>
    </message>
    <message>
        <source>{precision} does not match start {value}</source>
        <translation>精度 {precision} 与开始 {value} 不符</translation>
    </message>
    <message>
        <source>is empty (give the last day of the meeting)</source>
        <translation>为空（请填写会议的最后一天）</translation>
    </message>
    <message>
        <source>give times on both start and end, or on neither</source>
        <translation>请在开始和结束上都写明时间，或都不写</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting has no time of day</source>
        <translation>精度为 {precision} 的会议没有具体时间</translation>
    </message>
    <message>
        <source>{value} is not a date or a period</source>
        <translation>{value} 既不是日期也不是期间</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>长度为 {n} 个字符，上限为 {limit}</translation>
    </message>
    <message>
        <source>holds a control character (only tabs and line breaks are allowed)</source>
        <translation>含有控制字符（仅允许制表符和换行符）</translation>
    </message>
    <message>
        <source>unknown {field} {value} (expected one of: {allowed})</source>
        <translation>{field} 的值 {value} 无法识别（可接受的值：{allowed}）</translation>
    </message>
    <message>
        <source>{end} is before decided_from {start}</source>
        <translation>{end} 早于 decided_from（{start}）</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} 不是 UUID</translation>
    </message>
    <message>
        <source>{value} has surrounding spaces or a line break</source>
        <translation>{value} 首尾有空格或含有换行符</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>the meeting ends {end} before it starts {start}</source>
        <translation>会议结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting must span {first} to {last}, not {start} to {end}</source>
        <translation>精度为 {precision} 的会议应涵盖 {first} 至 {last}，而非 {start} 至 {end}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 two-letter country code</source>
        <translation>{value} 不是 ISO 3166 两字母国家代码</translation>
    </message>
    <message>
        <source>{value} is not from 0 to {most}</source>
        <translation>{value} 不在 0 至 {most} 之间</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} 不是合理的年份</translation>
    </message>
    <message>
        <source>room {room} is given without a venue</source>
        <translation>指定了会议室 {room}，但未指定会场</translation>
    </message>
    <message>
        <source>give both a start time and an end time, or neither</source>
        <translation>请同时给出开始时间和结束时间，或两者均不给出</translation>
    </message>
    <message>
        <source>is given for a meeting without times</source>
        <translation>为没有时间的会议指定了时区</translation>
    </message>
    <message>
        <source>times need day precision</source>
        <translation>指定时间需要精确到日</translation>
    </message>
    <message>
        <source>a meeting with times needs an IANA time zone</source>
        <translation>有时间的会议需要 IANA 时区</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (e.g. Europe/Zurich)</source>
        <translation>{value} 不是 IANA 时区（例如 Europe/Zurich）</translation>
    </message>
    <message>
        <source>the meeting ends at {end} before it starts at {start}</source>
        <translation>会议结束时间 {end} 早于开始时间 {start}</translation>
    </message>
    <message>
        <source>{value}: month {month} is not 1-12</source>
        <translation>{value}：月份 {month} 不在 1 至 12 之间</translation>
    </message>
    <message>
        <source>body code {code} is empty or has surrounding spaces</source>
        <translation>机构代码 {code} 为空或首尾有空格</translation>
    </message>
    <message>
        <source>body {code} cannot report to itself</source>
        <translation>机构 {code} 不能向自身报告</translation>
    </message>
    <message>
        <source>bodies {bodies} report to each other in a cycle</source>
        <translation>机构 {bodies} 相互报告，形成循环</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>会议室需要名称</translation>
    </message>
    <message>
        <source>room {room}: capacity {capacity} must be positive</source>
        <translation>会议室 {room}：容量（{capacity}）必须为正数</translation>
    </message>
    <message>
        <source>venue name {name} is empty or has surrounding spaces</source>
        <translation>会场名称 {name} 为空或首尾有空格</translation>
    </message>
    <message>
        <source>an observance needs a key and a name</source>
        <translation>纪念日需要键和名称</translation>
    </message>
    <message>
        <source>{name}: ends {end} before it starts {start}</source>
        <translation>{name}：结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>Nothing to change: {what} already holds these values</source>
        <translation>无需更改：{what} 已是这些值</translation>
    </message>
    <message>
        <source>Add venue {venue}</source>
        <translation>添加地点 {venue}</translation>
    </message>
    <message>
        <source>Edit venue {venue}</source>
        <translation>编辑地点 {venue}</translation>
    </message>
    <message>
        <source>Rename venue {venue} to {name}</source>
        <translation>将地点 {venue} 重命名为 {name}</translation>
    </message>
    <message>
        <source>Delete venue {venue}</source>
        <translation>删除地点 {venue}</translation>
    </message>
    <message>
        <source>Add room {room} at {venue}</source>
        <translation>在 {venue} 添加会议室 {room}</translation>
    </message>
    <message>
        <source>Edit room {room} at {venue}</source>
        <translation>编辑 {venue} 的会议室 {room}</translation>
    </message>
    <message>
        <source>{room} at {venue}</source>
        <translation>{venue} 的 {room}</translation>
    </message>
    <message>
        <source>{room} stays at {venue}; add a room to the other venue</source>
        <translation>{room} 仍属于 {venue}；请在另一会场添加会议室</translation>
    </message>
    <message>
        <source>Delete room {room} at {venue}</source>
        <translation>删除 {venue} 的会议室 {room}</translation>
    </message>
    <message>
        <source>no room {room} at venue {venue}</source>
        <translation>会场 {venue} 没有会议室 {room}</translation>
    </message>
    <message>
        <source>{name} to {value}</source>
        <translation>{name} 为 {value}</translation>
    </message>
    <message>
        <source>choose a setting of {rule} to change</source>
        <translation>请选择要更改的 {rule} 设置</translation>
    </message>
    <message>
        <source>Set {rule} {settings}</source>
        <translation>设置 {rule}：{settings}</translation>
    </message>
    <message>
        <source>{rule} has no setting {name} to reset</source>
        <translation>{rule} 没有可重置的设置 {name}</translation>
    </message>
    <message>
        <source>Reset {rule} {name}</source>
        <translation>重置 {rule} 的 {name}</translation>
    </message>
    <message>
        <source>Reset {rule} to its defaults</source>
        <translation>将 {rule} 恢复为默认设置</translation>
    </message>
    <message>
        <source>{observance} was changed elsewhere; reopen the editor and retry</source>
        <translation>{observance} 已在别处更改；请重新打开编辑器后重试</translation>
    </message>
    <message>
        <source>Correct {observance} to {span}</source>
        <translation>将 {observance} 更正为 {span}</translation>
    </message>
    <message>
        <source>no single {key} observance covers {day}</source>
        <translation>没有唯一的 {key} 纪念日涵盖 {day}</translation>
    </message>
    <message>
        <source>{observance} already has its computed dates</source>
        <translation>{observance} 已是计算所得的日期</translation>
    </message>
    <message>
        <source>the computed dates of {observance} can no longer be found; correct its dates instead</source>
        <translation>已找不到 {observance} 的计算日期；请改为更正其日期</translation>
    </message>
    <message>
        <source>Restore the computed dates of {observance}</source>
        <translation>恢复 {observance} 的计算日期</translation>
    </message>
    <message>
        <source>Waive {rule} for {what}</source>
        <translation>对 {what} 豁免 {rule}</translation>
    </message>
    <message>
        <source>no waiver of {rule} to take back</source>
        <translation>没有可撤回的 {rule} 豁免</translation>
    </message>
    <message>
        <source>select the waivers to take back</source>
        <translation>请选择要撤回的豁免</translation>
    </message>
    <message>
        <source>Unwaive {rule} for {what}</source>
        <translation>撤回对 {what} 的 {rule} 豁免</translation>
    </message>
    <message>
        <source>Unwaive {n} waiver</source>
        <translation>撤回 {n} 项豁免</translation>
    </message>
    <message>
        <source>Unwaive {n} waivers</source>
        <translation>撤回 {n} 项豁免</translation>
    </message>
    <message>
        <source>unknown drag mode {mode}: expected one of {modes}</source>
        <translation>未知的拖动模式 {mode}：可接受的值为 {modes}</translation>
    </message>
    <message>
        <source>{code} has no hours, so it cannot be moved by minutes; give it a start and an end time in Edit Meeting, or move it by days</source>
        <translation>{code} 没有时间，无法按分钟移动；请在“编辑会议”中为其指定开始和结束时间，或按天移动</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its start earlier</source>
        <translation>{code} 将于 {end_day} {end} 结束，却于 {start_day} {start} 开始（{place} 时间）：会议必须在开始之后结束，请将其开始时间向前拖动</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its end later</source>
        <translation>{code} 将于 {end_day} {end} 结束，却于 {start_day} {start} 开始（{place} 时间）：会议必须在开始之后结束，请将其结束时间向后拖动</translation>
    </message>
    <message>
        <source>{code} cannot be moved there: {problem}</source>
        <translation>{code} 无法移至此处：{problem}</translation>
    </message>
    <message>
        <source>unknown rule {rule} (see `scheduler-app rules`)</source>
        <translation>未知规则 {rule}（参见 `scheduler-app rules`）</translation>
    </message>
    <message>
        <source>severity is one of: error, warning, info</source>
        <translation>severity 取以下值之一：error、warning、info</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled 取值为 true 或 false</translation>
    </message>
    <message>
        <source>{rule} has no parameter {name} (it has: {known})</source>
        <translation>{rule} 没有参数 {name}（其参数为：{known}）</translation>
    </message>
    <message>
        <source>DTSTART and DTEND mix a date with a date-time</source>
        <translation>DTSTART 和 DTEND 混用了日期和日期时间</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} 超出范围</translation>
    </message>
    <message>
        <source>not a valid meeting: {problem}</source>
        <translation>会议无效：{problem}</translation>
    </message>
    <message>
        <source>{column} would be {length} characters long; the planner keeps at most {most} in one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read back from CSV</source>
        <translation>{column} 将有 {length} 个字符；本规划程序每个字段最多保存 {most} 个字符（MAX_FIELD_CHARS），以便每个会议也能写入 CSV 并读回</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>该事件没有 UID</translation>
    </message>
    <message>
        <source>the event has no start</source>
        <translation>该事件没有开始时间</translation>
    </message>
    <message>
        <source>the event ends {end} before it starts {start}</source>
        <translation>该事件结束于 {end}，早于其开始日期 {start}</translation>
    </message>
    <message>
        <source>{value} is not a duration</source>
        <translation>{value} 不是时长</translation>
    </message>
    <message>
        <source>{value} ends past year 9999</source>
        <translation>{value} 的结束时间超过 9999 年</translation>
    </message>
    <message>
        <source>gives a meeting the id {key} that the event on line {line} gives too</source>
        <translation>给会议的标识 {key} 与第 {line} 行事件给出的相同</translation>
    </message>
    <message>
        <source>gives a meeting the UID {key} that the event on line {line} gives too</source>
        <translation>给会议的 UID {key} 与第 {line} 行事件给出的相同</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>no BEGIN:VCALENDAR</source>
        <translation>没有 BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{problem}: not an iCalendar file</source>
        <translation>{problem}：不是 iCalendar 文件</translation>
    </message>
    <message>
        <source>skipped {what}</source>
        <translation>已跳过：{what}</translation>
    </message>
    <message>
        <source>skipped BEGIN:{component} outside BEGIN:VCALENDAR</source>
        <translation>已跳过：BEGIN:VCALENDAR 之外的 BEGIN:{component}</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {zone} is not a known time zone: times without one were read as UTC</source>
        <translation>X-WR-TIMEZONE {zone} 不是已知时区：未注明时区的时间按 UTC 读取</translation>
    </message>
    <message>
        <source>observance, holiday or deadline written by the planner</source>
        <translation>本规划程序写入的纪念日、节假日或截止日期</translation>
    </message>
    <message>
        <source>the series has no UID</source>
        <translation>该系列没有 UID</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; lines {lines})</source>
        <translation>已跳过 {count} 个 {component}（不是会议；第 {lines} 行）</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; line {lines})</source>
        <translation>已跳过 {count} 个 {component}（不是会议；第 {lines} 行）</translation>
    </message>
    <message>
        <source>the event and RECURRENCE-ID {recurrence} is also on line {line}</source>
        <translation>RECURRENCE-ID 为 {recurrence} 的该事件也出现在第 {line} 行</translation>
    </message>
    <message>
        <source>the event is also on line {line}</source>
        <translation>该事件也出现在第 {line} 行</translation>
    </message>
    <message>
        <source>{value} is also the id of the event on line {line}</source>
        <translation>{value} 也是第 {line} 行事件的标识</translation>
    </message>
    <message>
        <source>not a content line: {line}</source>
        <translation>不是内容行：{line}</translation>
    </message>
    <message>
        <source>parameter without a value in {name}</source>
        <translation>{name} 中有参数没有值</translation>
    </message>
    <message>
        <source>unclosed quote in a parameter of {name}</source>
        <translation>{name} 的参数中有未闭合的引号</translation>
    </message>
    <message>
        <source>not a content line (NAME:VALUE): {line}</source>
        <translation>不是内容行（名称:值）：{line}</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never closed</source>
        <translation>BEGIN:{component} 始终未闭合</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}</source>
        <translation>BEGIN:VCALENDAR ... END:VCALENDAR 之外的一行：{line}</translation>
    </message>
    <message>
        <source>{problem} inside {component}</source>
        <translation>{component} 内：{problem}</translation>
    </message>
    <message>
        <source>END:{ended} closes BEGIN:{component}</source>
        <translation>END:{ended} 关闭了 BEGIN:{component}</translation>
    </message>
    <message>
        <source>{item} is not NAME=VALUE</source>
        <translation>{item} 不是 名称=值 的形式</translation>
    </message>
    <message>
        <source>the rule has no FREQ</source>
        <translation>该规则没有 FREQ</translation>
    </message>
    <message>
        <source>FREQ={freq} is not a frequency</source>
        <translation>FREQ={freq} 不是频率</translation>
    </message>
    <message>
        <source>FREQ={freq}: a series that repeats more often than daily is not imported (write sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)</source>
        <translation>FREQ={freq}：不导入每天重复多于一次的系列（请将同日的各场会议写成带 BYHOUR 的 FREQ=DAILY，例如 BYHOUR=9,14）</translation>
    </message>
    <message>
        <source>COUNT={count} is more than the {most} expanded</source>
        <translation>COUNT={count} 超过可展开的 {most} 次</translation>
    </message>
    <message>
        <source>the rule gives {count} start times a day (at most {most})</source>
        <translation>该规则每天给出 {count} 个开始时间（最多 {most} 个）</translation>
    </message>
    <message>
        <source>{key}={value} must be a whole number of 1 or more</source>
        <translation>{key}={value} 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>not a valid rule: {problem}</source>
        <translation>规则无效：{problem}</translation>
    </message>
    <message>
        <source>not a valid rule</source>
        <translation>规则无效</translation>
    </message>
    <message>
        <source>{rule} has no occurrence for more than 400 years: it never occurs</source>
        <translation>{rule} 在 400 多年内没有任何一次重复：它永远不会发生</translation>
    </message>
    <message>
        <source>{count} dates: more than the {most} per series</source>
        <translation>{count} 个日期：超过每个系列 {most} 个的上限</translation>
    </message>
    <message>
        <source>the series UID {uid} ({title}) has no occurrence between {start} and {end}, the import window: nothing was imported from it</source>
        <translation>UID 为 {uid} 的系列（{title}）在导入期间 {start} 至 {end} 内没有任何一次重复：未从中导入任何内容</translation>
    </message>
    <message>
        <source>the series has more than {most} occurrences between {start} and {end}, the most the planner imports from one series</source>
        <translation>该系列在 {start} 至 {end} 之间的重复超过 {most} 次，即本规划程序从一个系列导入的上限</translation>
    </message>
    <message>
        <source>cannot expand the series: a time zone in the file has a missing or malformed offset</source>
        <translation>无法展开该系列：文件中某个时区的偏移缺失或格式错误</translation>
    </message>
    <message>
        <source>cannot expand the series: its rule, dates or time zone are not valid iCalendar</source>
        <translation>无法展开该系列：其规则、日期或时区不是有效的 iCalendar</translation>
    </message>
    <message>
        <source>cannot expand the series: {problem}</source>
        <translation>无法展开该系列：{problem}</translation>
    </message>
    <message>
        <source>{value} is not an iCalendar date or date-time</source>
        <translation>{value} 不是 iCalendar 日期或日期时间</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>未知时区 {zone}</translation>
    </message>
    <message>
        <source>the date is too close to year 1 or year 9999 to work with</source>
        <translation>该日期太接近公元 1 年或 9999 年，无法处理</translation>
    </message>
    <message>
        <source>daylight time starts</source>
        <translation>夏令时开始</translation>
    </message>
    <message>
        <source>standard time returns</source>
        <translation>恢复标准时间</translation>
    </message>
    <message>
        <source>{zone} is not an IANA time zone name</source>
        <translation>{zone} 不是 IANA 时区名称</translation>
    </message>
    <message>
        <source>no time zone named {zone} in the time zone database</source>
        <translation>时区数据库中没有名为 {zone} 的时区</translation>
    </message>
    <message>
        <source>{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules change inside the range; one STANDARD and one DAYLIGHT rule can only alternate between two</source>
        <translation>{zone}：UTC 偏移在 {span} 内有 {count} 个取值（{offsets}），因此其规则在此期间有变化；一条 STANDARD 规则和一条 DAYLIGHT 规则只能在两个取值之间交替</translation>
    </message>
    <message>
        <source>{zone}: {year} has {starts} change(s) to daylight time and {ends} back to standard time; a yearly rule pair for {span} needs exactly one of each every year</source>
        <translation>{zone}：{year} 年有 {starts} 次转为夏令时、{ends} 次转回标准时间；{span} 的一对年度规则要求每年各恰好一次</translation>
    </message>
    <message>
        <source>{zone}: {what} on {onsets}{more} (local time); no single &apos;nth or last weekday of a month at one local time&apos; rule gives all of these dates</source>
        <translation>{zone}：{what}于 {onsets}{more}（当地时间）；没有任何一条“某月第 n 个或最后一个星期几、同一当地时间”的规则能给出所有这些日期</translation>
    </message>
</context>
</TS>
