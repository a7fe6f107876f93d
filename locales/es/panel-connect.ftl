### El panel: la conexión (los formularios de conexión y de inicio de sesión, la sesión, el cierre por inactividad, el selector de tema), el inicio de sesión y la entrega de claves de un portal, y un conjunto de servidores (el selector Servidor, Todos los servidores).

## El formulario de conexión.

connect-title = Conectarse a Plesk
connect-key-label = Clave API
connect-need-key = Pegue primero una clave API (una clave secreta de Plesk).
connect-keep-legend = Conservar la clave
connect-keep-tab = En esta pestaña (se conserva al volver a cargar esta pestaña)
connect-keep-memory = Solo en memoria (se pierde al volver a cargar)
connect-button = Conectar
connect-checking-key = Comprobando la clave…
connect-retry = Reintentar

## El formulario de inicio de sesión (nombre de usuario y contraseña).

connect-sign-in-summary = Iniciar sesión con nombre de usuario y contraseña
connect-sign-in-hint = Para un administrador que aún no tiene ninguna clave. La contraseña solo se conserva en la memoria de esta página; justo después podrá crear una clave para este navegador.
connect-login-label = Nombre de usuario
connect-password-label = Contraseña
connect-need-login = Indique el nombre de usuario y la contraseña.
connect-sign-in-button = Iniciar sesión
connect-checking = Comprobando…

## Lo que dijo Plesk de las credenciales ($error: el error, tal como lo dio Plesk o la conexión).

connect-refused = Plesk rechazó estas credenciales: { $error }
connect-unreachable = No se pudo consultar a Plesk: { $error }

## El «dónde y quién» del encabezado: el host con el que se comunica el panel y el nombre de usuario de las credenciales.

connect-where-and-who = { $host } — { $login }

## La sesión.

session-storage-unavailable = Este navegador no permite que el panel use el almacenamiento de sesión (modo privado o almacenamiento bloqueado); la clave se conserva en memoria solo para esta página.

## El cierre de sesión por inactividad.

# $seconds: los segundos completos que faltan para el cierre de sesión.
idle-warning = Sin actividad desde hace un rato: su sesión se cerrará en { $seconds } s. Pulse «Mantener la sesión» para continuar.
idle-stay = Mantener la sesión

## El selector de tema.

theme-dark = Tema oscuro

## Sesión iniciada a través de un portal (quién ha iniciado sesión, según el servicio).

# $error: por qué no se pudo consultar al servicio.
portal-session-unreachable = El panel no pudo consultar quién ha iniciado sesión ({ $error }).
portal-no-server = Ha iniciado sesión, pero no tiene acceso a ningún servidor. Pida acceso a su administrador.
portal-session-unreadable = No se pudo leer la respuesta del servicio sobre quién ha iniciado sesión.
# $status: el código de estado HTTP de la respuesta del servicio.
portal-not-signed-in = No ha iniciado sesión (HTTP { $status }). Abra el panel a través de su portal.

## Claves entregadas por un portal que integra el panel.

# $name: el nombre de servidor que indicó el portal.
portal-no-such-server = no hay ningún servidor llamado «{ $name }»
# Una clave rechazada: $server, la etiqueta del servidor; $problem, por qué se rechazó.
portal-problem-on-server = { $server }: { $problem }
# $problems: todas las claves rechazadas, separadas por punto y coma.
portal-keys-not-used = No se usaron las claves entregadas por el portal: { $problems }.
portal-connected = Conectado con la clave o las claves entregadas por el portal (solo se conservan en memoria).
# $servers: las etiquetas de los servidores conectados, separadas por comas.
portal-connected-to = Conectado a { $servers } con la clave o las claves entregadas por el portal (solo se conservan en memoria).

## El selector Servidor.

fleet-server-label = Servidor
fleet-all-servers = Todos los servidores

## Todos los servidores: la tabla con las claves de cada servidor.

fleet-actions-label = Acciones de la lista de claves
fleet-refresh = Actualizar
fleet-export-csv = Exportar CSV
fleet-export-json = Exportar JSON
fleet-show-server = Mostrar servidor
fleet-every-server = Todos los servidores
fleet-servers-label = Servidores
fleet-empty = Todavía no hay claves secretas en estos servidores.
fleet-one-server-hint = Rotar y Editar actúan sobre un solo servidor: elíjalo en Servidor.
# La línea de un servidor encima de la tabla ($server: su etiqueta).
fleet-status-not-connected = { $server }: no conectado (elíjalo en Servidor para conectarse)
fleet-status-loading = { $server }: cargando…
fleet-status-keys = { $server }: { $count ->
        [one] { $count } clave
       *[other] { $count } claves
    }
fleet-status-refreshing = { $server }: actualizando… (mostradas: { $count })
# $reason: por qué no se pudieron listar las claves del servidor.
fleet-status-failed = { $server }: { $reason }
# La línea del recuento debajo de la tabla.
fleet-loading-from = Cargando claves de { $count ->
        [one] { $count } servidor
       *[other] { $count } servidores
    }…
fleet-count = { $keys ->
        [one] { $keys } clave
       *[other] { $keys } claves
    } en { $loaded } de { $servers ->
        [one] { $servers } servidor
       *[other] { $servers } servidores
    }
fleet-count-refreshing = { $keys ->
        [one] { $keys } clave
       *[other] { $keys } claves
    } en { $loaded } de { $servers ->
        [one] { $servers } servidor
       *[other] { $servers } servidores
    } (actualizándose: { $refreshing })
# El nombre del botón Eliminar de una fila.
fleet-delete-key-on = Eliminar la clave { $id } en { $server }

## Todos los servidores: eliminar claves.

fleet-delete-one-title = ¿Eliminar la clave { $id } en { $server }?
fleet-delete-on-server-title = ¿Eliminar { $count } claves en { $server }?
fleet-delete-on-servers-title = ¿Eliminar { $count } claves en { $servers } servidores?
fleet-delete-warning = { $count ->
        [one] Esta clave dejará de funcionar de inmediato en su servidor. Esta acción no se puede deshacer:
       *[other] Estas claves dejarán de funcionar de inmediato en sus servidores. Esta acción no se puede deshacer:
    }
# Una clave de la lista de confirmación.
fleet-delete-item = clave { $id } en { $server }
fleet-key-deleted = Clave { $id } eliminada en { $server }.
# Una clave no eliminada ($reason: el motivo).
fleet-delete-failure = clave { $id } en { $server }: { $reason }
# Por qué no se pidió a un servidor que eliminara.
fleet-not-connected = no conectado

## Todos los servidores: Crear en servidores.

fleet-create-title = Crear en servidores
fleet-create-hint = Una clave en cada servidor conectado (por ejemplo, la clave de un sistema de monitorización): el valor es distinto en cada servidor y se muestra una sola vez.
fleet-invalid-addresses = Direcciones IP: { $reason }
fleet-need-address = Indique al menos una dirección IP para las claves de todos los servidores.
fleet-connect-first = Conecte primero al menos un servidor (elíjalo en Servidor).
fleet-keys-created = Claves creadas: cópielas ahora, cada una se muestra una sola vez.
fleet-keys-created-elsewhere = Claves creadas en los servidores: abra Todos los servidores para copiarlas (cada una se muestra una sola vez).
fleet-new-keys-title = Claves nuevas
# Antes de la clave nueva de un servidor.
fleet-new-key-server = { $server }:
fleet-copy = Copiar
fleet-copy-key-of = Copiar la clave de { $server }
fleet-copied = La clave se copió al portapapeles.
fleet-copy-failed = No se pudo copiar ({ $reason }): seleccione la clave y cópiela manualmente.
fleet-not-created = { $server }: no se creó ninguna clave: { $reason }
fleet-copy-warning = Cópielas ahora: Plesk solo guarda hashes y no puede volver a mostrar estas claves.
fleet-copy-all = Copiar todas
fleet-copied-all = Las claves nuevas se copiaron como líneas NAME=value.
fleet-copy-all-failed = No se pudo copiar ({ $reason }): seleccione las claves y cópielas manualmente.
fleet-dismiss = Descartar

## Todos los servidores: Buscar en todos los servidores.

fleet-find-title = Buscar en todos los servidores
fleet-find-label = Valor o ID de la clave
fleet-give-one-key = Indique un valor o un ID de clave.
fleet-no-result = Plesk no envió ningún resultado
# La frase que dice dónde es válida una clave: sus cláusulas (a continuación) separadas por punto y coma.
fleet-found-summary = { $clauses }.
fleet-valid-nowhere = No es válida en ningún servidor
fleet-valid-on-one = Válida en { $server }
# $servers: cada servidor como «fleet-found-as», separados por comas.
fleet-valid-on-several = Válida en { $count } servidores, como una clave distinta en cada uno: { $servers }
fleet-found-as = { $server } como clave { $id }
fleet-not-found-on = no encontrada en { $servers }
# $servers: cada servidor como «fleet-failed-on», separados por punto y coma.
fleet-could-not-ask = no se pudo consultar a { $servers }
fleet-failed-on = { $server }: { $reason }
