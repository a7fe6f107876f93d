//! **Packet inspector**: the last requests and responses with the server shown now, as pretty
//! XML redacted by the protocol crate, and **Copy as curl** (to the URL the packet was sent to)
//! with a placeholder for the key.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::AgentClient;
use crate::logic::curl::curl_command;
use crate::packet_log::PacketLog;
use crate::servers::Fleet;
use crate::state::announcer::use_announcer;

crate::parts::lazy_part! {
    prefetch = prefetch_packet_inspector;
    /// The packet inspector, a part fetched once the key list is shown.
    pub fn packet_inspector_part() -> AnyView {
        view! { <PacketInspector /> }.into_any()
    }
}

#[component]
fn PacketInspector() -> impl IntoView {
    let log = expect_context::<PacketLog>();
    let client = expect_context::<AgentClient>();
    let fleet = use_context::<Fleet>();
    let announcer = use_announcer();
    // With a fleet, the shown server's exchanges only: the shared client points at it
    // (re-pointed by the fleet before the pick changes, so tracking the pick re-reads it).
    let shown = move || match fleet {
        Some(fleet) if fleet.is_fleet() => {
            fleet.current();
            log.exchanges_with(&client.server())
        }
        _ => log.exchanges(),
    };
    let latest = shown.clone();
    let copy = move |_| {
        let Some(latest) = latest().into_iter().next() else {
            announcer.error("No request yet.");
            return;
        };
        let command = curl_command(&latest.url, latest.request.trim());
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&command)).await {
                Ok(_) => {
                    announcer.info("The last request was copied as a curl command (the key is $PLESK_KEY).")
                }
                Err(_) => announcer.error("Copy failed: the browser refused clipboard access."),
            }
        });
    };
    view! {
        <details class="pkp-card pkp-inspector">
            <summary>"Packet inspector"</summary>
            <p class="pkp-hint">"The last requests and answers, with key values and passwords removed."</p>
            <button type="button" class="pkp-button" on:click=copy>"Copy as curl"</button>
            <For
                each=shown
                key=|exchange| exchange.number
                children=|exchange| {
                    view! {
                        <section class="pkp-exchange" aria-label=format!("Exchange {}", exchange.number)>
                            <h3>{format!("Request {}", exchange.number)}</h3>
                            <pre>{exchange.request}</pre>
                            <h3>{format!("Response {}", exchange.number)}</h3>
                            <pre>{exchange.response}</pre>
                        </section>
                    }
                }
            />
        </details>
    }
}
