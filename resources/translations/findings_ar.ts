<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Geneva holiday</source>
        <translation>عطلة رسمية في جنيف</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{meeting} and {other} are {years} apart, not {wanted}</source>
        <translation>تفصل بين {meeting} و{other} مدة {years}، وليس {wanted}</translation>
    </message>
    <message>
        <source>{meeting} and {other} are {years} apart (normally {low} to {high})</source>
        <translation>تفصل بين {meeting} و{other} مدة {years} (من {low} إلى {high} عادةً)</translation>
    </message>
    <message>
        <source>{known}: some placements leave them more than {days} apart</source>
        <translation>{known}: بعض المواعيد الممكنة تجعل الفاصل بينهما أكثر من {days}</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>جمعية للاتصالات الراديوية</translation>
    </message>
    <message>
        <source>WRC</source>
        <translation>مؤتمر عالمي للاتصالات الراديوية</translation>
    </message>
    <message>
        <source>{meeting} in {city} and {other} in {other_city} are not in the same place</source>
        <translation>يُعقد {meeting} في {city} و{other} في {other_city}، فهما لا يُعقدان في المكان نفسه</translation>
    </message>
    <message>
        <source>{what}; at most {limit} allowed</source>
        <translation>{what}؛ والحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <source>{meeting} has no {kind} associated with it in place and time (at most {days} apart)</source>
        <translation>لا يرتبط بالاجتماع {meeting} أي {kind} من حيث المكان والزمان (بفاصل لا يتجاوز {days})</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>مكان غير محدد</translation>
    </message>
    <message>
        <source> in {city}</source>
        <translation> في {city}</translation>
    </message>
    <message>
        <source>{meeting} and {other}{where} are at least {days} apart wherever they are held in their periods</source>
        <translation>يفصل بين {meeting} و{other}{where} ما لا يقل عن {days} أينما عُقدا ضمن فترتيهما</translation>
    </message>
    <message>
        <source>{code} closes {days} before {other_code} opens{where}</source>
        <translation>يُختتم {code} قبل افتتاح {other_code}{where} بمدة {days}</translation>
    </message>
    <message>
        <source>{code} opens {days} after {other_code} closes{where}</source>
        <translation>يُفتتح {code} بعد اختتام {other_code}{where} بمدة {days}</translation>
    </message>
    <message>
        <source>{n} cycle year</source>
        <translation>zero:{n} سنة في الدورة|one:{n} سنة في الدورة|two:{n} سنتان في الدورة|few:{n} سنوات في الدورة|many:{n} سنة في الدورة|other:{n} سنة في الدورة</translation>
    </message>
    <message>
        <source>{n} cycle years</source>
        <translation>zero:{n} سنة في الدورة|one:{n} سنة في الدورة|two:{n} سنتان في الدورة|few:{n} سنوات في الدورة|many:{n} سنة في الدورة|other:{n} سنة في الدورة</translation>
    </message>
    <message>
        <source>{count} WTDCs after {meeting}: {listed}</source>
        <translation>عدد المؤتمرات العالمية لتنمية الاتصالات بعد {meeting}: {count} ({listed})</translation>
    </message>
    <message>
        <source>{known}: some placements put more than one WTDC after {code}</source>
        <translation>{known}: بعض المواعيد الممكنة تضع أكثر من مؤتمر عالمي لتنمية الاتصالات بعد {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{count} WTDCs between {meeting} and {other} ({listed}); there shall be one</source>
        <translation>عدد المؤتمرات العالمية لتنمية الاتصالات بين {meeting} و{other}: {count} ({listed})؛ ويجب أن يكون مؤتمراً واحداً</translation>
    </message>
    <message>
        <source>{known}: some placements leave more than one WTDC between {code} and {other_code}</source>
        <translation>{known}: بعض المواعيد الممكنة تترك أكثر من مؤتمر عالمي لتنمية الاتصالات بين {code} و{other_code}</translation>
    </message>
    <message>
        <source>{known}: some placements leave no WTDC between {code} and {other_code}</source>
        <translation>{known}: بعض المواعيد الممكنة لا تترك أي مؤتمر عالمي لتنمية الاتصالات بين {code} و{other_code}</translation>
    </message>
    <message>
        <source>No ordinary Council session in {year}</source>
        <translation>لا توجد دورة عادية للمجلس في {year}</translation>
    </message>
    <message>
        <source>{count} ordinary Council sessions in {year}: {listed}</source>
        <translation>عدد الدورات العادية للمجلس في {year}: {count} ({listed})</translation>
    </message>
    <message>
        <source>{meeting} is in {city}, not at the seat of the Union ({seat})</source>
        <translation>يُعقد {meeting} في {city}، وليس في مقر الاتحاد ({seat})</translation>
    </message>
    <message>
        <source>{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} days' tolerance)</source>
        <translation>يقع {meeting} خارج الفترة يونيو-يوليو {year} (المقبول: {accepted} مع هامش قدره {tolerance} يوماً)</translation>
    </message>
    <message>
        <source>No ordinary Council session scheduled for {year} (as of {day}, the next three after {base} should be)</source>
        <translation>لم تُقرَّر دورة عادية للمجلس في {year} (في {day}، ينبغي أن تكون الدورات الثلاث التالية لعام {base} مقررة)</translation>
    </message>
    <message>
        <source>{meeting} meets during {other}{hours}</source>
        <translation>يجتمع {meeting} أثناء {other}{hours}</translation>
    </message>
    <message>
        <source>{hours} {place} time</source>
        <translation>{hours} بتوقيت {place}</translation>
    </message>
    <message>
        <source>: {hours}, {other_hours}</source>
        <translation>: {hours}، {other_hours}</translation>
    </message>
    <message>
        <source>{code} is known only as {period}</source>
        <translation>لا يُعرف عن {code} سوى فترته {period}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}، و{second}</translation>
    </message>
    <message>
        <source>{known}: {unsure}</source>
        <translation>{known}: {unsure}</translation>
    </message>
    <message>
        <source>some placements in it fall outside {window}</source>
        <translation>بعض المواعيد الممكنة ضمنها تقع خارج {window}</translation>
    </message>
    <message>
        <source>{meeting} sits during {observances}</source>
        <translation>يُعقد {meeting} أثناء {observances}</translation>
    </message>
    <message>
        <source>{observance} ({dates}, estimated)</source>
        <translation>{observance} ({dates}، تاريخ تقديري)</translation>
    </message>
    <message>
        <source>{observance} ({dates})</source>
        <translation>{observance} ({dates})</translation>
    </message>
    <message>
        <source>{meeting} is not within October-December {year}</source>
        <translation>لا يقع {meeting} ضمن الفترة أكتوبر-ديسمبر {year}</translation>
    </message>
    <message>
        <source>October-December {year}</source>
        <translation>أكتوبر-ديسمبر {year}</translation>
    </message>
    <message>
        <source>{code} and {other_code} counting as one</source>
        <translation>{code} و{other_code} يُحتسبان مؤتمراً واحداً</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year} ({note}): {listed}</source>
        <translation>عدد المؤتمرات أو الجمعيات في {year}: {count} ({note}): {listed}</translation>
    </message>
    <message>
        <source>{count} conferences or assemblies in {year}: {listed}</source>
        <translation>عدد المؤتمرات أو الجمعيات في {year}: {count}: {listed}</translation>
    </message>
    <message>
        <source>{meeting} is in the same year as {other}</source>
        <translation>يُعقد {meeting} في السنة نفسها التي يُعقد فيها {other}</translation>
    </message>
    <message>
        <source>{meeting} lasts {days} (limit {limit})</source>
        <translation>تستغرق مدة {meeting} {days} (الحد {limit})</translation>
    </message>
    <message>
        <source>{what} (at least {limit} days wanted)</source>
        <translation>{what} (المطلوب {limit} يوماً على الأقل)</translation>
    </message>
    <message>
        <source>some placements leave less than {days} between {code} and {other_code}</source>
        <translation>بعض المواعيد الممكنة تترك أقل من {days} بين {code} و{other_code}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}</source>
        <translation>يتداخل {meeting} مع {other}</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other}</source>
        <translation>يُفتتح {meeting} بعد {other} بمدة {days}</translation>
    </message>
    <message>
        <source>{meeting} and {other} overlap wherever they are held in their periods</source>
        <translation>يتداخل {meeting} و{other} أينما عُقدا ضمن فترتيهما</translation>
    </message>
    <message>
        <source>{meeting} and {other} are at most {days} apart wherever they are held in their periods</source>
        <translation>لا يتجاوز الفاصل بين {meeting} و{other} مدة {days} أينما عُقدا ضمن فترتيهما</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it by {source} ({period})</source>
        <translation>يقع {meeting} خارج الفترة التي قررها له {source} ({period})</translation>
    </message>
    <message>
        <source>{meeting} is outside the period decided for it ({period})</source>
        <translation>يقع {meeting} خارج الفترة المقررة له ({period})</translation>
    </message>
    <message>
        <source>the period decided for it ({period})</source>
        <translation>الفترة المقررة له ({period})</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}</source>
        <translation>يتزامن {meeting} مع {other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} coincides with {other}{hours}; forums and similar events are scheduled around conferences, assemblies and Council sessions</source>
        <translation>يتزامن {meeting} مع {other}{hours}؛ وتُجدوَل المنتديات والأحداث المماثلة حول المؤتمرات والجمعيات ودورات المجلس</translation>
    </message>
    <message>
        <source>{meeting} and {other} are both booked in {room} ({venue}){hours}</source>
        <translation>حُجزت القاعة {room} ({venue}) لكل من {meeting} و{other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} should yield {room} at {venue} to {other}, which has scheduling priority at headquarters{hours}</source>
        <translation>ينبغي أن يتخلى {meeting} عن القاعة {room} في {venue} لصالح {other}، الذي له أولوية الجدولة في المقر{hours}</translation>
    </message>
    <message>
        <source>{chair} chairs both {meeting} and {other}{hours}</source>
        <translation>يرأس {chair} كلاً من {meeting} و{other}{hours}</translation>
    </message>
    <message>
        <source>{meeting} expects {participants} participants; {room} ({venue}) seats {seats}</source>
        <translation>يُتوقع أن يحضر {meeting} {participants} مشاركاً؛ وتتسع القاعة {room} ({venue}) لعدد {seats} مقعداً</translation>
    </message>
    <message>
        <source>{meeting} sits on a public holiday in {place}: {listed}</source>
        <translation>يُعقد {meeting} في يوم عطلة رسمية في {place}: {listed}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>zero:{n} يوم|one:{n} يوم|two:{n} يومان|few:{n} أيام|many:{n} يوماً|other:{n} يوم</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>zero:{n} يوم|one:{n} يوم|two:{n} يومان|few:{n} أيام|many:{n} يوماً|other:{n} يوم</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>information</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>مُعفى</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>مُعفى: {reason}</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>zero:{n} سنة|one:{n} سنة|two:{n} سنتان|few:{n} سنوات|many:{n} سنة|other:{n} سنة</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>zero:{n} سنة|one:{n} سنة|two:{n} سنتان|few:{n} سنوات|many:{n} سنة|other:{n} سنة</translation>
    </message>
    <message>
        <source>{group} has {count} meeting(s) in {year}, study period {first}-{last} after {code} (at least {wanted} a year)</source>
        <translation>عدد اجتماعات {group} في {year}: {count}، في فترة الدراسة {first}-{last} بعد {code} (ما لا يقل عن {wanted} في السنة)</translation>
    </message>
    <message>
        <source>{meeting} is {group}'s only meeting in {year} and opens before July (the second half of the year is preferred)</source>
        <translation>{meeting} هو الاجتماع الوحيد لـ {group} في {year} ويُفتتح قبل يوليو (يُفضَّل النصف الثاني من السنة)</translation>
    </message>
    <message>
        <source>{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}</source>
        <translation>{meeting} و{other} فريقا مقررين تابعان لـ {group} يجتمعان بالتوازي{hours}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}; more than {wanted} apart wanted</source>
        <translation>يتداخل {meeting} مع {other}؛ والمطلوب فاصل يزيد على {wanted}</translation>
    </message>
    <message>
        <source>{meeting} is {days} from {other}; more than {wanted} apart wanted</source>
        <translation>يفصل بين {meeting} و{other} مدة {days}؛ والمطلوب فاصل يزيد على {wanted}</translation>
    </message>
    <message>
        <source>No regional preparatory meeting before {meeting} for {regions}</source>
        <translation>لا يوجد اجتماع تحضيري إقليمي قبل {meeting} لـ {regions}</translation>
    </message>
    <message>
        <source>{meeting}, the last TDAG before {other}, should open between {dates} ({low} to {high} months before)</source>
        <translation>{meeting}، وهو آخر اجتماع للفريق الاستشاري لتنمية الاتصالات قبل {other}، ينبغي أن يُفتتح في الفترة {dates} (قبله بمدة من {low} إلى {high} أشهر)</translation>
    </message>
    <message>
        <source>{meeting} does not end before {other}</source>
        <translation>لا ينتهي {meeting} قبل {other}</translation>
    </message>
    <message>
        <source>{meeting} overlaps {other}{hours}</source>
        <translation>يتداخل {meeting} مع {other}{hours}</translation>
    </message>
    <message>
        <source>No {group} meeting in {year}, between {meeting} and {other}; {group} meets at least once a year</source>
        <translation>لا يوجد اجتماع لـ {group} في {year}، بين {meeting} و{other}؛ ويجتمع {group} مرة واحدة على الأقل في السنة</translation>
    </message>
    <message>
        <source>{meeting} opens {days} after {other} closes; the advisory groups of the three Sectors preferably meet one after another (within {limit})</source>
        <translation>يُفتتح {meeting} بعد اختتام {other} بمدة {days}؛ ويُفضَّل أن تجتمع الأفرقة الاستشارية للقطاعات الثلاثة الواحد تلو الآخر (في غضون {limit})</translation>
    </message>
    <message>
        <source>once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>مرتين</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>zero:{n} مرة|one:{n} مرة|two:{n} مرتان|few:{n} مرات|many:{n} مرة|other:{n} مرة</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>zero:{n} مرة|one:{n} مرة|two:{n} مرتان|few:{n} مرات|many:{n} مرة|other:{n} مرة</translation>
    </message>
    <message>
        <source>between {code} and {other_code}</source>
        <translation>بين {code} و{other_code}</translation>
    </message>
    <message>
        <source>after {code}</source>
        <translation>بعد {code}</translation>
    </message>
    <message>
        <source>{group} meets {times} in {year}: {listed} (at least {wanted} a year {period})</source>
        <translation>يجتمع {group} {times} في {year}: {listed} (ما لا يقل عن {wanted} في السنة {period})</translation>
    </message>
    <message>
        <source>{group} has no meeting in {year} (at least {wanted} a year {period})</source>
        <translation>لا يعقد {group} أي اجتماع في {year} (ما لا يقل عن {wanted} في السنة {period})</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}، وهو آخر اجتماع لـ {group} قبل {other}، يُختتم قبل افتتاحه بمدة {days}؛ وينبغي أن يُختتم في موعد أقصاه {day} (قبله بمدة {limit})، كي تصل تقاريره إلى الإدارات في الوقت المناسب</translation>
    </message>
    <message>
        <source>{meeting}, {group}'s last meeting before {other}, does not close before it opens; it should close by {day} ({limit} before), so that its reports reach administrations in time</source>
        <translation>{meeting}، وهو آخر اجتماع لـ {group} قبل {other}، لا يُختتم قبل افتتاحه؛ وينبغي أن يُختتم في موعد أقصاه {day} (قبله بمدة {limit})، كي تصل تقاريره إلى الإدارات في الوقت المناسب</translation>
    </message>
    <message>
        <source>some placements leave less than {days} from the close of {code} to the opening of {other_code}</source>
        <translation>بعض المواعيد الممكنة تترك أقل من {days} بين اختتام {code} وافتتاح {other_code}</translation>
    </message>
    <message>
        <source>{meeting} meets in {city}; ITU-D study groups and their groups normally meet at ITU headquarters in {seat}</source>
        <translation>يجتمع {meeting} في {city}؛ وتجتمع لجان الدراسات لقطاع تنمية الاتصالات وأفرقتها عادةً في مقر الاتحاد في {seat}</translation>
    </message>
    <message>
        <source>{meeting} in {city} is cancelled: propose it in {seat} on the dates first planned ({dates})</source>
        <translation>أُلغي {meeting} في {city}: اقترح عقده في {seat} في التواريخ المقررة أصلاً ({dates})</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>zero:{n} خطأ|one:{n} خطأ|two:{n} خطآن|few:{n} أخطاء|many:{n} خطأً|other:{n} خطأ</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>zero:{n} خطأ|one:{n} خطأ|two:{n} خطآن|few:{n} أخطاء|many:{n} خطأً|other:{n} خطأ</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>zero:{n} تحذير|one:{n} تحذير|two:{n} تحذيران|few:{n} تحذيرات|many:{n} تحذيراً|other:{n} تحذير</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>zero:{n} تحذير|one:{n} تحذير|two:{n} تحذيران|few:{n} تحذيرات|many:{n} تحذيراً|other:{n} تحذير</translation>
    </message>
    <message>
        <source>{n} information</source>
        <translation>zero:{n} ملاحظة|one:{n} ملاحظة|two:{n} ملاحظتان|few:{n} ملاحظات|many:{n} ملاحظة|other:{n} ملاحظة</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>لا توجد ملاحظات</translation>
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
        <translation>رُتّبت من بين جميع تواريخ البدء الممكنة ({starts}): {checked} منها فُحصت بالكامل وفق جميع القواعد، واستُبعد الباقي بالقواعد المتعلقة بالتواريخ والقاعات وحدها.</translation>
    </message>
    <message>
        <source>Ranked from {checked} of {count} starts checked in full by every rule; the others by the rules about dates and rooms alone, so a better date may exist.</source>
        <translation>رُتّبت من بين {checked} من أصل {count} من تواريخ البدء فُحصت بالكامل وفق جميع القواعد؛ وفُحص الباقي بالقواعد المتعلقة بالتواريخ والقاعات وحدها، لذا قد يوجد تاريخ أفضل.</translation>
    </message>
    <message>
        <source>No {days}-day dates within {period} are free of warnings for {code}.</source>
        <translation>لا توجد ضمن {period} تواريخ مدتها {days} أيام خالية من التحذيرات لـ {code}.</translation>
    </message>
    <message>
        <source>What closes them:</source>
        <translation>ما يستبعدها:</translation>
    </message>
    <message>
        <source>• {cause} closes {days} ({rule}; {severity})</source>
        <translation>• يستبعد {cause} {days} ({rule}؛ {severity})</translation>
    </message>
    <message>
        <source>• {message} ({rule}; {severity})</source>
        <translation>• {message} ({rule}؛ {severity})</translation>
    </message>
    <message>
        <source>Not one day of the period is free.</source>
        <translation>لا يوجد يوم واحد شاغر في الفترة.</translation>
    </message>
    <message>
        <source>The longest free stretch is {dates} ({days}); {code} needs {needed}.</source>
        <translation>أطول فترة شاغرة هي {dates} ({days})؛ ويحتاج {code} إلى {needed}.</translation>
    </message>
    <message>
        <source>Try a longer or another period, fewer days, or another venue.</source>
        <translation>جرّب فترة أطول أو فترة أخرى، أو عدداً أقل من الأيام، أو مكاناً آخر.</translation>
    </message>
    <message>
        <source>Open: {links}</source>
        <translation>فتح: {links}</translation>
    </message>
    <message>
        <source> (default {value})</source>
        <translation> (القيمة الافتراضية {value})</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>المعلمات:</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>أُعفي منها: {reason}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>{n} error(s)</source>
        <translation>zero:{n} خطأ|one:{n} خطأ|two:{n} خطآن|few:{n} أخطاء|many:{n} خطأً|other:{n} خطأ</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>zero:{n} تحذير|one:{n} تحذير|two:{n} تحذيران|few:{n} تحذيرات|many:{n} تحذيراً|other:{n} تحذير</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} للعلم</translation>
    </message>
    <message>
        <source>{n} waived</source>
        <translation>{n} مُعفى منها</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (معطّلة)</translation>
    </message>
    <message>
        <source>parameters: {list}</source>
        <translation>المعلمات: {list}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>years from one PP to the next</source>
        <translation>السنوات بين مؤتمر للمندوبين المفوضين والمؤتمر التالي</translation>
    </message>
    <message>
        <source>fewest years from one WRC to the next</source>
        <translation>أقل عدد من السنوات بين مؤتمر عالمي للاتصالات الراديوية والمؤتمر التالي</translation>
    </message>
    <message>
        <source>most years from one WRC to the next</source>
        <translation>أكبر عدد من السنوات بين مؤتمر عالمي للاتصالات الراديوية والمؤتمر التالي</translation>
    </message>
    <message>
        <source>check RAs as a series of their own too</source>
        <translation>فحص جمعيات الاتصالات الراديوية أيضاً كسلسلة مستقلة</translation>
    </message>
    <message>
        <source>days an RA may close before its WRC opens</source>
        <translation>الأيام التي يجوز أن تُختتم فيها الجمعية قبل افتتاح مؤتمرها</translation>
    </message>
    <message>
        <source>years from one WTSA to the next</source>
        <translation>السنوات بين جمعية عالمية لتقييس الاتصالات والجمعية التالية</translation>
    </message>
    <message>
        <source>count a postponed WTSA in its nominal year</source>
        <translation>احتساب الجمعية المؤجلة في سنتها الاسمية</translation>
    </message>
    <message>
        <source>the seat of the Union</source>
        <translation>مقر الاتحاد</translation>
    </message>
    <message>
        <source>[first, last] years to check (null: first to last year with a Council meeting)</source>
        <translation>[أول، آخر] السنوات المفحوصة (null: من أول سنة إلى آخر سنة فيها اجتماع للمجلس)</translation>
    </message>
    <message>
        <source>days either side of June-July accepted</source>
        <translation>الأيام المقبولة قبل يونيو-يوليو وبعدهما</translation>
    </message>
    <message>
        <source>sessions ahead to be scheduled</source>
        <translation>الدورات المقبلة الواجب جدولتها</translation>
    </message>
    <message>
        <source>the date to count from (null: today)</source>
        <translation>التاريخ المرجعي للعد (null: اليوم)</translation>
    </message>
    <message>
        <source>the conferences and assemblies</source>
        <translation>المؤتمرات والجمعيات</translation>
    </message>
    <message>
        <source>the Sector advisory groups</source>
        <translation>الأفرقة الاستشارية للقطاعات</translation>
    </message>
    <message>
        <source>check expert-group meetings too</source>
        <translation>فحص اجتماعات أفرقة الخبراء أيضاً</translation>
    </message>
    <message>
        <source>advisory kinds</source>
        <translation>أنواع الأفرقة الاستشارية</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>التاريخ المرجعي</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>الهيئات</translation>
    </message>
    <message>
        <source>body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>conference kinds</source>
        <translation>أنواع المؤتمرات</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>أنواع الأنشطة الأساسية</translation>
    </message>
    <message>
        <source>external kinds</source>
        <translation>الأنواع الخارجية</translation>
    </message>
    <message>
        <source>high kinds</source>
        <translation>الأنواع ذات الأولوية</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>الأفق</translation>
    </message>
    <message>
        <source>hq cities</source>
        <translation>مدن المقر</translation>
    </message>
    <message>
        <source>hq venues</source>
        <translation>أماكن المقر</translation>
    </message>
    <message>
        <source>include eve</source>
        <translation>تضمين العشية</translation>
    </message>
    <message>
        <source>include expert groups</source>
        <translation>تضمين أفرقة الخبراء</translation>
    </message>
    <message>
        <source>include ra</source>
        <translation>تضمين جمعيات الاتصالات الراديوية</translation>
    </message>
    <message>
        <source>include rapporteur groups</source>
        <translation>تضمين أفرقة المقررين</translation>
    </message>
    <message>
        <source>interval years</source>
        <translation>الفاصل (بالسنوات)</translation>
    </message>
    <message>
        <source>islamic uncertainty days</source>
        <translation>عدم يقين التواريخ الإسلامية (بالأيام)</translation>
    </message>
    <message>
        <source>itu d kinds</source>
        <translation>أنواع قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>low kinds</source>
        <translation>الأنواع الأدنى أولوية</translation>
    </message>
    <message>
        <source>major min participants</source>
        <translation>الحد الأدنى للمشاركين في حدث رئيسي</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <source>match by</source>
        <translation>المطابقة بحسب</translation>
    </message>
    <message>
        <source>max days</source>
        <translation>أقصى مدة (بالأيام)</translation>
    </message>
    <message>
        <source>max gap days</source>
        <translation>أقصى فاصل (بالأيام)</translation>
    </message>
    <message>
        <source>max months</source>
        <translation>أقصى عدد من الأشهر</translation>
    </message>
    <message>
        <source>max years</source>
        <translation>أقصى عدد من السنوات</translation>
    </message>
    <message>
        <source>min days</source>
        <translation>أدنى عدد من الأيام</translation>
    </message>
    <message>
        <source>min gap days</source>
        <translation>أدنى فاصل (بالأيام)</translation>
    </message>
    <message>
        <source>min months</source>
        <translation>أدنى عدد من الأشهر</translation>
    </message>
    <message>
        <source>min per year</source>
        <translation>الحد الأدنى سنوياً</translation>
    </message>
    <message>
        <source>min years</source>
        <translation>أدنى عدد من السنوات</translation>
    </message>
    <message>
        <source>observances</source>
        <translation>المناسبات الدينية</translation>
    </message>
    <message>
        <source>only major</source>
        <translation>الأحداث الرئيسية فقط</translation>
    </message>
    <message>
        <source>pair counts as one</source>
        <translation>احتساب الزوج واحداً</translation>
    </message>
    <message>
        <source>prefer second half</source>
        <translation>تفضيل النصف الثاني من السنة</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>seat city</source>
        <translation>مدينة المقر</translation>
    </message>
    <message>
        <source>sitting days only</source>
        <translation>أيام الانعقاد فقط</translation>
    </message>
    <message>
        <source>subdivisions</source>
        <translation>التقسيمات الإدارية</translation>
    </message>
    <message>
        <source>tdag body</source>
        <translation>هيئة الفريق الاستشاري لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>tolerance days</source>
        <translation>التسامح (بالأيام)</translation>
    </message>
    <message>
        <source>use nominal year</source>
        <translation>استعمال السنة الاسمية</translation>
    </message>
    <message>
        <source>use times</source>
        <translation>استعمال الساعات</translation>
    </message>
    <message>
        <source>years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{doc} ({kind})</source>
        <translation>{doc} ({kind})</translation>
    </message>
    <message>
        <source>{where}: a value is needed</source>
        <translation>{where}: يلزم تحديد قيمة</translation>
    </message>
    <message>
        <source>{where}: {wanted}, not {value}</source>
        <translation>{where}: {wanted}، وليس {value}</translation>
    </message>
    <message>
        <source>{where}: true or false</source>
        <translation>{where}: true أو false</translation>
    </message>
    <message>
        <source>{where}: a non-empty text</source>
        <translation>{where}: نص غير فارغ</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>إحدى القيم {choices}</translation>
    </message>
    <message>
        <source>{where}: a list of texts, e.g. {example}</source>
        <translation>{where}: قائمة نصوص، مثل {example}</translation>
    </message>
    <message>
        <source>{where}: unknown {names} (known: {known})</source>
        <translation>{where}: قيم غير معروفة {names} (المعروفة: {known})</translation>
    </message>
    <message>
        <source>{where}: a mapping like {example}</source>
        <translation>{where}: تقابل مثل {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: give [first year, last year], e.g. [2022, 2030]</source>
        <translation>{where}: اذكر [أول سنة، آخر سنة]، مثل [2022, 2030]</translation>
    </message>
    <message>
        <source>{kind} or null</source>
        <translation>{kind} أو null</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>عدد صحيح من {low} إلى {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>عدد من {low} إلى {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>a text ({choices})</source>
        <translation>نص ({choices})</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a list of texts from a fixed set</source>
        <translation>قائمة نصوص من مجموعة ثابتة</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>قائمة نصوص</translation>
    </message>
    <message>
        <source>a mapping of countries to cities and regions</source>
        <translation>تقابل بين البلدان والمدن والمناطق</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>[first year, last year]</source>
        <translation>[أول سنة، آخر سنة]</translation>
    </message>
    <message>
        <source>the kinds checked in every Sector</source>
        <translation>الأنواع المفحوصة في كل القطاعات</translation>
    </message>
    <message>
        <source>the ITU-D kinds checked</source>
        <translation>أنواع قطاع تنمية الاتصالات المفحوصة</translation>
    </message>
    <message>
        <source>the body of TDAG's advisory-group meetings</source>
        <translation>هيئة اجتماعات الفريق الاستشاري لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>the religious periods avoided</source>
        <translation>الفترات الدينية الواجب تجنبها</translation>
    </message>
    <message>
        <source>ignore weekend days of a weekday meeting</source>
        <translation>تجاهل أيام العطلة الأسبوعية لاجتماع يُعقد في أيام العمل</translation>
    </message>
    <message>
        <source>Jewish and Islamic days begin the evening before</source>
        <translation>الأيام اليهودية والإسلامية تبدأ مساء اليوم السابق</translation>
    </message>
    <message>
        <source>days by which Islamic dates may differ by country</source>
        <translation>الأيام التي قد تختلف بها التواريخ الإسلامية من بلد إلى آخر</translation>
    </message>
    <message>
        <source>the kinds held to the last quarter</source>
        <translation>الأنواع الملزمة بالربع الأخير</translation>
    </message>
    <message>
        <source>the kinds counted</source>
        <translation>الأنواع المحتسبة</translation>
    </message>
    <message>
        <source>an associated RA and WRC count as one</source>
        <translation>تُحتسب جمعية الاتصالات الراديوية والمؤتمر المرتبطان واحداً</translation>
    </message>
    <message>
        <source>the kinds noted in a PP year</source>
        <translation>الأنواع المشار إليها في سنة مؤتمر المندوبين المفوضين</translation>
    </message>
    <message>
        <source>longest PP, first and last day included</source>
        <translation>أطول مدة لمؤتمر المندوبين المفوضين، بما فيها اليومان الأول والأخير</translation>
    </message>
    <message>
        <source>the kinds kept apart</source>
        <translation>الأنواع الواجب الفصل بينها</translation>
    </message>
    <message>
        <source>days from one close to the next opening</source>
        <translation>الأيام من اختتام إلى الافتتاح التالي</translation>
    </message>
    <message>
        <source>the ITU meetings checked</source>
        <translation>اجتماعات الاتحاد المفحوصة</translation>
    </message>
    <message>
        <source>the kinds that are outside events</source>
        <translation>الأنواع التي هي أحداث خارجية</translation>
    </message>
    <message>
        <source>count only outside events of major_min_participants</source>
        <translation>عدم احتساب إلا الأحداث الخارجية التي تضم major_min_participants مشاركاً على الأقل</translation>
    </message>
    <message>
        <source>participants that make an outside event major</source>
        <translation>عدد المشاركين الذي يجعل الحدث الخارجي رئيسياً</translation>
    </message>
    <message>
        <source>the kinds that are forums, symposia or exhibitions</source>
        <translation>الأنواع التي هي منتديات أو ندوات أو معارض</translation>
    </message>
    <message>
        <source>the conferences, assemblies and Council sessions</source>
        <translation>المؤتمرات والجمعيات ودورات المجلس</translation>
    </message>
    <message>
        <source>venues that are ITU headquarters</source>
        <translation>الأماكن التي هي مقر الاتحاد</translation>
    </message>
    <message>
        <source>the kinds with priority</source>
        <translation>الأنواع ذات الأولوية</translation>
    </message>
    <message>
        <source>the kinds that yield</source>
        <translation>الأنواع التي تُفسح المجال</translation>
    </message>
    <message>
        <source>how chairs are matched (by name until people have ids)</source>
        <translation>كيفية مطابقة الرؤساء (بالاسم إلى أن تكون للأشخاص معرّفات)</translation>
    </message>
    <message>
        <source>share of seats by which a room may be overfilled</source>
        <translation>نسبة المقاعد التي يجوز أن تتجاوزها القاعة</translation>
    </message>
    <message>
        <source>the region of a city, by country, where holidays differ by region</source>
        <translation>منطقة المدينة، بحسب البلد، حيث تختلف العطلات باختلاف المنطقة</translation>
    </message>
    <message>
        <source>meetings of a group in a year</source>
        <translation>اجتماعات الفريق في السنة</translation>
    </message>
    <message>
        <source>note a year's only meeting before July</source>
        <translation>الإشارة إلى الاجتماع الوحيد في السنة إذا سبق يوليو</translation>
    </message>
    <message>
        <source>compare times of day when both meetings have them</source>
        <translation>مقارنة الساعات إذا كان للاجتماعين توقيت</translation>
    </message>
    <message>
        <source>days between TDAG and a study group</source>
        <translation>الأيام بين الفريق الاستشاري لتنمية الاتصالات ولجنة دراسات</translation>
    </message>
    <message>
        <source>check rapporteur groups too</source>
        <translation>فحص أفرقة المقررين أيضاً</translation>
    </message>
    <message>
        <source>fewest months from the last TDAG to WTDC</source>
        <translation>أقل عدد من الأشهر من آخر اجتماع للفريق الاستشاري إلى المؤتمر العالمي لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>most months from the last TDAG to WTDC</source>
        <translation>أكبر عدد من الأشهر من آخر اجتماع للفريق الاستشاري إلى المؤتمر العالمي لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>the regions expected to hold an RPM</source>
        <translation>المناطق المتوقع أن تعقد اجتماعاً تحضيرياً إقليمياً</translation>
    </message>
    <message>
        <source>the body whose meetings are counted</source>
        <translation>الهيئة التي تُحتسب اجتماعاتها</translation>
    </message>
    <message>
        <source>days from one advisory group's close to the next one's opening</source>
        <translation>الأيام من اختتام فريق استشاري إلى افتتاح الفريق التالي</translation>
    </message>
    <message>
        <source>the advisory groups of the three Sectors</source>
        <translation>الأفرقة الاستشارية للقطاعات الثلاثة</translation>
    </message>
    <message>
        <source>days from a study group's last close to the WTDC's opening</source>
        <translation>الأيام من آخر اختتام للجنة دراسات إلى افتتاح المؤتمر العالمي لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>the ITU-D groups expected at headquarters</source>
        <translation>أفرقة قطاع تنمية الاتصالات المتوقع اجتماعها في المقر</translation>
    </message>
    <message>
        <source>the names of the headquarters city</source>
        <translation>أسماء مدينة المقر</translation>
    </message>
    <message>
        <source>the ITU-D groups whose cancelled invitations are noted</source>
        <translation>أفرقة قطاع تنمية الاتصالات التي يُشار إلى دعواتها الملغاة</translation>
    </message>
</context>
<context>
    <name>Rationales</name>
    <message>
        <source>Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared, so a PP known only by its year counts; a skipped PP gives one finding for the long gap.</source>
        <translation>يجب أن تفصل أربع سنوات بين مؤتمرين متتاليين للمندوبين المفوضين. ولا تُقارن إلا السنوات، لذا يُحتسب مؤتمر لا تُعرف إلا سنته؛ ويؤدي إغفال مؤتمر إلى نتيجة واحدة عن الفاصل الطويل.</translation>
    </message>
    <message>
        <source>WRCs (and, if asked, RAs as a series of their own) &quot;normally&quot; every three to four years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a normally clause and silenced by a waiver.</source>
        <translation>تُعقد المؤتمرات العالمية للاتصالات الراديوية (وكذلك جمعيات الاتصالات الراديوية كسلسلة مستقلة إن طُلب ذلك) &quot;normally&quot; كل ثلاث إلى أربع سنوات، مع المقارنة بالسنة. فمن WRC-07 إلى WRC-12 خمس سنوات بحسب أرقام السنوات: تحذير مقبول في حالة بند &quot;normally&quot; ويُرفع بإعفاء.</translation>
    </message>
    <message>
        <source>Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).</source>
        <translation>يحتاج كل مؤتمر عالمي للاتصالات الراديوية إلى جمعية للاتصالات الراديوية في المدينة نفسها تتداخل معه أو تتصل به أو تنتهي قبل افتتاحه بما لا يزيد على max_gap_days يوماً؛ وتحتاج كل جمعية إلى مؤتمر كهذا (انتهت RA-23 يوم الجمعة 17 نوفمبر 2023 وافتُتح WRC-23 يوم الاثنين 20 نوفمبر: فاصل قدره ثلاثة أيام).</translation>
    </message>
    <message>
        <source>Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set (WTSA-20 met in March 2022, postponed by the pandemic), else the start year.</source>
        <translation>تفصل أربع سنوات بين جمعيتين عالميتين متتاليتين لتقييس الاتصالات، بحسب سنة الدورة: السنة الاسمية عند تحديدها (عُقدت WTSA-20 في مارس 2022 بعد تأجيلها بسبب الجائحة)، وإلا فسنة الافتتاح.</translation>
    </message>
    <message>
        <source>Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only more than one is reported. A WTDC known only by its year counts where its year settles it.</source>
        <translation>يجب أن يُعقد بين مؤتمرين متتاليين للمندوبين المفوضين مؤتمر عالمي واحد بالضبط لتنمية الاتصالات، بحسب التواريخ (عُقد WTDC-22 في يونيو 2022 قبل PP-22 في سبتمبر: فهو ينتمي إلى الفترة من PP-18 إلى PP-22). وبعد آخر مؤتمر للمندوبين المفوضين لا يُبلَّغ إلا عن أكثر من مؤتمر واحد. ويُحتسب مؤتمر لا تُعرف إلا سنته حين تكفي سنته للحسم.</translation>
    </message>
    <message>
        <source>Each year from the first to the last with any Council meeting (or the years set in the policy) has exactly one ordinary session (council; additional sessions and the short meetings before a PP are council-extra and never count), held in seat_city.</source>
        <translation>تُعقد في كل سنة، من أول سنة إلى آخر سنة فيها أي اجتماع للمجلس (أو السنوات المحددة في السياسة)، دورة عادية واحدة بالضبط (council؛ أما الدورات الإضافية والاجتماعات القصيرة التي تسبق مؤتمر المندوبين المفوضين فهي council-extra ولا تُحتسب أبداً)، في seat_city.</translation>
    </message>
    <message>
        <source>An ordinary session opens no earlier than 1 June and closes no later than 31 July, each widened by tolerance_days (&quot;around&quot;): with the default 14, from 18 May to 14 August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. Additional sessions and the meetings before a PP are other kinds and are not checked.</source>
        <translation>تُفتتح الدورة العادية في موعد لا يسبق 1 يونيو وتُختتم في موعد لا يتجاوز 31 يوليو، ويُوسَّع كل حد بمقدار tolerance_days (&quot;around&quot;): فمع القيمة الافتراضية 14 تمتد الفترة من 18 مايو إلى 14 أغسطس. ويقع مجلس 2022 (مارس) ومجلس 2026 (28 أبريل-8 مايو) خارجها. أما الدورات الإضافية والاجتماعات التي تسبق مؤتمر المندوبين المفوضين فهي من أنواع أخرى ولا تُفحص.</translation>
    </message>
    <message>
        <source>Counting from the year of the latest ordinary session ended on or before the as-of date (scheduler-app check --as-of, else the policy's as_of, else today), each of the next horizon years needs an ordinary session on the calendar; a month or a year is enough. The June-July test is R77-COUNCIL-JUNE-JULY's.</source>
        <translation>اعتباراً من سنة آخر دورة عادية انتهت في التاريخ المرجعي أو قبله (scheduler-app check --as-of، وإلا فقيمة as_of في السياسة، وإلا فاليوم)، تحتاج كل سنة من السنوات horizon التالية إلى دورة عادية في الجدول الزمني؛ ويكفي الشهر أو السنة. أما فحص يونيو-يوليو فتتولاه القاعدة R77-COUNCIL-JUNE-JULY.</translation>
    </message>
    <message>
        <source>A Council working group (or Council expert group such as EG-ITRs, which are cwg) sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual CWG still counts; month-only meetings are skipped. With include_expert_groups, expert-group meetings are checked too.</source>
        <translation>فريق عمل تابع للمجلس (أو فريق خبراء تابع للمجلس مثل EG-ITRs، وهي من النوع cwg) يتزامن في يوم واحد على الأقل مع مؤتمر أو جمعية أو فريق استشاري لقطاع (TDAG وTSAG وRAG). ويُسمح بالاجتماع بالتزامن مع المجلس: فالمقرر 11 يطلب ذلك. ويُحتسب فريق العمل الافتراضي أيضاً؛ وتُتخطى الاجتماعات التي لا يُعرف إلا شهرها. ومع include_expert_groups تُفحص اجتماعات أفرقة الخبراء أيضاً.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic dates, which vary by country by about a day. Add kinds such as rpm with the kinds parameter.</source>
        <translation>مؤتمر أو جمعية أو اجتماع للمجلس، أو اجتماع للجنة دراسات أو فريق مقرر أو للفريق الاستشاري لتنمية الاتصالات في قطاع تنمية الاتصالات، تقع أيام انعقاده في مناسبة دينية مفعّلة. ولا تُحتسب أيام العطلة الأسبوعية إذا انعقد الاجتماع أيضاً في أيام العمل (sitting_days_only؛ والاجتماع الذي لا يُعقد إلا يوم السبت ينعقد يوم السبت). ومع include_eve تبدأ المناسبات اليهودية والإسلامية مساء اليوم السابق، أي يُحتسب اليوم السابق. ويوسّع islamic_uncertainty_days التواريخ الإسلامية التي تختلف من بلد إلى آخر بنحو يوم. أضف أنواعاً مثل rpm بواسطة المعلمة kinds.</translation>
    </message>
    <message>
        <source>A conference or assembly opens on or after 1 October and closes by 31 December of its year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is checked, since its period already settles the question.</source>
        <translation>يُفتتح المؤتمر أو الجمعية في 1 أكتوبر أو بعده ويُختتم في موعد أقصاه 31 ديسمبر من سنته. وقد افتُتح PP-22 في 26 سبتمبر 2022، قبل الموعد بخمسة أيام. وسنة الجائحة تُعالج بإعفاء لا بقاعدة أضعف. ويُتخطى الاجتماع الذي لا تُعرف إلا سنته؛ أما الاجتماع المعروف شهره أو ربعه فيُفحص، لأن فترته تكفي للحسم.</translation>
    </message>
    <message>
        <source>Conferences and assemblies are grouped by start year; an RA and a WRC associated in place and time count as one (the exception of recalling b)). More than one in a year: one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.</source>
        <translation>تُجمَّع المؤتمرات والجمعيات بحسب سنة افتتاحها؛ وتُحتسب جمعية الاتصالات الراديوية والمؤتمر العالمي للاتصالات الراديوية المرتبطان من حيث المكان والزمان واحداً (استثناء الفقرة b) من &quot;إذ يذكّر&quot;). وإذا عُقد أكثر من واحد في سنة: تحذير واحد يعددها. ففي عام 2022 عُقدت WTSA-20 وWTDC-22 وPP-22.</translation>
    </message>
    <message>
        <source>For each Plenipotentiary Conference, every conference, assembly or forum starting in the same year is noted (information only: an annual forum shows up in every PP year, as intended).</source>
        <translation>يُشار، لكل مؤتمر للمندوبين المفوضين، إلى كل مؤتمر أو جمعية أو منتدى يبدأ في السنة نفسها (للعلم فقط: يظهر المنتدى السنوي في كل سنة من سنوات مؤتمر المندوبين المفوضين، كما هو مقصود).</translation>
    </message>
    <message>
        <source>Plenipotentiary conferences are limited to three weeks (21 days, first and last included) unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks later is 22 days.</source>
        <translation>تقتصر مدة مؤتمرات المندوبين المفوضين على ثلاثة أسابيع (21 يوماً، بما فيها اليومان الأول والأخير) ما لم تدعُ حاجة ملحة، يمكن بيانها في إعفاء. ومن يوم الاثنين إلى الاثنين بعد ثلاثة أسابيع 22 يوماً.</translation>
    </message>
    <message>
        <source>Between two conferences or assemblies (other than an associated RA and WRC) at least min_gap_days (eight weeks) pass from the close of one to the opening of the next; overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22 102 days.</source>
        <translation>بين مؤتمرين أو جمعيتين (عدا جمعية الاتصالات الراديوية والمؤتمر العالمي للاتصالات الراديوية المرتبطين) تمضي min_gap_days يوماً على الأقل (ثمانية أسابيع) من اختتام أحدهما إلى افتتاح التالي؛ ويُبلَّغ أيضاً عن المتداخلة منها. ففي عام 2022 كان الفاصل بين WTSA-20 وWTDC-22 89 يوماً، وبين WTDC-22 وPP-22 102 يوماً.</translation>
    </message>
    <message>
        <source>A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a later Council decision, whose source is kept with the period) is held inside it. A quarter means its first to last day. Places are the Council's to set and are not checked.</source>
        <translation>يُعقد الاجتماع الذي حددت له هيئة أعلى فترة (القرار 77، الفقرات 5.2 إلى 5.6 من &quot;يقرر&quot;، أو قرار لاحق للمجلس يُحفظ مصدره مع الفترة) داخل تلك الفترة. ويُقصد بالربع من يومه الأول إلى يومه الأخير. أما الأماكن فيحددها المجلس ولا تُفحص.</translation>
    </message>
    <message>
        <source>A conference, assembly or Council session sharing a day with an outside ICT event, wherever each is held. With only_major, only outside events expecting at least major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on purpose: such a co-location is accepted with a waiver.</source>
        <translation>مؤتمر أو جمعية أو دورة للمجلس تتزامن في يوم واحد على الأقل مع حدث خارجي لتكنولوجيا المعلومات والاتصالات، أياً كان مكان انعقاد كل منهما. ومع only_major لا تُحتسب إلا الأحداث الخارجية التي يُتوقع أن يحضرها major_min_participants مشاركاً على الأقل. وقد افتُتحت WTSA-24 عمداً بالتزامن مع India Mobile Congress 2024: ويُقبل هذا التزامن بإعفاء.</translation>
    </message>
    <message>
        <source>A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops) shares a day with a conference, an assembly or a Council session, wherever each is held: such events are scheduled around the core activities of the Union, not beside them. Times of day are compared when both have them. A meeting known only by a month or a year is left out, since whether it clashes depends on days not fixed yet.</source>
        <translation>منتدى أو ندوة أو معرض (النوع forum في الجدول الزمني؛ ويجوز للمخطط إضافة ورش العمل) يتزامن في يوم واحد على الأقل مع مؤتمر أو جمعية أو دورة للمجلس، أياً كان مكان انعقاد كل منهما: فهذه الأحداث تُجدول حول الأنشطة الأساسية للاتحاد لا بجانبها. وتُقارن الساعات إذا كان لكليهما توقيت. ويُستبعد الاجتماع الذي لا يُعرف إلا شهره أو سنته، لأن تعارضه يتوقف على أيام لم تُحدد بعد.</translation>
    </message>
    <message>
        <source>Two in-person or hybrid meetings in the same room of the same venue (names compared ignoring case and spacing) at the same time: by time of day when both have times, else by day. A rapporteur group meeting &quot;in conjunction with&quot; its study group shares the room only at other times. Virtual meetings and meetings without a room are skipped.</source>
        <translation>اجتماعان حضوريان أو هجينان في القاعة نفسها من المكان نفسه (تُقارن الأسماء دون مراعاة حالة الأحرف والمسافات) في الوقت نفسه: بحسب الساعة إذا كان لكليهما توقيت، وإلا فبحسب اليوم. واجتماع فريق المقرر المعقود &quot;in conjunction with&quot; لجنة الدراسات التابع لها لا يشاركها القاعة إلا في أوقات أخرى. وتُتخطى الاجتماعات الافتراضية والاجتماعات التي لا قاعة لها.</translation>
    </message>
    <message>
        <source>When a forum, workshop or other lower-priority meeting and a study group, advisory group, Council or CWG meeting want the same headquarters room at the same time, the lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of the text.</source>
        <translation>عندما يطلب منتدى أو ورشة عمل أو اجتماع آخر أدنى أولوية، واجتماع للجنة دراسات أو فريق استشاري أو للمجلس أو لفريق عمل المجلس، القاعة نفسها في المقر في الوقت نفسه، فإن الاجتماع الأدنى أولوية هو الذي يُنقل (تبلّغ القاعدة VENUE-ROOM-CLASH عن التعارض نفسه؛ وتبيّن هذه القاعدة من يُفسح المجال). احذف rapporteur-group من high_kinds لقراءة صارمة للنص.</translation>
    </message>
    <message>
        <source>The same chair on two meetings at the same time (by time of day when both have times). Chairs are matched by name without Mr/Ms, case and extra spaces; names written differently (&quot;Mr Roberto Mitsuake Hirayama&quot; and &quot;Mr Roberto Hirayama&quot;) are different people to the planner until people get ids of their own.</source>
        <translation>الرئيس نفسه لاجتماعين في الوقت نفسه (بحسب الساعة إذا كان لكليهما توقيت). ويُطابَق الرؤساء بالاسم دون Mr/Ms ودون مراعاة حالة الأحرف والمسافات الزائدة؛ والأسماء المكتوبة بصيغ مختلفة (&quot;Mr Roberto Mitsuake Hirayama&quot; و&quot;Mr Roberto Hirayama&quot;) هي لأشخاص مختلفين في نظر المخطط إلى أن يحصل الأشخاص على معرّفات خاصة بهم.</translation>
    </message>
    <message>
        <source>A meeting expecting more participants than its room seats (times 1 + margin). Rooms of unknown capacity and meetings without an expected attendance are skipped.</source>
        <translation>اجتماع يُتوقع أن يحضره مشاركون أكثر من عدد مقاعد قاعته (مضروباً في 1 + margin). وتُتخطى القاعات غير المعروفة سعتها والاجتماعات التي لا يُعرف عدد الحاضرين المتوقع فيها.</translation>
    </message>
    <message>
        <source>An in-person or hybrid meeting sitting on a public holiday of its host country (and region, such as the canton of Geneva with Jeûne genevois). Weekends are the host country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep closure days of their own.</source>
        <translation>اجتماع حضوري أو هجين ينعقد في يوم عطلة رسمية في البلد المضيف (ومنطقته، مثل كانتون جنيف مع Jeûne genevois). وأيام العطلة الأسبوعية هي أيام البلد المضيف (الجمعة والسبت في قطر). للعلم فقط: للاتحاد وللأمم المتحدة في جنيف أيام إغلاق خاصة بهما.</translation>
    </message>
    <message>
        <source>In each study period (from the calendar's WTDCs: the years after one WTDC up to and including the next one's), every ITU-D study group that meets at all in the period meets at least min_per_year times in each of its years (a meeting counts for its start year). A group with no meeting in a period is not reported: it may not exist then. With prefer_second_half, a year whose only meeting opens before 1 July is noted as information.</source>
        <translation>في كل فترة دراسة (تُستنتج من المؤتمرات العالمية لتنمية الاتصالات في الجدول الزمني: السنوات التي تلي مؤتمراً حتى سنة المؤتمر التالي ضمناً)، تجتمع كل لجنة دراسات لقطاع تنمية الاتصالات تجتمع أصلاً في تلك الفترة min_per_year مرة على الأقل في كل سنة من سنواتها (يُحتسب الاجتماع لسنة افتتاحه). ولا يُبلَّغ عن لجنة لا اجتماع لها في فترة ما: فقد لا تكون موجودة آنذاك. ومع prefer_second_half يُشار للعلم إلى السنة التي يُفتتح اجتماعها الوحيد قبل 1 يوليو.</translation>
    </message>
    <message>
        <source>Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at the same time: by time of day when both have times, else by day. Groups of different study groups may meet in parallel; sessions of one group never clash with each other.</source>
        <translation>فريقا مقررين لقطاع تنمية الاتصالات تابعان للجنة الدراسات نفسها (لجنتهما الأم) يجتمعان في الوقت نفسه: بحسب الساعة إذا كان للاجتماعين توقيت، وإلا فبحسب اليوم. ويجوز لأفرقة لجان دراسات مختلفة أن تجتمع بالتوازي؛ ولا تتعارض جلسات الفريق الواحد فيما بينها أبداً.</translation>
    </message>
    <message>
        <source>A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either order, overlaps included. A study group ending on Thursday and TDAG opening on Friday (gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only TDAG meetings are skipped.</source>
        <translation>اجتماع للفريق الاستشاري لتنمية الاتصالات واجتماع للجنة دراسات لقطاع تنمية الاتصالات لا يفصل بينهما أكثر من min_gap_days يوماً، بأي ترتيب، بما في ذلك التداخل. فإذا انتهت لجنة الدراسات يوم الخميس وافتُتح الفريق يوم الجمعة (فاصل 1) يُبلَّغ عن ذلك؛ أما إذا انتهت يوم الجمعة والفريق يوم الاثنين (فاصل 3) فلا. وتُتخطى اجتماعات الفريق التي لا يُعرف إلا شهرها.</translation>
    </message>
    <message>
        <source>For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) every regional preparatory meeting of the cycle ends before that TDAG (&quot;as soon as possible before the last meeting of TDAG&quot;); (3) no RPM overlaps another ITU-D meeting; (4) information when fewer than six regions held one (a region may decline). Cycles with no dated TDAG skip (1)-(2).</source>
        <translation>لكل مؤتمر عالمي لتنمية الاتصالات (تمتد دورته من اختتام المؤتمر السابق إلى افتتاحه): (1) يُفتتح آخر اجتماع للفريق الاستشاري لتنمية الاتصالات في الدورة قبل المؤتمر بما بين max_months وmin_months شهراً؛ (2) ينتهي كل اجتماع تحضيري إقليمي في الدورة قبل اجتماع الفريق ذاك (&quot;as soon as possible before the last meeting of TDAG&quot;)؛ (3) لا يتداخل أي اجتماع تحضيري إقليمي مع اجتماع آخر لقطاع تنمية الاتصالات؛ (4) يُشار للعلم إذا عقدت أقل من ست مناطق اجتماعاً (فقد تعتذر منطقة ما). وتتخطى الدورات التي لا يوجد فيها اجتماع مؤرخ للفريق البندين (1) و(2).</translation>
    </message>
    <message>
        <source>Every year from the first to the last TDAG meeting on the calendar has at least one TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the year it opens in, so a meeting known only by its month or its year still counts. Years before the first and after the last TDAG meeting on the calendar are not judged: they are not planned yet. A year without TDAG is one warning about that year.</source>
        <translation>في كل سنة، من أول اجتماع إلى آخر اجتماع للفريق الاستشاري لتنمية الاتصالات في الجدول الزمني، يُعقد اجتماع واحد على الأقل للفريق (اجتماع فريق استشاري هيئته TDAG). ويُحتسب الاجتماع للسنة التي يُفتتح فيها، ولذا يُحتسب أيضاً الاجتماع الذي لا يُعرف إلا شهره أو سنته. ولا يُحكم على السنوات السابقة لأول اجتماع للفريق واللاحقة لآخر اجتماع له في الجدول الزمني: فهي لم تُخطط بعد. والسنة التي لا يجتمع فيها الفريق تحذير واحد بشأن تلك السنة.</translation>
    </message>
    <message>
        <source>In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and TDAG) meet, their meetings, in order of opening, follow one another: each opens within max_gap_days (7) of the close of the one before, so that delegates can attend them in one stay. Two meetings of the same group in a row are not compared. Information only: the text asks for this whenever possible. Meetings known only by a month or a year are left out, since their order is not known.</source>
        <translation>في السنة التي يجتمع فيها اثنان أو أكثر من الأفرقة الاستشارية للقطاعات الثلاثة (RAG وTSAG وTDAG)، تتوالى اجتماعاتها بحسب ترتيب افتتاحها: يُفتتح كل منها في غضون max_gap_days يوماً (7) من اختتام الاجتماع السابق، كي يتمكن المندوبون من حضورها في إقامة واحدة. ولا يُقارن اجتماعان متتاليان للفريق نفسه. للعلم فقط: فالنص يطلب ذلك كلما أمكن. وتُستبعد الاجتماعات التي لا يُعرف إلا شهرها أو سنتها، لأن ترتيبها غير معروف.</translation>
    </message>
    <message>
        <source>Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year between two WTDCs: from the year after a WTDC to the year before the next one (after the last WTDC on the calendar, the years that follow it), and no later than the last year in which that group has a meeting on the calendar, since later years are not planned yet. A meeting counts for the year it opens in. A group with no meeting at all between two WTDCs is not reported (its Question may not exist then), nor is a meeting that names no group. One warning per group and year, naming that year's meetings.</source>
        <translation>يجتمع كل فريق مقرر لقطاع تنمية الاتصالات min_per_year مرة على الأقل (مرتين) في كل سنة بين مؤتمرين عالميين لتنمية الاتصالات: من السنة التي تلي مؤتمراً إلى السنة التي تسبق المؤتمر التالي (وبعد آخر مؤتمر في الجدول الزمني، السنوات التي تليه)، وفي موعد لا يتجاوز آخر سنة للفريق فيها اجتماع في الجدول الزمني، لأن السنوات اللاحقة لم تُخطط بعد. ويُحتسب الاجتماع للسنة التي يُفتتح فيها. ولا يُبلَّغ عن فريق لا اجتماع له إطلاقاً بين مؤتمرين (فقد لا تكون مسألته موجودة آنذاك)، ولا عن اجتماع لا يسمّي أي فريق. تحذير واحد لكل فريق وسنة، يسمّي اجتماعات تلك السنة.</translation>
    </message>
    <message>
        <source>The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 calendar days) before the WTDC opens, so that its approved reports and draft Recommendations can reach administrations in time: closing exactly 35 days before is enough, 34 is not. A planner may raise the number to allow for translation and dispatch. The meetings looked at are those opening after the previous WTDC opened and before this one opens. A meeting known only by a month or a quarter that could fall either side of the limit is noted as information; a WTDC known only by its year is not judged.</source>
        <translation>يُختتم آخر اجتماع لكل لجنة دراسات لقطاع تنمية الاتصالات قبل المؤتمر العالمي لتنمية الاتصالات قبل افتتاح المؤتمر بما لا يقل عن min_days يوماً (35 يوماً تقويمياً)، كي تصل تقاريرها المعتمدة ومشاريع توصياتها إلى الإدارات في الوقت المناسب: يكفي الاختتام قبل 35 يوماً بالضبط، ولا يكفي 34 يوماً. ويجوز للمخطط زيادة هذا العدد لمراعاة الترجمة والإرسال. والاجتماعات المنظور فيها هي التي تُفتتح بعد افتتاح المؤتمر السابق وقبل افتتاح هذا المؤتمر. ويُشار للعلم إلى الاجتماع الذي لا يُعرف إلا شهره أو ربعه إذا أمكن أن يقع على أي من جانبي الحد؛ ولا يُحكم على مؤتمر لا تُعرف إلا سنته.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting in person or hybrid in a city other than Geneva is noted, as information: these groups normally meet at ITU headquarters, and a meeting elsewhere is usually an invitation a planner has accepted on purpose. Virtual meetings and meetings with no city yet are not noted.</source>
        <translation>يُشار للعلم إلى اجتماع حضوري أو هجين للجنة دراسات أو فرقة عمل أو فريق مقرر لقطاع تنمية الاتصالات في مدينة غير جنيف: فهذه الأفرقة تجتمع عادةً في مقر الاتحاد، والاجتماع في مكان آخر هو في العادة دعوة قبلها المخطط عن قصد. ولا يُشار إلى الاجتماعات الافتراضية ولا إلى الاجتماعات التي لم تُحدد مدينتها بعد.</translation>
    </message>
    <message>
        <source>An ITU-D study group, working party or rapporteur group meeting that was to be held elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is reminded to propose it in Geneva on the dates first planned. This is the one rule that reads cancelled meetings. Virtual meetings and meetings with no city are left out.</source>
        <translation>اجتماع للجنة دراسات أو فرقة عمل أو فريق مقرر لقطاع تنمية الاتصالات كان مقرراً عقده خارج جنيف بدعوة من جهة ما، ثم أُلغي: يُذكَّر المخطط باقتراح عقده في جنيف في التواريخ المقررة أصلاً. وهذه هي القاعدة الوحيدة التي تقرأ الاجتماعات الملغاة. وتُستبعد الاجتماعات الافتراضية والاجتماعات التي لا مدينة لها.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A Plenipotentiary Conference every four years</source>
        <translation>مؤتمر للمندوبين المفوضين كل أربع سنوات</translation>
    </message>
    <message>
        <source>A world radiocommunication conference every three to four years</source>
        <translation>مؤتمر عالمي للاتصالات الراديوية كل ثلاث إلى أربع سنوات</translation>
    </message>
    <message>
        <source>RA and WRC associated in place and time</source>
        <translation>ارتباط جمعية الاتصالات الراديوية والمؤتمر العالمي للاتصالات الراديوية من حيث المكان والزمان</translation>
    </message>
    <message>
        <source>A world telecommunication standardization assembly every four years</source>
        <translation>جمعية عالمية لتقييس الاتصالات كل أربع سنوات</translation>
    </message>
    <message>
        <source>Exactly one WTDC between two Plenipotentiary Conferences</source>
        <translation>مؤتمر عالمي واحد لتنمية الاتصالات بين مؤتمرين للمندوبين المفوضين</translation>
    </message>
    <message>
        <source>One ordinary Council session a year, at the seat of the Union</source>
        <translation>دورة عادية واحدة للمجلس كل سنة في مقر الاتحاد</translation>
    </message>
    <message>
        <source>The ordinary Council session within or around June-July</source>
        <translation>الدورة العادية للمجلس في يونيو-يوليو أو في موعد قريب منهما</translation>
    </message>
    <message>
        <source>The next three ordinary Council sessions are on the calendar</source>
        <translation>الدورات العادية الثلاث التالية للمجلس مدرجة في الجدول الزمني</translation>
    </message>
    <message>
        <source>No CWG meeting during a major conference or a Sector advisory group</source>
        <translation>لا اجتماع لأفرقة عمل المجلس أثناء مؤتمر رئيسي أو اجتماع فريق استشاري لقطاع</translation>
    </message>
    <message>
        <source>Avoid major religious periods</source>
        <translation>تجنب الفترات الدينية الرئيسية</translation>
    </message>
    <message>
        <source>Conferences and assemblies in the last quarter of the year</source>
        <translation>المؤتمرات والجمعيات في الربع الأخير من السنة</translation>
    </message>
    <message>
        <source>Not two conferences or assemblies in one year</source>
        <translation>لا مؤتمرين أو جمعيتين في سنة واحدة</translation>
    </message>
    <message>
        <source>Other conferences, assemblies and forums in a PP year</source>
        <translation>المؤتمرات والجمعيات والمنتديات الأخرى في سنة مؤتمر المندوبين المفوضين</translation>
    </message>
    <message>
        <source>A Plenipotentiary Conference lasts at most three weeks</source>
        <translation>لا تتجاوز مدة مؤتمر المندوبين المفوضين ثلاثة أسابيع</translation>
    </message>
    <message>
        <source>Sufficient time between conferences</source>
        <translation>وقت كافٍ بين المؤتمرات</translation>
    </message>
    <message>
        <source>Inside the period decided for the meeting</source>
        <translation>ضمن الفترة المقررة للاجتماع</translation>
    </message>
    <message>
        <source>No clash with other major ICT events</source>
        <translation>لا تعارض مع أحداث رئيسية أخرى لتكنولوجيا المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>Forums yield to core activities</source>
        <translation>المنتديات تُفسح المجال للأنشطة الأساسية</translation>
    </message>
    <message>
        <source>One room, one meeting at a time</source>
        <translation>قاعة واحدة لاجتماع واحد في كل مرة</translation>
    </message>
    <message>
        <source>Core groups first at headquarters</source>
        <translation>الأولوية للأفرقة الأساسية في المقر</translation>
    </message>
    <message>
        <source>One chair, two meetings at once</source>
        <translation>رئيس واحد لاجتماعين في وقت واحد</translation>
    </message>
    <message>
        <source>The room holds the expected participants</source>
        <translation>القاعة تتسع للمشاركين المتوقعين</translation>
    </message>
    <message>
        <source>A sitting day that is a public holiday at the venue</source>
        <translation>يوم انعقاد يصادف عطلة رسمية في مكان الاجتماع</translation>
    </message>
    <message>
        <source>Each ITU-D study group meets every year</source>
        <translation>تجتمع كل لجنة دراسات لقطاع تنمية الاتصالات كل سنة</translation>
    </message>
    <message>
        <source>One study group's rapporteur groups never in parallel</source>
        <translation>لا تجتمع أفرقة المقررين للجنة الدراسات الواحدة بالتوازي أبداً</translation>
    </message>
    <message>
        <source>TDAG not in conjunction with study group meetings</source>
        <translation>لا يجتمع الفريق الاستشاري لتنمية الاتصالات بالاقتران مع اجتماعات لجان الدراسات</translation>
    </message>
    <message>
        <source>Regional preparatory meetings, then the last TDAG, then the WTDC</source>
        <translation>الاجتماعات التحضيرية الإقليمية، ثم آخر اجتماع للفريق الاستشاري لتنمية الاتصالات، ثم المؤتمر العالمي لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>TDAG meets every year</source>
        <translation>يجتمع الفريق الاستشاري لتنمية الاتصالات كل سنة</translation>
    </message>
    <message>
        <source>The three Sectors' advisory groups one after another</source>
        <translation>الأفرقة الاستشارية للقطاعات الثلاثة الواحد تلو الآخر</translation>
    </message>
    <message>
        <source>Rapporteur groups meet twice a year</source>
        <translation>تجتمع أفرقة المقررين مرتين في السنة</translation>
    </message>
    <message>
        <source>Study groups meet early enough before a WTDC</source>
        <translation>تجتمع لجان الدراسات قبل المؤتمر العالمي لتنمية الاتصالات بوقت كافٍ</translation>
    </message>
    <message>
        <source>ITU-D study groups and their groups at headquarters</source>
        <translation>لجان الدراسات لقطاع تنمية الاتصالات وأفرقتها في المقر</translation>
    </message>
    <message>
        <source>A cancelled invitation moves to Geneva</source>
        <translation>دعوة ملغاة: ينتقل الاجتماع إلى جنيف</translation>
    </message>
</context>
</TS>
