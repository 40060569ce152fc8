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
        <translation>无结果</translation>
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
