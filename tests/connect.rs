//! Browser tests of the panel (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use plesk_key_panel::session::STORAGE_ENTRY;
use plesk_key_panel::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().session_storage().unwrap().unwrap()
}

/// Mounts the app into a fresh container and returns the container.
fn mount_app() -> web_sys::HtmlElement {
    let document = document();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), App).forget();
    container
}

/// The form control whose visible `<label>` reads `name`.
fn control_labelled(container: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlInputElement {
    let labels = container.query_selector_all("label").unwrap();
    for index in 0..labels.length() {
        let label: web_sys::HtmlElement = labels.item(index).unwrap().unchecked_into();
        if label.text_content().as_deref() == Some(name) {
            let id = label.get_attribute("for").expect("label has for=");
            return document().get_element_by_id(&id).unwrap().unchecked_into();
        }
    }
    panic!("no control labelled {name}");
}

fn button_named(container: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    let buttons = container.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|index| buttons.item(index).unwrap().unchecked_into::<web_sys::HtmlElement>())
        .find(|button| button.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button named {name}"))
}

async fn tick() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn connect_keeps_the_key_in_session_storage_only() {
    storage().clear().unwrap();
    let app = mount_app();
    let input = control_labelled(&app, "API key");
    assert_eq!(input.type_(), "password");
    input.set_value("  e4b01d73-7368-64a6-0515-9fa8fc1d3a78 ");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    button_named(&app, "Connect").click();
    tick().await;
    assert_eq!(
        storage().get_item(STORAGE_ENTRY).unwrap().as_deref(),
        Some("e4b01d73-7368-64a6-0515-9fa8fc1d3a78")
    );
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(local.length().unwrap(), 0, "nothing may go to localStorage");
    // Connected: the connect form is gone, Log out clears the key.
    assert!(app.query_selector("#pkp-api-key").unwrap().is_none());
    button_named(&app, "Log out").click();
    tick().await;
    assert_eq!(storage().get_item(STORAGE_ENTRY).unwrap(), None);
    app.remove();
}

#[wasm_bindgen_test]
async fn an_empty_key_is_refused_with_a_message() {
    storage().clear().unwrap();
    let app = mount_app();
    button_named(&app, "Connect").click();
    tick().await;
    let status = app.query_selector("[role=status]").unwrap().unwrap();
    assert!(status.text_content().unwrap().contains("Paste an API key"));
    assert_eq!(storage().get_item(STORAGE_ENTRY).unwrap(), None);
    app.remove();
}
