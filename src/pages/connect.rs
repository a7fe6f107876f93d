//! The connect screen: an API key (kept in this tab or in memory only), or a login and password
//! (memory only) for an administrator who has no key yet. Either is checked with Plesk first:
//! a refused or unverifiable credential keeps the user here, with what was typed, and stores
//! nothing.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::AgentClient;
use crate::components::field::{Entry, TextField};
use crate::components::status::InlineError;
use crate::session::{use_session, Credential, Session, StorageMode};
use crate::state::announcer::{use_announcer, Announcer};
use crate::state::connect::{check_credential, enter};

/// Moves the focus to the element with this ID (back to the field that needs attention).
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// One connect form's checking state: busy while Plesk is asked, the problem under the field,
/// and whether **Retry** may help.
#[derive(Clone, Copy)]
struct Attempt {
    checking: RwSignal<bool>,
    problem: RwSignal<Option<String>>,
    can_retry: RwSignal<bool>,
    session: Session,
    announcer: Announcer,
    client: StoredValue<AgentClient>,
}

impl Attempt {
    /// Call in the component's body (it reads the context).
    fn new() -> Self {
        Attempt {
            checking: RwSignal::new(false),
            problem: RwSignal::new(None),
            can_retry: RwSignal::new(false),
            session: use_session(),
            announcer: use_announcer(),
            client: StoredValue::new(expect_context::<AgentClient>()),
        }
    }

    /// Fails before asking Plesk (an empty field).
    fn refuse(&self, text: &str, field: &str) {
        self.problem.set(Some(text.to_owned()));
        self.can_retry.set(false);
        focus(field);
    }

    /// Asks Plesk about `credential`; enters only when it is accepted. `on_entered` runs after
    /// (clears the secret fields). `field` takes the focus back after a refusal.
    fn check(
        &self,
        credential: Credential,
        mode: StorageMode,
        field: &'static str,
        on_entered: impl FnOnce() + 'static,
    ) {
        if self.checking.get_untracked() {
            return; // no double submit
        }
        let attempt = *self;
        let (session, announcer, client) = (self.session, self.announcer, self.client.get_value());
        attempt.checking.set(true);
        attempt.problem.set(None);
        attempt.can_retry.set(false);
        spawn_local(async move {
            let check = check_credential(&client, &credential).await;
            // The form may be gone (a portal's key hand-off connected meanwhile): nothing to do.
            if attempt.checking.try_set(false).is_some() || session.is_connected() {
                return;
            }
            if let Some(problem) = check.problem() {
                attempt.problem.set(Some(problem.to_owned()));
                attempt.can_retry.set(check.can_retry());
                announcer.clear();
                focus(field);
                return;
            }
            on_entered();
            if let Err(error) = enter(session, credential, mode, check) {
                announcer.error(error.to_string());
            }
        });
    }
}

#[component]
pub fn ConnectPage() -> impl IntoView {
    let key = RwSignal::new(String::new());
    let mode = RwSignal::new(StorageMode::Tab);
    let key_attempt = Attempt::new();
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let login_attempt = Attempt::new();

    let connect = move || {
        let value = key.get_untracked().trim().to_owned();
        if value.is_empty() {
            key_attempt.refuse("Paste an API key (a Plesk secret key) first.", "pkp-api-key");
            return;
        }
        key_attempt.check(Credential::Key(value), mode.get_untracked(), "pkp-api-key", move || {
            key.try_set(String::new());
        });
    };
    let sign_in = move || {
        let (name, secret) = (login.get_untracked().trim().to_owned(), password.get_untracked());
        if name.is_empty() || secret.is_empty() {
            login_attempt.refuse("Give both the login and the password.", "pkp-login");
            return;
        }
        let credential = Credential::Login { login: name, password: secret };
        login_attempt.check(credential, StorageMode::Memory, "pkp-password", move || {
            password.try_set(String::new());
        });
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
        <form
            class="pkp-card pkp-connect"
            on:submit=move |event: SubmitEvent| {
                event.prevent_default();
                connect();
            }
            aria-labelledby="pkp-connect-title"
            aria-busy=move || key_attempt.checking.get().to_string()
        >
            <h2 id="pkp-connect-title">"Connect to Plesk"</h2>
            <TextField id="pkp-api-key" label="API key" value=key entry=Entry::Secret />
            <fieldset class="pkp-fieldset">
                <legend>"Keep the key"</legend>
                {mode_choice(StorageMode::Tab, "pkp-keep-tab", "In this tab (survives a reload of this tab)")}
                {mode_choice(StorageMode::Memory, "pkp-keep-memory", "In memory only (gone on reload)")}
            </fieldset>
            <button type="submit" class="pkp-button pkp-primary" disabled=move || key_attempt.checking.get()>
                {move || if key_attempt.checking.get() { "Checking the key…" } else { "Connect" }}
            </button>
            <InlineError message=key_attempt.problem />
            <Show when=move || key_attempt.can_retry.get()>
                <button type="button" class="pkp-button" on:click=move |_| connect()>"Retry"</button>
            </Show>
        </form>
        <details class="pkp-card pkp-sign-in">
            <summary>"Sign in with login and password"</summary>
            <form
                on:submit=move |event: SubmitEvent| {
                    event.prevent_default();
                    sign_in();
                }
                aria-busy=move || login_attempt.checking.get().to_string()
            >
                <p class="pkp-hint">
                    "For an administrator without a key yet. The password stays in this page's memory only; you can create a key for this browser right after."
                </p>
                <TextField id="pkp-login" label="Login" value=login entry=Entry::Username />
                <TextField id="pkp-password" label="Password" value=password entry=Entry::CurrentPassword />
                <button type="submit" class="pkp-button" disabled=move || login_attempt.checking.get()>
                    {move || if login_attempt.checking.get() { "Checking…" } else { "Sign in" }}
                </button>
                <InlineError message=login_attempt.problem />
                <Show when=move || login_attempt.can_retry.get()>
                    <button type="button" class="pkp-button" on:click=move |_| sign_in()>"Retry"</button>
                </Show>
            </form>
        </details>
    }
}
