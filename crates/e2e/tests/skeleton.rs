//! The walking skeleton: browser → panel → packet → serve → sandbox → answer → table.

use e2e::{post_packet, stays_on_the_connect_form, with_panel, ADMIN_KEY};
use plesk_xmlapi::{CreateKey, IpList, Operation, RequestPacket};

const STORAGE_ENTRY: &str = "plesk-key-panel.key";

fn create_packet(description: &str) -> String {
    let create =
        CreateKey::new(IpList::parse("192.0.2.10").expect("address"), description, "").expect("create");
    RequestPacket::new(Operation::Create(create)).to_xml()
}

#[tokio::test(flavor = "multi_thread")]
async fn connect_list_refresh_reload_and_log_out() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.len() != 1 {
            return Err(format!("expected the administrator key alone, got {rows:?}"));
        }
        // Where and who: the host the panel talks to, and the login its key belongs to.
        let host = server.url.trim_start_matches("http://").trim_end_matches('/').to_owned();
        let expected = format!("{host} — admin");
        let mut shown = String::new();
        for _ in 0..50 {
            shown = page.text_of("note", "Connected to").await?;
            if shown == expected {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if shown != expected {
            return Err(format!("the header says {shown:?}, not {expected:?}"));
        }

        for description in ["e2e first key", "e2e second key"] {
            let (status, body) =
                post_packet(&server.agent_url(), ADMIN_KEY, &create_packet(description)).await;
            if status != 200 || !body.contains("<status>ok</status>") {
                return Err(format!("create over HTTP failed: {status} {body}"));
            }
        }
        page.click("button", "Refresh").await?;
        page.wait_for_text("both new keys", |text| {
            text.contains("e2e first key") && text.contains("e2e second key")
        })
        .await?;
        let rows = page.table_rows("Secret keys").await?;
        let descriptions: Vec<&str> = rows.iter().map(|row| row["Description"].as_str()).collect();
        if rows.len() != 3
            || !descriptions.contains(&"e2e first key")
            || !descriptions.contains(&"e2e second key")
        {
            return Err(format!("unexpected rows {rows:?}"));
        }
        if !rows.iter().any(|row| row["IP addresses"] == "192.0.2.10" && row["Owner"] == "admin") {
            return Err(format!("addresses or owner missing: {rows:?}"));
        }

        page.reload().await?;
        page.wait_for_text("the list after a reload", |text| text.contains("e2e second key")).await?;
        if page.session_storage(STORAGE_ENTRY).await?.as_deref() != Some(ADMIN_KEY) {
            return Err("the key is not in sessionStorage after reload".into());
        }

        page.click("button", "Log out").await?;
        page.role("textbox", "API key").await?;
        match page.session_storage(STORAGE_ENTRY).await? {
            None => Ok(()),
            Some(_) => Err("sessionStorage still holds the key after Log out".into()),
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_key_is_explained_with_its_plesk_code() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.type_into("API key", "not-a-real-key").await?;
        page.click("button", "Connect").await?;
        let text = page
            .wait_for_text("the 11003 explanation", |text| {
                text.contains("11003") && text.contains("does not know this secret key")
            })
            .await?;
        let sentence = text
            .lines()
            .find(|line| line.contains("11003"))
            .ok_or("the 11003 sentence is on one line")?
            .trim()
            .to_owned();
        stays_on_the_connect_form(&page, "not-a-real-key", &sentence).await
    })
    .await;
}
