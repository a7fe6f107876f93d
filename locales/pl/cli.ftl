### plesk-keys, polecenia klienta: to, co czyta osoba przy terminalu (JSON z --json
### oraz wartości kluczy, identyfikatory i adresy w nim nigdy nie są tłumaczone).

## Skąd pochodzą dane logowania.

cli-no-credential = brak danych logowania: ustaw PLESK_KEY, użyj --key-file FILE albo ustaw PLESK_LOGIN i PLESK_PASSWORD
cli-key-file-unreadable = nie można odczytać pliku klucza { $path }: { $detail }
cli-key-file-empty = plik klucza { $path } jest pusty
cli-half-login = PLESK_LOGIN jest ustawione, a PLESK_PASSWORD nie (lub odwrotnie)
cli-not-a-header = dane logowania zawierają znaki, których nagłówek HTTP nie może przenieść
cli-not-visible-ascii = klucz lub login zawiera spację, znak sterujący albo znak spoza ASCII (wklejony przez pomyłkę?); Plesk i bramka przyjmują tylko widoczne znaki ASCII

## Który serwer.

cli-no-endpoint = brak punktu końcowego: podaj --endpoint URL lub ustaw PLESK_ENDPOINT (albo --servers FILE z --server NAME)
cli-server-without-file = --server wymaga --servers FILE (lub PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } wymienia serwery w liczbie { $count }: wybierz jeden przez --server NAME (lub --server all dla list, info i create)
cli-unknown-server = w { $file } nie ma serwera { $name } (są: { $known })
cli-no-server-key = brak klucza dla serwera { $name }: umieść go w { $name }.key w --key-dir DIR albo ustaw { $variable }
cli-key-file-readable = plik klucza { $path } może być czytany przez grupę lub innych: wykonaj na nim chmod 600 (zawiera tajny klucz)
cli-key-file-with-servers = --key-file zawiera jeden klucz: przy --servers daj każdemu serwerowi własny (--key-dir DIR lub PLESK_KEY_<NAME>)
cli-one-server-only = delete i rotate działają na jednym serwerze: wybierz go przez --server NAME (--server all: list, info, create)
cli-unknown-language = nie ma języka { $tag }: jeden z { $known }
cli-no-server = brak serwera, z którym można się połączyć

## Klucze podane w wierszu poleceń.

cli-stdin-unreadable = nie można odczytać kluczy ze standardowego wejścia: { $detail }
cli-no-keys-asked = nie zażądano żadnego klucza
cli-key-in-argument = ostrzeżenie: wartość klucza podana jako argument jest widoczna dla innych użytkowników tego komputera; przekazuj wartości przez standardowe wejście za pomocą `-`.

## --dry-run: co zostałoby wysłane.

cli-dry-run-target = POST { $url } (nic nie wysłano: --dry-run)
cli-dry-run-server-target = POST { $url } (serwer { $server }; nic nie wysłano: --dry-run)
cli-dry-run-rotate = (następnie: utworzyć bliźniaka tego klucza i usunąć stary klucz tylko wtedy, gdy tworzenie się powiodło)

## Co wypisują polecenia.

cli-no-keys = Brak kluczy.
cli-new-key = Nowy klucz (pokazywany tylko raz; Plesk nie może pokazać go ponownie): { $key }
cli-deleted = usunięto: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } klucz nie został pokazany
        [few] { $count } klucze nie zostały pokazane
        [many] { $count } kluczy nie zostało pokazanych
       *[other] { $count } klucza nie zostało pokazanych
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } klucz nie został usunięty
        [few] { $count } klucze nie zostały usunięte
        [many] { $count } kluczy nie zostało usuniętych
       *[other] { $count } klucza nie zostało usuniętych
    }
cli-rotate-not-found = nie znaleziono klucza do wymiany
cli-rotate-old-kept = { $reason }; stary klucz { $id } został zachowany
cli-rotate-old-deleted = usunięto stary klucz { $id }
cli-rotate-old-not-deleted = nowy klucz został utworzony, ale starego klucza { $id } nie udało się usunąć: usuń go ręcznie

## Błędy Plesk: tekst Plesk pozostaje taki, jak przysłał go Plesk, w cudzysłowie.

cli-plesk-error = Błąd Plesk { $code }: { $text }
cli-plesk-error-explained = Błąd Plesk { $code }: { $text } ({ $explanation })
