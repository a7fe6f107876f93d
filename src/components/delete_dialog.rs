//! The delete confirmation: names what will go, warns about the panel's own key, sends ONE
//! delete packet, shows per-key results (a key that failed stays and is marked).

use leptos::prelude::*;
use plesk_xmlapi::{KeyInfo, KeyList, KeyRef};

use crate::api::AgentClient;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::address_field::{key_list_error, text_error};
use crate::logic::deletions::DeletionReport;
use crate::logic::visible::visible_text;
use crate::session::use_session;
use crate::state::announcer::use_announcer;
use crate::state::keys::use_keys;
use crate::state::request::session_action;

use super::dialog::{isolated, DeleteOrCancel, Dialog};
use super::status::InlineError;

/// "key ID (description; owner)", each part Plesk sent isolated (`<bdi>`: a right-to-left
/// override in a description cannot turn the sentence around) with invisible characters shown.
fn label(info: &KeyInfo) -> impl IntoView {
    let description =
        if info.description.is_empty() { t(Msg::DeleteNoDescription) } else { info.description.as_str() };
    let owner = info.owner.as_deref().unwrap_or(t(Msg::DeleteNoOwner));
    isolated(
        Fmt::DeleteKeyLabel,
        &[
            ("id", visible_text(&info.id).into_owned()),
            ("description", visible_text(description).into_owned()),
            ("owner", visible_text(owner).into_owned()),
        ],
    )
}

/// The key list to delete: never empty (the dialog cannot send a delete without keys).
fn key_list(targets: &[KeyInfo]) -> Result<KeyList, String> {
    let keys = targets
        .iter()
        .map(|t| KeyRef::new(&t.id))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| text_error(&e))?;
    KeyList::new(keys).map_err(|e| key_list_error(&e))
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
    let count = targets.len();
    let title = match count {
        1 => tf(Fmt::DeleteTitle, &[("id", (&visible_text(&targets[0].id).into_owned()).into())]),
        n => tf(Fmt::DeleteTitleKeys, &[("count", n.into())]),
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
                // The view that asked may be gone (a language switch rebuilt it).
                on_close.try_run(());
                if report.deleted_own(deleted_own.as_deref()) {
                    session.log_out();
                    announcer.info(tf(Fmt::DeleteOwnDeleted, &[("summary", (&report.summary()).into())]));
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
            <p>{tf(Fmt::DeleteWarning, &[("count", count.into())])}</p>
            <ul class="pkp-dialog-list">
                {names}
            </ul>
            {includes_own.then(|| view! {
                <p class="pkp-warning">{t(Msg::DeleteOwnWarning)}</p>
            })}
            <InlineError message=problem />
            <DeleteOrCancel busy=send.pending() on_delete=confirm on_cancel=on_close />
        </Dialog>
    }
}
