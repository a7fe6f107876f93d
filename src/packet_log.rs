//! The packet inspector's memory: the last exchanges, already redacted by the protocol crate
//! (key values replaced, passwords absent), so no secret is kept for display.

use leptos::prelude::*;
use plesk_xmlapi::redact_packet;

/// How many exchanges the inspector keeps.
pub const KEPT_EXCHANGES: usize = 10;

/// One request and its answer, redacted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedExchange {
    pub number: u64,
    pub request: String,
    pub response: String,
}

/// A packet for display: redacted and pretty, or a note when it is not XML.
pub fn shown_packet(xml: &str) -> String {
    match redact_packet(xml) {
        Ok(shown) => shown,
        Err(error) => format!("(not shown: {error})"),
    }
}

#[derive(Clone, Copy)]
pub struct PacketLog {
    exchanges: RwSignal<Vec<LoggedExchange>>,
    counter: RwSignal<u64>,
}

impl PacketLog {
    pub fn new() -> Self {
        PacketLog { exchanges: RwSignal::new(Vec::new()), counter: RwSignal::new(0) }
    }

    pub fn record(&self, request: &str, response: &str) {
        let number = self.counter.get_untracked() + 1;
        self.counter.set(number);
        let exchange =
            LoggedExchange { number, request: shown_packet(request), response: shown_packet(response) };
        self.exchanges.update(|list| {
            list.insert(0, exchange);
            list.truncate(KEPT_EXCHANGES);
        });
    }

    pub fn exchanges(&self) -> Vec<LoggedExchange> {
        self.exchanges.get()
    }

    pub fn clear(&self) {
        self.exchanges.set(Vec::new());
    }
}

impl Default for PacketLog {
    fn default() -> Self {
        Self::new()
    }
}
