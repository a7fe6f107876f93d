### Qué significan los códigos de error de Plesk, en palabras sencillas (tanto en el panel como en la CLI).

plesk-error-1001 = Plesk rechazó el nombre de usuario y la contraseña. Compruebe ambos e inténtelo de nuevo.
plesk-error-1005 = Plesk no admite la versión del protocolo XML API indicada en esta solicitud.
plesk-error-1006 = En Plesk, solo el administrador puede gestionar las claves API: pida una clave a su administrador o use un portal en el que haya iniciado sesión.
plesk-error-1011 = La cuenta de Plesk está desactivada. Un administrador debe activarla primero.
plesk-error-1012 = El inicio de sesión en Plesk está bloqueado tras varios intentos fallidos. Espere o pida al administrador que lo desbloquee.
plesk-error-1013 = Plesk no tiene esa clave (puede que ya se haya eliminado).
plesk-error-1014 = Plesk no pudo interpretar el paquete de la solicitud.
plesk-error-1015 = Plesk no tiene ningún revendedor ni cliente activo cuyo nombre de usuario coincida con ese propietario.
plesk-error-1017 = Plesk no admite esta operación en este contexto.
plesk-error-1019 = Plesk rechazó un valor de la solicitud por no ser válido.
plesk-error-1023 = Plesk no pudo completar la operación.
plesk-error-1029 = La solicitud no incluía credenciales: conéctese con una clave API o con un nombre de usuario y una contraseña.
plesk-error-11003 = Plesk rechazó la clave secreta: lo más probable es que esté vinculada a direcciones IP distintas de la que ve Plesk (a través de una pasarela, la dirección de la pasarela). Las versiones de Plesk anteriores a la 18.0.33 también devuelven este error para una clave que no existe.
plesk-error-other = Plesk informó de un error que este panel no conoce.
