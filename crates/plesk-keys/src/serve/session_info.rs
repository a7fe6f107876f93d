//! `session.json` in the signed-in mode: who the portal says is asking, and on which servers they
//! may do what (role, and the Plesk logins in scope), for the panel's header and owner choice.
//! The key mode has no such file (404). Nothing in it is secret; no Plesk key is ever in it.
//!
//! ```json
//! {"person":{"subject":"ana","name":"ana@example.com"},"sign_out":"https://portal/sign_out",
//!  "servers":[{"name":"eu1","label":"Frankfurt 1","role":"owner","rule":1,"may_change":true,
//!              "owners":["acme","jdoe"]}]}
//! ```
//! `owners` is `null` where every key of the server is in reach (an admin, a viewer without owners).

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::Response;
use axum::response::IntoResponse;
use axum::Extension;
use serde_json::{json, Value};

use super::error::Refusal;
use super::forwarded::RequestOrigin;
use super::identity::IdentityError;
use super::state::App;

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
            return match error {
                IdentityError::NotSignedIn => Refusal::NotSignedIn,
                _ => Refusal::IdentityRefused,
            }
            .into_response();
        }
    };
    let fleet = app.fleet();
    let mut servers = Vec::new();
    for server in fleet.servers() {
        let Some(grant) = mode.settings.policy.grant(&identity, &server.name) else { continue };
        // A scope Plesk could not tell now still lists the server (its packets will say why).
        let owners = match mode.scope(server, &grant).await {
            Ok(scope) if scope.reaches_every_key() => Value::Null,
            Ok(scope) => Value::from(scope.logins()),
            Err(_) => Value::from(grant.owners.clone()),
        };
        servers.push(json!({
            "name": server.name,
            "label": server.label,
            "role": grant.role.as_str(),
            "rule": grant.rule,
            "may_change": grant.role.may_change(),
            "owners": owners,
        }));
    }
    let body = json!({
        "person": {"subject": identity.subject, "name": identity.shown_name()},
        "sign_out": mode.settings.sign_out_url,
        "servers": servers,
    });
    let mut response = Response::new(Body::from(body.to_string()));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("vary", HeaderValue::from_static("*"));
    response
}
