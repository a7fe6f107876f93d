### Panel: jego ramka (nagłówek, język, sesja), wspólne słowa.

## Nagłówek.

app-title = Plesk Key Panel
app-signed-in-as = Zalogowano jako
app-connected-to = Połączono z
app-sign-out = Wyloguj się
app-log-out = Wyloguj się
app-sign-in = Zaloguj się
app-signing-in = Logowanie…
app-logged-out = Wylogowano: klucz został usunięty z tej karty.
app-logged-out-idle = Wylogowano po okresie bezczynności: klucz został usunięty z tej karty.

## Menu języka.

language-label = Język
language-not-shipped = Ten panel został zbudowany bez pliku tego języka.
language-not-fetched = Nie udało się pobrać pliku języka: { $detail }
language-mismatch = Plik języka nie pasuje do tego panelu (nowsza lub starsza wersja): należy odświeżyć stronę.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
