### Lista kluczy panelu: pasek narzędzi, tabela Tajne klucze (filtry, liczniki, zaznaczenie, strony,
### wiersze, słowa o kondycji kluczy), propozycja po zalogowaniu hasłem, wyszukiwanie i eksport.

## Strona listy kluczy.

keys-title = Klucze
keys-skip-to-create = Przejdź do tworzenia klucza
keys-toolbar-label = Działania na liście kluczy
keys-refresh = Odśwież
keys-export-csv = Eksportuj CSV
keys-export-json = Eksportuj JSON
keys-select-first = Najpierw należy zaznaczyć co najmniej jeden klucz.
keys-export-not-loaded = Nie udało się załadować eksportu (brak połączenia z siecią?). Nic nie zostało zapisane; należy spróbować ponownie.
keys-empty = Nie ma jeszcze tajnych kluczy. Klucz można utworzyć w formularzu „Tworzenie klucza”.
# Przycisk usuwający zaznaczone klucze; gdy coś jest zaznaczone — z ich liczbą.
keys-delete-selected = { $count ->
    [0] Usuń zaznaczone
    [one] Usuń zaznaczone ({ $count })
    [few] Usuń zaznaczone ({ $count })
    [many] Usuń zaznaczone ({ $count })
   *[other] Usuń zaznaczone ({ $count })
}

## Wiersz nad listą ($time: czas lokalny, GG:MM:SS).

keys-loading = Ładowanie kluczy…
keys-refreshing = Odświeżanie…
keys-refreshed-at = Ostatnie odświeżenie: { $time }.

## Po zalogowaniu hasłem: klucz dla tej przeglądarki.

keys-offer-title = Zalogowano za pomocą hasła
keys-offer-text = Hasło jest przechowywane tylko w pamięci. Utworzyć klucz API dla tej przeglądarki i używać go od teraz?
keys-offer-create = Utwórz klucz dla tej przeglądarki
keys-offer-new-key-note = Klucz dla tej przeglądarki, powiązany z adresem widzianym przez Plesk. Panel używa go od teraz; hasło zostało usunięte z pamięci.
keys-offer-created = Utworzono klucz dla tej przeglądarki; panel używa go od teraz.
keys-offer-failed = Nie utworzono klucza: { $error }

## Filtry, liczniki i zaznaczenie w tabeli.

keys-filter-label = Filtruj klucze
keys-filter-placeholder = ID, adres, opis lub właściciel
keys-owner-filter = Właściciel
keys-owner-filter-all = Wszyscy właściciele
keys-needs-attention = Wymagają uwagi ({ $count })
keys-count = { $count ->
    [one] { $count } klucz
    [few] { $count } klucze
    [many] { $count } kluczy
   *[other] { $count } klucza
}
keys-count-shown = Wyświetlono { $shown } z { $total }
keys-selection = Zaznaczono: { $selected }
keys-selection-hidden = Zaznaczono: { $selected }, ukryte przez filtr: { $hidden }
keys-clear-selection = Wyczyść zaznaczenie
keys-no-match = Żaden klucz nie pasuje do filtru.
keys-clear-filter = Wyczyść filtr

## Strony (nad tabelą i pod nią).

keys-pages-above = Strony nad tabelą
keys-pages = Strony
keys-page-previous = Poprzednia strona
keys-page-next = Następna strona
keys-page-of = Strona { $page } z { $pages }

## Tabela: podpis, nagłówki (na wąskich ekranach także etykiety kart) i wiersze.

keys-table-caption = Tajne klucze
keys-select-all = Zaznacz wszystkie wyświetlone
keys-select-all-hint = Zaznacz wszystkie klucze wyświetlane przez filtr, na wszystkich stronach
keys-column-server = Serwer
keys-column-id = ID
keys-column-addresses = Adresy IP
keys-column-description = Opis
keys-column-owner = Właściciel
keys-column-health = Kondycja
keys-column-actions = Działania
keys-any-address = Dowolny adres (bez ograniczenia IP)
keys-this-browser = ta przeglądarka
# Po opisie klucza, gdy Plesk odmówił jego usunięcia ($reason: przyczyna podana przez Plesk).
keys-not-deleted = Nie usunięto: { $reason }
# Jak klucz jest nazywany dla ludzi (w nazwach przycisków i w zdaniach).
keys-name = klucz { $id }
keys-name-on-server = klucz { $id } na serwerze { $server }
keys-select-named = Zaznacz { $name }
keys-rotate = Rotacja
keys-edit = Edytuj
keys-delete = Usuń
keys-rotate-named = Przeprowadź rotację: { $name }
keys-edit-named = Edytuj { $name }
keys-delete-named = Usuń { $name }

## Kondycja klucza w tabeli (przyczyny i zalecenia są w health.ftl).

keys-health-danger = Zagrożenie
keys-health-warning = Ostrzeżenie
keys-health-note = Uwaga
# Odczytywane przez czytniki ekranu po poziomie: „Zagrożenie (klucz 5)”.
keys-health-for = ({ $name })
keys-health-rotate-it = Przeprowadź rotację
keys-health-delete-it = Usuń
keys-health-rotate-named = Przeprowadź rotację zgodnie z zaleceniem: { $name }
keys-health-delete-named = Usuń { $name } zgodnie z zaleceniem

## Usuwanie.

keys-deleted = { $count ->
    [one] Usunięto { $count } klucz.
    [few] Usunięto { $count } klucze.
    [many] Usunięto { $count } kluczy.
   *[other] Usunięto { $count } klucza.
}
# $failures: jeden lub więcej wpisów keys-failure, połączonych przez keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] Usunięto { $count } klucz; nie usunięto: { $failures }
    [few] Usunięto { $count } klucze; nie usunięto: { $failures }
    [many] Usunięto { $count } kluczy; nie usunięto: { $failures }
   *[other] Usunięto { $count } klucza; nie usunięto: { $failures }
}
keys-failure = klucz { $id }: { $reason }
keys-failure-separator = { "; " }

## Wiersz stanu (ogłaszany czytnikom ekranu).

keys-status-label = Status

## Wyszukiwanie.

lookup-title = Wyszukiwanie kluczy
lookup-keys-label = Klucze do wyszukania
lookup-keys-hint = Wartości kluczy lub ID, po jednym w wierszu lub rozdzielone przecinkami.
lookup-submit = Wyszukaj
lookup-results-label = Wyniki wyszukiwania
lookup-done = Wyszukiwanie: znaleziono { $found } z { $total }.
# Jeden wiersz na każdy wyszukiwany klucz ($reference: klucz w wpisanej postaci, skrócony).
lookup-found = { $reference }: znaleziono — ID { $id }, { $addresses }, „{ $description }”, właściciel { $owner }
lookup-found-no-description = { $reference }: znaleziono — ID { $id }, { $addresses }, brak opisu, właściciel { $owner }
lookup-not-found = { $reference }: nie znaleziono (błąd Plesk 1013)
lookup-failed = { $reference }: { $error }

## Eksport (zawartość plików pozostaje po angielsku na potrzeby skryptów).

export-done = { $count ->
    [one] Wyeksportowano { $count } klucz do pliku { $file }.
    [few] Wyeksportowano { $count } klucze do pliku { $file }.
    [many] Wyeksportowano { $count } kluczy do pliku { $file }.
   *[other] Wyeksportowano { $count } klucza do pliku { $file }.
}
export-failed = Eksport nie powiódł się: { $reason }.
export-cannot-build = nie można utworzyć pliku
export-cannot-offer = nie można udostępnić pliku do pobrania
