//! The panel's route: the router's fallback, every path that is not an agent path or
//! `servers.json` (the files themselves: `panel_files.rs`).

use axum::extract::{Request, State};
use axum::http::Method;
use axum::response::{IntoResponse, Response};

use super::error::Refusal;
use super::fleet::agent_target;
use super::panel_files::serve;
use super::state::App;

/// The router's fallback. Agent paths no route names (an empty server name, or one with a `/`)
/// are unknown servers; every other path is one of the panel's files.
pub async fn files(State(app): State<App>, request: Request) -> Response {
    if agent_target(request.uri().path()).is_some() {
        return Refusal::UnknownServer.into_response();
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return Refusal::ReadOnlyMethod.into_response();
    }
    serve(&app.panel, &app.csp, request).await
}
