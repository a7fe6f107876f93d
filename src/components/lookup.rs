//! **Look up**: values or IDs, one get_info packet for all, one line per key.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plesk_xmlapi::{ErrorCode, KeyList, KeyLookup, KeyRef};

use crate::api::AgentClient;
use crate::error_words::result_error_text;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::address_field::key_list_error;
use crate::logic::list_view::addresses_shown;
use crate::logic::visible::visible_text;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::request::session_action;

use super::field::TextField;
use super::status::InlineError;

/// One line of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LookupLine {
    reference: String,
    found: bool,
    text: String,
}

fn describe(reference: &KeyRef, lookup: KeyLookup) -> LookupLine {
    let shown = reference.shown();
    match lookup {
        KeyLookup::Found(info) => {
            // What Plesk sent, with invisible and direction characters shown.
            let addresses = addresses_shown(&info);
            let (id, addresses) = (visible_text(&info.id), visible_text(&addresses));
            let description = visible_text(&info.description);
            let owner = visible_text(info.owner.as_deref().unwrap_or("—"));
            let message =
                if info.description.is_empty() { Fmt::LookupFoundNoDescription } else { Fmt::LookupFound };
            let text = tf(
                message,
                &[
                    ("reference", (&shown).into()),
                    ("id", id.as_ref().into()),
                    ("addresses", addresses.as_ref().into()),
                    ("description", description.as_ref().into()),
                    ("owner", owner.as_ref().into()),
                ],
            );
            LookupLine { reference: shown, found: true, text }
        }
        KeyLookup::Failed(error) if error.code == ErrorCode::NotFound => LookupLine {
            reference: shown.clone(),
            found: false,
            text: tf(Fmt::LookupNotFound, &[("reference", (&shown).into())]),
        },
        KeyLookup::Failed(error) => {
            let error = result_error_text(&error);
            LookupLine {
                reference: shown.clone(),
                found: false,
                text: tf(
                    Fmt::LookupFailed,
                    &[("reference", (&shown).into()), ("error", visible_text(&error).as_ref().into())],
                ),
            }
        }
    }
}

crate::parts::lazy_part! {
    prefetch = prefetch_lookup;
    /// Look up, a part fetched once the key list is shown.
    pub fn lookup_part() -> AnyView {
        view! { <LookupForm /> }.into_any()
    }
}

#[component]
fn LookupForm() -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let input = RwSignal::new(String::new());
    let lines = RwSignal::new(Vec::<LookupLine>::new());
    let problem = RwSignal::new(None::<String>);
    let send = session_action(
        session,
        client,
        |client: AgentClient, credential, keys: KeyList| async move { client.look_up(&credential, &keys).await },
        move |_, result| match result {
            Ok(answers) => {
                let found = answers.iter().filter(|(_, l)| matches!(l, KeyLookup::Found(_))).count();
                let total = answers.len();
                lines.set(
                    answers.into_iter().map(|(reference, lookup)| describe(&reference, lookup)).collect(),
                );
                announcer.info(tf(Fmt::LookupDone, &[("found", found.into()), ("total", total.into())]));
            }
            Err(error) => announcer.report(problem, error.to_string()),
        },
    );
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        problem.set(None);
        let keys = match KeyList::parse(&input.get_untracked()) {
            Ok(keys) => keys,
            Err(error) => {
                problem.set(Some(key_list_error(&error)));
                return;
            }
        };
        send.dispatch(keys);
    };
    view! {
        <form class="pkp-card pkp-lookup" on:submit=submit aria-labelledby="pkp-lookup-title">
            <h2 id="pkp-lookup-title">{t(Msg::LookupTitle)}</h2>
            <TextField
                id="pkp-lookup-keys"
                label=t(Msg::LookupKeysLabel)
                value=input
                rows=3
                hint=Some(t(Msg::LookupKeysHint))
            />
            <button type="submit" class="pkp-button" disabled=move || send.pending().get()>{t(Msg::LookupSubmit)}</button>
            <InlineError message=problem />
            <ul class="pkp-lookup-results" aria-label=t(Msg::LookupResultsLabel)>
                <For
                    each=move || lines.get().into_iter().enumerate()
                    key=|(index, line)| (*index, line.reference.clone())
                    children=|(_, line)| {
                        view! {
                            <li class:pkp-not-found=!line.found>{line.text}</li>
                        }
                    }
                />
            </ul>
        </form>
    }
}
