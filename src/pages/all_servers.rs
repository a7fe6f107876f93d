//! **All servers** (a fleet only): one table **Secret keys** with a **Server** column holding
//! the keys of every connected server. The lists are asked for in parallel, each with that
//! server's own credential; each server's state is shown, and a slow or failing server never
//! blocks or blanks the others. A row's Delete goes to the row's server, after confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use plesk_xmlapi::KeyList;

use crate::components::dialog::{DeleteOrCancel, Dialog, ModalOpen};
use crate::components::field::SelectField;
use crate::components::fleet_tools::{CreateOnServers, FindOnAllServers};
use crate::components::icons::{Icon, TRASH};
use crate::components::key_table::{KeyCells, KeysTableFrame};
use crate::components::status::InlineError;
use crate::download::export_keys;
use crate::logic::deletions::DeletionReport;
use crate::logic::export::{fleet_csv, fleet_json};
use crate::logic::fleet_view::{
    by_server, columns_for_refresh, fleet_count_line, merged_positions, remove_deleted, rows_at, set_state,
    FleetRow, ServerColumn, ServerState, ServerToAsk,
};
use crate::logic::list_view::TablePage;
use crate::logic::visible::visible_text;
use crate::servers::use_fleet;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::request::{all_of, WriteAction};

/// The confirmation's title: one key, or how many on how many servers.
fn delete_title(chosen: &[FleetRow]) -> String {
    match chosen {
        [row] => format!("Delete key {} on {}?", visible_text(&row.key.id), row.label),
        rows => format!("Delete {} keys on {} server(s)?", rows.len(), by_server(rows).len()),
    }
}

#[component]
pub fn AllServersPage() -> impl IntoView {
    let fleet = use_fleet();
    let session = use_session();
    let announcer = use_announcer();
    let columns = RwSignal::new(Vec::<ServerColumn>::new());
    let only = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Vec<FleetRow>>);
    // Ticked rows, by (server, ID).
    let selected = RwSignal::new(std::collections::BTreeSet::<(String, String)>::new());
    let problem = RwSignal::new(None::<String>);

    // Each server's answer is taken only if it answers that server's latest request
    // (`ServerColumn::asked`, a `logic::latest::Latest`: a newer Refresh or a delete since
    // overtakes it); after Log out this page is gone, and its answers with it.
    let refresh = move || {
        let fresh = fleet.targets();
        let asked: Vec<ServerToAsk> = fresh
            .iter()
            .map(|target| ServerToAsk {
                name: target.name.clone(),
                label: target.label.clone(),
                connected: target.credential.is_some(),
            })
            .collect();
        columns.update(|columns| *columns = columns_for_refresh(std::mem::take(columns), &asked));
        for target in fresh {
            let Some(credential) = target.credential else { continue };
            let Some(ticket) = columns.with_untracked(|columns| {
                columns.iter().find(|column| column.name == target.name).map(|column| column.asked.current())
            }) else {
                continue;
            };
            spawn_local(async move {
                let state = match target.client.list_keys(&credential).await {
                    Ok(keys) => ServerState::loaded(keys),
                    Err(error) => ServerState::Failed(error.to_string()),
                };
                columns.try_update(|columns| set_state(columns, &target.name, ticket, state));
            });
        }
    };
    refresh();

    // The merged table as positions (rebuilt at each answer without copying a key); the rows of
    // the page shown are made from them.
    let positions =
        Memo::new(move |_| columns.with(|columns| merged_positions(columns, only.get().as_deref())));
    let all_rows =
        move || columns.with_untracked(|columns| positions.with_untracked(|p| rows_at(columns, p)));
    // Large fleets: the table shows PAGE_SIZE rows at a time.
    let page = RwSignal::new(0_usize);
    let table = Memo::new(move |_| positions.with(|p| TablePage::of(p, p.len(), page.get())));
    let shown = Memo::new(move |_| columns.with(|columns| table.with(|table| rows_at(columns, &table.rows))));
    let modal_open = expect_context::<ModalOpen>();
    Effect::new(move |_| modal_open.0.set(pending.with(Option::is_some)));
    on_cleanup(move || modal_open.0.set(false));

    // One delete packet per server, in parallel; every key reported as deleted or not, and why.
    let delete = WriteAction::new(move |chosen: Vec<FleetRow>| {
        // The credentials as they are now (a server may have been connected again since).
        let targets = fleet.targets();
        let single = match chosen.as_slice() {
            [row] => Some(format!("Key {} deleted on {}.", row.key.id, row.label)),
            _ => None,
        };
        let per_server: Vec<_> = by_server(&chosen)
            .into_iter()
            .map(|(server, rows)| {
                let target = targets.iter().find(|t| t.name == server).cloned();
                let ids: Vec<String> = rows.iter().map(|row| row.key.id.clone()).collect();
                let label = rows.first().map(|row| row.label.clone()).unwrap_or_default();
                async move {
                    let connected =
                        target.and_then(|t| t.credential.clone().map(|credential| (t.client, credential)));
                    let outcome = match (connected, KeyList::parse(&ids.join(" "))) {
                        (Some((client, credential)), Ok(keys)) => {
                            client.delete(&credential, &keys).await.map_err(|e| e.to_string())
                        }
                        (Some(_), Err(error)) => Err(error.to_string()),
                        (None, _) => Err("not connected".to_owned()),
                    };
                    (server, label, ids, outcome)
                }
            })
            .collect();
        let answers = session.answer(all_of(per_server));
        async move {
            let Some(answers) = answers.await else { return };
            let (mut deleted, mut failures) = (0_usize, Vec::<String>::new());
            for (server, label, ids, outcome) in answers {
                match outcome {
                    Ok(results) => {
                        let report = DeletionReport::of(&results);
                        columns.try_update(|columns| remove_deleted(columns, &server, &report.deleted));
                        selected.try_update(|selected| {
                            selected.retain(|(s, id)| !(s == &server && report.deleted.contains(id)))
                        });
                        deleted += report.deleted.len();
                        failures.extend(
                            report.failed.iter().map(|(id, reason)| format!("key {id} on {label}: {reason}")),
                        );
                    }
                    Err(reason) => {
                        failures.extend(ids.iter().map(|id| format!("key {id} on {label}: {reason}")))
                    }
                }
            }
            if failures.is_empty() {
                pending.try_set(None);
                announcer.info(single.unwrap_or_else(|| format!("{deleted} key(s) deleted.")));
            } else {
                announcer.report(
                    problem,
                    format!("{deleted} key(s) deleted; not deleted: {}", failures.join("; ")),
                );
            }
        }
    });
    let confirm = move |()| {
        if let Some(chosen) = pending.get_untracked() {
            problem.set(None);
            delete.dispatch(chosen);
        }
    };
    // The rows shown (all, or one server's), each with its server's name.
    let export = move |csv: bool| {
        let rows = all_rows();
        let (text, count) = {
            let pairs: Vec<(&str, &plesk_xmlapi::KeyInfo)> =
                rows.iter().map(|row| (row.server.as_str(), &row.key)).collect();
            (if csv { fleet_csv(&pairs) } else { fleet_json(&pairs) }, pairs.len())
        };
        export_keys(announcer, "plesk-keys-servers", csv, &text, count);
    };
    let close = Callback::new(move |()| {
        problem.set(None);
        pending.set(None);
    });

    view! {
        <section class="pkp-card pkp-keys" aria-labelledby="pkp-all-title" inert=move || pending.with(Option::is_some)>
            <h2 id="pkp-all-title">"All servers"</h2>
            <div class="pkp-toolbar" role="toolbar" aria-label="Key list actions">
                <button type="button" class="pkp-button" on:click=move |_| refresh()>"Refresh"</button>
                <button
                    type="button"
                    class="pkp-button pkp-danger-quiet"
                    disabled=move || selected.with(|selected| selected.is_empty())
                    on:click=move |_| {
                        let chosen: Vec<FleetRow> = selected.with_untracked(|selected| {
                            all_rows().into_iter().filter(|row| selected.contains(&(row.server.clone(), row.key.id.clone()))).collect()
                        });
                        if !chosen.is_empty() {
                            pending.set(Some(chosen));
                        }
                    }
                >
                    "Delete selected"
                </button>
                <button type="button" class="pkp-button" on:click=move |_| export(true)>"Export CSV"</button>
                <button type="button" class="pkp-button" on:click=move |_| export(false)>"Export JSON"</button>
                <SelectField
                    id="pkp-only-server"
                    label="Show server"
                    class="pkp-field pkp-inline-field"
                    first=Some("Every server")
                    options=Signal::derive(move || columns.with(|columns| {
                        columns.iter().map(|column| (column.name.clone(), column.label.clone())).collect()
                    }))
                    selected=Signal::derive(move || only.get().unwrap_or_default())
                    on_change=Callback::new(move |value: String| {
                        only.set((!value.is_empty()).then_some(value));
                        page.set(0);
                    })
                />
            </div>
            <ul class="pkp-server-states" aria-label="Servers">
                {move || columns.with(|columns| columns.iter().map(|column| {
                    let failed = matches!(column.state, ServerState::Failed(_));
                    view! { <li class:pkp-not-found=failed>{visible_text(&column.status_line()).into_owned()}</li> }
                }).collect_view())}
            </ul>
            <p class="pkp-count" aria-live="polite">{move || columns.with(|columns| fleet_count_line(columns))}</p>
            <KeysTableFrame
                headers=view! {
                    <th scope="col">"Server"</th>
                    <th scope="col">"ID"</th>
                    <th scope="col">"IP addresses"</th>
                    <th scope="col">"Description"</th>
                    <th scope="col">"Owner"</th>
                }
                .into_any()
                place=Signal::derive(move || table.with(TablePage::place))
                on_page=Callback::new(move |to| page.set(to))
            >
                <For
                    each=move || shown.get()
                    key=|row| (row.server.clone(), row.key.id.clone())
                    children=move |row| {
                        let delete_name = row.delete_name();
                        let chosen = row.clone();
                        let mark = (row.server.clone(), row.key.id.clone());
                        let ticked = mark.clone();
                        view! {
                            <tr>
                                <td class="pkp-select">
                                    <input
                                        type="checkbox"
                                        aria-label=format!("Select key {} on {}", row.key.id, row.label)
                                        prop:checked=move || selected.with(|selected| selected.contains(&ticked))
                                        on:change=move |event| {
                                            let on = event_target_checked(&event);
                                            let mark = mark.clone();
                                            selected.update(|selected| {
                                                if on { selected.insert(mark); } else { selected.remove(&mark); }
                                            });
                                        }
                                    />
                                </td>
                                <td>{row.label.clone()}</td>
                                <KeyCells key=Signal::stored(Some(row.key.clone())) />
                                <td class="pkp-row-actions">
                                    <button
                                        type="button"
                                        class="pkp-button pkp-icon-button pkp-danger-quiet"
                                        title="Delete"
                                        on:click=move |_| pending.set(Some(vec![chosen.clone()]))
                                    >
                                        <Icon path=TRASH />
                                        <span class="pkp-sr-only">{delete_name}</span>
                                    </button>
                                </td>
                            </tr>
                        }
                    }
                />
            </KeysTableFrame>
            <p class="pkp-hint">
                "Rotate and edit work on one server: pick it under Server."
            </p>
        </section>
        <div class="pkp-columns" inert=move || pending.with(Option::is_some)>
            <CreateOnServers on_created=Callback::new(move |()| refresh()) />
            <FindOnAllServers />
        </div>
        {move || pending.get().map(|chosen| view! {
            <Dialog title=delete_title(&chosen) on_cancel=close>
                <p>"These keys stop working at once on their servers. This cannot be undone:"</p>
                <ul class="pkp-dialog-list">
                    {chosen.iter().map(|row| view! { <li>"key "<bdi>{visible_text(&row.key.id).into_owned()}</bdi>{format!(" on {}", row.label)}</li> }).collect_view()}
                </ul>
                <InlineError message=problem />
                <DeleteOrCancel busy=delete.pending() on_delete=confirm on_cancel=close />
            </Dialog>
        })}
    }
}
