### Панель: её рамка (заголовок, язык, сеанс), общие слова.

## Заголовок.

app-title = Plesk Key Panel
app-signed-in-as = Вход выполнен как
app-connected-to = Подключено к
app-sign-out = Выйти
app-log-out = Выйти
app-sign-in = Войти
app-signing-in = Вход…
app-logged-out = Выход выполнен: ключ удалён из этой вкладки.
app-logged-out-idle = Выход выполнен после периода бездействия: ключ удалён из этой вкладки.

## Меню языка.

language-label = Язык
language-not-shipped = Эта панель собрана без файла этого языка.
language-not-fetched = Не удалось загрузить файл языка: { $detail }
language-mismatch = Файл языка не соответствует этой панели (более новая или более старая версия): перезагрузите страницу.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
