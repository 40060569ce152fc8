<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Invitation circular sent</source>
        <translation>发出邀请通函</translation>
    </message>
    <message>
        <source>Registration form due</source>
        <translation>提交注册表截止</translation>
    </message>
    <message>
        <source>Contributions due for translation</source>
        <translation>需翻译的文稿截止</translation>
    </message>
    <message>
        <source>Last contributions due (published untranslated)</source>
        <translation>最后文稿截止（不经翻译发布）</translation>
    </message>
    <message>
        <source>Translated contributions published</source>
        <translation>发布已翻译的文稿</translation>
    </message>
    <message>
        <source>Secretariat documents published</source>
        <translation>发布秘书处文件</translation>
    </message>
    <message>
        <source>WTDC contributions due</source>
        <translation>WTDC文稿截止</translation>
    </message>
    <message>
        <source>All WTDC contributions published</source>
        <translation>发布全部WTDC文稿</translation>
    </message>
    <message>
        <source>WTDC secretariat documents published</source>
        <translation>发布WTDC秘书处文件</translation>
    </message>
    <message>
        <source>Proposed new ITU-D study Questions due</source>
        <translation>拟议的ITU-D新研究课题截止</translation>
    </message>
    <message>
        <source>List of proposed study Questions communicated</source>
        <translation>通报拟议研究课题清单</translation>
    </message>
    <message>
        <source>Interpretation requested</source>
        <translation>申请口译</translation>
    </message>
    <message>
        <source>Draft Recommendations available in all languages</source>
        <translation>提供所有语文的建议书草案</translation>
    </message>
    <message>
        <source>Circular on Recommendations for adoption received</source>
        <translation>收到关于待批准建议书的通函</translation>
    </message>
    <message>
        <source>Side event announced</source>
        <translation>公布会外活动</translation>
    </message>
    <message>
        <source>TDAG detailed report available</source>
        <translation>提供TDAG详细报告</translation>
    </message>
    <message>
        <source>Res. 101 report on IP-based networks distributed</source>
        <translation>分发关于基于IP网络的第101号决议报告</translation>
    </message>
    <message>
        <source>Decision 5 budget data to Council</source>
        <translation>按第5号决定向理事会提交预算数据</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (preferred date)</source>
        <translation>主席和副主席候选人（首选日期）</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (at the latest)</source>
        <translation>主席和副主席候选人（最迟日期）</translation>
    </message>
    <message>
        <source>EG-ITRs first draft of the final report</source>
        <translation>EG-ITRs最终报告初稿</translation>
    </message>
    <message>
        <source>Council secretariat documents with serious financial implications</source>
        <translation>具有重大财务影响的理事会秘书处文件</translation>
    </message>
    <message>
        <source>All Council secretariat documents</source>
        <translation>理事会秘书处全部文件</translation>
    </message>
    <message>
        <source>Member State contributions to Council</source>
        <translation>成员国向理事会提交的文稿</translation>
    </message>
    <message>
        <source>Documents for the Council&apos;s last meeting before the PP</source>
        <translation>全权代表大会前理事会最后一次会议的文件</translation>
    </message>
    <message>
        <source>Contributions to the Council&apos;s last meeting before the PP</source>
        <translation>向全权代表大会前理事会最后一次会议提交的文稿</translation>
    </message>
    <message>
        <source>ITU-D timetable of {year} meetings published</source>
        <translation>发布ITU-D {year}年会议时间表</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>开幕</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>opening of the next EG-ITRs meeting</source>
        <translation>EG-ITRs下次会议开幕</translation>
    </message>
    <message>
        <source>opening of the first ITU-D meeting of {year}</source>
        <translation>{year}年ITU-D首次会议开幕</translation>
    </message>
    <message>
        <source>{count} calendar day</source>
        <translation>{count}个日历日</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count}个日历日</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count}周</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count}周</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count}个月</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count}个月</translation>
    </message>
</context>
<context>
    <name>Observances</name>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>东正教圣诞节</translation>
    </message>
    <message>
        <source>Good Friday to Easter Monday</source>
        <translation>耶稣受难日至复活节星期一</translation>
    </message>
    <message>
        <source>Orthodox Good Friday to Easter Monday</source>
        <translation>东正教耶稣受难日至复活节星期一</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>斋月</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>开斋节</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>宰牲节</translation>
    </message>
    <message>
        <source>Passover (first two days)</source>
        <translation>逾越节（头两天）</translation>
    </message>
    <message>
        <source>Rosh Hashanah</source>
        <translation>犹太新年</translation>
    </message>
    <message>
        <source>Yom Kippur</source>
        <translation>赎罪日</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>农历新年</translation>
    </message>
    <message>
        <source>Diwali (India)</source>
        <translation>排灯节（印度）</translation>
    </message>
    <message>
        <source>Diwali (Singapore)</source>
        <translation>排灯节（新加坡）</translation>
    </message>
    <message>
        <source>Vesak (India)</source>
        <translation>卫塞节（印度）</translation>
    </message>
    <message>
        <source>Vesak (Singapore)</source>
        <translation>卫塞节（新加坡）</translation>
    </message>
    <message>
        <source>Gurpurab (Guru Nanak) (India)</source>
        <translation>古鲁那纳克诞辰（印度）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>tentative / proposed</source>
        <translation>暂定/拟议</translation>
    </message>
    <message>
        <source>dates not fixed</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>religious period</source>
        <translation>宗教节期</translation>
    </message>
    <message>
        <source>venue holiday</source>
        <translation>会址所在地假日</translation>
    </message>
    <message>
        <source>{span} ({days})</source>
        <translation>{span}（{days}）</translation>
    </message>
    <message>
        <source>{span}, dates not fixed</source>
        <translation>{span}，日期未定</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name}（估计）</translation>
    </message>
    <message>
        <source>Religious period: {name}</source>
        <translation>宗教节期：{name}</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>假日：{name}</translation>
    </message>
    <message>
        <source>{code} · {span}, dates not fixed</source>
        <translation>{code} · {span}，日期未定</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>另有{count}个</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>decided period (Res. 77)</source>
        <translation>已确定的时段（第77号决议）</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>此期间无会议。</translation>
    </message>
    <message>
        <source>Decided period of {code}: {span}</source>
        <translation>{code}的已确定时段：{span}</translation>
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
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Old dates</source>
        <translation>原日期</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>变动</translation>
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
        <source>Citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count}天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count}天</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count}周</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>推后{amount}</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>提前{amount}</translation>
    </message>
    <message>
        <source>{amount} longer</source>
        <translation>延长{amount}</translation>
    </message>
    <message>
        <source>{amount} shorter</source>
        <translation>缩短{amount}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>new times</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>新增的检查结果</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>消除的检查结果</translation>
    </message>
    <message>
        <source>No meeting was added, removed or moved, and no finding was gained or lost.</source>
        <translation>没有新增、删除或改期的会议，检查结果也没有增减。</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.</source>
        <translation>新增{added}个，删除{removed}个，改期{moved}个；检查结果：新增{gained}条，消除{lost}条。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ITU meetings: {layout}</source>
        <translation>国际电联会议：{layout}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>No deadline in this period.</source>
        <translation>此期间无截止日期。</translation>
    </message>
    <message>
        <source>{meeting} has no deadline: its dates are not fixed to the day.</source>
        <translation>{meeting}没有截止日期：其日期尚未确定到日。</translation>
    </message>
    <message>
        <source>No deadline of the ITU texts the planner follows falls to {meeting}.</source>
        <translation>规划工具所依据的国际电联案文中没有适用于{meeting}的截止日期。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>规则未发现需要报告的问题。</translation>
    </message>
    <message>
        <source>Compliance annex: what the ITU&apos;s scheduling rules say about these meetings</source>
        <translation>合规性附件：国际电联会议日程规则对这些会议的检查结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止事项</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>筛选：{filter}</translation>
    </message>
    <message>
        <source>Generated {date} by {app} {version}</source>
        <translation>{date}由{app} {version}生成</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>第{number}页，共{total}页</translation>
    </message>
    <message>
        <source>Dates / code / title</source>
        <translation>日期/代号/名称</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>{number}季度</translation>
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
        <source>Religious periods: {periods}</source>
        <translation>宗教节期：{periods}</translation>
    </message>
    <message>
        <source>Dates not fixed: {meetings}</source>
        <translation>日期未定：{meetings}</translation>
    </message>
</context>
</TS>
