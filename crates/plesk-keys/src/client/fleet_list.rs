//! `list --server all`: every server of the servers file asked at once; the keys merged in the
//! file's order, each with its server (a Server column, or a `server` field in JSON). A server
//! that fails is named on stderr, the others' keys are still printed, and the exit code is 5.

use plesk_xmlapi::{KeyInfo, RequestPacket};
use serde_json::Value;
use tokio::task::JoinSet;

use super::commands::{connect, found_keys, Failure};
use super::output::{key_json, server_key_table};
use super::servers::Target;
use super::{ClientOptions, Outcome};

pub async fn list_all(
    options: &ClientOptions,
    targets: Vec<Target>,
    packet: RequestPacket,
) -> Result<(), Failure> {
    // Every credential first: a missing one is a usage error before anything is sent.
    let mut connections = Vec::new();
    for target in &targets {
        let name = target.name.clone().unwrap_or_default();
        connections.push((name, connect(target, options)?));
    }
    let count = connections.len();
    let mut asking = JoinSet::new();
    for (index, (name, connection)) in connections.into_iter().enumerate() {
        let packet = packet.clone();
        asking.spawn(async move {
            let answer = connection.one(&packet).await.and_then(found_keys);
            (index, name, answer)
        });
    }
    let mut answers = Vec::with_capacity(count);
    while let Some(joined) = asking.join_next().await {
        answers.push(joined.map_err(|e| Failure::transport(format!("a request task failed: {e}")))?);
    }
    answers.sort_by_key(|(index, _, _)| *index);

    let mut rows: Vec<(String, KeyInfo)> = Vec::new();
    let mut failed = Vec::new();
    for (_, name, answer) in answers {
        match answer {
            Ok(keys) => rows.extend(keys.into_iter().map(|key| (name.clone(), key))),
            Err(failure) => {
                eprintln!("plesk-keys: server {name}: {}", failure.message);
                failed.push(name);
            }
        }
    }
    print_rows(options, &rows);
    if failed.is_empty() {
        return Ok(());
    }
    Err(Failure {
        outcome: Outcome::SomeServersFailed,
        message: format!(
            "{} of {count} servers failed ({}); the keys of the others are shown",
            failed.len(),
            failed.join(", ")
        ),
    })
}

fn print_rows(options: &ClientOptions, rows: &[(String, KeyInfo)]) {
    if options.json {
        let merged = rows.iter().map(|(server, key)| {
            let mut object = key_json(key);
            object["server"] = Value::from(server.as_str());
            object
        });
        println!("{}", Value::Array(merged.collect()));
    } else if rows.is_empty() {
        println!("No keys.");
    } else {
        print!("{}", server_key_table(rows));
    }
}
