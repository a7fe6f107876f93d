//! The packet inspector's memory: the last exchanges, already redacted by the protocol crate
//! (key values replaced, passwords absent), so no secret is kept for display.

use crate::error_words::xml_error_text;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::latest::Latest;
use leptos::prelude::*;
use plesk_xmlapi::redact_packet;

/// How many exchanges the inspector keeps.
pub const KEPT_EXCHANGES: usize = 10;

/// One request and its answer, redacted, with the server and URL it was sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedExchange {
    pub number: u64,
    /// The name of the server the request was sent to (`servers.json`).
    pub server: String,
    /// The absolute URL the request was sent to ("Copy as curl" sends it there again).
    pub url: String,
    pub request: String,
    pub response: String,
}

/// The exchanges of server `server` only, newest first (as kept).
pub fn exchanges_of(exchanges: &[LoggedExchange], server: &str) -> Vec<LoggedExchange> {
    exchanges.iter().filter(|exchange| exchange.server == server).cloned().collect()
}

/// The largest packet the inspector shows. Redacting means parsing and rewriting the whole
/// packet; for a list of thousands of keys that would delay the table itself, and a page of
/// megabytes of XML helps nobody.
pub const SHOWN_PACKET_BYTES: usize = 256 * 1024;

/// A packet for display: redacted and pretty, or a note when it is not XML or too long.
pub fn shown_packet(packet: &[u8]) -> String {
    if packet.len() > SHOWN_PACKET_BYTES {
        return tf(
            Fmt::InspectorTooLong,
            &[("size", packet.len().into()), ("limit", SHOWN_PACKET_BYTES.into())],
        );
    }
    let Ok(xml) = std::str::from_utf8(packet) else {
        return t(Msg::InspectorNotUtf8).to_owned();
    };
    match redact_packet(xml) {
        Ok(shown) => shown,
        Err(error) => tf(Fmt::InspectorNotShown, &[("reason", (&xml_error_text(&error)).into())]),
    }
}

#[derive(Clone, Copy)]
pub struct PacketLog {
    exchanges: RwSignal<Vec<LoggedExchange>>,
    counter: RwSignal<u64>,
    /// Moved on by `clear`: a recording still waiting for an idle moment is then dropped.
    latest: StoredValue<Latest>,
}

impl PacketLog {
    pub fn new() -> Self {
        PacketLog {
            exchanges: RwSignal::new(Vec::new()),
            counter: RwSignal::new(0),
            latest: StoredValue::new(Latest::default()),
        }
    }

    /// Records an exchange when the browser is next idle: redacting means parsing the packet
    /// again, which must not delay showing the answer itself.
    pub fn record(&self, server: &str, url: String, request: String, response: Vec<u8>) {
        let number = self.counter.get_untracked() + 1;
        self.counter.set(number);
        let (log, ticket) = (*self, self.latest.with_value(Latest::current));
        let pending = std::cell::Cell::new(Some((server.to_owned(), url, request, response)));
        let work = std::rc::Rc::new(move || {
            let Some((server, url, request, response)) = pending.take() else { return };
            if log.latest.try_with_value(|latest| latest.is_latest(ticket)) != Some(true) {
                return;
            }
            let exchange = LoggedExchange {
                number,
                server,
                url,
                request: shown_packet(request.as_bytes()),
                response: shown_packet(&response),
            };
            log.exchanges.try_update(|list| {
                list.insert(0, exchange);
                list.truncate(KEPT_EXCHANGES);
            });
        });
        let when_idle = std::rc::Rc::clone(&work);
        if request_idle_callback_with_handle(move || when_idle()).is_err() {
            // No requestIdleCallback (Safari): right after the current work instead.
            set_timeout(move || work(), std::time::Duration::ZERO);
        }
    }

    pub fn exchanges(&self) -> Vec<LoggedExchange> {
        self.exchanges.get()
    }

    /// The exchanges with server `server` (tracked), newest first.
    pub fn exchanges_with(&self, server: &str) -> Vec<LoggedExchange> {
        self.exchanges.with(|exchanges| exchanges_of(exchanges, server))
    }

    pub fn clear(&self) {
        self.latest.update_value(Latest::overtake);
        self.exchanges.set(Vec::new());
    }
}

impl Default for PacketLog {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exchange(number: u64, server: &str) -> LoggedExchange {
        LoggedExchange {
            number,
            server: server.into(),
            url: format!("https://gw.example/servers/{server}/enterprise/control/agent.php"),
            request: format!("<packet>{number}</packet>"),
            response: "<packet/>".into(),
        }
    }

    #[test]
    fn each_server_sees_its_own_exchanges_only() {
        let kept = [exchange(3, "one"), exchange(2, "two"), exchange(1, "one")];
        let numbers = |server| exchanges_of(&kept, server).iter().map(|e| e.number).collect::<Vec<_>>();
        assert_eq!(numbers("one"), [3, 1]);
        assert_eq!(numbers("two"), [2]);
        assert_eq!(numbers("three"), Vec::<u64>::new());
    }

    #[test]
    fn packets_are_redacted_and_long_ones_summarised() {
        let create = "<packet><secret_key><create><result><status>ok</status>\
                      <key>0a1b2c3d-secret-value</key></result></create></secret_key></packet>";
        let shown = shown_packet(create.as_bytes());
        assert!(!shown.contains("0a1b2c3d-secret-value"), "{shown}");
        assert!(shown.contains("<status>ok</status>"), "{shown}");
        assert!(shown_packet(b"not xml").starts_with("(not shown: "));
        assert_eq!(shown_packet(b"<packet>\xff</packet>"), "(not shown: the packet is not UTF-8 text)");
        let long = format!("<packet>{}</packet>", " ".repeat(SHOWN_PACKET_BYTES));
        let summary = shown_packet(long.as_bytes());
        assert!(summary.starts_with(&format!("(not shown: {} bytes", long.len())), "{summary}");
    }
}
