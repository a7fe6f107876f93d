//! `plesk-keys report`: which keys need attention, on one server or every one (`--server all`).
//! Per server: the key list, then the owners in view asked about in two packets (one `customer
//! get` and one `reseller get`, each naming every owner), then the findings of the protocol
//! crate's `key_health` — the panel's rules. An owner look-up that fails leaves the owner's
//! status unknown: it never hides the keys. `--fail-on danger|warning` exits 1 when such a
//! finding exists (a nightly job, a compliance check).

use std::collections::HashMap;
use std::net::IpAddr;

use clap::ValueEnum;
use plesk_xmlapi::client::key_list;
use plesk_xmlapi::key_health::{
    findings, owner_packets, owner_statuses, owners_to_ask, worst, Finding, HealthContext, Level, OwnerStatus,
};
use plesk_xmlapi::{
    csv_cell, read_account_answer, AccountKind, KeyFilter, KeyInfo, Operation, RequestPacket,
};
use serde_json::{json, Value};
use tokio::task::JoinSet;

use super::connection::{connect, Connection, Failure};
use super::health_words;
use super::output::{self, json_text, printable};
use super::servers::Target;
use super::{ClientOptions, Outcome};
use crate::messages::text;

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns for people.
    Table,
    /// CSV for spreadsheets (every cell quoted, formulas neutralised).
    Csv,
    /// One JSON array for scripts.
    Json,
}

/// The level `--fail-on` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Danger,
    Warning,
}

impl FailOn {
    fn level(self) -> Level {
        match self {
            FailOn::Danger => Level::Danger,
            FailOn::Warning => Level::Warning,
        }
    }
}

/// One key of the report.
struct Row {
    server: String,
    key: KeyInfo,
    owner: Option<OwnerStatus>,
    findings: Vec<Finding>,
}

/// One server's keys with their owners' statuses and findings.
async fn server_rows(
    name: String,
    connection: Connection,
    service: Vec<IpAddr>,
) -> Result<Vec<Row>, Failure> {
    let list = RequestPacket::new(Operation::GetInfo(KeyFilter::All));
    let keys = key_list(connection.one(&list).await?)?;
    let mut context = HealthContext::new(HashMap::new());
    context.service_addresses = service;
    let logins = owners_to_ask(&keys, &context.administrator);
    if let Some((customers, resellers)) = owner_packets(&logins) {
        // Both at once; a failure of either only leaves statuses unknown.
        let (customers, resellers) =
            tokio::join!(connection.post_xml(customers), connection.post_xml(resellers));
        let read = |kind, answer: Result<bytes::Bytes, Failure>| match answer {
            Ok(body) => read_account_answer(kind, &body).map_err(|e| e.to_string()),
            Err(failure) => Err(failure.message),
        };
        let customers = read(AccountKind::Customer, customers);
        let resellers = read(AccountKind::Reseller, resellers);
        for (what, answer) in [("cli-customers", &customers), ("cli-resellers", &resellers)] {
            if let Err(reason) = answer {
                let unknown = text(
                    "cli-owners-unknown",
                    &[("what", text(what, &[]).into()), ("reason", reason.as_str().into())],
                );
                let line = if name.is_empty() { unknown } else { output::server_failed(&name, &unknown) };
                eprintln!("plesk-keys: {line}");
            }
        }
        context.owners = owner_statuses(&logins, customers.as_deref().ok(), resellers.as_deref().ok());
    }
    let found = findings(&keys, &context);
    Ok(keys
        .into_iter()
        .zip(found)
        .map(|(key, findings)| {
            let owner = key
                .owner
                .as_deref()
                .filter(|owner| *owner != context.administrator)
                .map(|owner| context.owners.get(owner).copied().unwrap_or(OwnerStatus::Unknown));
            Row { server: name.clone(), key, owner, findings }
        })
        .collect())
}

/// The report of `targets` (one server, or every server of `--server all`).
pub(super) async fn report(
    options: &ClientOptions,
    targets: &[Target],
    format: ReportFormat,
    fail_on: Option<FailOn>,
    service: &[IpAddr],
) -> Result<(), Failure> {
    let mut connections = Vec::new();
    for target in targets {
        connections.push((target.name.clone().unwrap_or_default(), connect(target, options)?));
    }
    let mut asking = JoinSet::new();
    for (index, (name, connection)) in connections.into_iter().enumerate() {
        let service = service.to_vec();
        asking.spawn(async move { (index, name.clone(), server_rows(name, connection, service).await) });
    }
    let mut answers = Vec::with_capacity(targets.len());
    while let Some(joined) = asking.join_next().await {
        answers.push(joined.map_err(|e| Failure::transport(output::request_task_failed(&e)))?);
    }
    answers.sort_by_key(|(index, _, _)| *index);
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    for (_, name, answer) in answers {
        match answer {
            Ok(server_rows) => rows.extend(server_rows),
            Err(failure) if targets.len() == 1 => return Err(failure),
            Err(failure) => {
                eprintln!("plesk-keys: {}", output::server_failed(&name, &failure.message));
                failed.push(name);
            }
        }
    }
    let format = if options.json { ReportFormat::Json } else { format };
    let fleet = targets.len() > 1;
    print!(
        "{}",
        match format {
            ReportFormat::Table => table(&rows, fleet),
            ReportFormat::Csv => csv(&rows),
            ReportFormat::Json =>
                format!("{}\n", json_text(&Value::Array(rows.iter().map(row_json).collect()))),
        }
    );
    if !failed.is_empty() {
        return Err(Failure {
            outcome: Outcome::SomeServersFailed,
            message: text(
                "cli-servers-failed",
                &[
                    ("failed", failed.len().into()),
                    ("count", targets.len().into()),
                    ("names", crate::messages::list(&failed).into()),
                    ("consequence", text("cli-others-answers-shown", &[]).into()),
                ],
            ),
        });
    }
    let worst_found = rows.iter().filter_map(|row| worst(&row.findings)).max();
    match (fail_on, worst_found) {
        (Some(fail_on), Some(level)) if level >= fail_on.level() => Err(Failure {
            outcome: Outcome::FindingsFound,
            message: text(
                "cli-report-fail-on",
                &[
                    (
                        "count",
                        rows.iter()
                            .filter(|row| worst(&row.findings) >= Some(fail_on.level()))
                            .count()
                            .into(),
                    ),
                    ("level", health_words::level_word(fail_on.level()).into()),
                ],
            ),
        }),
        _ => Ok(()),
    }
}

fn owner_words(row: &Row) -> String {
    row.owner.map(OwnerStatus::words).unwrap_or_else(|| "administrator".into())
}

/// "danger: Its owner jdoe no longer exists in Plesk. Delete it."
fn finding_line(finding: &Finding) -> String {
    format!("{}: {} {}", finding.level().word(), finding.reason(), finding.advice())
}

fn table(rows: &[Row], fleet: bool) -> String {
    if rows.is_empty() {
        return format!("{}\n", text("cli-no-keys", &[]));
    }
    let mut header = vec![
        "cli-column-id",
        "cli-column-owner",
        "cli-column-owner-status",
        "cli-column-addresses",
        "cli-column-description",
        "cli-column-findings",
    ];
    if fleet {
        header.insert(0, "cli-column-server");
    }
    let header: Vec<String> = header.into_iter().map(|id| text(id, &[])).collect();
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                printable(&row.key.id),
                printable(row.key.owner.as_deref().unwrap_or("")),
                health_words::owner_words(row.owner),
                printable(&row.key.ip_addresses.join(", ")),
                printable(&row.key.description),
                if row.findings.is_empty() {
                    text("cli-no-findings", &[])
                } else {
                    row.findings
                        .iter()
                        .map(|f| format!("{} ({})", f.code(), health_words::level_word(f.level())))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ];
            if fleet {
                cells.insert(0, printable(&row.server));
            }
            cells
        })
        .collect();
    let mut out = output::table(&header, lines);
    // The reasons, below the table: one line per finding.
    for row in rows.iter().filter(|row| !row.findings.is_empty()) {
        let server = if fleet { format!("{} ", printable(&row.server)) } else { String::new() };
        for finding in &row.findings {
            let line = text(
                "cli-report-finding",
                &[
                    ("id", printable(&row.key.id).into()),
                    ("finding", printable(&health_words::finding_line(finding)).into()),
                ],
            );
            out.push_str(&format!("{server}{line}\n"));
        }
    }
    out
}

fn csv(rows: &[Row]) -> String {
    let header =
        ["Server", "ID", "Owner", "Owner status", "IP addresses", "Description", "Level", "Findings"];
    let mut out = header.iter().map(|h| csv_cell(h)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells = [
            row.server.clone(),
            row.key.id.clone(),
            row.key.owner.clone().unwrap_or_default(),
            owner_words(row),
            row.key.ip_addresses.join(" "),
            row.key.description.clone(),
            worst(&row.findings).map(|level| level.word().to_owned()).unwrap_or_default(),
            row.findings.iter().map(finding_line).collect::<Vec<_>>().join("\n"),
        ];
        out.push_str(&cells.iter().map(|cell| csv_cell(cell)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn row_json(row: &Row) -> Value {
    json!({
        "server": if row.server.is_empty() { Value::Null } else { json!(row.server) },
        "id": row.key.id,
        "owner": row.key.owner,
        "owner_status": owner_words(row),
        "ip_addresses": row.key.ip_addresses,
        "description": row.key.description,
        "level": worst(&row.findings).map(Level::word),
        "findings": row.findings.iter().map(|finding| json!({
            "code": finding.code(),
            "level": finding.level().word(),
            "reason": finding.reason(),
            "advice": finding.advice(),
        })).collect::<Vec<_>>(),
    })
}
