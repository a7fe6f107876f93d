//! The table **Secret keys**: sortable headers, selection, per-row actions, paging. Plesk data is
//! rendered as text, never as HTML.

use leptos::prelude::*;
use plesk_xmlapi::KeyInfo;

use crate::logic::list_view::{count_line, page_count, page_of, Column};
use crate::state::keys::use_keys;

/// What a row's buttons ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    Delete(KeyInfo),
    Rotate(KeyInfo),
    Edit(KeyInfo),
}

/// The rows of the current page and the counts, recomputed when data, filters, sort or page
/// change (only the page's rows are cloned).
#[derive(Debug, Clone, PartialEq)]
struct PageView {
    rows: Vec<KeyInfo>,
    shown: usize,
    total: usize,
    page: usize,
    pages: usize,
}

#[component]
pub fn KeyTable(
    /// Called with the row's key when Delete, Rotate or Edit is pressed.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let store = use_keys();
    let view_of_page = Memo::new(move |_| {
        let filters = store.filters.get();
        let order = store.order.get();
        let requested = store.page.get();
        store.keys.with(|keys| {
            let shown = keys.view(&filters, order);
            let pages = page_count(shown.len());
            let page = requested.min(pages - 1);
            PageView {
                rows: page_of(&shown, page).iter().map(|k| (*k).clone()).collect(),
                shown: shown.len(),
                total: keys.len(),
                page,
                pages,
            }
        })
    });
    let header = move |column: Column| {
        view! {
            <th scope="col" aria-sort=move || store.order.get().aria_sort(column)>
                <button
                    type="button"
                    class="pkp-sort"
                    on:click=move |_| {
                        store.order.update(|order| *order = order.toggled(column));
                        store.page.set(0);
                    }
                >
                    {column.title()}
                    <span class="pkp-sort-mark" aria-hidden="true">
                        {move || match store.order.get().aria_sort(column) {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    let row = move |info: KeyInfo| {
        let id = info.id.clone();
        let (select_id, failed_id, note_id) = (id.clone(), id.clone(), id.clone());
        let (delete, rotate, edit) = (info.clone(), info.clone(), info.clone());
        view! {
            <tr class:pkp-row-failed=move || store.failed.with(|failed| failed.contains_key(&failed_id))>
                <td class="pkp-select">
                    <input
                        type="checkbox"
                        aria-label=format!("Select key {id}")
                        prop:checked=move || store.selected.with(|selected| selected.contains(&select_id))
                        on:change={
                            let id = id.clone();
                            move |event| {
                                let checked = event_target_checked(&event);
                                store.selected.update(|selected| {
                                    if checked {
                                        selected.insert(id.clone());
                                    } else {
                                        selected.remove(&id);
                                    }
                                });
                            }
                        }
                    />
                </td>
                <td class="pkp-id">{info.id.clone()}</td>
                <td>{info.ip_addresses.join(", ")}</td>
                <td class="pkp-description">
                    {info.description.clone()}
                    <span class="pkp-failed-note">
                        {move || store.failed.with(|failed| failed.get(&note_id).map(|reason| format!(" Not deleted: {reason}")))}
                    </span>
                </td>
                <td>{info.owner.clone().unwrap_or_default()}</td>
                <td class="pkp-row-actions">
                    <button type="button" class="pkp-button pkp-small" on:click=move |_| on_action.run(RowAction::Rotate(rotate.clone()))>
                        "Rotate"<span class="pkp-sr-only">{format!(" key {id}")}</span>
                    </button>
                    <button type="button" class="pkp-button pkp-small" on:click=move |_| on_action.run(RowAction::Edit(edit.clone()))>
                        "Edit"<span class="pkp-sr-only">{format!(" key {id}")}</span>
                    </button>
                    <button type="button" class="pkp-button pkp-small pkp-danger" on:click=move |_| on_action.run(RowAction::Delete(delete.clone()))>
                        "Delete"<span class="pkp-sr-only">{format!(" key {id}")}</span>
                    </button>
                </td>
            </tr>
        }
    };
    view! {
        <p class="pkp-count" aria-live="polite">
            {move || view_of_page.with(|v| count_line(v.shown, v.total))}
        </p>
        <Show
            when=move || view_of_page.with(|v| v.total > 0)
            fallback=|| view! { <p class="pkp-empty">"No secret keys yet. Create one below."</p> }
        >
            <div class="pkp-table-scroll">
                <table class="pkp-table">
                    <caption>"Secret keys"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="pkp-select"><span class="pkp-sr-only">"Select"</span></th>
                            {header(Column::Id)}
                            {header(Column::IpAddresses)}
                            {header(Column::Description)}
                            {header(Column::Owner)}
                            <th scope="col"><span class="pkp-sr-only">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || view_of_page.get().rows key=|info| info.id.clone() children=row />
                    </tbody>
                </table>
            </div>
            <nav class="pkp-pager" aria-label="Pages" hidden=move || view_of_page.with(|v| v.pages <= 1)>
                <button
                    type="button"
                    class="pkp-button"
                    disabled=move || view_of_page.with(|v| v.page == 0)
                    on:click=move |_| store.page.update(|p| *p = p.saturating_sub(1))
                >
                    "Previous page"
                </button>
                <span>{move || view_of_page.with(|v| format!("Page {} of {}", v.page + 1, v.pages))}</span>
                <button
                    type="button"
                    class="pkp-button"
                    disabled=move || view_of_page.with(|v| v.page + 1 >= v.pages)
                    on:click=move |_| store.page.update(|p| *p += 1)
                >
                    "Next page"
                </button>
            </nav>
        </Show>
    }
}
