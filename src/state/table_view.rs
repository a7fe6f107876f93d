//! How a person looks at a key table — filters, sort order, page and the ticked keys — the same
//! for the key list and All servers (one model, one set of rules): a new filter or sort goes back
//! to page 1; ticks are remembered by mark (see `IndexedKeys::mark_at`), so they survive paging,
//! filtering and refreshes.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::logic::list_view::{Column, Filters, IndexedKeys, SortOrder};

#[derive(Clone, Copy)]
pub struct TableView {
    filters: RwSignal<Filters>,
    order: RwSignal<SortOrder>,
    page: RwSignal<usize>,
    /// Marks of the ticked keys.
    selected: RwSignal<BTreeSet<String>>,
}

impl TableView {
    pub fn new() -> Self {
        TableView {
            filters: RwSignal::new(Filters::default()),
            order: RwSignal::new(SortOrder::default()),
            page: RwSignal::new(0),
            selected: RwSignal::new(BTreeSet::new()),
        }
    }

    pub fn filters(&self) -> ReadSignal<Filters> {
        self.filters.read_only()
    }

    pub fn order(&self) -> ReadSignal<SortOrder> {
        self.order.read_only()
    }

    /// The page asked for (the table caps it at the last page).
    pub fn page(&self) -> ReadSignal<usize> {
        self.page.read_only()
    }

    /// Shows page `page` (0-based).
    pub fn set_page(&self, page: usize) {
        self.page.set(page);
    }

    /// Filters by text; back to the first page.
    pub fn set_filter_text(&self, text: String) {
        self.filters.update(|filters| filters.text = text);
        self.page.set(0);
    }

    /// Filters by owner (`None`: all owners); back to the first page.
    pub fn set_owner_filter(&self, owner: Option<String>) {
        self.filters.update(|filters| filters.owner = owner);
        self.page.set(0);
    }

    /// **Needs attention**: only keys with a warning or a danger finding; back to the first page.
    pub fn set_attention(&self, on: bool) {
        self.filters.update(|filters| filters.attention = on);
        self.page.set(0);
    }

    /// **Clear filter**: every key again; back to the first page.
    pub fn clear_filters(&self) {
        self.filters.set(Filters::default());
        self.page.set(0);
    }

    /// Sorts by `column` (again: the other direction); back to the first page.
    pub fn toggle_sort(&self, column: Column) {
        self.order.update(|order| *order = order.toggled(column));
        self.page.set(0);
    }

    /// Whether the key marked `mark` is ticked (tracked).
    pub fn is_selected(&self, mark: &str) -> bool {
        self.selected.with(|selected| selected.contains(mark))
    }

    /// How many keys are ticked (tracked).
    pub fn selected_count(&self) -> usize {
        self.selected.with(BTreeSet::len)
    }

    /// The ticked marks (tracked).
    pub fn selected(&self) -> ReadSignal<BTreeSet<String>> {
        self.selected.read_only()
    }

    /// Ticks or unticks one key.
    pub fn set_selected(&self, mark: String, on: bool) {
        self.selected.update(|selected| {
            if on {
                selected.insert(mark);
            } else {
                selected.remove(&mark);
            }
        });
    }

    /// The header box: ticks (or unticks) every key the filters let through, on every page.
    pub fn set_all_selected(&self, marks: Vec<String>, on: bool) {
        self.selected.update(|selected| {
            for mark in marks {
                if on {
                    selected.insert(mark);
                } else {
                    selected.remove(&mark);
                }
            }
        });
    }

    /// **Clear** (of the selection line), and Log out.
    pub fn clear_selection(&self) {
        self.selected.set(BTreeSet::new());
    }

    /// Keeps only the ticks of keys still in `keys` (after a refresh or a delete); copies
    /// nothing when nothing is ticked.
    pub fn keep_selected_in(&self, keys: &IndexedKeys) {
        if self.selected.with_untracked(BTreeSet::is_empty) {
            return;
        }
        let present: std::collections::HashSet<&str> = keys.marks().iter().map(String::as_str).collect();
        self.selected.update(|selected| selected.retain(|mark| present.contains(mark.as_str())));
    }
}

impl Default for TableView {
    fn default() -> Self {
        Self::new()
    }
}
