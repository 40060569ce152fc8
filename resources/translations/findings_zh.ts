<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Geneva holiday</source>
        <translation>日内瓦公共假日</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{meeting} and {other} are {years} apart, not {wanted}</source>
        <translation>{meeting}与{other}相隔{years}，而不是{wanted}年</translation>
    </message>
    <message>
        <source>{meeting} and {other} are {years} apart (normally {low} to {high})</source>
        <translation>{meeting}与{other}相隔{years}（通常为{low}至{high}年）</translation>
    </message>
    <message>
        <source>{known}: some placements leave them more than {days} apart</source>
        <translation>{known}：某些可能的日期使二者相隔超过{days}</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>无线电通信全会</translation>
    </message>
    <message>
        <source>WRC</source>
        <translation>世界无线电通信大会</translation>
    </message>
    <message>
        <source>{meeting} in {city} and {other} in {other_city} are not in the same place</source>
        <translation>{meeting}在{city}举行，{other}在{other_city}举行，二者不在同一地点</translation>
    </message>
    <message>
        <source>{what}; at most {limit} allowed</source>
        <translation>{what}；最多允许{limit}天</translation>
    </message>
    <message>
        <source>{meeting} has no {kind} associated with it in place and time (at most {days} apart)</source>
        <translation>{meeting}没有在地点和时间上与之相关联的{kind}（相隔最多{days}）</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>未注明的地点</translation>
    </message>
    <message>
        <source> in {city}</source>
        <translation>（{city}）</translation>
    </message>
    <message>
        <source>{meeting} and {other}{where} are at least {days} apart wherever they are held in their periods</source>
        <translation>无论在各自时段内何时举行，{meeting}与{other}{where}至少相隔{days}</translation>
    </message>
    <message>
        <source>{code} closes {days} before {other_code} opens{where}</source>
        <translation>{code}在{other_code}开幕前{days}闭幕{where}</translation>
    </message>
    <message>
        <source>{code} opens {days} after {other_code} closes{where}</source>
        <translation>{code}在{other_code}闭幕后{days}开幕{where}</translation>
    </message>
    <message>
        <source>{n} cycle year</source>
        <translation>{n}个周期年</translation>
    </message>
    <message>
        <source>{n} cycle years</source>
        <translation>{n}个周期年</translation>
    </message>
    <message>
        <source>{count} WTDCs after {meeting}: {listed}</source>
        <translation>{meeting}之后有{count}届WTDC：{listed}</translation>
    </message>
    <message>
        <source>{known}: some placements put more than one WTDC after {code}</source>
        <translation>{known}：某些可能的日期使{code}之后有一届以上的WTDC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} WTDCs between {meeting} and {other} ({listed}); there shall be one</source>
        <translation>{meeting}与{other}之间有{count}届WTDC（{listed}）；应为一届</translation>
    </message>
    <message>
        <source>{known}: some placements leave more than one WTDC between {code} and {other_code}</source>
        <translation>{known}：某些可能的日期使{code}与{other_code}之间有一届以上的WTDC</translation>
    </message>
    <message>
        <source>{known}: some placements leave no WTDC between {code} and {other_code}</source>
        <translation>{known}：某些可能的日期使{code}与{other_code}之间没有WTDC</translation>
    </message>
    <message>
        <source>No ordinary Council session in {year}</source>
        <translation>{year}年没有理事会例会</translation>
    </message>
    <message>
        <source>{count} ordinary Council sessions in {year}: {listed}</source>
        <translation>{year}年有{count}届理事会例会：{listed}</translation>
    </message>
    <message>
        <source>{meeting} is in {city}, not at the seat of the Union ({seat})</source>
        <translation>{meeting}在{city}举行，而不在国际电联总部所在地（{seat}）</translation>
    </message>
    <message>
        <source>{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} days' tolerance)</source>
        <translation>{meeting}不在{year}年6-7月内（可接受：{accepted}，容差{tolerance}天）</translation>
    </message>
    <message>
        <source>No ordinary Council session scheduled for {year} (as of {day}, the next three after {base} should be)</source>
        <translation>{year}年未安排理事会例会（截至{day}，{base}年之后的三届例会均应已安排）</translation>
    </message>
    <message>
        <source>{meeting} meets during {other}{hours}</source>
        <translation>{meeting}在{other}期间举行{hours}</translation>
    </message>
    <message>
        <source>{hours} {place} time</source>
        <translation>{place}时间{hours}</translation>
    </message>
    <message>
        <source>: {hours}, {other_hours}</source>
        <translation>：{hours}，{other_hours}</translation>
    </message>
    <message>
        <source>{code} is known only as {period}</source>
        <translation>{code}仅知其时段为{period}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}，且{second}</translation>
    </message>
    <message>
        <source>{known}: {unsure}</source>
        <translation>{known}：{unsure}</translation>
    </message>
    <message>
        <source>some placements in it fall outside {window}</source>
        <translation>该时段内某些可能的日期落在{window}之外</translation>
    </message>
    <message>
        <source>{meeting} sits during {observances}</source>
        <translation>{meeting}的会期处于{observances}期间</translation>
    </message>
    <message>
        <source>{observance} ({dates}, estimated)</source>
        <translation>{observance}（{dates}，估计日期）</translation>
    </message>
    <message>
        <source>{observance} ({dates})</source>
        <translation>{observance}（{dates}）</translation>
    </message>
    <message>
        <source>{meeting} is not within October-December {year}</source>
        <translation>{meeting}不在{year}年10-12月内</translation>
    </message>
    <message>
        <source>October-December {year}</source>
        <translation>{year}年10-12月</translation>
    </message>
    <message>
        <source>{code} and {other_code} counting as one</source>
        <translation>{code}与{other_code}计为一届</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year} ({note}): {listed}</source>
        <translation>{year}年有{count}个大会或全会（{note}）：{listed}</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year}: {listed}</source>
        <translation>{year}年有{count}个大会或全会：{listed}</translation>
    </message>
    <message>
        <source>{meeting} is in the same year as {other}</source>
        <translation>{meeting}与{other}在同一年举行</translation>
    </message>
    <message>
        <source>{meeting} lasts {days} (limit {limit})</source>
        <translation>{meeting}会期为{days}（上限{limit}天）</translation>
    </message>
    <message>
        <source>{what} (at least {limit} days wanted)</source>
        <translation>{what}（至少应相隔{limit}天）</translation>
    </message>
    <message>
        <source>some placements leave less than {days} between {code} and {other_code}</source>
        <translation>某些可能的日期使{code}与{other_code}之间相隔不足{days}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}</source>
        <translation>{meeting}与{other}时间重叠</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other}</source>
        <translation>{meeting}在{other}之后{days}开幕</translation>
    </message>
    <message>
        <source>{meeting} and {other} overlap wherever they are held in their periods</source>
        <translation>无论在各自时段内何时举行，{meeting}与{other}时间均重叠</translation>
    </message>
    <message>
        <source>{meeting} and {other} are at most {days} apart wherever they are held in their periods</source>
        <translation>无论在各自时段内何时举行，{meeting}与{other}最多相隔{days}</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it by {source} ({period})</source>
        <translation>{meeting}不在{source}为其决定的时段内（{period}）</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it ({period})</source>
        <translation>{meeting}不在为其决定的时段内（{period}）</translation>
    </message>
    <message>
        <source>the period decided for it ({period})</source>
        <translation>为其决定的时段（{period}）</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}</source>
        <translation>{meeting}与{other}时间冲突{hours}</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}; forums and similar events are scheduled around conferences, assemblies and Council sessions</source>
        <translation>{meeting}与{other}时间冲突{hours}；论坛及类似活动应围绕大会、全会和理事会会议安排</translation>
    </message>
    <message>
        <source>{meeting} and {other} are both booked in {room} ({venue}){hours}</source>
        <translation>{meeting}与{other}同时预订了{room}（{venue}）{hours}</translation>
    </message>
    <message>
        <source>{meeting} should yield {room} at {venue} to {other}, which has scheduling priority at headquarters{hours}</source>
        <translation>{meeting}应将{venue}的{room}让给{other}，后者在总部享有日程安排优先权{hours}</translation>
    </message>
    <message>
        <source>{chair} chairs both {meeting} and {other}{hours}</source>
        <translation>{chair}同时主持{meeting}和{other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} expects {participants} participants; {room} ({venue}) seats {seats}</source>
        <translation>{meeting}预计有{participants}名与会者；{room}（{venue}）可容纳{seats}人</translation>
    </message>
    <message>
        <source>{meeting} sits on a public holiday in {place}: {listed}</source>
        <translation>{meeting}的会期包含{place}的公共假日：{listed}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n}天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n}天</translation>
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
        <source>information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>已豁免：{reason}</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>{group} has {count} meeting(s) in {year}, study period {first}-{last} after {code} (at least {wanted} a year)</source>
        <translation>{group}在{year}年举行了{count}次会议，研究期{first}-{last}年（{code}之后）（每年至少{wanted}次）</translation>
    </message>
    <message>
        <source>{meeting} is {group}'s only meeting in {year} and opens before July (the second half of the year is preferred)</source>
        <translation>{meeting}是{group}在{year}年唯一的会议，且在7月之前开幕（宜在下半年举行）</translation>
    </message>
    <message>
        <source>{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}</source>
        <translation>{meeting}与{other}均为{group}的报告人组，会议同时进行{hours}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}; more than {wanted} apart wanted</source>
        <translation>{meeting}与{other}时间重叠；应相隔超过{wanted}</translation>
    </message>
    <message>
        <source>{meeting} is {days} from {other}; more than {wanted} apart wanted</source>
        <translation>{meeting}与{other}相隔{days}；应相隔超过{wanted}</translation>
    </message>
    <message>
        <source>No regional preparatory meeting before {meeting} for {regions}</source>
        <translation>{meeting}之前{regions}没有区域性筹备会议</translation>
    </message>
    <message>
        <source>{meeting}, the last TDAG before {other}, should open between {dates} ({low} to {high} months before)</source>
        <translation>{meeting}是{other}之前的最后一次TDAG会议，应在{dates}之间开幕（提前{low}至{high}个月）</translation>
    </message>
    <message>
        <source>{meeting} does not end before {other}</source>
        <translation>{meeting}未在{other}之前结束</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}{hours}</source>
        <translation>{meeting}与{other}时间重叠{hours}</translation>
    </message>
    <message>
        <source>No {group} meeting in {year}, between {meeting} and {other}; {group} meets at least once a year</source>
        <translation>{year}年在{meeting}与{other}之间没有{group}会议；{group}每年至少举行一次会议</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other} closes; the advisory groups of the three Sectors preferably meet one after another (within {limit})</source>
        <translation>{meeting}在{other}闭幕{days}后开幕；三个部门的顾问组宜相继举行会议（间隔不超过{limit}）</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>两次</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>{n}次</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}次</translation>
    </message>
    <message>
        <source>between {code} and {other_code}</source>
        <translation>{code}与{other_code}之间</translation>
    </message>
    <message>
        <source>after {code}</source>
        <translation>{code}之后</translation>
    </message>
    <message>
        <source>{group} meets {times} in {year}: {listed} (at least {wanted} a year {period})</source>
        <translation>{group}在{year}年举行{times}会议：{listed}（{period}每年至少{wanted}）</translation>
    </message>
    <message>
        <source>{group} has no meeting in {year} (at least {wanted} a year {period})</source>
        <translation>{group}在{year}年没有会议（{period}每年至少{wanted}）</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}是{group}在{other}之前的最后一次会议，在其开幕前{days}闭幕；该会议应不迟于{day}闭幕（提前{limit}），以便其报告及时送达各主管部门</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, does not close before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}是{group}在{other}之前的最后一次会议，未在其开幕前闭幕；该会议应不迟于{day}闭幕（提前{limit}），以便其报告及时送达各主管部门</translation>
    </message>
    <message>
        <source>some placements leave less than {days} from the close of {code} to the opening of {other_code}</source>
        <translation>某些可能的日期使{code}闭幕至{other_code}开幕之间不足{days}</translation>
    </message>
    <message>
        <source>{meeting} meets in {city}; ITU-D study groups and their groups normally meet at ITU headquarters in {seat}</source>
        <translation>{meeting}在{city}举行；ITU-D研究组及其下属组通常在位于{seat}的国际电联总部举行会议</translation>
    </message>
    <message>
        <source>{meeting} in {city} is cancelled: propose it in {seat} on the dates first planned ({dates})</source>
        <translation>{city}的{meeting}已取消：建议按原定日期（{dates}）在{seat}举行</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n}个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n}个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n}个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n}个警告</translation>
    </message>
    <message>
        <source>{n} information</source>
        <translation>{n}条信息</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>无调查结果</translation>
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
        <translation>按所有可能的开始日期（{starts}个）排序：{checked}个经所有规则全面检查，其余仅由有关日期和会议室的规则排除。</translation>
    </message>
    <message>
        <source>Ranked from {checked} of {count} starts checked in full by every rule; the others by the rules about dates and rooms alone, so a better date may exist.</source>
        <translation>按{count}个开始日期中经所有规则全面检查的{checked}个排序；其余仅由有关日期和会议室的规则检查，因此可能存在更好的日期。</translation>
    </message>
    <message>
        <source>No {days}-day dates within {period} are free of warnings for {code}.</source>
        <translation>在{period}内，没有对{code}而言无警告的{days}天日期。</translation>
    </message>
    <message>
        <source>What closes them:</source>
        <translation>排除原因：</translation>
    </message>
    <message>
        <source>• {cause} closes {days} ({rule}; {severity})</source>
        <translation>• {cause}排除了{days}（{rule}；{severity}）</translation>
    </message>
    <message>
        <source>• {message} ({rule}; {severity})</source>
        <translation>• {message}（{rule}；{severity}）</translation>
    </message>
    <message>
        <source>Not one day of the period is free.</source>
        <translation>该时段内没有一天是空闲的。</translation>
    </message>
    <message>
        <source>The longest free stretch is {dates} ({days}); {code} needs {needed}.</source>
        <translation>最长的空闲时段为{dates}（{days}）；{code}需要{needed}天。</translation>
    </message>
    <message>
        <source>Try a longer or another period, fewer days, or another venue.</source>
        <translation>请尝试更长或其他时段、更少天数或其他地点。</translation>
    </message>
    <message>
        <source>Open: {links}</source>
        <translation>打开：{links}</translation>
    </message>
    <message>
        <source> (default {value})</source>
        <translation>（默认值 {value}）</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>已豁免：{reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>{n} error(s)</source>
        <translation>{n}个错误</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>{n}个警告</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n}条参考信息</translation>
    </message>
    <message>
        <source>{n} waived</source>
        <translation>{n}条已豁免</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>parameters: {list}</source>
        <translation>参数：{list}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>years from one PP to the next</source>
        <translation>两届全权代表大会之间的年数</translation>
    </message>
    <message>
        <source>fewest years from one WRC to the next</source>
        <translation>两届世界无线电通信大会之间的最少年数</translation>
    </message>
    <message>
        <source>most years from one WRC to the next</source>
        <translation>两届世界无线电通信大会之间的最多年数</translation>
    </message>
    <message>
        <source>check RAs as a series of their own too</source>
        <translation>也将无线电通信全会作为单独系列检查</translation>
    </message>
    <message>
        <source>days an RA may close before its WRC opens</source>
        <translation>无线电通信全会可在其世界无线电通信大会开幕前结束的天数</translation>
    </message>
    <message>
        <source>years from one WTSA to the next</source>
        <translation>两届世界电信标准化全会之间的年数</translation>
    </message>
    <message>
        <source>count a postponed WTSA in its nominal year</source>
        <translation>将推迟的世界电信标准化全会计入其名义年份</translation>
    </message>
    <message>
        <source>the seat of the Union</source>
        <translation>国际电联总部所在地</translation>
    </message>
    <message>
        <source>[first, last] years to check (null: first to last year with a Council meeting)</source>
        <translation>要检查的[首年, 末年]（null：从有理事会会议的第一年到最后一年）</translation>
    </message>
    <message>
        <source>days either side of June-July accepted</source>
        <translation>6-7月前后可接受的天数</translation>
    </message>
    <message>
        <source>sessions ahead to be scheduled</source>
        <translation>须提前安排的届数</translation>
    </message>
    <message>
        <source>the date to count from (null: today)</source>
        <translation>起算日期（null：今天）</translation>
    </message>
    <message>
        <source>the conferences and assemblies</source>
        <translation>大会和全会</translation>
    </message>
    <message>
        <source>the Sector advisory groups</source>
        <translation>各部门顾问组</translation>
    </message>
    <message>
        <source>check expert-group meetings too</source>
        <translation>也检查专家组会议</translation>
    </message>
    <message>
        <source>advisory kinds</source>
        <translation>顾问组类型</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>参照日期</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>conference kinds</source>
        <translation>大会类型</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>核心活动类型</translation>
    </message>
    <message>
        <source>external kinds</source>
        <translation>外部活动类型</translation>
    </message>
    <message>
        <source>high kinds</source>
        <translation>优先类型</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>展望届数</translation>
    </message>
    <message>
        <source>hq cities</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <source>hq venues</source>
        <translation>总部场地</translation>
    </message>
    <message>
        <source>include eve</source>
        <translation>包括前夕</translation>
    </message>
    <message>
        <source>include expert groups</source>
        <translation>包括专家组</translation>
    </message>
    <message>
        <source>include ra</source>
        <translation>包括无线电通信全会</translation>
    </message>
    <message>
        <source>include rapporteur groups</source>
        <translation>包括报告人组</translation>
    </message>
    <message>
        <source>interval years</source>
        <translation>间隔年数</translation>
    </message>
    <message>
        <source>islamic uncertainty days</source>
        <translation>伊斯兰教日期不确定天数</translation>
    </message>
    <message>
        <source>itu d kinds</source>
        <translation>ITU-D类型</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>low kinds</source>
        <translation>低优先类型</translation>
    </message>
    <message>
        <source>major min participants</source>
        <translation>重大活动最少与会人数</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>match by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>max days</source>
        <translation>最长天数</translation>
    </message>
    <message>
        <source>max gap days</source>
        <translation>最大间隔天数</translation>
    </message>
    <message>
        <source>max months</source>
        <translation>最多月数</translation>
    </message>
    <message>
        <source>max years</source>
        <translation>最多年数</translation>
    </message>
    <message>
        <source>min days</source>
        <translation>最少天数</translation>
    </message>
    <message>
        <source>min gap days</source>
        <translation>最小间隔天数</translation>
    </message>
    <message>
        <source>min months</source>
        <translation>最少月数</translation>
    </message>
    <message>
        <source>min per year</source>
        <translation>每年最少次数</translation>
    </message>
    <message>
        <source>min years</source>
        <translation>最少年数</translation>
    </message>
    <message>
        <source>observances</source>
        <translation>宗教节期</translation>
    </message>
    <message>
        <source>only major</source>
        <translation>仅限重大活动</translation>
    </message>
    <message>
        <source>pair counts as one</source>
        <translation>成对计为一届</translation>
    </message>
    <message>
        <source>prefer second half</source>
        <translation>首选下半年</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>seat city</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <source>sitting days only</source>
        <translation>仅限会期日</translation>
    </message>
    <message>
        <source>subdivisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>tdag body</source>
        <translation>TDAG机构</translation>
    </message>
    <message>
        <source>tolerance days</source>
        <translation>容差天数</translation>
    </message>
    <message>
        <source>use nominal year</source>
        <translation>使用名义年份</translation>
    </message>
    <message>
        <source>use times</source>
        <translation>使用时刻</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>{doc} ({kind})</source>
        <translation>{doc}（{kind}）</translation>
    </message>
    <message>
        <source>{where}: a value is needed</source>
        <translation>{where}：需要一个值</translation>
    </message>
    <message>
        <source>{where}: {wanted}, not {value}</source>
        <translation>{where}：应为{wanted}，而不是{value}</translation>
    </message>
    <message>
        <source>{where}: true or false</source>
        <translation>{where}：true或false</translation>
    </message>
    <message>
        <source>{where}: a non-empty text</source>
        <translation>{where}：非空文本</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices}之一</translation>
    </message>
    <message>
        <source>{where}: a list of texts, e.g. {example}</source>
        <translation>{where}：文本列表，例如{example}</translation>
    </message>
    <message>
        <source>{where}: unknown {names} (known: {known})</source>
        <translation>{where}：未知的{names}（已知：{known}）</translation>
    </message>
    <message>
        <source>{where}: a mapping like {example}</source>
        <translation>{where}：形如{example}的映射</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}：{value}不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{where}: give [first year, last year], e.g. [2022, 2030]</source>
        <translation>{where}：请给出[首年, 末年]，例如[2022, 2030]</translation>
    </message>
    <message>
        <source>{kind} or null</source>
        <translation>{kind}或null</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}至{high}之间的整数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low}至{high}之间的数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true或false</translation>
    </message>
    <message>
        <source>a text ({choices})</source>
        <translation>文本（{choices}）</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list of texts from a fixed set</source>
        <translation>取自固定集合的文本列表</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a mapping of countries to cities and regions</source>
        <translation>国家与城市和地区的映射</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>[first year, last year]</source>
        <translation>[首年, 末年]</translation>
    </message>
    <message>
        <source>the kinds checked in every Sector</source>
        <translation>在所有部门检查的类型</translation>
    </message>
    <message>
        <source>the ITU-D kinds checked</source>
        <translation>检查的ITU-D类型</translation>
    </message>
    <message>
        <source>the body of TDAG's advisory-group meetings</source>
        <translation>TDAG顾问组会议的机构</translation>
    </message>
    <message>
        <source>the religious periods avoided</source>
        <translation>须避开的宗教节期</translation>
    </message>
    <message>
        <source>ignore weekend days of a weekday meeting</source>
        <translation>工作日会议不计周末</translation>
    </message>
    <message>
        <source>Jewish and Islamic days begin the evening before</source>
        <translation>犹太教和伊斯兰教的日子从前一天晚上开始</translation>
    </message>
    <message>
        <source>days by which Islamic dates may differ by country</source>
        <translation>伊斯兰教日期因国家可能相差的天数</translation>
    </message>
    <message>
        <source>the kinds held to the last quarter</source>
        <translation>须在第四季度举行的类型</translation>
    </message>
    <message>
        <source>the kinds counted</source>
        <translation>计入的类型</translation>
    </message>
    <message>
        <source>an associated RA and WRC count as one</source>
        <translation>相关联的无线电通信全会和世界无线电通信大会计为一届</translation>
    </message>
    <message>
        <source>the kinds noted in a PP year</source>
        <translation>在全权代表大会年份列出的类型</translation>
    </message>
    <message>
        <source>longest PP, first and last day included</source>
        <translation>全权代表大会最长会期，含首尾两天</translation>
    </message>
    <message>
        <source>the kinds kept apart</source>
        <translation>须相互隔开的类型</translation>
    </message>
    <message>
        <source>days from one close to the next opening</source>
        <translation>从一次闭幕到下一次开幕的天数</translation>
    </message>
    <message>
        <source>the ITU meetings checked</source>
        <translation>检查的国际电联会议</translation>
    </message>
    <message>
        <source>the kinds that are outside events</source>
        <translation>属于外部活动的类型</translation>
    </message>
    <message>
        <source>count only outside events of major_min_participants</source>
        <translation>仅计入至少有major_min_participants名与会者的外部活动</translation>
    </message>
    <message>
        <source>participants that make an outside event major</source>
        <translation>使外部活动成为重大活动的与会人数</translation>
    </message>
    <message>
        <source>the kinds that are forums, symposia or exhibitions</source>
        <translation>属于论坛、专题研讨会或展览的类型</translation>
    </message>
    <message>
        <source>the conferences, assemblies and Council sessions</source>
        <translation>大会、全会和理事会会议</translation>
    </message>
    <message>
        <source>venues that are ITU headquarters</source>
        <translation>属于国际电联总部的场地</translation>
    </message>
    <message>
        <source>the kinds with priority</source>
        <translation>享有优先的类型</translation>
    </message>
    <message>
        <source>the kinds that yield</source>
        <translation>须让位的类型</translation>
    </message>
    <message>
        <source>how chairs are matched (by name until people have ids)</source>
        <translation>主席的匹配方式（在人员有标识之前按姓名）</translation>
    </message>
    <message>
        <source>share of seats by which a room may be overfilled</source>
        <translation>会议室可超员的座位比例</translation>
    </message>
    <message>
        <source>the region of a city, by country, where holidays differ by region</source>
        <translation>按国家列出城市所属地区（假日因地区而异时）</translation>
    </message>
    <message>
        <source>meetings of a group in a year</source>
        <translation>一个小组一年内的会议次数</translation>
    </message>
    <message>
        <source>note a year's only meeting before July</source>
        <translation>列出一年中唯一一次在7月之前的会议</translation>
    </message>
    <message>
        <source>compare times of day when both meetings have them</source>
        <translation>两次会议均有时间时比较时刻</translation>
    </message>
    <message>
        <source>days between TDAG and a study group</source>
        <translation>TDAG与研究组之间的天数</translation>
    </message>
    <message>
        <source>check rapporteur groups too</source>
        <translation>也检查报告人组</translation>
    </message>
    <message>
        <source>fewest months from the last TDAG to WTDC</source>
        <translation>最后一次TDAG会议至世界电信发展大会的最少月数</translation>
    </message>
    <message>
        <source>most months from the last TDAG to WTDC</source>
        <translation>最后一次TDAG会议至世界电信发展大会的最多月数</translation>
    </message>
    <message>
        <source>the regions expected to hold an RPM</source>
        <translation>应举行区域性筹备会议的区域</translation>
    </message>
    <message>
        <source>the body whose meetings are counted</source>
        <translation>计入其会议的机构</translation>
    </message>
    <message>
        <source>days from one advisory group's close to the next one's opening</source>
        <translation>从一个顾问组闭幕到下一个开幕的天数</translation>
    </message>
    <message>
        <source>the advisory groups of the three Sectors</source>
        <translation>三个部门的顾问组</translation>
    </message>
    <message>
        <source>days from a study group's last close to the WTDC's opening</source>
        <translation>从研究组最后一次闭幕到世界电信发展大会开幕的天数</translation>
    </message>
    <message>
        <source>the ITU-D groups expected at headquarters</source>
        <translation>应在总部开会的ITU-D小组</translation>
    </message>
    <message>
        <source>the names of the headquarters city</source>
        <translation>总部城市的名称</translation>
    </message>
    <message>
        <source>the ITU-D groups whose cancelled invitations are noted</source>
        <translation>列出其已取消邀请的ITU-D小组</translation>
    </message>
</context>
<context>
    <name>Rationales</name>
    <message>
        <source>Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared, so a PP known only by its year counts; a skipped PP gives one finding for the long gap.</source>
        <translation>两届相继的全权代表大会须间隔四年。只比较年份，因此仅知年份的全权代表大会也计入；缺少一届全权代表大会时，对过长的间隔只给出一条结果。</translation>
    </message>
    <message>
        <source>WRCs (and, if asked, RAs as a series of their own) &quot;normally&quot; every three to four years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a normally clause and silenced by a waiver.</source>
        <translation>世界无线电通信大会（如有要求，无线电通信全会也作为单独系列）“normally”每三至四年举行一次，按年份比较。从WRC-07到WRC-12按年份数字计为五年：给出警告，这对“normally”条款而言是可接受的，可通过豁免消除。</translation>
    </message>
    <message>
        <source>Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).</source>
        <translation>每届世界无线电通信大会都需要一届在同一城市举行的无线电通信全会，与其重叠、紧邻，或至多在其开幕前max_gap_days天结束；每届无线电通信全会也需要这样一届世界无线电通信大会（RA-23于2023年11月17日星期五结束，WRC-23于11月20日星期一开幕：间隔三天）。</translation>
    </message>
    <message>
        <source>Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set (WTSA-20 met in March 2022, postponed by the pandemic), else the start year.</source>
        <translation>两届相继的世界电信标准化全会按周期年份间隔四年：已设定名义年份时采用名义年份（WTSA-20因疫情推迟，于2022年3月举行），否则采用开幕年份。</translation>
    </message>
    <message>
        <source>Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only more than one is reported. A WTDC known only by its year counts where its year settles it.</source>
        <translation>两届相继的全权代表大会之间须按日期恰好举行一届世界电信发展大会（WTDC-22于2022年6月举行，早于9月的PP-22：属于PP-18至PP-22的间隔）。最后一届全权代表大会之后，仅报告多于一届的情况。仅知年份的世界电信发展大会在其年份足以判定时计入。</translation>
    </message>
    <message>
        <source>Each year from the first to the last with any Council meeting (or the years set in the policy) has exactly one ordinary session (council; additional sessions and the short meetings before a PP are council-extra and never count), held in seat_city.</source>
        <translation>从有任何理事会会议的第一年到最后一年（或政策中设定的年份），每年恰好举行一届例会（council；增开会议和全权代表大会之前的短会属于council-extra，从不计入），地点为seat_city。</translation>
    </message>
    <message>
        <source>An ordinary session opens no earlier than 1 June and closes no later than 31 July, each widened by tolerance_days (&quot;around&quot;): with the default 14, from 18 May to 14 August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. Additional sessions and the meetings before a PP are other kinds and are not checked.</source>
        <translation>例会不早于6月1日开幕、不晚于7月31日闭幕，两端各放宽tolerance_days天（“around”）：默认值为14时，即5月18日至8月14日。2022年理事会（3月）和2026年理事会（4月28日至5月8日）不在此范围内。增开会议和全权代表大会之前的会议属于其他类型，不予检查。</translation>
    </message>
    <message>
        <source>Counting from the year of the latest ordinary session ended on or before the as-of date (scheduler-app check --as-of, else the policy's as_of, else today), each of the next horizon years needs an ordinary session on the calendar; a month or a year is enough. The June-July test is R77-COUNCIL-JUNE-JULY's.</source>
        <translation>从截至参照日期（scheduler-app check --as-of，否则为政策中的as_of，否则为今天）已结束的最近一届例会的年份起算，此后horizon个年份中的每一年都须在日程中有一届例会；有月份或年份即可。6-7月的检查由R77-COUNCIL-JUNE-JULY负责。</translation>
    </message>
    <message>
        <source>A Council working group (or Council expert group such as EG-ITRs, which are cwg) sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual CWG still counts; month-only meetings are skipped. With include_expert_groups, expert-group meetings are checked too.</source>
        <translation>理事会工作组（或理事会专家组，如EG-ITRs，属于cwg类型）与大会、全会或部门顾问组（TDAG、TSAG、RAG）有一天或以上重合。与理事会同期举行是允许的：第11号决定要求如此。虚拟的理事会工作组会议同样计入；仅知月份的会议不予检查。启用include_expert_groups时，也检查专家组会议。</translation>
    </message>
    <message>
        <source>A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic dates, which vary by country by about a day. Add kinds such as rpm with the kinds parameter.</source>
        <translation>大会、全会或理事会会议，或ITU-D研究组、报告人组或TDAG会议，其会期日落在已启用的宗教节期内。会议在工作日也开会时，不计周末（sitting_days_only；仅在星期六开会的会议算作星期六开会）。启用include_eve时，犹太教和伊斯兰教节期从前一天晚上开始，即前一天也计入。islamic_uncertainty_days放宽伊斯兰教日期，这些日期因国家不同约相差一天。可通过kinds参数添加类型，例如rpm。</translation>
    </message>
    <message>
        <source>A conference or assembly opens on or after 1 October and closes by 31 December of its year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is checked, since its period already settles the question.</source>
        <translation>大会或全会在其年度的10月1日或之后开幕，并不迟于12月31日闭幕。PP-22于2022年9月26日开幕，提前了五天。疫情年份应通过豁免处理，而不是放宽规则。仅知年份的会议不予检查；已知月份或季度的会议予以检查，因为其时段已足以判定。</translation>
    </message>
    <message>
        <source>Conferences and assemblies are grouped by start year; an RA and a WRC associated in place and time count as one (the exception of recalling b)). More than one in a year: one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.</source>
        <translation>大会和全会按开幕年份分组；在地点和时间上相关联的无线电通信全会和世界无线电通信大会计为一届（忆及b)的例外情况）。一年内多于一届：给出一条列出这些会议的警告。2022年举行了WTSA-20、WTDC-22和PP-22。</translation>
    </message>
    <message>
        <source>For each Plenipotentiary Conference, every conference, assembly or forum starting in the same year is noted (information only: an annual forum shows up in every PP year, as intended).</source>
        <translation>对每届全权代表大会，列出同年开始的所有大会、全会或论坛（仅供参考：按设计，年度论坛会出现在每个全权代表大会年份中）。</translation>
    </message>
    <message>
        <source>Plenipotentiary conferences are limited to three weeks (21 days, first and last included) unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks later is 22 days.</source>
        <translation>全权代表大会会期以三周为限（21天，含首尾两天），除非确有紧迫需要，可通过豁免说明。从星期一到三周后的星期一为22天。</translation>
    </message>
    <message>
        <source>Between two conferences or assemblies (other than an associated RA and WRC) at least min_gap_days (eight weeks) pass from the close of one to the opening of the next; overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22 102 days.</source>
        <translation>两届大会或全会之间（相关联的无线电通信全会和世界无线电通信大会除外），从一届闭幕到下一届开幕至少相隔min_gap_days天（八周）；相互重叠的也予以报告。2022年，WTSA-20至WTDC-22相隔89天，WTDC-22至PP-22相隔102天。</translation>
    </message>
    <message>
        <source>A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a later Council decision, whose source is kept with the period) is held inside it. A quarter means its first to last day. Places are the Council's to set and are not checked.</source>
        <translation>上级机构已为其决定时段的会议（第77号决议做出决议5.2至5.6，或此后的理事会决定，其来源与时段一并保存）须在该时段内举行。季度指其第一天至最后一天。地点由理事会确定，不予检查。</translation>
    </message>
    <message>
        <source>A conference, assembly or Council session sharing a day with an outside ICT event, wherever each is held. With only_major, only outside events expecting at least major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on purpose: such a co-location is accepted with a waiver.</source>
        <translation>大会、全会或理事会会议与外部信息通信技术活动有一天或以上重合，无论各自在何处举行。启用only_major时，只计入预计至少有major_min_participants名与会者的外部活动。WTSA-24有意与2024年印度移动大会同时开幕：此类同期举办可通过豁免予以接受。</translation>
    </message>
    <message>
        <source>A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops) shares a day with a conference, an assembly or a Council session, wherever each is held: such events are scheduled around the core activities of the Union, not beside them. Times of day are compared when both have them. A meeting known only by a month or a year is left out, since whether it clashes depends on days not fixed yet.</source>
        <translation>论坛、专题研讨会或展览（日程中的forum类型；规划人员可加入讲习班）与大会、全会或理事会会议有一天或以上重合，无论各自在何处举行：此类活动应围绕国际电联的核心活动安排，而不是与之并行。两者均有时间时比较时刻。仅知月份或年份的会议不予考虑，因为是否冲突取决于尚未确定的日期。</translation>
    </message>
    <message>
        <source>Two in-person or hybrid meetings in the same room of the same venue (names compared ignoring case and spacing) at the same time: by time of day when both have times, else by day. A rapporteur group meeting &quot;in conjunction with&quot; its study group shares the room only at other times. Virtual meetings and meetings without a room are skipped.</source>
        <translation>两个线下或混合会议同时在同一场地的同一会议室举行（名称比较时忽略大小写和空格）：两者均有时间时按时刻比较，否则按日期比较。与其研究组“in conjunction with”举行的报告人组会议仅在其他时间共用会议室。虚拟会议和没有会议室的会议不予检查。</translation>
    </message>
    <message>
        <source>When a forum, workshop or other lower-priority meeting and a study group, advisory group, Council or CWG meeting want the same headquarters room at the same time, the lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of the text.</source>
        <translation>当论坛、讲习班或其他优先级较低的会议与研究组、顾问组、理事会或理事会工作组会议同时需要总部的同一会议室时，应调整优先级较低的会议（冲突本身由VENUE-ROOM-CLASH报告；本规则说明由谁让位）。若要严格解读案文，请从high_kinds中删除rapporteur-group。</translation>
    </message>
    <message>
        <source>The same chair on two meetings at the same time (by time of day when both have times). Chairs are matched by name without Mr/Ms, case and extra spaces; names written differently (&quot;Mr Roberto Mitsuake Hirayama&quot; and &quot;Mr Roberto Hirayama&quot;) are different people to the planner until people get ids of their own.</source>
        <translation>同一主席同时主持两个会议（两者均有时间时按时刻比较）。主席按姓名匹配，去掉Mr/Ms，忽略大小写和多余空格；写法不同的姓名（“Mr Roberto Mitsuake Hirayama”和“Mr Roberto Hirayama”）在人员拥有各自标识之前，对规划人员而言是不同的人。</translation>
    </message>
    <message>
        <source>A meeting expecting more participants than its room seats (times 1 + margin). Rooms of unknown capacity and meetings without an expected attendance are skipped.</source>
        <translation>预计与会者多于会议室座位数（乘以1 + margin）的会议。容量未知的会议室和没有预计与会人数的会议不予检查。</translation>
    </message>
    <message>
        <source>An in-person or hybrid meeting sitting on a public holiday of its host country (and region, such as the canton of Geneva with Jeûne genevois). Weekends are the host country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep closure days of their own.</source>
        <translation>线下或混合会议的会期日恰逢东道国（及其地区，如日内瓦州的Jeûne genevois）的公共假日。周末以东道国为准（卡塔尔为星期五和星期六）。仅供参考：国际电联和联合国日内瓦办事处有各自的闭馆日。</translation>
    </message>
    <message>
        <source>In each study period (from the calendar's WTDCs: the years after one WTDC up to and including the next one's), every ITU-D study group that meets at all in the period meets at least min_per_year times in each of its years (a meeting counts for its start year). A group with no meeting in a period is not reported: it may not exist then. With prefer_second_half, a year whose only meeting opens before 1 July is noted as information.</source>
        <translation>在每个研究期内（根据日程中的世界电信发展大会确定：从一届大会之后的年份到下一届大会的年份，含该年），在该研究期内有会议的每个ITU-D研究组，在其每一年至少举行min_per_year次会议（会议计入其开幕年份）。在某研究期内没有任何会议的研究组不予报告：其当时可能并不存在。启用prefer_second_half时，唯一一次会议在7月1日之前开幕的年份将作为参考信息列出。</translation>
    </message>
    <message>
        <source>Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at the same time: by time of day when both have times, else by day. Groups of different study groups may meet in parallel; sessions of one group never clash with each other.</source>
        <translation>隶属同一研究组（其上级研究组）的两个ITU-D报告人组同时开会：两次会议均有时间时按时刻比较，否则按日期比较。不同研究组的小组可以并行开会；同一小组的各次会议之间从不冲突。</translation>
    </message>
    <message>
        <source>A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either order, overlaps included. A study group ending on Thursday and TDAG opening on Friday (gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only TDAG meetings are skipped.</source>
        <translation>TDAG会议与ITU-D研究组会议相隔至多min_gap_days天，无论先后，重叠亦计。研究组星期四结束、TDAG星期五开幕（间隔1天）予以报告；星期五结束、TDAG星期一开幕（间隔3天）则不报告。仅知月份的TDAG会议不予检查。</translation>
    </message>
    <message>
        <source>For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) every regional preparatory meeting of the cycle ends before that TDAG (&quot;as soon as possible before the last meeting of TDAG&quot;); (3) no RPM overlaps another ITU-D meeting; (4) information when fewer than six regions held one (a region may decline). Cycles with no dated TDAG skip (1)-(2).</source>
        <translation>对每届世界电信发展大会（其周期从上一届大会闭幕至本届开幕）：(1)周期内最后一次TDAG会议在大会之前max_months至min_months个月之间开幕；(2)周期内每次区域性筹备会议均在该次TDAG会议之前结束（“as soon as possible before the last meeting of TDAG”）；(3)区域性筹备会议不与其他ITU-D会议重叠；(4)举办区域性筹备会议的区域少于六个时给出参考信息（区域可以不举办）。没有确定日期的TDAG会议的周期跳过(1)和(2)。</translation>
    </message>
    <message>
        <source>Every year from the first to the last TDAG meeting on the calendar has at least one TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the year it opens in, so a meeting known only by its month or its year still counts. Years before the first and after the last TDAG meeting on the calendar are not judged: they are not planned yet. A year without TDAG is one warning about that year.</source>
        <translation>从日程中第一次到最后一次TDAG会议的每一年，至少有一次TDAG会议（机构为TDAG的顾问组会议）。会议计入其开幕年份，因此仅知月份或年份的会议也计入。日程中第一次TDAG会议之前和最后一次之后的年份不予判定：这些年份尚未规划。没有TDAG会议的年份给出一条关于该年的警告。</translation>
    </message>
    <message>
        <source>In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and TDAG) meet, their meetings, in order of opening, follow one another: each opens within max_gap_days (7) of the close of the one before, so that delegates can attend them in one stay. Two meetings of the same group in a row are not compared. Information only: the text asks for this whenever possible. Meetings known only by a month or a year are left out, since their order is not known.</source>
        <translation>在三个部门的顾问组（RAG、TSAG和TDAG）中有两个或以上开会的年份，其会议按开幕顺序相继举行：每次会议在前一次闭幕后max_gap_days天（7天）内开幕，以便代表一次出行即可参加。同一小组的两次相邻会议不作比较。仅供参考：案文要求尽可能做到这一点。仅知月份或年份的会议不予考虑，因为其顺序未知。</translation>
    </message>
    <message>
        <source>Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year between two WTDCs: from the year after a WTDC to the year before the next one (after the last WTDC on the calendar, the years that follow it), and no later than the last year in which that group has a meeting on the calendar, since later years are not planned yet. A meeting counts for the year it opens in. A group with no meeting at all between two WTDCs is not reported (its Question may not exist then), nor is a meeting that names no group. One warning per group and year, naming that year's meetings.</source>
        <translation>每个ITU-D报告人组在两届世界电信发展大会之间的每一年至少举行min_per_year次（两次）会议：从一届大会之后的年份到下一届大会之前的年份（日程中最后一届大会之后，则为其后各年），且不晚于该组在日程中有会议的最后一年，因为此后的年份尚未规划。会议计入其开幕年份。两届大会之间没有任何会议的小组不予报告（其课题当时可能不存在），未指明小组的会议也不报告。每个小组每年给出一条警告，列出该年的会议。</translation>
    </message>
    <message>
        <source>The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 calendar days) before the WTDC opens, so that its approved reports and draft Recommendations can reach administrations in time: closing exactly 35 days before is enough, 34 is not. A planner may raise the number to allow for translation and dispatch. The meetings looked at are those opening after the previous WTDC opened and before this one opens. A meeting known only by a month or a quarter that could fall either side of the limit is noted as information; a WTDC known only by its year is not judged.</source>
        <translation>每个ITU-D研究组在世界电信发展大会之前的最后一次会议，须在大会开幕前至少min_days天（35个日历日）闭幕，以便其批准的报告和建议书草案能及时送达各主管部门：恰好提前35天闭幕即可，34天则不够。规划人员可提高该数字，为翻译和分发留出时间。所考察的会议为上一届大会开幕之后、本届大会开幕之前开幕的会议。仅知月份或季度、可能落在界限两侧的会议作为参考信息列出；仅知年份的世界电信发展大会不予判定。</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting in person or hybrid in a city other than Geneva is noted, as information: these groups normally meet at ITU headquarters, and a meeting elsewhere is usually an invitation a planner has accepted on purpose. Virtual meetings and meetings with no city yet are not noted.</source>
        <translation>ITU-D研究组、工作组或报告人组在日内瓦以外城市举行的线下或混合会议作为参考信息列出：这些小组通常在国际电联总部开会，在其他地方举行的会议通常是规划人员有意接受的邀请。虚拟会议和尚无城市的会议不予列出。</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting that was to be held elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is reminded to propose it in Geneva on the dates first planned. This is the one rule that reads cancelled meetings. Virtual meetings and meetings with no city are left out.</source>
        <translation>ITU-D研究组、工作组或报告人组原应应邀在日内瓦以外举行、现已取消的会议：提醒规划人员按原定日期提议在日内瓦举行。这是唯一读取已取消会议的规则。虚拟会议和没有城市的会议不予考虑。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A Plenipotentiary Conference every four years</source>
        <translation>每四年举行一次全权代表大会</translation>
    </message>
    <message>
        <source>A world radiocommunication conference every three to four years</source>
        <translation>每三至四年举行一次世界无线电通信大会</translation>
    </message>
    <message>
        <source>RA and WRC associated in place and time</source>
        <translation>无线电通信全会与世界无线电通信大会在地点和时间上相关联</translation>
    </message>
    <message>
        <source>A world telecommunication standardization assembly every four years</source>
        <translation>每四年举行一次世界电信标准化全会</translation>
    </message>
    <message>
        <source>Exactly one WTDC between two Plenipotentiary Conferences</source>
        <translation>两届全权代表大会之间只举行一届世界电信发展大会</translation>
    </message>
    <message>
        <source>One ordinary Council session a year, at the seat of the Union</source>
        <translation>每年在国际电联总部所在地举行一届理事会例会</translation>
    </message>
    <message>
        <source>The ordinary Council session within or around June-July</source>
        <translation>理事会例会在6-7月或前后举行</translation>
    </message>
    <message>
        <source>The next three ordinary Council sessions are on the calendar</source>
        <translation>理事会接下来三届例会已列入日程</translation>
    </message>
    <message>
        <source>No CWG meeting during a major conference or a Sector advisory group</source>
        <translation>重大大会或部门顾问组会议期间不举行理事会工作组会议</translation>
    </message>
    <message>
        <source>Avoid major religious periods</source>
        <translation>避开主要宗教节期</translation>
    </message>
    <message>
        <source>Conferences and assemblies in the last quarter of the year</source>
        <translation>大会和全会在每年第四季度举行</translation>
    </message>
    <message>
        <source>Not two conferences or assemblies in one year</source>
        <translation>同一年不举行两个大会或全会</translation>
    </message>
    <message>
        <source>Other conferences, assemblies and forums in a PP year</source>
        <translation>全权代表大会年份内的其他大会、全会和论坛</translation>
    </message>
    <message>
        <source>A Plenipotentiary Conference lasts at most three weeks</source>
        <translation>全权代表大会会期最长三周</translation>
    </message>
    <message>
        <source>Sufficient time between conferences</source>
        <translation>大会之间留有足够时间</translation>
    </message>
    <message>
        <source>Inside the period decided for the meeting</source>
        <translation>在为会议决定的时段内</translation>
    </message>
    <message>
        <source>No clash with other major ICT events</source>
        <translation>不与其他重大信息通信技术活动冲突</translation>
    </message>
    <message>
        <source>Forums yield to core activities</source>
        <translation>论坛让位于核心活动</translation>
    </message>
    <message>
        <source>One room, one meeting at a time</source>
        <translation>一个会议室同一时间只举行一个会议</translation>
    </message>
    <message>
        <source>Core groups first at headquarters</source>
        <translation>总部优先安排核心组会议</translation>
    </message>
    <message>
        <source>One chair, two meetings at once</source>
        <translation>同一主席同时主持两个会议</translation>
    </message>
    <message>
        <source>The room holds the expected participants</source>
        <translation>会议室可容纳预计与会人数</translation>
    </message>
    <message>
        <source>A sitting day that is a public holiday at the venue</source>
        <translation>会期日恰逢会议举办地的公共假日</translation>
    </message>
    <message>
        <source>Each ITU-D study group meets every year</source>
        <translation>ITU-D各研究组每年举行会议</translation>
    </message>
    <message>
        <source>One study group's rapporteur groups never in parallel</source>
        <translation>同一研究组的报告人组从不同时开会</translation>
    </message>
    <message>
        <source>TDAG not in conjunction with study group meetings</source>
        <translation>TDAG会议不与研究组会议同时举行</translation>
    </message>
    <message>
        <source>Regional preparatory meetings, then the last TDAG, then the WTDC</source>
        <translation>先举行区域性筹备会议，再举行最后一次TDAG会议，然后举行世界电信发展大会</translation>
    </message>
    <message>
        <source>TDAG meets every year</source>
        <translation>TDAG每年举行会议</translation>
    </message>
    <message>
        <source>The three Sectors' advisory groups one after another</source>
        <translation>三个部门的顾问组相继举行会议</translation>
    </message>
    <message>
        <source>Rapporteur groups meet twice a year</source>
        <translation>报告人组每年举行两次会议</translation>
    </message>
    <message>
        <source>Study groups meet early enough before a WTDC</source>
        <translation>研究组在世界电信发展大会之前尽早举行会议</translation>
    </message>
    <message>
        <source>ITU-D study groups and their groups at headquarters</source>
        <translation>ITU-D研究组及其下属组在总部举行会议</translation>
    </message>
    <message>
        <source>A cancelled invitation moves to Geneva</source>
        <translation>邀请取消后，会议改在日内瓦举行</translation>
    </message>
</context>
</TS>
