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
