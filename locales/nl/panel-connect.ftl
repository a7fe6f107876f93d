### Het paneel: verbinding maken (de formulieren voor verbinden en aanmelden, de sessie, de time-out bij inactiviteit, de themaschakelaar), aanmelding en sleuteloverdracht door een portaal, en meerdere servers (de serverkiezer, Alle servers).

## Het verbindingsformulier.

connect-title = Verbinding maken met Plesk
connect-key-label = API-sleutel
connect-need-key = Plak eerst een API-sleutel (een geheime sleutel van Plesk).
connect-keep-legend = Sleutel bewaren
connect-keep-tab = In dit tabblad (blijft behouden bij opnieuw laden van dit tabblad)
connect-keep-memory = Alleen in het geheugen (weg na opnieuw laden)
connect-button = Verbinden
connect-checking-key = Sleutel wordt gecontroleerd…
connect-retry = Opnieuw proberen

## Het aanmeldformulier (gebruikersnaam en wachtwoord).

connect-sign-in-summary = Aanmelden met gebruikersnaam en wachtwoord
connect-sign-in-hint = Voor een beheerder die nog geen sleutel heeft. Het wachtwoord blijft alleen in het geheugen van deze pagina; u kunt direct daarna een sleutel voor deze browser aanmaken.
connect-login-label = Gebruikersnaam
connect-password-label = Wachtwoord
connect-need-login = Geef zowel de gebruikersnaam als het wachtwoord op.
connect-sign-in-button = Aanmelden
connect-checking = Bezig met controleren…

## Wat Plesk over de inloggegevens zei ($error: de fout, zoals Plesk of de verbinding die gaf).

connect-refused = Plesk heeft deze inloggegevens geweigerd: { $error }
connect-unreachable = Plesk kon niet worden bevraagd: { $error }

## Het "waar en wie" van de kopregel: de host waarmee het paneel communiceert, en de gebruikersnaam van de inloggegevens.

connect-where-and-who = { $host } — { $login }

## De sessie.

session-storage-unavailable = Deze browser staat het paneel niet toe sessieopslag te gebruiken (privémodus of geblokkeerde opslag); de sleutel wordt alleen voor deze pagina in het geheugen bewaard.

## De time-out bij inactiviteit.

# $seconds: resterende hele seconden tot het afmelden.
idle-warning = Al een tijd geen activiteit: u wordt over { $seconds } s afgemeld. Klik op “Aangemeld blijven” om door te gaan.
idle-stay = Aangemeld blijven

## De themaschakelaar.

theme-dark = Donker thema

## Aangemeld door een portaal (wie is aangemeld, volgens de dienst).

# $error: waarom de dienst niet kon worden bevraagd.
portal-session-unreachable = Het paneel kon niet opvragen wie er is aangemeld ({ $error }).
portal-no-server = U bent aangemeld, maar er is geen server voor u beschikbaar. Vraag uw beheerder om toegang.
portal-session-unreadable = Het antwoord van de dienst over wie er is aangemeld, kon niet worden gelezen.
# $status: de HTTP-statuscode van het antwoord van de dienst.
portal-not-signed-in = U bent niet aangemeld (HTTP { $status }). Open het paneel via uw portaal.

## Sleutels die een insluitend portaal heeft overgedragen.

# $name: de servernaam die het portaal gaf.
portal-no-such-server = er is geen server met de naam “{ $name }”
# Eén geweigerde sleutel: $server, het label van de server; $problem, waarom die is geweigerd.
portal-problem-on-server = { $server }: { $problem }
# $problems: alle geweigerde sleutels, gescheiden door puntkomma's.
portal-keys-not-used = Door het portaal overgedragen sleutels zijn niet gebruikt: { $problems }.
portal-connected = Verbonden met de door het portaal overgedragen sleutel(s) (alleen in het geheugen bewaard).
# $servers: de labels van de verbonden servers, gescheiden door komma's.
portal-connected-to = Verbonden met { $servers } via de door het portaal overgedragen sleutel(s) (alleen in het geheugen bewaard).

## De serverkiezer.

fleet-server-label = Server
fleet-all-servers = Alle servers

## Alle servers: de tabel met de sleutels van alle servers.

fleet-actions-label = Acties voor de sleutellijst
fleet-refresh = Vernieuwen
fleet-export-csv = Exporteren als CSV
fleet-export-json = Exporteren als JSON
fleet-show-server = Server tonen
fleet-every-server = Alle servers
fleet-servers-label = Servers
fleet-empty = Nog geen geheime sleutels op deze servers.
fleet-one-server-hint = Roteren en bewerken werken op één server: kies die onder Server.
# De regel van één server boven de tabel ($server: het label).
fleet-status-not-connected = { $server }: niet verbonden (kies de server onder Server om verbinding te maken)
fleet-status-loading = { $server }: bezig met laden…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } sleutel
       *[other] { $count } sleutels
    }
fleet-status-refreshing = { $server }: bezig met vernieuwen… ({ $count } getoond)
# $reason: waarom de sleutels van de server niet konden worden opgehaald.
fleet-status-failed = { $server }: { $reason }
# De telregel onder de tabel.
fleet-loading-from = Sleutels laden van { $count ->
        [one] { $count } server
       *[other] { $count } servers
    }…
fleet-count = { $keys ->
        [one] { $keys } sleutel
       *[other] { $keys } sleutels
    } op { $loaded } van { $servers ->
        [one] { $servers } server
       *[other] { $servers } servers
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } sleutel
       *[other] { $keys } sleutels
    } op { $loaded } van { $servers ->
        [one] { $servers } server
       *[other] { $servers } servers
    } ({ $refreshing } bezig met vernieuwen)
# De naam van de knop Verwijderen van een rij.
fleet-delete-key-on = Sleutel { $id } op { $server } verwijderen

## Alle servers: sleutels verwijderen.

fleet-delete-one-title = Sleutel { $id } op { $server } verwijderen?
fleet-delete-on-server-title = { $count } sleutels op { $server } verwijderen?
fleet-delete-on-servers-title = { $count } sleutels op { $servers } servers verwijderen?
fleet-delete-warning = { $count ->
        [one] Deze sleutel werkt direct niet meer op de server. Dit kan niet ongedaan worden gemaakt:
       *[other] Deze sleutels werken direct niet meer op hun servers. Dit kan niet ongedaan worden gemaakt:
    }
# Eén sleutel in de lijst van de bevestiging.
fleet-delete-item = sleutel { $id } op { $server }
fleet-key-deleted = Sleutel { $id } op { $server } verwijderd.
# Eén niet-verwijderde sleutel ($reason: waarom).
fleet-delete-failure = sleutel { $id } op { $server }: { $reason }
# Waarom een server niet is gevraagd om te verwijderen.
fleet-not-connected = niet verbonden

## Alle servers: Aanmaken op servers.

fleet-create-title = Aanmaken op servers
fleet-create-hint = Eén sleutel op elke verbonden server (bijvoorbeeld de sleutel van een monitoringsysteem): de waarde verschilt per server en wordt maar één keer getoond.
fleet-invalid-addresses = IP-adressen: { $reason }
fleet-need-address = Geef ten minste één IP-adres op voor de sleutels op elke server.
fleet-connect-first = Maak eerst verbinding met ten minste één server (kies die onder Server).
fleet-keys-created = Sleutels aangemaakt: kopieer ze nu, elke sleutel wordt maar één keer getoond.
fleet-keys-created-elsewhere = Sleutels aangemaakt op servers: open Alle servers om ze te kopiëren (elke sleutel wordt maar één keer getoond).
fleet-new-keys-title = Nieuwe sleutels
# Vóór de nieuwe sleutel van een server.
fleet-new-key-server = { $server }:
fleet-copy = Kopiëren
fleet-copy-key-of = De sleutel van { $server } kopiëren
fleet-copied = De sleutel is naar het klembord gekopieerd.
fleet-copy-failed = Kopiëren mislukt ({ $reason }): selecteer de sleutel en kopieer hem handmatig.
fleet-not-created = { $server }: er is geen sleutel aangemaakt: { $reason }
fleet-copy-warning = Kopieer ze nu: Plesk bewaart alleen hashes en kan deze sleutels niet opnieuw tonen.
fleet-copy-all = Alles kopiëren
fleet-copied-all = De nieuwe sleutels zijn gekopieerd als regels NAME=value.
fleet-copy-all-failed = Kopiëren mislukt ({ $reason }): selecteer de sleutels en kopieer ze handmatig.
fleet-dismiss = Sluiten

## Alle servers: Zoeken op alle servers.

fleet-find-title = Zoeken op alle servers
fleet-find-label = Sleutelwaarde of ID
fleet-give-one-key = Geef één sleutelwaarde of ID op.
fleet-no-result = Plesk heeft geen resultaat gestuurd
# De zin over waar een sleutel geldig is: de zinsdelen (hieronder), gescheiden door puntkomma's.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Op geen enkele server geldig
fleet-valid-on-one = Geldig op { $server }
# $servers: elke server als "fleet-found-as", gescheiden door komma's.
fleet-valid-on-several = Geldig op { $count } servers, als aparte sleutel op elke server: { $servers }
fleet-found-as = { $server } als sleutel { $id }
fleet-not-found-on = niet gevonden op { $servers }
# $servers: elke server als "fleet-failed-on", gescheiden door puntkomma's.
fleet-could-not-ask = kon { $servers } niet bevragen
fleet-failed-on = { $server }: { $reason }
