### Ce qui a été saisi et ne peut pas être envoyé à Plesk : adresses, listes de clés, descriptions et noms d'utilisateur
### (les arguments de la CLI, plus tard les champs du panneau).

## Un caractère que XML ne peut pas transporter (le code du caractère sous la forme U+XXXX, sa position à partir de 1).

input-forbidden-description = La description contient un caractère que XML ne peut pas transporter (U+{ $code } à la position { $position }) ; supprimez-le.
input-forbidden-login = Le nom d'utilisateur du propriétaire contient un caractère que XML ne peut pas transporter (U+{ $code } à la position { $position }) ; supprimez-le.
input-forbidden-key = La clé contient un caractère que XML ne peut pas transporter (U+{ $code } à la position { $position }) ; supprimez-le.
input-forbidden-addresses = La liste d'adresses IP contient un caractère que XML ne peut pas transporter (U+{ $code } à la position { $position }) ; supprimez-le.

## Trop long.

input-too-long-description = La description fait { $length } caractères ; { $max } au maximum sont autorisés.
input-too-long-login = Le nom d'utilisateur du propriétaire fait { $length } caractères ; { $max } au maximum sont autorisés.
input-too-long-key = La clé fait { $length } caractères ; { $max } au maximum sont autorisés.
input-too-long-addresses = La liste d'adresses IP fait { $length } caractères ; { $max } au maximum sont autorisés.

## Vide.

input-empty-description = La description est vide.
input-empty-login = Le nom d'utilisateur du propriétaire est vide.
input-empty-key = La clé est vide.
input-empty-addresses = La liste d'adresses IP est vide.

## Adresses IP.

input-addresses = Adresses IP : { $reason }
input-not-an-address = '{ $entry }' n'est pas une adresse IPv4 ou IPv6.
input-not-addresses = Ce ne sont pas des adresses IPv4 ou IPv6 : { $entries }.
input-list-and = { $first } et { $last }
input-listed-twice = { $address } figure deux fois dans la liste.
input-too-many-addresses = { $count } adresses, c'est trop ; une clé peut être liée à { $max } adresses au maximum.

## Clés.

input-no-key = Aucune clé indiquée : indiquez au moins une valeur de clé ou un ID.
input-too-many-keys = { $count } clés, c'est trop pour une seule requête ; { $max } au maximum.
input-entry = Entrée { $position } : { $reason }
input-old-key-unusable = La clé à remplacer n'a pas d'ID utilisable : { $reason }
