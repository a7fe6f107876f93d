//! What the key table shows: filter, sort, page, and the count line.

use std::cmp::Ordering;

use plesk_xmlapi::KeyInfo;

/// A sortable column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    IpAddresses,
    Description,
    Owner,
}

impl Column {
    pub const ALL: [Column; 4] = [Column::Id, Column::IpAddresses, Column::Description, Column::Owner];

    /// The header text (and the sort button's name).
    pub fn title(self) -> &'static str {
        match self {
            Column::Id => "ID",
            Column::IpAddresses => "IP addresses",
            Column::Description => "Description",
            Column::Owner => "Owner",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// The table's sort order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortOrder {
    pub column: Column,
    pub direction: Direction,
}

impl Default for SortOrder {
    fn default() -> Self {
        SortOrder { column: Column::Id, direction: Direction::Ascending }
    }
}

impl SortOrder {
    /// Clicking a header: the same column flips, another column sorts ascending.
    pub fn toggled(self, column: Column) -> Self {
        if self.column == column {
            let direction = match self.direction {
                Direction::Ascending => Direction::Descending,
                Direction::Descending => Direction::Ascending,
            };
            SortOrder { column, direction }
        } else {
            SortOrder { column, direction: Direction::Ascending }
        }
    }

    /// `aria-sort` of a column header.
    pub fn aria_sort(self, column: Column) -> &'static str {
        match (self.column == column, self.direction) {
            (false, _) => "none",
            (true, Direction::Ascending) => "ascending",
            (true, Direction::Descending) => "descending",
        }
    }
}

/// The filters above the table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Matches ID, any address, description or owner, case-insensitively.
    pub text: String,
    /// Only keys of this owner; `None` for every owner.
    pub owner: Option<String>,
}

/// Lower-cased search text of a key, computed once per list.
fn haystack(info: &KeyInfo) -> String {
    let mut text = String::with_capacity(64);
    text.push_str(&info.id);
    text.push('\u{1f}');
    text.push_str(&info.ip_addresses.join(","));
    text.push('\u{1f}');
    text.push_str(&info.description);
    text.push('\u{1f}');
    text.push_str(info.owner.as_deref().unwrap_or(""));
    fold(text)
}

/// Lower case for matching and sorting; ASCII (nearly every key) in place.
fn fold(mut text: String) -> String {
    if text.is_ascii() {
        text.make_ascii_lowercase();
        text
    } else {
        text.to_lowercase()
    }
}

/// A key's sort keys, computed once per list: comparisons never parse or allocate.
#[derive(Debug, Clone, PartialEq)]
struct SortKeys {
    /// The ID as a number, when it is one (Plesk's IDs are).
    numeric_id: Option<u64>,
    folded_description: String,
}

impl SortKeys {
    fn of(info: &KeyInfo) -> Self {
        SortKeys { numeric_id: info.id.parse().ok(), folded_description: fold(info.description.clone()) }
    }
}

/// IDs compare as numbers when both are numbers.
fn compare_ids(a: (&KeyInfo, &SortKeys), b: (&KeyInfo, &SortKeys)) -> Ordering {
    match (a.1.numeric_id, b.1.numeric_id) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.0.id.cmp(&b.0.id),
    }
}

fn compare(a: (&KeyInfo, &SortKeys), b: (&KeyInfo, &SortKeys), column: Column) -> Ordering {
    match column {
        Column::Id => compare_ids(a, b),
        Column::IpAddresses => a.0.ip_addresses.cmp(&b.0.ip_addresses),
        Column::Description => a.1.folded_description.cmp(&b.1.folded_description),
        Column::Owner => a.0.owner.cmp(&b.0.owner),
    }
    .then_with(|| compare_ids(a, b))
}

/// A key list prepared for fast sorting and filtering: search texts and sort keys computed once
/// per refresh. Views are positions into the list (`u32`), so a keystroke never clones a key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexedKeys {
    keys: Vec<KeyInfo>,
    search: Vec<String>,
    sort_keys: Vec<SortKeys>,
    owners: Vec<String>,
}

impl IndexedKeys {
    pub fn new(keys: Vec<KeyInfo>) -> Self {
        let search = keys.iter().map(haystack).collect();
        let sort_keys = keys.iter().map(SortKeys::of).collect();
        let mut distinct: Vec<&str> = keys.iter().filter_map(|k| k.owner.as_deref()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let owners = distinct.into_iter().map(str::to_owned).collect();
        IndexedKeys { keys, search, sort_keys, owners }
    }

    pub fn all(&self) -> &[KeyInfo] {
        &self.keys
    }

    /// The key at a position of [`IndexedKeys::sorted`] or [`IndexedKeys::filtered`].
    pub fn at(&self, position: u32) -> Option<&KeyInfo> {
        self.keys.get(position as usize)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The distinct owners, sorted, for the owner filter.
    pub fn owners(&self) -> &[String] {
        &self.owners
    }

    /// Every key's position, in `order` (changes only when the list or the order does).
    pub fn sorted(&self, order: SortOrder) -> Vec<u32> {
        let mut positions: Vec<u32> = (0..self.keys.len() as u32).collect();
        let entry = |p: u32| (&self.keys[p as usize], &self.sort_keys[p as usize]);
        // IDs are unique and break every tie, so an unstable sort is deterministic.
        positions.sort_unstable_by(|&a, &b| {
            let ordering = compare(entry(a), entry(b), order.column);
            match order.direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        positions
    }

    /// The positions of `sorted` the filters let through, in the same order.
    pub fn filtered(&self, sorted: &[u32], filters: &Filters) -> Vec<u32> {
        let needle = filters.text.trim().to_lowercase();
        // `str::contains` (not memchr's memmem): ~1 ms more per keystroke on 10,000 keys, 9 kB
        // less wasm (docs/performance.md).
        sorted
            .iter()
            .copied()
            .filter(|&p| {
                let (key, text) = (&self.keys[p as usize], &self.search[p as usize]);
                (needle.is_empty() || text.contains(needle.as_str()))
                    && filters.owner.as_ref().is_none_or(|owner| key.owner.as_ref() == Some(owner))
            })
            .collect()
    }

    /// The keys the filters let through, in the sort order.
    pub fn view(&self, filters: &Filters, order: SortOrder) -> Vec<&KeyInfo> {
        self.filtered(&self.sorted(order), filters).into_iter().filter_map(|p| self.at(p)).collect()
    }
}

/// "12 keys", "1 key", "3 of 12 shown".
/// What a key with no address means, in the list and in look-ups: a risk, said plainly.
pub const ANY_ADDRESS: &str = "Any address (no IP restriction)";

/// A key's addresses as shown to people: the list, or [`ANY_ADDRESS`] for a key Plesk accepts
/// from anywhere (made by `plesk bin secret_key --create` without `-ip-address`).
pub fn addresses_shown(info: &KeyInfo) -> String {
    if info.binds_any_address() {
        ANY_ADDRESS.to_owned()
    } else {
        info.ip_addresses.join(", ")
    }
}

pub fn count_line(shown: usize, total: usize) -> String {
    let noun = |n: usize| if n == 1 { "key" } else { "keys" };
    if shown == total {
        format!("{total} {}", noun(total))
    } else {
        format!("{shown} of {total} shown")
    }
}

/// Rows per page of the table (keeps thousands of keys responsive).
pub const PAGE_SIZE: usize = 50;

/// The number of pages for `count` rows (at least one).
pub fn page_count(count: usize) -> usize {
    count.div_ceil(PAGE_SIZE).max(1)
}

/// The rows of page `page` (0-based, clamped).
pub fn page_of<T>(rows: &[T], page: usize) -> &[T] {
    let page = page.min(page_count(rows.len()) - 1);
    let start = page * PAGE_SIZE;
    &rows[start.min(rows.len())..(start + PAGE_SIZE).min(rows.len())]
}

/// The page of a table shown now — the key list's and All servers' alike: its rows (positions
/// in the table's own list), where it is, and the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TablePage<T> {
    /// The rows of this page.
    pub rows: Vec<T>,
    /// How many rows the filters let through (on every page).
    pub shown: usize,
    /// How many rows there are before filtering.
    pub total: usize,
    /// This page (0-based): the one asked for, or the last one when fewer are left.
    pub page: usize,
    pub pages: usize,
}

impl<T: Clone> TablePage<T> {
    /// Page `requested` of `shown` (the rows the filters let through, in order) out of `total`.
    pub fn of(shown: &[T], total: usize, requested: usize) -> Self {
        let pages = page_count(shown.len());
        let page = requested.min(pages - 1);
        TablePage { rows: page_of(shown, page).to_vec(), shown: shown.len(), total, page, pages }
    }

    /// This page and how many there are (for the pager).
    pub fn place(&self) -> (usize, usize) {
        (self.page, self.pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_page_is_capped_at_the_last_page() {
        let rows: Vec<u32> = (0..120).collect();
        let second = TablePage::of(&rows, 130, 1);
        assert_eq!((second.rows.first(), second.rows.len()), (Some(&50), PAGE_SIZE));
        assert_eq!((second.shown, second.total, second.place()), (120, 130, (1, 3)));
        let past_the_end = TablePage::of(&rows, 120, 9);
        assert_eq!((past_the_end.page, past_the_end.rows.len()), (2, 20), "the last page instead");
        let empty = TablePage::<u32>::of(&[], 0, 3);
        assert_eq!((empty.page, empty.pages, empty.rows.len()), (0, 1, 0));
    }

    #[test]
    fn a_key_without_addresses_is_shown_as_any_address() {
        let mut info = KeyInfo { id: "1".into(), ..KeyInfo::default() };
        assert_eq!(addresses_shown(&info), ANY_ADDRESS);
        info.ip_addresses = vec!["192.0.2.1".into(), "::1".into()];
        assert_eq!(addresses_shown(&info), "192.0.2.1, ::1");
    }

    fn key(id: &str, ip: &str, description: &str, owner: &str) -> KeyInfo {
        KeyInfo {
            id: id.into(),
            ip_addresses: vec![ip.into()],
            description: description.into(),
            owner: Some(owner.into()),
        }
    }

    fn sample() -> IndexedKeys {
        IndexedKeys::new(vec![
            key("10", "192.0.2.10", "Backup robot", "admin"),
            key("9", "2001:db8::1", "deploy", "jdoe"),
            key("100", "192.0.2.1", "CI", "reseller1"),
        ])
    }

    fn ids(view: Vec<&KeyInfo>) -> Vec<&str> {
        view.into_iter().map(|k| k.id.as_str()).collect()
    }

    #[test]
    fn ids_sort_numerically_and_headers_flip() {
        let keys = sample();
        let order = SortOrder::default();
        assert_eq!(ids(keys.view(&Filters::default(), order)), ["9", "10", "100"]);
        let flipped = order.toggled(Column::Id);
        assert_eq!(flipped.aria_sort(Column::Id), "descending");
        assert_eq!(ids(keys.view(&Filters::default(), flipped)), ["100", "10", "9"]);
        let by_description = flipped.toggled(Column::Description);
        assert_eq!(ids(keys.view(&Filters::default(), by_description)), ["10", "100", "9"]);
        assert_eq!(by_description.aria_sort(Column::Id), "none");
    }

    #[test]
    fn text_filter_matches_every_column_case_insensitively() {
        let keys = sample();
        let find =
            |text: &str| ids(keys.view(&Filters { text: text.into(), owner: None }, SortOrder::default()));
        assert_eq!(find("robot"), ["10"]);
        assert_eq!(find("2001:DB8"), ["9"]);
        assert_eq!(find("reseller"), ["100"]);
        assert_eq!(find("100"), ["100"]);
        assert_eq!(find("  "), ["9", "10", "100"]);
        let owned =
            keys.view(&Filters { text: String::new(), owner: Some("jdoe".into()) }, SortOrder::default());
        assert_eq!(ids(owned), ["9"]);
        assert_eq!(keys.owners(), ["admin", "jdoe", "reseller1"]);
    }

    #[test]
    fn sorting_uses_folded_descriptions_and_filtering_keeps_the_order() {
        let keys = IndexedKeys::new(vec![
            key("3", "192.0.2.3", "beta", "admin"),
            key("1", "192.0.2.1", "Beta", "admin"),
            key("2", "192.0.2.2", "ALPHA", "jdoe"),
            key("x7", "192.0.2.7", "alpha", "jdoe"),
        ]);
        let by_description = SortOrder { column: Column::Description, direction: Direction::Ascending };
        let sorted = keys.sorted(by_description);
        let names = |positions: &[u32]| -> Vec<&str> {
            positions.iter().filter_map(|&p| keys.at(p)).map(|k| k.id.as_str()).collect()
        };
        // Equal folded descriptions fall back to the ID (numbers before other IDs, as strings sort).
        assert_eq!(names(&sorted), ["2", "x7", "1", "3"]);
        let reversed = keys.sorted(SortOrder { direction: Direction::Descending, ..by_description });
        assert_eq!(names(&reversed), ["3", "1", "x7", "2"]);
        let filters = Filters { text: " BETA ".into(), owner: None };
        assert_eq!(names(&keys.filtered(&sorted, &filters)), ["1", "3"]);
        let owned = Filters { text: String::new(), owner: Some("jdoe".into()) };
        assert_eq!(names(&keys.filtered(&reversed, &owned)), ["x7", "2"]);
        assert!(keys.at(4).is_none());
        assert!(IndexedKeys::default().sorted(by_description).is_empty());
    }

    #[test]
    fn folding_handles_ascii_in_place_and_unicode_fully() {
        assert_eq!(fold("Deploy ROBOT".to_owned()), "deploy robot");
        assert_eq!(fold("ÄRGER Straße".to_owned()), "ärger straße");
        let keys = IndexedKeys::new(vec![key("1", "192.0.2.1", "Überweisung", "admin")]);
        let found = keys.view(&Filters { text: "ÜBER".into(), owner: None }, SortOrder::default());
        assert_eq!(ids(found), ["1"]);
    }

    #[test]
    fn counts_and_pages() {
        assert_eq!(count_line(12, 12), "12 keys");
        assert_eq!(count_line(1, 1), "1 key");
        assert_eq!(count_line(3, 12), "3 of 12 shown");
        let rows: Vec<usize> = (0..120).collect();
        assert_eq!(page_count(rows.len()), 3);
        assert_eq!(page_of(&rows, 2), &rows[100..]);
        assert_eq!(page_of(&rows, 9), &rows[100..], "clamped to the last page");
        assert_eq!(page_count(0), 1);
        assert!(page_of::<usize>(&[], 0).is_empty());
    }
}
