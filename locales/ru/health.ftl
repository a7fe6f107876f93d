### Состояние ключей: что не так с ключом или на что стоит обратить внимание и что делать (и столбец
### «Состояние» в панели, и `plesk-keys report`).

## Уровни.

health-level-danger = опасно
health-level-warning = предупреждение
health-level-note = примечание

## Владельцы.

health-owner-administrator = администратор
health-status-active = активен
health-status-missing = отсутствует
health-status-unknown = неизвестно
health-status-number = статус { $status }
health-flag-4 = идёт резервное копирование или восстановление
health-flag-16 = отключён администратором
health-flag-32 = отключён своим реселлером
health-flag-64 = отключён клиентом
health-flag-256 = срок действия истёк

## Причины.

health-reason-owner-missing = Владельца ключа { $login } больше нет в Plesk.
health-reason-owner-inactive = Владелец ключа { $login } не активен ({ $status }).
health-reason-anywhere-administrator = Ключ администратора не привязан ни к одному адресу: он работает откуда угодно.
health-reason-anywhere-key = Этот ключ не привязан ни к одному адресу: он работает откуда угодно.
health-reason-wide-administrator = Ключ администратора привязан к { $range } — диапазону шире, чем /24 или /64.
health-reason-wide-key = Этот ключ привязан к { $range } — диапазону шире, чем /24 или /64.
health-reason-public-among-private = Привязан к публичному адресу { $address }, хотя остальные его адреса частные.
health-reason-service-address = Привязан к { $address } — адресу сервера Plesk или стоящего перед ним сервиса: он работает для любого, кто может отправлять запросы через этот адрес.
health-reason-twins = Другие ключи того же владельца на тех же адресах: { $others }.
health-reason-no-description = Нет описания: потом никто не поймёт, для чего он нужен.

## Что делать.

health-advice-owner-missing = Удалите его.
health-advice-owner-inactive = Удалите его, если владелец больше не вернётся.
health-advice-usable-from-anywhere = Выполните ротацию ключа, указав адреса, с которых он используется.
health-advice-public-among-private = Проверьте публичный адрес; отредактируйте ключ, убрав этот адрес.
health-advice-service-address = Оставьте его только для использования через этот сервис; в противном случае выполните ротацию ключа, указав адреса машин, которые его используют.
health-advice-twins = Удалите дубликаты, оставшиеся после ротации.
health-advice-no-description = Отредактируйте его и укажите, для чего он нужен.

## Одна находка в строке: "опасно: Владельца ключа jdoe больше нет в Plesk. Удалите его."

health-finding = { $level }: { $reason } { $advice }
