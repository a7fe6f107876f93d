### اللوحة: إطارها (الترويسة واللغة والجلسة) والكلمات المشتركة.

## الترويسة.

app-title = Plesk Key Panel
app-signed-in-as = تم تسجيل الدخول باسم
app-connected-to = متصل بـ
app-sign-out = تسجيل الخروج
app-log-out = تسجيل الخروج
app-sign-in = تسجيل الدخول
app-signing-in = جارٍ تسجيل الدخول…
app-logged-out = تم تسجيل الخروج: أُزيل المفتاح من علامة التبويب هذه.
app-logged-out-idle = تم تسجيل الخروج بعد فترة من عدم النشاط: أُزيل المفتاح من علامة التبويب هذه.

## قائمة اللغات.

language-label = اللغة
language-not-shipped = بُنيت هذه اللوحة دون ملف هذه اللغة.
language-not-fetched = تعذّر جلب ملف اللغة: { $detail }
language-mismatch = ملف اللغة لا يطابق هذه اللوحة (إصدار أحدث أو أقدم): أعد تحميل الصفحة.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { "، " }
