//! Rendering packets for people: pretty-printed, with secrets removed.

use crate::contract::is_key_id;
use crate::dom::{parse_document, Element, XmlError};
use crate::limits::MAX_DEPTH;
use crate::secret_text::{redact_key_shapes, REDACTED};
use crate::xml_out::{ResponseStyle, XmlOut};

/// Renders a request or response packet for display: pretty-printed, every key VALUE replaced
/// by [`REDACTED`] (numeric key IDs are kept), key-shaped text in Plesk's error texts
/// (`errtext`) redacted, and every password element left out.
pub fn redact_packet(xml: &str) -> Result<String, XmlError> {
    let root = parse_document(xml, MAX_DEPTH)?;
    let mut out = XmlOut::new(ResponseStyle::Pretty);
    write_redacted(&mut out, &root);
    Ok(out.out)
}

fn is_password(name: &str) -> bool {
    name.to_ascii_lowercase().contains("passw")
}

fn write_redacted(out: &mut XmlOut, element: &Element) {
    if is_password(&element.name) {
        return;
    }
    if element.children.is_empty() {
        let text = element.text.as_ref();
        if element.name == "errtext" {
            let shown = redact_key_shapes(text);
            out.text_element_with_attributes(&element.name, &element.attributes, &shown);
        } else {
            let shown = if element.name == "key" && !is_key_id(text) { REDACTED } else { text };
            out.text_element_with_attributes(&element.name, &element.attributes, shown);
        }
        return;
    }
    out.open_with_attributes(&element.name, &element.attributes);
    for child in &element.children {
        write_redacted(out, child);
    }
    out.close(&element.name);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_key_values_keeps_ids_and_drops_passwords() {
        let xml = "<packet version=\"1.6.9.1\"><secret_key><get_info><filter><key>e4b01d73-7368-64a6-0515-9fa8fc1d3a78</key><key>17</key></filter></get_info></secret_key><customer><add><gen_info><password>hunter2</password></gen_info></add></customer></packet>";
        let shown = redact_packet(xml).unwrap();
        assert!(!shown.contains("e4b01d73") && !shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("<key>[redacted key]</key>") && shown.contains("<key>17</key>"), "{shown}");
        assert!(shown.contains("<packet version=\"1.6.9.1\">\n"), "{shown}");
    }
}
