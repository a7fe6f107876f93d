### plesk-keys, die Client-Befehle: was eine Person am Terminal liest (das JSON von --json
### und die Schlüsselwerte, IDs und Adressen darin werden nie übersetzt).

## Woher die Anmeldedaten kommen.

cli-no-credential = keine Anmeldedaten: Setzen Sie PLESK_KEY, verwenden Sie --key-file FILE oder setzen Sie PLESK_LOGIN und PLESK_PASSWORD
cli-key-file-unreadable = die Schlüsseldatei { $path } kann nicht gelesen werden: { $detail }
cli-key-file-empty = die Schlüsseldatei { $path } ist leer
cli-half-login = PLESK_LOGIN ist gesetzt, PLESK_PASSWORD aber nicht (oder umgekehrt)
cli-not-a-header = die Anmeldedaten enthalten Zeichen, die ein HTTP-Header nicht übertragen kann
cli-not-visible-ascii = der Schlüssel oder Benutzername enthält ein Leerzeichen, ein Steuerzeichen oder ein Nicht-ASCII-Zeichen (versehentlich eingefügt?); Plesk und das Gateway akzeptieren nur sichtbare ASCII-Zeichen

## Welcher Server.

cli-no-endpoint = kein Endpunkt: Geben Sie --endpoint URL an oder setzen Sie PLESK_ENDPOINT (oder --servers FILE mit --server NAME)
cli-server-without-file = --server erfordert --servers FILE (oder PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } enthält { $count } Server: Wählen Sie einen mit --server NAME aus (oder --server all für list, info und create)
cli-unknown-server = in { $file } gibt es keinen Server { $name } (vorhanden: { $known })
cli-no-server-key = kein Schlüssel für den Server { $name }: Legen Sie ihn als { $name }.key in --key-dir DIR ab oder setzen Sie { $variable }
cli-key-file-readable = die Schlüsseldatei { $path } ist möglicherweise für die Gruppe oder andere lesbar: Führen Sie chmod 600 darauf aus (sie enthält einen geheimen Schlüssel)
cli-key-file-with-servers = --key-file enthält nur einen Schlüssel: Geben Sie bei --servers jedem Server seinen eigenen (--key-dir DIR oder PLESK_KEY_<NAME>)
cli-one-server-only = delete und rotate wirken nur auf einen Server: Wählen Sie ihn mit --server NAME aus (--server all: list, info, create)
cli-unknown-language = es gibt keine Sprache { $tag }: Wählen Sie eine von { $known }
cli-no-server = kein Server, mit dem kommuniziert werden kann

## Auf der Befehlszeile angegebene Schlüssel.

cli-stdin-unreadable = Schlüssel können nicht von der Standardeingabe gelesen werden: { $detail }
cli-no-keys-asked = es wurden keine Schlüssel angegeben
cli-key-in-argument = Warnung: Ein als Argument übergebener Schlüsselwert ist für andere Benutzer dieses Rechners sichtbar; übergeben Sie Werte über die Standardeingabe mit `-`.

## --dry-run: was gesendet würde.

cli-dry-run-target = POST { $url } (nichts gesendet: --dry-run)
cli-dry-run-server-target = POST { $url } (Server { $server }; nichts gesendet: --dry-run)
cli-dry-run-rotate = (danach: einen gleichartigen neuen Schlüssel erstellen und den alten Schlüssel nur löschen, wenn das Erstellen erfolgreich war)

## Was die Befehle ausgeben.

cli-key-id = Schlüssel { $id }
cli-key-value = Schlüsselwert { $start }…
cli-no-keys = Keine Schlüssel.
cli-new-key = Neuer Schlüssel (wird nur einmal angezeigt; Plesk kann ihn nicht erneut anzeigen): { $key }
cli-deleted = { $key } gelöscht
cli-keys-not-shown =
    { $count ->
        [one] { $count } Schlüssel nicht angezeigt
       *[other] { $count } Schlüssel nicht angezeigt
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } Schlüssel nicht gelöscht
       *[other] { $count } Schlüssel nicht gelöscht
    }
cli-rotate-not-found = der zu rotierende Schlüssel wurde nicht gefunden
cli-rotate-old-kept = { $reason }; der alte Schlüssel { $id } wurde beibehalten
cli-rotate-old-deleted = der alte Schlüssel { $id } wurde gelöscht
cli-rotate-old-not-deleted = der neue Schlüssel wurde erstellt, aber der alte Schlüssel { $id } konnte nicht gelöscht werden: Löschen Sie ihn manuell

## Mehrere Server zugleich (--server all).

cli-request-task-failed = eine Anfrage-Aufgabe ist fehlgeschlagen: { $detail }
cli-server-failed = Server { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] { $failed } von { $count } Server fehlgeschlagen ({ $names }); { $consequence }
       *[other] { $failed } von { $count } Servern fehlgeschlagen ({ $names }); { $consequence }
    }
cli-others-keys-shown = die Schlüssel der anderen werden angezeigt
cli-others-answers-shown = die Antworten der anderen werden angezeigt
cli-no-key-made-there = dort wurde kein Schlüssel erstellt
cli-found-on-no-server = { $key }: auf keinem Server gefunden
cli-found-on = { $key }: gefunden auf { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } Schlüssel auf keinem Server gefunden
       *[other] { $count } Schlüssel auf keinem Server gefunden
    }
cli-new-keys = Neue Schlüssel (werden nur einmal angezeigt; Plesk kann sie nicht erneut anzeigen):

## Der Weg zum Server.

cli-not-a-url = '{ $url }' ist keine URL; geben Sie eine Plesk-Basis-URL wie https://plesk.example.com:8443 an
cli-not-https = '{ $url }' muss mit https:// beginnen (oder http:// für Tests über Loopback)
cli-not-a-base = '{ $url }' muss eine Basis-URL ohne Query oder Fragment sein
cli-user-in-url = eine URL mit Benutzername oder Passwort vor dem Host (user:password@host) wird abgelehnt: sie würde in Beschriftungen und Protokollen erscheinen, und Plesk liest Anmeldedaten nur aus Headern; geben Sie den Schlüssel stattdessen in einer Schlüsseldatei oder im Panel an
cli-timeout = keine Antwort innerhalb von { $seconds } s
cli-unreachable = { $url } ist nicht erreichbar: { $detail }
cli-redirect = der Server hat mit einer Weiterleitung geantwortet (HTTP { $status }), der nie gefolgt wird
cli-answer-too-large = die Antwort ist größer als { $bytes } Bytes
cli-answer-unreadable = die Antwort konnte nicht gelesen werden: { $detail }
cli-answer-not-utf8 = die Antwort ist kein UTF-8
cli-http-status = HTTP { $status } von { $url }: { $body }

## report.

cli-no-findings = keine
cli-report-finding = Schlüssel { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } Schlüssel mit einem Befund der Stufe { $level } oder schlimmer
       *[other] { $count } Schlüssel mit einem Befund der Stufe { $level } oder schlimmer
    }
cli-customers = Kunden
cli-resellers = Reseller
cli-owners-unknown = der Status der Besitzer ist unbekannt (Anfrage zu { $what }: { $reason })

## Tabellen und Warnungen.

cli-column-server = Server
cli-column-id = ID
cli-column-addresses = IP-Adressen
cli-column-description = Beschreibung
cli-column-owner = Besitzer
cli-column-owner-status = Besitzerstatus
cli-column-findings = Befunde
cli-list-separator = { ", " }
cli-any-address = jede Adresse (keine IP-Beschränkung)
cli-plain-http = Warnung: { $url } ist unverschlüsseltes http:// zu einem anderen Rechner: der Schlüssel oder das Passwort geht unverschlüsselt über das Netz; verwenden Sie https://

## Fehler von Plesk: Der Text von Plesk bleibt so, wie Plesk ihn gesendet hat, in Anführungszeichen.

cli-plesk-error = Plesk-Fehler { $code }: { $text }
cli-plesk-error-explained = Plesk-Fehler { $code }: { $text } ({ $explanation })
