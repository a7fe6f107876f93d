### plesk-keys، أوامر العميل: ما يقرؤه الشخص في الطرفية (مخرجات JSON من --json
### وقيم المفاتيح والمعرّفات والعناوين فيها لا تُترجم أبدًا).

## من أين تأتي بيانات الاعتماد.

cli-no-credential = لا توجد بيانات اعتماد: عيّن PLESK_KEY، أو استخدم --key-file FILE، أو عيّن PLESK_LOGIN و PLESK_PASSWORD
cli-key-file-unreadable = تعذّرت قراءة ملف المفتاح { $path }: { $detail }
cli-key-file-empty = ملف المفتاح { $path } فارغ
cli-half-login = تم تعيين PLESK_LOGIN دون PLESK_PASSWORD (أو العكس)
cli-not-a-header = تحتوي بيانات الاعتماد على أحرف لا يمكن لترويسة HTTP أن تحملها
cli-not-visible-ascii = يحتوي المفتاح أو اسم الدخول على مسافة أو حرف تحكم أو حرف من خارج ASCII (هل لُصق بالخطأ؟)؛ لا يقبل Plesk والبوابة إلا أحرف ASCII المرئية

## أي خادم.

cli-no-endpoint = لا توجد نقطة نهاية: مرّر --endpoint URL أو عيّن PLESK_ENDPOINT (أو --servers FILE مع --server NAME)
cli-server-without-file = يتطلب --server الخيار --servers FILE (أو PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = يذكر { $file } عدد { $count } من الخوادم: اختر واحدًا باستخدام --server NAME (أو --server all للأوامر list و info و create)
cli-unknown-server = لا يوجد خادم { $name } في { $file } (الموجود: { $known })
cli-no-server-key = لا يوجد مفتاح للخادم { $name }: ضعه في { $name }.key داخل --key-dir DIR، أو عيّن { $variable }
cli-key-file-readable = ملف المفتاح { $path } قابل للقراءة من المجموعة أو من الآخرين: نفّذ عليه chmod 600 (فهو يحوي مفتاحًا سريًا)
cli-key-file-with-servers = يحمل --key-file مفتاحًا واحدًا: مع --servers أعطِ كل خادم مفتاحه الخاص (--key-dir DIR أو PLESK_KEY_<NAME>)
cli-one-server-only = يعمل delete و rotate على خادم واحد: اختره باستخدام --server NAME (--server all للأوامر list و info و create)
cli-unknown-language = لا توجد لغة { $tag }: اختر واحدة من { $known }
cli-no-server = لا يوجد خادم للتواصل معه

## المفاتيح المذكورة في سطر الأوامر.

cli-stdin-unreadable = تعذّرت قراءة المفاتيح من الإدخال القياسي: { $detail }
cli-no-keys-asked = لم يُطلب أي مفتاح
cli-key-in-argument = تحذير: قيمة المفتاح الممرَّرة كوسيط مرئية لمستخدمي هذا الجهاز الآخرين؛ مرّر القيم عبر الإدخال القياسي باستخدام `-`.

## --dry-run: ما كان سيُرسل.

cli-dry-run-target = POST { $url } (لم يُرسل شيء: --dry-run)
cli-dry-run-server-target = POST { $url } (الخادم { $server }؛ لم يُرسل شيء: --dry-run)
cli-dry-run-rotate = (بعد ذلك: إنشاء توأم لذلك المفتاح، وحذف المفتاح القديم فقط إذا نجح الإنشاء)

## ما تطبعه الأوامر.

cli-no-keys = لا توجد مفاتيح.
cli-new-key = مفتاح جديد (يُعرض مرة واحدة؛ لا يستطيع Plesk عرضه مجددًا): { $key }
cli-deleted = حُذف: { $key }
cli-keys-not-shown =
    { $count ->
        [zero] لم يُعرض أي مفتاح ({ $count })
        [one] لم يُعرض مفتاح واحد ({ $count })
        [two] لم يُعرض مفتاحان ({ $count })
        [few] لم تُعرض { $count } مفاتيح
        [many] لم يُعرض { $count } مفتاحًا
       *[other] لم يُعرض { $count } مفتاح
    }
cli-keys-not-deleted =
    { $count ->
        [zero] لم يُحذف أي مفتاح ({ $count })
        [one] لم يُحذف مفتاح واحد ({ $count })
        [two] لم يُحذف مفتاحان ({ $count })
        [few] لم تُحذف { $count } مفاتيح
        [many] لم يُحذف { $count } مفتاحًا
       *[other] لم يُحذف { $count } مفتاح
    }
cli-rotate-not-found = لم يُعثر على المفتاح المراد تدويره
cli-rotate-old-kept = { $reason }؛ تم الإبقاء على المفتاح القديم { $id }
cli-rotate-old-deleted = حُذف المفتاح القديم { $id }
cli-rotate-old-not-deleted = أُنشئ المفتاح الجديد، لكن تعذّر حذف المفتاح القديم { $id }: احذفه يدويًا

## أخطاء Plesk: يبقى نص Plesk كما أرسله Plesk، بين علامتي اقتباس.

cli-plesk-error = خطأ Plesk { $code }: { $text }
cli-plesk-error-explained = خطأ Plesk { $code }: { $text } ({ $explanation })
