### ما أُدخل ولا يمكن إرساله إلى Plesk: العناوين وقوائم المفاتيح والأوصاف وأسماء تسجيل الدخول
### (وسائط واجهة سطر الأوامر، ولاحقًا حقول اللوحة).

## حرف لا يمكن أن يحمله XML (رمز الحرف بالصيغة U+XXXX، وموضعه بدءًا من 1).

input-forbidden-description = يحتوي الوصف على حرف لا يمكن أن يحمله XML (U+{ $code } في الموضع { $position })؛ احذفه.
input-forbidden-login = يحتوي اسم تسجيل الدخول للمالك على حرف لا يمكن أن يحمله XML (U+{ $code } في الموضع { $position })؛ احذفه.
input-forbidden-key = يحتوي المفتاح على حرف لا يمكن أن يحمله XML (U+{ $code } في الموضع { $position })؛ احذفه.
input-forbidden-addresses = تحتوي قائمة عناوين IP على حرف لا يمكن أن يحمله XML (U+{ $code } في الموضع { $position })؛ احذفه.

## طويل جدًا.

input-too-long-description = عدد أحرف الوصف { $length }، والحد الأقصى المسموح به { $max }.
input-too-long-login = عدد أحرف اسم تسجيل الدخول للمالك { $length }، والحد الأقصى المسموح به { $max }.
input-too-long-key = عدد أحرف المفتاح { $length }، والحد الأقصى المسموح به { $max }.
input-too-long-addresses = عدد أحرف قائمة عناوين IP هو { $length }، والحد الأقصى المسموح به { $max }.

## فارغ.

input-empty-description = الوصف فارغ.
input-empty-login = اسم تسجيل الدخول للمالك فارغ.
input-empty-key = المفتاح فارغ.
input-empty-addresses = قائمة عناوين IP فارغة.

## عناوين IP.

input-addresses = عناوين IP: { $reason }
input-not-an-address = '{ $entry }' ليس عنوان IPv4 ولا IPv6.
input-not-addresses = هذه ليست عناوين IPv4 ولا IPv6: { $entries }.
input-list-and = { $first } و { $last }
input-listed-twice = { $address } مذكور مرتين.
input-too-many-addresses = عدد العناوين { $count } أكثر من اللازم؛ الحد الأقصى لعدد العناوين التي يمكن ربط المفتاح بها هو { $max }.

## المفاتيح.

input-no-key = لم يُحدَّد أي مفتاح: اذكر قيمة مفتاح أو معرّفًا واحدًا على الأقل.
input-too-many-keys = عدد المفاتيح { $count } أكثر من اللازم لطلب واحد؛ الحد الأقصى { $max }.
input-entry = الإدخال رقم { $position }: { $reason }
input-old-key-unusable = المفتاح المراد استبداله ليس له معرّف صالح: { $reason }
