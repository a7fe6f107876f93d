### Lo que se escribió y no se puede enviar a Plesk: direcciones, listas de claves, descripciones y nombres de usuario
### (los argumentos de la CLI, más adelante los campos del panel).

## Un carácter que XML no puede transportar (el código del carácter como U+XXXX, su posición contando desde 1).

input-forbidden-description = La descripción contiene un carácter que XML no puede transportar (U+{ $code } en la posición { $position }); elimínelo.
input-forbidden-login = El nombre de usuario del propietario contiene un carácter que XML no puede transportar (U+{ $code } en la posición { $position }); elimínelo.
input-forbidden-key = La clave contiene un carácter que XML no puede transportar (U+{ $code } en la posición { $position }); elimínelo.
input-forbidden-addresses = La lista de direcciones IP contiene un carácter que XML no puede transportar (U+{ $code } en la posición { $position }); elimínelo.

## Demasiado largo.

input-too-long-description = La descripción tiene { $length } caracteres; se permiten como máximo { $max }.
input-too-long-login = El nombre de usuario del propietario tiene { $length } caracteres; se permiten como máximo { $max }.
input-too-long-key = La clave tiene { $length } caracteres; se permiten como máximo { $max }.
input-too-long-addresses = La lista de direcciones IP tiene { $length } caracteres; se permiten como máximo { $max }.

## Vacío.

input-empty-description = La descripción está vacía.
input-empty-login = El nombre de usuario del propietario está vacío.
input-empty-key = La clave está vacía.
input-empty-addresses = La lista de direcciones IP está vacía.

## Direcciones IP.

input-addresses = Direcciones IP: { $reason }
input-not-an-address = '{ $entry }' no es una dirección IPv4 ni IPv6.
input-not-addresses = Estas no son direcciones IPv4 ni IPv6: { $entries }.
input-list-and = { $first } y { $last }
input-listed-twice = { $address } aparece dos veces.
input-too-many-addresses = { $count } direcciones son demasiadas; una clave puede vincularse como máximo a { $max }.

## Claves.

input-no-key = No se indicó ninguna clave: indique al menos un valor de clave o un ID.
input-too-many-keys = { $count } claves son demasiadas para una sola solicitud; como máximo { $max }.
input-entry = Entrada { $position }: { $reason }
input-old-key-unusable = La clave que se va a sustituir no tiene un ID utilizable: { $reason }
