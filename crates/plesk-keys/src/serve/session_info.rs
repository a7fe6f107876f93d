//! `session.json` in the signed-in mode: who the portal says is asking, and on which servers they
//! may do what (role, and the Plesk logins in scope), for the panel's header and owner choice.
//! The key mode has no such file (404). Nothing in it is secret; no Plesk key is ever in it.
//!
//! ```json
//! {"person":{"subject":"ana","name":"ana@example.com"},"sign_out":"https://portal/sign_out",
//!  "servers":[{"name":"eu1","label":"Frankfurt 1","role":"owner","rule":1,"may_change":true,
//!              "owners":["acme","jdoe"],"line":"ana@example.com — owner of acme, jdoe, 1 server"}]}
//! ```
//! `line` is the panel's header on that server, worded here once.
//! `owners` is `null` where every key of the server is in reach (an admin, a viewer without owners).

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::Response;
use axum::response::IntoResponse;
use axum::Extension;
use serde_json::{json, Value};

use super::access::Role;
use super::error::Refusal;
use super::forwarded::RequestOrigin;
use super::identity::IdentityError;
use super::state::App;

/// How many owners a header names before "…".
const OWNERS_NAMED: usize = 3;

/// The panel's header on one server: "Ana Silva — owner of acme, jdoe, 2 servers".
fn header_line(name: &str, role: Role, owners: Option<&[String]>, servers: usize) -> String {
    let count = if servers == 1 { "1 server".to_owned() } else { format!("{servers} servers") };
    let named = |owners: &[String]| {
        let mut named = owners.iter().take(OWNERS_NAMED).cloned().collect::<Vec<_>>().join(", ");
        if owners.len() > OWNERS_NAMED {
            named.push_str(", …");
        }
        named
    };
    let role = match (role, owners) {
        (Role::Admin, _) => "administrator".to_owned(),
        (Role::Owner, Some(owners)) => format!("owner of {}", named(owners)),
        (Role::Viewer, Some(owners)) if !owners.is_empty() => format!("read only: {}", named(owners)),
        (Role::Viewer, _) => "read only, every key".to_owned(),
        (Role::Owner, None) => "owner".to_owned(),
    };
    format!("{name} — {role}, {count}")
}

pub async fn session(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    request: Request,
) -> Response<Body> {
    let Some(mode) = &app.signed_in else { return Refusal::NotFound.into_response() };
    let identity = match mode.identify(request.headers(), &seen) {
        Ok(identity) => identity,
        Err(error) => {
            tracing::warn!("session.json for {} refused: {error}", seen.peer);
            if let Some(openid) = &mode.openid {
                // The panel shows this sentence as its link to auth/login.
                let mut response = Response::new(Body::from(format!(
                    "Sign in with {} to use the panel.\n",
                    openid.settings.provider_name
                )));
                *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
                response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
                return response;
            }
            return match error {
                IdentityError::NotSignedIn => Refusal::NotSignedIn,
                _ => Refusal::IdentityRefused,
            }
            .into_response();
        }
    };
    let fleet = app.fleet();
    let mut reached = Vec::new();
    for server in fleet.servers() {
        let Some(grant) = mode.settings.policy.grant(&identity, &server.name) else { continue };
        // A scope Plesk could not tell now still lists the server (its packets will say why).
        let owners = match mode.scope(server, &grant).await {
            Ok(scope) if scope.reaches_every_key() => None,
            Ok(scope) => Some(scope.logins()),
            Err(_) => Some(grant.owners.clone()),
        };
        reached.push((server, grant, owners));
    }
    let count = reached.len();
    let servers: Vec<Value> = reached
        .into_iter()
        .map(|(server, grant, owners)| {
            json!({
                "name": server.name,
                "label": server.label,
                "role": grant.role.as_str(),
                "rule": grant.rule,
                "may_change": grant.role.may_change(),
                "line": header_line(identity.shown_name(), grant.role, owners.as_deref(), count),
                "owners": owners,
            })
        })
        .collect();
    // OpenID: Sign out is the service's own (it ends the session, then the provider's).
    let sign_out = mode
        .settings
        .sign_out_url
        .clone()
        .or_else(|| mode.openid.as_ref().map(|_| super::openid::LOGOUT_PATH.to_owned()));
    let body = json!({
        "person": {"subject": identity.subject, "name": identity.shown_name()},
        "sign_out": sign_out,
        "servers": servers,
    });
    let mut response = Response::new(Body::from(body.to_string()));
    // OpenID: the panel asking is activity; the idle timeout starts again (a fresh cookie).
    if let Some(refreshed) =
        mode.openid.as_ref().and_then(|openid| openid.refreshed_cookie(request.headers()))
    {
        if let Ok(value) = HeaderValue::from_str(&refreshed) {
            response.headers_mut().insert(axum::http::header::SET_COOKIE, value);
        }
    }
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("vary", HeaderValue::from_static("*"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_says_who_and_what_on_the_server() {
        let owners = ["acme".to_owned(), "jdoe".to_owned()];
        assert_eq!(
            header_line("Ana Silva", Role::Owner, Some(&owners), 2),
            "Ana Silva — owner of acme, jdoe, 2 servers"
        );
        assert_eq!(header_line("sam", Role::Viewer, None, 1), "sam — read only, every key, 1 server");
        assert_eq!(header_line("root", Role::Admin, None, 3), "root — administrator, 3 servers");
        let many: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(header_line("ana", Role::Viewer, Some(&many), 1), "ana — read only: a, b, c, …, 1 server");
    }
}
