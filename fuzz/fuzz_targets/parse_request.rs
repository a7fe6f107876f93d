//! Server side: any bytes a client might POST to the sandbox.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = plesk_xmlapi::packet_version(data);
    if let Err(error) = plesk_xmlapi::parse_request_bytes(data) {
        let _ = error.errtext();
    }
});
