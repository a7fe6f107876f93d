//! Times `Sandbox::handle` for get_info on 100 keys in-process (a profiling aid, not a test).
use plesk_sandbox::*;

fn main() {
    let (sandbox, _) =
        Sandbox::new(SandboxConfig { admin_key: Some("k".into()), ..Default::default() }).unwrap();
    let create = format!(
        "<packet><secret_key>{}</secret_key></packet>",
        "<create><ip_address>192.0.2.1</ip_address><description>bench</description></create>".repeat(99)
    );
    let client = "127.0.0.1".parse().unwrap();
    let credentials = Credentials { key: Some("k".into()), ..Default::default() };
    sandbox.handle(&AgentRequest {
        body: create.as_bytes(),
        credentials: credentials.clone(),
        pretty: false,
        client,
    });
    let body = b"<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let rounds = 20_000;
    let started = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..rounds {
        bytes += sandbox
            .handle(&AgentRequest { body, credentials: credentials.clone(), pretty: false, client })
            .len();
    }
    let elapsed = started.elapsed();
    println!(
        "{:.1} µs per get_info of 100 keys ({} bytes each)",
        elapsed.as_secs_f64() * 1e6 / rounds as f64,
        bytes / rounds
    );
}
