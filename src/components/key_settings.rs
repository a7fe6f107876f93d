//! **KeySettingsFields**: a key's IP addresses (checked as you type), description and owner —
//! the fields of Create, Edit and Create on servers, written once.

use leptos::prelude::*;
use plesk_xmlapi::CreateKey;

use crate::i18n::{t, Msg};
use crate::logic::address_field::{check_addresses, check_as_typed, create_key_error, AddressCheck};

use super::field::{Entry, SelectField, TextField};
use crate::logic::visible::visible_text;
use crate::servers::Fleet;
use crate::signed_in::SignedIn;

/// The form the fields are part of: decides their ids, the placeholder and the owner's hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyForm {
    /// **Create a key** on the server shown.
    Create,
    /// **Edit** a key (a twin with changed settings).
    Edit,
    /// **Create on servers** (All servers).
    Fleet,
}

impl KeyForm {
    /// The ids of the addresses, description, owner and owner choice fields.
    fn ids(self) -> [&'static str; 4] {
        match self {
            KeyForm::Create => {
                ["pkp-create-ips", "pkp-create-description", "pkp-create-owner", "pkp-create-owner-choice"]
            }
            KeyForm::Edit => {
                ["pkp-edit-ips", "pkp-edit-description", "pkp-edit-owner", "pkp-edit-owner-choice"]
            }
            KeyForm::Fleet => {
                ["pkp-fleet-ips", "pkp-fleet-description", "pkp-fleet-owner", "pkp-fleet-owner-choice"]
            }
        }
    }
}

/// A key's settings as typed: the addresses with their check, the description and the owner.
#[derive(Clone, Copy)]
pub struct KeySettings {
    pub addresses: RwSignal<String>,
    pub description: RwSignal<String>,
    pub owner: RwSignal<String>,
    /// What the addresses typed are, as shown while typing (see [`check_as_typed`]).
    pub check: Memo<AddressCheck>,
}

impl KeySettings {
    /// Settings starting from these values (an edited key's), or empty ones.
    pub fn new(addresses: String, description: String, owner: String) -> Self {
        let addresses = RwSignal::new(addresses);
        KeySettings {
            addresses,
            description: RwSignal::new(description),
            owner: RwSignal::new(owner),
            check: Memo::new(move |_| check_as_typed(&addresses.get())),
        }
    }

    /// The whole input checked, as a submit must (an address still being typed is wrong here).
    pub fn checked(&self) -> AddressCheck {
        self.addresses.with_untracked(|typed| check_addresses(typed))
    }

    /// Empties every field (after a key was created).
    pub fn clear(&self) {
        self.addresses.set(String::new());
        self.description.set(String::new());
        self.owner.set(String::new());
    }

    /// A create with `addresses` and the description and owner typed.
    pub fn create_with(&self, addresses: plesk_xmlapi::IpList) -> Result<CreateKey, String> {
        CreateKey::new(addresses, &self.description.get_untracked(), &self.owner.get_untracked())
            .map_err(|error| create_key_error(&error))
    }
}

impl Default for KeySettings {
    fn default() -> Self {
        KeySettings::new(String::new(), String::new(), String::new())
    }
}

#[component]
pub fn KeySettingsFields(
    /// Which form: the fields' ids and hints.
    form: KeyForm,
    settings: KeySettings,
    /// Shown between the addresses and the description (Create's "Bind to the address Plesk sees").
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let [ips, description, owner, owner_choice] = form.ids();
    let create = form == KeyForm::Create;
    let check = settings.check;
    let signed_in = use_context::<SignedIn>();
    let fleet = use_context::<Fleet>();
    let choice = Memo::new(move |_| {
        let (signed_in, fleet) = (signed_in?, fleet?);
        signed_in.owner_choice(&fleet.current())
    });

    view! {
        <TextField
            id=ips
            label=t(Msg::SettingsAddressesLabel)
            value=settings.addresses
            placeholder=create.then_some("192.0.2.10, 2001:db8::10")
            live_hint=Signal::derive(move || check.with(|check| match check {
                // Only Create has "Bind to the address Plesk sees".
                AddressCheck::Empty if !create => t(Msg::SettingsNoAddress).to_owned(),
                check => check.message(),
            }))
            invalid=Signal::derive(move || check.with(AddressCheck::is_invalid))
        />
        {children.map(|children| children())}
        <TextField id=description label=t(Msg::SettingsDescriptionLabel) value=settings.description entry=Entry::Prose />
        // Signed in with an owner's scope: a choice of its logins only (a key without one would
        // be the administrator's: the gateway refuses it, saying so); otherwise a login typed freely.
        <div class="pkp-owner-choice" hidden=move || choice.with(Option::is_none)>
            <SelectField
                id=owner_choice
                label=t(Msg::SettingsOwnerLabel)
                class="pkp-field"
                first=Some(t(Msg::SettingsChooseOwner))
                options=Signal::derive(move || {
                    choice.get().unwrap_or_default().into_iter().map(|o| (o.clone(), visible_text(&o).into_owned())).collect()
                })
                selected=settings.owner
                on_change=Callback::new(move |value: String| settings.owner.set(value))
            />
        </div>
        <div class="pkp-owner-typed" hidden=move || choice.with(Option::is_some)>
            <TextField
                id=owner
                label=t(Msg::SettingsOwnerLabel)
                value=settings.owner
                hint=create.then(|| t(Msg::SettingsOwnerHint))
            />
        </div>
    }
}
