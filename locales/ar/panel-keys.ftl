### قائمة المفاتيح في اللوحة: شريط أدواتها، وجدول المفاتيح السرية (عوامل التصفية، والأعداد، والتحديد، والصفحات،
### والصفوف، وكلمات سلامة المفاتيح)، والعرض المقدَّم بعد تسجيل الدخول بكلمة مرور، والبحث، والتصدير.

## صفحة قائمة المفاتيح.

keys-title = المفاتيح
keys-skip-to-create = الانتقال إلى «إنشاء مفتاح»
keys-toolbar-label = إجراءات قائمة المفاتيح
keys-refresh = تحديث
keys-export-csv = تصدير CSV
keys-export-json = تصدير JSON
keys-select-first = حدّد مفتاحًا واحدًا على الأقل أولًا.
keys-export-not-loaded = تعذّر تحميل أداة التصدير (هل انقطع الاتصال بالشبكة؟). لم يُحفظ شيء؛ حاول مرة أخرى.
keys-empty = لا توجد مفاتيح سرية بعد. أنشئ مفتاحًا باستخدام نموذج «إنشاء مفتاح».
# الزر الذي يحذف المفاتيح المحددة؛ مع عددها بعد تحديد أي منها.
keys-delete-selected =
    { $count ->
        [0] حذف المحدد
        [zero] حذف المحدد
        [one] حذف المحدد ({ $count })
        [two] حذف المحدد ({ $count })
        [few] حذف المحدد ({ $count })
        [many] حذف المحدد ({ $count })
       *[other] حذف المحدد ({ $count })
    }

## السطر أعلى القائمة ($time: الوقت المحلي بالصيغة HH:MM:SS).

keys-loading = جارٍ تحميل المفاتيح…
keys-refreshing = جارٍ التحديث…
keys-refreshed-at = آخر تحديث في { $time }.

## بعد تسجيل الدخول بكلمة مرور: مفتاح لهذا المتصفح.

keys-offer-title = تم تسجيل الدخول بكلمة مرور
keys-offer-text = تبقى كلمة المرور في الذاكرة فقط. هل تريد إنشاء مفتاح API لهذا المتصفح واستخدامه من الآن فصاعدًا؟
keys-offer-create = إنشاء مفتاح لهذا المتصفح
keys-offer-new-key-note = مفتاح لهذا المتصفح، مرتبط بالعنوان الذي يراه Plesk. تستخدمه اللوحة الآن، ولم تعد تحتفظ بكلمة المرور.
keys-offer-created = أُنشئ مفتاح لهذا المتصفح؛ وتستخدمه اللوحة الآن.
keys-offer-failed = لم يُنشأ أي مفتاح: { $error }

## عوامل التصفية في الجدول، والأعداد، والتحديد.

keys-filter-label = تصفية المفاتيح
keys-filter-placeholder = المعرّف أو العنوان أو الوصف أو المالك
keys-owner-filter = المالك
keys-owner-filter-all = جميع المالكين
keys-needs-attention = تحتاج إلى انتباه ({ $count })
keys-count =
    { $count ->
        [zero] لا مفاتيح
        [one] مفتاح واحد
        [two] مفتاحان
        [few] { $count } مفاتيح
        [many] { $count } مفتاحًا
       *[other] { $count } مفتاح
    }
keys-count-shown = المعروض { $shown } من أصل { $total }
keys-selection = المحدد: { $selected }
keys-selection-hidden = المحدد: { $selected }، منها { $hidden } مخفية بسبب عامل التصفية
keys-clear-selection = إلغاء التحديد
keys-no-match = لا توجد مفاتيح تطابق عامل التصفية.
keys-clear-filter = مسح عامل التصفية

## الصفحات (أعلى الجدول وأسفله).

keys-pages-above = الصفحات أعلى الجدول
keys-pages = الصفحات
keys-page-previous = الصفحة السابقة
keys-page-next = الصفحة التالية
keys-page-of = الصفحة { $page } من { $pages }

## الجدول: العنوان، ورؤوس الأعمدة (وهي أيضًا تسميات البطاقات على الشاشات الضيقة)، والصفوف.

keys-table-caption = المفاتيح السرية
keys-select-all = تحديد كل المعروض
keys-select-all-hint = تحديد كل المفاتيح التي يعرضها عامل التصفية، في جميع الصفحات
keys-column-server = الخادم
keys-column-id = المعرّف
keys-column-addresses = عناوين IP
keys-column-description = الوصف
keys-column-owner = المالك
keys-column-health = السلامة
keys-column-actions = الإجراءات
keys-any-address = أي عنوان (دون تقييد بعنوان IP)
keys-this-browser = هذا المتصفح
# بعد وصف المفتاح عندما يرفض Plesk حذفه ($reason: السبب الذي ذكره Plesk).
keys-not-deleted = لم يُحذف: { $reason }
# كيف يُسمّى المفتاح للأشخاص (في أسماء الأزرار وفي الجمل).
keys-name = المفتاح { $id }
keys-name-on-server = المفتاح { $id } على { $server }
keys-select-named = تحديد { $name }
keys-rotate = تدوير
keys-edit = تعديل
keys-delete = حذف
keys-rotate-named = تدوير { $name }
keys-edit-named = تعديل { $name }
keys-delete-named = حذف { $name }

## سلامة المفاتيح في الجدول (الأسباب والنصائح موجودة في health.ftl).

keys-health-danger = خطر
keys-health-warning = تحذير
keys-health-note = ملاحظة
# تقرؤه برامج قراءة الشاشة بعد المستوى: "خطر في المفتاح 5".
keys-health-for = في { $name }
keys-health-rotate-it = دوِّره
keys-health-delete-it = احذفه
keys-health-rotate-named = تدوير { $name } كما يُنصح
keys-health-delete-named = حذف { $name } كما يُنصح

## الحذف.

keys-deleted =
    { $count ->
        [zero] لم يُحذف أي مفتاح.
        [one] حُذف مفتاح واحد.
        [two] حُذف مفتاحان.
        [few] حُذفت { $count } مفاتيح.
        [many] حُذف { $count } مفتاحًا.
       *[other] حُذف { $count } مفتاح.
    }
# $failures: واحد أو أكثر من keys-failure، تفصل بينها keys-failure-separator.
keys-deleted-some-failed =
    { $count ->
        [zero] لم يُحذف أي مفتاح: { $failures }
        [one] حُذف مفتاح واحد؛ ولم يُحذف: { $failures }
        [two] حُذف مفتاحان؛ ولم يُحذف: { $failures }
        [few] حُذفت { $count } مفاتيح؛ ولم يُحذف: { $failures }
        [many] حُذف { $count } مفتاحًا؛ ولم يُحذف: { $failures }
       *[other] حُذف { $count } مفتاح؛ ولم يُحذف: { $failures }
    }
keys-failure = المفتاح { $id }: { $reason }
keys-failure-separator = { "؛ " }

## سطر الحالة (تعلنه برامج قراءة الشاشة).

keys-status-label = الحالة

## البحث.

lookup-title = البحث عن مفاتيح
lookup-keys-label = المفاتيح المطلوب البحث عنها
lookup-keys-hint = قيم المفاتيح أو معرّفاتها، واحد في كل سطر أو مفصولة بفواصل.
lookup-submit = بحث
lookup-results-label = نتائج البحث
lookup-done = البحث: عُثر على { $found } من أصل { $total }.
# سطر لكل مفتاح جرى البحث عنه ($reference: المفتاح كما كُتب، مختصرًا).
lookup-found = { $reference }: عُثر عليه — المعرّف { $id }، { $addresses }، «{ $description }»، المالك { $owner }
lookup-found-no-description = { $reference }: عُثر عليه — المعرّف { $id }، { $addresses }، بلا وصف، المالك { $owner }
lookup-not-found = { $reference }: لم يُعثر عليه (خطأ Plesk 1013)
lookup-failed = { $reference }: { $error }

## التصدير (يبقى محتوى الملفات بالإنجليزية من أجل البرامج النصية).

export-done =
    { $count ->
        [zero] صُدِّر الملف { $file } دون أي مفتاح.
        [one] صُدِّر مفتاح واحد إلى { $file }.
        [two] صُدِّر مفتاحان إلى { $file }.
        [few] صُدِّرت { $count } مفاتيح إلى { $file }.
        [many] صُدِّر { $count } مفتاحًا إلى { $file }.
       *[other] صُدِّر { $count } مفتاح إلى { $file }.
    }
export-failed = فشل التصدير: { $reason }.
export-cannot-build = تعذّر إنشاء الملف
export-cannot-offer = تعذّر تقديم الملف للتنزيل
