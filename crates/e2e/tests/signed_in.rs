//! The signed-in mode in Chromium: `plesk-keys serve` with two built-in sandboxes (`eu1`, `us1`)
//! whose administrator keys it holds, behind a real nginx that signs people in the way a portal's
//! authenticating proxy does — one nginx port per person, each setting that person's
//! X-Forwarded-User/-Email/-Groups (replacing anything the browser sends).

use std::path::{Path, PathBuf};

use e2e::nginx::{run_nginx, Nginx};
use e2e::{free_port, post_packet_with, with_panel_using, PanelServer, ADMIN_KEY};

/// A person of the test portal and the nginx port that signs them in.
struct Person {
    user: &'static str,
    email: &'static str,
    groups: &'static str,
}

const ANA: Person = Person { user: "ana", email: "ana@example.com", groups: "resellers-1" };
const ROOT: Person = Person { user: "root", email: "root@example.com", groups: "platform" };
const SAM: Person = Person { user: "sam", email: "sam@example.com", groups: "support" };

fn config(dir: &Path, audit: &Path) -> PathBuf {
    let file = dir.join("plesk-keys.toml");
    let text = format!(
        r#"trusted-proxy = ["127.0.0.1"]
sandbox-servers = ["eu1", "us1"]
audit-log = "{audit}"

[sign-in]
method = "forward-auth"
sign-out-url = "/signed-out"

[[access]]
group = "resellers-1"
role = "owner"
owners = ["reseller1"]
include-customers = true

[[access]]
group = "platform"
role = "admin"

[[access]]
group = "support"
role = "viewer"
"#,
        audit = audit.display()
    );
    std::fs::write(&file, text).expect("config written");
    file
}

/// One nginx, one port per person, each proxying to `serve_url` with that person's headers.
fn portal(dir: &Path, serve_url: &str, people: &[(&Person, u16)]) -> Nginx {
    let blocks: String = people
        .iter()
        .map(|(person, port)| {
            format!(
                "server {{\n listen 127.0.0.1:{port};\n location / {{\n  proxy_pass {serve_url};\n  proxy_set_header Host $http_host;\n  proxy_set_header X-Forwarded-User \"{}\";\n  proxy_set_header X-Forwarded-Email \"{}\";\n  proxy_set_header X-Forwarded-Groups \"{}\";\n }}\n}}\n",
                person.user, person.email, person.groups
            )
        })
        .collect();
    run_nginx(dir, people[0].1, &blocks)
}

fn create(login: &str, description: &str) -> String {
    format!("<packet><secret_key><create><ip_address>192.0.2.7</ip_address><description>{description}</description><login>{login}</login></create></secret_key></packet>")
}

/// What the page holds that a script could read: storage, cookies, the document.
const EVERYTHING_READABLE: &str = "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie + document.documentElement.outerHTML;";

/// The names of the buttons a person can see (rendered, not hidden by the read-only style).
const VISIBLE_BUTTONS: &str = "return [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null).map(b => (b.getAttribute('title') || b.textContent).trim());";

/// A packet sent by the page itself (same origin, through the portal), as the panel sends them.
const FETCH_PACKET: &str = "const [path, body] = arguments; return fetch(path, {method: 'POST', headers: {'Content-Type': 'text/xml'}, body}).then(r => r.text());";

#[tokio::test(flavor = "multi_thread")]
async fn resellers_admins_and_viewers_behind_a_portal() {
    let dir = std::env::temp_dir().join(format!("pkp-e2e-signed-in-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    let audit = dir.join("audit.log");
    let file = config(&dir, &audit);
    let args = ["--config", file.to_str().expect("a UTF-8 path")];
    let (ana_port, root_port, sam_port) = (free_port(), free_port(), free_port());
    let nginx_dir = dir.clone();
    let audit_file = audit.clone();
    with_panel_using(&PanelServer::dist(), &args, &[], |server, page| async move {
        let _nginx = portal(&nginx_dir, &server.url, &[(&ANA, ana_port), (&ROOT, root_port), (&SAM, sam_port)]);
        let (ana, root, sam) = (
            format!("http://127.0.0.1:{ana_port}/"),
            format!("http://127.0.0.1:{root_port}/"),
            format!("http://127.0.0.1:{sam_port}/"),
        );
        // Keys of three owners on both servers, made by the admin through the portal.
        for server_name in ["eu1", "us1"] {
            let agent = format!("{root}servers/{server_name}/enterprise/control/agent.php");
            let origin = root.trim_end_matches('/').to_owned();
            for (login, what) in [("reseller1", "own"), ("jdoe", "customer"), ("reseller2", "other")] {
                let (status, body) =
                    post_packet_with(&agent, &[("Origin", &origin)], &create(login, &format!("{what} {server_name}"))).await;
                if status != 200 || !body.contains("<status>ok</status>") {
                    return Err(format!("seeding {login} on {server_name}: {status} {body}"));
                }
            }
        }

        // Straight to the service, past the portal: nobody is signed in.
        page.goto(&server.url).await?;
        page.wait_for_text("the sign-in refusal", |text| text.contains("Sign in through the portal first")).await?;

        // Ana, a reseller: her keys and her customer's, on both servers; no key field.
        page.goto(&ana).await?;
        page.wait_for_text("Ana's scope", |text| text.contains("ana@example.com — owner of jdoe, reseller1, 2 servers")).await?;
        if !page.absent("textbox", "API key").await {
            return Err("the signed-in panel shows a key field".into());
        }
        for (server_label, suffix) in [("Sandbox eu1", "eu1"), ("Sandbox us1", "us1")] {
            page.select("Server", server_label).await?;
            page.wait_for_text("Ana's keys", |text| text.contains(&format!("own {suffix}"))).await?;
            let rows = page.table_rows("Secret keys").await?;
            let mut described: Vec<String> = rows.iter().map(|row| row["Description"].clone()).collect();
            described.sort();
            if described != [format!("customer {suffix}"), format!("own {suffix}")] {
                return Err(format!("{suffix}: Ana sees {described:?}"));
            }
        }
        // A key for her customer; the owner choice offers only her scope (no administrator's key).
        let owners = page
            .execute("return [...document.querySelectorAll('#pkp-create-owner-choice option')].map(o => o.value);", vec![])
            .await?;
        if owners != serde_json::json!(["", "jdoe", "reseller1"]) {
            return Err(format!("the owner choice offers {owners}"));
        }
        page.select("Owner login", "jdoe").await?;
        page.type_into("IP addresses", "192.0.2.50").await?;
        page.type_into("Description", "by ana").await?;
        page.click("button", "Create key").await?;
        page.role("status", "New key").await?;
        page.click("button", "Dismiss").await?;
        page.wait_for_text("Ana's new key", |text| text.contains("by ana")).await?;
        // Another reseller's key, by ID or by value, reads as a key that does not exist; deleting it
        // deletes nothing.
        let other_id = {
            page.goto(&root).await?;
            page.wait_for_text("root's scope", |text| text.contains("administrator")).await?;
            page.select("Server", "Sandbox us1").await?;
            page.wait_for_text("root's list", |text| text.contains("other us1")).await?;
            let rows = page.table_rows("Secret keys").await?;
            rows.iter().find(|row| row["Description"] == "other us1").map(|row| row["ID"].clone()).ok_or("root sees every key")?
        };
        page.goto(&ana).await?;
        page.wait_for_text("Ana's scope again", |text| text.contains("owner of jdoe")).await?;
        let agent = "servers/us1/enterprise/control/agent.php";
        let look = format!("<packet><secret_key><get_info><filter><key>{other_id}</key></filter></get_info></secret_key></packet>");
        let answer = page.execute(FETCH_PACKET, vec![agent.into(), look.into()]).await?;
        if !answer.as_str().is_some_and(|text| text.contains("<errcode>1013</errcode>")) {
            return Err(format!("Ana looked up another reseller's key: {answer}"));
        }
        let delete = format!("<packet><secret_key><delete><filter><key>{other_id}</key></filter></delete></secret_key></packet>");
        let answer = page.execute(FETCH_PACKET, vec![agent.into(), delete.into()]).await?;
        if !answer.as_str().is_some_and(|text| text.contains("<errcode>1013</errcode>")) {
            return Err(format!("Ana deleted another reseller's key: {answer}"));
        }
        let held = page.execute(EVERYTHING_READABLE, vec![]).await?;
        if held.as_str().is_some_and(|text| text.contains(ADMIN_KEY)) {
            return Err("a Plesk key the service holds is readable in the browser".into());
        }

        // The admin still sees the other reseller's key, and every owner.
        page.goto(&root).await?;
        page.wait_for_text("root's scope", |text| text.contains("root@example.com — administrator")).await?;
        page.select("Server", "Sandbox us1").await?;
        page.wait_for_text("the other reseller's key, kept", |text| text.contains("other us1")).await?;

        // Sam, read only: the list, no create, no delete.
        page.goto(&sam).await?;
        page.wait_for_text("Sam's scope", |text| text.contains("sam@example.com — read only")).await?;
        page.wait_for_text("Sam's list", |text| text.contains("other eu1")).await?;
        let offered = page.execute(VISIBLE_BUTTONS, vec![]).await?;
        let offered: Vec<String> = serde_json::from_value(offered).map_err(|e| e.to_string())?;
        if offered.iter().any(|name| ["Create key", "Delete selected", "Delete", "Rotate", "Edit"].contains(&name.as_str())) {
            return Err(format!("a read-only person is offered changes: {offered:?}"));
        }
        if !offered.iter().any(|name| name == "Refresh") {
            return Err(format!("the viewer's page lacks its list actions: {offered:?}"));
        }

        // The audit names each person, the rule and the decision.
        let log = std::fs::read_to_string(&audit_file).map_err(|e| e.to_string())?;
        for needle in [r#""subject":"ana""#, r#""subject":"root""#, r#""subject":"sam""#, r#""decision":"refused""#, r#""reason":"key-out-of-scope""#] {
            if !log.contains(needle) {
                return Err(format!("the audit log lacks {needle}"));
            }
        }
        if log.contains(ADMIN_KEY) {
            return Err("the audit log holds the held key".into());
        }
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}
