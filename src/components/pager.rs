//! **Previous page** / **Next page** under a paged table (the key list, All servers).

use leptos::prelude::*;

#[component]
pub fn Pager(
    /// The page shown, from 0 (already within `pages`).
    #[prop(into)]
    page: Signal<usize>,
    /// How many pages there are (at least 1); hidden with one.
    #[prop(into)]
    pages: Signal<usize>,
    /// Called with the page to show.
    #[prop(into)]
    on_page: Callback<usize>,
) -> impl IntoView {
    view! {
        <nav class="pkp-pager" aria-label="Pages" hidden=move || { pages.get() <= 1 }>
            <button
                type="button"
                class="pkp-button"
                disabled=move || { page.get() == 0 }
                on:click=move |_| on_page.run(page.get_untracked().saturating_sub(1))
            >
                "Previous page"
            </button>
            <span>{move || format!("Page {} of {}", page.get() + 1, pages.get())}</span>
            <button
                type="button"
                class="pkp-button"
                disabled=move || { page.get() + 1 >= pages.get() }
                on:click=move |_| on_page.run(page.get_untracked() + 1)
            >
                "Next page"
            </button>
        </nav>
    }
}
