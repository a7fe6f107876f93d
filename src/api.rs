//! The only place that knows HTTP: packets from `plesk-xmlapi` go out with gloo-net, answers
//! come back as protocol types or as one typed [`ApiError`].

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub use plesk_xmlapi::client::Deletion;
use plesk_xmlapi::client::{
    key_list, new_key, operations, pair_deletions, pair_lookups, single_answer, AnswerError, AnswerShapeError,
};
use plesk_xmlapi::key_health::{owner_packets, owner_statuses, OwnerStatus};
use plesk_xmlapi::{
    parse_response_bytes, read_account_answer, AccountKind, CreateKey, ErrorCode, KeyFilter, KeyInfo,
    KeyList, KeyLookup, KeyRef, NewKey, Operation, OperationResponse, RequestPacket, ResponseError,
    ResultError, SystemError,
};

use leptos::prelude::{RwSignal, Set};

use crate::error_words::{plesk_error_text, response_error_text};
use crate::i18n::{t, tf, Fmt, Msg};
use crate::packet_log::PacketLog;
use crate::session::Credential;

/// How long the panel waits for an answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Everything that can go wrong between pressing a button and reading Plesk's answer. Its
/// sentence ([`std::fmt::Display`]) is in the panel's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The browser could not send the request or read the answer (`detail`: its words).
    Network { detail: String },
    /// No answer within [`REQUEST_TIMEOUT`].
    Timeout,
    /// HTTP 413 from the gateway.
    TooLarge,
    /// HTTP 502: the gateway could not reach Plesk.
    BadGateway,
    /// HTTP 504: Plesk did not answer the gateway in time.
    GatewayTimeout,
    /// Another HTTP status than 200 (and those above), where a Plesk packet was expected.
    Http { status: u16 },
    /// The gateway's own refusal (signed-in mode: not signed in, another site, a server out of
    /// reach), in its own plain words.
    NotAllowed { status: u16, reason: String },
    /// The answer is not a Plesk packet this panel reads.
    Unreadable(ResponseError),
    /// A packet-level error of Plesk's: nothing was executed.
    Plesk(SystemError),
    /// Plesk refused the one operation asked for.
    Refused(ResultError),
    /// An answer whose shape does not fit the request.
    UnexpectedShape { expected: usize, received: usize },
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ApiError::Network { detail } => tf(Fmt::ApiNetwork, &[("detail", detail.into())]),
            ApiError::Timeout => {
                tf(Fmt::ApiTimeout, &[("seconds", (REQUEST_TIMEOUT.as_secs() as usize).into())])
            }
            ApiError::TooLarge => t(Msg::ApiTooLarge).to_owned(),
            ApiError::BadGateway => t(Msg::ApiBadGateway).to_owned(),
            ApiError::GatewayTimeout => t(Msg::ApiGatewayTimeout).to_owned(),
            ApiError::Http { status } => tf(Fmt::ApiHttp, &[("status", (&status.to_string()).into())]),
            ApiError::NotAllowed { reason, .. } => reason.clone(),
            ApiError::Unreadable(error) => {
                tf(Fmt::ApiUnreadable, &[("reason", (&response_error_text(error)).into())])
            }
            ApiError::Plesk(error) => plesk_error_text(error.code, &error.text),
            ApiError::Refused(error) => plesk_error_text(error.code, &error.text),
            ApiError::UnexpectedShape { expected, received } => tf(
                Fmt::ApiUnexpectedShape,
                &[("expected", (*expected).into()), ("received", (*received).into())],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// The Plesk error code, for errors Plesk itself reported.
    pub fn plesk_code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Plesk(error) => Some(error.code),
            ApiError::Refused(error) => Some(error.code),
            _ => None,
        }
    }
}

/// Interprets an HTTP answer: status first (gateway errors), then the packet (bytes: the body is
/// checked as UTF-8 once, by the parser, and never copied through a JS string).
pub fn read_answer(
    status: u16,
    refusal: Option<&str>,
    body: &[u8],
) -> Result<Vec<OperationResponse>, ApiError> {
    match status {
        200 => {}
        413 => return Err(ApiError::TooLarge),
        502 => return Err(ApiError::BadGateway),
        504 => return Err(ApiError::GatewayTimeout),
        401 | 403 => {
            let reason = refusal_words(refusal).map_or_else(|| refusal_sentence(status, body), str::to_owned);
            return Err(ApiError::NotAllowed { status, reason });
        }
        other => return Err(ApiError::Http { status: other }),
    }
    operations(parse_response_bytes(body).map_err(ApiError::Unreadable)?).map_err(ApiError::Plesk)
}

/// A refusal the gateway coded (`REFUSAL_HEADER`), in the panel's language.
fn refusal_words(code: Option<&str>) -> Option<&'static str> {
    use plesk_xmlapi::contract::refusal::*;
    Some(t(match code? {
        NOT_SIGNED_IN => Msg::ApiRefusalNotSignedIn,
        SESSION_ENDED => Msg::ApiRefusalSessionEnded,
        IDENTITY_REFUSED => Msg::ApiRefusalIdentityRefused,
        CROSS_SITE => Msg::ApiRefusalCrossSite,
        SERVER_OUT_OF_SCOPE => Msg::ApiRefusalServerOutOfScope,
        FOREIGN_ORIGIN => Msg::ApiRefusalForeignOrigin,
        _ => return None,
    }))
}

/// The gateway's sentence for a 401 or 403 without a code we know (plain text it wrote), else a
/// sentence of ours.
fn refusal_sentence(status: u16, body: &[u8]) -> String {
    let text = std::str::from_utf8(body).unwrap_or_default().trim();
    if text.is_empty() || text.len() > 300 || text.contains('<') {
        return tf(Fmt::ApiRefused, &[("status", (&status.to_string()).into())]);
    }
    crate::logic::visible::visible_text(text).into_owned()
}

/// The answer to Connect's one packet: the look-up of the key itself (when it was asked: a key
/// value), then the key list. A look-up answer means Plesk accepted the credential; the list
/// comes along when Plesk gave it (a list error is left for the key page to show).
pub fn check_and_list_from(
    own: Option<&KeyList>,
    mut operations: Vec<OperationResponse>,
) -> Result<(Option<KeyLookup>, Option<Vec<KeyInfo>>), ApiError> {
    let expected = usize::from(own.is_some()) + 1;
    if operations.len() != expected {
        return Err(ApiError::UnexpectedShape { expected, received: operations.len() });
    }
    let list = operations.pop().map(|answer| key_list(answer).map_err(ApiError::from));
    match own {
        Some(keys) => {
            let lookup = operations.pop().map(|answer| pair_lookups(keys, answer)).transpose()?;
            Ok((
                lookup.and_then(|lookups| lookups.into_iter().next().map(|(_, lookup)| lookup)),
                list.and_then(Result::ok),
            ))
        }
        None => Ok((None, Some(list.transpose()?.unwrap_or_default()))),
    }
}

impl From<AnswerShapeError> for ApiError {
    fn from(error: AnswerShapeError) -> Self {
        ApiError::UnexpectedShape { expected: error.expected, received: error.received }
    }
}

impl From<AnswerError> for ApiError {
    fn from(error: AnswerError) -> Self {
        match error {
            AnswerError::Refused(error) => ApiError::Refused(error),
            AnswerError::Shape(shape) => shape.into(),
        }
    }
}

/// Where a client sends its packets: a server of the fleet (by name) and its agent endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentTarget {
    /// The server's name (`servers.json`), as the packet inspector files its exchanges.
    pub server: Arc<str>,
    /// The agent endpoint, as configured (may be relative to the page).
    pub endpoint: Arc<str>,
}

/// Sends packets to one agent endpoint and records them for the inspector.
#[derive(Clone)]
pub struct AgentClient {
    /// Shared by every clone: switching the server of a fleet re-points them all.
    target: Arc<RwLock<AgentTarget>>,
    log: PacketLog,
    /// Where a 401 (the service's own sign-in: the session ended) is told, to offer signing in
    /// again; cleared by the next answer.
    session_end: Option<RwSignal<Option<String>>>,
}

/// `endpoint` made absolute against the page's base URL (for "Copy as curl").
pub fn absolute_url(endpoint: &str) -> String {
    web_sys::Url::new_with_base(
        endpoint,
        &leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default(),
    )
    .map(|url| url.href())
    .unwrap_or_else(|_| endpoint.to_owned())
}

impl AgentClient {
    /// A client of server `server` (its name) at `endpoint`.
    pub fn new(server: &str, endpoint: &str, log: PacketLog) -> Self {
        let target = AgentTarget { server: server.into(), endpoint: endpoint.into() };
        AgentClient { target: Arc::new(RwLock::new(target)), log, session_end: None }
    }

    /// This client (and those made from it) tells `signal` when the session has ended.
    pub fn telling_session_end_to(mut self, signal: RwSignal<Option<String>>) -> Self {
        self.session_end = Some(signal);
        self
    }

    /// The server and endpoint the next request goes to.
    pub fn target(&self) -> AgentTarget {
        match self.target.read() {
            Ok(target) => target.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn endpoint(&self) -> Arc<str> {
        self.target().endpoint
    }

    /// The name of the server the next request goes to.
    pub fn server(&self) -> Arc<str> {
        self.target().server
    }

    /// A client of its own for another server of a fleet, recording into the same packet log.
    pub fn for_server(&self, server: &str, endpoint: &str) -> AgentClient {
        AgentClient { session_end: self.session_end, ..AgentClient::new(server, endpoint, self.log) }
    }

    /// Points every clone at another server of a fleet (its name and agent endpoint). Requests
    /// already sent keep theirs.
    pub fn set_server(&self, server: &str, endpoint: &str) {
        let target = AgentTarget { server: server.into(), endpoint: endpoint.into() };
        match self.target.write() {
            Ok(mut current) => *current = target,
            Err(poisoned) => *poisoned.into_inner() = target,
        }
    }

    /// The absolute URL of the endpoint.
    pub fn absolute_endpoint(&self) -> String {
        absolute_url(&self.endpoint())
    }

    /// The host (and port) of the endpoint: the gateway or Plesk the panel talks to.
    pub fn host(&self) -> String {
        web_sys::Url::new(&self.absolute_endpoint()).map(|url| url.host()).unwrap_or_default()
    }

    /// Each owner's status in `logins` (key health): the two packets of
    /// `key_health::owner_packets` (one `customer get`, one `reseller get`, each naming every
    /// owner), filed in the packet inspector like every packet. An answer that fails (a key that
    /// may not ask, a network error) only leaves its owners unknown. The key list asks through
    /// [`owner_lookup`]: the account packets and answers are not code the first screen runs.
    pub async fn owner_statuses(
        &self,
        credential: &Credential,
        logins: &[String],
    ) -> HashMap<String, OwnerStatus> {
        let Some((customers, resellers)) = owner_packets(logins) else { return HashMap::new() };
        let target = self.target();
        let mut answers = Vec::with_capacity(2);
        for (kind, xml) in [(AccountKind::Customer, customers), (AccountKind::Reseller, resellers)] {
            let answer = match self.post(&target.endpoint, credential, &xml).await {
                Ok((status, _, body)) => {
                    let read = (status == 200).then(|| read_account_answer(kind, &body).ok()).flatten();
                    self.log.record(&target.server, absolute_url(&target.endpoint), xml, body);
                    read
                }
                Err(_) => None,
            };
            answers.push(answer);
        }
        owner_statuses(logins, answers[0].as_deref(), answers[1].as_deref())
    }

    /// POSTs `packet` with the credential's headers and reads the answer.
    pub async fn send(
        &self,
        credential: &Credential,
        packet: &RequestPacket,
    ) -> Result<Vec<OperationResponse>, ApiError> {
        let xml = packet.to_xml();
        // Where it goes, fixed now: a switch of server while it is on its way changes neither
        // where it was sent nor under which server the inspector files it.
        let target = self.target();
        let (status, refusal, body) = self.post(&target.endpoint, credential, &xml).await?;
        let answer = read_answer(status, refusal.as_deref(), &body);
        if let Some(ended) = self.session_end {
            ended.set(match &answer {
                Err(ApiError::NotAllowed { status: 401, reason }) => Some(reason.clone()),
                _ => None,
            });
        }
        self.log.record(&target.server, absolute_url(&target.endpoint), xml, body);
        answer
    }

    async fn post(
        &self,
        endpoint: &str,
        credential: &Credential,
        xml: &str,
    ) -> Result<(u16, Option<String>, Vec<u8>), ApiError> {
        let controller = web_sys::AbortController::new().ok();
        let timed_out = Arc::new(AtomicBool::new(false));
        let timer = {
            let controller = controller.clone();
            let timed_out = Arc::clone(&timed_out);
            leptos::prelude::set_timeout_with_handle(
                move || {
                    timed_out.store(true, Ordering::Relaxed);
                    if let Some(controller) = controller {
                        controller.abort();
                    }
                },
                REQUEST_TIMEOUT,
            )
            .ok()
        };
        let network = |error: gloo_net::Error| {
            if timed_out.load(Ordering::Relaxed) {
                ApiError::Timeout
            } else {
                ApiError::Network { detail: network_detail(&error) }
            }
        };
        let mut builder = gloo_net::http::Request::post(endpoint)
            .header("Content-Type", "text/xml; charset=UTF-8")
            .abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
        for (name, value) in credential.headers() {
            builder = builder.header(name, value);
        }
        let outcome = async {
            let request = builder.body(xml.to_owned()).map_err(network)?;
            let response = request.send().await.map_err(network)?;
            let status = response.status();
            let refusal = response.headers().get(plesk_xmlapi::contract::REFUSAL_HEADER);
            let body = response.binary().await.map_err(network)?;
            Ok((status, refusal, body))
        }
        .await;
        if let Some(timer) = timer {
            timer.clear();
        }
        outcome
    }

    async fn one(
        &self,
        credential: &Credential,
        operation: Operation,
    ) -> Result<OperationResponse, ApiError> {
        Ok(single_answer(self.send(credential, &RequestPacket::new(operation)).await?)?)
    }

    /// Connect's one packet: a look-up of `own` (the key itself) when given, then every key.
    pub async fn check_and_list(
        &self,
        credential: &Credential,
        own: Option<&KeyList>,
    ) -> Result<(Option<KeyLookup>, Option<Vec<KeyInfo>>), ApiError> {
        let list = Operation::GetInfo(KeyFilter::All);
        let packet = match own {
            Some(keys) => RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(keys.clone()))).then(list),
            None => RequestPacket::new(list),
        };
        check_and_list_from(own, self.send(credential, &packet).await?)
    }

    /// Every key the credential may see.
    pub async fn list_keys(&self, credential: &Credential) -> Result<Vec<KeyInfo>, ApiError> {
        Ok(key_list(self.one(credential, Operation::GetInfo(KeyFilter::All)).await?)?)
    }

    /// One get_info for all `keys`; one answer per key, in order.
    pub async fn look_up(
        &self,
        credential: &Credential,
        keys: &KeyList,
    ) -> Result<Vec<(KeyRef, KeyLookup)>, ApiError> {
        Ok(pair_lookups(
            keys,
            self.one(credential, Operation::GetInfo(KeyFilter::Keys(keys.clone()))).await?,
        )?)
    }

    /// Creates a key; the value is in the answer only.
    pub async fn create(&self, credential: &Credential, create: CreateKey) -> Result<NewKey, ApiError> {
        Ok(new_key(self.one(credential, Operation::Create(create)).await?)?)
    }

    /// One delete packet for all `keys` (never empty: [`KeyList`] cannot be).
    pub async fn delete(&self, credential: &Credential, keys: &KeyList) -> Result<Vec<Deletion>, ApiError> {
        Ok(pair_deletions(keys, self.one(credential, Operation::Delete(keys.clone())).await?)?)
    }
}

fn network_detail(error: &gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(js) => js.message.clone(),
        other => other.to_string(),
    }
}

/// The owners' statuses of [`owner_lookup`], once Plesk has answered.
pub type OwnerLookup = std::pin::Pin<Box<dyn std::future::Future<Output = HashMap<String, OwnerStatus>>>>;

crate::parts::lazy_part! {
    prefetch = prefetch_owner_lookup;
    /// [`AgentClient::owner_statuses`] from a part fetched after the key list is shown.
    pub fn owner_lookup(client: AgentClient, credential: Credential, logins: Vec<String>) -> OwnerLookup {
        Box::pin(async move { client.owner_statuses(&credential, &logins).await })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error_words::{code_explanation, result_error_text, xml_error_text};
    use plesk_xmlapi::XmlError;

    #[test]
    fn connects_one_packet_answers_the_check_and_the_list() {
        use plesk_xmlapi::{ErrorCode, GetInfoResult};
        let own = KeyList::parse("e4b01d73-7368-64a6-0515-9fa8fc1d3a78").unwrap();
        let info = KeyInfo { id: "1".into(), owner: Some("admin".into()), ..KeyInfo::default() };
        let found = OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![info.clone()])]);
        let listed =
            OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![info.clone(), KeyInfo::default()])]);
        let (lookup, keys) = check_and_list_from(Some(&own), vec![found.clone(), listed.clone()]).unwrap();
        assert_eq!(lookup, Some(KeyLookup::Found(info.clone())));
        assert_eq!(keys.map(|keys| keys.len()), Some(2));
        let refused = ResultError { code: ErrorCode::from_number(1006), text: "no".into(), key: None };
        let failed_list = OperationResponse::GetInfo(vec![GetInfoResult::Failed(refused)]);
        let (_, keys) = check_and_list_from(Some(&own), vec![found.clone(), failed_list]).unwrap();
        assert_eq!(keys, None, "a list error is left to the key page");
        assert!(matches!(
            check_and_list_from(Some(&own), vec![found]),
            Err(ApiError::UnexpectedShape { expected: 2, received: 1 })
        ));
        let (lookup, keys) = check_and_list_from(None, vec![listed]).unwrap();
        assert_eq!((lookup, keys.map(|keys| keys.len())), (None, Some(2)));
    }

    #[test]
    fn gateway_statuses_have_their_own_errors() {
        assert_eq!(read_answer(413, None, b""), Err(ApiError::TooLarge));
        assert_eq!(read_answer(502, None, b""), Err(ApiError::BadGateway));
        assert_eq!(read_answer(504, None, b""), Err(ApiError::GatewayTimeout));
        assert_eq!(read_answer(404, None, b"<html/>"), Err(ApiError::Http { status: 404 }));
        let coded = read_answer(401, Some("session-ended"), b"whatever the body says").unwrap_err();
        assert_eq!(coded.to_string(), t(Msg::ApiRefusalSessionEnded), "a coded refusal in the panel's words");
        let unknown = read_answer(403, Some("new-code"), b"A sentence of the gateway.").unwrap_err();
        assert_eq!(
            unknown.to_string(),
            "A sentence of the gateway.",
            "an unknown code: the gateway's sentence"
        );
        let refused = read_answer(403, None, b"You have no access to this server.\n").unwrap_err();
        assert_eq!(refused.to_string(), "You have no access to this server.");
        assert_eq!(
            read_answer(401, None, b"<html>login</html>").unwrap_err().to_string(),
            "The gateway refused the request (HTTP 401)."
        );
        assert_eq!(
            read_answer(200, None, b"<packet>\xff</packet>"),
            Err(ApiError::Unreadable(plesk_xmlapi::ResponseError::NotUtf8))
        );
    }

    #[test]
    fn system_errors_and_non_xml_are_told_apart() {
        let denied = "<packet><system><status>error</status><errcode>11003</errcode><errtext>Invalid secret key usage. Please check logs for details.</errtext></system></packet>";
        let error = read_answer(200, None, denied.as_bytes()).unwrap_err();
        assert_eq!(error.plesk_code(), Some(ErrorCode::InvalidSecretKey));
        assert!(error.to_string().contains("11003"), "{error}");
        assert!(matches!(
            read_answer(200, None, b"<html><body>oops</body></html>"),
            Err(ApiError::Unreadable(_))
        ));
    }

    #[test]
    fn the_english_words_are_the_protocol_crates() {
        let texts =
            ["Invalid secret key usage.", "key is not found", "Access to API is disabled for 192.0.2.1", "x"];
        for code in ErrorCode::KNOWN.into_iter().chain([ErrorCode::Other(4242)]) {
            assert_eq!(code_explanation(code), code.explanation(), "{code}");
            for text in texts {
                let system = SystemError { code, text: text.into() };
                assert_eq!(ApiError::Plesk(system.clone()).to_string(), system.to_string());
                let result = ResultError { code, text: text.into(), key: None };
                assert_eq!(result_error_text(&result), result.to_string());
            }
        }
        let snippet = || "<html>".to_owned();
        let xml = [
            XmlError::Empty,
            XmlError::Html { snippet: snippet() },
            XmlError::NotXml { snippet: snippet() },
            XmlError::Truncated { snippet: snippet() },
            XmlError::Doctype,
            XmlError::UnknownEntity { name: "nbsp".into() },
            XmlError::TooDeep { limit: 64 },
            XmlError::Malformed { line: 3, detail: "unexpected end".into() },
        ];
        for error in xml.clone() {
            assert_eq!(xml_error_text(&error), error.to_string());
        }
        let context = "get_info";
        let answers = [
            ResponseError::TooLarge { size: 70_000_000, limit: 64_000_000 },
            ResponseError::NotUtf8,
            ResponseError::NotAPacket { root: "html".into(), snippet: snippet() },
            ResponseError::NoContent,
            ResponseError::MissingStatus { context },
            ResponseError::UnknownStatus { context, status: "maybe".into() },
            ResponseError::BadErrcode { context, errcode: "x".into() },
            ResponseError::MissingNewKey,
            ResponseError::MalformedNewKey { length: 12 },
            ResponseError::IncompleteKeyInfo { field: "key" },
            ResponseError::Unexpected { element: "a".into(), parent: "b".into() },
        ];
        for error in answers.into_iter().chain(xml.into_iter().map(ResponseError::Xml)) {
            let api = ApiError::Unreadable(error.clone());
            assert_eq!(response_error_text(&error), error.to_string());
            assert_eq!(api.to_string(), format!("The answer could not be read: {error}"));
        }
        let shape = AnswerShapeError { expected: 2, received: 1 };
        assert_eq!(ApiError::from(shape).to_string(), shape.to_string());
        assert_eq!(
            ApiError::Timeout.to_string(),
            "No answer within 30 seconds. The gateway or Plesk may be overloaded; try again."
        );
        assert_eq!(
            ApiError::Http { status: 404 }.to_string(),
            "The agent endpoint answered HTTP 404 instead of a Plesk packet."
        );
    }

    #[test]
    fn key_list_flattens_results_and_accepts_no_keys() {
        let two = "<packet><secret_key><get_info><result><status>ok</status><key_info><key>5</key><ip_address>192.0.2.1</ip_address><description/></key_info></result><result><status>ok</status><key_info><key>6</key><ip_address>::1</ip_address><description>x</description><login>jdoe</login></key_info></result></get_info></secret_key></packet>";
        let read =
            |xml: &str| key_list(single_answer(read_answer(200, None, xml.as_bytes()).unwrap()).unwrap());
        let keys = read(two).unwrap();
        assert_eq!(keys.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(), ["5", "6"]);
        let none = "<packet><secret_key><get_info><result><status>ok</status></result></get_info></secret_key></packet>";
        assert_eq!(read(none), Ok(Vec::new()));
    }
}
