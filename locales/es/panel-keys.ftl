### La lista de claves del panel: su barra de herramientas, la tabla Claves secretas (filtros, recuentos, selección, páginas,
### filas, las palabras del estado de las claves), la oferta tras iniciar sesión con contraseña, Consultar y las exportaciones.

## La página de la lista de claves.

keys-title = Claves
keys-skip-to-create = Ir a Crear una clave
keys-toolbar-label = Acciones de la lista de claves
keys-refresh = Actualizar
keys-export-csv = Exportar CSV
keys-export-json = Exportar JSON
keys-select-first = Seleccione primero al menos una clave.
keys-export-not-loaded = No se pudo cargar la exportación (¿no hay conexión de red?). No se guardó nada; inténtelo de nuevo.
keys-empty = Todavía no hay claves secretas. Cree una con el formulario Crear clave.
# El botón que elimina las claves marcadas; con cuántas, en cuanto hay algo marcado.
keys-delete-selected = { $count ->
    [0] Eliminar seleccionadas
    [one] Eliminar seleccionada ({ $count })
   *[other] Eliminar seleccionadas ({ $count })
}

## La línea encima de la lista ($time: la hora local, HH:MM:SS).

keys-loading = Cargando claves…
keys-refreshing = Actualizando…
keys-refreshed-at = Última actualización: { $time }.

## Tras iniciar sesión con contraseña: una clave para este navegador.

keys-offer-title = Sesión iniciada con contraseña
keys-offer-text = La contraseña solo se conserva en memoria. ¿Crear una clave API para este navegador y usarla a partir de ahora?
keys-offer-create = Crear una clave para este navegador
keys-offer-new-key-note = Una clave para este navegador, vinculada a la dirección que ve Plesk. El panel ya la usa; su contraseña se ha descartado.
keys-offer-created = Clave creada para este navegador; el panel ya la usa.
keys-offer-failed = No se creó ninguna clave: { $error }

## Los filtros, los recuentos y la selección de la tabla.

keys-filter-label = Filtrar claves
keys-filter-placeholder = ID, dirección, descripción o propietario
keys-owner-filter = Propietario
keys-owner-filter-all = Todos los propietarios
keys-needs-attention = Requieren atención ({ $count })
keys-count = { $count ->
    [one] { $count } clave
   *[other] { $count } claves
}
keys-count-shown = Se muestran { $shown } de { $total }
keys-selection = Seleccionadas: { $selected }
keys-selection-hidden = Seleccionadas: { $selected } (ocultas por el filtro: { $hidden })
keys-clear-selection = Borrar la selección
keys-no-match = Ninguna clave coincide con el filtro.
keys-clear-filter = Borrar el filtro

## Páginas (encima y debajo de la tabla).

keys-pages-above = Páginas encima de la tabla
keys-pages = Páginas
keys-page-previous = Página anterior
keys-page-next = Página siguiente
keys-page-of = Página { $page } de { $pages }

## La tabla: título, encabezados (también las etiquetas de las tarjetas en pantallas estrechas) y filas.

keys-table-caption = Claves secretas
keys-select-all = Seleccionar todas las mostradas
keys-select-all-hint = Seleccionar todas las claves que muestra el filtro, en todas las páginas
keys-column-server = Servidor
keys-column-id = ID
keys-column-addresses = Direcciones IP
keys-column-description = Descripción
keys-column-owner = Propietario
keys-column-health = Estado
keys-column-actions = Acciones
keys-any-address = Cualquier dirección (sin restricción de IP)
keys-this-browser = este navegador
# Después de la descripción de una clave cuando Plesk se negó a eliminarla ($reason: el motivo de Plesk).
keys-not-deleted = No eliminada: { $reason }
# Cómo se nombra una clave para las personas (en los nombres de los botones y en las frases).
keys-name = clave { $id }
keys-name-on-server = clave { $id } en { $server }
keys-select-named = Seleccionar { $name }
keys-rotate = Rotar
keys-edit = Editar
keys-delete = Eliminar
keys-rotate-named = Rotar { $name }
keys-edit-named = Editar { $name }
keys-delete-named = Eliminar { $name }

## El estado de las claves en la tabla (los motivos y las recomendaciones están en health.ftl).

keys-health-danger = Peligro
keys-health-warning = Advertencia
keys-health-note = Nota
# Lo leen los lectores de pantalla después del nivel: «Peligro para clave 5».
keys-health-for = para { $name }
keys-health-rotate-it = Rotarla
keys-health-delete-it = Eliminarla
keys-health-rotate-named = Rotar { $name } según lo recomendado
keys-health-delete-named = Eliminar { $name } según lo recomendado

## Eliminar.

keys-deleted = { $count ->
    [one] { $count } clave eliminada.
   *[other] { $count } claves eliminadas.
}
# $failures: uno o varios keys-failure, unidos con keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } clave eliminada; sin eliminar: { $failures }
   *[other] { $count } claves eliminadas; sin eliminar: { $failures }
}
keys-failure = clave { $id }: { $reason }
keys-failure-separator = { "; " }

## La línea de estado (anunciada a los lectores de pantalla).

keys-status-label = Mensajes de estado

## Consultar.

lookup-title = Consultar claves
lookup-keys-label = Claves que consultar
lookup-keys-hint = Valores o ID de clave, uno por línea o separados por comas.
lookup-submit = Consultar
lookup-results-label = Resultados de la consulta
lookup-done = Consulta: se encontraron { $found } de { $total }.
# Una línea por cada clave consultada ($reference: la clave tal como se escribió, abreviada).
lookup-found = { $reference }: encontrada — ID { $id }, { $addresses }, «{ $description }», propietario { $owner }
lookup-found-no-description = { $reference }: encontrada — ID { $id }, { $addresses }, sin descripción, propietario { $owner }
lookup-not-found = { $reference }: no encontrada (error de Plesk 1013)
lookup-failed = { $reference }: { $error }

## Exportaciones (el contenido de los archivos se queda en inglés para los scripts).

export-done = { $count ->
    [one] Se exportó { $count } clave a { $file }.
   *[other] Se exportaron { $count } claves a { $file }.
}
export-failed = No se pudo exportar: { $reason }.
export-cannot-build = no se puede generar el archivo
export-cannot-offer = no se puede ofrecer el archivo para descargarlo
