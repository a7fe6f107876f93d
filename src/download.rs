//! Saving text as a file from the browser (exports).

use plesk_xmlapi::KeyInfo;
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::export::{keys_csv, keys_json};
use crate::state::announcer::Announcer;

crate::parts::lazy_part! {
    prefetch = prefetch_export;
    /// Exports the key list as shown (`keys`, in order) to `plesk-keys.csv` or `.json`: a part
    /// fetched the first time it is used.
    pub fn export_key_list(keys: Vec<KeyInfo>, csv: bool, announcer: Announcer) -> () {
        let shown: Vec<&KeyInfo> = keys.iter().collect();
        let text = if csv { keys_csv(&shown) } else { keys_json(&shown) };
        export_keys(announcer, "plesk-keys", csv, &text, shown.len());
    }
}

/// Offers an export of `count` keys as `STEM.csv` (`csv`) or `STEM.json`, and says in the status
/// line how it went.
pub fn export_keys(announcer: Announcer, stem: &str, csv: bool, text: &str, count: usize) {
    let (name, mime) =
        if csv { (format!("{stem}.csv"), "text/csv") } else { (format!("{stem}.json"), "application/json") };
    match download(&name, mime, text) {
        Ok(()) => announcer.info(tf(Fmt::ExportDone, &[("count", count.into()), ("file", (&name).into())])),
        Err(reason) => announcer.error(tf(Fmt::ExportFailed, &[("reason", (&reason).into())])),
    }
}

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| t(Msg::ExportCannotBuild))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| t(Msg::ExportCannotOffer))?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| t(Msg::ExportCannotOffer))?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser reads the blob after this returns: release it a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
