### Wpisane dane, których nie można wysłać do Plesk: adresy, listy kluczy, opisy i loginy
### (argumenty CLI, później pola panelu).

## Znak, którego nie da się przekazać w XML (kod znaku jako U+XXXX, jego pozycja licząc od 1).

input-forbidden-description = Opis zawiera znak, którego nie da się przekazać w XML (U+{ $code } na pozycji { $position }); należy go usunąć.
input-forbidden-login = Login właściciela zawiera znak, którego nie da się przekazać w XML (U+{ $code } na pozycji { $position }); należy go usunąć.
input-forbidden-key = Klucz zawiera znak, którego nie da się przekazać w XML (U+{ $code } na pozycji { $position }); należy go usunąć.
input-forbidden-addresses = Lista adresów IP zawiera znak, którego nie da się przekazać w XML (U+{ $code } na pozycji { $position }); należy go usunąć.

## Zbyt długie.

input-too-long-description = Długość opisu w znakach: { $length }; dozwolone jest najwyżej { $max }.
input-too-long-login = Długość loginu właściciela w znakach: { $length }; dozwolone jest najwyżej { $max }.
input-too-long-key = Długość klucza w znakach: { $length }; dozwolone jest najwyżej { $max }.
input-too-long-addresses = Długość listy adresów IP w znakach: { $length }; dozwolone jest najwyżej { $max }.

## Puste.

input-empty-description = Opis jest pusty.
input-empty-login = Login właściciela jest pusty.
input-empty-key = Klucz jest pusty.
input-empty-addresses = Lista adresów IP jest pusta.

## Adresy IP.

input-addresses = Adresy IP: { $reason }
input-not-an-address = '{ $entry }' nie jest adresem IPv4 ani IPv6.
input-not-addresses = To nie są adresy IPv4 ani IPv6: { $entries }.
input-list-and = { $first } i { $last }
input-listed-twice = { $address } występuje na liście dwukrotnie.
input-too-many-addresses = Za dużo adresów: { $count }; klucz można powiązać najwyżej z { $max }.

## Klucze.

input-no-key = Nie podano klucza: należy wskazać co najmniej jedną wartość klucza lub ID.
input-too-many-keys = Za dużo kluczy na jedno żądanie: { $count }; najwyżej { $max }.
input-entry = Pozycja { $position }: { $reason }
input-old-key-unusable = Klucz do zastąpienia nie ma użytecznego ID: { $reason }
