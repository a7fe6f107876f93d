//! The connect screen: paste a Plesk API key.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::status::StatusMessage;
use crate::session::use_session;

#[component]
pub fn ConnectPage() -> impl IntoView {
    let session = use_session();
    let (key, set_key) = signal(String::new());
    let (problem, set_problem) = signal(None::<String>);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let value = key.get_untracked().trim().to_owned();
        if value.is_empty() {
            set_problem.set(Some("Paste an API key (a Plesk secret key) first.".to_owned()));
            return;
        }
        set_key.set(String::new());
        if let Err(error) = session.connect(value) {
            set_problem.set(Some(error.to_string()));
        }
    };
    view! {
        <form class="pkp-card pkp-connect" on:submit=submit>
            <h2>"Connect to Plesk"</h2>
            <p class="pkp-hint">
                "The key stays in this browser tab only (session storage) and goes to Plesk in the KEY header."
            </p>
            <div class="pkp-field">
                <label for="pkp-api-key">"API key"</label>
                <input
                    id="pkp-api-key"
                    type="password"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=key
                    on:input=move |event| set_key.set(event_target_value(&event))
                />
            </div>
            <button type="submit" class="pkp-button pkp-primary">"Connect"</button>
            <StatusMessage error=problem />
        </form>
    }
}
