//! Accepting connections under load: at most `--max-connections` at once (the rest wait in the
//! kernel's backlog, costing nothing), and accept errors such as EMFILE (no file descriptor
//! left) backed off instead of retried in a busy loop that would burn a core.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Connections the kernel queues while all places are taken (capped by net.core.somaxconn).
pub const BACKLOG: u32 = 1024;

/// A listening socket with a backlog of `BACKLOG` (tokio's default is 128: a flood would be
/// refused at the door long before --max-connections is reached).
pub fn listen(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if address.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(BACKLOG)
}

/// The pause after a failed accept: 100 ms, doubling up to 1 s, back to 100 ms after a success.
#[derive(Debug)]
pub struct AcceptBackoff {
    next: Duration,
}

const FIRST_PAUSE: Duration = Duration::from_millis(100);
const LONGEST_PAUSE: Duration = Duration::from_secs(1);

impl Default for AcceptBackoff {
    fn default() -> Self {
        AcceptBackoff { next: FIRST_PAUSE }
    }
}

impl AcceptBackoff {
    pub fn pause(&mut self) -> Duration {
        let pause = self.next;
        self.next = (self.next * 2).min(LONGEST_PAUSE);
        pause
    }

    pub fn reset(&mut self) {
        self.next = FIRST_PAUSE;
    }
}

/// An accepted connection and its place among the allowed ones (freed when dropped).
pub struct Accepted {
    pub stream: TcpStream,
    pub peer: SocketAddr,
    pub permit: OwnedSemaphorePermit,
}

/// The listener with its connection limit.
pub struct Acceptor {
    listener: TcpListener,
    limit: Arc<Semaphore>,
    backoff: AcceptBackoff,
}

impl Acceptor {
    pub fn new(listener: TcpListener, max_connections: usize) -> Self {
        Acceptor {
            listener,
            limit: Arc::new(Semaphore::new(max_connections.min(Semaphore::MAX_PERMITS))),
            backoff: AcceptBackoff::default(),
        }
    }

    /// The next connection, once one of the allowed places is free. Cancel-safe.
    pub async fn next(&mut self) -> Accepted {
        loop {
            let Ok(permit) = Arc::clone(&self.limit).acquire_owned().await else {
                // The semaphore is never closed; should it be, stop accepting instead of spinning.
                std::future::pending::<()>().await;
                continue;
            };
            match self.listener.accept().await {
                Ok((stream, peer)) => {
                    self.backoff.reset();
                    return Accepted { stream, peer, permit };
                }
                Err(error) if is_per_connection(&error) => continue,
                Err(error) => {
                    let pause = self.backoff.pause();
                    tracing::warn!("accept failed: {error}; trying again in {} ms", pause.as_millis());
                    drop(permit);
                    tokio::time::sleep(pause).await;
                }
            }
        }
    }
}

/// Errors about one connection that went away before it was accepted: retry at once.
fn is_per_connection(error: &std::io::Error) -> bool {
    matches!(error.kind(), std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset)
}

/// What an HTTP/2 connection is doing: requests in flight, and when the last one ended.
#[derive(Debug)]
pub struct Activity {
    in_flight: std::sync::atomic::AtomicUsize,
    last: std::sync::Mutex<std::time::Instant>,
}

/// A request in flight; its end is noted when dropped.
pub struct InFlight(Arc<Activity>);

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Ok(mut last) = self.0.last.lock() {
            *last = std::time::Instant::now();
        }
        self.0.in_flight.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Activity {
    pub fn new() -> Self {
        Activity { in_flight: 0.into(), last: std::sync::Mutex::new(std::time::Instant::now()) }
    }

    /// A request starts; it ends when the returned guard is dropped.
    pub fn start(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        InFlight(Arc::clone(self))
    }

    /// No request in flight, and none ended within `limit`.
    pub fn idle_for(&self, limit: Duration) -> bool {
        self.in_flight.load(std::sync::atomic::Ordering::SeqCst) == 0
            && self.last.lock().map(|last| last.elapsed() >= limit).unwrap_or(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_is_idle_only_without_requests_for_the_whole_limit() {
        let activity = Arc::new(Activity::new());
        assert!(!activity.idle_for(Duration::from_secs(60)), "just opened");
        assert!(activity.idle_for(Duration::ZERO));
        let request = activity.start();
        assert!(!activity.idle_for(Duration::ZERO), "a request in flight");
        drop(request);
        assert!(activity.idle_for(Duration::ZERO));
        assert!(!activity.idle_for(Duration::from_secs(60)), "a request just ended");
    }

    #[test]
    fn backoff_doubles_to_a_second_and_resets() {
        let mut backoff = AcceptBackoff::default();
        let pauses: Vec<u128> = (0..6).map(|_| backoff.pause().as_millis()).collect();
        assert_eq!(pauses, [100, 200, 400, 800, 1000, 1000]);
        backoff.reset();
        assert_eq!(backoff.pause(), FIRST_PAUSE);
    }

    #[tokio::test]
    async fn no_more_than_the_limit_at_once() {
        let listener = listen("127.0.0.1:0".parse().unwrap()).unwrap();
        let address = listener.local_addr().unwrap();
        let mut acceptor = Acceptor::new(listener, 2);
        let _clients: Vec<_> = (0..3).map(|_| std::net::TcpStream::connect(address).unwrap()).collect();
        let first = acceptor.next().await;
        let _second = acceptor.next().await;
        let third = tokio::time::timeout(Duration::from_millis(200), acceptor.next()).await;
        assert!(third.is_err(), "the third waits while two are open");
        drop(first);
        let third = tokio::time::timeout(Duration::from_secs(5), acceptor.next()).await;
        assert!(third.is_ok(), "a freed place is used");
    }
}
