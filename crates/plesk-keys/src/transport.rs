//! POSTing packets to one agent endpoint over HTTP or HTTPS: used by the gateway and by the
//! client commands. No redirects are followed; answers are size-capped; a timeout applies.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::header::{HeaderName, HeaderValue};
use hyper::{Request, StatusCode, Uri};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use plesk_xmlapi::limits::MAX_RESPONSE_BYTES;
use plesk_xmlapi::AGENT_PATH;

use crate::tls::{client_config, TlsError, TlsTrust};

/// Why a base URL was refused.
#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    #[error("'{0}' is not a URL; give a Plesk base URL such as https://plesk.example.com:8443")]
    NotAUrl(String),
    #[error("'{0}' must start with https:// (or http:// for loopback tests)")]
    Scheme(String),
    #[error("'{0}' must be a base URL without a query or fragment")]
    NotABase(String),
    /// The URL itself is not repeated: it holds a password.
    #[error("a URL with a user name or password before the host (user:password@host) is refused: it would be shown in labels and logs, and Plesk reads credentials only from headers; give the key in a key file or the panel instead")]
    UserInformation,
    #[error("{0}")]
    Tls(#[from] TlsError),
}

/// What went wrong on the way to the agent endpoint and back.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("cannot reach {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error("the server answered with a redirect (HTTP {0}), which is never followed")]
    Redirect(u16),
    #[error("the answer is larger than {MAX_RESPONSE_BYTES} bytes")]
    TooLarge,
    #[error("the answer could not be read: {0}")]
    Read(String),
}

/// An answer from the agent endpoint.
#[derive(Debug, Clone)]
pub struct AgentAnswer {
    pub status: StatusCode,
    pub body: Bytes,
}

/// One fixed agent endpoint: the base URL with the agent path appended.
#[derive(Clone)]
pub struct AgentTransport {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    url: Uri,
    timeout: Duration,
}

/// Whether a URL has `user[:password]@` before its host (also where it would not parse: the
/// text is never quoted back then).
fn has_user_information(url: &str) -> bool {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or_default();
    authority.contains('@')
}

/// Checks a base URL and returns the agent URL and whether it is plain HTTP.
pub fn agent_url(base: &str) -> Result<(Uri, bool), EndpointError> {
    let trimmed = base.trim().trim_end_matches('/');
    let trimmed = trimmed.strip_suffix(AGENT_PATH).unwrap_or(trimmed);
    if has_user_information(trimmed) {
        return Err(EndpointError::UserInformation);
    }
    let uri: Uri = trimmed.parse().map_err(|_| EndpointError::NotAUrl(base.to_owned()))?;
    let plain = match uri.scheme_str() {
        Some("https") => false,
        Some("http") => true,
        _ => return Err(EndpointError::Scheme(base.to_owned())),
    };
    if uri.host().is_none() {
        return Err(EndpointError::NotAUrl(base.to_owned()));
    }
    if uri.query().is_some() || base.contains('#') {
        return Err(EndpointError::NotABase(base.to_owned()));
    }
    let full: Uri =
        format!("{trimmed}{AGENT_PATH}").parse().map_err(|_| EndpointError::NotAUrl(base.to_owned()))?;
    Ok((full, plain))
}

impl AgentTransport {
    pub fn new(base: &str, trust: &TlsTrust, timeout: Duration) -> Result<Self, EndpointError> {
        let (url, _) = agent_url(base)?;
        // Small request/response exchanges: no Nagle delay on the connection to Plesk.
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(client_config(trust)?)
            .https_or_http()
            .enable_http1()
            .wrap_connector(tcp);
        let client = Client::builder(TokioExecutor::new()).build(connector);
        Ok(AgentTransport { client, url, timeout })
    }

    pub fn url(&self) -> &Uri {
        &self.url
    }

    /// POSTs `body` with exactly `headers`.
    pub async fn post(
        &self,
        body: Bytes,
        headers: &[(HeaderName, HeaderValue)],
    ) -> Result<AgentAnswer, TransportError> {
        let mut request = Request::post(self.url.clone()).body(Full::new(body)).map_err(|error| {
            TransportError::Unreachable { url: self.url.to_string(), detail: error.to_string() }
        })?;
        for (name, value) in headers {
            request.headers_mut().append(name.clone(), value.clone());
        }
        let exchange = async {
            let response = self.client.request(request).await.map_err(|error| {
                TransportError::Unreachable { url: self.url.to_string(), detail: describe(&error) }
            })?;
            let status = response.status();
            if status.is_redirection() {
                return Err(TransportError::Redirect(status.as_u16()));
            }
            let body = Limited::new(response.into_body(), MAX_RESPONSE_BYTES)
                .collect()
                .await
                .map_err(|error| {
                    if error.is::<http_body_util::LengthLimitError>() {
                        TransportError::TooLarge
                    } else {
                        TransportError::Read(error.to_string())
                    }
                })?
                .to_bytes();
            Ok(AgentAnswer { status, body })
        };
        tokio::time::timeout(self.timeout, exchange)
            .await
            .map_err(|_| TransportError::Timeout(self.timeout))?
    }
}

/// The innermost cause of a client error (e.g. the TLS verification failure).
fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        parts.push(cause.to_string());
        source = cause.source();
    }
    parts.dedup();
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_get_the_agent_path_once() {
        let (url, plain) = agent_url("https://plesk.example.com:8443/").unwrap();
        assert_eq!(url.to_string(), "https://plesk.example.com:8443/enterprise/control/agent.php");
        assert!(!plain);
        let (again, _) = agent_url("https://plesk.example.com:8443/enterprise/control/agent.php").unwrap();
        assert_eq!(again, url);
        assert!(agent_url("http://127.0.0.1:8080").unwrap().1);
        assert!(matches!(agent_url("ftp://x"), Err(EndpointError::Scheme(_))));
        assert!(matches!(agent_url("https://x/?a=b"), Err(EndpointError::NotABase(_))));
        assert!(agent_url("not a url").is_err());
    }

    #[test]
    fn user_information_is_refused_and_never_repeated() {
        for url in
            ["http://admin:PleskPassw0rd@127.0.0.1:39010", "https://admin@plesk.example.com/", "https://a:b@"]
        {
            let error = agent_url(url).map(|_| ()).unwrap_err();
            assert!(matches!(error, EndpointError::UserInformation), "{url}");
            assert!(!error.to_string().contains("PleskPassw0rd") && !error.to_string().contains("admin@"));
        }
        assert!(
            agent_url("https://plesk.example.com/path@x").is_ok(),
            "an @ in the path is no user information"
        );
    }
}
