### El formulario de conexión estático de index.html, mostrado antes de que el panel se haya cargado
### (lo escribe `plesk-keys serve` en el idioma del navegador). Sus etiquetas son las de la página de
### conexión (panel-connect.ftl); estas son las frases que solo muestra el formulario estático.

shell-needs-javascript = Plesk Key Panel necesita JavaScript y WebAssembly: la clave se comprueba con Plesk y la conserva el propio código del panel en esta página. Active JavaScript para este sitio y vuelva a cargar la página.
shell-connect-pending = La conexión se establecerá en cuanto se haya cargado el panel…
shell-sign-in-pending = La sesión se iniciará en cuanto se haya cargado el panel…
shell-still-loading = El panel todavía se está cargando; con una conexión lenta, esto tarda un poco. Si no cambia nada, vuelva a cargar la página.
