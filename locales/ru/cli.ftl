### plesk-keys, клиентские команды: то, что человек читает в терминале (JSON из --json
### и значения ключей, ID и адреса в нём никогда не переводятся).

## Откуда берутся учётные данные.

cli-no-credential = нет учётных данных: задайте PLESK_KEY, укажите --key-file FILE или задайте PLESK_LOGIN и PLESK_PASSWORD
cli-key-file-unreadable = не удалось прочитать файл ключа { $path }: { $detail }
cli-key-file-empty = файл ключа { $path } пуст
cli-half-login = PLESK_LOGIN задан, а PLESK_PASSWORD — нет (или наоборот)
cli-not-a-header = учётные данные содержат символы, недопустимые в заголовке HTTP
cli-not-visible-ascii = ключ или логин содержит пробел, управляющий символ или символ не из ASCII (вставлен по ошибке?); Plesk и шлюз принимают только видимые символы ASCII

## Какой сервер.

cli-no-endpoint = не задан адрес API: укажите --endpoint URL или задайте PLESK_ENDPOINT (или --servers FILE вместе с --server NAME)
cli-server-without-file = для --server нужен --servers FILE (или PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = в { $file } указано несколько серверов ({ $count }): выберите один с помощью --server NAME (или --server all для list, info и create)
cli-unknown-server = в { $file } нет сервера { $name } (есть: { $known })
cli-no-server-key = нет ключа для сервера { $name }: поместите его в файл { $name }.key в каталоге --key-dir DIR или задайте { $variable }
cli-key-file-readable = файл ключа { $path } могут читать группа или другие пользователи: выполните для него chmod 600 (в нём хранится секретный ключ)
cli-key-file-with-servers = --key-file содержит только один ключ: при --servers у каждого сервера должен быть свой (--key-dir DIR или PLESK_KEY_<NAME>)
cli-one-server-only = delete и rotate работают только с одним сервером: выберите его с помощью --server NAME (--server all — для list, info, create)
cli-unknown-language = языка { $tag } нет; доступны: { $known }
cli-no-server = нет сервера для подключения

## Ключи, указанные в командной строке.

cli-stdin-unreadable = не удалось прочитать ключи со стандартного ввода: { $detail }
cli-no-keys-asked = не указано ни одного ключа
cli-key-in-argument = предупреждение: значение ключа, переданное как аргумент, видно другим пользователям этой машины; передавайте значения через стандартный ввод с помощью `-`.

## --dry-run: что было бы отправлено.

cli-dry-run-target = POST { $url } (ничего не отправлено: --dry-run)
cli-dry-run-server-target = POST { $url } (сервер { $server }; ничего не отправлено: --dry-run)
cli-dry-run-rotate = (затем: создать новый ключ с теми же параметрами и удалить старый ключ, только если создание прошло успешно)

## Что выводят команды.

cli-key-id = ключ { $id }
cli-key-value = значение ключа { $start }…
cli-no-keys = Ключей нет.
cli-new-key = Новый ключ (показывается один раз; Plesk не сможет показать его повторно): { $key }
cli-deleted = удалено: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } ключ не показан
        [few] { $count } ключа не показаны
        [many] { $count } ключей не показаны
       *[other] { $count } ключа не показаны
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } ключ не удалён
        [few] { $count } ключа не удалены
        [many] { $count } ключей не удалены
       *[other] { $count } ключа не удалены
    }
cli-rotate-not-found = ключ для ротации не найден
cli-rotate-old-kept = { $reason }; старый ключ { $id } сохранён
cli-rotate-old-deleted = старый ключ { $id } удалён
cli-rotate-old-not-deleted = новый ключ создан, но удалить старый ключ { $id } не удалось: удалите его вручную

## Несколько серверов сразу (--server all).

cli-request-task-failed = сбой задачи запроса: { $detail }
cli-server-failed = сервер { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] сбой на { $failed } из { $count } сервера ({ $names }); { $consequence }
        [few] сбой на { $failed } из { $count } серверов ({ $names }); { $consequence }
        [many] сбой на { $failed } из { $count } серверов ({ $names }); { $consequence }
       *[other] сбой на { $failed } из { $count } сервера ({ $names }); { $consequence }
    }
cli-others-keys-shown = показаны ключи остальных серверов
cli-others-answers-shown = показаны ответы остальных серверов
cli-no-key-made-there = там ключ не создан
cli-found-on-no-server = { $key }: нет ни на одном сервере
cli-found-on = { $key }: есть на { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } ключ не найден ни на одном сервере
        [few] { $count } ключа не найдены ни на одном сервере
        [many] { $count } ключей не найдены ни на одном сервере
       *[other] { $count } ключа не найдены ни на одном сервере
    }
cli-new-keys = Новые ключи (показываются один раз; Plesk не сможет показать их повторно):

## Путь до сервера.

cli-not-a-url = '{ $url }' — это не URL; укажите базовый URL Plesk, например https://plesk.example.com:8443
cli-not-https = '{ $url }' должен начинаться с https:// (или http:// для тестов через loopback)
cli-not-a-base = '{ $url }' должен быть базовым URL без запроса и фрагмента
cli-user-in-url = URL с именем пользователя или паролем перед хостом (user:password@host) отклоняется: он попал бы в подписи и журналы, а Plesk читает учётные данные только из заголовков; укажите ключ в файле ключа или в панели
cli-timeout = нет ответа в течение { $seconds } с
cli-unreachable = не удаётся связаться с { $url }: { $detail }
cli-redirect = сервер ответил перенаправлением (HTTP { $status }), которое никогда не выполняется
cli-answer-too-large = ответ больше { $bytes } байт
cli-answer-unreadable = не удалось прочитать ответ: { $detail }
cli-answer-not-utf8 = ответ не в кодировке UTF-8
cli-http-status = HTTP { $status } от { $url }: { $body }

## report.

cli-no-findings = нет
cli-report-finding = ключ { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } ключ с замечанием уровня «{ $level }» или серьёзнее
        [few] { $count } ключа с замечанием уровня «{ $level }» или серьёзнее
        [many] { $count } ключей с замечанием уровня «{ $level }» или серьёзнее
       *[other] { $count } ключа с замечанием уровня «{ $level }» или серьёзнее
    }
cli-customers = клиентах
cli-resellers = реселлерах
cli-owners-unknown = статус владельцев неизвестен (при запросе о { $what }: { $reason })

## Таблицы и предупреждения.

cli-column-server = Сервер
cli-column-id = ID
cli-column-addresses = IP-адреса
cli-column-description = Описание
cli-column-owner = Владелец
cli-column-owner-status = Статус владельца
cli-column-findings = Замечания
cli-list-separator = { ", " }
cli-any-address = любой адрес (без ограничения по IP)
cli-plain-http = предупреждение: { $url } — незашифрованный http:// к другой машине: ключ или пароль передаётся по сети в открытом виде; используйте https://

## Ошибки Plesk: собственный текст Plesk остаётся таким, каким его прислал Plesk, в кавычках.

cli-plesk-error = Ошибка Plesk { $code }: { $text }
cli-plesk-error-explained = Ошибка Plesk { $code }: { $text } ({ $explanation })
