//! Logs out after the configured idle time (`<meta name="plesk-idle-timeout">`, seconds; default
//! 15 minutes), with a warning first.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{t, Msg};
use crate::logic::idle::{idle_state, timeout_from_meta, warning_text, IdleState, IDLE_META};
use crate::session::record_activity;

/// How often input refreshes the activity stored beside the key.
const STORE_ACTIVITY_EVERY_MS: f64 = 5_000.0;

/// The idle timeout of the deployed page (`<meta name="plesk-idle-timeout">`).
pub fn configured_timeout() -> Duration {
    timeout_from_meta(crate::page_meta::page_meta(IDLE_META).as_deref())
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[component]
pub fn IdleGuard(
    /// Called once the idle time has passed.
    #[prop(into)]
    on_expired: Callback<()>,
) -> impl IntoView {
    let timeout = configured_timeout();
    let last_activity = RwSignal::new(now_ms());
    let state = RwSignal::new(IdleState::Active);
    // The stored activity (for a restored tab) is written at most every few seconds.
    let stored_at = StoredValue::new(0.0_f64);
    let note_activity = move || {
        let now = now_ms();
        last_activity.set(now);
        if now - stored_at.get_value() >= STORE_ACTIVITY_EVERY_MS {
            stored_at.set_value(now);
            record_activity();
        }
    };
    let touch = move || {
        note_activity();
        state.set(IdleState::Active);
    };
    let listeners = ["keydown", "pointerdown", "input", "wheel"].map(|name| {
        window_event_listener_untyped(name, move |_| {
            if state.get_untracked() != IdleState::Expired {
                note_activity();
            }
        })
    });
    let check = set_interval_with_handle(
        move || {
            let idle = Duration::from_millis(((now_ms() - last_activity.get_untracked()).max(0.0)) as u64);
            let next = idle_state(timeout, idle);
            if next != state.get_untracked() {
                state.set(next);
                if next == IdleState::Expired {
                    on_expired.run(());
                }
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(handle) = check {
            handle.clear();
        }
    });
    move || match state.get() {
        IdleState::Warning { seconds_left } => Some(view! {
            <div class="pkp-card pkp-warning pkp-idle" role="alert">
                <p>{warning_text(seconds_left)}</p>
                <button type="button" class="pkp-button" on:click=move |_| touch()>{t(Msg::IdleStay)}</button>
            </div>
        }),
        _ => None,
    }
}
