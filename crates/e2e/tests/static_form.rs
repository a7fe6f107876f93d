//! index.html's static connect form, painted before the wasm has loaded: a person types the key,
//! chooses the storage and presses Connect while the wasm is held back (DevTools `Fetch`
//! interception); the panel then takes the form over with what was typed, the focus and the caret,
//! and carries out an early Connect (or Sign in) exactly once. Without JavaScript the page says why.

use e2e::{Browser, Page, PanelServer, ADMIN_KEY, STORAGE_ENTRY};
use serde_json::{json, Value};

const ENTER: &str = "\u{E007}";
const MEMORY_ONLY: &str = "In memory only (gone on reload)";
const PENDING: &str = "Connecting as soon as the panel has loaded";

/// Holds every request for the wasm until [`release_the_wasm`]. The browser must load pages
/// eagerly: the held wasm (preloaded) would keep `goto` waiting for the load event.
async fn hold_the_wasm(page: &Page) -> Result<(), String> {
    let patterns = json!({ "patterns": [{ "urlPattern": "*_bg.wasm*", "requestStage": "Request" }] });
    page.devtools("Fetch.enable", patterns).await.map(|_| ())
}

/// Lets the held wasm requests go on.
async fn release_the_wasm(page: &Page) -> Result<(), String> {
    page.devtools("Fetch.disable", json!({})).await.map(|_| ())
}

/// True once the panel has mounted (it renders into `#pkp-app`).
async fn panel_mounted(page: &Page) -> Result<bool, String> {
    let mounted =
        page.execute("return document.getElementById('pkp-app').childElementCount > 0;", vec![]).await?;
    Ok(mounted == Value::Bool(true))
}

async fn wait_for_the_panel(page: &Page) -> Result<(), String> {
    for _ in 0..150 {
        if panel_mounted(page).await? {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("the panel never mounted; page text: {}", page.body_text().await))
}

/// Agent requests (packets sent to Plesk) since the page loaded or since `clearResourceTimings`.
async fn packets_sent(page: &Page) -> Result<u64, String> {
    let count = page
        .execute(
            "return performance.getEntriesByType('resource').filter((e) => e.name.includes('agent.php')).length;",
            vec![],
        )
        .await?;
    count.as_u64().ok_or_else(|| format!("not a count: {count}"))
}

/// `focus` is `document.activeElement`'s ID, value and caret, as seen by the page.
async fn focused_field(page: &Page) -> Result<Value, String> {
    page.execute(
        "const a = document.activeElement; \
         return { id: a.id, value: a.value, caret: a.selectionStart, in_panel: !!a.closest('#pkp-app') };",
        vec![],
    )
    .await
}

/// Runs `test` with a fresh server and an eagerly loading browser; closes both and fails on any
/// CSP violation, as `e2e::with_panel` does.
async fn with_eager_browser<F, Fut>(server_args: &[&str], test: F)
where
    F: FnOnce(String, Page) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let server = PanelServer::start(server_args).await;
    let browser = Browser::start_configured(&[], "eager").await;
    let mut outcome = test(server.url.clone(), browser.page()).await;
    match browser.csp_violations().await {
        Ok(violations) if violations.is_empty() => {}
        Ok(violations) => outcome = outcome.and(Err(format!("CSP violations: {violations:?}"))),
        Err(error) => outcome = outcome.and(Err(error)),
    }
    browser.close().await;
    drop(server);
    if let Err(message) = outcome {
        panic!("{message}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_typed_and_connected_before_the_wasm_connects_once_when_it_loads() {
    with_eager_browser(&[], |url, page| async move {
        hold_the_wasm(&page).await?;
        page.goto(&url).await?;
        if panel_mounted(&page).await? {
            return Err("the panel mounted although its wasm was held back".into());
        }
        // The static form, found as a person finds the panel's: by role and accessible name.
        page.type_into("API key", ADMIN_KEY).await?;
        page.set_checked("radio", MEMORY_ONLY, true).await?;
        page.click("button", "Connect").await?;
        // A second press (Enter on the focused Connect) must not send anything twice.
        page.press(ENTER).await?;
        page.wait_for_text("the pending note", |text| text.contains(PENDING)).await?;
        if panel_mounted(&page).await? || packets_sent(&page).await? != 0 {
            return Err("something was sent before the panel had loaded".into());
        }
        let address = page.client().current_url().await.map_err(|e| e.to_string())?;
        if address.as_str() != url {
            return Err(format!("an early Connect navigated to {address}"));
        }
        // A panel that takes long (here: held back) is explained after a while.
        page.wait_for_text("the slow-loading note", |text| text.contains("The panel is still loading"))
            .await?;

        release_the_wasm(&page).await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.len() != 1 {
            return Err(format!("expected the administrator key alone, got {rows:?}"));
        }
        if page.session_storage(STORAGE_ENTRY).await?.is_some() {
            return Err(
                "the static form's 'In memory only' choice was lost: the key is in sessionStorage".into()
            );
        }
        let early = packets_sent(&page).await?;
        let text = page.body_text().await;
        if text.contains(PENDING) || text.contains("still loading") {
            return Err(format!("the static shell is still shown beside the panel: {text}"));
        }

        // The same connect in the panel's own form sends as many packets: the early one ran once.
        page.execute("performance.clearResourceTimings();", vec![]).await?;
        page.click("button", "Log out").await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        page.table_rows("Secret keys").await?;
        let normal = packets_sent(&page).await?;
        if early != normal {
            return Err(format!("an early Connect sent {early} packets, a normal one {normal}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sign_in_before_the_wasm_is_carried_out_once_it_loads() {
    with_eager_browser(&["--sandbox-admin-password", "e2e-admin-pw"], |url, page| async move {
        hold_the_wasm(&page).await?;
        page.goto(&url).await?;
        page.open_disclosure("Sign in with login and password").await?;
        page.type_into("Login", "admin").await?;
        page.type_into("Password", "e2e-admin-pw").await?;
        page.press(ENTER).await?;
        page.wait_for_text("the pending note", |text| {
            text.contains("Signing in as soon as the panel has loaded")
        })
        .await?;
        if panel_mounted(&page).await? || packets_sent(&page).await? != 0 {
            return Err("something was sent before the panel had loaded".into());
        }
        release_the_wasm(&page).await?;
        page.table_rows("Secret keys").await?;
        page.role("button", "Create a key for this browser").await?;
        if page.session_storage(STORAGE_ENTRY).await?.is_some() {
            return Err("a password session must not touch storage".into());
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn typing_goes_on_in_the_panel_with_the_text_focus_and_caret_kept() {
    with_eager_browser(&[], |url, page| async move {
        hold_the_wasm(&page).await?;
        page.goto(&url).await?;
        page.type_into("API key", "half-typed").await?;
        let before = focused_field(&page).await?;
        if before["id"] != "pkp-api-key" || before["in_panel"] != false || before["caret"] != 10 {
            return Err(format!("the static field should have the focus and caret: {before}"));
        }

        release_the_wasm(&page).await?;
        wait_for_the_panel(&page).await?;
        let after = focused_field(&page).await?;
        if after["id"] != "pkp-api-key" || after["in_panel"] != true {
            return Err(format!("the panel's key field should have the focus: {after}"));
        }
        if after["value"] != "half-typed" || after["caret"] != 10 {
            return Err(format!("the text or the caret was lost at the take-over: {after}"));
        }
        // Nothing was submitted: no packet, no pending note, the panel's form as usual.
        if packets_sent(&page).await? != 0 {
            return Err("a take-over without Connect sent a packet".into());
        }
        page.press("-and-finished").await?;
        let typed = focused_field(&page).await?;
        if typed["value"] != "half-typed-and-finished" {
            return Err(format!("typing did not go on in the panel's field: {typed}"));
        }
        if page.body_text().await.contains(PENDING) {
            return Err("the pending note is shown although nothing was submitted".into());
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_javascript_the_page_says_why_and_shows_no_dead_form() {
    with_eager_browser(&[], |url, page| async move {
        page.devtools("Emulation.setScriptExecutionDisabled", json!({ "value": true })).await?;
        page.goto(&url).await?;
        let text = page.wait_for_text("the explanation", |text| text.contains("needs JavaScript")).await?;
        if text.contains("Connect to Plesk") || !page.absent("textbox", "API key").await {
            return Err(format!("a connect form that cannot work is shown without JavaScript: {text}"));
        }
        Ok(())
    })
    .await;
}
