//! All servers on a fleet (a benchmark, not a test: `cargo xtask bench` runs it with
//! `cargo bench -p e2e --bench fleet`; figures depend on the machine).
//!
//! 50 emulated Plesk servers with 200 keys each, every answer delayed by 50 ms: from Refresh in
//! All servers to the first server's rows painted, and to all 10,000 rows merged, indexed and
//! painted. Twice: over HTTP/1.1 (the browser opens at most six connections per origin, so the
//! 50 requests queue) and over HTTP/2 with TLS (one connection, every request at once).
//! Prints one `FLEET …` line per protocol.

use std::path::Path;

use e2e::certificate::self_signed;
use e2e::{post_packet, Browser, PanelServer, ADMIN_KEY};
use serde_json::{json, Value};

const SERVERS: usize = 50;
const KEYS_PER_SERVER: usize = 200;
const DELAY_MS: &str = "50";
const ROUNDS: usize = 7;

const CONNECT_ALL: &str = include_str!("../bench/fleet_connect.js");
const SHOW_ALL: &str =
    concat!(include_str!("../bench/after_paint.js"), include_str!("../bench/fleet_show_all.js"));
const REFRESH: &str =
    concat!(include_str!("../bench/after_paint.js"), include_str!("../bench/fleet_refresh.js"));

fn names() -> Vec<String> {
    (1..=SERVERS).map(|n| format!("s{n:02}")).collect()
}

/// The sandbox fleet's options: the same state file every time, so the keys seeded once are
/// there for every run.
fn fleet_args(state: &Path) -> Vec<String> {
    vec!["--sandbox-servers".into(), names().join(","), "--sandbox-state".into(), state.display().to_string()]
}

/// Fills every server up to `KEYS_PER_SERVER` keys (its administrator key included).
async fn seed(state: &Path) -> Result<(), String> {
    let args = fleet_args(state);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let server = PanelServer::start(&args).await;
    let base = server.url.trim_end_matches('/');
    let list = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
    for name in names() {
        let agent = format!("{base}/servers/{name}{}", plesk_xmlapi::AGENT_PATH);
        let (_, listed) = post_packet(&agent, ADMIN_KEY, list).await;
        let have = listed.matches("<key_info>").count();
        let creates: String = (have..KEYS_PER_SERVER)
            .map(|i| {
                format!(
                    "<create><ip_address>192.0.2.{},2001:db8::{i:x}</ip_address><description>Monitoring {i:03} on {name}</description></create>",
                    i % 250
                )
            })
            .collect();
        if creates.is_empty() {
            continue;
        }
        let packet = format!("<packet><secret_key>{creates}</secret_key></packet>");
        let (status, body) = post_packet(&agent, ADMIN_KEY, &packet).await;
        if status != 200 || body.contains("<status>error</status>") {
            return Err(format!(
                "seeding {name} failed: {status} {}",
                body.chars().take(300).collect::<String>()
            ));
        }
    }
    Ok(())
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Serves the fleet (with `extra` options), connects every server in the browser, and clicks
/// Refresh in All servers `ROUNDS` times.
async fn measure(label: &str, state: &Path, extra: &[&str]) -> Result<String, String> {
    let mut args = fleet_args(state);
    args.extend(["--sandbox-delay".to_owned(), DELAY_MS.to_owned()]);
    args.extend(extra.iter().map(|a| (*a).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let server = PanelServer::start(&args).await;
    let browser = Browser::start_with(&["--ignore-certificate-errors"]).await;
    let page = browser.page();
    let outcome = async {
        page.goto(&server.url).await?;
        page.execute(CONNECT_ALL, vec![json!(names()), json!(ADMIN_KEY)]).await?;
        page.reload().await?;
        let total = SERVERS * KEYS_PER_SERVER;
        page.execute(SHOW_ALL, vec![json!(total)]).await?;
        let mut rounds: Vec<Value> = Vec::new();
        for _ in 0..ROUNDS {
            rounds.push(page.execute(REFRESH, vec![json!(SERVERS), json!(total)]).await?);
        }
        let figure = |name: &str| {
            let mut values: Vec<f64> = rounds.iter().filter_map(|r| r[name].as_f64()).collect();
            median(&mut values)
        };
        let first = &rounds[0];
        let after_first = {
            let mut gaps: Vec<f64> = rounds
                .iter()
                .filter_map(|r| Some(r["first_rows_ms"].as_f64()? - r["first_answer_ms"].as_f64()?))
                .collect();
            median(&mut gaps)
        };
        Ok::<String, String>(format!(
            "FLEET protocol={label} negotiated={} servers={SERVERS} keys={total} delay_ms={DELAY_MS} answers={} \
             first_answer_ms={:.0} first_rows_ms={:.0} first_rows_after_answer_ms={after_first:.0} last_answer_ms={:.0} \
             all_rows_dom_ms={:.0} all_rows_ms={:.0} rows_shown={}",
            first["protocol"].as_str().unwrap_or("?"),
            first["answers"],
            figure("first_answer_ms"),
            figure("first_rows_ms"),
            figure("last_answer_ms"),
            figure("all_rows_dom_ms"),
            figure("all_rows_ms"),
            first["rows_shown"],
        ))
    }
    .await;
    browser.close().await;
    drop(server);
    outcome
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("pkp-fleet-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let state = dir.join("state.json");
    let outcome = async {
        seed(&state).await?;
        println!("{}", measure("http1.1", &state, &[]).await?);
        let (cert, key) = self_signed(&dir, "fleet", "127.0.0.1", "IP:127.0.0.1")?;
        let tls =
            ["--tls-cert", cert.to_str().unwrap_or_default(), "--tls-key", key.to_str().unwrap_or_default()];
        println!("{}", measure("h2", &state, &tls).await?);
        Ok::<(), String>(())
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(message) = outcome {
        eprintln!("fleet benchmark failed: {message}");
        std::process::exit(1);
    }
}
