//! The one XML writer of the crate: requests (compact), responses (compact or pretty, as
//! `HTTP_PRETTY_PRINT` asks) and redacted packets for display all go through it, so escaping
//! and layout are decided once.

use crate::escape::escape_text;

/// Compact (one line) or pretty-printed, as `HTTP_PRETTY_PRINT: TRUE` asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResponseStyle {
    #[default]
    Compact,
    Pretty,
}

/// A minimal indenting writer for element-only content with text leaves.
pub(crate) struct XmlOut {
    pub out: String,
    depth: usize,
    style: ResponseStyle,
}

impl XmlOut {
    pub fn new(style: ResponseStyle) -> Self {
        XmlOut { out: String::with_capacity(512), depth: 0, style }
    }

    pub fn newline(&mut self) {
        if self.style == ResponseStyle::Pretty {
            self.out.push('\n');
        }
    }

    fn indent(&mut self) {
        if self.style == ResponseStyle::Pretty {
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    pub fn open(&mut self, name: &str) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        self.out.push('>');
        self.newline();
        self.depth += 1;
    }

    pub fn open_with_attributes(&mut self, name: &str, attributes: &[(String, String)]) {
        self.indent();
        self.start_tag(name, attributes);
        self.out.push('>');
        self.newline();
        self.depth += 1;
    }

    fn start_tag(&mut self, name: &str, attributes: &[(String, String)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (attribute, value) in attributes {
            self.out.push(' ');
            self.out.push_str(attribute);
            self.out.push_str("=\"");
            self.out.push_str(&escape_text(value));
            self.out.push('"');
        }
    }

    pub fn text_element_with_attributes(&mut self, name: &str, attributes: &[(String, String)], text: &str) {
        self.indent();
        self.start_tag(name, attributes);
        if text.is_empty() {
            self.out.push_str("/>");
        } else {
            self.out.push('>');
            self.out.push_str(&escape_text(text));
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
        self.newline();
    }

    pub fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self.newline();
    }

    /// An element whose text is `parts` joined by `separator`, written without joining first.
    pub fn text_list_element(&mut self, name: &str, parts: &[String], separator: &str) {
        if parts.iter().all(String::is_empty) {
            return self.text_element(name, "");
        }
        self.indent();
        self.start_tag(name, &[]);
        self.out.push('>');
        for (index, part) in parts.iter().enumerate() {
            if index > 0 {
                self.out.push_str(&escape_text(separator));
            }
            self.out.push_str(&escape_text(part));
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self.newline();
    }

    pub fn text_element(&mut self, name: &str, text: &str) {
        self.text_element_with_attributes(name, &[], text);
    }
}
