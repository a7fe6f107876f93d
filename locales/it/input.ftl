### Ciò che è stato digitato e non può essere inviato a Plesk: indirizzi, elenchi di chiavi, descrizioni e nomi utente
### (gli argomenti della CLI, in seguito i campi del pannello).

## Un carattere che XML non può trasportare (il codice del carattere come U+XXXX, la sua posizione a partire da 1).

input-forbidden-description = La descrizione contiene un carattere che XML non può trasportare (U+{ $code } alla posizione { $position }); rimuoverlo.
input-forbidden-login = Il nome utente del proprietario contiene un carattere che XML non può trasportare (U+{ $code } alla posizione { $position }); rimuoverlo.
input-forbidden-key = La chiave contiene un carattere che XML non può trasportare (U+{ $code } alla posizione { $position }); rimuoverlo.
input-forbidden-addresses = L'elenco degli indirizzi IP contiene un carattere che XML non può trasportare (U+{ $code } alla posizione { $position }); rimuoverlo.

## Troppo lungo.

input-too-long-description = La descrizione è lunga { $length } caratteri; ne sono consentiti al massimo { $max }.
input-too-long-login = Il nome utente del proprietario è lungo { $length } caratteri; ne sono consentiti al massimo { $max }.
input-too-long-key = La chiave è lunga { $length } caratteri; ne sono consentiti al massimo { $max }.
input-too-long-addresses = L'elenco degli indirizzi IP è lungo { $length } caratteri; ne sono consentiti al massimo { $max }.

## Vuoto.

input-empty-description = La descrizione è vuota.
input-empty-login = Il nome utente del proprietario è vuoto.
input-empty-key = La chiave è vuota.
input-empty-addresses = L'elenco degli indirizzi IP è vuoto.

## Indirizzi IP.

input-addresses = Indirizzi IP: { $reason }
input-not-an-address = '{ $entry }' non è un indirizzo IPv4 o IPv6.
input-not-addresses = Questi non sono indirizzi IPv4 o IPv6: { $entries }.
input-list-and = { $first } e { $last }
input-listed-twice = { $address } è indicato due volte.
input-too-many-addresses = { $count } indirizzi sono troppi; una chiave può essere associata al massimo a { $max }.

## Chiavi.

input-no-key = Nessuna chiave indicata: indicare almeno un valore di chiave o un ID.
input-too-many-keys = { $count } chiavi sono troppe per una sola richiesta; al massimo { $max }.
input-entry = Voce { $position }: { $reason }
input-old-key-unusable = La chiave da sostituire non ha un ID utilizzabile: { $reason }
