//! Client side: any bytes a server (or a proxy in between) might send.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = plesk_xmlapi::parse_response_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = plesk_xmlapi::redact_packet(text);
    }
});
