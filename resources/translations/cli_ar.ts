<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Buddhism</source>
            <translation>البوذية</translation>
        </message>
        <message>
            <source>Chinese traditional religion</source>
            <translation>الديانة الصينية التقليدية</translation>
        </message>
        <message>
            <source>Christianity</source>
            <translation>المسيحية</translation>
        </message>
        <message>
            <source>Hinduism</source>
            <translation>الهندوسية</translation>
        </message>
        <message>
            <source>Islam</source>
            <translation>الإسلام</translation>
        </message>
        <message>
            <source>Judaism</source>
            <translation>اليهودية</translation>
        </message>
        <message>
            <source>Sikhism</source>
            <translation>السيخية</translation>
        </message>
        <message>
            <source>Body: {body}</source>
            <translation>الهيئة: {body}</translation>
        </message>
        <message>
            <source>Body: {body} (reports to {parent})</source>
            <translation>الهيئة: {body} (تابعة لـ {parent})</translation>
        </message>
        <message>
            <source>Reports to: {parent}</source>
            <translation>تابعة لـ: {parent}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>الحالة: {status}</translation>
        </message>
        <message>
            <source>Decided period: {period}</source>
            <translation>الفترة المقررة: {period}</translation>
        </message>
        <message>
            <source>Decided period: {period} ({source})</source>
            <translation>الفترة المقررة: {period} ({source})</translation>
        </message>
        <message>
            <source>Chair: {chair}</source>
            <translation>الرئيس: {chair}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>المصدر: {source}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>عبر الإنترنت</translation>
        </message>
        <message>
            <source>{religion}. </source>
            <translation>{religion}. </translation>
        </message>
        <message>
            <source>Estimated date. </source>
            <translation>تاريخ تقديري. </translation>
        </message>
        <message>
            <source>Computed by {provenance}.</source>
            <translation>محسوب بواسطة {provenance}.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{app} {version}, with:</source>
            <translation>{app} {version}، مع:</translation>
        </message>
        <message>
            <source>Qt for Python (PySide6) and Qt are used under the LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</source>
            <translation>يُستخدم Qt for Python (PySide6) وQt بموجب الترخيص LGPL-3.0: `scheduler-app licences --text LGPL-3.0`.</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>لم يُستورد أي شيء</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>observance, holiday or deadline written by the planner</source>
            <translation>مناسبة أو عطلة أو موعد نهائي كتبه المخطِّط</translation>
        </message>
        <message>
            <source>{n} meeting</source>
            <translation>{n} اجتماع</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>عدد الاجتماعات: {n}</translation>
        </message>
        <message>
            <source>  skipped: {reason} ({n})</source>
            <translation>  تم التخطي: {reason} ({n})</translation>
        </message>
        <message>
            <source>  skipped: {reason}</source>
            <translation>  تم التخطي: {reason}</translation>
        </message>
        <message>
            <source>{path}: name the file .ics (iCalendar) or .csv</source>
            <translation>{path}: اجعل اسم الملف .ics (iCalendar) أو .csv</translation>
        </message>
        <message>
            <source>{options}: only for an .ics export</source>
            <translation>{options}: لتصدير .ics فقط</translation>
        </message>
        <message>
            <source>.ics (iCalendar) or .csv</source>
            <translation>.ics (iCalendar) أو .csv</translation>
        </message>
        <message>
            <source>wrote {n} meetings to {path}</source>
            <translation>كُتب {n} من الاجتماعات في {path}</translation>
        </message>
        <message>
            <source>wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}</source>
            <translation>كُتب في {path}: {meetings} من الاجتماعات ({first}-{last})، و{bodies} من الهيئات، و{rooms} من القاعات</translation>
        </message>
        <message>
            <source>{path}: {n} meetings</source>
            <translation>{path}: عدد الاجتماعات: {n}</translation>
        </message>
        <message>
            <source>copied {n} meetings to {path}</source>
            <translation>نُسخ {n} من الاجتماعات إلى {path}</translation>
        </message>
        <message>
            <source>added {room} at {venue}</source>
            <translation>أُضيفت القاعة {room} في {venue}</translation>
        </message>
        <message>
            <source>updated {room} at {venue}</source>
            <translation>حُدّثت القاعة {room} في {venue}</translation>
        </message>
        <message>
            <source>removed {room} from {venue}</source>
            <translation>أُزيلت القاعة {room} من {venue}</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>عدد المقاعد: {n}</translation>
        </message>
        <message>
            <source>capacity unknown</source>
            <translation>السعة غير معروفة</translation>
        </message>
        <message>
            <source>{path}: no such planning database or CSV file</source>
            <translation>{path}: لا توجد قاعدة بيانات تخطيط أو ملف CSV بهذا الاسم</translation>
        </message>
        <message>
            <source>{rule}: {n} setting(s) back to the default</source>
            <translation>{rule}: أُعيد {n} من الإعدادات إلى القيمة الافتراضية</translation>
        </message>
        <message>
            <source>every rule uses the catalogue's defaults</source>
            <translation>تستخدم كل القواعد القيم الافتراضية للفهرس</translation>
        </message>
        <message>
            <source>corrected {name}: {start} to {end}</source>
            <translation>صُحّح {name}: من {start} إلى {end}</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation> (تقديري)</translation>
        </message>
        <message>
            <source>give meeting codes or --year, not both</source>
            <translation>أعطِ رموز الاجتماعات أو --year، لا كليهما</translation>
        </message>
        <message>
            <source>give the meeting codes of the finding, or --year for one naming none</source>
            <translation>أعطِ رموز اجتماعات الملاحظة، أو --year لملاحظة لا تذكر أي اجتماع</translation>
        </message>
        <message>
            <source>waived {rule} for {what}: {reason}</source>
            <translation>أُعفي {what} من {rule}: {reason}</translation>
        </message>
        <message>
            <source>removed the waiver of {rule} for {what}</source>
            <translation>أُلغي إعفاء {what} من {rule}</translation>
        </message>
        <message>
            <source>--to {to} is before --from {start}</source>
            <translation>--to {to} يسبق --from {start}</translation>
        </message>
        <message>
            <source>{path}: no such database</source>
            <translation>{path}: لا توجد قاعدة بيانات بهذا الاسم</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it</source>
            <translation>{path} مجلد؛ حدّد ملفًا فيه</translation>
        </message>
        <message>
            <source>{path} exists; use --force to replace it</source>
            <translation>{path} موجود؛ استخدم --force لاستبداله</translation>
        </message>
        <message>
            <source>{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768</source>
            <translation>{text} ليس حجمًا: اكتبه بالشكل العرضxالارتفاع، مثل 1366x768</translation>
        </message>
        <message>
            <source>{text}: a window from 320x240 to 7680x4320, please</source>
            <translation>{text}: يُرجى نافذة من 320x240 إلى 7680x4320</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} ليس عددًا صحيحًا</translation>
        </message>
        <message>
            <source>{value} must be at least 1</source>
            <translation>يجب ألا يقل {value} عن 1</translation>
        </message>
        <message>
            <source>{text} is not a year from 1865 to 2199</source>
            <translation>{text} ليس سنة بين 1865 و2199</translation>
        </message>
        <message>
            <source>--body: no body named {names} (see `scheduler-app bodies`)</source>
            <translation>--body: لا توجد هيئة باسم {names} (انظر `scheduler-app bodies`)</translation>
        </message>
        <message>
            <source>{path}: name the file {what}</source>
            <translation>{path}: اجعل اسم الملف {what}</translation>
        </message>
        <message>
            <source>{path}: folder {folder} does not exist</source>
            <translation>{path}: المجلد {folder} غير موجود</translation>
        </message>
        <message>
            <source>no meeting with code {code}</source>
            <translation>لا يوجد اجتماع بالرمز {code}</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} ليس تاريخًا (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{text} is not a number of seconds</source>
            <translation>{text} ليس عددًا من الثواني</translation>
        </message>
        <message>
            <source>{value} is not from 0 to 3600 seconds</source>
            <translation>{value} ليس بين 0 و3600 ثانية</translation>
        </message>
        <message>
            <source>plan: {text}</source>
            <translation>plan: {text}</translation>
        </message>
        <message>
            <source>OUT.csv or OUT.sqlite</source>
            <translation>OUT.csv أو OUT.sqlite</translation>
        </message>
        <message>
            <source>reading {path}</source>
            <translation>جارٍ قراءة {path}</translation>
        </message>
        <message>
            <source>{path}: no row to place (give a row days and within)</source>
            <translation>{path}: لا يوجد صف لوضعه (أعطِ صفًا days وwithin)</translation>
        </message>
        <message>
            <source>placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>وُضع {n} اجتماع في {seconds} ث وكُتب {path}: بقي {errors} من الأخطاء و{warnings} من التحذيرات و{infos} من الملاحظات الإعلامية</translation>
        </message>
        <message>
            <source>placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} warnings, {infos} information findings left</source>
            <translation>وُضع {n} من الاجتماعات في {seconds} ث وكُتب {path}: بقي {errors} من الأخطاء و{warnings} من التحذيرات و{infos} من الملاحظات الإعلامية</translation>
        </message>
        <message>
            <source> (waived)</source>
            <translation> (معفى)</translation>
        </message>
        <message>
            <source>{path} cannot be satisfied; these constraints conflict:</source>
            <translation>لا يمكن تلبية {path}؛ هذه القيود متعارضة:</translation>
        </message>
        <message>
            <source>  (the solver found no smaller set; try a longer --time-limit)</source>
            <translation>  (لم يجد المحلل مجموعة أصغر؛ جرّب --time-limit أطول)</translation>
        </message>
        <message>
            <source>no plan found for {path} in the time given; try a longer --time-limit</source>
            <translation>لم يُعثر على خطة لـ {path} في الوقت المحدد؛ جرّب --time-limit أطول</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>لم يُكتب أي شيء</translation>
        </message>
        <message>
            <source>kind {values}</source>
            <translation>النوع {values}</translation>
        </message>
        <message>
            <source>Sector {values}</source>
            <translation>القطاع {values}</translation>
        </message>
        <message>
            <source>status {values}</source>
            <translation>الحالة {values}</translation>
        </message>
        <message>
            <source>body {values}</source>
            <translation>الهيئة {values}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>--year {year} is not a plausible year</source>
            <translation>--year {year} ليست سنة معقولة</translation>
        </message>
        <message>
            <source>--layout diff needs --against B, the calendar to compare with</source>
            <translation>--layout diff يحتاج إلى --against B، أي التقويم المراد المقارنة به</translation>
        </message>
        <message>
            <source>--layout diff compares whole calendars; leave out --year, the dates and filters</source>
            <translation>--layout diff يقارن تقويمات كاملة؛ احذف --year والتواريخ وعوامل التصفية</translation>
        </message>
        <message>
            <source>--against is for --layout diff, not --layout {layout}</source>
            <translation>--against مخصص لـ --layout diff، لا لـ --layout {layout}</translation>
        </message>
        <message>
            <source>wrote {n} page to {path}</source>
            <translation>كُتبت {n} صفحة في {path}</translation>
        </message>
        <message>
            <source>wrote {n} pages to {path}</source>
            <translation>كُتب {n} من الصفحات في {path}</translation>
        </message>
        <message>
            <source>{text} is not a whole number of days</source>
            <translation>{text} ليس عددًا صحيحًا من الأيام</translation>
        </message>
        <message>
            <source>a meeting lasts at least one day, not {value}</source>
            <translation>يستمر الاجتماع يومًا واحدًا على الأقل، لا {value}</translation>
        </message>
        <message>
            <source>at least 1, not {value}</source>
            <translation>1 على الأقل، لا {value}</translation>
        </message>
        <message>
            <source>--room needs --venue: a room is chosen within a venue</source>
            <translation>--room يحتاج إلى --venue: تُختار القاعة داخل مكان انعقاد</translation>
        </message>
        <message>
            <source>no meeting has the code {code}</source>
            <translation>لا يحمل أي اجتماع الرمز {code}</translation>
        </message>
        <message>
            <source>{meeting}: {n} days within {period}, now {dates}</source>
            <translation>{meeting}: {n} من الأيام ضمن {period}، حاليًا {dates}</translation>
        </message>
        <message>
            <source>waived </source>
            <translation>معفى </translation>
        </message>
        <message>
            <source>--resolve CODE and --keep mine|theirs go together</source>
            <translation>--resolve CODE و--keep mine|theirs يُستخدمان معًا</translation>
        </message>
        <message>
            <source>no password for {user} at {url}: store it in the system keyring (File &gt; Shared Calendar in the window) or set {variable}</source>
            <translation>لا توجد كلمة مرور لـ {user} على {url}: احفظها في سلسلة مفاتيح النظام (ملف &gt; التقويم المشترك في النافذة) أو اضبط {variable}</translation>
        </message>
        <message>
            <source>{code} has no conflict to resolve</source>
            <translation>ليس لدى {code} أي تعارض لحله</translation>
        </message>
        <message>
            <source>  note: {text}</source>
            <translation>  ملاحظة: {text}</translation>
        </message>
        <message>
            <source>  conflict: {meeting}: {field}: here {mine}, there {theirs}</source>
            <translation>  تعارض: {meeting}: {field}: هنا {mine}، هناك {theirs}</translation>
        </message>
        <message>
            <source>  settle each with: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</source>
            <translation>  احسم كلًا منها بالأمر: scheduler-app sync --url URL --user USER --resolve CODE --keep mine|theirs</translation>
        </message>
        <message>
            <source>{n} cancellations</source>
            <translation>{n} من الإلغاءات</translation>
        </message>
        <message>
            <source>{n} religious periods</source>
            <translation>{n} من الفترات الدينية</translation>
        </message>
        <message>
            <source>{n} public holidays</source>
            <translation>{n} من العطل الرسمية</translation>
        </message>
        <message>
            <source>{n} deadlines</source>
            <translation>{n} من المواعيد النهائية</translation>
        </message>
        <message>
            <source>wrote {n} meetings (and {extra}) to {path}</source>
            <translation>كُتب {n} من الاجتماعات (و{extra}) في {path}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>From {a} to {b}:</source>
            <translation>من {a} إلى {b}:</translation>
        </message>
        <message>
            <source> no change</source>
            <translation> لا تغيير</translation>
        </message>
        <message>
            <source>{meeting}: {title}, {dates}</source>
            <translation>{meeting}: {title}، {dates}</translation>
        </message>
        <message>
            <source>Added ({n}):</source>
            <translation>المضافة ({n}):</translation>
        </message>
        <message>
            <source>Removed ({n}):</source>
            <translation>المحذوفة ({n}):</translation>
        </message>
        <message>
            <source>Moved ({n}):</source>
            <translation>المنقولة ({n}):</translation>
        </message>
        <message>
            <source>Findings gained ({n}):</source>
            <translation>الملاحظات المستجدة ({n}):</translation>
        </message>
        <message>
            <source>Findings lost ({n}):</source>
            <translation>الملاحظات الزائلة ({n}):</translation>
        </message>
        <message>
            <source>{path} is a folder, not a planning database or CSV file</source>
            <translation>{path} مجلد، وليس قاعدة بيانات تخطيط أو ملف CSV</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: لا يوجد ملف بهذا الاسم</translation>
        </message>
        <message>
            <source>{n} days within {period}</source>
            <translation>{n} من الأيام ضمن {period}</translation>
        </message>
        <message>
            <source>would add {n}</source>
            <translation>سيُضاف {n}</translation>
        </message>
        <message>
            <source>would update {n}</source>
            <translation>سيُحدَّث {n}</translation>
        </message>
        <message>
            <source>added {n}</source>
            <translation>أُضيف {n}</translation>
        </message>
        <message>
            <source>updated {n}</source>
            <translation>حُدّث {n}</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} دون تغيير</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} تم تخطيها</translation>
        </message>
        <message>
            <source>{n} new bodies</source>
            <translation>{n} من الهيئات الجديدة</translation>
        </message>
        <message>
            <source>{n} new venues</source>
            <translation>{n} من أماكن الانعقاد الجديدة</translation>
        </message>
        <message>
            <source>{n} new rooms</source>
            <translation>{n} من القاعات الجديدة</translation>
        </message>
        <message>
            <source>{source}: {changes}</source>
            <translation>{source}: {changes}</translation>
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
            <source>info</source>
            <translation>معلومة</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>مقترح</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>مؤقت</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>مؤكد</translation>
        </message>
        <message>
            <source>held</source>
            <translation>عُقد</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Shared calendar: made the shared calendar, {received} received, {sent} sent</source>
            <translation>التقويم المشترك: أُنشئ التقويم المشترك، وصل {received}، أُرسل {sent}</translation>
        </message>
        <message>
            <source>Shared calendar: {received} received, {sent} sent</source>
            <translation>التقويم المشترك: وصل {received}، أُرسل {sent}</translation>
        </message>
        <message>
            <source>, {n} rule setting or waiver received</source>
            <translation>، وصل {n} من إعدادات القواعد أو الإعفاءات</translation>
        </message>
        <message>
            <source>, {n} rule settings or waiver received</source>
            <translation>، وصل {n} من إعدادات القواعد أو الإعفاءات</translation>
        </message>
        <message>
            <source>, {n} conflict to resolve</source>
            <translation>، {n} تعارض بحاجة إلى حل</translation>
        </message>
        <message>
            <source>, {n} conflicts to resolve</source>
            <translation>، {n} من التعارضات بحاجة إلى حل</translation>
        </message>
        <message>
            <source>{meeting}: not merged ({reason})</source>
            <translation>{meeting}: لم يُدمج ({reason})</translation>
        </message>
        <message>
            <source>{code}: another meeting here has this code; kept without it</source>
            <translation>{code}: يحمل اجتماع آخر هنا هذا الرمز؛ حُفظ بدونه</translation>
        </message>
    </context>
</TS>
