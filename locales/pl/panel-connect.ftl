### Panel: łączenie (formularze połączenia i logowania, sesja, limit bezczynności, przełącznik motywu), logowanie przez portal i przekazywanie kluczy oraz grupa serwerów (wybór serwera, Wszystkie serwery).

## Formularz połączenia.

connect-title = Połączenie z Plesk
connect-key-label = Klucz API
connect-need-key = Najpierw należy wkleić klucz API (tajny klucz Plesk).
connect-keep-legend = Przechowywanie klucza
connect-keep-tab = W tej karcie (zachowywany po odświeżeniu karty)
connect-keep-memory = Tylko w pamięci (znika po odświeżeniu)
connect-button = Połącz
connect-checking-key = Sprawdzanie klucza…
connect-retry = Ponów

## Formularz logowania (login i hasło).

connect-sign-in-summary = Logowanie za pomocą loginu i hasła
connect-sign-in-hint = Dla administratora, który nie ma jeszcze klucza. Hasło jest przechowywane wyłącznie w pamięci tej strony; zaraz po zalogowaniu można utworzyć klucz dla tej przeglądarki.
connect-login-label = Login
connect-password-label = Hasło
connect-need-login = Należy podać zarówno login, jak i hasło.
connect-sign-in-button = Zaloguj się
connect-checking = Sprawdzanie…

## Co Plesk odpowiedział na dane logowania ($error: błąd w postaci podanej przez Plesk lub połączenie).

connect-refused = Plesk odrzucił te dane logowania: { $error }
connect-unreachable = Nie udało się wysłać zapytania do Plesk: { $error }

## „Gdzie i kto” w nagłówku: host, z którym komunikuje się panel, i login z danych logowania.

connect-where-and-who = { $host } — { $login }

## Sesja.

session-storage-unavailable = Ta przeglądarka nie pozwala panelowi korzystać z pamięci sesji (tryb prywatny lub zablokowana pamięć); klucz jest przechowywany w pamięci tylko dla tej strony.

## Limit bezczynności.

# $seconds: liczba pełnych sekund pozostałych do wylogowania.
idle-warning = Od pewnego czasu brak aktywności: wylogowanie nastąpi za { $seconds } s. Aby kontynuować, należy kliknąć „Nie wylogowuj”.
idle-stay = Nie wylogowuj

## Przełącznik motywu.

theme-dark = Motyw ciemny

## Logowanie przez portal (kto jest zalogowany, według usługi).

# $error: dlaczego nie udało się wysłać zapytania do usługi.
portal-session-unreachable = Panel nie mógł sprawdzić, kto jest zalogowany ({ $error }).
portal-no-server = Zalogowano, ale żaden serwer nie jest dostępny dla tego konta. Należy poprosić administratora o dostęp.
portal-session-unreadable = Nie udało się odczytać odpowiedzi usługi o tym, kto jest zalogowany.
# $status: kod stanu HTTP odpowiedzi usługi.
portal-not-signed-in = Nie zalogowano (HTTP { $status }). Panel należy otworzyć przez swój portal.

## Klucze przekazane przez osadzający portal.

# $name: nazwa serwera podana przez portal.
portal-no-such-server = nie ma serwera o nazwie „{ $name }”
# Jeden odrzucony klucz: $server, etykieta serwera; $problem, przyczyna odrzucenia.
portal-problem-on-server = { $server }: { $problem }
# $problems: wszystkie odrzucone klucze, rozdzielone średnikami.
portal-keys-not-used = Klucze przekazane przez portal nie zostały użyte: { $problems }.
portal-connected = Połączono za pomocą kluczy przekazanych przez portal (przechowywanych tylko w pamięci).
# $servers: etykiety połączonych serwerów, rozdzielone przecinkami.
portal-connected-to = Połączono z { $servers } za pomocą kluczy przekazanych przez portal (przechowywanych tylko w pamięci).

## Wybór serwera.

fleet-server-label = Serwer
fleet-all-servers = Wszystkie serwery

## Wszystkie serwery: tabela kluczy wszystkich serwerów.

fleet-actions-label = Działania na liście kluczy
fleet-refresh = Odśwież
fleet-export-csv = Eksportuj CSV
fleet-export-json = Eksportuj JSON
fleet-show-server = Pokaż serwer
fleet-every-server = Wszystkie serwery
fleet-servers-label = Serwery
fleet-empty = Na tych serwerach nie ma jeszcze tajnych kluczy.
fleet-one-server-hint = Rotacja i edycja działają na jednym serwerze: należy go wybrać w polu „Serwer”.
# Wiersz jednego serwera nad tabelą ($server: jego etykieta).
fleet-status-not-connected = { $server }: niepołączony (aby się połączyć, należy go wybrać w polu „Serwer”)
fleet-status-loading = { $server }: ładowanie…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } klucz
        [few] { $count } klucze
        [many] { $count } kluczy
       *[other] { $count } klucza
    }
fleet-status-refreshing = { $server }: odświeżanie… (wyświetlono: { $count })
# $reason: dlaczego nie udało się pobrać listy kluczy serwera.
fleet-status-failed = { $server }: { $reason }
# Wiersz z liczbą pod tabelą.
fleet-loading-from = Ładowanie kluczy z { $count ->
        [one] { $count } serwera
        [few] { $count } serwerów
        [many] { $count } serwerów
       *[other] { $count } serwera
    }…
fleet-count = { $keys ->
        [one] { $keys } klucz
        [few] { $keys } klucze
        [many] { $keys } kluczy
       *[other] { $keys } klucza
    } na { $loaded } z { $servers ->
        [one] { $servers } serwera
        [few] { $servers } serwerów
        [many] { $servers } serwerów
       *[other] { $servers } serwera
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } klucz
        [few] { $keys } klucze
        [many] { $keys } kluczy
       *[other] { $keys } klucza
    } na { $loaded } z { $servers ->
        [one] { $servers } serwera
        [few] { $servers } serwerów
        [many] { $servers } serwerów
       *[other] { $servers } serwera
    } (odświeżane: { $refreshing })
# Nazwa przycisku Usuń w wierszu.
fleet-delete-key-on = Usuń klucz { $id } na serwerze { $server }

## Wszystkie serwery: usuwanie kluczy.

fleet-delete-one-title = Usunąć klucz { $id } na serwerze { $server }?
fleet-delete-on-server-title = Usunąć klucze ({ $count }) na serwerze { $server }?
fleet-delete-on-servers-title = Usunąć klucze ({ $count }) na kilku serwerach ({ $servers })?
fleet-delete-warning = { $count ->
        [one] Ten klucz natychmiast przestanie działać na swoim serwerze. Tej operacji nie można cofnąć:
        [few] Te klucze natychmiast przestaną działać na swoich serwerach. Tej operacji nie można cofnąć:
        [many] Te klucze natychmiast przestaną działać na swoich serwerach. Tej operacji nie można cofnąć:
       *[other] Te klucze natychmiast przestaną działać na swoich serwerach. Tej operacji nie można cofnąć:
    }
# Jeden klucz na liście potwierdzenia.
fleet-delete-item = klucz { $id } na serwerze { $server }
fleet-key-deleted = Klucz { $id } został usunięty na serwerze { $server }.
# Jeden nieusunięty klucz ($reason: przyczyna).
fleet-delete-failure = klucz { $id } na serwerze { $server }: { $reason }
# Dlaczego serwer nie otrzymał żądania usunięcia.
fleet-not-connected = niepołączony

## Wszystkie serwery: tworzenie na serwerach.

fleet-create-title = Tworzenie na serwerach
fleet-create-hint = Jeden klucz na każdym połączonym serwerze (np. klucz systemu monitorowania): wartość na każdym serwerze jest inna i jest wyświetlana tylko raz.
fleet-invalid-addresses = Adresy IP: { $reason }
fleet-need-address = Należy podać co najmniej jeden adres IP dla kluczy na wszystkich serwerach.
fleet-connect-first = Najpierw należy połączyć się z co najmniej jednym serwerem (wybierając go w polu „Serwer”).
fleet-keys-created = Klucze zostały utworzone: należy je teraz skopiować, każdy jest wyświetlany tylko raz.
fleet-keys-created-elsewhere = Klucze na serwerach zostały utworzone: aby je skopiować, należy otworzyć „Wszystkie serwery” (każdy jest wyświetlany tylko raz).
fleet-new-keys-title = Nowe klucze
# Przed nowym kluczem serwera.
fleet-new-key-server = { $server }:
fleet-copy = Kopiuj
fleet-copy-key-of = Kopiuj klucz serwera { $server }
fleet-copied = Klucz został skopiowany do schowka.
fleet-copy-failed = Kopiowanie nie powiodło się ({ $reason }): należy zaznaczyć klucz i skopiować go ręcznie.
fleet-not-created = { $server }: nie utworzono klucza: { $reason }
fleet-copy-warning = Należy je teraz skopiować: Plesk przechowuje tylko skróty (hashe) i nie może ponownie wyświetlić tych kluczy.
fleet-copy-all = Kopiuj wszystkie
fleet-copied-all = Nowe klucze zostały skopiowane jako wiersze NAME=value.
fleet-copy-all-failed = Kopiowanie nie powiodło się ({ $reason }): należy zaznaczyć klucze i skopiować je ręcznie.
fleet-dismiss = Zamknij

## Wszystkie serwery: wyszukiwanie na wszystkich serwerach.

fleet-find-title = Wyszukiwanie na wszystkich serwerach
fleet-find-label = Wartość klucza lub ID
fleet-give-one-key = Należy podać jedną wartość klucza lub ID.
fleet-no-result = Plesk nie przysłał wyniku
# Zdanie o tym, gdzie klucz jest ważny: jego części (poniżej) rozdzielone średnikami.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Nie jest ważny na żadnym serwerze
fleet-valid-on-one = Ważny na serwerze { $server }
# $servers: każdy serwer w postaci „fleet-found-as”, rozdzielone przecinkami.
fleet-valid-on-several = Ważny na kilku serwerach ({ $count }), na każdym jako osobny klucz: { $servers }
fleet-found-as = { $server } (klucz { $id })
fleet-not-found-on = nie znaleziono na { $servers }
# $servers: każdy serwer w postaci „fleet-failed-on”, rozdzielone średnikami.
fleet-could-not-ask = nie udało się odpytać { $servers }
fleet-failed-on = { $server }: { $reason }
