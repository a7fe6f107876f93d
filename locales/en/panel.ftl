### The panel: its frame (header, language, session), shared words.

## The header.

app-title = Plesk Key Panel
app-signed-in-as = Signed in as
app-connected-to = Connected to
app-sign-out = Sign out
app-log-out = Log out
app-sign-in = Sign in
app-signing-in = Signing in…
app-logged-out = Logged out: the key is gone from this tab.
app-logged-out-idle = Logged out after a period without activity: the key is gone from this tab.

## The language menu.

language-label = Language
language-not-shipped = This panel was built without that language's file.
language-not-fetched = The language's file could not be fetched: { $detail }
language-mismatch = The language's file does not match this panel (a newer or older version): reload the page.

## Shared words.

# Between the items of a list in a sentence (addresses, servers, owner states).
list-separator = { ", " }
