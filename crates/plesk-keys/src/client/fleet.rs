//! `--server all`: every server of the servers file asked at once, the answers reported in the
//! file's order, each with its server. `list` merges the keys (a Server column, or a `server`
//! field in JSON); `info` finds keys on every server; `create` makes one key per server (each
//! value shown once, as `NAME=value`). A server that fails is named on stderr, the others'
//! answers are still printed, and the exit code is 5.

use plesk_xmlapi::client::{found_or_unknown, key_list, new_key, pair_lookups};
use plesk_xmlapi::{KeyInfo, KeyList, OperationResponse, RequestPacket};
use serde_json::{json, Value};
use tokio::task::JoinSet;

use super::connection::{connect, Failure};
use super::output::{
    json_text, key_json, printable, quoted, request_task_failed, server_failed, server_key_table, shown,
};
use super::servers::Target;
use super::{ClientOptions, Outcome};
use crate::messages::{list, text};

/// Each server's answer to `packet`, in the file's order.
async fn ask_all(
    options: &ClientOptions,
    targets: &[Target],
    packet: &RequestPacket,
) -> Result<Vec<(String, Result<OperationResponse, Failure>)>, Failure> {
    // Every credential first: a missing one is a usage error before anything is sent.
    let mut connections = Vec::new();
    for target in targets {
        connections.push((target.name.clone().unwrap_or_default(), connect(target, options)?));
    }
    let mut asking = JoinSet::new();
    for (index, (name, connection)) in connections.into_iter().enumerate() {
        let packet = packet.clone();
        asking.spawn(async move { (index, name, connection.one(&packet).await) });
    }
    let mut answers = Vec::with_capacity(targets.len());
    while let Some(joined) = asking.join_next().await {
        answers.push(joined.map_err(|e| Failure::transport(request_task_failed(&e)))?);
    }
    answers.sort_by_key(|(index, _, _)| *index);
    Ok(answers.into_iter().map(|(_, name, answer)| (name, answer)).collect())
}

/// Names a failed server on stderr and remembers it.
fn failed_server(failed: &mut Vec<String>, name: String, failure: &Failure) {
    eprintln!("plesk-keys: {}", server_failed(&name, &failure.message));
    failed.push(name);
}

/// Exit code 5 when some servers failed.
fn partial(failed: Vec<String>, count: usize, consequence: &str) -> Result<(), Failure> {
    if failed.is_empty() {
        return Ok(());
    }
    Err(Failure {
        outcome: Outcome::SomeServersFailed,
        message: text(
            "cli-servers-failed",
            &[
                ("failed", failed.len().into()),
                ("count", count.into()),
                ("names", list(&failed).into()),
                ("consequence", consequence.into()),
            ],
        ),
    })
}

pub async fn list_all(
    options: &ClientOptions,
    targets: &[Target],
    packet: &RequestPacket,
) -> Result<(), Failure> {
    let mut rows: Vec<(String, KeyInfo)> = Vec::new();
    let mut failed = Vec::new();
    for (name, answer) in ask_all(options, targets, packet).await? {
        match answer.and_then(|answer| Ok(key_list(answer)?)) {
            Ok(keys) => rows.extend(keys.into_iter().map(|key| (name.clone(), key))),
            Err(failure) => failed_server(&mut failed, name, &failure),
        }
    }
    print_rows(options, &rows);
    partial(failed, targets.len(), &text("cli-others-keys-shown", &[]))
}

/// Looks the keys up on every server: the keys found (with their server), then per key asked
/// where it was found. A key unknown to a server (1013) is not that server's failure.
pub async fn find_all(
    options: &ClientOptions,
    targets: &[Target],
    packet: &RequestPacket,
    asked: &KeyList,
) -> Result<(), Failure> {
    let mut rows: Vec<(String, KeyInfo)> = Vec::new();
    let mut found_on: Vec<Vec<String>> = vec![Vec::new(); asked.len()];
    let mut failed = Vec::new();
    for (name, answer) in ask_all(options, targets, packet).await? {
        let paired = answer
            .and_then(|answer| pair_lookups(asked, answer).map_err(|e| Failure::transport(e.to_string())));
        let paired = match paired {
            Ok(paired) => paired,
            Err(failure) => {
                failed_server(&mut failed, name, &failure);
                continue;
            }
        };
        for (index, (_, lookup)) in paired.into_iter().enumerate() {
            match found_or_unknown(lookup) {
                Ok(Some(info)) => {
                    if let Some(servers) = found_on.get_mut(index) {
                        servers.push(name.clone());
                    }
                    rows.push((name.clone(), info));
                }
                Ok(None) => {}
                Err(error) => {
                    let reason = text(
                        "cli-plesk-error",
                        &[("code", error.code.to_string().into()), ("text", quoted(&error.text).into())],
                    );
                    eprintln!("plesk-keys: {}", server_failed(&name, &reason));
                }
            }
        }
    }
    print_rows(options, &rows);
    let mut missing = 0;
    for (reference, servers) in asked.keys().iter().zip(&found_on) {
        if servers.is_empty() {
            missing += 1;
            eprintln!("{}", text("cli-found-on-no-server", &[("key", shown(reference).into())]));
        } else if !options.json {
            let found = [("key", shown(reference).into()), ("servers", list(servers).into())];
            eprintln!("{}", text("cli-found-on", &found));
        }
    }
    partial(failed, targets.len(), &text("cli-others-answers-shown", &[]))?;
    if missing > 0 {
        return Err(Failure {
            outcome: Outcome::PleskError,
            message: text("cli-keys-found-nowhere", &[("count", missing.into())]),
        });
    }
    Ok(())
}

/// One key per server, each value shown once.
pub async fn create_all(
    options: &ClientOptions,
    targets: &[Target],
    packet: &RequestPacket,
) -> Result<(), Failure> {
    let mut made = Vec::new();
    let mut failed = Vec::new();
    for (name, answer) in ask_all(options, targets, packet).await? {
        match answer.and_then(|answer| Ok(new_key(answer)?)) {
            Ok(key) => made.push((name, key)),
            Err(failure) => failed_server(&mut failed, name, &failure),
        }
    }
    if options.json {
        let objects = made.iter().map(|(server, key)| json!({ "server": server, "key": key.0 }));
        println!("{}", json_text(&Value::Array(objects.collect())));
    } else {
        if !made.is_empty() {
            println!("{}", text("cli-new-keys", &[]));
        }
        for (server, key) in &made {
            println!("{}={}", printable(server), key.0);
        }
    }
    partial(failed, targets.len(), &text("cli-no-key-made-there", &[]))
}

fn print_rows(options: &ClientOptions, rows: &[(String, KeyInfo)]) {
    if options.json {
        let merged = rows.iter().map(|(server, key)| {
            let mut object = key_json(key);
            object["server"] = Value::from(server.as_str());
            object
        });
        println!("{}", json_text(&Value::Array(merged.collect())));
    } else if rows.is_empty() {
        println!("{}", text("cli-no-keys", &[]));
    } else {
        print!("{}", server_key_table(rows));
    }
}
