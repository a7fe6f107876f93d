//! **Server**: the picker of a fleet (shown only with several servers). The connect form and
//! the key page work on the picked server; each server keeps its own credential.

use leptos::prelude::*;

use crate::servers::{use_fleet, ALL_SERVERS};

#[component]
pub fn ServerPicker() -> impl IntoView {
    let fleet = use_fleet();
    view! {
        <Show when=move || fleet.is_fleet()>
            <div class="pkp-server-picker">
                <label for="pkp-server">"Server"</label>
                <select
                    id="pkp-server"
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        if value == ALL_SERVERS { fleet.show_all() } else { fleet.show(value) }
                    }
                >
                    <For
                        each=move || fleet.entries()
                        key=|entry| entry.name.clone()
                        children=move |entry| {
                            let name = entry.name.clone();
                            view! {
                                <option value=entry.name.clone() selected=move || fleet.current() == name>
                                    {entry.label.clone()}
                                </option>
                            }
                        }
                    />
                    <option value=ALL_SERVERS selected=move || fleet.is_all()>"All servers"</option>
                </select>
            </div>
        </Show>
    }
}
