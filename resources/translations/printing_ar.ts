<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Deadlines</name>
    <message>
        <source>Invitation circular sent</source>
        <translation>إرسال الرسالة المعممة للدعوة</translation>
    </message>
    <message>
        <source>Registration form due</source>
        <translation>آخر موعد لاستمارة التسجيل</translation>
    </message>
    <message>
        <source>Contributions due for translation</source>
        <translation>آخر موعد للمساهمات المطلوب ترجمتها</translation>
    </message>
    <message>
        <source>Last contributions due (published untranslated)</source>
        <translation>آخر موعد للمساهمات (تُنشر دون ترجمة)</translation>
    </message>
    <message>
        <source>Translated contributions published</source>
        <translation>نشر المساهمات المترجمة</translation>
    </message>
    <message>
        <source>Secretariat documents published</source>
        <translation>نشر وثائق الأمانة</translation>
    </message>
    <message>
        <source>WTDC contributions due</source>
        <translation>آخر موعد لمساهمات WTDC</translation>
    </message>
    <message>
        <source>All WTDC contributions published</source>
        <translation>نشر جميع مساهمات WTDC</translation>
    </message>
    <message>
        <source>WTDC secretariat documents published</source>
        <translation>نشر وثائق أمانة WTDC</translation>
    </message>
    <message>
        <source>Proposed new ITU-D study Questions due</source>
        <translation>آخر موعد لمسائل الدراسة الجديدة المقترحة لقطاع ITU-D</translation>
    </message>
    <message>
        <source>List of proposed study Questions communicated</source>
        <translation>إبلاغ قائمة مسائل الدراسة المقترحة</translation>
    </message>
    <message>
        <source>Interpretation requested</source>
        <translation>طلب الترجمة الشفوية</translation>
    </message>
    <message>
        <source>Draft Recommendations available in all languages</source>
        <translation>إتاحة مشاريع التوصيات بجميع اللغات</translation>
    </message>
    <message>
        <source>Circular on Recommendations for adoption received</source>
        <translation>استلام الرسالة المعممة بشأن التوصيات المقدمة للاعتماد</translation>
    </message>
    <message>
        <source>Side event announced</source>
        <translation>الإعلان عن الحدث الجانبي</translation>
    </message>
    <message>
        <source>TDAG detailed report available</source>
        <translation>إتاحة التقرير المفصل للفريق الاستشاري لتنمية الاتصالات</translation>
    </message>
    <message>
        <source>Res. 101 report on IP-based networks distributed</source>
        <translation>توزيع تقرير القرار 101 بشأن الشبكات القائمة على IP</translation>
    </message>
    <message>
        <source>Decision 5 budget data to Council</source>
        <translation>بيانات الميزانية للمجلس بموجب المقرر 5</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (preferred date)</source>
        <translation>المرشحون للرئاسة ونيابة الرئاسة (التاريخ المفضل)</translation>
    </message>
    <message>
        <source>Chair and vice-chair candidates (at the latest)</source>
        <translation>المرشحون للرئاسة ونيابة الرئاسة (آخر موعد)</translation>
    </message>
    <message>
        <source>EG-ITRs first draft of the final report</source>
        <translation>المسودة الأولى للتقرير النهائي لفريق الخبراء EG-ITRs</translation>
    </message>
    <message>
        <source>Council secretariat documents with serious financial implications</source>
        <translation>وثائق أمانة المجلس ذات الآثار المالية الكبيرة</translation>
    </message>
    <message>
        <source>All Council secretariat documents</source>
        <translation>جميع وثائق أمانة المجلس</translation>
    </message>
    <message>
        <source>Member State contributions to Council</source>
        <translation>مساهمات الدول الأعضاء في المجلس</translation>
    </message>
    <message>
        <source>Documents for the Council&apos;s last meeting before the PP</source>
        <translation>وثائق آخر اجتماع للمجلس قبل مؤتمر المندوبين المفوضين</translation>
    </message>
    <message>
        <source>Contributions to the Council&apos;s last meeting before the PP</source>
        <translation>المساهمات في آخر اجتماع للمجلس قبل مؤتمر المندوبين المفوضين</translation>
    </message>
    <message>
        <source>ITU-D timetable of {year} meetings published</source>
        <translation>نشر الجدول الزمني لاجتماعات قطاع ITU-D لعام {year}</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <source>opening of the next EG-ITRs meeting</source>
        <translation>افتتاح الاجتماع التالي لفريق EG-ITRs</translation>
    </message>
    <message>
        <source>opening of the first ITU-D meeting of {year}</source>
        <translation>افتتاح أول اجتماع لقطاع ITU-D في عام {year}</translation>
    </message>
    <message>
        <source>{count} calendar day</source>
        <translation>{count} يوم تقويمي</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} يوم تقويمي</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} أسبوع</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} أسبوع</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count} شهر</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} شهر</translation>
    </message>
</context>
<context>
    <name>Observances</name>
    <message>
        <source>Christmas</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>عيد الميلاد الأرثوذكسي</translation>
    </message>
    <message>
        <source>Good Friday to Easter Monday</source>
        <translation>من الجمعة العظيمة إلى اثنين الفصح</translation>
    </message>
    <message>
        <source>Orthodox Good Friday to Easter Monday</source>
        <translation>من الجمعة العظيمة إلى اثنين الفصح (أرثوذكسي)</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
    <message>
        <source>Passover (first two days)</source>
        <translation>عيد الفصح اليهودي (اليومان الأولان)</translation>
    </message>
    <message>
        <source>Rosh Hashanah</source>
        <translation>رأس السنة العبرية</translation>
    </message>
    <message>
        <source>Yom Kippur</source>
        <translation>يوم الغفران</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>رأس السنة القمرية</translation>
    </message>
    <message>
        <source>Diwali (India)</source>
        <translation>ديوالي (الهند)</translation>
    </message>
    <message>
        <source>Diwali (Singapore)</source>
        <translation>ديوالي (سنغافورة)</translation>
    </message>
    <message>
        <source>Vesak (India)</source>
        <translation>فيساك (الهند)</translation>
    </message>
    <message>
        <source>Vesak (Singapore)</source>
        <translation>فيساك (سنغافورة)</translation>
    </message>
    <message>
        <source>Gurpurab (Guru Nanak) (India)</source>
        <translation>غوربوراب (غورو ناناك) (الهند)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>tentative / proposed</source>
        <translation>مؤقت / مقترح</translation>
    </message>
    <message>
        <source>dates not fixed</source>
        <translation>المواعيد غير محددة</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>religious period</source>
        <translation>فترة دينية</translation>
    </message>
    <message>
        <source>venue holiday</source>
        <translation>عطلة في مكان الانعقاد</translation>
    </message>
    <message>
        <source>{span} ({days})</source>
        <translation>{span} ({days})</translation>
    </message>
    <message>
        <source>{span}, dates not fixed</source>
        <translation>{span}، المواعيد غير محددة</translation>
    </message>
    <message>
        <source>{name} (estimated)</source>
        <translation>{name} (تقديري)</translation>
    </message>
    <message>
        <source>Religious period: {name}</source>
        <translation>فترة دينية: {name}</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>عطلة: {name}</translation>
    </message>
    <message>
        <source>{code} · {span}, dates not fixed</source>
        <translation>{code} · {span}، المواعيد غير محددة</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} أخرى</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>decided period (Res. 77)</source>
        <translation>الفترة المقررة (القرار 77)</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>الربع الأخير</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>لا يوجد اجتماع في هذه الفترة.</translation>
    </message>
    <message>
        <source>Decided period of {code}: {span}</source>
        <translation>الفترة المقررة لـ {code}: {span}</translation>
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
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Old dates</source>
        <translation>التواريخ السابقة</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>التواريخ الجديدة</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>مقدار التغيير</translation>
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
        <source>Citation</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} يوم</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} يوم</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} أسبوع</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>بعد {amount}</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>قبل {amount}</translation>
    </message>
    <message>
        <source>{amount} longer</source>
        <translation>أطول بـ {amount}</translation>
    </message>
    <message>
        <source>{amount} shorter</source>
        <translation>أقصر بـ {amount}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>new times</source>
        <translation>أوقات جديدة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ما أُضيف</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ما حُذف</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ما نُقل</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>ملاحظات جديدة</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>ملاحظات زالت</translation>
    </message>
    <message>
        <source>No meeting was added, removed or moved, and no finding was gained or lost.</source>
        <translation>لم يُضف أي اجتماع أو يُحذف أو يُنقل، ولم تظهر أي ملاحظة أو تزل.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.</source>
        <translation>أُضيف {added}، وحُذف {removed}، ونُقل {moved}؛ الملاحظات: ظهرت {gained}، وزالت {lost}.</translation>
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
        <source>Printed</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>ITU meetings: {layout}</source>
        <translation>اجتماعات الاتحاد الدولي للاتصالات: {layout}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>جميع التواريخ</translation>
    </message>
    <message>
        <source>No deadline in this period.</source>
        <translation>لا يوجد موعد نهائي في هذه الفترة.</translation>
    </message>
    <message>
        <source>{meeting} has no deadline: its dates are not fixed to the day.</source>
        <translation>لا توجد مواعيد نهائية لـ {meeting}: تواريخه غير محددة باليوم.</translation>
    </message>
    <message>
        <source>No deadline of the ITU texts the planner follows falls to {meeting}.</source>
        <translation>لا ينطبق على {meeting} أي موعد نهائي من نصوص الاتحاد التي يتبعها المخطِّط.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>الإعفاء</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>لم تجد القواعد ما يستدعي الإبلاغ.</translation>
    </message>
    <message>
        <source>Compliance annex: what the ITU&apos;s scheduling rules say about these meetings</source>
        <translation>ملحق الامتثال: ما تقوله قواعد الاتحاد لتحديد المواعيد بشأن هذه الاجتماعات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>عامل التصفية: {filter}</translation>
    </message>
    <message>
        <source>Generated {date} by {app} {version}</source>
        <translation>أُنشئ في {date} بواسطة {app} {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>الصفحة {number} من {total}</translation>
    </message>
    <message>
        <source>Dates / code / title</source>
        <translation>التواريخ / الرمز / العنوان</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>ر{number}</translation>
    </message>
    <message>
        <source>Conferences and assemblies</source>
        <translation>المؤتمرات والجمعيات</translation>
    </message>
    <message>
        <source>Council and CWGs</source>
        <translation>المجلس وأفرقة العمل التابعة له</translation>
    </message>
    <message>
        <source>ITU-R groups</source>
        <translation>أفرقة ITU-R</translation>
    </message>
    <message>
        <source>ITU-T groups</source>
        <translation>أفرقة ITU-T</translation>
    </message>
    <message>
        <source>ITU-D groups</source>
        <translation>أفرقة ITU-D</translation>
    </message>
    <message>
        <source>Forums and workshops</source>
        <translation>المنتديات وورش العمل</translation>
    </message>
    <message>
        <source>Outside ICT events</source>
        <translation>أحداث خارجية في مجال تكنولوجيا المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Religious periods: {periods}</source>
        <translation>الفترات الدينية: {periods}</translation>
    </message>
    <message>
        <source>Dates not fixed: {meetings}</source>
        <translation>مواعيد غير محددة: {meetings}</translation>
    </message>
</context>
</TS>
