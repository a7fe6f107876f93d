//! Client requests: typed `secret_key` operations and the packet writer.

use std::fmt;

use crate::ip::{IpList, IpListError};
use crate::key::KeyList;
use crate::limits::{MAX_DESCRIPTION_CHARS, MAX_LOGIN_CHARS};
use crate::text::{SafeText, TextError, TextField};
use crate::xml_out::ResponseStyle;
use crate::xml_out::XmlOut;

/// The packet `version` attribute, e.g. `1.6.9.1`: dot-separated numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolVersion(String);

impl ProtocolVersion {
    pub fn parse(value: &str) -> Option<Self> {
        let parts: Vec<&str> = value.split('.').collect();
        let well_formed = (2..=4).contains(&parts.len())
            && parts
                .iter()
                .all(|part| !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()));
        well_formed.then(|| ProtocolVersion(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a create request could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreateKeyError {
    #[error("IP addresses: {0}")]
    IpAddresses(#[from] IpListError),
    #[error("{0}")]
    Text(#[from] TextError),
}

/// A `create` operation: bind a new key to addresses (none: the address Plesk sees),
/// describe it, optionally assign it to a reseller or customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateKey {
    ip_addresses: IpList,
    description: Option<SafeText>,
    login: Option<SafeText>,
}

impl CreateKey {
    /// An empty `description` or `login` is left out of the packet.
    pub fn new(ip_addresses: IpList, description: &str, login: &str) -> Result<Self, CreateKeyError> {
        let description = (!description.is_empty())
            .then(|| SafeText::new(TextField::Description, description, MAX_DESCRIPTION_CHARS))
            .transpose()?;
        let login = login.trim();
        let login = (!login.is_empty())
            .then(|| SafeText::new(TextField::Login, login, MAX_LOGIN_CHARS))
            .transpose()?;
        Ok(CreateKey { ip_addresses, description, login })
    }

    pub fn ip_addresses(&self) -> &IpList {
        &self.ip_addresses
    }

    pub fn description(&self) -> Option<&str> {
        self.description.as_ref().map(SafeText::as_str)
    }

    pub fn login(&self) -> Option<&str> {
        self.login.as_ref().map(SafeText::as_str)
    }
}

/// Which keys a `get_info` asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyFilter {
    /// An empty filter: every key the caller may see.
    All,
    Keys(KeyList),
}

/// One operation inside `<secret_key>`. `Delete` takes a [`KeyList`], which cannot be empty:
/// a client cannot build the "delete every key" packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operation {
    Create(CreateKey),
    GetInfo(KeyFilter),
    Delete(KeyList),
}

/// A request packet: one or more `<secret_key>` operators, each with one or more operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPacket {
    version: Option<ProtocolVersion>,
    operators: Vec<Vec<Operation>>,
}

impl RequestPacket {
    /// A packet holding one operation; the `version` attribute is omitted.
    pub fn new(operation: Operation) -> Self {
        RequestPacket { version: None, operators: vec![vec![operation]] }
    }

    pub fn with_version(mut self, version: ProtocolVersion) -> Self {
        self.version = Some(version);
        self
    }

    /// Adds an operation to the last `<secret_key>` element.
    pub fn then(mut self, operation: Operation) -> Self {
        if let Some(last) = self.operators.last_mut() {
            last.push(operation);
        }
        self
    }

    /// Adds an operation in a new `<secret_key>` element.
    pub fn then_in_new_operator(mut self, operation: Operation) -> Self {
        self.operators.push(vec![operation]);
        self
    }

    pub fn version(&self) -> Option<&ProtocolVersion> {
        self.version.as_ref()
    }

    /// The operations in the order they are written (and answered).
    pub fn operations(&self) -> impl Iterator<Item = &Operation> {
        self.operators.iter().flatten()
    }

    pub fn operators(&self) -> &[Vec<Operation>] {
        &self.operators
    }

    /// The packet as XML text, ready to POST.
    pub fn to_xml(&self) -> String {
        let mut writer = XmlOut::new(ResponseStyle::Compact);
        writer.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        match &self.version {
            Some(version) => {
                writer.open_with_attributes("packet", &[("version".to_owned(), version.as_str().to_owned())])
            }
            None => writer.open("packet"),
        }
        for operator in &self.operators {
            writer.open("secret_key");
            for operation in operator {
                write_operation(&mut writer, operation);
            }
            writer.close("secret_key");
        }
        writer.close("packet");
        writer.out
    }
}

impl fmt::Display for RequestPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_xml())
    }
}

fn write_operation(writer: &mut XmlOut, operation: &Operation) {
    match operation {
        Operation::Create(create) => {
            writer.open("create");
            if !create.ip_addresses.is_empty() {
                writer.text_element("ip_address", &create.ip_addresses.to_string());
            }
            if let Some(description) = &create.description {
                writer.text_element("description", description.as_str());
            }
            if let Some(login) = &create.login {
                writer.text_element("login", login.as_str());
            }
            writer.close("create");
        }
        Operation::GetInfo(filter) => {
            writer.open("get_info");
            match filter {
                KeyFilter::All => writer.text_element("filter", ""),
                KeyFilter::Keys(keys) => write_key_filter(writer, keys),
            }
            writer.close("get_info");
        }
        Operation::Delete(keys) => {
            writer.open("delete");
            write_key_filter(writer, keys);
            writer.close("delete");
        }
    }
}

fn write_key_filter(writer: &mut XmlOut, keys: &KeyList) {
    writer.open("filter");
    for key in keys.keys() {
        writer.text_element("key", key.as_str());
    }
    writer.close("filter");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key::KeyRef;

    #[test]
    fn create_writes_elements_in_schema_order_and_escapes() {
        let create = CreateKey::new(
            IpList::parse("192.0.2.1, ::1").unwrap(),
            "</description><login>admin</login>",
            "jdoe",
        )
        .unwrap();
        let xml = RequestPacket::new(Operation::Create(create)).to_xml();
        assert!(xml.ends_with(
            "<packet><secret_key><create><ip_address>192.0.2.1,::1</ip_address><description>&lt;/description&gt;&lt;login&gt;admin&lt;/login&gt;</description><login>jdoe</login></create></secret_key></packet>"
        ), "{xml}");
    }

    #[test]
    fn version_is_omitted_by_default_and_configurable() {
        let packet = RequestPacket::new(Operation::GetInfo(KeyFilter::All));
        assert!(packet.to_xml().contains("<packet><secret_key><get_info><filter/></get_info>"));
        let versioned = packet.with_version(ProtocolVersion::parse("1.6.9.1").unwrap());
        assert!(versioned.to_xml().contains("<packet version=\"1.6.9.1\">"));
        assert_eq!(ProtocolVersion::parse("1.6.x"), None);
    }

    #[test]
    fn several_operations_and_operators() {
        let key = KeyList::one(KeyRef::new("17").unwrap());
        let packet = RequestPacket::new(Operation::GetInfo(KeyFilter::All))
            .then(Operation::Delete(key.clone()))
            .then_in_new_operator(Operation::GetInfo(KeyFilter::Keys(key)));
        assert!(packet.to_xml().contains(
            "<secret_key><get_info><filter/></get_info><delete><filter><key>17</key></filter></delete></secret_key><secret_key><get_info><filter><key>17</key></filter></get_info></secret_key>"
        ));
        assert_eq!(packet.operations().count(), 3);
    }

    #[test]
    fn create_refuses_bad_text() {
        assert!(matches!(
            CreateKey::new(IpList::default(), "a\u{7}", ""),
            Err(CreateKeyError::Text(TextError::ForbiddenCharacter { .. }))
        ));
        let long = "x".repeat(MAX_DESCRIPTION_CHARS + 1);
        assert!(matches!(
            CreateKey::new(IpList::default(), &long, ""),
            Err(CreateKeyError::Text(TextError::TooLong { .. }))
        ));
    }
}
