//! What was typed into the panel's fields, carried over when the view is built again (a language
//! switch): each field with an `id` gets its value (or tick) back, announced to the panel with
//! the event its own typing would have sent, and the focus and caret return to where they were.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A field's state: its value, or for a checkbox or radio button whether it is ticked.
enum Held {
    Text(String),
    Ticked(bool),
}

/// The fields of the panel as they are now.
pub struct FormMemory {
    fields: Vec<(String, Held)>,
    /// The disclosures (`<details>` with an ID) that were open.
    open: Vec<String>,
    focus: Option<(String, Option<(u32, u32)>)>,
}

/// The language menu rebuilds itself in the new language: not carried over.
const NOT_CARRIED: &[&str] = &["pkp-language"];

fn fields() -> Vec<web_sys::Element> {
    let Ok(list) = leptos::prelude::document().query_selector_all("input[id], textarea[id], select[id]")
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter(|field| !NOT_CARRIED.contains(&field.id().as_str()))
        .collect()
}

impl FormMemory {
    /// Reads every field of the page.
    pub fn take() -> FormMemory {
        let fields = fields()
            .into_iter()
            .filter_map(|field| {
                let held = if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
                    match input.type_().as_str() {
                        "checkbox" | "radio" => Held::Ticked(input.checked()),
                        _ => Held::Text(input.value()),
                    }
                } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
                    Held::Text(area.value())
                } else {
                    Held::Text(field.dyn_ref::<HtmlSelectElement>()?.value())
                };
                Some((field.id(), held))
            })
            .collect();
        let focus = leptos::prelude::document()
            .active_element()
            .filter(|active| !active.id().is_empty())
            .map(|active| {
                let caret = active
                    .dyn_ref::<HtmlInputElement>()
                    .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
                (active.id(), caret)
            });
        let open = leptos::prelude::document()
            .query_selector_all("details[id][open]")
            .map(|list| {
                (0..list.length())
                    .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
                    .map(|details| details.id())
                    .collect()
            })
            .unwrap_or_default();
        FormMemory { fields, open, focus }
    }

    /// Gives every field that is there again what it held, once the view has been built.
    pub fn restore_after_render(self) {
        leptos::prelude::request_animation_frame(move || self.restore());
    }

    fn restore(self) {
        let document = leptos::prelude::document();
        // Open first: a field inside a disclosure can take the focus only when it is shown.
        for id in self.open {
            if let Some(details) = document.get_element_by_id(&id) {
                let _ = details.set_attribute("open", "");
            }
        }
        for (id, held) in self.fields {
            let Some(field) = document.get_element_by_id(&id) else { continue };
            let changed = match (&held, field.dyn_ref::<HtmlInputElement>()) {
                (Held::Ticked(ticked), Some(input)) if input.checked() != *ticked => {
                    input.set_checked(*ticked);
                    // A radio button is told only when it is ticked (as a click tells it).
                    (*ticked || input.type_() != "radio").then_some("change")
                }
                (Held::Text(value), Some(input)) if input.value() != *value => {
                    input.set_value(value);
                    Some("input")
                }
                (Held::Text(value), None) => {
                    if let Some(area) =
                        field.dyn_ref::<HtmlTextAreaElement>().filter(|area| area.value() != *value)
                    {
                        area.set_value(value);
                        Some("input")
                    } else if let Some(select) =
                        field.dyn_ref::<HtmlSelectElement>().filter(|select| select.value() != *value)
                    {
                        select.set_value(value);
                        Some("change")
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(kind) = changed {
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                    let _ = field.dispatch_event(&event);
                }
            }
        }
        if let Some((id, caret)) = self.focus {
            if let Some(field) =
                document.get_element_by_id(&id).and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = field.focus();
                if let (Some((start, end)), Some(input)) = (caret, field.dyn_ref::<HtmlInputElement>()) {
                    let _ = input.set_selection_range(start, end);
                }
            }
        }
    }
}
