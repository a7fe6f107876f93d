//! One way to send a request from a view: with the session's credential, in the background,
//! `busy` set while it is in flight (to disable the button), the answer handed to `done` — but
//! only while the session that sent it is still the current one. An answer that arrives after
//! Log out, the idle timeout or another connect is dropped: it must neither reconnect, nor
//! store a key, nor show a new key value to the next person at this browser.

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
    let ticket = session.ticket();
    let client = client.clone();
    busy.set(true);
    spawn_local(async move {
        let result = request(client, credential).await;
        // The view that asked may be gone (a dialog closed): `try_set` is a no-op then.
        busy.try_set(false);
        if session.is_current(ticket) {
            done(result);
        }
    });
}
