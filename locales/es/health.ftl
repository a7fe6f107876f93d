### Estado de las claves: qué falla en una clave, o merece una revisión, y qué hacer (tanto la columna
### Estado del panel como `plesk-keys report`).

## Niveles.

health-level-danger = peligro
health-level-warning = advertencia
health-level-note = nota

## Propietarios.

health-owner-administrator = administrador
health-status-active = activo
health-status-missing = inexistente
health-status-unknown = desconocido
health-status-number = estado { $status }
health-flag-4 = en copia de seguridad o restauración
health-flag-16 = desactivado por el administrador
health-flag-32 = desactivado por su revendedor
health-flag-64 = desactivado por el cliente
health-flag-256 = caducado

## Motivos.

health-reason-owner-missing = Su propietario { $login } ya no existe en Plesk.
health-reason-owner-inactive = Su propietario { $login } no está activo ({ $status }).
health-reason-anywhere-administrator = Una clave de administrador no vinculada a ninguna dirección: funciona desde cualquier lugar.
health-reason-anywhere-key = Esta clave no está vinculada a ninguna dirección: funciona desde cualquier lugar.
health-reason-wide-administrator = Una clave de administrador vinculada a { $range }, un rango más amplio que un /24 o un /64.
health-reason-wide-key = Esta clave está vinculada a { $range }, un rango más amplio que un /24 o un /64.
health-reason-public-among-private = Vinculada a la dirección pública { $address }, mientras que sus demás direcciones son privadas.
health-reason-service-address = Vinculada a { $address }, la dirección del servidor Plesk o del servicio situado delante de él: funciona para cualquiera que pueda enviar solicitudes a través de ahí.
health-reason-twins = Otras claves del mismo propietario en las mismas direcciones: { $others }.
health-reason-no-description = Sin descripción: más adelante nadie podrá saber para qué sirve.

## Qué hacer.

health-advice-owner-missing = Elimínela.
health-advice-owner-inactive = Elimínela si el propietario se ha ido definitivamente.
health-advice-usable-from-anywhere = Rótela con las direcciones desde las que se usa.
health-advice-public-among-private = Compruebe la dirección pública; edite la clave para quitarla.
health-advice-service-address = Consérvela solo para usarla a través de ese servicio; de lo contrario, rótela con las direcciones de las máquinas que la usan.
health-advice-twins = Elimine las claves duplicadas que quedaron de una rotación.
health-advice-no-description = Edítela para indicar para qué sirve.

## Un hallazgo en una línea: «peligro: Su propietario jdoe ya no existe en Plesk. Elimínela.»

health-finding = { $level }: { $reason } { $advice }
