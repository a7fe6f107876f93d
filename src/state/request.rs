//! Writes to Plesk (create, look up, delete, rotate) as Leptos [`Action`]s bound to the session:
//! the action's `pending()` disables the button that sent it, and the answer is handed to `done`
//! only while the session that sent the request is still the current one. An answer that
//! arrives after Log out, the idle timeout or another connect is dropped: it must neither
//! reconnect, nor store a key, nor show a new key value to the next person at this browser.
//!
//! Reads: the key list is the [`KeysStore`](crate::state::keys::KeysStore)'s (seeded by
//! Connect's one packet, edited after deletes, refreshed on demand, stale answers dropped).

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::api::{AgentClient, ApiError};
use crate::servers::{Fleet, FleetTarget};
use crate::session::{Credential, Session};

/// The work of one dispatch, boxed: every write shares one `Action<Job, ()>` type, so the wasm
/// holds one copy of Leptos' action machinery instead of one per input type (~50 kB raw).
type Job = Rc<RefCell<Option<Work>>>;
/// A dispatch's work: the request and what happens with its answer.
type Work = Pin<Box<dyn Future<Output = ()>>>;
/// Turns an action's input into its work. The input is erased too: one stored type for every
/// action (a `StoredValue` per input type would cost ~1.5 kB of wasm each).
type Start = Rc<dyn Fn(Box<dyn Any>) -> Work>;

/// A write as a Leptos [`Action`]: `dispatch(input)` starts it, `pending()` is true until its
/// work is done.
pub struct WriteAction<I: 'static> {
    action: Action<Job, ()>,
    start: StoredValue<Start, LocalStorage>,
    /// The action's `pending()`, made once (each call would make a new memo).
    pending: Memo<bool>,
    input: PhantomData<fn(I)>,
}

impl<I> Clone for WriteAction<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I> Copy for WriteAction<I> {}

impl<I: 'static> WriteAction<I> {
    /// An action whose dispatch runs `work(input)`.
    pub fn new<Fut>(work: impl Fn(I) -> Fut + 'static) -> Self
    where
        Fut: Future<Output = ()> + 'static,
    {
        let action = Action::new_local(|job: &Job| {
            let work = job.borrow_mut().take();
            async move {
                if let Some(work) = work {
                    work.await;
                }
            }
        });
        let start: Start = Rc::new(move |input: Box<dyn Any>| match input.downcast::<I>() {
            Ok(input) => Box::pin(work(*input)),
            // Never: `dispatch` boxes an `I`.
            Err(_) => Box::pin(async {}),
        });
        WriteAction {
            action,
            start: StoredValue::new_local(start),
            pending: action.pending(),
            input: PhantomData,
        }
    }

    pub fn dispatch(&self, input: I) {
        // Called outside the stored value's borrow: the work may touch other reactive values.
        if let Some(work) = self.start.try_get_value().map(|start| start(Box::new(input))) {
            self.action.dispatch_local(Rc::new(RefCell::new(Some(work))));
        }
    }

    /// True while a dispatch is in flight (to disable the button that sent it).
    pub fn pending(&self) -> Memo<bool> {
        self.pending
    }
}

/// An action sending `request(client, credential, input)` with the credential current at
/// dispatch; nothing is sent when there is none. `done(input, answer)` runs only while that
/// session is still the current one.
pub fn session_action<I, T, Req, Fut, Done>(
    session: Session,
    client: AgentClient,
    request: Req,
    done: Done,
) -> WriteAction<I>
where
    I: Clone + 'static,
    T: 'static,
    Req: Fn(AgentClient, Credential, I) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
    Done: Fn(I, Result<T, ApiError>) + Clone + 'static,
{
    WriteAction::new(move |input: I| {
        let sent = session
            .credential_untracked()
            .map(|credential| session.answer(request(client.clone(), credential, input.clone())));
        let done = done.clone();
        async move {
            let Some(answer) = sent else { return };
            if let Some(result) = answer.await {
                done(input, result);
            }
        }
    })
}

/// A write to every connected server of the fleet as one action: one request per server, all
/// in parallel; `each(server, answer)` as each answer arrives and `all()` after the last — only
/// while the session that sent them is still the current one. `pending()` lasts until the last
/// answer.
pub fn fleet_action<I, T, Req, Fut, Each, All>(
    session: Session,
    fleet: Fleet,
    request: Req,
    each: Each,
    all: All,
) -> WriteAction<I>
where
    I: Clone + 'static,
    T: 'static,
    Req: Fn(AgentClient, Credential, I) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
    Each: Fn(&FleetTarget, Result<T, ApiError>) + Clone + 'static,
    All: Fn() + Clone + 'static,
{
    WriteAction::new(move |input: I| {
        let asked: Vec<_> = fleet
            .targets()
            .into_iter()
            .filter_map(|target| {
                let answer =
                    session.answer(request(target.client.clone(), target.credential.clone()?, input.clone()));
                let each = each.clone();
                Some(async move {
                    if let Some(result) = answer.await {
                        each(&target, result);
                    }
                })
            })
            .collect();
        let (all, every_answer) = (all.clone(), session.answer(all_of(asked)));
        async move {
            if every_answer.await.is_some() {
                all();
            }
        }
    })
}

/// Runs every future at once and waits for all of them; their outputs in the order given.
/// (A small join: each wake polls the unfinished ones — fine for a fleet's few dozen requests,
/// and less wasm than `futures`' `join_all`.)
pub fn all_of<T: 'static>(work: Vec<impl Future<Output = T> + 'static>) -> impl Future<Output = Vec<T>> {
    let work: Vec<Option<Pin<Box<dyn Future<Output = T>>>>> =
        work.into_iter().map(|future| Some(Box::pin(future) as Pin<Box<dyn Future<Output = T>>>)).collect();
    AllOf { outputs: work.iter().map(|_| None).collect(), work }
}

struct AllOf<T> {
    work: Vec<Option<Pin<Box<dyn Future<Output = T>>>>>,
    outputs: Vec<Option<T>>,
}

// Nothing is pinned in place: each future is boxed, the outputs are moved out at the end.
impl<T> Unpin for AllOf<T> {}

impl<T> Future for AllOf<T> {
    type Output = Vec<T>;

    fn poll(self: Pin<&mut Self>, context: &mut std::task::Context<'_>) -> std::task::Poll<Vec<T>> {
        let this = self.get_mut();
        let mut waiting = false;
        for (slot, output) in this.work.iter_mut().zip(this.outputs.iter_mut()) {
            if let Some(future) = slot {
                match future.as_mut().poll(context) {
                    std::task::Poll::Ready(value) => {
                        *output = Some(value);
                        *slot = None;
                    }
                    std::task::Poll::Pending => waiting = true,
                }
            }
        }
        if waiting {
            return std::task::Poll::Pending;
        }
        std::task::Poll::Ready(this.outputs.iter_mut().filter_map(Option::take).collect())
    }
}
