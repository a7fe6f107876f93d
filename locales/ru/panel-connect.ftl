### Панель: подключение (формы подключения и входа, сеанс, тайм-аут бездействия, переключатель темы), вход через портал и передача ключей, а также группа серверов (выбор сервера, «Все серверы»).

## Форма подключения.

connect-title = Подключение к Plesk
connect-key-label = Ключ API
connect-need-key = Сначала вставьте ключ API (секретный ключ Plesk).
connect-keep-legend = Где хранить ключ
connect-keep-tab = В этой вкладке (сохраняется при её перезагрузке)
connect-keep-memory = Только в памяти (теряется при перезагрузке)
connect-button = Подключиться
connect-checking-key = Проверка ключа…
connect-retry = Повторить

## Форма входа (логин и пароль).

connect-sign-in-summary = Войти с логином и паролем
connect-sign-in-hint = Для администратора, у которого ещё нет ключа. Пароль хранится только в памяти этой страницы; сразу после входа можно создать ключ для этого браузера.
connect-login-label = Логин
connect-password-label = Пароль
connect-need-login = Укажите и логин, и пароль.
connect-sign-in-button = Войти
connect-checking = Проверка…

## Что Plesk ответил на учётные данные ($error: ошибка в том виде, в каком её сообщил Plesk или соединение).

connect-refused = Plesk отклонил эти учётные данные: { $error }
connect-unreachable = Не удалось обратиться к Plesk: { $error }

## «Где и кто» в заголовке: хост, с которым работает панель, и логин учётных данных.

connect-where-and-who = { $host } — { $login }

## Сеанс.

session-storage-unavailable = Этот браузер не разрешает панели использовать хранилище сеанса (приватный режим или заблокированное хранилище); ключ хранится в памяти только для этой страницы.

## Тайм-аут бездействия.

# $seconds: сколько целых секунд осталось до выхода.
idle-warning = Некоторое время не было активности: выход будет выполнен через { $seconds } с. Нажмите «Остаться в системе», чтобы продолжить.
idle-stay = Остаться в системе

## Переключатель темы.

theme-dark = Тёмная тема

## Вход через портал (кто выполнил вход — по данным сервиса).

# $error: почему не удалось обратиться к сервису.
portal-session-unreachable = Панели не удалось узнать, кто выполнил вход ({ $error }).
portal-no-server = Вход выполнен, но вам не открыт ни один сервер. Попросите доступ у администратора.
portal-session-unreadable = Не удалось прочитать ответ сервиса о том, кто выполнил вход.
# $status: код состояния HTTP в ответе сервиса.
portal-not-signed-in = Вход не выполнен (HTTP { $status }). Откройте панель через свой портал.

## Ключи, переданные встраивающим порталом.

# $name: имя сервера, переданное порталом.
portal-no-such-server = сервера с именем «{ $name }» нет
# Один отклонённый ключ: $server — метка сервера; $problem — причина отказа.
portal-problem-on-server = { $server }: { $problem }
# $problems: все отклонённые ключи через точку с запятой.
portal-keys-not-used = Ключи, переданные порталом, не использованы: { $problems }.
portal-connected = Подключено с ключами, переданными порталом (хранятся только в памяти).
# $servers: метки подключённых серверов через запятую.
portal-connected-to = Подключено к { $servers } с ключами, переданными порталом (хранятся только в памяти).

## Выбор сервера.

fleet-server-label = Сервер
fleet-all-servers = Все серверы

## Все серверы: таблица ключей всех серверов.

fleet-actions-label = Действия со списком ключей
fleet-refresh = Обновить
fleet-export-csv = Экспорт в CSV
fleet-export-json = Экспорт в JSON
fleet-show-server = Показать сервер
fleet-every-server = Все серверы
fleet-servers-label = Серверы
fleet-empty = На этих серверах пока нет секретных ключей.
fleet-one-server-hint = Ротация и редактирование выполняются на одном сервере: выберите его в поле «Сервер».
# Строка одного сервера над таблицей ($server: его метка).
fleet-status-not-connected = { $server }: не подключён (выберите его в поле «Сервер», чтобы подключиться)
fleet-status-loading = { $server }: загрузка…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } ключ
        [few] { $count } ключа
        [many] { $count } ключей
       *[other] { $count } ключа
    }
fleet-status-refreshing = { $server }: обновление… (показано: { $count })
# $reason: почему не удалось получить список ключей сервера.
fleet-status-failed = { $server }: { $reason }
# Строка с количеством под таблицей.
fleet-loading-from = Загрузка ключей с { $count ->
        [one] { $count } сервера
        [few] { $count } серверов
        [many] { $count } серверов
       *[other] { $count } сервера
    }…
fleet-count = { $keys ->
        [one] { $keys } ключ
        [few] { $keys } ключа
        [many] { $keys } ключей
       *[other] { $keys } ключа
    } на { $loaded } из { $servers ->
        [one] { $servers } сервера
        [few] { $servers } серверов
        [many] { $servers } серверов
       *[other] { $servers } сервера
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } ключ
        [few] { $keys } ключа
        [many] { $keys } ключей
       *[other] { $keys } ключа
    } на { $loaded } из { $servers ->
        [one] { $servers } сервера
        [few] { $servers } серверов
        [many] { $servers } серверов
       *[other] { $servers } сервера
    } (обновляется: { $refreshing })
# Название кнопки «Удалить» в строке.
fleet-delete-key-on = Удалить ключ { $id } на сервере { $server }

## Все серверы: удаление ключей.

fleet-delete-one-title = Удалить ключ { $id } на сервере { $server }?
fleet-delete-on-server-title = Удалить ключи ({ $count }) на сервере { $server }?
fleet-delete-on-servers-title = Удалить ключи ({ $count }) на нескольких серверах ({ $servers })?
fleet-delete-warning = { $count ->
        [1] Этот ключ сразу перестанет работать на своём сервере. Это действие нельзя отменить:
        [one] Эти ключи сразу перестанут работать на своих серверах. Это действие нельзя отменить:
        [few] Эти ключи сразу перестанут работать на своих серверах. Это действие нельзя отменить:
        [many] Эти ключи сразу перестанут работать на своих серверах. Это действие нельзя отменить:
       *[other] Эти ключи сразу перестанут работать на своих серверах. Это действие нельзя отменить:
    }
# Один ключ в списке подтверждения.
fleet-delete-item = ключ { $id } на сервере { $server }
fleet-key-deleted = Ключ { $id } удалён на сервере { $server }.
# Один неудалённый ключ ($reason: причина).
fleet-delete-failure = ключ { $id } на сервере { $server }: { $reason }
# Почему сервер не получил запрос на удаление.
fleet-not-connected = не подключён

## Все серверы: создание на серверах.

fleet-create-title = Создание на серверах
fleet-create-hint = Один ключ на каждом подключённом сервере (например, ключ системы мониторинга): на каждом сервере значение своё и показывается только один раз.
fleet-invalid-addresses = IP-адреса: { $reason }
fleet-need-address = Укажите хотя бы один IP-адрес для ключей на всех серверах.
fleet-connect-first = Сначала подключите хотя бы один сервер (выберите его в поле «Сервер»).
fleet-keys-created = Ключи созданы: скопируйте их сейчас, каждый показывается только один раз.
fleet-keys-created-elsewhere = Ключи на серверах созданы: откройте «Все серверы», чтобы скопировать их (каждый показывается только один раз).
fleet-new-keys-title = Новые ключи
# Перед новым ключом сервера.
fleet-new-key-server = { $server }:
fleet-copy = Копировать
fleet-copy-key-of = Копировать ключ сервера { $server }
fleet-copied = Ключ скопирован в буфер обмена.
fleet-copy-failed = Не удалось скопировать ({ $reason }): выделите ключ и скопируйте его вручную.
fleet-not-created = { $server }: ключ не создан: { $reason }
fleet-copy-warning = Скопируйте их сейчас: Plesk хранит только хеши и не сможет показать эти ключи повторно.
fleet-copy-all = Копировать все
fleet-copied-all = Новые ключи скопированы в виде строк NAME=value.
fleet-copy-all-failed = Не удалось скопировать ({ $reason }): выделите ключи и скопируйте их вручную.
fleet-dismiss = Закрыть

## Все серверы: поиск на всех серверах.

fleet-find-title = Поиск на всех серверах
fleet-find-label = Значение ключа или ID
fleet-give-one-key = Укажите одно значение ключа или ID.
fleet-no-result = Plesk не прислал результат
# Предложение о том, где действует ключ: его части (ниже) через точку с запятой.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Не действует ни на одном сервере
fleet-valid-on-one = Действует на сервере { $server }
# $servers: каждый сервер в виде «fleet-found-as», через запятую.
fleet-valid-on-several = Действует на нескольких серверах ({ $count }), на каждом как отдельный ключ: { $servers }
fleet-found-as = { $server } (ключ { $id })
fleet-not-found-on = не найден на { $servers }
# $servers: каждый сервер в виде «fleet-failed-on», через точку с запятой.
fleet-could-not-ask = не удалось опросить { $servers }
fleet-failed-on = { $server }: { $reason }
