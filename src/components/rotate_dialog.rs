//! **Rotate** and **Edit**: Plesk has no update operation, so both create a twin (with changes,
//! for Edit), show the new key once, and delete the old key only after the create succeeded and
//! the user confirmed.

use leptos::prelude::*;
use plesk_xmlapi::client::{RotatePlan, TwinSettings};
use plesk_xmlapi::{KeyInfo, KeyList};

use crate::api::AgentClient;
use crate::error_words::result_error_text;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::address_field::{rotate_error, AddressCheck};
use crate::logic::list_view::addresses_shown;
use crate::logic::visible::visible_text;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::new_key::use_new_key;
use crate::state::request::session_action;

use super::dialog::{isolated, Dialog};
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
        ChangeMode::Rotate => tf(Fmt::RotateTitle, &[("id", (&old_id).into())]),
        ChangeMode::Edit => tf(Fmt::RotateEditTitle, &[("id", (&old_id).into())]),
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
                    new_key.show(key.0, tf(Fmt::RotateReplaces, &[("id", (&old_id).into())]));
                    created.set_value(Some(plan));
                    step.set(Step::Created);
                    announcer.info(tf(Fmt::RotateCreated, &[("id", (&old_id).into())]));
                    store.refresh();
                }
                Err(error) => announcer.report(
                    problem,
                    tf(
                        Fmt::RotateCreateFailed,
                        &[("id", (&old_id).into()), ("reason", (&error.to_string()).into())],
                    ),
                ),
            }
        },
    );
    let create_id = old_id.clone();
    let create = move |_| {
        problem.set(None);
        if let AddressCheck::Invalid(reason) = settings.checked() {
            problem.set(Some(tf(Fmt::InputAddresses, &[("reason", (&reason).into())])));
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
            Err(error) => problem.set(Some(rotate_error(&error))),
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
                    // The view that asked may be gone (a language switch rebuilt it).
                    on_close.try_run(());
                    if is_own {
                        session.log_out();
                        announcer.info(tf(Fmt::RotateOwnDeleted, &[("id", (&old_id).into())]));
                    } else {
                        announcer.info(tf(Fmt::RotateDeleted, &[("id", (&old_id).into())]));
                        store.remove(std::slice::from_ref(&old_id));
                        store.refresh();
                    }
                }
                Ok(Some(Err(error))) => problem.set(Some(tf(
                    Fmt::RotateNotDeleted,
                    &[("id", (&old_id).into()), ("reason", (&result_error_text(&error)).into())],
                ))),
                Ok(None) => problem.set(Some(tf(Fmt::RotateNoResult, &[("id", (&old_id).into())]))),
                Err(error) => problem.set(Some(tf(
                    Fmt::RotateNotDeleted,
                    &[("id", (&old_id).into()), ("reason", (&error.to_string()).into())],
                ))),
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
        announcer.info(tf(Fmt::RotateKept, &[("id", (&keep_id).into())]));
    };

    view! {
        <Dialog title=title on_cancel=on_close>
            <Show when=move || step.get() == Step::Prepare fallback=move || {
                let keep_old = keep_old.clone();
                let old = old_id.clone();
                view! {
                    <NewKeyPanel />
                    <p>{tf(Fmt::RotateDeleteOldQuestion, &[("id", (&old).into())])}</p>
                    {is_own.then(|| view! {
                        <p class="pkp-warning">{t(Msg::RotateOwnWarning)}</p>
                    })}
                    <InlineError message=problem />
                    <div class="pkp-actions">
                        <button type="button" class="pkp-button pkp-danger" disabled=busy on:click=delete_old>
                            {tf(Fmt::RotateDeleteOld, &[("id", (&old).into())])}
                        </button>
                        <button type="button" class="pkp-button" on:click=keep_old>{t(Msg::RotateKeepOld)}</button>
                    </div>
                }
            }>
                {match mode {
                    ChangeMode::Rotate => view! {
                        <p>
                            {isolated(
                                Fmt::RotateExplanation,
                                &[
                                    ("addresses", visible_text(&addresses_shown(&info)).into_owned()),
                                    ("id", visible_text(&info.id).into_owned()),
                                ],
                            )}
                        </p>
                    }.into_any(),
                    ChangeMode::Edit => view! {
                        <p class="pkp-hint">{t(Msg::RotateEditHint)}</p>
                        <KeySettingsFields form=KeyForm::Edit settings=settings />
                    }.into_any(),
                }}
                {info.binds_any_address().then(|| view! {
                    <p class="pkp-warning">{t(Msg::RotateAnyAddressWarning)}</p>
                })}
                <InlineError message=problem />
                <div class="pkp-actions">
                    <button type="button" class="pkp-button pkp-primary" disabled=busy on:click=create.clone()>
                        {t(match mode { ChangeMode::Rotate => Msg::RotateCreate, ChangeMode::Edit => Msg::RotateSave })}
                    </button>
                    <button type="button" class="pkp-button" on:click=move |_| on_close.run(())>{t(Msg::DialogCancel)}</button>
                </div>
            </Show>
        </Dialog>
    }
}
