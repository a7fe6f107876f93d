//! One way to send a request from a view: with the session's credential, in the background,
//! `busy` set while it is in flight (to disable the button), the answer handed to `done`.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{AgentClient, ApiError};
use crate::session::{Credential, Session};

/// Sends `request` with the current credential; nothing is sent when there is none.
pub fn send_request<T, Req, Fut, Done>(
    session: Session,
    client: &AgentClient,
    busy: RwSignal<bool>,
    request: Req,
    done: Done,
) where
    T: 'static,
    Req: FnOnce(AgentClient, Credential) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
    Done: FnOnce(Result<T, ApiError>) + 'static,
{
    let Some(credential) = session.credential_untracked() else { return };
    let client = client.clone();
    busy.set(true);
    spawn_local(async move {
        let result = request(client, credential).await;
        busy.set(false);
        done(result);
    });
}
