//! `serve --servers FILE` (and `[[server]]` tables in `serve --config FILE`): the Plesk servers
//! the gateway fronts, one `[[server]]` table each, in the order the panel lists them:
//!
//! ```toml
//! [[server]]
//! name = "eu1"                          # [a-z0-9-], used in paths: servers/eu1/enterprise/control/agent.php
//! label = "Frankfurt 1"                 # shown to users
//! url = "https://eu1.example.com:8443"  # the Plesk base URL
//! ca = "/etc/plesk-keys/eu1-ca.pem"     # optional: trust this CA too (a self-signed Plesk)
//! insecure = false                      # optional: no certificate check (development only)
//! timeout = 30                          # optional: seconds to wait for this server (then 504)
//! key-file = "/run/credentials/plesk-keys.service/eu1"  # optional: the key `serve` holds for
//!                                       # this server in the signed-in mode (systemd LoadCredential=)
//! ```
//!
//! Read with spans, so every problem names the file and the line. Nothing is connected here:
//! `serve` makes its gateway fleet of them, the client commands pick from them (`--server`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use plesk_xmlapi::contract::check_server_name;
use toml::de::{DeTable, DeValue};

use crate::tls::TlsTrust;
use crate::toml_text::{line_of, parse, string};
use crate::transport::agent_url;

const MAX_LABEL_CHARS: usize = 200;
/// The timeout of a server that does not set one.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// One `[[server]]` table, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerSpec {
    pub name: String,
    pub label: String,
    /// The base URL, checked by the transport's own rules.
    pub url: String,
    pub trust: TlsTrust,
    pub timeout: Duration,
    /// The file holding the Plesk key `serve` uses for this server in the signed-in mode.
    pub key_file: Option<PathBuf>,
}

/// A servers file that cannot be used; the message names the file and, where known, the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{problem}")]
pub struct ServersFileError {
    file: String,
    /// Starts with " line N: " or ": ".
    problem: String,
}

/// Reads and checks the servers in `file`. With `in_config`, the file is a `serve --config` file:
/// its other keys are the config's, not errors.
pub fn read_servers(file: &Path, in_config: bool) -> Result<Vec<ServerSpec>, ServersFileError> {
    let error = |problem: String| ServersFileError { file: file.display().to_string(), problem };
    let text = std::fs::read_to_string(file).map_err(|e| error(format!(": cannot read it: {e}")))?;
    parse_servers(&text, in_config).map_err(error)
}

/// The servers a file's `text` describes; errors start with " line N: " (or ": ").
pub fn parse_servers(text: &str, in_config: bool) -> Result<Vec<ServerSpec>, String> {
    let line_of = |offset: usize| line_of(text, offset);
    let table = parse(text)?;
    let mut tables = None;
    for (key, value) in table.get_ref().iter() {
        let line = line_of(key.span().start);
        match key.get_ref().as_ref() {
            "server" => match value.get_ref() {
                DeValue::Array(items) => tables = Some((line, items)),
                _ => return Err(format!(" line {line}: `server` must be [[server]] tables")),
            },
            _ if in_config => {}
            other => {
                return Err(format!(
                    " line {line}: unknown key `{other}`: a servers file holds only [[server]] tables"
                ))
            }
        }
    }
    let Some((first_line, items)) = tables else {
        return Err(": no [[server]] table: name at least one server".into());
    };
    let mut servers: Vec<ServerSpec> = Vec::new();
    for item in items.iter() {
        let DeValue::Table(fields) = item.get_ref() else {
            return Err(format!(" line {first_line}: `server` must be [[server]] tables"));
        };
        let start = fields.iter().map(|(key, _)| key.span().start).min().unwrap_or(item.span().start);
        let spec = server(fields, &line_of).map_err(|problem| {
            if problem.starts_with(" line ") {
                problem
            } else {
                format!(" line {}: {problem}", line_of(start))
            }
        })?;
        if servers.iter().any(|known| known.name == spec.name) {
            return Err(format!(" line {}: the server name {:?} is used twice", line_of(start), spec.name));
        }
        servers.push(spec);
    }
    if servers.is_empty() {
        return Err(": no [[server]] table: name at least one server".into());
    }
    Ok(servers)
}

/// One table's fields; an error either names its own line or is a sentence about the table.
fn server(fields: &DeTable<'_>, line_of: &dyn Fn(usize) -> usize) -> Result<ServerSpec, String> {
    let (mut name, mut label, mut url, mut ca, mut insecure, mut timeout) =
        (None, None, None, None, false, DEFAULT_TIMEOUT);
    let mut key_file = None;
    for (key, value) in fields.iter() {
        let line = line_of(key.span().start);
        let key = key.get_ref().as_ref();
        let at = |problem: String| format!(" line {line}: `{key}`: {problem}");
        match key {
            "name" => name = Some(check_name(string(value.get_ref()).map_err(at)?).map_err(at)?),
            "label" => label = Some(check_label(string(value.get_ref()).map_err(at)?).map_err(at)?),
            "url" => {
                let text = string(value.get_ref()).map_err(at)?;
                agent_url(&text).map_err(|error| at(error.to_string()))?;
                url = Some(text);
            }
            "ca" => ca = Some(PathBuf::from(string(value.get_ref()).map_err(at)?)),
            "insecure" => match value.get_ref() {
                DeValue::Boolean(flag) => insecure = *flag,
                _ => return Err(at("give true or false".into())),
            },
            "timeout" => timeout = seconds(value.get_ref()).map_err(at)?,
            "key-file" => key_file = Some(PathBuf::from(string(value.get_ref()).map_err(at)?)),
            other => {
                return Err(format!(
                    " line {line}: unknown key `{other}`: a server has name, label, url, ca, insecure, timeout and key-file"
                ))
            }
        }
    }
    let name = name.ok_or("this server has no `name`")?;
    let url = url.ok_or_else(|| format!("the server {name:?} has no `url`"))?;
    let trust = match (ca, insecure) {
        (Some(_), true) => {
            return Err(format!("the server {name:?} sets both `ca` and `insecure`: choose one"))
        }
        (Some(ca), false) => TlsTrust::ExtraCa(ca),
        (None, true) => TlsTrust::Insecure,
        (None, false) => TlsTrust::System,
    };
    Ok(ServerSpec { label: label.unwrap_or_else(|| name.clone()), name, url, trust, timeout, key_file })
}

fn seconds(value: &DeValue<'_>) -> Result<Duration, String> {
    let DeValue::Integer(number) = value else { return Err("give whole seconds, e.g. 30".into()) };
    match u64::from_str_radix(number.as_str(), number.radix()) {
        Ok(0) | Err(_) => Err(format!("{} is not a number of seconds of at least 1", number.as_str())),
        Ok(secs) => Ok(Duration::from_secs(secs)),
    }
}

/// A name is a path segment: the contract's rule ([`check_server_name`]).
pub fn check_name(name: String) -> Result<String, String> {
    match check_server_name(&name) {
        Ok(()) => Ok(name),
        Err(error) => Err(format!("{name:?} is not a server name: {error}")),
    }
}

fn check_label(label: String) -> Result<String, String> {
    let label = label.trim().to_owned();
    if label.is_empty() || label.chars().count() > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        return Err(format!("give 1 to {MAX_LABEL_CHARS} characters without control characters"));
    }
    Ok(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "[[server]]\nname = \"eu1\"\nlabel = \"Frankfurt 1\"\nurl = \"https://eu1.example.com:8443\"\n\n[[server]]\nname = \"us-1\"\nurl = \"http://127.0.0.1:9\"\nca = \"/etc/ca.pem\"\ntimeout = 5\nkey-file = \"/run/credentials/plesk-keys.service/us-1\"\n";

    #[test]
    fn servers_are_read_in_file_order_with_defaults() {
        let servers = parse_servers(TWO, false).unwrap();
        assert_eq!(servers.len(), 2);
        assert_eq!(
            servers[0],
            ServerSpec {
                name: "eu1".into(),
                label: "Frankfurt 1".into(),
                url: "https://eu1.example.com:8443".into(),
                trust: TlsTrust::System,
                timeout: DEFAULT_TIMEOUT,
                key_file: None,
            }
        );
        assert_eq!(servers[1].label, "us-1", "the label defaults to the name");
        assert_eq!(servers[1].trust, TlsTrust::ExtraCa("/etc/ca.pem".into()));
        assert_eq!(servers[1].timeout, Duration::from_secs(5));
        assert_eq!(servers[1].key_file, Some("/run/credentials/plesk-keys.service/us-1".into()));
    }

    #[test]
    fn a_config_file_may_hold_other_keys() {
        let text = format!("listen = \"127.0.0.1:1\"\nquiet = true\n{TWO}");
        assert_eq!(parse_servers(&text, true).unwrap().len(), 2);
        assert!(parse_servers(&text, false).unwrap_err().starts_with(" line 1: unknown key `listen`"));
    }

    #[test]
    fn every_problem_names_its_line() {
        let server = |body: &str| format!("# fleet\n[[server]]\n{body}");
        let cases = [
            (
                server("name = \"EU1\"\nurl = \"https://a\"\n"),
                " line 3: `name`: \"EU1\" is not a server name",
            ),
            (server("name = \"eu/1\"\nurl = \"https://a\"\n"), " line 3: `name`"),
            (server("name = \"-eu\"\nurl = \"https://a\"\n"), " line 3: `name`"),
            (
                server("name = \"eu1\"\nurl = \"ftp://a\"\n"),
                " line 4: `url`: 'ftp://a' must start with https://",
            ),
            (server("name = \"eu1\"\nurl = \"https://a\"\ntimeout = 0\n"), " line 5: `timeout`"),
            (
                server("name = \"eu1\"\nurl = \"https://a\"\ntimeout = \"5\"\n"),
                " line 5: `timeout`: give whole",
            ),
            (server("name = \"eu1\"\nurl = \"https://a\"\ninsecure = \"yes\"\n"), " line 5: `insecure`"),
            (server("name = \"eu1\"\nurl = \"https://a\"\nport = 1\n"), " line 5: unknown key `port`"),
            (server("name = \"eu1\"\nlabel = \"\"\nurl = \"https://a\"\n"), " line 4: `label`"),
            (server("name = \"eu1\"\n"), " line 3: the server \"eu1\" has no `url`"),
            (server("label = \"x\"\nurl = \"https://a\"\n"), " line 3: this server has no `name`"),
            (
                server("name = \"eu1\"\nurl = \"https://a\"\nca = \"c.pem\"\ninsecure = true\n"),
                " line 3: the server \"eu1\" sets both",
            ),
            (
                format!(
                    "{}[[server]]\nname = \"eu1\"\nurl = \"https://b\"\n",
                    server("name = \"eu1\"\nurl = \"https://a\"\n")
                ),
                " line 6: the server name \"eu1\" is used twice",
            ),
            ("name = \"eu1\"\n".into(), " line 1: unknown key `name`"),
            ("server = 1\n".into(), " line 1: `server` must be [[server]] tables"),
            ("\n".into(), ": no [[server]] table"),
            (server("name = \n"), " line 3: not valid TOML"),
        ];
        for (text, expected) in cases {
            let error = parse_servers(&text, false).unwrap_err();
            assert!(error.starts_with(expected), "{text:?}: {error}");
        }
    }
}
