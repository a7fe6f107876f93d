### El panel: su marco (encabezado, idioma, sesión) y las palabras compartidas.

## El encabezado.

app-title = Plesk Key Panel
app-signed-in-as = Sesión iniciada como
app-connected-to = Conectado a
app-sign-out = Cerrar sesión
app-log-out = Cerrar sesión
app-sign-in = Iniciar sesión
app-signing-in = Iniciando sesión…
app-logged-out = Sesión cerrada: la clave ya no está en esta pestaña.
app-logged-out-idle = Sesión cerrada tras un período de inactividad: la clave ya no está en esta pestaña.

## El menú de idioma.

language-label = Idioma
language-not-shipped = Este panel se compiló sin el archivo de ese idioma.
language-not-fetched = No se pudo obtener el archivo del idioma: { $detail }
language-mismatch = El archivo del idioma no corresponde a este panel (es de una versión más reciente o más antigua): vuelva a cargar la página.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
