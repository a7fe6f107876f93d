//! The only place that knows HTTP: packets from `plesk-xmlapi` go out with gloo-net, answers
//! come back as protocol types or as one typed [`ApiError`].

use std::sync::Arc;

use plesk_xmlapi::{
    parse_response, ErrorCode, KeyFilter, KeyInfo, KeyLookup, Operation, OperationResponse, RequestPacket,
    ResponseBody, ResponseError, ResponsePacket, SystemError,
};

/// Everything that can go wrong between pressing a button and reading Plesk's answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("The panel could not reach the agent endpoint: {detail}. Check the network connection and that the gateway is running.")]
    Network { detail: String },
    #[error("The gateway refused the request as too large (HTTP 413).")]
    TooLarge,
    #[error("The gateway could not reach the Plesk server (HTTP 502). Plesk may be down, or the gateway points to the wrong address.")]
    BadGateway,
    #[error("The Plesk server did not answer in time (HTTP 504). Try again; if it persists, check the Plesk server.")]
    GatewayTimeout,
    #[error("The agent endpoint answered HTTP {status} instead of a Plesk packet.")]
    Http { status: u16 },
    #[error("The answer could not be read: {0}")]
    Unreadable(ResponseError),
    #[error("{0}")]
    Plesk(SystemError),
    #[error("Plesk answered {received} results where {expected} were expected; nothing was assumed.")]
    UnexpectedShape { expected: usize, received: usize },
}

impl ApiError {
    /// The Plesk error code, for errors Plesk itself reported.
    pub fn plesk_code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Plesk(error) => Some(error.code),
            _ => None,
        }
    }
}

/// Interprets an HTTP answer: status first (gateway errors), then the packet.
pub fn read_answer(status: u16, body: &str) -> Result<Vec<OperationResponse>, ApiError> {
    match status {
        200 => {}
        413 => return Err(ApiError::TooLarge),
        502 => return Err(ApiError::BadGateway),
        504 => return Err(ApiError::GatewayTimeout),
        other => return Err(ApiError::Http { status: other }),
    }
    let packet: ResponsePacket = parse_response(body).map_err(ApiError::Unreadable)?;
    match packet.body {
        ResponseBody::System(error) => Err(ApiError::Plesk(error)),
        ResponseBody::Operations(operations) => Ok(operations),
    }
}

/// The key list from a get_info-for-all answer. A per-key error in a list answer is surfaced.
pub fn key_list_from(mut operations: Vec<OperationResponse>) -> Result<Vec<KeyInfo>, ApiError> {
    if operations.len() != 1 {
        return Err(ApiError::UnexpectedShape { expected: 1, received: operations.len() });
    }
    let operation = operations.remove(0);
    if !matches!(operation, OperationResponse::GetInfo(_)) {
        return Err(ApiError::UnexpectedShape { expected: 1, received: 0 });
    }
    let mut keys = Vec::new();
    for lookup in operation.key_lookups() {
        match lookup {
            KeyLookup::Found(info) => keys.push(info),
            KeyLookup::Failed(error) => {
                return Err(ApiError::Plesk(SystemError { code: error.code, text: error.text }))
            }
        }
    }
    Ok(keys)
}

/// Sends packets to one agent endpoint with one credential.
#[derive(Clone)]
pub struct AgentClient {
    endpoint: Arc<str>,
}

impl AgentClient {
    pub fn new(endpoint: &str) -> Self {
        AgentClient { endpoint: endpoint.into() }
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// POSTs `packet` with the `KEY` header and reads the answer.
    pub async fn send(&self, key: &str, packet: &RequestPacket) -> Result<Vec<OperationResponse>, ApiError> {
        let request = gloo_net::http::Request::post(&self.endpoint)
            .header("Content-Type", "text/xml; charset=UTF-8")
            .header("KEY", key)
            .body(packet.to_xml())
            .map_err(|error| ApiError::Network { detail: error.to_string() })?;
        let response =
            request.send().await.map_err(|error| ApiError::Network { detail: network_detail(&error) })?;
        let status = response.status();
        let body =
            response.text().await.map_err(|error| ApiError::Network { detail: network_detail(&error) })?;
        read_answer(status, &body)
    }

    /// Every key the credential may see.
    pub async fn list_keys(&self, key: &str) -> Result<Vec<KeyInfo>, ApiError> {
        let packet = RequestPacket::new(Operation::GetInfo(KeyFilter::All));
        key_list_from(self.send(key, &packet).await?)
    }
}

fn network_detail(error: &gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(js) => js.message.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_statuses_have_their_own_errors() {
        assert_eq!(read_answer(413, ""), Err(ApiError::TooLarge));
        assert_eq!(read_answer(502, ""), Err(ApiError::BadGateway));
        assert_eq!(read_answer(504, ""), Err(ApiError::GatewayTimeout));
        assert_eq!(read_answer(404, "<html/>"), Err(ApiError::Http { status: 404 }));
    }

    #[test]
    fn system_errors_and_non_xml_are_told_apart() {
        let denied = "<packet><system><status>error</status><errcode>11003</errcode><errtext>Invalid secret key usage. Please check logs for details.</errtext></system></packet>";
        let error = read_answer(200, denied).unwrap_err();
        assert_eq!(error.plesk_code(), Some(ErrorCode::InvalidSecretKey));
        assert!(error.to_string().contains("11003"), "{error}");
        assert!(matches!(read_answer(200, "<html><body>oops</body></html>"), Err(ApiError::Unreadable(_))));
    }

    #[test]
    fn key_list_flattens_results_and_accepts_no_keys() {
        let two = "<packet><secret_key><get_info><result><status>ok</status><key_info><key>5</key><ip_address>192.0.2.1</ip_address><description/></key_info></result><result><status>ok</status><key_info><key>6</key><ip_address>::1</ip_address><description>x</description><login>jdoe</login></key_info></result></get_info></secret_key></packet>";
        let keys = key_list_from(read_answer(200, two).unwrap()).unwrap();
        assert_eq!(keys.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(), ["5", "6"]);
        let none = "<packet><secret_key><get_info><result><status>ok</status></result></get_info></secret_key></packet>";
        assert_eq!(key_list_from(read_answer(200, none).unwrap()), Ok(Vec::new()));
    }
}
