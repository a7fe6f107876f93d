### The panel's key list: its toolbar, the table Secret keys (filters, counts, selection, pages,
### rows, key health's words), the offer after signing in with a password, Look up and exports.

## The key list's page.

keys-title = Keys
keys-skip-to-create = Skip to Create a key
keys-toolbar-label = Key list actions
keys-refresh = Refresh
keys-export-csv = Export CSV
keys-export-json = Export JSON
keys-select-first = Select at least one key first.
keys-export-not-loaded = Could not load the export (is the network down?). Nothing was saved; try again.
keys-empty = No secret keys yet. Create one with the form Create key.
# The button that deletes the ticked keys; with how many once something is ticked.
keys-delete-selected = { $count ->
    [0] Delete selected
    [one] Delete selected ({ $count })
   *[other] Delete selected ({ $count })
}

## The line above the list ($time: the local time, HH:MM:SS).

keys-loading = Loading keys…
keys-refreshing = Refreshing…
keys-refreshed-at = Last refreshed at { $time }.

## After signing in with a password: a key for this browser.

keys-offer-title = Signed in with a password
keys-offer-text = The password stays in memory only. Create an API key for this browser and use it from now on?
keys-offer-create = Create a key for this browser
keys-offer-new-key-note = A key for this browser, bound to the address Plesk sees. The panel now uses it; your password is forgotten.
keys-offer-created = Key created for this browser; the panel now uses it.
keys-offer-failed = No key was created: { $error }

## The table's filters, counts and selection.

keys-filter-label = Filter keys
keys-filter-placeholder = ID, address, description or owner
keys-owner-filter = Owner
keys-owner-filter-all = All owners
keys-needs-attention = Needs attention ({ $count })
keys-count = { $count ->
    [one] { $count } key
   *[other] { $count } keys
}
keys-count-shown = { $shown } of { $total } shown
keys-selection = { $selected } selected
keys-selection-hidden = { $selected } selected, { $hidden } hidden by the filter
keys-clear-selection = Clear selection
keys-no-match = No keys match the filter.
keys-clear-filter = Clear filter

## Pages (above and below the table).

keys-pages-above = Pages above the table
keys-pages = Pages
keys-page-previous = Previous page
keys-page-next = Next page
keys-page-of = Page { $page } of { $pages }

## The table: caption, headers (also the cards' labels on narrow screens) and rows.

keys-table-caption = Secret keys
keys-select-all = Select all shown
keys-select-all-hint = Select every key the filter shows, on every page
keys-column-server = Server
keys-column-id = ID
keys-column-addresses = IP addresses
keys-column-description = Description
keys-column-owner = Owner
keys-column-health = Health
keys-column-actions = Actions
keys-any-address = Any address (no IP restriction)
keys-this-browser = this browser
# After a key's description when Plesk refused to delete it ($reason: Plesk's reason).
keys-not-deleted = Not deleted: { $reason }
# What names a key for people (in buttons' names and sentences).
keys-name = key { $id }
keys-name-on-server = key { $id } on { $server }
keys-select-named = Select { $name }
keys-rotate = Rotate
keys-edit = Edit
keys-delete = Delete
keys-rotate-named = Rotate { $name }
keys-edit-named = Edit { $name }
keys-delete-named = Delete { $name }

## Key health in the table (the reasons and advice are in health.ftl).

keys-health-danger = Danger
keys-health-warning = Warning
keys-health-note = Note
# Read after the level by screen readers: "Danger for key 5".
keys-health-for = for { $name }
keys-health-rotate-it = Rotate it
keys-health-delete-it = Delete it
keys-health-rotate-named = Rotate { $name } as advised
keys-health-delete-named = Delete { $name } as advised

## Deleting.

keys-deleted = { $count ->
    [one] { $count } key deleted.
   *[other] { $count } keys deleted.
}
# $failures: one or more keys-failure, joined by keys-failure-separator.
keys-deleted-some-failed = { $count ->
    [one] { $count } key deleted; not deleted: { $failures }
   *[other] { $count } keys deleted; not deleted: { $failures }
}
keys-failure = key { $id }: { $reason }
keys-failure-separator = { "; " }

## The status line (announced to screen readers).

keys-status-label = Status

## Look up.

lookup-title = Look up keys
lookup-keys-label = Keys to look up
lookup-keys-hint = Key values or IDs, one per line or comma-separated.
lookup-submit = Look up
lookup-results-label = Look-up results
lookup-done = Look up: { $found } of { $total } found.
# One line per key looked up ($reference: the key as typed, shortened).
lookup-found = { $reference }: found — ID { $id }, { $addresses }, “{ $description }”, owner { $owner }
lookup-found-no-description = { $reference }: found — ID { $id }, { $addresses }, no description, owner { $owner }
lookup-not-found = { $reference }: not found (Plesk error 1013)
lookup-failed = { $reference }: { $error }

## Exports (the files' contents stay English for scripts).

export-done = { $count ->
    [one] Exported { $count } key to { $file }.
   *[other] Exported { $count } keys to { $file }.
}
export-failed = Export failed: { $reason }.
export-cannot-build = cannot build the file
export-cannot-offer = cannot offer the file
