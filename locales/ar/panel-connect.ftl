### اللوحة: الاتصال (نموذجا الاتصال وتسجيل الدخول، والجلسة، والمهلة عند عدم النشاط، ومبدّل السمة)، وتسجيل الدخول عبر بوابة ويب وتسليمها للمفاتيح، ومجموعة من الخوادم (منتقي الخادم، وجميع الخوادم).

## نموذج الاتصال.

connect-title = الاتصال بـ Plesk
connect-key-label = مفتاح API
connect-need-key = الصق مفتاح API (مفتاحًا سريًا من Plesk) أولًا.
connect-keep-legend = الاحتفاظ بالمفتاح
connect-keep-tab = في علامة التبويب هذه (يبقى بعد إعادة تحميلها)
connect-keep-memory = في الذاكرة فقط (يزول عند إعادة التحميل)
connect-button = اتصال
connect-checking-key = جارٍ التحقق من المفتاح…
connect-retry = إعادة المحاولة

## نموذج تسجيل الدخول (اسم تسجيل الدخول وكلمة المرور).

connect-sign-in-summary = تسجيل الدخول باستخدام اسم تسجيل الدخول وكلمة المرور
connect-sign-in-hint = للمسؤول الذي لا يملك مفتاحًا بعد. تبقى كلمة المرور في ذاكرة هذه الصفحة فقط؛ ويمكنك إنشاء مفتاح لهذا المتصفح بعد ذلك مباشرة.
connect-login-label = اسم تسجيل الدخول
connect-password-label = كلمة المرور
connect-need-login = أدخل اسم تسجيل الدخول وكلمة المرور كليهما.
connect-sign-in-button = تسجيل الدخول
connect-checking = جارٍ التحقق…

## ما قاله Plesk عن بيانات الاعتماد ($error: الخطأ كما أورده Plesk أو الاتصال).

connect-refused = رفض Plesk بيانات الاعتماد هذه: { $error }
connect-unreachable = تعذّر الاتصال بـ Plesk: { $error }

## "أين ومن" في الترويسة: المضيف الذي تتصل به اللوحة، واسم تسجيل الدخول لبيانات الاعتماد.

connect-where-and-who = { $host } — { $login }

## الجلسة.

session-storage-unavailable = لا يسمح هذا المتصفح للوحة باستخدام تخزين الجلسة (وضع التصفح الخاص أو تخزين محظور)؛ يُحتفظ بالمفتاح في الذاكرة لهذه الصفحة فقط.

## المهلة عند عدم النشاط.

# $seconds: الثواني الكاملة المتبقية قبل تسجيل الخروج.
idle-warning = لا نشاط منذ مدة: سيُسجَّل خروجك خلال { $seconds } ث. اضغط «متابعة الجلسة» للبقاء مسجَّلًا للدخول.
idle-stay = متابعة الجلسة

## مبدّل السمة.

theme-dark = السمة الداكنة

## تسجيل الدخول عبر بوابة ويب (من سجّل الدخول، بحسب الخدمة).

# $error: سبب تعذّر الاستعلام من الخدمة.
portal-session-unreachable = تعذّر على اللوحة معرفة من سجّل الدخول ({ $error }).
portal-no-server = لقد سجّلت الدخول، لكن لا يتوفر لك أي خادم. اطلب من المسؤول منحك حق الوصول.
portal-session-unreadable = تعذّرت قراءة إجابة الخدمة بشأن من سجّل الدخول.
# $status: رمز حالة HTTP في إجابة الخدمة.
portal-not-signed-in = لم تسجّل الدخول (HTTP { $status }). افتح اللوحة عبر بوابة الويب الخاصة بك.

## المفاتيح التي سلّمتها بوابة ويب تتضمن اللوحة.

# $name: اسم الخادم الذي أعطته بوابة الويب.
portal-no-such-server = لا يوجد خادم باسم «{ $name }»
# مفتاح واحد مرفوض: $server، تسمية الخادم؛ $problem، سبب رفضه.
portal-problem-on-server = { $server }: { $problem }
# $problems: كل المفاتيح المرفوضة، مفصولة بفواصل منقوطة.
portal-keys-not-used = لم تُستخدم المفاتيح التي سلّمتها بوابة الويب: { $problems }.
portal-connected = تم الاتصال باستخدام المفتاح أو المفاتيح التي سلّمتها بوابة الويب (محفوظة في الذاكرة فقط).
# $servers: تسميات الخوادم المتصلة، مفصولة بفواصل.
portal-connected-to = تم الاتصال بـ { $servers } باستخدام المفتاح أو المفاتيح التي سلّمتها بوابة الويب (محفوظة في الذاكرة فقط).

## منتقي الخادم.

fleet-server-label = الخادم
fleet-all-servers = جميع الخوادم

## جميع الخوادم: جدول مفاتيح كل الخوادم.

fleet-actions-label = إجراءات قائمة المفاتيح
fleet-refresh = تحديث
fleet-export-csv = تصدير CSV
fleet-export-json = تصدير JSON
fleet-show-server = عرض الخادم
fleet-every-server = كل الخوادم
fleet-servers-label = الخوادم
fleet-empty = لا توجد مفاتيح سرية على هذه الخوادم بعد.
fleet-one-server-hint = يعمل التدوير والتعديل على خادم واحد: اختره من قائمة «الخادم».
# سطر خادم واحد أعلى الجدول ($server: تسميته).
fleet-status-not-connected = { $server }: غير متصل (اختره من قائمة «الخادم» للاتصال به)
fleet-status-loading = { $server }: جارٍ التحميل…
fleet-status-keys =
    { $server }: { $count ->
        [zero] لا مفاتيح
        [one] مفتاح واحد
        [two] مفتاحان
        [few] { $count } مفاتيح
        [many] { $count } مفتاحًا
       *[other] { $count } مفتاح
    }
fleet-status-refreshing = { $server }: جارٍ التحديث… (المعروض: { $count })
# $reason: سبب تعذّر سرد مفاتيح الخادم.
fleet-status-failed = { $server }: { $reason }
# سطر العدد أسفل الجدول.
fleet-loading-from =
    جارٍ تحميل المفاتيح من { $count ->
        [zero] { $count } خادم
        [one] خادم واحد
        [two] خادمين
        [few] { $count } خوادم
        [many] { $count } خادمًا
       *[other] { $count } خادم
    }…
fleet-count =
    { $keys ->
        [zero] لا مفاتيح
        [one] مفتاح واحد
        [two] مفتاحان
        [few] { $keys } مفاتيح
        [many] { $keys } مفتاحًا
       *[other] { $keys } مفتاح
    } على { $loaded } من أصل { $servers ->
        [zero] { $servers } خادم
        [one] خادم واحد
        [two] خادمين
        [few] { $servers } خوادم
        [many] { $servers } خادمًا
       *[other] { $servers } خادم
    }
fleet-count-refreshing =
    { $keys ->
        [zero] لا مفاتيح
        [one] مفتاح واحد
        [two] مفتاحان
        [few] { $keys } مفاتيح
        [many] { $keys } مفتاحًا
       *[other] { $keys } مفتاح
    } على { $loaded } من أصل { $servers ->
        [zero] { $servers } خادم
        [one] خادم واحد
        [two] خادمين
        [few] { $servers } خوادم
        [many] { $servers } خادمًا
       *[other] { $servers } خادم
    } (قيد التحديث: { $refreshing })
# اسم زر الحذف في الصف.
fleet-delete-key-on = حذف المفتاح { $id } على { $server }

## جميع الخوادم: حذف المفاتيح.

fleet-delete-one-title = حذف المفتاح { $id } على { $server }؟
fleet-delete-on-server-title = حذف المفاتيح المحددة ({ $count }) على { $server }؟
fleet-delete-on-servers-title = حذف المفاتيح المحددة ({ $count }) على خوادم عددها { $servers }؟
fleet-delete-warning =
    { $count ->
        [zero] تتوقف هذه المفاتيح عن العمل فورًا على خوادمها. لا يمكن التراجع عن ذلك:
        [one] يتوقف هذا المفتاح عن العمل فورًا على خادمه. لا يمكن التراجع عن ذلك:
        [two] يتوقف هذان المفتاحان عن العمل فورًا على خوادمهما. لا يمكن التراجع عن ذلك:
        [few] تتوقف هذه المفاتيح عن العمل فورًا على خوادمها. لا يمكن التراجع عن ذلك:
        [many] تتوقف هذه المفاتيح عن العمل فورًا على خوادمها. لا يمكن التراجع عن ذلك:
       *[other] تتوقف هذه المفاتيح عن العمل فورًا على خوادمها. لا يمكن التراجع عن ذلك:
    }
# مفتاح واحد في قائمة التأكيد.
fleet-delete-item = المفتاح { $id } على { $server }
fleet-key-deleted = حُذف المفتاح { $id } على { $server }.
# مفتاح واحد لم يُحذف ($reason: السبب).
fleet-delete-failure = المفتاح { $id } على { $server }: { $reason }
# سبب عدم مطالبة خادم بالحذف.
fleet-not-connected = غير متصل

## جميع الخوادم: الإنشاء على الخوادم.

fleet-create-title = إنشاء على الخوادم
fleet-create-hint = مفتاح واحد على كل خادم متصل (مفتاح لنظام مراقبة مثلًا): تختلف قيمته من خادم لآخر، وتُعرض مرة واحدة فقط.
fleet-invalid-addresses = عناوين IP: { $reason }
fleet-need-address = أدخل عنوان IP واحدًا على الأقل للمفاتيح على كل خادم.
fleet-connect-first = اتصل بخادم واحد على الأقل أولًا (اختره من قائمة «الخادم»).
fleet-keys-created = أُنشئت المفاتيح: انسخها الآن، فكل منها يُعرض مرة واحدة فقط.
fleet-keys-created-elsewhere = أُنشئت المفاتيح على الخوادم: افتح «جميع الخوادم» لنسخها (يُعرض كل منها مرة واحدة فقط).
fleet-new-keys-title = مفاتيح جديدة
# قبل المفتاح الجديد لخادم ما.
fleet-new-key-server = { $server }:
fleet-copy = نسخ
fleet-copy-key-of = نسخ مفتاح { $server }
fleet-copied = نُسخ المفتاح إلى الحافظة.
fleet-copy-failed = فشل النسخ ({ $reason }): حدّد المفتاح وانسخه يدويًا.
fleet-not-created = { $server }: لم يُنشأ أي مفتاح: { $reason }
fleet-copy-warning = انسخها الآن: لا يحتفظ Plesk إلا بقيم التجزئة (hash)، ولا يمكنه عرض هذه المفاتيح مرة أخرى.
fleet-copy-all = نسخ الكل
fleet-copied-all = نُسخت المفاتيح الجديدة كأسطر بالصيغة NAME=value.
fleet-copy-all-failed = فشل النسخ ({ $reason }): حدّد المفاتيح وانسخها يدويًا.
fleet-dismiss = إغلاق

## جميع الخوادم: البحث في جميع الخوادم.

fleet-find-title = البحث في جميع الخوادم
fleet-find-label = قيمة المفتاح أو معرّفه
fleet-give-one-key = أدخل قيمة مفتاح واحد أو معرّفه.
fleet-no-result = لم يُرسل Plesk أي نتيجة
# الجملة التي تبيّن أين يكون المفتاح صالحًا: عباراتها (أدناه) مفصولة بفواصل منقوطة.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = غير صالح على أي خادم
fleet-valid-on-one = صالح على { $server }
# $servers: كل خادم بصيغة "fleet-found-as"، مفصولة بفواصل.
fleet-valid-on-several = صالح على خوادم عددها { $count }، كمفتاح منفصل على كل منها: { $servers }
fleet-found-as = { $server } بوصفه المفتاح { $id }
fleet-not-found-on = لم يُعثر عليه في { $servers }
# $servers: كل خادم بصيغة "fleet-failed-on"، مفصولة بفواصل منقوطة.
fleet-could-not-ask = تعذّر الاستعلام من { $servers }
fleet-failed-on = { $server }: { $reason }
