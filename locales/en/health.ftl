### Key health: what is wrong with a key, or worth a look, and what to do (the panel's Health
### column and `plesk-keys report` alike).

## Levels.

health-level-danger = danger
health-level-warning = warning
health-level-note = note

## Owners.

health-owner-administrator = administrator
health-status-active = active
health-status-missing = missing
health-status-unknown = unknown
health-status-number = status { $status }
health-flag-4 = under backup or restore
health-flag-16 = disabled by the administrator
health-flag-32 = disabled by its reseller
health-flag-64 = disabled by the customer
health-flag-256 = expired

## Reasons.

health-reason-owner-missing = Its owner { $login } no longer exists in Plesk.
health-reason-owner-inactive = Its owner { $login } is not active ({ $status }).
health-reason-anywhere-administrator = An administrator's key bound to no address: it works from anywhere.
health-reason-anywhere-key = This key bound to no address: it works from anywhere.
health-reason-wide-administrator = An administrator's key bound to { $range }, a range wider than a /24 or /64.
health-reason-wide-key = This key bound to { $range }, a range wider than a /24 or /64.
health-reason-public-among-private = Bound to the public address { $address } while its other addresses are private.
health-reason-service-address = Bound to { $address }, the address of the Plesk server or of the service in front of it: it works for anyone who can send requests through there.
health-reason-twins = Other keys of the same owner on the same addresses: { $others }.
health-reason-no-description = No description: nobody can tell later what it is for.

## What to do.

health-advice-owner-missing = Delete it.
health-advice-owner-inactive = Delete it if the owner is gone for good.
health-advice-usable-from-anywhere = Rotate it with the addresses it is used from.
health-advice-public-among-private = Check the public address; edit the key without it.
health-advice-service-address = Keep it only for use through that service; otherwise rotate it with the addresses of the machines that use it.
health-advice-twins = Delete the twins left over from a rotation.
health-advice-no-description = Edit it to say what it is for.

## One finding in a line: "danger: Its owner jdoe no longer exists in Plesk. Delete it."

health-finding = { $level }: { $reason } { $advice }
