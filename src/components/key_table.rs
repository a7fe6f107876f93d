//! The table **Secret keys** of the key list and of All servers alike (one table, one model):
//! the filters, the count and selection lines, sortable headers, a header box that ticks every
//! key the filters let through, per-row actions, and paging above and below. Plesk data is
//! rendered as text, never as HTML, each value isolated (`<bdi>`) with invisible characters shown
//! ([`visible_text`]). Below ~600 px wide, rows become cards (style/main.css, by `data-label`).

use leptos::prelude::*;
use plesk_xmlapi::key_health::{Finding, Level, Remedy};
use plesk_xmlapi::KeyInfo;

use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::list_view::{
    addresses_shown, count_line, health_advice, health_reason, selection_line, Column, IndexedKeys,
    TablePage, PAGE_SIZE,
};
use crate::logic::visible::visible_text;
use crate::state::table_view::TableView;

use super::field::SelectField;
use super::icons::{Icon, EDIT, ROTATE, TRASH};
use super::pager::Pager;

/// What a row's buttons ask for: the key's position in the table's [`IndexedKeys`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowAction {
    Delete(u32),
    Rotate(u32),
    Edit(u32),
}

/// Brings the table's top into view when it is above the window (after **Next page** under a
/// long table, the view would stay at the bottom).
fn show_top(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        if element.get_bounding_client_rect().top() < 0.0 {
            element.scroll_into_view();
        }
    }
}

#[component]
pub fn KeyTable(
    /// The keys (one server's, or every server's with their server).
    #[prop(into)]
    keys: Signal<IndexedKeys>,
    /// Filters, sort, page and ticks.
    table: TableView,
    /// The sortable columns shown, in order.
    columns: &'static [Column],
    /// A prefix for the IDs of this table's controls (two tables never share a page, but IDs
    /// stay apart anyway).
    id: &'static str,
    /// Offers Rotate and Edit (one server); otherwise Delete only.
    #[prop(optional)]
    one_server: bool,
    /// Whether the list has arrived (the count and the empty line wait for it).
    #[prop(into)]
    loaded: Signal<bool>,
    /// What to say when there is no key at all.
    empty: &'static str,
    /// The ID of the key this browser uses: its row says "this browser".
    #[prop(optional, into)]
    own_id: Signal<Option<String>>,
    /// Why deleting the key at a position failed, if it did.
    #[prop(optional, into)]
    failure_at: Option<Callback<u32, Option<String>>>,
    /// Called when a row's Delete, Rotate or Edit is pressed.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    // Sorting runs only when the list or the order changes; a filter keystroke only scans.
    let sorted = Memo::new(move |_| {
        let order = table.order().get();
        keys.with(|keys| keys.sorted(order))
    });
    let filtered = Memo::new(move |_| {
        let filters = table.filters().get();
        sorted.with(|sorted| keys.with(|keys| keys.filtered(sorted, &filters)))
    });
    // The page shown: positions in the key list (each row slot copies only its own key).
    let page = Memo::new(move |_| {
        let requested = table.page().get();
        filtered.with(|filtered| TablePage::of(filtered, keys.with(IndexedKeys::len), requested))
    });
    let ticked_shown = Memo::new(move |_| {
        table
            .selected()
            .with(|selected| filtered.with(|f| keys.with(|keys| keys.count_selected(f, selected))))
    });
    let top_id = format!("{id}-table");
    let go_to = {
        let top_id = top_id.clone();
        Callback::new(move |to: usize| {
            table.set_page(to);
            show_top(&top_id);
        })
    };
    let place = Signal::derive(move || page.with(TablePage::place));
    let all_ticked = move || filtered.with(|f| !f.is_empty() && ticked_shown.get() == f.len());
    let tick_all = move |event| {
        let on = event_target_checked(&event);
        let marks = filtered.with_untracked(|f| {
            keys.with_untracked(|keys| f.iter().filter_map(|&p| keys.mark_at(p).map(str::to_owned)).collect())
        });
        table.set_all_selected(marks, on);
    };
    let header = move |column: Column| {
        view! {
            <th scope="col" aria-sort=move || table.order().get().aria_sort(column)>
                <button type="button" class="pkp-sort" on:click=move |_| table.toggle_sort(column)>
                    {column.title()}
                    <span class="pkp-sort-mark" aria-hidden="true">
                        {move || match table.order().get().aria_sort(column) {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    let filter_id = format!("{id}-filter");
    let attention_id = format!("{id}-attention");
    let none_match = move || loaded.get() && page.with(|v| v.total > 0 && v.shown == 0);
    view! {
        <div class="pkp-filters">
            <div class="pkp-field">
                <label for=filter_id.clone()>{t(Msg::KeysFilterLabel)}</label>
                <input
                    id=filter_id
                    type="search"
                    placeholder=t(Msg::KeysFilterPlaceholder)
                    prop:value=move || table.filters().with(|f| f.text.clone())
                    on:input=move |event| table.set_filter_text(event_target_value(&event))
                />
            </div>
            <SelectField
                id=if one_server { "pkp-owner-filter" } else { "pkp-all-owner-filter" }
                label=t(Msg::KeysOwnerFilter)
                class="pkp-field"
                first=Some(t(Msg::KeysOwnerFilterAll))
                options=Signal::derive(move || keys.with(|keys| {
                    keys.owners().iter().map(|owner| (owner.clone(), visible_text(owner).into_owned())).collect()
                }))
                selected=Signal::derive(move || table.filters().with(|f| f.owner.clone().unwrap_or_default()))
                on_change=Callback::new(move |value: String| table.set_owner_filter((!value.is_empty()).then_some(value)))
            />
            <div class="pkp-check pkp-attention">
                <input
                    id=attention_id.clone()
                    type="checkbox"
                    prop:checked=move || table.filters().with(|f| f.attention)
                    on:change=move |event| table.set_attention(event_target_checked(&event))
                />
                <label for=attention_id>
                    {move || tf(Fmt::KeysNeedsAttention, &[("count", keys.with(IndexedKeys::attention_count).into())])}
                </label>
            </div>
        </div>
        <p class="pkp-count" aria-live="polite" hidden=move || !loaded.get()>
            {move || page.with(|v| count_line(v.shown, v.total))}
        </p>
        <p class="pkp-selection" hidden=move || table.selected_count() == 0>
            {move || {
                let count = table.selected_count();
                selection_line(count, count.saturating_sub(ticked_shown.get()))
            }}
            " · "
            <button type="button" class="pkp-link-button" on:click=move |_| table.clear_selection()>
                {t(Msg::KeysClearSelection)}
            </button>
        </p>
        <p class="pkp-empty" hidden=move || !loaded.get() || page.with(|v| v.total > 0)>{empty}</p>
        <p class="pkp-empty" hidden=move || !none_match()>
            {t(Msg::KeysNoMatch)}" "
            <button type="button" class="pkp-link-button" on:click=move |_| table.clear_filters()>
                {t(Msg::KeysClearFilter)}
            </button>
        </p>
        <Pager place=place on_page=go_to label=t(Msg::KeysPagesAbove) />
        <div class="pkp-table-scroll" id=top_id hidden=move || page.with(|v| v.shown == 0)>
            <table class="pkp-table" class:pkp-one-server=one_server>
                <caption>{t(Msg::KeysTableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="pkp-select">
                            <input
                                type="checkbox"
                                aria-label=t(Msg::KeysSelectAll)
                                title=t(Msg::KeysSelectAllHint)
                                prop:checked=all_ticked
                                on:change=tick_all
                            />
                        </th>
                        {columns.iter().map(|&column| header(column)).collect_view()}
                        <th scope="col">{t(Msg::KeysColumnHealth)}</th>
                        <th scope="col"><span class="pkp-sr-only">{t(Msg::KeysColumnActions)}</span></th>
                    </tr>
                </thead>
                // A fixed set of PAGE_SIZE row slots, built once: paging, sorting and filtering
                // rewrite the text of existing rows (and hide unused ones) instead of tearing
                // rows down and building new ones.
                <tbody>
                    {(0..PAGE_SIZE)
                        .map(|slot| {
                            let row = RowSlot { slot, page, keys, table, own_id, failure_at, on_action };
                            key_row(row, one_server)
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <Pager place=place on_page=go_to label=t(Msg::KeysPages) />
    }
}

/// What a row slot reads.
#[derive(Clone, Copy)]
struct RowSlot {
    slot: usize,
    page: Memo<TablePage<u32>>,
    keys: Signal<IndexedKeys>,
    table: TableView,
    own_id: Signal<Option<String>>,
    failure_at: Option<Callback<u32, Option<String>>>,
    on_action: Callback<RowAction>,
}

/// The cells of a key's row that show what Plesk sent (ID, IP addresses, description, owner):
/// each isolated (`<bdi>`) with invisible characters shown ([`visible_text`]); a key bound to
/// any address is marked; the key this browser uses says so.
#[component]
fn KeyCells(
    /// The row's key (none: an unused row slot).
    #[prop(into)]
    key: Signal<Option<KeyInfo>>,
    /// Why deleting the key failed, shown after its description.
    #[prop(optional, into)]
    failure: Signal<Option<String>>,
    /// Whether this is the key this browser uses.
    #[prop(optional, into)]
    this_browser: Signal<bool>,
) -> impl IntoView {
    let field = move |read: fn(&KeyInfo) -> String| {
        move || key.with(|k| k.as_ref().map(|k| visible_text(&read(k)).into_owned()).unwrap_or_default())
    };
    view! {
        <td class="pkp-id" data-label=Column::Id.title()>
            <bdi>{field(|k| k.id.clone())}</bdi>
            {move || this_browser.get().then(|| view! { <span class="pkp-badge">{t(Msg::KeysThisBrowser)}</span> })}
        </td>
        <td data-label=Column::IpAddresses.title() class:pkp-risk=move || key.with(|k| k.as_ref().is_some_and(KeyInfo::binds_any_address))>
            <bdi>{field(addresses_shown)}</bdi>
        </td>
        <td class="pkp-description" data-label=Column::Description.title()>
            <bdi>{field(|k| k.description.clone())}</bdi>
            <span class="pkp-failed-note">
                {move || {
                    failure.get().map(|reason| {
                        format!(" {}", tf(Fmt::KeysNotDeleted, &[("reason", visible_text(&reason).as_ref().into())]))
                    })
                }}
            </span>
        </td>
        <td data-label=Column::Owner.title()><bdi>{field(|k| k.owner.clone().unwrap_or_default())}</bdi></td>
    }
}

/// A key's findings: the worst level as a disclosure ("Danger", "Warning", "Note") whose reasons
/// show on hover (`title`), and when opened by click or keyboard (and so for screen readers),
/// each with what to do and, where one fits, its action (Rotate or Delete, confirmed as always).
fn health_view(
    found: &[Finding],
    at: u32,
    name: &str,
    one_server: bool,
    on_action: Callback<RowAction>,
) -> AnyView {
    let level = found.first().map_or(Level::Note, Finding::level);
    let (word, class) = match level {
        Level::Danger => (t(Msg::KeysHealthDanger), "pkp-health pkp-health-danger"),
        Level::Warning => (t(Msg::KeysHealthWarning), "pkp-health pkp-health-warning"),
        Level::Note => (t(Msg::KeysHealthNote), "pkp-health pkp-health-note"),
    };
    let reasons: Vec<String> = found.iter().map(health_reason).collect();
    let items = found
        .iter()
        .map(|finding| {
            let action = match finding.remedy() {
                Some(Remedy::Rotate) if one_server => {
                    Some((Msg::KeysHealthRotateIt, Fmt::KeysHealthRotateNamed, RowAction::Rotate(at)))
                }
                Some(Remedy::Delete) => {
                    Some((Msg::KeysHealthDeleteIt, Fmt::KeysHealthDeleteNamed, RowAction::Delete(at)))
                }
                _ => None,
            };
            let button = action.map(|(text, named, act)| {
                let label = tf(named, &[("name", name.into())]);
                let text = t(text);
                view! {
                    <button type="button" class="pkp-link-button pkp-change" aria-label=label on:click=move |_| on_action.run(act)>
                        {text}
                    </button>
                }
            });
            view! { <li>{health_reason(finding)}" "{health_advice(finding)}" "{button}</li> }
        })
        .collect_view();
    view! {
        <details class=class title=reasons.join("\n")>
            <summary>{word}<span class="pkp-sr-only">{format!(" {}", tf(Fmt::KeysHealthFor, &[("name", name.into())]))}</span></summary>
            <ul>{items}</ul>
        </details>
    }
    .into_any()
}

/// Row `slot` of the current page: its cells follow whichever key the page puts there; hidden
/// (and so out of the accessibility tree) when the page has fewer rows.
fn key_row(row: RowSlot, one_server: bool) -> impl IntoView {
    let RowSlot { slot, page, keys, table, own_id, failure_at, on_action } = row;
    let position = Memo::new(move |_| page.with(|v| v.rows.get(slot).copied()));
    let info = Memo::new(move |_| keys.with(|keys| keys.at(position.get()?).cloned()));
    // "key 5" or "key 5 on Frankfurt 1", as a person must see it (for the row's names).
    let name =
        Memo::new(move |_| position.get().map(|p| keys.with(|keys| keys.name_at(p))).unwrap_or_default());
    let mark = move || position.get().and_then(|p| keys.with(|keys| keys.mark_at(p).map(str::to_owned)));
    let act = move |make: fn(u32) -> RowAction| {
        move |_| {
            if let Some(at) = position.get_untracked() {
                on_action.run(make(at));
            }
        }
    };
    let failure = move || failure_at.and_then(|failure_at| failure_at.run(position.get()?));
    let this_browser =
        move || info.with(|i| i.as_ref().is_some_and(|k| own_id.with(|own| own.as_ref() == Some(&k.id))));
    // An icon button of the row: its title on hover, "Rotate key 5" for assistive tech.
    let button = move |words: (Msg, Fmt),
                       class: &'static str,
                       icon: &'static str,
                       make: fn(u32) -> RowAction| {
        let (title, named) = words;
        view! {
            <button type="button" class=class title=t(title) on:click=act(make)>
                <Icon path=icon />
                <span class="pkp-sr-only">{move || name.with(|name| tf(named, &[("name", name.into())]))}</span>
            </button>
        }
    };
    let server =
        move || position.get().and_then(|p| keys.with(|keys| keys.server_at(p).map(|s| s.label.clone())));
    view! {
        <tr class:pkp-row-failed=move || failure().is_some() hidden=move || info.with(Option::is_none)>
            <td class="pkp-select">
                <input
                    type="checkbox"
                    aria-label=move || name.with(|name| tf(Fmt::KeysSelectNamed, &[("name", name.into())]))
                    prop:checked=move || mark().is_some_and(|mark| table.is_selected(&mark))
                    on:change=move |event| {
                        let checked = event_target_checked(&event);
                        if let Some(mark) = untrack(mark) {
                            table.set_selected(mark, checked);
                        }
                    }
                />
            </td>
            {(!one_server).then(|| view! { <td data-label=Column::Server.title()>{server}</td> })}
            <KeyCells key=info failure=Signal::derive(failure) this_browser=Signal::derive(this_browser) />
            <td class="pkp-health-cell" data-label=t(Msg::KeysColumnHealth)>
                {move || {
                    let at = position.get()?;
                    keys.with(|keys| {
                        let found = keys.health_at(at);
                        (!found.is_empty()).then(|| health_view(found, at, &name.get_untracked(), one_server, on_action))
                    })
                }}
            </td>
            <td class="pkp-row-actions">
                {one_server.then(|| view! {
                    {button((Msg::KeysRotate, Fmt::KeysRotateNamed), "pkp-button pkp-icon-button pkp-change", ROTATE, RowAction::Rotate)}
                    {button((Msg::KeysEdit, Fmt::KeysEditNamed), "pkp-button pkp-icon-button pkp-change", EDIT, RowAction::Edit)}
                })}
                {button((Msg::KeysDelete, Fmt::KeysDeleteNamed), "pkp-button pkp-icon-button pkp-danger-quiet pkp-change", TRASH, RowAction::Delete)}
            </td>
        </tr>
    }
}
