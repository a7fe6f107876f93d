//! The agent paths: answered by one server of the fleet (a built-in sandbox, or forwarded to its
//! Plesk server), with the same protections for every server; written to the audit log (a change
//! only once its first line is written, see `audit.rs`).

use std::time::{Instant, SystemTime};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, Response, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use axum::Extension;
use bytes::Bytes;

use super::audit::{is_change, AuditEntry, AuditPerson};
use super::body::{read_capped, BodyError};
use super::cors::{preflight, with_grant, OriginCheck};
use super::credentials::RequestCredentials;
use super::error::Refusal;
use super::exchange::exchange_as_service;
use super::exchange::{exchange, header};
use super::fleet::Server;
use super::forwarded::RequestOrigin;
use super::identity::IdentityError;
use super::scope::{
    answer_in_scope, check_packet, deletion_in_scope, refused_deletion, CheckedPacket, PacketRefusal, Scope,
};
use super::signed_in::{is_same_origin, SignedInMode};
use super::state::{App, AppState};
use plesk_xmlapi::{
    parse_request_bytes, parse_response_bytes, write_response, ErrorCode, KeyFilter, Operation,
    RequestPacket, ResponseBody, ResponsePacket, ResponseStyle, SystemError,
};

/// POST on an agent path: one packet for the server the path names.
pub async fn post(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    request: Request,
) -> HttpResponse {
    let Some(server) = app.server_for(request.uri().path()) else {
        return Refusal::UnknownServer.into_response();
    };
    let origin = app.cors.check(request.headers(), &seen);
    let mut call = Call {
        app: &app,
        seen: &seen,
        server: &server,
        started: (SystemTime::now(), Instant::now()),
        person: None,
    };
    if let Some(mode) = &app.signed_in {
        // Same origin only: no CORS grant is ever given in this mode.
        return call.post_signed_in(mode, &origin, request).await;
    }
    if origin == OriginCheck::Foreign {
        return call.refused(Refusal::ForeignOrigin, &RequestCredentials::default(), None);
    }
    with_grant(call.post(request).await, &origin)
}

/// OPTIONS on an agent path: the CORS preflight of an allowed portal.
pub async fn options(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    request: Request,
) -> HttpResponse {
    if app.server_for(request.uri().path()).is_none() {
        return Refusal::UnknownServer.into_response();
    }
    preflight(&app.cors.check(request.headers(), &seen), request.headers())
}

/// One POST on an agent path.
struct Call<'a> {
    app: &'a AppState,
    seen: &'a RequestOrigin,
    server: &'a Server,
    started: (SystemTime, Instant),
    /// The signed-in mode: who asks, and the decision so far.
    person: Option<AuditPerson>,
}

impl<'a> Call<'a> {
    fn entry<'e>(
        &'e self,
        credentials: &'e RequestCredentials,
        request: Option<&'e [u8]>,
        status: Option<StatusCode>,
        answer: Option<&'e [u8]>,
    ) -> AuditEntry<'e> {
        AuditEntry {
            time: self.started.0,
            client: self.seen.client,
            server: &self.server.name,
            credentials,
            request,
            status,
            answer,
            duration: self.started.1.elapsed(),
            person: self.person.as_ref(),
        }
    }

    /// Queues the request's last audit line; a line that cannot be queued is said in the access log.
    fn audit(&self, entry: AuditEntry<'_>) {
        if let Some(audit) = &self.app.audit {
            if let Err(error) = audit.record(entry.to_line()) {
                tracing::warn!("audit line lost: {error}");
            }
        }
    }

    fn refused(
        &mut self,
        refusal: Refusal,
        credentials: &RequestCredentials,
        request: Option<&[u8]>,
    ) -> HttpResponse {
        self.audit(self.entry(credentials, request, Some(refusal.status()), None));
        refusal.into_response()
    }

    /// The request's body, within the caps (memory room reserved first), or the refusal sent.
    async fn read_body(
        &mut self,
        headers: &HeaderMap,
        body: Body,
        credentials: &RequestCredentials,
    ) -> Result<(Bytes, tokio::sync::SemaphorePermit<'a>), HttpResponse> {
        let app: &'a AppState = self.app;
        let declared: Option<u64> = header(headers, CONTENT_LENGTH.as_str()).and_then(|v| v.parse().ok());
        // Room for the body among all bodies in memory, reserved before reading it.
        let room = declared.unwrap_or(app.max_body as u64).min(app.max_body as u64);
        let room = u32::try_from(room).unwrap_or(u32::MAX).max(1);
        let reserved = tokio::time::timeout(app.request_timeout, app.body_memory.acquire_many(room)).await;
        let Ok(Ok(room_held_until_answered)) = reserved else {
            return Err(self.refused(Refusal::Busy, credentials, None));
        };
        match read_capped(body, declared, app.max_body, app.request_timeout).await {
            Ok(body) => Ok((body, room_held_until_answered)),
            Err(error) => {
                let refusal = match error {
                    BodyError::TooSlow(_) => Refusal::BodyTooSlow,
                    BodyError::TooLarge { .. } => Refusal::BodyTooLarge,
                    BodyError::Read(_) => Refusal::BodyUnreadable,
                };
                Err(self.refused(refusal, credentials, None))
            }
        }
    }

    /// No audit line, no change: a change's first line, written before it is sent.
    async fn audit_before_change(
        &mut self,
        credentials: &RequestCredentials,
        body: &[u8],
    ) -> Result<(), HttpResponse> {
        if let Some(audit) = &self.app.audit {
            if is_change(body) {
                let first = self.entry(credentials, Some(body), None, None).to_line();
                if let Err(error) = audit.record_before_change(first).await {
                    tracing::error!("a change was refused: {error}");
                    return Err(self.refused(Refusal::AuditUnavailable, credentials, Some(body)));
                }
            }
        }
        Ok(())
    }

    async fn post(&mut self, request: Request) -> HttpResponse {
        let credentials = match RequestCredentials::read(request.headers()) {
            Ok(credentials) => credentials,
            Err(refusal) => return self.refused(refusal, &RequestCredentials::default(), None),
        };
        let (parts, body) = request.into_parts();
        let body = match self.read_body(&parts.headers, body, &credentials).await {
            Ok((body, _room_held_until_answered)) => body,
            Err(refused) => return refused,
        };
        if let Err(refused) = self.audit_before_change(&credentials, &body).await {
            return refused;
        }
        let client = self.seen.client;
        let (response, answer) =
            match exchange(self.server, &parts.headers, &credentials, client, body.clone()).await {
                Ok(answer) => (xml_response(answer.0, answer.1.clone()), Some(answer.1)),
                Err(refusal) => (refusal.into_response(), None),
            };
        self.audit(self.entry(&credentials, Some(&body), Some(response.status()), answer.as_deref()));
        response
    }
    /// Marks the audit's decision as refused, for `reason`.
    fn refuse_as(&mut self, reason: &str) {
        if let Some(person) = &mut self.person {
            person.decision = "refused".into();
            person.reason = Some(reason.to_owned());
        }
    }

    /// A packet refused by the rules: Plesk's own error shape (HTTP 200), so the panel shows the
    /// sentence; audited with the packet as received.
    fn refused_packet(
        &mut self,
        refusal: &PacketRefusal,
        credentials: &RequestCredentials,
        body: &[u8],
    ) -> HttpResponse {
        self.refuse_as(refusal.reason());
        self.answered(refusal.answer(), credentials, body)
    }

    /// An answer the service wrote itself (a refusal in Plesk's shape), audited.
    fn answered(
        &mut self,
        packet: ResponsePacket,
        credentials: &RequestCredentials,
        body: &[u8],
    ) -> HttpResponse {
        let answer = Bytes::from(write_response(&packet, ResponseStyle::Compact));
        self.audit(self.entry(credentials, Some(body), Some(StatusCode::OK), Some(&answer)));
        xml_response(StatusCode::OK, answer)
    }

    /// One POST in the signed-in mode: the person, the page, the rule, the packet — each checked
    /// before anything is sent — then the packet rebuilt, sent with the held key, and the answer
    /// cut to what the person may see.
    async fn post_signed_in(
        &mut self,
        mode: &SignedInMode,
        origin: &OriginCheck,
        request: Request,
    ) -> HttpResponse {
        let nobody = RequestCredentials::default();
        let identity = match mode.identify(request.headers(), self.seen) {
            Ok(identity) => identity,
            Err(error) => {
                tracing::warn!("agent request from {} refused: {error}", self.seen.peer);
                self.person = Some(AuditPerson {
                    via: if mode.openid.is_some() { "openid" } else { "forward-auth" }.into(),
                    decision: "refused".into(),
                    reason: Some(error.reason().into()),
                    ..AuditPerson::default()
                });
                let refusal = match error {
                    // The service's own sign-in: the session is missing, expired or signed out.
                    IdentityError::NotSignedIn | IdentityError::Session(_) if mode.openid.is_some() => {
                        Refusal::SessionEnded
                    }
                    IdentityError::NotSignedIn => Refusal::NotSignedIn,
                    _ => Refusal::IdentityRefused,
                };
                return self.refused(refusal, &nobody, None);
            }
        };
        self.person = Some(AuditPerson {
            subject: identity.subject.clone(),
            name: identity.shown_name().to_owned(),
            via: identity.source.as_str().into(),
            decision: "allowed".into(),
            ..AuditPerson::default()
        });
        if !is_same_origin(origin, request.headers()) {
            self.refuse_as("cross-site");
            return self.refused(Refusal::CrossSite, &nobody, None);
        }
        let Some(grant) = mode.settings.policy.grant(&identity, &self.server.name) else {
            self.refuse_as("server-out-of-scope");
            return self.refused(Refusal::ServerOutOfScope, &nobody, None);
        };
        if let Some(person) = &mut self.person {
            person.role = Some(grant.role.as_str().into());
            person.rule = Some(grant.rule);
        }
        // The browser's own credential headers are never forwarded in this mode.
        if RequestCredentials::read(request.headers()).map_or(true, |sent| sent != nobody) {
            tracing::warn!(
                "agent request from {}: credential headers from the browser were dropped",
                self.seen.client
            );
        }
        let Some(held) = &self.server.held_key else {
            self.refuse_as("no-held-key");
            return self.refused(Refusal::NoHeldKey, &nobody, None);
        };
        let credentials = held.credentials();
        let (parts, body) = request.into_parts();
        let received = match self.read_body(&parts.headers, body, &credentials).await {
            Ok((body, _room_held_until_answered)) => body,
            Err(refused) => return refused,
        };
        let packet = match parse_request_bytes(&received) {
            Ok(packet) => packet,
            Err(error) => {
                let refusal = PacketRefusal::Unreadable(error.errtext());
                return self.refused_packet(&refusal, &credentials, &received);
            }
        };
        let scope = match mode.scope(self.server, &grant).await {
            Ok(scope) => scope,
            Err(refusal) => {
                self.refuse_as("scope-unavailable");
                return self.refused(refusal, &credentials, Some(&received));
            }
        };
        let checked = match check_packet(&packet, &scope) {
            Ok(checked) => checked,
            Err(refusal) => return self.refused_packet(&refusal, &credentials, &received),
        };
        let sent = Bytes::from(checked.packet.to_xml());
        if let Some(refused) = self.deletions_out_of_scope(&checked, &scope).await {
            return match refused {
                Ok(answer) => {
                    self.refuse_as("key-out-of-scope");
                    self.answered(answer, &credentials, &sent)
                }
                Err(refusal) => {
                    self.refuse_as("scope-unavailable");
                    self.refused(refusal, &credentials, Some(&sent))
                }
            };
        }
        if let Err(refused) = self.audit_before_change(&credentials, &sent).await {
            return refused;
        }
        // The service is the caller: Plesk (or the sandbox) sees the service's address.
        let own = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
        let answer = match exchange(self.server, &parts.headers, &credentials, own, sent.clone()).await {
            Ok((StatusCode::OK, answer)) if scope.reaches_every_key() => answer,
            Ok((StatusCode::OK, answer)) => match answer_in_scope(&checked.packet, &answer, &scope) {
                Some(shown) => Bytes::from(shown),
                // Nothing unread is passed on: it could hold other owners' keys.
                None => {
                    let refusal = Refusal::UpstreamNotXml;
                    self.audit(self.entry(&credentials, Some(&sent), Some(refusal.status()), Some(&answer)));
                    return refusal.into_response();
                }
            },
            Ok((status, _)) => {
                let refusal = Refusal::UpstreamUnreachable;
                tracing::warn!("server {}: answered HTTP {}", self.server.name, status.as_u16());
                self.audit(self.entry(&credentials, Some(&sent), Some(refusal.status()), None));
                return refusal.into_response();
            }
            Err(refusal) => {
                self.audit(self.entry(&credentials, Some(&sent), Some(refusal.status()), None));
                return refusal.into_response();
            }
        };
        self.audit(self.entry(&credentials, Some(&sent), Some(StatusCode::OK), Some(&answer)));
        xml_response(StatusCode::OK, answer)
    }

    /// Looks up the keys each delete names (with the held key); `Some` when one is unknown or not
    /// in scope: the answer refusing the packet whole (or why the look-up failed).
    async fn deletions_out_of_scope(
        &self,
        checked: &CheckedPacket,
        scope: &Scope,
    ) -> Option<Result<ResponsePacket, Refusal>> {
        if scope.reaches_every_key() {
            return None;
        }
        let deletions = checked.deletions();
        if deletions.is_empty() {
            return None;
        }
        let mut answers = Vec::new();
        let mut all_in_scope = true;
        for keys in &deletions {
            let lookup = RequestPacket::new(Operation::GetInfo(KeyFilter::Keys((*keys).clone())));
            let looked_up = match exchange_as_service(self.server, lookup.to_xml()).await {
                Ok(body) => body,
                Err(refusal) => return Some(Err(refusal)),
            };
            let Ok(ResponseBody::Operations(mut results)) =
                parse_response_bytes(&looked_up).map(|read| read.body)
            else {
                return Some(Err(Refusal::ScopeUnavailable));
            };
            let lookup = if results.len() == 1 {
                results.remove(0)
            } else {
                return Some(Err(Refusal::ScopeUnavailable));
            };
            all_in_scope &= deletion_in_scope(keys, &lookup, scope);
            answers.push(refused_deletion(keys, &lookup, scope));
        }
        if all_in_scope {
            return None;
        }
        // Only deletes: each key answered (unknown and others' keys alike); anything else in the
        // packet: one packet-level refusal, nothing done.
        let only_deletes = checked.packet.operations().count() == deletions.len();
        Some(Ok(if only_deletes {
            ResponsePacket { version: None, body: ResponseBody::Operations(answers) }
        } else {
            ResponsePacket {
                version: None,
                body: ResponseBody::System(SystemError {
                    code: ErrorCode::PermissionDenied,
                    text: "The request named a key that does not exist or is not yours; nothing was done."
                        .into(),
                }),
            }
        }))
    }
}

/// An agent answer: XML, never cached.
pub fn xml_response(status: StatusCode, body: Bytes) -> HttpResponse {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=UTF-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
