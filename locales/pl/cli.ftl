### plesk-keys, polecenia klienta: to, co czyta osoba przy terminalu (JSON z --json
### oraz wartości kluczy, identyfikatory i adresy w nim nigdy nie są tłumaczone).

## Skąd pochodzą dane logowania.

cli-no-credential = brak danych logowania: należy ustawić PLESK_KEY, użyć --key-file FILE albo ustawić PLESK_LOGIN i PLESK_PASSWORD
cli-key-file-unreadable = nie można odczytać pliku klucza { $path }: { $detail }
cli-key-file-empty = plik klucza { $path } jest pusty
cli-half-login = zmienna PLESK_LOGIN jest ustawiona, a PLESK_PASSWORD nie (lub odwrotnie)
cli-not-a-header = dane logowania zawierają znaki niedozwolone w nagłówku HTTP
cli-not-visible-ascii = klucz lub login zawiera spację, znak sterujący albo znak spoza ASCII (wklejony przez pomyłkę?); Plesk i brama przyjmują wyłącznie widoczne znaki ASCII

## Który serwer.

cli-no-endpoint = nie podano adresu API: należy użyć --endpoint URL lub ustawić PLESK_ENDPOINT (albo --servers FILE z --server NAME)
cli-server-without-file = --server wymaga --servers FILE (lub PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } zawiera kilka serwerów ({ $count }): należy wybrać jeden za pomocą --server NAME (lub --server all dla list, info i create)
cli-unknown-server = w { $file } nie ma serwera { $name } (dostępne: { $known })
cli-no-server-key = brak klucza dla serwera { $name }: należy zapisać go w pliku { $name }.key w --key-dir DIR albo ustawić { $variable }
cli-key-file-readable = plik klucza { $path } może być odczytany przez grupę lub innych użytkowników: należy wykonać na nim chmod 600 (zawiera tajny klucz)
cli-key-file-with-servers = --key-file zawiera jeden klucz: przy --servers każdy serwer musi mieć własny (--key-dir DIR lub PLESK_KEY_<NAME>)
cli-one-server-only = delete i rotate działają na jednym serwerze: należy go wybrać za pomocą --server NAME (--server all: list, info, create)
cli-unknown-language = nie ma języka { $tag }; dostępne: { $known }
cli-no-server = brak serwera, z którym można się połączyć

## Klucze podane w wierszu poleceń.

cli-stdin-unreadable = nie można odczytać kluczy ze standardowego wejścia: { $detail }
cli-no-keys-asked = nie podano żadnego klucza
cli-key-in-argument = ostrzeżenie: wartość klucza podana jako argument jest widoczna dla innych użytkowników tego komputera; wartości należy przekazywać przez standardowe wejście za pomocą `-`.

## --dry-run: co zostałoby wysłane.

cli-dry-run-target = POST { $url } (nic nie wysłano: --dry-run)
cli-dry-run-server-target = POST { $url } (serwer { $server }; nic nie wysłano: --dry-run)
cli-dry-run-rotate = (następnie: utworzenie nowego klucza o tych samych ustawieniach i usunięcie starego klucza tylko wtedy, gdy utworzenie się powiedzie)

## Co wypisują polecenia.

cli-key-id = klucz { $id }
cli-key-value = wartość klucza { $start }…
cli-no-keys = Brak kluczy.
cli-new-key = Nowy klucz (wyświetlany tylko raz; Plesk nie może wyświetlić go ponownie): { $key }
cli-deleted = usunięto { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } klucz nie został wyświetlony
        [few] { $count } klucze nie zostały wyświetlone
        [many] { $count } kluczy nie zostało wyświetlonych
       *[other] { $count } klucza nie zostało wyświetlone
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } klucz nie został usunięty
        [few] { $count } klucze nie zostały usunięte
        [many] { $count } kluczy nie zostało usuniętych
       *[other] { $count } klucza nie zostało usunięte
    }
cli-rotate-not-found = nie znaleziono klucza do rotacji
cli-rotate-old-kept = { $reason }; stary klucz { $id } został zachowany
cli-rotate-old-deleted = usunięto stary klucz { $id }
cli-rotate-old-not-deleted = nowy klucz został utworzony, ale nie udało się usunąć starego klucza { $id }: należy usunąć go ręcznie

## Wiele serwerów naraz (--server all).

cli-request-task-failed = zadanie wysyłające żądanie nie powiodło się: { $detail }
cli-server-failed = serwer { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] błąd na { $failed } z { $count } serwera ({ $names }); { $consequence }
        [few] błąd na { $failed } z { $count } serwerów ({ $names }); { $consequence }
        [many] błąd na { $failed } z { $count } serwerów ({ $names }); { $consequence }
       *[other] błąd na { $failed } z { $count } serwera ({ $names }); { $consequence }
    }
cli-others-keys-shown = wyświetlono klucze pozostałych serwerów
cli-others-answers-shown = wyświetlono odpowiedzi pozostałych serwerów
cli-no-key-made-there = tam nie utworzono klucza
cli-found-on-no-server = { $key }: nie znaleziono na żadnym serwerze
cli-found-on = { $key }: znaleziono na { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } klucz nie został znaleziony na żadnym serwerze
        [few] { $count } klucze nie zostały znalezione na żadnym serwerze
        [many] { $count } kluczy nie zostało znalezionych na żadnym serwerze
       *[other] { $count } klucza nie zostało znalezione na żadnym serwerze
    }
cli-new-keys = Nowe klucze (wyświetlane tylko raz; Plesk nie może wyświetlić ich ponownie):

## Droga do serwera.

cli-not-a-url = '{ $url }' nie jest adresem URL; należy podać bazowy URL Plesk, np. https://plesk.example.com:8443
cli-not-https = '{ $url }' musi zaczynać się od https:// (lub http:// dla testów przez loopback)
cli-not-a-base = '{ $url }' musi być bazowym URL bez zapytania i fragmentu
cli-user-in-url = URL z nazwą użytkownika lub hasłem przed hostem (user:password@host) jest odrzucany: pojawiłby się w etykietach i dziennikach, a Plesk czyta dane logowania tylko z nagłówków; należy podać klucz w pliku klucza lub w panelu
cli-timeout = brak odpowiedzi w ciągu { $seconds } s
cli-unreachable = nie można połączyć się z { $url }: { $detail }
cli-redirect = serwer odpowiedział przekierowaniem (HTTP { $status }), które nigdy nie jest wykonywane
cli-answer-too-large = odpowiedź jest większa niż { $bytes } bajtów
cli-answer-unreadable = nie udało się odczytać odpowiedzi: { $detail }
cli-answer-not-utf8 = odpowiedź nie jest w UTF-8
cli-http-status = HTTP { $status } od { $url }: { $body }

## report.

cli-no-findings = brak
cli-report-finding = klucz { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } klucz z ustaleniem poziomu „{ $level }” lub poważniejszym
        [few] { $count } klucze z ustaleniem poziomu „{ $level }” lub poważniejszym
        [many] { $count } kluczy z ustaleniem poziomu „{ $level }” lub poważniejszym
       *[other] { $count } klucza z ustaleniem poziomu „{ $level }” lub poważniejszym
    }
cli-customers = klientów
cli-resellers = resellerów
cli-owners-unknown = status właścicieli jest nieznany (przy zapytaniu o { $what }: { $reason })

## Tabele i ostrzeżenia.

cli-column-server = Serwer
cli-column-id = ID
cli-column-addresses = Adresy IP
cli-column-description = Opis
cli-column-owner = Właściciel
cli-column-owner-status = Status właściciela
cli-column-findings = Ustalenia
cli-list-separator = { ", " }
cli-any-address = dowolny adres (bez ograniczenia IP)
cli-plain-http = ostrzeżenie: { $url } to nieszyfrowane połączenie http:// z innym komputerem: klucz lub hasło przechodzi przez sieć bez szyfrowania; należy użyć https://

## Błędy Plesk: własny tekst Plesk pozostaje taki, jak przysłał go Plesk, w cudzysłowie.

cli-plesk-error = Błąd Plesk { $code }: { $text }
cli-plesk-error-explained = Błąd Plesk { $code }: { $text } ({ $explanation })
