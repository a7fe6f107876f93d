//! **Packet inspector**: the last requests and responses as pretty XML, redacted by the protocol
//! crate, and **Copy as curl** with a placeholder for the key.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::AgentClient;
use crate::logic::curl::curl_command;
use crate::packet_log::PacketLog;
use crate::state::announcer::use_announcer;

#[component]
pub fn PacketInspector() -> impl IntoView {
    let log = expect_context::<PacketLog>();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let copy = move |_| {
        let Some(latest) = log.exchanges().into_iter().next() else {
            announcer.error("No request yet.");
            return;
        };
        let command = curl_command(&client.absolute_endpoint(), latest.request.trim());
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
                each=move || log.exchanges()
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
