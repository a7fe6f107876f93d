### The panel: connecting (the connect and sign-in forms, the session, the idle time-out, the theme switch), a portal's sign-in and key hand-off, and a fleet of servers (the Server picker, All servers).

## The connect form.

connect-title = Connect to Plesk
connect-key-label = API key
connect-need-key = Paste an API key (a Plesk secret key) first.
connect-keep-legend = Keep the key
connect-keep-tab = In this tab (survives a reload of this tab)
connect-keep-memory = In memory only (gone on reload)
connect-button = Connect
connect-checking-key = Checking the key…
connect-retry = Retry

## The sign-in form (login and password).

connect-sign-in-summary = Sign in with login and password
connect-sign-in-hint = For an administrator without a key yet. The password stays in this page's memory only; you can create a key for this browser right after.
connect-login-label = Login
connect-password-label = Password
connect-need-login = Give both the login and the password.
connect-sign-in-button = Sign in
connect-checking = Checking…

## What Plesk said of the credential ($error: the error, as Plesk or the connection gave it).

connect-refused = Plesk refused this credential: { $error }
connect-unreachable = Plesk could not be asked: { $error }

## The header's "where and who": the host the panel talks to, and the login of the credential.

connect-where-and-who = { $host } — { $login }

## The session.

session-storage-unavailable = This browser does not allow the panel to use session storage (private mode or blocked storage); the key is kept in memory for this page only.

## The idle time-out.

# $seconds: whole seconds left before the log-out.
idle-warning = No activity for a while: you will be logged out in { $seconds } s. Press “Stay signed in” to continue.
idle-stay = Stay signed in

## The theme switch.

theme-dark = Dark theme

## Signed in by a portal (who is signed in, from the service).

# $error: why the service could not be asked.
portal-session-unreachable = The panel could not ask who is signed in ({ $error }).
portal-no-server = You are signed in, but no server is open to you. Ask your administrator for access.
portal-session-unreadable = The service's answer about who is signed in could not be read.
# $status: the HTTP status code of the service's answer.
portal-not-signed-in = You are not signed in (HTTP { $status }). Open the panel through your portal.

## Keys handed over by an embedding portal.

# $name: the server name the portal gave.
portal-no-such-server = no server is called "{ $name }"
# One refused key: $server, the server's label; $problem, why it was refused.
portal-problem-on-server = { $server }: { $problem }
# $problems: every refused key, separated by semicolons.
portal-keys-not-used = Keys handed over by the portal were not used: { $problems }.
portal-connected = Connected with the key(s) handed over by the portal (kept in memory only).
# $servers: the labels of the servers connected, separated by commas.
portal-connected-to = Connected to { $servers } with the key(s) handed over by the portal (kept in memory only).

## The Server picker.

fleet-server-label = Server
fleet-all-servers = All servers

## All servers: the table of every server's keys.

fleet-actions-label = Key list actions
fleet-refresh = Refresh
fleet-export-csv = Export CSV
fleet-export-json = Export JSON
fleet-show-server = Show server
fleet-every-server = Every server
fleet-servers-label = Servers
fleet-empty = No secret keys on these servers yet.
fleet-one-server-hint = Rotate and edit work on one server: pick it under Server.
# The line of one server above the table ($server: its label).
fleet-status-not-connected = { $server }: not connected (pick it under Server to connect)
fleet-status-loading = { $server }: loading…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } key
       *[other] { $count } keys
    }
fleet-status-refreshing = { $server }: refreshing… ({ $count } shown)
# $reason: why the server's keys could not be listed.
fleet-status-failed = { $server }: { $reason }
# The count line under the table.
fleet-loading-from = Loading keys from { $count ->
        [one] { $count } server
       *[other] { $count } servers
    }…
fleet-count = { $keys ->
        [one] { $keys } key
       *[other] { $keys } keys
    } on { $loaded } of { $servers ->
        [one] { $servers } server
       *[other] { $servers } servers
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } key
       *[other] { $keys } keys
    } on { $loaded } of { $servers ->
        [one] { $servers } server
       *[other] { $servers } servers
    } ({ $refreshing } refreshing)
# The name of a row's Delete button.
fleet-delete-key-on = Delete key { $id } on { $server }

## All servers: deleting keys.

fleet-delete-one-title = Delete key { $id } on { $server }?
fleet-delete-on-server-title = Delete { $count } keys on { $server }?
fleet-delete-on-servers-title = Delete { $count } keys on { $servers } servers?
fleet-delete-warning = { $count ->
        [one] This key stops working at once on its server. This cannot be undone:
       *[other] These keys stop working at once on their servers. This cannot be undone:
    }
# One key in the confirmation's list.
fleet-delete-item = key { $id } on { $server }
fleet-key-deleted = Key { $id } deleted on { $server }.
# One key not deleted ($reason: why).
fleet-delete-failure = key { $id } on { $server }: { $reason }
# Why a server was not asked to delete.
fleet-not-connected = not connected

## All servers: Create on servers.

fleet-create-title = Create on servers
fleet-create-hint = One key on every connected server (a monitoring system's key, say): each server's value is different and shown once.
fleet-invalid-addresses = IP addresses: { $reason }
fleet-need-address = Give at least one IP address for the keys on every server.
fleet-connect-first = Connect at least one server first (pick it under Server).
fleet-keys-created = Keys created: copy them now, each is shown once.
fleet-keys-created-elsewhere = Keys created on servers: open All servers to copy them (each is shown once).
fleet-new-keys-title = New keys
# Before a server's new key.
fleet-new-key-server = { $server }:
fleet-copy = Copy
fleet-copy-key-of = Copy the key of { $server }
fleet-copied = The key was copied to the clipboard.
fleet-copy-failed = Copy failed ({ $reason }): select the key and copy it by hand.
fleet-not-created = { $server }: no key was created: { $reason }
fleet-copy-warning = Copy them now: Plesk keeps only hashes and cannot show these keys again.
fleet-copy-all = Copy all
fleet-copied-all = The new keys were copied as NAME=value lines.
fleet-copy-all-failed = Copy failed ({ $reason }): select the keys and copy them by hand.
fleet-dismiss = Dismiss

## All servers: Find on all servers.

fleet-find-title = Find on all servers
fleet-find-label = Key value or ID
fleet-give-one-key = Give one key value or ID.
fleet-no-result = Plesk sent no result
# The sentence for where a key is valid: its clauses (below) separated by semicolons.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = Valid on no server
fleet-valid-on-one = Valid on { $server }
# $servers: each server as "fleet-found-as", separated by commas.
fleet-valid-on-several = Valid on { $count } servers, as a separate key on each: { $servers }
fleet-found-as = { $server } as key { $id }
fleet-not-found-on = not found on { $servers }
# $servers: each server as "fleet-failed-on", separated by semicolons.
fleet-could-not-ask = could not ask { $servers }
fleet-failed-on = { $server }: { $reason }
