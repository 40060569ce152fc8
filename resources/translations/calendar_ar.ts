<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <source>week of {day}</source>
            <translation>أسبوع {day}</translation>
        </message>
        <message>
            <source>{count}, {period}: {names}</source>
            <translation>{count}، {period}: {names}</translation>
        </message>
        <message>
            <source>Decided period of {code}: {dates}</source>
            <translation>الفترة المقررة لـ {code}: {dates}</translation>
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
            <source>Week of {day}</source>
            <translation>أسبوع {day}</translation>
        </message>
        <message>
            <source>W{number}</source>
            <translation>{number}</translation>
        </message>
        <message>
            <source>Week {number}</source>
            <translation>الأسبوع {number}</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} أخرى</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>و{count} أخرى</translation>
        </message>
        <message>
            <source>Meetings: {count}</source>
            <translation>الاجتماعات: {count}</translation>
        </message>
        <message>
            <source>{name} (estimated)</source>
            <translation>{name} (تقديري)</translation>
        </message>
        <message>
            <source>Decided period for {codes}: {dates}</source>
            <translation>الفترة المقررة لـ {codes}: {dates}</translation>
        </message>
        <message>
            <source>Decided by {source}</source>
            <translation>قررتها {source}</translation>
        </message>
        <message>
            <source>{hours} {place} time</source>
            <translation>{hours} بتوقيت {place}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
        <message>
            <source>No calendar is shown</source>
            <translation>لا يُعرض أي تقويم</translation>
        </message>
        <message>
            <source>{meetings} from {period}. Arrows step from meeting to meeting, Enter opens one, Tab walks the '+N more' buttons.</source>
            <translation>{meetings} في الفترة {period}. تنتقل الأسهم من اجتماع إلى آخر، ويفتح مفتاح الإدخال الاجتماع، وينتقل مفتاح Tab بين أزرار «المزيد».</translation>
        </message>
        <message>
            <source>{view}, {period}</source>
            <translation>{view}، {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>من {first} إلى {last}</translation>
        </message>
        <message>
            <source>{group} (click to collapse)</source>
            <translation>{group} (انقر للطي)</translation>
        </message>
        <message>
            <source>{group} (click to expand)</source>
            <translation>{group} (انقر للتوسيع)</translation>
        </message>
        <message>
            <source>Meetings in view</source>
            <translation>الاجتماعات المعروضة</translation>
        </message>
        <message>
            <source>{count} in view on the calendar</source>
            <translation>{count} معروضة في التقويم</translation>
        </message>
        <message>
            <source>Month navigator</source>
            <translation>متصفح الأشهر</translation>
        </message>
        <message>
            <source>Days in bold have meetings. Press Enter or click a day to show it in the calendar.</source>
            <translation>الأيام المكتوبة بخط عريض فيها اجتماعات. اضغط مفتاح الإدخال أو انقر يوماً لعرضه في التقويم.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Meetings on this day</source>
            <translation>اجتماعات في هذا اليوم</translation>
        </message>
        <message>
            <source>1 meeting starts or runs on this day</source>
            <translation>اجتماع واحد يبدأ أو يجري في هذا اليوم</translation>
        </message>
        <message>
            <source>Meetings starting or running on this day: {count}</source>
            <translation>الاجتماعات التي تبدأ أو تجري في هذا اليوم: {count}</translation>
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
</TS>
