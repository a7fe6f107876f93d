//! The OpenID sign-in's routes below the panel: `auth/login` (to the provider), `auth/callback`
//! (back from it: the session cookie), `auth/logout`. The flow itself is `openid.rs`.

use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;

use super::openid::{query_pairs, OpenId, SignInError, LOGIN_TIME};
use super::session_cookie::{cookie, set_cookie, LOGIN_COOKIE, SESSION_COOKIE};
use super::state::App;

fn redirect(to: &str, cookies: &[String]) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SEE_OTHER;
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(to) {
        headers.insert(LOCATION, location);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            headers.append(SET_COOKIE, value);
        }
    }
    response
}

fn failure(error: &SignInError, cookies: &[String]) -> Response<Body> {
    tracing::warn!("sign-in failed: {error}");
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Sign-in failed</title><p>{}</p><p><a href=\"login\">Sign in again</a></p></html>\n",
        error.to_string().replace('&', "&amp;").replace('<', "&lt;")
    );
    let mut response = Response::new(Body::from(page));
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            headers.append(SET_COOKIE, value);
        }
    }
    response
}

fn openid(app: &App) -> Option<&OpenId> {
    app.signed_in.as_ref()?.openid.as_ref()
}

/// `GET auth/login`: to the provider, with a fresh state, nonce and PKCE verifier.
pub async fn login(State(app): State<App>) -> Response<Body> {
    let Some(openid) = openid(&app) else { return super::error::Refusal::NotFound.into_response() };
    match openid.begin().await {
        Ok((url, pending)) => redirect(&url, &[set_cookie(LOGIN_COOKIE, &pending, LOGIN_TIME)]),
        Err(error) => failure(&error, &[]),
    }
}

/// `GET auth/callback?code=…&state=…` (or `?error=…`): the session cookie, then the panel.
pub async fn callback(State(app): State<App>, uri: axum::http::Uri, headers: HeaderMap) -> Response<Body> {
    let Some(openid) = openid(&app) else { return super::error::Refusal::NotFound.into_response() };
    let query = query_pairs(&uri);
    // The login cookie is spent whatever happens: a replayed callback finds none.
    let spent = set_cookie(LOGIN_COOKIE, "", Duration::ZERO);
    if let Some(error) = query.get("error") {
        let said = query.get("error_description").cloned().unwrap_or_else(|| error.clone());
        return failure(&SignInError::Refused(said), &[spent]);
    }
    let (Some(code), Some(state)) = (query.get("code"), query.get("state")) else {
        return failure(&SignInError::StateMismatch, &[spent]);
    };
    match openid.finish(code, state, cookie(&headers, LOGIN_COOKIE)).await {
        Ok(session) => match openid.key.seal(SESSION_COOKIE, &session.to_value()) {
            Some(sealed) => {
                tracing::info!("signed in: {}", session.subject);
                // Back to the panel, one level up from auth/callback.
                redirect("../", &[spent, set_cookie(SESSION_COOKIE, &sealed, openid.settings.times.max)])
            }
            None => failure(&SignInError::Invalid("no randomness".into()), &[spent]),
        },
        Err(error) => failure(&error, &[spent]),
    }
}

/// `GET auth/logout`: the session ends here (refused from now on, even if replayed), then the
/// provider's end-session page when it has one.
pub async fn logout(State(app): State<App>, headers: HeaderMap) -> Response<Body> {
    let Some(openid) = openid(&app) else { return super::error::Refusal::NotFound.into_response() };
    if let Ok(session) = openid.session(&headers) {
        openid.signed_out.add(&session.id, session.began + openid.settings.times.max.as_secs());
    }
    let panel = openid.panel_url();
    let to = openid.end_session_url(&panel).await;
    redirect(&to, &[set_cookie(SESSION_COOKIE, "", Duration::ZERO)])
}
