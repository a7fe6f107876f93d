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
    text.to_lowercase()
}

/// IDs compare as numbers when both are numbers.
fn compare_ids(a: &str, b: &str) -> Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

fn compare(a: &KeyInfo, b: &KeyInfo, column: Column) -> Ordering {
    match column {
        Column::Id => compare_ids(&a.id, &b.id),
        Column::IpAddresses => a.ip_addresses.cmp(&b.ip_addresses),
        Column::Description => a.description.to_lowercase().cmp(&b.description.to_lowercase()),
        Column::Owner => a.owner.cmp(&b.owner),
    }
    .then_with(|| compare_ids(&a.id, &b.id))
}

/// A key list prepared for fast filtering: search texts computed once per refresh.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexedKeys {
    keys: Vec<KeyInfo>,
    search: Vec<String>,
}

impl IndexedKeys {
    pub fn new(keys: Vec<KeyInfo>) -> Self {
        let search = keys.iter().map(haystack).collect();
        IndexedKeys { keys, search }
    }

    pub fn all(&self) -> &[KeyInfo] {
        &self.keys
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The distinct owners, sorted, for the owner filter.
    pub fn owners(&self) -> Vec<String> {
        let mut owners: Vec<String> = self.keys.iter().filter_map(|k| k.owner.clone()).collect();
        owners.sort();
        owners.dedup();
        owners
    }

    /// The keys the filters let through, in the sort order.
    pub fn view(&self, filters: &Filters, order: SortOrder) -> Vec<&KeyInfo> {
        let needle = filters.text.trim().to_lowercase();
        let mut shown: Vec<&KeyInfo> = self
            .keys
            .iter()
            .zip(&self.search)
            .filter(|(key, text)| {
                (needle.is_empty() || text.contains(&needle))
                    && filters.owner.as_ref().is_none_or(|owner| key.owner.as_ref() == Some(owner))
            })
            .map(|(key, _)| key)
            .collect();
        shown.sort_by(|a, b| {
            let ordering = compare(a, b, order.column);
            match order.direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        shown
    }
}

/// "12 keys", "1 key", "3 of 12 shown".
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

#[cfg(test)]
mod tests {
    use super::*;

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
