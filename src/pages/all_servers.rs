//! **All servers** (a fleet only): one table **Secret keys** with a **Server** column holding
//! the keys of every connected server. The lists are asked for in parallel, each with that
//! server's own credential; each server's state is shown, and a slow or failing server never
//! blocks or blanks the others. A row's Delete goes to the row's server, after confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use plesk_xmlapi::key_health::owners_to_ask;
use plesk_xmlapi::KeyList;

use crate::components::dialog::{DeleteOrCancel, Dialog, ModalOpen};
use crate::components::field::SelectField;
use crate::components::fleet_tools::{CreateOnServers, FindOnAllServers};
use crate::components::key_table::{KeyTable, RowAction};
use crate::components::status::InlineError;
use crate::download::export_keys;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::deletions::{deleted_sentence, DeletionReport};
use crate::logic::export::{fleet_csv, fleet_json};
use crate::logic::fleet_view::{
    by_server, columns_for_refresh, fleet_count_line, merged_rows, remove_deleted, set_state, FleetRow,
    ServerColumn, ServerState, ServerToAsk,
};
use crate::logic::list_status::delete_selected_text;
use crate::logic::list_view::{Column, IndexedKeys, OwnersByServer, ServerOf};
use crate::logic::visible::visible_text;
use crate::servers::use_fleet;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::request::{all_of, WriteAction};
use crate::state::table_view::TableView;

/// The confirmation's title: one key, or how many on how many servers.
fn delete_title(chosen: &[FleetRow]) -> String {
    match chosen {
        [row] => tf(
            Fmt::FleetDeleteOneTitle,
            &[("id", visible_text(&row.key.id).as_ref().into()), ("server", (&row.label).into())],
        ),
        rows => match by_server(rows).len() {
            1 => tf(
                Fmt::FleetDeleteOnServerTitle,
                &[("count", rows.len().into()), ("server", (&rows[0].label).into())],
            ),
            servers => tf(
                Fmt::FleetDeleteOnServersTitle,
                &[("count", rows.len().into()), ("servers", servers.into())],
            ),
        },
    }
}

/// A key not deleted, and why.
fn failure(id: &str, server: &str, reason: &str) -> String {
    tf(Fmt::FleetDeleteFailure, &[("id", id.into()), ("server", server.into()), ("reason", reason.into())])
}

/// One key of the confirmation's list: "key ID on SERVER", the ID (Plesk's text) isolated
/// (`<bdi>`) wherever the language puts it.
fn delete_item(row: &FleetRow) -> impl IntoView {
    const ID: &str = "\u{e000}";
    let line = tf(Fmt::FleetDeleteItem, &[("id", ID.into()), ("server", (&row.label).into())]);
    let (before, after) = line.split_once(ID).unwrap_or((&line, ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! { <li>{before}<bdi>{visible_text(&row.key.id).into_owned()}</bdi>{after}</li> }
}

crate::parts::lazy_part! {
    prefetch = prefetch_all_servers;
    /// All servers, a part fetched the first time it is opened.
    pub fn all_servers_part() -> AnyView {
        view! { <AllServersPage /> }.into_any()
    }
}

#[component]
fn AllServersPage() -> impl IntoView {
    let fleet = use_fleet();
    let session = use_session();
    let announcer = use_announcer();
    let columns = RwSignal::new(Vec::<ServerColumn>::new());
    let only = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Vec<FleetRow>>);
    // Filters, sort, page and ticks, as in the key list.
    let table = TableView::new();
    // What each server said of its keys' owners (key health).
    let owners = RwSignal::new(OwnersByServer::new());
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
                let listed = target.client.list_keys(&credential).await;
                let logins = listed.as_ref().map(|keys| owners_to_ask(keys, "admin")).unwrap_or_default();
                let state = match listed {
                    Ok(keys) => ServerState::loaded(keys),
                    Err(error) => ServerState::Failed(error.to_string()),
                };
                columns.try_update(|columns| set_state(columns, &target.name, ticket, state));
                // Key health: what Plesk says of this server's owners (unknown if it cannot say).
                let statuses = target.client.owner_statuses(&credential, &logins).await;
                let still_latest = columns.try_with(|columns| {
                    columns.iter().any(|column| column.name == target.name && column.asked.is_latest(ticket))
                });
                if still_latest == Some(true) {
                    owners.try_update(|owners| owners.insert(target.name.clone(), statuses));
                }
            });
        }
    };
    refresh();

    // The merged table, indexed for filtering and sorting like the key list (rebuilt at each
    // server's answer); ticks of keys that are gone are dropped.
    let keys = Memo::new(move |_| {
        let rows = columns.with(|columns| merged_rows(columns, only.get().as_deref()));
        let mut indexed = IndexedKeys::on_servers(
            rows.into_iter().map(|row| (ServerOf { name: row.server, label: row.label }, row.key)).collect(),
        );
        owners.with(|owners| indexed.set_owners(owners));
        indexed
    });
    Effect::new(move |_| keys.with(|keys| table.keep_selected_in(keys)));
    // The rows at positions of `keys`, each with its server (for deleting).
    let rows_at = move |positions: &mut dyn Iterator<Item = u32>| -> Vec<FleetRow> {
        keys.with_untracked(|keys| {
            positions
                .filter_map(|p| {
                    let server = keys.server_at(p)?;
                    Some(FleetRow {
                        server: server.name.clone(),
                        label: server.label.clone(),
                        key: keys.at(p)?.clone(),
                    })
                })
                .collect()
        })
    };
    let modal_open = expect_context::<ModalOpen>();
    Effect::new(move |_| modal_open.0.set(pending.with(Option::is_some)));
    on_cleanup(move || modal_open.0.set(false));

    // One delete packet per server, in parallel; every key reported as deleted or not, and why.
    let delete = WriteAction::new(move |chosen: Vec<FleetRow>| {
        // The credentials as they are now (a server may have been connected again since).
        let targets = fleet.targets();
        let single = match chosen.as_slice() {
            [row] => Some(tf(
                Fmt::FleetKeyDeleted,
                &[("id", (&row.key.id).into()), ("server", (&row.label).into())],
            )),
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
                        (Some(_), Err(error)) => Err(crate::logic::address_field::key_list_error(&error)),
                        (None, _) => Err(t(Msg::FleetNotConnected).to_owned()),
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
                        deleted += report.deleted.len();
                        failures.extend(report.failed.iter().map(|(id, reason)| failure(id, &label, reason)));
                    }
                    Err(reason) => failures.extend(ids.iter().map(|id| failure(id, &label, &reason))),
                }
            }
            if failures.is_empty() {
                pending.try_set(None);
                announcer.info(single.unwrap_or_else(|| deleted_sentence(deleted, &[])));
            } else {
                announcer.report(problem, deleted_sentence(deleted, &failures));
            }
        }
    });
    let confirm = move |()| {
        if let Some(chosen) = pending.get_untracked() {
            problem.set(None);
            delete.dispatch(chosen);
        }
    };
    // The rows the filters let through (all servers, or one), in the sort order, each with its
    // server's name.
    let export = move |csv: bool| {
        let (filters, order) = (table.filters().get_untracked(), table.order().get_untracked());
        let shown = keys.with_untracked(|keys| keys.filtered(&keys.sorted(order), &filters));
        let rows = rows_at(&mut shown.into_iter());
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
            <h2 id="pkp-all-title">{t(Msg::FleetAllServers)}</h2>
            <div class="pkp-toolbar" role="toolbar" aria-label=t(Msg::FleetActionsLabel)>
                <button type="button" class="pkp-button" on:click=move |_| refresh()>{t(Msg::FleetRefresh)}</button>
                <button
                    type="button"
                    class="pkp-button pkp-danger-quiet"
                    disabled=move || table.selected_count() == 0
                    on:click=move |_| {
                        let ticked = table.selected().with_untracked(|selected| {
                            keys.with_untracked(|keys| {
                                (0..keys.len() as u32)
                                    .filter(|&p| keys.mark_at(p).is_some_and(|mark| selected.contains(mark)))
                                    .collect::<Vec<u32>>()
                            })
                        });
                        let chosen = rows_at(&mut ticked.into_iter());
                        if !chosen.is_empty() {
                            pending.set(Some(chosen));
                        }
                    }
                >
                    {move || delete_selected_text(table.selected_count())}
                </button>
                <button type="button" class="pkp-button" on:click=move |_| export(true)>{t(Msg::FleetExportCsv)}</button>
                <button type="button" class="pkp-button" on:click=move |_| export(false)>{t(Msg::FleetExportJson)}</button>
                <SelectField
                    id="pkp-only-server"
                    label=t(Msg::FleetShowServer)
                    class="pkp-field pkp-inline-field"
                    first=Some(t(Msg::FleetEveryServer))
                    options=Signal::derive(move || columns.with(|columns| {
                        columns.iter().map(|column| (column.name.clone(), column.label.clone())).collect()
                    }))
                    selected=Signal::derive(move || only.get().unwrap_or_default())
                    on_change=Callback::new(move |value: String| {
                        only.set((!value.is_empty()).then_some(value));
                        table.set_page(0);
                    })
                />
            </div>
            <ul class="pkp-server-states" aria-label=t(Msg::FleetServersLabel)>
                {move || columns.with(|columns| columns.iter().map(|column| {
                    let failed = matches!(column.state, ServerState::Failed(_));
                    view! { <li class:pkp-not-found=failed>{column.status_line()}</li> }
                }).collect_view())}
            </ul>
            <p class="pkp-count" aria-live="polite">{move || columns.with(|columns| fleet_count_line(columns))}</p>
            <KeyTable
                keys=keys
                table=table
                columns=&Column::ALL_SERVERS
                id="pkp-all"
                loaded=Signal::derive(move || columns.with(|columns| columns.iter().any(|c| c.state.keys_shown().is_some())))
                empty=t(Msg::FleetEmpty)
                on_action=Callback::new(move |action: RowAction| {
                    if let RowAction::Delete(p) = action {
                        let chosen = rows_at(&mut std::iter::once(p));
                        if !chosen.is_empty() {
                            pending.set(Some(chosen));
                        }
                    }
                })
            />
            <p class="pkp-hint">
                {t(Msg::FleetOneServerHint)}
            </p>
        </section>
        <div class="pkp-columns" inert=move || pending.with(Option::is_some)>
            <CreateOnServers on_created=Callback::new(move |()| refresh()) />
            <FindOnAllServers />
        </div>
        {move || pending.get().map(|chosen| view! {
            <Dialog title=delete_title(&chosen) on_cancel=close>
                <p>{tf(Fmt::FleetDeleteWarning, &[("count", chosen.len().into())])}</p>
                <ul class="pkp-dialog-list">
                    {chosen.iter().map(delete_item).collect_view()}
                </ul>
                <InlineError message=problem />
                <DeleteOrCancel busy=delete.pending() on_delete=confirm on_cancel=close />
            </Dialog>
        })}
    }
}
