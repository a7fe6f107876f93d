### O que foi digitado e não pode ser enviado ao Plesk: endereços, listas de chaves, descrições e logins
### (os argumentos da CLI e, mais tarde, os campos do painel).

## Um caractere que o XML não consegue transportar (o código do caractere como U+XXXX, sua posição a partir de 1).

input-forbidden-description = A descrição contém um caractere que o XML não consegue transportar (U+{ $code } na posição { $position }); remova-o.
input-forbidden-login = O login do proprietário contém um caractere que o XML não consegue transportar (U+{ $code } na posição { $position }); remova-o.
input-forbidden-key = A chave contém um caractere que o XML não consegue transportar (U+{ $code } na posição { $position }); remova-o.
input-forbidden-addresses = A lista de endereços IP contém um caractere que o XML não consegue transportar (U+{ $code } na posição { $position }); remova-o.

## Longo demais.

input-too-long-description = A descrição tem { $length } caracteres; são permitidos no máximo { $max }.
input-too-long-login = O login do proprietário tem { $length } caracteres; são permitidos no máximo { $max }.
input-too-long-key = A chave tem { $length } caracteres; são permitidos no máximo { $max }.
input-too-long-addresses = A lista de endereços IP tem { $length } caracteres; são permitidos no máximo { $max }.

## Vazio.

input-empty-description = A descrição está vazia.
input-empty-login = O login do proprietário está vazio.
input-empty-key = A chave está vazia.
input-empty-addresses = A lista de endereços IP está vazia.

## Endereços IP.

input-addresses = Endereços IP: { $reason }
input-not-an-address = '{ $entry }' não é um endereço IPv4 ou IPv6.
input-not-addresses = Estes não são endereços IPv4 ou IPv6: { $entries }.
input-list-and = { $first } e { $last }
input-listed-twice = { $address } aparece duas vezes na lista.
input-too-many-addresses = Endereços demais: { $count }; uma chave pode ser vinculada a no máximo { $max }.

## Chaves.

input-no-key = Nenhuma chave informada: indique pelo menos um valor de chave ou ID.
input-too-many-keys = Chaves demais para uma única requisição: { $count }; no máximo { $max }.
input-entry = Entrada { $position }: { $reason }
input-old-key-unusable = A chave a ser substituída não tem um ID utilizável: { $reason }
