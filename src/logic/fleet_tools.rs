//! The answers of the All servers tools that ask every server at once: **Create on servers**
//! (each server's new value, **Copy all** as `NAME=value` lines) and **Find on all servers** (one
//! sentence for where a key is valid).

use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::visible::visible_text;

/// What one server answered to **Create on servers**.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreatedOn {
    Created { label: String, name: String, value: String },
    Failed { label: String, reason: String },
}

/// The new keys as `NAME=value` lines for **Copy all** (a monitoring system's configuration).
pub fn copy_all_lines(created: &[CreatedOn]) -> String {
    created
        .iter()
        .filter_map(|outcome| match outcome {
            CreatedOn::Created { name, value, .. } => Some(format!("{name}={value}\n")),
            CreatedOn::Failed { .. } => None,
        })
        .collect()
}

/// What one server answered to **Find on all servers**.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoundOn {
    Found { label: String, id: String },
    NotFound { label: String },
    Failed { label: String, reason: String },
}

/// The sentence for a look-up on every server: "Valid on 2 servers, as a separate key on each:
/// eu1 as key 5, us1 as key 2; not found on asia1; could not ask sa1: …" (each server holds its
/// own key with its own ID). Labels, IDs and errors are shown visibly ([`visible_text`]; the
/// sentence's own isolation marks, in a right-to-left language, are not escaped).
pub fn found_summary(found: &[FoundOn]) -> String {
    let on: Vec<String> = found
        .iter()
        .filter_map(|f| match f {
            FoundOn::Found { label, id } => Some(tf(
                Fmt::FleetFoundAs,
                &[("server", visible_text(label).as_ref().into()), ("id", visible_text(id).as_ref().into())],
            )),
            _ => None,
        })
        .collect();
    let missing: Vec<String> = found
        .iter()
        .filter_map(|f| match f {
            FoundOn::NotFound { label } => Some(visible_text(label).into_owned()),
            _ => None,
        })
        .collect();
    let failed: Vec<String> = found
        .iter()
        .filter_map(|f| match f {
            FoundOn::Failed { label, reason } => Some(tf(
                Fmt::FleetFailedOn,
                &[
                    ("server", visible_text(label).as_ref().into()),
                    ("reason", visible_text(reason).as_ref().into()),
                ],
            )),
            _ => None,
        })
        .collect();
    let mut parts = Vec::new();
    parts.push(match on.as_slice() {
        [] => t(Msg::FleetValidNowhere).to_owned(),
        [one] => tf(Fmt::FleetValidOnOne, &[("server", one.into())]),
        several => tf(
            Fmt::FleetValidOnSeveral,
            &[("count", several.len().into()), ("servers", (&several.join(t(Msg::ListSeparator))).into())],
        ),
    });
    if !missing.is_empty() {
        parts.push(tf(Fmt::FleetNotFoundOn, &[("servers", (&missing.join(t(Msg::ListSeparator))).into())]));
    }
    if !failed.is_empty() {
        parts.push(tf(
            Fmt::FleetCouldNotAsk,
            &[("servers", (&failed.join(t(Msg::KeysFailureSeparator))).into())],
        ));
    }
    tf(Fmt::FleetFoundSummary, &[("clauses", (&parts.join(t(Msg::KeysFailureSeparator))).into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_servers_answer_creates_and_look_ups_in_one_sentence() {
        let created = [
            CreatedOn::Created { label: "Frankfurt 1".into(), name: "eu1".into(), value: "k1".into() },
            CreatedOn::Failed { label: "Dallas 1".into(), reason: "1015".into() },
            CreatedOn::Created { label: "Tokyo".into(), name: "asia1".into(), value: "k3".into() },
        ];
        assert_eq!(copy_all_lines(&created), "eu1=k1\nasia1=k3\n");
        let found = [
            FoundOn::Found { label: "eu1".into(), id: "5".into() },
            FoundOn::Found { label: "us1".into(), id: "2".into() },
            FoundOn::NotFound { label: "asia1".into() },
            FoundOn::Failed { label: "sa1".into(), reason: "HTTP 502".into() },
        ];
        assert_eq!(
            found_summary(&found),
            "Valid on 2 servers, as a separate key on each: eu1 as key 5, us1 as key 2; not found on asia1; could not ask sa1: HTTP 502."
        );
        assert_eq!(found_summary(&found[..1]), "Valid on eu1 as key 5.");
        assert_eq!(
            found_summary(&[FoundOn::NotFound { label: "eu1".into() }]),
            "Valid on no server; not found on eu1."
        );
    }
}
