//! The panel: providers (session, agent client, stores) and the page for the current state.

use leptos::prelude::*;

use crate::api::AgentClient;
use crate::components::dialog::ModalOpen;
use crate::components::idle_guard::IdleGuard;
use crate::components::server_picker::ServerPicker;
use crate::components::status::StatusRegion;
use crate::components::theme_switch::ThemeSwitch;
use crate::endpoint::{configured_endpoint, where_and_who};
use crate::i18n::{t, LanguageMenu, Msg, Wording};
use crate::logic::servers::Servers;
use crate::packet_log::PacketLog;
use crate::pages::all_servers::all_servers_part;
use crate::pages::connect::ConnectPage;
use crate::pages::keys::KeysPage;
use crate::parts::part_view;
use crate::servers::Fleet;
use crate::session::Session;
use crate::signed_in::SignedIn;
use crate::state::announcer::Announcer;
use crate::state::keys::KeysStore;
use crate::state::new_key::NewKeyStore;

#[component]
pub fn App() -> impl IntoView {
    let session = Session::restore(crate::components::idle_guard::configured_timeout());
    let log = PacketLog::new();
    let announcer = Announcer::new();
    let signed_in = SignedIn::from_page();
    let mut client = AgentClient::new(Servers::default().first(), &configured_endpoint(), log);
    if let Some(ended) = signed_in.session_end() {
        client = client.telling_session_end_to(ended);
    }
    let keys = KeysStore::new(session, client.clone());
    let new_key = NewKeyStore::new();
    provide_context(session);
    provide_context(log);
    provide_context(announcer);
    provide_context(keys);
    provide_context(new_key);
    // True while a modal dialog is open: everything else becomes inert.
    let modal_open = ModalOpen(RwSignal::new(false));
    provide_context(modal_open);
    provide_context(client.clone());
    let fleet = Fleet::new(configured_endpoint(), session, client.clone(), keys);
    provide_context(fleet);
    provide_context(signed_in);
    let theme = crate::components::theme_switch::Theme::new();
    provide_context(theme);
    let wording = Wording::new();
    provide_context(wording);
    crate::embedding::apply_layout();
    if signed_in.is_active() {
        // The portal signs people in: no key of this tab is used (or kept), none is handed over.
        session.log_out();
    }
    crate::embedding::prefetch_portal_part();
    leptos::task::spawn_local(async move {
        fleet.load().await;
        // The portal is told the panel is ready once its servers are known, so a hand-off
        // naming servers finds them; signed in, no key is handed over (theme and height still are).
        let accept_keys = !signed_in.is_active();
        crate::embedding::start_portal_messages(crate::embedding::PortalLink {
            session,
            announcer,
            fleet,
            keys,
            settings: crate::embedding::PortalSettingsTargets { theme, wording, modal_open },
            accept_keys,
        });
        if !accept_keys && signed_in.load().await {
            session.enter_signed_in();
            keys.refresh();
        }
    });
    // However the session ends (Log out, idle timeout, the panel's own key deleted or rotated),
    // everything it showed goes with it; answers still in flight are dropped.
    Effect::new(move |_| {
        if !session.is_connected() {
            log.clear();
            new_key.dismiss();
            keys.reset();
            // The values of Create on servers go when no server is connected any more.
            if !fleet.any_connected() {
                new_key.forget_all();
            }
        }
    });
    let host = client.host();
    // Log out ends every server's session: All servers (which holds their credentials and keys)
    // closes too, back to the first server's connect form.
    let log_out = move |reason: &'static str| {
        session.log_out();
        new_key.forget_all();
        fleet.leave_all();
        announcer.info(reason);
    };
    let log_out = Callback::new(log_out);
    // Built again in another language when one is chosen: the stores above stay, and what was
    // typed is carried over (`Wording::switch`). The view is a component of its own, so this
    // closure holds only its call (patching the old view in place is never needed).
    move || {
        wording.track();
        view! { <Shell host=host.clone() log_out=log_out /> }
    }
}

/// The header and the page for the current state, in the language in use.
#[component]
fn Shell(
    /// Where the panel connects (the header's "where" without a fleet).
    host: String,
    /// Ends every server's session, saying why.
    log_out: Callback<&'static str>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let signed_in = expect_context::<SignedIn>();
    let fleet = expect_context::<Fleet>();
    let keys = expect_context::<KeysStore>();
    let modal_open = expect_context::<ModalOpen>();
    let idle_log_out = Callback::new(move |()| log_out.run(t(Msg::AppLoggedOutIdle)));
    view! {
        <header class="pkp-header" inert=move || modal_open.0.get()>
            <h1>{t(Msg::AppTitle)}</h1>
            <Show when=move || session.is_connected()>
                <p
                    class="pkp-where"
                    role="note"
                    aria-label=move || if signed_in.is_active() { t(Msg::AppSignedInAs) } else { t(Msg::AppConnectedTo) }
                >
                    {
                        let host = host.clone();
                        move || {
                            // Signed in by the portal: the person and their scope on this server.
                            if let Some(line) = signed_in.header(&fleet.current()) {
                                return line;
                            }
                            // With a fleet, the server's label says where; otherwise the host.
                            let label = fleet.current_label();
                            let place = if label.is_empty() { host.clone() } else { label };
                            where_and_who(&place, session.caller_login().as_deref())
                        }
                    }
                </p>
            </Show>
            <div class="pkp-header-actions">
                <ServerPicker />
                <LanguageMenu />
                <ThemeSwitch />
                <Show when=move || session.is_connected() || fleet.is_all()>
                    // Signed in by the portal: its sign-out, when configured, instead of Log out.
                    <a
                        class="pkp-button"
                        href=move || signed_in.sign_out().unwrap_or_default()
                        hidden=move || signed_in.sign_out().is_none()
                    >
                        {t(Msg::AppSignOut)}
                    </a>
                    <button
                        type="button"
                        class="pkp-button"
                        hidden=move || signed_in.is_active()
                        on:click=move |_| log_out.run(t(Msg::AppLoggedOut))
                    >
                        {t(Msg::AppLogOut)}
                    </button>
                </Show>
            </div>
        </header>
        <main class="pkp-main">
            <StatusRegion />
            // Signed in by the portal: the portal ends sessions, the panel holds nothing to forget.
            <Show when=move || !signed_in.is_active() && (session.is_connected() || fleet.is_all())>
                <IdleGuard on_expired=idle_log_out />
            </Show>
            <Show when=move || !fleet.is_all() fallback=|| part_view(all_servers_part)>
                <Show when=move || !session.is_connected() && !signed_in.is_active()>
                    <ConnectPage />
                </Show>
                // Before sign-in, and when a session ends mid-use (then in a new tab: the forms here keep
                // what was typed).
                <p
                    class="pkp-card"
                    role="status"
                    hidden=move || !signed_in.is_active() || (session.is_connected() && !signed_in.offers_sign_in())
                >
                    {move || signed_in.problem().unwrap_or_else(|| t(Msg::AppSigningIn).to_owned())}
                    " "
                    <a
                        class="pkp-button pkp-primary"
                        href="auth/login"
                        target=move || session.is_connected().then_some("_blank")
                        hidden=move || !signed_in.offers_sign_in()
                    >
                        {t(Msg::AppSignIn)}
                    </a>
                </p>
                // Built (hidden) while Connect is checked: when Plesk accepts, only the rows are
                // left to fill in.
                <Show when=move || session.is_connected() || keys.is_preparing()>
                    <div class="pkp-contents" hidden=move || !session.is_connected()>
                        <KeysPage />
                    </div>
                </Show>
            </Show>
        </main>
    }
}
