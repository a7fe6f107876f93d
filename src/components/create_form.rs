//! **Create**: addresses (validated as you type), description, owner; the key is shown once.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plesk_xmlapi::{CreateKey, IpList};

use crate::api::AgentClient;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::address_field::AddressCheck;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::new_key::use_new_key;
use crate::state::request::session_action;

use super::key_settings::{KeyForm, KeySettings, KeySettingsFields};
use super::status::InlineError;

#[component]
pub fn CreateForm() -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let keys = use_keys();
    let new_key = use_new_key();
    let settings = KeySettings::default();
    let bind_to_sender = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // An empty description was pointed out once: the next Create goes ahead (Plesk allows it).
    let nudged = RwSignal::new(false);
    let send = session_action(
        session,
        client,
        |client: AgentClient, credential, (create, _): (CreateKey, IpList)| async move {
            client.create(&credential, create).await
        },
        move |(_, list): (CreateKey, IpList), result| match result {
            Ok(key) => {
                let bound = if list.is_empty() {
                    t(Msg::CreateBoundToSender).to_owned()
                } else {
                    tf(Fmt::CreateBoundTo, &[("addresses", (&list.to_string()).into())])
                };
                new_key.show(key.0, bound);
                announcer.info(t(Msg::CreateCreated));
                settings.clear();
                bind_to_sender.set(false);
                nudged.set(false);
                keys.refresh();
            }
            Err(error) => announcer.report(problem, error.to_string()),
        },
    );

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        problem.set(None);
        let list = match settings.checked() {
            AddressCheck::Invalid(reason) => {
                problem.set(Some(tf(Fmt::InputAddresses, &[("reason", (&reason).into())])));
                return;
            }
            AddressCheck::Empty if !bind_to_sender.get_untracked() => {
                problem.set(Some(t(Msg::CreateNoAddress).into()));
                return;
            }
            AddressCheck::Empty => IpList::default(),
            AddressCheck::Valid(list) => list,
            // `checked()` checks the whole input: never "still typing".
            AddressCheck::Typing => return,
        };
        if settings.description.with_untracked(|d| d.trim().is_empty()) && !nudged.get_untracked() {
            nudged.set(true);
            // Said once when Create is pressed without a description.
            problem.set(Some(t(Msg::CreateEmptyDescription).into()));
            let _ = crate::focus::focus_by_id("pkp-create-description");
            return;
        }
        let create = match settings.create_with(list.clone()) {
            Ok(create) => create,
            Err(reason) => {
                problem.set(Some(reason));
                return;
            }
        };
        send.dispatch((create, list));
    };

    view! {
        <form class="pkp-card pkp-create pkp-change" on:submit=submit aria-labelledby="pkp-create-title">
            <h2 id="pkp-create-title">{t(Msg::CreateTitle)}</h2>
            <KeySettingsFields form=KeyForm::Create settings=settings>
            <div class="pkp-check">
                <input
                    id="pkp-create-bind"
                    type="checkbox"
                    prop:checked=bind_to_sender
                    on:change=move |event| bind_to_sender.set(event_target_checked(&event))
                />
                <label for="pkp-create-bind">{t(Msg::CreateBindLabel)}</label>
                <p class="pkp-hint">{t(Msg::CreateBindHint)}</p>
            </div>
            </KeySettingsFields>
            <button type="submit" id="pkp-create-submit" class="pkp-button pkp-primary" disabled=move || send.pending().get()>
                {t(Msg::CreateSubmit)}
            </button>
            <InlineError message=problem />
        </form>
    }
}
