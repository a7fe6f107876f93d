//! Browser tests of the panel's components (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use plesk_key_panel::components::dialog::Dialog;
use plesk_key_panel::logic::idle::DEFAULT_TIMEOUT;
use plesk_key_panel::session::{Session, StorageMode, ACTIVITY_ENTRY, STORAGE_ENTRY};
use plesk_key_panel::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().session_storage().unwrap().unwrap()
}

fn container() -> web_sys::HtmlElement {
    let element: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

/// Mounts the app into a fresh container and returns the container.
fn mount_app() -> web_sys::HtmlElement {
    let root = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    root
}

/// The form control whose visible `<label>` reads `name`.
fn control_labelled(root: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    for index in 0..labels.length() {
        let label: web_sys::HtmlElement = labels.item(index).unwrap().unchecked_into();
        if label.text_content().as_deref().map(str::trim) == Some(name) {
            let id = label.get_attribute("for").expect("label has for=");
            return document().get_element_by_id(&id).unwrap().unchecked_into();
        }
    }
    panic!("no control labelled {name}");
}

fn button_named(root: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|index| buttons.item(index).unwrap().unchecked_into::<web_sys::HtmlElement>())
        .find(|button| button.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button named {name}"))
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

async fn tick() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn a_connected_key_lives_in_session_storage_only() {
    storage().clear().unwrap();
    let session = Session::restore(DEFAULT_TIMEOUT);
    session.connect_with_key("e4b01d73-7368-64a6-0515-9fa8fc1d3a78".into(), StorageMode::Tab).unwrap();
    assert_eq!(
        storage().get_item(STORAGE_ENTRY).unwrap().as_deref(),
        Some("e4b01d73-7368-64a6-0515-9fa8fc1d3a78")
    );
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(local.length().unwrap(), 0, "nothing may go to localStorage");
    session.log_out();
    assert_eq!(storage().length().unwrap(), 0, "Log out clears the key and its activity time");

    session.connect_with_key("memory-only-key".into(), StorageMode::Memory).unwrap();
    assert_eq!(storage().length().unwrap(), 0, "memory mode never writes storage");
    assert!(session.is_connected());
    session.log_out();
}

/// Connect checks the key with Plesk first. Here the agent endpoint is not Plesk (the test
/// runner's server): the user stays on the form with the key still typed, nothing is stored,
/// and Retry is offered.
#[wasm_bindgen_test]
async fn a_key_that_could_not_be_checked_is_neither_stored_nor_lost() {
    storage().clear().unwrap();
    let app = mount_app();
    let input = control_labelled(&app, "API key");
    type_into(&input, "e4b01d73-7368-64a6-0515-9fa8fc1d3a78");
    button_named(&app, "Connect").click();
    tick().await;
    let mut waited = 0;
    while !app.text_content().unwrap().contains("Retry") && waited < 5_000 {
        later(50).await;
        waited += 50;
    }
    assert!(app.text_content().unwrap().contains("Plesk could not be asked"), "{}", app.inner_html());
    assert_eq!(input.value(), "e4b01d73-7368-64a6-0515-9fa8fc1d3a78", "what was typed is kept");
    assert!(app.query_selector("#pkp-api-key").unwrap().is_some(), "still on the connect form");
    assert_eq!(storage().length().unwrap(), 0, "nothing stored");
    app.remove();
}

#[wasm_bindgen_test]
async fn an_empty_key_is_refused_with_a_message() {
    storage().clear().unwrap();
    let app = mount_app();
    button_named(&app, "Connect").click();
    tick().await;
    assert!(app.text_content().unwrap().contains("Paste an API key"));
    assert_eq!(storage().get_item(STORAGE_ENTRY).unwrap(), None);
    app.remove();
}

#[wasm_bindgen_test]
async fn the_address_field_explains_itself_as_you_type() {
    storage().clear().unwrap();
    storage().set_item(STORAGE_ENTRY, "restored-key").unwrap();
    storage().set_item(ACTIVITY_ENTRY, &(js_sys::Date::now() as u64).to_string()).unwrap();
    let app = mount_app();
    tick().await;
    let field = control_labelled(&app, "IP addresses");
    let hint = || document().get_element_by_id("pkp-create-ips-hint").unwrap().text_content().unwrap();
    assert!(hint().contains("Bind to the address Plesk sees"));
    type_into(&field, "192.0.2.1, 192.0.2.999");
    tick().await;
    assert_eq!(hint(), "'192.0.2.999' is not an IPv4 or IPv6 address.");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    type_into(&field, "192.0.2.1, ::1, 192.0.2.1");
    tick().await;
    assert_eq!(hint(), "192.0.2.1 is listed twice.");
    type_into(&field, "192.0.2.1, ::1");
    tick().await;
    assert_eq!(hint(), "2 valid addresses.");
    button_named(&app, "Log out").click();
    app.remove();
}

#[wasm_bindgen_test]
async fn dialogs_take_focus_trap_it_and_cancel_on_escape() {
    let root = container();
    let cancelled = RwSignal::new(0);
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Dialog title="Delete key 5?".to_owned() on_cancel=move |()| cancelled.update(|n| *n += 1)>
                <button type="button">"Delete"</button>
                <button type="button" data-autofocus="">"Cancel"</button>
            </Dialog>
        }
    })
    .forget();
    tick().await;
    let dialog = root.query_selector("[role=dialog]").unwrap().expect("a dialog");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let title_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        document().get_element_by_id(&title_id).unwrap().text_content().as_deref(),
        Some("Delete key 5?")
    );
    let focused = || document().active_element().and_then(|e| e.text_content()).unwrap_or_default();
    assert_eq!(focused(), "Cancel", "focus starts on the safe choice");
    let key = |name: &str, shift: bool| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_shift_key(shift);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        document().active_element().unwrap().dispatch_event(&event).unwrap();
        event.default_prevented()
    };
    assert!(key("Tab", false), "Tab on the last control wraps");
    assert_eq!(focused(), "Delete");
    assert!(key("Tab", true), "Shift+Tab on the first control wraps");
    assert_eq!(focused(), "Cancel");
    key("Escape", false);
    assert_eq!(cancelled.get_untracked(), 1, "Escape cancels");
    root.remove();
}

/// Resolves after `ms` milliseconds (a browser timer).
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ =
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_packet_log_records_with_and_without_request_idle_callback() {
    use plesk_key_panel::packet_log::PacketLog;
    let owner = Owner::new();
    let log = owner.with(PacketLog::new);
    log.record(
        "default",
        "https://gw.example/enterprise/control/agent.php".into(),
        "<packet/>".into(),
        b"<packet><system><status>ok</status></system></packet>".to_vec(),
    );
    wait(100).await;
    assert_eq!(log.exchanges().len(), 1, "recorded when the browser was idle");

    // Safari has no requestIdleCallback: shadow it on the window, then restore it.
    let window = web_sys::window().unwrap();
    let name = wasm_bindgen::JsValue::from_str("requestIdleCallback");
    js_sys::Reflect::set(&window, &name, &wasm_bindgen::JsValue::UNDEFINED).unwrap();
    log.record(
        "default",
        "https://gw.example/enterprise/control/agent.php".into(),
        "<packet/>".into(),
        b"not xml".to_vec(),
    );
    js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &name).unwrap();
    wait(50).await;
    let exchanges = log.exchanges();
    assert_eq!(exchanges.len(), 2, "recorded after a timeout instead");
    assert_eq!(exchanges[0].number, 2);
    assert!(exchanges[0].response.starts_with("(not shown: "), "{}", exchanges[0].response);

    log.record(
        "default",
        "https://gw.example/enterprise/control/agent.php".into(),
        "<packet/>".into(),
        b"<packet/>".to_vec(),
    );
    log.clear();
    wait(100).await;
    assert!(log.exchanges().is_empty(), "a recording still waiting when the log was cleared is dropped");
}

/// Issue 23 item 10: a request sent to server Two whose answer arrives after the person switched
/// to server One is recorded under Two with the URL it was sent to, so One's inspector never shows
/// it and Copy as curl never pairs it with One's URL.
#[wasm_bindgen_test]
async fn an_answer_after_a_switch_is_recorded_under_the_server_that_was_asked() {
    use plesk_key_panel::api::AgentClient;
    use plesk_key_panel::packet_log::PacketLog;
    use plesk_key_panel::session::Credential;
    use std::cell::Cell;
    use std::rc::Rc;

    let owner = Owner::new();
    let log = owner.with(PacketLog::new);
    let client = AgentClient::new("two", "servers/two/enterprise/control/agent.php", log);
    let done = Rc::new(Cell::new(false));
    {
        let (client, done) = (client.clone(), Rc::clone(&done));
        let credential = Credential::Key("e4b01d73-7368-64a6-0515-9fa8fc1d3a78".into());
        wasm_bindgen_futures::spawn_local(async move {
            let _ = client.list_keys(&credential).await;
            done.set(true);
        });
    }
    tick().await;
    // The person picks server One while Two's answer is on its way.
    client.set_server("one", "servers/one/enterprise/control/agent.php");
    let mut waited = 0;
    while !done.get() && waited < 5_000 {
        later(20).await;
        waited += 20;
    }
    wait(100).await;
    let exchanges = log.exchanges();
    assert_eq!(exchanges.len(), 1, "the exchange is recorded");
    assert_eq!(exchanges[0].server, "two");
    assert!(exchanges[0].url.ends_with("/servers/two/enterprise/control/agent.php"), "{}", exchanges[0].url);
    assert!(exchanges[0].url.starts_with("http"), "an absolute URL: {}", exchanges[0].url);
    assert!(log.exchanges_with("one").is_empty(), "One's inspector does not show Two's exchange");
    assert_eq!(log.exchanges_with("two").len(), 1);
}

/// Resolves after `milliseconds`, like a slow answer.
async fn later(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Sends a request whose answer arrives after 50 ms; `ended` runs right after sending. Returns
/// whether the answer was handed to the view.
async fn answer_used_after(ended: impl FnOnce(Session)) -> bool {
    use plesk_key_panel::api::AgentClient;
    use plesk_key_panel::packet_log::PacketLog;
    use plesk_key_panel::state::request::session_action;
    use std::cell::Cell;
    use std::rc::Rc;

    let session = Session::restore(DEFAULT_TIMEOUT);
    session.connect_with_key("e4b01d73-7368-64a6-0515-9fa8fc1d3a78".into(), StorageMode::Memory).unwrap();
    let client = AgentClient::new("default", "enterprise/control/agent.php", PacketLog::new());
    let used = Rc::new(Cell::new(false));
    let seen = Rc::clone(&used);
    let slow = |_client, _credential, (): ()| async {
        later(50).await;
        Ok::<_, plesk_key_panel::api::ApiError>("a new key value")
    };
    let create = session_action(session, client, slow, move |(), _| seen.set(true));
    create.dispatch(());
    let pending = create.pending();
    assert!(pending.get_untracked(), "in flight");
    ended(session);
    later(120).await;
    assert!(!pending.get_untracked(), "the request is over either way");
    used.get()
}

#[wasm_bindgen_test]
async fn an_answer_belongs_to_the_session_that_asked() {
    assert!(answer_used_after(|_| {}).await, "an answer in the same session is used");
    assert!(!answer_used_after(|session| session.log_out()).await, "Log out drops it");
    assert!(
        !answer_used_after(|session| {
            session.log_out();
            session.connect_with_key("another-person-s-key".into(), StorageMode::Memory).unwrap();
        })
        .await,
        "the next person's session never sees it"
    );
    assert!(
        !answer_used_after(|session| session.sign_in("admin".into(), "pw".into())).await,
        "nor does a sign-in that replaced the key"
    );
}

/// The one staleness rule (`Session::answer`): the session is taken when the request is sent,
/// and the answer is handed back only while that session is still the current one.
#[wasm_bindgen_test]
async fn session_answer_drops_what_another_session_asked() {
    let session = Session::restore(DEFAULT_TIMEOUT);
    session.connect_with_key("e4b01d73-7368-64a6-0515-9fa8fc1d3a78".into(), StorageMode::Memory).unwrap();
    assert_eq!(session.answer(async { 7 }).await, Some(7), "same session: handed back");
    let slow = session.answer(async {
        later(30).await;
        "a new key value"
    });
    session.switch_to("plesk-key-panel.key.us1".into());
    assert_eq!(slow.await, None, "asked on another server: dropped");
    let asked_before_awaiting = session.answer(async { 1 });
    session.log_out();
    assert_eq!(asked_before_awaiting.await, None, "the session is the one at sending, not at awaiting");
}

/// sessionStorage outlives the page (tab restore, duplicated or reopened tab): a key whose last
/// activity is older than the idle timeout is not restored, and is forgotten.
#[wasm_bindgen_test]
async fn a_tab_restored_after_the_idle_timeout_starts_logged_out() {
    storage().clear().unwrap();
    let key = "e4b01d73-7368-64a6-0515-9fa8fc1d3a78";
    let now = js_sys::Date::now() as u64;
    let long_ago = now - DEFAULT_TIMEOUT.as_millis() as u64 - 1_000;
    storage().set_item(STORAGE_ENTRY, key).unwrap();
    storage().set_item(ACTIVITY_ENTRY, &long_ago.to_string()).unwrap();
    let app = mount_app();
    tick().await;
    assert!(app.query_selector("#pkp-api-key").unwrap().is_some(), "the connect form, not the key page");
    assert_eq!(storage().get_item(STORAGE_ENTRY).unwrap(), None, "the stale key is forgotten");
    assert_eq!(storage().get_item(ACTIVITY_ENTRY).unwrap(), None);
    app.remove();

    storage().set_item(STORAGE_ENTRY, key).unwrap();
    storage().set_item(ACTIVITY_ENTRY, &(now - 5_000).to_string()).unwrap();
    let app = mount_app();
    tick().await;
    assert!(
        app.query_selector("#pkp-api-key").unwrap().is_none(),
        "a reload within the timeout stays connected"
    );
    button_named(&app, "Log out").click();
    tick().await;
    assert_eq!(storage().get_item(ACTIVITY_ENTRY).unwrap(), None);
    app.remove();
}

/// A fleet keeps one credential per server: switching shows the other server's (or none), and
/// Log out clears every server's stored key.
#[wasm_bindgen_test]
async fn each_server_of_a_fleet_keeps_its_own_credential() {
    storage().clear().unwrap();
    let session = Session::restore(DEFAULT_TIMEOUT);
    session.switch_to("plesk-key-panel.key.eu1".into());
    session.connect_with_key("eu1-key".into(), StorageMode::Tab).unwrap();
    session.switch_to("plesk-key-panel.key.us1".into());
    assert!(!session.is_connected(), "us1 has no credential yet");
    session.connect_with_key("us1-key".into(), StorageMode::Memory).unwrap();
    assert_eq!(storage().get_item("plesk-key-panel.key.eu1").unwrap().as_deref(), Some("eu1-key"));
    assert_eq!(storage().get_item("plesk-key-panel.key.us1").unwrap(), None, "memory mode stays in memory");
    session.switch_to("plesk-key-panel.key.eu1".into());
    assert_eq!(
        session.credential_untracked().and_then(|c| c.key_value().map(str::to_owned)).as_deref(),
        Some("eu1-key")
    );
    session.switch_to("plesk-key-panel.key.us1".into());
    assert_eq!(
        session.credential_untracked().and_then(|c| c.key_value().map(str::to_owned)).as_deref(),
        Some("us1-key")
    );
    session.log_out();
    assert_eq!(storage().length().unwrap(), 0, "Log out clears every server's key");
    session.switch_to("plesk-key-panel.key.eu1".into());
    assert!(!session.is_connected(), "and every server's credential");
}

/// A key as a hostile Plesk may send it: a right-to-left override in the description, a
/// zero-width space after the owner's login.
fn key_with_hidden_characters() -> plesk_xmlapi::KeyInfo {
    plesk_xmlapi::KeyInfo {
        id: "2".into(),
        ip_addresses: vec!["192.0.2.1".into()],
        description: "CI \u{202e}1 yek".into(),
        owner: Some("admin\u{200b}".into()),
    }
}

/// Provides what the key page's widgets need (session, client, key list, announcer) and
/// returns the key list.
fn provide_key_page_state() -> plesk_key_panel::state::keys::KeysStore {
    use plesk_key_panel::api::AgentClient;
    use plesk_key_panel::packet_log::PacketLog;
    use plesk_key_panel::state::announcer::Announcer;
    use plesk_key_panel::state::keys::KeysStore;

    let session = Session::restore(DEFAULT_TIMEOUT);
    let client = AgentClient::new("default", "enterprise/control/agent.php", PacketLog::new());
    let keys = KeysStore::new(session, client.clone());
    provide_context(session);
    provide_context(Announcer::new());
    provide_context(keys);
    provide_context(client);
    keys
}

/// What Plesk sent, as shown in `element`: no hidden character left, both made visible, and
/// isolated (`<bdi>`) at least `isolated` times.
fn assert_shown_visibly(element: &web_sys::Element, isolated: u32) {
    let text = element.text_content().unwrap();
    assert!(!text.contains('\u{202e}') && !text.contains('\u{200b}'), "{text:?}");
    assert!(text.contains("CI ⟨U+202E⟩1 yek") && text.contains("admin⟨U+200B⟩"), "{text:?}");
    let found = element.query_selector_all("bdi").unwrap().length();
    assert!(found >= isolated, "{found} isolated: {}", element.inner_html());
}

/// Issue 23 item 14: a description with a right-to-left override must not turn the delete
/// dialog's sentence around, and an owner `admin` + zero-width space must not look like `admin`.
#[wasm_bindgen_test]
async fn the_delete_dialog_isolates_plesk_text_and_shows_invisible_characters() {
    use plesk_key_panel::components::delete_dialog::delete_dialog_part;
    use plesk_key_panel::parts::part_view;

    let root = container();
    leptos::mount::mount_to(root.clone(), || {
        provide_key_page_state();
        part_view(|| delete_dialog_part(vec![key_with_hidden_characters()], Callback::new(|()| {})))
    })
    .forget();
    tick().await;
    tick().await;
    let item = root.query_selector(".pkp-dialog-list li").unwrap().expect("the key is named");
    assert_shown_visibly(&item, 3);
    root.remove();
}

/// Issue 23 item 14: the key list isolates what Plesk sent and shows invisible characters.
#[wasm_bindgen_test]
async fn the_key_table_isolates_plesk_text_and_shows_invisible_characters() {
    use plesk_key_panel::components::key_table::KeyTable;
    use plesk_key_panel::logic::list_view::Column;

    let root = container();
    leptos::mount::mount_to(root.clone(), || {
        let store = provide_key_page_state();
        store.seed(vec![key_with_hidden_characters()]);
        view! {
            <KeyTable
                keys=store.keys()
                table=store.table
                columns=&Column::KEY_LIST
                id="test"
                one_server=true
                loaded=true
                empty="none"
                on_action=|_| {}
            />
        }
    })
    .forget();
    tick().await;
    let row = root.query_selector("tbody tr:not([hidden])").unwrap().expect("one row");
    assert_shown_visibly(&row, 4);
    root.remove();
}
