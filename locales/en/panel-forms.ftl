### The panel's forms and dialogs: Create, a key's settings, the new key, Delete, Rotate and Edit,
### the packet inspector, parts loaded on first use, and what goes wrong between the panel and Plesk.

## Create a key.

create-title = Create a key
create-bind-label = Bind to the address Plesk sees
create-bind-hint = Without addresses Plesk binds the key to the address the request comes from: through a gateway, that is the gateway's address.
create-submit = Create key
create-no-address = Give at least one IP address, or tick “Bind to the address Plesk sees”.
# Said once when Create is pressed without a description.
create-empty-description = Add a description, so that you can tell this key apart later — or press Create key again to create it without one.
create-created = Key created. Copy it now: it is shown only once.
# Under the new key: the addresses it is bound to ($addresses: IP addresses).
create-bound-to = Bound to { $addresses }.
create-bound-to-sender = Bound to the address Plesk sees.

## A key's settings (Create, Edit, Create on servers).

settings-addresses-label = IP addresses
settings-no-address = Give at least one IP address.
settings-description-label = Description
settings-owner-label = Owner login
settings-choose-owner = Choose an owner
settings-owner-hint = Optional: a reseller's or customer's login. Empty: the key belongs to you.

## The IP addresses field, checked as it is typed; a secret field.

field-no-address = No address: tick “Bind to the address Plesk sees” to create a key anyway.
field-valid-addresses = { $count ->
    [one] { $count } valid address.
   *[other] { $count } valid addresses.
}
field-typing = Go on typing: the last address is not complete yet.
field-show-key = Show key

## The new key, shown once.

new-key-title = New key
new-key-warning = Copy it now: Plesk keeps only a hash and cannot show this key again. It disappears from this page when you dismiss it.
new-key-copy = Copy
new-key-dismiss = Dismiss
new-key-copied = The new key was copied to the clipboard.
# $reason: why, e.g. new-key-clipboard-refused.
new-key-copy-failed = Copy failed ({ $reason }): select the key and copy it by hand.
new-key-clipboard-refused = the browser refused clipboard access

## Dialogs.

dialog-delete = Delete
dialog-cancel = Cancel

## Delete.

delete-title = Delete key { $id }?
delete-title-keys = Delete { $count } keys?
delete-warning = { $count ->
    [one] This key will stop working at once. This cannot be undone:
   *[other] These keys will stop working at once. This cannot be undone:
}
# One key in the list of keys to delete: its ID, description and owner login.
delete-key-label = key { $id } ({ $description }; { $owner })
delete-no-description = no description
delete-no-owner = no owner
delete-own-warning = One of them is the key this panel is using: you will be logged out after deleting it.
# $summary: what was deleted and what was not.
delete-own-deleted = { $summary } The panel's own key was deleted: you are logged out.

## Rotate and Edit.

rotate-title = Rotate key { $id }
rotate-edit-title = Edit key { $id }
rotate-explanation = A new key is created with the same addresses ({ $addresses }), description and owner. The old key { $id } is deleted only after that succeeded and you confirm.
rotate-edit-hint = Plesk has no update operation for keys: saving creates a new key with these settings; the old key is deleted only after that succeeded and you confirm.
rotate-any-address-warning = This key works from any address. Plesk's XML API cannot create such a key: the new key is bound to the addresses given, or with none to the address Plesk sees (this panel's gateway).
rotate-create = Create new key
rotate-save = Save as new key
rotate-replaces = Replaces key { $id }.
rotate-created = New key created. Copy it, then decide whether to delete key { $id }.
rotate-create-failed = No new key was created; key { $id } was kept: { $reason }
rotate-delete-old-question = The new key works now. Delete the old key { $id }?
rotate-own-warning = The old key is the one this panel uses: you will be logged out after deleting it.
rotate-delete-old = Delete old key { $id }
rotate-keep-old = Keep old key
rotate-kept = Key { $id } was kept; both keys now work.
rotate-deleted = Key { $id } deleted; the new key replaces it.
rotate-own-deleted = Key { $id } deleted. It was the panel's own key: connect with the new key.
rotate-not-deleted = Key { $id } was not deleted: { $reason }
rotate-no-result = Key { $id }: Plesk sent no result.

## The packet inspector.

inspector-title = Packet inspector
inspector-hint = The last requests and answers, with key values and passwords removed.
inspector-copy-curl = Copy as curl
inspector-exchange = Exchange { $number }
inspector-request = Request { $number }
inspector-response = Response { $number }
inspector-no-request = No request yet.
# $variable: the shell variable standing for the key ($PLESK_KEY).
inspector-copied = The last request was copied as a curl command (the key is { $variable }).
inspector-copy-failed = Copy failed: the browser refused clipboard access.
inspector-too-long = (not shown: { $size } bytes, more than the { $limit } the inspector shows; use the command line client for long lists)
inspector-not-utf8 = (not shown: the packet is not UTF-8 text)
# $reason: why the packet is not XML the inspector can show (api-xml-…).
inspector-not-shown = (not shown: { $reason })

## Parts of the panel fetched when first used.

part-loading = Loading…
part-loading-dialog = Loading this part of the panel…
part-not-loaded = Could not load this part of the panel (is the network down?).
part-failed-title = Could not open this
part-retry = Retry

## Between the panel and Plesk.

api-network = The panel could not reach the agent endpoint ({ $detail }). Check the network connection and that the gateway is running.
api-timeout = No answer within { $seconds } seconds. The gateway or Plesk may be overloaded; try again.
api-too-large = The gateway refused the request as too large (HTTP 413).
api-bad-gateway = The gateway could not reach the Plesk server (HTTP 502). Plesk may be down, or the gateway points to the wrong address.
api-gateway-timeout = The Plesk server did not answer the gateway in time (HTTP 504). Try again; if it persists, check the Plesk server.
api-http = The agent endpoint answered HTTP { $status } instead of a Plesk packet.
api-refused = The gateway refused the request (HTTP { $status }).
# The gateway's refusals, by the code it sends (`x-plesk-keys-refusal`), in the same words as
# `plesk-keys serve` writes them in English.
api-refusal-not-signed-in = Sign in through the portal first: this panel works for signed-in people only.
api-refusal-session-ended = Your session has ended (expired, signed out, or never begun): sign in again; what you typed stays in the form.
api-refusal-identity-refused = The sign-in headers were refused (sent twice, not plain text, spelt with underscores, or from an address that is not the portal's proxy).
api-refusal-cross-site = Only the panel's own page may send requests here (same origin).
api-refusal-server-out-of-scope = You have no access to this server.
api-refusal-foreign-origin = This origin is not allowed to use the agent path.
api-unreadable = The answer could not be read: { $reason }
api-unexpected-shape = Plesk answered { $received } results where { $expected } were expected; nothing was assumed.
# An error Plesk reported: what it means (plesk-error-…), its code and Plesk's own text.
api-plesk-error = { $explanation } (Plesk error { $code }: { $text })
# 11003 when Plesk's text says the key is not found (Plesk 18.0.33 and later).
api-plesk-unknown-key = Plesk does not know this secret key: it may have been deleted, or be mistyped.
# 1006 when Plesk's text says its API access restriction refused the address.
api-plesk-api-restricted = Plesk's API access restriction refuses the address it sees (through a gateway, the gateway's address): ask your administrator to allow it.

## An answer that is not a Plesk packet this panel can read ($element, $field, $root, $parent: XML element names; $snippet: the answer's beginning).

api-answer-too-large = The answer is { $size } bytes, more than the { $limit } bytes this tool reads.
api-answer-not-utf8 = The answer is not valid UTF-8 text.
api-answer-not-a-packet = The answer is XML but not a Plesk packet (its root is <{ $root }>): { $snippet }
api-answer-no-content = The answer holds neither results nor an error.
api-answer-no-status = A <{ $element }> result has no status.
api-answer-unknown-status = A <{ $element }> result has the unknown status '{ $status }'.
api-answer-bad-errcode = A <{ $element }> result has the error code '{ $errcode }', which is not a number from 0 to 4294967295.
api-answer-no-new-key = A successful create result holds no key.
api-answer-malformed-new-key = Plesk's create answer holds a new key of { $length } characters that is not shaped like a key (only letters, digits, '-' and '_'); it is withheld. A key may have been made: check the key list and delete any you do not recognise.
api-answer-incomplete-key-info = A key_info entry has no <{ $field }>.
api-answer-unexpected = The answer has an unexpected <{ $element }> inside <{ $parent }>.
api-xml-empty = The answer is empty.
api-xml-html = The answer is an HTML page, not a Plesk XML packet (often an error page of a proxy): { $snippet }
api-xml-not-xml = The answer is not XML: { $snippet }
api-xml-truncated = The XML is cut off before its end (truncated): { $snippet }
api-xml-doctype = The XML contains a DOCTYPE or entity declaration, which Plesk never sends; it was not processed.
api-xml-unknown-entity = The XML uses the undeclared entity '&{ $name };'.
api-xml-too-deep = The XML nests elements more than { $limit } deep.
api-xml-malformed = The XML is malformed at line { $line }: { $detail }
