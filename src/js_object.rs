//! Reading plain JavaScript objects: a message's data, a parsed JSON document.

use wasm_bindgen::JsValue;

/// The string field `name` of a JS object (a message's data, a parsed JSON object).
pub fn text_field(data: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(data, &name.into()).ok().and_then(|value| value.as_string())
}
