### Kondycja kluczy: co jest nie tak z kluczem lub co warto sprawdzić i co zrobić (zarówno kolumna
### Kondycja w panelu, jak i `plesk-keys report`).

## Poziomy.

health-level-danger = zagrożenie
health-level-warning = ostrzeżenie
health-level-note = uwaga

## Właściciele.

health-owner-administrator = administrator
health-status-active = aktywny
health-status-missing = nie istnieje
health-status-unknown = nieznany
health-status-number = status { $status }
health-flag-4 = w trakcie tworzenia kopii zapasowej lub przywracania
health-flag-16 = wyłączony przez administratora
health-flag-32 = wyłączony przez swojego odsprzedawcę
health-flag-64 = wyłączony przez klienta
health-flag-256 = wygasł

## Przyczyny.

health-reason-owner-missing = Właściciel klucza { $login } już nie istnieje w Plesk.
health-reason-owner-inactive = Właściciel klucza { $login } nie jest aktywny ({ $status }).
health-reason-anywhere-administrator = Klucz administratora niepowiązany z żadnym adresem: działa z dowolnego miejsca.
health-reason-anywhere-key = Ten klucz nie jest powiązany z żadnym adresem: działa z dowolnego miejsca.
health-reason-wide-administrator = Klucz administratora powiązany z { $range }, zakresem szerszym niż /24 lub /64.
health-reason-wide-key = Ten klucz jest powiązany z { $range }, zakresem szerszym niż /24 lub /64.
health-reason-public-among-private = Powiązany z publicznym adresem { $address }, choć pozostałe jego adresy są prywatne.
health-reason-service-address = Powiązany z { $address }, adresem serwera Plesk lub usługi działającej przed nim: działa dla każdego, kto może wysyłać żądania przez ten adres.
health-reason-twins = Inne klucze tego samego właściciela na tych samych adresach: { $others }.
health-reason-no-description = Brak opisu: później nikt nie będzie wiedział, do czego służy.

## Co zrobić.

health-advice-owner-missing = Należy go usunąć.
health-advice-owner-inactive = Należy go usunąć, jeśli właściciel odszedł na stałe.
health-advice-usable-from-anywhere = Należy przeprowadzić rotację klucza, podając adresy, z których jest używany.
health-advice-public-among-private = Należy sprawdzić adres publiczny; klucz należy zmienić tak, aby go nie zawierał.
health-advice-service-address = Należy go zachować wyłącznie do użytku przez tę usługę; w przeciwnym razie należy przeprowadzić rotację klucza, podając adresy komputerów, które go używają.
health-advice-twins = Należy usunąć duplikaty pozostałe po rotacji.
health-advice-no-description = Należy go edytować i wpisać, do czego służy.

## Jedno ustalenie w wierszu: "zagrożenie: Właściciel klucza jdoe już nie istnieje w Plesk. Należy go usunąć."

health-finding = { $level }: { $reason } { $advice }
