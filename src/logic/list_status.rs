//! What the key list says about itself while it loads, fails or refreshes: one status at a
//! time, so "Loading…" ends with every answer, error or log-out; and its toolbar's count of
//! ticked keys (the key list's and All servers' alike).

use crate::i18n::{t, tf, Fmt, Msg};

/// "Delete selected (3)": the count, so ticks hidden by a filter or on other pages are not a
/// surprise in the confirmation.
pub fn delete_selected_text(count: usize) -> String {
    tf(Fmt::KeysDeleteSelected, &[("count", count.into())])
}

/// Where the key list stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListPhase {
    /// Nothing asked yet (or logged out).
    Idle,
    /// The first load is in flight: nothing to show yet.
    FirstLoad,
    /// A refresh is in flight: the current rows stay visible, marked as refreshing.
    Refreshing,
    /// The last load failed: its error is shown in the list, and nothing is loading.
    Failed,
    /// The list is shown.
    Ready,
}

impl ListPhase {
    pub fn of(loading: bool, loaded: bool, failed: bool) -> Self {
        match (loading, loaded, failed) {
            (true, true, _) => ListPhase::Refreshing,
            (true, false, _) => ListPhase::FirstLoad,
            (false, _, true) => ListPhase::Failed,
            (false, true, false) => ListPhase::Ready,
            (false, false, false) => ListPhase::Idle,
        }
    }

    /// The line above the list: progress while loading, the time of the last refresh after.
    pub fn status_line(self, refreshed_at: Option<&str>) -> String {
        match (self, refreshed_at) {
            (ListPhase::FirstLoad, _) => t(Msg::KeysLoading).to_owned(),
            (ListPhase::Refreshing, _) => t(Msg::KeysRefreshing).to_owned(),
            (ListPhase::Ready | ListPhase::Failed, Some(at)) => {
                tf(Fmt::KeysRefreshedAt, &[("time", at.into())])
            }
            _ => String::new(),
        }
    }

    /// Whether the rows on screen are being replaced (`aria-busy`).
    pub fn is_busy(self) -> bool {
        matches!(self, ListPhase::FirstLoad | ListPhase::Refreshing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_selected_names_the_count_once_something_is_ticked() {
        assert_eq!(delete_selected_text(0), "Delete selected");
        assert_eq!(delete_selected_text(3), "Delete selected (3)");
    }

    #[test]
    fn loading_ends_with_every_answer() {
        assert_eq!(ListPhase::of(true, false, false).status_line(None), "Loading keys…");
        assert_eq!(ListPhase::of(true, true, false).status_line(Some("10:00:00")), "Refreshing…");
        assert_eq!(ListPhase::of(true, false, true), ListPhase::FirstLoad, "a retry after an error loads");
        for (loaded, at) in [(false, None), (true, Some("10:00:00"))] {
            let failed = ListPhase::of(false, loaded, true);
            assert_eq!(failed, ListPhase::Failed);
            assert!(!failed.status_line(at).contains("Loading") && !failed.is_busy());
        }
        assert_eq!(
            ListPhase::of(false, true, false).status_line(Some("10:00:00")),
            "Last refreshed at 10:00:00."
        );
        assert_eq!(ListPhase::of(false, false, false).status_line(None), "");
        assert!(ListPhase::Refreshing.is_busy() && !ListPhase::Ready.is_busy());
    }
}
