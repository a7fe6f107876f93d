//! The one-time display of a new key value, with Copy and Dismiss.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::focus::focus_by_id;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::state::announcer::use_announcer;
use crate::state::new_key::use_new_key;

/// Writes `text` to the clipboard (also used by **Copy all** of Create on servers).
pub async fn copy_to_clipboard(text: String) -> Result<(), String> {
    let clipboard = window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| t(Msg::NewKeyClipboardRefused).to_owned())
}

/// The card takes the focus when it appears — and so comes into view, on a phone too, where the
/// Create button is far below it; after Dismiss the focus goes back to **Create key** (or, in a
/// view without it, to the key list).
#[component]
pub fn NewKeyPanel() -> impl IntoView {
    let store = use_new_key();
    let announcer = use_announcer();
    let dismiss = move |_| {
        store.dismiss();
        // "Key created. Copy it now" no longer applies.
        announcer.clear();
        let _ = focus_by_id("pkp-create-submit") || focus_by_id("pkp-keys-title");
    };
    move || {
        store.shown().map(|shown| {
            let card = NodeRef::<leptos::html::Section>::new();
            card.on_load(|card| {
                let _ = card.focus();
            });
            let value = shown.value.clone();
            let copy = move |_| {
                let value = value.clone();
                spawn_local(async move {
                    match copy_to_clipboard(value).await {
                        Ok(()) => announcer.info(t(Msg::NewKeyCopied)),
                        Err(reason) => announcer.error(tf(Fmt::NewKeyCopyFailed, &[("reason", (&reason).into())])),
                    }
                });
            };
            view! {
                <section class="pkp-card pkp-new-key" aria-labelledby="pkp-new-key-title" tabindex="-1" node_ref=card>
                    <h2 id="pkp-new-key-title">{t(Msg::NewKeyTitle)}</h2>
                    <p class="pkp-hint">{shown.note.clone()}</p>
                    <output class="pkp-key-value" aria-labelledby="pkp-new-key-title">{shown.value.clone()}</output>
                    <p class="pkp-warning">{t(Msg::NewKeyWarning)}</p>
                    <div class="pkp-actions">
                        <button type="button" class="pkp-button pkp-primary" on:click=copy>{t(Msg::NewKeyCopy)}</button>
                        <button type="button" class="pkp-button" on:click=dismiss>{t(Msg::NewKeyDismiss)}</button>
                    </div>
                </section>
            }
        })
    }
}

crate::parts::lazy_part! {
    prefetch = prefetch_new_key;
    /// [`NewKeyPanel`] on the key page: a part fetched once the key list is shown (Create takes a
    /// round trip to Plesk before it is needed; the value waits in its store until it is shown).
    pub fn new_key_part() -> AnyView {
        view! { <NewKeyPanel /> }.into_any()
    }
}
