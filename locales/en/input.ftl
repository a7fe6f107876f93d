### What was typed and cannot be sent to Plesk: addresses, key lists, descriptions and logins
### (the CLI's arguments, later the panel's fields).

## A character XML cannot carry (the character's code as U+XXXX, its position from 1).

input-forbidden-description = The description contains a character XML cannot carry (U+{ $code } at position { $position }); remove it.
input-forbidden-login = The owner login contains a character XML cannot carry (U+{ $code } at position { $position }); remove it.
input-forbidden-key = The key contains a character XML cannot carry (U+{ $code } at position { $position }); remove it.
input-forbidden-addresses = The IP address list contains a character XML cannot carry (U+{ $code } at position { $position }); remove it.

## Too long.

input-too-long-description = The description is { $length } characters long; at most { $max } are allowed.
input-too-long-login = The owner login is { $length } characters long; at most { $max } are allowed.
input-too-long-key = The key is { $length } characters long; at most { $max } are allowed.
input-too-long-addresses = The IP address list is { $length } characters long; at most { $max } are allowed.

## Empty.

input-empty-description = The description is empty.
input-empty-login = The owner login is empty.
input-empty-key = The key is empty.
input-empty-addresses = The IP address list is empty.

## IP addresses.

input-addresses = IP addresses: { $reason }
input-not-an-address = '{ $entry }' is not an IPv4 or IPv6 address.
input-not-addresses = These are not IPv4 or IPv6 addresses: { $entries }.
input-list-and = { $first } and { $last }
input-listed-twice = { $address } is listed twice.
input-too-many-addresses = { $count } addresses are too many; a key can be bound to at most { $max }.

## Keys.

input-no-key = No key given: name at least one key value or ID.
input-too-many-keys = { $count } keys are too many for one request; at most { $max }.
input-entry = Entry { $position }: { $reason }
input-old-key-unusable = The key to replace has no usable ID: { $reason }
