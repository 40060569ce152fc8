<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaTable</name>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Today, %1: after %2, the last meeting</source>
        <translation>اليوم، %1: بعد %2، آخر اجتماع</translation>
    </message>
    <message>
        <source>Today, %1: the line falls before %2</source>
        <translation>اليوم، %1: يقع الخط قبل %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الشكل</translation>
    </message>
</context>
<context>
    <name>CalendarDocks</name>
    <message>
        <source>Meetings in view</source>
        <translation>الاجتماعات المعروضة</translation>
    </message>
    <message>
        <source>The agenda lists every meeting: choose a calendar view.</source>
        <translation>يسرد جدول الأعمال جميع الاجتماعات: اختر عرضاً للتقويم.</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>%1: the first day cannot come after the last (%2)</source>
        <translation>%1: لا يمكن أن يأتي اليوم الأول بعد اليوم الأخير (%2)</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>لا توجد ملاحظات</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Go to Date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <source>Date to show</source>
        <translation>التاريخ المراد عرضه</translation>
    </message>
</context>
<context>
    <name>CalendarZoom</name>
    <message>
        <source>Zoomed as far as the view goes</source>
        <translation>بلغ التكبير أقصى حد للعرض</translation>
    </message>
    <message>
        <source>Timeline: %1 across</source>
        <translation>الخط الزمني: %1 عرضاً</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غداً</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>بعد %1 أيام</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>قبل %1 أيام</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>منقضٍ</translation>
    </message>
    <message>
        <source>Geneva public holiday: %1</source>
        <translation>عطلة رسمية في جنيف: %1</translation>
    </message>
    <message>
        <source>Falls on a weekend; no ITU text moves it to a working day.</source>
        <translation>يقع في عطلة نهاية الأسبوع؛ ولا يوجد نص للاتحاد ينقله إلى يوم عمل.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>Deadlines of the shown meetings</source>
        <translation>المواعيد النهائية للاجتماعات المعروضة</translation>
    </message>
    <message>
        <source>Show past deadlines</source>
        <translation>عرض المواعيد النهائية المنقضية</translation>
    </message>
    <message>
        <source>Also list deadlines whose day has gone for meetings already held</source>
        <translation>إدراج المواعيد النهائية المنقضية للاجتماعات التي عُقدت أيضاً</translation>
    </message>
</context>
<context>
    <name>DecidedEdit</name>
    <message>
        <source>Period decided by a higher body</source>
        <translation>فترة قررتها هيئة أعلى</translation>
    </message>
    <message>
        <source>e.g. PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>مثلاً القرار 77 لمؤتمر المندوبين المفوضين (المراجَع في بوخارست، 2022)</translation>
    </message>
    <message>
        <source>First day of the decided period</source>
        <translation>اليوم الأول من الفترة المقررة</translation>
    </message>
    <message>
        <source>Last day of the decided period</source>
        <translation>اليوم الأخير من الفترة المقررة</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>قررتها:</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 أيام)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>ترفع تقاريرها إلى</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Decided period</source>
        <translation>الفترة المقررة</translation>
    </message>
    <message>
        <source>Cycle year</source>
        <translation>سنة الدورة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>تفاصيل الاجتماع</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>لم يُحدَّد أي اجتماع.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>التغييرات من %1 إلى %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Cannot print the changes</source>
        <translation>تتعذر طباعة التغييرات</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>لم يُكتب ملف PDF</translation>
    </message>
    <message>
        <source>Save the Changes as PDF</source>
        <translation>حفظ التغييرات بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>اجتماع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>&amp;تحرير الاجتماع…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;نسخ مكرر</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Move a Day &amp;Earlier</source>
        <translation>تقديم يوماً &amp;واحداً</translation>
    </message>
    <message>
        <source>Move a Day &amp;Later</source>
        <translation>تأخير يوماً وا&amp;حداً</translation>
    </message>
    <message>
        <source>&amp;Move by…</source>
        <translation>&amp;نقل بمقدار…</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>&amp;اقتراح تواريخ…</translation>
    </message>
    <message>
        <source>C&amp;hange Status, Kind, Venue or Mode…</source>
        <translation>&amp;تغيير الحالة أو النوع أو مكان الانعقاد أو الشكل…</translation>
    </message>
    <message>
        <source>Cannot suggest dates</source>
        <translation>يتعذر اقتراح تواريخ</translation>
    </message>
    <message>
        <source>Delete meetings</source>
        <translation>حذف اجتماعات</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>حذف %1؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export meetings</source>
        <translation>تصدير الاجتماعات</translation>
    </message>
    <message>
        <source>ITU Meeting Planner</source>
        <translation>مخطِّط اجتماعات الاتحاد الدولي للاتصالات</translation>
    </message>
    <message>
        <source>Add religious periods and venue public holidays</source>
        <translation>إضافة الفترات الدينية والعطلات الرسمية لأماكن الانعقاد</translation>
    </message>
    <message>
        <source>Add each meeting&apos;s deadlines</source>
        <translation>إضافة المواعيد النهائية لكل اجتماع</translation>
    </message>
    <message>
        <source>1 meeting (the one the current filter shows) will be written to %1.</source>
        <translation>سيُكتب اجتماع واحد (الذي يعرضه المرشِّح الحالي) في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings (those the current filter shows) will be written to %1.</source>
        <translation>
            <numerusform>سيُكتب %n اجتماع (التي يعرضها المرشِّح الحالي) في %1.</numerusform>
            <numerusform>سيُكتب %n اجتماع (الذي يعرضه المرشِّح الحالي) في %1.</numerusform>
            <numerusform>سيُكتب %n اجتماعان (اللذان يعرضهما المرشِّح الحالي) في %1.</numerusform>
            <numerusform>ستُكتب %n اجتماعات (التي يعرضها المرشِّح الحالي) في %1.</numerusform>
            <numerusform>سيُكتب %n اجتماعاً (مما يعرضه المرشِّح الحالي) في %1.</numerusform>
            <numerusform>سيُكتب %n اجتماع (مما يعرضه المرشِّح الحالي) في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>اسم التقويم:</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ليس مجلداً</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تعد هناك مساحة على القرص</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود بالفعل</translation>
    </message>
</context>
<context>
    <name>FieldChangeDialog</name>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>الحقل المراد تغييره</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>بلا مكان انعقاد</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>الاجتماعات:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;تغيير:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>%1 of %2 will change.</source>
        <translation>سيتغير %1 من %2.</translation>
    </message>
    <message>
        <source>Nothing would change: each already has this value.</source>
        <translation>لن يتغير شيء: لكل منها هذه القيمة بالفعل.</translation>
    </message>
    <message>
        <source>Their place becomes %1.</source>
        <translation>يصبح مكانها %1.</translation>
    </message>
    <message>
        <source>%1 loses its room, which %2 does not have.</source>
        <translation>يفقد %1 قاعته، التي لا توجد في %2.</translation>
    </message>
    <message>
        <source>%1 lose their rooms, which %2 does not have.</source>
        <translation>تفقد %1 قاعاتها، التي لا توجد في %2.</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>بلا مكان انعقاد</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;ملف حديث</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import the &amp;Bundled ITU Calendar…</source>
        <translation>استيراد تقويم الاتحاد &amp;المرفق…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the Se&amp;lection…</source>
        <translation>تصدير الم&amp;حدَّد…</translation>
    </message>
    <message>
        <source>S&amp;hared Calendar…</source>
        <translation>التقويم ال&amp;مشترك…</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>يتعذر إنشاء قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 already exists: open it with File &gt; Open Database…</source>
        <translation>%1 موجودة بالفعل: افتحها من ملف &gt; فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>يتعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 does not exist (moved or deleted?)</source>
        <translation>%1 غير موجودة (نُقلت أو حُذفت؟)</translation>
    </message>
    <message>
        <source>Open planning database</source>
        <translation>فتح قاعدة بيانات تخطيط</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات التخطيط (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>قاعدة بيانات تخطيط جديدة</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>لا توجد قواعد بيانات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>Save a copy of the planning database</source>
        <translation>حفظ نسخة من قاعدة بيانات التخطيط</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Import the bundled ITU calendar</source>
        <translation>استيراد تقويم الاتحاد المرفق</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>استيراد الاجتماعات</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</source>
        <translation>التقويمات والجداول (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>تصدير الاجتماعات</translation>
    </message>
    <message>
        <source>iCalendar for Outlook (*.ics);;CSV (*.csv)</source>
        <translation>iCalendar لبرنامج Outlook (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2</source>
        <translation>كُتب %1 اجتماعاً في %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Code, title, place, body, chair…</source>
        <translation>الرمز، العنوان، المكان، الهيئة، الرئيس…</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>البحث عن اجتماعات</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>%n kinds</source>
        <translation>%n أنواع</translation>
    </message>
    <message>
        <source>Kinds shown</source>
        <translation>الأنواع المعروضة</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>جميع القطاعات</translation>
    </message>
    <message>
        <source>%n Sectors</source>
        <translation>%n قطاعات</translation>
    </message>
    <message>
        <source>Sectors shown</source>
        <translation>القطاعات المعروضة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>%n statuses</source>
        <translation>%n حالات</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>الحالات المعروضة</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>جميع الهيئات</translation>
    </message>
    <message>
        <source>%n bodies</source>
        <translation>%n هيئات</translation>
    </message>
    <message>
        <source>Bodies shown</source>
        <translation>الهيئات المعروضة</translation>
    </message>
    <message>
        <source>A body&apos;s own meetings and those of the groups reporting to it</source>
        <translation>اجتماعات الهيئة نفسها واجتماعات الأفرقة التي ترفع تقاريرها إليها</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>الهيئات</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;مسح المرشِّحات</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>ال&amp;قطاع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>الهي&amp;ئة:</translation>
    </message>
    <message>
        <source>Show on calendars</source>
        <translation>العرض على التقويمات</translation>
    </message>
    <message>
        <source>&amp;Religious periods</source>
        <translation>الفترات ال&amp;دينية</translation>
    </message>
    <message>
        <source>Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)</source>
        <translation>الفترات التي يجب تجنبها بموجب القرار 111 لمؤتمر المندوبين المفوضين (المراجَع في بوخارست، 2022)</translation>
    </message>
    <message>
        <source>Venue &amp;holidays</source>
        <translation>&amp;عطلات أماكن الانعقاد</translation>
    </message>
    <message>
        <source>Public holidays of each venue</source>
        <translation>العطلات الرسمية لكل مكان انعقاد</translation>
    </message>
    <message>
        <source>&amp;Outside ICT events</source>
        <translation>&amp;أحداث خارجية</translation>
    </message>
    <message>
        <source>Events of other organizations</source>
        <translation>أحداث منظمات أخرى</translation>
    </message>
    <message>
        <source>&amp;Decided periods</source>
        <translation>الفترات ال&amp;مقررة</translation>
    </message>
    <message>
        <source>Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)</source>
        <translation>الفترات المقررة بموجب القرار 77 لمؤتمر المندوبين المفوضين (المراجَع في بوخارست، 2022)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>&amp;Waive the Selected Finding…</source>
        <translation>&amp;إعفاء الملاحظة المحددة…</translation>
    </message>
    <message>
        <source>Remove the &amp;Waiver of the Selected Finding</source>
        <translation>إزالة &amp;الإعفاء عن الملاحظة المحددة</translation>
    </message>
    <message>
        <source>%1 errors · %2 warnings · %3 info</source>
        <translation>%1 أخطاء · %2 تحذيرات · %3 معلومات</translation>
    </message>
    <message>
        <source>Not checked: a rule setting cannot be used</source>
        <translation>لم يُتحقق: يتعذر استعمال أحد إعدادات القواعد</translation>
    </message>
    <message>
        <source>Not checked: the calendar cannot be read</source>
        <translation>لم يُتحقق: تتعذر قراءة التقويم</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>إعفاء الملاحظة</translation>
    </message>
    <message>
        <source>Why is this acceptable? (e.g. &quot;Council Decision 623&quot;)

%1</source>
        <translation>لماذا يُعد هذا مقبولاً؟ (مثلاً &quot;مقرر المجلس 623&quot;)

%1</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>لم يُمنح الإعفاء</translation>
    </message>
    <message>
        <source>Waiver not removed</source>
        <translation>لم يُزل الإعفاء</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>[waived] </source>
        <translation>[معفاة] </translation>
    </message>
    <message>
        <source>, %1 waived</source>
        <translation>، %1 معفاة</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings by severity</source>
        <translation>الملاحظات حسب الخطورة</translation>
    </message>
    <message>
        <source>The selected finding and its rule</source>
        <translation>الملاحظة المحددة وقاعدتها</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>إ&amp;عفاء…</translation>
    </message>
    <message>
        <source>&amp;Remove waiver</source>
        <translation>إ&amp;زالة الإعفاء</translation>
    </message>
    <message>
        <source>Checking the calendar against the rules…</source>
        <translation>جارٍ التحقق من التقويم وفقاً للقواعد…</translation>
    </message>
    <message>
        <source>Select a finding to see its rule, its source and its meetings.</source>
        <translation>حدد ملاحظة لرؤية قاعدتها ومصدرها واجتماعاتها.</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1 was not imported: 1 problem to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>لم يُستورد %1: توجد مشكلة واحدة يجب تصحيحها. لم يتغير شيء في الخطة؛ صحّح الملف واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems to correct. Nothing in the plan was changed; correct the file and import it again.</source>
        <translation>لم يُستورد %1: توجد %2 مشكلات يجب تصحيحها. لم يتغير شيء في الخطة؛ صحّح الملف واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشكلات في الملف</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title or field</source>
        <translation>العنوان أو الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 للإضافة</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 للتحديث</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 بلا تغيير</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 متجاوزة</translation>
    </message>
    <message>
        <source>%1 new body, venue or room</source>
        <translation>%1 هيئة أو مكان انعقاد أو قاعة جديدة</translation>
    </message>
    <message>
        <source>%1 new bodies, venues or rooms</source>
        <translation>%1 هيئات أو أماكن انعقاد أو قاعات جديدة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>استيراد الاجتماعات</translation>
    </message>
    <message>
        <source>What importing %1 would change</source>
        <translation>ما سيغيّره استيراد %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Filter by code, title or field</source>
        <translation>الترشيح حسب الرمز أو العنوان أو الحقل</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>ترشيح التغييرات</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>التغييرات التي سيُحدثها الاستيراد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing in this file changes the plan: there is nothing to import.</source>
        <translation>لا شيء في هذا الملف يغيّر الخطة: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>للإضافة</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>للتحديث</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متجاوزة</translation>
    </message>
    <message>
        <source>New bodies, venues and rooms</source>
        <translation>هيئات وأماكن انعقاد وقاعات جديدة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>The planner will be in %1 the next time it starts.</source>
        <translation>سيعمل المخطِّط باللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading the calendar…</source>
        <translation>جارٍ قراءة التقويم…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>المرشِّحات</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>Meetings in View</source>
        <translation>الاجتماعات المعروضة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>الأج&amp;زاء</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>تتعذر الكتابة فيها</translation>
    </message>
    <message>
        <source>Opened read-only (%1): nothing can be changed</source>
        <translation>فُتحت للقراءة فقط (%1): لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>At set times (a short or virtual meeting)</source>
        <translation>في أوقات محددة (اجتماع قصير أو افتراضي)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>the year it meets</source>
        <translation>السنة التي يُعقد فيها</translation>
    </message>
    <message>
        <source>The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)</source>
        <translation>سنة الدورة التي ينتمي إليها، إن اختلفت (عُقدت WTSA-20 في 2022)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>&amp;Suggest Dates…</source>
        <translation>&amp;اقتراح تواريخ…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>الهيئة:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>ترفع تقاريرها إلى:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>ال&amp;اجتماع</translation>
    </message>
    <message>
        <source>Dates known to the:</source>
        <translation>التواريخ معروفة حتى:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>الأوقات:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Cycle year:</source>
        <translation>سنة الدورة:</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>مكان الانعقاد:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>الرئيس:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>التفا&amp;صيل</translation>
    </message>
    <message>
        <source>Meeting fields</source>
        <translation>حقول الاجتماع</translation>
    </message>
    <message>
        <source>Field groups</source>
        <translation>مجموعات الحقول</translation>
    </message>
    <message>
        <source>Give the meeting a code, such as PP-30, C27 or RG-Q3/1.</source>
        <translation>أعطِ الاجتماع رمزاً، مثل PP-30 أو C27 أو RG-Q3/1.</translation>
    </message>
    <message>
        <source>%1 is already used by another meeting: choose another code.</source>
        <translation>%1 مستخدم بالفعل لاجتماع آخر: اختر رمزاً آخر.</translation>
    </message>
    <message>
        <source>%1 is not a known venue: choose one from the list, or none.</source>
        <translation>%1 ليس مكان انعقاد معروفاً: اختر مكاناً من القائمة، أو لا شيء.</translation>
    </message>
    <message>
        <source>%1 has no room %2: choose one of its rooms from the list.</source>
        <translation>لا توجد في %1 قاعة %2: اختر إحدى قاعاته من القائمة.</translation>
    </message>
    <message>
        <source>%1 is not an IANA time zone: choose one from the list (Geneva&apos;s is Europe/Zurich).</source>
        <translation>%1 ليست منطقة زمنية من IANA: اختر واحدة من القائمة (منطقة جنيف هي Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country in the list: choose one by its name.</source>
        <translation>%1 ليس بلداً في القائمة: اختر بلداً باسمه.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>“Reports to” body</source>
        <translation>هيئة &quot;ترفع تقاريرها إلى&quot;</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>معرِّف UID في التقويم</translation>
    </message>
    <message>
        <source>“Decided by”</source>
        <translation>&quot;قررتها&quot;</translation>
    </message>
    <message>
        <source>%1 is known only by its month: its dates are all of %2.</source>
        <translation>لا يُعرف عن %1 إلا شهره: تواريخه هي كامل %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its quarter: its dates are all of %2.</source>
        <translation>لا يُعرف عن %1 إلا ربعه: تواريخه هي كامل %2.</translation>
    </message>
    <message>
        <source>%1 is known only by its year: its dates are all of %2.</source>
        <translation>لا يُعرف عن %1 إلا سنته: تواريخه هي كامل %2.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>هذا الاجتماع</translation>
    </message>
    <message>
        <source>Give %1 a title.</source>
        <translation>أعطِ %1 عنواناً.</translation>
    </message>
    <message>
        <source>%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in those years.</source>
        <translation>يقع %1 في %2؛ ويضم المخطِّط الاجتماعات من %3 إلى %4: اختر تواريخ في هذه السنوات.</translation>
    </message>
    <message>
        <source>%1 ends on %2, before it starts on %3: change its first or last day.</source>
        <translation>ينتهي %1 في %2، قبل أن يبدأ في %3: غيّر يومه الأول أو الأخير.</translation>
    </message>
    <message>
        <source>%1 has set times, so its dates must be known to the day: choose “Day” as what its dates are known to, or clear “At set times”.</source>
        <translation>لـ %1 أوقات محددة، لذا يجب أن تكون تواريخه معروفة باليوم: اختر &quot;يوم&quot; لدقة تواريخه، أو ألغِ &quot;في أوقات محددة&quot;.</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3 on the same day: change its times.</source>
        <translation>ينتهي %1 في الساعة %2، قبل أن يبدأ في الساعة %3 في اليوم نفسه: غيّر أوقاته.</translation>
    </message>
    <message>
        <source>%1 has no set times, so it has no time zone: clear the time zone.</source>
        <translation>ليس لـ %1 أوقات محددة، لذا ليست له منطقة زمنية: امسح المنطقة الزمنية.</translation>
    </message>
    <message>
        <source>%1 has set times: choose the time zone they are in (Geneva&apos;s is Europe/Zurich).</source>
        <translation>لـ %1 أوقات محددة: اختر المنطقة الزمنية التي تُحسب بها (منطقة جنيف هي Europe/Zurich).</translation>
    </message>
    <message>
        <source>%1 is not a country: choose one from the list by name.</source>
        <translation>%1 ليس بلداً: اختر بلداً من القائمة باسمه.</translation>
    </message>
    <message>
        <source>Give the number of participants of %1 from 0 to %2, or leave it unknown.</source>
        <translation>أعطِ عدد المشاركين في %1 من 0 إلى %2، أو اتركه غير معروف.</translation>
    </message>
    <message>
        <source>The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave it the same as its year.</source>
        <translation>سنة الدورة لـ %1، وهي %2، غير معقولة: أعطِ سنة من %3 إلى %4، أو اتركها مثل سنة انعقاده.</translation>
    </message>
    <message>
        <source>%1 has a room, %2, but no venue: choose its venue first.</source>
        <translation>لـ %1 قاعة، هي %2، ولكن بلا مكان انعقاد: اختر مكان انعقاده أولاً.</translation>
    </message>
    <message>
        <source>The period decided for %1 %2: change its first or last day, or clear “Period decided by a higher body”.</source>
        <translation>الفترة المقررة لـ %1 %2: غيّر يومها الأول أو الأخير، أو ألغِ &quot;فترة قررتها هيئة أعلى&quot;.</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1: الحقل %2 %3.</translation>
    </message>
    <message>
        <source>Shorten the %1 of %2: %3 characters, where a field holds at most %4.</source>
        <translation>اختصر حقل %1 في %2: فيه %3 حرفاً، بينما يتسع الحقل لـ %4 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <source>Retype the %1 of %2: there is an invisible control character in it (only tabs and line breaks may be used).</source>
        <translation>أعد كتابة حقل %1 في %2: فيه حرف تحكم غير مرئي (لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر).</translation>
    </message>
    <message>
        <source>The code %1 has spaces around it: remove them.</source>
        <translation>الرمز %1 محاط بمسافات: أزلها.</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <source>ends on %1, before it begins on %2</source>
        <translation>تنتهي في %1، قبل أن تبدأ في %2</translation>
    </message>
    <message>
        <source>must fall within %1-%2</source>
        <translation>يجب أن تقع ضمن %1-%2</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
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
        <source>Source: </source>
        <translation>المصدر: </translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>1 meeting</source>
        <translation>اجتماع واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n اجتماع</numerusform>
            <numerusform>%n اجتماع</numerusform>
            <numerusform>%n اجتماعان</numerusform>
            <numerusform>%n اجتماعات</numerusform>
            <numerusform>%n اجتماعاً</numerusform>
            <numerusform>%n اجتماع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>يُعرض %1 من %2 اجتماعاً</translation>
    </message>
</context>
<context>
    <name>MoveDaysDialog</name>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> أيام</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>عدد الأيام</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;مبكراً</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>الاجتماعات:</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;نقل بمقدار:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation>%1: %2 يصبح %3</translation>
    </message>
    <message>
        <source>and %1 more, each by the same number of days</source>
        <translation>و%1 آخر، كل منها بعدد الأيام نفسه</translation>
    </message>
    <message>
        <source>%1 known only by a month, quarter or year cannot move by days: %2. Give them days in Edit Meeting, or leave them out of the selection.</source>
        <translation>لا يمكن نقل %1 المعروفة بالشهر أو الربع أو السنة فقط بالأيام: %2. حدد لها أياماً في تحرير الاجتماع، أو استبعدها من التحديد.</translation>
    </message>
    <message>
        <source>%1 would leave the years the planner supports.</source>
        <translation>سيخرج %1 عن السنوات التي يدعمها المخطِّط.</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <source>Religious Observances</source>
        <translation>المناسبات الدينية</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Religious observances of the year</source>
        <translation>المناسبات الدينية للسنة</translation>
    </message>
    <message>
        <source>First day of the observance</source>
        <translation>اليوم الأول من المناسبة</translation>
    </message>
    <message>
        <source>Last day of the observance</source>
        <translation>اليوم الأخير من المناسبة</translation>
    </message>
    <message>
        <source>&amp;Correct Dates</source>
        <translation>&amp;تصحيح التواريخ</translation>
    </message>
    <message>
        <source>Restore &amp;Computed Dates</source>
        <translation>استعادة التواريخ ال&amp;محسوبة</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>تصحيح التواريخ</translation>
    </message>
    <message>
        <source>Restore the computed dates</source>
        <translation>استعادة التواريخ المحسوبة</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>اليوم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأ&amp;خير:</translation>
    </message>
    <message>
        <source>edited by the planner</source>
        <translation>حرّره المخطِّط</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>محسوب</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>، تقديري</translation>
    </message>
    <message>
        <source>%1 already has these dates</source>
        <translation>لـ %1 هذه التواريخ بالفعل</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>الجزء التالي</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>الجزء السابق</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Day (first and last day)</source>
        <translation>يوم (اليوم الأول والأخير)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع السنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Q1 (Jan-Mar)</source>
        <translation>الربع 1 (يناير-مارس)</translation>
    </message>
    <message>
        <source>Q2 (Apr-Jun)</source>
        <translation>الربع 2 (أبريل-يونيو)</translation>
    </message>
    <message>
        <source>Q3 (Jul-Sep)</source>
        <translation>الربع 3 (يوليو-سبتمبر)</translation>
    </message>
    <message>
        <source>Q4 (Oct-Dec)</source>
        <translation>الربع 4 (أكتوبر-ديسمبر)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Year of the quarter</source>
        <translation>سنة الربع</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from Template</source>
        <translation>التخطيط انطلاقاً من نموذج</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>The template is the import CSV with two more columns: days (the length) and within (a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30). Rows with dates stay where they are; the others are placed among this calendar.</source>
        <translation>النموذج هو ملف CSV للاستيراد مع عمودين إضافيين: days (المدة) وwithin (فترة مثل 2035 أو 2035-Q4 أو 2035-10 أو 2035-03-01..2035-06-30). تبقى الصفوف ذات التواريخ في مكانها؛ وتوضع البقية ضمن هذا التقويم.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;تخطيط</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>قاعدة البيانات الجديدة:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>الحد الزمني:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Planning Template</source>
        <translation>نموذج التخطيط</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>New Planning Database</source>
        <translation>قاعدة بيانات تخطيط جديدة</translation>
    </message>
    <message>
        <source>%1: no such template; choose a CSV file.</source>
        <translation>%1: لا يوجد هذا النموذج؛ اختر ملف CSV.</translation>
    </message>
    <message>
        <source>End the new database&apos;s name in .sqlite: the plan opens as one.</source>
        <translation>اجعل اسم قاعدة البيانات الجديدة ينتهي بـ .sqlite: فالخطة تُفتح كقاعدة بيانات.</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose where to write the plan.</source>
        <translation>%1 ليس مجلداً: اختر مكان كتابة الخطة.</translation>
    </message>
    <message>
        <source>Choose a new file: the plan must not replace the open calendar.</source>
        <translation>اختر ملفاً جديداً: يجب ألا تحل الخطة محل التقويم المفتوح.</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>يتعذر استعمال %1:</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>تتعذر قراءة %1 (%2).</translation>
    </message>
    <message>
        <source>%1 has no row to place: give a row days and within.</source>
        <translation>ليس في %1 صف لوضعه: أعطِ صفاً قيمتي days وwithin.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the plan?</source>
        <translation>%1 موجود. هل تريد استبداله بالخطة؟</translation>
    </message>
    <message>
        <source>Placing %1 meetings…</source>
        <translation>جارٍ وضع %1 اجتماعاً…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Stopped waiting while the plan was being written: %1 may hold it, but it is not opened.</source>
        <translation>توقف الانتظار أثناء كتابة الخطة: قد يحتويها %1، لكنه لم يُفتح.</translation>
    </message>
    <message>
        <source>Stopped waiting: nothing is written. The solver stops within %1 s.</source>
        <translation>توقف الانتظار: لم يُكتب شيء. يتوقف المحلِّل خلال %1 ث.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>تعذر وضع الخطة: %1</translation>
    </message>
    <message>
        <source>(the solver found no smaller set: try a longer time limit)</source>
        <translation>(لم يجد المحلِّل مجموعة أصغر: جرّب حداً زمنياً أطول)</translation>
    </message>
    <message>
        <source>The template cannot be satisfied; these constraints conflict:</source>
        <translation>لا يمكن استيفاء النموذج؛ هذه القيود متعارضة:</translation>
    </message>
    <message>
        <source>No plan was found in the time given: try a longer time limit.</source>
        <translation>لم يُعثر على خطة في الوقت المحدد: جرّب حداً زمنياً أطول.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Rule Policy</source>
        <translation>سياسة القواعد</translation>
    </message>
    <message>
        <source>Find a rule by id or title</source>
        <translation>البحث عن قاعدة بالمعرِّف أو العنوان</translation>
    </message>
    <message>
        <source>Find a rule</source>
        <translation>البحث عن قاعدة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>القاعدة المحددة</translation>
    </message>
    <message>
        <source>Severity of the rule&apos;s findings</source>
        <translation>خطورة ملاحظات القاعدة</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>القاعدة تعمل</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>ال&amp;خطورة:</translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>إعدادات القاعدة المحددة</translation>
    </message>
    <message>
        <source>Settings changed from the defaults</source>
        <translation>الإعدادات المغيَّرة عن القيم الافتراضية</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>إعادة ال&amp;قيم الافتراضية</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>تطبيق الإعدادات</translation>
    </message>
    <message>
        <source>Reset the rule to its defaults</source>
        <translation>إعادة القاعدة إلى قيمها الافتراضية</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>حدد قاعدة لرؤية إعداداتها.</translation>
    </message>
    <message>
        <source>Changed from the catalogue: %1</source>
        <translation>مغيَّر عن الفهرس: %1</translation>
    </message>
    <message>
        <source>Every setting is the catalogue&apos;s default.</source>
        <translation>كل إعداد على قيمته الافتراضية في الفهرس.</translation>
    </message>
    <message>
        <source>A stored setting cannot be used: %1. Reset to Defaults removes it.</source>
        <translation>يتعذر استعمال إعداد محفوظ: %1. يزيله أمر إعادة القيم الافتراضية.</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (يتعذر استعماله)</translation>
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
        <source>nothing was changed in the fields</source>
        <translation>لم يتغير شيء في الحقول</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Takes effect the next time the planner starts.</source>
        <translation>يسري عند تشغيل المخطِّط في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Print the &amp;Selection…</source>
        <translation>طباعة ال&amp;محدَّد…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>تتعذر الطباعة</translation>
    </message>
    <message>
        <source>Drawing pages…</source>
        <translation>جارٍ رسم الصفحات…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>توقف: لم يُكتب %1</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>لم يُكتب ملف PDF</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>كُتبت %1 صفحات في %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Natural for the layout</source>
        <translation>الاتجاه الطبيعي للتخطيط</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Add the compliance annex to the list</source>
        <translation>إضافة ملحق الامتثال إلى القائمة</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>Year (year planner, cycle, list):</source>
        <translation>السنة (المخطط السنوي، الدورة، القائمة):</translation>
    </message>
    <message>
        <source>From (quarter, month):</source>
        <translation>من (الربع، الشهر):</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>الاتجاه:</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is already a saved view called “%1”.</source>
        <translation>يوجد بالفعل عرض محفوظ باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>يحتاج العرض المحفوظ إلى اسم.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>طرق العرض المحف&amp;وظة</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>طرق العرض المحفوظة</translation>
    </message>
    <message>
        <source>Filters saved under a name; choose one to apply it</source>
        <translation>مرشِّحات محفوظة باسم؛ اختر واحداً لتطبيقه</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Save the filters now set under a name</source>
        <translation>حفظ المرشِّحات الحالية باسم</translation>
    </message>
    <message>
        <source>Re&amp;name View…</source>
        <translation>إعادة &amp;تسمية العرض…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;حذف العرض</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>إ&amp;دارة</translation>
    </message>
    <message>
        <source>Rename or delete the view shown</source>
        <translation>إعادة تسمية العرض المعروض أو حذفه</translation>
    </message>
    <message>
        <source>Choose a view…</source>
        <translation>اختر عرضاً…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>لا توجد طرق عرض محفوظة بعد</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Save the filters now set as:</source>
        <translation>حفظ المرشِّحات الحالية باسم:</translation>
    </message>
    <message>
        <source>Replace the saved view “%1” with the filters now set?</source>
        <translation>هل تريد استبدال العرض المحفوظ &quot;%1&quot; بالمرشِّحات الحالية؟</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>إعادة تسمية العرض</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>اسم جديد لـ &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The meetings it shows are not affected.</source>
        <translation>حذف العرض المحفوظ &quot;%1&quot;؟ لا تتأثر الاجتماعات التي يعرضها.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف العرض</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot check the calendar</source>
        <translation>يتعذر التحقق من التقويم</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>لم يتغير</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Why the last change was not made</source>
        <translation>سبب عدم إجراء التغيير الأخير</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>لم يتغير: %1</translation>
    </message>
</context>
<context>
    <name>SharedCalendarDialog</name>
    <message>
        <source>Shared Calendar</source>
        <translation>التقويم المشترك</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>محفوظة في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>المزامنة كل</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;عنوان التقويم:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>الإبقاء على &amp;تغييراتي</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>الإبقاء على تغييرات&amp;هم</translation>
    </message>
    <message>
        <source>Conflicts (the same field changed here and there):</source>
        <translation>التعارضات (الحقل نفسه تغير هنا وهناك):</translation>
    </message>
    <message>
        <source>Type the calendar&apos;s address and your user name.</source>
        <translation>اكتب عنوان التقويم واسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>Type the password of %1 on this calendar.</source>
        <translation>اكتب كلمة مرور %1 على هذا التقويم.</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password (%1): it is used until you close the planner.</source>
        <translation>لا تستطيع حلقة مفاتيح النظام حفظ كلمة المرور (%1): ستُستخدم إلى أن تغلق المخطِّط.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Dates for %1</source>
        <translation>اقتراح تواريخ لـ %1</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1: %2، حالياً %3</translation>
    </message>
    <message>
        <source>2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>2035 أو 2035-Q4 أو 2035-10 أو 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>its own length</source>
        <translation>مدته الخاصة</translation>
    </message>
    <message>
        <source>(its own place)</source>
        <translation>(مكانه الخاص)</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>ا&amp;قتراح</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>التواريخ المرشحة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Findings of the candidate</source>
        <translation>ملاحظات المرشح</translation>
    </message>
    <message>
        <source>What blocks the dates</source>
        <translation>ما يعيق التواريخ</translation>
    </message>
    <message>
        <source>&amp;Use These Dates</source>
        <translation>ا&amp;ستخدام هذه التواريخ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>ضمن:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>الأيام:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>مكان الانعقاد:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>(any room)</source>
        <translation>(أي قاعة)</translation>
    </message>
    <message>
        <source>%1 is no longer in the plan</source>
        <translation>لم يعد %1 في الخطة</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>لا توجد ملاحظات</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you asked for suggestions: ask again</source>
        <translation>غيّر شخص آخر %1 منذ أن طلبت الاقتراحات: اطلبها مرة أخرى</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync with the shared calendar</source>
        <translation>المزامنة مع التقويم المشترك</translation>
    </message>
    <message>
        <source>Shared calendar: </source>
        <translation>التقويم المشترك: </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>no password (File &gt; Shared Calendar…)</source>
        <translation>لا توجد كلمة مرور (ملف &gt; التقويم المشترك…)</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>offline (will send 1 edit)</source>
        <translation>غير متصل (سيُرسل تعديل واحد)</translation>
    </message>
    <message>
        <source>offline (will send %1 edits)</source>
        <translation>غير متصل (ستُرسل %1 تعديلات)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>تعارض واحد</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 تعارضات</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and Rooms</source>
        <translation>أماكن الانعقاد والقاعات</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>أماكن الانعقاد</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>مكان انعقاد جديد</translation>
    </message>
    <message>
        <source>Save Venue</source>
        <translation>حفظ مكان الانعقاد</translation>
    </message>
    <message>
        <source>Delete Venue</source>
        <translation>حذف مكان الانعقاد</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>قاعة جديدة</translation>
    </message>
    <message>
        <source>Save Room</source>
        <translation>حفظ القاعة</translation>
    </message>
    <message>
        <source>Delete Room</source>
        <translation>حذف القاعة</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>اسم مكان الانعقاد</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>مدينة مكان الانعقاد</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>بلد مكان الانعقاد</translation>
    </message>
    <message>
        <source>Where the venue&apos;s details come from</source>
        <translation>مصدر تفاصيل مكان الانعقاد</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>اسم القاعة</translation>
    </message>
    <message>
        <source>Seated capacity of the room</source>
        <translation>عدد مقاعد القاعة</translation>
    </message>
    <message>
        <source>Where the room&apos;s capacity comes from</source>
        <translation>مصدر سعة القاعة</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>مكان انعقاد جديد</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>حفظ مكان الانعقاد</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>حذف مكان الانعقاد</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>قاعة جديدة</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>حفظ القاعة</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>حذف القاعة</translation>
    </message>
    <message>
        <source>document or web address</source>
        <translation>وثيقة أو عنوان ويب</translation>
    </message>
    <message>
        <source>room plan, document or web address</source>
        <translation>مخطط القاعة أو وثيقة أو عنوان ويب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>ال&amp;قاعة:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>الم&amp;قاعد:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>قاعات %1</translation>
    </message>
    <message>
        <source>choose the venue&apos;s country from the list, or leave it empty</source>
        <translation>اختر بلد مكان الانعقاد من القائمة، أو اتركه فارغاً</translation>
    </message>
    <message>
        <source>give the venue a name</source>
        <translation>أعطِ مكان الانعقاد اسماً</translation>
    </message>
    <message>
        <source>give the room a name</source>
        <translation>أعطِ القاعة اسماً</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Plenipotentiary Conference</source>
        <translation>مؤتمر المندوبين المفوضين</translation>
    </message>
    <message>
        <source>Council (ordinary session)</source>
        <translation>المجلس (دورة عادية)</translation>
    </message>
    <message>
        <source>Council (additional or last meeting)</source>
        <translation>المجلس (اجتماع إضافي أو أخير)</translation>
    </message>
    <message>
        <source>Council working group / expert group</source>
        <translation>فريق العمل التابع للمجلس / فريق خبراء</translation>
    </message>
    <message>
        <source>World Telecommunication Development Conference</source>
        <translation>المؤتمر العالمي لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>World Telecommunication Standardization Assembly</source>
        <translation>الجمعية العالمية لتقييس الاتصالات</translation>
    </message>
    <message>
        <source>World Radiocommunication Conference</source>
        <translation>المؤتمر العالمي للاتصالات الراديوية</translation>
    </message>
    <message>
        <source>Radiocommunication Assembly</source>
        <translation>جمعية الاتصالات الراديوية</translation>
    </message>
    <message>
        <source>World Conference on International Telecommunications</source>
        <translation>المؤتمر العالمي للاتصالات الدولية</translation>
    </message>
    <message>
        <source>Conference Preparatory Meeting</source>
        <translation>الاجتماع التحضيري للمؤتمر</translation>
    </message>
    <message>
        <source>Regional preparatory meeting</source>
        <translation>الاجتماع التحضيري الإقليمي</translation>
    </message>
    <message>
        <source>Advisory group</source>
        <translation>الفريق الاستشاري</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>لجنة الدراسات</translation>
    </message>
    <message>
        <source>Working party</source>
        <translation>فرقة العمل</translation>
    </message>
    <message>
        <source>Rapporteur group</source>
        <translation>فريق المقرر</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>فريق خبراء</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>منتدى</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Outside ICT event</source>
        <translation>حدث خارجي في مجال تكنولوجيا المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>المجلس</translation>
    </message>
    <message>
        <source>Council (extra)</source>
        <translation>المجلس (إضافي)</translation>
    </message>
    <message>
        <source>CWG / Council EG</source>
        <translation>CWG / فريق خبراء المجلس</translation>
    </message>
    <message>
        <source>Outside event</source>
        <translation>حدث خارجي</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>الأمانة العامة</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>مؤقت</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Year Planner</source>
        <translation>المخطط ال&amp;سنوي</translation>
    </message>
    <message>
        <source>&amp;Cycle Timeline</source>
        <translation>الخط الزمني لل&amp;دورة</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>ال&amp;شهر</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>الأ&amp;سبوع</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>المخطط السنوي</translation>
    </message>
    <message>
        <source>Cycle timeline</source>
        <translation>الخط الزمني للدورة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Cycle chart</source>
        <translation>مخطط الدورة</translation>
    </message>
    <message>
        <source>Quarter timetable</source>
        <translation>جدول زمني ربع سنوي</translation>
    </message>
    <message>
        <source>Month timetable</source>
        <translation>جدول زمني شهري</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>تقويم الشهر</translation>
    </message>
    <message>
        <source>Meeting list</source>
        <translation>قائمة الاجتماعات</translation>
    </message>
    <message>
        <source>Deadlines checklist</source>
        <translation>قائمة المواعيد النهائية</translation>
    </message>
    <message>
        <source>Changes between two calendars</source>
        <translation>التغييرات بين تقويمين</translation>
    </message>
    <message>
        <source>Planning databases (*.sqlite *.db)</source>
        <translation>قواعد بيانات التخطيط (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>تغييراتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>تغييراتهم</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Waivers</source>
        <translation>الإعفاءات</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Meetings or year</source>
        <translation>الاجتماعات أو السنة</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Stored waivers</source>
        <translation>الإعفاءات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Unwaive Selected</source>
        <translation>إ&amp;لغاء الإعفاءات المحددة</translation>
    </message>
    <message>
        <source>Take back the selected waivers</source>
        <translation>سحب الإعفاءات المحددة</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Geneva&apos;s time zone</source>
        <translation>المنطقة الزمنية لجنيف</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Plans ITU conferences, Council sessions and groups.</source>
        <translation>يخطط مؤتمرات الاتحاد الدولي للاتصالات ودورات المجلس والأفرقة.</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) %1 and Qt, under the LGPL-3.0.</source>
        <translation>Qt for Python (PySide6) %1 وQt، بموجب ترخيص LGPL-3.0.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>ال&amp;تراخيص…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Filter</source>
        <translation>ترشيح</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>ترشيح الاختصارات</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Filter by id, title or citation</source>
        <translation>الترشيح حسب المعرِّف أو العنوان أو المرجع</translation>
    </message>
    <message>
        <source>Filter the rules</source>
        <translation>ترشيح القواعد</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (معطلة)</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>القاعدة المحددة</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>one a line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>, or empty for all years</source>
        <translation>، أو فارغ لجميع السنوات</translation>
    </message>
    <message>
        <source>, or empty for today</source>
        <translation>، أو فارغ لليوم</translation>
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
        <translation>جارٍ اليوم</translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <source>Cannot redo</source>
        <translation>تتعذر الإعادة</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>يتعذر التراجع</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Calendars</source>
        <translation>التقويمات</translation>
    </message>
    <message>
        <source>Left / Right / Up / Down</source>
        <translation>يسار / يمين / أعلى / أسفل</translation>
    </message>
    <message>
        <source>Step to the previous or next meeting</source>
        <translation>الانتقال إلى الاجتماع السابق أو التالي</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>إلغاء السحب</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+العجلة</translation>
    </message>
    <message>
        <source>Zoom the cycle timeline</source>
        <translation>تكبير الخط الزمني للدورة</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Jump to the first meeting that matches, without opening it</source>
        <translation>الانتقال إلى أول اجتماع مطابق، دون فتحه</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control</source>
        <translation>الانتقال إلى عنصر التحكم التالي أو السابق</translation>
    </message>
    <message>
        <source>Edit the current meeting</source>
        <translation>تحرير الاجتماع الحالي</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>مفتاح القائمة / Shift+F10</translation>
    </message>
    <message>
        <source>The current row&apos;s context menu</source>
        <translation>قائمة السياق للصف الحالي</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>ت&amp;خطيط</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>الانتقال إلى ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>الا&amp;نتقال إلى تاريخ…</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>الفترة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>الفترة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Show on &amp;Calendars</source>
        <translation>العرض على ال&amp;تقويمات</translation>
    </message>
    <message>
        <source>&amp;Venues and Rooms…</source>
        <translation>أماكن الانعقاد وال&amp;قاعات…</translation>
    </message>
    <message>
        <source>&amp;Rule Settings…</source>
        <translation>إعدادات ال&amp;قواعد…</translation>
    </message>
    <message>
        <source>&amp;Observances…</source>
        <translation>ال&amp;مناسبات الدينية…</translation>
    </message>
    <message>
        <source>&amp;Waivers…</source>
        <translation>الإ&amp;عفاءات…</translation>
    </message>
    <message>
        <source>&amp;Plan from Template…</source>
        <translation>ال&amp;تخطيط انطلاقاً من نموذج…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>ال&amp;قواعد</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>يتعذر فتح الخطة</translation>
    </message>
</context>
</TS>
