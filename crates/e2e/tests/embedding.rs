//! Embedding in a portal: framed by allowed origins (CSP frame-ancestors), a key handed over by
//! postMessage only from the allowed origin, kept in memory only; a foreign origin is ignored.

use std::path::PathBuf;
use std::time::Duration;

use e2e::{free_port, serve_folder, with_panel_from, PanelServer, ADMIN_KEY};

/// The README's host page with its one setting, the panel's URL, written in (as an operator
/// edits it).
fn host_page_for(panel_url: &str) -> PathBuf {
    let original = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../deploy/portal-host.html");
    let page = std::fs::read_to_string(original).unwrap();
    let configured =
        page.replace("src=\"https://keys.portal.example.com/\"", &format!("src=\"{panel_url}\""));
    assert_ne!(page, configured, "the host page has its panel URL setting");
    let folder = std::env::temp_dir().join(format!("pkp-e2e-host-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("portal-host.html"), configured).unwrap();
    folder
}

fn panel_allowing(origin: &str) -> PathBuf {
    let source = PanelServer::dist();
    let copy =
        std::env::temp_dir().join(format!("pkp-e2e-embed-dist-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, copy.join(path.file_name().unwrap())).unwrap();
    }
    let index = std::fs::read_to_string(copy.join("index.html")).unwrap();
    let edited = index.replace(
        "<meta name=\"plesk-key-handoff-origins\" content=\"\">",
        &format!("<meta name=\"plesk-key-handoff-origins\" content=\"{origin}\">"),
    );
    assert_ne!(index, edited);
    std::fs::write(copy.join("index.html"), edited).unwrap();
    copy
}

#[tokio::test(flavor = "multi_thread")]
async fn a_portal_frame_hands_over_a_key_and_a_foreign_one_is_ignored() {
    // The panel's URL is known only once it runs: the host pages are written and served inside.
    let (portal_port, foreign_port) = (free_port(), free_port());
    let portal_origin = format!("http://127.0.0.1:{portal_port}");
    let foreign_origin = format!("http://127.0.0.1:{foreign_port}");
    let dist = panel_allowing(&portal_origin);
    let frame_ancestors = ["--frame-ancestors".to_owned(), portal_origin.clone(), foreign_origin.clone()];
    let arguments: Vec<&str> = frame_ancestors.iter().map(String::as_str).collect();
    with_panel_from(&dist, &arguments, |server, page| async move {
        let _foreign = serve_folder(&host_page_for(&format!("{}?layout=compact", server.url)), foreign_port);
        let _portal = serve_folder(&host_page_for(&server.url), portal_port);
        // The foreign portal can frame the panel but its key is ignored.
        page.goto(&format!("{foreign_origin}/portal-host.html")).await?;
        page.type_into("Key to hand over", ADMIN_KEY).await?;
        tokio::time::sleep(Duration::from_secs(1)).await;
        page.click("button", "Hand over key").await?;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let status = page.body_text().await;
        if status.contains("Panel ready") || status.contains("acknowledged") {
            return Err(format!("the panel talked to a foreign origin: {status}"));
        }
        page.client().enter_frame(0).await.map_err(|e| e.to_string())?;
        page.role("textbox", "API key").await?;
        let layout = page.execute("return document.documentElement.dataset.layout || '';", vec![]).await?;
        if layout != "compact" {
            return Err(format!("compact layout not applied: {layout}"));
        }
        page.client().enter_parent_frame().await.map_err(|e| e.to_string())?;

        // The page's URL never configures the frame: neither script nor another receiver.
        for hostile in ["javascript:document.title='pwned'", "https://attacker.example/"] {
            page.goto(&format!("{portal_origin}/portal-host.html?panel={hostile}")).await?;
            page.wait_for_text("the panel's ready message", |text| text.contains("Panel ready.")).await?;
            let (source, title) = (
                page.execute("return document.getElementById('panel').src;", vec![]).await?,
                page.execute("return document.title;", vec![]).await?,
            );
            if source.as_str() != Some(server.url.as_str()) || title.as_str() == Some("pwned") {
                return Err(format!("?panel={hostile} reached the frame: src {source}, title {title}"));
            }
        }

        // The allowed portal: ready → key → ack, and the panel connects in memory only.
        page.goto(&format!("{portal_origin}/portal-host.html")).await?;
        page.wait_for_text("the panel's ready message", |text| text.contains("Panel ready.")).await?;
        page.type_into("Key to hand over", ADMIN_KEY).await?;
        page.click("button", "Hand over key").await?;
        page.wait_for_text("the acknowledgement", |text| text.contains("Panel acknowledged the key."))
            .await?;
        page.client().enter_frame(0).await.map_err(|e| e.to_string())?;
        page.table_rows("Secret keys").await?;
        let stored = page.session_storage("plesk-key-panel.key").await?;
        page.client().enter_parent_frame().await.map_err(|e| e.to_string())?;
        match stored {
            None => Ok(()),
            Some(_) => Err("a handed-over key must stay in memory".into()),
        }
    })
    .await;
    let _ = std::fs::remove_dir_all(&dist);
}

/// A fleet's portal hands over a key per server in one message; unknown servers are reported,
/// the known ones connect (in memory only) and All servers lists both.
#[tokio::test(flavor = "multi_thread")]
async fn a_portal_hands_over_a_key_per_server() {
    let portal_port = free_port();
    let portal_origin = format!("http://127.0.0.1:{portal_port}");
    let dist = panel_allowing(&portal_origin);
    let frame_ancestors = portal_origin.clone();
    let arguments = ["--frame-ancestors", frame_ancestors.as_str(), "--sandbox-servers", "eu1,us1"];
    with_panel_from(&dist, &arguments, |server, page| async move {
        let _portal = serve_folder(&host_page_for(&server.url), portal_port);
        page.goto(&format!("{portal_origin}/portal-host.html")).await?;
        page.wait_for_text("the panel's ready message", |text| text.contains("Panel ready.")).await?;
        let panel_origin = server.url.trim_end_matches('/').to_owned();
        page.execute(
            "const [key, origin] = arguments; document.getElementById('panel').contentWindow.postMessage(\
             { type: 'plesk-key-panel:key', keys: { eu1: key, us1: key, nowhere: key } }, origin);",
            vec![serde_json::json!(ADMIN_KEY), serde_json::json!(panel_origin)],
        )
        .await?;
        page.wait_for_text("the acknowledgement", |text| text.contains("Panel acknowledged the key."))
            .await?;
        page.client().enter_frame(0).await.map_err(|e| e.to_string())?;
        page.wait_for_text("the unknown server reported", |text| {
            text.contains("no server is called \"nowhere\"")
        })
        .await?;
        page.select("Server", "All servers").await?;
        page.wait_for_text("both servers connected", |text| text.contains("keys on 2 of 2 servers")).await?;
        for entry in ["plesk-key-panel.key.eu1", "plesk-key-panel.key.us1"] {
            if page.session_storage(entry).await?.is_some() {
                return Err(format!("{entry}: a handed-over key must stay in memory"));
            }
        }
        page.client().enter_parent_frame().await.map_err(|e| e.to_string())
    })
    .await;
    let _ = std::fs::remove_dir_all(&dist);
}

/// Issue 26 item 9: a refused key is told to the portal (`error`, with Plesk's code), the panel's
/// height is told whenever it changes (`resize`: the host page sizes the iframe, no scrollbar of
/// its own), and the portal's theme and language reach the panel (`settings`).
#[tokio::test(flavor = "multi_thread")]
async fn a_portal_hears_refusals_and_heights_and_sets_the_theme_and_language() {
    let portal_port = free_port();
    let portal_origin = format!("http://127.0.0.1:{portal_port}");
    let dist = panel_allowing(&portal_origin);
    let frame_ancestors = portal_origin.clone();
    let arguments = ["--frame-ancestors", frame_ancestors.as_str()];
    with_panel_from(&dist, &arguments, |server, page| async move {
        let _portal = serve_folder(&host_page_for(&server.url), portal_port);
        page.goto(&format!("{portal_origin}/portal-host.html")).await?;
        page.wait_for_text("the panel's ready message", |text| text.contains("Panel ready.")).await?;
        let frame_height = || {
            page.execute("return document.getElementById('panel').getBoundingClientRect().height;", vec![])
        };
        // The connect page's height, told at start: the iframe is no longer the page's 640 px.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        let connect_height = loop {
            let height = frame_height().await?.as_f64().unwrap_or_default();
            if height != 640.0 {
                break height;
            }
            if tokio::time::Instant::now() > deadline {
                return Err("no resize message sized the iframe".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        page.type_into("Key to hand over", "not-a-key-of-this-plesk").await?;
        page.click("button", "Hand over key").await?;
        page.wait_for_text("the refusal told to the portal", |text| {
            text.contains("Panel refused the key (Plesk error 11003): Plesk refused this credential")
        })
        .await?;
        page.set_checked("checkbox", "Dark portal", true).await?;
        page.client().enter_frame(0).await.map_err(|e| e.to_string())?;
        let inner = page
            .execute("return document.documentElement.scrollHeight <= window.innerHeight + 1;", vec![])
            .await?;
        if inner != serde_json::json!(true) {
            return Err("the panel scrolls inside its iframe".into());
        }
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while page.execute("return document.documentElement.dataset.theme;", vec![]).await? != "dark" {
            if tokio::time::Instant::now() > deadline {
                return Err("the portal's dark theme did not reach the panel".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        page.client().enter_parent_frame().await.map_err(|e| e.to_string())?;
        // The portal's language reaches the panel too (issue 28): French, without a reload.
        page.select("Portal language", "Français").await?;
        page.client().enter_frame(0).await.map_err(|e| e.to_string())?;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while page.execute("return document.documentElement.lang;", vec![]).await? != "fr" {
            if tokio::time::Instant::now() > deadline {
                return Err("the portal's language did not reach the panel".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        page.client().enter_parent_frame().await.map_err(|e| e.to_string())?;
        page.select("Portal language", "English").await?;
        // A good key: the key list is taller than the connect form; the iframe follows.
        page.type_into("Key to hand over", ADMIN_KEY).await?;
        page.click("button", "Hand over key").await?;
        page.wait_for_text("the acknowledgement", |text| text.contains("Panel acknowledged the key."))
            .await?;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while frame_height().await?.as_f64().unwrap_or_default() <= connect_height {
            if tokio::time::Instant::now() > deadline {
                return Err(format!("the iframe kept the connect page's {connect_height} px"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&dist);
}
