//! A labelled text field bound to a signal, with an optional hint below it that can report a
//! problem (then shown as an error and announced). Every form of the panel uses it.

use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// What a field holds: decides the input type, autocompletion and spell checking.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Entry {
    /// Identifiers, addresses, logins typed for Plesk: no spell checking, no autocompletion.
    #[default]
    Code,
    /// Free text (descriptions): spell checked.
    Prose,
    /// A secret value (an API key): masked, never offered for autocompletion.
    Secret,
    /// The login of a sign-in form.
    Username,
    /// The password of a sign-in form.
    CurrentPassword,
    /// Search text for filtering.
    Search,
}

impl Entry {
    fn input_type(self) -> &'static str {
        match self {
            Entry::Secret | Entry::CurrentPassword => "password",
            Entry::Search => "search",
            Entry::Code | Entry::Prose | Entry::Username => "text",
        }
    }

    fn autocomplete(self) -> &'static str {
        match self {
            Entry::Username => "username",
            Entry::CurrentPassword => "current-password",
            Entry::Code | Entry::Prose | Entry::Secret | Entry::Search => "off",
        }
    }

    fn spellcheck(self) -> &'static str {
        if self == Entry::Prose {
            "true"
        } else {
            "false"
        }
    }
}

#[component]
pub fn TextField(
    /// The input's id (the hint's is `{id}-hint`).
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] entry: Entry,
    #[prop(optional_no_strip)] placeholder: Option<&'static str>,
    /// A multi-line field of this many rows instead of a single line.
    #[prop(optional)]
    rows: Option<u32>,
    /// A fixed hint below the field.
    #[prop(optional_no_strip)]
    hint: Option<&'static str>,
    /// A hint that changes (e.g. what is wrong with the input); replaces `hint`.
    #[prop(optional, into)]
    live_hint: Option<Signal<String>>,
    /// True while the input is invalid: the live hint is shown as an error.
    #[prop(optional, into)]
    invalid: Option<Signal<bool>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = (hint.is_some() || live_hint.is_some()).then(|| hint_id.clone());
    let is_invalid = move || invalid.is_some_and(|invalid| invalid.get());
    let on_input = move |event| value.set(event_target_value(&event));
    // A secret can be shown, to check what was pasted (the type switches; nothing is copied).
    let revealed = RwSignal::new(false);
    // What the single-line and the multi-line control share.
    let shared = view! {
        <{..}
            id=id
            spellcheck=entry.spellcheck()
            placeholder=placeholder
            aria-describedby=described_by
            aria-invalid=move || is_invalid().to_string()
            prop:value=value
            on:input=on_input
        />
    };
    let control = match rows {
        Some(rows) => view! { <textarea {..shared} rows=rows /> }.into_any(),
        None => view! {
            <input
                {..shared}
                type=move || if revealed.get() { "text" } else { entry.input_type() }
                autocomplete=entry.autocomplete()
            />
            {(entry == Entry::Secret).then(|| view! {
                <button
                    type="button"
                    class="pkp-link-button pkp-reveal"
                    aria-pressed=move || revealed.get().to_string()
                    aria-controls=id
                    on:click=move |_| revealed.update(|on| *on = !*on)
                >
                    {t(Msg::FieldShowKey)}
                </button>
            })}
        }
        .into_any(),
    };
    let hint_view = match (live_hint, hint) {
        (Some(text), _) => Some(
            view! {
                <p id=hint_id class="pkp-hint" class:pkp-field-error=is_invalid aria-live="polite">
                    {move || text.get()}
                </p>
            }
            .into_any(),
        ),
        (None, Some(text)) => Some(view! { <p id=hint_id class="pkp-hint">{text}</p> }.into_any()),
        (None, None) => None,
    };
    view! {
        <div class="pkp-field">
            <label for=id>{label}</label>
            {control}
            {hint_view}
        </div>
    }
}

/// A labelled `<select>`: `options` as (value, text) pairs in order, the one whose value is
/// `selected` chosen; `on_change` gets the value picked. (The Owner filter, All servers' **Show
/// server** and the fleet's **Server** picker.)
#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    /// The wrapper's class.
    class: &'static str,
    /// The text of a first option of value "" (all owners, every server), if any.
    #[prop(optional_no_strip)]
    first: Option<&'static str>,
    /// (value, text) of each option, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The value of the option chosen now.
    #[prop(into)]
    selected: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <select id=id on:change=move |event| on_change.run(event_target_value(&event))>
                {first.map(|text| view! { <option value="" selected=move || selected.with(String::is_empty)>{text}</option> })}
                <For
                    each=move || options.get()
                    key=|(value, _)| value.clone()
                    children=move |(value, text)| {
                        let mine = value.clone();
                        view! {
                            <option value=value selected=move || selected.with(|chosen| *chosen == mine)>
                                {text}
                            </option>
                        }
                    }
                />
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_choose_type_autocomplete_and_spellcheck() {
        assert_eq!(Entry::Secret.input_type(), "password");
        assert_eq!(Entry::Secret.autocomplete(), "off");
        assert_eq!(Entry::CurrentPassword.autocomplete(), "current-password");
        assert_eq!(Entry::Username.input_type(), "text");
        assert_eq!(Entry::Search.input_type(), "search");
        assert_eq!(Entry::Prose.spellcheck(), "true");
        assert_eq!(Entry::default().spellcheck(), "false");
    }
}
