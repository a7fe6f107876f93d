### Los formularios y cuadros de diálogo del panel: Crear, la configuración de una clave, la clave nueva, Eliminar,
### Rotar y Editar, el inspector de paquetes, las partes que se cargan al usarlas por primera vez y lo que falla
### entre el panel y Plesk.

## Crear una clave.

create-title = Crear una clave
create-bind-label = Vincular a la dirección que ve Plesk
create-bind-hint = Sin direcciones, Plesk vincula la clave a la dirección desde la que llega la solicitud: a través de una pasarela, esa es la dirección de la pasarela.
create-submit = Crear clave
create-no-address = Indique al menos una dirección IP o marque «Vincular a la dirección que ve Plesk».
# Se muestra una vez cuando se pulsa Crear sin descripción.
create-empty-description = Añada una descripción para poder distinguir esta clave más adelante, o vuelva a pulsar Crear clave para crearla sin descripción.
create-created = Clave creada. Cópiela ahora: solo se muestra una vez.
# Debajo de la clave nueva: las direcciones a las que está vinculada ($addresses: direcciones IP).
create-bound-to = Vinculada a { $addresses }.
create-bound-to-sender = Vinculada a la dirección que ve Plesk.

## La configuración de una clave (Crear, Editar, Crear en servidores).

settings-addresses-label = Direcciones IP
settings-no-address = Indique al menos una dirección IP.
settings-description-label = Descripción
settings-owner-label = Nombre de usuario del propietario
settings-choose-owner = Elegir un propietario
settings-owner-hint = Opcional: el nombre de usuario de un revendedor o de un cliente. Si se deja vacío, la clave le pertenece a usted.

## El campo de direcciones IP, que se comprueba mientras se escribe; un campo secreto.

field-no-address = Ninguna dirección: marque «Vincular a la dirección que ve Plesk» para crear una clave de todos modos.
field-valid-addresses = { $count ->
    [one] { $count } dirección válida.
   *[other] { $count } direcciones válidas.
}
field-typing = Siga escribiendo: la última dirección aún no está completa.
field-show-key = Mostrar clave

## La clave nueva, que se muestra una sola vez.

new-key-title = Clave nueva
new-key-warning = Cópiela ahora: Plesk solo guarda un hash y no puede volver a mostrar esta clave. Desaparecerá de esta página cuando la descarte.
new-key-copy = Copiar
new-key-dismiss = Descartar
new-key-copied = La clave nueva se copió al portapapeles.
# $reason: el motivo, p. ej. new-key-clipboard-refused.
new-key-copy-failed = No se pudo copiar ({ $reason }): seleccione la clave y cópiela manualmente.
new-key-clipboard-refused = el navegador denegó el acceso al portapapeles

## Cuadros de diálogo.

dialog-delete = Eliminar
dialog-cancel = Cancelar

## Eliminar.

delete-title = ¿Eliminar la clave { $id }?
delete-title-keys = ¿Eliminar { $count } claves?
delete-warning = { $count ->
    [one] Esta clave dejará de funcionar de inmediato. Esta acción no se puede deshacer:
   *[other] Estas claves dejarán de funcionar de inmediato. Esta acción no se puede deshacer:
}
# Una clave de la lista de claves que se van a eliminar: su ID, su descripción y el nombre de usuario de su propietario.
delete-key-label = clave { $id } ({ $description }; { $owner })
delete-no-description = sin descripción
delete-no-owner = sin propietario
delete-own-warning = Una de ellas es la clave que usa este panel: su sesión se cerrará después de eliminarla.
# $summary: lo que se eliminó y lo que no.
delete-own-deleted = { $summary } Se eliminó la clave del propio panel: su sesión se ha cerrado.

## Rotar y Editar.

rotate-title = Rotar la clave { $id }
rotate-edit-title = Editar la clave { $id }
rotate-explanation = Se crea una clave nueva con las mismas direcciones ({ $addresses }), la misma descripción y el mismo propietario. La clave antigua { $id } solo se elimina si la creación se realizó correctamente y usted lo confirma.
rotate-edit-hint = Plesk no tiene ninguna operación para modificar claves: al guardar se crea una clave nueva con esta configuración; la clave antigua solo se elimina si la creación se realizó correctamente y usted lo confirma.
rotate-any-address-warning = Esta clave funciona desde cualquier dirección. La XML API de Plesk no puede crear una clave así: la clave nueva se vincula a las direcciones indicadas o, si no se indica ninguna, a la dirección que ve Plesk (la pasarela de este panel).
rotate-create = Crear clave nueva
rotate-save = Guardar como clave nueva
rotate-replaces = Sustituye a la clave { $id }.
rotate-created = Clave nueva creada. Cópiela y decida después si quiere eliminar la clave { $id }.
rotate-create-failed = No se creó ninguna clave nueva; se conservó la clave { $id }: { $reason }
rotate-delete-old-question = La clave nueva ya funciona. ¿Eliminar la clave antigua { $id }?
rotate-own-warning = La clave antigua es la que usa este panel: su sesión se cerrará después de eliminarla.
rotate-delete-old = Eliminar la clave antigua { $id }
rotate-keep-old = Conservar la clave antigua
rotate-kept = Se conservó la clave { $id }; ahora funcionan ambas claves.
rotate-deleted = Clave { $id } eliminada; la clave nueva la sustituye.
rotate-own-deleted = Clave { $id } eliminada. Era la clave del propio panel: conéctese con la clave nueva.
rotate-not-deleted = No se eliminó la clave { $id }: { $reason }
rotate-no-result = Clave { $id }: Plesk no envió ningún resultado.

## El inspector de paquetes.

inspector-title = Inspector de paquetes
inspector-hint = Las últimas solicitudes y respuestas, sin valores de clave ni contraseñas.
inspector-copy-curl = Copiar como curl
inspector-exchange = Intercambio { $number }
inspector-request = Solicitud { $number }
inspector-response = Respuesta { $number }
inspector-no-request = Todavía no hay ninguna solicitud.
# $variable: la variable de shell que sustituye a la clave ($PLESK_KEY).
inspector-copied = La última solicitud se copió como comando curl (la clave es { $variable }).
inspector-copy-failed = No se pudo copiar: el navegador denegó el acceso al portapapeles.
inspector-too-long = (no se muestra: { $size } bytes, más de los { $limit } que muestra el inspector; para listas largas, use el cliente de línea de comandos)
inspector-not-utf8 = (no se muestra: el paquete no es texto UTF-8)
# $reason: por qué el paquete no es un XML que el inspector pueda mostrar (api-xml-…).
inspector-not-shown = (no se muestra: { $reason })

## Partes del panel que se obtienen al usarlas por primera vez.

part-loading = Cargando…
part-loading-dialog = Cargando esta parte del panel…
part-not-loaded = No se pudo cargar esta parte del panel (¿no hay conexión de red?).
part-failed-title = No se pudo abrir
part-retry = Reintentar

## Entre el panel y Plesk.

api-network = El panel no pudo acceder al endpoint del agente ({ $detail }). Compruebe la conexión de red y que la pasarela esté en funcionamiento.
api-timeout = Sin respuesta en { $seconds } segundos. Puede que la pasarela o Plesk estén sobrecargados; inténtelo de nuevo.
api-too-large = La pasarela rechazó la solicitud por ser demasiado grande (HTTP 413).
api-bad-gateway = La pasarela no pudo acceder al servidor Plesk (HTTP 502). Puede que Plesk no esté disponible o que la pasarela apunte a una dirección incorrecta.
api-gateway-timeout = El servidor Plesk no respondió a tiempo a la pasarela (HTTP 504). Inténtelo de nuevo; si el problema persiste, compruebe el servidor Plesk.
api-http = El endpoint del agente respondió con HTTP { $status } en lugar de un paquete de Plesk.
api-refused = La pasarela rechazó la solicitud (HTTP { $status }).
# Los rechazos de la pasarela, según el código que envía (`x-plesk-keys-refusal`), con las mismas palabras
# con las que `plesk-keys serve` los escribe en inglés.
api-refusal-not-signed-in = Inicie sesión primero a través del portal: este panel solo funciona para personas que han iniciado sesión.
api-refusal-session-ended = Su sesión ha terminado (caducó, se cerró o nunca se inició): inicie sesión de nuevo; lo que escribió se conserva en el formulario.
api-refusal-identity-refused = Se rechazaron las cabeceras de inicio de sesión (enviadas dos veces, no en texto plano, escritas con guiones bajos o desde una dirección que no es el proxy del portal).
api-refusal-cross-site = Solo la propia página del panel puede enviar solicitudes aquí (mismo origen).
api-refusal-server-out-of-scope = No tiene acceso a este servidor.
api-refusal-foreign-origin = Este origen no tiene permiso para usar la ruta del agente.
api-unreadable = No se pudo leer la respuesta: { $reason }
api-unexpected-shape = Plesk respondió con { $received } resultados cuando se esperaban { $expected }; no se dio nada por supuesto.
# Un error que informó Plesk: lo que significa (plesk-error-…), su código y el texto del propio Plesk.
api-plesk-error = { $explanation } (error de Plesk { $code }: { $text })
# 11003 cuando el texto de Plesk dice que no se encuentra la clave (Plesk 18.0.33 y posteriores).
api-plesk-unknown-key = Plesk no conoce esta clave secreta: puede que se haya eliminado o que esté mal escrita.
# 1006 cuando el texto de Plesk dice que su restricción de acceso a la API rechazó la dirección.
api-plesk-api-restricted = La restricción de acceso a la API de Plesk rechaza la dirección que ve (a través de una pasarela, la dirección de la pasarela): pida a su administrador que la permita.

## Una respuesta que no es un paquete de Plesk que este panel pueda leer ($element, $field, $root, $parent: nombres de elementos XML; $snippet: el principio de la respuesta).

api-answer-too-large = La respuesta tiene { $size } bytes, más de los { $limit } bytes que lee esta herramienta.
api-answer-not-utf8 = La respuesta no es texto UTF-8 válido.
api-answer-not-a-packet = La respuesta es XML, pero no es un paquete de Plesk (su raíz es <{ $root }>): { $snippet }
api-answer-no-content = La respuesta no contiene ni resultados ni un error.
api-answer-no-status = Un resultado <{ $element }> no tiene estado.
api-answer-unknown-status = Un resultado <{ $element }> tiene el estado desconocido '{ $status }'.
api-answer-bad-errcode = Un resultado <{ $element }> tiene el código de error '{ $errcode }', que no es un número entre 0 y 4294967295.
api-answer-no-new-key = Un resultado de creación correcto no contiene ninguna clave.
api-answer-malformed-new-key = La respuesta de Plesk a la creación contiene una clave nueva de { $length } caracteres que no tiene la forma de una clave (solo letras, dígitos, '-' y '_'); no se muestra. Es posible que se haya creado una clave: revise la lista de claves y elimine las que no reconozca.
api-answer-incomplete-key-info = Una entrada key_info no tiene <{ $field }>.
api-answer-unexpected = La respuesta tiene un elemento <{ $element }> inesperado dentro de <{ $parent }>.
api-xml-empty = La respuesta está vacía.
api-xml-html = La respuesta es una página HTML, no un paquete XML de Plesk (a menudo, una página de error de un proxy): { $snippet }
api-xml-not-xml = La respuesta no es XML: { $snippet }
api-xml-truncated = El XML se interrumpe antes de su final (truncado): { $snippet }
api-xml-doctype = El XML contiene una declaración DOCTYPE o de entidad, que Plesk nunca envía; no se procesó.
api-xml-unknown-entity = El XML usa la entidad no declarada '&{ $name };'.
api-xml-too-deep = El XML anida elementos a más de { $limit } niveles de profundidad.
api-xml-malformed = El XML está mal formado en la línea { $line }: { $detail }
