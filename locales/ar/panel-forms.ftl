### نماذج اللوحة ومربعات الحوار: الإنشاء، وإعدادات المفتاح، والمفتاح الجديد، والحذف، والتدوير والتعديل،
### وفاحص الحزم، والأجزاء التي تُحمَّل عند أول استخدام، وما قد يتعطل بين اللوحة و Plesk.

## إنشاء مفتاح.

create-title = إنشاء مفتاح
create-bind-label = الربط بالعنوان الذي يراه Plesk
create-bind-hint = عند عدم تحديد عناوين، يربط Plesk المفتاح بالعنوان الذي يأتي منه الطلب: وعند الاتصال عبر بوابة، يكون هذا عنوان البوابة.
create-submit = إنشاء المفتاح
create-no-address = أدخل عنوان IP واحدًا على الأقل، أو حدّد «الربط بالعنوان الذي يراه Plesk».
# تُقال مرة واحدة عند الضغط على «إنشاء المفتاح» دون وصف.
create-empty-description = أضف وصفًا لتتمكن لاحقًا من تمييز هذا المفتاح، أو اضغط «إنشاء المفتاح» مرة أخرى لإنشائه دون وصف.
create-created = أُنشئ المفتاح. انسخه الآن: فهو يُعرض مرة واحدة فقط.
# أسفل المفتاح الجديد: العناوين المرتبط بها ($addresses: عناوين IP).
create-bound-to = مرتبط بـ { $addresses }.
create-bound-to-sender = مرتبط بالعنوان الذي يراه Plesk.

## إعدادات المفتاح (الإنشاء، والتعديل، والإنشاء على الخوادم).

settings-addresses-label = عناوين IP
settings-no-address = أدخل عنوان IP واحدًا على الأقل.
settings-description-label = الوصف
settings-owner-label = اسم تسجيل الدخول للمالك
settings-choose-owner = اختر مالكًا
settings-owner-hint = اختياري: اسم تسجيل الدخول لموزّع أو عميل. إذا تُرك فارغًا، فالمفتاح ملك لك.

## حقل عناوين IP، ويُتحقَّق منه أثناء الكتابة؛ وحقل سري.

field-no-address = لا يوجد عنوان: حدّد «الربط بالعنوان الذي يراه Plesk» لإنشاء مفتاح على أي حال.
field-valid-addresses =
    { $count ->
        [zero] لا توجد عناوين صالحة.
        [one] عنوان واحد صالح.
        [two] عنوانان صالحان.
        [few] { $count } عناوين صالحة.
        [many] { $count } عنوانًا صالحًا.
       *[other] { $count } عنوان صالح.
    }
field-typing = تابع الكتابة: العنوان الأخير لم يكتمل بعد.
field-show-key = إظهار المفتاح

## المفتاح الجديد، ويُعرض مرة واحدة.

new-key-title = مفتاح جديد
new-key-warning = انسخه الآن: لا يحتفظ Plesk إلا بقيمة تجزئة (hash) للمفتاح، ولا يمكنه عرضه مرة أخرى. سيختفي من هذه الصفحة عند إغلاقه.
new-key-copy = نسخ
new-key-dismiss = إغلاق
new-key-copied = نُسخ المفتاح الجديد إلى الحافظة.
# $reason: السبب، مثل new-key-clipboard-refused.
new-key-copy-failed = فشل النسخ ({ $reason }): حدّد المفتاح وانسخه يدويًا.
new-key-clipboard-refused = رفض المتصفح الوصول إلى الحافظة

## مربعات الحوار.

dialog-delete = حذف
dialog-cancel = إلغاء

## الحذف.

delete-title = حذف المفتاح { $id }؟
delete-title-keys = حذف المفاتيح المحددة ({ $count })؟
delete-warning =
    { $count ->
        [zero] ستتوقف هذه المفاتيح عن العمل فورًا. لا يمكن التراجع عن ذلك:
        [one] سيتوقف هذا المفتاح عن العمل فورًا. لا يمكن التراجع عن ذلك:
        [two] سيتوقف هذان المفتاحان عن العمل فورًا. لا يمكن التراجع عن ذلك:
        [few] ستتوقف هذه المفاتيح عن العمل فورًا. لا يمكن التراجع عن ذلك:
        [many] ستتوقف هذه المفاتيح عن العمل فورًا. لا يمكن التراجع عن ذلك:
       *[other] ستتوقف هذه المفاتيح عن العمل فورًا. لا يمكن التراجع عن ذلك:
    }
# مفتاح واحد في قائمة المفاتيح المراد حذفها: معرّفه ووصفه واسم تسجيل الدخول لمالكه.
delete-key-label = المفتاح { $id } ({ $description }؛ { $owner })
delete-no-description = بلا وصف
delete-no-owner = بلا مالك
delete-own-warning = أحدها هو المفتاح الذي تستخدمه هذه اللوحة: سيُسجَّل خروجك بعد حذفه.
# $summary: ما حُذف وما لم يُحذف.
delete-own-deleted = { $summary } حُذف المفتاح الذي تستخدمه اللوحة نفسها: تم تسجيل خروجك.

## التدوير والتعديل.

rotate-title = تدوير المفتاح { $id }
rotate-edit-title = تعديل المفتاح { $id }
rotate-explanation = يُنشأ مفتاح جديد بالعناوين نفسها ({ $addresses }) وبالوصف والمالك أنفسهما. ولا يُحذف المفتاح القديم { $id } إلا بعد نجاح ذلك وتأكيدك.
rotate-edit-hint = لا يوفّر Plesk عملية لتحديث المفاتيح: يؤدي الحفظ إلى إنشاء مفتاح جديد بهذه الإعدادات؛ ولا يُحذف المفتاح القديم إلا بعد نجاح ذلك وتأكيدك.
rotate-any-address-warning = يعمل هذا المفتاح من أي عنوان. لا تستطيع واجهة XML API في Plesk إنشاء مفتاح كهذا: يُربط المفتاح الجديد بالعناوين المحددة، أو بالعنوان الذي يراه Plesk (بوابة هذه اللوحة) إن لم تُحدَّد أي عناوين.
rotate-create = إنشاء مفتاح جديد
rotate-save = حفظ كمفتاح جديد
rotate-replaces = يحل محل المفتاح { $id }.
rotate-created = أُنشئ المفتاح الجديد. انسخه، ثم قرّر ما إذا كنت ستحذف المفتاح { $id }.
rotate-create-failed = لم يُنشأ أي مفتاح جديد؛ أُبقي على المفتاح { $id }: { $reason }
rotate-delete-old-question = المفتاح الجديد يعمل الآن. هل تريد حذف المفتاح القديم { $id }؟
rotate-own-warning = المفتاح القديم هو الذي تستخدمه هذه اللوحة: سيُسجَّل خروجك بعد حذفه.
rotate-delete-old = حذف المفتاح القديم { $id }
rotate-keep-old = الإبقاء على المفتاح القديم
rotate-kept = أُبقي على المفتاح { $id }؛ ويعمل كلا المفتاحين الآن.
rotate-deleted = حُذف المفتاح { $id }؛ ويحل المفتاح الجديد محله.
rotate-own-deleted = حُذف المفتاح { $id }. كان هذا هو المفتاح الذي تستخدمه اللوحة نفسها: اتصل باستخدام المفتاح الجديد.
rotate-not-deleted = لم يُحذف المفتاح { $id }: { $reason }
rotate-no-result = المفتاح { $id }: لم يُرسل Plesk أي نتيجة.

## فاحص الحزم.

inspector-title = فاحص الحزم
inspector-hint = آخر الطلبات والإجابات، بعد إزالة قيم المفاتيح وكلمات المرور منها.
inspector-copy-curl = نسخ كأمر curl
inspector-exchange = التبادل { $number }
inspector-request = الطلب { $number }
inspector-response = الإجابة { $number }
inspector-no-request = لا توجد طلبات بعد.
# $variable: متغير الصدفة الذي يمثّل المفتاح ($PLESK_KEY).
inspector-copied = نُسخ الطلب الأخير كأمر curl (يمثّل { $variable } المفتاح).
inspector-copy-failed = فشل النسخ: رفض المتصفح الوصول إلى الحافظة.
inspector-too-long = (غير معروضة: حجمها { $size } بايت، وهو أكثر من الحد الذي يعرضه الفاحص، وهو { $limit }؛ استخدم عميل سطر الأوامر للقوائم الطويلة)
inspector-not-utf8 = (غير معروضة: الحزمة ليست نصًا بترميز UTF-8)
# $reason: سبب كون الحزمة ليست XML يستطيع الفاحص عرضه (api-xml-…).
inspector-not-shown = (غير معروضة: { $reason })

## أجزاء اللوحة التي تُجلب عند أول استخدام.

part-loading = جارٍ التحميل…
part-loading-dialog = جارٍ تحميل هذا الجزء من اللوحة…
part-not-loaded = تعذّر تحميل هذا الجزء من اللوحة (هل انقطع الاتصال بالشبكة؟).
part-failed-title = تعذّر فتح هذا الجزء
part-retry = إعادة المحاولة

## بين اللوحة و Plesk.

api-network = تعذّر على اللوحة الوصول إلى نقطة نهاية الوكيل (agent) ({ $detail }). تحقّق من الاتصال بالشبكة ومن أن البوابة قيد التشغيل.
api-timeout = لا إجابة خلال { $seconds } ث. ربما تكون البوابة أو Plesk تحت ضغط زائد؛ حاول مرة أخرى.
api-too-large = رفضت البوابة الطلب لأنه كبير جدًا (HTTP 413).
api-bad-gateway = تعذّر على البوابة الوصول إلى خادم Plesk (HTTP 502). ربما يكون Plesk متوقفًا، أو تشير البوابة إلى عنوان خاطئ.
api-gateway-timeout = لم يُجب خادم Plesk البوابةَ في الوقت المحدد (HTTP 504). حاول مرة أخرى؛ وإذا استمرت المشكلة، فتحقّق من خادم Plesk.
api-http = أجابت نقطة نهاية الوكيل (agent) بـ HTTP { $status } بدلًا من حزمة Plesk.
api-refused = رفضت البوابة الطلب (HTTP { $status }).
api-unreadable = تعذّرت قراءة الإجابة: { $reason }
api-unexpected-shape = عدد النتائج في إجابة Plesk هو { $received } بينما كان المتوقع { $expected }؛ ولم يُبنَ على ذلك أي افتراض.
# خطأ أبلغ عنه Plesk: معناه (plesk-error-…)، ورمزه، ونص Plesk نفسه.
api-plesk-error = { $explanation } (خطأ Plesk { $code }: { $text })
# الخطأ 11003 عندما يذكر نص Plesk أن المفتاح غير موجود (Plesk 18.0.33 وما بعده).
api-plesk-unknown-key = لا يعرف Plesk هذا المفتاح السري: ربما حُذف، أو كُتب بشكل خاطئ.
# الخطأ 1006 عندما يذكر نص Plesk أن تقييد الوصول إلى API رفض العنوان.
api-plesk-api-restricted = يرفض تقييد الوصول إلى API في Plesk العنوانَ الذي يراه (عند الاتصال عبر بوابة، يكون هذا عنوان البوابة): اطلب من المسؤول السماح به.

## إجابة ليست حزمة Plesk تستطيع هذه اللوحة قراءتها ($element و $field و $root و $parent: أسماء عناصر XML؛ $snippet: بداية الإجابة).

api-answer-too-large = حجم الإجابة { $size } بايت، وهو أكثر من الحد الذي تقرؤه هذه الأداة، وهو { $limit } بايت.
api-answer-not-utf8 = الإجابة ليست نصًا صالحًا بترميز UTF-8.
api-answer-not-a-packet = الإجابة بتنسيق XML لكنها ليست حزمة Plesk (عنصرها الجذري <{ $root }>): { $snippet }
api-answer-no-content = لا تحتوي الإجابة على نتائج ولا على خطأ.
api-answer-no-status = إحدى نتائج <{ $element }> بلا حالة.
api-answer-unknown-status = إحدى نتائج <{ $element }> لها حالة غير معروفة '{ $status }'.
api-answer-bad-errcode = إحدى نتائج <{ $element }> لها رمز الخطأ '{ $errcode }'، وهو ليس رقمًا بين 0 و 4294967295.
api-answer-no-new-key = لا تحتوي نتيجة الإنشاء الناجحة على أي مفتاح.
api-answer-malformed-new-key = تحتوي إجابة Plesk عن الإنشاء على مفتاح جديد عدد أحرفه { $length } ولا يطابق شكل المفتاح (أحرف وأرقام و '-' و '_' فقط)؛ لذا حُجب. ربما أُنشئ مفتاح بالفعل: تحقّق من قائمة المفاتيح واحذف أي مفتاح لا تعرفه.
api-answer-incomplete-key-info = أحد إدخالات key_info بلا <{ $field }>.
api-answer-unexpected = تحتوي الإجابة على عنصر <{ $element }> غير متوقع داخل <{ $parent }>.
api-xml-empty = الإجابة فارغة.
api-xml-html = الإجابة صفحة HTML وليست حزمة XML من Plesk (غالبًا صفحة خطأ من خادم وسيط): { $snippet }
api-xml-not-xml = الإجابة ليست بتنسيق XML: { $snippet }
api-xml-truncated = بيانات XML مقطوعة قبل نهايتها (مبتورة): { $snippet }
api-xml-doctype = تحتوي بيانات XML على تعريف DOCTYPE أو تعريف كيان، وهو ما لا يرسله Plesk أبدًا؛ لذا لم تُعالَج.
api-xml-unknown-entity = تستخدم بيانات XML الكيان غير المعرَّف '&{ $name };'.
api-xml-too-deep = يتجاوز عمق تداخل العناصر في بيانات XML الحد المسموح به، وهو { $limit }.
api-xml-malformed = بيانات XML غير سليمة البنية في السطر { $line }: { $detail }
