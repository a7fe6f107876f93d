//! The sandbox answers packet-level errors as Plesk documents (codes, texts, order, versions);
//! every answer validates against agent_output.xsd. (Keys themselves: `keys.rs`.)

mod common;

use common::*;
use plesk_sandbox::*;
use plesk_xmlapi::*;

#[test]
fn packet_level_errors_in_documented_order() {
    let h = Harness::new(false);
    let cases: Vec<(&str, String, Credentials, &str, u32)> = vec![
        (
            "unsupported version",
            "<packet version=\"9.9.9.9\"><secret_key><get_info><filter/></get_info></secret_key></packet>"
                .into(),
            Credentials::default(),
            LOOPBACK,
            1005,
        ),
        ("no credentials", LIST_ALL.into(), Credentials::default(), LOOPBACK, 1029),
        (
            "login without password",
            LIST_ALL.into(),
            Credentials { login: Some("admin".into()), ..Credentials::default() },
            LOOPBACK,
            1029,
        ),
        ("unknown key", LIST_ALL.into(), key("nope"), LOOPBACK, 11003),
        ("key from an unbound address", LIST_ALL.into(), key(ADMIN_KEY), "192.0.2.99", 11003),
        ("wrong password", LIST_ALL.into(), login("admin", "wrong"), LOOPBACK, 1001),
        ("unknown login", LIST_ALL.into(), login("ghost", "x"), LOOPBACK, 1001),
        ("disabled account", LIST_ALL.into(), login("disabled1", "disabled1-demo"), LOOPBACK, 1011),
        (
            "reseller without API access",
            LIST_ALL.into(),
            login("reseller2", "reseller2-demo"),
            LOOPBACK,
            1006,
        ),
        ("customer may not manage keys", LIST_ALL.into(), login("jdoe", "jdoe-demo"), LOOPBACK, 1006),
        (
            "schema-invalid packet",
            "<packet><secret_key><get_info/></secret_key></packet>".into(),
            key(ADMIN_KEY),
            LOOPBACK,
            1014,
        ),
        ("not XML", "hello".into(), key(ADMIN_KEY), LOOPBACK, 1014),
        (
            "other operator",
            "<packet><webspace><get/></webspace></packet>".into(),
            key(ADMIN_KEY),
            LOOPBACK,
            1017,
        ),
    ];
    for (name, body, credentials, client, code) in cases {
        let packet = h.send_as(&body, credentials, client);
        assert_eq!(system_code(&packet), Some(code), "{name}: {packet:?}");
    }
    // Authentication comes before validity: an invalid packet without credentials is 1029.
    let packet = h.send_as("<packet><secret_key/></packet>", Credentials::default(), LOOPBACK);
    assert_eq!(system_code(&packet), Some(1029));
    // The 1014 text is libxml2's.
    let packet = h.send_as("<packet><secret_key><get_info/></secret_key></packet>", key(ADMIN_KEY), LOOPBACK);
    let ResponseBody::System(error) = packet.body else { panic!() };
    assert_eq!(error.text, "Parser error: Request is invalid. Error in line 1: Element 'get_info': Missing child element(s). Expected is ( filter ).");
}

fn system_text(packet: ResponsePacket) -> String {
    match packet.body {
        ResponseBody::System(error) => error.text,
        ResponseBody::Operations(ops) => panic!("expected a system error, got {ops:?}"),
    }
}

#[test]
fn the_11003_texts_are_plesks_and_tell_unknown_from_unbound() {
    let h = Harness::new(false);
    // Plesk 18.0.33 and later (Patchman's Plesk integration notes).
    assert_eq!(
        system_text(h.send_as(LIST_ALL, key("nope"), LOOPBACK)),
        "PleskAPIInvalidSecretKeyException : key is not found"
    );
    // plesk/letsencrypt-plesk#151, plesk/api-php-lib#84.
    assert_eq!(
        system_text(h.send_as(LIST_ALL, key(ADMIN_KEY), "192.0.2.99")),
        "PleskAPIInvalidSecretKeyException : Invalid secret key usage. Please check logs for details."
    );
}

#[test]
fn the_1029_text_is_plesks_alone() {
    let h = Harness::new(false);
    // plesk/api-examples#7: nothing added.
    assert_eq!(
        system_text(h.send_as(LIST_ALL, Credentials::default(), LOOPBACK)),
        "Authentication method is not specified"
    );
}

#[test]
fn the_1005_answer_carries_the_requested_version_and_plesks_text() {
    let h = Harness::new(false);
    let body = "<packet version=\"100.0.0\"><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let packet = h.send_as(body, key(ADMIN_KEY), LOOPBACK);
    assert_eq!(packet.version.as_deref(), Some("100.0.0"), "the packet of the requested version");
    assert_eq!(system_code(&packet), Some(1005));
    // Patchman's Plesk integration notes quote Plesk's answer, without a final full stop.
    assert_eq!(
        system_text(packet),
        "Protocol version '100.0.0' is not supported. Current protocol version is '1.6.9.1'"
    );
    // The answer still validates against agent_output.xsd (checked when the harness drops).
}

#[test]
fn versions_are_echoed_or_defaulted() {
    let h = Harness::new(false);
    let versioned = h.send_as(
        "<packet version=\"1.6.3.0\"><secret_key><get_info><filter/></get_info></secret_key></packet>",
        key(ADMIN_KEY),
        LOOPBACK,
    );
    assert_eq!(versioned.version.as_deref(), Some("1.6.3.0"));
    assert_eq!(h.send_as(LIST_ALL, key(ADMIN_KEY), LOOPBACK).version.as_deref(), Some("1.6.9.1"));
    let pretty = h.raw(LIST_ALL, key(ADMIN_KEY), LOOPBACK, true);
    assert!(pretty.contains("\n  <secret_key>\n"), "{pretty}");
}

#[test]
fn the_api_access_restriction_answers_1006_with_plesks_text() {
    // panel.ini [api] allowedIPs; the text as Patchman's Plesk integration notes quote it.
    let data = r#"{"accounts": [{"login": "admin", "password": "admin-pass", "role": "administrator"}],
        "api_allowed_ips": ["192.0.2.10", "::1"]}"#;
    let h = Harness::with_data(false, Some(data));
    let refused = h.send_as(LIST_ALL, key(ADMIN_KEY), LOOPBACK);
    assert_eq!(system_code(&refused), Some(1006));
    assert_eq!(system_text(refused), "Access to API is disabled for 127.0.0.1");
    // Checked before the credentials: the address alone decides.
    assert_eq!(system_code(&h.send_as(LIST_ALL, Credentials::default(), "198.51.100.7")), Some(1006));
    for allowed in ["192.0.2.10", "::1"] {
        let packet = h.send_as(LIST_ALL, login("admin", "admin-pass"), allowed);
        assert!(system_code(&packet).is_none(), "{allowed}: {packet:?}");
    }
}

#[test]
fn unknown_operators_are_schema_invalid_and_real_ones_are_not_emulated() {
    let h = Harness::new(false);
    // plesk/api-php-lib's testUnknownOperator: 1014.
    let unknown = h.send_as("<packet><unknown/></packet>", key(ADMIN_KEY), LOOPBACK);
    assert_eq!(system_code(&unknown), Some(1014));
    assert!(system_text(unknown).starts_with("Parser error: Request is invalid."));
    // A real operator of agent_input.xsd: 1017, saying what the sandbox emulates.
    let real = h.send_as("<packet><server><get_protos/></server></packet>", key(ADMIN_KEY), LOOPBACK);
    assert_eq!(system_code(&real), Some(1017));
    assert_eq!(
        system_text(real),
        "The operator 'server' is not emulated: this Plesk sandbox emulates only the secret_key operator, and customer and reseller get by one login (customers: or one owner-login) for the general information alone."
    );
}
