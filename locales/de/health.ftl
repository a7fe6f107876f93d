### Zustand der Schlüssel: was mit einem Schlüssel nicht stimmt oder einen Blick wert ist, und was zu tun ist
### (die Spalte „Zustand“ im Panel und `plesk-keys report` gleichermaßen).

## Stufen.

health-level-danger = Gefahr
health-level-warning = Warnung
health-level-note = Hinweis

## Besitzer.

health-owner-administrator = Administrator
health-status-active = aktiv
health-status-missing = nicht vorhanden
health-status-unknown = unbekannt
health-status-number = Status { $status }
health-flag-4 = wird gesichert oder wiederhergestellt
health-flag-16 = vom Administrator deaktiviert
health-flag-32 = von seinem Reseller deaktiviert
health-flag-64 = vom Kunden deaktiviert
health-flag-256 = abgelaufen

## Gründe.

health-reason-owner-missing = Der Besitzer { $login } existiert in Plesk nicht mehr.
health-reason-owner-inactive = Der Besitzer { $login } ist nicht aktiv ({ $status }).
health-reason-anywhere-administrator = Ein Schlüssel des Administrators, der an keine Adresse gebunden ist: Er funktioniert von überall aus.
health-reason-anywhere-key = Dieser Schlüssel ist an keine Adresse gebunden: Er funktioniert von überall aus.
health-reason-wide-administrator = Ein Schlüssel des Administrators, der an { $range } gebunden ist, einen Bereich, der größer als ein /24 oder /64 ist.
health-reason-wide-key = Dieser Schlüssel ist an { $range } gebunden, einen Bereich, der größer als ein /24 oder /64 ist.
health-reason-public-among-private = An die öffentliche Adresse { $address } gebunden, während seine anderen Adressen privat sind.
health-reason-service-address = An { $address } gebunden, die Adresse des Plesk-Servers oder des ihm vorgeschalteten Dienstes: Er funktioniert für jeden, der über diesen Weg Anfragen senden kann.
health-reason-twins = Weitere Schlüssel desselben Besitzers mit denselben Adressen: { $others }.
health-reason-no-description = Keine Beschreibung: Später kann niemand mehr erkennen, wofür er dient.

## Was zu tun ist.

health-advice-owner-missing = Löschen Sie ihn.
health-advice-owner-inactive = Löschen Sie ihn, wenn der Besitzer endgültig nicht mehr da ist.
health-advice-usable-from-anywhere = Rotieren Sie ihn mit den Adressen, von denen aus er verwendet wird.
health-advice-public-among-private = Prüfen Sie die öffentliche Adresse; bearbeiten Sie den Schlüssel, um sie zu entfernen.
health-advice-service-address = Behalten Sie ihn nur für die Verwendung über diesen Dienst; rotieren Sie ihn andernfalls mit den Adressen der Rechner, die ihn verwenden.
health-advice-twins = Löschen Sie die gleichartigen Schlüssel, die von einer Rotation übrig geblieben sind.
health-advice-no-description = Bearbeiten Sie ihn und geben Sie an, wofür er dient.

## Ein Befund in einer Zeile: „Gefahr: Der Besitzer jdoe existiert in Plesk nicht mehr. Löschen Sie ihn.“

health-finding = { $level }: { $reason } { $advice }
