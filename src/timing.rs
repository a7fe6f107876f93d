//! Named moments on the browser's performance timeline (`performance.mark`), read by the
//! startup and rendering benchmarks and visible in any browser's performance tools.

/// The panel is mounted and interactive.
pub const INTERACTIVE: &str = "pkp-interactive";
/// A key list answer is parsed.
pub const KEYS_PARSED: &str = "pkp-keys-parsed";
/// A parsed key list is indexed and handed to the table.
pub const KEYS_STORED: &str = "pkp-keys-stored";

/// Marks `name` now (replacing its previous mark: a long session keeps one entry per name);
/// nothing happens where the Performance API is missing.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name(name);
        let _ = performance.mark(name);
    }
}

/// Resolves after `duration` (the browser's timer; never rejects).
pub async fn after(duration: std::time::Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(duration.as_millis()).unwrap_or(i32::MAX),
            )
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
