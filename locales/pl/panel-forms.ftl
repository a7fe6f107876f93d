### Formularze i okna dialogowe panelu: tworzenie, ustawienia klucza, nowy klucz, usuwanie, rotacja i edycja,
### inspektor pakietów, części ładowane przy pierwszym użyciu oraz to, co może pójść źle między panelem a Plesk.

## Tworzenie klucza.

create-title = Tworzenie klucza
create-bind-label = Powiąż z adresem widzianym przez Plesk
create-bind-hint = Bez adresów Plesk wiąże klucz z adresem, z którego pochodzi żądanie: w przypadku bramy jest to adres bramy.
create-submit = Utwórz klucz
create-no-address = Należy podać co najmniej jeden adres IP albo zaznaczyć „Powiąż z adresem widzianym przez Plesk”.
# Wyświetlane raz, gdy kliknięto „Utwórz klucz” bez opisu.
create-empty-description = Warto dodać opis, aby później można było odróżnić ten klucz od innych — albo ponownie kliknąć „Utwórz klucz”, aby utworzyć go bez opisu.
create-created = Klucz został utworzony. Należy go teraz skopiować: jest wyświetlany tylko raz.
# Pod nowym kluczem: adresy, z którymi jest powiązany ($addresses: adresy IP).
create-bound-to = Powiązany z { $addresses }.
create-bound-to-sender = Powiązany z adresem widzianym przez Plesk.

## Ustawienia klucza (tworzenie, edycja, tworzenie na serwerach).

settings-addresses-label = Adresy IP
settings-no-address = Należy podać co najmniej jeden adres IP.
settings-description-label = Opis
settings-owner-label = Login właściciela
settings-choose-owner = Wybierz właściciela
settings-owner-hint = Opcjonalnie: login odsprzedawcy lub klienta. Puste pole: klucz należy do bieżącego konta.

## Pole adresów IP, sprawdzane podczas wpisywania; pole tajne.

field-no-address = Brak adresu: aby mimo to utworzyć klucz, należy zaznaczyć „Powiąż z adresem widzianym przez Plesk”.
field-valid-addresses = { $count ->
    [one] { $count } prawidłowy adres.
    [few] { $count } prawidłowe adresy.
    [many] { $count } prawidłowych adresów.
   *[other] { $count } prawidłowego adresu.
}
field-typing = Można pisać dalej: ostatni adres nie jest jeszcze kompletny.
field-show-key = Pokaż klucz

## Nowy klucz, wyświetlany tylko raz.

new-key-title = Nowy klucz
new-key-warning = Należy go teraz skopiować: Plesk przechowuje tylko jego skrót (hash) i nie może ponownie wyświetlić tego klucza. Klucz zniknie z tej strony po zamknięciu tego komunikatu.
new-key-copy = Kopiuj
new-key-dismiss = Zamknij
new-key-copied = Nowy klucz został skopiowany do schowka.
# $reason: przyczyna, np. new-key-clipboard-refused.
new-key-copy-failed = Kopiowanie nie powiodło się ({ $reason }): należy zaznaczyć klucz i skopiować go ręcznie.
new-key-clipboard-refused = przeglądarka odmówiła dostępu do schowka

## Okna dialogowe.

dialog-delete = Usuń
dialog-cancel = Anuluj

## Usuwanie.

delete-title = Usunąć klucz { $id }?
delete-title-keys = Usunąć wybrane klucze ({ $count })?
delete-warning = { $count ->
    [one] Ten klucz natychmiast przestanie działać. Tej operacji nie można cofnąć:
    [few] Te klucze natychmiast przestaną działać. Tej operacji nie można cofnąć:
    [many] Te klucze natychmiast przestaną działać. Tej operacji nie można cofnąć:
   *[other] Te klucze natychmiast przestaną działać. Tej operacji nie można cofnąć:
}
# Jeden klucz na liście kluczy do usunięcia: jego ID, opis i login właściciela.
delete-key-label = klucz { $id } ({ $description }; { $owner })
delete-no-description = brak opisu
delete-no-owner = brak właściciela
delete-own-warning = Jeden z nich to klucz używany przez ten panel: po jego usunięciu nastąpi wylogowanie.
# $summary: co zostało usunięte, a co nie.
delete-own-deleted = { $summary } Klucz używany przez panel został usunięty: nastąpiło wylogowanie.

## Rotacja i edycja.

rotate-title = Rotacja klucza { $id }
rotate-edit-title = Edycja klucza { $id }
rotate-explanation = Zostanie utworzony nowy klucz z tymi samymi adresami ({ $addresses }), opisem i właścicielem. Stary klucz { $id } zostanie usunięty dopiero wtedy, gdy utworzenie się powiedzie i usunięcie zostanie potwierdzone.
rotate-edit-hint = Plesk nie ma operacji aktualizacji kluczy: zapisanie tworzy nowy klucz z tymi ustawieniami; stary klucz zostanie usunięty dopiero wtedy, gdy utworzenie się powiedzie i usunięcie zostanie potwierdzone.
rotate-any-address-warning = Ten klucz działa z dowolnego adresu. XML API Plesk nie pozwala utworzyć takiego klucza: nowy klucz zostanie powiązany z podanymi adresami, a jeśli nie podano żadnego — z adresem widzianym przez Plesk (adresem bramy tego panelu).
rotate-create = Utwórz nowy klucz
rotate-save = Zapisz jako nowy klucz
rotate-replaces = Zastępuje klucz { $id }.
rotate-created = Nowy klucz został utworzony. Należy go skopiować, a następnie zdecydować, czy usunąć klucz { $id }.
rotate-create-failed = Nie utworzono nowego klucza; klucz { $id } został zachowany: { $reason }
rotate-delete-old-question = Nowy klucz już działa. Usunąć stary klucz { $id }?
rotate-own-warning = Stary klucz to ten, którego używa ten panel: po jego usunięciu nastąpi wylogowanie.
rotate-delete-old = Usuń stary klucz { $id }
rotate-keep-old = Zachowaj stary klucz
rotate-kept = Klucz { $id } został zachowany; teraz działają oba klucze.
rotate-deleted = Klucz { $id } został usunięty; zastępuje go nowy klucz.
rotate-own-deleted = Klucz { $id } został usunięty. Był to klucz używany przez panel: należy połączyć się za pomocą nowego klucza.
rotate-not-deleted = Klucz { $id } nie został usunięty: { $reason }
rotate-no-result = Klucz { $id }: Plesk nie przysłał wyniku.

## Inspektor pakietów.

inspector-title = Inspektor pakietów
inspector-hint = Ostatnie żądania i odpowiedzi, z usuniętymi wartościami kluczy i hasłami.
inspector-copy-curl = Kopiuj jako curl
inspector-exchange = Wymiana { $number }
inspector-request = Żądanie { $number }
inspector-response = Odpowiedź { $number }
inspector-no-request = Nie wysłano jeszcze żadnego żądania.
# $variable: zmienna powłoki zastępująca klucz ($PLESK_KEY).
inspector-copied = Ostatnie żądanie zostało skopiowane jako polecenie curl (klucz to { $variable }).
inspector-copy-failed = Kopiowanie nie powiodło się: przeglądarka odmówiła dostępu do schowka.
inspector-too-long = (nie wyświetlono: { $size } B, więcej niż { $limit } B wyświetlanych przez inspektora; do długich list należy użyć klienta wiersza poleceń)
inspector-not-utf8 = (nie wyświetlono: pakiet nie jest tekstem UTF-8)
# $reason: dlaczego pakiet nie jest XML-em, który inspektor może wyświetlić (api-xml-…).
inspector-not-shown = (nie wyświetlono: { $reason })

## Części panelu pobierane przy pierwszym użyciu.

part-loading = Ładowanie…
part-loading-dialog = Ładowanie tej części panelu…
part-not-loaded = Nie udało się załadować tej części panelu (brak połączenia z siecią?).
part-failed-title = Nie udało się otworzyć
part-retry = Ponów

## Między panelem a Plesk.

api-network = Panel nie mógł połączyć się z punktem końcowym agenta ({ $detail }). Należy sprawdzić połączenie sieciowe i to, czy brama działa.
api-timeout = Brak odpowiedzi w ciągu { $seconds } s. Brama lub Plesk mogą być przeciążone; należy spróbować ponownie.
api-too-large = Brama odrzuciła żądanie jako zbyt duże (HTTP 413).
api-bad-gateway = Brama nie mogła połączyć się z serwerem Plesk (HTTP 502). Plesk może nie działać albo brama wskazuje niewłaściwy adres.
api-gateway-timeout = Serwer Plesk nie odpowiedział bramie na czas (HTTP 504). Należy spróbować ponownie; jeśli problem się powtarza, należy sprawdzić serwer Plesk.
api-http = Punkt końcowy agenta odpowiedział kodem HTTP { $status } zamiast pakietu Plesk.
api-refused = Brama odrzuciła żądanie (HTTP { $status }).
# Odmowy bramy według kodu, który wysyła (`x-plesk-keys-refusal`), tymi samymi słowami,
# którymi `plesk-keys serve` zapisuje je po angielsku.
api-refusal-not-signed-in = Najpierw należy zalogować się przez portal: ten panel działa tylko dla zalogowanych osób.
api-refusal-session-ended = Sesja się zakończyła (wygasła, nastąpiło wylogowanie lub nigdy się nie rozpoczęła): należy zalogować się ponownie; wpisane dane pozostają w formularzu.
api-refusal-identity-refused = Nagłówki logowania zostały odrzucone (wysłane dwukrotnie, niebędące zwykłym tekstem, zapisane z podkreśleniami lub pochodzące z adresu, który nie jest serwerem proxy portalu).
api-refusal-cross-site = Żądania może tu wysyłać tylko własna strona panelu (to samo pochodzenie).
api-refusal-server-out-of-scope = Brak dostępu do tego serwera.
api-refusal-foreign-origin = To pochodzenie (origin) nie ma uprawnień do korzystania ze ścieżki agenta.
api-unreadable = Nie udało się odczytać odpowiedzi: { $reason }
api-unexpected-shape = Liczba wyników w odpowiedzi Plesk: { $received }, oczekiwano: { $expected }; niczego nie przyjęto domyślnie.
# Błąd zgłoszony przez Plesk: co oznacza (plesk-error-…), jego kod i własny tekst Plesk.
api-plesk-error = { $explanation } (błąd Plesk { $code }: { $text })
# 11003, gdy tekst Plesk mówi, że klucza nie znaleziono (Plesk 18.0.33 i nowsze).
api-plesk-unknown-key = Plesk nie zna tego tajnego klucza: mógł zostać usunięty lub błędnie wpisany.
# 1006, gdy tekst Plesk mówi, że ograniczenie dostępu do API odrzuciło adres.
api-plesk-api-restricted = Ograniczenie dostępu do API w Plesk odrzuca adres widziany przez Plesk (w przypadku bramy — adres bramy): należy poprosić administratora o dopuszczenie tego adresu.

## Odpowiedź, która nie jest pakietem Plesk czytelnym dla tego panelu ($element, $field, $root, $parent: nazwy elementów XML; $snippet: początek odpowiedzi).

api-answer-too-large = Odpowiedź ma { $size } B, więcej niż { $limit } B odczytywanych przez to narzędzie.
api-answer-not-utf8 = Odpowiedź nie jest prawidłowym tekstem UTF-8.
api-answer-not-a-packet = Odpowiedź jest w formacie XML, ale nie jest pakietem Plesk (jej element główny to <{ $root }>): { $snippet }
api-answer-no-content = Odpowiedź nie zawiera ani wyników, ani błędu.
api-answer-no-status = Wynik <{ $element }> nie ma statusu.
api-answer-unknown-status = Wynik <{ $element }> ma nieznany status „{ $status }”.
api-answer-bad-errcode = Wynik <{ $element }> ma kod błędu „{ $errcode }”, który nie jest liczbą od 0 do 4294967295.
api-answer-no-new-key = Wynik pomyślnego utworzenia nie zawiera klucza.
api-answer-malformed-new-key = Odpowiedź Plesk na utworzenie zawiera nowy klucz (długość w znakach: { $length }), który nie ma postaci klucza (tylko litery, cyfry, „-” i „_”); nie jest on wyświetlany. Klucz mógł jednak zostać utworzony: należy sprawdzić listę kluczy i usunąć nierozpoznane.
api-answer-incomplete-key-info = Wpis key_info nie zawiera elementu <{ $field }>.
api-answer-unexpected = Odpowiedź zawiera nieoczekiwany element <{ $element }> wewnątrz <{ $parent }>.
api-xml-empty = Odpowiedź jest pusta.
api-xml-html = Odpowiedź jest stroną HTML, a nie pakietem XML Plesk (często jest to strona błędu serwera proxy): { $snippet }
api-xml-not-xml = Odpowiedź nie jest w formacie XML: { $snippet }
api-xml-truncated = XML jest ucięty przed końcem: { $snippet }
api-xml-doctype = XML zawiera deklarację DOCTYPE lub encji, których Plesk nigdy nie wysyła; nie został przetworzony.
api-xml-unknown-entity = XML używa niezadeklarowanej encji „&{ $name };”.
api-xml-too-deep = Głębokość zagnieżdżenia elementów XML przekracza { $limit }.
api-xml-malformed = Nieprawidłowy XML w wierszu { $line }: { $detail }
