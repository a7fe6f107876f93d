//! A modal dialog: role `dialog`, focus moved in and trapped, Escape cancels, focus returns
//! to where it was on close.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf, Fmt, Msg};

/// Whether a modal dialog is open (the rest of the page is then `inert`): provided once by the
/// app, set by the page that opens dialogs.
#[derive(Clone, Copy)]
pub struct ModalOpen(pub RwSignal<bool>);

const FOCUSABLE: &str =
    "button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

fn focusables(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into().ok()).collect()
}

fn next_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("pkp-dialog-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[component]
pub fn Dialog(
    /// The dialog's title, which also names it.
    #[prop(into)]
    title: Signal<String>,
    /// Called on Escape (and by the dialog's own Cancel button).
    #[prop(into)]
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let id = next_id();
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let node: NodeRef<html::Div> = NodeRef::new();
    let previous = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let previous = send_wrapper::SendWrapper::new(previous);
    on_cleanup(move || {
        if let Some(element) = previous.take() {
            let _ = element.focus();
        }
    });
    Effect::new(move |_| {
        if let Some(root) = node.get() {
            let preferred = root
                .query_selector("[data-autofocus]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = preferred.or_else(|| focusables(&root).into_iter().next()) {
                let _ = target.focus();
            }
        }
    });
    let keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            on_cancel.run(());
        }
        "Tab" => {
            let Some(root) = node.get() else { return };
            let items = focusables(&root);
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active = document().active_element();
            let on = |item: &web_sys::HtmlElement| {
                active.as_ref().is_some_and(|a| a == item.unchecked_ref::<web_sys::Element>())
            };
            if event.shift_key() && (on(first) || active.is_none()) {
                event.prevent_default();
                let _ = last.focus();
            } else if !event.shift_key() && on(last) {
                event.prevent_default();
                let _ = first.focus();
            }
        }
        _ => {}
    };
    view! {
        <div class="pkp-backdrop">
            <div
                class="pkp-dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                node_ref=node
                on:keydown=keydown
            >
                <h2 id=title_id>{move || title.get()}</h2>
                {children()}
            </div>
        </div>
    }
}

/// A deletion's confirmation buttons: **Delete** (disabled while `busy`) and **Cancel**, which
/// takes the focus first (the safe choice).
#[component]
pub fn DeleteOrCancel(
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] on_delete: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="pkp-actions">
            <button type="button" class="pkp-button pkp-danger" disabled=busy on:click=move |_| on_delete.run(())>
                {t(Msg::DialogDelete)}
            </button>
            <button type="button" class="pkp-button" data-autofocus="" on:click=move |_| on_cancel.run(())>
                {t(Msg::DialogCancel)}
            </button>
        </div>
    }
}

/// Marks where a value goes in a message formatted by [`isolated`] (private-use characters: no
/// catalogue writes them).
const VALUE_START: char = '\u{e000}';
const VALUE_END: char = '\u{e001}';

/// A message whose values (Plesk's texts) are each isolated in a `<bdi>`: a right-to-left
/// override in a description cannot turn the sentence around. The message is formatted with
/// markers in the values' places, then cut there (the isolation marks a right-to-left language
/// puts around a value are left out: `<bdi>` isolates it).
pub fn isolated(message: Fmt, values: &[(&str, String)]) -> impl IntoView {
    let markers: Vec<String> =
        (0..values.len()).map(|index| format!("{VALUE_START}{index}{VALUE_END}")).collect();
    let args: Vec<_> =
        values.iter().zip(&markers).map(|((name, _), marker)| (*name, marker.into())).collect();
    let text = tf(message, &args);
    let mut pieces = Vec::new();
    let text_piece = |pieces: &mut Vec<AnyView>, text: &str| {
        let text = text.strip_suffix('\u{2068}').unwrap_or(text);
        if !text.is_empty() {
            pieces.push(text.to_owned().into_any());
        }
    };
    let mut parts = text.split(VALUE_START);
    text_piece(&mut pieces, parts.next().unwrap_or_default());
    for part in parts {
        let (index, rest) = part.split_once(VALUE_END).unwrap_or(("", part));
        if let Some((_, value)) = index.parse::<usize>().ok().and_then(|index| values.get(index)) {
            pieces.push(view! { <bdi>{value.clone()}</bdi> }.into_any());
        }
        text_piece(&mut pieces, rest.strip_prefix('\u{2069}').unwrap_or(rest));
    }
    pieces
}
