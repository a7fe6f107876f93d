### plesk-keys, los comandos de cliente: lo que lee una persona en el terminal (el JSON de --json
### y los valores de clave, los ID y las direcciones que contiene nunca se traducen).

## De dónde salen las credenciales.

cli-no-credential = no hay credenciales: defina PLESK_KEY, use --key-file FILE o defina PLESK_LOGIN y PLESK_PASSWORD
cli-key-file-unreadable = no se puede leer el archivo de clave { $path }: { $detail }
cli-key-file-empty = el archivo de clave { $path } está vacío
cli-half-login = PLESK_LOGIN está definida pero PLESK_PASSWORD no (o al revés)
cli-not-a-header = las credenciales contienen caracteres que una cabecera HTTP no puede transportar
cli-not-visible-ascii = la clave o el nombre de usuario contiene un espacio, un carácter de control o un carácter no ASCII (¿pegado por error?); Plesk y la pasarela solo aceptan caracteres ASCII visibles

## Qué servidor.

cli-no-endpoint = no hay ningún endpoint: indique --endpoint URL o defina PLESK_ENDPOINT (o --servers FILE con --server NAME)
cli-server-without-file = --server requiere --servers FILE (o PLESK_SERVERS)
cli-servers-file = --servers: { $detail }
cli-ambiguous-server = { $file } contiene { $count } servidores: elija uno con --server NAME (o --server all para list, info y create)
cli-unknown-server = no hay ningún servidor { $name } en { $file } (servidores disponibles: { $known })
cli-no-server-key = no hay ninguna clave para el servidor { $name }: guárdela en { $name }.key dentro de --key-dir DIR o defina { $variable }
cli-key-file-readable = puede que el grupo u otros usuarios puedan leer el archivo de clave { $path }: aplíquele chmod 600 (contiene una clave secreta)
cli-key-file-with-servers = --key-file contiene una sola clave: con --servers, asigne a cada servidor la suya propia (--key-dir DIR o PLESK_KEY_<NAME>)
cli-one-server-only = delete y rotate actúan sobre un solo servidor: elíjalo con --server NAME (--server all: list, info, create)
cli-unknown-language = no existe el idioma { $tag }: elija uno de { $known }
cli-no-server = no hay ningún servidor con el que comunicarse

## Claves indicadas en la línea de comandos.

cli-stdin-unreadable = no se pueden leer las claves de la entrada estándar: { $detail }
cli-no-keys-asked = no se indicó ninguna clave
cli-key-in-argument = advertencia: un valor de clave pasado como argumento es visible para otros usuarios de esta máquina; pase los valores por la entrada estándar con `-`.

## --dry-run: lo que se enviaría.

cli-dry-run-target = POST { $url } (no se envió nada: --dry-run)
cli-dry-run-server-target = POST { $url } (servidor { $server }; no se envió nada: --dry-run)
cli-dry-run-rotate = (después: crear una clave nueva con la misma configuración y eliminar la clave antigua solo si la creación se realizó correctamente)

## Lo que muestran los comandos.

cli-key-id = clave { $id }
cli-key-value = valor de clave { $start }…
cli-no-keys = No hay claves.
cli-new-key = Clave nueva (se muestra una sola vez; Plesk no puede volver a mostrarla): { $key }
cli-deleted = clave eliminada: { $key }
cli-keys-not-shown =
    { $count ->
        [one] { $count } clave no mostrada
       *[other] { $count } claves no mostradas
    }
cli-keys-not-deleted =
    { $count ->
        [one] { $count } clave no eliminada
       *[other] { $count } claves no eliminadas
    }
cli-rotate-not-found = no se encontró la clave que había que rotar
cli-rotate-old-kept = { $reason }; se conservó la clave antigua { $id }
cli-rotate-old-deleted = se eliminó la clave antigua { $id }
cli-rotate-old-not-deleted = se creó la clave nueva, pero no se pudo eliminar la clave antigua { $id }: elimínela manualmente

## Varios servidores a la vez (--server all).

cli-request-task-failed = falló una tarea de solicitud: { $detail }
cli-server-failed = servidor { $server }: { $reason }
cli-servers-failed =
    { $failed ->
        [one] falló { $failed } de { $count } servidores ({ $names }); { $consequence }
       *[other] fallaron { $failed } de { $count } servidores ({ $names }); { $consequence }
    }
cli-others-keys-shown = se muestran las claves de los demás
cli-others-answers-shown = se muestran las respuestas de los demás
cli-no-key-made-there = allí no se creó ninguna clave
cli-found-on-no-server = { $key }: no se encontró en ningún servidor
cli-found-on = { $key }: encontrada en { $servers }
cli-keys-found-nowhere =
    { $count ->
        [one] { $count } clave no encontrada en ningún servidor
       *[other] { $count } claves no encontradas en ningún servidor
    }
cli-new-keys = Claves nuevas (se muestran una sola vez; Plesk no puede volver a mostrarlas):

## El camino hasta el servidor.

cli-not-a-url = '{ $url }' no es una URL; indique una URL base de Plesk como https://plesk.example.com:8443
cli-not-https = '{ $url }' debe empezar por https:// (o http:// para pruebas en loopback)
cli-not-a-base = '{ $url }' debe ser una URL base sin consulta ni fragmento
cli-user-in-url = se rechaza una URL con nombre de usuario o contraseña antes del host (user:password@host): aparecería en etiquetas y registros, y Plesk solo lee las credenciales de las cabeceras; indique la clave en un archivo de clave o en el panel
cli-timeout = sin respuesta en { $seconds } s
cli-unreachable = no se puede acceder a { $url }: { $detail }
cli-redirect = el servidor respondió con una redirección (HTTP { $status }), que nunca se sigue
cli-answer-too-large = la respuesta supera los { $bytes } bytes
cli-answer-unreadable = no se pudo leer la respuesta: { $detail }
cli-answer-not-utf8 = la respuesta no está en UTF-8
cli-http-status = HTTP { $status } de { $url }: { $body }

## report.

cli-no-findings = ninguno
cli-report-finding = clave { $id }: { $finding }
cli-report-fail-on =
    { $count ->
        [one] { $count } clave con un hallazgo de nivel { $level } o peor
       *[other] { $count } claves con un hallazgo de nivel { $level } o peor
    }
cli-customers = clientes
cli-resellers = revendedores
cli-owners-unknown = se desconoce el estado de los propietarios (al consultar { $what }: { $reason })

## Tablas y avisos.

cli-column-server = Servidor
cli-column-id = ID
cli-column-addresses = Direcciones IP
cli-column-description = Descripción
cli-column-owner = Propietario
cli-column-owner-status = Estado del propietario
cli-column-findings = Hallazgos
cli-list-separator = { ", " }
cli-any-address = cualquier dirección (sin restricción de IP)
cli-plain-http = aviso: { $url } es http:// sin cifrar hacia otra máquina: la clave o la contraseña cruzan la red sin cifrar; use https://

## Los errores de Plesk: el texto de Plesk se deja tal como lo envió Plesk, entre comillas.

cli-plesk-error = Error de Plesk { $code }: { $text }
cli-plesk-error-explained = Error de Plesk { $code }: { $text } ({ $explanation })
