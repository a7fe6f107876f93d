### The static connect form of index.html, painted before the panel has loaded (written by
### `plesk-keys serve` in the browser's language). Its labels are the connect page's own
### (panel-connect.ftl); these are the sentences only the static form shows.

shell-needs-javascript = Plesk Key Panel needs JavaScript and WebAssembly: the key is checked with Plesk and kept by the panel's own code in this page. Turn JavaScript on for this site, then reload the page.
shell-connect-pending = Connecting as soon as the panel has loaded…
shell-sign-in-pending = Signing in as soon as the panel has loaded…
shell-still-loading = The panel is still loading; on a slow connection this takes a while. If nothing changes, reload the page.
