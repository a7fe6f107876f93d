//! Responses: writer output validates against agent_output.xsd and parses back unchanged.

mod common;

use common::strategies::response_packet;
use plesk_xmlapi::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn written_responses_parse_back_unchanged(packet in response_packet()) {
        for style in [ResponseStyle::Compact, ResponseStyle::Pretty] {
            let parsed = parse_response(&write_response(&packet, style)).expect("our own response parses");
            prop_assert_eq!(&parsed, &packet);
        }
    }
}

#[test]
fn every_written_response_validates_against_agent_output_xsd() {
    let mut runner = TestRunner::deterministic();
    let strategy = response_packet();
    let mut documents = Vec::new();
    for index in 0..300 {
        let packet = strategy.new_tree(&mut runner).expect("value").current();
        let style = if index % 2 == 0 { ResponseStyle::Compact } else { ResponseStyle::Pretty };
        documents.push(write_response(&packet, style));
    }
    common::assert_all_valid("agent_output.xsd", &documents);
}

#[test]
fn tolerates_declaration_output_and_unknown_elements() {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<packet version=\"1.6.9.1\">\n  <secret_key>\n    <get_info>\n      <result><status>ok</status><extra>x</extra>\n        <key_info><key>5</key><ip_address> 192.0.2.1 , ::1</ip_address><description xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/></key_info>\n        <key_info><key>6</key><ip_address>192.0.2.2</ip_address><description>two</description><login>jdoe</login></key_info>\n      </result>\n      <result><status>ok</status></result>\n    </get_info>\n  </secret_key>\n  <output>debug</output>\n</packet>\n";
    let packet = parse_response(xml).unwrap();
    let ResponseBody::Operations(ops) = packet.body else { panic!("operations expected") };
    let lookups = ops[0].key_lookups();
    assert_eq!(lookups.len(), 2);
    assert_eq!(
        lookups[0],
        KeyLookup::Found(KeyInfo {
            id: "5".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: String::new(),
            owner: None
        })
    );
    assert!(
        matches!(&lookups[1], KeyLookup::Found(info) if info.description == "two" && info.owner.as_deref() == Some("jdoe"))
    );
}

#[test]
fn an_ok_result_without_key_info_means_no_keys() {
    let packet = parse_response(
        "<packet><secret_key><get_info><result><status>ok</status></result></get_info></secret_key></packet>",
    )
    .unwrap();
    let ResponseBody::Operations(ops) = packet.body else { panic!() };
    assert_eq!(ops[0].key_lookups(), Vec::new());
}

#[test]
fn system_errors_are_packet_level() {
    // As plesk/letsencrypt-plesk#151 quotes it.
    let packet = parse_response("<packet version=\"1.6.8.0\"><system><status>error</status><errcode>11003</errcode><errtext>PleskAPIInvalidSecretKeyException : Invalid secret key usage. Please check logs for details.</errtext></system></packet>").unwrap();
    assert_eq!(
        packet.body,
        ResponseBody::System(SystemError {
            code: ErrorCode::InvalidSecretKey,
            text:
                "PleskAPIInvalidSecretKeyException : Invalid secret key usage. Please check logs for details."
                    .into()
        })
    );
}

#[test]
fn an_11003_for_an_unknown_key_is_told_apart_from_a_refused_use() {
    let refusal = |text: &str| SystemError { code: ErrorCode::InvalidSecretKey, text: text.into() };
    // Plesk 18.0.33 and later, as Patchman's Plesk integration notes quote it.
    let unknown = refusal("PleskAPIInvalidSecretKeyException : key is not found");
    assert!(unknown.explanation().contains("does not know this secret key"), "{unknown}");
    // plesk/letsencrypt-plesk#151: a key used from another address (or, before 18.0.33, unknown).
    let refused = refusal(
        "PleskAPIInvalidSecretKeyException : Invalid secret key usage. Please check logs for details.",
    );
    assert!(refused.explanation().contains("bound to other IP addresses"), "{refused}");
    assert!(refused.to_string().contains("Plesk error 11003"), "{refused}");
    // Other codes keep their code's explanation, whatever the text says.
    let other = SystemError { code: ErrorCode::AuthenticationFailed, text: "key is not found".into() };
    assert_eq!(other.explanation(), ErrorCode::AuthenticationFailed.explanation());
}

#[test]
fn a_1006_says_the_one_cause_plesks_text_names() {
    let denied = |text: &str| SystemError { code: ErrorCode::PermissionDenied, text: text.into() };
    // The sandbox's and Plesk's text for an account that may not manage keys (a reseller).
    let reseller =
        denied("Permission denied: secret_key operations are available to the Plesk administrator only.");
    assert_eq!(
        reseller.explanation(),
        "Plesk lets only the administrator manage API keys: ask your administrator for a key, or use a signed-in portal."
    );
    // Plesk's API access restriction (PLESK.md): the address, not the account.
    let restricted = denied("Access to API is disabled for 203.0.113.7");
    assert!(restricted.explanation().contains("API access restriction refuses the address"), "{restricted}");
    assert!(!restricted.explanation().contains("only the administrator"), "{restricted}");
    let result = ResultError {
        code: ErrorCode::PermissionDenied,
        text: "Access to API is disabled for ::1".into(),
        key: None,
    };
    assert!(result.to_string().starts_with("Plesk's API access restriction"), "{result}");
}

#[test]
fn a_key_bound_to_no_address_reads_as_any_address() {
    let empty = "<packet><secret_key><get_info><result><status>ok</status><key_info><key>7</key><ip_address/><description/></key_info></result></get_info></secret_key></packet>";
    let absent = "<packet><secret_key><get_info><result><status>ok</status><key_info><key>8</key><description/></key_info></result></get_info></secret_key></packet>";
    let bound = "<packet><secret_key><get_info><result><status>ok</status><key_info><key>9</key><ip_address>192.0.2.1</ip_address><description/></key_info></result></get_info></secret_key></packet>";
    let read = |xml: &str| match parse_response(xml).expect("parses").body {
        ResponseBody::Operations(ops) => match ops[0].key_lookups().remove(0) {
            KeyLookup::Found(info) => info,
            KeyLookup::Failed(error) => panic!("{error:?}"),
        },
        ResponseBody::System(error) => panic!("{error:?}"),
    };
    for xml in [empty, absent] {
        let info = read(xml);
        assert!(info.ip_addresses.is_empty() && info.binds_any_address(), "{info:?}");
    }
    assert!(!read(bound).binds_any_address());
    // The sandbox writes such a key with an empty ip_address, which agent_output.xsd accepts.
    let info = KeyInfo { id: "7".into(), ..KeyInfo::default() };
    let written = write_response(
        &ResponsePacket {
            version: None,
            body: ResponseBody::Operations(vec![OperationResponse::GetInfo(vec![GetInfoResult::Found(
                vec![info.clone()],
            )])]),
        },
        ResponseStyle::Compact,
    );
    assert!(written.contains("<ip_address/>"), "{written}");
    common::assert_all_valid("agent_output.xsd", std::slice::from_ref(&written));
    assert_eq!(read(&written), info);
}

/// Hostile or broken answers: each gets its typed error, never a panic.
#[test]
fn broken_answers_are_refused_with_typed_errors() {
    type Expectation = fn(&ResponseError) -> bool;
    let cases: Vec<(&str, String, Expectation)> = vec![
        ("html page", "<html><body><h1>502 Bad Gateway</h1></body></html>".into(), |e| matches!(e, ResponseError::Xml(XmlError::Html { .. }))),
        ("html doctype", "<!DOCTYPE html><html></html>".into(), |e| matches!(e, ResponseError::Xml(XmlError::Html { .. }))),
        ("plain text", "Service Unavailable".into(), |e| matches!(e, ResponseError::Xml(XmlError::NotXml { .. }))),
        ("empty", "".into(), |e| matches!(e, ResponseError::Xml(XmlError::Empty))),
        ("truncated", "<packet><secret_key><get_info><result><status>ok</sta".into(), |e| matches!(e, ResponseError::Xml(XmlError::Truncated { .. }) | ResponseError::Xml(XmlError::Malformed { .. }))),
        ("billion laughs", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><packet>&lol2;</packet>".into(), |e| matches!(e, ResponseError::Xml(XmlError::Doctype))),
        ("deep nesting", format!("{}{}", "<a>".repeat(200_000), "</a>".repeat(200_000)), |e| matches!(e, ResponseError::Xml(XmlError::TooDeep { .. }))),
        ("missing status", "<packet><secret_key><delete><result><errcode>1</errcode></result></delete></secret_key></packet>".into(), |e| matches!(e, ResponseError::MissingStatus { .. })),
        ("non-numeric errcode", "<packet><secret_key><delete><result><status>error</status><errcode>abc</errcode></result></delete></secret_key></packet>".into(), |e| matches!(e, ResponseError::BadErrcode { .. })),
        ("errcode out of range", "<packet><secret_key><delete><result><status>error</status><errcode>99999999999</errcode></result></delete></secret_key></packet>".into(), |e| matches!(e, ResponseError::BadErrcode { .. })),
        ("other root", "<foo/>".into(), |e| matches!(e, ResponseError::NotAPacket { .. })),
        ("no content", "<packet/>".into(), |e| matches!(e, ResponseError::NoContent)),
        ("create without key", "<packet><secret_key><create><result><status>ok</status></result></create></secret_key></packet>".into(), |e| matches!(e, ResponseError::MissingNewKey)),
        ("oversized", format!("<packet>{}</packet>", " ".repeat(limits::MAX_RESPONSE_BYTES)), |e| matches!(e, ResponseError::TooLarge { .. })),
    ];
    for (name, body, expected) in cases {
        match parse_response(&body) {
            Err(error) => {
                assert!(expected(&error), "{name}: got {error:?}");
                assert!(!error.to_string().is_empty());
            }
            Ok(packet) => panic!("{name}: accepted as {packet:?}"),
        }
    }
    assert_eq!(parse_response_bytes(b"<packet>\xc3\x28</packet>"), Err(ResponseError::NotUtf8));
}

#[test]
fn a_hundred_thousand_key_infos_parse() {
    let mut xml = String::from("<packet><secret_key><get_info>");
    for id in 0..100_000 {
        xml.push_str(&format!("<result><status>ok</status><key_info><key>{id}</key><ip_address>192.0.2.1</ip_address><description>d</description><login>admin</login></key_info></result>"));
    }
    xml.push_str("</get_info></secret_key></packet>");
    let packet = parse_response(&xml).unwrap();
    let ResponseBody::Operations(ops) = packet.body else { panic!() };
    assert_eq!(ops[0].key_lookups().len(), 100_000);
}

#[test]
fn redaction_hides_new_keys_in_responses() {
    let shown = redact_packet(&common::fixture("seed000-create.response.xml")).unwrap();
    assert!(!shown.contains("e4b01d73") && shown.contains(REDACTED), "{shown}");
    let listed = redact_packet(&common::fixture("seed002-get-all.response.xml")).unwrap();
    assert!(listed.contains("<key>5</key>"), "{listed}");
}

/// Error messages quote unreadable answers; a quote never carries a key (a create answer cut
/// off after its key, a proxy page echoing a header) to the status line or the inspector.
#[test]
fn quotes_of_unreadable_answers_never_carry_a_key() {
    let key = "e4b01d73-7368-64a6-0515-9fa8fc1d3a78";
    let create =
        format!("<packet version=\"1.6.9.1\"><secret_key><create><result><status>ok</status><key>{key}");
    let bodies = [
        create.clone(),
        format!("{create}</key></result>"),
        create[..create.len() - 10].to_owned(),
        format!("KEY: {key} was refused"),
        format!("<html><body>Bad request, KEY {key}</body></html>"),
        format!("<note><key>{key}</key></note>"),
    ];
    for body in bodies {
        let error = parse_response(&body).expect_err("unreadable").to_string();
        for fragment in [&key[..8], &key[9..13], &key[24..]] {
            assert!(!error.contains(fragment), "{error} quotes {fragment}");
        }
    }
}

/// Plesk's error texts may quote a key (issue 23, item 13): the inspector's rendering and every
/// error's sentence redact key-shaped text there too, not only in `<key>` elements.
#[test]
fn error_texts_are_redacted_in_packets_and_sentences() {
    let key = "e4b01d73-7368-64a6-0515-9fa8fc1d3a78";
    let result = format!("<packet><secret_key><get_info><result><status>error</status><errcode>1013</errcode><errtext>Key {key} is not found</errtext><key>17</key></result></get_info></secret_key></packet>");
    let system = format!("<packet><system><status>error</status><errcode>11003</errcode><errtext>PleskAPIInvalidSecretKeyException : key {key} is not found</errtext></system></packet>");
    for body in [&result, &system] {
        let shown = redact_packet(body).unwrap();
        assert!(!shown.contains(&key[9..13]) && shown.contains(REDACTED), "{shown}");
        let sentence = match parse_response(body).unwrap().body {
            ResponseBody::System(error) => error.to_string(),
            ResponseBody::Operations(operations) => match &operations[0].key_lookups()[0] {
                KeyLookup::Failed(error) => error.to_string(),
                KeyLookup::Found(_) => panic!("an error result"),
            },
        };
        assert!(!sentence.contains(&key[9..13]) && sentence.contains(REDACTED), "{sentence}");
    }
}

/// "An ID is what Plesk answered as an ID" (issue 23, item 5): the `key` of each `key_info`,
/// not the `key` an error result echoes, and nothing from a create.
#[test]
fn answered_key_ids_are_the_key_info_ids() {
    let answer = parse_response(
        "<packet><secret_key><get_info><result><status>ok</status><key_info><key>5</key><ip_address/><description/></key_info></result>\
         <result><status>error</status><errcode>1013</errcode><errtext>no</errtext><key>0123456789</key></result></get_info>\
         <create><result><status>ok</status><key>e4b01d73-7368-64a6-0515-9fa8fc1d3a78</key></result></create></secret_key></packet>",
    )
    .unwrap();
    assert_eq!(answer.answered_key_ids(), ["5"], "an error's key is not an answered ID");
    let system = parse_response(
        "<packet><system><status>error</status><errcode>1001</errcode><errtext>x</errtext></system></packet>",
    )
    .unwrap();
    assert!(system.answered_key_ids().is_empty());
}
