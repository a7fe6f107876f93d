### Wat is ingevoerd en niet naar Plesk kan worden verzonden: adressen, sleutellijsten, beschrijvingen en gebruikersnamen
### (de argumenten van de CLI, later de velden van het paneel).

## Een teken dat XML niet kan bevatten (de code van het teken als U+XXXX, de positie vanaf 1).

input-forbidden-description = De beschrijving bevat een teken dat XML niet kan bevatten (U+{ $code } op positie { $position }); verwijder het.
input-forbidden-login = De gebruikersnaam van de eigenaar bevat een teken dat XML niet kan bevatten (U+{ $code } op positie { $position }); verwijder het.
input-forbidden-key = De sleutel bevat een teken dat XML niet kan bevatten (U+{ $code } op positie { $position }); verwijder het.
input-forbidden-addresses = De lijst met IP-adressen bevat een teken dat XML niet kan bevatten (U+{ $code } op positie { $position }); verwijder het.

## Te lang.

input-too-long-description = De beschrijving is { $length } tekens lang; er zijn maximaal { $max } toegestaan.
input-too-long-login = De gebruikersnaam van de eigenaar is { $length } tekens lang; er zijn maximaal { $max } toegestaan.
input-too-long-key = De sleutel is { $length } tekens lang; er zijn maximaal { $max } toegestaan.
input-too-long-addresses = De lijst met IP-adressen is { $length } tekens lang; er zijn maximaal { $max } toegestaan.

## Leeg.

input-empty-description = De beschrijving is leeg.
input-empty-login = De gebruikersnaam van de eigenaar is leeg.
input-empty-key = De sleutel is leeg.
input-empty-addresses = De lijst met IP-adressen is leeg.

## IP-adressen.

input-addresses = IP-adressen: { $reason }
input-not-an-address = '{ $entry }' is geen IPv4- of IPv6-adres.
input-not-addresses = Dit zijn geen IPv4- of IPv6-adressen: { $entries }.
input-list-and = { $first } en { $last }
input-listed-twice = { $address } staat twee keer in de lijst.
input-too-many-addresses = Te veel adressen: { $count }; een sleutel kan aan maximaal { $max } adressen worden gekoppeld.

## Sleutels.

input-no-key = Geen sleutel opgegeven: noem ten minste één sleutelwaarde of ID.
input-too-many-keys = Te veel sleutels voor één verzoek: { $count }; maximaal { $max }.
input-entry = Item { $position }: { $reason }
input-old-key-unusable = De te vervangen sleutel heeft geen bruikbare ID: { $reason }
