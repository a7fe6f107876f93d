//! A benchmark, not a test (ignored; `cargo xtask bench` runs it): parsing a 10,000-entry get_info
//! response with the panel's wasm parser against DOMParser + a JS walk producing the same records,
//! in the same page. Prints the figures; asserts only that both read the same keys.
#![cfg(target_arch = "wasm32")]

use plesk_xmlapi::{
    parse_response, write_response, GetInfoResult, KeyInfo, OperationResponse, ResponseBody, ResponsePacket,
    ResponseStyle,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ROUNDS: u32 = 10;

const JS_WALK: &str = "const doc = new DOMParser().parseFromString(xml, 'text/xml'); \
    const out = []; \
    for (const info of doc.getElementsByTagName('key_info')) { \
        const text = (name) => { const e = info.getElementsByTagName(name)[0]; return e ? e.textContent : null; }; \
        out.push({ id: text('key'), ip_addresses: (text('ip_address') || '').split(',').map(s => s.trim()).filter(s => s), \
                   description: text('description') || '', owner: text('login') }); \
    } \
    return out.length;";

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

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: cargo xtask bench"]
fn wasm_parser_against_dom_parser() {
    let xml = sample();
    let walk = js_sys::Function::new_with_args("xml", JS_WALK);
    let mut wasm_best = f64::MAX;
    let mut js_best = f64::MAX;
    for _ in 0..ROUNDS {
        let start = now();
        let packet = parse_response(&xml).expect("parses");
        let ResponseBody::Operations(ops) = packet.body else { panic!("operations") };
        let read = ops[0].key_lookups().len();
        wasm_best = wasm_best.min(now() - start);
        let start = now();
        let js_read =
            walk.call1(&JsValue::NULL, &JsValue::from_str(&xml)).expect("walks").as_f64().unwrap_or(0.0);
        js_best = js_best.min(now() - start);
        assert_eq!(read as f64, js_read, "both read every key");
    }
    console_log!(
        "PARSE bytes={} wasm_ms={wasm_best:.1} dom_parser_ms={js_best:.1} ratio_js_over_wasm={:.2}",
        xml.len(),
        js_best / wasm_best
    );
}
