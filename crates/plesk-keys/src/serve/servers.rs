//! `servers.json`: the servers' names and labels (never URLs or anything secret), for the panel.
//! Always answered, also for one server, so the panel never meets a 404.

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, Method, Response};
use axum::Extension;

use super::forwarded::RequestOrigin;

use super::state::App;

pub async fn listing(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    method: Method,
    headers: HeaderMap,
) -> Response<Body> {
    let fleet = app.fleet();
    // Signed in: only the servers the person may reach (no one signed in: none).
    let listing = match &app.signed_in {
        None => fleet.listing(),
        Some(mode) => {
            let identity = mode.identify(&headers, &seen).ok();
            fleet.listing_of(|server| {
                identity.as_ref().is_some_and(|who| mode.settings.policy.grant(who, &server.name).is_some())
            })
        }
    };
    let length = listing.len();
    let mut response =
        Response::new(if method == Method::HEAD { Body::empty() } else { Body::from(listing) });
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    response
}
