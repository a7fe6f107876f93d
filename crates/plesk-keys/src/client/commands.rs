//! The client commands themselves.

use std::io::Read;

use clap::Subcommand;
use plesk_xmlapi::client::{key_list, new_key, pair_deletions, pair_lookups, RotatePlan, TwinSettings};
use plesk_xmlapi::contract::is_key_id;
use plesk_xmlapi::{
    redact_key_shapes, redact_packet, CreateKey, GetInfoResult, IpList, KeyFilter, KeyInfo, KeyList,
    KeyLookup, NewKey, Operation, OperationResponse, RequestPacket, ResultError,
};
use serde_json::{json, Value};

use super::connection::{connect, Connection, Failure};
use super::credentials::Credential;
use super::output::{json_text, key_json, key_table, quoted, shown};
use super::report::{report, FailOn, ReportFormat};
use super::servers::{targets, TargetError};
use super::{fleet, input_words, ClientOptions, Outcome};
use crate::messages::text;

/// A client command. Each takes the connection options ([`ClientOptions`]) after its name, and
/// `serve` takes none of them: `--help` shows every command with exactly its own options.
#[derive(Subcommand, Debug, Clone)]
pub enum ClientCommand {
    /// List every key: IDs, addresses, descriptions, owners (never key values).
    List {
        #[command(flatten)]
        options: ClientOptions,
    },
    /// Show keys by value or ID; `-` reads them from standard input.
    Info {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
        #[command(flatten)]
        options: ClientOptions,
    },
    /// Create a key; its value is printed once and cannot be shown again.
    Create {
        /// Addresses the key is bound to (comma-separated); none: the address Plesk sees.
        #[arg(long, value_name = "IP[,IP…]")]
        ip: Option<String>,
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// Assign the key to this reseller or customer.
        #[arg(long, value_name = "LOGIN")]
        login: Option<String>,
        #[command(flatten)]
        options: ClientOptions,
    },
    /// Delete keys by value or ID; `-` reads them from standard input. Never all keys.
    Delete {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
        #[command(flatten)]
        options: ClientOptions,
    },
    /// Replace a key by a twin (same addresses, description, owner), then delete the old one.
    Rotate {
        #[arg(value_name = "KEY")]
        key: String,
        #[command(flatten)]
        options: ClientOptions,
    },
    /// Which keys need attention: each key with its owner's status and its findings (owner
    /// missing or not active, usable from anywhere, bound to the service's address, a public
    /// address among private ones, twins, no description).
    Report {
        /// How to print it (`--json` is `--format json`).
        #[arg(long, value_enum, default_value = "table")]
        format: ReportFormat,
        /// Exit 1 when a finding of this level or worse exists.
        #[arg(long, value_enum, value_name = "danger|warning")]
        fail_on: Option<FailOn>,
        /// The address Plesk sees for the service in front of it (a gateway, a proxy): a key
        /// bound to it works for anyone who can reach that service (repeatable; loopback always
        /// counts as the Plesk server's own).
        #[arg(long = "service-address", value_name = "IP")]
        service_addresses: Vec<std::net::IpAddr>,
        #[command(flatten)]
        options: ClientOptions,
    },
}

impl ClientCommand {
    /// The connection options given to this command.
    pub fn options(&self) -> &ClientOptions {
        match self {
            ClientCommand::List { options }
            | ClientCommand::Info { options, .. }
            | ClientCommand::Create { options, .. }
            | ClientCommand::Delete { options, .. }
            | ClientCommand::Rotate { options, .. }
            | ClientCommand::Report { options, .. } => options,
        }
    }
}

/// Reads KEY arguments; `-` stands for standard input. Warns about values in arguments.
fn key_arguments(arguments: &[String]) -> Result<KeyList, Failure> {
    let mut collected = String::new();
    for argument in arguments {
        if argument == "-" {
            std::io::stdin().read_to_string(&mut collected).map_err(|e| {
                Failure::usage(text("cli-stdin-unreadable", &[("detail", e.to_string().into())]))
            })?;
        } else {
            if !argument.trim().is_empty() && !is_key_id(argument) {
                eprintln!("{}", text("cli-key-in-argument", &[]));
            }
            collected.push_str(argument);
        }
        collected.push('\n');
    }
    KeyList::parse(&collected).map_err(|e| Failure::usage(input_words::key_list_error(&e)))
}

/// The request a command sends first (the one `--dry-run` prints).
fn first_packet(command: &ClientCommand) -> Result<RequestPacket, Failure> {
    Ok(match command {
        ClientCommand::List { .. } | ClientCommand::Report { .. } => {
            RequestPacket::new(Operation::GetInfo(KeyFilter::All))
        }
        ClientCommand::Info { keys, .. } => {
            RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(key_arguments(keys)?)))
        }
        ClientCommand::Create { ip, description, login, .. } => {
            let addresses = IpList::parse(ip.as_deref().unwrap_or(""))
                .map_err(|e| Failure::usage(format!("--ip: {}", input_words::ip_list_error(&e))))?;
            let create = CreateKey::new(
                addresses,
                description.as_deref().unwrap_or(""),
                login.as_deref().unwrap_or(""),
            )
            .map_err(|e| Failure::usage(input_words::create_key_error(&e)))?;
            RequestPacket::new(Operation::Create(create))
        }
        ClientCommand::Delete { keys, .. } => RequestPacket::new(Operation::Delete(key_arguments(keys)?)),
        ClientCommand::Rotate { key, .. } => {
            RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(key_arguments(std::slice::from_ref(key))?)))
        }
    })
}

pub async fn execute(options: &ClientOptions, command: ClientCommand) -> Outcome {
    match run(options, command).await {
        Ok(()) => Outcome::Ok,
        Err(failure) => {
            eprintln!("plesk-keys: {}", failure.message);
            failure.outcome
        }
    }
}

async fn run(options: &ClientOptions, command: ClientCommand) -> Result<(), Failure> {
    let packet = first_packet(&command)?;
    if options.dry_run {
        let shown = redact_packet(&packet.to_xml()).map_err(|e| Failure::usage(e.to_string()))?;
        match targets(options) {
            Ok(targets) => {
                for target in targets {
                    let line = match target.name {
                        Some(name) => text(
                            "cli-dry-run-server-target",
                            &[("url", target.url.as_str().into()), ("server", name.into())],
                        ),
                        None => text("cli-dry-run-target", &[("url", target.url.as_str().into())]),
                    };
                    println!("{line}");
                }
            }
            Err(TargetError::NoEndpoint) => {}
            Err(error) => return Err(error.into()),
        }
        print!("{shown}");
        if matches!(command, ClientCommand::Rotate { .. }) {
            println!("{}", text("cli-dry-run-rotate", &[]));
        }
        return Ok(());
    }
    let mut targets = targets(options)?;
    if targets.len() > 1 {
        return match command {
            ClientCommand::List { .. } => fleet::list_all(options, &targets, &packet).await,
            ClientCommand::Info { .. } => {
                fleet::find_all(options, &targets, &packet, asked_keys(&packet)?).await
            }
            ClientCommand::Create { .. } => fleet::create_all(options, &targets, &packet).await,
            ClientCommand::Report { format, fail_on, service_addresses, .. } => {
                report(options, &targets, format, fail_on, &service_addresses).await
            }
            ClientCommand::Delete { .. } | ClientCommand::Rotate { .. } => {
                Err(Failure::usage(text("cli-one-server-only", &[])))
            }
        };
    }
    let target = targets.pop().ok_or_else(|| Failure::usage(text("cli-no-server", &[])))?;
    let connection = connect(&target, options)?;
    match command {
        ClientCommand::List { .. } => {
            let keys = key_list(connection.one(&packet).await?)?;
            print_keys(options, &keys);
            Ok(())
        }
        ClientCommand::Info { .. } => info(options, asked_keys(&packet)?, connection.one(&packet).await?),
        ClientCommand::Create { .. } => {
            let key = new_key(connection.one(&packet).await?)?;
            let info = look_up_value(&connection, &key.0).await;
            print_new_key(options, &key, info.as_ref());
            Ok(())
        }
        ClientCommand::Delete { .. } => delete(options, asked_keys(&packet)?, connection.one(&packet).await?),
        ClientCommand::Rotate { .. } => rotate(options, &connection, connection.one(&packet).await?).await,
        ClientCommand::Report { format, fail_on, service_addresses, .. } => {
            report(options, std::slice::from_ref(&target), format, fail_on, &service_addresses).await
        }
    }
}

fn print_keys(options: &ClientOptions, keys: &[KeyInfo]) {
    if options.json {
        println!("{}", json_text(&Value::Array(keys.iter().map(key_json).collect())));
    } else if keys.is_empty() {
        println!("{}", text("cli-no-keys", &[]));
    } else {
        print!("{}", key_table(keys));
    }
}

fn describe_error(error: &ResultError) -> String {
    text("cli-plesk-error", &[("code", error.code.to_string().into()), ("text", quoted(&error.text).into())])
}

/// The keys a get_info or delete packet asks about.
fn asked_keys(packet: &RequestPacket) -> Result<&KeyList, Failure> {
    match packet.operations().next() {
        Some(Operation::Delete(keys) | Operation::GetInfo(KeyFilter::Keys(keys))) => Ok(keys),
        _ => Err(Failure::usage(text("cli-no-keys-asked", &[]))),
    }
}

fn info(options: &ClientOptions, asked: &KeyList, response: OperationResponse) -> Result<(), Failure> {
    let mut found = Vec::new();
    let mut failed = 0;
    for (reference, lookup) in pair_lookups(asked, response).map_err(|e| Failure::transport(e.to_string()))? {
        match lookup {
            KeyLookup::Found(info) => found.push(info),
            KeyLookup::Failed(error) => {
                failed += 1;
                eprintln!("{}: {}", shown(&reference), describe_error(&error));
            }
        }
    }
    print_keys(options, &found);
    if failed > 0 {
        let message = text("cli-keys-not-shown", &[("count", failed.into())]);
        return Err(Failure { outcome: Outcome::PleskError, message });
    }
    Ok(())
}

/// The info of a key just created (best effort: its ID, addresses, owner).
async fn look_up_value(connection: &Connection, value: &str) -> Option<KeyInfo> {
    let keys = KeyList::parse(value).ok()?;
    let response =
        connection.one(&RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(keys)))).await.ok()?;
    match response {
        OperationResponse::GetInfo(results) => results.into_iter().find_map(|result| match result {
            GetInfoResult::Found(mut infos) if !infos.is_empty() => Some(infos.remove(0)),
            _ => None,
        }),
        _ => None,
    }
}

fn print_new_key(options: &ClientOptions, key: &NewKey, info: Option<&KeyInfo>) {
    if options.json {
        let mut object = info.map(key_json).unwrap_or_else(|| json!({}));
        object["key"] = json!(key.0);
        println!("{}", json_text(&object));
    } else {
        println!("{}", text("cli-new-key", &[("key", key.0.as_str().into())]));
        if let Some(info) = info {
            print!("{}", key_table(std::slice::from_ref(info)));
        }
    }
}

/// Reports each key asked for with its result, paired by position: a key is named as the
/// user named it (shortened when a value), never by what Plesk echoed.
fn delete(options: &ClientOptions, asked: &KeyList, response: OperationResponse) -> Result<(), Failure> {
    let deletions = pair_deletions(asked, response).map_err(|e| Failure::transport(e.to_string()))?;
    let mut report = Vec::new();
    let mut failed = 0;
    for (reference, outcome) in &deletions {
        let which = reference.shown();
        match outcome {
            Ok(()) => {
                report.push(json!({ "key": which, "deleted": true }));
                if !options.json {
                    println!("{}", text("cli-deleted", &[("key", shown(reference).into())]));
                }
            }
            Err(error) => {
                failed += 1;
                report.push(json!({ "key": which, "deleted": false, "error": { "code": error.code.number(), "text": redact_key_shapes(&error.text) } }));
                eprintln!("{}: {}", shown(reference), describe_error(error));
            }
        }
    }
    if options.json {
        println!("{}", json_text(&Value::Array(report)));
    }
    if failed > 0 {
        return Err(Failure {
            outcome: Outcome::PleskError,
            message: text("cli-keys-not-deleted", &[("count", failed.into())]),
        });
    }
    Ok(())
}

/// The login the connection's credential belongs to, as Plesk tells it: the login signed in
/// with, or the owner of the key itself (a look-up of its own value). `None` when Plesk did not
/// say; a rotate then keeps every owner explicitly.
async fn caller_login(connection: &Connection) -> Option<String> {
    match &connection.credential {
        Credential::Login { login, .. } => Some(login.clone()),
        Credential::Key(value) => look_up_value(connection, value).await.and_then(|info| info.owner),
        Credential::SignedIn => None,
    }
}

async fn rotate(
    options: &ClientOptions,
    connection: &Connection,
    lookup: OperationResponse,
) -> Result<(), Failure> {
    let old = key_list(lookup)?.into_iter().next().ok_or_else(|| Failure {
        outcome: Outcome::PleskError,
        message: text("cli-rotate-not-found", &[]),
    })?;
    let caller = caller_login(connection).await;
    let plan = RotatePlan::new(&old.id, &TwinSettings::of(&old), caller.as_deref())
        .map_err(|e| Failure::usage(input_words::rotate_error(&e)))?;
    // A refused create ends the rotate here: the old key stays, and no retry changes the owner.
    let key = new_key(connection.one(&plan.create_packet()).await?).map_err(|error| {
        let failure = Failure::from(error);
        let message = text(
            "cli-rotate-old-kept",
            &[("reason", failure.message.as_str().into()), ("id", old.id.as_str().into())],
        );
        Failure { message, ..failure }
    })?;
    let info = look_up_value(connection, &key.0).await;
    print_new_key(options, &key, info.as_ref());
    match connection.one(&plan.delete_old_packet(&key)).await? {
        OperationResponse::Delete(results) if results.iter().all(Result::is_ok) => {
            if !options.json {
                println!("{}", text("cli-rotate-old-deleted", &[("id", old.id.as_str().into())]));
            }
            Ok(())
        }
        _ => Err(Failure {
            outcome: Outcome::PleskError,
            message: text("cli-rotate-old-not-deleted", &[("id", old.id.as_str().into())]),
        }),
    }
}
