//! The CSP check of the harness really sees violations, and the page is served with a fresh
//! nonce per response.

use e2e::{Browser, PanelServer};

#[tokio::test(flavor = "multi_thread")]
async fn the_harness_reports_csp_violations_and_nonces_change() {
    let server = PanelServer::start(&[]).await;
    let browser = Browser::start().await;
    let page = browser.page();
    let outcome = async {
        page.goto(&server.url).await?;
        page.role("textbox", "API key").await?;
        let clean = browser.csp_violations().await?;
        if !clean.is_empty() {
            return Err(format!("the panel itself violates the CSP: {clean:?}"));
        }
        // The panel has an icon of its own, from 'self': no 404 for /favicon.ico in the console.
        let icon = page
            .execute(
                "return fetch(document.querySelector('link[rel=icon]').href).then(r => r.status + ' ' + r.headers.get('content-type'));",
                vec![],
            )
            .await?;
        if icon.as_str() != Some("200 image/svg+xml") {
            return Err(format!("the panel's icon is not served: {icon}"));
        }
        let first = page.execute("return document.querySelector('script[nonce]').nonce;", vec![]).await?;
        page.execute(
            "const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); return window.injected === undefined;",
            vec![],
        )
        .await
        .and_then(|blocked| if blocked == serde_json::Value::Bool(true) { Ok(()) } else { Err("an inline script ran".into()) })?;
        let violations = browser.csp_violations().await?;
        if violations.is_empty() {
            return Err("the injected inline script was not reported".into());
        }
        page.reload().await?;
        page.role("textbox", "API key").await?;
        let second = page.execute("return document.querySelector('script[nonce]').nonce;", vec![]).await?;
        if first == second || first.as_str().is_none_or(|n| n.len() != 32) {
            return Err(format!("nonces must be fresh per response: {first} then {second}"));
        }
        Ok::<(), String>(())
    }
    .await;
    browser.close().await;
    drop(server);
    if let Err(message) = outcome {
        panic!("{message}");
    }
}
