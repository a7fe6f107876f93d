//! **The** rule for stale answers, in one place: each request takes a ticket from a
//! [`Latest`]; anything that makes earlier answers worthless (a newer request, a log-out, a
//! delete since, clearing the log) moves it on; an answer is used only with the latest ticket.
//!
//! The session (`Session::answer`), the key list's refresh, each server of All servers and the
//! packet inspector all decide with this type; none keeps a counter of its own.

/// The number of the latest request of one kind (one session, one list, one server's column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Latest(u64);

/// What a request was sent with: compare it with [`Latest::is_latest`] when its answer comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

impl Latest {
    /// A new request: earlier tickets are overtaken, the one returned is the latest.
    pub fn new_request(&mut self) -> Ticket {
        self.overtake();
        self.current()
    }

    /// Makes every ticket handed out so far stale, without a new request (a log-out, a delete
    /// whose result stands as the list, a cleared log).
    pub fn overtake(&mut self) {
        self.0 += 1;
    }

    /// A ticket for what is current now (answers taken with it count until the next change).
    pub fn current(&self) -> Ticket {
        Ticket(self.0)
    }

    /// Whether `ticket` is still the latest: nothing overtook it since it was taken.
    pub fn is_latest(&self, ticket: Ticket) -> bool {
        self.0 == ticket.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_latest_ticket_counts() {
        let mut latest = Latest::default();
        let first = latest.new_request();
        assert!(latest.is_latest(first));
        let second = latest.new_request();
        assert!(!latest.is_latest(first), "a newer request overtakes the first");
        assert!(latest.is_latest(second));
        latest.overtake();
        assert!(!latest.is_latest(second), "a log-out or a delete overtakes every request");
        let now = latest.current();
        assert!(latest.is_latest(now) && latest.is_latest(latest.current()));
        assert_ne!(latest.new_request(), now);
    }
}
