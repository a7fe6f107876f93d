//! **Rotate** and **Edit**: Plesk has no update operation, so both create a twin (with changes,
//! for Edit), show the new key once, and delete the old key only after the create succeeded and
//! the user confirmed.

use leptos::prelude::*;
use plesk_xmlapi::client::{RotatePlan, TwinSettings};
use plesk_xmlapi::{KeyInfo, KeyList};

use crate::api::AgentClient;
use crate::logic::address_field::AddressCheck;
use crate::logic::list_view::addresses_shown;
use crate::logic::visible::visible_text;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::new_key::use_new_key;
use crate::state::request::session_action;

use super::dialog::Dialog;
use super::key_settings::{KeyForm, KeySettings, KeySettingsFields};
use super::new_key::NewKeyPanel;
use super::status::InlineError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeMode {
    Rotate,
    Edit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Prepare,
    Created,
}

crate::parts::lazy_part! {
    prefetch = prefetch_change_dialog;
    /// Rotate and Edit, a part fetched the first time one opens.
    pub fn change_dialog_part(info: KeyInfo, mode: ChangeMode, on_close: Callback<()>) -> AnyView {
        view! { <RotateDialog info=info mode=mode on_close=on_close /> }.into_any()
    }
}

#[component]
fn RotateDialog(
    /// The key to replace.
    info: KeyInfo,
    /// Rotate (same settings) or Edit (changed settings).
    mode: ChangeMode,
    #[prop(into)] on_close: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let store = use_keys();
    let new_key = use_new_key();
    let initial = TwinSettings::of(&info);
    let settings = KeySettings::new(initial.ip_addresses, initial.description, initial.owner);
    let step = RwSignal::new(Step::Prepare);
    // The plan whose twin was created: its delete of the old key is the only one offered.
    let created = StoredValue::new(None::<RotatePlan>);
    let problem = RwSignal::new(None::<String>);
    let old_id = info.id.clone();
    let is_own = session.own_key_id().is_some_and(|own| own == old_id);
    let title = match mode {
        ChangeMode::Rotate => format!("Rotate key {old_id}"),
        ChangeMode::Edit => format!("Edit key {old_id}"),
    };

    // One create, never retried without `login`: a refused twin (1015: a disabled or misspelt
    // owner, …) is an error and the old key stays.
    let created_id = old_id.clone();
    let create_twin = session_action(
        session,
        client.clone(),
        |client: AgentClient, credential, plan: RotatePlan| async move {
            client.create(&credential, plan.create().clone()).await
        },
        move |plan: RotatePlan, result| {
            let old_id = created_id.clone();
            match result {
                Ok(key) => {
                    new_key.show(key.0, format!("Replaces key {old_id}."));
                    created.set_value(Some(plan));
                    step.set(Step::Created);
                    announcer.info(format!(
                        "New key created. Copy it, then decide whether to delete key {old_id}."
                    ));
                    store.refresh();
                }
                Err(error) => announcer
                    .report(problem, format!("No new key was created; key {old_id} was kept: {error}")),
            }
        },
    );
    let create_id = old_id.clone();
    let create = move |_| {
        problem.set(None);
        if let AddressCheck::Invalid(reason) = settings.checked() {
            problem.set(Some(format!("IP addresses: {reason}")));
            return;
        }
        let settings = TwinSettings {
            ip_addresses: settings.addresses.get_untracked(),
            description: settings.description.get_untracked(),
            owner: settings.owner.get_untracked(),
        };
        match RotatePlan::new(&create_id, &settings, session.caller_login_untracked().as_deref()) {
            Ok(plan) => {
                create_twin.dispatch(plan);
            }
            Err(error) => problem.set(Some(error.to_string())),
        }
    };

    let delete_id = old_id.clone();
    let remove_old = session_action(
        session,
        client,
        |client: AgentClient, credential, keys: KeyList| async move { client.delete(&credential, &keys).await },
        move |_, result| {
            let old_id = delete_id.clone();
            match result.map(|mut r| r.pop().map(|(_, outcome)| outcome)) {
                Ok(Some(Ok(()))) => {
                    on_close.run(());
                    if is_own {
                        session.log_out();
                        announcer.info(format!(
                            "Key {old_id} deleted. It was the panel's own key: connect with the new key."
                        ));
                    } else {
                        announcer.info(format!("Key {old_id} deleted; the new key replaces it."));
                        store.remove(std::slice::from_ref(&old_id));
                        store.refresh();
                    }
                }
                Ok(Some(Err(error))) => problem.set(Some(format!("Key {old_id} was not deleted: {error}"))),
                Ok(None) => problem.set(Some(format!("Key {old_id}: Plesk sent no result."))),
                Err(error) => problem.set(Some(format!("Key {old_id} was not deleted: {error}"))),
            }
        },
    );
    let delete_old = move |_| {
        if let Some(keys) = created.with_value(|created| created.as_ref().map(|plan| plan.old_key().clone()))
        {
            remove_old.dispatch(keys);
        }
    };
    let busy = move || create_twin.pending().get() || remove_old.pending().get();

    let keep_id = old_id.clone();
    let keep_old = move |_| {
        on_close.run(());
        announcer.info(format!("Key {keep_id} was kept; both keys now work."));
    };

    view! {
        <Dialog title=title on_cancel=on_close>
            <Show when=move || step.get() == Step::Prepare fallback=move || {
                let keep_old = keep_old.clone();
                let old = old_id.clone();
                view! {
                    <NewKeyPanel />
                    <p>{format!("The new key works now. Delete the old key {old}?")}</p>
                    {is_own.then(|| view! {
                        <p class="pkp-warning">"The old key is the one this panel uses: you will be logged out after deleting it."</p>
                    })}
                    <InlineError message=problem />
                    <div class="pkp-actions">
                        <button type="button" class="pkp-button pkp-danger" disabled=busy on:click=delete_old>
                            {format!("Delete old key {old}")}
                        </button>
                        <button type="button" class="pkp-button" on:click=keep_old>"Keep old key"</button>
                    </div>
                }
            }>
                {match mode {
                    ChangeMode::Rotate => view! {
                        <p>
                            "A new key is created with the same addresses ("
                            <bdi>{visible_text(&addresses_shown(&info)).into_owned()}</bdi>
                            "), description and owner. The old key "
                            <bdi>{visible_text(&info.id).into_owned()}</bdi>
                            " is deleted only after that succeeded and you confirm."
                        </p>
                    }.into_any(),
                    ChangeMode::Edit => view! {
                        <p class="pkp-hint">
                            "Plesk has no update operation for keys: saving creates a new key with these settings; the old key is deleted only after that succeeded and you confirm."
                        </p>
                        <KeySettingsFields form=KeyForm::Edit settings=settings />
                    }.into_any(),
                }}
                {info.binds_any_address().then(|| view! {
                    <p class="pkp-warning">
                        "This key works from any address. Plesk's XML API cannot create such a key: the new key is bound to the addresses given, or with none to the address Plesk sees (this panel's gateway)."
                    </p>
                })}
                <InlineError message=problem />
                <div class="pkp-actions">
                    <button type="button" class="pkp-button pkp-primary" disabled=busy on:click=create.clone()>
                        {match mode { ChangeMode::Rotate => "Create new key", ChangeMode::Edit => "Save as new key" }}
                    </button>
                    <button type="button" class="pkp-button" on:click=move |_| on_close.run(())>"Cancel"</button>
                </div>
            </Show>
        </Dialog>
    }
}
