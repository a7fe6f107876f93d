### plesk-keys, de clientopdrachten: wat iemand in een terminal leest (de JSON van --json
### en de sleutelwaarden, ID's en adressen daarin worden nooit vertaald).

## Waar de inloggegevens vandaan komen.

cli-no-credential = geen inloggegevens: stel PLESK_KEY in, gebruik --key-file FILE, of stel PLESK_LOGIN en PLESK_PASSWORD in
cli-key-file-unreadable = kan het sleutelbestand { $path } niet lezen: { $detail }
cli-key-file-empty = het sleutelbestand { $path } is leeg
cli-half-login = PLESK_LOGIN is ingesteld maar PLESK_PASSWORD niet (of andersom)
cli-not-a-header = de inloggegevens bevatten tekens die een HTTP-header niet kan overbrengen
cli-not-visible-ascii = de sleutel of login bevat een spatie, een stuurteken of een niet-ASCII-teken (per ongeluk geplakt?); Plesk en de gateway accepteren alleen zichtbare ASCII

## Welke server.

cli-no-endpoint = geen endpoint: geef --endpoint URL op of stel PLESK_ENDPOINT in (of --servers FILE met --server NAME)
cli-server-without-file = --server vereist --servers FILE (of PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } noemt { $count } servers: kies er een met --server NAME (of --server all voor list, info en create)
cli-unknown-server = er is geen server { $name } in { $file } (wel: { $known })
cli-no-server-key = geen sleutel voor server { $name }: zet hem in { $name }.key in --key-dir DIR, of stel { $variable } in
cli-key-file-readable = het sleutelbestand { $path } is leesbaar voor de groep of anderen: voer chmod 600 erop uit (het bevat een geheime sleutel)
cli-key-file-with-servers = --key-file bevat één sleutel: geef met --servers elke server zijn eigen (--key-dir DIR of PLESK_KEY_<NAME>)
cli-one-server-only = delete en rotate werken op één server: kies die met --server NAME (--server all: list, info, create)
cli-unknown-language = er is geen taal { $tag }: een van { $known }
cli-no-server = geen server om mee te praten

## Sleutels die op de opdrachtregel zijn genoemd.

cli-stdin-unreadable = kan geen sleutels van de standaardinvoer lezen: { $detail }
cli-no-keys-asked = er is om geen enkele sleutel gevraagd
cli-key-in-argument = waarschuwing: een sleutelwaarde die als argument is meegegeven, is zichtbaar voor andere gebruikers van deze machine; geef waarden via de standaardinvoer met `-`.

## --dry-run: wat er verstuurd zou worden.

cli-dry-run-target = POST { $url } (niets verstuurd: --dry-run)
cli-dry-run-server-target = POST { $url } (server { $server }; niets verstuurd: --dry-run)
cli-dry-run-rotate = (daarna: een tweeling van die sleutel maken, en de oude sleutel alleen verwijderen als het maken is gelukt)

## Wat de opdrachten afdrukken.

cli-no-keys = Geen sleutels.
cli-new-key = Nieuwe sleutel (één keer getoond; Plesk kan hem niet opnieuw tonen): { $key }
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
cli-rotate-not-found = de sleutel die vervangen moest worden, is niet gevonden
cli-rotate-old-kept = { $reason }; de oude sleutel { $id } is behouden
cli-rotate-old-deleted = oude sleutel { $id } verwijderd
cli-rotate-old-not-deleted = de nieuwe sleutel is gemaakt, maar de oude sleutel { $id } kon niet worden verwijderd: verwijder hem handmatig

## De fouten van Plesk: de tekst van Plesk blijft zoals Plesk hem stuurde, tussen aanhalingstekens.

cli-plesk-error = Plesk-fout { $code }: { $text }
cli-plesk-error-explained = Plesk-fout { $code }: { $text } ({ $explanation })
