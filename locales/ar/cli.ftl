### plesk-keys، أوامر العميل: ما يقرؤه الشخص في الطرفية (مخرجات JSON من --json
### وقيم المفاتيح والمعرّفات والعناوين فيها لا تُترجم أبدًا).

## مصدر بيانات الاعتماد.

cli-no-credential = لا توجد بيانات اعتماد: عيّن PLESK_KEY، أو استخدم --key-file FILE، أو عيّن PLESK_LOGIN و PLESK_PASSWORD
cli-key-file-unreadable = تعذّرت قراءة ملف المفتاح { $path }: { $detail }
cli-key-file-empty = ملف المفتاح { $path } فارغ
cli-half-login = تم تعيين PLESK_LOGIN دون PLESK_PASSWORD (أو العكس)
cli-not-a-header = تحتوي بيانات الاعتماد على أحرف لا يمكن نقلها في ترويسة HTTP
cli-not-visible-ascii = يحتوي المفتاح أو اسم تسجيل الدخول على مسافة أو حرف تحكم أو حرف من خارج ASCII (هل لُصق بالخطأ؟)؛ لا يقبل Plesk والبوابة إلا أحرف ASCII المرئية

## أي خادم.

cli-no-endpoint = لا توجد نقطة نهاية: مرِّر --endpoint URL أو عيّن PLESK_ENDPOINT (أو استخدم --servers FILE مع --server NAME)
cli-server-without-file = يتطلب --server الخيار --servers FILE (أو PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = يذكر { $file } خوادم عددها { $count }: اختر واحدًا منها باستخدام --server NAME (أو --server all مع list و info و create)
cli-unknown-server = لا يوجد خادم باسم { $name } في { $file } (الخوادم الموجودة فيه: { $known })
cli-no-server-key = لا يوجد مفتاح للخادم { $name }: ضعه في الملف { $name }.key داخل --key-dir DIR، أو عيّن { $variable }
cli-key-file-readable = قد تتمكن المجموعة أو المستخدمون الآخرون من قراءة ملف المفتاح { $path }: نفّذ عليه chmod 600 (فهو يحتوي على مفتاح سري)
cli-key-file-with-servers = يحمل --key-file مفتاحًا واحدًا فقط: مع --servers أعطِ كل خادم مفتاحه الخاص (--key-dir DIR أو PLESK_KEY_<NAME>)
cli-one-server-only = يعمل الأمران delete و rotate على خادم واحد فقط: اختره باستخدام --server NAME (يصلح --server all للأوامر list و info و create)
cli-unknown-language = لا توجد لغة باسم { $tag }: اختر إحدى اللغات { $known }
cli-no-server = لا يوجد خادم للاتصال به

## المفاتيح المذكورة في سطر الأوامر.

cli-stdin-unreadable = تعذّرت قراءة المفاتيح من الإدخال القياسي: { $detail }
cli-no-keys-asked = لم يُحدَّد أي مفتاح
cli-key-in-argument = تحذير: قيمة المفتاح المُمرَّرة كوسيط مرئية لمستخدمي هذا الجهاز الآخرين؛ مرِّر القيم عبر الإدخال القياسي باستخدام `-`.

## --dry-run: ما كان سيُرسَل.

cli-dry-run-target = POST { $url } (لم يُرسَل شيء: --dry-run)
cli-dry-run-server-target = POST { $url } (الخادم { $server }؛ لم يُرسَل شيء: --dry-run)
cli-dry-run-rotate = (ثم: إنشاء نسخة مطابقة من ذلك المفتاح، وحذف المفتاح القديم فقط إذا نجح الإنشاء)

## ما تطبعه الأوامر.

cli-key-id = المفتاح { $id }
cli-key-value = قيمة المفتاح { $start }…
cli-no-keys = لا توجد مفاتيح.
cli-new-key = مفتاح جديد (يُعرض مرة واحدة فقط؛ لا يستطيع Plesk عرضه مرة أخرى): { $key }
cli-deleted = حُذف { $key }
cli-keys-not-shown =
    { $count ->
        [zero] لم يتعذّر عرض أي مفتاح ({ $count })
        [one] تعذّر عرض مفتاح واحد ({ $count })
        [two] تعذّر عرض مفتاحين ({ $count })
        [few] تعذّر عرض { $count } مفاتيح
        [many] تعذّر عرض { $count } مفتاحًا
       *[other] تعذّر عرض { $count } مفتاح
    }
cli-keys-not-deleted =
    { $count ->
        [zero] لم يتعذّر حذف أي مفتاح ({ $count })
        [one] تعذّر حذف مفتاح واحد ({ $count })
        [two] تعذّر حذف مفتاحين ({ $count })
        [few] تعذّر حذف { $count } مفاتيح
        [many] تعذّر حذف { $count } مفتاحًا
       *[other] تعذّر حذف { $count } مفتاح
    }
cli-rotate-not-found = لم يُعثر على المفتاح المطلوب تدويره
cli-rotate-old-kept = { $reason }؛ أُبقي على المفتاح القديم { $id }
cli-rotate-old-deleted = حُذف المفتاح القديم { $id }
cli-rotate-old-not-deleted = أُنشئ المفتاح الجديد، لكن تعذّر حذف المفتاح القديم { $id }: احذفه يدويًا

## عدة خوادم في آن واحد (--server all).

cli-request-task-failed = فشلت إحدى مهام الطلبات: { $detail }
cli-server-failed = الخادم { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [zero] فشل { $failed } من أصل { $count } خادم ({ $names })؛ { $consequence }
        [one] فشل الخادم الوحيد { $names } ({ $failed } من أصل { $count })؛ { $consequence }
        [two] فشل { $failed } من أصل خادمين ({ $count }): { $names }؛ { $consequence }
        [few] فشل { $failed } من أصل { $count } خوادم ({ $names })؛ { $consequence }
        [many] فشل { $failed } من أصل { $count } خادمًا ({ $names })؛ { $consequence }
       *[other] فشل { $failed } من أصل { $count } خادم ({ $names })؛ { $consequence }
    }
cli-others-keys-shown = عُرضت مفاتيح الخوادم الأخرى
cli-others-answers-shown = عُرضت ردود الخوادم الأخرى
cli-no-key-made-there = لم يُنشأ أي مفتاح على الخوادم التي فشلت
cli-found-on-no-server = { $key }: لم يُعثر عليه في أي خادم
cli-found-on = { $key }: عُثر عليه في { $servers }
cli-keys-found-nowhere =
    { $count ->
        [zero] لا يوجد مفتاح غائب عن جميع الخوادم ({ $count })
        [one] مفتاح واحد ({ $count }) لم يُعثر عليه في أي خادم
        [two] مفتاحان ({ $count }) لم يُعثر عليهما في أي خادم
        [few] { $count } مفاتيح لم يُعثر عليها في أي خادم
        [many] { $count } مفتاحًا لم يُعثر عليها في أي خادم
       *[other] { $count } مفتاح لم يُعثر عليها في أي خادم
    }
cli-new-keys = مفاتيح جديدة (تُعرض مرة واحدة فقط؛ لا يستطيع Plesk عرضها مرة أخرى):

## الطريق إلى الخادم.

cli-not-a-url = '{ $url }' ليس عنوان URL؛ أدخل عنوان URL أساسيًا لـ Plesk مثل https://plesk.example.com:8443
cli-not-https = يجب أن يبدأ '{ $url }' بـ https:// (أو http:// لاختبارات الاسترجاع المحلي)
cli-not-a-base = يجب أن يكون '{ $url }' عنوان URL أساسيًا بلا استعلام أو جزء
cli-user-in-url = يُرفض عنوان URL يحوي اسم مستخدم أو كلمة مرور قبل المضيف (user:password@host): فهو سيظهر في التسميات والسجلات، ولا يقرأ Plesk بيانات الاعتماد إلا من الترويسات؛ أدخل المفتاح في ملف مفتاح أو في اللوحة بدلًا من ذلك
cli-timeout = لا إجابة خلال { $seconds } ث
cli-unreachable = تعذّر الوصول إلى { $url }: { $detail }
cli-redirect = أجاب الخادم بإعادة توجيه (HTTP { $status })، ولا تُتّبع إعادة التوجيه أبدًا
cli-answer-too-large = الإجابة أكبر من { $bytes } بايت
cli-answer-unreadable = تعذّرت قراءة الإجابة: { $detail }
cli-answer-not-utf8 = الإجابة ليست بترميز UTF-8
cli-http-status = HTTP { $status } من { $url }: { $body }

## report.

cli-no-findings = لا شيء
cli-report-finding = المفتاح { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [zero] لا مفاتيح ({ $count }) بملاحظة من مستوى «{ $level }» أو أخطر
        [one] مفتاح واحد ({ $count }) بملاحظة من مستوى «{ $level }» أو أخطر
        [two] مفتاحان ({ $count }) بملاحظة من مستوى «{ $level }» أو أخطر
        [few] { $count } مفاتيح بملاحظة من مستوى «{ $level }» أو أخطر
        [many] { $count } مفتاحًا بملاحظة من مستوى «{ $level }» أو أخطر
       *[other] { $count } مفتاح بملاحظة من مستوى «{ $level }» أو أخطر
    }
cli-customers = العملاء
cli-resellers = الموزّعين
cli-owners-unknown = حالة المالكين غير معروفة (عند السؤال عن { $what }: { $reason })

## الجداول والتحذيرات.

cli-column-server = الخادم
cli-column-id = المعرّف
cli-column-addresses = عناوين IP
cli-column-description = الوصف
cli-column-owner = المالك
cli-column-owner-status = حالة المالك
cli-column-findings = الملاحظات
cli-list-separator = { "، " }
cli-any-address = أي عنوان (دون تقييد بعنوان IP)
cli-plain-http = تحذير: { $url } اتصال http:// غير مشفّر بجهاز آخر: يعبر المفتاح أو كلمة المرور الشبكة دون تشفير؛ استخدم https://

## أخطاء Plesk: يبقى نص Plesk كما أرسله Plesk، بين علامتي اقتباس.

cli-plesk-error = خطأ Plesk { $code }: { $text }
cli-plesk-error-explained = خطأ Plesk { $code }: { $text } ({ $explanation })
