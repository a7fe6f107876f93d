//! The connect screen: an API key (kept in this tab or in memory only), or a login and password
//! (memory only) for an administrator who has no key yet. Either is checked with Plesk first:
//! a refused or unverifiable credential keeps the user here, with what was typed, and stores
//! nothing.
//!
//! `index.html` paints the same connect form before the wasm has loaded (the static shell); the
//! first connect page takes it over: what was typed, the storage choice, the focus and caret, and a
//! Connect pressed before the panel was ready (carried out once).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::AgentClient;
use crate::components::field::{Entry, TextField};
use crate::components::status::InlineError;
use crate::i18n::{t, Msg};
use crate::session::{use_session, Credential, Session, StorageMode};
use crate::state::announcer::{use_announcer, Announcer};
use crate::state::connect::{check_credential, enter_checked};
use crate::state::keys::{use_keys, KeysStore};

/// Moves the focus to the element with this ID (back to the field that needs attention).
fn focus(id: &str) {
    let _ = crate::focus::focus_by_id(id);
}

/// The static shell of `index.html` (see there); the panel mounts into `#pkp-app` beside it.
const STATIC_SHELL: &str = "pkp-shell";

/// Which static form was submitted before the panel was ready (its `<dialog>` was closed by
/// `method="dialog"`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pressed {
    Connect,
    SignIn,
}

/// What a person did in the static forms before the panel took them over.
struct StaticForm {
    key: String,
    mode: StorageMode,
    sign_in_open: bool,
    login: String,
    password: String,
    pressed: Option<Pressed>,
    /// The ID of the focused control, and the selection when it is a text field.
    focus: Option<(String, Option<(u32, u32)>)>,
}

impl StaticForm {
    /// Reads and removes the static shell. Only the panel's first mount takes its forms over: a
    /// connect page shown later (after Log out, when a restored session skipped the form) only
    /// removes it, so nothing typed long ago is ever sent.
    fn take() -> Option<StaticForm> {
        let shell = document().get_element_by_id(STATIC_SHELL)?;
        // src/lib.rs marks "interactive" right after the first mount.
        let first_mount = window().performance().is_none_or(|performance| {
            performance.get_entries_by_name(crate::timing::INTERACTIVE).length() == 0
        });
        let taken = if first_mount { Self::read(&shell) } else { None };
        shell.remove();
        taken
    }

    fn read(shell: &web_sys::Element) -> Option<StaticForm> {
        use wasm_bindgen::JsCast;
        let find = |selector: &str| shell.query_selector(selector).ok().flatten();
        let input = |id: &str| find(&format!("#{id}"))?.dyn_into::<web_sys::HtmlInputElement>().ok();
        let value = |id: &str| input(id).map(|field| field.value()).unwrap_or_default();
        let closed = |id: &str| find(&format!("#{id}")).is_some_and(|dialog| !dialog.has_attribute("open"));
        let pressed = if closed("pkp-shell-connect") {
            Some(Pressed::Connect)
        } else if closed("pkp-shell-sign-in") {
            Some(Pressed::SignIn)
        } else {
            None
        };
        let focus = document().active_element().filter(|active| shell.contains(Some(active))).map(|active| {
            let selection = active
                .dyn_ref::<web_sys::HtmlInputElement>()
                .filter(|field| field.type_() != "radio")
                .and_then(|field| Some((field.selection_start().ok()??, field.selection_end().ok()??)));
            (active.id(), selection)
        });
        Some(StaticForm {
            key: input("pkp-api-key")?.value(),
            mode: if input("pkp-keep-memory").is_some_and(|radio| radio.checked()) {
                StorageMode::Memory
            } else {
                StorageMode::Tab
            },
            sign_in_open: find("#pkp-sign-in").is_some_and(|details| details.has_attribute("open")),
            login: value("pkp-login"),
            password: value("pkp-password"),
            pressed,
            focus,
        })
    }

    /// Once the panel's forms are in the document: the focus and selection where they were, then
    /// the Connect or Sign in pressed before the panel was ready, once.
    fn resume(self, connect: impl FnOnce(), sign_in: impl FnOnce()) {
        use wasm_bindgen::JsCast;
        if let Some((id, selection)) = self.focus.filter(|(id, _)| !id.is_empty()) {
            focus(&id);
            let field = document()
                .get_element_by_id(&id)
                .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let (Some(field), Some((start, end))) = (field, selection) {
                let _ = field.set_selection_range(start, end);
            }
        }
        match self.pressed {
            Some(Pressed::Connect) => connect(),
            Some(Pressed::SignIn) => sign_in(),
            None => {}
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
    keys: KeysStore,
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
            keys: use_keys(),
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
        let (session, announcer, client, keys) =
            (self.session, self.announcer, self.client.get_value(), self.keys);
        attempt.checking.set(true);
        attempt.problem.set(None);
        attempt.can_retry.set(false);
        keys.set_preparing(true);
        spawn_local(async move {
            let checked = check_credential(&client, &credential).await;
            keys.set_preparing(false);
            // The form may be gone (a portal's key hand-off connected meanwhile): nothing to do.
            if attempt.checking.try_set(false).is_some() || session.is_connected() {
                return;
            }
            if let Some(problem) = checked.check.problem() {
                attempt.problem.set(Some(problem.to_owned()));
                attempt.can_retry.set(checked.check.can_retry());
                announcer.clear();
                focus(field);
                return;
            }
            on_entered();
            if let Err(error) = enter_checked(session, keys, credential, mode, checked) {
                announcer.error(error.text());
            }
        });
    }
}

#[component]
pub fn ConnectPage() -> impl IntoView {
    let typed = StaticForm::take();
    let key = RwSignal::new(typed.as_ref().map(|form| form.key.clone()).unwrap_or_default());
    let mode = RwSignal::new(typed.as_ref().map_or(StorageMode::Tab, |form| form.mode));
    let key_attempt = Attempt::new();
    let login = RwSignal::new(typed.as_ref().map(|form| form.login.clone()).unwrap_or_default());
    let password = RwSignal::new(typed.as_ref().map(|form| form.password.clone()).unwrap_or_default());
    let sign_in_open = typed.as_ref().is_some_and(|form| form.sign_in_open);
    let login_attempt = Attempt::new();

    let connect = move || {
        let value = key.get_untracked().trim().to_owned();
        if value.is_empty() {
            key_attempt.refuse(t(Msg::ConnectNeedKey), "pkp-api-key");
            return;
        }
        key_attempt.check(Credential::Key(value), mode.get_untracked(), "pkp-api-key", move || {
            key.try_set(String::new());
        });
    };
    let sign_in = move || {
        let (name, secret) = (login.get_untracked().trim().to_owned(), password.get_untracked());
        if name.is_empty() || secret.is_empty() {
            login_attempt.refuse(t(Msg::ConnectNeedLogin), "pkp-login");
            return;
        }
        let credential = Credential::Login { login: name, password: secret };
        // What follows a login's connect (the offer of a key for this browser), fetched meanwhile.
        leptos::task::spawn_local(async {
            let _ = crate::pages::keys::prefetch_signed_in_offer().await;
        });
        login_attempt.check(credential, StorageMode::Memory, "pkp-password", move || {
            password.try_set(String::new());
        });
    };
    // Effects run once the view is in the document (before the next paint). The key field has
    // the focus first (the static shell's `autofocus`, carried over; after Log out, here).
    let mut typed = Some(typed);
    Effect::new(move |_| match typed.take() {
        Some(Some(form)) => untrack(|| form.resume(connect, sign_in)),
        Some(None) => focus("pkp-api-key"),
        None => {}
    });
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
            <h2 id="pkp-connect-title">{t(Msg::ConnectTitle)}</h2>
            // A refusal is said right under the field (in view, `aria-describedby`, `aria-invalid`).
            <TextField
                id="pkp-api-key"
                label=t(Msg::ConnectKeyLabel)
                value=key
                entry=Entry::Secret
                live_hint=Signal::derive(move || key_attempt.problem.get().unwrap_or_default())
                invalid=Signal::derive(move || key_attempt.problem.with(Option::is_some))
            />
            <fieldset class="pkp-fieldset">
                <legend>{t(Msg::ConnectKeepLegend)}</legend>
                {mode_choice(StorageMode::Tab, "pkp-keep-tab", t(Msg::ConnectKeepTab))}
                {mode_choice(StorageMode::Memory, "pkp-keep-memory", t(Msg::ConnectKeepMemory))}
            </fieldset>
            <button
                type="submit"
                id="pkp-connect"
                class="pkp-button pkp-primary"
                disabled=move || key_attempt.checking.get()>
                {move || if key_attempt.checking.get() { t(Msg::ConnectCheckingKey) } else { t(Msg::ConnectButton) }}
            </button>
            <Show when=move || key_attempt.can_retry.get()>
                <button type="button" class="pkp-button" on:click=move |_| connect()>{t(Msg::ConnectRetry)}</button>
            </Show>
        </form>
        <details class="pkp-card pkp-sign-in" id="pkp-sign-in" open=sign_in_open>
            <summary id="pkp-sign-in-summary">{t(Msg::ConnectSignInSummary)}</summary>
            <form
                on:submit=move |event: SubmitEvent| {
                    event.prevent_default();
                    sign_in();
                }
                aria-busy=move || login_attempt.checking.get().to_string()
            >
                <p class="pkp-hint">
                    {t(Msg::ConnectSignInHint)}
                </p>
                <TextField id="pkp-login" label=t(Msg::ConnectLoginLabel) value=login entry=Entry::Username />
                <TextField id="pkp-password" label=t(Msg::ConnectPasswordLabel) value=password entry=Entry::CurrentPassword />
                <button
                    type="submit"
                    id="pkp-sign-in-button"
                    class="pkp-button"
                    disabled=move || login_attempt.checking.get()
                >
                    {move || if login_attempt.checking.get() { t(Msg::ConnectChecking) } else { t(Msg::ConnectSignInButton) }}
                </button>
                <InlineError message=login_attempt.problem />
                <Show when=move || login_attempt.can_retry.get()>
                    <button type="button" class="pkp-button" on:click=move |_| sign_in()>{t(Msg::ConnectRetry)}</button>
                </Show>
            </form>
        </details>
    }
}
