//! The table **Secret keys**: sortable headers, selection, per-row actions, paging. Plesk data is
//! rendered as text, never as HTML, each value isolated (`<bdi>`) with invisible characters
//! shown ([`visible_text`]).

use leptos::prelude::*;
use plesk_xmlapi::KeyInfo;

use crate::logic::list_view::{addresses_shown, count_line, Column, TablePage, PAGE_SIZE};
use crate::logic::visible::visible_text;
use crate::state::keys::use_keys;

use super::icons::{Icon, EDIT, ROTATE, TRASH};
use super::pager::Pager;

/// What a row's buttons ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    Delete(KeyInfo),
    Rotate(KeyInfo),
    Edit(KeyInfo),
}

#[component]
pub fn KeyTable(
    /// Called with the row's key when Delete, Rotate or Edit is pressed.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let store = use_keys();
    // Sorting runs only when the list or the order changes; a filter keystroke only scans.
    let sorted = Memo::new(move |_| {
        let order = store.order().get();
        store.keys().with(|keys| keys.sorted(order))
    });
    // The page shown: positions in the key list (each row slot copies only its own key).
    let view_of_page = Memo::new(move |_| {
        let filters = store.filters().get();
        let requested = store.page().get();
        sorted.with(|sorted| {
            store.keys().with(|keys| TablePage::of(&keys.filtered(sorted, &filters), keys.len(), requested))
        })
    });
    let header = move |column: Column| {
        view! {
            <th scope="col" aria-sort=move || store.order().get().aria_sort(column)>
                <button
                    type="button"
                    class="pkp-sort"
                    on:click=move |_| {
                        store.toggle_sort(column);
                    }
                >
                    {column.title()}
                    <span class="pkp-sort-mark" aria-hidden="true">
                        {move || match store.order().get().aria_sort(column) {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    view! {
        <p class="pkp-count" aria-live="polite" hidden=move || !store.is_loaded()>
            {move || view_of_page.with(|v| count_line(v.shown, v.total))}
        </p>
        <p class="pkp-empty" hidden=move || !store.is_loaded() || view_of_page.with(|v| v.total > 0)>
            "No secret keys yet. Create one below."
        </p>
        <KeysTableFrame
            hidden=Signal::derive(move || view_of_page.with(|v| v.total == 0))
            headers=view! {
                {header(Column::Id)}
                {header(Column::IpAddresses)}
                {header(Column::Description)}
                {header(Column::Owner)}
            }
            .into_any()
            place=Signal::derive(move || view_of_page.with(TablePage::place))
            on_page=Callback::new(move |page| store.set_page(page))
        >
            // A fixed set of PAGE_SIZE row slots, built once: paging, sorting and filtering
            // rewrite the text of existing rows (and hide unused ones) instead of tearing rows
            // down and building new ones.
            {(0..PAGE_SIZE).map(|slot| key_row(slot, view_of_page, on_action)).collect_view()}
        </KeysTableFrame>
    }
}

/// The table **Secret keys** of the key list and of All servers: a scrolling box, the caption,
/// the header row (the select column, the `headers` given, the actions column), the rows, and
/// the pager below.
#[component]
pub fn KeysTableFrame(
    /// Hides the table (and not the pager), e.g. while there is no key at all.
    #[prop(optional, into)]
    hidden: Signal<bool>,
    /// The header cells between the select and the actions columns.
    headers: AnyView,
    /// The page shown and how many there are.
    #[prop(into)]
    place: Signal<(usize, usize)>,
    /// Called with the page to show.
    #[prop(into)]
    on_page: Callback<usize>,
    /// The rows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="pkp-table-scroll" hidden=hidden>
            <table class="pkp-table">
                <caption>"Secret keys"</caption>
                <thead>
                    <tr>
                        <th scope="col" class="pkp-select"><span class="pkp-sr-only">"Select"</span></th>
                        {headers}
                        <th scope="col"><span class="pkp-sr-only">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
        <Pager place=place on_page=on_page />
    }
}

/// The cells of a key's row that show what Plesk sent (ID, IP addresses, description, owner),
/// in the key list and in All servers alike: each isolated (`<bdi>`) with invisible characters
/// shown ([`visible_text`]); a key bound to any address is marked.
#[component]
pub fn KeyCells(
    /// The row's key (none: an unused row slot).
    #[prop(into)]
    key: Signal<Option<KeyInfo>>,
    /// Why deleting the key failed, shown after its description.
    #[prop(optional, into)]
    failure: Signal<Option<String>>,
) -> impl IntoView {
    let field = move |read: fn(&KeyInfo) -> String| {
        move || key.with(|k| k.as_ref().map(|k| visible_text(&read(k)).into_owned()).unwrap_or_default())
    };
    view! {
        <td class="pkp-id"><bdi>{field(|k| k.id.clone())}</bdi></td>
        <td class:pkp-risk=move || key.with(|k| k.as_ref().is_some_and(KeyInfo::binds_any_address))>
            <bdi>{field(addresses_shown)}</bdi>
        </td>
        <td class="pkp-description">
            <bdi>{field(|k| k.description.clone())}</bdi>
            <span class="pkp-failed-note">
                {move || failure.get().map(|reason| format!(" Not deleted: {}", visible_text(&reason)))}
            </span>
        </td>
        <td><bdi>{field(|k| k.owner.clone().unwrap_or_default())}</bdi></td>
    }
}

/// Row `slot` of the current page: its cells follow whichever key the page puts there; hidden
/// (and so out of the accessibility tree) when the page has fewer rows.
fn key_row(slot: usize, page: Memo<TablePage<u32>>, on_action: Callback<RowAction>) -> impl IntoView {
    let store = use_keys();
    let info = Memo::new(move |_| {
        let position = page.with(|v| v.rows.get(slot).copied())?;
        store.keys().with(|keys| keys.at(position).cloned())
    });
    // The ID as a person must see it (for the row's accessible names).
    let id = move || info.with(|i| i.as_ref().map(|k| visible_text(&k.id).into_owned()).unwrap_or_default());
    let act = move |make: fn(KeyInfo) -> RowAction| {
        move |_| {
            if let Some(key) = info.get_untracked() {
                on_action.run(make(key));
            }
        }
    };
    let failure = move || info.with(|i| i.as_ref().and_then(|k| store.failure_of(&k.id)));
    let hidden_name = move || format!(" key {}", id());
    // An icon button of the row: its title on hover, "Rotate key 5" for assistive tech.
    let button = move |title: &'static str,
                       class: &'static str,
                       icon: &'static str,
                       make: fn(KeyInfo) -> RowAction| {
        view! {
            <button type="button" class=class title=title on:click=act(make)>
                <Icon path=icon />
                <span class="pkp-sr-only">{title}{hidden_name}</span>
            </button>
        }
    };
    view! {
        <tr class:pkp-row-failed=move || failure().is_some() hidden=move || info.with(Option::is_none)>
            <td class="pkp-select">
                <input
                    type="checkbox"
                    aria-label=move || format!("Select key {}", id())
                    prop:checked=move || {
                        info.with(|i| i.as_ref().is_some_and(|k| store.is_selected(&k.id)))
                    }
                    on:change=move |event| {
                        let checked = event_target_checked(&event);
                        let Some(id) = info.with_untracked(|i| i.as_ref().map(|k| k.id.clone())) else { return };
                        store.set_selected(id, checked);
                    }
                />
            </td>
            <KeyCells key=info failure=Signal::derive(failure) />
            <td class="pkp-row-actions">
                {button("Rotate", "pkp-button pkp-icon-button pkp-change", ROTATE, RowAction::Rotate)}
                {button("Edit", "pkp-button pkp-icon-button pkp-change", EDIT, RowAction::Edit)}
                {button("Delete", "pkp-button pkp-icon-button pkp-danger-quiet pkp-change", TRASH, RowAction::Delete)}
            </td>
        </tr>
    }
}
