//! The signed-in mode (`[sign-in]` + `[[access]]` in `serve --config`), answered in-process by two
//! built-in sandboxes (`eu1`, `us1`) whose administrator keys the service holds. The in-process
//! peer is 127.0.0.1: a trusted proxy when the config says so. Every bypass the issue lists has
//! its test here; before the mode existed each of them was either refused as an unknown config key
//! or reached Plesk with whatever the browser sent.

mod support;

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The administrator key the sandboxes are given (and the service holds): never in an answer.
const HELD: &str = "0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5";

const RULES: &str = r#"
[sign-in]
method = "forward-auth"

[[access]]
group = "resellers-1"
role = "owner"
owners = ["reseller1"]
include-customers = true

[[access]]
user = "root@example.com"
role = "admin"

[[access]]
group = "support"
role = "viewer"

[[access]]
group = "eu-admins"
role = "admin"
servers = ["eu1"]
"#;

fn config(test: &str, trusted: &str, extra: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pkp-signed-in-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plesk-keys.toml");
    let text = format!(
        "trusted-proxy = [\"{trusted}\"]\nsandbox-servers = [\"eu1\", \"us1\"]\nsandbox-admin-key = \"{HELD}\"\nquiet = true\n{extra}{RULES}"
    );
    std::fs::write(&file, text).unwrap();
    file
}

fn service(test: &str) -> Router {
    let file = config(test, "127.0.0.1", "");
    plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).expect("a router")
}

/// Someone the portal's proxy names.
#[derive(Clone, Copy)]
struct Person {
    user: &'static str,
    groups: &'static str,
}

const RESELLER: Person = Person { user: "ana", groups: "resellers-1" };
const ROOT: Person = Person { user: "root@example.com", groups: "" };
const SUPPORT: Person = Person { user: "sam", groups: "support" };
const EU_ADMIN: Person = Person { user: "eve", groups: "eu-admins" };

fn agent_request(server: &str, person: Option<Person>, extra: &[(&str, &str)], body: &str) -> Request<Body> {
    let mut builder = Request::builder()
        .method("POST")
        .uri(format!("/servers/{server}/enterprise/control/agent.php"))
        .header(header::HOST, "127.0.0.1:8080")
        .header(header::CONTENT_TYPE, "text/xml");
    if !extra
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("origin") || name.eq_ignore_ascii_case("sec-fetch-site"))
    {
        builder = builder.header(header::ORIGIN, "http://127.0.0.1:8080");
    }
    if let Some(person) = person {
        builder = builder.header("X-Forwarded-User", person.user).header("X-Forwarded-Groups", person.groups);
    }
    for (name, value) in extra {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::from(body.to_owned())).unwrap()
}

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, String) {
    let response = router.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let text = String::from_utf8_lossy(&body.collect().await.unwrap().to_bytes()).into_owned();
    for (name, value) in &parts.headers {
        assert!(
            !value.as_bytes().windows(HELD.len()).any(|w| w == HELD.as_bytes()),
            "held key in header {name}"
        );
    }
    assert!(!text.contains(HELD), "the held key reached the browser: {text}");
    (parts.status, text)
}

async fn packet(router: &Router, server: &str, person: Person, body: &str) -> String {
    let (status, text) = send(router, agent_request(server, Some(person), &[], body)).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    text
}

fn create(login: &str) -> String {
    format!("<packet><secret_key><create><ip_address>192.0.2.1</ip_address><description>for {login}</description><login>{login}</login></create></secret_key></packet>")
}

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

fn get(key: &str) -> String {
    format!(
        "<packet><secret_key><get_info><filter><key>{key}</key></filter></get_info></secret_key></packet>"
    )
}

fn delete(keys: &[&str]) -> String {
    let keys: String = keys.iter().map(|key| format!("<key>{key}</key>")).collect();
    format!("<packet><secret_key><delete><filter>{keys}</filter></delete></secret_key></packet>")
}

/// The text of every `<tag>` in `xml`.
fn all(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    xml.split(&open).skip(1).filter_map(|part| part.split(&close).next().map(str::to_owned)).collect()
}

/// The IDs of the keys a get_info answer lists (the `<key>` of each `<key_info>`).
fn ids(xml: &str) -> Vec<String> {
    xml.split("<key_info>").skip(1).filter_map(|info| all(info, "key").into_iter().next()).collect()
}

/// Creates a key for `login` as root and returns (value, id).
async fn key_for(router: &Router, server: &str, login: &str) -> (String, String) {
    let created = packet(router, server, ROOT, &create(login)).await;
    let value = all(&created, "key").pop().expect("a new key");
    let info = packet(router, server, ROOT, &get(&value)).await;
    let id = ids(&info).pop().expect("its id");
    (value, id)
}

#[tokio::test]
async fn a_reseller_sees_and_changes_only_their_own_and_their_customers_keys() {
    let router = service("reseller");
    for server in ["eu1", "us1"] {
        let (_, own) = key_for(&router, server, "reseller1").await;
        let (_, customer) = key_for(&router, server, "jdoe").await;
        let (other_value, other) = key_for(&router, server, "reseller2").await;
        key_for(&router, server, "customer2").await;

        let listed = packet(&router, server, RESELLER, LIST).await;
        let mut owners = all(&listed, "login");
        owners.sort();
        assert_eq!(owners, ["jdoe", "reseller1"], "{server}: {listed}");
        let listed_ids = ids(&listed);
        assert!(listed_ids.contains(&own) && listed_ids.contains(&customer) && !listed_ids.contains(&other));

        // Another reseller's key, by ID or by value, answers as a key that does not exist.
        let unknown = packet(&router, server, RESELLER, &get("987654")).await;
        for asked in [other.as_str(), other_value.as_str()] {
            let answer = packet(&router, server, RESELLER, &get(asked)).await;
            assert_eq!(answer.replace(asked, "987654"), unknown, "{server}: no oracle for {asked}");
        }
        // Nor can it be deleted, alone or mixed with an own key; nothing is deleted then.
        let refused = packet(&router, server, RESELLER, &delete(&[&other])).await;
        assert!(refused.contains("<errcode>1013</errcode>"), "{refused}");
        let mixed = packet(&router, server, RESELLER, &delete(&[&customer, &other])).await;
        assert!(!mixed.contains("<status>ok</status>"), "{mixed}");
        let still = packet(&router, server, ROOT, LIST).await;
        assert!(ids(&still).contains(&other) && ids(&still).contains(&customer));

        // A key for a customer: yes; for someone else's customer, or the administrator: no.
        let made = packet(&router, server, RESELLER, &create("jdoe")).await;
        assert!(made.contains("<status>ok</status>"), "{made}");
        for login in ["customer2", "JDOE", " jdoe", "reseller2"] {
            let refused = packet(&router, server, RESELLER, &create(login)).await;
            assert!(refused.contains("<errcode>1006</errcode>"), "{login:?}: {refused}");
        }
        let no_owner =
            "<packet><secret_key><create><ip_address>192.0.2.1</ip_address></create></secret_key></packet>";
        assert!(packet(&router, server, RESELLER, no_owner).await.contains("<errcode>1006</errcode>"));
        // Own keys can be deleted.
        let deleted = packet(&router, server, RESELLER, &delete(&[&own])).await;
        assert!(deleted.contains("<status>ok</status>"), "{deleted}");
    }
}

#[tokio::test]
async fn bypasses_in_the_packet_are_refused_whole() {
    let router = service("bypass");
    let refused = |text: &str, code: &str| text.contains(&format!("<errcode>{code}</errcode>"));
    // Entities and CDATA are read before the check: what is checked is what Plesk reads.
    let entity = create("ot&#104;er");
    assert!(refused(&packet(&router, "eu1", RESELLER, &entity).await, "1006"));
    let cdata = create("<![CDATA[reseller2]]>");
    assert!(refused(&packet(&router, "eu1", RESELLER, &cdata).await, "1006"));
    // Two secret_key elements, the second out of scope: nothing is created.
    let before = ids(&packet(&router, "eu1", ROOT, LIST).await).len();
    let two = "<packet><secret_key><create><ip_address>192.0.2.1</ip_address><login>jdoe</login></create></secret_key><secret_key><create><ip_address>192.0.2.1</ip_address><login>reseller2</login></create></secret_key></packet>";
    assert!(refused(&packet(&router, "eu1", RESELLER, two).await, "1006"));
    assert_eq!(ids(&packet(&router, "eu1", ROOT, LIST).await).len(), before, "nothing was created");
    // Another operator, request settings, an unreadable packet.
    let webspace = "<packet><webspace><get><filter/><dataset><gen_info/></dataset></get></webspace></packet>";
    assert!(refused(&packet(&router, "eu1", ROOT, webspace).await, "1006"));
    let settings = "<packet><request-settings><setting><name>x</name><value>y</value></setting></request-settings><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let answer = packet(&router, "eu1", ROOT, settings).await;
    assert!(refused(&answer, "1006") || refused(&answer, "1014"), "{answer}");
    assert!(refused(&packet(&router, "eu1", ROOT, "<packet><secret_key>").await, "1014"));
    // An empty delete filter deletes nothing, for an admin too.
    for filter in ["<filter/>", "<filter><key> </key></filter>"] {
        let empty = format!("<packet><secret_key><delete>{filter}</delete></secret_key></packet>");
        let answer = packet(&router, "eu1", ROOT, &empty).await;
        assert!(refused(&answer, "1006") || refused(&answer, "1014"), "{answer}");
    }
    assert_eq!(ids(&packet(&router, "eu1", ROOT, LIST).await).len(), before, "every key is still there");
}

#[tokio::test]
async fn viewers_read_and_admins_are_held_to_their_servers() {
    let router = service("roles");
    let (_, id) = key_for(&router, "eu1", "reseller2").await;
    let listed = packet(&router, "eu1", SUPPORT, LIST).await;
    assert!(ids(&listed).contains(&id), "a viewer without owners reads every key");
    for change in [create("jdoe"), delete(&[&id])] {
        assert!(packet(&router, "eu1", SUPPORT, &change).await.contains("<errcode>1006</errcode>"));
    }
    assert!(packet(&router, "eu1", EU_ADMIN, LIST).await.contains(&id));
    let (status, text) = send(&router, agent_request("us1", Some(EU_ADMIN), &[], LIST)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{text}");
    let nobody = Person { user: "zed", groups: "interns" };
    let (status, _) = send(&router, agent_request("eu1", Some(nobody), &[], LIST)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn who_is_asking_is_believed_only_from_the_trusted_proxy() {
    // The same headers from a peer that is not the trusted proxy.
    let file = config("untrusted", "10.9.8.7", "");
    let elsewhere = plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).unwrap();
    let (status, _) = send(&elsewhere, agent_request("eu1", Some(ROOT), &[], LIST)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let router = service("identity");
    let (status, _) = send(&router, agent_request("eu1", None, &[], LIST)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "nobody signed in");
    let twice = agent_request("eu1", Some(RESELLER), &[("X-Forwarded-User", "root@example.com")], LIST);
    assert_eq!(send(&router, twice).await.0, StatusCode::UNAUTHORIZED, "a user header sent twice");
    let groups_twice = agent_request("eu1", Some(RESELLER), &[("X-Forwarded-Groups", "support")], LIST);
    assert_eq!(send(&router, groups_twice).await.0, StatusCode::UNAUTHORIZED);
    let underscore = agent_request("eu1", Some(RESELLER), &[("X_Forwarded_Groups", "eu-admins")], LIST);
    assert_eq!(send(&router, underscore).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_panels_own_page_may_call() {
    let router = service("csrf");
    let cross = agent_request("eu1", Some(ROOT), &[("origin", "https://evil.example")], LIST);
    assert_eq!(send(&router, cross).await.0, StatusCode::FORBIDDEN);
    let unknown = agent_request("eu1", Some(ROOT), &[("sec-fetch-site", "cross-site")], LIST);
    assert_eq!(send(&router, unknown).await.0, StatusCode::FORBIDDEN);
    let fetch = agent_request("eu1", Some(ROOT), &[("sec-fetch-site", "same-origin")], LIST);
    assert_eq!(send(&router, fetch).await.0, StatusCode::OK);
}

#[tokio::test]
async fn browser_credentials_are_dropped_and_the_held_key_is_used() {
    let router = service("credentials");
    // A wrong key and a Plesk password from the browser change nothing: the held key is sent.
    let forged = [
        ("KEY", "11111111-2222-3333-4444-555555555555"),
        ("HTTP_AUTH_LOGIN", "admin"),
        ("HTTP_AUTH_PASSWD", "x"),
    ];
    let (status, text) = send(&router, agent_request("eu1", Some(ROOT), &forged, LIST)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text.contains("<status>ok</status>"), "{text}");
    // A reseller sending the administrator's key gets no more than their scope.
    let with_admin_key = [("KEY", HELD)];
    let (_, text) = send(&router, agent_request("eu1", Some(RESELLER), &with_admin_key, LIST)).await;
    assert!(!text.contains("<login>admin</login>"), "{text}");
}

#[tokio::test]
async fn the_audit_names_the_person_the_rule_and_the_decision() {
    let dir = std::env::temp_dir().join(format!("pkp-signed-in-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("audit.log");
    let file = config("audit", "127.0.0.1", &format!("audit-log = \"{}\"\n", log.display()));
    let router = plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).unwrap();
    packet(&router, "eu1", RESELLER, &create("jdoe")).await;
    packet(&router, "eu1", RESELLER, &create("reseller2")).await;
    let mut lines = Vec::new();
    for _ in 0..100 {
        lines = std::fs::read_to_string(&log).unwrap_or_default().lines().map(str::to_owned).collect();
        if lines.len() >= 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        lines.len(),
        3,
        "sending + done for the allowed create, one line for the refused one: {lines:?}"
    );
    let parsed: Vec<serde_json::Value> =
        lines.iter().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(parsed[1]["person"]["subject"], "ana");
    assert_eq!(parsed[1]["person"]["via"], "forward-auth");
    assert_eq!((parsed[1]["role"].as_str(), parsed[1]["rule"].as_u64()), (Some("owner"), Some(1)));
    assert_eq!(parsed[1]["decision"], "allowed");
    assert_eq!(parsed[2]["decision"], "refused");
    assert_eq!(parsed[2]["reason"], "owner-out-of-scope");
    assert!(!lines.concat().contains(HELD));
}

fn get_request(path: &str, person: Option<Person>) -> Request<Body> {
    let mut builder = Request::builder().method("GET").uri(path).header(header::HOST, "127.0.0.1:8080");
    if let Some(person) = person {
        builder = builder.header("X-Forwarded-User", person.user).header("X-Forwarded-Groups", person.groups);
    }
    builder.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn the_panel_learns_the_person_their_servers_and_scope() {
    let router = service("session");
    let (status, text) = send(&router, get_request("/session.json", Some(RESELLER))).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let session: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(session["person"]["subject"], "ana");
    let servers = session["servers"].as_array().unwrap();
    assert_eq!(servers.len(), 2);
    assert_eq!(servers[0]["role"], "owner");
    assert_eq!(servers[0]["may_change"], true);
    assert_eq!(
        servers[0]["owners"],
        serde_json::json!(["jdoe", "reseller1"]),
        "the reseller and their customers"
    );

    let (_, eu_only) = send(&router, get_request("/session.json", Some(EU_ADMIN))).await;
    let eu_only: serde_json::Value = serde_json::from_str(&eu_only).unwrap();
    assert_eq!(eu_only["servers"].as_array().map(Vec::len), Some(1));
    assert_eq!(eu_only["servers"][0]["owners"], serde_json::Value::Null, "an admin reaches every key");
    let (_, listing) = send(&router, get_request("/servers.json", Some(EU_ADMIN))).await;
    assert_eq!(listing, r#"{"servers":[{"name":"eu1","label":"Sandbox eu1"}]}"#, "only the person's servers");

    assert_eq!(send(&router, get_request("/session.json", None)).await.0, StatusCode::UNAUTHORIZED);
    let (_, nobody) = send(&router, get_request("/servers.json", None)).await;
    assert_eq!(nobody, r#"{"servers":[]}"#);
}

#[tokio::test]
async fn the_key_mode_has_no_session_and_the_page_says_which_mode() {
    let router = plesk_keys::serve::in_process(&["--quiet"]).unwrap();
    assert_eq!(send(&router, get_request("/session.json", None)).await.0, StatusCode::NOT_FOUND);
    let dir = std::env::temp_dir().join(format!("pkp-signed-in-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<head><meta name=\"plesk-sign-in\" content=\"\"></head>")
        .unwrap();
    let file = config("page", "127.0.0.1", &format!("dist = \"{}\"\n", dir.display()));
    let router = plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).unwrap();
    let (_, page) = send(&router, get_request("/", Some(RESELLER))).await;
    assert!(page.contains(r#"<meta name="plesk-sign-in" content="forward-auth">"#), "{page}");
}

/// A Plesk server (the sandbox binary) behind the gateway, its administrator key in a key file.
fn key_file(dir: &std::path::Path, mode: u32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let file = dir.join(format!("upstream-{mode:o}.key"));
    std::fs::write(&file, format!("{HELD}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
    file
}

fn upstream_config(dir: &std::path::Path, upstream: &str, key: &std::path::Path) -> PathBuf {
    let file = dir.join("gateway.toml");
    let text = format!(
        "trusted-proxy = [\"127.0.0.1\"]\nquiet = true\n{RULES}\n[[server]]\nname = \"eu1\"\nurl = \"{upstream}\"\nkey-file = \"{}\"\n\n[[server]]\nname = \"us1\"\nurl = \"{upstream}\"\nkey-file = \"{}\"\n",
        key.display(),
        key.display()
    );
    std::fs::write(&file, text).unwrap();
    file
}

#[tokio::test(flavor = "multi_thread")]
async fn a_real_upstream_is_reached_with_the_key_from_its_key_file() {
    let plesk = support::Serve::start(&["--sandbox-admin-key", HELD, "--quiet"]);
    let upstream = plesk.base();
    let dir = support::fresh_folder("signed-in-key-file");
    let private = key_file(&dir, 0o600);
    let file = upstream_config(&dir, upstream.trim_end_matches('/'), &private);
    let router = plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).expect("a router");
    let (_, id) = key_for(&router, "eu1", "jdoe").await;
    let listed = packet(&router, "eu1", RESELLER, LIST).await;
    assert_eq!(ids(&listed), [id], "the reseller sees the customer's key, read with the held key");
    // A browser's key is dropped: the upstream saw the held key only (its admin key works, any other
    // would be 11003).
    let forged = [("KEY", "11111111-2222-3333-4444-555555555555")];
    let (_, text) = send(&router, agent_request("eu1", Some(ROOT), &forged, LIST)).await;
    assert!(text.contains("<status>ok</status>"), "{text}");

    let open = key_file(&dir, 0o644);
    let file = upstream_config(&dir, upstream.trim_end_matches('/'), &open);
    let refused =
        plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).err().map(|e| e.to_string());
    assert!(refused.as_deref().is_some_and(|e| e.contains("can be read by other users")), "{refused:?}");
    // Without a key file the signed-in mode cannot start: it would have nothing to send.
    let text =
        std::fs::read_to_string(&file).unwrap().replace(&format!("key-file = \"{}\"\n", open.display()), "");
    std::fs::write(&file, text).unwrap();
    let refused =
        plesk_keys::serve::in_process(&["--config", file.to_str().unwrap()]).err().map(|e| e.to_string());
    assert!(refused.as_deref().is_some_and(|e| e.contains("holds no key for server eu1")), "{refused:?}");
}
