//! The panel: providers (session, agent client) and the page for the current state.

use leptos::prelude::*;

use crate::api::AgentClient;
use crate::endpoint::configured_endpoint;
use crate::pages::connect::ConnectPage;
use crate::pages::keys::KeysPage;
use crate::session::Session;

#[component]
pub fn App() -> impl IntoView {
    let session = Session::restore();
    provide_context(session);
    provide_context(AgentClient::new(&configured_endpoint()));
    view! {
        <header class="pkp-header">
            <h1>"Plesk Key Panel"</h1>
        </header>
        <main class="pkp-main">
            <Show when=move || session.is_connected() fallback=ConnectPage>
                <KeysPage />
            </Show>
        </main>
    }
}
