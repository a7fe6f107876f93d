//! Every answer `serve` gives of its own (not Plesk's, not the panel's files): one enum, each
//! variant a status and a plain sentence, turned into a response in one place.

use axum::body::Body;
use axum::http::header::{HeaderValue, ALLOW, CACHE_CONTROL, CONNECTION, CONTENT_TYPE, VARY};
use axum::http::{Response, StatusCode};
use axum::response::IntoResponse;

/// What the panel's pages answer when this binary has no panel to serve.
const NO_PANEL: &str = "Not found: this plesk-keys has no panel built in. Run `cargo xtask dist` and pass \
    `--dist dist`, or build the binary with the panel inside: `cargo xtask package`.\n";

/// A request `serve` answers itself, with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Transfer-Encoding is not accepted: send the body with Content-Length.\n")]
    TransferEncoding,
    #[error("An HTTP/1.1 request needs a Host header.\n")]
    MissingHost,
    #[error("A request may name its host only once.\n")]
    DuplicateHost,
    #[error("The Host header is not a host name.\n")]
    UndecodableHost,
    #[error("This server does not answer to that host name.\n")]
    MisdirectedHost,
    #[error("There is no server of that name.\n")]
    UnknownServer,
    #[error("Only POST is allowed on the agent path.\n")]
    AgentMethod,
    #[error("Only GET and HEAD are allowed here.\n")]
    ReadOnlyMethod,
    #[error("This origin is not allowed to use the agent path.\n")]
    ForeignOrigin,
    #[error("Send each credential header (KEY, HTTP_AUTH_LOGIN, HTTP_AUTH_PASSWD) at most once.\n")]
    DuplicateCredential,
    #[error("A credential header (KEY, HTTP_AUTH_LOGIN, HTTP_AUTH_PASSWD) holds characters other than visible ASCII.\n")]
    UnreadableCredential,
    #[error("The server is busy: try again in a moment.\n")]
    Busy,
    #[error("The audit log cannot record this change, so it was not sent to Plesk: try again later.\n")]
    AuditUnavailable,
    #[error("The request body arrived too slowly.\n")]
    BodyTooSlow,
    #[error("The request body is too large.\n")]
    BodyTooLarge,
    #[error("The request body could not be read.\n")]
    BodyUnreadable,
    #[error("The Plesk server did not answer in time.\n")]
    UpstreamTimeout,
    #[error("The Plesk server could not be reached.\n")]
    UpstreamUnreachable,
    #[error("The Plesk server answered with something other than an XML API packet.\n")]
    UpstreamNotXml,
    #[error("Sign in through the portal first: this panel works for signed-in people only.\n")]
    NotSignedIn,
    #[error("Your session has ended (expired, signed out, or never begun): sign in again; what you typed stays in the form.\n")]
    SessionEnded,
    #[error("The sign-in headers were refused (sent twice, not plain text, spelt with underscores, or from an address that is not the portal's proxy).\n")]
    IdentityRefused,
    #[error("Only the panel's own page may send requests here (same origin).\n")]
    CrossSite,
    #[error("You have no access to this server.\n")]
    ServerOutOfScope,
    #[error("The service holds no Plesk key for this server; ask the operator to set its key-file.\n")]
    NoHeldKey,
    #[error("Your scope on this server could not be read from Plesk; try again in a moment.\n")]
    ScopeUnavailable,
    #[error("{NO_PANEL}")]
    NoPanel,
    #[error("Not found: build the panel with `cargo xtask dist`.\n")]
    PanelNotBuilt,
    #[error("Not found.\n")]
    NotFound,
    #[error("No randomness for a CSP nonce.\n")]
    NoNonce,
    #[error("The Content-Security-Policy is invalid.\n")]
    InvalidPolicy,
}

impl Refusal {
    pub fn status(self) -> StatusCode {
        use Refusal::*;
        match self {
            TransferEncoding | MissingHost | DuplicateHost | UndecodableHost | DuplicateCredential
            | UnreadableCredential | BodyUnreadable => StatusCode::BAD_REQUEST,
            MisdirectedHost => StatusCode::MISDIRECTED_REQUEST,
            UnknownServer | NoPanel | PanelNotBuilt | NotFound => StatusCode::NOT_FOUND,
            NoNonce | InvalidPolicy => StatusCode::INTERNAL_SERVER_ERROR,
            AgentMethod | ReadOnlyMethod => StatusCode::METHOD_NOT_ALLOWED,
            ForeignOrigin | CrossSite | ServerOutOfScope => StatusCode::FORBIDDEN,
            NotSignedIn | SessionEnded | IdentityRefused => StatusCode::UNAUTHORIZED,
            NoHeldKey | ScopeUnavailable => StatusCode::BAD_GATEWAY,
            Busy | AuditUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            BodyTooSlow => StatusCode::REQUEST_TIMEOUT,
            BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            UpstreamTimeout => StatusCode::GATEWAY_TIMEOUT,
            UpstreamUnreachable | UpstreamNotXml => StatusCode::BAD_GATEWAY,
        }
    }
}

impl Refusal {
    /// The code the panel words this refusal by (`REFUSAL_HEADER`): the refusals a person using
    /// the panel can meet; `None` for the rest (their English body is for operators and scripts).
    pub fn code(self) -> Option<&'static str> {
        use plesk_xmlapi::contract::refusal::*;
        Some(match self {
            Refusal::NotSignedIn => NOT_SIGNED_IN,
            Refusal::SessionEnded => SESSION_ENDED,
            Refusal::IdentityRefused => IDENTITY_REFUSED,
            Refusal::CrossSite => CROSS_SITE,
            Refusal::ServerOutOfScope => SERVER_OUT_OF_SCOPE,
            Refusal::ForeignOrigin => FOREIGN_ORIGIN,
            _ => return None,
        })
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> axum::response::Response {
        let mut response = Response::new(Body::from(self.to_string()));
        *response.status_mut() = self.status();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(code) = self.code() {
            headers.insert(plesk_xmlapi::contract::REFUSAL_HEADER, HeaderValue::from_static(code));
        }
        match self {
            // The body may follow in a form the next hop reads differently: end the connection.
            Refusal::TransferEncoding => {
                headers.insert(CONNECTION, HeaderValue::from_static("close"));
            }
            Refusal::AgentMethod => {
                headers.insert(ALLOW, HeaderValue::from_static("POST, OPTIONS"));
            }
            Refusal::ReadOnlyMethod => {
                headers.insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
            }
            Refusal::ForeignOrigin => {
                headers.insert(VARY, HeaderValue::from_static("Origin"));
            }
            _ => {}
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_is_a_sentence_with_its_status() {
        let response = Refusal::AgentMethod.into_response();
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(response.headers()[ALLOW], "POST, OPTIONS");
        assert_eq!(response.headers()[CACHE_CONTROL], "no-store");
        assert_eq!(Refusal::TransferEncoding.into_response().headers()[CONNECTION], "close");
        let refused = Refusal::SessionEnded.into_response();
        assert_eq!(refused.headers()[plesk_xmlapi::contract::REFUSAL_HEADER], "session-ended");
        assert!(!Refusal::Busy
            .into_response()
            .headers()
            .contains_key(plesk_xmlapi::contract::REFUSAL_HEADER));
        for refusal in [Refusal::AuditUnavailable, Refusal::UpstreamNotXml, Refusal::NoPanel] {
            let text = refusal.to_string();
            assert!(text.ends_with(".\n") && text.len() > 20, "{text:?}");
        }
    }

    /// The panel says each coded refusal in the person's language (`api-refusal-<code>` in
    /// `locales/*/panel-forms.ftl`); in English, exactly what `serve` writes.
    #[test]
    fn the_panel_words_every_coded_refusal_as_serve_does() {
        use fluent_bundle::{FluentBundle, FluentResource};
        let source = include_str!("../../../../locales/en/panel-forms.ftl").to_owned();
        let mut bundle = FluentBundle::new(vec!["en".parse().expect("a tag")]);
        bundle.add_resource(FluentResource::try_new(source).expect("English parses")).expect("unique IDs");
        let all = [
            Refusal::NotSignedIn,
            Refusal::SessionEnded,
            Refusal::IdentityRefused,
            Refusal::CrossSite,
            Refusal::ServerOutOfScope,
            Refusal::ForeignOrigin,
        ];
        for refusal in all {
            let code = refusal.code().expect("a code");
            let message = bundle.get_message(&format!("api-refusal-{code}")).and_then(|m| m.value());
            let message = message.unwrap_or_else(|| panic!("api-refusal-{code} is missing"));
            let text = bundle.format_pattern(message, None, &mut Vec::new()).into_owned();
            assert_eq!(text, refusal.to_string().trim_end(), "{code}");
        }
    }
}
