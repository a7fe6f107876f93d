### Das Panel: Verbinden (die Formulare zum Verbinden und Anmelden, die Sitzung, die Abmeldung bei Inaktivität, der Designwechsel), Anmeldung und Schlüsselübergabe durch ein Portal sowie mehrere Server (die Serverauswahl, Alle Server).

## Das Verbindungsformular.

connect-title = Mit Plesk verbinden
connect-key-label = API-Schlüssel
connect-need-key = Fügen Sie zuerst einen API-Schlüssel (einen geheimen Schlüssel von Plesk) ein.
connect-keep-legend = Schlüssel aufbewahren
connect-keep-tab = In diesem Tab (bleibt beim Neuladen dieses Tabs erhalten)
connect-keep-memory = Nur im Arbeitsspeicher (beim Neuladen verloren)
connect-button = Verbinden
connect-checking-key = Schlüssel wird geprüft…
connect-retry = Erneut versuchen

## Das Anmeldeformular (Benutzername und Passwort).

connect-sign-in-summary = Mit Benutzername und Passwort anmelden
connect-sign-in-hint = Für einen Administrator, der noch keinen Schlüssel hat. Das Passwort bleibt nur im Arbeitsspeicher dieser Seite; Sie können direkt danach einen Schlüssel für diesen Browser erstellen.
connect-login-label = Benutzername
connect-password-label = Passwort
connect-need-login = Geben Sie sowohl den Benutzernamen als auch das Passwort an.
connect-sign-in-button = Anmelden
connect-checking = Wird geprüft…

## Was Plesk zu den Anmeldedaten gesagt hat ($error: der Fehler, wie Plesk oder die Verbindung ihn geliefert hat).

connect-refused = Plesk hat diese Anmeldedaten abgelehnt: { $error }
connect-unreachable = Plesk konnte nicht abgefragt werden: { $error }

## Das „Wo und wer“ der Kopfzeile: der Host, mit dem das Panel kommuniziert, und der Benutzername der Anmeldedaten.

connect-where-and-who = { $host } — { $login }

## Die Sitzung.

session-storage-unavailable = Dieser Browser erlaubt dem Panel nicht, den Sitzungsspeicher zu verwenden (privater Modus oder blockierter Speicher); der Schlüssel wird nur für diese Seite im Arbeitsspeicher aufbewahrt.

## Die Abmeldung bei Inaktivität.

# $seconds: verbleibende ganze Sekunden bis zur Abmeldung.
idle-warning = Seit einer Weile keine Aktivität: Sie werden in { $seconds } s abgemeldet. Klicken Sie auf „Angemeldet bleiben“, um fortzufahren.
idle-stay = Angemeldet bleiben

## Der Designwechsel.

theme-dark = Dunkles Design

## Von einem Portal angemeldet (wer angemeldet ist, vom Dienst).

# $error: warum der Dienst nicht abgefragt werden konnte.
portal-session-unreachable = Das Panel konnte nicht abfragen, wer angemeldet ist ({ $error }).
portal-no-server = Sie sind angemeldet, aber Ihnen steht kein Server offen. Bitten Sie Ihren Administrator um Zugriff.
portal-session-unreadable = Die Antwort des Dienstes dazu, wer angemeldet ist, konnte nicht gelesen werden.
# $status: der HTTP-Statuscode der Antwort des Dienstes.
portal-not-signed-in = Sie sind nicht angemeldet (HTTP { $status }). Öffnen Sie das Panel über Ihr Portal.

## Von einem einbettenden Portal übergebene Schlüssel.

# $name: der vom Portal angegebene Servername.
portal-no-such-server = es gibt keinen Server namens „{ $name }“
# Ein abgelehnter Schlüssel: $server, die Bezeichnung des Servers; $problem, warum er abgelehnt wurde.
portal-problem-on-server = { $server }: { $problem }
# $problems: alle abgelehnten Schlüssel, durch Semikolons getrennt.
portal-keys-not-used = Vom Portal übergebene Schlüssel wurden nicht verwendet: { $problems }.
portal-connected = Mit dem oder den vom Portal übergebenen Schlüsseln verbunden (nur im Arbeitsspeicher aufbewahrt).
# $servers: die Bezeichnungen der verbundenen Server, durch Kommas getrennt.
portal-connected-to = Mit { $servers } verbunden, über den oder die vom Portal übergebenen Schlüssel (nur im Arbeitsspeicher aufbewahrt).

## Die Serverauswahl.

fleet-server-label = Server
fleet-all-servers = Alle Server

## Alle Server: die Tabelle mit den Schlüsseln aller Server.

fleet-actions-label = Aktionen für die Schlüsselliste
fleet-refresh = Aktualisieren
fleet-export-csv = Als CSV exportieren
fleet-export-json = Als JSON exportieren
fleet-show-server = Server anzeigen
fleet-every-server = Alle Server
fleet-servers-label = Server
fleet-empty = Auf diesen Servern gibt es noch keine geheimen Schlüssel.
fleet-one-server-hint = Rotieren und Bearbeiten wirken auf einen Server: Wählen Sie ihn unter „Server“ aus.
# Die Zeile eines Servers über der Tabelle ($server: seine Bezeichnung).
fleet-status-not-connected = { $server }: nicht verbunden (wählen Sie ihn unter „Server“ aus, um eine Verbindung herzustellen)
fleet-status-loading = { $server }: wird geladen…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } Schlüssel
       *[other] { $count } Schlüssel
    }
fleet-status-refreshing = { $server }: wird aktualisiert… ({ $count } angezeigt)
# $reason: warum die Schlüssel des Servers nicht aufgelistet werden konnten.
fleet-status-failed = { $server }: { $reason }
# Die Zählzeile unter der Tabelle.
fleet-loading-from = Schlüssel werden von { $count ->
        [one] { $count } Server
       *[other] { $count } Servern
    } geladen…
fleet-count = { $keys ->
        [one] { $keys } Schlüssel
       *[other] { $keys } Schlüssel
    } auf { $loaded } von { $servers ->
        [one] { $servers } Server
       *[other] { $servers } Servern
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } Schlüssel
       *[other] { $keys } Schlüssel
    } auf { $loaded } von { $servers ->
        [one] { $servers } Server
       *[other] { $servers } Servern
    } ({ $refreshing } in Aktualisierung)
# Der Name der Schaltfläche „Löschen“ einer Zeile.
fleet-delete-key-on = Schlüssel { $id } auf { $server } löschen

## Alle Server: Schlüssel löschen.

fleet-delete-one-title = Schlüssel { $id } auf { $server } löschen?
fleet-delete-on-server-title = { $count } Schlüssel auf { $server } löschen?
fleet-delete-on-servers-title = { $count } Schlüssel auf { $servers } Servern löschen?
fleet-delete-warning = { $count ->
        [one] Dieser Schlüssel funktioniert auf seinem Server sofort nicht mehr. Dies kann nicht rückgängig gemacht werden:
       *[other] Diese Schlüssel funktionieren auf ihren Servern sofort nicht mehr. Dies kann nicht rückgängig gemacht werden:
    }
# Ein Schlüssel in der Liste der Bestätigung.
fleet-delete-item = Schlüssel { $id } auf { $server }
fleet-key-deleted = Schlüssel { $id } auf { $server } gelöscht.
# Ein nicht gelöschter Schlüssel ($reason: warum).
fleet-delete-failure = Schlüssel { $id } auf { $server }: { $reason }
# Warum ein Server nicht zum Löschen aufgefordert wurde.
fleet-not-connected = nicht verbunden

## Alle Server: Auf Servern erstellen.

fleet-create-title = Auf Servern erstellen
fleet-create-hint = Ein Schlüssel auf jedem verbundenen Server (etwa der Schlüssel eines Überwachungssystems): Der Wert ist auf jedem Server ein anderer und wird nur einmal angezeigt.
fleet-invalid-addresses = IP-Adressen: { $reason }
fleet-need-address = Geben Sie mindestens eine IP-Adresse für die Schlüssel auf allen Servern an.
fleet-connect-first = Verbinden Sie zuerst mindestens einen Server (wählen Sie ihn unter „Server“ aus).
fleet-keys-created = Schlüssel erstellt: Kopieren Sie sie jetzt, jeder wird nur einmal angezeigt.
fleet-keys-created-elsewhere = Schlüssel auf Servern erstellt: Öffnen Sie „Alle Server“, um sie zu kopieren (jeder wird nur einmal angezeigt).
fleet-new-keys-title = Neue Schlüssel
# Vor dem neuen Schlüssel eines Servers.
fleet-new-key-server = { $server }:
fleet-copy = Kopieren
fleet-copy-key-of = Schlüssel von { $server } kopieren
fleet-copied = Der Schlüssel wurde in die Zwischenablage kopiert.
fleet-copy-failed = Kopieren fehlgeschlagen ({ $reason }): Markieren Sie den Schlüssel und kopieren Sie ihn manuell.
fleet-not-created = { $server }: Es wurde kein Schlüssel erstellt: { $reason }
fleet-copy-warning = Kopieren Sie sie jetzt: Plesk speichert nur Hashes und kann diese Schlüssel nicht erneut anzeigen.
fleet-copy-all = Alle kopieren
fleet-copied-all = Die neuen Schlüssel wurden als Zeilen im Format NAME=value kopiert.
fleet-copy-all-failed = Kopieren fehlgeschlagen ({ $reason }): Markieren Sie die Schlüssel und kopieren Sie sie manuell.
fleet-dismiss = Schließen

## Alle Server: Auf allen Servern suchen.

fleet-find-title = Auf allen Servern suchen
fleet-find-label = Schlüsselwert oder ID
fleet-give-one-key = Geben Sie einen Schlüsselwert oder eine ID an.
fleet-no-result = Plesk hat kein Ergebnis gesendet
# Der Satz dazu, wo ein Schlüssel gültig ist: seine Teilsätze (unten), durch Semikolons getrennt.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Auf keinem Server gültig
fleet-valid-on-one = Gültig auf { $server }
# $servers: jeder Server als „fleet-found-as“, durch Kommas getrennt.
fleet-valid-on-several = Gültig auf { $count } Servern, jeweils als eigener Schlüssel: { $servers }
fleet-found-as = { $server } als Schlüssel { $id }
fleet-not-found-on = nicht gefunden auf { $servers }
# $servers: jeder Server als „fleet-failed-on“, durch Semikolons getrennt.
fleet-could-not-ask = Abfrage fehlgeschlagen bei { $servers }
fleet-failed-on = { $server }: { $reason }
