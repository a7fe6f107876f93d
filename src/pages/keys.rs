//! The workspace once connected: the key list with its toolbar, create, look up, the dialogs and
//! the packet inspector.

use leptos::prelude::*;
use plesk_xmlapi::{CreateKey, IpList, KeyInfo};

use crate::api::AgentClient;
use crate::components::create_form::CreateForm;
use crate::components::delete_dialog::{delete_dialog_part, prefetch_delete_dialog};
use crate::components::dialog::ModalOpen;
use crate::components::key_table::{KeyTable, RowAction};
use crate::components::lookup::lookup_part;
use crate::components::new_key::{new_key_part, prefetch_new_key};
use crate::components::packet_inspector::packet_inspector_part;
use crate::components::rotate_dialog::{change_dialog_part, prefetch_change_dialog, ChangeMode};
use crate::components::status::InlineError;
use crate::download::{export_key_list, prefetch_export};
use crate::focus::{focus_by_id, refocus_if_lost};
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::list_status::{delete_selected_text, ListPhase};
use crate::logic::list_view::Column;
use crate::pages::all_servers::prefetch_all_servers;
use crate::parts::{dialog_part_view, part_view, prefetch_soon};
use crate::servers::use_fleet;
use crate::session::{use_session, StorageMode};
use crate::signed_in::use_signed_in;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::new_key::use_new_key;
use crate::state::request::session_action;

/// The dialog on screen, if any.
#[derive(Debug, Clone, PartialEq)]
enum OpenDialog {
    Delete(Vec<KeyInfo>),
    Change(KeyInfo, ChangeMode),
}

#[component]
pub fn KeysPage() -> impl IntoView {
    let store = use_keys();
    let announcer = use_announcer();
    let dialog = RwSignal::new(None::<OpenDialog>);
    let new_key = use_new_key();
    // The list that came with Connect's check is shown as it is; otherwise (a restored tab, a
    // server picked in a fleet, a Connect whose answer lacked the list) it is asked for once
    // connected. (The page may be built before: hidden, while Connect is checked.)
    let session = use_session();
    let signed_in = use_signed_in();
    let fleet = use_fleet();
    // Read-only people (a viewer's rule) see no create or delete.
    let may_change = Memo::new(move |_| signed_in.may_change(&fleet.current()));
    Effect::new(move |_| {
        if session.is_connected() && store.needs_loading() {
            store.refresh();
        }
    });

    let on_action = Callback::new(move |action: RowAction| {
        let at = |position| store.keys().with_untracked(|keys| keys.at(position).cloned());
        let open = match action {
            RowAction::Delete(p) => at(p).map(|info| OpenDialog::Delete(vec![info])),
            RowAction::Rotate(p) => at(p).map(|info| OpenDialog::Change(info, ChangeMode::Rotate)),
            RowAction::Edit(p) => at(p).map(|info| OpenDialog::Change(info, ChangeMode::Edit)),
        };
        if open.is_some() {
            dialog.set(open);
        }
    });
    let delete_selected = move |_| {
        let targets: Vec<KeyInfo> = store.selected_keys();
        if targets.is_empty() {
            announcer.error(t(Msg::KeysSelectFirst));
            return;
        }
        dialog.set(Some(OpenDialog::Delete(targets)));
    };
    let export = move |csv: bool| {
        let filters = store.table.filters().get_untracked();
        let order = store.table.order().get_untracked();
        let shown: Vec<KeyInfo> =
            store.keys().with_untracked(|keys| keys.view(&filters, order).into_iter().cloned().collect());
        leptos::task::spawn_local(async move {
            if export_key_list(shown, csv, announcer).await.is_err() {
                announcer.error(t(Msg::KeysExportNotLoaded));
            }
        });
    };
    // A deleted row's button is gone: the focus goes to the list, not to `<body>`.
    let close = Callback::new(move |()| {
        dialog.set(None);
        refocus_if_lost(&["pkp-keys-title"]);
    });
    // Connected: the connect form that had the focus is gone.
    Effect::new(move |_| {
        if session.is_connected() {
            refocus_if_lost(&["pkp-keys-title"]);
        }
    });
    let phase = Memo::new(move |_| store.phase());
    // The parts below the list (look-up, the packet inspector) come once the list is shown, and
    // the dialogs' and All servers' modules are fetched then, in the background (issue 29).
    let list_shown = RwSignal::new(false);
    Effect::new(move |_| {
        if store.is_loaded() && !list_shown.get_untracked() {
            list_shown.set(true);
            prefetch_soon(vec![
                Box::pin(prefetch_new_key()),
                Box::pin(prefetch_delete_dialog()),
                Box::pin(prefetch_change_dialog()),
                Box::pin(prefetch_all_servers()),
                Box::pin(prefetch_export()),
            ]);
        }
    });
    let modal_open = expect_context::<ModalOpen>();
    Effect::new(move |_| modal_open.0.set(dialog.with(Option::is_some)));
    on_cleanup(move || modal_open.0.set(false));

    view! {
        // Read-only people (a viewer's rule) are offered no change: `.pkp-change` is not shown.
        <div class="pkp-workspace" class:pkp-read-only=move || !may_change.get() inert=move || dialog.with(Option::is_some)>
        <Show when=move || session.uses_login()>
            {part_view(signed_in_offer_part)}
        </Show>
        <Show when=move || dialog.with(Option::is_none) && new_key.shown().is_some()>
            {part_view(new_key_part)}
        </Show>
        <section class="pkp-card pkp-keys" aria-labelledby="pkp-keys-title">
            <h2 id="pkp-keys-title" class="pkp-sr-only" tabindex="-1">{t(Msg::KeysTitle)}</h2>
            // The create form comes after every row in the tab order: one key press away.
            <a class="pkp-skip-link pkp-change" href="#pkp-create-title" on:click=move |event| {
                event.prevent_default();
                let _ = focus_by_id("pkp-create-ips");
            }>{t(Msg::KeysSkipToCreate)}</a>
            <div class="pkp-toolbar" role="toolbar" aria-label=t(Msg::KeysToolbarLabel)>
                <button type="button" class="pkp-button" on:click=move |_| store.refresh()>{t(Msg::KeysRefresh)}</button>
                <button
                    type="button"
                    class="pkp-button pkp-danger-quiet pkp-change"
                    disabled=move || store.table.selected_count() == 0
                    on:click=delete_selected
                >
                    {move || delete_selected_text(store.table.selected_count())}
                </button>
                <button type="button" class="pkp-button" on:click=move |_| export(true)>{t(Msg::KeysExportCsv)}</button>
                <button type="button" class="pkp-button" on:click=move |_| export(false)>{t(Msg::KeysExportJson)}</button>
            </div>
            <p class="pkp-hint pkp-refreshed" aria-live="polite">
                {move || phase.get().status_line(store.refreshed_at().get().as_deref())}
            </p>
            // The list's error, once, here: not copied to the page's status line.
            <InlineError message=store.error() />
            // Built (hidden) while the list loads, so the answer only fills in text.
            <div class="pkp-list" class:pkp-refreshing=move || phase.get() == ListPhase::Refreshing aria-busy=move || phase.get().is_busy().to_string()>
                <KeyTable
                    keys=store.keys()
                    table=store.table
                    columns=&Column::KEY_LIST
                    id="pkp-keys"
                    one_server=true
                    loaded=Signal::derive(move || store.is_loaded())
                    empty=t(Msg::KeysEmpty)
                    own_id=Signal::derive(move || session.own_key_id())
                    failure_at=Callback::new(move |p: u32| {
                        store.keys().with(|keys| keys.at(p).map(|k| k.id.clone())).and_then(|id| store.failure_of(&id))
                    })
                    on_action=on_action
                />
            </div>
        </section>
        <div class="pkp-columns">
            <CreateForm />
            {move || list_shown.get().then(|| part_view(lookup_part))}
        </div>
        {move || list_shown.get().then(|| part_view(packet_inspector_part))}
        </div>
        {move || dialog.get().map(|open| match open {
            OpenDialog::Delete(targets) => {
                dialog_part_view(move || delete_dialog_part(targets.clone(), close), close).into_any()
            }
            OpenDialog::Change(info, mode) => {
                dialog_part_view(move || change_dialog_part(info.clone(), mode, close), close).into_any()
            }
        })}
    }
}

/// After connecting with a login and password: offer a key for this browser, then switch to it.
#[component]
fn SignedInOffer() -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let new_key = use_new_key();
    let store = use_keys();
    let send = session_action(
        session,
        client,
        |client: AgentClient, credential, create: CreateKey| async move {
            client.create(&credential, create).await
        },
        move |_, result| match result {
            Ok(key) => {
                new_key.show(key.0.clone(), t(Msg::KeysOfferNewKeyNote).into());
                let _ = session.connect_with_key(key.0, StorageMode::Tab);
                announcer.info(t(Msg::KeysOfferCreated));
                store.refresh();
            }
            Err(error) => {
                announcer.error(tf(Fmt::KeysOfferFailed, &[("error", (&error.to_string()).into())]))
            }
        },
    );
    let create = move |_| {
        if let Ok(create) = CreateKey::new(IpList::default(), "Plesk Key Panel (this browser)", "") {
            send.dispatch(create);
        }
    };
    view! {
        <section class="pkp-card pkp-offer" aria-labelledby="pkp-offer-title">
            <h2 id="pkp-offer-title">{t(Msg::KeysOfferTitle)}</h2>
            <p>{t(Msg::KeysOfferText)}</p>
            <button type="button" class="pkp-button pkp-primary" disabled=move || send.pending().get() on:click=create>
                {t(Msg::KeysOfferCreate)}
            </button>
        </section>
    }
}

crate::parts::lazy_part! {
    prefetch = prefetch_signed_in_offer;
    /// [`SignedInOffer`]: a part of its own, fetched only by people who connect with a login and
    /// password.
    pub fn signed_in_offer_part() -> AnyView {
        view! { <SignedInOffer /> }.into_any()
    }
}
