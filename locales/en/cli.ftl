### plesk-keys, the client commands: what a person at a terminal reads (the JSON of --json
### and the key values, IDs and addresses in it are never translated).

## Where the credential comes from.

cli-no-credential = no credential: set PLESK_KEY, or use --key-file FILE, or set PLESK_LOGIN and PLESK_PASSWORD
cli-key-file-unreadable = cannot read the key file { $path }: { $detail }
cli-key-file-empty = the key file { $path } is empty
cli-half-login = PLESK_LOGIN is set but PLESK_PASSWORD is not (or the other way round)
cli-not-a-header = the credential contains characters an HTTP header cannot carry
cli-not-visible-ascii = the key or login holds a space, a control or a non-ASCII character (pasted by mistake?); Plesk and the gateway take visible ASCII only

## Which server.

cli-no-endpoint = no endpoint: pass --endpoint URL or set PLESK_ENDPOINT (or --servers FILE with --server NAME)
cli-server-without-file = --server needs --servers FILE (or PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } names { $count } servers: pick one with --server NAME (or --server all for list, info and create)
cli-unknown-server = there is no server { $name } in { $file } (it has { $known })
cli-no-server-key = no key for server { $name }: put it in { $name }.key in --key-dir DIR, or set { $variable }
cli-key-file-readable = the key file { $path } may be read by group or others: chmod 600 it (it holds a secret key)
cli-key-file-with-servers = --key-file holds one key: with --servers, give each server its own (--key-dir DIR or PLESK_KEY_<NAME>)
cli-one-server-only = delete and rotate act on one server: pick it with --server NAME (--server all: list, info, create)
cli-unknown-language = there is no language { $tag }: one of { $known }
cli-no-server = no server to talk to

## Keys named on the command line.

cli-stdin-unreadable = cannot read keys from standard input: { $detail }
cli-no-keys-asked = no keys were asked for
cli-key-in-argument = warning: a key value given as an argument is visible to other users of this machine; pass values on standard input with `-`.

## --dry-run: what would be sent.

cli-dry-run-target = POST { $url } (nothing sent: --dry-run)
cli-dry-run-server-target = POST { $url } (server { $server }; nothing sent: --dry-run)
cli-dry-run-rotate = (then: create a twin of that key, and delete the old key only if the create succeeded)

## What the commands print.

cli-key-id = key { $id }
cli-key-value = key value { $start }…
cli-no-keys = No keys.
cli-new-key = New key (shown once; Plesk cannot show it again): { $key }
cli-deleted = deleted { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } key not shown
       *[other] { $count } keys not shown
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } key not deleted
       *[other] { $count } keys not deleted
    }
cli-rotate-not-found = the key to rotate was not found
cli-rotate-old-kept = { $reason }; the old key { $id } was kept
cli-rotate-old-deleted = deleted the old key { $id }
cli-rotate-old-not-deleted = the new key was created, but the old key { $id } could not be deleted: delete it by hand

## Several servers at once (--server all).

cli-request-task-failed = a request task failed: { $detail }
cli-server-failed = server { $server }: { $reason }
cli-servers-failed =
    { $count ->
        [one] { $failed } of { $count } server failed ({ $names }); { $consequence }
       *[other] { $failed } of { $count } servers failed ({ $names }); { $consequence }
    }
cli-others-keys-shown = the keys of the others are shown
cli-others-answers-shown = the others' answers are shown
cli-no-key-made-there = no key was made there
cli-found-on-no-server = { $key }: found on no server
cli-found-on = { $key }: found on { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } key found on no server
       *[other] { $count } keys found on no server
    }
cli-new-keys = New keys (shown once; Plesk cannot show them again):

## The way to the server.

cli-not-a-url = '{ $url }' is not a URL; give a Plesk base URL such as https://plesk.example.com:8443
cli-not-https = '{ $url }' must start with https:// (or http:// for loopback tests)
cli-not-a-base = '{ $url }' must be a base URL without a query or fragment
cli-user-in-url = a URL with a user name or password before the host (user:password@host) is refused: it would be shown in labels and logs, and Plesk reads credentials only from headers; give the key in a key file or the panel instead
cli-timeout = no answer within { $seconds } s
cli-unreachable = cannot reach { $url }: { $detail }
cli-redirect = the server answered with a redirect (HTTP { $status }), which is never followed
cli-answer-too-large = the answer is larger than { $bytes } bytes
cli-answer-unreadable = the answer could not be read: { $detail }
cli-answer-not-utf8 = the answer is not UTF-8
cli-http-status = HTTP { $status } from { $url }: { $body }

## report.

cli-no-findings = none
cli-report-finding = key { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } key with a { $level } finding or worse
       *[other] { $count } keys with a { $level } finding or worse
    }
cli-customers = customers
cli-resellers = resellers
cli-owners-unknown = the owners' status is unknown (asking about { $what }: { $reason })

## Tables and warnings.

cli-column-server = Server
cli-column-id = ID
cli-column-addresses = IP addresses
cli-column-description = Description
cli-column-owner = Owner
cli-column-owner-status = Owner status
cli-column-findings = Findings
cli-list-separator = { ", " }
cli-any-address = any address (no IP restriction)
cli-plain-http = warning: { $url } is plain http:// to another machine: the key or password crosses the network unencrypted; use https://

## Plesk's errors: Plesk's own text stays as Plesk sent it, in quotes.

cli-plesk-error = Plesk error { $code }: { $text }
cli-plesk-error-explained = Plesk error { $code }: { $text } ({ $explanation })
