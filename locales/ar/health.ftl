### سلامة المفاتيح: ما الخلل في مفتاح ما أو ما يستحق نظرة، وما الذي يجب فعله (عمود السلامة في اللوحة
### و `plesk-keys report` على حد سواء).

## المستويات.

health-level-danger = خطر
health-level-warning = تحذير
health-level-note = ملاحظة

## المالكون.

health-owner-administrator = المسؤول
health-status-active = نشط
health-status-missing = غير موجود
health-status-unknown = غير معروف
health-status-number = الحالة { $status }
health-flag-4 = قيد النسخ الاحتياطي أو الاستعادة
health-flag-16 = معطَّل من قِبل المسؤول
health-flag-32 = معطَّل من قِبل الموزّع التابع له
health-flag-64 = معطَّل من قِبل العميل
health-flag-256 = منتهي الصلاحية

## الأسباب.

health-reason-owner-missing = مالكه { $login } لم يعد موجودًا في Plesk.
health-reason-owner-inactive = مالكه { $login } غير نشط ({ $status }).
health-reason-anywhere-administrator = مفتاح للمسؤول غير مقيَّد بأي عنوان: يعمل من أي مكان.
health-reason-anywhere-key = هذا المفتاح غير مقيَّد بأي عنوان: يعمل من أي مكان.
health-reason-wide-administrator = مفتاح للمسؤول مقيَّد بـ { $range }، وهو نطاق أوسع من /24 أو /64.
health-reason-wide-key = هذا المفتاح مقيَّد بـ { $range }، وهو نطاق أوسع من /24 أو /64.
health-reason-public-among-private = مقيَّد بالعنوان العام { $address } بينما عناوينه الأخرى خاصة.
health-reason-service-address = مقيَّد بـ { $address }، وهو عنوان خادم Plesk أو الخدمة التي تسبقه: يعمل لأي شخص يستطيع إرسال الطلبات عبرها.
health-reason-twins = مفاتيح أخرى للمالك نفسه على العناوين نفسها: { $others }.
health-reason-no-description = لا يوجد وصف: لن يعرف أحد لاحقًا الغرض منه.

## ما الذي يجب فعله.

health-advice-owner-missing = احذفه.
health-advice-owner-inactive = احذفه إذا كان المالك قد رحل نهائيًا.
health-advice-usable-from-anywhere = دوِّره مع تحديد العناوين التي يُستخدم منها.
health-advice-public-among-private = تحقّق من العنوان العام؛ وعدّل المفتاح لإزالته.
health-advice-service-address = أبقِه فقط للاستخدام عبر تلك الخدمة؛ وإلا فدوِّره مع تحديد عناوين الأجهزة التي تستخدمه.
health-advice-twins = احذف المفاتيح المكرّرة المتبقية من عملية تدوير.
health-advice-no-description = عدّله لتوضيح الغرض منه.

## نتيجة واحدة في سطر واحد: "خطر: مالكه jdoe لم يعد موجودًا في Plesk. احذفه."

health-finding = { $level }: { $reason } { $advice }
