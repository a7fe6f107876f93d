//! The signed-in mode in the browser: `<meta name="plesk-sign-in">` says the portal signs people
//! in and the service holds the keys; `session.json` says who and with which scope. No key field,
//! nothing secret stored: the session's credential is [`Credential::SignedIn`], which sends no
//! header.

use leptos::prelude::*;
use plesk_xmlapi::contract::{meta::SIGN_IN as SIGN_IN_META, SESSION_FILE};
use wasm_bindgen::JsValue;

use crate::i18n::{t, tf, Fmt, Msg};
use crate::js_object::text_field;
use crate::logic::signed_in::{ServerScope, SignedInView};

/// The signed-in mode's state, provided by the app (inactive in the key mode).
#[derive(Clone, Copy)]
pub struct SignedIn {
    /// Whether the page says the portal signs people in.
    active: bool,
    /// Whether the service signs people in itself (OpenID Connect): a sign-in link is offered.
    openid: bool,
    view: RwSignal<Option<SignedInView>>,
    /// Why `session.json` gave no person (shown instead of the panel).
    problem: RwSignal<Option<String>>,
}

/// The sign-in method the page's `<meta name="plesk-sign-in">` names, if any.
fn page_sign_in_method() -> String {
    crate::page_meta::page_meta(SIGN_IN_META).map(|content| content.trim().to_owned()).unwrap_or_default()
}

fn strings(value: &JsValue) -> Option<Vec<String>> {
    js_sys::Array::is_array(value)
        .then(|| js_sys::Array::from(value).iter().filter_map(|v| v.as_string()).collect())
}

/// Reads `session.json`'s document; `None` when it is not of the documented shape.
fn parse_view(body: &str) -> Option<SignedInView> {
    let parsed = js_sys::JSON::parse(body).ok()?;
    let list = js_sys::Reflect::get(&parsed, &"servers".into()).ok()?;
    if !js_sys::Array::is_array(&list) {
        return None;
    }
    let servers = js_sys::Array::from(&list)
        .iter()
        .map(|item| {
            Some(ServerScope {
                name: text_field(&item, "name")?,
                line: text_field(&item, "line")?,
                may_change: js_sys::Reflect::get(&item, &"may_change".into()).ok()?.as_bool()?,
                owners: strings(&js_sys::Reflect::get(&item, &"owners".into()).ok()?),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(SignedInView { sign_out: text_field(&parsed, "sign_out").filter(|url| !url.is_empty()), servers })
}

impl SignedIn {
    pub fn from_page() -> Self {
        let method = page_sign_in_method();
        SignedIn {
            active: !method.is_empty(),
            openid: method == "openid",
            view: RwSignal::new(None),
            problem: RwSignal::new(None),
        }
    }

    /// Whether the portal signs people in (fixed for the page's life).
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// The header's line on server `name`, once the person is known (tracked).
    pub fn header(&self, name: &str) -> Option<String> {
        self.view.with(|view| view.as_ref()?.server(name).map(|server| server.line.clone()))
    }

    /// The portal's sign-out address, if one is configured (tracked).
    pub fn sign_out(&self) -> Option<String> {
        self.view.with(|view| view.as_ref()?.sign_out.clone())
    }

    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    /// Where the agent client tells that the session ended (the service's own sign-in only).
    pub fn session_end(&self) -> Option<RwSignal<Option<String>>> {
        self.openid.then_some(self.problem)
    }

    /// Whether a sign-in link is to be offered now: the service signs people in and nobody is.
    pub fn offers_sign_in(&self) -> bool {
        self.openid && self.problem.with(Option::is_some)
    }

    /// Whether keys may be created and deleted on server `name` (tracked). The key mode: yes.
    pub fn may_change(&self, name: &str) -> bool {
        !self.active
            || self.view.with(|view| view.as_ref().and_then(|v| v.server(name)).is_some_and(|s| s.may_change))
    }

    /// The owners a key may be made for on server `name` (tracked); `None`: any login.
    pub fn owner_choice(&self, name: &str) -> Option<Vec<String>> {
        self.view.with(|view| view.as_ref()?.server(name)?.owners.clone())
    }

    /// Asks who is signed in; `true` once the view is there.
    pub async fn load(&self) -> bool {
        let answer = gloo_net::http::Request::get(SESSION_FILE).send().await;
        let outcome = match answer {
            Err(error) => Err(tf(Fmt::PortalSessionUnreachable, &[("error", (&error.to_string()).into())])),
            Ok(response) if response.ok() => match response.text().await.ok().as_deref().and_then(parse_view)
            {
                Some(view) if !view.servers.is_empty() => Ok(view),
                Some(_) => Err(t(Msg::PortalNoServer).to_owned()),
                None => Err(t(Msg::PortalSessionUnreadable).to_owned()),
            },
            Ok(response) => {
                let said = response.text().await.unwrap_or_default();
                let said = said.trim();
                Err(if said.is_empty() || said.len() > 300 || said.starts_with('<') {
                    tf(Fmt::PortalNotSignedIn, &[("status", (&response.status().to_string()).into())])
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

pub fn use_signed_in() -> SignedIn {
    expect_context::<SignedIn>()
}
