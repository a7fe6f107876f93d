//! **Packet inspector**: the last requests and responses with the server shown now, as pretty
//! XML redacted by the protocol crate, and **Copy as curl** (to the URL the packet was sent to)
//! with a placeholder for the key.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::AgentClient;
use crate::i18n::{t, tf, Fmt, Msg};
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
            announcer.error(t(Msg::InspectorNoRequest));
            return;
        };
        let command = curl_command(&latest.url, latest.request.trim());
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&command)).await {
                Ok(_) => announcer.info(tf(Fmt::InspectorCopied, &[("variable", "$PLESK_KEY".into())])),
                Err(_) => announcer.error(t(Msg::InspectorCopyFailed)),
            }
        });
    };
    view! {
        <details class="pkp-card pkp-inspector">
            <summary>{t(Msg::InspectorTitle)}</summary>
            <p class="pkp-hint">{t(Msg::InspectorHint)}</p>
            <button type="button" class="pkp-button" on:click=copy>{t(Msg::InspectorCopyCurl)}</button>
            <For
                each=shown
                key=|exchange| exchange.number
                children=|exchange| {
                    let number = usize::try_from(exchange.number).unwrap_or(usize::MAX);
                    view! {
                        <section class="pkp-exchange" aria-label=tf(Fmt::InspectorExchange, &[("number", number.into())])>
                            <h3>{tf(Fmt::InspectorRequest, &[("number", number.into())])}</h3>
                            <pre>{exchange.request}</pre>
                            <h3>{tf(Fmt::InspectorResponse, &[("number", number.into())])}</h3>
                            <pre>{exchange.response}</pre>
                        </section>
                    }
                }
            />
        </details>
    }
}
