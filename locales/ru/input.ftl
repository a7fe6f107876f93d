### Введённые данные, которые нельзя отправить в Plesk: адреса, списки ключей, описания и логины
### (аргументы CLI, позже — поля панели).

## Символ, который нельзя передать в XML (код символа в виде U+XXXX, его позиция начиная с 1).

input-forbidden-description = Описание содержит символ, который нельзя передать в XML (U+{ $code } в позиции { $position }); удалите его.
input-forbidden-login = Логин владельца содержит символ, который нельзя передать в XML (U+{ $code } в позиции { $position }); удалите его.
input-forbidden-key = Ключ содержит символ, который нельзя передать в XML (U+{ $code } в позиции { $position }); удалите его.
input-forbidden-addresses = Список IP-адресов содержит символ, который нельзя передать в XML (U+{ $code } в позиции { $position }); удалите его.

## Слишком длинное значение.

input-too-long-description = Длина описания в символах: { $length }; допускается не более { $max }.
input-too-long-login = Длина логина владельца в символах: { $length }; допускается не более { $max }.
input-too-long-key = Длина ключа в символах: { $length }; допускается не более { $max }.
input-too-long-addresses = Длина списка IP-адресов в символах: { $length }; допускается не более { $max }.

## Пустое значение.

input-empty-description = Описание пустое.
input-empty-login = Логин владельца пуст.
input-empty-key = Ключ пуст.
input-empty-addresses = Список IP-адресов пуст.

## IP-адреса.

input-addresses = IP-адреса: { $reason }
input-not-an-address = '{ $entry }' не является адресом IPv4 или IPv6.
input-not-addresses = Это не адреса IPv4 или IPv6: { $entries }.
input-list-and = { $first } и { $last }
input-listed-twice = { $address } указан дважды.
input-too-many-addresses = Слишком много адресов: { $count }; ключ можно привязать не более чем к { $max }.

## Ключи.

input-no-key = Ключ не указан: укажите хотя бы одно значение ключа или ID.
input-too-many-keys = Слишком много ключей для одного запроса: { $count }; допускается не более { $max }.
input-entry = Запись { $position }: { $reason }
input-old-key-unusable = У заменяемого ключа нет пригодного ID: { $reason }
