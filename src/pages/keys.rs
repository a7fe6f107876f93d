//! The key list screen: the table, Refresh and Log out.

use leptos::prelude::*;

use crate::api::AgentClient;
use crate::components::key_table::KeyTable;
use crate::components::status::StatusMessage;
use crate::session::use_session;

#[component]
pub fn KeysPage() -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let (refreshes, set_refreshes) = signal(0u32);
    let keys = LocalResource::new(move || {
        refreshes.track();
        let client = client.clone();
        let credential = session.key();
        async move {
            match credential {
                Some(key) => client.list_keys(&key).await.map(|keys| (keys, now_hms())),
                None => Ok((Vec::new(), now_hms())),
            }
        }
    });
    let error = Signal::derive(move || keys.get().and_then(|result| result.err()).map(|e| e.to_string()));
    let info = Signal::derive(move || {
        keys.get().and_then(|result| result.ok()).map(|(list, at)| {
            let count = match list.len() {
                1 => "1 key".to_owned(),
                n => format!("{n} keys"),
            };
            format!("{count}, refreshed at {at}")
        })
    });
    view! {
        <section class="pkp-card pkp-keys" aria-label="Secret keys of this Plesk server">
            <div class="pkp-toolbar">
                <button type="button" class="pkp-button" on:click=move |_| set_refreshes.update(|n| *n += 1)>
                    "Refresh"
                </button>
                <button type="button" class="pkp-button" on:click=move |_| session.log_out()>
                    "Log out"
                </button>
            </div>
            <StatusMessage error=error info=info />
            <Transition fallback=|| view! { <p class="pkp-loading">"Loading keys…"</p> }>
                {move || {
                    keys.get()
                        .and_then(|result| result.ok())
                        .map(|(list, _)| view! { <KeyTable keys=list /> })
                }}
            </Transition>
        </section>
    }
}

/// The local time as HH:MM:SS.
fn now_hms() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}:{:02}", now.get_hours(), now.get_minutes(), now.get_seconds())
}
