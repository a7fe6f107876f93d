### plesk-keys, клиентские команды: то, что человек читает в терминале (JSON из --json
### и значения ключей, ID и адреса в нём никогда не переводятся).

## Откуда берутся учётные данные.

cli-no-credential = нет учётных данных: задайте PLESK_KEY, используйте --key-file FILE или задайте PLESK_LOGIN и PLESK_PASSWORD
cli-key-file-unreadable = не удаётся прочитать файл ключа { $path }: { $detail }
cli-key-file-empty = файл ключа { $path } пуст
cli-half-login = PLESK_LOGIN задан, а PLESK_PASSWORD нет (или наоборот)
cli-not-a-header = учётные данные содержат символы, которые не может передать заголовок HTTP
cli-not-visible-ascii = ключ или логин содержит пробел, управляющий символ или символ не из ASCII (вставлен по ошибке?); Plesk и шлюз принимают только видимые символы ASCII

## Какой сервер.

cli-no-endpoint = не указана точка доступа: передайте --endpoint URL или задайте PLESK_ENDPOINT (или --servers FILE вместе с --server NAME)
cli-server-without-file = для --server нужен --servers FILE (или PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = в { $file } указано серверов: { $count }; выберите один с помощью --server NAME (или --server all для list, info и create)
cli-unknown-server = в { $file } нет сервера { $name } (есть: { $known })
cli-no-server-key = нет ключа для сервера { $name }: поместите его в { $name }.key в --key-dir DIR или задайте { $variable }
cli-key-file-readable = файл ключа { $path } доступен для чтения группе или другим: выполните для него chmod 600 (в нём секретный ключ)
cli-key-file-with-servers = --key-file содержит один ключ: с --servers дайте каждому серверу собственный (--key-dir DIR или PLESK_KEY_<NAME>)
cli-one-server-only = delete и rotate работают с одним сервером: выберите его с помощью --server NAME (--server all: list, info, create)
cli-unknown-language = языка { $tag } нет: один из { $known }
cli-no-server = нет сервера, к которому можно обратиться

## Ключи, указанные в командной строке.

cli-stdin-unreadable = не удаётся прочитать ключи со стандартного ввода: { $detail }
cli-no-keys-asked = ни один ключ не был запрошен
cli-key-in-argument = предупреждение: значение ключа, переданное аргументом, видно другим пользователям этой машины; передавайте значения через стандартный ввод с помощью `-`.

## --dry-run: что было бы отправлено.

cli-dry-run-target = POST { $url } (ничего не отправлено: --dry-run)
cli-dry-run-server-target = POST { $url } (сервер { $server }; ничего не отправлено: --dry-run)
cli-dry-run-rotate = (затем: создать двойника этого ключа и удалить старый ключ, только если создание прошло успешно)

## Что выводят команды.

cli-no-keys = Ключей нет.
cli-new-key = Новый ключ (показывается один раз; Plesk не сможет показать его снова): { $key }
cli-deleted = удалён: { $key }
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
cli-rotate-not-found = ключ для замены не найден
cli-rotate-old-kept = { $reason }; старый ключ { $id } сохранён
cli-rotate-old-deleted = старый ключ { $id } удалён
cli-rotate-old-not-deleted = новый ключ создан, но старый ключ { $id } удалить не удалось: удалите его вручную

## Ошибки Plesk: текст Plesk остаётся таким, каким его прислал Plesk, в кавычках.

cli-plesk-error = Ошибка Plesk { $code }: { $text }
cli-plesk-error-explained = Ошибка Plesk { $code }: { $text } ({ $explanation })
