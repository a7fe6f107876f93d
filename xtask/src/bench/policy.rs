//! The signed-in mode's policy check against no policy: the same get_info (every key of a Plesk
//! holding 100 keys, 99 of one customer) through the gateway in the key mode (the browser's `KEY`
//! forwarded) and in the signed-in mode (a reseller named by forward-auth headers from a trusted
//! proxy; the packet parsed, checked, rebuilt, sent with the held key from its key file, the answer
//! cut to the reseller's scope). Both gateways front the same Plesk (the sandbox binary over
//! verified TLS, as in the gateway bench). Same run, alternating rounds; the issue's promise: the
//! gateway's p50 within +10%. The same comparison with the built-in sandbox (no network hop, so
//! the policy's share is largest) is reported beside it.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;

use super::gateway::certificates;
use super::wrk::{medians, milliseconds, row, wrk, WrkFigures};
use super::{start_serve, ADMIN_KEY};
use crate::command::Result;

const ROUNDS: usize = 5;
/// Connections for the latency comparison: fewer than the cores can serve at once.
const LATENCY_CONNECTIONS: u32 = 2;
const GET_ALL: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

/// The signed-in mode's config: one owner rule, the reseller and its customers.
const POLICY: &str = r#"trusted-proxy = ["127.0.0.1"]
quiet = true

[sign-in]
method = "forward-auth"

[[access]]
group = "resellers"
role = "owner"
owners = ["reseller1"]
include-customers = true
"#;

/// One POST with `headers`; returns the whole answer.
fn post(address: &str, headers: &[(&str, String)], body: &str) -> Result<String> {
    let mut stream = TcpStream::connect(address).map_err(|e| format!("cannot connect to {address}: {e}"))?;
    let extra: String = headers.iter().map(|(name, value)| format!("{name}: {value}\r\n")).collect();
    write!(
        stream,
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: {address}\r\n{extra}Content-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).map_err(|e| e.to_string())?;
    Ok(answer)
}

fn script(dir: &Path, name: &str, headers: &[(&str, String)]) -> Result<std::path::PathBuf> {
    let path = dir.join(format!("{name}.lua"));
    let lines: String =
        headers.iter().map(|(header, value)| format!("wrk.headers[\"{header}\"] = \"{value}\"\n")).collect();
    let text = format!(
        "wrk.method = \"POST\"\nwrk.body = [[{GET_ALL}]]\nwrk.headers[\"Content-Type\"] = \"text/xml\"\n{lines}"
    );
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok(path)
}

/// 99 keys for the customer jdoe (with the sandbox's own administrator key: 100 keys).
fn seed(address: &str, headers: &[(&str, String)]) -> Result {
    let creates: String =
        std::iter::repeat_n("<create><ip_address>192.0.2.1</ip_address><login>jdoe</login></create>", 99)
            .collect();
    let answer = post(address, headers, &format!("<packet><secret_key>{creates}</secret_key></packet>"))?;
    if answer.matches("<status>ok</status>").count() != 99 {
        return Err(format!("could not seed 99 keys through {address}: {answer}"));
    }
    Ok(())
}

/// Alternating wrk rounds with `connections` against the two agent URLs; the median rounds and
/// the ratio of the p50s.
fn compare(
    without: (&str, &Path),
    with: (&str, &Path),
    connections: u32,
) -> Result<(WrkFigures, WrkFigures, f64)> {
    let url = |address: &str| format!("http://{address}/enterprise/control/agent.php");
    let (mut plain_runs, mut signed_runs) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        plain_runs.push(wrk(&url(without.0), without.1, connections, 6)?);
        signed_runs.push(wrk(&url(with.0), with.1, connections, 6)?);
    }
    let p50s = |runs: &[WrkFigures]| {
        let mut values: Vec<f64> = runs.iter().filter_map(|run| milliseconds(&run.p50)).collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let ratio = p50s(&signed_runs) / p50s(&plain_runs);
    Ok((medians(&plain_runs).0, medians(&signed_runs).0, ratio))
}

fn person(address: &str) -> [(&'static str, String); 3] {
    [
        ("X-Forwarded-User", "ana".to_owned()),
        ("X-Forwarded-Groups", "resellers".to_owned()),
        ("Origin", format!("http://{address}")),
    ]
}

fn check_scope(address: &str) -> Result {
    let listed = post(address, &person(address), GET_ALL)?.matches("<key_info>").count();
    if listed != 99 {
        return Err(format!("the reseller should see the customer's 99 keys, saw {listed}"));
    }
    Ok(())
}

pub fn policy_overhead(binary: &Path, dir: &Path) -> Result<String> {
    let key = [("KEY", ADMIN_KEY.to_owned())];
    // Through the gateway, in front of the same Plesk over verified TLS.
    let (ca, cert, tls_key) = certificates(dir)?;
    let (cert_arg, key_arg, ca_arg) =
        (cert.display().to_string(), tls_key.display().to_string(), ca.display().to_string());
    let (_plesk, plesk_address) = start_serve(
        binary,
        &["--tls-cert", &cert_arg, "--tls-key", &key_arg, "--sandbox-admin-key", ADMIN_KEY],
    )?;
    let upstream = format!("https://localhost:{}", plesk_address.rsplit(':').next().unwrap_or_default());
    let key_file = dir.join("plesk.key");
    std::fs::write(&key_file, ADMIN_KEY).map_err(|e| e.to_string())?;
    std::fs::set_permissions(&key_file, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .map_err(|e| e.to_string())?;
    let config = dir.join("policy-gateway.toml");
    let servers = format!(
        "\n[[server]]\nname = \"plesk\"\nurl = \"{upstream}\"\nca = \"{ca_arg}\"\nkey-file = \"{}\"\n",
        key_file.display()
    );
    std::fs::write(&config, format!("{POLICY}{servers}")).map_err(|e| e.to_string())?;
    let config_arg = config.display().to_string();
    let (_plain_gateway, plain_gateway) =
        start_serve(binary, &["--upstream", &upstream, "--upstream-ca", &ca_arg])?;
    let (_signed_gateway, signed_gateway) = start_serve(binary, &["--config", &config_arg])?;
    seed(&plain_gateway, &key)?;
    check_scope(&signed_gateway)?;
    let gateway_scripts =
        (script(dir, "gateway_no_policy", &key)?, script(dir, "gateway_policy", &person(&signed_gateway))?);
    // Latency: a few connections, so the cores are not saturated and p50 is the time of one
    // request (the promise); under load: 32 connections, where p50 follows throughput.
    let (latency_plain, latency_signed, latency_ratio) = compare(
        (&plain_gateway, &gateway_scripts.0),
        (&signed_gateway, &gateway_scripts.1),
        LATENCY_CONNECTIONS,
    )?;
    let (gateway_plain, gateway_signed, gateway_ratio) =
        compare((&plain_gateway, &gateway_scripts.0), (&signed_gateway, &gateway_scripts.1), 32)?;

    // The built-in sandbox answering directly.
    let sandbox_config = dir.join("policy.toml");
    std::fs::write(&sandbox_config, POLICY).map_err(|e| e.to_string())?;
    let sandbox_config_arg = sandbox_config.display().to_string();
    let (_plain, plain) = start_serve(binary, &["--sandbox-admin-key", ADMIN_KEY])?;
    let (_signed, signed) =
        start_serve(binary, &["--sandbox-admin-key", ADMIN_KEY, "--config", &sandbox_config_arg])?;
    seed(&plain, &key)?;
    seed(&signed, &person(&signed))?;
    check_scope(&signed)?;
    let (sandbox_plain, sandbox_signed, sandbox_ratio) = compare(
        (&plain, &script(dir, "no_policy", &key)?),
        (&signed, &script(dir, "policy", &person(&signed))?),
        32,
    )?;
    let verdict = if latency_ratio <= 1.10 { "within the +10% promised" } else { "OVER the +10% promised" };
    Ok(format!(
        "## The signed-in mode's policy check (get_info of 100 keys, 99 in the reseller's scope)\n\n\
         {ROUNDS} alternating rounds of 6 s each; the round with the median throughput is shown.\n\n\
         | serve | connections | requests/s | p50 | p99 | errors |\n|---|---:|---:|---:|---:|---|\n{}{}{}{}{}{}\n\
         Gateway p50 latency ratio policy/no policy ({LATENCY_CONNECTIONS} connections, medians): {latency_ratio:.2} — \
         {verdict}. Under load (32 connections, p50 follows throughput on the shared cores): {gateway_ratio:.2}; built-in \
         sandbox under load (no network hop, the policy's largest share): {sandbox_ratio:.2}.\n",
        row_with("gateway, key mode (KEY forwarded)", LATENCY_CONNECTIONS, &latency_plain),
        row_with("gateway, signed-in mode (identity, rules, rebuilt packet, held key, answer cut)", LATENCY_CONNECTIONS, &latency_signed),
        row_with("gateway, key mode", 32, &gateway_plain),
        row_with("gateway, signed-in mode", 32, &gateway_signed),
        row_with("built-in sandbox, key mode", 32, &sandbox_plain),
        row_with("built-in sandbox, signed-in mode", 32, &sandbox_signed),
    ))
}

/// A table row with the number of connections after the name.
fn row_with(name: &str, connections: u32, figures: &WrkFigures) -> String {
    row(&format!("{name} | {connections}"), figures)
}
