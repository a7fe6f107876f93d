### plesk-keys, de clientopdrachten: wat iemand in een terminal leest (de JSON van --json
### en de sleutelwaarden, ID's en adressen daarin worden nooit vertaald).

## Waar de inloggegevens vandaan komen.

cli-no-credential = geen inloggegevens: stel PLESK_KEY in, gebruik --key-file FILE of stel PLESK_LOGIN en PLESK_PASSWORD in
cli-key-file-unreadable = kan het sleutelbestand { $path } niet lezen: { $detail }
cli-key-file-empty = het sleutelbestand { $path } is leeg
cli-half-login = PLESK_LOGIN is ingesteld maar PLESK_PASSWORD niet (of omgekeerd)
cli-not-a-header = de inloggegevens bevatten tekens die niet in een HTTP-header passen
cli-not-visible-ascii = de sleutel of gebruikersnaam bevat een spatie, een stuurteken of een niet-ASCII-teken (per ongeluk meegeplakt?); Plesk en de gateway accepteren alleen zichtbare ASCII-tekens

## Welke server.

cli-no-endpoint = geen endpoint: geef --endpoint URL op of stel PLESK_ENDPOINT in (of gebruik --servers FILE met --server NAME)
cli-server-without-file = --server vereist --servers FILE (of PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } bevat { $count } servers: kies er één met --server NAME (of --server all voor list, info en create)
cli-unknown-server = er is geen server { $name } in { $file } (beschikbaar: { $known })
cli-no-server-key = geen sleutel voor server { $name }: zet die in { $name }.key in --key-dir DIR, of stel { $variable } in
cli-key-file-readable = het sleutelbestand { $path } is mogelijk leesbaar voor de groep of anderen: voer er chmod 600 op uit (het bevat een geheime sleutel)
cli-key-file-with-servers = --key-file bevat één sleutel: geef met --servers elke server een eigen sleutel (--key-dir DIR of PLESK_KEY_<NAME>)
cli-one-server-only = delete en rotate werken op één server: kies die met --server NAME (--server all: list, info, create)
cli-unknown-language = er is geen taal { $tag }: kies uit { $known }
cli-no-server = geen server om verbinding mee te maken

## Sleutels die op de opdrachtregel zijn opgegeven.

cli-stdin-unreadable = kan geen sleutels lezen van standaardinvoer: { $detail }
cli-no-keys-asked = er zijn geen sleutels opgegeven
cli-key-in-argument = waarschuwing: een sleutelwaarde die als argument wordt meegegeven, is zichtbaar voor andere gebruikers van deze machine; geef waarden door via standaardinvoer met `-`.

## --dry-run: wat er verzonden zou worden.

cli-dry-run-target = POST { $url } (niets verzonden: --dry-run)
cli-dry-run-server-target = POST { $url } (server { $server }; niets verzonden: --dry-run)
cli-dry-run-rotate = (daarna: een nieuwe sleutel met dezelfde instellingen aanmaken, en de oude sleutel alleen verwijderen als het aanmaken is gelukt)

## Wat de opdrachten weergeven.

cli-key-id = sleutel { $id }
cli-key-value = sleutelwaarde { $start }…
cli-no-keys = Geen sleutels.
cli-new-key = Nieuwe sleutel (wordt eenmalig getoond; Plesk kan hem niet opnieuw tonen): { $key }
cli-deleted = verwijderd: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } sleutel niet getoond
       *[other] { $count } sleutels niet getoond
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } sleutel niet verwijderd
       *[other] { $count } sleutels niet verwijderd
    }
cli-rotate-not-found = de te roteren sleutel is niet gevonden
cli-rotate-old-kept = { $reason }; de oude sleutel { $id } is behouden
cli-rotate-old-deleted = de oude sleutel { $id } is verwijderd
cli-rotate-old-not-deleted = de nieuwe sleutel is aangemaakt, maar de oude sleutel { $id } kon niet worden verwijderd: verwijder die handmatig

## Meerdere servers tegelijk (--server all).

cli-request-task-failed = een verzoektaak is mislukt: { $detail }
cli-server-failed = server { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] { $failed } van { $count } server mislukt ({ $names }); { $consequence }
       *[other] { $failed } van de { $count } servers mislukt ({ $names }); { $consequence }
    }
cli-others-keys-shown = de sleutels van de overige servers worden getoond
cli-others-answers-shown = de antwoorden van de overige servers worden getoond
cli-no-key-made-there = daar is geen sleutel aangemaakt
cli-found-on-no-server = { $key }: op geen enkele server gevonden
cli-found-on = { $key }: gevonden op { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } sleutel op geen enkele server gevonden
       *[other] { $count } sleutels op geen enkele server gevonden
    }
cli-new-keys = Nieuwe sleutels (worden eenmalig getoond; Plesk kan ze niet opnieuw tonen):

## De weg naar de server.

cli-not-a-url = '{ $url }' is geen URL; geef een basis-URL van Plesk op, zoals https://plesk.example.com:8443
cli-not-https = '{ $url }' moet beginnen met https:// (of http:// voor loopbacktests)
cli-not-a-base = '{ $url }' moet een basis-URL zijn zonder query of fragment
cli-user-in-url = een URL met een gebruikersnaam of wachtwoord vóór de host (user:password@host) wordt geweigerd: die zou in labels en logboeken verschijnen, en Plesk leest inloggegevens alleen uit headers; geef de sleutel in plaats daarvan in een sleutelbestand of in het paneel
cli-timeout = geen antwoord binnen { $seconds } s
cli-unreachable = kan { $url } niet bereiken: { $detail }
cli-redirect = de server antwoordde met een doorverwijzing (HTTP { $status }), die nooit wordt gevolgd
cli-answer-too-large = het antwoord is groter dan { $bytes } bytes
cli-answer-unreadable = het antwoord kon niet worden gelezen: { $detail }
cli-answer-not-utf8 = het antwoord is geen UTF-8
cli-http-status = HTTP { $status } van { $url }: { $body }

## report.

cli-no-findings = geen
cli-report-finding = sleutel { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } sleutel met een bevinding van niveau { $level } of erger
       *[other] { $count } sleutels met een bevinding van niveau { $level } of erger
    }
cli-customers = klanten
cli-resellers = resellers
cli-owners-unknown = de status van de eigenaren is onbekend (bij het opvragen van { $what }: { $reason })

## Tabellen en waarschuwingen.

cli-column-server = Server
cli-column-id = ID
cli-column-addresses = IP-adressen
cli-column-description = Beschrijving
cli-column-owner = Eigenaar
cli-column-owner-status = Status eigenaar
cli-column-findings = Bevindingen
cli-list-separator = { ", " }
cli-any-address = elk adres (geen IP-beperking)
cli-plain-http = waarschuwing: { $url } is onversleuteld http:// naar een andere machine: de sleutel of het wachtwoord gaat onversleuteld over het netwerk; gebruik https://

## Fouten van Plesk: de tekst van Plesk zelf blijft zoals Plesk hem stuurde, tussen aanhalingstekens.

cli-plesk-error = Plesk-fout { $code }: { $text }
cli-plesk-error-explained = Plesk-fout { $code }: { $text } ({ $explanation })
