//! **Server**: the picker of a fleet (shown only with several servers). The connect form and
//! the key page work on the picked server; each server keeps its own credential.

use leptos::prelude::*;

use crate::i18n::{t, Msg};
use crate::servers::{use_fleet, ALL_SERVERS};

use super::field::SelectField;

#[component]
pub fn ServerPicker() -> impl IntoView {
    let fleet = use_fleet();
    view! {
        <Show when=move || fleet.is_fleet()>
            <SelectField
                id="pkp-server"
                label=t(Msg::FleetServerLabel)
                class="pkp-server-picker"
                options=Signal::derive(move || {
                    let mut options: Vec<(String, String)> =
                        fleet.entries().into_iter().map(|entry| (entry.name, entry.label)).collect();
                    options.push((ALL_SERVERS.to_owned(), t(Msg::FleetAllServers).to_owned()));
                    options
                })
                selected=Signal::derive(move || fleet.current())
                on_change=Callback::new(move |value: String| {
                    if value == ALL_SERVERS { fleet.show_all() } else { fleet.show(value) }
                })
            />
        </Show>
    }
}
