### Sleutelgezondheid: wat er mis is met een sleutel, of wat een blik waard is, en wat te doen (de kolom
### Gezondheid in het paneel en `plesk-keys report` gelijkelijk).

## Niveaus.

health-level-danger = gevaar
health-level-warning = waarschuwing
health-level-note = opmerking

## Eigenaren.

health-owner-administrator = beheerder
health-status-active = actief
health-status-missing = ontbreekt
health-status-unknown = onbekend
health-status-number = status { $status }
health-flag-4 = bezig met back-up of herstel
health-flag-16 = uitgeschakeld door de beheerder
health-flag-32 = uitgeschakeld door de eigen reseller
health-flag-64 = uitgeschakeld door de klant
health-flag-256 = verlopen

## Redenen.

health-reason-owner-missing = De eigenaar { $login } bestaat niet meer in Plesk.
health-reason-owner-inactive = De eigenaar { $login } is niet actief ({ $status }).
health-reason-anywhere-administrator = Een sleutel van een beheerder die aan geen enkel adres is gebonden: hij werkt overal vandaan.
health-reason-anywhere-key = Deze sleutel is aan geen enkel adres gebonden: hij werkt overal vandaan.
health-reason-wide-administrator = Een sleutel van een beheerder die aan { $range } is gebonden, een bereik dat groter is dan een /24 of /64.
health-reason-wide-key = Deze sleutel is gebonden aan { $range }, een bereik dat groter is dan een /24 of /64.
health-reason-public-among-private = Gebonden aan het openbare adres { $address }, terwijl de andere adressen privé zijn.
health-reason-service-address = Gebonden aan { $address }, het adres van de Plesk-server of van de dienst daarvoor: hij werkt voor iedereen die via dat adres verzoeken kan sturen.
health-reason-twins = Andere sleutels van dezelfde eigenaar op dezelfde adressen: { $others }.
health-reason-no-description = Geen beschrijving: later weet niemand meer waarvoor hij dient.

## Wat te doen.

health-advice-owner-missing = Verwijder hem.
health-advice-owner-inactive = Verwijder hem als de eigenaar definitief weg is.
health-advice-usable-from-anywhere = Roteer hem met de adressen van waaruit hij wordt gebruikt.
health-advice-public-among-private = Controleer het openbare adres; bewerk de sleutel zonder dat adres.
health-advice-service-address = Bewaar hem alleen voor gebruik via die dienst; roteer hem anders met de adressen van de machines die hem gebruiken.
health-advice-twins = Verwijder de dubbele sleutels die na een rotatie zijn overgebleven.
health-advice-no-description = Bewerk hem en vermeld waarvoor hij dient.

## Eén bevinding op één regel: "gevaar: De eigenaar jdoe bestaat niet meer in Plesk. Verwijder hem."

health-finding = { $level }: { $reason } { $advice }
