//! The live region: results and errors are announced to screen readers.

use leptos::prelude::*;

use crate::i18n::{t, Msg};
use crate::state::announcer::{use_announcer, Tone};

/// Shows the announcer's last message in an `aria-live` region.
#[component]
pub fn StatusRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <div
            class="pkp-status"
            class:pkp-status-error=move || matches!(announcer.message(), Some((Tone::Error, _)))
            role="status"
            aria-live="polite"
            aria-label=t(Msg::KeysStatusLabel)
        >
            {move || announcer.message().map(|(_, text)| text).unwrap_or_default()}
        </div>
    }
}

/// A message shown inline next to a form (also announced).
#[component]
pub fn InlineError(
    /// The message, or nothing.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="pkp-inline-error" role="alert" hidden=move || message.with(Option::is_none)>
            {move || message.get().unwrap_or_default()}
        </p>
    }
}
