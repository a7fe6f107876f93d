//! Which Plesk server(s) a client command talks to: `--endpoint` (one), or `--servers FILE`
//! (the servers file `serve` reads) with `--server NAME|all`. With a servers file each server
//! has its own credential, never another's: `NAME.key` in `--key-dir DIR` (refused when group or
//! others may read it), else `PLESK_KEY_<NAME>` (upper case, `-` as `_`).

use std::path::Path;
use std::time::Duration;

use super::credentials::{resolve, Credential, CredentialError};
use super::ClientOptions;
use crate::messages::text;
use crate::servers_file::read_servers;
use crate::tls::TlsTrust;

/// One server to send packets to.
#[derive(Debug, Clone)]
pub struct Target {
    /// The server's name in the servers file; `None` for `--endpoint`.
    pub name: Option<String>,
    pub url: String,
    pub trust: TlsTrust,
    pub timeout: Duration,
}

/// Why no server could be chosen or no credential found; all usage errors (exit code 2). The
/// sentence is in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetError {
    NoEndpoint,
    ServerWithoutFile,
    File(String),
    Ambiguous { file: String, count: usize },
    Unknown { name: String, file: String, known: String },
    NoKey { name: String, variable: String },
    Readable { path: String },
    KeyFileWithServers,
    Credential(CredentialError),
}

impl From<CredentialError> for TargetError {
    fn from(error: CredentialError) -> Self {
        TargetError::Credential(error)
    }
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = match self {
            TargetError::NoEndpoint => text("cli-no-endpoint", &[]),
            TargetError::ServerWithoutFile => text("cli-server-without-file", &[]),
            TargetError::File(detail) => text("cli-servers-file", &[("detail", detail.as_str().into())]),
            TargetError::Ambiguous { file, count } => {
                text("cli-ambiguous-server", &[("file", file.as_str().into()), ("count", (*count).into())])
            }
            TargetError::Unknown { name, file, known } => text(
                "cli-unknown-server",
                &[
                    ("name", format!("{name:?}").into()),
                    ("file", file.as_str().into()),
                    ("known", known.as_str().into()),
                ],
            ),
            TargetError::NoKey { name, variable } => text(
                "cli-no-server-key",
                &[("name", name.as_str().into()), ("variable", variable.as_str().into())],
            ),
            TargetError::Readable { path } => {
                text("cli-key-file-readable", &[("path", path.as_str().into())])
            }
            TargetError::KeyFileWithServers => text("cli-key-file-with-servers", &[]),
            TargetError::Credential(error) => error.to_string(),
        };
        f.write_str(&sentence)
    }
}

impl std::error::Error for TargetError {}

/// The servers the options name, in the file's order.
pub fn targets(options: &ClientOptions) -> Result<Vec<Target>, TargetError> {
    let Some(file) = &options.servers else {
        if options.server.is_some() {
            return Err(TargetError::ServerWithoutFile);
        }
        let url = options.endpoint.clone().ok_or(TargetError::NoEndpoint)?;
        return Ok(vec![Target { name: None, url, trust: options.trust(), timeout: options.timeout() }]);
    };
    if options.key_file.is_some() {
        return Err(TargetError::KeyFileWithServers);
    }
    // The serve config's [[server]] tables are the same file: its other keys are not ours.
    let specs = read_servers(file, true).map_err(|error| TargetError::File(error.to_string()))?;
    let shown = file.display().to_string();
    let chosen: Vec<_> = match options.server.as_deref() {
        Some("all") => specs,
        Some(name) => {
            let known =
                crate::messages::list(&specs.iter().map(|spec| spec.name.as_str()).collect::<Vec<_>>());
            let spec = specs.iter().find(|spec| spec.name == name).cloned();
            vec![spec.ok_or_else(|| TargetError::Unknown { name: name.to_owned(), file: shown, known })?]
        }
        None if specs.len() == 1 => specs,
        None => return Err(TargetError::Ambiguous { file: shown, count: specs.len() }),
    };
    Ok(chosen
        .into_iter()
        .map(|spec| Target { name: Some(spec.name), url: spec.url, trust: spec.trust, timeout: spec.timeout })
        .collect())
}

/// `PLESK_KEY_EU_1` for `eu-1`.
pub fn key_variable(name: &str) -> String {
    format!("PLESK_KEY_{}", name.to_ascii_uppercase().replace('-', "_"))
}

/// The credential for one target: a named server's own, or `--endpoint`'s usual one.
pub fn credential(
    target: &Target,
    options: &ClientOptions,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Credential, TargetError> {
    let Some(name) = &target.name else {
        return Ok(resolve(options.key_file.as_deref(), env)?);
    };
    if let Some(dir) = &options.key_dir {
        let file = dir.join(format!("{name}.key"));
        if file.exists() {
            refuse_if_readable(&file)?;
            return Ok(resolve(Some(&file), |_| None)?);
        }
    }
    let variable = key_variable(name);
    match env(&variable).map(|value| value.trim().to_owned()).filter(|value| !value.is_empty()) {
        Some(key) => Ok(Credential::Key(key)),
        None => Err(TargetError::NoKey { name: name.clone(), variable }),
    }
}

fn refuse_if_readable(file: &Path) -> Result<(), TargetError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(file).map(|meta| meta.permissions().mode()).unwrap_or(0);
    if mode & 0o044 != 0 {
        return Err(TargetError::Readable { path: file.display().to_string() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_variables() {
        assert_eq!(key_variable("eu-1"), "PLESK_KEY_EU_1");
        assert_eq!(key_variable("asia1"), "PLESK_KEY_ASIA1");
    }
}
