//! The signed-in mode's part of `serve --config FILE`: the `[sign-in]` table (how people are
//! identified) and the `[[access]]` tables (who may do what, see `access.rs`):
//!
//! ```toml
//! [sign-in]
//! method = "forward-auth"                  # or "openid": the service signs people in itself
//! user-header = "X-Forwarded-User"         # these four are the defaults
//! email-header = "X-Forwarded-Email"
//! groups-header = "X-Forwarded-Groups"
//! groups-separator = ","                   # oauth2-proxy and Authelia: ","; authentik: "|"
//! sign-out-url = "https://portal.example.com/oauth2/sign_out"   # optional
//!
//! # method = "openid": issuer, client-id, client-secret-file, session-key-file (made when
//! # missing, 64 bytes, 0600); groups-claim (default "groups"), session-idle / session-max
//! # (seconds, default 8 h / 12 h), provider-name (the panel's "Sign in with NAME")
//!
//! [[access]]
//! group = "resellers-acme"                 # or: user = "ana@example.com"
//! role = "owner"                           # admin | owner | viewer
//! owners = ["acme"]
//! include-customers = true
//! servers = ["eu1", "us1"]                 # default: every server
//! ```
//!
//! Read with spans: every problem names the file and the line.

use axum::http::HeaderName;
use toml::de::{DeTable, DeValue};

use super::access::{AccessRule, Policy, Role, Subject};
use super::identity::ForwardAuth;
use super::openid::OpenIdSettings;
use super::session_cookie::SessionTimes;
use crate::toml_text::{line_of, parse, string};

/// The signed-in mode, as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub forward_auth: ForwardAuth,
    pub policy: Policy,
    /// Where "Sign out" goes (the portal's sign-out).
    pub sign_out_url: Option<String>,
    /// `method = "openid"`: the service signs people in itself.
    pub openid: Option<OpenIdSettings>,
}

/// The signed-in mode a config file's `text` describes; `None` without a `[sign-in]` table.
/// Errors start with " line N: " (or ": ").
pub fn parse_sign_in(text: &str) -> Result<Option<SignIn>, String> {
    let line_of = |offset: usize| line_of(text, offset);
    let table = parse(text)?;
    let mut sign_in = None;
    let mut rules = None;
    for (key, value) in table.get_ref().iter() {
        let line = line_of(key.span().start);
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("sign-in", DeValue::Table(fields)) => {
                sign_in = Some(read_sign_in(fields, &line_of).map_err(|problem| {
                    if problem.starts_with(" line ") {
                        problem
                    } else {
                        format!(" line {line}: {problem}")
                    }
                })?)
            }
            ("sign-in", _) => return Err(format!(" line {line}: `sign-in` must be a [sign-in] table")),
            ("access", DeValue::Array(items)) => {
                let mut read = Vec::new();
                for item in items.iter() {
                    let DeValue::Table(fields) = item.get_ref() else {
                        return Err(format!(" line {line}: `access` must be [[access]] tables"));
                    };
                    let start =
                        fields.iter().map(|(key, _)| key.span().start).min().unwrap_or(item.span().start);
                    read.push(read_rule(fields, &line_of).map_err(|problem| {
                        if problem.starts_with(" line ") {
                            problem
                        } else {
                            format!(" line {}: {problem}", line_of(start))
                        }
                    })?);
                }
                rules = Some((line, read));
            }
            ("access", _) => return Err(format!(" line {line}: `access` must be [[access]] tables")),
            _ => {}
        }
    }
    match (sign_in, rules) {
        (None, None) => Ok(None),
        (None, Some((line, _))) => {
            Err(format!(" line {line}: [[access]] rules need a [sign-in] table saying how people sign in"))
        }
        (Some(_), None) => {
            Err(": [sign-in] needs at least one [[access]] rule: without one nobody may do anything".into())
        }
        (Some(mut sign_in), Some((_, rules))) => {
            sign_in.policy = Policy::new(rules);
            Ok(Some(sign_in))
        }
    }
}

fn read_sign_in(fields: &DeTable<'_>, line_of: &dyn Fn(usize) -> usize) -> Result<SignIn, String> {
    let mut forward_auth = ForwardAuth::default();
    let mut method = None;
    let mut sign_out_url = None;
    let mut openid: [Option<String>; 8] = Default::default();
    const OPENID_KEYS: [&str; 8] = [
        "issuer",
        "client-id",
        "client-secret-file",
        "groups-claim",
        "session-key-file",
        "session-idle",
        "session-max",
        "provider-name",
    ];
    for (key, value) in fields.iter() {
        let line = line_of(key.span().start);
        let name = key.get_ref().as_ref();
        let at = |problem: String| format!(" line {line}: `{name}`: {problem}");
        let text = match value.get_ref() {
            DeValue::Integer(number) if name.starts_with("session-") => number.as_str().to_owned(),
            other => string(other).map_err(at)?,
        };
        if let Some(index) = OPENID_KEYS.iter().position(|known| *known == name) {
            if text.trim().is_empty() {
                return Err(at("give a value".into()));
            }
            openid[index] = Some(text);
            continue;
        }
        match name {
            "method" => match text.as_str() {
                "forward-auth" | "openid" => method = Some(text.clone()),
                _ => return Err(at(format!("{text:?} is not a sign-in method: give \"forward-auth\" or \"openid\""))),
            },
            "user-header" => forward_auth.user_header = header_name(&text).map_err(at)?,
            "email-header" => forward_auth.email_header = header_name(&text).map_err(at)?,
            "groups-header" => forward_auth.groups_header = header_name(&text).map_err(at)?,
            "groups-separator" => {
                if text.is_empty() || text.chars().count() > 4 {
                    return Err(at("give 1 to 4 characters, e.g. \",\" or \"|\"".into()));
                }
                forward_auth.groups_separator = text;
            }
            "sign-out-url" => {
                if !(text.starts_with("https://") || text.starts_with("http://") || text.starts_with('/')) {
                    return Err(at("give an http(s) URL or a path starting with /".into()));
                }
                sign_out_url = Some(text);
            }
            other => {
                return Err(format!(" line {line}: unknown key `{other}`: [sign-in] has method, user-header, email-header, groups-header, groups-separator, sign-out-url, and for openid issuer, client-id, client-secret-file, groups-claim, session-key-file, session-idle, session-max, provider-name"))
            }
        }
    }
    let Some(method) = method else {
        return Err("[sign-in] has no `method`: give method = \"forward-auth\" or \"openid\"".into());
    };
    let names = [&forward_auth.user_header, &forward_auth.email_header, &forward_auth.groups_header];
    if names[0] == names[1] || names[0] == names[2] || names[1] == names[2] {
        return Err("[sign-in]: the user, email and groups headers must be three different headers".into());
    }
    let openid = if method == "openid" { Some(openid_settings(openid)?) } else { None };
    Ok(SignIn { forward_auth, policy: Policy::default(), sign_out_url, openid })
}

/// `[sign-in]`'s OpenID keys, checked; the defaults: groups claim `groups`, idle 8 hours, at most 12.
fn openid_settings(values: [Option<String>; 8]) -> Result<OpenIdSettings, String> {
    let [issuer, client_id, secret, groups, key, idle, max, name] = values;
    let need = |value: Option<String>, key: &str| {
        value.ok_or_else(|| format!("[sign-in] with method = \"openid\" needs `{key}`"))
    };
    let issuer = need(issuer, "issuer")?;
    if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
        return Err(format!("[sign-in]: `issuer` {issuer:?} is not an http(s) URL"));
    }
    let seconds = |value: Option<String>, key: &str, default: u64| -> Result<std::time::Duration, String> {
        match value {
            None => Ok(std::time::Duration::from_secs(default)),
            Some(text) => match text.parse::<u64>() {
                Ok(seconds) if seconds >= 60 => Ok(std::time::Duration::from_secs(seconds)),
                _ => Err(format!("[sign-in]: `{key}` {text:?} is not a number of seconds of at least 60")),
            },
        }
    };
    let times = SessionTimes {
        idle: seconds(idle, "session-idle", 8 * 3600)?,
        max: seconds(max, "session-max", 12 * 3600)?,
    };
    if times.idle > times.max {
        return Err("[sign-in]: `session-idle` is longer than `session-max`".into());
    }
    Ok(OpenIdSettings {
        issuer,
        client_id: need(client_id, "client-id")?,
        client_secret_file: need(secret, "client-secret-file")?.into(),
        groups_claim: groups.unwrap_or_else(|| "groups".into()),
        session_key_file: need(key, "session-key-file")?.into(),
        times,
        provider_name: name.unwrap_or_else(|| "your identity provider".into()),
    })
}

/// A header name as configured: letters, digits and dashes only (never an underscore: some proxies
/// drop such headers and some servers fold them into the dashed name).
fn header_name(text: &str) -> Result<HeaderName, String> {
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("{text:?} is not a header name: use letters, digits and dashes"));
    }
    HeaderName::from_bytes(text.as_bytes()).map_err(|_| format!("{text:?} is not a header name"))
}

fn read_rule(fields: &DeTable<'_>, line_of: &dyn Fn(usize) -> usize) -> Result<AccessRule, String> {
    let (mut subject, mut role, mut owners, mut include_customers, mut servers) =
        (None, None, Vec::new(), false, None);
    for (key, value) in fields.iter() {
        let line = line_of(key.span().start);
        let name = key.get_ref().as_ref();
        let at = |problem: String| format!(" line {line}: `{name}`: {problem}");
        match name {
            "group" | "user" => {
                if subject.is_some() {
                    return Err(at("give either group or user, once".into()));
                }
                let text = string(value.get_ref()).map_err(at)?;
                if text.trim().is_empty() || text.trim() != text {
                    return Err(at("give a name without surrounding blanks".into()));
                }
                subject = Some(if name == "group" { Subject::Group(text) } else { Subject::User(text) });
            }
            "role" => {
                let text = string(value.get_ref()).map_err(at)?;
                role = Some(Role::parse(&text).ok_or_else(|| at(format!("{text:?} is not a role: give admin, owner or viewer")))?);
            }
            "owners" => owners = strings(value.get_ref()).map_err(at)?,
            "include-customers" => match value.get_ref() {
                DeValue::Boolean(flag) => include_customers = *flag,
                _ => return Err(at("give true or false".into())),
            },
            "servers" => {
                let names = strings(value.get_ref()).map_err(at)?;
                for server in &names {
                    crate::servers_file::check_name(server.clone()).map_err(at)?;
                }
                servers = Some(names);
            }
            other => {
                return Err(format!(" line {line}: unknown key `{other}`: an [[access]] rule has group or user, role, owners, include-customers and servers"))
            }
        }
    }
    let subject = subject.ok_or("this [[access]] rule names nobody: give group = \"…\" or user = \"…\"")?;
    let role = role.ok_or("this [[access]] rule has no `role`: give admin, owner or viewer")?;
    match role {
        Role::Owner if owners.is_empty() => {
            return Err("an owner rule needs `owners`: the Plesk logins whose keys it reaches".into())
        }
        Role::Admin if !owners.is_empty() || include_customers => {
            return Err("an admin rule reaches every key: leave out `owners` and `include-customers`".into())
        }
        _ => {}
    }
    if include_customers && owners.is_empty() {
        return Err("`include-customers` needs `owners` (the resellers whose customers count)".into());
    }
    Ok(AccessRule { subject, role, owners, include_customers, servers })
}

/// A list of non-empty strings without surrounding blanks (Plesk logins, server names).
fn strings(value: &DeValue<'_>) -> Result<Vec<String>, String> {
    let DeValue::Array(items) = value else { return Err("give a list, e.g. [\"acme\"]".into()) };
    items
        .iter()
        .map(|item| {
            let text = string(item.get_ref())?;
            if text.is_empty()
                || text.trim() != text
                || text.chars().any(|c| c.is_control() || plesk_xmlapi::is_hidden_char(c))
            {
                return Err(format!("{text:?}: give names without blanks around them or hidden characters"));
            }
            Ok(text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"listen = "127.0.0.1:8080"

[sign-in]
method = "forward-auth"
groups-separator = "|"
sign-out-url = "https://portal.example.com/oauth2/sign_out"

[[access]]
group = "resellers-acme"
role = "owner"
owners = ["acme"]
include-customers = true
servers = ["eu1", "us1"]

[[access]]
user = "root@example.com"
role = "admin"
"#;

    #[test]
    fn the_documented_example_reads() {
        let sign_in = parse_sign_in(EXAMPLE).unwrap().unwrap();
        assert_eq!(sign_in.forward_auth.groups_separator, "|");
        assert_eq!(sign_in.forward_auth.user_header.as_str(), "x-forwarded-user");
        assert_eq!(sign_in.sign_out_url.as_deref(), Some("https://portal.example.com/oauth2/sign_out"));
        let rules = sign_in.policy.rules();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].subject, Subject::Group("resellers-acme".into()));
        assert_eq!((rules[0].role, rules[0].include_customers), (Role::Owner, true));
        assert_eq!(rules[0].servers.as_deref(), Some(&["eu1".to_owned(), "us1".to_owned()][..]));
        assert_eq!((rules[1].role, rules[1].servers.clone()), (Role::Admin, None));
        assert_eq!(parse_sign_in("listen = \"127.0.0.1:1\"\n").unwrap(), None);
    }

    #[test]
    fn an_openid_sign_in_reads_with_its_defaults() {
        let text = "[sign-in]\nmethod = \"openid\"\nissuer = \"https://id.example.com/realms/staff\"\nclient-id = \"plesk-keys\"\nclient-secret-file = \"/etc/plesk-keys/oidc-secret\"\nsession-key-file = \"/var/lib/plesk-keys/session.key\"\nprovider-name = \"Keycloak\"\n\n[[access]]\ngroup = \"g\"\nrole = \"admin\"\n";
        let openid = parse_sign_in(text).unwrap().unwrap().openid.unwrap();
        assert_eq!(openid.issuer, "https://id.example.com/realms/staff");
        assert_eq!((openid.groups_claim.as_str(), openid.provider_name.as_str()), ("groups", "Keycloak"));
        assert_eq!(
            openid.times,
            SessionTimes {
                idle: std::time::Duration::from_secs(8 * 3600),
                max: std::time::Duration::from_secs(12 * 3600)
            }
        );
        assert!(parse_sign_in(EXAMPLE).unwrap().unwrap().openid.is_none());
    }

    #[test]
    fn every_problem_names_its_line() {
        let with = |sign_in: &str, rule: &str| format!("[sign-in]\n{sign_in}\n[[access]]\n{rule}\n");
        let ok_rule = "group = \"g\"\nrole = \"admin\"";
        let cases = [
            (with("method = \"openid\"", ok_rule), " line 1: [sign-in] with method = \"openid\" needs `issuer`"),
            (with("method = \"basic\"", ok_rule), " line 2: `method`"),
            (with("method = \"forward-auth\"\nuser-header = \"X_User\"", ok_rule), " line 3: `user-header`"),
            (with("method = \"forward-auth\"\ncolour = \"red\"", ok_rule), " line 3: unknown key `colour`"),
            (with("method = \"forward-auth\"", "group = \"g\"\nrole = \"root\""), " line 5: `role`"),
            (
                with("method = \"forward-auth\"", "group = \"g\"\nrole = \"owner\""),
                " line 4: an owner rule needs `owners`",
            ),
            (
                with("method = \"forward-auth\"", "role = \"admin\""),
                " line 4: this [[access]] rule names nobody",
            ),
            (
                with("method = \"forward-auth\"", "group = \"g\"\nrole = \"viewer\"\nowners = [\" acme\"]"),
                " line 6: `owners`",
            ),
            (
                with("method = \"forward-auth\"", "group = \"g\"\nrole = \"admin\"\nservers = [\"EU\"]"),
                " line 6: `servers`",
            ),
            (
                with("method = \"forward-auth\"", "group = \"g\"\nuser = \"u\"\nrole = \"admin\""),
                " line 5: `user`",
            ),
            (
                with("method = \"forward-auth\"\nemail-header = \"X-Forwarded-User\"", ok_rule),
                " line 1: [sign-in]: the user, email",
            ),
            (with("user-header = \"X-User\"", ok_rule), " line 1: [sign-in] has no `method`"),
            (
                with("method = \"openid\"\nissuer = \"https://id.example\"\nclient-id = \"pk\"\nclient-secret-file = \"/s\"\nsession-key-file = \"/k\"\nsession-idle = 30", ok_rule),
                " line 1: [sign-in]: `session-idle` \"30\"",
            ),
            (
                "[[access]]\ngroup = \"g\"\nrole = \"admin\"\n".into(),
                " line 1: [[access]] rules need a [sign-in]",
            ),
            ("[sign-in]\nmethod = \"forward-auth\"\n".into(), ": [sign-in] needs at least one [[access]]"),
        ];
        for (text, expected) in cases {
            let error = parse_sign_in(&text).unwrap_err();
            assert!(error.starts_with(expected), "{text:?}: {error}");
        }
    }
}
