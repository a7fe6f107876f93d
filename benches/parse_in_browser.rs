//! A benchmark, not a test: `cargo xtask bench` runs it with `cargo bench --target
//! wasm32-unknown-unknown --bench parse_in_browser` (wasm-bindgen-test-runner, headless
//! Chromium). Parses a 10,000-entry get_info response with the panel's wasm parser and with
//! DOMParser + a JS walk producing the same records (`dom_walk.js`), in the same page, and prints
//! the figures.

#[cfg(target_arch = "wasm32")]
mod in_the_browser {
    use plesk_xmlapi::{
        parse_response, write_response, GetInfoResult, KeyInfo, OperationResponse, ResponseBody,
        ResponsePacket, ResponseStyle,
    };
    use std::time::Duration;

    use wasm_bindgen::prelude::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen(module = "/benches/dom_walk.js")]
    extern "C" {
        /// DOMParser + a walk building the same records as the wasm parser; returns how many.
        fn dom_walk(xml: &str) -> u32;
    }

    fn sample() -> String {
        let results = (0..10_000)
            .map(|id| {
                GetInfoResult::Found(vec![KeyInfo {
                    id: id.to_string(),
                    ip_addresses: vec!["192.0.2.1".into(), "2001:db8::1".into()],
                    description: format!("Key number {id} for the deploy robot"),
                    owner: Some("admin".into()),
                }])
            })
            .collect();
        let packet = ResponsePacket {
            version: None,
            body: ResponseBody::Operations(vec![OperationResponse::GetInfo(results)]),
        };
        write_response(&packet, ResponseStyle::Pretty)
    }

    /// The keys the panel's parser reads from `xml`.
    fn wasm_read(xml: &str) -> usize {
        match parse_response(xml).map(|packet| packet.body) {
            Ok(ResponseBody::Operations(operations)) => {
                operations.iter().map(|o| o.key_lookups().len()).sum()
            }
            _ => 0,
        }
    }

    #[wasm_bindgen_bench]
    fn wasm_parser_against_dom_parser(c: &mut Criterion) {
        let xml = sample();
        assert_eq!(wasm_read(&xml), dom_walk(&xml) as usize, "both read every key");
        console_log!("PARSE bytes={}", xml.len());
        // Short runs: a measurement blocks the page, and the runner gives up on a page silent
        // for 20 s.
        let configured = std::mem::take(c)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));
        *c = configured;
        c.bench_function("parse wasm", |b| b.iter(|| wasm_read(&xml)));
        c.bench_function("parse dom_parser", |b| b.iter(|| dom_walk(&xml)));
    }
}

/// The runner calls the `#[wasm_bindgen_bench]` above; cargo wants a `main` in a harness-less
/// target (and natively there is nothing to run).
fn main() {}
