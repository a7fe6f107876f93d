//! **Server**: the picker of a fleet (shown only with several servers). The connect form and
//! the key page work on the picked server; each server keeps its own credential.

use leptos::prelude::*;

use crate::servers::use_fleet;

#[component]
pub fn ServerPicker() -> impl IntoView {
    let fleet = use_fleet();
    view! {
        <Show when=move || fleet.is_fleet()>
            <div class="pkp-server-picker">
                <label for="pkp-server">"Server"</label>
                <select id="pkp-server" on:change=move |event| fleet.show(event_target_value(&event))>
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
                </select>
            </div>
        </Show>
    }
}
