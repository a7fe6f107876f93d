//! A client's connection to one server (its own credential, its transport) and the failures a
//! command ends with, each mapped to an exit code.

use bytes::Bytes;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::StatusCode;
use plesk_xmlapi::client::{operations, single_answer, AnswerError, AnswerShapeError};
use plesk_xmlapi::limits::MAX_RESPONSE_BYTES;
use plesk_xmlapi::{parse_response, ErrorCode, OperationResponse, RequestPacket};

use super::credentials::{credential_headers, Credential};
use super::output::quoted;
use super::servers::{credential, Target, TargetError};
use super::{ClientOptions, Outcome};
use crate::messages;
use crate::transport::{AgentTransport, EndpointError, TransportError};

/// Why the way to the server failed, in the person's language (`TransportError`'s own
/// sentence is the gateway's, in English, for its logs).
fn transport_error(error: &TransportError) -> String {
    match error {
        TransportError::Timeout(wait) => {
            messages::text("cli-timeout", &[("seconds", wait.as_secs().to_string().into())])
        }
        TransportError::Unreachable { url, detail } => messages::text(
            "cli-unreachable",
            &[("url", url.as_str().into()), ("detail", detail.as_str().into())],
        ),
        TransportError::Redirect(status) => {
            messages::text("cli-redirect", &[("status", status.to_string().into())])
        }
        TransportError::TooLarge => {
            messages::text("cli-answer-too-large", &[("bytes", MAX_RESPONSE_BYTES.to_string().into())])
        }
        TransportError::Read(detail) => {
            messages::text("cli-answer-unreadable", &[("detail", detail.as_str().into())])
        }
    }
}

/// Why an endpoint URL was refused, in the person's language.
fn endpoint_error(error: &EndpointError) -> String {
    match error {
        EndpointError::NotAUrl(url) => messages::text("cli-not-a-url", &[("url", url.as_str().into())]),
        EndpointError::Scheme(url) => messages::text("cli-not-https", &[("url", url.as_str().into())]),
        EndpointError::NotABase(url) => messages::text("cli-not-a-base", &[("url", url.as_str().into())]),
        EndpointError::UserInformation => messages::text("cli-user-in-url", &[]),
        EndpointError::Tls(tls) => tls.to_string(),
    }
}

/// A failed step, with the exit code it maps to.
pub(super) struct Failure {
    pub(super) outcome: Outcome,
    pub(super) message: String,
}

impl From<TargetError> for Failure {
    fn from(error: TargetError) -> Self {
        Failure::usage(error.to_string())
    }
}

impl From<AnswerShapeError> for Failure {
    fn from(error: AnswerShapeError) -> Self {
        Failure::transport(error.to_string())
    }
}

/// How an answer is read is the protocol crate's; what it means for the exit code is here.
impl From<AnswerError> for Failure {
    fn from(error: AnswerError) -> Self {
        match error {
            AnswerError::Refused(error) => Failure::plesk(error.code, &error.text),
            AnswerError::Shape(shape) => shape.into(),
        }
    }
}

impl Failure {
    pub(super) fn usage(message: impl Into<String>) -> Self {
        Failure { outcome: Outcome::Usage, message: message.into() }
    }
    pub(super) fn transport(message: impl Into<String>) -> Self {
        Failure { outcome: Outcome::TransportError, message: message.into() }
    }
    pub(super) fn plesk(code: ErrorCode, text: &str) -> Self {
        Failure {
            outcome: Outcome::PleskError,
            message: messages::text(
                "cli-plesk-error-explained",
                &[
                    ("code", code.to_string().into()),
                    ("text", quoted(text).into()),
                    ("explanation", messages::plesk_explanation(code).into()),
                ],
            ),
        }
    }
}

pub(super) struct Connection {
    transport: AgentTransport,
    headers: Vec<(HeaderName, HeaderValue)>,
    pub(super) credential: Credential,
}

/// The connection to one server, with its own credential.
pub(super) fn connect(target: &Target, options: &ClientOptions) -> Result<Connection, Failure> {
    let credential = credential(target, options, |name| std::env::var(name).ok())?;
    super::plain_http::warn_if_clear(&target.url);
    let mut headers = credential_headers(&credential).map_err(|e| Failure::usage(e.to_string()))?;
    headers.push((CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=UTF-8")));
    let transport =
        AgentTransport::new(&target.url, &target.trust, target.timeout).map_err(|e| match &target.name {
            Some(name) => Failure::usage(super::output::server_failed(name, &endpoint_error(&e))),
            None => Failure::usage(format!("--endpoint: {}", endpoint_error(&e))),
        })?;
    Ok(Connection { transport, headers, credential })
}

impl Connection {
    /// Posts `xml` and returns the body of Plesk's 200 answer (any other status is a failure).
    pub(super) async fn post_xml(&self, xml: String) -> Result<Bytes, Failure> {
        let answer = self
            .transport
            .post(Bytes::from(xml), &self.headers)
            .await
            .map_err(|e| Failure::transport(transport_error(&e)))?;
        if answer.status != StatusCode::OK {
            let body = String::from_utf8_lossy(&answer.body);
            let excerpt: String = quoted(body.trim()).chars().take(200).collect();
            return Err(Failure::transport(messages::text(
                "cli-http-status",
                &[
                    ("status", answer.status.as_u16().to_string().into()),
                    ("url", self.transport.url().to_string().into()),
                    ("body", excerpt.into()),
                ],
            )));
        }
        Ok(answer.body)
    }

    pub(super) async fn send(&self, packet: &RequestPacket) -> Result<Vec<OperationResponse>, Failure> {
        let body = self.post_xml(packet.to_xml()).await?;
        let text = std::str::from_utf8(&body)
            .map_err(|_| Failure::transport(messages::text("cli-answer-not-utf8", &[])))?;
        let packet = parse_response(text).map_err(|e| Failure::transport(e.to_string()))?;
        operations(packet).map_err(|error| Failure::plesk(error.code, &error.text))
    }

    pub(super) async fn one(&self, packet: &RequestPacket) -> Result<OperationResponse, Failure> {
        Ok(single_answer(self.send(packet).await?)?)
    }
}
