//! The workspace once connected: the key list with its toolbar, create, look up, the dialogs and
//! the packet inspector.

use leptos::prelude::*;
use plesk_xmlapi::{CreateKey, IpList, KeyInfo};

use crate::api::AgentClient;
use crate::components::create_form::CreateForm;
use crate::components::delete_dialog::DeleteDialog;
use crate::components::dialog::ModalOpen;
use crate::components::field::SelectField;
use crate::components::key_table::{KeyTable, RowAction};
use crate::components::lookup::LookupForm;
use crate::components::new_key::NewKeyPanel;
use crate::components::packet_inspector::PacketInspector;
use crate::components::rotate_dialog::{ChangeMode, RotateDialog};
use crate::components::status::InlineError;
use crate::download::export_keys;
use crate::logic::export::{keys_csv, keys_json};
use crate::logic::list_status::ListPhase;
use crate::logic::visible::visible_text;
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
        dialog.set(Some(match action {
            RowAction::Delete(info) => OpenDialog::Delete(vec![info]),
            RowAction::Rotate(info) => OpenDialog::Change(info, ChangeMode::Rotate),
            RowAction::Edit(info) => OpenDialog::Change(info, ChangeMode::Edit),
        }));
    });
    let delete_selected = move |_| {
        let targets: Vec<KeyInfo> = store.selected_keys();
        if targets.is_empty() {
            announcer.error("Select at least one key first.");
            return;
        }
        dialog.set(Some(OpenDialog::Delete(targets)));
    };
    let export = move |csv: bool| {
        let filters = store.filters().get_untracked();
        let order = store.order().get_untracked();
        let (text, count) = store.keys().with_untracked(|keys| {
            let shown = keys.view(&filters, order);
            (if csv { keys_csv(&shown) } else { keys_json(&shown) }, shown.len())
        });
        export_keys(announcer, "plesk-keys", csv, &text, count);
    };
    let close = Callback::new(move |()| dialog.set(None));
    let phase = Memo::new(move |_| store.phase());
    let modal_open = expect_context::<ModalOpen>();
    Effect::new(move |_| modal_open.0.set(dialog.with(Option::is_some)));
    on_cleanup(move || modal_open.0.set(false));

    view! {
        // Read-only people (a viewer's rule) are offered no change: `.pkp-change` is not shown.
        <div class="pkp-workspace" class:pkp-read-only=move || !may_change.get() inert=move || dialog.with(Option::is_some)>
        <SignedInOffer />
        <Show when=move || dialog.with(Option::is_none)>
            <NewKeyPanel />
        </Show>
        <section class="pkp-card pkp-keys" aria-labelledby="pkp-keys-title">
            <h2 id="pkp-keys-title" class="pkp-sr-only">"Keys"</h2>
            <div class="pkp-toolbar" role="toolbar" aria-label="Key list actions">
                <button type="button" class="pkp-button" on:click=move |_| store.refresh()>"Refresh"</button>
                <button
                    type="button"
                    class="pkp-button pkp-danger-quiet pkp-change"
                    disabled=move || !store.has_selection()
                    on:click=delete_selected
                >
                    "Delete selected"
                </button>
                <button type="button" class="pkp-button" on:click=move |_| export(true)>"Export CSV"</button>
                <button type="button" class="pkp-button" on:click=move |_| export(false)>"Export JSON"</button>
            </div>
            <div class="pkp-filters">
                <div class="pkp-field">
                    <label for="pkp-filter">"Filter keys"</label>
                    <input
                        id="pkp-filter"
                        type="search"
                        placeholder="ID, address, description or owner"
                        prop:value=move || store.filters().with(|f| f.text.clone())
                        on:input=move |event| {
                            store.set_filter_text(event_target_value(&event));
                        }
                    />
                </div>
                <SelectField
                    id="pkp-owner-filter"
                    label="Owner"
                    class="pkp-field"
                    first=Some("All owners")
                    options=Signal::derive(move || store.keys().with(|keys| {
                        keys.owners().iter().map(|owner| (owner.clone(), visible_text(owner).into_owned())).collect()
                    }))
                    selected=Signal::derive(move || store.filters().with(|f| f.owner.clone().unwrap_or_default()))
                    on_change=Callback::new(move |value: String| store.set_owner_filter((!value.is_empty()).then_some(value)))
                />
            </div>
            <p class="pkp-hint pkp-refreshed" aria-live="polite">
                {move || phase.get().status_line(store.refreshed_at().get().as_deref())}
            </p>
            // The list's error, once, here: not copied to the page's status line.
            <InlineError message=store.error() />
            // Built (hidden) while the list loads, so the answer only fills in text.
            <div class="pkp-list" class:pkp-refreshing=move || phase.get() == ListPhase::Refreshing aria-busy=move || phase.get().is_busy().to_string()>
                <KeyTable on_action=on_action />
            </div>
        </section>
        <div class="pkp-columns">
            <CreateForm />
            <LookupForm />
        </div>
        <PacketInspector />
        </div>
        {move || dialog.get().map(|open| match open {
            OpenDialog::Delete(targets) => view! { <DeleteDialog targets=targets on_close=close /> }.into_any(),
            OpenDialog::Change(info, mode) => view! { <RotateDialog info=info mode=mode on_close=close /> }.into_any(),
        })}
    }
}

/// After signing in with a password: offer a key for this browser, then switch to it.
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
                new_key.show(key.0.clone(), "A key for this browser, bound to the address Plesk sees. The panel now uses it; your password is forgotten.".into());
                let _ = session.connect_with_key(key.0, StorageMode::Tab);
                announcer.info("Key created for this browser; the panel now uses it.");
                store.refresh();
            }
            Err(error) => announcer.error(format!("No key was created: {error}")),
        },
    );
    let create = move |_| {
        if let Ok(create) = CreateKey::new(IpList::default(), "Plesk Key Panel (this browser)", "") {
            send.dispatch(create);
        }
    };
    view! {
        <Show when=move || session.uses_login()>
            <section class="pkp-card pkp-offer" aria-labelledby="pkp-offer-title">
                <h2 id="pkp-offer-title">"Signed in with a password"</h2>
                <p>"The password stays in memory only. Create an API key for this browser and use it from now on?"</p>
                <button type="button" class="pkp-button pkp-primary" disabled=move || send.pending().get() on:click=create>
                    "Create a key for this browser"
                </button>
            </section>
        </Show>
    }
}
