//! Documented size bounds. Everything this crate reads or writes stays within them, so a
//! hostile or broken peer costs bounded memory and time.

/// Largest response body [`crate::parse_response`] accepts: 32 MiB, room for ~200,000 keys.
pub const MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
/// Largest request body [`crate::parse_request`] accepts: 1 MiB, as the gateway's default cap.
pub const MAX_REQUEST_BYTES: usize = 1024 * 1024;
/// Deepest element nesting accepted in any packet (real packets are at most 6 deep).
pub const MAX_DEPTH: usize = 32;
/// Longest key description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 1024;
/// Longest login, in characters.
pub const MAX_LOGIN_CHARS: usize = 255;
/// Longest key value or ID, in characters.
pub const MAX_KEY_CHARS: usize = 255;
/// Most IP addresses one key may be bound to.
pub const MAX_IP_ADDRESSES: usize = 256;
/// Most keys in one get_info or delete filter.
pub const MAX_KEYS_PER_FILTER: usize = 10_000;
