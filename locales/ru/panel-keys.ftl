### Список ключей панели: панель инструментов, таблица «Секретные ключи» (фильтры, счётчики, выбор, страницы,
### строки, слова о состоянии ключей), предложение после входа с паролем, поиск и экспорт.

## Страница списка ключей.

keys-title = Ключи
keys-skip-to-create = Перейти к созданию ключа
keys-toolbar-label = Действия со списком ключей
keys-refresh = Обновить
keys-export-csv = Экспорт в CSV
keys-export-json = Экспорт в JSON
keys-select-first = Сначала выберите хотя бы один ключ.
keys-export-not-loaded = Не удалось загрузить модуль экспорта (нет подключения к сети?). Ничего не сохранено; повторите попытку.
keys-empty = Секретных ключей пока нет. Создайте ключ с помощью формы «Создание ключа».
# Кнопка удаления отмеченных ключей; когда что-то отмечено — с их количеством.
keys-delete-selected = { $count ->
    [0] Удалить выбранные
    [one] Удалить выбранные ({ $count })
    [few] Удалить выбранные ({ $count })
    [many] Удалить выбранные ({ $count })
   *[other] Удалить выбранные ({ $count })
}

## Строка над списком ($time: местное время, ЧЧ:ММ:СС).

keys-loading = Загрузка ключей…
keys-refreshing = Обновление…
keys-refreshed-at = Последнее обновление: { $time }.

## После входа с паролем: ключ для этого браузера.

keys-offer-title = Вход выполнен с паролем
keys-offer-text = Пароль хранится только в памяти. Создать ключ API для этого браузера и использовать его в дальнейшем?
keys-offer-create = Создать ключ для этого браузера
keys-offer-new-key-note = Ключ для этого браузера, привязанный к адресу, который видит Plesk. Теперь панель использует его; ваш пароль удалён из памяти.
keys-offer-created = Ключ для этого браузера создан; теперь панель использует его.
keys-offer-failed = Ключ не создан: { $error }

## Фильтры, счётчики и выбор в таблице.

keys-filter-label = Фильтр ключей
keys-filter-placeholder = ID, адрес, описание или владелец
keys-owner-filter = Владелец
keys-owner-filter-all = Все владельцы
keys-needs-attention = Требуют внимания ({ $count })
keys-count = { $count ->
    [one] { $count } ключ
    [few] { $count } ключа
    [many] { $count } ключей
   *[other] { $count } ключа
}
keys-count-shown = Показано { $shown } из { $total }
keys-selection = Выбрано: { $selected }
keys-selection-hidden = Выбрано: { $selected }, скрыто фильтром: { $hidden }
keys-clear-selection = Снять выбор
keys-no-match = Нет ключей, соответствующих фильтру.
keys-clear-filter = Сбросить фильтр

## Страницы (над таблицей и под ней).

keys-pages-above = Страницы над таблицей
keys-pages = Страницы
keys-page-previous = Предыдущая страница
keys-page-next = Следующая страница
keys-page-of = Страница { $page } из { $pages }

## Таблица: подпись, заголовки (на узких экранах — также подписи карточек) и строки.

keys-table-caption = Секретные ключи
keys-select-all = Выбрать все показанные
keys-select-all-hint = Выбрать все ключи, которые показывает фильтр, на всех страницах
keys-column-server = Сервер
keys-column-id = ID
keys-column-addresses = IP-адреса
keys-column-description = Описание
keys-column-owner = Владелец
keys-column-health = Состояние
keys-column-actions = Действия
keys-any-address = Любой адрес (без ограничения по IP)
keys-this-browser = этот браузер
# После описания ключа, если Plesk отказался его удалить ($reason: причина от Plesk).
keys-not-deleted = Не удалён: { $reason }
# Как ключ называется для людей (в названиях кнопок и в предложениях).
keys-name = ключ { $id }
keys-name-on-server = ключ { $id } на сервере { $server }
keys-select-named = Выбрать { $name }
keys-rotate = Ротация
keys-edit = Изменить
keys-delete = Удалить
keys-rotate-named = Выполнить ротацию: { $name }
keys-edit-named = Изменить { $name }
keys-delete-named = Удалить { $name }

## Состояние ключа в таблице (причины и рекомендации — в health.ftl).

keys-health-danger = Опасно
keys-health-warning = Предупреждение
keys-health-note = Примечание
# Читается программами чтения с экрана после уровня: «Опасно (ключ 5)».
keys-health-for = ({ $name })
keys-health-rotate-it = Выполнить ротацию
keys-health-delete-it = Удалить
keys-health-rotate-named = Выполнить ротацию по рекомендации: { $name }
keys-health-delete-named = Удалить { $name } по рекомендации

## Удаление.

keys-deleted = { $count ->
    [one] Удалён { $count } ключ.
    [few] Удалено { $count } ключа.
    [many] Удалено { $count } ключей.
   *[other] Удалено { $count } ключа.
}
# $failures: одна или несколько записей keys-failure, разделённых keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] Удалён { $count } ключ; не удалены: { $failures }
    [few] Удалено { $count } ключа; не удалены: { $failures }
    [many] Удалено { $count } ключей; не удалены: { $failures }
   *[other] Удалено { $count } ключа; не удалены: { $failures }
}
keys-failure = ключ { $id }: { $reason }
keys-failure-separator = { "; " }

## Строка состояния (озвучивается программами чтения с экрана).

keys-status-label = Статус

## Поиск.

lookup-title = Поиск ключей
lookup-keys-label = Ключи для поиска
lookup-keys-hint = Значения ключей или ID, по одному в строке или через запятую.
lookup-submit = Найти
lookup-results-label = Результаты поиска
lookup-done = Поиск: найдено { $found } из { $total }.
# Одна строка на каждый искомый ключ ($reference: ключ в том виде, в каком он введён, сокращённый).
lookup-found = { $reference }: найден — ID { $id }, { $addresses }, «{ $description }», владелец { $owner }
lookup-found-no-description = { $reference }: найден — ID { $id }, { $addresses }, без описания, владелец { $owner }
lookup-not-found = { $reference }: не найден (ошибка Plesk 1013)
lookup-failed = { $reference }: { $error }

## Экспорт (содержимое файлов остаётся на английском для скриптов).

export-done = { $count ->
    [one] Экспортирован { $count } ключ в файл { $file }.
    [few] Экспортировано { $count } ключа в файл { $file }.
    [many] Экспортировано { $count } ключей в файл { $file }.
   *[other] Экспортировано { $count } ключа в файл { $file }.
}
export-failed = Не удалось выполнить экспорт: { $reason }.
export-cannot-build = не удаётся сформировать файл
export-cannot-offer = не удаётся предложить файл для скачивания
