//! The tools of **All servers** that work on several servers at once: **Create on servers**
//! (one packet per server, each new value shown once with its server, **Copy all** as
//! `NAME=value` lines) and **Find on all servers** (one look-up per server).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use plesk_xmlapi::{CreateKey, ErrorCode, KeyList, KeyLookup};

use crate::api::AgentClient;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::address_field::AddressCheck;
use crate::logic::fleet_tools::{copy_all_lines, found_summary, CreatedOn, FoundOn};
use crate::logic::visible::visible_text;
use crate::servers::{use_fleet, FleetTarget};
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::new_key::use_new_key;
use crate::state::request::fleet_action;

use super::field::{Entry, TextField};
use super::key_settings::{KeyForm, KeySettings, KeySettingsFields};
use super::new_key::copy_to_clipboard;
use super::status::InlineError;

#[component]
pub fn CreateOnServers(
    /// Called after the creates (the table refreshes).
    #[prop(into)]
    on_created: Callback<()>,
) -> impl IntoView {
    let fleet = use_fleet();
    let session = use_session();
    let announcer = use_announcer();
    let settings = KeySettings::default();
    let problem = RwSignal::new(None::<String>);
    // The values live in the app's NewKeyStore: answers arriving after this view was left are
    // kept (and shown when it is opened again), not lost.
    let new_keys = use_new_key();
    let created = new_keys.on_servers();
    let send = fleet_action(
        session,
        fleet,
        |client: AgentClient, credential, create: CreateKey| async move {
            client.create(&credential, create).await
        },
        move |target: &FleetTarget, result| {
            let outcome = match result {
                Ok(key) => CreatedOn::Created {
                    label: target.label.clone(),
                    name: target.name.clone(),
                    value: key.0,
                },
                Err(error) => CreatedOn::Failed { label: target.label.clone(), reason: error.to_string() },
            };
            new_keys.add_on_server(outcome);
        },
        move || {
            if fleet.is_all_untracked() {
                announcer.info(t(Msg::FleetKeysCreated));
            } else {
                announcer.info(t(Msg::FleetKeysCreatedElsewhere));
            }
            // A second click must not make a second set: the form starts empty again.
            settings.clear();
            // The view that asked may be gone.
            on_created.try_run(());
        },
    );

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        problem.set(None);
        let list = match settings.checked() {
            AddressCheck::Valid(list) => list,
            AddressCheck::Invalid(reason) => {
                return problem.set(Some(tf(Fmt::FleetInvalidAddresses, &[("reason", (&reason).into())])))
            }
            AddressCheck::Empty => return problem.set(Some(t(Msg::FleetNeedAddress).into())),
            // `checked()` checks the whole input: never "still typing".
            AddressCheck::Typing => return,
        };
        let create = match settings.create_with(list) {
            Ok(create) => create,
            Err(reason) => return problem.set(Some(reason)),
        };
        if !fleet.any_connected() {
            return problem.set(Some(t(Msg::FleetConnectFirst).into()));
        }
        new_keys.clear_on_servers();
        send.dispatch(create);
    };
    let copy_all = move |_| {
        let lines = created.with_untracked(|created| copy_all_lines(created));
        spawn_local(async move {
            match copy_to_clipboard(lines).await {
                Ok(()) => announcer.info(t(Msg::FleetCopiedAll)),
                Err(reason) => announcer.error(tf(Fmt::FleetCopyAllFailed, &[("reason", (&reason).into())])),
            }
        });
    };

    view! {
        <form class="pkp-card" on:submit=submit aria-labelledby="pkp-fleet-create-title">
            <h2 id="pkp-fleet-create-title">{t(Msg::FleetCreateTitle)}</h2>
            <p class="pkp-hint">{t(Msg::FleetCreateHint)}</p>
            <KeySettingsFields form=KeyForm::Fleet settings=settings />
            <button type="submit" class="pkp-button pkp-primary" disabled=move || send.pending().get()>{t(Msg::FleetCreateTitle)}</button>
            <InlineError message=problem />
        </form>
        <Show when=move || created.with(|created| !created.is_empty())>
            <section class="pkp-card pkp-new-key" aria-labelledby="pkp-new-keys-title">
                <h2 id="pkp-new-keys-title">{t(Msg::FleetNewKeysTitle)}</h2>
                <ul class="pkp-new-keys">
                    {move || created.get().into_iter().map(|outcome| match outcome {
                        CreatedOn::Created { label, value, .. } => {
                            let copied = value.clone();
                            let copy_name = tf(Fmt::FleetCopyKeyOf, &[("server", (&label).into())]);
                            view! {
                                <li>
                                    <span class="pkp-new-key-server">{tf(Fmt::FleetNewKeyServer, &[("server", (&label).into())])}</span>
                                    <output class="pkp-key-value">{value}</output>
                                    <button type="button" class="pkp-button" aria-label=copy_name on:click=move |_| {
                                        let value = copied.clone();
                                        spawn_local(async move {
                                            match copy_to_clipboard(value).await {
                                                Ok(()) => announcer.info(t(Msg::FleetCopied)),
                                                Err(reason) => announcer.error(tf(Fmt::FleetCopyFailed, &[("reason", (&reason).into())])),
                                            }
                                        });
                                    }>{t(Msg::FleetCopy)}</button>
                                </li>
                            }.into_any()
                        }
                        CreatedOn::Failed { label, reason } => view! {
                            <li class="pkp-not-found">{tf(Fmt::FleetNotCreated, &[("server", (&label).into()), ("reason", visible_text(&reason).as_ref().into())])}</li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
                <p class="pkp-warning">{t(Msg::FleetCopyWarning)}</p>
                <div class="pkp-actions">
                    <button type="button" class="pkp-button pkp-primary" on:click=copy_all>{t(Msg::FleetCopyAll)}</button>
                    <button type="button" class="pkp-button" on:click=move |_| new_keys.clear_on_servers()>{t(Msg::FleetDismiss)}</button>
                </div>
            </section>
        </Show>
    }
}

#[component]
pub fn FindOnAllServers() -> impl IntoView {
    let fleet = use_fleet();
    let session = use_session();
    let reference = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let found = RwSignal::new(Vec::<FoundOn>::new());
    let send = fleet_action(
        session,
        fleet,
        |client: AgentClient, credential, keys: KeyList| async move { client.look_up(&credential, &keys).await },
        move |target: &FleetTarget, result| {
            let label = target.label.clone();
            let outcome = match result.map(|mut answers| answers.pop().map(|(_, lookup)| lookup)) {
                Ok(Some(KeyLookup::Found(info))) => FoundOn::Found { label, id: info.id },
                Ok(Some(KeyLookup::Failed(error))) if error.code == ErrorCode::NotFound => {
                    FoundOn::NotFound { label }
                }
                Ok(Some(KeyLookup::Failed(error))) => {
                    FoundOn::Failed { label, reason: crate::error_words::result_error_text(&error) }
                }
                Ok(None) => FoundOn::Failed { label, reason: t(Msg::FleetNoResult).into() },
                Err(error) => FoundOn::Failed { label, reason: error.to_string() },
            };
            found.try_update(|found| found.push(outcome));
        },
        || {},
    );

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        problem.set(None);
        let keys = match KeyList::parse(&reference.get_untracked()) {
            Ok(keys) if keys.len() == 1 => keys,
            Ok(_) => return problem.set(Some(t(Msg::FleetGiveOneKey).into())),
            Err(error) => return problem.set(Some(crate::logic::address_field::key_list_error(&error))),
        };
        if !fleet.any_connected() {
            return problem.set(Some(t(Msg::FleetConnectFirst).into()));
        }
        found.set(Vec::new());
        send.dispatch(keys);
    };

    view! {
        <form class="pkp-card" on:submit=submit aria-labelledby="pkp-fleet-find-title">
            <h2 id="pkp-fleet-find-title">{t(Msg::FleetFindTitle)}</h2>
            <TextField id="pkp-fleet-find" label=t(Msg::FleetFindLabel) value=reference entry=Entry::Secret />
            <button type="submit" class="pkp-button" disabled=move || send.pending().get()>{t(Msg::FleetFindTitle)}</button>
            <InlineError message=problem />
            <p class="pkp-lookup-summary" aria-live="polite" hidden=move || { found.with(Vec::is_empty) || send.pending().get() }>
                {move || found.with(|found| found_summary(found))}
            </p>
        </form>
    }
}
