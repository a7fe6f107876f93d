//! The connect screen: an API key (kept in this tab or in memory only), or a login and password
//! (memory only) for an administrator who has no key yet.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::field::{Entry, TextField};
use crate::components::status::InlineError;
use crate::session::{use_session, StorageMode};
use crate::state::announcer::use_announcer;

#[component]
pub fn ConnectPage() -> impl IntoView {
    let session = use_session();
    let announcer = use_announcer();
    let key = RwSignal::new(String::new());
    let mode = RwSignal::new(StorageMode::Tab);
    let key_problem = RwSignal::new(None::<String>);
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let login_problem = RwSignal::new(None::<String>);

    let connect = move |event: SubmitEvent| {
        event.prevent_default();
        let value = key.get_untracked().trim().to_owned();
        if value.is_empty() {
            key_problem.set(Some("Paste an API key (a Plesk secret key) first.".into()));
            return;
        }
        key.set(String::new());
        key_problem.set(None);
        if let Err(error) = session.connect_with_key(value, mode.get_untracked()) {
            announcer.error(error.to_string());
        }
    };
    let sign_in = move |event: SubmitEvent| {
        event.prevent_default();
        let (name, secret) = (login.get_untracked().trim().to_owned(), password.get_untracked());
        if name.is_empty() || secret.is_empty() {
            login_problem.set(Some("Give both the login and the password.".into()));
            return;
        }
        password.set(String::new());
        login_problem.set(None);
        session.sign_in(name, secret);
    };
    let mode_choice = move |value: StorageMode, id: &'static str, text: &'static str| {
        view! {
            <div class="pkp-check">
                <input
                    type="radio"
                    id=id
                    name="pkp-storage"
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <label for=id>{text}</label>
            </div>
        }
    };
    view! {
        <form class="pkp-card pkp-connect" on:submit=connect aria-labelledby="pkp-connect-title">
            <h2 id="pkp-connect-title">"Connect to Plesk"</h2>
            <TextField id="pkp-api-key" label="API key" value=key entry=Entry::Secret />
            <fieldset class="pkp-fieldset">
                <legend>"Keep the key"</legend>
                {mode_choice(StorageMode::Tab, "pkp-keep-tab", "In this tab (survives a reload of this tab)")}
                {mode_choice(StorageMode::Memory, "pkp-keep-memory", "In memory only (gone on reload)")}
            </fieldset>
            <button type="submit" class="pkp-button pkp-primary">"Connect"</button>
            <InlineError message=key_problem />
        </form>
        <details class="pkp-card pkp-sign-in">
            <summary>"Sign in with login and password"</summary>
            <form on:submit=sign_in>
                <p class="pkp-hint">
                    "For an administrator without a key yet. The password stays in this page's memory only; you can create a key for this browser right after."
                </p>
                <TextField id="pkp-login" label="Login" value=login entry=Entry::Username />
                <TextField id="pkp-password" label="Password" value=password entry=Entry::CurrentPassword />
                <button type="submit" class="pkp-button">"Sign in"</button>
                <InlineError message=login_problem />
            </form>
        </details>
    }
}
