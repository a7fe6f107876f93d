//! The idle timeout, configured in the deployed index.html without rebuilding: a warning, "Stay
//! signed in", then the log-out.

use e2e::{with_panel_from, PanelServer, ADMIN_KEY};

/// A copy of the built panel whose meta tag sets a 10-second idle timeout.
fn panel_with_short_timeout() -> std::path::PathBuf {
    let source = PanelServer::dist();
    let copy = std::env::temp_dir().join(format!("pkp-e2e-idle-dist-{}", std::process::id()));
    std::fs::create_dir_all(&copy).expect("folder");
    for entry in std::fs::read_dir(&source).expect("dist") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, copy.join(path.file_name().expect("name"))).expect("copy");
    }
    let index = std::fs::read_to_string(copy.join("index.html")).expect("index");
    let edited = index.replace(
        "<meta name=\"plesk-idle-timeout\" content=\"900\">",
        "<meta name=\"plesk-idle-timeout\" content=\"10\">",
    );
    assert_ne!(index, edited, "the deployed index.html carries the idle meta tag");
    std::fs::write(copy.join("index.html"), edited).expect("write");
    copy
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_sessions_are_warned_then_logged_out() {
    let dist = panel_with_short_timeout();
    with_panel_from(&dist, &[], |server, page| async move {
        page.goto(&server.url).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        page.table_rows("Secret keys").await?;
        page.wait_for_text("the idle warning", |text| text.contains("you will be logged out in")).await?;
        page.click("button", "Stay signed in").await?;
        if page.body_text().await.contains("you will be logged out in") {
            return Err("the warning stays after Stay signed in".into());
        }
        page.wait_for_text("the idle log-out", |text| {
            text.contains("Logged out after a period without activity")
        })
        .await?;
        page.role("textbox", "API key").await?;
        match page.session_storage("plesk-key-panel.key").await? {
            None => Ok(()),
            Some(_) => Err("the key stayed in storage after the idle log-out".into()),
        }
    })
    .await;
    let _ = std::fs::remove_dir_all(&dist);
}
