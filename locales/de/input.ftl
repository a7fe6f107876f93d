### Was eingegeben wurde und nicht an Plesk gesendet werden kann: Adressen, Schlüssellisten, Beschreibungen und Benutzernamen
### (die Argumente der CLI, später die Felder des Panels).

## Ein Zeichen, das XML nicht übertragen kann (der Code des Zeichens als U+XXXX, seine Position ab 1).

input-forbidden-description = Die Beschreibung enthält ein Zeichen, das XML nicht übertragen kann (U+{ $code } an Position { $position }); entfernen Sie es.
input-forbidden-login = Der Benutzername des Besitzers enthält ein Zeichen, das XML nicht übertragen kann (U+{ $code } an Position { $position }); entfernen Sie es.
input-forbidden-key = Der Schlüssel enthält ein Zeichen, das XML nicht übertragen kann (U+{ $code } an Position { $position }); entfernen Sie es.
input-forbidden-addresses = Die Liste der IP-Adressen enthält ein Zeichen, das XML nicht übertragen kann (U+{ $code } an Position { $position }); entfernen Sie es.

## Zu lang.

input-too-long-description = Die Beschreibung ist { $length } Zeichen lang; höchstens { $max } sind erlaubt.
input-too-long-login = Der Benutzername des Besitzers ist { $length } Zeichen lang; höchstens { $max } sind erlaubt.
input-too-long-key = Der Schlüssel ist { $length } Zeichen lang; höchstens { $max } sind erlaubt.
input-too-long-addresses = Die Liste der IP-Adressen ist { $length } Zeichen lang; höchstens { $max } sind erlaubt.

## Leer.

input-empty-description = Die Beschreibung ist leer.
input-empty-login = Der Benutzername des Besitzers ist leer.
input-empty-key = Der Schlüssel ist leer.
input-empty-addresses = Die Liste der IP-Adressen ist leer.

## IP-Adressen.

input-addresses = IP-Adressen: { $reason }
input-not-an-address = '{ $entry }' ist keine IPv4- oder IPv6-Adresse.
input-not-addresses = Dies sind keine IPv4- oder IPv6-Adressen: { $entries }.
input-list-and = { $first } und { $last }
input-listed-twice = { $address } ist doppelt aufgeführt.
input-too-many-addresses = { $count } Adressen sind zu viele; ein Schlüssel kann an höchstens { $max } gebunden werden.

## Schlüssel.

input-no-key = Kein Schlüssel angegeben: Nennen Sie mindestens einen Schlüsselwert oder eine ID.
input-too-many-keys = { $count } Schlüssel sind zu viele für eine Anfrage; höchstens { $max }.
input-entry = Eintrag { $position }: { $reason }
input-old-key-unusable = Der zu ersetzende Schlüssel hat keine verwendbare ID: { $reason }
