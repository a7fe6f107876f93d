//! The signed-in mode in the browser: `<meta name="plesk-sign-in">` says the portal signs people
//! in and the service holds the keys; `session.json` says who and with which scope. No key field,
//! nothing secret stored: the session's credential is [`Credential::SignedIn`], which sends no
//! header.

use leptos::prelude::*;
use plesk_xmlapi::contract::{meta::SIGN_IN as SIGN_IN_META, SESSION_FILE};
use wasm_bindgen::JsValue;

use crate::js_object::text_field;
use crate::logic::signed_in::{ServerScope, SignedInView};

/// The signed-in mode's state, provided by the app (inactive in the key mode).
#[derive(Clone, Copy)]
pub struct SignedIn {
    /// Whether the page says the portal signs people in.
    active: bool,
    view: RwSignal<Option<SignedInView>>,
    /// Why `session.json` gave no person (shown instead of the panel).
    problem: RwSignal<Option<String>>,
}

/// Whether the page's `<meta name="plesk-sign-in">` names a method.
fn page_says_signed_in() -> bool {
    document()
        .query_selector(&format!("meta[name=\"{SIGN_IN_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .is_some_and(|content| !content.trim().is_empty())
}

fn strings(value: &JsValue) -> Option<Vec<String>> {
    js_sys::Array::is_array(value)
        .then(|| js_sys::Array::from(value).iter().filter_map(|v| v.as_string()).collect())
}

/// Reads `session.json`'s document; `None` when it is not of the documented shape.
fn parse_view(body: &str) -> Option<SignedInView> {
    let parsed = js_sys::JSON::parse(body).ok()?;
    let person = js_sys::Reflect::get(&parsed, &"person".into()).ok()?;
    let list = js_sys::Reflect::get(&parsed, &"servers".into()).ok()?;
    if !js_sys::Array::is_array(&list) {
        return None;
    }
    let servers = js_sys::Array::from(&list)
        .iter()
        .map(|item| {
            Some(ServerScope {
                name: text_field(&item, "name")?,
                label: text_field(&item, "label").unwrap_or_default(),
                role: text_field(&item, "role")?,
                may_change: js_sys::Reflect::get(&item, &"may_change".into()).ok()?.as_bool()?,
                owners: strings(&js_sys::Reflect::get(&item, &"owners".into()).ok()?),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(SignedInView {
        name: text_field(&person, "name")?,
        sign_out: text_field(&parsed, "sign_out").filter(|url| !url.is_empty()),
        servers,
    })
}

impl SignedIn {
    pub fn from_page() -> Self {
        SignedIn { active: page_says_signed_in(), view: RwSignal::new(None), problem: RwSignal::new(None) }
    }

    /// Whether the portal signs people in (fixed for the page's life).
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// The person and their scope, once read (tracked).
    pub fn view(&self) -> Option<SignedInView> {
        self.view.get()
    }

    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    /// Whether keys may be created and deleted on server `name` (tracked). The key mode: yes.
    pub fn may_change(&self, name: &str) -> bool {
        !self.active || self.view.with(|view| view.as_ref().is_some_and(|view| view.may_change(name)))
    }

    /// The owners a key may be made for on server `name` (tracked); `None`: any login.
    pub fn owner_choice(&self, name: &str) -> Option<Vec<String>> {
        self.view.with(|view| view.as_ref().and_then(|view| view.owner_choice(name)))
    }

    /// Asks who is signed in; `true` once the view is there.
    pub async fn load(&self) -> bool {
        let answer = gloo_net::http::Request::get(SESSION_FILE).send().await;
        let outcome = match answer {
            Err(error) => Err(format!("The panel could not ask who is signed in ({error}).")),
            Ok(response) if response.ok() => match response.text().await.ok().as_deref().and_then(parse_view)
            {
                Some(view) if !view.servers.is_empty() => Ok(view),
                Some(_) => {
                    Err("You are signed in, but no server is open to you. Ask your administrator for access."
                        .to_owned())
                }
                None => Err("The service's answer about who is signed in could not be read.".to_owned()),
            },
            Ok(response) => {
                let said = response.text().await.unwrap_or_default();
                let said = said.trim();
                Err(if said.is_empty() || said.len() > 300 || said.starts_with('<') {
                    format!(
                        "You are not signed in (HTTP {}). Open the panel through your portal.",
                        response.status()
                    )
                } else {
                    said.to_owned()
                })
            }
        };
        match outcome {
            Ok(view) => {
                self.problem.set(None);
                self.view.set(Some(view));
                true
            }
            Err(problem) => {
                self.problem.set(Some(problem));
                false
            }
        }
    }
}

/// Whether the person may create and delete keys on the server shown (the signed-in mode's
/// role; always in the key mode), provided by the key page for its table's row actions.
#[derive(Clone, Copy)]
pub struct MayChange(pub Memo<bool>);

pub fn use_signed_in() -> SignedIn {
    expect_context::<SignedIn>()
}
