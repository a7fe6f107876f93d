//! The table of keys. Plesk data is rendered as text, never as HTML.

use leptos::prelude::*;
use plesk_xmlapi::KeyInfo;

#[component]
pub fn KeyTable(
    /// The keys to show, in order.
    keys: Vec<KeyInfo>,
) -> impl IntoView {
    if keys.is_empty() {
        return view! { <p class="pkp-empty">"No secret keys yet."</p> }.into_any();
    }
    view! {
        <div class="pkp-table-scroll">
            <table class="pkp-table">
                <caption>"Secret keys"</caption>
                <thead>
                    <tr>
                        <th scope="col">"ID"</th>
                        <th scope="col">"IP addresses"</th>
                        <th scope="col">"Description"</th>
                        <th scope="col">"Owner"</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || keys.clone()
                        key=|info| info.id.clone()
                        children=|info| {
                            view! {
                                <tr>
                                    <td>{info.id}</td>
                                    <td>{info.ip_addresses.join(", ")}</td>
                                    <td>{info.description}</td>
                                    <td>{info.owner.unwrap_or_default()}</td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
