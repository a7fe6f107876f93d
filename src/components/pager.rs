//! **Previous page** / **Next page** above and below a paged table (the key list, All servers).

use leptos::prelude::*;

use crate::i18n::{t, tf, Fmt, Msg};

#[component]
pub fn Pager(
    /// The page shown, from 0, and how many pages there are (at least 1; hidden with one), as
    /// [`TablePage::place`](crate::logic::list_view::TablePage::place) gives them.
    #[prop(into)]
    place: Signal<(usize, usize)>,
    /// Called with the page to show.
    #[prop(into)]
    on_page: Callback<usize>,
    /// The navigation's name (a table has one pager above and one below).
    label: &'static str,
) -> impl IntoView {
    let page = move || place.with(|(page, _)| *page);
    let pages = move || place.with(|(_, pages)| *pages);
    view! {
        <nav class="pkp-pager" aria-label=label hidden=move || { pages() <= 1 }>
            <button
                type="button"
                class="pkp-button"
                disabled=move || { page() == 0 }
                on:click=move |_| on_page.run(place.with_untracked(|(page, _)| *page).saturating_sub(1))
            >
                {t(Msg::KeysPagePrevious)}
            </button>
            <span>{move || tf(Fmt::KeysPageOf, &[("page", (page() + 1).into()), ("pages", pages().into())])}</span>
            <button
                type="button"
                class="pkp-button"
                disabled=move || { page() + 1 >= pages() }
                on:click=move |_| on_page.run(place.with_untracked(|(page, _)| *page) + 1)
            >
                {t(Msg::KeysPageNext)}
            </button>
        </nav>
    }
}
