//! The idle timeout: after a period without input the panel warns, then logs out.

use std::time::Duration;

use crate::i18n::{tf, Arg, Fmt};

/// The name of the meta tag that sets the timeout, in seconds (the contract's).
pub use plesk_xmlapi::contract::meta::IDLE_TIMEOUT as IDLE_META;
/// The default: 15 minutes.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// How long before the log-out the warning appears (at most half the timeout).
pub const WARNING_BEFORE: Duration = Duration::from_secs(60);
/// The shortest timeout accepted from the meta tag.
pub const MINIMUM_TIMEOUT: Duration =
    Duration::from_secs(plesk_xmlapi::contract::meta::MIN_IDLE_TIMEOUT_SECONDS);

/// Where an idle session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    Active,
    /// Logged out in this many whole seconds unless the user acts.
    Warning {
        seconds_left: u64,
    },
    Expired,
}

/// The timeout configured by the meta tag's content; the default when absent or unreadable.
pub fn timeout_from_meta(content: Option<&str>) -> Duration {
    content
        .and_then(|text| text.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
        .map(|timeout| timeout.max(MINIMUM_TIMEOUT))
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// The state after `idle` without input under `timeout`.
pub fn idle_state(timeout: Duration, idle: Duration) -> IdleState {
    let warning = WARNING_BEFORE.min(timeout / 2);
    if idle >= timeout {
        IdleState::Expired
    } else if idle >= timeout - warning {
        IdleState::Warning { seconds_left: (timeout - idle).as_secs().max(1) }
    } else {
        IdleState::Active
    }
}

/// Whether a key stored by an earlier page of this tab (a reload, a restored or duplicated tab)
/// may be used again: only if its last activity, in milliseconds since the epoch, is known and
/// within `timeout` of `now` (both in milliseconds since the epoch). A clock that went backwards
/// counts as no time passed.
pub fn restorable(last_activity_ms: Option<u64>, now_ms: u64, timeout: Duration) -> bool {
    last_activity_ms.is_some_and(|last| u128::from(now_ms.saturating_sub(last)) < timeout.as_millis())
}

/// The warning sentence.
pub fn warning_text(seconds_left: u64) -> String {
    tf(Fmt::IdleWarning, &[("seconds", Arg::Number(seconds_left as f64))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_then_expires() {
        let timeout = DEFAULT_TIMEOUT;
        assert_eq!(idle_state(timeout, Duration::from_secs(60)), IdleState::Active);
        assert_eq!(idle_state(timeout, Duration::from_secs(850)), IdleState::Warning { seconds_left: 50 });
        assert_eq!(idle_state(timeout, Duration::from_secs(900)), IdleState::Expired);
        let short = Duration::from_secs(20);
        assert_eq!(idle_state(short, Duration::from_secs(9)), IdleState::Active);
        assert_eq!(idle_state(short, Duration::from_secs(11)), IdleState::Warning { seconds_left: 9 });
    }

    #[test]
    fn a_stored_key_survives_only_within_the_timeout() {
        let timeout = Duration::from_secs(900);
        let now = 1_800_000_000_000;
        assert!(restorable(Some(now - 1_000), now, timeout), "a reload a second later");
        assert!(restorable(Some(now + 5_000), now, timeout), "a clock set back");
        assert!(!restorable(Some(now - 900_000), now, timeout), "restored after the timeout");
        assert!(!restorable(None, now, timeout), "no recorded activity (or unreadable): not trusted");
    }

    #[test]
    fn meta_configures_with_a_floor() {
        assert_eq!(timeout_from_meta(None), DEFAULT_TIMEOUT);
        assert_eq!(timeout_from_meta(Some("120")), Duration::from_secs(120));
        assert_eq!(timeout_from_meta(Some("1")), MINIMUM_TIMEOUT);
        assert_eq!(timeout_from_meta(Some("soon")), DEFAULT_TIMEOUT);
    }
}
