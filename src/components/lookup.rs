//! **Look up**: values or IDs, one get_info packet for all, one line per key.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plesk_xmlapi::{ErrorCode, KeyList, KeyLookup, KeyRef};

use crate::api::AgentClient;
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
        KeyLookup::Found(info) => LookupLine {
            reference: shown.clone(),
            found: true,
            // What Plesk sent, with invisible and direction characters shown.
            text: format!(
                "{shown}: found — ID {}, {}, {}, owner {}",
                visible_text(&info.id),
                visible_text(&addresses_shown(&info)),
                if info.description.is_empty() {
                    "no description".to_owned()
                } else {
                    format!("“{}”", visible_text(&info.description))
                },
                visible_text(info.owner.as_deref().unwrap_or("—"))
            ),
        },
        KeyLookup::Failed(error) if error.code == ErrorCode::NotFound => LookupLine {
            reference: shown.clone(),
            found: false,
            text: format!("{shown}: not found (Plesk error 1013)"),
        },
        KeyLookup::Failed(error) => {
            let error = error.to_string();
            LookupLine {
                reference: shown.clone(),
                found: false,
                text: format!("{shown}: {}", visible_text(&error)),
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
                announcer.info(format!("Look up: {found} of {total} found."));
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
                problem.set(Some(error.to_string()));
                return;
            }
        };
        send.dispatch(keys);
    };
    view! {
        <form class="pkp-card pkp-lookup" on:submit=submit aria-labelledby="pkp-lookup-title">
            <h2 id="pkp-lookup-title">"Look up keys"</h2>
            <TextField
                id="pkp-lookup-keys"
                label="Keys to look up"
                value=input
                rows=3
                hint=Some("Key values or IDs, one per line or comma-separated.")
            />
            <button type="submit" class="pkp-button" disabled=move || send.pending().get()>"Look up"</button>
            <InlineError message=problem />
            <ul class="pkp-lookup-results" aria-label="Look-up results">
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
