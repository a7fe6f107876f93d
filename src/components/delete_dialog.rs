//! The delete confirmation: names what will go, warns about the panel's own key, sends ONE
//! delete packet, shows per-key results (a key that failed stays and is marked).

use leptos::prelude::*;
use plesk_xmlapi::{KeyInfo, KeyList, KeyRef};

use crate::api::AgentClient;
use crate::logic::deletions::DeletionReport;
use crate::logic::visible::visible_text;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::request::session_action;

use super::dialog::{DeleteOrCancel, Dialog};
use super::status::InlineError;

/// "key ID (description; owner)", each part Plesk sent isolated (`<bdi>`: a right-to-left
/// override in a description cannot turn the sentence around) with invisible characters shown.
fn label(info: &KeyInfo) -> impl IntoView {
    let description = if info.description.is_empty() { "no description" } else { info.description.as_str() };
    let owner = info.owner.as_deref().unwrap_or("no owner");
    view! {
        "key "<bdi>{visible_text(&info.id).into_owned()}</bdi>
        " ("<bdi>{visible_text(description).into_owned()}</bdi>
        "; "<bdi>{visible_text(owner).into_owned()}</bdi>")"
    }
}

/// The key list to delete: never empty (the dialog cannot send a delete without keys).
fn key_list(targets: &[KeyInfo]) -> Result<KeyList, String> {
    let keys = targets
        .iter()
        .map(|t| KeyRef::new(&t.id))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    KeyList::new(keys).map_err(|e| e.to_string())
}

crate::parts::lazy_part! {
    prefetch = prefetch_delete_dialog;
    /// The delete confirmation, a part fetched the first time it opens.
    pub fn delete_dialog_part(targets: Vec<KeyInfo>, on_close: Callback<()>) -> AnyView {
        view! { <DeleteDialog targets=targets on_close=on_close /> }.into_any()
    }
}

#[component]
fn DeleteDialog(
    /// The keys to delete.
    targets: Vec<KeyInfo>,
    /// Called when the dialog closes (cancelled or done).
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let client = expect_context::<AgentClient>();
    let announcer = use_announcer();
    let store = use_keys();
    let problem = RwSignal::new(None::<String>);
    let own_id = session.own_key_id();
    let includes_own = own_id.as_ref().is_some_and(|own| targets.iter().any(|t| &t.id == own));
    let single = targets.len() == 1;
    let title = match targets.len() {
        1 => format!("Delete key {}?", visible_text(&targets[0].id)),
        n => format!("Delete {n} keys?"),
    };
    let names = targets.iter().map(|info| view! { <li>{label(info)}</li> }).collect_view();
    let deleted_own = own_id.clone();
    let send = session_action(
        session,
        client,
        |client: AgentClient, credential, keys: KeyList| async move { client.delete(&credential, &keys).await },
        move |_, result| match result {
            Ok(results) => {
                let report = DeletionReport::of(&results);
                store.apply_deletions(&report);
                on_close.run(());
                if report.deleted_own(deleted_own.as_deref()) {
                    session.log_out();
                    announcer.info(format!(
                        "{} The panel's own key was deleted: you are logged out.",
                        report.summary()
                    ));
                } else if report.all_deleted() {
                    announcer.info(report.summary());
                } else {
                    announcer.error(report.summary());
                }
            }
            Err(error) => announcer.report(problem, error.to_string()),
        },
    );
    let confirm = move |()| {
        let keys = match key_list(&targets) {
            Ok(keys) => keys,
            Err(reason) => {
                problem.set(Some(reason));
                return;
            }
        };
        send.dispatch(keys);
    };
    view! {
        <Dialog title=title on_cancel=on_close>
            <p>{if single { "This key will stop working at once. This cannot be undone:" } else { "These keys will stop working at once. This cannot be undone:" }}</p>
            <ul class="pkp-dialog-list">
                {names}
            </ul>
            {includes_own.then(|| view! {
                <p class="pkp-warning">
                    "One of them is the key this panel is using: you will be logged out after deleting it."
                </p>
            })}
            <InlineError message=problem />
            <DeleteOrCancel busy=send.pending() on_delete=confirm on_cancel=on_close />
        </Dialog>
    }
}
