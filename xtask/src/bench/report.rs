//! `plesk-keys report --server all` against `list --server all` on 50 emulated servers of 200
//! keys each (issue 27: the report may take at most 1.5× the list; it asks each server two more
//! packets, for the owners in view). Median of 5 runs each, the two measured in turns.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{post_to, start_serve, ADMIN_KEY};
use crate::command::Result;

const SERVERS: usize = 50;
const KEYS_PER_SERVER: usize = 200;
const RUNS: usize = 5;

/// How long one client command takes, from start to exit.
fn timed(binary: &Path, args: &[&str], servers: &Path, names: &[String]) -> Result<Duration> {
    let mut command = Command::new(binary);
    command.args(args).arg("--servers").arg(servers).args(["--server", "all", "--json"]);
    for name in names {
        command.env(format!("PLESK_KEY_{}", name.to_uppercase()), ADMIN_KEY);
    }
    let started = Instant::now();
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status().map_err(|e| e.to_string())?;
    let took = started.elapsed();
    if !status.success() {
        return Err(format!("plesk-keys {} failed: {status}", args.join(" ")));
    }
    Ok(took)
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// The figures as a Markdown section.
pub fn report_versus_list(binary: &Path, dir: &Path) -> Result<String> {
    let names: Vec<String> = (1..=SERVERS).map(|n| format!("s{n:02}")).collect();
    let (_serve, address) =
        start_serve(binary, &["--sandbox-servers", &names.join(","), "--sandbox-admin-key", ADMIN_KEY])?;
    // 200 keys per server, a third of them a customer's and a third a reseller's: the report
    // asks about their owners.
    let creates: String = (0..KEYS_PER_SERVER - 1)
        .map(|n| {
            let owner = ["", "<login>jdoe</login>", "<login>reseller1</login>"][n % 3];
            format!("<create><ip_address>192.0.2.{}</ip_address><description>bench {n}</description>{owner}</create>", n % 250 + 1)
        })
        .collect();
    let seed = format!("<packet><secret_key>{creates}</secret_key></packet>");
    let mut table = String::new();
    for name in &names {
        let path = format!("/servers/{name}/enterprise/control/agent.php");
        let answer = post_to(&address, &path, &seed)?;
        if answer.matches("<status>ok</status>").count() != KEYS_PER_SERVER - 1 {
            return Err(format!("could not seed {name}"));
        }
        table.push_str(&format!(
            "[[server]]\nname = \"{name}\"\nurl = \"http://{address}/servers/{name}\"\n\n"
        ));
    }
    let servers = dir.join("report-servers.toml");
    std::fs::write(&servers, table).map_err(|e| e.to_string())?;
    let (mut list, mut report) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        list.push(timed(binary, &["list"], &servers, &names)?);
        report.push(timed(binary, &["report"], &servers, &names)?);
    }
    let (list, report) = (median(list), median(report));
    let ratio = report.as_secs_f64() / list.as_secs_f64();
    Ok(format!(
        "## `report --server all` against `list --server all` ({SERVERS} sandboxes × {KEYS_PER_SERVER} keys, median of {RUNS})\n\n\
         | command | time | ratio |\n|---|---:|---:|\n\
         | `list --server all --json` | {:.0} ms | 1.00× |\n\
         | `report --server all --json` (owners asked: 2 packets per server) | {:.0} ms | {ratio:.2}× |\n",
        list.as_secs_f64() * 1000.0,
        report.as_secs_f64() * 1000.0,
    ))
}
