//! `serve --audit-log FILE|-`: one JSON line per agent request, for the portal's log pipeline
//! (journald, Loki, ELK):
//!
//! ```json
//! {"time":"2026-12-01T14:05:09.120Z","client":"192.0.2.7","server":"eu1","credential":"key:3f9c0e1b77aa",
//!  "operations":["create"],"creates":[{"owner":"jdoe","addresses":["192.0.2.7"]}],"keys":[],
//!  "created":["3f9c0e1b77aa"],"deleted":[],"status":200,"outcome":"ok","codes":[],"duration_ms":12}
//! ```
//!
//! Never a key value, a password or a credential header: key values (asked for, created, or the
//! `KEY` credential) appear only as short SHA-256 fingerprints (the first 12 hex digits), IDs as
//! they are. Packets are read with the protocol crate. SIGHUP reopens the file (log rotation).
//!
//! No audit line, no change: handlers hand lines to a bounded queue and one writer thread owns
//! the file (a reader that stops reading stalls only that thread). A create or delete (anything
//! but a read) is written first with `"outcome":"sending"` and sent on only once the writer has
//! written that line; its outcome follows in a second line. A change whose first line cannot be
//! written in time (queue full, disk full, the file moved or deleted, a reopen that failed) is
//! refused with 503 before it reaches any server.

use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hyper::StatusCode;
use plesk_xmlapi::{
    parse_request_bytes, parse_response_bytes, GetInfoResult, OperationResponse, ReceivedFilter,
    ReceivedOperation, ReceivedOperator, ResponseBody,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub use super::audit_writer::{AuditError, AuditLog};
use super::credentials::RequestCredentials;

/// One agent request, as the audit log tells it.
pub struct AuditEntry<'a> {
    pub time: SystemTime,
    pub client: IpAddr,
    pub server: &'a str,
    /// Exactly the credential forwarded (or handed to the sandbox).
    pub credentials: &'a RequestCredentials,
    /// The request body, when it was read (not for a request refused before).
    pub request: Option<&'a [u8]>,
    /// The answer's status, `None` for the line written before a change is sent.
    pub status: Option<StatusCode>,
    /// The answer's body, only when it came from Plesk (or the sandbox).
    pub answer: Option<&'a [u8]>,
    pub duration: Duration,
    /// The signed-in mode: who asked, under which rule, and what was decided.
    pub person: Option<&'a AuditPerson>,
}

/// Who asked in the signed-in mode, and the decision on the request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditPerson {
    pub subject: String,
    pub name: String,
    /// How the person was identified (`forward-auth`).
    pub via: String,
    /// `admin`, `owner`, `viewer`; `None` when no rule named the person.
    pub role: Option<String>,
    /// The `[[access]]` rule's number in the config file.
    pub rule: Option<usize>,
    /// `allowed` or `refused`.
    pub decision: String,
    /// Why a request was refused (short words).
    pub reason: Option<String>,
}

impl AuditPerson {
    fn to_json(&self) -> Value {
        json!({"subject": self.subject, "name": self.name, "via": self.via})
    }
}

/// The first 12 hex digits of a value's SHA-256: enough to tell keys apart, nothing to use.
pub fn fingerprint(value: &str) -> String {
    Sha256::digest(value.trim().as_bytes()).iter().take(6).map(|byte| format!("{byte:02x}")).collect()
}

/// Whether a request changes anything: everything but a packet of `secret_key get_info` alone.
/// A packet this gateway cannot read counts as a change (Plesk may read it differently).
pub fn is_change(request: &[u8]) -> bool {
    let Ok(packet) = parse_request_bytes(request) else { return true };
    !packet.operators.iter().all(|operator| match operator {
        ReceivedOperator::SecretKey(operations) => {
            operations.iter().all(|operation| matches!(operation, ReceivedOperation::GetInfo(_)))
        }
        // A customer or reseller read changes nothing.
        ReceivedOperator::AccountGet { .. } => true,
        ReceivedOperator::Unsupported(_) => false,
    })
}

/// The fields of a line, in the order they are written (time first, for people reading it).
const FIELD_ORDER: [&str; 19] = [
    "time",
    "client",
    "server",
    "person",
    "role",
    "rule",
    "decision",
    "reason",
    "credential",
    "operations",
    "creates",
    "keys",
    "created",
    "deleted",
    "found",
    "status",
    "outcome",
    "codes",
    "duration_ms",
];

/// What Plesk's answer says: the outcome, the codes, the keys created and deleted, the number
/// found, and which references Plesk treated as IDs (the only ones the log names as they are).
#[derive(Default)]
struct Outcome {
    outcome: String,
    codes: Vec<u32>,
    created: Vec<String>,
    deleted: Vec<String>,
    found: usize,
    ids: Vec<String>,
}

/// Plesk's key values are never digits alone (they are UUID-shaped), so a digits-only reference
/// that Plesk answered as found or deleted was an ID.
fn confirmed_id(reference: &str) -> bool {
    plesk_xmlapi::contract::is_key_id(reference)
}

impl AuditEntry<'_> {
    /// One JSON object on one line, its fields in [`FIELD_ORDER`].
    pub fn to_line(&self) -> String {
        let Value::Object(mut fields) = self.to_json() else { return String::new() };
        let mut written: Vec<String> = FIELD_ORDER
            .iter()
            .filter_map(|name| fields.remove(*name).map(|value| format!("{}:{value}", Value::from(*name))))
            .collect();
        // A field missing from the order is still written, last.
        written.extend(fields.into_iter().map(|(name, value)| format!("{}:{value}", Value::from(name))));
        format!("{{{}}}", written.join(","))
    }

    pub fn to_json(&self) -> Value {
        let outcome = self.outcome();
        let mut operations = Vec::new();
        let mut creates = Vec::new();
        let mut keys = Vec::new();
        match self.request.map(parse_request_bytes) {
            None => {}
            Some(Ok(packet)) => {
                for operator in packet.operators {
                    match operator {
                        ReceivedOperator::SecretKey(list) => {
                            for operation in list {
                                read_operation(
                                    operation,
                                    &outcome.ids,
                                    &mut operations,
                                    &mut creates,
                                    &mut keys,
                                )
                            }
                        }
                        ReceivedOperator::AccountGet { kind, .. } => {
                            operations.push(Value::from(format!("{} get", kind.operator())))
                        }
                        ReceivedOperator::Unsupported(name) => operations.push(Value::from(name)),
                    }
                }
            }
            Some(Err(_)) => operations.push(Value::from("unreadable")),
        }
        let mut line = json!({
            "time": rfc3339(self.time),
            "client": self.client.to_canonical().to_string(),
            "server": self.server,
            "credential": credential(self.credentials),
            "operations": operations,
            "creates": creates,
            "keys": keys,
            "created": outcome.created,
            "deleted": outcome.deleted,
            "found": outcome.found,
            "status": self.status.map(|status| status.as_u16()),
            "outcome": outcome.outcome,
            "codes": outcome.codes,
            "duration_ms": u64::try_from(self.duration.as_millis()).unwrap_or(u64::MAX),
        });
        if let (Some(person), Value::Object(fields)) = (self.person, &mut line) {
            fields.insert("person".into(), person.to_json());
            fields.insert("role".into(), Value::from(person.role.clone()));
            fields.insert("rule".into(), Value::from(person.rule));
            fields.insert("decision".into(), Value::from(person.decision.clone()));
            fields.insert("reason".into(), Value::from(person.reason.clone()));
        }
        line
    }

    fn outcome(&self) -> Outcome {
        let mut out = Outcome::default();
        let Some(status) = self.status else {
            out.outcome = "sending".into();
            return out;
        };
        let Some(answer) = self.answer.filter(|_| status == StatusCode::OK) else {
            out.outcome = format!("http-{}", status.as_u16());
            return out;
        };
        let Ok(packet) = parse_response_bytes(answer) else {
            out.outcome = "unreadable".into();
            return out;
        };
        match packet.body {
            ResponseBody::System(error) => out.codes.push(error.code.number()),
            ResponseBody::Operations(responses) => {
                for response in responses {
                    match response {
                        OperationResponse::Create(Ok(key)) => out.created.push(fingerprint(&key.0)),
                        OperationResponse::Create(Err(error)) => out.codes.push(error.code.number()),
                        OperationResponse::GetInfo(results) => {
                            for result in results {
                                match result {
                                    GetInfoResult::Found(infos) => {
                                        out.found += infos.len();
                                        out.ids.extend(infos.into_iter().map(|info| info.id));
                                    }
                                    GetInfoResult::Failed(error) => out.codes.push(error.code.number()),
                                }
                            }
                        }
                        OperationResponse::Delete(results) => {
                            for result in results {
                                match result {
                                    Ok(Some(key)) => {
                                        let trimmed = key.trim();
                                        if confirmed_id(trimmed) {
                                            out.ids.push(trimmed.to_owned());
                                            out.deleted.push(trimmed.to_owned());
                                        } else {
                                            out.deleted.push(format!("sha256:{}", fingerprint(trimmed)));
                                        }
                                    }
                                    Ok(None) => {}
                                    Err(error) => out.codes.push(error.code.number()),
                                }
                            }
                        }
                    }
                }
            }
        }
        out.codes.sort_unstable();
        out.codes.dedup();
        out.outcome = if out.codes.is_empty() { "ok" } else { "plesk-error" }.into();
        out
    }
}

/// A key as the log may name it: an ID Plesk confirmed as it is, anything else (values, and
/// digits that Plesk did not confirm as an ID) by its fingerprint.
fn key_reference(key: &str, ids: &[String]) -> String {
    let key = key.trim();
    if confirmed_id(key) && ids.iter().any(|id| id == key) {
        key.to_owned()
    } else {
        format!("sha256:{}", fingerprint(key))
    }
}

fn read_operation(
    operation: ReceivedOperation,
    ids: &[String],
    operations: &mut Vec<Value>,
    creates: &mut Vec<Value>,
    keys: &mut Vec<String>,
) {
    let mut filter = |filter: ReceivedFilter| match filter {
        ReceivedFilter::All => keys.push("all".into()),
        ReceivedFilter::Keys(list) => keys.extend(list.iter().map(|key| key_reference(key, ids))),
    };
    match operation {
        ReceivedOperation::Create(create) => {
            operations.push(Value::from("create"));
            let addresses: Vec<&str> = create
                .ip_address
                .as_deref()
                .map(|list| list.split(',').map(str::trim).filter(|a| !a.is_empty()).collect())
                .unwrap_or_default();
            creates.push(json!({ "owner": create.login, "addresses": addresses }));
        }
        ReceivedOperation::GetInfo(keys) => {
            operations.push(Value::from("get_info"));
            filter(keys);
        }
        ReceivedOperation::Delete(keys) => {
            operations.push(Value::from("delete"));
            filter(keys);
        }
    }
}

/// Who asked: the key's fingerprint or the login; never the key or the password.
fn credential(credentials: &RequestCredentials) -> Value {
    match (&credentials.key, &credentials.login) {
        (Some(key), _) => Value::from(format!("key:{}", fingerprint(key))),
        (None, Some(login)) => Value::from(format!("login:{login}")),
        (None, None) => Value::Null,
    }
}

/// `2026-12-01T14:05:09.120Z`.
pub fn rfc3339(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs();
    let (days, in_day) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60,
        since.subsec_millis()
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A get_info or delete entry as the sandbox would be audited, answered 200.
    fn entry<'a>(credentials: &'a RequestCredentials, request: &'a [u8], answer: &'a [u8]) -> AuditEntry<'a> {
        AuditEntry {
            time: UNIX_EPOCH,
            client: "127.0.0.1".parse().unwrap(),
            server: "default",
            credentials,
            request: Some(request),
            status: Some(StatusCode::OK),
            answer: Some(answer),
            duration: Duration::ZERO,
            person: None,
        }
    }

    #[test]
    fn times_are_rfc3339_utc() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let leap = UNIX_EPOCH + Duration::from_millis(951_782_400_123 + 86_399_000);
        assert_eq!(rfc3339(leap), "2000-02-29T23:59:59.123Z");
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(1_798_761_600)), "2027-01-01T00:00:00.000Z");
    }

    #[test]
    fn an_entry_names_ids_and_fingerprints_never_values() {
        let secret = "6f1e3c2a-9b7d-4e5f-8a1b-2c3d4e5f6a7b";
        let created = "11111111-2222-3333-4444-555555555555";
        let request = format!(
            "<packet version=\"1.6.9.1\"><secret_key><create><ip_address>192.0.2.1,192.0.2.2</ip_address><login>jdoe</login></create></secret_key><secret_key><delete><filter><key>{secret}</key><key>17</key></filter></delete></secret_key></packet>"
        );
        let answer = format!("<packet version=\"1.6.9.1\"><secret_key><create><result><status>ok</status><key>{created}</key></result></create></secret_key><secret_key><delete><result><status>ok</status><key>17</key></result><result><status>error</status><errcode>1013</errcode><errtext>Key not found</errtext><key>{secret}</key></result></delete></secret_key></packet>");
        let credentials =
            RequestCredentials { key: None, login: Some("admin".into()), password: Some("pass-word".into()) };
        let entry = AuditEntry {
            time: UNIX_EPOCH,
            client: "::ffff:192.0.2.9".parse().unwrap(),
            server: "eu1",
            credentials: &credentials,
            request: Some(request.as_bytes()),
            status: Some(StatusCode::OK),
            answer: Some(answer.as_bytes()),
            duration: Duration::from_millis(7),
            person: None,
        };
        let line = entry.to_line();
        assert!(line.starts_with("{\"time\":\"1970-01-01T00:00:00.000Z\",\"client\":"), "{line}");
        let value: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value.as_object().map(|fields| fields.len()), Some(14));
        for secret in [secret, created, "pass-word"] {
            assert!(!line.contains(secret), "{line}");
        }
        assert_eq!(value["client"], "192.0.2.9");
        assert_eq!(value["credential"], "login:admin");
        assert_eq!(value["operations"], json!(["create", "delete"]));
        assert_eq!(value["creates"], json!([{"owner": "jdoe", "addresses": ["192.0.2.1", "192.0.2.2"]}]));
        assert_eq!(value["keys"], json!([format!("sha256:{}", fingerprint(secret)), "17"]));
        assert_eq!(value["created"], json!([fingerprint(created)]));
        assert_eq!(value["deleted"], json!(["17"]));
        assert_eq!(value["outcome"], "plesk-error");
        assert_eq!(value["codes"], json!([1013]));
        assert_eq!(value["duration_ms"], 7);
        assert_eq!(fingerprint(secret).len(), 12);
    }

    #[test]
    fn refused_requests_and_system_errors_have_their_outcome() {
        let credentials = RequestCredentials { key: Some("k-e-y".into()), login: None, password: None };
        let request = b"<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
        let system = b"<packet><system><status>error</status><errcode>1001</errcode><errtext>Authentication failed</errtext></system></packet>";
        let mut entry = entry(&credentials, request, system);
        let value = entry.to_json();
        assert_eq!((value["outcome"].clone(), value["codes"].clone()), (json!("plesk-error"), json!([1001])));
        assert_eq!(value["keys"], json!(["all"]));
        assert_eq!(value["credential"], format!("key:{}", fingerprint("k-e-y")));
        entry.status = Some(StatusCode::BAD_GATEWAY);
        entry.answer = None;
        assert_eq!(entry.to_json()["outcome"], "http-502");
    }

    #[test]
    fn digits_are_named_as_they_are_only_when_plesk_answered_them_as_an_id() {
        let credentials = RequestCredentials { key: Some("k-e-y".into()), login: None, password: None };
        let request = b"<packet><secret_key><get_info><filter><key>0123456789</key><key>5</key></filter></get_info></secret_key></packet>";
        let answer = b"<packet><secret_key><get_info><result><status>error</status><errcode>1013</errcode><errtext>Key not found</errtext><key>0123456789</key></result><result><status>ok</status><key_info><key>5</key><ip_address>192.0.2.1</ip_address><description/><login>admin</login></key_info></result></get_info></secret_key></packet>";
        let mut entry = entry(&credentials, request, answer);
        let line = entry.to_line();
        assert!(!line.contains("0123456789"), "{line}");
        assert_eq!(entry.to_json()["keys"], json!([format!("sha256:{}", fingerprint("0123456789")), "5"]));
        // Before the answer (the line written ahead of a change) no digits are taken for an ID.
        entry.status = None;
        entry.answer = None;
        let before = entry.to_json();
        assert_eq!(before["outcome"], "sending");
        assert_eq!(before["keys"][1], format!("sha256:{}", fingerprint("5")));
    }
}
