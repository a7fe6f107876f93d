//! The live region: results and errors are announced to screen readers.

use leptos::prelude::*;

/// Shows `error` (if any) in an `aria-live` region, else `info`.
#[component]
pub fn StatusMessage(
    /// An error in plain words; shown with `role="alert"` styling.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A neutral status line, e.g. "3 keys, refreshed at 10:42:07".
    #[prop(optional, into)]
    info: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p
            class="pkp-status"
            class:pkp-status-error=move || error.with(Option::is_some)
            aria-live="polite"
            role="status"
        >
            {move || error.get().or_else(|| info.get()).unwrap_or_default()}
        </p>
    }
}
