//! The `Router`: the routes (the agent paths — the bare one for the first server,
//! `servers/NAME/…` for each —, `servers.json`, the panel's files for everything else) and, in
//! one place, the layers around them: the gate (Host check, Transfer-Encoding refusal) before
//! routing, the CSP of the agent paths, the headers on every answer, and one access-log line per
//! request on stderr (method, path, status, time — never headers, so never a key).

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::Body;
use axum::http::header::{HeaderValue, CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY};
use axum::http::HeaderName;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use super::error::Refusal;
use super::state::App;
use super::{access_log, agent, gate, openid, openid_routes, panel, servers, session_info};

/// The headers every answer carries: no sniffing, no referrer, no window shared with an opener
/// from another origin, and no powerful browser feature.
const EVERY_ANSWER: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), \
         magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()",
    ),
];

/// The server for a listener of `scheme` (`http`, or `https` when it does TLS itself).
pub fn router(app: App, scheme: &'static str) -> Router {
    let agent_path = plesk_xmlapi::AGENT_PATH;
    // No RequestBodyLimitLayer: it would answer 413 before the origin gate (403 comes first)
    // and before the audit log sees the request; the agent handler caps the body instead,
    // after reserving room for it among all bodies in memory (--max-body-memory).
    // Every agent answer carries `default-src 'none'`: nothing in it may run or load anything,
    // whatever a browser makes of it.
    let agent = post(agent::post)
        .options(agent::options)
        .fallback(|| async { Refusal::AgentMethod.into_response() })
        .layer::<_, Infallible>(SetResponseHeaderLayer::overriding(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'"),
        ));
    let mut router = Router::new()
        .route(agent_path, agent.clone())
        .route(&format!("/servers/{{name}}{agent_path}"), agent)
        .route(
            "/servers.json",
            get(servers::listing).fallback(|| async { Refusal::ReadOnlyMethod.into_response() }),
        )
        .route(
            &format!("/{}", plesk_xmlapi::contract::SESSION_FILE),
            get(session_info::session).fallback(|| async { Refusal::ReadOnlyMethod.into_response() }),
        )
        .route(&format!("/{}", openid::LOGIN_PATH), get(openid_routes::login))
        .route(&format!("/{}", openid::CALLBACK_PATH), get(openid_routes::callback))
        .route(&format!("/{}", openid::LOGOUT_PATH), get(openid_routes::logout))
        .fallback(panel::files)
        .layer(middleware::from_fn_with_state((Arc::clone(&app), scheme), gate::gate));
    for (name, value) in EVERY_ANSWER {
        router = router.layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    if scheme == "https" {
        // HSTS when this listener serves TLS itself (behind a TLS proxy that is the proxy's job).
        router = router.layer(SetResponseHeaderLayer::overriding(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    if !app.quiet {
        router = router.layer(
            TraceLayer::new_for_http()
                .make_span_with(access_log::span::<Body>)
                .on_request(())
                .on_response(access_log::answered::<Body>)
                .on_body_chunk(())
                .on_eos(())
                .on_failure(()),
        );
    }
    router.with_state(app)
}
