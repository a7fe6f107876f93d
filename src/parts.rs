//! Parts of the panel fetched when first used (issue 29): the first module holds the connect form
//! and the key list; All servers, the dialogs, look-up, the packet inspector and export are
//! modules of their own, fetched the first time they are shown (and prefetched once the key list
//! is on screen). `cargo xtask dist` splits the wasm at the points [`lazy_part!`] declares; without
//! `--cfg pkp_split` (`trunk serve`, the wasm tests) every part is compiled into the one module and
//! a part is "loaded" at once.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::reactive::owner::Owner;

use crate::components::dialog::Dialog;
use crate::i18n::{t, Msg};

/// A part's module could not be fetched or started (the network, a server without the file).
pub type PartNotLoaded = wasm_split_helpers::SplitLoaderError;

/// Declares a part: `fn name(args) -> T { body }` becomes `async fn name(args) -> Result<T,
/// PartNotLoaded>` whose body lives in a module of its own in the split build, and
/// `async fn prefetch() -> Result<(), PartNotLoaded>` that only fetches that module.
macro_rules! lazy_part {
    (
        prefetch = $prefetch:ident;
        $(#[$meta:meta])*
        $vis:vis fn $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty $body:block
    ) => {
        #[cfg(pkp_split)]
        $(#[$meta])*
        #[wasm_split_helpers::wasm_split($name, fallible, preload($prefetch))]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::parts::PartNotLoaded> {
            Ok($body)
        }

        #[cfg(not(pkp_split))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::parts::PartNotLoaded> {
            Ok($body)
        }

        /// Fetches this part's module without showing it (nothing to fetch in an unsplit build).
        #[cfg(not(pkp_split))]
        $vis async fn $prefetch() -> Result<(), $crate::parts::PartNotLoaded> {
            Ok(())
        }
    };
}
pub(crate) use lazy_part;

/// Where a part stands on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartState {
    /// Just asked for: nothing shown yet (a module already here or in the cache is there at once,
    /// with no "Loading…" flashing past).
    Asked,
    Loading,
    Failed,
    Shown,
}

/// How long a part may take before "Loading…" is shown in its place.
const QUIET_WAIT: std::time::Duration = std::time::Duration::from_millis(150);

/// A part's view, once its module is there.
type Loading = Pin<Box<dyn Future<Output = Result<AnyView, PartNotLoaded>>>>;
/// Starts loading a part (again, on Retry).
type Load = Box<dyn Fn() -> Loading>;

/// The view `load` resolves to, in place: "Loading…" if its module takes a moment, "Could not
/// load this part" with **Retry** when the fetch fails. Nothing else on the page moves or is lost.
pub fn part_view<Part>(load: impl Fn() -> Part + 'static) -> AnyView
where
    Part: Future<Output = Result<AnyView, PartNotLoaded>> + 'static,
{
    part_in_place(Box::new(move || Box::pin(load())), None)
}

/// As [`part_view`] for a dialog: while it loads, or when it cannot, a small dialog says so in
/// its place, with **Retry** and **Cancel** (`on_close`; Escape too), so the page (inert under a
/// dialog) is never left without a way back.
pub fn dialog_part_view<Part>(load: impl Fn() -> Part + 'static, on_close: Callback<()>) -> AnyView
where
    Part: Future<Output = Result<AnyView, PartNotLoaded>> + 'static,
{
    part_in_place(Box::new(move || Box::pin(load())), Some(on_close))
}

/// One body for every part (not one copy per part): the loading is boxed.
fn part_in_place(load: Load, dialog: Option<Callback<()>>) -> AnyView {
    let state = RwSignal::new(PartState::Asked);
    let view = StoredValue::new_local(None::<AnyView>);
    let load = StoredValue::new_local(load);
    // The part's view is built under this owner (its contexts, its cleanup), also on a Retry.
    let owner = Owner::current().unwrap_or_default();
    let start = move || {
        state.set(PartState::Asked);
        let Some(loading) = load.try_with_value(|load| load()) else { return };
        let loading = owner.with(|| ScopedFuture::new_untracked(loading));
        leptos::task::spawn_local(async move {
            match loading.await {
                Ok(shown) => {
                    if view.try_set_value(Some(shown)).is_none() {
                        state.try_set(PartState::Shown);
                    }
                }
                Err(_) => {
                    state.try_set(PartState::Failed);
                }
            }
        });
        set_timeout(
            move || {
                if state.try_get_untracked() == Some(PartState::Asked) {
                    state.try_set(PartState::Loading);
                }
            },
            QUIET_WAIT,
        );
    };
    start();
    let retry = {
        let start = start.clone();
        Callback::new(move |()| start())
    };
    let shown = move || {
        match (state.get(), dialog) {
        (PartState::Asked, _) => ().into_any(),
        (PartState::Shown, _) => view.try_update_value(Option::take).flatten().into_any(),
        (PartState::Loading, None) => {
            view! { <p class="pkp-hint pkp-part-loading" role="status">{t(Msg::PartLoading)}</p> }.into_any()
        }
        (PartState::Failed, None) => view! {
            <p class="pkp-inline-error pkp-part-failed" role="alert">
                {t(Msg::PartNotLoaded)}" "
                <button type="button" class="pkp-button" on:click=move |_| retry.run(())>{t(Msg::PartRetry)}</button>
            </p>
        }
        .into_any(),
        (PartState::Loading, Some(close)) => view! {
            <Dialog title=t(Msg::PartLoading) on_cancel=close>
                <p role="status">{t(Msg::PartLoadingDialog)}</p>
                <div class="pkp-actions">
                    <button type="button" class="pkp-button" on:click=move |_| close.run(())>{t(Msg::DialogCancel)}</button>
                </div>
            </Dialog>
        }
        .into_any(),
        (PartState::Failed, Some(close)) => view! {
            <Dialog title=t(Msg::PartFailedTitle) on_cancel=close>
                <p class="pkp-inline-error" role="alert">{t(Msg::PartNotLoaded)}</p>
                <div class="pkp-actions">
                    <button type="button" class="pkp-button pkp-primary" on:click=move |_| retry.run(())>{t(Msg::PartRetry)}</button>
                    <button type="button" class="pkp-button" on:click=move |_| close.run(())>{t(Msg::DialogCancel)}</button>
                </div>
            </Dialog>
        }
        .into_any(),
    }
    };
    shown.into_any()
}

/// A part's prefetch (the `prefetch` of [`lazy_part!`]), not yet started.
pub type Prefetch = Pin<Box<dyn Future<Output = Result<(), PartNotLoaded>>>>;

/// Fetches parts' modules in the background, one after the other, once the page has settled:
/// opening them later costs no wait. A failed fetch is forgotten (the part tries again when shown).
pub fn prefetch_soon(fetches: Vec<Prefetch>) {
    let work = move || {
        leptos::task::spawn_local(async move {
            for fetch in fetches {
                let _ = fetch.await;
            }
        })
    };
    set_timeout(work, std::time::Duration::from_millis(300));
}
