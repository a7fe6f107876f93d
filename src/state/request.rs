//! Writes to Plesk (create, look up, delete, rotate) as Leptos [`Action`]s bound to the session:
//! the action's `pending()` disables the button that sent it, and the answer is handed to `done`
//! only while the session that sent the request is still the current one. An answer that
//! arrives after Log out, the idle timeout or another connect is dropped: it must neither
//! reconnect, nor store a key, nor show a new key value to the next person at this browser.
//!
//! Reads: the key list is the [`KeysStore`](crate::state::keys::KeysStore)'s (seeded by
//! Connect's one packet, edited after deletes, refreshed on demand, stale answers dropped).

use std::future::Future;

use leptos::prelude::*;

use crate::api::{AgentClient, ApiError};
use crate::servers::{Fleet, FleetTarget};
use crate::session::{Credential, Session};

/// An action sending `request(client, credential, input)` with the credential current at
/// dispatch; nothing is sent when there is none. `done(input, answer)` runs only while that
/// session is still the current one.
pub fn session_action<I, T, Req, Fut, Done>(
    session: Session,
    client: AgentClient,
    request: Req,
    done: Done,
) -> Action<I, ()>
where
    I: Clone + Send + Sync + 'static,
    T: 'static,
    Req: Fn(AgentClient, Credential, I) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
    Done: Fn(I, Result<T, ApiError>) + Clone + 'static,
{
    Action::new_local(move |input: &I| {
        let sent = session.credential_untracked().map(|credential| {
            let ticket = session.ticket();
            (ticket, request(client.clone(), credential, input.clone()))
        });
        let (input, done) = (input.clone(), done.clone());
        async move {
            let Some((ticket, answer)) = sent else { return };
            let result = answer.await;
            if session.is_current(ticket) {
                done(input, result);
            }
        }
    })
}

/// A write to every connected server of the fleet as one action: one request per server, all
/// in parallel; `each(server, answer)` as each answer arrives and `all()` after the last — only
/// while the session that sent them is still the current one. `pending()` lasts until the last
/// answer. (Dispatch with `dispatch_local`: a server's client is not `Send`.)
pub fn fleet_action<I, T, Req, Fut, Each, All>(
    session: Session,
    fleet: Fleet,
    request: Req,
    each: Each,
    all: All,
) -> Action<I, ()>
where
    I: Clone + 'static,
    T: 'static,
    Req: Fn(AgentClient, Credential, I) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
    Each: Fn(&FleetTarget, Result<T, ApiError>) + Clone + 'static,
    All: Fn() + Clone + 'static,
{
    Action::new_local(move |input: &I| {
        let ticket = session.ticket();
        let asked: Vec<_> = fleet
            .targets()
            .into_iter()
            .filter_map(|target| {
                let answer = request(target.client.clone(), target.credential.clone()?, input.clone());
                let each = each.clone();
                Some(async move {
                    let result = answer.await;
                    if session.is_current(ticket) {
                        each(&target, result);
                    }
                })
            })
            .collect();
        let all = all.clone();
        async move {
            futures::future::join_all(asked).await;
            if session.is_current(ticket) {
                all();
            }
        }
    })
}
