<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{code} was changed or deleted elsewhere; reload and retry</source>
        <translation>عُدِّل {code} أو حُذف في مكان آخر؛ أعد التحميل وحاول مجددًا</translation>
    </message>
    <message>
        <source>{code} already exists</source>
        <translation>{code} موجود بالفعل</translation>
    </message>
    <message>
        <source>{code} would be the code of both {first} and {second}: choose another code</source>
        <translation>سيكون {code} رمزًا لكل من {first} و{second}: اختر رمزًا آخر</translation>
    </message>
    <message>
        <source>{code} is already the code of another meeting ({other}, {span}): choose another code</source>
        <translation>{code} هو بالفعل رمز اجتماع آخر ({other}، {span}): اختر رمزًا آخر</translation>
    </message>
    <message>
        <source>Create {code}</source>
        <translation>إنشاء {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>تعديل {code}</translation>
    </message>
    <message>
        <source>Delete {meetings}</source>
        <translation>حذف {meetings}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>zero:{n} اجتماع|one:{n} اجتماع|two:{n} اجتماعان|few:{n} اجتماعات|many:{n} اجتماعًا|other:{n} اجتماع</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>zero:{n} اجتماع|one:{n} اجتماع|two:{n} اجتماعان|few:{n} اجتماعات|many:{n} اجتماعًا|other:{n} اجتماع</translation>
    </message>
    <message>
        <source>{first} and {n} more</source>
        <translation>{first} و{n} أخرى</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>لا اجتماع</translation>
    </message>
    <message>
        <source>status to {value}</source>
        <translation>الحالة إلى {value}</translation>
    </message>
    <message>
        <source>kind to {value}</source>
        <translation>النوع إلى {value}</translation>
    </message>
    <message>
        <source>venue to {value}</source>
        <translation>المكان إلى {value}</translation>
    </message>
    <message>
        <source>mode to {value}</source>
        <translation>الأسلوب إلى {value}</translation>
    </message>
    <message>
        <source>status {value}</source>
        <translation>الحالة {value}</translation>
    </message>
    <message>
        <source>kind {value}</source>
        <translation>النوع {value}</translation>
    </message>
    <message>
        <source>venue {value}</source>
        <translation>المكان {value}</translation>
    </message>
    <message>
        <source>mode {value}</source>
        <translation>الأسلوب {value}</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>{fields} cannot be changed here (only {allowed})</source>
        <translation>لا يمكن تغيير {fields} هنا (فقط {allowed})</translation>
    </message>
    <message>
        <source>choose what to change</source>
        <translation>اختر ما تريد تغييره</translation>
    </message>
    <message>
        <source>select the meetings to change</source>
        <translation>حدد الاجتماعات المراد تغييرها</translation>
    </message>
    <message>
        <source>{venue} is not a known venue; add it to the venues first</source>
        <translation>{venue} ليس مكانًا معروفًا؛ أضفه إلى الأماكن أولًا</translation>
    </message>
    <message>
        <source>{code} cannot be changed ({changes}): {problem}</source>
        <translation>لا يمكن تغيير {code} ({changes}): {problem}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already has {held}</source>
        <translation>لا شيء للتغيير: {meetings} لديه بالفعل {held}</translation>
    </message>
    <message>
        <source>Nothing to change: {meetings} already have {held}</source>
        <translation>لا شيء للتغيير: {meetings} لديها بالفعل {held}</translation>
    </message>
    <message>
        <source>Change {meetings}: {changes}</source>
        <translation>تغيير {meetings}: {changes}</translation>
    </message>
    <message>
        <source>move the meetings by at least one day</source>
        <translation>انقل الاجتماعات يومًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>select the meetings to move</source>
        <translation>حدد الاجتماعات المراد نقلها</translation>
    </message>
    <message>
        <source>{code} cannot be moved by {days}: {problem}</source>
        <translation>لا يمكن نقل {code} بمقدار {days}: {problem}</translation>
    </message>
    <message>
        <source>Move {meetings} {days} later</source>
        <translation>نقل {meetings} {days} إلى وقت لاحق</translation>
    </message>
    <message>
        <source>Move {meetings} {days} earlier</source>
        <translation>نقل {meetings} {days} إلى وقت أبكر</translation>
    </message>
    <message>
        <source>{code} is known only by its month ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>لا يُعرف عن {code} إلا شهره ({span})؛ حدد أيامه في «تعديل الاجتماع» قبل نقله بالأيام</translation>
    </message>
    <message>
        <source>{code} is known only by its quarter ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>لا يُعرف عن {code} إلا ربعه السنوي ({span})؛ حدد أيامه في «تعديل الاجتماع» قبل نقله بالأيام</translation>
    </message>
    <message>
        <source>{code} is known only by its year ({span}); give it days in Edit Meeting before moving it by days</source>
        <translation>لا يُعرف عن {code} إلا سنته ({span})؛ حدد أيامه في «تعديل الاجتماع» قبل نقله بالأيام</translation>
    </message>
    <message>
        <source>Reschedule {code}</source>
        <translation>إعادة جدولة {code}</translation>
    </message>
    <message>
        <source>select the meetings to duplicate</source>
        <translation>حدد الاجتماعات المراد نسخها</translation>
    </message>
    <message>
        <source>{code} cannot be copied: {problem}</source>
        <translation>لا يمكن نسخ {code}: {problem}</translation>
    </message>
    <message>
        <source>Duplicate {meetings}</source>
        <translation>نسخ {meetings}</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>تراجع عن {edit}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>الملف أو مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>another program kept the database locked for over {seconds} s</source>
        <translation>أبقى برنامج آخر قاعدة البيانات مقفلة أكثر من {seconds} ثانية</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>لا يمكن فتح الملف أو مجلده للكتابة</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>أبلغ القرص عن خطأ في الإدخال/الإخراج</translation>
    </message>
    <message>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}: تعذّر الفتح: {reason}</translation>
    </message>
    <message>
        <source>{path}: not a usable planning database ({reason})</source>
        <translation>{path}: ليس قاعدة بيانات تخطيط صالحة للاستعمال ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such planning database</source>
        <translation>{path}: لا توجد قاعدة بيانات تخطيط كهذه</translation>
    </message>
    <message>
        <source>{path}: is a directory, not a planning database</source>
        <translation>{path}: مجلد، وليس قاعدة بيانات تخطيط</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a planning database</source>
        <translation>{path}: ملف فارغ، وليس قاعدة بيانات تخطيط</translation>
    </message>
    <message>
        <source>{path}: cannot open even to read: {reason}</source>
        <translation>{path}: تعذّر الفتح حتى للقراءة: {reason}</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a planning database (it has tables {tables} and no planner schema)</source>
        <translation>{path}: قاعدة بيانات SQLite لكنها ليست قاعدة بيانات تخطيط (فيها الجداول {tables} ولا تتضمن مخطط أداة التخطيط)</translation>
    </message>
    <message>
        <source>{path}: read-only, and not a planning database yet</source>
        <translation>{path}: للقراءة فقط، وليست قاعدة بيانات تخطيط بعد</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of the planner (unknown schema steps: {steps})</source>
        <translation>{path}: كتبها إصدار أحدث من أداة التخطيط (خطوات مخطط غير معروفة: {steps})</translation>
    </message>
    <message>
        <source>{path}: read-only, and saved by an older version of the planner; open it once where it can be written to bring it up to date</source>
        <translation>{path}: للقراءة فقط، وحفظها إصدار أقدم من أداة التخطيط؛ افتحها مرة واحدة حيث يمكن الكتابة فيها لتحديثها</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({check})</source>
        <translation>{path}: قاعدة البيانات تالفة ({check})</translation>
    </message>
    <message>
        <source>{path}: opened read-only ({reason}); nothing was changed</source>
        <translation>{path}: فُتحت للقراءة فقط ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}: تعذّرت الكتابة: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}; nothing was changed</source>
        <translation>{path}: تعذّرت الكتابة: {reason}؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path}: that is the open database itself</source>
        <translation>{path}: هذه هي قاعدة البيانات المفتوحة نفسها</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <translation>{path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{path}: cannot save a copy: {reason}</source>
        <translation>{path}: تعذّر حفظ نسخة: {reason}</translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation>ملف CSV غير سليم: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>تعذّرت القراءة: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as &apos;CSV UTF-8&apos;</source>
        <translation>نص ليس بترميز UTF-8 (البايت {byte})؛ احفظ الملف بصيغة «CSV UTF-8»</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>ملف فارغ: لا يوجد صف عناوين</translation>
    </message>
    <message>
        <source>unknown column (see the README for the format)</source>
        <translation>عمود غير معروف (انظر ملف README لمعرفة الصيغة)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>يرد مرتين في صف العناوين</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>عمود مطلوب مفقود</translation>
    </message>
    <message>
        <source>a field is longer than {read} characters (the limit is {limit})</source>
        <translation>حقل يتجاوز {read} حرف (الحد هو {limit})</translation>
    </message>
    <message>
        <source>{fields} fields but the header has {columns}</source>
        <translation>عدد الحقول {fields} لكن صف العناوين فيه {columns}</translation>
    </message>
    <message>
        <source>{code} is also on line {line}</source>
        <translation>{code} موجود أيضًا في السطر {line}</translation>
    </message>
    <message>
        <source>same title, kind and dates as line {line} (give the rows codes to keep both)</source>
        <translation>العنوان والنوع والتواريخ نفسها كما في السطر {line} (أعطِ الصفوف رموزًا للإبقاء على كليهما)</translation>
    </message>
    <message>
        <source>{id} is also on line {line}</source>
        <translation>{id} موجود أيضًا في السطر {line}</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address of a calendar</source>
        <translation>{address} ليس عنوان تقويم يبدأ بـ http:// أو https://</translation>
    </message>
    <message>
        <source>the calendar&apos;s address has a user or password in it: give the address without them, the user with --user and the password in the keyring</source>
        <translation>عنوان التقويم يتضمن اسم مستخدم أو كلمة مرور: أعطِ العنوان من دونهما، والمستخدم بالخيار --user، وكلمة المرور في حلقة المفاتيح</translation>
    </message>
    <message>
        <source>{address} is plain http: the password would cross the network unencrypted; use https, or allow it with --insecure</source>
        <translation>{address} يستخدم http غير المشفر: ستعبر كلمة المرور الشبكة دون تشفير؛ استخدم https، أو اسمح بذلك بالخيار --insecure</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to {method}</source>
        <translation>{address}: ردّ الخادم بالرمز {status} على {method}</translation>
    </message>
    <message>
        <source>{address}: the server&apos;s certificate is not trusted ({reason})</source>
        <translation>{address}: شهادة الخادم غير موثوقة ({reason})</translation>
    </message>
    <message>
        <source>{address}: the server cannot be reached</source>
        <translation>{address}: يتعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>{address}: the server refused the user name or password</source>
        <translation>{address}: رفض الخادم اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <source>{address}: the server does not let this user {method} here</source>
        <translation>{address}: لا يسمح الخادم لهذا المستخدم بتنفيذ {method} هنا</translation>
    </message>
    <message>
        <source>{address}: the server failed ({status} on {method})</source>
        <translation>{address}: أخفق الخادم ({status} عند {method})</translation>
    </message>
    <message>
        <source>{address}: is not a calendar</source>
        <translation>{address}: ليس تقويمًا</translation>
    </message>
    <message>
        <source>{address}: the calendar could not be made ({status})</source>
        <translation>{address}: تعذّر إنشاء التقويم ({status})</translation>
    </message>
    <message>
        <source>{address}: the server answered {status} to a multiget</source>
        <translation>{address}: ردّ الخادم بالرمز {status} على طلب multiget</translation>
    </message>
    <message>
        <source>{address}: the server refused the meeting ({status})</source>
        <translation>{address}: رفض الخادم الاجتماع ({status})</translation>
    </message>
    <message>
        <source>{address}: the server refused the deletion ({status})</source>
        <translation>{address}: رفض الخادم الحذف ({status})</translation>
    </message>
    <message>
        <source>{address}: GET answered {status}</source>
        <translation>{address}: أعاد GET الرمز {status}</translation>
    </message>
    <message>
        <source>{file} is read-only ({reason}): what colleagues changed cannot be written into it</source>
        <translation>{file} للقراءة فقط ({reason}): لا يمكن أن يُكتب فيه ما غيّره الزملاء</translation>
    </message>
    <message>
        <source>Sync with {address}</source>
        <translation>المزامنة مع {address}</translation>
    </message>
    <message>
        <source>{address}: holds {count} meetings, not one</source>
        <translation>{address}: يحتوي على {count} من الاجتماعات، لا اجتماعًا واحدًا</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>room {room} of {venue}</source>
        <translation>القاعة {room} في {venue}</translation>
    </message>
    <message>
        <source>the rapporteur groups of {body}</source>
        <translation>أفرقة المقررين التابعة لـ {body}</translation>
    </message>
    <message>
        <source>meetings chaired by {chair}</source>
        <translation>الاجتماعات التي يرأسها {chair}</translation>
    </message>
    <message>
        <source>{first} and {second} in one year</source>
        <translation>{first} و{second} في سنة واحدة</translation>
    </message>
    <message>
        <source>{first} close to {second}</source>
        <translation>{first} قريب من {second}</translation>
    </message>
    <message>
        <source>the last TDAG before {code} {fewest}-{most} months</source>
        <translation>آخر اجتماع لـ TDAG قبل {code} بمدة {fewest}-{most} أشهر</translation>
    </message>
    <message>
        <source>{code} before the last TDAG</source>
        <translation>{code} قبل آخر اجتماع لـ TDAG</translation>
    </message>
    <message>
        <source>{rule} closes {n} of them</source>
        <translation>{rule} يستبعد {n} منها</translation>
    </message>
    <message>
        <source>{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its period or move what it clashes with</source>
        <translation>{meeting}: لا يخلو أي من بداياته الممكنة وعددها {n} من الأخطاء ({rules})؛ وسّع فترته أو انقل ما يتعارض معه</translation>
    </message>
    <message>
        <source>judging the possible starts of {n} meetings against {others} others</source>
        <translation>تقييم البدايات الممكنة لعدد {n} من الاجتماعات مقابل {others} اجتماعات أخرى</translation>
    </message>
    <message>
        <source>solving: {n} meetings to place, {soft} soft constraints</source>
        <translation>الحل: {n} من الاجتماعات للجدولة، و{soft} من القيود المرنة</translation>
    </message>
    <message>
        <source>plan {n}: weighted findings {cost} after {seconds} s</source>
        <translation>الخطة {n}: الملاحظات المرجحة {cost} بعد {seconds} ثانية</translation>
    </message>
    <message>
        <source>{code} is already on the calendar ({span}); give the row a new code, or give it dates to keep it fixed</source>
        <translation>{code} موجود بالفعل في التقويم ({span})؛ أعطِ الصف رمزًا جديدًا، أو أعطه تواريخ لتثبيته</translation>
    </message>
    <message>
        <source>{code} ({n} days within {period})</source>
        <translation>{code} (عدد الأيام {n} ضمن {period})</translation>
    </message>
    <message>
        <source>{value} is not a period of two dates (2035-03-01..2035-06-30)</source>
        <translation>{value} ليست فترة من تاريخين (2035-03-01..2035-06-30)</translation>
    </message>
    <message>
        <source>{value} ends before it starts</source>
        <translation>{value} تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <source>{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30</source>
        <translation>{value} ليست فترة: اكتب 2035 أو 2035-Q4 أو 2035-10 أو 2035-03-01..2035-06-30</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} ليس عددًا صحيحًا من الأيام</translation>
    </message>
    <message>
        <source>{n} is not from 1 to {most}</source>
        <translation>{n} ليس بين 1 و{most}</translation>
    </message>
    <message>
        <source>is empty (a row to place needs days and within)</source>
        <translation>فارغ (الصف المراد جدولته يحتاج إلى days وwithin)</translation>
    </message>
    <message>
        <source>give either dates (a fixed meeting) or days and within, not both</source>
        <translation>أعطِ إما تواريخ (اجتماع ثابت) وإما days وwithin، لا كليهما</translation>
    </message>
    <message>
        <source>{n} days do not fit within {period} ({room} days)</source>
        <translation>لا تتسع {period} لعدد {n} من الأيام (عدد أيامها {room})</translation>
    </message>
    <message>
        <source>year {year} is outside the years the planner supports, {first}-{last}</source>
        <translation>السنة {year} خارج نطاق السنوات التي يدعمها المخطِّط ({first}-{last})</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>عدد الأحرف: {n}</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ليس نصاً</translation>
    </message>
    <message>
        <source>{value} is not a valid date and time ({reason})</source>
        <translation>{value} ليس تاريخًا ووقتًا صالحين ({reason})</translation>
    </message>
    <message>
        <source>{value} has a UTC offset; write the local time and put the IANA zone in the timezone column</source>
        <translation>{value} يتضمن فرقًا عن التوقيت العالمي UTC؛ اكتب الوقت المحلي وضع منطقة IANA الزمنية في العمود timezone</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) or a period (YYYY, YYYY-MM, YYYY-Qn)</source>
        <translation>{value} ليس تاريخًا (YYYY-MM-DD) ولا تاريخًا ووقتًا (YYYY-MM-DDTHH:MM) ولا فترة (YYYY أو YYYY-MM أو YYYY-Qn)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>give both decided_from and decided_to, or neither</source>
        <translation>اذكر decided_from وdecided_to كليهما، أو لا تذكر أيًا منهما</translation>
    </message>
    <message>
        <source>{value} is outside the month that starts {start}</source>
        <translation>{value} يقع خارج الشهر الذي يبدأ في {start}</translation>
    </message>
    <message>
        <source>{value} is outside the quarter that starts {start}</source>
        <translation>{value} يقع خارج الربع الذي يبدأ في {start}</translation>
    </message>
    <message>
        <source>{value} is outside the year that starts {start}</source>
        <translation>{value} يقع خارج السنة التي تبدأ في {start}</translation>
    </message>
    <message>
        <source>{precision} does not match start {value}</source>
        <translation>الدقة {precision} لا تطابق البداية {value}</translation>
    </message>
    <message>
        <source>is empty (give the last day of the meeting)</source>
        <translation>فارغ (اذكر آخر يوم في الاجتماع)</translation>
    </message>
    <message>
        <source>give times on both start and end, or on neither</source>
        <translation>اذكر الوقت في البداية والنهاية كلتيهما، أو لا تذكره في أي منهما</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting has no time of day</source>
        <translation>الاجتماع بدقة {precision} ليس له وقت من اليوم</translation>
    </message>
    <message>
        <source>{value} is not a date or a period</source>
        <translation>{value} ليس تاريخًا ولا فترة</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>عدد أحرفه {n}، والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>holds a control character (only tabs and line breaks are allowed)</source>
        <translation>يحتوي على حرف تحكم (لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر)</translation>
    </message>
    <message>
        <source>unknown {field} {value} (expected one of: {allowed})</source>
        <translation>قيمة غير معروفة للحقل {field}: {value} (القيم المقبولة: {allowed})</translation>
    </message>
    <message>
        <source>{end} is before decided_from {start}</source>
        <translation>{end} يسبق decided_from ({start})</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} ليس معرِّفاً من نوع UUID</translation>
    </message>
    <message>
        <source>{value} has surrounding spaces or a line break</source>
        <translation>{value} يبدأ أو ينتهي بمسافة أو يحتوي على فاصل أسطر</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>the meeting ends {end} before it starts {start}</source>
        <translation>ينتهي الاجتماع في {end} قبل بدئه في {start}</translation>
    </message>
    <message>
        <source>a {precision}-precision meeting must span {first} to {last}, not {start} to {end}</source>
        <translation>يجب أن يمتد الاجتماع ذو الدقة {precision} من {first} إلى {last}، لا من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 two-letter country code</source>
        <translation>{value} ليس رمز بلد من حرفين وفق المعيار ISO 3166</translation>
    </message>
    <message>
        <source>{value} is not from 0 to {most}</source>
        <translation>{value} ليس بين 0 و{most}</translation>
    </message>
    <message>
        <source>{value} is not a plausible year</source>
        <translation>{value} ليست سنة معقولة</translation>
    </message>
    <message>
        <source>room {room} is given without a venue</source>
        <translation>حُددت القاعة {room} دون تحديد مكان الاجتماع</translation>
    </message>
    <message>
        <source>give both a start time and an end time, or neither</source>
        <translation>حدِّد وقت البدء ووقت الانتهاء معاً، أو لا تحدد أياً منهما</translation>
    </message>
    <message>
        <source>is given for a meeting without times</source>
        <translation>محدد لاجتماع بلا أوقات</translation>
    </message>
    <message>
        <source>times need day precision</source>
        <translation>تتطلب الأوقات دقة على مستوى اليوم</translation>
    </message>
    <message>
        <source>a meeting with times needs an IANA time zone</source>
        <translation>يتطلب الاجتماع المحدد الأوقات منطقة زمنية وفق IANA</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (e.g. Europe/Zurich)</source>
        <translation>{value} ليست منطقة زمنية وفق IANA (مثل Europe/Zurich)</translation>
    </message>
    <message>
        <source>the meeting ends at {end} before it starts at {start}</source>
        <translation>ينتهي الاجتماع في الساعة {end} قبل بدئه في الساعة {start}</translation>
    </message>
    <message>
        <source>{value}: month {month} is not 1-12</source>
        <translation>{value}: الشهر {month} ليس بين 1 و12</translation>
    </message>
    <message>
        <source>body code {code} is empty or has surrounding spaces</source>
        <translation>رمز الهيئة {code} فارغ أو يبدأ أو ينتهي بمسافة</translation>
    </message>
    <message>
        <source>body {code} cannot report to itself</source>
        <translation>لا يمكن أن تكون الهيئة {code} تابعة لنفسها</translation>
    </message>
    <message>
        <source>bodies {bodies} report to each other in a cycle</source>
        <translation>الهيئات {bodies} تتبع بعضها بعضاً في حلقة مغلقة</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>يجب أن يكون للقاعة اسم</translation>
    </message>
    <message>
        <source>room {room}: capacity {capacity} must be positive</source>
        <translation>القاعة {room}: يجب أن تكون السعة ({capacity}) عدداً موجباً</translation>
    </message>
    <message>
        <source>venue name {name} is empty or has surrounding spaces</source>
        <translation>اسم المكان {name} فارغ أو يبدأ أو ينتهي بمسافة</translation>
    </message>
    <message>
        <source>an observance needs a key and a name</source>
        <translation>يجب أن يكون للمناسبة مفتاح واسم</translation>
    </message>
    <message>
        <source>{name}: ends {end} before it starts {start}</source>
        <translation>{name}: ينتهي في {end} قبل بدئه في {start}</translation>
    </message>
    <message>
        <source>Nothing to change: {what} already holds these values</source>
        <translation>لا شيء لتغييره: {what} يحمل هذه القيم بالفعل</translation>
    </message>
    <message>
        <source>Add venue {venue}</source>
        <translation>إضافة المكان {venue}</translation>
    </message>
    <message>
        <source>Edit venue {venue}</source>
        <translation>تعديل المكان {venue}</translation>
    </message>
    <message>
        <source>Rename venue {venue} to {name}</source>
        <translation>إعادة تسمية المكان {venue} إلى {name}</translation>
    </message>
    <message>
        <source>Delete venue {venue}</source>
        <translation>حذف المكان {venue}</translation>
    </message>
    <message>
        <source>Add room {room} at {venue}</source>
        <translation>إضافة القاعة {room} في {venue}</translation>
    </message>
    <message>
        <source>Edit room {room} at {venue}</source>
        <translation>تعديل القاعة {room} في {venue}</translation>
    </message>
    <message>
        <source>{room} at {venue}</source>
        <translation>{room} في {venue}</translation>
    </message>
    <message>
        <source>{room} stays at {venue}; add a room to the other venue</source>
        <translation>تبقى {room} تابعة لـ {venue}؛ أضف قاعة إلى المكان الآخر</translation>
    </message>
    <message>
        <source>Delete room {room} at {venue}</source>
        <translation>حذف القاعة {room} في {venue}</translation>
    </message>
    <message>
        <source>no room {room} at venue {venue}</source>
        <translation>لا توجد قاعة {room} في المكان {venue}</translation>
    </message>
    <message>
        <source>{name} to {value}</source>
        <translation>{name} على {value}</translation>
    </message>
    <message>
        <source>choose a setting of {rule} to change</source>
        <translation>اختر إعداداً من إعدادات {rule} لتغييره</translation>
    </message>
    <message>
        <source>Set {rule} {settings}</source>
        <translation>ضبط {rule}: {settings}</translation>
    </message>
    <message>
        <source>{rule} has no setting {name} to reset</source>
        <translation>ليس لـ {rule} إعداد {name} لإعادة تعيينه</translation>
    </message>
    <message>
        <source>Reset {rule} {name}</source>
        <translation>إعادة ضبط {name} في {rule}</translation>
    </message>
    <message>
        <source>Reset {rule} to its defaults</source>
        <translation>إعادة {rule} إلى قيمها الافتراضية</translation>
    </message>
    <message>
        <source>{observance} was changed elsewhere; reopen the editor and retry</source>
        <translation>عُدِّلت {observance} في موضع آخر؛ أعد فتح المحرر وحاول مجدداً</translation>
    </message>
    <message>
        <source>Correct {observance} to {span}</source>
        <translation>تصحيح {observance} إلى {span}</translation>
    </message>
    <message>
        <source>no single {key} observance covers {day}</source>
        <translation>لا توجد مناسبة {key} واحدة تشمل {day}</translation>
    </message>
    <message>
        <source>{observance} already has its computed dates</source>
        <translation>{observance} لها بالفعل تواريخها المحسوبة</translation>
    </message>
    <message>
        <source>the computed dates of {observance} can no longer be found; correct its dates instead</source>
        <translation>تعذر العثور على التواريخ المحسوبة لـ {observance}؛ صحِّح تواريخها بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Restore the computed dates of {observance}</source>
        <translation>استعادة التواريخ المحسوبة لـ {observance}</translation>
    </message>
    <message>
        <source>Waive {rule} for {what}</source>
        <translation>الإعفاء من {rule} لـ {what}</translation>
    </message>
    <message>
        <source>no waiver of {rule} to take back</source>
        <translation>لا يوجد إعفاء من {rule} لسحبه</translation>
    </message>
    <message>
        <source>select the waivers to take back</source>
        <translation>حدِّد الإعفاءات المراد سحبها</translation>
    </message>
    <message>
        <source>Unwaive {rule} for {what}</source>
        <translation>سحب الإعفاء من {rule} لـ {what}</translation>
    </message>
    <message>
        <source>Unwaive {n} waiver</source>
        <translation>سحب {n} إعفاء</translation>
    </message>
    <message>
        <source>Unwaive {n} waivers</source>
        <translation>zero:سحب {n} إعفاء|one:سحب {n} إعفاء|two:سحب {n} إعفاءين|few:سحب {n} إعفاءات|many:سحب {n} إعفاءً|other:سحب {n} إعفاء</translation>
    </message>
    <message>
        <source>unknown drag mode {mode}: expected one of {modes}</source>
        <translation>وضع سحب غير معروف {mode}: القيم المقبولة: {modes}</translation>
    </message>
    <message>
        <source>{code} has no hours, so it cannot be moved by minutes; give it a start and an end time in Edit Meeting, or move it by days</source>
        <translation>ليس لـ {code} أوقات، لذا لا يمكن نقله بالدقائق؛ حدِّد له وقت بدء ووقت انتهاء في «تحرير الاجتماع»، أو انقله بالأيام</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its start earlier</source>
        <translation>سينتهي {code} في الساعة {end} يوم {end_day} لكنه سيبدأ في الساعة {start} يوم {start_day} (بتوقيت {place}): يجب أن ينتهي الاجتماع بعد بدئه، لذا اسحب بدايته إلى وقت أبكر</translation>
    </message>
    <message>
        <source>{code} would end at {end} on {end_day} but start at {start} on {start_day} ({place} time): a meeting must end after it starts, so drag its end later</source>
        <translation>سينتهي {code} في الساعة {end} يوم {end_day} لكنه سيبدأ في الساعة {start} يوم {start_day} (بتوقيت {place}): يجب أن ينتهي الاجتماع بعد بدئه، لذا اسحب نهايته إلى وقت لاحق</translation>
    </message>
    <message>
        <source>{code} cannot be moved there: {problem}</source>
        <translation>لا يمكن نقل {code} إلى هناك: {problem}</translation>
    </message>
    <message>
        <source>unknown rule {rule} (see `scheduler-app rules`)</source>
        <translation>قاعدة غير معروفة {rule} (انظر `scheduler-app rules`)</translation>
    </message>
    <message>
        <source>severity is one of: error, warning, info</source>
        <translation>تأخذ severity إحدى القيم التالية: error أو warning أو info</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>تأخذ enabled القيمة true أو false</translation>
    </message>
    <message>
        <source>{rule} has no parameter {name} (it has: {known})</source>
        <translation>ليس لـ {rule} معامل باسم {name} (معاملاته: {known})</translation>
    </message>
    <message>
        <source>DTSTART and DTEND mix a date with a date-time</source>
        <translation>يخلط DTSTART وDTEND بين تاريخ وتاريخ ووقت</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ليس عددًا</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} خارج النطاق</translation>
    </message>
    <message>
        <source>not a valid meeting: {problem}</source>
        <translation>اجتماع غير صالح: {problem}</translation>
    </message>
    <message>
        <source>{column} would be {length} characters long; the planner keeps at most {most} in one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read back from CSV</source>
        <translation>سيبلغ طول {column} {length} حرفًا؛ ولا يحفظ المخطِّط أكثر من {most} في الحقل الواحد (MAX_FIELD_CHARS)، حتى يمكن أيضًا كتابة كل اجتماع في CSV وقراءته منه</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>ليس للحدث UID</translation>
    </message>
    <message>
        <source>the event has no start</source>
        <translation>ليس للحدث بداية</translation>
    </message>
    <message>
        <source>the event ends {end} before it starts {start}</source>
        <translation>ينتهي الحدث في {end} قبل أن يبدأ في {start}</translation>
    </message>
    <message>
        <source>{value} is not a duration</source>
        <translation>{value} ليست مدة</translation>
    </message>
    <message>
        <source>{value} ends past year 9999</source>
        <translation>{value} تنتهي بعد سنة 9999</translation>
    </message>
    <message>
        <source>gives a meeting the id {key} that the event on line {line} gives too</source>
        <translation>يعطي اجتماعًا المعرّف {key} الذي يعطيه إياه أيضًا الحدث في السطر {line}</translation>
    </message>
    <message>
        <source>gives a meeting the UID {key} that the event on line {line} gives too</source>
        <translation>يعطي اجتماعًا UID {key} الذي يعطيه إياه أيضًا الحدث في السطر {line}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>النص ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>no BEGIN:VCALENDAR</source>
        <translation>لا يوجد BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{problem}: not an iCalendar file</source>
        <translation>{problem}: ليس ملف iCalendar</translation>
    </message>
    <message>
        <source>skipped {what}</source>
        <translation>تم تخطي: {what}</translation>
    </message>
    <message>
        <source>skipped BEGIN:{component} outside BEGIN:VCALENDAR</source>
        <translation>تم تخطي: BEGIN:{component} خارج BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE {zone} is not a known time zone: times without one were read as UTC</source>
        <translation>X-WR-TIMEZONE {zone} ليست منطقة زمنية معروفة: قُرئت الأوقات التي لا منطقة لها بالتوقيت العالمي UTC</translation>
    </message>
    <message>
        <source>observance, holiday or deadline written by the planner</source>
        <translation>يوم دولي أو عطلة أو موعد نهائي كتبه المخطِّط</translation>
    </message>
    <message>
        <source>the series has no UID</source>
        <translation>ليس للسلسلة UID</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; lines {lines})</source>
        <translation>تم تخطي {component} × {count} (ليس اجتماعًا؛ الأسطر {lines})</translation>
    </message>
    <message>
        <source>skipped {count} {component} (not a meeting; line {lines})</source>
        <translation>تم تخطي {component} × {count} (ليس اجتماعًا؛ السطر {lines})</translation>
    </message>
    <message>
        <source>the event and RECURRENCE-ID {recurrence} is also on line {line}</source>
        <translation>الحدث ذو RECURRENCE-ID {recurrence} موجود أيضًا في السطر {line}</translation>
    </message>
    <message>
        <source>the event is also on line {line}</source>
        <translation>الحدث موجود أيضًا في السطر {line}</translation>
    </message>
    <message>
        <source>{value} is also the id of the event on line {line}</source>
        <translation>{value} هو أيضًا معرّف الحدث في السطر {line}</translation>
    </message>
    <message>
        <source>not a content line: {line}</source>
        <translation>ليس سطر محتوى: {line}</translation>
    </message>
    <message>
        <source>parameter without a value in {name}</source>
        <translation>معلمة بلا قيمة في {name}</translation>
    </message>
    <message>
        <source>unclosed quote in a parameter of {name}</source>
        <translation>علامة اقتباس غير مغلقة في معلمة من {name}</translation>
    </message>
    <message>
        <source>not a content line (NAME:VALUE): {line}</source>
        <translation>ليس سطر محتوى (الاسم:القيمة): {line}</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never closed</source>
        <translation>لم يُغلق BEGIN:{component} أبدًا</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCALENDAR ... END:VCALENDAR: {line}</source>
        <translation>سطر خارج BEGIN:VCALENDAR ... END:VCALENDAR: {line}</translation>
    </message>
    <message>
        <source>{problem} inside {component}</source>
        <translation>{problem} داخل {component}</translation>
    </message>
    <message>
        <source>END:{ended} closes BEGIN:{component}</source>
        <translation>END:{ended} يغلق BEGIN:{component}</translation>
    </message>
    <message>
        <source>{item} is not NAME=VALUE</source>
        <translation>{item} ليس على صيغة الاسم=القيمة</translation>
    </message>
    <message>
        <source>the rule has no FREQ</source>
        <translation>ليس للقاعدة FREQ</translation>
    </message>
    <message>
        <source>FREQ={freq} is not a frequency</source>
        <translation>FREQ={freq} ليس تواترًا</translation>
    </message>
    <message>
        <source>FREQ={freq}: a series that repeats more often than daily is not imported (write sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)</source>
        <translation>FREQ={freq}: لا تُستورد سلسلة تتكرر أكثر من مرة في اليوم (اكتب جلسات الأيام نفسها بصيغة FREQ=DAILY مع BYHOUR، مثل BYHOUR=9,14)</translation>
    </message>
    <message>
        <source>COUNT={count} is more than the {most} expanded</source>
        <translation>COUNT={count} أكثر من التكرارات الموسَّعة البالغة {most}</translation>
    </message>
    <message>
        <source>the rule gives {count} start times a day (at most {most})</source>
        <translation>تعطي القاعدة {count} وقت بداية في اليوم (بحد أقصى {most})</translation>
    </message>
    <message>
        <source>{key}={value} must be a whole number of 1 or more</source>
        <translation>يجب أن يكون {key}={value} عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>not a valid rule: {problem}</source>
        <translation>قاعدة غير صالحة: {problem}</translation>
    </message>
    <message>
        <source>not a valid rule</source>
        <translation>قاعدة غير صالحة</translation>
    </message>
    <message>
        <source>{rule} has no occurrence for more than 400 years: it never occurs</source>
        <translation>ليس لـ {rule} أي تكرار لأكثر من 400 سنة: إنه لا يحدث أبدًا</translation>
    </message>
    <message>
        <source>{count} dates: more than the {most} per series</source>
        <translation>{count} تاريخًا: أكثر من الحد البالغ {most} لكل سلسلة</translation>
    </message>
    <message>
        <source>the series UID {uid} ({title}) has no occurrence between {start} and {end}, the import window: nothing was imported from it</source>
        <translation>ليس للسلسلة ذات UID {uid} ({title}) أي تكرار بين {start} و{end}، وهي فترة الاستيراد: لم يُستورد منها شيء</translation>
    </message>
    <message>
        <source>the series has more than {most} occurrences between {start} and {end}, the most the planner imports from one series</source>
        <translation>للسلسلة أكثر من {most} تكرار بين {start} و{end}، وهو أقصى ما يستورده المخطِّط من سلسلة واحدة</translation>
    </message>
    <message>
        <source>cannot expand the series: a time zone in the file has a missing or malformed offset</source>
        <translation>يتعذر توسيع السلسلة: لمنطقة زمنية في الملف فرق توقيت مفقود أو مشوَّه</translation>
    </message>
    <message>
        <source>cannot expand the series: its rule, dates or time zone are not valid iCalendar</source>
        <translation>يتعذر توسيع السلسلة: قاعدتها أو تواريخها أو منطقتها الزمنية ليست iCalendar صالحًا</translation>
    </message>
    <message>
        <source>cannot expand the series: {problem}</source>
        <translation>يتعذر توسيع السلسلة: {problem}</translation>
    </message>
    <message>
        <source>{value} is not an iCalendar date or date-time</source>
        <translation>{value} ليست تاريخًا أو تاريخًا ووقتًا بصيغة iCalendar</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>منطقة زمنية غير معروفة {zone}</translation>
    </message>
    <message>
        <source>the date is too close to year 1 or year 9999 to work with</source>
        <translation>التاريخ قريب جدًا من السنة 1 أو السنة 9999 بحيث يتعذر التعامل معه</translation>
    </message>
    <message>
        <source>daylight time starts</source>
        <translation>يبدأ التوقيت الصيفي</translation>
    </message>
    <message>
        <source>standard time returns</source>
        <translation>يعود التوقيت العادي</translation>
    </message>
    <message>
        <source>{zone} is not an IANA time zone name</source>
        <translation>{zone} ليس اسم منطقة زمنية من IANA</translation>
    </message>
    <message>
        <source>no time zone named {zone} in the time zone database</source>
        <translation>لا توجد منطقة زمنية باسم {zone} في قاعدة بيانات المناطق الزمنية</translation>
    </message>
    <message>
        <source>{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules change inside the range; one STANDARD and one DAYLIGHT rule can only alternate between two</source>
        <translation>{zone}: يأخذ فرق التوقيت عن UTC {count} قيم في {span} ({offsets})، لذا تتغير قواعدها داخل الفترة؛ ولا يمكن لقاعدة STANDARD واحدة وقاعدة DAYLIGHT واحدة أن تتناوبا إلا بين قيمتين</translation>
    </message>
    <message>
        <source>{zone}: {year} has {starts} change(s) to daylight time and {ends} back to standard time; a yearly rule pair for {span} needs exactly one of each every year</source>
        <translation>{zone}: في {year} عدد التحولات إلى التوقيت الصيفي {starts} وعدد العودات إلى التوقيت العادي {ends}؛ ويتطلب زوج من القواعد السنوية لـ {span} تحولًا واحدًا بالضبط من كل نوع كل سنة</translation>
    </message>
    <message>
        <source>{zone}: {what} on {onsets}{more} (local time); no single &apos;nth or last weekday of a month at one local time&apos; rule gives all of these dates</source>
        <translation>{zone}: {what} في {onsets}{more} (بالتوقيت المحلي)؛ لا توجد قاعدة واحدة من نوع «اليوم النوني أو الأخير من أيام الأسبوع في شهر في الوقت المحلي نفسه» تعطي كل هذه التواريخ</translation>
    </message>
</context>
</TS>
