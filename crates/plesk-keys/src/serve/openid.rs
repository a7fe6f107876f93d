//! Signing people in with the organisation's OpenID Connect provider (`method = "openid"` in
//! `[sign-in]`): discovery, the authorization code flow with PKCE (S256), the ID token checked by
//! the `openidconnect` crate (issuer, audience, nonce, signature from the JWKS, expiry; the JWKS
//! fetched again once when a token names a key it lacks), then a sealed session cookie
//! (`session_cookie.rs`). Routes, below the panel: `auth/login`, `auth/callback` (the redirect URI
//! printed at start), `auth/logout` — their handlers are in `openid_routes.rs`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::http::HeaderMap;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient, CoreClientAuthMethod,
    CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
    CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
};
use openidconnect::{
    AdditionalProviderMetadata, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata,
    RedirectUrl, Scope, TokenResponse,
};
use serde_json::{json, Value};
use tokio::sync::RwLock;

use super::identity::{Identity, IdentitySource};
use super::session_cookie::{
    now, random_id, session_of, set_cookie, Session, SessionKey, SessionRefusal, SessionTimes, SignedOut,
    LOGIN_COOKIE, SESSION_COOKIE,
};
use crate::tls::{client_config, TlsTrust};

/// The path below the panel the provider sends people back to.
pub const CALLBACK_PATH: &str = "auth/callback";
pub const LOGIN_PATH: &str = "auth/login";
pub const LOGOUT_PATH: &str = "auth/logout";
/// How long a sign-in may take between the redirect and the callback.
pub const LOGIN_TIME: Duration = Duration::from_secs(600);

/// `[sign-in]` with `method = "openid"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenIdSettings {
    pub issuer: String,
    pub client_id: String,
    pub client_secret_file: PathBuf,
    /// The ID token claim that lists the person's groups.
    pub groups_claim: String,
    pub session_key_file: PathBuf,
    pub times: SessionTimes,
    /// What the panel's button says: "Sign in with NAME".
    pub provider_name: String,
}

/// The discovery document's `end_session_endpoint` (RP-initiated logout), beside the core fields.
#[derive(Clone, Debug, serde::Deserialize, serde::Serialize)]
struct EndSession {
    end_session_endpoint: Option<String>,
}

impl AdditionalProviderMetadata for EndSession {}

type Metadata = ProviderMetadata<
    EndSession,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// Why a sign-in failed, in plain words (each shown to the person and logged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    #[error("The identity provider could not be reached ({0}). Try again in a moment.")]
    Unreachable(String),
    #[error("This sign-in link was already used or has expired. Sign in again.")]
    StateMismatch,
    #[error("You did not allow the sign-in at the identity provider ({0}).")]
    Refused(String),
    #[error("The identity provider's answer could not be used: {0}. Sign in again.")]
    Invalid(String),
    #[error("The clocks of this service and of the identity provider disagree too much ({0}). Ask your administrator to check the server time.")]
    ClockSkew(String),
}

/// The HTTP client the flow uses: this binary's hyper and rustls (system roots).
type HttpClient = Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

/// The flow's HTTP client as `openidconnect` calls it: owned, so its futures borrow nothing.
#[derive(Clone)]
struct Http(HttpClient);

type HttpFuture<'c> = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<openidconnect::HttpResponse, HttpError>> + Send + 'c>,
>;

impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = HttpError;
    type Future = HttpFuture<'c>;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        let client = self.0.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let request = hyper::Request::from_parts(parts, Full::new(Bytes::from(body)));
            let answer = tokio::time::timeout(Duration::from_secs(15), client.request(request))
                .await
                .map_err(|_| HttpError("no answer within 15 seconds".into()))?
                .map_err(|error| HttpError(error.to_string()))?;
            let (parts, body) = answer.into_parts();
            let body = body.collect().await.map_err(|error| HttpError(error.to_string()))?.to_bytes();
            Ok(openidconnect::HttpResponse::from_parts(parts, body.to_vec()))
        })
    }
}

/// The OpenID sign-in of a running service.
pub struct OpenId {
    pub settings: OpenIdSettings,
    client_secret: String,
    pub key: SessionKey,
    pub signed_out: SignedOut,
    redirect_uri: String,
    http: HttpClient,
    /// The discovery document (with the JWKS), fetched when first needed and again when a token
    /// names a key it lacks.
    metadata: RwLock<Option<Arc<Metadata>>>,
}

/// The person's session checked from a request, as an identity.
pub fn identity_of(session: &Session) -> Identity {
    Identity {
        subject: session.subject.clone(),
        email: session.email.clone(),
        display_name: session.name.clone(),
        groups: session.groups.clone(),
        source: IdentitySource::OpenId,
    }
}

impl OpenId {
    /// Reads the client secret and the session key (made when missing); `base` is where the panel
    /// is served (the redirect URI is below it).
    pub fn new(settings: OpenIdSettings, base: &str) -> Result<Self, String> {
        let secret = std::fs::read_to_string(&settings.client_secret_file)
            .map_err(|error| {
                format!("cannot read client-secret-file {}: {error}", settings.client_secret_file.display())
            })?
            .trim()
            .to_owned();
        let key =
            SessionKey::load_or_create(&settings.session_key_file).map_err(|error| error.to_string())?;
        let tls = client_config(&TlsTrust::System).map_err(|error| error.to_string())?;
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        Ok(OpenId {
            settings,
            client_secret: secret,
            key,
            signed_out: SignedOut::default(),
            redirect_uri: format!("{}/{CALLBACK_PATH}", base.trim_end_matches('/')),
            http: Client::builder(TokioExecutor::new()).build(connector),
            metadata: RwLock::new(None),
        })
    }

    /// The redirect URI to register at the provider.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The panel's own address (where the redirect URI is below).
    pub fn panel_url(&self) -> String {
        self.redirect_uri.trim_end_matches(CALLBACK_PATH).to_owned()
    }

    /// The signed-in person of a request (its session cookie).
    pub fn session(&self, headers: &HeaderMap) -> Result<Session, SessionRefusal> {
        session_of(headers, &self.key, self.settings.times, &self.signed_out)
    }

    /// A `Set-Cookie` with the request's session marked as used now, when it was last marked more
    /// than a minute ago (the idle timeout counts from the last use).
    pub fn refreshed_cookie(&self, headers: &HeaderMap) -> Option<String> {
        let session = self.session(headers).ok()?;
        let now = now();
        if now < session.seen + 60 {
            return None;
        }
        let left = (session.began + self.settings.times.max.as_secs()).saturating_sub(now);
        let sealed = self.key.seal(SESSION_COOKIE, &Session { seen: now, ..session }.to_value())?;
        Some(set_cookie(SESSION_COOKIE, &sealed, Duration::from_secs(left)))
    }

    async fn discover(&self, again: bool) -> Result<Arc<Metadata>, SignInError> {
        if !again {
            if let Some(metadata) = self.metadata.read().await.as_ref() {
                return Ok(Arc::clone(metadata));
            }
        }
        let issuer =
            IssuerUrl::new(self.settings.issuer.clone()).map_err(|e| SignInError::Invalid(e.to_string()))?;
        let http = Http(self.http.clone());
        let metadata = Metadata::discover_async(issuer, &http).await.map_err(|error| {
            tracing::warn!("OpenID discovery at {} failed: {error}", self.settings.issuer);
            SignInError::Unreachable(error.to_string())
        })?;
        let metadata = Arc::new(metadata);
        *self.metadata.write().await = Some(Arc::clone(&metadata));
        Ok(metadata)
    }

    fn client(
        &self,
        metadata: &Metadata,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        SignInError,
    > {
        let core = openidconnect::core::CoreProviderMetadata::new(
            metadata.issuer().clone(),
            metadata.authorization_endpoint().clone(),
            metadata.jwks_uri().clone(),
            metadata.response_types_supported().clone(),
            metadata.subject_types_supported().clone(),
            metadata.id_token_signing_alg_values_supported().clone(),
            openidconnect::EmptyAdditionalProviderMetadata {},
        )
        .set_jwks(metadata.jwks().clone())
        .set_token_endpoint(metadata.token_endpoint().cloned())
        .set_userinfo_endpoint(metadata.userinfo_endpoint().cloned());
        let redirect =
            RedirectUrl::new(self.redirect_uri.clone()).map_err(|e| SignInError::Invalid(e.to_string()))?;
        Ok(CoreClient::from_provider_metadata(
            core,
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.client_secret.clone())),
        )
        .set_redirect_uri(redirect))
    }

    /// Starts a sign-in: the provider's authorization URL and the sealed state for the callback.
    pub async fn begin(&self) -> Result<(String, String), SignInError> {
        let metadata = self.discover(false).await?;
        let client = self.client(&metadata)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .add_scope(Scope::new(self.settings.groups_claim.clone()))
            .set_pkce_challenge(challenge)
            .url();
        let pending = json!({"state": state.secret(), "nonce": nonce.secret(), "verifier": verifier.secret(), "at": now()});
        let sealed = self
            .key
            .seal(LOGIN_COOKIE, &pending)
            .ok_or_else(|| SignInError::Invalid("no randomness".into()))?;
        Ok((url.to_string(), sealed))
    }

    /// Finishes a sign-in from the callback's `code` and `state` and the login cookie's value.
    pub async fn finish(
        &self,
        code: &str,
        state: &str,
        pending: Option<&str>,
    ) -> Result<Session, SignInError> {
        let pending = pending
            .and_then(|sealed| self.key.open(LOGIN_COOKIE, sealed))
            .ok_or(SignInError::StateMismatch)?;
        let field = |name: &str| pending.get(name).and_then(Value::as_str).map(str::to_owned);
        let (Some(expected), Some(nonce), Some(verifier)) =
            (field("state"), field("nonce"), field("verifier"))
        else {
            return Err(SignInError::StateMismatch);
        };
        let fresh =
            pending.get("at").and_then(Value::as_u64).is_some_and(|at| now() < at + LOGIN_TIME.as_secs());
        if !fresh || !same_secret(&expected, state) {
            return Err(SignInError::StateMismatch);
        }
        let metadata = self.discover(false).await?;
        let client = self.client(&metadata)?;
        let http = Http(self.http.clone());
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|error| SignInError::Invalid(error.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(verifier))
            .request_async(&http)
            .await
            .map_err(|error| SignInError::Invalid(format!("the code was not accepted ({error})")))?;
        let id_token = tokens.id_token().ok_or_else(|| SignInError::Invalid("no ID token".into()))?;
        let nonce = Nonce::new(nonce);
        let verifier = client.id_token_verifier();
        let checked = match id_token.claims(&verifier, &nonce) {
            Ok(claims) => Ok(claims.clone()),
            // A key the JWKS we hold lacks: the provider may have rotated its keys; fetch them again, once.
            Err(ClaimsVerificationError::SignatureVerification(_)) => {
                let metadata = self.discover(true).await?;
                let fresh_client = self.client(&metadata)?;
                let fresh_verifier = fresh_client.id_token_verifier();
                let claims = id_token.claims(&fresh_verifier, &nonce).cloned();
                claims
            }
            Err(other) => Err(other),
        };
        let claims = checked.map_err(|error| match error {
            ClaimsVerificationError::Expired(why) => SignInError::ClockSkew(why),
            other => SignInError::Invalid(other.to_string()),
        })?;
        let subject = claims.subject().to_string();
        let groups = match claim_in_token(&id_token.to_string(), &self.settings.groups_claim) {
            Some(listed) => listed,
            // Not in the ID token (providers that keep scope claims for the userinfo endpoint).
            None => self.groups_from_userinfo(&metadata, tokens.access_token().secret(), &subject).await?,
        };
        let now = now();
        Ok(Session {
            id: random_id(),
            subject,
            name: claims.name().and_then(|name| name.get(None)).map(|name| name.to_string()),
            email: claims.email().map(|email| email.to_string()),
            groups,
            began: now,
            seen: now,
        })
    }

    /// The groups the userinfo endpoint lists for the person signed in (its `sub` must be the ID
    /// token's, as the specification requires); none when the provider has no userinfo endpoint.
    async fn groups_from_userinfo(
        &self,
        metadata: &Metadata,
        access_token: &str,
        subject: &str,
    ) -> Result<Vec<String>, SignInError> {
        let Some(endpoint) = metadata.userinfo_endpoint() else { return Ok(Vec::new()) };
        let request = hyper::Request::builder()
            .method("GET")
            .uri(endpoint.url().as_str())
            .header("authorization", format!("Bearer {access_token}"))
            .header("accept", "application/json")
            .body(Vec::new())
            .map_err(|error| SignInError::Invalid(error.to_string()))?;
        let answer = openidconnect::AsyncHttpClient::call(&Http(self.http.clone()), request)
            .await
            .map_err(|error| SignInError::Unreachable(error.to_string()))?;
        if !answer.status().is_success() {
            return Err(SignInError::Invalid(format!(
                "the userinfo endpoint answered HTTP {}",
                answer.status().as_u16()
            )));
        }
        let info: Value = serde_json::from_slice(answer.body())
            .map_err(|_| SignInError::Invalid("the userinfo answer is not JSON".into()))?;
        if info.get("sub").and_then(Value::as_str) != Some(subject) {
            return Err(SignInError::Invalid("the userinfo answer is about someone else".into()));
        }
        Ok(claim_values(info.get(&self.settings.groups_claim)).unwrap_or_default())
    }

    /// Where Sign out sends the browser after the session ends: the provider's end-session
    /// endpoint when it has one, else the panel.
    pub async fn end_session_url(&self, panel: &str) -> String {
        let known = self
            .metadata
            .read()
            .await
            .as_ref()
            .and_then(|m| m.additional_metadata().end_session_endpoint.clone());
        match known {
            Some(endpoint) => format!(
                "{endpoint}{}client_id={}&post_logout_redirect_uri={}",
                if endpoint.contains('?') { "&" } else { "?" },
                percent(&self.settings.client_id),
                percent(panel)
            ),
            None => panel.to_owned(),
        }
    }
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
fn same_secret(expected: &str, given: &str) -> bool {
    expected.len() == given.len()
        && expected.bytes().zip(given.bytes()).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
}

/// The query of a request as name → value (percent- and `+`-decoded; the first of a name wins).
pub fn query_pairs(uri: &axum::http::Uri) -> std::collections::HashMap<String, String> {
    let decode = |text: &str| {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut index = 0;
        while index < bytes.len() {
            match bytes[index] {
                b'+' => out.push(b' '),
                b'%' if index + 2 < bytes.len() && text.is_char_boundary(index + 3) => {
                    match u8::from_str_radix(&text[index + 1..index + 3], 16) {
                        Ok(byte) => {
                            out.push(byte);
                            index += 2;
                        }
                        Err(_) => out.push(b'%'),
                    }
                }
                other => out.push(other),
            }
            index += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    let mut pairs = std::collections::HashMap::new();
    for pair in uri.query().unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        pairs.entry(decode(name)).or_insert_with(|| decode(value));
    }
    pairs
}

/// `text` percent-encoded for a query value.
fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The values a verified ID token gives `claim` (its payload read again: the crate's claim type
/// has no room for it); `None` when the token has no such claim.
fn claim_in_token(jwt: &str, claim: &str) -> Option<Vec<String>> {
    let payload = jwt.split('.').nth(1).and_then(|part| URL_SAFE_NO_PAD.decode(part).ok())?;
    let value: Value = serde_json::from_slice(&payload).ok()?;
    claim_values(value.get(claim))
}

/// A groups claim's values: a list of strings (other items are no group) or one string.
fn claim_values(claim: Option<&Value>) -> Option<Vec<String>> {
    match claim? {
        Value::Array(items) => Some(items.iter().filter_map(Value::as_str).map(str::to_owned).collect()),
        Value::String(one) => Some(vec![one.clone()]),
        _ => Some(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_come_from_the_named_claim() {
        let payload = URL_SAFE_NO_PAD.encode(r#"{"sub":"ana","groups":["a","b",3],"roles":"admin"}"#);
        let jwt = format!("e30.{payload}.sig");
        assert_eq!(claim_in_token(&jwt, "groups"), Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(claim_in_token(&jwt, "roles"), Some(vec!["admin".to_owned()]));
        assert_eq!(claim_in_token(&jwt, "missing"), None, "then the userinfo endpoint is asked");
        assert_eq!(claim_in_token("not a jwt", "groups"), None);
        assert_eq!(percent("https://a.example/x?y=1"), "https%3A%2F%2Fa.example%2Fx%3Fy%3D1");
        let uri: axum::http::Uri = "/auth/callback?code=a%2Bb+c&state=s1&state=s2&error".parse().unwrap();
        let pairs = query_pairs(&uri);
        assert_eq!(pairs["code"], "a+b c");
        assert_eq!(pairs["state"], "s1", "the first of a name wins");
        assert_eq!(pairs["error"], "");
        assert!(same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab"));
    }
}
